"""Rural against urban, from the gazetteer's population and feature class of the event place.

The rule (``docs/analysis.md``), for events placed to a town or near one (geo_precision 1 or 2):

1. a rural relation written with the place ("on the outskirts of X", "rural areas of X", "the X
   countryside"; lexicons ``rural_relations`` and ``rural_relations_after``) makes the event **rural**,
   whatever the place;
2. else a populated place (feature class P) is **urban** when the gazetteer gives it at least
   ``urban_population`` people (config key, default 10,000) or it is a capital or an admin seat (PPLC,
   PPLA, PPLA2), and **rural** otherwise (a village the gazetteer gives no population counts as rural);
3. else (an event placed to a province, an admin-level area, or a place the gazetteer does not know) it is
   **unknown** and counted in neither.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, Iterable

from .. import lexicons

SEATS = ("PPLC", "PPLA", "PPLA2")


@lru_cache(maxsize=None)
def _before_rx() -> re.Pattern:
    return re.compile(r"\b(?:" + lexicons.alternation("rural_relations") +
                      r")(?:\s+the)?(?:\s+(?:city|town|village|province|district)\s+of)?\s*$", re.I)


@lru_cache(maxsize=None)
def _after_rx() -> re.Pattern:
    return re.compile(r"^(?:'s)?\s*(?:" + lexicons.alternation("rural_relations_after") + r")\b", re.I)


@lru_cache(maxsize=None)
def _in_sentence_rx() -> re.Pattern:
    return re.compile(r"\b(?:" + lexicons.alternation("rural_relations") +
                      r")(?:\s+the)?(?:\s+(?:city|town|village|province|district)\s+of)?\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", re.I)


def _fold(s: str) -> set[str]:
    t = unicodedata.normalize("NFKD", s)
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    return {w for w in re.findall(r"[a-z0-9]+", t) if w not in ("al", "el", "ar", "as", "an", "the")}


def rural_relation(before: str | None, after: str | None = None, sentence: str | None = None,
                   location: str | None = None) -> bool:
    """True when the text around the place name puts the event in the countryside of the place: just
    before it, just after it, or anywhere in the event's sentence right before the place's name (when the
    report's dateline, not the sentence, gave the place)."""
    if (before and _before_rx().search(before)) or (after and _after_rx().match(after)):
        return True
    if sentence and location:
        names = _fold(location)
        return any(_fold(m.group(1)) & names for m in _in_sentence_rx().finditer(sentence))
    return False


def classify(geo_precision: int | None, feature_code: str | None, population: int | None, *,
             before: str | None = None, after: str | None = None, sentence: str | None = None,
             location: str | None = None, threshold: int = 10_000) -> bool | None:
    """True urban, False rural, None unknown (see the module docstring)."""
    if geo_precision not in (1, 2):
        return None
    if rural_relation(before, after, sentence, location):
        return False
    fc = feature_code or ""
    if not fc.startswith("PPL"):
        return None
    return (population or 0) >= threshold or fc in SEATS


PlaceLookup = Callable[[dict], tuple[str | None, int | None]]


def gazetteer_lookup(gaz, max_km: float = 5.0) -> PlaceLookup:
    """A cached (event -> (feature_code, population)) lookup in a ``marsad.geocode.gazetteer.Gazetteer``:
    the entry with the event's location name and country nearest its coordinates (within ``max_km``)."""
    from ..fuse.events import haversine_km

    names: dict[tuple, list] = {}
    cache: dict[tuple, tuple[str | None, int | None]] = {}

    def look(ev: dict) -> tuple[str | None, int | None]:
        name, lat, lon, cc = ev.get("location"), ev.get("latitude"), ev.get("longitude"), ev.get("country_code")
        if not name or lat is None or lon is None:
            return None, None
        key = (name, cc, round(lat, 3), round(lon, 3))
        if key not in cache:
            if (name, cc) not in names:
                names[(name, cc)] = [e for e in gaz.search(name, limit=20)
                                     if not (cc and e.country_code and e.country_code != cc)]
            best, best_km = None, max_km
            for e in names[(name, cc)]:
                km = haversine_km(lat, lon, e.latitude, e.longitude)
                if km <= best_km:
                    best, best_km = e, km
            cache[key] = (best.feature_code, best.population) if best else (None, None)
        return cache[key]

    return look


def annotate(events: Iterable[dict], lookup: PlaceLookup | None, contexts: dict[str, tuple[str, str, str]] | None = None,
             *, threshold: int = 10_000) -> list[dict]:
    """The events with ``urban`` set (True/False/None); ``contexts``: fused id -> (text before, text after
    the place, the event's sentence) from ``marsad.store.analysis.location_contexts``."""
    out = []
    contexts = contexts or {}
    for ev in events:
        fc, pop = lookup(ev) if lookup is not None and ev.get("geo_precision") in (1, 2) else (None, None)
        before, after, sentence = contexts.get(ev["id"], (None, None, None))
        out.append({**ev, "urban": classify(ev.get("geo_precision"), fc, pop, before=before, after=after,
                                            sentence=sentence, location=ev.get("location"), threshold=threshold)})
    return out


def split(events: Iterable[dict]) -> dict[str, list[str]]:
    """{'urban': ids, 'rural': ids, 'unknown': ids}."""
    out: dict[str, list[str]] = {"urban": [], "rural": [], "unknown": []}
    for ev in events:
        u = ev.get("urban")
        out["urban" if u is True else "rural" if u is False else "unknown"].append(ev["id"])
    return out
