"""`minutes review DIR`: the archive's documents that want a human, in the browser, and the decisions taken there.

Starlette answers, Jinja2 renders with autoescape on, so every piece of document text is escaped; uvicorn
serves. The server reads the archive (the catalog read-only, as `status` does) and writes only two files: the
decision log `review.jsonl` (`ingest/review.py`) and the archive's dictionary `words.txt`. A request never
names a file: documents are found by their id, which must be a sha256, and crops come from the files the
catalog lists for them (`crops.py`). A change is a POST carrying this session's token, so another site cannot
make the archivist's browser decide anything.
"""
from __future__ import annotations

import bisect
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from ingest import review
from ingest.paths import reason
from ingest.catalog import Catalog
from ingest.errors import InputError
from ingest.models import PAGE_BREAK, Correction, Document, Span
from ingest.userdict import ARCHIVE_WORDS
from ingest.web import crops

DEFAULT_THRESHOLD = 0.8
"""Corrections below this confidence are shown for review; the repair applies them from 0.5 up."""
MAX_ROWS = 200
"""Documents listed at once; a filter narrows the rest."""
MAX_SPAN_LINES = 8
COOKIE = "minutes_review"
DOCUMENT_ID = re.compile(r"sha256:[0-9a-f]{64}")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
FIELDS = ("organization", "body", "title", "date", "start_time", "end_time", "location", "chair", "secretary",
          "participants", "guests", "absent", "adjusters")
EXPECTED = ("organization", "title", "date")
"""Fields every minutes has: one segmentation did not find is shown as unsure."""
ITEM_ISSUE = re.compile(r"^item (\S+):|item numbers jump from (\S+) to (\S+)")


@dataclass(frozen=True)
class Row:
    """One document in the list, as far as the list needs it."""

    id: str
    path: str
    title: str
    reasons: tuple[str, ...]
    confidences: tuple[float, ...]
    """Of its corrections, sorted: how many are below a threshold is a bisection."""
    proposed: int
    """Proposals below --min-confidence, not applied (`Document.review`): all of them want a decision."""

    def weak(self, threshold: float) -> int:
        return bisect.bisect_left(self.confidences, threshold) + self.proposed


class Archive:
    """The archive as the pages read it; document summaries are kept while their file stays the same.

    Pages that read files are plain functions, which Starlette runs on its thread pool, so rendering a crop
    does not hold up the other requests."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._rows: dict[tuple[str, str], Row] = {}

    def _catalog(self) -> Catalog:
        return Catalog(self.root / "catalog.sqlite", readonly=True)

    def rows(self) -> list[Row]:
        catalog = self._catalog()
        try:
            feed = [(entry.sha256, entry.file_sha256 or entry.ingested_at) for entry in catalog.stream()
                    if entry.deleted is None]
            paths = self._paths(catalog)
        finally:
            catalog.close()
        rows = []
        for sha, version in feed:
            row = self._rows.get((sha, version))
            if row is None:
                try:  # plain JSON: the list reads every document once, and a model costs ten times more
                    document = json.loads((self.root / "documents" / f"{sha}.json").read_bytes())
                    meeting = document["meeting"]
                    title = " · ".join(meeting[name] for name in ("organization", "title", "date") if meeting[name])
                    row = Row(document["id"], paths.get(sha, [document["source"]["path"]])[0], title,
                              tuple(document["quality"]["review_reasons"]),
                              tuple(sorted(c["confidence"] for c in document["corrections"])),
                              len(document.get("review", [])))
                except (OSError, ValueError, KeyError, TypeError):
                    continue
                self._rows[(sha, version)] = row
            rows.append(row)
        return rows

    def document(self, document_id: str) -> Document | None:
        if not DOCUMENT_ID.fullmatch(document_id):
            return None
        try:
            data = (self.root / "documents" / f"{document_id.removeprefix('sha256:')}.json").read_bytes()
            return Document.model_validate_json(data)
        except (OSError, ValidationError):
            return None

    def source(self, document: Document) -> str | None:
        catalog = self._catalog()
        try:
            paths = self._paths(catalog).get(document.source.sha256, [])
        finally:
            catalog.close()
        return crops.source_of(paths, document.source.sha256)

    @staticmethod
    def _paths(catalog: Catalog) -> dict[str, list[str]]:
        """Every path the catalog has for each document, those that hold it now first, then those it had
        (`Catalog.paths`); a name it had to escape (`paths.path_label`) is left out, so no path is guessed."""
        found: dict[str, list[str]] = {}
        now = [(row.sha256, row.path) for row in catalog.files() if row.status == "done" and row.sha256]
        for sha, path in now + [(sha, path) for sha, path, _ in catalog.paths()]:
            if "\\" not in path and path not in found.setdefault(sha, []):
                found[sha].append(path)
        return found

    def decisions(self, document_id: str) -> list[review.Decision]:
        return [d for d in review.load(self.root) if d.document == document_id]


def create_app(root: Path, *, reviewer: str, threshold: float = DEFAULT_THRESHOLD,
               host: str = "127.0.0.1") -> Starlette:
    archive = Archive(Path(root))
    secret = secrets.token_bytes(32)
    templates = Jinja2Templates(env=Environment(loader=PackageLoader("ingest.web"), autoescape=True,
                                                trim_blocks=True, lstrip_blocks=True))

    def token(session: str) -> str:
        return hmac.new(secret, session.encode(), hashlib.sha256).hexdigest()

    def page(request: Request, name: str, context: dict, status: int = 200) -> Response:
        session = request.cookies.get(COOKIE) or secrets.token_urlsafe(32)
        response = templates.TemplateResponse(request, name, {**context, "csrf": token(session)}, status, HEADERS)
        if request.cookies.get(COOKIE) != session:
            response.set_cookie(COOKIE, session, httponly=True, samesite="strict")
        return response

    def refused(why: str, status: int) -> Response:
        return PlainTextResponse(why + "\n", status, HEADERS)

    def threshold_of(request: Request) -> float:
        try:
            value = float(request.query_params.get("threshold", threshold))
        except ValueError:
            return threshold
        return min(max(value, 0.0), 1.0)

    def listing(request: Request) -> Response:
        limit = threshold_of(request)
        reason = request.query_params.get("reason", "").strip()
        text = request.query_params.get("q", "").strip()
        rows = [(row, row.weak(limit)) for row in archive.rows()]
        rows = [(row, weak) for row, weak in rows if row.reasons or weak]
        reasons = sorted({_kind(why) for row, _ in rows for why in row.reasons} - {""})
        if reason:
            rows = [(row, weak) for row, weak in rows
                    if any(reason.casefold() in why.casefold() for why in row.reasons)
                    or (weak and reason.casefold() in "corrections below the threshold")]
        if text:
            rows = [(row, weak) for row, weak in rows
                    if any(text.casefold() in value.casefold() for value in (row.id, row.path, row.title))]
        return page(request, "list.html", {"rows": rows[:MAX_ROWS], "total": len(rows), "threshold": limit,
                                           "reason": reason, "q": text, "reasons": reasons, "max_rows": MAX_ROWS})

    def document_page(request: Request) -> Response:
        document = archive.document(request.path_params["id"])
        if document is None:
            return refused("no such document", 404)
        limit = threshold_of(request)
        issues = _structure_issues(document)
        try:
            decisions = archive.decisions(document.id)
        except InputError as error:
            return refused(str(error), 500)
        latest = {d.key: d for d in decisions}
        fixes = [_fix(document, index, c, latest.get(review.key(c)), proposed)
                 for index, (c, proposed) in enumerate(_candidates(document)) if proposed or c.confidence < limit]
        return page(request, "document.html", {
            "doc": document, "fixes": fixes, "threshold": limit, "decisions": decisions,
            "fields": _fields(document), "items": _items(document, issues), "issues": issues,
        })

    def crop(request: Request) -> Response:
        document = archive.document(request.path_params["id"])
        index = request.path_params["index"]
        if document is None or index >= len(_candidates(document)) or _candidates(document)[index][0].box is None:
            return refused("no such crop", 404)
        correction = _candidates(document)[index][0]
        path = archive.source(document)
        if path is None:
            return refused("the source file is gone or changed since it was ingested", 404)
        image = crops.crop(path, document.source.kind, correction.page, correction.box)
        return Response(image, media_type="image/png", headers=HEADERS)

    async def posted(request: Request) -> tuple[Document, int, Correction, dict] | Response:
        """The document and correction a form names, after its token and the correction's identity check."""
        form = await request.form()
        session = request.cookies.get(COOKIE, "")
        if not session or not hmac.compare_digest(str(form.get("csrf", "")), token(session)):
            return refused("refused: this form's token is missing or wrong; reload the page and try again", 403)
        document = archive.document(request.path_params["id"])
        if document is None:
            return refused("no such document", 404)
        try:
            index = int(form.get("index", ""))
            if index < 0:
                raise IndexError(index)
            correction = _candidates(document)[index][0]
        except (ValueError, IndexError):
            return refused("no such correction", 404)
        named = (form.get("page"), form.get("start"), form.get("end"), form.get("original"), form.get("corrected"))
        if named != tuple(str(part) for part in review.key(correction)):
            return refused("this correction changed since the page was shown; reload the page", 409)
        return document, index, correction, dict(form)

    def save(request: Request, document: Document, index: int, decision: review.Decision) -> Response:
        """The decision on disk, then back to the correction it was about."""
        try:
            review.record(archive.root, decision)
        except OSError as error:
            return refused(f"{review.LOG}: cannot save the decision: {reason(error)}", 500)
        url = request.url_for("document", id=document.id).include_query_params(threshold=threshold_of(request))
        return RedirectResponse(f"{url}#c{index}", 303, HEADERS)

    async def decide(request: Request) -> Response:
        found = await posted(request)
        if isinstance(found, Response):
            return found
        document, index, correction, form = found
        action = form.get("action")
        if action not in ("accept", "reject", "replace"):
            return refused("no such action", 400)
        try:
            decision = review.decide(reviewer, document.id, correction, action, form.get("word"))
        except ValueError as error:
            return refused(str(error), 400)
        return save(request, document, index, decision)

    async def keep(request: Request) -> Response:
        """"Always keep this word": the word as OCR read it goes into the archive's dictionary, and this
        correction is rejected, so every later run keeps it here and everywhere."""
        from ingest.userdict import DictionaryError, add_words, check_word

        found = await posted(request)
        if isinstance(found, Response):
            return found
        document, index, correction, _ = found
        if check_word(correction.original):
            return refused("only a single word can go into the dictionary", 400)
        try:
            add_words(archive.root / ARCHIVE_WORDS, [correction.original])
        except DictionaryError as error:
            return refused(f"{ARCHIVE_WORDS}: {error.reason}", 500)
        return save(request, document, index, review.decide(reviewer, document.id, correction, "reject"))

    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost", "[::1]"])] \
        if host in LOOPBACK else []
    return Starlette(routes=[
        Route("/", listing, methods=["GET"], name="list"),
        Route("/document/{id}", document_page, methods=["GET"], name="document"),
        Route("/document/{id}/crop/{index:int}.png", crop, methods=["GET"], name="crop"),
        Route("/document/{id}/decide", decide, methods=["POST"], name="decide"),
        Route("/document/{id}/keep", keep, methods=["POST"], name="keep"),
    ], middleware=middleware)


def _kind(reason: str) -> str:
    """A reason without its numbers, to filter by: its longest stretch without a digit ('page 1: only 46% of
    its ink was read as words' → 'of its ink was read as words')."""
    return max(re.split(r"\S*\d\S*", reason), key=len).strip(" ,:;")


def _candidates(document: Document) -> list[tuple[Correction, bool]]:
    """What the archivist decides about, each with whether it is only proposed: the corrections applied, then
    the proposals below --min-confidence (`Document.review`); a form names one by its place here."""
    return [(c, False) for c in document.corrections] + [(c, True) for c in document.review]


@dataclass(frozen=True)
class Fix:
    index: int
    correction: Correction
    before: str
    after: str
    decision: review.Decision | None
    proposed: bool
    """Below --min-confidence, so not applied: accepting applies it."""


def _fix(document: Document, index: int, correction: Correction, decision: review.Decision | None,
         proposed: bool) -> Fix:
    """The correction inside its line of the OCR text, as before/word/after, so the template escapes each."""
    text = document.original_text
    start = text.rfind("\n", 0, correction.start) + 1
    start = max(start, text.rfind(PAGE_BREAK, 0, correction.start) + 1)
    ends = [at for at in (text.find("\n", correction.end), text.find(PAGE_BREAK, correction.end)) if at >= 0]
    end = min(ends, default=len(text))
    return Fix(index, correction, text[start:correction.start], text[correction.end:end], decision, proposed)


def _lines(document: Document, span: Span | None) -> list[str]:
    if span is None:
        return []
    pages = document.text.split(PAGE_BREAK)
    found = []
    for number in range(span.page, min(span.end_page, len(pages)) + 1):
        lines = pages[number - 1].split("\n")
        first = span.line if number == span.page else 1
        last = span.end_line if number == span.end_page else len(lines)
        found += lines[first - 1:last]
    return found[:MAX_SPAN_LINES]


def _fields(document: Document) -> list[dict]:
    meeting = document.meeting
    rows = []
    for name in FIELDS:
        value = getattr(meeting, name)
        if isinstance(value, list):
            value = ", ".join(value)
        if value or name in EXPECTED:
            rows.append({"name": name, "value": value or "", "unsure": not value,
                         "lines": _lines(document, meeting.sources.get(name))})
    return rows


def _items(document: Document, issues: list[str]) -> list[dict]:
    """Every item, those an issue names first: the lines each came from, for the archivist to check."""
    named: dict[str, list[str]] = {}
    for issue in issues:
        match = ITEM_ISSUE.search(issue)
        if match:
            for number in filter(None, match.groups()):
                named.setdefault(number.strip("§ "), []).append(issue)
    rows = [{"item": item, "issues": named.get(item.number.strip("§ "), []), "lines": _lines(document, item.span)}
            for item in document.items]
    return sorted(rows, key=lambda row: not row["issues"])


def _structure_issues(document: Document) -> list[str]:
    """What segmentation was unsure of: segmenting the stored text again gives the same issues."""
    from ingest.segment import segment

    return segment(document.text).issues


def serve(root: Path, *, host: str, port: int, reviewer: str, threshold: float) -> None:
    import uvicorn

    uvicorn.run(create_app(root, reviewer=reviewer, threshold=threshold, host=host), host=host, port=port,
                log_level="warning", server_header=False)

