"""Event fusion: the reports of one real incident become one fused event that keeps all its sources.

Steps (see docs/fusion.md):

1. **Blocking.** An event is only ever compared with the open clusters of its block: same event type,
   same country, same admin1 (an event without admin1 is compared with every cluster of its country
   and type), and a date no more than ``window_days`` away from every member. Events without a date
   are never fused automatically.
2. **Pairwise score** in [0, 1] from the date gap, the distance, the sub-event type, the actors, the
   fatalities and the text (same story, same location name). Hard constraints ("cannot link") come
   first: two events of the same document, a date gap beyond the window, a distance beyond
   ``max_km``, two different countries, or an analyst's split decision.
3. **Clustering.** Events are taken in canonical order (date, then id) and each joins the open cluster
   with the best mean score over its members when that is at least ``threshold`` and no member
   forbids it (complete link on the constraints), else starts a new cluster. A cluster is closed, and
   emitted, once the stream has moved past its window, so memory stays flat on sorted streams.
   Analysts' merge decisions join two events whatever their score.
4. **Reconciliation.** Fatalities become low / best / high across sources (best = the lower median
   of the non-zero reported figures); the most precise location (lowest geo_precision, then the most reported)
   and the most precise date (lowest time_precision, then the most reported, then the earliest);
   majority vote for types and actors. ``number_of_sources`` counts distinct documents; every source
   keeps its evidence spans and what it said.
5. **Audit.** Every join is a :class:`MergeRecord` with its score and a human-readable reason.

Properties (tested with hypothesis): the same events in any order give the same fused events, and
fusing again changes nothing. Ids: a fused event's id is the content hash of its first member in
canonical order, so it stays put when later reports join.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator, Mapping

from ..errors import UsageError
from ..model import (Decision, Event, Evidence, FusedEvent, MergeRecord, SourceRef, content_hash,  # noqa: F401
                     event_from_dict, fused_from_dict, fused_to_dict, source_to_dict)

VERSION = "fuse-events-0.1"


@dataclass(frozen=True)
class FusionParams:
    window_days: int = 2          # two reports of one incident differ by at most this many days
    max_km: float = 60.0          # ... and lie at most this far apart (when both have coordinates)
    threshold: float = 0.65       # minimum mean pairwise score to join a cluster
    near_km: float = 10.0         # closer than this counts as the same place


# -- helpers ------------------------------------------------------------------------------------
def _day(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _key(s: str | None) -> str | None:
    return " ".join(s.lower().split()) if s else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _tokens(s: str | None) -> frozenset[str]:
    if not s:
        return frozenset()
    return frozenset(t for t in "".join(ch.lower() if ch.isalnum() else " " for ch in s).split() if len(t) > 2)


@dataclass
class _Item:
    """An event with what the scorer needs precomputed."""

    ev: Event
    day: date | None
    ordinal: int | None
    type_key: str
    country: str | None
    admin1: str | None
    story: str | None
    actors: frozenset[str]

    @classmethod
    def of(cls, ev: Event, story: str | None = None) -> "_Item":
        d = _day(ev.event_date)
        return cls(ev, d, d.toordinal() if d else None, _key(ev.event_type) or "?",
                   _key(ev.country_code) or _key(ev.country), _key(ev.admin1), story,
                   _tokens(ev.actor1) | _tokens(ev.actor2))


def canonical_key(ev: Event) -> tuple:
    return (ev.event_date or "9999-99-99", ev.id)


# -- pairwise ------------------------------------------------------------------------------------
def cannot_link(a: _Item, b: _Item, params: FusionParams, splits: Mapping[str, set[str]]) -> str | None:
    """Why a and b can never be the same incident, or None."""
    if a.ev.doc_id == b.ev.doc_id:
        return "same document"
    if b.ev.id in splits.get(a.ev.id, ()):
        return "analyst split"
    if a.ordinal is None or b.ordinal is None:
        return "no date"
    if abs(a.ordinal - b.ordinal) > params.window_days:
        return "dates too far apart"
    if a.country and b.country and a.country != b.country:
        return "different countries"
    if a.type_key != b.type_key:
        return "different event types"
    ea, eb = a.ev, b.ev
    if None not in (ea.latitude, ea.longitude, eb.latitude, eb.longitude):
        if haversine_km(ea.latitude, ea.longitude, eb.latitude, eb.longitude) > params.max_km:
            # a region-level location (precision 3) may legitimately sit far from the town
            if (ea.geo_precision or 1) < 3 and (eb.geo_precision or 1) < 3:
                return "too far apart"
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return "different admin1"
    return None


def pair_score(a: _Item, b: _Item, params: FusionParams) -> tuple[float, list[str]]:
    """Score in [0, 1] and the reasons, for two events that passed ``cannot_link``."""
    ea, eb = a.ev, b.ev
    parts: list[tuple[float, float]] = []     # (weight, value)
    why: list[str] = []
    gap = abs(a.ordinal - b.ordinal)
    loose = (ea.time_precision or 1) > 1 or (eb.time_precision or 1) > 1
    parts.append((0.25, 1.0 if gap == 0 else (0.8 if loose else 1.0 - gap / (params.window_days + 1))))
    why.append("same day" if gap == 0 else f"{gap} day(s) apart")
    if None not in (ea.latitude, ea.longitude, eb.latitude, eb.longitude):
        km = haversine_km(ea.latitude, ea.longitude, eb.latitude, eb.longitude)
        coarse = max(ea.geo_precision or 1, eb.geo_precision or 1) >= 2
        v = 1.0 if km <= params.near_km else max(0.0, 1.0 - km / params.max_km)
        if coarse:
            v = max(v, 0.6)
        parts.append((0.3, v))
        why.append(f"{km:.1f} km apart")
    elif _key(ea.location) and _key(ea.location) == _key(eb.location):
        parts.append((0.3, 0.9))
        why.append("same location name")
    else:
        parts.append((0.3, 0.5))
        why.append("location unknown")
    same_sub = _key(ea.sub_event_type) == _key(eb.sub_event_type)
    parts.append((0.15, 1.0 if same_sub else 0.3))
    why.append("same sub-event type" if same_sub else "sub-event types differ")
    if a.actors and b.actors:
        j = len(a.actors & b.actors) / len(a.actors | b.actors)
        parts.append((0.15, 0.2 + 0.8 * j))
        why.append(f"actors overlap {j:.2f}")
    else:
        parts.append((0.15, 0.5))
    fa, fb = ea.fatalities, eb.fatalities
    if fa is not None and fb is not None:
        m = max(fa, fb)
        v = 1.0 if m == 0 else max(0.0, 1.0 - abs(fa - fb) / m)
        parts.append((0.1, 0.3 + 0.7 * v))
        why.append(f"fatalities {fa} vs {fb}")
    else:
        parts.append((0.1, 0.5))
    if a.story and b.story:
        same = a.story == b.story
        parts.append((0.15, 1.0 if same else 0.2))
        why.append("same story" if same else "different stories")
    total = sum(w for w, _ in parts)
    return sum(w * v for w, v in parts) / total, why


# -- clustering ----------------------------------------------------------------------------------
@dataclass
class _Cluster:
    seq: int
    items: list[_Item] = field(default_factory=list)
    merges: list[MergeRecord] = field(default_factory=list)
    min_ord: int = 0
    blocks: tuple = ()

    def add(self, it: _Item) -> None:
        if not self.items:
            self.min_ord = it.ordinal if it.ordinal is not None else 0
        elif it.ordinal is not None:
            self.min_ord = min(self.min_ord, it.ordinal)
        self.items.append(it)


class Fuser:
    """Streaming fusion over events sorted by :func:`canonical_key`."""

    def __init__(self, params: FusionParams = FusionParams(), decisions: Iterable[Decision] = (),
                 stories: Mapping[str, str] | None = None):
        self.params = params
        self.stories = stories or {}
        self.splits: dict[str, set[str]] = defaultdict(set)
        self.must: dict[str, set[str]] = defaultdict(set)
        self.why: dict[frozenset, str] = {}
        for d in sorted(decisions, key=lambda d: (d.kind, d.event_a, d.event_b, d.reason or "", d.decided_by or "")):
            target = self.must if d.kind == "merge" else self.splits
            target[d.event_a].add(d.event_b)
            target[d.event_b].add(d.event_a)
            if d.kind == "merge":
                self.why[frozenset((d.event_a, d.event_b))] = "analyst merge" + (f": {d.reason}" if d.reason else "") + (
                    f" (by {d.decided_by})" if d.decided_by else "")
        self.blocks: dict[tuple, list[_Cluster]] = defaultdict(list)
        self.open: list[_Cluster] = []
        self.where: dict[str, _Cluster] = {}     # event id -> open cluster (for analysts' merges)
        self.closed_must: set[str] = set()      # analyst-merged events whose cluster is already closed
        self._seq = 0
        self._last: tuple | None = None
        self._cur_ord: int | None = None

    def _block_keys(self, it: _Item) -> tuple:
        return ((it.type_key, it.country, it.admin1), (it.type_key, it.country, "*"))

    def _candidates(self, it: _Item) -> list[_Cluster]:
        if it.admin1 is None:
            keys = [(it.type_key, it.country, "*")]
        else:
            keys = [(it.type_key, it.country, it.admin1), (it.type_key, it.country, None)]
        seen, out = set(), []
        for k in keys:
            for c in self.blocks.get(k, ()):
                if c.seq not in seen:
                    seen.add(c.seq)
                    out.append(c)
        return out

    def _close(self, upto: int | None) -> Iterator[list]:
        """Emit the clusters that can no longer grow (their earliest date is out of the window)."""
        keep, done = [], []
        for c in self.open:
            if upto is None or c.min_ord < upto - self.params.window_days and not self._pending(c):
                done.append(c)
            else:
                keep.append(c)
        if not done:
            return
        self.open = keep
        gone = {c.seq for c in done}
        for k in list(self.blocks):
            lst = [c for c in self.blocks[k] if c.seq not in gone]
            if lst:
                self.blocks[k] = lst
            else:
                del self.blocks[k]
        for c in done:
            for it in c.items:
                self.where.pop(it.ev.id, None)
                if it.ev.id in self.must:
                    self.closed_must.add(it.ev.id)
            yield c

    def _pending(self, c: _Cluster) -> bool:
        """A cluster stays open while an analyst's merge involving one of its events is not satisfied yet:
        the partner has not arrived, or sits in another open cluster (both are joined at the end)."""
        for it in c.items:
            for p in self.must.get(it.ev.id, ()):
                other = self.where.get(p)
                if other is None:
                    if p not in self.closed_must:
                        return True
                elif other is not c:
                    return True
        return False

    def push(self, ev: Event) -> Iterator[FusedEvent]:
        key = canonical_key(ev)
        if self._last is not None and key < self._last:
            raise UsageError("Fuser.push needs events sorted by canonical_key (date, id)",
                             remedy="Feed the events in canonical_key order (store.fused.iter_events_sorted).")
        if key == self._last:
            return  # the same event twice: fusing again changes nothing
        self._last = key
        it = _Item.of(ev, self.stories.get(ev.doc_id))
        if it.ordinal is not None and it.ordinal != self._cur_ord:
            # clusters can only close when the stream moves to a new day
            self._cur_ord = it.ordinal
            for c in self._close(it.ordinal):
                yield reconcile(c)
        elif it.ordinal is None and self._cur_ord is not None:
            self._cur_ord = None
            for c in self._close(10**9):
                yield reconcile(c)
        best, best_score, best_match, best_why = None, -1.0, None, None
        manual = [self.where[p] for p in sorted(self.must.get(ev.id, ())) if p in self.where]
        if manual:
            best = min(manual, key=lambda c: c.seq)
            partner = sorted(p for p in self.must[ev.id] if self.where.get(p) is best)[0]
            best_match, best_score = partner, 1.0
            best_why = [self.why.get(frozenset((ev.id, partner)), "analyst merge")]
            kind = "manual"
        elif it.ordinal is not None:
            kind = "auto"
            for c in self._candidates(it):
                scores, ok = [], True
                for m in c.items:
                    why_not = cannot_link(it, m, self.params, self.splits)
                    if why_not is not None:
                        ok = False
                        break
                    scores.append((pair_score(it, m, self.params), m.ev.id))
                if not ok or not scores:
                    continue
                mean = sum(s[0][0] for s in scores) / len(scores)
                top = max(scores, key=lambda s: (s[0][0], s[1]))
                if mean > best_score + 1e-12 or (abs(mean - best_score) <= 1e-12 and c.seq < best.seq):
                    best, best_score, best_match, best_why = c, mean, top[1], top[0][1]
            if best is not None and best_score < self.params.threshold:
                best = None
        if best is None:
            self._seq += 1
            best = _Cluster(self._seq)
            self.open.append(best)
            for k in self._block_keys(it):
                self.blocks[k].append(best)
        else:
            best.merges.append(MergeRecord(ev.id, best_match, round(best_score, 4),
                                           f"{kind} merge, score {best_score:.2f}: " + "; ".join(best_why), kind))
        best.add(it)
        self.where[ev.id] = best

    def finish(self) -> Iterator[FusedEvent]:
        # analysts' merges whose partners ended in two clusters (e.g. dates far apart): join them now
        done = list(self._close(None))
        by_event = {it.ev.id: c for c in done for it in c.items}
        parent = {c.seq: c.seq for c in done}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        extra: dict[int, list[MergeRecord]] = defaultdict(list)
        for a, bs in sorted(self.must.items()):
            for b in sorted(bs):
                ca, cb = by_event.get(a), by_event.get(b)
                if ca is None or cb is None:
                    continue
                ra, rb = find(ca.seq), find(cb.seq)
                if ra != rb:
                    lo, hi = sorted((ra, rb))
                    parent[hi] = lo
                    extra[lo].append(MergeRecord(b if cb.seq == hi else a, a if cb.seq == hi else b, 1.0,
                                                 "manual merge: " + self.why.get(frozenset((a, b)), "analyst merge"),
                                                 "manual"))
        groups: dict[int, _Cluster] = {}
        for c in sorted(done, key=lambda c: c.seq):
            r = find(c.seq)
            if r not in groups:
                groups[r] = _Cluster(r)
            g = groups[r]
            g.items.extend(c.items)
            g.merges.extend(c.merges)
        for r, g in groups.items():
            g.merges.extend(extra.get(r, ()))
            yield reconcile(g)


def fuse_stream(events: Iterable[Event], params: FusionParams = FusionParams(), decisions: Iterable[Decision] = (),
                stories: Mapping[str, str] | None = None) -> Iterator[FusedEvent]:
    """Fuse events already sorted by :func:`canonical_key`; yields fused events as their window closes."""
    f = Fuser(params, decisions, stories)
    for ev in events:
        yield from f.push(ev)
    yield from f.finish()


def fuse_events(events: Iterable[Event], params: FusionParams = FusionParams(), decisions: Iterable[Decision] = (),
                stories: Mapping[str, str] | None = None) -> list[FusedEvent]:
    """Fuse events in any order; the result is sorted by (date, id) and does not depend on the input order."""
    uniq: dict[str, Event] = {}
    for e in events:
        # ids are content hashes, so one id is one event; should two differ anyway, keep one deterministically
        if e.id not in uniq or repr(e) < repr(uniq[e.id]):
            uniq[e.id] = e
    evs = sorted(uniq.values(), key=canonical_key)
    out = list(fuse_stream(evs, params, decisions, stories))
    out.sort(key=lambda f: (f.event_date or "9999-99-99", f.id))
    return out


# -- reconciliation ------------------------------------------------------------------------------
def _lower_median(xs: list[int]) -> int:
    xs = sorted(xs)
    return xs[(len(xs) - 1) // 2]


def _vote(values: list, tiebreak=None):
    """The most reported non-null value (ties: the longest, then the smallest)."""
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    c = Counter(vals)
    return min(c, key=lambda v: (-c[v], -len(str(v)), str(v)))


def reconcile(c: _Cluster) -> FusedEvent:
    items = sorted(c.items, key=lambda it: canonical_key(it.ev))
    evs = [it.ev for it in items]
    seed = evs[0]
    # the most precise date: lowest time_precision, then the most reported, then the earliest
    dated = [e for e in evs if e.event_date]
    if dated:
        best_tp = min((e.time_precision or 1) for e in dated)
        cands = Counter(e.event_date for e in dated if (e.time_precision or 1) == best_tp)
        event_date = min(cands, key=lambda d: (-cands[d], d))
        time_precision = best_tp if any(e.time_precision is not None for e in dated) else None
    else:
        event_date, time_precision = None, None
    # the most precise location: lowest geo_precision among events with coordinates, then the most reported
    located = [e for e in evs if e.latitude is not None and e.longitude is not None]
    if located:
        gp = min((e.geo_precision or 9) for e in located)
        pool = [e for e in located if (e.geo_precision or 9) == gp]
        counts = Counter((_key(e.location), round(e.latitude, 4), round(e.longitude, 4)) for e in pool)
        loc_ev = min(pool, key=lambda e: (-counts[(_key(e.location), round(e.latitude, 4), round(e.longitude, 4))],
                                          -e.confidence, e.id))
    else:
        named = [e for e in evs if e.location]
        loc_ev = min(named, key=lambda e: ((e.geo_precision or 9), e.id)) if named else None
    fat = [e.fatalities for e in evs if e.fatalities is not None]
    lows = [e.fatalities_low if e.fatalities_low is not None else e.fatalities for e in evs
            if e.fatalities is not None or e.fatalities_low is not None]
    highs = [e.fatalities_high if e.fatalities_high is not None else e.fatalities for e in evs
             if e.fatalities is not None or e.fatalities_high is not None]
    injured = [e.injured for e in evs if e.injured is not None]
    et = _vote([e.event_type for e in evs])
    st = _vote([e.sub_event_type for e in evs if _key(e.event_type) == _key(et)])
    a1 = _vote([e.actor1 for e in evs])
    a2 = _vote([e.actor2 for e in evs if e.actor2 != a1])
    inter1 = _vote([e.inter1 for e in evs if e.actor1 == a1]) if a1 else None
    inter2 = _vote([e.inter2 for e in evs if e.actor2 == a2]) if a2 else None
    sources = tuple(SourceRef(e.id, e.doc_id, e.event_date, e.sub_event_type, e.location, e.latitude, e.longitude,
                              e.geo_precision, e.fatalities, e.actor1, e.actor2, e.evidence) for e in evs)
    disagreements = []
    for name, vals in (("event_date", [e.event_date for e in evs]), ("fatalities", fat),
                       ("sub_event_type", [e.sub_event_type for e in evs]), ("location", [e.location for e in evs]),
                       ("actor1", [e.actor1 for e in evs])):
        distinct = sorted({v for v in vals if v is not None}, key=str)
        if len(distinct) > 1:
            disagreements.append((name, tuple(distinct)))
    merges = tuple(sorted(c.merges, key=lambda m: (m.event_id, m.matched)))
    country_ev = loc_ev if loc_ev is not None and loc_ev.country else next((e for e in evs if e.country), seed)
    admin_ev = loc_ev if loc_ev is not None and loc_ev.admin1 else next((e for e in evs if e.admin1), seed)
    return FusedEvent(
        id=content_hash(seed.id, prefix="fev_"),
        event_date=event_date, time_precision=time_precision,
        event_type=et or seed.event_type, sub_event_type=st or seed.sub_event_type,
        actor1=a1, actor2=a2, inter1=inter1, inter2=inter2,
        country=country_ev.country, country_code=country_ev.country_code,
        admin1=admin_ev.admin1, admin2=admin_ev.admin2 if admin_ev is loc_ev or loc_ev is None else loc_ev.admin2,
        location=loc_ev.location if loc_ev else None,
        latitude=loc_ev.latitude if loc_ev else None, longitude=loc_ev.longitude if loc_ev else None,
        geo_precision=loc_ev.geo_precision if loc_ev else None,
        # a report that counts no deaths does not contradict one that counts them (early or partial report)
        fatalities=_lower_median([f for f in fat if f > 0] or fat) if fat else None,
        fatalities_low=min(lows) if lows else None, fatalities_high=max(highs) if highs else None,
        injured=_lower_median(injured) if injured else None,
        number_of_sources=len({e.doc_id for e in evs}),
        sources=sources, merges=merges, disagreements=tuple(disagreements), versions=(("fuse", VERSION),),
    )
