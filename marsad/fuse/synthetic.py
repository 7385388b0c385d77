"""Synthetic per-report event records for fusion benchmarks and tests (no real data).

``synthetic_reports(n)`` yields about ``n`` Event records, sorted by ``canonical_key`` day by day,
from made-up incidents that each have 1 to ``max_sources`` reports. Reports disagree the way news
does: a day off, a rounded or updated death toll, a missing actor, a region-level location instead of
the town, another sub-event type. Each record's ``doc_id`` encodes nothing about its incident; the true
incident is returned beside the record so that the bench can score the fusion.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Iterator

from ..model import Event, Evidence, content_hash

_TYPES = {
    "Battles": ["Armed clash"],
    "Explosions/Remote violence": ["Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Air/drone strike", "Suicide bomb"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Looting/property destruction", "Arrests"],
}
_ACTORS = [f"Armed group {c}" for c in "ABCDEFGHIJKLMNOPQRST"] + ["Military Forces of Testland",
                                                                    "Police Forces of Testland", "Civilians"]


def synthetic_reports(n: int, *, seed: int = 7, countries: int = 6, admins: int = 12, towns: int = 30,
                      max_sources: int = 6, start: date = date(2020, 1, 1),
                      per_day: int | None = None) -> Iterator[tuple[Event, str]]:
    """Yield (event, incident_id) pairs, about ``n`` of them, in canonical (date, id) order."""
    rng = random.Random(seed)
    geo = {}
    for c in range(countries):
        for a in range(admins):
            clat, clon = rng.uniform(-30, 50), rng.uniform(-20, 100)
            geo[(c, a)] = (clat, clon, [(clat + rng.uniform(-1.5, 1.5), clon + rng.uniform(-1.5, 1.5))
                                        for _ in range(towns)])
    mean_sources = (1 + max_sources) / 2
    per_day = per_day or 300
    produced, day_no, inc_no = 0, 0, 0
    pending: list[tuple[int, Event, str]] = []      # reports dated later than the incident day
    while produced < n:
        day = start + timedelta(days=day_no)
        todays: list[tuple[Event, str]] = []
        n_inc = max(1, int(per_day / mean_sources))
        for _ in range(n_inc):
            inc_no += 1
            inc = f"inc{inc_no}"
            c, a = rng.randrange(countries), rng.randrange(admins)
            clat, clon, tlist = geo[(c, a)]
            t = rng.randrange(len(tlist))
            lat, lon = tlist[t]
            et = rng.choice(sorted(_TYPES))
            sub = rng.choice(_TYPES[et])
            a1 = rng.choice(_ACTORS)
            a2 = rng.choice(_ACTORS) if rng.random() < 0.6 else None
            fat = rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 20, 40])
            for s in range(rng.randint(1, max_sources)):
                shift = 1 if rng.random() < 0.15 else 0
                coarse = rng.random() < 0.2
                f = None if rng.random() < 0.2 else max(0, fat + rng.choice([0, 0, 0, -1, 1, 2]))
                doc = content_hash(inc, s, seed, prefix="doc_")
                ev = Event(
                    id=content_hash(doc, "ev", prefix="evt_"), doc_id=doc,
                    event_date=(day + timedelta(days=shift)).isoformat(), time_precision=1,
                    event_type=et, sub_event_type=sub if rng.random() < 0.85 else rng.choice(_TYPES[et]),
                    actor1=a1 if rng.random() < 0.8 else None, actor2=a2 if rng.random() < 0.7 else None,
                    country=f"Testland {c}", country_code=f"T{c}", admin1=f"Province {c}-{a}",
                    location=f"Province {c}-{a}" if coarse else f"Town {c}-{a}-{t}",
                    latitude=round(clat if coarse else lat + rng.uniform(-0.02, 0.02), 5),
                    longitude=round(clon if coarse else lon + rng.uniform(-0.02, 0.02), 5),
                    geo_precision=3 if coarse else 1, fatalities=f,
                    evidence=(Evidence("event", 0, 40), Evidence("fatalities", 50, 60)) if f is not None
                    else (Evidence("event", 0, 40),),
                    confidence=0.8)
                if shift:
                    pending.append((day_no + 1, ev, inc))
                else:
                    todays.append((ev, inc))
        todays.extend((ev, inc) for d, ev, inc in pending if d == day_no)
        pending = [p for p in pending if p[0] != day_no]
        todays.sort(key=lambda x: (x[0].event_date, x[0].id))
        for ev, inc in todays:
            yield ev, inc
            produced += 1
            if produced >= n:
                return
        day_no += 1
