"""Archive throughput: documents/min, pages/min and peak memory per worker for 1 and 2 workers.

    python bench/bench_ingest.py [--documents 200] [--workers 1,2] [--samples samples]

Makes N distinct documents by cycling through samples/ (every input kind) and giving each copy a unique
trailer (a text line, or bytes after a PDF's %%EOF or an image's end marker, which readers ignore), so the
archive cannot deduplicate them; then ingests them into a fresh archive per worker count and prints a table.
Everything is written to a temporary folder. The worker peak is the worker process's own resident memory,
which holds Tesseract too (tesserocr; with MINUTES_TESSERACT=program Tesseract is a child process instead,
not counted here).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ingest.archive import SUFFIXES, ingest

ROOT = Path(__file__).resolve().parents[1]


def make_documents(samples: Path, count: int, folder: Path) -> Counter:
    """`count` distinct files cycling through the samples; returns how many of each suffix."""
    sources = sorted(path for path in samples.iterdir() if path.suffix.lower() in SUFFIXES)
    if not sources:
        raise SystemExit(f"bench: no inputs in {samples}")
    kinds: Counter = Counter()
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        source = sources[number % len(sources)]
        trailer = f"\n{number + 1}. Bänkprov {number}\n" if source.suffix == ".txt" else f"\n%bench {number}\n"
        (folder / f"{number:04}-{source.name}").write_bytes(source.read_bytes() + trailer.encode())
        kinds[source.suffix.lower()] += 1
    return kinds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    args = parser.parse_args(argv)
    console = Console(width=140)
    table = Table(title=f"minutes ingest: {args.documents} documents")
    for column in ("workers", "documents", "pages", "failed", "seconds", "documents/min", "pages/min",
                   "worker peak MB"):
        table.add_column(column, justify="right")
    with tempfile.TemporaryDirectory(prefix="minutes-bench-") as temp:
        inputs = Path(temp) / "in"
        kinds = make_documents(args.samples, args.documents, inputs)
        console.print("inputs: " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())))
        for workers in (int(n) for n in args.workers.split(",")):
            started = time.perf_counter()
            summary = ingest([str(inputs)], Path(temp) / f"archive-{workers}", workers=workers,
                             console=Console(stderr=True, quiet=True))
            seconds = time.perf_counter() - started
            minutes = seconds / 60
            table.add_row(
                str(workers), str(summary.documents_processed), str(summary.pages_processed),
                str(summary.count("failed")), f"{seconds:.1f}", f"{summary.documents_processed / minutes:.1f}",
                f"{summary.pages_processed / minutes:.1f}", f"{summary.peak_rss_kb / 1024:.0f}",
            )
    console.print(table)


if __name__ == "__main__":
    main()
