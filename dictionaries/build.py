"""Recipe for the compiled word data in this folder: `python -m dictionaries.build`.

Users never run this; the output is committed. It needs the `build-dict` extra
(hunspell-sv, wordfreq, marisa-trie) and Debian's `hunspell` and `hunspell-tools`
(for `unmunch`), because hunspell itself is the authority on which affix-expanded
forms stand alone and which only occur inside compounds.

Outputs (see README.md for sources and licences):
- lexicon.bin  word (lowercase) -> (zipf*10, flags)
- folds.bin    fold(word) -> word, the candidate index
- bigrams.bin  "w1 w2" -> count, context statistics from Talbanken test and the Riksdag train part
- lexicon.json    version and counts
"""
from __future__ import annotations

import functools
import hashlib
import json
import lzma
import math
import re
import struct
import subprocess
import sys
import sysconfig
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import marisa_trie
import wordfreq

from ingest.lexicon import (
    BEGIN,
    COMPOUND_PART,
    COMPOUND_PART_MIN,
    DOMAIN,
    END,
    ENGLISH,
    FOREIGN,
    NAME,
    NAME_PREFIX,
    NAME_PREFIXES,
    NAME_SUFFIX,
    NAME_SUFFIXES,
    WORD,
    BIGRAM_FORMAT,
    RECORD_FORMAT,
    PIECE_CLOSE,
    SUFFIX_CLASS,
    SUFFIX_LETTERS,
    fold,
    suffix_class,
    tokens,
    word_class,
)
from ingest.repair import NAME_LIKE_ZIPF

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPUS = CORPORA / "talbanken-test.txt"  # Talbanken's dev part is reserved for independent judging: never read
RIKSDAG = CORPORA / "riksdag-interpellations-1994-2022.txt.xz"
PERSON_NAMES = CORPORA / "riksdag-person-names.txt"
# Riksdag sessions from this year's (2017/18) on are held out: scored (scripts/riksdag_heldout.py), never built from.
FIRST_HELD_OUT_SESSION = 2017
SOURCE_LISTS = {"first_names.txt": NAME, "surnames.txt": NAME, "places.txt": NAME, "domain.txt": DOMAIN | WORD}
# The larger lists made from fetched GitHub files (scripts/make_sources.py github and localities): marked after the
# Riksdag's names are weighed, so a member's name keeps the name prior it had (name_floor) whether or not SCB lists it.
FETCHED_LISTS = {"first_names_scb.txt": NAME, "parishes.txt": NAME, "localities.txt": NAME}
# A probe word that takes part in compounds both as the first and as the last part,
# so hunspell's verdict on probe+form and form+probe tells what a form may do in a compound.
PROBE = "bil"
MIN_FOREIGN_ZIPF = 1.0
MIN_ENGLISH_ZIPF = 3.5
# Share of a Swedish word's web occurrences written without its å/ä/ö. wordfreq counts "for" and "pa"
# partly as stripped "för" and "på"; that share of the diacritic sibling is taken off the plain form,
# leaving at least a tenth of its count. The Riksdag counts get the same treatment (their OCR'd early
# sessions strip a few per mille: "for" 173 beside "för" 89,823).
WEB_STRIP_SHARE = 0.01
# Words of the Riksdag train part the lexicon lacks: seen this often, in this many documents, this long,
# in lines whose words the lexicon mostly knows (OCR noise, tables and English quotations stay out).
MIN_CORPUS_COUNT = 5
MIN_CORPUS_DOCS = 3
MIN_CORPUS_LENGTH = 4
MIN_KNOWN_SHARE = 0.8
ABBREVIATION_SHARE = 0.5  # a form followed by "." at least this often is an abbreviation ("bl", "prop")
MIN_COMPOUND_SUPPORT = 3
# A new word hunspell rejects, one letter edit from a word the corpus has this many times as often, is a
# misspelling or an OCR error of that word ("statrådet" 12 times beside "statsrådet" 15,301), not a word.
TYPO_RATIO = 100  # distinct corpus compounds that show a new word opening or closing a compound
# zipf = (1 - CORPUS_WEIGHT) * wordfreq + CORPUS_WEIGHT * Riksdag for words both have (Riksdag count >= 5), when
# that raises it: one register can show a word is common in administrative prose, while its rarity there says
# little about minutes' names, places and everyday matters (lowering too made "sjö" 4.0 -> 3.9, too rare to end a
# stripped surname, "Sjostrom"). A word only the Riksdag has takes its Riksdag zipf less CORPUS_ONLY_SHIFT
# (it was picked for being frequent there).
CORPUS_WEIGHT = 0.5
CORPUS_ONLY_SHIFT = 0.3
# Context statistics: adjacent pairs seen once are dropped unless a word of the pair shares its fold with
# another word (år/är, vård/värd), where the pair is the evidence; co-occurrences need this many sentences.
MIN_PAIR_COUNT = 2
MIN_COOCCURRENCE_COUNT = 2
# An ambiguous word between its two neighbours ("den har till", "den här frågan"), kept from this many sightings up:
# where the pairs on either side disagree, the three words together decide.
MIN_TRIPLE_COUNT = 3
# An ambiguous word's own class beside a real neighbour ("den =män", "=bär det"): counted for the last letters
# (SUFFIX_LETTERS) of every corpus word whose ending is that of a fold sibling whose siblings end otherwise
# (huvudman/huvudmän, innebar/innebär), kept from this many sightings up
MIN_SUFFIX_PAIR_COUNT = 10
# How listed names begin and end ("Hög-", "-gård", "-ström"): counts of their first and last letters
# (NAME_PREFIXES, NAME_SUFFIXES), kept from this many names up.
MIN_NAME_AFFIX_COUNT = 2

HEADER = re.compile(r"# ipq-(\d{4})\d{2,4}--\d+\s*$")
MARKUP = re.compile(r"<!\[[^\]]*\]>|\bNone\b")  # Word's HTML conditionals and empty fields of the source
FURNITURE = re.compile(r"\s*(SVERIGES RIKSDAG\s*$|.*Riksdagen\s*Interpellationer|Inkom den |.*Besvarad den .*Prot)")
# "krigsma- terielexport": a word the print broke at a line end; "arbets- och expertgrupper" is no break
LINE_BREAK = re.compile(
    r"(?<=[a-zåäöé])- (?!(?:och|eller|samt|respektive|resp|som|till|men|med|liksom|utan|än|både|el)\b)(?=[a-zåäöé])"
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\d\"”])")  # co-occurrence unit
PIECE_BREAK = re.compile(r"[.!?:;]")  # where the repair starts a new context (`<s>`), as ingest.repair does
WORD_TOKEN = re.compile(r"\w+")


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
    """Frequencies of plain spellings with the stripped uses of their diacritic siblings taken out."""
    siblings: dict[str, float] = {}
    for w, f in freq.items():
        if w != fold(w) and flags.get(w, 0) & WORD:
            siblings[fold(w)] = siblings.get(fold(w), 0.0) + f
    return {w: max(f - WEB_STRIP_SHARE * siblings[w], f / 10) for w, f in freq.items() if w in siblings and w == fold(w)}


def zipf_of(f: float) -> float:
    return math.log10(f * 1e9)


def riksdag_train(path: Path = RIKSDAG) -> Iterator[tuple[str, str]]:
    """(document, paragraph) of the Riksdag interpellations of the train sessions (1994/95-2016/17), cleaned:
    markup and layout lines out, words broken at a line end joined. Held-out sessions are skipped unread."""
    doc, keep = "", False
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("# ipq-"):
                m = HEADER.match(line)
                doc, keep = line.strip(), bool(m) and int(m.group(1)) < FIRST_HELD_OUT_SESSION
                continue
            if not keep or FURNITURE.match(line):
                continue
            text = LINE_BREAK.sub("", MARKUP.sub(" ", line)).strip()
            if text:
                yield doc, text


def mostly_known(text: str, known) -> bool:
    """A line whose words the lexicon mostly knows: prose, not OCR noise, a table or an English quotation."""
    words = [t for t in WORD_TOKEN.findall(text) if t.isalpha()]
    return len(words) < 4 or sum(map(known, (w.lower() for w in words))) >= MIN_KNOWN_SHARE * len(words)


class CorpusWords:
    """Per lowercase word of the Riksdag train part: occurrences standing alone (not a hyphenated part, which
    may be a compound part: "hälso- och sjukvård"), in lower case, before a full stop, and documents."""

    def __init__(self, paragraphs: Iterable[tuple[str, str]], known):
        self.count: Counter[str] = Counter()
        self.lower: Counter[str] = Counter()
        self.dotted: Counter[str] = Counter()
        self.docs: Counter[str] = Counter()
        self.lines = self.skipped = 0
        last: dict[str, str] = {}
        for doc, text in paragraphs:
            if not mostly_known(text, known):
                self.skipped += 1
                continue
            self.lines += 1
            for m in WORD_TOKEN.finditer(text):
                w = m.group()
                s, e = m.span()
                if not w.isalpha() or text[s - 1:s] == "-" or text[e:e + 1] == "-":
                    continue
                low = w.lower()
                self.count[low] += 1
                self.lower[low] += w == low
                self.dotted[low] += text[e:e + 1] == "."
                if last.get(low) != doc:
                    last[low] = doc
                    self.docs[low] += 1
        self.total = sum(self.count.values())


def corpus_additions(corpus: CorpusWords, flags: dict[str, int], zipf: dict[str, float]) -> dict[str, int]:
    """Words of the Riksdag train part the lexicon lacks (or has only from wordfreq), with their flag: WORD, or
    NAME when mostly capitalised. A plain spelling whose å/ä/ö sibling is commoner is a stripped spelling, not
    a word ("ungefar" beside "ungefär"); compound-only forms (hunspell's "arbets") and English stay as they are."""
    siblings: dict[str, float] = {}  # fold -> the commonest å/ä/ö spelling's count (corpus) or zipf (lexicon)
    sibling_zipf: dict[str, float] = {}
    for w, c in corpus.count.items():
        if w != fold(w):
            siblings[fold(w)] = max(siblings.get(fold(w), 0), c)
    for w, f in flags.items():
        if f & (WORD | NAME) and w != fold(w) and any(ch in "åäö" for ch in w):
            sibling_zipf[fold(w)] = max(sibling_zipf.get(fold(w), 0.0), zipf.get(w, 0.0))
    out = {}
    for w, c in corpus.count.items():
        f = flags.get(w, 0)
        if f & (WORD | NAME | DOMAIN | ENGLISH) or (f & (BEGIN | END) and not f & FOREIGN):
            continue
        if len(w) < MIN_CORPUS_LENGTH or c < MIN_CORPUS_COUNT or corpus.docs[w] < MIN_CORPUS_DOCS:
            continue
        if corpus.dotted[w] >= ABBREVIATION_SHARE * c:
            continue
        if w == fold(w) and (siblings.get(w, 0) >= c or sibling_zipf.get(w, 0.0) >= zipf_of(c / corpus.total)):
            continue
        out[w] = WORD if corpus.lower[w] >= 0.5 * c else NAME
    return out


def one_edit(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyzåäöé"
    out = set()
    for i in range(len(word) + 1):
        out.update(word[:i] + c + word[i:] for c in letters)
        if i < len(word):
            out.add(word[:i] + word[i + 1:])
            out.update(word[:i] + c + word[i + 1:] for c in letters)
    return out


def misspellings(corpus: CorpusWords, words: Iterable[str]) -> set[str]:
    """The words that are one letter edit (other than an å/ä/ö for its plain letter, "delår"/"delar") from a
    word the corpus has at least TYPO_RATIO times as often."""
    out = set()
    for w in words:
        c = corpus.count[w]
        if any(corpus.count.get(e, 0) >= TYPO_RATIO * c for e in one_edit(w) if fold(e) != fold(w)):
            out.add(w)
    return out


def compound_support(corpus: CorpusWords, new: dict[str, int], flags: dict[str, int]) -> dict[str, int]:
    """BEGIN or END for new words that open (close) at least MIN_COMPOUND_SUPPORT distinct corpus words whose
    other part the lexicon knows as a compound part ("fiber" + "nätet", "bredbands" + "utbyggnad")."""
    begin: dict[str, set[str]] = {}
    end: dict[str, set[str]] = {}
    for t in corpus.count:
        for cut in range(3, len(t) - 2):
            head, tail = t[:cut], t[cut:]
            if head in new and flags.get(tail, 0) & END:
                begin.setdefault(head, set()).add(t)
            if tail in new and flags.get(head, 0) & BEGIN:
                end.setdefault(tail, set()).add(t)
    out = {w: BEGIN for w, ts in begin.items() if len(ts) >= MIN_COMPOUND_SUPPORT}
    for w, ts in end.items():
        if len(ts) >= MIN_COMPOUND_SUPPORT:
            out[w] = out.get(w, 0) | END
    return out


def person_names(path: Path = PERSON_NAMES) -> list[str]:
    """First names and surnames of the Riksdag's members and ministers: each capitalised part of a name
    ("Adolf Erik Nordenskiöld", "Ann-Britt Åsebol"); particles ("von", "af", "de") and "d.y." are no names."""
    parts = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        for part in re.split(r"[\s-]+", line.strip()):
            part = part.rstrip(".")
            if len(part) >= 2 and part.isalpha() and part[0].isupper():
                parts.add(part)
    return sorted(parts)


def name_floor(names: Iterable[str], flags: dict[str, int], zipf: dict[str, float]) -> dict[str, float]:
    """NAME_LIKE_ZIPF for the names that have less, unless the name is a plain spelling of an å/ä/ö word."""
    with_marks = {fold(w) for w, f in flags.items() if f & WORD and w != fold(w)}
    return {n: NAME_LIKE_ZIPF for n in names
            if zipf.get(n, 0.0) < NAME_LIKE_ZIPF and not (n == fold(n) and n in with_marks)}


def hunspell_forms() -> tuple[list[str], set[str], set[str], set[str]]:
    """hunspell's forms (affix-expanded), and which of them stand alone, open or close a compound."""
    hdir = hunspell_dir()
    main = hdir / "sv_SE.dic"
    forms = sorted(unmunch(main) | unmunch(hdir / "sv_SE_expanded.dic"))
    print(f"unmunch: {len(forms)} forms", file=sys.stderr)
    standalone = accepted(forms, main)
    begins, ends = compound_parts(forms, main)
    print(f"hunspell: {len(standalone)} standalone, {len(begins)} compound-begin, {len(ends)} compound-end", file=sys.stderr)
    return forms, standalone, begins, ends


def compound_parts(forms: list[str], dic: Path) -> tuple[set[str], set[str]]:
    begins = {w[: -len(PROBE)] for w in accepted([f + PROBE for f in forms], dic)}
    ends = {w[len(PROBE):] for w in accepted([PROBE + f.lower() for f in forms], dic)}
    return begins, ends


def build_words() -> dict:
    """lexicon.bin and folds.bin: the words, their roles and frequencies, and the fold index."""
    forms, standalone, begins, ends = hunspell_forms()

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

    def mark_lists(lists: dict[str, int]) -> None:
        for name, flag in lists.items():
            path = SOURCES / name
            if path.exists():
                entries = read_list(path)
                used_sources.append({"file": f"sources/{name}", "entries": len(entries)})
                for entry in entries:
                    for part in entry.split():
                        mark(part, flag)

    mark_lists(SOURCE_LISTS)
    names = person_names()
    unlisted = {n.lower() for n in names if n.lower() not in flags}
    new_names = sum(not flags.get(n.lower(), 0) & NAME for n in names)
    for n in names:
        mark(n, NAME)
    mark_lists(FETCHED_LISTS)

    sv = wordfreq.get_frequency_dict("sv", "large")
    en = wordfreq.get_frequency_dict("en", "large")
    zipf = {w: zipf_of(f) for w, f in sv.items()}
    zipf.update({w: zipf_of(f) for w, f in unstripped(sv, flags).items()})
    for w, z in zipf.items():
        if w not in flags and z >= MIN_FOREIGN_ZIPF and re.fullmatch(r"[^\W\d_]+", w):
            flags[w] = FOREIGN
    for w, f in en.items():
        if zipf_of(f) >= MIN_ENGLISH_ZIPF and w in flags and not flags[w] & WORD:
            flags[w] |= ENGLISH

    # the Riksdag train part: words the lexicon lacks, and the register's own frequencies
    corpus = CorpusWords(riksdag_train(), lambda w: w in flags)
    added = corpus_additions(corpus, flags, zipf)
    hunspell_accepts = accepted(sorted(added), hunspell_dir() / "sv_SE.dic")  # compounds of its words
    typos = misspellings(corpus, set(added) - hunspell_accepts)
    added = {w: f for w, f in added.items() if w not in typos}
    for w, flag in added.items():
        mark(w, flag)
    hunspell_begin, hunspell_end = compound_parts(sorted(added), hunspell_dir() / "sv_SE.dic")
    parts = compound_support(corpus, added, flags)
    for w in added:
        mark(w, (BEGIN if w in hunspell_begin else 0) | (END if w in hunspell_end else 0) | parts.get(w, 0))
    freq = {w: c / corpus.total for w, c in corpus.count.items()}
    freq.update(unstripped(freq, flags))
    raised = 0
    for w, f in freq.items():
        if w not in flags or corpus.count[w] < MIN_CORPUS_COUNT:
            continue
        if w in zipf:
            z = (1 - CORPUS_WEIGHT) * zipf[w] + CORPUS_WEIGHT * zipf_of(f)
            if z > zipf[w]:
                zipf[w] = z
                raised += 1
        else:
            zipf[w] = zipf_of(f) - CORPUS_ONLY_SHIFT

    # A listed name is at least as likely as a capitalised word in no list, which the repair gives NAME_LIKE_ZIPF:
    # else "Hjelmström", listed but unseen by wordfreq, loses to an unlisted glyph reading ("Hjelmströom").
    # Not for a plain spelling of an å/ä/ö word ("Lander" beside "länder"): that would strengthen a stripped form.
    floor = name_floor(unlisted, flags, zipf)
    zipf.update(floor)

    records = [(w, (min(255, max(0, round(zipf.get(w, 0.0) * 10))), flags[w])) for w in sorted(flags)]
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
        "riksdag_names": {"parts": len(names), "new": new_names},
        "riksdag_words": {
            "train_tokens": corpus.total,
            "paragraphs": corpus.lines,
            "paragraphs_skipped": corpus.skipped,
            "added_words": sum(f == WORD for f in added.values()),
            "added_names": sum(f == NAME for f in added.values()),
            "misspellings_left_out": len(typos),
            "added_hunspell_accepts": sum(w in hunspell_accepts for w in added),
            "added_compound_parts_hunspell": sum(w in hunspell_begin or w in hunspell_end for w in added),
            "added_compound_parts_corpus": len(parts),
            "zipf_raised": raised,
            "names_raised_to_name_prior": len(floor),
        },
    }


def sentences() -> Iterator[str]:
    """The context corpus: Talbanken test sentences, then the Riksdag train part's sentences."""
    yield from CORPUS.read_text(encoding="utf-8").splitlines()
    for _, text in riksdag_train():
        yield from SENTENCE_END.split(text)


def name_affixes(words: marisa_trie.RecordTrie) -> Counter[str]:
    """How the listed names (hunspell's proper names, the name and place lists, the Riksdag's members and the
    names of its text) begin and end: the evidence that an unlisted "Hogstrand" or "Litsegard" lost the å/ä/ö
    that names so spelled have ("Hög-" begins 114 names, "Hog-" 4; "-gård" ends 49, "-gard" 3)."""
    counts: Counter[str] = Counter()
    for w, (_, flags) in words.items():
        if not flags & NAME or not w.isalpha():
            continue
        counts.update(NAME_PREFIX + w[:n] for n in NAME_PREFIXES if len(w) >= n + 2)
        counts.update(NAME_SUFFIX + w[-n:] for n in NAME_SUFFIXES if len(w) >= n + 2)
    return Counter({k: v for k, v in counts.items() if v >= MIN_NAME_AFFIX_COUNT})


def sibling_suffixes(folds: marisa_trie.BytesTrie, standalone, letters: int) -> set[str]:
    """The classes (`suffix_class`) of words that share their fold with a word of another class: "=man" and "=män"
    (huvudman, huvudmän), "=bar" and "=bär" (innebar, innebär); not "=gen" (tagen, tågen end alike)."""
    groups: dict[str, set[str]] = {}
    for key, value in folds.iteritems():
        w = value.decode()
        if suffix_class(w, letters) and standalone(w):
            groups.setdefault(key, set()).add(w)
    out: set[str] = set()
    for ws in groups.values():
        classes = {suffix_class(w, letters) for w in ws}
        if len(classes) > 1:
            out.update(classes)
    return out


def compound_parts_used(unigrams: Iterable[str], words: marisa_trie.RecordTrie, folds: marisa_trie.BytesTrie
                        ) -> Counter[str]:
    """How productive each fold sibling is as a compound's last part: the distinct words (of the context corpus, and
    listed words some text counts) it ends after a listed first part ("|flöden" 11: "kassa|flöden", "trafik|flöden",
    "kapital|flöden", ...; "|floden" 7), both parts at least COMPOUND_PART_MIN letters; kept only for words that
    share their fold with another listed word, where it tells the siblings apart as last parts (the river "floden"
    is commoner alone than the flows "flöden", not in compounds)."""
    def flags(w: str) -> int:
        hit = words.get(w)
        return hit[0][1] if hit else 0

    @functools.cache
    def sibling(w: str) -> bool:
        return len(folds.get(fold(w), ())) > 1

    counts: Counter[str] = Counter()
    # the corpus's words and the lexicon's words that some text counts (wordfreq or the corpus), each once
    seen = {t for t in unigrams if t.isalpha()}
    seen.update(w for w, (z, f) in words.items() if z and f & WORD and w.isalpha())
    for t in sorted(seen):
        for cut in range(COMPOUND_PART_MIN, len(t) - COMPOUND_PART_MIN + 1):
            head, tail = t[:cut], t[cut:]
            # a last part as hunspell lets it close one, or any listed word ("kommun|råd": hunspell has no "-råd")
            if flags(head) & BEGIN and flags(tail) & (END | WORD) and sibling(tail):
                counts[COMPOUND_PART + tail] += 1
    return counts


def build_context() -> dict:
    """bigrams.bin from real prose: "w" counts, "w1 w2" adjacent pairs, and "w1\tw2" for a word whose
    fold is shared with another word (man/män, har/här) and each other word of the same sentence,
    the topic evidence that tells "män och kvinnor" from "man kan". A sentence's pieces between
    . ! ? : ; each open with <s> and close with </s>, as the repair reads them: "... här." and "Här finns"
    are evidence too. Such a word between its two neighbours ("den har till"), and between them where one is
    its class ("de här ~na"). And the names' beginnings and endings."""
    folds = marisa_trie.BytesTrie()
    folds.load(str(HERE / "folds.bin"))
    words = marisa_trie.RecordTrie(RECORD_FORMAT)
    words.load(str(HERE / "lexicon.bin"))

    def standalone(w: str) -> bool:
        hit = words.get(w)
        return bool(hit and hit[0][1] & WORD)

    def is_ambiguous(w: str) -> bool:
        found = ambiguous.get(w)
        if found is None:
            found = ambiguous[w] = sum(standalone(m.decode()) for m in folds.get(fold(w), ())) > 1
        return found

    unigrams: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    together: Counter[str] = Counter()
    classed: Counter[str] = Counter()  # word classes, and an ambiguous word beside a class ("har ~at")
    triples: Counter[str] = Counter()  # an ambiguous word with both neighbours ("den har till")
    class_triples: Counter[str] = Counter()  # and with their classes, where one has a class ("de här ~na")
    n = 0
    ambiguous: dict[str, bool] = {}
    suffixed: Counter[str] = Counter()  # an ambiguous word's class beside a real neighbour ("den =män")
    wanted = {letters: sibling_suffixes(folds, standalone, letters) for letters in SUFFIX_LETTERS}
    for sentence in sentences():
        n += 1
        present = set()
        for piece in PIECE_BREAK.split(sentence):
            toks = tokens(piece)
            if not toks:
                continue
            toks = ["<s>", *toks, PIECE_CLOSE]
            unigrams.update(toks)
            pairs.update(f"{a} {b}" for a, b in zip(toks, toks[1:]))
            classes = [word_class(t) for t in toks]
            classed.update(c for c in classes if c)
            for (a, ca), (b, cb) in zip(zip(toks, classes), zip(toks[1:], classes[1:])):
                if cb and is_ambiguous(a):
                    classed[f"{a} {cb}"] += 1
                if ca and is_ambiguous(b):
                    classed[f"{ca} {b}"] += 1
            triples.update(f"{a} {b} {c}" for a, b, c in zip(toks, toks[1:], toks[2:]) if is_ambiguous(b))
            class_triples.update(f"{ca or a} {b} {cc or c}" for a, b, c, ca, cc
                                 in zip(toks, toks[1:], toks[2:], classes, classes[2:]) if (ca or cc) and is_ambiguous(b))
            for letters, classes_wanted in wanted.items():
                for a, b, c in zip(toks, toks[1:], toks[2:]):
                    cb = suffix_class(b, letters)
                    if cb in classes_wanted:
                        suffixed.update((cb, f"{a} {cb}", f"{cb} {c}"))
            present.update(toks[1:-1])
        present_sorted = sorted(present)
        for a in present_sorted:
            if is_ambiguous(a):
                together.update(f"{a}\t{b}" for b in present_sorted if b != a)
    kept = {k: v for k, v in pairs.items() if v >= MIN_PAIR_COUNT or any(map(is_ambiguous, k.split(" ")))}
    kept.update((k, v) for k, v in together.items() if v >= MIN_COOCCURRENCE_COUNT)
    kept.update(unigrams)
    kept.update(classed)  # every sighting: a pair of an ambiguous word is the evidence, as above
    kept.update((k, v) for k, v in triples.items() if v >= MIN_TRIPLE_COUNT)
    kept.update((k, v) for k, v in class_triples.items() if v >= MIN_TRIPLE_COUNT)
    kept.update((k, v) for k, v in suffixed.items() if v >= MIN_SUFFIX_PAIR_COUNT or " " not in k)
    affixes = name_affixes(words)
    kept.update(affixes)
    parts = compound_parts_used(unigrams, words, folds)
    kept.update(parts)
    top = max(kept.values())
    assert top < 2 ** (8 * struct.calcsize(BIGRAM_FORMAT)), f"a count of {top} does not fit {BIGRAM_FORMAT}"
    marisa_trie.RecordTrie(BIGRAM_FORMAT, [(k, (v,)) for k, v in sorted(kept.items())]).save(str(HERE / "bigrams.bin"))
    return {
        "bigrams": sum(k.count(" ") == 1 and SUFFIX_CLASS not in k for k in kept),
        "bigrams_seen": len(pairs),
        "cooccurrences": sum("\t" in k for k in kept),
        "cooccurrences_seen": len(together),
        # the ends leave every other pair's expected count as it was
        "corpus_tokens": sum(v for k, v in unigrams.items() if k != PIECE_CLOSE),
        "corpus_sentences": n,
        "name_affixes": len(affixes),
        "compound_part_counts": len(parts),
        "class_pairs": sum(" " in k for k in classed),
        "triples": sum(v >= MIN_TRIPLE_COUNT for v in triples.values()),
        "suffix_classes": sum(" " not in k for k in suffixed),
        "suffix_pairs": sum(" " in k and v >= MIN_SUFFIX_PAIR_COUNT for k, v in suffixed.items()),
        "suffix_pairs_seen": sum(" " in k for k in suffixed),
        "triples_seen": len(triples),
        "class_triples": sum(v >= MIN_TRIPLE_COUNT for v in class_triples.values()),
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
