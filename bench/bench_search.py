"""Search latency on a 10,000-document archive (issue 16: under 100 ms).

The documents are synthetic, recorded through the catalog's own `record_document` with their search entry, as an
ingest records them, so the index and the query are the real ones; ingesting 10,000 files would measure OCR.
Each has 12 chunks (a page of text outside items and items over 2 pages) of words drawn with the frequencies they
have in the corpus's 67 real minutes (eval/minutes), plus a rare word in one document in 100.

    .venv/bin/python bench/bench_search.py [--documents 10000] [--repeat 5] [--work DIR]

A catalog already in --work DIR is queried again, not built.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.catalog import Catalog, Held, Stats  # noqa: E402
from ingest.search import Chunk, Entry  # noqa: E402

CORPUS = sorted((Path(__file__).resolve().parents[1] / "eval" / "minutes" / "docs").glob("*/truth.txt"))
RARE = "fågelholkar"
QUERIES = [
    ("the most common word", "och"),
    ("common word", "beslut"),
    ("word with diacritics", "nämnden"),
    ("typed without diacritics", "namnden"),
    ("rare word (one document in 100)", RARE),
    ("folded rare word", "fagelholkar"),
    ("two words AND", "budget AND skolan"),
    ("phrase", '"detaljplan bygglov"'),
    ("prefix", "förskol*"),
    ("no hit", "zyxwv"),
]


def _vocabulary() -> tuple[list[str], list[int]]:
    """The words of the corpus's minutes (eval/minutes) and their counts: synthetic text with real frequencies."""
    counts = Counter(re.findall(r"[^\W\d_]+", " ".join(path.read_text(encoding="utf-8") for path in CORPUS)))
    return list(counts), list(counts.values())


def _entry(rng: random.Random, number: int, vocabulary: tuple[list[str], list[int]]) -> Entry:
    chunks = []
    for index in range(12):
        words = rng.choices(vocabulary[0], weights=vocabulary[1], k=rng.randint(60, 160))
        if number % 100 == 0 and index == 5:
            words.append(RARE)
        chunks.append(Chunk(1 + index // 6, None if index == 0 else str(index), " ".join(words)))
    return Entry(f"20{10 + number % 15}-0{1 + number % 9}-1{number % 10}", "Kommunstyrelsen", "Exempel kommun",
                 tuple(chunks))


def build(path: Path, documents: int) -> float:
    catalog = Catalog(path)
    rng = random.Random(16)
    vocabulary = _vocabulary()
    start = time.perf_counter()
    for number in range(documents):
        sha = hashlib.sha256(str(number).encode()).hexdigest()
        held = Held(f"/in/{number}.txt", f"{number}.txt", 1000, 1.0)
        catalog.record_document(sha, Stats(2, 1000, 0, False, ()), [held], new=True, timings=None,
                                pipeline_version="bench", dictionary_version="bench", entry=_entry(rng, number, vocabulary))
    seconds = time.perf_counter() - start
    catalog.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-search-"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / "catalog.sqlite"
    built = "kept from an earlier run" if path.exists() else f"built in {build(path, args.documents):.0f} s"
    catalog = Catalog(path, readonly=True)
    table = Table(title=f"search, {args.documents:,} documents ({args.documents * 12:,} chunks, "
                        f"{path.stat().st_size / 2**20:.0f} MB catalog, {built}), --limit {args.limit}")
    for column in ("query", "FTS5 query", "hits", "median ms", "max ms", "< 100 ms"):
        table.add_column(column, justify="right" if column.endswith(("ms", "hits")) else "left")
    for name, text in QUERIES:
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            hits = catalog.search(text, args.limit)
            times.append((time.perf_counter() - start) * 1000)
        table.add_row(name, text, str(len(hits)), f"{statistics.median(times):.1f}", f"{max(times):.1f}",
                      "yes" if max(times) < 100 else "NO")
    catalog.close()
    Console(width=140).print(table)


if __name__ == "__main__":
    main()
