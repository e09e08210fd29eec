"""Side-heading probes: dev documents' items set as many municipal templates set them, every section label in a left
column beside its text ("Beslut      Nämnden beslutar att …"), a label too long for the column wrapped in it
("Förslag till" / "beslut"), and the proposal before the decision in the same words.

No dev document sets its sections so, so a segmenter tuned on dev never met the layout. Each probe keeps its
document's item numbers, titles, case numbers and decisions (its `expected.json`); the other text is a summary
sentence naming the item and the same filler in every item. Probes are printed as text, and with `--scan` also typeset and read grey and black-and-white as the corpus
reads its renders. Dev only: these are development probes, never test figures.

    .venv/bin/python scripts/side_heading_probes.py make OUT [DOC ...] [--scan]   (options after the documents)
    .venv/bin/python scripts/side_heading_probes.py score OUT [--failures]
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.probe_cli import dev_docs, masthead, summary  # noqa: E402

LABEL_COLUMN = 16
TEXT_WIDTH = 58
SEED_SHIFT = 11  # another noise than the corpus's own render of the document


def _beside(label: str, text: str) -> list[str]:
    lines = textwrap.wrap(text, TEXT_WIDTH) or [""]
    labels = textwrap.wrap(label, LABEL_COLUMN - 2) or [""]
    rows = max(len(lines), len(labels))
    lines += [""] * (rows - len(lines))
    labels += [""] * (rows - len(labels))
    return [f"{a:<{LABEL_COLUMN}}{b}".rstrip() for a, b in zip(labels, lines)]


def probe_text(expected: dict) -> str:
    out = masthead(expected["meeting"])
    for item in expected["items"]:
        number = item["number"] if "§" in item["number"] or "." in item["number"] else f"§ {item['number']}"
        out += _beside(number, item["title"])
        if item.get("dnr"):
            out.append(" " * LABEL_COLUMN + ("" if item["dnr"].lower().startswith("dnr") else "Dnr ") + item["dnr"])
        out += ["", *_beside("Sammanfattning", summary(item)), ""]
        decisions = item.get("decisions") or []
        if decisions:
            proposal = "Förvaltningen föreslår att " + decisions[0][0].lower() + decisions[0][1:]
            out += [*_beside("Förslag till beslut", proposal), ""]
        for k, decision in enumerate(decisions):
            out += [*_beside("Beslut" if k == 0 else "", decision), ""]
    return "\n".join(out) + "\n"


def make(out: Path, names: list[str], scan: bool) -> None:
    from scripts.make_minutes_corpus import write_atomic
    from scripts.probe_cli import scan_probe

    for name, doc in dev_docs().items():
        if names and name not in names:
            continue
        text = probe_text(doc.expected)
        write_atomic(out / f"{name}.txt", text)
        if scan:
            scan_probe(out, name, text, SEED_SHIFT)


def score(out: Path, failures: bool) -> None:
    from scripts.probe_cli import score_items

    docs = dev_docs()
    score_items(out, lambda name: {**docs[name].expected, "meeting": {}}, failures)  # the probe prints no meeting's fields


def main() -> None:
    from scripts.probe_cli import run

    run(__doc__, make, score)


if __name__ == "__main__":
    main()
