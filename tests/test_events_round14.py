"""Round 14 of events on full reports (issue 9): reports that tell several incidents. A weekend summary in the
lead is the tally of the incidents told after it; a funeral or a burial names the incident the report tells,
not one of the funeral's day (its toll is that incident's); a suicide bombing told again by its bomber is the
same event. Reports written for these tests (real place names used generically; the incidents are invented)."""
from __future__ import annotations

from event_helpers import events_of

PUB = "2024-03-14"   # a Thursday


def _events(pipeline, text: str) -> list[tuple]:
    return events_of(pipeline, text, PUB)


WEEKEND = (
    "YANGON, Myanmar (Wire) - At least 23 people were killed in a series of attacks across Myanmar over the weekend, "
    "according to local media and residents.\n\n"
    "On Saturday, a military air strike on a village near Kale killed 12 people, including four children, residents said.\n\n"
    "On Sunday, resistance fighters ambushed a military convoy near Myingyan, killing seven soldiers, a spokesman for "
    "the local resistance group said.\n\n"
    "Also on Sunday, a landmine exploded near a school in Hpakant, killing four people, a rescue worker said.\n\n"
    "The military seized power in a coup in 2021. The junta has not commented on the attacks.")


def test_a_weekend_summary_in_the_lead_is_no_event_of_its_own(pipeline):
    assert _events(pipeline, WEEKEND) == [("Air/drone strike", "2024-03-09", 12), ("Armed clash", "2024-03-10", 7),
                                          ("Remote explosive/landmine/IED", "2024-03-10", 4)]


MOURNERS = (
    "MOGADISHU, Somalia (Wire) - Hundreds of mourners gathered in Baidoa on Wednesday to bury the victims of a car "
    "bomb that tore through a tea shop in the town a day earlier.\n\n"
    "Shops remained closed and the authorities imposed a night-time curfew. Elders called for calm.\n\n"
    "The car bomb exploded on Tuesday evening outside a crowded tea shop near the town's main square, killing 11 "
    "people and wounding 20, police said.\n\n"
    "The al Shabaab militant group claimed responsibility for the attack in a statement on a website linked to the group.\n\n"
    "The group is fighting to topple the central government and impose its own strict interpretation of Islamic law.")


def test_a_burial_told_first_is_not_an_incident_of_its_day(pipeline):
    assert _events(pipeline, MOURNERS) == [("Remote explosive/landmine/IED", "2024-03-12", 11)]


FUNERALS = (
    "MOSUL, Iraq (Wire) - Funerals were held on Wednesday in Sinjar for five shepherds killed by gunmen, as the local "
    "council declared three days of mourning.\n\n"
    "The shepherds were found shot dead on Tuesday morning in a valley west of the town, where they had taken their "
    "flocks to graze, a local official said.\n\n"
    "Security forces deployed to the area and imposed a curfew on nearby villages.\n\n"
    "The official blamed Islamic State militants for the killings. The group has not commented.")


def test_the_toll_a_funeral_gives_goes_to_the_incident_told_after_it(pipeline):
    assert _events(pipeline, FUNERALS) == [("Attack", "2024-03-12", 5)]


FUNERAL_ONLY = (
    "KIRKUK, Iraq (Wire) - Funerals were held on Wednesday in Hawija for four policemen killed in an ambush on "
    "Tuesday, police said.\n\n"
    "The governor called for calm.\n\n"
    "Schools in the area were closed.\n\n"
    "The army said it would send more troops.")

ATTACKED_FUNERAL = (
    "KIRKUK, Iraq (Wire) - A suicide bomber blew himself up at a funeral in Hawija on Tuesday, killing 12 mourners, "
    "police said.\n\n"
    "The governor called for calm.\n\n"
    "Schools in the area were closed.\n\n"
    "The army said it would send more troops.")


def test_guard_a_funeral_whose_incident_is_told_nowhere_else_and_an_attack_on_a_funeral(pipeline):
    assert [(e[0], e[2]) for e in _events(pipeline, FUNERAL_ONLY)] == [("Armed clash", 4)]
    assert _events(pipeline, ATTACKED_FUNERAL) == [("Suicide bomb", "2024-03-12", 12)]


BOMBER = (
    "MAIDUGURI, Nigeria (Wire) - The death toll from Wednesday's suicide bombing at a market in Konduga has risen to "
    "19, emergency officials said on Thursday.\n\n"
    "The bomber, a woman, detonated explosives among traders at the busy market on Wednesday afternoon. Officials "
    "had initially said 12 people were killed.\n\n"
    "\"Seven more people died in hospital overnight,\" an emergency services official said. Dozens of others were wounded.\n\n"
    "On Thursday morning, gunmen suspected to be jihadists attacked the village of Mafa, killing five farmers, "
    "residents said. The attackers arrived on motorcycles and opened fire on men working in the fields.\n\n"
    "The army said it had sent troops to the area. Jihadist violence has killed thousands of people in the "
    "northeast since 2009.")


def test_a_suicide_bombing_told_again_by_its_bomber_is_one_event(pipeline):
    assert _events(pipeline, BOMBER) == [("Suicide bomb", "2024-03-13", 19), ("Attack", "2024-03-14", 5)]


ROUNDUP = (
    "BAGHDAD, Iraq (Wire) - A roadside bomb killed three soldiers near the town of Tarmiyah north of the capital on "
    "Wednesday, security officials said.\n\n"
    "The bomb struck an army patrol as it drove along a farm road, the officials said. Two other soldiers were "
    "wounded and taken to a hospital in Baghdad.\n\n"
    "In other violence, gunmen shot dead a village headman in Baquba on Tuesday evening, police said. The man was "
    "returning from a mosque when two men on a motorcycle opened fire on him.\n\n"
    "Elsewhere, a mortar round landed near a market in Tuz Khurmatu on Monday, wounding four people, a local "
    "official said.\n\n"
    "Separately, Iraqi forces clashed with Islamic State militants in the Hamrin mountains on Wednesday, killing "
    "two militants, the military said in a statement.\n\n"
    "No group claimed responsibility for the bombing.")


def test_guard_a_roundup_gives_one_event_per_incident(pipeline):
    assert _events(pipeline, ROUNDUP) == [("Remote explosive/landmine/IED", "2024-03-13", 3), ("Attack", "2024-03-12", 1),
                                          ("Shelling/artillery/missile attack", "2024-03-11", 0),
                                          ("Armed clash", "2024-03-13", 2)]
