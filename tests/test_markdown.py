"""Markdown minutes read as the lines a printed page shows, through extract and normalize as a user's file is."""
from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.markdown import looks_like_markdown, plain_text
from ingest.normalize import normalize
from ingest.segment import segment

MINUTES = """---
kommun: exempelby
nämnd: bygg-au
---

# Protokoll styrelsemöte

| | |
|---|---|
| **Datum** | 2023-09-12 |
| **Plats** | Bygdegården<br>Backa |

**Närvarande:** Anna Ek (ordförande), Per Holm

## § 1 Mötets öppnande

Ordföranden öppnade mötet kl. 18.35.

## § 2 Val av justerare

### Beslut

Per Holm valdes att justera protokollet. Se [bilaga](bilaga-1.pdf) och `rapport_2023`.

---

> **Reservation:** Anna Ek reserverade sig mot beslutet i \\§ 2\\.
<!-- sida 2 -->
"""


@pytest.mark.parametrize("markup, plain", [
    ("## § 58 Mötets öppnande", "§ 58 Mötets öppnande"),
    ("### 2.1 Val av justerare ###", "2.1 Val av justerare"),
    ("**Ledamöter:** Hanna Lindvall (S)", "Ledamöter: Hanna Lindvall (S)"),
    ("*Vakant* och __Beslut__", "Vakant och Beslut"),
    ("> Beslutande", "Beslutande"),
    ("Budget\\_2024 och 2026\\.", "Budget_2024 och 2026."),
    ("Protokoll\n=========", "Protokoll\n"),
    ("| Punkt | Vad |\n| --- | --- |\n| 1 | Ekonomi |", "Punkt    Vad\n1        Ekonomi"),
    ("| Plats och tid<br>Beslutande | Stadshuset<br>Anna Ek |", "Plats och tid    Stadshuset\nBeslutande       Anna Ek"),
    ("| A | B | C |\n|---|---|---|\n| x |  | z |", "A    B    C\nx         z"),
    ("rapport_2023 och e_post", "rapport_2023 och e_post"),
    ("**Socialnämnden** **Protokoll** **2017-10-24**", "Socialnämnden    Protokoll    2017-10-24"),
    # a converter's list marks before headings: the heading stays, a bullet of text keeps its mark
    ("- ## **§ 120 Dnr KS 2024/310**\n- **Arbetsutskottets beslut**\n- **Anna** och Per",
     "§ 120 Dnr KS 2024/310\nArbetsutskottets beslut\n- Anna och Per"),
    # an ordered list typed "1." before every item shows them numbered in turn, over its items' own lines; a list
    # numbered otherwise keeps its numbers, and text at the margin after a blank line ends a list
    ("1. Mötets öppnande\nMötet öppnades.\n1. Val av justerare\n\n   Anna Ek valdes.\n\n1. Avslutning",
     "1. Mötets öppnande\nMötet öppnades.\n2. Val av justerare\n\n   Anna Ek valdes.\n\n3. Avslutning"),
    ("12. Budget\n14. Taxor", "12. Budget\n14. Taxor"),
    ("1. Budget\n\nText.\n\n1. Taxor", "1. Budget\n\nText.\n\n1. Taxor"),
])
def test_markup_is_undone(markup, plain):
    assert plain_text(markup) == plain


def test_front_matter_is_metadata_not_minutes():
    assert "bygg-au" not in plain_text(MINUTES)
    assert plain_text("---\nnot front matter, a rule\n---\ntext") == "\nnot front matter, a rule\n\ntext"


def test_a_markdown_file_is_its_own_kind_and_segments_like_text():
    extraction = normalize(extract(MINUTES.encode(), "protokoll.md"))
    assert extraction.kind == "markdown"
    text = extraction.pages[0].text
    assert "**" not in text and "#" not in text and "<!--" not in text
    seg = segment(text)
    assert [(i.number, i.title) for i in seg.items] == [("§ 1", "Mötets öppnande"), ("§ 2", "Val av justerare")]
    assert seg.meeting.date == "2023-09-12"


ACTION_TABLE = """# Styrelsemöte Hjärtums Båtklubb

**Datum:** 2023-05-09

| Punkt | Vad | Ansvar |
|---|---|---|
| 1 | Mötets öppnande. Ordföranden öppnade mötet kl 19.00. | |
| 2 | Val av justerare. Sara Berg valdes att justera protokollet. | |
| 3 | Ekonomi. Kassören redovisade läget. Rapporten lades till handlingarna. | PH |
| 4 | Bryggan | JE, SB |
| 5 | Mötets avslutande | EL |
"""


def test_an_action_table_is_read_row_by_row_with_the_responsible_column_kept_apart():
    seg = segment(normalize(extract(ACTION_TABLE.encode(), "styrelsemote.md")).pages[0].text)
    assert [(i.number, i.title) for i in seg.items] == [
        ("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Ekonomi"), ("4", "Bryggan"),
        ("5", "Mötets avslutande")]
    assert seg.items[1].decisions == ["Sara Berg valdes att justera protokollet."]
    assert seg.items[2].decisions == ["Rapporten lades till handlingarna."]
    assert seg.items[2].text.split("\n") == ["Kassören redovisade läget. Rapporten lades till handlingarna.", "PH"]
    assert seg.items[0].text == "Ordföranden öppnade mötet kl 19.00."


LISTS_TABLE = """**Sammanträdesprotokoll**

**Miljö- och hälsoskyddsnämnden**

|Beslutande ledamöter|Tjänstgörande ersättare|
|---|---|
|Anna Andersson (S) ordförande<br>Per Persson (M) vice ordförande<br>Eva Ek (SD)|Karin Berg (S) för Lisa Larsson (C)|

|Ej tjänstgörande ersättare|Övriga närvarande|
|---|---|
|Nils Nilsson (M)<br>Ida Ström (V)|Maria Svensson, förvaltningschef|

## **§ 20 Val av justerare**

Per Persson utses att justera protokollet.
"""


def test_a_table_of_captioned_lists_reads_down_each_column():
    """Converters set a cover's lists as a table whose cells hold <br> lists: each column goes under its own label,
    and the right column's one name is no part of the left column's first row."""
    seg = segment(normalize(extract(LISTS_TABLE.encode(), "protokoll.md")).pages[0].text)
    assert seg.meeting.participants == ["Anna Andersson", "Per Persson", "Eva Ek", "Karin Berg"]
    assert seg.meeting.chair == "Anna Andersson"
    assert seg.meeting.absent == ["Lisa Larsson"]
    assert seg.meeting.guests == ["Nils Nilsson", "Ida Ström", "Maria Svensson"]


BOLD_CAPTIONS = """# **Protokoll fört vid årsmöte i IFK Sjövik**

**Datum:** 2025-02-23

|**Närvarande**|**Frånvarande**|
|---|---|
|Anna Sjöberg<br>Björn Carlsson<br>Cecilia Dahl<br>David Ek|Erik Falk|

## **§ 1 Årsmötets öppnande**

Ordföranden förklarade årsmötet öppnat.
"""


def test_bold_table_captions_are_no_wider_than_printed():
    """A converter bolds a table's captions: the columns are set by the printed width, so that the caption row
    still stands over its columns and the present and the absent are told apart."""
    seg = segment(normalize(extract(BOLD_CAPTIONS.encode(), "arsmote.md")).pages[0].text)
    assert seg.meeting.participants == ["Anna Sjöberg", "Björn Carlsson", "Cecilia Dahl", "David Ek"]
    assert seg.meeting.absent == ["Erik Falk"]


def test_markdown_is_recognised_by_content_when_the_name_does_not_say():
    assert extract(MINUTES.encode(), "protokoll.txt").kind == "markdown"
    assert not looks_like_markdown("Protokoll\n\n§ 1 Mötets öppnande\n\nMötet öppnades.\n")
    assert extract("§ 1 Mötets öppnande\n# 12 är ett nummer\n".encode(), "notes.txt").kind == "text"


def test_a_batch_takes_markdown_minutes_in(tmp_path):
    import io
    import json

    from rich.console import Console

    from ingest.archive import ingest

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "protokoll.md").write_text(MINUTES, encoding="utf-8")
    summary = ingest([str(tmp_path / "in")], tmp_path / "archive", workers=1,
                     console=Console(file=io.StringIO(), force_terminal=False))
    assert summary.count("done") == 1 and summary.count("skipped") == 0
    (document,) = (tmp_path / "archive" / "documents").iterdir()
    data = json.loads(document.read_text(encoding="utf-8"))
    assert data["source"]["kind"] == "markdown"
    assert [item["number"] for item in data["items"]] == ["§ 1", "§ 2"]


def test_a_bold_label_wrapped_over_three_lines_is_one_label_again():
    """pymupdf4llm writes a label its narrow column wrapped as bold runs on lines of their own, the value beside
    the first ("**Ej**" / "**tjänstgörande**" / "**ersättare**"), and as "<br>" in the table's cell."""
    loose = "**Ej** Dina Lund (S)\n**tjänstgörande**\n**ersättare**\n"
    cell = "|**Ej**<br>**tjänstgörande**<br>**ersättare**|Dina Lund (S)|\n|---|---|\n"
    assert plain_text(loose).strip() == "Ej tjänstgörande ersättare    Dina Lund (S)"
    assert plain_text(cell).strip() == "Ej tjänstgörande ersättare    Dina Lund (S)"
    seg = segment(plain_text("# Socialnämnden\n\n**Datum** 2024-05-15\n\n**Beslutande** Anna Ek (S), ordförande\n\n"
                             + loose + "\n### § 1 Val av justerare\n\nText.\n"))
    assert (seg.meeting.participants, seg.meeting.guests) == (["Anna Ek"], ["Dina Lund"])


def test_an_agenda_typed_as_a_lazy_ordered_list_gives_every_item():
    """Markdown minutes whose items are an ordered list typed "1." each time: before, the first "1." was the only
    item and every later heading with its decision ran into it."""
    lazy = ("# Protokoll styrelsemöte 2021-03-02\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n1. Val av justerare\n"
            "Anna Ek valdes till justerare.\n1. Dagordning\nDagordningen godkändes.\n")
    seg = segment(normalize(extract(lazy.encode(), "protokoll.md")).pages[0].text)
    assert [(i.number, i.title, i.decisions) for i in seg.items] == [
        ("1", "Mötets öppnande", []), ("2", "Val av justerare", ["Anna Ek valdes till justerare."]),
        ("3", "Dagordning", ["Dagordningen godkändes."])]
