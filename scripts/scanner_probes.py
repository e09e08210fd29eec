"""Scanner probes: dev documents scanned as real office scanners scan, harsher than the corpus's renders.

The corpus renders each document as a mild 300-dpi scan (`render_pages.add_scan_noise`: ±0.8° skew, light blur and
speckle) and a clean threshold of it; real scans come at 200 dpi, lean more, are stored as strong JPEG, lit unevenly
(a darker edge or corner where the lid does not close), speckled with dust, and black-and-white ones print their
strokes thinner or bolder than the face. Here short dev documents are rendered at 200 dpi (a text PDF from its own
pages, a text or Markdown file from its printed text in its corpus face) and degraded that way, each page with its own
seed, so the same command makes the same pixels; each page is read grey and black-and-white by the project's OCR
(real Tesseract, as `minutes` reads a scan) and the readings are segmented and scored against the documents'
`expected.json`. Dev only: development probes, never test figures.

    .venv/bin/python scripts/scanner_probes.py make OUT [--docs N]   # renders, degrades, reads (minutes)
    .venv/bin/python scripts/scanner_probes.py score OUT [--failures]
"""
from __future__ import annotations

import argparse
import io
import random
import sys
import zlib
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# short dev documents of many templates, a few pages each, so the whole set reads in minutes on two cores
DOCS = ("brf-kopparslagaren-7-foreningsstamma-2025-05-21", "region-vastmark-rsau-2024-10-02",
        "ekvikens-forsamling-kyrkoradet-2025-03-18", "kungsbacka-kommunrevisionen-2025-03-24",
        "ljungskog-ksau-2024-03-26", "norrvik-ks-2023-03-14", "hagtornsskolans-foraldraforening-styrelsen-2025-01-22",
        "ljungdala-hogskolestyrelsen-2025-02-20", "stromsnas-un-2024-05-15", "kungsbacka-teknik-au-2025-06-02",
        "vastra-amterviken-vagforening-arsstamma-1979-04-28", "oppna-kartor-extra-arsmote-2024-09-14",
        "brf-kopparslagaren-7-styrelsen-2024-10-16", "storsjovik-socialnamnden-2025-05-20")
DPI = 200
SEED_SHIFT = 53  # another noise than the corpus's and the other probes' renders of the document
SKEW = 1.5  # degrees either way
JPEG_QUALITY = 40
SHADE = 45  # how much darker than the paper the dimmest part of an unevenly lit page is
SPECKLE = 0.002  # share of pixels turned black or white
THRESHOLD = 128


def pages_of(doc) -> list[Image.Image]:
    """The document's clean pages at 200 dpi: a text PDF's own pages, else its printed text in its corpus face."""
    from scripts import render_pages
    from scripts.make_minutes_corpus import face_for
    from reportlab.pdfbase import pdfmetrics

    if doc.kind == "pdf-text":
        return render_pages.pdf_to_images(doc.source_file.read_bytes(), dpi=DPI)
    face, default = face_for(doc), render_pages.FONT_NAME
    if face:
        pdfmetrics.getFont(face)  # registers the standard face, as make_devsets.scans does
        render_pages.FONT_NAME = face
    try:
        buffer = io.BytesIO()
        render_pages.render_text_pdf(doc.printed, buffer)
        return render_pages.pdf_to_images(buffer.getvalue(), dpi=DPI)
    finally:
        render_pages.FONT_NAME = default


def uneven_light(page: Image.Image, rng: random.Random) -> Image.Image:
    """Ink on paper lit unevenly: the paper's brightness varies smoothly over the page, darkest at one edge."""
    paper, ink = rng.randint(215, 240), rng.randint(20, 60)
    coarse = Image.new("L", (4, 6))
    dark_edge = rng.choice(("left", "right", "top", "bottom"))
    for x in range(4):
        for y in range(6):
            edge = {"left": x == 0, "right": x == 3, "top": y == 0, "bottom": y == 5}[dark_edge]
            coarse.putpixel((x, y), paper - rng.randint(0, SHADE // 3) - (SHADE * 2 // 3 if edge else 0))
    field = coarse.resize(page.size, Image.Resampling.BICUBIC)
    return Image.composite(field, Image.new("L", page.size, ink), page.convert("L"))


def speckle(page: Image.Image, rng: random.Random) -> Image.Image:
    """Salt and pepper: single pixels of dust and dropout, and a few specks a little larger."""
    draw = ImageDraw.Draw(page)
    w, h = page.size
    for _ in range(int(w * h * SPECKLE)):
        x, y = rng.randrange(w), rng.randrange(h)
        draw.point((x, y), fill=rng.choice((0, 255)))
    for _ in range(int(w * h / 200000)):
        x, y = rng.randrange(w), rng.randrange(h)
        draw.ellipse((x, y, x + 2, y + 2), fill=rng.randint(0, 60))
    return page


def jpeg(page: Image.Image, quality: int = JPEG_QUALITY) -> Image.Image:
    """The page as a scanner stores it in a PDF: strong JPEG, read back."""
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def grey_scan(page: Image.Image, seed: int) -> Image.Image:
    """A grey 200-dpi office scan of a clean page; the same seed, the same pixels."""
    rng = random.Random(seed)
    grey = uneven_light(page, rng)
    angle = rng.choice((-1, 1)) * rng.uniform(SKEW / 3, SKEW)
    grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=int(grey.getpixel((0, 0))))
    grey = grey.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.4, 0.8)))
    return jpeg(speckle(grey, rng))


def _shifted(page: Image.Image) -> tuple[Image.Image, Image.Image]:
    return ImageChops.offset(page, 1, 0), ImageChops.offset(page, 0, 1)


def bw_scan(grey: Image.Image, seed: int) -> Image.Image:
    """The grey scan as a black-and-white scanner sends it: one threshold, strokes a pixel thinner or bolder."""
    bw = grey.point(lambda v: 255 if v > THRESHOLD else 0)
    right, down = _shifted(bw)
    if random.Random(seed).random() < 0.5:
        bw = ImageChops.lighter(ImageChops.lighter(bw, right), down)  # thin: a stroke loses a pixel each way
    else:
        bw = ImageChops.darker(ImageChops.darker(bw, right), down)  # bold: a stroke gains one
    return bw.convert("1")


def make(out: Path, count: int) -> None:
    import json

    from scripts.make_minutes_corpus import read_pages, write_atomic
    from scripts.probe_cli import dev_docs

    docs = dev_docs()
    for name in DOCS[:count]:
        doc = docs[name]  # a KeyError for a test document: dev only
        seed = zlib.crc32(name.encode()) + SEED_SHIFT
        grey = [grey_scan(page, seed + n) for n, page in enumerate(pages_of(doc))]
        bw = [bw_scan(page, seed + n) for n, page in enumerate(grey)]
        write_atomic(out / f"{name}.expected.json", json.dumps(doc.expected, ensure_ascii=False, indent=1))
        write_atomic(out / f"{name}.grey.json", read_pages(grey, "swe", DPI).model_dump_json())
        write_atomic(out / f"{name}.bw.json", read_pages(bw, "swe", DPI).model_dump_json())
        print(name, len(grey), "pages", file=sys.stderr, flush=True)


def score(out: Path, failures: bool) -> None:
    import json

    from scripts.probe_cli import segmented
    from scripts.score_structure import Score
    from scripts.score_structure import score as score_one

    totals: dict[str, Score] = {}
    for truth in sorted(out.glob("*.expected.json")):
        name = truth.name.removesuffix(".expected.json")
        expected = json.loads(truth.read_text())
        for kind in ("grey", "bw"):
            path = out / f"{name}.{kind}.json"
            if not path.exists():
                continue
            seg = segmented(path)
            s = score_one(name, seg.meeting, seg.items, expected)
            totals[kind] = totals.get(kind, Score()) + s
            print(f"{name} {kind}: {_counts(s)}")
            for _, what, detail in s.failures if failures else ():
                print(f"    {what}: {str(detail)[:140]}")
    for kind, s in sorted(totals.items()):
        print(f"total {kind}: {_counts(s)}")


def _counts(s) -> str:
    return (f"items {s.items_right}/{s.items}, decisions {s.decisions_found}/{s.decisions} (+{s.decisions_extra}), "
            f"dnr {s.dnr_right}/{s.dnr}, fields {s.fields_right}/{s.fields}, "
            f"lists {s.participant_lists_exact}/{s.participant_lists}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    made = sub.add_parser("make")
    made.add_argument("out", type=Path)
    made.add_argument("--docs", type=int, default=len(DOCS), help=f"the first N of the {len(DOCS)} documents")
    scored = sub.add_parser("score")
    scored.add_argument("out", type=Path)
    scored.add_argument("--failures", action="store_true")
    args = ap.parse_args()
    if args.command == "make":
        make(args.out, args.docs)
    else:
        score(args.out, args.failures)


if __name__ == "__main__":
    main()
