"""Searchable PDF/A (ingest/pdfa.py): real Tesseract, real OCRmyPDF, pikepdf's PDF/A validator and poppler's
pdftotext, on a rendered page whose truth is known and whose OCR the repair mends."""
from __future__ import annotations

import importlib.util
import io
import json
import sqlite3
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import img2pdf
import pdfplumber
import pikepdf
import pytest
from PIL import Image
from rapidfuzz.distance import Levenshtein
from rich.console import Console
from typer.testing import CliRunner

from cli import app
from ingest import review
from ingest.archive import ingest as run
from ingest.models import Document
from ingest.normalize import normalize
from ingest.pdfa import write_pdfa
from ingest.pipeline import Options, extracted, from_extraction
from ingest.placed import placed
from ingest.userdict import ARCHIVE_WORDS, add_words
from scripts import render_pages
from scripts.make_devsets import bilevel, seed_clean

ROOT = Path(__file__).resolve().parents[1]
WER = ROOT.parent / "shared" / "tools" / "wer.py"
runner = CliRunner()
META = ("LUNDBY KOMMUN\nKultur- och fritidsnämnden\n\nSammanträdesprotokoll\n\nDatum: 2019-03-12\n"
        "Plats: Stadshuset\n\n§ 1 Budgetuppföljning\nPrognosen visar ett underskott på 1,2 miljoner kronor.\n\n"
        "§ 2 Övriga frågor\nBiblioteket har utökade öppettider under sommaren.\n")


@pytest.fixture(scope="module", autouse=True)
def scratch(tmp_path_factory):
    """OCRmyPDF works in a folder under $TMPDIR: here, under the test's own folder."""
    folder = tmp_path_factory.mktemp("scratch")
    before, tempfile.tempdir = tempfile.tempdir, str(folder)
    yield folder
    tempfile.tempdir = before


def _made(folder: Path, name: str, data: bytes, options: Options) -> tuple[Path, Document, object]:
    source = folder / name
    source.write_bytes(data)
    sha, raw = extracted(data, name, options)
    document, _ = from_extraction(raw, sha, name, options)
    output = folder / f"{name}.pdf"
    with open(output, "wb") as handle:
        write_pdfa(source, document, raw, handle)
    return source, document, raw


def _png(image: Image.Image) -> bytes:
    data = io.BytesIO()
    image.save(data, format="PNG")
    return data.getvalue()


@pytest.fixture(scope="module")
def damaged(tmp_path_factory):
    """The page of tests/test_placed.py: the seed minutes as a poor black-and-white scan read with the English
    model, so the repair changes about 45 words."""
    folder = tmp_path_factory.mktemp("damaged")
    truth = "\n".join(seed_clean().splitlines()[:45]) + "\n"
    data = _png(bilevel(render_pages.text_to_scans(truth, seed=3, dpi=300)[0]))
    source, document, raw = _made(folder, "page.png", data, Options(language="eng"))
    return truth, source, document, raw, folder / "page.png.pdf"


@pytest.fixture(scope="module")
def meeting(tmp_path_factory):
    """A grey scan of minutes that print a title, an organisation and a date, as JPEG."""
    folder = tmp_path_factory.mktemp("meeting")
    image = render_pages.text_to_scans(META, seed=1, dpi=300)[0].convert("L")
    data = io.BytesIO()
    image.save(data, format="JPEG", quality=85, dpi=(300, 300))
    source, document, raw = _made(folder, "meeting.jpg", data.getvalue(), Options())
    return source, document, raw, folder / "meeting.jpg.pdf"


def _wer(truth: str, text: str) -> float:
    spec = importlib.util.spec_from_file_location("wer", WER)
    wer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(wer)
    words = wer.words(truth)
    return 100 * Levenshtein.distance(wer.words(text), words) / len(words)


def _pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_text_layer_reads_as_the_repaired_text(damaged):
    truth, _, document, _, pdf = damaged
    layer = _wer(truth, _pdftotext(pdf))
    assert abs(layer - _wer(truth, document.text)) <= 0.2
    assert _wer(truth, document.original_text) > layer + 10, "the raw OCR is much worse than the layer"


def _iou(a, b) -> float:
    inter = max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def test_each_word_lies_on_the_box_it_was_read_from(damaged):
    _, _, document, raw, pdf = damaged
    [words] = placed(normalize(raw).pages, document.corrections)
    with pdfplumber.open(pdf) as opened:
        page = opened.pages[0]
        width, height = float(page.width), float(page.height)
        found = [(w["text"], (w["x0"] / width, w["top"] / height, w["x1"] / width, w["bottom"] / height))
                 for w in page.extract_words(use_text_flow=True)]
    assert len(found) == len(words) > 100
    for word in words:
        best = max((_iou(word.box, box) for text, box in found if text == word.text), default=0.0)
        assert best >= 0.8, (word.text, word.box)


def test_pdfa_2b_with_the_record_s_metadata(meeting):
    _, document, _, pdf = meeting
    assert (document.meeting.title, document.meeting.organization, document.meeting.date) == \
        ("Sammanträdesprotokoll", "LUNDBY KOMMUN", "2019-03-12")
    with pikepdf.open(pdf) as opened:
        meta = opened.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
        assert meta["dc:title"] == "Sammanträdesprotokoll"
        assert meta["dc:creator"] == ["LUNDBY KOMMUN"]
        assert meta["dc:date"] == ["2019-03-12"]
        assert opened.docinfo["/Author"] == "LUNDBY KOMMUN"
        assert not any(key in meta for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"))
        report = pikepdf.pdfa.validate_written(pdf, "2b")
        assert report.verdict == "pass", report.summary()


def test_what_the_page_does_not_print_stays_absent(damaged):
    *_, document, _, pdf = damaged
    assert document.meeting.organization is None and document.meeting.date is None
    with pikepdf.open(pdf) as opened:
        meta = opened.open_metadata()
        assert "dc:creator" not in meta and "dc:date" not in meta and "/Author" not in opened.docinfo


def _images(pdf, raw: bool = True) -> list[bytes]:
    with pikepdf.open(pdf) as opened:
        return [xobject.read_raw_bytes() if raw else xobject.read_bytes() for page in opened.pages
                for xobject in page.Resources.get("/XObject", {}).values() if xobject.get("/Subtype") == "/Image"]


def test_page_images_are_the_input_s_bytes(damaged, meeting):
    _, source, *_ = damaged
    assert _images(io.BytesIO(img2pdf.convert(source.read_bytes()))) == _images(damaged[4])
    source, *_, pdf = meeting
    assert _images(pdf) == [source.read_bytes()], "the JPEG is embedded as it is"


def test_a_scanned_pdf_keeps_its_pages_and_the_same_input_makes_the_same_bytes(tmp_path, meeting, damaged):
    source = tmp_path / "scan.pdf"
    source.write_bytes(img2pdf.convert([meeting[0].read_bytes(), meeting[0].read_bytes()]))
    runs = []
    for name in ("one.pdf", "two.pdf"):
        result = runner.invoke(app, ["pdf", str(source), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        runs.append((tmp_path / name).read_bytes())
    assert runs[0] == runs[1]
    assert _images(io.BytesIO(runs[0])) == _images(source)
    again = io.BytesIO()
    write_pdfa(*damaged[1:4], again)  # an image, which img2pdf makes a PDF of inside OCRmyPDF
    assert again.getvalue() == damaged[4].read_bytes()
    assert _pdftotext(tmp_path / "one.pdf").count("Budgetuppföljning") == 2


def test_a_born_digital_pdf_passes_through_and_a_mixed_one_gets_a_layer_only_on_its_scan(tmp_path, meeting):
    from reportlab.pdfgen import canvas

    text = tmp_path / "text.pdf"
    drawing = canvas.Canvas(str(text), pagesize=(595, 842))
    drawing.drawString(72, 770, "Kommunstyrelsen beslutade att godkänna budgeten.")
    drawing.showPage()
    drawing.save()
    mixed = tmp_path / "mixed.pdf"
    with pikepdf.open(text) as first, pikepdf.open(io.BytesIO(img2pdf.convert(meeting[0].read_bytes()))) as scan:
        first.pages.extend(scan.pages)
        first.save(mixed)
    for name in ("text.pdf", "mixed.pdf"):
        result = runner.invoke(app, ["pdf", str(tmp_path / name), "-o", str(tmp_path / f"out-{name}")])
        assert result.exit_code == 0, result.output
    with pikepdf.open(text) as before, pikepdf.open(tmp_path / "out-text.pdf") as after:
        assert before.pages[0].Contents.read_bytes() == after.pages[0].Contents.read_bytes()
    assert "godkänna budgeten" in _pdftotext(tmp_path / "out-text.pdf")
    with pikepdf.open(tmp_path / "out-mixed.pdf") as after:
        layers = [any(str(name).startswith("/OCR-") for name in page.Resources.get("/XObject", {}).keys())
                  for page in after.pages]
    assert layers == [False, True]
    assert "Budgetuppföljning" in _pdftotext(tmp_path / "out-mixed.pdf")


def test_bad_input_is_one_line(tmp_path):
    (tmp_path / "notes.pdf").write_text("<html><body>nope</body></html>")
    (tmp_path / "notes.txt").write_text("Mötet öppnades.\n")
    for name, reason in (("notes.pdf", "not a pdf"), ("notes.txt", "no page images"), ("missing.png", "no such file")):
        result = runner.invoke(app, ["pdf", str(tmp_path / name), "-o", str(tmp_path / "out.pdf")])
        assert result.exit_code == 1
        assert result.output.startswith(f"minutes: {tmp_path / name}: ") and reason in result.output.lower()
        assert result.output.count("\n") == 1 and not (tmp_path / "out.pdf").exists()


def test_the_input_is_never_the_output(damaged):
    source = damaged[1]
    before = source.read_bytes()
    result = runner.invoke(app, ["pdf", str(source), "-o", str(source)])
    assert result.exit_code == 1 and "is the input file" in result.output
    assert source.read_bytes() == before


def test_without_ocrmypdf_one_line_says_how_to_install_it(tmp_path, damaged):
    blocker = tmp_path / "blocked" / "ocrmypdf"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('not installed')\n")
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "pdf", str(damaged[1]), "-o",
                             str(tmp_path / "out.pdf")], capture_output=True, text=True,
                            env={"PYTHONPATH": f"{blocker.parent}:{ROOT}", "PATH": "/usr/bin:/bin",
                                 "TMPDIR": str(tmp_path), "HOME": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "pip install 'minutes[pdf]'" in result.stderr


def _timings(archive: Path, name: str) -> dict:
    with sqlite3.connect(archive / "catalog.sqlite") as db:
        [timings] = db.execute("SELECT timings FROM files WHERE path LIKE ?", (f"%{name}",)).fetchone()
    return json.loads(timings)


def test_ingest_pdf_is_made_again_from_the_kept_extraction_after_a_decision_and_a_word(tmp_path, damaged):
    """Through the archive's API, to read the page with the English model as the fixture does (the CLI reads
    Swedish, which reads this page almost without damage)."""
    inputs, archive = tmp_path / "in", tmp_path / "archive"
    inputs.mkdir()
    (inputs / "page.png").write_bytes(damaged[1].read_bytes())
    (inputs / "notes.txt").write_text("Mötet öppnades.\n")

    def ingest(pdf: bool = True) -> None:
        summary = run([str(inputs)], archive, options=Options(language="eng"), workers=1, pdf=pdf,
                      console=Console(file=io.StringIO()))
        assert summary.count("done") == 2 and not summary.pdf_failures

    ingest()
    [made] = (archive / "pdf").iterdir()
    document = Document.model_validate_json((archive / "documents" / f"{made.stem}.json").read_text())
    assert made.name == f"{document.source.sha256}.pdf" and "extract" in _timings(archive, "page.png")
    first = made.read_bytes()

    fix = next(c for c in document.corrections if c.corrected.isalpha() and len(c.corrected) > 3)
    review.record(archive, review.decide("ann", document.id, fix, "replace", "Granskat"))
    ingest()
    assert "extract" not in _timings(archive, "page.png"), "made again from the kept extraction, not OCR'd"
    assert made.read_bytes() != first and "Granskat" in _pdftotext(made).split()

    decided, before = made.read_bytes(), Document.model_validate_json(
        (archive / "documents" / f"{made.stem}.json").read_text())
    word = next(c.original for c in before.corrections if c.original.isalpha() and len(c.original) > 4)
    add_words(archive / ARCHIVE_WORDS, [word])
    ingest(pdf=False)  # a PDF the archive has is kept up to date without --pdf
    assert "extract" not in _timings(archive, "page.png")
    after = Document.model_validate_json((archive / "documents" / f"{made.stem}.json").read_text())
    assert after.content_sha256 != before.content_sha256, f"adding {word!r} changed the text"
    assert made.read_bytes() != decided and word in _pdftotext(made).split()
    status = runner.invoke(app, ["status", str(archive), "--json"])
    assert status.exit_code == 0 and len(json.loads(status.output)["files"]) == 2


def test_a_page_scanned_sideways_is_turned_upright_with_its_words(tmp_path, meeting):
    """OCR turned the page to read it; OCRmyPDF turns the PDF's page the same way (/Rotate), so the text layer
    reads in order and each word lies where the upright page shows it."""
    source, _, _, upright = meeting
    sideways = Image.open(source).rotate(90, expand=True)
    data = io.BytesIO()
    sideways.save(data, format="JPEG", quality=85, dpi=(300, 300))
    _, document, raw = _made(tmp_path, "sideways.jpg", data.getvalue(), Options())
    assert raw.pages[0].rotation == 270
    pdf = tmp_path / "sideways.jpg.pdf"
    assert _wer(document.text, _pdftotext(pdf)) < 5
    with pdfplumber.open(pdf) as turned, pdfplumber.open(upright) as reference:
        texts = [w["text"] for w in reference.pages[0].extract_words()]
        want = {w["text"]: w for w in reference.pages[0].extract_words() if texts.count(w["text"]) == 1}
        got = [w for w in turned.pages[0].extract_words() if w["text"] in want]
        assert len(got) > 20
        assert all(abs(w["x0"] - want[w["text"]]["x0"]) < 10 and abs(w["top"] - want[w["text"]]["top"]) < 10
                   for w in got)


def test_a_text_layer_minutes_rejected_is_replaced_by_its_repaired_words(tmp_path):
    """A scan under invisible nonsense: minutes OCR'd the page instead, and the PDF's layer is minutes' text."""
    from test_text_layers import _nonsense, _over_scan

    source = tmp_path / "lager.pdf"
    source.write_bytes(_over_scan(_nonsense()))
    result = runner.invoke(app, ["pdf", str(source), "-o", str(tmp_path / "out.pdf")])
    assert result.exit_code == 0, result.output
    layer = _pdftotext(tmp_path / "out.pdf")
    assert "HELSINGBORG" in layer and "Helsingborgs stads skolors ledningsgrupp" in layer
    assert not set(_nonsense()[0].split()) & set(layer.split()), "the nonsense is gone"
    assert _images(tmp_path / "out.pdf", raw=False) == _images(source, raw=False), \
        "the image's data, whose ASCII85 wrapping (reportlab's) qpdf takes off as it writes"


def _word_boxes(pdf: Path) -> dict[str, tuple[float, float]]:
    """Words found once on the page, at their top-left corners in the page's own (media box) coordinates."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</word>', xml)
    texts = [text for _, _, text in found]
    return {text: (float(x), float(y)) for x, y, text in found if texts.count(text) == 1}


def test_a_cropped_page_keeps_its_words_on_the_printed_ones(tmp_path, meeting):
    """A scanned PDF showing only part of its page (a CropBox inside the MediaBox): minutes read what is shown,
    and the words land where the uncropped page has them."""
    source, *_, upright = meeting
    scan = tmp_path / "scan.pdf"
    with pikepdf.open(io.BytesIO(img2pdf.convert(source.read_bytes()))) as pdf:
        left, bottom, right, top = (float(v) for v in pdf.pages[0].MediaBox)
        pdf.pages[0].CropBox = pikepdf.Array([left + 20, bottom + 30, right - 20, top - 30])
        pdf.save(scan)
    result = runner.invoke(app, ["pdf", str(scan), "-o", str(tmp_path / "out.pdf")])
    assert result.exit_code == 0, result.output
    want, got = _word_boxes(upright), _word_boxes(tmp_path / "out.pdf")
    shared = set(want) & set(got)
    assert len(shared) > 20
    assert all(abs(got[w][0] - want[w][0]) < 3 and abs(got[w][1] - want[w][1]) < 3 for w in shared)
