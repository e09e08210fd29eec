"""An OCRmyPDF OCR-engine plugin that reads nothing: it hands OCRmyPDF the words minutes already read and
repaired, so the PDF's text layer is minutes' repaired text at the boxes the words were read from.

OCRmyPDF gives the engine each page it would OCR as an image; the engine only takes that image's size, to put
the words' boxes (fractions of the page, `ingest/placed.py`) in its pixels. The words come in the options'
`minutes_pages`: per page of the file, its lines, each a list of (text, confidence, box), grouped in paragraphs.
Loaded by `ingest/pdfa.py` alone, which is why it may import OCRmyPDF at the top.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import ocrmypdf
import pikepdf
from fontTools.ttLib import TTFont
from ocrmypdf import hookimpl
from ocrmypdf.builtin_plugins.tesseract_ocr import TesseractOptions
from ocrmypdf.hocrtransform import Baseline, BoundingBox, OcrClass, OcrElement
from ocrmypdf.pluginspec import OcrEngine, OrientationConfidence
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from ingest import __version__

PAGE_KEY = "minutes-page"
"""The text chunk of a blank page image that names its page (0-based) to `get_orientation`."""
Word = tuple[str, float, tuple[float, float, float, float]]
Layer = list[list[list[list[Word]]]]
"""Pages → paragraphs → lines → words."""


class RepairedWords(OcrEngine):
    @staticmethod
    def version() -> str:
        return __version__

    @staticmethod
    def creator_tag(options) -> str:
        return f"minutes {__version__}"

    def __str__(self) -> str:
        return f"minutes {__version__}"

    @staticmethod
    def languages(options) -> set[str]:
        return set(options.languages)

    @staticmethod
    def get_orientation(input_file: Path, options) -> OrientationConfidence:
        """The turn minutes' OCR gave the page (Tesseract's OSD, `Page.rotation`), so that OCRmyPDF turns the
        page upright with the words: a page scanned sideways gets its text layer the right way round. The page
        is known from the blank preview `rasterize_pdf_page` drew, which carries its number."""
        with Image.open(input_file) as image:
            page = int(image.info.get(PAGE_KEY, 0))
        rotations: list[int] = options.extra_attrs["minutes_rotations"]
        angle = rotations[page] if page < len(rotations) else 0
        return OrientationConfidence(angle=angle, confidence=100.0 if angle else 0.0)

    @staticmethod
    def supports_generate_ocr() -> bool:
        return True

    @staticmethod
    def generate_ocr(input_file: Path, options, page_number: int = 0) -> tuple[OcrElement, str]:
        with Image.open(input_file) as image:  # the header only: no pixel is decoded
            width, height = image.size
            dpi = image.info.get("dpi", (72, 72))[0]
        pages: Layer = options.extra_attrs["minutes_pages"]
        paragraphs = pages[page_number] if page_number < len(pages) else []
        page = OcrElement(ocr_class=OcrClass.PAGE, bbox=BoundingBox(0, 0, width, height), dpi=float(dpi),
                          page_number=page_number)
        page.children = [_line(line, width, height) for paragraph in paragraphs for line in paragraph]
        text = "\n\n".join("\n".join(" ".join(word[0] for word in line) for line in paragraph)
                           for paragraph in paragraphs)
        return page, text

    @staticmethod
    def generate_hocr(input_file: Path, output_hocr: Path, output_text: Path, options) -> None:
        raise NotImplementedError("minutes hands OCRmyPDF its words through generate_ocr")

    @staticmethod
    def generate_pdf(input_file: Path, output_pdf: Path, output_text: Path, options) -> None:
        raise NotImplementedError("minutes hands OCRmyPDF its words through generate_ocr")


def _line(words: list[Word], width: int, height: int) -> OcrElement:
    """A line of words, each laid as a line of its own: OCRmyPDF sizes text by its line's box, so a word sized
    by its own box is found where it was read (a short word such as "och" is not stretched to the height of its
    line's capitals and descenders). The box is taken down from its top by the font's descent and the baseline
    put that far above its foot, because a PDF reader takes a word to reach from the descent below its baseline
    up one font size."""
    descent = _descent()
    children = []
    for text, confidence, box in words:
        bbox = BoundingBox(box[0] * width, box[1] * height, box[2] * width, box[3] * height)
        below = descent * bbox.height
        word = OcrElement(ocr_class=OcrClass.WORD, text=text, confidence=confidence / 100, bbox=bbox)
        children.append(OcrElement(ocr_class=OcrClass.LINE, baseline=Baseline(0.0, -below), children=[word],
                                   bbox=BoundingBox(bbox.left, bbox.top - below, bbox.right, bbox.bottom)))
    return OcrElement(ocr_class=OcrClass.PARAGRAPH, bbox=_union(children), children=children)


@cache
def _descent() -> float:
    """Of OCRmyPDF's text font (the one its renderer measures lines with), per unit of font size."""
    font = TTFont(Path(ocrmypdf.__file__).parent / "data" / "NotoSans-Regular.ttf", lazy=True)
    return -font["hhea"].descent / font["head"].unitsPerEm


def _union(elements: list[OcrElement]) -> BoundingBox:
    boxes = [element.bbox for element in elements]
    return BoundingBox(min(b.left for b in boxes), min(b.top for b in boxes), max(b.right for b in boxes),
                       max(b.bottom for b in boxes))


@hookimpl
def initialize(plugin_manager) -> None:
    """OCRmyPDF's Tesseract plugin is not needed: it would only ask the `tesseract` program its version, three
    times for every file (a sixth of what a PDF costs), and need it installed where minutes reads through
    tesserocr."""
    plugin_manager.set_blocked("ocrmypdf.builtin_plugins.tesseract_ocr")


@hookimpl
def register_options():
    """The Tesseract plugin's settings, which OCRmyPDF's checks read whichever engine reads."""
    return {"tesseract": TesseractOptions}


@hookimpl
def get_ocr_engine(options) -> OcrEngine:
    return RepairedWords()


@hookimpl
def rasterize_pdf_page(input_file: Path, output_file: Path, raster_dpi, pageno: int, page_dpi, rotation,
                       use_cropbox: bool, **_) -> Path:
    """A blank canvas of the size the page would render to: the engine reads no pixel, and rendering a
    300-dpi page would cost a tenth of the OCR that minutes has already done."""
    with pikepdf.Pdf.open(input_file) as pdf:
        page = pdf.pages[pageno - 1]
        box = page.cropbox if use_cropbox else page.mediabox
    width = round(abs(float(box[2]) - float(box[0])) * raster_dpi.x / 72.0)
    height = round(abs(float(box[3]) - float(box[1])) * raster_dpi.y / 72.0)
    if rotation and rotation % 180 == 90:
        width, height = height, width
    dpi = page_dpi or raster_dpi
    info = PngInfo()
    info.add_text(PAGE_KEY, str(pageno - 1))
    Image.new("1", (width, height), 1).save(output_file, format="PNG", dpi=(float(dpi.x), float(dpi.y)),
                                            pnginfo=info)
    return output_file
