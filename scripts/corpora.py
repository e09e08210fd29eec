"""The shared context corpora (../shared/corpora/), split by time so that statistics are learned on one part and
checked on another.

Riksdag interpellations: sessions 1994/95 to 2016/17 are `train` (dictionaries/build.py learns statistics from
them), 2017/18 is `dev` (the prose of the development sets, eval/devsets/, which tuning may look at), 2018/19 to
2021/22 are `test` (only ever scored, by scripts/riksdag_heldout.py). Later sessions are kept for independent
judging and are not in the file. Talbanken's dev part is reserved for independent judging as well and is never
read. These are prose, not minutes: the repair and segmenter are scored on eval/minutes/.
"""
from __future__ import annotations

import lzma
import re
from collections.abc import Iterator
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
RIKSDAG = CORPORA / "riksdag-interpellations-1994-2022.txt.xz"
NAMES = CORPORA / "riksdag-person-names.txt"
FIRST_DEV_SESSION = 2017  # the session 2017/18
FIRST_TEST_SESSION = 2018
HEADER = re.compile(r"# ipq-(\d{4})(\d{2,4})--(\d+)$")


def session_year(header: str) -> int:
    """The year a session begins: "# ipq-199495--0001" → 1994, "# ipq-19992000--0007" → 1999."""
    match = HEADER.match(header)
    if not match:
        raise ValueError(f"not a document header: {header!r}")
    return int(match.group(1))


def split_of(year: int) -> str:
    return "test" if year >= FIRST_TEST_SESSION else "dev" if year >= FIRST_DEV_SESSION else "train"


def riksdag_documents(split: str, path: Path = RIKSDAG) -> Iterator[tuple[str, str]]:
    """(header, text) of every interpellation in the split, in file order; paragraphs joined by newlines."""
    if split not in ("train", "dev", "test"):
        raise ValueError(f"split is train, dev or test, not {split!r}")
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


PROSE_LAYOUT = re.compile(r"SVERIGES RIKSDAG|Riksdagen\s*Interpellationer|<!\[|Inkom den|Besvarad den")


def prose_paragraphs(split: str, count: int, seed: int) -> list[str]:
    """`count` prose paragraphs of the split (40-150 words, with å/ä/ö, ending a sentence, no page furniture),
    picked with `seed`: the same on every run."""
    import random

    pool = []
    for _, text in riksdag_documents(split):
        for line in text.splitlines():
            n = len(re.findall(r"\w+", line))
            if 40 <= n <= 150 and re.search("[åäö]", line) and not PROSE_LAYOUT.search(line) and line.rstrip()[-1:] in ".?!":
                pool.append(line.strip())
    return random.Random(seed).sample(pool, count)
