"""`process` end to end on real inputs made by the project's own scripts: the Document it composes."""
from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

import pikepdf
import pytest

from ingest.errors import InputError
from ingest.models import PAGE_BREAK
from ingest.pipeline import Options, process, process_timed, to_json
from ingest.repair import apply as repair_apply

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import render_pages  # noqa: E402  (scripts/ is not a package)

SEED = (ROOT / "eval" / "seeds" / "003_062adbd7478ffd8d.txt").read_bytes()


def test_text_document_fields_and_audit_trail():
    document = process(SEED, "möte.txt", Options())
    assert document.id == f"sha256:{document.source.sha256}" and len(document.source.sha256) == 64
    assert (document.source.path, document.source.kind, document.source.pages) == ("möte.txt", "text", 1)
    assert document.quality.ocr_confidence is None
    assert document.pipeline.ocr_engine is None and document.pipeline.ocr_language is None
    assert document.quality.corrections == len(document.corrections) > 0
    assert document.quality.needs_review == bool(document.quality.review_reasons)
    text = document.original_text
    for correction in sorted(document.corrections, key=lambda c: c.start, reverse=True):
        assert text[correction.start:correction.end] == correction.original
        text = text[:correction.start] + correction.corrected + text[correction.end:]
    assert text == document.text, "applying the corrections to original_text gives text"
    assert document.meeting.date == "2021-08-17"
    assert document.items, "the numbered items are found"


def test_same_input_gives_byte_identical_json():
    first = to_json(process(SEED, "möte.txt", Options()))
    assert to_json(process(SEED, "möte.txt", Options())) == first
    assert first.endswith("}\n") and "å" in first, "real UTF-8, not \\u escapes"
    assert list(__import__("json").loads(first)) == [
        "schema_version", "id", "source", "meeting", "items", "unassigned", "text", "original_text",
        "corrections", "review", "normalizations", "quality", "pipeline", "ingested_at", "content_sha256", "replaces"]


def test_two_page_text_pdf_joins_pages_with_form_feed():
    text = SEED.decode("utf-8")
    middle = text.index("\n1.")
    pdf = io.BytesIO()
    render_pages.render_text_pdf(text[:middle] + PAGE_BREAK + text[middle:middle + 900], pdf)
    document = process(pdf.getvalue(), "möte.pdf", Options())
    assert document.source.kind == "pdf-text"
    assert document.source.pages == document.quality.pages == 2
    assert document.text.count(PAGE_BREAK) == 1
    assert document.pipeline.ocr_engine is None


def test_unreadable_text_is_flagged_for_review():
    gibberish = " ".join(["xqzv", "brtkl", "mnnpq", "zzkt", "ölkjh", "Kommun"] * 20).encode()
    document = process(gibberish, "brus.txt", Options())
    assert document.quality.needs_review
    assert any(reason.startswith("many unknown words") for reason in document.quality.review_reasons)


def test_bad_input_raises_input_error():
    with pytest.raises(InputError, match="empty file"):
        process(b"", "tom.txt", Options())
    with pytest.raises(InputError):
        process(b"%PDF-1.7\n garbage", "trasig.pdf", Options())


def _files_of_every_kind(folder: Path) -> list[Path]:
    """A text file, a two-frame TIFF, and a PDF whose text and scanned pages alternate, so that pdfminer and
    pdfium take turns reading the one stream."""
    made = [folder / "möte.txt", folder / "skanning.tif", folder / "blandat.pdf"]
    made[0].write_bytes(SEED)
    text = SEED.decode("utf-8")
    pages = [text[:500], text[500:1000], text[1000:1500], text[1500:2000]]
    scans = render_pages.text_to_scans(f"{pages[1]}\f{pages[3]}", seed=3)
    scans[0].save(made[1], "TIFF", compression="tiff_lzw", save_all=True, append_images=scans[1:])
    mixed = pikepdf.new()
    for index, page in enumerate(pages):
        buffer = io.BytesIO()
        if index % 2:
            scans[index // 2].save(buffer, "PDF", resolution=300)
        else:
            render_pages.render_text_pdf(page, buffer)
        mixed.pages.extend(pikepdf.open(io.BytesIO(buffer.getvalue())).pages)
    mixed.save(made[2], deterministic_id=True)
    return made


def test_an_open_file_gives_the_same_json_as_its_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr("ingest.pdf.REOPEN_SCANS", 1)  # both PDF readers reopen from the stream after every scan
    for path in _files_of_every_kind(tmp_path):
        from_bytes = to_json(process(path.read_bytes(), path.name, Options()))
        with open(path, "rb") as handle:
            from_file = to_json(process(handle, path.name, Options()))
        assert from_file == from_bytes, path.name
        assert json.loads(from_file)["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert json.loads(from_file)["source"]["kind"] == "pdf-mixed"


def test_an_open_file_is_refused_when_its_hash_is_not_the_expected_one(tmp_path):
    path = tmp_path / "möte.txt"
    path.write_bytes(SEED)
    with open(path, "rb") as handle, pytest.raises(InputError, match="^file changed while being ingested$"):
        process_timed(handle, path.name, Options(), expected_sha256=hashlib.sha256(b"before").hexdigest())


def test_normalizations_give_back_the_text_as_extracted_and_corrections_the_repaired_text():
    source = "Styrelsemöte\r\n\r\nen för-\r\nstudie som genomfordes\r\n\uf0b7\tpunkt\r\n\f\r\nsida två för-\r\nslag\r\n"
    document = process(source.encode("utf-8"), "möte.txt", Options())
    undone = document.original_text
    for change in reversed(document.normalizations):
        undone = undone[:change.start] + change.extracted + undone[change.end:]
    pages = [page.replace("\r\n", "\n").strip("\n") for page in source.split("\f")]
    assert undone == "\f".join(pages)
    assert [(c.page, c.normalized) for c in document.normalizations
            if "hyphenation" in c.fixes and c.normalized.strip()] == [
        (1, "förstudie"), (2, "förslag")]
    assert repair_apply(document.original_text, document.corrections) == document.text
