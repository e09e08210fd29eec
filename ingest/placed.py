"""The repaired words where they were read: what a searchable PDF's text layer and ALTO XML are made of.

Repair works on the page texts and OCR words carry the boxes, so each OCR word is aligned to a token of its
page's text (a word-level edit alignment, which survives a word Tesseract read that the text lost or the other
way round) and takes the corrections over that token. A word that normalize joined across a line break
("träd-" "gårdar" → "trädgårdar") is cut again where it was broken, so each half keeps its own box; a
correction that joins two tokens ("trä dgårdar") gives the joined word to the first box, widened over both.
A word the alignment cannot place keeps what OCR read: the layer holds every word, repaired where it can be.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from ingest.boxes import Box, source_box, union
from ingest.models import Correction, Page

_TOKEN = re.compile(r"\S+")


class PlacedWord(NamedTuple):
    text: str
    """As repaired: what the text layer holds."""
    read: str
    """As OCR read it (after the character fixes of normalize)."""
    confidence: float
    """Tesseract's 0-100."""
    box: Box
    """Fractions of the page image as the file holds it (`boxes.source_box`), so any rendering can be scaled."""
    line: int
    """1-based line of the page's text; words of one line share it."""
    block: int
    """1-based paragraph of the page's text (lines between blank lines)."""
    part: int = 0
    """1 and 2 for the halves of a word hyphenated over two lines (the first keeps the printed hyphen, which
    normalize dropped in joining them), else 0: ALTO's HypPart1 and HypPart2. A hyphen the text keeps
    ("KS-" "protokoll") is part of a word, not a hyphenation."""


class TextWord(NamedTuple):
    """A word of a page that was not OCR'd (a PDF's text layer, a text file): its text without a position."""

    text: str
    """As repaired."""
    read: str
    """As the page held it (after normalize)."""
    line: int
    block: int


class _Token(NamedTuple):
    start: int
    end: int
    line: int
    block: int


def placed(pages: list[Page], corrections: list[Correction]) -> list[list[PlacedWord]]:
    """For each page of a normalized extraction, its OCR words in reading order as `corrections` (offsets into
    the page texts joined by form feeds, as `Document.corrections`) left them; a text page has none."""
    return [_page_words(page, base, mine) if page.words and page.size else []
            for page, base, mine in _by_page(pages, corrections)]


def text_words(pages: list[Page], corrections: list[Correction]) -> list[list[TextWord]]:
    """For each page, the words of its text as `corrections` left them, without boxes: for pages that were not
    OCR'd. A correction joining two words gives the joined word to the first."""
    result = []
    for page, base, mine in _by_page(pages, corrections):
        emitted: set[int] = set()
        words = []
        for token in _tokens(page.text):
            read = page.text[token.start:token.end]
            repaired = _repaired(page.text, token.start, token.end, base, mine, emitted)
            if repaired:
                words.append(TextWord(repaired, read, token.line, token.block))
        result.append(words)
    return result


def _by_page(pages: list[Page], corrections: list[Correction]):
    """Each page with the offset of its text in the joined text and the corrections that start on it."""
    base = 0
    ordered = sorted(corrections, key=lambda c: (c.start, c.end))
    for page in pages:
        end = base + len(page.text)
        yield page, base, [c for c in ordered if base <= c.start <= end]
        base = end + 1


def _page_words(page: Page, base: int, corrections: list[Correction]) -> list[PlacedWord]:
    tokens = _tokens(page.text)
    words = [w for w in page.words if w.text.strip() and w.box]
    pairs = _aligned([w.text for w in words], tokens, page.text)
    text = page.text
    emitted: set[int] = set()
    placed_words: list[PlacedWord] = []
    last = _Token(0, 0, 1, 1)
    for index, word in enumerate(words):
        box = source_box(word.box, page.size, page.skew, page.rotation)
        span = pairs.get(index)
        if span is None:
            placed_words.append(PlacedWord(word.text, word.text, word.confidence, box, last.line, last.block))
            continue
        token, start, end = span
        part = 0
        if start > token.start:  # the second half of a word broken over two lines is on the next one
            token = token._replace(line=token.line + 1)
            part = 2 if placed_words and placed_words[-1].part == 1 else 0
        last = token
        repaired = _repaired(text, start, end, base, corrections, emitted)
        if repaired and word.text.endswith("-") and end - start == len(word.text) - 1:
            repaired += "-"  # the line-break hyphen normalize dropped is printed on the page
            part = 1
        if not repaired and placed_words:
            previous = placed_words[-1]
            placed_words[-1] = previous._replace(box=union([previous.box, box]), part=0)
            continue
        placed_words.append(PlacedWord(repaired or word.text, word.text, word.confidence, box, token.line,
                                       token.block, part))
    return placed_words


def _tokens(text: str) -> list[_Token]:
    tokens, line, block, at = [], 1, 1, 0
    for match in _TOKEN.finditer(text):
        gap = text[at:match.start()]
        breaks = gap.count("\n")
        line += breaks
        if breaks >= 2:
            block += 1
        tokens.append(_Token(match.start(), match.end(), line, block))
        at = match.end()
    return tokens


def _aligned(words: list[str], tokens: list[_Token], text: str) -> dict[int, tuple[_Token, int, int]]:
    """OCR word index → its token and the part of the page text it stands for (the whole token, or its half
    when normalize joined two words)."""
    strings = [text[t.start:t.end] for t in tokens]
    pairs: dict[int, tuple[_Token, int, int]] = {}
    block = None  # the run of differing words and tokens since the last equal stretch
    for op in Levenshtein.opcodes(words, strings):
        if op.tag != "equal":
            block = (block[0] if block else op.src_start, op.src_end, block[2] if block else op.dest_start,
                     op.dest_end)
            continue
        if block:
            pairs.update(_matched(words, block, tokens, text))
            block = None
        for k in range(op.src_end - op.src_start):
            token = tokens[op.dest_start + k]
            pairs[op.src_start + k] = (token, token.start, token.end)
    if block:
        pairs.update(_matched(words, block, tokens, text))
    return pairs


def _matched(words: list[str], block: tuple[int, int, int, int], tokens: list[_Token], text: str
             ) -> dict[int, tuple[_Token, int, int]]:
    """Words and tokens that differ: words read apart that are one token ("träd-" and "gårdar" in
    "trädgårdar", the line-break hyphen dropped or, as normalize keeps it after a capital, kept), else word for
    token while as many of each are left."""
    first, last, token_first, token_last = block
    pairs: dict[int, tuple[_Token, int, int]] = {}
    index = first
    for position in range(token_first, token_last):
        token = tokens[position]
        string, at, parts, taken = text[token.start:token.end], 0, [], index
        while taken < last and at < len(string):
            word = words[taken]
            if string.startswith(word, at):
                width = len(word)
            elif word.endswith("-") and string.startswith(word[:-1], at):
                width = len(word) - 1
            else:
                break
            parts.append((taken, token.start + at, token.start + at + width))
            at += width
            taken += 1
        if at == len(string) and parts:
            pairs.update({word: (token, start, end) for word, start, end in parts})
            index = taken
        elif last - index == token_last - position:
            pairs[index] = (token, token.start, token.end)
            index += 1
    return pairs


def _repaired(text: str, start: int, end: int, base: int, corrections: list[Correction], emitted: set[int]) -> str:
    """`text[start:end]` with the corrections over it. A correction of the same length is cut where the span is
    (each half of a word broken over two lines gets its half); any other goes whole to the first word it
    touches, and the words after it keep only what lies beyond it."""
    out, at = [], start
    for index, correction in enumerate(corrections):
        first, stop = correction.start - base, correction.end - base
        if stop <= start:
            continue
        if first >= end:
            break
        if len(correction.corrected) == stop - first:
            low, high = max(first, start), min(stop, end)
            out += [text[at:low], correction.corrected[low - first:high - first]]
            at = high
        elif index in emitted:
            at = max(at, min(stop, end))
        else:
            low = max(first, start)
            out += [text[at:low], correction.corrected]
            emitted.add(index)
            at = min(stop, end)
    out.append(text[at:end])
    return "".join(out)
