"""A file's bytes → pages of raw text: text files, PDFs (text layer, or OCR where there is none) and images.

The file type comes from the bytes first and the name second, because archives are full of misnamed
files (an HTML error page saved as .pdf, a scan saved as .txt). Everything we cannot read becomes an
`InputError` with one reason a person can act on.
"""
from __future__ import annotations

import io
import unicodedata
from pathlib import PurePath
from typing import BinaryIO

from charset_normalizer import from_bytes

from .errors import InputError
from .limits import Limits, check_file, check_pages, check_text
from .models import Extraction, Page

# Encodings a Swedish text file plausibly has; charset-normalizer chooses among them. Left unrestricted
# it calls short Swedish cp1252 text cp1250 or cp1006 and turns "å" into another letter.
TEXT_ENCODINGS = ["utf_8", "utf_16", "utf_32", "cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman"]
MAX_CONTROL_RATIO = 0.005
_WIDE_ENCODINGS = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
"""Encodings whose text has NUL bytes; without a BOM charset-normalizer has to tell which (and the byte order)."""

_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"II*\x00": "TIFF",
    b"MM\x00*": "TIFF",
}
_IMAGE_EXTENSIONS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".tif": "TIFF", ".tiff": "TIFF"}
_OTHER_MAGIC = {
    b"PK\x03\x04": "a ZIP archive (e.g. .docx or .odt)",
    b"GIF8": "a GIF image",
    b"BM": "a BMP image",
    b"\xd0\xcf\x11\xe0": "an old Office document (.doc/.xls)",
}


def extract(source: bytes | BinaryIO, name: str, *, language: str = "swe", dpi: int = 300,
            limits: Limits = Limits()) -> Extraction:
    """Read one file, given as its bytes or as a seekable binary stream open at its start; `name` is used only
    as a hint when the bytes do not say what they are.

    A stream is what lets a worker read a 150 MB scan page by page instead of holding it: PDF and image readers
    seek in it as they need, and a text file is read only up to `limits.text` bytes (a 30 GB file is refused by
    its size, unread)."""
    stream = io.BytesIO(source) if isinstance(source, bytes) else source  # shares the bytes, no copy
    start = stream.read(1024)
    stream.seek(0)
    kind = _sniff(start, name)
    if kind == "PDF":
        from .pdf import extract_pdf  # heavy: imported only for PDFs

        return extract_pdf(stream, language, dpi, limits)
    if kind != "text":
        from .images import extract_image  # heavy: imported only for images

        return extract_image(stream, kind, language, limits)
    return _extract_text(_bounded(stream, limits), PurePath(name).suffix.lower(), limits)


def check_size(stream: BinaryIO, name: str, limits: Limits) -> None:
    """Refuses a file over `limits.bytes`, and a text file over `limits.text`, by its size, before anything reads
    it through: hashing a 30 GB file alone takes minutes. Leaves `stream` at its start; bad input is left to
    `extract`."""
    start = stream.read(1024)
    size = stream.seek(0, io.SEEK_END)
    stream.seek(0)
    try:
        kind = _sniff(start, name)
    except InputError:
        kind = None
    if kind == "text":
        check_text(size, limits)
    check_file(size, limits)


def _sniff(start: bytes, name: str) -> str:
    """"PDF", an image format ("PNG", "JPEG", "TIFF") or "text", from a file's first bytes and then its name."""
    if not start:
        raise InputError("empty file")
    suffix = PurePath(name).suffix.lower()
    head = start.lstrip()
    if b"%PDF-" in head:
        return "PDF"
    for magic, fmt in _IMAGE_MAGIC.items():
        if start.startswith(magic):
            return fmt
    if suffix == ".pdf":
        if head[:15].lower().startswith((b"<!doctype html", b"<html")):
            raise InputError("not a PDF: the file is an HTML page")
        raise InputError("not a PDF: no %PDF header")
    if suffix in _IMAGE_EXTENSIONS:
        raise InputError(f"not a {_IMAGE_EXTENSIONS[suffix]} image: unrecognised image data")
    for magic, what in _OTHER_MAGIC.items():
        if start.startswith(magic):
            raise InputError(f"unsupported file type: {what}")
    return "text"


# ---------------------------------------------------------------- text


def _control_ratio(text: str) -> float:
    controls = sum(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f" for c in text)
    return controls / len(text)


def _decode(data: bytes) -> str:
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # NUL bytes without a BOM: UTF-16 (or UTF-32) without one, or binary. charset-normalizer tells them apart;
        # what it cannot decode as any of these is binary.
        best = from_bytes(data, cp_isolation=_WIDE_ENCODINGS).best()
        if best is None:
            raise InputError("not a text file: binary content")
        return str(best)
    try:  # valid UTF-8 is UTF-8: charset-normalizer may score it lower for a private-use character (Word's U+F0B7)
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=TEXT_ENCODINGS).best()
    if best is not None:
        return str(best)
    # charset-normalizer declines very short texts with many non-ASCII letters; cp1252 is then the
    # likeliest Swedish legacy encoding, and the control-character test below still rejects junk.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin_1")


MARKDOWN_SUFFIXES = (".md", ".markdown")


def _bounded(stream: BinaryIO, limits: Limits) -> bytes:
    """The whole stream if it holds at most `limits.text` bytes; its size is asked first, so an over-large
    file is refused without a read, and a stream that grows while read is cut off one byte past the limit."""
    size = stream.seek(0, io.SEEK_END)
    stream.seek(0)
    check_text(size, limits)
    data = stream.read(limits.text + 1)
    check_text(len(data), limits)
    return data


def _extract_text(data: bytes, suffix: str, limits: Limits) -> Extraction:
    text = _decode(data)
    if not text.strip():
        raise InputError("empty file (only whitespace)")
    if "\x00" in text or _control_ratio(text) > MAX_CONTROL_RATIO:
        raise InputError("not a text file: binary content")
    from .markdown import looks_like_markdown

    kind = "markdown" if suffix in MARKDOWN_SUFFIXES or looks_like_markdown(text) else "text"
    check_pages(text.count("\f") + 1, limits)
    pages = [Page(number=n, text=page, method="text") for n, page in enumerate(text.split("\f"), start=1)]
    return Extraction(kind=kind, pages=pages)
