"""Aggregate figures, round 8 (issue 10): kinds of writing that the blind set's tune half showed, on sentences
written for marsad about invented or generic situations. A wire disclaimer ('a claim that could not be
verified') is no marker of a total; army-statement words for killing ('neutralised') place a toll in one raid;
posts and bases captured in one raid; arrests over street protests; the part of a total stated after the
total's clause ('..., including 260 children'); a count of the attacks in which people died over a period
('killed in 140 raids in the first half of the year'). And the periods these figures take (annotate/periods.py):
a since-clause that dates its event ('since the army began its push on March 3'), 'since early March', 'since
the beginning of October', the period of the figure's own clause, and a force's strength, which a date of the
group's founding does not date."""
import pytest

from marsad.annotate.periods import find_periods

PUB = "2021-06-15"          # a Tuesday


NEGATIVE = [
    # the disclaimer after one battle's toll
    "The colonel said at least 40 rebels were killed in the fighting for the airport, a claim that could not be verified.",
    "Officers said 35 gunmen died in the shootout at the farm, a toll nobody could check independently.",
    # army-statement words for killing, in one raid
    'A police statement said officers had "neutralised" 12 gunmen during the raid.',
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
    ("More than 900 villagers have died in the valley since the army began its push on March 3.",
     (900, 900, None, "more than", "people", "villagers"), ("2021-03-03", PUB)),
    ("At least 183 herders had died in the hills since the fighting worsened in April, the agency said.",
     (183, 183, None, "at least", "people", "herders"), ("2021-04-01", PUB)),
    ("Over 240 farmers have died in the district since early March.",
     (240, 240, None, "over", "people", "farmers"), ("2021-03-01", PUB)),
    ("Police units have conducted 64 raids on hideouts since the start of May.",
     (64, None, None, None, "attacks", "raids"), ("2021-05-01", PUB)),
    # the period of the figure's own clause, not one elsewhere in the sentence
    ("Violence has eased in recent months, but the mission said at least 420 people lost their lives in acts of violence "
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
    text = "More than 900 villagers have died in the valley since the army began its push on March 3, including 260 children."
    out = aggs(text)
    assert [(a["quantity"], a["counted"], a["period_start"], a["period_end"]) for a in out] == [
        (900, "villagers", "2021-03-03", PUB), (260, "children", "2021-03-03", PUB)]
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
    assert _periods("had left since the operation opened on May 9, officials said") == [
        ("since the operation opened on May 9", "2021-05-09", PUB, "since")]


def test_since_event_dated_with_an_abbreviated_month():
    assert _periods("since troops opened a push on the rebel camps on Oct. 30, a tally shows", "2022-01-30") == [
        ("since troops opened a push on the rebel camps on Oct. 30", "2021-10-30", "2022-01-30", "since")]


def test_since_event_dated_by_a_month_of_last_year():
    assert _periods("have reached the camps since the revolt by rival units flared up in the capital in April last year",
                    "2024-03-21") == [
        ("since the revolt by rival units flared up in the capital in April last year", "2023-04-01",
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
    assert _periods("since the beginning of October", "2020-10-25") == [
        ("since the beginning of October", "2020-10-01", "2020-10-25", "since")]


# -- second pass: periods of a relative clause, two months, a tally brought up to date, shares of a report ---------
POSITIVE_2 = [
    # a relative clause that dates the start of what is counted
    ("At least 72 people have died in the violence, which began on Saturday.",
     (72, 72, None, "at least", "people", "people"), ("2021-06-12", PUB)),
    ("The conflict, which began in 2014, has killed 14,000 people.",
     (14000, None, None, None, "people", "people"), ("2014-01-01", PUB)),
    # a relative clause that dates something else
    ("Some 8,000 people remain in the camp, which was set up in 2014.",
     (8000, None, None, "some", "people", "people"), (None, None)),
    # two months
    ("More than 700 civilians were killed in July and August, the mission said.",
     (700, 700, None, "more than", "people", "civilians"), ("2020-07-01", "2020-08-31")),
    # a toll over weeks or days of fighting, brought up to date on a day
    ("The death toll from two weeks of clashes has risen to 215.",
     (215, None, None, None, "people", "deaths"), (None, None)),
    ("The toll from a week of violence rose to 95 on Thursday.",
     (95, None, None, None, "people", "deaths"), (None, None)),
    ("Three days of fighting left 82 dead, the ministry said.",
     (82, None, None, None, "people", "dead"), (None, None)),
]


@pytest.mark.parametrize("text,fig,period", POSITIVE_2, ids=[p[0][:40] for p in POSITIVE_2])
def test_aggregate_phrasings_second_pass(aggs, one_aggregate, text, fig, period):
    one_aggregate(aggs(text), text, fig, period)


def test_the_state_of_the_next_figure_is_not_this_ones(aggs):
    # '13 million need aid': no displacement; the 6 million are displaced
    out = aggs("The agency says 13 million people need aid and 6 million are internally displaced.")
    assert [(a["quantity"], a["counted"]) for a in out] == [(6000000, "internally displaced")]


def test_shares_in_the_next_sentences_take_the_reports_period(aggs):
    out = aggs("The mission said 2,400 civilians were killed or wounded last year. Shelling caused 40 percent of "
               "the casualties, and roadside bombs 25 percent.")
    assert [(a["quantity"], a["unit"], a["period_start"], a["period_end"]) for a in out] == [
        (2400, "people", "2020-01-01", "2020-12-31"), (40, "percent", "2020-01-01", "2020-12-31"),
        (25, "percent", "2020-01-01", "2020-12-31")]


def test_since_which_began():
    assert _periods("the violence, which began on Saturday, has killed 72") == [
        ("which began on Saturday", "2021-06-12", PUB, "since")]
    assert _periods("the war that started in March 2011 has killed 400,000") == [
        ("that started in March 2011", "2011-03-01", PUB, "since")]


def test_since_which_without_a_date_is_no_period():
    assert _periods("the talks, which began with a prayer") == []


def test_since_event_dated_last_month_or_in_a_month_of_last_year():
    assert _periods("since the operation started in the region last month") == [
        ("since the operation started in the region last month", "2021-05-01", PUB, "since")]
    assert _periods("since the siege began in May last year") == [
        ("since the siege began in May last year", "2020-05-01", PUB, "since")]


def test_people_forced_from_their_homes_without_a_noun(aggs):
    out = aggs("The insurgency has killed 30,000 people and forced 2 million from their homes.")
    assert [(a["quantity"], a["unit"], a["period_end"]) for a in out] == [(30000, "people", PUB), (2000000, "people", PUB)]


def test_people_forced_from_their_homes_by_a_flood_or_in_one_raid(aggs):
    assert aggs("The floods forced 20,000 from their homes.") == []
    assert aggs("The army forced 30 from their homes in the raid.") == []


POSITIVE_3 = [
    ("The shelling has sent 50,000 fleeing since Sunday.",
     (50000, None, None, None, "people", "people"), ("2021-06-13", PUB)),
    ("The war has forced 300,000 to flee their homes.",
     (300000, None, None, None, "people", "people"), (None, PUB)),
    # a tally brought up to date by the latest incident, over a period
    ("The latest raid took the toll this year to 340.",
     (340, None, None, None, "people", "deaths"), ("2021-01-01", PUB)),
    ("The blast brought the number of dead since Sunday to 45.",
     (45, None, None, None, "people", "dead"), ("2021-06-13", PUB)),
    ("Rights groups have documented at least 250 enforced disappearances since the coup.",
     (250, 250, None, "at least", "attacks", "disappearances"), (None, PUB)),
]


@pytest.mark.parametrize("text,fig,period", POSITIVE_3, ids=[p[0][:40] for p in POSITIVE_3])
def test_aggregate_phrasings_third_pass(aggs, one_aggregate, text, fig, period):
    one_aggregate(aggs(text), text, fig, period)


def test_one_attacks_toll_brought_up_to_date_is_no_aggregate(aggs):
    assert aggs("A bomb brought the toll from the attack on the depot to 12.") == []
    assert aggs("The army sent 500 to the front.") == []


def test_a_population_that_sought_refuge_with_no_noun(aggs):
    # the state is a phrase of two words after the figure ('have sought refuge', 'have crossed into')
    out = aggs("More than 1 million have sought refuge in neighbouring countries.")
    assert [(a["quantity"], a["low"], a["unit"], a["counted"]) for a in out] == [(1000000, 1000000, "people", "sought refuge")]
    out = aggs("Some 20,000 have crossed into the neighbouring country since May.")
    assert [(a["quantity"], a["counted"], a["period_start"]) for a in out] == [(20000, "crossed into", "2021-05-01")]
