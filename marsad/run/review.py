"""Compose review with the store: record a decision, rebuild the published table, read the queue and history.

The time of every decision and change (``at``) is given by the face that calls (CLI, API), never read here.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from ..errors import UnknownIdError, UsageError
from ..fuse import review
from ..fuse.events import fuse_events
from ..model import FusedEvent, ReviewEntry
from ..store import Store
from ..store import fused as fstore, review as rstore


def republish(store: Store, *, at: str | None, machine: list[FusedEvent] | None = None) -> dict:
    """Rebuild the published table from the machine output and the log."""
    machine = rstore.load_machine(store) if machine is None else machine
    published, orphans = review.publish(machine, rstore.load_log(store), rstore.event_confidences(store))
    counts = rstore.write_published(store, published, at=at, orphans=orphans)
    counts["orphaned"] = len(orphans)
    return counts


def _find(machine: list[FusedEvent], ident: str, store: Store | None = None) -> FusedEvent:
    """The machine event with this id, or the one holding the per-report event with this id (a stored
    per-report event not fused yet stands alone)."""
    for f in machine:
        if f.id == ident:
            return f
    for f in machine:
        if ident in f.event_ids:
            return f
    if store is not None and ident.startswith("evt_"):
        ev = fstore.stored_event(store, ident)
        if ev is not None:
            return fuse_events([ev])[0]
    raise UnknownIdError(f"no fused event or per-report event has the id {ident!r}",
                         remedy="List the ids with `marsad events --format json` or `marsad review queue`; "
                                "run `marsad fuse` after extracting new documents.")


def _record_one(store: Store, action: str, ident: str, *, at: str, reviewer: str, fields: Mapping | None,
                reason: str | None) -> tuple[ReviewEntry, dict] | None:
    """A confirm, edit or reject on one event, republishing that event only; None when the event's
    entries reach other events too (then the whole table is rebuilt, which gives the same rows)."""
    target = rstore.machine_event(store, ident)
    if target is None:
        return None
    members = set(target.event_ids)
    log = rstore.load_log(store)
    mine = [e for e in log if members & (set(e.anchors) | set(e.with_anchors))]
    if any(not set(e.anchors) | set(e.with_anchors) <= members for e in mine):
        return None
    conf = rstore.event_confidences_of(store, members)
    before = review.publish([target], mine, conf)[0][0]
    entry = review.make_entry(action, target, before.event, at=at, reviewer=reviewer, fields=fields, reason=reason)
    rstore.append_entry(store, entry)
    after = review.publish([target], mine + [entry], conf)[0]
    return entry, rstore.write_published(store, after, at=at, partial=True)


def record(store: Store, action: str, ident: str, *, at: str, reviewer: str, fields: Mapping | None = None,
           others: Iterable[str] = (), reason: str | None = None) -> tuple[ReviewEntry, dict]:
    """Append one decision to the log and apply it (a merge or split re-runs fusion, which obeys it).

    ``ident``: a fused event id or one of its per-report event ids. ``others``: for a merge, the events
    (either kind of id) to join; for a split, the per-report event ids to take out."""
    from .fuse import fuse_store

    if action not in review.ACTIONS:
        raise UsageError(f"unknown review action {action!r}", remedy="Use " + ", ".join(review.ACTIONS) + ".")
    if action not in review.LINKS:
        done = _record_one(store, action, ident, at=at, reviewer=reviewer, fields=fields, reason=reason)
        if done is not None:
            return done
    machine = rstore.load_machine(store)
    target = _find(machine, ident, store)
    others = list(others)
    published = {p.machine.id: p.event for p in review.publish(machine, rstore.load_log(store))[0]}
    if action == "merge":
        entry = review.make_entry(action, target, published.get(target.id), at=at, reviewer=reviewer,
                                  others=[_find(machine, o, store) for o in others], reason=reason)
    elif action == "split":
        if not others and ident != target.id:
            others = [ident]          # `split EVENT_ID`: take that report out of its fused event
        missing = fstore.unknown_event_ids(store, others)
        if missing:
            raise UnknownIdError(f"no stored per-report event has the id {', '.join(missing)}",
                                 remedy=f"Give the ids of its sources: marsad review history {target.id}.")
        entry = review.make_entry(action, target, published.get(target.id), at=at, reviewer=reviewer,
                                  take_out=others, reason=reason)
    else:
        entry = review.make_entry(action, target, published.get(target.id), at=at, reviewer=reviewer,
                                  fields=fields, reason=reason)
    rstore.append_entry(store, entry)
    if action in review.LINKS:
        counts = fuse_store(store, at=at)
    else:
        counts = republish(store, at=at, machine=machine)
    return entry, counts


def history(store: Store, ident: str) -> dict:
    """An event's history: every log entry about any of its members, oldest first, with its state."""
    machine = rstore.load_machine(store)
    f = _find(machine, ident)
    members = set(f.event_ids)
    entries = [rstore.entry_dict(e) for e in rstore.load_log(store)
               if members & (set(e.anchors) | set(e.with_anchors)) or e.target == f.id]
    state = rstore.review_states(store, [f.id]).get(f.id)
    return {"id": f.id, "members": sorted(members), "state": state, "entries": entries}
