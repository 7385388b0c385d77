"""Aggregate figures, round 11 (issue 10): kinds of aggregate writing that wire reports, monitors and ministries
use often but the dev sets show only once or twice, on sentences written for marsad about invented places and
forces. A toll an estimate puts 'at more than N'; 'Of the N people killed last month, M were civilians'; a month
or a year named as the subject of its toll ('January was the deadliest month, with 310 killed'); people on the
move at a rate ('2,000 a day are crossing', 'the flow of fighters fell to 50 a month'); schools and clinics a
conflict has shut; incidents counted as 'cases of abduction'; people who have left a country; a share of 'the
region's 2 million residents'; a banned weapon's use counted in times; 'since last August'."""
from marsad.annotate.periods import find_periods


def _facts(out):
    return [(a["quantity"], a["unit"], a["period_start"], a["period_end"]) for a in out]


# -- 'put the death toll ... at more than N' ----------------------------------------------------------------------

def test_toll_put_at_a_qualified_figure(aggs):
    out = aggs("The monitoring group put the death toll in Varno since March at more than 500.")
    assert _facts(out) == [(500, "people", "2021-03-01", "2021-06-15")]
    assert out[0]["low"] == 500


def test_toll_of_one_blast_put_at_is_nothing(aggs):
    assert aggs("Police put the death toll from the blast in Varno at 12.") == []


# -- 'Of the N people killed last month, M were civilians' -------------------------------------------------------

def test_whole_and_part_of_a_months_toll(aggs):
    out = aggs("Of the 320 people killed in Dorvia last month, 140 were civilians, the monitor said.")
    assert _facts(out) == [(320, "people", "2021-05-01", "2021-05-31"), (140, "people", "2021-05-01", "2021-05-31")]


def test_whole_and_part_of_one_attack_is_nothing(aggs):
    assert aggs("Of the 12 people killed in the attack on Pellor, five were soldiers.") == []
    assert aggs("Of the 40 candidates on the list, 12 are women.") == []


# -- a month or year as the subject of its toll ------------------------------------------------------------------

def test_deadliest_month_with_its_toll(aggs):
    out = aggs("January was the deadliest month in the Tolmar hills, with 310 people killed.")
    assert _facts(out) == [(310, "people", "2021-01-01", "2021-01-31")]


def test_deadliest_day_is_no_span(aggs):
    assert aggs("Sunday was the deadliest day of the year, with 60 people killed in the capital.") == []


def test_month_and_year_as_subject_are_periods():
    ps = find_periods("March was the bloodiest month. 2019 saw 410 attacks.", published="2021-06-15")
    assert [(p.period_start, p.period_end) for p in ps] == [("2021-03-01", "2021-03-31"), ("2019-01-01", "2019-12-31")]


def test_modal_may_is_no_month():
    assert find_periods("Talks may become possible, an envoy said.", published="2021-06-15") == []


# -- people on the move at a rate --------------------------------------------------------------------------------

def test_flow_of_fighters_at_a_monthly_rate(aggs):
    out = aggs("The flow of foreign fighters into Varno had dropped to fewer than 50 a month, officials said.")
    assert [(a["quantity"], a["high"], a["unit"]) for a in out] == [(50, 50, "people")]


def test_people_crossing_a_day(aggs):
    out = aggs("Around 2,000 people a day are crossing the border into Brask, the agency said.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(2000, "people")]


def test_flow_of_goods_is_nothing(aggs):
    assert aggs("The flow of oil through the Varno pipeline fell to 40,000 barrels a day.") == []


# -- schools and clinics a conflict has shut ---------------------------------------------------------------------

def test_schools_closed_by_insecurity(aggs):
    out = aggs("More than 600 schools have closed in the Dorvo region because of insecurity since 2019.")
    assert [(a["quantity"], a["low"], a["unit"], a["counted"], a["period_start"]) for a in out] == \
        [(600, 600, "places", "schools", "2019-01-01")]


def test_share_of_schools_closed(aggs):
    out = aggs("Nearly half of the schools in the province were closed by threats from armed groups.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(50, "percent")]


def test_schools_closed_for_other_reasons_are_nothing(aggs):
    assert aggs("The ministry said 300 schools closed for the holidays last week.") == []
    assert aggs("More than 1,000 schools were shut after the floods.") == []
    assert aggs("A third of the schools in the district were built by the charity.") == []


# -- incidents counted as cases ----------------------------------------------------------------------------------

def test_cases_of_an_incident(aggs):
    out = aggs("The mission documented 210 cases of abduction in the north of Kessa last year.")
    assert [(a["quantity"], a["unit"], a["period_start"]) for a in out] == [(210, "attacks", "2020-01-01")]


def test_cases_after_the_incidents_were_named(aggs):
    out = aggs("Kidnappings for ransom have surged in Varno, with 340 cases reported in the first half of the year.")
    assert [(a["quantity"], a["unit"], a["counted"]) for a in out] == [(340, "attacks", "Kidnappings")]


def test_cases_of_disease_or_in_court_are_nothing(aggs):
    assert aggs("The clinic in Varno treated 400 cases of malaria this year.") == []
    assert aggs("After the clashes, police opened 40 cases against the protesters.") == []


# -- people who have left a country ------------------------------------------------------------------------------

def test_people_who_left_a_country(aggs):
    out = aggs("More than 80,000 Dorvians have left Brask since the expulsion campaign began in March.")
    assert _facts(out) == [(80000, "people", "2021-03-01", "2021-06-15")]


def test_soldiers_who_left_a_town_are_a_withdrawal(aggs):
    assert aggs("About 2,000 soldiers have left Kessa since the truce.") == []


# -- a share of 'the region's 2 million residents' ---------------------------------------------------------------

def test_share_of_a_stated_population_that_fled(aggs):
    out = aggs("More than half of the region's 2 million residents have fled their homes.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(50, "percent")]


def test_share_of_a_stated_staff_is_nothing(aggs):
    assert aggs("Half of the town's 40 teachers are women.") == []


# -- a banned weapon's use counted in times; 'since last August' -------------------------------------------------

def test_chemical_weapons_used_n_times(aggs):
    out = aggs("The rebels had used chemical weapons against government troops at least 12 times since last May.")
    assert [(a["quantity"], a["unit"], a["period_start"]) for a in out] == [(12, "times", "2021-05-01")]


def test_weapons_mentioned_n_times_is_nothing(aggs):
    assert aggs("The minister mentioned chemical weapons five times in his speech.") == []
    assert aggs("Inspectors have visited the chemical weapons depot four times this year.") == []


def test_since_last_month_name():
    ps = find_periods("since last August", published="2021-06-15")
    assert [(p.period_start, p.period_end, p.kind) for p in ps] == [("2020-08-01", "2021-06-15", "since")]
