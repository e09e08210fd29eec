"""Columns kept apart: a real PDF's text layer keeps its column gaps as runs of spaces, and a header whose lists
stand side by side is read down each column, whether the spaces came from a PDF, Markdown or a text file."""
import io

import pytest

from reportlab.pdfgen import canvas

from ingest.extract import extract
from ingest.layout import cells, column_order, spaced_lines
from ingest.segment import segment


def _never_label(_text: str) -> bool:
    return False


def test_cells_keep_their_offsets():
    assert cells("Anna Berg (S)      Per Ek (M)") == [(0, "Anna Berg (S)"), (19, "Per Ek (M)")]
    assert cells("   indented  two") == [(3, "indented"), (13, "two")]
    assert cells("") == []


def test_two_columns_read_down_each_column():
    lines = [
        "Thure Sandén (M)              Bo Johansson (MP) ersätter Lars",
        "Daniel Hognert (M)            Eriksson (S)",
        "Marianne Wallengren (M)       Richard Hansson (C)",
        "Britt Tönnberg (S)",
    ]
    order = [text for _, text in column_order(lines, _never_label)]
    assert order == ["Thure Sandén (M)", "Daniel Hognert (M)", "Marianne Wallengren (M)", "Britt Tönnberg (S)",
                     "Bo Johansson (MP) ersätter Lars", "Eriksson (S)", "Richard Hansson (C)"]


def test_a_left_cell_that_reaches_the_column_is_cut_where_the_column_starts():
    lines = [
        "Annika Hedman (C), Ordförande Bo Barknertz (M)",
        "Charlotte Wallenstein (M)     Karin Clarin (MP)",
        "Annika Hamberg (M)            Jon Thorbjörnson (V)",
    ]
    order = [text for _, text in column_order(lines, _never_label)]
    assert order[:3] == ["Annika Hedman (C), Ordförande", "Charlotte Wallenstein (M)", "Annika Hamberg (M)"]
    assert order[3] == "Bo Barknertz (M)"


def test_prose_and_label_rows_keep_their_order():
    prose = ["Nämnden beslutar att godkänna förslaget.", "Ärendet har beretts av förvaltningen.", "Mötet avslutas."]
    assert [i for i, _ in column_order(prose, _never_label)] == [0, 1, 2]
    labelled = ["Ordförande     Anna Berg", "Sekreterare    Per Ek", "Justerare      Eva Holm"]
    assert [t for _, t in column_order(labelled, lambda t: t in ("Ordförande", "Sekreterare", "Justerare"))] == labelled


def test_spaced_lines_put_columns_at_their_positions():
    # (left, right, height, text) in points: a word space is 3 pt, the column gap 100 pt
    lines = [
        [(72, 100, 12, "Anna"), (103, 130, 12, "Berg"), (230, 250, 12, "Per"), (253, 270, 12, "Ek")],
        [(72, 110, 12, "Kristina"), (113, 140, 12, "Åhs"), (230, 262, 12, "Ulla")],
        [(230, 270, 12, "Lönn")],
    ]
    out = spaced_lines(lines)
    assert [c[1] for c in cells(out[0])] == ["Anna Berg", "Per Ek"]
    assert cells(out[0])[1][0] == cells(out[1])[1][0] == cells(out[2])[0][0]  # one column, one offset
    assert spaced_lines([[(72, 90, 12, "Nämnden"), (93, 120, 12, "beslutar")]]) == ["Nämnden beslutar"]


def _cover_pdf() -> bytes:
    """A cover page with members and serving substitutes side by side, one substitute's name wrapped."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("Helvetica", 11)
    rows = [
        ("Beslutande", "Ledamöter", "Tjänstgörande ersättare"),
        ("", "Thure Sandén (M), ordförande", "Bo Johansson (MP) ersätter Lars"),
        ("", "Daniel Hognert (M)", "Eriksson (S)"),
        ("", "Marianne Wallengren (M)", "Richard Hansson (C)"),
        ("", "Britt Tönnberg (S)", ""),
    ]
    y = 760
    pdf.drawString(72, 790, "BYGGNADSNÄMNDEN                              PROTOKOLL")
    for label, left, right in rows:
        pdf.drawString(72, y, label)
        pdf.drawString(170, y, left)
        pdf.drawString(360, y, right)
        y -= 15
    return _with_items(pdf, buffer, y, ("Nämnden utser Britt Tönnberg att justera protokollet.",
                                        "§ 2 Godkännande av dagordningen", "Dagordningen godkänns."))


def _with_items(pdf: canvas.Canvas, buffer: io.BytesIO, y: float, lines: tuple[str, str, str]) -> bytes:
    """Two items under the cover: "§ 1 Val av justerare", its decision, the second item's heading and decision."""
    for dy, text in zip((20, 40, 70, 90), ("§ 1 Val av justerare", *lines)):
        pdf.drawString(72, y - dy, text)
    pdf.save()
    return buffer.getvalue()


def test_a_pdf_cover_with_lists_side_by_side():
    page = extract(_cover_pdf(), "cover.pdf").pages[0]
    assert "Daniel Hognert (M)" in page.text and "Daniel Hognert (M) Eriksson" not in page.text
    meeting = segment(page.text).meeting
    assert meeting.participants == ["Thure Sandén", "Daniel Hognert", "Marianne Wallengren", "Britt Tönnberg",
                                    "Bo Johansson", "Richard Hansson"]
    assert meeting.absent == ["Lars Eriksson"]
    assert meeting.chair == "Thure Sandén"


def test_a_members_table_reads_name_party_and_function():
    text = (
        "Utbildningsnämnden\n\nNärvarande\n"
        "Namn                Parti    Funktion\n"
        "Hanna Lindvall      S        Ordförande\n"
        "Reza Tavakoli       M        Ledamot\n"
        "Sebastian Nilsson   S        Ersättare, ej tjänstgörande\n\n"
        "§ 1 Val av justerare\nNämnden utser Reza Tavakoli.\n"
        "§ 2 Dagordning\nDagordningen godkänns.\n"
    )
    meeting = segment(text).meeting
    assert meeting.participants == ["Hanna Lindvall", "Reza Tavakoli"]
    assert meeting.guests == ["Sebastian Nilsson"]
    assert meeting.chair == "Hanna Lindvall"


def test_a_left_cell_running_into_the_right_column_is_cut_where_the_pushed_entry_starts():
    rows = ["Beslutande              Birgitta Hedqvist (S), ordförande  Marie Regnéll (M)",
            "                         Lars-Göran Ekman (C), 1:e vice ordf. Peter Stenlund (M)",
            "                         Per Axelsson (S)                   Jessica Holm (SD)",
            "                         Ann-Christin Lindh (S)             Roger Lindqvist (SD)",
            "                         Sofia Wennerholm (M), 2:e vice ordförande"]
    texts = [text for _, text in column_order(rows, lambda cell: cell.startswith("Beslutande"))]
    assert "Peter Stenlund (M)" in texts and "Lars-Göran Ekman (C), 1:e vice ordf." in texts
    assert "Sofia Wennerholm (M), 2:e vice ordförande" in texts  # no capitalised word at the boundary: whole


def test_a_role_pushes_the_right_entry_far_past_the_column_and_it_is_still_cut():
    """Converted text keeps the column with spaces, but a long left cell ("…, 1:e vice ordförande") pushes the right
    column's name far past it, one space away; one aligned row and one pushed row make the two columns. A name
    after "för" is the substitute's, in the same cell."""
    rows = ["Hravn Forsne (M), ordförande  Carry Kvarntun (M) tjänstgör för",
            "Monica Neptun (L), 1:e vice ordförande Annika Carlsson (M)",
            "Gustav Nordin (S), tjänstgörande ersättare för Åsa Berg (S)"]
    texts = [text for _, text in column_order(rows, lambda cell: False)]
    assert texts == ["Hravn Forsne (M), ordförande", "Monica Neptun (L), 1:e vice ordförande",
                     "Gustav Nordin (S), tjänstgörande ersättare för Åsa Berg (S)",
                     "Carry Kvarntun (M) tjänstgör för", "Annika Carlsson (M)"]


def test_columns_set_with_spaces_in_proportional_type_are_read_down_each_column_as_ocr_places_them():
    """A page whose columns were set with runs of spaces in proportional type, read by OCR: the second column
    starts a few characters off from row to row, and the rows are still one block."""
    lines = ["Mia Sundvall (M)         Hysén (L)",
             "Per Stenberg (M) §§ 84-93   Sena Munteanu (S) ersätter Johan",
             "Sofia Hansen (M)         Tolinsson (S)",
             "Anna-Karin Granberg (SD)     Blomdahl (M)",
             "Jenny Thorbjörnsson (KD)    Andersson (SD)"]
    order = [text for _, text in column_order(lines, _never_label)]
    assert order == ["Mia Sundvall (M)", "Per Stenberg (M) §§ 84-93", "Sofia Hansen (M)", "Anna-Karin Granberg (SD)",
                     "Jenny Thorbjörnsson (KD)", "Hysén (L)", "Sena Munteanu (S) ersätter Johan", "Tolinsson (S)",
                     "Blomdahl (M)", "Andersson (SD)"]


def test_two_columns_whose_gaps_ocr_closed_are_read_apart_where_roles_pushed_the_right_entries():
    """OCR may close every column gap of a block: the right column's entries still stand after a role, each a name
    with its party mark, in two rows or more. A name after "och" is the same list's."""
    rows = ["Ulla Berg (M), ordförande Sven Dahl (M) tjänstgör för",
            "Eva Lund (L), 1:e vice ordförande Karin Ask (M)",
            "Bo Ek (S), 2:e vice ordförande", "Lisa Holm (M)"]
    texts = [text for _, text in column_order(rows, _never_label)]
    assert texts == ["Ulla Berg (M), ordförande", "Eva Lund (L), 1:e vice ordförande", "Bo Ek (S), 2:e vice ordförande",
                     "Lisa Holm (M)", "Sven Dahl (M) tjänstgör för", "Karin Ask (M)"]
    listed = ["Anna Berg (S), ordförande och Per Ek (M)", "Lena Holm (C), ledamot och Olle Ek (KD)"]
    assert [text for _, text in column_order(listed, _never_label)] == listed



@pytest.mark.parametrize("rows, texts", [
    # in OCR'd proportional type a long left cell pushes the right one two spaces after it, past the column the
    # other rows show: that row stays in the block, and the column starts where the rows with room show it; a
    # comma before a pushed name's party mark is noise
    (["Jan Ek (S), Ordförande  Eva Nyberg (KD) ersätter", "Carl Holm (M), vice ordförande Tor Ask, (SD)",
      "§1-8               Per Berg (M) ersätter Kerstin", "Hanna Lind (L)", "Peter Ros (KD)"],
     ["Jan Ek (S), Ordförande", "Carl Holm (M), vice ordförande", "§1-8", "Hanna Lind (L)", "Peter Ros (KD)",
      "Eva Nyberg (KD) ersätter", "Tor Ask, (SD)", "Per Berg (M) ersätter Kerstin"]),
    # a name with its party mark at the column, also after a rule OCR read in the gap, is the right column's
    (["Annika Hedlin (C), Ordförande Bo Barkström (M) för Ulrika", "Maria Lind (M), 1:e vice ordförande Ekström (M)",
      "Charlotte Wallenström (M) — Karin Clarin (MP) för Jon", "Annika Holmberg (M)        Thorbjörnson (V)",
      "Per Berg (S)"],
     ["Annika Hedlin (C), Ordförande", "Maria Lind (M), 1:e vice ordförande Ekström (M)", "Charlotte Wallenström (M) —",
      "Annika Holmberg (M)", "Per Berg (S)", "Bo Barkström (M) för Ulrika", "Karin Clarin (MP) för Jon",
      "Thorbjörnson (V)"]),
])
def test_a_right_entry_pushed_by_its_left_cell_is_read_in_its_column(rows, texts):
    assert [text for _, text in column_order(rows, _never_label)] == texts


def _margin_pdf() -> bytes:
    """Two pages of a template that sets its subheadings in a left margin beside their text, a label over two
    lines, and a decision that runs on to the next page under the running header and the footer."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    rows = [
        ("§ 8", "Dnr KFN 2023/245"), ("", "Bidrag till Norrby IF för ny konstgräsplan"), None,
        ("Förslag till", "Kultur- och fritidsnämnden beviljar Norrby IF ett bidrag om"),
        ("beslut", "500 000 kronor."), None,
        ("Beslutsgång", "Ordföranden finner att nämnden bifaller förslaget till beslut."), None,
        ("Beslut", "Kultur- och fritidsnämnden beviljar Norrby IF ett bidrag om 500 000 kronor"),
        ("", "för anläggande av konstgräsplan. Bidraget betalas ut när"), "page",
        ("", "anläggningen är färdigställd."), None,
        ("Beslutet skickas till", "Norrby IF"), None,
        ("§ 9", "Dnr KFN 2024/2"), ("", "Anmälan av delegationsbeslut"),
        ("Beslut", "Redovisningen godkänns."),
        ("Ärendet", "Delegationsbeslut enligt lista 2024:1 redovisas."),
    ]
    y = 0

    def top() -> int:
        pdf.setFont("Helvetica", 9)
        pdf.drawString(57, 800, "Kultur- och fritidsnämnden                                 PROTOKOLL 2024-02-13")
        pdf.drawString(57, 40, "Justerandes sign            Utdragsbestyrkande")
        return 770

    y = top()
    for row in rows:
        if row == "page":
            pdf.showPage()
            y = top()
            continue
        if row is None:
            y -= 10
            continue
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(57, y + 1, row[0])  # a bold label sits a point off its text's baseline
        pdf.setFont("Times-Roman", 11)
        pdf.drawString(170 if not row[0].startswith("§") else 380, y, row[1])
        y -= 14
    pdf.save()
    return buffer.getvalue()


def test_decisions_under_headings_in_a_left_margin_of_a_pdf():
    text = "\f".join(page.text for page in extract(_margin_pdf(), "margin.pdf").pages)
    items = segment(text).items
    assert [(i.number, i.dnr) for i in items] == [("§ 8", "KFN 2023/245"), ("§ 9", "KFN 2024/2")]
    assert items[0].decisions == ["Kultur- och fritidsnämnden beviljar Norrby IF ett bidrag om 500 000 kronor för "
                                  "anläggande av konstgräsplan. Bidraget betalas ut när anläggningen är färdigställd."]
    assert items[1].decisions == ["Redovisningen godkänns."]


def _church_cover_pdf() -> bytes:
    """A cover whose long bold labels run up to their values, and a members table of names and roles beside
    "Närvarande"."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    y = 760
    for label, value in (("Ej tjänstgörande ersättare", "Ingrid Åberg"), ("Justeringens plats och tid", "Kansliet, 2024-04-23")):
        pdf.setFont("Helvetica-Bold", 9)
        pdf.drawString(72, y, label)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72 + pdf.stringWidth(label, "Helvetica-Bold", 9) + 0.5, y, value)  # no gap a reader sees
        y -= 20
    pdf.drawString(72, y, "Närvarande")
    for name, role in (("Margareta Olsson", "ordförande"), ("Jonas Åkesson", "kyrkoherde"),
                       ("Per-Erik Lund", "vice ordförande"), ("Helena Björk", "")):
        pdf.drawString(200, y, name)
        pdf.drawString(330, y, role)
        y -= 14
    return _with_items(pdf, buffer, y, ("Kyrkorådet väljer Helena Björk att justera protokollet.", "§ 2 Budget",
                                        "Kyrkorådet fastställer budgeten."))


def test_a_pdf_cover_with_glued_labels_and_a_table_of_names_and_roles():
    """The roles are no second list to read down, and a label glued to its value still labels it."""
    text = extract(_church_cover_pdf(), "cover.pdf").pages[0].text
    assert "ersättareIngrid" in text  # as pdfplumber reads it: no space between label and value
    meeting = segment(text).meeting
    assert meeting.participants == ["Margareta Olsson", "Jonas Åkesson", "Per-Erik Lund", "Helena Björk"]
    assert meeting.chair == "Margareta Olsson"
    assert meeting.guests == ["Ingrid Åberg"]
    assert meeting.organization is None and meeting.location is None
