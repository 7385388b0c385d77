"""Quotes, round 10 (issue 10): reported speech the parser hung in unusual places - a trailing as-clause, a
title in quotation marks inside the speaker's own phrase, a quotation that closes a sentence before a cue with a
clause of its own, and a cue conjoined by "and" after another verb. All texts are written for these tests
(fictional people, bodies and towns)."""
from __future__ import annotations

from quote_helpers import quotes_of as _quotes


def _pairs(text):
    text, qs = _quotes(text)
    return [(q.speaker, text[q.start:q.end]) for q in qs]


def test_a_trailing_as_clause_attributes_the_clause_it_is_set_off_from():
    assert _pairs("The ferry service will stop in winter, as the port director Tomas Brenner noted.") == [
        ("Tomas Brenner", "The ferry service will stop in winter")]


def test_a_title_in_quotation_marks_inside_the_speakers_phrase_is_not_the_content():
    pairs = _pairs('Mira Osei, the author of "Salt Roads," said the archive had been neglected.')
    assert pairs == [("Mira Osei", "the archive had been neglected")]


def test_a_quotation_closing_its_own_sentence_is_not_the_next_cues_words():
    pairs = _pairs('"We will not give up." Mira Osei said she would appeal the ruling.')
    assert ("Mira Osei", "she would appeal the ruling") in pairs
    assert all(content != '"We will not give up."' for _, content in pairs)


def test_a_cue_joined_by_and_to_an_earlier_verb_keeps_its_reported_clause():
    pairs = _pairs("Several members walked out and said the vote had been rigged.")
    assert [content for _, content in pairs] == ["the vote had been rigged"]


def test_a_name_with_an_age_apposition_before_the_cue_speaks():
    assert _pairs("Ada Lindqvist, 44, said that the clinic would reopen in May.") == [
        ("Ada Lindqvist", "that the clinic would reopen in May")]
