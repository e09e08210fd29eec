"""Repaired text → meeting header, numbered items and the lines that fit neither.

The segmenter is driven by the tables in `ingest.headings`; the code here only
knows the shape every Swedish minutes style shares: page furniture and a table
of contents to set aside, a run of numbered headings, a labelled header before
them, subheadings inside them, a signature block after them. Every non-empty
line ends up in exactly one place (a meeting field, an item, or `unassigned`),
so a reader can always find what the structure did not explain.

Item.text keeps the item's whole body verbatim (bullets and decision lines
included); `bullets` and `decisions` are structured views of the same lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest import headings as H
from ingest.decisions import grammar_decisions, is_decision
from ingest.glyphs import fold, folded
from ingest.layout import column_order
from ingest.models import PAGE_BREAK, Item, Meeting, Segmentation, Span

_DECISION_HEADING = folded(H.DECISION_HEADINGS)
_INLINE_DECISION = folded(H.INLINE_DECISION)
_CLOSING = folded(H.CLOSING)
_EMPTY_SECTION = folded(H.EMPTY_SECTION)
_NAME_ORG_TAIL = folded(H.NAME_ORG_TAIL)
_TITLES = folded(H.TITLES)
_REPLACES = folded(H.REPLACES)
_EXCEPT = folded(H.EXCEPT)
_ROLE_PREFIX = folded(H.ROLE_PREFIX)
_ROLE_FIELDS = {field: folded(p) for field, p in H.ROLE_FIELDS.items()}
_FOLLOW_UP = folded(H.FOLLOW_UP_LABELS)
_ELECTIONS = tuple((field, folded(p)) for field, p in H.ELECTIONS)
_WEEKDAYS = folded(H.WEEKDAYS)
_PLACE_AFTER_DATE = folded(H.PLACE_AFTER_DATE)
_PAGE_FURNITURE = tuple(folded(p) for p in H.PAGE_FURNITURE)
_ROLES_AFTER_NAME = folded(H.ROLES_AFTER_NAME)
_BODY_WORDS = folded(H.BODY_WORDS)
_ORG_WORDS = folded(H.ORG_WORDS)
_ORG_LEADS = folded(H.ORG_LEADS)
_TOP_ORG_WORDS = folded(H.TOP_ORG_WORDS)
_BODY_PURPOSE = {fold(w) for w in H.BODY_PURPOSE_WORDS}
_LABEL_FIELD = {fold(label).lower(): field for field, labels in H.FIELD_LABELS.items() for label in labels}
_LABEL = re.compile(
    r"^(?P<label>" + "|".join(re.escape(x) for x in sorted(_LABEL_FIELD, key=len, reverse=True)) + r")"
    r"(?:(?P<sep>\s*[:/]|\t|\s{2,})|\s+(?=\S)|$)\s*(?P<rest>.*)$",
    re.I,
)
_PRESENTER_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(fold(x)) for x in H.PRESENTER_LABELS) + r")\s*[:.]?\s*", re.I
)
_SECTION = {fold(name).lower(): key for key, names in H.SECTIONS.items() for name in names}
_SUBHEADINGS = {fold(x).lower() for x in H.OTHER_SUBHEADINGS}
_LABEL_START = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+)?\s*:\s")  # "Förslag: …", "Tid: …"
_REPLACES_AT_END = re.compile(rf"(?:\s{H.REPLACES_WORDS}|\)\s+för)$", re.I)
_WRAPPED_SURNAME = re.compile(rf"^[{H.UPPER}][^\W\d_]+(?:-[{H.UPPER}][^\W\d_]+)?\s*\([A-ZÅÄÖ]{{1,4}}\)")
_ATTENDED_ITEMS = re.compile(r"\s+(?:§|del av\b).*$")  # "Per Stenberg (M) §§ 84-93", "§ 21 - del av § 26 klockan 11.45"
_NOT_SERVING = folded(H.NOT_SERVING)
_TABLE_CAPTIONS = {fold(c).lower() for c in H.TABLE_CAPTIONS}
_PARTY_CELL = re.compile(r"^\(?[A-ZÅÄÖ]{1,4}\)?$")
_COORDINATORS = ("&", "och")
_OPEN_END_WORDS = {fold(w) for w in H.OPEN_END_WORDS}
_MORE_PARAGRAPHS = re.compile(r"(?:\s*(?:,|och|samt)\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*")
_CELL_BREAK = re.compile(r"\s{2,}|\t|[.…_]{4,}")
_ROMAN = {"I": 1, "V": 5, "X": 10}
_ROMAN_OCR = str.maketrans("il1", "III")
_CONTINUING = set(H.PERSON_LISTS) | {"place_time"}
_SIGNERS = {"chair", "secretary", "adjusters"}
EARLIEST_START_HOUR = 6
"""Meetings do not start in the small hours: such a start is a misread digit ("8.30" read as "3.30")."""


def _split(pattern: re.Pattern[str], text: str, maxsplit: int = 0) -> list[str]:
    """`pattern.split(text)` with the pattern matched diacritic-blind."""
    out, start = [], 0
    for n, m in enumerate(pattern.finditer(fold(text))):
        if maxsplit and n >= maxsplit:
            break
        out.append(text[start : m.start()])
        start = m.end()
    return out + [text[start:]]


def _sub(pattern: re.Pattern[str], text: str) -> str:
    """Blank out the matches of a diacritic-blind pattern, keeping the offsets of the rest."""
    folded = fold(text)
    for m in reversed(list(pattern.finditer(folded))):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def _presenter(text: str) -> str | None:
    """The names after a "Föredragande:" label, or None when the line has no such label."""
    m = _PRESENTER_LABEL.match(fold(text))
    return text[m.end() :] if m else None


def _bare(text: str) -> str:
    """The line without the specks OCR leaves at its ends ("Beslut |", "'Beslutsärenden", "Beslut :")."""
    return text.strip(H.OCR_SPECKS)


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    return " ".join(fold(_bare(text)).lower().split())  # column gaps are layout, not part of the words


@dataclass
class _Line:
    page: int
    text: str
    number: int = 1  # line of its page, 1-based, as printed (a line read by column keeps its own)


@dataclass
class _Heading:
    index: int
    kind: str
    n: int
    number: str
    rest: str
    like: float


def segment(text: str) -> Segmentation:
    raw = [(p, line) for p, page in enumerate(text.split(PAGE_BREAK), 1) for line in page.split("\n")]
    lines = [_Line(p, line.strip(), n) for p, page in enumerate(text.split(PAGE_BREAK), 1)
             for n, line in enumerate(page.split("\n"), 1)]
    furniture, page_numbers, toc, toc_numbers, span, headings = _layout(lines)
    first = headings[0].index if headings else len(lines)
    header = _by_column(raw[:first])
    if header != lines[:first]:
        lines = header + lines[first:]
        furniture, page_numbers, toc, toc_numbers, span, headings = _layout(lines)
    home: set[int] = set()  # lines placed in a meeting field, an item or a section; the rest is unassigned
    issues: list[str] = []

    skip = furniture | toc
    heading_at = {h.index: h for h in headings}
    furniture |= page_numbers - set(heading_at)
    skip |= furniture
    sections = _section_lines(lines, skip, heading_at)
    skip |= set(sections)

    first = headings[0].index if headings else len(lines)
    closing_start = _closing_start(lines, headings, skip)
    items = _items(lines, headings, skip, sections, closing_start, home)
    header_idx = [i for i in range(first) if i not in skip and lines[i].text]
    closing_idx = [i for i in range(closing_start, len(lines)) if i not in skip and lines[i].text]
    meeting = _meeting(lines, header_idx, closing_idx, sorted(furniture), home, issues)
    meeting = _from_items(meeting, items)
    meeting.sources = _sources(meeting, lines, header_idx + closing_idx + sorted(furniture))

    for i, key in sections.items():
        if any(item.section == key for item in items):
            home.add(i)

    if not items:
        issues.append("no numbered items found")
    _check_numbers(headings, span, toc_numbers, issues)
    unassigned = [line.text for i, line in enumerate(lines) if line.text and i not in home]
    return Segmentation(meeting=meeting, items=items, unassigned=unassigned, issues=issues)


def _layout(lines: list[_Line]):
    """Page furniture, table of contents, the numbered paragraph range and the chosen item headings."""
    furniture, page_numbers = _furniture(lines)
    toc, toc_numbers = _table_of_contents(lines, furniture | page_numbers)
    span = _paragraph_range(lines)
    headings = _choose_headings(lines, furniture | toc, span)
    return furniture, page_numbers, toc, toc_numbers, span, headings


def _by_column(raw: list[tuple[int, str]]) -> list[_Line]:
    """The header's lines with side-by-side lists read down each column (see ingest.layout), page by page."""
    out: list[_Line] = []
    for page in dict.fromkeys(p for p, _ in raw):
        texts = [t for p, t in raw if p == page]
        out += [_Line(page, t.strip(), k + 1) for k, t in column_order(texts, _label_cell)]
    return out


def _label_cell(text: str) -> bool:
    return bool(_LABEL.match(fold(_bare(text))) or _captions(text))


# ------------------------------------------------------------ page furniture


def _edges(lines: list[_Line]) -> dict[int, list[int]]:
    """Lines near a page's top or bottom, with their place: 0, 1, ... from the top, -1, -2, ... from the bottom."""
    by_page: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line.text:
            by_page.setdefault(line.page, []).append(i)
    edge: dict[int, list[int]] = {}
    for idx in by_page.values():
        for place, i in enumerate(idx[: H.FURNITURE_DEPTH]):
            edge.setdefault(i, []).append(place)
        for place, i in enumerate(reversed(idx[-H.FURNITURE_DEPTH :])):
            edge.setdefault(i, []).append(-1 - place)
    return edge


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", _key(text))


def _structural(text: str) -> bool:
    return bool(
        _item_readings(text) or _DECISION_HEADING.match(fold(_bare(text))) or _key(text) in _SUBHEADINGS
        or _key(text) in _SECTION
    )


def _furniture(lines: list[_Line]) -> tuple[set[int], set[int]]:
    """Running headers and footers: known phrases, plus lines repeated at the same place on
    at least half the pages (digits aside: "Sida 2", "Sida 3"); and, apart, bare numbers at a
    page edge, which are page numbers unless the heading sequence claims them."""
    edge = _edges(lines)
    out = {i for i, line in enumerate(lines) if line.text and any(p.match(fold(_bare(line.text))) for p in _PAGE_FURNITURE)}
    numbers = {i for i in edge if any(p.match(_bare(lines[i].text)) for p in H.PAGE_EDGE_FURNITURE)}
    pages = lines[-1].page if lines else 1
    pages_of: dict[tuple[int, str], set[int]] = {}
    for i, places in edge.items():
        if not _structural(lines[i].text):
            for place in places:
                pages_of.setdefault((place, _shape(lines[i].text)), set()).add(lines[i].page)
    need = max(2, pages // 2)
    out |= {
        i
        for i, places in edge.items()
        if any(len(pages_of.get((place, _shape(lines[i].text)), ())) >= need for place in places)
    }
    return out, numbers - out


def _table_of_contents(lines: list[_Line], furniture: set[int]) -> tuple[set[int], list[int]]:
    """Contents lists name the items without being them; their numbers check the count. A list
    runs from its heading over numbered entries, dot-leader lines and wrapped entries (a line
    going on in lower case, or ending in the page number), and stops where a number comes back."""
    toc_heads = {_key(x) for x in H.TOC_HEADINGS}
    out: set[int] = set()
    numbers: list[int] = []
    for i, line in enumerate(lines):
        if line.text and H.TOC_LEADER.search(line.text):
            out.add(i)
        if _key(line.text) not in toc_heads:
            continue
        entries: list[int] = []
        seen: set[int] = set()
        for j in range(i + 1, len(lines)):
            t = lines[j].text
            if lines[j].page != line.page:
                break
            if not t or j in furniture:
                continue
            readings = _item_readings(t)
            if readings and readings[0][1] in seen:
                break
            wrapped = entries and entries[-1] == j - 1 and (t[:1].islower() or re.search(r"\s\d{1,4}$", t))
            if readings:
                seen.add(readings[0][1])
            elif not (_leader(t) or wrapped):
                break
            entries.append(j)
        if entries:  # a heading "Dagordning" with prose under it is an item's subheading
            out.update([i, *entries])
    for i in sorted(out):
        readings = _item_readings(lines[i].text)
        if readings:
            numbers.append(readings[0][1])
    return out, numbers


def _leader(text: str) -> bool:
    """A contents entry's dot leader and page number, as printed or as OCR misreads the dots; the misread
    form is trusted only inside a contents list, where an entry is expected."""
    if H.TOC_LEADER.search(text):
        return True
    m = H.OCR_TOC_LEADER.search(text)
    if not m:
        return False
    run = m.group("run").replace(" ", "")
    smear = any(len(t) >= 6 and len(set(t)) <= 5 for t in m.group("run").split())
    return smear and len(run) >= H.TOC_LEADER_MIN_CHARS and len(set(run)) <= H.TOC_LEADER_MAX_DISTINCT


def _paragraph_range(lines: list[_Line]) -> tuple[int, int] | None:
    """The cover's "Paragrafer §§ 46-49", to the last of several ranges ("§§ 321-332, 334-338")."""
    for line in lines:
        m = H.PARAGRAPH_RANGE.search(line.text)
        if m and int(m.group(1)) <= int(m.group(2)):
            more = _MORE_PARAGRAPHS.match(line.text, m.end())
            last = max(int(n) for n in re.findall(r"\d+", more.group())) if more and more.group() else 0
            return int(m.group(1)), max(int(m.group(2)), last)
    return None


# ------------------------------------------------------------ item headings


def _roman(s: str) -> int:
    values = [_ROMAN[c] for c in s]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def _item_readings(text: str) -> list[tuple[str, int, str, str]]:
    """Every way the line could be an item heading: (kind, number, printed number, rest)."""
    out = []
    for kind, pattern in H.ITEM_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        raw, rest = m.group("num"), (m.group("rest") or "").strip()
        if kind == "roman":
            numeral = raw.translate(_ROMAN_OCR)
            out.append((kind, _roman(numeral), numeral, rest))
        elif kind in ("para", "ocr_para"):
            out.append((kind, int(raw), f"§ {int(raw)}", rest))
            glued = kind == "ocr_para" and m.group("second") and not m.group("gap")
            if glued and m.group("second").isdigit():  # "832": the "3" is the sign's or the number's
                whole = int(m.group("second") + raw)
                out.append((kind, whole, f"§ {whole}", rest))
        else:
            out.append((kind, int(raw), str(int(raw)), rest))
    return out


def _next_text(lines: list[_Line], i: int, skip: set[int]) -> str:
    for j in range(i + 1, min(i + 6, len(lines))):
        if lines[j].text and j not in skip:
            return lines[j].text
    return ""


def _likeness(lines: list[_Line], i: int, rest: str, skip: set[int]) -> float:
    """How much a candidate looks like a heading rather than a numbered line of prose."""
    score = 0.0
    if i == 0 or not lines[i - 1].text or lines[i - 1].page != lines[i].page or i - 1 in skip:
        score += 0.3
    if not rest or H.DNR.search(rest) or rest[0].isupper():
        score += 0.3
    if rest and len(rest.split()) <= 14 and not rest.endswith((",", ";")):
        score += 0.2
    following = _next_text(lines, i, skip)
    if _presenter(following) is not None or H.DNR.match(following):
        score += 0.2
    return score


def _choose_headings(lines: list[_Line], skip: set[int], span: tuple[int, int] | None) -> list[_Heading]:
    """The best-scoring numbered sequence: consecutive numbers, heading-like lines, within the cover's range."""
    candidates = [
        _Heading(i, kind, n, number, rest, _likeness(lines, i, rest, skip))
        for i, line in enumerate(lines)
        if line.text and i not in skip
        for kind, n, number, rest in _item_readings(line.text)
    ]
    paragraph_evidence = span is not None or any(
        c.kind == "para" or (c.kind == "ocr_para" and H.DNR.search(c.rest)) for c in candidates
    )
    # paragraphs may skip numbers (an extract); without a "§", a range or a Dnr to prove the
    # document numbers paragraphs, OCR'd "8 4." counts only in an unbroken run
    styles = (({"para", "ocr_para"}, 40 if paragraph_evidence else 1), ({"number"}, 3), ({"roman"}, 3), ({"bare"}, 1))
    # mötesanteckningar may number each section from 1 again
    section_words = [i for i, line in enumerate(lines) if i not in skip and _key(line.text) in _SECTION]
    best: list[_Heading] = []
    best_score = 0.0
    for kinds, max_gap in styles:
        restarts = section_words if "para" not in kinds else []
        chain, score = _best_chain([c for c in candidates if c.kind in kinds], span, max_gap, restarts)
        if kinds == {"bare"} and len(chain) < 2:
            continue
        if score > best_score:
            best, best_score = chain, score
    return best


def _best_chain(
    cands: list[_Heading], span: tuple[int, int] | None, max_gap: int, restarts: list[int]
) -> tuple[list[_Heading], float]:
    """Dynamic programme over the candidates in reading order: each step goes up by at most
    `max_gap` (a bonus for exactly one), or back to 1 after a line in `restarts` (a section word)."""
    if span:
        cands = [c for c in cands if span[0] <= c.n <= span[1]]
    score: list[float] = []
    back: list[int] = []
    for j, c in enumerate(cands):
        start = 0.5 if c.n == (span[0] if span else 1) else 0.0
        score.append(1 + c.like + start)
        back.append(-1)
        for k in range(j):
            p = cands[k]
            restart = c.n == 1 and any(p.index < r < c.index for r in restarts)
            if p.index >= c.index or not (0 < c.n - p.n <= max_gap or restart):
                continue
            total = score[k] + 1 + c.like + (0.5 if c.n == p.n + 1 else -0.4)
            if total > score[j]:
                score[j], back[j] = total, k
    if not cands:
        return [], 0.0
    j = max(range(len(cands)), key=lambda k: (score[k], -k))
    top = score[j]
    chain = []
    while j >= 0:
        chain.append(cands[j])
        j = back[j]
    return chain[::-1], top


def _section_lines(lines: list[_Line], skip: set[int], heading_at: dict[int, _Heading]) -> dict[int, str]:
    """A bare section word is a section only when what follows is an item, a section or "Inga ...";
    followed by prose it is a subheading inside an item."""
    out: dict[int, str] = {}
    for i in range(len(lines) - 1, -1, -1):
        key = _SECTION.get(_key(lines[i].text))
        if not key or i in skip or i in heading_at:
            continue
        for j in range(i + 1, len(lines)):
            t = lines[j].text
            if not t or j in skip:
                continue
            if j in heading_at or j in out or _EMPTY_SECTION.match(fold(t)):
                out[i] = key
            break
    return out


# ------------------------------------------------------------ items


def _closing_start(lines: list[_Line], headings: list[_Heading], skip: set[int]) -> int:
    """Where the signature block after the last item starts ("Vid protokollet", "Justeras"); len(lines) if none."""
    if not headings:
        return len(lines)
    after = [i for i in range(headings[-1].index + 2, len(lines)) if lines[i].text and i not in skip]
    return next((i for i in after if _CLOSING.match(fold(lines[i].text))), len(lines))


def _items(
    lines: list[_Line], headings: list[_Heading], skip: set[int], sections: dict[int, str], closing: int,
    home: set[int],
) -> list[Item]:
    items: list[Item] = []
    width = _line_width(lines)
    # an item ends at the next heading, section line or the signature block
    starts = sorted({h.index for h in headings[1:]} | set(sections) | {closing, len(lines)})
    ends = [next(x for x in starts if x > h.index) for h in headings]
    current_section = None
    section_points = sorted(sections.items())
    for h, end in zip(headings, ends):
        for i, key in section_points:
            if i < h.index:
                current_section = key
        body = [i for i in range(h.index + 1, end) if i not in skip and lines[i].text]
        last = lines[body[-1] if body else h.index]
        title, lead, dnr, presenters, taken = _heading_block(lines, h, body, width)
        body = body[taken:]
        broken, page_starts = _with_breaks(lines, body)
        body_lines = ([lead] if lead else []) + broken
        page_starts = {n + bool(lead) for n in page_starts}
        home.update(i for i in range(h.index, end) if i not in skip and lines[i].text)
        items.append(
            Item(
                number=h.number,
                title=title,
                section=current_section,
                presenters=presenters,
                text="\n".join(body_lines).strip("\n"),
                bullets=_bullets(body_lines),
                decisions=_decisions(body_lines, page_starts) or grammar_decisions(body_lines, _SUBHEADINGS),
                dnr=dnr,
                page=lines[h.index].page,
                span=Span(page=lines[h.index].page, line=lines[h.index].number, end_page=last.page,
                          end_line=last.number),
            )
        )
    return items


def _line_width(lines: list[_Line]) -> int:
    """The length of a full line of the document's text (90th percentile): a title shorter than most of that
    ended where it did; one near it may have wrapped."""
    lengths = sorted(len(" ".join(line.text.split())) for line in lines if line.text)  # column gaps aside
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _heading_block(lines: list[_Line], h: _Heading, body: list[int], width: int
                   ) -> tuple[str, str, str | None, list[str], int]:
    """Title, the text run on after it, Dnr and presenters, and how many body lines they took:
    "§ 48 Dnr BN 2023-002572" / title, or "§ 12 Title" / "Dnr ...", then "Föredragande: ..."."""
    rest, dnr, taken = h.rest, None, 0
    m = H.DNR.search(rest)
    if m:
        dnr = m.group("dnr").strip()
        rest = rest[: m.start()] + rest[m.end() :]
    rest = _bare(rest)  # "8 50 |": a table rule read by OCR is no title
    bare = H.BARE_DNR.search(rest) if dnr is None else None
    if bare and (bare.start() == 0 or re.search(r"\s{2,}$", rest[: bare.start()])):
        dnr, rest = bare.group("dnr"), rest[: bare.start()].strip()  # "§ 1      KS KF/2025:5"

    def next_line() -> str:
        return lines[body[taken]].text if taken < len(body) else ""

    first_line = lines[h.index].text
    if not rest:
        if dnr is None and H.DNR.match(next_line()):
            dnr, taken = H.DNR.match(next_line()).group("dnr").strip(), taken + 1
        if next_line() and _presenter(next_line()) is None and not _prose(next_line()):
            rest, first_line, taken = next_line(), next_line(), taken + 1
    title, lead = _split_title(rest)
    full = len(" ".join(first_line.split())) >= max(H.WRAPPED_TITLE_SHARE * width, H.WRAPPED_TITLE_MIN_CHARS)
    if title and (full or _open_end(title)) and not lead:
        more = _title_lines(lines, body, taken)
        title = " ".join([title, *(lines[body[taken + k]].text for k in range(more))]).rstrip(H.TITLE_END_SPECKS)
        taken += more
    while next_line()[:1].islower() and not lead and not title.endswith("."):
        title, taken = (title + " " + next_line()).rstrip(H.TITLE_END_SPECKS), taken + 1
    if dnr is None and H.DNR.match(next_line()):
        dnr, taken = H.DNR.match(next_line()).group("dnr").strip(), taken + 1
    elif dnr is None and H.BARE_DNR.fullmatch(next_line().strip()):
        dnr, taken = H.BARE_DNR.fullmatch(next_line().strip()).group("dnr"), taken + 1
    presenters: list[str] = []
    if _presenter(next_line()) is not None:
        names = _continued(lines, body[taken:])
        presenters = _names_only(_join_list([_presenter(next_line())] + [lines[k].text for k in names[1:]]))
        taken += len(names)
    return title, lead, dnr, presenters, taken


def _open_end(title: str) -> bool:
    """A title cut after a comma or a word that cannot end one ("… mellan", "… och") goes on below."""
    words = title.split()
    return title.endswith(",") or bool(words) and fold(words[-1]).lower() in _OPEN_END_WORDS


def _title_lines(lines: list[_Line], body: list[int], taken: int) -> int:
    """How many lines after a title's first line carry on the title: a title set over two or three lines is a
    short paragraph of its own, ended by a blank line or a subheading, with no sentence in it."""
    block: list[int] = []
    for k in range(taken, min(taken + H.MAX_TITLE_LINES, len(body))):
        i = body[k]
        prev = body[k - 1] if k else None
        if prev is not None and any(not lines[j].text for j in range(prev + 1, i)):
            break  # a blank line: the paragraph ended before this line
        if lines[i].page != lines[body[taken - 1] if taken else i].page:
            break
        block.append(i)
    if not block:
        return 0
    after = body[taken + len(block)] if taken + len(block) < len(body) else None
    blank_after = after is None or any(not lines[j].text for j in range(block[-1] + 1, after))
    if not (blank_after or (after is not None and _is_subheading(lines[after].text))):
        return 0
    for i in block:
        t = lines[i].text
        if (_prose(t) or _sentence_end(t) or t.rstrip().endswith(":") or _LABEL_START.match(t) or H.DNR.match(t)
                or _presenter(t) is not None or H.BULLET.match(t) or _item_readings(t) or _is_subheading(t)
                or is_decision(t) or len(t.split()) > H.MAX_TITLE_LINE_WORDS):
            return 0
    return len(block)


def _sentence_end(text: str) -> bool:
    """The line ends a sentence: a full stop that is not an abbreviation's ("m.fl.", "kl.")."""
    words = text.rstrip().split()
    return bool(words) and words[-1].endswith(".") and not _abbreviation(words[-1])


def _abbreviation(token: str) -> bool:
    token = token.strip("()").lower()
    return "." in token[:-1] or token in H.ABBREVIATIONS


def _prose(text: str) -> bool:
    """A sentence, not a title: a decision ("Beslöts att ...") or a long first sentence that ends
    on the line. Older minutes put only the number on the heading line and the text below it."""
    if _INLINE_DECISION.match(fold(text)):
        return True
    end = next((m for m in re.finditer(r"(?<=[^\s.]{2})\.(?:\s|$)", text)
                if not _abbreviation(text[: m.end()].split()[-1])), None)
    return bool(end) and len(text[: end.start()].split()) >= H.PROSE_MIN_WORDS


def _split_title(rest: str) -> tuple[str, str]:
    """Typewritten minutes run the text on after the title: "Mötets öppnande. Ordföranden hälsade ..."."""
    rest = rest.strip()
    m = re.search(r"(?<=[^\s.]{4})\.\s+(?=[A-ZÅÄÖ])", rest)
    if m:
        return rest[: m.start()].strip(), rest[m.end() :].strip()
    return rest.rstrip(H.TITLE_END_SPECKS), ""


def _with_breaks(lines: list[_Line], body: list[int]) -> tuple[list[str], set[int]]:
    """Body lines with one empty line where the source had a paragraph break, and the positions of the lines
    that open a page."""
    out: list[str] = []
    page_starts: set[int] = set()
    for n, i in enumerate(body):
        if n and lines[body[n - 1]].page != lines[i].page:
            # a page break is a paragraph break only where a sentence ended
            if lines[body[n - 1]].text.endswith((".", ":", "!", "?")) and lines[i].text[:1].isupper():
                out.append("")
            page_starts.add(len(out))
        elif n and any(not lines[k].text for k in range(body[n - 1] + 1, i)):
            out.append("")
        out.append(lines[i].text)
    return out, page_starts


def _bullets(body: list[str]) -> list[str]:
    out: list[str] = []
    open_bullet = False
    for t in body:
        m = H.BULLET.match(t)
        if m:
            out.append(m.group("body").strip())
            open_bullet = True
        elif t and open_bullet and not _is_subheading(t):
            out[-1] += " " + t
        else:
            open_bullet = False
    return out


def _is_subheading(t: str) -> bool:
    key = _key(t)
    return key in _SUBHEADINGS or key in _SECTION or bool(_DECISION_HEADING.match(fold(_bare(t))))


def _decisions(body: list[str], page_starts: set[int] = frozenset()) -> list[str]:
    """Paragraphs under a decision heading (up to the next subheading), and the paragraph a
    "Beslut: ..." / "Beslöts att ..." line opens; "att ...", "1. ..." clauses are one decision each.
    A decision's paragraphs run on over a page break whatever they say."""
    out: list[str] = []
    inside = inline = False
    fresh = True
    block_start = 0
    for n, t in enumerate(body):
        m = _INLINE_DECISION.match(fold(t))
        if m:
            out.append(t[m.start(1) :])
            inside, inline, fresh = True, True, False
            block_start = len(out)
            continue
        if _DECISION_HEADING.match(fold(_bare(t))):
            inside, inline, fresh = True, False, True
            block_start = len(out)
            continue
        if _key(t) in _SUBHEADINGS or _FOLLOW_UP.match(fold(t)):
            inside = False
            continue
        if not t:
            if inside and not fresh and out[-1][-1:].isalnum():
                continue  # a blank line inside a sentence is a scanning artefact, not a paragraph end
            fresh = True
            inside = inside and not inline
            continue
        if not inside:
            continue
        bullet = H.BULLET.match(t)
        clause = bullet.group("body") if bullet else t
        if (fresh and len(out) > block_start and n not in page_starts
                and not _decision_goes_on(out[-1], _paragraph(body, n), bool(bullet))):
            inside = False
            continue
        if fresh or bullet or H.DECISION_CLAUSE.match(clause):
            out.append(clause)
            fresh = False
        else:
            out[-1] += " " + clause
    return out


def _paragraph(body: list[str], n: int) -> str:
    end = body.index("", n) if "" in body[n:] else len(body)
    return " ".join(body[n:end])


def _decision_goes_on(previous: str, paragraph: str, bullet: bool) -> bool:
    """A later paragraph under a decision heading is still the decision when it is a clause, follows a lead that
    ends in a colon, or is itself a decision sentence; plain prose after it is the case's background."""
    return (bullet or previous.rstrip().endswith(":") or bool(H.DECISION_CLAUSE.match(paragraph))
            or is_decision(paragraph))


# ------------------------------------------------------------ people


def _continued(lines: list[_Line], idx: list[int]) -> list[int]:
    """A list value runs on over lines while the previous line leaves the list open."""
    taken = [idx[0]]
    for i in idx[1:]:
        if i != taken[-1] + 1 or _presenter(lines[i].text) is not None:
            break
        prev = lines[taken[-1]].text
        if not (prev.endswith((",", "&", "och", "samt")) or prev.count(",") >= 2 and len(lines[i].text.split()) <= 6):
            break
        taken.append(i)
    return taken


def _join_list(parts: list[str]) -> str:
    """Join wrapped list lines: a name cut at the line end ("Mats\nNilsson") is glued back together."""
    out = parts[0].strip() if parts else ""
    for before, part in zip(parts, parts[1:]):
        part = part.strip()
        tail = re.split(r"[,;&]", out)[-1].split()
        head = _clean_name(re.split(r"[,;&]", part)[0]).split()
        if out.endswith((",", ";", "&")) or out.endswith((" och", " samt")) or _REPLACES_AT_END.search(out):
            out += " " + part
        elif len(_split(_REPLACES, " ".join(tail))[-1].split()) == 1 and _WRAPPED_SURNAME.match(part):
            # "... ersätter Lars" / "Eriksson (S)"
            out += " " + part
        elif before.count(",") >= 2 and tail and len(tail) + len(head) <= 4 and H.NAME.match(" ".join(tail)):
            out += " " + part
        else:
            out += ", " + part
    return out


@dataclass
class _Person:
    name: str
    roles: set[str]
    serving: bool = True


def _people(value: str) -> tuple[list[_Person], list[str]]:
    """Names in a list as printed, with the fields their roles fill, and names marked as replaced (absent)."""
    people: list[_Person] = []
    replaced: list[str] = []
    present, *excepted = _split(_EXCEPT, value, maxsplit=1)
    if excepted:
        replaced += [p.name for p in _people(excepted[0])[0]]
    for row in present.split(", "):
        # a members table row: the name in the first cell, party and function in the others
        cells = [c for c in _CELL_BREAK.split(row) if c.strip()]
        if len(cells) > 1 and all(_key(c) in _TABLE_CAPTIONS for c in cells):
            continue
        if _member_row(row):
            serving = not any(_NOT_SERVING.search(fold(c)) for c in cells[1:])
            for person in _people(cells[0])[0]:
                people.append(_Person(person.name, person.roles | _role_fields(cells[-1]), serving))
            continue
        _read_people(row, people, replaced)
    if any(" " in p.name for p in people):
        # "Marie Eriksson, Kommunal, Lars Nyström, Vision": one word among full names is an organisation
        people = [p for p in people if " " in p.name]
    return people, replaced


def _read_people(present: str, people: list[_Person], replaced: list[str]) -> None:
    for frag in H.NAME_JOINERS.split(present):
        parts = _split(_REPLACES, frag)
        for n, part in enumerate(parts):
            roles: set[str] = set()
            for mark in re.findall(r"\(([^)]*)\)", part):  # "Marie Krantz (sekr.)", "Ulrika Pekkari (ordf.)"
                roles |= _role_fields(mark)
            prefix = _ROLE_PREFIX.match(fold(part))
            if prefix:
                role = part[: prefix.end("role")]
                if people and _ROLES_AFTER_NAME.match(fold(_bare(role))):
                    people[-1].roles |= _role_fields(role)
                else:
                    roles |= _role_fields(role)
                part = part[prefix.end() :]
            name = _clean_name(part)
            tail = H.ROLE_TAIL.match(name)
            if tail and " " in tail.group("name"):  # "Hela personalgruppen" is prose, not a name
                roles |= _role_fields(tail.group("role"))
                name = tail.group("name")
            if name and name.isupper() and len(name) <= 6:
                continue
            if name and H.NAME.match(name):
                for chunk in _split_long(name):
                    if n:
                        replaced.append(chunk)
                    else:
                        people.append(_Person(chunk, set(roles)))
            elif people and part.strip():
                people[-1].roles |= _role_fields(part)
                people[-1].serving = people[-1].serving and not _NOT_SERVING.search(fold(part))


def _role_fields(text: str) -> set[str]:
    words = " ".join(_bare(text).lower().split())
    return {f for f, p in _ROLE_FIELDS.items() if p.match(fold(words))}


def _clean_name(part: str) -> str:
    part = re.sub(r"\([^)]*\)?", " ", part)
    attended = _ATTENDED_ITEMS.sub("", part)
    if len(attended.split()) > 1 and H.NAME.match(" ".join(attended.split())):  # "Paragrafer §§ 46-49" is a label
        part = attended
    previous = None
    while previous != part:
        previous = part = part.strip(H.OCR_SPECKS)  # "Mikael Persson (SD) —": a speck hides the party
        tail = _NAME_ORG_TAIL.search(fold(part))
        part = part[: tail.start()] if tail else part
    return " ".join(part.split())


def _split_long(name: str) -> list[str]:
    """Signature lines put two names side by side: four capitalised words are two people."""
    words = name.split()
    if len(words) >= 4 and len(words) % 2 == 0 and all(w[0].isupper() for w in words):
        return [" ".join(words[k : k + 2]) for k in range(0, len(words), 2)]
    return [name]


def _names_only(value: str) -> list[str]:
    return _unique(p.name for p in _people(value)[0])


def _unique(names) -> list[str]:
    out: list[str] = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


# ------------------------------------------------------------ meeting header


def _labelled(text: str) -> list[tuple[str, str, bool]]:
    """(field, value, descriptive) for each label in a line; table rows may hold several."""
    out: list[tuple[str, str, bool]] = []
    if _member_row(text):
        return out
    for cell in _CELL_BREAK.split(text):
        cell = _bare(cell)
        while cell:
            m = _LABEL.match(fold(cell))
            if not m:
                if out and cell:
                    field, value, desc = out[-1]
                    out[-1] = (field, (value + " " + cell).strip(), desc)
                break
            field = _LABEL_FIELD[m.group("label").lower()]
            rest = cell[m.start("rest") :].strip()
            qualified = re.match(r"^[a-zåäö][\w -]{0,40}?:\s*", rest)  # "Närvarande arbetsgivare: ..."
            if not m.group("sep") and qualified:
                rest = rest[qualified.end() :]
            descriptive = not m.group("sep") and not qualified and rest[:1].islower() and field in _CONTINUING
            if field == "ignored" and _LABEL.match(fold(rest)):
                out.append((field, "", False))  # "Underskrifter Sekreterare": read on
                cell = rest
            else:
                out.append((field, "" if descriptive else rest, descriptive))
                cell = ""
    return out


def _member_row(text: str) -> bool:
    """A row of a members table, "Hanna Lindvall     S     Ordförande": a full name, then party and function
    cells; the function names a role, it does not label a value."""
    cells = [c for c in _CELL_BREAK.split(text) if c.strip()]
    return len(cells) > 1 and " " in cells[0].strip() and not _LABEL.match(fold(_bare(cells[0]))) and bool(
        H.NAME.match(_clean_name(cells[0]))) and any(_role_fields(c) or _PARTY_CELL.match(c) for c in cells[1:])


def _captions(text: str) -> list[str]:
    """The fields a signature caption row names ("Ordförande      Justerare", "Sekr."), or []."""
    cells = [c for c in _CELL_BREAK.split(text) if _bare(c)]
    if len(cells) == 1:
        cells = text.split()
    fields = [_LABEL_FIELD.get(_key(c)) for c in cells]
    return fields if all(f in _SIGNERS for f in fields) else []


def _caption_row(lines: list[_Line], idx: list[int], pos: int) -> bool:
    """The line at idx[pos] captions the names above it: on their page, and not a label whose
    names follow below ("Justeras" / "Maria Holm    Jakob Strand")."""
    i = idx[pos]
    if lines[i].page != lines[i - 1].page:
        return False
    after = idx[pos + 1] if pos + 1 < len(idx) else None
    return after is None or bool(_labelled(lines[after].text)) or not _people(lines[after].text)[0]


def _split_label(text: str, below: str) -> str | None:
    """A cover label broken over two lines, as the line reads with it whole: "Justeringens" /
    "plats och tid Kommunkansliet, 2024-10-03", or, with the value beside the label's first words,
    "Justeringens      Kommunkansliet, 2024-10-03" / "plats och tid", also where those first words are a shorter
    label themselves ("Plats och tid för   Stadshuset" / "sammanträdet")."""
    words, below = text.split(), _bare(below)
    for k in range(1, min(H.LABEL_FIRST_LINE_WORDS, len(words)) + 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        m = _LABEL.match(fold(f"{head} {below}"))
        if not m or len(m.group("label")) <= len(head):
            continue
        shorter = _LABEL.match(fold(head))  # "Plats och tid" in "Plats och tid för" / "sammanträdet"
        if shorter and len(shorter.group("label")) >= len(m.group("label")):
            continue
        if not tail:
            return f"{head} {below}"
        if m.group("label")[len(head) + 1 :].lower() == fold(below).lower():
            return f"{head} {below}   {tail}"
    return None


def _read_fields(
    lines: list[_Line], idx: list[int], signatures: bool = False
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
        whole = _split_label(t, lines[below].text) if below is not None else None
        if whole:
            cells = _labelled(whole)
            consumed.add(below)
        if signatures and not cells and below is not None and _caption_row(lines, idx, pos + 1):
            captions, names = _captions(lines[below].text), _people(t)[0]
            if captions and len(captions) == len(names):
                groups += [(field, [(i, p.name), (below, "")]) for field, p in zip(captions, names)]
                consumed.add(below)
                open_group, waiting = None, False
                continue
        if cells:
            for field, value, desc in cells:
                groups.append((field, [(-1 if desc else i, value)] + ([(below, "")] if whole else [])))
            if all(desc for _, _, desc in cells):  # "Extra deltagare under ...": the description stays unassigned
                free.append(i)
            # a table row "Underskrifter Sekreterare ..... Paragrafer §§ 46-49": the value below
            # belongs to the label that had none
            pending = [n for n, (field, value, _) in enumerate(cells) if not value and field != "ignored"]
            pick = pending[-1] if pending else len(cells) - 1
            open_group, waiting = groups[len(groups) - len(cells) + pick], bool(pending)
            continue
        if open_group and (waiting or open_group[0] in _CONTINUING) and not _CLOSING.match(fold(t)):
            open_group[1].append((i, t))
            waiting = False
            continue
        open_group = None
        free.append(i)
    return groups, free


def _list_goes_on(lines: list[_Line], prev: int, i: int) -> bool:
    """PDF text puts a blank line between every line ("Mikael" / "" / "Östberg, Helena Grahn"),
    and OCR one between the rows of a member table: a list cut mid-way, or a row of members
    with party marks after another, goes on over one blank line."""
    before, t = lines[prev].text, lines[i].text
    open_end = before.endswith(",") or before.count(",") >= 2 and not before.endswith((".", ")")) and "," in t
    scope = bool(re.match(r"(?:§|\d)", before))  # "137, 163-164": the items the member above attended
    members = bool((H.PARTY_MARK.search(before) or scope) and H.PARTY_MARK.search(t))
    return i - prev == 2 and (open_end or members) and _key(t) not in _SECTION


def _meeting(
    lines: list[_Line], header: list[int], closing: list[int], furniture: list[int], home: set[int], issues: list[str]
) -> Meeting:
    groups, free = _read_fields(lines, header)
    closing_groups, closing_free = _read_fields(lines, closing, signatures=True)
    fields: dict[str, object] = {}
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
        value = _join_list(texts) if field in H.PERSON_LISTS else " ".join(texts)
        found = False
        if field in H.PERSON_LISTS or field in roles:
            persons, replaced = _people(value)
            absent_extra += replaced
            found = bool(persons or replaced)
            for person in persons:
                if field in H.PERSON_LISTS:
                    people["guests" if field == "participants" and not person.serving else field].append(person.name)
                if field in roles:
                    labelled[field].append(person.name)
                for role in person.roles - {field}:
                    roles[role].append(person.name)
        elif field in ("place_time", "location", "date", "time"):
            found = _when_where(value, field, fields, dates)
        else:
            found = fields.setdefault(field, value) == value
        if found:  # a label whose value gave nothing ("Närvarande: 23 medlemmar") stays unassigned
            home.update(i for i, _ in group if i >= 0)

    for i in free + closing_free:
        _free_line(lines[i].text, i, fields, dates, home, lines[i + 1].text if i + 1 < len(lines) else "")
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
        fields["date"] = date
        if where is not None and date:
            home.add(where)
    if not fields.get("date") and "meeting date lacks a year" not in issues:
        issues.append("meeting date missing")
    start = fields.get("start_time")
    if start and int(start[:2]) < EARLIEST_START_HOUR:
        issues.append(f"meeting start time {start} is before {EARLIEST_START_HOUR:02d}:00, probably misread: left out")
        del fields["start_time"]

    return Meeting(
        organization=fields.get("organization"),
        body=fields.get("body"),
        title=fields.get("title"),
        date=fields.get("date"),
        start_time=fields.get("start_time"),
        end_time=fields.get("end_time"),
        location=fields.get("location"),
        participants=_unique(people["participants"]),
        guests=_unique(people["guests"]),
        absent=_unique(people["absent"] + absent_extra),
        chair=(labelled["chair"] + roles["chair"] or [None])[0],
        secretary=(labelled["secretary"] + roles["secretary"] or [None])[0],
        adjusters=_unique(people["adjusters"]),
    )


def _sources(meeting: Meeting, lines: list[_Line], first_look: list[int]) -> dict[str, Span]:
    """The line that prints each field's value: looked for in the header, the signature block and the running
    headers first, then everywhere (an election in an item). A date or time is found by what it reads as,
    since it is printed in another form ("14 maj 2024", "kl. 9.00")."""
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
            keys[i] = _key(text)
        return _key(value) in keys[i]

    out: dict[str, Span] = {}
    for field, value in meeting.model_dump(exclude={"sources"}).items():
        value = value[0] if isinstance(value, list) and value else value
        if not value:
            continue
        at = next((i for i in order if prints(i, field, value)), None)
        if at is not None:
            line = lines[at]
            out[field] = Span(page=line.page, line=line.number, end_page=line.page, end_line=line.number)
    return out


def _from_items(meeting: Meeting, items: list[Item]) -> Meeting:
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
                names = _names_only(text[m.start("names") : m.end("names")])
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


def _all_dates(lines: list[_Line], idx: list[int]) -> list[str]:
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
            place = _sub(pattern, place)
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
    cells = [c for c in _CELL_BREAK.split(clean) if c.strip()]
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
            clean = _sub(pattern, clean)
        used = _name_line(" ".join(clean.split()).strip(" ,"), fields) or used
    if used and i is not None:
        home.add(i)


def _caption_cell(cell: str) -> bool:
    m = _LABEL.match(fold(_bare(cell)))
    return bool(m) and not m.group("rest").strip()


def _word_hits(words: list[str], pattern: re.Pattern[str]) -> list[int]:
    return [k for k, w in enumerate(words) if pattern.search(fold(w.strip(".,:;()")))]


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
    if body and org:
        return _phrases(text, fields)
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
            end += len(_body_purpose(words[end + 1 :]))
            taken = set(range(start, end + 1))
        fields[field] = " ".join(words[start : end + 1]).strip(" .,;")
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


# ------------------------------------------------------------ checks


def _check_numbers(
    headings: list[_Heading], span: tuple[int, int] | None, toc: list[int], issues: list[str]
) -> None:
    numbers = [h.n for h in headings]
    for a, b in zip(numbers, numbers[1:]):
        if b != a + 1 and b != 1:
            issues.append(f"item numbers jump from {a} to {b}")
    if span and numbers and (numbers[0], numbers[-1], len(numbers)) != (span[0], span[1], span[1] - span[0] + 1):
        issues.append(f"cover lists §§ {span[0]}-{span[1]} but {len(numbers)} items were found")
    if toc and len(toc) != len(numbers):
        issues.append(f"contents list names {len(toc)} items but {len(numbers)} were found")
