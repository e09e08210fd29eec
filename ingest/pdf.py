"""PDF pages to text: the text layer where there is one, OCR of the page image where there is not.

Split from `extract` so that reading a plain text file never imports pdfplumber, pdfium or Tesseract's
wrapper: that import alone was most of `minutes repair`'s cold start.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from itertools import islice
from typing import BinaryIO

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfplumber.utils import dedupe_chars
from pdfplumber.utils.exceptions import PdfminerException
from PIL import Image

from . import ocr
from .errors import InputError
from .layout import spaced_lines
from .limits import Limits, check_pages, check_pdf_page, check_pixels, check_text
from .models import Extraction, Page, SourceKind

# A text layer with fewer letters and digits than this is a scan with at most a stamped page number.
MIN_TEXT_CHARS = 20
# Scanned pages read before pdfminer and pdfium are reopened, which drops the objects they keep (see scans()).
# Every 5 pages rather than 25 took 47 MB off a worker reading a 200-page scan (peak 155 -> 108 MB, OCR aside)
# for 0.01 s of CPU a page, 0.2% of Tesseract's; the walk grows with the document, to about 2% at 1000 pages.
REOPEN_SCANS = 5

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
        return_chars=True,
        char_dir=char_dir,
        line_dir=line_dir,
        char_dir_rotated=char_dir,
        line_dir_rotated=line_dir,
        char_dir_render="ltr",  # write the result as ordinary left-to-right lines
        line_dir_render="ttb",
    )
    if char_dir == "ltr":
        for line, text in zip(lines, spaced_lines([_words(line) for line in lines])):
            line["text"] = text
    return ocr.layout_lines([(line["text"], *span(line), None) for line in lines])


def _words(line: dict) -> list[tuple[float, float, float, str]]:
    """(left, right, height, text) of each word of a text line; its glyphs are the line's letters in order."""
    glyphs = iter(line["chars"])
    height = line["bottom"] - line["top"]
    words = []
    for word in line["text"].split():
        first = last = next(glyphs)
        for _ in word[1:]:
            last = next(glyphs)
        words.append((first["x0"], last["x1"], height, word))
    return words


def _negligible(text: str) -> bool:
    """No usable text layer: (almost) no characters, or glyphs without a Unicode mapping ("(cid:12)")."""
    letters = sum(c.isalnum() for c in text)
    return letters < MIN_TEXT_CHARS or text.count("(cid:") * 8 > len(text) / 2


def extract_pdf(stream: BinaryIO, language: str, dpi: int, limits: Limits) -> Extraction:
    """Both readers read `stream` on demand, so a file on disk is never in memory whole. They can share it
    because each seeks before it reads (pdfium for every block, pdfminer for every object), so neither minds
    where the other left the stream; test_pipeline.py reads a PDF whose pages make them take turns.

    Pages are counted, one past the limit at most, before pdfplumber lists them all (15 s for 100,000), and
    each page is measured (`limits.check_pdf_page`) before it is read."""
    try:
        pdf = pdfplumber.open(stream)
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise InputError("encrypted PDF (password required)") from None
        raise InputError(f"corrupt or truncated PDF ({type(cause).__name__}: {cause})") from None
    # Not closed: pdfplumber's close() lists every page (a minute for 100,000), and it leaves the stream open.
    try:
        count = sum(1 for _ in islice(PDFPage.create_pages(pdf.doc), limits.pages + 1))
    except Exception as exc:  # pdfminer raises many types on a broken page tree
        raise InputError(f"corrupt PDF: unreadable page tree ({type(exc).__name__})") from None
    del pdf
    if count == 0:
        raise InputError("PDF has no pages")
    check_pages(count, limits)
    text_bytes = 0
    pages: list[Page] = []

    def scans() -> Iterator[tuple[int, Image.Image]]:
        """Pages with a text layer go to `pages`; the others are rendered, one at a time, for OCR.

        pdfminer and pdfium keep every object they have read until the document is closed, a scan's
        image data too (about 3 MB a scanned page between them), so both are reopened after every
        REOPEN_SCANS scanned pages; pdfminer's objects hold each other in cycles, which only the cycle
        collector frees. Text pages do not count: reopening costs a walk of the page tree, 0.5 s for 1000
        pages."""
        nonlocal text_bytes
        part: pdfplumber.PDF | None = None
        rendered: pdfium.PdfDocument | None = None
        read = 0
        try:
            for index in range(count):
                if part is None:
                    part = pdfplumber.open(stream)
                plumber_page = part.pages[index]
                try:
                    check_pdf_page(plumber_page.page_obj, index + 1, limits)
                    text = _text_layer(plumber_page)
                    scanned = _plain_scan(plumber_page)
                except InputError:
                    raise
                except Exception as exc:  # pdfminer: any parse error inside a damaged content stream
                    raise InputError(f"corrupt PDF: page {index + 1} unreadable ({type(exc).__name__})") from None
                finally:
                    plumber_page.close()
                if not _negligible(text):
                    text_bytes += len(text.encode("utf-8"))
                    check_text(text_bytes, limits)
                    pages.append(Page(number=index + 1, text=text, method="text"))
                    continue
                if rendered is None:
                    rendered = _open_pdfium(stream)
                page = rendered[index]
                width, height = page.get_size()
                check_pixels(round(width * dpi / 72), round(height * dpi / 72), limits,
                             f"page {index + 1} too large to render at {dpi} dpi")
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


def _open_pdfium(stream: BinaryIO) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(stream)
    except pdfium.PdfiumError as exc:
        raise InputError(f"corrupt PDF: cannot render pages ({exc})") from None
