"""The README's picture of a PDF's text layer: docs/pdf-text-layer.png.

    python scripts/pdf_picture.py [-o docs/pdf-text-layer.png]

The page is the one tests/test_pdfa.py checks: the seed minutes as a poor black-and-white scan read with the
English model, as old OCR read Swedish, so the repair has å, ä and ö to put back. `minutes pdf` makes its
searchable PDF; a copy has the invisible text (render mode 3) drawn in red (mode 0), and pdftoppm renders the top
of the page, so the picture shows the repaired words where PDF readers find them, over the printed ones.
"""
from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
from pathlib import Path

import pikepdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from ingest.pdfa import write_pdfa  # noqa: E402
from ingest.pipeline import Options, extracted, from_extraction  # noqa: E402
from scripts import render_pages  # noqa: E402
from scripts.make_devsets import bilevel, seed_clean  # noqa: E402

RED = b"1 0 0 rg\n"
PIXELS = 1100


def visible(pdf: pikepdf.Pdf) -> None:
    """The text layers OCRmyPDF grafted (form XObjects named /OCR-…, drawn under the page image) drawn in red
    instead of invisibly, once more over the image."""
    for page in pdf.pages:
        for name, xobject in page.Resources.get("/XObject", {}).items():
            if str(name).startswith("/OCR-"):
                xobject.write(RED + xobject.read_bytes().replace(b"3 Tr", b"0 Tr"))
                page.contents_add(pdf.make_stream(b"q " + str(name).encode() + b" Do Q"), prepend=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "pdf-text-layer.png")
    args = parser.parse_args()
    truth = "\n".join(seed_clean().splitlines()[:45]) + "\n"
    scan = bilevel(render_pages.text_to_scans(truth, seed=3, dpi=300)[0])
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        source = folder / "page.png"
        scan.save(source)
        options = Options(language="eng")
        sha, raw = extracted(source.read_bytes(), source.name, options)
        document, _ = from_extraction(raw, sha, source.name, options)
        made = io.BytesIO()
        write_pdfa(source, document, raw, made)
        with pikepdf.open(made) as pdf:
            visible(pdf)
            pdf.save(folder / "visible.pdf")
            width = float(pdf.pages[0].mediabox[2])
        dpi = round(PIXELS / (width / 72) / 0.75)  # the left three quarters of the page, PIXELS wide
        subprocess.run(["pdftoppm", "-png", "-singlefile", "-r", str(dpi), "-f", "1", "-l", "1", "-x", "0", "-y", "0",
                        "-W", str(PIXELS), "-H", str(round(PIXELS * 0.56)),
                        str(folder / "visible.pdf"), str(folder / "picture")], check=True)
        args.output.write_bytes((folder / "picture.png").read_bytes())
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
