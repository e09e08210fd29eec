"""Office probes: dev minutes written as Word documents, printed to PDF by LibreOffice, converted to Markdown by
pymupdf4llm and scanned from the PDF's own pages, so that the pipeline meets what a municipality's or an
association's word processor makes (real text layers, real tables, wrapped headings, running headers and footers)
and what a converter makes of it. The document's `expected.json` is the truth of its probes.

Templates: `namnd` (a header table on every page, a ruled cover table, a signature block with dotted lines,
"§ n<tab>Title" in bold, Dnr under it, bold section labels, a footer box), `namnd-rubrik` (the same with the items
as Word headings) and `forening` (a title sentence naming the organisation, label lines, Word's own numbered
list, decisions as sentences, signatures at the end). Headings are set black, as a municipal template sets them.

Making them needs python-docx, pymupdf4llm and LibreOffice (`soffice`), which the project does not depend on
(a scratch virtualenv and `apt install libreoffice-writer-nogui` are enough):

    /path/to/venv/bin/python scripts/make_office_probes.py make OUT --template namnd DOC [DOC ...]

Scoring needs only the project; scans are read once and kept beside the probe (OUT/STEM.grey.json):

    .venv/bin/python scripts/make_office_probes.py score OUT [--input pdf|md|grey|bw|eng|md-grey|md-bw|md-eng ...]
        [--failures]

`md-grey`, `md-bw` and `md-eng` are the Markdown printed as the minutes corpus prints a Markdown document (its rendered
text, typeset) and scanned as the corpus scans it (grey, black-and-white, grey read with the English model): the
running headers a converter left inside the text then stand mid-page, as on the corpus's renders of converted
Markdown.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "eval" / "minutes" / "docs"
PARTIES = ["S", "M", "C", "V", "SD", "KD", "L", "MP"]  # printed beside the names; not scored
TEMPLATES = ("namnd", "namnd-rubrik", "forening")
INPUTS = ("pdf", "md", "grey", "bw", "eng", "md-grey", "md-bw", "md-eng")


def _clock(t: str | None) -> str:
    """"13:15" as a Swedish template prints it: "13.15"."""
    return (t or "").replace(":", ".")


def _cell(cell, lines: list[str], bold_first: bool = False) -> None:
    cell.text = ""
    paragraph = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            paragraph = cell.add_paragraph()
        paragraph.add_run(line).bold = bold_first and k == 0


def _frame(document, m: dict, title: str) -> None:
    """The header table on every page (organisation and body, the document's name and date) and the footer box."""
    from docx.shared import Mm

    section = document.sections[0]
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = Mm(25), Mm(25), Mm(25), Mm(20)
    head = section.header.add_table(1, 3, Mm(165))
    _cell(head.cell(0, 0), [m["organization"] or "", m["body"] or ""], bold_first=True)
    _cell(head.cell(0, 1), [title, "Sammanträdesdatum", m["date"]])
    foot = section.footer.add_table(1, 2, Mm(165))
    foot.style = "Table Grid"
    _cell(foot.cell(0, 0), ["Justerandes sign"])
    _cell(foot.cell(0, 1), ["Utdragsbestyrkande"])


def _cover(document, m: dict) -> None:
    """The ruled cover table, a label column beside the values, and the signature block under it."""
    people = m.get("participants") or []
    rows = [("Plats och tid", [f"{m['location'] or ''}, kl. {_clock(m['start_time'])}–{_clock(m['end_time'])}"]),
            ("Beslutande", [f"{n} ({PARTIES[k % 8]})" + (", ordförande" if n == m["chair"] else "")
                            for k, n in enumerate(people)]),
            ("Övriga närvarande", [f"{m['secretary']}, sekreterare" if m["secretary"] else "Eva Tjänste, förvaltningschef"]),
            ("Utses att justera", [", ".join(m["adjusters"] or [])]),
            ("Justeringens plats och tid", ["Digital justering"])]
    table = document.add_table(0, 2)
    table.style = "Table Grid"
    for label, lines in rows:
        cells = table.add_row().cells
        _cell(cells[0], [label], bold_first=True)
        _cell(cells[1], lines)
    document.add_paragraph()
    signatures = document.add_table(0, 2)
    for role, name in (("Sekreterare", m["secretary"]), ("Ordförande", m["chair"]),
                       ("Justerare", ", ".join(m["adjusters"] or []))):
        if name:
            cells = signatures.add_row().cells
            _cell(cells[0], [role], bold_first=True)
            _cell(cells[1], ["………………………………", name])


def _item(document, it: dict, as_heading: bool) -> None:
    from docx.shared import Pt

    if as_heading:
        document.add_heading(f"{it['number']} {it['title']}", level=2)
    else:
        run = document.add_paragraph().add_run(f"{it['number']}\t{it['title']}")
        run.bold, run.font.size = True, Pt(13)
    if it.get("dnr"):
        document.add_paragraph(f"Dnr {it['dnr']}")
    document.add_paragraph().add_run("Sammanfattning").bold = True
    document.add_paragraph("Ärendet har beretts av förvaltningen, som har tagit fram ett underlag för nämndens "
                           "ställningstagande.")
    if it["decisions"]:
        document.add_paragraph().add_run("Beslut").bold = True
        for decision in it["decisions"]:
            document.add_paragraph(decision)
    document.add_paragraph().add_run("Beslutet skickas till").bold = True
    document.add_paragraph("Förvaltningen")


def _association(document, m: dict, items: list[dict]) -> None:
    document.add_heading(f"Protokoll fört vid {(m['body'] or 'styrelsemöte').lower()} i {m['organization'] or ''}",
                         level=1)
    for label, value in (("Datum", m["date"]), ("Tid", f"{_clock(m['start_time'])}–{_clock(m['end_time'])}"),
                         ("Plats", m["location"])):
        if value and value != "–":
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value)
    if m.get("participants"):
        paragraph = document.add_paragraph()
        paragraph.add_run("Närvarande: ").bold = True
        paragraph.add_run(", ".join(m["participants"]))
    for it in items:
        document.add_paragraph(it["title"], style="List Number")
        document.add_paragraph("Frågan diskuterades.")
        for decision in it["decisions"]:
            document.add_paragraph(decision)
    document.add_paragraph()
    signers = [("Vid protokollet:", m["secretary"]), ("Ordförande:", m["chair"])]
    signers += [("Justeras:", name) for name in m["adjusters"] or []]
    for role, name in signers:
        if name:
            for line in (role, "…………………………", name):
                document.add_paragraph(line)


def make(out: Path, template: str, names: list[str]) -> None:
    try:
        import docx
        import pymupdf4llm
        from docx.enum.text import WD_BREAK
        from docx.shared import Pt, RGBColor
    except ImportError as missing:  # not project dependencies: say what to install instead of a traceback
        sys.exit(f"make_office_probes needs python-docx and pymupdf4llm ({missing})")
    sys.path.insert(0, str(ROOT / "scripts"))
    from minutes_corpus import load_docs

    splits = {d.name: d.split for d in load_docs()}
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        if splits.get(name) != "dev":
            sys.exit(f"{name}: not a dev document of eval/minutes")
        expected = json.loads((DOCS / name / "expected.json").read_text(encoding="utf-8"))
        m = expected["meeting"]
        document = docx.Document()
        for style in ("Heading 1", "Heading 2"):
            document.styles[style].font.color.rgb = RGBColor(0, 0, 0)
        normal = document.styles["Normal"]
        normal.font.name, normal.font.size = ("Liberation Serif" if template == "namnd" else "Liberation Sans"), Pt(11)
        if template == "forening":
            _association(document, m, expected["items"])
        else:
            _frame(document, m, "SAMMANTRÄDESPROTOKOLL" if template == "namnd" else "PROTOKOLL")
            document.add_heading(m["body"] or "Protokoll", level=1)
            _cover(document, m)
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            for it in expected["items"]:
                _item(document, it, as_heading=template == "namnd-rubrik")
        stem = f"{name}__{template}"
        document.save(out / f"{stem}.docx")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(out / f"{stem}.docx")],
                       check=True, capture_output=True)
        (out / f"{stem}.md").write_text(pymupdf4llm.to_markdown(str(out / f"{stem}.pdf")), encoding="utf-8")
        print(out / f"{stem}.pdf")


def _extraction(pdf: Path, kind: str):
    """The normalized extraction of one input of a probe; a scan is read once and kept beside the probe."""
    from ingest import pipeline
    from ingest.models import Extraction
    from ingest.normalize import normalize

    if kind in ("pdf", "md"):
        source = pdf.with_suffix(f".{kind}")
        return pipeline.read(source.read_bytes(), source.name, pipeline.Options())
    kept = pdf.with_suffix(f".{kind}.json")
    if not kept.exists():
        sys.path.insert(0, str(ROOT))
        from scripts import render_pages
        from scripts.make_devsets import BW_DPI, bilevel
        from scripts.make_minutes_corpus import read_pages

        seed = zlib.crc32(pdf.stem.encode())
        if kind.startswith("md-"):  # the Markdown printed as the corpus prints a Markdown document, then scanned
            from ingest.markdown import plain_text
            from scripts.make_devsets import scans
            from scripts.make_minutes_corpus import FACES

            printed = plain_text(pdf.with_suffix(".md").read_text(encoding="utf-8"))
            grey = scans(printed, seed, FACES[seed % len(FACES)])
        else:
            grey = [render_pages.add_scan_noise(page, seed + n)
                    for n, page in enumerate(render_pages.pdf_to_images(pdf.read_bytes(), dpi=300))]
        reading = (read_pages([bilevel(g) for g in grey], "swe", BW_DPI) if kind.endswith("bw")
                   else read_pages(grey, "eng" if kind.endswith("eng") else "swe", 300))
        kept.write_text(reading.model_dump_json(), encoding="utf-8")
    return normalize(Extraction.model_validate_json(kept.read_text(encoding="utf-8")))


def score(out: Path, inputs: list[str], failures: bool) -> None:
    from ingest import pipeline
    from ingest.segment import segment
    from score_structure import Score
    from score_structure import score as score_one

    totals = {kind: Score() for kind in inputs}
    for pdf in sorted(out.glob("*.pdf")):
        expected = json.loads((DOCS / pdf.stem.split("__")[0] / "expected.json").read_text(encoding="utf-8"))
        if pdf.stem.endswith("__forening"):  # a Word list numbers from 1 and prints no case numbers
            expected["items"] = [{**it, "number": str(k), "dnr": None} for k, it in enumerate(expected["items"], 1)]
        for kind in inputs:
            seg = segment(pipeline.repaired(_extraction(pdf, kind), pipeline.Options()).text)
            s = score_one(pdf.stem, seg.meeting, seg.items, expected)
            totals[kind] += s
            if failures:
                for _, what, detail in s.failures:
                    print(f"{pdf.stem} {kind}: {what}: {detail}")
    for kind, s in totals.items():
        print(f"{kind:5} items {s.items_right}/{s.items}  decisions {s.decisions_found}/{s.decisions} "
              f"(+{s.decisions_extra})  dnr {s.dnr_right}/{s.dnr}  header fields {s.fields_right}/{s.fields}  "
              f"participant names {s.participant_names_found}/{s.participant_names} (+{s.participant_names_extra})  "
              f"invented {s.invented}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    made = sub.add_parser("make")
    made.add_argument("out", type=Path)
    made.add_argument("--template", choices=TEMPLATES, required=True)
    made.add_argument("docs", nargs="+")
    scored = sub.add_parser("score")
    scored.add_argument("out", type=Path)
    scored.add_argument("--input", action="append", choices=INPUTS)
    scored.add_argument("--failures", action="store_true")
    args = ap.parse_args()
    if args.command == "make":
        make(args.out, args.template, args.docs)
    else:
        sys.path.insert(0, str(ROOT / "scripts"))
        score(args.out, args.input or ["pdf", "md"], args.failures)


if __name__ == "__main__":
    main()
