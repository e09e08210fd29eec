"""Converted probes: dev minutes typeset as a municipal Word template prints them, then turned into Markdown by
pymupdf4llm, as LLM and RAG pipelines pass minutes on. The document's `expected.json` is the ground truth of its
probe: same meeting, same names, same items and decisions.

The template: a letterhead table (organisation, PROTOKOLL, date) or a running header kept below the converter's
margin, a ruled cover table (a label column beside the values, narrow enough in one variant that its longer labels
wrap), attendance as a ruled table (Namn | Parti | Funktion, or a presence column), "§ n" beside its title or in a
number column of its own, bold section labels beside their text, a ruled footer box on every page
("Justerandes signatur | Utdragsbestyrkande") and, in one variant, a signature block at the end. Variants go round
the documents given.

Needs reportlab and pymupdf4llm, which the project does not depend on (a scratch virtualenv is enough):

    /path/to/venv/bin/python scripts/make_converted_probes.py OUTDIR DOC [DOC ...]

Only dev documents are typeset. Score a probe with `scripts/score_structure.py`'s `score` on
`segment()` of the normalized Markdown, as `evaluate_minutes.py` does for a published `.md`.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from minutes_corpus import load_docs  # noqa: E402

try:
    import pymupdf4llm
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
except ImportError as missing:  # not a project dependency: say what to install instead of a traceback
    sys.exit(f"make_converted_probes needs reportlab and pymupdf4llm ({missing})")

DOCS = Path(__file__).resolve().parent.parent / "eval" / "minutes" / "docs"
BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13)
BOLD = ParagraphStyle("bold", parent=BASE, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", parent=BASE, fontName="Helvetica-Bold", fontSize=18, leading=22)
ITEM = ParagraphStyle("item", parent=BASE, fontName="Helvetica-Bold", fontSize=12, leading=15)
PARTIES = ["S", "M", "C", "V", "SD", "KD", "L", "MP"]  # printed beside the names; not scored
RULED = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def _time(t):
    """"13:15" as a Swedish template prints it: "13.15"."""
    return t.replace(":", ".") if t else ""


def cover(m, variant):
    """The ruled cover table: a label column beside the values, the signers in a cell of their own."""
    rows = []
    if variant == 0:
        rows.append(["Plats och tid", f"{m['location'] or ''}, {m['date']} kl. {_time(m['start_time'])}–{_time(m['end_time'])}"])
    else:
        rows += [["Datum", m["date"]], ["Tid", f"{_time(m['start_time'])}–{_time(m['end_time'])}"],
                 ["Plats", m["location"] or ""]]
    if variant == 1 and m["secretary"]:
        rows.append(["Övriga närvarande", f"{m['secretary']}, sekreterare"])
    rows.append(["Utses att justera", ", ".join(m["adjusters"] or [])])
    rows.append(["Justeringens plats och tid", "Digital justering"])
    sig = [["Sekreterare", m["secretary"] or ""], ["Ordförande", m["chair"] or ""],
           ["Justerare", ", ".join(m["adjusters"] or [])]]
    rows.append(["Underskrifter", Table([[Paragraph(a, BASE), Paragraph(b, BASE)] for a, b in sig])])
    data = [[Paragraph(a, BOLD), Paragraph(b, BASE) if isinstance(b, str) else b] for a, b in rows]
    label = 50 if variant == 0 else 27  # a narrow label column wraps its longer labels over two or three lines
    return Table(data, colWidths=[label * mm, (170 - label) * mm], style=RULED)


def attendance(m, variant=0):
    """The members as a ruled table whose caption row repeats on every page it runs over."""
    people = m.get("participants") or []
    if not people:
        return []
    if variant == 2:  # a roll with a presence column, as a case system prints it
        data = [[Paragraph(h, BOLD) for h in ("Ledamöter", "Parti", "Närvarande")]]
        data += [[Paragraph(n, BASE), Paragraph(PARTIES[k % len(PARTIES)], BASE), Paragraph("X", BASE)]
                 for k, n in enumerate(people)]
        return [Table(data, colWidths=[70 * mm, 25 * mm, 75 * mm], style=RULED, repeatRows=1)]
    data = [[Paragraph(h, BOLD) for h in ("Namn", "Parti", "Funktion")]]
    for k, name in enumerate(people):
        role = "Ordförande" if name == m["chair"] else "Ledamot"
        data.append([Paragraph(name, BASE), Paragraph(PARTIES[k % len(PARTIES)], BASE), Paragraph(role, BASE)])
    return [Paragraph("Beslutande", BOLD), Spacer(1, 2 * mm),
            Table(data, colWidths=[70 * mm, 25 * mm, 75 * mm], style=RULED, repeatRows=1)]


def letterhead(m):
    """The organisation and the document's name on the first page, as a template's header table sets them."""
    big = ParagraphStyle("org", parent=BOLD, fontSize=14, leading=17)
    return Table([[Paragraph(m["organization"] or "", big), Paragraph("PROTOKOLL", big)],
                  ["", Paragraph(f"Sammanträdesdatum {m['date']}", BASE)]], colWidths=[110 * mm, 60 * mm])


def signatures(m):
    """Role labels above the names, two to a row, as a signature block at the end is set."""
    adj = m["adjusters"] or []
    rows = [["Ordförande", "Sekreterare"], [m["chair"] or "", m["secretary"] or ""],
            ["Justerare", "Justerare" if len(adj) > 1 else ""], [*(adj + ["", ""])[:2]]]
    data = [[Paragraph(a, BOLD if k % 2 == 0 else BASE), Paragraph(b, BOLD if k % 2 == 0 else BASE)]
            for k, (a, b) in enumerate(rows)]
    return [Spacer(1, 6 * mm), Paragraph("Underskrifter", BOLD), Table(data, colWidths=[85 * mm, 85 * mm])]


def item_in_columns(it):
    """The number in a narrow left column, title, labels and text in the right one."""
    right = [Paragraph(it["title"], ITEM)]
    if it.get("dnr"):
        right.append(Paragraph(f"Diarienummer: {it['dnr']}", BASE))
    right += [Spacer(1, 2 * mm), Paragraph("Ärendebeskrivning", BOLD),
              Paragraph("Ärendet har beretts av förvaltningen. Förvaltningen har tagit fram ett underlag.", BASE)]
    if it["decisions"]:
        right += [Spacer(1, 2 * mm), Paragraph("Beslut", BOLD), *[Paragraph(d, BASE) for d in it["decisions"]]]
    return [Table([[Paragraph(it["number"], ITEM), right]], colWidths=[25 * mm, 145 * mm],
                  style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])), Spacer(1, 5 * mm)]


def item(it):
    """"§ n" beside its title, the dnr under it, bold section labels in a left column beside their text."""
    head = Table([[Paragraph(it["number"], ITEM), Paragraph(it["title"], ITEM)]], colWidths=[30 * mm, 140 * mm])
    parts = [head]
    if it.get("dnr"):
        parts.append(Paragraph(f"Dnr {it['dnr']}", BASE))
    body = [["Ärendebeskrivning", "Ärendet har beretts av förvaltningen. Förvaltningen har tagit fram ett underlag."]]
    if it["decisions"]:
        body.append(["Beslut", [Paragraph(d, BASE) for d in it["decisions"]]])
    body.append(["Beslutsunderlag", "Tjänsteskrivelse"])
    data = [[Paragraph(a, BOLD), b if isinstance(b, list) else Paragraph(b, BASE)] for a, b in body]
    parts.append(Table(data, colWidths=[40 * mm, 130 * mm]))
    return [KeepTogether(parts[:2]), *parts[2:], Spacer(1, 5 * mm)]


def frame(m, org, top):
    """The running header (at `top` mm: pymupdf4llm keeps it below its 50 pt margin) and the ruled footer box."""
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(20 * mm, top * mm, org)
        canvas.drawString(120 * mm, top * mm, "PROTOKOLL")
        canvas.setFont("Helvetica", 9)
        canvas.drawString(120 * mm, (top - 5) * mm, f"Sammanträdesdatum {m['date']}")
        canvas.drawString(175 * mm, top * mm, f"Sida {doc.page}")
        canvas.rect(20 * mm, 10 * mm, 170 * mm, 12 * mm)
        canvas.line(105 * mm, 10 * mm, 105 * mm, 22 * mm)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(22 * mm, 19 * mm, "Justerandes signatur")
        canvas.drawString(107 * mm, 19 * mm, "Utdragsbestyrkande")
        canvas.restoreState()
    return draw


def build(doc_name, out, variant):
    """OUT/DOC.pdf typeset in the variant's template and OUT/DOC.md, pymupdf4llm's Markdown of it."""
    exp = json.loads((DOCS / doc_name / "expected.json").read_text(encoding="utf-8"))
    m = exp["meeting"]
    story = [*([letterhead(m), Spacer(1, 4 * mm)] if variant != 1 else []), Paragraph(m["body"] or "", TITLE), Spacer(1, 6 * mm), cover(m, variant), Spacer(1, 6 * mm),
             *attendance(m, variant), Spacer(1, 8 * mm)]
    for it in exp["items"]:
        story += item_in_columns(it) if variant == 2 else item(it)
    if variant == 1:
        story += signatures(m)
    pdf = out / f"{doc_name}.pdf"
    draw = frame(m, m["organization"] or "", 285 if variant != 1 else 270)
    SimpleDocTemplate(str(pdf), pagesize=A4, topMargin=(30 if variant != 1 else 40) * mm, bottomMargin=28 * mm,
                      leftMargin=20 * mm, rightMargin=20 * mm).build(story, onFirstPage=draw, onLaterPages=draw)
    (out / f"{doc_name}.md").write_text(pymupdf4llm.to_markdown(str(pdf)))


def main(out: Path, names: list[str]) -> None:
    """Probes of the named dev documents, the template's variants taken in turn."""
    splits = {d.name: d.split for d in load_docs()}
    out.mkdir(parents=True, exist_ok=True)
    for k, name in enumerate(names):
        if splits.get(name) != "dev":
            sys.exit(f"{name}: not a dev document of eval/minutes")
        build(name, out, k % 3)
        print(out / f"{name}.md")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
