"""Repaired text → meeting header, numbered items and the lines that fit neither.

The segmenter is driven by the tables in `ingest.headings`; the code here only
knows the shape every Swedish minutes style shares: page furniture and a table
of contents to set aside, a run of numbered headings, a labelled header before
them, subheadings inside them, a signature block after them. Every non-empty
line ends up in exactly one place (a meeting field, an item, or `unassigned`),
so a reader can always find what the structure did not explain.

Item.text keeps the item's whole body verbatim (bullets and decision lines
included); `bullets` and `decisions` are structured views of the same lines.
This module finds the items and their parts; the meeting header is read by
`ingest.header`, names in lists by `ingest.people`, columns by `ingest.layout`,
and what all of them know about a line is in `ingest.lines`.
"""
from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby

from rapidfuzz.distance import Levenshtein

from ingest import headings as H
from ingest.decisions import (FINITE_AUXILIARY, body_acts, first_sentence, grammar_decisions, is_decision, is_the_body,
                              listed_entry, of_the_decision, own_act, own_proposal, without_specks)
from ingest.glyphs import (CAPITAL_AS_DIGIT, DIGIT_AS_CAPITAL_READS, LOST, ONE_AS_DIGIT, ONE_READS, QUOTE_MARKS,
                           REGISTER_SIGN_READS, ROMAN_AS_LETTERS, SECTION_READS, SECTION_SECOND_BEFORE_TENS,
                           SIGN_OR_READS, SLASH_READS, SLASH_STROKE_READS, fold, folded, l_folded, l_skeleton,
                           register_readings, suspended_hyphens_mended)
from ingest.layout import CELL_GAP as _CELL_GAP, column_order, labels_raised
from ingest.lexicon import load_lexicon
from ingest.models import PAGE_BREAK, Item, Segmentation, Span
from ingest.markdown import is_rule_row, set_rows
from ingest.lines import CELL_BREAK, CLOSING, LABEL, SECTION, Line, fold_key, unspeckled
from ingest.people import continued, join_list, names_only, opens_with_a_listed_name, person_alone, presenter
from ingest import header, layout, presence

_DECISION_HEADING = folded(H.DECISION_HEADINGS)
_DECISION_HEADING_L = l_folded(H.DECISION_HEADINGS)
_INLINE_DECISION = folded(H.INLINE_DECISION)
_LEAD = folded(H.DECISION_LEAD)
_EMPTY_SECTION = folded(H.EMPTY_SECTION)
_FOLLOW_UP = folded(H.FOLLOW_UP_LABELS)
_PROCEDURE = folded(H.PROCEDURE_RECORD)
_PAGE_FURNITURE = tuple(folded(p) for p in H.PAGE_FURNITURE)
_CONFIRMATION = folded(H.SIGNING_CONFIRMATION)
_PAGE_OF = folded(H.PAGE_OF)
_SUBHEADINGS = {l_skeleton(fold(x).lower()) for x in H.OTHER_SUBHEADINGS}  # l-skeletons: "Besiutsunderlag"
_PROPOSAL_HEADING_L = l_folded(H.PROPOSAL_HEADING)
_PROPOSER = re.compile(r"^(?:\w+-\s+(?:och|&|samt)\s+)?(?P<who>[\w-]+)s\s+forslag\s+till\b")  # folded, lower case
_OPEN_END_WORDS = {fold(w) for w in H.OPEN_END_WORDS}
_LEADER_LETTERS = set("msenraucivwo.-·…,:;'’")
# "NE   Dnr VN-2025-27", "$ 3ät   Dnr BN-2024-001529", "RSAU $ I 14   Dnr ...": a § heading, its number unreadable;
# the label may be misread past its D ("SN   Är KS-2024-00218")
_SIGN_LOST = re.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s+)?(?P<mark>\S{1,6}(?:\s\S{1,4}){0,2})\s+"
                        rf"(?P<rest>(?:(?:Dnr|Diarienr|Diarienummer)\b|{H.DNR_MISREAD.pattern}|{H.DNR_LABEL_READ.pattern}).*)$")
_DIGIT_SIGN_READS = "".join(c for c in SECTION_READS if c.isdigit())
# a title as a scan leaves it under a lost sign: a capitalised word, perhaps a compound's first part ("Utgifts- och …"),
# or an acronym with its compound's rest ("GY-25", "VA-taxa 2025"; not a line in capitals, "EKBY KOMMUN PROTOKOLL
# Sida 3"), a few more words, no full stop
_TITLE_FIRST = r"[A-ZÅÄÖ](?:[a-zåäö]+-?|[A-ZÅÄÖ]{1,4}-(?:\d{1,4}|[a-zåäö]+)(?=\s|$))"  # "Utgifts- och …" too
_TITLE_NEXT = r"(?:\s+(?:[-–&]\s+)?[^\s.]+)"
# "SI Mötets öppnande", "JtEkononui", "NEv   Information …", "6 Takreparation", "$ II. Val av styrelse", "NS21
# Årsredovisning": a heading whose "§ n" a scan read as a few signs that are no word (no more than one small letter),
# then a title: capitalised, short, no full stop
_MARKED_TITLE = re.compile(r"^(?P<mark>(?:[^\sa-zåäö]{2}[a-zåäö](?=\s)|[^\sa-zåäö]{1,3}|[^\sa-zåäö][a-zåäö]"
                           r"|[^\sa-zåäö\d]{1,2}\d{1,3}"
                           rf"|[{_DIGIT_SIGN_READS}]{{1,2}}\d{{2,3}}"  # "5867": the sign read as digits ("§ 67")
                           r"|[a-zåäö]{1,2}(?=\s\d))"  # "vn 34": the sign read as small letters before the number
                           r"(?:\s[^\sa-zåäö]{1,2}|\s\d{3}){0,2}[.,:]?)\s*"
                           r"(?:[-–—|]\s+)?"  # a speck in the gap before the title ("SS      - Upphandling …")
                           # a small letter in it, or an acronym's number: not "LAG BEVIS", "AU STI2"
                           rf"(?P<rest>(?=.*[a-zåäö]|[A-ZÅÄÖ]{{2,5}}-\d){_TITLE_FIRST}{_TITLE_NEXT}{{0,7}})$")
# the sign printed, its number's last digit read as capitals glued to it ("§11IN Initiativärende från …" for § 118)
_GARBLED_NUMBER = re.compile(r"^(?P<mark>§\s?\d{1,3}[A-ZÅÄÖ]{1,2})\s+(?P<rest>[A-ZÅÄÖ][a-zåäö]+.*)$")
# where the run's headings are "§ n" alone over their titles: a few signs alone, what a scan left of one ("SH", "SS")
_MARK_ALONE = re.compile(r"^(?P<mark>[^\sa-zåäö.,:;'`-][^\s.,:;]{0,2})(?P<rest>)$")
# where the run's headings open with their body's capitals ("RSAU § 112" over its title): what a scan left of the
# sign and number after them ("RSAU STI2", "RSAU $ 1 118"), at most one small letter
_PREFIXED_MARK = re.compile(r"^(?P<prefix>[A-ZÅÄÖ]{2,6})\s+"
                            r"(?P<mark>[^\sa-zåäö.,:;'`-]\S{0,3}(?:\s\S{1,3}){0,2})(?P<rest>)$")
_TITLE_SHAPE = re.compile(rf"^{_TITLE_FIRST}{_TITLE_NEXT}{{0,9}}$")
_SMALL_LETTER = re.compile(r"[a-zåäöéü]")
_A_WORD = re.compile(r"[^\W\d_]{2}")
_A_LETTER = re.compile(r"[^\W\d_]")
_INITIAL = re.compile(rf"[{H.UPPER}]\.")
_SPECKS_APART_AT_END = re.compile(rf"\s+[{re.escape(H.TITLE_END_SPECKS)}]+$")  # "… Anita Ekström :"
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # a mark of specks alone ("..", "-") is no heading's
_ODD_MARK = re.compile(r"^(?P<mark>\S{1,4})\s+(?P<num>\d{1,3})\.$")  # see _with_odd_marks
_TITLE_LINE = re.compile(r"^(?P<mark>)(?P<rest>.+)$")  # see _case_alone
_CASE_LINE = re.compile(r"^(?P<mark>)(?P<rest>(?:(?:Dnr|Diarienr|Diarienummer)\b|"
                        rf"{H.DNR_MISREAD.pattern}|{H.DNR_LABEL_READ.pattern}|(?={H.BARE_DNR.pattern})).*)$")  # see _case_alone
_PAGE_AT_END = re.compile(r"\s\d{1,4}$")
_YEAR_ALONE = re.compile(r"^(?:19|20)\d\d$")  # a title wrapped before its year ("… för" / "2025"), no "§ 202" OCR'd
_SUBTITLE_DASH = re.compile(r"^[-–]\s+[A-ZÅÄÖ]")
_CAPTION = re.compile(r"§|[A-ZÅÄÖ][a-zåäö]+\.?")
_RULE_SPECKS = "|—–-_"  # a table's vertical rule as OCR reads it
# one letter alone on its line, a scan's speck under a heading ("J"): not a word wrapped alone ("i", "ö"), a table's
# mark ("X") or a "§" read as a letter (S) apart from its number
_LONE_SPECK = re.compile(r"^[^\W\d_iIåÅöÖxXSs]$")
_LONE_SPECK_CELL = re.compile(r"\s{2,}[^\d\s]$")  # one sign a column gap after a line's text: "samråd        i"
# a title, a column gap (perhaps with a rule's speck in it, "2024 | 3"), its page number
_TITLE_THEN_PAGE = re.compile(r"^(?=\D*[^\W\d_]).*\S(?:\s{3,}|\s+\|\s+)\d{1,3}$")
SUBHEADING_LONG = 12  # letters a subheading needs before a misread one is known by its likeness to a named one
SENTENCE_AFTER_COLON = 3  # words a sentence after a title's colon needs to be the item's text, not a value
LONE_RUN = 3  # numbers on lines of their own make a sequence of headings only this many in a row
MARK_CHARS = 4  # signs in a heading's mark a scan garbled, alone on its line ("NIA" for "§ 5.")
MARKS_NUMBERED = 2  # marks read as numbers that agree with the marks' order, unless the rest show a misread "§"
_MARK_NUMBER = re.compile(r"(\d{1,3})\.?$")
# a sign as read and a number at the end, no figure before it: "1 (3)", a page of three, is none
_MARK_SHAPE = re.compile(rf"[{re.escape(SIGN_OR_READS)}]?\D*\d{{0,3}}[.,:]?")
WRAPPED_DECISION_LINES = 2  # lines an item's decision, opened on its heading line, may wrap onto (a list of elected)
# a heading's number read as letters, its stop as another sign: see _with_a_misread_number
_MISREAD_NUMBER = re.compile(r"^(?P<mark>[^\s.,:;]{1,3})[.:,]\s+(?P<rest>[A-ZÅÄÖ][^.]{2,80})$")
_LEAD_MARK = re.compile(r"^\s*(?![^\W\d_]*[a-zåäö]{3})\S{1,3}(?:\s\S{1,3})?\s*$")  # "ST", "8", "S 1"
# A title wrapped before the number of a property or a fraction ("… gällande Vallda 13:12, Vallda" / "13:2" / "och två
# kommande avstyckningar"): a line that is that number alone goes on the title, as a line in lower case does.
_STOP_BEFORE_LOWER = re.compile(r"(?<!\S)(?P<word>[^\W\d_]{3,})\.(?=\s+[a-zåäö])")
_DESIGNATION_END = re.compile(r"^\d{1,4}[:/]\d{1,4},?$")
_NUMBER_GOES_ON = re.compile(r"^\d{1,5},\s+[a-zåäö]")  # "… samrådsunderlag för väg" / "585, delen Ljungskog–Tallåsen"
# ". Val av ordförande"; "S. Anställningsordning" (an 8 read as a capital); "I Formalia" (a 1 read as a capital I);
# "ll Beslut om resultatdisposition" (an 11 read as two small l's, its stop lost)
_LOST_NUMBER = rf"(?:[.,:;|'‘’)]|[{DIGIT_AS_CAPITAL_READS}{ONE_READS}][.)]|I(?=\s)|[{ONE_READS}]{{2}}(?=\s))"
_NUMBER_LOST = re.compile(rf"^{_LOST_NUMBER}\s*(?P<rest>[A-ZÅÄÖ][^.]{{2,80}})$")
# the same in a list of points each a sentence or more, or its number read with its stop lost ("4 Mötet förklarades
# behörigt utlyst.")
_POINT_LOST = re.compile(rf"^(?:{_LOST_NUMBER}|(?P<num>\d{{1,3}})(?=\s))\s*(?P<rest>[A-ZÅÄÖ].{{2,300}})$")
# a table row whose number cell a scan garbled into a sign or two that are no capital ("gå   Ekonomi. Fredrik …",
# "i   Formalia"): a column gap, then the title, the row's text perhaps after it
_NUMBER_CELL_LOST = re.compile(r"^[^\sA-ZÅÄÖ\d]{1,3}\s{2,}(?P<rest>[A-ZÅÄÖ][^.]{2,80}?(?:\.\s+[A-ZÅÄÖ].*)?)$")
CELL_ROW_LIKENESS = 0.5
# a decision's numbered att-clause ("1. Att       stämman fastställer röstlängden"): no item's title opens so, but an
# older minutes' paragraph may, its sign before it ("§ 2. Att upprätta förslag … tillsattes en kommitte")
_ATT_CLAUSE = re.compile(r"att\b", re.I)
_SUBNUMBER = re.compile(r"^(?P<parent>\d{1,2})\.\d{1,2}\s")  # "3.2 Val av justerare"
SAME_NUMBERS_MIN_DIGITS = 5  # a postcode's digits
_MORE_PARAGRAPHS = re.compile(r"(?:\s*(?:,|och|samt)\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*")
# OCR specks are no text, nor a sign alone in the gap between the margin and the text ("Beslut     s     Kommunen …")
_MARGIN = re.compile(r"^(?P<label>[A-ZÅÄÖa-zåäö][^\s]*(?: [^\s]+){0,4})(?:\s{3,}|\t)\s*(?:\S(?:\s{3,}|\t)\s*)?"
                     r"(?P<text>(?=\W*\w)\S.*)$")
_LABELLED = re.compile(r"^(?P<label>[A-ZÅÄÖ][^\s:]*(?: [^\s:]+){0,4}):\s+(?P<text>\S.*)$")
_ROMAN = {"I": 1, "V": 5, "X": 10}
# "§ 4" and "4 §" as printed, and as OCR misreads their sign
_PARAGRAPH_KINDS = ("para", "ocr_para", "ocr_para_after", "listed")  # "listed": numbered by a contents entry
_MISREAD_PARAGRAPH = "misread_para"  # a paragraph's number read with a leading zero: see _item_readings
_SIGNED_KINDS = ("para", "roman")  # a "§" or a roman numeral shows a heading whatever stands before it


@dataclass
class _Heading:
    index: int
    kind: str
    n: int
    number: str
    rest: str
    like: float


# A character a wrong code page lost and the repair could not restore (glyphs.LOST in "Börje T\ufffdnsg\ufffdrd") is still
# a letter of its word: while the text is segmented it stands as a letter no Swedish text has (U+0294), so that the
# name, title or place it is in reads as one, and it is U+FFFD again in the result
LOST_AS_LETTER = "\u0294"


def segment(text: str) -> Segmentation:
    if LOST not in text:
        return _segment(text)
    found = _segment(text.replace(LOST, LOST_AS_LETTER))
    return Segmentation.model_validate_json(found.model_dump_json().replace(LOST_AS_LETTER, LOST.encode("unicode_escape").decode()))


def _segment(text: str) -> Segmentation:
    _item_readings.cache_clear()  # the readings of this document's lines only: memory stays small
    text = _pipe_tables_as_gaps(text)
    raw = [(p, line) for p, page in enumerate(text.split(PAGE_BREAK), 1) for line in page.split("\n")]
    lines = [Line(p, line.strip(), n, _indent(line)) for p, page in enumerate(text.split(PAGE_BREAK), 1)
             for n, line in enumerate(page.split("\n"), 1)]
    furniture, page_numbers, toc, toc_numbers, span, headings = _layout(lines)
    first = headings[0].index if headings else len(lines)
    tables = {i for rows in presence.tables([t for _, t in raw[:first]]) for i in rows}  # rows read whole
    by_column = _by_column(raw[:first], toc | tables | furniture)
    # the cover read by its columns, unless that costs headings: a contents list whose page numbers stand in a
    # column of their own then reads as lone numbers ("Revisionens ekonomi   |   5")
    if by_column != lines[:first] and len((columned := _layout(by_column + lines[first:]))[-1]) >= len(headings):
        lines = by_column + lines[first:]
        raw = [(line.page, line.text) for line in by_column] + raw[first:]
        furniture, page_numbers, toc, toc_numbers, span, headings = columned
    signed = _signatures_by_column(lines, raw, headings, furniture | page_numbers | toc)
    if signed != lines:
        lines = signed
        furniture, page_numbers, toc, toc_numbers, span, headings = _layout(lines)
    home: set[int] = set()  # lines placed in a meeting field, an item or a section; the rest is unassigned
    issues: list[str] = []

    skip = furniture | toc
    heading_at = {h.index: h for h in headings}
    furniture |= page_numbers - set(heading_at)
    skip |= furniture
    sections = _section_lines(lines, skip, heading_at)
    skip |= set(sections)

    first = headings[0].index if headings else len(lines)
    confirmation = _confirmation_start(lines, headings, skip)
    closing_start = min(_closing_start(lines, headings, skip), confirmation)
    listed = _listed_entries(lines, toc, frozenset(h.n for h in headings))
    items = _items(lines, headings, skip, sections, closing_start, home, listed)
    header_idx = [i for i in range(first) if i not in skip and lines[i].text]
    closing_idx = [i for i in range(closing_start, confirmation) if i not in skip and lines[i].text]
    meeting = header.read_meeting(lines, header_idx, closing_idx, sorted(furniture), items, home, issues)
    foreign_proposals(items, meeting.body)
    meeting.sources = header.sources(meeting, lines, header_idx + closing_idx + sorted(furniture))

    for i, key in sections.items():
        if any(item.section == key for item in items):
            home.add(i)

    issues += [f"item {h.number}: number not legible, inferred from the sequence" for h in headings
               if h.kind == "inferred"]
    issues += [f"item {h.number}: number not legible, inferred from the contents list" for h in headings
               if h.kind == "listed"]
    if not items:
        issues.append("no numbered items found")
    _check_numbers(headings, span, toc_numbers, issues)
    unassigned = [line.text for i, line in enumerate(lines) if line.text and i not in home]
    return Segmentation(meeting=meeting, items=items, unassigned=unassigned, issues=issues)


_PIPE_CELL = re.compile(r"(?:^|\s)\|(?=\s|$)")  # a cell's edge in a table typed with bars: "1 | Ekonomi | AB"
PIPE_TABLE_ROWS = 2  # rows in a run, the caption row among them: one line with bars may be a scan's rules
_PIPE_ROW_CELLS = 2  # bars between a row's cells at least


def _pipe_tables(lines: list[str]) -> list[range]:
    """The tables a text file typed with bars between the cells: runs of PIPE_TABLE_ROWS rows or more, each with
    _PIPE_ROW_CELLS bars or more, a rule row ("---|---") among them or not."""
    rows = [len(_PIPE_CELL.findall(line)) >= _PIPE_ROW_CELLS or is_rule_row(line) for line in lines]
    out: list[range] = []
    start = 0
    for k in range(len(rows) + 1):
        if k == len(rows) or not rows[k]:
            if sum(not is_rule_row(lines[i]) for i in range(start, k)) >= PIPE_TABLE_ROWS:
                out.append(range(start, k))
            start = k + 1
    return out


def _pipe_tables_as_gaps(text: str) -> str:
    """A table typed with bars is set as a Markdown table is, its columns apart by gaps: the bars are no words, and a
    row's last cell ("| AB", who is responsible) is no part of its decision. A rule row is left blank, so that every
    line keeps its number."""
    pages = []
    for page in text.split(PAGE_BREAK):
        lines = page.split("\n")
        for table in _pipe_tables(lines):
            rows = [i for i in table if not is_rule_row(lines[i])]
            set_lines = set_rows([lines[i] for i in rows])
            if set_lines is None:
                continue
            for i in table:
                lines[i] = ""
            for i, line in zip(rows, set_lines):
                lines[i] = line
        pages.append("\n".join(lines))
    return PAGE_BREAK.join(pages)


def _layout(lines: list[Line]):
    """Page furniture, table of contents, the numbered paragraph range and the chosen item headings."""
    furniture, page_numbers = _furniture(lines)
    toc, toc_numbers = _table_of_contents(lines, furniture | page_numbers)
    span = _paragraph_range(lines)
    printed = span or _listed_span(toc_numbers)  # the range the cover or the contents list prints
    chain = _from_the_listed_start(_choose_headings(lines, furniture | toc, span, page_numbers, toc), printed)
    chain = _one_number_throughout(lines, furniture | toc | page_numbers, chain)
    chain = chain or _unnumbered_headings(lines, furniture | toc | page_numbers)
    below = [h.n for h in chain if printed and h.n < printed[0]]
    if below and not span and not set(below) & set(toc_numbers):  # numbers the list has not: chosen again above them
        listed = _choose_headings(lines, furniture | toc, (printed[0], math.inf), page_numbers, toc)
        chain = listed if len(listed) >= sum(h.n >= printed[0] for h in chain) else chain
    chain = chain if printed else _first_number_mended(chain, toc_numbers)
    chain = _with_marks(lines, chain, _marks_by_position(lines, furniture | toc | page_numbers), furniture | toc)
    headings = _with_illegible_numbers(lines, chain, furniture | toc, printed)
    headings = _with_marks_under_the_lead(lines, headings, furniture | toc, printed)
    headings = _with_marked_titles(lines, headings, furniture | toc, printed)
    headings = _with_odd_marks(lines, headings, furniture | toc)
    return furniture, page_numbers, toc, toc_numbers, span, _with_subitems(lines, headings, furniture | toc)


def _one_number_throughout(lines: list[Line], skip: set[int], chain: list[_Heading]) -> list[_Heading]:
    """A web page's agenda set as lists of one point each, so that every item shows "1." (" 1. Val av ordförande för
    stämman." / "Lars Jacobsson valdes …" / " 1. Val av sekreterare …"): where no run of numbers was found, three or
    more headings numbered alike at one indent, each over its text, are the items, each as printed."""
    if len(chain) > 1:
        return chain
    found: dict[tuple[int, int], list[_Heading]] = {}
    for i, line in enumerate(lines):
        below = _next_index(lines, i, skip)
        if i in skip or below is None or below > i + 2 or lines[below].indent > line.indent:
            continue
        for kind, n, number, rest in _item_readings(line.text):
            if kind == "number" and rest and not is_decision(rest):
                found.setdefault((n, line.indent), []).append(_Heading(i, kind, n, number, rest, 1.0))
                break
    alike = max(found.values(), key=len, default=[])
    return alike if len(alike) >= SAME_NUMBER_HEADINGS else chain


SAME_NUMBER_HEADINGS = 3


def _unnumbered_headings(lines: list[Line], skip: set[int]) -> list[_Heading]:
    """Minutes that number no item and set each title on a line of its own over its text ("Mötets öppnande" /
    "Ordföranden förklarade mötet öppnat." / "" / "Val av justerare" / …), as many associations write them: a
    short capitalised line that ends no sentence, a blank line above it and text under it, is a heading where at
    least UNNUMBERED_AGENDA_TITLES of them name what an agenda's items are named (an opening, an election, the
    agenda, the last minutes, the economy, other matters, the close). Numbered by their order, printed with none."""
    found = [i for i in range(len(lines)) if i not in skip and _unnumbered_title(lines, i, skip)]
    agenda = [i for i in found if _AGENDA_TITLE.search(fold(lines[i].text))]
    if len(agenda) < UNNUMBERED_AGENDA_TITLES:
        return []
    titles = [i for i in found if i >= agenda[0]]
    return [_Heading(i, "unnumbered", n, "", " ".join(lines[i].text.split()).rstrip(":").strip(), 1.0)
            for n, i in enumerate(titles, 1)]


def _unnumbered_title(lines: list[Line], i: int, skip: set[int]) -> bool:
    text = " ".join(lines[i].text.split())
    words = text.split()
    if not (0 < len(words) <= UNNUMBERED_TITLE_MAX_WORDS and text[:1].isupper() and text[-1:] not in ".,;!?"
            and not _SENTENCE_INSIDE.search(text) and not re.search(r"\d", text)):
        return False
    above = i == 0 or not lines[i - 1].text or lines[i - 1].page != lines[i].page or i - 1 in skip
    below = _next_index(lines, i, skip)
    if not above or below is None or below > i + 2:
        return False
    under = " ".join(lines[below].text.split())
    # the text under a title is a sentence or a list, never the next title (an agenda printed as a list of titles)
    titled_under = bool(_AGENDA_TITLE.search(fold(under))) and not under.endswith(".") \
        and len(under.split()) <= UNNUMBERED_TITLE_MAX_WORDS
    return not titled_under and not is_decision(text) and person_alone(text) is None \
        and not (LABEL.match(fold(text)) and ":" in text[:-1])


_AGENDA_TITLE = folded(H.AGENDA_TITLE)
UNNUMBERED_AGENDA_TITLES = 3
UNNUMBERED_TITLE_MAX_WORDS = 8


FIRST_NUMBER_JUMP = 5  # numbers a run's first heading may lie below the unbroken run after it, as read


def _first_number_mended(chain: list[_Heading], listed: list[int | None]) -> list[_Heading]:
    """A first paragraph a scan read a digit of wrong ("§ 50" before "§ 82", "§ 83", … for § 80): where the run after
    it goes on unbroken, its number far below and one digit from a number just below the second heading's (one or two
    below it, the nearer first) is that number; the gap left is the next step's (a lost heading's line fills it). A
    number a contents list names is as printed: the headings between may be the ones lost."""
    if len(chain) < 3 or chain[0].kind not in _PARAGRAPH_KINDS or chain[2].n != chain[1].n + 1 \
            or chain[1].n - chain[0].n <= FIRST_NUMBER_JUMP or chain[0].n in listed:
        return chain
    first = chain[0]
    meant = next((n for n in (chain[1].n - 1, chain[1].n - 2) if _one_digit_off(first.n, n)), None)
    if meant is None:
        return chain
    number = re.sub(rf"{first.n}(?!.*\d)", str(meant), first.number)
    return [replace(first, n=meant, number=number), *chain[1:]]


def _from_the_listed_start(chain: list[_Heading], listed: tuple[int, int] | None) -> list[_Heading]:
    """A run of headings loses an OCR'd "§" reading numbered below the first item the contents list names: a
    reference in the text ("… beslutade 2020-04-29, § 33 upphör") read as a heading where the real ones lost their
    sign. Only below: a contents list OCR cut short names fewer items than there are."""
    if not listed or not chain:
        return chain
    inside = [h for h in chain if h.n >= listed[0] or h.kind not in _PARAGRAPH_KINDS[1:]]
    return inside if 4 * len(inside) >= 3 * len(chain) else chain


def _listed_span(numbers: list[int | None]) -> tuple[int, int] | None:
    """The first and last item a contents list names, where its numbers run on one by one (the first may be
    misread: "8 I" for § 1 before § 2; an entry whose number OCR lost is the next), so that items before the
    first legible heading can be inferred too."""
    if len(numbers) < 3 or numbers[1] is None:
        return None
    run = [numbers[1]]
    for n in numbers[2:]:
        if n is not None and n != run[-1] + 1:
            return None
        run.append(run[-1] + 1)
    return run[0] - 1, run[-1]


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _by_column(raw: list[tuple[int, str]], kept: set[int]) -> list[Line]:
    """The header's lines with side-by-side lists read down each column (see ingest.layout), page by page. The lines
    `kept` stay as they are: a contents list's page numbers are no column of their own, nor is a running header's
    right-hand cell."""
    out: list[Line] = []
    start = 0
    for page in dict.fromkeys(p for p, _ in raw):
        texts = [t for p, t in raw if p == page]
        runs = [list(g) for _, g in groupby(range(len(texts)), key=lambda k: start + k in kept)]
        for run in runs:
            if start + run[0] in kept:
                out += [Line(page, texts[k].strip(), k + 1, _indent(texts[k])) for k in run]
            else:
                raised = labels_raised([texts[k] for k in run], header.label_cell, header.list_member)
                out += [Line(page, t.strip(), run[0] + k + 1, _indent(t))
                        for k, t in column_order(raised, header.label_cell)]
        start += len(texts)
    return out


def _signatures_by_column(lines: list[Line], raw: list[tuple[int, str]], headings: list["_Heading"],
                          skip: set[int]) -> list[Line]:
    """The signature block with its labels side by side over their names ("Vid protokollet    Justeras" /
    "Linda Ek    Per Wallin" / "    Eva Lind") read down each column, as the header's lists are; page
    furniture in it stays where it is."""
    start = _closing_start(lines, headings, skip) if headings else len(lines)
    out = lines[:start]
    for (page, furniture), run in groupby(range(start, len(lines)), key=lambda i: (lines[i].page, i in skip)):
        run = list(run)
        if furniture:
            out += [lines[i] for i in run]
            continue
        out += [Line(page, t.strip(), lines[run[k]].number, _indent(t))
                for k, t in column_order([raw[i][1] for i in run], header.label_cell)]
    return out


# ------------------------------------------------------------ page furniture


def _lines_by_page(lines: list[Line]) -> dict[int, list[int]]:
    """Each page's lines with text, as indexes, in order."""
    by_page: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.text:
            by_page.setdefault(line.page, []).append(i)
    return by_page


def _edges(lines: list[Line]) -> dict[int, list[int]]:
    """Lines near a page's top or bottom, with their place: 0, 1, ... from the top, -1, -2, ... from the bottom."""
    by_page = _lines_by_page(lines)
    edge: dict[int, list[int]] = {}
    for idx in by_page.values():
        for place, i in enumerate(idx[: H.FURNITURE_DEPTH]):
            edge.setdefault(i, []).append(place)
        for place, i in enumerate(reversed(idx[-H.FURNITURE_DEPTH :])):
            edge.setdefault(i, []).append(-1 - place)
    return edge


def _shape(text: str) -> str:
    """A running line without what changes from page to page: its numbers, with the brackets of a page counter
    that OCR reads as digits ("2(7)" as "207)")."""
    return re.sub(r"\d[\d()\s]*", "#", fold_key(text))


def _structural(text: str) -> bool:
    """A line that builds the minutes, never a running header, however often a page break puts it at a page's top:
    "Stämman beslutar" over its att-clauses opens three pages of a printed stämma."""
    label = CELL_BREAK.split(text.strip(), maxsplit=1)[0]  # a side heading beside its text: "Beslut      Nämnden …"
    return bool(
        _item_readings(text) or _decision_heading(text) or _other_subheading(text)
        or fold_key(text) in SECTION or H.DNR.match(text) or _LEAD.match(fold(text))
        or label != text.strip() and (_decision_heading(label) or _other_subheading(label))
    )


def _furniture(lines: list[Line]) -> tuple[set[int], set[int]]:
    """Running headers and footers: known phrases, plus lines repeated at the same place on
    at least half the pages (digits aside: "Sida 2", "Sida 3"); and, apart, bare numbers at a
    page edge, which are page numbers unless the heading sequence claims them."""
    edge = _edges(lines)
    out = {i for i, line in enumerate(lines)
           if line.text and _is_page_furniture(fold(unspeckled(_speck_cells_dropped(line.text))))}
    numbers = {i for i in edge if any(p.match(unspeckled(lines[i].text)) for p in H.PAGE_EDGE_FURNITURE)}
    pages = lines[-1].page if lines else 1
    shapes: dict[int, list[tuple[int, str]]] = {}  # place → (page, shape) of the lines there
    for i, places in edge.items():
        if not _structural(lines[i].text):
            for place in places:
                shapes.setdefault(place, []).append((lines[i].page, _shape(lines[i].text)))
    need = max(2, pages // 2)
    out |= {
        i
        for i, places in edge.items()
        if not _structural(lines[i].text) and any(_repeated(_shape(lines[i].text), shapes[place], need) for place in places)
        and not is_decision(lines[i].text)  # the same decision ending two pages ("Nämnden noterar informationen.")
    }
    out |= _running_cells(lines, edge, need)
    out |= _same_numbers_at_edge(lines, edge, need)
    out |= {i for i in edge if (m := H.PAGE_NUMBERED.search(lines[i].text)) and int(m.group("page")) == lines[i].page
            and not _structural(lines[i].text)}
    # a footer; a heading whose sign ran into its number ("83153   Dnr BN-…") only looks like a postcode before a word
    out |= {i for i, places in edge.items() if min(places) < 0 and H.ADDRESS_LINE.search(lines[i].text)
            and not _structural(lines[i].text)}
    out |= _deeper_running_lines(lines, out | numbers, need)
    out |= _anchored_running_lines(lines, out)
    # plain pdftotext may set a running line one place lower, below a heading it read first ("§ 41" / "PROTOKOLL")
    running = {(_shape(lines[i].text), place) for i in out & edge.keys() for place in edge[i]}
    out |= {i for i, places in edge.items() if not _structural(lines[i].text)
            and any((_shape(lines[i].text), place + step) in running for place in places for step in (-1, 1))}
    out |= _anchored_at_later_edges(lines, out)
    counted = {line.page for line in lines  # a counter ends in its parenthesis: no search where none closes the line
               if line.text.rstrip().endswith(")") and H.PAGE_COUNTER.search(line.text) or _PAGE_OF.match(fold(line.text))}
    if len(counted) >= need:  # the pages are counted "3(7)" or "Sida 3 av 7": a bare number is no page's
        numbers = {i for i in numbers if not lines[i].text.isdigit()}
    return out, numbers - out


def _same_numbers_at_edge(lines: list[Line], edge: dict[int, list[int]], need: int) -> set[int]:
    """A letterhead's address line that prints the same numbers at the same place on enough pages ("412 58 Göteborg
    Org.nr: 802527-9707"): furniture even where it reads as an item's heading (§ 412), as an item's heading never
    comes back so, a contents entry and the heading it lists ("§ 83 Dnr FG-2024-00581" atop two pages) aside."""
    digits = {i: re.sub(r"\D", "", lines[i].text) for i in edge}
    seen: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for i, places in edge.items():
        if len(digits[i]) >= SAME_NUMBERS_MIN_DIGITS:
            for place in places:
                seen.setdefault((place, digits[i]), []).append((lines[i].page, _shape(lines[i].text)))
    return {i for i, places in edge.items() if len(digits[i]) >= SAME_NUMBERS_MIN_DIGITS
            and H.ADDRESS_LINE.search(lines[i].text)
            and any(_repeated(_shape(lines[i].text), seen[(place, digits[i])], need) for place in places)}


def _running_cells(lines: list[Line], edge: dict[int, list[int]], need: int) -> set[int]:
    """A running header whose cells OCR reads on one line on some pages ("EKBY KOMMUN    SAMMANTRÄDESPROTOKOLL")
    and a line each on others ("SAMMANTRÄDESPROTOKOLL" / "EKBY KOMMUN"), in any order, or its cells set in other
    rows ("Kyrkorådet    Sammanträdesdatum" / "2024-05-14" on one page, "Kyrkorådet    2024-05-14" on the next):
    where every cell of a line at a page edge (top or bottom) stands at that edge of another page, that line, and
    those of the cells standing alone, are the header if each cell is at that edge on enough pages. Not a bare
    number: a page's or an item's."""
    out: set[int] = set()
    for top in (True, False):
        rows = {i: [shape for _, c in layout.cells(lines[i].text)
                    if (shape := _shape(c)) != "#" and any(map(str.isalnum, c))]  # "Kyrkorådet  |  2024-05-14"
                for i, places in edge.items() if any((place >= 0) == top for place in places)
                and not _structural(lines[i].text)}
        seen = [(lines[i].page, c) for i, shapes in rows.items() for c in shapes]
        at_edge: dict[int, list[tuple[int, str]]] = {}  # page → the cells at its edge, by line
        for i, shapes in rows.items():
            at_edge.setdefault(lines[i].page, []).extend((i, c) for c in shapes)
        for i, shapes in rows.items():
            if len(shapes) < 2 or not all(_repeated(c, seen, need) for c in shapes):
                continue
            for page, there in at_edge.items():
                found = [next((j for j, other in there if _repeated(c, [(0, other)], 1)), None) for c in shapes]
                if page != lines[i].page and None not in found:
                    out |= {i, *(j for j in found if len(rows[j]) == 1)}
    return out


def _speck_cells_dropped(text: str) -> str:
    """The line without cells of one letter beside its others: specks a scan left in a margin ("Sida 2 (3)    i")."""
    cells = layout.cells(text)
    kept = [c for _, c in cells if len(c.strip()) > 1]
    return "    ".join(kept) if kept and len(kept) < len(cells) else text


def _is_page_furniture(folded_text: str) -> bool:
    return any(p.match(folded_text) for p in _PAGE_FURNITURE)


def _deeper_running_lines(lines: list[Line], found: set[int], need: int) -> set[int]:
    """A running header deeper than the edge, as converters set it a cell a line ("NORRVIKS KOMMUN" /
    "SAMMANTRÄDESPROTOKOLL" / "Sammanträdesdatum" / "2025-02-18" / the body): the next line in from the edge,
    where all between it and the edge is furniture, when it repeats at that place on enough pages."""
    by_page = _lines_by_page(lines)
    out: set[int] = set()
    for sides in ([idx for idx in by_page.values()], [idx[::-1] for idx in by_page.values()]):
        for place in range(H.FURNITURE_DEPTH, 2 * H.FURNITURE_DEPTH):
            open_ = [idx for idx in sides if place < len(idx) and all(i in found | out for i in idx[:place])]
            shapes = [(lines[idx[place]].page, _shape(lines[idx[place]].text)) for idx in open_]
            new = {idx[place] for idx in open_ if not _structural(lines[idx[place]].text)
                   and _repeated(_shape(lines[idx[place]].text), shapes, need)}
            if not new:
                break
            out |= new
    return out


def _anchored_running_lines(lines: list[Line], anchors: set[int]) -> set[int]:
    """A converter's Markdown of a PDF has no page breaks: every page's running header and footer stand in the
    text where the pages met, around the lines known as furniture ("Justerandes sign", "Sammanträdesdatum").
    Where a page holds several of those, the lines next to them that recur at the same distance beside enough
    of them are the rest of the header and footer ("STORSJÖVIKS KOMMUN" / the body / "PROTOKOLL" / the date).
    A print of that text sets them mid-page, a few to a page, with text above and below them on the page: there
    such anchors of all pages count together, across the print's own page breaks, and mark lines mid-page only (a
    page's top and bottom are the edge's to judge, the first page's letterhead among them)."""
    by_page = _lines_by_page(lines)
    out: set[int] = set()
    for idx in by_page.values():
        out |= _anchored_among(lines, idx, anchors, anchors | out)
    if len(by_page) > 1:
        mid_page = _mid_page(by_page, anchors | out)
        document = [i for idx in by_page.values() for i in idx]
        out |= _anchored_among(lines, document, anchors & mid_page, anchors | out) & mid_page
    return out


def _mid_page(by_page: dict[int, list[int]], known: set[int]) -> set[int]:
    """The lines with text, none of it `known` furniture, above and below them on their page."""
    out: set[int] = set()
    for idx in by_page.values():
        text_at = [k for k, i in enumerate(idx) if i not in known]
        if text_at:
            out.update(idx[text_at[0] + 1 : text_at[-1]])
    return out


def _anchored_at_later_edges(lines: list[Line], anchors: set[int]) -> set[int]:
    """The same copies of a converter's running header where a print's page break fell among them: at the top or
    foot of a later page, counted with the mid-page ones (the first page's letterhead stays the edge's to judge).
    Only the shapes of anchors that stand mid-page count: a PDF's own running header never does."""
    by_page = _lines_by_page(lines)
    if len(by_page) < 2:
        return set()
    shapes = {_shape(lines[i].text) for i in anchors & _mid_page(by_page, anchors)}
    marks = {i for i in anchors if _shape(lines[i].text) in shapes}
    if not marks:
        return set()
    later = {i for idx in list(by_page.values())[1:] for i in idx}
    document = [i for idx in by_page.values() for i in idx]
    return _anchored_among(lines, document, marks, anchors) & later


def _anchored_among(lines: list[Line], idx: list[int], anchors: set[int], known: set[int]) -> set[int]:
    """The lines beside the anchors of one shape among `idx`, where three or more of that shape stand."""
    kinds: dict[str, list[int]] = {}  # an anchor's shape → its places among the lines
    for k, i in enumerate(idx):
        if i in anchors:
            kinds.setdefault(_shape(lines[i].text), []).append(k)
    out: set[int] = set()
    for marks in kinds.values():
        if len(marks) >= 3:
            out |= _beside_marks(lines, idx, marks, known | out)
    return out


def _beside_marks(lines: list[Line], idx: list[int], marks: list[int], known: set[int]) -> set[int]:
    """The lines at the same distance from enough of the marks, each way, up to the first that is not."""
    need = max(2, len(marks) // 2)
    out: set[int] = set()
    for step in (1, -1):
        for distance in range(1, 2 * H.FURNITURE_DEPTH + 1):
            open_ = [k for k in marks if 0 <= k + step * distance < len(idx)
                     and all(idx[k + step * d] in known | out for d in range(1, distance))]
            shapes = [(k, _shape(lines[idx[k + step * distance]].text)) for k in open_]
            new = {idx[k + step * distance] for k, shape in shapes
                   if _repeated(shape, shapes, need) and not _no_running_line(lines[idx[k + step * distance]].text)}
            if not new:
                break
            out |= new
    return out


def _no_running_line(text: str) -> bool:
    """What recurs beside a running header and is none: an item's heading whose numbers alone differ, wherever
    each page of the original opens a new item ("J 45   Dnr SE-2024-00133", "NS   Där GA-2024-00003"), and a
    set phrase of the minutes' prose ("Ordförande … frågar om nämnden … och finner att nämnden" / "bifaller det.")."""
    cites = H.DNR.search(text) or H.DNR_MISREAD.search(text) or H.BARE_DNR.search(text)
    prose = text.rstrip().endswith((".", ",")) or sum(w[:1].islower() for w in text.split()) >= H.RUNNING_LINE_LOWER_WORDS
    return _structural(text) or bool(cites) or prose


def _repeated(shape: str, others: list[tuple[int, str]], need: int) -> bool:
    """The line is at its place on at least `need` pages, as OCR reads it there: within a few letters."""
    pages = {page for page, other in others
             if other == shape or Levenshtein.normalized_similarity(shape, other) >= H.RUNNING_LINE_SIMILARITY}
    return len(pages) >= need


def _table_of_contents(lines: list[Line], furniture: set[int]) -> tuple[set[int], list[int | None]]:
    """Contents lists name the items without being them; their numbers check the count. A list
    runs from its heading over numbered entries, dot-leader lines and wrapped entries (a line
    going on in lower case, or ending in the page number), and stops where a number comes back."""
    out: set[int] = set()
    numbers: list[int | None] = []
    listed: set[int] = set()
    for i, line in enumerate(lines):
        if line.text and _ends_in_number(line.text) and H.TOC_LEADER.search(line.text):
            out.add(i)
        # a wrapped sentence's or title's last words on a line of their own ("Nämnden godkänner" / "dagordningen.",
        # "… Personalpolitik på" / "dagordningen"): no heading
        if not _contents_heading(fold_key(line.text)) or line.text.strip()[:1].islower() and (
                _sentence_end(line.text) or i and lines[i - 1].text):
            continue
        entries: list[int] = []
        captions: list[int] = []
        seen: set[int] = set()
        counted: list[int | None] = []  # each entry's number, None where OCR lost it
        open_lines = 0  # lines the current entry has run on over; None once its page number closed it
        for j in range(i + 1, len(lines)):
            t = lines[j].text
            if not _LETTER_OR_DIGIT.search(t) or j in furniture:  # a speck's line ("-") is no part of an entry
                continue
            if not entries and _caption_row(t):  # "Paragraf   Ärende   Dnr   Sida" over the entries
                captions.append(j)
                continue
            previous = next((n for n in reversed(counted) if n is not None), None)
            number = _continuing(_item_readings(t), previous)
            # a heading at a page's foot has its entries on the next page; a list ends with its page unless the
            # next page opens with an entry that shows itself as one (a page number, a leader, the next number)
            turned = lines[j].page != (lines[entries[-1]].page if entries else line.page)
            if turned and (lines[j].page > line.page + 1 and not entries or entries and not (
                    _TITLE_THEN_PAGE.search(t) or _leader(t) or number == (previous or 0) + 1
                    or _numbered_next(lines, j, furniture, number if previous is None else previous))):
                break
            if number in seen and number != (previous or 0) + 1:  # a misread first entry ("8 I" for § 1) aside
                break
            # OCR may put a blank line between an entry's lines, and one more on each side of a speck's line
            specks = sum(1 for k in range(entries[-1] + 1, j) if lines[k].text
                         and not _LETTER_OR_DIGIT.search(lines[k].text)) if entries else 0
            near = bool(entries) and (j - entries[-1] - 2 * specks <= 2 or turned)
            # "Mötets öppnande      3", once the entry before it has its page number
            titled = _titled_entry(lines, j, furniture) and (near and open_lines is None or not entries)
            dnr = H.DNR.search(t) or H.DNR_MISREAD.search(t)
            if number is not None or titled or dnr and (near or not entries):  # "J 181 Dnr KS-2024-00011"
                seen.update([number] if number is not None else [])
                counted.append(number)
                open_lines = 0
            elif near and (open_lines is not None and open_lines < H.TOC_ENTRY_LINES or t[:1].islower()):
                open_lines = (open_lines or 0) + 1
            elif not _leader(t) and not (near and (_entry_follows(lines, j, furniture, previous) or previous is None
                                                   and _titled_entry_follows(lines, j, furniture))) and not (
                    entries and _numbered_next(lines, j, furniture, previous)):  # a letterhead inside the list
                break
            if _leader(t) or _PAGE_AT_END.search(t) or _smear(t):
                open_lines = None  # the leader and page number end the entry
            entries.append(j)
        # a heading "Dagordning" with prose under it is an item's subheading, and a list whose numbers come back
        # nowhere after it is the minutes' own points ("Dagordning" / "1: Per Ek valdes till ordförande." …)
        if entries and _named_again(lines, entries):
            out.update([i, *captions, *entries])
            listed.update(entries)
            numbers += counted
    for i in sorted(out - listed):  # a leader line outside a list under a heading: "§ 12 Budget ....... 4"
        numbers += [r[1] for r in _item_readings(lines[i].text)[:1]]
    return out, numbers


def _named_again(lines: list[Line], entries: list[int]) -> bool:
    """Some item a contents list's entries number, by any reading, has its heading after the list (or the entries
    number none: their titles and page numbers name the items)."""
    numbers = {r[1] for j in entries for r in _item_readings(lines[j].text)}
    return not numbers or any(r[1] in numbers for line in lines[entries[-1] + 1 :] if line.text
                              for r in _item_readings(line.text))


_TOC_HEADS = frozenset(fold_key(x) for x in H.TOC_HEADINGS)
_TOC_WORDS: dict[str, list[str]] = {}  # the one-word headings by their first three letters, which OCR kept
for _head in _TOC_HEADS:
    if " " not in _head and len(_head) >= H.TOC_HEADING_MIN_CHARS:
        _TOC_WORDS.setdefault(_head[:3], []).append(_head)


def _contents_heading(key: str) -> bool:
    """Whether a folded line is a contents list's heading, or a one-word heading OCR misread in a few letters
    ("Innehav!" for Innehåll): a list under it still has to show entries to be one. Every line is asked, so the
    cheap tests come first."""
    return key in _TOC_HEADS or key[:3] in _TOC_WORDS and len(key) >= H.TOC_HEADING_MIN_CHARS and " " not in key and any(
        Levenshtein.distance(key, h, score_cutoff=H.TOC_HEADING_MISREAD) <= H.TOC_HEADING_MISREAD for h in _TOC_WORDS[key[:3]])


def _caption_row(text: str) -> bool:
    """A row of column captions over a contents table: a few single capitalised words, no number, and whatever OCR
    made of the rules between the columns ("Paragraf — Ärende   Dnr   Sida")."""
    words = [w for w in text.split() if w.strip(_RULE_SPECKS)]
    return 2 <= len(words) <= H.MAX_CAPTION_WORDS and all(_CAPTION.fullmatch(w) for w in words)


def _entry_follows(lines: list[Line], j: int, furniture: set[int], previous: int | None) -> bool:
    """The next line of the page is an entry numbered after the list's last: line `j` is an entry's leader and
    page number that OCR garbled beyond reading ("IGT IFÖ  TN s"), not the end of the list."""
    for k in range(j + 1, min(j + 4, len(lines))):
        if lines[k].page != lines[j].page:
            return False
        if lines[k].text and k not in furniture:
            number = _continuing(_item_readings(lines[k].text), previous)
            return number is not None and number > (previous or 0)
    return False


def _titled_entry_follows(lines: list[Line], j: int, furniture: set[int]) -> bool:
    """A title and its page number follow line `j` within an entry's lines, on its page or the next: in a list of
    titles without item numbers, `j` opens an entry whose page number OCR garbled ("… inkl. det" / "sakkunniga
    biträdets yttrande   å" / "Presentation av … 2024   3")."""
    below = [k for k in range(j + 1, len(lines)) if lines[k].page <= lines[j].page + 1
             and _LETTER_OR_DIGIT.search(lines[k].text) and k not in furniture][:H.TOC_ENTRY_LINES]
    return any(_TITLE_THEN_PAGE.search(lines[k].text) for k in below)


def _numbered_next(lines: list[Line], j: int, furniture: set[int], previous: int | None) -> bool:
    """An entry numbered after `previous` follows line `j` on its page within an entry's lines: a list that turns
    the page goes on there, whether the page opens with the wrapped end of an entry ("Anmälan av jäv ... 4" over
    "§ 90 Dnr MH-2025-03432"), with an entry after one whose number OCR lost ("§ 207 Dnr …", "§ 208 Dnr …") or with
    a letterhead no repetition marked as one. An item's heading on the page after a list has its body, not the next
    number, under it."""
    if previous is None:
        return False
    seen = 0
    for k in range(j + 1, len(lines)):
        if lines[k].page != lines[j].page or seen > 2 * H.TOC_ENTRY_LINES:
            return False
        if lines[k].text and k not in furniture:
            if _continuing(_item_readings(lines[k].text), previous) == previous + 1:
                return True
            seen += 1
    return False


def _titled_entry(lines: list[Line], j: int, furniture: set[int]) -> bool:
    """An entry of a list without item numbers: a title and, a column gap away, its page number, perhaps on the
    title's second line ("Avrapportering av granskning av kommunens delårsrapport inkl. det" / "sakkunniga
    biträdets yttrande      3", "Valnämndens presidium informerar om genomförandet av" / "Europaparlamentsval   4")."""
    if _TITLE_THEN_PAGE.search(lines[j].text):
        return True
    below = next((k for k in range(j + 1, len(lines)) if _LETTER_OR_DIGIT.search(lines[k].text)
                  and k not in furniture), None)
    return below is not None and bool(_TITLE_THEN_PAGE.search(lines[below].text))


def _continuing(readings: list[tuple[str, int, str, str]], previous: int | None) -> int | None:
    """The reading of an entry's number that goes on from the entry before: "8326" after § 325 is § 326, not
    § 26, and "85" after § 4 is § 5 (the "8" is the sign)."""
    if not readings:
        return None
    numbers = [r[1] for r in readings]
    if previous is None:
        return numbers[0]
    if previous + 1 in numbers:
        return previous + 1
    above = [n for kind, n, *_ in readings if n > previous and kind != "ocr_para_after"]
    return min(above) if above else numbers[0]


def _entry_ends(lines: list[Line], i: int) -> bool:
    """A dot leader and page number end the title that line `i` opens or heads, within its next two lines of text
    (set aside as a contents entry or not)."""
    j, found = i, [lines[i].text]
    while len(found) < 3 and (j := _next_index(lines, j, set())) is not None:
        found.append(lines[j].text)
    return any(_leader(t) for t in found)


def _smear(text: str) -> bool:
    """A dot leader OCR read as a long run of a few small letters ("ossmsesssserssesrsrsrs"), with or without
    the page number after it."""
    return any(len(w) >= H.TOC_SMEAR_CHARS and len(set(w)) <= H.TOC_LEADER_MAX_DISTINCT and set(w) <= _LEADER_LETTERS
               for w in text.split())


def _ends_in_number(text: str) -> bool:
    """What every leader ends in, a page number bare or in a bracket OCR may misread: a gate before their searches."""
    tail = text.rstrip()[-1:]
    return tail.isdigit() or tail in ("]", ")", "|")


def _leader(text: str) -> bool:
    """A contents entry's dot leader and page number, as printed or as OCR misreads the dots; the misread
    form is trusted only inside a contents list, where an entry is expected."""
    if not _ends_in_number(text):
        return False
    if H.TOC_LEADER.search(text):
        return True
    m = H.OCR_TOC_LEADER.search(text)
    if not m:
        return False
    run = m.group("run").replace(" ", "")
    smear = any(len(t) >= 6 and len(set(t)) <= 5 for t in m.group("run").split())
    return smear and len(run) >= H.TOC_LEADER_MIN_CHARS and len(set(run)) <= H.TOC_LEADER_MAX_DISTINCT


def _paragraph_range(lines: list[Line]) -> tuple[int, int] | None:
    """The cover's "Paragrafer §§ 46-49", to the last of several ranges ("§§ 321-332, 334-338")."""
    for line in lines:
        m = H.PARAGRAPH_RANGE.search(line.text)
        if m and int(m.group(1)) <= int(m.group(2)):
            more = _MORE_PARAGRAPHS.match(line.text, m.end())
            last = max(int(n) for n in re.findall(r"\d+", more.group())) if more and more.group() else 0
            return int(m.group(1)), max(int(m.group(2)), last)
    return None


# ------------------------------------------------------------ item headings


def _roman(s: str) -> int:
    values = [_ROMAN[c] for c in s]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


# "Formalia = .": a speck in the gap may read "="
_SPECKS_AT_END = re.compile(rf"(?:\s+[{re.escape(H.OCR_SPECKS.strip())}=]+)+$")


@lru_cache(maxsize=1 << 16)  # a line is read in several passes
def _item_readings(text: str) -> tuple[tuple[str, int, str, str], ...]:
    """Every way the line could be an item heading: (kind, number, printed number, rest)."""
    out = []
    text = _SPECKS_AT_END.sub("", text)  # "7 Ekonomisk rapport . |": dust and a rule after the title are none of it
    if (lettered := H.LETTERED.match(text)) and (plain := _item_readings(lettered["number"] + lettered["after"])):
        return tuple((kind, n, f"{number}{lettered['letter']}", rest) for kind, n, number, rest in plain)
    for kind, pattern in H.ITEM_PATTERNS:
        m = pattern.match(text)
        if not m and kind in _SIGNED_KINDS:  # a speck or a converter's bullet before the sign: "-§ 2", "‘I."
            m = pattern.match(text.lstrip(H.OCR_SPECKS))
        elif not m and kind in ("number", "ocr_para", "bare"):  # "_ 8) Motioner", '"$26 Rapporter', "| 5 | Skidskolan"
            m = pattern.match(text.lstrip(H.LEAD_SPECKS + " ."))  # ". 84. Val av", ". 1. Mötets öppnande"
            if not m and kind in ("number", "bare") and (bullet := H.BULLET.match(text.lstrip())):
                m = pattern.match(bullet["body"])  # a web page's list of points: "• 1: Per Ek valdes till ordförande."
        if not m:
            continue
        raw, rest = m.group("num"), (m.group("rest") or "").strip()
        rest = rest if rest.strip(H.OCR_SPECKS + "=") else ""  # "ÄRENDE 44   =": a speck in the gap is no title
        if kind == "roman":
            numeral = raw.translate(ROMAN_AS_LETTERS)
            out.append((kind, _roman(numeral), numeral, rest))
        elif kind in _PARAGRAPH_KINDS:
            raw = raw.translate(ONE_AS_DIGIT)
            # no "§" is numbered "05": a digit of it is misread ("£05" for § 95, "KS 501" for KS § 21), and only a
            # gap in the run may take it (`_misnumbered`), never a run's start
            misread = raw[0] == "0" and len(raw) > 1
            out.append((_MISREAD_PARAGRAPH if misread else kind, int(raw), f"§ {int(raw)}", rest))
            second = m.groupdict().get("second")
            if second and second.isdigit() and not m.group("gap"):  # "832": the "3" is the sign's or the number's
                whole = int(second + raw)
                out.append((kind, whole, f"§ {whole}", rest))
            if kind == "para" and len(raw) == 3 and raw[0] == SECTION_SECOND_BEFORE_TENS:  # "§ 536": the sign read twice
                out.append(("ocr_para", int(raw[1:]), f"§ {int(raw[1:])}", rest))
        else:
            raw = raw.translate(ONE_AS_DIGIT)
            out.append((kind, int(raw), str(int(raw)), rest))
    if not out and (m := H.GLUED_PARAGRAPH.match(text)):
        digits = m.group("num")
        out += [("ocr_para", int(d), f"§ {int(d)}", m.group("rest")) for d in dict.fromkeys((digits, digits[:-1])) if d]
    if not out and (m := H.DISPLACED_NUMBER.match(text)):
        out += _displaced_readings(m.group("rest"))
    if not out and (m := H.CLOSED_ROW.match(text)) and (cells := _closed_row(m.group("rest"))):
        out.append(("bare", int(m.group("num")), str(int(m.group("num"))), cells))
    return tuple(out)


def _displaced_readings(rest: str) -> list[tuple[str, int, str, str]]:
    """Each number-word after the title's first word as the paragraph's number, the title the words around it."""
    words = rest.split()
    return [("ocr_para", int(w), f"§ {int(w)}", " ".join(words[:k] + words[k + 1 :]))
            for k, w in enumerate(words) if k and re.fullmatch(r"\d{1,4}", w)]


def _closed_row(rest: str) -> str | None:
    """A row's title and decision cells OCR read without the gap between them, the gap put back: the decision is
    the last run of words from a capitalised one that is a decision sentence, with the capitalised words before it
    that it still is one with (a name: "Val av justerare Therese Lund valdes att …"), and a title stands before it."""
    words = rest.split()
    for k in range(len(words) - 1, 0, -1):
        if words[k][:1].isupper() and is_decision(" ".join(words[k:])):
            while k > 1 and words[k - 1][:1].isupper() and is_decision(" ".join(words[k - 1:])):
                k -= 1
            return " ".join(words[:k]) + "    " + " ".join(words[k:])
    return None


def _next_index(lines: list[Line], i: int, skip: set[int], over_skipped: bool = False) -> int | None:
    """The next line with text within five lines, skipped lines and a scan's specks alone on a line ("J") aside; with
    `over_skipped` the skipped lines and OCR's blank line beside each are not counted: a heading at a page's foot has
    its text under the page's running foot and the next page's running head."""
    end, j = i + 6, i + 1
    while j < min(end, len(lines)):
        if j in skip:
            end += 2 if over_skipped else 0
        elif lines[j].text and not _LONE_SPECK.match(lines[j].text):
            return j
        j += 1
    return None


def _previous_index(lines: list[Line], i: int, skip: set[int]) -> int | None:
    return next((j for j in range(i - 1, max(i - 6, -1), -1) if lines[j].text and j not in skip), None)


def _next_text(lines: list[Line], i: int, skip: set[int], over_skipped: bool = False) -> str:
    j = _next_index(lines, i, skip, over_skipped)
    return "" if j is None else lines[j].text


def _likeness(lines: list[Line], i: int, rest: str, skip: set[int]) -> float:
    """How much a candidate looks like a heading rather than a numbered line of prose."""
    score = 0.0
    if i == 0 or not lines[i - 1].text or lines[i - 1].page != lines[i].page or i - 1 in skip:
        score += 0.3
    if not rest or H.DNR.search(rest) or rest[0].isupper():
        score += 0.3
    if rest and len(rest.split()) <= 14 and not rest.endswith((",", ";")) and not _TITLE_THEN_PAGE.search(rest):
        score += 0.2  # a title a column gap before its page number is an entry of a contents list OCR left unknown
    following = _next_text(lines, i, skip)
    if presenter(following) is not None or H.DNR.match(following):
        score += 0.2
    return score


def _wrapped_on(lines: list[Line], i: int, rest: str) -> bool:
    """A line a sentence wrapped onto, not a heading whose sign was misread: the line above ends in a word, and this
    one goes on in small letters ("… ett belopp af 198 kronor" / "88 öre.")."""
    return i > 0 and rest[:1].islower() and lines[i - 1].page == lines[i].page \
        and lines[i - 1].text.rstrip()[-1:].isalpha()


def _under_paragraph(lines: list[Line], i: int) -> bool:
    """The line right under a "§ 113" heading is its title, even a label "Ärende 10", not a heading of its own."""
    return i > 0 and any(kind in _PARAGRAPH_KINDS for kind, *_ in _item_readings(lines[i - 1].text))


_REGISTER_LEAD = re.compile(r"([A-ZÅÄÖ]{2})[A-ZÅÄÖ]{0,4}\s?\S*\s?\d")  # "KS 825", "KSS 21", "KS $ 20"
REGISTER_HEADINGS = 3
ROLL_LINE_STEP = 2  # a roll's numbered names stand on consecutive lines, or with a blank line between
PARAGRAPH_RUN = 4  # misread paragraph signs that prove a document numbers paragraphs: this many numbers in a row


def _choose_headings(lines: list[Line], skip: set[int], span: tuple[int, int] | None,
                     page_numbers: set[int], toc: set[int]) -> list[_Heading]:
    """The best-scoring numbered sequence: consecutive numbers, heading-like lines, within the cover's range.
    Numbers on lines of their own may skip one only where a title the contents list names fills the gap."""
    candidates = [
        _Heading(i, kind, n, number, rest, _likeness(lines, i, rest, skip) - (LETTER_COST if _letter(number) else 0))
        for i, line in enumerate(lines)
        if line.text and i not in skip
        for kind, n, number, rest in _item_readings(line.text)
        if _letter(number) in ("", "a")  # "2b" follows "2a" or "2" (_with_subitems): no number of the run of its own
    ] + [
        _Heading(i, "lone", int(m.group("num")), m.group("num"), "", _likeness(lines, i, "", skip))
        for i, line in enumerate(lines)
        if i not in skip and i not in page_numbers and (m := H.LONE_NUMBER.match(unspeckled(line.text)))
        and _next_text(lines, i, skip)[:1].isupper() and not _under_paragraph(lines, i)
    ] + [
        _Heading(i, "listed", n, f"§ {n}", rest, _likeness(lines, i, rest, skip))
        for i, n, rest in _listed_marks(lines, skip, toc)
    ]
    candidates = _without_subnumbers([
        c for c in candidates if not (_ATT_CLAUSE.match(c.rest) and c.kind not in _PARAGRAPH_KINDS)
        and not (c.kind == "ocr_para" and _wrapped_on(lines, c.index, c.rest))], lines)
    candidates = _without_rolls(sorted(candidates, key=lambda c: c.index))  # reading order, as _best_chain needs
    # a register's letters opening several misread paragraph signs ("KS S22", "KSS 21", "KS 825") print "KS § n" too
    registers = Counter(m.group(1) for c in candidates if c.kind == "ocr_para" and (m := _REGISTER_LEAD.match(lines[c.index].text)))
    paragraph_evidence = span is not None or any(
        c.kind == "para" or (c.kind == "ocr_para" and _case_numbers([c.rest])) for c in candidates
    ) or any(n >= REGISTER_HEADINGS for n in registers.values())
    # paragraphs may skip numbers (an extract); without a "§", a range or a Dnr to prove the
    # document numbers paragraphs, OCR'd "8 4." counts only in an unbroken run
    styles = ((set(_PARAGRAPH_KINDS), 40 if paragraph_evidence else 1), ({"number"}, 3), ({"roman"}, 3), ({"bare"}, 1),
              ({"lone"}, 1))
    # mötesanteckningar may number each section from 1 again
    section_words = [i for i, line in enumerate(lines) if i not in skip and fold_key(line.text) in SECTION]
    best: list[_Heading] = []
    paragraphs: list[_Heading] = []
    best_score = 0.0
    lone = [c for c in candidates if c.kind == "lone"]
    for kinds, max_gap in styles:
        restarts = section_words if "para" not in kinds else []
        pool = [c for c in candidates if c.kind in kinds]
        if kinds & {"number", "bare"}:
            pool = sorted(pool + _lone_between(pool, lone), key=lambda c: c.index)
        elif kinds == {"lone"}:
            pool = sorted(pool + _numbered_beside(pool, [c for c in candidates if c.kind in ("number", "bare")]),
                          key=lambda c: c.index)
        chain, score = _best_chain(pool, span, max_gap, restarts)
        if "para" in kinds and not paragraph_evidence and len(chain) >= PARAGRAPH_RUN:
            # an unbroken run of paragraph signs however misread ("85 8", "86 5", … "89 §") proves the document
            # numbers paragraphs: the rest are read as where the sign was legible ("B4 8", "920 5" beside them)
            paragraph_evidence = True
            chain, score = _best_chain(pool, span, 40, restarts)
        if kinds == {"lone"}:
            chain = _with_parallel_titles(lines, _with_listed_titles(lines, chain, toc, skip), skip)
            wide, wide_score = _best_chain(pool, span, max_gap + 1, restarts)
            wide = _with_parallel_titles(lines, _with_listed_titles(lines, wide, toc, skip), skip)
            if len(wide) > len(chain) and all(b.n == a.n + 1 for a, b in zip(wide, wide[1:])):
                chain, score = wide, wide_score
        if kinds == {"bare"}:  # a table's rows whose number OCR could not read in a row or two ("å" for 3)
            wide, wide_score = _best_chain(pool, span, max_gap + 1, restarts)
            if len(wide) >= len(chain) + 1:
                chain, score = wide, wide_score
        if kinds == {"bare"} and len(chain) < 2 or kinds == {"lone"} and len(chain) < LONE_RUN:
            continue
        if "para" in kinds and paragraph_evidence:
            paragraphs = chain
        if score > best_score:
            best, best_score = chain, score
    if best and best[0].kind in ("number", "bare"):  # a scan reads one row's stop or colon where the rest have none
        other = "bare" if best[0].kind == "number" else "number"
        best = _with_stops_lost(best, [c for c in candidates if c.kind == other])
    chosen = paragraphs if _nested(best, paragraphs) else best
    return _last_of_repeated_numbers(chosen, candidates)


def _last_of_repeated_numbers(chain: list[_Heading], candidates: list[_Heading]) -> list[_Heading]:
    """A number read on two headings after a gap in the run ("§ 2", "§5 Asta …", "SÅ Intörnuution …", "§5 Initiativ
    …", "§ 6"): the first is a misread of a number in the gap, which the gap's filling reads as such
    (`_with_illegible_numbers`); the heading the run goes on from is the last."""
    out = list(chain)
    for k in range(1, len(out)):
        h, before = out[k], out[k - 1]
        end = out[k + 1].index if k + 1 < len(out) else math.inf
        if h.n - before.n < 2 or not any(_one_digit_off(h.n, m) for m in range(before.n + 1, h.n)):
            continue
        again = [c for c in candidates if c.n == h.n and h.index < c.index < end
                 and (c.kind == h.kind or {c.kind, h.kind} <= set(_PARAGRAPH_KINDS))]
        if again:
            out[k] = again[-1]
    return out


def _without_subnumbers(candidates: list[_Heading], lines: list[Line]) -> list[_Heading]:
    """"3.2 Val av justerare" under "3 Formalia" numbers a part of item 3, no paragraph whose sign OCR read as a
    3: a heading numbered as the part's first number stands above it."""
    parents = [(c.index, c.n) for c in candidates if c.kind in ("bare", "number")]
    return [c for c in candidates if c.kind not in _PARAGRAPH_KINDS or not (m := _SUBNUMBER.match(lines[c.index].text))
            or not any(i < c.index and n == int(m.group("parent")) for i, n in parents)]


def _without_rolls(candidates: list[_Heading]) -> list[_Heading]:
    """Numbered lines that list the people present ("1. Anna Ek, ordförande" / "2. Bo Al (S)") are no items: a run of
    numbers counting up line by line whose every line names a person alone, most opening with a listed name."""
    runs: list[list[_Heading]] = []
    for c in (c for c in candidates if c.kind == "number"):
        if runs and c.n == runs[-1][-1].n + 1 and c.index - runs[-1][-1].index <= ROLL_LINE_STEP:
            runs[-1].append(c)
        else:
            runs.append([c])
    rolls = {id(c) for run in runs if _a_roll(run) for c in run}
    return [c for c in candidates if id(c) not in rolls]


def _a_roll(run: list[_Heading]) -> bool:
    names = [person_alone(h.rest) for h in run]
    return len(run) >= 2 and all(names) and 2 * sum(map(opens_with_a_listed_name, names)) > len(names)


def _with_stops_lost(chain: list[_Heading], bare: list[_Heading]) -> list[_Heading]:
    """A numbered heading whose full stop OCR lost ("15 Mötets avslutande" after "14. Nästa möte") is the run's next
    number where it stands between the headings numbered either side of it, after the last, or before the first
    ("1 Mötets öppnande", "2 Närvaro" before "3. Fastställande av beslutsförhet"; read last to first); so is one
    whose stop or colon a scan read in a run printed without ("1: Formalia" before "2 — Ekonomi")."""
    out = list(chain)
    for c in [*bare, *reversed(bare)]:
        if any(h.index == c.index for h in out):
            continue  # "2.  Val av justerare": the heading itself, its title a column gap from its number
        before, after = _around(out, c.index)
        if before and before.n == c.n - 1 and (after is None or after.n == c.n + 1):
            out.insert(out.index(before) + 1, _Heading(c.index, "number", c.n, c.number, c.rest, c.like))
        elif before is None and after is not None and after.n == c.n + 1:
            out.insert(0, _Heading(c.index, "number", c.n, c.number, c.rest, c.like))
    return out


def _lone_between(numbered: list[_Heading], lone: list[_Heading]) -> list[_Heading]:
    """A row whose title wrapped in its cell sets its number on a line of its own, the title under it ("12 Fråga om
    ansvarsfrihet", "13" / "Beslut om arvoden åt styrelseledamöter och revisorer för …", "14 Val av …"): a number
    alone is a heading of the run where the numbered lines nearest before and after it are numbered either side."""
    out = []
    for c in lone:
        before, after = _around(numbered, c.index)
        if before and after and before.n == c.n - 1 and after.n == c.n + 1:
            out.append(c)
    return out


def _numbered_beside(lone: list[_Heading], numbered: list[_Heading]) -> list[_Heading]:
    """The other way round: a heading whose title fits on its number's line ("10 ÖVRIGA FRÅGOR") in a run of numbers
    alone over their titles ("9" / "BYGGNADSKOMMITTÉN REDOGÖR") is the run's next heading, where the number alone
    nearest before it is one less or the one nearest after it one more."""
    out = []
    for c in numbered:
        before, after = _around(lone, c.index)
        if before and before.n == c.n - 1 or after and after.n == c.n + 1:
            out.append(c)
    return out


def _around(headings: list[_Heading], index: int) -> tuple[_Heading | None, _Heading | None]:
    """The headings nearest before and after a line, in reading order."""
    return (next((h for h in reversed(headings) if h.index < index), None),
            next((h for h in headings if h.index > index), None))


def _nested(chain: list[_Heading], paragraphs: list[_Heading]) -> bool:
    """A numbered list ("1. Investeringsbudgeten fastställs …", "2. …") that lies wholly inside one of two or more
    paragraphs the document proves it numbers (a "§", a Dnr) is that paragraph's text, whatever it scores: the blank
    lines OCR puts between list rows make each row look like a heading."""
    if len(paragraphs) < 2 or not chain or chain[0].kind in _PARAGRAPH_KINDS:
        return False
    starts = [h.index for h in paragraphs]
    inside = {sum(1 for at in starts if at < h.index) for h in chain}
    return len(inside) == 1 and 0 not in inside


def _with_illegible_numbers(lines: list[Line], chain: list[_Heading], skip: set[int],
                            span: tuple[int, int] | None) -> list[_Heading]:
    """A gap in the numbers filled by as many heading-like lines that begin with what is left of a number: the
    missing items, numbered from the sequence (kind "inferred", flagged for review). Tesseract drops a bold digit
    at a line start (". Val av ordförande" in a list "1.", "2."), and on a poor scan reads "§ 4" as a mark no
    glyph table knows ("NE      Dnr VN-2025-00027" in a run of "§ n  Dnr ..." headings)."""
    if not chain or chain[0].kind not in ("number", "bare", *_PARAGRAPH_KINDS):
        return chain
    numbered = chain[0].kind in ("number", "bare")
    lost, least = (_NUMBER_LOST, 0.8) if numbered else (_SIGN_LOST, 0.5)
    if numbered and sum(bool(_SENTENCE_INSIDE.search(h.rest) or _sentence_end(h.rest)) for h in chain) * 2 >= len(chain):
        # a list of points each a sentence or more ("6. Beslöts att …", "8. Revisorernas berättelse och yrkanden.
        # Revisionsberättelse lästes upp, …"): a lost one is one too, and looks no more like a heading than they do
        lost, least = _POINT_LOST, min(least, *(h.like for h in chain))
    first = 0 if numbered else span[0] - 1 if span else chain[0].n - 1
    last = span[1] if span and not numbered else chain[-1].n
    bounds = [(-1, first)] + [(h.index, h.n) for h in chain]
    ends = [(h.index, h.n) for h in chain] + [(len(lines), last + 1)]
    headed = _case_numbers(h.rest for h in chain)
    registered = _registered(lines, chain)
    out: list[_Heading] = []
    for (start, a), (end, b), h in zip(bounds, ends, [*chain, None]):
        missing = b - a - 1
        if missing > 0:
            found = sorted({(i, m.group("rest")) for i in range(start + 1, end) if i not in skip
                            for m in [lost.match(lines[i].text) or registered and registered.match(lines[i].text)
                                      or numbered and _NUMBER_CELL_LOST.match(lines[i].text)]
                            if m and not _case_numbers([m.group("rest")]) & headed and not _roll_entry(m.group("rest"))
                            and (not m.groupdict().get("num") or a < int(m.group("num")) < b)}
                           | set(_misnumbered(lines, range(start + 1, end), skip, chain[0].kind, a, b)))
            found = sorted(dict(found).items())  # a line read both ways is one heading
            if missing == 1 and not found:
                misread = (_with_a_speck_digit, _with_a_misread_number) if numbered else (_with_a_misread_sign,)
                found = [(i, rest) for i in range(start + 1, end) if i not in skip
                         for rest in [next(filter(None, (read(lines[i].text, a + 1) for read in misread)), "")] if rest]
            # a row of a table, its number cell garbled, has no blank line above it: its column gap says enough
            if len(found) == missing and all(
                    _likeness(lines, i, _split_title(rest)[0], skip) >= CELL_ROW_LIKENESS
                    if numbered and _NUMBER_CELL_LOST.match(lines[i].text) else _likeness(lines, i, rest, skip) >= least
                    for i, rest in found):
                out += [_Heading(i, "inferred", a + k, str(a + k) if numbered else f"§ {a + k}", rest, 1.0)
                        for k, (i, rest) in enumerate(found, 1)]
            elif lost is _POINT_LOST:
                out += _points_by_their_numbers(lines, range(start + 1, end), skip, a, b, least)
        if h is not None:
            out.append(h)
    return out


def _roll_entry(text: str) -> bool:
    """A person's name and role ("Kjell Svensson, ordförande") is no item whose number OCR lost, though a scan
    read a speck before it ("‘Kjell Svensson, ordforande" in a roll above items whose bullets hid their numbers)."""
    name = person_alone(text)
    return name is not None and opens_with_a_listed_name(name)


def _points_by_their_numbers(lines: list[Line], between: range, skip: set[int], a: int, b: int,
                             least: float) -> list[_Heading]:
    """Where a gap in a list of points cannot be filled whole ("LI Till ordförande …" for 11 beside "12 Till kassör
    …"), the points whose number was read with its stop lost, in the gap and in order, each at its own number."""
    out: list[_Heading] = []
    for i in between:
        m = _POINT_LOST.match(lines[i].text) if i not in skip else None
        n = int(m.group("num")) if m and m.group("num") else 0
        if a < n < b and n > (out[-1].n if out else a) and _likeness(lines, i, m.group("rest"), skip) >= least:
            out.append(_Heading(i, "inferred", n, str(n), m.group("rest"), 1.0))
    return out


def _registered(lines: list[Line], chain: list[_Heading]) -> re.Pattern[str] | None:
    """Where the chain's headings open with a register's letters ("KS § 21", read "KSS 21", "KS S22"), a heading
    whose sign and number a scan garbled opens with them too, then a mark of a few signs and the title beside it
    ("KS    24     Yttrande …", "KS 803     Årsredovisning …"); None where no register opens REGISTER_HEADINGS."""
    leads = Counter(m.group(1) for h in chain if (m := _REGISTER_LEAD.match(lines[h.index].text)))
    lead, n = leads.most_common(1)[0] if leads else ("", 0)
    if n < REGISTER_HEADINGS:
        return None
    return re.compile(rf"^{lead}[A-ZÅÄÖ]{{0,4}}\s*\S{{1,4}}\s{{2,}}[{QUOTE_MARKS}]?(?P<rest>[A-ZÅÄÖ][^.]{{2,80}})$")


def _misnumbered(lines: list[Line], between: range, skip: set[int], kind: str, a: int, b: int) -> list[tuple[int, str]]:
    """Headings of the chain's kind whose number OCR misread out of the gap they stand in ("§ 41. Val av revisorer."
    between § 10 and § 12, a typewriter's 1 read 4; "RSAU § 112" again over its title, a 3 read 2; "§1" between
    § 10 and § 12, a digit lost; "3818" between § 17 and § 19, the sign read as digits): (line, title)."""
    # "3 Ekonomi": its stop lost
    kinds = ("number", "bare") if kind in ("number", "bare") else (*_PARAGRAPH_KINDS, _MISREAD_PARAGRAPH)
    out = []
    for i in between:
        if kind in ("number", "bare") and H.SUBITEM.match(lines[i].text):
            continue  # "1.1 Mötets öppnande" under "I Formalia" (its 1 read I) is a subitem of the lost heading
        readings = [r for r in _item_readings(lines[i].text) if r[0] in kinds] if i not in skip else []
        if not readings or H.DNR.match(readings[0][3]) or not readings[0][3] and not (
                readings[0][0] == "para" and _where_a_heading_stands(lines, i, skip)):
            continue
        numbers = [r[1] for r in readings]
        titled = readings[0][3][:1].isupper()  # a digit lost or added only before a clean title ("83 . >  Riktlinjer")
        if all(not a < n < b for n in numbers) and any(_one_digit_off(n, m) or titled and _one_digit_more_or_less(n, m)
                                                       for n in numbers for m in range(a + 1, b)):
            out.append((i, readings[0][3]))
    return out


def _one_digit_off(read: int, meant: int) -> bool:
    return len(str(read)) == len(str(meant)) and sum(x != y for x, y in zip(str(read), str(meant))) == 1


def _one_digit_more_or_less(read: int, meant: int) -> bool:
    """"1" for 11, "818" for 18: a digit lost, or a sign read as one."""
    return len(str(read)) != len(str(meant)) and Levenshtein.distance(str(read), str(meant)) == 1


_SPECK_BEFORE_NUMBER = re.compile(r"^\S\s+(?P<rest>\d{1,2}\..*)$")


def _with_a_speck_digit(text: str, n: int) -> str:
    """The title of a numbered heading whose number is `n` with one more digit a speck gave it before or after
    ("34. Fastställande av dagordningen" between 3 and 5, the stop of the line above read as a 3); "" if none."""
    want = str(n)
    if m := _SPECK_BEFORE_NUMBER.match(text):  # "2 13. Övriga frågor": a speck read as a digit a space before it
        return next((rest for kind, num, _, rest in _item_readings(m.group("rest")) if kind == "number" and num == n), "")
    return next((rest for kind, num, _, rest in _item_readings(text) if kind == "number" and len(str(num)) == len(want) + 1
                 and want in (str(num)[1:], str(num)[:-1])), "")


def _with_a_misread_number(text: str, n: int) -> str:
    """The title of a numbered heading whose number is `n` read as letters OCR takes for its digits, its stop as a
    colon or comma ("I: Mötets öppnande" for "1. Mötets öppnande"); "" if none."""
    m = _MISREAD_NUMBER.match(text)
    return m.group("rest") if m and not m.group("mark").isdigit() and _mark_names(m.group("mark"), n) else ""


def _with_a_misread_sign(text: str, n: int) -> str:
    """The title of a paragraph heading numbered `n` whose sign a scan read as one or two characters no glyph table
    has, glued to the number ("28322  Information från förvaltningschefen" between § 321 and § 323) or a space
    before it ("> 116 Initiativärende från Ermin Skoric (S) m.fl. - Personalpolitik", the title's abbreviation's
    stop in it); "" if none."""
    m = re.match(rf"^\S{{1,2}}\s?{n}\s+(?P<rest>[A-ZÅÄÖ].{{2,100}})$", text)
    titled = m and not m.group("rest").endswith(".") and not _SENTENCE_INSIDE.search(m.group("rest"))
    return m.group("rest") if titled else ""


def _case_numbers(texts: Iterable[str]) -> set[str]:
    """The case numbers the texts name after a Dnr label, or bare in a cell of their own ("KS § 41   KS 2024/212"). A
    line with a lost mark before the case number of a heading found elsewhere is that heading's entry in a contents
    list the scan broke off early ("2 13 Dnr KFT-2024-00021" above "§ 13   Dnr KFT-2024-00021"), not a lost heading."""
    return {m.group("dnr").strip() for text in texts if (m := H.DNR.search(text) or H.CASE_CELL.search("  " + text))}


def _with_marks_under_the_lead(lines: list[Line], chain: list[_Heading], skip: set[int],
                               span: tuple[int, int] | None) -> list[_Heading]:
    """A gap in a run of "§ n" headings filled by a mark that stands where the template puts a heading: when most
    headings follow the same line (a case system prints each paragraph on a page of its own under the date), a
    line after that same line holding only a few signs ("ST" for § 11, "8" with its "§" lost), over a title, is
    the missing heading. Numbered by its own digits where they name a missing number, else from the sequence
    where the marks fill the gap exactly (kind "inferred", flagged for review)."""
    if len(chain) < 3 or chain[0].kind not in _PARAGRAPH_KINDS:
        return chain
    leads = Counter(_lead(lines, h.index) for h in chain)
    lead, count = leads.most_common(1)[0]
    if not lead or count < 3 or 2 * count < len(chain):
        return chain
    open_ends = span is None  # without a printed range, only marks that name their numbers reach past the ends
    first = span[0] - 1 if span else 0
    last = span[1] + 1 if span else chain[-1].n + len(lines)
    taken = {h.index for h in chain}
    bounds = [(-1, first)] + [(h.index, h.n) for h in chain] + [(len(lines), last)]
    out = list(chain)
    for k, ((start, a), (end, b)) in enumerate(zip(bounds, bounds[1:])):
        missing = list(range(a + 1, b))
        marks = [i for i in range(start + 1, end) if i not in skip and i not in taken
                 and _LEAD_MARK.match(lines[i].text.rstrip(H.OCR_SPECKS + " "))  # "13      .": a speck after it
                 and _same_lead(_lead(lines, i), lead) and _next_text(lines, i, skip)[:1].isupper()]
        if not missing or not marks:
            continue
        named = [int(d) if (d := "".join(filter(str.isdigit, lines[i].text))) else None for i in marks]
        outer = open_ends and k in (0, len(chain))
        if all(n in missing for n in named) and named == list(range(named[0], named[0] + len(named))) and (
                not outer or (named[-1] == b - 1 if k == 0 else named[0] == a + 1)):
            numbers = named
        elif len(marks) == len(missing) and not outer:
            numbers = missing
        else:
            continue
        out += [_Heading(i, "inferred", n, f"§ {n}", "", 1.0) for i, n in zip(marks, numbers)]
    return sorted(out, key=lambda h: h.index)


def _with_marked_titles(lines: list[Line], chain: list[_Heading], skip: set[int],
                        span: tuple[int, int] | None) -> list[_Heading]:
    """A gap in a run of "§ n" headings filled by as many lines that stand where a heading stands and open with what
    a scan left of the sign ("SI Mötets öppnande" for § 1, "6 Takreparation" with its "§" lost): the missing items,
    numbered from the sequence (kind "inferred", flagged for review). Before the first heading the gap runs from § 1
    (or the printed range); after the last, without a printed range, only marks of capitals or the number itself
    count, since nothing says how many items are missing there."""
    if not chain or not all(h.kind in (*_PARAGRAPH_KINDS, "inferred") for h in chain):
        return chain
    # a heading's line, and the title under a mark alone ("§ 42" / "Val av justerare")
    taken = {h.index for h in chain} | {_next_index(lines, h.index, skip) for h in chain if not h.rest.strip(H.OCR_SPECKS)}
    bare = all(not h.rest.strip(H.OCR_SPECKS) for h in chain)  # "§ 42" alone, its title on the line below
    prefix = _heading_prefix(lines, chain)
    stopped = 2 * sum(h.rest.rstrip().endswith(".") for h in chain) > len(chain)  # "§ 4. Fråga om …utlysande."
    cases = {h.index: _case_numbers([h.rest, _next_text(lines, h.index, skip)]) for h in chain}
    owned = {h.index: _case_numbers([h.rest, *_heading_lines_after(lines, h, skip)]) for h in chain}
    headed = set().union(*owned.values())
    order = _case_order(chain, cases)
    registered = _registered(lines, chain)
    bounds = [(-1, span[0] - 1 if span else 0)] + [(h.index, h.n) for h in chain]
    ends = [(h.index, h.n) for h in chain] + [(len(lines), span[1] + 1 if span else None)]
    out = list(chain)
    for (start, a), (end, b) in zip(bounds, ends):
        if b is not None and b - a - 1 <= 0:
            continue  # no number missing between them
        # a case number alone opens an item only after a heading with its own (before the first, where the first has
        # its own and the case number its label): under one that has none, the scan may have set that heading's case
        # number and title further down
        found = [(i, m) for i in range(start + 1, end) if i not in skip and i not in taken
                 for m in [_marked_title(lines, i, skip, headed, order, bare, stopped, prefix)]
                 if m and (m.re not in (_CASE_LINE, _TITLE_LINE) or owned.get(start) or start < 0
                           and owned.get(chain[0].index) and _labelled_case(lines, i, skip))]
        cased = [(i, m) for i, m in found if m.re in (_CASE_LINE, _TITLE_LINE)]
        if b is not None and len(found) != b - a - 1 and len(cased) == b - a - 1:
            found = cased  # a case number of its own outweighs a mark of a few signs ("3. Uppdra åt …", a clause)
        elif start < 0 and b is not None and len(found) > b - a - 1 >= 1:
            found = found[-(b - a - 1) :]  # before the first heading, those nearest it: a cover's garbled line is none
        if not found:
            continue
        numbers = range(a + 1, a + 1 + len(found))
        registered_run = False
        if b is not None and len(found) != b - a - 1:
            # before the first heading, with no printed range, marks that read as their numbers ("III" for § 111)
            numbers = range(b - len(found), b)
            # or one mark of capitals right before it ("SH    Val av justerare" over § 42), or of any letters alone over
            # its title ("Så" / "Val av justerare") or beside it over a case number of its own ("Så    Förändring av
            # ärendelista" / "Dnr …"): the item before it, unless a contents entry's leader ends its title or it is a
            # list's line ("(C), Lena Brandt (V)"); or marks after the register's letters that open the read
            # headings ("KS SI    Val av justerare", "KS 501    Godkännande av dagordning" before "KS S22 …")
            mark = found[0][1].group("mark")
            alone = found[0][1].re is _MARK_ALONE
            cased_below = found[0][1].re is _MARKED_TITLE and _is_case_line(_next_text(lines, found[0][0], skip))
            right_before = len(found) == 1 and mark.replace(" ", "").isalnum() \
                and _mark_fits(mark, b - 1, open_end=not alone and not cased_below) \
                and not _entry_ends(lines, found[0][0]) and not H.PARTY_MARK.search(found[0][1].group("rest"))
            registered_run = bool(registered) and all(registered.match(lines[i].text) for i, _ in found)
            if span or start >= 0 or not (right_before or registered_run or _numbers_named(lines, found, numbers, skip)):
                continue
        fits = [registered_run or _mark_fits(m.group("mark"), n, open_end=b is None and m.re is _MARKED_TITLE)
                for (_, m), n in zip(found, numbers)]
        if b is None:  # past the last heading, the run goes on as far as its marks fit ("SAS", "NET", not "NEv")
            found = found[:fits.index(False)] if False in fits else found
        # a case number of its own shows a heading where a mark of small letters alone would not
        if found and all(fits[:len(found)]):
            out += [_Heading(i, "inferred", n, f"§ {n}", m.group("rest"), 1.0) for (i, m), n in zip(found, numbers)]
    return sorted(out, key=lambda h: h.index)


def _labelled_case(lines: list[Line], i: int, skip: set[int]) -> bool:
    """The case number that a line standing for a lost heading is, or stands over, has its label ("Dnr KS-2024-00014"):
    on a cover a date under a line ("Valnämnd" / "Datum   2026-02-02") is none."""
    at: int | None = i
    for _ in range(H.MAX_TITLE_LINES + 2):
        if at is None:
            return False
        if _is_case_line(lines[at].text):
            return bool(H.DNR.match(lines[at].text))
        at = _next_index(lines, at, skip)
    return False


def _numbers_named(lines: list[Line], found: list[tuple[int, re.Match[str]]], numbers: range, skip: set[int]) -> bool:
    """Before the first heading, the lines found number themselves: every mark that holds a digit names its number,
    and one at least does, in the line or in a mark alone over a title that stands for its heading ("J 182" /
    "Information om samråd …" / "Dnr KS-2024-00014" between "SIN Förändring av ärendelista" and "§ 184")."""
    def mark(i: int, m: re.Match[str]) -> str:
        above = _previous_index(lines, i, skip)
        alone = m.re is _TITLE_LINE and above is not None and _LEAD_MARK.match(lines[above].text)
        return lines[above].text.strip() if alone else m.group("mark")
    marks = [(mark(i, m), n) for (i, m), n in zip(found, numbers)]
    return all(_mark_names(m, n) or not any(c.isdigit() for c in m) for m, n in marks) and any(
        _mark_names(m, n) for m, n in marks)


def _heading_lines_after(lines: list[Line], h: _Heading, skip: set[int]) -> list[str]:
    """The line under a heading, where its case number or title stands; under a mark alone ("§ 326"), the title's
    and the one under it ("Antagande av …" / "Dnr BN-2023-00016"), or under the title's wrapped lines."""
    below = _next_index(lines, h.index, skip)
    if below is None:
        return []
    out = [lines[below].text]
    under = _next_index(lines, below, skip) if not h.rest.strip(H.OCR_SPECKS) else None
    for wrapped in range(H.MAX_TITLE_LINES + 1):
        if under is None:
            break
        out.append(lines[under].text)
        if wrapped == H.MAX_TITLE_LINES or _is_case_line(lines[under].text) \
                or not _title_goes_on(lines[under].text, above=out[-2], wrapped=True):
            break
        under = _next_index(lines, under, skip)
    return out


def _case_order(chain: list[_Heading], cases: dict[int, set[str]]) -> set[re.Pattern[str]]:
    """Which line of a heading whose mark a scan lost may stand for it, as the read headings set theirs: the case
    number (_CASE_LINE) where they set it on the mark's line with the title below, the title (_TITLE_LINE) where
    they set the title there and the case number below, either where they do both or say nothing."""
    order: set[re.Pattern[str]] = set()
    for h in chain:
        if cases[h.index]:
            titled = bool(H.CASE_CELL.sub("", H.DNR.sub("", "  " + h.rest)).strip(H.OCR_SPECKS))
            order |= {_TITLE_LINE} if titled else set()
            order |= {_CASE_LINE} if not titled or _case_numbers([h.rest]) else set()
    return order or {_CASE_LINE, _TITLE_LINE}


def _heading_prefix(lines: list[Line], chain: list[_Heading]) -> str | None:
    """The capitals that open most of the run's heading lines, titled on the line below ("RSAU" of "RSAU § 113   Dnr
    RS 2024/0650" over "Fastställande av dagordning")."""
    opening = [m.group("prefix") for h in chain if (m := _HEADING_PREFIX.match(lines[h.index].text))]
    if not opening or any(H.CASE_CELL.sub("", H.DNR.sub("", "  " + h.rest)).strip(H.OCR_SPECKS) for h in chain):
        return None
    count, prefix = max((sum(_same_prefix(p, q) for q in opening), p) for p in set(opening))
    return prefix if count >= 2 and 2 * count >= len(chain) else None


def _prefixed_mark(text: str, prefix: str) -> re.Match[str] | None:
    m = _PREFIXED_MARK.match(text)
    return m if m and _same_prefix(m.group("prefix"), prefix) and len(_SMALL_LETTER.findall(m.group("mark"))) <= 1 \
        else None


def _same_prefix(read: str, prefix: str) -> bool:
    return Levenshtein.distance(read, prefix) <= 1  # "RSAT", "RSALU" for "RSAU"


_HEADING_PREFIX = re.compile(r"(?P<prefix>[A-ZÅÄÖ]{2,6})\s")


def _marked_title(lines: list[Line], i: int, skip: set[int], headed: set[str], order: set[re.Pattern[str]],
                  bare: bool = False, stopped: bool = False, prefix: str | None = None) -> re.Match[str] | None:
    """The line as a mark and a title, where it stands as a heading does: over a sentence of three words or more
    or a case number of its own, or, where the headings name case numbers, as a mark before a Dnr of its own ("NET     Dnr SN 2024 88"), the
    title on the line below (or the line that stands for a heading as the read ones set it: `_case_order`); a
    decision or a sentence is no title."""
    if headed and (m := _SIGN_LOST.match(lines[i].text) or _case_alone(lines, i, skip, order)):
        stands = _where_a_heading_stands(lines, i, skip) or m.re is not _SIGN_LOST and i and _LEAD_MARK.match(
            lines[i - 1].text) and _where_a_heading_stands(lines, i - 1, skip)  # its mark read as a line above it
        if m.re is _TITLE_LINE and _marked(lines[i].text):
            m = _MARKED_TITLE.match(lines[i].text)  # what a scan left of the sign and number before a title
        return m if stands and not _case_numbers([m.group("rest")]) & headed else None
    text = _one_stop_off(lines[i].text) if stopped else lines[i].text
    m = _MARKED_TITLE.match(text) or _GARBLED_NUMBER.match(lines[i].text)
    # "SH" / "Svar på motion om …" for "§ 44" / …; "RSAU STI2" / "Val av justerare" for "RSAU § 112" / …
    alone = None if m else (bare and _MARK_ALONE.match(lines[i].text)) or (
        prefix and _prefixed_mark(lines[i].text, prefix))
    if alone:
        title = _next_text(lines, i, skip)
        fits = _TITLE_SHAPE.match(title) and not _prose(title) and not is_decision(title)
        return alone if fits and _where_a_heading_stands(lines, i, skip) else None
    if not m or not _LETTER_OR_DIGIT.search(m.group("mark")) or not _where_a_heading_stands(lines, i, skip) \
            or _prose(m.group("rest")) or is_decision(m.group("rest")):
        return None
    at = i
    for _ in range(H.MAX_TITLE_LINES):
        following = _next_text(lines, at, skip, over_skipped=at == i)
        if headed and _is_case_line(following):  # over a case number of its own
            return None if _case_numbers([following]) & headed else m
        # a label over the text under it ("Föredragande: …"); "Ärendet gäller information till nämnd: …" is prose;
        # or the item's first subheading ("SS Andelstal" / "Sammanfattning")
        label = _LABELLED.match(following)
        if len(following.split()) >= 3 and not (label and len(label.group("label").split()) <= 2) \
                or _other_subheading(following.split("\f")[0]):
            return m
        if not _wraps_a_title(following):
            return None
        at = _next_index(lines, at, skip)  # the title goes on there ("… Stiftelsen Ljungdala" / "forskningsfond")
    return None


def _wraps_a_title(text: str) -> bool:
    """A title's last words wrapped onto a line of their own: small letters, a few words, no sentence's end."""
    return text[:1].islower() and len(text.split()) <= H.MAX_TITLE_LINE_WORDS and not _sentence_end(text)


def _one_stop_off(text: str) -> str:
    """A title without the full stop that the run's read headings end theirs with, where a template prints one."""
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _with_odd_marks(lines: list[Line], chain: list[_Heading], skip: set[int]) -> list[_Heading]:
    """In minutes whose headings are "§ n." alone on a line, a line of a few signs and a number with its full stop
    ("ten  1.", "[fc  6.", "8 7.") is a heading where its number is the next the run needs, in order: a typewritten
    "§" a scan read as letters. Such a line elsewhere, out of order or before the first heading read as one ("Sida
    1." on a cover), is left as it is."""
    if len(chain) < LONE_RUN or not all(h.kind in _PARAGRAPH_KINDS and not h.rest.strip(H.OCR_SPECKS) for h in chain):
        return chain
    read = {h.index: h for h in chain}
    odd = {i: _Heading(i, "ocr_para", int(m.group("num")), f"§ {int(m.group('num'))}", "", 0.6)
           for i, line in enumerate(lines) if i not in read and i not in skip
           and (m := _ODD_MARK.match(line.text)) and _where_a_heading_stands(lines, i, skip)}
    out: list[_Heading] = []
    for i in sorted(read.keys() | odd.keys()):
        h = read.get(i) or odd[i]
        if i in read or out and h.n == out[-1].n + 1 and not any(c.n <= h.n for c in chain if c.index > i):
            out.append(h)
    return out


def _marks_by_position(lines: list[Line], skip: set[int]) -> list[_Heading]:
    """Marks of a few signs alone on their lines, where a heading stands and over a capitalised line, numbered by
    their order where those read as numbers agree with it: a black-and-white scan of a typewritten "§ 1." to "§ 6."
    read "Sh", "2", "Så.", "4", "NIA", "I 6.", or "sl.", "82.", "Så,", "M.", "85.", "$6." (a sign glued to its
    number). Two numbers must agree, or one where every other mark opens with a misread "§". They join the headings
    read where they agree with every one of them; each is inferred and flagged; the sign is a paragraph's where a
    mark shows one."""
    found = [(i, _MARK_NUMBER.search(line.text)) for i, line in enumerate(lines)
             if line.text and len(line.text.strip()) <= 2 * MARK_CHARS and i not in skip
             and len(mark := "".join(line.text.split())) <= MARK_CHARS and _MARK_SHAPE.fullmatch(mark)
             and _where_a_heading_stands(lines, i, skip) and _next_text(lines, i, skip)[:1].isupper()]
    if len(found) < LONE_RUN:
        return []
    # each number as read less the mark's place, and with a sign's misread digit before it taken off ("82." is § 2)
    offsets = [{int(m.group(1)) - k} | ({int(m.group(1)[1:]) - k} if m.group(1)[0] in SECTION_READS
                                        and len(m.group(1)) > 1 and not m.start() else set())
               for k, (_, m) in enumerate(found) if m]
    signs = [not m and lines[i].text.strip()[0] in SIGN_OR_READS for i, m in found]
    agreed = sorted(c for c in set.intersection(*offsets) if c >= 0) if offsets else []
    if not agreed or len(offsets) < MARKS_NUMBERED and sum(signs) < len(found) - len(offsets):
        return []
    signed = any(signs) or any(int(m.group(1)) - k != agreed[0] for k, (_, m) in enumerate(found) if m)
    return [_Heading(i, "inferred", agreed[0] + k, f"§ {agreed[0] + k}" if signed else str(agreed[0] + k), "", 0.5)
            for k, (i, _) in enumerate(found) if agreed[0] + k]  # a mark the order puts before § 1 is none


def _with_marks(lines: list[Line], chain: list[_Heading], marks: list[_Heading], skip: set[int]) -> list[_Heading]:
    """The headings read and the marks in their gaps, where the marks agree with every heading read (each stands on
    a mark's line with its number, so a gap's marks fill it). Where the headings read stand over titles, a gap one of
    whose marks stands over a sentence is left as it is: "SS" over "Fullmäktige beslutar att …" is no heading."""
    if not all(any(m.index == h.index and m.n == h.n for m in marks) for h in chain):
        return chain

    def sentence_under(h: _Heading) -> bool:
        below = _next_text(lines, h.index, skip)
        return _prose(below) or _sentence_end(below)

    titled = bool(chain) and not any(sentence_under(h) for h in chain)
    read = {h.index for h in chain}
    gaps: defaultdict[int, list[_Heading]] = defaultdict(list)  # a gap by the number of headings read before it
    for m in marks:
        if m.index not in read:
            gaps[sum(h.index < m.index for h in chain)].append(m)
    added = [m for gap in gaps.values() if not (titled and any(sentence_under(m) for m in gap)) for m in gap]
    return sorted(chain + added, key=lambda h: h.index)


def _case_alone(lines: list[Line], i: int, skip: set[int], order: set[re.Pattern[str]]) -> re.Match[str] | None:
    """A heading row that lost its mark altogether, known by its case number on a line of its own: the case number
    over its title ("Dnr KS 2024 115" / "Motion om fler laddplatser"), or the title, perhaps wrapped, over it
    ("Anmälan av delegationsbeslut" / "Dnr SBN 2024/0009"), as `order` allows. An empty mark; the rest the case
    number or the title."""
    if _is_case_line(lines[i].text):
        return _CASE_LINE.match(lines[i].text) if _CASE_LINE in order and _title_line(_next_text(lines, i, skip)) else None
    if _TITLE_LINE not in order or not _title_line(lines[i].text):
        return None
    below = [j for j in range(i + 1, min(i + 3 + 2 * H.MAX_TITLE_LINES, len(lines))) if lines[j].text and j not in skip]
    for k, j in enumerate(below[: H.MAX_TITLE_LINES + 1]):
        # a case the title cites at its end ("…, KN2024:02249") over the item's own, labelled ("Dnr MH-2025-02589")
        cited = k + 1 < len(below) and H.BARE_DNR.match(lines[j].text) and _is_case_line(lines[below[k + 1]].text) \
            and not H.BARE_DNR.match(lines[below[k + 1]].text)
        if cited:
            continue
        if _is_case_line(lines[j].text):
            return _TITLE_LINE.match(lines[i].text)
        if not _title_goes_on(lines[j].text, above=lines[below[k - 1] if k else i].text, wrapped=k > 0):
            return None
    return None


def _title_goes_on(text: str, above: str, wrapped: bool) -> bool:
    """A title's next line over its case number, under a line that ended no sentence: a title line, or a line the title
    wrapped onto, in small letters or not, of a title line's words at most ("Svar på … remiss av" / "betänkandet: En ny
    kontrollorganisation …" / "effektivitet, … (SOU 2025:64)")."""
    if _marked(text) or _CELL_GAP.search(text) or _prose(text) or _sentence_end(above):
        return False
    if not wrapped and _title_line(text):
        return True
    return (text[:1].islower() or _title_line(text)) and len(text.split()) <= H.MAX_TITLE_LINE_WORDS


def _marked(text: str) -> bool:
    """A title after what a scan left of a heading's "§ n", two signs or more ("I HH Läsårstider …")."""
    m = _MARKED_TITLE.match(text)
    return bool(m) and len(m.group("mark").replace(" ", "")) >= 2 and bool(_LETTER_OR_DIGIT.search(m.group("mark")))


def _is_case_line(text: str) -> bool:
    """A case number alone on its line, under its label as printed or as OCR misread it, or bare."""
    m = _CASE_LINE.match(text)
    rest = m.group("rest") if m else ""
    dnr = H.DNR.match(rest) or H.MISREAD_DNR.match(rest) or H.LABEL_READ_DNR.match(rest) or H.BARE_DNR.match(rest)
    return bool(dnr) and dnr.end() == len(rest)


_DASHES = ("-", "–", "—")
_DASHED_GAP = re.compile(r"\s+[—–]\s+")
"""A label's column gap a black-and-white scan read as a dash ("Beslutsunderlag — Tjänsteskrivelse")."""


def _title_line(text: str) -> bool:
    """A title as it stands under or over a heading's case number: capitalised, not in capitals alone, one cell, no
    sentence, label, subheading or what a scan left of a mark ("Pod I6")."""
    return text[:1].isupper() and not text.isupper() and not _CELL_GAP.search(text) and not (
        _LEAD_MARK.match(text) or _prose(text) or _is_subheading(_DASHED_GAP.split(text, maxsplit=1)[0])
        or _LABELLED.match(text) or _is_case_line(text))


def _where_a_heading_stands(lines: list[Line], i: int, skip: set[int]) -> bool:
    """After a blank line, a page break, page furniture or a finished sentence."""
    before = lines[i - 1] if i else None
    return (before is None or not before.text or before.page != lines[i].page or i - 1 in skip
            or _sentence_end(before.text))


def _mark_fits(mark: str, n: int, open_end: bool) -> bool:
    """The mark's digits, if any, are the number it stands for, or within a gap one digit misread, lost or added
    ("§5" for § 8 beside "9 Anmälan …" between § 7 and § 10, "249" for § 49); past the last heading a mark must hold
    no small letter ("SY", "STO"), where "Bo Ek" or "En ny hemsida" would pass a mark and a title."""
    if mark[:1] in SECTION_READS and mark[1:].isalpha() and mark[1:].isupper():
        mark = mark[1:]  # the sign read as a digit, the number as capitals ("8N" for § 91)
    if any(c.isdigit() for c in mark):
        digits = "".join(filter(str.isdigit, mark.translate(ONE_AS_DIGIT)))  # "STI2": "ST12"
        return _mark_names(mark, n) or not open_end and (_one_digit_off(int(digits), n)
                                                         or _one_digit_more_or_less(int(digits), n))
    return not open_end or not any(c.islower() for c in mark)


def _mark_names(mark: str, n: int) -> bool:
    """The mark's digits are the number, read as printed or with OCR's ones for digits ("S I 14" is § 114), or
    its last part is, the sign before it read as digits ("28 183" is § 183), or its first part is, the sign after it
    so read ("B4 8" is 84 §, its 8 read as a B), or the sign is glued to the number as one or two of its digit
    reads ("5867" is § 67)."""
    parts, digits, number = mark.split(), "".join(filter(str.isdigit, mark)), str(n)
    if digits.endswith(number) and 0 < len(digits) - len(number) <= 2 \
            and all(c in SECTION_READS for c in digits[:-len(number)]):
        return True
    return number in {"".join(filter(str.isdigit, m)) for m in (mark, mark.translate(ONE_AS_DIGIT), *parts[-1:],
                                                                 *[p.translate(CAPITAL_AS_DIGIT) for p in parts[:1]])}


def _same_lead(read: str, lead: str) -> bool:
    """The template's line over a heading, also where a scan misread a letter or digit of it ("2005-03-24")."""
    return read == lead or len(read) == len(lead) >= SAME_LEAD_MIN_CHARS and Levenshtein.distance(read, lead) <= 1


SAME_LEAD_MIN_CHARS = 6


def _lead(lines: list[Line], i: int) -> str:
    """The nearest line above with text, whitespace collapsed: the same on every page of a template."""
    for j in range(i - 1, max(i - 6, -1), -1):
        if lines[j].text.strip():
            return " ".join(lines[j].text.split())
    return ""


def _with_listed_titles(lines: list[Line], chain: list[_Heading], toc: set[int], skip: set[int]) -> list[_Heading]:
    """A gap in a run of numbers on lines of their own filled by as many lines, each opening a paragraph, that print
    a title the contents list names and no found heading has: on a scan OCR loses a lone digit in the margin ("1"
    over "Mötets öppnande") far more often than the title beside it. Numbered from the sequence (kind "inferred",
    flagged for review)."""
    titles = _listed_titles(lines, toc)
    if not chain or chain[0].kind != "lone" or not titles:
        return chain
    used = {_listed(_next_text(lines, h.index, skip), titles) for h in chain}
    free = [t for t in titles if t not in used]
    before = [i for i in toc if i < chain[0].index]
    bounds = [(max(before, default=-1), 0)] + [(h.index, h.n) for h in chain]
    out: list[_Heading] = []
    for (start, a), h in zip(bounds, chain):
        if h.n - a > 1:
            found = [i for i in range(start + 1, h.index) if i not in skip and lines[i].text
                     and (i == 0 or not lines[i - 1].text or lines[i - 1].page != lines[i].page) and _listed(lines[i].text, free)]
            if len(found) == h.n - a - 1:
                out += [_Heading(i, "inferred", a + k, str(a + k), lines[i].text, 1.0) for k, i in enumerate(found, 1)]
        out.append(h)
    return out


def _with_parallel_titles(lines: list[Line], chain: list[_Heading], skip: set[int]) -> list[_Heading]:
    """A gap of one in a run of numbers on lines of their own filled by the one line in it that stands as the run's
    titles stand: opening a paragraph, shaped as a title and no decision, and followed by a subheading or a line that
    follows one of the run's titles ("Revisorernas nämnds- och omvärldsbevakning" / "Överenskommelse", as
    "Revisionens ekonomi" / "Överenskommelse" under "10"). On a scan OCR loses a lone digit far more often than its
    title. Numbered from the sequence (kind "inferred", flagged for review)."""
    if len(chain) < LONE_RUN or chain[0].kind != "lone":
        return chain

    def after_paragraph(i: int) -> int | None:  # a title may run on over a line or two
        end = next((j for j in range(i + 1, min(i + H.MAX_TITLE_LINES + 1, len(lines))) if not lines[j].text), i)
        return _next_index(lines, end, skip)

    titles = [t for h in chain if (t := _next_index(lines, h.index, skip)) is not None]
    followers = {fold_key(lines[f].text) for t in titles if (f := after_paragraph(t)) is not None}
    taken = {fold_key(lines[t].text) for t in titles} | followers
    out: list[_Heading] = []
    for before, h in zip([None, *chain], chain):
        if before is not None and h.n - before.n == 2:
            found = [i for i in range(before.index + 2, h.index) if i not in skip and lines[i].text
                     and not lines[i - 1].text and _title_line(" ".join(lines[i].text.split()))
                     and not _sentence_end(lines[i].text)
                     and not is_decision(lines[i].text) and fold_key(lines[i].text) not in taken
                     and (f := after_paragraph(i)) is not None
                     and (fold_key(lines[f].text) in followers or _is_subheading(lines[f].text))]
            if len(found) == 1:
                out.append(_Heading(found[0], "inferred", before.n + 1, str(before.n + 1), lines[found[0]].text, 1.0))
        out.append(h)
    return out


def _listed_marks(lines: list[Line], skip: set[int], toc: set[int]) -> list[tuple[int, int, str]]:
    """Headings whose "§ n" a poor scan of a bold face mangled ("SR", "S43", "J 45" for § 42, § 43, § 45) while the
    contents list, in a plainer face, printed each entry whole: a line of a few signs, alone or before a case
    number, whose case number or title (its own, else the next line's) is the one a numbered entry lists is that
    entry's heading, numbered by it: (line, number, rest)."""
    entries = _numbered_entries(lines, toc)
    dnrs = {n: _bare_case(dnr) for n, _ in entries if (dnr := _listed_dnr(entries, n))}
    titles = {n: key for n, _ in entries if len(key := fold_key(_listed_title(entries, n))) >= H.LISTED_TITLE_MIN_CHARS}
    out = []
    if not (dnrs or titles):
        return out
    for i, line in enumerate(lines):
        if i in skip or not line.text:
            continue
        m = _SIGN_LOST.match(line.text)
        if not m and not _LEAD_MARK.match(line.text):
            continue
        rest = m.group("rest") if m else ""
        evidence = [rest] if rest else []
        evidence.append(_next_text(lines, i, skip))
        cases = {_bare_case(_case_after(t)) for t in evidence}
        named = {n for n, dnr in dnrs.items() if dnr in cases}
        named |= {n for n, key in titles.items() for t in evidence if _listed(t, [key])}
        if len(named) == 1 and not any(r[1] in named for r in _item_readings(line.text) if r[0] in _PARAGRAPH_KINDS):
            out.append((i, named.pop(), rest))
    return out


def _numbered_entries(lines: list[Line], toc: set[int]) -> list[tuple[int | None, str]]:
    """The contents list's entries that print a "§ n", one per numbered line with the unnumbered line under it (its
    title under "§ 42 Dnr GA-2024-00062"), whatever leaders OCR lost between them."""
    out: list[tuple[int | None, str]] = []
    last = -3  # the entry's last line; OCR may put a blank line between an entry's lines
    for i in sorted(toc):
        readings = [r for r in _item_readings(lines[i].text) if r[0] in _PARAGRAPH_KINDS]
        if readings:
            out.append((readings[0][1], readings[0][3]))
        elif out and i - last <= 2 and not _item_readings(lines[i].text):
            out[-1] = (out[-1][0], f"{out[-1][1]} {lines[i].text}".strip())
        else:
            continue
        last = i
    return out


def _case_after(text: str) -> str:
    """The case number after a Dnr label, the label perhaps misread ("Dur GA-2023-00168"); "" if none."""
    if m := H.DNR.search(text):
        return m.group("dnr")
    m = H.DNR_MISREAD.search(text)
    return text[m.end():].split()[0] if m else ""


def _bare_case(dnr: str) -> str:
    """A case number without the spaces OCR puts in it ("GA-2024-0000 1")."""
    return "".join(dnr.split())


def _listed_titles(lines: list[Line], toc: set[int]) -> list[str]:
    """The titles a contents list names, folded for matching."""
    return [key for _, title in _listed_entries(lines, toc) if (key := fold_key(title))]


def _listed_entries(lines: list[Line], toc: set[int], headed: frozenset[int] = frozenset()) -> list[tuple[int | None, str]]:
    """The entries of a contents list: each entry's number (None where it has none) and its lines joined, with
    its number, leader and page number left out. `headed`: the numbers of the items' headings, where known."""
    entries: list[tuple[list, list[str]]] = []  # each entry's first line's readings, and its lines
    closed: list[bool] = []
    for i in sorted(toc):
        text = lines[i].text
        if _contents_heading(fold_key(text)) or _caption_row(text):
            continue
        readings = _item_readings(text)
        if closed and not closed[-1] and any(r[0] in _PARAGRAPH_KINDS for r in readings):
            closed[-1] = True  # the entry before lost its page number
        if not closed or closed[-1]:
            entries.append((readings, [text]))
            closed.append(False)
        else:
            entries[-1][1].append(readings[0][3] if readings else text)
        if _leader(text) or _PAGE_AT_END.search(text) or _smear(text):
            closed[-1] = True
    out: list[tuple[int | None, str]] = []
    for (readings, texts), number, done in zip(entries, _entry_numbers([r for r, _ in entries], headed), closed):
        reading = next((r for r in readings if r[1] == number), None)
        if done:
            out.append((number, _entry_text([reading[3] if reading else texts[0], *texts[1:]])))
    return out


def _entry_numbers(readings: list[list[tuple[str, int, str, str]]], headed: frozenset[int]) -> list[int | None]:
    """Each entry's number, as it goes on from the entry before ("839" after § 38 is § 39); the first entry's is
    the reading the entries after it go on from most ("834", "835", "$ 37": § 34, not § 4), and where two go on
    as far, the one that names the items' headings."""
    def going_on(first: int | None) -> list[int | None]:
        out: list[int | None] = [first]
        for r in readings[1:]:
            out.append(_continuing(r, next((n for n in reversed(out) if n is not None), None)))
        return out

    if not readings:
        return []
    starts = [_continuing(readings[0], None), *(r[1] for r in readings[0])]
    return max(map(going_on, starts), key=lambda ns: (sum(a is not None and b == a + 1 for a, b in zip(ns, ns[1:])),
                                                      len(headed.intersection(ns))))


def _entry_text(entry: list[str]) -> str:
    """An entry's lines joined, without its leader and page number."""
    joined = " ".join(entry)
    end = H.TOC_LEADER.search(joined) or _leader(joined) and H.OCR_TOC_LEADER.search(joined) or _PAGE_AT_END.search(joined)
    return (joined[: end.start()] if end else joined).strip()


def _listed_title(entries: list[tuple[int | None, str]], n: int) -> str:
    """The title the contents list gives item `n`, without its case number: where OCR lost the title line under
    an item's heading ("§ 120   Dnr 2024-00001", then "Beslut"), the list still prints it."""
    titles = [title for number, title in entries if number == n]
    if len(titles) != 1:
        return ""
    case = _listed_case(titles[0])
    title = titles[0] if not case else titles[0][case.end():] if case.start() == 0 else titles[0][: case.start()]
    title = re.split(r"\.{3,}|…{2,}|_{3,}", title)[0]  # what is left of a leader OCR garbled
    return " ".join(w for w in title.split() if not _smear(w)).strip(H.TITLE_END_SPECKS)


def _listed_dnr(entries: list[tuple[int | None, str]], n: int) -> str | None:
    """The case number the contents list gives item `n` ("§ 52 Dnr SE-2024-00145"), where it gives one."""
    texts = [title for number, title in entries if number == n]
    m = _listed_case(texts[0]) if len(texts) == 1 else None
    return m.group("dnr").strip() if m else None


def _listed_cases(entries: list[tuple[int | None, str]]) -> list[str]:
    """The case numbers the contents list's entries open with."""
    return [m.group("dnr").strip() for _, entry in entries if (m := _listed_case(entry))]


def _listed_case(entry: str) -> re.Match[str] | None:
    """The case number an entry opens with, after its label as printed or as OCR misread it ("§ 88 Dör
    MH-2025-00005"): a list prints a label before every case number, so a word shaped like one is it. Or the one in
    a column of its own after the title."""
    return H.DNR.match(entry) or H.MISREAD_DNR.match(entry) or H.CASE_CELL.search(entry)


def _checked_dnr(dnr: str | None, listed: str | None, serial: int | None) -> str | None:
    """The item's case number, checked against the contents list: the list's where the scan lost the heading's
    ("§ 52" and its label gone), where the heading's is the list's with one more digit, a speck beside or in it
    that OCR read as one ("Dnr 2024-006192" under the list's "Dnr 2024-00619", "BN-20235-00185" under
    "BN-2025-00185"), or where a letter or two of the heading's lost it the shape the list's has and the document's
    case numbers share (a register code in capitals, a serial of `serial` digits: "Tl-2024-01073", "KS-2025-0033"
    for "TE-2024-01073", "KS-2025-00331"). A list's number cut short ("GA-2024-0000" where the entry's last digit
    was taken for its page number) is no check."""
    if not listed or serial is not None and not _well_formed(listed, serial):
        return dnr or listed
    if dnr is None or _one_digit_more(dnr, listed) or not _well_formed(dnr, serial) and Levenshtein.distance(
            dnr, listed, score_cutoff=H.DNR_MISREAD_LETTERS) <= H.DNR_MISREAD_LETTERS:
        return listed
    return dnr


def _well_formed(dnr: str, serial: int | None) -> bool:
    m = _CASE_FORM.match(dnr)
    return bool(m) and (m.group("code") == "" or m.group("code").isalpha() and m.group("code").isupper()) and len(
        m.group("serial")) == serial


def _usual_serial(dnrs: Iterable[str | None]) -> int | None:
    """How many digits most of the case numbers' serials have ("00331": 5)."""
    lengths = Counter(len(m.group("serial")) for d in dnrs if d and (m := _CASE_FORM.match(d)))
    return lengths.most_common(1)[0][0] if lengths else None


def _one_digit_more(read: str, listed: str) -> bool:
    return len(read) == len(listed) + 1 and any(
        c.isdigit() and read[:k] + read[k + 1 :] == listed for k, c in enumerate(read))


# a case number: register code, year, serial and perhaps a filing code after a dash ("SN 2021/0012-1.2.1")
_CASE_FORM = re.compile(rf"^(?P<code>(?:[^\W_]|[{re.escape(REGISTER_SIGN_READS)}]){{0,6}}?)(?P<s1>\. |[ /.:-]?)"
                        r"(?P<year>(?:19|20)\d\d)(?P<s2>[ /.:-])"
                        r"(?P<serial>\d{1,6})(?P<filing>-\d[\d.]*)?$")
# "KET-2025-0006 1", "IF-2024-0028 I": OCR split the serial
_SPLIT_SERIAL = re.compile(rf"^(?P<head>.*\d) (?P<tail>\d{{1,5}}|{H.SERIAL_ONE_READS})$")
# OCR reads a slash or dash as a space, or one as the other, and a slash as a colon, a full stop or both with a space
_CASE_SEPARATORS = (" ", "/", "-", ":", ".", ". ")
# The year's separator as registers pair it with the code's: "KS 2024/212", "BN-2025-00001" (every case number of
# the dev corpus's six organisations that has a code)
_YEAR_SEPARATOR_AFTER = {" ": "/", "-": "-"}


YEAR_MAJORITY = 3
_YEAR_RUN = re.compile(rf"^(?P<code>(?:[^\W_]|[{re.escape(REGISTER_SIGN_READS)}]){{0,6}}?)(?P<s1>\. |[ /.:-]?)"
                       r"(?P<digits>\d{5,10})(?P<s2>[ /.:-]?)(?P<serial>\d{0,6})$")


def _year_mended(dnr: str, forms: list[re.Match[str]]) -> re.Match[str] | None:
    """A case number whose year a scan misread, as the document's other numbers of its code print it: a digit added
    ("KET-20234-00011", "UN 20247/0101", a slash's stroke read as a 7) or the separator after it lost ("KS 202458"
    where the others print "KS 2024/58"); None where no year of the document's fits."""
    run = _YEAR_RUN.match(dnr)
    if not run:
        return None
    code, digits = run.group("code"), run.group("digits")
    meant = {code} | register_readings(code)  # "KET" for KFT: its code's glyph misreads too
    same = [f for f in forms if f.group("code") in meant]
    years = {f.group("year") for f in same}
    if run.group("s2") and len(digits) == 5:  # a digit added to the year
        fits = {digits[:k] + digits[k + 1 :] for k in range(5)} & years
        # two years fit ("20234" among 2023 and 2024): the one its code's numbers have YEAR_MAJORITY times the others
        counts = Counter(f.group("year") for f in same if f.group("year") in fits).most_common()
        if len(fits) > 1 and counts[0][1] >= YEAR_MAJORITY * sum(n for _, n in counts[1:]):
            fits = {counts[0][0]}
        return _CASE_FORM.match(f"{code}{run.group('s1')}{fits.pop()}{run.group('s2')}{run.group('serial')}") \
            if len(fits) == 1 else None
    separators = Counter(f.group("s2") for f in same).most_common(1)
    lengths = {len(f.group("serial")) for f in same}
    if not run.group("s2") and not run.group("serial") and digits[:4] in years and separators \
            and len(digits) - 4 in lengths:  # the separator lost: the year and serial run together
        return _CASE_FORM.match(f"{code}{run.group('s1')}{digits[:4]}{separators[0][0]}{digits[4:]}")
    return None


def _consistent_cases(dnrs: list[str | None], listed: list[str]) -> list[str | None]:
    """The items' case numbers in the form the document prints them throughout: OCR misreads a register code's
    capitals in some headings ("KET-2024-00011" where the others print KFT, "1F-2023-00055" for IF) and a
    separator ("HL 2025-0110" among "HL 2025/0110"). A code becomes the one code among the document's case numbers
    (headings and contents list) its glyph misreads lead to; separators become those most of its code's numbers
    have, a space aside (what OCR leaves of a thin slash or dash is no separator a register prints), and a serial
    split in two ("KET-2025-0006 1") is one where the whole has the length the other serials have. A code's year
    read with two of a slash's readings ("KS 2024:212", "KS 2024-190", "KS 2024 205"), or with the slash itself and
    one of them ("2024/439", "2024-404"), had a slash: a black-and-white scan reads a thin slash as a dash, never a
    dash as a slash."""
    # "KS  2024/201": a typewriter face's wide space; "TE- 2025-00294": no register prints a space after a dash
    dnrs = [" ".join(d.split()).replace("- ", "-") if d else d for d in dnrs]
    # an item of two cases prints both ("UN 2024/0005, UN 2024/0006"): each read in the document's form
    forms = [m for d in [*dnrs, *listed] if d for part in d.split(", ") if (m := _CASE_FORM.match(part))]
    codes = Counter(m.group("code") for m in forms)
    serials = {len(m.group("serial")) for m in forms}
    by_code = {code: Counter(len(m.group("serial")) for m in forms if m.group("code") == code) for code in codes}
    usual = {code: length for code, lengths in by_code.items()  # the serial length most of a code's numbers have
             for length, n in lengths.most_common(1) if 2 * n > lengths.total()}
    return [", ".join(_consistent_case(part, forms, codes, serials, usual) for part in dnr.split(", ")) if dnr else dnr
            for dnr in dnrs]


def _consistent_case(dnr: str, forms: list[re.Match[str]], codes: Counter[str], serials: set[int],
                     usual_serial: dict[str, int]) -> str:
    m = _CASE_FORM.match(dnr)
    split = _SPLIT_SERIAL.match(dnr) if m is None else None
    if split and len(serials) == 1:
        m = _CASE_FORM.match(split.group("head") + split.group("tail").translate(ONE_AS_DIGIT))
        m = m if m and len(m.group("serial")) in serials else None
    if m is None:
        m = _year_mended(dnr, forms)
    if m is None:
        return dnr
    code, s1, s2 = m.group("code", "s1", "s2")
    # the code it may print that the document has as printed, capitals only ("I1F" for IF beside "1F", a misread too)
    meant = {c for c in register_readings(code) & codes.keys() if c.isalpha() and c.isupper()}
    # or, read once, the one code that the document prints more often and that it holds with a speck or a doubled
    # sign added ("VvVO", "VO0O", "KFET" among VO's and KFT's)
    meant = meant or {c for c, n in codes.items() if codes[code] == 1 < n and c.isalpha() and c.isupper()
                      and len(c) < len(code) and _inside(c, code)}
    code = meant.pop() if len(meant) == 1 else code
    pairs = [f.group("s1", "s2") for f in forms if f.group("code") == code]
    kept = [k for k in pairs if k[1] != " "] or pairs
    usual = Counter(kept).most_common(1)
    if usual and 2 * usual[0][1] > len(kept) and set(usual[0][0] + (s1, s2)) <= {"", *_CASE_SEPARATORS}:
        s1, s2 = usual[0][0]
    seen = {k[1] for k in pairs}
    misread = len(seen & set(SLASH_READS))  # read as two signs where a register prints one, or three with it: a slash
    if "/" in seen and misread or s1 == " " and misread > 1:
        s2 = "/"
    elif s2 == " " and code and s1 in _YEAR_SEPARATOR_AFTER:  # no register prints a space there: a lost slash or dash
        s2 = _YEAR_SEPARATOR_AFTER[s1]
    serial = m.group("serial")
    if s2 == "/" and serial[:1] in SLASH_STROKE_READS and len(serial) == usual_serial.get(code, -1) + 1:
        serial = serial[1:]  # the slash's stroke read again as a digit
    return f"{code}{s1}{m.group('year')}{s2}{serial}{m.group('filing') or ''}"


def _inside(short: str, long: str) -> bool:
    """`short` is `long` with some signs left out."""
    rest = iter(long)
    return all(c in rest for c in short)


def _listed(text: str, titles: list[str]) -> str | None:
    """The contents title that line `text` prints, whole or its first line, within a few letters of OCR noise."""
    key = fold_key(text)
    if len(key) < H.LISTED_TITLE_MIN_CHARS:
        return next((t for t in titles if t == key), None)
    return next((t for t in titles if Levenshtein.normalized_similarity(key, t[: len(key)]) >= H.LISTED_TITLE_SIMILARITY
                 and t[len(key) : len(key) + 1] in ("", " ")), None)


def _with_subitems(lines: list[Line], chain: list[_Heading], skip: set[int]) -> list[_Heading]:
    """Items numbered under an item ("1 Formalia", "1.1 Mötets öppnande", "1.2 Val av justerare", "2 Ekonomi"):
    between an item and the next, headings "n.1", "n.2", … in order, each an item of its own; and items lettered
    under it ("§ 12", "§ 12 a", "§ 12 b"; "2a", "2b" where no "2" stands), the letters in order."""
    if next((h.kind for h in chain if h.kind != "inferred"), None) not in ("number", "bare", *_PARAGRAPH_KINDS):
        return chain  # a first heading inferred from the sequence ("I Formalia") has subitems as the read ones do
    ends = [h.index for h in chain[1:]] + [len(lines)]
    out: list[_Heading] = []
    for h, end in zip(chain, ends):
        out.append(h)
        sub = 1
        letter = chr(ord(_letter(h.number) or "`") + 1)
        for i in range(h.index + 1, end):
            m = None if i in skip else H.SUBITEM.match(lines[i].text.lstrip(H.LEAD_SPECKS + " ."))  # ". 1.4: Föregå…"
            # the next number, or the one after it where a scan lost a heading past reading ("> 8.6 DVRK'")
            if m and int(m.group("parent")) == h.n and sub <= int(m.group("sub")) <= sub + SUBITEMS_LOST:
                sub = int(m.group("sub"))
                rest = m.group("rest").strip()  # a table row whose decision cell OCR read without the gap before it
                out.append(_Heading(i, "sub", h.n, f"{h.n}.{sub}", _closed_row(rest) or rest, 1.0))
                sub += 1
            elif i not in skip and (r := next((r for r in _item_readings(lines[i].text)
                                               if r[1] == h.n and _letter(r[2]) == letter), None)):
                out.append(_Heading(i, "sub", h.n, r[2], r[3], 1.0))
                letter = chr(ord(letter) + 1)
    return out


def _letter(number: str) -> str:
    """The letter of an item lettered under a number ("2a", "§ 12b"), or "" (a roman numeral is no lettered item)."""
    return number[-1] if number[-1:].isalpha() and number[-2:-1].isdigit() else ""


LETTER_COST = 0.01  # "2 Ekonomi" over "2a Budget" for the run's 2: the lettered item is a part of it


SUBITEMS_LOST = 1  # numbers under an item a scan may lose in a row, and the next still count
NUMBER_GAP_COST = 0.001  # per number a run skips: less than any other evidence, so it only breaks ties


def _best_chain(
    cands: list[_Heading], span: tuple[int, int] | None, max_gap: int, restarts: list[int]
) -> tuple[list[_Heading], float]:
    """Dynamic programme over the candidates in reading order: each step goes up by at most
    `max_gap` (a bonus for exactly one), or back to 1 after a line in `restarts` (a section word)."""
    if span:
        cands = [c for c in cands if span[0] <= c.n <= span[1]]
    score: list[float] = []
    back: list[int] = []
    for j, c in enumerate(cands):
        start = 0.5 if c.n == (span[0] if span else 1) else 0.0
        score.append(1 + c.like + start)
        back.append(-1)
        for k in range(j):
            p = cands[k]
            restart = c.n == 1 and any(p.index < r < c.index for r in restarts)
            if p.index >= c.index or not (0 < c.n - p.n <= max_gap or restart):
                continue
            # of two readings of a misread number ("333": § 3 or § 33), the one nearer the next heading's
            total = score[k] + 1 + c.like + (0.5 if c.n == p.n + 1 else -0.4 - NUMBER_GAP_COST * (c.n - p.n))
            if total > score[j]:
                score[j], back[j] = total, k
    if not cands:
        return [], 0.0
    j = max(range(len(cands)), key=lambda k: (score[k], -k))
    top = score[j]
    chain = []
    while j >= 0:
        chain.append(cands[j])
        j = back[j]
    return chain[::-1], top


def _section_lines(lines: list[Line], skip: set[int], heading_at: dict[int, _Heading]) -> dict[int, str]:
    """A bare section word is a section only when what follows is an item, a section or "Inga ...";
    followed by prose it is a subheading inside an item."""
    out: dict[int, str] = {}
    for i in range(len(lines) - 1, -1, -1):
        key = SECTION.get(fold_key(lines[i].text))
        if not key or i in skip or i in heading_at or _titles_heading(lines, i, skip, heading_at):
            continue
        for j in range(i + 1, len(lines)):
            t = lines[j].text
            if not t or j in skip:
                continue
            if j in heading_at or j in out or _EMPTY_SECTION.match(fold(t)):
                out[i] = key
            break
    return out


def _titles_heading(lines: list[Line], i: int, skip: set[int], heading_at: dict[int, _Heading]) -> bool:
    """Line `i` comes straight after a heading that has no title of its own ("RSAU § 118", then "Övriga
    frågor"): it is that item's title, even where its words also name a section."""
    before = next((k for k in range(i - 1, -1, -1) if lines[k].text and k not in skip), None)
    return before in heading_at and not heading_at[before].rest


# ------------------------------------------------------------ items


def _closing_start(lines: list[Line], headings: list[_Heading], skip: set[int]) -> int:
    """Where the signature block after the last item starts ("Vid protokollet", "Justeras", or a row of signers
    named with their roles: "Anna Berg (ordförande)    Bo Ek (sekreterare)"); len(lines) if none."""
    def opens(text: str) -> bool:  # a signer's label as printed or as a scan misread it ("SekreterafO")
        return bool(CLOSING.match(fold(header.signer_label_mended(text))))

    closing = _first_after(lines, headings, skip, opens, 2)
    while closing < len(lines) and (_sentence_goes_on(lines, closing)  # "2. Paragrafen" / "justeras omedelbart."
                                    or _first_row_of_a_roll(lines, closing)
                                    or _ROLE_AS_SUBJECT.match(lines[closing].text)):
        closing = _first_after(lines, headings, skip, opens, closing + 1 - headings[-1].index)
    start = min(_signer_over(lines, headings, skip, closing), _signers_start(lines, headings, skip))
    return _names_over_captions(lines, headings, start)


def _signer_over(lines: list[Line], headings: list[_Heading], skip: set[int], closing: int) -> int:
    """The block starts at a signer named with their role right over its first label ("Ragnhild Hallsten, sekr." /
    "Justeras:"); one alone elsewhere, or under a roll's label, is a row of a list."""
    if closing == len(lines) or not headings:
        return closing
    above = next((k for k in range(closing - 1, headings[-1].index + 1, -1) if lines[k].text and k not in skip), None)
    signer = above is not None and header.signers(lines[above].text) and not _first_row_of_a_roll(lines, above)
    return above if signer else closing


# A sentence whose subject is the chair named with the role: "Ordförande Lisa Andersson (M) finner att …" (the course
# of the last item's meeting), a verb in the present after the name; no signer's row
_ROLE_AS_SUBJECT = re.compile(rf"^(?:Ordförande|Sekreterare|Justerare)\s+(?:[{H.UPPER}][^\W\d_]*[\s-]+){{1,4}}"
                              rf"(?:\([A-ZÅÄÖ]{{1,4}}\)\s+)?[a-zåäö]+r\b")


def _sentence_goes_on(lines: list[Line], i: int) -> bool:
    """Line i goes on in lower case with the sentence of the line right above it, which no stop ended; a signer's
    role in lower case under their name ("Anna Ek" / "ordförande") goes on with none."""
    above = lines[i - 1].text.rstrip() if i else ""
    return lines[i].text[:1].islower() and bool(above) and above[-1:].isalpha() and not (
        header.is_caption(lines[i].text) and (names_only(above) == [above.strip(H.OCR_SPECKS + " ")]
                                              or header.signed_over(above, lines[i].text)))


def _first_row_of_a_roll(lines: list[Line], i: int) -> bool:
    """Line i is the first row under a label of who attended ("Närvarande" / "Ordförande    Anna Ek"): the role is a
    member's in the roll appended to the minutes, not a signer's."""
    above = next((lines[k].text for k in range(i - 1, -1, -1) if lines[k].text), "")
    return header.attendance_label(above)


def _signers_start(lines: list[Line], headings: list[_Heading], skip: set[int]) -> int:
    """The first row of signers named with their roles after the last item, two or more side by side or one over
    another ("Anna Berg (ordförande)    Bo Ek (sekreterare)", "Dan Ny, sekreterare" / "Anna Berg, ordförande"): one
    alone is a row of a list ("Övriga närvarande" / "Lisa Bok, sekreterare"); len(lines) if none."""
    rows = [i for i in range(headings[-1].index + 2, len(lines)) if lines[i].text and i not in skip] if headings else []
    named = [len(header.signers(lines[i].text)) for i in rows]
    return next((i for k, i in enumerate(rows) if named[k] >= 2 or named[k] and k + 1 < len(rows) and named[k + 1]),
                len(lines))


def _names_over_captions(lines: list[Line], headings: list[_Heading], start: int) -> int:
    """The block starts at the signers' names where it was found at their captions under them ("______   ______" /
    "Anna Berg   Dan Ny" / "Ordförande   Sekreterare"), and at the lines they sign on above the names."""
    if start == len(lines) or start - 1 < headings[-1].index + 2:
        return start
    # OCR may set a caption in small letters a blank line under its name ("Anna Berg" / "" / "ordförande")
    gap = int(not lines[start - 1].text and lines[start].text[:1].islower() and start - 2 >= headings[-1].index + 2)
    if not header.signed_over(lines[start - 1 - gap].text, lines[start].text):
        return start
    start -= 1 + gap
    while start - 1 >= headings[-1].index + 2 and layout.RULE.fullmatch(lines[start - 1].text):
        start -= 1
    return start


def _confirmation_start(lines: list[Line], headings: list[_Heading], skip: set[int]) -> int:
    """Where a signing service's confirmation page starts after the last item ("Verifikat", "Signeringsbevis", or
    a page of signing times under any heading): it ends the last item and the signature block, and is read for
    nothing; len(lines) if none."""
    confirmation = _first_after(lines, headings, skip, lambda text: bool(_CONFIRMATION.match(fold(text))), 1)
    return min(confirmation, _timestamped_page(lines, headings))


def _timestamped_page(lines: list[Line], headings: list[_Heading]) -> int:
    """The first line of the first page after the last item's heading that prints its signers' signing times to the
    second (`H.SIGNING_TIMESTAMPS_MIN` of them): a signing service's page however its heading reads; len(lines) if
    none. The page of the last heading is the minutes' own."""
    if not headings:
        return len(lines)
    last = headings[-1].index
    stamps = Counter(line.page for line in lines[last:] if H.SIGNING_TIMESTAMP.search(line.text))
    page = min((p for p, n in stamps.items() if n >= H.SIGNING_TIMESTAMPS_MIN and p > lines[last].page), default=None)
    if page is None and stamps.get(lines[last].page, 0) >= H.SIGNING_TIMESTAMPS_MIN:
        return _signing_record(lines, last)
    return next((i for i in range(last, len(lines)) if lines[i].page == page and lines[i].text), len(lines))


def _signing_record(lines: list[Line], last: int) -> int:
    """Where a signing service's record starts in a text that keeps no pages (a converted document): the paragraph of
    its first signer ("Axel Storckenfeldt" / "Datum: 2024-04-23 10:06:23"), and a short line standing alone over it
    ("Undertecknat av följande personer")."""
    first = next(i for i in range(last, len(lines)) if H.SIGNING_TIMESTAMP.search(lines[i].text))
    start = first
    while start - 1 > last and lines[start - 1].text:
        start -= 1
    above = next((k for k in range(start - 1, last, -1) if lines[k].text), None)
    lone = above is not None and not lines[above - 1].text and len(lines[above].text.split()) <= H.SIGNING_CAPTION_WORDS \
        and not lines[above].text.rstrip().endswith(".")
    return above if lone else start


def _first_after(lines: list[Line], headings: list[_Heading], skip: set[int], test: Callable[[str], bool], gap: int) -> int:
    """The first line from `gap` lines after the last heading that passes `test`; len(lines) if none."""
    after = range(headings[-1].index + gap, len(lines)) if headings else range(0)
    return next((i for i in after if lines[i].text and i not in skip and test(lines[i].text)), len(lines))


def _items(
    lines: list[Line], headings: list[_Heading], skip: set[int], sections: dict[int, str], closing: int,
    home: set[int], listed: list[tuple[int | None, str]],
) -> list[Item]:
    items: list[Item] = []
    width = _line_width(lines)
    titled = _bare_headings_titled(lines, headings, skip)
    listed_cases = _listed_cases(listed)
    serial = _usual_serial(listed_cases)
    # an item ends at the next heading, section line or the signature block
    starts = sorted({h.index for h in headings[1:]} | set(sections) | {closing, len(lines)})
    ends = [next(x for x in starts if x > h.index) for h in headings]
    current_section = None
    section_points = sorted(sections.items())
    raised = _raised_cases(lines, headings, skip)
    raised_lines = set(raised.values())
    heading_cases: list[str | None] = []  # each item's `_heading_block` case placement
    for h, end in zip(headings, ends):
        for i, key in section_points:
            if i < h.index:
                current_section = key
        body = [i for i in range(h.index + 1, end) if i not in skip and lines[i].text and i not in raised_lines]
        last = lines[body[-1] if body else h.index]
        # a scan's speck under the heading line ("J") stands between it and its title's rest or case number: the
        # heading is read past it, the speck kept in the item's text
        specks = list(itertools.takewhile(lambda i: _LONE_SPECK.match(lines[i].text), body))
        body = body[len(specks):]
        title, lead, dnr, presenters, taken, heading_case = _heading_block(lines, h, body, width, titled)
        heading_cases.append(heading_case)
        if dnr is None and h.index in raised:
            dnr = H.DNR.match(lines[raised[h.index]].text.strip()).group("dnr").strip()
            home.add(raised[h.index])
        # a title without a word is no title ("2", a cell of the number OCR read apart): the contents list names it
        title = title if _A_WORD.search(title or "") else _listed_title(listed, h.n) or title
        dnr = _checked_dnr(dnr, _listed_dnr(listed, h.n), serial)
        body = specks + body[taken:]
        broken, page_starts = _with_breaks(lines, body)
        lead_lines = lead.split("\n") if lead else []
        body_lines = lead_lines + broken
        page_starts = {n + len(lead_lines) for n in page_starts}
        home.update(i for i in range(h.index, end) if i not in skip and lines[i].text)
        items.append(
            Item(
                number=h.number,
                title=title,
                section=current_section,
                presenters=presenters,
                text="\n".join(body_lines).strip("\n"),
                bullets=_bullets(body_lines),
                # a proposal's clauses repeated word for word as the decision are one decision, not two
                decisions=_item_decisions(body_lines, page_starts),
                dnr=dnr,
                page=lines[h.index].page,
                span=Span(page=lines[h.index].page, line=lines[h.index].number, end_page=last.page,
                          end_line=last.number),
            )
        )
    shaped = sum(bool(item.dnr and H.YEAR_CASE.fullmatch(item.dnr)) for item in items)
    if shaped < max(H.AMBIGUOUS_CASES_MIN, len(items) / 2):
        for k, (item, words) in enumerate(zip(items, heading_cases)):
            if words and (H.AMBIGUOUS_CASE.fullmatch(words) or H.YEAR_COLON_AT_END.fullmatch(words)):
                # "Ändring i lag (2017:725)", "… enligt förordning 2017:725": a statute the title cites
                item.title, item.dnr, heading_cases[k] = f"{item.title} {words.strip()}", None, None
    if sum(case is not None for case in heading_cases) < H.HEADING_CASES_SHARE * len(items):
        for item, words in zip(items, heading_cases):
            if words:  # "Svar på remiss … (Ju2024/00970)": the case the item answers
                item.title, item.dnr = item.title.rstrip(",") + words, None
    for item, dnr in zip(items, _consistent_cases([item.dnr for item in items], listed_cases)):
        item.dnr = dnr
    return items


def _raised_cases(lines: list[Line], headings: list[_Heading], skip: set[int]) -> dict[int, int]:
    """A heading row's case number that OCR read as a line of its own above the row ("Dnr KS 2024/140" / "§ 16"):
    the case number alone on the line right above a heading, on its page, and nowhere else (a running header's
    "Dnr HL 2025/0019" stands above a heading on every page it opens with one). {heading line: case number line}"""
    candidates: dict[int, int] = {}
    for h in headings:
        above = next((j for j in range(h.index - 1, max(-1, h.index - 3), -1) if lines[j].text and j not in skip), None)
        text = lines[above].text.strip() if above is not None and lines[above].page == lines[h.index].page else ""
        m = H.DNR.match(text)
        if m and m.end() == len(text) and not H.DNR.search(h.rest):
            candidates[h.index] = above
    if not candidates:
        return candidates
    printed = Counter(" ".join(line.text.split()) for line in lines)
    return {h: j for h, j in candidates.items() if printed[" ".join(lines[j].text.split())] == 1}


def _line_width(lines: list[Line]) -> int:
    """The length of a full line of the document's text (90th percentile): a title shorter than most of that
    ended where it did; one near it may have wrapped."""
    lengths = sorted(len(" ".join(line.text.split())) for line in lines if line.text)  # column gaps aside
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _bare_headings_titled(lines: list[Line], headings: list[_Heading], skip: set[int]) -> bool:
    """Whether the document sets a title line under its bare headings ("§ 1." / "Justering."): most of them have
    one that is no sentence. There a title of six words or more that ends in a full stop is still a title."""
    firsts = [next((lines[i].text for i in range(h.index + 1, len(lines)) if i not in skip and lines[i].text), "")
              for h in headings if not h.rest.strip(H.OCR_SPECKS)]
    titles = [t for t in firsts if t and not _prose(t) and not _is_subheading(t) and presenter(t) is None]
    return len(firsts) >= H.TITLED_MIN_HEADINGS and len(titles) >= H.TITLED_SHARE * len(firsts)


def _title_sentence(text: str) -> bool:
    """A line that is one whole sentence and decides nothing: a title of a document that titles its items."""
    return _sentence_end(text) and not _split_title(text)[1] and not is_decision(text) and not _INLINE_DECISION.match(
        fold(text)) and len(text.split()) <= H.MAX_TITLE_LINE_WORDS


SPECK_CELL_MAX = 4  # signs in a cell of dust a speckled scan reads beside a heading's number
_SPECK_BEFORE_DIGITS = re.compile(r"(?<=\w) [:.](?=\d)")
_WRAPPED_DNR = re.compile(r"\s*\b(?:Dnr|Diarienr|Diarienummer)\.?\s*[:.]?\s*(?P<register>[A-ZÅÄÖ]{0,6})\s*$")
"""A heading line that ends in a case number's label and register, its serial wrapped to the next line:
"§ 116 Ansökan om … Diarienummer: RS" / "2024/0733"."""
_CASE_SERIAL = re.compile(r"(?:19|20)\d\d[/-]\d{1,6}")
_BRACKET_APART = re.compile(r"(?<=\w)\s{2,}(?=\([^()]+\)\s*$)")
_TITLE_GOES_ON = re.compile(r"(?:\s?\S+)?\s[a-zåäö]{2}")  # words in lower case after a number a title cites


def _heading_block(lines: list[Line], h: _Heading, body: list[int], width: int, titled: bool
                   ) -> tuple[str, str, str | None, list[str], int, str | None]:
    """Title, the text run on after it, Dnr and presenters, how many body lines they took, and where the heading line
    holds the Dnr: None where it holds none, "" where it is apart from the title (after a label or a column gap), the
    title's last words where it is read from them. "§ 48 Dnr BN 2023-002572" / title, or "§ 12 Title" / "Dnr ...",
    then "Föredragande: ..."; "§ 3 Budget 2025 (KS 2024/55)"."""
    rest, dnr, taken, at_title_end = h.rest, None, 0, ""
    m = H.DNR.search(rest) or _misread_label(rest)
    if m and _cites_another(rest[: m.start()]) and (body and H.DNR.match(lines[body[0]].text)
                                                    or _TITLE_GOES_ON.match(rest, m.end())):
        # "… Yttrande till Länsstyrelsen i dnr 4015-2025" / "Dnr 2025/109": the line under it is its own; "… i dnr
        # 4015- 2025 angående ansökan …": the title goes on after the number it cites
        m = None
    if m:
        dnr = _SPECK_BEFORE_DIGITS.sub(" ", m.group("dnr").strip())  # "Dnr:KS :2023/0051": a speck, no sign of it
        after = rest[m.end() :]  # a filing code a column gap after the case number is no title: "Dnr SN 2023/145   730"
        rest = rest[: m.start()] + ("" if re.fullmatch(r"\s{2,}\d{1,4}\s*", after) else after)
        rest = re.sub(r"\s*\(\s*\)", "", rest)  # "Budget (Dnr KS 2024/55)": the brackets held the number
    elif (cited := H.BRACKETED_DNR.search(rest)) and rest[: cited.start()].strip():
        dnr, rest, at_title_end = cited.group("dnr"), rest[: cited.start()], cited.group(0).rstrip()
    elif (cut := _WRAPPED_DNR.search(rest)) and body and _CASE_SERIAL.fullmatch(lines[body[0]].text.strip()):
        dnr, rest, taken = f"{cut.group('register')} {lines[body[0]].text.strip()}".strip(), rest[: cut.start()], 1
    rest = _without_specks(rest)
    bare = H.BARE_DNR.search(rest) if dnr is None else None
    if bare and (bare.start() == 0 or re.search(r"\s{2,}$", rest[: bare.start()])):
        dnr, rest = _unlabelled(bare.group("dnr")), rest[: bare.start()].strip()  # "§ 1      KS KF/2025:5"
    elif dnr is None and (last := H.TITLE_END_DNR.search(rest)):
        kept = rest[: last.start()].rstrip().rstrip(",")  # "…, KN2024/02249": the comma goes with the number
        dnr, rest, at_title_end = last.group("dnr"), rest[: last.start()].strip(), rest[len(kept) :].rstrip()
    elif dnr is None and (maybe := H.AMBIGUOUS_CASE.search(rest)) and rest[: maybe.start()].strip() \
            and not _span_of_years(maybe.group("bracketed") or maybe.group("cell")):
        dnr, rest, at_title_end = maybe.group("bracketed") or maybe.group("cell"), rest[: maybe.start()], maybe.group(0)
    elif dnr is None and (colon := H.YEAR_COLON_AT_END.search(rest)) and rest[: colon.start()].strip():
        dnr, rest, at_title_end = colon.group("dnr"), rest[: colon.start()], colon.group(0)
    if dnr is not None and _specks_only(rest):  # "8 215      e      Dnr KS-2024-00776": a speck, no title
        rest = ""
    heading_case = at_title_end if dnr is not None else None
    rest = _BRACKET_APART.sub(" ", rest)  # a bracket a column gap after the title: "… 2006 - 2008  (bil. 1a – 1c)"
    apart = [c.strip() for c in _CELL_GAP.split(rest) if c.strip()]
    cells = _open_cells_joined(apart)
    # a cell of specks alone is none ("326 =       Valnämndens granskning …", "8184     <>  Information …"), nor is
    # one without a letter before the title's ("58 3       Val av två justerare": the number read apart)
    kept = [c for c in cells if _LETTER_OR_DIGIT.search(c)]
    title_cell, *other_cells = kept[next((k for k, c in enumerate(kept) if _A_LETTER.search(c)), 0):] or [""]
    if other_cells or cells[:1] != [title_cell] or len(cells) < len(apart):
        # a table row, "2    Ekonomi    Kassören redovisade läget    CD": the rest is the item's text
        rest = title_cell

    def next_line() -> str:
        return lines[body[taken]].text if taken < len(body) else ""

    first_line = lines[h.index].text
    if not rest:
        if dnr is None and (case := _case_on_its_line(next_line())):  # a column read apart: "§ 12" / "KFN 2025/3" / title
            dnr, taken = case, taken + 1
        if (next_line() and presenter(next_line()) is None
                and (not _prose(_title_commas(next_line())) or titled and _title_sentence(next_line()))
                and not (_sentence_end(next_line()) and _TOLD_IN_THE_PAST.match(next_line()))
                and not _opens_sentence(lines, body[taken:], width)
                and not (_other_subheading(next_line()) or _decision_heading(next_line()))):
            # OCR may lose the title: "Beslut" is none; a speck in a cell of its own after it is no part of it
            rest = first_line = _LONE_SPECK_CELL.sub("", next_line())
            taken += 1
    full = len(" ".join(first_line.split())) >= max(H.WRAPPED_TITLE_SHARE * width, H.WRAPPED_TITLE_MIN_CHARS)
    title, lead = _split_title(rest)
    alone = taken == len(body)  # the heading line is all the item prints
    wraps = not alone and body[taken] == h.index + 1 and next_line()[:1].islower()
    if lead and (re.search(r"[.!?]", lead) or wraps or alone and H.REFERS_ELSEWHERE.match(lead.strip())) \
            and is_decision(title):
        # "4: Årsmötet befanns behörigen utlyst. Stämman påtalade …": the title is a decision too, also where the
        # next sentence wraps ("… valdes Johanna Adolfsson. Till vice" / "kårordförande … valdes Ive Lingström.")
        # and where the line is all the item prints, a reference after it ("§ 4. Röstlängden godkändes. Se bil 1")
        lead = rest.strip()
    # or the line right under it decides too, its stop never printed: "§ 1. Till mötesordförande valdes Hans
    # Stenberg" / "Till sekreterare valdes Therese Tiderman" (OCR may put a blank line between)
    def decided_below() -> bool:
        return (not alone and body[taken] <= h.index + 2 and next_line()[:1].isupper()
                and is_decision(next_line()))

    if not lead and rest.strip() and (_sentence_end(first_line) or alone or decided_below()) and is_decision(rest.strip()):
        # "§ 3. Till justerare utsågs Cia Ny.": no title, the heading line is the item's decision, its stop kept; so
        # is a heading line that is all the item prints, with no stop ("11. Till ordförande valdes Jari Åkerfeldt")
        lead = rest.strip().rstrip(".") + "." if _sentence_end(first_line) else rest.strip()
    elif lead and not re.search(r"[.!?:]", lead) and not (next_line()[:1].islower() or _open_end(lead)
                                                         or is_decision(lead) or title.isupper()):
        # no sentence: "Initiativärende (SD). Hot och våld …"; but "Val av styrelse. Till ordförande omvaldes" /
        # "Erik Lindgren." is a title and its decision, the name on the next line
        title, lead = rest.strip().rstrip(H.TITLE_END_SPECKS), ""
    elif not lead and not dnr and _runs_on_as_sentence(rest, first_line, next_line()):
        # "§ 4. Föredrogs styrelsens verksamhetsberättelse, vilken" / "godkändes och …": no title, the item's text
        title, lead = "", rest.strip()
    elif not lead and not dnr and not _sentence_end(first_line) and (more := _decision_wrapped_to_the_end(
            rest.strip(), lines, h.index, body[taken:], _full_line(lines, width))):
        # a decision wrapped over the lines that are all the item prints, as one on a line of its own is ("13. Till
        # ordinarie ledamöter på två år valdes: Jesper von" / "Krusenstierna, Sune Hansen, Alf Nordemo"), or over
        # full lines to its end, the item's text after it
        lead = _SPECKS_APART_AT_END.sub("", " ".join([rest, *(lines[k].text for k in body[taken : taken + more])]).strip())
        ended = taken + more < len(body)
        title = (_split_title(lead)[0] if ended else lead).rstrip(".").rstrip(H.TITLE_END_SPECKS)
        taken += more
    lead = "\n".join(c for c in [lead, *other_cells] if c)  # a cell a line: "PH" in Ansvar is no part of a sentence
    on_heading_line = taken
    if title and (full or _open_end(title)) and not lead:
        more = _title_lines(lines, h.index, body, taken, _open_end(title))
        head = title + "," if more and first_line.rstrip().endswith(",") else title  # "… Kvarteret Smeden," / "Centrala …"
        title = " ".join([head, *(lines[body[taken + k]].text for k in range(more))]).rstrip(H.TITLE_END_SPECKS)
        taken += more
    while ((next_line()[:1].islower() or _DESIGNATION_END.match(next_line()) or _NUMBER_GOES_ON.match(next_line()))
           and not lead and not title.endswith(".")
           and not H.LETTERED_POINT.match(next_line()) and not _prose(next_line())  # "ee . Ola Björk redovisade …": specks before a sentence
           and not _other_subheading(next_line())  # a capital S read small: "sammanfattning"
           and not _echo(next_line(), first_line)):
        title, taken = (title + " " + next_line()).rstrip(H.TITLE_END_SPECKS), taken + 1
    if dnr is None and taken > on_heading_line:
        title, dnr, at_title_end = _case_wrapped_with_title(title, lines[body[taken - 1]].text)
        heading_case = at_title_end
    if dnr is None and (case := _case_on_its_line(next_line())):
        dnr, taken = case, taken + 1
    elif at_title_end and (labelled := H.DNR.match(next_line())):
        # the item's own number under a title that cites another's: "… väljare (Ju2024/00970)" / "Dnr KS-…"
        dnr, taken, title, heading_case = labelled.group("dnr").strip(), taken + 1, title + at_title_end, None
    presenters: list[str] = []
    if presenter(next_line()) is not None:
        names = continued(lines, body[taken:])
        presenters = names_only(join_list([presenter(next_line())] + [lines[k].text for k in names[1:]]))
        taken += len(names)
    return _without_opening_speck(_title_commas(title)), lead, dnr, presenters, taken, heading_case


def _runs_on_as_sentence(rest: str, first_line: str, below: str) -> bool:
    """The heading line's words open a sentence that goes on below in lower case: its verb first, as typewritten
    minutes open theirs ("§ 8. Uppdrogs åt styrelsen att undersöka möjligheten att" / "utplantera gädda …"), or a
    subject told in the past ("§ 4. Nämnden beviljade …", "§ 5. Revisorernas berättelse upplästes, varefter …"). A
    title is never so worded."""
    opening = rest.strip()
    return bool(opening) and below[:1].islower() and not _sentence_end(first_line) and bool(
        _VERB_FIRST.match(opening) or _TOLD_IN_THE_PAST.match(opening) or _TOLD_IN_THE_PASSIVE.match(opening))


def _decision_wrapped_to_the_end(opened: str, lines: list[Line], heading: int, rest: list[int], full: float) -> int:
    """How many lines the item prints under the decision its heading line opens, where they are a few, follow it with
    no blank line between and go on with the sentence it opened: after a word no sentence ends with, in lower case,
    or as the list its colon announced ("valdes: Karin Sjö, Lars" / "Björk, Eva Holm"); else 0. A sentence of its own
    below a complete one ("12. Budgeten fastställdes" / "Kassören redogjorde för budgeten.") is the item's text.
    Where the item prints more, the decision may run over `full` lines to the line that ends it (`_full_lines_on`)."""
    if 0 < len(rest) <= WRAPPED_DECISION_LINES and all(b - a == 1 for a, b in zip([heading, *rest], rest)):
        below = " ".join(lines[k].text for k in rest).strip()
        # (or a name wrapped to its surname: "… valdes Carina Nylander och Staffan" / "Nyström"; "… och Leön" /
        # "Pettersson.", a given name no list has as OCR read it)
        *_, joiner, last = ["", "", *opened.split()]
        wrapped_name = joiner in ("och", "samt") and last[:1].isupper() and (
            opens_with_a_listed_name(last) or not load_lexicon().is_word(last.lower())) and bool(
            re.fullmatch(r"[A-ZÅÄÖ][\w-]+\.?", below))
        ran_on = len(" ".join(lines[heading].text.split())) >= full
        if (_open_end(opened) or below[:1].islower() or ":" in opened and not _prose(below) or wrapped_name) \
                and _decides_whole(opened, below, ran_on):
            return len(rest)
    span = _full_lines_on(lines, heading, rest, full)  # a full line is one its sentence ran on from
    return len(span) if span and _decides_whole(opened, " ".join(lines[k].text for k in span).strip(), True) else 0


def _decides_whole(opened: str, below: str, ran_on: bool) -> bool:
    """The heading line decides, or, a full line (`ran_on`), opens a sentence that decides once it goes on in lower
    case ("… föredrogs och lades till" / "handlingarna."); a title's "att"-clause under it is the decision's own."""
    goes_on = ran_on and below[:1].islower() and not H.DECISION_CLAUSE.match(below)
    return (is_decision(opened) or goes_on) and is_decision(f"{opened} {below}")


def _full_lines_on(lines: list[Line], heading: int, rest: list[int], full: float) -> list[int]:
    """The lines a sentence runs on to from a full heading line, to the line that ends it: a scan wraps a
    paragraph's first sentence at the page's width ("12. Till festkommittén … omvaldes Hans Haraldsson, Jonas
    Bertilsson, Erik" / "Samuelsson, Johan Bylin, …" / "… och Sandra Svensson. Hans …"); [] where a line before
    the end is short or ends in a colon, or a blank line comes first, or no line within SENTENCE_MAX_LINES ends it."""
    span: list[int] = []
    for at, k in zip([heading, *rest], rest[: H.SENTENCE_MAX_LINES - 1]):
        if k != at + 1 or len(" ".join(lines[at].text.split())) < full or lines[at].text.rstrip().endswith(":"):
            return []
        span.append(k)
        if _sentence_end(lines[k].text):
            return span
    return []


def _full_line(lines: list[Line], width: int) -> float:
    """Characters from which a line of a sentence ran on to the next: most of the document's line `width`, near it
    where the document has lines enough to tell it (a transcription keeps a hand's short lines)."""
    full = max(H.WRAPPED_TITLE_SHARE * width, H.WRAPPED_TITLE_MIN_CHARS)
    if sum(1 for line in lines if line.text) >= H.WIDTH_SAMPLE_MIN:
        full = min(full, H.FULL_LINE_SHARE * width)
    return full


def _case_wrapped_with_title(title: str, last_line: str) -> tuple[str, str | None, str | None]:
    """(title, Dnr, the title's last words it was read from) where a title wrapped over lines takes its case number
    with it, set at the right margin of a heading too long for its line ("… kulturell" / "allemansrätt på skoltid
    KS 2024.447") or alone on the last line ("… kulturstrategi" / "2025:467"); the Dnr None where it has none."""
    last = " ".join(last_line.split()).rstrip(H.TITLE_END_SPECKS)
    if (alone := _case_on_its_line(last)) and title.endswith(last):
        return title[: -len(last)].rstrip(" ,"), alone, None
    if (cited := H.BRACKETED_DNR.search(title)) and title[: cited.start()].strip():
        return title[: cited.start()], cited.group("dnr"), cited.group(0).rstrip()  # "… kommun (TE/2025:119)"
    at_end = H.TITLE_END_DNR.search(title) or H.YEAR_COLON_AT_END.search(last) and H.YEAR_COLON_AT_END.search(title)
    if at_end:
        kept = title[: at_end.start()].rstrip().rstrip(",")
        return kept, at_end.group("dnr"), title[len(kept) :].rstrip()
    return title, None, None


def _cites_another(before: str) -> bool:
    """The title runs on up to the label, no column gap between: a case number the title's words cite."""
    return bool(before.strip(H.OCR_SPECKS)) and not re.search(r"\s{2,}$", before) and not before.rstrip().endswith("(")


def _without_opening_speck(title: str) -> str:
    """The title without a speck a scan read before it: a quotation mark that none closes ('"Taxa för …'), or a
    dash apart from the first word ("- Anmälan av delegationsbeslut")."""
    if title[:1] in QUOTE_MARKS and not any(c in QUOTE_MARKS for c in title[1:]) or re.match(r"[-–—] \S", title):
        return title[1:].lstrip()
    return title


def _case_on_its_line(text: str) -> str | None:
    """The case number a line under a heading holds: after its label, after the label as OCR misread it ("Dar KS
    2024 131"), or bare."""
    if m := H.DNR.match(text) or _misread_label(text):
        return m.group("dnr").strip()
    bare = H.BARE_DNR.fullmatch(text.strip())
    return _unlabelled(bare.group("dnr")) if bare else None


def _span_of_years(case: str) -> bool:
    """"2024/25": a season or budget period, not a year and serial."""
    year, separator, serial = case[:4], case[4:5], case[5:]
    return separator in "/-" and len(serial) == 2 and int(serial) == (int(year) + 1) % 100


def _unlabelled(dnr: str) -> str:
    """A bare case number without the "Dnr" OCR garbled into a register's letters before it ("Dör KS 2024-201")."""
    misread = H.DNR_LABEL_READ.match(dnr)
    return dnr[misread.end() :] if misread else dnr


def _misread_label(rest: str) -> re.Match[str] | None:
    """A heading's rest that is a case number under a label OCR misread ("Där S1-2024-00246", "Dar KS 2024 131"), alone
    or a column gap before the title: no title opens with such a word and a number."""
    m = H.MISREAD_DNR.match(rest) or H.LABEL_READ_DNR.match(rest)
    return m if m and re.match(r"\s{2,}|\s*$", rest[m.end() :]) else None


def _without_specks(rest: str) -> str:
    """A heading line without the specks OCR leaves at its ends ("8 50 |": a table rule read by OCR is no
    title), save the full stop of a sentence run on after the title ("3    Ekonomi. Rapporten godkändes.")."""
    rest = rest.lstrip(H.OCR_SPECKS)
    cells = [c for c in _CELL_GAP.split(rest) if c.strip(H.OCR_SPECKS)]
    return rest.rstrip() if _split_title(rest)[1] or len(cells) > 1 else rest.rstrip(H.OCR_SPECKS)


def _specks_only(rest: str) -> bool:
    """Nothing on a heading line beside its number and case number but what a scan's specks read as: cells a column
    gap apart of a sign or two ("KS § 25      É      NE      "" Dnr KS 2023/0009"), or several of up to four signs
    with no word in small letters ("KS '5 22      MERA      oc      |      00      Där KS 2022/0412"); a title is
    one cell with a word of three letters."""
    cells = _CELL_GAP.split(rest.strip())
    if len(cells) == 1:
        return not re.search(r"[^\W\d_]{3}|\d", cells[0]) and len(cells[0]) <= 2
    return all(len(cell) <= SPECK_CELL_MAX and not re.search(r"[a-zåäö]{3}", cell) for cell in cells)


ECHO_MIN_CHARS = 4  # a piece of a word OCR read twice, alone on the line under it
_SPECK_CELL_AT_END = re.compile(rf"\s{{2,}}[{re.escape(H.OCR_SPECKS)}]+$|\s[{re.escape(H.OCR_SPECKS)}]$")
# one sentence ending and the next beginning inside a line ("överförmyndare i samverkan. Förvaltningen har …")
_SENTENCE_INSIDE = re.compile(r"(?<=[a-zåäö]{3})\.\s+(?=[A-ZÅÄÖ][a-zåäö]+\b)")  # not an abbreviation: "… lagen. SoL"


def _sentence_inside(text: str) -> bool:
    return any(not _abbreviation(text[: m.end()].split()[-1]) for m in _SENTENCE_INSIDE.finditer(text))


def _open_cells_joined(cells: list[str]) -> list[str]:
    """A sentence a web page spread with runs of spaces ("Mötet öppnades kl 1000 och      avslutade 1530.", "Mötet är
    ej beslutsmässigt      varför …"): a cell ending in a word no cell of a table ends with, or a sentence's words
    followed by one in small letters, goes on in the next."""
    out: list[str] = []
    for cell in cells:
        if out and (_open_end(out[-1]) and not out[-1].endswith(",")
                    or cell[:1].islower() and len(out[-1].split()) >= 3 and out[-1][-1:].isalpha()):
            out[-1] += " " + cell
        else:
            out.append(cell)
    return out


def _open_end(title: str) -> bool:
    """A title cut after a comma or a word that cannot end one ("… mellan", "… och") goes on below."""
    words = title.split()
    return title.endswith(",") or bool(words) and fold(words[-1]).lower() in _OPEN_END_WORDS


def _title_lines(lines: list[Line], heading: int, body: list[int], taken: int, open_end: bool = False) -> int:
    """How many lines after a title's first line carry on the title: a title set over two or three lines is a
    short paragraph of its own, ended by a blank line or a subheading, with no sentence in it. A first line that
    cannot end a title ("… Ung i Kungsbacka &") goes on even over the blank line OCR may read under it, and so does a
    wrapped title's last line over the case number under it ("… i Halland" / "" / "2022-2024" / "Dnr …"). The blank
    line may stand right under the heading line itself: a table's label and its text below it are no title."""
    block: list[int] = []
    for k in range(taken, min(taken + H.MAX_TITLE_LINES, len(body))):
        i = body[k]
        prev = body[k - 1] if k else heading
        blank = any(not lines[j].text for j in range(prev + 1, i))
        over_case = k == taken and _paragraph_over_case(lines, body, k)
        if blank and not (open_end and k == taken or over_case) or _case_on_its_line(lines[i].text) \
                or _is_subheading(lines[i].text) or _closed_margin(lines[i].text):
            # a blank line: the paragraph ended before this line; the case number or a subheading under a title ends
            # it, also a margin's label whose gap a scan closed ("Sammanfattning Ärendet gäller …")
            break
        if lines[i].page != lines[body[taken - 1] if taken else i].page:
            break
        block.append(i)
    if not block:
        return 0
    after = body[taken + len(block)] if taken + len(block) < len(body) else None
    blank_after = after is None or any(not lines[j].text for j in range(block[-1] + 1, after))
    if not (blank_after or after is not None and (_is_subheading(lines[after].text) or _case_on_its_line(lines[after].text))):
        return 0
    dashes = [i for i in block if H.BULLET.match(lines[i].text)]
    subtitle = len(dashes) == 1 and _SUBTITLE_DASH.match(lines[dashes[0]].text)  # "… promemorian" / "- Genomförande av …"
    for i in block:
        # "2025 - Nämnden för Vård & Omsorg      .", "EKOLEK .": no sentence's end
        t = _SPECK_CELL_AT_END.sub("", lines[i].text)
        if (_prose(t) or _sentence_end(t) or _sentence_inside(t) or t.rstrip().endswith(":") and not open_end
                or H.LABEL_START.match(t) or H.DNR.match(t)
                or presenter(t) is not None or H.BULLET.match(t) and not subtitle
                or _item_readings(t) and not _YEAR_ALONE.match(t) or _is_subheading(t)
                or is_decision(t) or len(t.split()) > H.MAX_TITLE_LINE_WORDS or _echo(t, lines[heading].text)):
            return 0
    return len(block)


def _paragraph_over_case(lines: list[Line], body: list[int], k: int) -> bool:
    """The paragraph that opens at body[k] ends, within the lines a title may have, right over a case number on its
    own line ("… i mål nr" / "" / "P 653-25, angående bygglov … Hammerö" / "9:3" / "" / "Dnr BN-2024-000815")."""
    for m in range(k + 1, min(k + 1 + H.MAX_TITLE_LINES, len(body))):
        if _case_on_its_line(lines[body[m]].text):
            return True
        if any(not lines[j].text for j in range(body[m - 1] + 1, body[m])):
            return False
    return False


def _echo(text: str, above: str) -> bool:
    """The line is the end of a word of the line above read a second time, a piece of it alone ("§36, Ekonomisk
    månadsuppföljning per april 2024" / "pföljning"): no line of a title."""
    word = text.strip()
    return word.isalpha() and word.islower() and len(word) >= ECHO_MIN_CHARS and any(
        w.endswith(word) and len(w) > len(word) for w in above.split())


def _opens_sentence(lines: list[Line], body: list[int], width: int) -> bool:
    """Under a bare number ("§ 5."), a line that starts a sentence ending on a line below is no title: the line
    below goes on in lower case ("… meddelades att kungörelse om" / "stämman blivit … i kyrkan."), or the verb that
    makes the sentence a decision stands on the first line ("Till ledamöter … utsågos" / "Karl Svensson och Oskar
    Holm."), or it is a decision whose colon announces the list below ("Till styrelse valdes:" / "Ordf. Arne …").
    An older minutes' paragraph may run its sentence over more full lines, in lower case from the second ("Som vid
    sammanträdet den 19 December 1888 nämndens" / "ledamöter voro så få …" / "beslut icke kunde fattas, beslöts nu
    godkänna" / "de beviljade understöden."); a title's wrapped line is short."""
    gap = 2 if len(body) > 1 and _double_spaced(lines, lines[body[0]].page) else 1

    def apart(k: int) -> bool:
        """Line k of the body stands apart from the line before: past the spacing, unless OCR set a blank line inside
        a sentence that goes on in lower case ("… varit anslagen" / "" / "å kommunens anslagstavla …")."""
        step = body[k] - body[k - 1]
        return step > gap and not (step == gap + 1 and lines[body[k]].text[:1].islower()
                                   and not _sentence_end(lines[body[k - 1]].text))

    if len(body) < 2 or apart(1):
        return False
    first, second = lines[body[0]].text, lines[body[1]].text
    if first.rstrip().endswith(":") and is_decision(first) and not is_decision(second):
        return True
    if _sentence_end(first):
        return False
    if _sentence_end(second):
        sentence = f"{first} {second}"
        return second[:1].islower() and _prose(sentence) or is_decision(sentence) and not is_decision(second)
    if is_decision(first) and _ELECTS.search(first):
        return True  # "Att justera detta protokoll utsågos Herrar" / "J. J. Jonsson …": the elected named below
    # "Enkan Anna … från" / "Helgesta företrädde och …"; a name's initials over the break: "… af herrar J." / "E. von …"
    goes_on = second[:1].islower() or _open_end(first) or _initial_of_a_name(first.split())
    if goes_on and (_TOLD_IN_THE_PAST.match(first) or _VERB_FIRST.match(first)):
        # "Nämden beviljade för tvänne rum vid Gröns" / "soldattorp …", "Upplästes Landshöfdingens skrifvelse af den"
        # / "6 sistlidne Oktober …": no title is told so
        return True
    if not goes_on:
        return False
    full = _full_line(lines, width)
    run = [second]

    def decides() -> bool:
        """The paragraph ended, its stop lost, on a decision made after its first line ("… för reparation av" /
        "fattigvardsinrättningen. beslöto fullmäktige att för ändamalet" / "anvisa 4 500 kronor,")."""
        return is_decision(f"{first} {' '.join(run)}") and not is_decision(first)

    for k in range(2, min(len(body), H.SENTENCE_MAX_LINES)):
        if apart(k):
            return decides()
        if len(" ".join(run[-1].split())) < full:
            return False
        run.append(lines[body[k]].text)
        if _sentence_end(run[-1]):
            return _prose(f"{first} {' '.join(run)}")
    if len(run) < H.SENTENCE_MAX_LINES - 1:
        return decides()
    return all(len(" ".join(t.split())) >= full for t in run)  # no stop yet


# a subject of a few words and its verb in the past passive ("Revisorernas berättelse upplästes, varefter …"), no
# relative clause before it ("Frågor som ställdes")
_TOLD_IN_THE_PASSIVE = re.compile(rf"^[{H.UPPER}][a-zåäöé]+(?: (?!(?:som|att|vilka|vilket|vilken|när|där|då)\b)"
                                  r"[a-zåäöé]+){1,2} [a-zåäö]+(?:ades|des|tes|ogs|ågs|öts)\b")
# a verb that elects, its object still to come on the line below
_ELECTS = re.compile(r"\b(?:valdes|omvaldes|utsågs|utsågos|utsåg|utses|valde)(?:\s+(?:herrar|herr|fru|fröken|till\s+\S+))?\s*$",
                     re.I)
# a sentence that opens with its verb in the past, as older minutes open theirs ("Upplästes …", "Föredrogs …",
# "Företrädde …"): the passive's -s or a strong past no title begins with
_VERB_FIRST = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{3,}(?:des|tes|ogs|ågs|öts|dde|tte)\s")


def _double_spaced(lines: list[Line], page: int) -> bool:
    """A page OCR read with a blank line after nearly every line (a typewritten page in double spacing): there a
    single blank line parts no paragraphs."""
    texts = [i for i, line in enumerate(lines) if line.page == page and line.text]
    gaps = [b - a for a, b in zip(texts, texts[1:])]
    return len(gaps) >= H.DOUBLE_SPACED_MIN_LINES and gaps.count(2) >= H.DOUBLE_SPACED_SHARE * len(gaps)


def _sentence_end(text: str) -> bool:
    """The line ends a sentence: a full stop that is not an abbreviation's ("m.fl.", "kl.") or a name's initial's."""
    words = text.rstrip().split()
    return bool(words) and words[-1].endswith(".") and not _abbreviation(words[-1]) and not _initial_of_a_name(words)


def _initial_of_a_name(words: list[str]) -> bool:
    """The last word is a name's initial, after another or a courtesy title ("… af herrar J." / "E. von
    Krusenstjerna", "under herr P." / "Pehrsons …"); a capital alone ends a sentence elsewhere ("… enligt bilaga A.")."""
    return len(words) > 1 and bool(_INITIAL.fullmatch(words[-1])) and (
        bool(_INITIAL.fullmatch(words[-2])) or words[-2].lower() in H.NAME_TITLES)


def _abbreviation(token: str) -> bool:
    token = token.strip("()").lower()
    return "." in token[:-1] or token in H.ABBREVIATIONS


# A short sentence, no title: its verb in the past second ("Ordföranden förklarade sammanträdet öppnat.", "Mötet
# avslutades.", "Anna Ek hälsade alla välkomna."); a title's second word after a genitive may end so too ("Kommunens
# upphandlade tjänster")
_TOLD_IN_THE_PAST = re.compile(rf"^(?:[{H.UPPER}][a-zåäöé]*[a-rt-zåäöé] "  # a subject, no genitive
                               rf"|[{H.UPPER}][a-zåäöé]+ [{H.UPPER}][a-zåäöé]+ )"  # or a name
                               r"[a-zåäö]+(?:ade|ades|des|ogs|ågs|öts|öt)\b")


def _prose(text: str) -> bool:
    """A sentence, not a title: a decision ("Beslöts att ...") or a long first sentence that ends
    on the line. Older minutes put only the number on the heading line and the text below it."""
    if _INLINE_DECISION.match(fold(text)):
        return True
    # a stop before a word in small letters ends no sentence: an abbreviation's, or a comma a scan read as a stop
    # ("Ordföranden. landstingsman Oskar Lindberg, förklarade …")
    end = next((m for m in re.finditer(r"(?<=[^\s.]{2})\.(?:\s(?![a-zåäö])|$)", text)
                if not _abbreviation(text[: m.end()].split()[-1])), None)
    return bool(end) and len(text[: end.start()].split()) >= H.PROSE_MIN_WORDS


def _title_commas(title: str) -> str:
    """The title with the commas OCR read as full stops put back ("… processen. tredje kvartalet 2025"): a stop after
    a word that is no abbreviation, with a word in lower case after it, ends no sentence."""
    return _STOP_BEFORE_LOWER.sub(lambda m: m.group() if _abbreviation(m.group("word") + ".") else m.group("word") + ",",
                                  title)


_CAPITALS_TITLE = re.compile(r"^(?P<title>[A-ZÅÄÖÉ][A-ZÅÄÖÉ-]+(?:\s+[A-ZÅÄÖÉ][A-ZÅÄÖÉ-]*)*)\s+(?=[A-ZÅÄÖ][a-zåäöé]+\s+\S+\s+\S)")
CAPITALS_TITLE_MIN_LETTERS = 6  # an acronym opens a title in small letters: "SPF Seniorerna informerar"
_TITLE_STOP = re.compile(r"(?:(?<=[^\s.]{4})|(?<=\d)|(?<=\s[a-zåäö]{3}))\.\s+(?=[A-ZÅÄÖ])")
_CAPITAL_AFTER_SMALL = re.compile(r"(?<=[a-zåäö]{3}) (?=[A-ZÅÄÖ][a-zåäö]+ )")
_COMMA_BEFORE_CAPITAL = re.compile(r"(?<=[^\W\d_]{4}),\s+(?=[A-ZÅÄÖ])")


def _common_word(word: str) -> bool:
    """A noun a title may be, no name and no small word ("Ansvarsfrihet", not "Till")."""
    lex = load_lexicon()
    return len(word) >= TITLE_WORD_MIN_CHARS and lex.is_word(word.lower()) and not lex.is_name(word)


TITLE_WORD_MIN_CHARS = 6


def _split_title(rest: str) -> tuple[str, str]:
    """Typewritten minutes run the text on after the title: "Mötets öppnande. Ordföranden hälsade ..."."""
    rest = rest.strip()
    # "Vårdisco för åk 4–6. Discogruppen …", "Revisorernas berättelse läses upp. Stämman beslutar …" (no "ang.")
    m = next((m for m in _TITLE_STOP.finditer(rest) if rest[: m.start() + 1].split()[-1].lower() not in H.ABBREVIATIONS),
             None)
    if m:
        return rest[: m.start()].strip(), rest[m.end() :].strip()
    # a title in capitals, the text run on after it: "MEDLEMSMÖTETS ÖPPNADE Vice ordförande Morgan Lindberg öppnade …"
    if (caps := _CAPITALS_TITLE.match(rest)) and len(re.sub(r"\W", "", caps.group("title"))) >= CAPITALS_TITLE_MIN_LETTERS:
        return caps.group("title"), rest[caps.end("title") :].strip()
    # a scan's comma for the title's stop before a decision: "Val av styrelse, Till ordförande för ett år omvaldes"
    comma = next((c for c in _COMMA_BEFORE_CAPITAL.finditer(rest) if is_decision(rest[c.end() :])), None)
    if comma:
        return rest[: comma.start()].strip(), rest[comma.end() :].strip()
    # "Budget: Styrelsen beslutade att godkänna budgeten.": a sentence after a colon; "Val av justerare: Cia Ny" is none
    m = re.search(r"(?<=[^\s:]{3}):\s+(?=[A-ZÅÄÖ])", rest)
    if m and _sentence_end(rest) and len(rest[m.end() :].split()) >= SENTENCE_AFTER_COLON:
        return rest[: m.start()].strip(), rest[m.end() :].strip()
    # the title's line break lost: "Val av ordförande och sekreterare för årsmötet Till ordförande för årsmötet
    # valdes Björn Sjöström": a capital after a word in small letters opens the decision
    # (after a word in small letters, no name's, nor a list's "och": "Torbjörn Pihl och Kerstin Bergroth valdes …")
    # (or after a title of one word of the language: "Ansvarsfrihet Årsmötet beslöt om ansvarsfrihet …")
    lost = next((c for c in _CAPITAL_AFTER_SMALL.finditer(rest) if (
        len(words := rest[: c.start()].split()) >= 3 and words[-1].islower()
        and not H.NAME_JOINERS.fullmatch(f" {words[-1]} ") or len(words) == 1 and _common_word(words[0]))
        and is_decision(rest[c.end() :]) and not is_decision(rest[: c.start()])), None)
    if lost:
        return rest[: lost.start()].strip(), rest[lost.end() :].strip()
    return rest.rstrip(H.TITLE_END_SPECKS), ""


def _with_breaks(lines: list[Line], body: list[int]) -> tuple[list[str], set[int]]:
    """Body lines with one empty line where the source had a paragraph break, and the positions of the lines
    that open a page."""
    out: list[str] = []
    page_starts: set[int] = set()
    for n, i in enumerate(body):
        if n and lines[body[n - 1]].page != lines[i].page:
            # a page break is a paragraph break only where a sentence ended
            if lines[body[n - 1]].text.endswith((".", ":", "!", "?")) and lines[i].text[:1].isupper():
                out.append("")
            page_starts.add(len(out))
        elif n and any(not lines[k].text for k in range(body[n - 1] + 1, i)):
            out.append("")
        out.append(lines[i].text)
    return out, page_starts


def _bullets(body: list[str]) -> list[str]:
    out: list[str] = []
    open_bullet = False
    for t in body:
        m = H.BULLET.match(t)
        if m:
            out.append(m.group("body").strip())
            open_bullet = True
        elif t and open_bullet and not _is_subheading(t):
            out[-1] += " " + t
        else:
            open_bullet = False
    return out


def _is_subheading(t: str) -> bool:
    key = fold_key(t)
    return _other_subheading(t) or key in SECTION or _decision_heading(t)


def _other_subheading(t: str) -> bool:
    """A subheading inside an item that heads no decision: background, procedure, a proposal."""
    key = l_skeleton(fold_key(t))
    return key in _SUBHEADINGS or _misread_subheading(t, key) or "forslag" in key and unspeckled(t)[:1].isupper() \
        and bool(_PROPOSAL_HEADING_L.match(key))


def _misread_subheading(t: str, key: str) -> bool:
    """A long subheading a scan misread a letter or two of ("Protokollsameckning"): capitalised, a word or two, within
    one edit in eight of a named one. Short ones need their letters: "Yttrandet" is a word of its own."""
    allowed = len(key) // 8 if len(key) >= SUBHEADING_LONG else 0
    return (allowed > 0 and t[:1].isupper() and len(t.split()) <= 2 and not t.rstrip()[-1:] in ".,;!?"
            and any(Levenshtein.distance(key, known, score_cutoff=allowed) <= allowed for known in _SUBHEADINGS))


def _decision_heading(t: str, body: str | None = None) -> bool:
    """A decision heading starts with a capital: "beslut." on a line of its own ends a sentence ("… och fatta /
    beslut."). "Arbetsutskottets förslag till kommunstyrelsen" heads the decision of the arbetsutskott itself;
    where the meeting's `body` is another ("Kommunstyrelsens förslag" in a fullmäktige's minutes) it is a proposal."""
    key = fold(unspeckled(t))
    if not key[:1].isupper() or not any(stem in key.lower() for stem in ("bes", "fors")):  # beslut, förslag: cheap first
        return False
    key = suspended_hyphens_mended(key)  # "Barn— och utbildningsnämndens beslut"
    return bool(_DECISION_HEADING.match(key) or _DECISION_HEADING_L.match(l_skeleton(key))) and not (
        body and _foreign_proposal(t, body))


def _foreign_proposal(t: str, body: str) -> bool:
    m = _PROPOSER.match(fold(unspeckled(t)).lower())
    if not m:
        return False
    return not is_the_body(m.group("who"), body)


def foreign_proposals(items: list[Item], body: str | None) -> None:
    """Once the meeting's body is known: an item whose decision heading proposes for another body ("Kommunstyrelsens
    förslag till kommunfullmäktige" in the fullmäktige's minutes) reads its decisions again without it, and an item
    that found no decision reads its text again for the body's own proposals to another ("Arbetsutskottet föreslår
    kommunstyrelsen besluta att …") or its own acts ("Nämnden för Kultur & Fritid uppdaterar …")."""
    for item in items if body else ():
        lines = item.text.split("\n")
        if any(_foreign_proposal(t, body) for t in lines) or not item.decisions and any(
                own_proposal(t, body) or own_act(t, body) for t in lines):
            item.decisions = _item_decisions(lines, meeting_body=body)


def _item_decisions(body: list[str], page_starts: set[int] = frozenset(), *, meeting_body: str | None = None
                    ) -> list[str]:
    """The decisions of an item's body: under its decision headings, else its decision sentences. A proposal's
    clauses repeated word for word as the decision are one decision, not two."""
    body, page_starts = _unmargined(without_specks(body), page_starts)
    found = _proposed_to(body) or _decisions(body, page_starts, meeting_body=meeting_body)
    if not found or not any(_decision_heading(t, meeting_body) for t in body):
        found = _with_sentences(found, grammar_decisions(body, _SUBHEADINGS, meeting_body), " ".join(body))
    # a paragraph without a small letter records nothing: a running header OCR set among the lines ("PROTOKOLL
    # 2024-09-25 1 (3)")
    return list(dict.fromkeys(d for d in found if _SMALL_LETTER.search(d)))


def _with_sentences(inline: list[str], sentences: list[str], text: str) -> list[str]:
    """Decisions "Beslutades att …" opens, and the decision sentences beside them ("Den ekonomiska rapporten
    godkändes." / "Beslutades att medlemsavgiften …"), in the order printed; a sentence inside an opened decision is
    no decision of its own."""
    key = " ".join(text.split())
    opened = [_words_key(d) for d in inline]
    more = [s for s in sentences if not any(_words_key(s)[:30] in d or d[:30] in _words_key(s) for d in opened)]
    return sorted(inline + more, key=lambda d: (key.find(d[:30]) if d[:30] in key else len(key)))


def _words_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _proposed_to(body: list[str]) -> list[str]:
    """Where the only decision heading is another body's proposal ("Kommunstyrelsens förslag till
    kommunfullmäktige") and the item records its decision as a sentence after it ("Kommunfullmäktige beslutar
    enligt kommunstyrelsens förslag."), the heading is the proposal of the minutes' body, even where their header
    did not name it; the sentences are the decisions."""
    headings = [t for t in body if _decision_heading(t)]
    if not headings or not all(_PROPOSER.match(fold_key(t)) for t in headings):
        return []
    return grammar_decisions(body, _SUBHEADINGS | {l_skeleton(fold_key(t)) for t in headings})


def _unmargined(body: list[str], page_starts: set[int]) -> tuple[list[str], set[int]]:
    """The body with the subheadings a template sets in a left margin beside their text ("Beslut      Nämnden
    beslutar att …", or over two lines: "Förvaltningens    Nämnden antar …" / "förslag    2025.") on lines of
    their own above it, as the headings of other templates stand, so that one reader reads both. A margin cell
    is a heading only where its words are one."""
    out: list[str] = []
    starts: set[int] = set()
    # on a scan OCR may close the gap after a margin label ("Ärendebeskrivning Ekonomichefen redovisar …")
    # or read its gap as a dash ("Ärendebeskrivning — Ärendet har …"; a heading's dash, "Beslut – Förslag till …",
    # stays as printed)
    margined = any((cells := _margin_cells(t) or _dashed_cells(t)) and _is_subheading(cells[0]) for t in body) \
        or _closed_margins(body)  # or closed every gap
    n = 0
    while n < len(body):
        starts |= {len(out)} if n in page_starts else set()
        cells = _margin_cells(body[n]) or (_dashed_cells(body[n]) or _closed_margin(body[n]) if margined else None)
        below = _margin_cells(body[n + 1]) if n + 1 < len(body) and n + 1 not in page_starts else None
        label = below and _joined_label(cells[0], below[0]) if cells else None
        if label and not _is_subheading(cells[0]) and _is_subheading(label):
            out += [label, cells[1], below[1]]
            n += 2
            continue
        out += [cells[0], cells[1]] if cells and _is_subheading(cells[0]) else [body[n]]
        n += 1
    return out, starts


_GAP_SPECKS = H.LEAD_SPECKS + "«»"
CLOSED_MARGINS = 2  # margin labels of an item read with their gap closed that show a template of margin labels


def _closed_margins(body: list[str]) -> bool:
    """CLOSED_MARGINS different margin labels or more, each read with its gap closed."""
    labels: set[str] = set()
    for text in body:
        if cells := _closed_margin(text):
            labels.add(cells[0])
            if len(labels) >= CLOSED_MARGINS:
                return True
    return False


def _dashed_cells(line: str) -> tuple[str, str] | None:
    """A margin label and its text, the gap between them read as a dash ("Beslutsunderlag — Tjänsteskrivelse"); a
    heading's own dash ("Beslut – Förslag till kommunfullmäktige") leaves it whole."""
    cells = _DASHED_GAP.split(line, maxsplit=1)
    return (cells[0], cells[1]) if len(cells) == 2 and cells[1][:1].isupper() and not _is_subheading(line) else None


def _closed_margin(line: str) -> tuple[str, str] | None:
    """A subheading of one to three words and a capitalised text run on after one space, perhaps over a speck OCR
    read in the closed gap ("Beslutsunderlag «Tjänsteskrivelse")."""
    words = line.split(" ")
    for k in range(1, min(4, len(words))):
        label, text = " ".join(words[:k]), " ".join(words[k:]).strip().lstrip(_GAP_SPECKS)
        if text[:1].isupper() and _is_subheading(label) and words[k - 1] not in _DASHES:  # "Beslut – Förslag till …"
            return label, text
    return None


def _joined_label(first: str, second: str) -> str:
    """A margin label over two lines, a word broken at its hyphen joined: "Protokolls-" / "anteckning"."""
    return first[:-1] + second if first.endswith("-") and second[:1].islower() else f"{first} {second}"


def _margin_cells(line: str) -> tuple[str, str] | None:
    """A margin cell and the text beside it, or a label and its text after a colon ("Kommunfullmäktiges beslut:
    Dagordningen godkänns."; "Beslut: …" is read as it stands)."""
    m = _MARGIN.match(line) or not _INLINE_DECISION.match(fold(line)) and _LABELLED.match(line)
    return (m.group("label"), m.group("text")) if m else None


def _opened_apart(text: str) -> list[str]:
    """An opened decision's line split where a sentence opens another ("Beslöts att lämna 400 kr. till byns
    julgranar. Beslöts att delta i Vårmässan."): each is a decision of its own."""
    parts: list[str] = []
    for sentence in _STOP_BEFORE_CAPITAL.split(text):
        if parts and not _INLINE_DECISION.match(fold(sentence)):
            parts[-1] += " " + sentence
        else:
            parts.append(sentence)
    return parts


_STOP_BEFORE_CAPITAL = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def _decisions(body: list[str], page_starts: set[int] = frozenset(), *, meeting_body: str | None = None) -> list[str]:
    """What a decision heading heads (up to the next subheading), and the paragraph a "Beslut: ..." / "Beslöts att
    ..." line opens. Under a heading it is one decision, as printed: the lead ("Nämnden beslutar"), its "att ..." or
    "1. ..." clauses and the paragraphs that go on deciding; a record of the meeting's decision is that section
    whole, and a clause alone says nothing of who decided. A decision's paragraphs run on over a page break
    whatever they say."""
    out: list[str] = []
    inside = inline = False
    fresh = True
    listing = False  # the decision ended in a colon: the list it announced is part of it
    block_start = 0
    # beside a heading of the meeting's own decision, "Kommunstyrelsens förslag till kommunfullmäktige" is what it
    # proposes to another body, not what it decided
    decided = any(_decision_heading(t, meeting_body) and not _PROPOSER.match(fold_key(t)) for t in body)
    for n, t in enumerate(body):
        m = _INLINE_DECISION.match(fold(t))
        if m and t[:1].islower() and n and body[n - 1] and not _sentence_end(body[n - 1]) \
                and not body[n - 1].rstrip().endswith(":"):
            m = None  # "… begärt nedsättning på räntan" / "beslöts att …": the sentence's main clause, no opener
        if m:
            out.extend(_opened_apart(t[m.start(1) :]))
            inside, inline, fresh = True, True, False
            block_start = len(out)
            continue
        if _decision_heading(t, meeting_body) and not (decided and _PROPOSER.match(fold_key(t))) and not _wrapped_word(body, n):
            inside, inline, fresh = True, False, True
            block_start = len(out)
            continue
        if _is_subheading(t) or _FOLLOW_UP.match(fold(t)):
            inside = False
            continue
        if not t:
            if inside and not fresh and out[-1][-1:].isalnum() and not _lone_word_heading(body, n + 1):
                continue  # a blank line inside a sentence is a scanning artefact, not a paragraph end
            fresh = True
            if inside and inline and out[-1].rstrip()[-1:] in ";," and _clause_follows(body, n):
                inline, block_start = False, len(out) - 1  # "Beslut att välja … justerare;" / "" / "att välja …"
            inside = inside and not inline
            continue
        if not inside or n in page_starts and H.ISO_DATE.fullmatch(t.strip(H.OCR_SPECKS)):
            continue  # a page's running date left over from a header OCR broke up is no part of a decision
        ended = out[-1].rstrip().endswith(".") if out else False
        if ended and n in page_starts and _lone_word_heading(body, n):
            inside = False  # a page goes on with the decision, but not past a subheading a scan garbled ("Sammanfatunns")
            continue
        if not fresh and n not in page_starts and (_heading_shaped(out[-1], t, body[n + 1] if n + 1 < len(body) else "")
                                                   or _PROCEDURE.search(fold(t)) and (ended or t[:1].isupper())
                                                   or ended and H.END_TIME.search(t)
                                                   or ended and _INITIALS_CELL.match(t.strip())):
            # a subheading no table knows ("Beskrivning av …"), a reservation (its own sentence even where the
            # decision's stop was lost: "… godkänna budgeten" / "Anna Ek (M) reserverar sig …"), the meeting's close
            # or the initials of who is responsible, in a table's last cell ("AB", "PH/KL")
            inside = False
            continue
        if fresh and not _SMALL_LETTER.search(t):
            continue  # a paragraph without a small letter records nothing: a running header OCR set among the lines
        if fresh and _LEAD.match(fold(t)) and _clause_follows(body, n):
            t = _SPECKS_AFTER_LEAD.sub("", t)  # "Kommunstyrelsen beslutar. -": what a scan left, no word of it
        bullet = H.BULLET.match(t)
        clause = bullet.group("body") if bullet else t
        if (fresh and len(out) > block_start and n not in page_starts
                and not _section_goes_on(out[-1], body, n, bool(bullet), listing)):
            inside = False
            continue
        listing = len(out) > block_start and (listing or out[-1].rstrip().endswith(":")) and listed_entry(clause)
        elected = (fresh or bool(bullet)) and bool(out) and bool(_ELECTED_IN_PAST.search(clause)
                                                                 and _ELECTED_IN_PAST.search(out[-1]))
        if listing or len(out) > block_start and not inline and not elected:  # a clause's dot is no word of it
            out[-1] += f" • {clause}" if bullet and listing else f" {clause}"
            fresh = False
        elif fresh or bullet or H.DECISION_CLAUSE.match(clause) and not (n and _runs_on(body[n - 1], heading=n == 1)):
            out.append(clause)
            fresh = False
        else:
            out[-1] += " " + clause
    return out


def _runs_on(line: str, heading: bool) -> bool:
    """A decision's line that ends no clause ("… Styrelsen uppdrogs" / "att utifrån den ekonomiska ram …"): the
    att-clause under it is the same sentence, not a decision of its own; a list's clauses end in a comma, a semicolon
    or a stop. A heading's line has lost its last sign as a title does, so there only a word no sentence ends on says
    so ("17. Beslutades att … för åldersbestämning och" / "att slaktvikter …")."""
    if heading:
        return _open_end(line) or bool(_ATT_VERB_AT_END.search(line))  # "… Styrelsen uppdrogs" / "att …"
    return not line.rstrip().endswith((",", ";", ".", ":", "!", "?"))


# a verb of deciding that takes an att-clause, ending a line: the clause under it is its object
_ATT_VERB_AT_END = re.compile(r"\b(?:beslutade?s?|beslöts?|beslutar|uppdrogs?|uppdras|ålades|föreslogs|enades\s+om)$",
                              re.I)


# Elections told one to a sentence ("Till ordinarie ledamöter omvaldes …" / "Till suppleanter valdes …"): each is a
# decision of its own, under a heading too
_ELECTED_IN_PAST = re.compile(r"\b(?:om|ny)?valdes\b|\butsågs\b")
_SPECKS_AFTER_LEAD = re.compile(r"(?<=[\w:])[\s.,'\"–—|_-]+$")
_INITIALS_CELL = re.compile(r"^[A-ZÅÄÖ]{2,3}(?:\s*[,/&]\s*[A-ZÅÄÖ]{2,3})*$")


LONE_HEADING_MIN_CHARS = 8  # a subheading's one word ("Sammanfattning", "Beslutsunderlag"), no sentence's last
SHORT_LONE_HEADING_MIN_CHARS = 4  # such a word set apart by blank lines ("Kassör", "Övrigt"); shorter ones are particles


def _lone_word_heading(body: list[str], n: int) -> bool:
    """Line n is one long capitalised word alone over a paragraph that opens with a capital, or a shorter one set apart
    by blank lines: a subheading, also where a scan garbled it past knowing ("Sammmanlattnins" / "Delårsrapporten
    visar …") and lost the stop before it."""
    word, after = (body[n].strip() if n < len(body) else ""), (body[n + 1] if n + 1 < len(body) else "")
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    if len(word) >= LONE_HEADING_MIN_CHARS and after[:1].isupper():
        return True
    # also a shorter one set apart by blank lines ("" / "Kassör" / "" / "Efter två år …"), a word and no name (a
    # surname a sentence wrapped alone)
    below = next((t for t in body[n + 2 :] if t), "")
    lex = load_lexicon()
    return (len(word) >= SHORT_LONE_HEADING_MIN_CHARS and n > 0 and not body[n - 1].strip() and not after.strip()
            and below[:1].isupper() and lex.is_word(word.lower()) and not lex.is_name(word.lower()))


def _wrapped_word(body: list[str], n: int) -> bool:
    """A line that reads as a decision heading but is the first word of a sentence a narrow column wrapped ("…
    Nämnden för Individ & Familjeomsorg." / "Beslut" / "enligt socialtjänstlagen (2001:453)."): no blank line
    sets it apart from the text above, and the line below goes on in lower case, no clause."""
    before, after = body[n - 1] if n else "", body[n + 1] if n + 1 < len(body) else ""
    return bool(before) and after[:1].islower() and not H.DECISION_CLAUSE.match(after)


def _heading_shaped(before: str, line: str, after: str) -> bool:
    """A line set as a subheading between paragraphs: after a finished sentence, a few capitalised words with no
    figure and no punctuation at the end, and a paragraph opening with a capital under it."""
    words = line.split()
    return (before.rstrip().endswith(".") and 0 < len(words) <= H.SUBHEADING_MAX_WORDS and line[:1].isupper()
            and not line.rstrip()[-1:] in ".,:;!?)" and not re.search(r"\d", line) and not H.BULLET.match(line)
            and after[:1].isupper())


def _clause_follows(body: list[str], n: int) -> bool:
    after = next((t for t in body[n + 1 :] if t), "")
    bullet = H.BULLET.match(after)
    return bool(H.DECISION_CLAUSE.match(bullet.group("body") if bullet else after))


def _paragraph(body: list[str], n: int) -> str:
    end = body.index("", n) if "" in body[n:] else len(body)
    return " ".join(body[n:end])


def _section_goes_on(previous: str, body: list[str], n: int, bullet: bool, listing: bool) -> bool:
    """A later paragraph under a decision heading is still the decision where `_decision_goes_on` says so, where
    its first sentence speaks of the decision or of what is to be done, or where it is the next entry of the list the
    decision announced with its colon ("Kommunrevisionen beslutar att ge:" / "Bo Regnér … heldagsarvode …" / "" /
    "Stefan Friberg … halvdagsarvode …"); not a subheading a scan may have garbled past knowing ("Sammanfattning av.
    ärendet"), a record of procedure, the meeting's close or a signing service's note. Background told as what has
    happened ("Förvaltningen har sett över reglerna.") is not."""
    paragraph = _paragraph(body, n)
    if _decision_goes_on(previous, paragraph, bullet):
        return True
    after = next((t for t in body[n + 1 :] if t), "")
    first = first_sentence(paragraph)
    entry = listing and listed_entry(body[n]) and not FINITE_AUXILIARY.search(first)
    return (entry or of_the_decision(first)) and not (
        _heading_shaped(previous, body[n], after) or _lone_word_heading(body, n)
        or _PROCEDURE.search(fold(paragraph)) or H.END_TIME.search(paragraph)
        or H.MEETING_CLOSED.search(paragraph) or H.SIGNED_NOTE.search(paragraph))


def _decision_goes_on(previous: str, paragraph: str, bullet: bool) -> bool:
    """A later paragraph under a decision heading is still the decision when it is a clause, follows a lead that
    ends in a colon, is itself a decision sentence or has the deciding body act in it ("Kommunfullmäktige begär …");
    plain prose after it is the case's background."""
    return (bullet or previous.rstrip().endswith(":") or bool(H.DECISION_CLAUSE.match(paragraph))
            or is_decision(paragraph) or body_acts(paragraph))


# ------------------------------------------------------------ checks


def _check_numbers(
    headings: list[_Heading], span: tuple[int, int] | None, toc: list[int], issues: list[str]
) -> None:
    numbers = [h.n for h in headings if h.kind != "sub"]
    for a, b in zip(numbers, numbers[1:]):
        if b != a + 1 and b != 1:
            issues.append(f"item numbers jump from {a} to {b}")
    if span and numbers and (numbers[0], numbers[-1], len(numbers)) != (span[0], span[1], span[1] - span[0] + 1):
        issues.append(f"cover lists §§ {span[0]}-{span[1]} but {len(numbers)} items were found")
    if toc and len(toc) != len(numbers):
        issues.append(f"contents list names {len(toc)} items but {len(numbers)} were found")
