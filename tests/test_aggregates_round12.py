"""Aggregate figures, round 12 (issue 10): kinds of aggregate writing of UN updates, conflict monitors, ministries'
communiqués and think tanks that the rules had not met, on sentences written for marsad about invented places and
forces: a table told in prose, its counted noun said once ('Varno recorded 41 incidents, Dorvo 37 and Pellor 29');
a count that changed 'from 480 to 910'; "last year's toll of 1,900"; a rank among monthly tolls; a month counted
over ('during May', 'in May alone') and a monitor's span of report ('during the reporting period', 'during the
quarter'); a ministry's 'neutralised' and 'eliminated'; battles and cases of torture counted; 'accounted for';
'the number of airstrikes tripled last year to 1,200'; attacks that 'average 40 a week'."""


def _facts(out):
    return [(a["quantity"], a["unit"], a["period_start"]) for a in out]


# -- a table in prose: the counted noun said once ----------------------------------------------------------------

def test_places_then_figures_in_a_list(aggs):
    out = aggs("In 2020, Varno recorded 41 security incidents, Dorvo 37 and Pellor 29.")
    assert _facts(out) == [(41, "attacks", "2020-01-01"), (37, "attacks", "2020-01-01"), (29, "attacks", "2020-01-01")]


def test_figures_then_places_in_a_list(aggs):
    out = aggs("Since January, 640 civilians have been killed in Varno, 210 in Dorvo and 95 in Pellor.")
    assert _facts(out) == [(640, "people", "2021-01-01"), (210, "people", "2021-01-01"), (95, "people", "2021-01-01")]
    out = aggs("The monitor recorded 54 attacks in Kessa in April, 31 in Varno and 12 in Dorvo.")
    assert _facts(out) == [(54, "attacks", "2021-04-01"), (31, "attacks", "2021-04-01"), (12, "attacks", "2021-04-01")]


def test_whole_set_out_by_place(aggs):
    out = aggs("Of the 1,240 deaths recorded in Kessa last year, 410 were in Varno, 260 in Dorvo and 190 in Pellor.")
    assert [a["quantity"] for a in out] == [1240, 410, 260, 190]
    assert {(a["unit"], a["period_start"]) for a in out} == {("people", "2020-01-01")}


def test_regions_share_a_months_toll(aggs):
    out = aggs("Last month the north accounted for 112 deaths, the centre 64 and the south 23.")
    assert _facts(out) == [(112, "people", "2021-05-01"), (64, "people", "2021-05-01"), (23, "people", "2021-05-01")]


def test_lists_that_are_no_aggregate(aggs):
    assert aggs("The army sent 40 tanks to Varno, 30 to Dorvo and 20 to Pellor.") == []
    assert aggs("Aid reached 12,000 families in Varno, 8,000 in Dorvo and 5,000 in Pellor.") == []
    assert aggs("The blast killed 9 soldiers in Kessa on Tuesday, and 4 in Varno.") == []
    assert aggs("Gunmen killed 14 people in the attack on the village, 20 in the market and 5 at the church.") == []


# -- a count that changed from one figure to another -------------------------------------------------------------

def test_change_from_one_count_to_another(aggs):
    out = aggs("Attacks on civilians in Varno nearly doubled in 2020, from 480 to 910.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(480, "attacks"), (910, "attacks")]
    out = aggs("Attacks attributed to the group nearly doubled, from 140 in 2019 to 270 in 2020.")
    assert _facts(out) == [(140, "attacks", "2019-01-01"), (270, "attacks", "2020-01-01")]


def test_changes_of_prices_and_output_are_nothing(aggs):
    assert aggs("Prices in Varno rose from 300 to 450 dinars.") == []
    assert aggs("Oil exports fell from 600,000 to 400,000 barrels a day.") == []


def test_number_changed_over_a_span_to_a_figure(aggs):
    out = aggs("The number of airstrikes in the region tripled last year to 1,200.")
    assert _facts(out) == [(1200, "attacks", "2020-01-01")]


def test_counts_that_average_a_figure(aggs):
    out = aggs("Attacks now average about 40 a week across the province, officials said.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(40, "attacks")]


# -- a span's toll named by the span; a rank among spans' tolls --------------------------------------------------

def test_span_toll_of_a_figure(aggs):
    assert _facts(aggs("Last year's toll of 1,900 was the highest since 2016.")) == [(1900, "people", "2020-01-01")]


def test_spans_budget_is_nothing(aggs):
    assert aggs("Last year's budget of 300 was cut.") == []
    assert aggs("The party's total of 85 seats was its best ever.") == []


def test_rank_among_monthly_tolls(aggs):
    out = aggs("It was the third-highest monthly toll in Kessa since 2014, with 420 people killed.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(420, "people")]


# -- spans of counting: a month counted over, a monitor's span of report -----------------------------------------

def test_month_counted_over(aggs):
    out = aggs("The ministry said 44 soldiers were killed in the Varno region during May.")
    assert _facts(out) == [(44, "people", "2021-05-01")]


def test_reporting_period(aggs):
    out = aggs("During the reporting period, 58 civilians were killed and 112 injured in Varno governorate.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(58, "people"), (112, "people")]
    out = aggs("Over the year, 19 aid workers were killed and 37 abducted in Kessa.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(19, "people"), (37, "people")]


def test_reporting_period_without_conflict_is_nothing(aggs):
    assert aggs("The hospital recorded 300 cases of malaria during the reporting period.") == []
    assert aggs("During the quarter, revenue rose to 450 million.") == []


# -- a ministry's communiqué -------------------------------------------------------------------------------------

def test_ministry_quarter_tally(aggs):
    out = aggs("Security forces neutralised 312 terrorists and arrested 1,045 suspects during the quarter.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(312, "people"), (1045, "people")]


def test_eliminated_over_a_year(aggs):
    out = aggs("The ministry said 96 terrorists had been eliminated in operations in Varno this year.")
    assert _facts(out) == [(96, "people", "2021-01-01")]


def test_eliminated_in_sport_is_nothing(aggs):
    assert aggs("The team eliminated 12 rivals in the tournament.") == []


# -- battles and abuses counted by monitors ----------------------------------------------------------------------

def test_battles_counted(aggs):
    out = aggs("Over the past week, the monitor recorded 96 battles across Kessa.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(96, "attacks")]


def test_cases_of_torture(aggs):
    out = aggs("The group said it had documented 3,100 cases of torture in Varno since 2017.")
    assert _facts(out) == [(3100, "attacks", "2017-01-01")]


# -- the party of one assault ------------------------------------------------------------------------------------

def test_party_numbering_n_in_one_assault_is_nothing(aggs):
    assert aggs("The gunmen, numbering about 30, stormed the school in Varno at dawn.") == []
