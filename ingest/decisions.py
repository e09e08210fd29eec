"""Decisions recognised by the grammar of Swedish decisions, where no "Beslut" label marks them.

Association minutes, older protocols and meeting notes record a decision as a sentence: "Stämman beslöt att …",
"Dagordningen godkändes.", "X valdes till ordförande.", "Årsredovisningen läggs till handlingarna.", or a lead
"Stämman beslutar" over att-clauses. A sentence is a decision when a decision verb is its main verb: the words
before the verb are a short subject, with nothing that makes the verb part of a proposal, a condition, a report
of what someone else decided or a plan ("föreslår att … fastställs", "om nämnden beslutar", "ska beslutas").
Text under a subheading that is not a decision (Ärendebeskrivning, Förslag till beslut, Beslutsgång, …) is
background or procedure and is not read here.
"""
from __future__ import annotations

import re

from . import headings as H
from .glyphs import fold, folded

_PREDICATE = folded(H.DECISION_PREDICATE)
_LEAD = folded(H.DECISION_LEAD)
_BLOCKER = folded(H.DECISION_BLOCKERS)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÉ])")
_CLAUSE = re.compile(r"^(?:[-–•*]\s*)?(?:att\b|\d{1,2}[.)]\s)", re.I)
MAX_SUBJECT_WORDS = 8


def is_decision(sentence: str) -> bool:
    text = fold(sentence)
    match = _PREDICATE.search(text)
    if not match or sentence.rstrip().endswith("?"):
        return False
    subject = re.sub(r"^\W*att\s", "", text[: match.start()], flags=re.I)  # "Att justera protokollet valdes X"
    return len(subject.split()) <= MAX_SUBJECT_WORDS and not _BLOCKER.search(subject)


def _paragraphs(body: list[str], skip_under: set[str]) -> list[list[str]]:
    """Runs of non-empty lines, leaving out those under a subheading in `skip_under` (folded, lower case), or
    under a longer heading that begins with one ("Förslag till beslut i kommunstyrelsen"); a line that is such a
    label with its text after a colon is left out alone."""
    out: list[list[str]] = [[]]
    skipping = False
    for line in body:
        key = fold(line.strip(H.OCR_SPECKS)).lower()
        if key in skip_under or len(key) < 60 and any(key.startswith(h + " ") for h in skip_under):
            skipping = skipping or ": " not in key  # "Yrkande från X: att …" is one line of its own
            out.append([])
            continue
        if not line:
            out.append([])
            continue
        if not skipping:
            out[-1].append(line)
    return [p for p in out if p]


def grammar_decisions(body: list[str], skip_under: set[str]) -> list[str]:
    """Every decision sentence of an item's body, as printed; a lead ("Stämman beslutar") takes the clauses under it."""
    out: list[str] = []
    for paragraph in _paragraphs(body, skip_under):
        k = 0
        while k < len(paragraph):
            line = paragraph[k]
            if _LEAD.match(fold(line)) and k + 1 < len(paragraph) and _CLAUSE.match(paragraph[k + 1]):
                clauses = []
                while k + 1 < len(paragraph) and (_CLAUSE.match(paragraph[k + 1]) or clauses and
                                                   paragraph[k + 1][:1].islower()):
                    k += 1
                    clauses.append(paragraph[k])
                out.append(" ".join([line, *clauses]))
                k += 1
                continue
            run = [line]
            while k + 1 < len(paragraph) and not _LEAD.match(fold(paragraph[k + 1])) and not (
                    H.BULLET.match(paragraph[k + 1]) and not _CLAUSE.match(paragraph[k + 1])):
                k += 1
                run.append(paragraph[k])
            k += 1
            out.extend(s for s in _SENTENCE_END.split(" ".join(run)) if is_decision(s))
    return out
