"""Turn plain text into realistic test documents: a text-layer PDF, its page images, and noisy "scans".

Tests and development sets need real PDFs and real scans whose true text is known, so they are made
here from text rather than collected. Importable (`sys.path.insert(0, "scripts"); import render_pages`)
and a CLI:

    python scripts/render_pages.py TEXT_FILE OUT_PREFIX [--seed N] [--dpi 300]

writes OUT_PREFIX-1.png, OUT_PREFIX-2.png, ...
"""
from __future__ import annotations

import argparse
import io
import random
import os
from pathlib import Path
from typing import BinaryIO

import pypdfium2 as pdfium
import reportlab
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

# Vera ships inside reportlab, so rendering never depends on system fonts; it covers å ä ö é ü • – “ ” §.
FONT_NAME = "Vera"
FONT_PATH = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
MARGIN = 22 * mm

# Word draws list bullets from the Symbol/Wingdings fonts, whose characters sit in the private-use area,
# so real PDFs carry U+F0B7 etc. in their text layer. Drawing them with the bullet glyph reproduces that.
PRIVATE_USE_BULLETS = (0xF0B7, 0xF0A7, 0xF076, 0xF0D8, 0xF0FC, 0xF06E, 0xF0A8, 0xF0E8)

PathOrFile = str | os.PathLike[str] | BinaryIO


def _register_font() -> None:
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(FONT_NAME, str(FONT_PATH))
        bullet = font.face.charToGlyph[ord("•")]
        for code in PRIVATE_USE_BULLETS:
            font.face.charToGlyph[code] = bullet
            font.face.charWidths[code] = font.face.charWidths[ord("•")]
        pdfmetrics.registerFont(font)


def _wrap(line: str, width: float, font_size: float) -> list[str]:
    """Break one input line at spaces so it fits the text width; an empty line stays one empty line. A line's
    indentation is printed, on each of its pieces, as a typist sets a caption under a name or a value in a right
    column: a scan of it holds the gap."""
    body = line.lstrip(" ")
    indent = line[: len(line) - len(body)]
    out: list[str] = []
    current = ""
    for word in body.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and pdfmetrics.stringWidth(indent + candidate, FONT_NAME, font_size) > width:
            out.append(indent + current)
            current = word
        else:
            current = candidate
    out.append(indent + current if current else "")
    return out


def render_text_pdf(text: str, path: PathOrFile, *, font_size: float = 11) -> None:
    """Write `text` as an A4 PDF with a real text layer; input line breaks are kept, a form feed starts a page, a tab
    goes to the next of every eighth column as a printer sets it (the face has no glyph for it)."""
    _register_font()
    width, height = A4
    leading = font_size * 1.35
    if isinstance(path, os.PathLike):
        path = os.fspath(path)  # reportlab takes str or a file, not Path
    pdf = canvas.Canvas(path, pagesize=A4, invariant=1)  # invariant: no timestamps, byte-identical output
    pdf.setFont(FONT_NAME, font_size)
    y = height - MARGIN
    for p, page_text in enumerate(text.split("\f")):
        if p:
            pdf.showPage()
            pdf.setFont(FONT_NAME, font_size)
            y = height - MARGIN
        for line in page_text.rstrip("\n").split("\n"):
            for piece in _wrap(line.expandtabs().rstrip(), width - 2 * MARGIN, font_size):  # a tab prints as a gap
                if y < MARGIN:
                    pdf.showPage()
                    pdf.setFont(FONT_NAME, font_size)
                    y = height - MARGIN
                if piece:
                    pdf.drawString(MARGIN, y, piece)
                y -= leading
    pdf.showPage()
    pdf.save()


def pdf_to_images(path: PathOrFile | bytes, dpi: int = 300) -> list[Image.Image]:
    """Render every page of a PDF to an 8-bit grey image at `dpi`."""
    pdf = pdfium.PdfDocument(path)
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def add_scan_noise(image: Image.Image, seed: int) -> Image.Image:
    """Make a clean page look scanned: grey paper and ink, a slight skew, blur and speckle; same seed, same pixels."""
    rng = random.Random(seed)
    paper = rng.randint(228, 242)
    ink = rng.randint(25, 55)
    grey = image.convert("L").point(lambda v: ink + (paper - ink) * v // 255)
    angle = rng.uniform(-0.8, 0.8)
    grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=paper)
    grey = grey.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.5, 0.9)))
    draw = ImageDraw.Draw(grey)
    w, h = grey.size
    scale = max(1, round(w / 1240))  # speckle size follows resolution (1240 px = A4 width at 150 dpi)
    for _ in range(int(w * h / 20000)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice((0, 0, 0, 1)) * scale
        shade = rng.choice((ink + 40, ink + 80, paper - 60, 255))
        draw.ellipse((x, y, x + r, y + r), fill=shade)
    return grey


def text_to_scans(text: str, seed: int = 0, dpi: int = 300) -> list[Image.Image]:
    """Text → PDF → page images → noisy scans; page n is noised with seed + n so pages differ."""
    buffer = io.BytesIO()
    render_text_pdf(text, buffer)
    pages = pdf_to_images(buffer.getvalue(), dpi=dpi)
    return [add_scan_noise(page, seed + n) for n, page in enumerate(pages)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Render a text file to noisy 'scanned' page PNGs.")
    parser.add_argument("text_file", type=Path)
    parser.add_argument("out_prefix")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dpi", type=int, default=300)
    args = parser.parse_args(argv)
    text = args.text_file.read_text(encoding="utf-8")
    for n, image in enumerate(text_to_scans(text, seed=args.seed, dpi=args.dpi), start=1):
        out = f"{args.out_prefix}-{n}.png"
        image.save(out, optimize=True, dpi=(args.dpi, args.dpi))
        print(out)


if __name__ == "__main__":
    main()
