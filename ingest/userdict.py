"""The user dictionary file: words the archivist added, one a line, read and changed safely.

An archive keeps its own, `DIR/words.txt`, so that its documents depend on the archive and not on who runs the
ingest; `repair` and `parse` read `$MINUTES_USER_DICT` or `~/.config/minutes/words.txt`. A line starting with
'#' is a comment; a backslash before a word's first letter is dropped, which is how a word starting with '#' or
a backslash is stored. `minutes dict add` and the review page's "always keep this word" both add through
`add_words`, under one folder lock, so no word is lost to writers at once.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .lexicon import MAX_USER_DICT_BYTES, check_user_words
from .limits import number
from .output import write_atomic

ARCHIVE_WORDS = "words.txt"
"""The archive's dictionary, in the archive folder."""


class DictionaryError(ValueError):
    """A dictionary file that cannot be read or written: `path` and a one-line `reason`."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(reason)
        self.path, self.reason = str(path), reason


def archive_words(archive: Path) -> tuple[str, ...]:
    """The words of an archive's dictionary; none when it has none."""
    path = Path(archive) / ARCHIVE_WORDS
    return tuple(read_words(path)) if path.exists() else ()


def read_words(path: Path) -> list[str]:
    """Read no further than MAX_USER_DICT_BYTES: a larger file is refused, not loaded into every worker."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_USER_DICT_BYTES + 1)
    except OSError as error:
        raise DictionaryError(path, (error.strerror or str(error)).lower()) from None
    if len(data) > MAX_USER_DICT_BYTES:
        raise DictionaryError(path, f"user dictionary too large: more than {number(MAX_USER_DICT_BYTES)} bytes")
    try:
        words = parse_words(data.decode("utf-8"))
        check_user_words(len(set(words)))
    except ValueError as error:  # UnicodeDecodeError is one
        raise DictionaryError(path, str(error)) from None
    return words


def parse_words(text: str) -> list[str]:
    words = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line[1:] if line.startswith("\\") else line)
    return words


def check_word(word: str) -> str | None:
    """Why `word` cannot be a dictionary entry, or None."""
    if not word or any(c.isspace() for c in word):
        return "one word, without spaces"
    return None


def line(word: str) -> str:
    """The word as a line of the file, escaped where it would read as a comment."""
    return "\\" + word if word.startswith(("#", "\\")) else word


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """The folder is locked, not the file, which `write_atomic` replaces: safe with many writers at once."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        folder = os.open(path.parent, os.O_RDONLY)
    except OSError as error:
        raise DictionaryError(path, (error.strerror or str(error)).lower()) from None
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as error:
        raise DictionaryError(path, (error.strerror or str(error)).lower()) from None


def add_words(path: Path, words: list[str]) -> list[str]:
    """Appends the words the file lacks (created if missing), keeping its lines; returns those added."""
    with _locked(path):
        have = set(read_words(path)) if path.exists() else set()
        new = [w for w in dict.fromkeys(words) if w not in have]
        if new:
            try:
                check_user_words(len(have) + len(new))
            except ValueError as error:
                raise DictionaryError(path, str(error)) from None
            old = path.read_bytes() if path.exists() else b""
            if old and not old.endswith(b"\n"):
                old += b"\n"
            _write(path, old + "".join(line(w) + "\n" for w in new).encode("utf-8"))
        return new


def remove_word(path: Path, word: str) -> bool:
    """Drops every line holding `word`, comments and other words kept; False if the file has no such word."""
    with _locked(path):
        if not path.exists():
            return False
        read_words(path)  # refuses a file too large or not UTF-8
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [text for text in lines if parse_words(text) != [word]]
        if len(kept) == len(lines):
            return False
        _write(path, "".join(kept).encode("utf-8"))
        return True
