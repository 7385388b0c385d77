"""Aggregate figures, round 10 (issue 10): kinds of writing that the third blind set's tune half showed, on
sentences written for marsad about invented places and forces. A part of a total whose verb comes before it
('has killed 3,200 people since 2017, including 1,400 civilians'); a count or a share 'of them' set after an
accepted figure; a second verb sharing the first one's 'has'; 'over the same period' taking the period of the
figure just told; 'the number of X ... has passed N X'; 'raised the number of X ... to N'; 'neutralised'
and 'terrorists' of military communiques; a share of all attacks; markets hit by attacks are no economic figure."""


def _facts(out):
    return [(a["quantity"], a["unit"], a["counted"], a["period_start"], a["period_end"]) for a in out]


def test_part_after_a_total_whose_verb_comes_first(aggs):
    out = aggs("The monitor says the Varn militia has killed at least 3,200 people in Oltara since it took up arms in "
               "2017, including more than 1,400 civilians.")
    assert _facts(out) == [(3200, "people", "people", "2017-01-01", "2021-06-15"),
                           (1400, "people", "civilians", "2017-01-01", "2021-06-15")]
    assert out[1]["quantity"] == 1400 and out[1]["low"] == 1400


def test_part_inside_one_raid_is_nothing(aggs):
    assert aggs("Gunmen killed 38 people, including 12 children, in the raid on Sunday.") == []


def test_count_of_them_after_an_accepted_figure(aggs):
    out = aggs("Camp guards in Pellor hold about 8,000 detainees, some 1,500 of them foreigners, the camp director said.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(8000, "people"), (1500, "people")]


def test_share_of_them_after_counted_attacks(aggs):
    out = aggs("The Brask air force has flown more than 9,000 sorties since the start of the war, nearly a third of "
               "them against villages.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(9000, "attacks"), (33.33, "percent")]


def test_share_of_all_attacks(aggs):
    out = aggs("The monitor recorded 540 attacks in Kessa in 2022, and nearly two-thirds of all rebel attacks in the "
               "country took place there.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(540, "attacks"), (66.67, "percent")]


def test_second_verb_shares_the_perfect(aggs):
    out = aggs("The rebellion in the Tolmar hills has killed more than 12,000 people and displaced over three million, "
               "according to the agency.")
    assert [(a["quantity"], a["low"]) for a in out] == [(12000, 12000), (3000000, 3000000)]


def test_same_period_takes_the_period_told_before(aggs):
    out = aggs("At least 310 civilians were killed across Dorvia between January and March. It said 96 people had been "
               "abducted over the same period.")
    assert _facts(out) == [(310, "people", "civilians", "2021-01-01", "2021-03-31"),
                           (96, "people", "people", "2021-01-01", "2021-03-31")]


def test_same_period_alone_is_no_period(aggs):
    assert aggs("Two people were abducted near Vell over the same period, police said.") == []


def test_number_of_x_has_passed_n_x(aggs):
    out = aggs("The number of households displaced from Varno since the start of the offensive has exceeded 6,000 "
               "households.")
    assert [(a["quantity"], a["counted"]) for a in out] == [(6000, "households")]


def test_raised_the_number_to(aggs):
    out = aggs("The ambush has raised the number of herders killed in the district since October to at least 57.")
    assert _facts(out) == [(57, "people", "herders", "2020-10-01", "2021-06-15")]


def test_neutralised_terrorists(aggs):
    out = aggs("The minister said the army had neutralised more than 300 terrorists since the beginning of April.")
    assert _facts(out) == [(300, "people", "terrorists", "2021-04-01", "2021-06-15")]


def test_markets_as_targets_are_no_economy(aggs):
    out = aggs("Police officials say attacks claimed by the group rose by about 30 percent in the second half of the "
               "year, as the militants shifted to raids and suicide attacks on markets and checkpoints.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(30, "percent")]


def test_a_market_share_stays_economy(aggs):
    assert aggs("The Tarvo stock market fell by 30 percent last year as investors fled.") == []
