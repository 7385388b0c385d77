"""Read helpers for the analysis commands (``marsad trends``, ``hotspots``, ``actors``, ``brief``).

They read fused events (the columns, their source documents, and for some the stored JSON), documents
(who published what and when) and claims, and return plain dicts for the pure functions of
``marsad.analyze``. Reading only: nothing here writes, and the store imports no stage.
"""
from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import func, select

from . import Store, filter_events, schema

_COLS = ("id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "country_code",
         "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities",
         "number_of_sources")


def fused_events(store: Store, *, with_data: bool = False, with_sources: bool = True, **filters) -> list[dict]:
    """Fused events as flat dicts (the columns above plus ``doc_ids``: the documents that reported each,
    unless ``with_sources`` is False), filtered like ``marsad events`` (country, admin1, since, until,
    event_type, actor). ``with_data`` adds ``inter1``/``inter2`` from the stored JSON."""
    fe, fs = schema.fused_events, schema.fused_event_sources
    cols = [fe.c[c] for c in _COLS]
    if with_data:
        cols += [_json_int(store, fe.c.data, "inter1").label("inter1"), _json_int(store, fe.c.data, "inter2").label("inter2")]
    q = filter_events(select(*cols).order_by(fe.c.event_date, fe.c.id), fe, **filters)
    names = list(_COLS) + (["inter1", "inter2"] if with_data else [])
    with store.engine.connect() as conn:
        out = [dict(zip(names, r)) for r in conn.execute(q)]
        if not with_sources:
            return out
        by_id = {}
        for d in out:
            d["doc_ids"] = []
            by_id[d["id"]] = d
        if not by_id:
            return out
        sq = select(fs.c.fused_id, fs.c.doc_id)
        if len(by_id) < 20000:
            ids = list(by_id)
            rows = []
            for i in range(0, len(ids), 900):
                rows += list(conn.execute(sq.where(fs.c.fused_id.in_(ids[i:i + 900]))))
        else:
            rows = conn.execute(sq)
        for fid, doc in rows:
            d = by_id.get(fid)
            if d is not None and doc not in d["doc_ids"]:
                d["doc_ids"].append(doc)
    for d in out:
        d["doc_ids"].sort()
    return out


def _json_int(store: Store, col, key: str):
    """An integer member of a JSON text column, read by the database (SQLite json_extract, PostgreSQL ->>)."""
    from sqlalchemy import Integer, cast, literal_column

    if store.backend == "sqlite":
        return func.json_extract(col, f"$.{key}")
    return cast(literal_column(f"(CAST({col.table.name}.{col.name} AS json) ->> '{key}')"), Integer)


def documents(store: Store, *, since: str | None = None, until: str | None = None) -> list[dict]:
    """Every stored document that is not a near-duplicate: id, published, site and url."""
    d = schema.documents
    q = select(d.c.id, d.c.published, d.c.site, d.c.url).where(d.c.near_duplicate_of.is_(None))
    if since:
        q = q.where(d.c.published >= since)
    if until:
        q = q.where(d.c.published <= until + "\uffff")
    with store.engine.connect() as conn:
        return [{"id": r[0], "published": r[1], "site": r[2], "url": r[3]} for r in conn.execute(q)]


def location_contexts(store: Store, fused_ids: list[str], *, width: int = 60) -> dict[str, tuple[str, str, str]]:
    """fused id -> (the ``width`` characters of text just before the event place, the 30 just after it, the
    event's sentence), in the report that gave the fused event its location (where "outskirts of", "rural
    areas of" are written)."""
    fe, fs, d = schema.fused_events, schema.fused_event_sources, schema.documents
    want: dict[str, tuple[str, int, int, tuple[int, int]]] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(fused_ids), 500):
            chunk = fused_ids[i:i + 500]
            loc = {r.id: (r.location, r.latitude, r.longitude) for r in conn.execute(
                select(fe.c.id, fe.c.location, fe.c.latitude, fe.c.longitude).where(fe.c.id.in_(chunk)))}
            for r in conn.execute(select(fs.c.fused_id, fs.c.doc_id, fs.c.data).where(fs.c.fused_id.in_(chunk))
                                  .order_by(fs.c.fused_id, fs.c.id)):
                if r.fused_id in want:
                    continue
                src = json.loads(r.data)
                if (src.get("location"), src.get("latitude"), src.get("longitude")) != loc.get(r.fused_id):
                    continue
                span = next((e for e in src.get("evidence") or () if e.get("field") == "location"
                             and not e.get("inferred") and e.get("end", 0) > e.get("start", 0)), None)
                sent = next((e for e in src.get("evidence") or () if e.get("field") == "sentence"), None)
                if span:
                    want[r.fused_id] = (r.doc_id, span["start"], span["end"],
                                        (sent["start"], sent["end"]) if sent else (0, 0))
        by_doc: dict[str, list[tuple]] = defaultdict(list)
        for fid, (doc, start, end, sent) in want.items():
            by_doc[doc].append((fid, start, end, sent))
        out: dict[str, tuple[str, str, str]] = {}
        docs = list(by_doc)
        for i in range(0, len(docs), 200):
            for r in conn.execute(select(d.c.id, d.c.text).where(d.c.id.in_(docs[i:i + 200]))):
                text = r.text or ""
                for fid, start, end, (s0, s1) in by_doc[r.id]:
                    out[fid] = (text[max(0, start - width):start], text[end:end + 30], text[s0:s1])
    return out


def aggregate_claims(store: Store, *, since: str | None = None, until: str | None = None) -> list[dict]:
    """Stored aggregate claims with their document context (see ``Store.claims_with_context``)."""
    return store.claims_with_context(kind="aggregate", since=since, until=until)


def causal_claims(store: Store, *, since: str | None = None, until: str | None = None) -> list[dict]:
    return store.claims_with_context(kind="causal", since=since, until=until)


def count_fused(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.fused_events)).scalar_one()


def last_published(store: Store) -> str | None:
    """The latest publication date of a stored document (None for an empty store)."""
    d = schema.documents
    with store.engine.connect() as conn:
        return conn.execute(select(func.max(d.c.published)).where(d.c.near_duplicate_of.is_(None))).scalar_one()
