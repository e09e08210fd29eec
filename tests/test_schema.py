"""The feed contract: the published schema (open to added fields, `$id`, date and time formats, enums) and what
it promises of items (ids, page spans, offsets into `text`), on real documents the pipeline makes from samples/."""
from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import get_args

import jsonschema
import pytest
from pydantic import ValidationError

from ingest import fixes
from ingest.models import SCHEMA_ID, CorrectionReason, Document, published_schema
from ingest.pipeline import Options, process, to_json

ROOT = Path(__file__).resolve().parents[1]
TEXT_SAMPLES = ["ledningsgrupp-2021-08-17-old-ocr.txt", "hss-motesanteckningar-text.pdf"]
RESTARTED_NUMBERS = """LUNDBY KOMMUN
Kultur- och fritidsnämnden
Datum: 35 maj 2021
Tid: kl. 27.00-29.30
Plats: Stadshuset

Beslutsärenden
1. Budget för året
Nämnden beslutar att godkänna budgeten.
2. Taxor
Nämnden beslutar att höja taxan.

Informationsärenden
1. Rapport från förvaltningen
Förvaltningen informerar.
2. Övriga frågor
Inga övriga frågor.
"""


@cache
def validator() -> jsonschema.Draft202012Validator:
    schema = published_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@cache
def sample(name: str) -> str:
    path = ROOT / "samples" / name
    return to_json(process(path.read_bytes(), f"samples/{name}", Options()))


def errors(document: dict) -> list[str]:
    """Each error's message; for an optional value (`anyOf` string or null), what its string failed."""
    return ["; ".join(e.message for e in error.context if e.validator != "type") if error.context else error.message
            for error in validator().iter_errors(document)]


def _walk(node):
    yield node
    for value in node.values() if isinstance(node, dict) else node if isinstance(node, list) else ():
        yield from _walk(value)


def test_published_schema_is_named_and_open_to_added_fields():
    schema = published_schema()
    assert schema["$id"] == SCHEMA_ID == "urn:minutes:schema:document:1"
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert not [node for node in _walk(schema) if isinstance(node, dict) and node.get("additionalProperties") is False]
    assert "additionalProperties" in schema["$defs"]["Meeting"]["properties"]["sources"], "a map keeps its values' schema"
    assert Document.model_json_schema()["additionalProperties"] is False, "our own models stay strict"


def test_correction_reasons_are_the_fixes_that_exist():
    named = {value for name, value in vars(fixes).items()  # a private constant ("_DOT_LETTERS") names no reason
             if name.isupper() and not name.startswith("_") and isinstance(value, str)
             and value.replace("-", "").isalpha() and value.islower()}
    assert set(get_args(CorrectionReason)) == named
    reason = published_schema()["$defs"]["Correction"]["properties"]["reason"]
    assert sorted(reason["enum"]) == sorted(named)


@pytest.mark.parametrize("name", TEXT_SAMPLES)
def test_real_documents_validate_with_fields_added(name):
    document = json.loads(sample(name))
    assert errors(document) == []
    assert document["corrections"] or name.endswith(".pdf")
    grown = copy.deepcopy(document)
    grown["replaced_by_a_later_version"] = {"any": ["shape"]}
    for part in (grown["source"], grown["meeting"], grown["quality"], grown["pipeline"], *grown["items"],
                 *grown["corrections"], *grown["meeting"]["sources"].values()):
        part["added_within_version_1"] = 1
    assert errors(grown) == []
    with pytest.raises(ValidationError, match="added_within_version_1"):
        Document.model_validate(grown)


@pytest.mark.parametrize("where, value, why", [
    (("meeting", "date"), "17/08/2021", "does not match"),
    (("meeting", "date"), "2021-8-17", "does not match"),
    (("meeting", "date"), "2021-02-30", "is not a 'date'"),
    (("meeting", "start_time"), "8.30", "does not match"),
    (("meeting", "end_time"), "24:00", "does not match"),
    (("meeting", "end_time"), "16:00:00", "does not match"),
    (("corrections", 0, "reason"), "guesswork", "is not one of"),
    (("source", "kind"), "docx", "is not one of"),
    (("items", 0, "id"), "1", "does not match"),
    (("ingested_at", ), "2024-03-01 12:00", "does not match"),
])
def test_bad_values_fail(where, value, why):
    document = json.loads(sample(TEXT_SAMPLES[0]))
    node = document
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    found = errors(document)
    assert len(found) == 1 and why in found[0], found


def test_item_ids_are_unique_stable_and_follow_the_rule():
    first = process(RESTARTED_NUMBERS.encode(), "omstart.txt", Options())
    again = process(RESTARTED_NUMBERS.encode(), "annat namn.txt", Options())
    assert [item.number for item in first.items] == ["1", "2", "1", "2"], "numbering restarts with the section"
    assert [item.id for item in first.items] == [f"{first.id}#{key}" for key in ("1", "2", "1~2", "2~2")]
    assert [item.id for item in again.items] == [item.id for item in first.items]
    for name in TEXT_SAMPLES:
        ids = [item["id"] for item in json.loads(sample(name))["items"]]
        assert len(set(ids)) == len(ids) > 3


def test_item_id_keys():
    from ingest.publish import _keys

    numbers = ["§ 12", "KS § 26", "", "1", "1", "5.1", "1.", "§", "RSAU § 118", "1"]
    assert _keys(numbers) == ["12", "KS-26", "~3", "1", "1~2", "5.1", "1~3", "~8", "RSAU-118", "1~4"]


@pytest.mark.parametrize("name", TEXT_SAMPLES)
def test_item_offsets_and_pages_point_into_text(name):
    document = json.loads(sample(name))
    text = document["text"]
    for item in document["items"]:
        cut = text[item["start"]:item["end"]]
        assert " ".join(item["title"].split()) in " ".join(cut.split()), item["id"]
        assert cut == cut.strip() and item["number"].split()[-1] in cut.split("\n")[0]
        assert text[:item["start"]].count("\f") + 1 == item["page"] == item["span"]["page"]
        assert text[:item["end"]].count("\f") + 1 == item["end_page"] == item["span"]["end_page"]
    ends = [(item["start"], item["end"]) for item in document["items"]]
    assert all(end <= start for (_, end), (start, _) in zip(ends, ends[1:])), "items follow one another"
    assert any(item["end_page"] > item["page"] for item in document["items"]) or name.endswith(".txt")


def test_offsets_count_code_points_and_leave_out_the_spaces_around():
    """A letter outside the Basic Multilingual Plane is one code point, two UTF-16 units and four UTF-8 bytes."""
    text = RESTARTED_NUMBERS.replace("Budget för året", "Budget för 𝔞ret").replace("2. Taxor", "   2. Taxor  ")
    document = process(text.encode(), "bokstav.txt", Options())
    assert "𝔞" in document.text and "   2. Taxor" in document.text
    second = document.items[1]
    assert document.text[second.start:second.end] == "2. Taxor\nNämnden beslutar att höja taxan."
    assert second.start == document.text.index("2. Taxor")
    assert len(document.text[:second.start].encode("utf-16-le")) // 2 == second.start + 1


def test_impossible_dates_and_times_are_left_out_for_review():
    document = process(RESTARTED_NUMBERS.encode(), "omstart.txt", Options())
    meeting = document.meeting
    assert (meeting.date, meeting.start_time, meeting.end_time) == (None, None, None)
    assert not {"date", "start_time", "end_time"} & set(meeting.sources)
    assert document.quality.needs_review
    assert {"meeting date 2021-05-35 is not a calendar date: left out",
            "meeting start time 27:00 is not a time of day: left out",
            "meeting end time 29:30 is not a time of day: left out"} <= set(document.quality.review_reasons)
    assert errors(json.loads(to_json(document))) == []
