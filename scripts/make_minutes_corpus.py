"""Render and OCR the minutes corpus once, so that scoring needs no Tesseract (`eval/minutes/docs/*/ocr/`).

    python scripts/make_minutes_corpus.py [DOC ...] [--force]

A real scan is read as the pipeline reads the published file (`ingest.extract.extract`), with the Swedish and
the English model. Every other document is printed and scanned first: a text PDF's own pages (its fonts,
columns, tables and signature blocks as published); a text file's exact text, or a Markdown file's rendered
text (as it prints), typeset in one of several faces, a typewriter face among them (the face follows the
document's name, so adding a document changes no other). Each page gets render_pages' scan noise (grey, 300
dpi) and is also sent as a black-and-white 200-dpi office or fax scan would be (make_devsets.bilevel); the grey
pages are read with both models, the black-and-white ones with the Swedish model. A reading is stored as the
`Extraction` JSON that extract would have produced. Existing readings are kept unless `--force`; same inputs
and Tesseract, same bytes.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from ingest.models import Extraction  # noqa: E402
from scripts.minutes_corpus import Doc, load_docs  # noqa: E402

FACES = (None, "Times-Roman", "Courier", "Helvetica")  # None: render_pages' Vera; Courier is the typewriter face


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def face_for(doc: Doc) -> str | None:
    return FACES[zlib.crc32(doc.name.encode()) % len(FACES)]


def rendered_pages(doc: Doc) -> list:
    from scripts import render_pages
    from scripts.make_devsets import scans

    seed = zlib.crc32(doc.name.encode())
    if doc.kind == "pdf-text":
        pages = render_pages.pdf_to_images(doc.source_file.read_bytes(), dpi=300)
        return [render_pages.add_scan_noise(page, seed + n) for n, page in enumerate(pages)]
    return scans(doc.printed, seed, face_for(doc))


def read_pages(images: list, language: str, dpi: int) -> Extraction:
    from ingest.ocr import engine, ocr_pages

    pages = ocr_pages(enumerate(images, 1), language, dpi=dpi)
    return Extraction(kind="image", pages=pages, ocr_engine=engine(), ocr_language=language)


def readings(doc: Doc) -> dict[str, Extraction]:
    if doc.is_scan:
        from ingest.extract import extract

        data = doc.source_file.read_bytes()
        return {f"scan-{lang}": extract(data, doc.source_file.name, language=lang) for lang in ("swe", "eng")}
    from scripts.make_devsets import BW_DPI, bilevel

    grey = rendered_pages(doc)
    bw = [bilevel(page) for page in grey]
    return {"grey-swe": read_pages(grey, "swe", 300), "grey-eng": read_pages(grey, "eng", 300),
            "bw-swe": read_pages(bw, "swe", BW_DPI)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("docs", nargs="*", help="only these documents")
    ap.add_argument("--force", action="store_true", help="read again even where readings exist")
    args = ap.parse_args()
    docs = [d for d in load_docs() if not args.docs or d.name in args.docs]
    for doc in docs:
        wanted = ("scan-swe", "scan-eng") if doc.is_scan else ("grey-swe", "grey-eng", "bw-swe")
        if not args.force and all(doc.reading_path(r).exists() for r in wanted):
            continue
        started = time.monotonic()
        made = readings(doc)
        for name, extraction in made.items():
            write_atomic(doc.reading_path(name), extraction.model_dump_json() + "\n")
        pages = len(next(iter(made.values())).pages)
        face = "" if doc.is_scan or doc.kind == "pdf-text" else f", {face_for(doc) or 'Vera'}"
        print(f"{doc.name}: {pages} pages{face}, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
