"""Full-text search over the archive: what a document puts in the catalog's FTS5 index, and the query.

The index (`catalog.py`) keeps each document's repaired text cut at page breaks and item boundaries, so every
hit names one page and at most one item. Its tokenizer keeps diacritics (`unicode61 remove_diacritics 0`; the
default would make "här" and "har" one word), and a second column holds the same text folded, so "tradgardar"
typed on an English keyboard still finds "trädgårdar", ranked after every exact hit.
"""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ingest.models import Document

PAGE_BREAK = "\f"


class Chunk(NamedTuple):
    """A stretch of text on one page, inside one item or outside every item (`item` None)."""

    page: int
    item: str | None
    text: str


class Entry(NamedTuple):
    """What the index keeps of one document."""

    date: str | None
    body: str | None
    organization: str | None
    chunks: tuple[Chunk, ...]


class Hit(NamedTuple):
    document: str
    path: str | None
    date: str | None
    body: str | None
    page: int
    item: str | None
    snippet: str
    exact: bool


def fold(text: str) -> str:
    """Diacritics removed (å→a, ö→o, é→e; unlike `glyphs.fold` é stays an e, as a person would type it), one
    character for one, so a place in the folded text is the same place in the text."""
    return text.translate(_folding(text))


def _folding(text: str) -> dict[int, str]:
    table = {}
    for char in set(text):
        if char.isascii():
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if len(base) == 1 and base != char:
            table[ord(char)] = base
    return table


def entry(document: Document) -> Entry:
    """The document's text in chunks: each page's text, cut where an item starts or ends."""
    cuts = sorted({0, len(document.text), *(i.start for i in document.items), *(i.end for i in document.items)})
    cuts += [at + 1 for at, char in enumerate(document.text) if char == PAGE_BREAK]
    cuts = sorted(set(cuts))
    chunks = []
    page = 1
    for start, end in zip(cuts, cuts[1:]):
        piece = document.text[start:end]
        owner = next((item.number for item in document.items if item.start <= start < item.end), None)
        if piece.strip(PAGE_BREAK + " \n"):
            chunks.append(Chunk(page, owner, piece.strip(PAGE_BREAK)))
        page += piece.count(PAGE_BREAK)
    meeting = document.meeting
    return Entry(meeting.date, meeting.body, meeting.organization, tuple(chunks))


_OPEN, _CLOSE, _MORE = "\x02", "\x03", "\x1f"
"""Snippet marks no text holds, so a folded snippet can be found in its text and the marks shown as `_SHOWN`."""
_SHOWN = str.maketrans({_OPEN: "[", _CLOSE: "]", _MORE: "…"})

_SELECT = f"""
SELECT s.sha256, (SELECT min(coalesce(f.relative, f.path)) FROM files f WHERE f.sha256 = s.sha256
                  AND f.status = 'done'),
       d.date, d.body, s.page, s.item, snippet(search, {{column}}, '{_OPEN}', '{_CLOSE}', '{_MORE}', 12), s.text
FROM search s JOIN search_documents d ON d.sha256 = s.sha256
WHERE search MATCH :query {{extra}}
ORDER BY {{order}} LIMIT :limit
"""

RANKED = 10_000
"""Above this many matching chunks hits come newest first: bm25 scores every match, which for a word in most of
a 10,000-document archive ("och", "beslut") takes 0.2-0.5 s, and reading the newest 20 takes milliseconds."""


def query(db, text: str, limit: int) -> list[Hit]:
    """Exact hits by rank, then hits only the folded column has, by rank. Raises sqlite3.OperationalError for a
    query FTS5 cannot parse."""
    exact, loose = f"text : ({text})", f"folded : ({fold(text)})"
    hits = [_hit(row, True) for row in db.execute(_SELECT.format(column=0, extra="", order=_order(db, exact)),
                                                   {"query": exact, "limit": limit})]
    if len(hits) < limit:
        rest = db.execute(_SELECT.format(column=1, order=_order(db, loose), extra="AND s.rowid NOT IN (SELECT"
                                         " rowid FROM search WHERE search MATCH :exact)"),
                          {"query": loose, "exact": exact, "limit": limit - len(hits)})
        hits += [_hit(row, False) for row in rest]
    return hits


def _order(db, match: str) -> str:
    many = db.execute("SELECT count(*) > ? FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT ?)",
                      (RANKED, match, RANKED + 1)).fetchone()[0]
    return "s.rowid DESC" if many else "s.rank, s.sha256, s.rowid"  # equal ranks in the same order on every run


def _hit(row: tuple, exact: bool) -> Hit:
    *fields, snippet, text = row
    return Hit(*fields, (snippet if exact else _unfolded(snippet, text)).translate(_SHOWN), exact)


def _unfolded(snippet: str, text: str) -> str:
    """A snippet of the folded column with the text's own letters put back, its marks kept."""
    bare = snippet.replace(_OPEN, "").replace(_CLOSE, "").strip(_MORE)
    at = fold(text).find(bare)
    if at < 0:
        return snippet
    letters = iter(text[at:at + len(bare)])
    return "".join(char if char in (_OPEN, _CLOSE, _MORE) else next(letters) for char in snippet)
