"""Composes the stages into a `Document`; the one place that knows their order.

Kept free of opening files and of clocks so the same bytes always give the same JSON, on any worker, which is
what lets the archive skip done work and compare reruns byte for byte. Stage timings are measured here only because the
archive's catalog wants them; they never enter the document.
"""
from __future__ import annotations

import hashlib
import io
import json
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, BinaryIO

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ingest import __version__
from ingest.errors import InputError
from ingest.limits import Limits
from ingest.models import PAGE_BREAK, Document, Extraction, PageSource, Pipeline, Quality, Repair, Source

if TYPE_CHECKING:
    from ingest.review import Decision

LOW_OCR_CONFIDENCE = 70.0
"""Below this mean Tesseract word confidence the page was hard to read; a human should look."""
UNKNOWN_WORD_SHARE = 0.15
"""Above this share of words unknown to the dictionary the repair is working blind."""
INK_READ_MIN = 0.75
"""An OCR'd page whose words cover less of its ink than this lost text: upright pages of the corpus read 0.9-1.0,
the same pages turned 4° and read unlevelled 0.2-0.5 where a third or more of the words was lost."""


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str = "swe"
    dpi: int = 300
    min_confidence: float | None = None
    """None keeps the repair stage's own threshold."""
    user_words: tuple[str, ...] = ()
    limits: Limits = Field(default_factory=Limits)

    @field_validator("user_words")
    @classmethod
    def _as_set(cls, words: tuple[str, ...]) -> tuple[str, ...]:
        """Sorted once here, so the lexicon each document asks for is found in the cache without sorting."""
        return tuple(sorted(set(words)))


def lexicon(user_words: tuple[str, ...] = ()):
    """`load_lexicon` caches per process, so a worker loads the dictionary once for many documents."""
    from ingest.lexicon import load_lexicon

    return load_lexicon(user_words=user_words)


FILE_CHANGED = "file changed while being ingested"

Input = bytes | BinaryIO
"""A file's bytes, or the file itself open for binary reading at its start: a worker that has the file
passes it open, so that a 150 MB scan is read page by page instead of held whole."""


def read(source: Input, path: str, options: Options) -> Extraction:
    from ingest.normalize import normalize
    return normalize(_extract(source, path, options))


def repaired_explained(source: Input, path: str, options: Options) -> Repair:
    """The repair of a file with the whole trail from the text as extracted: what normalize changed, then what
    repair did."""
    from ingest.normalize import explain

    extraction, normalizations = explain(_extract(source, path, options))
    return repaired(extraction, options).model_copy(update={"normalizations": normalizations})


def _extract(source: Input, path: str, options: Options) -> Extraction:
    from ingest.extract import extract
    return extract(source, path, language=options.language, dpi=options.dpi, limits=options.limits)


def repaired(extraction: Extraction, options: Options) -> Repair:
    from ingest.repair import repair

    text = PAGE_BREAK.join(page.text for page in extraction.pages)
    words = [word for page in extraction.pages for word in page.words]
    limits = {} if options.min_confidence is None else {"min_confidence": options.min_confidence}
    return repair(text, lexicon=lexicon(options.user_words), ocr_words=words or None, **limits)


def process(source: Input, path: str, options: Options) -> Document:
    return process_timed(source, path, options)[0]


def sha256(source: Input) -> str:
    """Read through in blocks from a stream, which is then back at its start for the stages."""
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest()
    digest = hashlib.file_digest(source, "sha256").hexdigest()
    source.seek(0)
    return digest


def extracted(source: Input, path: str, options: Options, *, expected_sha256: str | None = None
              ) -> tuple[str, Extraction]:
    """The file's sha256 and what extract read from it, before any clean-up: the costly part, which the archive
    keeps (`extractions.py`) so that the stages after it can be re-run alone.

    `expected_sha256` is the hash the caller filed the document under before it got the file's content: other
    content (the file was rewritten in between) is refused before any work, not filed under the wrong hash."""
    from ingest.extract import check_size

    check_size(io.BytesIO(source) if isinstance(source, bytes) else source, path, options.limits)
    sha = sha256(source)
    if expected_sha256 is not None and sha != expected_sha256:
        raise InputError(FILE_CHANGED)
    return sha, _extract(source, path, options)


def process_timed(source: Input, path: str, options: Options, *, expected_sha256: str | None = None,
                  decisions: Sequence[Decision] = ()) -> tuple[Document, dict[str, float], Extraction]:
    """`process`, plus seconds per stage for the catalog and the raw extraction for the archive to keep."""
    start = time.perf_counter()
    sha, raw = extracted(source, path, options, expected_sha256=expected_sha256)
    extract_seconds = round(time.perf_counter() - start, 4)
    document, timings = from_extraction(raw, sha, path, options, decisions)
    return document, {"extract": extract_seconds, **timings}, raw


def from_extraction(raw: Extraction, sha: str, path: str, options: Options, decisions: Sequence[Decision] = ()
                    ) -> tuple[Document, dict[str, float]]:
    """The document from a file's raw extraction (fresh, or kept by the archive), with seconds per stage; the same
    extraction gives the same document byte for byte either way. `decisions` are the archivist's review
    decisions about this document's corrections and proposals (`ingest/review.py`): a new decision re-runs
    these stages from the kept extraction, never OCR."""
    from ingest.boxes import locate
    from ingest.normalize import explain
    from ingest.publish import placed_items, real_dates
    from ingest.review import apply
    from ingest.segment import segment

    clock = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = round(now - clock, 4)
        clock = now

    extraction, normalizations = explain(raw)
    lap("normalize")
    fixed = apply(repaired(extraction, options), decisions)
    fixed = fixed.model_copy(update={"corrections": locate(fixed.corrections, extraction.pages),
                                     "review": locate(fixed.review, extraction.pages)})
    lap("repair")
    segmentation = segment(fixed.text)
    lap("segment")

    ocr_words = [word.confidence for page in extraction.pages for word in page.words]
    confidence = round(sum(ocr_words) / len(ocr_words), 2) if ocr_words else None
    ran_ocr = any(page.method == "ocr" for page in extraction.pages)
    meeting, unreal = real_dates(segmentation.meeting)
    reasons = segmentation.issues + unreal
    if confidence is not None and confidence < LOW_OCR_CONFIDENCE:
        reasons.append(f"low OCR confidence: mean {confidence:.1f} < {LOW_OCR_CONFIDENCE:.0f}")
    if fixed.words and fixed.unknown_words / fixed.words > UNKNOWN_WORD_SHARE:
        reasons.append(f"many unknown words: {fixed.unknown_words} of {fixed.words}")
    if fixed.review:
        reasons.append(f"{len(fixed.review)} proposed corrections below the confidence threshold")
    reasons += [f"page {page.number}: only {page.ink_read:.0%} of its ink was read as words: text may be missed"
                for page in extraction.pages if page.ink_read is not None and page.ink_read < INK_READ_MIN]
    document = Document(
        id=f"sha256:{sha}",
        source=Source(path=path, sha256=sha, kind=extraction.kind, pages=len(extraction.pages),
                      page_sources=_page_sources(extraction)),
        meeting=meeting,
        items=placed_items(segmentation.items, f"sha256:{sha}", fixed.text),
        unassigned=segmentation.unassigned,
        text=fixed.text,
        original_text=fixed.original_text,
        corrections=fixed.corrections,
        review=fixed.review,
        normalizations=normalizations,
        quality=Quality(
            pages=len(extraction.pages),
            words=fixed.words,
            ocr_confidence=confidence,
            unknown_words=fixed.unknown_words,
            corrections=len(fixed.corrections),
            needs_review=bool(reasons),
            review_reasons=reasons,
        ),
        pipeline=Pipeline(
            version=__version__,
            ocr_engine=extraction.ocr_engine if ran_ocr else None,
            ocr_language=extraction.ocr_language if ran_ocr else None,
            dictionary_version=lexicon(options.user_words).version,
        ),
    )
    return document.model_copy(update={"content_sha256": content_sha256(document)}), timings


FEED_METADATA = frozenset({"pipeline", "ingested_at", "content_sha256", "replaces"})
"""What a document says about how and when it was made and fed, not what the source says."""


def content_sha256(document: Document) -> str:
    content = document.model_dump(mode="json", exclude=set(FEED_METADATA))
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _page_sources(extraction: Extraction) -> list[PageSource] | None:
    if not extraction.kind.startswith("pdf"):
        return None
    return [PageSource(page=page.number, method=page.method, reason=page.reason) for page in extraction.pages]


def to_json(model: BaseModel) -> str:
    """The one serialisation of every model we publish: field order, real UTF-8, a trailing newline."""
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def to_alto(raw: Extraction, document: Document) -> bytes:
    """The ALTO XML of a document made from `raw` (fresh, or kept by the archive): no OCR again."""
    from ingest.alto import alto
    from ingest.normalize import normalize

    return alto(document, normalize(raw).pages)
