"""Heading probes: dev documents' items with their headings printed in forms the corpus does not show.

Dev prints nearly every heading as "§ 12  Title", so dev figures say little of "12 §" (the sign after the number, as
some nämnder print it), "§12." or "§ 12:", an item word ("Ärende 5:", "Punkt 5.", "ÄRENDE 5" alone over its title),
the title under its number, in capitals or after a tab. Every dev document whose items are numbered 1, 2, … or
§ 1, § 2, … (not 1.1, 1.2) is printed in every form, its items, titles and decisions the truth, word for word; the
rest of each item is the same filler. Printed as text, and with `--scan` typeset and read grey and black-and-white
as the corpus reads its renders. Dev only: development probes, never test figures.

    .venv/bin/python scripts/heading_probes.py make OUT [DOC ...] [--scan]   (options after the documents)
    .venv/bin/python scripts/heading_probes.py score OUT [--failures]
"""
from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.probe_cli import dev_docs, masthead, summary  # noqa: E402

TEXT_WIDTH = 90
SEED_SHIFT = 41  # another noise than the corpus's and the other probes' renders of the document
FORMS = {
    "sign after": lambda n, title: [f"{n} §   {title}"],
    "stop": lambda n, title: [f"§{n}. {title}"],
    "colon": lambda n, title: [f"§ {n}: {title}"],
    "dash": lambda n, title: [f"§ {n} – {title}"],
    "item word": lambda n, title: [f"Ärende {n}: {title}"],
    "item word over title": lambda n, title: [f"ÄRENDE {n}", title],
    "point": lambda n, title: [f"Punkt {n}. {title}"],
    "paragraph word": lambda n, title: [f"Paragraf {n}  {title}"],
    "title under": lambda n, title: [f"§ {n}", title],
    "title a line under": lambda n, title: [f"§ {n}", "", title],
    "title in capitals": lambda n, title: [f"§ {n}   {title.upper()}"],
    "tab": lambda n, title: [f"§ {n}\t{title}"],
}


def probe(expected: dict, form: str) -> tuple[str, dict]:
    out = masthead(expected["meeting"])
    items = []
    for item in expected["items"]:
        number = re.sub(r"^\D+", "", item["number"])  # "§ 12", "KS § 12", "12": 12; "4.1" as printed
        title = item["title"].upper() if form == "title in capitals" else item["title"]
        out += [*FORMS[form](number, item["title"]), "", *textwrap.wrap(summary(item), TEXT_WIDTH), ""]
        for k, decision in enumerate(item.get("decisions") or []):
            out += ["Beslut"] * (k == 0) + [*textwrap.wrap(decision, TEXT_WIDTH), ""]
        items.append({**item, "number": number, "title": title, "dnr": None})
    return "\n".join(out) + "\n", {**expected, "meeting": {}, "items": items}


def make(out: Path, names: list[str], scan: bool) -> None:
    from scripts.make_minutes_corpus import write_atomic
    from scripts.probe_cli import scan_probe

    for name, doc in sorted(dev_docs().items()):
        if names and name not in names or any("." in item["number"] for item in doc.expected["items"]):
            continue  # points numbered "1.1", "1.2" under "1": no paragraph's numbers
        for form in FORMS:
            stem = f"{name}__{form.replace(' ', '-')}"
            text, expected = probe(doc.expected, form)
            write_atomic(out / f"{stem}.txt", text)
            write_atomic(out / f"{stem}.expected.json", json.dumps(expected, ensure_ascii=False, indent=1))
            if scan:
                scan_probe(out, stem, text, SEED_SHIFT)


def score(out: Path, failures: bool) -> None:
    from scripts.probe_cli import score_items

    score_items(out, lambda name: json.loads((out / f"{name}.expected.json").read_text()), failures,
                grouped=True)


def main() -> None:
    from scripts.probe_cli import run

    run(__doc__, make, score)


if __name__ == "__main__":
    main()
