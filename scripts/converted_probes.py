"""Converted probes read as the minutes corpus reads Markdown: as published, and printed and scanned.

`make_converted_probes.py` typesets dev minutes as a municipal template prints them and converts the PDFs with
pymupdf4llm (OUT/DOC.md). A converter's Markdown keeps what the PDF's cells did to the text: a signature cell
flattened into one line ("Sekreterare Simon Nissen Ordförande Monica Neptun Justerare …"), a number set apart from
its wrapped title ("## 13" / "## Beslut om arvoden …"), table captions on a line of their own. Printed and scanned
as the corpus prints a Markdown document (its rendered text, typeset in the document's face, grey at 300 dpi and
black-and-white at 200 dpi), the long lines wrap and OCR adds its blank lines and specks. Each probe is scored
against its document's `expected.json`. Dev only: development probes, never test figures. Needs only the project:

    .venv/bin/python scripts/converted_probes.py make OUT [DOC ...]   # reads OUT/DOC.md's print (OUT/DOC__grey.json, __bw)
    .venv/bin/python scripts/converted_probes.py score OUT [--failures]
"""
from __future__ import annotations

import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PAGE_BREAK = "\n-----\n"  # pymupdf4llm's rule between pages
SEED_SHIFT = 11  # another noise than the corpus's own render of the document
COUNTS = ("items_right", "items", "decisions_found", "decisions", "decisions_extra", "dnr_right", "dnr", "fields_right",
          "fields", "participant_names_found", "participant_names", "participant_names_extra",
          "participant_lists_exact", "participant_lists")


def _pages(markdown: str) -> list[str]:
    return markdown.split(PAGE_BREAK)


def scan(out: Path, docs: list[str], _scan: bool = True) -> None:
    """Every probe is printed and scanned: there is nothing else to make (`--scan` is implied)."""
    from ingest.markdown import plain_text
    from scripts.make_devsets import BW_DPI, bilevel, scans
    from scripts.make_minutes_corpus import FACES, read_pages, write_atomic

    for md in sorted(out.glob("*.md")) if not docs else [out / f"{doc}.md" for doc in docs]:
        printed = "\f".join(plain_text(page) for page in _pages(md.read_text(encoding="utf-8")))
        seed = zlib.crc32(md.stem.encode())
        grey = scans(printed, seed + SEED_SHIFT, FACES[seed % len(FACES)])
        write_atomic(out / f"{md.stem}__grey.json", read_pages(grey, "swe", 300).model_dump_json())
        write_atomic(out / f"{md.stem}__bw.json", read_pages([bilevel(p) for p in grey], "swe", BW_DPI).model_dump_json())
        print(md.stem, file=sys.stderr, flush=True)


def _inputs(md: Path) -> dict[str, object]:
    from ingest import pipeline
    from ingest.models import Extraction
    from ingest.normalize import normalize

    text = "\f".join(_pages(md.read_text(encoding="utf-8")))
    found = {"md": pipeline.read(text.encode(), md.name, pipeline.Options())}
    for kind in ("grey", "bw"):
        reading = md.with_name(f"{md.stem}__{kind}.json")
        if reading.exists():
            found[kind] = normalize(Extraction.model_validate_json(reading.read_text(encoding="utf-8")))
    return found


def score(out: Path, failures: bool) -> None:
    from ingest import pipeline
    from ingest.segment import segment
    from scripts.probe_cli import dev_docs
    from scripts.score_structure import score as score_one

    docs = dev_docs()
    totals: dict[str, dict[str, int]] = {}
    for md in sorted(out.glob("*.md")):
        for kind, extraction in _inputs(md).items():
            seg = segment(pipeline.repaired(extraction, pipeline.Options()).text)
            s = score_one(md.stem, seg.meeting, seg.items, docs[md.stem].expected)  # a KeyError for a test document
            sums = totals.setdefault(kind, dict.fromkeys(COUNTS, 0))
            for field in COUNTS:
                sums[field] += getattr(s, field)
            for _, what, detail in s.failures if failures else ():
                print(f"{md.stem} {kind}: {what}: {str(detail)[:140]}")
    for kind, v in totals.items():
        print(f"total {kind}: items {v['items_right']}/{v['items']}, decisions {v['decisions_found']}/{v['decisions']} "
              f"(+{v['decisions_extra']}), dnr {v['dnr_right']}/{v['dnr']}, fields {v['fields_right']}/{v['fields']}, "
              f"names {v['participant_names_found']}/{v['participant_names']} (+{v['participant_names_extra']}), "
              f"lists {v['participant_lists_exact']}/{v['participant_lists']}")


if __name__ == "__main__":
    from scripts.probe_cli import run

    run(__doc__, scan, score)
