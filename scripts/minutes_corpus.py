"""The minutes corpus under eval/minutes/: its documents and the inputs each is scored on.

Shared by `make_minutes_corpus.py` (which OCRs the scans once and commits the readings), `evaluate.py` and the
regression test, so that all three agree on what a document's inputs are. A reading of a scan is stored as the
`Extraction` the pipeline's extract stage made of it (`ocr/<reading>.json`), so scoring runs the very stages that
follow extract in production (normalize, repair, segment) without running Tesseract again.

Inputs (the kinds of `evaluate.py`'s tables):
- `published`: the file as published, read by the pipeline as a user's file would be (a text, Markdown or text-PDF
  file is extracted here; a real scan's reading is taken from `ocr/scan-swe.json`);
- `render-grey`, `render-bw`: the document printed (a Markdown file as its rendered text) and scanned grey at 300
  dpi and as a black-and-white 200-dpi office or fax scan, read with the Swedish model (real scans are not
  rendered: they stay as they are);
- `ocr-eng`: the grey render, or the real scan, read with Tesseract's English model, as old OCR runs were;
- `stripped`: the exact text with å, ä, ö, é written a, a, o, e;
- `clean`: the exact text itself (the repair should change nothing).
"""
from __future__ import annotations

import csv
import json
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eval" / "minutes"
MANIFEST = CORPUS / "manifest.tsv"
COLUMNS = ("doc", "organisation", "template", "split", "kind", "source", "rights", "real")
KINDS = ("text", "markdown", "pdf-text", "pdf-scan")
SPLITS = ("dev", "test")

INPUTS = ("published", "render-grey", "render-bw", "ocr-eng", "stripped", "clean")
SCAN_READINGS = {"published": "scan-swe", "ocr-eng": "scan-eng"}
RENDER_READINGS = {"render-grey": "grey-swe", "render-bw": "bw-swe", "ocr-eng": "grey-eng"}
STRIP = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")


@dataclass(frozen=True)
class Doc:
    name: str
    organisation: str
    template: str
    split: str
    kind: str
    source: str
    rights: str
    real: str

    @property
    def folder(self) -> Path:
        return CORPUS / "docs" / self.name

    @property
    def source_file(self) -> Path:
        return next(p for p in sorted(self.folder.glob("source.*")))

    @cached_property
    def truth(self) -> str:
        return unicodedata.normalize("NFC", (self.folder / "truth.txt").read_text(encoding="utf-8"))

    @cached_property
    def expected(self) -> dict:
        return json.loads((self.folder / "expected.json").read_text(encoding="utf-8"))

    @cached_property
    def printed(self) -> str:
        """The text as a printed page shows it, which is what a scan of it holds: a Markdown file printed is
        its rendered text, not its markup."""
        if self.kind != "markdown":
            return self.truth
        from ingest.markdown import plain_text

        return "\f".join(plain_text(page) for page in self.truth.split("\f"))

    def truth_for(self, kind: str) -> str:
        """What an input is scored against: a render's OCR against the printed text, the rest against the file."""
        return self.printed if kind in RENDER_READINGS and not self.is_scan else self.truth

    @property
    def is_scan(self) -> bool:
        return self.kind == "pdf-scan"

    def reading_name(self, kind: str) -> str | None:
        """The stored OCR reading an input is made from, if it is one."""
        return (SCAN_READINGS if self.is_scan else RENDER_READINGS).get(kind)

    def inputs(self) -> tuple[str, ...]:
        return tuple(k for k in INPUTS if k in ("published", "stripped", "clean") or self.reading_name(k))

    def reading_path(self, reading: str) -> Path:
        return self.folder / "ocr" / f"{reading}.json"


def load_docs(manifest: Path = MANIFEST) -> list[Doc]:
    with manifest.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [Doc(name=row["doc"], **{c: row[c] for c in COLUMNS[1:]}) for row in rows]


def load_reading(doc: Doc, reading: str):
    from ingest.models import Extraction

    return Extraction.model_validate_json(doc.reading_path(reading).read_text(encoding="utf-8"))


def extraction_for(doc: Doc, kind: str):
    """The normalized extraction the pipeline would have for this input (pages with OCR words where read)."""
    from ingest import pipeline
    from ingest.models import Extraction, Page
    from ingest.normalize import normalize

    reading = doc.reading_name(kind)
    if reading:
        return normalize(load_reading(doc, reading))
    if kind == "published":
        return pipeline.read(doc.source_file.read_bytes(), doc.source_file.name, pipeline.Options())
    text = doc.truth.translate(STRIP) if kind == "stripped" else doc.truth
    pages = [Page(number=n, text=t, method="text") for n, t in enumerate(text.split("\f"), 1)]
    return normalize(Extraction(kind="markdown" if doc.kind == "markdown" else "text", pages=pages))


def repair_input(doc: Doc, kind: str) -> tuple[str, list | None]:
    """Text and OCR words as the repair gets them, before normalize, as in eval/devsets (the scorer compares with
    the exact text, whose line-end hyphens normalize would join)."""
    reading = doc.reading_name(kind)
    if reading:
        extraction = load_reading(doc, reading)
        return "\f".join(p.text for p in extraction.pages), [w for p in extraction.pages for w in p.words]
    if kind == "stripped":
        return doc.truth.translate(STRIP), None
    if kind == "clean" or kind == "published" and not doc.is_scan:
        return doc.truth, None
    raise ValueError(f"{doc.name}: no repair input {kind}")
