"""Case-number probes: dev documents' items with their case numbers written as other registers write them and set
where other templates set them.

Dev's case numbers are nearly all one register's ("KS-2024-00123") and a few "KS 2024/0123"; municipalities also
write "KS/2024:123", "KS 2024.123", "KS2024/0123", "Dnr 2024:123", "BUN.2024.12", and put the number on the heading's
line, beside its title at the right margin, on the line under the title, in brackets after it, or under a
"Diarienummer:" label. Each probe keeps its document's item numbers, titles and decisions; its case numbers are
rewritten in one format and set in one placement, as one register and one template would (the 40 dev documents in
order take the 8 formats × 5 placements once each; `expected.json` holds the rewritten numbers). Printed as text,
and with `--scan` typeset and read grey and black-and-white as the corpus reads its renders. With `--paged` the text
is broken into pages, each with a running header and a signing footer. Dev only: these are development probes, never
test figures.

    .venv/bin/python scripts/case_number_probes.py make OUT [DOC ...] [--scan] [--paged]   (options after the documents)
    .venv/bin/python scripts/case_number_probes.py score OUT [--failures]
"""
from __future__ import annotations

import re
import sys
import textwrap
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.probe_cli import dev_docs, masthead, summary  # noqa: E402

TEXT_WIDTH = 70
SEED_SHIFT = 23  # another noise than the corpus's and the other probes' renders of the document
FORMATS = ("{r}/{y}:{n}", "{r} {y}.{n}", "{r}{y}/{n:04d}", "{y}:{n}", "{r}.{y}.{n}", "{r} {y}/{n:05d}",
           "{r}-{y}-{n:03d}", "{y}/{n}")
PLACES = ("under title", "heading line", "right of title", "in brackets", "labelled")


def _register(dnr: str, body: str) -> str:
    letters = re.match(r"[A-ZÅÄÖ]{2,5}", dnr or "")
    return letters.group() if letters else "".join(w[0] for w in body.split()[:3]).upper() or "KS"


def _case(form: str, item: dict, register: str) -> str:
    year = re.search(r"(?:19|20)\d\d", item.get("dnr") or "")
    serial = 17 + (zlib.crc32((item["number"] + item["title"]).encode()) % 480)
    return form.format(r=register, y=year.group() if year else "2024", n=serial)


def _heading(number: str, title: str, case: str, place: str) -> list[str]:
    if place == "heading line":
        return [f"{number}    Dnr {case}", title]
    if place == "right of title":
        return [f"{number}  {title}".ljust(TEXT_WIDTH - len(case)) + f"  {case}"]
    if place == "in brackets":
        return [f"{number}  {title} ({case})"]
    if place == "labelled":
        return [f"{number}  {title}", f"Diarienummer: {case}"]
    return [f"{number}  {title}", f"Dnr {case}"]


def probe(expected: dict, form: str, place: str) -> tuple[str, dict]:
    body = expected["meeting"].get("body") or "Nämnden"
    out = masthead(expected["meeting"])
    items = []
    numbered = any("§" in item["number"] or "." in item["number"] for item in expected["items"])
    for item in expected["items"]:
        number = item["number"] if numbered else f"§ {item['number']}"
        case = _case(form, item, _register(item.get("dnr") or "", body))
        out += [*_heading(number, item["title"], case, place), ""]
        out += [*textwrap.wrap(summary(item), TEXT_WIDTH), ""]
        decisions = item.get("decisions") or []
        if decisions:
            out += ["Beslut"]
            for decision in decisions:
                out += [*textwrap.wrap(decision, TEXT_WIDTH), ""]
        items.append({**item, "dnr": case})
    return "\n".join(out) + "\n", {**expected, "meeting": {}, "items": items}


def make(out: Path, names: list[str], scan: bool, paged: bool = False) -> None:
    from scripts.probe_cli import make_each

    make_each(out, names, scan, paged, SEED_SHIFT, lambda k, doc: probe(
        doc.expected, FORMATS[k % len(FORMATS)], PLACES[k // len(FORMATS) % len(PLACES)]))


def main() -> None:
    from scripts.probe_cli import run, score_written

    run(__doc__, make, score_written, pageable=True)


if __name__ == "__main__":
    main()
