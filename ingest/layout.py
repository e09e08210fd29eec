"""Columns in text without geometry, inferred from where runs of spaces put the cells.

Cover pages set lists side by side ("Ledamöter" beside "Tjänstgörande ersättare"), and a name that does not fit
its column wraps onto the next row of that column. A PDF text layer, pdftotext -layout and Markdown tables keep the
columns apart with runs of spaces, so the rows of such a block read across two lists at once. A block is read
down each column only when at least `MIN_ROWS` rows agree on where the second column starts: prose has no such
runs, and a block whose cells are labels (a label column beside its values) is left as it is, because there the
row, not the column, is the unit.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from ingest import headings as H
from ingest.glyphs import PARTY_MARK_READS, RULE_READS, party_marks

CELL_GAP = re.compile(r"\s{2,}|\t")
MIN_ROWS = 2
TOLERANCE = 1  # characters a column's start may wander, as proportional text laid out in spaces does
# ... and where a scan of such text is read, the second cell of a row may start this many characters off: the
# spaces that set it were as wide as the page's type, which the reading counts in characters
WANDER = 5
OVERFLOW_PUSH = 3  # characters a left cell running into the right column pushes that column's first word
SPECKS = RULE_READS + ":;.,'`"
RULE = re.compile(r"[\s.…_-]*[.…_]{4,}[\s.…_-]*")  # the lines signers write on ("........    ________")


# OCR widens a space inside a date or a clock time to two or three ("14 mars  2023", "kl  13.00-15.40"): no gap
# between cells, or a value's lines read down as columns come apart ("14 mars", "kl", "2023", "13.00-15.40")
_WHEN_BEFORE_GAP = re.compile(rf"(?:\b[0-3]?\d\s+(?:{H.MONTH_NAMES})\.?|\bkl\.?|\bklockan)$", re.I)
_WHEN_AFTER_GAP = re.compile(r"(?:19|20)\d\d\b|[012]?\d[.:]\d\d")
_WIDENED = 3


def cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a line, the cells being parted by two or more spaces or a tab."""
    out: list[tuple[int, str]] = []
    start = len(line) - len(line.lstrip())
    for gap in CELL_GAP.finditer(line, start):
        if gap.end() - gap.start() <= _WIDENED and _WHEN_AFTER_GAP.match(line, gap.end()) \
                and _WHEN_BEFORE_GAP.search(line, start, gap.start()):
            continue
        if gap.start() > start:
            out.append((start, line[start : gap.start()]))
        start = gap.end()
    if start < len(line.rstrip()):
        out.append((start, line[start:].rstrip()))
    return out


def _without_specks(row: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return [c for k, c in enumerate(row) if c[1].strip(SPECKS)
            and not (0 < k < len(row) - 1 and len(c[1]) == 1 and c[1].islower())]


def column_order(lines: list[str], is_label: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(line index, text) in reading order: a line read whole, or, in a two-column block, every cell of the left
    column before those of the right one. Blank lines inside a block are dropped; elsewhere the order is the
    lines' own."""
    # a rule or speck OCR read between or after the columns ("Ingrid Sjö (KD)   |   Violet Dunér (S)", "… (SD)   a   Kent
    # Åberg (V)") is no cell
    rows = [_name_joined(_marks_joined(_without_specks(cells(line)))) for line in lines]
    # a row of signature lines is drawn, not written: the names under it are a row of their own
    eligible = [len(row) <= 2 and not any(is_label(text) for _, text in row) and not RULE.fullmatch(line)
                and not (len(row) == 2 and row[0][1].endswith(":"))  # "Underskriftstjänst:   Visma …": a label's row
                for row, line in zip(rows, lines)]
    order: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        run = _run(rows, eligible, i)
        above = rows[i - 1] if i and order and order[-1][0] == i - 1 else []
        captioned = above[1][0] if len(above) == 2 and all(is_label(text) for _, text in above) else None
        block = _block(rows, run, captioned)
        if not block:
            # no later start inside a run with too few two-cell rows can make a block either
            skip = len(run) if sum(len(rows[k]) == 2 for k in run) < MIN_ROWS else 1
            order += [(k, lines[k]) for k in range(i, i + max(1, skip))]
            i += max(1, skip)
            continue
        end, boundary = block
        sides = [_sides(rows[k], boundary) for k in range(i, end)]
        numbers = [_NUMBER_CELL.match(rows[k][0][1]) for k in range(i, end) if len(rows[k]) == 2]
        described = [right[0][:1].islower() for _, right in sides if right]  # "Jonas Åkesson     kyrkoherde"
        titled = [left[0].lower().rstrip(":.") in _TITLES for left, _ in sides if left]  # "Kassör     Per Ek"
        if numbers and all(numbers) or described and all(described) or titled and all(titled):
            order += [(k, lines[k]) for k in range(i, end)]  # a numbered list, a members table: each entry whole
            i = end
            continue
        captions = _captions(rows[i - 1], boundary, is_label) if order and order[-1][0] == i - 1 else None
        if captions:
            order.pop()
        for side in (0, 1):
            order += [(i - 1, captions[side])] if captions else []
            order += [(k, text) for k, row in zip(range(i, end), sides) for text in row[side]]
        i = end
    return order


def labels_raised(lines: list[str], is_label: Callable[[str], bool], is_member: Callable[[str], bool]) -> list[str]:
    """The lines with a label set against the middle of its list moved to the list's first row, where a list's
    label stands: a Word table centres its cells vertically ("" / "      Anna Berg (S)" / "Beslutande    Bo Ek (M)" /
    "      Cia Lund (V)"). A label is raised over the lone value cells right above it, starting where its value
    starts, or lines that are one member of a list each (`is_member`: OCR sets a lone cell at the margin), when at
    least as many stand right under it and a blank line or no other row of values is above them: a value wrapped
    under the label of the row above ("Plats och tid   Stadshuset," / "      kl. 9-12") stays. A bare label that OCR
    read after the value beside it (Tesseract takes the value cell for a block of its own and gives it first: "" /
    "      Hanna Berg (S), Bo Ek (M)," / "Ersättare") is set before that value again."""
    lines = _labels_before_values(lines, is_label)
    out = list(lines)
    for i, line in enumerate(lines):
        row = cells(line)
        if len(row) != 2 or not is_label(row[0][1]) or is_label(row[1][1]):
            continue
        at = row[1][0]
        above = _lone_values(lines, range(i - 1, -1, -1), at, is_label, is_member)
        below = _lone_values(lines, range(i + 1, len(lines)), at, is_label, is_member)
        first = i - above
        top = first == 0 or not lines[first - 1].strip() or len(cells(lines[first - 1])) == 1
        if above and below >= above and top and _alike(lines[first:i], [row[1][1], *lines[i + 1 : i + 1 + below]]):
            out[first] = row[0][1].ljust(at) + lines[first].strip()
            out[i] = " " * at + row[1][1]
    return out


def _labels_before_values(lines: list[str], is_label: Callable[[str], bool]) -> list[str]:
    """A label alone at the margin right under a lone value cell that opens a block (a blank line or nothing above
    it) is that value's, when no value of its own stands under it at the value's column."""
    out = list(lines)
    for i in range(1, len(lines)):
        if not lines[i - 1].startswith(" ") or lines[i][:1] in " ":
            continue
        row, value = cells(lines[i]), cells(lines[i - 1])
        if len(row) != 1 or row[0][0] or not is_label(row[0][1]) or len(value) != 1 or not value[0][0]:
            continue
        at = value[0][0]
        under = next((cells(t) for t in lines[i + 1 :] if t.strip()), [])
        opens = i == 1 or not lines[i - 2].strip()
        if opens and not (len(under) == 1 and abs(under[0][0] - at) <= WANDER) and len(row[0][1]) < at:
            out[i - 1], out[i] = "", row[0][1].ljust(at) + value[0][1]  # on the label's line: what wraps under it follows
    return out


def _alike(above: list[str], rest: list[str]) -> bool:
    """One cell's list is of one kind: members with party marks above a label whose own names have none
    ("Dan Ohlin (C)" / "Övriga deltagare   Eva Pil, förvaltningschef") end the list above them, a blank line OCR set
    between."""
    def marked(text: str) -> bool:
        return bool(H.PARTY_MARK.search(party_marks(text)))

    return not (all(map(marked, above)) and not any(map(marked, rest)))


def _lone_values(lines: list[str], order: range, at: int, is_label: Callable[[str], bool],
                 is_member: Callable[[str], bool]) -> int:
    """How many lines in `order` from the first hold one cell that starts where a value column at `at` does, or
    one member of a list."""
    count = 0
    for k in order:
        row = cells(lines[k])
        lone = len(row) == 1 and abs(row[0][0] - at) <= WANDER or bool(row) and row[0][0] == 0 and is_member(lines[k])
        if not lone or is_label(row[0][1]):
            break
        count += 1
    return count


def _marks_joined(row: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A party mark OCR set a gap apart ("Violet Dunér  (V)") is the name's, not a column of its own."""
    out: list[tuple[int, str]] = []
    for offset, text in row:
        mark = party_marks(text) if len(text) <= PARTY_CELL_WIDTH else text
        if out and _PARTY_CELL.match(mark):
            out[-1] = (out[-1][0], f"{out[-1][1]} {mark}")
        else:
            out.append((offset, text))
    return out


def _name_joined(row: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A given name and a surname OCR set the least gap apart ("Mats  Dahl", a wide space counted in characters) are
    one name, not two columns of one word each."""
    if len(row) == 2 and _crowded(row) and all(_ONE_NAME.fullmatch(text) for _, text in row):
        return [(row[0][0], f"{row[0][1]} {row[1][1]}")]
    return row


_ONE_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?")
PARTY_CELL_WIDTH = 8  # the most characters a party mark's cell has, as OCR reads it: "i$SD):"
_PARTY_CELL = re.compile(rf"^\([A-ZÅÄÖ{re.escape(PARTY_MARK_READS)}]{{1,4}}\)(?:\s|$)")
# after a role or items ("ordförande", "§§ 44-48"), or a rule OCR read in the gap after a word or a party mark ("(M) — ",
# "Ordförande | "); its comma may be read as a full stop ("Thorbjörn Andersson. (SD)")
_PUSHED_NAME = re.compile(r"(?:(?<=[a-zåäö\d] )|(?<=[\w)] [—=|] ))(?<!\bför )(?<!ersätter )(?<!\boch )(?<!\bsamt )"
                          rf"(?P<name>[A-ZÅÄÖ][\w-]+ [A-ZÅÄÖ][\w-]+[,.]? \([A-ZÅÄÖ{re.escape(PARTY_MARK_READS)}]{{1,4}}\))")
_NUMBER_CELL = re.compile(r"^(?:§\s*)?\d{1,4}[.)]?$")
_TITLES = {t.rstrip(".") for t in H.NAME_TITLES}  # a role or title in a cell of its own before a name


def _captions(row: list[tuple[int, str]], boundary: int, is_label: Callable[[str], bool]) -> tuple[str, str] | None:
    """The row above a two-column block when it captions each column with a label ("Ledamöter    Ersättare"):
    each column's names go under their own label, not all under the last one."""
    if len(row) == 2 and abs(row[1][0] - boundary) <= TOLERANCE and all(is_label(text) for _, text in row):
        return row[0][1], row[1][1]
    return None


def _run(rows: list[list[tuple[int, str]]], eligible: list[bool], i: int) -> list[int]:
    """The rows from i that may form a block: one or two cells, no label, at most one blank row in a row."""
    run: list[int] = []
    k = i
    while k < len(rows) and eligible[k]:
        if not rows[k] and (not run or not rows[k - 1]):
            break
        run.append(k)
        k += 1
    return run


def _block(rows: list[list[tuple[int, str]]], run: list[int], captioned: int | None = None) -> tuple[int, int] | None:
    """(end, boundary) of a two-column block made of the start of `run`, or None. The boundary is where most
    two-cell rows of the run start their second cell; the block ends before a two-cell row with another boundary.
    Under a row of two column labels starting there (`captioned`), one two-cell row makes a block."""
    two_cells = [rows[k] for k in run if len(rows[k]) == 2]
    # a second cell two spaces after the first was pushed there by it (OCR counts a wide type in characters): the
    # column starts at or before it, so it sets the boundary only where no other row does
    starts = Counter(row[1][0] for row in two_cells if not _crowded(row)) or Counter(row[1][0] for row in two_cells)
    if not starts:
        # OCR closed every gap ("Hravn Forsne (M), ordförande Carry Kvarntun (M)"): where roles pushed the right
        # column's entries in two rows or more, the column starts a little before the first of them
        # (a row of one entry per column: a row naming more, or going on in lower case, is running text:
        # "…, Bo Ek (S) samt ersättaren Eva Al (C)", "ersättaren Eva Al (C) i stället för …")
        pushed = [offset + m for k in run for offset, text in rows[k]
                  if (m := next(_pushed_names(text), None)) and len(H.PARTY_MARK.findall(text)) <= 2
                  and not text[:1].islower()]
        if len(pushed) < MIN_ROWS:
            return None
        starts = Counter([min(pushed) - OVERFLOW_PUSH - 1])
    # the caption sets the column; in a scan each row's cell wanders about it, and set in spaces in a proportional
    # face, past it
    if captioned is not None and sum(n for s, n in starts.items() if s - captioned >= -WANDER) >= MIN_ROWS:
        boundary = captioned
    else:
        boundary = max(starts, key=lambda b: sum(n for s, n in starts.items() if abs(s - b) <= TOLERANCE))
    end, two = run[0], 0
    for k in run:
        row = rows[k]
        reach = OVERFLOW_PUSH + WANDER if len(row) == 2 and _crowded(row) else WANDER
        if boundary == captioned:
            # under captions the right column's cells may start far past its caption: spaces set them in a
            # proportional face, so a longer left cell pushes them further ("Ledamöter   Ersättare" over
            # "Anna Ek (S), ordförande      Nils Al (V)")
            reach = len(row[0][1]) if len(row) == 2 else reach
        if len(row) == 2 and not -WANDER <= row[1][0] - boundary <= reach:
            break
        two += len(row) == 2 or len(row) == 1 and _pushed(row[0], boundary) is not None
        end = k + 1 if row else end
    enough = 1 if captioned is not None and abs(captioned - boundary) <= TOLERANCE else MIN_ROWS
    return (end, boundary) if two >= enough else None


def _crowded(row: list[tuple[int, str]]) -> bool:
    """The row's second cell stands the least gap after the first."""
    return row[1][0] - row[0][0] - len(row[0][1]) <= 2


def _sides(row: list[tuple[int, str]], boundary: int) -> tuple[list[str], list[str]]:
    """The left and right text of one row. A left cell that runs up to the right column is parted from it by a
    single space only, and pushes the right cell's first word a little past the boundary; it is cut where a
    capitalised word (the right column's entry) starts at the boundary, and read whole on the left where none does."""
    if len(row) == 2 and row[0][0] < boundary - TOLERANCE:
        return [row[0][1]], [row[1][1]]  # the cell break parts the columns, wherever the second one starts
    left = [text for offset, text in row if offset < boundary - TOLERANCE]
    right = [text for offset, text in row if offset >= boundary - TOLERANCE]
    if len(row) == 1 and left and row[0][0] + len(left[0]) > boundary:
        offset, text = row[0]
        for word in re.finditer(r"(?<= )\S", text):
            start = offset + word.start()
            if boundary - TOLERANCE <= start <= boundary + OVERFLOW_PUSH and word.group().isupper():
                return [text[: word.start()].rstrip()], [text[word.start() :]]
        cut = _pushed(row[0], boundary)
        if cut is not None:
            return [text[:cut].rstrip()], [text[cut:]]
    return left, right


def _pushed(cell: tuple[int, str], boundary: int) -> int | None:
    """Where the right column's entry starts in a cell that a role at the left one's end pushed to or past the
    boundary: "Peter Wesley (KD), 1:e vice ordförande Nicklas Lundahl (M)"."""
    offset, text = cell
    return next((start for start in _pushed_names(text) if offset + start >= boundary - TOLERANCE), None)


def _pushed_names(text: str) -> Iterator[int]:
    """Where each entry pushed into a cell starts: after an entry ended by its party mark or comma, after a word in
    lower case or after a role ("Ordförande Anna Ek (S)"). After the capitalised words that open the cell it is the
    rest of a longer name: "Nguyen Thi Minh (MP)", "Patrik Jervne Henestam (S)"."""
    for m in _PUSHED_NAME.finditer(text):
        start = m.start("name")
        before, role = text[:start], H.ROLE_PREFIX.match(text)
        if not before.split()[-1][:1].isupper() or re.search(r"[,)]", before) or role and role.end() == start:
            yield start


# Wider than this many line heights, a gap between words parts two columns; a word space is a third of one.
COLUMN_GAP = 1.2


def spaced_lines(lines: list[list[tuple[float, float, float, str]]]) -> list[str]:
    """Lines of positioned words (left, right, height, text), written out with the columns a reader sees kept
    apart: where the gap between two words is a column gap, spaces carry the next word to the character column
    its position gives, so that rows of one page agree on where a column starts (what `column_order` reads).
    A line that starts where another line's second column does is indented to it. Ordinary word gaps stay one
    space, so prose reads exactly as before."""
    words = [w for line in lines for w in line if w[3]]
    if not words:
        return ["" for _ in lines]
    unit = sorted((r - left) / max(1, len(t)) for left, r, _, t in words)[len(words) // 2] or 1.0
    typical = sorted(h for _, _, h, _ in words)[len(words) // 2]
    edge = min(left for left, *_ in words)

    def column(x: float) -> int:
        return round((x - edge) / unit)

    gaps = [[k for k in range(1, len(line)) if line[k][0] - line[k - 1][1] > COLUMN_GAP * (line[k][2] or typical)]
            for line in lines]
    starts = {column(line[k][0]) for line, cut in zip(lines, gaps) for k in cut}
    out: list[str] = []
    for line, cut in zip(lines, gaps):
        if not line:
            out.append("")
            continue
        first = column(line[0][0])
        text = " " * first if any(abs(first - s) <= TOLERANCE for s in starts) else ""
        offset = len(text) - first  # string offset minus page column
        for k, (left, _, _, word) in enumerate(line):
            if k in cut:
                text += " " * max(2, column(left) + offset - len(text))
            elif k:
                text += " "
            text += word
        out.append(text)
    return out
