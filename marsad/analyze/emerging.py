"""Actors: the most active ones, and new armed groups as ACLED's emerging-actor tracker defines them:
non-state armed actors active in a country in the latest period and not in the 12 months before it.

Non-state armed: ACLED inter code 2 (rebel groups), 3 (political militias) or 4 (identity militias) where
the event gives one; without a code, any named actor that is not state forces, civilians, protesters,
rioters or an unidentified group (lexicon ``non_armed_actor_names``, from ACLED's actor naming).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Iterable

from .. import lexicons
from .periods import Period
from .series import Filters, select

ARMED_INTER = (2, 3, 4)
COLUMNS = ["actor", "country", "first_seen", "events", "fatalities", "admin1", "event_ids"]
TOP_COLUMNS = ["actor", "events", "fatalities", "first_seen", "last_seen"]


def non_state_armed(name: str | None, inter: int | None) -> bool:
    if not name:
        return False
    if inter is not None:
        return inter in ARMED_INTER
    low = name.lower()
    return not any(low.startswith(p) for p in lexicons.load("non_armed_actor_names"))


def _actors(ev: dict) -> list[tuple[str, int | None]]:
    out = []
    for k in ("1", "2"):
        a = ev.get("actor" + k)
        if a and a not in (x for x, _ in out):
            out.append((a, ev.get("inter" + k)))
    return out


def new_armed_groups(events: Iterable[dict], period: Period, *, lookback_days: int = 365,
                     filters: Filters | None = None) -> list[dict]:
    """Rows {actor, country, first_seen, events, fatalities, admin1, event_ids}: each non-state armed actor
    active in a country during ``period`` and in none of the ``lookback_days`` before it (same country)."""
    look_start = (period.start - timedelta(days=lookback_days)).isoformat()
    start = period.start.isoformat()
    seen_before: set[tuple[str, str | None]] = set()
    acc: dict[tuple[str, str | None], dict] = {}
    for ev in select(events, filters):
        d = ev["event_date"][:10]
        for name, inter in _actors(ev):
            if not non_state_armed(name, inter):
                continue
            key = (name, ev.get("country"))
            if look_start <= d < start:
                seen_before.add(key)
            elif period.contains(d):
                r = acc.setdefault(key, {"actor": name, "country": key[1], "first_seen": d, "events": 0,
                                         "fatalities": 0, "admin1": set(), "event_ids": []})
                r["first_seen"] = min(r["first_seen"], d)
                r["events"] += 1
                r["fatalities"] += ev.get("fatalities") or 0
                if ev.get("admin1"):
                    r["admin1"].add(ev["admin1"])
                r["event_ids"].append(ev["id"])
    out = [{**r, "admin1": ", ".join(sorted(r["admin1"]))} for k, r in acc.items() if k not in seen_before]
    out.sort(key=lambda r: (-r["events"], r["first_seen"], r["actor"]))
    return out


def top_actors(events: Iterable[dict], *, n: int = 10, filters: Filters | None = None) -> list[dict]:
    """The most active actors (either side): rows {actor, events, fatalities, first_seen, last_seen, event_ids}."""
    acc: dict[str, dict] = defaultdict(lambda: {"events": 0, "fatalities": 0, "dates": [], "event_ids": []})
    for ev in select(events, filters):
        for name, _ in _actors(ev):
            r = acc[name]
            r["events"] += 1
            r["fatalities"] += ev.get("fatalities") or 0
            r["dates"].append(ev["event_date"][:10])
            r["event_ids"].append(ev["id"])
    rows = [{"actor": a, "events": r["events"], "fatalities": r["fatalities"], "first_seen": min(r["dates"]),
             "last_seen": max(r["dates"]), "event_ids": r["event_ids"]} for a, r in acc.items()]
    rows.sort(key=lambda r: (-r["events"], -r["fatalities"], r["actor"]))
    return rows[:n]
