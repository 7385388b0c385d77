"""A long run does not grow the spaCy vocabulary (issue 13: workers' memory flat over 100k reports).

After ``pipeline.ZONE_AFTER`` documents, each extraction runs inside spaCy's memory zone: the strings and
lexemes a document adds are forgotten when it is done, and the extraction is the same as without the zone.
The texts are written for this test; their invented names and numbers are words no vocabulary holds yet.
"""
from __future__ import annotations

import contextlib
import random

import pytest

from marsad import model
from marsad.annotate import nlp as nlp_mod
from marsad.config import Config
from marsad.run import pipeline as pipeline_mod
from marsad.run.pipeline import Pipeline


def _report(i: int) -> model.CleanDocument:
    rnd = random.Random(i)
    name = "".join(rnd.choice("bdgklmnrstvz") + rnd.choice("aeiou") for _ in range(4)).capitalize()
    n = rnd.randint(2, 9)
    text = (f"Gunmen attacked a checkpoint near {name}vile on Tuesday, killing {n} police officers, a local "
            f"official said. \"The attackers fled toward the hills around {name}vile,\" said Colonel "
            f"{name}son Qarw{i}, who added that patrols had been reinforced because of the threat.")
    return model.CleanDocument(id=model.text_hash(text), text=text, published="2021-03-10")


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.from_config(Config())


def test_extractions_inside_the_zone_leave_the_vocabulary_as_it_was(pipe, monkeypatch):
    pipe.extract_document(_report(0))          # load every component outside the zone
    monkeypatch.setattr(pipeline_mod, "ZONE_AFTER", 0)
    full = nlp_mod.load_full(pipe.cfg.spacy_model)
    before = len(full.vocab.strings)
    outs = [pipe.extract_document(_report(i)) for i in range(1, 6)]
    assert len(full.vocab.strings) == before   # the invented names and numbers were forgotten
    assert all(o.events for o in outs)          # and the extractions are real ones


def test_the_zone_changes_no_extraction(pipe, monkeypatch):
    pipe.extract_document(_report(0))
    monkeypatch.setattr(pipeline_mod, "ZONE_AFTER", 0)
    zoned = [pipe.extract_document(_report(i)) for i in range(10, 14)]
    monkeypatch.setattr(nlp_mod, "memory_zone", contextlib.nullcontext)
    plain = [pipe.extract_document(_report(i)) for i in range(10, 14)]
    assert zoned == plain
    assert any(q.speaker for o in zoned for q in o.quotes)   # quotes (spaCy's parse) came out of the zone too


def test_without_the_zone_new_words_stay(pipe, monkeypatch):
    """The phenomenon the zone is for: outside it every new word is kept for the life of the process."""
    pipe.extract_document(_report(0))
    monkeypatch.setattr(nlp_mod, "memory_zone", contextlib.nullcontext)
    full = nlp_mod.load_full(pipe.cfg.spacy_model)
    before = len(full.vocab.strings)
    pipe.extract_document(_report(99))
    assert len(full.vocab.strings) > before
