"""Compose fusion with the store: assign stored documents to stories, fuse the stored events.

- :func:`assign_stories`: incremental. Documents already in a story stay there; new documents join an
  open story of their time window or start one. Near-duplicates join their original's story.
- :func:`fuse_store`: fuses every stored per-report event (streamed in (date, id) order, so memory
  stays flat), obeying the review log's merges and splits, replaces the machine's fused events and
  rebuilds the published table (run/review.py). Running it twice gives the same rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from itertools import groupby
from typing import Iterable, Iterator

from sqlalchemy import select

from ..fuse.events import VERSION as FUSE_VERSION, FusionParams, canonical_key, fuse_stream
from ..fuse.stories import (IDF, VERSION as STORIES_VERSION, StoryDoc, StoryIndex, StoryParams, _parse_date,
                            features, vectorize)
from ..model import Event
from ..store import Store, schema
from ..store import fused as fstore


@dataclass
class StoriesSummary:
    new_documents: int = 0
    joined_existing: int = 0
    new_stories: int = 0
    stories_total: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def assign_stories(store: Store, params: StoryParams = StoryParams()) -> StoriesSummary:
    """Put every stored document that has no story yet into one (incrementally)."""
    d = schema.documents
    assigned = fstore.story_assignments(store)
    with store.engine.connect() as conn:
        rows = conn.execute(select(d.c.id, d.c.published, d.c.near_duplicate_of)).all()
    new = [r for r in rows if r.id not in assigned and r.near_duplicate_of is None]
    near = [r for r in rows if r.id not in assigned and r.near_duplicate_of is not None]
    summary = StoriesSummary(new_documents=len(new) + len(near))
    out: dict[str, tuple[str, float | None]] = {}
    if new:
        days = [x for x in (_parse_date(r.published) for r in new) if x is not None]
        lo = (min(days) - timedelta(days=params.window_days)).isoformat() if days else None
        hi = (max(days) + timedelta(days=params.window_days)).isoformat() if days else None
        context_ids = [r.id for r in rows if r.id in assigned and (
            r.published is None or lo is None or lo <= (r.published or "")[:10] <= hi)]
        texts = {x["id"]: x for x in store.iter_documents(ids=[r.id for r in new] + context_ids,
                                                          include_near_duplicates=True)}
        ctx = [StoryDoc(i, texts[i]["text"], texts[i]["published"], texts[i]["title"]) for i in context_ids if i in texts]
        fresh = sorted((StoryDoc(r.id, texts[r.id]["text"], texts[r.id]["published"], texts[r.id]["title"])
                        for r in new if r.id in texts), key=StoryDoc.sort_key)
        feats = {x.id: features(x.text, x.title, x.day) for x in ctx + fresh}
        for doc_id, gid in _resolved_places(store, list(feats)):
            feats[doc_id]["p:" + str(gid)] += 1
        idf = IDF()
        for f in feats.values():
            idf.add(f)
        index = StoryIndex(idf, params)
        for x in sorted(ctx, key=StoryDoc.sort_key):
            index.restore(assigned[x.id], x.id, vectorize(feats[x.id], idf, params), x.day)
        known = set(index.stories)
        for x in fresh:
            if x.day is not None:
                index.close_before(x.day)
            sid, sim = index.assign(x.id, vectorize(feats[x.id], idf, params), x.day)
            out[x.id] = (sid, round(sim, 4))
        out = {k: (index.resolve(s), sim) for k, (s, sim) in out.items()}
        summary.joined_existing = sum(1 for s, _ in out.values() if s in known)
        summary.new_stories = len({s for s, _ in out.values() if s not in known})
    for r in near:
        sid = out.get(r.near_duplicate_of, (assigned.get(r.near_duplicate_of), None))[0]
        if sid is not None:
            out[r.id] = (sid, None)
    fstore.write_story_members(store, out, version=STORIES_VERSION)
    summary.stories_total = fstore.fusion_counts(store)["stories"]
    return summary


def _resolved_places(store: Store, doc_ids: list[str]) -> Iterator[tuple[str, int]]:
    """(doc_id, geonameid) of the places the geocoder resolved in these documents (a story signal)."""
    p = schema.places
    with store.engine.connect() as conn:
        for i in range(0, len(doc_ids), 500):
            q = select(p.c.doc_id, p.c.geonameid).where(p.c.doc_id.in_(doc_ids[i:i + 500]),
                                                        p.c.geonameid.is_not(None))
            for row in conn.execute(q):
                yield row.doc_id, row.geonameid


def _canonical(events: Iterable[Event]) -> Iterator[Event]:
    """Re-sort within each date in Python, so the database's collation cannot break the order."""
    for _, grp in groupby(events, key=lambda e: e.event_date):
        yield from sorted(grp, key=canonical_key)


def fuse_store(store: Store, params: FusionParams = FusionParams(), *, use_stories: bool = True,
               at: str | None = None) -> dict:
    """Fuse every stored event (obeying the review log's merges and splits), replace the machine's fused
    events, and rebuild the published table from them and the log; ``at`` (the face's clock; None: the
    store's write time) dates the published table's changes. Returns counts."""
    from ..fuse.review import link_rules
    from ..store import review as rstore
    from .review import republish

    stories = fstore.story_assignments(store) if use_stories else {}
    log = rstore.load_log(store)
    decisions = link_rules(log)
    fused = fuse_stream(_canonical(fstore.iter_events_sorted(store)), params, decisions, stories)
    counts = fstore.replace_fused(store, fused, decided_by=f"marsad fuse ({FUSE_VERSION})")
    counts["analyst_decisions"] = len(log)
    counts["published"] = republish(store, at=at)
    return counts


def stories_for_records(records: list[dict], params: StoryParams = StoryParams()) -> list[dict | Exception]:
    """The batch form of story clustering: one result per record, in order: ``{"story_id"}`` or an error.

    Records are ``{"id","text","published"?,"title"?}``; all of them are clustered together, so the
    same records in any order get the same story ids.
    """
    from ..errors import InputError
    from ..ingest.limits import check_unicode
    from ..model import text_hash

    docs: dict[str, StoryDoc] = {}
    keys: list[str | Exception] = []
    for rec in records:
        text = rec.get("text")
        if not isinstance(text, str):
            keys.append(InputError('the line needs a "text" string field', code="missing_field"))
            continue
        if not text.strip():
            keys.append(InputError("the document has no text", code="empty"))
            continue
        try:
            check_unicode(text)
        except InputError as e:
            keys.append(e)
            continue
        pub, title = rec.get("published"), rec.get("title")
        key = f"{rec.get('id')}|{text_hash(text)}|{pub}"
        docs[key] = StoryDoc(key, text, pub if isinstance(pub, str) else None, title if isinstance(title, str) else None)
        keys.append(key)
    from ..fuse.stories import cluster_documents

    clusters = cluster_documents(docs.values(), params)
    return [k if isinstance(k, Exception) else {"story_id": clusters[k][0]} for k in keys]
