"""Issue 10 item 4, speed: the full parse's annotation is unchanged by marsad's faster attribute ruler and
cached lemmatizer, and the screen selects only the sentences that quotes, claims and figures need."""
from __future__ import annotations

import pytest

from marsad.annotate import nlp

TEXT = ("The governors met on Tuesday and argued for hours. Ferries were running late because the harbour "
        "froze. Leaders said they were worried about the cost. She wasn't sure the bridges would hold, "
        "writing that the rivers had risen. The children's books, the cats and the geese were counted twice.")


def _sig(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def plain():
    import spacy
    full = nlp.load_full()           # registers the paragraph component
    p = spacy.load(nlp.DEFAULT_MODEL)
    p.add_pipe("marsad_paragraphs", before="parser")
    assert full.pipe_names == p.pipe_names
    return p


def test_fast_ruler_and_cached_lemmas_give_spacys_annotation(plain):
    full = nlp.load_full()
    for _ in range(2):                # the second pass answers from the lemma cache
        assert _sig(full(TEXT)) == _sig(plain(TEXT))
    lemmas = {t.text: t.lemma_ for t in full(TEXT)}
    assert lemmas["geese"] == "goose" and lemmas["froze"] == "freeze" and lemmas["argued"] == "argue"


def test_lemma_index_is_a_set_with_the_same_members():
    lem = nlp.load_full().get_pipe("lemmatizer")
    table = lem.lookups.get_table("lemma_index")
    assert all(isinstance(table[k], frozenset) and table[k] for k in table.keys())
