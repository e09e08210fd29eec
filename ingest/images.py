"""Image files (PNG, JPEG, multi-page TIFF) to OCR'd pages, refusing truncated files and decompression bombs."""
from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import BinaryIO

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from . import ocr
from .errors import InputError
from .limits import Limits, check_pages, check_pixels
from .models import Extraction

def _open_image(stream: BinaryIO, fmt: str) -> Image.Image:
    """Pillow's warning about a large image is left to `limits.pixels`, checked on each frame; its error, at
    twice its 89 megapixels, stays a ceiling."""
    if fmt == "JPEG":
        _check_jpeg(stream)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(stream, formats=[fmt])
    except Image.DecompressionBombError as exc:
        raise InputError(f"image too large: {_size(exc)} (decompression bomb?)") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise InputError(f"corrupt {fmt} image ({exc})") from None


_CORRUPT_JPEG = ("Corrupt JPEG data", "Premature end of JPEG file")
"""libjpeg's warnings about damaged compressed data (simplejpeg raises them as errors in strict mode)."""


def _check_jpeg(stream: BinaryIO) -> None:
    """Refuses a JPEG whose compressed data is damaged: cut short and padded with an end marker, or garbage.

    libjpeg only warns about such data and fills in what it cannot read, and Pillow silences its warnings, so the
    file would become a grey or noisy page that OCR finds nothing on. simplejpeg (libjpeg-turbo) in strict mode
    raises them; decoding at 1/8 scale still reads all the compressed data and takes a few ms a page. Without
    simplejpeg (no wheel for this platform) Pillow's own checks are all there is."""
    try:
        import simplejpeg
    except ImportError:
        return
    data = stream.read()
    stream.seek(0)
    try:
        simplejpeg.decode_jpeg(data, colorspace="GRAY", fastdct=True, min_height=1, min_width=1, strict=True)
    except ValueError as error:
        if str(error).startswith(_CORRUPT_JPEG):
            raise InputError(f"corrupt JPEG image ({str(error).lower()})") from None
        # anything else (a colour space simplejpeg does not convert, say) is Pillow's to judge


def _frames(image: Image.Image, fmt: str, limits: Limits) -> Iterator[Image.Image]:
    """Each page of an image file, decoded one at a time, upright by its EXIF orientation."""
    for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
        check_pixels(*frame.size, limits, f"page {number}: image too large")
        try:
            frame.load()
            page = ImageOps.exif_transpose(frame)
        except (OSError, SyntaxError, ValueError) as exc:
            raise InputError(f"truncated or corrupt {fmt} image ({exc})") from None
        yield page


def _size(exc: Exception) -> str:
    match = re.search(r"\((\d+) pixels\)", str(exc))
    return f"{int(match.group(1)):,} pixels".replace(",", " ") if match else "too many pixels"


def extract_image(stream: BinaryIO, fmt: str, language: str, limits: Limits) -> Extraction:
    """Frames are decoded from `stream` as OCR takes them, so a long TIFF is never in memory whole."""
    with _open_image(stream, fmt) as image:
        try:
            count = getattr(image, "n_frames", 1)  # TIFF: its directories walked, no frame decoded
        except (OSError, SyntaxError, ValueError) as exc:
            raise InputError(f"corrupt {fmt} image ({exc})") from None
        check_pages(count, limits)  # before the first page is read, not after a thousand
        frames = enumerate(_frames(image, fmt, limits), start=1)
        pages = ocr.ocr_pages(frames, language)
    return Extraction(kind="image", pages=pages, ocr_engine=ocr.engine(), ocr_language=language)
