"""What each hostile input of issue 14 costs `minutes ingest` now: outcome, exit code, peak memory, time.

    python bench/bench_hostile.py [--work DIR]

Each input (tests/hostile.py makes them, at full size: 100,000 pages, a 40,000² image, a million rectangles,
a 200 MB and a 30 GB text file, a 2-million-word user dictionary, ...) is ingested on its own beside one good
text file, by the real command, with two workers and the default limits; the long scan runs with
`--limit seconds=10` to show a file stopped for its time. The peak is the largest resident size among the
command and its workers (os.wait4). The goal: no input takes a worker over 1 GB or past the time limit, and
the good file is always done.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hostile  # noqa: E402  (tests/, put on the path above)

GOOD = "möte.txt"


def cases(folder: Path) -> list[tuple[str, Path, list[str]]]:
    """(what, input, extra arguments); an input that is a user dictionary ("--dict") becomes the archive's."""
    made = [(name, make(folder), []) for name, make in hostile.MAKERS.items()]
    return made + [
        ("200 MB text", hostile.big_text(folder), []),
        ("80-megapixel blank scan (under the limits)", hostile.poster(folder), []),
        ("20-page scan, --limit seconds=10", hostile.long_scan(folder, 10), ["--limit", "seconds=10"]),
        ("2-million-word user dictionary", hostile.user_dictionary(folder), ["--dict"]),
        ("100,000-word user dictionary (the limit)", hostile.user_dictionary(folder, 100_000), ["--dict"]),
    ]


def run(number: int, source: Path, extra: list[str], work: Path) -> tuple[str, int, float, float]:
    """Ingests `source` (or the good file with `source` as the archive's dictionary) beside the good file."""
    case = work / f"case-{number}"
    inputs = case / "in"
    inputs.mkdir(parents=True)
    seed = sorted((ROOT / "eval" / "seeds").glob("*.txt"))[0]
    (inputs / GOOD).write_bytes(seed.read_bytes())
    dictionary = extra[-1:] == ["--dict"]
    if dictionary:
        extra = extra[:-1]
        (case / "archive").mkdir()
        os.link(source, case / "archive" / "words.txt")
    else:
        os.link(source, inputs / source.name)  # a sparse file stays sparse
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="200")
    command = [sys.executable, str(ROOT / "cli.py"), "ingest", str(inputs), "--archive", str(case / "archive"),
               "--workers", "2", *extra]
    code, err, peak, seconds = hostile.measured(command, env, timeout=3 * 3600)
    catalog = case / "archive" / "catalog.sqlite"
    if not catalog.exists():  # refused before the batch began: "minutes: <file>: <reason>"
        return "refused: " + err.strip().splitlines()[-1].split(": ", 2)[-1], code, peak, seconds
    with closing(sqlite3.connect(catalog)) as db:
        rows = {Path(path).name: (status, error) for path, status, error in
                db.execute("SELECT path, status, error FROM files")}
    status, error = rows[GOOD if dictionary else source.name]
    outcome = f"{status}: {error}" if error else status
    if rows[GOOD][0] != "done":
        outcome += f"; the good file {rows[GOOD][0]}"
    return outcome, code, peak, seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="folder for the inputs and archives (default: a temporary one)")
    args = parser.parse_args(argv)
    console = Console(width=160)
    table = Table(title="minutes ingest of hostile inputs (2 workers, default limits)")
    table.add_column("input")
    table.add_column("outcome", overflow="fold")
    for column in ("exit code", "peak MB", "seconds"):
        table.add_column(column, justify="right")
    with tempfile.TemporaryDirectory(prefix="minutes-hostile-", dir=args.work) as temp:
        work = Path(temp)
        for number, (what, source, extra) in enumerate(cases(work)):
            outcome, code, peak, seconds = run(number, source, extra, work)
            table.add_row(Text(what), Text(outcome), str(code), f"{peak:.0f}", f"{seconds:.1f}")
    console.print(table)


if __name__ == "__main__":
    main()
