"""The `minutes` command: the edge where files, the terminal and exit codes meet the pure stages.

Heavy modules (the stages, PDF and image libraries, Dask) are imported inside the commands that need them, so
`minutes repair notes.txt` starts quickly.
"""
from __future__ import annotations

import atexit
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
)
dict_app = typer.Typer(help="The user dictionary: words the repair stage must know and never change.", epilog=EXIT_CODES)
app.add_typer(dict_app, name="dict")

DictOption = Annotated[
    Path | None,
    typer.Option("--dict", help="User dictionary, one word a line \\[default: $MINUTES_USER_DICT or "
                 "~/.config/minutes/words.txt, if it exists]", show_default=False),
]
OutOption = Annotated[str | None, typer.Option("-o", "--output", help="Write here instead of stdout ('-' = stdout).")]
LimitOption = Annotated[
    list[str] | None,
    typer.Option("--limit", metavar="NAME=N", show_default=False,
                 help="Change a limit of what one file may cost (repeat for several): pages, pixels (per page "
                 "image), drawings and glyphs (per PDF page), text (bytes); for ingest also seconds (wall time "
                 "per file) and memory (MB per worker). A file over a limit fails with the reason; the README "
                 "lists the defaults."),
]


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
    from ingest.archive import path_label, shown

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


def _read_dict(path: Path) -> list[str]:
    from ingest.userdict import read

    return read(path)


def _user_words(option: Path | None) -> tuple[str, ...]:
    path = option or _default_dict()
    if option is None and not path.is_file():
        return ()
    try:
        return tuple(_read_dict(path))
    except (OSError, ValueError) as error:  # UnicodeDecodeError is a ValueError
        _fail(str(path), _why(error))


def _why(error: Exception) -> str:
    from ingest.archive import reason

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

    from ingest.archive import path_label
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


def _emit(text: str, output: str | None, source: str | None = None) -> None:
    """Write to stdout or to `output` (see `_writing`), which must not be the `source` being read."""
    if source not in (None, "-") and output not in (None, "-") and os.path.exists(output) \
            and os.path.samefile(source, output):
        _fail(output, "is the input file; choose another output")
    with _writing(output) as handle:
        handle.write(text.encode("utf-8"))


@contextmanager
def _writing(output: str | None):
    """`ingest.output.open_output`, with its failures as one line: a full disk or a missing folder exits 1, a
    reader that left the pipe ends quietly with 141 (what a shell shows for a writer killed by SIGPIPE)."""
    from ingest.output import STDOUT_ALIASES, open_output

    to_stdout = output in (None, "-", *STDOUT_ALIASES)
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
        return stage(*arguments)
    except InputError as error:
        _fail(name, str(error))
    except MemoryError:
        _fail(name, "out of memory")
    except Exception as error:
        _fail(name, f"internal error: {type(error).__name__}: {error}")


def _options(min_confidence: float | None, dictionary: Path | None, limits: list[str] | None = None):
    from ingest.pipeline import Options

    return Options(min_confidence=min_confidence, user_words=_user_words(dictionary), limits=_limits(limits or []))


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
    min_confidence: Annotated[float | None, typer.Option(min=0, max=1, help="Apply only changes at least this "
                                                         "sure; the rest are listed for review.")] = None,
    dictionary: DictOption = None,
    limit: LimitOption = None,
) -> None:
    """Repair the text of FILE: restore å, ä and ö and mend OCR damage."""
    from ingest import pipeline

    options = _options(min_confidence, dictionary, limit)
    with _load(file, options.limits) as (source, name):
        result = _run_stage(file, lambda: pipeline.repaired(pipeline.read(source, name, options), options))
    if format is RepairFormat.text:
        _emit(result.text if result.text.endswith("\n") else result.text + "\n", output, file)
    elif format is RepairFormat.json:
        _emit(pipeline.to_json(result), output, file)
    else:
        _emit(_diff(result), output, file)


class _at_most:
    """A stream that ends after `size` bytes of another."""

    def __init__(self, stream, size: int) -> None:
        self.stream, self.left = stream, size

    def read(self, n: int = -1) -> bytes:
        chunk = self.stream.read(self.left if n < 0 else min(n, self.left))
        self.left -= len(chunk)
        return chunk


def _diff(result) -> str:
    lines = [
        f"{mark} page {c.page} line {c.line}: {c.original} → {c.corrected}  ({c.reason}, {c.confidence:.2f})"
        for mark, group in (("~", result.corrections), ("?", result.review))
        for c in group
    ]
    if result.review:
        lines.append("? = proposed below --min-confidence, not applied")
    return "".join(line + "\n" for line in lines)


@app.command(epilog=EXIT_CODES)
def parse(
    file: Annotated[str, typer.Argument(help="Text, PDF or image file; '-' reads standard input.")],
    output: OutOption = None,
    dictionary: DictOption = None,
    limit: LimitOption = None,
) -> None:
    """Run the whole pipeline on FILE and print one JSON document (see `minutes schema`)."""
    from ingest import pipeline

    options = _options(None, dictionary, limit)
    with _load(file, options.limits) as (source, name):
        document = _run_stage(file, pipeline.process, source, name, options)
    _emit(pipeline.to_json(document), output, file)


@app.command(epilog=EXIT_CODES)
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (searched recursively).")],
    archive: Annotated[Path, typer.Option("--archive", help="Archive folder: documents/ and catalog.sqlite.")],
    workers: Annotated[int | None, typer.Option(min=1, help="Worker processes \\[default: all cores].",
                                                show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address, e.g. tcp://host:8786, to run "
                                                  "the work on a cluster (pip install 'minutes\\[dask]').")] = None,
    force: Annotated[bool, typer.Option("--force", help="Redo documents the archive already has.")] = False,
    dictionary: DictOption = None,
    limit: LimitOption = None,
) -> None:
    """Import files into an archive: resumable, parallel, a bad file never stops the batch.

    Exits 1 if any file failed; `minutes status DIR` lists them with their reasons.
    """
    from rich.console import Console

    from ingest.archive import ingest as run
    from ingest.errors import InputError

    global _interrupted_line
    options = _options(None, dictionary, limit)
    _interrupted_line = INGEST_INTERRUPTED
    try:
        summary = run(paths, archive, options=options, workers=workers, scheduler=scheduler, force=force)
    except InputError as error:
        _fail(str(archive), str(error))
    except KeyboardInterrupt:  # imported as a library, without the handler above
        print(INGEST_INTERRUPTED, file=sys.stderr)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    _print_summary(Console(), summary)
    if summary.count("failed"):
        raise typer.Exit(1)


def _print_summary(console, summary) -> None:
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
        ("pages made", str(summary.pages_processed)),
        ("pages/min", f"{summary.pages_processed / minutes:.1f}"),
        ("documents/min", f"{summary.documents_processed / minutes:.1f}"),
        ("seconds", f"{summary.seconds:.1f}"),
    ]
    for name, value in rows:
        table.add_row(name, value)
    console.print(table)
    _print_list(console, "failed", [(r.path, r.reason) for r in summary.results if r.status == "failed"])
    _print_list(console, "needs review", [(r.path, "; ".join(r.review_reasons)) for r in summary.results
                                          if r.needs_review and r.processed])


def _print_list(console, title: str, rows: list[tuple[str, str | None]]) -> None:
    from rich.table import Table
    from rich.text import Text

    from ingest.archive import shown

    if not rows:
        return
    table = Table(title=title)
    table.add_column("path", overflow="fold")
    table.add_column("reason", overflow="fold")
    for path, why in rows:
        table.add_row(Text(shown(path)), Text(why or ""))
    console.print(table)


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
def status(directory: Annotated[Path, typer.Argument(metavar="DIR", help="Archive folder.")]) -> None:
    """Counts, the failed files with their reasons and the documents that need a human."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ingest.archive import path_label, shown

    with _catalog(directory) as catalog:
        rows = catalog.files()
        feed = catalog.feed()
    console = Console()
    table = Table(title=Text(f"archive {shown(path_label(str(directory)))}"), show_header=False)
    for name in ("done", "failed", "skipped"):
        table.add_row(name, str(sum(row.status == name for row in rows)))
    table.add_row("needs review", str(sum(row.needs_review for row in rows)))
    table.add_row("documents", str(len(feed)))
    table.add_row("last ingested_at", feed[-1][1] if feed else "-")
    console.print(table)
    _print_list(console, "failed", [(row.path, row.error) for row in rows if row.status == "failed"])
    _print_list(console, "needs review", [(row.path, "; ".join(row.review_reasons)) for row in rows
                                          if row.needs_review])


@app.command(epilog=EXIT_CODES)
def export(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Archive folder.")],
    since: Annotated[str | None, typer.Option(help="Only documents ingested after this ISO 8601 date or time "
                                              "(the last ingested_at a consumer saw).")] = None,
    format: Annotated[ExportFormat, typer.Option("--format", help="jsonl: one document a line; json: an "
                                                 "array.")] = ExportFormat.jsonl,
    output: OutOption = None,
) -> None:
    """Print the archive's documents in ingest order, for other systems to poll.

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


def _owned_by(directory: Path, output: str) -> bool:
    """True when `output` is one of the archive's own files (or under documents/), after symlinks."""
    from ingest.archive import OWNED

    target, home = os.path.realpath(output), os.path.realpath(directory)
    return target == home or any(target == os.path.join(home, name) or target.startswith(os.path.join(home, name, ""))
                                 for name in OWNED)


def _export(directory: Path, feed, format: ExportFormat, output: str | None) -> tuple[int, int, str]:
    """Streams: one document in memory at a time. Returns (documents written, documents left out, last stamp)."""
    import hashlib
    import json

    from pydantic import ValidationError

    from ingest.models import Document

    written = bad = 0
    last = ""
    with _writing(output) as handle:
        if format is ExportFormat.json:
            handle.write(b"[")
        for sha, ingested_at, file_sha256 in feed:
            path = directory / "documents" / f"{sha}.json"
            try:
                data = path.read_bytes()
                if file_sha256 is not None and hashlib.sha256(data).hexdigest() != file_sha256:
                    raise ValueError("damaged document file (its sha256 differs from the catalog's)")
                document = json.loads(data)
                Document.model_validate(document)
            except ValidationError as error:
                why = f"not a valid document: {error.error_count()} schema errors"
            except (OSError, ValueError) as error:
                why = _why(error)
            else:
                why = None
            if why is not None:
                bad += 1
                print(f"minutes: {path}: {why}; left out", file=sys.stderr)
                continue
            document["ingested_at"] = ingested_at
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
                                             "for review.")] = 0.8,
    reviewer: Annotated[str | None, typer.Option(help="Name kept with each decision \\[default: $USER, the "
                                                 "login name].", show_default=False)] = None,
) -> None:
    """Serve the review page: the documents needing review, weak corrections beside the scan, decisions kept.

    Decisions go to DIR/review.jsonl; the next `minutes ingest` into DIR applies them without OCR'ing again.
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

    from ingest.models import Document

    sys.stdout.write(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@dict_app.command("add", epilog=EXIT_CODES)
def dict_add(
    word: Annotated[str, typer.Argument(help="One word, exactly as it should be spelled.")],
    dictionary: DictOption = None,
) -> None:
    """Add WORD to the user dictionary (created if missing); safe to run many at once."""
    from ingest.userdict import add

    word = word.strip()
    if not word or any(c.isspace() for c in word):
        raise typer.BadParameter("one word, without spaces", param_hint="WORD")
    path = dictionary or _default_dict()
    try:
        added = add(path, word)
    except (OSError, ValueError) as error:
        _fail(str(path), _why(error))
    if not added:
        print(f"minutes: {word} is already in {path}", file=sys.stderr)
        return
    print(f"minutes: added {word} to {path}", file=sys.stderr)


if __name__ == "__main__":
    app()
