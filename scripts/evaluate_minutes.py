"""Score the pipeline on the minutes corpus (eval/minutes/): structure and repair, per document, organisation
and split, and the gap between the splits. Called by `evaluate.py` (`make eval`); run alone with

    python scripts/evaluate_minutes.py [--split dev|test] [--doc NAME ...] [--input KIND ...] [--failures N] [--json]

Structure: every input of a document (see minutes_corpus.INPUTS) goes through the stages that follow extract in
production (normalize, repair, segment) and is scored by score_structure against the hand-written expected.json.
Repair: the repair stage alone, scored by the project's fixed wer.py against the exact text, as in eval/devsets.
Tuning looks at dev only; test is reported. Leave-one-organisation-out: each split's figure with one
organisation left out, so that a figure carried by one template shows.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from scripts.minutes_corpus import INPUTS, SPLITS, STRIP, Doc, extraction_for, load_docs, repair_input  # noqa: E402
from scripts.score_structure import Score, score  # noqa: E402

STRUCTURE_INPUTS = ("published", "render-grey", "render-bw", "ocr-eng", "stripped")
REPAIR_INPUTS = ("published", "render-grey", "render-bw", "ocr-eng", "stripped", "clean")


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "-"


# ------------------------------------------------------------------ structure


def structure(doc: Doc, kind: str) -> Score:
    from ingest import pipeline
    from ingest.segment import segment

    fixed = pipeline.repaired(extraction_for(doc, kind), pipeline.Options())
    seg = segment(fixed.text)
    return score(doc.name, seg.meeting, seg.items, doc.expected)


def structure_results(docs: list[Doc], inputs: tuple[str, ...]) -> dict[tuple[str, str], Score]:
    """(doc, input) → score, for every input the document has."""
    return {(d.name, k): structure(d, k) for d in docs for k in inputs if k in d.inputs()}


def structure_row(s: Score) -> list[str]:
    return [str(s.documents), f"{s.items_right}/{s.items} {pct(s.items_right, s.items)}",
            f"{s.decisions_found}/{s.decisions} {pct(s.decisions_found, s.decisions)}", str(s.decisions_extra),
            f"{s.dnr_right}/{s.dnr} {pct(s.dnr_right, s.dnr)}",
            f"{s.fields_right}/{s.fields} {pct(s.fields_right, s.fields)}",
            f"{s.participant_lists_exact}/{s.participant_lists} (names {s.participant_names_found}/{s.participant_names}"
            f" +{s.participant_names_extra})", str(s.invented), str(s.items_found),
            f"{s.decisions_whole}/{s.decisions} {pct(s.decisions_whole, s.decisions)}"]


STRUCTURE_COLUMNS = ("documents", "items right", "decisions found", "extra decisions", "dnr right", "header fields right",
                     "participant lists exact (names found +extra)", "invented values", "items output",
                     "decisions whole")


def total(scores) -> Score:
    return sum(scores, Score())


# ------------------------------------------------------------------ repair


def repair_case(doc: Doc, kind: str, wer, show: int) -> dict:
    from ingest.repair import repair

    text, words = repair_input(doc, kind)
    out = repair(text, ocr_words=words or None).text
    truth = doc.truth_for(kind)
    s = wer.score(truth, out, text, show)
    src, hyp, ref = wer.words(text), wer.words(out), wer.words(truth)
    changed = list(_changes(src, hyp))
    return {
        "truth_words": s["truth_words"], "input_words": len(src),
        "input_errors": Levenshtein.distance(src, ref), "output_errors": Levenshtein.distance(hyp, ref),
        "fixed": s["fixed"], "missed": s["missed"], "damaged": s["damaged"],
        "changed": len(changed), "capitals_changed": sum(a[:1].isupper() for a, _ in changed),
        "errors": [f"{doc.name}: {e}" for e in s.get("errors", ())], "error_kinds": _error_kinds(hyp, ref),
    }


def _changes(src: list[str], hyp: list[str]):
    for op in Levenshtein.editops(src, hyp):
        if op.tag == "replace":
            yield src[op.src_pos], hyp[op.dest_pos]
        elif op.tag == "delete":
            yield src[op.src_pos], ""
        else:
            yield "", hyp[op.dest_pos]


def _error_kinds(hyp: list[str], ref: list[str]) -> Counter:
    """The kind of each remaining word error, for the ranking of failures (not a verdict on one word)."""
    kinds: Counter = Counter()
    for op in Levenshtein.editops(hyp, ref):
        got = hyp[op.src_pos] if op.tag != "insert" else ""
        want = ref[op.dest_pos] if op.tag != "delete" else ""
        if not got or not want:
            kinds["word split, joined, lost or added"] += 1
        elif got.translate(STRIP) == want.translate(STRIP):
            kinds["diacritics (å ä ö é)"] += 1
        elif re.search(r"\d", got + want):
            kinds["digits and numbers"] += 1
        elif want.isupper() and len(want) > 1:
            kinds["words in capitals"] += 1
        elif want[:1].isupper():
            kinds["capitalised words (names, places)"] += 1
        else:
            kinds["letters within a word"] += 1
    return kinds


def sum_repair(rows: list[dict]) -> dict:
    keys = ("truth_words", "input_words", "input_errors", "output_errors", "fixed", "missed", "damaged", "changed",
            "capitals_changed")
    out = {k: sum(r[k] for r in rows) for k in keys}
    out["cases"] = len(rows)
    out["input_wer"] = 100 * out["input_errors"] / max(1, out["truth_words"])
    out["output_wer"] = 100 * out["output_errors"] / max(1, out["truth_words"])
    out["damaged_pct"] = 100 * out["damaged"] / max(1, out["truth_words"])
    out["changed_pct"] = 100 * out["changed"] / max(1, out["input_words"])
    return out


def repair_results(docs: list[Doc], inputs: tuple[str, ...], wer, show: int) -> dict[tuple[str, str], dict]:
    wanted = [(d, k) for d in docs for k in inputs if k in d.inputs() and (k != "published" or d.is_scan)]
    return {(d.name, k): repair_case(d, k, wer, show) for d, k in wanted}


# ------------------------------------------------------------------ report


def by_split(docs: list[Doc]) -> dict[str, list[Doc]]:
    return {split: [d for d in docs if d.split == split] for split in SPLITS}


def report(docs, structure_scores, repair_scores, console: Console, failures: int) -> None:
    splits = by_split(docs)
    kinds = [k for k in STRUCTURE_INPUTS if any(key[1] == k for key in structure_scores)]

    t = Table(title="minutes corpus: structure per split and input (normalize → repair → segment)")
    for col in ("split", "input", *STRUCTURE_COLUMNS):
        t.add_column(col, justify="left" if col in ("split", "input") else "right")
    for split, members in splits.items():
        names = {d.name for d in members}
        for kind in [*kinds, "all"]:
            s = total(v for (n, k), v in structure_scores.items() if n in names and (kind == "all" or k == kind))
            if s.documents:
                t.add_row(split, kind, *structure_row(s))
    console.print(t)

    t = Table(title="header fields right, per split (all inputs)")
    names_of = {split: {d.name for d in members} for split, members in splits.items()}
    field_names = list(dict.fromkeys(f for s in structure_scores.values() for f in s.field_counts))
    t.add_column("split")
    for f in field_names:
        t.add_column(f, justify="right")
    for split, names in names_of.items():
        s = total(v for (n, _), v in structure_scores.items() if n in names)
        t.add_row(split, *(f"{s.field_counts.get(f, [0, 0])[0]}/{s.field_counts.get(f, [0, 0])[1]}"
                           for f in field_names))
    console.print(t)

    orgs = sorted({(d.split, d.organisation) for d in docs})
    t = Table(title="per organisation (all inputs); leave-one-out = the split's figure without that organisation")
    for col in ("split", "organisation", "docs", "items right", "decisions found", "header fields right",
                "items right, rest of split", "decisions, rest", "fields, rest"):
        t.add_column(col, justify="left" if col in ("split", "organisation") else "right")
    for split, org in orgs:
        own = {d.name for d in docs if d.organisation == org and d.split == split}
        rest = {d.name for d in docs if d.organisation != org and d.split == split}
        s = total(v for (n, _), v in structure_scores.items() if n in own)
        r = total(v for (n, _), v in structure_scores.items() if n in rest)
        t.add_row(split, org, str(len(own)), pct(s.items_right, s.items), pct(s.decisions_found, s.decisions),
                  pct(s.fields_right, s.fields), pct(r.items_right, r.items), pct(r.decisions_found, r.decisions),
                  pct(r.fields_right, r.fields))
    console.print(t)

    t = Table(title="per document: items right / decisions found / header fields right, per input")
    for col in ("doc", "split", "kind", *kinds):
        t.add_column(col, justify="left" if col in ("doc", "split", "kind") else "right")
    for d in sorted(docs, key=lambda d: (d.split, d.name)):
        cells = []
        for kind in kinds:
            s = structure_scores.get((d.name, kind))
            cells.append("-" if s is None else f"{s.items_right}/{s.items} {s.decisions_found}/{s.decisions} "
                                                 f"{s.fields_right}/{s.fields}")
        t.add_row(d.name, d.split, d.kind, *cells)
    console.print(t)

    if repair_scores:
        t = Table(title="minutes corpus: repair (wer.py against the exact text); gap = test WER / dev WER")
        for col in ("input", "split", "cases", "truth words", "input WER", "output WER", "damaged", "words changed",
                    "capitalised words changed", "gap"):
            t.add_column(col, justify="left" if col in ("input", "split") else "right")
        for kind in REPAIR_INPUTS:
            per = {split: sum_repair([v for (n, k), v in repair_scores.items() if k == kind and n in names_of[split]])
                   for split in SPLITS}
            if not any(r["cases"] for r in per.values()):
                continue
            gap = (per["test"]["output_wer"] / per["dev"]["output_wer"]
                   if per["dev"]["output_wer"] and per["test"]["cases"] else None)
            for split, r in per.items():
                if r["cases"]:
                    t.add_row(kind if kind != "published" else "real scans", split, str(r["cases"]),
                              str(r["truth_words"]), f"{r['input_wer']:.2f}%", f"{r['output_wer']:.2f}%",
                              f"{r['damaged']} ({r['damaged_pct']:.2f}%)", f"{r['changed']} ({r['changed_pct']:.2f}%)",
                              str(r["capitals_changed"]) if kind == "clean" else "",
                              f"{gap:.2f}" if gap and split == "test" else "")
        console.print(t)

    if failures:
        structural = Counter(kind for s in structure_scores.values() for _, kind, _ in s.failures)
        words: Counter = Counter()
        for r in repair_scores.values():
            words.update(r["error_kinds"])
        for title, counts, unit in (("structure", structural, "items, decisions or fields"),
                                    ("repair", words, "words left wrong")):
            t = Table(title=f"commonest kinds of {title} failure, all splits and inputs")
            t.add_column("kind of failure")
            t.add_column(unit, justify="right")
            for kind, n in counts.most_common(failures):
                t.add_row(kind, str(n))
            if counts:
                console.print(t)


def as_json(docs, structure_scores, repair_scores) -> dict:
    names_of = {split: {d.name for d in members} for split, members in by_split(docs).items()}
    out = {"documents": len(docs), "organisations": len({d.organisation for d in docs}),
           "real_scans": sum(d.is_scan and d.real == "real" for d in docs), "structure": {}, "repair": {}}
    for split, names in names_of.items():
        for kind in [*STRUCTURE_INPUTS, "all"]:
            s = total(v for (n, k), v in structure_scores.items() if n in names and kind in ("all", k))
            if s.documents:
                out["structure"][f"{split}/{kind}"] = {k: v for k, v in asdict(s).items() if k != "failures"}
        for kind in REPAIR_INPUTS:
            r = sum_repair([v for (n, k), v in repair_scores.items() if k == kind and n in names])
            if r["cases"]:
                out["repair"][f"{split}/{kind}"] = r
    return out


def main(argv: list[str] | None = None) -> int:
    from scripts.evaluate import load_scorer

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=SPLITS, action="append", help="only this split (repeatable)")
    ap.add_argument("--doc", action="append", help="only this document (repeatable)")
    ap.add_argument("--input", action="append", choices=INPUTS, help="only this input (repeatable)")
    ap.add_argument("--no-repair-table", action="store_true", help="skip the repair scoring")
    ap.add_argument("--failures", type=int, default=15, metavar="N", help="rank the N commonest kinds of failure")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="list N remaining repair errors per case")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--wer", type=Path, default=ROOT.parent / "shared" / "tools" / "wer.py")
    args = ap.parse_args(argv)

    docs = [d for d in load_docs() if (not args.split or d.split in args.split) and (not args.doc or d.name in args.doc)]
    inputs = tuple(args.input or INPUTS)
    structure_scores = structure_results(docs, tuple(k for k in STRUCTURE_INPUTS if k in inputs))
    repair_scores = {} if args.no_repair_table else repair_results(
        docs, tuple(k for k in REPAIR_INPUTS if k in inputs), load_scorer(args.wer), args.show)
    if args.json:
        print(json.dumps(as_json(docs, structure_scores, repair_scores), ensure_ascii=False, indent=1))
        return 0
    console = Console(width=None if sys.stdout.isatty() else 200)
    report(docs, structure_scores, repair_scores, console, args.failures)
    if args.show:
        for r in repair_scores.values():
            for e in r["errors"]:
                console.print(f"  {e}", markup=False, highlight=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
