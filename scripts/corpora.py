"""The shared context corpora (../shared/corpora/), split by time so that statistics are learned on one part and
checked on another.

Riksdag interpellations: sessions 1994/95 to 2016/17 are `dev` (statistics are learned from them),
2017/18 to 2021/22 are `test` (only ever scored). Later sessions are kept for independent judging and are not in
the file. They are prose, not minutes: the repair and segmenter are scored on eval/minutes/, and these give word
and word-pair statistics only.
"""
from __future__ import annotations

import lzma
import re
from collections.abc import Iterator
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
RIKSDAG = CORPORA / "riksdag-interpellations-1994-2022.txt.xz"
NAMES = CORPORA / "riksdag-person-names.txt"
FIRST_TEST_SESSION = 2017  # the session 2017/18
HEADER = re.compile(r"# ipq-(\d{4})(\d{2,4})--(\d+)$")


def session_year(header: str) -> int:
    """The year a session begins: "# ipq-199495--0001" → 1994, "# ipq-19992000--0007" → 1999."""
    match = HEADER.match(header)
    if not match:
        raise ValueError(f"not a document header: {header!r}")
    return int(match.group(1))


def split_of(year: int) -> str:
    return "test" if year >= FIRST_TEST_SESSION else "dev"


def riksdag_documents(split: str, path: Path = RIKSDAG) -> Iterator[tuple[str, str]]:
    """(header, text) of every interpellation in the split, in file order; paragraphs joined by newlines."""
    if split not in ("dev", "test"):
        raise ValueError(f"split is dev or test, not {split!r}")
    header, lines = None, []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# ipq-"):
                if header and split_of(session_year(header)) == split:
                    yield header, "\n".join(lines).strip()
                header, lines = line, []
            else:
                lines.append(line)
    if header and split_of(session_year(header)) == split:
        yield header, "\n".join(lines).strip()
