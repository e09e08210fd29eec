"""Full-text search: real ingests of samples/ text into a real SQLite catalog, and `minutes search` as a user runs
it."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from rich.console import Console

from ingest.archive import ingest
from ingest.catalog import Catalog, Held, Stats
from ingest.search import Chunk, Entry

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "samples" / "ledningsgrupp-2021-08-17-old-ocr.txt").read_text(encoding="utf-8")
MINUTES = [sys.executable, "-c", "from cli import app; app()"]


def _ingest(source: Path, archive: Path) -> None:
    summary = ingest([str(source)], archive, workers=1, console=Console(file=open(os.devnull, "w")))
    assert summary.count("failed") == 0


def _search(archive: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*MINUTES, "search", str(archive), *args], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, COLUMNS="200"))


def _hits(archive: Path, query: str, *args: str) -> list[dict]:
    result = _search(archive, query, "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _rows(archive: Path) -> int:
    with closing(sqlite3.connect(archive / "catalog.sqlite")) as db:
        return db.execute("SELECT count(*) FROM search").fetchone()[0]


@pytest.fixture
def archive(tmp_path) -> Path:
    source = tmp_path / "in"
    source.mkdir()
    (source / "ledningsgrupp.txt").write_text(SAMPLE, encoding="utf-8")
    (source / "fågel.txt").write_text(SAMPLE + "\n\nVi satte upp fågelholkar i parken.\n", encoding="utf-8")
    _ingest(source, tmp_path / "arkiv")
    return tmp_path / "arkiv"


def test_an_exact_match_names_document_date_body_page_and_item_with_the_word_marked(archive):
    hits = _hits(archive, "Mindset")
    assert len(hits) == 2
    for hit in hits:
        assert hit["exact"] and hit["date"] == "2021-08-17" and hit["page"] == 1 and hit["item"] == "1"
        assert "Helsingborg" in hit["body"] and "[Mindset]" in hit["snippet"]
    assert {hit["path"] for hit in hits} == {"ledningsgrupp.txt", "fågel.txt"}
    table = _search(archive, "Mindset")
    assert table.returncode == 0 and "Mindset" in table.stdout and "2021-08-17" in table.stdout


def test_a_query_without_diacritics_finds_the_word_ranked_after_exact_matches(archive, tmp_path):
    hits = _hits(archive, "fagelholkar")
    assert [(hit["path"], hit["exact"]) for hit in hits] == [("fågel.txt", False)]
    assert "[fågelholkar]" in hits[0]["snippet"]
    assert _hits(archive, "fågelholkar")[0]["exact"]
    # both "har" and "här" are words: a query for "har" shows every chunk with "har" before those with only "här"
    (tmp_path / "in" / "här.txt").write_text(SAMPLE + "\n\nVi ses här nästa gång.\n", encoding="utf-8")
    _ingest(tmp_path / "in", archive)
    hits = _hits(archive, "har", "--limit", "100")
    kinds = [hit["exact"] for hit in hits]
    assert True in kinds and False in kinds and kinds == sorted(kinds, reverse=True)
    assert all("[här]" in hit["snippet"].lower() for hit in hits if not hit["exact"])


def test_the_index_keeps_diacritics_apart(archive):
    """The default unicode61 tokenizer would fold 'fågelholkar' and 'fagelholkar' into one exact match."""
    assert not any(hit["exact"] for hit in _hits(archive, "fagelholkar"))


def test_limit(archive):
    assert len(_hits(archive, "Mindset", "--limit", "1")) == 1


def test_re_ingest_replaces_a_changed_documents_rows_and_a_deleted_file_leaves_none(archive, tmp_path):
    changed = tmp_path / "in" / "fågel.txt"
    changed.write_text(SAMPLE + "\n\nVi pratade om växthus.\n", encoding="utf-8")
    rows = _rows(archive)
    _ingest(tmp_path / "in", archive)
    assert _hits(archive, "fågelholkar") == []
    assert [hit["path"] for hit in _hits(archive, "växthus")] == ["fågel.txt"]
    assert _rows(archive) == rows
    changed.unlink()
    (tmp_path / "in" / "ledningsgrupp.txt").unlink()
    (tmp_path / "in" / "annat.txt").write_text("Annat möte\n\n1. Inget\n", encoding="utf-8")
    _ingest(tmp_path / "in", archive)
    assert _hits(archive, "växthus") == [] and _hits(archive, "Mindset") == []
    with closing(sqlite3.connect(archive / "catalog.sqlite")) as db:
        assert db.execute("SELECT count(*) FROM search_documents").fetchone()[0] == 1
        assert {row[0] for row in db.execute("SELECT DISTINCT sha256 FROM search")} == \
            {row[0] for row in db.execute("SELECT sha256 FROM files WHERE status = 'done'")}


def test_a_failure_while_indexing_leaves_neither_the_document_nor_its_rows(tmp_path):
    """The last write of a document is its index row: a crash there (a trigger that aborts, in the catalog's own
    SQLite) must take the document's catalog rows and its text rows with it."""
    catalog = Catalog(tmp_path / "catalog.sqlite")
    stats = Stats(1, 3, 0, False, ())
    held = Held("/in/a.txt", "a.txt", 10, 1.0)
    entry = Entry("2021-01-01", "Nämnden", None, (Chunk(1, None, "första raden"), Chunk(2, "§ 1", "andra")))
    with closing(sqlite3.connect(tmp_path / "catalog.sqlite")) as db:
        db.execute("CREATE TRIGGER crash BEFORE INSERT ON search_documents BEGIN SELECT RAISE(ABORT, 'crash'); END")
        db.commit()
    with pytest.raises(sqlite3.IntegrityError, match="crash"):
        catalog.record_document("a" * 64, stats, [held], new=True, timings=None, pipeline_version="1",
                                dictionary_version="1", entry=entry)
    assert catalog.files() == [] and catalog.feed() == [] and catalog.unindexed() == []
    with closing(sqlite3.connect(tmp_path / "catalog.sqlite")) as db:
        assert db.execute("SELECT count(*) FROM search").fetchone() == (0,)
        db.execute("DROP TRIGGER crash")
        db.commit()
    catalog.record_document("a" * 64, stats, [held], new=True, timings=None, pipeline_version="1",
                            dictionary_version="1", entry=entry)
    assert [hit.page for hit in catalog.search("första", 10)] == [1] and len(catalog.feed()) == 1
    catalog.close()


def test_an_archive_made_before_the_index_is_indexed_by_its_first_search_and_by_its_next_ingest(archive, tmp_path):
    def forget() -> None:
        with closing(sqlite3.connect(archive / "catalog.sqlite")) as db:
            db.executescript("DROP TABLE search; DROP TABLE search_documents;")

    forget()
    assert len(_hits(archive, "Mindset")) == 2
    forget()
    _ingest(tmp_path / "in", archive)
    with closing(Catalog(archive / "catalog.sqlite", readonly=True)) as catalog:
        assert catalog.unindexed() == [] and len(catalog.search("Mindset", 10)) == 2


@pytest.mark.parametrize("query", ['"unclosed', "AND", "a OR (b", "fältet:x"])
def test_a_bad_query_is_one_line_and_exit_2(archive, query):
    result = _search(archive, query)
    assert result.returncode == 2, result
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"minutes: {query}: not a search query")
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_hits_of_equal_rank_come_in_the_same_order_whatever_order_the_files_were_taken_in(tmp_path):
    """Chunks alike in text rank alike: they are ordered by document id, not by which worker finished first."""
    texts = [f"{SAMPLE}\f\nSida två, bilaga {n}.\n" for n in range(4)]
    by_sha = sorted(texts, key=lambda t: hashlib.sha256(t.encode()).hexdigest())
    source = tmp_path / "in"
    source.mkdir()
    for name, text in zip("abcd", reversed(by_sha)):  # taken in name order: the reverse of their ids
        (source / f"{name}.txt").write_text(text, encoding="utf-8")
    _ingest(source, tmp_path / "arkiv")
    hits = _hits(tmp_path / "arkiv", "Mindset")
    assert [hit["path"] for hit in hits] == ["d.txt", "c.txt", "b.txt", "a.txt"]
