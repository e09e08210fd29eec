"""Build the committed development sets for the repair under eval/devsets/ and the
training split under eval/train/.

    python scripts/make_devsets.py [text] [ocr] [train] [glyphs] [older]     (default: all five)

The sets are committed plain text so that scoring needs no OCR and every engineer
scores against the same bytes. `text` makes the cheap sets (stripped, clean,
seed003); `ocr` renders documents to noisy 300-dpi scans with
scripts/render_pages.py and reads each page with the pipeline's own OCR
(ingest.ocr.ocr_page), once per reading in OCR_READINGS, so the repair is scored on
exactly the text and confidences it gets in production;
`train` does the same for Talbanken *test* prose, which only learn_confusions.py
reads, so that confusion weights are never learned on the text they are scored on;
`glyphs` renders 400 paragraphs of the Riksdag *train* sessions and reads them with the English model only, into
eval/train/glyphs/: more English-model glyph confusions ("6é" and "dé" for "ö", "aé" for "ä") than 8,000
words show, for the confusion table alone; `older` makes older-clean, older-stripped and older-ocr-eng of the
minutes of 1874-1905 in eval/older/ (their spelling before the reform of 1906).

A case is <set>/<name>.input.txt + <name>.truth.txt, plus <name>.words.tsv
(word<TAB>confidence, in reading order) for OCR'd sets. Pages are joined by "\\f"
as in ingest.models.PAGE_BREAK. Same inputs, same tesseract → same bytes.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.models import PAGE_BREAK  # noqa: E402


CORPORA = ROOT.parent / "shared" / "corpora"
DEVSETS = ROOT / "eval" / "devsets"
TRAIN = ROOT / "eval" / "train"
SEED_CLEAN = next((ROOT / "eval" / "seeds").glob("000_*.txt"))
SEED_OCR = next((ROOT / "eval" / "seeds").glob("003_*.txt"))
TRUTH_OCR = ROOT / "eval" / "truth" / SEED_OCR.name

CHUNK_LINES = 40
OCR_CHUNKS = (0, 4, 8, 12)  # spread over the dev prose; ~2,800 words keeps OCR within the CPU budget
# Dev prose: Riksdag interpellations of session 2017/18 (scripts/corpora.py, split "dev"), which the dictionaries
# are not built from (Talbanken's dev part is reserved for independent judging and never read).
DEV_PARAGRAPHS, PARAGRAPHS_PER_CASE, DEV_SEED = 140, 10, 17
TRAIN_WORDS = 8000
# a reading is an OCR language, with "-bw" when it reads the pages as a black-and-white scan (see bilevel)
OCR_READINGS = ("eng", "swe", "swe+eng", "eng-bw", "swe-bw", "swe+eng-bw")
TRAIN_READINGS = ("eng", "swe", "swe-bw")
GLYPHS = TRAIN / "glyphs"
OLDER = ROOT / "eval" / "older"
GLYPH_CASES, GLYPH_SEED = 40, 2913  # cases of 10 Riksdag train paragraphs (~26,000 words)
BW_DPI, BW_THRESHOLD = 200, 110
FONTS = (None, "Times-Roman", "Courier")  # taken in turn by the documents of a set; None: render_pages' Vera
FOLD = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def chunks(path: Path, size: int = CHUNK_LINES) -> list[str]:
    lines = [line for line in read(path).splitlines() if line.strip()]
    return ["\n".join(lines[i : i + size]) + "\n" for i in range(0, len(lines), size)]


def dev_prose() -> list[str]:
    """The dev prose in cases of a few paragraphs, a paragraph a line and a blank line between."""
    from scripts.corpora import prose_paragraphs

    picked = prose_paragraphs("dev", DEV_PARAGRAPHS, DEV_SEED)
    return ["\n\n".join(picked[i:i + PARAGRAPHS_PER_CASE]) + "\n" for i in range(0, len(picked), PARAGRAPHS_PER_CASE)]


def seed_clean() -> str:
    """Seed 000 as a renderer and the normalize stage see it: Word's private-use bullet is '•'."""
    return read(SEED_CLEAN).replace("\uf0b7", "•")


def write_case(directory: Path, name: str, inp: str, truth: str, words: list[tuple[str, float]] | None = None) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.input.txt").write_text(inp, encoding="utf-8")
    (directory / f"{name}.truth.txt").write_text(truth, encoding="utf-8")
    if words is not None:
        rows = "".join(f"{w}\t{c:.2f}\n" for w, c in words)  # tesseract words never hold a tab or newline
        (directory / f"{name}.words.tsv").write_text(rows, encoding="utf-8")


def fresh(directory: Path) -> Path:
    """Start a set from nothing so that a renamed case leaves no stale files behind."""
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    return directory


def make_text_sets() -> None:
    stripped, clean, seed = fresh(DEVSETS / "stripped"), fresh(DEVSETS / "clean"), fresh(DEVSETS / "seed003")
    for i, text in enumerate(dev_prose()):
        write_case(stripped, f"riksdag-dev-{i:02d}", text.translate(FOLD), text)
        write_case(clean, f"riksdag-dev-{i:02d}", text, text)
    write_case(clean, "seed000", seed_clean(), seed_clean())
    write_case(seed, "seed003", read(SEED_OCR), read(TRUTH_OCR))


def scans(text: str, seed: int, font: str | None) -> list:
    """render_pages draws in Vera only, but the OCR confuses each typeface its own way (Vera: & for å;
    Times: i, ii or d for ä, as in real old OCR), so confusions learned from one font do not carry over.
    Until render_pages takes a font, swap its FONT_NAME for one of the standard PDF fonts, which need no
    font file: pdfium draws them from its built-in set."""
    from reportlab.pdfbase import pdfmetrics

    from scripts import render_pages

    default = render_pages.FONT_NAME
    if font:
        pdfmetrics.getFont(font)  # registers it, so render_pages does not load its TTF under this name
        render_pages.FONT_NAME = font
    try:
        return render_pages.text_to_scans(text, seed=seed, dpi=300)
    finally:
        render_pages.FONT_NAME = default


def bilevel(image):
    """The page as a black-and-white office scan or fax sends it: 200 dpi, one bit a pixel, thin strokes
    broken by the threshold. The Swedish model reads render_pages' grey scans almost perfectly (0.3% word
    error rate), so they cannot show whether the repair halves its errors; on these it errs as on poor real
    scans (11-14% on a test page: lost diacritics, a for å, letter errors)."""
    from PIL import Image

    small = image.resize((image.width * BW_DPI // 300, image.height * BW_DPI // 300), Image.Resampling.BILINEAR)
    return small.point(lambda v: 255 if v > BW_THRESHOLD else 0).convert("1")


def scan_and_ocr(out: Path, docs: Iterator[tuple[str, str]], readings: tuple[str, ...], prefix: str = "") -> None:
    from ingest.ocr import ocr_page

    dirs = {r: fresh(out / f"{prefix}ocr-{r}") for r in readings}
    for i, (name, truth) in enumerate(docs):
        started = time.monotonic()
        font = FONTS[i % len(FONTS)]
        # the noise seed follows the name, not the position, so adding a case leaves the others' bytes alone
        pages = scans(truth, zlib.crc32(name.encode()), font)
        variants = {"": (pages, 300)}
        if any(r.endswith("-bw") for r in readings):
            variants["bw"] = ([bilevel(p) for p in pages], BW_DPI)
        for reading in readings:
            language, _, variant = reading.partition("-")
            images, dpi = variants[variant]
            read = [ocr_page(image, language, n, dpi=dpi) for n, image in enumerate(images, 1)]
            words = [(w.text, w.confidence) for page in read for w in page.words]
            write_case(dirs[reading], name, PAGE_BREAK.join(page.text for page in read), truth, words)
        print(f"{out.name}/{name}: {font or 'Vera'}, {len(pages)} pages, {time.monotonic() - started:.0f}s",
              file=sys.stderr, flush=True)


def dev_docs() -> Iterator[tuple[str, str]]:
    yield "seed000", seed_clean()
    yield "seed003-truth", read(TRUTH_OCR)
    dev = dev_prose()
    for i in OCR_CHUNKS:
        yield f"riksdag-dev-{i:02d}", dev[i]


def train_docs() -> Iterator[tuple[str, str]]:
    words = 0
    for i, text in enumerate(chunks(CORPORA / "talbanken-test.txt")):
        if words >= TRAIN_WORDS:
            return
        words += len(text.split())
        yield f"talbanken-test-{i:02d}", text


def glyph_docs() -> Iterator[tuple[str, str]]:
    from scripts.corpora import prose_paragraphs

    picked = prose_paragraphs("train", PARAGRAPHS_PER_CASE * GLYPH_CASES, GLYPH_SEED)
    for i in range(GLYPH_CASES):
        yield f"riksdag-train-{i:02d}", "\n\n".join(picked[PARAGRAPHS_PER_CASE * i:PARAGRAPHS_PER_CASE * (i + 1)])


def older_docs() -> Iterator[tuple[str, str]]:
    for path in sorted(OLDER.glob("*.txt")):
        yield path.stem, read(path)


def make_older_sets() -> None:
    """The older minutes as they are (no word may change), stripped of their marks, and as English-model OCR."""
    clean, stripped = fresh(DEVSETS / "older-clean"), fresh(DEVSETS / "older-stripped")
    for name, text in older_docs():
        write_case(clean, name, text, text)
        write_case(stripped, name, text.translate(FOLD), text)
    scan_and_ocr(DEVSETS, older_docs(), ("eng",), prefix="older-")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("parts", nargs="*", choices=("text", "ocr", "train", "glyphs", "older"),
                    default=["text", "ocr", "train", "glyphs", "older"])
    parts = ap.parse_args().parts
    if "text" in parts:
        make_text_sets()
    if "ocr" in parts:
        scan_and_ocr(DEVSETS, dev_docs(), OCR_READINGS)
    if "train" in parts:
        scan_and_ocr(TRAIN, train_docs(), TRAIN_READINGS)
    if "glyphs" in parts:
        scan_and_ocr(GLYPHS, glyph_docs(), ("eng",))
    if "older" in parts:
        make_older_sets()
    return 0


if __name__ == "__main__":
    sys.exit(main())
