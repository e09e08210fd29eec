"""Batch import into an archive folder: `documents/<sha256>.json`, the SQLite catalog (see `catalog.py`), each
file's extraction, so that it is OCR'd once (see `extractions.py`), and with `--alto` each document's ALTO XML,
`alto/<sha256>.xml`, kept in step with its document.

The order of writes is what makes a `kill -9` harmless: a document is written to a temporary file, fsynced and
renamed into place, and only then is the catalog told, in one transaction for every path that holds those
bytes. A rerun trusts the catalog alone, so at worst it redoes the few documents that were in flight. Workers
only compute (a source in, JSON text out) and never write; the documents and the catalog stay with this
process, which is also what lets a Dask cluster on other machines do the work. A local worker opens its source
itself, read-only, and reads it as the stages need it (a 200-page scan is 150 MB); a Dask worker, maybe on a
machine without the file, is sent its bytes.
"""
from __future__ import annotations

import ctypes
import fcntl
import glob
import hashlib
import json
import os
import resource
import signal
import sqlite3
import stat
import sys
import time
from collections import deque
from collections.abc import Iterator
from concurrent import futures
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from rich.console import Console

from ingest import __version__, extractions, pdfa, review, search
from ingest.catalog import Catalog, Held, Stats
from ingest.errors import InputError
from ingest.limits import Limits
from ingest.models import Document, Extraction
from ingest.output import TEMP_PREFIX, write_atomic, writing_atomic
from ingest.paths import path_label, reason, shown
from ingest.pipeline import FILE_CHANGED, Options, from_extraction, lexicon, process_timed, sha256, to_alto, to_json
from ingest.progress import PageProgress
from ingest.review import Decision
from ingest.userdict import ARCHIVE_WORDS, archive_words

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"})
ALTO = "alto"
OWNED = ("documents", extractions.FOLDER, ALTO, pdfa.FOLDER, "catalog.sqlite", "catalog.sqlite-wal",
         "catalog.sqlite-shm",
         "catalog.sqlite-journal", ".lock", ARCHIVE_WORDS, review.LOG)
"""What the archive folder holds of its own: never read as input, never an output of `minutes export`."""


# ------------------------------------------------------------------ finding inputs


@dataclass(frozen=True)
class Found:
    path: str
    status: str | None = None
    """None for an input to process; "failed" or "skipped" with `reason` otherwise."""
    reason: str | None = None
    relative: str = ""
    """The path from the folder it was found in, or the file's name when it was given itself: what the
    document shows, the same on any machine."""
    root: str | None = None
    """The folder given that it was found in; None for a file given itself."""


def discover(paths: list[str], archive: Path) -> Iterator[Found]:
    """Every file under `paths`, each once, in a stable order; symlinked folders followed, loops cut.

    The archive's own files and documents (`OWNED`) are never inputs, even when the archive lies inside a
    folder given, or is one: its other files are."""
    seen_files: set[str] = set()
    seen_dirs: set[tuple[int, int]] = set()
    owned: set[tuple[int, int]] = set()
    for name in OWNED:
        try:
            info = os.stat(Path(archive) / name)
        except OSError:
            continue
        (seen_dirs if stat.S_ISDIR(info.st_mode) else owned).add((info.st_dev, info.st_ino))
    for given in paths:
        top = os.path.abspath(given)
        root = top if os.path.isdir(top) else None
        candidates = _walk(top, seen_dirs) if root else iter([Found(top)])
        for found in candidates:
            if found.path not in seen_files and not _is(found.path, owned):
                seen_files.add(found.path)
                relative = os.path.relpath(found.path, top) if root else os.path.basename(top)
                yield replace(found if found.status else _classify(found.path), relative=relative, root=root)


def _is(path: str, files: set[tuple[int, int]]) -> bool:
    try:
        info = os.stat(path)
    except OSError:
        return False
    return (info.st_dev, info.st_ino) in files


def _walk(top: str, seen_dirs: set[tuple[int, int]]) -> Iterator[Found]:
    errors: list[OSError] = []
    for directory, dirnames, filenames in os.walk(top, followlinks=True, onerror=errors.append):
        yield from (Found(e.filename, "failed", f"cannot list folder: {reason(e)}") for e in errors)
        errors.clear()
        info = os.stat(directory)
        if (info.st_dev, info.st_ino) in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Found(os.path.join(directory, name))
    yield from (Found(e.filename, "failed", f"cannot list folder: {reason(e)}") for e in errors)


def _classify(path: str) -> Found:
    try:
        info = os.stat(path)
    except OSError as error:
        return Found(path, "failed", reason(error))
    if not stat.S_ISREG(info.st_mode):
        return Found(path, "skipped", "not a regular file")
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in SUFFIXES:
        return Found(path, "skipped", f"not a supported input kind ({suffix or 'no extension'})")
    return Found(path)


# ------------------------------------------------------------------ the work itself


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back: JSON text or a reason, never an exception (it may not unpickle)."""

    sha256: str | None = None
    json: str | None = None
    stats: Stats | None = None
    timings: dict[str, float] | None = None
    error: str | None = None
    peak_rss_kb: int = 0
    """Peak resident memory of the worker process (Tesseract, a child process, is not counted)."""
    content_sha256: str | None = None
    extraction: bytes | None = None
    """The file's extraction, encoded for the archive to keep, when this worker extracted it (not from the cache)."""
    extraction_key: str | None = None
    entry: search.Entry | None = None
    """The document's text for the search index, recorded with it."""
    alto: bytes | None = None
    """The document's ALTO XML, when it was asked for."""


_announce = None
"""In a local worker: the pipe on which it tells the batch which file it starts (see `_start_worker`)."""


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _start_worker(announce, memory_mb: int, parent: int) -> None:
    """Runs first in every local worker. Its address space is capped, so an input that needs more fails with
    MemoryError (a one-line reason) instead of taking the machine; and it keeps the pipe on which `work` says
    which file it starts and when, so the batch can stop this process by its pid when the file runs too long.

    A worker dies with the process that started it: a `kill -9` of the ingest (the OOM killer, a supervisor)
    used to leave its workers, and the resource tracker they keep open, blocked forever on a queue nobody
    writes, holding 130-200 MB each. The kernel signals a worker when the thread that started it ends;
    `_Pool.submit` starts workers from the thread that runs the ingest, which outlives the pool. Ctrl-C is the
    parent's to handle (it stops the workers), so a worker ignores it."""
    global _announce
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if sys.platform == "linux":
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the worker asked to be told
        os._exit(1)
    _announce = announce
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_mb << 20
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def out_of_memory(limits: Limits) -> str:
    return f"out of memory: more than {limits.memory} MB (--limit memory=N)"


def work(source: str | bytes, label: str, planned_sha256: str, options: Options, cached: bytes | None = None,
         decisions: tuple[Decision, ...] = (), alto: bool = False) -> Outcome:
    """Runs in a worker process, local or on a Dask cluster; `source` is the file's path or its bytes, and
    `planned_sha256` the hash it was planned under, which the document must have. `cached` is the archive's
    entry for the file's extraction: when it reads back, the file is not read at all. `decisions` are the
    review's about this document; `alto` asks for its ALTO XML too."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if _announce is not None:  # one small message, written whole even by several workers at once
        _announce.send((planned_sha256, os.getpid(), time.monotonic()))
    start = time.perf_counter()
    fresh = None
    try:
        raw = extractions.decode(cached) if cached is not None else None
        if raw is not None:
            document, timings = from_extraction(raw, planned_sha256, label, options, decisions)
        else:
            document, timings, fresh = _process(source, label, planned_sha256, options, decisions)
        xml = _alto(raw if raw is not None else fresh, document, timings) if alto else None
    except InputError as error:
        outcome = Outcome(error=str(error))
    except MemoryError:  # what the address-space cap raises; unwinding has freed the memory
        outcome = Outcome(error=out_of_memory(options.limits) if _announce is not None else "out of memory")
    except Exception as error:  # a bug must not stop the batch: it becomes this file's reason
        outcome = Outcome(error=f"internal error: {type(error).__name__}: {error}")
    else:
        timings["total"] = round(time.perf_counter() - start, 4)
        outcome = replace(_outcome(document, timings), alto=xml)
        if fresh is not None:
            outcome = replace(outcome, extraction=extractions.encode(fresh),
                              extraction_key=extractions.key(options.language, options.dpi))
    return replace(outcome, peak_rss_kb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _outcome(document: Document, timings: dict[str, float]) -> Outcome:
    """What a worker, or the archive settling a review, sends to `_Run.finish` for a document made."""
    quality = document.quality
    stats = Stats(quality.pages, quality.words, quality.corrections, quality.needs_review,
                  tuple(quality.review_reasons))
    return Outcome(document.source.sha256, to_json(document), stats, timings, content_sha256=document.content_sha256,
                   entry=search.entry(document))


def _alto(raw: Extraction, document: Document, timings: dict[str, float]) -> bytes:
    start = time.perf_counter()
    xml = to_alto(raw, document)
    timings["alto"] = round(time.perf_counter() - start, 4)
    return xml


def index_missing(catalog: Catalog, archive: Path) -> int:
    """Index the documents the catalog has and its search index lacks, from their files: an archive made before
    the index existed is indexed by its next ingest or its first search. A file that cannot be read is left for
    the ingest that makes it again. Returns how many were indexed."""
    indexed = 0
    for sha in catalog.unindexed():
        try:
            document = Document.model_validate_json((archive / "documents" / f"{sha}.json").read_bytes())
        except (OSError, ValueError):
            continue
        catalog.index(sha, search.entry(document))
        indexed += 1
    return indexed


def _holds(path: str, sha: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return sha256(handle) == sha
    except OSError:
        return False


def _process(source: str | bytes, label: str, planned_sha256: str, options: Options,
             decisions: tuple[Decision, ...]):
    if isinstance(source, bytes):
        return process_timed(source, label, options, expected_sha256=planned_sha256, decisions=decisions)
    try:
        handle = open(source, "rb")
    except OSError as error:
        raise InputError(reason(error)) from None
    with handle:
        before = os.fstat(handle.fileno())
        result = process_timed(handle, label, options, expected_sha256=planned_sha256, decisions=decisions)
        after = os.fstat(handle.fileno())
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
        raise InputError(FILE_CHANGED)  # written to while read: the pages may be from other bytes than the hash
    return result


# ------------------------------------------------------------------ the batch


@dataclass
class Result:
    path: str
    status: str
    reason: str | None = None
    pages: int = 0
    needs_review: bool = False
    review_reasons: tuple[str, ...] = ()
    processed: bool = False
    """True when this run made the document, False when the archive already had it."""


@dataclass
class Summary:
    results: list[Result] = field(default_factory=list)
    seconds: float = 0.0
    workers: int = 0
    peak_rss_kb: int = 0
    redone: list[str] = field(default_factory=list)
    """sha256 of the documents whose file in the archive was damaged, made again."""
    deleted: int = 0
    """Documents whose files are gone from the folders given: deletions in the feed."""
    pdfs: int = 0
    """PDFs made or made again (`--pdf`)."""
    pdf_failures: list[tuple[str, str]] = field(default_factory=list)
    """(path, reason) of the documents whose PDF could not be made."""

    def count(self, status: str) -> int:
        return sum(result.status == status for result in self.results)

    @property
    def pages_processed(self) -> int:
        return sum(result.pages for result in self.results if result.processed and result.status == "done")

    @property
    def documents_processed(self) -> int:
        return sum(result.processed and result.status == "done" for result in self.results)


@dataclass
class _Task:
    sha256: str
    files: list[tuple[str, Held]]
    """(real path, what the catalog keeps of it) of every path holding these bytes."""
    solo: bool = False
    pages: int = 1
    """As counted before the work, for the progress bar."""


class _Run:
    """One `minutes ingest`: owns the catalog, the lock and the executor for its duration."""

    def __init__(self, archive: Path, options: Options, dictionary: str, force: bool, console: Console,
                 alto: bool = False, pdf: bool = False) -> None:
        self.archive = archive
        self.documents = archive / "documents"
        self.extractions = archive / extractions.FOLDER
        self.alto_folder = archive / ALTO
        self.alto = alto
        """`--alto`: every document gets its ALTO XML; without it, those that have one keep it in step."""
        self.pdfs = archive / pdfa.FOLDER
        self.pdf = pdf
        """`--pdf`: every document gets its PDF; without it, only those that have one keep it up to date."""
        self.without_pdf: list[tuple[str, str]] = []
        """(sha256, path) of the documents found done whose PDF `--pdf` asks for and the archive lacks."""
        self.options = options
        self.force = force
        self.console = console
        settings = "" if options.min_confidence is None else f"+min-confidence-{options.min_confidence:g}"
        self.versions = {"pipeline_version": __version__ + settings, "dictionary_version": dictionary}
        self.summary = Summary()
        self.catalog = Catalog(archive / "catalog.sqlite")
        self.temp_prefix = f"{TEMP_PREFIX}{self.catalog.temp_tag()}-"
        self.gone: list[str] = []
        """Catalog paths under a folder given that this run did not find: deletions once the work is done."""
        self.decisions = review.latest(review.load(archive))
        """Per document id, the review decisions (`ingest/review.py`) a document made now must follow."""

    def wants_alto(self, sha: str) -> bool:
        return self.alto or (self.alto_folder / f"{sha}.xml").exists()

    def versions_of(self, sha: str) -> dict[str, str]:
        """The versions a document is made by: this run's, and the digest of the review decisions it follows, so
        a new decision makes that document again (from its kept extraction) and no other."""
        decided = self.decisions.get(f"sha256:{sha}")
        if not decided:
            return self.versions
        pipeline = f"{self.versions['pipeline_version']}+review-{review.digest(decided)}"
        return {**self.versions, "pipeline_version": pipeline}

    def plan(self, paths: list[str]) -> list[_Task]:
        from ingest.extract import check_size  # charset-normalizer: not for `status` and `export`
        from ingest.pages import count_pages

        tasks: dict[str, _Task] = {}
        seen: set[str] = set()
        roots: set[str] = set()
        unlisted: list[str] = []
        for found in discover(paths, self.archive):
            label = path_label(found.path)
            seen.add(label)
            if found.root is not None:
                roots.add(os.path.join(path_label(found.root), ""))
            if found.reason and found.reason.startswith("cannot list folder"):
                unlisted.append(os.path.join(label, ""))
            if found.status:
                self.catalog.record_problem(label, found.status, found.reason)
                self._report(Result(label, found.status, found.reason))
                continue
            try:
                info = os.stat(found.path)
                kept = self._unchanged(label, info)
                if kept is not None:
                    self.summary.results.append(Result(label, "done", needs_review=kept.needs_review,
                                                       review_reasons=kept.review_reasons))
                    self._want_pdf(self.catalog.file(label).sha256, found.path)
                    continue
                with open(found.path, "rb") as handle:
                    check_size(handle, label, self.options.limits)
                    sha = sha256(handle)
            except (OSError, InputError) as error:
                why = reason(error) if isinstance(error, OSError) else str(error)
                self.catalog.record_problem(label, "failed", why)
                self._report(Result(label, "failed", why))
                continue
            held = Held(label, path_label(found.relative), info.st_size, info.st_mtime)
            stats = None if self.force or sha in tasks else self._existing(sha)
            if stats is not None:
                self.catalog.record_document(sha, stats, [held], new=False, timings=None, **self.versions_of(sha))
                self._want_pdf(sha, found.path)
                self._report(Result(label, "done", pages=stats.pages, needs_review=stats.needs_review,
                                    review_reasons=stats.review_reasons))
            else:
                if sha not in tasks:
                    tasks[sha] = _Task(sha, [], pages=count_pages(found.path, self.options.limits))
                tasks[sha].files.append((found.path, held))
        self.gone = [row.path for row in self.catalog.files() if row.path not in seen
                     and any(map(row.path.startswith, roots)) and not any(map(row.path.startswith, unlisted))]
        return list(tasks.values())

    def cached(self, sha: str) -> bytes | None:
        """The kept extraction of these bytes, unless --force asks for everything to be done again."""
        return None if self.force else self.kept(sha)

    def kept(self, sha: str) -> bytes | None:
        key = extractions.key(self.options.language, self.options.dpi)
        try:
            return (self.extractions / extractions.name(sha, key)).read_bytes()
        except OSError:
            return None

    def keep(self, sha: str, outcome: Outcome) -> None:
        """Stores a fresh extraction, replacing those of these bytes made by other settings or code; the document
        is already safe, so a failure here (a full disk) only means OCR again next time."""
        kept = extractions.name(sha, outcome.extraction_key)
        try:
            self.extractions.mkdir(exist_ok=True)
            write_atomic(self.extractions / kept, outcome.extraction, prefix=self.temp_prefix, keep_mode=False)
            for old in self.extractions.glob(f"{sha}-*.json.gz"):
                if old.name != kept:
                    old.unlink()
        except OSError:
            pass

    def _unchanged(self, label: str, info: os.stat_result) -> Stats | None:
        """Done before, same size and mtime, same versions: kept without even hashing (like rsync)."""
        row = self.catalog.file(label)
        if self.force or row is None or row.status != "done" or (row.size, row.mtime) != (info.st_size, info.st_mtime):
            return None
        return self._existing(row.sha256)

    def _existing(self, sha: str) -> Stats | None:
        """The stats of a document the archive has, made by these versions, whose file is whole; a damaged
        or missing file is reported and the document made again."""
        known = self.catalog.document(sha, **self.versions_of(sha))
        if known is None or self.alto and not (self.alto_folder / f"{sha}.xml").exists():
            return None
        stats, expected = known
        path = self.documents / f"{sha}.json"
        try:
            with open(path, "rb") as handle:
                actual = hashlib.file_digest(handle, "sha256").hexdigest()
        except FileNotFoundError:
            return None
        except OSError as error:
            actual = f"unreadable: {reason(error)}"
        if expected is not None and actual != expected:
            if sha in self.summary.redone:
                return None
            self.summary.redone.append(sha)
            self.console.print(f"damaged documents/{sha}.json (sha256 differs from the catalog): made again",
                               markup=False, highlight=False, soft_wrap=True)
            return None
        return stats

    def finish(self, task: _Task, outcome: Outcome, note: str = "") -> None:
        task.files.sort()
        file_sha256 = None
        if outcome.error is None:
            data = outcome.json.encode()
            file_sha256 = hashlib.sha256(data).hexdigest()
            if outcome.extraction is not None:
                self.keep(outcome.sha256, outcome)
            had_pdf = (self.pdfs / f"{outcome.sha256}.pdf").exists()
            before = self._content_sha256(outcome.sha256) if had_pdf else None
            try:
                if outcome.alto is not None:  # first: a document on disk and in the catalog has its ALTO
                    self.alto_folder.mkdir(exist_ok=True)
                    write_atomic(self.alto_folder / f"{outcome.sha256}.xml", outcome.alto, prefix=self.temp_prefix,
                                 keep_mode=False)
                write_atomic(self.documents / f"{outcome.sha256}.json", data, prefix=self.temp_prefix, keep_mode=False)
            except OSError as error:
                outcome = Outcome(error=f"cannot write document: {reason(error)}")
            else:
                if self.pdf and not had_pdf or had_pdf and before != outcome.content_sha256:
                    self.make_pdf(outcome.sha256, [path for path, _ in task.files])
        self.summary.peak_rss_kb = max(self.summary.peak_rss_kb, outcome.peak_rss_kb)
        if outcome.error is not None:
            for _, held in task.files:
                self.catalog.record_problem(held.path, "failed", outcome.error, sha256=task.sha256, size=held.size,
                                            mtime=held.mtime, timings=outcome.timings, **self.versions_of(task.sha256))
                self._report(Result(held.path, "failed", outcome.error, processed=True), note)
            return
        stats = outcome.stats
        self.catalog.record_document(outcome.sha256, stats, [held for _, held in task.files], new=True,
                                     timings=outcome.timings, file_sha256=file_sha256,
                                     content_sha256=outcome.content_sha256, entry=outcome.entry,
                                     **self.versions_of(task.sha256))
        for index, (_, held) in enumerate(task.files):
            label = held.path
            self._report(Result(label, "done", pages=stats.pages if index == 0 else 0, processed=index == 0,
                                needs_review=stats.needs_review, review_reasons=stats.review_reasons), note)

    def _content_sha256(self, sha: str) -> str | None:
        """Of the document the archive has now, before it is made again (None when it has none)."""
        try:
            return json.loads((self.documents / f"{sha}.json").read_bytes()).get("content_sha256")
        except (OSError, ValueError, AttributeError):
            return None

    def _want_pdf(self, sha: str, path: str) -> None:
        if self.pdf and not (self.pdfs / f"{sha}.pdf").exists():
            self.without_pdf.append((sha, path))

    def make_pdfs(self) -> None:
        """The PDFs `--pdf` asks for of documents this run found done, from their kept extractions."""
        for sha, path in self.without_pdf:
            if not (self.pdfs / f"{sha}.pdf").exists():
                self.make_pdf(sha, [path])

    def make_pdf(self, sha: str, paths: list[str]) -> None:
        """`DIR/pdf/<sha256>.pdf` of a document, from its kept extraction and the first of `paths` (else of the
        catalog's paths) that still holds its bytes, whose pages it is made of; never OCR. A PDF that cannot be
        made is said, and one left from an earlier version of the document is removed rather than left stale."""
        try:
            document = Document.model_validate_json((self.documents / f"{sha}.json").read_bytes())
        except (OSError, ValueError):
            return
        if document.source.kind in pdfa.TEXT_KINDS:
            return
        paths = paths or [row.path for row in self.catalog.files() if row.sha256 == sha]
        target = self.pdfs / f"{sha}.pdf"
        try:
            raw = extractions.decode(self.kept(sha) or b"")
            source = next((path for path in paths if _holds(path, sha)), None)
            if raw is None or source is None:
                raise InputError("no kept extraction" if raw is None else "its file is gone or changed")
            self.pdfs.mkdir(exist_ok=True)
            with writing_atomic(target, prefix=self.temp_prefix, keep_mode=False) as handle:
                pdfa.write_pdfa(Path(source), document, raw, handle, dpi=self.options.dpi)
        except (OSError, InputError) as error:
            target.unlink(missing_ok=True)
            why = reason(error) if isinstance(error, OSError) else str(error)
            label = paths[0] if paths else document.source.path
            self.summary.pdf_failures.append((label, why))
            self.console.print(f"no PDF  {shown(label)}: {why}", markup=False, highlight=False, soft_wrap=True)
            return
        self.summary.pdfs += 1

    def settle_reviews(self) -> None:
        """A document the review decided about whose file was not among the paths given is made again from its
        kept extraction, so the decisions hold without OCR and without its folder; it goes to the feed's end
        only when its content changed (`Catalog.record_document`)."""
        held = {row.sha256 for row in self.catalog.files() if row.status == "done"}
        for document_id, decisions in self.decisions.items():
            sha = document_id.removeprefix("sha256:")
            if sha not in held or self._existing(sha) is not None:
                continue  # gone from every folder, or made by this run with these decisions
            raw = extractions.decode(self.cached(sha) or b"")
            if raw is None:
                continue  # nothing kept: the next run that finds its file makes it, decisions and all
            try:
                label = Document.model_validate_json((self.documents / f"{sha}.json").read_bytes()).source.path
                document, timings = from_extraction(raw, sha, label, self.options, decisions)
                xml = _alto(raw, document, timings) if self.wants_alto(sha) else None
            except (OSError, ValueError, InputError):
                continue
            self.finish(_Task(sha, []), replace(_outcome(document, timings), alto=xml))

    def _report(self, result: Result, note: str = "") -> None:
        """A line for a failure, and for every file where no bar shows; `note` is the progress, `[i/N, ETA …] `."""
        self.summary.results.append(result)
        if result.status == "failed" or not self.console.is_terminal:
            detail = f"{result.pages} page{'s' * (result.pages != 1)}" if result.status == "done" else result.reason
            self.console.print(f"{note}{result.status:7} {shown(result.path)}: {detail}", markup=False,
                               highlight=False, soft_wrap=True)


def ingest(
    paths: list[str],
    archive: Path,
    *,
    options: Options | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    force: bool = False,
    console: Console | None = None,
    alto: bool = False,
    pdf: bool = False,
) -> Summary:
    """Import every input under `paths` into `archive`; raises InputError only for a problem with the archive,
    DictionaryError for its dictionary, `DIR/words.txt`, whose words join `options.user_words` whoever runs it.
    `alto` writes each document's ALTO XML to `DIR/alto/<sha256>.xml`, `pdf` its searchable PDF/A to
    `DIR/pdf/<sha256>.pdf`."""
    console = console or Console(stderr=True)
    archive = Path(archive)
    try:
        (archive / "documents").mkdir(parents=True, exist_ok=True)
        lock = open(archive / ".lock", "a")
    except OSError as error:
        raise InputError(f"cannot use as archive: {reason(error)}") from None
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError("archive is in use by another `minutes ingest`") from None
        start = time.perf_counter()
        options = options or Options()
        options = options.model_copy(update={"user_words": tuple(sorted({*options.user_words,
                                                                         *archive_words(archive)}))})
        try:
            dictionary = lexicon(options.user_words).version
        except (OSError, ValueError) as error:
            raise InputError(f"cannot load the dictionary: {error}") from None
        try:
            run = _Run(archive, options, dictionary, force, console, alto, pdf)
        except sqlite3.Error as error:
            raise InputError(f"catalog: {error}") from None
        # our temporary files, left by a kill
        for folder in (run.documents, run.extractions, run.alto_folder, run.pdfs):
            for stale in folder.glob(f"{glob.escape(run.temp_prefix)}*"):
                stale.unlink(missing_ok=True)
        try:
            index_missing(run.catalog, archive)
            tasks = run.plan(paths)
            if not run.summary.results and not tasks:
                raise InputError("nothing to ingest: no files under the given paths (the archive's own files "
                                 "are never inputs)")
            if tasks:
                pool = _executor(workers, scheduler, options.limits)
                with pool as (executor, slots, restart):
                    run.summary.workers = slots
                    _drain(run, tasks, executor, slots, restart, send_bytes=scheduler is not None, watch=pool.watch)
            run.summary.deleted = run.catalog.record_gone(run.gone)
            run.settle_reviews()
            run.make_pdfs()
        except sqlite3.Error as error:  # the disk is full or the catalog damaged: nothing more can be recorded
            raise InputError(f"catalog: {error}") from None
        finally:
            run.catalog.close()
        run.summary.seconds = time.perf_counter() - start
        return run.summary


class _Pool(futures.ProcessPoolExecutor):
    """Workers start inside `submit`; they start with SIGINT blocked, so a Ctrl-C while one boots (the terminal
    signals every process in its group) cannot print a traceback from its start-up code."""

    def submit(self, *args, **kwargs):
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            return super().submit(*args, **kwargs)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


class _executor:
    """A process pool, or a Dask cluster's executor; `restart` replaces a pool whose worker died. The pool's
    workers are capped in memory and watched for time (`_Watch`, which `restart` carries)."""

    def __init__(self, workers: int | None, scheduler: str | None, limits: Limits | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.scheduler = scheduler
        self.limits = limits or Limits()
        self.client = None
        self.pool = None
        self.watch = None

    def __enter__(self):
        if self.scheduler:
            try:
                from distributed import Client
            except ImportError:
                raise InputError("--scheduler needs Dask: pip install 'minutes[dask]'") from None
            try:
                self.client = Client(self.scheduler, timeout=10)
            except (OSError, TimeoutError) as error:
                raise InputError(f"cannot reach the Dask scheduler {self.scheduler}: {error}") from None
            slots = sum(self.client.nthreads().values()) or 1
            return self.client.get_executor(pure=False), slots, None
        self.pool = self._pool()
        return self.pool, self.workers, self._restart

    def _pool(self) -> futures.ProcessPoolExecutor:
        import multiprocessing

        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        context = multiprocessing.get_context("spawn")
        if self.watch is None:
            self.watch = _Watch(*context.Pipe(duplex=False), self.limits.seconds)
        self.watch.killed = False
        return _Pool(self.workers, mp_context=context, initializer=_start_worker,
                     initargs=(self.watch.writer, self.limits.memory, os.getpid()))

    def _restart(self) -> futures.Executor:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._pool()
        return self.pool

    def __exit__(self, kind, *_) -> None:
        if self.pool is not None:
            if kind is not None and not issubclass(kind, Exception):  # Ctrl-C or exit: now, not after the work in hand
                for process in list(self.pool._processes.values()):  # no public way before Python 3.14
                    process.kill()
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.watch is not None:
            self.watch.close()
        if self.client is not None:
            self.client.close()


class _Watch:
    """Which local worker reads which file, and since when, as the workers announce it; a file past its time
    has its worker killed (a worker stuck in C code, pdfium or Tesseract, can be stopped no other way).

    Dask's workers are not watched: Dask restarts a worker over its own memory limit, and has no time limit."""

    TICK = 1.0
    """Seconds between looks at the announcements and the clock; a file may overrun its time by this much."""

    def __init__(self, reader, writer, seconds: int) -> None:
        self.reader, self.writer, self.seconds = reader, writer, seconds
        self.started: dict[str, tuple[int, float]] = {}
        self.stopped: set[str] = set()
        """Files whose worker this killed for their time: their reason, not a suspect's."""
        self.killed = False
        """A worker was killed since the pool started, so its death needs no suspect rerun."""

    def check(self, running: dict[futures.Future, _Task]) -> None:
        while self.reader.poll():
            sha, pid, since = self.reader.recv()
            self.started[sha] = (pid, since)
        now = time.monotonic()
        for future, task in running.items():
            pid, since = self.started.get(task.sha256, (0, now))
            if now - since > self.seconds and task.sha256 not in self.stopped and not future.done():
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:  # it died on its own meanwhile
                    continue
                self.stopped.add(task.sha256)
                self.killed = True

    def reason(self, task: _Task) -> str | None:
        self.started.pop(task.sha256, None)
        if task.sha256 in self.stopped:
            return f"took longer than {self.seconds} s; its worker was stopped (--limit seconds=N)"
        return None

    def close(self) -> None:
        self.reader.close()
        self.writer.close()


def _drain(run: _Run, tasks: list[_Task], executor, slots: int, restart, *, send_bytes: bool,
           watch: _Watch | None = None) -> None:
    """Keeps at most two tasks per worker in flight, so memory stays bounded however long the list; with
    `send_bytes` (Dask workers may not see our files) that is two files' bytes per worker here, else paths only.

    When a worker process dies (killed, out of memory) every task in flight is a suspect; suspects are rerun one
    at a time in a fresh pool, so only the one that kills a worker on its own is recorded as failed. A worker
    `watch` killed for a file's time leaves no suspects: that file fails with its reason, the others are rerun.
    """
    queue = deque(tasks)
    suspects: deque[_Task] = deque()
    running: dict[futures.Future, _Task] = {}
    broken = False
    with PageProgress(run.console, [task.pages for task in tasks]) as progress:
        while queue or suspects or running:
            if broken and not running:
                if suspects:
                    run.console.print(f"a worker process died; rerunning {len(suspects)} documents one at a time",
                                      markup=False, highlight=False)
                executor, broken = restart(), False
            while (suspects and not running) or (queue and not suspects and len(running) < 2 * slots):
                task = suspects.popleft() if suspects else queue.popleft()
                path, held = min(task.files)
                source = path
                if send_bytes:
                    try:
                        with open(path, "rb") as handle:
                            source = handle.read()
                    except OSError as error:
                        run.finish(task, Outcome(error=reason(error)), progress.advance(task.pages, 0))
                        continue
                decisions = run.decisions.get(f"sha256:{task.sha256}", ())
                try:
                    running[executor.submit(work, source, held.relative, task.sha256, run.options,
                                            run.cached(task.sha256), decisions, run.wants_alto(task.sha256))] = task
                except BrokenProcessPool:  # a worker died while the pool was idle
                    (suspects if task.solo else queue).appendleft(task)
                    broken = True
                    break
            if not running:
                continue
            done, _ = futures.wait(running, watch and watch.TICK, futures.FIRST_COMPLETED)
            if watch is not None:
                watch.check(running)
            for future in done:
                task = running.pop(future)
                stopped = watch.reason(task) if watch is not None else None
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    broken = True
                    if stopped:
                        outcome = Outcome(error=stopped)
                    elif watch is not None and watch.killed:  # in the pool the watch broke, not a suspect
                        (suspects if task.solo else queue).appendleft(task)
                        continue
                    elif not task.solo and restart is not None:
                        task.solo = True
                        suspects.append(task)
                        continue
                    else:
                        memory = f", more than {run.options.limits.memory} MB" if watch is not None else ""
                        outcome = Outcome(error=f"worker process died (killed, or out of memory{memory})")
                except Exception as error:  # a Dask worker lost, a task that could not be sent
                    outcome = Outcome(error=f"worker failed: {type(error).__name__}: {error}")
                run.finish(task, outcome, progress.advance(task.pages, outcome.stats.pages if outcome.stats else 0))
