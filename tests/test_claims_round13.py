"""Round 13 (issue 10 item 2): causal claims that wire writing states in shapes beyond
'because'/'led to' — a reason noun with a relative clause, 'brought a drop', 'distracted X from', 'has become a
haven for', 'led X back to' — and the driver of a cause that is avenged (sentences invented for these tests:
generic places and people), each next to a guard that keeps its near-miss out."""
from claim_helpers import causal, pairs


# -- a reason noun whose effect is a relative clause ('the main reason X happens is Y') ---------------------------
def test_reason_with_relative_clause():
    got = pairs("The main reason young men pick up a gun is the lack of jobs in the villages, the governor said.")
    assert any("lack of jobs" in c and "pick up a gun" in e for c, e in got), got
    got = pairs("The chief reason the rebels were able to regroup was the porous border, officials said.")
    assert any("porous border" in c and "regroup" in e for c, e in got), got


def test_reason_noun_without_a_relation_stays_out():
    for text in ("The reason for the meeting was not disclosed.",
                 "The general said the main reason for his visit was to meet the troops."):
        assert not pairs(text), text


# -- 'brought' a change in a trend ------------------------------------------------------------------------------
def test_brought_a_drop():
    got = pairs("The new patrols brought a sharp drop in attacks on the highway, the police chief said.")
    assert any("new patrols" in c and "drop in attacks" in e for c, e in got), got


def test_brought_things_somewhere_stays_out():
    for text in ("The UN brought food to the besieged town.",
                 "The delegation brought a message from the president."):
        assert not pairs(text), text


# -- 'distracted X from Y': the subject is the cause, a prevention -------------------------------------------------
def test_distracted_from():
    got = causal("The pandemic distracted the government from the fight against the insurgency, analysts said.")
    hit = [(c, e, k) for c, e, k in got if "pandemic" in c and "government" in e]
    assert hit, got
    assert hit[0][2].polarity == "decrease"


def test_distract_by_a_person_stays_out():
    assert not pairs("The protesters distracted the guards while the others slipped in.")


# -- resultatives of place: 'has become a haven for', 'made X a refuge for' -----------------------------------------
def test_become_a_haven_for():
    got = causal("The refugee camp has become a breeding ground for extremism, officials warned.")
    assert any("refugee camp" in c and "breeding ground" in e for c, e, _ in got), got
    assert any("forest" in c for c, _ in pairs("The forest has become a haven for kidnappers, police said."))
    got = pairs("The state's absence has made the islands a refuge for pirates, the navy said.")
    assert any("absence" in c and "refuge for pirates" in e for c, e in got), got


def test_become_without_a_haven_stays_out():
    for text in ("The building has become a symbol of the city's resistance.",
                 "The river has become the front line between the two sides.",
                 "The town has become the capital of the new province."):
        assert not pairs(text), text


# -- 'led X back to Y': the 'to' hung on the direction adverb -------------------------------------------------------
def test_led_back_to():
    got = pairs("Joblessness led many of them back to the armed groups, a community leader said.")
    assert any("Joblessness" in c and "armed groups" in e for c, e in got), got


def test_a_person_leading_people_back_stays_out():
    for text in ("The guide led the hikers back to the village.",
                 "The soldiers led the reporters through the ruins."):
        assert not pairs(text), text


# -- the driver of an avenged act -----------------------------------------------------------------------------------
def test_retaliation_for_a_commanders_killing_is_no_leadership_change():
    got = causal("The attack was in retaliation for the killing of their commander, the group said in a statement.")
    hit = [k for c, _, k in got if "killing of their commander" in c]
    assert hit, got
    assert hit[0].driver != "leadership_change"


def test_loss_of_a_commander_stays_a_leadership_change():
    got = causal("The death of the commander weakened the group, which has since split into rival factions, "
                 "officials said.")
    hit = [k for c, _, k in got if "death of the commander" in c]
    assert hit and hit[0].driver == "leadership_change", got
