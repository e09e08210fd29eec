"""OCR once: the archive keeps each file's extraction, and a new dictionary re-runs only the stages after it.
A real scan from samples/, real Tesseract, real worker processes."""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from ingest import extractions
from ingest.archive import ingest
from ingest.models import Extraction
from ingest.pipeline import Options

ROOT = Path(__file__).resolve().parents[1]
SCAN = ROOT / "samples" / "ledningsgrupp-2021-08-17-scan-1.png"
SHA = hashlib.sha256(SCAN.read_bytes()).hexdigest()
WORD = Options(user_words=("Ordförandeklubba",))
"""A user word: a new dictionary version, so every document is made again."""


def _quiet() -> Console:
    return Console(file=io.StringIO(), force_terminal=False)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("scanned")
    (root / "in").mkdir()
    shutil.copy(SCAN, root / "in" / SCAN.name)
    summary = ingest([str(root / "in")], root / "archive", workers=1, console=_quiet())
    assert summary.count("done") == 1
    return root


def _copy(scanned: Path, tmp_path: Path) -> Path:
    shutil.copytree(scanned / "archive", tmp_path / "archive")
    return tmp_path / "archive"


def _entry(archive: Path) -> Path:
    [entry] = (archive / "extractions").iterdir()
    return entry


def _document(archive: Path) -> dict:
    return json.loads((archive / "documents" / f"{SHA}.json").read_text(encoding="utf-8"))


def test_the_extraction_is_kept_compressed_under_the_file_hash_and_the_extract_settings(scanned):
    entry = _entry(scanned / "archive")
    assert entry.name == f"{SHA}-{extractions.key('swe', 300)}.json.gz"
    kept = Extraction.model_validate_json(gzip.decompress(entry.read_bytes()))
    words = kept.pages[0].words
    assert kept.pages[0].method == "ocr" and len(words) > 50 and all(word.box for word in words)
    assert 0 < words[0].confidence <= 100
    assert len(entry.read_bytes()) < len(kept.model_dump_json()) / 2, "compressed"
    assert len({extractions.key("swe", 300), extractions.key("swe", 200), extractions.key("eng", 300)}) == 3


def test_a_new_dictionary_reruns_the_later_stages_from_the_kept_extraction(scanned, tmp_path):
    archive = _copy(scanned, tmp_path)
    entry = _entry(archive)
    kept = extractions.decode(entry.read_bytes())
    page = kept.pages[0].model_copy(update={"text": kept.pages[0].text + "\nKakelugnen sprack i sammanträdesrummet."})
    entry.write_bytes(extractions.encode(kept.model_copy(update={"pages": [page]})))  # only the cache says this

    summary = ingest([str(scanned / "in")], archive, workers=1, console=_quiet(), options=WORD)
    assert summary.documents_processed == 1
    document = _document(archive)
    assert "Kakelugnen sprack i sammanträdesrummet." in document["original_text"], "read from the archive, not OCR'd"
    assert document["pipeline"]["dictionary_version"] != _document(scanned / "archive")["pipeline"]["dictionary_version"]


def test_a_document_from_the_kept_extraction_is_byte_identical_to_one_from_ocr(scanned, tmp_path):
    cached, fresh = _copy(scanned, tmp_path / "cached"), _copy(scanned, tmp_path / "fresh")
    ingest([str(scanned / "in")], cached, workers=1, console=_quiet(), options=WORD)
    ingest([str(scanned / "in")], fresh, workers=1, console=_quiet(), options=WORD, force=True)  # --force: OCR again
    made = (cached / "documents" / f"{SHA}.json").read_bytes()
    assert made == (fresh / "documents" / f"{SHA}.json").read_bytes()
    assert made != (scanned / "archive" / "documents" / f"{SHA}.json").read_bytes(), "the new dictionary is in it"
    assert _entry(cached).read_bytes() == _entry(fresh).read_bytes(), "the same extraction, the same entry"


@pytest.mark.parametrize("damage", ["cut short", "not an extraction"])
def test_a_damaged_entry_is_read_again_from_the_file(scanned, tmp_path, damage):
    archive = _copy(scanned, tmp_path)
    whole = _entry(archive).read_bytes()
    _entry(archive).write_bytes(whole[:len(whole) // 2] if damage == "cut short" else
                                gzip.compress(b'{"kind": "image", "pages": 7}'))
    summary = ingest([str(scanned / "in")], archive, workers=1, console=_quiet(), options=WORD)
    assert summary.count("failed") == 0 and summary.documents_processed == 1
    assert _document(archive)["original_text"] == _document(scanned / "archive")["original_text"]
    assert _entry(archive).read_bytes() == _entry(scanned / "archive").read_bytes(), "and kept whole again"
