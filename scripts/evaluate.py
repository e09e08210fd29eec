"""Score the repair on every development set under eval/devsets/, then the whole pipeline on the minutes corpus
under eval/minutes/ (`make eval`).

    python scripts/evaluate.py [--corpus all|devsets|minutes] [--no-repair] [--set NAME ...] [--show N] [--json]

The minutes corpus part is scripts/evaluate_minutes.py (see there for its own options).

Every case's input goes through ingest.repair.repair (with the OCR word
confidences from <name>.words.tsv when the set has them) and is scored against
its truth by the project's fixed scorer wer.py, imported from its path so the
numbers here are the numbers anyone gets from `python wer.py TRUTH OUTPUT INPUT`.
The OCR-strategy tables, one per kind of page (grey scans ocr-*, black-and-white
ocr-*-bw), compare the OCR languages on the same rendered pages, OCR plus repair
end to end, so that the pipeline's OCR language is chosen by data.
`--no-repair` scores the inputs as they are: the baseline.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rapidfuzz.distance import Levenshtein
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.models import OcrWord  # noqa: E402

DEVSETS = ROOT / "eval" / "devsets"
OCR_PREFIX = "ocr-"


@dataclass
class SetScore:
    """Sums over cases; kept per case too so that sets can be compared on the cases they share."""

    name: str
    cases: list[str] = field(default_factory=list)
    truth_words: int = 0
    input_words: int = 0
    input_errors: int = 0
    output_errors: int = 0
    fixed: int = 0
    missed: int = 0
    damaged: int = 0
    changed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def __add__(self, other: SetScore) -> SetScore:
        sums = {k: getattr(self, k) + getattr(other, k) for k in self.__dataclass_fields__ if k != "name"}
        return SetScore(self.name, **sums)

    def pct(self, n: int) -> float:
        return 100 * n / max(1, self.truth_words)

    @property
    def input_wer(self) -> float:
        return self.pct(self.input_errors)

    @property
    def output_wer(self) -> float:
        return self.pct(self.output_errors)

    @property
    def changed_pct(self) -> float:
        return 100 * self.changed / max(1, self.input_words)

    @property
    def words_per_second(self) -> float | None:
        return self.input_words / self.seconds if self.seconds > 0 else None


def load_scorer(path: Path):
    """Import wer.py from its path: it is the judge's scorer and is not part of this package."""
    spec = importlib.util.spec_from_file_location("wer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_words(path: Path) -> list[OcrWord] | None:
    if not path.exists():
        return None
    rows = (line.rsplit("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return [OcrWord(text=w, confidence=float(c)) for w, c in rows]


def identity(text: str, *, ocr_words=None) -> str:
    return text


def real_repair():
    from ingest.repair import repair

    repair("och så vidare", ocr_words=None)  # load the lexicon outside the timed region: speed is per word, loaded
    return lambda text, *, ocr_words=None: repair(text, ocr_words=ocr_words).text


def score_case(directory: Path, stem: str, fix, wer, show: int) -> SetScore:
    truth = (directory / f"{stem}.truth.txt").read_text(encoding="utf-8")
    inp = (directory / f"{stem}.input.txt").read_text(encoding="utf-8")
    ocr_words = read_words(directory / f"{stem}.words.tsv")
    started = time.perf_counter()
    out = fix(inp, ocr_words=ocr_words)
    seconds = time.perf_counter() - started
    s = wer.score(truth, out, inp, show)
    in_words, out_words, truth_words = wer.words(inp), wer.words(out), wer.words(truth)
    return SetScore(
        directory.name, [stem], s["truth_words"], len(in_words),
        Levenshtein.distance(in_words, truth_words), Levenshtein.distance(out_words, truth_words),
        s["fixed"], s["missed"], s["damaged"], Levenshtein.distance(in_words, out_words), seconds,
        [f"{stem}: {e}" for e in s.get("errors", ())],
    )


def score_sets(directories: list[Path], fix, wer, show: int) -> dict[str, dict[str, SetScore]]:
    """Per set, per case."""
    return {
        d.name: {
            stem: score_case(d, stem, fix, wer, show)
            for stem in sorted(p.name.removesuffix(".truth.txt") for p in d.glob("*.truth.txt"))
        }
        for d in directories
    }


def total(name: str, cases: list[SetScore]) -> SetScore:
    return sum(cases, SetScore(name))


def count_pct(score: SetScore, n: int) -> str:
    return f"{n} ({score.pct(n):.2f}%)"


Strategy = list[tuple[SetScore, list[SetScore]]]


def ocr_strategy(results: dict[str, dict[str, SetScore]]) -> dict[str, Strategy]:
    """Per kind of page ("" grey scans, "bw" black-and-white: the part after the language in ocr-<lang>-<kind>),
    each OCR language in total and per document, over only the documents every language has, so the rows
    compare like with like; minutes and prose can favour different models, hence the per-document columns."""
    groups: dict[str, dict[str, dict[str, SetScore]]] = {}
    for name, cases in results.items():
        if name.startswith(OCR_PREFIX):
            groups.setdefault(name.removeprefix(OCR_PREFIX).partition("-")[2], {})[name] = cases
    tables = {}
    for kind, sets in sorted(groups.items()):
        shared = sorted(set.intersection(*(set(cases) for cases in sets.values())))
        rows = [(total(name, [cases[stem] for stem in shared]), [cases[stem] for stem in shared])
                for name, cases in sets.items()]
        tables[kind] = sorted(rows, key=lambda row: (row[0].output_errors, row[0].name))
    return tables


def print_tables(scores: list[SetScore], strategy: dict[str, Strategy], console: Console, repaired: bool) -> None:
    table = Table(title="repair on the development sets" if repaired else "baseline: inputs unchanged (--no-repair)")
    for col in ("set", "cases", "truth words", "input WER", "output WER", "fixed", "missed", "damaged",
                "words changed", "words/s"):
        table.add_column(col, justify="left" if col == "set" else "right")
    for s in scores:
        wps = s.words_per_second
        table.add_row(s.name, str(len(s.cases)), str(s.truth_words), f"{s.input_wer:.2f}%", f"{s.output_wer:.2f}%",
                      count_pct(s, s.fixed), count_pct(s, s.missed), count_pct(s, s.damaged),
                      f"{s.changed_pct:.2f}%", f"{wps:,.0f}" if repaired and wps else "-")
    console.print(table)
    for kind, rows in strategy.items():
        documents = rows[0][1]
        pages = f"ocr-*-{kind}" if kind else "ocr-*"
        t = Table(title=f"OCR strategy ({pages}): OCR then repair on the same {len(documents)} documents; "
                        "per document: OCR WER → OCR + repair WER")
        for col in ("OCR", "truth words", "OCR WER", "OCR + repair WER", "damaged", *(d.cases[0] for d in documents)):
            t.add_column(col, justify="left" if col == "OCR" else "right")
        for s, per_doc in rows:
            t.add_row(s.name.removeprefix(OCR_PREFIX), str(s.truth_words), f"{s.input_wer:.2f}%",
                      f"{s.output_wer:.2f}%", count_pct(s, s.damaged),
                      *(f"{d.input_wer:.1f}→{d.output_wer:.1f}" for d in per_doc))
        console.print(t)
    for s in scores:
        if s.errors:
            console.print(f"[bold]{s.name}[/bold]: remaining errors")
            for e in s.errors:
                console.print(f"  {e}", markup=False, highlight=False)


def as_json(s: SetScore) -> dict:
    return asdict(s) | {"input_wer": s.input_wer, "output_wer": s.output_wer, "changed_pct": s.changed_pct,
                        "words_per_second": s.words_per_second}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-repair", action="store_true", help="score the inputs unchanged (baseline)")
    ap.add_argument("--set", action="append", dest="sets", metavar="NAME", help="only this set (repeatable)")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="list up to N remaining errors per case")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    ap.add_argument("--wer", type=Path, default=ROOT.parent / "shared" / "tools" / "wer.py", help="the scorer")
    ap.add_argument("--devsets", type=Path, default=DEVSETS)
    ap.add_argument("--corpus", choices=("all", "devsets", "minutes"), default="all",
                    help="the prose development sets, the minutes corpus, or both")
    args = ap.parse_args()
    if args.corpus == "minutes":
        return evaluate_minutes(args)

    wer = load_scorer(args.wer)
    fix = identity if args.no_repair else real_repair()
    directories = sorted(d for d in args.devsets.iterdir() if d.is_dir() and (not args.sets or d.name in args.sets))
    if not directories:
        print(f"no development sets under {args.devsets}: run scripts/make_devsets.py", file=sys.stderr)
        return 1
    results = score_sets(directories, fix, wer, args.show)
    scores = [total(name, list(cases.values())) for name, cases in results.items()]
    strategy = ocr_strategy(results)
    if args.json:
        print(json.dumps({"repair": not args.no_repair, "sets": [as_json(s) for s in scores],
                          "ocr_strategy": {kind or "grey": [as_json(s) | {"documents": [as_json(d) for d in per_doc]}
                                                            for s, per_doc in rows]
                                           for kind, rows in strategy.items()}}, ensure_ascii=False, indent=1))
    else:
        print_tables(scores, strategy, Console(width=None if sys.stdout.isatty() else 180), not args.no_repair)
    return evaluate_minutes(args) if args.corpus == "all" and not args.sets and not args.json else 0


def evaluate_minutes(args) -> int:
    from scripts.evaluate_minutes import main as minutes_main

    return minutes_main(["--wer", str(args.wer), *(["--json"] if args.json else []),
                         *(["--show", str(args.show)] if args.show else [])])


if __name__ == "__main__":
    sys.exit(main())
