"""extract() on real files of every kind (made by scripts/render_pages.py or shipped in samples/), read
by the real Tesseract; and every kind of bad input refused with one clear reason."""
import functools
import io
import os
import re
import struct
import sys
import zlib
from collections import defaultdict
from pathlib import Path

import pikepdf
import pytesseract
import pytest
import tesserocr
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas

from ingest import ocr
from ingest.errors import InputError
from ingest.extract import extract
from ingest.layout import cells
from ingest.normalize import normalize
from ingest.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT / "scripts"))
import make_samples  # noqa: E402
import render_pages  # noqa: E402

# Short pages OCR in about a second; 20+ words keep them above the threshold that triggers OSD.
PAGE_ONE = (
    "Protokoll från barn- och utbildningsnämnden\n"
    "Närvarande: Åsa Öberg, Märta Ångström och Björn Sjöström\n"
    "§ 12 Beslut om förskolans öppettider under sommaren\n"
    "Nämnden beslutar att godkänna förvaltningens förslag."
)
PAGE_TWO = (
    "§ 13 Information om skolans ekonomi\n"
    "Förvaltningschefen redogör för utfallet efter första halvåret.\n"
    "Nämnden tackar för informationen och lägger den till handlingarna."
)
TRUTH_003 = (ROOT / "eval" / "truth" / "003_062adbd7478ffd8d.txt").read_text(encoding="utf-8")


def _pdf_bytes(text: str) -> bytes:
    buffer = io.BytesIO()
    render_pages.render_text_pdf(text, buffer)
    return buffer.getvalue()


def _image_pdf_bytes(images: list[Image.Image]) -> bytes:
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=300, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def _image_bytes(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def scans() -> list[Image.Image]:
    return render_pages.text_to_scans(f"{PAGE_ONE}\f{PAGE_TWO}", seed=7)


def _flat(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- text files

SWEDISH = "Föredragande: Åsa Öberg\nMötet i Skåne beslöt att ändra §\u00a05.\n"
SWEDISH_CP1252 = SWEDISH + "Ärendet – ”Backa barnen” • klart\n"


@pytest.mark.parametrize(
    ("text", "encoding", "bom"),
    [
        (SWEDISH_CP1252, "utf-8", b""),
        (SWEDISH_CP1252, "utf-8", b"\xef\xbb\xbf"),
        (SWEDISH_CP1252, "utf-16-le", b"\xff\xfe"),
        (SWEDISH_CP1252, "utf-16-be", b"\xfe\xff"),
        (SWEDISH_CP1252, "cp1252", b""),
        (SWEDISH, "latin-1", b""),
        ("Hej på dig\n", "cp1252", b""),
        ("ÅÄÖ åäö\n", "latin-1", b""),
        (TRUTH_003, "cp1252", b""),
        ("Beslut om en för-\nstudie\n\uf0b7\tpunkt ett\n", "utf-8", b""),  # Word's private-use bullet in UTF-8
    ],
)
def test_text_encodings_detected(text, encoding, bom):
    extraction = extract(bom + text.encode(encoding), "minutes.txt")
    assert extraction.kind == "text"
    assert [p.text for p in extraction.pages] == [text]
    assert extraction.pages[0].method == "text" and extraction.ocr_engine is None


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_not_refused_as_binary(encoding):
    extraction = extract(SWEDISH_CP1252.encode(encoding), "minutes.txt")
    assert extraction.kind == "text"
    assert [p.text for p in extraction.pages] == [SWEDISH_CP1252]


def _corrupt_jpegs() -> dict[str, bytes]:
    """A real JPEG page, then the same header with its compressed data cut short or replaced by garbage."""
    import random

    whole = _image_bytes(Image.open(SAMPLES / "ledningsgrupp-2021-08-17-scan-1.png"), "JPEG", quality=80)
    scan = whole.index(b"\xff\xda") + 2 + int.from_bytes(whole[whole.index(b"\xff\xda") + 2:][:2], "big")
    body = len(whole) - scan - 2
    garbage = bytes(byte for byte in random.Random(14).randbytes(body) if byte != 0xFF)  # no marker inside
    return {
        "cut, with an end marker": whole[: scan + body // 3] + b"\xff\xd9",
        "garbage": whole[:scan] + garbage + b"\xff\xd9",
        "zeros": whole[:scan] + bytes(body) + b"\xff\xd9",
    }


@pytest.mark.parametrize("damage", ["cut, with an end marker", "garbage", "zeros"])
def test_corrupt_jpeg_data_is_an_error_not_a_blank_page(damage):
    """Pillow decodes each of these to a grey or noisy page without a word of complaint."""
    with pytest.raises(InputError, match=r"^corrupt JPEG image \(corrupt jpeg data: "):
        extract(_corrupt_jpegs()[damage], "scan.jpg")


def test_text_form_feed_separates_pages():
    extraction = extract("Sida ett\fSida två\f".encode(), "a.txt")
    assert [(p.number, p.text) for p in extraction.pages] == [(1, "Sida ett"), (2, "Sida två"), (3, "")]


def test_old_ocr_sample():
    extraction = extract((SAMPLES / "ledningsgrupp-2021-08-17-old-ocr.txt").read_bytes(), "old.txt")
    assert extraction.kind == "text"
    assert "Helsingborgs stads skolors ledningsgrupp" in extraction.pages[0].text
    assert "Hjelmstr\u00e9om" in extraction.pages[0].text  # the old OCR's damage is kept for repair


# ---------------------------------------------------------------- PDFs


def test_text_layer_pdf_sample():
    data = (SAMPLES / "hss-motesanteckningar-text.pdf").read_bytes()
    extraction = extract(data, "notes.pdf")
    assert extraction.kind == "pdf-text" and extraction.ocr_engine is None
    assert [p.number for p in extraction.pages] == list(range(1, len(extraction.pages) + 1))
    assert len(extraction.pages) == len(pikepdf.open(io.BytesIO(data)).pages) >= 2
    first = extraction.pages[0].text.split("\n")
    assert first[:4] == ["Mötesanteckningar", "", "Information", ""]
    assert "1. Uppdrag i VP, lägesbeskrivning" in first
    assert "\uf0b7 Varianter har utvecklats" in first  # Word's bullet survives extraction ...
    assert "• Varianter har utvecklats" in normalize(extraction).pages[0].text.split("\n")  # ... until normalize
    assert extract(data, "notes.pdf") == extraction  # deterministic


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_text_layer_of_a_turned_pdf_page_reads_along_the_text(rotate):
    pdf = pikepdf.open(io.BytesIO(_pdf_bytes(PAGE_ONE + "\n\n" + PAGE_TWO)))
    pdf.pages[0].Rotate = rotate
    buffer = io.BytesIO()
    pdf.save(buffer)
    assert extract(buffer.getvalue(), "turned.pdf").pages[0].text == PAGE_ONE + "\n\n" + PAGE_TWO


def test_fake_bold_counts_once():
    """Some generators print a heading twice, a hair apart, to make it bold."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("Helvetica", 12)
    for shift in (0, 0.3):
        pdf.drawString(72 + shift, 700, "Beslut om budget")
    pdf.drawString(72, 680, "Nämnden beslutar att godkänna förslaget till budget för året 2022.")
    pdf.save()
    extraction = extract(buffer.getvalue(), "bold.pdf")
    assert extraction.pages[0].text == "Beslut om budget\nNämnden beslutar att godkänna förslaget till budget för året 2022."


def test_image_only_pdf_is_ocrd(scans):
    extraction = extract(_image_pdf_bytes(scans[:1]), "scan.pdf")
    assert extraction.kind == "pdf-scan"
    assert extraction.ocr_engine.startswith("tesseract ") and extraction.ocr_language == "swe"
    page = extraction.pages[0]
    assert page.method == "ocr" and page.rotation == 0
    assert "Närvarande: Åsa Öberg, Märta Ångström och Björn Sjöström" in page.text
    assert page.words and all(0 <= w.confidence <= 100 for w in page.words)


def test_mixed_pdf_reads_each_page_its_own_way(scans):
    mixed = pikepdf.new()
    for part in (_pdf_bytes(PAGE_ONE), _image_pdf_bytes(scans[1:2])):
        mixed.pages.extend(pikepdf.open(io.BytesIO(part)).pages)
    buffer = io.BytesIO()
    mixed.save(buffer)
    extraction = extract(buffer.getvalue(), "mixed.pdf")
    assert extraction.kind == "pdf-mixed"
    assert [p.method for p in extraction.pages] == ["text", "ocr"]
    assert extraction.pages[0].text == PAGE_ONE
    assert "Förvaltningschefen redogör för utfallet efter första halvåret." in extraction.pages[1].text


# ---------------------------------------------------------------- images


def test_png_sample_page_one():
    extraction = extract((SAMPLES / "ledningsgrupp-2021-08-17-scan-1.png").read_bytes(), "scan.png")
    assert extraction.kind == "image" and len(extraction.pages) == 1
    page = extraction.pages[0]
    lines = page.text.split("\n")
    assert "Helsingborgs stads skolors ledningsgrupp" in lines
    assert "Plats: Fredriksdals Museum och trädgårdar" in lines
    assert "Föredragande" in page.text
    assert lines[lines.index("Information") - 1] == ""  # paragraph spacing becomes a blank line
    assert sum(w.confidence for w in page.words) / len(page.words) > 80


def test_jpeg_deterministic(scans):
    data = _image_bytes(scans[0], "JPEG", quality=80, dpi=(300, 300))
    first = extract(data, "photo.jpg")
    assert first.kind == "image"
    assert "12 Beslut om förskolans öppettider under sommaren" in first.pages[0].text  # "§" may read as "$"
    assert extract(data, "photo.jpg").model_dump_json() == first.model_dump_json()


def test_multipage_tiff_is_one_document(scans):
    bilevel = [s.point(lambda v: 255 if v > 128 else 0).convert("1") for s in scans]
    data = _image_bytes(bilevel[0], "TIFF", compression="group4", save_all=True, append_images=bilevel[1:])
    extraction = extract(data, "scan.tif")
    assert [p.number for p in extraction.pages] == [1, 2]
    assert "Nämnden beslutar att godkänna förvaltningens förslag." in extraction.pages[0].text
    assert "Nämnden tackar för informationen och lägger den till handlingarna." in extraction.pages[1].text


def test_sixteen_bit_grey_png(scans):
    deep = scans[1].convert("I").point(lambda v: v * 257).convert("I;16")
    extraction = extract(_image_bytes(deep, "PNG"), "archival.png")
    assert "Förvaltningschefen redogör för utfallet efter första halvåret." in extraction.pages[0].text


@pytest.fixture(params=["library", "program"])
def tesseract_engine(request, monkeypatch) -> str:
    """Each way of running Tesseract: tesserocr in this process (the default), or the installed program."""
    monkeypatch.setenv(ocr.ENGINE_SETTING, request.param)
    return request.param


@pytest.mark.parametrize("turned", [90, 180, 270])
def test_turned_page_is_read_upright(turned, tesseract_engine):
    prose = "\n".join(TRUTH_003.split("\n")[27:35])
    page = render_pages.text_to_scans(prose, seed=11)[0].rotate(turned, expand=True)
    result = extract(_image_bytes(page, "PNG"), "turned.png").pages[0]
    assert result.rotation == (360 - turned) % 360
    assert "samarbetet mellan förvaltningar och myndigheter kring tidiga insatser för barn" in _flat(result.text)


@functools.lru_cache(maxsize=1)
def _level_page() -> tuple[Image.Image, int]:
    prose = "\n".join(TRUTH_003.split("\n")[27:35])
    page = render_pages.text_to_scans(prose, seed=11)[0].convert("L")
    return page, len(extract(_image_bytes(page, "PNG"), "level.png").pages[0].words)


@pytest.mark.parametrize("lean", [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5])
def test_a_skewed_scan_is_levelled_before_it_is_read(lean):
    """Tesseract reads a page turned 3° clockwise as a third of its words, with high confidence: a page that
    leans is levelled and read again, and the angle is on the page."""
    page, level_words = _level_page()
    skewed = page.rotate(lean, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    result = extract(_image_bytes(skewed, "PNG"), "skewed.png").pages[0]
    assert len(result.words) >= 0.95 * level_words
    assert "samarbetet mellan förvaltningar och myndigheter kring tidiga insatser för barn" in _flat(result.text)
    if abs(lean) >= 2:
        assert result.skew == pytest.approx(-lean, abs=0.5)  # a lean under ocr.SKEW_MIN is left


@pytest.mark.parametrize("seed", [4, 6])
def test_a_page_lit_unevenly_is_read_again_on_even_paper(seed):
    """A 200-dpi office scan lit unevenly (a darker edge), speckled and stored as strong JPEG
    (`scripts/scanner_probes.py`): Tesseract's one grey level for the page cut its paper apart and read a third of
    the words; the page is read again with its paper made even, and all of them are read."""
    from scripts import scanner_probes

    prose = "\n".join(TRUTH_003.split("\n")[27:35])
    clean = render_pages.pdf_to_images(_pdf_bytes(prose), dpi=scanner_probes.DPI)[0]
    scanned = scanner_probes.grey_scan(clean, seed)
    result = extract(_image_bytes(scanned, "PNG", dpi=(scanner_probes.DPI,) * 2), "uneven.png").pages[0]
    assert len(result.words) >= 0.95 * _level_page()[1]
    assert "samarbetet mellan förvaltningar och myndigheter kring tidiga insatser för barn" in _flat(result.text)


@pytest.mark.parametrize("seed", [3, 8])
def test_light_ink_on_a_page_lit_unevenly_is_read_on_even_paper(seed, monkeypatch):
    """The same office scan of a page in a typewriter face, whose thin strokes blur to a light grey no darker than
    the dim edge's paper: Tesseract's one grey level parted dim paper from bright and lost words at that edge (7-13
    words wrong of 63) while the ink its words held stayed high (0.89-1.0), so the ink check did not call for the
    reading on even paper. The page's own grey level, cutting into its paper, does."""
    from rapidfuzz.distance import Levenshtein
    from reportlab.pdfbase import pdfmetrics

    from scripts import scanner_probes

    prose = "\n".join(TRUTH_003.split("\n")[27:35])
    pdfmetrics.getFont("Courier")  # registers the standard face
    monkeypatch.setattr(render_pages, "FONT_NAME", "Courier")
    clean = render_pages.pdf_to_images(_pdf_bytes(prose), dpi=scanner_probes.DPI)[0]
    scanned = scanner_probes.grey_scan(clean, seed)
    result = extract(_image_bytes(scanned, "PNG", dpi=(scanner_probes.DPI,) * 2), "typewriter.png").pages[0]
    assert Levenshtein.distance(re.findall(r"\w+", result.text), re.findall(r"\w+", prose)) <= 3


def test_a_clean_page_is_not_read_again_on_even_paper():
    """A clean render's paper is white everywhere, above any grey level Otsu's method can choose for it."""
    page, _ = _level_page()
    assert not ocr._paper_cut(page)
    assert not ocr._paper_cut(render_pages.pdf_to_images(_pdf_bytes(TRUTH_003), dpi=300)[0].convert("L"))


def test_a_sign_boxed_with_the_word_before_it_is_read_again_with_its_line(monkeypatch):
    """On an unevenly lit office scan Tesseract read a heading's "RSAU § 118" as "RSAU 118", the "§" left out of the
    text but inside the box of "RSAU"; with the sign the item was lost. Here that reading is made from a clean one
    (the sign's word taken out, the word before it boxed over it): the box holds a blank a space wide with ink
    beyond it, so the line is read again alone and the sign comes back, every word read before kept."""
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.getFont("Times-Roman")  # registers the standard face
    monkeypatch.setattr(render_pages, "FONT_NAME", "Times-Roman")
    page = ocr._prepare(render_pages.pdf_to_images(_pdf_bytes("NS § 118 Val av justerare"), dpi=200)[0].convert("L"))
    data = ocr._data(page, "swe", 200)
    sign = next(i for i in ocr._words(data) if data["text"][i] in ("§", "$"))
    before = sign - 1
    data["width"][before] = data["left"][sign] + data["width"][sign] - data["left"][before]
    data = {column: values[:sign] + values[sign + 1:] for column, values in data.items()}
    again = ocr._reread_gapped_lines(data, page, "swe", 200)
    assert [again["text"][i] for i in ocr._words(again)] in (["NS", sign, "118", "Val", "av", "justerare"]
                                                              for sign in "§$")
    # a word the line read alone adds outside the box that holds the gap is not the mark's ("|" and "." read off a
    # rule or a speck further along a line on the face probes): the line stays as it was
    number = next(i for i in ocr._words(data) if data["text"][i] == "118")
    unread = {column: values[:number] + values[number + 1:] for column, values in data.items()}
    assert ocr._reread_gapped_lines(unread, page, "swe", 200) == unread


def test_a_dot_of_noise_read_as_a_rule_is_left_out_of_the_lines_text():
    """A dev document set as templates set their sections, in a left column beside the text (the side-heading
    probes), scanned grey as the corpus scans: Tesseract read two dots of noise 3 pixels square as "|", surely, one
    at the end of a line after a column gap ("dagordningen.        |"); in the text that rule opened a table's cell
    and the next five items ("$ 123 …" to "$ 127 …") were read as its rows. A rule is as tall as its line: such dots
    stay among the page's words and leave the text."""
    import zlib

    from scripts import side_heading_probes
    from scripts.make_devsets import scans
    from scripts.make_minutes_corpus import FACES
    from scripts.probe_cli import dev_docs

    name = "kungsbacka-individ-familjeomsorg-2024-10-17"
    seed = zlib.crc32(name.encode()) + side_heading_probes.SEED_SHIFT
    pages = scans(side_heading_probes.probe_text(dev_docs()[name].expected), seed, FACES[seed % len(FACES)])
    text, words, _ = ocr._parse(ocr._data(ocr._prepare(pages[0]), "swe", 300))
    dots = [w for w in words if w.text == "|"]
    assert dots and all(w.box[3] - w.box[1] < 10 for w in dots)
    assert "|" not in text
    assert [i.number for i in segment(text).items][:2] == ["§ 122", "§ 123"]


def _case_slashes(readings: list[dict[str, list]], sign: str) -> int:
    return sum(sign in d["text"][i] for d in readings for i in ocr._words(d) if re.match(r"20\d\d", d["text"][i]))


def test_a_case_numbers_slash_a_black_and_white_scan_thinned_away_is_read_again():
    """Case numbers set in Times and scanned black-and-white at 200 dpi, as `make_devsets` scans the corpus: the
    threshold leaves each slash a pixel or two wide, and Tesseract read 17 of 40 "2025/288" as "2025-288", "2023:287"
    or "202010" (the case-number probes' "2025-288" throughout a document). Each crop read again with its strokes
    thickened or softened gives back most of them, the digits unchanged; printed dashes stay dashes."""
    from scripts.make_devsets import BW_DPI, bilevel, scans

    for sign in "/-":
        text = "\n".join(f"§ {k + 1}  Dnr {2020 + k % 6}{sign}{k * 37 % 500 + 10}\nAnsökan om bygglov\n"
                         for k in range(40))
        pages = [ocr._prepare(bilevel(grey)) for grey in scans(text, 8, "Times-Roman")]
        read = [ocr._data(page, "swe", BW_DPI) for page in pages]
        again = [ocr._reread_case_slashes(data, page, "swe", BW_DPI) for data, page in zip(read, pages)]
        if sign == "/":
            assert _case_slashes(read, "/") <= 30  # the scan lost them
            assert _case_slashes(again, "/") >= _case_slashes(read, "/") + 8
            assert [re.sub(r"\D", "", " ".join(d["text"])) for d in again] == \
                [re.sub(r"\D", "", " ".join(d["text"])) for d in read]
        else:
            assert _case_slashes(again, "/") == 0 and _case_slashes(again, "-") == _case_slashes(read, "-") == 40


@pytest.mark.parametrize("kind, seed", [("grey", 4), ("grey", 6), ("bw", 2), ("bw", 6)])
def test_a_coarse_speckled_scan_is_cleared_of_specks_before_it_is_read(kind, seed):
    """A 200-dpi office scan speckled with dust and dropout and stored as strong JPEG, grey or black-and-white
    (`scripts/scanner_probes.py`): Tesseract read specks beside the words as letters and words of their own ("kömmun",
    "UN", "Fa"; 8-12 words wrong of 63 in black-and-white); cleared of specks first, it reads the prose."""
    from rapidfuzz.distance import Levenshtein

    from scripts import scanner_probes

    prose = "\n".join(TRUTH_003.split("\n")[27:35])
    clean = render_pages.pdf_to_images(_pdf_bytes(prose), dpi=scanner_probes.DPI)[0]
    scanned = scanner_probes.grey_scan(clean, seed)
    if kind == "bw":
        scanned = scanner_probes.bw_scan(scanned, seed)
    result = extract(_image_bytes(scanned, "PNG", dpi=(scanner_probes.DPI,) * 2), "speckled.png").pages[0]
    assert Levenshtein.distance(re.findall(r"\w+", result.text), re.findall(r"\w+", prose)) <= 3


@pytest.mark.parametrize("kind, seed", [("grey", 4), ("bw", 2)])
def test_a_coarse_scan_in_a_pdf_is_read_at_its_own_dpi(kind, seed):
    """The same 200-dpi speckled office scan, delivered as an image PDF as scanners deliver them: the page was drawn
    at 300 dpi, which enlarged its specks into marks Tesseract read as letters, and the specks were never cleared
    (a coarse scan's own pixels were taken only at exactly 300 dpi). It is read from its own pixels at 200 dpi."""
    from rapidfuzz.distance import Levenshtein

    from scripts import scanner_probes

    prose = "\n".join(TRUTH_003.split("\n")[27:35])
    clean = render_pages.pdf_to_images(_pdf_bytes(prose), dpi=scanner_probes.DPI)[0]
    scanned = scanner_probes.grey_scan(clean, seed)
    if kind == "bw":
        scanned = scanner_probes.bw_scan(scanned, seed)
    result = extract(_image_bytes(scanned, "PDF", resolution=scanner_probes.DPI), "speckled.pdf").pages[0]
    assert result.size == scanned.size  # its own pixels, not a page drawn at 300 dpi
    assert Levenshtein.distance(re.findall(r"\w+", result.text), re.findall(r"\w+", prose)) <= 3


def test_tesseract_missing_is_an_installation_error(monkeypatch, tesseract_engine):
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    monkeypatch.setattr(ocr, "_idle", defaultdict(list))  # no model loaded yet: the data must be found
    with pytest.raises(RuntimeError, match="tesseract not found"):
        ocr.ocr_page(Image.new("L", (100, 100), 255))


def test_missing_language_data_is_named(tesseract_engine):
    with pytest.raises(RuntimeError, match="language data 'xyz' not installed"):
        ocr.ocr_page(Image.new("L", (100, 100), 255), language="xyz")


def test_both_engines_read_grey_and_bilevel_pages(scans, tesseract_engine):
    bilevel = scans[0].point(lambda v: 255 if v > 128 else 0).convert("1")
    pages = ocr.ocr_pages([(1, scans[0]), (2, bilevel)], dpi=300)
    for page in pages:
        assert "Närvarande: Åsa Öberg, Märta Ångström och Björn Sjöström" in page.text
        assert sum(w.confidence for w in page.words) / len(page.words) > 85
    library = tesseract_engine == "library"
    version = tesserocr.tesseract_version().split()[1] if library else str(pytesseract.get_tesseract_version())
    assert ocr.engine() == f"tesseract {version}"


def test_models_are_loaded_once_per_process_not_per_page(scans, monkeypatch):
    monkeypatch.setenv(ocr.ENGINE_SETTING, "library")
    monkeypatch.setattr(ocr, "_idle", defaultdict(list))
    for _ in range(2):  # two documents of three pages
        ocr.ocr_pages([(n, scans[n % 2]) for n in range(1, 4)], dpi=300)
    loaded = ocr._idle["swe"]
    assert 1 <= len(loaded) <= len(os.sched_getaffinity(0))
    first = list(loaded)
    ocr.ocr_page(scans[0], dpi=300)
    assert ocr._idle["swe"][-1] in first


# ---------------------------------------------------------------- bad input


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares a huge canvas in a few bytes: the shape of a decompression bomb."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"")) + _chunk(b"IEND", b"")


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _encrypted_pdf() -> bytes:
    buffer = io.BytesIO()
    pikepdf.open(io.BytesIO(_pdf_bytes(PAGE_ONE))).save(buffer, encryption=pikepdf.Encryption(user="hemlig", owner="x"))
    return buffer.getvalue()


def _zero_page_pdf() -> bytes:
    buffer = io.BytesIO()
    pikepdf.new().save(buffer)
    return buffer.getvalue()


def _huge_blank_page_pdf() -> bytes:
    """200 x 200 inches, the largest page PDF allows: 3.6 gigapixels at 300 dpi."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(14400, 14400))
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    ("make", "name", "reason"),
    [
        (lambda: b"", "empty.txt", r"^empty file$"),
        (lambda: b" \n\t\n", "blank.txt", r"^empty file \(only whitespace\)$"),
        (lambda: b"<!DOCTYPE html><html><body>404</body></html>", "minutes.pdf", r"^not a PDF: the file is an HTML page$"),
        (lambda: b"Hello, this is text", "minutes.pdf", r"^not a PDF: no %PDF header$"),
        (_encrypted_pdf, "secret.pdf", r"^encrypted PDF \(password required\)$"),
        (_zero_page_pdf, "zero.pdf", r"^PDF has no pages$"),
        (lambda: _truncated(_pdf_bytes(PAGE_ONE)), "cut.pdf", r"^corrupt or truncated PDF"),
        (_huge_blank_page_pdf, "poster.pdf", r"^page 1 too large to render at 300 dpi: 60000x60000 pixels, more than 89 000 000 \(--limit pixels=N\)$"),
        (lambda: _truncated((SAMPLES / "ledningsgrupp-2021-08-17-scan-1.png").read_bytes()), "cut.png",
         r"^truncated or corrupt PNG image"),
        (lambda: b"GIF89a" + bytes(100), "scan.png", r"^not a PNG image"),
        (lambda: bytes(range(256)) * 40, "junk.txt", r"^not a text file: binary content$"),
        (lambda: b"\x01\x02\x03\x04 text \x05\x06\x07" * 50, "junk.txt", r"^not a text file: binary content$"),
        (lambda: b"PK\x03\x04" + bytes(60), "minutes.docx", r"^unsupported file type: a ZIP archive"),
        (lambda: _png_header(100_000, 100_000), "bomb.png", r"^image too large"),
        (lambda: _png_header(11_000, 11_000), "big.png", r"^page 1: image too large: 11000x11000 pixels, more than 89 000 000"),
    ],
)
def test_bad_input_has_one_clear_reason(make, name, reason):
    with pytest.raises(InputError, match=reason):
        extract(make(), name)


# ---------------------------------------------------------------- the scripts that make the samples


def test_samples_are_what_the_script_makes(tmp_path):
    """samples/ is generated, not hand-made: the script reproduces every file (pixels for images, whose
    compressed bytes may vary with the zlib/libtiff build; bytes for the rest except the PDFs)."""
    made = [name for name, _ in make_samples.make_samples(tmp_path)]
    assert sorted(made + ["README.md"]) == sorted(p.name for p in SAMPLES.iterdir())
    for name in made + ["README.md"]:
        new, old = tmp_path / name, SAMPLES / name
        if name.endswith((".png", ".tif")):
            with Image.open(new) as a, Image.open(old) as b:
                assert a.n_frames == b.n_frames
                for frame in range(a.n_frames):
                    a.seek(frame), b.seek(frame)
                    assert a.tobytes() == b.tobytes(), name
        elif name.endswith(".pdf"):
            assert len(pikepdf.open(new).pages) == len(pikepdf.open(old).pages), name
        elif not name.endswith(".jpg"):
            assert new.read_bytes() == old.read_bytes(), name
    assert (tmp_path / "README.md").read_text().count("| `") == len(made)


def test_render_pages_cli(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text(f"{PAGE_ONE}\f{PAGE_TWO}", encoding="utf-8")
    render_pages.main([str(source), str(tmp_path / "out"), "--seed", "2", "--dpi", "100"])
    pages = sorted(tmp_path.glob("out-*.png"))
    assert [p.name for p in pages] == ["out-1.png", "out-2.png"]
    with Image.open(pages[0]) as image:
        assert image.size == (827, 1170) and image.mode == "L"  # A4 at 100 dpi, grey
        assert 20 <= image.getextrema()[0] <= 100 < 200 <= image.getextrema()[1]  # grey ink on grey paper


def _tsv(lines: list[tuple[int, int, int, list[tuple]]]) -> dict[str, list]:
    """Tesseract's TSV as pytesseract returns it: (block, top, height, [(word, left, width[, confidence])]) per
    line, read at 90 where no confidence is given."""
    data: dict[str, list] = {key: [] for key in
                             ("level", "page_num", "block_num", "par_num", "line_num", "left", "top", "width",
                              "height", "conf", "text")}

    def row(level, block, line, left, top, width, height, conf, text):
        for key, value in zip(data, (level, 1, block, 1, line, left, top, width, height, conf, text)):
            data[key].append(value)

    numbers: dict[int, int] = {}
    for block, top, height, words in lines:
        numbers[block] = numbers.get(block, 0) + 1
        left = words[0][1]
        row(4, block, numbers[block], left, top, words[-1][1] + words[-1][2] - left, height, -1, "")
        for text, word_left, width, *conf in words:
            row(5, block, numbers[block], word_left, top, width, height, conf[0] if conf else 90.0, text)
    return data


def test_a_line_cut_by_noise_is_joined_back_in_reading_order():
    """A poor scan's line cut in two, its piece put in a block of its own and read lines too early."""
    page = _tsv([
        (1, 100, 40, [("Glada", 100, 120), ("över", 240, 90)]),
        (1, 160, 40, [("as", 314, 40), ("bo.", 374, 60)]),   # the piece, on the next line's baseline
        (2, 162, 40, [("hur", 100, 70), ("tving", 184, 126)]),  # ends 4 px (0.1 line) before "as": a cut word
        (3, 300, 40, [("Till", 100, 80), ("jul", 200, 50)]),
    ])
    text, words, _ = ocr._parse(page)
    assert text.split("\n") == ["Glada över", "hur tvingas bo.", "", "Till jul"]
    assert [w.text for w in words] == ["Glada", "över", "as", "bo.", "hur", "tving", "Till", "jul"]


def test_a_speck_alone_in_a_column_gap_does_not_join_the_columns():
    """A black-and-white scan's speck read as "”" halfway between a caption and its name leaves two word gaps
    where the columns part; read unsure, it is noise, and the columns stay apart. A mark read sure, one beside a
    word, a sign the glyph tables read as "§" and a dash between the ends of a range stay."""
    page = _tsv([
        (1, 100, 40, [("utsedda", 400, 105), ("”", 548, 5, 43.9), ("Cecilia", 573, 93), ("Ek", 676, 40)]),
        (1, 150, 40, [("Anna", 400, 80), ("–", 500, 20, 43.9), ("ordförande", 540, 150)]),
        (1, 200, 40, [("kl.", 400, 45), ("–", 490, 20), ("Bo", 555, 40)]),
        (1, 250, 40, [("KS", 400, 40), ("£&", 470, 30, 40.0), ("20", 530, 30)]),  # a "§" misread, no speck
        (1, 300, 40, [("15:30", 400, 90), ("—-", 520, 20, 30.0), ("18:10", 570, 90)]),  # a range's dash
    ])
    text, words, _ = ocr._parse(page)
    assert [cells(line) for line in text.split("\n")] == [
        [(0, "utsedda"), (10, "Cecilia Ek")], [(0, "Anna – ordförande")], [(0, "kl. – Bo")], [(0, "KS £& 20")],
        [(0, "15:30 —- 18:10")]]
    assert "”" in [w.text for w in words]


def test_columns_and_distant_labels_are_not_joined():
    left = [(1, 100 + 50 * i, 40, [(f"vänster{i}", 100, 400)]) for i in range(4)]
    right = [(2, 100 + 50 * i, 40, [(f"höger{i}", 560, 400)]) for i in range(4)]
    label = [(3, 400, 40, [("Sida", 100, 80)]), (4, 400, 40, [("2", 2000, 20)])]  # 45 line heights apart
    text, _, _ = ocr._parse(_tsv(left + right + label))
    assert text.split("\n") == [*(f"vänster{i}" for i in range(4)), "", *(f"höger{i}" for i in range(4)),
                                "", "Sida", "", "2"]


def test_a_number_alone_in_a_block_of_its_own_is_read_in_the_line_at_its_height():
    """Tesseract sets a contents entry's page number, or an item's number before its title, in a block of its own,
    however far from the line at its height it stands within a printed line's width: it is read in that line."""
    label = [(3, 400, 40, [("Mötets", 100, 120), ("öppnande", 240, 180)]), (4, 400, 40, [("3", 1400, 20)])]
    text, _, _ = ocr._parse(_tsv(label))
    assert [line.split() for line in text.split("\n")] == [["Mötets", "öppnande", "3"]]


def test_a_word_cut_into_stacked_letters_is_read_again_as_a_line(scans, tesseract_engine):
    """Tesseract can cut a word off a noisy line into a block of one-letter "lines" stacked inside the line's
    height; the OCR stage reads such a block again as one line. Here a clean page's reading is cut up that
    way by hand, and the stage must get the word back from the pixels."""
    image = ocr._prepare(scans[0])
    data = ocr._data(image, "swe", 300)
    at = data["text"].index("förslag.")  # the end of a line, where the stacks on the black-and-white scans were
    left, top, width, height = (data[key][at] for key in ("left", "top", "width", "height"))
    block = max(data["block_num"]) + 1
    cut = {key: [value for i, value in enumerate(column) if i != at] for key, column in data.items()}
    third = width // 3
    stacked = [(2, 0, 0, 0, left, top, width, height, -1.0, "")] + [
        (level, 1, line if level > 3 else 0, line if level == 5 else 0, left + k * third, top + k, third, height // 3,
         conf, text)
        for k, (line, text) in enumerate([(1, "bo"), (2, "nn"), (3, "FT")])
        for level, conf in ((3, -1.0), (4, -1.0), (5, 20.0))
    ]
    for level, par, line, word, *rest in stacked:
        for key, value in zip(data, (level, 1, block, par, line, word, *rest)):
            cut[key].append(value)
    text, words, _ = ocr._parse(ocr._reread_stacks(cut, image, "swe", 300))
    assert "§ 12 Beslut om förskolans öppettider under sommaren" in text.replace("$", "§")
    assert "Nämnden beslutar att godkänna förvaltningens förslag." in text
    assert "nn" not in [w.text for w in words] and "förslag." in [w.text for w in words]


def _list_page(marks: list[str], titles: list[str]) -> tuple[Image.Image, dict[str, list]]:
    """A Word list at 300 dpi with its marks in a column at the margin, and Tesseract's reading of it as its layout
    analysis once gave one: the column as a single upright line of misread marks ("NOU BWN"), each title as a line
    that starts at its full stop."""
    font = ImageFont.truetype(str(render_pages.FONT_PATH), 46)
    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    for k, (mark, title) in enumerate(zip(marks, titles)):
        draw.text((250, 300 + 62 * k), mark, font=font, fill=0)
        draw.text((320, 300 + 62 * k), ". " + title, font=font, fill=0)
    data = ocr._data(image, "swe", 300)
    read = {key: [value for i, value in enumerate(column) if not (data["level"][i] >= 4 and data["left"][i] < 300)]
            for key, column in data.items()}
    upright = _tsv([(max(data["block_num"]) + 1, 300, 62 * len(marks), [("NOU", 250, 30), ("BWN", 250, 30)])])
    return image, {key: read[key] + upright.get(key, [0] * len(upright["level"])) for key in read}


def test_a_column_of_list_numbers_read_as_one_upright_line_is_read_again_number_by_number(tesseract_engine):
    """A board's Word-numbered list scanned grey: Tesseract's layout analysis read the column of "1" to "7" as one
    line seven lines tall ("NOU BWNH") and each title as ". Mötet öppnas", and the items were lost. A line that
    stands upright among lines that lie flat is read again band by band, each number in the line at its height."""
    titles = ["Mötet öppnas", "Val av sekreterare", "Dagordningen", "Ekonomi", "Mötet avslutas"]
    image, data = _list_page([str(n) for n in range(1, 6)], titles)
    text, words, _ = ocr._parse(ocr._rereads(data, image, "swe", 300))
    assert [line.split()[:2] for line in text.split("\n") if line.strip()] == [
        [str(n), "."] for n in range(1, 6)]
    assert "NOU" not in [w.text for w in words]


def test_a_column_of_letters_read_as_one_upright_line_is_left_as_read(tesseract_engine):
    """A voting table's party letters in a column read as one upright line are no list numbers: left as read."""
    image, data = _list_page(["S", "M", "C", "V", "L"], ["Ja", "Nej", "Ja", "Avstår", "Ja"])
    text, _, _ = ocr._parse(ocr._rereads(data, image, "swe", 300))
    assert "NOU BWN" in text


def test_a_column_gap_inside_an_ocr_line_is_kept():
    """Two lists side by side that Tesseract reads as one line each: the gap stays a run of spaces, and the second
    column starts at the same character in every row, so the segmenter can read the columns apart."""
    page = _tsv([
        (1, 100, 40, [("Anna", 100, 90), ("Berg", 205, 90), ("Per", 900, 60), ("Ek", 975, 40)]),
        (1, 150, 40, [("Eva", 100, 70), ("Holm", 185, 90), ("Lena", 902, 80), ("Ås", 997, 40)]),
    ])
    text, words, _ = ocr._parse(page)
    rows = [cells(line) for line in text.split("\n")]
    assert [[c for _, c in row] for row in rows] == [["Anna Berg", "Per Ek"], ["Eva Holm", "Lena Ås"]]
    assert rows[0][1][0] == rows[1][1][0]
    assert words[2].box == (900, 100, 960, 140)


def test_a_label_column_read_as_its_own_blocks_is_put_back_beside_its_values():
    """Tesseract makes a block of each cover label and one of the values beside them, and reads the labels
    first: the page is read again row by row, each label beside the value at its height, and the value's
    further lines indented under it."""
    page = _tsv([
        (1, 100, 40, [("Plats", 100, 90), ("och", 200, 60), ("tid", 270, 50)]),
        (2, 300, 40, [("Beslutande", 100, 200)]),
        (3, 102, 40, [("Stadshuset,", 700, 200), ("sammanträdesrum", 910, 300), ("Ekån,", 1220, 100),
                      ("måndagen", 1330, 160), ("den", 1500, 60), ("3", 1570, 20), ("maj", 1600, 60)]),
        (3, 152, 40, [("kl.", 700, 40), ("18.30-21.05", 750, 200)]),
        (3, 302, 40, [("Anna", 700, 90), ("Berg", 800, 90), ("(S),", 900, 60), ("ordförande", 970, 180)]),
        (3, 352, 40, [("Per", 700, 60), ("Ek", 770, 40), ("(M)", 820, 60)]),
    ])
    rows = [cells(line) for line in ocr._parse(page)[0].split("\n") if line]
    assert [[c for _, c in row] for row in rows] == [
        ["Plats och tid", "Stadshuset, sammanträdesrum Ekån, måndagen den 3 maj"], ["kl. 18.30-21.05"],
        ["Beslutande", "Anna Berg (S), ordförande"], ["Per Ek (M)"]]
    assert rows[0][1][0] == rows[1][0][0] == rows[3][0][0]  # values and their further lines in one column


def _cell_rows(page) -> list[list[str]]:
    """The cells of each line the OCR stage makes of Tesseract's `page`, by text."""
    return [[c for _, c in cells(line)] for line in ocr._parse(page)[0].split("\n") if line]


def test_a_side_headings_number_read_early_stands_beside_its_title():
    """The § in a narrow column beside the item's text: Tesseract read the title line of § 21 whole, made a block of
    "§ 22" alone and read it before § 21's text. It stands beside its title, after § 21's decision."""
    page = _tsv([
        (1, 100, 40, [("$", 100, 30), ("21", 140, 50), ("Val", 550, 70), ("av", 630, 40), ("justerare", 680, 180)]),
        (2, 700, 40, [("$", 100, 30), ("22", 140, 50)]),
        (3, 200, 40, [("Ärendebeskrivning", 550, 330)]),
        (3, 250, 40, [("Ärendet", 550, 150), ("har", 710, 60), ("beretts", 780, 140), ("av", 930, 40),
                      ("förvaltningen.", 980, 260)]),
        (4, 400, 40, [("Beslut", 550, 120)]),
        (4, 450, 40, [("Nämnden", 550, 170), ("utser", 730, 100), ("Hans", 840, 90), ("Möller.", 940, 130)]),
        (5, 702, 40, [("Verksamhetsplan", 550, 320), ("för", 880, 60), ("2021", 950, 90)]),
        (5, 752, 40, [("Dnr:", 550, 80), ("SN", 640, 50), ("2021/0031", 700, 190)]),
    ])
    rows = _cell_rows(page)
    assert rows == [["$ 21", "Val av justerare"], ["Ärendebeskrivning"], ["Ärendet har beretts av förvaltningen."],
                    ["Beslut"], ["Nämnden utser Hans Möller."], ["$ 22", "Verksamhetsplan för 2021"],
                    ["Dnr: SN 2021/0031"]]


def test_a_block_read_after_the_blocks_under_it_is_put_back_above_them():
    """A bridge club's board: Tesseract read the roll of names and initials after "Frånvarande" and "§ 1" under it.
    The roll goes back above them; two columns side by side keep Tesseract's order, left column first."""
    page = _tsv([
        (1, 100, 40, [("Protokoll", 100, 200), ("från", 310, 80), ("styrelsemöte", 400, 250)]),
        (2, 600, 40, [("Frånvarande:", 100, 240)]),
        (2, 650, 40, [("Christer", 100, 150), ("Cedergren", 260, 190)]),
        (3, 750, 40, [("§", 100, 30), ("1", 140, 20), ("Öppnande", 170, 180)]),
        (4, 200, 40, [("Närvarande:", 100, 220)]),
        (4, 250, 40, [("Mats", 100, 90), ("Qviberg", 200, 140), ("MQV", 900, 80)]),
        (4, 300, 40, [("Per", 100, 60), ("Fåhraeus", 170, 160), ("PFÅ", 900, 70)]),
    ])
    assert [" ".join(row) for row in _cell_rows(page)] == [
        "Protokoll från styrelsemöte", "Närvarande:", "Mats Qviberg MQV", "Per Fåhraeus PFÅ", "Frånvarande:",
        "Christer Cedergren", "§ 1 Öppnande"]
    columns = _tsv([*((1, 100 + 50 * i, 40, [(f"vänster{i}", 100, 400)]) for i in range(4)),
                    *((2, 100 + 50 * i, 40, [(f"höger{i}", 700, 400)]) for i in range(4)),
                    (3, 400, 40, [("under", 100, 1000)])])
    assert [" ".join(row) for row in _cell_rows(columns)] == [
        *(f"vänster{i}" for i in range(4)), *(f"höger{i}" for i in range(4)), "under"]


def test_a_margin_of_paragraph_numbers_beside_a_block_that_runs_on_under_them():
    """An annual meeting's points typed "§ 2." in the margin with their text indented beside them: Tesseract made a
    block of the numbers and one of the text, which also holds a wrapped line of § 1 above them and the next point
    typed whole ("§ 5. …") under them. Each number stands beside the line at its height."""
    page = _tsv([
        (3, 100, 40, [("§", 100, 30), ("1.", 140, 30), ("Till", 250, 70), ("ordförande", 330, 190),
                      ("valdes", 530, 120), ("Hans", 660, 90), ("Stenberg", 760, 170)]),
        (4, 250, 40, [("§", 100, 30), ("2.", 140, 30)]),
        (4, 350, 40, [("§", 100, 30), ("3.", 140, 30)]),
        (4, 450, 40, [("§", 100, 30), ("4.", 140, 30)]),
        (9, 160, 40, [("Till", 250, 70), ("sekreterare", 330, 210), ("valdes", 550, 120), ("Eva", 680, 70),
                      ("Ek", 760, 50)]),
        (9, 252, 40, [("Till", 250, 70), ("justerare", 330, 170), ("valdes", 510, 120), ("Mary", 640, 90),
                      ("Holm", 740, 100)]),
        (9, 352, 40, [("Dagordningen", 250, 240), ("godkändes.", 500, 200)]),
        (9, 452, 40, [("Kallelsen", 250, 180), ("godkändes.", 440, 200)]),
        (9, 550, 40, [("§", 100, 30), ("5.", 140, 30), ("Verksamhetsberättelsen", 250, 420),
                      ("redovisades.", 680, 230)]),
        (9, 600, 40, [("Årsmötet", 250, 170), ("lade", 430, 80), ("den", 520, 60), ("till", 590, 50),
                      ("handlingarna.", 650, 240)]),
    ])
    rows = _cell_rows(page)
    assert [" ".join(row) for row in rows] == [
        "§ 1. Till ordförande valdes Hans Stenberg", "Till sekreterare valdes Eva Ek",
        "§ 2. Till justerare valdes Mary Holm", "§ 3. Dagordningen godkändes.", "§ 4. Kallelsen godkändes.",
        "§ 5. Verksamhetsberättelsen redovisades.", "Årsmötet lade den till handlingarna."]


def test_a_label_column_well_over_half_as_wide_as_its_values_is_still_labels():
    """A letterhead at the labels' edge makes their column six tenths as wide as the values: still labels, each
    read beside its value."""
    page = _tsv([
        (1, 50, 40, [("STORSJÖVIKS", 100, 330), ("KOMMUN", 450, 180)]),
        (2, 300, 40, [("Övriga", 100, 140), ("deltagare", 250, 190)]),
        (2, 400, 40, [("Utses", 100, 110), ("att", 220, 60), ("justera", 290, 160)]),
        (3, 300, 40, [("Maria", 750, 120), ("Kjellberg,", 880, 200), ("förvaltningschef", 1090, 490)]),
        (3, 350, 40, [("Sanna", 750, 120), ("Ek,", 880, 60), ("nämndsekreterare", 950, 420)]),
        (4, 400, 40, [("Kjell", 750, 100), ("Rosén", 860, 130), ("(M)", 1000, 60)]),
    ])
    rows = _cell_rows(page)
    assert rows == [["STORSJÖVIKS KOMMUN"], ["Övriga deltagare", "Maria Kjellberg, förvaltningschef"],
                    ["Sanna Ek, nämndsekreterare"], ["Utses att justera", "Kjell Rosén (M)"]]


def test_a_letterhead_over_the_labels_is_no_cell_of_their_column():
    """A municipality's name in a large face over a cover's label column is as wide as the values: it is no cell of
    the labels' column, which is measured down the values' height only, so each label is read beside its value."""
    page = _tsv([
        (1, 50, 40, [("EKBY", 100, 250), ("KOMMUN", 370, 330)]),
        (2, 150, 40, [("Plats", 100, 90), ("och", 200, 60), ("tid", 270, 50), ("Kommunhuset,", 750, 250),
                      ("kl.", 1010, 40), ("13.00-15.40", 1060, 200)]),
        (2, 220, 40, [("Beslutande", 100, 200), ("Anna", 750, 90), ("Berg", 850, 90), ("(S),", 950, 60),
                      ("ordförande", 1020, 180)]),
        (3, 430, 40, [("Övriga", 100, 140), ("deltagare", 250, 190)]),
        (4, 570, 40, [("Justerare", 100, 190)]),
        (5, 290, 40, [("Per", 750, 60), ("Lind", 820, 80), ("(M)", 910, 60)]),
        (5, 360, 40, [("Maria", 750, 110), ("Lund", 870, 90), ("(S)", 970, 50)]),
        (5, 430, 40, [("Lars", 750, 80), ("Nord,", 840, 100), ("kommundirektör", 950, 360)]),
        (5, 500, 40, [("Sara", 750, 80), ("Ek,", 840, 60), ("sekreterare", 910, 230)]),
        (5, 570, 40, [("Per", 750, 60), ("Lind", 820, 80)]),
    ])
    lines = ocr._parse(page)[0].split("\n")
    rows = [[c for _, c in cells(line)] for line in lines]
    assert [row for row in rows if row] == [
        ["EKBY KOMMUN"], ["Plats och tid", "Kommunhuset, kl. 13.00-15.40"], ["Beslutande", "Anna Berg (S), ordförande"],
        ["Per Lind (M)"], ["Maria Lund (S)"], ["Övriga deltagare", "Lars Nord, kommundirektör"], ["Sara Ek, sekreterare"],
        ["Justerare", "Per Lind"]]


def test_a_side_heading_block_is_read_beside_the_title_at_its_first_line():
    """A side-heading layout sets "§ 113" with "Dnr MBN 2023/00123" under it in the margin and the title in the
    text column at the height of "§ 113"; the title's box starts higher than the number's. Tesseract makes one block
    of the margin's two lines, which stands beside the title only at its first line: still labels of the title, so
    the number and its title are one row, not the title first and the number after it."""
    page = _tsv([
        (1, 695, 45, [("$", 248, 30), ("113", 290, 55)]),
        (1, 755, 38, [("Dnr", 248, 60), ("MBN", 318, 80), ("2023/00123", 408, 180)]),
        (2, 819, 37, [("Ärendebeskrivning", 249, 307)]),
        (3, 674, 54, [("Ansökan", 696, 160), ("om", 866, 50), ("bygglov", 926, 140), ("för", 1076, 50),
                      ("nybyggnad", 1136, 190)]),
        (4, 799, 40, [("Förvaltningen", 698, 230), ("har", 938, 60), ("utrett", 1008, 100), ("frågan", 1118, 110)]),
        (4, 849, 40, [("och", 698, 60), ("med", 768, 70), ("nämndens", 848, 160), ("reglemente.", 1018, 190)]),
    ])
    rows = _cell_rows(page)
    assert rows == [["$ 113", "Ansökan om bygglov för nybyggnad"], ["Dnr MBN 2023/00123"],
                    ["Ärendebeskrivning", "Förvaltningen har utrett frågan"], ["och med nämndens reglemente."]]


def test_a_list_beside_its_label_is_no_piece_of_the_label_line():
    """Tesseract puts a value list's two lines in a block of their own ("Lisa Björk (S)", "Anders Hed (KD)"), the
    first at the height of its label "Ej tjänstgörande ersättare", across a column gap: that line is no piece cut
    off the label's line (the line under it starts where it does), so the labels stay a block of labels and each is
    read beside its value, the last value reaching a little below its label."""
    page = _tsv([
        (1, 1019, 45, [("Ej", 264, 40), ("tjänstgörande", 314, 280), ("ersättare", 604, 132)]),
        (1, 1165, 46, [("Övriga", 264, 130), ("närvarande", 404, 156)]),
        (1, 1326, 31, [("Justerare", 264, 156)]),
        (2, 1025, 37, [("Lisa", 858, 80), ("Björk", 948, 100), ("(S)", 1058, 36)]),
        (2, 1091, 37, [("Anders", 858, 130), ("Hed", 998, 70), ("(KD)", 1078, 75)]),
        (3, 1179, 42, [("Eva", 857, 70), ("Sandberg,", 937, 180), ("förvaltningschef", 1127, 258)]),
        (3, 1244, 35, [("Ulf", 857, 50), ("Strand,", 917, 130), ("sekreterare", 1057, 200)]),
        (4, 1332, 30, [("Karin", 857, 100), ("Holm", 967, 86)]),
    ])
    rows = _cell_rows(page)
    assert rows == [["Ej tjänstgörande ersättare", "Lisa Björk (S)"], ["Anders Hed (KD)"],
                    ["Övriga närvarande", "Eva Sandberg, förvaltningschef"], ["Ulf Strand, sekreterare"],
                    ["Justerare", "Karin Holm"]]


def test_a_letterhead_beside_its_title_is_a_table_of_its_own():
    """A letterhead's name has the document's title beside its first line only: the two are one row, and the lists
    set side by side further down the page are no rows of theirs: each list is still read down its column."""
    page = _tsv([
        (1, 348, 31, [("KUNGSBACKA", 275, 280), ("KOMMUN", 565, 176)]),
        (1, 407, 36, [("Byggnadsnämnden", 275, 410)]),
        (2, 351, 39, [("SAMMANTRÄDESPROTOKOLL", 1239, 574)]),
        (3, 778, 36, [("Ledamöter", 272, 200)]),
        (3, 830, 36, [("Thure", 272, 110), ("Sandén", 392, 140), ("(M)", 542, 60)]),
        (3, 880, 36, [("Daniel", 272, 120), ("Hognert", 402, 160), ("(M)", 572, 60)]),
        (3, 930, 36, [("Britt", 272, 90), ("Tönnberg", 372, 180), ("(S)", 562, 50)]),
        (4, 778, 36, [("Tjänstgörande", 1095, 280), ("ersättare", 1385, 180)]),
        (4, 830, 36, [("Bo", 1095, 50), ("Johansson", 1155, 200), ("(MP)", 1365, 80)]),
    ])
    rows = _cell_rows(page)
    assert rows == [["KUNGSBACKA KOMMUN", "SAMMANTRÄDESPROTOKOLL"], ["Byggnadsnämnden"], ["Ledamöter"],
                    ["Thure Sandén (M)"], ["Daniel Hognert (M)"], ["Britt Tönnberg (S)"], ["Tjänstgörande ersättare"],
                    ["Bo Johansson (MP)"]]


def test_labels_beside_narrow_values_are_measured_by_their_columns():
    """A label is often as wide as the names beside it ("Närvarande" / "Aino Kettunen"): the label column is
    still narrow beside the column of values the names stand in. A row Tesseract read whole and a label with no
    value keep their places down the page."""
    page = _tsv([
        (1, 100, 40, [("Organisation", 100, 250)]),
        (2, 200, 40, [("Organisationsnummer", 100, 440), ("802531-4470", 700, 240)]),
        (3, 300, 40, [("Närvarande", 100, 225)]),
        (4, 500, 40, [("Underskrifter", 100, 270)]),
        (5, 100, 40, [("Föreningen", 700, 250), ("Öppna", 960, 130), ("Kartor", 1100, 140), ("Sverige", 1250, 160)]),
        (6, 300, 40, [("Aino", 700, 100), ("Kettunen", 810, 160)]),
        (6, 350, 40, [("Karolina", 700, 170), ("Bäckström", 880, 190)]),
        (7, 600, 40, [("Digital", 700, 150), ("signering,", 860, 200), ("senast", 1070, 130),
                      ("2024-09-28,", 1210, 230), ("via", 1450, 60), ("Jitsi", 1520, 90), ("Meet", 1620, 100)]),
    ])
    rows = _cell_rows(page)
    assert rows == [["Organisation", "Föreningen Öppna Kartor Sverige"], ["Organisationsnummer", "802531-4470"],
                    ["Närvarande", "Aino Kettunen"], ["Karolina Bäckström"], ["Underskrifter"],
                    ["Digital signering, senast 2024-09-28, via Jitsi Meet"]]


def test_a_page_whose_text_ocr_missed_is_flagged_by_its_unread_ink(monkeypatch):
    """A page read whole has almost all its ink inside word boxes. The same page turned 4° and, as if the
    levelling failed, read as it leans loses words, and the ink they left unread flags it for review."""
    from ingest import pipeline

    prose = "\n".join(TRUTH_003.split("\n")[:40])
    page = render_pages.text_to_scans(prose, seed=11)[0].convert("L")
    upright = pipeline.process(_image_bytes(page, "PNG"), "upright.png", pipeline.Options())
    monkeypatch.setattr(ocr, "SKEW_ROUNDS", 0)
    leaning = page.rotate(-4, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    missed = pipeline.process(_image_bytes(leaning, "PNG"), "leaning.png", pipeline.Options())
    assert missed.quality.words < 0.8 * upright.quality.words
    assert not any("ink" in reason for reason in upright.quality.review_reasons)
    assert any(reason.startswith("page 1: only") and "ink was read" in reason
               for reason in missed.quality.review_reasons)


def test_a_name_the_layout_analysis_left_out_under_a_dotted_line_is_read_again(tesseract_engine):
    """A signature block of a Word cover table printed and scanned grey (tests/images/): Tesseract's layout
    analysis gives nothing at all for the first name under its dotted line. The OCR stage reads such unread ink
    of a line's height again as a line, and puts it where it stands on the page: under its role's row."""
    page = ocr.ocr_page(Image.open(ROOT / "tests" / "images" / "signature_block_dotted_lines.png"), "swe", dpi=300)
    lines = [line.strip() for line in page.text.split("\n") if line.strip()]
    assert "Maria Sjöberg" in lines and "Karin Lövgren" in lines and "Mats Ekstedt" in lines
    role = [next(k for k, line in enumerate(lines) if line.startswith(r)) for r in ("Sekreterare", "Ordförande", "Justerare")]
    assert role[0] < lines.index("Maria Sjöberg") < role[1] < lines.index("Karin Lövgren") < role[2]


def test_a_label_read_out_of_its_row_joins_the_value_at_its_height(tesseract_engine):
    """A Word cover table printed and scanned black-and-white (an office probe of a dev document, tests/images/):
    Tesseract reads "Plats och tid", the values and the names down the value column as one block, and "Beslutande"
    as a block of its own after them all, so the 31 members stood under no label. The label joins the value line
    at its height, as the row it is."""
    page = ocr.ocr_page(Image.open(ROOT / "tests" / "images" / "cover_label_cut_out_of_its_row.png"), "swe", dpi=200)
    row = next(line for line in page.text.split("\n") if "Beslutande" in line)
    assert "Annika Holmgren" in row


def test_values_read_apart_from_a_label_column_of_wrapped_lines_join_their_labels(tesseract_engine):
    """A cover table as the minutes corpus typesets a converted Markdown table and scans it grey (an office probe of a
    dev document, tests/images/): a value's wrapped lines ("21.05", the members) stand under the labels, so the
    labels' column is a tall block of short lines, and Tesseract reads each value's first line as a block of its
    own after it all. Each such line joins the label at its height: the place under "Plats och tid", the chair
    under "Beslutande"."""
    image = Image.open(ROOT / "tests" / "images" / "cover_values_apart_from_a_label_column_of_wrapped_lines.png")
    lines = ocr.ocr_page(image, "swe", dpi=300).text.split("\n")
    place = next(line for line in lines if "Plats och tid" in line)
    chair = next(line for line in lines if "Beslutande" in line)
    assert "Medborgarhuset" in place and "Annika Holmgren" in chair
    assert lines.index(chair) < next(k for k, line in enumerate(lines) if "Ingrid Sjö" in line)


def test_a_lines_end_that_opens_the_next_block_joins_its_line(tesseract_engine):
    """A members list typeset and scanned grey (an office probe of a dev document, tests/images/): Tesseract ends a
    block at "Dan Sundqvist" and opens the next with that line's "(C)", out of the names' column. The end joins its
    line, so the list reads a member a line."""
    image = Image.open(ROOT / "tests" / "images" / "member_list_line_end_opening_the_next_block.png")
    lines = [line.strip() for line in ocr.ocr_page(image, "swe", dpi=300).text.split("\n") if line.strip()]
    assert "Dan Sundqvist (C)" in lines and "(C)" not in lines


def test_a_value_wrapped_under_its_label_reads_in_its_row(tesseract_engine):
    """The same print with the place's second line set under the label (the typesetter wraps a cell to the margin):
    Tesseract reads both lines of the place as a block of their own. The first joins its label, the second
    follows it, and the chair joins "Beslutande"."""
    image = Image.open(ROOT / "tests" / "images" / "cover_value_wrapped_under_its_label.png")
    lines = [line.strip() for line in ocr.ocr_page(image, "swe", dpi=300).text.split("\n") if line.strip()]
    place = next(k for k, line in enumerate(lines) if line.startswith("Plats och tid"))
    assert "sammanträdesrum Kronan" in lines[place] and lines[place + 1].startswith("Campus Ljungdala")
    assert "Cecilia Wennerholm" in lines[place + 2] and lines[place + 2].startswith("Beslutande")


def test_a_value_block_beside_its_labels_whole_keeps_them_from_single_lines_beside_one(tesseract_engine):
    """A dev document's cover rendered and scanned grey (tests/images/): Tesseract reads the values beside the
    labels as one block, and the chair's line as a block of its own. The block beside the labels whole is their
    values; a single line beside one label counts only where no such block stands, so the place keeps its row."""
    image = Image.open(ROOT / "tests" / "images" / "cover_table_read_whole_beside_its_labels.png")
    lines = ocr.ocr_page(image, "swe", dpi=300).text.split("\n")
    assert "Medborgarhuset" in next(line for line in lines if "Plats och tid" in line)


def test_a_third_column_beside_rows_of_two_is_no_value_of_them(tesseract_engine):
    """A dev document's cover rendered and scanned black-and-white (tests/images/): members in two columns, read as
    rows of two cells, and a third column ("ersätter Heinrich" wrapped from "Richard Hansson ersätter Heinrich
    Kaufmann") beside them. Rows with a column gap are no labels, so the third column's lines stay out of them."""
    image = Image.open(ROOT / "tests" / "images" / "members_in_two_columns_and_a_third.png")
    row = next(line for line in ocr.ocr_page(image, "swe", dpi=200).text.split("\n") if "Richard Hansson" in line)
    assert "Marianne Wallengren" in row and "ersätter" not in row


def _lines_of(name: str, dpi: int) -> list[str]:
    page = ocr.ocr_page(Image.open(ROOT / "tests" / "images" / name), "swe", dpi=dpi)
    return [line.strip() for line in page.text.split("\n") if line.strip()]


def test_an_item_number_alone_on_its_line_that_the_layout_left_out_is_read(tesseract_engine):
    """A dev document's items typeset in Helvetica and scanned grey (tests/images/): each item's number stands alone
    above its title, and Tesseract's layout analysis leaves the thin "1" out as noise. The mark, a few digits wide
    and as tall as a line's letters, is read again as a word and kept as the number it reads as."""
    lines = _lines_of("lone_item_number_left_out_by_the_layout.png", 300)
    assert lines[lines.index("Mötets öppnande") - 1] == "1"
    assert lines[lines.index("Föregående minnesanteckningar") - 1] == "2"


def test_lone_item_numbers_misread_or_left_out_are_read_as_words(tesseract_engine):
    """The same items in Times, scanned black-and-white: the line model read "3" as "2" at a confidence of 2, and
    left "4" out. Read as a word on its own, a line of a few unsure characters gives the number."""
    lines = _lines_of("lone_item_numbers_misread_and_left_out.png", 200)
    assert lines[lines.index("Avrapportering av granskning av kommunens delårsrapport") - 1] == "3"
    assert lines[next(k for k, line in enumerate(lines) if line.startswith("Presentation av kommunens")) - 1] == "4"


def test_a_lone_item_number_cut_in_two_reads_whole(tesseract_engine):
    """Times "12" scanned black-and-white: a thin "1" stands apart from its "2" and the line reads "1 2". A line of
    a few characters in pieces is read again as one word."""
    lines = _lines_of("lone_item_number_cut_in_two.png", 200)
    assert lines[lines.index("Kurser och konferenser samt beslut om arvode") - 1] == "12"


TYPED_SECTIONS = """Protokoll fört vid ordinarie årsstämma med delägarna i Norrbyns
byasamfällighet den 14 maj 2003 kl. 18.00 i bygdegården.


§ 1.

Stämmans öppnande.

Styrelsens ordförande hälsade de närvarande välkomna och förklarade
stämman öppnad.


§ 2.

Val av ordförande för stämman.

Till ordförande för stämman valdes Bertil Holmgren.


§ 3.

Val av protokollförare.

Till protokollförare valdes Ingrid Sjöberg.


§ 4.

Val av två justerare.

Att jämte ordföranden justera protokollet valdes Nils Öberg och
Karin Lund.


§ 5.

Fastställande av dagordning.

Den utsända dagordningen fastställdes.
"""


def test_a_typewriters_paragraph_sign_alone_on_its_line_keeps_its_item(tesseract_engine):
    """An association's minutes typed in Courier with each "§ n." on a line of its own, scanned grey: the layout
    leaves the short line out, and read again as a word the small sign comes out as an "s" or "8" at 0-52 beside a
    sure "1.". The number alone is what must be sure; without the sign's line every item but the last was lost."""
    from scripts.make_devsets import scans

    page = ocr.ocr_page(scans(TYPED_SECTIONS, 0, "Courier")[0], "swe", dpi=300)
    assert [item.number for item in segment(page.text).items] == [f"§ {n}" for n in range(1, 6)]


def test_a_headings_mark_the_layout_left_out_apart_from_its_title_is_read_in_its_line(tesseract_engine):
    """A typewritten dev document's second page in Courier, scanned grey (tests/images/): Tesseract's layout analysis
    leaves out the page's top lines, and the title read again as a line loses "§ 8.", two spaces away. The mark is
    read as a sign and a number ("8 8.", the sign read as its usual 8) and put in the title's line."""
    lines = _lines_of("heading_mark_apart_from_its_title_left_out.png", 300)
    title = next(line for line in lines if "Utgifts- och inkomststat" in line)
    assert re.match(r"\S 8\.\s+Utgifts-", title)


def test_a_label_read_among_the_values_joins_the_value_beside_it(tesseract_engine):
    """A dev document's cover page typeset in Courier and scanned grey (tests/images/): Tesseract reads "Tid och plats"
    with the second line of its value in one block, beside the letterhead's column, and the value's first line, a
    pixel higher, in a block of its own. Two lines side by side at one height are one row, the left one first."""
    lines = _lines_of("label_read_among_values_beside_its_value.png", 300)
    row = next(line for line in lines if "Tid och plats" in line)
    assert row.startswith("Tid och plats") and "2025-02-20" in row


def test_a_paragraph_break_is_measured_against_the_pages_own_gap_between_lines():
    """Courier's letters fill little of their line: the lines of one paragraph stand 0.5-0.8 line heights apart and
    paragraphs 2. A paragraph break is a gap clearly wider than the page's usual one, so no blank line falls inside a
    paragraph; a face that fills its line keeps the fixed measure (0.7 line heights), and a page of one-line
    paragraphs, whose usual gap is a paragraph's (1.3 line heights), keeps its breaks."""
    def lines(height: int, gaps: list[int]) -> list[tuple[str, float, float, object]]:
        tops = [0]
        for gap in gaps:
            tops.append(tops[-1] + height + gap)
        return [(f"rad {k}", top, top + height, 1) for k, top in enumerate(tops)]

    courier = ocr.layout_lines(lines(38, [24, 28, 30, 26, 80, 25]))
    assert courier.split("\n") == ["rad 0", "rad 1", "rad 2", "rad 3", "rad 4", "", "rad 5", "rad 6"]
    vera = ocr.layout_lines(lines(45, [15, 14, 16, 35, 15, 75]))
    assert vera.split("\n") == ["rad 0", "rad 1", "rad 2", "rad 3", "", "rad 4", "rad 5", "", "rad 6"]
    # a page of one-line paragraphs (an association's minutes): its usual gap is a paragraph's, and still parts them
    paragraphs = ocr.layout_lines(lines(46, [60, 62, 58, 32, 61, 59]))
    assert paragraphs.split("\n") == ["rad 0", "", "rad 1", "", "rad 2", "", "rad 3", "rad 4", "", "rad 5", "", "rad 6"]


def test_a_new_region_at_the_usual_gap_between_lines_goes_on_the_paragraph():
    """A black-and-white scan of a dev document's roll (Ljungdala): Tesseract cut the table of members into two blocks
    between "företrädare för allmänna Jonas Fredell" and "intressen   Maria Tengvall", 5 pixels apart. A blank line
    there ended the roll after two of twelve members. A region that starts a paragraph's gap below, or beside the
    line before (a column: its top above that line's foot), is still set apart."""
    rows = [("av regeringen utsedda   Cecilia Wennerholm", 822, 862, 5), ("företrädare för allmänna Jonas Fredell", 864,
            903, 5), ("intressen           Maria Tengvall", 908, 950, 6), ("Göran Ekbom", 947, 981, 6),
            ("Lotta Särnholm", 992, 1019, 6), ("Per-Arne Vikander", 1034, 1067, 6), ("Personalföreträdare", 1120, 1160, 7),
            ("Kent Dahl", 1163, 1200, 8), ("Saco-S (närvaro- och", 1100, 1140, 9)]
    assert ocr.layout_lines(rows).split("\n") == [
        "av regeringen utsedda   Cecilia Wennerholm", "företrädare för allmänna Jonas Fredell",
        "intressen           Maria Tengvall", "Göran Ekbom", "Lotta Särnholm", "Per-Arne Vikander", "",
        "Personalföreträdare", "Kent Dahl", "", "Saco-S (närvaro- och"]


def test_a_new_region_at_the_usual_distance_from_the_line_befores_top_goes_on_the_paragraph():
    """An 1892 parish board's minutes (eval/older/) set in Times and scanned black-and-white: Tesseract put the last
    line of a paragraph ("arets slut") in a block of its own, 18 pixels under "… November till", which has no
    descender and so ends higher than the page's lines do. From top to top the two stand 42 pixels apart, as the
    page's lines do (41): no blank line, so the decision that runs into it is one sentence. The next block, a
    paragraph's gap below, is still set apart."""
    rows = [("sin moder hustrun Christina Jansson", 603, 626, (1, 3)),
            ("dersammastädes. hvilken vore sängliggan-", 643, 673, (1, 4)),
            ("de skjuk, utskrefs fran lasarettet den", 685, 712, (1, 6)),
            ("3 Oktober sasom obotlig, nämden bevil-", 726, 754, (1, 6)),
            ("Jade fran den 15 Oktober till arets slut", 767, 794, (1, 6)), ("25 kronor.", 808, 830, (1, 6)),
            ("82.", 891, 915, (1, 6)), ("Företrädde EL. J. Jonsson bosatt på Ärna ägor", 930, 962, (1, 6)),
            ("och begärde understöd. nämden beviljade", 974, 1003, (1, 6)),
            ("2 Kronor i manaden fran I November till", 1014, 1038, (1, 6)), ("arets slut", 1056, 1077, (1, 7)),
            ("Så,", 1139, 1162, (1, 8))]
    lines = ocr.layout_lines(rows).split("\n")
    assert lines[lines.index("2 Kronor i manaden fran I November till") + 1] == "arets slut"
    assert lines[lines.index("Så,") - 1] == "" and lines[lines.index("82.") - 1] == ""


def test_a_capital_whose_box_runs_into_the_rest_of_its_line_is_read_in_that_line():
    """The same minutes' black-and-white Times scan: Tesseract read the wide "E" of "Enklingen" in the block of the
    mark above it ("§5." read "85."), its box 3 pixels into the rest of its line ("inklingen statdrängen …"). Apart,
    the paragraph opened in small letters under a speck, and the mark was no heading; joined, the line opens with
    its capital."""
    mark = ocr._Line(2088, 2110, 170, 203, (1, 12), [(170, 203, "85.")])
    capital = ocr._Line(2129, 2148, 169, 183, (1, 12), [(169, 183, "E")])
    rest = ocr._Line(2128, 2156, 180, 725, (1, 13), [(180, 290, "inklingen"), (302, 439, "statdrängen"),
                                                     (451, 515, "Frans")])
    joined = ocr._rejoin_pieces([mark, capital, rest])
    assert [[word for *_, word in line.words] for line in joined] == [["85."], ["Einklingen", "statdrängen", "Frans"]]


def test_a_clean_coarse_black_and_white_page_is_not_cleared():
    """A clean 200-dpi black-and-white page has few lone specks, and those are pieces of its letters ("Nguyen" read
    "Neuyen" once they went): it is read as it is. The same page speckled by an office scanner is cleared."""
    from scripts import scanner_probes

    prose = "\n".join(TRUTH_003.split("\n")[27:35])
    clean = render_pages.pdf_to_images(_pdf_bytes(prose), dpi=scanner_probes.DPI)[0].convert("L")
    bilevel = clean.point(lambda v: 255 if v > 128 else 0).convert("1")
    assert ocr._despeckled(bilevel) is bilevel
    speckled = scanner_probes.bw_scan(scanner_probes.grey_scan(clean, 2), 2).convert("1")
    assert ocr._despeckled(speckled) is not speckled
