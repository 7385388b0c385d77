"""Round 6 of events on full reports (issue 9): tolls that belong elsewhere, tolls told in more than one
group, and battles whose dead are counted by hospitals. Sentences written for these tests (real province
and town names used generically)."""
from __future__ import annotations

import pytest

from marsad.annotate import numbers
from marsad.config import load_config
from marsad.run.pipeline import Pipeline

PUB = "2023-05-10"   # a Wednesday
FILLER = "The governor ordered an inquiry. Elders met the mayor. Shops stayed shut. Roads reopened at noon. "


def _toll(sentence: str) -> int | None:
    cs = numbers.casualties(sentence)
    return numbers.event_toll(cs, sentence, (0, len(sentence))).fatalities


# -- numbers: one sentence ------------------------------------------------------------------------------
def test_two_groups_after_one_kill_verb_are_one_toll():
    assert _toll("Gunmen raided the market, killing four traders and three porters.") == 7


def test_a_lone_attacker_shot_dead_is_added_to_the_toll_and_kept_apart():
    s = "Gunmen stormed a clinic, killing five nurses before police shot dead the last remaining gunman."
    cs = numbers.casualties(s)
    assert [c.quantity.best for c in cs if c.attackers] == [1]
    assert numbers.event_toll(cs, s, (0, len(s))).fatalities == 6


def test_attackers_named_after_and_are_counted_apart():
    cs = numbers.casualties("The raid killed six guards and two attackers.")
    assert sorted((c.quantity.best, c.attackers) for c in cs) == [(2, True), (6, False)]


def test_and_with_a_verb_after_it_is_not_a_second_group():
    assert _toll("The mine killed 4 deminers and 3 were wounded.") == 4


def test_the_number_of_dead_climbing_is_an_update():
    s = "By Thursday the number of dead had climbed to 19, a clinic said."
    cs = numbers.casualties(s)
    assert [c.quantity.best for c in cs] == [19]


def test_a_perfect_relative_clause_on_an_actor_is_a_record_not_a_toll():
    assert numbers.casualties("The rebels, who have killed 300 villagers since 2019, left the valley.") == []
    assert numbers.casualties("Attacks that have killed 45 people this year worry the mayor.") == []
    # the incident told in a relative clause of the event noun is its toll
    assert _toll("It was a bombing which killed 9 people.") == 9


# -- full reports -----------------------------------------------------------------------------------------



def _events(pipeline, text: str, published: str = PUB) -> list[dict]:
    return pipeline.process_record({"text": text, "published": published})["events"]


def test_a_toll_in_a_relative_clause_of_an_earlier_seizure_is_not_the_retaking_toll(pipeline):
    text = ("Army units retook the hill town of Tikrit on Tuesday from insurgents who had captured it in an "
            "offensive that killed 60 people, officers said. " + FILLER)
    evs = _events(pipeline, text)
    assert len(evs) == 1 and evs[0]["sub_event_type"] == "Government regains territory"
    assert evs[0]["fatalities"] == 0


def test_an_actors_record_in_the_lead_is_not_the_clash_toll(pipeline):
    text = ("Soldiers fought rebels, who have killed hundreds of farmers since 2018, near Kirkuk on Tuesday, "
            "the army said. " + FILLER)
    evs = _events(pipeline, text)
    assert len(evs) == 1 and evs[0]["fatalities"] == 0


def test_a_hospital_toll_of_the_battle_day_is_the_battles_toll(pipeline):
    text = ("Iraqi troops fought Islamic State militants in Ramadi on Tuesday, officials said. " + FILLER
            + "Doctors at the city hospital said 12 fighters had died of their wounds.")
    evs = _events(pipeline, text)
    assert [(e["sub_event_type"], e["fatalities"]) for e in evs] == [("Armed clash", 12)]


def test_a_hospital_toll_of_another_day_is_that_days_fighting_not_an_attack(pipeline):
    text = ("Iraqi troops fought Islamic State militants in Ramadi on Tuesday, officials said. " + FILLER
            + "A medic at the main hospital said it had received the bodies of nine civilians killed on Monday.")
    evs = _events(pipeline, text)
    assert {e["sub_event_type"] for e in evs} == {"Armed clash"}
    assert sorted((e["event_date"], e["fatalities"]) for e in evs) == [("2023-05-08", 9), ("2023-05-09", 0)]


def test_a_hospital_toll_without_a_battle_is_still_an_attack(pipeline):
    text = ("Gunmen shot dead a shopkeeper in Kirkuk on Tuesday, police said. " + FILLER
            + "A doctor at the city hospital said three more people were killed by the gunmen on Monday.")
    evs = _events(pipeline, text)
    assert all(e["sub_event_type"] == "Attack" for e in evs) and evs


def test_car_bombs_in_two_cities_are_two_events_with_the_shared_toll_unknown(pipeline):
    text = "Two car bombs exploded in Kirkuk and in Tikrit on Tuesday, killing nine people, police said. " + FILLER
    evs = _events(pipeline, text)
    assert sorted(e["admin1"] for e in evs) == ["Kirkuk", "Salah al-Din"]
    assert all(e["fatalities"] is None for e in evs)


def test_one_car_bomb_in_one_city_stays_one_event(pipeline):
    text = "A car bomb exploded in Kirkuk on Tuesday, killing nine people, police said. " + FILLER
    evs = _events(pipeline, text)
    assert [(e["admin1"], e["fatalities"]) for e in evs] == [("Kirkuk", 9)]


LEAD = "Gunmen killed five policemen at a checkpoint in Kirkuk on Tuesday, officials said. " + FILLER


@pytest.mark.parametrize("later", [
    "On Monday the army said it had killed 200 militants in the province over the past month.",
    "The group vowed on Monday to carry out more bombings in the capital.",
    "Since Monday, air strikes have hit rebel positions across the province almost daily.",
    "Troops were preparing on Monday for an assault on the town.",
])
def test_tallies_threats_runs_and_preparations_told_with_a_day_are_no_events(pipeline, later):
    evs = _events(pipeline, LEAD + later)
    assert [(e["event_date"], e["fatalities"]) for e in evs] == [("2023-05-09", 5)]


def test_air_strikes_backing_a_ground_push_are_their_own_event_and_do_not_type_it(pipeline):
    text = ("Iraqi troops backed by coalition air strikes recaptured the town of Hit from Islamic State on "
            "Tuesday, the military said. " + FILLER)
    evs = _events(pipeline, text)
    assert sorted(e["sub_event_type"] for e in evs) == ["Air/drone strike", "Government regains territory"]


def test_air_strikes_alone_stay_one_air_strike(pipeline):
    text = "Coalition air strikes hit militant positions in Ramadi on Tuesday, officials said. " + FILLER
    assert [e["sub_event_type"] for e in _events(pipeline, text)] == ["Air/drone strike"]


def test_seizing_people_is_an_abduction(pipeline):
    text = "Gunmen seized two aid workers from their car in Kandahar on Tuesday, officials said. " + FILLER
    assert [e["sub_event_type"] for e in _events(pipeline, text)] == ["Abduction/forced disappearance"]


def test_elsewhere_opens_another_incident_of_the_same_type(pipeline):
    text = ("A car bomb killed 12 people at a market in Baghdad on Tuesday, police said. " + FILLER
            + "Elsewhere, a roadside bomb killed two policemen in Mosul.")
    evs = _events(pipeline, text)
    assert sorted((e["admin1"], e["fatalities"]) for e in evs) == [("Baghdad", 12), ("Ninewa", 2)]


def test_the_police_as_the_source_are_not_the_target():
    from marsad.extract import events
    sub, _, _ = events.classify_sentence("Gunmen killed four shepherds near Kirkuk on Tuesday, police said.")
    assert sub == "Attack"
    sub, _, _ = events.classify_sentence("Gunmen killed four policemen near Kirkuk on Tuesday, officials said.")
    assert sub == "Armed clash"


def test_a_second_sources_toll_in_the_same_sentence_is_weighed_conservatively():
    s = "A car bomb killed at least 20 people at a market, police said, while a monitor put the toll at 35."
    assert numbers.event_toll(numbers.casualties(s), s, (0, len(s))).fatalities == 20
    s = "A car bomb killed at least 30 people at a market, police said, while a monitor put the toll at 25."
    assert numbers.event_toll(numbers.casualties(s), s, (0, len(s))).fatalities == 25


@pytest.fixture(scope="module")
def full_pipeline():
    return Pipeline.from_config(load_config(env={}), quotes=True, claims=False)   # the full parse geoparses the whole report


def test_a_later_sentence_naming_the_seized_base_places_a_country_level_lead(full_pipeline):
    text = ("Rebels seized a military base in northern Yemen on Sunday, officials said. " + FILLER
            + "The soldiers who guarded the base in Hajjah province had kept out of the fighting until then.")
    evs = _events(full_pipeline, text, "2023-05-08")
    assert [(e["sub_event_type"], e["admin1"]) for e in evs] == [("Non-state actor overtakes territory", "Hajjah")]


def test_an_undated_lead_takes_the_day_a_following_sentence_gives_it(pipeline):
    text = ("Gunmen killed five policemen at a checkpoint in Kirkuk, officials said. The attack took place on "
            "Tuesday evening. " + FILLER)
    assert [e["event_date"] for e in _events(pipeline, text)] == ["2023-05-09"]


def test_a_day_of_a_sentence_that_does_not_refer_back_is_not_taken(pipeline):
    text = ("Gunmen killed five policemen at a checkpoint in Kirkuk, officials said. The mayor met elders on "
            "Tuesday evening. " + FILLER)
    assert [e["event_date"] for e in _events(pipeline, text)] == ["2023-05-10"]


def test_a_count_of_bombs_or_bombings_is_not_a_count_of_the_dead():
    assert [c.quantity.best for c in numbers.casualties("Two bombings in the city killed 30 people.")] == [30]
    assert [c.quantity.best for c in numbers.casualties("Three rockets killed four people.")] == [4]
    assert [c.quantity.best for c in numbers.casualties("Two soldiers were killed.")] == [2]


def test_a_toll_of_attacks_across_a_country_is_not_one_incidents():
    s = "Attacks across the north killed 25 people."
    t = numbers.event_toll(numbers.casualties(s), s, (0, len(s)))
    assert t.joint and t.fatalities is None


def test_an_incident_abroad_told_in_passing_with_its_day_is_context(full_pipeline):
    lead = "Gunmen killed five policemen at a checkpoint in Kirkuk on Tuesday, officials said. " + FILLER
    later = "In neighbouring Syria, government warplanes bombed rebel-held towns near Aleppo on Monday, a monitor said."
    evs = _events(full_pipeline, lead + later + " Iraq's army is fighting the militants in the north.")
    assert [e["country"] for e in evs] == ["Iraq"]


@pytest.mark.parametrize("sentence", [
    "Bombing by government aircraft killed nine people in Douma on Tuesday, rescue workers said.",
    "Cluster bombs dropped on a market in Idlib on Tuesday killed nine people, a monitor said.",
])
def test_bombs_from_aircraft_are_air_strikes(sentence):
    from marsad.extract import events
    assert events.classify_sentence(sentence)[0] == "Air/drone strike"


def test_a_subset_after_including_is_not_added_to_the_count():
    s = "Officials said four gunmen, including two foreigners, were killed."
    cs = numbers.casualties(s)
    assert [(c.quantity.best, c.attackers) for c in cs] == [(4, True)]


def test_attackers_killed_when_forces_retake_the_site_are_the_battles_toll(pipeline):
    text = ("Security forces retook the town of Kidal in Mali on Tuesday from gunmen who had stormed it, "
            "officials said. " + FILLER + "Gunmen killed 20 villagers in the attack on the town on Monday, the "
            "minister said. Officials said three gunmen were killed.")
    evs = {e["sub_event_type"]: e for e in _events(pipeline, text)}
    assert evs["Government regains territory"]["fatalities"] == 3
    assert evs["Attack"]["fatalities"] == 20


def test_attackers_killed_without_a_battle_stay_in_the_attack(pipeline):
    text = ("Gunmen killed 20 guests at a hotel in Bamako on Monday, officials said. " + FILLER
            + "Officials said three gunmen were killed.")
    assert [e["fatalities"] for e in _events(pipeline, text, "2023-05-09")] == [23]


def test_a_list_of_groups_killed_is_one_toll():
    s = "The ministry said 30 militants, 10 policemen and six civilians were killed."
    assert numbers.event_toll(numbers.casualties(s), s, (0, len(s))).fatalities == 46


def test_a_subset_after_a_comma_is_not_added():
    s = "Police said 5 people, 2 of them children, were killed."
    assert numbers.event_toll(numbers.casualties(s), s, (0, len(s))).fatalities == 5


def test_an_assault_told_again_with_suicide_bombers_is_one_suicide_bomb(pipeline):
    text = ("Militants attacked army positions near Haditha on Tuesday, killing 9 soldiers, officials said. "
            + FILLER + "The militants used three suicide car bombs in the assault.")
    assert [(e["sub_event_type"], e["fatalities"]) for e in _events(pipeline, text)] == [("Suicide bomb", 9)]


def test_an_incident_earlier_this_month_is_background(pipeline):
    text = LEAD + "Gunmen killed three farmers near Hawija earlier this month, residents said."
    assert [(e["event_date"], e["fatalities"]) for e in _events(pipeline, text)] == [("2023-05-09", 5)]
