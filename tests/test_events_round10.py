"""Round 10 of events on full reports (issue 9), from the tune half of the third blind set: running totals
counted from a campaign's start, tallies over a span of months, suicide bombers stopped before they blew
themselves up, attacks repelled, definite and indefinite references back, a toxic agent told after the
shelling that carried it, homes burnt in the violence just told, and checkpoints an armed group sets up.
Reports written for these tests (real Iraqi town names used generically; the incidents are invented)."""
from __future__ import annotations

from marsad.extract import events
from marsad.extract.events import classify_sentence

PUB = "2023-05-10"   # a Wednesday
HEAD = "KIRKUK, Iraq (Wire) - "
CLOSE = "\n\nThe governor called for calm."
LEAD = HEAD + "Gunmen killed three farmers near the town of Hawija on Tuesday, police said.\n\n" \
              "The farmers were tending their fields when the gunmen arrived.\n\n"


def _events(pipeline, text: str) -> list[tuple]:
    out = pipeline.process_record({"text": text, "published": PUB})["events"]
    return [(e["sub_event_type"], e["event_date"], e["fatalities"]) for e in out]


# -- tallies ----------------------------------------------------------------------------------------------
def test_a_running_total_since_an_offensive_began_is_no_incident(pipeline):
    text = LEAD + "At least 40 fighters have been killed since the offensive began on Sunday, a commander said." + CLOSE
    assert _events(pipeline, text) == [("Attack", "2023-05-09", 3)]


def test_a_toll_of_one_day_is_still_an_incident():
    # the same words without a period to count over: the toll of an occasion
    assert events._running_toll("At least 40 fighters have been killed in the town, a commander said.") is False
    assert events._running_toll("At least 40 fighters have been killed since the start of the operation.") is True


def test_a_span_between_two_months_is_a_tally(pipeline):
    text = LEAD + "Between January and April, rebels ambushed dozens of convoys on the highway, the monitor said." + CLOSE
    assert _events(pipeline, text) == [("Attack", "2023-05-09", 3)]


# -- kinds ------------------------------------------------------------------------------------------------
def test_suicide_bombers_shot_before_they_could_blow_themselves_up_made_no_suicide_blast(pipeline):
    s = "Two suicide bombers were shot dead before they could detonate their vests outside a mosque in Tikrit."
    assert classify_sentence(s)[0] != "Suicide bomb"
    text = HEAD + s.replace("in Tikrit.", "in the city of Tikrit on Friday, police said.") + \
        "\n\nWorshippers fled the building." + CLOSE
    assert all(t != "Suicide bomb" for t, _, _ in _events(pipeline, text))


def test_a_suicide_blast_is_still_one():
    assert classify_sentence("A suicide bomber blew himself up outside a mosque in Tikrit, killing five.")[0] == "Suicide bomb"


def test_an_attack_repelled_is_an_armed_clash_triggered_by_the_repelling():
    for s in ("Troops repelled an assault on the base.", "The soldiers beat back two attacks on the post overnight."):
        sub, strength, (a, b) = classify_sentence(s)
        assert sub == "Armed clash" and strength >= 0.75
        assert s[a:b].split()[0] in ("repelled", "beat")


# -- references back --------------------------------------------------------------------------------------
def _trigger_of(text: str, sentence_start: str) -> tuple[int, int]:
    o = text.index(sentence_start)
    _, _, (a, b) = classify_sentence(text[o:])
    return a + o, b + o


def test_an_indefinite_trigger_tells_an_incident_anew_a_definite_one_refers_back():
    new = "The gunmen fled after the raid. Hours later the soldiers repelled an attack on the post."
    old = "The gunmen fled after the raid. Hours later the soldiers repelled the attack on the post."
    assert events._refers_back(new, _trigger_of(new, "Hours")) is False
    assert events._refers_back(old, _trigger_of(old, "Hours")) is True


def test_the_fighting_after_a_bombing_is_another_incident(pipeline):
    text = (HEAD + "A car bomb exploded outside a market in the town of Tuz Khurmatu on Monday, killing six people, "
            "police said.\n\nTwo soldiers died in the fighting, a medic said." + CLOSE)
    assert _events(pipeline, text) == [("Remote explosive/landmine/IED", "2023-05-08", 6),
                                       ("Armed clash", "2023-05-08", 2)]


def test_the_fighting_after_a_battle_is_that_battle(pipeline):
    text = (HEAD + "Rebels and soldiers clashed near the town of Daquq on Monday, killing four soldiers, officials "
            "said.\n\nTwo more soldiers died in the fighting, a medic said." + CLOSE)
    evs = _events(pipeline, text)
    assert len(evs) == 1 and evs[0][0] == "Armed clash"


# -- details of an incident told before -------------------------------------------------------------------
def test_a_toxic_agent_in_the_shells_told_before_makes_the_shelling_a_chemical_attack(pipeline):
    text = (HEAD + "Government forces shelled the rebel-held town of Baiji on Monday, wounding dozens of people, a "
            "rescue group said.\n\nDoctors said some of the shells contained chlorine." + CLOSE)
    assert _events(pipeline, text) == [("Chemical weapon", "2023-05-08", 0)]


def test_homes_burnt_in_the_attack_just_told_are_part_of_it(pipeline):
    text = (HEAD + "Armed herders attacked the town of Hawija on Sunday, killing 14 people, a local official said.\n\n"
            "He said at least 40 houses had been burnt." + CLOSE)
    assert _events(pipeline, text) == [("Attack", "2023-05-07", 14)]


def test_homes_burnt_in_another_town_are_an_incident_of_their_own(pipeline):
    text = (HEAD + "Armed herders attacked the town of Hawija on Sunday, killing 14 people, a local official said.\n\n"
            "In a separate incident, rioters burnt 40 houses in the city of Samarra on Monday." + CLOSE)
    assert [t for t, _, _ in _events(pipeline, text)] == ["Attack", "Looting/property destruction"]


def test_checkpoints_set_up_by_an_armed_group_are_posture_not_a_base(pipeline):
    text = (HEAD + "Gunmen killed two traders near the town of Daquq on Monday, police said.\n\n"
            "The militiamen have set up checkpoints on the main road into the town." + CLOSE)
    assert _events(pipeline, text) == [("Attack", "2023-05-08", 2)]


def test_a_base_set_up_is_still_an_event():
    assert classify_sentence("The militia set up a new base outside Daquq on Monday.")[0] == "Headquarters or base established"
