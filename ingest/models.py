"""The data that flows between stages, and the published JSON document.

Every stage is a pure function from one of these models to the next, so a stage
can be tested, cached or run on another machine without the others. The
`Document` model *is* the public schema (`minutes schema` prints it); its field
names are a contract with other systems and change only with `SCHEMA_VERSION`.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

SCHEMA_VERSION = "1"
SCHEMA_ID = "urn:minutes:schema:document:1"
"""The published schema's `$id`: names version 1 for good, whatever is added within it."""

SourceKind = Literal["text", "markdown", "pdf-text", "pdf-scan", "pdf-mixed", "image"]
PAGE_BREAK = "\f"
"""Pages are joined with a form feed in `text` and `original_text`, as pdftotext does."""


CorrectionReason = Literal["diacritics", "ocr-confusion", "compound", "context", "split-word", "joined-word", "edit",
                           "document-spelling", "bullet", "symbol"]
"""The fixes of `ingest/fixes.py`, by the names they record; a new one is a new schema version."""

DATE_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
STAMP_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"
# In the published schema only: the segmenter builds a Meeting before `ingest/publish.py` leaves out a date or
# time that is none, and a check here would stop it there; `export` sets the stamp, in the catalog's form.
IsoDate = Annotated[str, WithJsonSchema({"type": "string", "format": "date", "pattern": DATE_PATTERN})]
ClockTime = Annotated[str, WithJsonSchema({"type": "string", "pattern": TIME_PATTERN})]
Stamp = Annotated[str, WithJsonSchema({"type": "string", "format": "date-time", "pattern": STAMP_PATTERN})]
OFFSET_UNIT = "Unicode code points (Python str indices; not UTF-8 bytes or UTF-16 units)"


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
    start: int = Field(ge=0, description=f"offset into original_text, in {OFFSET_UNIT}")
    end: int = Field(ge=0, description=f"end offset (exclusive) into original_text, in {OFFSET_UNIT}")
    original: str
    corrected: str
    confidence: float = Field(ge=0, le=1)
    reason: CorrectionReason = Field(description="the fix that made the change (ingest/fixes.py)")
    box: tuple[float, float, float, float] | None = Field(
        None, description="where on the page the word was read, for review beside the scan: (left, top, right, "
        "bottom) as fractions of the page image as the file holds it; null where the text was not OCR'd")


class Normalization(_Model):
    """A change normalize made (`ingest/normalize.py`): putting `extracted` back at start:end of `original_text`,
    last first, gives the text as it was extracted."""

    page: int = Field(ge=1)
    line: int = Field(ge=1, description="line number within the page of `original_text`, 1-based")
    start: int = Field(ge=0, description=f"offset into original_text, in {OFFSET_UNIT}")
    end: int = Field(ge=0, description=f"end offset (exclusive) into original_text, in {OFFSET_UNIT}")
    extracted: str = Field(description="the text as extracted (counted with \\n line ends and no spaces before them)")
    normalized: str = Field(description="what normalize made of it: original_text[start:end]")
    fixes: list[str] = Field(description='the fixes that made it, by their names in ingest/normalize.py, e.g. '
                             '"hyphenation", "private_use_bullets", "markup": a list that may grow within version 1')


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
    normalizations: list[Normalization] = Field(
        default_factory=list, description="what normalize changed before repair, as in `Document.normalizations`"
    )


# ---------------------------------------------------------------- document


class PageSource(_Model):
    """Where a PDF page's text came from, and why: a text layer can be garbage (`ingest/textlayer.py`)."""

    page: int = Field(ge=1)
    method: Literal["text", "ocr"] = Field(description="text: the PDF's text layer; ocr: Tesseract on the page image")
    reason: str = Field(description='e.g. "no text layer", "text layer rejected: 0% of its 204 words are in the '
                        'dictionary", "94% of its 210 words are in the dictionary"')


class Source(_Model):
    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
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
    date: IsoDate | None = Field(None, description="ISO 8601 date, YYYY-MM-DD")
    start_time: ClockTime | None = Field(None, description="HH:MM, 24-hour clock")
    end_time: ClockTime | None = Field(None, description="HH:MM, 24-hour clock")
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


class DocumentItem(Item):
    """An item as published: what the segmenter read, and where it is, for a consumer to cite and to cut out."""

    id: str = Field(pattern=r"^sha256:[0-9a-f]{64}#.+$",
                    description='"<document id>#<key>", unique in the document and the same on every run. The key is '
                    'the number’s letters, digits and dots, every other run of characters made "-", none at either '
                    'end ("§ 12" → "12", "KS § 26" → "KS-26"); an item without a number takes "~" and its '
                    'position from 1 ("~3"); a key an earlier item has gets "~" and its count ("1~2": the second "1")')
    span: Span = Field(description="the lines from the item's heading to its last line")
    end_page: int = Field(ge=1, description="the last page the item is on (`page` is the first)")
    start: int = Field(ge=0, description=f"offset into `text` of the item's heading line, in {OFFSET_UNIT}")
    end: int = Field(ge=0, description=f"end offset (exclusive) into `text` of the item's last line, in {OFFSET_UNIT}")


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
    id: str = Field(pattern=r"^sha256:[0-9a-f]{64}$", description='"sha256:<hex of the source file bytes>"')
    source: Source
    meeting: Meeting
    items: list[DocumentItem]
    unassigned: list[str] = Field(default_factory=list)
    text: str = Field(description="the whole text after repair; pages are separated by a form feed (\\f)")
    original_text: str = Field(description="the whole text before repair, as `corrections` index it")
    corrections: list[Correction]
    review: list[Correction] = Field(
        default_factory=list, description="corrections proposed below --min-confidence: not applied, for a human"
    )
    normalizations: list[Normalization] = Field(
        default_factory=list, description="what normalize changed in the text as extracted to make `original_text`, "
        "in order: putting each `extracted` back, last first, gives the extracted text (added within version 1)"
    )
    quality: Quality
    pipeline: Pipeline
    ingested_at: Stamp | None = Field(
        None,
        description="UTC time the archive took the document in (RFC 3339), set by `minutes export` so a consumer "
        "can poll with the last one it saw; null from `minutes parse` and in the archive's own files, which hold "
        "no timestamps",
    )
    content_sha256: str | None = Field(
        None,
        description="sha256 (hex) of the document's content: its JSON with keys sorted, no spaces, UTF-8, without "
        "`pipeline`, `ingested_at`, `replaces` and this field. A re-ingest that changed only versions gives the same "
        "value, and the archive's feed does not send it again",
    )
    replaces: str | None = Field(
        None,
        description='set by `minutes export`: the id ("sha256:<hex>") of the document the source path held before '
        "its file changed; null otherwise and in the archive's own files",
    )


def published_schema() -> dict[str, Any]:
    """The JSON Schema `minutes schema` prints: the models' own, open to fields added within version 1.

    Our models forbid unknown fields so that our own output cannot drift from them; a consumer validating with
    that would reject every document the day a field is added, so the published copy leaves it out."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            **_open(Document.model_json_schema())}


def _open(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _open(value) for key, value in node.items()
                if not (key == "additionalProperties" and value is False)}
    if isinstance(node, list):
        return [_open(value) for value in node]
    return node
