"""Attendance tables with a presence column: the mark in the row says who was there.

    Ledamöter             Tjg   Ersättare          Tjg        Post          Namn             Närvarande
    Anna Andersson (S)    X     Karin Berg (S)     X          Ordförande    Anna Andersson   Ja
    Lisa Larsson (C)            Nils Nilsson (M)              Kassör        Per Persson      Nej

Read as a list, such a table makes names of its captions ("Tjg", "Ja Nej") and of its marks ("Anna Andersson Ja"),
and counts the absent as present. A table is a caption row with at least one presence caption, and the rows under
it that hold a name; each cell goes to the caption whose column it starts in (or, in a Markdown table, whose place
it has when the row has as many cells as the captions). A member is present when the presence cell of the member's
column group holds a present mark; a substitute counts as serving only under a serving caption ("Tjg"), or when
named in a column of serving substitutes ("Tjänstgörande ersättare"), where the column says it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ingest import headings as H
from ingest.layout import CELL_GAP, WANDER, cells
from ingest.markdown import CELL_GAP as COLUMN_SPACES
from ingest.lexicon import load_lexicon
from ingest.glyphs import GAP_SPECK, RULE_READS, SECTION_SIGNS, across_lost_middle, fold
from ingest.lines import LABEL, fold_key, unspeckled
from ingest.people import ONE_NAME_WORD, PARTY_CELL, SPECKS_APART, read_people, role_fields, split_name

_PRESENCE = {fold_key(c): kind for kind, captions in H.PRESENCE_CAPTIONS.items() for c in captions}
_NAME_COLUMNS = {fold_key(c): kind for kind, captions in H.NAME_COLUMN_CAPTIONS.items() for c in captions}
_OTHER = {fold_key(c) for c in H.OTHER_COLUMN_CAPTIONS}
_PRESENT = tuple(fold_key(m) for m in H.PRESENT_MARKS)
_GUEST_LABELS = {fold_key(c) for c in H.FIELD_LABELS["guests"]} - set(_NAME_COLUMNS)
_TITLES = {fold_key(t) for t in H.PRESENCE_TITLES}
# a roll's title may stand in its caption row, over its names ("Närvarolista   Närv   Frånv")
_KINDS = {**{k: "name" for k in _TITLES}, **{k: "other" for k in _OTHER}, **{k: "name" for k in _NAME_COLUMNS},
          **{k: "presence" for k in _PRESENCE}}
MISREAD_CAPTION_MIN_CHARS = 8  # shorter captions ("Parti", "Närv") are one letter from words of other rows
_LONG_KEYS = [k for k in _KINDS if len(k) >= MISREAD_CAPTION_MIN_CHARS]
ALIGN = 2  # characters a cell may start left of its caption's column
SPECKED_MARK = 4  # characters a mark cell may have with a speck before its mark
# a party cell that type read in characters set under the presence caption beside it, before the mark: "MP  oX"
_PARTY_PUSHED = re.compile(r"^[A-ZÅÄÖ]{1,4}\s+(?=\S{1,4}$)")
# a party cell OCR glued to the mark in the presence column beside it, over a speck: "voX" for "V  X", "Sox" for "S  X"
_MARK_GLUED = re.compile(r"^(?P<party>[A-Za-zÅÄÖåäö]{1,3}?)o?(?P<mark>[xX])$")
# a speck OCR read as a letter or two between captions ("Ledamöter    oo  Parti   Närvarande")
_LETTER_SPECK = re.compile(r"[a-z]{1,2}")
_SPECK_AFTER_X = re.compile(r"x[o.,'`]{1,2}")
# specks a cell opens or ends with, a space between them and its text, that a scan read in the gap beside it
_SPECKS_AROUND = re.compile(rf"^(?:{GAP_SPECK}+\s+)?(?P<text>.*?)(?:\s+{GAP_SPECK}+)?$")
# A cell of a column of crosses that OCR garbled ("DÅ" in a column of X): a cross, where the column's other marks
# are all crosses (an absent member's cell is blank there) and such cells are at most this share of its marks
GARBLED_CROSS_SHARE = 0.25
_GARBLED_CROSS = re.compile(r"[^\W\d_]{1,3}")
_ABSENT_ENDS = ("förhinder", "förfall", "frånvaro", "närvarande", "frånvarande")
# an absence noted after a name, with its capital too ("Anmält förhinder")
_ABSENT_AT_END = re.compile(r"\s+(?P<note>(?:anmält|anmäld)\s+(?:förhinder|förfall|frånvaro)|ej närvarande"
                            r"|frånvarande)$", re.I)
# items by their sign, as printed or as a scan reads it before a space ("8 74-88" for "§ 74-88"), or by a word
_ITEMS = rf"(?:§+|{SECTION_SIGNS}(?=\s)|paragraf(?:erna)?|punkt(?:erna)?)"
# items a person was there for, in a presence cell: "§ 137", "§§ 131-142", "paragraferna 66-83"
_ITEMS_PRESENT = re.compile(rf"^{_ITEMS}\s*\d", re.I)
_PRESENCE_WORD = re.compile(r"n[äa]rv|deltog|deltagit|tj[äa]nstg|\btjg\b|fr[åa]nv", re.I)  # a presence caption's word
_ITEMS_HELD = re.compile(rf"\s*{_ITEMS}.*$", re.I)  # and the items a role was held for, after it
_AFTER_MARK = re.compile(r",|\.(?=\s+[a-zåäö])")  # the comma after a mark, or the stop a scan read for it
CAPTION_WORDS = 3  # the most words a caption has ("Tjänstgörande ersättare för")
# The marks a presence column uses, set out in its caption's place, one a line: "Närvarande = N" / "Frånvarande = F" /
# "Tjänstgörande = Tj". The column holds the marks of every kind, present ones among them
_LEGEND = re.compile(r"(?<!\S)(?P<caption>[^\W\d_]+(?: [^\W\d_]+)?) ?= ?(?P<mark>[^\W\d_]{1,3})(?!\S)")
_LEGEND_CAPTION = "Närvaro"
LEGEND_LINES = 2  # legend lines over or under the caption row
# the member's substitute named in the presence cell of a member marked absent: "F (Louise Branting)"
_STOOD_IN = re.compile(r"\((?P<name>[^()]+)\)")
WRAPPED_WORDS = 3  # the most words of a cell's end that a narrow column wrapped onto the next line


@dataclass
class Presence:
    """Who a table says was there: members and serving substitutes (`present`), substitutes there but not
    serving (`guests`), members marked or left absent (`absent`), and the fields their role cells fill."""

    lines: list[int]
    present: list[str] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)  # (field, name)


def _cells(text: str) -> list[tuple[int, str]]:
    """The row's cells without the table's vertical rules, which OCR reads as cells of their own ("Ledamot  |  Parti",
    "Jonas Falk  |  L  Ja"), or specks ("Mia Sundvall   .   L   X"), also where OCR narrowed the gap to a space
    either side of them ("Amira Haddad = - V      X")."""
    parts = [part for start, cell in cells(_legend_read(text)) for part in _apart(start, cell)]
    parts = [(start, cell) for start, cell in parts if cell.strip(RULE_READS + H.OCR_SPECKS)]
    parts = [_specks_trimmed(start, cell) for start, cell in parts]
    if len(parts) > 2 and split_name(parts[0][1], parts[1][1]):
        parts[:2] = [(parts[0][0], f"{parts[0][1].strip()} {parts[1][1].strip()}")]  # "Kent  Stenhammar    L    X"
    last = parts[-1][1] if parts else ""
    if last.rstrip().lower().endswith(_ABSENT_ENDS) and (note := _ABSENT_AT_END.search(last)) and note.start():
        # "Berivan Öngörur Anmält förhinder": the note a cell of its own
        start = parts[-1][0]
        parts[-1:] = [(start, last[: note.start()]), (start + note.start("note"), note.group("note"))]
    return parts


def _specks_trimmed(start: int, cell: str) -> tuple[int, str]:
    """The cell without the specks a scan read in the gaps either side ("Frånvarande=F = Ja Nej", "Åsa Wärlinder '
    C": "Ja Nej", "Åsa Wärlinder")."""
    m = _SPECKS_AROUND.match(cell)
    return (start + m.start("text"), m["text"]) if m and m["text"] else (start, cell)


def _apart(start: int, cell: str) -> list[tuple[int, str]]:
    ends = [(m.start(), m.end()) for m in SPECKS_APART.finditer(cell)]
    return [(start + a, cell[a:b]) for a, b in zip([0, *(e for _, e in ends)], [*(s for s, _ in ends), len(cell)])]


def _caption_key(text: str) -> str:
    """A caption's words; an abbreviated caption keeps its stop or not ("Närv." / "Närv")."""
    return fold_key(text).rstrip(".")


def _legend_read(text: str) -> str:
    """The row with each cell of a presence legend ("Frånvarande = F") read as the caption of the column of marks, at
    its place: whichever of the legend's lines the caption row holds, the column holds the marks of every kind."""
    if "=" not in text:
        return text
    return _LEGEND.sub(lambda m: _LEGEND_CAPTION.ljust(len(m.group())) if _caption_key(m["caption"]) in _PRESENCE
                       else m.group(), text)


def _legend_line(text: str) -> bool:
    """A line of a presence legend stacked over or under its caption row ("Närvarande = N    § 282")."""
    return "=" in text and _legend_read(text) != text and not any(_person(cell) for _, cell in _cells(text))


def _caption_kind(text: str) -> str | None:
    key = _caption_key(text)
    key = key if key in _KINDS else _misread_caption(key)
    return _KINDS.get(key) if key else None


@lru_cache(maxsize=4096)
def _misread_caption(key: str) -> str | None:
    """The long caption a scan misread by a letter ("Tjänstvörande ersättare"), where only one is that near."""
    if len(key) < MISREAD_CAPTION_MIN_CHARS:
        return None
    near = process.extract(key, _LONG_KEYS, scorer=Levenshtein.distance, score_cutoff=1, limit=2)
    return near[0][0] if len(near) == 1 else None


def _gaps_closed(row: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The row with a long caption a scan read in two pieces, its middle lost ("Ledamöter När    rande"), one cell
    again, at its first piece."""
    out = list(row)
    k = 0
    while k + 1 < len(out):
        (start, text), (next_start, next_text) = out[k], out[k + 1]
        before, last = text.rstrip().rsplit(" ", 1) if " " in text.strip() else ("", text.strip())
        first, *after = next_text.strip().split(" ", 1)
        caption = across_lost_middle(fold_key(last), fold_key(first), _LONG_KEYS)
        if caption:
            joined = [(start, before)] if before.strip() else []
            joined.append((start + len(before) + (1 if before else 0), caption))
            joined += [(next_start + len(first) + 1, after[0])] if after else []
            out[k : k + 2] = joined
        k += 1
    return out


def _split_captions(row: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """OCR closes the gap between two captions ("Tjg Ersättare", "Ledamöter Tjänstgörande ersättare Närvarande"): a
    cell that is no caption, but whose words are captions, the longest first, is those captions, each at its own
    offset."""
    out: list[tuple[int, str]] = []
    for start, text in _gaps_closed(row):
        words = [(start + m.start(), m.group()) for m in re.finditer(r"\S+", text)]
        glued = not _caption_kind(text) and len(words) > 1 and _phrases(words)
        out += glued or [(start, text)]
    return out


def _phrases(words: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The words read as captions of one or more words, the longest caption first; None where some word is none."""
    out, k = [], 0
    while k < len(words):
        size = next((n for n in range(min(CAPTION_WORDS, len(words) - k), 0, -1)
                     if _caption_kind(" ".join(w for _, w in words[k : k + n]))), 0)
        if not size:
            return None
        out.append((words[k][0], " ".join(w for _, w in words[k : k + size])))
        k += size
    return out


def _caption_row(text: str) -> list[tuple[int, str]] | None:
    row = [(start, cell) for start, cell in _split_captions(_cells(text))
           if not (_LETTER_SPECK.fullmatch(cell) and not _caption_kind(cell))]
    if len(row) < 2 or not all(_caption_kind(t) for _, t in row) or _caption_kind(row[0][1]) == "presence":
        return None  # a presence column marks the names left of it: "Närvarande   Ledamöter" is a label and a value
    return row if any(_caption_kind(t) == "presence" for _, t in row) else None


def _captions_at(texts: list[str], i: int) -> list[tuple[int, str]] | None:
    """The captions of the row at i, also where its last caption wrapped onto the next line ("Tjänstgörande" /
    "ersättare"), as a narrow column wraps it, or where OCR read the presence caption on a line of its own."""
    if _wraps(texts, i):
        return _caption_row(f"{texts[i].rstrip()} {texts[i + 1].strip()}")
    if (row := _caption_row(texts[i])) is not None:
        return row
    if (j := _presence_caption_apart(texts, i)) is not None:
        return _caption_row(_level(texts[i], texts[j]))
    return _misread_caption_row(texts, i)


def _presence_caption_apart(texts: list[str], i: int) -> int | None:
    """The line of a row's presence caption that OCR read apart from the row, a blank line or none between, rows of
    names under it ("Befattning           Namn" / "" / "Närvarande" / "Ordförande   Samuel Hammersberg   Ja": the
    caption set a little lower, as a scan of an uneven row reads it); None where there is none. A label there would
    stand between a table's captions and its rows."""
    if not CELL_GAP.search(texts[i]):
        return None  # most lines: one cell, no caption row
    j = i + 1 if i + 1 < len(texts) and texts[i + 1].strip() else i + 2
    if j >= len(texts) or not _PRESENCE_WORD.search(texts[j]) or len(texts[j].split()) > CAPTION_WORDS:
        return None
    lone = _cells(texts[j])
    if len(lone) != 1 or _caption_kind(lone[0][1]) != "presence":
        return None
    row = _cells(texts[i])
    if len(row) < 2 or not all(_caption_kind(cell) for _, cell in row) or _caption_row(texts[i]):
        return None
    below = next((k for k in range(j + 1, min(j + 3, len(texts))) if texts[k].strip()), None)
    return j if below is not None and _row(texts[below], _caption_kind(row[0][1]) == "other") else None


def _level(row: str, caption: str) -> str:
    """The row with the caption OCR read apart from it set after its last caption, a column gap between."""
    return f"{row.rstrip()}{COLUMN_SPACES}{caption.strip()}"


def _misread_caption_row(texts: list[str], i: int) -> list[tuple[int, str]] | None:
    """A caption row a scan misread one caption of ("Befattmnes   Namn   Närvarande", "Befattning   Nano
    Närvarande"): the others are captions, a presence caption among them, and the first row under it holds a present
    mark under that caption. The misread one stands for the names' column where no other caption names it."""
    if not _PRESENCE_WORD.search(texts[i]):  # most lines: no presence caption to go by
        return None
    row = [(start, cell) for start, cell in _split_captions(_cells(texts[i])) if not _LETTER_SPECK.fullmatch(cell)]
    kinds = [_caption_kind(cell) for _, cell in row]
    unknown = [k for k, kind in enumerate(kinds) if kind is None]
    if len(row) < 2 or len(unknown) != 1 or "presence" not in kinds or kinds[0] == "presence" \
            or not re.fullmatch(r"[^\W\d_]{3,15}", row[unknown[0]][1].strip()):
        return None
    below = next((t for t in texts[i + 1 : i + 3] if t.strip()), "")
    columns = [start for (start, _), kind in zip(row, kinds) if kind == "presence"]
    if not any(abs(start - c) <= WANDER and _present(fold_key(cell)) for start, cell in _cells(below) for c in columns):
        return None
    stand_in = "Namn" if "name" not in kinds else "Kommentar"  # captions of those kinds
    return [(start, stand_in if k == unknown[0] else cell) for k, (start, cell) in enumerate(row)]


def _wraps(texts: list[str], i: int) -> bool:
    below = texts[i + 1].strip() if i + 1 < len(texts) else ""
    return (below[:1].islower() and len(below.split()) < CAPTION_WORDS
            and bool(_caption_row(f"{texts[i].rstrip()} {below}")))


def _person(cell: str):
    """The person a name cell holds ("Anna Andersson (S), ordf."), or None."""
    people = read_people(unspeckled(cell).rstrip(" ="))[0]  # "Lena Ek (C) =": a speck after the name
    return people[0] if people and len(people[0].name.split()) >= 2 else None


def _row(text: str, roles_first: bool) -> bool:
    """A row of names: a person in some cell, and no label opening it ("Övriga deltagare    Maria Svensson")
    unless the table's first column holds roles ("Ordförande    Anna Andersson    Ja")."""
    row = _cells(text)
    return (bool(row) and (roles_first or not LABEL.match(fold(row[0][1]))) and not _caption_row(text)
            and any(_person(t) for _, t in row))


def _present(mark: str) -> bool:
    """A present mark, also as OCR reads it in a cell of a few characters: after a speck ("o>x"), or twice ("xx"); or
    over a rule read as "_" ("X_ Siv Tallqvist (SD)", the next cell glued to it)."""
    pieces = [piece for piece in re.split(r"[^\w✓✔]+", mark) if piece]  # "Ja”", ".Ja": a speck either side
    specked = len(mark) <= SPECKED_MARK and bool(pieces) and re.sub(r"(.)\1+", r"\1", pieces[-1])
    # a speck read as a letter or two before it: "oX", "fox"
    specked = "x" if 2 <= len(mark) <= 3 and mark[-1] == "x" and mark[:-1].isalpha() else specked
    specked = "x" if _SPECK_AFTER_X.fullmatch(mark) else specked  # "xo": a speck after it
    return any(mark == m or mark.startswith((m + " ", m + ",", m + ". ", m + "_")) or specked == m != mark
               for m in _PRESENT) or bool(_ITEMS_PRESENT.match(mark))


def tables(texts: list[str]) -> list[list[int]]:
    """The line indices of each presence table: its caption row and the rows under it that hold a name (a blank
    line between rows is allowed, as OCR leaves them)."""
    out: list[list[int]] = []
    i = 0
    while i < len(texts):
        captions = _captions_at(texts, i)
        if not captions:
            i += 1
            continue
        rows, k = [i], i + 1
        above = [j for j in range(max(i - LEGEND_LINES, 0), i) if all(_legend_line(texts[m]) for m in range(j, i))]
        while k < len(texts) and k - i <= LEGEND_LINES and _legend_line(texts[k]):
            rows, k = [*rows, k], k + 1
        if _wraps(texts, i):
            rows, k = [i, i + 1], i + 2  # the caption's wrapped end
        elif (j := _presence_caption_apart(texts, i)) is not None:
            rows, k = [i, j], j + 1  # the presence caption read apart
        roles_first = _caption_kind(captions[0][1]) == "other"
        while k < len(texts):
            if _row(texts[k], roles_first) or _shaped(texts[k], captions, roles_first) or (
                    rows[-1] == k - 1 and len(rows) > 1 and _wrapped(texts[k], captions)) or (
                    (len(rows) > 1 or len(texts[k].split()) > 1) and _group_label(texts[k]) and k + 1 < len(texts)
                    and _row(texts[k + 1], roles_first)):
                rows.append(k)
            elif texts[k].strip() or not (k + 1 < len(texts) and texts[k + 1].strip() and _row(texts[k + 1], roles_first)):
                break
            k += 1
        if len(rows) > 1 and _marked(texts, rows):
            first = min(above, default=i)
            titled = first and fold_key(texts[first - 1]) in _TITLES  # "Närvarolista" over the captions
            out.append([*([first - 1] if titled else []), *above, *rows])
        i = k
    return out


def _shaped(text: str, captions: list[tuple[int, str]], roles_first: bool) -> bool:
    """A row whose name OCR garbled ("KassoOr  PerPersson  Nej", "Per Pers5on  M  X"): a cell under every caption, or
    two cells or more each starting under a caption, the first under the first. Still a row of the table, so the rows
    below it are read; its name is no one's."""
    row = _cells(text)
    under = len(row) >= 2 and abs(row[0][0] - captions[0][0]) <= ALIGN and all(
        any(abs(start - c) <= WANDER for c, _ in captions) for start, _ in row)
    return ((len(row) == len(captions) or under) and (roles_first or not LABEL.match(fold(row[0][1])))
            and not _caption_row(text))


def _group_label(text: str) -> str | None:
    """A label over the next rows of the table, the people there without a seat: "Suppleanter", "Ersättare" (kind
    "substitutes"), "Sekretariatet", "Tjänstepersoner" ("guests")."""
    key = fold_key(text.strip().rstrip(":"))
    words = key.split()
    if 1 < len(words) <= CAPTION_WORDS and _NAME_COLUMNS.get(words[0]) == "members" and words[0] != key:
        return "members"  # "LEDAMÖTER 1:a valkretsen": the members of one constituency, then the next one's
    return "substitutes" if _NAME_COLUMNS.get(key) == "substitutes" else "guests" if key in _GUEST_LABELS else None


def _wrapped(text: str, captions: list[tuple[int, str]]) -> bool:
    """The end of a cell the row above wrapped, on the next line under its caption: a surname ("Mukhopadhyay") under
    a name's, a note's end ("3.1", of "Ja, kom vid punkt") under the presence caption; a few words, no person."""
    row = _cells(text)
    if len(row) != 1 or len(row[0][1].split()) > WRAPPED_WORDS or row[0][1].rstrip().endswith(":"):
        return False
    start, cell = row[0]
    under = [t for c, t in captions if abs(start - c) <= WANDER]
    return bool(under) and not _person(cell) and not _caption_kind(cell) and not _group_label(cell) and (
        _caption_kind(under[0]) != "name" or _surname_alone(cell.strip()))


def _surname_alone(word: str) -> bool:
    """One capitalised word that is a name or no word ("Mukhopadhyay", "Berg"), not a label ("Sekretariatet")."""
    lex = load_lexicon()
    return bool(ONE_NAME_WORD.fullmatch(word)) and (lex.is_name(word.lower()) or not lex.is_word(word.lower()))


def _marked(texts: list[str], rows: list[int]) -> bool:
    """Some row has a mark in a presence column: a table of names under such captions with none is no roll."""
    captions = _captions_at(texts, rows[0]) or []
    at = [n for n, (_, t) in enumerate(captions) if _caption_kind(t) == "presence"]
    return any(_columns(captions, _cells(texts[r]))[n] for r in rows[1:] if not _legend_line(texts[r]) for n in at)


def _columns(captions: list[tuple[int, str]], row: list[tuple[int, str]]) -> list[str]:
    """The row's cell text under each caption ("" where none)."""
    if len(row) == len(captions) and any(abs(s - c) > ALIGN for (s, _), (c, _) in zip(row, captions)):
        # a Markdown table: cells in order, no common column positions; in order a mark under no presence caption,
        # a scan's row with a cell read in two ("Carl von Stockenström,   ordf.   MP   X")
        in_order = [t for _, t in row]
        if not any(_present(fold_key(t)) and _caption_kind(c) != "presence" for t, (_, c) in zip(in_order, captions)):
            return in_order
    out = [""] * len(captions)
    presence = [n for n, (_, t) in enumerate(captions) if _caption_kind(t) == "presence"]
    for start, text in _marks_apart(captions, row):
        at = max((n for n, (c, _) in enumerate(captions) if c <= start + ALIGN), default=0)
        if at not in presence and _present(fold_key(text)):
            # proportional type read in characters sets a mark a few right of its narrow caption ("Tjg"), where the
            # next caption starts: it is the nearest presence column's
            near = min(presence, key=lambda n: abs(captions[n][0] - start), default=at)
            at = near if abs(captions[near][0] - start) <= WANDER else at
        out[at] = f"{out[at]} {text}".strip()
    for n in presence:
        if n and not out[n] and (glued := _MARK_GLUED.match(out[n - 1])):
            out[n - 1], out[n] = glued.group("party").upper(), glued.group("mark")
        # a long name pushed the row's mark under a later column of names ("Tjänstgörande ersättare"), where no mark
        # belongs, and perhaps its party under the presence caption ("Anders Magnus Gudmundson     V     X")
        stray = next((k for k in range(n + 1, len(out))
                      if _caption_kind(captions[k][1]) == "name" and _present(fold_key(out[k]))), None)
        if stray is not None and (not out[n] or PARTY_CELL.match(out[n])):
            out[n], out[stray] = f"{out[n]} {out[stray]}".strip(), ""
        # and a name under the presence caption, the row's gaps read wider than the caption row's ("Parti Närvarande
        # Tjänstgörande ersättare" with single spaces): a name is no mark, it is the next column of names'
        later = next((k for k in range(n + 1, len(out)) if _caption_kind(captions[k][1]) == "name"), None)
        if later is not None and not out[later] and not _present(fold_key(out[n])) and _person(out[n]):
            out[n], out[later] = "", out[n]
    return out


def _marks_apart(captions: list[tuple[int, str]], row: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """OCR joins a mark to the cell before it over a speck ("Ordförande = X", "Eva Ek (KD), ersättare = Ja, tjänstgör"):
    from a word that is a present mark and stands under a presence caption, in a cell that starts left of it, the
    cell is one of its own."""
    columns = [c - ALIGN for c, t in captions if _caption_kind(t) == "presence"]
    out: list[tuple[int, str]] = []
    for start, text in row:
        mark = next((m for m in re.finditer(r"(?<=\s)\S+", text) if any(start < c <= start + m.start() for c in columns)
                     and (_present(fold_key(m.group().rstrip(","))) or _ITEMS_PRESENT.match(text[m.start() :]))), None)
        if mark:
            out += [(start, unspeckled(text[: mark.start()]).rstrip(" =")), (start + mark.start(), text[mark.start() :])]
        else:
            out.append((start, text))
    return out


def read(texts: list[str], lines: list[int]) -> Presence:
    """What one table (`tables`) says of each person in it."""
    rows = lines[next(n for n, i in enumerate(lines) if _captions_at(texts, i)) :]  # after its title and legend
    captions = _captions_at(texts, rows[0]) or []
    kinds = [_caption_kind(t) for _, t in captions]
    # each name column (or the first column) with the presence and role cells up to the next name column
    starts = [0] + [n for n, k in enumerate(kinds) if k == "name"][1:]
    groups = [range(s, e) for s, e in zip(starts, [*starts[1:], len(captions)])]
    seats = _seats(captions, kinds, groups)
    stand_ins = _stand_ins(captions, kinds, groups)
    found = Presence(lines)
    table: list[list[str]] = []
    sections: list[str | None] = []  # the group label over each row ("Suppleanter", "Sekretariatet"), if any
    section = None
    for r in rows[1:]:
        if table and (label := _group_label(texts[r])):  # not the caption row's wrapped end ("ersättare")
            section = label
            continue
        values = _columns(captions, _cells(texts[r]))
        if table and r - 1 in rows and _wrapped(texts[r], captions):  # a cell's wrapped end: "Olsson" / "Mukhopadhyay"
            table[-1] = [f"{a} {b}".strip() for a, b in zip(table[-1], values)]
        else:
            table.append(values)
            sections.append(section)
    crosses = _cross_columns(table, [n for n, k in enumerate(kinds) if k == "presence"])
    noted = _note_columns(table, [n for n, k in enumerate(kinds) if k == "presence"])
    for values, section in zip(table, sections):
        absent = False  # the row's member before this column group is marked absent
        for k, group in enumerate(groups):
            name_at = next((n for n in group if kinds[n] == "name"), group[0])
            person = _person(values[name_at])
            if not person:
                absent = False
                continue
            name, roles = person.name, set(person.roles)
            if k in stand_ins:
                if absent:
                    found.present.append(name)
                absent = False
                continue
            absent = False
            marked = [n for n in group if kinds[n] == "presence"]
            if k in seats and _person(values[seats[k][0]]):
                found.absent.append(name)  # a substitute served in the member's seat
                continue
            marked = [n for n in seats[k] if kinds[n] == "presence"] if k in seats else marked
            marks = [(_PRESENCE[_caption_key(captions[n][1])], fold_key(_PARTY_PUSHED.sub("", values[n])), n in crosses)
                     for n in marked]
            there = [kind for (kind, mark, cross), n in zip(marks, marked)
                     if (_present(mark) or cross and _garbled_cross(mark) or n in noted) and kind != "absent"]
            column = section or _NAME_COLUMNS.get(_caption_key(captions[name_at][1]))
            substitute = column in ("substitutes", "guests")  # there without a seat, not absent where unmarked
            if "serving" in there or there and not substitute or column == "serving":
                found.present.append(name)
                roles |= {f for n in group if n != name_at and kinds[n] == "other" for f in role_fields(values[n])}
                roles |= {f for n in marked for f in _roles_after_mark(values[n])}
                found.roles += [(f, name) for f in sorted(roles)]
            elif there or section == "guests" and not any(H.ABSENT_NOTE.match(values[n].strip()) for n in marked):
                # under "Övriga" or "Sekretariatet" the people listed were there ("Annika Sabel sekreterare")
                found.guests.append(name)
                roles |= {f for n in marked for f in _roles_after_mark(values[n])}
                found.roles += [(f, name) for f in sorted(roles)]
            elif not substitute:
                found.absent.append(name)
                absent = True
                found.present += [p.name for n in marked if (m := _STOOD_IN.search(values[n])) and (p := _person(m["name"]))]
    return found


def _roles_after_mark(cell: str) -> set[str]:
    """A role written after the mark, before the items it held for ("X, mötesordförande § 94 - § 106"); the comma
    as a scan reads it too, a stop before the role's small letter ("X. mötesordförande")."""
    parts = _AFTER_MARK.split(cell, maxsplit=1)
    return role_fields(_ITEMS_HELD.sub("", parts[1])) if len(parts) > 1 else set()


def _cross_columns(table: list[list[str]], presence: list[int]) -> set[int]:
    """The presence columns whose marks are crosses, with at most GARBLED_CROSS_SHARE of them garbled."""
    out = set()
    for n in presence:
        marks = [fold_key(values[n]) for values in table if values[n].strip()]
        crosses = sum(_present(m) and m[:1] == "x" for m in marks)
        garbled = sum(_garbled_cross(m) for m in marks)
        if crosses and crosses + garbled == len(marks) and garbled <= GARBLED_CROSS_SHARE * len(marks):
            out.add(n)
    return out


def _note_columns(table: list[list[str]], presence: list[int]) -> set[int]:
    """Presence columns that note when people came or left ("5.3", "under paus 4.5-4.6") and mark no one present:
    the table lists who was there, its blank cells are no absence."""
    return {n for n in presence if any(values[n].strip() for values in table)
            and all(re.search(r"\d", values[n]) and not _present(fold_key(values[n])) for values in table if values[n].strip())}


def _garbled_cross(mark: str) -> bool:
    """Letters that are no mark and no "Nej" ("Ne", "Mej")."""
    return (bool(_GARBLED_CROSS.fullmatch(mark)) and not _present(mark) and mark != "ej"
            and Levenshtein.distance(mark, "nej") > 1)


def _stand_ins(captions: list[tuple[int, str]], kinds: list[str | None], groups: list[range]) -> set[int]:
    """Substitutes' column groups with no presence column of their own, after a members' group that has one
    ("Ledamot   Närvarande   Ersättare"): a substitute named in the row of a member marked absent took the seat;
    one beside a member who came is only the member's substitute."""
    return {k for k in range(1, len(groups)) if _NAME_COLUMNS.get(_caption_key(captions[groups[k][0]][1])) == "substitutes"
            and not any(kinds[n] == "presence" for n in groups[k]) and any(kinds[n] == "presence" for n in groups[k - 1])}


def _seats(captions: list[tuple[int, str]], kinds: list[str | None], groups: list[range]) -> dict[int, range]:
    """Members' column groups with no presence column of their own, beside a column of serving substitutes that
    has one ("Ledamöter   Tjänstgörande ersättare   Närvarande"): the substitutes serve without a mark, so the
    mark is the seat's, the member's where no substitute is named in the row. {members' group: the seat's group}."""
    out: dict[int, range] = {}
    for k in range(1, len(groups)):
        serving = _NAME_COLUMNS.get(_caption_key(captions[groups[k][0]][1])) == "serving"
        if serving and not any(kinds[n] == "presence" for n in groups[k - 1]):
            out[k - 1] = groups[k]
    return out
