"""What `--alto` adds to a scanned page: seconds of OCR against the extra seconds of its ALTO XML.

    python bench/bench_alto.py [--rounds 3]

For each scan in samples/ (one page or several), extract (Tesseract, as `minutes ingest` runs it) and then
what `ingest --alto` adds to the work of a document: `pipeline.to_alto` (normalize again, place the repaired
words at their boxes, write the XML) and the atomic write of `DIR/alto/<sha256>.xml` with its fsync. Wall
seconds per page, the median of `--rounds` runs each, one Tesseract thread. Issue 16 allows the extra at most
15% of the OCR time.
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ingest.output import write_atomic
from ingest.pipeline import Options, extracted, from_extraction, to_alto

ROOT = Path(__file__).resolve().parents[1]
PREFIX = "ledningsgrupp-2021-08-17-"
SCANS = ("scan-1.png", "scan-2.png", "scan-1.jpg", "scan.tif", "scan.pdf")
LIMIT = 0.15


def _median_seconds(rounds: int, work) -> tuple[float, object]:
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each step; the median counts")
    args = parser.parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    options = Options()
    table = Table(title=f"ingest --alto: extra seconds per page against OCR, samples/{PREFIX}*, median of "
                  f"{args.rounds} runs")
    for column in ("file", "pages", "words", "OCR s/page", "--alto s/page", "extra / OCR"):
        table.add_column(column, justify="left" if column == "file" else "right")
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name in SCANS:
            data = (ROOT / "samples" / f"{PREFIX}{name}").read_bytes()
            ocr, (sha, raw) = _median_seconds(args.rounds, lambda: extracted(data, name, options))
            document, _ = from_extraction(raw, sha, name, options)

            def alto() -> None:
                write_atomic(Path(folder) / f"{sha}.xml", to_alto(raw, document), keep_mode=False)

            extra, _ = _median_seconds(args.rounds, alto)
            pages = len(raw.pages)
            share = extra / ocr
            worst = max(worst, share)
            table.add_row(name, str(pages), str(sum(len(p.words) for p in raw.pages)), f"{ocr / pages:.2f}",
                          f"{extra / pages:.3f}", f"{share:.1%}")
    Console().print(table)
    print(f"largest extra: {worst:.1%} of the OCR time (limit {LIMIT:.0%}): {'met' if worst <= LIMIT else 'NOT met'}")


if __name__ == "__main__":
    main()
