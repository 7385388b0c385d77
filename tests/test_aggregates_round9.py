"""Aggregate figures, round 9 (issue 10): kinds of writing that the second blind set's tune half showed, on
sentences written for marsad about invented or generic situations. A figure set against an accepted one
('compared to roughly 400 during the preceding 12 months', 'against perhaps 800 for ...') counts the same thing; the name
of a force before a passive casualty verb; 'martyred'; causes a toll is said to include ('including those who
died of cholera'); armed groups counted where they are active; the share of a people that a war has left in need; places
abandoned or resettled; one person's death named as a time is no toll; recruits signing up in a drive; people
'believed to be stranded'; people living in held or besieged areas (not a city's population). Not: the party
of one assault, the size of each cell of a force, a superlative's reference period, a town's population. And the periods
(annotate/periods.py): 'in the twelve months since ...', 'by the end of 2019'."""
import pytest

from marsad.annotate.periods import counting_periods, find_periods

PUB = "2021-06-15"          # a Tuesday


def _facts(out):
    return [(a["quantity"], a["low"], a["high"], a["unit"], a["counted"], a["period_start"], a["period_end"]) for a in out]


def test_figure_compared_with_an_accepted_one_and_its_year_back(aggs):
    out = aggs("Militias have killed over 900 herders across the valley in the twelve months since the ceasefire broke down, "
               "a monitoring group says, compared to roughly 400 during the preceding 12 months.")
    assert _facts(out) == [(900, 900, None, "people", "herders", "2020-06-15", PUB),
                           (400, None, None, "people", "herders", "2019-06-15", "2020-06-15")]


def test_force_set_against_another(aggs):
    out = aggs("Monitors put the front's strength at 2,000 to 2,500 fighters, against perhaps 800 for the splinter wing.")
    assert [(a["quantity"], a["low"], a["high"], a["counted"]) for a in out] == [
        (None, 2000, 2500, "fighters"), (800, None, None, "fighters")]


def test_comparison_needs_an_accepted_figure(aggs):
    # one bomb's toll is no aggregate, so the figure compared with it is none either
    assert aggs("A roadside bomb killed 12 soldiers on Monday, compared with three in a similar blast last week.") == []


# sentence, (quantity, low, high, qualifier, unit, counted contains), (period_start, period_end)
POSITIVE = [
    # the name of a force before a passive casualty verb
    ("Some 700 Zorani Guards have been killed since the front opened in 2015.",
     (700, None, None, "some", "people", "Zorani Guards"), ("2015-01-01", PUB)),
    # 'martyred' for members of a force killed
    ("Over the past year, 85 border guards were martyred in ambushes, the interior ministry said.",
     (85, None, None, None, "people", "border guards"), ("2020-06-15", PUB)),
    # causes the toll includes are not its cause; 'by the end of 2019' is a running total
    ("Including those who died of cholera in the camps, the tally of the dead stood at about 120,000 by the end of "
     "2019, a relief agency estimated.",
     (120000, None, None, "about", "people", "dead"), (None, "2019-12-31")),
    # armed groups counted where they are active
    ("Some 40 militias now operate in the three eastern provinces, the report said.",
     (40, None, None, "some", "groups", "militias"), (None, None)),
    # places emptied of their people, or given them back
    ("At least 25 hamlets along the river were emptied by the raids.",
     (25, 25, None, "at least", "places", "hamlets"), (None, None)),
    ("The authorities say 9 villages were demined and resettled in 2020.",
     (9, None, None, None, "places", "villages"), ("2020-01-01", "2020-12-31")),
    # one man's killing names a time, not a toll: the insurgents defected
    ("Since the founder's killing, more than 600 insurgents have defected to the government side.",
     (600, 600, None, "more than", "people", "insurgents"), (None, PUB)),
    # recruits signing up for a security force
    ("Over 12,000 recruits have enlisted in the home guard this year, the defence ministry says.",
     (12000, 12000, None, "over", "people", "recruits"), ("2021-01-01", PUB)),
    # 'believed/thought to be stranded', with no noun
    ("Another 15,000 are believed to be stranded on the mountain, officials say.",
     (15000, None, None, None, "people", "stranded"), (None, None)),
    # people living in a besieged area; a hedge in the relative clause after it does not hedge the figure
    ("Roughly 80,000 civilians are living in the besieged enclave, where food could run out within weeks if the "
     "convoys stop.",
     (80000, None, None, "roughly", "people", "civilians"), (None, None)),
]


@pytest.mark.parametrize("text,fig,period", POSITIVE, ids=[p[0][:40] for p in POSITIVE])
def test_aggregate_phrasings(aggs, one_aggregate, text, fig, period):
    one_aggregate(aggs(text), text, fig, period)


def test_share_of_a_people_a_war_has_left_in_need(aggs):
    out = aggs("Years of insurgency have killed 9,000 people and left a third of the district's inhabitants without "
               "enough to eat.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(9000, "people"), (pytest.approx(33.33, abs=0.01), "percent")]
    assert "inhabitants" in out[1]["counted"]


NEGATIVE = [
    # the population of a city, not one held or besieged
    "About 2 million people live in the capital, which would be hit hard if the dam breaks.",
    # the party of one assault
    "They crossed the river at dawn, about 60 fighters on motorbikes, and overran the post.",
    "Roughly 50 fighters advanced behind the armoured trucks, the unit's commander recalled.",
    # the size of each unit of a force
    "The rebels move in small cells of six to eight fighters.",
    # signing up with no armed or security force
    "Some 80 volunteers signed up to help clean the park after the festival.",
    # places left after one attack
    "Two villages were abandoned after the attack on Monday.",
    # one day's shelling; the since-clause is the superlative's reference period
    "Shelling of a crowded bus station killed at least 30 travellers on Saturday, the bloodiest single day for the "
    "city's residents since the ceasefire took hold in March.",
    # a one-off name before a casualty verb in one incident
    "Twelve Zorani soldiers were killed when their convoy hit a mine on Monday.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_not_aggregates(aggs, text):
    assert aggs(text) == []


# -- periods (annotate/periods.py) -------------------------------------------------------------------------
def _counting(text, pub=PUB):
    ps = find_periods(text, published=pub)
    return [(p.text, p.period_start, p.period_end) for p in counting_periods(text, pub, ps)]


def test_n_units_since_an_event_takes_in_the_since_clause():
    assert _counting("killed in the twelve months since the ceasefire broke down, officials said") == [
        ("in the twelve months since the ceasefire broke down", "2020-06-15", PUB)]
    assert _counting("over the three years since the takeover") == [
        ("over the three years since the takeover", "2018-06-15", PUB)]


def test_by_the_end_of_a_year_or_month():
    assert _counting("had reached 4,000 by the end of 2019") == [("by the end of 2019", None, "2019-12-31")]
    assert _counting("rose to 40,000 by the end of March 2021") == [("by the end of March 2021", None, "2021-03-31")]
