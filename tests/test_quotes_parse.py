"""The full parse only where it is needed (issue 10, item 4): one Doc of the whole text, document offsets,
full annotation on the sentences the screen selects, tokens only elsewhere."""
from __future__ import annotations

import pytest

from marsad.annotate import nlp
from marsad.annotate.quotes import extract_quotes

TEXT = ("The river was calm at dawn. Fishermen rowed out early.\n\n"
        "Mayor Lena Varga said the bridge at Tarvik would reopen in 12 days. Birds circled above the water. "
        "The ferry stopped because the engine failed.\n\nNobody noticed the fog.")


def test_screen_selects_quotes_cues_causes_and_numbers():
    assert nlp.needs_parse('"We stay," he insisted.')
    assert nlp.needs_parse("The council confirmed the closure.")
    assert nlp.needs_parse("The road closed because of snow.")
    assert nlp.needs_parse("Roughly 40 families live there.")
    assert not nlp.needs_parse("The river was calm at dawn.")
    assert not nlp.needs_parse("Birds circled above the water.")


def test_sentence_spans_tile_the_text_and_keep_abbreviations():
    t = "Mr. Dorn met Dr. Ilse Kam in the U.S. capital. They spoke.  later text went on.\nA new line."
    spans = nlp.sentence_spans(t)
    assert spans[0][0] == 0 and spans[-1][1] == len(t)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert t[spans[0][0]:spans[0][1]].startswith("Mr. Dorn met Dr. Ilse Kam in the U.S. capital.")
    assert len(spans) == 4


@pytest.fixture
def selective_everywhere(monkeypatch):
    monkeypatch.setattr(nlp, "SHORT_TEXT", 0)     # the test texts are short: select in them too


def test_parse_is_one_doc_with_document_offsets(selective_everywhere):
    doc = nlp.parse(TEXT)
    assert doc.text == TEXT
    ranges = doc.user_data["marsad_parsed"]
    assert ranges and all(0 <= a < b <= len(TEXT) for a, b in ranges)
    said = next(t for t in doc if t.text == "said")
    assert TEXT[said.idx:said.idx + 4] == "said" and said.lemma_ == "say" and said.pos_ == "VERB"
    assert any(e.text == "Lena Varga" and e.label_ == "PERSON" for e in doc.ents)
    # the last paragraph carries no cue: tokens only, one placeholder sentence
    nobody = next(t for t in doc if t.text == "Nobody")
    assert not any(a <= nobody.idx < b for a, b in ranges)
    assert nobody.pos_ == "" and nobody.dep_ == "ROOT" and nobody.is_sent_start
    assert nobody.sent.text.strip() == "Nobody noticed the fog."
    # every sentence of the text is one sentence of the doc
    assert [s.text.strip() for s in doc.sents][-1] == "Nobody noticed the fog."


def test_quotes_from_the_selective_parse_equal_the_full_parse(selective_everywhere):
    sel = extract_quotes(TEXT, doc=nlp.parse(TEXT))
    full = extract_quotes(TEXT, doc=nlp.parse(TEXT, selective=False))
    assert sel == full
    assert [q.speaker for q in sel] == ["Lena Varga"]
    assert TEXT[sel[0].start:sel[0].end].startswith("the bridge at Tarvik would reopen")


def test_parse_of_an_empty_or_uncued_text(selective_everywhere):
    assert nlp.parse("").text == ""
    doc = nlp.parse("Birds circled above the water. The sky was grey.")
    assert doc.user_data["marsad_parsed"] == ()
    assert len(list(doc.sents)) == 2 and not doc.ents


def test_a_short_text_is_parsed_whole():
    text = "Birds circled above the water. The sky was grey."
    assert len(text) <= nlp.SHORT_TEXT
    doc = nlp.parse(text)
    assert doc.user_data["marsad_parsed"] == ((0, len(text)),) and doc[0].pos_


def test_indexed_attribute_ruler_finds_the_matchers_matches():
    """The attribute ruler's patterns, found through per-document indexes, give exactly the Matcher's matches."""
    full = nlp.load_full()
    ruler = full.get_pipe("attribute_ruler")
    text = ("Y'all gonna see it. Let's go, c'mon! There is a cat on the roof. He ain't here and we gotta run. "
            "Nothin' doin', said the old man, who did not know what it was. Those were the days.\n\n  Next.")
    with full.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = full(text)
    fast = [(a, s, e) for a, _k, s, e in ruler.match(doc)]
    slow = sorted((int(full.vocab.strings[m]), s, e) for m, s, e in ruler.matcher(doc, allow_missing=True))
    assert fast and fast == slow
