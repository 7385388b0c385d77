"""Round 13 of the driver taxonomy: causes written as no rule has seen them (phrases invented here). The head noun
of a cause outranks a cue in a phrase after it ('the porous border | with the neighbouring country'); absence and
scarcity said in other words ('the state's absence', 'few work opportunities', 'no functioning courts'); discord
inside a command; bans on vehicles; ties abroad; groups hostile to each other."""
import pytest

from marsad.extract.drivers import classify

CASES = [
    # the head noun decides over a cue in the phrase after it
    ("the porous border with the neighbouring country", "terrain_safe_havens"),
    ("the neglect of remote areas", "governance_corruption"),
    ("smuggling through the mountains", "external_support"),
    ("a power struggle within the leadership", "leadership_change"),
    # a posture in other words
    ("a ban on motorbikes", "security_posture"),
    ("a vacuum left by departing soldiers", "security_posture"),
    ("the police had abandoned the border posts", "security_posture"),
    ("only a handful of soldiers guard the whole district", "security_posture"),
    # leadership
    ("divisions within the leadership", "leadership_change"),
    ("the assassination of the group's second-in-command", "leadership_change"),
    # economic hardship: work missing, people unable to live by it, pay that beats other work
    ("few work opportunities", "economic_hardship"),
    ("farmers could no longer sell their crops", "economic_hardship"),
    ("the group pays better than any employer in the area", "economic_hardship"),
    ("young men have nothing to do", "economic_hardship"),
    # terrain
    ("a long coastline", "terrain_safe_havens"),
    ("the area is remote and hard to reach", "terrain_safe_havens"),
    ("the region's difficult geography", "terrain_safe_havens"),
    # governance: the state absent, services missing
    ("the state's absence", "governance_corruption"),
    ("the government's absence from the region", "governance_corruption"),
    ("no functioning courts", "governance_corruption"),
    ("the government has never built a school or clinic there", "governance_corruption"),
    ("the state is nowhere to be seen", "governance_corruption"),
    ("officials are nowhere to be found", "governance_corruption"),
    # communities hostile to each other
    ("the two communities fear one another", "sectarian_grievance"),
    ("revenge for the killing of fellow clansmen", "sectarian_grievance"),
    # ties and help from abroad
    ("the group's ties to a global network", "external_support"),
    ("help from the group's affiliates in another country", "external_support"),
    ("links to militants in other countries", "external_support"),
    # displacement as a noun
    ("the flight of villagers to the towns", "displacement_reintegration"),
]


@pytest.mark.parametrize("cause,driver", CASES)
def test_round13_cause_gets_its_driver(cause, driver):
    assert classify(cause) == driver


@pytest.mark.parametrize("cause", [
    "a remote-controlled bomb",                           # 'remote' as part of a word is no terrain
    "no schools were damaged in the attack",              # a toll, not services missing
    "the shelling of a Doctors Without Borders clinic",   # a name, not a clinic missing
    "a ban on public gatherings",                         # only vehicles and craft make a posture of a ban
    "the group could no longer work with its allies",     # 'no longer' is no scarcity of work
    "a desire for revenge",                               # plain revenge stays outside the taxonomy
])
def test_round13_no_driver(cause):
    assert classify(cause) is None


def test_head_noun_keeps_its_category_against_a_cue_after_it():
    assert classify("the withdrawal of the police from rural areas") == "security_posture"
    assert classify("Weapons left behind by departing foreign forces") == "external_support"


def test_a_clause_has_no_head_noun_bonus():
    # a verb before the first preposition: the cause is a clause, read as a whole
    assert classify("ex-combatants left without jobs or training") == "displacement_reintegration"


def test_a_cue_across_the_preposition_does_not_outrank_what_follows():
    assert classify("a feud between rival families") == "sectarian_grievance"
