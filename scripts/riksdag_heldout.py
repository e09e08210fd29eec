"""Held-out check of the repair on Riksdag prose the dictionaries were never built from.

    python scripts/riksdag_heldout.py [--paragraphs 40] [--out DIR] [--show N]

dictionaries/build.py learns words and word pairs from the Riksdag interpellations of sessions 1994/95-2016/17
only, and eval/devsets/ holds prose of 2017/18; this takes paragraphs of the held-out sessions 2018/19-2021/22
(`scripts.corpora`, split "test"), picked with a fixed seed (prose paragraphs of 40-150 words with å/ä/ö), and
repairs them twice:
- stripped: å ä → a, ö → o, é → e (as eval/devsets/stripped), scored for WER, fixed, missed and damaged words;
- clean: the paragraphs as they are, scored for words changed (the damage rate).
Five paragraphs make a case, repaired as one document. The cases are written to --out as
`<kind>-NN.{truth,input,output}.txt`, so any of them can be rescored with the project's fixed scorer:
`python ../shared/tools/wer.py TRUTH OUTPUT INPUT`.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.corpora import prose_paragraphs  # noqa: E402
from scripts.evaluate import load_scorer  # noqa: E402
from scripts.minutes_corpus import STRIP  # noqa: E402

SEED = 13
PER_CASE = 5


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--paragraphs", type=int, default=40)
    ap.add_argument("--out", type=Path, help="where the cases are written (default: a temporary folder)")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="list up to N remaining errors per case")
    ap.add_argument("--wer", type=Path, default=ROOT.parent / "shared" / "tools" / "wer.py")
    args = ap.parse_args()
    wer = load_scorer(args.wer)
    from ingest.repair import repair

    out = args.out or Path(tempfile.mkdtemp(prefix="riksdag-heldout-"))
    out.mkdir(parents=True, exist_ok=True)
    picked = prose_paragraphs("test", args.paragraphs, SEED)
    cases = ["\n\n".join(picked[i:i + PER_CASE]) + "\n" for i in range(0, len(picked), PER_CASE)]
    totals: dict[str, dict[str, int]] = {}
    for kind in ("stripped", "clean"):
        t = totals[kind] = {"truth": 0, "input_err": 0, "output_err": 0, "fixed": 0, "missed": 0, "damaged": 0,
                            "changed": 0, "input_words": 0}
        for n, truth in enumerate(cases):
            inp = truth.translate(STRIP) if kind == "stripped" else truth
            output = repair(inp).text
            stem = out / f"{kind}-{n:02d}"
            for part, text in (("truth", truth), ("input", inp), ("output", output)):
                Path(f"{stem}.{part}.txt").write_text(text, encoding="utf-8")
            s = wer.score(truth, output, inp, args.show)
            words = len(wer.words(truth))
            t["truth"] += words
            t["input_err"] += round(s["input_wer"] * words)
            t["output_err"] += round(s["wer"] * words)
            for k in ("fixed", "missed", "damaged"):
                t[k] += s[k]
            changed = wer.score(inp, output)  # edit distance input -> output, over input words
            t["changed"] += round(changed["wer"] * changed["truth_words"])
            t["input_words"] += changed["truth_words"]
            for e in s.get("errors", []):
                print(f"{kind}-{n:02d}: {e}")
    print(f"{len(picked)} paragraphs of sessions 2018/19-2021/22 in {len(cases)} cases, written to {out}")
    print("| input | truth words | input WER | output WER | fixed | missed | damaged | words changed |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, t in totals.items():
        pct = lambda n, d: f"{100 * n / max(1, d):.2f}%"  # noqa: E731
        print(f"| {kind} | {t['truth']:,} | {pct(t['input_err'], t['truth'])} | {pct(t['output_err'], t['truth'])} "
              f"| {t['fixed']} | {t['missed']} | {t['damaged']} | {t['changed']} ({pct(t['changed'], t['input_words'])}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
