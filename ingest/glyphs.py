"""What OCR does to the letters the segmenter keys on, in one place: the fold under which a printed word and its
misreadings meet.

OCR drops å/ä/ö or, with the English model, reads ö as é ("Besléts") or as 6 between letters ("Besl6ts"). The
segmenter matches its patterns on folded text, and the patterns are folded the same way. The fold keeps length, so
a match on the folded line slices the original.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_FOLD = str.maketrans("åäöéÅÄÖÉ", "aaooAAOO")
_I_AS_L = str.maketrans("iI", "ll")

# Tesseract's Swedish model has no "§": it prints one of SECTION_READS ("§ 4" as "34", "$4", "£ 4"), sometimes
# followed by one of SECTION_SECOND ("$&", "SS", "83" where "KS § 2" came out as "KS 832", "38" in "KSAU 38 61", "sz",
# "sg" or "$£" where a black-and-white scan of a "§" gave the sign's two loops as two signs), by two of them that are
# no digit ("KF £&£41"), or by SECTION_SECOND_BEFORE_TENS where a space or a number of two digits follows ("KS 85 42",
# "KF 8532"; "855" is § 55). A digit after the first may be the number's: "832" is § 2 or § 32.
SECTION_READS = "8$S5&s£3"
SIGN_OR_READS = "§" + SECTION_READS  # a "§" alone as printed or as the model reads it
SECTION_SECOND = "$&38Szg£"
SECTION_SECOND_SIGNS = "".join(c for c in SECTION_SECOND if not c.isdigit())
SECTION_SECOND_BEFORE_TENS = "5"
# The items a member attended, "§§ 44-48" or "§ 45", as OCR reads its signs: "88 44-48", "$$ 44-48", "$ 45".
SECTION_SIGNS = rf"(?:§§?|[{re.escape(SECTION_READS)}][{re.escape(SECTION_READS + SECTION_SECOND)}]?(?=\s?\d))"
# Letters whose capital is the small letter drawn larger: where a line's size gives no measure OCR reads the capital
# as the small one ("3    vårdisco för åk 4-6" under a table's "Nr" column).
QUOTE_MARKS = "\"'‘’“”„«»"  # quotation marks of any typeface, straight, curved, low and angled
CASE_TWINS = "cosvwxzö"
# A typewriter types the one as a small l, and OCR reads a lone 1 as l, I or i: "§ l." is § 1.
ONE_READS = "lIi"
# A list number's digit as a black-and-white scan reads it as a capital: 5, 6 or 8 as S, 8 as B ("S. Anställningsordning").
DIGIT_AS_CAPITAL_READS = "SB"
ONE_AS_DIGIT = str.maketrans(ONE_READS, "1" * len(ONE_READS))
CAPITAL_AS_DIGIT = str.maketrans("B", "8")  # S stands for 5, 6 or 8: no one digit
# A clock time's first digit read as a one-read ("kl. 13.00—i5.40", "l3.00"): no word opens with it there.
_ONE_IN_HOUR = re.compile(rf"(?<![^\W\d_])[{ONE_READS}](?=\d[.:] ?[0-5]\d\b)")


def clock_ones(text: str) -> str:
    """The text with a clock time's one-reads in the hour made digits again."""
    return _ONE_IN_HOUR.sub("1", text) if any(c in text for c in ONE_READS) else text


# An ordinal writes its digits before ":e" or ":a" ("1:e vice ordförande", "1:a kvartalet"), and no word stands there:
# a lone read of the one before it is the digit ("l:e vice ordförande").
ORDINAL_ONE = re.compile(rf"[{ONE_READS}](?=:[ae]\b)(?<![\w.:][{ONE_READS}])")  # look-behind last: it is slow
# English-model OCR reads the preposition "i" as a lone 1 ("ger förvaltningen 1 uppdrag"); after a word in small
# letters on its line, before a word that ends the line there ("politiker 1\nkommunens") or is a name ("partier 1
# Kungsbackas"), it is either ("den 1 juli"), and the words beside it decide. At a line's start only where the line
# before ends in a word in small letters and one in small letters follows ("förändringen\n1 god tid"): a wrapped
# sentence, where a list's number would follow a colon or stand before a title.
LONE_ONE = re.compile(r"(?:(?<=[a-zåäö] )1(?=[ \n](?:[a-zåäö]|[A-ZÅÄÖ][a-zåäö]))|(?<=[a-zåäö]\n)1(?= [a-zåäö]))")
# English-model OCR sets letters inside a word in capitals ("jUSterare", "arvOde", "SkrivelSer"): a capital after a
# small letter, which no Swedish word has (names and systems may: "McLean", "ByggR").
MIXED_CASE = re.compile(r"\b[^\W\d_]*[a-zåäöé][A-ZÅÄÖÉ][^\W\d_]*\b")
# A system identifier whose underscores the Swedish model read as spaces ("ABC SIGN 01 ATTRIBUTE SAML TransactionId"):
# words in capitals and numbers, three or more, then a camel-case word (its "Id" perhaps read "ld"), on one line
SPACED_IDENTIFIER = re.compile(r"(?<![\w-])(?:[A-Z][A-Z0-9]+|\d+)(?: (?:[A-Z][A-Z0-9]+|\d+)){2,} [A-Z][a-z]+[A-Za-z]*(?![\w-])")
# A table cell's cross ("X" for present or for a vote) that OCR read as two, one of each case ("Xx", "xX", "XxX"),
# alone in its cell: after a cell's gap, before the line's end or the next cell's gap
CROSS_READ = re.compile(r"(?<=[ \t|]{2})(?:Xx|xX|XxX|xXx)(?=[ \t]*(?:[\n\f]|$)|[ \t]{3})")
# A round bullet OCR read as an "o" run into its item's capitalised first word ("oYttrande", "oJan Eric Knutas")
GLUED_BULLET = re.compile(r"(?<!\w)o(?=[A-ZÅÄÖ][a-zåäöé]{2,}(?!\w))")
# Swedish spells with "q" almost only the names in -qvist and -quist ("Lindqvist", "Carlquist"), which English-model
# OCR reads with the q as a "g" or an "a", or as both signs ("Sundgqvist", "Kronqgvist"): a misread q before a v or u.
Q_READ = re.compile(r"(?:gq|qg|g|a)(?=[vu])")
# The I of a roman numeral after its first letter, as OCR reads it: "VIII." as "Vill.", "II." as "IT." (a serif I).
ROMAN_I_READS = "il1T"
ROMAN_AS_LETTERS = str.maketrans(ROMAN_I_READS, "I" * len(ROMAN_I_READS))
# A thin slash on a black-and-white scan: read as a space, a dash or a colon ("KS 2024/201" as "KS 2024 201",
# "KS 2024-190", "KS 2024:212"), each in turn in one document.
SLASH_READS = " -:"
# A vertical rule or the page's edge beside a text column, as OCR reads it at a line's end after a gap: "Karin Blom.   |".
RULE_READS = "|!¦"
# What a text once decoded with the wrong code page has where each of its non-ASCII characters stood (U+FFFD, the
# replacement character): the repair restores what it can, and the segmenter reads what is left as a letter
LOST = "\ufffd"
# Specks OCR leaves at the ends of a line (table rules, dust), stripped before matching a heading or name.
OCR_SPECKS = " \t|'‘’“”„\"`:;.,_-–—©®°«»~"
# specks a scan reads in a gap between cells or names, a space either side ("Karl Ek = Per Almqvist"), as a class
GAP_SPECK = r"[=|~«»<>:;.,'\"–—-]"
# A ruled table's left border as OCR reads it glued before a cell's first sign: "[$114    | Ekonomisk uppföljning",
# "[8 115    | Remiss" (a heading row's "§ 114" on a black-and-white scan).
BORDER_READS = "[|"
# The same border read as a letter of its own, a space before the label of a cover table's row: "I Plats och tid".
BORDER_LETTER_READS = "Il"
# The full stop or parenthesis after an item's number as OCR reads it before the title's capital: "5, Arbetsformer",
# "12; Beslut om mandatperiod", "16: Val av revisor" (a Courier "12)" on a black-and-white scan).
NUMBER_STOP_READS = ",;:"
# The rule or a speck in the gap between a table's first two cells, as OCR reads it: "6 — Skolavslutningen i juni.",
# "10 - Mötets avslutande.", "7 > Bidrag till klassresa." (a black-and-white scan).
CELL_GAP_READS = "|—–->"
# OCR reads a small l as i, I, 1 or | ("Besiut", "Bes1ut", "Förslag tili beslut"). Under the l-skeleton a heading and
# such misreadings meet: every i is an l, and a 1 or | between letters too; both sides of a comparison are skeletons.
L_READS = "iI1|"
_L_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])[1|](?=[^\W\d_])")
PARTY_MARK_READS = "$51"  # a one-letter party mark as OCR reads it: "(S)" as "($)" or "(5)", "(L)" as "(1)"
# A black-and-white scan's OCR reads a lone capital with a wide stroke, a party letter or a presence mark in its own
# cell, as the letter twice, capital and small: "V" as "Vv", "X" as "Xx".
DOUBLED_CAPITAL = re.compile(r"^([A-ZÅÄÖ])(?!\1)(?i:\1)$")
_SIX_FOR_O = re.compile(r"(?<=[^\W\d_])6(?=[^\W\d_])")
# A case number's register code ("KFT" in "KFT-2024-00011") as OCR misreads its capitals: F as E, a speck under its
# arm ("KET"), or as I, its arms lost ("KIT"); I as 1, l or | ("1F" for IF); a stroke or a loop read as one more sign
# ("I1F", "V0O", "VvO", "TIE" for IF, VO, TE): a sign no register code has, or one of the capitals
# REGISTER_EXTRA_READS a stroke or loop looks like.
REGISTER_F_READS = "EI"
REGISTER_I_READS = "1l|"
REGISTER_EXTRA_READS = "IQ"
REGISTER_SIGN_READS = "€$£"  # a capital of the code read as a currency sign: "F€-2025-00562", "$E-2024-00245"
SLASH_STROKE_READS = "71"  # a slash read twice, as itself and as a digit after it: "UN 2024/70095" for 2024/0095
REGISTER_DIGIT_READS = {"5": "S", "8": "B", "0": "O"}  # a capital of the code read as the digit it looks like: "5E" for SE


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    return _SIX_FOR_O.sub("o", text.translate(_FOLD))


# A scan whose ink faded in the middle of a word reads its two ends a gap apart: "När    rande", "N    arande" for
# "Närvarande". The ends must hold this share of the word's letters.
LOST_MIDDLE_SHARE = 0.7


def across_lost_middle(head: str, tail: str, words: Iterable[str]) -> str | None:
    """The one word of `words` (written as `head` and `tail` are) that opens with `head` and ends with `tail`, letters
    lost between them; None where none or several do."""
    if not (head.isalpha() and tail.isalpha()):
        return None
    near = [w for w in words if w.startswith(head) and w.endswith(tail)
            and LOST_MIDDLE_SHARE * len(w) <= len(head) + len(tail) < len(w)]
    return near[0] if len(near) == 1 else None


def l_skeleton(text: str) -> str:
    return _L_BETWEEN_LETTERS.sub("l", text).translate(_I_AS_L)


def l_folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A folded pattern of plain words and classes (no escape names an i) matched on l-skeletons."""
    return re.compile(pattern.pattern.translate(_FOLD).replace("i", "l").replace("I", "l"), pattern.flags)


def folded(pattern: re.Pattern[str] | str, flags: int = re.I) -> re.Pattern[str]:
    if isinstance(pattern, str):
        return re.compile(pattern.translate(_FOLD), flags)
    return re.compile(pattern.pattern.translate(_FOLD), pattern.flags)

# In a list of names a comma is often read as a full stop: "Lisa Andersson (M). Ordförande", "Patrik Johansson.
# kommunsekreterare". After a party mark, or after a capitalised word with a lower-case word next, it is a comma.
_STOP_AFTER_PARTY = re.compile(r"\)\.(?=\s)")
# A particle before a surname is no role: "Sture. af Sillén" is one name with a speck after the given name.
NAME_PARTICLES = r"(?:von|af|de|van|der|den|la|du|da|di|del)"
# ... and after a member's role, before the next name or the time a signing service stamps: "Hanna Lind (V)
# ordförande. Reza Tavak (S)", "Amanda Toresson, sekreterare. 2024-05-20 15:01"
_STOP_AFTER_ROLE = re.compile(r"\b(ordförande|sekreterare|justerare|ledamot|ersättare|kassör)\."
                              r"(?=\s+[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ]|\s+\d{4}-\d\d-\d\d)")
# ... and between two full names in a list: "Mia Sundvall. Per Stenberg. Sofia Hansen"
_STOP_BETWEEN_NAMES = re.compile(r"(\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé-]+)\.(?= [A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé])")
_STOP_BEFORE_ROLE = re.compile(rf"(\b[A-ZÅÄÖ][a-zåäöé-]+)\.(?=\s+(?!{NAME_PARTICLES}\s+[A-ZÅÄÖ])[a-zåäö])")
# A speck in the space between given name and surname reads as a full stop: "Per.Persson". An initial ("P.Persson")
# has no lower-case letter before the stop, so it stays.
_STOP_FOR_SPACE = re.compile(r"(\b[A-ZÅÄÖ][a-zåäöé]+)\.(?=[A-ZÅÄÖ][a-zåäöé]+\b)")


# A capital I read as a small l opens a word with l and a consonant, which no Swedish word begins with: "lngrid
# Åberg" is Ingrid Åberg, "ersättarelngrid" a label glued to "Ingrid".
I_READ_AS_L = "l(?=[bcdfghkmnpqrstvwxz])"
_L_FOR_I = re.compile(rf"(?<![^\W\d_]){I_READ_AS_L}(?=.[a-zåäöé]+\s+[A-ZÅÄÖ])")
_L_FOR_I_AFTER_NAME = re.compile(rf"(?<![^\W\d_])([A-ZÅÄÖ][a-zåäöé]+ ){I_READ_AS_L}(?=.[a-zåäöé]+\b)")  # "Mohammed ldris"
# ... or as a small i, where a party mark after it shows the word a surname: "Mohammed idris (S)"
_SMALL_I_AFTER_NAME = re.compile(r"(?<![^\W\d_])([A-ZÅÄÖ][a-zåäöé]+ )i(?=[bcdfghkmnpqrstvwxz][a-zåäöé]+\s*\([A-ZÅÄÖ]{1,4}\))")


# A party mark's parenthesis read as a brace or bracket, or a space read inside it: "Anna Berg {S)", "Bo Ek (M]",
# "Lisa Andersson (S ), ordförande".
_PARTY_BRACKETS = re.compile(rf"[({{\[] ?([A-ZÅÄÖ{PARTY_MARK_READS}]{{1,4}}) ?[)}}\]]")
# On a black-and-white scan the thin strokes of a party mark's parentheses read as a bar, an i or a colon, and the
# closing one as a speck: "(S)" as "i$S)" or "|$S:", "(M)" as "IM:", "(KD)" as ":KD!", "(SD)" as "(SD;". After a
# name's space (or alone in a cell) and before a space or a comma, such a stroke, one to four capitals and a speck
# are a party mark.
PARTY_OPEN_READS = "({[|iI:"
PARTY_CLOSE_READS = ")}]|:;!.i"
_PARTY_STROKES = re.compile(rf"(?<!\S)[{re.escape(PARTY_OPEN_READS)}]([A-ZÅÄÖ{PARTY_MARK_READS}]{{1,4}})"
                            rf"[{re.escape(PARTY_CLOSE_READS)}](?=[\s,]|$)")


# The hyphen of a suspended compound ("Barn- och utbildningsnämnden") as a scan reads it: a dash, set apart, run on
# to the coordinator ("Barn— och", "Barn - och", "Barn-och").
_SUSPENDED_HYPHEN = re.compile(r"(?<=[^\W\d_])(?:\s*[–—]\s*|\s+-\s*|-)(?=(?:och|samt)\s)")


def suspended_hyphens_mended(text: str) -> str:
    return _SUSPENDED_HYPHEN.sub("- ", text)


# A party set off by a dash after the surname, as some lists print it ("Anna Ek – S", "Bo Al - MP, ordförande") and
# a black-and-white scan reads the dash ("Sjö- KD", "—S", "—-C", "= V", "— 5"): the party mark in its brackets. A
# given name's initial joined to it, before the surname, is none ("Lars-G Dyberg", "Claës-L Ljung").
_PARTY_DASHED = re.compile(rf"(?<=[^\W\d_A-ZÅÄÖ])(?:\s+[-–—=]{{1,2}}\s*|[-–—=]{{1,2}}\s*(?![A-ZÅÄÖ]\s+[A-ZÅÄÖ][a-zåäö]))"
                           rf"([A-ZÅÄÖ{PARTY_MARK_READS}]{{1,4}})(?=[.,;]?(?:\s|$))")


# A party mark whose opening parenthesis a scan lost, glued to the surname: "Per RamstenC). ej § 116"; no name ends in
# capitals.
_PARTY_GLUED = re.compile(r"(?<=[a-zåäöé])([A-ZÅÄÖ$]{1,2})\)(?=[\s,.;]|$)")


@lru_cache(maxsize=8192)
def party_marks(text: str) -> str:
    """The text with its party marks' parentheses as printed, however OCR read them, and a dashed one in brackets."""
    text = _PARTY_GLUED.sub(r" (\1)", _PARTY_DASHED.sub(r" (\1)", text))
    return _PARTY_STROKES.sub(_party_mark, _PARTY_BRACKETS.sub(r"(\1)", text))


def _party_mark(m: re.Match[str]) -> str:
    """A full stop read for the closing parenthesis keeps its place: it may be the comma before a role, as
    commas_in_list reads "(KD). ordförande"."""
    return f"({m.group(1)})" + ("." if m.group().endswith(".") else "")


def commas_in_list(text: str) -> str:
    text = party_marks(text)
    text = _L_FOR_I_AFTER_NAME.sub(r"\1I", _L_FOR_I.sub("I", _STOP_FOR_SPACE.sub(r"\1 ", text)))
    text = _SMALL_I_AFTER_NAME.sub(r"\1I", text)
    text = _STOP_AFTER_ROLE.sub(r"\1,", text)
    return _STOP_BETWEEN_NAMES.sub(r"\1,", _STOP_BEFORE_ROLE.sub(r"\1,", _STOP_AFTER_PARTY.sub("),", text)))


def register_readings(code: str) -> set[str]:
    """The register codes that `code`, as OCR read it, may print: each single misread of REGISTER_* undone."""
    out = {code[:k] + "F" + code[k + 1 :] for k, c in enumerate(code) if c in REGISTER_F_READS}
    out |= {code[:k] + "I" + code[k + 1 :] for k, c in enumerate(code) if c in REGISTER_I_READS}
    out |= {code[:k] + REGISTER_DIGIT_READS[c] + code[k + 1 :] for k, c in enumerate(code) if c in REGISTER_DIGIT_READS}
    out |= {code[:k] + code[k + 1 :] for k, c in enumerate(code) if not c.isupper() or c in REGISTER_EXTRA_READS}
    return out - {code, ""}
