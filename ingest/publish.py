"""What the published document promises beyond what the segmenter reads: items a consumer can cite and cut out of
`text`, and meeting dates and times that are real ones.

Run after segmentation, on its output and the repaired text, so the segmenter's modules need not know the feed.
"""
from __future__ import annotations

import re
from datetime import date

from ingest.models import PAGE_BREAK, TIME_PATTERN, DocumentItem, Item, Meeting

_NOT_KEY = re.compile(r"(?:[^\w.]|_)+")
_TIME = re.compile(TIME_PATTERN)


def placed_items(items: list[Item], document_id: str, text: str) -> list[DocumentItem]:
    """Each item with its id, its last page and its offsets into `text` (code points), from its span of lines:
    from the heading's first character to the last line's last, without the spaces around them."""
    lines = _lines(text)
    placed = []
    for item, key in zip(items, _keys([item.number for item in items])):
        first, heading = lines[(item.span.page, item.span.line)]
        last, tail = lines[(item.span.end_page, item.span.end_line)]
        placed.append(DocumentItem(**item.model_dump(), id=f"{document_id}#{key}", end_page=item.span.end_page,
                                   start=first + len(heading) - len(heading.lstrip()), end=last + len(tail.rstrip())))
    return placed


def _keys(numbers: list[str]) -> list[str]:
    """The rule `DocumentItem.id` describes: the number's letters, digits and dots; "~" marks what is made up."""
    keys: list[str] = []
    seen: dict[str, int] = {}
    for position, number in enumerate(numbers, start=1):
        key = _NOT_KEY.sub("-", number).strip("-.") or f"~{position}"
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}~{seen[key]}")
    return keys


def _lines(text: str) -> dict[tuple[int, int], tuple[int, str]]:
    """(page, line), both from 1 as `Span` counts them, → where that line starts in `text`, and the line."""
    lines: dict[tuple[int, int], tuple[int, str]] = {}
    offset = 0
    for page, page_text in enumerate(text.split(PAGE_BREAK), start=1):
        for number, line in enumerate(page_text.split("\n"), start=1):
            lines[(page, number)] = (offset, line)
            offset += len(line) + 1  # the newline or form feed after it
    return lines


def real_dates(meeting: Meeting) -> tuple[Meeting, list[str]]:
    """The meeting without a date that is no calendar day ("35 maj 2021") or a time that is no time of day
    ("kl. 27.00"), which OCR can make of real ones, and a review reason for each left out."""
    wrong = {}
    if meeting.date is not None and not _is_date(meeting.date):
        wrong["date"] = f"meeting date {meeting.date} is not a calendar date: left out"
    for field in ("start_time", "end_time"):
        value = getattr(meeting, field)
        if value is not None and not _TIME.match(value):
            wrong[field] = f"meeting {field.replace('_', ' ')} {value} is not a time of day: left out"
    if not wrong:
        return meeting, []
    sources = {field: span for field, span in meeting.sources.items() if field not in wrong}
    return meeting.model_copy(update={**dict.fromkeys(wrong), "sources": sources}), list(wrong.values())


def _is_date(value: str) -> bool:
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False
