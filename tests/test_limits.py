"""Issue 14, limits: every hostile input of tests/hostile.py, made here, fails with one line naming the file, in
`minutes parse` (exit 1) and in a batch (recorded, the rest done), quickly and in little memory, measured on the
real processes (os.wait4 gives a process's peak resident memory together with the workers it waited for)."""
from __future__ import annotations

import os
import subprocess
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

import hostile
from ingest.lexicon import MAX_USER_WORDS, _cached, load_lexicon
from ingest.pipeline import Options, lexicon

ROOT = Path(__file__).resolve().parents[1]
MINUTES = [sys.executable, str(ROOT / "cli.py")]
SEED = sorted((ROOT / "eval" / "seeds").glob("*.txt"))[0]

REASONS = {
    "100,000 pages": "too many pages: more than 1 000 (--limit pages=N)",
    "40,000² image in a PDF": "page 1: an embedded image too large: 40000x40000 pixels, more than 89 000 000 "
                              "(--limit pixels=N)",
    "1M rectangles": "page 1: more than 100 000 drawing operations (--limit drawings=N)",
    "1M rectangles in forms": "page 1: more than 100 000 drawing operations (--limit drawings=N)",
    "1M glyphs": "page 1: more than 100 000 glyphs (--limit glyphs=N)",
    "1 GB content stream": "page 1: more than 32 000 000 bytes of drawing operations (--limit drawings=N)",
    "12,000² PNG canvas": "page 1: image too large: 12000x12000 pixels, more than 89 000 000 (--limit pixels=N)",
    "2,000-page TIFF": "too many pages: more than 1 000 (--limit pages=N)",
    "30 GB sparse text": "too much text: more than 5 000 000 bytes (--limit text=N)",
}
PARSE_PEAK_MB = 400
"""A cold `minutes parse` of a small PDF peaks near 120 MB; unchecked, these inputs took 1.9 to 7.7 GB."""
BATCH_PEAK_MB = 700
"""The largest process of a batch: a worker that read a scan holds about 250 MB."""


def _measured(arguments: list[str], timeout: float = 180) -> tuple[int, str, float, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), MINUTES_USER_DICT=os.devnull, COLUMNS="200")
    try:
        return hostile.measured([*MINUTES, *arguments], env, timeout)
    except TimeoutError:
        pytest.fail(f"{arguments} ran over {timeout} s")


def _rows(archive: Path) -> dict[str, tuple[str, str | None]]:
    with closing(sqlite3.connect(archive / "catalog.sqlite")) as db:
        return {Path(path).name: (status, error) for path, status, error in
                db.execute("SELECT path, status, error FROM files")}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return {name: make(folder) for name, make in hostile.MAKERS.items()}


@pytest.mark.parametrize("name", list(REASONS))
def test_parse_refuses_each_hostile_input_in_one_line(inputs, name):
    code, err, peak, seconds = _measured(["parse", str(inputs[name])])
    assert code == 1
    assert err == f"minutes: {inputs[name]}: {REASONS[name]}\n"
    assert peak < PARSE_PEAK_MB, f"{peak:.0f} MB"
    assert seconds < 60, "refused before the costly work, not after it"


def test_a_batch_records_every_breach_and_does_the_rest(inputs, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in inputs.values():
        os.link(path, folder / path.name)  # the 30 GB file stays sparse
    for number in range(2):
        (folder / f"möte {number}.txt").write_bytes(SEED.read_bytes() + f"\n{number}\n".encode())
    code, err, peak, _ = _measured(["ingest", str(folder), "--archive", str(tmp_path / "archive"), "--workers", "2"])
    assert code == 1
    rows = _rows(tmp_path / "archive")
    assert rows == {**{inputs[name].name: ("failed", reason) for name, reason in REASONS.items()},
                    "möte 0.txt": ("done", None), "möte 1.txt": ("done", None)}
    for name, reason in REASONS.items():
        assert f"failed  {folder / inputs[name].name}: {reason}\n" in err
    assert "Traceback" not in err
    assert peak < BATCH_PEAK_MB, f"{peak:.0f} MB"


def test_a_file_over_its_time_has_its_worker_stopped_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    hostile.long_scan(folder, 3)
    for number in range(3):
        (folder / f"möte {number}.txt").write_bytes(SEED.read_bytes() + f"\n{number}\n".encode())
    code, err, peak, seconds = _measured(["ingest", str(folder), "--archive", str(tmp_path / "archive"),
                                          "--workers", "2", "--limit", "seconds=4"])
    assert code == 1
    assert _rows(tmp_path / "archive") == {
        "skanning-6-sidor.pdf": ("failed", "took longer than 4 s; its worker was stopped (--limit seconds=N)"),
        **{f"möte {number}.txt": ("done", None) for number in range(3)}}
    assert "a worker process died" not in err, "a worker stopped for its time leaves no suspects"
    assert peak < BATCH_PEAK_MB and seconds < 60


def test_a_file_over_the_memory_of_a_worker_fails_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    hostile.poster(folder)  # 80 megapixels, under the pixel limit; its worker needs about 620 MB
    (folder / "möte.txt").write_bytes(SEED.read_bytes())
    code, err, peak, _ = _measured(["ingest", str(folder), "--archive", str(tmp_path / "archive"),
                                    "--workers", "1", "--limit", "memory=500"])
    assert code == 1
    rows = _rows(tmp_path / "archive")
    assert rows["möte.txt"] == ("done", None)
    status, reason = rows["affisch-80mp.pdf"]
    assert status == "failed" and "out of memory" in reason and "500 MB" in reason, reason
    assert "Traceback" not in err
    assert peak < 520, f"{peak:.0f} MB: the cap holds"


def test_a_user_dictionary_over_its_limit_is_one_line(tmp_path):
    huge = hostile.user_dictionary(tmp_path, 2_000_000)
    code, err, peak, _ = _measured(["parse", str(SEED), "--dict", str(huge)])
    assert (code, err) == (1, f"minutes: {huge}: user dictionary too large: more than 6 400 000 bytes\n")
    assert peak < 200
    many = tmp_path / "a" / "words.txt"
    many.parent.mkdir()
    many.write_text("".join(f"O{n}\n" for n in range(MAX_USER_WORDS + 1)), encoding="utf-8")
    code, err, _, _ = _measured(["ingest", str(SEED), "--archive", str(many.parent)])
    assert (code, err) == (1, f"minutes: {many}: user dictionary too large: 100 001 words, more than 100 000 "
                              "(keep the words the documents need)\n")


def test_a_large_user_dictionary_is_compiled_once_and_found_by_prefix():
    words = tuple(f"Zqxord{n:05d}" for n in range(MAX_USER_WORDS))
    options = Options(user_words=tuple(reversed(words)))
    assert options.user_words == words, "kept sorted, so each document's look-up needs no sort"
    first = lexicon(options.user_words)
    compiled = _cached.cache_info().misses
    assert all(lexicon(options.user_words) is first for _ in range(20))
    assert _cached.cache_info().misses == compiled, "found in the cache, not compiled again"
    assert first.fold_prefixes("zqxord00042kommun")[-1] == "zqxord00042"
    assert first.by_fold("zqxord00042") == ["zqxord00042"]
    assert "zqxord00042" in load_lexicon(["Zqxord00042"]).fold_prefixes("zqxord00042s")


def test_a_wrong_limit_is_a_usage_error():
    for setting in ("sidor=5", "pages=many", "pages=0"):
        code, err, _, _ = _measured(["parse", str(SEED), "--limit", setting])
        assert code == 2 and "--limit" in err


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    """A 40 GB sparse "PDF" would be hashed for minutes before anything looked inside it; its size refuses it
    at once, in `parse`, in a batch (the rest done) and on standard input (copied no further than the limit)."""
    big = tmp_path / "in" / "huge.pdf"
    big.parent.mkdir()
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(40_000_000_000)
    (tmp_path / "in" / "good.txt").write_bytes(SEED.read_bytes())
    reason = "file too large: more than 10 000 000 000 bytes (--limit bytes=N)"
    code, err, _, seconds = _measured(["parse", str(big)])
    assert (code, err.strip().splitlines()) == (1, [f"minutes: {big}: {reason}"])
    assert seconds < 30
    code, err, _, _ = _measured(["ingest", str(tmp_path / "in"), "--archive", str(tmp_path / "archive")])
    rows = _rows(tmp_path / "archive")
    assert rows["huge.pdf"] == ("failed", reason) and rows["good.txt"][0] == "done"
    env = dict(os.environ, PYTHONPATH=str(ROOT), MINUTES_USER_DICT=os.devnull)
    piped = subprocess.run([*MINUTES, "parse", "-", "--limit", "bytes=1000"], input=SEED.read_bytes() * 10,
                           capture_output=True, env=env, timeout=120)
    assert (piped.returncode, piped.stderr.decode().strip()) == (
        1, "minutes: -: file too large: more than 1 000 bytes (--limit bytes=N)")
