"""The user dictionary file: one word a line, changed by many writers at once without losing a word.

`minutes dict add` and the review page's "always keep this word" both add through `add`."""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

from ingest.lexicon import MAX_USER_DICT_BYTES, check_user_words
from ingest.limits import number
from ingest.output import write_atomic


def read(path: Path) -> list[str]:
    """One word a line; '#' starts a comment line, and a backslash before a word's first letter is dropped
    (`add` writes '#hashtag' as '\\#hashtag', so it is a word, not a comment). Read no further than
    MAX_USER_DICT_BYTES: a larger file is refused, not loaded into every worker."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_USER_DICT_BYTES + 1)
    if len(data) > MAX_USER_DICT_BYTES:
        raise ValueError(f"user dictionary too large: more than {number(MAX_USER_DICT_BYTES)} bytes")
    text = data.decode("utf-8")
    words = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line[1:] if line.startswith("\\") else line)
    check_user_words(len(set(words)))
    return words


def line(word: str) -> str:
    return "\\" + word if word.startswith(("#", "\\")) else word


def add(path: Path, word: str) -> bool:
    """Add `word` (created if missing); False when it was there already. Raises OSError or ValueError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)  # the folder, not the file: write_atomic replaces the file
        if path.exists() and word in read(path):
            return False
        old = path.read_bytes() if path.exists() else b""
        if old and not old.endswith(b"\n"):
            old += b"\n"
        write_atomic(path, old + line(word).encode("utf-8") + b"\n")
        return True
    finally:
        os.close(folder)
