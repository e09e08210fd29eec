"""Whether a PDF's text layer says what its page shows.

A text layer can be garbage while looking like text: a font whose ToUnicode map is shifted by one turns
"Protokoll" into "Qspupl!pmm", a scanner's invisible layer can hold nonsense, and a sandwich PDF can carry
another document's text over its scan. The checks go from cheap to dear, so that an ordinary born-digital page
costs a third of a millisecond: the share of its words the lexicon knows and the classes of its characters
first, and a quick OCR of a strip of the page (`ingest/pdf.py`) only where those doubt it or where the text is
hidden on a page that a large image covers.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from .glyphs import LOST
from .lexicon import DOMAIN, ENGLISH, NAME, USER, WORD, Lexicon, fold
from .models import OcrWord
from .normalize import PRIVATE_USE_BULLETS

# Share of a layer's words (3 letters or more) the lexicon has as Swedish words, names or frequent English.
# Minutes' text layers measure 0.89-0.99 a page (samples/, eval/minutes/); the same layers through a ToUnicode
# map shifted by one 0.00-0.03, with their å, ä and ö stripped 0.58-0.82.
GOOD_WORDS = 0.5
GARBAGE_WORDS = 0.2
MIN_WORDS = 10
"""Fewer words than this are too few to rate: the layer is taken unless its characters are odd."""
ODD_CHARACTERS = 0.1
"""Above this share of characters that no Swedish text has (controls, private use, unassigned code points, the
replacement character, letters of other scripts) the layer is garbage: glyph codes mapped to nothing sensible."""
AGREEMENT = 0.5
"""Share of the words OCR reads in the sample strip that the layer has too; the layer's own OCR (a sandwich
PDF) measures 0.9 and more, another document's text 0.1."""
MIN_SAMPLE_WORDS = 5
"""Fewer words read in the strip than this and the page image shows too little text to judge the layer by."""
SAMPLE_CONFIDENCE = 60.0
"""OCR words below this confidence are left out of the comparison: a misread is no disagreement."""

GLUED_LETTERS = 0.3
"""Above this share of its letters in runs of GLUED_RUN letters or more the layer has lost the spaces between its
words ("OrdförandenCarlTönsgårdhälsadeallanärvarande…": a PDF that draws words apart and writes no space): the few
headings it spaces right cannot vouch for it, so it is doubtful whatever share of its words is known."""
GLUED_RUN = 30  # letters: longer than Swedish compounds run ("fastighetsägareföreningen" has 25)
_WORD = re.compile(r"[^\W\d_]{3,}")
_GLUED = re.compile(rf"[^\W\d_]{{{GLUED_RUN},}}")
_LONG = re.compile(r"[^\W\d_]{4,}")
_KNOWN = WORD | NAME | DOMAIN | USER | ENGLISH
_ODD = frozenset({"Cc", "Co", "Cn", "Cs"})  # controls, private use (Word's bullets aside), unassigned, surrogates
LATIN_END = 0x24F  # the last Latin letter (Latin Extended-B): Swedish text has no other script
_SPACE = re.compile(r"\s")
_BEYOND_LATIN = re.compile(r"[^\s\x20-\x7e\xa0-\u024f]")  # the only characters that can be odd: the rest are quick


@dataclass(frozen=True)
class Rating:
    verdict: Literal["good", "doubtful", "garbage"]
    known: float
    """Share of its words (3 letters or more) the lexicon knows."""
    reason: str


def words_known(text: str, lexicon: Lexicon) -> tuple[int, float]:
    """(words of 3 letters or more, share of them the lexicon knows); ligatures are unfolded first."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text))
    if not words:
        return 0, 0.0
    return len(words), sum(bool(lexicon.flags(word) & _KNOWN) for word in words) / len(words)


def _odd(character: str) -> bool:
    if character.isalpha():
        return ord(character) > LATIN_END
    return unicodedata.category(character) in _ODD and character not in PRIVATE_USE_BULLETS or character == LOST


def _odd_share(text: str) -> float:
    characters = len(text) - len(_SPACE.findall(text))
    return sum(map(_odd, _BEYOND_LATIN.findall(text))) / characters if characters else 0.0


def rate(text: str, lexicon: Lexicon) -> Rating:
    """The cheap checks: lexicon and character classes."""
    odd = _odd_share(text)
    count, known = words_known(text, lexicon)
    if odd > ODD_CHARACTERS:
        return Rating("garbage", known,
                      f"{odd:.0%} of its characters are controls, private-use, unassigned or of another script")
    if count < MIN_WORDS:
        return Rating("good", known, f"{count} words, too few to rate by the dictionary")
    summary = f"{known:.0%} of its {count} words are in the dictionary"
    glued = _glued_share(text)
    if glued > GLUED_LETTERS:
        return Rating("doubtful", known, f"{glued:.0%} of its letters run on for {GLUED_RUN} or more: spaces missing")
    if known >= GOOD_WORDS:
        return Rating("good", known, summary)
    return Rating("garbage" if known < GARBAGE_WORDS else "doubtful", known, summary)


def _glued_share(text: str) -> float:
    letters = sum(map(len, _WORD.findall(text)))
    return sum(map(len, _GLUED.findall(text))) / letters if letters else 0.0


def _long_words(text: str) -> set[str]:
    """Words of 4 letters or more without case or diacritics: OCR of a strip loses some å/ä/ö, and short words
    ("och", "att") are in any Swedish text."""
    return {fold(word) for word in _LONG.findall(unicodedata.normalize("NFKC", text))}


def agreement(text: str, seen: list[OcrWord]) -> float | None:
    """Share of the words OCR read on the page (`seen`) that the layer holds too; None when OCR read too few
    words to tell."""
    read = _long_words(" ".join(word.text for word in seen if word.confidence >= SAMPLE_CONFIDENCE))
    if len(read) < MIN_SAMPLE_WORDS:
        return None
    return len(read & _long_words(text)) / len(read)
