"""Round 4 of event precision on full reports (issue 9): the places of one report support each other.
Sentences and incidents written for these tests (real province and town names used generically)."""
from __future__ import annotations

import pytest

from marsad.config import load_config
from marsad.run.pipeline import Pipeline

PUB = "2023-05-10"   # a Wednesday
FILLER = "The governor ordered an inquiry. Elders met the mayor. Shops stayed shut. Roads reopened at noon. "
LEAD = ("Gunmen stormed a college in eastern Afghanistan on Tuesday, killing seven people, "
        "officials said. ")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.from_config(load_config(env={}), quotes=True, claims=False)   # the full parse geoparses the whole report


def _events(pipeline, text: str, published: str = PUB) -> list[dict]:
    return pipeline.process_record({"text": text, "published": published})["events"]


def test_a_lead_that_names_only_a_country_takes_the_place_named_later_in_the_report(pipeline):
    later = "The attackers climbed the wall of the college in Jalalabad, Nangarhar province, before dawn."
    evs = _events(pipeline, LEAD + FILLER + later)
    assert len(evs) == 1
    assert evs[0]["country"] == "Afghanistan"
    assert evs[0]["admin1"] == "Nangarhar"
    assert evs[0]["fatalities"] == 7


def test_without_a_finer_place_in_the_report_the_country_only_event_is_not_coded(pipeline):
    assert _events(pipeline, LEAD + FILLER + "Classes were suspended for a week.") == []


def test_a_sentence_that_tells_no_violence_does_not_place_the_event(pipeline):
    # where someone comes from is not where the incident happened
    later = "One of the wounded guards said his family came from Jalalabad, Nangarhar province."
    assert _events(pipeline, LEAD + FILLER + later) == []


def test_a_sentence_of_another_time_does_not_place_the_event(pipeline):
    # history told in the body: its place is that of the old incident
    later = "The attackers had struck a school in Jalalabad, Nangarhar province, in March 2019."
    assert _events(pipeline, LEAD + FILLER + later) == []


def test_a_country_level_passage_without_a_day_of_its_own_is_not_placed_by_the_report(pipeline):
    # no day in the incident's sentence: a report analysing the country, not telling an incident
    lead = "Gunmen have stormed colleges in eastern Afghanistan, killing seven people, officials said. "
    later = "The attackers climbed the wall of the college in Jalalabad, Nangarhar province, before dawn."
    assert _events(pipeline, lead + FILLER + later) == []


def test_a_short_wire_item_in_paragraphs_is_a_report_and_its_country_only_incident_is_not_coded(pipeline):
    paras = ["Rebels ambushed an army patrol in southern Afghanistan on Tuesday, an official said.",
             "A statement from the ministry gave no figure for losses.",
             "The ministry's spokesman said a patrol was sent to the district last year."]
    assert _events(pipeline, "\n\n".join(paras)) == []
    # the same three sentences as one excerpt: the incident is kept at the country
    evs = _events(pipeline, " ".join(paras))
    assert [e["country"] for e in evs] == ["Afghanistan"]


def test_suicide_bombers_who_blow_themselves_up_are_the_toll_when_no_one_else_dies(pipeline):
    from marsad.annotate import numbers
    s = "Two women wearing explosive belts approached a checkpoint but were stopped and blew themselves up."
    assert numbers.self_blast_dead(s, [(0, len(s))]) == 2
    one = "A bomber detonated his vest outside the gate."
    assert numbers.self_blast_dead(one, [(0, len(one))]) == 1
    assert numbers.self_blast_dead("Police defused a bomb.", [(0, 22)]) is None
    text = ("Two suicide bombers struck near a market in Kano, Kano state, on Tuesday, police said. " + FILLER
            + "The two bombers blew themselves up before reaching the crowd.")
    evs = [e for e in _events(pipeline, text) if e["sub_event_type"] == "Suicide bomb"]
    assert [e["fatalities"] for e in evs] == [2]


def test_overnight_is_the_publication_day():
    # the annotation rule of the full-report sets: "overnight" = the publication day
    from marsad.annotate import dates
    ds = dates.find_dates("Militants shelled the town overnight.", PUB)
    assert [d.date[:10] for d in ds] == [PUB]


def test_other_violence_of_the_report_does_not_place_the_incident(pipeline):
    # a later sentence about another kind of violence tells its own situation, not where the lead's incident was
    later = "Air strikes hit insurgent positions near Jalalabad, Nangarhar province, during the night."
    assert all(e["sub_event_type"] != "Attack" for e in _events(pipeline, LEAD + FILLER + later))
