"""The only place Tesseract is called: page images in, `Page`s with word confidences out.

Word confidences are kept because the repair stage trusts a low-confidence word less. A turned page is
found with Tesseract's orientation detection (OSD), but OSD costs about a second, so it runs only when
the first, upright reading looks like a misread (few words, low confidence, or lines standing on end).

Speed: a dense page costs Tesseract's Swedish model 2-6 s of one core, and everything else must stay
small beside it. Tesseract runs in this process through tesserocr, whose wheel carries libtesseract 5.5:
on the same pages and model that is ~20% less CPU than the Debian 5.3 program at about the same error
rate (bench/RESULTS.md, eval/), a model is loaded once per process and kept (not once per page), and pages go in as
raw pixels (no image file written or decoded). Each page is read by a thread of its own while the caller
renders the next, and a document's pages are spread over every core no other Tesseract of ours is using
(see `_take_core`), so a long PDF alone in a batch still keeps the whole machine busy. Where tesserocr
has no wheel (or MINUTES_TESSERACT=program), the installed `tesseract` program reads each page instead,
through pytesseract: same models, same output format.
"""
from __future__ import annotations

import fcntl
import math
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent import futures
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

import pytesseract
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .glyphs import OCR_SPECKS, RULE_READS, SIGN_OR_READS, SLASH_READS
from .layout import COLUMN_GAP, spaced_lines
from .models import OcrWord, Page

try:
    import tesserocr
except ImportError:  # no wheel for this platform: the tesseract program does the same work, slower
    tesserocr = None

# An upright page of print reads at 85-95 mean confidence; a turned page reads as short garbage.
SKEW_MIN = 1.0  # degrees: a page leaning less is read as it is (Tesseract copes)
SKEW_ROUNDS = 2  # levellings at most: each reading measures what lean is left
INK_LEVEL = 128  # a grey pixel darker than this is ink
INK_MIN_SHARE = 0.002  # a page with less of its area inked is blank for the ink check
INK_REREAD = 0.7  # a grey page whose words cover less of its ink is read again on even paper (print reads 0.85-0.95)
PAPER_REDUCTION = 8  # the page shrunk this many times (25-40 dots an inch) to measure its paper's brightness
PAPER_SPREAD = 5  # dots: the brightest within this square is paper (a letter is narrower, a line's gap no wider)
# ... and a grey page is read again on even paper when this share of its paper is darker than the grey level
# Tesseract cuts ink from paper at: 0.12-0.25 on office scans lit unevenly whose light ink pulls that level up
# (the rest of them, and clean renders, 0)
PAPER_UNDER_CUT = 0.05
OSD_BELOW_CONFIDENCE = 70.0
OSD_BELOW_WORDS = 15
DEFAULT_DPI = 300
CLEAN_BELOW_DPI = 300  # a page scanned coarser than this is cleared of specks before it is read (see _despeckled)
SPECK_SPREAD = 6  # dots: a black speck with no other ink this near on a black-and-white page is dust
SPECK_DOTS = 3  # ... when it has at most this many dots (a letter's dot stands within SPECK_SPREAD of its letter)
# ... on a page where such specks are at least this share of the ink: 1.4-72 per mille on speckled office scans,
# 0-0.3 on clean black-and-white renders, whose few "specks" are pieces of letters ("Nguyen" read "Neuyen")
SPECKLED_SHARE = 0.001
MIN_STATED_DPI = 100
A4_WIDTH_INCHES = 8.27
# A vertical gap above this many median line heights reads as a paragraph break (single spacing is ~0.3), or
# above the page's usual gap between lines (its lower quartile, measured over at least LINE_GAPS_MEASURED gaps, at
# most LINE_GAP_MAX line heights: a page of double-spaced lines keeps a paragraph a line) and PARAGRAPH_EXTRA more.
PARAGRAPH_GAP = 0.7
PARAGRAPH_EXTRA = 0.4
LINE_GAP_MAX = 0.8
LINE_GAPS_MEASURED = 4
# A new region at the usual gap between lines, or the usual distance from the line before's top or foot (a line
# without descenders ends higher: "till" over "årets slut"), no more than this many line heights beyond it, and not
# above the line before (a column beside it), goes on the paragraph: Tesseract cut a table of names into blocks.
REGION_GAP_EXTRA = 0.2
# A line cut by noise: a piece is in a block of at most this many lines, within this many line heights
# of the rest, and glued without a space when closer than WORD_SPACE line heights (measured on scans:
# 99% of word spaces are wider than 0.17 line heights on grey pages, 0.29 on black-and-white ones).
PIECE_BLOCK_LINES = 2
PIECE_GAP = 4.0
WORD_SPACE = 0.2
PIECE_OVERLAP = 0.5  # line heights a piece's box may run into the rest's: a wide capital's ("E" of "Enklingen")
# A block of lines of at most LABEL_WORDS words beside a block at least 1 / LABEL_COLUMN_SHARE times as wide holds
# that block's labels (a long label, "Justeringens plats och tid", or a letterhead at the labels' edge makes their
# column well over half as wide as the values).
LABEL_COLUMN_SHARE = 0.7
LABEL_WORDS = 5
# A block wholly above another (its foot at most this many line heights below the other's top), over more than this
# share of the narrower one's width, is read before it (see _down_the_page).
BLOCK_ABOVE_SLACK = 0.5
BLOCK_SHARED_WIDTH = 0.5
# A block of several "lines" no taller than this many typical line heights is one line cut up (see _reread_stacks).
STACK_HEIGHT = 1.5
# A "line" this many typical line heights tall and narrower than tall is a column of numbers read as upright text,
# read again where at least half its bands of ink read as numbers (see _reread_number_columns).
NUMBER_COLUMN_HEIGHT = 3
# Unread ink read again (see _reread_unread_lines): a band of this many typical line heights, at least this many wide,
# and a word kept at this confidence or more.
UNREAD_LINE_HEIGHTS = (0.6, 1.8)
UNREAD_LINE_MIN_WIDTH = 3
UNREAD_WORD_CONFIDENCE = 60.0
# A line of one token this short is read again as a word alone (see _reread_lone_words) when read less sure than
# UNREAD_WORD_CONFIDENCE; a mark of unread ink narrower than UNREAD_LINE_MIN_WIDTH line heights is kept when read as
# a number (see _reread_lone_marks).
LONE_WORD_CHARS = 3
LONE_NUMBER = re.compile(r"§?\d{1,3}[.):]?")
LONE_NUMBER_GAP = 30  # line heights: such a number is read in the line at its height within most of a line's width
# A speck read less sure than this alone in a column gap is noise; a rule or a dash there is not ("Klockan 15:30  —
# 18:10", "2024-09-01  –  2024-09-30": a range), nor a sign the glyph tables read (no speck).
SPECK_CONFIDENCE = 50
_KEPT_MARKS = set(RULE_READS + "-–—_")
# A rule or a page's edge read as "|" is as tall as the line at least; one under half its height is a dot of noise (3
# pixels square on the corpus's grey renders, hundreds of them), read surely all the same.
RULE_MIN_HEIGHT = 0.5
GAPPED_WORD = 0.4  # line heights: a blank this wide inside a word box is a space, with a mark beyond it unread
# A case number's year and serial where a black-and-white scan may have lost the thin slash between them: read as a
# dash, colon or full stop, or not at all ("2025-288", "2024:339", "202010" for 2025/288, 2024/339, 2020/10).
# (a code joined to its year by a dash, "BN-2025-00114", is a register's that prints dashes throughout)
SLASH_LOST = re.compile(rf"(?P<code>[^\W\d_]{{1,6}}\.?)?(?P<year>(?:19|20)\d\d)[{re.escape(SLASH_READS)}.]?"
                        r"(?P<serial>\d{1,6})")
# Such a number's crop read again with the strokes thickened, then softened, then at twice the size softened (on
# Times-set 200-dpi black-and-white probes 10 of 17 lost slashes came back; no dash, colon or full stop read as one)
SLASH_STROKES = ((1, ImageFilter.MinFilter(3)), (1, ImageFilter.GaussianBlur(1)), (2, ImageFilter.GaussianBlur(1.5)))
# At most this many such numbers a page are read again: a register that prints dashes ("2024-123") gives every one of
# its numbers' three readings for nothing (40 on three pages cost 45% more CPU), and one slash read right is enough
SLASH_REREADS = 8
REREAD_PARAGRAPH = 1000  # a line read again joins a block as a paragraph of its own, numbered from here
PAGE_LAYOUT, SINGLE_LINE, SINGLE_WORD = 3, 7, 8  # Tesseract's page segmentation modes: automatic layout; a line; a word
TOKEN_POLL = 0.05
"""Seconds between looks for a free core when all are taken (a page takes seconds: polling costs nothing)."""
CORE_WAIT_SETTING = "MINUTES_CORE_WAIT"
"""Environment variable: seconds to wait for a core a stopped process holds before reading without it."""
CORE_WAIT = 30.0
ENGINE_SETTING = "MINUTES_TESSERACT"
"""Environment variable: "program" reads pages with the installed `tesseract` program instead of tesserocr."""
_NOT_FOUND = "tesseract not found: install tesseract-ocr and tesseract-ocr-swe (apt) and put it on PATH"
_TSV_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width",
                "height", "conf", "text")


def _in_process() -> bool:
    return tesserocr is not None and os.environ.get(ENGINE_SETTING, "library") != "program"


def engine() -> str:
    """Name and version of the OCR engine, for `Extraction.ocr_engine`."""
    return _engine_name(_in_process())


@lru_cache(maxsize=2)
def _engine_name(in_process: bool) -> str:
    if in_process:
        return f"tesseract {tesserocr.tesseract_version().split()[1]}"
    try:
        return f"tesseract {pytesseract.get_tesseract_version()}"
    except pytesseract.TesseractNotFoundError as exc:
        raise RuntimeError(_NOT_FOUND) from exc


@lru_cache(maxsize=4)
def _tessdata(program: str) -> str:
    """The language data folder: the library in tesserocr's wheel knows none of its own, so TESSDATA_PREFIX
    or else the folder the installed program (from the same Debian packages as the data) reads."""
    if folder := os.environ.get("TESSDATA_PREFIX"):
        return folder
    try:
        listing = subprocess.run([program, "--list-langs"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise RuntimeError(_NOT_FOUND) from exc
    return listing.split('"')[1]  # List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):


_idle: defaultdict[str, list] = defaultdict(list)  # language → loaded models no thread is using
_idle_lock = threading.Lock()


@contextmanager
def _model(language: str):
    """A loaded model for one page: models are loaded once per process and reused, at most one per core
    that reads at once (each ~20 MB, plus ~40 MB while it reads a page)."""
    with _idle_lock:
        api = _idle[language].pop() if _idle[language] else None
    if api is None:
        mode = tesserocr.PSM.OSD_ONLY if language == "osd" else tesserocr.PSM.AUTO
        folder = _tessdata(pytesseract.pytesseract.tesseract_cmd)
        try:
            api = tesserocr.PyTessBaseAPI(path=folder, lang=language, psm=mode)
        except RuntimeError as exc:
            raise RuntimeError(_missing_language(language)) from exc
    try:
        yield api
    finally:
        api.Clear()
        with _idle_lock:
            _idle[language].append(api)


def _missing_language(language: str) -> str:
    return f"tesseract language data '{language}' not installed (apt: tesseract-ocr-{language})"


def _give_pixels(api, image: Image.Image, dpi: int) -> None:
    """Hand Tesseract the raw pixels: grey one byte a pixel, bilevel packed eight to a byte (1 = white in
    both PIL and Tesseract)."""
    if image.mode == "1":
        api.SetImageBytes(image.tobytes(), image.width, image.height, 0, (image.width + 7) // 8)
    else:
        api.SetImageBytes(image.tobytes(), image.width, image.height, 1, image.width)
    api.SetSourceResolution(dpi)


def _tsv_columns(tsv: str) -> dict[str, list]:
    """Tesseract's TSV as columns, the shape pytesseract gives the program's output."""
    data: dict[str, list] = {column: [] for column in _TSV_COLUMNS}
    for row in tsv.splitlines():
        cells = row.split("\t")
        for column, cell in zip(_TSV_COLUMNS[:10], cells):
            data[column].append(int(cell))
        data["conf"].append(float(cells[10]))
        data["text"].append(cells[11] if len(cells) > 11 else "")
    return data


def _prepare(image: Image.Image) -> Image.Image:
    """Grey or bilevel pixels, as Tesseract takes them: raw to the library, or as BMP to the program
    (uncompressed, so no PNG encoder or lossy JPEG re-encode)."""
    if image.mode.startswith("I") and image.getextrema()[1] > 255:
        image = image.convert("I").point(lambda v: v / 256)  # 16-bit grey; convert("L") would clip it white
    if "A" in image.getbands() or "transparency" in image.info:
        white = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, image.convert("RGBA")).convert("L")  # transparent = paper
    elif image.mode not in ("1", "L"):
        image = image.convert("L")
    else:
        image = image.copy()  # pytesseract sets .format on the image it is given; never touch the caller's
    image.format = "BMP"
    return image


def _run(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except pytesseract.TesseractNotFoundError as exc:
        raise RuntimeError(_NOT_FOUND) from exc


def _data(image: Image.Image, language: str, dpi: int, mode: int = PAGE_LAYOUT) -> dict[str, list]:
    """Tesseract's TSV for a prepared page image, as columns; `mode` is Tesseract's page segmentation mode."""
    return _recognise(image, language, dpi, mode)[0]


def _recognise(image: Image.Image, language: str, dpi: int, mode: int = PAGE_LAYOUT) -> tuple[dict[str, list], float]:
    """The TSV columns and the lean Tesseract's layout analysis found, in degrees counter-clockwise (as PIL
    rotates) that level the page; 0.0 from the program, which does not report it."""
    if _in_process():
        with _model(language) as api:
            api.SetPageSegMode(mode)
            _give_pixels(api, image, dpi)
            columns = _tsv_columns(api.GetTSVText(0))
            found = api.GetIterator()
            lean = math.degrees(found.Orientation()[3]) if found is not None else 0.0
            return columns, lean
    try:
        return _run(pytesseract.image_to_data, image, lang=language, config=f"--dpi {dpi} --psm {mode}",
                    output_type=pytesseract.Output.DICT), 0.0
    except pytesseract.TesseractError as exc:
        if "Failed loading language" in str(exc) or "Error opening data file" in str(exc):
            raise RuntimeError(_missing_language(language)) from exc
        raise


@dataclass(eq=False)  # lines are told apart by identity: two can read alike
class _Line:
    top: int
    bottom: int
    left: int
    right: int
    block: tuple[int, int]
    words: list[tuple[int, int, str]]  # (left, right, text), for the column gaps in `spaced_lines`


def _parse(data: dict[str, list]) -> tuple[str, list[OcrWord], bool]:
    """One page's TSV → text rebuilt from the word boxes, a line per printed line. The flag says
    most lines stand upright (taller than wide): Tesseract reads a page turned by 90° as vertical text."""
    boxes: dict[tuple[int, int, int, int], tuple[int, int]] = {}
    upright_lines = 0
    lines: dict[tuple[int, int, int, int], _Line] = {}
    words: list[OcrWord] = []
    specks: defaultdict[tuple[int, int, int, int], set[int]] = defaultdict(set)  # each line's specks' left edges
    for i in range(len(data["text"])):
        key = _line_key(data, i)
        if data["level"][i] == 4:
            boxes[key] = (data["top"][i], data["top"][i] + data["height"][i])
            upright_lines += data["height"][i] > 2 * data["width"][i]
        text = data["text"][i].strip()
        if float(data["conf"][i]) < 0 or not text:
            continue
        left, right = data["left"][i], data["left"][i] + data["width"][i]
        box = (left, data["top"][i], right, data["top"][i] + data["height"][i])
        words.append(OcrWord(text=text, confidence=float(data["conf"][i]), box=box))
        if float(data["conf"][i]) < SPECK_CONFIDENCE and not text.strip(OCR_SPECKS) and not set(text) & _KEPT_MARKS:
            specks[key].add(left)
        if not text.strip(RULE_READS) and key in boxes \
                and data["height"][i] < RULE_MIN_HEIGHT * (boxes[key][1] - boxes[key][0]):
            continue  # a dot of noise read as a rule ("dagordningen.      |"), which would open a table's cell
        if key in lines:
            line = lines[key]
            line.left, line.right = min(line.left, left), max(line.right, right)
            line.words.append((left, right, text))
        else:
            lines[key] = _Line(*boxes.get(key, (0, 0)), left, right, key[:2], [(left, right, text)])
    for key, line in lines.items():
        line.words = _without_floating_specks(line, specks[key])
    joined = _label_columns(_down_the_page(_rejoin_pieces(list(lines.values()))))
    texts = spaced_lines([[(left, right, line.bottom - line.top, word) for left, right, word in line.words]
                          for line in joined])
    return layout_lines([(text, line.top, line.bottom, line.block) for text, line in zip(texts, joined)]), \
        words, upright_lines > len(boxes) / 2


def _without_floating_specks(line: _Line, specks: set[int]) -> list[tuple[int, int, str]]:
    """The line's words less the specks (at these left edges) that stand alone in a column gap: scan noise read as
    a mark ("utsedda  ”  Cecilia Wennerholm") parts the gap into two word gaps, and the columns would run together.
    The speck stays among the page's OCR words."""
    words, height = line.words, line.bottom - line.top
    return [w for k, w in enumerate(words)
            if not (w[0] in specks and 0 < k < len(words) - 1
                    and words[k + 1][0] - words[k - 1][1] - (w[1] - w[0]) > COLUMN_GAP * height)]


def _by_block(lines: list[_Line]) -> dict[tuple[int, int], list[_Line]]:
    """The lines of each Tesseract block, blocks and lines in reading order."""
    blocks: dict[tuple[int, int], list[_Line]] = {}
    for line in lines:
        blocks.setdefault(line.block, []).append(line)
    return blocks


def _block_boxes(blocks: dict[tuple[int, int], list[_Line]]) -> dict[tuple[int, int], tuple[int, int, int, int]]:
    """Each block's box (left, top, right, bottom) around its lines."""
    return {key: (min(x.left for x in b), min(x.top for x in b), max(x.right for x in b), max(x.bottom for x in b))
            for key, b in blocks.items()}


def _down_the_page(lines: list[_Line]) -> list[_Line]:
    """Tesseract's blocks in its reading order, but a block read after one it stands wholly above, over the same
    part of the line's width, goes before it: a roll of names in two columns ("Mats Qviberg   MQV") read after the
    "Frånvarande" and "§ 1" under it. Columns side by side keep Tesseract's order; so does a block beside others,
    which `_label_columns` reads row by row."""
    blocks = _by_block(lines)
    if len(blocks) < 2:
        return lines
    heights = sorted(x.bottom - x.top for x in lines)
    slack = heights[len(heights) // 2] * BLOCK_ABOVE_SLACK
    boxes = _block_boxes(blocks)

    def above(a: tuple[int, int], b: tuple[int, int]) -> bool:
        (l1, _, r1, b1), (l2, t2, r2, _) = boxes[a], boxes[b]
        shared = min(r1, r2) - max(l1, l2)
        return b1 <= t2 + slack and shared > BLOCK_SHARED_WIDTH * min(r1 - l1, r2 - l2)

    order = list(blocks)
    placed: list[tuple[int, int]] = []
    while order:  # the first block in Tesseract's order that no unplaced block stands above
        key = next((k for k in order if not any(above(o, k) for o in order if o != k)), order[0])
        order.remove(key)
        placed.append(key)
    return [x for key in placed for x in blocks[key]]


def _rejoin_pieces(lines: list[_Line]) -> list[_Line]:
    """Put back together printed lines that Tesseract cut in two.

    Noise on a poor scan can split a line, and Tesseract then puts a piece in a block of its own that it
    reads lines before or after the rest ("as bo." ten lines above "... hur dåligt de tving"). A piece is a
    line of a block of at most PIECE_BLOCK_LINES lines that shares most of its height with a line of another
    block, beside it and close; it joins that line, without a space when the gap is narrower than a space.
    Columns are blocks of many lines, a column of list numbers read as one tall "line" shares little of
    its height with any one line, and labels far from their values are beyond PIECE_GAP: none is joined; nor is
    a list's first line across a column gap from its label, with the list's next line under it. A label is
    joined to its value across any gap where Tesseract read the rest of the label column in the value's block
    ("Plats och tid   Medborgarhuset …" / names down the value column, with "Beslutande" a block of its own
    read after them all): the label was cut out of its row."""
    sizes = Counter(line.block for line in lines)
    lefts = defaultdict(list)  # each block's line starts
    for line in lines:
        lefts[line.block].append(line.left)
    kept = list(lines)
    outer = _out_of_column(lines)
    for piece in lines:
        if sizes[piece.block] > PIECE_BLOCK_LINES and piece not in outer or piece not in kept:
            continue
        height = piece.bottom - piece.top
        best: tuple[int, _Line] | None = None
        for other in kept:
            if other.block == piece.block:
                continue
            overlap = min(piece.bottom, other.bottom) - max(piece.top, other.top)
            gap = max(piece.left, other.left) - min(piece.right, other.right)
            if 2 * overlap >= max(height, other.bottom - other.top) and -PIECE_OVERLAP * height <= gap and (
                    gap <= PIECE_GAP * height  # close, or a label cut out of the block that holds its column
                    or sizes[piece.block] == 1 and _lone_number(piece) and gap <= LONE_NUMBER_GAP * height
                    or piece not in outer and piece.right < other.left
                    and any(abs(x - piece.left) <= height for x in lefts[other.block])):
                if best is None or gap < best[0]:
                    best = (gap, other)
        if best is None:
            continue
        gap, other = best
        if gap > COLUMN_GAP * height and any(x is not piece and x.block == piece.block
                                              and abs(x.left - piece.left) <= height / 2 for x in lines):
            continue  # a list's first line beside its label, across a column gap, the next under it: no piece
        anchor, joining = (other, piece) if sizes[other.block] >= sizes[piece.block] else (piece, other)
        first, second = sorted((anchor, joining), key=lambda line: line.left)
        if gap >= WORD_SPACE * height:
            anchor.words = first.words + second.words
        else:  # the piece is the rest of a word
            (left, _, head), (_, right, tail) = first.words[-1], second.words[0]
            anchor.words = first.words[:-1] + [(left, right, head + tail)] + second.words[1:]
        anchor.top, anchor.bottom = min(anchor.top, joining.top), max(anchor.bottom, joining.bottom)
        anchor.left, anchor.right = min(anchor.left, joining.left), max(anchor.right, joining.right)
        kept.remove(joining)
    return kept


def _lone_number(line: _Line) -> bool:
    """A line of one number, which Tesseract can set in a block of its own however far it stands from the line at its
    height (a contents entry's page number, an item's number before its title): a reader reads it in that line."""
    return len(line.words) == 1 and bool(LONE_NUMBER.fullmatch(line.words[0][2]))


def _out_of_column(lines: list[_Line]) -> list[_Line]:
    """The first or last line of a block of more lines that starts where none of the block's other lines does: the
    end of a printed line that Tesseract opened or closed the next block with ("Dan Sundqvist" in one block,
    "(C)" at its height heading the block of the names below it)."""
    blocks = _by_block(lines)
    out = []
    for block in blocks.values():
        if len(block) <= PIECE_BLOCK_LINES:
            continue
        down = sorted(block, key=lambda x: x.top)
        for end in (down[0], down[-1]):
            if all(abs(x.left - end.left) > end.bottom - end.top for x in block if x is not end):
                out.append(end)
    return out


def _label_columns(lines: list[_Line]) -> list[_Line]:
    """Read a cover page's labels together with the values beside them, row by row.

    Tesseract makes blocks of the labels ("Plats och tid", "Beslutande", "Justerare") and another block of the
    values, and reads them one after the other, so no label stands by its value. A block of short lines that
    stands beside a block at least 1 / LABEL_COLUMN_SHARE times as wide, within its height, holds labels of
    that block's values: the labels and the values are read as one, in order down the page, a label and the
    value line at its height joined as one row (`spaced_lines` keeps the gap between them as a column gap and
    indents a value's further lines to it). Two columns of text, as wide as each other, stay as they are."""
    blocks = _by_block(lines)
    boxes = _block_boxes(blocks)
    heights = sorted(x.bottom - x.top for x in lines)
    aligned = heights[len(heights) // 2] if heights else 0

    def column_width(left: int, before: float = float("inf"), span: tuple[int, int] | None = None) -> int:
        """A block is one cell of the column of blocks whose left edges line up with it: "Närvarande" beside a
        block of names is narrow beside the column of values those names stand in, not beside the names. A
        label Tesseract already read with its value (one block reaching into the values) is no measure of the
        labels' column: only blocks that end `before` the values count, and only those down the `span` of the
        values (a letterhead over the table, "EKBY KOMMUN" in a large face, is no cell of its label column)."""
        top, bottom = span or (-float("inf"), float("inf"))
        return max((r - left for l, t, r, b in boxes.values()
                    if abs(l - left) <= aligned and r < before and t >= top - aligned and b <= bottom + aligned), default=0)

    starts = {key: min(b, key=lambda x: x.top).left for key, b in blocks.items()}  # where a block's first line starts
    label_of: dict[tuple[int, int], tuple[int, int]] = {}  # label block -> the value block beside it
    by_first_line: set[tuple[int, int]] = set()  # labels whose value stands beside their first line only
    for key, (left, top, right, bottom) in boxes.items():
        if any(len(x.words) > LABEL_WORDS for x in blocks[key]):
            continue
        # the value of the block's first line alone: a side heading's number over its case number, beside the title
        first, *rest = sorted(blocks[key], key=lambda x: x.top)
        below = rest[0].top if rest else bottom
        # a block of values beside a line or two only of a label block counts where no block stands beside it whole
        left_of = [x for x in lines if x.right < left]
        # a value block's lines at the labels' height start right of them, whatever its other lines do; not beside
        # a "label" taller than a line (a column of numbers read as one line: "NOU BWNH" for 1-7)
        lined = all(x.bottom - x.top <= STACK_HEIGHT * aligned for x in blocks[key])
        beside = [other for other, (edge, t2, r2, b2) in boxes.items() if other != key
                  and (l2 := _left_beside(blocks[other], top, bottom) if lined else edge) > right
                  and (_spans(t2, b2, top, bottom) or _spans(t2, b2, first.top, first.bottom) and b2 <= below)
                  and column_width(left, l2, (t2, b2)) <= LABEL_COLUMN_SHARE * max(column_width(l2), r2 - l2)] or [
            other for other, (_, t2, _, b2) in boxes.items() if other != key and starts[other] > right
            and _beside_lines(blocks[other], blocks[key], right, left_of)
            and column_width(left, starts[other], (t2, b2)) <= LABEL_COLUMN_SHARE * column_width(starts[other])]
        if beside:
            label_of[key] = min(beside, key=lambda o: boxes[o][0])
            if not _spans(boxes[label_of[key]][1], boxes[label_of[key]][3], top, bottom):
                by_first_line.add(key)
    values = set(label_of.values()) - set(label_of)
    labels = {k for k, v in label_of.items() if v in values}
    if not labels:
        return lines
    tables = _tables(labels, by_first_line, label_of, boxes)
    # A lone label line beside its value (a side heading's "§ 22" beside its title) stands where the value did:
    # Tesseract may read a column of such numbers before the text between them ("§ 21", "§ 22", then § 21's text).
    # A table of labels stands where the first of its lines did.
    anchors = [label_of[key] if len(group) == 1 and len(blocks[key := next(iter(group))]) == 1 else None
               for group, _ in tables]
    out: list[_Line] = []
    written: set[int] = set()
    for line in lines:
        at = next((n for n, (_, table) in enumerate(tables) if line.block in table), None)
        if at is None:
            out.append(line)
        elif at not in written and anchors[at] in (None, line.block):
            group, table = tables[at]
            rows = _rows([x for k in group for x in blocks[k]], [x for k in table - group for x in blocks[k]])
            for row in rows:
                row.block = min(table)  # one region for `layout_lines`
            out += rows
            written.add(at)
    return out


def _left_beside(block: list[_Line], top: int, bottom: int) -> int:
    """Where a block's lines at the height of top..bottom start: a column of paragraph numbers ("§ 2." … "§ 5.")
    stands beside the indented text of a block that also holds the unindented heading after them ("§ 6. …") or a
    wrapped line above them, which the left edge of the whole block would put under the numbers."""
    return min((x.left for x in block if _spans(top, bottom, x.top, x.bottom)), default=min(x.left for x in block))


def _beside_lines(values: list[_Line], labels: list[_Line], right: int, left_of: list[_Line]) -> bool:
    """A value block of a line or two beside a label column whose other rows hold lines of their own ("Plats och
    tid" beside "Medborgarhuset …", then the value's wrapped "21.05" set under the label, then "Beslutande" beside
    the chair), which Tesseract read as a block a value: each line at the height of a label, right of the labels,
    or a wrapped line of the value set under the labels, at the height of none. The labels are the row's first
    cells, each one cell and narrow beside its value: no line (`left_of` the labels) stands before them at a value's
    height, and no label holds a column gap, where the "labels" would be rows of names and the values a further
    column ("Marianne Wallengren (M)   Richard Hansson" beside "ersätter Heinrich"), and a list beside a list of
    names as wide is no value of theirs."""
    def at_a_label(v: _Line) -> bool:
        return any(_spans(v.top, v.bottom, x.top, x.bottom) and _one_cell(x)
                   and x.right - x.left <= LABEL_COLUMN_SHARE * (v.right - v.left) for x in labels)

    first, *rest = sorted(values, key=lambda x: x.top)
    return len(values) <= PIECE_BLOCK_LINES and first.left > right and at_a_label(first) and all(
        at_a_label(v) if v.left > right else not at_a_label(v) for v in rest) and not any(
        _spans(x.top, x.bottom, v.top, v.bottom) for v in values for x in left_of)


def _one_cell(line: _Line) -> bool:
    """No gap between the line's words as wide as a column gap."""
    height = line.bottom - line.top
    words = sorted(line.words)
    return all(b[0] - a[1] <= COLUMN_GAP * height for a, b in zip(words, words[1:]))


def _tables(labels: set[tuple[int, int]], by_first_line: set[tuple[int, int]],
            label_of: dict[tuple[int, int], tuple[int, int]],
            boxes: dict[tuple[int, int], tuple[int, int, int, int]]) -> list[tuple[set, set]]:
    """(labels, every block) of each table on the page, in order down it. Every block that starts within the height
    of the labels and their values is one table, read row by row: a label with no value beside it ("Underskrifter")
    and a row Tesseract read whole keep their places down the page, and the last label's value may reach below it.
    A label beside its value at its first line only (a letterhead's name beside "PROTOKOLL") is a table of its own
    unless it stands within the other labels' height."""
    groups = [g for g in [labels - by_first_line, *({k} for k in labels & by_first_line)] if g]
    spans = sorted(([min(boxes[k][1] for k in g | {label_of[k] for k in g}),
                     max(boxes[k][3] for k in g | {label_of[k] for k in g}), g] for g in groups), key=lambda x: x[0])
    merged = [spans[0]]
    for top, bottom, group in spans[1:]:
        if top <= merged[-1][1]:
            merged[-1][1], merged[-1][2] = max(bottom, merged[-1][1]), merged[-1][2] | group
        else:
            merged.append([top, bottom, group])
    return [(group, group | {k for k, (_, t2, _, _) in boxes.items() if top <= t2 < bottom})
            for top, bottom, group in merged]


def _spans(top: int, bottom: int, inner_top: int, inner_bottom: int) -> bool:
    """top..bottom reaches over the middle of inner_top..inner_bottom."""
    middle = (inner_bottom - inner_top) / 2
    return top <= inner_top + middle and bottom >= inner_bottom - middle


def _rows(labels: list[_Line], values: list[_Line]) -> list[_Line]:
    """Labels and values in order down the page; a value line at a label's height joins it, and so do two value
    lines side by side at one height (a label Tesseract read in a block of values, "Tid och plats" over the second
    line of its value, beside the first line: one pixel higher, the value would come first)."""
    rows: list[_Line] = []
    for line in sorted(labels + values, key=lambda x: x.top):
        last = rows[-1] if rows else None
        if last is not None and _one_row(last, line, labels, values):
            left, right = sorted((last, line), key=lambda x: x.left)
            rows[-1] = _Line(min(last.top, line.top), max(last.bottom, line.bottom), left.left, right.right,
                             left.block, left.words + right.words)
            continue
        rows.append(line)
    return rows


def _one_row(a: _Line, b: _Line, labels: list[_Line], values: list[_Line]) -> bool:
    """A label line and a value line, or two value lines, side by side (in either order down the page) that share
    most of their height."""
    if a in labels and b in labels:
        return False
    left, right = sorted((a, b), key=lambda x: x.left)
    if left in values and right in labels:
        return False
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return left.right < right.left and 2 * overlap >= min(a.bottom - a.top, b.bottom - b.top)


def _read(image: Image.Image, language: str, dpi: int) -> tuple[str, list[OcrWord], bool]:
    return _parse(_rereads(_data(image, language, dpi), image, language, dpi))


def _rereads(data: dict[str, list], image: Image.Image, language: str, dpi: int) -> dict[str, list]:
    """What Tesseract's layout analysis cut up, misread alone or left out, read again line by line."""
    data = _reread_stacks(_reread_lone_words(_reread_number_columns(data, image, language, dpi), image, language, dpi),
                          image, language, dpi)
    data = _reread_lone_marks(_reread_unread_lines(data, image, language, dpi), image, language, dpi)
    data = _reread_gapped_lines(data, image, language, dpi)
    return _reread_case_slashes(data, image, language, dpi) if _bilevel(image) else data


def _bilevel(image: Image.Image) -> bool:
    """Black and white only: a fax or office scan of one bit a pixel, whatever mode it came in."""
    return image.mode == "1" or image.mode == "L" and image.getcolors(2) is not None


def _reread_case_slashes(data: dict[str, list], image: Image.Image, language: str, dpi: int) -> dict[str, list]:
    """A case number whose slash a black-and-white scan thinned away, read again from its crop with its strokes
    thickened or softened, and kept with the slash only where that reading has the same code, year and serial.

    The threshold of a 200-dpi scan leaves a slash one or two pixels wide beside the digits; Tesseract reads it as a
    dash, a colon or a space, or passes over it ("2025-288", "2025 288", "202010"), and a reading of the same pixels
    alone does the same. One slash restored is enough for the document's case numbers to be read in its form
    (`segment._consistent_cases`)."""
    out = None
    for first, last, meant in islice(_slash_candidates(data), SLASH_REREADS):
        left, top = data["left"][first], min(data["top"][first], data["top"][last])
        right = data["left"][last] + data["width"][last]
        bottom = max(data["top"][k] + data["height"][k] for k in (first, last))
        pad = (bottom - top) // 2
        crop = image.crop((max(0, left - pad), max(0, top - pad), min(image.width, right + pad),
                           min(image.height, bottom + pad))).convert("L")
        for scale, stroke in SLASH_STROKES:
            grown = crop.resize((crop.width * scale, crop.height * scale), Image.Resampling.BICUBIC) \
                if scale > 1 else crop
            again = _data(_prepare(grown.filter(stroke)), language, dpi * scale, SINGLE_LINE)
            if any(re.search(rf"(?<![\w/]){re.escape(meant)}(?![\w/])", again["text"][j]) for j in _words(again)):
                out = out or {column: list(values) for column, values in data.items()}
                out["text"][first], out["width"][first] = meant, right - left
                if last != first:
                    out["text"][last] = ""  # the number is the first word's now
                break
    return out or data


def _slash_candidates(data: dict[str, list]) -> Iterable[tuple[int, int, str]]:
    """(first word, last word, the case number with a slash) of what may be a case number with its slash lost: one
    word ("2025-288"), or a year and the number beside it on its line less than a line height away ("2025 288")."""
    words = _words(data)
    line = ("block_num", "par_num", "line_num")
    for k, i in enumerate(words):
        text = data["text"][i]
        m = SLASH_LOST.fullmatch(text)
        if m:
            yield i, i, _slashed(m)
            continue
        j = words[k + 1] if k + 1 < len(words) else None
        if j is None or any(data[c][i] != data[c][j] for c in line) \
                or data["left"][j] - data["left"][i] - data["width"][i] > data["height"][i]:
            continue
        after = data["text"][j]
        m = SLASH_LOST.fullmatch(text + after)
        if m and after.isdigit() and text.endswith(m.group("year")):
            yield i, j, _slashed(m)


def _slashed(m: re.Match[str]) -> str:
    return f"{m.group('code') or ''}{m.group('year')}/{m.group('serial')}"


def _typical_height(data: dict[str, list]) -> int | None:
    heights = sorted(data["height"][i] for i in range(len(data["level"])) if data["level"][i] == 4)
    return heights[len(heights) // 2] if heights else None


def _reread_lone_words(data: dict[str, list], image: Image.Image, language: str, dpi: int) -> dict[str, list]:
    """A line of a few characters that Tesseract was unsure of or cut in pieces, read again as a word on its own.

    The line model reads a lone item or page number with no letters around it poorly ("2" for 3 and "3" for 7 at
    confidences of 2 and 31, "[6]" for 6, "a" for 3, "1 2" for 12 on black-and-white scans); read as a single word
    (page segmentation mode 8) the same ink gives the number at 90 or more. The new reading is taken only where it
    is sure and no less sure than the old."""
    typical = _typical_height(data)
    if typical is None:
        return data
    by_line: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for i in _words(data):
        by_line[data["block_num"][i], data["par_num"][i], data["line_num"][i]].append(i)
    out = {column: list(values) for column, values in data.items()}
    for words in by_line.values():
        least = min(float(data["conf"][i]) for i in words)
        if (sum(len(data["text"][i].strip()) for i in words) > LONE_WORD_CHARS
                or least >= UNREAD_WORD_CONFIDENCE and len(words) == 1
                or max(data["height"][i] for i in words) < UNREAD_LINE_HEIGHTS[0] * typical):
            continue
        box = (min(data["left"][i] for i in words), min(data["top"][i] for i in words),
               max(data["left"][i] + data["width"][i] for i in words),
               max(data["top"][i] + data["height"][i] for i in words))
        again = _box_rows(box, image, language, dpi, typical, data["page_num"][words[0]], data["block_num"][words[0]],
                          SINGLE_WORD)
        read = _words(again)
        if len(read) == 1 and max(UNREAD_WORD_CONFIDENCE, least) <= float(again["conf"][read[0]]):
            first, *rest = words
            out["text"][first], out["conf"][first] = again["text"][read[0]].strip(), again["conf"][read[0]]
            for column in ("left", "top", "width", "height"):
                out[column][first] = again[column][read[0]]
            for i in rest:
                out["text"][i], out["conf"][i] = "", -1
    return out


def _reread_gapped_lines(data: dict[str, list], image: Image.Image, language: str, dpi: int) -> dict[str, list]:
    """A line with a word box that holds a gap as wide as a space, read again alone as a line (mode 7).

    Tesseract's line model can drop a small sign beside a word and still box it with the word: a heading's "§"
    came out as "RSAU" boxed over "RSAU §", and with the sign the item was lost. A box whose ink has a blank
    GAPPED_WORD line heights wide inside it holds more than the word read; the line read alone is taken where it
    keeps every word read before, in order, and reads each word it adds surely and inside such a box, so a line whose
    mark reads as nothing, or reads another way, stays as it was, and a rule or a speck elsewhere in the line read as
    "|" or "." is not added."""
    typical, words = _typical_height(data), _words(data)
    if typical is None or not words:
        return data
    ink = image.convert("L").point(lambda v: 255 if v < INK_LEVEL else 0)
    by_line: dict[tuple[int, int, int, int], list[int]] = defaultdict(list)
    for i in words:
        by_line[_line_key(data, i)].append(i)
    again: dict[int, dict[str, list]] = {}  # a line's first word row → the line's words read again
    for line in by_line.values():
        gapped = [(data["left"][i], data["left"][i] + data["width"][i]) for i in line
                  if _holds_gap(data, i, ink, typical)]
        if not gapped:
            continue
        box = (min(data["left"][i] for i in line), min(data["top"][i] for i in line),
               max(data["left"][i] + data["width"][i] for i in line),
               max(data["top"][i] + data["height"][i] for i in line))
        reread = _box_rows(box, image, language, dpi, typical, data["page_num"][line[0]], data["block_num"][line[0]])
        read = _words(reread)
        added = _added([data["text"][i].strip() for i in line], [reread["text"][j].strip() for j in read])
        if added and all(float(reread["conf"][read[k]]) >= UNREAD_WORD_CONFIDENCE
                         and _inside(reread["left"][read[k]] + reread["width"][read[k]] / 2, gapped) for k in added):
            again[line[0]] = {column: [reread[column][j] for j in read] for column in reread}
    if not again:
        return data
    replaced = {i for line in by_line.values() if line[0] in again for i in line}
    out: dict[str, list] = {column: [] for column in data}
    for i in range(len(data["level"])):
        if i in again:
            size = len(again[i]["level"])
            for column in out:
                out[column] += again[i][column] if column not in ("par_num", "line_num") else [data[column][i]] * size
        elif i not in replaced:
            for column in out:
                out[column].append(data[column][i])
    return out


def _holds_gap(data: dict[str, list], i: int, ink: Image.Image, typical: int) -> bool:
    """The word box at row `i` has a blank at least GAPPED_WORD line heights wide between inked columns."""
    box = ink.crop((data["left"][i], data["top"][i], data["left"][i] + data["width"][i],
                    data["top"][i] + data["height"][i]))
    columns = _runs(box.resize((box.width, 1), Image.Resampling.BOX).tobytes(), 0)
    return any(b[0] - a[1] >= GAPPED_WORD * typical for a, b in zip(columns, columns[1:]))


def _inside(x: float, spans: list[tuple[int, int]]) -> bool:
    return any(left <= x <= right for left, right in spans)


def _added(old: list[str], new: list[str]) -> list[int]:
    """The places in `new` of the words it adds to `old`, where `old` is `new` without them; [] otherwise."""
    added, k = [], 0
    for n, word in enumerate(new):
        if k < len(old) and word == old[k]:
            k += 1
        else:
            added.append(n)
    return added if k == len(old) else []


def _reread_stacks(data: dict[str, list], image: Image.Image, language: str, dpi: int) -> dict[str, list]:
    """Read again, as the one line it is, a block of "lines" stacked inside a single line's height.

    On a noisy line Tesseract's layout analysis can cut a word off into a block of its own and then split
    that block into one-letter lines, one above the other ("och" came out as "Oo", "nn", "FT"). No word
    repair can undo that; reading the block's box as a single line (page segmentation mode 7) gives the
    word back, and `_rejoin_pieces` then puts it in its line."""
    rows = range(len(data["level"]))
    line_heights = sorted(data["height"][i] for i in rows if data["level"][i] == 4)
    if not line_heights:
        return data
    typical = line_heights[len(line_heights) // 2]
    lines_in: Counter[tuple[int, int]] = Counter(
        (data["page_num"][i], data["block_num"][i]) for i in rows if data["level"][i] == 4)
    stacks = {i for i in rows if data["level"][i] == 2 and lines_in[data["page_num"][i], data["block_num"][i]] > 1
              and data["height"][i] <= STACK_HEIGHT * typical}
    if not stacks:
        return data
    stacked = {(data["page_num"][i], data["block_num"][i]) for i in stacks}
    out: dict[str, list] = {column: [] for column in data}
    for i in rows:
        if i in stacks:
            reread = _line_rows(data, i, image, language, dpi, typical)
            for column in out:
                out[column] += reread[column]
        if data["level"][i] >= 3 and (data["page_num"][i], data["block_num"][i]) in stacked:
            continue  # the stack's own paragraphs, lines and words: replaced by the reading above
        for column in out:
            out[column].append(data[column][i])
    return out


def _reread_number_columns(data: dict[str, list], image: Image.Image, language: str, dpi: int) -> dict[str, list]:
    """A list's numbers, set in a column at the margin, that Tesseract read as one line of upright text.

    A column of "1" to "7" beside seven lines came out as a single line many lines tall, "NOU BWNH", and the
    lines beside it as ". Mötet öppnas", ". Val av ordförande": the items were lost. A line that stands upright
    (taller than wide, several line heights tall) among lines that lie flat cannot be text read across; each band
    of its ink is read again as a word on its own (mode 8), and what reads surely as a number goes into the line
    at its height. A column whose bands read as numbers less than half the time (a voting table's party letters)
    is left as it was read."""
    typical = _typical_height(data)
    if typical is None:
        return data
    lines = [i for i in range(len(data["level"])) if data["level"][i] == 4]
    columns = [i for i in lines if data["height"][i] >= NUMBER_COLUMN_HEIGHT * typical
               and data["width"][i] < data["height"][i] and len(_line_text(data, i)) > 1]
    if not columns or 2 * len(columns) >= len(lines):
        return data
    beside: dict[int, list[dict[str, object]]] = defaultdict(list)
    numbered: set[tuple[int, int, int, int]] = set()
    for i in columns:
        left, top = data["left"][i], data["top"][i]
        right = left + data["width"][i]
        ink = image.convert("L").crop((left, top, right, top + data["height"][i])).point(
            lambda v: 255 if v < INK_LEVEL else 0)
        bands = _runs(ink.resize((1, ink.height), Image.Resampling.BOX).tobytes(), typical // 4)
        numbers: dict[int, list[dict[str, object]]] = defaultdict(list)
        for start, end in bands:
            reread = _box_rows((left, top + start, right, top + end), image, language, dpi, typical,
                               data["page_num"][i], data["block_num"][i], SINGLE_WORD)
            read = _words(reread)
            line = _line_at(data, top + start, top + end, besides=i)
            if line is not None and _lone_number_read(reread, read):
                numbers[line] += [{column: reread[column][j] for column in reread} for j in read]
        if 2 * len(numbers) >= len(bands) > 1:
            numbered.add(_line_key(data, i))
            for line, words in numbers.items():
                beside[line] += words
    if not numbered:
        return data
    out = _with_words_beside(data, beside)
    return {column: [values[i] for i in range(len(values))
                     if not (out["level"][i] >= 4 and _line_key(out, i) in numbered)] for column, values in out.items()}


def _line_key(data: dict[str, list], i: int) -> tuple[int, int, int, int]:
    return data["page_num"][i], data["block_num"][i], data["par_num"][i], data["line_num"][i]


def _line_text(data: dict[str, list], line: int) -> str:
    """The characters of the words of the line at row `line`, spaces left out."""
    key = _line_key(data, line)
    return "".join(data["text"][j].strip() for j in _words(data) if _line_key(data, j) == key)


def _line_rows(data: dict[str, list], block_row: int, image: Image.Image, language: str, dpi: int,
               typical: int) -> dict[str, list]:
    """The block at `block_row` read as a single line: its line and word rows, in page coordinates."""
    box = (data["left"][block_row], data["top"][block_row], data["left"][block_row] + data["width"][block_row],
           data["top"][block_row] + data["height"][block_row])
    return _box_rows(box, image, language, dpi, typical, data["page_num"][block_row], data["block_num"][block_row])


def _box_rows(box: tuple[int, int, int, int], image: Image.Image, language: str, dpi: int, typical: int,
              page: int, block: int, mode: int = SINGLE_LINE) -> dict[str, list]:
    """The ink in `box` read as a single line (or word), as line and word rows of `block`, in page coordinates."""
    across, down = typical // 8, typical // 2  # a margin narrower than a word space: no letter of the next word
    left, top = max(0, box[0] - across), max(0, box[1] - down)
    line = _data(image.crop((left, top, min(image.width, box[2] + across), min(image.height, box[3] + down))),
                 language, dpi, mode)
    keep = [j for j in range(len(line["level"])) if line["level"][j] >= 4]
    rows = {column: [line[column][j] for j in keep] for column in line}
    rows["page_num"] = [page] * len(keep)
    rows["block_num"] = [block] * len(keep)
    rows["par_num"], rows["line_num"] = [1] * len(keep), [1] * len(keep)
    rows["left"] = [x + left for x in rows["left"]]
    rows["top"] = [y + top for y in rows["top"]]
    return rows


def _reread_unread_lines(data: dict[str, list], image: Image.Image, language: str, dpi: int) -> dict[str, list]:
    """Read, line by line, ink as tall and as wide as a line of text that no word box covers.

    Tesseract's layout analysis can leave a whole line out: a name under a dotted signature line came out as
    nothing at all, the dots beside it as a garbled word. What is unread ink of a text line's height is read
    again as a single line (page segmentation mode 7); the line is kept only where the reading is sure of at least
    half its words, one of them a word of three letters, so a handwritten signature or a logo, also unread ink,
    adds nothing."""
    typical, words = _typical_height(data), _words(data)
    if typical is None or not words:
        return data
    ink = _unread_ink(data, image, typical, words)
    found: list[tuple[tuple[int, int, int], dict[str, list]]] = []  # ((top, left, right), rows) of each line read
    block = max(data["block_num"]) + 1
    for top, bottom in _ink_bands(ink):
        if not UNREAD_LINE_HEIGHTS[0] * typical <= bottom - top <= UNREAD_LINE_HEIGHTS[1] * typical:
            continue
        for left, right in _ink_runs(ink.crop((0, top, ink.width, bottom)), typical):
            if right - left < UNREAD_LINE_MIN_WIDTH * typical:
                continue  # a speck, a rule's end, a stray mark
            reread = _box_rows((left, top, right, bottom), image, language, dpi, typical, data["page_num"][0], block)
            new = [j for j in range(len(reread["level"])) if reread["level"][j] == 5
                   and any(c.isalnum() for c in reread["text"][j]) and not _read_before(reread, j, data, words)]
            sure = [j for j in new if float(reread["conf"][j]) >= UNREAD_WORD_CONFIDENCE]
            if 2 * len(sure) < len(new) or not any(sum(c.isalpha() for c in reread["text"][j]) >= 3 for j in sure):
                continue  # a line is taken whole ("Anneli Sundstr6m"), where at least half of it is sure
            kept = [j for j in range(len(reread["level"])) if reread["level"][j] == 4 or j in new]
            found.append(((top, left, right), {column: [reread[column][j] for j in kept] for column in reread}))
            block += 1
    return _in_reading_order(data, found) if found else data


def _reread_lone_marks(data: dict[str, list], image: Image.Image, language: str, dpi: int) -> dict[str, list]:
    """Unread ink as tall as a line's letters and a few digits wide, kept where it reads as a number (or a sign and
    a number: "§ 8." read "8 8.").

    Tesseract's layout analysis leaves out a number standing alone at the margin, an item's "1" or "9" on a line of
    its own above the title, as noise, or a heading's mark apart from its title; without it the item is lost.
    Across the whole page such a mark is too thin to show in the ink of its rows, so the page is looked at in strips
    a line height wide. The mark is read as a word on its own (page segmentation mode 8: the line model read a lone
    "9" as "O") and kept only as a number read surely, so specks, rules and the rings of letters add nothing."""
    typical, words = _typical_height(data), _words(data)
    if typical is None or not words:
        return data
    ink = _unread_ink(data, image, typical, words)
    low, high = UNREAD_LINE_HEIGHTS[0] * typical, UNREAD_LINE_HEIGHTS[1] * typical
    marks: set[tuple[int, int, int, int]] = set()
    for x in range(0, ink.width, typical):
        for top, bottom in _ink_bands(ink.crop((x, 0, min(ink.width, x + typical), ink.height))):
            if low <= bottom - top <= high:
                marks.update((left, top, right, bottom)
                             for left, right in _ink_runs(ink.crop((0, top, ink.width, bottom)), typical)
                             if left < x + typical and x < right and right - left < UNREAD_LINE_MIN_WIDTH * typical)
    found: list[tuple[tuple[int, int, int], dict[str, list]]] = []
    beside: dict[int, list[dict[str, object]]] = defaultdict(list)  # a line's row → numbers read at its height
    block = max(data["block_num"]) + 1
    for left, top, right, bottom in _merged(marks):
        reread = _box_rows((left, top, right, bottom), image, language, dpi, typical, data["page_num"][0], block,
                           SINGLE_WORD)
        read = _words(reread)
        if not (_lone_number_read(reread, read) and not any(_read_before(reread, j, data, words) for j in read)):
            continue
        line = _line_at(data, top, bottom)
        if line is not None:
            beside[line] += [{column: reread[column][j] for column in reread} for j in read]
            continue
        kept = [j for j in range(len(reread["level"])) if reread["level"][j] == 4 or j in read]
        found.append(((top, left, right), {column: [reread[column][j] for j in kept] for column in reread}))
        block += 1
    data = _with_words_beside(data, beside) if beside else data
    return _in_reading_order(data, found) if found else data


def _lone_number_read(reread: dict[str, list], read: list[int]) -> bool:
    """One or two tokens, each a number read surely, or a paragraph sign as the model misreads it before one: a
    typewriter's small "§" comes out as an "s" or "8" read at 28-52 where the "1." or "4." after it reads at 84-94,
    and the item is lost with it."""
    if not 0 < len(read) <= 2:
        return False
    texts = [reread["text"][j].strip() for j in read]
    sure = [float(reread["conf"][j]) >= UNREAD_WORD_CONFIDENCE for j in read]
    if len(read) == 2 and len(texts[0]) == 1 and texts[0] in SIGN_OR_READS:
        texts, sure = texts[1:], sure[1:]
    return all(LONE_NUMBER.fullmatch(t) for t in texts) and all(sure)


def _line_at(data: dict[str, list], top: int, bottom: int, besides: int | None = None) -> int | None:
    """The row of the line read that shares most of a mark's height, if one does: a page number at the far end of
    a contents entry, an item's number at the start of its title."""
    best, shared = None, (bottom - top) / 2
    for i in range(len(data["level"])):
        if data["level"][i] == 4 and i != besides:
            overlap = min(bottom, data["top"][i] + data["height"][i]) - max(top, data["top"][i])
            if overlap > shared:
                best, shared = i, overlap
    return best


def _with_words_beside(data: dict[str, list], beside: dict[int, list[dict[str, object]]]) -> dict[str, list]:
    """The rows with each number read at a line's height put in that line, among its words in order from the left."""
    key = ("page_num", "block_num", "par_num", "line_num")
    out: dict[str, list] = {column: [] for column in data}
    pending: list[dict[str, object]] = []

    def flush(before_left: float) -> None:
        for word in [w for w in pending if w["left"] < before_left]:
            for column in out:
                out[column].append(word[column])
            pending.remove(word)

    for i in range(len(data["level"])):
        if data["level"][i] <= 4:
            flush(float("inf"))
        if i in beside:
            pending = sorted(({**w, **{k: data[k][i] for k in key}, "level": 5, "word_num": 0} for w in beside[i]),
                             key=lambda w: w["left"])
        elif data["level"][i] == 5:
            flush(data["left"][i])
        for column in out:
            out[column].append(data[column][i])
    flush(float("inf"))
    return out


def _merged(boxes: set[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Overlapping (left, top, right, bottom) boxes as one, top to bottom: the strips of one mark."""
    out: list[tuple[int, int, int, int]] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        for k, (left, top, right, bottom) in enumerate(out):
            if box[0] < right and left < box[2] and box[1] < bottom and top < box[3]:
                out[k] = (min(left, box[0]), min(top, box[1]), max(right, box[2]), max(bottom, box[3]))
                break
        else:
            out.append(box)
    return out


def _words(data: dict[str, list]) -> list[int]:
    return [i for i in range(len(data["level"])) if data["level"][i] == 5 and data["text"][i].strip()]


def _unread_ink(data: dict[str, list], image: Image.Image, typical: int, words: list[int]) -> Image.Image:
    """The page's ink as white on black, with the ink read, and a word space around it, blanked out."""
    ink = image.convert("L").point(lambda v: 255 if v < INK_LEVEL else 0)
    draw = ImageDraw.Draw(ink)
    pad = typical // 4
    for i in words:
        draw.rectangle((data["left"][i] - pad, data["top"][i] - pad, data["left"][i] + data["width"][i] + pad,
                        data["top"][i] + data["height"][i] + pad), fill=0)
    return ink


def _read_before(rows: dict[str, list], j: int, data: dict[str, list], words: list[int]) -> bool:
    """The word read again lies on a word read already: the band took in a neighbour (a footer's box, whose
    rules are unread ink beside its words)."""
    left, top = rows["left"][j], rows["top"][j]
    right, bottom = left + rows["width"][j], top + rows["height"][j]
    for i in words:
        across = min(right, data["left"][i] + data["width"][i]) - max(left, data["left"][i])
        down = min(bottom, data["top"][i] + data["height"][i]) - max(top, data["top"][i])
        if across > 0 and down > 0 and across * down * 2 > (right - left) * (bottom - top):
            return True
    return False


def _in_reading_order(data: dict[str, list], found: list[tuple[tuple[int, int, int], dict[str, list]]]) -> dict[str, list]:
    """Each line read again put before the first line below it in its column, in that line's block: where the
    page's reading order has it ("Sekreterare ……" / the name / "Ordförande ……")."""
    out: dict[str, list] = {column: [] for column in data}
    pending = list(found)
    for i in range(len(data["level"])):
        if data["level"][i] == 4:
            left, right, top = data["left"][i], data["left"][i] + data["width"][i], data["top"][i]
            for place in [p for p in pending if p[0][0] < top and p[0][1] < right and left < p[0][2]]:
                rows = place[1]
                size = len(rows["level"])
                for column in out:
                    out[column] += rows[column]
                out["block_num"][-size:] = [data["block_num"][i]] * size
                out["par_num"][-size:] = [REREAD_PARAGRAPH + len(found) - len(pending)] * size
                pending.remove(place)
        for column in out:
            out[column].append(data[column][i])
    for _, rows in pending:
        for column in out:
            out[column] += rows[column]
    return out


def _ink_bands(ink: Image.Image) -> list[tuple[int, int]]:
    """The runs of pixel rows with ink in them, top to bottom, as (top, bottom)."""
    return _runs(ink.resize((1, ink.height), Image.Resampling.BOX).tobytes(), 0)


def _ink_runs(band: Image.Image, typical: int) -> list[tuple[int, int]]:
    """The runs of pixel columns with ink in a band, left to right, as (left, right); gaps narrower than a line's
    height are word spaces, wider ones part columns and set a speck apart."""
    return _runs(band.resize((band.width, 1), Image.Resampling.BOX).tobytes(), typical)


def _runs(levels: bytes, gap: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of non-zero levels, a run going on over at most `gap` zeros."""
    runs: list[tuple[int, int]] = []
    for k, level in enumerate(levels):
        if not level:
            continue
        if runs and k - runs[-1][1] <= gap:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    return runs


def layout_lines(lines: list[tuple[str, float, float, object]]) -> str:
    """Join (text, top, bottom, region) lines, with a blank line between regions and where the vertical
    gap is paragraph spacing.

    Tesseract's own paragraph numbers are not used: it often splits wrapped prose into "paragraphs"
    mid-sentence, while a gap of most of a line height is what a reader sees as a new paragraph. A face whose
    letters fill little of their line (Courier: 0.5-0.8 line heights between the lines of a paragraph, 2 between
    paragraphs) sets its own measure: a paragraph's gap is clearly more than the page's usual gap between lines.
    A PDF text layer goes through the same rule, so both kinds of page look alike to the segmenter."""
    heights = sorted(bottom - top for _, top, bottom, _ in lines)
    height = heights[len(heights) // 2] if heights else 0
    gaps = sorted(lines[i][1] - lines[i - 1][2] for i in range(1, len(lines)) if lines[i][3] == lines[i - 1][3])
    line_gap = min(gaps[len(gaps) // 4], LINE_GAP_MAX * height) if len(gaps) >= LINE_GAPS_MEASURED else 0
    gap_limit = max(PARAGRAPH_GAP * height, line_gap + PARAGRAPH_EXTRA * height)
    pitches = sorted(lines[i][1] - lines[i - 1][1] for i in range(1, len(lines))
                     if lines[i][3] == lines[i - 1][3] and lines[i][1] >= lines[i - 1][2])
    pitch = pitches[len(pitches) // 2] if len(pitches) >= LINE_GAPS_MEASURED else 0
    out: list[str] = []
    for i, (text, top, bottom, region) in enumerate(lines):
        if i:
            _, top_before, bottom_before, region_before = lines[i - 1]
            gap = top - bottom_before
            step = min(top - top_before, bottom - bottom_before)  # from the line before's top or its foot
            extra = REGION_GAP_EXTRA * height
            usual = 0 <= gap and (gap <= line_gap + extra or step <= pitch + extra)
            if region != region_before and not usual or gap > gap_limit:
                out.append("")
        out.append(text)
    return "\n".join(out)


def _resolution(image: Image.Image) -> int:
    """The image's stated dpi, unless it is missing or a screen default (72, 96) on a page-sized scan:
    then the dpi an A4 page would have at this size (phones and some copiers write 72 on any photo)."""
    stated = round(float(image.info.get("dpi", (0,))[0] or 0))
    if stated >= MIN_STATED_DPI:
        return stated
    estimate = round(min(image.size) / A4_WIDTH_INCHES)
    return estimate if MIN_STATED_DPI <= estimate <= 600 else DEFAULT_DPI


def _mean(words: list[OcrWord]) -> float:
    return sum(w.confidence for w in words) / len(words) if words else 0.0


def _osd_rotation(image: Image.Image, dpi: int) -> int:
    """Degrees (counter-clockwise, as PIL rotates) that make the page upright; 0 when OSD cannot tell."""
    if _in_process():
        with _model("osd") as api:
            _give_pixels(api, image, dpi)
            osd = api.DetectOrientationScript()  # orient_deg: how far the page was turned clockwise
        return osd["orient_deg"] if osd and osd["orient_conf"] >= 1.0 else 0
    try:
        osd = _run(pytesseract.image_to_osd, image, config=f"--dpi {dpi}", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:  # too few characters to decide
        return 0
    return (360 - int(osd["rotate"])) % 360 if osd["orientation_conf"] >= 1.0 else 0


def _upright(reading: tuple[str, list[OcrWord], bool], prepared: Image.Image, language: str, dpi: int,
             number: int) -> Page:
    """The page as first read, or turned and read again when that reading looks like a misread."""
    text, words, sideways = reading
    rotation = 0
    if sideways or len(words) < OSD_BELOW_WORDS or _mean(words) < OSD_BELOW_CONFIDENCE:
        rotation = _osd_rotation(prepared, dpi)
        if rotation:
            turned = _prepare(prepared.rotate(rotation, expand=True))
            turned_text, turned_words, _ = _read(turned, language, dpi)
            if sideways or _mean(turned_words) * len(turned_words) > _mean(words) * len(words):
                text, words = turned_text, turned_words
            else:
                rotation = 0
    return Page(number=number, text=text, method="ocr", words=words, rotation=rotation)


def ocr_page(image: Image.Image, language: str = "swe", number: int = 1, *, dpi: int | None = None) -> Page:
    """OCR one page image; `rotation` in the result is how far it was turned (counter-clockwise) to read it.

    `dpi` defaults to the image's own resolution: Tesseract guesses badly when it is not told, and the
    raw pixels (or the BMP the program reads) carry none."""
    return ocr_pages([(number, image)], language, dpi=dpi)[0]


def _cores() -> int:
    return len(os.sched_getaffinity(0))


def _take_core() -> tuple[int | None, list[int]]:
    """A machine-wide token for one running Tesseract; or, when every core has one, None and the processes
    holding them.

    Tokens are `flock`s on files in the temp folder, so the archive's workers (or several `minutes` runs,
    or Dask's threads) share the cores without talking to each other, and a killed process gives its
    token back. A document alone takes every core; in a busy batch each worker gets about one. The holder
    writes its process id into the file, so that a waiting process can say whom it waits for."""
    folder = Path(tempfile.gettempdir()) / f"minutes-ocr-cores-{os.getuid()}"
    folder.mkdir(exist_ok=True)
    holders = []
    for n in range(_cores()):
        handle = os.open(folder / str(n), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holders.append(_holder(handle))
            os.close(handle)
            continue
        os.pwrite(handle, f"{os.getpid():10d}\n".encode(), 0)  # fixed width: always overwrites the last holder's
        return handle, []
    return None, holders


def _holder(handle: int) -> int:
    try:
        return int(os.pread(handle, 16, 0) or 0)
    except ValueError:  # a token file from before holders wrote their id
        return 0


def _stopped(pid: int) -> bool:
    """Stopped by a signal (Ctrl-Z, SIGSTOP) or a debugger; False where /proc does not tell."""
    try:
        status = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return False
    return status[status.rindex(b")") + 2:][:1] in (b"T", b"t")


def _core_wait() -> float:
    value = os.environ.get(CORE_WAIT_SETTING)
    if value is None:
        return CORE_WAIT
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not seconds >= 0:
        raise RuntimeError(f"{CORE_WAIT_SETTING} must be a number of seconds, not {value!r}")
    return seconds


_given_up: set[int] = set()  # stopped processes this one waited out: while they stay stopped, their cores are free
_told = False


def _go_on_without(holders: list[int], since: float) -> bool:
    """True when a page should be read without a core: a holder of the cores is a stopped process (Ctrl-Z,
    SIGSTOP) that kept its core CORE_WAIT seconds since `since`, or one waited out before and still stopped.

    Without this a stopped `minutes` would hold its tokens, and every other one would wait forever, silently.
    A running holder gives its core back within a page, so waiting for it stays unbounded: going on without a
    core there would only put more Tesseracts on the machine than it has cores. (A dead process holds nothing:
    the kernel drops its locks.) A stopped holder is said once per process on stderr: a worker has no other
    way to tell the person at the terminal why nothing moves."""
    global _told
    others = set(holders) - {os.getpid()}  # our own threads give theirs back in a page's time
    stopped = {pid for pid in others if _stopped(pid)}
    if not stopped:
        return False
    if stopped & _given_up:
        return True
    limit = _core_wait()
    if not _told:
        _told = True
        held = ", ".join(f"{pid} (stopped)" if pid in stopped else str(pid) for pid in sorted(others))
        print(f"minutes: waiting for a free core, held by process {held}; reading on without one after "
              f"{limit:g} s ({CORE_WAIT_SETTING})", file=sys.stderr, flush=True)
    if time.monotonic() - since < limit:
        return False
    _given_up.update(stopped)
    return True


def _wait_for_core(running: dict[futures.Future, int | None], collect) -> int | None:
    """A core token, waiting while every core reads (ours or not); None to read without one (`_go_on_without`).
    Our own pages in `running` are collected meanwhile."""
    since = time.monotonic()
    while True:
        token, holders = _take_core()
        if token is not None or _go_on_without(holders, since):
            return token
        if running:
            collect(futures.wait(running, TOKEN_POLL, futures.FIRST_COMPLETED).done)
        else:
            time.sleep(TOKEN_POLL)


def glance(image: Image.Image, language: str, dpi: int) -> list[OcrWord]:
    """The words of one quick reading of a page sample: Tesseract's layout analysis once, without levelling,
    OSD or re-reads; for checking a PDF text layer against its page (`ingest/textlayer.py`). It waits for a
    core like any page."""
    token = _wait_for_core({}, None)
    try:
        return _parse(_data(_prepare(image), language, dpi))[1]
    finally:
        if token is not None:
            os.close(token)


def _read_page(number: int, dpi: int, image: Image.Image, language: str, token: int | None) -> Page:
    """One page (read again levelled when it leans, then OSD, rarely; read again on even paper when its words miss
    much of its ink or Tesseract's grey level would cut its paper apart, the reading with more confident words
    kept, as `_upright` keeps a turned page's); the core token is given back at the end."""
    try:
        if dpi < CLEAN_BELOW_DPI and image.mode in ("1", "L"):
            image = _despeckled(image)
        page = _read_levelled(number, dpi, image, language)
        if image.mode == "L" and (page.ink_read is not None and page.ink_read < INK_REREAD or _paper_cut(image)):
            again = _read_levelled(number, dpi, _even_paper(image), language)
            if _mean(again.words) * len(again.words) > _mean(page.words) * len(page.words):
                return again
        return page
    finally:
        if token is not None:
            os.close(token)


def _despeckled(image: Image.Image) -> Image.Image:
    """The page without the salt and pepper of dust and dropout that a coarse office scan carries.

    At 200 dpi a speck of a dot or two is as large against the letters as a full stop, and Tesseract reads the specks
    around a line as marks or letters in it (quotes, colons, "|" beside a heading, "kömmun") and specks on the paper
    between lines as words of their own. On a grey page a 3x3 median takes out a speck a dot or two wide and keeps
    strokes, which are wider or longer; on a black-and-white page, whose thin strokes a median would break, a speck
    of at most SPECK_DOTS black dots with no other ink within SPECK_SPREAD dots is cleared (the dots of ä and ö stand
    within that of their letter), where such specks are SPECKLED_SHARE of its ink or more: on a clean page the few
    there are pieces of letters. A page of 300 dpi or more is left as it is: its specks are smaller against its
    letters, and the clearing is measured on 200-dpi office scans only."""
    if image.mode == "L":
        clean = image.filter(ImageFilter.MedianFilter(3))
    else:
        ink = ImageChops.invert(image.convert("L"))
        near = ink.filter(ImageFilter.BoxBlur(SPECK_SPREAD))  # the mean of a square 2 * SPECK_SPREAD + 1 wide
        lone = 255 * SPECK_DOTS / (2 * SPECK_SPREAD + 1) ** 2
        kept = ImageChops.multiply(ink, near.point(lambda v: 255 if v > lone + 1 else 0))
        inked, left = (sum(band.histogram()[128:]) for band in (ink, kept))
        if inked - left < SPECKLED_SHARE * inked:
            return image  # a page with few specks: what the clearing would take is pieces of letters
        clean = ImageChops.invert(kept).convert("1")
    clean.format = image.format
    return clean


def _read_levelled(number: int, dpi: int, image: Image.Image, language: str) -> Page:
    """One page, read again levelled when it leans.

    Tesseract reads a page turned 3° clockwise as a third of its words, with high confidence, and a scanner's
    feeder turns pages that much. Its own layout analysis measures the lean while it reads: a page that leans
    SKEW_MIN or more is turned level and read again, so a level page costs nothing more."""
    original, skew = image, 0.0
    data, lean = _recognise(image, language, dpi)
    for _ in range(SKEW_ROUNDS):  # the lean read off a badly leaning page is short of the truth: measure again
        if abs(lean) < SKEW_MIN:
            break
        skew += lean
        image = _prepare(original.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255))
        data, lean = _recognise(image, language, dpi)
    page = _upright(_parse(_rereads(data, image, language, dpi)), image, language, dpi, number)
    read = image.rotate(page.rotation, expand=True) if page.rotation else image
    return page.model_copy(update={"skew": round(skew, 2), "ink_read": _ink_read(read, page.words),
                                   "size": original.size})


def _even_paper(image: Image.Image) -> Image.Image:
    """The grey page with its paper made evenly white, its ink as far below the paper as it was.

    Tesseract cuts ink from paper at one grey level for the whole page (Otsu); on a page lit unevenly (a darker
    edge or corner where a scanner's lid did not close, a copy of a copy) the darker part falls below that level
    and reads as one black block, or the lighter part's thin strokes above it: few words, little of the ink read.
    The paper's brightness is what is left of the page shrunk to a few dots an inch with its ink spread away
    (the brightest dot near each), smoothed; the ink's distance below it is kept."""
    paper = _paper(image).resize(image.size, Image.Resampling.BILINEAR)
    even = ImageChops.invert(ImageChops.subtract(paper, image))
    even.format = image.format
    return even


def _paper(image: Image.Image) -> Image.Image:
    """The grey page's paper brightness, a few dots an inch: the page shrunk, the brightest dot near each (the ink
    spread away), smoothed."""
    small = image.reduce(PAPER_REDUCTION)
    return small.filter(ImageFilter.MaxFilter(PAPER_SPREAD)).filter(ImageFilter.GaussianBlur(PAPER_SPREAD // 2))


def _paper_cut(image: Image.Image) -> bool:
    """Tesseract's one grey level for the page (Otsu's) would turn part of its paper to ink.

    On an office scan lit unevenly, with light thin strokes (a blurred typewriter face), the ink is no darker than
    the dim edge's paper: Otsu's level then parts dim paper from bright, a strip of the page reads as one black block
    and the words in it are lost, while the few dark dots the words do have keep `_ink_read` high (0.70-0.71 on
    pages that lost a column of headings)."""
    paper = _paper(image).histogram()
    return sum(paper[:_otsu(image.histogram()) + 1]) > PAPER_UNDER_CUT * sum(paper)


def _otsu(histogram: list[int]) -> int:
    """The grey level that best parts a histogram in two (Otsu's method, as Tesseract thresholds a page)."""
    total, weighted = sum(histogram), sum(level * count for level, count in enumerate(histogram))
    below = below_weighted = 0
    best, level = -1.0, 0
    for t, count in enumerate(histogram):
        below += count
        below_weighted += t * count
        above = total - below
        if not below or not above:
            continue
        spread = below * above * (below_weighted / below - (weighted - below_weighted) / above) ** 2
        if spread > best:
            best, level = spread, t
    return level


def _ink_read(image: Image.Image, words: list[OcrWord]) -> float | None:
    """The share of the page's ink inside the boxes of the words read, or None for a blank page.

    Text Tesseract did not see (a lean it could not level, a faint block, a column its layout analysis lost)
    is ink with no word on it; logos, rules and signatures are too, so only a small share is a warning sign."""
    ink = image.convert("L").point(lambda v: 255 if v < INK_LEVEL else 0)
    inked = ink.histogram()[255]
    if inked < INK_MIN_SHARE * image.width * image.height:
        return None
    boxes = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(boxes)
    for word in words:
        if word.box:
            draw.rectangle(word.box, fill=255)
    return round(ImageChops.multiply(ink, boxes).histogram()[255] / inked, 3)


def ocr_pages(pages: Iterable[tuple[int, Image.Image]], language: str = "swe", *, dpi: int | None = None) -> list[Page]:
    """OCR (number, image) pages, in order; images are taken one at a time, so a caller that renders them
    lazily renders the next page while Tesseract reads the last, and holds no page in memory.

    `dpi`, when given, is the resolution of every image (a rendered PDF); otherwise each image's own."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract's OpenMP threads would fight our processes
    _core_wait()  # a bad setting fails every document, not only those that happen to wait
    done: list[Page] = []
    running: dict[futures.Future, int | None] = {}  # a page being read → its core token

    def collect(finished) -> None:
        for future in finished:
            del running[future]
            done.append(future.result())

    with futures.ThreadPoolExecutor(_cores()) as pool:
        try:
            for number, image in pages:
                prepared, page_dpi = _prepare(image), dpi or _resolution(image)
                del image  # a rendered page is held once, as prepared
                token = _wait_for_core(running, collect)
                running[pool.submit(_read_page, number, page_dpi, prepared, language, token)] = token
                del prepared
            collect(futures.wait(running)[0])
        finally:  # on an error (a page that cannot be rendered) pages not started give their token back
            for future, token in running.items():
                if future.cancel() and token is not None:
                    os.close(token)
    return sorted(done, key=lambda page: page.number)
