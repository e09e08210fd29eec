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

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[^\n]*\n){0,60}?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_FRONT_MATTER_KEY = re.compile(r"^[\w-]+[ \t]*:", re.MULTILINE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_OTHER_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?[ \t]*)?$")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$", re.MULTILINE)
"""A thematic break, or the underline of a setext heading ("Protokoll" over "=========")."""
_LISTED_HEADING = re.compile(r"^[ \t]{0,3}[-*+][ \t]+(?=#{1,6}[ \t]|(\*\*|__)[^*_\n]+\1[ \t]*$)", re.MULTILINE)
"""A converter's list mark before a heading or a line that is wholly bold: "- ## § 120", "- **Beslut**"."""
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRONG_RUNS = re.compile(r"(?<=\S)\*\*[ \t]+\*\*(?=\S)")  # two bold runs a space apart on one line
_EMPTY_STRONG = re.compile(r"\*\*\s*\*\*|\*{2,}(?=\s|$)")
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_CODE = re.compile(r"`([^`]*)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
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
            block.append([[_printed(part) for part in _LINE_BREAK_TAG.split(cell)] for cell in _cells(line)])
            continue
        out += _set_table(block)
        block = []
        if line is not None:
            out.append(line)
    return "\n".join(out)


def _printed(part: str) -> str:
    """A cell's text as printed, its inline markup gone, so that a column is as wide as its widest printed cell:
    a converter bolds the captions ("|**Närvarande**|**Frånvarande**|"), and the marks are no width on the page."""
    for fix in (html_tags, emphasis, links):
        part = fix(part)
    return part.strip()


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


def headings(text: str) -> str:
    return _HEADING.sub(r"\1", text)


def blockquotes(text: str) -> str:
    return _BLOCKQUOTE.sub("", text)


def rules(text: str) -> str:
    return _RULE.sub("", text)


def emphasis(text: str) -> str:
    text = _STRONG_RUNS.sub("**" + CELL_GAP + "**", text)  # "**Nämnden** **Protokoll**": spans set apart
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return _EMPTY_STRONG.sub("", text)


def links(text: str) -> str:
    return _IMAGE_OR_LINK.sub(r"\1", text)


def code(text: str) -> str:
    return _CODE.sub(r"\1", text)


def escapes(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


FIXES = (front_matter, html_comments, tables, line_breaks, html_tags, rules, listed_headings, headings, blockquotes, emphasis,
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
