"""Aggregate figures, round 8 (issue 10): kinds of writing that the blind set's tune half showed, on sentences
written for marsad about invented or generic situations. A wire disclaimer ('a claim that could not be
verified') is no marker of a total; army-statement words for killing ('neutralised') place a toll in one raid;
posts and bases captured in one raid; arrests over street protests; the part of a total stated after the
total's clause ('..., including 260 children'); a count of the attacks in which people died over a period
('killed in 140 raids in the first half of the year'). And the periods these figures take (annotate/periods.py):
a since-clause that dates its event ('since the army began its push on March 3'), 'since early March', 'since
the start of October', the period of the figure's own clause, and a force's strength, which a date of the
group's founding does not date."""
import pytest

from marsad.annotate.periods import find_periods

PUB = "2021-06-15"          # a Tuesday


NEGATIVE = [
    # the disclaimer after one battle's toll
    "The colonel said at least 40 rebels were killed in the fighting for the airport, a claim that could not be verified.",
    "Officers said 35 gunmen died in the shootout at the farm, a figure that could not be independently confirmed.",
    # army-statement words for killing, in one raid
    'The police said in a statement that officers had "neutralised" 12 gunmen during the raid.',
    "The army said its soldiers had eliminated 22 bandits in the assault on the camp.",
    # posts and bases taken in one raid
    'A rebel spokesman said on Facebook that their fighters had seized three outposts and killed "many" soldiers.',
    "The insurgents overran two army bases and killed several guards, the spokesman said.",
    # arrests over street protests
    "The minister said 210 people had been detained across the country since Friday for looting during the demonstrations.",
    "Police said 150 protesters had been arrested since the rallies began on Saturday.",
    # the toll of one day's raids: no count of attacks
    "Gunmen killed 45 people in six raids on villages on Sunday.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_not_aggregates(aggs, text):
    assert aggs(text) == []


# sentence, (quantity, low, high, qualifier, unit, counted contains), (period_start, period_end)
POSITIVE = [
    # posts taken over a period, or in a string of assaults
    ("Since January the insurgents have overrun 14 police posts in the district.",
     (14, None, None, None, "places", "police posts"), ("2021-01-01", PUB)),
    # legal steps against an armed group stay
    ("Since 2019, 120 people have been convicted of belonging to the militia.",
     (120, None, None, None, "people", "people"), ("2019-01-01", PUB)),
    # a since-clause that dates its event
    ("More than 900 people have been killed in the valley since the army began its push on March 3.",
     (900, 900, None, "more than", "people", "people"), ("2021-03-03", PUB)),
    ("At least 183 villagers had died in the hills since the fighting escalated in April, the agency said.",
     (183, 183, None, "at least", "people", "villagers"), ("2021-04-01", PUB)),
    ("Over 300 civilians have been killed in the district since early March.",
     (300, 300, None, "over", "people", "civilians"), ("2021-03-01", PUB)),
    ("Security forces had carried out 127 raids on hideouts since the start of May.",
     (127, None, None, None, "attacks", "raids"), ("2021-05-01", PUB)),
    # the period of the figure's own clause, not one elsewhere in the sentence
    ("Violence has eased in recent months, but the mission said at least 420 people were killed in acts of violence "
     "and armed conflict in May.",
     (420, 420, None, "at least", "people", "people"), ("2021-05-01", "2021-05-31")),
    # a force's strength: the group's founding does not date it, a date right after it does
    ("The front, formed last year, says it has more than 12,000 fighters.",
     (12000, 12000, None, "more than", "people", "fighters"), (None, None)),
    ("The militia is believed to have between 1,500 and 2,500 fighters, making it the largest faction since it broke "
     "away in 2017.",
     (None, 1500, 2500, None, "people", "fighters"), (None, None)),
    ("The group had about 4,000 fighters in 2019, the report said.",
     (4000, None, None, "about", "people", "fighters"), ("2019-01-01", "2019-12-31")),
]


@pytest.mark.parametrize("text,fig,period", POSITIVE, ids=[p[0][:40] for p in POSITIVE])
def test_aggregate_phrasings(aggs, one_aggregate, text, fig, period):
    one_aggregate(aggs(text), text, fig, period)


def test_part_of_a_total_after_its_clause(aggs):
    text = "More than 900 people have been killed in the valley since the army began its push on March 3, including 260 children."
    out = aggs(text)
    assert [(a["quantity"], a["counted"], a["period_start"], a["period_end"]) for a in out] == [
        (900, "people", "2021-03-03", PUB), (260, "children", "2021-03-03", PUB)]
    assert text[out[1]["start"]:out[1]["end"]] == "including 260 children"


def test_part_among_them_takes_the_period_of_the_total(aggs):
    out = aggs("At least 500 people were killed across the region last year, among them 120 women.")
    assert [(a["quantity"], a["unit"], a["counted"], a["period_start"]) for a in out] == [
        (500, "people", "people", "2020-01-01"), (120, "people", "women", "2020-01-01")]


def test_part_of_a_single_toll_is_no_aggregate(aggs):
    # the total is one attack's toll, so its part is none either
    assert aggs("A car bomb killed 14 people at the market on Monday, including three children.") == []


def test_people_killed_in_attacks_over_a_period(aggs):
    out = aggs("Some 310 people were killed in 140 bandit raids in the northern districts in the first half of the year.")
    assert [(a["quantity"], a["unit"], a["counted"], a["period_start"]) for a in out] == [
        (310, "people", "people", "2021-01-01"), (140, "attacks", "bandit raids", "2021-01-01")]


def test_soldiers_killed_in_ambushes_in_a_year(aggs):
    out = aggs("In 2020, 95 soldiers died in 61 ambushes along the highway.")
    assert [(a["quantity"], a["unit"], a["period_start"], a["period_end"]) for a in out] == [
        (95, "people", "2020-01-01", "2020-12-31"), (61, "attacks", "2020-01-01", "2020-12-31")]


# -- periods (annotate/periods.py) -------------------------------------------------------------------------
def _periods(text, pub=PUB):
    return [(p.text, p.period_start, p.period_end, p.kind) for p in find_periods(text, published=pub)]


def test_since_event_dated_on_a_day():
    assert _periods("had fled since the operation began on May 22, officials said") == [
        ("since the operation began on May 22", "2021-05-22", PUB, "since")]


def test_since_event_dated_with_an_abbreviated_month():
    assert _periods("since the army launched an offensive against its bases on Oct. 30, a tally shows", "2022-01-30") == [
        ("since the army launched an offensive against its bases on Oct. 30", "2021-10-30", "2022-01-30", "since")]


def test_since_event_dated_by_a_month_of_last_year():
    assert _periods("have arrived since the war between the two armies erupted in the capital in April last year",
                    "2024-03-21") == [
        ("since the war between the two armies erupted in the capital in April last year", "2023-04-01",
         "2024-03-21", "since")]


def test_since_event_with_no_date_stays_open():
    assert _periods("since the truce, he said") == [("since the truce", None, PUB, "since")]


def test_since_event_date_not_past_a_comma():
    # 'in 2019' belongs to another clause
    assert _periods("since the siege, 300 people in 2019") == [
        ("since the siege", None, PUB, "since"), ("in 2019", "2019-01-01", "2019-12-31", "year")]


def test_since_part_of_a_month():
    assert _periods("since early March") == [("since early March", "2021-03-01", PUB, "since")]
    assert _periods("since mid-April") == [("since mid-April", "2021-04-11", PUB, "since")]


def test_since_the_start_of_a_month():
    assert _periods("since the start of October", "2020-10-25") == [
        ("since the start of October", "2020-10-01", "2020-10-25", "since")]
