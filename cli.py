"""The `minutes` command: the edge where files, the terminal and exit codes meet the pure stages.

Heavy modules (the stages, PDF and image libraries, Dask) are imported inside the commands that need them, so
`minutes repair notes.txt` starts quickly.
"""
from __future__ import annotations

import atexit
import logging
import os
import signal
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

INTERRUPTED = "minutes: interrupted"
INGEST_INTERRUPTED = "minutes: interrupted; run the same command again to finish"
EXIT_INTERRUPTED = 128 + signal.SIGINT
_interrupted_line = INTERRUPTED
_interrupt_seen = False


def _interrupted(signum, frame):
    """Ctrl-C anywhere, from start-up on: one line and the exit code a shell gives a program ended by SIGINT.
    SystemExit rather than KeyboardInterrupt, which click would turn into "Aborted!" and exit 1; `finally` blocks
    still run (temporary files go, an ingest stops its workers). A second Ctrl-C ends at once."""
    global _interrupt_seen
    if _interrupt_seen:
        os._exit(EXIT_INTERRUPTED)
    _interrupt_seen = True
    print(_interrupted_line, file=sys.stderr, flush=True)
    logging.disable()  # what libraries log as they close half-done work (pdfium's tracker) is not a message
    raise SystemExit(EXIT_INTERRUPTED)


def _exit_interrupted() -> None:
    """The exit code stays 130 however the program ends after a Ctrl-C: the SystemExit can land in a finalizer,
    which swallows it, and the work then fails on half-closed objects (pdfium: "Failed to load page")."""
    if _interrupt_seen:
        os._exit(EXIT_INTERRUPTED)


def _unraisable(info) -> None:
    """A SystemExit of Ctrl-C's that a finalizer swallowed is the interruption already said, not a message."""
    if not (_interrupt_seen and isinstance(info.exc_value, SystemExit)):
        sys.__unraisablehook__(info)


# Installed before the slow import of typer, and only when run as the program: a test importing the app keeps
# its own Ctrl-C, and a process started with SIGINT ignored (`nohup`, a background job) keeps ignoring it.
if (__name__ == "__main__" or os.path.basename(sys.argv[0]) == "minutes") \
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
    signal.signal(signal.SIGINT, _interrupted)
    atexit.register(_exit_interrupted)
    sys.unraisablehook = _unraisable

import typer  # noqa: E402

EXIT_CODES = """Exit codes: [bold]0[/] ok · [bold]1[/] an input could not be processed (one line on stderr: \
`minutes: <file>: <reason>`) · [bold]2[/] usage error · [bold]130[/] interrupted (Ctrl-C) · [bold]141[/] standard \
output closed (a pipe's reader left)."""

app = typer.Typer(
    name="minutes",
    help="OCR clean-up and ingestion of Swedish meeting minutes.",
    epilog=EXIT_CODES,
    rich_markup_mode="rich",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
dict_app = typer.Typer(help="The user dictionary: words the repair stage must know and never change.",
                       epilog=EXIT_CODES, no_args_is_help=True)
app.add_typer(dict_app, name="dict")


def _flag(name: str, help: str):
    """A plain on/off option: no value follows it, so the help shows none (typer would print `<bool>`)."""
    return typer.Option(name, help=help, metavar="", show_default=False)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        from ingest import __version__

        try:
            print(f"minutes {version('minutes')}")
        except PackageNotFoundError:  # run from a source tree that was never installed
            print(f"minutes {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", metavar="",
                                          is_eager=True, callback=_version)] = False,
) -> None:
    """OCR clean-up and ingestion of Swedish meeting minutes."""


def _limit_defaults() -> str:
    from ingest.limits import Limits

    return ", ".join(f"{name}={value}" for name, value in Limits().model_dump().items())


DictOption = Annotated[
    Path | None,
    typer.Option("--dict", help="User dictionary, one word a line \\[default: $MINUTES_USER_DICT or "
                 "~/.config/minutes/words.txt, if it exists]", show_default=False),
]
OutOption = Annotated[str | None, typer.Option("-o", "--output", help="Write here ('-' = standard output) "
                                               "\\[default: standard output]", show_default=False)]
LimitOption = Annotated[
    list[str] | None,
    typer.Option("--limit", metavar="NAME=N", show_default=False,
                 help="Change a limit of what one file may cost (repeat for several): pages, pixels (per page "
                 "image), drawings and glyphs (per PDF page), text and bytes (per file); for ingest also seconds "
                 "(wall time per file) and memory (MB per worker). A file over a limit fails with the reason. "
                 f"\\[defaults: {_limit_defaults()}]"),
]
MIN_CONFIDENCE_DEFAULT = 0.5
"""What the help says; `ingest.repair.DEFAULT_MIN_CONFIDENCE` is the value (a test holds them equal)."""
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(min=0, max=1, show_default=False, help="Apply only changes at least this sure; the rest are "
                 f"listed for review. \\[default: {MIN_CONFIDENCE_DEFAULT}]"),
]
SHOWN_ROWS = 20
"""Rows of a listing on the terminal before it is cut (`--all` shows every one)."""


class RepairFormat(str, Enum):
    text = "text"
    json = "json"
    diff = "diff"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"


STDOUT = "standard output"
EXIT_BROKEN_PIPE = 128 + 13
"""What a shell reports for a program killed by SIGPIPE, the conventional end of a writer whose reader left."""


def _fail(name: str, reason: str) -> NoReturn:
    from ingest.paths import path_label, shown

    if _interrupt_seen:  # a failure after Ctrl-C is the interruption's, said already
        raise SystemExit(EXIT_INTERRUPTED)
    print(f"minutes: {shown(path_label(name))}: {reason}", file=sys.stderr)
    raise typer.Exit(1)


def _stdout_gone() -> None:
    """Standard output cannot take more (its reader left, the disk is full): point it at /dev/null, so that
    Python's own flush at exit does not print a traceback about it too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (tests capture stdout)
        pass


def _default_dict() -> Path:
    return Path(os.environ.get("MINUTES_USER_DICT") or Path.home() / ".config" / "minutes" / "words.txt")


def _user_words(option: Path | None) -> tuple[str, ...]:
    from ingest.userdict import DictionaryError, read_words

    path = option or _default_dict()
    if option is None and not path.is_file():
        return ()
    try:
        return tuple(read_words(path))
    except DictionaryError as error:
        _fail(error.path, error.reason)


def _why(error: Exception) -> str:
    from ingest.paths import reason

    if isinstance(error, OSError):
        return reason(error)
    return str(error)


STDIN_IN_MEMORY = 16 << 20
"""Bytes of standard input held in memory; more goes to a temporary file."""


@contextmanager
def _load(file: str, limits):
    """The input, open for the stages to read as they need (a text file only up to its limit, a scan page by
    page), and its name; extract tells the kind from the bytes, so stdin needs no name. Standard input is
    copied aside first, because the readers seek, and no further than the file size limit."""
    import shutil
    import tempfile

    from ingest.paths import path_label
    from ingest.limits import number

    if file == "-":
        with tempfile.SpooledTemporaryFile(STDIN_IN_MEMORY) as spool:
            shutil.copyfileobj(_at_most(sys.stdin.buffer, limits.bytes + 1), spool)
            if spool.tell() > limits.bytes:
                _fail(file, f"file too large: more than {number(limits.bytes)} bytes (--limit bytes=N)")
            spool.seek(0)
            yield spool, "-"
        return
    try:
        handle = open(file, "rb")
    except OSError as error:
        _fail(file, _why(error))
    with handle:
        yield handle, path_label(file)


def _emit(text: str | bytes, output: str | None, source: str | None = None) -> None:
    """Write to stdout or to `output` (see `_writing`), which must not be the `source` being read."""
    _not_the_input(source, output)
    with _writing(output) as handle:
        handle.write(text if isinstance(text, bytes) else text.encode("utf-8"))


def _not_the_input(source: str | None, output: str | None) -> None:
    if source not in (None, "-") and output not in (None, "-") and os.path.exists(output) \
            and os.path.samefile(source, output):
        _fail(output, "is the input file; choose another output")


@contextmanager
def _writing(output: str | None):
    """`ingest.output.open_output`, with its failures as one line: a full disk or a missing folder exits 1, a
    reader that left the pipe ends quietly with 141 (what a shell shows for a writer killed by SIGPIPE)."""
    from ingest.output import STDOUT_ALIASES, open_output

    to_stdout = output in (None, "-", *STDOUT_ALIASES)
    _stop_if_interrupted()
    try:
        with open_output(output) as handle:
            yield handle
    except BrokenPipeError:
        if not to_stdout:
            _fail(output, "broken pipe")
        _stdout_gone()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except OSError as error:
        if to_stdout:
            _stdout_gone()
        _fail(STDOUT if to_stdout else output, _why(error))


def _run_stage(name: str, stage, *arguments):
    """Every stage failure is one line naming the file; a bug in a stage must not print a traceback either."""
    from ingest.errors import InputError

    try:
        result = stage(*arguments)
    except InputError as error:
        _fail(name, str(error))
    except MemoryError:
        _fail(name, "out of memory")
    except Exception as error:
        _fail(name, f"internal error: {type(error).__name__}: {error}")
    _stop_if_interrupted()
    return result


def _stop_if_interrupted() -> None:
    """Ctrl-C's SystemExit can land in a finalizer (pdfium's, while a page is rendered), which swallows it and
    lets the stage run to its end: the result of an interrupted run is never printed."""
    if _interrupt_seen:
        raise SystemExit(EXIT_INTERRUPTED)


def _options(min_confidence: float | None, words: tuple[str, ...], limits: list[str] | None = None):
    from ingest.pipeline import Options

    return Options(min_confidence=min_confidence, user_words=words, limits=_limits(limits or []))


def _limits(settings: list[str]):
    """`--limit NAME=N` settings over the defaults of `ingest.limits`; a wrong one is a usage error."""
    from pydantic import ValidationError

    from ingest.limits import Limits

    values = {}
    for setting in settings:
        name, _, value = setting.partition("=")
        if name not in Limits.model_fields or not value.strip().isdigit():
            raise typer.BadParameter(f"{setting!r}: expected NAME=N, NAME one of {', '.join(Limits.model_fields)}",
                                     param_hint="--limit")
        values[name] = int(value)
    try:
        return Limits(**values)
    except ValidationError:
        raise typer.BadParameter("a limit must be above 0", param_hint="--limit") from None


@app.command(epilog=EXIT_CODES)
def repair(
    file: Annotated[str, typer.Argument(help="Text, PDF or image file; '-' reads standard input.")],
    output: OutOption = None,
    format: Annotated[RepairFormat, typer.Option("--format", help="text: repaired text; json: text and audit "
                                                 "trail; diff: each change with reason and confidence.")] = RepairFormat.text,
    min_confidence: MinConfidenceOption = None,
    dictionary: DictOption = None,
    limit: LimitOption = None,
) -> None:
    """Repair the text of FILE: restore å, ä and ö and mend OCR damage."""
    from ingest import pipeline

    options = _options(min_confidence, _user_words(dictionary), limit)
    with _load(file, options.limits) as (source, name):
        result = _run_stage(file, lambda: pipeline.repaired_explained(source, name, options))
    if format is RepairFormat.text:
        _emit(result.text if result.text.endswith("\n") else result.text + "\n", output, file)
    elif format is RepairFormat.json:
        _emit(pipeline.to_json(result), output, file)
    else:
        _emit(_diff(result), output, file)


def _shown(text: str) -> str:
    """A change's text on one line: line breaks and tabs made visible."""
    return repr(text) if any(c in text for c in "\n\t") or not text.strip() else text


class _at_most:
    """A stream that ends after `size` bytes of another."""

    def __init__(self, stream, size: int) -> None:
        self.stream, self.left = stream, size

    def read(self, n: int = -1) -> bytes:
        chunk = self.stream.read(self.left if n < 0 else min(n, self.left))
        self.left -= len(chunk)
        return chunk


def _diff(result) -> str:
    lines = [f"= page {n.page} line {n.line}: {_shown(n.extracted)} → {_shown(n.normalized)}  ({', '.join(n.fixes)})"
             for n in result.normalizations]
    lines += [
        f"{mark} page {c.page} line {c.line}: {c.original} → {c.corrected}  ({c.reason}, {c.confidence:.2f})"
        for mark, group in (("~", result.corrections), ("?", result.review))
        for c in group
    ]
    if result.normalizations:
        lines.append("= normalize, before repair: line numbers are the normalized text's, as repair's are")
    if result.review:
        lines.append("? = proposed below --min-confidence, not applied")
    return "".join(line + "\n" for line in lines)


@app.command(epilog=EXIT_CODES)
def parse(
    file: Annotated[str, typer.Argument(help="Text, PDF or image file; '-' reads standard input.")],
    output: OutOption = None,
    min_confidence: MinConfidenceOption = None,
    dictionary: DictOption = None,
    limit: LimitOption = None,
) -> None:
    """Run the whole pipeline on FILE and print one JSON document (see `minutes schema`).

    Corrections below --min-confidence are not applied; the document's review reasons count them."""
    from ingest import pipeline

    options = _options(min_confidence, _user_words(dictionary), limit)
    with _load(file, options.limits) as (source, name):
        document = _run_stage(file, pipeline.process, source, name, options)
    _emit(pipeline.to_json(document), output, file)


@app.command(epilog=EXIT_CODES)
def alto(
    file: Annotated[str, typer.Argument(help="PDF, image or text file; '-' reads standard input.")],
    output: OutOption = None,
    min_confidence: MinConfidenceOption = None,
    dictionary: DictOption = None,
    limit: LimitOption = None,
) -> None:
    """Write the ALTO XML (version 4.4) of FILE: the repaired words at the positions where they were read.

    Each String's CONTENT is the repaired word, WC the OCR confidence, and an ALTERNATIVE the word as OCR read
    it where the repair changed it. Pages that were not OCR'd (a PDF's text layer, a text file) have their
    words without positions."""
    from ingest import pipeline

    options = _options(min_confidence, _user_words(dictionary), limit)
    with _load(file, options.limits) as (source, name):
        def made() -> bytes:
            sha, raw = pipeline.extracted(source, name, options)
            return pipeline.to_alto(raw, pipeline.from_extraction(raw, sha, name, options)[0])

        data = _run_stage(file, made)
    _emit(data, output, file)


@app.command(epilog=EXIT_CODES)
def pdf(
    file: Annotated[str, typer.Argument(help="Scan (PNG, JPEG, TIFF) or PDF file.")],
    output: Annotated[str, typer.Option("-o", "--output", help="The PDF to write ('-' = standard output).")],
    min_confidence: MinConfidenceOption = None,
    dictionary: DictOption = None,
    limit: LimitOption = None,
) -> None:
    """Write a searchable PDF/A of FILE: its own page images, with the repaired text as an invisible layer at
    the places the words were read (pip install 'minutes\\[pdf]')."""
    from ingest import pdfa, pipeline

    if not pdfa.available():
        _fail(file, pdfa.INSTALL)
    if file == "-":
        _fail(file, "a PDF is made from a file: give its path")
    _not_the_input(file, output)
    options = _options(min_confidence, _user_words(dictionary), limit)
    with _load(file, options.limits) as (source, name):
        sha, raw = _run_stage(file, pipeline.extracted, source, name, options)
    document, _ = _run_stage(file, pipeline.from_extraction, raw, sha, name, options)
    with _writing(output) as handle:
        _run_stage(file, lambda: pdfa.write_pdfa(Path(file), document, raw, handle, dpi=options.dpi))


@app.command(epilog=EXIT_CODES)
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (searched recursively).")],
    archive: Annotated[Path, typer.Option("--archive", help="Archive folder: documents/ and catalog.sqlite.")],
    workers: Annotated[int | None, typer.Option(min=1, help="Worker processes \\[default: all cores].",
                                                show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address, e.g. tcp://host:8786, to run "
                                                  "the work on a cluster (pip install 'minutes\\[dask]') "
                                                  "\\[default: local worker processes]", show_default=False)] = None,
    force: Annotated[bool, _flag("--force", "Redo documents the archive already has.")] = False,
    alto: Annotated[bool, _flag("--alto", "Also write each document's ALTO XML to DIR/alto/<sha256>.xml (from the "
                                "kept extraction where the document is made already).")] = False,
    pdf: Annotated[bool, _flag("--pdf", "Also write each scan's or PDF's searchable PDF/A to DIR/pdf/<sha256>.pdf "
                               "(pip install 'minutes\\[pdf]').")] = False,
    min_confidence: MinConfidenceOption = None,
    limit: LimitOption = None,
) -> None:
    """Import files into an archive: resumable, parallel, a bad file never stops the batch.

    The archive's own dictionary, DIR/words.txt (`minutes dict add --archive DIR`), is used whoever runs it.
    Exits 1 if any file failed; `minutes status DIR` lists them with their reasons.
    """
    from rich.console import Console

    from ingest import pdfa
    from ingest.archive import ingest as run
    from ingest.errors import InputError
    from ingest.userdict import DictionaryError

    global _interrupted_line
    for flag, given in (("--force", force), ("--alto", alto), ("--pdf", pdf)):
        if given:
            _no_flag_value(flag, paths)
    if pdf and not pdfa.available():
        _fail(str(archive), pdfa.INSTALL)
    options = _options(min_confidence, (), limit)  # the archive's words, not the caller's
    _interrupted_line = INGEST_INTERRUPTED
    try:
        summary = run(paths, archive, options=options, workers=workers, scheduler=scheduler, force=force, alto=alto,
                      pdf=pdf)
    except DictionaryError as error:
        _fail(error.path, error.reason)
    except InputError as error:
        _fail(str(archive), str(error))
    except KeyboardInterrupt:  # imported as a library, without the handler above
        print(INGEST_INTERRUPTED, file=sys.stderr)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    _print_summary(Console(), summary, archive)
    if summary.count("failed") or summary.pdf_failures:
        raise typer.Exit(1)


def _no_flag_value(flag: str, paths: list[str]) -> None:
    """`--force true` gives the flag and a path "true": a word a flag could have taken, naming no file, is a
    usage error rather than a missing input."""
    for path in paths:
        if path.lower() in ("true", "false", "yes", "no", "on", "off", "1", "0") and not os.path.exists(path):
            raise typer.BadParameter(f"{flag} is a flag and takes no value ({path!r} is no file)", param_hint=flag)


def _print_summary(console, summary, archive: Path) -> None:
    from rich.table import Table

    minutes = max(summary.seconds, 1e-9) / 60
    table = Table(title="minutes ingest", show_header=False)
    rows = [
        ("done", str(summary.count("done"))),
        ("  made this run", str(summary.documents_processed)),
        ("failed", str(summary.count("failed"))),
        ("skipped", str(summary.count("skipped"))),
        ("needs review", str(sum(r.needs_review for r in summary.results))),
        ("damaged, made again", str(len(summary.redone))),
        ("deleted (gone from the folder)", str(summary.deleted)),
        *([("PDFs made", str(summary.pdfs))] if summary.pdfs else []),
        *([("PDFs not made", str(len(summary.pdf_failures)))] if summary.pdf_failures else []),
        ("pages made", str(summary.pages_processed)),
        ("pages/min", f"{summary.pages_processed / minutes:.1f}"),
        ("documents/min", f"{summary.documents_processed / minutes:.1f}"),
        ("seconds", f"{summary.seconds:.1f}"),
    ]
    for name, value in rows:
        table.add_row(name, value)
    console.print(table)
    hint = f"`minutes status {_quoted(archive)} --all` lists every one, `--json` or `--csv` for a program"
    _print_list(console, "failed", [(r.path, r.reason) for r in summary.results if r.status == "failed"], hint)
    _print_list(console, "needs review", [(r.path, "; ".join(r.review_reasons)) for r in summary.results
                                          if r.needs_review and r.processed], hint)
    _print_list(console, "PDFs not made", summary.pdf_failures, None)


def _quoted(path: Path) -> str:
    import shlex

    from ingest.paths import path_label, shown

    return shlex.quote(shown(path_label(str(path))))


def _print_list(console, title: str, rows: list[tuple[str, str | None]], hint: str | None) -> None:
    """A table of (path, reason), cut after SHOWN_ROWS with the count left out and `hint`, unless `hint` is None."""
    from rich.table import Table
    from rich.text import Text

    from ingest.paths import shown
    from ingest.limits import number

    if not rows:
        return
    table = Table(title=f"{title} ({number(len(rows))})")
    table.add_column("path", overflow="fold")
    table.add_column("reason", overflow="fold")
    shown_rows = rows if hint is None else rows[:SHOWN_ROWS]
    for path, why in shown_rows:
        table.add_row(Text(shown(path)), Text(why or ""))
    console.print(table)
    if len(shown_rows) < len(rows):
        console.print(Text(f"… and {number(len(rows) - len(shown_rows))} more: {hint}"))


@contextmanager
def _catalog(directory: Path):
    """The archive's catalog, read-only; a missing or damaged one (or a SQLite error while it is read) is one
    line naming it."""
    import sqlite3

    from ingest.catalog import Catalog

    path = directory / "catalog.sqlite"
    if not path.is_file():
        _fail(str(directory), "not an archive (no catalog.sqlite)")
    try:
        catalog = Catalog(path, readonly=True)
    except sqlite3.Error as error:
        _fail(str(path), f"damaged or unreadable catalog: {error}")
    try:
        yield catalog
    except sqlite3.Error as error:
        _fail(str(path), f"damaged or unreadable catalog: {error}")
    finally:
        catalog.close()


@app.command(epilog=EXIT_CODES)
def status(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Archive folder.")],
    as_json: Annotated[bool, _flag("--json", "Every file as JSON: counts, and per file its path, status, "
                                   "reasons, document id and document JSON path.")] = False,
    as_csv: Annotated[bool, _flag("--csv", "Every file as CSV, one row a file, the columns of --json.")] = False,
    every: Annotated[bool, _flag("--all", f"List every failed file and document to review (the terminal "
                                 f"shows {SHOWN_ROWS} of each).")] = False,
) -> None:
    """Counts, the failed files with their reasons and the documents that need a human."""
    if as_json and as_csv:
        raise typer.BadParameter("give one of --json and --csv", param_hint="--csv")
    with _catalog(directory) as catalog:
        rows = catalog.files()
        feed = catalog.feed()
        paths = catalog.paths()
    counts = {name: sum(row.status == name for row in rows) for name in ("done", "failed", "skipped")}
    counts |= {"needs_review": sum(row.needs_review for row in rows), "documents": len(feed),
               "paths_a_document_ever_had": len(paths)}
    last = feed[-1][1] if feed else None
    if as_json or as_csv:
        files = [_status_row(directory, row) for row in rows]
        with _writing(None) as handle:
            handle.write(_status_json(counts, last, files) if as_json else _status_csv(files))
        return
    _status_tables(directory, rows, counts, last, every)


def _status_row(directory: Path, row) -> dict:
    made = row.status == "done" and row.sha256 is not None
    return {
        "path": row.path,
        "status": row.status,
        "needs_review": row.needs_review,
        "reasons": [row.error] if row.error else list(row.review_reasons),
        "document_id": f"sha256:{row.sha256}" if made else None,
        "json_path": str(directory / "documents" / f"{row.sha256}.json") if made else None,
        "pages": row.pages,
        "ingested_at": row.ingested_at,
    }


def _status_json(counts: dict, last: str | None, files: list[dict]) -> bytes:
    import json

    report = {"counts": counts, "last_ingested_at": last, "files": files}
    return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _status_csv(files: list[dict]) -> bytes:
    import csv
    import io

    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(files[0]) if files else ["path"], lineterminator="\n")
    writer.writeheader()
    for row in files:
        writer.writerow(row | {"reasons": "; ".join(row["reasons"]), "needs_review": str(row["needs_review"]).lower()})
    return text.getvalue().encode("utf-8")


def _status_tables(directory: Path, rows, counts: dict, last: str | None, every: bool) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ingest.paths import path_label, shown

    console = Console()
    table = Table(title=Text(f"archive {shown(path_label(str(directory)))}"), show_header=False)
    for name, count in counts.items():
        table.add_row(name.replace("_", " "), str(count))
    table.add_row("last ingested_at", last or "-")
    console.print(table)
    hint = None if every else "--all lists every one, --json or --csv every file for a program"
    _print_list(console, "failed", [(row.path, row.error) for row in rows if row.status == "failed"], hint)
    _print_list(console, "needs review", [(row.path, "; ".join(row.review_reasons)) for row in rows
                                          if row.needs_review], hint)


@app.command(epilog=EXIT_CODES)
def export(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Archive folder.")],
    since: Annotated[str | None, typer.Option(help="Only documents ingested after this ISO 8601 date or time "
                                              "(the last ingested_at a consumer saw).")] = None,
    format: Annotated[ExportFormat, typer.Option("--format", help="jsonl: one document a line; json: an "
                                                 "array.")] = ExportFormat.jsonl,
    output: OutOption = None,
) -> None:
    """Print the archive's feed, documents and deletions in order, for other systems to poll.

    Each document file is checked against the sha256 the catalog keeps and against the schema; one that fails is
    named on stderr and left out, the rest are written, and the exit code is 1.
    """
    from ingest.catalog import parse_stamp

    if since is not None:
        try:
            since = parse_stamp(since)
        except ValueError:
            raise typer.BadParameter(f"not an ISO 8601 time: {since!r}", param_hint="--since") from None
    if output not in (None, "-") and _owned_by(directory, output):
        _fail(output, f"belongs to the archive {directory}; choose another output")
    with _catalog(directory) as catalog:
        written, bad, last = _export(directory, catalog.stream(since), format, output)
    if bad:
        print(f"minutes: {bad} damaged documents left out; exported {written}", file=sys.stderr)
        raise typer.Exit(1)
    if written:
        print(f"minutes: exported {written} documents; poll on with --since {last}", file=sys.stderr)


@app.command(epilog=EXIT_CODES)
def search(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Archive folder.")],
    query: Annotated[str, typer.Argument(metavar="QUERY", help="Words to find, in SQLite FTS5 query syntax: "
                                         "'budget AND skola', '\"detaljplan för\"', 'trädgård*'.")],
    as_json: Annotated[bool, _flag("--json", "The hits as a JSON array.")] = False,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many hits.")] = 20,
) -> None:
    """Find words in the repaired text of every document: its document, date, body, page and item.

    Hits with the words as typed come first; then hits found with diacritics ignored ('tradgardar' finds
    'trädgårdar'). An archive made before the index existed is indexed by this first search.
    """
    import sqlite3

    from ingest.archive import index_missing
    from ingest.catalog import Catalog

    with _catalog(directory) as catalog:
        missing = catalog.unindexed()
    if missing:
        path = directory / "catalog.sqlite"
        try:
            writable = Catalog(path)
            try:
                index_missing(writable, directory)
            finally:
                writable.close()
        except sqlite3.Error as error:
            _fail(str(path), f"cannot index the archive for search: {error}")
    with _catalog(directory) as catalog:
        try:
            hits = catalog.search(query, limit)
        except sqlite3.OperationalError as error:
            print(f"minutes: {query}: not a search query: {error}", file=sys.stderr)
            raise typer.Exit(2) from None
    if as_json:
        import json

        with _writing(None) as handle:
            handle.write((json.dumps([{"document_id": f"sha256:{hit.document}", **hit._asdict()} for hit in hits],
                                     ensure_ascii=False, indent=2) + "\n").encode())
        return
    _search_table(query, hits)


def _search_table(query: str, hits) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(f"{len(hits)} hits for {query}"))
    for column in ("document", "date", "body", "page", "item", "snippet"):
        table.add_column(column)
    for hit in hits:
        snippet = Text(hit.snippet.replace("\n", " ").replace("\f", " "))
        snippet.highlight_regex(r"\[[^\]]*\]", "bold reverse")
        table.add_row(Text(hit.path or hit.document[:12]), hit.date or "-", Text(hit.body or "-"), str(hit.page),
                      Text(hit.item or "-"), snippet)
    Console().print(table)


def _owned_by(directory: Path, output: str) -> bool:
    """True when `output` is one of the archive's own files (or under documents/), after symlinks."""
    from ingest.archive import OWNED

    target, home = os.path.realpath(output), os.path.realpath(directory)
    return target == home or any(target == os.path.join(home, name) or target.startswith(os.path.join(home, name, ""))
                                 for name in OWNED)


def _feed_document(path: Path, file_sha256: str | None) -> dict | None:
    """The document file, checked against the catalog's sha256 and the schema; None (said on stderr) if it fails."""
    import hashlib
    import json

    from pydantic import ValidationError

    from ingest.models import Document

    try:
        data = path.read_bytes()
        if file_sha256 is not None and hashlib.sha256(data).hexdigest() != file_sha256:
            raise ValueError("damaged document file (its sha256 differs from the catalog's)")
        document = json.loads(data)
        Document.model_validate(document)
        return document
    except ValidationError as error:
        why = f"not a valid document: {error.error_count()} schema errors"
    except (OSError, ValueError) as error:
        why = _why(error)
    print(f"minutes: {path}: {why}; left out", file=sys.stderr)
    return None


def _export(directory: Path, feed, format: ExportFormat, output: str | None) -> tuple[int, int, str]:
    """Streams: one document in memory at a time. Returns (records written, documents left out, last stamp)."""
    import json

    written = bad = 0
    last = ""
    with _writing(output) as handle:
        if format is ExportFormat.json:
            handle.write(b"[")
        for sha, ingested_at, file_sha256, replaces, deleted in feed:
            if deleted is not None:
                document = {"deleted": f"sha256:{sha}", "path": deleted, "ingested_at": ingested_at}
            elif (document := _feed_document(directory / "documents" / f"{sha}.json", file_sha256)) is not None:
                document.update(ingested_at=ingested_at, replaces=replaces)
            else:
                bad += 1
                continue
            if format is ExportFormat.jsonl:
                handle.write(json.dumps(document, ensure_ascii=False).encode() + b"\n")
            else:
                text = json.dumps(document, ensure_ascii=False, indent=2).replace("\n", "\n  ")
                handle.write(("," if written else "") .encode() + b"\n  " + text.encode())
            written += 1
            last = ingested_at
        if format is ExportFormat.json:
            handle.write(b"\n]\n" if written else b"]\n")
    return written, bad, last


@app.command(epilog=EXIT_CODES)
def review(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Archive folder.")],
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8765,
    host: Annotated[str, typer.Option(help="Address to listen on; any other than 127.0.0.1 lets other machines "
                                      "see the archive.")] = "127.0.0.1",
    threshold: Annotated[float, typer.Option(min=0, max=1, help="Corrections below this confidence are shown "
                                             "for review, with every proposal not applied.")] = 0.8,
    reviewer: Annotated[str | None, typer.Option(help="Name kept with each decision \\[default: $USER, the "
                                                 "login name].", show_default=False)] = None,
) -> None:
    """Serve the review page: the documents needing review, weak corrections and proposals beside the scan.

    Decisions go to DIR/review.jsonl; the next `minutes ingest` into DIR applies them from the kept extractions,
    without OCR'ing again, and re-sends only the documents they changed.
    """
    import getpass
    import socket

    from ingest import review as decisions
    from ingest.errors import InputError
    from ingest.web.app import serve

    with _catalog(directory):
        pass
    try:
        decisions.load(directory)
    except InputError as error:
        _fail(str(directory), str(error))
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        _fail(f"{host}:{port}", f"cannot listen: {_why(error)}")
    try:
        who = reviewer or os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    print(f"minutes: reviewing {directory} at http://{host}:{port}/ (Ctrl-C stops)", file=sys.stderr)
    serve(directory, host=host, port=port, reviewer=who, threshold=threshold)


@app.command(epilog=EXIT_CODES)
def schema() -> None:
    """Print the JSON Schema of the document `parse` and `export` produce."""
    import json

    from ingest.models import published_schema

    sys.stdout.write(json.dumps(published_schema(), ensure_ascii=False, indent=2) + "\n")


ArchiveDictOption = Annotated[
    Path | None,
    typer.Option("--archive", metavar="DIR", help="The archive's dictionary, DIR/words.txt, which every ingest "
                 "into DIR uses.", show_default=False),
]
FileDictOption = Annotated[
    Path | None,
    typer.Option("--dict", metavar="FILE", help="This dictionary file \\[default: $MINUTES_USER_DICT or "
                 "~/.config/minutes/words.txt]", show_default=False),
]


def _dict_file(archive: Path | None, dictionary: Path | None) -> Path:
    from ingest.userdict import ARCHIVE_WORDS

    if archive is not None and dictionary is not None:
        raise typer.BadParameter("give --archive or --dict, not both", param_hint="--dict")
    return archive / ARCHIVE_WORDS if archive is not None else dictionary or _default_dict()


def _words_from(source: str) -> list[str]:
    """The words of a file in the dictionary's own format ('-': standard input), each checked."""
    from ingest.lexicon import MAX_USER_DICT_BYTES
    from ingest.userdict import DictionaryError, check_word, parse_words, read_words

    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_USER_DICT_BYTES + 1)
            if len(data) > MAX_USER_DICT_BYTES:
                _fail(source, "more words than a dictionary may hold")
            words = parse_words(data.decode("utf-8"))
        else:
            words = read_words(Path(source))
    except DictionaryError as error:
        _fail(error.path, error.reason)
    except ValueError as error:  # standard input that is not UTF-8
        _fail(source, str(error))
    for word in words:
        why = check_word(word)
        if why:
            _fail(source, f"{word!r}: {why}")
    return words


@dict_app.command("add", epilog=EXIT_CODES)
def dict_add(
    word: Annotated[str | None, typer.Argument(help="One word, exactly as it should be spelled.",
                                               show_default=False)] = None,
    source: Annotated[str | None, typer.Option("--from", metavar="FILE", help="Add every word of FILE, one a "
                                               "line, '#' comments, as `dict list` and `words --plain` print "
                                               "them; '-' reads standard input.", show_default=False)] = None,
    archive: ArchiveDictOption = None,
    dictionary: FileDictOption = None,
) -> None:
    """Add WORD, or the words of --from, to a dictionary (created if missing); safe to run many at once."""
    from ingest.userdict import DictionaryError, add_words, check_word

    if word is None and source is None:
        raise typer.BadParameter("give a WORD or --from FILE", param_hint="WORD")
    words = []
    if word is not None:
        word = word.strip()
        why = check_word(word)
        if why:
            raise typer.BadParameter(why, param_hint="WORD")
        words.append(word)
    if source is not None:
        words += _words_from(source)
    path = _dict_file(archive, dictionary)
    try:
        added = add_words(path, words)
    except DictionaryError as error:
        _fail(error.path, error.reason)
    if added:
        print(f"minutes: added {_said(added)} to {path}", file=sys.stderr)
    else:
        print(f"minutes: {_said(words)} {'is' if len(words) == 1 else 'are'} already in {path}", file=sys.stderr)


def _said(words: list[str]) -> str:
    from ingest.limits import number

    return words[0] if len(words) == 1 else f"{number(len(words))} words"


@dict_app.command("list", epilog=EXIT_CODES)
def dict_list(archive: ArchiveDictOption = None, dictionary: FileDictOption = None) -> None:
    """Print the dictionary's words, one a line, as `dict add --from` reads them."""
    from ingest.userdict import DictionaryError, line, read_words

    path = _dict_file(archive, dictionary)
    try:
        words = read_words(path) if path.exists() or dictionary else []
    except DictionaryError as error:
        _fail(error.path, error.reason)
    _emit("".join(line(word) + "\n" for word in words), None)


@dict_app.command("remove", epilog=EXIT_CODES)
def dict_remove(
    word: Annotated[str, typer.Argument(help="The word, as `dict list` prints it.")],
    archive: ArchiveDictOption = None,
    dictionary: FileDictOption = None,
) -> None:
    """Remove WORD from the dictionary; the archive's next ingest redoes the documents it changes."""
    from ingest.userdict import DictionaryError, remove_word

    path = _dict_file(archive, dictionary)
    word = word[1:] if word.startswith("\\") else word
    try:
        removed = remove_word(path, word)
    except DictionaryError as error:
        _fail(error.path, error.reason)
    if not removed:
        _fail(str(path), f"{word} is not in this dictionary")
    print(f"minutes: removed {word} from {path}", file=sys.stderr)


@app.command(epilog=EXIT_CODES)
def words(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Archive folder.")],
    plain: Annotated[bool, _flag("--plain", "Only the words, one a line, most frequent first, as `minutes dict "
                                 "add --from - --archive DIR` reads them.")] = False,
    every: Annotated[bool, _flag("--all", f"List every word (the table shows the {SHOWN_ROWS} most "
                                 "frequent).")] = False,
) -> None:
    """List the words of the archive's documents that no dictionary knows, most frequent first.

    Each with its count and a line it was read in: the candidates for `minutes dict add`. Words already in
    the archive's own dictionary are known."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ingest.limits import number
    from ingest.userdict import line

    found, bad = _unknown_words(directory)
    if plain:
        _emit("".join(line(word) + "\n" for word, _, _ in found), None)
    else:
        console = Console()
        table = Table(title=f"unknown words ({number(len(found))})")
        table.add_column("count", justify="right")
        table.add_column("word")
        table.add_column("read in", overflow="fold")
        for word, count, example in found if every else found[:SHOWN_ROWS]:
            table.add_row(str(count), Text(word), Text(example))
        console.print(table)
        if not every and len(found) > SHOWN_ROWS:
            console.print(Text(f"… and {number(len(found) - SHOWN_ROWS)} more: --all lists every one, --plain "
                               f"gives them for `minutes dict add --from - --archive {_quoted(directory)}`"))
    if bad:
        raise typer.Exit(1)


EXAMPLE_CHARS = 80


def _unknown_words(directory: Path) -> tuple[list[tuple[str, int, str]], int]:
    """([(word, count, a line it is in)], documents left out as unreadable); a word's commonest spelling."""
    import json
    from collections import Counter

    from ingest.lexicon import load_lexicon
    from ingest.repair import unknown_words
    from ingest.userdict import DictionaryError, archive_words

    try:
        lexicon = load_lexicon(archive_words(directory))
    except DictionaryError as error:
        _fail(error.path, error.reason)
    with _catalog(directory) as catalog:
        documents = [sha for sha, _ in catalog.feed()]
    spellings: dict[str, Counter] = {}
    examples: dict[str, str] = {}
    bad = 0
    for sha in documents:
        path = directory / "documents" / f"{sha}.json"
        try:
            text = json.loads(path.read_bytes())["text"]
        except (OSError, ValueError, KeyError, TypeError) as error:
            bad += 1
            print(f"minutes: {path}: {_why(error) if isinstance(error, OSError) else 'not a document'}; left out",
                  file=sys.stderr)
            continue
        for word, start in unknown_words(text, lexicon):
            key = word.lower()
            spellings.setdefault(key, Counter())[word] += 1
            if key not in examples:
                begin = max(text.rfind("\n", 0, start), text.rfind("\f", 0, start)) + 1
                end = min(i for i in (text.find("\n", start), text.find("\f", start), len(text)) if i >= 0)
                examples[key] = " ".join(text[begin:end].split())[:EXAMPLE_CHARS]
    found = [(forms.most_common(1)[0][0], forms.total(), examples[key]) for key, forms in spellings.items()]
    return sorted(found, key=lambda f: (-f[1], f[0])), bad


if __name__ == "__main__":
    app()
