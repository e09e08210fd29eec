"""Issue 14, hardening at the edges: odd names, odd outputs, closed pipes, full disks, signals and damaged
archives, each on real files, real processes and real SQLite."""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from cli import app
from ingest.archive import ingest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "eval" / "seeds").glob("*.txt"))
MINUTES = [sys.executable, str(ROOT / "cli.py")]
runner = CliRunner()


def _text(number: int) -> bytes:
    seed = SEEDS[number % len(SEEDS)].read_text(encoding="utf-8")
    return (seed + f"\n\n{number + 20}. Övriga frågor {number}\nInga övriga frågor anmäldes.\n").encode()


def _quiet() -> Console:
    return Console(file=io.StringIO(), force_terminal=False)


def _run(*arguments: str, **popen) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), MINUTES_USER_DICT=os.devnull)
    return subprocess.run([*MINUTES, *arguments], cwd=ROOT, env=env, capture_output=popen.pop("capture", True),
                          timeout=120, **popen)


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """A small archive of three text documents, copied by the tests that change it."""
    root = tmp_path_factory.mktemp("made")
    (root / "in").mkdir()
    for number in range(3):
        (root / "in" / f"protokoll {number}.txt").write_bytes(_text(number))
    summary = ingest([str(root / "in")], root / "archive", workers=1, console=_quiet())
    assert summary.documents_processed == 3
    return root / "archive"


@pytest.fixture
def archive(made, tmp_path) -> Path:
    copy = tmp_path / "archive"
    shutil.copytree(made, copy)
    return copy


def _rows(archive: Path) -> list[tuple]:
    with closing(sqlite3.connect(f"{(archive / 'catalog.sqlite').as_uri()}?mode=ro", uri=True)) as db:
        return db.execute("SELECT path, status FROM files ORDER BY path").fetchall()


# ------------------------------------------------------------------ names and text


def test_file_names_with_brackets_are_shown_whole_in_every_table(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "Protokoll [utkast] mars.txt").write_bytes(b"")
    (source / "[bold]röd[red].txt").write_bytes(b"\x00\x01\x02" * 100)
    wide = {"COLUMNS": "300"}
    result = runner.invoke(app, ["ingest", str(source), "--archive", str(tmp_path / "a"), "--workers", "1"], env=wide)
    assert result.exit_code == 1
    status = runner.invoke(app, ["status", str(tmp_path / "a")], env=wide)
    for shown in (result.stdout, status.stdout):
        assert f"{source}/Protokoll [utkast] mars.txt " in shown
        assert f"{source}/[bold]röd[red].txt " in shown


def test_names_that_are_not_utf8_are_kept_distinct_and_json_stays_utf8(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    names = [b"protokoll-\xe5.txt", b"protokoll-\xe6.txt", "protokoll-\\xe5.txt".encode()]
    for number, name in enumerate(names):
        (source / os.fsdecode(name)).write_bytes(_text(number))
    ingest([str(source)], tmp_path / "archive", workers=1, console=_quiet())
    paths = sorted(Path(path).name for path, _ in _rows(tmp_path / "archive"))
    assert paths == ["protokoll-\\\\xe5.txt", "protokoll-\\xe5.txt", "protokoll-\\xe6.txt"], "three files, three rows"
    exported = _run("export", str(tmp_path / "archive"))
    assert exported.returncode == 0, exported.stderr
    documents = [json.loads(line) for line in exported.stdout.decode("utf-8").splitlines()]
    assert sorted(Path(d["source"]["path"]).name for d in documents) == paths

    odd = os.fsdecode(source / os.fsdecode(names[0]))
    out = tmp_path / os.fsdecode(b"ut-\xe5.json")
    parsed = _run("parse", odd, "-o", os.fsdecode(out))
    assert parsed.returncode == 0, parsed.stderr
    assert json.loads(out.read_bytes().decode("utf-8"))["source"]["path"].endswith("protokoll-\\xe5.txt")
    missing = _run("parse", os.fsdecode(source / os.fsdecode(b"saknas-\xe5.txt")))
    assert missing.returncode == 1
    assert missing.stderr.decode("utf-8").endswith("saknas-\\xe5.txt: no such file or directory\n")


def test_a_jpeg_with_garbage_after_its_header_fails_in_parse_and_in_a_batch(tmp_path):
    import random

    from PIL import Image

    buffer = io.BytesIO()
    Image.open(ROOT / "samples" / "ledningsgrupp-2021-08-17-scan-1.png").save(buffer, "JPEG", quality=80)
    whole = buffer.getvalue()
    header = whole.index(b"\xff\xda") + 40
    broken = tmp_path / "in" / "skanning.jpg"
    broken.parent.mkdir()
    garbage = bytes(byte for byte in random.Random(3).randbytes(len(whole) - header - 2) if byte != 0xFF)
    broken.write_bytes(whole[:header] + garbage + b"\xff\xd9")
    result = runner.invoke(app, ["parse", str(broken)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"minutes: {broken}: corrupt JPEG image") and result.stderr.count("\n") == 1
    (tmp_path / "in" / "bra.txt").write_bytes(_text(4))
    summary = ingest([str(tmp_path / "in")], tmp_path / "archive", workers=1, console=_quiet())
    assert summary.count("failed") == 1 and summary.count("done") == 1
    assert dict(_rows(tmp_path / "archive"))[str(broken)] == "failed"


def test_since_takes_any_iso_date_and_time(archive):
    def exported(since: str) -> int:
        result = runner.invoke(app, ["export", str(archive), "--since", since])
        assert result.exit_code == 0 and "Traceback" not in result.output, result.output
        return len(result.stdout.splitlines())

    assert exported("0999-01-01") == 3
    assert exported("0001-01-01T00:00:00+01:00") == 3
    assert exported("2000-01-01") == 3
    assert exported("9999-12-31T23:00:00-05:00") == 0
    assert exported("9999-12-31") == 0


def test_a_closed_pipe_ends_quietly_and_a_full_disk_is_one_line(archive, tmp_path):
    reader, writer = os.pipe()
    os.close(reader)  # the consumer has gone before the first line (`| head -0`)
    closed = _run("export", str(archive), stdout=writer, capture=False, stderr=subprocess.PIPE)
    os.close(writer)
    assert closed.returncode == 141
    assert closed.stderr == b"", "no traceback, and no claim that documents were exported"

    with open("/dev/full", "wb") as full:
        to_full = _run("export", str(archive), stdout=full, capture=False, stderr=subprocess.PIPE)
    assert to_full.returncode == 1
    assert to_full.stderr == b"minutes: standard output: no space left on device\n"
    option = _run("export", str(archive), "-o", "/dev/full")
    assert option.returncode == 1 and option.stderr == b"minutes: /dev/full: no space left on device\n"
    parse = _run("parse", str(SEEDS[0]), "-o", "/dev/full")
    assert parse.returncode == 1 and parse.stderr == b"minutes: /dev/full: no space left on device\n"


def test_dict_add_from_thirty_processes_at_once_keeps_every_word(tmp_path):
    words = tmp_path / "ord.txt"
    env = dict(os.environ, PYTHONPATH=str(ROOT), MINUTES_USER_DICT=str(words))
    added = [f"Ordet{number:02}" for number in range(29)] + ["#hashtagg"]
    processes = [subprocess.Popen([*MINUTES, "dict", "add", word], cwd=ROOT, env=env, stderr=subprocess.PIPE)
                 for word in added]
    for process in processes:
        assert process.wait(timeout=120) == 0, process.stderr.read()
        process.stderr.close()
    from ingest.userdict import read_words

    assert sorted(read_words(words)) == sorted(added)
    assert "\\#hashtagg\n" in words.read_text(encoding="utf-8"), "stored escaped, not as a comment"
    assert not [p for p in tmp_path.iterdir() if p.name != "ord.txt"], "no temporary file left"


# ------------------------------------------------------------------ output paths


def test_output_writes_through_devices_fifos_and_symlinks(tmp_path):
    """A null device of the test's own stands in for /dev/null, which a failing run would replace for everyone."""
    null = tmp_path / "null"
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs privileges this machine does not give")
    assert runner.invoke(app, ["parse", str(SEEDS[0]), "-o", str(null)]).exit_code == 0
    assert stat.S_ISCHR(os.stat(null).st_mode), "the device is still a device"
    null.unlink()
    to_stdout = _run("repair", str(SEEDS[0]), "-o", "/dev/stdout")
    assert to_stdout.returncode == 0 and to_stdout.stdout.startswith(SEEDS[0].read_bytes()[:10])

    fifo = tmp_path / "rör"
    os.mkfifo(fifo)
    got = []
    drain = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    drain.start()
    assert runner.invoke(app, ["repair", str(SEEDS[0]), "-o", str(fifo)]).exit_code == 0
    drain.join(30)
    assert got and got[0] and stat.S_ISFIFO(os.lstat(fifo).st_mode)

    target, link = tmp_path / "mål.txt", tmp_path / "länk.txt"
    target.write_text("gammalt\n")
    link.symlink_to(target)
    assert runner.invoke(app, ["repair", str(SEEDS[0]), "-o", str(link)]).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes()[:10] == SEEDS[0].read_bytes()[:10]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["länk.txt", "mål.txt", "rör"]


def test_export_refuses_to_write_over_the_archive(archive):
    catalog = (archive / "catalog.sqlite").read_bytes()
    for inside in (archive / "catalog.sqlite", archive / "documents" / "ny.json", archive):
        result = runner.invoke(app, ["export", str(archive), "-o", str(inside)])
        assert result.exit_code == 1, inside
        assert result.stderr == f"minutes: {inside}: belongs to the archive {archive}; choose another output\n"
    assert (archive / "catalog.sqlite").read_bytes() == catalog
    assert runner.invoke(app, ["status", str(archive)]).exit_code == 0


def _signals_as_a_shell_leaves_them() -> None:
    """A child inherits ignored signals and the blocked-signal mask: a test worker that an earlier test left with
    SIGINT ignored or blocked would start an export that, rightly, ignores Ctrl-C, as one started under nohup does."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_mid_export_leaves_no_temporary_file(archive, tmp_path, signum):
    """A document file replaced by a FIFO holds export mid-write, its temporary file open, until the signal."""
    documents = sorted((archive / "documents").iterdir())
    documents[-1].unlink()
    os.mkfifo(documents[-1])
    out = tmp_path / "ut"
    out.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([*MINUTES, "export", str(archive), "-o", str(out / "feed.jsonl")], cwd=ROOT, env=env,
                               stderr=subprocess.PIPE, preexec_fn=_signals_as_a_shell_leaves_them)
    deadline = time.monotonic() + 60
    while not any(out.iterdir()):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.02)
    time.sleep(0.2)
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode != 0
    assert list(out.iterdir()) == [], err


# ------------------------------------------------------------------ archive integrity


def test_status_and_export_on_a_damaged_or_missing_catalog_are_one_line(archive, tmp_path):
    catalog = archive / "catalog.sqlite"
    catalog.write_bytes(os.urandom(8192))
    for command in ("status", "export"):
        result = runner.invoke(app, [command, str(archive)])
        assert result.exit_code == 1
        assert result.stderr == f"minutes: {catalog}: damaged or unreadable catalog: file is not a database\n"
    catalog.unlink()
    missing = runner.invoke(app, ["export", str(archive)])
    assert missing.exit_code == 1 and missing.stderr == f"minutes: {archive}: not an archive (no catalog.sqlite)\n"


def test_a_read_only_archive_can_be_read(made, tmp_path):
    """A read-only mount, where SQLite cannot make the WAL index beside the catalog."""
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a file system needs privileges this machine does not give")
    try:
        shutil.copytree(made, mount / "archive")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        status = runner.invoke(app, ["status", str(mount / "archive")])
        assert status.exit_code == 0, status.output
        assert "documents" in status.stdout
        export = runner.invoke(app, ["export", str(mount / "archive")])
        assert export.exit_code == 0, export.output
        assert len(export.stdout.splitlines()) == 3
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=True)


def test_an_archive_inside_or_equal_to_its_input_folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "möte.txt").write_bytes(_text(1))
    first = runner.invoke(app, ["ingest", str(data), "--archive", str(data), "--workers", "1"])
    assert first.exit_code == 0, first.output
    assert _rows(data) == [(str(data / "möte.txt"), "done")], "the archive's own files are not inputs"
    again = runner.invoke(app, ["ingest", str(data), "--archive", str(data), "--workers", "1"])
    assert again.exit_code == 0 and _rows(data) == [(str(data / "möte.txt"), "done")]
    empty = tmp_path / "tom"
    empty.mkdir()
    nothing = runner.invoke(app, ["ingest", str(empty), "--archive", str(empty / "arkiv")])
    assert nothing.exit_code == 1
    assert nothing.stderr.startswith(f"minutes: {empty / 'arkiv'}: nothing to ingest")


def test_a_users_tmp_files_in_documents_are_never_deleted(tmp_path):
    archive = tmp_path / "archive"
    (archive / "documents").mkdir(parents=True)
    mine = [archive / "documents" / ".tmp-mina anteckningar.txt", archive / "documents" / ".tmp-minutes-x"]
    for path in mine:
        path.write_text("mitt\n")
    source = tmp_path / "a.txt"
    source.write_bytes(_text(2))
    ingest([str(source)], archive, workers=1, console=_quiet())
    ingest([str(source)], archive, workers=1, force=True, console=_quiet())
    assert all(path.read_text() == "mitt\n" for path in mine)


def test_a_damaged_document_file_is_redone_by_ingest_and_left_out_by_export(archive):
    documents = sorted((archive / "documents").iterdir())
    whole = documents[0].read_bytes()
    documents[0].write_bytes(whole.replace(b'"schema_version": "1"', b'"schema_version": "9"'))
    export = runner.invoke(app, ["export", str(archive)])
    assert export.exit_code == 1
    assert len(export.stdout.splitlines()) == 2, "every good document is still written"
    assert f"minutes: {documents[0]}: damaged document file" in export.stderr
    assert export.stderr.count("\n") == 2 and "Traceback" not in export.stderr

    source = Path(_rows(archive)[0][0]).parent  # the inputs, as they were
    summary = ingest([str(source)], archive, workers=1, console=_quiet())
    assert summary.redone == [documents[0].stem] and summary.documents_processed == 1
    assert documents[0].read_bytes() == whole
    assert runner.invoke(app, ["export", str(archive)]).exit_code == 0


def test_a_schema_invalid_document_is_not_exported_with_exit_0(archive):
    documents = sorted((archive / "documents").iterdir())
    document = json.loads(documents[1].read_text())
    del document["meeting"]
    documents[1].write_text(json.dumps(document))
    with closing(sqlite3.connect(archive / "catalog.sqlite")) as db, db:
        db.execute("UPDATE documents SET file_sha256 = NULL")  # as in an archive from before the hash was kept
    export = runner.invoke(app, ["export", str(archive), "--format", "json"])
    assert export.exit_code == 1
    assert len(json.loads(export.stdout)) == 2
    assert f"minutes: {documents[1]}: not a valid document" in export.stderr


def test_export_streams_each_document_as_it_is_read(archive):
    """The first document reaches the reader while export still waits on the last one's file."""
    documents = sorted((archive / "documents").iterdir(),
                       key=lambda path: [sha for sha, in sqlite3.connect(archive / "catalog.sqlite").execute(
                           "SELECT sha256 FROM documents ORDER BY seq")].index(path.stem))
    held = documents[-1].read_bytes()
    documents[-1].unlink()
    os.mkfifo(documents[-1])
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([*MINUTES, "export", str(archive)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    first = process.stdout.readline()
    assert json.loads(first)["source"]["sha256"] == documents[0].stem
    assert process.poll() is None, "still waiting for the last document"
    documents[-1].write_bytes(held)  # opens the FIFO for writing: export reads the last document and ends
    rest, _ = process.communicate(timeout=60)
    assert process.returncode == 0 and len(rest.splitlines()) == 2
