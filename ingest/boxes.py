"""Where on the scan each correction's word was read, so the review page can show the scan beside the fix.

OCR word boxes are in pixels of the image Tesseract read, which was levelled (turned by the page's skew) and
maybe turned upright (by its rotation), each time on a larger canvas. The review page renders the source file
again, so a box is mapped back through those turns to fractions of the page image as the file holds it, which
hold at any resolution the page is rendered at.
"""
from __future__ import annotations

import math

from ingest.models import Correction, Page

Box = tuple[float, float, float, float]


def locate(corrections: list[Correction], pages: list[Page]) -> list[Correction]:
    """`corrections` (offsets into the pages' texts joined by form feeds) with the box of the words under each."""
    spans = []
    base = 0
    for page in pages:
        spans.append(_word_spans(page, base) if page.words and page.size else [])
        base += len(page.text) + 1
    located = []
    for correction in corrections:
        words = spans[correction.page - 1] if correction.page <= len(spans) else []
        box = union([box for start, end, box in words if start < correction.end and end > correction.start])
        located.append(correction.model_copy(update={"box": box}) if box else correction)
    return located


def _word_spans(page: Page, base: int) -> list[tuple[int, int, Box]]:
    """(start, end, box as fractions) of each OCR word found in the page's text, in order, as repair aligns
    them for their confidences (`repair._confidences`)."""
    found, cursor = [], 0
    for word in page.words:
        at = page.text.find(word.text, cursor) if word.text and word.box else -1
        if at < 0:
            continue
        cursor = at + len(word.text)
        found.append((base + at, base + cursor, source_box(word.box, page.size, page.skew, page.rotation)))
    return found


def union(boxes) -> Box | None:
    """The smallest box holding every box given (None among them left out), in whatever units they share."""
    boxes = [box for box in boxes if box]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def source_box(box: tuple[int, int, int, int], size: tuple[int, int], skew: float, rotation: int) -> Box:
    """A box on the image OCR read, as fractions of the image before `skew` and then `rotation` turned it (both
    as PIL's `rotate(angle, expand=True)` does, whose geometry this repeats)."""
    width, height = size
    levelled = _turned_size(size, skew)
    corners = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
    if rotation:
        corners = [_back(x, y, levelled, rotation) for x, y in corners]
    if skew:
        corners = [_back(x, y, size, skew) for x, y in corners]
    xs = [min(max(x / width, 0.0), 1.0) for x, _ in corners]
    ys = [min(max(y / height, 0.0), 1.0) for _, y in corners]
    return (round(min(xs), 4), round(min(ys), 4), round(max(xs), 4), round(max(ys), 4))


def _matrix(size: tuple[int, int], angle: float) -> tuple[list[float], tuple[int, int]]:
    """PIL's affine matrix for `rotate(angle, expand=True)` (output pixel → input pixel) and the output size."""
    w, h = size
    a = -math.radians(angle % 360.0)
    m = [round(math.cos(a), 15), round(math.sin(a), 15), 0.0, round(-math.sin(a), 15), round(math.cos(a), 15), 0.0]

    def transform(x: float, y: float) -> tuple[float, float]:
        return m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]

    m[2], m[5] = transform(-w / 2.0, -h / 2.0)
    m[2] += w / 2.0
    m[5] += h / 2.0
    xs, ys = zip(*(transform(x, y) for x, y in ((0, 0), (w, 0), (w, h), (0, h))))
    nw = math.ceil(max(xs)) - math.floor(min(xs))
    nh = math.ceil(max(ys)) - math.floor(min(ys))
    m[2], m[5] = transform(-(nw - w) / 2.0, -(nh - h) / 2.0)
    return m, (nw, nh)


def _turned_size(size: tuple[int, int], angle: float) -> tuple[int, int]:
    return _matrix(size, angle)[1] if angle else size


def _back(x: float, y: float, size: tuple[int, int], angle: float) -> tuple[float, float]:
    """The point of the image of `size` that `rotate(angle, expand=True)` moved to (x, y)."""
    m, _ = _matrix(size, angle)
    return m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]
