"""Make raw page text uniform before repair: one Unicode form, real bullets and letters, joined
hyphenation, and the line structure kept (the segmenter reads lines).

Each fix is a small named function so a surprising change can be traced to one rule. Nothing here
needs a dictionary: these are typesetting artefacts, not misread words.
"""
from __future__ import annotations

import re
import unicodedata

from .markdown import plain_text
from .models import Extraction, OcrWord, Page

# Word writes list bullets in the Symbol and Wingdings fonts, whose characters land in the private-use
# area: U+F0B7 Symbol bullet, U+F0A7 Wingdings square, U+F076 ❖, U+F0D8 ➢, U+F0FC ✓, U+F06E ■, ...
PRIVATE_USE_BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf0e8\uf071\uf06f\uf0a2\uf0b2"
# Any other Symbol/Wingdings character that opens a line is a bullet too.
_LINE_START_SYMBOL = re.compile(r"^([ \t]*)[\uf020-\uf0ff](?=[ \t])", re.MULTILINE)
_BULLET_GAP = re.compile(r"^([ \t]*)•[ \t]+", re.MULTILINE)
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
# No-break, figure, narrow and typographic spaces; zero-width characters carry nothing.
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[ \t]*\n[ \t]*(\S+)[ \t]*")
# "för-\nstudie som": a word broken at a line end. The second part moves up to the first.
_HYPHEN_BREAK = re.compile(r"(\w+)-\n[ \t]*(\S+)[ \t]*(\n|$)?")
# "fjärr- och distansundervisning", "Skol-\noch fritids...": a suspended compound keeps its hyphen.
SUSPENSION_WORDS = frozenset({"och", "eller", "samt", "respektive", "resp.", "resp", "till", "som", "el.", "o.", "&"})
_BLANK_RUNS = re.compile(r"\n{3,}")


def newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def nfc(text: str) -> str:
    """Composed form: "a" + combining ring (from some PDFs) becomes "å", so it matches the dictionary."""
    return unicodedata.normalize("NFC", text)


def private_use_bullets(text: str) -> str:
    text = text.translate({ord(c): "•" for c in PRIVATE_USE_BULLETS})
    text = _LINE_START_SYMBOL.sub(r"\1•", text)
    return _BULLET_GAP.sub(r"\1• ", text)  # Word puts a tab after the bullet


def ligatures(text: str) -> str:
    return text.translate({ord(k): v for k, v in LIGATURES.items()})


def spaces(text: str) -> str:
    return _ZERO_WIDTH.sub("", _SPACES.sub(" ", text))


def hyphens(text: str) -> str:
    """Unicode hyphen and Word's non-breaking hyphen are the ASCII hyphen to every later stage."""
    return text.replace("\u2010", "-").replace("\u2011", "-")


def soft_hyphens(text: str) -> str:
    """A soft hyphen at a line end marks a word the typesetter broke: join it like hyphenation."""
    text = _SOFT_HYPHEN_BREAK.sub(lambda m: m.group(1) + "\n", text)
    return text.replace("\u00ad", "")


def trailing_whitespace(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _join_hyphen(match: re.Match[str]) -> str:
    left, right, end = match.group(1), match.group(2), match.group(3)
    first = right[0]
    if not first.isalpha() or not first.islower() or right.lower() in SUSPENSION_WORDS or left[-1].isdigit():
        return match.group(0)
    # "VP-\nuppdragen", "e-\npost": a hyphen after a capital or a single letter belongs to the word.
    hyphen = "-" if left[-1].isupper() or len(left) == 1 else ""
    return f"{left}{hyphen}{right}" + (end if end is not None else "\n")


def hyphenation(text: str) -> str:
    return _HYPHEN_BREAK.sub(_join_hyphen, text)


def blank_lines(text: str) -> str:
    """One blank line is a paragraph break; more say nothing more, and none belong at the page edges."""
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


CHARACTER_FIXES = (nfc, private_use_bullets, ligatures, spaces, hyphens)
FIXES = (newlines, *CHARACTER_FIXES, soft_hyphens, trailing_whitespace, hyphenation, blank_lines)


def normalize_text(text: str) -> str:
    for fix in FIXES:
        text = fix(text)
    return text


def _normalize_word(word: OcrWord) -> OcrWord:
    text = word.text
    for fix in CHARACTER_FIXES:
        text = fix(text)
    return word._replace(text=text)


def _normalize_page(page: Page, markup: bool) -> Page:
    text = plain_text(page.text) if markup else page.text
    return page.model_copy(update={"text": normalize_text(text), "words": [_normalize_word(w) for w in page.words]})


def normalize(extraction: Extraction) -> Extraction:
    """Every page's text gets all fixes, Markdown first losing its markup; OCR words get only the character
    fixes, so they still match the tokens Tesseract saw."""
    markup = extraction.kind == "markdown"
    return extraction.model_copy(update={"pages": [_normalize_page(p, markup) for p in extraction.pages]})
