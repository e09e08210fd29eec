"""Segmentation throughput on the minutes corpus: documents/s and MB of text/s, one core.

    python bench/bench_segment.py [--rounds 3]

Segments the exact text (`truth.txt`) of every document in eval/minutes/ and prints a table. Segmentation is a
small share of a document's CPU (OCR and repair dominate, bench/RESULTS.md), so this guards against a
segmenter that grows slow with its rules, not against a slow pipeline.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ingest.segment import segment

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs over the corpus; the fastest counts")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval" / "minutes" / "docs").glob("*/truth.txt"))]
    best = float("inf")
    for _ in range(args.rounds):
        start = time.process_time()
        for text in texts:
            segment(text)
        best = min(best, time.process_time() - start)
    size = sum(len(t.encode("utf-8")) for t in texts)
    table = Table(title=f"segment, one core, fastest of {args.rounds} runs")
    for column in ("documents", "MB of text", "CPU s", "documents/s", "MB/s", "ms per document"):
        table.add_column(column, justify="right")
    table.add_row(str(len(texts)), f"{size / 1e6:.2f}", f"{best:.2f}", f"{len(texts) / best:.0f}",
                  f"{size / 1e6 / best:.2f}", f"{1000 * best / len(texts):.1f}")
    Console().print(table)


if __name__ == "__main__":
    main()
