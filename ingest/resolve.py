"""Candidates for the meeting's fields, and the one rule that picks among them.

Every reader of the header (labels, free lines, running headers, names with a role in a list, elections and
closing times in the items) proposes what it read with the trust its kind of evidence earns and the lines it
rests on. Which value wins is decided here, by trust and then reading order, never by which reader ran first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import IntEnum

from ingest.glyphs import CELL_GAP_READS, suspended_hyphens_mended

_WORDED = {"organization", "body", "location", "chair", "secretary"}
_HAS_A_WORD = re.compile(r"[^\W\d_]{2}")
# a place has a word with a vowel in it: "Kkl" is the "kl." of a time read twice, no place ("Kkl.09.00-12.50")
_VOICED_WORD = re.compile(r"[^\W\d_]*[aeiouyåäöéüAEIOUYÅÄÖÉÜ][^\W\d_]*")


class Trust(IntEnum):
    ITEMS = 0  # an election or the closing time found in an item's text
    MEETING_WORD = 1  # a body named only by the meeting's word for itself: "Styrelsemöte" is the board's
    RUNNING_HEADER = 2  # repeated on every page, often shortened
    ROLE_IN_LIST = 3  # "Anna Berg (S), ordförande" in a list of members
    MEETING_ELECTION = 4  # the meeting's own chair or secretary elected in an item: "Till mötesordförande valdes X"
    FREE_LINE = 5  # an unlabelled header line: letterhead, title, preamble
    LABELLED = 6  # a value under its label ("Plats och tid", "Justerare")


@dataclass(frozen=True)
class Candidate:
    field: str
    value: object
    trust: Trust
    lines: tuple[int, ...]  # the lines read for it; none where no single line holds it (a running header)
    order: int


@dataclass
class Candidates:
    """What the readers propose; `trust` and `lines` describe the evidence being read at the moment."""

    trust: Trust = Trust.LABELLED
    lines: tuple[int, ...] = ()
    proposed: list[Candidate] = field(default_factory=list)

    def propose(self, name: str, value: object, trust: Trust | None = None) -> None:
        if name in _WORDED and not _HAS_A_WORD.search(str(value or "")):
            return  # "§ 42", "2 (26)": a name, a body or a place is written in words
        if name == "location" and not any(len(w) >= 2 for w in _VOICED_WORD.findall(str(value))):
            return
        if name in _WORDED:  # "Ekby kommun —   Sammanträdesprotokoll": the gap OCR read as a dash is no part of it
            value = str(value).strip(" " + CELL_GAP_READS)
        if name in ("organization", "body"):  # "Barn— och utbildningsnämnden" as "Barn- och utbildningsnämnden"
            value = suspended_hyphens_mended(value)
        if value not in (None, ""):
            self.proposed.append(Candidate(name, value, self.trust if trust is None else trust, self.lines, len(self.proposed)))

    def reading(self, trust: Trust, lines: tuple[int, ...] = ()) -> Candidates:
        self.trust, self.lines = trust, tuple(lines)
        return self


@dataclass
class Resolution:
    """The winning candidates of each field, and the lines whose reading is in the record."""

    winners: dict[str, list[Candidate]]
    placed: set[int]

    def value(self, name: str) -> object:
        chosen = self.winners.get(name)
        return chosen[0].value if chosen else None

    def values(self, name: str) -> list:
        return [c.value for c in self.winners.get(name, [])]


def pick(candidates: list[Candidate], lists: frozenset[str] = frozenset()) -> Resolution:
    """The most trusted candidate of each field, the first read among equals. A list field (`lists`) takes
    every candidate at the most trusted level that gave any, in reading order. A line is placed when a winner
    rests on it, or a candidate that read the same value as the winner."""
    winners: dict[str, list[Candidate]] = {}
    for c in sorted(candidates, key=lambda c: (-c.trust, c.order)):
        chosen = winners.setdefault(c.field, [c])
        if c.field in lists and c is not chosen[0] and c.trust == chosen[0].trust:
            chosen.append(c)
    placed: set[int] = set()
    for c in candidates:
        chosen = winners[c.field]
        if c in chosen or c.field not in lists and c.value == chosen[0].value:
            placed.update(c.lines)
    return Resolution(winners, placed)
