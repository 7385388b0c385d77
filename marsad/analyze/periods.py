"""Periods for the analysis commands: parsing (``2020``, ``2020Q1``, ``2020-03``, ``2020-W12``, ``2020-03-05``,
``2020-01-01..2020-03-31``), bucketing an event date into a day/week/month/quarter label, and the
completeness of a period against the end of the data (never the wall clock).

Pure functions; a malformed period is a :class:`~marsad.errors.PeriodError` (exit status 2 in the CLI).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import PeriodError

BYS = ("day", "week", "month", "quarter", "year")

_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.I)
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.I)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")

_REMEDY = "Write a period as 2020, 2020Q1, 2020-03, 2020-W12, 2020-03-05 or 2020-01-01..2020-03-31."


@dataclass(frozen=True)
class Period:
    """A closed range of days [start, end] with the label it was written as."""

    label: str
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, iso: str | None) -> bool:
        return bool(iso) and self.start.isoformat() <= iso[:10] <= self.end.isoformat()

    def clipped(self, data_end: date | None) -> "Period":
        """The part of the period covered by data that ends on ``data_end`` (the period itself if complete)."""
        if data_end is None or data_end >= self.end:
            return self
        return Period(self.label, self.start, max(data_end, self.start - timedelta(days=1)))

    def as_dict(self) -> dict:
        return {"label": self.label, "start": self.start.isoformat(), "end": self.end.isoformat(), "days": self.days}


def _quarter(y: int, q: int) -> Period:
    start = date(y, 3 * q - 2, 1)
    end = date(y + 1, 1, 1) if q == 4 else date(y, 3 * q + 1, 1)
    return Period(f"{y}Q{q}", start, end - timedelta(days=1))


def _month(y: int, m: int) -> Period:
    start = date(y, m, 1)
    end = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return Period(f"{y}-{m:02d}", start, end - timedelta(days=1))


def _week(y: int, w: int) -> Period:
    start = date.fromisocalendar(y, w, 1)
    return Period(f"{y}-W{w:02d}", start, start + timedelta(days=6))


def parse_period(text: str) -> Period:
    """A period written by an analyst -> :class:`Period`; anything else raises ``PeriodError``."""
    s = (text or "").strip()
    try:
        if m := _RANGE.match(s):
            a, b = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
            if b < a:
                raise PeriodError(f"the period {s!r} ends before it starts", remedy=_REMEDY)
            return Period(s, a, b)
        if m := _QUARTER.match(s):
            return _quarter(int(m.group(1)), int(m.group(2)))
        if m := _WEEK.match(s):
            return _week(int(m.group(1)), int(m.group(2)))
        if m := _MONTH.match(s):
            return _month(int(m.group(1)), int(m.group(2)))
        if m := _DAY.match(s):
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return Period(s, d, d)
        if m := _YEAR.match(s):
            y = int(m.group(1))
            return Period(s, date(y, 1, 1), date(y, 12, 31))
    except ValueError:
        raise PeriodError(f"{s!r} is not a valid period (no such day, week or month)", remedy=_REMEDY) from None
    raise PeriodError(f"{s!r} is not a period", remedy=_REMEDY)


def check_by(by: str) -> str:
    if by not in BYS:
        raise PeriodError(f"unknown series step {by!r}", remedy=f"Use one of: {', '.join(BYS)}.")
    return by


def bucket(iso: str, by: str) -> str:
    """The label of the day/week/month/quarter/year that contains the ISO date ``iso``."""
    if by == "month":
        return iso[:7]
    if by == "quarter":
        return f"{iso[:4]}Q{(int(iso[5:7]) - 1) // 3 + 1}"
    if by == "year":
        return iso[:4]
    if by == "day":
        return iso[:10]
    y, w, _ = date.fromisoformat(iso[:10]).isocalendar()
    return f"{y}-W{w:02d}"


def period_of(label: str) -> Period:
    """The period named by a bucket label (the inverse of :func:`bucket`)."""
    return parse_period(label)


def previous(p: Period, by: str) -> Period:
    """The period of the same step just before ``p``."""
    return period_of(bucket((p.start - timedelta(days=1)).isoformat(), by))


def last_complete(data_end: date, by: str) -> Period:
    """The latest period of step ``by`` that the data covers completely."""
    p = period_of(bucket(data_end.isoformat(), by))
    return p if p.end <= data_end else previous(p, by)


def preceding(p: Period) -> Period:
    """The period to compare ``p`` with: the previous week, month, quarter or year when ``p`` is one,
    else the same number of days just before it."""
    for by, rx in (("week", _WEEK), ("month", _MONTH), ("quarter", _QUARTER), ("year", _YEAR)):
        if rx.match(p.label):
            return previous(p, by)
    end = p.start - timedelta(days=1)
    start = end - timedelta(days=p.days - 1)
    return Period(f"{start.isoformat()}..{end.isoformat()}", start, end)
