"""Unprinted probes: dev minutes with one header value taken out, as minutes that print none, to see that the field
then stays empty and nothing else is put in it (issue 12: "a value that is not printed stays null and is never
guessed").

Every dev document has its organisation and place printed, so the corpus never asks what the segmenter does when one
is missing (association minutes often print no organisation). For each document and field the value's every printing (as printed, in capitals,
in small letters) is taken out of the exact text, and the field is scored: empty, or invented (with what). A value that
is still printed in another form ("Brf Kopparslagaren" left of "Brf Kopparslagaren 7") counts as invented too; read the
list. Text only, dev only.

    .venv/bin/python scripts/unprinted_probes.py [--failures]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Names are left out: a chair's name taken out leaves its role label beside the next signer's name, which no real
# minutes print
FIELDS = ("organization", "location")


def without(text: str, value: str) -> str:
    for form in (value, value.upper(), value.lower()):
        text = text.replace(form, "")
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--failures", action="store_true")
    args = ap.parse_args()

    from rich.console import Console
    from rich.table import Table

    from ingest import pipeline
    from ingest.models import Extraction, Page
    from ingest.normalize import normalize
    from ingest.segment import segment
    from scripts.minutes_corpus import load_docs

    counts = {field: [0, 0] for field in FIELDS}  # invented, probes
    for doc in load_docs():
        if doc.split != "dev":
            continue
        for field in FIELDS:
            value = doc.expected["meeting"].get(field)
            if not value:
                continue
            pages = [Page(number=n, text=t, method="text") for n, t in enumerate(without(doc.truth, value).split("\f"), 1)]
            kind = "markdown" if doc.kind == "markdown" else "text"
            got = getattr(segment(pipeline.repaired(normalize(Extraction(kind=kind, pages=pages)), pipeline.Options()).text
                                  ).meeting, field)
            counts[field][1] += 1
            if got:
                counts[field][0] += 1
                if args.failures:
                    print(f"{doc.name} {field}: {got!r} (printed {value!r}, taken out)")
    table = Table("field taken out", "left empty", "invented")
    for field, (invented, probes) in counts.items():
        table.add_row(field, f"{probes - invented}/{probes}", str(invented))
    Console().print(table)


if __name__ == "__main__":
    main()
