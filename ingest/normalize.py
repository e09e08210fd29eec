"""Make raw page text uniform before repair: one Unicode form, real bullets and letters, joined
hyphenation, and the line structure kept (the segmenter reads lines).

Each fix is a small named function so a surprising change can be traced to one rule. Nothing here
needs a dictionary: these are typesetting artefacts, not misread words.
"""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Indel, Levenshtein

from .markdown import plain_text
from .models import Extraction, Normalization, OcrWord, Page

# Word writes list bullets in the Symbol and Wingdings fonts, whose characters land in the private-use
# area: U+F0B7 Symbol bullet, U+F0A7 Wingdings square, U+F076 ❖, U+F0D8 ➢, U+F0FC ✓, U+F06E ■, ...
PRIVATE_USE_BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf0e8\uf071\uf06f\uf0a2\uf0b2"
# Any other Symbol/Wingdings character that opens a line is a bullet too, and so is a glyph the PDF gives no
# character for, which pdfminer writes as "(cid:127)".
_LINE_START_SYMBOL = re.compile(r"^([ \t]*)(?:[\uf020-\uf0ff]|\(cid:\d+\))(?=[ \t])", re.MULTILINE)
# Word's Symbol bullet saved as a web page is a middle dot, after the list's own bullet there ("• · Text")
_MIDDLE_DOT_BULLET = re.compile(r"^([ \t]*)(?:•[ \t]+)?·(?=[ \t])", re.MULTILINE)
_BULLET_GAP = re.compile(r"^([ \t]*)•[ \t]+", re.MULTILINE)
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
# No-break, figure, narrow and typographic spaces; zero-width characters carry nothing.
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[ \t]*\n[ \t]*(\S+)[ \t]*")
# "för-\nstudie som": a word broken at a line end. The second part moves up to the first. An OCR may read the hyphen
# as a dash ("medlem—\nmar"): no dash stands glued to the word before a line that goes on in small letters.
_HYPHEN_BREAK = re.compile(r"(\w+)[-–—]\n[ \t]*(\S+)[ \t]*(\n|$)?")
# "fjärr- och distansundervisning", "Skol-\noch fritids...": a suspended compound keeps its hyphen.
SUSPENSION_WORDS = frozenset({"och", "eller", "samt", "respektive", "resp.", "resp", "till", "som", "el.", "o.", "&"})
_BLANK_RUNS = re.compile(r"\n{3,}")
_GLUED_PARAGRAPH = re.compile(r"(?<=[a-zåäö][.!?])(?=§ ?\d{1,4}\.? [A-ZÅÄÖ])")


# UTF-8 once read as cp1252 or Latin-1 ("MÃ¶tet", "Ã…rsmÃ¶te", "Â§ 12"): a character of the Latin-1 range became its
# lead byte's letter (Â or Ã) and its continuation byte's, which Swedish never writes side by side
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[ÂÃ][\u0080-\u00bf{_CP1252_HIGH}]")


def newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def mojibake(text: str) -> str:
    return _MOJIBAKE.sub(_utf8_pair, text) if "Ã" in text or "Â" in text else text


def _utf8_pair(m: re.Match[str]) -> str:
    for codec in ("cp1252", "latin-1"):
        try:
            return m.group().encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return m.group()


def nfc(text: str) -> str:
    """Composed form: "a" + combining ring (from some PDFs) becomes "å", so it matches the dictionary."""
    return unicodedata.normalize("NFC", text)


def private_use_bullets(text: str) -> str:
    text = text.translate({ord(c): "•" for c in PRIVATE_USE_BULLETS})
    text = _LINE_START_SYMBOL.sub(r"\1•", text)
    text = _MIDDLE_DOT_BULLET.sub(r"\1•", text) if "·" in text else text
    return _BULLET_GAP.sub(r"\1• ", text)  # Word puts a tab after the bullet


def ligatures(text: str) -> str:
    return text.translate({ord(k): v for k, v in LIGATURES.items()})


def spaces(text: str) -> str:
    return _ZERO_WIDTH.sub("", _SPACES.sub(" ", text))


def hyphens(text: str) -> str:
    """Unicode hyphen and Word's non-breaking hyphen are the ASCII hyphen to every later stage."""
    return text.replace("\u2010", "-").replace("\u2011", "-")


def soft_hyphens(text: str) -> str:
    """A soft hyphen at a line end marks a word the typesetter broke: join it like hyphenation."""
    text = _SOFT_HYPHEN_BREAK.sub(lambda m: m.group(1) + "\n", text)
    return text.replace("\u00ad", "")


def trailing_whitespace(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _join_hyphen(match: re.Match[str]) -> str:
    left, right, end = match.group(1), match.group(2), match.group(3)
    first = right[0]
    if not first.isalpha() or not first.islower() or right.lower() in SUSPENSION_WORDS or left[-1].isdigit():
        return match.group(0)
    # "VP-\nuppdragen", "e-\npost": a hyphen after a capital or a single letter belongs to the word.
    hyphen = "-" if left[-1].isupper() or len(left) == 1 else ""
    return f"{left}{hyphen}{right}" + (end if end is not None else "\n")


def hyphenation(text: str) -> str:
    return _HYPHEN_BREAK.sub(_join_hyphen, text)


def glued_paragraphs(text: str) -> str:
    """A web page's copy runs a paragraph's heading onto the sentence before it when their blocks lose the break
    between them ("… fastställa dagordningen.§ 5 Första och andra suppleant"): no printed line sets "§" right after a
    full stop, so the heading goes back to a line of its own."""
    return _GLUED_PARAGRAPH.sub("\n", text)


def blank_lines(text: str) -> str:
    """One blank line is a paragraph break; more say nothing more, and none belong at the page edges."""
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


CHARACTER_FIXES = (mojibake, nfc, private_use_bullets, ligatures, spaces, hyphens)
FIXES = (newlines, *CHARACTER_FIXES, soft_hyphens, glued_paragraphs, trailing_whitespace, hyphenation, blank_lines)


def normalize_text(text: str) -> str:
    for fix in FIXES:
        text = fix(text)
    return text


def explain_text(text: str, markup: bool = False) -> tuple[str, list[Normalization]]:
    """The normalized text and what normalize changed, so the text as extracted can be had back from it.

    The changes are the differences between the text as extracted and the result, widened to whole words where
    they touch a letter ("kom-\nmunen" → "kommunen", not "-\n" → ""); each names the fixes whose own
    changes it holds (each fix is diffed against the text before it). The text as extracted counts with "\n"
    line ends, no spaces before them and no line breaks at the page's edges: how a file stored its line ends
    is not worth a line in the trail each."""
    raw = trailing_whitespace(newlines(text)).strip("\n")
    current, to_raw, touched = raw, list(range(len(raw) + 1)), []
    for fix in ([plain_text] if markup else []) + list(FIXES[1:]):
        fixed = fix(current)
        if fixed == current:
            continue
        mapped = [0] * (len(fixed) + 1)
        for tag, low, high, start, end in _opcodes(current, fixed):
            if tag == "equal":
                mapped[start:end] = to_raw[low:high]
            else:
                mapped[start:end] = [to_raw[low]] * (end - start)
                touched.append((to_raw[low], to_raw[high], "markup" if fix is plain_text else fix.__name__))
        mapped[len(fixed)] = len(raw)
        current, to_raw = fixed, mapped
    if current == raw:
        return current, []
    changes = []
    for low, high, start, end in _regions(raw, current):
        spaces = not raw[low:high].strip() and not current[start:end].strip()
        names = _names(touched, *(_spaced(raw, low, high) if spaces else (low, high)))
        changes.append(Normalization(page=1, line=current.count("\n", 0, start) + 1, start=start, end=end,
                                     extracted=raw[low:high], normalized=current[start:end], fixes=names))
    return current, changes


def _names(touched: list[tuple[int, int, str]], low: int, high: int) -> list[str]:
    return list(dict.fromkeys(name for a, b, name in touched if a <= high and b >= low))


def _spaced(raw: str, low: int, high: int) -> tuple[int, int]:
    """A change of white space with the white space around it: which one of a run of like spaces a diff takes
    out is its own choice, and a fix's diff and the whole diff may choose differently."""
    while low > 0 and raw[low - 1].isspace():
        low -= 1
    while high < len(raw) and raw[high].isspace():
        high += 1
    return low, high


def _opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """Character edits from `a` to `b`, found line by line first: a whole page at once costs its length squared,
    and normalize's changes are few and local."""
    a_lines, b_lines = _lines(a), _lines(b)
    a_at, b_at = _starts(a_lines), _starts(b_lines)
    blocks: list[list] = []  # line blocks kept alike, and runs of lines taken out and put in, which differ
    # lines are paired by their words alone, or a page whose every line lost its trailing spaces has no line
    # left alike to pair by, and the pairing drifts
    for op in Indel.opcodes(_words(a_lines), _words(b_lines)):
        if op.tag == "equal":  # alike line for line
            blocks += [["equal", a_at[i], a_at[i + 1], b_at[j], b_at[j + 1]]
                       for i, j in zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end))]
        elif blocks and blocks[-1][0] == "differ":
            blocks[-1][2], blocks[-1][4] = a_at[op.src_end], b_at[op.dest_end]
        else:
            blocks.append(["differ", a_at[op.src_start], a_at[op.src_end], b_at[op.dest_start], b_at[op.dest_end]])
    ops = []
    for tag, low, high, start, end in blocks:
        if tag == "equal" and a[low:high] == b[start:end]:
            ops.append((tag, low, high, start, end))
            continue
        ops += [(sub.tag, low + sub.src_start, low + sub.src_end, start + sub.dest_start, start + sub.dest_end)
                for sub in Levenshtein.opcodes(a[low:high], b[start:end])]
    return ops


def _lines(text: str) -> list[str]:
    """Lines with their newlines, so that equal lines are equal text."""
    return [line + "\n" for line in text.split("\n")[:-1]] + ([text[text.rfind("\n") + 1:]] if not text.endswith("\n") else [])


def _words(lines: list[str]) -> list[str]:
    return ["".join(line.split()) for line in lines]


def _starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line)
    return starts + [at]


def _regions(raw: str, fixed: str) -> list[tuple[int, int, int, int]]:
    """(raw start, raw end, fixed start, fixed end) of each difference, widened over the equal letters around it
    when it touches a letter, and merged where the widening made them meet."""
    regions: list[list[int]] = []
    for tag, low, high, start, end in _opcodes(raw, fixed):
        if tag == "equal":
            continue
        if regions and regions[-1][1] == low:
            regions[-1][1], regions[-1][3] = high, end
        else:
            regions.append([low, high, start, end])
    widened: list[list[int]] = []
    for low, high, start, end in regions:
        if raw[low:high].strip() or fixed[start:end].strip():
            floor = widened[-1][1] if widened else 0
            while low > floor and not raw[low - 1].isspace():
                low, start = low - 1, start - 1
            while high < len(raw) and end < len(fixed) and not raw[high].isspace() and raw[high] == fixed[end]:
                high, end = high + 1, end + 1
        if widened and low < widened[-1][1]:
            widened[-1][1], widened[-1][3] = max(widened[-1][1], high), max(widened[-1][3], end)
        else:
            widened.append([low, high, start, end])
    return [tuple(region) for region in widened]


def _normalize_word(word: OcrWord) -> OcrWord:
    text = word.text
    for fix in CHARACTER_FIXES:
        text = fix(text)
    return word._replace(text=text)


def _with_text(page: Page, text: str) -> Page:
    """The page with its normalized text, and its OCR words with the character fixes."""
    return page.model_copy(update={"text": text, "words": [_normalize_word(w) for w in page.words]})


def normalize(extraction: Extraction) -> Extraction:
    """Every page's text gets all fixes, Markdown first losing its markup; OCR words get only the character
    fixes, so they still match the tokens Tesseract saw."""
    markup = extraction.kind == "markdown"
    return extraction.model_copy(update={"pages": [_with_text(p, normalize_text(plain_text(p.text) if markup else p.text))
                                                   for p in extraction.pages]})


def explain(extraction: Extraction) -> tuple[Extraction, list[Normalization]]:
    """`normalize`, and its trail with offsets into the normalized pages joined by form feeds (as the repair's
    `original_text`)."""
    markup = extraction.kind == "markdown"
    pages, trail, base = [], [], 0
    for page in extraction.pages:
        text, changes = explain_text(page.text, markup)
        pages.append(_with_text(page, text))
        trail += [c.model_copy(update={"page": page.number, "start": base + c.start, "end": base + c.end})
                  for c in changes]
        base += len(text) + 1
    return extraction.model_copy(update={"pages": pages}), trail
