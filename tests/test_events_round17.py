"""Round 17 of events on full reports: a toll told as the work of two kinds of combat together ("killed in the
clashes and by air strikes") cannot be apportioned to the battle or to the strikes, so each of those events has an
unknown toll; a toll told apart for each kind ("five in the clashes and three in the air strikes") is not joint.
Reports written for these tests (real place names used generically; the incidents are invented)."""
from __future__ import annotations

import pytest
from event_helpers import BODY, events_of

from marsad.annotate.numbers import _two_kinds
from marsad.extract.events import casualties

PUB = "2024-03-14"   # a Thursday


def _kinds(sentence: str) -> list[bool]:
    return [_two_kinds(sentence, c) for c in casualties(sentence) if c.kind == "killed"]


@pytest.mark.parametrize("sentence", [
    "At least 40 fighters were killed in the clashes and by government air strikes, the army said.",
    "Twenty-two people died on Tuesday in the ground fighting and in the drone strikes that backed the advance.",
    "Nine soldiers were killed in the shelling and the ambush that followed it.",
    "Some 30 insurgents were killed during the battle as well as in the air raids on their positions.",
])
def test_a_toll_of_two_kinds_of_combat_together_is_joint(sentence):
    assert _kinds(sentence) == [True]


@pytest.mark.parametrize("sentence", [
    "Five soldiers were killed in the clashes and three in the air strikes.",     # told apart
    "Four civilians were killed in the attack and its aftermath.",                # one incident
    "Six people were killed in the clashes and the fighting that followed.",      # one kind, twice named
    "Eleven were killed in the air strikes and drone strikes on the town.",       # one kind
])
def test_a_toll_told_apart_or_of_one_kind_is_not_joint(sentence):
    assert _kinds(sentence) == [False]


JOINT = (
    "ADEN, Yemen (Wire) - Government forces backed by coalition warplanes pushed into a district south of Hodeidah "
    "on Tuesday after days of heavy fighting, a military official said.\n\n"
    "Coalition aircraft struck rebel positions in the district on Tuesday, the official said.\n\n"
    "At least 40 fighters from both sides were killed on Tuesday in the ground fighting and in the coalition air "
    "strikes supporting the advance, medical sources said.\n\n" + BODY)


def test_neither_the_battle_nor_the_strikes_take_the_joint_toll(pipeline):
    evs = events_of(pipeline, JOINT, PUB)
    assert evs and all(f is None for _t, _d, f in evs), evs


def test_a_toll_told_apart_is_given(pipeline):
    text = JOINT.replace("At least 40 fighters from both sides were killed on Tuesday in the ground fighting and in "
                         "the coalition air strikes supporting the advance",
                         "Twelve fighters were killed on Tuesday in the ground fighting and four in the coalition air "
                         "strikes")
    evs = events_of(pipeline, text, PUB)
    assert any(f not in (None, 0) for _t, _d, f in evs), evs


# ---- a dateline in title case names the day of filing, not of the incident ----------------------------------

TITLE_DATELINE = (
    "Lichinga, Mar 14 (Wire) - Armed men burned a police post and killed two officers in a village of Niassa "
    "province on Sunday, local sources told the agency.\n\n" + BODY)


def test_a_title_case_dateline_is_not_the_incidents_day(pipeline):
    # the lead's own day is Sunday (10 March); 'Mar 14' is the dateline's filing day
    evs = events_of(pipeline, TITLE_DATELINE, PUB)
    assert [d for _t, d, _f in evs] == ["2024-03-10"], evs


def test_an_upper_case_dateline_still_reads_so(pipeline):
    evs = events_of(pipeline, TITLE_DATELINE.replace("Lichinga, Mar 14", "LICHINGA, Mar 14"), PUB)
    assert [d for _t, d, _f in evs] == ["2024-03-10"], evs


# ---- "a day earlier", "the next day": a day counted from the day told just before ------------------------------

RELATIVE = (
    "NIAMEY, Niger (Wire) - Soldiers clashed with militants near a village in Tillaberi region on Tuesday, killing "
    "seven of them, the army said.\n\n"
    "{} drones struck a militant camp near the border in the same region, killing 12 fighters, the army said.\n\n"
    + BODY)


@pytest.mark.parametrize("phrase,day", [("A day earlier,", "2024-03-11"), ("The next day,", "2024-03-13"),
                                        ("Two days earlier,", "2024-03-10")])
def test_a_day_counted_from_the_day_just_told(pipeline, phrase, day):
    evs = events_of(pipeline, RELATIVE.format(phrase), PUB)
    assert ("Air/drone strike", day, 12) in evs, evs
    assert ("Armed clash", "2024-03-12", 7) in evs, evs


def test_without_an_offset_the_day_just_told_stands(pipeline):
    evs = events_of(pipeline, RELATIVE.format("Army"), PUB)
    assert ("Air/drone strike", "2024-03-12", 12) in evs, evs


@pytest.mark.parametrize("text,days", [
    ("Gunmen attacked the post overnight into Sunday.", ["2024-03-10"]),
    ("Gunmen attacked the post overnight on Friday.", ["2024-03-08"]),
    ("Gunmen attacked the post overnight, police said.", ["2024-03-14"]),   # the night before the report
])
def test_overnight_before_a_weekday_is_that_days_night(text, days):
    from marsad.annotate.dates import find_dates
    assert [d.date for d in find_dates(text, PUB)] == days
