"""Issue 14: processes that die or stop. Real `minutes` processes, real signals, read back through /proc: workers
go when the ingest is killed, a stopped OCR does not hold up the next, and Ctrl-C is one line and exit 130."""
from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MINUTES = [sys.executable, str(ROOT / "cli.py")]
SCAN = ROOT / "samples" / "ledningsgrupp-2021-08-17-scan-1.png"
SCAN_PDF = ROOT / "samples" / "ledningsgrupp-2021-08-17-scan.pdf"
GONE_WITHIN = 5.0
"""Seconds a worker may outlive its parent."""


def _stat(pid: int) -> list[str] | None:
    """/proc/PID/stat's fields after the command name (state first), or None once the process is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()


def _alive(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")  # a zombie has exited; only its parent's wait is left


def _children(parent: int) -> dict[int, str]:
    """pid → command line of the live children of `parent`."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) and fields[1] == str(parent):
            try:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
    return {pid: line for pid, line in found.items() if _alive(pid)}


def _workers(parent: int) -> dict[int, str]:
    return {pid: line for pid, line in _children(parent).items() if "multiprocessing" in line}


def _until(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while not (result := condition()):
        assert time.monotonic() < deadline, f"waited {seconds} s for {what}"
        time.sleep(0.01)
    return result


def _core_holders(tmp: Path) -> list[int]:
    """The process holding each OCR core token that is held, in the private temp folder `tmp` (see ocr._take_core)."""
    holders = []
    for token in sorted(tmp.glob("minutes-ocr-cores-*/*")):
        with open(token, "rb") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                holders.append(int(handle.read() or 0))
            else:
                fcntl.flock(handle, fcntl.LOCK_UN)
    return holders


def _scans(folder: Path, count: int) -> Path:
    """`count` distinct copies of a one-page scan (bytes after the PNG's end, which readers ignore)."""
    folder.mkdir()
    for number in range(count):
        (folder / f"skanning-{number}.png").write_bytes(SCAN.read_bytes() + b"%d" % number)
    return folder


def _env(tmp: Path, **settings: str) -> dict[str, str]:
    """The temp folder is the test's own, so the core tokens are too: other tests' OCR does not count."""
    return dict(os.environ, PYTHONPATH=str(ROOT), MINUTES_USER_DICT=os.devnull, TMPDIR=str(tmp), **settings)


def _session() -> None:
    """A terminal's foreground job in miniature: a process group of its own, Ctrl-C as a shell leaves it."""
    os.setsid()
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_workers_exit_within_seconds_when_the_ingest_is_killed(tmp_path):
    inputs = _scans(tmp_path / "in", 4)
    with open(tmp_path / "log", "wb") as log:
        ingest = subprocess.Popen([*MINUTES, "ingest", str(inputs), "--archive", str(tmp_path / "arkiv"),
                                   "--workers", "2"], cwd=ROOT, env=_env(tmp_path), stdout=log, stderr=log)
    try:
        workers = _until(lambda: len(_workers(ingest.pid)) >= 3 and _workers(ingest.pid), 60,
                         "two workers and the resource tracker")
        _until(lambda: set(_core_holders(tmp_path)) & set(workers), 60, "a worker reading a page")
    finally:
        ingest.kill()  # SIGKILL: nothing of the parent runs
        ingest.wait()
    killed = time.monotonic()
    _until(lambda: not any(_alive(pid) for pid in workers), 30, "the workers to exit")
    assert time.monotonic() - killed < GONE_WITHIN, workers


def test_a_stopped_ocr_holding_every_core_does_not_hold_up_the_next(tmp_path):
    cores = set(sorted(os.sched_getaffinity(0))[:2])
    env = _env(tmp_path, MINUTES_CORE_WAIT="2")
    with open(tmp_path / "first.json", "wb") as out:
        first = subprocess.Popen([*MINUTES, "parse", str(SCAN_PDF)], cwd=ROOT, env=env, stdout=out,
                                 stderr=subprocess.PIPE, preexec_fn=lambda: os.sched_setaffinity(0, cores))
    try:
        _until(lambda: _core_holders(tmp_path) == [first.pid] * len(cores), 60, "the first to hold every core")
        os.kill(first.pid, signal.SIGSTOP)
        started = time.monotonic()
        second = subprocess.run([*MINUTES, "parse", str(SCAN)], cwd=ROOT, env=env, capture_output=True, timeout=120,
                                preexec_fn=lambda: os.sched_setaffinity(0, cores))
        seconds = time.monotonic() - started
    finally:
        os.kill(first.pid, signal.SIGCONT)
        first.kill()
        first.communicate()
    assert second.returncode == 0, second.stderr
    assert b"Helsingborgs stads skolors ledningsgrupp" in second.stdout
    said = second.stderr.decode().splitlines()
    assert len(said) == 1, said
    assert said[0] == (f"minutes: waiting for a free core, held by process {first.pid} (stopped); reading on without "
                       "one after 2 s (MINUTES_CORE_WAIT)")
    assert seconds < 60


@pytest.mark.parametrize("moment", ["as the workers start", "while the workers read"])
def test_ctrl_c_during_an_ingest_is_one_line_and_exit_130(tmp_path, moment):
    inputs = _scans(tmp_path / "in", 4)
    ingest = subprocess.Popen([*MINUTES, "ingest", str(inputs), "--archive", str(tmp_path / "arkiv"), "--workers",
                               "2"], cwd=ROOT, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              preexec_fn=_session)
    try:
        workers = _until(lambda: _workers(ingest.pid), 60, "a worker to start")
        if moment == "while the workers read":
            _until(lambda: set(_core_holders(tmp_path)) & set(_workers(ingest.pid)), 60, "a worker reading a page")
            workers = _workers(ingest.pid)
        os.killpg(ingest.pid, signal.SIGINT)  # what Ctrl-C on a terminal does: every process of the job
        out, err = ingest.communicate(timeout=60)
    finally:
        ingest.kill()
    assert ingest.returncode == 130
    assert err.decode() == "minutes: interrupted; run the same command again to finish\n"
    assert out == b""
    _until(lambda: not any(_alive(pid) for pid in workers), GONE_WITHIN, "the workers to exit")


def test_ctrl_c_while_parse_reads_a_scan_is_one_line_and_exit_130(tmp_path):
    parse = subprocess.Popen([*MINUTES, "parse", str(SCAN_PDF)], cwd=ROOT, env=_env(tmp_path),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_session)
    try:
        _until(lambda: parse.pid in _core_holders(tmp_path), 60, "a page being read")
        os.killpg(parse.pid, signal.SIGINT)
        out, err = parse.communicate(timeout=60)
    finally:
        parse.kill()
    assert (parse.returncode, out, err) == (130, b"", b"minutes: interrupted\n")
