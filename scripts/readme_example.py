"""Write the README's example document: what `minutes parse docs/example-minutes.txt` prints now.

The README promises a full, real example; generating it keeps that promise at every commit, and
tests/test_readme.py fails when the example and the program drift apart.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.pipeline import Options, process, to_json  # noqa: E402

EXAMPLE = "docs/example-minutes.txt"
START, END = "<!-- example:start -->\n", "<!-- example:end -->\n"


def example_block() -> str:
    document = process((ROOT / EXAMPLE).read_bytes(), EXAMPLE, Options())
    return f"{START}```json\n{to_json(document)}```\n{END}"


def with_example(readme: str) -> str:
    head, rest = readme.split(START, 1)
    return head + example_block() + rest.split(END, 1)[1]


if __name__ == "__main__":
    readme = ROOT / "README.md"
    readme.write_text(with_example(readme.read_text(encoding="utf-8")), encoding="utf-8")
