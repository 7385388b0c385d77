"""Casualty readings of annotate.numbers, through extract.events.casualties as the pipeline calls them (it
reads 'shot dead N' as killed; sentences written for these tests): a victim named in the singular after a
count, a first count with an 'of' phrase, and a toll update whose subject is long."""
import pytest

from marsad.annotate import numbers
from marsad.extract import events


def toll(sentence: str):
    return numbers.event_toll(events.casualties(sentence), sentence).fatalities


@pytest.mark.parametrize("sentence, expected", [
    ("The blast killed two soldiers and a civilian.", 3),
    ("Gunmen killed two health workers and a police officer on the road.", 3),
    ("Two soldiers and a civilian were killed in the blast.", 3),
    ("Gunmen shot dead two health workers and a police officer in the town.", 3),
    ("Masked men shot dead four farmers near the well.", 4),
    ("Fighting killed 11 members of the local militia and 23 soldiers, the army said.", 34),
    ("The death toll from Tuesday's suicide bombing at the crowded vegetable market in the old city rose to 45, "
     "officials said.", 45),
])
def test_toll(sentence, expected):
    assert toll(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a time after 'and a' is no victim
    ("The raid killed 4 people and a day later police arrested two men.", 4),
    # the second count's noun is a preposition: another day, not another group
    ("Gunmen killed 11 people on Monday and 23 on Tuesday.", 11),
    # the wounded are not added to the dead
    ("The strike killed 11 people in the market and 23 others were wounded.", 11),
])
def test_no_extra_victims(sentence, expected):
    assert toll(sentence) == expected


def test_attackers_after_the_count_stay_apart():
    cs = events.casualties("The attack killed three soldiers and two attackers.")
    assert [(c.quantity.best, c.attackers) for c in cs] == [(3, False), (2, True)]


@pytest.mark.parametrize("sentence, expected", [
    # round 13: an update whose "toll" has a relative clause set off by commas, or is "it" with the dead named after
    ("The death toll, which stood at two in the first hours, rose to seven, including the bomber, by the evening "
     "as two wounded men died in hospital, the mayor told reporters.", 7),
    ("By Wednesday morning it had risen to 10, including the two bombers, the official said.", 10),
])
def test_toll_update_round13(sentence, expected):
    assert toll(sentence) == expected


def test_it_rose_to_without_the_dead_named_is_no_toll():
    assert toll("By Wednesday morning it had risen to 10, the official said.") is None
