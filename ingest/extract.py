"""File bytes → pages of raw text: text files, PDFs (text layer, or OCR where there is none) and images.

The file type comes from the bytes first and the name second, because archives are full of misnamed
files (an HTML error page saved as .pdf, a scan saved as .txt). Everything we cannot read becomes an
`InputError` with one reason a person can act on.
"""
from __future__ import annotations

import gc
import io
import re
import unicodedata
import warnings
from collections.abc import Iterator
from pathlib import PurePath

import pdfplumber
import pypdfium2 as pdfium
from charset_normalizer import from_bytes
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils import dedupe_chars
from pdfplumber.utils.exceptions import PdfminerException
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from . import ocr
from .errors import InputError
from .models import Extraction, Page, SourceKind

# Encodings a Swedish text file plausibly has; charset-normalizer chooses among them. Left unrestricted
# it calls short Swedish cp1252 text cp1250 or cp1006 and turns "å" into another letter.
TEXT_ENCODINGS = ["utf_8", "utf_16", "utf_32", "cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman"]
MAX_CONTROL_RATIO = 0.005
# A text layer with fewer letters and digits than this is a scan with at most a stamped page number.
MIN_TEXT_CHARS = 20
# An A3 page at 600 dpi is 70 megapixels; Pillow calls more than 89 a decompression bomb, and so do we.
MAX_PIXELS = 89_000_000
# Scanned pages read before pdfminer and pdfium are reopened, which drops the objects they keep (see scans()).
REOPEN_SCANS = 25

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


def extract(data: bytes, name: str, *, language: str = "swe", dpi: int = 300) -> Extraction:
    """Read one file's bytes; `name` is used only as a hint when the bytes do not say what they are."""
    if not data:
        raise InputError("empty file")
    suffix = PurePath(name).suffix.lower()
    head = data[:1024].lstrip()
    if b"%PDF-" in head:
        return _extract_pdf(data, language, dpi)
    for magic, fmt in _IMAGE_MAGIC.items():
        if data.startswith(magic):
            return _extract_image(data, fmt, language)
    if suffix == ".pdf":
        if head[:15].lower().startswith((b"<!doctype html", b"<html")):
            raise InputError("not a PDF: the file is an HTML page")
        raise InputError("not a PDF: no %PDF header")
    if suffix in _IMAGE_EXTENSIONS:
        raise InputError(f"not a {_IMAGE_EXTENSIONS[suffix]} image: unrecognised image data")
    for magic, what in _OTHER_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"unsupported file type: {what}")
    return _extract_text(data)


# ---------------------------------------------------------------- text


def _control_ratio(text: str) -> float:
    controls = sum(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f" for c in text)
    return controls / len(text)


def _decode(data: bytes) -> str:
    best = from_bytes(data, cp_isolation=TEXT_ENCODINGS).best()
    if best is not None:
        return str(best)
    # charset-normalizer declines very short texts with many non-ASCII letters; cp1252 is then the
    # likeliest Swedish legacy encoding, and the control-character test below still rejects junk.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin_1")


def _extract_text(data: bytes) -> Extraction:
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("not a text file: binary content")
    text = _decode(data)
    if not text.strip():
        raise InputError("empty file (only whitespace)")
    if "\x00" in text or _control_ratio(text) > MAX_CONTROL_RATIO:
        raise InputError("not a text file: binary content")
    pages = [Page(number=n, text=page, method="text") for n, page in enumerate(text.split("\f"), start=1)]
    return Extraction(kind="text", pages=pages)


# ---------------------------------------------------------------- PDF


# Writing direction on the rendered page (from a glyph's text matrix, y up) → the direction lines
# follow each other, and where a line starts and ends along that direction (pdfplumber's y runs down).
_DIRECTIONS = {
    (1, 0): ("ltr", "ttb", lambda line: (line["top"], line["bottom"])),
    (0, -1): ("ttb", "rtl", lambda line: (-line["x1"], -line["x0"])),
    (-1, 0): ("rtl", "btt", lambda line: (-line["bottom"], -line["top"])),
    (0, 1): ("btt", "ltr", lambda line: (line["x0"], line["x1"])),
}


def _writing_direction(chars: list[dict]) -> tuple[int, int]:
    """The direction most glyphs run in: a page turned with /Rotate, or a landscape table typeset
    sideways, reads along its text, not along the screen."""
    votes: dict[tuple[int, int], int] = {}
    for char in chars:
        a, b = char["matrix"][:2]
        key = (1 if a > 0 else -1, 0) if abs(a) >= abs(b) else (0, 1 if b > 0 else -1)
        votes[key] = votes.get(key, 0) + 1
    return max(sorted(votes), key=votes.get) if votes else (1, 0)


class _Glyphs(list):
    """A page's glyphs, whose index() is a dict look-up. pdfplumber's dedupe_chars puts the glyphs it keeps
    back in page order with `sorted(kept, key=chars.index)`, a linear search comparing dicts per glyph:
    about a second of CPU for a dense page, a hundred times the rest of reading it."""

    def __init__(self, chars: list[dict]) -> None:
        super().__init__(chars)
        self._at = {id(char): n for n, char in enumerate(chars)}

    def index(self, char, *_) -> int:
        return self._at[id(char)]


def _text_layer(page) -> str:
    """Lines in reading order; glyphs printed twice on the spot (fake bold) count once."""
    kept = {id(char) for char in dedupe_chars(_Glyphs(page.chars))}
    page = page.filter(lambda obj: obj["object_type"] != "char" or id(obj) in kept)
    char_dir, line_dir, span = _DIRECTIONS[_writing_direction(page.chars)]
    lines = page.extract_text_lines(
        return_chars=False,
        char_dir=char_dir,
        line_dir=line_dir,
        char_dir_rotated=char_dir,
        line_dir_rotated=line_dir,
        char_dir_render="ltr",  # write the result as ordinary left-to-right lines
        line_dir_render="ttb",
    )
    return ocr.layout_lines([(line["text"], *span(line), None) for line in lines])


def _negligible(text: str) -> bool:
    """No usable text layer: (almost) no characters, or glyphs without a Unicode mapping ("(cid:12)")."""
    letters = sum(c.isalnum() for c in text)
    return letters < MIN_TEXT_CHARS or text.count("(cid:") * 8 > len(text) / 2


def _extract_pdf(data: bytes, language: str, dpi: int) -> Extraction:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise InputError("encrypted PDF (password required)") from None
        raise InputError(f"corrupt or truncated PDF ({type(cause).__name__}: {cause})") from None
    with pdf:
        try:
            count = len(pdf.pages)
        except Exception as exc:  # pdfminer raises many types on a broken page tree
            raise InputError(f"corrupt PDF: unreadable page tree ({type(exc).__name__})") from None
    if count == 0:
        raise InputError("PDF has no pages")
    pages: list[Page] = []

    def scans() -> Iterator[tuple[int, Image.Image]]:
        """Pages with a text layer go to `pages`; the others are rendered, one at a time, for OCR.

        pdfminer and pdfium keep every object they have read until the document is closed, a scan's
        image data too (about 2 MB a scanned page), so both are reopened after every REOPEN_SCANS scanned
        pages; pdfminer's objects hold each other in cycles, which only the cycle collector frees. Text
        pages do not count: reopening costs a walk of the page tree, 0.5 s for 1000 pages."""
        part: pdfplumber.PDF | None = None
        rendered: pdfium.PdfDocument | None = None
        read = 0
        try:
            for index in range(count):
                if part is None:
                    part = pdfplumber.open(io.BytesIO(data))
                plumber_page = part.pages[index]
                try:
                    text = _text_layer(plumber_page)
                    scanned = _plain_scan(plumber_page)
                except Exception as exc:  # pdfminer: any parse error inside a damaged content stream
                    raise InputError(f"corrupt PDF: page {index + 1} unreadable ({type(exc).__name__})") from None
                finally:
                    plumber_page.close()
                if not _negligible(text):
                    pages.append(Page(number=index + 1, text=text, method="text"))
                    continue
                if rendered is None:
                    rendered = _open_pdfium(data)
                page = rendered[index]
                width, height = page.get_size()
                if width * height * (dpi / 72) ** 2 > MAX_PIXELS:
                    raise InputError(f"PDF page {index + 1} too large to render at {dpi} dpi")
                image = _scan_pixels(page, dpi) if scanned else None
                yield index + 1, image or page.render(scale=dpi / 72, grayscale=True).to_pil()
                read += 1
                if read % REOPEN_SCANS == 0:
                    part.close()
                    rendered.close()
                    part = rendered = None
                    gc.collect()
        finally:
            for document in (part, rendered):
                if document is not None:
                    document.close()

    pages += ocr.ocr_pages(scans(), language, dpi=dpi)
    pages.sort(key=lambda page: page.number)
    methods = {page.method for page in pages}
    kind: SourceKind = "pdf-text" if methods == {"text"} else "pdf-scan" if methods == {"ocr"} else "pdf-mixed"
    if "ocr" in methods:
        return Extraction(kind=kind, pages=pages, ocr_engine=ocr.engine(), ocr_language=language)
    return Extraction(kind=kind, pages=pages)


def _plain_scan(page) -> bool:
    """The page is nothing but one grey or colour image, unmasked, covering it: what a scanner writes."""
    if set(page.objects) != {"image"} or len(page.images) != 1 or page.rotation % 360:
        return False
    image = page.images[0]
    edges = (image["x0"], image["top"], page.width - image["x1"], page.height - image["bottom"])
    return (image["bits"] == 8 and not image["imagemask"] and not {"SMask", "Mask", "Decode"} & set(image["stream"].attrs)
            and all(abs(edge) < 1 for edge in edges))


def _scan_pixels(page: pdfium.PdfPage, dpi: int) -> Image.Image | None:
    """A plain scan's own pixels when it is placed upright at `dpi`: decoding the image costs a tenth of
    rendering the page (0.02 s against 0.19 s of CPU for grey A4 at 300 dpi, 3-4% of Tesseract's time)
    and skips a resample by a fraction of a pixel. None when it is placed otherwise: render the page."""
    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or objects[0].type != pdfium.raw.FPDF_PAGEOBJ_IMAGE:
        return None  # pdfium sees more than pdfplumber did (an empty clip, a form around the image)
    image = objects[0]
    try:
        a, b, c, d, _, _ = image.get_matrix().get()
        info = image.get_metadata()
        if b or c or a <= 0 or d <= 0 or any(abs(r - dpi) > dpi / 100 for r in (info.horizontal_dpi, info.vertical_dpi)):
            return None
        return image.get_bitmap(render=False).to_pil()
    except pdfium.PdfiumError:  # image data pdfium cannot decode on its own: rendering decides
        return None


def _open_pdfium(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"corrupt PDF: cannot render pages ({exc})") from None


# ---------------------------------------------------------------- images


def _open_image(data: bytes, fmt: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=[fmt])
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


def _extract_image(data: bytes, fmt: str, language: str) -> Extraction:
    with _open_image(data, fmt) as image:
        frames = enumerate(_frames(image, fmt), start=1)
        pages = ocr.ocr_pages(frames, language)
    return Extraction(kind="image", pages=pages, ocr_engine=ocr.engine(), ocr_language=language)
