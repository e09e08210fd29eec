"""The user dictionary: the archive's own words.txt, bulk import, listing and removal, the unknown-word report,
and user words that correct only what the lexicon does not know. Real repairs, real `minutes` processes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ingest.lexicon import load_lexicon
from ingest.repair import repair

ROOT = Path(__file__).resolve().parents[1]
MINUTES = [sys.executable, str(ROOT / "cli.py")]
STRIPPED = "Den sista fras i texten stroks. Motet oppnades av Anna Kjallback.\n"
"""As an English-model OCR leaves Swedish: å, ä and ö lost, so every word is open to them."""


def _run(*args: str, home: Path, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), HOME=str(home), OMP_THREAD_LIMIT="1", **env)
    environment.pop("MINUTES_USER_DICT", None)
    environment.update(env)
    return subprocess.run([*MINUTES, *args], cwd=ROOT, env=environment, input=stdin, capture_output=True,
                          timeout=300)


def test_a_user_word_corrects_unknown_words_and_never_pulls_a_known_one():
    plain = repair(STRIPPED, lexicon=load_lexicon())
    # the listed names' "-bäck" may restore the ending; only the archivist knows the whole spelling
    assert "fras" in plain.text.split() and "Kjällbäck" not in plain.text
    fixed = repair(STRIPPED, lexicon=load_lexicon(("Frås", "Kjällbäck")))
    assert "Anna Kjällbäck" in fixed.text, "the unknown name takes the archivist's spelling"
    assert "fras" in fixed.text.split(), [(c.original, c.corrected) for c in fixed.corrections]
    assert not any(c.original == "fras" for c in fixed.corrections + fixed.review)
    boosted = repair(STRIPPED, lexicon=load_lexicon(("Fräs",)))
    assert "fras" in boosted.text.split(), "a lexicon word added again does not outweigh its neighbours either"


def _archive_with_text(tmp_path: Path, text: str) -> tuple[Path, Path]:
    source = tmp_path / "in"
    source.mkdir()
    (source / "protokoll.txt").write_text(text, encoding="utf-8")
    return source, source / "arkiv"


def test_the_archive_dictionary_decides_whoever_runs_the_ingest(tmp_path):
    """The archive lies inside the folder ingested: its words.txt is its own, never a document."""
    source, archive = _archive_with_text(tmp_path, STRIPPED)
    homes = []
    for name, word in (("anna", "Kjallbäck"), ("cron", "Frås")):
        home = tmp_path / name
        (home / ".config" / "minutes").mkdir(parents=True)
        (home / ".config" / "minutes" / "words.txt").write_text(word + "\n", encoding="utf-8")
        homes.append(home)
    added = _run("dict", "add", "Kjällbäck", "--archive", str(archive), home=homes[0])
    assert added.returncode == 0 and added.stderr.decode() == f"minutes: added Kjällbäck to {archive / 'words.txt'}\n"
    first = _run("ingest", str(source), "--archive", str(archive), "--workers", "1", home=homes[0])
    assert first.returncode == 0, first.stderr.decode()
    [document] = (archive / "documents").iterdir()
    made = document.read_bytes()
    assert "Anna Kjällbäck" in json.loads(made)["text"]
    assert json.loads(made)["pipeline"]["dictionary_version"] == load_lexicon(("Kjällbäck",)).version
    other = _run("ingest", str(source), "--archive", str(archive), "--workers", "1", "--force", home=homes[1],
                 MINUTES_USER_DICT=str(homes[1] / ".config" / "minutes" / "words.txt"))
    assert other.returncode == 0, other.stderr.decode()
    assert [p.name for p in (archive / "documents").iterdir()] == [document.name], "words.txt is no input"
    assert document.read_bytes() == made, "another user, another $HOME: the same document"


def test_words_lists_the_unknown_and_they_go_back_in_bulk(tmp_path):
    text = ("Mötet hölls i Zqxby.\nZqxby kommun och Zqxby skola deltog.\nOrdförande var Wyrmqvist.\n"
            "#taggen och \\snedstreck är också ord.\n")
    source, archive = _archive_with_text(tmp_path, text)
    assert _run("ingest", str(source), "--archive", str(archive), "--workers", "1", home=tmp_path).returncode == 0

    table = _run("words", str(archive), home=tmp_path, COLUMNS="200")
    assert table.returncode == 0, table.stderr.decode()
    rows = [line for line in table.stdout.decode().splitlines() if "Zqxby" in line or "Wyrmqvist" in line]
    assert "3" in rows[0] and "Mötet hölls i Zqxby." in rows[0], "most frequent first, with a line it is in"
    assert "1" in rows[1] and "Ordförande var Wyrmqvist." in rows[1]
    plain = _run("words", str(archive), "--plain", home=tmp_path)
    assert plain.stdout.decode().splitlines()[:2] == ["Zqxby", "Wyrmqvist"]

    words = archive / "words.txt"
    bulk = _run("dict", "add", "--from", "-", "--archive", str(archive), home=tmp_path, stdin=plain.stdout)
    assert bulk.returncode == 0, bulk.stderr.decode()
    assert _run("words", str(archive), "--plain", home=tmp_path).stdout == b"", "all known now"
    listed = _run("dict", "list", "--archive", str(archive), home=tmp_path).stdout
    assert listed == plain.stdout == words.read_bytes()

    escaped = tmp_path / "ord.txt"
    escaped.write_text("# en kommentar\n\\#hashtagg\nSnöbäck\n", encoding="utf-8")
    assert _run("dict", "add", "--from", str(escaped), "--archive", str(archive), home=tmp_path).returncode == 0
    listed = _run("dict", "list", "--archive", str(archive), home=tmp_path).stdout.decode().splitlines()
    assert listed[-2:] == ["\\#hashtagg", "Snöbäck"], "stored escaped, not as a comment"

    removed = _run("dict", "remove", "Zqxby", "--archive", str(archive), home=tmp_path)
    assert removed.returncode == 0 and b"Zqxby\n" not in words.read_bytes()
    assert _run("words", str(archive), "--plain", home=tmp_path).stdout == b"Zqxby\n"
    gone = _run("dict", "remove", "Zqxby", "--archive", str(archive), home=tmp_path)
    assert (gone.returncode, gone.stderr.decode()) == (1, f"minutes: {words}: Zqxby is not in this dictionary\n")


def test_a_bad_bulk_import_is_one_line_and_changes_nothing(tmp_path):
    words = tmp_path / "ord.txt"
    words.write_text("Kjällbäck\n", encoding="utf-8")
    bad = tmp_path / "lista.txt"
    bad.write_text("Snöbäck\ntvå ord\n", encoding="utf-8")
    result = _run("dict", "add", "--from", str(bad), "--dict", str(words), home=tmp_path)
    assert (result.returncode, result.stderr.decode()) == (1, f"minutes: {bad}: 'två ord': one word, without spaces\n")
    assert words.read_text(encoding="utf-8") == "Kjällbäck\n"
    both = _run("dict", "add", "Ord", "--dict", str(words), "--archive", str(tmp_path), home=tmp_path)
    assert both.returncode == 2
    neither = _run("dict", "add", "--dict", str(words), home=tmp_path)
    assert neither.returncode == 2
