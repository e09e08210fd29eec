"""The batch archive on real files: text inputs (fast) for the bookkeeping, real worker processes, real SQLite,
a real Dask cluster on loopback, real `kill -9` of a running `minutes ingest`."""
from __future__ import annotations

import hashlib
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console

from ingest import extractions
from ingest.archive import _drain, _executor, _Run, ingest
from ingest.pipeline import Options, lexicon

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import render_pages  # noqa: E402  (scripts/ is not a package)

MINUTES = [sys.executable, "-c", "from cli import app; app()"]
SEEDS = sorted((ROOT / "eval" / "seeds").glob("*.txt"))
ODD_NAMES = ["möte 'två' \"citat\".txt", "ny\nrad.txt", "protokoll med mellanslag.txt", "åäö_Ωmega.txt"]


def _minutes_text(number: int) -> bytes:
    """A distinct, realistic text input: a seed's minutes with one extra numbered item."""
    seed = SEEDS[number % len(SEEDS)].read_text(encoding="utf-8")
    return (seed + f"\n\n{number + 20}. Övriga frågor {number}\nInga övriga frågor anmäldes.\n").encode()


def _make_inputs(folder: Path, count: int = 6) -> dict[str, Path]:
    """count distinct documents, one duplicate under another path, a junk file, an unsupported file, a loop."""
    folder.mkdir()
    made = {}
    for number in range(count):
        name = ODD_NAMES[number] if number < len(ODD_NAMES) else f"protokoll {number:02}.txt"
        made[name] = folder / name
        made[name].write_bytes(_minutes_text(number))
    (folder / "kopior").mkdir()
    made["copy"] = folder / "kopior" / "samma.txt"
    made["copy"].write_bytes(_minutes_text(0))
    made["junk"] = folder / "kopior" / "skräp.txt"
    made["junk"].write_bytes(bytes(range(256)) * 8)
    short = SEEDS[0].read_text(encoding="utf-8")[:400]
    made["scan"] = folder / "skanning.png"
    render_pages.text_to_scans(short, seed=1)[0].save(made["scan"])
    made["pdf"] = folder / "protokoll.pdf"
    render_pages.render_text_pdf(_minutes_text(7).decode(), made["pdf"], font_size=8)
    made["docx"] = folder / "brev.docx"
    made["docx"].write_bytes(b"PK\x03\x04 not really a docx")
    (folder / "kopior" / "loop").symlink_to(folder, target_is_directory=True)
    return made


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(path): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink() and "loop" not in path.parts
    }


def _documents(archive: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((archive / "documents").iterdir())}


def _rows(archive: Path) -> list[tuple]:
    with closing(sqlite3.connect(f"{(archive / 'catalog.sqlite').as_uri()}?mode=ro", uri=True)) as db:
        return db.execute("SELECT path, sha256, status, error FROM files ORDER BY path").fetchall()


def _quiet() -> Console:
    return Console(file=io.StringIO(), force_terminal=False)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One real ingest shared by the bookkeeping tests: 2 worker processes, everything in one batch."""
    root = tmp_path_factory.mktemp("batch")
    made = _make_inputs(root / "in")
    before = _snapshot(root / "in")
    summary = ingest([str(root / "in")], root / "archive", workers=2, console=_quiet())
    return root, made, before, summary


def test_batch_records_every_file_and_goes_on_past_failures(batch):
    root, made, _, summary = batch
    rows = {row[0]: row for row in _rows(root / "archive")}
    assert rows[str(made["junk"])][2:] == ("failed", "not a text file: binary content")
    assert rows[str(made["docx"])][2] == "skipped"
    for name in ODD_NAMES:
        assert rows[str(made[name])][2] == "done", name
    assert rows[str(made["copy"])][1] == rows[str(made[ODD_NAMES[0]])][1], "same bytes, same document"
    assert not any("loop" in path for path in rows), "the symlink loop is cut, not followed"
    assert len(_documents(root / "archive")) == 8
    assert summary.documents_processed == 8 and summary.pages_processed == 9
    assert summary.count("failed") == 1 and summary.count("done") == 9 and summary.count("skipped") == 1


def test_every_document_is_schema_valid_with_its_kind(batch):
    from typer.testing import CliRunner

    from cli import app

    root, _, _, _ = batch
    schema = json.loads(CliRunner().invoke(app, ["schema"]).stdout)
    kinds = []
    for name, data in _documents(root / "archive").items():
        document = json.loads(data)
        jsonschema.validate(document, schema)
        assert name == document["source"]["sha256"] + ".json"
        kinds.append(document["source"]["kind"])
    assert sorted(kinds) == ["image", "pdf-text"] + ["text"] * 6
    scan = next(json.loads(d) for d in _documents(root / "archive").values() if b'"kind": "image"' in d)
    assert scan["pipeline"]["ocr_engine"].startswith("tesseract ") and scan["quality"]["ocr_confidence"] > 50


def test_duplicate_bytes_are_processed_once_under_the_first_path(batch):
    root, made, _, _ = batch
    sha = next(row[1] for row in _rows(root / "archive") if row[0] == str(made["copy"]))
    document = json.loads((root / "archive" / "documents" / f"{sha}.json").read_text())
    assert document["id"] == f"sha256:{sha}"
    first = min(made["copy"], made[ODD_NAMES[0]], key=str)
    assert document["source"]["path"] == str(first.relative_to(root / "in")), "relative to the folder given"


def test_sources_are_untouched_and_nothing_lands_outside_the_archive(batch):
    root, _, before, _ = batch
    assert _snapshot(root / "in") == before
    assert sorted(p.name for p in root.iterdir()) == ["archive", "in"]
    assert sorted(p.name for p in (root / "archive").iterdir() if not p.name.startswith("catalog.sqlite")) == [
        ".lock", "documents", "extractions"]


def test_rerun_does_nothing_and_force_redoes_everything_identically(batch, tmp_path):
    root, _, _, _ = batch
    archive = tmp_path / "archive"
    first = ingest([str(root / "in")], archive, workers=1, console=_quiet())
    documents, rows = _documents(archive), _rows(archive)
    with sqlite3.connect(archive / "catalog.sqlite") as db:
        stamps = db.execute("SELECT path, ingested_at FROM files WHERE status = 'done'").fetchall()
    again = ingest([str(root / "in")], archive, workers=1, console=_quiet())
    assert first.documents_processed == 8 and again.documents_processed == 0
    assert sorted((r.path, r.status, r.needs_review) for r in again.results) == sorted(
        (r.path, r.status, r.needs_review) for r in first.results)
    with sqlite3.connect(archive / "catalog.sqlite") as db:
        assert db.execute("SELECT path, ingested_at FROM files WHERE status = 'done'").fetchall() == stamps
    forced = ingest([str(root / "in")], archive, workers=1, force=True, console=_quiet())
    assert forced.documents_processed == 8
    assert _documents(archive) == documents == _documents(root / "archive")
    assert _rows(archive) == rows
    with sqlite3.connect(archive / "catalog.sqlite") as db:
        later = dict(db.execute("SELECT path, ingested_at FROM files WHERE status = 'done'").fetchall())
    assert all(later[path] > stamp for path, stamp in stamps)


def test_changed_dictionary_redoes_done_files(batch, tmp_path):
    root, made, _, _ = batch
    archive = tmp_path / "archive"
    source = made["protokoll 04.txt"]
    ingest([str(source)], archive, workers=1, console=_quiet())
    summary = ingest([str(source)], archive, workers=1, options=Options(user_words=("Fredriksdal",)),
                     console=_quiet())
    assert summary.documents_processed == 1
    document = json.loads(next((archive / "documents").iterdir()).read_text())
    assert "+user-" in document["pipeline"]["dictionary_version"]
    same = ingest([str(source)], archive, workers=1, options=Options(user_words=("Fredriksdal",)), console=_quiet())
    assert same.documents_processed == 0
    edited = ingest([str(source)], archive, workers=1, options=Options(user_words=("Fredriksberg",)),
                    console=_quiet())
    assert edited.documents_processed == 1, "a word changed, though the dictionary's size did not"


def test_export_in_ingest_order_with_since(batch, tmp_path):
    from typer.testing import CliRunner

    from cli import app

    root, made, _, _ = batch
    archive = tmp_path / "archive"
    first, second = made["protokoll 04.txt"], made["protokoll 05.txt"]
    ingest([str(second)], archive, workers=1, console=_quiet())
    ingest([str(first)], archive, workers=1, console=_quiet())
    runner = CliRunner()
    everything = runner.invoke(app, ["export", str(archive)])
    assert everything.exit_code == 0, everything.output
    lines = [json.loads(line) for line in everything.stdout.splitlines()]
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    for line in lines:
        jsonschema.validate(line, schema)
    assert [d["source"]["path"] for d in lines] == [second.name, first.name], "a file given: its name"
    stamps = [line["ingested_at"] for line in lines]
    assert stamps == sorted(stamps) and len(set(stamps)) == 2, "each line carries when it entered the archive"
    stored = json.loads((archive / "documents" / f"{lines[0]['source']['sha256']}.json").read_text())
    assert stored["ingested_at"] is None, "the archive's own files hold no timestamps"
    newer = runner.invoke(app, ["export", str(archive), "--since", stamps[0], "--format", "json"])
    assert [d["source"]["path"] for d in json.loads(newer.stdout)] == [first.name]
    assert runner.invoke(app, ["export", str(archive), "--since", "yesterday"]).exit_code == 2


def test_status_lists_failures_and_counts(batch):
    from typer.testing import CliRunner

    from cli import app

    root, _, _, _ = batch
    result = CliRunner().invoke(app, ["status", str(root / "archive")])
    assert result.exit_code == 0
    assert "not a text file: binary content" in result.stdout
    assert "skräp.txt" in result.stdout
    missing = CliRunner().invoke(app, ["status", str(root / "in")])
    assert missing.exit_code == 1
    assert missing.stderr == f"minutes: {root / 'in'}: not an archive (no catalog.sqlite)\n"


def _run_ingest(source: Path, archive: Path, **popen) -> subprocess.Popen:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    return subprocess.Popen(
        [*MINUTES, "ingest", str(source), "--archive", str(archive), "--workers", "1"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, **popen,
    )


def test_kill_9_five_times_then_rerun_equals_an_uninterrupted_run(batch, tmp_path):
    """Each kill waits for 1-8 more documents, then a random pause shorter than a document takes, so it lands
    mid-run at a random point however fast the machine is: five rounds take well under the 200 documents."""
    root, _, _, _ = batch
    source = tmp_path / "in"
    source.mkdir()
    for number in range(200):
        (source / f"möte {number:03}.txt").write_bytes(_minutes_text(number + 10))
    archive = tmp_path / "archive"
    rng = random.Random()
    seed = rng.randrange(1 << 30)
    rng.seed(seed)

    def written() -> int:
        return len(list((archive / "documents").glob("*.json")))

    kills = []
    for _ in range(5):
        target = written() + rng.randint(1, 8)
        process = _run_ingest(source, archive)
        deadline = time.monotonic() + 120
        while process.poll() is None and written() < target and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.02))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        _, err = process.communicate()
        kills.append((target, process.returncode, err.splitlines()[-1:]))
    final = _run_ingest(source, archive)
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, (seed, kills, err)
    reference = tmp_path / "reference"
    ingest([str(source)], reference, workers=1, console=_quiet())
    assert _documents(archive) == _documents(reference), (seed, kills)
    assert _rows(archive) == _rows(reference), (seed, kills)
    assert not list((archive / "documents").glob(".tmp-*"))
    assert all(code == -signal.SIGKILL for _, code, _ in kills), f"a run ended before its kill: {kills}"


def test_full_disk_fails_that_file_and_a_rerun_finishes(batch, tmp_path):
    """RLIMIT_FSIZE makes writes past 512 KiB fail as on a full disk; the big document cannot be written."""
    import resource

    root, made, _, _ = batch
    source = tmp_path / "in"
    source.mkdir()
    (source / "liten.txt").write_bytes(made["protokoll 04.txt"].read_bytes())
    (source / "stor.txt").write_bytes(_minutes_text(1) * 40)
    archive = tmp_path / "archive"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (512 * 1024, 512 * 1024))

    process = _run_ingest(source, archive, preexec_fn=limit)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 1, err
    rows = {Path(row[0]).name: row[2:] for row in _rows(archive)}
    assert rows["liten.txt"] == ("done", None)
    assert rows["stor.txt"] == ("failed", "cannot write document: file too large")
    assert len(_documents(archive)) == 1, "no partial document left behind"
    again = _run_ingest(source, archive)
    again.communicate(timeout=300)
    assert again.returncode == 0
    assert {Path(row[0]).name: row[2] for row in _rows(archive)} == {"liten.txt": "done", "stor.txt": "done"}

    def tiny() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))

    full = _run_ingest(source, tmp_path / "full", preexec_fn=tiny)
    _, err = full.communicate(timeout=300)
    assert full.returncode == 1
    assert err.decode() == f"minutes: {tmp_path / 'full'}: catalog: disk I/O error\n", "the catalog cannot grow"


def test_dask_cluster_on_loopback_gives_the_same_archive(batch, tmp_path):
    from distributed import LocalCluster

    root, _, _, _ = batch
    with LocalCluster(n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                      processes=True) as cluster:
        summary = ingest([str(root / "in")], tmp_path / "archive", scheduler=cluster.scheduler_address,
                         console=_quiet())
        assert summary.workers == 1
        assert _documents(tmp_path / "archive") == _documents(root / "archive")
        assert _rows(tmp_path / "archive") == _rows(root / "archive")
        kept = {path.name: path for path in (tmp_path / "archive" / "extractions").iterdir()}
        assert sorted(kept) == sorted(path.name for path in (root / "archive" / "extractions").iterdir()), \
            "what the cluster's workers read, the client keeps"

        scan = next(path for path in kept.values() if extractions.decode(path.read_bytes()).kind == "image")
        reading = extractions.decode(scan.read_bytes())
        page = reading.pages[0].model_copy(update={"text": reading.pages[0].text + "\nKakelugnen sprack."})
        scan.write_bytes(extractions.encode(reading.model_copy(update={"pages": [page]})))
        again = ingest([str(root / "in")], tmp_path / "archive", scheduler=cluster.scheduler_address,
                       console=_quiet(), options=Options(user_words=("Ordförandeklubba",)))
    assert again.documents_processed == 8 and again.count("failed") == 1
    sha = scan.name.split("-")[0]
    document = json.loads((tmp_path / "archive" / "documents" / f"{sha}.json").read_text(encoding="utf-8"))
    assert "Kakelugnen sprack." in document["original_text"], "a cluster's worker is sent the kept extraction"


@pytest.mark.parametrize("send_bytes", [False, True], ids=["worker-reads-the-file", "bytes-sent-as-to-dask"])
def test_a_file_rewritten_after_planning_fails_and_the_next_run_does_it(tmp_path, send_bytes):
    folder, archive = tmp_path / "in", tmp_path / "archive"
    folder.mkdir()
    source = folder / "protokoll.txt"
    source.write_bytes(_minutes_text(1))
    (archive / "documents").mkdir(parents=True)
    run = _Run(archive, Options(), lexicon().version, False, _quiet())
    (task,) = run.plan([str(folder)])
    source.write_bytes(_minutes_text(2))  # after the plan hashed it, before a worker reads it
    with _executor(1, None) as (executor, slots, restart):
        _drain(run, [task], executor, slots, restart, send_bytes=send_bytes)
    run.catalog.close()
    assert _rows(archive) == [(str(source), task.sha256, "failed", "file changed while being ingested")]
    assert _documents(archive) == {}, "nothing filed under the planned hash"

    summary = ingest([str(folder)], archive, workers=1, console=_quiet())
    sha = hashlib.sha256(_minutes_text(2)).hexdigest()
    assert summary.documents_processed == 1 and _rows(archive) == [(str(source), sha, "done", None)]
    assert list(_documents(archive)) == [f"{sha}.json"]


def test_a_second_ingest_into_the_same_archive_is_refused(tmp_path):
    import fcntl

    from ingest.errors import InputError

    archive = tmp_path / "archive"
    archive.mkdir()
    with open(archive / ".lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with pytest.raises(InputError, match="archive is in use by another `minutes ingest`"):
            ingest([str(SEEDS[0])], archive, workers=1, console=_quiet())
    assert not (archive / "catalog.sqlite").exists()


def test_unreachable_scheduler_is_one_line(tmp_path):
    from typer.testing import CliRunner

    from cli import app

    source = tmp_path / "a.txt"
    source.write_bytes(_minutes_text(3))
    started = time.perf_counter()
    result = CliRunner().invoke(app, ["ingest", str(source), "--archive", str(tmp_path / "archive"),
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"minutes: {tmp_path / 'archive'}: cannot reach the Dask scheduler")
    assert result.stderr.count("\n") == 1
    assert time.perf_counter() - started < 60


def _bomb_png() -> bytes:
    """A real 30000×30000 PNG, 1 bit per pixel, compressed to ~100 KB: a decompression bomb."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    squeeze = zlib.compressobj(9)
    row = bytes(1 + 30000 // 8)
    body = b"".join(squeeze.compress(row) for _ in range(30000)) + squeeze.flush()
    header = struct.pack(">IIBBBBB", 30000, 30000, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_every_kind_of_bad_file_is_recorded_with_its_reason(tmp_path):
    import pikepdf

    source = tmp_path / "in"
    source.mkdir()
    pdf = io.BytesIO()
    render_pages.render_text_pdf("Protokoll\n1. Öppnande", pdf)
    with pikepdf.open(io.BytesIO(pdf.getvalue())) as document:
        document.save(source / "låst.pdf", encryption=pikepdf.Encryption(owner="ägare", user="hemligt"))
    with pikepdf.new() as empty:
        empty.save(source / "inga sidor.pdf")
    files = {
        "tom.txt": b"",
        "halv.pdf": pdf.getvalue()[: len(pdf.getvalue()) // 2],
        "sida.pdf": b"<!DOCTYPE html><html><body>Not found</body></html>",
        "bomb.png": _bomb_png(),
        "skräp.txt": bytes(range(256)) * 8,
        "bra.txt": _minutes_text(5),
    }
    for name, data in files.items():
        (source / name).write_bytes(data)
    # Root reads any file whatever its mode, so an I/O error stands in for an unreadable file.
    (source / "oläslig.txt").symlink_to("/proc/self/mem")
    (source / "själv.txt").symlink_to(source / "själv.txt")
    summary = ingest([str(source)], tmp_path / "archive", workers=1, console=_quiet())
    reasons = {Path(row[0]).name: (row[2], row[3]) for row in _rows(tmp_path / "archive")}
    expected = {
        "bra.txt": ("done", None),
        "tom.txt": ("failed", "empty file"),
        "halv.pdf": ("failed", "corrupt or truncated PDF"),
        "sida.pdf": ("failed", "not a PDF: the file is an HTML page"),
        "låst.pdf": ("failed", "encrypted PDF (password required)"),
        "inga sidor.pdf": ("failed", "PDF has no pages"),
        "bomb.png": ("failed", "image too large"),
        "skräp.txt": ("failed", "not a text file: binary content"),
        "oläslig.txt": ("failed", "input/output error"),
        "själv.txt": ("failed", "too many levels of symbolic links"),
    }
    assert set(reasons) == set(expected)
    for name, (status, why) in expected.items():
        assert reasons[name][0] == status and (reasons[name][1] or "").startswith(why or ""), (name, reasons[name])
    assert summary.count("failed") == 9 and summary.documents_processed == 1


def _workers_of(pid: int) -> list[int]:
    """The pool's worker processes among the children of `pid` (not multiprocessing's resource tracker)."""
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(child) for child in (task / "children").read_text().split()]
    return [child for child in children
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()]


def _any_done(archive: Path) -> bool:
    try:
        return any(row[2] == "done" for row in _rows(archive))
    except sqlite3.OperationalError:  # not created yet
        return False


def test_a_killed_worker_costs_no_document(tmp_path):
    """A worker that dies (OOM killer, kill -9) takes its tasks with it; they are rerun, the batch finishes."""
    source = tmp_path / "in"
    source.mkdir()
    for number in range(20):
        (source / f"möte {number:02}.txt").write_bytes(_minutes_text(number + 60))
    archive = tmp_path / "archive"
    process = _run_ingest(source, archive)
    deadline = time.monotonic() + 120
    while not _any_done(archive):
        assert time.monotonic() < deadline and process.poll() is None, "ingest ended before a worker was killed"
        time.sleep(0.05)
    (victim,) = _workers_of(process.pid)
    os.kill(victim, signal.SIGKILL)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert b"a worker process died; rerunning" in err
    assert [row[2] for row in _rows(archive)] == ["done"] * 20
    assert len(_documents(archive)) == 20
