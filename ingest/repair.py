"""Words -> corrected words, as a noisy channel with an audit trail.

Each word token gets candidates from the lexicon's fold index (after undoing
look-alike glyphs such as "6" for "ö"), from compound and run-together splits,
and, failing those, from one edit. A candidate's score is

    log P(word) [+ context]  +  log P(ocr text | word)

where the channel's diacritic rates are estimated per document: a page whose
unambiguous words have lost their å/ä/ö (English-model OCR) makes restoring
them cheap, while clean text, whose diacritics are intact, makes any change
expensive. That single estimate is what lets the same engine fix "for" -> "för"
in old OCR and leave the verb "for" alone in clean prose.
"""
from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from operator import and_, attrgetter, itemgetter

from pydantic import TypeAdapter

from ingest import fixes
from ingest.errors import InputError
from ingest.glyphs import GLUED_BULLET, LONE_ONE, LOST, MIXED_CASE, PARTY_MARK_READS, Q_READ, QUOTE_MARKS
from ingest.lexicon import (BEGIN, DOMAIN, END, ENGLISH, FOREIGN, FUNCTION_ZIPF, NAME, NAME_PREFIX, NAME_PREFIXES,
                            NAME_SUFFIX, NAME_SUFFIXES, PIECE_CLOSE, SUFFIX_LETTERS, USER, WORD, Lexicon, confusions,
                            context_key, dropped_marks, edit_by_confidence, edit_overall, fold, given_names,
                            letter_confusions, load_lexicon, mark_bands, surely_right, suffix_class, word_class)
from ingest.models import PAGE_BREAK, Correction, OcrWord, Repair

LN10 = math.log(10)
DIACRITIC = set("åäöé")
MARKS = set("åäö")
NORDIC = set("æø")  # Danish and Norwegian letters, which the lexicon's fold index reads as "a" and "o"
TOKEN = re.compile(r"[\w&]+")
_SPLIT = re.compile(f"({TOKEN.pattern})")  # re.split by it gives the gaps between tokens too
SENTENCE_BREAK = re.compile(r"[.!?:;]|\n\s*\n|\f")
# what closes a piece of the context corpus right after a word; not "t.ex", nor a "?" for a character lost in transit
PIECE_END = re.compile(r"[ \"”’')\]]*[.!?:;](?!\w)")
# A short word in capitals that may be a heading's word ("FOR", "MAL") or an acronym ("SAS", "FAR"): the line says which
SHORT_CAPITALS = re.compile(r"(?<!\w)[A-ZÅÄÖ]{3,5}(?!\w)")
LIST_LETTER = re.compile(r"(?<![\w.])[a-zA-Z](?=\))")  # a list item's letter: "a)", "(b)"
# a line's first cell of one or two signs, a column gap after it: a heading's mark in a margin ("S4", "NE"), which
# no word beside it speaks for; a scan's misread "§ 4" is no "så"
MARGIN_MARK = re.compile(r"^[^\W_]{1,2}(?= {3,}|\t)", re.MULTILINE)
MARKED_CAPITAL = re.compile(r"[a-zåäöé][ÅÄÖ]")  # a capital with a mark after a small letter
# an "&" between a small letter and a capital joins two names ("Ernst&Young"): OCR's "&" for "ä" stands inside one
# word, whose next letter is small ("n&mnden"), or in capitals ("GR&PPÅS")
NAMES_AMPERSAND = re.compile(r"[a-zåäöé]&[A-ZÅÄÖ]")
_START, _END = itemgetter(0), itemgetter(1)  # of a (start, end) span
_KNOWN = attrgetter("known")  # of an Analysis
_UNWEIGHTED = attrgetter("unweighted")  # of an Analysis
_PREFIX_HYPHEN = re.compile(r"-(?=[ \n])")  # after a compound's first part: "fjärr- och närundervisning"
# A table's next cell starts as a line does: "Ersättare      Tjänstepersoner", "| Tjänstepersoner", "<br>Tjänstepersoner"
CELL_START = re.compile(r"\t| {3,}|\||<br\s*/?>", re.IGNORECASE)
# what a printed line's end leaves between two words of one sentence: a line or page break, or a blank line where
# the OCR of a scan set one ("detta\n\nhar styrdokumentet"), but no cell's gap
_LINE_BREAKS = re.compile(r" {0,2}[\n\f](?: {0,2}[\n\f])? {0,2}")

UNKNOWN_ZIPF = 1.5  # floor for a listed word that wordfreq has not seen
ARCHAIC_ZIPF = 2.0  # an unlisted old plural of a listed past tense ("beslöto"): as a rare listed word
ARCHAIC_RARER = 1.0  # zipf such a plural that lost its å/ä/ö is below its singular with them ("utsågos", "utsågs")
OOV_ZIPF = 0.5  # a token in no list kept as it is: real but unlisted words are rarer than damaged ones
LINE_START_NAME_ZIPF = 2.0  # a listed name this common opening a line before a name is a first name ("Vanja", not "Amne")
NAME_LIKE_ZIPF = 3.0  # a capitalised unknown word inside a sentence is usually a name
NAME_PART_BONUS = 1.0  # zipf: a name with the å/ä/ö of listed names' affixes ("Hjelmstrom") over the name as printed
NAME_AFFIX_MIN = 4  # listed names that must begin (end) with an affix's å/ä/ö spelling before it is evidence
NAME_AFFIX_RATIO = 4.0  # and they must be this many times the names that spell it plain (plus one)
MARKED_LETTERS = {"a": "aåä", "o": "oö"}
FAMILY_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöé"  # that go on from a name affix to a family of names ("Vrång-")
LOST_ACCENTS = 0.1  # strip rate from which a text has visibly lost its å/ä/ö (clean text: 0.001-0.01)
NAME_OVER_WORD = 2.0  # zipf: inside a sentence a capital marks a name, so Malå and not the verb "måla" for "Mala"
FOREIGN_DISCOUNT = 1.0  # wordfreq-only spellings are partly stripped Swedish ("pa", "ar")
COMPOUND_PENALTY = 1.0  # zipf per extra compound part, below the mean of the parts
CONTRACTING = set("bdfgklmnprstv")  # consonants whose three in a row a compound writes as two ("nattåg")
CONTRACTED_HEAD_MIN = 3  # letters of a first part that ends in a doubled consonant ("natt", "buss", "all")
PRINTED_COMPOUND_ODDS = 0.5  # share of a stripped text's odds against words in no list that a printed compound bears
UNLISTED_END_PENALTY = 1.0  # zipf of a compound's part that hunspell does not let stand there (close or open one)
PLAIN_END_MIN = 5  # letters of such a part: short words ("rom", "ers") end misread words by chance
# A compound's last part: fold siblings about as common alone (whole-word zipfs closer than PART_ZIPF_GAP: a tenfold
# commoner word stays the likelier, "massa" over "mässa") that close PART_EVIDENCE_MIN words between them are ranked
# by the words each closes ("-flöden" 11, "-floden" 7), not by their frequency alone (`Engine._productive`)
PART_EVIDENCE_MIN = 5
PART_ZIPF_GAP = 1.0
JOINING_LETTERS = "seau"  # Swedish compounds join their parts with -s-, -e-, -a-, -u- ("behovs|prövning")
DROPPED_VOWELS = "ae"  # or drop the first part's final vowel ("skol|gård", "pojk|lag")
OPENING_MIN = 3  # listed compounds with different last parts that show an unflagged word opens compounds
OPENING_HEAD_MIN = 3  # letters of such a word, and of the first letters by which its last parts count as different
OPENING_TAIL_MIN = 5  # letters of a last part counted: shorter ones are endings too ("parkering|arna", "|ande")
OPENING_SCAN = 400  # listed words read per candidate first part: three last parts are among them where they exist
LINKED_HEAD_MIN = 4  # letters of a word that opens a compound with a joining s though hunspell does not let it
CHANGED_VOWELS = "ou"  # or change its final "a" ("stämmo|ordförande", "gatu|kontor")
# zipf for claiming the OCR lost a space, below the two words' bigram probability: on Riksdag prose the dictionaries
# were not built from, two words run together score above a token in no list (OOV_ZIPF) 76 % of the time at 1.0,
# while 3 tokens of 68,547 clean words split so ("Sidakan", "Videlas", "överstor")
JOIN_PENALTY = 1.0
JOIN_MIN_ZIPF = 6.3  # a word of one letter loses its space to the next only if this common ("i")
GUESSES = (fixes.EDIT, fixes.JOINED_WORD)  # readings no glyph of the token's shows: a letter or a space the OCR lost
PRINTED_OFTEN = 5  # times a text prints a token the same way before it is a word of its own, no lost space
JOIN_REST_MIN = 2  # letters of the word after it ("är|en")
BILLION_ZIPF = 9.0  # zipf is log10 of a word's count per billion: two words' zipfs less it make the pair's
# Articles close no compound, though hunspell lets "en" and "den" (a juniper, a pronoun) close one: read as a last
# part, the frequent article outweighs the real word ("namn|den" over "nämnden", "assistans|tå|gå|ren" with "-en").
ARTICLES = frozenset({"en", "ett", "den", "det", "de"})
# Swedish verb particles, which formal and older prose writes together with the verb ("nedgått", "omläggas")
PARTICLES = ("av", "an", "bi", "bort", "efter", "emot", "fram", "förbi", "genom", "hem", "in", "itu", "kring", "med",
             "mot", "ned", "ner", "om", "på", "sam", "till", "tillbaka", "undan", "under", "upp", "ut", "åter", "över")
# Swedish spelling before the reform of 1906 ("hvad", "öfver", "af", "lifliga", "godkändt", "handlingarne"): what
# modern spelling makes of each, so that a document printed in it is read as such, not modernised word by word
OLD_SPELLINGS = ((re.compile(r"^hv"), "v"), (re.compile(r"fv"), "v"), (re.compile(r"^af(?=[^aeiouyåäö])"), "av"),
                 (re.compile(r"(?<=[aeiouyåäö])f(?=[lnr]|$)"), "v"), (re.compile(r"dt$"), "t"),
                 (re.compile(r"(?<=[aeo]r)ne$"), "na"))
OLD_SPELLING_MIN = 3  # different words a document prints so before its spelling is taken for the old one
PARTICLE_VERB_MIN = 5  # particles the lexicon lists a verb form with before any particle may take it
PARTICLE_REST_MIN = 3  # letters of that verb form: short endings ("-a", "-en") follow particles by chance
EDIT_RATE = 0.0002  # per letter: one edit is likelier in a long word, and a long word one edit away is telling
CLEAN_UNKNOWN_SHARE = 0.03  # of words in no list, in clean prose and minutes
DIACRITIC_WORD_SHARE = 0.12  # of words with å/ä/ö: 0.28 in Talbanken, less in minutes full of names and numbers
SWAP_RATE = 0.02  # ä read as å and the like
ACCENTS_EVIDENCE_WORDS = 100  # lowercase words: a short text's few words cannot show that no letter was misread
CLEAN_LOWER_UNKNOWN = 2.5 * CLEAN_UNKNOWN_SHARE  # of lowercase words in no list: at most 0.06 in clean minutes and
# prose, 0.1-0.35 in stripped or English-model text (names, capitalised, are unlisted in any text)
# An "é" is a real é at least as often as the context corpus writes é among its é and ö letters (kommittén, idé,
# Regnér, Thalén: 2,469 of 391,240), even in a text whose OCR read every ö as é
REAL_E = 0.006
E_PRIOR = 2.0  # sightings' worth of belief in the confusion table's "é" for "ö" before the document's own words
I_PRIOR = 100.0  # and in its "i" for "ä": most words have an "i", so a hundred of them say what the table says
D_PRIOR = 100.0  # and in its "d" for "ä" or "å", as common a letter
EA_PRIOR = 20.0  # and in its "é" for "ä" or "å", over the document's tokens with an "é"
CONTEXT_WEIGHT = 1.0
CONTEXT_RANGE = 6.0  # nats: options this close to the best are weighed again with their neighbours
JOIN_FLOOR = OOV_ZIPF - CONTEXT_RANGE / LN10  # a split further below a token in no list than context ever moves one
PAIR_SMOOTHING = 0.5
UNSEEN_PAIR_EXPECTED = 3.0  # times chance expects a pair, below which the corpus never showing it says nothing
CLASS_WEIGHT = 1.0  # a neighbour's class ("~at") speaks for it where no fold sibling was seen beside it
CLASS_BACKOFF = 3  # this many times
CLASS_SMOOTHING = 5.0  # sightings' worth of belief in independence: a class pair's count is thinly spread
HEAD_FIRST_MIN = 4  # letters of a compound's first part before its last part speaks for the compound ("klimat|mål")
HEAD_MIN = 3  # letters of that last part
SUFFIX_WEIGHT = 1.0  # a sibling's own class ("=män") beside its real neighbour, where no sibling was seen there
SUFFIX_SMOOTHING = 5.0  # sightings' worth of belief in independence, as for the neighbours' classes
TRIPLE_MIN = 3  # sightings of the siblings between the same two neighbours before those three words decide
TRIPLE_SMOOTHING = 0.5  # added to each sibling's count: one the build did not keep (seen < 3 times) is not impossible
REGISTER_WEIGHT = 0.5  # share of the context corpus's word counts in the prior of fold siblings
# nats: the most the register moves a sibling from the siblings' mean. Where the corpus departs furthest from the web
# ("har" 20 times "här" there, 3 times on the web) it says most about debates' habits and least about one text,
# whose own neighbours decide ("Vi stannar här.")
REGISTER_CLIP = 0.5
DOMAIN_BONUS = 0.5  # zipf: a fold sibling in the minutes' own vocabulary over one outside it
DOMAIN_MAX_ZIPF = 5.5  # a commoner word's counts ("för") already speak for every register
REGISTER_PRIOR = 20.0  # sightings' worth of belief in the lexicon's shares among fold siblings
REGISTER_UNSEEN_MIN = 20.0  # sightings the shares expect of a sibling the context corpus never saw before that says something
MARK_PRIOR = 20.0  # sightings' worth of belief in the training scans' confidences of surely right words
DOC_PRIOR = 10.0  # sightings' worth of belief in the lexicon's shares of fold siblings before the document's own
DOC_REPEAT = 3  # times the same word between the same neighbours makes a repeated line (footer), one usage
TOPIC_WINDOW = 8  # words either side whose company a word's candidates are judged by
TOPIC_WEIGHT = 0.1  # the window's words are far from independent evidence
TOPIC_SMOOTHING = 2.0  # sentences' worth of belief in independence (tuned on the stripped and OCR dev sets)
TOPIC_CLIP = 1.0  # nats one neighbour may add or take
SMEAR_GLYPHS = set("aoeiudé604&öäå")  # what English-model OCR spreads one å/ä/ö over
TELLING_SMEAR = set("é604&öäå")  # of them, those no plain word spells: a name's "udo" is letters, "é6" a smear
LOG_SMEAR = math.log(0.01)
LOG_GUESS = math.log(0.3)  # an unlisted reading needs glyphs this telling ("6", "éo")
# No Swedish spelling has two å/ä/ö side by side or one beside its own plain vowel: such a reading ("Tingströöm" of
# "Tingstr6ém", "Miljöo" of "Milj6o") is one å/ä/ö the OCR smeared over two glyphs, read twice
SMEARED = re.compile(r"[åäö]{2}|öo|oö|äa|aä|åa|aå")
BEAM = 32
COMPOUND_VARIANTS = BEAM  # glyph readings split as compounds: all the beam keeps, as whole words are looked up ("vilfirds|brottslighet",
# two "i" for "ä", is beyond the likeliest eight; at eight the dev minutes' English-model OCR kept 6 such words)
SHORT_MIN_ZIPF = 5.0
EDITED_READINGS = 3  # glyph readings of a token in no list that are read as one letter edit of a word too
LOG_EDITED_READING = math.log(0.01)  # and the least likely of them
EDITED_MIN = 5  # letters of a token in no list from which it is read as one letter edit of a word
DROPPED_MIN_ZIPF = 5.0  # a word the OCR left an å/ä/ö out of: only a common one is evidence enough
SPLIT_MIN_ZIPF = 2.5  # a word broken in two is rejoined only into a word seen in real text
SPLIT_CONFIDENCE = 0.8
DEFAULT_MIN_CONFIDENCE = 0.5
SURE = 0.8  # a correction this probable fixes the document's spelling of its fold key
# Tesseract's word confidence from which a word is read surely: the training scans' unlisted words read at 90-95 were
# one edit off 1.2 % of the time, those at 85-90 19 % (dictionaries/confidence.tsv)
SURE_OCR_CONFIDENCE = 90
DOUBT_CONFIDENCE = 95  # below it a word is one letter edit from its truth more often than EDIT_RATE says
# (dictionaries/confidence.tsv, measured on the training scans: an unlisted word below 70 is one edit off 54 % of the time)
ADDED_CONFIDENCE = 70  # the training scans' added letters ("hemmarfruarna") were all read below it
MIXED_CASE_MIN = 6  # letters of a word whose misread case is repaired: shorter ones are acronyms ("SoL", "DoA")
# A name joined from capitalised parts ("PostNord", "SkiStar") has the OCR's mixed case by design
CAMEL_CASE = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:[A-ZÅÄÖ][a-zåäöé]+)+")
RUN_ON_CLOSE = -1.0  # log ratio of a word's sightings before a piece's end to chance: at most a third of it
RUN_ON_MIN_COUNT = 1000  # sightings of the word that make that ratio telling
WRAPPED_LINE_MIN = 40  # characters of a line of prose that wraps at the column's edge; headings are shorter
EDIT_SHARE = 0.3  # of that probability, the share one particular edit candidate gets
# A party mark after a name, as OCR reads it too: "Anna Fribera (S)", "Bo Ek ($)"
PARTY_MARK = re.compile(rf"[ \t]*\([A-ZÅÄÖ{re.escape(PARTY_MARK_READS)}]{{1,4}}\)")
NAME_READ_CONFIDENCE = 0.8  # a name in a name's place, one known misreading away, and the only one
VOUCHED_MIN = 4  # letters of a word with no frequency that the document's compounds can vouch for
VOUCHED_TAIL_MIN = 4  # letters of the known word such a compound ends in ("delårs|rapport", not "delår|et")
VOUCHED_SPELLING_SLACK = 2  # a spelling may be this much longer than its token (OCR's "m" for "rn")


@dataclass(frozen=True)
class Candidate:
    word: str  # lowercase; a space marks a split into two words
    glyph: float  # log-probability of the look-alike glyph readings
    strip: int  # diacritics the OCR lost
    spur: int  # diacritics the OCR added
    swap: int  # one diacritic read as another
    zipf: float
    reason: str
    parts: int = 1  # compound parts, for the compound prior
    named: bool = False  # a compound whose first part is a listed name or place ("Norsjö|trakten")
    dropped: bool = False  # the word with an å/ä/ö the OCR left out put back ("fr": för)
    reread: bool = False  # one letter edit from a reading of look-alike glyphs ("stirskilt": stärskilt, särskilt)


@dataclass
class Rates:
    """Per-document channel: how often a diacritic was lost (strip) or invented (spur)."""

    strip: float
    spur: float
    genuine: float = 0.9  # chance that a word in no list is a real word, not OCR damage
    swap: float = SWAP_RATE
    e_for_o: float | None = None  # chance that an "é" is a misread "ö"; None: the confusion table's
    i_for_mark: float | None = None  # chance that an "i" is a misread "ä" or "å"; None: the confusion table's
    d_for_mark: float | None = None  # and a "d"
    e_for_mark: float | None = None  # chance that an "é" is a misread "ä" or "å" (an "ö" is e_for_o's)
    clean: bool = False  # the text's ordinary words show no damage
    accents_only: bool = False  # its damaged ordinary words lost diacritics and nothing else (stripped text)
    well_measured: bool = False  # enough words for accents_only to hold for its listed words too
    drops: bool = False  # OCR by a model without å/ä/ö (lost ones, "é" for "ö"): it leaves some out ("fr": för)
    loses: bool = True  # some of its unambiguous words lost a diacritic ("tradgardar"), or too few words to tell
    marks_lost: bool = False  # more than twice as many of them lost their å/ä/ö as kept them (and two at least)
    invents: bool = True  # some carry a diacritic OCR invented ("bärnen"), or too few words to tell

    def __post_init__(self) -> None:
        self._log_strip, self._log_spur, self._log_swap = math.log(self.strip), math.log(self.spur), math.log(self.swap)

    def score(self, c: Candidate) -> float:
        return c.glyph + c.strip * self._log_strip + c.spur * self._log_spur + c.swap * self._log_swap + LN10 * c.zipf

    def scores(self, options: tuple[Candidate, ...], drops: bool) -> list[float]:
        """`score` of each option, in one comprehension (the engine's commonest sum); a reading that puts back a
        letter the OCR dropped only where the text `drops` letters."""
        strip, spur, swap = self._log_strip, self._log_spur, self._log_swap
        return [c.glyph + c.strip * strip + c.spur * spur + c.swap * swap + LN10 * c.zipf if drops or not c.dropped
                else -math.inf for c in options]


def _diffs(ocr: str, word: str) -> tuple[int, int, int]:
    strip = spur = swap = 0
    for o, t in zip(ocr, word):
        if o == t:
            continue
        if t in DIACRITIC and o not in DIACRITIC and o not in NORDIC:  # "ø" is a letter, no "ö" that lost its mark
            strip += 1
        elif (o in DIACRITIC or o not in NORDIC and fold(o) == t) and t not in DIACRITIC:
            spur += 1  # a mark the OCR added, or one Swedish has not, dropped ("Codruța" is no "Codruta")
        else:
            swap += 1
    return strip, spur, swap


@lru_cache(maxsize=1)
def _glyph_moves() -> dict[str, tuple[float, tuple[tuple[str, float], ...]]]:
    """The confusion table as beam moves: segment -> (log p of the glyph being itself, ((truth, log p), ...))."""
    return {seg: (math.log(max(1e-3, 1 - sum(p for _, p in subs))), tuple((t, math.log(p)) for t, p in subs))
            for seg, subs in confusions().items()}


def _variants(token: str, smear: bool = False, cased: str | None = None, smear_plain: bool = True
              ) -> list[tuple[str, float, bool]]:
    """Readings of the lowercase token with look-alike glyphs undone: (text, log p, changed), most probable first.
    With `smear`, also any run of 2-3 glyphs that OCR makes of one å/ä/ö ("dö", "ii", "é6é", "ia"); without
    `smear_plain` (a name) only a run with a glyph no plain word spells ("Studor" is no "Står"). `cased`, the
    token as printed, adds what its capitals are misread from ("Gver": över, "HAalsoskydd": hälsoskydd)."""
    table = _glyph_moves()
    n = len(token)
    steps: list[list[tuple[str, float, int]]] = []
    plain = True
    for i in range(n):
        moves: list[tuple[str, float, int]] = [(token[i], 0.0, 1)]
        for size in (1, 2, 3):
            if i + size > n:
                break
            seg = token[i:i + size]
            found = table.get(seg)
            if found:
                plain = False
                moves += [(t, lp, size) for t, lp in found[1]]
                if size == 1:
                    moves[0] = (seg, found[0], 1)
            printed = table.get(cased[i:i + size]) if cased and not cased[i:i + size].islower() else None
            if printed:
                plain = False
                moves += [(t, lp, size) for t, lp in printed[1]]
            if smear and size > 1 and all(c in SMEAR_GLYPHS for c in seg) and (smear_plain or TELLING_SMEAR & set(seg)):
                plain = False
                moves += [(t, LOG_SMEAR, size) for t in "äåö"]
        steps.append(moves)
    if plain:  # no glyph of the token is a look-alike: the token is its only reading
        return [(token, 0.0, False)]
    beams: dict[int, list[tuple[str, float, bool]]] = {0: [("", 0.0, False)]}
    for i in range(n):
        here = beams.pop(i, None)
        if not here:
            continue
        for text, lp, changed in sorted(here, key=lambda b: -b[1])[:BEAM]:
            for t, p, size in steps[i]:
                beams.setdefault(i + size, []).append((text + t, lp + p, changed or t != token[i:i + size]))
    return sorted(beams.get(n, []), key=lambda b: -b[1])[:BEAM]


class Engine:
    """Candidate generation and scoring over one lexicon; per-token analyses are cached."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.analyse = lru_cache(maxsize=200_000)(self._analyse)
        self.info = lru_cache(maxsize=200_000)(self._info)
        self.kept = lru_cache(maxsize=10_000)(self._kept)
        self.old = lru_cache(maxsize=10_000)(self._old)
        self.lone_one = lru_cache(maxsize=1)(self._lone_one)
        self.names_first = lru_cache(maxsize=50_000)(self._names_first)
        self.worded = lru_cache(maxsize=50_000)(self._worded)
        self.opens = lru_cache(maxsize=50_000)(self._opens)
        self.known = lru_cache(maxsize=200_000)(lexicon.is_known)
        self.sure = lru_cache(maxsize=200_000)(partial(surely_right, lexicon))
        self.members = lru_cache(maxsize=50_000)(partial(self._members, need=WORD | NAME | DOMAIN | USER))
        self.association = lru_cache(maxsize=500_000)(partial(_association, lexicon))
        self.together = lru_cache(maxsize=500_000)(partial(_cooccurrence, lexicon))
        self.sibling_context = lru_cache(maxsize=200_000)(partial(_sibling_context, lexicon))
        self.chance_sides = lru_cache(maxsize=200_000)(partial(_chance_sides, lexicon))

    def _info(self, token: str, name_like: bool, prefix: bool = False, doubt: bool = False) -> "Analysis":
        a = self._analysis(token, name_like, prefix, doubt)
        return replace(a, tally=self._tally(token, a))

    def _tally(self, token: str, a: "Analysis") -> int:
        """What the token adds to each count `_estimate` makes of a document (TALLIES), once per distinct token
        rather than once per token of every document; packed into one integer (see _pack)."""
        # with any digits inside: "6vriga" is damage; a digit before one letter is a label or a unit as often
        # ("bilaga 1a", "4t"), no word
        lower = token.islower() and not _label(token)
        marked_o = "ö" in token or "Ö" in token
        evidence = a.evidence
        # a word one letter edit from a glyph reading says less of how often the glyph is misread than the reading
        known = [self.known(c.word) and not c.reread for c in a.options] if not a.known else []  # asked only then
        return _pack(evidence == INTACT, evidence == PLAIN, evidence == STRIPPED, evidence == SPURIOUS, a.letters,
                not a.known, lower, lower and not a.known,
                lower and not a.known and any(fold(c.word) == a.folds[0] for c in a.options[1:]),
                # "6ver", "H6gberg": OCR, not lost accents; "2017" is a number, a code in capitals and digits
                # ("NU16", "MS10", "E14") is an identifier, as printed, and so is one no glyph reading makes a word
                # of ("Mega6", a course), and a label or unit is no evidence ("bilaga 1a", "4t")
                not a.known and a.letters and not token.isupper() and not _label(token)
                and any(ch.isdigit() for ch in token)
                and any(c.reason == fixes.OCR_CONFUSION and self.known(c.word) for c in a.options[1:]),
                marked_o and a.known,
                not marked_o and ("é" in token or "É" in token) and not a.known
                and any("ö" in c.word and k for c, k in zip(a.options[1:], known[1:])),
                a.known and "i" in token,
                not a.known and any(n and k for n, k in zip(a.i_marks, known)),
                a.known and "d" in token,
                not a.known and any(n and k for n, k in zip(a.d_marks, known)),
                "é" in token,
                # only where no "ö" reads a word: "lést" is "läst" or "löst"
                not a.known and any(n and k for n, k in zip(a.e_marks, known))
                and not any("ö" in c.word and k for c, k in zip(a.options[1:], known[1:])))

    def _analysis(self, token: str, name_like: bool, prefix: bool, doubt: bool) -> "Analysis":
        low = token.lower()
        heading = token.isalpha() and token.isupper() and len(token) >= 3 and bool(self._members(fold(low), WORD))
        if not (_repairable(token) or heading):  # capitals that spell a word ("FOR", "MAL") are no acronym
            return self.kept(token)
        # capitals inside a word, or one opening it, may be misread small letters; a word in capitals says nothing
        options = self.analyse(low, name_like, prefix, doubt, None if token.isupper() or token == low else token)
        # a name in no list begins and ends as listed names do ("Hog-" is "Hög-", "-strom" "-ström" far more often
        # than not), where nothing restored other letters and no listed word is the whole ("Tjanstepersoner"). Not
        # where a common word merely ends it: a compound ends in one too ("Taxejusteringar" is no "-går")
        # A word one guessed letter edit away, which the OCR's doubt adds ("Hjelstrom" read at 92: "hjulström",
        # "Karsegarden": "kärsögården"), is no reading of its glyphs and leaves the names their say. An acronym that
        # opens a word ("DVArm", "DVarm": a division's committee) is no name
        if token[:1].isupper() and not (token[1:2].isupper() and not token.isupper()) and not self.lex.is_known(low) \
                and not any(self.lex.is_word(c.word) for c in options[1:] if c.reason != fixes.EDIT):
            affixed = self._name_affixes(low)
            restored = [c.word for c in options[1:] if c.strip and c.reason not in (fixes.EDIT, fixes.JOINED_WORD)]
            if affixed != low and (affixed in restored or not restored):  # the names back one restoration up
                named = Candidate(affixed, 0.0, _diffs(low, affixed)[0], 0, 0, options[0].zipf + NAME_PART_BONUS,
                                  fixes.DIACRITICS, named=True)
                # a reading of the same word as a compound ("Majs|vägen") may already be likelier than the names say
                same = next((c for c in options[1:] if c.word == affixed and c.zipf > named.zipf), None)
                options = (*(c for c in options if c.word != affixed), replace(same, named=True) if same else named)
        if token.isupper():  # the look-alikes were learned on small letters: a word in capitals is no compound of them
            # and no two words: the pairs were learned on prose, and a name in capitals ("FLYRIN") is in no list
            options = tuple(c for c in options
                            if not (c.reason == fixes.EDIT and c.parts > 1 or c.reason == fixes.JOINED_WORD))
        if token[:1].isupper() and self.lex.is_name(low):  # a listed name keeps its letters: Pia is not "på"
            options = tuple(c for c in options if c.reason not in (fixes.OCR_CONFUSION, fixes.EDIT))
        key = fold(low)
        topical = tuple(k for k, c in enumerate(options) if fold(c.word) == key and self.lex.unigram(c.word))
        topical = topical if len(topical) > 1 else ()
        unseen = () if topical else self._unseen_siblings(options, key)
        keys = tuple(tuple(context_key(w) for w in c.word.split()) for c in options)
        # telling glyph readings, and in a longer token any that reads a listed word or a compound: the document may
        # spell it so elsewhere ("Samhillsbyggnadskontoret" beside its confident "Samhällsbyggnadskontoret")
        long = len(low) >= EDITED_MIN
        glyphs = {fold(c.word) for c in options if c.reason == fixes.OCR_CONFUSION and c.glyph > LOG_GUESS
                  or long and c.glyph < options[0].glyph and " " not in c.word
                  and (c.reason == fixes.COMPOUND or c.reason == fixes.OCR_CONFUSION and self.lex.is_known(c.word))}
        readings = tuple(sorted({key} | glyphs))
        return Analysis(options, _evidence(self.lex, low, options), self.lex.is_known(low) or self._archaic_plural(low),
                        topical, keys,
                        letters=True, folds=tuple(fold(c.word) for c in options), readings=readings,
                        seen=tuple(tuple(w for w in ws if self.lex.unigram(w)) for ws in keys),
                        register=self._register(options, topical, key, unseen), unseen=unseen,
                        unlisted_sibling=self._unlisted_sibling(token, options),
                        stripped_compound=self._stripped_compound(token, options),
                        unweighted=self._unweighted(options), i_marks=_i_marks(low, options),
                        d_marks=_i_marks(low, options, "d"), e_marks=_i_marks(low, options, "é", "äå"),
                        names_only=token[:1].isupper() and self._names_only(options), merged=_merged_marks(low, options))

    def _kept(self, token: str) -> "Analysis":
        """The token as printed, its only reading: an acronym, a number."""
        low = token.lower()
        ctx = context_key(low)
        a = Analysis((Candidate(low, 0.0, 0, 0, 0, 0.0, ""),), NEUTRAL, True, (), ((ctx,),),
                     letters=any(c.isalpha() for c in low), folds=(fold(low),),
                     seen=((ctx,) if self.lex.unigram(ctx) else (),))
        return replace(a, tally=self._tally(token, a))  # counted as itself where it replaces a token's analysis

    def _old(self, token: str) -> "Analysis":
        """A word in the spelling before 1906 ("öfvervägande") as it is and with the å/ä/ö of the listed word modern
        spelling makes of it put back where the two spell alike ("ofvervagande": övervägande gives öfvervägande):
        a word, as common as that one, whose marks the text may have lost. Only these readings: it is no misread
        modern word."""
        from rapidfuzz.distance import Levenshtein

        low = token.lower()
        key = fold(low)
        options = {}
        for modern in _modern_forms(key):
            for w, z in self._members(modern, WORD):
                if len(w) != len(modern):
                    continue
                if w == modern:  # no å/ä/ö in the modern word: the old one is as common as printed
                    options[low] = Candidate(low, 0.0, 0, 0, 0, max(z, UNKNOWN_ZIPF), "")
                    continue
                spelt = list(low)
                for tag, s1, e1, s2, _ in Levenshtein.opcodes(key, modern):
                    if tag == "equal":
                        spelt[s1:e1] = w[s2:s2 + e1 - s1]
                word = "".join(spelt)
                strip, spur, swap = _diffs(low, word)
                if word not in options or options[word].zipf < z:
                    options[word] = Candidate(word, 0.0, strip, spur, swap, max(z, UNKNOWN_ZIPF),
                                              fixes.DIACRITICS if word != low else "")
        # as printed it is that word where the modern one has no å/ä/ö; where it has, a spelling that lost them
        keep = options.pop(low, None) or Candidate(low, 0.0, 0, 0, 0, OOV_ZIPF, "")
        found = (keep, *sorted(options.values(), key=lambda c: c.word))
        ctx = tuple((context_key(c.word),) for c in found)
        a = Analysis(found, _evidence(self.lex, low, found), True, (), ctx, letters=True,
                     folds=tuple(fold(c.word) for c in found), readings=(key,), seen=tuple(() for _ in found))
        return replace(a, tally=self._tally(token, a))

    def _lone_one(self) -> "Analysis":
        """A lone 1 as the number or as a misread "i", by the glyph's rates alone: both are common."""
        itself, reads = _glyph_moves()["1"]
        options = (Candidate("1", itself, 0, 0, 0, 0.0, ""), Candidate("i", dict(reads)["i"], 0, 0, 0, 0.0, fixes.OCR_CONFUSION))
        keys = ((context_key("1"),), ("i",))
        return Analysis(options, NEUTRAL, True, (), keys, folds=("1", "i"), seen=keys)

    def _unlisted_sibling(self, token: str, options: tuple[Candidate, ...]) -> float:
        """A capitalised word in no list that is a listed word without its å/ä/ö ("Vastmark", "Hogstrand",
        "Halsoskydd") is that word stripped far more often than a name that happens to spell it: in a text that
        has lost its å/ä/ö the token keeps only the prior of a word in no list. The zipf it loses there."""
        if not token[:1].isupper() or self.lex.is_known(token):
            return 0.0
        key = options[0].word
        if self._known_sibling(key, options):
            return max(0.0, options[0].zipf - OOV_ZIPF)
        return 0.0

    def _stripped_compound(self, token: str, options: tuple[Candidate, ...]) -> float:
        """A capitalised word in no list that no compound reads as printed, but a compound of listed parts reads by
        its lost å/ä/ö alone ("Kommunfullmaktigesalen", "Samradsutskick", "Gottskarsvagen"), is that compound
        stripped far more often than a name that happens to spell it, as a listed word so stripped is
        (`_unlisted_sibling`); not a surname, whose parts are a family's ("Maria Losmans" is no "Lösmäns"). The zipf
        the token loses where å/ä/ö were visibly lost."""
        if not token[:1].isupper() or self.lex.is_known(token) or not self._compound_restores(options[0].word, options):
            return 0.0
        return max(0.0, options[0].zipf - OOV_ZIPF)

    def _compound_restores(self, key: str, options: tuple[Candidate, ...]) -> bool:
        return options[0].reason != fixes.COMPOUND and any(
            c.reason == fixes.COMPOUND and len(c.word) == len(key) and c.strip and not c.spur + c.swap
            and c.glyph >= options[0].glyph for c in options[1:]) \
            and not any(c.word == key for c in self._compound(key, 0.0))  # "Gymnasie|gatan" is no "-gåtan"

    def _known_sibling(self, key: str, options: tuple[Candidate, ...]) -> bool:
        """Whether an option is a known word (or a spelling seen on the web) that is the token with its å/ä/ö."""
        return any(len(c.word) == len(key) and c.strip and not c.spur + c.swap and c.reason == fixes.DIACRITICS
                   and self.lex.is_known(c.word) for c in options[1:])

    def _unweighted(self, options: tuple[Candidate, ...]) -> tuple[str, ...]:
        """The token's restorations of å/ä/ö to a listed word no frequency list counts ("delår" of "delar"), which a
        document can vouch for (`_vouched_words`)."""
        return tuple(c.word for c in options[1:] if c.strip and c.zipf <= UNKNOWN_ZIPF and len(c.word) >= VOUCHED_MIN
                     and _frequency_less(self.lex, c.word))

    def spells(self, low: str, options: tuple[Candidate, ...]) -> str:
        """The word with å/ä/ö that the token spells: itself, listed or a compound as printed, or else its likeliest
        reading that is listed or a compound, if no other is as likely."""
        if self.lex.is_known(low) or options[0].reason == fixes.COMPOUND:
            return low if MARKS & set(low) else ""
        readings = [c for c in options[1:] if c.reason == fixes.COMPOUND or self.known(c.word)]
        best = max(readings, key=attrgetter("zipf"), default=None)
        return best.word if best and MARKS & set(best.word) and [c.zipf for c in readings].count(best.zipf) == 1 else ""

    def _register(self, options: tuple[Candidate, ...], topical: tuple[int, ...], key: str, unseen: tuple[int, ...]
                  ) -> tuple[float, ...]:
        """What the context corpus, written prose of the minutes' register, says about siblings of one fold beyond
        the lexicon's everyday counts: "har" is 20 times "här" there and 3 times on the web, "prövar" 9 times
        "provar" there and less than it on the web. Each topical option's shift (nats), zero on average before
        REGISTER_CLIP caps it. A sibling
        in the minutes' own vocabulary (sources/domain.txt) is likelier there than one outside it whatever the
        counts say: "motionen anses besvarad" is no "besvärad", though the web has both as often."""
        domain = self._domain_shift(options, key)
        if not (topical or unseen):
            return domain
        topical = topical or unseen
        counts = {k: self.lex.unigram(options[k].word) for k in topical}
        weights = {k: 10 ** options[k].zipf for k in topical}
        total, mass = sum(counts.values()), sum(weights.values())
        # the lexicon's shares, as REGISTER_PRIOR sightings, updated by the corpus's: a few sightings move little
        lift = {k: math.log((counts[k] + REGISTER_PRIOR * weights[k] / mass) / (total + REGISTER_PRIOR) * mass / weights[k])
                for k in topical}
        mean = sum(lift.values()) / len(lift)
        # a sibling never seen where the shares expect REGISTER_UNSEEN_MIN sightings is no word of written prose
        # ("våran", "fortsätt"): the zero is the evidence, not a register's lean, and it speaks in full
        weight, clip = (1.0, math.inf) if unseen else (REGISTER_WEIGHT, REGISTER_CLIP)
        shift = tuple(max(-clip, min(clip, weight * (lift[k] - mean))) if k in lift else 0.0
                      for k in range(len(options)))
        return tuple(s + d for s, d in zip(shift, domain)) if domain else shift

    def _unseen_siblings(self, options: tuple[Candidate, ...], key: str) -> tuple[int, ...]:
        """The one option the context corpus saw and its listed fold siblings it never saw though the lexicon's shares
        expect REGISTER_UNSEEN_MIN sightings of them beside the seen one's count: "varan" 29 times and "våran", four
        times as common on the web, never; "fortsatt" 888 times and the imperative "fortsätt" never. A sibling the
        shares expect a few times may simply be rare there, and tells nothing."""
        seen = [k for k, c in enumerate(options) if fold(c.word) == key and self.lex.unigram(c.word)]
        if len(seen) != 1:
            return ()
        count, weight = self.lex.unigram(options[seen[0]].word), 10 ** options[seen[0]].zipf
        unseen = [k for k, c in enumerate(options) if k != seen[0] and fold(c.word) == key
                  and len(c.word) == len(options[0].word) and c.reason in ("", fixes.DIACRITICS, fixes.CONTEXT)
                  and self.lex.is_word(c.word) and count * 10 ** c.zipf / (weight + 10 ** c.zipf) >= REGISTER_UNSEEN_MIN]
        return tuple(sorted(seen + unseen)) if unseen else ()

    def _domain_shift(self, options: tuple[Candidate, ...], key: str) -> tuple[float, ...]:
        siblings = [k for k, c in enumerate(options) if fold(c.word) == key and " " not in c.word]
        domain = {k for k in siblings if self.lex.flags(options[k].word) & DOMAIN and options[k].zipf < DOMAIN_MAX_ZIPF}
        if not domain or len(domain) == len(siblings):
            return ()
        return tuple(LN10 * DOMAIN_BONUS if k in domain else 0.0 for k in range(len(options)))

    def _name_affixes(self, token: str) -> str:
        """The token with the å/ä/ö that listed names show at its start and at its end (the longest affix with
        the evidence of NAME_AFFIX_MIN names and NAME_AFFIX_RATIO), where it has none of its own."""
        if set(token) & DIACRITIC:
            return token
        # not where a plain word opens the token beyond the prefix ("Organisations|nr" is no "Örg-")
        opened = max((len(k) for k in self.lex.fold_prefixes(token) if self.lex.flags(k) & (WORD | BEGIN)), default=0)
        head = self._name_affix([token[:n] for n in reversed(NAME_PREFIXES) if len(token) >= n + 2 and opened <= n],
                                NAME_PREFIX, token)
        tail = self._name_affix([token[-n:] for n in reversed(NAME_SUFFIXES) if len(token) >= n + 2 + len(head)],
                                NAME_SUFFIX, token)
        return head + token[len(head):len(token) - len(tail)] + tail

    def _name_affix(self, parts: list[str], mark: str, token: str) -> str:
        """The å/ä/ö spelling of a name's first (last) letters that the listed names show, or "": the longest of the
        `parts` (given longest first) decides where the names' evidence for a spelling holds, or where they spell
        it plain; a shorter part only where neither ("Nami-" is plain as the names spell it, though "Näm-" outnumbers
        "Nam-" four times over: "Namita"; "Höge-", with too few names, leaves it to "Hög-": "Högekullevägen")."""
        count = self.lex.name_affix
        for part in parts:
            if not set(part) & set(MARKED_LETTERS):
                continue
            spellings = map("".join, itertools.product(*(MARKED_LETTERS.get(c, c) for c in part)))
            n, best = max((count(mark + s), s) for s in spellings if s != part)
            plain = count(mark + part)
            if n >= max(NAME_AFFIX_MIN, NAME_AFFIX_RATIO * (plain + 1)) \
                    and n - self._other_family(mark, best, token, len(part)) >= NAME_AFFIX_MIN:
                return best
            if plain:
                return ""
        return ""

    def _other_family(self, mark: str, spelling: str, token: str, size: int) -> int:
        """The largest family of the listed names with the affix `spelling` that goes on with a letter other than
        the token's next one (before it, for an ending): the evidence of the rest holds beyond one family ("Vrån-"
        has ten names, nine of them "Vrång-", which say little of "Vranvuk")."""
        count = self.lex.name_affix
        if mark == NAME_PREFIX:
            own = fold(token[size:size + 1])
            families = (count(mark + spelling + x) for x in FAMILY_LETTERS if fold(x) != own)
        else:
            own = fold(token[-size - 1:-size] if size < len(token) else "")
            families = (count(mark + x + spelling) for x in FAMILY_LETTERS if fold(x) != own)
        return max(families, default=0)

    def _members(self, key: str, need: int, user: bool = True) -> list[tuple[str, float]]:
        out = []
        for w in self.lex.by_fold(key, user):
            e = self.lex.entry(w, user)
            if e and e[1] & need:
                out.append((w, e[0]))
        return out

    def _whole(self, text: str, glyph: float, reason: str, need: int = WORD | NAME | DOMAIN | USER,
               user: bool = True) -> list[Candidate]:
        out = []
        for w, z in self._members(fold(text), need, user):
            if len(w) != len(text):
                continue
            strip, spur, swap = _diffs(text, w)
            if reason == fixes.OCR_CONFUSION and (spur or swap):
                continue  # a glyph read as å/ä/ö and then taken back is just another letter ("held" is not "hela")
            why = reason if reason != fixes.DIACRITICS or strip + spur + swap else fixes.CONTEXT
            out.append(Candidate(w, glyph, strip, spur, swap, max(z, UNKNOWN_ZIPF), why))
        return out

    def _compound(self, text: str, glyph: float, depth: int = 0, opening: bool = True) -> list[Candidate]:
        """Readings of `text` as begin + ... + end parts, each part's diacritics chosen independently; with a first
        part only the lexicon's compounds open (`_opening_heads`) where `opening`."""
        key = fold(text)
        out: list[Candidate] = []
        for size, heads in self._heads(text, key, opening and not depth):
            if size < 2 or len(key) - size < 2:
                continue
            head = key[:size]
            rest = text[size:]
            tails = self._part(rest, END)
            whole = bool(tails)  # a word closes the compound as the rest, with its å/ä/ö as the fold allows
            loose = self._unflagged_ends(rest, tails) if not depth else []  # the rest is one part
            tails += loose
            # hunspell lets few words close a compound ("gata" is none), so the token as printed may end in a word
            # ("Gymnasie|gatan", and as the rest of a first part: "Björk|lunds|gatan"), below one that may: else only
            # a sibling that may ("gåtan") would read the token
            plain = depth < 2 and len(rest) >= PLAIN_END_MIN and not any(t[0] == rest for t in tails) and self.lex.is_word(rest)
            if depth < 2 and not whole:
                # a rest one word closing compounds reads is that word, as a token alone is read whole before it is
                # split: "divisions|stämman", not "divisions|stam|man", whose "man" counts the pronoun; and a rest
                # printed as a word is that word, whose å/ä/ö no split of it restores ("|moderskap", not "|moder|skåp")
                printed = any(t[0] == rest for t in tails)
                tails += [(c.word, c.strip, c.spur, c.swap, c.zipf + COMPOUND_PENALTY * (c.parts - 1), c.parts)
                          for c in self._compound(rest, 0.0, depth + 1) if not (printed and c.strip)]
            for hw, hs, hp, hx, hz, flagged in heads[:2]:
                for tw, ts, tp, tx, tz, tn in sorted(tails, key=lambda t: -t[4])[:3]:
                    if not flagged and any(tw == t[0] for t in loose):
                        continue  # two parts hunspell would not join ("tjänsteman|än")
                    if tn > 1 and not flagged and not self.lex.flags(hw) & DOMAIN:
                        continue  # a first part only the lexicon's compounds open takes one last part
                    z = (hz + tz * tn) / (tn + 1)
                    out.append(Candidate(hw + tw, glyph, hs + ts, hp + tp, hx + tx, z - COMPOUND_PENALTY * tn, fixes.COMPOUND, tn + 1,
                                         self.lex.is_name(hw)))
                if plain and flagged and hw == text[: len(head)]:
                    z = (hz + max(self.lex.entry(rest)[0], UNKNOWN_ZIPF) - UNLISTED_END_PENALTY) / 2
                    out.append(Candidate(text, glyph, 0, 0, 0, z - COMPOUND_PENALTY, fixes.COMPOUND, 2, self.lex.is_name(hw)))
            if not depth:
                out += self._contracted(text, key, size, heads, glyph)
        if not depth:
            out += self._linked(text, glyph)
        return out

    def _contracted(self, text: str, key: str, size: int, heads: list, glyph: float) -> list[Candidate]:
        """Readings of `text` as a first part that ends in a doubled consonant and a last part that opens with it,
        the three consonants written as two ("natt|tjänst" as "nattjänst", "natt|tillsyn" as "nattillsyn", as the
        lexicon's own "busstation", "nattåg", "lättillgänglig"): else only a sibling of a shorter first part reads
        the token ("nät|tjänst"). Both parts as hunspell flags them; the last as printed or with its å/ä/ö."""
        shared = key[size - 1]
        if size < CONTRACTED_HEAD_MIN or key[size - 2] != shared or shared not in CONTRACTING or len(key) - size < 2:
            return []
        tails = [t for t in self._part(text[size - 1:], END) if t[0][0] == text[size - 1]]
        out = []
        for hw, hs, hp, hx, hz, flagged in heads[:2]:
            if not flagged:
                continue
            for tw, ts, tp, tx, tz, _ in tails[:3]:
                z = (hz + tz) / 2
                out.append(Candidate(hw + tw[1:], glyph, hs + ts, hp + tp, hx + tx, z - COMPOUND_PENALTY, fixes.COMPOUND, 2,
                                     self.lex.is_name(hw)))
        return out

    def _linked(self, text: str, glyph: float) -> list[Candidate]:
        """Readings as a word, a joining s and a last part, where the word also opens compounds without one
        ("barn|s|omsorg" beside "barn|omsorg", "nämnd|s|ordföranden" of "namndsordforanden"): `_heads` joins an s
        only to a word that opens none. A part's å/ä/ö as its fold allows, but a word as printed stays ("svar|s|datum"
        is no "svår|s|datum"), and so does a short last part ("inkomst|stat" is no "inkomst|s|tät")."""
        out = []
        for k in range(LINKED_HEAD_MIN, len(text) - 2):
            if text[k] != "s":
                continue
            heads = [h for h in self._part(text[:k], BEGIN) if self.lex.flags(h[0]) & WORD]
            heads = [h for h in heads if h[0] == text[:k]] or heads
            tails = self._part(text[k + 1:], END) if heads else []
            tails = [t for t in tails if t[0] == text[k + 1:]] or (tails if len(text) - k - 1 >= PLAIN_END_MIN else [])
            for tw, ts, tp, tx, tz, _ in tails:
                for hw, hs, hp, hx, _, _ in heads:
                    z = (max(self.lex.entry(hw)[0], UNKNOWN_ZIPF) + tz) / 2
                    out.append(Candidate(hw + "s" + tw, glyph, hs + ts, hp + tp, hx + tx, z - COMPOUND_PENALTY,
                                         fixes.COMPOUND, 2))
        return out

    def _heads(self, text: str, key: str, opening: bool = True
               ) -> Iterator[tuple[int, list[tuple[str, int, int, int, float, int]]]]:
        """A compound's possible first parts, by length: the forms hunspell lets open one, and a word it does not,
        joined by "s" ("förtid|s|röstnings|lokal"): a joining s makes any noun a first part; where neither reads a
        length and `opening`, the words the lexicon's compounds show opening them (`_opening_heads`)."""
        prefixes = self.lex.fold_prefixes(key)
        have = set(prefixes)
        for head in prefixes:
            size = len(head)
            heads = self._part(text[:size], BEGIN)
            heads = sorted(heads + self._unflagged_heads(text[:size], heads), key=_part_order)
            if len(heads) > 1:
                heads = self._opening_siblings(heads, text[:size])
            linked = []
            if heads:
                yield size, heads
            elif key[size:size + 1] == "s" and key[:size + 1] not in have:
                linked = [(w + "s", *rest) for w, *rest in self._part(text[:size], WORD) if len(w) >= LINKED_HEAD_MIN]
                if linked:
                    yield size + 1, linked
            opened = self._opening_heads(text[:size]) if opening and not (heads or linked) else []
            if opened:
                yield size, opened

    def domain_restored(self, options: tuple[Candidate, ...]) -> bool:
        """Whether a reading ends in a word of the minutes' vocabulary (DOMAIN) that holds every å/ä/ö it puts back
        ("verksamhets|råd"): that vocabulary speaks for the restoration where hunspell's flags do not."""
        token = options[0].word
        for c in options[1:]:
            if c.reason != fixes.COMPOUND or not c.strip or len(c.word) != len(token):
                continue
            first = next(i for i, (x, y) in enumerate(zip(token, c.word)) if x != y)
            if any(self.lex.flags(c.word[m:]) & DOMAIN for m in range(max(1, first - 12), first + 1)):
                return True
        return False

    def _opening_siblings(self, heads: list, printed: str) -> list:
        """Of a first part's fold siblings, those the lexicon's own compounds show opening compounds (`_opens`),
        where some do and some do not: hunspell lets "svårt" open one as it lets "svart", but only "svart" opens
        the lexicon's ("svartjobb", "svartsjuk"), and the frequency of "svårt" is the adverb's ("svartskolorna" is
        no "svårtskolorna")."""
        opening = [h[0] == printed or self.opens(h[0]) for h in heads]
        if all(opening) or not any(self.opens(h[0]) for h in heads):
            return heads
        return [h for h, o in zip(heads, opening) if o]

    def _part(self, text: str, need: int) -> list[tuple[str, int, int, int, float, int]]:
        out = []
        members = [(w, z) for w, z in self._members(fold(text), need) if len(w) == len(text)
                   and not (need & END and w in ARTICLES)]
        for w, z in members:
            # to tell siblings apart, and for a part no text counts alone ("stämmo", z 0): as common as the word it joins;
            # a longer one at least as common ("omsorgs" alone is rare, "omsorg" is not), not a short one ("å|s")
            if need & BEGIN and (len(members) > 1 or not z):
                z = self._joining_zipf(w, z)
            elif need & BEGIN and len(w) > LINKED_HEAD_MIN:
                z = max(z, self._joining_zipf(w, z))
            out.append((w, *_diffs(text, w), max(z, UNKNOWN_ZIPF), 1))
        if need & END and len(out) > 1:
            out = self._productive(out)
        return sorted(out, key=_part_order)

    def _productive(self, parts: list[tuple[str, int, int, int, float, int]]) -> list[tuple[str, int, int, int, float, int]]:
        """Fold siblings as a compound's last part, ranked by how many words each closes (`Lexicon.closes`: the
        corpus's and the lexicon's words) instead of by how often each stands alone: the river "floden" is commoner
        alone than the flows "flöden", but "flöden" closes more compounds ("kassa|flöden", "trafik|flöden"), so
        "logistik|floden" is "logistikflöden". Where the siblings close PART_EVIDENCE_MIN words between them and are
        about as common alone (PART_ZIPF_GAP), each takes their mean zipf shifted by its log10 count of words closed
        (+1) over their mean."""
        zipfs = [p[4] for p in parts]
        if max(zipfs) - min(zipfs) >= PART_ZIPF_GAP:
            return parts
        counts = [self.lex.closes(p[0]) for p in parts]
        if sum(counts) < PART_EVIDENCE_MIN:
            return parts
        logs = [math.log10(n + 1) for n in counts]
        mean_z, mean_log = sum(zipfs) / len(zipfs), sum(logs) / len(logs)
        return [(*p[:4], mean_z + c - mean_log, p[5]) for p, c in zip(parts, logs)]

    def _unflagged_heads(self, text: str, heads: list) -> list[tuple[str, int, int, int, float, int]]:
        """A first part of the minutes' vocabulary (DOMAIN) that hunspell does not let open a compound, as printed
        ("lov|ansökan", else only "löv" reads it), but for a function word ("för|år|utbildning" is "förar|utbildning"):
        below a flagged one by UNLISTED_END_PENALTY, as an unflagged last part is, and marked 0 where a flagged part
        has 1, for it joins no part hunspell does not flag either."""
        e = self.lex.entry(text)
        if not e or not e[1] & DOMAIN or e[0] >= FUNCTION_ZIPF or any(h[0] == text for h in heads):
            return []
        return [(text, 0, 0, 0, max(e[0], UNKNOWN_ZIPF) - UNLISTED_END_PENALTY, 0)]

    def _opening_heads(self, text: str) -> list[tuple[str, int, int, int, float, int]]:
        """A first part hunspell does not flag but the lexicon's own compounds open ("nöd|läge", "löne|nivå",
        "bredd|idrott": hunspell lets none of "nöd", "löne", "bredd" open one), with its å/ä/ö as the fold allows;
        only where no sibling opens one as hunspell or a joining s has it ("mark", not "märk", the lexicon's
        "märkpenna" notwithstanding). Ranked and marked as `_unflagged_heads` ranks and marks a DOMAIN word, and
        only as the first of two parts, as `_unflagged_ends` reads one: a short part in a longer reading lifts the
        mean of the parts ("vråk|åt|dagen", "del|ars|berättelsen")."""
        siblings = [(w, self.lex.entry(w)) for w in self.lex.by_fold(fold(text), user=False) if len(w) == len(text)]
        if any(e[0] >= FUNCTION_ZIPF for w, e in siblings):  # "att" opens nothing, so no rare "ätt" does
            return []
        out = []
        for w, e in siblings:
            strip, spur, swap = _diffs(text, w)
            # as printed or with å/ä/ö put back, as `_unflagged_ends` reads a last part ("allö" is no "allo"); a name
            # only as printed ("Åsa|skolan"): a surname's letters open its family's names ("Löf|berg"), which restore
            # no "ö" in "Loftander"
            if (w == text or not (spur or swap or e[1] & NAME)) and self.opens(w):
                out.append((w, strip, 0, 0, max(e[0], UNKNOWN_ZIPF) - UNLISTED_END_PENALTY, 0))
        return out

    def _opens(self, head: str) -> bool:
        """Whether OPENING_MIN listed compounds with different last parts begin with the word; forms of one
        compound ("nödstopp", "nödstoppade") count once."""
        if len(head) < OPENING_HEAD_MIN:
            return False
        ends = set()
        flags = self.lex.flags
        for word in itertools.islice(self.lex.starting(head), OPENING_SCAN):
            tail = word[len(head):]
            if len(tail) < OPENING_TAIL_MIN or tail[:OPENING_HEAD_MIN] in ends or not flags(tail) & END:
                continue
            # not a compound the word opens with a joining letter ("parkering|s|tillstånd": that is "parkerings")
            if tail[0] in JOINING_LETTERS and flags(tail[1:]) & END:
                continue
            ends.add(tail[:OPENING_HEAD_MIN])
            if len(ends) >= OPENING_MIN:
                return True
        return False

    def _unflagged_ends(self, rest: str, tails: list) -> list[tuple[str, int, int, int, float, int]]:
        """The last part of a two-part compound with its å/ä/ö restored, where hunspell does not let that word close
        a compound ("utblicks|år", "Storsjö|viks", "verksamhets|råd"): a word that may open one (BEGIN) or belongs to
        the minutes' vocabulary (DOMAIN) is a noun or adjective, and those close compounds as well; a verb ("är") does
        not. Below a flagged end by UNLISTED_END_PENALTY. Only the second of two parts: in a longer reading a short
        frequent part lifts the mean of the parts ("provtagnings|dag|år"). Such a word printed with its å/ä/ö is read
        as it is too: else only its plain sibling ("-rad") reads a compound the OCR read right."""
        have = {t[0] for t in tails}
        out = []
        for w, z in self._members(fold(rest), WORD):
            if len(w) == len(rest) and w not in have and self.lex.flags(w) & (BEGIN | DOMAIN):
                strip, spur, swap = _diffs(rest, w)
                if strip and not spur + swap or w == rest and MARKS & set(w):
                    out.append((w, strip, 0, 0, max(z, UNKNOWN_ZIPF) - UNLISTED_END_PENALTY, 1))
        return out

    def _archaic_plural(self, token: str) -> bool:
        """Minutes until the 1960s print the plural of a past tense: "beslöto", "utsågos" (beslöt, utsågs + o).
        The OCR adds no letter at a word's end (`_misread`), so such a word in no list is a real one, and so is one
        that only lost its å/ä/ö ("utsagos")."""
        if token.endswith("os"):
            return len(token) >= 6 and self.worded_fold(token[:-2] + "s") and self.worded_fold(token[:-2])
        return token.endswith("o") and len(token) >= 5 and token[-2] not in "aeiouyåäö" and self.worded_fold(token[:-1])

    def _archaic_marks(self, token: str) -> list[Candidate]:
        """An old plural that lost its å/ä/ö, with those of its listed singular put back: "utsagos" of "utsågs" is
        "utsågos", "beslot" + "o" of "beslöt" "beslöto"."""
        plural = token[-2:] == "os"
        singular = token[:-2] + "s" if plural else token[:-1]
        if self.lex.is_known(singular):  # "utsågos" printed with its marks, "beslöto"
            return []
        out = []
        for w, z in self._members(fold(singular), WORD | DOMAIN):
            if len(w) == len(singular) and w != singular:
                word = w[:-1] + "os" if plural else w + "o"
                # as much rarer than its singular as ARCHAIC_ZIPF says a plural in no list is
                out.append(Candidate(word, 0.0, *_diffs(token, word), max(z - ARCHAIC_RARER, UNKNOWN_ZIPF), fixes.DIACRITICS))
        return out

    def worded_fold(self, word: str) -> bool:
        """Whether the word, or the word with å/ä/ö put back or taken off, is a listed word."""
        return self.lex.is_word(word) or any(self.lex.is_word(w) for w in self.lex.by_fold(fold(word)))

    def _particle_verb(self, text: str, glyph: float) -> list[Candidate]:
        """A verb written together with its particle, as formal and older prose writes it ("ned|gått", "om|läggas"),
        which no list has: a verb form the lexicon lists after PARTICLE_VERB_MIN particles (avgått, pågått, utgått,
        …) takes any particle. Read as a two-part compound."""
        out = []
        for particle in PARTICLES:
            rest = text[len(particle):]
            if len(rest) < PARTICLE_REST_MIN or fold(text[: len(particle)]) != fold(particle):
                continue
            hz = self.lex.entry(particle)[0]
            for w, z in self._members(fold(rest), WORD):
                if len(w) == len(rest) and self._particles_taken(w) >= PARTICLE_VERB_MIN:
                    ps, pp, px = _diffs(text[: len(particle)], particle)
                    ts, tp, tx = _diffs(rest, w)
                    out.append(Candidate(particle + w, glyph, ps + ts, pp + tp, px + tx,
                                         (hz + max(z, UNKNOWN_ZIPF)) / 2 - COMPOUND_PENALTY, fixes.COMPOUND, 2))
        return out

    def _particles_taken(self, form: str) -> int:
        return sum(self.lex.is_word(particle + form) for particle in PARTICLES)

    def _joining_zipf(self, head: str, z: float) -> float:
        """How common a compound's first part is as the word it joins: "behovs" is the noun "behov" with a
        joining s, "tjänste" is "tjänst" with an e, "skol" is "skola" without its final vowel, "stämmo" is "stämma"
        with its "a" changed; the verb form "behövs" joins nothing ("behöv" is a rare word). A part that is no
        joining form keeps its own count."""
        if head[-1:] in JOINING_LETTERS and self.lex.is_word(head[:-1]):
            return self.lex.entry(head[:-1])[0]
        for vowel in DROPPED_VOWELS:
            if self.lex.is_word(head + vowel) and not self.lex.is_word(head):
                return self.lex.entry(head + vowel)[0]
        if head[-1:] in CHANGED_VOWELS and self.lex.is_word(head[:-1] + "a") and not self.lex.is_word(head):
            return self.lex.entry(head[:-1] + "a")[0]
        return z

    def _joined(self, text: str, glyph: float) -> list[Candidate]:
        """Two words run together, the OCR having lost the space between them ("attbarnet", "avseratt",
        "sådankommer"): a listed word and a listed word or compound, scored as the pair is likely in prose, by a
        bigram model (both words' zipfs and the pair's association in the context corpus), less JOIN_PENALTY for
        the lost space. A pair the corpus writes together ("avser att") outweighs a token in no list; two words it
        never puts side by side ("bil kulturen", "sida kan") rarely do. A part of one letter only if it is one of
        the commonest words ("i"): "d|eskalera" is no pair."""
        out = []
        key = fold(text)
        for head in self.lex.fold_prefixes(key):
            if len(key) - len(head) < JOIN_REST_MIN:
                continue
            firsts = [(w, z) for w, z in self._members(head, WORD)
                      if len(w) == len(head) and (len(w) > 1 or z >= JOIN_MIN_ZIPF)]
            if not firsts:
                continue
            rest = text[len(head):]
            # not the rest read with a first part only the lexicon opens: "de|tal|planlagt" is "detaljplanlagt"
            seconds = self._whole(rest, 0.0, fixes.JOINED_WORD) or self._compound(rest, 0.0, opening=False)
            for fw, fz in firsts:
                fs, fp, fx = _diffs(text[: len(head)], fw)
                for c in seconds:
                    pair = self.association(context_key(fw), context_key(c.word)) / LN10
                    z = fz + c.zipf - BILLION_ZIPF + pair - JOIN_PENALTY
                    if z < JOIN_FLOOR:  # never likelier than the token kept, and its neighbours would weigh it
                        continue
                    out.append(Candidate(f"{fw} {c.word}", glyph, fs + c.strip, fp + c.spur, fx + c.swap, z, fixes.JOINED_WORD))
        return out

    def _edits(self, key: str) -> list[str]:
        letters = "abcdefghijklmnopqrstuvwxyz"
        seen = set()
        for i in range(len(key) + 1):
            for c in letters if i else "ao":  # a first letter is not lost, but for an å/ä/ö ("ven": även)
                seen.add(key[:i] + c + key[i:])
            if i < len(key):
                seen.add(key[:i] + key[i + 1:])
                for c in letters:
                    seen.add(key[:i] + c + key[i + 1:])
                if i + 1 < len(key):
                    seen.add(key[:i] + key[i + 1] + key[i] + key[i + 2:])
        seen.discard(key)
        return sorted(k for k in seen if self.lex.has_fold(k))

    def _analyse(self, token: str, name_like: bool, prefix: bool = False, doubt: bool = False,
                 cased: str | None = None) -> tuple[Candidate, ...]:
        """All candidate readings of a lowercase token; the first is the token kept as it is.
        A `prefix` ("fjärr- och närundervisning") may also be a compound's first part. A token the OCR
        itself `doubt`ed gets edit candidates even when it is a word or a name ("alt", "Hemmarru").
        The user's words are readings only of a token the shipped lexicon does not know: added "Frås" must not
        pull the word "fras" to it, nor added "Fräs", at the user's frequency, outweigh "fras"."""
        e = self.lex.entry(token)
        archaic = e is None and not name_like and self._archaic_plural(token)
        user = not self.lex.listed(token)
        need = WORD | NAME | DOMAIN | USER | (BEGIN if prefix else 0)
        if e is None:
            keep_z = NAME_LIKE_ZIPF if name_like else ARCHAIC_ZIPF if archaic else OOV_ZIPF
        elif e[1] & need:
            keep_z = max(e[0], UNKNOWN_ZIPF)
        elif e[1] & ENGLISH:
            keep_z = e[0]
        else:
            keep_z = max(e[0] - self._stripped_discount(token), NAME_LIKE_ZIPF if name_like else OOV_ZIPF)
        variants = _variants(token, smear=e is None, cased=cased, smear_plain=not name_like)
        keep_glyph = next((lp for t, lp, ch in variants if not ch), 0.0)
        found: dict[str, Candidate] = {token: Candidate(token, keep_glyph, 0, 0, 0, keep_z, "")}
        guess = ("", -math.inf)
        short = sum(c.isalpha() for c in token) < 2  # "4r": a glyph reading must give a common word
        for text, lp, changed in variants:
            if not text.isalpha():
                continue
            reason = fixes.OCR_CONFUSION if changed else fixes.DIACRITICS
            for c in self._whole(text, lp, reason, need | FOREIGN, user):
                if short and c.zipf < SHORT_MIN_ZIPF:
                    continue
                if c.word != token:
                    _add(found, c)
                else:
                    found[token] = Candidate(token, lp, 0, 0, 0, max(keep_z, c.zipf), "")
            if changed and e is None and text not in found and lp > max(guess[1], LOG_GUESS) and not short \
                    and not SMEARED.search(text) and not (name_like and _e_only(token, text)):
                guess = (text, lp)
        if guess[0]:  # only the likeliest unverified reading competes with keeping the token
            _add(found, Candidate(guess[0], guess[1], 0, 0, 0, keep_z, fixes.OCR_CONFUSION))
        for c in self._dropped(token):
            _add(found, c)
        if archaic and (marked := self._archaic_marks(token)):
            # its singular is listed only with å/ä/ö: as printed it is that plural stripped, no word of its own
            found[token] = replace(found[token], zipf=OOV_ZIPF)
            for c in marked:
                _add(found, c)
        printed = OOV_ZIPF  # the token as printed, read as a compound ("Kungsbacka|modellen")
        if e is None and len(token) >= 4 and not any(c.reason != fixes.OCR_CONFUSION or self.lex.is_known(c.word) for c in found.values() if c.word != token):
            readings = [(text, lp) for text, lp, _ in variants[:COMPOUND_VARIANTS] if text.isalpha()]
            compounds = [c for text, lp in readings for c in self._compound(text, lp) + self._particle_verb(text, lp)]
            # a token that reads as a compound as printed lost no space ("medledarskap" is no "med ledarskap")
            whole = any(c.word == token for c in compounds)
            # a lost space on top of a guessed misreading is two guesses: only the readings as likely as a telling one
            joined = [] if whole else [c for text, lp in readings if lp >= LOG_GUESS for c in self._joined(text, lp)]
            for c in compounds + joined:
                if c.word == token:
                    printed = max(printed, c.zipf)
                _add(found, c)
        weak = not any(c.glyph > LOG_SMEAR + 0.01 and self.lex.is_known(c.word) for c in found.values() if c.word != token)
        usual = e is None and len(token) >= EDITED_MIN and not name_like
        # the OCR's doubt opens words and unlisted names to edits too, but not a listed name (Lila is not "lika")
        doubted = doubt and len(token) >= 3 and not (e and name_like)
        # a token with a digit in it ("st6rnmingarna") is read as an edit of its glyph readings only
        if (token.isalpha() or usual and guess[0]) and weak and (usual or doubted):
            listed = e is not None and not _web_only(token, e)
            # one edit from the token or from its likeliest telling glyph reading, so a second pass finds nothing new
            sources = ([(token, 0.0)] if token.isalpha() else []) + ([guess] if guess[0] else [])
            if usual:  # and from the likeliest few readings of its look-alike glyphs ("stirskilt": stärskilt, särskilt)
                # of a token's length (EDITED_MIN): a smear read short ("Peuer": pär) is one edit from any short word
                sources += [(text, lp) for text, lp, changed in variants if changed and lp >= LOG_EDITED_READING
                            and len(text) >= EDITED_MIN and text.isalpha() and not SMEARED.search(text)
                            and text != guess[0]][:EDITED_READINGS]
            for text, lp in sources:
                marks = sorted(c for c in text if c in DIACRITIC)
                for key in self._edits(fold(text)):
                    for w, z in self._members(key, WORD, user):
                        if not usual and not _misread(text, w, listed):
                            continue
                        has = sorted(c for c in w if c in DIACRITIC)
                        strip, spur = max(0, len(has) - len(marks)), max(0, len(marks) - len(has))
                        swap = int(not strip and not spur and has != marks)  # "biäst" is not "blåst"
                        _add(found, Candidate(w, math.log(EDIT_RATE * len(text)) + lp, strip, spur, swap,
                                              max(z, UNKNOWN_ZIPF), fixes.EDIT, reread=text != token))
            if usual and len(found) == 1 and not self._words_as_printed(token):
                # no word one edit away, and no two listed words as printed ("program|sten", "bil|agerat")
                for c in self._edited_compounds(token) or self._edited_parts(token):
                    _add(found, c)
        keep = found.pop(token)
        swedish = e is not None and bool(e[1] & need)
        if not swedish and name_like and any(c.reason == fixes.DIACRITICS and self.lex.is_name(c.word) for c in found.values()):
            # an unlisted name (or a foreign web spelling, "Saro") that is a listed one without its å/ä/ö
            # ("Borjesson", "Särö") is that name stripped
            keep = Candidate(keep.word, keep.glyph, 0, 0, 0, min(keep.zipf, e[0] - FOREIGN_DISCOUNT if e else OOV_ZIPF),
                             keep.reason)
        elif name_like and any(c.named and c.strip and not c.spur + c.swap for c in found.values()):
            # so is a place's compound that only lost its å/ä/ö ("Norsjotrakten"), unless it reads as one printed
            keep = replace(keep, zipf=min(keep.zipf, printed))
        return (keep, *sorted(found.values(), key=lambda c: (c.word, c.reason)))

    def _stripped_discount(self, token: str) -> float:
        """How much less a wordfreq-only spelling counts: one that a marked word folds to may be that word as the web
        strips it ("pa" for "på"), one no marked word folds to is a word of its own ("voro", the old plural of "var")."""
        return FOREIGN_DISCOUNT if any(w != token for w in self.lex.by_fold(fold(token))) else 0.0

    def _words_as_printed(self, token: str) -> bool:
        """Whether the token as printed is a listed word or compound part followed by a listed word of three letters
        or more, whatever hunspell's flags say of either."""
        return any(len(token) - n >= 3 and self.lex.flags(token[:n]) & (WORD | BEGIN) and self.lex.is_word(token[n:])
                   for n in map(len, self.lex.fold_prefixes(fold(token))) if n >= 2)

    def _edited_compounds(self, token: str) -> list[Candidate]:
        """Readings of a token in no list as a compound with one letter the OCR was seen to misread as a look-alike
        ("exploateringsehef": exploaterings|chef, "tomteräns": tomt|gräns): as a listed word one such edit away
        is (`_misread`), at the edit rate of the token's length."""
        out = []
        rate = math.log(EDIT_RATE * len(token))
        for k, ch in enumerate(token):
            for ocr, truth in letter_confusions():
                if ocr != ch or truth in DIACRITIC or ocr in DIACRITIC:
                    continue
                text = token[:k] + truth + token[k + 1:]
                out += [replace(c, glyph=rate, reason=fixes.EDIT) for c in self._compound(text, 0.0)
                        if not c.strip + c.spur + c.swap]
        return out

    def _edited_parts(self, token: str) -> list[Candidate]:
        """Readings of a token in no list as two listed parts, one as printed and the other one letter edit from it
        ("delegeringst|förteckning": delegerings|förteckning, "sluningsplan": slutnings|plan), as a word in no list
        is read as one edit of a listed word (`_edits`), at the same rate; each edited part as long as such a word
        (EDITED_MIN), its å/ä/ö as printed."""
        out = []
        rate = math.log(EDIT_RATE * len(token))
        marks = lambda w: sorted(c for c in w if c in DIACRITIC)  # noqa: E731
        for size in range(2, len(token) - 1):
            head, rest = token[:size], token[size:]
            printed_head = self.lex.flags(head) & BEGIN and self._member(head, BEGIN)
            printed_rest = self.lex.flags(rest) & END and self._member(rest, END) and rest not in ARTICLES
            if printed_head and len(rest) >= EDITED_MIN:
                hz = self.lex.entry(head)[0]
                for key in self._edits(fold(rest)):
                    for w, z in self._members(key, END):
                        if marks(w) == marks(rest) and w not in ARTICLES:
                            out.append(Candidate(head + w, rate, 0, 0, 0, (max(hz, UNKNOWN_ZIPF) + max(z, UNKNOWN_ZIPF)) / 2
                                                 - COMPOUND_PENALTY, fixes.EDIT, 2))
            if printed_rest and len(head) >= EDITED_MIN:
                tz = self.lex.entry(rest)[0]
                for key in self._edits(fold(head)):
                    for w, z in self._members(key, BEGIN):
                        if marks(w) == marks(head):
                            out.append(Candidate(w + rest, rate, 0, 0, 0, (max(z, UNKNOWN_ZIPF) + max(tz, UNKNOWN_ZIPF)) / 2
                                                 - COMPOUND_PENALTY, fixes.EDIT, 2))
        return out

    def _member(self, word: str, need: int) -> bool:
        e = self.lex.entry(word)
        return bool(e and e[1] & need)

    def _dropped(self, token: str) -> list[Candidate]:
        """The token with one å/ä/ö put back where English-model OCR left it out ("fr": för), at the rate learned
        beside the letter next to it (pooled where that letter was never seen to lose one). Only common words:
        a rare one a letter away says little. Documents that lost no letters never take them (`Rates.drops`)."""
        if not token.isalpha() or len(token) >= EDITED_MIN:  # a longer token in no list has them among its edits
            return []
        beside, pooled = dropped_marks()
        key = fold(token)
        out = []
        for i in range(len(token) + 1):
            for plain, marks in MARKED_LETTERS.items():  # one look-up of the fold per place, most tokens stop here
                if not self.lex.has_fold(key[:i] + plain + key[i:]):
                    continue
                for mark in marks[1:]:
                    word = token[:i] + mark + token[i:]
                    e = self.lex.entry(word)
                    if e and e[1] & WORD and e[0] >= DROPPED_MIN_ZIPF:
                        rate = beside.get((token[i - 1] if i else token[:1]) + mark, pooled)
                        out.append(Candidate(word, math.log(rate), 0, 0, 0, e[0], fixes.OCR_CONFUSION, dropped=True))
        return out

    def _worded(self, options: tuple[Candidate, ...]) -> bool:
        """Whether a common word that is no name reads the token through lost diacritics or look-alike glyphs."""
        return len(options[0].word) >= 4 and any(
            c.reason in (fixes.DIACRITICS, fixes.OCR_CONFUSION) and self.lex.is_word(c.word) and not self.lex.is_name(c.word)
            for c in options[1:])

    def _names_only(self, options: tuple[Candidate, ...]) -> bool:
        """Whether the token as printed is a listed name and every option a word is a name too ("Jonsson", "Jönsson")."""
        flags = self.lex.flags
        return bool(flags(options[0].word) & NAME) and all(flags(c.word) & (NAME | WORD) != WORD for c in options)

    def _names_first(self, options: tuple[Candidate, ...]) -> tuple[bool, ...]:
        """Inside a sentence a capitalised word is a name far more often than a common word: among the token's
        diacritic variants, a listed name or place outranks a word that is no name ("Mala": Malå, not "måla").
        Which options are such words; the token itself, when unlisted, already counts as a name (NAME_LIKE_ZIPF)."""
        token = options[0].word
        key = fold(token)
        variants = [len(c.word) == len(token) and fold(c.word) == key for c in options]
        names = [self.lex.is_name(c.word) for c in options]
        if not any(v and n for v, n in zip(variants, names)):
            return ()
        names[0] = names[0] or self.lex.entry(token) is None
        return tuple(v and not n for v, n in zip(variants, names))


def _label(token: str) -> bool:
    """A digit before one letter: a list's or an appendix's label, or a unit ("bilaga 1a", "4t"), as often as a
    letter OCR misread as a digit."""
    return len(token) == 2 and token[0].isdigit() and token[1].isalpha()


def _e_only(token: str, text: str) -> bool:
    """Whether the reading only takes the token's "é" for "ö": in a name "é" is as often a letter (Sebestyén)."""
    return len(token) == len(text) and all(a == b or (a, b) == ("é", "ö") for a, b in zip(token, text))


def _part_order(part: tuple[str, int, int, int, float, int]) -> tuple[int, float]:
    """Compound parts by the letters they change, then by frequency."""
    return part[1] + part[2] + part[3], -part[4]


def _add(found: dict[str, Candidate], c: Candidate) -> None:
    old = found.get(c.word)
    if old is None or (c.glyph - c.strip - c.spur - c.swap, c.zipf) > (old.glyph - old.strip - old.spur - old.swap, old.zipf):
        found[c.word] = c


@lru_cache(maxsize=4)
def _engine(lexicon: Lexicon) -> Engine:
    return Engine(lexicon)


# What a token tells about the document's channel (see _estimate).
INTACT, PLAIN, STRIPPED, SPURIOUS, NEUTRAL = range(5)
# What _estimate counts of a document's tokens: the evidence of each kind but NEUTRAL; words with a letter; words
# in no list; lowercase ones, of them those in no list and those a restored å/ä/ö makes a word; words in no list
# with a digit; known words with "ö"; unknown ones whose "é" reads as a known word's "ö"; the same for "i" and "ä"/"å".
TALLIES = ("intact", "plain", "stripped", "spurious", "words", "unknown", "lower", "lower_unknown", "accented",
           "misread", "intact_o", "misread_e", "intact_i", "misread_i", "intact_d", "misread_d",
           "with_e", "misread_ea")
TALLY_BITS = 48  # of each count in a packed tally: room for far more tokens than a document may have
_TALLY = attrgetter("tally")


def _pack(*counts: int) -> int:
    """Counts as one integer, TALLY_BITS to each: the sum of packed tallies is the packed sums, so a document's
    counts are one sum of integers in C, not a dozen sums over its tokens."""
    return sum(int(c) << (TALLY_BITS * k) for k, c in enumerate(counts))


def _unpack(packed: int) -> list[int]:
    mask = (1 << TALLY_BITS) - 1
    return [packed >> (TALLY_BITS * k) & mask for k in range(len(TALLIES))]


@dataclass(frozen=True)
class Analysis:
    """Everything about one token that does not depend on the document: cached per engine."""

    options: tuple[Candidate, ...]  # options[0] keeps the token
    evidence: int  # INTACT ... NEUTRAL
    known: bool
    topical: tuple[int, ...] = ()  # options that share the token's fold and occur in the context corpus
    keys: tuple[tuple[str, ...], ...] = ()  # each option's words as the context corpus spells them
    letters: bool = False  # the token has a letter: it counts as a word
    folds: tuple[str, ...] = ()  # each option's fold key
    readings: tuple[str, ...] = ()  # fold keys of the token and of its telling glyph readings (document spelling)
    seen: tuple[tuple[str, ...], ...] = ()  # each option's context keys the corpus has (topic evidence)
    register: tuple[float, ...] = ()  # each option's shift by the context corpus's own counts (topical ones)
    unseen: tuple[int, ...] = ()  # the one fold sibling the corpus saw and those it never saw though it should have
    unlisted_sibling: float = 0.0  # zipf an unlisted capitalised token loses where å/ä/ö were visibly lost
    stripped_compound: float = 0.0  # and one a compound reads by its lost å/ä/ö alone, unless it is a surname
    unweighted: tuple[str, ...] = ()  # restorations to listed words no frequency list counts ("delår" of "delar")
    i_marks: tuple[int, ...] = ()  # each option's "i"s read as "ä" or "å"; () where none is
    d_marks: tuple[int, ...] = ()  # and "d"s
    e_marks: tuple[int, ...] = ()  # and "é"s read as "ä" or "å"
    names_only: bool = False  # a capitalised listed name whose options that are words are names too (Jonsson, Jönsson)
    merged: tuple[int, ...] = ()  # options that read one å/ä/ö from several of the token's plain letters ("Studor": står)
    tally: int = 0  # what the token adds to each of the document's TALLIES, packed


def _evidence(lex: Lexicon, low: str, options: tuple[Candidate, ...]) -> int:
    """Whether the token shows intact, lost or invented diacritics, judged on unambiguous words only."""
    has = any(c in "åäö" for c in low)
    if lex.is_word(low):
        return INTACT if has else PLAIN if ("a" in low or "o" in low) else NEUTRAL
    if lex.is_known(low):
        return NEUTRAL
    # whole dictionary words only: an unlisted compound's guessed diacritics say little
    whole = [c for c in options[1:] if c.reason in (fixes.DIACRITICS, fixes.OCR_CONFUSION) and lex.is_word(c.word)
             and not c.dropped]  # a lost letter is no evidence of lost diacritics, whose rate decides if it is back
    if any(not c.spur and (c.strip or set(c.word) & DIACRITIC) for c in whole):
        return STRIPPED
    if has and any(c.spur for c in whole):
        return SPURIOUS
    return NEUTRAL


def _repairable(token: str) -> bool:
    letters = sum(c.isalpha() for c in token)
    if letters == 0 or "_" in token or "&" in token and NAMES_AMPERSAND.search(token):
        return False
    if any(c.isdigit() for c in token):
        table = confusions()
        return len(token) >= 2 and all(c in table for c in token if c.isdigit())
    # an acronym: SBS, SFF, KS; and one whose capital Å, Ä or Ö follows a small letter ("DoÄ"): English-model OCR has
    # no such capital and the Swedish model reads the mark it sees, so neither makes one of a small letter
    return not (len(token) <= 5 and (token.isupper() or MARKED_CAPITAL.search(token)))


def unknown_words(text: str, lexicon: Lexicon) -> list[tuple[str, int]]:
    """(word, offset) of the words of `text` the lexicon does not know, the candidates for an archive's
    dictionary (`minutes words`): no numbers, acronyms, or protected spans (URLs, e-mail addresses, identifiers)."""
    skip = sorted(fixes.protected_spans(text))
    out = []
    for m in TOKEN.finditer(text):
        word, (s, e) = m.group(), m.span()
        if not word.isalpha() or not _repairable(word) or lexicon.is_known(word):
            continue
        i = bisect.bisect_left(skip, (e,)) - 1
        if i < 0 or s >= skip[i][1]:
            out.append((word, s))
    return out


class _Doc:
    """The tokens of one text, as parallel lists. This is the engine's hot path: each list is made in one pass
    over the tokens, in C where it can be (comprehensions, `map` over the cached analysis), and what only some
    tokens need, `cut` and `abbreviated`, is asked of the text when needed."""

    def __init__(self, engine: "Engine", text: str, skip: list[tuple[int, int]], ocr_words: list[OcrWord] | None,
                 ocr_signs: int = 0):
        self.text = text
        spans, texts, gaps = _tokens(text)
        if "_" in text:  # an underscore at a word's edge is no part of it: a rule's end or a speck ("_genom")
            spans, texts = _inner(spans, texts)
            gaps = [text[e:s] for (_, e), (s, _) in zip(spans, spans[1:])]
        if skip:
            kept = _unprotected(spans, texts, sorted(skip))
            if len(kept[0]) < len(spans):
                spans, texts = kept
                gaps = [text[e:s] for (_, e), (s, _) in zip(spans, spans[1:])]
        self.spans: list[tuple[int, int]] = spans
        self.texts: list[str] = texts
        self.first: list[bool] = _firsts(gaps, texts)
        # a capitalised word inside a sentence may be a name; a line in capitals names nobody
        # a capital I in no list that is a word with a small l is that l: one glyph in sans-serif faces ("Igh": lgh)
        self.name_like: list[bool] = [not f and w[0].isupper() and not w.isupper() and not _l_read(engine, w)
                                      for f, w in zip(self.first, texts)]
        hyphens = {m.start() for m in _PREFIX_HYPHEN.finditer(text)} if "-" in text else ()
        prefixes = [e in hyphens for _, e in spans] if hyphens else [False] * len(spans)
        self.prefix: list[bool] = prefixes
        info, known = engine.info, engine.known
        confs = _confidences(text, ocr_words) if ocr_words else None
        if confs:
            # a register code glued to its case number ("V0O-2025-00183") is read as no OCR doubted it: an OCR'd
            # identifier's low confidence is no evidence that its letters are a word's
            self.confidence: list[float | None] = [None if _CASE_NUMBER_AFTER.match(text, e) else confs(s)
                                                   for s, e in spans]
            doubts = [c is not None and c < DOUBT_CONFIDENCE and (w.islower() or not known(w))
                      for c, w in zip(self.confidence, texts)]
            self.info: list[Analysis] = list(map(info, texts, self.name_like, prefixes, doubts))
        else:
            self.confidence = [None] * len(spans)
            self.info = list(map(info, texts, self.name_like, prefixes))
        self.unread = confs is None or all(c is None for c in self.confidence)  # no OCR read a word here
        self.old_words = _old_spellings(engine, texts)
        self.old_spelling = len(self.old_words) >= OLD_SPELLING_MIN
        # a text file an earlier OCR made (`ocr_signs` glyphs only an OCR misreads so) is OCR's reading, not a text as
        # its author typed it; but one printed before 1906 keeps its words as its spelling has them, whoever read it:
        # an edit that makes a listed word of an old one is no repair ("nämden", "egde")
        self.typed = self.unread and (ocr_signs < fixes.OCR_SIGNS_MIN or self.old_spelling)
        if self.old_spelling:
            self.info = [engine.old(t) if t.lower() in self.old_words else a for t, a in zip(texts, self.info)]
        self._counts: Counter[str] | None = None
        # a capitalised word right after a listed first name is a surname ("Johan Ronner", "Linnéa Princis"): what
        # the OCR doubted there is a misread name, not a common word one letter away
        is_name = engine.lex.is_name
        self.surname: list[bool] = [False] + [
            n and p[:1].isupper() and e0 + 1 == s1 and is_name(p.lower())
            for n, p, (_, e0), (s1, _) in zip(self.name_like[1:], texts, spans, spans[1:])]
        firsts, names, infos, confidence = self.first, self.name_like, self.info, self.confidence
        for m in SHORT_CAPITALS.finditer(text):
            i = bisect.bisect_left(spans, (m.start(),))
            if i < len(spans) and spans[i][0] == m.start() and len(infos[i].options) > 1 and engine.lex.is_word(texts[i]) \
                    and _acronym(text, *spans[i]):
                infos[i] = engine.kept(texts[i])
        for m in MARGIN_MARK.finditer(text):
            i = bisect.bisect_left(spans, (m.start(),))
            if i < len(spans) and spans[i] == m.span():
                infos[i] = engine.kept(texts[i])
        if ")" in text:  # a list's letter ("a) överensstämmer med"): no word, and no "å)"
            for m in LIST_LETTER.finditer(text):
                i = bisect.bisect_left(spans, (m.start(),))
                if i < len(spans) and spans[i][0] == m.start():
                    infos[i] = engine.kept(texts[i])
        # a word in no list opening a line or cell before a name, that only a guessed letter edit or lost space makes
        # a word, is a first name ("Kasra Hassirian" is no "Kära", "10 Stigert Pettersson" no "Stiger" or "Stig ert"),
        # and so is a listed name there ("Vanja Winroth" is no "Vänja")
        for i in itertools.compress(range(len(texts) - 1), map(and_, firsts, names[1:])):
            word = texts[i]
            if word[0].isupper() and not word.isupper() and spans[i + 1][0] == spans[i][1] + 1 \
                    and (not known(word) and all(c.reason in GUESSES for c in infos[i].options[1:])
                         or engine.lex.is_name(word.lower()) and len(infos[i].options) > 1
                         and engine.lex.entry(word.lower())[0] >= LINE_START_NAME_ZIPF):
                names[i] = True
                conf = confidence[i]
                infos[i] = info(word, True, False, conf is not None and conf < DOUBT_CONFIDENCE)

    def printed_often(self, i: int) -> bool:
        """The text prints token i the same way PRINTED_OFTEN times or more: a word of its own, no two run together."""
        if self._counts is None:
            self._counts = Counter(map(str.lower, self.texts))
        return self._counts[self.texts[i].lower()] >= PRINTED_OFTEN

    def cut(self, i: int) -> bool:
        """No left neighbour speaks for the token: it opens a line or sentence, but for a line wrapped mid-sentence."""
        return self.first[i] and not (i and _wrapped(self.text[self.spans[i - 1][1]:self.spans[i][0]], self.texts[i]))

    def ends(self, i: int) -> bool:
        """A full stop, "!", "?", ":" or ";" follows the token, as it closes a piece of the context corpus: "</s>" is
        its right neighbour ("kvar att göra här.", "ett nytt år."). Not a line or page break alone: a scan breaks
        sentences anywhere (a blank line or a page end inside one put "här" for "har" on the dev scans)."""
        return PIECE_END.match(self.text, self.spans[i][1]) is not None

    def alone(self, i: int) -> bool:
        """The token is the only word of the OCR word whose confidence it took (`_confidences`), as the marks table
        counted them: not "Ra" of "Ra'ad", whose low confidence may be the other word's or the apostrophe's."""
        text, (s, e) = self.text, self.spans[i]
        left, right = s, e
        while left and not text[left - 1].isspace():
            left -= 1
        while right < len(text) and not text[right].isspace():
            right += 1
        return not (_WORD_CHAR.search(text, left, s) or _WORD_CHAR.search(text, e, right))

    def abbreviated(self, i: int) -> bool:
        """A full stop and a letter follow the token, or a letter and a full stop come right before it: "fr.o.m.",
        "t.ex.", "Org.nr" are no misread words ("Org.när")."""
        s, e = self.spans[i]
        return self.text.startswith(".", e) and self.text[e + 1:e + 2].isalpha() \
            or s >= 2 and self.text[s - 1] == "." and self.text[s - 2].isalpha()


def _unprotected(spans: list[tuple[int, int]], texts: list[str], skip: list[tuple[int, int]]
                 ) -> tuple[list[tuple[int, int]], list[str]]:
    """The tokens outside protected spans (URLs, addresses, layout fixes): a token is in one where the last span
    that starts before the token ends goes on past the token's start. Found per span by bisection, the tokens kept
    between them taken as slices: a text has thousands of tokens and a few spans."""
    kept_spans: list[tuple[int, int]] = []
    kept_texts: list[str] = []
    kept = 0
    for k, (start, end) in enumerate(skip):
        lo = bisect.bisect_right(spans, start, lo=kept, key=_END)  # the first token ending after the span starts
        hi = bisect.bisect_right(spans, skip[k + 1][0], lo=lo, key=_END) if k + 1 < len(skip) else len(spans)
        cut = bisect.bisect_left(spans, end, lo, hi, key=_START)  # of those, the ones starting inside it
        if cut > lo:
            kept_spans += spans[kept:lo]
            kept_texts += texts[kept:lo]
            kept = cut
    return kept_spans + spans[kept:], kept_texts + texts[kept:]


def _inner(spans: list[tuple[int, int]], texts: list[str]) -> tuple[list[tuple[int, int]], list[str]]:
    """The tokens without the underscores at their edges, and without those that are only underscores (a rule)."""
    kept_spans, kept_texts = [], []
    for (s, e), t in zip(spans, texts):
        if t[0] == "_" or t[-1] == "_":
            inner = t.strip("_")
            if not inner:
                continue
            s += len(t) - len(t.lstrip("_"))
            e = s + len(inner)
            t = inner
        kept_spans.append((s, e))
        kept_texts.append(t)
    return kept_spans, kept_texts


def _tokens(text: str) -> tuple[list[tuple[int, int]], list[str], list[str]]:
    """The spans and texts of the tokens, and the gaps between them: one split and a running sum of its lengths,
    no match object for each token."""
    parts = _SPLIT.split(text)  # gap, token, gap, ..., token, gap
    bounds = list(itertools.accumulate(map(len, parts)))
    return list(zip(bounds[0::2], bounds[1::2])), parts[1::2], parts[2:-1:2]


def _firsts(gaps: list[str], texts: list[str]) -> list[bool]:
    """Whether each token opens the text, a line, cell or sentence, or follows only numbers since its line began
    ("27 Övriga frågor", "2024 09 23 Byggnadsnämnden"): no left neighbour in the same sentence. Judged once per
    distinct gap between tokens (most are one space), then carried along the rare runs of numbers."""
    distinct = set(gaps)
    breaks = {g for g in distinct if "\n" in g or "•" in g or SENTENCE_BREAK.search(g) or CELL_START.search(g)}
    blank = {g for g in distinct if not g.strip()}
    out = [True, *map(breaks.__contains__, gaps)] if texts else []
    for i in itertools.compress(range(len(gaps)), map(str.isdigit, texts)):  # "27" leaves the line open for a title
        if out[i] and gaps[i] in blank:
            out[i + 1] = True
    return out


def _acronym(text: str, s: int, e: int) -> bool:
    """Whether a short word in capitals that spells a word as printed is an acronym ("anmäler SAS till",
    "avloppsrening (FAR)"), not a heading's word: its line has more words with small letters than other words in
    capitals. A heading in capitals ("BESLUT OVER ANSOKAN") or a word alone on its line ("MAL") may be a word that
    lost its å/ä/ö, and so may a place in no list ("fastigheten TOLO 4:5")."""
    start, end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    words = [w for w in TOKEN.findall(text[start:s] + " " + text[e:end if end >= 0 else len(text)])
             if w.isalpha() and len(w) > 1]  # not a party's letter ("(S)")
    capitals = sum(w.isupper() for w in words)
    return len(words) - capitals > capitals


def _read_lone_ones(engine: Engine, doc: _Doc, text: str) -> None:
    """A lone 1 between words in small letters gets the reading "i" too, at the rate the confusion table learned;
    the neighbours decide between the number ("den 1 juli") and the preposition ("1 uppdrag")."""
    for m in LONE_ONE.finditer(text):
        i = bisect.bisect_left(doc.spans, (m.start(),))
        if i < len(doc.spans) and doc.spans[i] == m.span():
            doc.info[i] = engine.lone_one()


# A bar the English model made of the preposition i or of a one: between two words of a line ("används | enlighet
# med"), at a line's end before a word in small letters ("cykelrensning |" / "cykelrummen"), or where a sentence
# begins, after its end on the line or opening the next ("förhållande. | Sverige", "ryms?" / "| Sverige är"); not
# at a line's end after a sentence's end, where the Swedish model sets a bar of its own ("pensionsrätt. |")
_LONE_BAR = re.compile(r"(?<=\w) (\|)(?= \w|[ \t]*\n[ \t]*[a-zåäö])"
                       r"|(?:(?<=[.!?] )|(?<=[.!?]\n)|(?<=\f)|(?<=^))(\|)(?= [A-ZÅÄÖ])")
# a bar between two cells of a table's row or a running head's parts, or a misread i; and a dash set as such a bar
# ("Strömsnäs kommun — Utbildningsnämnden | Protokoll")
_MID_BAR = re.compile(r"\w [|—–](?= \w)")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_FIRST_WORD = re.compile(r"\W*?(\w+)")


def _lone_bars(lex: Lexicon, text: str) -> list[tuple[int, int, str]]:
    """Bars the English model read for "i" ("används | enlighet med", "vill. | Sverige väljer") or "1" ("den |
    januari"): whichever of "i", a number or nothing at all the context corpus finds likelier between the two words
    (`<s>` before a sentence's first word). Not in a table's row: two bars between words ("kommun | Nämnden |
    Protokoll", "kommun — Nämnden | Protokoll"), or bars at both ends of the line. "I" opening a sentence or
    between capitals."""
    out: list[tuple[int, int, str]] = []
    for m in _LONE_BAR.finditer(text) if "|" in text else ():
        s = m.start(1) if m.group(1) else m.start(2)
        start, end = fixes._line_of(text, s, s + 1)
        line = text[start:end].strip()
        mid = len(_MID_BAR.findall(line))
        if mid > 1 or line.startswith("|") and line.endswith("|"):
            continue
        before = _LAST_WORD.search(text, max(0, s - 60), s) if m.group(1) else None
        after = _FIRST_WORD.match(text, s + 1, min(len(text), s + 60))
        if not after:
            continue
        prev = context_key(before.group(1)) if before else "<s>"
        nxt = context_key(after.group(1))
        scores = {"i": _association(lex, prev, "i") + _association(lex, "i", nxt), "": _association(lex, prev, nxt)}
        if before:  # no sentence opens with a bare number
            scores["1"] = _association(lex, prev, "<num>") + _association(lex, "<num>", nxt)
        best = max(scores, key=scores.get)
        if best == "i" and (not before or before.group(1).isupper() and after.group(1).isupper()):
            best = "I"
        if best:
            out.append((s, s + 1, best))
    return out


def _wrapped(gap: str, word: str) -> bool:
    """Whether a lower-case word after a line or page break continues the sentence: a printed line ends where the
    page does, not where the sentence does ("Murarna\\nhar sådan höjd"), so the word before still speaks for it.
    A blank line too: scans' OCR sets them inside sentences, and a paragraph opens with a capital.
    Only for the word after the break: the word before it, read with its right neighbour too, lost as much on the
    Swedish-model devsets ("mota\\ndetta" as "möta") as it gained on the minutes. A lone 1 too: it may be the
    preposition "i" ("förändringen\\n1 god tid"), and only the words beside it can tell."""
    return (word[:1].islower() or word == "1") and _LINE_BREAKS.fullmatch(gap) is not None


_WORD_RUN = re.compile(r"\S+")
_WORD_CHAR = re.compile(r"\w")


_CASE_NUMBER_AFTER = re.compile(r"-\d")
# a dash set apart by spaces before a word ("LAXEN 22 - Ändrad användning", "angående — Övergångsställe"): a title
# opens after it, so its capital is its own and no small letter the OCR misread
TITLE_DASH = re.compile(r"\s[-–—]+\s+$")


def _confidences(text: str, ocr_words: list[OcrWord]):
    """Map a text offset to the confidence of the OCR word printed there: each whitespace-delimited token of the
    text takes the confidence of the next unused OCR word with the same text, whatever their order. A page's text
    sets its columns, tables and headers in another order than the OCR lists its words: matched in order, 36-41 %
    of the dev scans' words got no confidence."""
    read: dict[str, list[float]] = {}
    for w in ocr_words:
        if w.text:
            read.setdefault(w.text, []).append(w.confidence)
    used: dict[str, int] = {}
    starts, ends, values = [], [], []
    for m in _WORD_RUN.finditer(text):
        token = m.group()
        confs = read.get(token)
        if confs:
            k = used.get(token, 0)
            if k < len(confs):
                used[token] = k + 1
                starts.append(m.start())
                ends.append(m.end())
                values.append(confs[k])

    def lookup(offset: int) -> float | None:
        i = bisect.bisect_right(starts, offset) - 1
        return values[i] if i >= 0 and offset < ends[i] else None

    return lookup


def _web_only(token: str, entry: tuple[float, int]) -> bool:
    """Whether a short token is a spelling only seen on the web (wordfreq), in no Swedish list: "tll", "utt" are
    there as typos, and the OCR's doubt reads them as misread words, not as words of their own. A longer one is
    read as one edit of a word only as a listed word is ("sifforna", printed so, is no "siffrorna")."""
    return len(token) < EDITED_MIN and entry[1] & ~(BEGIN | END) == FOREIGN


def _misread(ocr: str, word: str, known: bool, added: bool = True) -> float:
    """How likely the OCR makes this edit, as a share of its letter edits: a letter read as a look-alike it was
    seen to confuse ("c" for "e") EDIT_SHARE, another letter or a lost one a third of that. A letter it adds is
    the smear of its neighbour or of an å/ä/ö ("fläaskmatningen", "biäst"), or, when it was `added` at a low
    confidence, one inside the word ("hemmarfruarna"), never one at an end ("skolors" is not "skolor"). A word is
    read as another word only through a look-alike ("alt" for "att", not "inse" for "inte"), and no first letter is
    lost ("Ermin" is no "Termin"). 0: not a misreading."""
    from rapidfuzz.distance import Levenshtein  # only documents with OCR confidences get here: keep the cold start light

    marked, printed, ocr, word = ocr, word, fold(ocr), fold(word)
    share = EDIT_SHARE
    for op in Levenshtein.editops(ocr, word):
        lookalike = op.tag == "replace" and (ocr[op.src_pos], word[op.dest_pos]) in letter_confusions()
        if known and not lookalike:
            return 0.0
        if op.tag == "insert" and op.dest_pos == 0 and printed[:1].lower() not in "åäö":
            return 0.0  # a word's first letter is not lost, but for an å/ä/ö the model has none of ("ven": även)
        if known and op.tag == "replace" and op.src_pos == len(ocr) - 1:
            return 0.0  # a word read with another last letter is another form of it ("frågar" is no "frågan")
        if op.tag == "delete":
            beside = ocr[max(0, op.src_pos - 1):op.src_pos] + ocr[op.src_pos + 1:op.src_pos + 2]
            smear = ocr[op.src_pos] in beside or MARKS & set(marked[max(0, op.src_pos - 1):op.src_pos + 2])
            if not smear and not (added and 0 < op.src_pos < len(ocr) - 1):
                return 0.0  # a letter added at an end makes another form of the word ("skolors", "barns")
        if not lookalike:
            share /= 3
    return share


def _marks(word: str) -> int:
    """The å/ä/ö of a word: a reading with more of them restores what the OCR may have hidden."""
    return sum(map(word.count, "åäö"))


def _mark_odds(engine: Engine, doc: _Doc) -> dict[bool, tuple[tuple[float, float], ...]]:
    """{known: ((confidence bound, log P(band | the word hides an å/ä/ö) / P(band | it is printed right)), ...)} for
    this document: the training scans' shares (`mark_bands`), the share among words printed right moved by how
    much more (less) often the document reads its surely right words ("och", "kommunen") in the band than the
    training scans did, their share as MARK_PRIOR sightings (`_weakened`): a black-and-white scan reads every word
    less surely, and a low confidence says less there."""
    bands = mark_bands()
    bounds = [row[0] for row in bands]
    counts = [0] * len(bounds)
    for i, (conf, token) in enumerate(zip(doc.confidence, doc.texts)):
        if conf is not None and engine.sure(token.lower()) and doc.alone(i):
            counts[min(len(bounds) - 1, bisect.bisect_right(bounds, conf))] += 1
    total = sum(counts) + MARK_PRIOR
    odds: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for (bound, lost, kept, lost_unlisted, kept_unlisted, sure), n in zip(bands, counts):
        shift = math.log((n + MARK_PRIOR * sure) / total / sure)
        odds[True].append((bound, _weakened(math.log(lost / kept), shift)))
        odds[False].append((bound, _weakened(math.log(lost_unlisted / kept_unlisted), shift)))
    return {known: tuple(rows) for known, rows in odds.items()}


def _weakened(odds: float, shift: float) -> float:
    """The training scans' log odds less the document's shift, never beyond them nor past zero: the document's
    words printed right move only their side of the ratio, so its confidences may weaken the evidence, not
    strengthen or reverse it (a scan read surely throughout is no stronger evidence that a sure word kept its
    marks)."""
    return min(max(odds - shift, min(odds, 0.0)), max(odds, 0.0))


def _edit_rate(conf: float | None, known: bool) -> float:
    """P(one letter edit) for a word the OCR gave this confidence; 0 when it says nothing beyond EDIT_RATE."""
    if conf is not None:
        for bound, rate in edit_by_confidence()[known]:
            if conf < bound:
                return rate
    return 0.0


def _estimate(doc: _Doc) -> Rates:
    """The document's diacritic loss and invention rates, from words whose reading is unambiguous, and how often
    its "é" is a misread "ö": never in a text whose ö's came through, mostly from an OCR model without "ö"."""
    totals = _unpack(sum(map(_TALLY, doc.info)))
    intact, plain, stripped, spurious, words, unknown, lower, lower_unknown, accented, misread, intact_o, misread_e, \
        intact_i, misread_i, intact_d, misread_d, with_e, misread_ea = totals
    # Swedish prose has å/ä/ö in about a quarter of its words; far fewer intact ones is evidence of loss too.
    lost = max(stripped, DIACRITIC_WORD_SHARE * words - intact)
    strip = min(0.95, max(0.001, (lost + 0.2) / (lost + intact + 2.2)))
    spur = min(0.5, max(0.001, (spurious + 0.5) / (spurious + plain + 1)))
    # clean Swedish has a few per cent unlisted words (names, new compounds); OCR damage adds to them
    genuine = min(0.95, max(0.05, (CLEAN_UNKNOWN_SHARE * words + 1) / (unknown + 1)))
    e_for_o = (misread_e + E_PRIOR * _e_glyph()[0]) / (misread_e + intact_o + E_PRIOR)
    # a font whose "ä" English-model OCR reads as "i" does so in a third of them, another font never
    i_for_mark = (misread_i + I_PRIOR * _i_glyph()) / (misread_i + intact_i + I_PRIOR)
    # and one whose "ä" it reads as "d" ("drenden", "dndring"): the table's rate is the mean over fonts
    d_for_mark = (misread_d + D_PRIOR * _i_glyph("d")) / (misread_d + intact_d + D_PRIOR)
    # and one whose "ä" it reads as "é" ("Strandstédning"), where most fonts give an "ö" or a real "é"
    e_for_mark = (misread_ea + EA_PRIOR * _i_glyph("é", "äå")) / (with_e + EA_PRIOR)
    clean = lower_unknown <= CLEAN_LOWER_UNKNOWN * lower
    accents_only = lower_unknown - accented <= CLEAN_LOWER_UNKNOWN * lower \
        and not misread + misread_e and doc.typed  # OCR damages otherwise
    measured = lower >= ACCENTS_EVIDENCE_WORDS
    # no OCR read a clean text: none misread one mark as another, and a mark is as rarely wrong as any letter
    swap = EDIT_RATE if clean and doc.typed else SWAP_RATE
    return Rates(strip, spur, genuine, swap, e_for_o=e_for_o, i_for_mark=i_for_mark, d_for_mark=d_for_mark,
                 e_for_mark=e_for_mark, clean=clean, accents_only=accents_only,
                 well_measured=measured, loses=stripped > 0 or not measured, invents=spurious > 0 or not measured,
                 marks_lost=stripped > 2 * intact + 1,
                 drops=strip >= LOST_ACCENTS and not clean and misread_e > 0)


@lru_cache(maxsize=4)
def _i_glyph(glyph: str = "i", marks: str = "åäö") -> float:
    """The confusion table's P("i" is a misread "ä" or "å"), or another glyph's, or of other marks."""
    return sum(math.exp(lp) for t, lp in _glyph_moves().get(glyph, (0.0, ()))[1] if t in marks)


def _i_marks(low: str, options: tuple[Candidate, ...], glyph: str = "i", marks: str = "åäö") -> tuple[int, ...]:
    """How many of the token's "i"s (or another glyph's) each option reads as "ä" or "å" (or other `marks`); ()
    where none does."""
    if glyph not in low:
        return ()
    marks = tuple(sum(o == glyph and w in marks for o, w in zip(low, c.word)) if len(c.word) == len(low) else 0
                  for c in options)
    return marks if any(marks) else ()


@lru_cache(maxsize=1)
def _e_glyph() -> tuple[float, float]:
    """The confusion table's P("é" is a misread "ö") and log P("é" is itself)."""
    itself, subs = _glyph_moves().get("é", (0.0, ()))
    return math.exp(dict(subs).get("ö", -math.inf)), itself


def _e_channel(token: str, options: tuple[Candidate, ...], rates: Rates) -> list[float]:
    """What the document's own "é" rate changes in each option's score: the confusion table learned "é" for
    "ö" from English-model OCR, but in a text whose ö's came through an "é" is a real letter (Regnéll)."""
    table, itself = _e_glyph()
    if rates.e_for_o is None or not table:
        return [0.0] * len(options)
    other = 1.0 - table - math.exp(itself)  # "é" read for letters other than "ö"
    moved = math.log(rates.e_for_o) - math.log(table)
    kept = math.log(max(REAL_E, 1.0 - rates.e_for_o - other)) - itself
    low = token.lower()
    out = []
    for c in options:
        pairs = list(zip(low, c.word)) if len(c.word) == len(low) else []
        out.append(sum(moved if w == "ö" else kept if w == "é" else 0.0 for o, w in pairs if o == "é"))
    return out


def _association(lex: Lexicon, first: str, second: str, smoothing: float = PAIR_SMOOTHING) -> float:
    """How much more (or less) often the pair occurs in real prose than its words' counts predict."""
    expected = lex.unigram(first) * lex.unigram(second) / lex.corpus_tokens
    return math.log((lex.bigram(first, second) + smoothing) / (expected + smoothing))


def _thin_sides(lex: Lexicon, words: tuple[str, ...], prev: str | None, nxt: str | None) -> tuple[bool, bool]:
    """Whether no fold sibling was seen beside the left (right) neighbour CLASS_BACKOFF times: there a class speaks."""
    return (bool(prev) and all(lex.bigram(prev, w) < CLASS_BACKOFF for w in words),
            bool(nxt) and all(lex.bigram(w, nxt) < CLASS_BACKOFF for w in words))


def _centred(shift: list[float]) -> list[float]:
    mean = sum(shift) / len(shift)
    return [d - mean for d in shift]


def _class_context(lex: Lexicon, words: tuple[str, ...], prev: str | None, nxt: str | None) -> tuple[float, ...]:
    """What the neighbours' classes say among fold siblings the corpus has, on a side where no sibling was seen
    beside the neighbour itself CLASS_BACKOFF times: "har" is followed by supines ("~at") far more often than "här"
    is, whether or not the corpus ever wrote "har anpassat". A class no sibling was seen beside, where chance would
    seldom show them (`_unseen_by_chance`: "~rn" of "arbetsmarknadsministern" before "beror" or "berör"), says
    nothing, as such a neighbour's own pairs do not. Each sibling's shift (nats), zero on average."""
    thin_left, thin_right = _thin_sides(lex, words, prev, nxt)
    left, right = word_class(prev) if thin_left else None, word_class(nxt) if thin_right else None
    sides = [side for side, cls in ((lambda w: (left, w), left), (lambda w: (w, right), right))
             if cls and not _unseen_by_chance(lex, [side(w) for w in words])]
    if not sides:
        return ()
    return tuple(_centred([CLASS_WEIGHT * sum(_association(lex, *side(w), CLASS_SMOOTHING) for side in sides)
                           for w in words]))


def _suffix_context(lex: Lexicon, words: tuple[str, ...], prev: str | None, nxt: str | None) -> tuple[float, ...]:
    """What the neighbours say of the siblings' own classes (`suffix_class`: their last 3 and 4 letters) on a side
    where no sibling was seen beside the neighbour itself CLASS_BACKOFF times: "de brandman" and "de brandmän" were
    never written, but "de" comes before words in "-män" (plurals) and seldom before words in "-man". The mean of
    what each class length says; each sibling's shift (nats), zero on average; () where the siblings end alike
    ("tagen", "tågen") or neither side is thin."""
    thin_left, thin_right = _thin_sides(lex, words, prev, nxt)
    sides = [side for side, thin in ((lambda c: (prev, c), thin_left), (lambda c: (c, nxt), thin_right)) if thin]
    said = []
    for letters in SUFFIX_LETTERS if sides else ():
        classes = [suffix_class(w, letters) for w in words]
        if None not in classes and len(set(classes)) > 1 and all(map(lex.unigram, classes)):
            said.append(_centred([sum(_association(lex, *side(c), SUFFIX_SMOOTHING) for side in sides) for c in classes]))
    return tuple(SUFFIX_WEIGHT * sum(d) / len(said) for d in zip(*said)) if said else ()


def _compound_head(lex: Lexicon, key: str, words: tuple[str, ...], right: bool) -> str | None:
    """The last part of a compound neighbour that the fold siblings were seen beside CLASS_BACKOFF times (on the
    neighbour's side: `right` of them or left), where the corpus saw the neighbour itself too seldom for their
    missing pairs to say anything (less than one sighting expected by chance): a Swedish compound is its last
    part's kind of word, and "våra klimatmål" goes as "våra mål" does. The longest such part after a first part
    hunspell lets open a compound or stand alone; None for a short word or where no part was seen so."""
    if len(key) < HEAD_FIRST_MIN + HEAD_MIN or not key.isalpha() \
            or sum(map(lex.unigram, words)) * lex.unigram(key) >= lex.corpus_tokens:
        return None
    for n in range(HEAD_FIRST_MIN, len(key) - HEAD_MIN + 1):
        head = key[n:]
        if lex.flags(key[:n]) & (BEGIN | WORD) and \
                sum(lex.bigram(w, head) if right else lex.bigram(head, w) for w in words) >= CLASS_BACKOFF:
            return head
    return None


def _head_context(lex: Lexicon, words: tuple[str, ...], prev: str | None, nxt: str | None) -> tuple[float, ...]:
    """What a compound neighbour's last part (`_compound_head`) says among fold siblings on a side where no sibling
    was seen beside the neighbour itself CLASS_BACKOFF times: "till vara klimatmål" was never written and "vara
    mål" seldom, "våra mål" often. Its pairs are thinly spread, as a class's (CLASS_SMOOTHING). Each sibling's
    shift (nats), zero on average; () where neither side has such a part."""
    thin_left, thin_right = _thin_sides(lex, words, prev, nxt)
    left = _compound_head(lex, prev, words, False) if thin_left else None
    right = _compound_head(lex, nxt, words, True) if thin_right else None
    if not (left or right):
        return ()
    return tuple(_centred([CLASS_WEIGHT * ((_association(lex, left, w, CLASS_SMOOTHING) if left else 0.0)
                                           + (_association(lex, w, right, CLASS_SMOOTHING) if right else 0.0))
                           for w in words]))


def _sibling_context(lex: Lexicon, words: tuple[str, ...], prev: str | None, nxt: str | None, lost: bool
                     ) -> tuple[float, ...]:
    """Each fold sibling's shift by its neighbours beyond their pairs: their classes, the last parts of compound
    neighbours and the siblings' own classes, where the printed letters are no evidence (`lost`: the text lost its
    å/ä/ö), and the three words together (`_triples`); () where none says anything."""
    shifts = [s for s in (_class_context(lex, words, prev, nxt) if lost else (),
                          _head_context(lex, words, prev, nxt) if lost else (),
                          _suffix_context(lex, words, prev, nxt) if lost else (),
                          _triples(lex, words, prev, nxt, lost) if prev and nxt else ()) if s]
    return tuple(map(sum, zip(*shifts))) if shifts else ()


def _triples(lex: Lexicon, words: tuple[str, ...], prev: str, nxt: str, lost: bool = False) -> tuple[float, ...]:
    """What the corpus says of fold siblings between these very neighbours (the next may be a sentence's end,
    PIECE_CLOSE) where the pairs on either side disagree ("den här" is common, but "har till" too, and "den har till
    uppgift" is what the corpus writes), or where both pairs speak for a sibling the three words seldom are: "de
    här" is a phrase and "här." ends sentences, but "de har." is what the corpus writes (18 times, "de här." never),
    and "de har i" too. Where the text lost its å/ä/ö (`lost`) and the three words were seen too seldom, their
    classes speak (`_class_triples`). Each sibling's shift (nats), zero on average; nothing where the three words
    say what the pairs say (they would count their evidence again) or the siblings were seen there fewer than
    TRIPLE_MIN times."""
    left = [_association(lex, prev, w) for w in words]
    right = [_association(lex, w, nxt) for w in words]
    counts = [lex.triple(prev, w, nxt) for w in words]
    if sum(counts) < TRIPLE_MIN and lost:
        counts = _class_triples(lex, words, prev, nxt) or counts
    if sum(counts) < TRIPLE_MIN:
        return ()
    paired = left.index(max(left))
    if paired == right.index(max(right)) == counts.index(max(counts)):
        return ()
    logs = [math.log(c + TRIPLE_SMOOTHING) for c in counts]
    mean = sum(logs) / len(logs)
    return tuple(v - mean for v in logs)


def _class_triples(lex: Lexicon, words: tuple[str, ...], prev: str, nxt: str) -> list[int]:
    """The siblings' sightings between their neighbours where a neighbour backs off to its class (the build's
    "vi här ~en"), on a side where no sibling was seen beside it CLASS_BACKOFF times, as in `_class_context`: "de
    här ~en" is a phrase ("de här områden"), "vi här ~en" is not, and "vi har områden" keeps its "har"; [] where
    no side backs off."""
    thin_left, thin_right = _thin_sides(lex, words, prev, nxt)
    left = (word_class(prev) if thin_left else None) or prev
    right = (word_class(nxt) if thin_right else None) or nxt
    return [lex.triple(left, w, right) for w in words] if (left, right) != (prev, nxt) else []


def _cooccurrence(lex: Lexicon, word: str, other: str) -> float:
    """log P(other in the sentence | word) / P(other in a sentence), smoothed toward independence."""
    base = min(0.5, (lex.unigram(other) + 0.5) / lex.corpus_sentences)
    given = (lex.cooccurrence(word, other) + TOPIC_SMOOTHING * base) / (lex.unigram(word) + TOPIC_SMOOTHING)
    return max(-TOPIC_CLIP, min(TOPIC_CLIP, math.log(given / base)))


def _decide(engine: Engine, doc: _Doc, rates: Rates, vouched: frozenset[str] = frozenset()
            ) -> tuple[list[int], list[float]]:
    """Each token's chosen option and its probability: first alone, then ambiguous ones with their neighbours.
    A `vouched` word (see `_vouched_words`) is as probable as its commonest fold sibling among the options."""
    n = len(doc.texts)
    choice = [0] * n
    prob = [1.0] * n
    memo: dict[tuple, tuple[list[float], int, float | None]] = {}
    pending = []
    confidence, name_like = doc.confidence, doc.name_like
    # a clean text that no OCR read here; not one whose words show its å/ä/ö lost, though its stripped words are
    # mostly listed plain spellings too ("for", "ar") and so look clean ("Vansterpartiet" is no name as printed)
    clean_print = rates.clean and doc.unread and not rates.marks_lost
    lost = rates.strip >= LOST_ACCENTS
    # in a text that visibly lost its å/ä/ö, as the training scans that lose them, the OCR's doubt says where
    marked = _mark_odds(engine, doc) if lost and not doc.unread else None
    for i, a in enumerate(doc.info):
        if len(a.options) == 1:
            continue
        raw = confidence[i]
        drops = rates.drops and not doc.abbreviated(i)  # only a text that lost letters asks
        if raw is None:
            edit = None
            sure = True
            marks = 0.0
            key = (id(a), name_like[i], drops, doc.surname[i])
        else:
            edit = _edit_rate(raw, a.known)
            sure = raw >= SURE_OCR_CONFIDENCE
            marks = next((odds for bound, odds in marked[a.known] if raw < bound), 0.0) \
                if marked and doc.alone(i) else 0.0
            key = (id(a), name_like[i], drops, sure, edit, doc.surname[i], marks)
        found = memo.get(key)
        if found is None:
            r = rates
            if edit:  # a doubted word's letters, its diacritics among them, are misread as often as its edits say
                # (where the confidence's own odds of a hidden å/ä/ö weigh them, the text's loss rate stays)
                strip = rates.strip if marks else max(rates.strip, edit)
                r = Rates(strip, max(rates.spur, edit / 2), swap=max(SWAP_RATE, edit))
            scores = r.scores(a.options, drops)
            if marks:  # how sure the OCR was of the word says whether it hides an å/ä/ö
                printed = _marks(a.options[0].word)
                scores = [s + marks if _marks(c.word) > printed else s for s, c in zip(scores, a.options)]
            if a.register:
                scores = [s + d for s, d in zip(scores, a.register)]
            if "é" in a.options[0].word:
                scores = [s + d for s, d in zip(scores, _e_channel(a.options[0].word, a.options, rates))]
            if a.i_marks and rates.i_for_mark:  # the document's own "i" for "ä" in place of the table's
                moved = math.log(rates.i_for_mark / _i_glyph())
                scores = [s + n * moved for s, n in zip(scores, a.i_marks)]
            if a.d_marks and rates.d_for_mark:  # and "d"
                moved = math.log(rates.d_for_mark / _i_glyph("d"))
                scores = [s + n * moved for s, n in zip(scores, a.d_marks)]
            if a.e_marks and rates.e_for_mark:  # and "é" for "ä" or "å"
                moved = math.log(rates.e_for_mark / _i_glyph("é", "äå"))
                scores = [s + n * moved for s, n in zip(scores, a.e_marks)]
            if vouched:
                scores = _vouch(a, scores, vouched)
            if edit:  # the OCR's own doubt makes a letter edit likelier than the flat per-letter rate
                flat = math.log(EDIT_RATE * len(doc.texts[i]))
                # an unlisted word the OCR doubted is less often a real one: that odds goes to its misreadings only
                g = rates.genuine
                doubt = math.log(g / (1 - g)) - math.log(min(g, 1 - edit) / (1 - min(g, 1 - edit))) if not a.known else 0.0
                for k, c in enumerate(a.options):
                    if c.dropped or c.reason == fixes.OCR_CONFUSION:
                        # a left-out å/ä/ö or a look-alike glyph is a letter edit too, its rate learned over every confidence
                        scores[k] += max(0.0, math.log(edit / edit_overall()[a.known]))
                        continue
                    if c.reason != fixes.EDIT:
                        continue
                    word = a.options[0].word
                    e = engine.lex.entry(word)
                    share = _misread(word, c.word, e is not None and not _web_only(word, e), raw < ADDED_CONFIDENCE)
                    if share:
                        scores[k] += max(0.0, math.log(edit * share) - flat) + doubt
            if not a.known and not name_like[i]:  # names are where unlisted words are expected
                # the odds that a word in no list is real, not damage; where they are against it, a token that reads
                # as a compound as printed ("graderings|skala") shares them with its readings in no list ("-skåla"),
                # which are no likelier real; where they are for it, they speak for the text as printed. Not in a
                # text that only lost its accents: there a compound's restored part ("verksamhets|råd") is no damage.
                # There a token that reads as a compound as printed bears only part of odds against it
                # (PRINTED_COMPOUND_ODDS): they are measured on words in no list, most of them stripped ones, and
                # its restored readings are already its rivals ("svarttaxi|verksamheten", "klimat|lagen", "el|lagring")
                odds = math.log(rates.genuine / (1 - rates.genuine))
                printed = a.options[0].reason == fixes.COMPOUND and odds < 0 and not rates.accents_only
                glyphs = odds < 0 and not rates.accents_only
                own = odds * PRINTED_COMPOUND_ODDS if a.options[0].reason == fixes.COMPOUND and rates.accents_only \
                    and odds < 0 and not engine.domain_restored(a.options) else odds
                scores = [sc + own if not k else sc + odds if (printed or glyphs and c.reason == fixes.OCR_CONFUSION)
                          and not engine.known(c.word) else sc for k, (sc, c) in enumerate(zip(scores, a.options))]
            if a.known and rates.clean and rates.well_measured and doc.typed and rates.strip < LOST_ACCENTS:
                # a listed word of a clean text no OCR read, long enough to show that it lost no marks, is as its
                # author typed it: "Division for Computer Science", "Kräv inte ny revisor"
                scores = [sc if not k else -math.inf for k, sc in enumerate(scores)]
            if sure and (not a.known and rates.clean or rates.accents_only and (not a.known or rates.well_measured)):
                # no OCR evidence against a word in a clean text (none read it, or read it surely): a digit is a digit
                # ("4t", four hours), no space was lost ("avröja" is no "av röja"), and a capitalised word, a name in a
                # list as often as not, changes at most its diacritics; in a text whose only damage is lost
                # diacritics, so does every word ("dir.", direktiv, is no misread "där"); and a word's å, ä and ö
                # change only as the text shows OCR changed them elsewhere: no lost mark, no "mota" -> "möta"; no
                # invented one, "tekniska slutår" stays
                accents = rates.accents_only or doc.texts[i][:1].isupper()
                word = doc.texts[i]
                digit = not word.isalpha() and any(ch.isdigit() for ch in word)
                typed = rates.clean and doc.typed  # a typo a text no OCR read prints is its author's ("revsior")
                scores = [-math.inf if k and (digit or c.reason == fixes.JOINED_WORD or typed and c.reason == fixes.EDIT
                                              or c.spur and not rates.invents
                                              or c.strip and not rates.loses or c.swap and not (rates.loses or rates.invents)
                                              or accents and folded != a.folds[0])
                          else sc for k, (sc, c, folded) in enumerate(zip(scores, a.options, a.folds))]
            if raw is not None and sure or doc.printed_often(i):
                # a word the OCR read surely was printed as one: the dev scans' words printed run together ("valav",
                # "novemberpå") were all read at 90 or more, five of six spaces the OCR lost below it ("Valav" at 77);
                # so is one the text prints the same way again and again ("attsats", 73 times in a stämma's minutes)
                scores = [-math.inf if k and c.reason == fixes.JOINED_WORD else sc
                          for k, (sc, c) in enumerate(zip(scores, a.options))]
            if doc.surname[i] and edit:
                scores = [-math.inf if k and c.reason == fixes.EDIT and not engine.lex.is_name(c.word) else sc
                          for k, (sc, c) in enumerate(zip(scores, a.options))]
            if clean_print and name_like[i]:
                # a name in a clean text stays as printed ("mellan Välen och"), unless the archivist listed its spelling
                scores = [-math.inf if k and not engine.lex.flags(c.word) & USER else sc
                          for k, (sc, c) in enumerate(zip(scores, a.options))]
            elif name_like[i]:
                # the word as printed yields to a name only where the text has visibly lost its å/ä/ö ("Gårds" stays),
                # and so does a name in no list to a place's compound ("Langjord" is no "Långjord")
                words = engine.names_first(a.options)
                if lost and a.unlisted_sibling:
                    scores[0] -= LN10 * a.unlisted_sibling
                elif lost and a.stripped_compound and not doc.surname[i]:
                    scores[0] -= LN10 * a.stripped_compound
                scores = [sc - LN10 * NAME_OVER_WORD if words and words[k] and (k or lost)
                          else -math.inf if k and c.named and not lost else sc
                          for k, (sc, c) in enumerate(zip(scores, a.options))]
                if lost and not words and not a.known and engine.worded(a.options):
                    # a capitalised word in no list that a common word explains by the text's own damage (lost
                    # å/ä/ö, look-alike glyphs: "Hilsoskydd", "Byggnadsnimnden") is that word, not a name
                    # and so is an unlisted glyph reading of it ("Byggnadsnaömndens" of "Byggnadsnaémndens")
                    scores = [sc - LN10 * (NAME_LIKE_ZIPF - OOV_ZIPF) if not k or c.reason == fixes.OCR_CONFUSION
                              and not engine.known(c.word) else sc for k, (sc, c) in enumerate(zip(scores, a.options))]
            if a.merged and rates.strip < LOST_ACCENTS:
                # an OCR that keeps its å/ä/ö reads none of them as two plain letters ("Studor" is no "Står" there,
                # "dir" no "är"): that is English-model OCR's smear, learned from it (`confusions`, LOG_SMEAR)
                scores = [-math.inf if k in a.merged else sc for k, sc in enumerate(scores)]
            best, top = _best(scores)
            close = max(scores[:best] + scores[best + 1:]) > top - CONTEXT_RANGE
            found = memo[key] = (scores, best, None if close else _probability(scores, top))
        scores, choice[i], p = found
        if p is None:
            pending.append((i, scores))
        else:
            prob[i] = p
    assoc, together, unigram = engine.association, engine.together, engine.lex.unigram

    if pending:  # first-pass words, as the corpus spells them; words it never saw carry no topic evidence
        keys = [a.keys[c] for a, c in zip(doc.info, choice)]
        seen = [a.seen[c] for a, c in zip(doc.info, choice)]
    reach = 2 * TOPIC_WEIGHT * TOPIC_CLIP * 2 * TOPIC_WINDOW  # the most the topic can move two options apart
    paired: dict[tuple, list[float]] = {}
    weighed: list[tuple[int, list[float]]] = []
    for i, scores in pending:
        a = doc.info[i]
        if a.names_only:
            # the corpus's neighbours of a name are whoever it happened to mention, and a common name never seen
            # after "av" is no evidence for a rare one ("av Jonsson" is no "av Jönsson"): the names' counts decide
            prob[i] = _probability(scores, scores[choice[i]])
            continue
        # a compound's first part whose last part is elided ("om gång- och cykelväg"): its left neighbour stands
        # beside the compound, not beside the word alone ("om gång" is rare, "om gångvägen" is not), and says
        # nothing (None); "och" after it is the elision's, which the corpus counts as printed ("gång och" 39 times)
        prev = None if doc.prefix[i] else "<s>" if i == 0 or doc.cut(i) else keys[i - 1][-1]
        nxt = keys[i + 1][0] if i + 1 < n and not doc.first[i + 1] else None
        end = nxt is None and doc.ends(i)
        ckey = (id(scores), prev, nxt, end)  # the same options between the same neighbours: the same word-pair evidence
        ctx = paired.get(ckey)
        if ctx is None:
            sib = a.topical if lost and len(a.topical) > 1 else ()
            quiet_left, quiet_right = engine.chance_sides(tuple(a.keys[k] for k in sib), prev, nxt)
            pairs = [(assoc(prev, key[0]) if prev and not (quiet_left and k in sib) else 0.0)
                     + (assoc(key[-1], nxt) if nxt and not (quiet_right and k in sib) else 0.0)
                     for k, key in enumerate(a.keys)]
            if a.unseen:
                _unseen_pairs(pairs, a.unseen, [unigram(a.keys[k][0]) for k in a.unseen])
            ctx = paired[ckey] = [s + CONTEXT_WEIGHT * pair for s, pair in zip(scores, pairs)]
            known = [k for k, key in enumerate(a.keys) if unigram(key[-1])] if end else ()
            if len(known) > 1:  # among options the corpus has: one it never saw would lose to any noun ("kassor.")
                shift = [assoc(a.keys[k][-1], PIECE_CLOSE) for k in known]
                mean = sum(shift) / len(shift)
                for k, d in zip(known, shift):
                    ctx[k] += CONTEXT_WEIGHT * (d - mean)
            if len(a.topical) > 1:
                words = tuple(a.keys[k][0] for k in a.topical)
                after = PIECE_CLOSE if end else nxt  # a sentence's end is a neighbour to the three words too
                for k, shift in zip(a.topical, engine.sibling_context(words, prev, after, rates.strip >= LOST_ACCENTS)):
                    ctx[k] += shift
        ctx = ctx[:]
        # topic evidence exists for fold-sharing words the corpus has; it only ranks those among themselves
        eligible = sorted(a.topical, key=lambda k: -ctx[k])
        if len(eligible) > 1 and ctx[eligible[0]] - ctx[eligible[1]] < reach:
            window = {w for j in range(max(0, i - TOPIC_WINDOW), min(n, i + TOPIC_WINDOW + 1)) if j != i for w in seen[j]}
            topics = {k: TOPIC_WEIGHT * sum(together(a.options[k].word, w) for w in window if w != a.options[k].word) for k in eligible}
            mean = sum(topics.values()) / len(topics)
            for k, topic in topics.items():
                ctx[k] += topic - mean
        best, top = _best(ctx)
        choice[i] = best
        keys[i] = a.keys[best]  # the next word sees this choice
        prob[i] = _probability(ctx, top)
        if len(a.topical) > 1:
            weighed.append((i, ctx))
    if weighed and rates.strip >= LOST_ACCENTS:  # where the printed letters still tell the siblings apart, they decide
        _own_usage(doc, choice, prob, weighed)
    return choice, prob


def _chance_sides(lex: Lexicon, keys: tuple[tuple[str, ...], ...], prev: str | None, nxt: str | None
                  ) -> tuple[bool, bool]:
    """Whether the corpus never saw any fold sibling beside the left (right) neighbour, where chance would have shown
    each of them there fewer than UNSEEN_PAIR_EXPECTED times: the corpus's size kept them apart, not the language
    ("produkter här konsumenterna" and "har konsumenterna" were both never written). Their pairs of chance would only
    say which sibling is commoner (expected more often, it misses more), which the prior says already, and they
    would take the commoner one ("har") for the rarer; there the neighbour's class speaks (`_class_context`).
    (False, False) for no siblings."""
    if not keys:
        return False, False
    return (bool(prev) and _unseen_by_chance(lex, [(prev, k[0]) for k in keys]),
            bool(nxt) and _unseen_by_chance(lex, [(k[-1], nxt) for k in keys]))


def _unseen_by_chance(lex: Lexicon, pairs: list[tuple[str, str]]) -> bool:
    """Whether the corpus never saw any of these pairs, each of which chance would show fewer than
    UNSEEN_PAIR_EXPECTED times: their absence says nothing of the language (`_chance_sides`)."""
    most = UNSEEN_PAIR_EXPECTED * lex.corpus_tokens
    return all(not lex.bigram(x, y) and lex.unigram(x) * lex.unigram(y) < most for x, y in pairs)


def _unseen_pairs(pairs: list[float], unseen: tuple[int, ...], counts: list[int]) -> None:
    """The neighbours' word pairs say nothing of a fold sibling the corpus never saw ("våran"): it has no pairs to
    lack, and scored as a pair of chance it would win wherever its seen sibling ("varan") was not seen beside the
    neighbour. It takes its seen sibling's pair score, so the register's counts decide between them. In place."""
    seen = pairs[unseen[counts.index(max(counts))]]
    for k, n in zip(unseen, counts):
        if not n:
            pairs[k] = seen


def _own_usage(doc: _Doc, choice: list[int], prob: list[float], weighed: list[tuple[int, list[float]]]) -> None:
    """Each context-weighed fold sibling chosen again with the document's own usage as its prior: the siblings the
    rest of the document was read as (first and context passes) update the lexicon's shares (register included)
    as DOC_PRIOR sightings would, so a text that reads "har" 40 times and "här" never takes a weak case of "här"
    ("och de har fiberstörningar") for "har" too, and one that says "här" often keeps it. A line the document
    repeats (a footer's "Det här dokumentet": the same word between the same neighbours DOC_REPEAT times or more)
    is one usage, and its own words keep what their neighbours chose. `choice` and `prob` change in place."""
    texts = doc.texts
    last = len(texts) - 1

    def place(j: int) -> tuple[str, str, str]:
        return texts[j - 1].lower() if j else "", texts[j].lower(), texts[j + 1].lower() if j < last else ""

    siblings = [j for j, a in enumerate(doc.info) if len(a.topical) > 1]
    where = Counter(place(j) for j in siblings)
    counts: Counter[str] = Counter()
    repeated = set()
    for j in siblings:
        a = doc.info[j]
        if choice[j] in a.topical:
            p = place(j)
            if where[p] >= DOC_REPEAT:
                if p in repeated:
                    continue
                repeated.add(p)
            counts[a.options[choice[j]].word] += 1
    for i, ctx in weighed:
        a = doc.info[i]
        p = place(i)
        if where[p] >= DOC_REPEAT:
            continue
        own = a.options[choice[i]].word
        sib = a.topical
        n = [max(0, counts.get(a.options[k].word, 0) - (a.options[k].word == own)) for k in sib]  # the others'
        total = sum(n)
        if total <= 0:
            continue
        g = [10 ** a.options[k].zipf * math.exp(a.register[k] if a.register else 0.0) for k in sib]
        mass = sum(g)
        g = [x / mass for x in g]
        shift = [math.log((c + DOC_PRIOR * x) / ((total + DOC_PRIOR) * x)) for c, x in zip(n, g)]
        mean = sum(shift) / len(shift)
        ctx = ctx[:]
        for k, d in zip(sib, shift):
            ctx[k] += d - mean
        best, top = _best(ctx)
        choice[i] = best
        prob[i] = _probability(ctx, top)


def _merged_marks(token: str, options: tuple[Candidate, ...]) -> tuple[int, ...]:
    """The options that put an å/ä/ö the token lacks in place of more than one of its letters, none of them a glyph
    only a smear makes ("é", "6")."""
    if TELLING_SMEAR & set(token):
        return ()
    return tuple(k for k, c in enumerate(options) if k and len(c.word) < len(token) and MARKS & set(c.word) - set(token))


def _vouch(a: "Analysis", scores: list[float], vouched: frozenset[str]) -> list[float]:
    """Scores with each vouched option's prior that of its commonest fold sibling among the options, in place of
    its own and of the register's shift (a domain word's bonus says again what the document's compounds said)."""
    out = scores
    for k, c in enumerate(a.options):
        if c.word in vouched:
            top = max(o.zipf for o, key in zip(a.options, a.folds) if key == a.folds[k])
            out = out if out is not scores else scores[:]
            out[k] += LN10 * (top - c.zipf) - (a.register[k] if a.register else 0.0)
    return out


def _vouched_words(engine: Engine, doc: _Doc) -> frozenset[str]:
    """Listed words with å/ä/ö but no frequency of their own (neither the web nor the corpus writes "delår" alone,
    only "delårsrapport") that a token may be restored to beside a fold sibling ("delar"), and that the document
    itself opens compounds with, as printed or as their one listed reading ("delårs|rapport", "Delårs|berättelsen"):
    they are its vocabulary, and context decides between them and their sibling. Only a text that lost its å/ä/ö
    needs this."""
    wanted = set().union(*map(_UNWEIGHTED, doc.info))  # in C: this runs on every stripped text
    if not wanted:
        return frozenset()
    lengths = {len(w) for w in wanted}
    shortest = min(lengths) + VOUCHED_TAIL_MIN - VOUCHED_SPELLING_SLACK  # no shorter token holds a head and a tail
    found = set()
    tokens = dict(zip(map(str.lower, doc.texts), doc.info))
    # a spelling is the token or one of its options, so a token none of whose options opens with a wanted head is
    # passed over without asking what it spells
    opening = [(t, a.options) for t, a in tokens.items() if len(t) >= shortest
               and any(c.word[:n] in wanted for c in a.options for n in lengths)]
    for word in {engine.spells(t, options) for t, options in opening} - {""}:
        for n in lengths:
            head = word[:n]
            tail = word[n + 1:] if word[n:n + 1] == "s" else word[n:]
            if head in wanted and len(tail) >= VOUCHED_TAIL_MIN and engine.known(tail):
                found.add(head)
    return frozenset(found)


def _frequency_less(lex: Lexicon, word: str) -> bool:
    """Whether a word is listed but no frequency list counts it."""
    entry = lex.entry(word)
    return entry is not None and not entry[0]


def _best(scores: list[float]) -> tuple[int, float]:
    """The first of the highest scores, and its score."""
    top = max(scores)
    return scores.index(top), top


def _probability(scores: list[float], top: float) -> float:
    """The share of the best option, scored `top`, in the options' summed likelihood."""
    return 1 / sum(map(math.exp, [s - top for s in scores]))


def _document_spellings(engine: Engine, doc: _Doc, choice: list[int], prob: list[float]) -> dict[int, tuple[str, float]]:
    """One spelling per document: an unknown token whose fold (or a glyph reading's fold) is that of a word the
    same document spells with å/ä/ö, as printed or as the engine confidently corrected it elsewhere, takes that
    spelling ("Hjelmstrom" beside "Hjelmström"); a known word of the same fold without them does the same for
    an unknown token with invented ones. Keys that spell several words (har/här) say nothing.
    {index: (word, confidence)}."""
    open_ = [i for i, a in enumerate(doc.info) if not a.known and (not choice[i] or prob[i] < SURE)]
    needed = {key for i in open_ for key in doc.info[i].readings}
    spelled: dict[str, dict[str, int]] = {}
    for i, a in enumerate(doc.info):
        k = choice[i]
        key = a.folds[k]
        if key not in needed:
            continue
        w = a.options[k].word
        if " " in w or (k and prob[i] < SURE) or (not k and not a.known and (prob[i] < SURE or not set(w) & MARKS)):
            continue
        if (a.known or k or len(a.options) == 1) and len(engine.members(key)) < 2:
            counts = spelled.setdefault(key, {})
            counts[w] = counts.get(w, 0) + 1
    out: dict[int, tuple[str, float]] = {}
    for i in open_ if spelled else ():
        a = doc.info[i]
        now = a.options[choice[i]].word
        found = [(n, w) for key in a.readings for w, n in spelled.get(key, {}).items()]
        if not found:
            continue
        n, best = max(found)
        if best != now and (set(best) & MARKS or set(now) & MARKS) and sum(m == n for m, _ in found) == 1:
            out[i] = (best, SURE)
    return out


def _split_words(engine: Engine, text: str, doc: _Doc, choice: list[int], rates: Rates) -> dict[int, tuple[int, int, str]]:
    """Neighbours on one line that are no words but make one together ("infor mation"): {first index: edit}."""
    out: dict[int, tuple[int, int, str]] = {}
    stuck = [  # still no word after the word-by-word repair, or only by a guessed edit
        j
        for j, a in enumerate(doc.info)
        if not a.known and (a.options[choice[j]].reason == fixes.EDIT or not engine.known(a.options[choice[j]].word))
    ]
    for i in sorted({k for j in stuck for k in (j - 1, j) if 0 <= k < len(doc.texts) - 1}):
        (s, mid), (nxt, e) = doc.spans[i], doc.spans[i + 1]
        if text[mid:nxt] != " " or i - 1 in out or not (doc.texts[i].isalpha() and doc.texts[i + 1].isalpha()):
            continue
        whole = doc.texts[i] + doc.texts[i + 1]
        if not engine.lex.has_fold(fold(whole)):
            continue
        joined = engine.info(whole, False).options
        best = max(joined, key=rates.score)
        if best.reason not in (fixes.COMPOUND, fixes.JOINED_WORD, fixes.EDIT) and engine.lex.is_word(best.word) and best.zipf >= SPLIT_MIN_ZIPF:
            out[i] = (s, e, best.word)
    return out


class _Positions:
    """Page and line of an offset, by bisection over precomputed breaks."""

    def __init__(self, text: str):
        self.pages = [m.start() for m in re.finditer(PAGE_BREAK, text)]
        self.lines = [m.start() for m in re.finditer("\n", text)]

    def __call__(self, offset: int) -> tuple[int, int]:
        page = bisect.bisect_left(self.pages, offset)
        page_start = self.pages[page - 1] + 1 if page else 0
        line = bisect.bisect_left(self.lines, offset) - bisect.bisect_left(self.lines, page_start) + 1
        return page + 1, line


def repair(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    ocr_words: list[OcrWord] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> Repair:
    """Repair OCR damage in `text` (pages joined by "\\f"); every change is recorded with offsets into `text`."""
    if not isinstance(text, str):
        raise InputError(f"repair needs text, not {type(text).__name__}")
    lex = lexicon or load_lexicon()
    lost = _lost_characters(lex, text) if LOST in text else {}
    if not lost:
        return _repaired(text, lex, ocr_words, min_confidence)
    work = "".join(_stand_in(lost[k]) if k in lost else ch for k, ch in enumerate(text))
    return _with_lost_letters(text, work, lost, _repaired(work, lex, ocr_words, min_confidence), min_confidence)


# A text once decoded with the wrong code page (glyphs.LOST, "M\ufffdtet \ufffdppnas", "\ufffd1"): a lost å, ä, ö or é in a
# word, a lost § before a number, a lost no-break space after a label's colon or a number ("Plats:\ufffdAnne-Maries
# Loge", "§ 6\ufffd Val av protokolljusterare")
_LOST_WORD = re.compile(r"(?:[^\W\d_]|\ufffd)*\ufffd(?:[^\W\d_]|\ufffd)*")
_LOST_SECTION = re.compile(r"(?<![^\s(])\ufffd(?=\s?\d)")
_LOST_SPACE = re.compile(r"(?<=:)\ufffd|(?<=\d)\ufffd(?=[ \t])")  # "Plats:\ufffdX", "§ 6\ufffd Val av …"
LOST_SLOTS_MAX = 4  # lost letters in one word beyond which no reading is tried (3**4 fold keys)


def _lost_characters(lex: Lexicon, text: str) -> dict[int, str]:
    """Offset → what a U+FFFD most likely stood for: "§" before a number, a space after a colon or a number, and in
    a word the marked letter of the likeliest listed word whose letters there are marked ones. While the text is
    repaired a letter stands in as its fold (a for å or ä, o for ö, e for é), so that the repair restores the mark
    from the words around it as it restores a stripped text's. A word no reading of which is listed keeps its
    U+FFFD: nothing is guessed."""
    out = {m.start(): "§" for m in _LOST_SECTION.finditer(text)}
    out |= {m.start(): " " for m in _LOST_SPACE.finditer(text)}
    spaced = "".join(out.get(k, ch) for k, ch in enumerate(text)) if out else text
    read: dict[str, str] = {}  # a document repeats its words ("\ufffdrsm\ufffdtet" in every item)
    for m in _LOST_WORD.finditer(spaced):
        slots = [k for k in range(m.start(), m.end()) if spaced[k] == LOST]
        if len(slots) <= LOST_SLOTS_MAX:
            if m.group() not in read:
                read[m.group()] = _likeliest_marks(lex, m.group(), [k - m.start() for k in slots])
            out |= {k: _lost_case(spaced, k, letter) for k, letter in zip(slots, read[m.group()])}
    return out


def _stand_in(lost: str) -> str:
    """A lost letter's fold in its case ("Ö" → "O"); "§" and a space as they are."""
    return fold(lost).upper() if lost.isupper() else fold(lost)


def _likeliest_marks(lex: Lexicon, word: str, slots: list[int]) -> str:
    """The marked letters at `slots` of the commonest listed word the token can be, or "" where none is listed."""
    best, letters = -1.0, ""
    for combo in itertools.product("aoe", repeat=len(slots)):
        chars = list(word)
        for k, letter in zip(slots, combo):
            chars[k] = letter
        for listed in lex.by_fold(fold("".join(chars).lower())):
            if len(listed) == len(word) and all(not listed[k].isascii() for k in slots) and lex.zipf(listed) > best:
                best, letters = lex.zipf(listed), "".join(listed[k] for k in slots)
    return letters


def _lost_case(text: str, k: int, letter: str) -> str:
    """A lost letter is a capital in a word of capitals ("\ufffdRS M\ufffdTESPROTOKOLL") and at a word's start where a
    sentence or line begins ("\ufffdrsm\ufffdtet beslutade"), as the words around it print theirs."""
    before, after = text[max(0, k - 1):k], text[k + 1:k + 2]
    if after.isupper() or before.isupper() and before.isalpha():
        return letter.upper()
    line = text[text.rfind("\n", 0, k) + 1:k]
    opening = not before.isalpha() and (_HEADING_NUMBER.fullmatch(line) or line.rstrip()[-1:] in _OPENS_AFTER)
    return letter.upper() if opening and after.islower() else letter


_OPENS_AFTER = ("", ".", "!", "?", ":")  # a line's start, a sentence's end, a label's colon


_HEADING_NUMBER = re.compile(r"\s*(?:§\s?)?\d{1,3}[.:)]?\s+")  # "§2 \ufffdrsm\ufffdtets utlysande": a title opens


def _with_lost_letters(text: str, work: str, lost: dict[int, str], done: Repair, min_confidence: float) -> Repair:
    """The repair of the text with stand-ins, as changes to the text as it came: a change over a lost character
    shows it as it was; a word whose stand-ins the repair left as they were gets the marked letters its likeliest
    listed reading has ("M\ufffdtet" is "Mötet" where nothing around it told), and a lost "§" or space is a change of
    its own."""
    covered: set[int] = set()
    changes = []
    for c in [*done.corrections, *done.review]:
        covered.update(k for k in range(c.start, c.end) if k in lost)
        changes.append(c.model_copy(update={"original": text[c.start:c.end]}) if any(
            k in lost for k in range(c.start, c.end)) else c)
    where = _Positions(text)
    lettered = "".join(c if not (c := lost.get(k, ch)).isalpha() else ch for k, ch in enumerate(text))
    for m in _LOST_WORD.finditer(lettered) if set(lost) - covered else ():
        if any(k in lost and k not in covered for k in range(m.start(), m.end())) and not any(
                c.start < m.end() and m.start() < c.end for c in changes):
            page, line = where(m.start())
            word = "".join(lost.get(k, work[k]) for k in range(m.start(), m.end()))
            changes.append(Correction(page=page, line=line, start=m.start(), end=m.end(), original=m.group(),
                                      corrected=word, confidence=0.9, reason=fixes.DIACRITICS))
            covered.update(range(m.start(), m.end()))
    for k in sorted(set(lost) - covered):  # a lost § or space outside a word
        page, line = where(k)
        changes.append(Correction(page=page, line=line, start=k, end=k + 1, original=text[k], corrected=lost[k],
                                  confidence=0.9, reason=fixes.SYMBOL))
    changes.sort(key=attrgetter("start"))
    corrections = [c for c in changes if c.confidence >= min_confidence]
    review = [c for c in changes if c.confidence < min_confidence]
    return Repair(text=apply(text, corrections), original_text=text, corrections=corrections, review=review,
                  words=done.words, unknown_words=done.unknown_words)


def _repaired(text: str, lex: Lexicon, ocr_words: list[OcrWord] | None, min_confidence: float) -> Repair:
    engine = _engine(lex)
    layout: list[tuple[int, int, str, str]] = []
    # an earlier fix's span stays; a lone bar is read by the context corpus, so after the fixes of text alone
    ocr_fixes = fixes.OCR_FIXES + ((partial(_lone_bars, lex), fixes.SYMBOL),) if ocr_words else ()
    signs = 0
    for fix, reason in fixes.LAYOUT_FIXES + ocr_fixes:
        found = [(s, e, r, reason) for s, e, r in fix(text) if not any(s < e0 and s0 < e for s0, e0, *_ in layout)]
        layout += found
        signs += len(found) if fix in fixes.OCR_SIGNS else 0
    edits = [(s, e, r, 0.9, reason) for s, e, r, reason in layout]
    doc = _Doc(engine, text, fixes.protected_spans(text) + [(s, e) for s, e, *_ in layout], ocr_words, signs)
    rates = _estimate(doc)
    if (rates.clean or rates.accents_only and rates.well_measured) and doc.typed:
        # a text no OCR read prints its bullets as they are ("o", "© Visma"): a clean one, and one whose many words
        # lost their å/ä/ö and nothing else, no glyph misread (a short one may be OCR that happened to misread none)
        edits = [edit for edit in edits if edit[4] != fixes.BULLET]
    if not (rates.clean or rates.accents_only):  # in clean or only stripped text a digit is a digit
        _read_lone_ones(engine, doc, text)
    vouched = _vouched_words(engine, doc) if rates.strip >= LOST_ACCENTS else frozenset()
    choice, prob = _decide(engine, doc, rates, vouched)
    merged = _split_words(engine, text, doc, choice, rates)
    consistent = _document_spellings(engine, doc, choice, prob)
    # a scan's clean reading still misreads a letter's case ("delegeringsbeslUt"); a printed text means it
    read = not (rates.clean and doc.typed or rates.accents_only)
    cased = {**_mixed_case(engine, doc, text), **_function_words_in_capitals(engine, doc)} if read else {}
    bulleted = _glued_bullets(engine, doc, text) if read else {}
    special = {*merged, *(i + 1 for i in merged), *consistent, *cased, *bulleted}
    infos = doc.info
    changed = sorted(special.union(itertools.compress(range(len(choice)), choice)))
    # the words kept as they are, most of them, counted at once
    words = len(choice) - len(changed)
    unknown = len(infos) - sum(map(_KNOWN, infos)) - sum(not infos[i].known for i in changed)
    for i in changed:
        a = infos[i]
        if i in merged:
            s, e, new = merged[i]
            edits.append((s, e, fixes.keep_case(text[s:e], new), SPLIT_CONFIDENCE, fixes.SPLIT_WORD))
            words += 1
            continue
        if i - 1 in merged:
            continue
        if i in bulleted:
            edits.append((*doc.spans[i], bulleted[i], 0.9, fixes.BULLET))
            words += 1
            unknown += not engine.known(bulleted[i])
            continue
        c = a.options[choice[i]]
        words += c.word.count(" ") + 1
        if i in consistent:
            new, conf = consistent[i]
            unknown += not engine.known(new)
            if new != doc.texts[i].lower():
                edits.append((*doc.spans[i], fixes.keep_case(doc.texts[i], new), round(conf, 3), fixes.DOCUMENT))
            continue
        if choice[i] == 0:
            unknown += not a.known
            if i in cased:
                edits.append((*doc.spans[i], cased[i], 0.9, fixes.OCR_CONFUSION))
            continue
        unknown += not all(engine.known(w) for w in c.word.split())
        original = doc.texts[i]
        if _a_name_made_a_word(lex, doc, text, i, c):
            continue
        new = fixes.keep_case(original, c.word) if not _l_read(engine, original) else c.word
        inside = not doc.first[i] or i > 0 and (
            doc.texts[i - 1].islower() and _prose_wrap(text, doc.spans[i - 1][1], doc.spans[i][0])
            or _runs_on(engine, infos[i - 1].keys[choice[i - 1]][-1], text[doc.spans[i - 1][1]:doc.spans[i][0]]))
        misread_capital = not (rates.accents_only or rates.clean) and inside and original[:1].isupper() \
            and not original.isupper() and not (i and TITLE_DASH.search(text, doc.spans[i - 1][1], doc.spans[i][0])) \
            and not _after_a_mark(doc, i) and not _quoted(doc, i)
        if misread_capital and c.word[:1] != original[:1].lower() and not _proper(lex, c) and not _in_name(doc, i):
            new = c.word  # "Ovriga" inside an OCR'd sentence: the capital was the misread letter, not a name
        if _capital_i_read(lex, doc, i, c.word) or _capitals_misread(lex, doc, i, c.word):
            new = c.word.capitalize()
        if new != doc.texts[i]:
            s, e = doc.spans[i]
            edits.append((s, e, new, min(0.999, round(prob[i], 3)), c.reason))
    edits += _misread_names(engine, doc, text, rates, {i for i, k in enumerate(choice) if k} | special)
    edits.sort()
    where = _Positions(text)
    rows = []
    for s, e, new, conf, reason in edits:
        page, line = where(s)
        rows.append({"page": page, "line": line, "start": s, "end": e, "original": text[s:e], "corrected": new,
                     "confidence": conf, "reason": reason})
    fixes_ = _corrections().validate_python(rows)  # one validation pass for all: thousands in a stripped document
    corrections = [c for c in fixes_ if c.confidence >= min_confidence]
    review = [c for c in fixes_ if c.confidence < min_confidence]
    return Repair(text=apply(text, corrections), original_text=text, corrections=corrections, review=review,
                  words=words, unknown_words=unknown)


def _misread_names(engine: Engine, doc: _Doc, text: str, rates: Rates, taken: set[int]) -> list[tuple]:
    """Capitalised words in no list that stand in a person's name (beside a listed name on their line, or before a
    party mark) read as the one listed name a misreading the glyph tables know away ("Anna Fribera (S)": Friberg).
    The engine keeps capitalised unknown words as printed, so without this a surname's misread letter stays. Never in
    a clean text no OCR read, whose names are printed as they are; in an OCR'd page the estimate finds clean (a list
    of names has few small words to show its damage), only a word the OCR itself doubted ("Annika Holmeren (M)" read
    at 76); on one that only lost its å/ä/ö, only a lost å/ä/ö. Two listed names as close say nothing, and the word
    stays."""
    if rates.clean and doc.unread:
        return []
    lex, texts, spans = engine.lex, doc.texts, doc.spans
    out = []
    for i, word in enumerate(texts):
        if i in taken or not word[:1].isupper() or word.isupper() or engine.known(word) or not _named_place(lex, doc, text, i):
            continue
        if rates.clean and not (doc.confidence[i] is not None and doc.confidence[i] < DOUBT_CONFIDENCE):
            continue
        near = _names_one_misreading_away(lex, word, rates.accents_only)
        if len(near) == 1:
            out.append((*spans[i], fixes.keep_case(word, near.pop()), NAME_READ_CONFIDENCE, fixes.OCR_CONFUSION))
    return out


def _named_place(lex: Lexicon, doc: _Doc, text: str, i: int) -> bool:
    """Whether word i stands in a person's name: a capitalised listed name beside it on its line, only a space
    between, or a party mark after it."""
    s, e = doc.spans[i]
    if PARTY_MARK.match(text, e):
        return True
    texts, spans = doc.texts, doc.spans
    return any(0 <= j < len(texts) and texts[j][:1].isupper() and not texts[j].isupper() and lex.is_name(texts[j])
               and not text[min(spans[j][1], e):max(spans[j][0], s)].strip(" ")
               for j in (i - 1, i + 1))


def _names_one_misreading_away(lex: Lexicon, word: str, marks_only: bool) -> set[str]:
    """Listed names one misreading from `word`: a lost å/ä/ö ("stal": stål), or, unless `marks_only`, a glyph the
    confusion table learned ("hedenstro6m": hedenström), a plain letter it saw read as another ("fribera") or a
    misread q (glyphs.Q_READ: "Lindgvist")."""
    low = word.lower()
    found = {w for w in lex.by_fold(fold(low)) if sum(a != b for a, b in zip(w, low)) == 1
             and all(a == b or a in DIACRITIC and (b == fold(a) or b in DIACRITIC) for a, b in zip(w, low))}
    # a text loses an å/ä/ö/é or reads one for another; it gains none ("Sundås" is no misread Sundas), and "Høgfeldt",
    # "Codruța" lost no mark
    if not marks_only:
        for ocr, subs in confusions().items():
            at = word.find(ocr)
            while at >= 0:
                found |= {low[:at] + truth + low[at + len(ocr):] for truth, _ in subs}
                at = word.find(ocr, at + 1)
        letters = letter_confusions()  # learned on small letters: a capital's misreading ("Tönnberg") is not theirs
        found |= {low[:k] + truth + low[k + 1:] for k, ch in enumerate(word) for ocr, truth in letters if ocr == ch}
    near = {w for w in found if w != low and lex.is_name(w)}
    if marks_only:
        return near
    # a q-name the lexicon knows only from the web ("Kronqvist") is a name all the same: no word is spelt so
    return near | {q for m in Q_READ.finditer(low) for q in [low[:m.start()] + "q" + low[m.end():]] if lex.is_known(q)}


def _mixed_case(engine: Engine, doc: _Doc, text: str) -> dict[int, str]:
    """Words with capitals after small letters that spell a word in small letters ("jUSterare", "arvOde"), or a
    compound of words ("ordförandebeslUt"): the OCR misread their case, and they take that of their first letter.
    {index: word}. A name or a system spelt so ("McLean", "ByggR") spells no word in small letters and stays; an
    act's short name may ("SoL", "LoV"), and so may a name of capitalised parts ("PostNord")."""
    out = {}
    for m in MIXED_CASE.finditer(text):
        i = bisect.bisect_left(doc.spans, (m.start(),))
        word = m.group()
        if len(word) >= MIXED_CASE_MIN and i < len(doc.spans) and doc.spans[i] == m.span() \
                and not CAMEL_CASE.fullmatch(word) \
                and (engine.lex.flags(word) & WORD or doc.info[i].options[0].reason == fixes.COMPOUND):
            out[i] = word[0] + word[1:].lower()
    return out


def _function_words_in_capitals(engine: Engine, doc: _Doc) -> dict[int, str]:
    """Function words with two or more capitals ("OM", "OCh", "AV") right after a word with small letters and
    before another word of the same sentence ("Beslut OM arvOde", "lärare OCh elever"): the OCR misread their case,
    as it does a long word's (`_mixed_case`), in a line that is no heading in capitals, where the word before would
    be in capitals too ("BEVIS OM ANSLAG"). {index: the word in small letters}. A function word is as common as
    FUNCTION_ZIPF says, and an acronym that spells a common word ends a name, a clause or a line ("utvecklare BRA,
    och", "Lokala BRA:s"), where a function word never stands: only a space leads on to the next word; initials the
    page sets in brackets ("(PÅ)") stay where it names someone by them."""
    out = {}
    texts, spans, first, entry = doc.texts, doc.spans, doc.first, engine.lex.entry
    defined = set(_DEFINED_IN_BRACKETS.findall(doc.text)) if "(" in doc.text else set()
    for i in range(1, len(texts) - 1):
        word = texts[i]
        if first[i] or first[i + 1] or word.islower() or sum(c.isupper() for c in word) < 2 or not word.isalpha() \
                or doc.text[spans[i][1]:spans[i + 1][0]].strip() or word in defined:  # "utvecklare BRA, och"
            continue
        found = entry(word.lower())
        if texts[i - 1][1:2].islower() and found and found[0] >= FUNCTION_ZIPF and found[1] & WORD:
            out[i] = word.lower()
    return out


# initials or an acronym the page itself sets in brackets ("Per Åstrand (PÅ)"): the capitals of a word that spells
# a function word elsewhere on the page ("Beslutas att PÅ skall justera …") were printed so
_DEFINED_IN_BRACKETS = re.compile(r"\(([A-ZÅÄÖ]{2,5})\)")


def _glued_bullets(engine: Engine, doc: _Doc, text: str) -> dict[int, str]:
    """Words that a bullet read as an "o" runs into, where the word without it is listed or a compound and the
    word with it is neither ("oYttrande", "oJan"): {index: the word without it}."""
    out = {}
    for m in GLUED_BULLET.finditer(text):
        i = bisect.bisect_left(doc.spans, (m.start(),))
        if i >= len(doc.spans) or doc.spans[i][0] != m.start():
            continue
        word = doc.texts[i]
        rest = word[1:]
        compound = engine.analyse(rest.lower(), True)[0].reason == fixes.COMPOUND
        if not engine.known(word) and (engine.known(rest) or compound):
            out[i] = rest
    return out


def _prose_wrap(text: str, end: int, start: int) -> bool:
    """Whether the line break between two words only wraps a sentence: a line of prose that ends in a word in small
    letters and runs most of a column ("... stracker sig" / "Over en lang tid"), where a heading ("Sammanfattning av
    arendet", also the first line of a page after its form feed) or a table's cells end short or in gaps."""
    if text[end:start] != "\n":
        return False
    line = text[fixes._line_of(text, end, end)[0]:end]  # a page's first line begins at its form feed
    return len(line) >= WRAPPED_LINE_MIN and not CELL_START.search(line)


def _l_read(engine: Engine, token: str) -> bool:
    """Whether a token opened by a capital I is a word with a small l in its place, and no word or name as printed."""
    return token[:1] == "I" and token[1:2].islower() and not engine.known(token) \
        and engine.lex.is_word("l" + token[1:].lower())


def _capital_i_read(lex: Lexicon, doc: _Doc, i: int, word: str) -> bool:
    """Whether a token opened by a small l, repaired to a name opened by i, had a capital I there: a name's I read as
    an l ("Mohammed ldris"), the case of the letter OCR misread no evidence of the name's. Only beside a capitalised
    word on its line, as a name of two words stands."""
    return doc.texts[i][:1] == "l" and word[:1] == "i" and lex.is_name(word) and (
        i > 0 and not doc.first[i] and doc.texts[i - 1][:1].isupper()
        or i + 1 < len(doc.texts) and not doc.first[i + 1] and doc.texts[i + 1][:1].isupper())


def _capitals_misread(lex: Lexicon, doc: _Doc, i: int, word: str) -> bool:
    """Whether a word in capitals whose letters the OCR misread, not only their marks ("OMSOSG", "AFENAN": omsorg,
    arenan), stands among words in small letters (`_acronym`: "Namnden for Vard & OMSOSG ....."): the OCR read
    its small letters as capitals too, as it does beside a leader of dots, and it keeps only its first capital.
    Not a short word, an acronym's length (MIXED_CASE_MIN), nor one whose repair is no listed word."""
    token = doc.texts[i]
    return token.isupper() and len(token) >= MIXED_CASE_MIN and fold(token.lower()) != fold(word) \
        and bool(lex.flags(word) & WORD) and not lex.is_known(token) and _acronym(doc.text, *doc.spans[i])


def _runs_on(engine: Engine, before: str, gap: str) -> bool:
    """Whether a line ends in a word that no sentence ends in ("har", "med", "och": the context corpus sees them
    before a piece's end far less often than their counts predict), so the next line, short or after a blank line
    that scans' OCR sets inside sentences, goes on with the sentence."""
    return _LINE_BREAKS.fullmatch(gap) is not None and engine.lex.unigram(before) >= RUN_ON_MIN_COUNT \
        and engine.association(before, PIECE_CLOSE) <= RUN_ON_CLOSE


def _after_a_mark(doc: _Doc, i: int) -> bool:
    """Whether a word follows a capitalised token of one or two letters that opens its line: a heading's mark a scan
    misread ("§ 5 Årsredovisning 2024" read "Få Arsredovisning 2024"), after which a capital opens the title."""
    return i > 0 and doc.first[i - 1] and len(doc.texts[i - 1]) <= 2 and doc.texts[i - 1][:1].isupper() \
        and doc.text.rfind("\n", 0, doc.spans[i - 1][0]) + 1 == doc.spans[i - 1][0]


def _modernised(word: str) -> str:
    for pattern, modern in OLD_SPELLINGS:
        word = pattern.sub(modern, word)
    return word


def _old_spellings(engine: Engine, texts: list[str]) -> frozenset[str]:
    """The text's words in no list as printed that are listed words in modern spelling ("hvidare", "öfvriga",
    "aflidne", "godkändt"): where there are OLD_SPELLING_MIN of them, the document is printed in the spelling
    before 1906, and then so are its words with an "e" for a modern "ä" ("helsat", "jemte", "tjenst"), which alone
    would be no evidence: an OCR misreads a letter so too."""
    words = {t.lower() for t in texts if t.isalpha()}
    signed = {word for word in words if ("hv" in word or "f" in word or "dt" in word or word[-3:] == "rne")
              and (modern := _modernised(word)) != word and not engine.lex.is_word(word) and engine.worded_fold(modern)}
    if len(signed) < OLD_SPELLING_MIN:
        return frozenset(signed)
    return frozenset(signed | {word for word in words if "e" in word and word not in signed and not engine.lex.is_word(word)
                               and any(engine.worded_fold(form) for form in _modern_forms(word)[1:])})


def _modern_forms(word: str) -> tuple[str, ...]:
    """What modern spelling may make of an old word, folded: its OLD_SPELLINGS, and with one "e" an "ä" (folded "a")."""
    modern = _modernised(word)
    return (modern, *(modern[:k] + "a" + modern[k + 1:] for k, ch in enumerate(modern) if ch == "e"))


def _quoted(doc: _Doc, i: int) -> bool:
    """Whether a word opens a quotation or a title in quotation marks ("i »Äventyr i Norra ishavet»"), whose capital
    is the author's."""
    start = doc.spans[i][0]
    return start > 0 and doc.text[start - 1] in QUOTE_MARKS


def _a_name_made_a_word(lex: Lexicon, doc: _Doc, text: str, i: int, c: Candidate) -> bool:
    """A capitalised word in a surname's place (`_surname_place`) or a company's ("Studor AB") whose letters the
    repair would change into a word that is no name: "Hravn Forsne (M)" is no "Förste" by the edit distance alone,
    and a company's name in plain letters, "Studor AB", no "Står AB". The lists' names are read back where the glyphs
    say so, a glyph OCR read for a letter is mended ("Ordfd6érande" before a name) and lost å/ä/ö come back, on names
    as on any word."""
    word = doc.texts[i]
    if not word[:1].isupper() or word.isupper() or lex.is_name(c.word):
        return False
    if _COMPANY_AFTER.match(text, doc.spans[i][1]):  # a company's name in plain letters keeps them
        return word.isascii() and word.isalpha() and fold(word.lower()) != fold(c.word)
    return c.reason == fixes.EDIT and _surname_place(doc, text, i)  # a glyph read for a letter is mended on names too


def _surname_place(doc: _Doc, text: str, i: int) -> bool:
    """Word i stands where a surname does: a party mark after it, or a listed first name right before it on its line
    ("Hravn Forsne (M)", "Thomas Vall"); the word after a full name is often the next cell's ("Sofie Axelsson
    Paragrafer")."""
    s, e = doc.spans[i]
    if PARTY_MARK.match(text, e):
        return True
    return i > 0 and not text[doc.spans[i - 1][1]:s].strip(" ") and fold(doc.texts[i - 1]) in given_names()


# the company forms after a company's name: "Studor AB", "Ekby Bygg HB"
_COMPANY_AFTER = re.compile(r"[ \t]+(?:AB|HB|KB|Aktiebolag|Handelsbolag|Kommanditbolag)\b")


def _in_name(doc: _Doc, i: int) -> bool:
    """Whether a word stands between capitalised words on its line, inside a name of several words ("Bäckström
    Åkeri AB", "Föreningen Öppna Kartor"), where its capital is its own."""
    return 0 < i < len(doc.texts) - 1 and not doc.first[i + 1] and doc.texts[i - 1][:1].isupper() \
        and doc.texts[i + 1][:1].isupper()


def _proper(lex: Lexicon, c: Candidate) -> bool:
    """Whether a repaired word is a proper noun, whose capital is its own and no misread small letter: a listed
    name, a compound opened by a name or place ("Åsa|skolan"), or a spelling only the web has, which is a name's
    or a school's far more often than a word's ("Åbyskolan", "Ödmark")."""
    return lex.is_name(c.word) or c.named or (lex.is_known(c.word) and not lex.is_word(c.word))


@lru_cache(maxsize=1)
def _corrections() -> TypeAdapter:
    return TypeAdapter(list[Correction])


def apply(text: str, corrections: list[Correction]) -> str:
    """Apply corrections (offsets into `text`, not overlapping) to `text`."""
    parts, last = [], 0
    for c in sorted(corrections, key=lambda c: c.start):
        parts.append(text[last:c.start])
        parts.append(c.corrected)
        last = c.end
    parts.append(text[last:])
    return "".join(parts)


def fix_and_explain(text: str) -> tuple[str, list[Correction]]:
    """Repaired text and the corrections that made it, like ftfy.fix_and_explain."""
    result = repair(text)
    return result.text, result.corrections
