"""Every shipped sample through the whole pipeline with real Tesseract: key fields and a schema-valid document.

The samples are what a new user runs first (`scripts/setup.sh demo`), so their output is checked field by field
against what the seeds they were made from say.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from ingest.models import published_schema
from ingest.pipeline import Options, process, to_json

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SCAN = "ledningsgrupp-2021-08-17"
SEED_003_TITLES = {
    "1": "Mindset för backa barnen",
    "2": "Kort, kort info",
    "3": "City expo och SFFs roll",
    "4": "Mål och ekonomi 2022, budgetbeslut i juni",
}


@cache
def parsed(name: str) -> dict:
    path = SAMPLES / name
    return json.loads(to_json(process(path.read_bytes(), str(path), Options())))


def test_every_sample_is_covered():
    on_disk = {p.name for p in SAMPLES.iterdir() if p.suffix != ".md"}
    covered = {name for case in CASES for name in case.values[:1]}
    assert on_disk == covered


def check_seed_003_header(document: dict) -> None:
    meeting = document["meeting"]
    assert meeting["date"] == "2021-08-17"
    if meeting["start_time"] is None:  # this PNG's clean "8.30" reads as "3.30" (Tesseract 5.5, confidence 44)
        assert any("start time 03:30" in reason for reason in document["quality"]["review_reasons"])
    else:
        assert meeting["start_time"] == "08:30"
    assert meeting["end_time"] == "16:00"
    assert meeting["location"] == "Fredriksdals Museum och trädgårdar"
    assert "Dennis Hjelmström" in meeting["participants"]
    assert meeting["absent"] == ["Anci Cederquist"]
    assert meeting["secretary"] == "Marie Krantz"


def check_seed_003_items(document: dict) -> None:
    titles = {item["number"]: item["title"] for item in document["items"]}
    assert titles == SEED_003_TITLES
    first = document["items"][0]
    assert first["presenters"] == ["Dennis Hjelmström", "Alexandra Hansson", "Carolina Palm", "Caroline Ekstrand"]
    assert first["section"] == "Information"


def check_seed_000(document: dict) -> None:
    items = document["items"]
    assert [item["number"] for item in items] == ["1", "2", "3", "4", "5"]
    assert items[0]["title"] == "Uppdrag i VP, lägesbeskrivning"
    assert items[2]["presenters"] == ["Emma Krantz", "Rebecca Lundin"]
    assert "Skilj på fjärr- och distansundervisning" in items[1]["bullets"]
    assert document["corrections"] == [], "clean text from a PDF is left as it is"


CASES = [
    pytest.param(f"{SCAN}-old-ocr.txt", "text", 1, [check_seed_003_header, check_seed_003_items], id="old-ocr-txt"),
    pytest.param(f"{SCAN}-scan-1.png", "image", 1, [check_seed_003_header], id="png-page-1"),
    pytest.param(f"{SCAN}-scan-2.png", "image", 1, [], id="png-page-2"),
    pytest.param(f"{SCAN}-scan-1.jpg", "image", 1, [check_seed_003_header], id="jpeg-page-1"),
    pytest.param(f"{SCAN}-scan.tif", "image", 2, [check_seed_003_header, check_seed_003_items], id="tiff-2-pages"),
    pytest.param(f"{SCAN}-scan.pdf", "pdf-scan", 2, [check_seed_003_header, check_seed_003_items], id="pdf-scan"),
    pytest.param("hss-motesanteckningar-text.pdf", "pdf-text", None, [check_seed_000], id="pdf-text"),
]


@pytest.mark.parametrize("name, kind, pages, checks", CASES)
def test_sample(name, kind, pages, checks):
    document = parsed(name)
    jsonschema.validate(document, published_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    ids = [item["id"] for item in document["items"]]
    assert len(set(ids)) == len(ids) and all(i.startswith(document["id"] + "#") for i in ids)
    for item in document["items"]:
        assert " ".join(item["title"].split()) in " ".join(document["text"][item["start"]:item["end"]].split())
    assert document["source"]["kind"] == kind
    if pages is not None:
        assert document["source"]["pages"] == document["quality"]["pages"] == pages
    if kind == "text" or kind == "pdf-text":
        assert document["quality"]["ocr_confidence"] is None
    else:
        assert document["quality"]["ocr_confidence"] > 80
        assert document["pipeline"]["ocr_language"] == "swe"
    for check in checks:
        check(document)


def test_page_two_alone_holds_the_later_items():
    numbers = [item["number"] for item in parsed(f"{SCAN}-scan-2.png")["items"]]
    assert numbers[-3:] == ["2", "3", "4"]
