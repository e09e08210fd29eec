"""Each normalisation rule on the artefacts real PDFs and OCR produce, with exact expected strings."""
from pathlib import Path

import pytest

from ingest.models import Extraction, OcrWord, Page
from ingest.normalize import normalize, normalize_text

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
