"""CI gate for `marsad clean`: main-text quality on pages written for this test (tests/fixtures/clean/),
scored with the same metric code as bench/bench_clean.py (marsad.analyze.score_text)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.analyze.score_text import page_prf, score_records
from marsad.ingest.clean import clean_item, clean_record
from marsad.model import RawItem

FIX = Path(__file__).resolve().parent / "fixtures" / "clean"
PAGES = sorted(p.stem for p in FIX.glob("*.html"))

# Quality floors. The dev-set figure (bench/bench_clean.py) is higher; these catch regressions.
CORPUS_F1_FLOOR = 0.97
PAGE_F1_FLOOR = 0.90
TITLE_FLOOR = 1.0
LANGUAGE_FLOOR = 1.0
PUBLISHED_FLOOR = 0.8


def _expected(stem: str) -> dict:
    return json.loads((FIX / f"{stem}.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cleaned() -> dict[str, dict]:
    """Every fixture page through the batch contract's function, as `marsad clean` does."""
    return {stem: clean_record({"id": stem, "html": (FIX / f"{stem}.html").read_text(encoding="utf-8")})
            for stem in PAGES}


def test_there_are_enough_fixture_pages():
    assert len(PAGES) >= 6
    for stem in PAGES:
        assert (FIX / f"{stem}.expected.json").is_file(), stem


def test_corpus_quality_floor(cleaned):
    gold = {stem: _expected(stem) for stem in PAGES}
    r = score_records(gold, cleaned)
    assert r["pages"] == len(PAGES)
    assert r["f1"] >= CORPUS_F1_FLOOR, r
    assert r["title_match"] >= TITLE_FLOOR, r
    assert r["language_match"] >= LANGUAGE_FLOOR, r
    assert r["published_match"] >= PUBLISHED_FLOOR, r


@pytest.mark.parametrize("stem", PAGES)
def test_page_quality_floor(cleaned, stem):
    p, r, f = page_prf(_expected(stem)["text"], cleaned[stem]["text"])
    assert f >= PAGE_F1_FLOOR, (stem, p, r, cleaned[stem]["text"])


def test_boilerplate_and_hidden_text_are_left_out(cleaned):
    text = cleaned["news-sidebar"]["text"]
    for junk in ("Most read", "cookies", "All rights reserved", "Subscribe", "Share on social media"):
        assert junk not in text
    hidden = cleaned["hidden-table"]["text"]
    assert "newsletter" not in hidden            # display:none
    assert "Internal note" not in hidden         # hidden attribute
    assert "April bulletin" not in hidden        # aria-hidden
    assert "Stonebridge" in hidden and "5,150" in hidden   # the table's cells stay
    assert "|" not in hidden


def test_comments_are_not_main_text(cleaned):
    text = cleaned["blog-comments"]["text"]
    assert "How can volunteers help" not in text and "First!" not in text
    assert "A lockable cupboard for the exam papers" in text   # the list inside the post stays


def test_text_split_across_containers_is_kept_whole(cleaned):
    text = cleaned["split-body"]["text"]
    assert text.startswith("A fire burned for most of Sunday")
    assert text.rstrip().endswith("civilian infrastructure in the province.")
    assert "Advertisement" not in text and "More stories" not in text


def test_bytes_with_xml_declaration_and_declared_language():
    doc = clean_item(RawItem(locator="french-report.html", kind="html",
                             body=(FIX / "french-report.html").read_bytes(), is_html=True))
    assert doc.language == "fr"
    assert doc.title == "Attaque contre un convoi de ravitaillement près de Morvel"
    assert doc.published == "2020-08-21"
    assert not doc.text.startswith("Attaque contre un convoi")   # the headline is the title, not the text


def test_readability_preference_also_meets_the_floor():
    from marsad.ingest.clean import clean_html

    gold = {stem: _expected(stem) for stem in PAGES}
    pred = {stem: {"text": clean_html((FIX / f"{stem}.html").read_text(encoding="utf-8"), prefer="readability").text}
            for stem in PAGES}
    assert score_records(gold, pred)["f1"] >= CORPUS_F1_FLOOR
    from marsad.errors import UsageError

    with pytest.raises(UsageError):
        clean_html("<p>x</p>", prefer="newspaper")
