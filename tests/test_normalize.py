"""Each normalisation rule on the artefacts real PDFs and OCR produce, with exact expected strings."""
from pathlib import Path

import pytest

from ingest.models import Extraction, OcrWord, Page
from ingest.markdown import plain_text
from ingest.normalize import explain, explain_text, newlines, normalize, normalize_text, trailing_whitespace

SEED_000 = Path(__file__).resolve().parent.parent / "eval" / "seeds" / "000_a073afec584fb315.txt"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # line-end hyphenation: the second half moves up, the rest of its line stays below
        ("en för-\nstudie som genomfördes", "en förstudie\nsom genomfördes"),
        ("kommunicera-\nde.\nNästa rad", "kommunicerade.\nNästa rad"),
        # suspended compounds keep hyphen and line break
        ("fjärr- och distansundervisning", "fjärr- och distansundervisning"),
        ("Skol-\noch fritidsförvaltningen", "Skol-\noch fritidsförvaltningen"),
        ("grund-\neller gymnasieskola", "grund-\neller gymnasieskola"),
        ("för-\nrespektive efterarbete", "för-\nrespektive efterarbete"),
        ("skol- resp. fritidsnämnd", "skol- resp. fritidsnämnd"),
        # a hyphen after a capital, a digit or a lone letter is part of the word
        ("kring VP-\nuppdragen i", "kring VP-uppdragen\ni"),
        ("via e-\npost", "via e-post"),
        ("2018-\n2019", "2018-\n2019"),
        ("Region-\nSkåne", "Region-\nSkåne"),
        ("text -\nnästa", "text -\nnästa"),
    ],
)
def test_hyphenation(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\uf0b7\tUtgångspunkten är", "• Utgångspunkten är"),
        ("  \uf0a7 Varianter", "  • Varianter"),
        ("\uf0d8 Pil", "• Pil"),
        ("\uf0fc Klart", "• Klart"),
        ("\uf076 Ruta", "• Ruta"),
        ("\uf06e Ruta", "• Ruta"),
        ("\uf0e0 Symbol som inleder raden", "• Symbol som inleder raden"),
        ("•\t\tTab efter punkt", "• Tab efter punkt"),
        ("(cid:127) att bevilja bygglov", "• att bevilja bygglov"),  # a glyph without a character, as pdfminer writes it
        ("enligt (cid:127) mitt i raden", "enligt (cid:127) mitt i raden"),
    ],
)
def test_word_bullets(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ﬁnansiering, ﬂöde, eﬀekt, eﬃktiv, ﬄ", "finansiering, flöde, effekt, effiktiv, ffl"),
        ("Tra\u0308dga\u030arden", "Trädgården"),  # decomposed (combining) diacritics → composed
        ("kl.\u00a08.30\u202f–\u200910", "kl. 8.30 – 10"),
        ("ord\u200bmed\ufeffosynligt", "ordmedosynligt"),
        ("sam\u00adverkan", "samverkan"),
        ("VP\u2011uppdrag, e\u2010post", "VP-uppdrag, e-post"),
        ("upp\u2010\nföljning", "uppföljning"),
        ("sam\u00ad\nverkan och", "samverkan\noch"),
        ("Rad ett  \r\nRad två\t\r\n", "Rad ett\nRad två"),
        ("\n\nRubrik\n\n\n\n\nText\n \n\t\nMer\n\n", "Rubrik\n\nText\n\nMer"),
    ],
)
def test_character_and_line_fixes(raw, expected):
    assert normalize_text(raw) == expected


def test_seed_000_bullets_and_lines():
    text = normalize_text(SEED_000.read_text(encoding="utf-8"))
    assert "\uf0b7" not in text
    assert "• Utgångspunkten är att undervisning ska bedrivas under lärarens ledning" in text.split("\n")
    assert "\n\n\n" not in text
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert "2. Tillägg i skollagen avseende fjärr- och distansundervisning" in text


def test_normalize_keeps_pages_and_cleans_words():
    extraction = Extraction(
        kind="pdf-mixed",
        pages=[
            Page(number=1, text="för-\nstudie \uf0b7 a", method="text"),
            Page(
                number=2,
                text="ﬁnns\n\n\n\nkvar ",
                method="ocr",
                words=[OcrWord(text="ﬁnns", confidence=91.5), OcrWord(text="kvar", confidence=40.0)],
                rotation=180,
            ),
        ],
        ocr_engine="tesseract 5",
        ocr_language="swe",
    )
    result = normalize(extraction)
    assert [p.text for p in result.pages] == ["förstudie\n• a", "finns\n\nkvar"]
    assert [(w.text, w.confidence) for w in result.pages[1].words] == [("finns", 91.5), ("kvar", 40.0)]
    assert result.pages[1].rotation == 180
    assert (result.kind, result.ocr_engine, result.ocr_language) == ("pdf-mixed", "tesseract 5", "swe")
    assert extraction.pages[0].text == "för-\nstudie \uf0b7 a"  # input untouched: a pure function


def test_idempotent_on_seed():
    once = normalize_text(SEED_000.read_text(encoding="utf-8"))
    assert normalize_text(once) == once


def _undone(text: str, changes) -> str:
    for change in reversed(changes):
        text = text[:change.start] + change.extracted + text[change.end:]
    return text


ROOT = SEED_000.parent.parent.parent


@pytest.mark.parametrize("path", [SEED_000, SEED_000.with_name("003_062adbd7478ffd8d.txt"),
                                  ROOT / "samples" / "ledningsgrupp-2021-08-17-old-ocr.txt",
                                  *sorted((ROOT / "eval" / "minutes" / "docs").glob("kungsbacka-*/source.md"))[:2]])
def test_the_trail_gives_back_the_text_as_extracted(path):
    raw = path.read_text(encoding="utf-8")
    markup = path.suffix == ".md"
    normalized, changes = explain_text(raw, markup)
    assert normalized == normalize_text(plain_text(raw) if markup else raw)
    assert all(normalized[c.start:c.end] == c.normalized != c.extracted and c.fixes for c in changes)
    assert [c.start for c in changes] == sorted(c.start for c in changes)
    assert _undone(normalized, changes) == trailing_whitespace(newlines(raw)).strip("\n")


def test_the_trail_names_the_fix_and_holds_whole_words():
    assert any(c.fixes == ["private_use_bullets"] for c in explain_text(SEED_000.read_text(encoding="utf-8"))[1])
    normalized, changes = explain_text("en för-\nstudie som\n\uf0b7\tpunkt med ﬁnans\n\n\n\nslut\n")
    assert normalized == "en förstudie\nsom\n• punkt med finans\n\nslut"
    assert [(c.extracted, c.normalized, c.fixes) for c in changes] == [
        ("för-\nstudie", "förstudie", ["hyphenation"]),
        (" ", "\n", ["hyphenation"]),
        ("\uf0b7\tpunkt", "• punkt", ["private_use_bullets"]),
        ("ﬁnans", "finans", ["ligatures"]),
        ("\n\n", "", ["blank_lines"]),
    ]
    assert [c.line for c in changes][:4] == [1, 1, 3, 3]


def test_line_ends_spaces_before_them_and_breaks_at_the_edges_are_not_changes_in_the_trail():
    assert explain_text("\r\nrad ett  \r\nrad två\r\n") == ("rad ett\nrad två", [])


def test_explain_offsets_are_into_the_pages_joined_by_form_feeds():
    extraction = Extraction(kind="text", pages=[Page(number=1, text="ett för-\nslag\n", method="text"),
                                                Page(number=2, text="två för-\nslag\n", method="text")])
    normalized, changes = explain(extraction)
    joined = "\f".join(page.text for page in normalized.pages)
    assert normalized == normalize(extraction)
    assert [(c.page, joined[c.start:c.end]) for c in changes] == [(1, "förslag"), (2, "förslag")]


def test_utf8_once_read_as_cp1252_is_mended_and_the_trail_names_it():
    """Text saved as UTF-8 and read back as cp1252 or Latin-1 ("MÃ¶tet Ã¶ppnas"): each two-character pair is the
    letter it encoded, before the repair sees the words; the trail names the fix."""
    raw = "Â§ 1 MÃ¶tet Ã¶ppnas\nÃ…rsmÃ¶tet beslutade att faststÃ¤lla dagordningen. Ã–vriga frÃ¥gor: Ângela."
    normalized, changes = explain_text(raw)
    assert normalized == "§ 1 Mötet öppnas\nÅrsmötet beslutade att fastställa dagordningen. Övriga frågor: Ângela."
    assert {fix for c in changes for fix in c.fixes} == {"mojibake"}


def test_a_word_bullet_saved_as_a_web_page_is_a_bullet():
    """Region Gotland's minutes of 2003 as its web pages print them: "  • · Kommunstyrelsens sammanträdesdagar …", the
    list's bullet and Word's Symbol bullet written as a middle dot. The decision had kept the dot as its first word."""
    normalized, changes = explain_text("Kommunstyrelsens beslut\n  • · Sammanträdesdagarna fastställs.\n· Två\na · b\n")
    assert normalized == "Kommunstyrelsens beslut\n  • Sammanträdesdagarna fastställs.\n• Två\na · b"
    assert {fix for c in changes for fix in c.fixes} == {"private_use_bullets"}


def test_a_hyphen_an_ocr_read_as_a_dash_joins_the_word():
    """Old OCR of the 1890s reads the hyphen at a line end as a dash ("medlem—" / "mar"): glued to the word before a
    line that goes on in small letters it breaks the word as a hyphen does; a dash between names stays."""
    text = "Närvarande: af förvaltningsutskottets medlem—\nmar: Ordföranden J. Cruse—\nbjörn och J. Cowan—Nyberg."
    expected = "Närvarande: af förvaltningsutskottets medlemmar:\nOrdföranden J. Crusebjörn\noch J. Cowan—Nyberg."
    assert normalize_text(text) == expected


def test_a_paragraph_heading_run_onto_the_sentence_before_goes_back_to_its_own_line():
    """A section board's minutes copied from its web page: "att fastställa dagordningen.§ 5 Första och andra suppleant
    i styrelsen", the block break lost. The heading goes to a line of its own, and the trail names the fix; "§" after
    a space or a number stays where it is ("enligt 6 kap. 36 § kommunallagen. § 5 …" is no heading run on)."""
    normalized, changes = explain_text("Beslut\natt fastställa dagordningen.§ 5 Första och andra suppleant i styrelsen\n")
    assert normalized == "Beslut\natt fastställa dagordningen.\n§ 5 Första och andra suppleant i styrelsen"
    assert {fix for c in changes for fix in c.fixes} == {"glued_paragraphs"}
    assert normalize_text("enligt 36 § kommunallagen. § 5 Budget") == "enligt 36 § kommunallagen. § 5 Budget"
