"""Regenerate samples/: one realistic input of every kind, made from the two seeds.

    python scripts/make_samples.py [--out samples]

The output is byte-identical on every run (fixed noise seeds, no timestamps), so samples/ can be
committed and checked: run the script and `git status` shows nothing.
"""
from __future__ import annotations

import argparse
import io
import shutil
from pathlib import Path

from PIL import Image

import render_pages

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = ROOT / "eval" / "seeds" / "000_a073afec584fb315.txt"
SEED_003_OCR = ROOT / "eval" / "seeds" / "003_062adbd7478ffd8d.txt"
SEED_003_TRUTH = ROOT / "eval" / "truth" / "003_062adbd7478ffd8d.txt"
DPI = 300
NOISE_SEED = 3
# 10 pt Vera fits the longest line of both seeds on A4, so the pages break lines as the originals did.
FONT_SIZE = 10

TEXT_PDF = "hss-motesanteckningar-text.pdf"
SCAN = "ledningsgrupp-2021-08-17-scan"
OLD_OCR = "ledningsgrupp-2021-08-17-old-ocr.txt"


def _bilevel(page: Image.Image) -> Image.Image:
    """Threshold halfway between paper and ink, as an office scanner in black-and-white mode does."""
    low, high = page.getextrema()
    middle = (low + high) // 2
    return page.point(lambda v: 255 if v > middle else 0).convert("1", dither=Image.Dither.NONE)


def _save_scans(pages: list[Image.Image], out: Path) -> list[tuple[str, str]]:
    made = []
    for n, page in enumerate(pages, start=1):
        name = f"{SCAN}-{n}.png"
        page.save(out / name, optimize=True, dpi=(DPI, DPI))
        made.append((name, f"page {n} of the seed-003 truth, rendered at {DPI} dpi with scan noise, 8-bit grey PNG"))
    name = f"{SCAN}-1.jpg"
    pages[0].copy().save(out / name, quality=80, optimize=True, dpi=(DPI, DPI))
    made.append((name, "page 1 as a grey JPEG (quality 80), as a phone or copier would send it"))
    bilevel = [_bilevel(page) for page in pages]
    name = f"{SCAN}.tif"
    bilevel[0].save(out / name, compression="group4", save_all=True, append_images=bilevel[1:], dpi=(DPI, DPI))
    made.append((name, f"all {len(pages)} pages as one multi-page 1-bit TIFF (CCITT group 4), a black-and-white office scan"))
    name = f"{SCAN}.pdf"
    copies = [page.copy() for page in pages]  # Pillow leaves encoder settings on saved images
    copies[0].save(out / name, "PDF", resolution=DPI, save_all=True, append_images=copies[1:], quality=80,
                   creationDate=None, modDate=None)  # no timestamps: byte-identical reruns
    made.append((name, f"all {len(pages)} pages as an image-only PDF (grey JPEG inside, no text layer)"))
    return made


def make_samples(out: Path) -> list[tuple[str, str]]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    render_pages.render_text_pdf(SEED_000.read_text(encoding="utf-8"), out / TEXT_PDF, font_size=FONT_SIZE)
    made.append((TEXT_PDF, "seed 000 (meeting notes typed in Word) as an A4 PDF with a text layer; "
                 "its list bullets are the private-use U+F0B7 that Word writes"))
    pdf = io.BytesIO()
    render_pages.render_text_pdf(SEED_003_TRUTH.read_text(encoding="utf-8"), pdf, font_size=FONT_SIZE)
    pages = [render_pages.add_scan_noise(page, NOISE_SEED + n)
             for n, page in enumerate(render_pages.pdf_to_images(pdf.getvalue(), dpi=DPI))]
    made += _save_scans(pages, out)
    shutil.copyfile(SEED_003_OCR, out / OLD_OCR)
    made.append((OLD_OCR, "seed 003 as an earlier OCR run left it (Tesseract, English model: å/ä/ö lost, UTF-8)"))
    _write_readme(out, made)
    return made


def _write_readme(out: Path, made: list[tuple[str, str]]) -> None:
    lines = [
        "# Samples",
        "",
        "Realistic inputs of every kind `minutes` reads, made from the two seeds by",
        "`python scripts/make_samples.py` (byte-identical on every run; do not edit by hand).",
        "The scans are the hand-made truth of seed 003 (`eval/truth/003_062adbd7478ffd8d.txt`)",
        f"typeset in {FONT_SIZE} pt Vera on A4, rendered at {DPI} dpi and given a slight skew, blur, grey paper",
        "and speckle (`scripts/render_pages.py`), so OCR output can be scored against a known truth.",
        "",
        "| file | what it is |",
        "| --- | --- |",
        *(f"| `{name}` | {what} |" for name, what in made),
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Regenerate the shipped samples from the seeds.")
    parser.add_argument("--out", type=Path, default=ROOT / "samples")
    args = parser.parse_args(argv)
    for name, _ in make_samples(args.out):
        print(args.out / name)


if __name__ == "__main__":
    main()
