"""Store functions for review: the machine's fused events, the append-only review log, the published table
(``fused_events`` and ``fused_event_sources``) with the review state of every event, and its changes.

Functions take a :class:`~marsad.store.Store`. The log is only ever appended to. The published table is
rewritten from what the caller computed (``marsad.fuse.review.publish``), and every row that appears,
changes or goes is recorded in ``event_changes`` at the time the caller gives (the face's clock).
"""
from __future__ import annotations

import hashlib
import json
from typing import Any, Iterable

from sqlalchemy import delete, func, select

from ..model import FusedEvent, ReviewEntry, content_hash, fused_from_dict, fused_to_dict, source_to_dict
from . import Store, now_iso, schema

_BATCH = 2000


# -- machine output -------------------------------------------------------------------------------
def machine_row(f: FusedEvent) -> dict:
    return {"id": f.id, "event_date": f.event_date, "data": json.dumps(fused_to_dict(f), ensure_ascii=False)}


def load_machine(store: Store) -> list[FusedEvent]:
    """Every machine fused event, by id."""
    m = schema.machine_events
    with store.engine.connect() as conn:
        return [fused_from_dict(json.loads(r.data)) for r in conn.execute(select(m.c.data).order_by(m.c.id))]


def event_confidences(store: Store) -> dict[str, float]:
    """Per-report event id -> its confidence."""
    e = schema.events
    with store.engine.connect() as conn:
        return {r.id: r.confidence for r in conn.execute(select(e.c.id, e.c.confidence))}


# -- the log --------------------------------------------------------------------------------------
def _entry_row(e: ReviewEntry) -> dict:
    j = lambda v: None if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
    return {"id": e.id, "at": e.at, "reviewer": e.reviewer, "action": e.action, "target": e.target,
            "anchors": json.dumps(list(e.anchors)), "with_anchors": json.dumps(list(e.with_anchors)),
            "fields_before": j(e.fields_before), "fields_after": j(e.fields_after), "machine": j(e.machine),
            "reason": e.reason}


def _entry(r) -> ReviewEntry:
    j = lambda v: None if v is None else json.loads(v)  # noqa: E731
    return ReviewEntry(action=r.action, anchors=tuple(json.loads(r.anchors)), at=r.at, reviewer=r.reviewer,
                       target=r.target, with_anchors=tuple(json.loads(r.with_anchors)), fields_before=j(r.fields_before),
                       fields_after=j(r.fields_after), machine=j(r.machine), reason=r.reason)


def append_entry(store: Store, e: ReviewEntry) -> bool:
    """Append one entry (the same entry twice is stored once). Returns whether it was new."""
    rl = schema.review_log
    with store.engine.begin() as conn:
        if conn.execute(select(rl.c.id).where(rl.c.id == e.id)).first() is not None:
            return False
        conn.execute(rl.insert().values(**_entry_row(e)))
    return True


def load_log(store: Store, *, since: str | None = None) -> list[ReviewEntry]:
    """The log in (at, id) order, from ``since`` (inclusive) when given."""
    rl = schema.review_log
    q = select(rl).order_by(rl.c.at, rl.c.id)
    if since:
        q = q.where(rl.c.at >= since)
    with store.engine.connect() as conn:
        return [_entry(r) for r in conn.execute(q)]


def entry_dict(e: ReviewEntry) -> dict:
    return {"id": e.id, "at": e.at, "reviewer": e.reviewer, "action": e.action, "target": e.target,
            "anchors": list(e.anchors), "with": list(e.with_anchors), "fields_before": e.fields_before,
            "fields_after": e.fields_after, "reason": e.reason}


# -- the published table ----------------------------------------------------------------------------
def _published_data(p: Any) -> dict:
    d = fused_to_dict(p.event)
    d["confidence"] = p.confidence
    d["review"] = {"status": p.status, "reviewer": p.reviewer, "at": p.at, "pinned": list(p.pinned),
                   "queued": list(p.queued), "notes": p.notes}
    return d


def _digest(data: str) -> str:
    """The content hash of a published row's JSON (changes are found by comparing them)."""
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def write_published(store: Store, published: Iterable[Any], *, at: str | None, partial: bool = False,
                    orphans: Iterable[ReviewEntry] = ()) -> dict:
    """Rewrite the published table and the review state from ``published`` (``fuse.review.Published``
    records), recording each published row created, updated or deleted at ``at`` (None: now, as the
    store stamps its other writes). ``partial``: ``published`` holds only some machine events; the rows
    of the others stay as they are. ``orphans``: entries none of whose events is left; each event they
    named gets a review-state row ``orphaned`` in the queue (tier 1), so that none is dropped unseen.
    One transaction."""
    at = at or now_iso()
    fe, fs, rs, ch = schema.fused_events, schema.fused_event_sources, schema.review_state, schema.event_changes
    counts = {"created": 0, "updated": 0, "deleted": 0, "published": 0, "rejected": 0, "queued": 0}
    published = list(published)
    with store.engine.begin() as conn:
        if partial:
            ids = sorted({p.machine.id for p in published})
            old = {r.id: _digest(r.data) for r in conn.execute(
                select(fe.c.id, fe.c.data).where(fe.c.id.in_(ids)))}
            conn.execute(delete(rs).where(rs.c.event_id.in_(ids)))
        else:
            old = {r.id: _digest(r.data) for r in conn.execute(select(fe.c.id, fe.c.data))}
            conn.execute(delete(rs))
        rows_f, rows_s, rows_r, rows_c, seen = [], [], [], [], set()

        def change(eid: str, kind: str, digest: str | None) -> None:
            counts[kind] += 1
            rows_c.append({"id": content_hash(eid, kind, at, digest, prefix="chg_"), "event_id": eid, "change": kind,
                           "at": at, "digest": digest})

        def flush() -> None:
            for t, rows in ((fe, rows_f), (fs, rows_s), (rs, rows_r), (ch, rows_c)):
                if rows:
                    conn.execute(t.insert(), rows)
                    rows.clear()

        for p in published:
            tier = p.tier
            rows_r.append({"event_id": p.machine.id, "status": p.status, "reviewer": p.reviewer, "at": p.at,
                           "entry_id": p.entry_id, "pinned": json.dumps(list(p.pinned)),
                           "queued": json.dumps(list(p.queued)), "tier": tier, "confidence": p.confidence,
                           "n_disagreements": len(p.machine.disagreements), "notes": p.notes,
                           "published": p.event is not None})
            counts["queued"] += bool(p.queued)
            if p.event is None:
                counts["rejected"] += 1
            else:
                f = p.event
                seen.add(f.id)
                counts["published"] += 1
                data = json.dumps(_published_data(p), ensure_ascii=False)
                digest = _digest(data)
                if old.get(f.id) != digest:
                    if f.id in old:
                        conn.execute(delete(fs).where(fs.c.fused_id == f.id))
                        conn.execute(delete(fe).where(fe.c.id == f.id))
                    row = {k: getattr(f, k) for k in fe.c.keys() if k != "data"}
                    row["data"] = data
                    rows_f.append(row)
                    for s in f.sources:
                        rows_s.append({"id": content_hash(f.id, s.event_id, prefix="fes_"), "fused_id": f.id,
                                       "event_id": s.event_id, "doc_id": s.doc_id,
                                       "data": json.dumps(source_to_dict(s), ensure_ascii=False)})
                    change(f.id, "updated" if f.id in old else "created", digest)
            if len(rows_f) + len(rows_s) + len(rows_r) >= _BATCH:
                flush()
        flush()
        gone = sorted(set(old) - seen)
        for i in range(0, len(gone), 500):
            part = gone[i:i + 500]
            conn.execute(delete(fs).where(fs.c.fused_id.in_(part)))
            conn.execute(delete(fe).where(fe.c.id.in_(part)))
        for eid in gone:
            change(eid, "deleted", None)
        lost: dict[str, list[str]] = {}
        for e in orphans:
            lost.setdefault(e.target or e.id, []).append(e.id)
        for eid, entry_ids in sorted(lost.items()):
            rows_r.append({"event_id": eid, "status": "orphaned", "reviewer": None, "at": None, "entry_id": None,
                           "pinned": "[]", "queued": json.dumps(sorted(entry_ids)), "tier": 1, "confidence": None,
                           "n_disagreements": 0, "notes": None, "published": False})
        flush()
    return counts


def machine_event(store: Store, ident: str) -> FusedEvent | None:
    """The machine event with this id, or the published one that holds this per-report event; None else."""
    m, fs = schema.machine_events, schema.fused_event_sources
    with store.engine.connect() as conn:
        row = conn.execute(select(m.c.data).where(m.c.id == ident)).first()
        if row is None:
            fid = conn.execute(select(fs.c.fused_id).where(fs.c.event_id == ident)).scalar()
            row = conn.execute(select(m.c.data).where(m.c.id == fid)).first() if fid else None
    return fused_from_dict(json.loads(row.data)) if row is not None else None


def event_confidences_of(store: Store, event_ids: Iterable[str]) -> dict[str, float]:
    e = schema.events
    ids = sorted(set(event_ids))
    with store.engine.connect() as conn:
        return {r.id: r.confidence for r in conn.execute(select(e.c.id, e.c.confidence).where(e.c.id.in_(ids)))}


def review_states(store: Store, ids: Iterable[str]) -> dict[str, dict]:
    """event id -> its review state (status, reviewer, at, queued), for the ids that have one."""
    rs = schema.review_state
    ids = list(ids)
    out = {}
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            q = select(rs.c.event_id, rs.c.status, rs.c.reviewer, rs.c.at, rs.c.queued).where(
                rs.c.event_id.in_(ids[i:i + 500]))
            for r in conn.execute(q):
                out[r.event_id] = {"status": r.status, "reviewer": r.reviewer, "at": r.at,
                                   "queued": bool(json.loads(r.queued or "[]"))}
    return out


def queue(store: Store, limit: int = 100) -> list[dict]:
    """The review queue in its order (tier, confidence, most disagreements, id), with each event's summary."""
    rs, me = schema.review_state, schema.machine_events
    q = (select(rs, me.c.data).outerjoin(me, me.c.id == rs.c.event_id).where(rs.c.tier.is_not(None))
         .order_by(rs.c.tier, func.coalesce(rs.c.confidence, 0.0), rs.c.n_disagreements.desc(), rs.c.event_id)
         .limit(limit))
    out = []
    with store.engine.connect() as conn:
        for r in conn.execute(q):
            d = json.loads(r.data) if r.data else {}
            why = "its events are gone (re-extracted): decide again" if r.status == "orphaned" else TIER_WHY.get(r.tier)
            out.append({"id": r.event_id, "tier": r.tier, "why": why, "status": r.status,
                        "queued": json.loads(r.queued or "[]"), "confidence": r.confidence,
                        "disagreements": r.n_disagreements, "event_date": d.get("event_date"),
                        "event_type": d.get("event_type"), "location": d.get("location"),
                        "fatalities": d.get("fatalities"), "number_of_sources": d.get("number_of_sources")})
    return out


TIER_WHY = {0: "low confidence", 1: "machine output changed since review", 2: "sources disagree", 3: "not reviewed"}


def changes_since(store: Store, since: str) -> list[dict]:
    """Every published event created, updated or deleted after ``since``: its last change, by event id."""
    ch = schema.event_changes
    last: dict[str, dict] = {}
    q = select(ch).where(ch.c.at > since).order_by(ch.c.at, ch.c.id)
    with store.engine.connect() as conn:
        for r in conn.execute(q):
            prev = last.get(r.event_id)
            kind = r.change
            if prev is not None and prev["change"] == "created" and kind == "updated":
                kind = "created"
            last[r.event_id] = {"event_id": r.event_id, "change": kind, "at": r.at}
    return [last[k] for k in sorted(last)]


def documents_meta(store: Store, doc_ids: Iterable[str]) -> dict[str, dict]:
    """doc id -> site, url, title (the ``source`` of exports)."""
    d = schema.documents
    ids = sorted(set(doc_ids))
    out = {}
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            for r in conn.execute(select(d.c.id, d.c.site, d.c.url, d.c.title).where(d.c.id.in_(ids[i:i + 500]))):
                out[r.id] = dict(r._mapping)
    return out

