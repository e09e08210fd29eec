"""How much of anything one input file may make minutes do, so a small hostile or broken file fails with one
line instead of taking the machine: a PDF claiming 100,000 pages, a 40,000² image compressed to 1.5 MB, a page
of a million rectangles, a 30 GB text file.

Every limit is checked before the costly work it guards (pages are counted before any is read, a PDF page's
content is measured before pdfminer or pdfium interpret it), so refusing is quick. Wall time and memory per
worker are enforced by `archive.py`, which alone has workers to stop.
"""
from __future__ import annotations

import os
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .errors import InputError

MAX_PAGES = 1000
"""Pages per file. A 1000-page scan takes about 40 minutes on two cores; a bound volume is rarely longer."""
MAX_PIXELS = 89_000_000
"""Pixels per page image, embedded images in PDFs included. An A3 page at 600 dpi is 70 megapixels; Pillow
calls more than 89 a decompression bomb, and so do we."""
MAX_DRAWINGS = 100_000
"""Drawing operations per PDF page (path segments, paints, images placed). pdfminer needs 7 s and 200 MB for
100,000; a dense table has a few thousand."""
MAX_GLYPHS = 100_000
"""Glyphs per PDF page, counted as the bytes of its text strings. A dense page of text has about 5,000."""
MAX_TEXT_BYTES = 5_000_000
"""Bytes of text per file, as read (a text file) or extracted (all pages of a PDF): about 2,000 pages. The
repair holds some 40 bytes per byte of text."""
MAX_FILE_BYTES = 10_000_000_000
"""Bytes per input file, checked before it is hashed: a 1000-page uncompressed grey TIFF at 300 dpi is 8.7 GB,
and hashing a 30 GB sparse file would take minutes before anything else could refuse it."""
MAX_SECONDS = 3600
"""Wall time per file in `minutes ingest`, after which its worker is stopped."""
MEMORY_MB_BASE = 512
MEMORY_MB_PER_CORE = 256
"""Address space per `minutes ingest` worker: a base plus room for the Tesseract reading a page on each core
(a worker alone on the machine reads a page per core). 1024 MB on two cores; a worker reading scans maps about
450 MB, half of it shared libraries and the dictionary."""
MAX_CONTENT_BYTES = 32_000_000
"""Decoded bytes of one PDF page's content streams; more is refused as a drawing-operations breach, before it is
decompressed further (a content stream of zeros compresses a thousandfold)."""
MAX_FORM_DEPTH = 12
"""Form XObjects drawn inside form XObjects, deeper than any real document nests them."""


def default_memory_mb() -> int:
    return MEMORY_MB_BASE + MEMORY_MB_PER_CORE * len(os.sched_getaffinity(0))


class Limits(BaseModel):
    """One value per limit; `--limit NAME=VALUE` on the command line sets them by these names."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pages: int = Field(MAX_PAGES, gt=0)
    pixels: int = Field(MAX_PIXELS, gt=0)
    drawings: int = Field(MAX_DRAWINGS, gt=0)
    glyphs: int = Field(MAX_GLYPHS, gt=0)
    text: int = Field(MAX_TEXT_BYTES, gt=0)
    """bytes"""
    bytes: int = Field(MAX_FILE_BYTES, gt=0)
    seconds: int = Field(MAX_SECONDS, gt=0)
    memory: int = Field(default_factory=default_memory_mb, gt=0)
    """MB"""


def number(value: int) -> str:
    """1000000 → '1 000 000', the Swedish way, which no reader mistakes for a decimal."""
    return f"{value:,}".replace(",", " ")


def check_pages(count: int, limits: Limits) -> None:
    """Readers count at most one page past the limit, so the reason does not claim to know how many more."""
    if count > limits.pages:
        raise InputError(f"too many pages: more than {number(limits.pages)} (--limit pages=N)")


def check_pixels(width: int, height: int, limits: Limits, what: str) -> None:
    if width * height > limits.pixels:
        raise InputError(f"{what}: {width}x{height} pixels, more than {number(limits.pixels)} (--limit pixels=N)")


def check_file(size: int, limits: Limits) -> None:
    if size > limits.bytes:
        raise InputError(f"file too large: more than {number(limits.bytes)} bytes (--limit bytes=N)")


def check_text(size: int, limits: Limits) -> None:
    if size > limits.text:
        raise InputError(f"too much text: more than {number(limits.text)} bytes (--limit text=N)")


# ------------------------------------------------------------------ PDF pages, before they are interpreted

# An operator stands after whitespace or the end of an operand (a string, an array, a dictionary) and before
# whitespace or a delimiter; "/F" (a name) and "1.5" are not operators.
_BOUND_BEFORE = rb"(?:(?<=[\s\])>}])|^)"
_BOUND_AFTER = rb"(?=[\s\[\]()<>{}/%]|$)"
_DRAWING = re.compile(_BOUND_BEFORE + rb"(?:re|m|l|c|v|y|h|S|s|f\*?|F|B\*?|b\*?|n|sh|Do|BI)" + _BOUND_AFTER)
_STRINGS = re.compile(rb"\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>", re.DOTALL)
_FORM_CALL = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+Do" + _BOUND_AFTER)
_INLINE_IMAGE = re.compile(_BOUND_BEFORE + rb"BI\s(.*?)\sID" + _BOUND_AFTER, re.DOTALL)
_INLINE_SIZE = re.compile(rb"/(W|Width|H|Height)\s+(\d+)")


class _Cost:
    """Drawing operations and glyphs of a page so far, refusing the page as soon as one is over its limit."""

    def __init__(self, page: int, limits: Limits) -> None:
        self.page, self.limits = page, limits
        self.drawings = self.glyphs = 0

    def add(self, drawings: int, glyphs: int) -> None:
        self.drawings += drawings
        self.glyphs += glyphs
        if self.drawings > self.limits.drawings:
            raise InputError(f"page {self.page}: more than {number(self.limits.drawings)} drawing operations "
                             "(--limit drawings=N)")
        if self.glyphs > self.limits.glyphs:
            raise InputError(f"page {self.page}: more than {number(self.limits.glyphs)} glyphs (--limit glyphs=N)")


def check_pdf_page(page: Any, page_number: int, limits: Limits) -> None:
    """Measures a pdfminer `PDFPage` from its raw content streams and the form XObjects they draw (a form drawn
    1,000 times counts 1,000 times), and checks the size of every image it places; pdfminer would hold an object
    per operation and pdfium decode every image whole, so this runs before either sees the page."""
    cost = _Cost(page_number, limits)
    _measure(page.contents or [], page.resources or {}, cost, limits, repeat=1, depth=0, seen={})


def _measure(streams: list, resources: dict, cost: _Cost, limits: Limits, *, repeat: int, depth: int,
             seen: dict) -> None:
    """`seen` keeps what a form's own content costs, so a form drawn from many places is decoded once (and the
    streams themselves, so that the ids it is keyed by stay theirs)."""
    from pdfminer.pdftypes import resolve1

    key = tuple(id(stream) for stream in streams)
    if key in seen:
        drawings, glyphs, calls, _ = seen[key]
        cost.add(repeat * drawings, repeat * glyphs)
    else:
        data = b"".join(_decoded(resolve1(stream), cost.page) for stream in streams)
        drawings = glyphs = 0
        for chunk in _chunks(data):  # counted a chunk at a time, so a page far over the limit stops early
            more = len(_DRAWING.findall(chunk)), sum((len(s) - 2) // (2 if s[:1] == b"<" else 1)
                                                     for s in _STRINGS.findall(chunk))
            drawings, glyphs = drawings + more[0], glyphs + more[1]
            cost.add(repeat * more[0], repeat * more[1])
        for match in _INLINE_IMAGE.finditer(data):
            size = dict((key[:1], int(value)) for key, value in _INLINE_SIZE.findall(match.group(1)))
            what = f"page {cost.page}: an inline image too large"
            check_pixels(size.get(b"W", 0), size.get(b"H", 0), limits, what)
        calls = sorted(Counter(_FORM_CALL.findall(data)).items())
        seen[key] = drawings, glyphs, calls, streams
    xobjects = resolve1(resources.get("XObject")) or {}
    for name, times in calls:
        xobject = resolve1(xobjects.get(name.decode("latin-1")))
        attrs = getattr(xobject, "attrs", None)
        if attrs is None:
            continue
        subtype = getattr(resolve1(attrs.get("Subtype")), "name", None)
        if subtype == "Image":
            _check_image(attrs, cost.page, limits)
        elif subtype == "Form":
            if depth >= MAX_FORM_DEPTH:
                raise InputError(f"page {cost.page}: form XObjects nested more than {MAX_FORM_DEPTH} deep")
            inner = resolve1(attrs.get("Resources")) or resources
            _measure([xobject], inner, cost, limits, repeat=repeat * times, depth=depth + 1, seen=seen)


def _chunks(data: bytes, size: int = 1 << 20) -> Iterator[bytes]:
    """Pieces of about `size` bytes, cut after a line break (or any whitespace) so no operator is cut in two."""
    start = 0
    while start < len(data):
        end = start + size
        if end < len(data):
            cut = max(data.rfind(b"\n", start, end), data.rfind(b" ", start, end))
            end = cut + 1 if cut > start else end
        yield data[start:end]
        start = end


def _check_image(attrs: dict, page: int, limits: Limits) -> None:
    """An image and its soft mask, which pdfium decodes too, by the sizes their dictionaries declare."""
    from pdfminer.pdftypes import resolve1

    for image in (attrs, getattr(resolve1(attrs.get("SMask")), "attrs", None)):
        if image is not None:
            width, height = (resolve1(image.get(key)) for key in ("Width", "Height"))
            if isinstance(width, int) and isinstance(height, int):
                check_pixels(width, height, limits, f"page {page}: an embedded image too large")


def _decoded(stream: Any, page: int) -> bytes:
    """A content stream's bytes, decompressed at most to MAX_CONTENT_BYTES (pdfminer would decompress it whole).
    Filters other than Flate (LZW, ASCII85 and the like, rare in content) are left to pdfminer."""
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream

    if not isinstance(stream, PDFStream):
        return b""
    too_large = InputError(f"page {page}: more than {number(MAX_CONTENT_BYTES)} bytes of drawing operations "
                           "(--limit drawings=N)")
    filters = stream.get_filters()
    if stream.data is not None or any(f not in LITERALS_FLATE_DECODE for f, _ in filters):
        data = stream.get_data()
    else:
        data = stream.rawdata or b""
        if stream.decipher:
            data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
        for _ in filters:
            inflate = zlib.decompressobj()
            try:
                data = inflate.decompress(data, MAX_CONTENT_BYTES + 1)
            except zlib.error:
                return b""  # pdfminer reads what it can of a damaged stream, and so is the judge of it
    if len(data) > MAX_CONTENT_BYTES:
        raise too_large
    return data
