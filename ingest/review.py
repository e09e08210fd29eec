"""An archivist's review decisions about corrections: kept in `DIR/review.jsonl`, applied on every later run.

The log is append-only, one JSON line per decision with who made it and when, so it is an audit trail as well
as the input; the latest decision about a correction wins. A decision names its correction by where it stands
in the OCR text and what it changed (page, start, end, original, corrected), which stay the same as long as the
file and the repair's proposal do: a decision whose correction is no longer proposed is simply not applied.
`apply` is pure: the pipeline runs it after repair, on a fresh extraction or on the one the archive kept, so a
decision costs no OCR. A decision is about an applied correction or a proposal below --min-confidence
(`Document.review`) alike.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ingest.errors import InputError
from ingest.models import Correction, Repair

LOG = "review.jsonl"

Action = Literal["accept", "reject", "replace"]
Key = tuple[int, int, int, str, str]


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    who: str
    when: str = Field(description="UTC, ISO 8601")
    document: str = Field(description='the document id, "sha256:<hex>"')
    page: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    original: str
    corrected: str = Field(description="what the repair proposed: with the offsets, which correction is meant")
    action: Action
    word: str = Field(description="the word the text has after the decision")

    @property
    def key(self) -> Key:
        return self.page, self.start, self.end, self.original, self.corrected


def key(correction: Correction) -> Key:
    return correction.page, correction.start, correction.end, correction.original, correction.corrected


def decide(who: str, document: str, correction: Correction, action: Action, word: str | None = None,
           now: datetime | None = None) -> Decision:
    """A decision about `correction`; `word` only for replace (the typed word, on one line: it goes in a line)."""
    chosen = {"accept": correction.corrected, "reject": correction.original}.get(action, word or "").strip()
    if not chosen or not chosen.isprintable():
        raise ValueError("type the word, on one line")
    moment = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return Decision(who=who, when=moment, document=document, page=correction.page, start=correction.start,
                    end=correction.end, original=correction.original, corrected=correction.corrected,
                    action=action, word=chosen)


def latest(decisions: Iterable[Decision]) -> dict[str, tuple[Decision, ...]]:
    """Per document id, the last decision about each correction, in the order they were first made."""
    found: dict[str, dict[Key, Decision]] = {}
    for decision in decisions:
        found.setdefault(decision.document, {})[decision.key] = decision
    return {document: tuple(by_key.values()) for document, by_key in found.items()}


def digest(decisions: Iterable[Decision]) -> str:
    """12 hex digits naming what `decisions` make of a document, whoever made them and when: the archive makes
    a document again when its digest changes."""
    made = sorted((*decision.key, decision.action, decision.word) for decision in decisions)
    return hashlib.sha256(json.dumps(made, ensure_ascii=False).encode()).hexdigest()[:12]


def apply(fixed: Repair, decisions: Iterable[Decision]) -> Repair:
    """`fixed` as the archivist decided: a rejected correction is undone, a replaced one gets the typed word,
    an accepted one is applied even when its confidence put it among those only proposed for review."""
    from ingest.repair import apply as apply_corrections

    by_key = {decision.key: decision for decision in decisions}
    if not by_key:
        return fixed
    corrections, proposed = [], []
    for correction, applied in [(c, True) for c in fixed.corrections] + [(c, False) for c in fixed.review]:
        decision = by_key.get(key(correction))
        if decision is None:
            (corrections if applied else proposed).append(correction)
        elif decision.action == "accept":
            corrections.append(correction)
        elif decision.action == "replace" and decision.word != correction.original:
            # the fix's reason stays (a new reason would be a new schema version); who typed it is in the log
            corrections.append(correction.model_copy(update={"corrected": decision.word, "confidence": 1.0}))
    corrections.sort(key=lambda c: c.start)
    if corrections == fixed.corrections and proposed == fixed.review:
        return fixed
    return fixed.model_copy(update={"text": apply_corrections(fixed.original_text, corrections),
                                    "corrections": corrections, "review": proposed})


# ------------------------------------------------------------------ the log, at the edge


def load(archive: Path) -> list[Decision]:
    """Every decision in the archive's log, oldest first; a last line cut short by a crash is left out."""
    try:
        data = (Path(archive) / LOG).read_bytes()
    except FileNotFoundError:
        return []
    except OSError as error:
        raise InputError(f"{LOG}: {(error.strerror or str(error)).lower()}") from None
    lines = data.split(b"\n")
    whole, torn = lines[:-1], lines[-1]
    decisions = []
    for number, line in enumerate(whole, start=1):
        if not line.strip():
            continue
        try:
            decisions.append(Decision.model_validate_json(line))
        except ValidationError:
            raise InputError(f"{LOG}: line {number} is not a review decision") from None
    if torn.strip():
        try:
            decisions.append(Decision.model_validate_json(torn))
        except ValidationError:
            pass
    return decisions


def record(archive: Path, decision: Decision) -> None:
    """Append one line under an exclusive lock and fsync it before returning, so a decision the page confirmed
    is on disk, and two reviewers saving at once never interleave their lines."""
    line = json.dumps(decision.model_dump(mode="json"), ensure_ascii=False).encode() + b"\n"
    descriptor = os.open(Path(archive) / LOG, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        size = os.fstat(descriptor).st_size
        if size and os.pread(descriptor, 1, size - 1) != b"\n":
            line = b"\n" + line  # a line cut short by a crash stays one bad line; this one starts afresh
        os.write(descriptor, line)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
