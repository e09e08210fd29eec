"""The Swedish word data the repair engine decides with, loaded fast.

The compiled tables in `dictionaries/` are marisa tries, memory-mapped: they load in
a millisecond (no parsing, no million-entry Python dict), which keeps a cold
`minutes repair` well under half a second. `dictionaries/build.py` makes them.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from pathlib import Path

import marisa_trie

from .limits import number

# Flags of a lexicon entry; a word may carry several.
WORD = 1  # stands alone (hunspell accepts it, or a curated list has it)
BEGIN = 2  # may open or continue a compound ("arbets-", "skol-")
END = 4  # may close a compound
NAME = 8  # a proper name (capitalised in hunspell, or from the name gazetteers)
DOMAIN = 16  # municipal and administrative vocabulary
FOREIGN = 32  # only in wordfreq: English, names, stripped web spellings ("pa", "ar")
ENGLISH = 64  # frequent in English and not a Swedish dictionary word
USER = 128  # from the archivist's user dictionary

MAX_USER_WORDS = 100_000
"""Words in the user dictionary; a few thousand local names is a large one."""
MAX_USER_DICT_BYTES = 64 * MAX_USER_WORDS
"""Bytes of the user dictionary file, read no further (a word a line, comments allowed)."""
USER_ZIPF = 4.0  # the archivist added the word because their documents use it
FUNCTION_ZIPF = 6.3  # a word this common is a function word ("för", "som", "till"): no compound's noun, no name
RECORD_FORMAT = "<BB"  # zipf*10, flags
BIGRAM_FORMAT = "<I"  # counts: the Riksdag corpus has words and pairs seen more than 65,535 times

NAME_PREFIX = "^"  # keys of bigrams.bin that count listed names by their first letters ("^hög")
NAME_SUFFIX = "$"  # and by their last letters ("$gård"); no word token holds these characters
COMPOUND_PART = "|"  # keys of bigrams.bin that count the words a fold sibling closes as a compound's last part ("|flöden")
COMPOUND_PART_MIN = 3  # letters of each side of such a corpus word's cut
NAME_PREFIXES = range(2, 6)  # lengths of the beginnings counted
NAME_SUFFIXES = range(3, 7)  # and of the endings

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "æ": "a", "ø": "o"})
TOKEN = re.compile(r"\w+")


def _digest(words: Iterable[str]) -> str:
    """Names the user dictionary's content, so an archive redoes its documents when any word changes."""
    return hashlib.sha256("\n".join(sorted(words)).encode("utf-8")).hexdigest()[:12]

def fold(word: str) -> str:
    """Lowercase without diacritics: the key under which OCR damage and truth meet."""
    word = word.lower().translate(_FOLD)
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def context_key(word: str) -> str:
    """A word as the context statistics count it: lowercase; numbers collapse to a year ("år 2024") or any other
    number ("är 4"), so that the pairs generalise."""
    if word.isdigit():
        return "<year>" if len(word) == 4 and word[:2] in ("19", "20") else "<num>"
    return word.lower()


PIECE_CLOSE = "</s>"  # the context key after a piece's last word ("här </s>" of "... här."), as "<s>" is before its first
WORD_CLASS = "~"  # a context key's class: its last letters ("~at" for "anpassat", "beslutat", "arbetat")
CLASS_LETTERS = 2
CLASS_MIN_LENGTH = 4  # shorter words are function words, known by themselves


def word_class(key: str) -> str | None:
    """The class a context key backs off to where its own pairs are too few: Swedish inflects at the end, so
    the last letters tell a supine ("har anpassat") or an adjective ("är färdigbyggt") from a noun."""
    if len(key) < CLASS_MIN_LENGTH or not key.isalpha():
        return None
    return WORD_CLASS + key[-CLASS_LETTERS:]


SUFFIX_CLASS = "="  # a fold sibling's own class: its last letters ("=män" for "huvudmän", "tjänstemän")
SUFFIX_LETTERS = (3, 4)  # "=män" and "=dmän": the 3 letters tell man/män, the 4 letters försvarar/försvårar ("=årar")
SUFFIX_MIN_LENGTH = 6  # shorter words are their own class: "=ätt" is "sätt" and "=ara" "vara", no ending


def suffix_class(key: str, letters: int) -> str | None:
    """The class an ambiguous word backs off to beside a neighbour it was never seen with: its own last letters, so
    "den huvudman" (never written) is judged by "den" before words in "-man" against "den" before words in "-män".
    Only for a word of SUFFIX_MIN_LENGTH letters or more: the class of a short word is that word and a few others."""
    if len(key) < max(SUFFIX_MIN_LENGTH, letters + 1) or not key.isalpha():
        return None
    return SUFFIX_CLASS + key[-letters:]


def tokens(text: str) -> list[str]:
    """Context keys of a text's words."""
    return [context_key(t) for t in TOKEN.findall(text)]


class Lexicon:
    """Known words with frequency and role, the fold index, and word-pair counts."""

    def __init__(self, words: marisa_trie.RecordTrie, folds: marisa_trie.BytesTrie, bigrams: marisa_trie.RecordTrie,
                 meta: dict, user_words: Iterable[str] = ()):
        self._words = words
        self._folds = folds
        self._bigrams = bigrams
        self.meta = meta
        self._unigrams: dict[str, int] = {}
        self._user: dict[str, str] = {}
        for w in user_words:
            w = w.strip()
            if w:
                self._user[w.lower()] = w
        # a trie, so that a compound's user-word heads are found by prefix, not by a walk of every word
        self._user_folds = marisa_trie.BytesTrie((fold(w), w.encode("utf-8")) for w in self._user)
        self.version = meta["version"] + (f"+user-{_digest(self._user.values())}" if self._user else "")

    def entry(self, word: str, user: bool = True) -> tuple[float, int] | None:
        """(zipf frequency, flags) of a word in any case, or None if unknown; without the user's words when
        not `user`."""
        key = word.lower()
        found = self._words.get(key)
        if found:
            z, flags = found[0]
            z /= 10
        else:
            z, flags = 0.0, 0
        if user and key in self._user:
            flags |= USER | WORD
            z = max(z, USER_ZIPF)
        return (z, flags) if flags else None

    def flags(self, word: str) -> int:
        e = self.entry(word)
        return e[1] if e else 0

    def zipf(self, word: str) -> float:
        e = self.entry(word)
        return e[0] if e else 0.0

    def is_word(self, word: str) -> bool:
        """A Swedish word that stands alone (not a stripped web spelling, not only a compound part)."""
        return bool(self.flags(word) & (WORD | NAME | DOMAIN | USER))

    def is_known(self, word: str) -> bool:
        """Seen anywhere: Swedish word, name, or a frequent foreign/English word."""
        return self.entry(word) is not None

    def listed(self, word: str) -> bool:
        """Known to the shipped lexicon, whatever the user's words."""
        return word.lower() in self._words

    def is_name(self, word: str) -> bool:
        return bool(self.flags(word) & NAME)

    def by_fold(self, key: str, user: bool = True) -> list[str]:
        """Lowercase words whose fold is `key`; the user's too when `user`."""
        found = [b.decode() for b in self._folds.get(key, ())]
        return found + sorted(b.decode() for b in self._user_folds.get(key, ())) if user else found

    def starting(self, prefix: str) -> Iterator[str]:
        """The shipped lexicon's words that begin with `prefix` (itself too), in the trie's order."""
        return self._words.iterkeys(prefix)

    def has_fold(self, key: str) -> bool:
        return key in self._folds or key in self._user_folds

    def fold_prefixes(self, key: str) -> list[str]:
        """Fold keys that are prefixes of `key` (compound splitting)."""
        return self._folds.prefixes(key) + self._user_folds.prefixes(key)

    @property
    def corpus_tokens(self) -> int:
        return self.meta.get("corpus_tokens", 1)

    def unigram(self, word: str) -> int:
        """Count of a word in the context corpus (the one word-pair counts come from)."""
        found = self._unigrams.get(word)
        if found is None:
            hit = self._bigrams.get(word)
            found = self._unigrams[word] = hit[0][0] if hit else 0
        return found

    @property
    def corpus_sentences(self) -> int:
        return self.meta.get("corpus_sentences", 1)

    def cooccurrence(self, word: str, other: str) -> int:
        """Sentences of the context corpus holding both; counted only for words that share a fold."""
        found = self._bigrams.get(f"{word}\t{other}")
        return found[0][0] if found else 0

    def name_affix(self, affix: str) -> int:
        """Listed names that begin (NAME_PREFIX + letters) or end (NAME_SUFFIX + letters) so."""
        found = self._bigrams.get(affix)
        return found[0][0] if found else 0

    def closes(self, word: str) -> int:
        """Distinct words (of the context corpus, and listed words some text counts) that a word sharing its fold with
        another ends after a listed first part ("kassa|flöden", "trafik|flöden"): how productive it is as a compound's
        last part (`dictionaries.build.compound_parts_used`)."""
        found = self._bigrams.get(COMPOUND_PART + word)
        return found[0][0] if found else 0

    def bigram(self, first: str, second: str) -> int:
        found = self._bigrams.get(f"{first} {second}")
        return found[0][0] if found else 0

    def triple(self, first: str, word: str, last: str) -> int:
        """Sightings of a word that shares its fold with another between these two neighbours (twice or more)."""
        found = self._bigrams.get(f"{first} {word} {last}")
        return found[0][0] if found else 0


def _load(name: str, trie):
    source = resources.files("dictionaries") / name
    if isinstance(source, Path):  # an installed file: map it (no read, no copy; ~10 ms less per cold start)
        trie.mmap(str(source))
        return trie
    with resources.as_file(source) as path:  # inside a zip: read the temporary copy
        trie.load(str(path))
    return trie


@lru_cache(maxsize=8)
def _cached(user_words: tuple[str, ...]) -> Lexicon:
    meta = json.loads((resources.files("dictionaries") / "lexicon.json").read_text(encoding="utf-8"))
    return Lexicon(
        _load("lexicon.bin", marisa_trie.RecordTrie(RECORD_FORMAT)),
        _load("folds.bin", marisa_trie.BytesTrie()),
        _load("bigrams.bin", marisa_trie.RecordTrie(BIGRAM_FORMAT)),
        meta,
        user_words,
    )


def load_lexicon(user_words: Iterable[str] = ()) -> Lexicon:
    """The shipped lexicon plus the archivist's words, compiled once per process and word list.

    Raises ValueError for a list longer than MAX_USER_WORDS: 2 million words made each worker 240 MB larger
    and every document slower, and no archive has that many local names."""
    words = user_words if _is_set(user_words) else tuple(sorted(set(user_words)))
    check_user_words(len(words))
    return _cached(words)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Folded first names (Isof's commonest and SCB's statistics): a list printed surname first, "Andersson, Anna",
    is told from one of first names only, "Anna, Per", by which of its words people are given."""
    names = set()
    for name in ("first_names.txt", "first_names_scb.txt"):
        text = (resources.files("dictionaries.sources") / name).read_text(encoding="utf-8")
        names.update(fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(names)


def check_user_words(count: int) -> None:
    if count > MAX_USER_WORDS:
        raise ValueError(f"user dictionary too large: {number(count)} words, more than {number(MAX_USER_WORDS)} "
                         "(keep the words the documents need)")


def _is_set(words: Iterable[str]) -> bool:
    """Already sorted and without repeats, as `pipeline.Options` keeps them: then checked in one pass, not
    sorted again for every document."""
    return isinstance(words, tuple) and all(a < b for a, b in zip(words, words[1:]))


# Look-alike glyphs of English-model OCR, measured on Swedish scans (issue 3): ocr -> [(truth, p(truth|ocr))].
# Used until dictionaries/confusions.tsv (learned from aligned development OCR) is present.
DEFAULT_CONFUSIONS: dict[str, list[tuple[str, float]]] = {
    "6": [("ö", 0.9)],
    "0": [("ö", 0.3), ("o", 0.3)],
    "1": [("l", 0.4), ("i", 0.1)],
    "&": [("ä", 0.8)],
    "é": [("ö", 0.45), ("ä", 0.25)],
    "éo": [("ö", 0.9)],
    "oé": [("ö", 0.9)],
    "ô": [("ö", 0.8)],
    "õ": [("ö", 0.8)],
    "à": [("å", 0.5), ("ä", 0.3)],
    "á": [("å", 0.5), ("ä", 0.3)],
    "â": [("å", 0.5), ("ä", 0.3)],
    "d": [("å", 0.02), ("ä", 0.015)],
    "i": [("ä", 0.02)],
    "id": [("ä", 0.01)],
    "rn": [("m", 0.05)],
}


CONFUSION_PRIOR = 20  # pseudo-sightings of a glyph standing for itself
DEFAULT_REFUTED = 0.2  # share of a default confusion's rate below which the training scans' count replaces it


@lru_cache(maxsize=1)
def confusions() -> dict[str, list[tuple[str, float]]]:
    """Glyph confusions that change a word's fold, truth in lower case: the defaults, raised by what
    dictionaries/confusions.tsv learned from aligned development OCR, or lowered where it refutes them. Plain diacritic loss
    ("a" for "ä") is not here: the repair estimates that rate per document. An OCR side with a capital
    ("G" for "ö" in "Gver", "Aa" for "ä") is kept as printed: a capital says nothing about its small letter."""
    merged = {(o, t): p for o, subs in DEFAULT_CONFUSIONS.items() for t, p in subs}
    source = resources.files("dictionaries") / "confusions.tsv"
    rows = []
    if source.is_file():
        for line in source.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 4 or line.startswith("#"):
                continue
            try:
                rows.append((cols[0], cols[1].lower(), int(cols[2]), float(cols[3])))
            except ValueError:
                continue
    # A default is a guess the training scans' count replaces where they saw the confusion at under a fifth of its
    # rate: they rotate three typefaces and the English model reads about two thirds of their words, so one font that
    # confused so at the default's rate would show at least that. The hand-set "d" for "å" at 0.02 was seen 10 times
    # in 12,000 "d"s, "é" for "ä" at 0.25 21 times in 1,400 "é"s, "&" for "ä" at 0.8 twice in 24 "&"s (19 times
    # "å"), and at the guess "fdr" read "får", "ocksé" "ocksä" and "om 30 &r" "är". The guess stays as
    # CONFUSION_PRIOR sightings of the glyph. A digit's sightings are mostly of itself in numbers, which the repair
    # never reads as letters: its default stays. Where one font does misread so, the document's own words say it
    # (Rates.d_for_mark, e_for_mark)
    sightings = {o: count / p for o, _, count, p in sorted(rows, key=itemgetter(2)) if p > 0 and not o.isdigit()}
    learned = {(o, t): (count, count / sightings[o]) for o, t, count, _ in rows if o in sightings}
    for (o, t), p0 in list(merged.items()):
        count, rate = learned.get((o, t), (0, 0.0))
        if o in sightings and rate < DEFAULT_REFUTED * p0:
            merged[o, t] = (count + CONFUSION_PRIOR * p0) / (sightings[o] + CONFUSION_PRIOR)
    for ocr, truth, count, p in rows:
        if p <= 0 or ocr.lower() == truth:  # "K" for "k" is no glyph the repair undoes
            continue
        # shrink toward "the glyph is what it looks like": 4 sightings of "ai" for "ä" are not p = 0.6
        p = count / (count / p + CONFUSION_PRIOR)
        # a capital read for another small letter is a shape, not a case: "I" for "l", one glyph in sans-serif faces
        glyph = not ocr.isalpha() or not truth.isascii() or len(ocr) != len(truth) or not ocr.islower()
        if 0 < len(ocr) <= 3 and truth.isalpha() and glyph and fold(ocr) != fold(truth) and p >= 0.005:
            merged[ocr, truth] = max(p, merged.get((ocr, truth), 0.0))
    table: dict[str, list[tuple[str, float]]] = {}
    for (ocr, truth), p in sorted(merged.items()):
        table.setdefault(ocr, []).append((truth, p))
    for ocr, subs in table.items():
        subs.sort(key=lambda tp: -tp[1])
        total = sum(p for _, p in subs)
        if total > 0.97:  # keep room for the glyph being what it looks like
            subs[:] = [(t, p * 0.97 / total) for t, p in subs]
    return table


MARK_LETTERS = "åäö"


@lru_cache(maxsize=1)
def dropped_marks() -> tuple[dict[str, float], float]:
    """How often English-model OCR leaves an å/ä/ö out ("fr" for "för"), as dictionaries/confusions.tsv learned it:
    ({letter beside it + mark: P}, the rate pooled over all its rows). The learner keys a lost letter by the letter
    before it ("f" -> "fö"), or after it at a word's start ("v" -> "öv")."""
    source = resources.files("dictionaries") / "confusions.tsv"
    rows: dict[str, float] = {}
    seen = dropped = 0.0
    if source.is_file():
        for line in source.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) < 4 or len(cols[0]) != 1 or len(cols[1]) != 2 or cols[0] not in cols[1]:
                continue
            mark = cols[1].replace(cols[0], "", 1)
            if mark in MARK_LETTERS and float(cols[3]) > 0:
                rows[cols[0] + mark] = float(cols[3])
                dropped += int(cols[2])
                seen += int(cols[2]) / float(cols[3])
    return rows, dropped / seen if seen else 0.0


@lru_cache(maxsize=1)
def letter_confusions() -> frozenset[tuple[str, str]]:
    """Plain letters the OCR was seen to read as other plain letters ("t" for "f", "l" for "t"): (ocr, truth)
    pairs of dictionaries/confusions.tsv. They do not change a word's fold, so `confusions()` leaves them out;
    the repair lets a word the OCR doubted be misread only this way when the reading is itself a word."""
    source = resources.files("dictionaries") / "confusions.tsv"
    pairs = set()
    if source.is_file():
        for line in source.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) >= 2 and len(cols[0]) == len(cols[1]) == 1 and cols[0].islower() and cols[1].islower():
                pairs.add((cols[0], cols[1]))  # "I" for "l" says nothing about "i"
    return frozenset(pairs)


@lru_cache(maxsize=1)
def edit_overall() -> dict[bool, float]:
    """{known: P(one letter edit from the truth)} over the words of every band dictionaries/confidence.tsv
    measured on the training scans (all read below 95): what a rate learned without the OCR's confidences assumes,
    at most (words read at 95 or more, which the table leaves out, are edited less often still)."""
    source = resources.files("dictionaries") / "confidence.tsv"
    counts = {False: [0, 0], True: [0, 0]}
    if source.is_file():
        for line in source.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) >= 5:
                counts[cols[0] == "1"][0] += int(cols[3])
                counts[cols[0] == "1"][1] += int(cols[2])
    return {known: edits / words if words else 0.0 for known, (edits, words) in counts.items()}


@lru_cache(maxsize=1)
def edit_by_confidence() -> dict[bool, tuple[tuple[float, float], ...]]:
    """{known: ((confidence bound, P(one letter edit from the truth)), ...)} for words the OCR gave a
    confidence below the bound, as dictionaries/confidence.tsv measured on the training scans."""
    source = resources.files("dictionaries") / "confidence.tsv"
    table: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    if source.is_file():
        for line in source.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) >= 5:
                table[cols[0] == "1"].append((float(cols[1]), float(cols[4])))
    return {known: tuple(sorted(rows)) for known, rows in table.items()}


def surely_right(lex: Lexicon, low: str) -> bool:
    """A listed word in plain letters that no å/ä/ö spelling of is listed ("och", "kommunen"): printed so, the OCR
    read it right, whatever its confidence."""
    return low.isascii() and low.isalpha() and lex.is_known(low) and not any(
        ch in "åäö" for w in lex.by_fold(fold(low)) for ch in w)


@lru_cache(maxsize=1)
def mark_bands() -> tuple[tuple[float, float, float, float, float, float], ...]:
    """((confidence bound, P(band | a listed word hides an å/ä/ö), P(band | it is printed right), the same two for
    an unlisted word, P(band | a surely right word)), ...), as dictionaries/marks.tsv counted them on the training
    scans that lose marks, each share smoothed by a half sighting: Tesseract doubts a word whose "ä" it read as "a" or
    "i" (a listed word read at 50-70 is 51 times likelier to hide one than the text's rate says: "klas" at 66 is
    "kläs"; no unlisted word read below 70 was right as printed) and is sure of most words printed right."""
    source = resources.files("dictionaries") / "marks.tsv"
    rows: dict[tuple[bool, float], tuple[int, int, int]] = {}
    if source.is_file():
        for line in source.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) >= 6:
                rows[cols[0] == "1", float(cols[1])] = (int(cols[2]), int(cols[3]), int(cols[4]))
    totals = [[sum(v[j] for (k, _), v in rows.items() if k == known) + 1 for j in range(3)] for known in (False, True)]
    bounds = sorted({b for _, b in rows})

    def share(known: bool, bound: float, j: int) -> float:
        return (rows.get((known, bound), (0, 0, 0))[j] + 0.5) / totals[known][j]

    return tuple((b, share(True, b, 0), share(True, b, 1), share(False, b, 0), share(False, b, 1), share(True, b, 2))
                 for b in bounds)
