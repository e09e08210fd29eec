"""Score a segmentation against a hand-written `expected.json` of the minutes corpus.

The rules are written to be strict about what a consumer of the JSON relies on and lenient only about what
OCR damage does to letters:
- an item counts when a found item has the same number (the digits of "§ 12", "KS § 12", "12.", "XII") and a
  title within a few letters of the printed one (normalized Levenshtein similarity ≥ 90%);
- a decision counts when the matched item has a decision whose text is the printed decision within a few
  letters (≥ 85%), or contains it with little more around it; a found decision that is none of the item's
  printed ones (a proposal, background, procedure) is an extra decision;
- a header field counts when it equals the printed value (dates and times exactly, names and text within a few
  letters); a field filled where nothing is printed is *invented*, the costliest error for an archive;
- a participant list is exact when every printed name is found and no other.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields

from rapidfuzz import fuzz

TEXT_FIELDS = ("organization", "body", "location", "chair", "secretary")
EXACT_FIELDS = ("date", "start_time", "end_time")
HEADER_FIELDS = ("organization", "body", "date", "start_time", "end_time", "location", "chair", "secretary",
                 "adjusters")
TITLE_SIMILARITY = 90
DECISION_SIMILARITY = 85
NAME_SIMILARITY = 90
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFC", text or "").casefold()
    return re.sub(r"\s+", " ", re.sub(r"(?:[^\w§%/:.,-]|_)+", " ", text)).strip(" .,:-")


def _roman(token: str) -> int | None:
    if not re.fullmatch(r"[ivxlc]+", token):
        return None
    values = [ROMAN[c] for c in token]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def number_key(number: str | None) -> str:
    """The item's number without what templates print around it: "§ 12", "KS § 12", "12." and "XII" → "12"."""
    text = (number or "").casefold()
    digits = re.findall(r"\d+(?:\.\d+)*", text)
    if digits:
        return digits[-1].rstrip(".")
    words = re.findall(r"[a-zåäö]+", text)
    value = _roman(words[-1]) if words else None
    return str(value) if value else norm(text)


def similar(got: str | None, want: str | None, threshold: float) -> bool:
    return bool(got) and bool(want) and fuzz.ratio(norm(got), norm(want)) >= threshold


def decision_found(want: str, got: list[str], whole: bool = False) -> bool:
    """The printed decision equals a found one within a few letters, or one holds the other nearly word for word and
    is at most half as long again: a found decision may be a clause or sentence of the printed one ("att godkänna
    …," of "Nämnden beslutar att godkänna …, att uppdra …"). With `whole`, only a found decision that holds all of
    the printed one counts: the segmenter's grouping of a decision's clauses and sentences is measured too."""
    w = norm(want)
    for g in map(norm, got):
        if fuzz.ratio(g, w) >= DECISION_SIMILARITY:
            return True
        if len(w) >= 20 and (len(w) if whole else 0) <= len(g) <= 1.5 * len(w) and fuzz.partial_ratio(w, g) >= 95:
            return True
    return False


def names_match(got: list[str], want: list[str]) -> tuple[int, int]:
    """(printed names found, found names that are not printed), each name used once."""
    left = [norm(g) for g in got]
    found = 0
    for name in map(norm, want):
        best = max(range(len(left)), key=lambda i: fuzz.ratio(left[i], name), default=None)
        if best is not None and fuzz.ratio(left[best], name) >= NAME_SIMILARITY:
            found += 1
            left.pop(best)
    return found, len(left)


@dataclass
class Score:
    """Counts, summed over documents; a ratio is formed only when printing."""

    documents: int = 0
    items: int = 0
    items_right: int = 0
    items_found: int = 0
    decisions: int = 0
    decisions_found: int = 0
    decisions_whole: int = 0  # found with all their clauses and sentences in one found decision
    decisions_extra: int = 0  # found in a matched item, printed as no decision there (a proposal, background)
    dnr: int = 0
    dnr_right: int = 0
    fields: int = 0
    fields_right: int = 0
    invented: int = 0
    participant_lists: int = 0
    participant_lists_exact: int = 0
    participant_names: int = 0  # printed names over all lists: where lists fail, missed or extra names
    participant_names_found: int = 0
    participant_names_extra: int = 0
    field_counts: dict = field(default_factory=dict)  # name -> [right, printed]
    failures: list = field(default_factory=list)  # (doc, kind of failure, detail)

    def __add__(self, other: Score) -> Score:
        out = Score()
        for f in fields(Score):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if f.name == "field_counts":
                merged = {k: list(v) for k, v in a.items()}
                for k, (r, n) in b.items():
                    merged.setdefault(k, [0, 0])
                    merged[k][0] += r
                    merged[k][1] += n
                setattr(out, f.name, merged)
            else:
                setattr(out, f.name, a + b)
        return out


def _get(obj, name: str):
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name)


def score(doc: str, meeting, items, expected: dict) -> Score:
    """`meeting` and `items` as the segmenter gives them (models or their JSON)."""
    s = Score(documents=1, items_found=len(items))
    want_meeting = expected["meeting"]
    for name in HEADER_FIELDS:
        want, got = want_meeting.get(name), _get(meeting, name)
        if name == "adjusters":
            if not want:
                s.invented += bool(got)
                continue
            found, extra = names_match(got, want)
            right = found == len(want) and not extra
        elif want is None:
            if got:
                s.invented += 1
                s.failures.append((doc, f"header: {name} invented", got))
            continue
        else:
            right = got == want if name in EXACT_FIELDS else similar(got, want, NAME_SIMILARITY)
        s.fields += 1
        s.fields_right += right
        counts = s.field_counts.setdefault(name, [0, 0])
        counts[0] += right
        counts[1] += 1
        if not right:
            s.failures.append((doc, f"header: {name} {'missed' if not got else 'wrong'}", f"{got!r} ≠ {want!r}"))
    want_people = want_meeting.get("participants") or []
    if want_people:
        found, extra = names_match(_get(meeting, "participants"), want_people)
        s.participant_lists += 1
        s.participant_names += len(want_people)
        s.participant_names_found += found
        s.participant_names_extra += extra
        exact = found == len(want_people) and not extra
        s.participant_lists_exact += exact
        if not exact:
            s.failures.append((doc, "participants not exact", f"{found}/{len(want_people)} found, {extra} extra"))

    unused = list(items)
    for want in expected["items"]:
        s.items += 1
        s.decisions += len(want.get("decisions") or [])
        s.dnr += bool(want.get("dnr"))
        key = number_key(want["number"])
        same_number = [it for it in unused if number_key(_get(it, "number")) == key]
        match = next((it for it in same_number if similar(_get(it, "title"), want["title"], TITLE_SIMILARITY)), None)
        if match is None:
            why = "item: title wrong" if same_number else "item: not found"
            s.failures.append((doc, why, f"{want['number']} {want['title'][:60]}"))
            if want.get("decisions"):
                s.failures.append((doc, "decision: item not found", str(len(want["decisions"]))))
            continue
        unused.remove(match)
        s.items_right += 1
        if want.get("dnr"):
            right = norm(_get(match, "dnr")).replace(" ", "") == norm(want["dnr"]).replace(" ", "")
            s.dnr_right += right
            if not right:
                s.failures.append((doc, "dnr missed" if not _get(match, "dnr") else "dnr wrong",
                                   f"{_get(match, 'dnr')!r} ≠ {want['dnr']!r}"))
        elif _get(match, "dnr"):
            s.invented += 1
            s.failures.append((doc, "dnr invented", _get(match, "dnr")))
        for decision in want.get("decisions") or []:
            s.decisions_whole += decision_found(decision, _get(match, "decisions"), whole=True)
            if decision_found(decision, _get(match, "decisions")):
                s.decisions_found += 1
            else:
                s.failures.append((doc, "decision: not found in item", decision[:60]))
        for got in _get(match, "decisions"):
            if not any(decision_found(w, [got]) for w in want.get("decisions") or []):
                s.decisions_extra += 1
                s.failures.append((doc, "decision: extra (not a printed decision)", got[:60]))
    return s
