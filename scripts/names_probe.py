"""Held-out names probe: names of the fetched lists, stripped of å/ä/ö, in Riksdag prose the lexicon never saw.

    python scripts/names_probe.py [--cases 600] [--show N] [--places localities.txt]

dictionaries/sources/first_names_scb.txt and parishes.txt list names the older lists (first_names.txt,
surnames.txt, places.txt) and the Riksdag's members lack. This puts one sentence naming such a first name and
such a place ("Enligt Kärsti Berg i Norrbyås är frågan viktig.") into each of `--cases` paragraphs of the
Riksdag's held-out sessions 2018/19-2021/22 (`scripts.corpora`, split "test", as scripts/riksdag_heldout.py
reads them), a quarter each with both, only the first name, only the place or neither spelled with å/ä/ö;
strips å/ä/ö (as eval/devsets/stripped) and repairs each paragraph. It counts the names with å/ä/ö restored,
the plain names kept as printed, and the other words the repair damaged (right in the input, wrong after).
`--places localities.txt` takes the places from the localities list instead (those parishes.txt lacks too).
Run it before and after a change of the lists or tables (a worktree at each commit) and compare.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.corpora import NAMES, prose_paragraphs  # noqa: E402
from scripts.evaluate import load_scorer  # noqa: E402
from scripts.minutes_corpus import STRIP  # noqa: E402

SEED = 29
SOURCES = ROOT / "dictionaries" / "sources"
SENTENCES = ("{first} {last} från {place} har ställt en fråga om detta.", "Enligt {first} {last} i {place} är frågan viktig.",
             "Ledamoten {first} {last} ({place}) yrkade bifall.", "I {place} har {first} {last} lämnat synpunkter.")
SURNAMES = ("Andersson", "Berg", "Lind", "Holm", "Nyberg", "Ek", "Sandberg", "Lundin")  # listed before and after
MARKS = re.compile("[åäöÅÄÖ]")


def listed(name: str) -> list[str]:
    return [line.strip() for line in (SOURCES / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def new_names(name: str, older: set[str]) -> tuple[list[str], list[str]]:
    """The list's names the older lists and the Riksdag's members lack: (with å/ä/ö, plain)."""
    names = [n for n in listed(name) if n.lower() not in older and " " not in n and "-" not in n]
    return [n for n in names if MARKS.search(n)], [n for n in names if not MARKS.search(n) and n.isascii()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=600)
    ap.add_argument("--show", type=int, default=0, metavar="N", help="list up to N names the repair got wrong")
    ap.add_argument("--places", default="parishes.txt", metavar="LIST",
                    help="the list the places come from (localities.txt: those that parishes.txt lacks too)")
    ap.add_argument("--wer", type=Path, default=ROOT.parent / "shared" / "tools" / "wer.py")
    args = ap.parse_args()
    wer = load_scorer(args.wer)
    from ingest.repair import repair

    older = {p.lower() for f in ("first_names.txt", "surnames.txt", "places.txt") for e in listed(f)
             for p in re.split(r"[ -]", e)}
    older |= {p.lower() for line in NAMES.read_text(encoding="utf-8").splitlines() for p in re.split(r"[\s-]+", line)}
    first_marked, first_plain = new_names("first_names_scb.txt", older)
    place_older = older | ({p.lower() for e in listed("parishes.txt") for p in re.split(r"[ -]", e)}
                           if args.places != "parishes.txt" else set())
    place_marked, place_plain = new_names(args.places, place_older)
    rng = random.Random(SEED)
    t = {"words": 0, "marked": 0, "restored": 0, "plain": 0, "kept": 0, "other_damaged": 0, "misaligned": 0}
    wrong = []
    for i, paragraph in enumerate(prose_paragraphs("test", args.cases, SEED)):
        first = rng.choice(first_marked if i % 4 in (0, 1) else first_plain)
        place = rng.choice(place_marked if i % 4 in (0, 2) else place_plain)
        sentence = rng.choice(SENTENCES).format(first=first, last=rng.choice(SURNAMES), place=place)
        parts = re.split(r"(?<=[.!?]) (?=[A-ZÅÄÖ])", paragraph)
        k = rng.randrange(len(parts) + 1)
        truth = " ".join(parts[:k] + [sentence] + parts[k:])
        inp = truth.translate(STRIP)
        out = repair(inp).text
        tw, iw, ow = wer.words(truth), wer.words(inp), wer.words(out)
        if not len(tw) == len(iw) == len(ow):
            t["misaligned"] += 1
            continue
        for a, b, c in zip(tw, iw, ow):
            t["words"] += 1
            if a in (first, place):
                kind = ("marked", "restored") if MARKS.search(a) else ("plain", "kept")
                t[kind[0]] += 1
                t[kind[1]] += c == a
                if c != a:
                    wrong.append(f"{a} -> {c}")
            else:
                t["other_damaged"] += b == a and c != a
    print(f"{t['words']:,} words in {args.cases} paragraphs: names with å/ä/ö restored {t['restored']} of {t['marked']}, "
          f"plain names kept {t['kept']} of {t['plain']}, other words damaged {t['other_damaged']}"
          + (f", {t['misaligned']} paragraphs not scored (words split or joined)" if t["misaligned"] else ""))
    for w in wrong[:args.show]:
        print(" ", w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
