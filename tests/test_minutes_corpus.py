"""The minutes corpus (eval/minutes/) is whole and split by organisation, and the pipeline does not fall below
what it reached on it.

The regression part is the fast subset of `make eval`: structure on every document as published (text and
Markdown read by extract, text PDFs through pdfplumber, real scans from their committed OCR), and the repair of
the exact text (which should change nothing). The floors are the figures the code reached when they were last
raised; raise them when the code improves, never lower them to make a change pass.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.segment import segment  # noqa: E402
from scripts import (attendance_probes, case_number_probes, cover_probes, decision_probes, probe_cli,  # noqa: E402
                     when_where_probes)
from scripts.corpora import riksdag_documents, session_year, split_of  # noqa: E402
from scripts.minutes_corpus import COLUMNS, CORPUS, KINDS, MANIFEST, SPLITS, load_docs  # noqa: E402
from scripts.score_structure import NAME_SIMILARITY, number_key, score, similar  # noqa: E402

DOCS = load_docs()
# % on the published inputs of all documents, dev and test. Measured 2026-12-03 (stop 24) on the 67 documents:
# 98.0, 87.3, 91.6 (decisions up from 81.6 with the grammar of decisions and proposals kept apart).
FLOORS = {
    "items_right": 97.5,
    "decisions_found": 86.5,
    "fields_right": 90.5,
}
CLEAN_CHANGED_CEILING = 0.03  # % of words the repair changes on the exact text; measured 0.010 (stop 24)


def test_manifest_has_the_columns_and_one_row_per_folder():
    header = MANIFEST.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert tuple(header) == COLUMNS
    assert sorted(d.name for d in DOCS) == sorted(p.name for p in (CORPUS / "docs").iterdir() if p.is_dir())
    assert len({d.name for d in DOCS}) == len(DOCS)


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.name)
def test_document_is_complete(doc):
    assert doc.kind in KINDS and doc.split in SPLITS and doc.real in ("real", "synthetic")
    assert doc.source_file.stat().st_size > 0
    assert doc.truth.strip()
    expected = doc.expected
    assert set(expected) >= {"meeting", "items"}
    for item in expected["items"]:
        assert item["number"] and item["title"] and isinstance(item["decisions"], list)
    meeting = expected["meeting"]
    assert meeting.get("date") is None or len(meeting["date"]) == 10
    readings = ("scan-swe", "scan-eng") if doc.is_scan else ("grey-swe", "grey-eng", "bw-swe")
    for reading in readings:
        assert doc.reading_path(reading).exists(), f"run scripts/make_minutes_corpus.py {doc.name}"


def test_corpus_is_as_large_as_its_readme_says():
    real = [d for d in DOCS if d.real == "real"]
    assert len(DOCS) >= 67 and len(real) >= 40
    assert len({d.organisation for d in DOCS}) >= 19 and len({d.organisation for d in real}) >= 2
    assert {d.kind for d in DOCS} >= {"text", "markdown", "pdf-text"}


def test_splits_are_by_organisation_and_a_quarter_is_test():
    """A quarter, not a third: four dev documents were added for kinds dev lacked (a new organisation goes to dev
    when dev lacks its kind, eval/minutes/README.md), leaving 6 test organisations of 19."""
    splits = defaultdict(set)
    for doc in DOCS:
        splits[doc.organisation].add(doc.split)
    assert all(len(s) == 1 for s in splits.values()), "an organisation's documents are all in one split"
    test_orgs = sum(s == {"test"} for s in splits.values())
    assert test_orgs >= 6 and test_orgs * 4 >= len(splits)


def test_riksdag_split_is_by_session():
    assert session_year("# ipq-199495--0001") == 1994 and session_year("# ipq-19992000--0012") == 1999
    assert (split_of(2016), split_of(2017), split_of(2018), split_of(2021)) == ("train", "dev", "test", "test")
    first = next(riksdag_documents("test"))
    assert session_year(first[0]) >= 2018 and len(first[1].split()) > 20


def test_no_code_reads_the_reserved_talbanken_dev_part():
    """Talbanken's dev part is reserved for independent judging: no script, benchmark or build step names it."""
    code = [p for folder in ("ingest", "scripts", "bench", "dictionaries") for p in (ROOT / folder).rglob("*.py")]
    assert code and not [p.name for p in code if "talbanken-dev" in p.read_text(encoding="utf-8")]
    assert not list((ROOT / "eval").rglob("talbanken-dev*"))


def test_number_keys_ignore_what_templates_print_around_the_number():
    assert {number_key(n) for n in ("§ 12", "KS § 12", "12.", "12", "XII", "§12")} == {"12"}
    assert number_key("5.3") == "5.3"


def test_scorer_counts_what_is_missing_and_what_is_invented():
    expected = {"meeting": {"date": "2024-01-02", "chair": "Anna Ek", "location": None, "participants": ["Anna Ek"]},
                "items": [{"number": "§ 1", "title": "Val av justerare", "dnr": None,
                           "decisions": ["Till justerare valdes Per Ek."]}]}
    right = score("d", {"date": "2024-01-02", "chair": "Anna Ek", "location": None, "participants": ["Anna Ek"],
                        "adjusters": []},
                  [{"number": "1", "title": "Val av justerare", "dnr": None,
                    "decisions": ["Till justerare valdes Per Ek."]}], expected)
    assert (right.items_right, right.decisions_found, right.fields_right, right.invented) == (1, 1, 2, 0)
    wrong = score("d", {"date": "2024-01-03", "chair": None, "location": "Sida 1 av 3", "participants": [],
                        "adjusters": []},
                  [{"number": "1", "title": "Val av justerare Paragrafer 1-9", "dnr": None, "decisions": []}],
                  expected)
    assert (wrong.items_right, wrong.decisions_found, wrong.fields_right, wrong.invented) == (0, 0, 0, 1)
    assert wrong.participant_lists_exact == 0


@pytest.fixture(scope="module")
def published():
    from scripts.evaluate_minutes import structure_results, total

    return total(structure_results(DOCS, ("published",)).values())


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_structure_on_published_files_stays_above_its_floor(published, measure):
    found, printed = {"items_right": (published.items_right, published.items),
                      "decisions_found": (published.decisions_found, published.decisions),
                      "fields_right": (published.fields_right, published.fields)}[measure]
    assert 100 * found / printed >= FLOORS[measure], json.dumps({measure: [found, printed]})


def test_repair_of_the_exact_text_changes_almost_nothing():
    from scripts.evaluate import load_scorer
    from scripts.evaluate_minutes import repair_results, sum_repair

    wer = load_scorer(ROOT.parent / "shared" / "tools" / "wer.py")
    clean = sum_repair(list(repair_results(DOCS, ("clean",), wer, 0).values()))
    assert clean["changed_pct"] <= CLEAN_CHANGED_CEILING, clean


@pytest.mark.parametrize("place", case_number_probes.PLACES)
@pytest.mark.parametrize("form", ["{r}/{y}:{n}", "{y}/{n:03d}", "{r}{y}/{n:04d}", "{r}.{y}.{n}", "{r} {y}.{n}"])
def test_case_numbers_read_in_every_registers_format_and_placement(form, place):
    """A dev document's items with their case numbers as other registers write them and other templates set them
    (`scripts/case_number_probes.py`): every number is read as printed."""
    doc = next(d for d in DOCS if d.name == "stromsnas-un-2024-05-15")
    text, expected = case_number_probes.probe(doc.expected, form, place)
    assert [i.dnr for i in segment(text).items] == [i["dnr"] for i in expected["items"]]


@pytest.mark.parametrize("layout", ["beside", "roles-first", "role cells"])
def test_a_roll_appended_after_the_items_is_read_as_the_covers(layout):
    """The attendance probes' roll set after the items under "Närvarolista" (`scripts/attendance_probes.py`): two
    lists side by side are read down each column, a chair's label over the members' heads a member, and a role in
    the first row under "Närvarande" ("Ordförande    Anna Ek") is a member's, not a signature block's."""
    dev = [d for d in DOCS if d.split == "dev"]
    people = next(p for p in attendance_probes._people(dev) if p["doc"] == "stromsnas-un-2024-05-15")
    meeting = segment(attendance_probes.probe_text(people, layout, last=True)).meeting
    assert sorted(meeting.participants) == sorted(people["members"])


@pytest.mark.parametrize("form", cover_probes.FORMS)
@pytest.mark.parametrize("name", ["kungsbacka-bygg-au-2024-05-23", "kungsbacka-kultur-fritid-2024-01-24",
                                  "brf-kopparslagaren-7-styrelsen-2024-10-16"])
def test_organisation_and_body_read_in_every_cover_form(form, name):
    """A dev document's organisation and body in the cover forms of `scripts/cover_probes.py`: "Protokoll från
    Byggnadsnämndens arbetsutskotts sammanträde", "Nämnden för Kultur & Fritid i Kungsbacka kommun", a running
    header's cells, …"""
    meeting = next(d for d in DOCS if d.name == name).expected["meeting"]
    got = segment(cover_probes.probe(meeting["organization"], meeting["body"], form)).meeting
    assert similar(got.organization, meeting["organization"], NAME_SIMILARITY), got.organization
    assert similar(got.body, meeting["body"], NAME_SIMILARITY), got.body


@pytest.mark.parametrize("form", when_where_probes.FORMS)
def test_date_times_and_place_read_in_every_form(form):
    """A dev document's date, start and end and place in the forms of `scripts/when_where_probes.py`: in words,
    "14/5 2024", one sentence with the place, "klockan 13.00 till 15.30", "Mötet började: 13.00", …"""
    doc = next(d for d in DOCS if d.name == "stromsnas-un-2024-05-15")
    text, want = when_where_probes.probe(doc.expected["meeting"], doc.expected["items"], form)
    got = segment(text).meeting
    assert (got.date, got.start_time, got.end_time) == want[:3]
    assert similar(got.location, want[3], NAME_SIMILARITY), got.location


@pytest.mark.parametrize("form", cover_probes.DESIGNATIONS)
def test_chair_secretary_and_adjuster_read_in_every_designation(form):
    """A dev document's chair, secretary and adjuster named as `scripts/cover_probes.py` designates them: "Ordf.:",
    "Justeringspersoner:", a vice chair "tjänstgörande ordförande", "Mötet valde X till ordförande"."""
    meeting = next(d for d in DOCS if d.name == "stromsnas-un-2024-05-15").expected["meeting"]
    got = segment(cover_probes.designated(meeting["chair"], meeting["secretary"], meeting["adjusters"][0], form)).meeting
    assert (got.chair, got.secretary, got.adjusters) == (meeting["chair"], meeting["secretary"], meeting["adjusters"][:1])


@pytest.mark.parametrize("form", cover_probes.FORMS)
def test_organisations_and_bodies_the_corpus_lacks_read_in_every_cover_form(form):
    """`cover_probes.OTHER_BODIES` in every cover form: "Protokoll fört vid regionala utvecklingsnämndens
    sammanträde", "Rådet för funktionshinderfrågors sammanträde", "Räddningstjänsten Syd" / "Direktionen", "Årsmötet i
    Ekby IF"."""
    wrong = []
    for organization, body in cover_probes.OTHER_BODIES:
        got = segment(cover_probes.probe(organization, body, form)).meeting
        if not (similar(got.organization, organization, NAME_SIMILARITY) and similar(got.body, body, NAME_SIMILARITY)):
            wrong.append((organization, body, got.organization, got.body))
    assert wrong == []


@pytest.mark.parametrize("form", cover_probes.SIGNATURES)
def test_signers_read_in_every_signature_form(form):
    """A dev document's chair, secretary and adjuster in the signature forms of `scripts/cover_probes.py`: roles in
    lower case under the names, "Ordförande: ______" over the name, an e-signature's list, …"""
    meeting = next(d for d in DOCS if d.name == "stromsnas-un-2024-05-15").expected["meeting"]
    got = segment(cover_probes.signed(meeting["chair"], meeting["secretary"], meeting["adjusters"][0], form)).meeting
    assert (got.chair, got.secretary, got.adjusters) == (meeting["chair"], meeting["secretary"], meeting["adjusters"][:1])


def test_a_paged_probe_keeps_its_running_header_and_footer_out_of_the_items():
    """A decision probe broken into pages (`make --paged`): the running header and the signing footer on each page
    are furniture, never part of an item's text or decisions."""
    doc = next(d for d in DOCS if d.name == "kungsbacka-vard-omsorg-2024-09-19")
    text = probe_cli.paged(decision_probes.probe(doc.expected, "bullets"), doc.expected["meeting"])
    items = segment(text).items
    assert text.count("\f") >= 2
    assert [i.decisions for i in items] == [i["decisions"] for i in doc.expected["items"]]
    assert not any("Justerandes" in i.text or "Sida " in i.text for i in items)


@pytest.mark.parametrize("name, word, beside", [
    ("kungsbacka-vard-omsorg-2024-09-19", "Forsne", "Hravn Forsne (M)"),  # not "Förste" by the edit distance
    ("kungsbacka-kommunstyrelsen-2026-08-25", "Studor", "Studor AB"),  # not "Står": a company's name
])
def test_a_name_in_a_persons_or_a_companys_place_keeps_its_letters(name, word, beside):
    """On the English-model reading of a dev document, a capitalised word before a party mark or a company form
    is not made into a word that is no name; the glyphs OCR misread around it are still mended."""
    from ingest.repair import repair
    from scripts.minutes_corpus import repair_input

    doc = next(d for d in load_docs() if d.name == name and d.split == "dev")
    text, words = repair_input(doc, "ocr-eng")
    assert beside in text
    fixed = repair(text, ocr_words=words)
    assert not [c for c in fixed.corrections if c.original == word]
    assert beside in fixed.text and fixed.text.count("Ordförande") > text.count("Ordförande")
