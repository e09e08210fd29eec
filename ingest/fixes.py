"""Each repair as a small named function (ftfy style), so a correction can name its fix.

Layout fixes work on a line; word fixes are chosen by `repair.py`, which scores
candidates from the lexicon; the reasons they record are the names defined here.
"""
from __future__ import annotations

import re

DIACRITICS = "diacritics"  # letters restored or removed: "tradgardar" -> "trädgårdar"
OCR_CONFUSION = "ocr-confusion"  # look-alike glyphs: "6ver" -> "över", "Skdne" -> "Skåne"
COMPOUND = "compound"  # an unlisted compound repaired part by part
CONTEXT = "context"  # one real word for another, chosen by its neighbours: "for" -> "för"
SPLIT_WORD = "split-word"  # a word broken by a space: "infor mation"
JOINED_WORD = "joined-word"  # words run together: "attbarnet" -> "att barnet"
EDIT = "edit"  # nearest word by edit distance
DOCUMENT = "document-spelling"  # one spelling per document: "Hjelmstrom" where the page also has "Hjelmström"
BULLET = "bullet"  # a bullet glyph OCR read as a letter
SYMBOL = "symbol"  # a symbol OCR read as another: "$ 12" -> "§ 12"

BULLET_BULLET = "•"
# Glyphs English-model OCR reads a round bullet as, when they open a line and a word follows.
_BULLET_LINE = re.compile(r"^([ \t]*)([eo*»«¢©®°·])( +)(?=[\"”“'(]?\w)", re.MULTILINE)
_PIPE_I = re.compile(r"^([ \t]*)\|(?= [a-zåäö])", re.MULTILINE)
_MID_I = re.compile(r"(?<=[a-zåäö,] )I(?= [a-zåäö])")
_SECTION = re.compile(r"^([ \t]*)(?:\$|8(?= \d{1,3}(?: +[A-ZÅÄÖ]|[ \t]*$)))(?= ?\d)", re.MULTILINE)
# "3,5 %" read by the Swedish model: the sign has no glyph in it and comes out as "96" or "960".
_PERCENT = re.compile(r"(?<=\d,\d)(\d*) (960|96)(?![\w,.]?\d)")
_AT = re.compile(r"\b[\w.+-]+(Q)[\w-]+\.(?:se|nu|com|org|net|eu)\b")
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)  # a Markdown table cell's line break


def bullets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "•") for each line-start letter that is a misread bullet."""
    return [(m.start(2), m.end(2), BULLET_BULLET) for m in _BULLET_LINE.finditer(text)]


def section_signs(text: str) -> list[tuple[int, int, str]]:
    """"$ 12" or "8 12 Title" at a line start is a paragraph sign the OCR model cannot output."""
    return [(m.start() + len(m.group(1)), m.end(), "§") for m in _SECTION.finditer(text)]


def percent_signs(text: str) -> list[tuple[int, int, str]]:
    """"3,5 960" is "3,5 %": a decimal number followed by what the Swedish model makes of "%"."""
    return [(m.start(2), m.end(2), "%") for m in _PERCENT.finditer(text)]


def at_signs(text: str) -> list[tuple[int, int, str]]:
    """"namnQkommun.se" is an e-mail address whose "@" was read as "Q"."""
    if "Q" not in text:  # the regex tries every word start: skip it when it cannot match
        return []
    return [(m.start(1), m.end(1), "@") for m in _AT.finditer(text) if "@" not in m.group()]


def pipe_i(text: str) -> list[tuple[int, int, str]]:
    """"| den" opening a line is the capital I (the preposition) the OCR read as a bar."""
    return [(m.end(1), m.end(1) + 1, "I") for m in _PIPE_I.finditer(text)]


def capital_i(text: str) -> list[tuple[int, int, str]]:
    """"barn I skolan": inside a sentence the preposition is "i"; the model read its dot as a capital."""
    return [(m.start(), m.end(), "i") for m in _MID_I.finditer(text)]


def protected_spans(text: str) -> list[tuple[int, int]]:
    """URLs, e-mail addresses and "<br>" tags: never touched, and a tag is no word."""
    tags = [m.span() for m in _LINE_BREAK_TAG.finditer(text)] if "<" in text else []
    if "@" not in text and "http" not in text.lower() and "www." not in text.lower():  # as at_signs: skip the regex
        return tags
    return sorted(tags + [m.span() for m in _URL.finditer(text)])


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
