"""Benchmark input made from the project's own material: dense A4 pages whose true text is known.

The OCR benchmark needs many pages of realistic Swedish print with a truth to score against, and no
scans may be collected, so pages are typeset here: the two seeds (meeting notes, a protokoll), the dev prose of
eval/devsets/clean (Riksdag interpellations) and Talbanken test prose (`../shared/corpora/`, CC BY-SA 4.0) in
paragraphs, cycled for as many pages as asked.
Lines are wrapped and cut into pages here, not by the renderer, so each page's truth is exactly what is
printed on it; `scripts/render_pages.py` then makes them noisy grey 300-dpi scans (page n noised with
seed n), and they go into an image-only PDF as grey JPEG, as a scanner or copier writes them.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import render_pages  # noqa: E402  (a script folder, not a package)

CORPORA = ROOT.parent / "shared" / "corpora"
SOURCES = (
    ROOT / "eval" / "seeds" / "000_a073afec584fb315.txt",
    ROOT / "eval" / "truth" / "003_062adbd7478ffd8d.txt",
    *sorted((ROOT / "eval" / "devsets" / "clean").glob("riksdag-dev-*.truth.txt")),
    CORPORA / "talbanken-test.txt",
)
FONT_SIZE = 11.0
SENTENCES_PER_PARAGRAPH = 5
JPEG_QUALITY = 80


def _lines(path: Path) -> list[str]:
    """A seed as its lines; Talbanken (a sentence a line) as paragraphs of a few sentences."""
    raw = path.read_text(encoding="utf-8").splitlines()
    if not path.name.startswith("talbanken"):
        return [line.rstrip() for line in raw]
    out: list[str] = []
    for start in range(0, len(raw), SENTENCES_PER_PARAGRAPH):
        out += [" ".join(s.strip() for s in raw[start:start + SENTENCES_PER_PARAGRAPH]), ""]
    return out


def page_texts(count: int) -> list[str]:
    """`count` pages of text, each as many wrapped lines as fit one A4 page; a source starts a new page."""
    render_pages._register_font()
    width, height = A4
    per_page = int((height - 2 * render_pages.MARGIN) // (FONT_SIZE * 1.35)) + 1
    pages: list[str] = []
    while len(pages) < count:
        for source in SOURCES:
            wrapped = [piece for line in _lines(source)
                       for piece in render_pages._wrap(line, width - 2 * render_pages.MARGIN, FONT_SIZE)]
            for start in range(0, len(wrapped), per_page):
                page = "\n".join(wrapped[start:start + per_page]).strip("\n")
                if page:
                    pages.append(page)
    return pages[:count]


def scans(texts: list[str], dpi: int = 300) -> list[Image.Image]:
    """Noisy grey scans of the pages; page n (0-based) is noised with seed n."""
    buffer = io.BytesIO()
    render_pages.render_text_pdf("\f".join(texts), buffer, font_size=FONT_SIZE)
    images = render_pages.pdf_to_images(buffer.getvalue(), dpi=dpi)
    if len(images) != len(texts):
        raise AssertionError(f"{len(texts)} pages of text rendered as {len(images)} pages")
    return [render_pages.add_scan_noise(image, n) for n, image in enumerate(images)]


def write_scanned_pdf(images: list[Image.Image], path: Path, dpi: int = 300) -> None:
    """An image-only PDF, grey JPEG inside and no text layer; no timestamps, so reruns are byte-identical."""
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=JPEG_QUALITY,
                   creationDate=None, modDate=None)


def write_text_pdf(texts: list[str], path: Path) -> None:
    """The same pages with a real text layer: the pipeline's own cost per page, without Tesseract."""
    render_pages.render_text_pdf("\f".join(texts), path, font_size=FONT_SIZE)
