"""Learn OCR character confusions from the training scans in eval/train/ and write
dictionaries/confusions.tsv (combined over readings) and eval/train/confusions-<reading>.tsv.

    python scripts/learn_confusions.py [--min-count 2]

The repair engine weighs a candidate by how often the OCR really makes the edit it
needs, so the weights are counted on real tesseract output of known text instead of
guessed. Words are aligned with a word-level Levenshtein alignment; inside each
aligned word pair the differing characters are grouped into edit regions, and
a region of 1-2 characters on each side becomes one confusion ("6"→"ö",
"éo"→"ö", "rn"→"m"). A pure insertion or deletion borrows one unchanged neighbour
so that both sides can be looked up in text ("r:"→"r").

p is P(truth | the ocr string at a place in an aligned OCR word), add-one
smoothed over the outcomes seen for that string, the unchanged one included:
p = (count + 1) / (occurrences + outcomes).

It also writes dictionaries/confidence.tsv: how often a word Tesseract gave a
confidence below a bound is one letter edit (on the diacritic-free fold) from its
truth, for words the lexicon knows and words it does not, pooled over the readings:
the repair's edit rate for a word the OCR doubted.

And dictionaries/marks.tsv: how sure Tesseract was of a word that hides an å/ä/ö of its
truth and of a word printed right, for listed and unlisted words, over the readings that
lose marks: the likelihood ratio by which a word's confidence says it hides one ("klas"
read at 66 is "kläs", "Anmilningsirenden" at 58 "Anmälningsärenden").
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT / "eval" / "train"
OUT = ROOT / "dictionaries" / "confusions.tsv"
CONFIDENCE_OUT = ROOT / "dictionaries" / "confidence.tsv"
CONFIDENCE_BOUNDS = (50, 70, 85, 90, 95)
MARKS_OUT = ROOT / "dictionaries" / "marks.tsv"
MARK_BOUNDS = (*CONFIDENCE_BOUNDS, 101)  # 101: every confidence above the last bound
MARKS = set("åäöÅÄÖ")
MARK_LOSING = 0.01  # share of a reading's counted words that hid an å/ä/ö from which it is a reading that loses them
WORD = re.compile(r"\w+")
HEADER = "ocr\ttruth\tcount\tp\n"
MAX_GRAM = 2
MIN_SIMILARITY = 0.5  # word pairs less alike than this are misalignments or garbage, not confusions


def regions(ocr: str, truth: str) -> list[tuple[str, str]]:
    """An insertion or deletion joins the edit it touches, so "éo"→"ö" and "rn"→"m" are one confusion however
    the aligner split them; adjacent substitutions ("Id"→"lö") stay apart, so each letter's evidence counts alone."""
    spans: list[list] = []  # [ocr start, ocr end, truth start, truth end, is a lone substitution]
    for op in Levenshtein.opcodes(ocr, truth):
        if op.tag == "replace":  # a replace block is equally long on both sides: one substitution per character
            edits = [[op.src_start + k, op.src_start + k + 1, op.dest_start + k, op.dest_start + k + 1, True]
                     for k in range(op.src_end - op.src_start)]
        elif op.tag in ("insert", "delete"):
            edits = [[op.src_start, op.src_end, op.dest_start, op.dest_end, False]]
        else:
            continue
        for edit in edits:
            last = spans[-1] if spans else None
            if last and last[1] == edit[0] and last[3] == edit[2] and not (last[4] and edit[4]):
                last[1], last[3], last[4] = edit[1], edit[3], False
            else:
                spans.append(edit)
    out = []
    for i1, i2, j1, j2, _ in spans:
        if i1 == i2 or j1 == j2:  # a bare insertion or deletion: take one unchanged neighbour on both sides
            if i1 > 0:
                i1, j1 = i1 - 1, j1 - 1
            elif i2 < len(ocr):
                i2, j2 = i2 + 1, j2 + 1
            else:
                continue
        if i2 - i1 <= MAX_GRAM and j2 - j1 <= MAX_GRAM:
            out.append((ocr[i1:i2], truth[j1:j2]))
    return out


def word_pairs(ocr_text: str, truth_text: str) -> list[tuple[str, str]]:
    """One-to-one aligned word pairs; blocks of merged or split words are left out."""
    hyp, ref = ocr_text.split(), truth_text.split()
    pairs = []
    for op in Levenshtein.opcodes(hyp, ref):
        if op.tag in ("equal", "replace") and op.src_end - op.src_start == op.dest_end - op.dest_start:
            pairs.extend(zip(hyp[op.src_start : op.src_end], ref[op.dest_start : op.dest_end]))
    return [(h, r) for h, r in pairs if h == r or Levenshtein.normalized_similarity(h, r) >= MIN_SIMILARITY]


def grams(word: str) -> list[str]:
    return [word[i : i + n] for n in range(1, MAX_GRAM + 1) for i in range(len(word) - n + 1)]


def learn(directories: list[Path]) -> tuple[Counter, Counter]:
    confusions: Counter = Counter()
    seen: Counter = Counter()
    for directory in directories:
        for truth_path in sorted(directory.glob("*.truth.txt")):
            ocr_path = truth_path.with_name(truth_path.name.replace(".truth.", ".input."))
            truth, ocr = truth_path.read_text(encoding="utf-8"), ocr_path.read_text(encoding="utf-8")
            for h, r in word_pairs(ocr, truth):
                seen.update(grams(h))
                if h != r:
                    confusions.update(regions(h, r))
    return confusions, seen


def table(confusions: Counter, seen: Counter, min_count: int) -> str:
    outcomes = Counter(o for o, _ in confusions)
    rows = []
    for (o, t), c in confusions.items():
        if c >= min_count:
            p = (c + 1) / (seen[o] + outcomes[o] + 1)  # + 1: the unchanged reading is an outcome too
            rows.append((-c, o, t, f"{o}\t{t}\t{c}\t{p:.6f}\n"))
    return HEADER + "".join(row for *_, row in sorted(rows))


def confidence_table(directories: list[Path]) -> str:
    """known<TAB>below<TAB>words<TAB>one_edit<TAB>p: words of 3+ letters whose confidence is below `below` (and
    not below the bound before), aligned one to one with the truth; p = (one_edit + 0.5) / (words + 1)."""
    sys.path.insert(0, str(ROOT))
    from ingest.lexicon import fold, load_lexicon

    lex = load_lexicon()
    words: Counter = Counter()
    edits: Counter = Counter()
    for directory in directories:
        for words_path in sorted(directory.glob("*.words.tsv")):
            for o, t, c, _ in aligned_confidences(words_path):
                below = next((b for b in CONFIDENCE_BOUNDS if c < b), None)
                if below is None or len(o) < 3 or not o.isalpha():
                    continue
                key = (int(lex.is_known(o.lower())), below)
                words[key] += 1
                edits[key] += Levenshtein.distance(fold(o), fold(t)) == 1
    rows = [f"{k}\t{b}\t{words[k, b]}\t{edits[k, b]}\t{(edits[k, b] + 0.5) / (words[k, b] + 1):.4f}\n"
            for k in (0, 1) for b in CONFIDENCE_BOUNDS]
    return "known\tbelow\twords\tone_edit\tp\n" + "".join(rows)


def aligned_confidences(words_path: Path) -> list[tuple[str, str, float, bool]]:
    """(OCR word, truth word, confidence, whether the OCR word holds no other word) of the words of one reading
    aligned one to one with its truth: "Ra'ad" is two words of one confidence."""
    ocr, confs = [], []
    for line in words_path.read_text(encoding="utf-8").splitlines():
        text, _, conf = line.rpartition("\t")
        found = WORD.findall(text)
        for w in found:
            ocr.append(w)
            confs.append((float(conf), len(found) == 1))
    truth = WORD.findall(words_path.with_name(words_path.name.replace(".words.tsv", ".truth.txt")).read_text(encoding="utf-8"))
    out = []
    for op in Levenshtein.opcodes(ocr, truth):
        if op.tag in ("equal", "replace") and op.src_end - op.src_start == op.dest_end - op.dest_start:
            out += [(ocr[op.src_start + k], truth[op.dest_start + k], *confs[op.src_start + k])
                    for k in range(op.src_end - op.src_start)]
    return out


def marks_table(directories: list[Path]) -> str:
    """known<TAB>below<TAB>lost<TAB>kept<TAB>sure<TAB>ratio: OCR words in letters, each a whole OCR word, aligned with
    a truth in letters, by whether the lexicon knows the word and by confidence band: how many hid an å/ä/ö of their
    truth (the truth has more of them, within two letter edits on the fold: "klas" for "kläs", "Anmilningsirenden"
    for "Anmälningsärenden"), how many are their truth, and of those how many are `surely_right` (listed words no
    å/ä/ö spelling of is listed: the words by which a document shows how surely it was read); ratio = P(band | lost)
    / P(band | kept), each share smoothed by a half sighting. Only readings that lose marks (MARK_LOSING) count: one
    that keeps them all says nothing of how a lost one is read."""
    sys.path.insert(0, str(ROOT))
    from ingest.lexicon import fold, load_lexicon, surely_right

    lex = load_lexicon()
    lost: Counter = Counter()
    kept: Counter = Counter()
    sure: Counter = Counter()
    for directory in directories:
        here: Counter = Counter()
        for words_path in sorted(directory.glob("*.words.tsv")):
            for o, t, c, alone in aligned_confidences(words_path):
                if not (alone and o.isalpha() and t.isalpha()) or o != t and not hides_mark(o, t, fold):
                    continue
                band = next(b for b in MARK_BOUNDS if c < b)
                here[int(lex.is_known(o.lower())), band, "lost" if o != t else "kept"] += 1
                if o == t and surely_right(lex, o.lower()):
                    here[1, band, "sure"] += 1
        counted = sum(n for (*_, kind), n in here.items() if kind != "sure")
        if sum(n for (*_, kind), n in here.items() if kind == "lost") >= MARK_LOSING * counted:
            for (known, b, kind), n in here.items():
                {"lost": lost, "kept": kept, "sure": sure}[kind][known, b] += n
    rows = []
    for known in (0, 1):
        total_lost = sum(n for (k, _), n in lost.items() if k == known)
        total_kept = sum(n for (k, _), n in kept.items() if k == known)
        for b in MARK_BOUNDS:
            ratio = (lost[known, b] + 0.5) / (total_lost + 1) / ((kept[known, b] + 0.5) / (total_kept + 1))
            rows.append(f"{known}\t{b}\t{lost[known, b]}\t{kept[known, b]}\t{sure[known, b]}\t{ratio:.4f}\n")
    return "known\tbelow\tlost\tkept\tsure\tratio\n" + "".join(rows)


def hides_mark(ocr: str, truth: str, fold) -> bool:
    """Whether the truth has an å/ä/ö more than the OCR word, which is otherwise close to it (two letter edits on
    the fold at most, a glyph read for the mark among them) and not merely another case of it."""
    return sum(ch in MARKS for ch in truth) > sum(ch in MARKS for ch in ocr) and ocr.lower() != truth.lower() \
        and Levenshtein.distance(fold(ocr), fold(truth)) <= 2


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-count", type=int, default=2)
    min_count = ap.parse_args().min_count
    models = sorted(d for d in TRAIN.glob("ocr-*") if d.is_dir())
    if not models:
        print(f"no training scans under {TRAIN}: run scripts/make_devsets.py train", file=sys.stderr)
        return 1
    glyphs = sorted(d for d in (TRAIN / "glyphs").glob("ocr-*") if d.is_dir())  # glyph confusions only
    for directory in models:
        name = directory.name.removeprefix("ocr-")
        confusions, seen = learn([directory, *(d for d in glyphs if d.name == directory.name)])
        (TRAIN / f"confusions-{name}.tsv").write_text(table(confusions, seen, min_count), encoding="utf-8")
        print(f"{name}: {sum(confusions.values())} confusions, {len(confusions)} kinds", file=sys.stderr)
    OUT.write_text(table(*learn(models + glyphs), min_count), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    CONFIDENCE_OUT.write_text(confidence_table(models), encoding="utf-8")
    print(f"wrote {CONFIDENCE_OUT.relative_to(ROOT)}", file=sys.stderr)
    MARKS_OUT.write_text(marks_table(models + glyphs), encoding="utf-8")
    print(f"wrote {MARKS_OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
