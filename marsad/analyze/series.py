"""Counts of fused events and fatalities by period and unit, with the filters every analysis command shares.

Input: fused events as flat dicts (``marsad.store.analysis.fused_events``, or hand-built tables in the
tests): ``id``, ``event_date``, ``event_type``, ``sub_event_type``, ``actor1``, ``actor2``, ``country``,
``country_code``, ``admin1``, ``admin2``, ``latitude``, ``longitude``, ``geo_precision``, ``fatalities`` and
``doc_ids``. An event counts toward a unit only when it is placed that precisely: an event placed only to
its country never counts toward an admin1, one placed only to its admin1 never toward an admin2.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Iterable

from ..errors import LevelError
from ..geocode.boundaries import normalise_region
from .periods import Period, bucket, check_by, parse_period

LEVELS = ("country", "admin1", "admin2", "event_type", "sub_event_type", "actor")


@dataclass(frozen=True)
class Filters:
    """The filters every analysis command takes (all optional, case-insensitive)."""

    country: str | None = None       # country name or ISO code
    region: str | None = None        # a country, admin1 or admin2 name
    event_type: str | None = None    # ACLED event type or sub-event type
    actor: str | None = None         # part of actor1 or actor2
    since: str | None = None         # YYYY-MM-DD
    until: str | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def _low(s) -> str:
    return (s or "").lower()


def matches(ev: dict, f: Filters) -> bool:
    return _matcher(f)(ev)


@lru_cache(maxsize=65536)
def _region_key(name: str | None) -> str:
    """A region name for matching: "Anbar", "Al Anbar", "al-Anbar province" are one region."""
    return normalise_region(name) if name else ""


def _matcher(f: Filters):
    """A fast test for one set of filters (the values lower-cased once)."""
    country = f.country.lower() if f.country else None
    region = _region_key(f.region) if f.region else None
    etype = f.event_type.lower() if f.event_type else None
    actor = f.actor.lower() if f.actor else None
    since, until = f.since, f.until

    def test(ev: dict) -> bool:
        if country and country not in (_low(ev.get("country")), _low(ev.get("country_code"))):
            return False
        if region and region not in (_region_key(ev.get("country")), _region_key(ev.get("admin1")),
                                     _region_key(ev.get("admin2"))):
            return False
        if etype and etype not in (_low(ev.get("event_type")), _low(ev.get("sub_event_type"))):
            return False
        if actor and actor not in _low(ev.get("actor1")) and actor not in _low(ev.get("actor2")):
            return False
        d = ev.get("event_date") or ""
        if since and (not d or d < since):
            return False
        if until and (not d or d[:10] > until):
            return False
        return True

    return test


def select(events: Iterable[dict], f: Filters | None = None) -> list[dict]:
    """The dated events that pass the filters."""
    if f is None or not f.as_dict():
        return [e for e in events if e.get("event_date")]
    test = _matcher(f)
    return [e for e in events if e.get("event_date") and test(e)]


def check_level(level: str | None) -> str | None:
    if level is not None and level not in LEVELS:
        raise LevelError(f"unknown level {level!r}", remedy=f"Use --level {', '.join(LEVELS)}.")
    return level


def units_of(ev: dict, level: str | None) -> list[tuple[str, str | None]]:
    """The (unit, country) pairs an event counts toward at ``level`` (none when it is not placed that
    precisely; an event counts toward each of its two actors)."""
    c = ev.get("country")
    if level is None:
        return [("all", None)]
    if level == "country":
        return [(c, c)] if c else []
    if level in ("admin1", "admin2"):
        v = ev.get(level)
        return [(v, c)] if v else []
    if level == "actor":
        return [(a, c) for a in dict.fromkeys((ev.get("actor1"), ev.get("actor2"))) if a]
    v = ev.get(level)
    return [(v, c)] if v else []


def data_end(events: Iterable[dict], documents: Iterable[dict] = ()) -> date | None:
    """The last day the data covers: the latest publication date of a document, else the latest event."""
    last = max((d.get("published") or "")[:10] for d in documents) if documents else ""
    if not last:
        last = max(((e.get("event_date") or "")[:10] for e in events), default="")
    try:
        return date.fromisoformat(last) if last else None
    except ValueError:
        return None


def series(events: Iterable[dict], *, by: str = "month", level: str | None = None,
           filters: Filters | None = None, with_ids: bool = True, data_end: date | None = None) -> list[dict]:
    """One row per (period, unit): ``period``, ``start``, ``end``, ``unit``, ``country``, ``events``,
    ``fatalities``, ``complete`` (False for a period that ends after ``data_end``: its count is partial)
    and ``event_ids``. Periods with no event between a unit's first and the overall last period are rows
    with zero counts, so that a chart shows the gaps."""
    check_by(by)
    check_level(level)
    counts: dict[tuple[str, str], dict] = {}
    labels: set[str] = set()
    unit_country: dict[str, str | None] = {}
    for ev in select(events, filters):
        lab = bucket(ev["event_date"], by)
        labels.add(lab)
        for unit, country in units_of(ev, level):
            unit_country.setdefault(unit, country)
            row = counts.get((lab, unit))
            if row is None:
                row = counts[(lab, unit)] = {"events": 0, "fatalities": 0, "event_ids": []}
            row["events"] += 1
            row["fatalities"] += ev.get("fatalities") or 0
            if with_ids:
                row["event_ids"].append(ev["id"])
    if not labels:
        return []
    all_periods = _span(min(labels), max(labels), by)
    first: dict[str, str] = {}
    for lab, unit in counts:
        if unit not in first or lab < first[unit]:
            first[unit] = lab
    out = []
    for unit in sorted(unit_country, key=str):
        for p in all_periods:
            if p.label < first[unit]:
                continue
            row = counts.get((p.label, unit), {"events": 0, "fatalities": 0, "event_ids": []})
            out.append({"period": p.label, "start": p.start.isoformat(), "end": p.end.isoformat(), "unit": unit,
                        "country": unit_country[unit], **row,
                        "complete": data_end is None or p.end <= data_end})
    return out


def _span(first: str, last: str, by: str) -> list[Period]:
    """Every period of step ``by`` from the one labelled ``first`` to the one labelled ``last``."""
    from datetime import timedelta

    out = [parse_period(first)]
    end = parse_period(last).end
    while out[-1].end < end:
        out.append(parse_period(bucket((out[-1].end + timedelta(days=1)).isoformat(), by)))
    return out
