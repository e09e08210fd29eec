"""Issue 14: a PDF's text layer is checked against its page. Each bad layer is made here, at test time, the way it
happens: a font whose ToUnicode map is shifted by one, a scanner's invisible layer of nonsense over its scan, and
another document's text laid over a scan. The page must be OCR'd and its real words read; good layers stay."""
from __future__ import annotations

import io
import random
import re
import sys
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ingest.lexicon import fold
from ingest.pipeline import Options, process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import render_pages  # noqa: E402

SCAN = ROOT / "samples" / "ledningsgrupp-2021-08-17-scan-1.png"
TRUTH = (ROOT / "eval" / "truth" / "003_062adbd7478ffd8d.txt").read_text(encoding="utf-8")
OTHER = next((ROOT / "eval" / "seeds").glob("000_*.txt"))
WORD = re.compile(r"[^\W\d_]{4,}")


def _words(text: str) -> set[str]:
    return {fold(word) for word in WORD.findall(text)}


def _page_one_truth() -> str:
    """What samples/'s scan-1 prints: page 1 of the truth as make_samples typesets it (10 pt Vera)."""
    buffer = io.BytesIO()
    render_pages.render_text_pdf(TRUTH, buffer, font_size=10)
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        return pdf.pages[0].extract_text()


PAGE_ONE = _page_one_truth()


def _shifted_to_unicode() -> bytes:
    """Page 1 as a text PDF whose font maps every glyph code to the character of the next code: the glyphs
    print right, the text layer reads "Tlpm.!pdi" for "Skol- och"."""
    buffer = io.BytesIO()
    render_pages.render_text_pdf(PAGE_ONE, buffer, font_size=10)
    pdf = pikepdf.open(io.BytesIO(buffer.getvalue()))
    entry = re.compile(rb"<([0-9A-F]{2})> <([0-9A-F]{4})>")
    for font in pdf.pages[0].Resources.Font.values():
        if "/ToUnicode" not in font:
            continue
        cmap = font.ToUnicode.read_bytes()
        target = dict(entry.findall(cmap))
        font.ToUnicode.write(entry.sub(lambda m: b"<%s> <%s>" % (m[1], target.get(b"%02X" % (int(m[1], 16) + 1),
                                                                                     b"0000")), cmap))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def _over_scan(lines: list[str]) -> bytes:
    """The scan as a full A4 page with an invisible text layer (render mode 3, as scanners and OCR tools write
    them) holding `lines`."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    pdf.drawImage(ImageReader(str(SCAN)), 0, 0, width, height)
    layer = pdf.beginText(40, height - 50)
    layer.setTextRenderMode(3)
    layer.setFont("Helvetica", 10)
    for line in lines:
        layer.textLine(line)
    pdf.drawText(layer)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


SPACED_WORDS = 9  # lines this short (headings, labels) keep their spaces: they alone would pass the dictionary


def _spaceless(lines: list[str]) -> bytes:
    """A text PDF that sets the words of its prose lines apart by their positions and writes no space between
    them, as some PDF writers do: the page prints spaced, and its text layer reads "OrdförandenCarlTönsgårdhälsade…"
    where the gap is narrower than pdfplumber's tolerance."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    pdf.setFont("Helvetica", 10)
    for n, line in enumerate(lines):
        x, y = 50.0, height - 60 - 14 * n
        for word in line.split() if len(line.split()) > SPACED_WORDS else [line]:
            pdf.drawString(x, y, word)
            x += stringWidth(word + " ", "Helvetica", 10)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _nonsense() -> list[str]:
    rng = random.Random(14)
    return [" ".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyzåäö") for _ in range(rng.randint(2, 9)))
                     for _ in range(10)) for _ in range(40)]


BAD_LAYERS = {
    "shifted ToUnicode map": (_shifted_to_unicode, r"text layer rejected: \d% of its \d+ words are in the dictionary"),
    "invisible nonsense over a scan": (lambda: _over_scan(_nonsense()),
                                       r"text layer rejected: \d% of its \d+ words are in the dictionary"),
    # a layer that lost the spaces its page prints ("OrdförandenCarlTönsgårdhälsadeallanärvarande…"): its short
    # headings and labels alone would pass the dictionary
    "a text PDF that writes no spaces": (lambda: _spaceless(PAGE_ONE.splitlines()),
                                         r"text layer rejected: only \d+% of the words OCR reads in a strip of the page image are in it"),
    "another document's text over a scan": (
        lambda: _over_scan(OTHER.read_text(encoding="utf-8").splitlines()[:45]),
        r"text layer rejected: only \d+% of the words OCR reads in a strip of the page image are in it"),
}


@pytest.mark.parametrize("case", sorted(BAD_LAYERS))
def test_a_bad_text_layer_is_replaced_by_ocr_of_the_page(case):
    make, reason = BAD_LAYERS[case]
    document = process(make(), "lager.pdf", Options())
    [page] = document.source.page_sources
    assert page.method == "ocr" and re.fullmatch(reason, page.reason), page
    assert document.pipeline.ocr_engine is not None
    read, printed = _words(document.original_text), _words(PAGE_ONE)
    assert len(read & printed) >= 0.95 * len(printed), f"{case}: {len(read & printed)} of {len(printed)} words"
    assert len(read - printed) <= 0.05 * len(read), f"{case}: read {sorted(read - printed)}"


def test_a_text_pdf_keeps_its_text_layer_without_ocr():
    document = process((ROOT / "samples" / "hss-motesanteckningar-text.pdf").read_bytes(), "text.pdf", Options())
    assert [page.method for page in document.source.page_sources] == ["text", "text"]
    assert all(re.fullmatch(r"\d+% of its \d+ words are in the dictionary", page.reason)
               for page in document.source.page_sources), "rated by the dictionary alone: no OCR looked at it"
    assert document.pipeline.ocr_engine is None and document.source.kind == "pdf-text"


def test_visible_text_over_a_background_image_is_believed_without_ocr():
    """A template with a full-page background (a scanned letterhead, paper texture) prints its text layer."""
    background = io.BytesIO()
    Image.new("L", (620, 877), 235).save(background, "PNG")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.drawImage(ImageReader(io.BytesIO(background.getvalue())), 0, 0, *A4)
    y = A4[1] - 60
    for line in OTHER.read_text(encoding="utf-8").splitlines()[:40]:
        pdf.drawString(50, y, line)
        y -= 14
    pdf.showPage()
    pdf.save()
    document = process(buffer.getvalue(), "mall.pdf", Options())
    [page] = document.source.page_sources
    assert page.method == "text" and re.fullmatch(r"\d+% of its \d+ words are in the dictionary", page.reason)


def test_a_scan_with_its_own_invisible_text_keeps_that_text():
    """A sandwich PDF (a scan under the OCR of itself, as OCRmyPDF writes) is checked by a quick OCR of a strip,
    which agrees, so the layer is kept and the page is not read again."""
    document = process(_over_scan(PAGE_ONE.splitlines()), "sandwich.pdf", Options())
    [page] = document.source.page_sources
    assert page.method == "text", page.reason
    assert "of the words OCR reads in a strip of the page image are in it" in page.reason
    assert document.pipeline.ocr_engine is None
    assert _words(document.original_text) == _words(PAGE_ONE)


def test_a_page_in_a_language_the_dictionary_lacks_keeps_its_text_layer():
    """Finnish rates as garbage by the Swedish lexicon, but OCR of the page reads it no better: the exact text
    layer is kept."""
    finnish = ("Hallituksen kokouksen pöytäkirja\n"
               "Aika: tiistaina kello kymmenen. Paikka: kunnantalon valtuustosali.\n"
               "Läsnä olivat puheenjohtaja, varapuheenjohtaja ja jäsenet sekä sihteeri.\n"
               "Kokous todettiin lailliseksi ja päätösvaltaiseksi. Esityslista hyväksyttiin työjärjestykseksi.\n"
               "Päätettiin myöntää avustusta nuorisoseuralle kesäleirin järjestämiseen.\n")
    buffer = io.BytesIO()
    render_pages.render_text_pdf(finnish, buffer, font_size=11)
    document = process(buffer.getvalue(), "suomi.pdf", Options())
    [page] = document.source.page_sources
    assert page.method == "text"
    assert re.fullmatch(r"0% of its \d+ words are in the dictionary, and OCR of the page reads no better \(\d+%\)",
                        page.reason), page.reason
    assert "Hallituksen kokouksen pöytäkirja" in document.original_text
