"""Decision probes: dev documents' decisions set as other templates set them.

Dev sets most decisions under a "Beslut" label in running text. Other minutes set them as bullets with a hanging
indent, as numbered points ("1. Nämnden antar …" / "2. Planen överlämnas …"), under the body's own label
("Utbildningsnämndens beslut"), after the course of the meeting (motions, "Beslutsgång" and the chair's question)
with a distribution list after them ("Beslutet skickas till"), with no label at all after the item's text, or as a
municipal template prints them with its coloured labels lost, as a black-and-white scan loses them: the documents,
the officials' proposal ("Förvaltningen föreslår att nämnden beslutar att …"), the decision and whom it is sent to,
with no "Beslutsunderlag", "Förslag till beslut", "Beslut" or "Beslutet skickas till" over them. Each
probe keeps its document's items and decisions in one layout, as one template would (the dev documents in order
take the layouts in turn); the decisions are the truth, word for word. Printed as text, and with `--scan` typeset and
read grey and black-and-white as the corpus reads its renders. With `--paged` the text is broken into pages, each
with a running header and a signing footer a scan reads a little differently on each page. Dev only: development
probes, never test figures.

    .venv/bin/python scripts/decision_probes.py make OUT [DOC ...] [--scan] [--paged]   (options after the documents)
    .venv/bin/python scripts/decision_probes.py score OUT [--failures]
"""
from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.probe_cli import dev_docs, masthead, summary  # noqa: E402

TEXT_WIDTH = 70
SEED_SHIFT = 37  # another noise than the corpus's and the other probes' renders of the document
COURSE = ["Yrkanden", "Anna Berg (S) yrkar bifall till förvaltningens förslag.", "", "Beslutsgång",
          "Ordföranden frågar om nämnden kan besluta enligt förvaltningens förslag och finner att så sker.", ""]
SENT_TO = ["Beslutet skickas till", "Ekonomienheten", "Förvaltningschefen", ""]
UNDERLAG = ["Beslutsunderlag", "Tjänsteskrivelse, 2024-04-02", ""]
LAYOUTS = ("bullets", "numbered points", "body's label", "course of the meeting", "no label", "labels lost")
_BODY_DECIDES = re.compile(r"^(?P<body>.*?)\s+(?:beslutar|beslöt|beslutade)\s+(?P<what>att\s.*)$")
_POINT = re.compile(r"(?:^|\s)(\d{1,2})\. (?=[A-ZÅÄÖ])")


def _hanging(mark: str, text: str) -> list[str]:
    lines = textwrap.wrap(text, TEXT_WIDTH - len(mark))
    return [mark + lines[0], *(" " * len(mark) + line for line in lines[1:])]


def _points(decision: str) -> list[str]:
    """A decision as numbered points, one a line: its own points where it numbers them, else one."""
    marks = list(_POINT.finditer(decision))
    if len(marks) < 2 or marks[0].start() != 0:
        return _hanging("1. ", decision)
    ends = [m.start() for m in marks[1:]] + [len(decision)]
    return [line for m, end in zip(marks, ends)
            for line in _hanging(f"{m.group(1)}. ", decision[m.end() : end].strip())]


def _genitive(body: str) -> str:
    """The body's name in the definite genitive: "Kommunstyrelsens", "Ordinarie årsstämmans", "Årsmötets"."""
    if body.endswith("s"):
        return body
    return body + {"a": "ns", "e": "ts"}.get(body[-1], "s")


def _proposed(decision: str, body: str) -> str:
    """The officials' proposal a decision follows: its att-clauses proposed, or the decision as proposed."""
    m = _BODY_DECIDES.match(decision)
    if m:
        return f"Förvaltningen föreslår att {_small(m.group('body'))} beslutar {m.group('what')}"
    return f"Förvaltningen föreslår att {_small(body)} beslutar enligt följande: {decision}"


def _small(name: str) -> str:
    return name[:1].lower() + name[1:]


def _decisions(decisions: list[str], layout: str, body: str) -> list[str]:
    if layout == "bullets":
        return ["Beslut", *(line for d in decisions for line in _hanging("•  ", d)), ""]
    if layout == "numbered points":
        return ["Beslut", *(line for d in decisions for line in _points(d)), ""]
    if layout == "body's label":
        return [f"{_genitive(body)} beslut", *(line for d in decisions for line in [*textwrap.wrap(d, TEXT_WIDTH), ""])]
    if layout == "course of the meeting":
        return [*COURSE, "Beslut", *(line for d in decisions for line in [*textwrap.wrap(d, TEXT_WIDTH), ""]), *SENT_TO]
    if layout == "labels lost":
        return [*UNDERLAG[1:], *(line for d in decisions for line in [*textwrap.wrap(_proposed(d, body), TEXT_WIDTH), ""]),
                *(line for d in decisions for line in [*textwrap.wrap(d, TEXT_WIDTH), ""]), *SENT_TO[1:]]
    return [line for d in decisions for line in [*textwrap.wrap(d, TEXT_WIDTH), ""]]


def probe(expected: dict, layout: str) -> str:
    body = expected["meeting"].get("body") or "Nämnden"
    out = masthead(expected["meeting"])
    numbered = any("§" in item["number"] or "." in item["number"] for item in expected["items"])
    for item in expected["items"]:
        number = item["number"] if numbered else f"§ {item['number']}"
        out += [f"{number}  {item['title']}", *([f"Dnr {item['dnr']}"] if item.get("dnr") else []), ""]
        out += [*textwrap.wrap(summary(item), TEXT_WIDTH), ""]
        if item.get("decisions"):
            out += _decisions(item["decisions"], layout, body)
    return "\n".join(out) + "\n"


def make(out: Path, names: list[str], scan: bool, paged: bool = False) -> None:
    from scripts.probe_cli import make_each

    make_each(out, names, scan, paged, SEED_SHIFT, lambda k, doc: (
        probe(doc.expected, LAYOUTS[k % len(LAYOUTS)]), {**doc.expected, "meeting": {}}))


def main() -> None:
    from scripts.probe_cli import run, score_written

    run(__doc__, make, score_written, pageable=True)


if __name__ == "__main__":
    main()
