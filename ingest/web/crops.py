"""The part of a page image where a word was read, rendered from the source file on request.

Only a file the catalog lists for the document, whose bytes still hash to the document's id, is opened: the
server never opens a path a request names, and a file changed since the ingest shows no crop rather than the
wrong one."""
from __future__ import annotations

import hashlib
import io
import os
import threading
from functools import lru_cache

from PIL import Image, ImageDraw, ImageOps

RENDER_DPI = 200
MAX_WIDTH = 900
"""Pixels: a crop wider than this is scaled down, so a long line still fits beside the fix."""
LINE_HEIGHT = 28
"""Pixels a line of text is scaled up to, so a fax at 100 dpi is as legible as a 300 dpi scan."""
MIN_LINE = 0.012
"""Share of the page's height a line of text takes at the least (10 pt on A4): a bullet's or a comma's box is
shown with a line's worth of page around it, not blown up."""

_lock = threading.Lock()
"""pdfium is not thread-safe, and the server answers requests on a thread pool."""


def source_of(paths: list[str], sha256: str) -> str | None:
    """The first of `paths` that holds the document's bytes now."""
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        if _hash(path, info.st_size, info.st_mtime_ns) == sha256:
            return path
    return None


@lru_cache(maxsize=256)
def _hash(path: str, size: int, mtime_ns: int) -> str | None:
    """Keyed on size and mtime too, so a file is hashed once while it stays as it is."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def crop(path: str, kind: str, page: int, box: tuple[float, float, float, float]) -> bytes:
    """A PNG of the word's box on `page` with some of its line around it, the word outlined."""
    with _lock:
        image = _page(path, os.stat(path).st_mtime_ns, kind, page)
    width, height = image.size
    left, top, right, bottom = box[0] * width, box[1] * height, box[2] * width, box[3] * height
    line = max(bottom - top, MIN_LINE * height)
    region = (max(0, int(left - 10 * line)), max(0, int(top - 1.2 * line)),
              min(width, int(right + 10 * line)), min(height, int(bottom + 1.2 * line)))
    part = image.crop(region).convert("RGB")
    ImageDraw.Draw(part).rectangle((left - region[0] - 3, top - region[1] - 3, right - region[0] + 3,
                                    bottom - region[1] + 3), outline=(214, 40, 40), width=3)
    scale = min(max(LINE_HEIGHT / line, 1.0), MAX_WIDTH / part.width)
    if scale != 1.0:
        part = part.resize((max(1, round(part.width * scale)), max(1, round(part.height * scale))),
                           Image.Resampling.LANCZOS)
    out = io.BytesIO()
    part.save(out, "PNG")
    return out.getvalue()


@lru_cache(maxsize=4)
def _page(path: str, mtime_ns: int, kind: str, page: int) -> Image.Image:
    """The page as the file holds it: a PDF page rendered, an image frame turned upright by its EXIF tag, as
    extraction read them (`ingest/pdf.py`, `ingest/images.py`)."""
    if kind.startswith("pdf"):
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(path)
        try:
            return document[page - 1].render(scale=RENDER_DPI / 72, grayscale=True).to_pil().convert("L")
        finally:
            document.close()
    with Image.open(path) as image:
        image.seek(page - 1)
        return ImageOps.exif_transpose(image).convert("L")
