"""Each repair as a small named function (ftfy style), so a correction can name its fix.

Layout fixes work on a line; word fixes are chosen by `repair.py`, which scores
candidates from the lexicon; the reasons they record are the names defined here.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ingest.glyphs import CROSS_READ, ORDINAL_ONE, PARTY_MARK_READS, SPACED_IDENTIFIER
from ingest.headings import MISREAD_DNR_LABEL

DIACRITICS = "diacritics"  # letters restored or removed: "tradgardar" -> "trädgårdar"
OCR_CONFUSION = "ocr-confusion"  # look-alike glyphs: "6ver" -> "över", "Skdne" -> "Skåne"; a lost å/ä/ö: "fr" -> "för"
COMPOUND = "compound"  # an unlisted compound repaired part by part
CONTEXT = "context"  # one real word for another, chosen by its neighbours: "for" -> "för"
SPLIT_WORD = "split-word"  # a word broken by a space: "infor mation"
JOINED_WORD = "joined-word"  # words run together: "attbarnet" -> "att barnet"
EDIT = "edit"  # nearest word by edit distance
DOCUMENT = "document-spelling"  # one spelling per document: "Hjelmstrom" where the page also has "Hjelmström"
BULLET = "bullet"  # a bullet glyph OCR read as a letter
SYMBOL = "symbol"  # a symbol OCR read as another: "$ 12" -> "§ 12", a dotted leader's dots read as "ceeeees"

BULLET_BULLET = "•"
# Glyphs OCR reads a round bullet as, when they open a line and a word follows; signs that open a line of sums too
# ("+ 2,5 mnkr", "< 5 %") only before a word of letters (a black-and-white scan: "+  Styrelsen", "<  Nämnden")
_BULLET_LINE = re.compile(r"^([ \t]*)([eo*»«¢©®°·]|[+<>~](?= +[\"”“'(]?[^\W\d_]))( +)(?=[\"”“'(]?\w)", re.MULTILINE)
_PIPE_I = re.compile(r"^([ \t]*)\|(?= [a-zåäö])", re.MULTILINE)
# and after a sentence's end or at a page's top, in OCR'd text: ". | samband med detta", but for a table's cell bar
# (its row opens with a bar)
_SENTENCE_PIPE_I = re.compile(r"(?:(?<=[.!?] )|(?<=\f))\|(?=[ \n][a-zåäö])")
_ROW_START = re.compile(r"[ \t]*\|")
_DAY_ONE = re.compile(r"(?<!\w)den I (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
                      r"|december)\b")
_MID_I = re.compile(r"I(?<=[a-zåäö,] I)(?=(?: | ?\n\n?)[a-zåäö])")  # the next word perhaps on the next line
# a capitalised word inside a sentence, not the first of its line or after a stop: a given name before an initial
_NAME_BEFORE_I = re.compile(r"(?:(?<=[^\s.!?:] )|(?<=[+/]))[A-ZÅÄÖ][a-zåäöé]+ \Z")
NAME_SPAN = 40  # characters before an "I" that hold the word before it
# The Swedish model has no "§" (its reads: `glyphs.SECTION_READS`); of them a text fix trusts "$", and "8" ("§§" as
# "88") where a paragraph stands: opening a line before its title or a bar, after a meeting's date ("2024-05-07,
# 8 88"), before a range ("88 131-136, 140"), or after a role with one or two digits (a thousands group has three,
# so "8 12" is no number), in a statute's citation, after an organ's short name, or after a year and its comma.
# Patterns open with their literal, whose look-behind follows it: the engine then jumps from one "8" to the next
# instead of trying the look-behind at every letter of the text.
_SECTION = (
    re.compile(r"^[ \t]*(?:(\$)(?= ?\d)|(8)(?= \d{1,3}(?:[ \t]*\.?[ \t]+[A-ZÅÄÖ]|[ \t]+[|:]|[ \t]*$)))", re.MULTILINE),
    re.compile(r"(8)(?:(?<=\d{4}-\d\d-\d\d 8)|(?<=\d{4}-\d\d-\d\d, 8)|(?<=\d{4}-\d\d-\d\d  8)|(?<=\d{4}-\d\d-\d\d,  8))"
               r"(?=\s\d{1,3}\b)"),
    re.compile(r"(8)(?<=[\w,(] 8)(?= [1-9]\d?(?:[.,)]?[ \t]*$|\)))", re.MULTILINE),
    re.compile(r"(88)(?<![\w.,-]88)(?= \d{1,3}(?: ?[-–,]|[ \t]*$))", re.MULTILINE),
    # a statute's paragraph: "3 kap. 6 8 miljöbalken", "11 kap 10 8 PBL", "47 8 väglagen"
    re.compile(r"kap\.?[ \t]+\d{1,3}[ \t]+(8)(?=[ \t.,;:)]|$)(?![ \t]\d)", re.MULTILINE),
    re.compile(r"(8)(?<=\d 8)(?=[ \t]+(?:[a-zåäö]+(?:lagen|balken|förordningen)|[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}L)\b)"),
    # a paragraph of an organ's minutes, by its short name ("KS 8 156", "KSAU  8\n185"), not an amount ("SEK 8 500")
    re.compile(r"(8)(?:(?<=[A-ZÅÄÖ]{2}[ \t]8)(?<!SEK 8)(?<!EUR 8)(?<!USD 8)|(?<=[A-ZÅÄÖ]{2}[ \t]{2}8))"
               r"(?=\s{1,2}\d{1,3}(?![\d,.]|[ \t]?(?:kr|tkr|mkr|kronor|%)))"),
    # after a year and its comma, as after a date: "den 28 november 2018, 8 465"
    re.compile(r"(8)(?:(?<=(?:19|20)\d\d, 8)|(?<=(?:19|20)\d\d,  8))(?=[ \t]\d{1,3}\b)"),
)
_SECTION_NUMBER = re.compile(r"§[ \t]*(\d{1,3})(?!\d)")
_NUMBER_AFTER = re.compile(r"\s{1,2}(\d{1,3})(?!\d)")
# a lone 8 (after a space, comma or bracket) before a number of one to three digits that no other group continues
_NUMBERED_EIGHT = re.compile(r"(8)(?<![^\s,(]8)(?=[ \t]{1,2}(\d{1,3})(?!\d|[.,]\d|[ \t]\d))")
# a heading's paragraph sign read as an 8 glued to its number, a column gap before the title ("8323      Dnr 2024-00399")
_GLUED_EIGHT = re.compile(r"^[ \t]*(8)(\d{1,3})(?=[ \t]{3,}\S)", re.MULTILINE)
# "3,5 %" read by the Swedish model: the sign has no glyph in it and comes out as "96" or "960".
_PERCENT = re.compile(r"(?<=\d,\d)(\d*) (960|96)(?![\w,.]?\d)")
_AT = re.compile(r"\b[\w.+-]+(Q)[\w-]+\.(?:se|nu|com|org|net|eu)\b")
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_URL_HINT = re.compile(r"@|https?://|www\.", re.IGNORECASE)  # what every match of _URL holds
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)  # a Markdown table cell's line break


# A dotted leader (contents lines, signature lines) is read as runs of the letters a dot looks like: the English
# model makes "eeeceesccsse" and "ee eee cece", the Swedish one "ssrsrrrsrr" and then capitals ("RR AAA"). No word
# is such a run: it has one letter three times over, or is long and nearly all dot-letters, or is glued to a row of
# dots (after such a run the short runs up to the page number go too), or is all e and c (after that only runs
# that are no word either: "ee", "cee", "rr").
_DOT_LETTERS = frozenset("ecsr")
_LEADER_LETTERS = frozenset("ecsrnoaiumtv")
_SHORT_RUN = r"(?:[ec]{2,4}|(?P<letter>[a-z])(?P=letter){1,3})"
_LEADER_TAIL = re.compile(r"[ .,:;'`´‘’=_-]*([A-Za-z]{1,6})(?=[ .,:;'`´‘’=_-]|$)")
_SHORT_TAIL = re.compile(rf"[ .]*({_SHORT_RUN})(?=[ .]|$)")
_SHORT_BEFORE = re.compile(rf"(?:(?<=[\s.])|^)({_SHORT_RUN})[ .]+$")
# the letter runs _leader_core may call a leader: three letters or more, every one a letter a dot looks like
_LEADER_RUN = re.compile(r"(?<![a-z])[ecsrnoaiumtv]{3,}(?![a-z])")
_TRIPLED = re.compile(r"([ecsr])\1\1")
# the name a signature line's leader runs up to ("………… Sanna Högberg"): a first name, then a surname
_NAME_AT = re.compile(r"[A-Z](?P<first>[a-z]{2,5}) (?P<surname>[A-ZÅÄÖ][^\W\d_]+)")
_DOT_LETTER_IN_DOTS = re.compile(r"(?<=\.\.\.)[ecsr](?=:?\.\.\.)")
_WEAK, _STRONG = 1, 2  # how sure a run is a leader: how much may go with it


def _leader_core(text: str, start: int, end: int) -> int:
    """_STRONG for a run with one letter three times over, a long run nearly all dot-letters, or a run glued to
    dots; _WEAK for a run of e and c only; else 0. Cheap tests first: most runs are short words ("som", "inte")."""
    run = text[start:end]
    if len(run) >= 5 and _TRIPLED.search(run):
        return _STRONG
    dotted = len(run) >= 4 and (text.startswith("...", end) or text[max(0, start - 3):start] == "...")
    if len(run) >= 12 or dotted:
        dot_share = sum(c in _DOT_LETTERS for c in run) / len(run)
        if (len(run) >= 12 and dot_share >= 0.8) or (dotted and dot_share >= 0.75):
            return _STRONG
    return _WEAK if set(run) <= {"e", "c"} else 0


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the line (between line and page breaks) that holds text[start:end]."""
    after = [i for i in (text.find("\n", end), text.find("\f", end)) if i >= 0]
    return max(text.rfind("\n", 0, start), text.rfind("\f", 0, start)) + 1, min(after, default=len(text))


def _name_at(text: str, i: int) -> bool:
    """A signer's name after a leader: a capitalised word not all dot-letters before a surname that is no run of a
    leader's letters ("Sanna Högberg"; a leader's capitals "An Une" or "Ass A" are none)."""
    m = _NAME_AT.match(text, i)
    return bool(m) and not set(m.group("first")) <= _DOT_LETTERS and not set(m.group("surname").lower()) <= _LEADER_LETTERS


def leaders(text: str) -> list[tuple[int, int, str]]:
    """(start, end, dots) for each dotted leader the OCR read as letters, with the short runs around it."""
    if not any(run in text for run in ("eee", "rrr", "sss", "ccc", "...", "cee", "ece")):
        return []
    out: list[tuple[int, int, str]] = []
    end = 0
    for m in _LEADER_RUN.finditer(text):  # the few runs that may be one, not every word of the text
        core = 0 if m.start() < end else _leader_core(text, m.start(), m.end())
        if not core:
            continue
        start, end = m.span()
        line_start, line_end = _line_of(text, start, end)
        while before := _SHORT_BEFORE.search(text, line_start, start):  # "ce ee eee ceeeeeeesseee"
            start = before.start(1)
        tail_pattern = _LEADER_TAIL if core == _STRONG else _SHORT_TAIL
        while tail := tail_pattern.match(text, end, line_end):
            if not set(tail.group(1).lower()) <= _LEADER_LETTERS or _name_at(text, tail.start(1)):
                break
            end = tail.end(1)
        out.extend((start + r.start(), start + r.end(), "." * (r.end() - r.start()))
                   for r in re.finditer(r"[A-Za-z]+", text[start:end]))
    return out


def dot_letters(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ".") for one dot-letter alone inside a row of dots, printed or read back from letters by
    `leaders` ("Årsredovisning 2025 .....c......")."""
    found = _leaders_of(text)
    text = _leaders_as_dots(text)
    if "..." not in text:
        return []
    taken = {s for s, *_ in found}
    return [(m.start(), m.end(), ".") for m in _DOT_LETTER_IN_DOTS.finditer(text) if m.start() not in taken]


_leaders_of = lru_cache(maxsize=1)(leaders)  # the layout fixes ask twice of one text: for leaders and dot_letters


def _leaders_as_dots(text: str) -> str:
    """The text with the leaders `leaders` found as dots (each the length of its letters, so that offsets hold; a
    run found twice, from two cores on one line, once)."""
    found = _leaders_of(text)
    if not found:
        return text
    parts, last = [], 0
    for s, e, dots in sorted(set(found)):
        if s < last:
            continue
        parts += [text[last:s], dots]
        last = e
    return "".join(parts) + text[last:]


def bullets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "•") for each line-start letter that is a misread bullet."""
    return [(m.start(2), m.end(2), BULLET_BULLET) for m in _BULLET_LINE.finditer(text)]


def section_signs(text: str) -> list[tuple[int, int, str]]:
    """"$ 12", "8 12 Title" or "88 12-14": paragraph signs the OCR model cannot output; then a lone 8 before a
    number the document gives a paragraph elsewhere ("enhetschef, 8 124" beside "§ 124"), and a heading's 8 glued
    to such a number ("8323      Dnr 2024-00399": "§ 323")."""
    marks = set()
    start = 0
    pages = []
    for page in text.split("\f"):  # a page that prints "§" was read by a model that has it: its 8 is an 8
        eights = "§" not in page
        marks |= {(start + m.start(k), start + m.end(k)) for pattern in _SECTION for m in pattern.finditer(page)
                  for k in range(1, pattern.groups + 1) if m.start(k) >= 0 and (eights or m.group(k) == "$")}
        if eights and "8" in page:
            pages.append((start, page))
        start += len(page) + 1
    numbers = _section_numbers(text, marks)
    marks |= {(at + m.start(1), at + m.end(1)) for at, page in pages if numbers
              for m in _NUMBERED_EIGHT.finditer(page) if m.group(2) in numbers}
    # a heading's 8 glued to a number the document gives a paragraph elsewhere ("8323      Dnr" beside "8 323 Dnr")
    glued = [(at + m.start(1), at + m.end(1), "§ ") for at, page in pages if numbers
             for m in _GLUED_EIGHT.finditer(page) if m.group(2) in numbers]
    return sorted([(s, e, "§" * (e - s)) for s, e in marks] + glued)


def _section_numbers(text: str, marks: set[tuple[int, int]]) -> set[str]:
    """The numbers the document gives paragraphs: after a printed "§" and after the signs read back from 8s."""
    numbers = {m.group(1) for m in _SECTION_NUMBER.finditer(text)} if "§" in text else set()
    for _, end in marks:
        if after := _NUMBER_AFTER.match(text, end):
            numbers.add(after.group(1))
    return numbers


def percent_signs(text: str) -> list[tuple[int, int, str]]:
    """"3,5 960" is "3,5 %": a decimal number followed by what the Swedish model makes of "%"."""
    if " 96" not in text:  # the regex tries every digit: skip it when it cannot match
        return []
    return [(m.start(2), m.end(2), "%") for m in _PERCENT.finditer(text)]


def at_signs(text: str) -> list[tuple[int, int, str]]:
    """"namnQkommun.se" is an e-mail address whose "@" was read as "Q"."""
    if "Q" not in text:  # the regex tries every word start: skip it when it cannot match
        return []
    return [(m.start(1), m.end(1), "@") for m in _AT.finditer(text) if "@" not in m.group()]


def pipe_i(text: str) -> list[tuple[int, int, str]]:
    """"| den" opening a line is the capital I (the preposition) the OCR read as a bar."""
    return [(m.end(1), m.end(1) + 1, "I") for m in _PIPE_I.finditer(text)]


def sentence_pipe_i(text: str) -> list[tuple[int, int, str]]:
    """"Beslutet fattades. | samband med det": a bar opening a sentence before a small letter is the capital I."""
    if "|" not in text:
        return []
    return [(m.start(), m.end(), "I") for m in _SENTENCE_PIPE_I.finditer(text)
            if text[m.start() - 1] == "\f" or not _ROW_START.match(text, _line_of(text, m.start(), m.end())[0])]


def ordinal_ones(text: str) -> list[tuple[int, int, str]]:
    """"l:e vice ordförande" is the ordinal "1:e": its one read as a letter."""
    return [(m.start(), m.end(), "1") for m in ORDINAL_ONE.finditer(text)] if ":" in text else []


def capital_i(text: str) -> list[tuple[int, int, str]]:
    """"barn I skolan": inside a sentence the preposition is "i"; the model read its dot as a capital. But "den I
    januari" is a date's day, a one read as a capital: no preposition stands between "den" and a month. And after a
    capitalised word inside a sentence, a name, it is the initial of a surname ("att Martin I ordnar", "Lars+Martin I
    och Per N")."""
    return [(m.start(), m.end(), "1" if _DAY_ONE.match(text, max(0, m.start() - 4)) else "i")
            for m in _MID_I.finditer(text) if not _NAME_BEFORE_I.search(text, max(0, m.start() - NAME_SPAN), m.start())]


# A hexadecimal identifier (an e-signature's transaction id, a checksum) as OCR reads it: cut by spaces where the
# glyphs crowd ("E4352B6F39BB3854D39744 1 F9C05E75…"), its 0 read as O, Q or Ö, its 1 as I, l or | (a lone 1 in the
# crowd: "…D39744 | F9C05E75…"), its 5 as S, its E as £. No word is a run of 32 such characters with both digits and
# the letters A-F in it.
_HEX_MISREAD = str.maketrans("OQÖIl|S£", "0001115E")
# A digit read twice, as itself and as the letter it looks like ("AE0OED", "BFCOO0DF", "CS5E", "DADI1"): no letter O,
# S, I or l is hex, and where one stands beside its digit the two are one glyph (one too many in each such run).
_DOUBLE_READ = re.compile(r"[0O]*(?:0O|O0)[0O]*|[5S]*(?:5S|S5)[5S]*|[1Il]*(?:1[Il]|[Il]1)[1Il]*")
_HEX_RUN = re.compile(r"(?<![\w-])[0-9A-FOQÖIlS£]+(?: (?:\| )?[0-9A-FOQÖIlS£]+)*(?![\w-])")
_RULE = " | "  # a lone | between two pieces is a 1 where the pieces are shorter than an identifier, else a table's rule
_HEX_PROBE = re.compile(r"[0-9A-F]{8}")
HEX_MIN = 32


def hex_identifiers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, identifier) for each hexadecimal identifier the OCR cut with spaces or misread."""
    if not _HEX_PROBE.search(text):
        return []
    out = []
    for m in _HEX_RUN.finditer(text):
        joined = m.group().replace(" ", "")
        if len(joined) < HEX_MIN or _RULE in m.group() and max(map(len, m.group().split(_RULE))) >= HEX_MIN:
            continue
        fixed = _DOUBLE_READ.sub(lambda d: d.group()[-1:].translate(_HEX_MISREAD) * (len(d.group()) - 1), joined)
        fixed = fixed.translate(_HEX_MISREAD)
        digits = sum(c.isdigit() for c in fixed)
        if fixed != m.group() and digits >= len(fixed) // 4 and len(fixed) - digits >= len(fixed) // 8 \
                and len(joined) - sum(c in "0123456789ABCDEF" for c in joined) <= len(joined) // 8:
            out.append((m.start(), m.end(), fixed))
    return out


# A system identifier's camel-case "Id" as OCR reads its capital I: "VISMA_SIGN_01_ATTRIBUTE_SAML_Transactionld". No
# word ends in "ld" after a consonant other than l or r ("field", "world" keep theirs); only in an identifier, a token
# with an underscore or a capital after small letters.
_ID_READ = re.compile(r"ld(?<=[a-z][bcdfghjkmnpqstvwxz]ld)(?![A-Za-z0-9])")
_IDENTIFIER = re.compile(r"_|[a-z][A-Z]")
_TOKEN_START = re.compile(r"\w*$")


def identifier_ids(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "Id") for each camel-case "Id" ending an identifier that the OCR read as "ld"."""
    return [(m.start(), m.end(), "Id") for m in _ID_READ.finditer(text)
            if _IDENTIFIER.search(_TOKEN_START.search(text, max(0, m.start() - 200), m.start()).group())]


_CAMEL = re.compile(r"[a-z][A-Z]")


def spaced_identifiers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, identifier) for each identifier whose underscores the OCR read as spaces, where its last word is
    camel case as printed or once its "ld" is the "Id" it stands for."""
    out = []
    for m in SPACED_IDENTIFIER.finditer(text):
        joined = _ID_READ.sub("Id", m.group().replace(" ", "_"))
        if _CAMEL.search(joined.rsplit("_", 1)[1]):
            out.append((m.start(), m.end(), joined))
    return out


# A one-letter party mark after a person's name (two capitalised words), its letter read as a digit or sign: "Hanna
# Berglund (5)" is (S), "Per Ek ($)" (S), "Bo Holm (1)" (L).
_PARTY_MARK = re.compile(rf"\(([{re.escape(PARTY_MARK_READS)}])\)")
_NAME_BEFORE = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)? [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)? $")
PARTY_LETTERS = {"$": "S", "5": "S", "1": "L"}


def party_marks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, letter) for each party mark after a name whose letter the OCR read as a digit or sign."""
    if "(" not in text:
        return []
    return [(m.start(1), m.end(1), PARTY_LETTERS[m.group(1)]) for m in _PARTY_MARK.finditer(text)
            if _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())]


# Counts side by side, as a vote's result ("10 ja, 0 nej och 0 avstår"): OCR reads a lone 0 as the capital O, which no
# count list holds as a word. The list must show a count in digits.
_COUNT_LIST = re.compile(r"(?<![\w,.])(?:\d{1,3}|O)[ \t]+[a-zåäö]+(?:(?:,|[ \t]och)[ \t]+(?:\d{1,3}|O)[ \t]+[a-zåäö]+)+")
_LONE_O = re.compile(r"O(?<!\wO)(?=[ \t])")


def counted_zeros(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "0") for each lone O among counts ("10 ja, O nej, O avstår"), looked for on the lines that have
    a lone O (the list's pattern, tried at every digit of a text, is slow)."""
    out = set()
    for line in {_line_of(text, o.start(), o.end()) for o in _LONE_O.finditer(text)}:
        out |= {(m.start() + o.start(), m.start() + o.end(), "0") for m in _COUNT_LIST.finditer(text, *line)
                if any(ch.isdigit() for ch in m.group()) for o in _LONE_O.finditer(m.group())}
    return sorted(out)


# English-model OCR reads a speck, or the end of a rule beside a word, as one underscore: alone ("_ Det här
# dokumentet", "Kommunen _") or at a word's edge ("_genom", "KOMMUN_"). A rule to sign on is a run of them, and an
# identifier has its own between letters ("VISMA_SIGN_01_ATTRIBUTE_SAML_" keeps its last). A lone one goes with the
# space after it.
_UNDERSCORED = re.compile(r"\w*_\w*[ \t]?")


def stray_underscores(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "") for each underscore the OCR read alone or at a word's edge."""
    if "_" not in text:
        return []
    out = []
    for m in _UNDERSCORED.finditer(text):
        token = m.group().rstrip(" \t")
        inner = token.strip("_")
        if token == "_":
            out.append(m.span())
        elif inner and "_" not in inner and len(token) - len(inner) == 1:
            at = m.start() if token[0] == "_" else m.start() + len(inner)
            out.append((at, at + 1))
    return [(s, e, "") for s, e in out]


# A dotted leader's dot read as a zero, in OCR'd text: "upphandling badhusdrift «0.0.0.0... .. 9", "2024.0... 8",
# "SAMVERKAN 0... ...": a lone 0 that a row of dots follows (perhaps after more such zeros); no number is printed so
_LEADER_ZERO = re.compile(r"(?<![\w,])0(?=(?:\.0)*\.{3})")


# An e-mail address whose "@" the OCR read as "&", a space on one side of it perhaps: "kommun &kungsbacka.se"
_AMPERSAND_AT = re.compile(r"(?<![\w.+-])[\w.+-]+(&| &|& )[\w-]+\.(?:se|nu|com|org|net|eu)\b")


def ampersand_ats(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "@") for each "&" (with the space the OCR set beside it) that is an e-mail address's "@"."""
    return [(m.start(1), m.end(1), "@") for m in _AMPERSAND_AT.finditer(text)] if "&" in text else []


def leader_zeros(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ".") for each zero the OCR read in place of a dotted leader's dot."""
    return [(m.start(), m.end(), ".") for m in _LEADER_ZERO.finditer(text)] if "0." in text else []


# A contents line's leader as the Swedish model reads a black-and-white scan: short "words" of the letters dots look
# like before the page number, some of them with no vowel at all ("eter ee rer reser rr rr rs sr rss sta 3",
# "seder ere ser rr rr RR KRA RKA 12"); no title or sentence ends in such a run. The run: read back from the page
# number while the words are short and of those letters (a title's word stops it), LEADER_RUN_MIN of them, of which
# LEADER_VOWELLESS_MIN have no vowel and are no organ's short name ("KS AU och TN 5").
_PAGE_LINE = re.compile(r"^(.*?)[ \t]+\[?\d{1,3}\]?:?[ \t]*$", re.MULTILINE)
_LEADER_WORD = re.compile(r"[ecsrnoaiumtvkfdåäECSRNOAIUMTVKFDÅÄ]{1,6}")
_VOWELS = frozenset("aeiouyåäöAEIOUYÅÄÖ")
LEADER_RUN_MIN = 3
LEADER_VOWELLESS_MIN = 2
# Where the leader's dots were read as dots in part, any word between them and the page number is a piece of the
# leader read as letters ("2024 ........ sees 6", "... ... .. .... seen ees 9"): a title stops before its leader.
# Not after an ellipsis: the line has LEADER_DOTS_MIN dots or more.
_DOT_ROW = re.compile(r"[^\w\s]*\.[^\w\s]*")
LEADER_DOTS_MIN = 8


def _leader_noise(word: re.Match) -> bool:
    """Whether a leader's word has no vowel and is no short name in capitals ("rr", "Sn", "RR", "KKR"; not "KS",
    "TN"): not all in capitals, or with a letter twice."""
    w = word.group()
    return not _VOWELS & set(w) and (not w.isupper() or len(set(w)) < len(w))


def leader_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, dots) for each word of a contents line's leader that the OCR read as letters, beside those
    `leaders` found (read as dots here)."""
    text = _leaders_as_dots(text)
    out = []
    for line in _PAGE_LINE.finditer(text):
        words = list(re.finditer(r"\S+", line.group(1)))
        run = list(itertools.takewhile(lambda w: _LEADER_WORD.fullmatch(w.group()), reversed(words)))
        if len(run) < LEADER_RUN_MIN or sum(map(_leader_noise, run)) < LEADER_VOWELLESS_MIN:
            run = []
            if line.group(1).count(".") >= LEADER_DOTS_MIN:
                tail = list(itertools.takewhile(lambda w: w.group().isalpha() or _DOT_ROW.fullmatch(w.group()),
                                                reversed(words)))
                rows = [k for k, w in enumerate(tail) if not w.group().isalpha()]
                run = [w for w in tail[:rows[-1]] if w.group().isalpha()] if rows else []
        out += [(line.start(1) + w.start(), line.start(1) + w.end(), "." * len(w.group())) for w in reversed(run)]
    return out


# A leader the OCR read as one long blob of what a dot looks like, zeros and nines ("5009900000000000000009900000990060",
# "D000000000%000000000000C") or dot-letters with a stray other letter ("ceeeeeseseessscsseseseseseneneeseseeeesnsnsgsees",
# which `leaders` leaves for its "g"): no word or number of LEADER_BLOB_MIN characters is three quarters of either.
LEADER_BLOB_MIN = 12
LEADER_BLOB_SHARE = 0.75
_ZERO_GLYPHS = frozenset("0o9OCcD")
_LONG_RUN = re.compile(rf"\S{{{LEADER_BLOB_MIN},}}")


def leader_blobs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, dots) for each leader the OCR read as one blob of zeros or dot-letters."""
    out = []
    for m in _LONG_RUN.finditer(text):
        run = m.group()
        share = LEADER_BLOB_SHARE * len(run)
        if sum(c in _ZERO_GLYPHS for c in run) >= share or sum(c in _DOT_LETTERS for c in run) >= share:
            out.append((m.start(), m.end(), "." * len(run)))
    return out


# A round glyph opening a line (a bullet, the signing service's "©" logo) as the Swedish model reads it: a capital O,
# or two ("O Visma", "OO twoday"). No Swedish word is a lone O.
_ROUND_LINE = re.compile(r"^[ \t]*(OO?)(?= +[\"”“'(]?\w)", re.MULTILINE)


def round_glyphs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "•") for each line-opening O or OO that is a round glyph read as a letter."""
    return [(m.start(1), m.end(1), BULLET_BULLET) for m in _ROUND_LINE.finditer(text)] if "O " in text else []


def dnr_labels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "Dnr") for each case number's label a scan misread as a word ("Där KS 2024/33", "Dur BN-2024-0015")."""
    return [(m.start(1), m.end(1), "Dnr") for m in MISREAD_DNR_LABEL.finditer(text)] if "D" in text else []


def crosses(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "X") for each table cell's cross the OCR read as two."""
    return [(m.start(), m.end(), "X") for m in CROSS_READ.finditer(text)] if "x" in text else []


LAYOUT_FIXES = ((_leaders_of, SYMBOL), (dot_letters, SYMBOL), (bullets, BULLET), (section_signs, SYMBOL), (pipe_i, SYMBOL), (capital_i, SYMBOL),
                (ordinal_ones, OCR_CONFUSION), (percent_signs, SYMBOL), (at_signs, SYMBOL),
                (hex_identifiers, OCR_CONFUSION), (counted_zeros, OCR_CONFUSION), (identifier_ids, OCR_CONFUSION),
                (party_marks, OCR_CONFUSION))
# The fixes of glyphs only an OCR misreads so, never a typist: a text file that needs OCR_SIGNS_MIN of them is an
# earlier OCR's reading, its confidences lost, not a text as its author typed it ("$ 4 Val av …", "Ordförande
# ………" read as "ceeeeees", "|nformation", "Anna Ek ($S)")
OCR_SIGNS = (section_signs, dot_letters, pipe_i, party_marks)
OCR_SIGNS_MIN = 3
# only in OCR'd text: Markdown writes emphasis with underscores ("_Beslut_")
OCR_FIXES = ((stray_underscores, SYMBOL), (crosses, OCR_CONFUSION), (spaced_identifiers, SYMBOL), (sentence_pipe_i, SYMBOL),
             (leader_zeros, SYMBOL), (leader_words, SYMBOL), (leader_blobs, SYMBOL), (ampersand_ats, SYMBOL),
             (round_glyphs, BULLET), (dnr_labels, OCR_CONFUSION))


def protected_spans(text: str) -> list[tuple[int, int]]:
    """URLs, e-mail addresses and "<br>" tags: never touched, and a tag is no word."""
    tags = [m.span() for m in _LINE_BREAK_TAG.finditer(text)] if "<" in text else []
    if "@" not in text and "http" not in text.lower() and "www." not in text.lower():  # as at_signs: skip the regex
        return tags
    return sorted(tags + [m.span() for s, e in _url_words(text) for m in _URL.finditer(text, s, e)])


def _url_words(text: str) -> list[tuple[int, int]]:
    """The stretches between white space that hold an "@", "http://" or "www.": no address crosses a space, and
    _URL, tried at every letter of the text, scans each word to its end (a few per cent of a repair)."""
    out: list[tuple[int, int]] = []
    for m in _URL_HINT.finditer(text):
        start, end = m.span()
        if out and start < out[-1][1]:
            continue
        while start and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        out.append((start, end))
    return out


def keep_case(original: str, word: str) -> str:
    """Give `word` the case pattern of `original` ("HELSINGBORG", "Föredragande", "för")."""
    if original.islower():
        return word
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word.upper()
    if original[:1].isupper() or (not original[:1].isalpha() and len(letters) > 1 and letters[0].isupper()):
        return word[:1].upper() + word[1:]
    return word
