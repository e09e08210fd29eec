"""Recipe for the compiled word data in this folder: `python -m dictionaries.build`.

Users never run this; the output is committed. It needs the `build-dict` extra
(hunspell-sv, wordfreq, marisa-trie) and Debian's `hunspell` and `hunspell-tools`
(for `unmunch`), because hunspell itself is the authority on which affix-expanded
forms stand alone and which only occur inside compounds.

Outputs (see README.md for sources and licences):
- lexicon.bin  word (lowercase) -> (zipf*10, flags)
- folds.bin    fold(word) -> word, the candidate index
- bigrams.bin  "w1 w2" -> count, context statistics from Talbanken test sentences
- lexicon.json    version and counts
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import subprocess
import sys
import sysconfig
from collections import Counter
from pathlib import Path

import marisa_trie
import wordfreq

from ingest.lexicon import (
    BEGIN,
    DOMAIN,
    END,
    ENGLISH,
    FOREIGN,
    NAME,
    WORD,
    BIGRAM_FORMAT,
    RECORD_FORMAT,
    fold,
    tokens,
)

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "talbanken-test.txt"
SOURCE_LISTS = {"first_names.txt": NAME, "surnames.txt": NAME, "places.txt": NAME, "domain.txt": DOMAIN | WORD}
# A probe word that takes part in compounds both as the first and as the last part,
# so hunspell's verdict on probe+form and form+probe tells what a form may do in a compound.
PROBE = "bil"
MIN_FOREIGN_ZIPF = 1.0
MIN_ENGLISH_ZIPF = 3.5
# Share of a Swedish word's web occurrences written without its å/ä/ö. wordfreq counts "for" and "pa"
# partly as stripped "för" and "på"; that share of the diacritic sibling is taken off the plain form,
# leaving at least a tenth of its count.
WEB_STRIP_SHARE = 0.01


def hunspell_dir() -> Path:
    return Path(sysconfig.get_paths()["data"]) / "share" / "hunspell"


def unmunch(dic: Path) -> set[str]:
    out = subprocess.run(["unmunch", str(dic), str(dic.with_suffix(".aff"))], capture_output=True, check=True).stdout
    return {w for w in out.decode("utf-8", "replace").split("\n") if w and "/" not in w and " " not in w}


def accepted(words: list[str], dic: Path) -> set[str]:
    """The words hunspell accepts (`-G` prints correct words), compounds included."""
    out = subprocess.run(
        ["hunspell", "-d", str(dic.with_suffix("")), "-G"],
        input="\n".join(words).encode(),
        capture_output=True,
        check=True,
        env={"LC_ALL": "C.UTF-8"},
    ).stdout
    return set(out.decode("utf-8").split("\n")) - {""}


def read_list(path: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def unstripped(freq: dict[str, float], flags: dict[str, int]) -> dict[str, float]:
    """Zipf of plain spellings with the stripped uses of their diacritic siblings taken out."""
    siblings: dict[str, float] = {}
    for w, f in freq.items():
        if w != fold(w) and flags.get(w, 0) & WORD:
            siblings[fold(w)] = siblings.get(fold(w), 0.0) + f
    out = {}
    for w, f in freq.items():
        if w in siblings and w == fold(w):
            out[w] = math.log10(max(f - WEB_STRIP_SHARE * siblings[w], f / 10) * 1e9)
    return out


def build_words() -> dict:
    """lexicon.bin and folds.bin: the words, their roles and frequencies, and the fold index."""
    hdir = hunspell_dir()
    main = hdir / "sv_SE.dic"
    forms = sorted(unmunch(main) | unmunch(hdir / "sv_SE_expanded.dic"))
    print(f"unmunch: {len(forms)} forms", file=sys.stderr)
    standalone = accepted(forms, main)
    begins = {w[: -len(PROBE)] for w in accepted([f + PROBE for f in forms], main)}
    ends = {w[len(PROBE):] for w in accepted([PROBE + f.lower() for f in forms], main)}
    print(f"hunspell: {len(standalone)} standalone, {len(begins)} compound-begin, {len(ends)} compound-end", file=sys.stderr)

    flags: dict[str, int] = {}

    def mark(word: str, flag: int) -> None:
        key = word.lower()
        flags[key] = flags.get(key, 0) | flag

    for w in standalone:
        mark(w, WORD | (NAME if w[:1].isupper() and not w.isupper() else 0))
    for w in begins:
        mark(w, BEGIN)
    for w in ends:
        mark(w, END)
    used_sources = []
    for name, flag in SOURCE_LISTS.items():
        path = SOURCES / name
        if path.exists():
            entries = read_list(path)
            used_sources.append({"file": f"sources/{name}", "entries": len(entries)})
            for entry in entries:
                for part in entry.split():
                    mark(part, flag)

    sv = wordfreq.get_frequency_dict("sv", "large")
    en = wordfreq.get_frequency_dict("en", "large")
    zipf = {w: math.log10(f * 1e9) for w, f in sv.items()}
    zipf.update(unstripped(sv, flags))
    for w, z in zipf.items():
        if w not in flags and z >= MIN_FOREIGN_ZIPF and re.fullmatch(r"[^\W\d_]+", w):
            flags[w] = FOREIGN
    for w, f in en.items():
        if math.log10(f * 1e9) >= MIN_ENGLISH_ZIPF and w in flags and not flags[w] & WORD:
            flags[w] |= ENGLISH

    records = [(w, (min(255, round(zipf.get(w, 0.0) * 10)), flags[w])) for w in sorted(flags)]
    marisa_trie.RecordTrie(RECORD_FORMAT, records).save(str(HERE / "lexicon.bin"))
    # wordfreq-only words are targets only with å/ä/ö: without them they may be stripped spellings
    candidates = [
        (fold(w), w.encode())
        for w, f in sorted(flags.items())
        if f & (WORD | BEGIN | END | NAME | DOMAIN) or (f & FOREIGN and w != fold(w))
    ]
    marisa_trie.BytesTrie(candidates).save(str(HERE / "folds.bin"))
    return {
        "hunspell_forms": len(forms),
        "standalone": len(standalone),
        "compound_begin": len(begins),
        "compound_end": len(ends),
        "entries": len(records),
        "fold_keys": len(candidates),
        "sources": used_sources,
    }


def build_context() -> dict:
    """bigrams.bin from real prose: "w" counts, "w1 w2" adjacent pairs, and "w1\tw2" for a word whose
    fold is shared with another word (man/män, har/här) and each other word of the same sentence,
    the topic evidence that tells "män och kvinnor" from "man kan"."""
    folds = marisa_trie.BytesTrie()
    folds.load(str(HERE / "folds.bin"))
    words = marisa_trie.RecordTrie(RECORD_FORMAT)
    words.load(str(HERE / "lexicon.bin"))

    def standalone(w: str) -> bool:
        hit = words.get(w)
        return bool(hit and hit[0][1] & WORD)

    counts: Counter[str] = Counter()
    sentences = 0
    ambiguous: dict[str, bool] = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        toks = ["<s>"] + [t.lower() for t in tokens(line)]
        sentences += 1
        counts.update(toks)
        counts.update(f"{a} {b}" for a, b in zip(toks, toks[1:]))
        present = sorted(set(toks[1:]))
        for a in present:
            if a not in ambiguous:
                ambiguous[a] = sum(standalone(m.decode()) for m in folds.get(fold(a), ())) > 1
            if ambiguous[a]:
                counts.update(f"{a}\t{b}" for b in present if b != a)
    marisa_trie.RecordTrie(BIGRAM_FORMAT, [(k, (min(v, 65535),)) for k, v in sorted(counts.items())]).save(
        str(HERE / "bigrams.bin")
    )
    return {
        "bigrams": sum(" " in k for k in counts),
        "cooccurrences": sum("\t" in k for k in counts),
        "corpus_tokens": sum(v for k, v in counts.items() if " " not in k and "\t" not in k),
        "corpus_sentences": sentences,
    }


def build(part: str = "all") -> dict:
    """Rebuild everything, or only the context statistics (`context`, seconds instead of minutes)."""
    meta_path = HERE / "lexicon.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if part == "context" else {}
    if part == "all":
        meta.update(build_words())
    meta.update(build_context())
    digest = hashlib.sha256()
    for name in ("lexicon.bin", "folds.bin", "bigrams.bin"):
        digest.update((HERE / name).read_bytes())
    meta["version"] = f"sv-{digest.hexdigest()[:12]}"
    meta_path.write_text(json.dumps(dict(sorted(meta.items())), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta


if __name__ == "__main__":
    print(json.dumps(build(*sys.argv[1:2]), indent=1, ensure_ascii=False))
