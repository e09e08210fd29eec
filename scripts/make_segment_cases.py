"""Make the OCR'd variants of the segmenter's test documents.

Each text case in tests/segment_cases is rendered to noisy page scans (scripts/render_pages.py)
and read back with the project's own OCR (ingest.ocr, Tesseract's Swedish model), so the tests
see what a scanned protocol really gives: "§ 48" read as "848" or "8 48", lost bullets, broken
names. The OCR text is committed next to a JSON that points at the text case as its truth, so the
tests stay fast and need no Tesseract.

    OMP_THREAD_LIMIT=1 .venv/bin/python scripts/make_segment_cases.py [--lang eng] [NAME ...]

`--lang eng` makes the English-model variant: it reads "§" but loses å/ä/ö, as old OCR text does.
A case may be a Markdown file (printed as its rendered text) or a PDF with its text layer as the `.txt` (printed
from its own pages, whatever the options). `--corpus grey` and `--corpus bw` render as the minutes corpus does
(scripts/make_devsets.py: seed from the name, Courier for the typewritten cases; `bw` the 200-dpi black-and-white
scan) and write `__ocr_swe` and `__ocr_swe_bw`.
"""
from __future__ import annotations

import json
import os
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render_pages import text_to_scans  # noqa: E402

from ingest.models import PAGE_BREAK  # noqa: E402
from ingest.ocr import ocr_page  # noqa: E402

CASES = Path(__file__).resolve().parents[1] / "tests" / "segment_cases"
DEFAULT = (
    "protokoll_ks_tomelilla",
    "protokoll_bun_solleftea",
    "anteckningar_trygg_kiruna",
    "anteckningar_kulturradet",
    "typewritten_sjobo_1964",
    "typewritten_lund_1953",
    "protokoll_brf_solglantan",
    "protokoll_ksau_boras",
    "protokoll_kf_mora",
    "anteckningar_apt_ostra",
    "typewritten_hemslojd_1968",
    "anteckningar_ledningsgrupp_sept",
    "anteckningar_fsg_vard",
    "protokoll_rs_sodermark",
    "protokoll_kf_ravlunda",
    "protokoll_bunau_granvik",
    "protokoll_ik_styrelse",
    "typewritten_pro_1968",
    "anteckningar_lg_stadsbyggnad",
    "protokoll_mbn_ostervik",
    "anteckningar_arbetsgrupp_kultur",
    "protokoll_ksau_bjorkvik",
    "protokoll_brf_lonnen",
    "typewritten_arsmote_1975",
)
def corpus_scans(name: str, text: str, bw: bool) -> tuple[list, int]:
    """The page images and their dpi as the minutes corpus renders a document of this name: a case with a PDF beside
    it (its `.txt` the PDF's text layer) is printed from the PDF's own pages, as a text PDF of the corpus is."""
    from make_devsets import BW_DPI, bilevel, scans
    from render_pages import add_scan_noise, pdf_to_images

    seed = zlib.crc32(name.encode())
    if (pdf := CASES / f"{name}.pdf").exists():
        pages = [add_scan_noise(page, seed + n) for n, page in enumerate(pdf_to_images(pdf.read_bytes(), dpi=300))]
    else:
        pages = scans(text, seed, "Courier" if name.startswith("typewritten") else None)
    return ([bilevel(page) for page in pages], BW_DPI) if bw else (pages, 300)


def printed(name: str) -> str:
    """What a print of the case shows: a Markdown case is its rendered text, page by page, as the minutes corpus
    prints a Markdown document (scripts/minutes_corpus.py Doc.printed)."""
    from ingest.markdown import plain_text

    if (markdown := CASES / f"{name}.md").exists():
        return PAGE_BREAK.join(plain_text(page) for page in markdown.read_text(encoding="utf-8").split(PAGE_BREAK))
    return (CASES / f"{name}.txt").read_text(encoding="utf-8")


def make(name: str, language: str = "swe", seed: int = 0, corpus: str | None = None) -> Path:
    truth = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    text = printed(name)
    printed_from_pdf = (CASES / f"{name}.pdf").exists()
    images, dpi = corpus_scans(name, text, corpus == "bw") if corpus or printed_from_pdf \
        else (text_to_scans(text, seed=seed), 300)
    pages = [ocr_page(image, language, n, dpi=dpi).text for n, image in enumerate(images, 1)]
    variant = f"{language}_bw" if corpus == "bw" else language
    out = CASES / f"{name}__ocr_{variant}.txt"
    out.write_text(PAGE_BREAK.join(pages) + "\n", encoding="utf-8")
    meta_path = out.with_suffix(".json")
    kept = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}  # hand notes: ocr_damage
    meta = {**kept, "format": truth["format"], "variant": f"ocr-{variant.replace('_', '-')}", "truth": name}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def main(argv: list[str]) -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    language, corpus = "swe", None
    if argv[:1] == ["--lang"]:
        language, argv = argv[1], argv[2:]
    if argv[:1] == ["--corpus"]:
        corpus, argv = argv[1], argv[2:]
    for name in argv or DEFAULT:
        print(make(name, language, corpus=corpus))


if __name__ == "__main__":
    main(sys.argv[1:])
