"""The change test, its guards, the series and the periods, on hand-built event tables with known answers."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from marsad.analyze.change import ChangeParams, benjamini_hochberg, compare, rate_ratio_test
from marsad.analyze.periods import parse_period, preceding
from marsad.analyze.series import Filters, series
from marsad.analyze.sources import activity, doc_sources, new_sources, source_of
from marsad.errors import LevelError, PeriodError


def ev(i, day, *, admin1="Northmarch", country="Freedonia", gp=1, docs=("d0",), urban=None, **kw):
    return {"id": f"fev_{admin1}_{i}", "event_date": day, "event_type": "Battles", "sub_event_type": "Armed clash",
            "actor1": kw.get("actor1"), "actor2": None, "country": country, "country_code": "FD", "admin1": admin1,
            "admin2": kw.get("admin2"), "latitude": 10.0, "longitude": 20.0, "geo_precision": gp,
            "fatalities": kw.get("fatalities", 1), "doc_ids": list(docs), "urban": urban}


def spread(n, start, days, **kw):
    """n events spread evenly over ``days`` days from ``start``."""
    d0 = date.fromisoformat(start)
    return [ev(f"{start}-{k}", (d0 + timedelta(days=(k * days) // max(n, 1))).isoformat(), **kw) for k in range(n)]


W1, W2 = parse_period("2021-W10"), parse_period("2021-W11")


def test_four_to_sixteen_is_a_significant_rise():
    rows = compare(spread(4, "2021-03-08", 7) + spread(16, "2021-03-15", 7), W1, W2, level="admin1")
    (r,) = rows
    assert (r["before"], r["after"]) == (4, 16)
    assert r["rate_ratio"] == 4.0
    assert r["p_value"] == pytest.approx(0.011818, abs=1e-5)     # binomial: 16 of 20 at p0 = 0.5
    assert r["ci_low"] > 1.0 and r["ci_high"] > r["rate_ratio"]
    assert r["direction"] == "rise" and r["surge"] and r["flags"] == []


def test_eight_to_eight_is_no_change():
    (r,) = compare(spread(8, "2021-03-08", 7) + spread(8, "2021-03-15", 7), W1, W2, level="admin1")
    assert r["p_value"] == 1.0 and r["rate_ratio"] == 1.0
    assert r["ci_low"] < 1.0 < r["ci_high"]
    assert r["direction"] == "no change"


def test_two_to_five_on_a_low_baseline_is_guarded():
    jan, feb = parse_period("2021-01"), parse_period("2021-02")
    (r,) = compare(spread(2, "2021-01-01", 31) + spread(5, "2021-02-01", 28), jan, feb, level="admin1")
    assert (r["before"], r["after"]) == (2, 5)
    assert "low baseline" in r["flags"]            # 2 events in 31 days: under one a week
    assert r["direction"] == "no change" and not r["surge"]
    # the same rise with a guard that does not apply is still not significant
    (r2,) = compare(spread(2, "2021-01-01", 31) + spread(5, "2021-02-01", 28), jan, feb, level="admin1",
                    params=ChangeParams(low_baseline_per_week=0))
    assert "low baseline" not in r2["flags"] and r2["direction"] == "no change"


def test_unequal_periods_compare_rates():
    # 10 events in 10 days, then 10 in 20 days: the rate halved
    t = rate_ratio_test(10, 10, 10, 20)
    assert t.rate_ratio == pytest.approx(0.5)
    assert t.ci_low < 0.5 < t.ci_high
    # same rate over unequal lengths: no change at all
    assert rate_ratio_test(10, 10, 20, 20).p_value == pytest.approx(1.0)


def test_a_new_sources_spike_is_flagged():
    docs = [{"id": f"old{i}", "published": "2021-03-09", "url": f"https://old-wire.example/{i}"} for i in range(4)]
    docs += [{"id": f"new{i}", "published": "2021-03-16", "url": f"https://www.newcomer.example/{i}"} for i in range(14)]
    docs += [{"id": "old9", "published": "2021-03-16", "url": "https://old-wire.example/9"}]
    before = [ev(f"b{i}", "2021-03-09", docs=(f"old{i}",)) for i in range(4)]
    after = [ev(f"n{i}", "2021-03-16", docs=(f"new{i}",)) for i in range(14)]
    after += [ev(f"o{i}", "2021-03-17", docs=("old9",)) for i in range(2)]
    new = new_sources(docs, W2, source_of)
    assert new == {"newcomer.example"}
    (r,) = compare(before + after, W1, W2, level="admin1", doc_source=doc_sources(docs), new=new)
    assert (r["before"], r["after"]) == (4, 16)
    assert "new source" in r["flags"] and r["new_source_share"] == 0.875
    assert r["direction"] == "no change" and not r["surge"]
    # documents per source per period are recorded
    act = {(a["source"], a["period"]): a["documents"] for a in activity(docs, "week")}
    assert act[("newcomer.example", "2021-W11")] == 14 and act[("old-wire.example", "2021-W10")] == 4


def test_incomplete_latest_period_is_cut_to_the_days_covered():
    # 16 events in the first 3 days of March, the data end on 2021-03-03: March is compared on 3 days
    feb, mar = parse_period("2021-02"), parse_period("2021-03")
    rows = compare(spread(28, "2021-02-01", 28) + spread(3, "2021-03-01", 3), feb, mar, level="admin1",
                   data_end=date(2021, 3, 3))
    (r,) = rows
    assert "incomplete period" in r["flags"] and r["after_days"] == 3
    assert r["rate_ratio"] == pytest.approx(1.0)      # one a day before and after: no fall
    assert r["direction"] == "no change"


def test_overdispersion_is_flagged():
    jan, feb = parse_period("2021-01-04..2021-01-31"), parse_period("2021-02-01..2021-02-28")
    bursty = spread(20, "2021-01-04", 1) + spread(20, "2021-02-01", 1)           # all in one week each
    steady = spread(20, "2021-01-04", 28, admin1="Southmarch") + spread(20, "2021-02-01", 28, admin1="Southmarch")
    rows = {r["unit"]: r for r in compare(bursty + steady, jan, feb, level="admin1")}
    assert "overdispersed" in rows["Northmarch"]["flags"]
    assert "overdispersed" not in rows["Southmarch"]["flags"]


def test_benjamini_hochberg():
    q = benjamini_hochberg([0.01, 0.04, 0.03, 0.5])
    assert q == pytest.approx([0.04, 0.05333333, 0.05333333, 0.5])


def test_country_placed_events_never_count_toward_an_admin1():
    evs = spread(3, "2021-03-08", 7) + [ev("c1", "2021-03-09", admin1=None, gp=3)]
    rows = series(evs, by="week", level="admin1")
    assert [(r["unit"], r["events"]) for r in rows] == [("Northmarch", 3)]
    assert sum(r["events"] for r in series(evs, by="week", level="country")) == 4


def test_series_fills_gaps_and_filters():
    evs = spread(2, "2021-01-05", 2) + spread(3, "2021-03-05", 2) + spread(1, "2021-03-05", 1, admin1="Southmarch")
    rows = series(evs, by="month", level="admin1", filters=Filters(region="northmarch"))
    assert [(r["period"], r["events"]) for r in rows] == [("2021-01", 2), ("2021-02", 0), ("2021-03", 3)]
    assert rows[0]["event_ids"] == [e["id"] for e in evs[:2]]


def test_periods_and_errors():
    assert parse_period("2020Q1").days == 91 and parse_period("2020-W12").start == date(2020, 3, 16)
    assert preceding(parse_period("2020Q1")).label == "2019Q4"
    assert parse_period("2020-01-01..2020-03-31").days == 91
    for bad in ("2020Q5", "2020-13", "March", "2020-03-01..2020-02-01", "2020-W60"):
        with pytest.raises(PeriodError) as e:
            parse_period(bad)
        assert e.value.code == "bad_period" and e.value.remedy
    with pytest.raises(LevelError):
        series([], level="province")


def test_exact_test_agrees_with_scipy_stats_binomtest():
    # the p-value is computed with scipy.special alone (scipy.stats costs seconds of import per command)
    import random

    from scipy.stats import binomtest

    from marsad.analyze.change import _two_sided_p

    rng = random.Random(7)
    for _ in range(3000):
        n = rng.randint(1, 300)
        k = rng.randint(0, n)
        p0 = rng.choice([0.5, 1 / 3, 0.25, rng.uniform(0.01, 0.99)])
        assert abs(_two_sided_p(k, n, p0) - binomtest(k, n, p0).pvalue) < 1e-9, (k, n, p0)
