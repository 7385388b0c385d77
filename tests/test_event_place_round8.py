"""Round 8, the event's place among a note's places (issue 9): a country that closes a written hierarchy
("in Town, Province, Country") gives way to the hierarchy's finest unit the gazetteer knows, also when the
event's own sentence comes after the one that names the hierarchy. Notes invented for these tests."""
from __future__ import annotations


def _top(pipeline, text: str) -> dict:
    evs = pipeline.process_record({"id": "t", "text": text})["events"]
    assert evs, text
    return evs[0]


def test_hierarchy_before_the_event_sentence_beats_its_trailing_country(pipeline):
    text = ("On 4 June 2023, unknown gunmen seized a shop owner in Zabid, Hodeidah, Yemen. A local group later "
            "said the man had been passing drone parts to a rival militia.")
    e = _top(pipeline, text)
    assert e["country"] == "Yemen"
    assert e["location"] != "Yemen" and e["admin1"] == "Al Hudaydah"
    assert e["geo_precision"] in (1, 2)


def test_country_only_sentence_after_a_province_hierarchy_takes_the_province(pipeline):
    text = ("On 9 May 2022, a rocket hit a fuel depot in Marib, Yemen, and started a large fire. It was one "
            "of two launches aimed at Yemen that night, a district official said.")
    e = _top(pipeline, text)
    assert e["country"] == "Yemen"
    assert e["location"] != "Yemen" and e["admin1"] == "Marib"


def test_a_lone_country_still_places_an_event_with_no_finer_place(pipeline):
    text = "On 2 March 2021, an armed drone struck a convoy somewhere in Yemen, killing 4 fighters."
    e = _top(pipeline, text)
    assert e["country"] == "Yemen" and e["location"] == "Yemen" and e["geo_precision"] == 3
