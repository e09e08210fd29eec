"""Markdown minutes → the plain lines a printed page would show, so that headings, labels and tables read as they
do in every other input kind.

Modern organisations keep minutes as Markdown ("## 1. Mötets öppnande", "**Närvarande:** …", pipe tables), and
converters turn published PDFs into it. The markup is typography, not text: "## § 58 Title" is the heading
"§ 58 Title", "**Datum**" the label "Datum". Each construct is undone by one small named function, in the order of
`FIXES`; the segmenter then sees the same lines it sees in a text file. YAML front matter is the file's metadata,
not the minutes, and is set aside.
"""
from __future__ import annotations

import re
from itertools import zip_longest

from ingest import headings as H

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[^\n]*\n){0,60}?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_FRONT_MATTER_KEY = re.compile(r"^[\w-]+[ \t]*:", re.MULTILINE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_OTHER_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?$")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_BARE_SIGN = re.compile(r"^([ \t]{0,3}#{1,6}[ \t]+(?:[A-ZÅÄÖ]{1,6}[ \t]+)?§)[ \t]+(?=\D)(.*?)[ \t]*$")
"""A heading "RSAU § Val av justerare 112": the § without its number, which stands later on the line."""
_SIGN_NUMBER = re.compile(r"§[ \t]*(\d{1,4})\b")
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$", re.MULTILINE)
"""A thematic break, or the underline of a setext heading ("Protokoll" over "=========")."""
_LISTED_HEADING = re.compile(r"^[ \t]{0,3}[-*+][ \t]+(?=#{1,6}[ \t]|(\*\*|__)[^*_\n]+\1[ \t]*$)", re.MULTILINE)
"""A converter's list mark before a heading or a line that is wholly bold: "- ## § 120", "- **Beslut**"."""
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRONG_RUNS = re.compile(r"(?<=\S)\*\*[ \t]+\*\*(?=(\S))")  # two bold runs a space apart on one line
_LEAD_LABEL = re.compile(r"^([ \t]*)(\*\*|__)((?:[^\s*_:.;]+[ \t]){0,3}[^\s*_:.;]+)\2[ \t]+(?=[^\s*_])", re.MULTILINE)
"""A short bold run that opens a line and text after it, no colon between: "**Beslut** Motionen avslås."."""
_WRAPPED_LABEL = re.compile(r"^([ \t]*\*\*[^*\n]+)\*\*([^\n]*)\n[ \t]*\*\*([a-zåäö][^*\n]*)\*\*[ \t]*$", re.MULTILINE)
"""A bold label wrapped in its narrow column, its value beside the first line: "**Utses att** Anna Ek" / "**justera**"."""
_BOLD_PART = re.compile(r"\*\*([^*]+)\*\*")
_EMPTY_STRONG = re.compile(r"\*\*\s*\*\*|\*{2,}(?=\s|$)")
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_CODE = re.compile(r"`([^`]*)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_ORDERED_ITEM = re.compile(r"^([ \t]{0,3})(\d{1,9})([.)])(?=[ \t]|$)")
_LIST_BREAKER = re.compile(r"^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]|\|)")
_PLACEHOLDER = re.compile(r"Col\d+")
"""pymupdf4llm's name for a header cell it found empty ("|Beslutande|Col2|Col3|"): no text of the page."""
_MARKUP = re.compile(r"<br\s*/?>|[*_#|\s]")
WRAPPED_RUN = 45
"""Letters of a bold run that fills a line of a heading, as a title that wraps does; a letterhead's cells are shorter."""
CELL_GAP = "    "
"""Table cells side by side, as a text layer gives columns: the segmenter reads two or more spaces as a cell break."""


def front_matter(text: str) -> str:
    match = _FRONT_MATTER.match(text)
    if match and _FRONT_MATTER_KEY.search(match.group(0)):
        return text[match.end() :]
    return text


def html_comments(text: str) -> str:
    return _HTML_COMMENT.sub("", text)


def _cells(row: str) -> list[str]:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip() for c in re.split(r"(?<!\\)\|", inner)]


def _key(line: str) -> str:
    """A line's printed letters without markup or spacing: a table row and its loose copy have the same key."""
    if _TABLE_RULE.match(line):
        return ""
    return _MARKUP.sub("", _PLACEHOLDER.sub("", line) if _TABLE_ROW.match(line) else line).casefold()


def _table_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) of each run of pipe-table rows and rule rows."""
    blocks, start = [], None
    for k, line in enumerate([*lines, ""]):
        row = bool(_TABLE_ROW.match(line) or _TABLE_RULE.match(line) and "|" in line)
        if row and start is None:
            start = k
        elif not row and start is not None:
            blocks.append((start, k))
            start = None
    return blocks


def _loose_copy(lines: list[str], first: int, end: int) -> tuple[int, int] | None:
    """The lines above a table, on its page, that print the same cells in the same order: the longest run of
    consecutive lines (blank ones aside) whose keys spell the table's key from its start, if it covers nearly
    all of it."""
    table = "".join(_key(line) for line in lines[first:end])
    page = next((k + 1 for k in range(first - 1, -1, -1) if _RULE.match(lines[k])), 0)
    best = None
    for start in range(page, first):
        if not _key(lines[start]):
            continue
        spelled, last = "", None
        for k in range(start, first):
            key = _key(lines[k])
            if not key:
                continue
            if not table.startswith(spelled + key) or _TABLE_ROW.match(lines[k]):
                break
            spelled, last = spelled + key, k
        if last is not None and len(spelled) >= 0.9 * len(table) and (best is None or last - start > best[1] - best[0]):
            best = (start, last + 1)
    return best


def repeated_tables(text: str) -> str:
    """pymupdf4llm writes a ruled table twice: its cells as loose lines where the table stands ("Namn Parti
    Funktion", "Anna Ek S Ledamot"), then, further down the page, as a pipe table. The pipe table keeps the
    columns, the loose copy the place in the reading order: the table is set where its copy was, once."""
    lines = text.split("\n")
    moves = {}  # first line of a loose copy → (its end, the table's lines)
    moved: set[int] = set()
    for first, end in _table_blocks(lines):
        copy = _loose_copy(lines, first, end) if len(_key("".join(lines[first:end]))) >= 20 else None
        if copy and not any(k in moved for k in range(*copy)):
            moves[copy[0]] = (copy[1], ["", *lines[first:end], ""])
            moved.update(range(first, end))
    out, k = [], 0
    while k < len(lines):
        if k in moves:
            out += moves[k][1]
            k = moves[k][0]
            continue
        if k not in moved:
            out.append(lines[k])
        k += 1
    return "\n".join(out)


def tables(text: str) -> str:
    """A table is set as a printed one is: each column as wide as its widest cell, so that a cell starts where its
    column does (an empty cell leaves its column blank), and a cell broken with <br> over several lines is set as
    a column, its k-th line beside the other cells' k-th lines. Rule rows and empty rows go."""
    out: list[str] = []
    block: list[list[list[str]]] = []  # the rows of the table being read: cells, each a list of lines
    for line in [*text.split("\n"), None]:
        if line is not None and _TABLE_RULE.match(line) and "-" in line:
            continue
        if line is not None and _TABLE_ROW.match(line):
            cells = [("" if not block and _PLACEHOLDER.fullmatch(cell) else cell) for cell in _cells(line)]
            block.append([[_printed(part) for part in _unwrapped(_LINE_BREAK_TAG.split(cell))] for cell in cells])
            continue
        out += _set_table(block)
        block = []
        if line is not None:
            out.append(line)
    return "\n".join(out)


def _unwrapped(parts: list[str]) -> list[str]:
    """A bold caption its cell broke over lines ("**Utses att**<br>**justera**") is one label: each later part a
    bold run in lower case goes on the line before."""
    out: list[str] = []
    for part in parts:
        bold = _BOLD_PART.fullmatch(part.strip())
        before = _BOLD_PART.fullmatch(out[-1].strip()) if out else None
        if before and bold and bold.group(1)[:1].islower():
            out[-1] = f"**{before.group(1)} {bold.group(1)}**"
        else:
            out.append(part)
    return out


def wrapped_labels(text: str) -> str:
    """The same caption as loose lines: its second line, a bold run in lower case alone on the next line, goes
    back into the label ("**Utses att** Anna Ek" / "**justera**" → "**Utses att justera** Anna Ek")."""
    joined = None
    while joined != text:  # a label wrapped over three lines ("**Ej**" / "**tjänstgörande**" / "**ersättare**")
        joined, text = text, _WRAPPED_LABEL.sub(lambda m: f"{m.group(1)} {m.group(3)}**{m.group(2)}", text)
    return text


def _printed(part: str) -> str:
    """A cell's text as printed, its inline markup gone, so that a column is as wide as its widest printed cell:
    a converter bolds the captions ("|**Närvarande**|**Frånvarande**|"), and the marks are no width on the page."""
    for fix in (html_tags, emphasis, links):
        part = fix(part)
    return part.strip()


def set_rows(rows: list[str]) -> list[str] | None:
    """Rows of a table typed with bars in a text file, set as a Markdown table is, a line each; None where a row
    has nothing to print (the lines would no longer be the file's)."""
    lines = _set_table([[[_printed(cell)] for cell in _cells(row)] for row in rows])
    return lines if len(lines) == len(rows) else None


def is_rule_row(line: str) -> bool:
    return bool(_TABLE_RULE.match(line)) and "-" in line


def _set_table(rows: list[list[list[str]]]) -> list[str]:
    widths: dict[int, int] = {}
    for row in rows:
        for k, cell in enumerate(row):
            widths[k] = max(widths.get(k, 0), *(len(part) for part in cell))
    lines = []
    for row in rows:
        for parts in zip_longest(*row, fillvalue=""):
            cells = [p.ljust(widths[k]) if p or any(parts[k + 1 :]) else p for k, p in enumerate(parts)]
            line = CELL_GAP.join(c for k, c in enumerate(cells) if c or any(parts[k + 1 :]) and widths[k]).rstrip()
            if line.strip():
                lines.append(line)
    return lines


def line_breaks(text: str) -> str:
    return _LINE_BREAK_TAG.sub("\n", text)


def html_tags(text: str) -> str:
    return _OTHER_TAG.sub("", text)


def listed_headings(text: str) -> str:
    return _LISTED_HEADING.sub("", text)


def displaced_numbers(text: str) -> str:
    """A narrow number column wraps "RSAU § 112" after the §, and pymupdf4llm reads its lines across both columns:
    "RSAU § <title> 112 <title's or dnr's line>". The number is the word that goes on from the § before (or, with
    no such word, the one that ends the line); it goes back after its §, a dnr after it to a line of its own."""
    lines, last = text.split("\n"), None
    for k, line in enumerate(lines):
        bare = _BARE_SIGN.match(line)
        if bare:
            words = bare.group(2).split()
            at = _displaced(words, last)
            if at is not None:
                title, rest = " ".join(words[:at]), words[at + 1 :]
                dnr = bool(rest) and bool(H.DNR.match(" ".join(rest)))
                lines[k] = " ".join([bare.group(1), words[at], title, *([] if dnr else rest)])
                lines[k] += "\n" + " ".join(rest) if dnr else ""
        numbers = _SIGN_NUMBER.findall(lines[k])
        last = int(numbers[-1]) if numbers else last
    return "\n".join(lines)


def _displaced(words: list[str], last: int | None) -> int | None:
    """Where the §'s number stands among the heading's words: the next in sequence, else the last word if a number."""
    numbers = [n for n, w in enumerate(words) if n and re.fullmatch(r"\d{1,4}", w)]
    following = [n for n in numbers if last is not None and int(words[n]) == last + 1]
    if following:
        return following[0]
    return numbers[-1] if numbers and numbers[-1] == len(words) - 1 else None


def lazy_numbers(text: str) -> str:
    """An ordered list typed with "1." before every item, as Markdown lets a writer do: it shows its items
    numbered in turn from the first (CommonMark), so the minutes read "1.", "2.", "3.". A list numbered any other way
    keeps its numbers as typed: a converter's copy of a printed page holds the page's own."""
    lines = text.split("\n")
    for items in _ordered_lists(lines):
        typed = {_ORDERED_ITEM.match(lines[k])[2] for k in items}
        if len(items) > 1 and len(typed) == 1:
            first = int(typed.pop())
            for n, k in enumerate(items):
                m = _ORDERED_ITEM.match(lines[k])
                lines[k] = f"{m[1]}{first + n}{lines[k][m.end(2) :]}"
    return "\n".join(lines)


def _ordered_lists(lines: list[str]) -> list[list[int]]:
    """The item lines of each ordered list: items go on over blank lines, lines indented under the item's text and
    lines that run on from the line above (lazy continuation); a line at the margin after a blank line, a heading,
    a table, a bullet or another delimiter ends the list."""
    lists: list[list[int]] = []
    items: list[int] = []
    delimiter, indent, after_blank = "", 0, False
    for k, line in enumerate(lines):
        item = _ORDERED_ITEM.match(line)
        if item and items and item[3] == delimiter:
            items.append(k)
        elif item:
            lists.append(items)
            items, delimiter = [k], item[3]
        elif not line.strip():
            after_blank = True
            continue
        elif items and not _LIST_BREAKER.match(line) and (
                len(line) - len(line.lstrip()) >= indent or not after_blank):
            pass
        else:
            lists.append(items)
            items = []
        if item:
            indent = item.end(3) + 1  # where the item's text starts
        after_blank = False
    return [found for found in [*lists, items] if found]


def headings(text: str) -> str:
    return _HEADING.sub(r"\1", text)


def blockquotes(text: str) -> str:
    return _BLOCKQUOTE.sub("", text)


def rules(text: str) -> str:
    return _RULE.sub("", text)


def lead_labels(text: str) -> str:
    """A converter writes a label column beside its values as "**Plats** Stadshuset": the bold run was a cell of
    its own, so it is set apart from its value as the text layer sets columns, with a cell gap."""
    return _LEAD_LABEL.sub(lambda m: m.group(1) + m.group(3) + CELL_GAP, text)


def _strong_run_gap(m: re.Match) -> str:
    """Bold runs a space apart are cells set apart ("**Nämnden** **Protokoll**"), except where a bold heading or
    label wrapped and the converter took it line by line: the second run goes on in lower case ("**… ombyggnad
    av** **väg 712**"), or the first is as long as a line, which no cell beside another is."""
    run = m.string[m.string.rfind("**", 0, m.start()) + 2 : m.start()]
    return " " if m.group(1).islower() or len(run) >= WRAPPED_RUN else "**" + CELL_GAP + "**"


def emphasis(text: str) -> str:
    text = _STRONG_RUNS.sub(_strong_run_gap, text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return _EMPTY_STRONG.sub("", text)


def links(text: str) -> str:
    return _IMAGE_OR_LINK.sub(r"\1", text)


def code(text: str) -> str:
    return _CODE.sub(r"\1", text)


def escapes(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


FIXES = (front_matter, html_comments, wrapped_labels, repeated_tables, tables, line_breaks, html_tags, rules, listed_headings, displaced_numbers, lazy_numbers, headings, blockquotes, lead_labels, emphasis,
         links, code, escapes)


def plain_text(text: str) -> str:
    for fix in FIXES:
        text = fix(text)
    return text


def looks_like_markdown(text: str) -> bool:
    """For a file whose name does not say: front matter, or several ATX headings or pipe-table rules."""
    head = text[:20000]
    if front_matter(head) != head:
        return True
    marks = len(_HEADING.findall(head)) + sum(bool(_TABLE_RULE.match(line)) for line in head.split("\n"))
    return marks >= 3 and bool(re.search(r"^#{1,6}[ \t]", head, re.MULTILINE))
