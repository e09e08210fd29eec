"""The repaired words where they were read (ingest/placed.py): a real damaged scan, and the joins and splits
between OCR words and text tokens written out as data."""
from __future__ import annotations

import io

import pytest

from ingest.models import Correction, OcrWord, Page
from ingest.normalize import normalize
from ingest.pipeline import Options, extracted, from_extraction
from ingest.placed import placed
from scripts import render_pages
from scripts.make_devsets import bilevel, seed_clean


@pytest.fixture(scope="module")
def damaged():
    """A page of the seed minutes as a poor black-and-white scan read with the English model: the diacritics
    are lost or misread, as in old OCR, so the repair has work to do."""
    text = "\n".join(seed_clean().splitlines()[:45]) + "\n"
    image = bilevel(render_pages.text_to_scans(text, seed=3, dpi=300)[0])
    data = io.BytesIO()
    image.save(data, format="PNG")
    options = Options(language="eng")
    sha, raw = extracted(data.getvalue(), "page.png", options)
    document, _ = from_extraction(raw, sha, "page.png", options)
    return document, normalize(raw)


def test_every_ocr_word_is_placed_and_the_words_read_as_the_repaired_text(damaged):
    document, extraction = damaged
    [words] = placed(extraction.pages, document.corrections)
    read = [w for w in extraction.pages[0].words if w.text.strip()]
    assert len(words) == len(read) > 100
    assert [w.text for w in words] == document.text.split()
    changed = [w for w in words if w.text != w.read]
    assert len(changed) == len(document.corrections) > 20
    assert all(0 <= w.box[0] < w.box[2] <= 1 and 0 <= w.box[1] < w.box[3] <= 1 for w in words)


def test_lines_follow_the_page_text(damaged):
    document, extraction = damaged
    [words] = placed(extraction.pages, document.corrections)
    lines = {}
    for word in words:
        lines.setdefault(word.line, []).append(word.text)
    text_lines = [line.split() for line in document.text.splitlines() if line.strip()]
    assert list(lines.values()) == text_lines


def _page(text: str, words: list[str]) -> Page:
    """A page read as `words`, one box per word along a line, its normalized text `text`."""
    boxes = [OcrWord(word, 90.0, (100 * i, 10, 100 * i + 80, 40)) for i, word in enumerate(words)]
    return Page(number=1, text=text, method="ocr", words=boxes, size=(2000, 100))


def _fix(text: str, original: str, corrected: str, nth: int = 0) -> Correction:
    start = -1
    for _ in range(nth + 1):
        start = text.index(original, start + 1)
    return Correction(page=1, line=1, start=start, end=start + len(original), original=original,
                      corrected=corrected, confidence=0.9, reason="diacritics")


def test_a_word_broken_over_two_lines_keeps_its_halves_and_the_hyphen():
    text = "Vi har tradgardar\nhar.\n"
    page = _page(text, ["Vi", "har", "tradgar-", "dar", "har."])
    fixes = [_fix(text, "tradgardar", "trädgårdar"), _fix(text, "har", "här", nth=1)]
    [words] = placed([page], fixes)
    assert [(w.text, w.line) for w in words] == [("Vi", 1), ("har", 1), ("trädgår-", 1), ("dar", 2), ("här.", 2)]


def test_a_correction_joining_two_words_goes_to_the_first_box_widened_over_both():
    text = "i trä dgårdar\n"
    page = _page(text, ["i", "trä", "dgårdar"])
    [words] = placed([page], [_fix(text, "trä dgårdar", "trädgårdar")])
    assert [w.text for w in words] == ["i", "trädgårdar"]
    assert words[1].box == (0.05, 0.1, 0.14, 0.4)


def test_a_word_the_text_lost_keeps_what_ocr_read():
    text = "sammantrade i Malmo\n"
    page = _page(text, ["sammantrade", "|", "i", "Malmo"])
    [words] = placed([page], [_fix(text, "sammantrade", "sammanträde"), _fix(text, "Malmo", "Malmö")])
    assert [w.text for w in words] == ["sammanträde", "|", "i", "Malmö"]


def test_pages_take_their_own_corrections_and_a_text_page_has_no_words():
    first, second = "har\n", "for\n"
    pages = [_page(first, ["har"]), Page(number=2, text="mellan\n", method="text"), _page(second, ["for"])]
    base = len(first) + 1 + len("mellan\n") + 1
    fixes = [_fix(first, "har", "här"), _fix(second, "for", "för").model_copy(update={"page": 3, "start": base,
                                                                                     "end": base + 3})]
    placed_pages = placed(pages, fixes)
    assert [[w.text for w in page] for page in placed_pages] == [["här"], [], ["för"]]
