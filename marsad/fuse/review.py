"""Review: analysts' decisions over the machine's fused events, and the published table they give.

Pure functions over model records (see docs/review.md):

- :func:`make_entry` turns a decision on a fused event into a :class:`~marsad.model.ReviewEntry` anchored to
  stable keys: the per-report event ids (content hashes) of its members, and a snapshot of what the
  machine said under the decision.
- :func:`link_rules` turns the log's merges and splits into the must-link / cannot-link rules
  (:class:`~marsad.model.Decision`) that fusion obeys; for each pair of events the latest decision wins.
- :func:`publish` rebuilds the published table from the machine output and the log, deterministically:
  the entries of each event are applied in (at, id) order, so the same decisions in any order give the
  same table. An edit pins only the fields it changed; a reject hides the event (it stays in the audit);
  a decision whose machine output changed since (a re-run read the text differently) is queued again
  for review, never applied blindly and never dropped.
- :func:`queue_key` ranks the review queue: low confidence first, then events whose machine output
  changed since review, then disagreement between sources.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Mapping

from ..errors import UsageError
from ..model import Decision, FusedEvent, ReviewEntry

VERSION = "review-0.1"
ACTIONS = ("confirm", "edit", "reject", "merge", "split")
LINKS = ("merge", "split")
STATUS = {"confirm": "confirmed", "edit": "edited", "reject": "rejected", "merge": "merged", "split": "split"}
LOW_CONFIDENCE = 0.5
_INT = ("time_precision", "inter1", "inter2", "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
        "injured")
_FLOAT = ("latitude", "longitude")
_TEXT = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "country_code", "admin1",
         "admin2", "location")
EDITABLE = _TEXT + _INT + _FLOAT


def check_fields(fields: Mapping | None) -> dict:
    """The fields of an edit, checked: known names, values of the right type (None clears a field)."""
    if not isinstance(fields, Mapping) or not fields:
        raise UsageError("an edit needs fields: a mapping of field name to new value",
                         remedy="Give e.g. fatalities=4 (CLI) or {\"fields\": {\"fatalities\": 4}} (API).")
    out = {}
    for k, v in fields.items():
        if k not in EDITABLE:
            raise UsageError(f"field {str(k)[:40]!r} cannot be edited", remedy="Editable: " + ", ".join(EDITABLE) + ".")
        if v is None or v == "":
            if k in ("event_type", "sub_event_type"):
                raise UsageError(f"{k} cannot be empty")
            out[k] = None
            continue
        try:
            if k in _INT:
                if isinstance(v, bool) or (isinstance(v, float) and not v.is_integer()):
                    raise ValueError
                out[k] = int(v)
                if out[k] < 0:
                    raise ValueError
            elif k in _FLOAT:
                out[k] = float(v)
                if not (-90 <= out[k] <= 90 if k == "latitude" else -180 <= out[k] <= 180):
                    raise ValueError
            else:
                if not isinstance(v, str):
                    raise ValueError
                out[k] = " ".join(v.split())[:500]
        except (TypeError, ValueError):
            raise UsageError(f"{k}: not a valid value: {str(v)[:40]!r}",
                             remedy="Counts and precisions are whole numbers >= 0, coordinates are degrees.") from None
    return out


def snapshot(f: FusedEvent, names: Iterable[str] = EDITABLE) -> dict:
    """What the machine says about ``f``: the fields named, and its members."""
    return {"fields": {n: getattr(f, n) for n in names}, "members": sorted(f.event_ids)}


def values(f: FusedEvent | None, names: Iterable[str]) -> dict:
    return {n: (getattr(f, n) if f is not None else None) for n in names}


def make_entry(action: str, target: FusedEvent, published: FusedEvent | None, *, at: str, reviewer: str,
               fields: Mapping | None = None, others: Iterable[FusedEvent] = (), take_out: Iterable[str] = (),
               reason: str | None = None) -> ReviewEntry:
    """A log entry for ``action`` on the machine's fused event ``target`` (``published``: how it reads now).

    ``others``: the events a merge joins to it. ``take_out``: the member event ids a split separates."""
    if action not in ACTIONS:
        raise UsageError(f"unknown review action {action!r}", remedy="Use " + ", ".join(ACTIONS) + ".")
    if not reviewer:
        raise UsageError("a decision needs a reviewer")
    anchors = tuple(sorted(target.event_ids))
    with_anchors: tuple[str, ...] = ()
    if action == "edit":
        changed = check_fields(fields)
        names = sorted(changed)
        before, after = values(published or target, names), changed
        machine = snapshot(target, names)
    elif action == "merge":
        others = [o for o in others if o.id != target.id]
        if not others:
            raise UsageError("a merge needs another event", remedy="Name the events to merge with (--with / \"with\").")
        with_anchors = tuple(sorted({i for o in others for i in o.event_ids} - set(anchors)))
        before, after = {"events": sorted([target.id] + [o.id for o in others])}, {"members": sorted(set(anchors) | set(with_anchors))}
        machine = snapshot(target, ())
    elif action == "split":
        # the reports to take out (or to keep apart from it: a report fused elsewhere stays apart from now on)
        out = tuple(sorted(set(take_out)))
        anchors = tuple(sorted(set(anchors) | set(out)))
        if not out or set(out) == set(anchors):
            raise UsageError("a split names some, not all, of the event's per-report events",
                             remedy="Give the per-report event ids (its sources) to take out of the fused event.")
        with_anchors = out
        before = {"members": list(anchors)}
        after = {"members": sorted(set(anchors) - set(out)), "split_off": list(out)}
        machine = snapshot(target, ())
    else:
        before = values(published, ("event_date", "event_type", "fatalities", "location")) if published else {"published": False}
        after = {"status": STATUS[action]}
        machine = snapshot(target)
    return ReviewEntry(action=action, anchors=anchors, at=at, reviewer=reviewer, target=target.id,
                       with_anchors=with_anchors, fields_before=before, fields_after=after, machine=machine,
                       reason=(reason or None))


def order_key(e: ReviewEntry) -> tuple:
    return (e.at, e.id)


def link_rules(entries: Iterable[ReviewEntry]) -> list[Decision]:
    """Must-link (merge) and cannot-link (split) rules between per-report events; per pair, the latest wins."""
    pairs: dict[tuple[str, str], tuple[str, ReviewEntry]] = {}
    for e in sorted((e for e in entries if e.action in LINKS), key=order_key):
        if e.action == "merge":
            todo = [(a, b) for a in e.anchors for b in e.with_anchors]
        else:
            keep = sorted(set(e.anchors) - set(e.with_anchors))
            todo = [(a, b) for a in e.with_anchors for b in keep]
        for a, b in todo:
            if a != b:
                pairs[tuple(sorted((a, b)))] = (e.action, e)
    return [Decision(kind, a, b, e.reason, e.reviewer) for (a, b), (kind, e) in sorted(pairs.items())]


@dataclass(frozen=True)
class Published:
    """One machine event after review: its published form (None when rejected) and its review state."""

    machine: FusedEvent
    event: FusedEvent | None
    status: str | None              # None (unreviewed) | confirmed | edited | rejected | merged | split
    reviewer: str | None
    at: str | None
    entry_id: str | None
    pinned: tuple[str, ...]         # the fields an edit pins
    queued: tuple[str, ...]         # entries not applied: the machine output under them changed
    confidence: float | None
    notes: str | None
    tier: int | None = None         # the review queue's tier (None: needs no review), see queue_key


def _stale(e: ReviewEntry, f: FusedEvent) -> bool:
    m = e.machine or {}
    if e.action in LINKS:
        return False
    names = list((m.get("fields") or {}).keys())
    now = snapshot(f, names)
    if e.action == "edit":
        return now["fields"] != m.get("fields")
    return now != {"fields": m.get("fields"), "members": m.get("members")}


def resolve(anchors: Iterable[str], where: Mapping[str, str]) -> str | None:
    """The fused event (id) holding most of the anchors (ties: the smallest id); None when none is left."""
    counts: dict[str, int] = {}
    for a in anchors:
        if a in where:
            counts[where[a]] = counts.get(where[a], 0) + 1
    return min(counts, key=lambda k: (-counts[k], k)) if counts else None


def _note(e: ReviewEntry) -> str:
    what = STATUS[e.action]
    if e.action == "edit":
        what += " " + ", ".join(f"{k}={v}" for k, v in sorted((e.fields_after or {}).items()))
    return f"{what} by {e.reviewer} on {e.at[:10]}" + (f" ({e.reason})" if e.reason else "")


def publish(machine: Iterable[FusedEvent], entries: Iterable[ReviewEntry],
            confidence: Mapping[str, float] | None = None) -> tuple[list[Published], list[ReviewEntry]]:
    """The published table from the machine output and the log, and the orphaned entries (no event holds
    any of their anchors any more: kept in the queue, never dropped). Sorted by event id."""
    machine = sorted(machine, key=lambda f: f.id)
    confidence = confidence or {}
    where = {i: f.id for f in machine for i in f.event_ids}
    by_event: dict[str, list[ReviewEntry]] = {}
    orphans = []
    for e in sorted(entries, key=order_key):
        fid = resolve(e.anchors, where)
        if fid is None:
            orphans.append(e)
        else:
            by_event.setdefault(fid, []).append(e)
            if e.action == "merge":     # the other side of a merge is reviewed too
                for o in {resolve([a], where) for a in e.with_anchors} - {fid, None}:
                    by_event.setdefault(o, []).append(e)
    out = []
    for f in machine:
        pins: dict = {}
        status = reviewer = at = entry_id = None
        queued: list[str] = []
        notes: list[str] = []
        for e in sorted(by_event.get(f.id, ()), key=order_key):
            if _stale(e, f):
                queued.append(e.id)
                continue
            queued = []
            if e.action == "edit":
                pins.update(e.fields_after or {})
            status, reviewer, at, entry_id = STATUS[e.action], e.reviewer, e.at, e.id
            if e.action == "confirm" and pins:
                status = "edited"
            notes.append(_note(e))
        confs = [confidence[i] for i in f.event_ids if confidence.get(i) is not None]
        pub = None if status == "rejected" else (replace(f, **pins) if pins else f)
        p = Published(f, pub, status, reviewer, at, entry_id, tuple(sorted(pins)), tuple(queued),
                      round(max(confs), 3) if confs else None, "; ".join(notes) or None)
        key = queue_key(p)
        out.append(replace(p, tier=key[0]) if key else p)
    return out, orphans


def queue_key(p: Published) -> tuple | None:
    """Where ``p`` sits in the review queue (smaller first), or None when it needs no review:
    tier 0 low confidence, 1 machine output changed since review, 2 sources disagree, 3 the rest unreviewed."""
    if p.status is not None and not p.queued:
        return None
    conf = p.confidence if p.confidence is not None else 0.0
    n_dis = len(p.machine.disagreements)
    tier = 0 if conf < LOW_CONFIDENCE else 1 if p.queued else 2 if n_dis else 3
    return (tier, conf, -n_dis, p.machine.id)
