"""Store functions for fusion: stories, fused events with their sources, and the merge audit.

Functions take a :class:`~marsad.store.Store`. Re-running fusion replaces the automatic results
(the machine's fused events, ``auto`` merge records) and keeps the review log (store/review.py: its
merges and splits are rules the next run obeys) and ``manual`` story assignments.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from sqlalchemy import delete, func, select

from ..model import Event, FusedEvent, content_hash, event_from_dict
from .review import machine_row
from . import Store, now_iso, schema

_BATCH = 2000


# -- per-report events ------------------------------------------------------------------------
def iter_events_sorted(store: Store) -> Iterator[Event]:
    """Every stored per-report event in canonical fusion order: (event_date, id), undated last."""
    e = schema.events
    q = select(e.c.data).order_by(e.c.event_date.is_(None), e.c.event_date, e.c.id)
    with store.engine.connect() as conn:
        res = conn.execution_options(stream_results=True, yield_per=1000).execute(q)
        for row in res:
            yield event_from_dict(json.loads(row.data))


# -- per-report event ids ---------------------------------------------------------------------------
def stored_event(store: Store, event_id: str) -> Event | None:
    """One stored per-report event, or None."""
    e = schema.events
    with store.engine.connect() as conn:
        row = conn.execute(select(e.c.data).where(e.c.id == event_id)).first()
    return event_from_dict(json.loads(row.data)) if row is not None else None


def unknown_event_ids(store: Store, ids: Iterable[str]) -> list[str]:
    """The ids (in the order given) that no stored per-report event has."""
    ids = list(dict.fromkeys(ids))
    e = schema.events
    with store.engine.connect() as conn:
        known = {r.id for r in conn.execute(select(e.c.id).where(e.c.id.in_(ids)))}
    return [i for i in ids if i not in known]


# -- fused events --------------------------------------------------------------------------------
def replace_fused(store: Store, fused: Iterable[FusedEvent], *, decided_by: str) -> dict:
    """Replace the machine's fused events and the automatic merge records (in one transaction). The
    published table (fused_events) is rebuilt from them and the review log (store.review.write_published)."""
    fe, md = schema.machine_events, schema.merge_decisions
    n_fused = n_sources = n_merges = 0
    rows_f: list[dict] = []
    rows_m: list[dict] = []
    created = now_iso()

    def flush(conn) -> None:
        if rows_f:
            conn.execute(fe.insert(), rows_f)
        if rows_m:
            conn.execute(md.insert(), rows_m)
        rows_f.clear(); rows_m.clear()

    with store.engine.begin() as conn:
        conn.execute(delete(fe))
        conn.execute(delete(md).where(md.c.kind == "auto"))
        for f in fused:
            rows_f.append(machine_row(f))
            n_fused += 1
            n_sources += len(f.sources)
            for m in f.merges:
                if m.kind != "auto":
                    continue
                rows_m.append({"id": content_hash("auto", m.event_id, m.matched, f.id, prefix="mrg_"), "kind": "auto",
                               "event_a": m.event_id, "event_b": m.matched, "fused_id": f.id, "score": m.score,
                               "reason": m.reason, "decided_by": decided_by, "created_at": created})
                n_merges += 1
            if len(rows_f) + len(rows_m) >= _BATCH:
                flush(conn)
        flush(conn)
        sm = schema.store_meta      # how many per-report events the machine fused (rejects hide some of them)
        conn.execute(delete(sm).where(sm.c.key == "machine_sources"))
        conn.execute(sm.insert().values(key="machine_sources", value=str(n_sources)))
    return {"fused_events": n_fused, "sources": n_sources, "auto_merges": n_merges}


def query_fused(store: Store, *, limit: int | None = None, **filters) -> list[dict]:
    """Fused events (as dicts, with their sources and merge records), filtered like ``Store.query_events``."""
    from . import filter_events

    e = schema.fused_events
    q = filter_events(select(e.c.data).order_by(e.c.event_date, e.c.id), e, **filters)
    if limit:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        return [json.loads(r.data) for r in conn.execute(q)]


def merge_audit(store: Store, fused_id: str | None = None, limit: int | None = None) -> list[dict]:
    md = schema.merge_decisions
    q = select(md).order_by(md.c.fused_id, md.c.event_a, md.c.id)
    if fused_id:
        q = q.where(md.c.fused_id == fused_id)
    if limit:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


# -- stories -------------------------------------------------------------------------------------
def story_assignments(store: Store) -> dict[str, str]:
    """doc_id -> story_id for every assigned document."""
    sm = schema.story_members
    with store.engine.connect() as conn:
        return {r.doc_id: r.story_id for r in conn.execute(select(sm.c.doc_id, sm.c.story_id))}


def manual_story_assignments(store: Store) -> dict[str, str]:
    sm = schema.story_members
    with store.engine.connect() as conn:
        return {r.doc_id: r.story_id for r in conn.execute(
            select(sm.c.doc_id, sm.c.story_id).where(sm.c.assigned_by == "manual"))}


def assign_story(store: Store, doc_id: str, story_id: str) -> None:
    """An analyst puts a document in a story; later runs keep it there."""
    write_story_members(store, {doc_id: (story_id, None)}, assigned_by="manual")


def write_story_members(store: Store, assignments: dict[str, tuple[str, float | None]], *,
                        assigned_by: str = "auto", renamed: dict[str, str] | None = None,
                        version: str | None = None) -> int:
    """Upsert document -> story rows (automatic rows never overwrite manual ones); ``renamed`` maps
    merged story ids to the story that absorbed them. Then refresh the stories table."""
    sm, st, d = schema.story_members, schema.stories, schema.documents
    now = now_iso()
    with store.engine.begin() as conn:
        manual = {r.doc_id for r in conn.execute(select(sm.c.doc_id).where(sm.c.assigned_by == "manual"))}
        for old, new in (renamed or {}).items():
            conn.execute(sm.update().where(sm.c.story_id == old).values(story_id=new))
        rows = [{"doc_id": doc_id, "story_id": sid, "similarity": sim, "assigned_by": assigned_by,
                 "assigned_at": now}
                for doc_id, (sid, sim) in assignments.items() if not (assigned_by == "auto" and doc_id in manual)]
        for i in range(0, len(rows), 500):      # in chunks: one DELETE and one executemany INSERT each
            chunk = rows[i:i + 500]
            conn.execute(delete(sm).where(sm.c.doc_id.in_([r["doc_id"] for r in chunk])))
            conn.execute(sm.insert(), chunk)
        conn.execute(delete(st))
        q = (select(sm.c.story_id, func.count().label("n"), func.min(d.c.published).label("first"),
                    func.max(d.c.published).label("last"))
             .select_from(sm.outerjoin(d, d.c.id == sm.c.doc_id)).group_by(sm.c.story_id))
        rows = [{"id": r.story_id, "n_docs": r.n, "first_published": r.first, "last_published": r.last,
                 "version": version, "updated_at": now} for r in conn.execute(q)]
        if rows:
            conn.execute(st.insert(), rows)
    return len(assignments)


def stories_summary(store: Store, limit: int | None = None) -> list[dict]:
    st = schema.stories
    q = select(st).order_by(st.c.n_docs.desc(), st.c.id)
    if limit:
        q = q.limit(limit)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def fusion_counts(store: Store) -> dict:
    with store.engine.connect() as conn:
        def n(t, *where):
            q = select(func.count()).select_from(t)
            for w in where:
                q = q.where(w)
            return conn.execute(q).scalar_one()
        md, sm = schema.merge_decisions, schema.store_meta
        machine = conn.execute(select(sm.c.value).where(sm.c.key == "machine_sources")).scalar()
        return {"machine_sources": int(machine) if machine is not None else None,
                "stories": n(schema.stories), "fused_events": n(schema.fused_events),
                "fused_sources": n(schema.fused_event_sources), "auto_merges": n(md, md.c.kind == "auto"),
                "analyst_decisions": n(schema.review_log)}
