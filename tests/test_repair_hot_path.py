"""The repair engine's hot path is written for speed (whole lists at once, per distinct gap or token, scans that
jump to what can match); each fast piece is checked here against the plain per-token definition it replaces, on
hand-made texts and on seeded random ones built from the characters that matter."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ingest import fixes
from ingest.glyphs import ORDINAL_ONE
from ingest.lexicon import fold, load_lexicon
from ingest.repair import (CELL_START, INTACT, PLAIN, SENTENCE_BREAK, SPURIOUS, STRIPPED, TALLIES, TOKEN, _Doc,
                           _engine, _estimate, _firsts, _tokens, _unpack, _unprotected)

SEED = next((Path(__file__).parents[1] / "eval" / "seeds").glob("003_*.txt")).read_text(encoding="utf-8")


def random_texts(pieces: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def plain_firsts(text: str, spans: list[tuple[int, int]], words: list[str]) -> list[bool]:
    """Token by token: the text's first token, or a line, cell or sentence break before it, or blank space after a
    line's opening numbers."""
    out, last, numbered = [], 0, False
    for (s, e), word in zip(spans, words):
        gap = text[last:s]
        first = not out or "\n" in gap or "•" in gap or bool(SENTENCE_BREAK.search(gap) or CELL_START.search(gap)) \
            or numbered and not gap.strip()
        out.append(first)
        numbered, last = first and word.isdigit(), e
    return out


def plain_unprotected(spans, words, skip):
    """Token by token: dropped where the last protected span that starts before the token ends goes past its start."""
    kept = [(sp, w) for sp, w in zip(spans, words)
            if not any(start < sp[1] for start, _ in skip)
            or max((p for p in skip if p[0] < sp[1]))[1] <= sp[0]]
    return [sp for sp, _ in kept], [w for _, w in kept]


TEXTS = [SEED, "", "ord", "27 Övriga frågor\n2024 09 23 Byggnadsnämnden beslutar", "Mötet öppnas. Ordförande: Anna\n\n"
         "• punkt ett\f| cell    nästa <br>rad", "a&b_c 12,5 %\n\n§ 4 Val av justerare"]
RANDOM = random_texts(["a", "Bb", "12", "2024", "&", "_", "å", "é", " ", "  ", "   ", "\n", "\n\n", ". ", ",", "•", "|",
                       "\t", "\f", "<br>"], 3000, 24, 1)


@pytest.mark.parametrize("text", TEXTS + RANDOM[:20])
def test_tokens_are_the_token_pattern_with_the_gaps_between(text):
    spans, words, gaps = _tokens(text)
    assert spans == [m.span() for m in TOKEN.finditer(text)]
    assert words == TOKEN.findall(text)
    assert gaps == [text[e:s] for (_, e), (s, _) in zip(spans, spans[1:])]


def test_firsts_per_distinct_gap_are_the_token_by_token_reading():
    for text in TEXTS + RANDOM:
        spans, words, gaps = _tokens(text)
        assert _firsts(gaps, words) == plain_firsts(text, spans, words), text


def test_a_line_of_numbers_leaves_the_line_open_for_its_title():
    spans, words, gaps = _tokens("Protokoll\n2024 09 23 Byggnadsnämnden och 27 frågor")
    firsts = dict(zip(words, _firsts(gaps, words)))
    assert firsts["Byggnadsnämnden"] and firsts["23"] and not firsts["frågor"] and not firsts["och"]


def test_protected_spans_drop_the_tokens_they_hold_as_token_by_token():
    rng = random.Random(2)
    for text in TEXTS + RANDOM[:1000]:
        spans, words, _ = _tokens(text)
        skip = sorted((a, a + rng.randint(0, 8)) for a in (rng.randint(0, len(text)) for _ in range(rng.randint(1, 4))))
        assert _unprotected(spans, words, skip) == plain_unprotected(spans, words, skip), (text, skip)


def test_a_document_in_which_an_address_is_protected_keeps_the_words_around_it():
    text = "Skicka till namn.efternamn@kommun.se senast fredag"
    doc = _Doc(_engine(load_lexicon()), text, fixes.protected_spans(text), None)
    assert doc.texts == ["Skicka", "till", "senast", "fredag"]
    spans = [m.span() for m in TOKEN.finditer(text)]
    kept = [k for k, w in enumerate(TOKEN.findall(text)) if w in doc.texts]
    # the gap before "senast" is all the text since "till", the address's full stops in it
    assert doc.first == plain_firsts(text, [spans[k] for k in kept], doc.texts) == [True, False, True, False]


def test_the_estimate_counts_each_token_once_from_its_cached_tally():
    engine = _engine(load_lexicon())
    text = SEED + "\nSkanska 6ver Sk6lderud Regnéll Ö-vik för for 2017 nimnden uthindsk"
    doc = _Doc(engine, text, [], None)
    counts = dict.fromkeys(TALLIES, 0)
    # a word one letter edit from a glyph reading ("uthindsk": uthändsk, utländsk) is no evidence of the glyph's rate
    reread = doc.info[doc.texts.index("uthindsk")]
    assert any(n and c.reread and c.word == "utländsk" for n, c in zip(reread.i_marks, reread.options))
    assert _unpack(reread.tally)[TALLIES.index("misread_i")] == 0
    for word, a in zip(doc.texts, doc.info):  # the definition, token by token
        lower, unknown = word.islower(), not a.known
        known = [engine.known(c.word) and not c.reread for c in a.options]
        for name, value in (("intact", a.evidence == INTACT), ("plain", a.evidence == PLAIN),
                            ("stripped", a.evidence == STRIPPED), ("spurious", a.evidence == SPURIOUS),
                            ("words", a.letters), ("unknown", unknown), ("lower", lower),
                            ("lower_unknown", lower and unknown),
                            ("accented", lower and unknown and any(fold(c.word) == a.folds[0] for c in a.options[1:])),
                            ("misread", unknown and a.letters and any(ch.isdigit() for ch in word)
                             and any(c.reason == fixes.OCR_CONFUSION and engine.known(c.word) for c in a.options[1:])),
                            ("intact_o", ("ö" in word or "Ö" in word) and a.known),
                            ("misread_e", "ö" not in word and "Ö" not in word and ("é" in word or "É" in word)
                             and unknown and any("ö" in c.word and k for c, k in zip(a.options[1:], known[1:]))),
                            ("intact_i", "i" in word and a.known),
                            ("misread_i", unknown and any(n and k for n, k in zip(a.i_marks, known))),
                            ("intact_d", "d" in word and a.known),
                            ("misread_d", unknown and any(n and k for n, k in zip(a.d_marks, known))),
                            ("with_e", "é" in word),
                            ("misread_ea", unknown and any(n and k for n, k in zip(a.e_marks, known))
                             and not any("ö" in c.word and k for c, k in zip(a.options[1:], known[1:])))):
            counts[name] += value
    assert _unpack(sum(a.tally for a in doc.info)) == list(counts.values())
    assert counts["misread"] >= 2 and counts["intact_o"] >= 1 and counts["misread_i"] >= 1  # the text exercises them
    assert _estimate(doc) == _estimate(_Doc(engine, text, [], None))


def plain_leaders(text: str) -> list[tuple[int, int, str]]:
    """The leader scan over every letter run of every line, as it was written first."""
    if not any(run in text for run in ("eee", "rrr", "sss", "ccc", "...", "cee", "ece")):
        return []
    out = []
    for line in re.finditer(r"[^\n\f]+", text):
        end = line.start()
        for m in re.finditer(r"[a-z]+", text[:line.end()]):
            if m.start() < line.start():
                continue
            run = m.group()
            core = 0
            if m.start() >= end and set(run) <= set("ecsrnoaiumtv"):
                core = fixes._leader_core(text, m.start(), m.end()) if len(run) >= 3 else 0
            if not core:
                continue
            start, end = m.span()
            while before := fixes._SHORT_BEFORE.search(text, line.start(), start):
                start = before.start(1)
            tail_pattern = fixes._LEADER_TAIL if core == fixes._STRONG else fixes._SHORT_TAIL
            while tail := tail_pattern.match(text, end, line.end()):
                if not set(tail.group(1).lower()) <= fixes._LEADER_LETTERS:
                    break
                end = tail.end(1)
            out.extend((start + r.start(), start + r.end(), "." * (r.end() - r.start()))
                       for r in re.finditer(r"[A-Za-z]+", text[start:end]))
    return out


def test_leaders_found_from_their_runs_are_those_of_a_scan_of_every_line():
    texts = TEXTS + ["Justerare    ce ee eee cece ee 3\nMed 9 röster mot 1 eee | avstår", "Innehåll\f1 Val ...eeee 4",
                     "Rapport ceeeeeeesseee sss 12\nrrr RR AAA 7"]
    texts += random_texts(["e", "c", "s", "r", "n", "o", "x", "A", "...", ".", " ", "\n", "\f", "eee", "cece"], 3000, 30, 3)
    for text in texts:
        assert fixes.leaders(text) == plain_leaders(text), text


def test_address_search_per_word_finds_what_a_search_of_the_whole_text_finds():
    url = re.compile(fixes._URL.pattern, re.IGNORECASE)
    texts = TEXTS + ["Se www.kommun.se/protokoll och skriv till a.b@kommun.se.+c@d.se\u00a0e@f.nu", "HTTPS://X.SE<br>y"]
    texts += random_texts(["@", "http://", "HTTPS://", "www.", "a", "b.se", ".", "+", "-", " ", "\n", "\u00a0", "\u2003",
                           "x_y", "<br>", "å"], 3000, 12, 4)
    for text in texts:
        tags = [m.span() for m in re.finditer(r"<br\s*/?>", text, re.IGNORECASE)]
        assert fixes.protected_spans(text) == sorted(tags + [m.span() for m in url.finditer(text)]), text


@pytest.mark.parametrize("fast, plain, pieces", [
    (fixes._SECTION[2], r"(?<=[\w,(] )(8)(?= [1-9]\d?(?:[.,)]?[ \t]*$|\)))", ["a", "8", " ", ",", "(", "9", ")", "1", "\t", "\n", "."]),
    (fixes._SECTION[3], r"(?<![\w.,-])(88)(?= \d{1,3}(?: ?[-–,]|[ \t]*$))", ["a", "88", "8", " ", "1", "-", "–", ",", ".", "\t", "\n"]),
    (fixes._MID_I, r"(?<=[a-zåäö,] )I(?=(?: | ?\n\n?)[a-zåäö])", ["a", "å", "I", " ", ",", ".", "X", "\n"]),
    (ORDINAL_ONE, r"(?<![\w.:])[lIi](?=:[ae]\b)", ["l", "I", "i", ":", "a", "e", " ", ".", "x", "1", "\n"]),
])
def test_patterns_that_open_with_their_literal_match_as_with_the_look_behind_first(fast, plain, pieces):
    plain = re.compile(plain, fast.flags)
    for text in random_texts(pieces, 20000, 16, 5):
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_a_document_shows_its_own_d_and_e_for_a_marked_letter():
    """A font the English model reads with "d" (or "é") for "ä" shows it in the document's words, which raise the
    table's mean over fonts; a text with no such words keeps near it."""
    engine = _engine(load_lexicon())
    plain = "Nämnden beslutar att godkänna ärenden som har kommit in. Den ändrade planen diskuterades med de boende."
    d_read = plain + " Fler drenden vantas och dndrade regler galler. Plandndringen och detaljplanedndringen."
    e_read = plain + " Valnémnden beslutade att godkénna dagordningen och valnémndens protokoll."
    base = _estimate(_Doc(engine, plain, [], None))
    assert _estimate(_Doc(engine, d_read, [], None)).d_for_mark > 2 * base.d_for_mark
    assert _estimate(_Doc(engine, e_read, [], None)).e_for_mark > 2 * base.e_for_mark
