"""Issue 16: the search index under `kill -9`. A real `minutes ingest` of many small documents is killed at several
points, each the moment it writes to the catalog, so the kill lands inside a transaction or in the fsync that ends
one, before the next starts: where an index written in a transaction of its own would be missing, or would have no
document. After each kill the catalog read back with sqlite3 has every document indexed and no index row without
its document, and a rerun finishes with each file indexed once, as an uninterrupted run indexes it."""
from __future__ import annotations

import io
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from inotify_simple import INotify, flags
from rich.console import Console

from ingest.archive import ingest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "samples" / "ledningsgrupp-2021-08-17-old-ocr.txt").read_text(encoding="utf-8")
MINUTES = [sys.executable, str(ROOT / "cli.py")]
FILES = 40
PAGES = 3
"""Each document three pages of the sample, eighteen index rows; a line of its own on each page makes its hash."""
SEED = 16
KILLS = 8
"""Each kill waits for 1-4 more documents (at most 32 of the 40), then for 1-12 writes to the catalog; where a busy
machine let the ingest run ahead so that four files or fewer are left, the kills end there, after at least half."""


def _source(folder: Path) -> Path:
    folder.mkdir()
    for number in range(FILES):
        pages = [f"{SAMPLE}\nProtokoll {number}, sida {page}.\n" for page in range(1, PAGES + 1)]
        (folder / f"möte {number:02}.txt").write_text("\f".join(pages), encoding="utf-8")
    return folder


def _start(source: Path, archive: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_THREAD_LIMIT="1", MINUTES_USER_DICT=os.devnull)
    return subprocess.Popen([*MINUTES, "ingest", str(source), "--archive", str(archive), "--workers", "1"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


def _counts(catalog: Path) -> tuple[int, int]:
    """(documents, indexed documents) as a reader beside the ingest sees them; (0, 0) before the catalog is made."""
    try:
        with closing(sqlite3.connect(f"{catalog.as_uri()}?mode=ro", uri=True, timeout=5)) as db:
            return db.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM search_documents)"
                              ).fetchone()
    except sqlite3.OperationalError:
        return 0, 0


def _kill_at(source: Path, archive: Path, documents: int, writes: int) -> tuple[int, tuple[int, int]]:
    """Kills an ingest once the catalog shows `documents` documents (or indexed documents) and inotify has then
    woken the test `writes` times for writes to the catalog's WAL: a wake comes at once, where a reader polling the
    catalog on a busy machine sees a commit late, often after the next one. Returns the ingest's exit status
    and what the catalog showed."""
    process = _start(source, archive)
    seen = (0, 0)
    deadline = time.monotonic() + 60
    while process.poll() is None and max(seen) < documents and time.monotonic() < deadline:
        seen = _counts(archive / "catalog.sqlite")
        time.sleep(0.005)
    with INotify() as watch:
        watch.add_watch(archive / "catalog.sqlite-wal", flags.MODIFY)
        while writes and process.poll() is None and watch.read(timeout=1000):
            writes -= 1
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
    return process.returncode, seen


def _index(catalog: Path) -> list[tuple]:
    """The index's rows, checked against the catalog: SQLite's and FTS5's own integrity checks pass, every
    document is indexed and every row belongs to a document, each document's rows in the rowid range it keeps."""
    with closing(sqlite3.connect(catalog)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.execute("INSERT INTO search (search) VALUES ('integrity-check')")
        documents = {row[0] for row in db.execute("SELECT sha256 FROM documents")}
        done = {row[0] for row in db.execute("SELECT sha256 FROM files WHERE status = 'done'")}
        indexed = {row[0] for row in db.execute("SELECT sha256 FROM search_documents")}
        rows = db.execute("SELECT s.sha256, s.page, s.item, s.text, s.rowid BETWEEN d.first_row AND d.last_row"
                          " FROM search s LEFT JOIN search_documents d ON d.sha256 = s.sha256"
                          " ORDER BY s.sha256, s.rowid").fetchall()
        ranges = db.execute("SELECT coalesce(sum(last_row - first_row + 1), 0) FROM search_documents").fetchone()[0]
    assert documents == done, "a document without its file row, or a file done without its document"
    assert documents == indexed, f"unindexed {documents - indexed}, stale {indexed - documents}"
    assert {row[0] for row in rows} == indexed and all(row[4] for row in rows) and len(rows) == ranges
    return [row[:4] for row in rows]


def test_kill_9_leaves_every_document_indexed_and_no_stale_rows_and_a_rerun_indexes_each_file_once(tmp_path):
    source = _source(tmp_path / "in")
    archive = tmp_path / "arkiv"
    rng = random.Random(SEED)
    kills = []
    for kill in range(KILLS):
        done = _counts(archive / "catalog.sqlite")[0]
        if done + 4 >= FILES:  # on a loaded machine the ingest runs ahead of the reader: too few files left to kill in
            break
        target = done + rng.randint(1, 4)
        writes = rng.randint(1, 12)
        code, seen = _kill_at(source, archive, target, writes)
        kills.append((target, writes, code, seen))
        assert code == -signal.SIGKILL and max(seen) >= target, f"the ingest ended before its kill: {kills}"
        _index(archive / "catalog.sqlite")
    assert len(kills) >= KILLS // 2, kills
    final = _start(source, archive)
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, (kills, err)
    reference = tmp_path / "reference"
    assert ingest([str(source)], reference, workers=1, console=Console(file=io.StringIO())).count("failed") == 0
    rows = _index(archive / "catalog.sqlite")
    assert len({row[0] for row in rows}) == FILES
    assert rows == _index(reference / "catalog.sqlite"), kills
