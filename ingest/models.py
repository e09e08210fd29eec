"""The data that flows between stages, and the published JSON document.

Every stage is a pure function from one of these models to the next, so a stage
can be tested, cached or run on another machine without the others. The
`Document` model *is* the public schema (`minutes schema` prints it); its field
names are a contract with other systems and change only with `SCHEMA_VERSION`.
"""
from __future__ import annotations

from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

SourceKind = Literal["text", "markdown", "pdf-text", "pdf-scan", "pdf-mixed", "image"]
PAGE_BREAK = "\f"
"""Pages are joined with a form feed in `text` and `original_text`, as pdftotext does."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- stage data


class OcrWord(NamedTuple):
    """A word as the OCR engine read it; confidence is Tesseract's 0-100 score, box where on the page image it
    stands, (left, top, right, bottom) in pixels, so that a value can be traced to the spot it was read from.

    A tuple, not a model: a 200-page scan has ~92,000 of them, which take 50 MB as pydantic models and 12 MB
    as tuples, and they are held while Tesseract runs beside the worker."""

    text: str
    confidence: float
    box: tuple[int, int, int, int] | None = None


class Page(_Model):
    number: int = Field(ge=1)
    text: str
    method: Literal["text", "ocr"]
    words: list[OcrWord] = Field(default_factory=list, description="OCR words in reading order; empty for text pages")
    rotation: int = Field(0, description="degrees the page was turned before OCR (Tesseract OSD)")
    skew: float = Field(0.0, description="degrees (counter-clockwise) the scan was turned to level its lines before "
                        "OCR; word boxes are on the levelled image")
    reason: str | None = Field(None, description="for a PDF page, why its text is its text layer's or OCR's")
    ink_read: float | None = Field(None, description="for an OCR'd page, the share of its ink inside the boxes of "
                                   "the words read; little means text was missed (None: a blank page)")
    size: tuple[int, int] | None = Field(None, description="width and height in pixels of the page image OCR was "
                                         "given, before it was levelled or turned: what word boxes map back to")


class Extraction(_Model):
    """What `extract` read from one file, before any clean-up."""

    kind: SourceKind
    pages: list[Page]
    ocr_engine: str | None = None
    ocr_language: str | None = None


class Correction(_Model):
    page: int = Field(ge=1)
    line: int = Field(ge=1, description="line number within the page, 1-based")
    start: int = Field(ge=0, description="offset into original_text")
    end: int = Field(ge=0, description="end offset (exclusive) into original_text")
    original: str
    corrected: str
    confidence: float = Field(ge=0, le=1)
    reason: str
    box: tuple[float, float, float, float] | None = Field(
        None, description="where on the page the word was read, for review beside the scan: (left, top, right, "
        "bottom) as fractions of the page image as the file holds it; null where the text was not OCR'd")


class Repair(_Model):
    """Result of the repair stage: the new text and an audit trail to undo it."""

    text: str
    original_text: str
    corrections: list[Correction]
    review: list[Correction] = Field(
        default_factory=list, description="changes proposed below --min-confidence: not applied, flagged for a human"
    )
    words: int
    unknown_words: int


# ---------------------------------------------------------------- document


class PageSource(_Model):
    """Where a PDF page's text came from, and why: a text layer can be garbage (`ingest/textlayer.py`)."""

    page: int = Field(ge=1)
    method: Literal["text", "ocr"] = Field(description="text: the PDF's text layer; ocr: Tesseract on the page image")
    reason: str = Field(description='e.g. "no text layer", "text layer rejected: 0% of its 204 words are in the '
                        'dictionary", "94% of its 210 words are in the dictionary"')


class Source(_Model):
    path: str
    sha256: str
    kind: SourceKind
    pages: int
    page_sources: list[PageSource] | None = Field(
        None, description="for a PDF, each page's text source and why it was chosen; null for other inputs")


class Span(_Model):
    """Where a value was read: from line `line` of page `page` to line `end_line` of page `end_page` (1-based, as
    `text` is split into pages by form feeds and into lines by newlines)."""

    page: int = Field(ge=1)
    line: int = Field(ge=1)
    end_page: int = Field(ge=1)
    end_line: int = Field(ge=1)


class Meeting(_Model):
    organization: str | None = None
    body: str | None = None
    title: str | None = None
    date: str | None = Field(None, description="ISO 8601 date, YYYY-MM-DD")
    start_time: str | None = Field(None, description="HH:MM")
    end_time: str | None = Field(None, description="HH:MM")
    location: str | None = None
    participants: list[str] = Field(default_factory=list)
    guests: list[str] = Field(default_factory=list)
    absent: list[str] = Field(default_factory=list)
    chair: str | None = None
    secretary: str | None = None
    adjusters: list[str] = Field(default_factory=list)
    sources: dict[str, Span] = Field(
        default_factory=dict,
        description="for each field with a value, the lines it was read from, for review: a labelled value's "
        "lines, a letterhead line; for a value from a running header or an item, the first line that prints it",
    )


class Item(_Model):
    number: str = Field(description='as printed, e.g. "1" or "§ 12"')
    title: str
    section: str | None = Field(None, description='e.g. "Beslut", "Information"')
    presenters: list[str] = Field(default_factory=list)
    text: str = ""
    bullets: list[str] = Field(default_factory=list)
    decisions: list[str] = Field(default_factory=list)
    dnr: str | None = None
    page: int = Field(1, ge=1)
    span: Span | None = Field(None, description="the lines from the item's heading to its last line")


class Segmentation(_Model):
    """Result of the segment stage; `unassigned` holds every line that is neither header nor item."""

    meeting: Meeting
    items: list[Item]
    unassigned: list[str] = Field(default_factory=list)
    issues: list[str] = Field(default_factory=list, description="why the structure is unsure, for quality.review_reasons")


class Quality(_Model):
    pages: int
    words: int
    ocr_confidence: float | None = Field(None, description="mean OCR word confidence 0-100; null for text input")
    unknown_words: int
    corrections: int
    needs_review: bool
    review_reasons: list[str] = Field(default_factory=list)


class Pipeline(_Model):
    version: str
    ocr_engine: str | None = None
    ocr_language: str | None = None
    dictionary_version: str


class Document(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    id: str = Field(description='"sha256:<hex of the source file bytes>"')
    source: Source
    meeting: Meeting
    items: list[Item]
    unassigned: list[str] = Field(default_factory=list)
    text: str
    original_text: str
    corrections: list[Correction]
    quality: Quality
    pipeline: Pipeline
    ingested_at: str | None = Field(
        None,
        description="UTC time the archive took the document in (ISO 8601), set by `minutes export` so a consumer "
        "can poll with the last one it saw; null from `minutes parse` and in the archive's own files, which hold "
        "no timestamps",
    )
