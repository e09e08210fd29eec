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

from . import ocr, textlayer
from .errors import InputError
from .layout import spaced_lines
from .lexicon import load_lexicon
from .limits import Limits, check_pages, check_pdf_page, check_pixels, check_text
from .models import Extraction, Page, SourceKind

# A text layer with fewer letters and digits than this is a scan with at most a stamped page number.
MIN_TEXT_CHARS = 20
# Scanned pages read before pdfminer and pdfium are reopened, which drops the objects they keep (see scans()).
# Every 5 pages rather than 25 took 47 MB off a worker reading a 200-page scan (peak 155 -> 108 MB, OCR aside)
# for 0.01 s of CPU a page, 0.2% of Tesseract's; the walk grows with the document, to about 2% at 1000 pages.
REOPEN_SCANS = 5
# A text layer is checked against a quick OCR of the page (`textlayer`) where it is hidden on a page that an image
# covers this share of, or where its words leave doubt. The sample is the inkiest 1/SAMPLE_PART of the page's
# height at SAMPLE_DPI: Tesseract's time goes with the text it reads, so a strip costs a fifth of the page.
IMAGE_COVER = 0.5
SAMPLE_DPI = 150
SAMPLE_PART = 5

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
    why: dict[int, str] = {}  # an OCR'd page → why its text layer was not used
    rejected: dict[int, tuple[str, textlayer.Rating]] = {}  # a layer rated garbage → kept if OCR reads no better

    def scans() -> Iterator[tuple[int, Image.Image]]:
        """Pages whose text layer passes `textlayer`'s checks go to `pages`; the others are rendered, one at a
        time, for OCR.

        pdfminer and pdfium keep every object they have read until the document is closed, a scan's
        image data too (about 3 MB a scanned page between them), so both are reopened after every
        REOPEN_SCANS rendered pages (read, or only glanced at to check a text layer); pdfminer's objects hold
        each other in cycles, which only the cycle collector frees. Text pages do not count: reopening costs a
        walk of the page tree, 0.5 s for 1000 pages."""
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
                    pictured = _under_image(plumber_page)
                except InputError:
                    raise
                except Exception as exc:  # pdfminer: any parse error inside a damaged content stream
                    raise InputError(f"corrupt PDF: page {index + 1} unreadable ({type(exc).__name__})") from None
                finally:
                    plumber_page.close()
                rating = None
                if not _negligible(text):
                    text_bytes += len(text.encode("utf-8"))
                    check_text(text_bytes, limits)
                    rating = textlayer.rate(text, load_lexicon())
                if rating is not None and rating.verdict == "good" and not pictured:
                    pages.append(Page(number=index + 1, text=text, method="text", reason=rating.reason))
                    continue
                if rendered is None:
                    rendered = _open_pdfium(stream)
                page = rendered[index]
                width, height = page.get_size()
                check_pixels(round(width * dpi / 72), round(height * dpi / 72), limits,
                             f"page {index + 1} too large to render at {dpi} dpi")
                if rating is None:
                    why[index + 1] = "no text layer"
                elif rating.verdict == "garbage":
                    why[index + 1] = f"text layer rejected: {rating.reason}"
                    rejected[index + 1] = (text, rating)
                elif rating.verdict == "good" and not _hidden_text(page):  # printed over a background image
                    pages.append(Page(number=index + 1, text=text, method="text", reason=rating.reason))
                else:
                    glance_dpi = min(SAMPLE_DPI, dpi)  # within the size checked above
                    seen = textlayer.agreement(text, ocr.glance(_sample(page, glance_dpi), language, glance_dpi))
                    if seen is None or seen >= textlayer.AGREEMENT:
                        looked = "the page image shows too little text to compare" if seen is None else \
                            f"{seen:.0%} of the words OCR reads in a strip of the page image are in it"
                        pages.append(Page(number=index + 1, text=text, method="text",
                                          reason=f"{rating.reason}; {looked}"))
                    else:
                        why[index + 1] = (f"text layer rejected: only {seen:.0%} of the words OCR reads in a strip "
                                          "of the page image are in it")
                if index + 1 in why:
                    image = _scan_pixels(page, dpi) if scanned else None
                    if image is None:
                        image = page.render(scale=dpi / 72, grayscale=True).to_pil()
                        image.info["dpi"] = (dpi, dpi)
                    yield index + 1, image
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

    for page in ocr.ocr_pages(scans(), language):  # each image at its own dpi: a coarse scan is read as scanned
        pages.append(_better_reading(page, why[page.number], rejected.get(page.number)))
    pages.sort(key=lambda page: page.number)
    methods = {page.method for page in pages}
    kind: SourceKind = "pdf-text" if methods == {"text"} else "pdf-scan" if methods == {"ocr"} else "pdf-mixed"
    if "ocr" in methods:
        return Extraction(kind=kind, pages=pages, ocr_engine=ocr.engine(), ocr_language=language)
    return Extraction(kind=kind, pages=pages)


def _better_reading(page: Page, why: str, layer: tuple[str, textlayer.Rating] | None) -> Page:
    """The OCR'd page with why its text layer was not used; or, for a layer rated garbage, that layer again
    unless OCR reads more dictionary words, and at least GARBAGE_WORDS of them: a page in a language the lexicon
    does not know is no reason to trade its exact text for OCR of it."""
    if layer is not None:
        text, rating = layer
        _, known = textlayer.words_known(page.text, load_lexicon())
        if known <= rating.known or known < textlayer.GARBAGE_WORDS:
            return Page(number=page.number, text=text, method="text",
                        reason=f"{rating.reason}, and OCR of the page reads no better ({known:.0%})")
    return page.model_copy(update={"reason": why})


def _covers(box: tuple[float, float, float, float], width: float, height: float) -> bool:
    """The box (x0, y0, x1, y1 in either direction of y), clipped to the page, covers IMAGE_COVER of it."""
    x0, y0, x1, y1 = box
    return max(0, min(x1, width) - max(x0, 0)) * max(0, min(y1, height) - max(y0, 0)) >= IMAGE_COVER * width * height


def _under_image(page) -> bool:
    """An image covers IMAGE_COVER of the page: text on it may be an invisible layer over a scan."""
    return any(_covers((image["x0"], image["top"], image["x1"], image["bottom"]), page.width, page.height)
               for image in page.images)


def _hidden_text(page: pdfium.PdfPage) -> bool:
    """Text a reader of the page does not see: drawn invisible (render mode 3, as scanners and OCR tools write
    their layer) or covered by an image drawn after it. Visible text over a background image (a letterhead
    scanned into a template) is what the page prints, and needs no OCR to be believed."""
    width, height = page.get_size()
    texts = False
    for obj in page.get_objects():
        if obj.type == pdfium.raw.FPDF_PAGEOBJ_TEXT:
            if pdfium.raw.FPDFTextObj_GetTextRenderMode(obj.raw) == pdfium.raw.FPDF_TEXTRENDERMODE_INVISIBLE:
                return True
            texts = True
        elif obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE and texts and _covers(obj.get_bounds(), width, height):
            return True
    return False


def _sample(page: pdfium.PdfPage, dpi: int) -> Image.Image:
    """The band of the page, 1/SAMPLE_PART of its height at `dpi`, that holds the most ink: text, where the page
    has any."""
    image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    rows = image.resize((1, image.height), Image.Resampling.BOX).tobytes()  # each row's mean grey
    band = max(1, image.height // SAMPLE_PART)
    ink = [0]
    for value in rows:
        ink.append(ink[-1] + 255 - value)
    top = max(range(image.height - band + 1), key=lambda y: ink[y + band] - ink[y])
    return image.crop((0, top, image.width, top + band))


def _plain_scan(page) -> bool:
    """The page is nothing but one black-and-white, grey or colour image, unmasked, covering it: what a scanner
    writes (black-and-white most often as one bit a dot, CCITT or JBIG2)."""
    if set(page.objects) != {"image"} or len(page.images) != 1 or page.rotation % 360:
        return False
    image = page.images[0]
    edges = (image["x0"], image["top"], page.width - image["x1"], page.height - image["bottom"])
    return (image["bits"] in (1, 8) and not image["imagemask"] and not {"SMask", "Mask", "Decode"} & set(image["stream"].attrs)
            and all(abs(edge) < 1 for edge in edges))


def _scan_pixels(page: pdfium.PdfPage, dpi: int) -> Image.Image | None:
    """A plain scan's own pixels, with their dpi, when it is placed upright at `dpi` or coarser: decoding the image
    costs a tenth of rendering the page (0.02 s against 0.19 s of CPU for grey A4 at 300 dpi, 3-4% of Tesseract's
    time), and a coarse office scan (200 dpi) is read as scanned, cleared of its specks, where rendering it at `dpi`
    would enlarge the specks into marks Tesseract reads as letters. None when it is placed otherwise or finer:
    render the page."""
    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or objects[0].type != pdfium.raw.FPDF_PAGEOBJ_IMAGE:
        return None  # pdfium sees more than pdfplumber did (an empty clip, a form around the image)
    image = objects[0]
    try:
        a, b, c, d, _, _ = image.get_matrix().get()
        info = image.get_metadata()
        own = info.horizontal_dpi
        if b or c or a <= 0 or d <= 0 or abs(info.vertical_dpi - own) > own / 100 or not (
                ocr.MIN_STATED_DPI <= own <= dpi * 1.01):
            return None
        pixels = image.get_bitmap(render=False).to_pil()
        pixels.info["dpi"] = (round(own),) * 2
        return pixels
    except pdfium.PdfiumError:  # image data pdfium cannot decode on its own: rendering decides
        return None


def _open_pdfium(stream: BinaryIO) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(stream)
    except pdfium.PdfiumError as exc:
        raise InputError(f"corrupt PDF: cannot render pages ({exc})") from None
