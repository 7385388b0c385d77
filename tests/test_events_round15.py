"""Round 15 of events on full reports: a later sentence that only tells more of the incident just told ("The
fighting raged 20 km north of <the city>", "The attack took place in the state capital") is one of that event's
sentences, so the place it names places the event; a lead that joins two incidents by ", while" gives each clause
its own toll and day, and the clause the body tells again in full is that body's event. Reports written for these
tests (real place names used generically; the incidents are invented)."""
from __future__ import annotations

from event_helpers import BODY, events_of

from marsad.extract import events as ev

PUB = "2024-03-14"   # a Thursday


def _events(pipeline, text: str) -> list[tuple]:
    return events_of(pipeline, text, PUB)


def _places(pipeline, text: str) -> list[tuple]:
    out = pipeline.process_record({"text": text, "published": PUB})["events"]
    return [(e["sub_event_type"], e["location"], e["admin1"], e["geo_precision"]) for e in out]


# ---- a sentence that tells more of the incident belongs to it ------------------------------------------------

KM_OF_CITY = (
    "ADEN, Yemen (Wire) - Government troops and Houthi fighters clashed in Taiz province on Tuesday, killing nine "
    "fighters, a military official said.\n\n"
    "The fighting raged 20 km north of the city of Taiz, the official said.\n\n" + BODY)


def test_a_sentence_that_tells_where_the_fighting_was_is_the_events(pipeline):
    # the lead names only the province; the next sentence, with no incident or toll of its own, places it near the city
    assert _places(pipeline, KM_OF_CITY) == [("Armed clash", "Taiz", "Taizz", 2)]
    assert _events(pipeline, KM_OF_CITY) == [("Armed clash", "2024-03-12", 9)]


def test_the_sentence_is_among_the_candidates_sentences():
    c = ev.detect(KM_OF_CITY, PUB)[0]
    assert any(KM_OF_CITY[a:b].startswith("The fighting raged") for a, b in c.sentences)


LATER_IN_CAPITAL = (
    "KANO, Nigeria (Wire) - Gunmen killed eight villagers in Katsina state on Tuesday, police said.\n\n"
    "On Wednesday, militants ambushed a police patrol, killing five officers, a police spokesman said.\n\n"
    "The attack took place in the state capital, he said.\n\n" + BODY)


def test_a_later_incident_placed_in_the_state_capital_keeps_that_place(pipeline):
    # the geocoder resolves "the state capital" (after "Katsina state") to the seat town: the later incident is
    # placed there, not at the place of the report's first incident
    assert _places(pipeline, LATER_IN_CAPITAL) == [("Attack", "Katsina", "Katsina", 3),
                                                   ("Armed clash", "Katsina", "Katsina", 1)]


def test_near_the_state_capital_is_near_the_seat(pipeline):
    text = LATER_IN_CAPITAL.replace("The attack took place in the state capital", "The ambush happened near the state capital")
    assert _places(pipeline, text) == [("Attack", "Katsina", "Katsina", 3), ("Armed clash", "Katsina", "Katsina", 2)]


def test_the_fighting_after_a_bombing_tells_no_more_of_the_bombing(pipeline):
    # a battle noun points back to a battle only: after a car bomb, "the fighting" is no detail of it
    text = ("KANO, Nigeria (Wire) - A car bomb killed nine people at a market in Kano on Tuesday, police said.\n\n"
            "The fighting raged 20 km north of Katsina, residents said.\n\n" + BODY)
    assert _places(pipeline, text) == [("Remote explosive/landmine/IED", "Kano", "Kano", 1)]


def test_a_sentence_on_another_incident_is_not_added():
    text = KM_OF_CITY.replace("The fighting raged 20 km north", "The fighting elsewhere raged 20 km north")
    c = ev.detect(text, PUB)[0]
    assert not any(text[a:b].startswith("The fighting") for a, b in c.sentences)


# ---- ", while": two incidents of one sentence ------------------------------------------------------------------

WHILE_LEAD = (
    "MAIDUGURI, Nigeria (Wire) - The army said on Wednesday that troops had killed 48 insurgents in raids in "
    "Borno state over the weekend, while five soldiers died when a mine struck their truck on Sunday.\n\n" + BODY)


def test_the_while_clause_has_its_own_toll_and_day(pipeline):
    assert _events(pipeline, WHILE_LEAD) == [("Remote explosive/landmine/IED", "2024-03-10", 5)]


def test_a_weekly_tally_before_while_is_no_running_total_of_the_clause(pipeline):
    text = ("KABUL (Wire) - Police said they had killed 35 insurgents in operations across Helmand province over the "
            "past week, while three policemen were killed when a roadside bomb struck their car on Tuesday.\n\n" + BODY)
    assert _events(pipeline, text) == [("Remote explosive/landmine/IED", "2024-03-12", 3)]


def test_the_lead_clause_told_again_in_the_body_is_one_event(pipeline):
    text = ("MAIDUGURI, Nigeria (Wire) - The army said on Wednesday that troops had killed 48 insurgents in raids "
            "in Borno state over the weekend, while five soldiers died when a mine struck their truck.\n\n"
            "The farmers were tending their fields when the soldiers passed.\n\n"
            "On Monday, a landmine exploded under an army truck near Bama, killing five soldiers, a military source "
            "said.\n\n" + BODY)
    assert _events(pipeline, text) == [("Remote explosive/landmine/IED", "2024-03-11", 5)]


def test_while_without_a_toll_of_its_own_keeps_the_sentences_toll():
    # ", while several trucks were destroyed" tells more of the same incident: its toll stays the sentence's
    s = "Troops ambushed the insurgents on Tuesday and 14 of them were killed, while several trucks were destroyed."
    assert ev._while_clause(s, (0, len(s)), (s.index("destroyed"), s.index("destroyed") + 9)) is None
    s2 = "Troops killed 14 insurgents, while patrolling the road on Tuesday, and three trucks were destroyed."
    assert ev._while_clause(s2, (0, len(s2)), (s2.index("destroyed"), s2.index("destroyed") + 9)) is None


def test_a_body_incident_with_another_toll_leaves_the_lead_clause_its_own_event(pipeline):
    text = ("MAIDUGURI, Nigeria (Wire) - The army said on Wednesday that troops had killed 48 insurgents in raids "
            "in Borno state over the weekend, while five soldiers died when a mine struck their truck.\n\n"
            "The farmers were tending their fields when the soldiers passed.\n\n"
            "On Monday, a landmine exploded under a bus near Bama, killing two traders, a military source said.\n\n" + BODY)
    # (the lead clause's day is not asserted: it names none of its own)
    assert [(t, f) for t, _, f in _events(pipeline, text)] == [("Remote explosive/landmine/IED", 5),
                                                             ("Remote explosive/landmine/IED", 2)]
