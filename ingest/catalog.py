"""The archive's SQLite catalog: what happened to every source path, every path a document ever had, and the
feed: documents and deletions in the order a consumer is to apply them.

SQLite in WAL mode because readers (`minutes status`, `minutes export`) must not block a running ingest, and
because a commit is durable the moment it returns, which is what makes `kill -9` harmless. Every write is an
upsert keyed on the source path (or the document hash), so a rerun never adds duplicate rows.
"""
from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ingest.search import Entry, Hit, fold, query

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    sha256 TEXT,
    size INTEGER,
    mtime REAL,
    status TEXT NOT NULL CHECK (status IN ('done', 'failed', 'skipped')),
    error TEXT,
    pages INTEGER,
    words INTEGER,
    corrections INTEGER,
    needs_review INTEGER,
    timings TEXT,
    ingested_at TEXT NOT NULL,
    pipeline_version TEXT,
    dictionary_version TEXT
);
CREATE INDEX IF NOT EXISTS files_sha256 ON files (sha256);
CREATE TABLE IF NOT EXISTS documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL UNIQUE,
    ingested_at TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    dictionary_version TEXT NOT NULL,
    pages INTEGER NOT NULL,
    words INTEGER NOT NULL,
    corrections INTEGER NOT NULL,
    needs_review INTEGER NOT NULL,
    review_reasons TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS paths (
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    relative TEXT,
    first_at TEXT NOT NULL,
    PRIMARY KEY (path, sha256)
);
CREATE TABLE IF NOT EXISTS deletions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL,
    path TEXT NOT NULL,
    relative TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_ingested_at ON documents (ingested_at);
CREATE INDEX IF NOT EXISTS deletions_sha256 ON deletions (sha256);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5 (
    text, folded, sha256 UNINDEXED, page UNINDEXED, item UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE IF NOT EXISTS search_documents (
    sha256 TEXT PRIMARY KEY,
    date TEXT,
    body TEXT,
    organization TEXT,
    first_row INTEGER NOT NULL,
    last_row INTEGER NOT NULL
);
"""

_ADDED_COLUMNS = {
    "documents": ("file_sha256", "content_sha256", "replaces"),
    "files": ("relative",),
}
"""Columns added since the first archives were made: added to an older catalog when it is opened for writing."""

_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"
"""Fixed width, so timestamps compare correctly as strings in SQL and in a consumer's poll loop."""


@dataclass(frozen=True)
class Stats:
    """The numbers a catalog row keeps about one document, copied onto every path that holds its bytes."""

    pages: int
    words: int
    corrections: int
    needs_review: bool
    review_reasons: tuple[str, ...]


class Held(NamedTuple):
    """A path that holds a document's bytes: its catalog label, its path relative to the ingest root (what the
    document and the feed show), and the size and mtime that let a rerun skip it unread."""

    path: str
    relative: str
    size: int
    mtime: float


class FeedEntry(NamedTuple):
    """A document (`deleted` None) or the deletion of one (`deleted` the relative path it was last at)."""

    sha256: str
    ingested_at: str
    file_sha256: str | None
    replaces: str | None
    deleted: str | None


@dataclass(frozen=True)
class FileRow:
    path: str
    sha256: str | None
    size: int | None
    mtime: float | None
    status: str
    error: str | None
    pages: int | None
    needs_review: bool
    ingested_at: str
    pipeline_version: str | None
    dictionary_version: str | None
    review_reasons: tuple[str, ...] = ()


_LAST_STAMP = "9999-12-31T23:59:59.999999Z~"
"""Sorts after every stamp: a --since later than the last moment a stamp can name."""


def stamp(moment: datetime) -> str:
    """`_STAMP`, with the year always four digits (strftime writes the year 999 as '999', which sorts wrong)."""
    m = moment.astimezone(UTC)
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}.{m.microsecond:06d}Z"


def parse_stamp(text: str) -> str:
    """Any ISO 8601 date or moment (naive means UTC) in the catalog's own format; ValueError if it is not one.

    A moment whose UTC time falls outside the years 1-9999 ('0001-01-01T00:00:00+01:00') is before or after
    every stamp, not an error."""
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return stamp(moment)
    except OverflowError:
        return "" if moment.year == 1 else _LAST_STAMP


class Catalog:
    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        """`readonly` for status and export: they must work beside a running ingest and never change the archive."""
        if readonly:
            self._db = _open_readonly(path)
        else:
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
            for table, columns in _ADDED_COLUMNS.items():
                for column in set(columns) - self._columns(table):
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
        self._last = ""

    def _columns(self, table: str) -> set[str]:
        return {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}

    def temp_tag(self) -> str:
        """This archive's random tag, part of the name of every temporary file it makes, so that a cleanup
        removes only those and never a user's own '.tmp-…' file."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'temp_tag'").fetchone()
        if row:
            return row[0]
        tag = secrets.token_hex(8)
        self._db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('temp_tag', ?)", (tag,))
        return self._db.execute("SELECT value FROM meta WHERE key = 'temp_tag'").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def _now(self) -> str:
        """Strictly increasing within the archive, so `export --since <last seen>` never skips a tie."""
        if not self._last:
            row = self._db.execute("SELECT max(ingested_at) FROM (SELECT ingested_at FROM files UNION ALL"
                                   " SELECT ingested_at FROM documents UNION ALL SELECT ingested_at FROM deletions)"
                                   ).fetchone()
            self._last = row[0] or ""
        now = stamp(datetime.now(UTC))
        if now <= self._last:
            now = stamp(datetime.strptime(self._last, _STAMP).replace(tzinfo=UTC) + timedelta(microseconds=1))
        self._last = now
        return now

    def file(self, path: str) -> FileRow | None:
        rows = self._files("WHERE f.path = ?", (path,))
        return rows[0] if rows else None

    def document(self, sha256: str, pipeline_version: str, dictionary_version: str) -> tuple[Stats, str | None] | None:
        """The stats of a document made by these versions and the sha256 of its file (None in an archive made
        before it was kept), or None if it has to be made (again)."""
        row = self._db.execute(
            "SELECT pages, words, corrections, needs_review, review_reasons, file_sha256 FROM documents"
            " WHERE sha256 = ? AND pipeline_version = ? AND dictionary_version = ?",
            (sha256, pipeline_version, dictionary_version),
        ).fetchone()
        if row is None:
            return None
        return Stats(row[0], row[1], row[2], bool(row[3]), tuple(json.loads(row[4]))), row[5]

    def record_document(
        self,
        sha256: str,
        stats: Stats,
        files: list[Held],
        *,
        new: bool,
        timings: dict[str, float] | None,
        pipeline_version: str,
        dictionary_version: str,
        file_sha256: str | None = None,
        content_sha256: str | None = None,
        entry: Entry | None = None,
    ) -> None:
        """Mark every path holding these bytes done; `new` when the document file was (re)written, with
        `file_sha256`, its hash, `content_sha256`, that of its content, and `entry`, its text for the search
        index, which is written in the same transaction, so no document is ever done and unindexed.

        The document goes to the feed's end when it is new to the archive, when its content changed, when a path
        that held other bytes holds it now (it `replaces` them), or when it comes back after its deletion; a
        re-made document whose content is the same keeps its place, so a consumer is not sent it again."""
        now = self._now()
        with self._transaction():
            known = self._db.execute(
                "SELECT d.content_sha256, d.replaces, EXISTS (SELECT 1 FROM deletions x WHERE x.sha256 = d.sha256"
                " AND x.ingested_at > d.ingested_at) FROM documents d WHERE d.sha256 = ?", (sha256,)
            ).fetchone()
            before = [row[0] for held in files for row in self._db.execute(
                "SELECT sha256 FROM files WHERE path = ? AND status = 'done' AND sha256 != ?", (held.path, sha256))]
            replaces = f"sha256:{min(before)}" if before else known and known[1]
            changed = new and (content_sha256 is None or known[0] != content_sha256) if known else True
            if changed or before or (known and known[2]):
                self._db.execute(
                    "INSERT INTO documents (sha256, ingested_at, pipeline_version, dictionary_version, pages, words,"
                    " corrections, needs_review, review_reasons, file_sha256, content_sha256, replaces)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET"
                    " ingested_at = excluded.ingested_at, replaces = excluded.replaces",
                    (
                        sha256, now, pipeline_version, dictionary_version, stats.pages, stats.words,
                        stats.corrections, int(stats.needs_review), json.dumps(list(stats.review_reasons)),
                        file_sha256, content_sha256, replaces,
                    ),
                )
            if new:
                self._db.execute(
                    "UPDATE documents SET pipeline_version = ?, dictionary_version = ?, pages = ?, words = ?,"
                    " corrections = ?, needs_review = ?, review_reasons = ?, file_sha256 = ?, content_sha256 = ?"
                    " WHERE sha256 = ?",
                    (
                        pipeline_version, dictionary_version, stats.pages, stats.words, stats.corrections,
                        int(stats.needs_review), json.dumps(list(stats.review_reasons)), file_sha256,
                        content_sha256, sha256,
                    ),
                )
            for held in files:
                self._upsert_file(
                    held.path, sha256, held.size, held.mtime, "done", None, stats, timings, now, pipeline_version,
                    dictionary_version, held.relative,
                )
                self._db.execute("INSERT OR IGNORE INTO paths (path, sha256, relative, first_at) VALUES (?, ?, ?, ?)",
                                 (held.path, sha256, held.relative, now))
            if entry is not None:
                self._index(sha256, entry)
            self._unindex_unheld(before)

    def record_gone(self, paths: list[str]) -> int:
        """Forget these paths' files, gone from the folder they were found in; a document no other path holds
        any more gets a deletion in the feed. Returns how many deletions that made."""
        deleted = 0
        with self._transaction():
            for path in paths:
                row = self._db.execute("SELECT sha256, relative, status FROM files WHERE path = ?", (path,)).fetchone()
                self._db.execute("DELETE FROM files WHERE path = ?", (path,))
                self._unindex_unheld([row[0]] if row else [])
                if row is None or row[2] != "done" or self._db.execute(
                        "SELECT 1 FROM files WHERE sha256 = ? AND status = 'done'", (row[0],)).fetchone():
                    continue
                self._db.execute("INSERT INTO deletions (sha256, path, relative, ingested_at) VALUES (?, ?, ?, ?)",
                                 (row[0], path, row[1], self._now()))
                deleted += 1
        return deleted

    def record_problem(
        self,
        path: str,
        status: str,
        error: str,
        *,
        sha256: str | None = None,
        size: int | None = None,
        mtime: float | None = None,
        timings: dict[str, float] | None = None,
        pipeline_version: str | None = None,
        dictionary_version: str | None = None,
    ) -> None:
        with self._transaction():
            held = self._db.execute("SELECT sha256 FROM files WHERE path = ?", (path,)).fetchone()
            self._upsert_file(
                path, sha256, size, mtime, status, error, None, timings, self._now(), pipeline_version,
                dictionary_version, None,
            )
            self._unindex_unheld([held[0]] if held else [])

    def index(self, sha256: str, entry: Entry) -> None:
        """Index a document the catalog already has (one made before the index existed), unless it is indexed
        already or no path holds it any more: a running ingest may have done either meanwhile."""
        with self._transaction():
            if self._db.execute("SELECT 1 FROM files WHERE sha256 = ? AND status = 'done' AND NOT EXISTS"
                                " (SELECT 1 FROM search_documents WHERE sha256 = ?)", (sha256, sha256)).fetchone():
                self._index(sha256, entry)

    def unindexed(self) -> list[str]:
        """Documents some path holds that the index lacks: all of them in an archive made before it existed."""
        if "sha256" not in self._columns("search_documents"):
            return sorted({row.sha256 for row in self.files() if row.status == "done" and row.sha256})
        return [row[0] for row in self._db.execute(
            "SELECT DISTINCT sha256 FROM files f WHERE status = 'done' AND sha256 IS NOT NULL AND NOT EXISTS"
            " (SELECT 1 FROM search_documents s WHERE s.sha256 = f.sha256) ORDER BY sha256")]

    def search(self, text: str, limit: int) -> list[Hit]:
        """See `search.query`; sqlite3.OperationalError for a query FTS5 cannot parse."""
        return query(self._db, text, limit)

    def _index(self, sha256: str, entry: Entry) -> None:
        """A document's rows take consecutive rowids, which `search_documents` keeps, so removing them is a rowid
        range and not a scan of the whole index (sha256 is UNINDEXED)."""
        self._unindex(sha256)
        first = self._db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM search").fetchone()[0]
        self._db.executemany("INSERT INTO search (rowid, text, folded, sha256, page, item) VALUES (?, ?, ?, ?, ?, ?)",
                             [(first + n, chunk.text, fold(chunk.text), sha256, chunk.page, chunk.item)
                              for n, chunk in enumerate(entry.chunks)])
        self._db.execute("INSERT INTO search_documents (sha256, date, body, organization, first_row, last_row)"
                         " VALUES (?, ?, ?, ?, ?, ?)", (sha256, entry.date, entry.body, entry.organization, first,
                                                        first + len(entry.chunks) - 1))

    def _unindex(self, sha256: str) -> None:
        rows = self._db.execute("SELECT first_row, last_row FROM search_documents WHERE sha256 = ?",
                                (sha256,)).fetchone()
        if rows:
            self._db.execute("DELETE FROM search WHERE rowid BETWEEN ? AND ?", rows)
            self._db.execute("DELETE FROM search_documents WHERE sha256 = ?", (sha256,))

    def _unindex_unheld(self, shas: list[str | None]) -> None:
        """Drop from the index the documents no path holds now, so a search never names one that is gone."""
        for sha in shas:
            if sha and not self._db.execute("SELECT 1 FROM files WHERE sha256 = ? AND status = 'done'",
                                            (sha,)).fetchone():
                self._unindex(sha)

    def _upsert_file(
        self, path, sha256, size, mtime, status, error, stats: Stats | None, timings, now, pipeline_version,
        dictionary_version, relative,
    ) -> None:
        self._db.execute(
            "INSERT INTO files (path, sha256, size, mtime, status, error, pages, words, corrections, needs_review,"
            " timings, ingested_at, pipeline_version, dictionary_version, relative)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size,"
            " mtime = excluded.mtime, status = excluded.status, error = excluded.error, pages = excluded.pages,"
            " words = excluded.words, corrections = excluded.corrections, needs_review = excluded.needs_review,"
            " timings = excluded.timings, ingested_at = excluded.ingested_at,"
            " pipeline_version = excluded.pipeline_version, dictionary_version = excluded.dictionary_version,"
            " relative = coalesce(excluded.relative, files.relative)",
            (
                path, sha256, size, mtime, status, error,
                stats.pages if stats else None,
                stats.words if stats else None,
                stats.corrections if stats else None,
                int(stats.needs_review) if stats else None,
                json.dumps(timings, sort_keys=True) if timings else None,
                now, pipeline_version, dictionary_version, relative,
            ),
        )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, so a row and the rows it implies land together or not at all."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def files(self) -> list[FileRow]:
        return self._files("ORDER BY f.path", ())

    def _files(self, where: str, arguments: tuple) -> list[FileRow]:
        rows = self._db.execute(
            "SELECT f.path, f.sha256, f.size, f.mtime, f.status, f.error, f.pages, f.needs_review, f.ingested_at,"
            " f.pipeline_version, f.dictionary_version, d.review_reasons"
            " FROM files f LEFT JOIN documents d ON d.sha256 = f.sha256 " + where,
            arguments,
        ).fetchall()
        return [_file_row(row) for row in rows]

    def feed(self, since: str | None = None) -> list[tuple[str, str]]:
        """(sha256, ingested_at) of the documents in feed order, after `since` if given."""
        return [(entry.sha256, entry.ingested_at) for entry in self.stream(since) if entry.deleted is None]

    def stream(self, since: str | None = None) -> Iterator[FeedEntry]:
        """The feed in order, after `since` if given, read as it is consumed. Stamps strictly increase through
        the archive (`_now`), so they order documents and deletions together."""
        columns = self._columns("documents")
        file_sha, replaces = (name if name in columns else "NULL" for name in ("file_sha256", "replaces"))
        deletions = ("UNION ALL SELECT sha256, ingested_at, NULL, NULL, coalesce(relative, path) FROM deletions"
                     " WHERE ingested_at > :since" if self._columns("deletions") else "")
        rows = self._db.execute(  # a cursor: rows are read as they are consumed
            f"SELECT sha256, ingested_at, {file_sha}, {replaces}, NULL FROM documents WHERE ingested_at > :since"
            f" {deletions} ORDER BY 2",
            {"since": since or ""},
        )
        return (FeedEntry(*row) for row in rows)

    def paths(self) -> list[tuple[str, str, str | None]]:
        """(sha256, path, relative path) of every path a document ever had, also those gone or changed since."""
        if not self._columns("paths"):
            return []
        return self._db.execute("SELECT sha256, path, relative FROM paths ORDER BY sha256, path").fetchall()


def _open_readonly(path: Path) -> sqlite3.Connection:
    """Read-only, beside a running ingest; an archive on read-only storage (a copy on a CD, a read-only mount),
    where SQLite cannot make the WAL index beside it, is opened as immutable instead. Raises sqlite3.Error for a
    file that is not a catalog."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    db = sqlite3.connect(uri, uri=True, timeout=30)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.OperationalError:
        db.close()
    db = sqlite3.connect(uri + "&immutable=1", uri=True, timeout=30)
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return db


def _file_row(row) -> FileRow:
    return FileRow(
        path=row[0], sha256=row[1], size=row[2], mtime=row[3], status=row[4], error=row[5], pages=row[6],
        needs_review=bool(row[7]), ingested_at=row[8], pipeline_version=row[9], dictionary_version=row[10],
        review_reasons=tuple(json.loads(row[11])) if row[11] and row[7] else (),
    )
