"""The dictionary recipe's corpus rules (dictionaries/build.py), on small made-up inputs."""
from __future__ import annotations

import lzma

import pytest

from dictionaries import build
from ingest.lexicon import BEGIN, END, FOREIGN, NAME, WORD


def corpus(paragraphs):
    return build.CorpusWords(paragraphs, known=lambda w: True)


def doc_lines(text: str, docs: int = 5):
    return [(f"# ipq-200102--{i:04d}", text) for i in range(docs)]


def test_held_out_sessions_are_never_read(tmp_path):
    path = tmp_path / "ipq.txt.xz"
    with lzma.open(path, "wt", encoding="utf-8") as f:
        f.write("# ipq-201617--0001\nträning ett\nSVERIGES RIKSDAG\n\n# ipq-201718--0001\nprövning två\n\n"
                "# ipq-19992000--0002\nkrigsma- terielexport och arbets- och expertgrupper\n")
    got = [t for _, t in build.riksdag_train(path)]
    assert got == ["träning ett", "krigsmaterielexport och arbets- och expertgrupper"]


def test_a_frequent_corpus_word_is_added_and_a_stripped_one_is_not():
    words = corpus(doc_lines("Delåret och delåret, ungefär som ungefär, ungefar och ungefar. Om myndighetsstyrning, "
                             "enligt prop. och bl. a."))
    flags = {w: WORD for w in ("och", "som", "om", "enligt", "ungefär")} | {"bl": FOREIGN}
    added = build.corpus_additions(words, flags, {"ungefär": 5.0})
    # "ungefar" is a stripped "ungefär", "prop" an abbreviation, "bl" and "a" too short
    assert added == {"delåret": WORD, "myndighetsstyrning": WORD}


def test_capitalised_corpus_words_are_names_and_compound_parts_stay_parts():
    words = corpus(doc_lines("Ordföranden Kakabaveh talade om hälso- och sjukvård och om hälso sjukvården."))
    added = build.corpus_additions(words, {"hälso": BEGIN, "och": WORD, "om": WORD}, {})
    assert added["kakabaveh"] == NAME
    assert "hälso" not in added  # hunspell's compound-only form: its standalone use is an elision


def test_the_stripped_share_is_taken_off_plain_spellings():
    freq = {"för": 0.02, "for": 0.0001, "vara": 0.002, "våra": 0.0004}
    out = build.unstripped(freq, {"för": WORD, "for": WORD, "vara": WORD, "våra": WORD})
    assert out["for"] == pytest.approx(0.00001)  # a tenth left: 1 % of "för" is more than "for" itself
    assert out["vara"] == pytest.approx(0.002 - 0.000004)


def test_compound_parts_need_several_corpus_compounds():
    words = corpus(doc_lines("fiberbolag fibernätet fiberkabel fiberdag bredbandsfiber"))
    parts = build.compound_support(words, {"fiber": WORD}, {"bolag": END, "nätet": END, "kabel": END, "bredbands": BEGIN})
    assert parts == {"fiber": BEGIN}  # three compounds open with it, one closes with it


def test_person_names_are_split_into_capitalised_parts(tmp_path):
    path = tmp_path / "names.txt"
    path.write_text("Adolf von Möller\nAnn-Britt Åsebol\nAgda Östlund.\nJohan Eriksson d.y.\n", encoding="utf-8")
    assert build.person_names(path) == ["Adolf", "Agda", "Ann", "Britt", "Eriksson", "Johan", "Möller", "Åsebol", "Östlund"]


def test_a_rare_one_letter_variant_of_a_frequent_word_is_a_misspelling():
    words = corpus(doc_lines("statsrådet " * 100 + "statrådet delåret delar"))
    assert build.misspellings(words, ["statrådet", "delåret"]) == {"statrådet"}


def test_listed_names_get_the_prior_of_an_unlisted_name_unless_they_are_a_stripped_spelling():
    flags = {"länder": WORD, "lander": NAME, "hjelmström": NAME, "andersson": NAME}
    floor = build.name_floor(["lander", "hjelmström", "andersson"], flags, {"andersson": 4.5})
    assert floor == {"hjelmström": build.NAME_LIKE_ZIPF}


def test_name_affixes_count_how_listed_names_begin_and_end():
    import marisa_trie

    from ingest.lexicon import NAME_PREFIX, NAME_SUFFIX, RECORD_FORMAT

    words = marisa_trie.RecordTrie(RECORD_FORMAT, [("högberg", (30, NAME)), ("högström", (30, NAME)),
                                                   ("höglund", (30, NAME)), ("höger", (50, WORD))])
    counts = build.name_affixes(words)
    assert counts[NAME_PREFIX + "hög"] == 3  # the word "höger" is no name
    assert counts[NAME_SUFFIX + "berg"] == 0  # one name is no evidence (MIN_NAME_AFFIX_COUNT)


def test_compound_parts_count_the_words_a_fold_sibling_closes():
    import marisa_trie

    from ingest.lexicon import COMPOUND_PART, RECORD_FORMAT

    words = marisa_trie.RecordTrie(RECORD_FORMAT, [
        ("kassa", (40, WORD | BEGIN)), ("trafik", (40, WORD | BEGIN)), ("flöden", (34, WORD | END)),
        ("floden", (43, WORD | END)), ("bil", (50, WORD | END)), ("kassaflöden", (13, WORD)),
        ("stormfloden", (0, WORD)), ("trafikbil", (10, WORD))])
    folds = marisa_trie.BytesTrie([("floden", "flöden".encode()), ("floden", b"floden"), ("bil", b"bil")])
    counts = build.compound_parts_used(["trafikflöden", "kassaflöden", "<s>"], words, folds)
    # each word once, corpus or listed ("kassaflöden" is both); a listed word no text counts is no evidence
    assert counts[COMPOUND_PART + "flöden"] == 2
    assert counts[COMPOUND_PART + "floden"] == 0
    assert COMPOUND_PART + "bil" not in counts  # a word no sibling shares its fold with needs no count
