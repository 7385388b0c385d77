"""Round 13 of events on full reports (issue 9, item 1): analytical writing tells no incident. A trend whose
subject joins two actors with "and", a record told in the active perfect, a sentence opened by a time of the
past, people fleeing fighting, an occasion said many times before the incident that names its day, a kind of
day ("a Sunday service"), live fire on a crowd that only blocked roads, and "one in three schools" as a share.
Reports and sentences written for these tests (real place names used generically; the incidents are invented)."""
from __future__ import annotations

from marsad.annotate import numbers
from marsad.extract import events

from event_helpers import events_of

PUB = "2024-03-14"   # a Thursday


def _events(pipeline, text: str) -> list[tuple]:
    return events_of(pipeline, text, PUB)


def _labels(text: str) -> list[tuple]:
    return [(lab.sub_event_type, lab.background, lab.aggregate) for lab in events.label_sentences(text)
            if lab.sub_event_type]


TREND_REPORT = (
    "OUAGADOUGOU, Burkina Faso (Wire) - Attacks on civilians by jihadist groups and army-backed militias are "
    "accelerating in the rural east, where a blockade has cut off dozens of towns from food and fuel, aid groups said.\n\n"
    "Armed groups have besieged the town of Djibo since 2022, and convoys carrying supplies have been ambushed "
    "repeatedly on the roads leading to it.\n\n"
    "Rights groups say the volunteers have killed hundreds of civilians whom they accuse of supporting the jihadists.\n\n"
    "The army has also carried out drone strikes on markets and funerals, killing dozens of civilians, according to "
    "a report by a rights group this month.\n\n"
    "More than two million people have fled their homes, analysts estimate. One in four schools is closed.\n\n"
    "Talks with the militants have been ruled out by the junta, which says it will win the war by force.")


def test_an_analysis_of_trends_and_records_gives_no_event(pipeline):
    assert _events(pipeline, TREND_REPORT) == []


def test_a_trend_whose_subject_joins_two_actors_is_a_trend():
    assert _labels("Attacks on civilians by jihadists and allied militias are accelerating in the east.") == \
        [("Armed clash", False, True)]


def test_drones_told_as_a_trend_are_no_strike():
    assert _labels("Drones have become the weapon of choice in the country's internal wars.")[0][2] is True


def test_an_incident_after_an_analytical_paragraph_is_still_found(pipeline):
    text = TREND_REPORT + ("\n\nOn Tuesday, gunmen killed seven traders on the road between Djibo and Kaya, "
                           "a local official said.")
    assert _events(pipeline, text) == [("Attack", "2024-03-12", 7)]


def test_a_record_in_the_active_perfect_after_the_lead_is_a_tally(pipeline):
    text = ("MOGADISHU, Somalia (Wire) - A suicide bomber killed at least nine people at a crowded market in the town "
            "of Beledweyne on Wednesday, police said.\n\n"
            "The bomber walked into the market at midday and detonated an explosive vest near a row of tea shops.\n\n"
            "Al Shabaab has carried out dozens of bombings in the central regions, according to an analyst.\n\n"
            "The army says it has driven the group from more than 200 villages and killed thousands of its fighters.\n\n"
            "The president condemned the attack. Hospitals in the town appealed for blood donors.")
    assert _events(pipeline, text) == [("Suicide bomb", "2024-03-13", 9)]


def test_a_sentence_opened_by_a_past_time_is_history():
    assert _labels("CHIBOK, Nigeria (Wire) - Ten years ago, militants stormed the girls' secondary school in this "
                   "town at night and abducted more than 200 students from their dormitories.")[0][1] is True
    assert _labels("In 2015, the rebels seized the town after days of fighting.")[0][1] is True
    # a time of the window opening the sentence is the incident's
    assert _labels("On Monday, militants stormed a school in the town and abducted 20 students.")[0][1] is False


def test_an_anniversary_feature_gives_the_march_only(pipeline):
    text = ("CHIBOK, Nigeria (Wire) - Ten years ago, militants stormed the girls' secondary school in this town at "
            "night and abducted more than 200 students from their dormitories.\n\n"
            "Dozens of the girls are still missing, their parents say.\n\n"
            "On Monday, hundreds of parents and supporters marched through the town to demand that the government do "
            "more to free the girls still held.\n\n"
            "\"We are tired of promises,\" said one father.\n\n"
            "The governor said the government had not forgotten the missing girls.")
    assert _events(pipeline, text) == [("Peaceful protest", "2024-03-11", 0)]


def test_people_fleeing_fighting_is_no_battle(pipeline):
    text = ("NAIROBI, Kenya (Wire) - Kenya's government said on Wednesday it would reinforce its border with Somalia "
            "after a surge in refugees fleeing fighting between the Somali army and militants.\n\n"
            "More than 20,000 Somalis have crossed into Kenya since January, the UN refugee agency said.\n\n"
            "Aid groups say the camps near the border are already full.\n\n"
            "Analysts say the fighting is likely to intensify.")
    assert _events(pipeline, text) == []
    assert _labels("Rebels and soldiers fought in the town of Beledweyne on Tuesday.")[0][2] is False


def test_an_occasion_told_many_times_is_no_incident_and_the_dated_one_is_kept(pipeline):
    text = ("MAIDUGURI, Nigeria (Wire) - Hauwa Ibrahim still keeps her son's school uniform folded in a tin box.\n\n"
            "The insurgency has driven two million people from their homes, according to the United Nations.\n\n"
            "The village where Ibrahim once farmed has been attacked many times.\n\n"
            "On Sunday, militants attacked the village of Konduga again, burning houses and killing three men who had "
            "returned to tend their fields, a local official said.\n\n"
            "Aid workers say the camps are overcrowded and short of food.")
    assert _events(pipeline, text) == [("Attack", "2024-03-10", 3)]


def test_a_kind_of_day_is_no_date(pipeline):
    text = ("LAGOS, Nigeria (Wire) - A court in Nigeria on Tuesday sentenced five men to death for the 2019 bombing "
            "of a church in the northern city of Kano that killed 40 worshippers.\n\n"
            "The men were convicted of terrorism and murder after a trial that lasted more than three years.\n\n"
            "The bomber, who died in the blast, drove a car packed with explosives into the church compound during "
            "a Sunday service.\n\n"
            "Relatives of the victims welcomed the verdict.\n\n"
            "Rights groups urged the government to commute the sentences.")
    assert _events(pipeline, text) == []


def test_live_fire_on_a_crowd_that_blocked_roads_is_excessive_force():
    s = ("Security forces opened fire on protesters who had blocked roads with burning tyres in the capital on "
         "Tuesday, killing four people, a rights group said.")
    assert events.classify_sentence(s)[0] == "Excessive force against protesters"


def test_a_crowd_that_burned_a_station_or_threw_stones_is_a_violent_demonstration():
    assert events.classify_sentence("Police opened fire on protesters who set fire to a police station, killing two.")[0] \
        == "Violent demonstration"
    assert events.classify_sentence("Protesters burned tyres and threw stones at police, who fired tear gas.")[0] \
        == "Violent demonstration"


def test_one_in_three_is_a_share_not_two_counts():
    figs = numbers.figures("One in three schools in the region has closed.")
    assert [(f.kind, f.value) for f in figs] == [("fraction", 33.33)]
    assert numbers.casualties("One in five of those killed was a child.") == []
    assert [(c.kind, c.quantity.best) for c in numbers.casualties("Gunmen killed nine people in two villages.")] == \
        [("killed", 9)]
