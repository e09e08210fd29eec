"""ALTO XML (ingest/alto.py, `minutes alto`, `ingest --alto`): real Tesseract on real and rendered scans, each
output validated against the shipped ALTO 4.4 XSD with nothing fetched."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema
from typer.testing import CliRunner

from cli import app
from ingest import extractions, review
from ingest.alto import NAMESPACE, alto
from ingest.boxes import source_box
from ingest.models import Document, Extraction, OcrWord, Page
from ingest.pipeline import Options, from_extraction, to_alto
from test_cli import _bad_inputs
from test_placed import damaged  # noqa: F401  (the fixture: a bilevel page read with the English model)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SCHEMAS = ROOT / "ingest" / "schemas"
XLINK = "http://www.w3.org/1999/xlink"
runner = CliRunner()


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    """Local files only (`allow="local"` refuses any URL), the XLink import mapped to the shipped copy."""
    return xmlschema.XMLSchema(str(SCHEMAS / "alto-4-4.xsd"), locations={XLINK: str(SCHEMAS / "xlink.xsd")},
                               allow="local")


def test_the_shipped_schema_needs_no_network():
    """Without the mapping the XLink import is a URL, which local-only access refuses: the schema the tests
    validate with is built from the shipped files alone."""
    with pytest.raises(xmlschema.XMLSchemaException):
        xmlschema.XMLSchema(str(SCHEMAS / "alto-4-4.xsd"), allow="local")


def _box(element: ET.Element) -> tuple[int, int, int, int]:
    left, top = int(element.get("HPOS")), int(element.get("VPOS"))
    return left, top, left + int(element.get("WIDTH")), top + int(element.get("HEIGHT"))


def _alto(path: Path, *extra: str) -> bytes:
    result = runner.invoke(app, ["alto", str(path), *extra])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def test_a_damaged_scan_gives_the_repaired_words_with_the_ocr_reading_as_alternative(damaged, schema):
    document, extraction = damaged
    data = alto(document, extraction.pages)
    schema.validate(data.decode())
    root = ET.fromstring(data)
    [page] = extraction.pages
    [element] = root.iter(_tag("Page"))
    assert (element.get("WIDTH"), element.get("HEIGHT")) == tuple(map(str, page.size))
    strings = list(root.iter(_tag("String")))
    assert " ".join(s.get("CONTENT") for s in strings) == " ".join(document.text.split())
    changed = [s for s in strings if s.find(_tag("ALTERNATIVE")) is not None]
    assert len(changed) == len(document.corrections) > 20
    originals = {(c.original, c.corrected) for c in document.corrections}
    for string in changed:
        read = string.find(_tag("ALTERNATIVE")).text
        assert read != string.get("CONTENT") and string.get("PROCESSINGREFS") == "REPAIR"
        assert any(original in read and corrected in string.get("CONTENT") for original, corrected in originals)
    words = [w for w in page.words if w.text.strip() and w.box]
    assert len(words) == len(strings), "one String per OCR word on this page"
    width, height = page.size
    for string, word in zip(strings, words):
        assert 0 <= float(string.get("WC")) <= 1
        assert float(string.get("WC")) == pytest.approx(word.confidence / 100, abs=0.005)
        left, top, right, bottom = _box(string)
        assert 0 <= left < right <= width and 0 <= top < bottom <= height
        expected = source_box(word.box, page.size, page.skew, page.rotation)
        assert (left, top, right, bottom) == pytest.approx(
            (expected[0] * width, expected[1] * height, expected[2] * width, expected[3] * height), abs=1.5)
        if string.find(_tag("ALTERNATIVE")) is not None:
            assert string.find(_tag("ALTERNATIVE")).text == word.text, "the alternative is what OCR read there"
    for line in root.iter(_tag("TextLine")):
        boxes = [_box(s) for s in line.iter(_tag("String"))]
        assert _box(line) == (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                              max(b[3] for b in boxes)), "a line's box is the union of its words'"


def test_a_multi_page_scanned_pdf_has_a_page_each_and_says_what_read_it(schema):
    data = _alto(SAMPLES / "ledningsgrupp-2021-08-17-scan.pdf")
    schema.validate(data.decode())
    root = ET.fromstring(data)
    assert root.get("SCHEMAVERSION") == "4.4"
    pages = list(root.iter(_tag("Page")))
    assert [(p.get("ID"), p.get("PHYSICAL_IMG_NR")) for p in pages] == [("P1", "1"), ("P2", "2")]
    for page in pages:
        width, height = int(page.get("WIDTH")), int(page.get("HEIGHT"))
        assert width > 2000 and height > 3000, "pixels of the page image at 300 dpi"
        strings = list(page.iter(_tag("String")))
        assert len(strings) > 100
        for string in strings:
            left, top, right, bottom = _box(string)
            assert 0 <= left < right <= width and 0 <= top < bottom <= height
    assert root.findtext(f"{_tag('Description')}/{_tag('sourceImageInformation')}/{_tag('fileName')}") == \
        str(SAMPLES / "ledningsgrupp-2021-08-17-scan.pdf")
    software = {p.get("ID"): (p.findtext(f"{_tag('processingSoftware')}/{_tag('softwareName')}"),
                              p.findtext(f"{_tag('processingSoftware')}/{_tag('softwareVersion')}"))
                for p in root.iter(_tag("Processing"))}
    assert software["OCR"][0] == "Tesseract" and software["OCR"][1].startswith("5.")
    assert software["REPAIR"][0] == "minutes"


def test_a_page_scanned_sideways_says_its_text_is_turned(tmp_path, schema):
    """The page is the file's image; its text runs up the page, a quarter turn counter-clockwise."""
    from PIL import Image

    sideways = tmp_path / "sideways.png"
    Image.open(SAMPLES / "ledningsgrupp-2021-08-17-scan-1.png").rotate(90, expand=True).save(sideways)
    data = _alto(sideways)
    schema.validate(data.decode())
    page = next(ET.fromstring(data).iter(_tag("Page")))
    assert int(page.get("WIDTH")) > int(page.get("HEIGHT"))
    assert {block.get("ROTATION") for block in page.iter(_tag("TextBlock"))} == {"90"}
    upright = next(ET.fromstring(_alto(SAMPLES / "ledningsgrupp-2021-08-17-scan-1.png")).iter(_tag("Page")))
    assert {block.get("ROTATION") for block in upright.iter(_tag("TextBlock"))} == {None}


@pytest.mark.parametrize("name", ["hss-motesanteckningar-text.pdf", "ledningsgrupp-2021-08-17-old-ocr.txt"])
def test_a_page_not_ocr_d_has_its_repaired_words_without_positions(name, schema):
    data = _alto(SAMPLES / name)
    schema.validate(data.decode())
    root = ET.fromstring(data)
    document = Document.model_validate_json(runner.invoke(app, ["parse", str(SAMPLES / name)]).stdout)
    strings = list(root.iter(_tag("String")))
    assert " ".join(s.get("CONTENT") for s in strings) == " ".join(document.text.split())
    assert not any(s.get("HPOS") or s.get("WC") for s in strings), "no box or OCR confidence to give"
    assert [p.get("WIDTH") for p in root.iter(_tag("Page"))] == [None] * document.source.pages
    assert not [p for p in root.iter(_tag("Processing")) if p.get("ID") == "OCR"]
    if name.endswith(".txt"):  # old OCR without å, ä and ö: the repair changes words, the text had them so
        alternatives = {(s.find(_tag("ALTERNATIVE")).text, s.get("CONTENT")) for s in strings
                        if s.find(_tag("ALTERNATIVE")) is not None}
        assert ("for", "för") in alternatives


def test_a_word_hyphenated_over_a_line_is_two_parts_and_a_hyp(schema):
    """Tesseract's words as it read a page ("tradgar-" at a line's end), joined by normalize and repaired."""
    text = "Vi har tradgardar-\nna har.\n"
    lines = [["Vi", "har", "tradgardar-"], ["na", "har."]]
    words = [OcrWord(word, 91.0, (100 + 200 * x, 100 + 60 * y, 280 + 200 * x, 140 + 60 * y))
             for y, line in enumerate(lines) for x, word in enumerate(line)]
    raw = Extraction(kind="image", ocr_engine="tesseract 5.5.4", ocr_language="swe",
                     pages=[Page(number=1, text=text, method="ocr", words=words, size=(1000, 400))])
    document, _ = from_extraction(raw, "0" * 64, "page.png", Options())
    assert "trädgårdarna" in document.text
    data = to_alto(raw, document)
    schema.validate(data.decode())
    first, second = ET.fromstring(data).iter(_tag("TextLine"))
    first_half, hyphen = first.findall(_tag("String"))[-1], first.find(_tag("HYP"))
    second_half = second.findall(_tag("String"))[0]
    assert (first_half.get("SUBS_TYPE"), first_half.get("CONTENT"), hyphen.get("CONTENT")) == \
        ("HypPart1", "trädgårdar", "-")
    assert (second_half.get("SUBS_TYPE"), second_half.get("CONTENT")) == ("HypPart2", "na")
    assert first_half.find(_tag("ALTERNATIVE")).text == "tradgardar-"
    assert _box(first_half) == (500, 100, 680, 140) and _box(second_half) == (100, 160, 280, 200)


def test_the_same_file_gives_the_same_bytes(tmp_path):
    first, second = tmp_path / "a.xml", tmp_path / "b.xml"
    for out in (first, second):
        result = runner.invoke(app, ["alto", str(SAMPLES / "ledningsgrupp-2021-08-17-old-ocr.txt"), "-o", str(out)])
        assert result.exit_code == 0, result.output
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<alto xmlns=")


def _minutes(*args: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), OMP_THREAD_LIMIT="1")
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=600)


def test_bad_input_is_one_line_and_no_output(tmp_path):
    for case, (path, why) in _bad_inputs(tmp_path).items():
        out = tmp_path / "out.xml"
        result = _minutes("alto", str(path), "-o", str(out))
        assert result.returncode == 1, (case, result.stderr)
        assert result.stderr.startswith(f"minutes: {path}: {why}"), (case, result.stderr)
        assert result.stderr.count("\n") == 1 and not out.exists(), case
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".xml") or name.startswith(".tmp")]


SCAN = SAMPLES / "ledningsgrupp-2021-08-17-scan-1.png"
SHA = hashlib.sha256(SCAN.read_bytes()).hexdigest()


def _ingest(inputs: Path, archive: Path, *extra: str) -> None:
    result = runner.invoke(app, ["ingest", str(inputs), "--archive", str(archive), "--workers", "1", *extra])
    assert result.exit_code == 0, result.output


def _wc(archive: Path) -> set[str]:
    return {s.get("WC") for s in ET.fromstring((archive / "alto" / f"{SHA}.xml").read_bytes()).iter(_tag("String"))}


def test_ingest_alto_is_made_from_the_kept_extraction_and_kept_in_step(tmp_path, schema):
    inputs, archive = tmp_path / "in", tmp_path / "archive"
    inputs.mkdir()
    shutil.copy(SCAN, inputs / SCAN.name)
    _ingest(inputs, archive)
    assert not (archive / "alto").exists(), "only asked for"

    [entry] = (archive / extractions.FOLDER).iterdir()
    kept = extractions.decode(entry.read_bytes())
    words = [word._replace(confidence=42.0) for word in kept.pages[0].words]
    entry.write_bytes(extractions.encode(kept.model_copy(update={
        "pages": [kept.pages[0].model_copy(update={"words": words})]})))  # only the kept extraction says this
    _ingest(inputs, archive, "--alto")
    made = (archive / "alto" / f"{SHA}.xml").read_bytes()
    schema.validate(made.decode())
    assert _wc(archive) == {"0.42"}, "made from the kept extraction, not OCR'd again"
    assert (archive / "alto" / f"{SHA}.xml").stat().st_mode & 0o777 == 0o666 & ~_umask()

    document = Document.model_validate_json((archive / "documents" / f"{SHA}.json").read_bytes())
    changed = {(s.find(_tag("ALTERNATIVE")).text, s.get("CONTENT")) for s in ET.fromstring(made).iter(_tag("String"))
               if s.find(_tag("ALTERNATIVE")) is not None}
    fix = next(c for c in document.corrections if (c.original, c.corrected) in changed)
    review.record(archive, review.decide("ann", document.id, fix, "reject"))
    _ingest(inputs, archive)  # without --alto: a document that has its ALTO keeps it in step
    remade = (archive / "alto" / f"{SHA}.xml").read_bytes()
    assert remade != made and _wc(archive) == {"0.42"}
    contents = [s.get("CONTENT") for s in ET.fromstring(remade).iter(_tag("String"))]
    assert contents.count(fix.original) == [s.get("CONTENT") for s in ET.fromstring(made).iter(
        _tag("String"))].count(fix.original) + 1, "the rejected fix gives the OCR's word back"

    _ingest(inputs, archive, "--alto")
    assert (archive / "alto" / f"{SHA}.xml").read_bytes() == remade, "nothing changed, nothing re-made"
    (inputs / SCAN.name).unlink()
    other = "Protokoll fört vid mötet.\n".encode()
    (inputs / "other.txt").write_bytes(other)
    _ingest(inputs, archive, "--alto")
    assert sorted(p.name for p in (archive / "alto").iterdir()) == sorted(
        [f"{SHA}.xml", f"{hashlib.sha256(other).hexdigest()}.xml"]), \
        "a document no file holds any more keeps its ALTO, as its document file and its PDF stay"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
