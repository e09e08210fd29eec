"""Face probes: dev documents typeset and scanned in the faces they are not scored in.

The minutes corpus renders each document in one face (`make_minutes_corpus.face_for`), so a failure that only another
face brings out (Courier's wide spaces, Times's thin digits on black-and-white) never shows on dev. Here chosen dev
documents are rendered in each other face with another noise seed, read grey and black-and-white as the corpus reads
its renders, and scored against their `expected.json`. Dev only: these are development probes, never test figures.

    .venv/bin/python scripts/face_probes.py make OUT [DOC ...]     # renders and reads (minutes; kept as OUT/*.json)
    .venv/bin/python scripts/face_probes.py score OUT [--failures]  # segments and scores every reading in OUT
"""
from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DOCS = ("kungsbacka-kultur-fritid-2024-01-24", "kungsbacka-kommunrevisionen-2024-10-21", "kungsbacka-teknik-au-2024-10-07",
        "kungsbacka-kultur-fritid-2025-03-19", "kungsbacka-valnamnden-2024-06-12", "kungsbacka-teknik-2025-10-22",
        "ekvikens-forsamling-kyrkoradet-2025-03-18", "ljungdala-hogskolestyrelsen-2025-02-20",
        "region-vastmark-rsau-2024-10-02", "norrvik-ks-2023-03-14", "vastra-amterviken-vagforening-arsstamma-1979-04-28",
        "brf-kopparslagaren-7-styrelsen-2024-10-16")
SEED_SHIFT = 7  # another noise than the corpus's own render of the document
COUNTS = ("items_right", "items", "decisions_found", "decisions", "decisions_extra", "dnr_right", "dnr", "fields_right",
          "fields", "participant_names_found", "participant_names", "participant_names_extra")


def _dev_docs() -> dict:
    from scripts.minutes_corpus import load_docs

    return {d.name: d for d in load_docs() if d.split == "dev"}


def make(out: Path, names: list[str]) -> None:
    from scripts.make_devsets import BW_DPI, bilevel, scans
    from scripts.make_minutes_corpus import FACES, face_for, read_pages, write_atomic

    docs = _dev_docs()
    for name in names:
        doc = docs[name]  # a KeyError for a test document: dev only
        for face in FACES:
            if face == face_for(doc) or doc.kind == "pdf-text":
                continue
            grey = scans(doc.printed, zlib.crc32(name.encode()) + SEED_SHIFT, face)
            tag = face or "Vera"
            write_atomic(out / f"{name}__{tag}__grey.json", read_pages(grey, "swe", 300).model_dump_json())
            write_atomic(out / f"{name}__{tag}__bw.json",
                         read_pages([bilevel(p) for p in grey], "swe", BW_DPI).model_dump_json())
            print(name, tag, file=sys.stderr, flush=True)


def score(out: Path, failures: bool) -> None:
    from ingest import pipeline
    from ingest.models import Extraction
    from ingest.segment import segment
    from scripts.score_structure import score as score_one

    docs = _dev_docs()
    totals: dict[str, list[int]] = {}
    for path in sorted(out.glob("*__*__*.json")):
        name, face, kind = path.stem.split("__")
        seg = segment(pipeline.repaired(Extraction.model_validate_json(path.read_text()), pipeline.Options()).text)
        s = score_one(name, seg.meeting, seg.items, docs[name].expected)
        sums = totals.setdefault(kind, [0] * len(COUNTS))
        for k, field in enumerate(COUNTS):
            sums[k] += getattr(s, field)
        print(f"{name} {face} {kind}: items {s.items_right}/{s.items}, decisions {s.decisions_found}/{s.decisions} "
              f"(+{s.decisions_extra}), dnr {s.dnr_right}/{s.dnr}, fields {s.fields_right}/{s.fields}, "
              f"names {s.participant_names_found}/{s.participant_names} (+{s.participant_names_extra})")
        for _, what, detail in s.failures if failures else ():
            print(f"    {what}: {str(detail)[:140]}")
    for kind, sums in sorted(totals.items()):
        v = dict(zip(COUNTS, sums))
        print(f"total {kind}: items {v['items_right']}/{v['items']}, decisions {v['decisions_found']}/{v['decisions']} "
              f"(+{v['decisions_extra']}), dnr {v['dnr_right']}/{v['dnr']}, fields {v['fields_right']}/{v['fields']}, "
              f"names {v['participant_names_found']}/{v['participant_names']} (+{v['participant_names_extra']})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    made = sub.add_parser("make")
    made.add_argument("out", type=Path)
    made.add_argument("docs", nargs="*")
    scored = sub.add_parser("score")
    scored.add_argument("out", type=Path)
    scored.add_argument("--failures", action="store_true")
    args = ap.parse_args()
    if args.command == "make":
        make(args.out, args.docs or list(DOCS))
    else:
        score(args.out, args.failures)


if __name__ == "__main__":
    main()
