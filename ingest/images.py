"""Image files (PNG, JPEG, multi-page TIFF) to OCR'd pages, refusing truncated files and decompression bombs."""
from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import BinaryIO

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from . import ocr
from .errors import InputError
from .models import Extraction

# An A3 page at 600 dpi is 70 megapixels; Pillow calls more than 89 a decompression bomb, and so do we.
MAX_PIXELS = 89_000_000

def _open_image(stream: BinaryIO, fmt: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(stream, formats=[fmt])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputError(f"image too large: {_size(exc)} (decompression bomb?)") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise InputError(f"corrupt {fmt} image ({exc})") from None


def _frames(image: Image.Image, fmt: str) -> Iterator[Image.Image]:
    """Each page of an image file, decoded one at a time, upright by its EXIF orientation."""
    for frame in ImageSequence.Iterator(image):
        width, height = frame.size
        if width * height > MAX_PIXELS:
            raise InputError(f"image too large: {width}x{height} pixels (decompression bomb?)")
        try:
            frame.load()
            page = ImageOps.exif_transpose(frame)
        except (OSError, SyntaxError, ValueError) as exc:
            raise InputError(f"truncated or corrupt {fmt} image ({exc})") from None
        yield page


def _size(exc: Exception) -> str:
    match = re.search(r"\((\d+) pixels\)", str(exc))
    return f"{int(match.group(1)):,} pixels".replace(",", " ") if match else "too many pixels"


def extract_image(stream: BinaryIO, fmt: str, language: str) -> Extraction:
    """Frames are decoded from `stream` as OCR takes them, so a long TIFF is never in memory whole."""
    with _open_image(stream, fmt) as image:
        frames = enumerate(_frames(image, fmt), start=1)
        pages = ocr.ocr_pages(frames, language)
    return Extraction(kind="image", pages=pages, ocr_engine=ocr.engine(), ocr_language=language)
