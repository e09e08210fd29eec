"""The meeting header: labelled values, cover pages, signature blocks, running headers and the free lines of a
letterhead, read into the fields of `Meeting`, with the line that prints each value.

Values come in the order of trust the reading gives them: a labelled value before a free line, the header before
the signature block, the items (an election, the closing time) only where the header gave nothing.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from rapidfuzz.distance import OSA, Levenshtein

from ingest import headings as H
from ingest import layout, presence
from ingest.decisions import is_decision
from ingest.lexicon import load_lexicon
from ingest.glyphs import (BORDER_LETTER_READS, BORDER_READS, GAP_SPECK, I_READ_AS_L, QUOTE_MARKS, SECTION_READS,
                           SECTION_SIGNS, across_lost_middle, clock_ones, commas_in_list, fold, folded, party_marks,
                           suspended_hyphens_mended)
from ingest.lines import (CELL_BREAK, CLOSING, LABEL, LABEL_FIELD, SECTION, Line, blank_folded, fold_key, label_field,
                          split_folded, unspeckled)
from ingest.models import Item, Meeting, Span
from ingest.people import (adjusters_present, clean_name, given_name_pairs, join_list, member_row, members_captions,
                           names_only, one_per_person, opens_with_a_listed_name, person_alone, presence_mark, read_people,
                           read_as, unique, usual_order, usual_spellings)
from ingest.resolve import Candidate, Candidates, Trust, pick

_TITLES = folded(H.TITLES)
_ELECTIONS = tuple((field, folded(p), names_first) for field, p, names_first in H.ELECTIONS)
_ELIDED_ELECTIONS = tuple((field, folded(p), False) for field, p in H.ELIDED_ELECTIONS)  # the names after "och"
_NAME_ELECTED = folded(H.NAME_ELECTED)
_MEETINGS_OWN_ROLE = folded(H.MEETINGS_OWN_ROLE)
_FOR_THE_MEETING = folded(H.FOR_THE_MEETING)
_FOR_ANOTHER = folded(H.FOR_ANOTHER)
_ELECTION_TITLE = folded(H.ELECTION_TITLE)
_ELECTED_WORDS = folded(H.ELECTED_WORDS)
_ATTENDED_WORDS = folded(H.ATTENDED_WORDS)
_START_TIME, _END_TIME, _OPENED_BY = folded(H.START_TIME), folded(H.END_TIME), folded(H.OPENED_BY)
_WEEKDAYS = folded(H.WEEKDAYS)
_PLACE_AFTER_DATE = folded(H.PLACE_AFTER_DATE)
_HELD_AT = re.compile(rf"\s(?:på|hos)\s+(?P<place>[{H.UPPER}][^.;:]*?)\.?$")
_PLACE_BEFORE_DATE = folded(H.PLACE_BEFORE_DATE)
_BODY_WORDS = folded(H.BODY_WORDS)
_ORG_WORDS = folded(H.ORG_WORDS)
_ORG_LEADS = folded(H.ORG_LEADS)
_MEETING_OF = folded(H.MEETING_OF)
_TOP_ORG_WORDS = folded(H.TOP_ORG_WORDS)
_AS_PRINTED = {_BODY_WORDS: H.BODY_WORDS, _ORG_WORDS: H.ORG_WORDS, _TOP_ORG_WORDS: H.TOP_ORG_WORDS}
_LONG_BODY_KEYS = tuple(dict.fromkeys(fold(k).lower() for k in H.BODY_KEY_WORDS if len(k) >= H.MISREAD_KEY_MIN))
_BODY_PURPOSE = {fold(w) for w in H.BODY_PURPOSE_WORDS}
_PAUSE = re.compile(r"\b(?:ajourner\w*|paus)\b", re.I)
# (folded) the adjustment's day and hour, or the next meeting's ("Nästa möte utlyst till 18/5 kl. 19.00")
_OTHER_OCCASION = re.compile(r"\bjuster(?:as|ades|ats|ing|ingen|ingsdag)\b|\banslag(?:et|s)?\b"
                             r"|\bnasta\s+\w*(?:mote|sammantrade)\b", re.I)
_UMBRELLAS = {fold(w).lower() for w in H.UMBRELLA_ORGS}
_COORDINATORS = ("&", "och")
SHORT_YEAR_PIVOT = 50  # "49-03-12" is 2049, "50-03-12" 1950: a fixed pivot, not today's year, for byte-identical output
# a label the table does not know; not a name with a speck read as a colon before its party mark ("Kjell Engström: (L)")
_OTHER_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäöé-]*(?: [\wåäöé-]+)?:(?:\s|$)(?!\s*\()")
_ORG_NUMBER = re.compile(r"\b\d{6}-?\d{4}\b")
_NUMBERED_LABEL = re.compile(r"^[^:]+:\s*[\d+(]")  # its value a number: "Organisationsnr: 212000-1256", "Telefon: 0300"
_CAPITAL_OR_DIGIT = re.compile(rf"[{H.UPPER}\d]")
_LETTER = re.compile(r"[^\W\d_]")
_DETACHED_SIGNS = re.compile(r"\s+[^\w\s()]{1,3}\s*$")  # signs a space after a name's last word end no name
_NAME_WORD = re.compile(rf"[{H.UPPER}][a-zåäöéü]{{2,}}")  # a word of a name: "Sanna", "Lövgren"; not "Sr", "CIA"


def _names_someone(value: str) -> bool:
    """A word shaped as a name's, or a name set in capitals ("EVA LIND": a listed given name and surname); a dotted
    line read as letters ("edra Sr", "Å CIA ANAVYANVAVADG") has neither."""
    lex = load_lexicon()
    return bool(_NAME_WORD.search(value)) or sum(lex.is_name(w.capitalize()) for w in value.split() if w.isupper()) >= 2
_LETTER_RUN = re.compile(r"([^\W\d_])\1\1", re.I)  # a dotted line read as letters: "UPTEEEREEENNNNE"; no name has three
_VOWEL = re.compile(r"[aeiouyåäöéü]", re.I)
_FULL_NAME_AT_END = re.compile(rf"[{H.UPPER}][a-zåäöéü]+(?:-[{H.UPPER}][a-zåäöéü]+)? [{H.UPPER}][a-zåäöéü]+\W*$")
DOTS_READ_SHARE = 0.6  # of a signer's value's words, at least four, that are specks of a dotted line: it is one


def _dots_read(value: str) -> bool:
    """A signer's dotted line read as letters, a few capitals at its end ("rer tre ee rer rss rr rt rr RK RKA Rts",
    "sees RR Rs Rss"): most of its words short ones in small letters or without a vowel, a name's words have both,
    and no full name after them."""
    words = value.split()
    specks = [w for w in words if len(w) <= 3 and w.islower() or not _VOWEL.search(w)]
    named = _FULL_NAME_AT_END.search(value)  # "… rr rr  Annika Holmgren": the name signs on the line
    return len(words) >= 4 and len(specks) >= DOTS_READ_SHARE * len(words) and not named


_LETTER_SPACED = re.compile(rf"(?:[{H.UPPER}] ){{3,}}[{H.UPPER}]")
_MEETING_WORD = re.compile(r"\w*(?:mote|motet|sammantrade|sammantradet|traff)$", re.I)  # folded: "Styrelsemöte"
_CONTINUING = set(H.PERSON_LISTS) | {"place_time"}
_SIGNERS = {"chair", "secretary", "adjusters"}
_DEFINITE_ADJECTIVE = re.compile(r"[a-zåäö]{3,}a")
_ALSO_PRESENT = folded(H.ALSO_PRESENT)
_WHEN_WHERE = {"date", "time", "place_time", "location"}
_ROLL_TITLES = {fold_key(t) for t in H.PRESENCE_TITLES}
_SIGNATURE_HEADINGS = {"underskrifter", "underskrift"}
_RUN_ON = set(H.PERSON_LISTS) | _SIGNERS  # the fields whose lists a converter may run into the next label
_NAMES_OF_THE_MEETING = {"organization", "body"}  # printed as labels only with a capital: "myndighet" ends a wrapped title
_SERVES = folded(H.REPLACES)
# a speck OCR read in the gap between a label and its value ("Plats och tid © Kommunhuset"), or the gap itself read
# as "=" ("Ordförande = Ulla Strand (S)")
_I_AS_L = re.compile(I_READ_AS_L)
# A scan's speck read as a mark of its own before a line's first word (". Protokoll styrelsemöte", "” Närvarande:"): no
# line of a cover opens with a lone stop, comma or quote (before an item's title it may be what is left of its number)
_LEAD_SPECK = re.compile(r"^[.,:;'\"`‘’“”„]\s+(?=[\w§])")
_COMMA_AFTER_MARK = re.compile(r"(?<=\))[.,]['’‘`]\s*(?=[a-zåäö])")  # "Anna Ek (S).'ordförande": a comma's tail apart
_SPECK_BEFORE = re.compile(rf"^[{re.escape(H.OCR_SPECKS)}=]+\s+")
_BORDER_APART = re.compile(rf"[{re.escape(BORDER_READS + BORDER_LETTER_READS)}] (?=\S)")
_SCOPE = re.compile(rf"{SECTION_SIGNS}\s?\d")
_SIGN_AT_END = re.compile(rf"\s(?:§§?|[{re.escape(SECTION_READS)}]{{1,2}})$")  # "deltar ej §§" (OCR: "83")
# "Thure Sandén (M), Ordförande deltar ej §§ 137, 163-164 p.g.a. jäv": the items a listed member takes no part in
_SITS_OUT = folded(rf"(?: \([A-ZÅÄÖ]{{1,4}}\))?[^()§]{{0,40}}? deltar (?:ej|inte)(?: i)? {SECTION_SIGNS}\s?"
                   rf"(?P<items>\d+(?:\s*(?:[-–,]|och)\s*\d+)*)", 0)
# "11   Val av ledamot …", a numbered entry of a list of items; OCR may close its gap to one space
_NUMBERED_ENTRY = re.compile(rf"^\s*(?:§\s*)?\d{{1,4}}[.)]?(?:\s{{2,}}|\t)\S|^\s*\d{{1,4}}[.)]?\s+[{H.UPPER}][a-zåäö]")
EARLIEST_START_HOUR = 6
"""Meetings do not start in the small hours: such a start is a misread digit ("8.30" read as "3.30")."""


def label_cell(text: str) -> bool:
    return bool(LABEL.match(fold(unspeckled(text))) or _captions(text))


_SENT_TO = frozenset(fold_key(label) for label in H.SENT_TO)  # its value is a list's, however it is worded


def _labelled(text: str) -> list[tuple[str, str, bool]]:
    """(field, value, descriptive) for each label in a line; table rows may hold several."""
    out: list[tuple[str, str, bool]] = []
    if member_row(text):
        return out
    captions = _captions(text)
    if len(captions) >= 2 and len(CELL_BREAK.split(text.strip())) == 1:
        return [(field, "", False) for field in captions]  # "Ordförande Sekreterare": signers' roles, gaps closed
    for cell in CELL_BREAK.split(text):
        cell = unspeckled(cell)
        if (border := _BORDER_APART.match(cell)) and LABEL.match(fold(cell[border.end() :])):
            cell = cell[border.end() :]  # "I Plats och tid": the table's border before the label
        while cell:
            m = LABEL.match(fold(cell))
            if m and cell[:1].islower() and out and out[-1][0] in H.PERSON_LISTS and out[-1][1]:
                m = None  # "Närvarande    Margareta Olsson    ordförande": the member's role, in a cell of its own
            if m and cell[:1].islower() and not out and not m.group("sep") and (
                    label_field(m.group("label")) in _NAMES_OF_THE_MEETING
                    or label_field(m.group("label")) in _SIGNERS and cell[m.start("rest") :].strip()[:1].islower()):
                m = None  # "enhetschef för" / "myndighet § 42", "ordförande driftnämnden Kultur och": a wrapped title
            if not m:
                if out and out[-1][1] and (mark := presence_mark(cell)):
                    # "Kassör    Lukas Gartman    Nej": a roll's mark, its caption row lost, is no part of the name
                    if mark == "absent":
                        out[-1] = (out[-1][0], f"{out[-1][1]} (frånvarande)", out[-1][2])
                    break
                if out and any(c.isalnum() for c in cell):  # "Beslutande    =    Anna Ek (S)": a speck in the gap
                    field, value, desc = out[-1]
                    cut = _next_label(cell, colon_only=field not in _RUN_ON)
                    cut = cut if cut and cell[cut - 1] == ")" else None  # "Bo Ek (M)Justering": OCR ran two lines on
                    out[-1] = (field, (value + " " + cell[:cut]).strip(), desc)
                    if cut:
                        cell = cell[cut:]
                        continue
                break
            field = label_field(m.group("label"))
            rest = _SPECK_BEFORE.sub("", cell[m.start("rest") :].strip())
            rest = rest if any(c.isalnum() for c in rest) else ""  # "Stämmoordförande =": a speck is no value
            qualified = re.match(r"^[a-zåäö][\w -]{0,40}?:\s*", rest)  # "Närvarande arbetsgivare: ..."
            if not m.group("sep") and qualified:
                rest = rest[qualified.end() :]
            descriptive = (not m.group("sep") and not qualified and rest[:1].islower() and not _I_AS_L.match(rest)
                           and field in _CONTINUING)
            if field == "ignored" and LABEL.match(fold(rest)) and fold_key(m.group("label")) not in _SENT_TO:
                out.append((field, "", False))  # "Underskrifter Sekreterare": read on
                cell = rest
            else:
                cut = _next_label(rest, colon_only=field not in _RUN_ON)
                out.append((field, "" if descriptive else rest[:cut].strip(), descriptive))
                cell = rest[cut:] if cut else ""
    return out


def _next_label(value: str, colon_only: bool = False) -> int | None:
    """Where the next label starts in a list value that a PDF converter ran together with the rest of the cover
    ("Anna Ek (S) ordförande Bo Al (M) Tjänstgörande ersättare Cia Ny (V) ersätter Dan Ro (V) Övriga närvarande
    …"): a capitalised label of a list or a signer after a party mark or a lower-case word, or one of two words or
    more after a name, or one with its colon after a full stop ("… Cia Lund. Frånvarande: Dan Berg."). A comma before
    it makes it a title ("Per Ek, Sekreterare"), unless a name follows the signer's label: then it is the next of
    the officers a line names ("Ordförande Ulf Ek, Sekreterare Lars Al, Kassör …"). `colon_only`: in any other value
    only such a label set off by its colon ("Kommunhuset, kl. 09.00-11.30 Beslutande: Linnea Borg (S)")."""
    for m in re.finditer(rf"(?<=[\w).,]) (?=[{H.UPPER}])|(?<=\))(?=[{H.UPPER}])", value):  # OCR: "(S)Justering"
        label = LABEL.match(fold(value[m.end() :]))
        if label and ":" in (label.group("sep") or "") + label.group("label") and value[m.start() - 1] != "," \
                and label_field(label.group("label")) in _WHEN_WHERE:
            return m.end()  # "Datum: 2018-08-25 Plats: Hönan och Galten Tid: 10:00"
        if not label or label_field(label.group("label")) not in _RUN_ON | {"ignored"}:
            continue
        if value[m.start() - 1] == ",":
            named = re.split(r"[,;]|\.(?:\s|$)", label.group("rest") or "", maxsplit=1)[0].strip()
            if label_field(label.group("label")) in _SIGNERS and " " in named and H.NAME.match(named):
                return m.end()
            continue
        if colon_only:
            if ":" in (label.group("sep") or ""):
                return m.end()
            continue
        before = value[: m.start()].split()[-1]
        # after a full stop, a label with its colon, or one of attendance before a full name ("… och Ulf Grönlund.
        # Frånvarande Bertil Markstedt")
        ends = before.endswith(".") and (":" in (label.group("sep") or "") or label_field(label.group("label"))
                                         in H.PERSON_LISTS and _NAME_ALONE_ON.match(label.group("rest") or ""))
        if before.endswith(".") and not ends:
            continue
        if " " in label.group("label").strip() or before.endswith(")") or before.islower() or ends:
            return m.end()
    return None


def _captions(text: str) -> list[str]:
    """The fields a signature caption row names ("Ordförande      Justerare", "Sekr."), or []."""
    cells = [c for c in CELL_BREAK.split(text) if unspeckled(c)]
    if len(cells) == 1:
        cells = [w for w in text.split() if any(c.isalnum() for c in w)]  # "Ordförande = Sekreterare"
    fields = [LABEL_FIELD.get(fold_key(c)) for c in cells]
    return fields if all(f in _SIGNERS for f in fields) else []


# A signer's label a scan misread in a letter or two ("SekreterafO", "Justerade"), opening a line of the signature block
SIGNER_LABELS = ("Sekreterare", "Ordförande", "Justerare", "Justerande", "Justeras")
_SIGNER_LABEL_KEYS = {label.lower(): label for label in SIGNER_LABELS}
SIGNER_LABEL_OPENING = 3  # letters of a garbled signer's label that still name it beside a line to sign on
_FIRST_WORD = re.compile(r"^(\s*)(\S+)")


_SIGNING_LINE = re.compile(r"[._…]{4,}")
_LINE_BEFORE_NAME = re.compile(r"^\S*\s+.*[._…]{4,}[\s.,:;'`_…-]*(?=[A-ZÅÄÖ][a-zåäöé])")  # "L.......  ..  Erik Ek"


def signer_label_mended(text: str) -> str:
    """A signature row as printed: the label a scan misread mended, and the dotted line it read between the label and
    the name, with the specks around it, left out ("SekreterafO   L........ ..  Erik Ek")."""
    m = _FIRST_WORD.match(text)
    if not m or len(word := m.group(2).rstrip(":")) < 8:
        return text
    rest = text[m.end():]
    if not LABEL.match(fold(unspeckled(text))):
        # "Ordföranden tackade de närvarande": a sentence, no signer's row; a lone word in a cell of its own is the
        # signing line read as letters ("Sekreterafle  massera      Anneli Sundström")
        cells = CELL_BREAK.split(rest.strip())
        words = [w for k, cell in enumerate(cells) if len(cell.split()) > 1 or k + 1 == len(cells) for w in cell.split()]
        if not _SIGNING_LINE.search(rest) and any(w.strip(H.OCR_SPECKS)[:1].islower() for w in words):
            return text
        meant = _meant_label(word.lower(), _SIGNER_LABEL_KEYS, 10)  # "Justerade": one field
        if meant is None and _SIGNING_LINE.search(text):
            word = _SIGNING_LINE.split(word)[0]
            meant = _label_by_opening(word)
        if meant is None:
            return text
        text = f"{m.group(1)}{meant}{text[m.start(2) + len(word):]}"
    if LABEL_FIELD.get(fold_key(text.split()[0])) not in _SIGNERS:
        return text
    line = _LINE_BEFORE_NAME.match(text)
    return f"{text.split()[0]}   {text[line.end():]}" if line else text


def _label_by_opening(word: str) -> str | None:
    """The signer's label a scan garbled past two letters on a row with a line to sign on ("SEKretCläC……",
    "JUSICIAO   ……"): the one label of about its length that opens with its first letters."""
    key = fold(word).lower()
    near = [printed for label, printed in _SIGNER_LABEL_KEYS.items()
            if key[:SIGNER_LABEL_OPENING] == label[:SIGNER_LABEL_OPENING] and abs(len(key) - len(label)) <= 2]
    return near[0] if near and len({LABEL_FIELD.get(fold_key(printed)) for printed in near}) == 1 else None


_LONG_LABELS = {fold(label).lower(): label for labels in H.FIELD_LABELS.values() for label in labels
                if " " not in label and len(label) >= 8}
PHRASE_LABEL_MIN = 12  # letters of a label of several words that a scan's misread letter does not make another's
_LONG_PHRASES = {fold(label).lower(): label for labels in H.FIELD_LABELS.values() for label in labels
                 if " " in label and len(label) >= PHRASE_LABEL_MIN}
# a line's first words, as many as a long phrase has, the longest first
_PHRASE_HEADS = [re.compile(rf"(\s*)([^\s:]+(?: [^\s:]+){{{size - 1}}})(:?)(?=\s|$)")
                 for size in sorted({len(phrase.split()) for phrase in _LONG_PHRASES}, reverse=True)]
_LABEL_PIECES = re.compile(r"(?P<indent>\s*)(?P<head>[A-ZÅÄÖ][^\W\d_]*)\s{2,}(?P<tail>[^\W\d_]+)\b")


def _specks_mended(text: str) -> str:
    """Mended for the header and signature readers only, as `label_mended` is: before an item's title a speck may be
    what a scan left of its number, so the items' lines keep theirs."""
    return _COMMA_AFTER_MARK.sub(", ", _LEAD_SPECK.sub("", text))


def _label_rejoined(text: str) -> str:
    """The line with a long label a scan read in two pieces, its middle lost ("N    arande med rösträtt:"), whole."""
    if (pieces := _LABEL_PIECES.match(text)) and (
            key := across_lost_middle(fold(pieces["head"]).lower(), fold(pieces["tail"]).lower(), _LONG_LABELS)):
        return f"{pieces['indent']}{_LONG_LABELS[key]}{text[pieces.end():]}"
    return text


def _phrase_mended(text: str) -> str:
    """A line whose label of several words a scan misread in one letter ("Utses utt justera   Anna Ek") with the
    label as printed, where a value follows as `label_mended` has it; a letter read for another, so that an inflected
    word ("Vice ordföranden Anna Ek …") is no label. Also where its first word alone is a label ("Plats och tld")."""
    for head in _PHRASE_HEADS:
        m = head.match(text)
        rest = text[m.end() :].strip() if m else ""
        if not m or rest and not (rest[:1].isupper() or rest[:1].isdigit()):
            continue
        key = fold(m.group(2)).lower()
        if key in LABEL_FIELD:
            return text
        near = [printed for phrase, printed in _LONG_PHRASES.items()
                if len(phrase) == len(key) and OSA.distance(key, phrase, score_cutoff=1) == 1]
        if near and len({LABEL_FIELD.get(fold_key(printed)) for printed in near}) == 1:
            return f"{m.group(1)}{near[0]}{text[m.end(2) :]}"
    return text


def label_mended(text: str) -> str:
    """A header line whose label a scan misread in a letter ("Protokoölljusterare   Hans Ek", two letters of a label
    of 14 or more) with the label as printed, where its value follows as a value does: capitalised or a number, not
    a sentence going on ("Ordföranden förklarade …"). Once in `read_meeting`, for the header and the signature block
    only: an item's text stays as printed."""
    text = _phrase_mended(_label_rejoined(text))
    m = _FIRST_WORD.match(text)
    if not m or len(word := fold(m.group(2).rstrip(":")).lower()) < 8 or not m.group(2)[:1].isupper() \
            or LABEL.match(fold(unspeckled(text))):
        return text
    rest = text[m.end() :].strip()
    if rest and not (rest[:1].isupper() or rest[:1].isdigit()) or word[:-1] in _LONG_LABELS or word[:-2] in _LONG_LABELS:
        return text  # a sentence, or a label's own word inflected: "Ordföranden Anna Ek hälsade välkommen"
    meant = _meant_label(word, _LONG_LABELS, 14)
    if meant is None:
        return text
    colon = m.group(2)[len(m.group(2).rstrip(":")) :]
    return f"{m.group(1)}{meant.capitalize()}{colon}{text[m.end(2) :]}"


def _meant_label(word: str, labels: dict[str, str], two_edits_from: int) -> str | None:
    """The label, as printed, that a scan read as `word` (written as `labels`' keys are): one letter off (or two
    letters typed in each other's place: "Frånvarnade"), or two of a label of `two_edits_from` letters or more; None
    where no label is that near, or the near ones name two fields."""
    near = [printed for key, printed in labels.items()
            if OSA.distance(word, key, score_cutoff=2) <= 1 + (len(key) >= two_edits_from)]
    return near[0] if near and len({LABEL_FIELD.get(fold_key(printed)) for printed in near}) == 1 else None


_AWAITS_NAME = re.compile(r":|[._…]{4,}")  # a label with a colon or a line to sign on heads the name below it


def is_caption(text: str) -> bool:
    """The line is a row of signers' roles and nothing else ("ordförande", "Ordförande    Justerare")."""
    return bool(_captions(text))


def _caption_row(lines: list[Line], idx: list[int], pos: int) -> bool:
    """The line at idx[pos] captions the names above it: on their page, and not a label whose
    names follow below ("Justeras" / "Maria Holm    Jakob Strand"), unless those names have a caption
    row of their own (another signature: "Lena Holm" / "Sekreterare")."""
    i = idx[pos]
    if lines[i].page != lines[i - 1].page:
        return False
    below = [k for k in idx[pos + 1 :] if not layout.RULE.fullmatch(lines[k].text)]  # past the label's signature line
    after = below[0] if below else None
    captioned = len(below) > 1 and bool(_captions(lines[below[1]].text))
    return (after is None or bool(_labelled(lines[after].text)) or not read_people(lines[after].text)[0]
            or captioned)


def _split_label(text: str, below: str) -> tuple[str, str] | None:
    """A cover label broken over two lines, as the line reads with it whole, and the value the second line holds
    beside the label's end: "Justeringens" / "plats och tid Kommunkansliet, 2024-10-03", or, with the value
    beside the label's first words, "Justeringens      Kommunkansliet, 2024-10-03" / "plats och tid", also where
    those first words are a shorter label themselves ("Plats och tid för   Stadshuset" / "sammanträdet"), and
    where the list goes on beside the second line ("Närvarande    Hanna Berg (M)" / "ersättare    Ivar Strid (S)")."""
    words, below = text.split(), unspeckled(below)
    first, *beside = CELL_BREAK.split(below, maxsplit=1)
    own = LABEL.match(fold(text))  # "Tjänstgörande ersättare   Karin Ek" over "Ersättare   Nils Ek": whole already
    for k in range(1, min(H.LABEL_FIRST_LINE_WORDS, len(words)) + 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        m = LABEL.match(fold(f"{head} {below}"))
        if not m or len(m.group("label")) <= len(head) or own and len(own.group("label")) >= len(m.group("label")):
            continue
        shorter = LABEL.match(fold(head))  # "Plats och tid" in "Plats och tid för" / "sammanträdet"
        if shorter and len(shorter.group("label")) >= len(m.group("label")):
            continue
        if not tail:
            return f"{head} {below}", ""
        rest = m.group("label")[len(head) + 1 :].lower()
        if rest == fold(below).lower():
            return f"{head} {below}   {tail}", ""
        if beside and rest == fold(first).lower():
            return f"{head} {first}   {tail}", beside[0].strip()
    return None


def list_member(text: str) -> bool:
    """A line that is one member of a list and nothing else: a full name, perhaps with party and role ("Anna Berg
    (S), ordförande"), specks at its ends left out ("Bo Ek (M)    |")."""
    text = unspeckled(text)
    people = read_people(text)[0]
    return len(people) == 1 and _full_name(people[0].name) and text.startswith(people[0].name) and not label_cell(text)


def _read_fields(
    lines: list[Line], idx: list[int], signatures: bool = False
) -> tuple[list[tuple[str, list[tuple[int, str]]]], list[int]]:
    """Labelled values, one (field, [(line, text), ...]) group per label occurrence, and the
    lines no label claimed. A label line without a value is in its group with text "".
    With `signatures` (the block after the items), names with a caption row right under them
    ("Mats Forsberg    Sanna Rydberg" / "Ordförande    Justerare") take their fields by column."""
    groups: list[tuple[str, list[tuple[int, str]]]] = []
    free: list[int] = []
    open_group: tuple[str, list[tuple[int, str]]] | None = None
    waiting = False
    consumed: set[int] = set()  # caption rows and label ends already read with the line above
    labels_above = None  # a row of signature labels side by side: (line, their offsets, their groups)
    stacked: list[tuple[str, list[tuple[int, str]]]] = []  # signers' labels one under another, names still to come
    letterhead_at = None  # the column of a label set beside a letterhead line ("Ekby kommun    Sammanträdesdatum")
    over_captions = False  # a signer's name stood over its role: the block's next roles are captions too
    values_after = _values_after_labels(lines, idx)
    signing = signatures  # a cover's signature rows follow its "Underskrifter": their labels garbled as the block's are
    for pos, i in enumerate(idx):
        t = signer_label_mended(lines[i].text) if signing else lines[i].text
        signing = signing or fold_key(CELL_BREAK.split(lines[i].text.strip())[0]) in _SIGNATURE_HEADINGS
        if i in consumed:
            continue
        if i in values_after:  # "Plats och tid" / "Beslutande" / "Kommunhuset, kl. 9-12" / "Anna Ek (S), Bo Al (M)"
            t = f"{t}   {lines[values_after[i]].text}"
            consumed.add(values_after[i])
        if layout.RULE.fullmatch(t):  # a signature's dotted line ("........    ........") holds no value
            labels_above = labels_above and (i, *labels_above[1:])
            continue
        if open_group and _caption_again(t, open_group, lines):
            consumed.add(i)  # "Namn    Parti    Funktion" over the rows a table goes on with on its next page
            continue
        if (pos and idx[pos - 1] != i - 1 and not waiting and not _list_goes_on(lines, idx[pos - 1], i)
                and not (open_group and _place_left_open(open_group))):
            open_group = None
        listed = open_group and open_group[0] in H.PERSON_LISTS
        if listed and t[:1] in _SPECK_OPENINGS:
            t = t.lstrip(H.OCR_SPECKS)  # ": Bäckström, Ulrika Regnéll": a speck before a list's next line
        # "Anna Ek (S), 2:e vice" / "ordförande"; "Per Ek (C), vice ordförande" / "§§ 131-136, ordförande §§ 137"
        # (a caption still waiting for its list may have it a blank line lower, as a scan sets it)
        if open_group and open_group[0] in _CONTINUING and (t[:1].islower() or listed and _SCOPE.match(t)) and pos and (
                idx[pos - 1] == i - 1 or waiting and i - idx[pos - 1] == 2 or listed and _list_goes_on(lines, idx[pos - 1], i)):
            open_group[1].append((i, t))  # "Magdalena Sundqvist (S), 2:e vice" / "ordförande": a wrapped role
            continue
        member = _captioned_member(t, open_group) if open_group and idx[pos - 1] == i - 1 else None
        if member:
            open_group[1].append((i, member))  # "Närvarande" / "Ordförande: Elin Bergström" / "Kassör: Per Ek"
            waiting = False
            continue
        if open_group and _role_row(t, open_group, waiting) and idx[pos - 1] == i - 1:
            open_group[1].append((i, t))  # "Beslutande ledamöter" / "Ordförande Anna Andersson (S)"
            waiting = False
            continue
        cells = _labelled(t)
        if (labels_above and not cells and idx[pos - 1] == labels_above[0] and i - labels_above[0] <= 6
                and not (pos + 1 < len(idx) and idx[pos + 1] - i <= 2 and _captions(lines[idx[pos + 1]].text)
                         and _caption_row(lines, idx, pos + 1))):  # a caption row below names each signer's role instead
            rest = _row_goes_on(lines, idx, pos, len(labels_above[1]))
            if _signers_under(i, t if rest is None else f"{t}    {lines[rest].text}", labels_above):
                consumed.update([] if rest is None else [rest])
                open_group, waiting, labels_above = None, False, None
                continue
        # the label's second line may stand a blank line lower in OCR ("Plats och tid för ..." / "" / "sammanträde")
        near = idx[pos + 1] if pos + 1 < len(idx) and idx[pos + 1] - i <= 2 else None
        below = near if near == i + 1 else None
        whole, beside = (_split_label(t, lines[near].text) if near is not None else None) or (None, "")
        # or under the value's wrapped time, a line of figures ("… Storgatan 37 Klockan" / "08.30-14.15" / "sammanträde")
        farther = idx[pos + 2] if (near is not None and pos + 2 < len(idx) and idx[pos + 2] - near <= 2
                                   and not _LETTER.search(lines[near].text)) else None
        if not whole and farther is not None and (split := _split_label(t, lines[farther].text)) and not split[1]:
            (whole, beside), near = split, farther
        if whole:
            cells = _labelled(whole)
            consumed.add(near)
        if signatures and not cells and near is not None and _caption_row(lines, idx, pos + 1) and not (
                waiting and _AWAITS_NAME.search(lines[near].text)):  # "Ordförande: ____" / "Anna Ek" / "Sekreterare: ____"
            captions, names = _captions(lines[near].text), [p for c in CELL_BREAK.split(t) for p in read_people(c)[0]]
            # OCR may set a row of signers' roles a blank line below their names ("Karl Svensson    Gustav Ek" /
            # "" / "ordf.    sekr."); a lone name above a caption there is a signature of its own
            last = pos + 2 >= len(idx)  # a caption that ends the block has no names below it to label
            # a role in small letters is a caption under a name, never a label over the next one
            under = lines[near].text.strip()[:1].islower()
            if captions and len(captions) == len(names) and (near == below or len(names) >= 2 or last or under
                                                             or over_captions):
                groups += [(field, [(i, p.name), (near, "")]) for field, p in zip(captions, names)]
                consumed.add(near)
                open_group, waiting, over_captions = None, False, True
                continue
            if below is not None and captions and len(captions) < len(names) == len(layout.cells(t)):
                # "Justeras" / "Anna Andersson     Per Persson" / "ordförande": a caption names the signer it stands
                # under, the others sign under the label above, or, with none, are no one's signers
                starts = [lines[i].indent + at for at, _ in layout.cells(t)]
                under = {max((n for n, at in enumerate(starts) if at <= lines[below].indent + start + 2), default=0):
                         field for (start, _), field in zip(layout.cells(lines[below].text), captions)}
                if open_group and waiting:
                    label = [(j, "") for j, _ in open_group[1]]
                    groups += [(under.get(n, open_group[0]), [(i, p.name), (below, ""), *label])
                               for n, p in enumerate(names)]
                else:
                    groups += [(under[n], [(i, p.name), (below, "")]) for n, p in enumerate(names) if n in under]
                consumed.add(below)
                open_group, waiting = None, False
                continue
        if cells:
            # plain pdftotext reads a row of signature columns down the labels first: "Sekreterare" / "Ordförande" /
            # "Justerare", then "....." / "Arvid Stål" / "....." / "Rickard Palm" / ...: the names follow in order
            # a signer's dotted line that OCR read as letters ("Sekreterare   sssmsmsesereressa", "UPTEEEREEENNNNE") names no one: the name
            # below does, or, where the labels come first, the names after them in order; the line stays unassigned
            # so does a value of no word a name has ("edra Sr", "Å CIA ANAVYANVAVADG") where a full name stands below
            named_below = near is not None and _full_name(lines[near].text)
            misread = [field in _SIGNERS and bool(value) and (not _CAPITAL_OR_DIGIT.search(value) or _LETTER_RUN.search(value)
                                                             or _dots_read(value)
                                                             or named_below and not _names_someone(value))
                       for field, value, _ in cells]
            bare_signer = len(cells) == 1 and cells[0][0] in _SIGNERS and (not cells[0][1] or misread[0])
            after_bare = bool(open_group and waiting and open_group[0] in _SIGNERS)
            stacked = [*((stacked or [open_group]) if after_bare else []), None] if bare_signer else []
            cells = [(field, "" if junk else value, desc) for (field, value, desc), junk in zip(cells, misread)]
            for (field, value, desc), junk in zip(cells, misread):
                groups.append((field, [(-1 if desc or junk else i, value)] + ([(near, beside)] if whole else [])))
            lead = "" if whole else unspeckled(CELL_BREAK.split(t)[0])
            lettered = bool(lead) and not LABEL.match(fold(lead))
            if all(desc for _, _, desc in cells) or lettered:
                # "Extra deltagare under ...": the description stays unassigned; "Tekniska nämnden   Sammanträdesdatum":
                # the cell before the label is a letterhead line of its own
                free.append(i)
            letterhead_at = next((at for at, c in layout.cells(t) if label_cell(c)), None) if lettered else None
            # a table row "Underskrifter Sekreterare ..... Paragrafer §§ 46-49": the value below
            # belongs to the label that had none
            # "Justeringens plats och tid" alone on its line: its value below is no meeting date or place either
            # ("Underskrifter" heads signature rows, which are read as such)
            alone = len(cells) == 1 and fold_key(t) not in _SIGNATURE_HEADINGS
            pending = [n for n, (field, value, _) in enumerate(cells) if not value and (field != "ignored" or alone)]
            if roles := _signature_labels(cells, t, signatures):  # "Vid protokollet      Justeras"
                offsets = [at for at, _ in layout.cells(t)][-roles:]
                offsets = offsets if len(offsets) == roles else list(range(roles))  # gaps closed: order alone
                labels_above = (i, offsets, groups[len(groups) - roles:])
            elif labels_above and idx[pos - 1] == labels_above[0] and bare_signer and not cells[0][1]:
                # a row of signers' labels OCR broke in two ("Sekreterare    Ordförande" / "Justerare"): one row, the
                # names below read in its order
                labels_above = (i, [*labels_above[1], labels_above[1][-1] + 1], [*labels_above[2], groups[-1]])
            pick = pending[-1] if pending else len(cells) - 1
            open_group, waiting = groups[len(groups) - len(cells) + pick], bool(pending)
            stacked = stacked and [*stacked[:-1], open_group]
            continue
        if waiting and letterhead_at and i - idx[pos - 1] <= 2 and (value := _beside_letterhead(t, letterhead_at)):
            open_group[1].append((i, value))  # "Ekby kommun    Sammanträdesdatum" / "Socialnämnden    2024-03-12"
            free.append(i)
            waiting = False
            continue
        if len(stacked) >= 2 and _full_name(t):
            stacked.pop(0)[1].append((i, t))
            stacked = stacked if len(stacked) >= 2 else []  # the last name is the open label's
            continue
        if open_group and (waiting or open_group[0] in _CONTINUING) and not CLOSING.match(fold(t)) and not (
                (not waiting or _NUMBERED_LABEL.match(t))
                and _other_label(t, lines[i + 1].text if i + 1 < len(lines) else "")) and not (
                open_group[0] in H.PERSON_LISTS and _prose_after_list(open_group[1][-1][1], t)
                and (not waiting or open_group[1][0][0] < 0 or len(t.split()) >= PROSE_PARAGRAPH_MIN_WORDS)):
            # "Kyrkoherde: Sven Holm" is a field of its own; so is "Organisationsnr: 212000-1256" under an empty label
            open_group[1].append((i, t))
            waiting = False
            continue
        open_group = None
        free.append(i)
    return [g for group in groups for g in _wrapped_run_on(group)], free


def _other_label(text: str, after: str) -> bool:
    """A label no table knows, with its value, or alone at the line's end over no name ("Beslut:" over a decision's
    bullets ends the roll above it, where it had been read as a name; "Moderaterna:" over its members goes on with
    the roll)."""
    alone = _OTHER_LABEL.match(text.strip()) and not read_people(after)[0]
    return bool(_OTHER_LABEL.match(unspeckled(text)) or alone)


def _beside_letterhead(text: str, at: int) -> str | None:
    """The value under a label that stands beside a letterhead line: the cells from the label's column on, where
    the letterhead goes on in the cells before it ("Socialnämnden    2024-03-12"); None where no cell is before it."""
    row = layout.cells(text)
    value = [cell for start, cell in row if start >= at - layout.WANDER]
    return " ".join(value) if value and len(value) < len(row) else None


def _values_after_labels(lines: list[Line], idx: list[int]) -> dict[int, int]:
    """A converter reads a two-column cover down each column: all its labels, one a line, then all their values
    ("Plats och tid" / "Beslutande" / "Utses att justera" / "Kommunhuset, kl. 9-12" / "Anna Ek (S), Bo Al (M)" /
    "Bo Al"). Where a run of two or more bare labels is followed by as many lines that are no label, and then by a
    blank line or nothing, each value is its label's, in order: {label line: value line}."""
    out: dict[int, int] = {}
    pos = 0
    while pos < len(idx):
        labels = _run_of(lines, idx, pos, _bare_label)
        if len(labels) < 2:
            pos += max(1, len(labels))
            continue
        values = _run_of(lines, idx, pos + len(labels), lambda text: not label_cell(text))
        following = idx[pos + len(labels) + len(values) :][:1]
        ends = not following or values and following[0] > values[-1] + 1
        if values and values[0] == labels[-1] + 1 and len(values) == len(labels) and ends:
            out.update(zip(labels, values))
        pos += len(labels)
    return out


def _run_of(lines: list[Line], idx: list[int], pos: int, test) -> list[int]:
    """The lines from idx[pos] on, one right under the other, that pass `test`."""
    run: list[int] = []
    for i in idx[pos:]:
        if run and i != run[-1] + 1 or not test(lines[i].text):
            break
        run.append(i)
    return run


def _bare_label(text: str) -> bool:
    cells = _labelled(text)
    return len(cells) == 1 and not cells[0][1] and len(CELL_BREAK.split(text.strip())) == 1


def attendance_label(text: str) -> bool:
    """A label alone over a list of who attended or was away ("Närvarande", "Beslutande", "Frånvarande")."""
    return _bare_label(text) and _labelled(text)[0][0] in ("participants", "guests", "absent")


def signed_over(names: str, captions: str) -> bool:
    """A row of signers' full names, one a cell, over a row of as many of their roles ("Anna Berg    Dan Ny" /
    "Ordförande    Sekreterare"), or of fewer, each under its signer's name ("Helge Nyström    Oskar Lindberg    Albin
    Svensson" / "                 ordförande")."""
    cells = [c for c in CELL_BREAK.split(unspeckled(names).strip()) if c]  # "Heinrich Kaufmann -": a speck
    return bool(cells) and 1 <= len(_captions(captions)) <= len(cells) and all(_full_name(c) for c in cells)


def signers(text: str) -> list[tuple[str, str]]:
    """(field, name) of each signer a row names with a role ("Anna Berg (ordförande)      Bo Ek (sekreterare)", "Cia
    Lund, justerare", "Ordf. Anna Berg     Sekr. Dan Ny"), a full name a cell; [] where any cell is no such signer. A
    party mark makes the cell a member's row of a list ("Gun Ahl (S), ordförande"), no signature."""
    out: list[tuple[str, str]] = []
    for cell in (c for c in CELL_BREAK.split(text.strip()) if c):
        people = [] if H.PARTY_MARK.search(cell) else read_people(cell)[0]
        roles = people[0].roles & _SIGNERS if len(people) == 1 and " " in people[0].name else set()
        if len(roles) != 1:
            return []
        out.append((roles.pop(), people[0].name))
    return out


_ROLES = "|".join(re.escape(label) for label in sorted(
    (label for field in _SIGNERS for label in H.FIELD_LABELS[field]), key=len, reverse=True))
_FLAT_ROLE = re.compile(rf"(?<!\S)({_ROLES})\.?:?(?=\s|$)")
_ENDS_IN_ROLE = re.compile(rf"(?<!\S)(?:{_ROLES})\.?:?\s*$")
_FLAT_ROLE_FIELD = {label: field for field in _SIGNERS for label in H.FIELD_LABELS[field]}
_NAMES_APART = re.compile(r",\s*|\s+(?:och|samt)\s+")


def _flattened_group(lines: list[Line], field: str, group: list[tuple[int, str]], free: set[int]
                     ) -> tuple[list[tuple[str, str]], list[int]]:
    """A signer's label whose value is a flattened signature cell, and the lines it is read from: a print wraps the
    long cell, so a last role takes its names from the next free line ("… Ordförande Monica Neptun Justerare" /
    "Thomas Falck", "… Olivera Vujatovic Ordförande" / "Fredrik Hansson Justerare Thomas Lundberg", "… Justerare
    Johan" / "Bergkvist")."""
    texts, read = [t for _, t in group if t], [i for i, _ in group if i >= 0]
    if field not in _SIGNERS or not texts:
        return [], read
    text = f"{H.FIELD_LABELS[field][0]} {' '.join(texts)}"
    if read and (_ENDS_IN_ROLE.search(text) or not _flattened_signers(text)):
        below = next((k for k in range(read[-1] + 1, min(read[-1] + 3, len(lines))) if lines[k].text.strip()), None)
        if below in free and _flattened_signers(f"{text} {lines[below].text.strip()}"):
            text, read = f"{text} {lines[below].text.strip()}", [*read, below]
    return _flattened_signers(text), read


def _flattened_signers(text: str) -> list[tuple[str, str]]:
    """(field, name) of each signer of a signature block that a converter flattened into one table cell, each role
    followed by its names ("Sekreterare Simon Nissen Ordförande Monica Neptun Justerare Marie Regnéll, Erik Bladh")
    or by none where nobody signs in that role; [] unless the whole text is such roles and full names."""
    parts = _FLAT_ROLE.split(text.strip())
    if len(parts) < 3 or parts[0].strip():
        return []
    out: list[tuple[str, str]] = []
    for role, names in zip(parts[1::2], parts[2::2]):
        people = [H.PARTY_MARK.sub("", name).strip() for name in _NAMES_APART.split(names.strip())] if names.strip() else []
        if not all(_full_name(name) for name in people):
            return []
        out += [(_FLAT_ROLE_FIELD[role], name) for name in people]
    return out


def _wrapped_run_on(group: tuple[str, list[tuple[int, str]]]) -> list[tuple[str, list[tuple[int, str]]]]:
    """A cover run into one line and wrapped by OCR at the page edge, so that a later label stands inside a
    continuation line or across a line end ("… vice ordförande Cia" / "Carlsson (V) Tjänstgörande ersättare Dan
    Dahl (S) … Övriga" / "närvarande Fia Fors, …"): the lines read as one, cut at each label as an unwrapped line
    is (`_next_label`)."""
    field, entries = group
    if field not in _RUN_ON or len(entries) < 2 or any(i < 0 for i, _ in entries):
        return [group]
    spans, joined = [], ""
    for i, text in entries:
        joined = f"{joined} {text.strip()}".strip()
        spans.append((len(joined), i))
    cut = _next_label(joined)
    if cut is None or cut <= spans[0][0]:
        return [group]
    k, at = next((k, i) for k, (end, i) in enumerate(spans) if end >= cut)
    if member_row(dict(entries)[at]):
        return [group]  # "Ulla Ek SD Tjänstgörande ersättare": a members table row's function cell, no label
    # a label that opens a line ("Linda Molin (S)" / "Tjänstgörande ersättare Eva Grahn (V) …") ends the lines above
    # as they stand: one name a line, none of them wrapped
    before = entries[:k] if cut == spans[k - 1][0] + 1 else [(entries[0][0], joined[:cut].strip())]
    return [(field, before)] + [(f, [(at, v)]) for f, v, _ in _labelled(joined[cut:])]


def _signature_labels(cells: list[tuple[str, str, bool]], text: str, signatures: bool) -> int:
    """How many signature labels a row sets side by side with no values, their names to come below (0 where it is
    no such row): in the closing block any labels ("Vid protokollet      Justeras"), on a cover only signers'
    roles, perhaps after "Underskrifter" (a converter's table row "Underskrifter | Sekreterare | Ordförande | …")."""
    roles = cells[1:] if fold_key(CELL_BREAK.split(text.strip())[0]) in _SIGNATURE_HEADINGS else cells
    labels = (len(roles) >= 2 and not any(value for _, value, _ in cells) and "ignored" not in [f for f, _, _ in roles]
              and (signatures and len(roles) == len(cells) or all(f in _SIGNERS for f, _, _ in roles)))
    return len(roles) if labels else 0


def _row_goes_on(lines: list[Line], idx: list[int], pos: int, labels: int) -> int | None:
    """The line that holds the rest of a row of signers' names OCR broke in two ("Karolina Bäckström    Aino
    Kettunen" / "" / "Mikael Strand" under three labels): fewer full names than labels, the rest right below."""
    if pos + 1 >= len(idx) or idx[pos + 1] - idx[pos] > 2:
        return None
    names = [read_people(cell)[0] for _, cell in layout.cells(lines[idx[pos]].text)]
    more = [read_people(cell)[0] for _, cell in layout.cells(lines[idx[pos + 1]].text)]
    whole = all(len(p) == 1 and _full_name(p[0].name) for p in [*names, *more])
    return idx[pos + 1] if whole and len(names) < labels == len(names) + len(more) else None


def _signers_under(line: int, text: str, labels_above) -> bool:
    """As many full names in a row as signature labels above it, or more ("Vid protokollet    Justeras" / "Jonas Fält
    Per Holm    Eva Lind"): each signs under the label whose column it starts in. False where the row is no such."""
    _, offsets, label_groups = labels_above
    row = layout.cells(text)
    words = text.split()
    if len(row) == 1 and len(words) == 2 * len(offsets):  # "Göran Lidström Amira Haddad": gaps closed by an export
        row = [(offsets[k], " ".join(words[2 * k : 2 * k + 2])) for k in range(len(offsets))]
    people = [read_people(cell)[0] for _, cell in row]
    if len(row) < len(offsets) or not all(len(p) == 1 and " " in p[0].name for p in people):
        return False
    for k, ((start, _), (person,)) in enumerate(zip(row, people)):
        # a name a label reads in order: the row's indent may be lost ("Underskrifter   Sekreterare   …" / "Nils Fors   …")
        under = k if len(row) == len(offsets) else max((n for n, at in enumerate(offsets) if at <= start + 2), default=0)
        label_groups[under][1].append((line, person.name))
    return True


def _role_row(text: str, group: tuple[str, list[tuple[int, str]]], waiting: bool) -> bool:
    """A row of a members list that begins with the member's role ("Ordförande Anna Andersson (S)", "Ersättare Olle
    Olsson (KD) tjänstgör för Karl Karlsson (KD)"): the role word reads as a label, but a label sets its value off
    with a colon or a column gap, and this row stands in a list, right under its label or with a party mark. Only
    a role or a substitute serving in someone's place: "Ersättare Hans Jonsson (S)" opens the substitutes' list."""
    m = LABEL.match(fold(unspeckled(text)))
    if not m or group[0] not in _LISTS or group[0] == "adjusters":
        return False
    rest = text[m.start("rest") :]
    if m.group("sep") and (m.group("sep").strip() or not H.PARTY_MARK.search(rest) or not (waiting or _role_first(group))):
        return False  # a colon labels a value; so does a gap, but in a column of roles ("Ordförande    Anna Ek (S)")
    name = re.split(r"[,(]", rest)[0].strip()
    role = label_field(m.group("label")) in _SIGNERS or bool(_SERVES.search(fold(rest)))
    return role and _full_name(name) and (waiting or bool(H.PARTY_MARK.search(rest)))


def _role_first(group: tuple[str, list[tuple[int, str]]]) -> bool:
    """The list's last row set its role in a column before the member ("Ordförande    Helena Hammar (S)")."""
    m = LABEL.match(fold(unspeckled(group[1][-1][1]))) if group[1] else None
    return bool(m and m.group("sep") and not m.group("sep").strip())


def _captioned_member(text: str, group: tuple[str, list[tuple[int, str]]]) -> str | None:
    """Under "Närvarande" alone, rows set off by a role and a colon or a column gap ("Ordförande: Elin Bergström",
    "Kassör    Per Ek", "Ledamöter: Jonna Lilja, Viktor Sand") list the members present: the row as the list reads it,
    a signer's role in brackets after the name ("Elin Bergström (ordförande)") and any other role or caption left
    out. A label of another field ("Frånvarande:", "Adjungerade:", "Tid:") ends the list."""
    cells = [c.strip() for c in CELL_BREAK.split(text.strip()) if c.strip()]
    if group[0] != "participants" or group[1][0][1] or ":" not in text and len(cells) != 2:
        return None
    role, rest = (part.strip() for part in text.split(":", 1)) if ":" in text else cells
    m = LABEL.match(fold(unspeckled(text)))
    field = label_field(m.group("label")) if m else None
    if (field not in (None, "chair", "secretary", "participants") or not 0 < len(role.split()) <= 2
            or not (people := read_people(rest)[0]) or not all(" " in p.name for p in people)):
        return None
    return f"{rest} ({role.lower()})" if field in ("chair", "secretary") else rest


def _caption_again(text: str, group: tuple[str, list[tuple[int, str]]], lines: list[Line]) -> bool:
    """A members table continued on the next page prints its caption row again: the same row of column captions
    as in the group already, so the rows under it are the same list's."""
    key = fold_key(text)
    return len(layout.cells(text)) > 1 and any(j >= 0 and fold_key(lines[j].text) == key for j, _ in group[1])


# party marks OCR set apart from their names, whole ("(S)", "(KD)") or in pieces where a column broke ("( S)", ")", "K")
_ORPHAN_MARKS = re.compile(r"\s*(?:\(\w{1,4}\)\s*)+|(?=.*[()A-ZÅÄÖ$])[\s()]*[A-ZÅÄÖ$]{0,3}[\s()]*")


def _prose_after_list(previous: str, t: str) -> bool:
    """A sentence under a list whose line ended it ("Närvarande: ombud från 20 föreningar, styrelsen, revisorer och
    valberedare" / "Mötet inleddes med avprickning, kaffe och smörgås, varvid …"): mostly words in small letters,
    its second too (a name's is capitalised, "Madelaine Seidlitz. suppleant för …"), after a line that left nothing
    open."""
    words = t.split()
    return (not previous.rstrip().endswith((",", " och", " samt", "&")) and len(words) >= PROSE_MIN_WORDS
            and words[1][:1].islower() and 2 * sum(w[:1].islower() for w in words) > len(words)
            and not opens_with_a_listed_name(t))


PROSE_MIN_WORDS = 4
# a label still waiting for its list is no list's where a paragraph this long in small letters comes under it, or
# any sentence where the label described who came ("Närvarande cirka 40 medlemmar." / "" / "Årsmötet inleddes med …")
PROSE_PARAGRAPH_MIN_WORDS = 15


def _list_goes_on(lines: list[Line], prev: int, i: int) -> bool:
    """PDF text puts a blank line between every line ("Mikael" / "" / "Östberg, Helena Grahn"),
    and OCR one between the rows of a member table: a list cut mid-way, or a row of members
    with party marks after another, goes on over one blank line, or over a page break."""
    named = prev  # "Fatima Yusuf (S)" / "(S)" / "(KD)": party marks OCR set apart from the names of their column
    # (or a member's note wrapped under the name: "Per Andersson (valberedningens" / "ordförande)")
    while named and (_ORPHAN_MARKS.fullmatch(party_marks(lines[named].text)) or lines[named].text[:1].islower()
                     and lines[named].text.rstrip().endswith(")")) and lines[named - 1].text:
        named -= 1
    before, t = party_marks(lines[named].text), party_marks(lines[i].text)
    # "…, Sven Bengtsson och Hilding" / "" / "Jönsson.": the list's last name ends over the blank line
    tail = len(t.split()) <= 2 and t.endswith(".")
    open_end = before.endswith(",") or before.count(",") >= 2 and not before.endswith((".", ")")) and ("," in t or tail)
    scope = bool(re.match(r"(?:§|\d)", before))  # "137, 163-164": the items the member above attended
    wrapped = t[:1].islower() and bool(H.PARTY_MARK.search(before))  # "Ek (KB) § 21 - del av § 26" / "" / "kl. 11"
    above = [party_marks(lines[k].text) for k in range(max(0, named - 2), named + 1)
             if unspeckled(lines[k].text)[:1].isupper()]  # '"Beslutande   Anna Berg (S)': a speck opens no line
    member = above[-1] if above else before  # "2:e vice" / "ordförande", "Ek (KB) … del av § 26" / "" / "kl. 11"
    members = bool((H.PARTY_MARK.search(member) or scope) and H.PARTY_MARK.search(t))
    # "Anna Berg (S)" / "" / "§§ 131-136, 138", "Per Ek (M), deltar ej §§" / "" / "137, 163-164"
    attended = bool(H.PARTY_MARK.search(member) and (_SCOPE.match(t) or _SIGN_AT_END.search(before) and t[:1].isdigit()))
    # a name a row, rows spaced apart by OCR or by Markdown's paragraphs, each name perhaps with its title after a comma
    # (a row's name cell, whatever cells OCR set beside it: "Beslutande   Anna Berg", "Bo Ek  (KD)", "Bo Ek  Mi"), party
    # marks as OCR reads them aside ("Peter Norén ($S)" / "" / "Lotta Wiklund"); "Lars Nord. kommundirektör": its comma
    # read as a stop
    # the list's first line may hold its label too: "Övriga deltagande Ann Axelsson, sekreterare"
    labelled = LABEL.match(fold(before))
    value_before = before[labelled.start("rest") :] if labelled and labelled.group("rest") else before
    named_before = any(_full_name(clean_name(commas_in_list(cell).split(",")[0]))
                       for cell in CELL_BREAK.split(value_before))
    names = named_before and _full_name(clean_name(CELL_BREAK.split(commas_in_list(t).strip())[0].split(",")[0]))
    # "Mats Öhman     S     Ledamot", under another row or under the table's captions ("Namn    Parti    Funktion")
    table = (member_row(before) or members_captions([c for c in CELL_BREAK.split(before.strip()) if c])) and member_row(t)
    bullets = bool(H.BULLET.match(before) and H.BULLET.match(t))  # a loose list: "- Hanna Larsson" / "" / "- Ivar Ek"
    # "… ordförande, Maria" / "Gathendahl" / "" / "(KD), Charlotte …": a party mark opens no entry
    party_first = bool(H.PARTY_MARK.match(t)) or bool(_ORPHAN_MARKS.fullmatch(t)) and named_before
    goes_on = open_end or members or attended or wrapped or names or table or bullets or party_first
    # or over a page turn, past the page's foot and the next page's running header (none of them header lines)
    turned = lines[i].page == lines[prev].page + 1 and i - prev <= PAGE_TURN_LINES
    return (i - prev == 2 or turned) and goes_on and fold_key(t) not in SECTION


def _full_name(text: str) -> bool:
    text = text.strip().rstrip(":;|")  # a speck after the name: "Al Reza Mohammad:"
    return len(text.split()) >= 2 and bool(H.NAME.match(text) or given_name_pairs(text)) and not LABEL.match(fold(text))


PAGE_TURN_LINES = 12  # the most lines a page's foot and the next page's running header take between a list's halves
_SPECK_OPENINGS = ":;|"  # no value of a list begins with one
_LISTS = frozenset(H.PERSON_LISTS) | {"replaced"}  # "replaced": absent members named as replaced by others


# Minutes signed by e-mail mark each signature with slashes: "/Anna Ek/   /Cia Ny/", "/Anna Ek /Cia Ny", "Bo Al /s/"
_SLASH_SIGNED = re.compile(rf"(?:(?<=\s)|^)/\s?(?=[{H.UPPER}][a-zåäöé])|(?<=[a-zåäöé])\s?/(?:s/)?(?=\s|$)")


# a speck or two a scan read in the gap between two signers' names ("Karl Ek = Per Almqvist"); a dotted line to sign
# on is longer
_SPECK_BETWEEN_NAMES = re.compile(rf"(?<=[^\W\d_])\s+{GAP_SPECK}{{1,2}}\s+(?=[{H.UPPER}])")


def _signers_apart(text: str) -> str:
    """A row of signatures with each signer's cell apart: a slash that marks a signature, or a speck between two
    names, is a column gap."""
    return _SPECK_BETWEEN_NAMES.sub("   ", _SLASH_SIGNED.sub("   ", text))


def read_meeting(
    lines: list[Line], header: list[int], closing: list[int], furniture: list[int], items: list[Item],
    home: set[int], issues: list[str],
) -> Meeting:
    """Every reader proposes what it finds (see ingest.resolve); the meeting takes the winners."""
    lines = [replace(line, text=label_mended(_specks_mended(line.text))) if i in header else
             replace(line, text=label_mended(_signers_apart(_specks_mended(line.text))))
             if i in closing else line for i, line in enumerate(lines)]
    texts = [lines[i].text for i in header]
    tables = [presence.read(texts, rows) for rows in presence.tables(texts)]
    in_tables = {header[k] for table in tables for k in table.lines}
    groups, free = _read_fields(lines, [i for i in header if i not in in_tables])
    groups = _deciding_substitutes(lines, groups)
    closing_groups, closing_free = _read_fields(lines, closing, signatures=True)
    found = Candidates()
    for table in tables:
        _roll(table, found.reading(Trust.LABELLED, [header[k] for k in table.lines]))
    for item in items:  # a roll appended after the last item ("Bilaga 1 / Närvaro- och omröstningslista")
        _appended_roll(item.text.split("\n"), found.reading(Trust.FREE_LINE))
    joined: set[int] = set()
    for field, group in groups + closing_groups:
        texts = [t for _, t in group if t]
        flat, read = _flattened_group(lines, field, group, set(free) | set(closing_free))
        if len({signer for signer, _ in flat}) > 1:  # "Sekreterare Simon Nissen Ordförande Monica Neptun": a cell flattened
            for signer, name in flat:
                found.reading(Trust.LABELLED, read).propose(signer, name)
            joined.update(read)
            continue
        if field == "ignored" or not texts or field == "date" and H.SIGNING_TIMESTAMP.search(" ".join(texts)):
            continue  # "Datum: 2025-10-27 10:45:08" under a signer's name: when they signed, to the second
        found.reading(Trust.LABELLED, [i for i, _ in group if i >= 0])
        if field in ("place_time", "location", "date", "time"):
            wrapped = [t + "," if i >= 0 and lines[i].text.rstrip().endswith(",") and not t.endswith(",") else t
                       for i, t in group if t]  # "…, sammanträdesrum Kronan," / "hus A": the comma is the place's
            _when_where(" ".join(wrapped), field, found)
        elif not _listed(field, texts, found) and not (field == "organization" and _ORG_NUMBER.search(" ".join(texts))):
            # "Organisation" over "Organisationsnummer 802531-4470" names nothing (the check above)
            found.propose(field, _kind_of_meeting(field, " ".join(texts)))
    for i in closing_free:
        for field, name in signers(lines[i].text):
            found.reading(Trust.LABELLED, [i]).propose(field, name)
    free_lines, furniture_lines = set(free), set(furniture)
    # first the running header, whose name may wrap onto a line read as free ("Regionstyrelsens" / "arbetsutskott")
    running = {i: _wrapped_name(lines, i, free_lines | furniture_lines, furniture_lines, joined)[0] for i in furniture}
    # a line going on in lower case under the last item is its text run on, no letterhead or signature
    for i in free + [i for i in closing_free if not lines[i].text[:1].islower()]:
        if i not in joined:
            text, span = _wrapped_name(lines, i, free_lines, furniture_lines, joined)
            below = span[-1] + 2 if span[-1] + 2 < len(lines) and not lines[span[-1] + 1].text else span[-1] + 1
            after = lines[below].text if below < len(lines) else ""  # over OCR's blank line too
            _free_line(text, found.reading(Trust.FREE_LINE, span), after)
    found.reading(Trust.RUNNING_HEADER)  # found again by `sources`, on the first page that prints them
    for text in dict.fromkeys(text for i, text in running.items() if i not in joined):  # repeated on every page
        _free_line(text, found)
    _elected(items, found.reading(Trust.ITEMS), _name_codes("\n".join(line.text for line in lines)))

    chosen = pick(found.proposed, lists=_LISTS)
    home.update(chosen.placed)
    dated = chosen.winners.get("date", [])
    if dated and any((m := H.ISO_DATE.search(lines[i].text)) and m.group("split") for i in dated[0].lines):
        issues.append("meeting date read from a day the OCR split in two ('2021-08-1 7'): check it")
    date = _meeting_date(lines, chosen.value("date"), [i for i, line in enumerate(lines) if line.page == 1]
                         + furniture + closing, issues)
    start = chosen.value("start_time")
    if start and int(start[:2]) < EARLIEST_START_HOUR:
        issues.append(f"meeting start time {start} is before {EARLIEST_START_HOUR:02d}:00, probably misread: left out")
        start = None
    # each name OCR misread where it was read as the document usually prints it
    text = "\n".join(line.text for line in lines)
    roles, adjusters, listed = usual_spellings([[chosen.value("chair") or "", chosen.value("secretary") or ""],
                                                  chosen.values("adjusters"), chosen.values("participants")], text)
    # the adjusters are read where they are chosen and where they sign: one reading may be a misreading of the other
    chair, secretary, adjusters = roles[0] or None, roles[1] or None, one_per_person(unique(adjusters), text)
    if chair and secretary and read_as(chair, secretary):
        chair = _another_chair(found.proposed, secretary) or chair
    if any(" " in name for name in adjusters):  # one word beside full names is a scan's garble or a surname said again
        adjusters = [name for name in adjusters if " " in name]
    among = (_chair_among_members(lines, groups) or _chair_among_members(lines, closing_groups)  # a roll set last
             or _chair_with_party(chair, [lines[i].text for i in header]))
    participants = _with_chair(chair, unique(listed), among)
    out = _in_no_item(" ".join(lines[i].text for i in header), items, participants)
    participants = [name for name in participants if name not in out]
    adjusters = adjusters_present(adjusters, participants)
    # a member replaced for part of the meeting ("ersätter Birgitta Holm (S) fr.o.m. § 8") was there for the rest
    replaced = [name for name in chosen.values("replaced") if name not in participants]
    meeting = Meeting(
        organization=chosen.value("organization"),
        body=chosen.value("body") or _deciding_body(items),
        title=chosen.value("title"),
        date=date,
        start_time=start,
        end_time=chosen.value("end_time"),
        location=chosen.value("location"),
        participants=participants,
        guests=unique(chosen.values("guests") + out),
        absent=unique(chosen.values("absent") + replaced),
        chair=chair,
        secretary=secretary,
        # the chair signs "Justeras" too
        adjusters=[a for a in adjusters if not read_as(a, chair or "")] or adjusters,
    )
    for field, winners in chosen.winners.items():
        field = "absent" if field == "replaced" else field
        read = next((c.lines for c in winners if c.lines), None)
        if read and field not in meeting.sources and getattr(meeting, field):
            meeting.sources[field] = _span(lines, min(read), max(read))
    return meeting


def _another_chair(candidates: list[Candidate], secretary: str) -> str | None:
    """The most trusted chair read who is not the secretary: one person does not chair and record a meeting, so where
    the signatures name the secretary as chair (a scan that read the signature block's lines out of order), a roll's
    "Anna Ek (S), ordförande" names the chair."""
    chairs = sorted((c for c in candidates if c.field == "chair" and not read_as(str(c.value), secretary)),
                    key=lambda c: (-c.trust, c.order))
    return str(chairs[0].value) if chairs else None


def _in_no_item(text: str, items: list[Item], names: list[str]) -> list[str]:
    """The listed members who take part in none of the minutes' items: a member disqualified from every item of
    minutes kept for those items alone ("deltar ej §§ 137, 163-164" in the minutes of §§ 137, 163 and 164) was there
    but decided nothing in them."""
    if "deltar" not in text:
        return []
    held = {int(n[-1]) for item in items if (n := re.findall(r"\d+", item.number))}
    text, out = fold(text), []
    for name in names:
        for m in re.finditer(re.escape(fold(name)), text):
            said = _SITS_OUT.match(text, m.end())
            spans = re.findall(r"(\d+)(?:\s*[-–]\s*(\d+))?", said.group("items")) if said else []
            if held and spans and all(any(int(a) <= n <= int(b or a) for a, b in spans) for n in held):
                out.append(name)
                break
    return out


def _appended_roll(texts: list[str], found: Candidates) -> None:
    """A roll in an item's text: a table with a presence column, or the lists under a roll's title ("Närvarolista" /
    "Beslutande ledamöter" / names), read as the cover's lists are."""
    tables = presence.tables(texts)
    for rows in tables:
        _roll(presence.read(texts, rows), found)
    title = next((k for k, t in enumerate(texts) if fold_key(t) in _ROLL_TITLES), None)
    if tables or title is None:
        return
    below = layout.labels_raised(texts[title + 1 :], label_cell, list_member)
    rest = [Line(0, t.strip()) for _, t in layout.column_order(below, label_cell)]  # lists side by side: each whole
    for field, group in _read_fields(rest, [k for k, line in enumerate(rest) if line.text])[0]:
        _listed(field, [t for _, t in group if t], found)


def _listed(field: str, texts: list[str], found: Candidates) -> bool:
    """The people a group of lines under a label names, proposed; False where the label is of no people."""
    if texts and field in H.PERSON_LISTS:
        names, *others = split_folded(_ALSO_PRESENT, join_list(texts))
        _people(names, field, found)
        for value in others:  # "… samt ersättaren Dan Ny (S). Dessutom närvarade Fia Holm, sekreterare."
            _people(value.rstrip("."), "guests", found)
        return True
    if texts and field in ("chair", "secretary"):
        _people(" ".join(texts), field, found, officers=True)
        return True
    return False


def _roll(table: presence.Presence, found: Candidates) -> None:
    for field in ("participants", "guests", "absent"):
        for name in getattr(table, "present" if field == "participants" else field):
            found.propose(field, name)
    for field, name in table.roles:
        found.propose(field, name, min(found.trust, Trust.ROLE_IN_LIST))


# "Beslutande" alone over "Ledamöter …" and "Ersättare …": a cover page's section of those who decide, whose
# substitutes serve; its "Övriga närvarande" section heads "Ersättare" too, the ones there to listen
_DECIDING_SECTION, _MEMBERS_CAPTION, _SUBSTITUTES_CAPTIONS = "beslutande", "ledamoter", ("ersattare", "suppleanter")


def _deciding_substitutes(
    lines: list[Line], groups: list[tuple[str, list[tuple[int, str]]]]
) -> list[tuple[str, list[tuple[int, str]]]]:
    def caption(i: int) -> str:
        label = LABEL.match(fold(unspeckled(lines[i].text.strip())))
        return " ".join(label.group("label").lower().split()) if label else ""

    def deciding_section(group: list[tuple[int, str]]) -> bool:
        head = next((i for i, _ in group if i >= 0), None)
        if head is None or fold_key(lines[head].text) != _DECIDING_SECTION:
            return False
        below = next((i for i in range(head + 1, len(lines)) if lines[i].text.strip()), None)
        return below is not None and caption(below) == _MEMBERS_CAPTION

    out = list(groups)
    for k in range(1, len(groups)):
        (members_field, members), (field, group) = groups[k - 1 : k + 1]
        first = next((i for i, _ in group if i >= 0), None)
        if (field == "guests" and members_field == "participants" and first is not None
                and caption(first) in _SUBSTITUTES_CAPTIONS and deciding_section(members)):
            out[k] = ("participants", group)
    return out


def _chair_among_members(lines: list[Line], groups: list[tuple[str, list[tuple[int, str]]]]) -> bool:
    """The chair's label heads the members' ("Ordförande  Anna Ek (S)" over "Ledamöter  Bo Al (M)"), or the members
    are listed as "Övriga ledamöter" (the others): the chair named there is one of them."""
    heads = any(field == "chair" and after == "participants" and group[0][0] >= 0 and group[0][1]
                and 0 < rest[0][0] - group[-1][0] <= 1 + sum(not line.text for line in lines[group[-1][0] + 1 : rest[0][0]])
                for (field, group), (after, rest) in zip(groups, groups[1:]))
    return heads or any(field == "participants" and group[0][0] >= 0
                        and fold_key(lines[group[0][0]].text).startswith("ovriga") for field, group in groups)


def _chair_with_party(chair: str | None, texts: list[str]) -> bool:
    """The chair is printed with a party mark ("Fredrik Hansson (S), ordförande"), as members of a political body
    are: one of the members, wherever the line stands (a scan may have read it apart from the members' list)."""
    return bool(chair) and any(re.search(rf"\b{re.escape(chair)}\s*{H.PARTY_MARK.pattern}", text) for text in texts)


def _with_chair(chair: str | None, participants: list[str], among: bool) -> list[str]:
    listed = {usual_order(name) for name in participants}
    return [chair, *participants] if among and chair and participants and usual_order(chair) not in listed else participants


def _people(value: str, field: str, found: Candidates, officers: bool = False) -> None:
    """`officers`: the label is the first name's office, and the names after it hold offices of their own
    ("Ordförande Ulf Ek, sekreterare Lars Al, kassör Roger Bo"): only the first fills the label's field."""
    persons, replaced = read_people(value, roles_lead=officers)
    for name in replaced:
        found.propose("replaced", name)
    for person in persons:
        if field in H.PERSON_LISTS:
            # a substitute listed with the guests who serves, in a member's place or from an item, decides: a participant
            serving = field == "guests" and (person.replaces or person.serves) and person.serving
            found.propose("guests" if field == "participants" and not person.serving else
                          "participants" if serving else field, person.name)
        elif not officers or person is persons[0]:
            found.propose(field, person.name)
        for role in person.roles - {field}:
            found.propose(role, person.name, Trust.ROLE_IN_LIST)


def _meeting_date(lines: list[Line], chosen: tuple[str | None, tuple[int, int] | None] | None, nearby: list[int],
                  issues: list[str]) -> str | None:
    """The chosen date, with its year from elsewhere when printed without one: the first page, the running
    headers, the signature block."""
    date, part = chosen or (None, None)
    if part:
        month, day = part
        years = [d[:4] for d in _all_dates(lines, nearby)]
        same = [d[:4] for d in _all_dates(lines, nearby) if d[5:] == f"{month:02d}-{day:02d}"]
        year = (same or years or [None])[0]
        date = f"{year}-{month:02d}-{day:02d}" if year else None
        if not year:
            issues.append("meeting date lacks a year")
    if not date and "meeting date lacks a year" not in issues:
        issues.append("meeting date missing")
    return date


def _span(lines: list[Line], first: int, last: int) -> Span:
    return Span(page=lines[first].page, line=lines[first].number, end_page=lines[last].page,
                end_line=lines[last].number)


def sources(meeting: Meeting, lines: list[Line], first_look: list[int]) -> dict[str, Span]:
    """`meeting.sources` with a line for every field that has a value: a field read from a running header or
    taken from the items has none yet, and gets the first line that prints its value, looked for in the header,
    the signature block and the running headers first, then everywhere (an election in an item). A date or time
    is found by what it reads as, since it is printed in another form ("14 maj 2024", "kl. 9.00")."""
    order = list(dict.fromkeys(first_look + list(range(len(lines)))))
    keys: dict[int, str] = {}

    def prints(i: int, field: str, value: str) -> bool:
        text = lines[i].text
        if field == "date":
            return bool(text) and _date(text)[0] == value
        if field.endswith("_time"):
            hour, minute = value.split(":")
            return bool(re.search(rf"(?<!\d)0?{int(hour)}[.:] ?{minute}(?!\d)", text))
        if i not in keys:
            keys[i] = fold_key(text)
        return fold_key(value) in keys[i]

    out: dict[str, Span] = {}
    for field, value in meeting.model_dump(exclude={"sources"}).items():
        value = value[0] if isinstance(value, list) and value else value
        if not value:
            continue
        if field in meeting.sources:
            out[field] = meeting.sources[field]
            continue
        at = next((i for i in order if prints(i, field, value)), None)
        if at is not None:
            out[field] = _span(lines, at, at)
    return out


def _told_times(folded_text: str, found: Candidates) -> None:
    """The start and end the text tells: "Mötet öppnades 12.15", "Mötet började: 18.00", "avslutades kl. 20.40"."""
    for field, pattern in (("start_time", _START_TIME), ("end_time", _END_TIME)):
        if m := pattern.search(folded_text):
            found.propose(field, f"{int(m.group('h')):02d}:{m.group('m') or m.group('m_run') or '00'}")


_CODE_MARK = re.compile(rf"\([{H.UPPER}]{{2,3}}\)")  # a cheap look first: most minutes give no initials
_NAME_CODE = re.compile(rf"(?P<name>[{H.UPPER}][\w-]+(?:\s+[{H.UPPER}][\w-]+){{1,2}})\s+\((?P<code>[{H.UPPER}]{{2,3}})\)")
_PARTY_CODE = re.compile(rf"(?:{H.PARTY_LETTERS})")


def _name_codes(text: str) -> dict[str, str]:
    """The initials a roll gives each member to be named by in the items ("Suzanne Lemborn (SLE)" … "Att välja SLE
    till sekreterare", "Per Åstrand (PÅ)" … "Beslutas att PÅ skall justera"): capitals made of the given name's first
    letter and the surname's first two, or of every name's first letter; a party mark ("Sven Dahl (SD)") is none."""
    codes: dict[str, str] = {}
    for m in _NAME_CODE.finditer(text) if _CODE_MARK.search(text) else ():
        *given, surname = m["name"].split()
        parts = [p for word in m["name"].split() for p in word.split("-")]
        code = m["code"]
        if not _PARTY_CODE.fullmatch(code) and code[0] == given[0][0] and (
                code[1:] == surname[:2].upper() or code == "".join(p[0] for p in parts)):
            codes.setdefault(code, m["name"])
    return codes


def _spelled_out(text: str, codes: dict[str, str]) -> str:
    return re.sub(r"\b(" + "|".join(codes) + r")\b", lambda m: codes[m.group()], text) if codes else text


def _elected(items: list[Item], found: Candidates, codes: dict[str, str]) -> None:
    """Chair, secretary and adjusters elected in the items, the closing time, the first of each, and the
    attendance an item records ("2. Närvaro" / "Följande närvarade vid mötet: ..."); members named by the initials
    the roll gave them (`codes`) by their names."""
    elected: set[str] = set()
    opened: list[str] = []
    for n, item in enumerate(items):
        for field, value in _attendance(item.text):
            _people(value, field, found)
        text = " ".join(_spelled_out(item.text, codes).split())
        folded_text = fold(text)
        # the opening and the times told in the heading too: "§ 1 Ordförande Torbjörn öppnar mötet.", "1. Mötet
        # öppnades kl 1000 och avslutade 1530."
        title = " ".join(item.title.split())
        told, folded_told = f"{title}. {text}", f"{fold(title)}. {folded_text}"
        _told_times(folded_told, found)
        if m := _OPENED_BY.search(folded_told):
            opened.append(told[m.start(m.lastgroup) : m.end(m.lastgroup)])
        name_elected = bool(_NAME_ELECTED.search(folded_text))
        if name_elected:  # a name opens the election: a subheading above it is no part of it
            text = _run_together(_spelled_out(item.text, codes))
            folded_text = fold(text)
        adjusting = "juster" in folded_text.lower()  # every wording of an adjusters' election has it
        elided = _ELIDED_ELECTIONS if " och " in folded_text or " samt " in folded_text else ()
        for field, pattern, names_first in _ELECTIONS + elided:
            if field in elected or field == "adjusters" and not adjusting:
                continue
            m = pattern.search(folded_text) if name_elected or not names_first else None
            if m and field != "adjusters" and _FOR_ANOTHER.match(folded_text, m.end()):
                continue  # the chair of the nominating committee, or of the board for a year, chairs no meeting
            names = names_only(text[m.start("names") : m.end("names")]) if m else []
            own = field != "adjusters" and m is not None and bool(
                _MEETINGS_OWN_ROLE.search(m.group(0)) or _FOR_THE_MEETING.match(folded_text, m.end()))
            if m and field != "adjusters" and not own and n >= H.OPENING_ITEMS:
                continue  # "12. Till ordförande valdes Anna Lancing": late in an annual meeting, the association's
            for name in names if field == "adjusters" else names[:1]:
                found.propose(field, name, Trust.MEETING_ELECTION if own else None)
            if names:
                elected.add(field)
        for field, names, own in _roles_named(f"{item.title}\n{item.text}") if n < H.OPENING_ITEMS else ():
            if field not in elected:
                for name in names if field == "adjusters" else names[:1]:
                    found.propose(field, name, Trust.MEETING_ELECTION if own else None)
                elected.add(field)
        if attended := _attended_by_title(item):
            _people(" ".join(attended[1].split()), attended[0], found)
        if (titled := _elected_by_title(item, n)) and titled[0] not in elected:
            field, names, trust = titled
            for name in names:
                found.propose(field, name, trust)
            elected.add(field)
    if opened and "chair" not in elected:  # an elected chair chairs, whoever opened the meeting
        found.propose("chair", opened[0])


_ROLE_LABELS = {fold(label).lower(): field for field in ("chair", "secretary", "adjusters")
                for label in H.FIELD_LABELS[field] if len(label) > 4}  # "Ordf", "Just": abbreviations read as words
_ROLE_FIRST_WORDS = {label.split()[0] for label in _ROLE_LABELS}
_ROLE_NAMED = re.compile(r"(?:^|[,.]\s*|\s+(?:och|samt)\s+)(" + "|".join(
    re.escape(label) for label in sorted(_ROLE_LABELS, key=len, reverse=True)) + r")\b\s*[:;]?\s*", re.IGNORECASE)


def _roles_named(text: str) -> list[tuple[str, list[str], bool]]:
    """(field, names, the meeting's own role) of each line of an opening item that only names the meeting's officers
    by their roles ("Ordförande: Martin Ivarsson", "Mötesordförande Martin I och mötessekreterare Niclas H",
    "Ordförande Rune Underskog. Sekreterare Fritz Andersson."): a line of role labels, each followed by names and
    nothing else."""
    out = []
    for line in text.split("\n"):
        if named := _name_then_role(line):
            if named[0] == "adjusters" and out and out[-1][0] == "adjusters":  # a row each: one election
                out[-1] = ("adjusters", out[-1][1] + named[1], out[-1][2])
            else:
                out.append(named)
            continue
        first = line.split(maxsplit=1)[:1]
        if not first or fold(first[0]).lower().rstrip(":;") not in _ROLE_FIRST_WORDS:
            continue
        folded = fold(line.strip())
        cuts = list(_ROLE_NAMED.finditer(folded))
        if not cuts or cuts[0].start():
            continue
        pairs = []
        for m, after in zip(cuts, [*cuts[1:], None]):
            value = line.strip()[m.end() : after.start() if after else len(folded)].strip(" .,;")
            names = names_only(value)
            words = [w for w in re.findall(r"[\w-]+", value) if w not in ("och", "samt")]
            if not names or words != [w for name in names for w in name.split()]:
                break  # more than names: a sentence ("Ordförande Anna Ek hälsade alla välkomna")
            label = m.group(1).lower()
            pairs.append((_ROLE_LABELS[label], names, bool(_MEETINGS_OWN_ROLE.search(label))))
        else:
            out += pairs
    return out


def _name_then_role(line: str) -> tuple[str, list[str], bool] | None:
    """A line of an officers' table that sets each name first and its role in a column after it ("Hans Jacobsen
    mötets ordförande", "Monica Ullbrandt    protokolljusterare"): (field, [name], the meeting's own role)."""
    cells = [_DETACHED_SIGNS.sub("", c.strip()) for c in CELL_BREAK.split(line.strip()) if c.strip()]
    role = fold(" ".join(cells[-1].split())).lower() if len(cells) == 2 else ""  # "Monica Ullbrandt =   …": a speck
    if role not in _ROLE_LABELS or role.startswith(_NO_ROLE_AFTER_NAME) or names_only(cells[0]) != [cells[0]]:
        return None
    return _ROLE_LABELS[role], [cells[0]], bool(_MEETINGS_OWN_ROLE.search(role) or _OWN_ROLE_OF.match(role))


_NO_ROLE_AFTER_NAME = ("justeras", "justerat", "antecknat", "vid ", "att ", "utse")  # a signing's words, no office
_OWN_ROLE_OF = re.compile(r"(?:motets|stammans|arsmotets|sammantradets)\s")  # folded: "mötets ordförande"


def _elected_by_title(item: Item, n: int) -> tuple[str, list[str], Trust | None] | None:
    """(field, names, trust) of an item titled by one election whose text only names whom ("§ 2 Val av
    mötesordförande" / "Anna Ek valdes."), or whose title names them ("Val av justerare: Cia Ny"). The meeting's
    own chair or secretary by name ("mötesordförande", "… för stämman") outranks a member's role in the roll; a
    plain "ordförande" or "sekreterare" only among the opening items, and then as any election in the items."""
    title = " ".join(item.title.split())
    m = _ELECTION_TITLE.match(fold(title))  # fold keeps every sign's place: spans hold in the title as printed
    if not m:
        return None
    field = next(f for f in ("chair", "secretary", "adjusters") if m.group(f))
    own = field != "adjusters" and bool(_MEETINGS_OWN_ROLE.search(m.group(field)))
    if field != "adjusters" and not own and n >= H.OPENING_ITEMS:
        return None
    said = title[m.start("names") :] if m.group("names") else item.text.strip().split("\n\n")[0]
    names = _names_said(said, _ELECTED_WORDS, H.ELECTED_MAX_WORDS)
    if not names or field != "adjusters" and len(names) != 1:
        return None
    return field, names, Trust.MEETING_ELECTION if own else None


def _attended_by_title(item: Item) -> tuple[str, str] | None:
    """(field, list) of an item titled by an attendance label alone ("§ 2 Närvarande", "Frånvarande") whose first
    paragraph only names people ("Anna Ek, Bo Al och Cia Ny.", a name a line, "… var närvarande.")."""
    m = LABEL.match(fold(" ".join(item.title.split())))
    field = label_field(m.group("label")) if m and not m.group("rest") else None
    if field not in H.PERSON_LISTS or field == "adjusters":
        return None
    paragraph = item.text.strip().split("\n\n")[0]
    rows = [row.strip() for row in paragraph.split("\n") if row.strip()]
    if len(rows) > 1 and all(person_alone(row) for row in rows):
        paragraph = ", ".join(rows)  # a name a line
    said = re.sub(r"\s*\([^()]*\)", "", paragraph)  # "Anna Ek (ordförande)": the roles are read with the names
    return (field, paragraph) if _names_said(said, _ATTENDED_WORDS, H.ATTENDED_MAX_WORDS) else None


def _names_said(said: str, around: re.Pattern[str], max_words: int) -> list[str]:
    """The names a short text only names, a bulleted list's rows or a sentence wrapped over lines, with the words
    `around` them left out ("Anna Ek valdes.", "- Cia Ny" / "- Dan Ek"); [] where it says more than names."""
    rows = [row.strip() for row in said.split("\n") if row.strip()]
    bullets = [b.group("body") for row in rows if (b := H.BULLET.match(row))]
    said = " ".join((", ".join(bullets) if len(bullets) == len(rows) else " ".join(rows)).split())
    said = "".join(said[a:b] for a, b in _spans_between(around, fold(said))).strip(" .")
    if not said or len(said.split()) > max_words:
        return []
    names = names_only(said)
    only_names = " ".join(names) == " ".join(re.sub(r"\s*(?:,|\boch\b|&)\s*", " ", said).split())
    return names if names and only_names else []


def _spans_between(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of `text` that `pattern` leaves between its matches."""
    bounds = [0] + [k for m in pattern.finditer(text) for k in m.span()] + [len(text)]
    return list(zip(bounds[::2], bounds[1::2]))


def _run_together(text: str) -> str:
    """An item's lines as one run of text, a subheading ended as a sentence: "Beslut" over "Ulla Ström utses att
    justera protokollet" opens no name "Beslut Ulla Ström"."""
    return " ".join(" ".join(f"{t}." if fold_key(t) in SECTION
                             or H.DECISION_HEADINGS.match(suspended_hyphens_mended(t.strip())) else t
                             for t in text.split("\n")).split())


_SEAT_LABEL = re.compile(r"(?:suppleant|ersattare|ledamot|ledamoter)\b", re.I)  # folded


def _attendance(text: str) -> list[tuple[str, str]]:
    """(field, names) for each list of people an item's text gives under a label with a colon
    ("Närvarande: ...", "Frånvarande: ..."), read on over its wrapped lines to the end of its sentence."""
    out: list[tuple[str, str]] = []
    open_list = column = False
    texts = [line.strip() for line in text.split("\n")]
    for t, after in zip(texts, texts[1:] + [""]):
        # "Frånvarande' Per-Erik Nyström": the colon a scan read as a speck
        t = _PRESENT_WAS.sub(r"\1: ", _label_rejoined(_COLON_READ_AS_SPECK.sub(r"\1:", t)))
        m = LABEL.match(fold(t)) if t else None
        field = label_field(m.group("label")) if m else None
        # the colon may be lost where a full name opens the list ("Adjungerad Maria Olausson, Gävle …"), but a seat
        # named so in an item tells who holds it ("Suppleant Dick Boström och Mats Hedlund", under "Konstituering")
        if field in H.PERSON_LISTS and (":" in (m.group("sep") or "") or _NAME_LISTED_ON.match(t[m.start("rest"):])
                                        and not _SEAT_LABEL.match(m.group("label"))):
            out.append((field, _first_sentence_of_names(t[m.start("rest") :].strip())))
            open_list = True
            column = not out[-1][1]  # the label alone: a name a line under it, blank lines between them or not
        elif column and (not t or person_alone(unspeckled(t))):  # '"Elin Andersson': a speck before the name
            out[-1] = (out[-1][0], ", ".join(filter(None, (out[-1][1], unspeckled(t)))))
            continue
        elif t and open_list and not m and not column:
            out[-1] = (out[-1][0], f"{out[-1][1]} {t}")
        else:
            open_list = column = False
        # a stop after a name where the next line opens with another is a comma a scan read so
        open_list = open_list and (not out[-1][1].endswith(".") or _STOPPED_NAME.search(out[-1][1]) is not None
                                   and _NAME_LISTED_ON.match(after) is not None)
    return [(field, value.rstrip(".")) for field, value in out if value and not H.TERM_OF_OFFICE.search(value)]


def _first_sentence_of_names(value: str) -> str:
    """A list up to the stop that ends its sentence on the line: "Anna Ek och Dan Ek. Röstlängden fastställdes …"
    ends at "Dan Ek"; a stop a scan read for a comma between names ("Tomasz Wisniewski. Amira Haddad, …") ends none."""
    for stop in re.finditer(r"\.\s+(?=\S)", value):
        if not _NAME_GOES_ON.match(value, stop.end()) and not _abbreviated(value[: stop.start() + 1]):
            return value[: stop.start() + 1]
    return value


def _abbreviated(text: str) -> bool:
    """The text ends in an abbreviation's stop ("ordf.", "sekr."), which ends no sentence."""
    return bool(re.search(r"(?:\b[a-zåäö]{1,5}|\b[A-ZÅÄÖ])\.$", text))


_FULL_NAME = rf"[{H.UPPER}][a-zåäöé]+ [{H.UPPER}][a-zåäöé-]+"
# a name after a stop, at the line's end too: "… Helena Regnéll. Tomasz Wisniewski."
_NAME_GOES_ON = re.compile(rf"{_FULL_NAME}(?:[.,]?(?:\s|$)|\s+och\s)")
_STOPPED_NAME = re.compile(rf"{_FULL_NAME}\.$")  # "… Tomasz Wisniewski."
_COLON_READ_AS_SPECK = re.compile(r"^([^\W\d_]+)['‘’`](?=\s)")
# "Närvarande var ordinarie ledamöter A, B …", "Frånvarande voro X och Y": the label and its verb, no colon
_PRESENT_WAS = re.compile(r"^((?:När|Från)varande)\s+(?:var|voro|är)\s+(?=\S)", re.I)
_NAME_LISTED_ON = re.compile(rf"{_FULL_NAME}(?:[.,]\s|\s+och\s)")  # "Johan Bergkvist. Amira …"
_NAME_ALONE_ON = re.compile(rf"{_FULL_NAME}(?:[.,]?\s|[.,]?$)")


def _date(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """A full ISO date, or (month, day) when the line gives no year."""
    m = H.ISO_DATE.search(text) or H.NUMERIC_DATE.search(text)
    if m:
        return _iso_date(int(m.group("y")), int(m.group("m")), int(m.group("d").replace(" ", ""))), None
    m = H.WORD_DATE.search(text)
    if m:
        month, day = H.MONTHS[m.group("mon").lower()], int(m.group("d"))
        if m.group("y"):
            return f"{m.group('y')}-{month:02d}-{day:02d}", None
        return None, (month, day)
    return None, None


def _short_year_date(value: str) -> str | None:
    """A date with its year in two digits, beside a date label only ("Datum: 96-02-23", "Datum: 23/2-16", "Datum:
    230501"): the label says it is a date."""
    m = H.SHORT_YEAR_DATE.search(value)
    if not m:
        return None
    return _iso_date(*(int(m.group(k) or m.group(k + "2") or m.group(k + "3")) for k in ("y", "m", "d")))


def _iso_date(year: int, month: int, day: int) -> str | None:
    """The date as ISO, or None where the figures make no date. A year in two figures below SHORT_YEAR_PIVOT is this
    century's, so the same text always reads the same."""
    year += 0 if year > 99 else 2000 if year < SHORT_YEAR_PIVOT else 1900
    return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _all_dates(lines: list[Line], idx: list[int]) -> list[str]:
    return [d for i in idx for d in [_date(lines[i].text)[0]] if d]


def _place_left_open(group: tuple[str, list[tuple[int, str]]]) -> bool:
    """A place that ends in "och" or a comma once its time is taken out goes on below, past the blank line and the
    label's second line that OCR may set between ("… Onsalarummet och Klockan 09:00-16:00" / "sammanträde" / "" /
    "Fjäråsrummet")."""
    field, entries = group
    if field not in ("place_time", "location"):
        return False
    place = _place_of(" ".join(text for _, text in entries if text))
    return bool(place) and bool(re.search(r"(?:,|\b(?:och|samt)|&)$", place))


# what is left of a date and time a scan garbled, after the place's last comma: a year and figures, small words, no
# name ("…, sammanträdesrum Tjädern, i 2024 30-11.40" for "tisdagen den 26 mars 2024 kl. 08.30-11.40")
_TIME_LEFT = re.compile(r",\s*(?=[^,]*\b(?:19|20)\d\d\b)[^,A-ZÅÄÖ]*\d[^,A-ZÅÄÖ]*$")


def _place_of(value: str) -> str:
    """The place in a place-and-time value: the times, dates and weekdays taken out, an adjournment after it too."""
    place = _PAUSE.split(_without_whens(value))[0]  # "…, Storgatan 37 kl. 16.00–17.34, ajournering mellan 16.34–16.44"
    # its time on a line of its own, or a time OCR could not read ("…, Kungsbackarummet, kl Lo")
    place = re.sub(r"\s+(?:klockan|kl\.?)[-–:]?(?:\s+\S{1,3}){0,2}\s*$", "", place.strip(), flags=re.I)  # "Klockan-08:00"
    place = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", place)).strip(" ;–-")
    place = _TIME_LEFT.sub("", place)
    place = re.sub(r"^(?:i|på)\s+(?=\w)", "", place)  # "kl. 18.00-20.20 i konferenssal Stallet": the place is the room
    # what a pause's wrapped line leaves of it ("mellan klockan 16.34 – 16.44"): words that only join, no place; and
    # a reference elsewhere ("se kallelsen")
    return "" if all(w.lower() in H.OPEN_END_WORDS for w in re.findall(r"\w+", place)) or H.REFERS_ELSEWHERE.match(
        place) else place


def _place_goes_on(line: str, after: str) -> str:
    """The rest of a place that the preamble's sentence carries over the line ("… kl. 14.00 i Ämterviks" /
    "bygdegård."): the lower-case words below, up to the full stop, where the line ends with no stop of its own."""
    m = re.match(r"[-–]?([a-zåäö][\w-]*(?: [a-zåäö][\w-]*){0,2})[.,]", after.strip())  # "-bygdegård.": a speck before
    return " " + m.group(1) if m and not line.rstrip().endswith((".", ",", ";", ":")) else ""


def _times(text: str, found: Candidates) -> None:
    m = H.TIME_RANGE.search(text) or H.KL_RANGE.search(text)
    if m:
        found.propose("start_time", f"{int(m.group('h1')):02d}:{m.group('m1') or '00'}")
        last = _last_session(text, m)
        found.propose("end_time", f"{int(last.group('h2')):02d}:{last.group('m2') or '00'}")
        return
    if m := H.KL_COMPACT.search(text):
        found.propose("start_time", f"{m.group('h1')}:{m.group('m1')}")
        if m.group("h2"):
            found.propose("end_time", f"{m.group('h2')}:{m.group('m2')}")
        return
    m = H.TIME_SINGLE.search(text)
    if m:
        found.propose("start_time", f"{int(m.group('h1')):02d}:{m.group('m1') or '00'}")


def _last_session(text: str, first: re.Match[str]) -> re.Match[str]:
    """The last of the sittings a meeting held one after another ("Klockan 08:30-14:30, 16:00-18:15"): the meeting
    ends with it. A range inside the one before (an adjournment, "Ajournering kl. 19.45–20.00") is no sitting."""
    last = first
    for m in H.TIME_RANGE.finditer(text, first.end()):
        if (int(m.group("h1")), int(m.group("m1"))) >= (int(last.group("h2")), int(last.group("m2") or 0)):
            last = m
    return last


def _when_where(value: str, field: str, found: Candidates) -> None:
    value = clock_ones(value)
    date, part = _date(value)
    date = date or (_short_year_date(value) if field == "date" else None)
    if date or part:
        found.propose("date", (date, part))
    _times(value, found)
    bare = (H.TIME_PAIR.search(value) or H.TIME_BARE.search(value)) if field == "time" else None
    if bare:  # after a time in a form of its own, from the same label
        found.propose("start_time", f"{int(bare.group('h1')):02d}:{bare.group('m1')}")
        if "h2" in bare.re.groupindex:
            found.propose("end_time", f"{int(bare.group('h2')):02d}:{bare.group('m2')}")
    if field in ("place_time", "location"):
        found.propose("location", re.sub(r"(?:,\s*)+", ", ", _place_of(value).strip(" ,.")))


def _wrapped_name(lines: list[Line], i: int, free: set[int], furniture: set[int], joined: set[int]
                  ) -> tuple[str, list[int]]:
    """The line with the next (over a blank line) where a narrow cell wrapped a name there: inside a coordinated
    compound ("Barn- och" / "utbildningsnämnden"), after a body in the genitive ("Regionstyrelsens" /
    "arbetsutskott"), or after its coordinator, the next part capitalised ("Nämnden för Vård &" / "Omsorg", perhaps
    in the running header). The lines taken are added to `joined`."""
    text = lines[i].text
    j = i + 2 if i + 2 < len(lines) and not lines[i + 1].text else i + 1  # over Markdown's blank line too
    if j in free and (H.SUSPENDED_END.search(text) or _genitive_hits(text.split()[-1:], _BODY_WORDS)
                      and _word_hits(lines[j].text.split()[:1], _BODY_WORDS)) and lines[j].text[:1].islower() \
            or (j in free or j in furniture) and H.COORDINATED_END.search(text) and lines[j].text[:1].isupper() \
            and _name_goes_on(lines[j].text):
        joined.add(j)
        return f"{text.rstrip()} {lines[j].text.strip()}", [i, j]
    return text, [i]


def _free_line(text: str, found: Candidates, after: str = "") -> None:
    """An unlabelled header line or running header (`after` is the line below it): title, organisation, body,
    date and time."""
    if _NUMBERED_ENTRY.match(text):
        return  # "11   Val av ledamot i styrelsen för Stiftelsen X": an entry of a list of items, no letterhead
    if text.rstrip().endswith(".") and is_decision(text):
        return  # "Fastighetsnämnden beslutade att …": an item's text whose heading OCR lost, no letterhead
    running = found.trust == Trust.RUNNING_HEADER
    clean = unspeckled(H.PAGE_COUNTER.sub("", text))  # "| Socialnämnden": a table's rule read by OCR
    if _LETTER_SPACED.fullmatch(clean):  # a typewriter's emphasis: "P R O T O K O L L"
        clean = clean.replace(" ", "")
    cells = [c for c in CELL_BREAK.split(clean) if c.strip()]
    if len(cells) == 2 and len(cells[0].split()) == 1 and _TOP_ORG_WORDS.fullmatch(fold(cells[1].strip())):
        # "NORRVIKS  KOMMUN": a letterhead's capitals read a gap apart; the key word alone names nothing
        clean, cells = " ".join(clean.split()), [" ".join(clean.split())]
    if len(cells) > 1:  # "Kommunfullmäktige        Sammanträdesdatum": a caption in a cell of its own is no value
        clean = "   ".join(c for c in cells if not _caption_cell(c))
    if len(cells) > 1 and (lead := _TITLES.match(fold(cells[0]))) and lead.end() == len(cells[0]):
        _free_line(cells[0], found, after)  # "Protokoll            Region Nordvik": the title, then a letterhead
        _free_line("   ".join(cells[1:]), found)
        return
    title = _TITLES.search(fold(clean)) or _misread_title(clean)
    own_cell = bool(title) and len(cells) > 1 and clean[: title.start()].endswith("  ")
    if title and (title.start() == 0 or running or own_cell):
        for name in CELL_BREAK.split(clean[: title.start()]):  # "Kommunrevisionen      SAMMANTRÄDESANTECKNINGAR": the
            if name.strip():  # name beside the title; "Ekby förening    Styrelsen    Protokoll": two names, two cells
                _name_line(name, found)
        # the title's own cell: "Kommunrevisionen      SAMMANTRÄDESANTECKNINGAR      2024-10-21"
        cell, *beside = CELL_BREAK.split(clean[title.start() :]) if own_cell else [clean[title.start() :]]
        found.propose("title", cell.strip(" .:") if running or own_cell else clean.rstrip(" .:"))
        for name in beside:  # "Ekby kommun   Protokoll   Kommunstyrelsen   2024-01-30": the body after the title
            _name_line(name, found)
    elif title and (_genitive_hits(before := clean[: title.start()].split(), _BODY_WORDS) or _word_hits(before, _BODY_WORDS)):
        _name_line(clean[: title.start()], found)  # "Barn- och utbildningsnämndens protokoll", "Nämnden Protokoll …"
    elif title and (after_title := _title_cell_run_on(clean, title)) is not None:
        _name_line(clean[: title.start()], found)  # "Strömsnäs kommun PROTOKOLL": two cells one space apart
        found.propose("title", clean[title.start() : title.end() if after_title else None].strip(" .:"))
        if after_title:
            _name_line(after_title, found)  # "Ekby kommun Protokoll Kommunstyrelsen 2024-01-30": a third cell
    if (title and title.start() == 0) or clean[:1].islower() or _MEETING_OF.match(fold(clean)):
        _phrases(clean, found, after)  # "Protokoll fört vid sammanträde med styrelsen för Sjöbo Hembygdsförening"
    for word in clean.split():
        found.propose("body", _meeting_body(word), Trust.MEETING_WORD)
    if _OTHER_OCCASION.search(fold(clean)):
        return  # "Protokollet justeras 2024-03-15 kl 10.00.", "Nästa möte …": another day and hour
    date, part = _date(clean)
    if not date and after:  # "… i sockenstugan den 3 Juni" / "1893.", "… den 29" / "Oktober 1887.": a date wrapped
        cut = len(clean.rstrip())
        joined = f"{clean.rstrip()} {after.strip()}"
        across = (m for m in H.WORD_DATE.finditer(joined) if m.start() < cut < m.end())
        if (m := next(across, None)) and m.group("y"):
            date, part = _date(m.group())
            # and the place after it on the next line: "… Fiskevårdsområdesförening 25" / "januari 2016 i Ljungsbro
            # Fiskeklubbs lokaler, Ljungsbro."
            if place := _PLACE_AFTER_DATE.match(fold(joined[m.end() :])):
                found.propose("location", joined[m.end() :][place.start("place") : place.end("place")])
    if not date and not part and (title or H.MEETING_NAMED.match(clean.strip())) \
            and (compact := H.COMPACT_DATE.search(clean)):
        # "Protokoll fört vid årsmöte med Hult Östra Älgskötselområde 20100920", "Skypemöte 18 05 02 kl. 10-11":
        # the date run together or spaced, in the line that names the minutes or opens with the meeting only
        date = _iso_date(int(compact["y"]), int(compact["m"]), int(compact["d"]))
    if date or part:
        found.propose("date", (date, part))
    _times(clean, found)
    _told_times(fold(clean), found)
    # "Protokoll fört vid sammanträde med … den 23 februari 2016 kl. 13.30 i Rådhuset": a preamble names the place too
    preamble = bool(title) and title.start() == 0 and clean[title.end() :].strip()[:1].islower()
    venue = H.VENUE_AFTER_DATE.search(clean)
    if venue:
        found.propose("location", venue.group("place"))
    named_end = venue.start() if venue else len(clean)  # where the names of the line end, before its place
    if not title or preamble:
        whens = [m for p in (H.ISO_DATE, H.NUMERIC_DATE, H.WORD_DATE, H.TIME_RANGE, H.KL_RANGE, H.TIME_SINGLE)
                 for m in p.finditer(clean)]
        ends = [m.end() for m in whens]
        if not any(m.re in (H.TIME_RANGE, H.KL_RANGE, H.TIME_SINGLE) for m in whens):
            for date in [m for m in whens if m.re in (H.ISO_DATE, H.NUMERIC_DATE, H.WORD_DATE)][:1]:
                if clock := H.TIME_AFTER_DATE.match(clean, date.end()):
                    found.propose("start_time", f"{int(clock.group('h1')):02d}:{clock.group('m1')}")
                    ends.append(clock.end())
        tail = clean[max(ends) :] if ends else ""
        # or held "på" a place after whose meeting it was: "… 2003-04-21 med Svinninge Tomtägareförening på
        # Skåvsjöholms Konferensgård, Åkersberga"
        place = _PLACE_AFTER_DATE.match(fold(tail)) or _HELD_AT.search(tail)
        if place:
            found.propose("location", tail[place.start("place") : place.end("place")] + _place_goes_on(tail, after))
            named_end = min(named_end, len(clean) - len(tail) + place.start())
        head = clean[: min(m.start() for m in whens)] if whens else ""
        if place := _PLACE_BEFORE_DATE.match(fold(head)):
            # "… med drätselkammaren" / "i Ekby stad den 8 oktober 1955": the town is whose meeting it is
            named = head[place.start("place") : place.end("place")]
            found.propose("organization" if _TOP_ORG_WORDS.search(fold(named)) else "location", named)
        elif not tail.strip() and (venue_first := H.VENUE_BEFORE_DATE.match(head)):
            found.propose("location", venue_first["place"])
            named_end = 0  # the line names the place and the day, no one whose meeting it is
    if not title:
        clean = _without_whens(clean[:named_end])
        # "Högskolestyrelsen      Sammanträde 2025:1": cells side by side are read one by one
        for cell in [c for c in CELL_BREAK.split(clean) if c.strip()] if len(cells) > 1 else [clean]:
            _name_line(_led_name_wrapped(" ".join(cell.split()), after if len(cells) == 1 else ""), found)


def _title_cell_run_on(clean: str, title: re.Match[str]) -> str | None:
    """The document's name after a name, capitalised, closing the line or before another name and the date: a
    layout-less converter or OCR ran the letterhead's cells into one line with one space ("Strömsnäs kommun
    PROTOKOLL", a heading of pymupdf4llm's; "Ekby kommun Protokoll Kommunstyrelsen 2024-01-30"). The name after
    the title ("" where none), or None where the line is no such letterhead."""
    head = clean[: title.start()].split()
    if not (head and head[0][:1].isupper() and clean[title.start()].isupper()):
        return None
    rest = clean[title.end() :]
    if not rest.strip(" .:"):
        return ""
    dated = _date(rest) != (None, None)  # a name after the title only in a letterhead row that dates the meeting
    name = " ".join(_without_whens(rest).split()).strip(" .:,")
    return name if dated and name[:1].isupper() else None


def _without_whens(text: str) -> str:
    """The line with its dates, times and weekdays blanked out."""
    for pattern in (_WEEKDAYS, H.TIME_RANGE, H.KL_RANGE, H.TIME_SINGLE, H.ISO_DATE, H.NUMERIC_DATE, H.WORD_DATE):
        text = blank_folded(pattern, text)
    return text


def _before_label(text: str) -> str:
    """A name line without the label of the cover's other column that OCR or a layout-less converter ran onto it
    with one space ("Socialnämnden Sammanträdesdatum", "Kommunfullmäktige Sammanträdesdatum")."""
    for m in re.finditer(rf"(?<=\S) (?=[{H.UPPER}])", text):
        label = LABEL.match(fold(text[m.end() :]))
        if label and label_field(label.group("label")) in _WHEN_WHERE:
            return text[: m.start()]
    return text


# "Styrelsen beslutade", "Barn- och utbildningsnämnden beslutar", "Nämnden för Teknik beslutar"
_DECIDES = re.compile(r"^(?P<body>[A-ZÅÄÖ][\wåäö-]*(?: (?:och|&|[\wåäö-]+)){0,4}?)\s+(?:beslutar|beslutade|beslöt)\b")
DECIDING_MIN = 2  # decisions that must open with the same body before it names the meeting's


def _deciding_body(items: list[Item]) -> str | None:
    """Where nothing names the meeting's body, the body its decisions open with, most of them and at least
    DECIDING_MIN ("Styrelsen beslutade att …" in the minutes of a "konstituerande möte")."""
    bodies = Counter(m.group("body") for item in items for d in item.decisions
                     if (m := _DECIDES.match(d)) and _names_a_body(m.group("body").split()))
    decisions = sum(len(item.decisions) for item in items)
    body, count = bodies.most_common(1)[0] if bodies else (None, 0)
    return body if count >= DECIDING_MIN and 2 * count > decisions else None


def _names_a_body(words: list[str]) -> bool:
    """The words before "beslutar" name a body: they end in its key word ("Tekniska nämnden", "Barn- och
    utbildningsnämnden"), or the key word opens them and says what for ("Nämnden för Teknik")."""
    return _is_key(words[-1], _BODY_WORDS) or len(words) > 2 and words[1] == "för" and _is_key(words[0], _BODY_WORDS)


def _kind_of_meeting(field: str, value: str) -> str:
    """A body labelled by the kind of meeting ("Mötesform: Styrelsemöte") is the body that meets: "Styrelsen", as a
    title's meeting word names it; a kind that is a body of its own ("Årsmöte", "Föreningsstämma") stays."""
    if field != "body" or " " in value.strip() or _is_key(value, _BODY_WORDS):
        return value
    return _meeting_body(value) or value


def _meeting_body(word: str) -> str | None:
    """The body a meeting's word names ("Styrelsemöte": "Styrelsen", "kyrkorådssammanträde": "Kyrkorådet"), also as
    OCR reads it without its diacritics ("styrelsemote", "styrelseméte")."""
    low = word.strip(".,:;()–-").lower()
    stem = next((low[: -len(n)] for n in H.MEETING_NOUNS if fold(low).endswith(fold(n))), "")
    for key, ending in H.MEETING_BODY_ENDINGS.items():
        for form in (stem, stem[:-1] if stem.endswith("s") else None):  # "kyrkoråds|möte": the joining s
            if form and fold(form).endswith(fold(key)):
                return form.capitalize() + ending
    return None


def _caption_cell(cell: str) -> bool:
    m = LABEL.match(fold(unspeckled(cell)))
    return bool(m) and not m.group("rest").strip()


def _is_key(word: str, pattern: re.Pattern[str], named: bool = False) -> bool:
    """The word ends in one of the pattern's key words. Matched without diacritics, since OCR drops them
    ("namnden"), but a word that has its å, ä and ö is read as printed: "biträdet" does not end in "rådet"; and a
    body's key word OCR misread by a letter (`_misread_body_key`), in a capitalised word or one `named` as the last
    part of a suspended compound ("Barn- och utbildningsnämmden")."""
    if not pattern.search(fold(word)):
        return pattern is _BODY_WORDS and _misread_body_key(word, named)
    if _AS_PRINTED[pattern].search(word):
        return True
    # a key with its å/ä/ö only as OCR may leave it ("Studentkaren"): not in a word that has them, nor in a name
    # ("Oskar" is no "-kår"), nor in a word that no spelling with them has ("irriterad" is no "-råd")
    bare = word.strip(".,:;()")
    lex = load_lexicon()
    return not any(c in "åäöÅÄÖ" for c in word) and not lex.is_name(bare) and (
        not lex.is_word(bare.lower()) or len(lex.by_fold(fold(bare).lower())) > 1)


def _misread_title(text: str) -> re.Match[str] | None:
    """A minutes title OCR misread by a letter at the end of its word ("Sammanträdesproiokoll", "PROTOKOLI"), in a
    word the lexicon does not know."""
    for m in re.finditer(r"[^\W\d_]{9,}", text):
        word = fold(m.group()).lower()
        if not load_lexicon().has_fold(word) and _one_edit_at_end(word, H.TITLE_KEY):
            return m
    return None


def _one_edit_at_end(word: str, key: str) -> bool:
    """The word ends in `key` but for one letter edit."""
    return min(Levenshtein.distance(word[-n:], key) for n in (len(key) - 1, len(key), len(key) + 1)) <= 1


def _misread_body_key(word: str, named: bool = False) -> bool:
    folded_word = fold(word).lower()
    if not (word[:1].isupper() or named) or load_lexicon().has_fold(folded_word):
        return False
    return any(len(folded_word) >= len(key) + H.MISREAD_KEY_PREFIX and _one_edit_at_end(folded_word, key)
               for key in _LONG_BODY_KEYS)


def _word_hits(words: list[str], pattern: re.Pattern[str]) -> list[int]:
    return [k for k, w in enumerate(words) if _is_key(w.strip(".,:;()"), pattern, _suspended_last(words, k))]


def _genitive_hits(words: list[str], pattern: re.Pattern[str]) -> list[int]:
    """Words that are a key word in the genitive: "utbildningsnämndens", "fullmäktiges"."""
    bare_words = [w.strip(".,:;()") for w in words]
    return [k for k, w in enumerate(bare_words)
            if w.endswith("s") and _is_key(w[:-1], pattern, _suspended_last(words, k))]


def _suspended_last(words: list[str], k: int) -> bool:
    """Word k closes a suspended compound: "Barn- och utbildningsnämnden"."""
    return k >= 2 and words[k - 1] in _COORDINATORS and words[k - 2].endswith("-")


_BODY_OF = re.compile(r"(?P<body>[A-ZÅÄÖ].*?)\s+i\s+(?P<org>[A-ZÅÄÖ].*)$")


_PERSON_WITH_ROLE = re.compile(rf"^[{H.UPPER}][a-zåäöé]+(?:[ -][{H.UPPER}][a-zåäöé]+)+,\s+(?:[a-zåäö]|[A-ZÅÄÖ]{{2,4}}\b)")


def _led_name_wrapped(text: str, after: str) -> str:
    """A letterhead's cell wraps an organisation's name after its lead word or a place word in it
    ("Bostadsrättsföreningen" / "Kopparslagaren 7", "Föräldraföreningen vid" / "Hagtornsskolan"): the line with the
    capitalised name under it, as one line."""
    words = text.split()
    if not words or label_cell(after) or not _ORG_LEADS.match(fold(words[0].strip(".,:;()"))):
        return text
    ends_open = len(words) == 1 or words[-1].lower() in (*H.NAME_PLACE_WORDS, "vid")
    run = _capitalised_run(after.split())
    return f"{text} {after.strip()}" if ends_open and run and len(run) == len(after.split()) else text


_NO_NAME_OPENERS = frozenset({"infor", "efter", "om", "angaende", "betraffande", "fran", "under", "kring"})


def _name_line(text: str, found: Candidates) -> None:
    """A short letterhead line naming the organisation ("Kiruna kommun", "Brf Lönnen 3") or the body
    ("Barn- och utbildningsnämnden", "Styrgruppen för Trygg i Kiruna")."""
    text = _DETACHED_SIGNS.sub("", _before_label(text)).strip(" ,")  # "Ekvikens församling |=": a rule's speck
    if _PERSON_WITH_ROLE.match(text):
        return  # "Peter Landin, VD Qvalify AB, § 106": a person there, named with a role at a company
    words = text.split()
    if len(words) == 1 and _TOP_ORG_WORDS.fullmatch(fold(words[0])):
        return  # "KOMMUN": the key word alone, its name lost by a scan, names no organisation
    if words and (fold(words[0]).lower() in _NO_NAME_OPENERS or (label := LABEL.match(fold(text)))
                  and label_field(label.group("label")) in H.PERSON_LISTS):
        return  # a heading ("Inför årsmötet") or a roll's label ("Närvarande styrelsen och skola:") names no one
    led = _led_name(words, "")
    if led:  # "Brf Kopparslagaren 7", also in "Styrelsemöte för Brf Kopparslagaren 7"
        found.propose("organization", led)
        if led == text.strip(" .,;"):
            return
    of = _BODY_OF.match(text)
    if of and _word_hits(of.group("body").split(), _BODY_WORDS) and (
            _word_hits(org_words := of.group("org").split(), _ORG_WORDS) or _led_name(org_words, "")):
        _name_line(of.group("body"), found)  # "Nämnden för Kultur & Fritid i Kungsbacka kommun": the body, then
        _name_line(of.group("org"), found)  # the organisation it is of
        return
    first = H.ADDRESS_LABEL.sub("", H.ADDRESS_SEPARATORS.split(text)[0])
    if first != text and re.search(r"\d", text) and not re.search(r"\d", first) and _TOP_ORG_WORDS.search(fold(first)):
        _name_line(first, found)  # "Ekby kommun, Box 100, 123 45 Ekby": the organisation before its address
        return
    if not words or len(words) > H.MAX_NAME_WORDS or any(c.isdigit() for c in text) and not led \
            or not words[0][:1].isupper() \
            or H.COORDINATED_END.search(text) or is_decision(text):
        # a name cut after its coordinator ("Nämnden för Vård &") is no name; a decision among lines no item holds
        # ("Styrelsen godkänner förslaget") names no one either
        return
    parts = [p.strip() for p in text.split(",")]
    if (
        len(parts) > 1 and all(p[:1].isupper() for p in parts) and _TOP_ORG_WORDS.search(fold(parts[-1]))
        and _word_hits(" ".join(parts[:-1]).split(), _BODY_WORDS)
    ):
        # "Ledningsgrupp Stadsbyggnadsförvaltningen, Hallby kommun": the body, then its organisation
        # (a unit without a body word, "Vård- och omsorgsförvaltningen, Sandvikens kommun", stays whole)
        found.propose("organization", parts[-1])
        found.propose("body", ", ".join(parts[:-1]))
        return
    body, org = _word_hits(words, _BODY_WORDS), _word_hits(words, _ORG_WORDS)
    if org and 0 not in body + org and _MEETING_WORD.match(fold(words[0])):
        _name_line(" ".join(words[1:]), found)  # "Styrelsemöte Tennisklubben Returen": the meeting, then the club
        return
    if body and (org or led) or not body and not org and _genitive_hits(words, _BODY_WORDS):
        # "Barn- och utbildningsnämndens" (protokoll): the body, in the genitive; "Extra föreningsstämma i Brf Eken":
        # the body, then the organisation it is of
        _phrases(text, found)
    elif body:
        found.propose("body", text.strip(" .,"))
    elif org and _named(words, set(org)):
        umbrella = fold(" ".join(words)).lower() in _UMBRELLAS
        found.propose("organization", text.strip(" .,"), Trust.RUNNING_HEADER if umbrella else None)


def _named(words: list[str], key_words: set[int]) -> bool:
    """An organisation's name is capitalised but for its key words, small words and genitives ("Skol- och
    fritidsförvaltningen", "Riksföreningen för Hemslöjd, Kalmar läns avdelning"). "Information från ledamöter
    och förvaltning" is a heading and "Region Västmarks digitala anslagstavla" a thing of the organisation's."""
    small = set(H.PHRASE_STOP) | set(_COORDINATORS)
    return all(k in key_words or w[:1].isupper() or not w[:1].isalpha() or w.lower() in small
               or w.rstrip(",.").endswith("s") for k, w in enumerate(words))


def _led_name(words: list[str], after: str) -> str | None:
    """An organisation opened by a lead word ("IK Stjärnan Hälsingtuna") and the capitalised words
    and places after it, read on into the next line when the lead ends this one."""
    for k, word in enumerate(words):
        ends = k + 1 == len(words) and word.isupper() and _ORG_WORDS.search(word)  # "Hemfast AB" ends a name
        if not _ORG_LEADS.match(fold(word.strip(".,:;()"))) or ends:
            continue
        # "… årsmöte i Sjöbergs IF", "… i Ekby IF, 2024-03-12": the lead ends the name the words before it open
        if k + 1 == len(words) or word.endswith(","):
            before = [*itertools.takewhile(lambda w: not _word_hits([w], _BODY_WORDS), _capitalised_run(words[k - 1 :: -1]))]
            while before and before[-1] in H.NAME_PLACE_WORDS:
                before.pop()  # "Årsmötet i Ekby IF": the place word joins the body to the club, no part of its name
            if k and before:
                return " ".join([*before[::-1], word]).strip(" .,;")
        # read on into the next line, unless that is a label of its own ("Datum: …")
        run = _capitalised_run(words[k + 1 :] or ([] if _labels_its_line(after) else after.split()))
        if run and k + 1 + len(run) == len(words) and _name_goes_on(after):
            run += _capitalised_run(after.split())  # "Föreningen Öppna Kartor" / "Sverige"
        if run:
            return " ".join([word, *run]).strip(" .,;")
    return None


def _labels_its_line(text: str) -> bool:
    """A label opens the line, also one set off by a comma ("Plats, Lainio kapell 230501 kl 14.00"): no name's end."""
    first = text.split()[:1]
    return label_cell(text) or bool(first) and fold_key(first[0].rstrip(",")) in LABEL_FIELD and first[0].endswith(",")


def _name_goes_on(after: str) -> bool:
    """The line under a name that ends its line carries on the name: a word or two, no label, number or body, as a
    title set large wraps ("Protokoll fört vid årsmöte i Föreningen Öppna Kartor" / "Sverige")."""
    words = after.split()
    if words and words[0].islower() and _word_hits(words[:1], _ORG_WORDS):
        return True  # "… ordinarie fiskestämma för Öreälvens" / "fiskevårdsområde den 21 mars 2004 i Öre"
    return (0 < len(words) <= 2 and not label_cell(after) and not re.search(r"\d", after)
            and not _word_hits(words, _BODY_WORDS) and not _TITLES.search(fold(after)))


def _capitalised_run(words: list[str]) -> list[str]:
    """The capitalised words a name goes on with, places included ("Solbacken i Västra Ryd"), and a
    number ending it ("Brf Lönnen 3")."""
    run: list[str] = []
    for n, w in enumerate(words[: H.MAX_NAME_WORDS]):
        low = w.lower()
        place = low in H.NAME_PLACE_WORDS and n + 1 < len(words) and words[n + 1][:1].isupper()
        # "Brf Lönnen 3", "Föreningen ”Vår Bygd 1891” den 15 mars": a number ends it, unless a day opens a date there
        bare, following = w.strip(QUOTE_MARKS), words[n + 1].strip(QUOTE_MARKS).lower() if n + 1 < len(words) else ""
        number = bare.isdigit() and run and not following[:1].isupper() and following.rstrip(".,") not in H.MONTHS
        if bare[:1].isupper() and bare != w:
            run.append(w)  # a name in quotes: its words as printed
            continue
        small = low in H.PHRASE_STOP  # "... I LUND DEN 3 MARS" in capitals
        meeting = low in H.BODY_QUALIFIERS and _word_hits(words[n + 1 : n + 2], _BODY_WORDS)  # "… Extra årsmöte"
        if meeting or not (place or number or w[:1].isupper() and not small and not _TITLES.search(fold(w))):
            break
        run.append(w)
    return run


def _phrases(text: str, found: Candidates, after: str = "") -> None:
    """Organisation and body named inside a sentence: the key word and the capitalised words before
    it, or an organisation's lead word and the name after it. A sentence wrapped after a small word ("… för
    hjälpmedel och" / "tolktjänst") reads on into the next line."""
    words = suspended_hyphens_mended(text).split()
    stop = {fold(w).lower() for w in H.PHRASE_STOP}
    if words and fold(words[-1]).lower() in stop and after.strip() and not label_cell(after):
        words += unspeckled(CELL_BREAK.split(after.strip())[0]).split()
    elif words and words[-1][:1].isupper() and _name_goes_on(after):
        words += after.split()  # "… i Västra Ämtervikens" / "samfällighetsförening": a title wrapped in a name
        after = ""
    led = _led_name(words, after)
    found.propose("organization", led)
    taken: set[int] = set()  # the body's words: "nämnden för Förskola & Grundskola" names no organisation
    for field, pattern in (("body", _BODY_WORDS), ("organization", _ORG_WORDS)):
        hits = [h for h in _word_hits(words, pattern) if h not in taken]
        genitive = not hits
        if genitive:  # "Från Barn- och utbildningsnämndens sammanträde", "med Ekby Hembygdsförenings styrelse"
            hits = [h for h in _genitive_hits(words, pattern) if h not in taken]
        if not hits or field == "organization" and led:
            continue
        end = start = hits[0]
        while start and start - 1 not in taken:  # "Medlemsmöte Ekby Schackklubb": the body is no part of the club
            if words[start - 1] in _COORDINATORS and start >= 2 and words[start - 2][:1].isupper():
                start -= 1  # "Förskola & Grundskola arbetsutskott": an area in two words
            elif field == "body" and _genitive_hits(words[start - 1 : start], _BODY_WORDS):
                pass  # "för kommunstyrelsens arbetsutskott": the body whose committee it is
            elif field == "body" and _genitive_hits(words[start - 1 : start], _ORG_WORDS):
                break  # "med Ekby Hembygdsförenings styrelse": the organisation whose board it is
            elif field == "body" and words[start - 1].lower() in H.BODY_QUALIFIERS:
                start -= 1  # "Föreningen Öppna Kartor Sverige Extra årsmöte": which meeting opens the body's name
                break
            elif field == "organization" and words[start - 1].lower() in H.LANGUAGE_ADJECTIVES and start >= 2 \
                    and words[start - 2][:1].isupper():
                start -= 1  # "Sibbo svenska församling", "Stockholms finska församling": the congregation's language
            elif words[start - 1] in _COORDINATORS and start >= 2 and words[start - 2].endswith("-"):
                start -= 2  # "med barn- och utbildningsnämnden": the first part of a suspended compound
                if not words[start][:1].isupper():
                    break
            elif not (words[start - 1][:1].isupper() and fold(words[start - 1]).lower() not in stop
                      and not _TITLES.search(fold(words[start - 1]))) or field == "body" and _word_hits(
                    words[start - 1 : start], _TOP_ORG_WORDS):
                break  # "JÖNKÖPINGS KOMMUN Barn- och utbildningsnämnden": the body ends its organisation's name
            start -= 1
        if field == "body":
            definite = re.search(r"(?:en|et|n)$" if not genitive else r"(?:en|et|n)s$", words[end].lower())
            # "vid ordinarie föreningsstämma": which meeting of the body it is; "kommunala pensionärsrådet(s)": an
            # adjective in the definite form before the body in that form is its name's
            while start and (words[start - 1].lower() in H.BODY_QUALIFIERS
                             or definite and _DEFINITE_ADJECTIVE.fullmatch(words[start - 1])):
                start -= 1
            purpose = [] if genitive else _body_purpose(words[end + 1 :])
            if purpose and _MEETING_WORD.match(fold(words[end].strip(".,:;"))):
                # a meeting's "för": whose meeting it is ("Årsmöte för Ung Pirat Södertälje, Björklundsgatan 4"),
                # or in small letters its period ("årsmöte för verksamhetsåret 2019-2020")
                if purpose[1][:1].isupper():
                    found.propose("organization", " ".join(purpose[1:]).split(",")[0].strip(" .;"))
                purpose = []
            end += len(purpose)
            while end + 1 in hits or words[end].endswith("s") and (
                    _word_hits(next_word := words[end + 1 : end + 2], _BODY_WORDS) or _genitive_hits(next_word, _BODY_WORDS)):
                end += 1  # "Byggnadsnämndens arbetsutskotts (sammanträde)", "Nämnden för Tekniks arbetsutskott(s)"
            taken = set(range(start, end + 1))
        elif genitive:
            pass  # "Ekby Hembygdsförenings": the name ends in its genitive
        elif words[end + 1 : end + 2] == ["vid"]:  # "Föräldraföreningen vid Hagtornsskolan": where it is
            end += len(run) + 1 if (run := _capitalised_run(words[end + 2 :])) else 0
        else:
            end += len(_own_name(words[end], words[end + 1 :]))
        named = words[start : end + 1]
        if field == "organization" and not named[0][:1].isupper():
            continue  # "myndighet", "kommunstyrelsens förvaltning": a common noun, no organisation's name
        if field == "organization" and len(named) == 1 and words[end + 1 : end + 2] and words[end + 1][:1].isupper():
            continue  # "på Region Västmarks anslagstavla": the key word opens a name, and alone is only part of it
        meeting_after = field == "body" and bool(words[end + 1 : end + 2]) and _MEETING_WORD.match(fold(words[end + 1]))
        last = len(named) - 1  # read with the words before it: "Barn- och utbildningsnämmdens", a misread key
        if last in _genitive_hits(named, pattern) and last not in _word_hits(named, pattern) or (
                meeting_after and named[-1].endswith("s") and len(named) > 1):  # "Nämnden för Kultur & Fritids möte"
            named[-1] = named[-1].strip(".,:;()")[:-1]  # the name itself: "utbildningsnämnden", "Hembygdsförening"
        found.propose(field, " ".join(named).strip(" .,;"))


def _own_name(key: str, words: list[str]) -> list[str]:
    """The name an organisation's key word in its definite form is followed by in a sentence ("i Tennisklubben
    Returen den 3 maj", "Föreningen Norden", "Högskolan i Ljungdala"): the capitalised words after it, up to a
    body's word."""
    if not re.search(r"(?:en|et|an)$", key.strip(".,;:").lower()) or key.rstrip().endswith((",", ".", ";", ":")):
        return []
    run = _capitalised_run(words)
    body = _word_hits(run, _BODY_WORDS) + _genitive_hits(run, _BODY_WORDS)
    return run[: min(body)] if body else run


def _body_purpose(words: list[str]) -> list[str]:
    """What a body is for, when it is not an organisation: "arbetsgruppen för Kulturnatten" (but
    "styrelsen för Sjöbo Hembygdsförening" is the board of that organisation)."""
    if not words or fold(words[0]).lower() not in _BODY_PURPOSE:
        return []
    run = _capitalised_run(words[1:]) or _field_run(words[1:])
    while run and len(words) > len(run) + 2 and words[len(run) + 1] in _COORDINATORS:
        more = _capitalised_run(words[len(run) + 2 :])  # "nämnden för Förskola & Grundskola": two areas
        if not more:
            break
        run += [words[len(run) + 1], *more]
    areas = any(w in _COORDINATORS for w in run)  # an organisation is one name, not two joined
    owner = _word_hits(words[len(run) + 1 : len(run) + 2], _ORG_WORDS)  # "för Öreälvens fiskevårdsområde": whose
    if not run or not areas and (_word_hits(run, _ORG_WORDS) or _led_name(run, "") or owner):
        return []
    at = next((k for k, w in enumerate(run) if w.lower() == "i"), None)
    if at and _word_hits(words[at + 2 : len(run) + 2], _ORG_WORDS):
        return words[: 1 + at]  # "nämnden för Service i Kungsbacka kommun": where the body is, its organisation
    return words[: 1 + len(run)]


def _field_run(words: list[str]) -> list[str]:
    """What a body is for in common nouns ("nämnden för hjälpmedel och tolktjänst", "för barn- och ungdomsfrågor"):
    lower-case words, perhaps joined by "och", up to a small word, a day or month, a figure or a comma."""
    stop = set(H.PHRASE_STOP) - set(_COORDINATORS)
    run: list[str] = []
    for word in words[: H.MAX_NAME_WORDS]:
        bare = word.rstrip(".,;:")
        if (not bare.rstrip("-").isalpha() or not bare.islower() or bare in stop or bare in H.MONTHS
                or _WEEKDAYS.fullmatch(fold(bare)) or not run and bare in _COORDINATORS
                or _MEETING_WORD.match(fold(bare))):  # "rådet för funktionshinderfrågors sammanträde"
            break
        run.append(word)
        if bare != word:
            break
    while run and run[-1].rstrip(".,;:") in _COORDINATORS:
        run.pop()
    return run
