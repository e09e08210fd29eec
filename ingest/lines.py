"""What every part of the segmenter knows about a line of text: its page and number, its cells, its key (folded,
lower case, column gaps aside), and the labels, section words and closing words a line may be.

Matching is diacritic-blind (`ingest.glyphs.fold`): OCR drops å/ä/ö, and the patterns are folded the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest import headings as H
from ingest.glyphs import I_READ_AS_L, fold, folded
from ingest.layout import CELL_GAP

LABEL_FIELD = {fold(label).lower(): field for field, labels in H.FIELD_LABELS.items() for label in labels}
_FIELD_BY_LETTERS = {label.replace(" ", ""): field for label, field in LABEL_FIELD.items()}


def label_field(label: str) -> str:
    """The field a label LABEL matched names, whichever spaces between its words OCR kept."""
    return _FIELD_BY_LETTERS[re.sub(r"\s+", "", label.lower())]

LABEL = re.compile(
    # OCR may lose the space between a label's words ("Utses attjustera")
    r"^(?P<label>" + "|".join(re.escape(x).replace(r"\ ", r"\s*") for x in sorted(LABEL_FIELD, key=len, reverse=True))
    + r")\.?"  # an abbreviation's stop: "Ordf.: Anna Ek"
    # a long label a text layer glued to its value ("Justeringens plats och tidSocialförvaltningen") ends at the capital,
    # also at a capital I that OCR read as l ("ersättarelngrid")
    rf"(?:(?P<sep>\s*[:;/]|\t|\s{{2,}})|\s+(?=\S)|(?-i:(?<=[a-z])(?=[A-Z][a-z]|{I_READ_AS_L}))|$)\s*(?P<rest>.*)$",
    re.I,
)
SECTION = {fold(name).lower(): key for key, names in H.SECTIONS.items() for name in names}
CLOSING = folded(H.CLOSING)
CELL_BREAK = re.compile(CELL_GAP.pattern + r"|[.…_]{4,}")  # a column gap, or a dot leader between cells


def split_folded(pattern: re.Pattern[str], text: str, maxsplit: int = 0) -> list[str]:
    """`pattern.split(text)` with the pattern matched diacritic-blind."""
    out, start = [], 0
    for n, m in enumerate(pattern.finditer(fold(text))):
        if maxsplit and n >= maxsplit:
            break
        out.append(text[start : m.start()])
        start = m.end()
    return out + [text[start:]]


def blank_folded(pattern: re.Pattern[str], text: str) -> str:
    """Blank out the matches of a diacritic-blind pattern, keeping the offsets of the rest."""
    folded = fold(text)
    for m in reversed(list(pattern.finditer(folded))):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def unspeckled(text: str) -> str:
    """The line without the specks OCR leaves at its ends ("Beslut |", "'Beslutsärenden", "Beslut :")."""
    return text.strip(H.OCR_SPECKS)


@lru_cache(maxsize=16384)
def fold_key(text: str) -> str:
    return " ".join(fold(unspeckled(text)).lower().split())  # column gaps are layout, not part of the words


@dataclass
class Line:
    page: int
    text: str
    number: int = 1  # line of its page, 1-based, as printed (a line read by column keeps its own)
    indent: int = 0  # spaces before the text as printed: a caption's column under a row of names
