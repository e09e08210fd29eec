"""Review decisions: applied by a pure function, kept in review.jsonl, applied again by ingest without OCR; and
the review server's guards (escaping, no path traversal, the per-session token) against a real server."""
from __future__ import annotations

import http.cookiejar
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw
from typer.testing import CliRunner

from cli import app
from ingest import review
from ingest.boxes import source_box
from ingest.models import Document, Repair
from ingest.pipeline import Options, process, process_timed, to_json
from ingest.web import crops
from review_server import ROOT, serving

runner = CliRunner()
TEXT = ("Protokoll <script>alert('x')</script> Kommunstyrelsen\n"
        "Beslut fattades om budgeten for ar 2024.\nVi träffades pa museet.\n")


def _document(text: str = TEXT, **options) -> Document:
    return process(text.encode(), "protokoll.txt", Options(**options))


def _by_original(document: Document, word: str):
    return next(c for c in document.corrections if c.original == word)


def _decided(decisions, text: str = TEXT, **options) -> Document:
    return process_timed(text.encode(), "protokoll.txt", Options(**options), decisions=decisions)[0]


def test_apply_undoes_a_rejected_fix_types_a_replaced_one_and_keeps_an_accepted_one():
    document = _document()
    assert "för" in document.text and "år" in document.text, "the text needs two fixes to decide about"
    first, second = _by_original(document, "for"), _by_original(document, "ar")
    decisions = [review.decide("ann", document.id, first, "reject"),
                 review.decide("ann", document.id, second, "replace", "åren"),
                 review.decide("ann", document.id, second, "accept")]  # the latest decision wins
    assert "budgeten for år 2024" in _decided(decisions).text
    decisions[-1:] = []
    decided = _decided(decisions)
    assert "budgeten for åren 2024" in decided.text
    replaced = _by_original(decided, "ar")
    assert (replaced.corrected, replaced.reason, replaced.confidence) == ("åren", second.reason, 1.0), \
        "a typed word keeps its fix's reason: the schema's reasons stay as they are"
    assert decided.content_sha256 != document.content_sha256, "the decisions change the content"
    stored = Repair(text=decided.text, original_text=decided.original_text, corrections=decided.corrections,
                    review=decided.review, words=decided.quality.words, unknown_words=decided.quality.unknown_words)
    assert review.apply(stored, decisions) == stored, "applying the same decisions again changes nothing"
    Document.model_validate_json(to_json(decided))


def test_an_accepted_fix_is_applied_below_min_confidence():
    strict = _document(min_confidence=1.0)
    assert not strict.corrections, "every fix is below 1.0, so none is applied"
    proposal = _by_original(strict.model_copy(update={"corrections": strict.review}), "for")
    assert proposal in strict.review, "proposed for review, not applied"
    decision = review.decide("ann", strict.id, proposal, "accept")
    document = _decided([decision], min_confidence=1.0)
    assert [c.original for c in document.corrections] == ["for"] and proposal not in document.review
    assert "budgeten för ar" in document.text


def test_the_log_is_appended_and_survives_a_line_cut_short(tmp_path: Path):
    document = _document()
    fix = _by_original(document, "for")
    review.record(tmp_path, review.decide("ann", document.id, fix, "reject"))
    with open(tmp_path / review.LOG, "ab") as log:
        log.write(b'{"who": "bo", "when"')  # a crash in the middle of a write
    assert len(review.load(tmp_path)) == 1, "a torn last line is left out"
    review.record(tmp_path, review.decide("bo", document.id, fix, "accept"))
    lines = (tmp_path / review.LOG).read_text().splitlines()
    assert len(lines) == 3 and json.loads(lines[2])["who"] == "bo"
    with pytest.raises(Exception, match="line 2 is not a review decision"):
        review.load(tmp_path)
    line = json.loads(lines[0])
    assert set(line) == {"who", "when", "document", "page", "start", "end", "original", "corrected", "action",
                         "word"}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", line["when"])


@pytest.mark.parametrize("skew, rotation", [(0.0, 0), (3.3, 0), (0.0, 90), (-2.1, 270), (1.5, 180)])
def test_a_box_maps_back_to_where_the_word_is_on_the_unturned_page(skew, rotation):
    page = Image.new("L", (400, 300), 255)
    ImageDraw.Draw(page).rectangle((100, 50, 120, 60), fill=0)
    turned = page.rotate(skew, expand=True, fillcolor=255) if skew else page
    turned = turned.rotate(rotation, expand=True) if rotation else turned
    read = ImageChops.invert(turned).getbbox()
    box = source_box(read, page.size, skew, rotation)
    assert box == pytest.approx((100 / 400, 50 / 300, 121 / 400, 61 / 300), abs=0.01)


@pytest.mark.parametrize("name, kind", [("ledningsgrupp-2021-08-17-scan.pdf", "pdf-scan"),
                                        ("ledningsgrupp-2021-08-17-scan.tif", "image")])
def test_a_crop_is_rendered_from_the_source_file(name, kind):
    """The title line of the sample scan, in its PDF and its TIFF: ink where the box says."""
    data = crops.crop(str(ROOT / "samples" / name), kind, 1, (0.1, 0.1, 0.5, 0.14))
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.width > 300
    assert image.convert("L").getextrema()[0] < 80, "the crop has the page's text on it"


def _ingest(inputs: Path, archive: Path) -> None:
    result = runner.invoke(app, ["ingest", str(inputs), "--archive", str(archive), "--workers", "1"])
    assert result.exit_code == 0, result.output


def _feed(archive: Path, since: str | None = None) -> list[dict]:
    arguments = ["export", str(archive)] + (["--since", since] if since else [])
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ingest_applies_decisions_to_stored_documents_and_the_feed_resends_only_those(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT)
    (inputs / "b.txt").write_text("Mötet förklarades avslutat for i dag.\n")
    archive = tmp_path / "archive"
    _ingest(inputs, archive)
    feed = _feed(archive)
    last = feed[-1]["ingested_at"]
    document = Document.model_validate(next(d for d in feed if d["source"]["path"].endswith("a.txt")))
    review.record(archive, review.decide("ann", document.id, _by_original(document, "for"), "reject"))
    review.record(archive, review.decide("ann", document.id, _by_original(document, "ar"), "accept"))

    result = runner.invoke(app, ["ingest", str(inputs), "--archive", str(archive), "--workers", "1"])
    assert result.exit_code == 0, result.output
    stored = json.loads((archive / "documents" / f"{document.source.sha256}.json").read_text())
    assert "budgeten for år 2024" in stored["text"]
    assert [c["original"] for c in stored["corrections"]].count("for") == 0
    resent = _feed(archive, last)
    assert [d["id"] for d in resent] == [document.id], "only the document the decisions changed is sent again"

    last = resent[-1]["ingested_at"]
    _ingest(inputs, archive)
    assert _feed(archive, last) == [], "a run that changes nothing sends nothing"


# ------------------------------------------------------------------ the server's guards


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("review")
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT)
    archive = root / "archive"
    _ingest(inputs, archive)
    document = Document.model_validate(_feed(archive)[0])
    with serving(archive, "--threshold", "1", "--reviewer", "ann") as url:
        yield archive, document, url


def _browser():
    cookies = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))


def _get(opener, url: str) -> tuple[int, str]:
    try:
        with opener.open(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _post(opener, url: str, form: dict) -> tuple[int, str]:
    try:
        with opener.open(url, urllib.parse.urlencode(form).encode(), timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _form(page: str, document: Document, word: str) -> dict:
    fix = _by_original(document, word)
    index = document.corrections.index(fix)
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    return {"csrf": token, "index": index, "page": fix.page, "start": fix.start, "end": fix.end,
            "original": fix.original, "corrected": fix.corrected, "action": "reject"}


def test_document_text_is_escaped(served):
    _, document, url = served
    status, page = _get(_browser(), f"{url}/document/{document.id}")
    assert status == 200
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "no numbered items found" in page, "what segmentation was unsure of is shown"


def test_the_list_filters_by_reason_and_text(served):
    _, document, url = served
    browser = _browser()
    assert document.id in _get(browser, f"{url}/?reason=numbered+items")[1]
    assert document.id not in _get(browser, f"{url}/?reason=ink+was+read")[1]
    assert document.id in _get(browser, f"{url}/?q=a.txt")[1]
    assert document.id not in _get(browser, f"{url}/?q=b.txt")[1]


@pytest.mark.parametrize("path", [
    "/document/..%2F..%2F..%2Fetc%2Fpasswd",
    "/document/../../etc/passwd",
    "/document/sha256:..%2Fcatalog.sqlite",
    "/document/%2e%2e%2fcatalog.sqlite/crop/0.png",
    "/documents/{sha}.json",
    "/catalog.sqlite",
    "/review.jsonl",
    "/document/{id}/crop/99.png",
    "/document/sha256:" + "0" * 64,
])
def test_nothing_but_the_pages_is_served(served, path):
    _, document, url = served
    status, body = _get(_browser(), url + path.format(sha=document.source.sha256, id=document.id))
    assert status == 404
    assert "root:" not in body and "SQLite" not in body


def test_a_post_without_the_session_token_is_refused(served):
    archive, document, url = served
    browser = _browser()
    _, page = _get(browser, f"{url}/document/{document.id}")
    form = _form(page, document, "for")
    before = (archive / review.LOG).read_bytes() if (archive / review.LOG).exists() else b""
    for bad in ({k: v for k, v in form.items() if k != "csrf"}, {**form, "csrf": "0" * 64}):
        assert _post(browser, f"{url}/document/{document.id}/decide", bad)[0] == 403
    assert _post(_browser(), f"{url}/document/{document.id}/decide", form)[0] == 403, "another session's token"
    assert _get(browser, f"{url}/document/{document.id}/decide")[0] == 405, "a GET changes nothing"
    assert ((archive / review.LOG).read_bytes() if (archive / review.LOG).exists() else b"") == before

    status, page = _post(browser, f"{url}/document/{document.id}/decide", form)
    assert status == 200 and "rejected, by ann" in page
    logged = review.load(archive)[-1]
    assert (logged.who, logged.action, logged.word, logged.document) == ("ann", "reject", "for", document.id)


def test_always_keep_adds_the_word_to_the_archive_dictionary(served):
    archive, document, url = served
    browser = _browser()
    _, page = _get(browser, f"{url}/document/{document.id}")
    form = _form(page, document, "pa")
    status, _ = _post(browser, f"{url}/document/{document.id}/keep", form)
    assert status == 200
    assert "pa" in (archive / "words.txt").read_text().split()
    assert review.load(archive)[-1].action == "reject"


def test_a_foreign_host_name_is_refused(served):
    _, _, url = served
    request = urllib.request.Request(url + "/", headers={"Host": "attacker.example"})
    assert _get(urllib.request.build_opener(), request)[0] == 400


def test_review_refuses_a_folder_that_is_no_archive_a_damaged_log_and_a_taken_port(tmp_path: Path, served):
    archive, _, url = served
    result = runner.invoke(app, ["review", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (1, f"minutes: {tmp_path}: not an archive (no catalog.sqlite)\n")
    port = url.rsplit(":", 1)[1]
    result = runner.invoke(app, ["review", str(archive), "--port", port])
    assert result.exit_code == 1 and result.stderr.startswith(f"minutes: 127.0.0.1:{port}: cannot listen: ")
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "catalog.sqlite").write_bytes((archive / "catalog.sqlite").read_bytes())
    (damaged / review.LOG).write_text("not json\n{}\n")
    result = runner.invoke(app, ["review", str(damaged)])
    assert (result.exit_code, result.stderr) == (1, f"minutes: {damaged}: review.jsonl: line 1 is not a review "
                                                    "decision\n")


def test_a_typed_word_is_kept_and_an_empty_one_refused(served):
    archive, document, url = served
    browser = _browser()
    _, page = _get(browser, f"{url}/document/{document.id}")
    form = {**_form(page, document, "ar"), "action": "replace"}
    assert _post(browser, f"{url}/document/{document.id}/decide", {**form, "word": "  "})[0] == 400
    assert _post(browser, f"{url}/document/{document.id}/decide", {**form, "word": "a\nb"})[0] == 400
    status, page = _post(browser, f"{url}/document/{document.id}/decide", {**form, "word": " åren "})
    assert status == 200 and "replaced by “åren”, by ann" in page
    assert (review.load(archive)[-1].action, review.load(archive)[-1].word) == ("replace", "åren")


def test_it_listens_on_the_loopback_address_only_by_default(served):
    _, _, url = served
    port = f"{int(url.rsplit(':', 1)[1]):04X}"
    listening = [line.split()[1] for name in ("/proc/net/tcp", "/proc/net/tcp6") if Path(name).exists()
                 for line in Path(name).read_text().splitlines()[1:]
                 if line.split()[1].endswith(f":{port}") and line.split()[3] == "0A"]
    assert listening == [f"0100007F:{port}"]


def test_a_proposal_below_min_confidence_is_shown_and_applied_once_accepted(tmp_path: Path):
    """`review[]` (proposals `--min-confidence` kept back) on the page; accepting one applies it at the next
    ingest, made from the kept extraction, and the feed sends that document again."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(TEXT)
    archive = tmp_path / "archive"
    arguments = ["ingest", str(inputs), "--archive", str(archive), "--workers", "1", "--min-confidence", "1"]
    assert runner.invoke(app, arguments).exit_code == 0
    document = Document.model_validate(_feed(archive)[0])
    assert not document.corrections and document.review, "every fix is only proposed"
    proposal = next(c for c in document.review if c.original == "for")
    with serving(archive, "--reviewer", "ann") as url:
        browser = _browser()
        status, page = _get(browser, f"{url}/document/{document.id}")
        assert status == 200 and "proposed, not applied" in page and "Apply “för”" in page
        index = len(document.corrections) + document.review.index(proposal)
        token = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
        form = {"csrf": token, "index": index, "page": proposal.page, "start": proposal.start, "end": proposal.end,
                "original": proposal.original, "corrected": proposal.corrected, "action": "accept"}
        status, page = _post(browser, f"{url}/document/{document.id}/decide", form)
        assert status == 200 and "accepted, by ann" in page
    last = _feed(archive)[-1]["ingested_at"]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0, result.output
    resent = _feed(archive, last)
    assert [d["id"] for d in resent] == [document.id]
    assert [c["original"] for c in resent[0]["corrections"]] == ["for"] and "budgeten för ar" in resent[0]["text"]
    assert proposal.model_dump(mode="json") not in resent[0]["review"]


def test_a_document_whose_folder_is_not_given_follows_the_decisions_from_its_kept_extraction(tmp_path: Path):
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "a.txt").write_text(TEXT)
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "b.txt").write_text("Mötet förklarades avslutat for i dag.\n")
    archive = tmp_path / "archive"
    _ingest(tmp_path / "one", archive)
    _ingest(tmp_path / "two", archive)
    document = Document.model_validate(next(d for d in _feed(archive) if d["source"]["path"] == "a.txt"))
    last = _feed(archive)[-1]["ingested_at"]
    review.record(archive, review.decide("ann", document.id, _by_original(document, "for"), "reject"))
    (tmp_path / "one" / "a.txt").unlink()  # not read: the kept extraction is enough
    _ingest(tmp_path / "two", archive)
    resent = _feed(archive, last)
    assert [d["id"] for d in resent] == [document.id]
    assert "budgeten for år 2024" in resent[0]["text"] and resent[0]["source"]["path"] == "a.txt"
    _ingest(tmp_path / "two", archive)
    assert _feed(archive, resent[-1]["ingested_at"]) == [], "made once, not at every run"
