"""The command line the development probes share: `make OUT [DOC ...] [--scan]` and `score OUT [--failures]`."""
from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


# the text of an item in a probe: the same in every item, so that only what the probe varies differs
FILLER = ("Ärendet gäller {title}. Förvaltningen har berett ärendet och redovisar bakgrund, ekonomiska "
          "konsekvenser och en samlad bedömning i tjänsteskrivelsen.")


def summary(item: dict[str, Any]) -> str:
    return FILLER.format(title=item["title"].rstrip(".").lower())


def masthead(meeting: dict[str, Any]) -> list[str]:
    """A probe's first lines: organisation, body and date as the document prints them, or stand-ins."""
    return [f"{(meeting.get('organization') or 'Ekby kommun').upper()}    PROTOKOLL", meeting.get("body") or "Nämnden",
            f"Sammanträdesdatum {meeting.get('date') or '2024-05-14'}", ""]


def dev_docs() -> dict[str, Any]:
    from scripts.minutes_corpus import load_docs

    return {d.name: d for d in load_docs() if d.split == "dev"}


PAGE_LINES = 38  # lines of a probe's text a page holds under its running header and over its footer


def paged(text: str, meeting: dict[str, Any]) -> str:
    """The probe's text as pages of a template: each page opens with a running header (organisation, title, date,
    page counter) and ends with the signing footer, so that furniture a scan reads a little differently on each page
    stands between an item's parts as it does in real minutes."""
    lines = text.rstrip("\n").split("\n")
    pages = [lines[k : k + PAGE_LINES] for k in range(0, len(lines), PAGE_LINES)]
    organization, date = (meeting.get("organization") or "Ekby kommun").upper(), meeting.get("date") or "2024-05-14"
    head = f"{organization}    PROTOKOLL    {date}"
    return "\f".join("\n".join([f"{head}    Sida {n} ({len(pages)})", "", *page, "",
                                 f"{'Justerandes sign':<40}Utdragsbestyrkande"])
                     for n, page in enumerate(pages, 1)) + "\n"


def run(doc: str, make: Callable[..., None], score: Callable[[Path, bool], None], pageable: bool = False) -> None:
    """The command line; a `pageable` probe's make takes `paged` too (`make --paged`)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    made = sub.add_parser("make")
    made.add_argument("out", type=Path)
    made.add_argument("docs", nargs="*", help="dev documents to use (default: all)")
    made.add_argument("--scan", action="store_true", help="also typeset, scan and read each probe (minutes of OCR)")
    if pageable:
        made.add_argument("--paged", action="store_true",
                          help="break the probe into pages, each with a running header and a footer")
    scored = sub.add_parser("score")
    scored.add_argument("out", type=Path)
    scored.add_argument("--failures", action="store_true")
    args = ap.parse_args()
    if args.command == "make":
        make(args.out, args.docs, args.scan, *([args.paged] if pageable else []))
    else:
        score(args.out, args.failures)


def segmented(path: Path) -> Any:
    """A probe's text, or its reading, through the pipeline: the segmentation as `minutes` gives it."""
    from ingest import pipeline
    from ingest.models import Extraction
    from ingest.segment import segment

    options = pipeline.Options()
    extraction = (pipeline.read(path.read_bytes(), path.name, options) if path.suffix == ".txt"
                  else Extraction.model_validate_json(path.read_text()))
    return segment(pipeline.repaired(extraction, options).text)


def readings(out: Path) -> Iterator[tuple[str, str, dict[str, Any], str, Any]]:
    """(stem, layout, truth, input, meeting) for every probe `OUT/{doc}__{layout}` written with its `expected.json`:
    its text, and its grey and black-and-white readings where made."""
    import json

    for truth in sorted(out.glob("*.expected.json")):
        stem = truth.name.removesuffix(".expected.json")
        want = json.loads(truth.read_text())
        for kind, path in (("text", out / f"{stem}.txt"), ("grey", out / f"{stem}.grey.json"),
                           ("bw", out / f"{stem}.bw.json")):
            if path.exists():
                yield stem, stem.split("__")[1], want, kind, segmented(path).meeting


def score_items(out: Path, expected_of: Callable[[str], dict[str, Any]], failures: bool, grouped: bool = False) -> None:
    """Items, decisions and case numbers of every probe in `out` (its text and its grey and black-and-white
    readings), against what `expected_of(name)` says the probe prints; `grouped`, apart for each form a probe's name
    gives after "__"."""
    from rich.console import Console
    from rich.table import Table

    from scripts.score_structure import Score
    from scripts.score_structure import score as score_one

    totals: dict[tuple[str, ...], Score] = {}
    for path in sorted(out.glob("*.txt")):
        name = path.stem
        expected = expected_of(name)
        for kind, source in (("text", path), ("grey", out / f"{name}.grey.json"), ("bw", out / f"{name}.bw.json")):
            if not source.exists():
                continue
            seg = segmented(source)
            s = score_one(name, seg.meeting, seg.items, expected)
            key = (kind, name.split("__")[1]) if grouped else (kind,)
            totals[key] = totals.get(key, Score()) + s
            for _, what, detail in s.failures if failures else ():
                if not what.startswith("header"):
                    print(f"{name} {kind}: {what}: {str(detail)[:100]}")
    table = Table("input", *["form"] * grouped, "items", "decisions", "extra decisions", "case numbers")
    for key, s in sorted(totals.items()) if grouped else totals.items():
        table.add_row(*key, f"{s.items_right}/{s.items}", f"{s.decisions_found}/{s.decisions}", str(s.decisions_extra),
                      f"{s.dnr_right}/{s.dnr}")
    Console().print(table)


def scan_probe(out: Path, name: str, text: str, seed_shift: int) -> None:
    """Typeset `text`, scan it and read it grey and black-and-white as the corpus reads its renders, with a noise
    of its own (`seed_shift`), into `out/name.grey.json` and `out/name.bw.json`."""
    import sys
    import zlib

    from scripts.make_devsets import BW_DPI, bilevel, scans
    from scripts.make_minutes_corpus import FACES, read_pages, write_atomic

    seed = zlib.crc32(name.encode()) + seed_shift
    grey = scans(text, seed, FACES[seed % len(FACES)])
    write_atomic(out / f"{name}.grey.json", read_pages(grey, "swe", 300).model_dump_json())
    write_atomic(out / f"{name}.bw.json", read_pages([bilevel(g) for g in grey], "swe", BW_DPI).model_dump_json())
    print(name, file=sys.stderr, flush=True)


def score_written(out: Path, failures: bool) -> None:
    """`score_items` against the `expected.json` each probe was written with."""
    import json

    score_items(out, lambda name: json.loads((out / f"{name}.expected.json").read_text()), failures)


def make_each(out: Path, names: list[str], scan: bool, in_pages: bool, seed_shift: int,
              probe: Callable[[int, Any], tuple[str, dict[str, Any]]]) -> None:
    """Write `probe(k, doc)` (its text and the truth it prints) for the k-th dev document in name order, or the
    `names` among them, broken into pages with `in_pages`, and with `scan` its grey and black-and-white readings."""
    import json

    from scripts.make_minutes_corpus import write_atomic

    for k, (name, doc) in enumerate(sorted(dev_docs().items())):
        if names and name not in names:
            continue
        text, expected = probe(k, doc)
        text = paged(text, doc.expected["meeting"]) if in_pages else text
        write_atomic(out / f"{name}.txt", text)
        write_atomic(out / f"{name}.expected.json", json.dumps(expected, ensure_ascii=False, indent=1))
        if scan:
            scan_probe(out, name, text, seed_shift)
