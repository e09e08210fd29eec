"""The meeting header: labelled values, cover pages, signature blocks, running headers and the free lines of a
letterhead, read into the fields of `Meeting`, with the line that prints each value.

Values come in the order of trust the reading gives them: a labelled value before a free line, the header before
the signature block, the items (an election, the closing time) only where the header gave nothing.
"""
from __future__ import annotations

import re

from ingest import headings as H
from ingest.glyphs import fold, folded
from ingest.lines import CELL_BREAK, CLOSING, LABEL, LABEL_FIELD, SECTION, Line, blank_folded, fold_key, unspeckled
from ingest.models import Item, Meeting, Span
from ingest.people import join_list, member_row, names_only, read_people, unique

_TITLES = folded(H.TITLES)
_ELECTIONS = tuple((field, folded(p)) for field, p in H.ELECTIONS)
_WEEKDAYS = folded(H.WEEKDAYS)
_PLACE_AFTER_DATE = folded(H.PLACE_AFTER_DATE)
_BODY_WORDS = folded(H.BODY_WORDS)
_ORG_WORDS = folded(H.ORG_WORDS)
_ORG_LEADS = folded(H.ORG_LEADS)
_TOP_ORG_WORDS = folded(H.TOP_ORG_WORDS)
_BODY_PURPOSE = {fold(w) for w in H.BODY_PURPOSE_WORDS}
_COORDINATORS = ("&", "och")
_CONTINUING = set(H.PERSON_LISTS) | {"place_time"}
_SIGNERS = {"chair", "secretary", "adjusters"}
EARLIEST_START_HOUR = 6
"""Meetings do not start in the small hours: such a start is a misread digit ("8.30" read as "3.30")."""


def label_cell(text: str) -> bool:
    return bool(LABEL.match(fold(unspeckled(text))) or _captions(text))


def _labelled(text: str) -> list[tuple[str, str, bool]]:
    """(field, value, descriptive) for each label in a line; table rows may hold several."""
    out: list[tuple[str, str, bool]] = []
    if member_row(text):
        return out
    for cell in CELL_BREAK.split(text):
        cell = unspeckled(cell)
        while cell:
            m = LABEL.match(fold(cell))
            if not m:
                if out and cell:
                    field, value, desc = out[-1]
                    out[-1] = (field, (value + " " + cell).strip(), desc)
                break
            field = LABEL_FIELD[m.group("label").lower()]
            rest = cell[m.start("rest") :].strip()
            qualified = re.match(r"^[a-zåäö][\w -]{0,40}?:\s*", rest)  # "Närvarande arbetsgivare: ..."
            if not m.group("sep") and qualified:
                rest = rest[qualified.end() :]
            descriptive = not m.group("sep") and not qualified and rest[:1].islower() and field in _CONTINUING
            if field == "ignored" and LABEL.match(fold(rest)):
                out.append((field, "", False))  # "Underskrifter Sekreterare": read on
                cell = rest
            else:
                out.append((field, "" if descriptive else rest, descriptive))
                cell = ""
    return out


def _captions(text: str) -> list[str]:
    """The fields a signature caption row names ("Ordförande      Justerare", "Sekr."), or []."""
    cells = [c for c in CELL_BREAK.split(text) if unspeckled(c)]
    if len(cells) == 1:
        cells = text.split()
    fields = [LABEL_FIELD.get(fold_key(c)) for c in cells]
    return fields if all(f in _SIGNERS for f in fields) else []


def _caption_row(lines: list[Line], idx: list[int], pos: int) -> bool:
    """The line at idx[pos] captions the names above it: on their page, and not a label whose
    names follow below ("Justeras" / "Maria Holm    Jakob Strand"), unless those names have a caption
    row of their own (another signature: "Lena Holm" / "Sekreterare")."""
    i = idx[pos]
    if lines[i].page != lines[i - 1].page:
        return False
    after = idx[pos + 1] if pos + 1 < len(idx) else None
    captioned = pos + 2 < len(idx) and bool(_captions(lines[idx[pos + 2]].text))
    return (after is None or bool(_labelled(lines[after].text)) or not read_people(lines[after].text)[0]
            or captioned)


def _split_label(text: str, below: str) -> str | None:
    """A cover label broken over two lines, as the line reads with it whole: "Justeringens" /
    "plats och tid Kommunkansliet, 2024-10-03", or, with the value beside the label's first words,
    "Justeringens      Kommunkansliet, 2024-10-03" / "plats och tid", also where those first words are a shorter
    label themselves ("Plats och tid för   Stadshuset" / "sammanträdet")."""
    words, below = text.split(), unspeckled(below)
    for k in range(1, min(H.LABEL_FIRST_LINE_WORDS, len(words)) + 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        m = LABEL.match(fold(f"{head} {below}"))
        if not m or len(m.group("label")) <= len(head):
            continue
        shorter = LABEL.match(fold(head))  # "Plats och tid" in "Plats och tid för" / "sammanträdet"
        if shorter and len(shorter.group("label")) >= len(m.group("label")):
            continue
        if not tail:
            return f"{head} {below}"
        if m.group("label")[len(head) + 1 :].lower() == fold(below).lower():
            return f"{head} {below}   {tail}"
    return None


def _read_fields(
    lines: list[Line], idx: list[int], signatures: bool = False
) -> tuple[list[tuple[str, list[tuple[int, str]]]], list[int]]:
    """Labelled values, one (field, [(line, text), ...]) group per label occurrence, and the
    lines no label claimed. A label line without a value is in its group with text "".
    With `signatures` (the block after the items), names with a caption row right under them
    ("Mats Forsberg    Sanna Rydberg" / "Ordförande    Justerare") take their fields by column."""
    groups: list[tuple[str, list[tuple[int, str]]]] = []
    free: list[int] = []
    open_group: tuple[str, list[tuple[int, str]]] | None = None
    waiting = False
    consumed: set[int] = set()  # caption rows and label ends already read with the line above
    for pos, i in enumerate(idx):
        t = lines[i].text
        if i in consumed:
            continue
        if pos and idx[pos - 1] != i - 1 and not waiting and not _list_goes_on(lines, idx[pos - 1], i):
            open_group = None
        if open_group and open_group[0] in _CONTINUING and t[:1].islower() and idx[pos - 1] == i - 1:
            open_group[1].append((i, t))  # "Magdalena Sundqvist (S), 2:e vice" / "ordförande": a wrapped role
            continue
        cells = _labelled(t)
        below = idx[pos + 1] if pos + 1 < len(idx) and idx[pos + 1] == i + 1 else None
        # the label's second line may stand a blank line lower in OCR ("Plats och tid för ..." / "" / "sammanträde")
        rest_of_label = idx[pos + 1] if pos + 1 < len(idx) and idx[pos + 1] - i <= 2 else None
        whole = _split_label(t, lines[rest_of_label].text) if rest_of_label is not None else None
        if whole:
            cells = _labelled(whole)
            consumed.add(rest_of_label)
        if signatures and not cells and below is not None and _caption_row(lines, idx, pos + 1):
            captions, names = _captions(lines[below].text), read_people(t)[0]
            if captions and len(captions) == len(names):
                groups += [(field, [(i, p.name), (below, "")]) for field, p in zip(captions, names)]
                consumed.add(below)
                open_group, waiting = None, False
                continue
        if cells:
            for field, value, desc in cells:
                groups.append((field, [(-1 if desc else i, value)] + ([(rest_of_label, "")] if whole else [])))
            if all(desc for _, _, desc in cells):  # "Extra deltagare under ...": the description stays unassigned
                free.append(i)
            # a table row "Underskrifter Sekreterare ..... Paragrafer §§ 46-49": the value below
            # belongs to the label that had none
            pending = [n for n, (field, value, _) in enumerate(cells) if not value and field != "ignored"]
            pick = pending[-1] if pending else len(cells) - 1
            open_group, waiting = groups[len(groups) - len(cells) + pick], bool(pending)
            continue
        if open_group and (waiting or open_group[0] in _CONTINUING) and not CLOSING.match(fold(t)):
            open_group[1].append((i, t))
            waiting = False
            continue
        open_group = None
        free.append(i)
    return groups, free


def _list_goes_on(lines: list[Line], prev: int, i: int) -> bool:
    """PDF text puts a blank line between every line ("Mikael" / "" / "Östberg, Helena Grahn"),
    and OCR one between the rows of a member table: a list cut mid-way, or a row of members
    with party marks after another, goes on over one blank line."""
    before, t = lines[prev].text, lines[i].text
    open_end = before.endswith(",") or before.count(",") >= 2 and not before.endswith((".", ")")) and "," in t
    scope = bool(re.match(r"(?:§|\d)", before))  # "137, 163-164": the items the member above attended
    members = bool((H.PARTY_MARK.search(before) or scope) and H.PARTY_MARK.search(t))
    return i - prev == 2 and (open_end or members) and fold_key(t) not in SECTION


class _Fields(dict):
    """Header values as they are read, the first of each kept, with the lines (first, last) it was read from:
    `at` is set to the lines being read before their values are proposed."""

    def __init__(self) -> None:
        super().__init__()
        self.at: tuple[int, int] | None = None
        self.read_at: dict[str, tuple[int, int]] = {}
        self.name_at: dict[tuple[str, str], tuple[int, int]] = {}  # (field, name): where that name was read

    def _note(self, key: str) -> None:
        if key not in self and self.at is not None:
            self.read_at[key] = self.at

    def note_name(self, field: str, name: str) -> None:
        if self.at is not None:
            self.name_at.setdefault((field, name), self.at)

    def setdefault(self, key, value):
        self._note(key)
        return super().setdefault(key, value)

    def __setitem__(self, key, value) -> None:
        self._note(key)
        super().__setitem__(key, value)


def read_meeting(
    lines: list[Line], header: list[int], closing: list[int], furniture: list[int], home: set[int], issues: list[str]
) -> Meeting:
    groups, free = _read_fields(lines, header)
    closing_groups, closing_free = _read_fields(lines, closing, signatures=True)
    fields = _Fields()
    people: dict[str, list[str]] = {f: [] for f in H.PERSON_LISTS}
    roles: dict[str, list[str]] = {"chair": [], "secretary": []}
    labelled: dict[str, list[str]] = {"chair": [], "secretary": []}  # trusted over roles in lists
    absent_extra: list[str] = []
    # date candidates in order of trust (labelled, then free lines, then running headers):
    # (ISO date, or (month, day) when printed without a year, and the line it came from)
    dates: list[tuple[str | None, tuple[int, int] | None, int | None]] = []

    for field, group in groups + closing_groups:
        texts = [t for _, t in group if t]
        if field == "ignored" or not texts:
            continue
        value = join_list(texts) if field in H.PERSON_LISTS else " ".join(texts)
        found = False
        read = [i for i, _ in group if i >= 0]
        fields.at = (min(read), max(read)) if read else None
        if field in H.PERSON_LISTS or field in roles:
            persons, replaced = read_people(value)
            absent_extra += replaced
            found = bool(persons or replaced)
            for person in persons:
                if field in H.PERSON_LISTS:
                    listed = "guests" if field == "participants" and not person.serving else field
                    people[listed].append(person.name)
                    fields.note_name(listed, person.name)
                if field in roles:
                    labelled[field].append(person.name)
                    fields.note_name(field, person.name)
                for role in person.roles - {field}:
                    roles[role].append(person.name)
                    fields.note_name(role, person.name)
        elif field in ("place_time", "location", "date", "time"):
            found = _when_where(value, field, fields, dates)
        else:
            found = fields.setdefault(field, value) == value
        if found:  # a label whose value gave nothing ("Närvarande: 23 medlemmar") stays unassigned
            home.update(i for i, _ in group if i >= 0)

    for i in free + closing_free:
        fields.at = (i, i)
        _free_line(lines[i].text, i, fields, dates, home, lines[i + 1].text if i + 1 < len(lines) else "")
    fields.at = None  # a running header's values are found again by `sources`, on the first page that prints them
    for text in dict.fromkeys(lines[i].text for i in furniture):  # a running header repeats on every page
        _free_line(text, None, fields, dates, set())

    if dates:
        date, part, where = dates[0]
        if part:
            # the year from elsewhere: the first page, the running headers, the signature block
            nearby = [i for i, line in enumerate(lines) if line.page == 1] + furniture + closing
            month, day = part
            years = [d[:4] for d in _all_dates(lines, nearby)]
            same = [d[:4] for d in _all_dates(lines, nearby) if d[5:] == f"{month:02d}-{day:02d}"]
            year = (same or years or [None])[0]
            date = f"{year}-{month:02d}-{day:02d}" if year else None
            if not year:
                issues.append("meeting date lacks a year")
        fields.at = (where, where) if where is not None else None
        fields.read_at.pop("date", None)
        fields["date"] = date
        if where is not None and date:
            home.add(where)
    if not fields.get("date") and "meeting date lacks a year" not in issues:
        issues.append("meeting date missing")
    start = fields.get("start_time")
    if start and int(start[:2]) < EARLIEST_START_HOUR:
        issues.append(f"meeting start time {start} is before {EARLIEST_START_HOUR:02d}:00, probably misread: left out")
        del fields["start_time"]

    meeting = Meeting(
        organization=fields.get("organization"),
        body=fields.get("body"),
        title=fields.get("title"),
        date=fields.get("date"),
        start_time=fields.get("start_time"),
        end_time=fields.get("end_time"),
        location=fields.get("location"),
        participants=unique(people["participants"]),
        guests=unique(people["guests"]),
        absent=unique(people["absent"] + absent_extra),
        chair=(labelled["chair"] + roles["chair"] or [None])[0],
        secretary=(labelled["secretary"] + roles["secretary"] or [None])[0],
        adjusters=unique(people["adjusters"]),
    )
    read_at = dict(fields.read_at)
    for field, value in meeting.model_dump(include=set(H.PERSON_LISTS) | {"chair", "secretary"}).items():
        name = (value[0] if value else None) if isinstance(value, list) else value
        if (field, name) in fields.name_at:
            read_at[field] = fields.name_at[field, name]
    meeting.sources = {field: _span(lines, a, b) for field, (a, b) in read_at.items() if getattr(meeting, field)}
    return meeting


def _span(lines: list[Line], first: int, last: int) -> Span:
    return Span(page=lines[first].page, line=lines[first].number, end_page=lines[last].page,
                end_line=lines[last].number)


def sources(meeting: Meeting, lines: list[Line], first_look: list[int]) -> dict[str, Span]:
    """`meeting.sources` with a line for every field that has a value: a field read from a running header or
    taken from the items has none yet, and gets the first line that prints its value, looked for in the header,
    the signature block and the running headers first, then everywhere (an election in an item). A date or time
    is found by what it reads as, since it is printed in another form ("14 maj 2024", "kl. 9.00")."""
    order = list(dict.fromkeys(first_look + list(range(len(lines)))))
    keys: dict[int, str] = {}

    def prints(i: int, field: str, value: str) -> bool:
        text = lines[i].text
        if field == "date":
            return bool(text) and _date(text)[0] == value
        if field.endswith("_time"):
            hour, minute = value.split(":")
            return bool(re.search(rf"(?<!\d)0?{int(hour)}[.:]{minute}(?!\d)", text))
        if i not in keys:
            keys[i] = fold_key(text)
        return fold_key(value) in keys[i]

    out: dict[str, Span] = {}
    for field, value in meeting.model_dump(exclude={"sources"}).items():
        value = value[0] if isinstance(value, list) and value else value
        if not value:
            continue
        if field in meeting.sources:
            out[field] = meeting.sources[field]
            continue
        at = next((i for i in order if prints(i, field, value)), None)
        if at is not None:
            out[field] = _span(lines, at, at)
    return out


def from_items(meeting: Meeting, items: list[Item]) -> Meeting:
    """Chair, secretary and adjusters elected in the items, and the closing time, where the
    header gave none; the chair is not one of the adjusters (the chair signs "Justeras" too)."""
    found: dict[str, object] = {}
    for item in items:
        text = " ".join(item.text.split())
        end = H.END_TIME.search(text)
        if end and not meeting.end_time and "end_time" not in found:
            found["end_time"] = f"{int(end.group('h')):02d}:{end.group('m')}"
        for field, pattern in _ELECTIONS:
            m = pattern.search(fold(text))
            if m and field not in found and not getattr(meeting, field):
                names = names_only(text[m.start("names") : m.end("names")])
                if names:
                    found[field] = names if field == "adjusters" else names[0]
    meeting = meeting.model_copy(update=found)
    others = [a for a in meeting.adjusters if a != meeting.chair]
    return meeting.model_copy(update={"adjusters": others or meeting.adjusters})


def _date(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """A full ISO date, or (month, day) when the line gives no year."""
    m = H.ISO_DATE.search(text) or H.NUMERIC_DATE.search(text)
    if m:
        return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}", None
    m = H.WORD_DATE.search(text)
    if m:
        month, day = H.MONTHS[m.group("mon").lower()], int(m.group("d"))
        if m.group("y"):
            return f"{m.group('y')}-{month:02d}-{day:02d}", None
        return None, (month, day)
    return None, None


def _all_dates(lines: list[Line], idx: list[int]) -> list[str]:
    return [d for i in idx for d in [_date(lines[i].text)[0]] if d]


def _times(text: str, fields: dict[str, object]) -> bool:
    m = H.TIME_RANGE.search(text) or H.KL_RANGE.search(text)
    if m:
        fields.setdefault("start_time", f"{int(m.group('h1')):02d}:{m.group('m1') or '00'}")
        fields.setdefault("end_time", f"{int(m.group('h2')):02d}:{m.group('m2') or '00'}")
        return True
    m = H.TIME_SINGLE.search(text)
    if m:
        fields.setdefault("start_time", f"{int(m.group('h1')):02d}:{m.group('m1') or '00'}")
        return True
    return False


def _when_where(value: str, field: str, fields: dict[str, object], dates: list) -> bool:
    date, part = _date(value)
    if date or part:
        dates.append((date, part, None))
    found = _times(value, fields) or bool(date or part)
    bare = H.TIME_BARE.search(value) if field == "time" else None
    if bare and "start_time" not in fields:
        fields["start_time"] = f"{int(bare.group('h1')):02d}:{bare.group('m1')}"
        found = True
    if field in ("place_time", "location"):
        place = value
        for pattern in (H.TIME_RANGE, H.KL_RANGE, H.TIME_SINGLE, H.ISO_DATE, H.NUMERIC_DATE, H.WORD_DATE, _WEEKDAYS):
            place = blank_folded(pattern, place)
        place = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", place)).strip(" ,.;–-")
        place = re.sub(r"(?:,\s*)+", ", ", place)
        if place:
            fields.setdefault("location", place)
            found = True
    return found


def _free_line(
    text: str, i: int | None, fields: dict[str, object], dates: list, home: set[int], after: str = ""
) -> None:
    """An unlabelled header line (`after` is the line below it): title, organisation, body, date and time."""
    clean = H.PAGE_COUNTER.sub("", text).strip()
    cells = [c for c in CELL_BREAK.split(clean) if c.strip()]
    if len(cells) > 1:  # "Kommunfullmäktige        Sammanträdesdatum": a caption in a cell of its own is no value
        clean = "   ".join(c for c in cells if not _caption_cell(c))
    used = False
    title = _TITLES.search(fold(clean))
    if title and (title.start() == 0 or i is None):
        if title.start():
            _name_line(clean[: title.start()], fields)
        if "title" not in fields:
            fields["title"] = clean.rstrip(" .:") if i is not None else clean[title.start() :].strip(" .:")
            used = i is not None
    elif title and _genitive_hits(clean[: title.start()].split(), _BODY_WORDS):
        used = _name_line(clean[: title.start()], fields)  # "Barn- och utbildningsnämndens protokoll"
    if (title and title.start() == 0) or clean[:1].islower():
        # "Protokoll fört vid sammanträde med styrelsen för Sjöbo Hembygdsförening"
        used = _phrases(clean, fields, after) or used
    date, part = _date(clean)
    if date or part:
        dates.append((date, part, i))  # the line is the meeting's only if its date is chosen
    used = _times(clean, fields) or used
    if not title:
        whens = [m for p in (H.ISO_DATE, H.NUMERIC_DATE, H.WORD_DATE, H.TIME_RANGE, H.KL_RANGE, H.TIME_SINGLE)
                 for m in p.finditer(clean)]
        tail = clean[max(m.end() for m in whens) :] if whens else ""
        place = _PLACE_AFTER_DATE.match(fold(tail))
        if place and "location" not in fields:
            fields["location"] = tail[place.start("place") : place.end("place")]
            used = True
        for pattern in (H.ISO_DATE, H.NUMERIC_DATE, H.WORD_DATE, H.TIME_RANGE, H.KL_RANGE, H.TIME_SINGLE, _WEEKDAYS):
            clean = blank_folded(pattern, clean)
        used = _name_line(" ".join(clean.split()).strip(" ,"), fields) or used
    if used and i is not None:
        home.add(i)


def _caption_cell(cell: str) -> bool:
    m = LABEL.match(fold(unspeckled(cell)))
    return bool(m) and not m.group("rest").strip()


def _word_hits(words: list[str], pattern: re.Pattern[str]) -> list[int]:
    return [k for k, w in enumerate(words) if pattern.search(fold(w.strip(".,:;()")))]


def _genitive_hits(words: list[str], pattern: re.Pattern[str]) -> list[int]:
    """Words that are a key word in the genitive: "utbildningsnämndens", "fullmäktiges"."""
    bare_words = [w.strip(".,:;()") for w in words]
    return [k for k, w in enumerate(bare_words) if w.endswith("s") and pattern.search(fold(w[:-1]))]


def _name_line(text: str, fields: dict[str, object]) -> bool:
    """A short letterhead line naming the organisation ("Kiruna kommun", "Brf Lönnen 3") or the body
    ("Barn- och utbildningsnämnden", "Styrgruppen för Trygg i Kiruna")."""
    words = text.split()
    if words and _led_name(words, "") == text.strip(" .,;"):
        return fields.setdefault("organization", text.strip(" .,;")) == text.strip(" .,;")
    if not words or len(words) > H.MAX_NAME_WORDS or any(c.isdigit() for c in text) or not words[0][:1].isupper():
        return False
    parts = [p.strip() for p in text.split(",")]
    if (
        len(parts) > 1 and all(p[:1].isupper() for p in parts) and _TOP_ORG_WORDS.search(fold(parts[-1]))
        and _word_hits(" ".join(parts[:-1]).split(), _BODY_WORDS)
    ):
        # "Ledningsgrupp Stadsbyggnadsförvaltningen, Hallby kommun": the body, then its organisation
        # (a unit without a body word, "Vård- och omsorgsförvaltningen, Sandvikens kommun", stays whole)
        taken = [fields.setdefault(f, v) == v for f, v in (("organization", parts[-1]), ("body", ", ".join(parts[:-1])))]
        return any(taken)
    body, org = _word_hits(words, _BODY_WORDS), _word_hits(words, _ORG_WORDS)
    if body and org or not body and not org and _genitive_hits(words, _BODY_WORDS):
        return _phrases(text, fields)  # "Barn- och utbildningsnämndens" (protokoll): the body, in the genitive
    field = "body" if body else "organization" if org else None
    return bool(field) and fields.setdefault(field, text.strip(" .,")) == text.strip(" .,")


def _led_name(words: list[str], after: str) -> str | None:
    """An organisation opened by a lead word ("IK Stjärnan Hälsingtuna") and the capitalised words
    and places after it, read on into the next line when the lead ends this one."""
    for k, word in enumerate(words):
        if not _ORG_LEADS.match(fold(word.strip(".,:;()"))):
            continue
        run = _capitalised_run(words[k + 1 :] or after.split())
        if run:
            return " ".join([word, *run]).strip(" .,;")
    return None


def _capitalised_run(words: list[str]) -> list[str]:
    """The capitalised words a name goes on with, places included ("Solbacken i Västra Ryd"), and a
    number ending it ("Brf Lönnen 3")."""
    run: list[str] = []
    for n, w in enumerate(words[: H.MAX_NAME_WORDS]):
        low = w.lower()
        place = low in H.NAME_PLACE_WORDS and n + 1 < len(words) and words[n + 1][:1].isupper()
        number = w.isdigit() and run and n + 1 == len(words)
        small = low in H.PHRASE_STOP  # "... I LUND DEN 3 MARS" in capitals
        if not (place or number or w[:1].isupper() and not small and not _TITLES.search(fold(w))):
            break
        run.append(w)
    return run


def _phrases(text: str, fields: dict[str, object], after: str = "") -> bool:
    """Organisation and body named inside a sentence: the key word and the capitalised words before
    it, or an organisation's lead word and the name after it."""
    words = text.split()
    stop = {fold(w).lower() for w in H.PHRASE_STOP}
    found = False
    led = _led_name(words, after)
    if led and "organization" not in fields:
        fields["organization"] = led
        found = True
    taken: set[int] = set()  # the body's words: "nämnden för Förskola & Grundskola" names no organisation
    for field, pattern in (("body", _BODY_WORDS), ("organization", _ORG_WORDS)):
        hits = [h for h in _word_hits(words, pattern) if h not in taken]
        genitive = field == "body" and not hits
        if genitive:  # "Protokoll från Barn- och utbildningsnämndens sammanträde"
            hits = _genitive_hits(words, pattern)
        if not hits or field in fields:
            continue
        end = start = hits[0]
        while start:
            if words[start - 1] in _COORDINATORS and start >= 2 and words[start - 2][:1].isupper():
                start -= 1  # "Förskola & Grundskola arbetsutskott": an area in two words
            elif not (words[start - 1][:1].isupper() and fold(words[start - 1]).lower() not in stop
                      and not _TITLES.search(fold(words[start - 1]))):
                break
            start -= 1
        if field == "body":
            end += 0 if genitive else len(_body_purpose(words[end + 1 :]))
            taken = set(range(start, end + 1))
        named = words[start : end + 1]
        if genitive:
            named[-1] = named[-1].strip(".,:;()")[:-1]  # the body itself: "utbildningsnämnden"
        fields[field] = " ".join(named).strip(" .,;")
        found = True
    return found


def _body_purpose(words: list[str]) -> list[str]:
    """What a body is for, when it is not an organisation: "arbetsgruppen för Kulturnatten" (but
    "styrelsen för Sjöbo Hembygdsförening" is the board of that organisation)."""
    if not words or fold(words[0]).lower() not in _BODY_PURPOSE:
        return []
    run = _capitalised_run(words[1:])
    while run and len(words) > len(run) + 2 and words[len(run) + 1] in _COORDINATORS:
        more = _capitalised_run(words[len(run) + 2 :])  # "nämnden för Förskola & Grundskola": two areas
        if not more:
            break
        run += [words[len(run) + 1], *more]
    areas = any(w in _COORDINATORS for w in run)  # an organisation is one name, not two joined
    if not run or not areas and (_word_hits(run, _ORG_WORDS) or _led_name(run, "")):
        return []
    return words[: 1 + len(run)]
