"""Period expressions resolve against the article's published date, never the wall clock."""
import pytest

from marsad.annotate.periods import find_periods, resolve_period


@pytest.mark.parametrize("expr,published,expected", [
    ("412 raids in the first quarter of 2020", None, ("2020-01-01", "2020-03-31")),
    ("in the fourth quarter of 2019", "2021-05-01", ("2019-10-01", "2019-12-31")),
    ("Q2 2018", None, ("2018-04-01", "2018-06-30")),
    ("the first half of 2021", None, ("2021-01-01", "2021-06-30")),
    ("the second half of 2021", None, ("2021-07-01", "2021-12-31")),
    ("last year", "2020-06-15", ("2019-01-01", "2019-12-31")),
    ("since 2016", "2020-06-15", ("2016-01-01", "2020-06-15")),
    ("since 2016", None, ("2016-01-01", None)),
    ("between 2015 and 2018", None, ("2015-01-01", "2018-12-31")),
    ("2014-2017", None, ("2014-01-01", "2017-12-31")),
    ("in March", "2020-06-15", ("2020-03-01", "2020-03-31")),
    ("in November", "2020-06-15", ("2019-11-01", "2019-11-30")),
    ("so far this year", "2020-06-15", ("2020-01-01", "2020-06-15")),
    ("over the past six months", "2020-06-15", ("2019-12-15", "2020-06-15")),
    ("in the past 24 hours", "2020-06-15", ("2020-06-14", "2020-06-15")),
    ("January 2021", None, ("2021-01-01", "2021-01-31")),
    ("in 2019", None, ("2019-01-01", "2019-12-31")),
    ("last month", "2020-03-10", ("2020-02-01", "2020-02-29")),
    # since an event of the conflict: counted up to publication; a stated start resolves
    ("since the war began", "2020-06-15", (None, "2020-06-15")),
    ("since the start of the offensive", "2020-06-15", (None, "2020-06-15")),
    ("since its recapture", "2020-06-15", (None, "2020-06-15")),
    ("since the uprising began in 2011", "2020-06-15", ("2011-01-01", "2020-06-15")),
    ("since the truce took effect in February 2016", "2020-06-15", ("2016-02-01", "2020-06-15")),
    ("since the operation began on Monday", "2020-06-17", ("2020-06-15", "2020-06-17")),
    ("since the war began", None, (None, None)),
    ("since Monday", "2020-06-17", ("2020-06-15", "2020-06-17")),
    ("since last Friday", "2020-06-17", ("2020-06-12", "2020-06-17")),
])
def test_resolve(expr, published, expected):
    assert resolve_period(expr, published) == expected


def test_relative_without_published_stays_unresolved():
    assert resolve_period("last year", None) == (None, None)
    assert resolve_period("so far this year", None) == (None, None)


def test_no_period_in_plain_text():
    assert resolve_period("The militants may regroup", "2020-01-01") == (None, None)
    assert find_periods("", published="2020-01-01") == []


def test_offsets_point_at_the_expression():
    text = "Officials counted 40 raids in the first quarter of 2020 and more since 2016."
    ps = find_periods(text, published="2020-06-01")
    assert [text[p.start:p.end] for p in ps] == ["the first quarter of 2020", "since 2016"]
    assert ps[1].period_end == "2020-06-01"
