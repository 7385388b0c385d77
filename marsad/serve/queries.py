"""Read-only queries behind the API: events with keyset paging, one event with its sources, one document with
every span extracted from it, claims and quotes. Thin over the store's tables; no domain logic here.

Events are ordered by (event_date, id), dated first, then undated by id; a cursor is that key, opaque to clients.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select

from ..errors import UnknownIdError, UsageError
from ..geocode.boundaries import match_admin1, normalise_region
from ..store import Store, filter_events, schema

EVENT_FIELDS = ["id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country",
                "country_code", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                "fatalities", "fatalities_low", "fatalities_high", "injured"]


@dataclass(frozen=True)
class EventFilter:
    since: str | None = None
    until: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    precision: int | None = None        # at least this precise: geo_precision <= precision
    min_confidence: float | None = None


def encode_cursor(date: str | None, ident: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([date, ident]).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str | None, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        date, ident = json.loads(raw)
        if (date is None or isinstance(date, str)) and isinstance(ident, str):
            return date, ident
    except (ValueError, TypeError):
        pass
    raise UsageError(f"cursor: not a cursor this server gave out: {cursor[:40]!r}",
                     remedy="Pass the next_cursor of the previous page unchanged, or leave cursor out.")


def _fused_confidence(conn, ids: list[str]) -> dict[str, float]:
    """The confidence of fused events: the highest of their sources' (one query for a page of ids)."""
    if not ids:
        return {}
    return {fid: c for fid, c in conn.execute(_FUSED_CONFIDENCE, {"ids": ids})}


def _fused_confidence_query():
    # built once, with an expanding parameter: a page's 100 ids are not coerced into 100 literals per request
    s, ev = schema.fused_event_sources, schema.events
    return (select(s.c.fused_id, func.max(ev.c.confidence)).select_from(s.join(ev, ev.c.id == s.c.event_id))
            .where(s.c.fused_id.in_(bindparam("ids", expanding=True))).group_by(s.c.fused_id))


_FUSED_CONFIDENCE = _fused_confidence_query()


def _filtered(q, t, f: EventFilter, mentions: bool):
    q = filter_events(q, t, country=f.country, admin1=f.admin1, since=f.since, until=f.until,
                      event_type=f.event_type, actor=f.actor)
    if f.sub_event_type:
        q = q.where(func.lower(t.c.sub_event_type) == f.sub_event_type.lower())
    if f.precision is not None:
        q = q.where(t.c.geo_precision <= f.precision)
    if f.min_confidence is not None:
        if mentions:
            q = q.where(t.c.confidence >= f.min_confidence)
        else:
            s, ev = schema.fused_event_sources, schema.events
            q = q.where(select(s.c.id).select_from(s.join(ev, ev.c.id == s.c.event_id))
                        .where(and_(s.c.fused_id == t.c.id, ev.c.confidence >= f.min_confidence)).exists())
    return q


def _dicts(result) -> list[dict]:
    keys = list(result.keys())
    return [dict(zip(keys, r)) for r in result]


def describe_place(row: dict) -> dict:
    """Add how precisely the event is placed: region-level events (ACLED precision 3, or no coordinates) are
    never points; they carry the admin1 outline id to shade and the region they are located only to."""
    has_point = row.get("latitude") is not None and row.get("longitude") is not None
    region_level = (row.get("geo_precision") or 3) >= 3 or not has_point
    row["region_level"] = region_level
    row["admin1_boundary"] = match_admin1(row.get("country_code"), row.get("admin1"))
    row["located_only_to"] = (row.get("admin1") or row.get("country")) if region_level else None
    return row


def list_events(store: Store, f: EventFilter, *, mentions: bool = False, limit: int = 100,
                cursor: str | None = None) -> tuple[list[dict], str | None]:
    """One page of fused events (or per-report mentions) and the cursor of the next page (None at the end)."""
    t = schema.events if mentions else schema.fused_events
    cols = [t.c[k] for k in EVENT_FIELDS] + ([t.c.confidence, t.c.doc_id] if mentions else [t.c.number_of_sources])
    after = decode_cursor(cursor) if cursor else None
    rows: list[dict] = []
    with store.engine.connect() as conn:
        if after is None or after[0] is not None:      # the dated phase
            q = _filtered(select(*cols).where(t.c.event_date.is_not(None)), t, f, mentions)
            if after is not None:
                q = q.where(or_(t.c.event_date > after[0], and_(t.c.event_date == after[0], t.c.id > after[1])))
            q = q.order_by(t.c.event_date, t.c.id).limit(limit + 1)
            rows = _dicts(conn.execute(q))
        if len(rows) <= limit:                         # the undated phase
            q = _filtered(select(*cols).where(t.c.event_date.is_(None)), t, f, mentions)
            if after is not None and after[0] is None:
                q = q.where(t.c.id > after[1])
            q = q.order_by(t.c.id).limit(limit + 1 - len(rows))
            rows += _dicts(conn.execute(q))
        nxt = None
        if len(rows) > limit:
            rows = rows[:limit]
            nxt = encode_cursor(rows[-1]["event_date"], rows[-1]["id"])
        if not mentions:
            conf = _fused_confidence(conn, [r["id"] for r in rows])
            for r in rows:
                r["confidence"] = conf.get(r["id"])
    if not mentions:     # the review state of each event (marked on the map and in the table)
        from ..store.review import review_states

        states = review_states(store, [r["id"] for r in rows])
        for r in rows:
            r["review"] = (states.get(r["id"]) or {}).get("status")
    for r in rows:
        if isinstance(r.get("confidence"), float):
            r["confidence"] = round(r["confidence"], 3)
        describe_place(r)
    return rows, nxt


def _document_meta(conn, doc_ids: list[str]) -> dict[str, dict]:
    d = schema.documents
    q = select(d.c.id, d.c.title, d.c.url, d.c.published, d.c.site).where(d.c.id.in_(doc_ids))
    return {r.id: dict(r._mapping) for r in conn.execute(q)}


def _doc_texts(conn, doc_ids: list[str]) -> dict[str, str]:
    d = schema.documents
    return {r.id: r.text for r in conn.execute(select(d.c.id, d.c.text).where(d.c.id.in_(doc_ids)))}


def _spans(evidence: list[dict], text: str) -> list[dict]:
    out = []
    for ev in evidence or []:
        s, e = ev.get("start"), ev.get("end")
        ok = isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)
        out.append({**ev, "text": text[s:e] if ok else None})
    return out


def _source_view(ev: dict, meta: dict, text: str) -> dict:
    return {"event_id": ev.get("id"), "doc_id": ev.get("doc_id"), "title": meta.get("title"), "url": meta.get("url"),
            "published": meta.get("published"), "site": meta.get("site"), "event_date": ev.get("event_date"),
            "sub_event_type": ev.get("sub_event_type"), "location": ev.get("location"),
            "geo_precision": ev.get("geo_precision"), "fatalities": ev.get("fatalities"),
            "fatalities_low": ev.get("fatalities_low"), "fatalities_high": ev.get("fatalities_high"),
            "actor1": ev.get("actor1"), "actor2": ev.get("actor2"), "confidence": ev.get("confidence"),
            "versions": ev.get("versions"), "evidence": _spans(ev.get("evidence"), text)}


def get_event(store: Store, event_id: str) -> dict:
    """A fused event (or a per-report event) with every source: document title, URL, date, evidence spans."""
    fe, ev_t = schema.fused_events, schema.events
    with store.engine.connect() as conn:
        row = conn.execute(select(fe.c.data).where(fe.c.id == event_id)).first()
        if row is not None:
            out = json.loads(row.data)
            ids = [s["event_id"] for s in out.get("sources", [])]
        else:
            row = conn.execute(select(ev_t.c.data).where(ev_t.c.id == event_id)).first()
            if row is None:
                raise UnknownIdError(f"no event with id {event_id!r}")
            out = json.loads(row.data)
            out["number_of_sources"] = 1
            ids = [event_id]
        members = {r.id: json.loads(r.data) for r in conn.execute(select(ev_t.c.id, ev_t.c.data).where(ev_t.c.id.in_(ids)))}
        doc_ids = sorted({m["doc_id"] for m in members.values()})
        metas, texts = _document_meta(conn, doc_ids), _doc_texts(conn, doc_ids)
    out["sources"] = [_source_view(members[i], metas.get(members[i]["doc_id"], {}), texts.get(members[i]["doc_id"], ""))
                      for i in ids if i in members]
    confs = [s["confidence"] for s in out["sources"] if isinstance(s.get("confidence"), (int, float))]
    out["confidence"] = round(max(confs), 3) if confs else out.get("confidence")
    out.pop("evidence", None)
    return describe_place(out)


def get_document(store: Store, doc_id: str) -> dict:
    """A document's clean text and metadata, with every span extracted from it (events' evidence, places,
    claims, quotes), each with its offsets and text."""
    d = schema.documents
    with store.engine.connect() as conn:
        row = conn.execute(select(*[c for c in d.c if c.name != "minhash"]).where(d.c.id == doc_id)).first()
        if row is None:
            raise UnknownIdError(f"no document with id {doc_id!r}",
                                 remedy="Document ids come with each event's sources (GET /api/events/{id}).")
        doc = dict(row._mapping)
        text = doc["text"]
        events = [json.loads(r.data) for r in conn.execute(
            select(schema.events.c.data).where(schema.events.c.doc_id == doc_id).order_by(schema.events.c.id))]
        p = schema.places
        places = [dict(r._mapping) for r in conn.execute(select(p).where(p.c.doc_id == doc_id).order_by(p.c.start))]
        claims = [json.loads(r.data) for r in conn.execute(
            select(schema.claims.c.data).where(schema.claims.c.doc_id == doc_id).order_by(schema.claims.c.start))]
        quotes = [json.loads(r.data) for r in conn.execute(
            select(schema.quotes.c.data).where(schema.quotes.c.doc_id == doc_id).order_by(schema.quotes.c.start))]
    for e in events:
        e["evidence"] = _spans(e.get("evidence"), text)
    for pl in places:
        pl.pop("doc_id", None)
    for c in claims:
        c["text"] = text[c["start"]:c["end"]]
        for k in ("cause", "effect"):
            if isinstance(c.get(k), dict):
                c[k]["text"] = text[c[k]["start"]:c[k]["end"]]
    for qu in quotes:
        qu["text"] = text[qu["start"]:qu["end"]]
        if qu.get("speaker_start") is not None and qu.get("speaker_end") is not None:
            qu["speaker_text"] = text[qu["speaker_start"]:qu["speaker_end"]]
    doc.update(events=events, places=places, claims=claims, quotes=quotes)
    return doc


def _spans_with_documents(t, since: str | None, until: str | None):
    """Rows of a span table (claims, quotes) with their text and document, published between since and until."""
    d = schema.documents
    q = select(t.c.id, t.c.doc_id, t.c.data, d.c.published, d.c.title, d.c.url, d.c.site,
               func.substr(d.c.text, t.c.start + 1, t.c.end - t.c.start).label("text")).join(d, d.c.id == t.c.doc_id)
    if since:
        q = q.where(d.c.published >= since)
    if until:
        q = q.where(d.c.published <= until + "\uffff")
    return q


def _paged(conn, q, key_date, key_id, limit: int, cursor: str | None) -> tuple[list[Any], str | None]:
    """Keyset paging over (key_date, key_id) for the claim and quote lists (dated first, like events)."""
    if cursor:
        d, i = decode_cursor(cursor)
        q = q.where(or_(func.coalesce(key_date, "") > (d or ""), and_(func.coalesce(key_date, "") == (d or ""), key_id > i)))
    rows = list(conn.execute(q.order_by(func.coalesce(key_date, ""), key_id).limit(limit + 1)))
    nxt = None
    if len(rows) > limit:
        rows = rows[:limit]
        nxt = encode_cursor(rows[-1].published or "", rows[-1].id)
    return rows, nxt


def list_claims(store: Store, *, kind: str | None = None, since: str | None = None, until: str | None = None,
                claimant: str | None = None, driver: str | None = None, limit: int = 100,
                cursor: str | None = None) -> tuple[list[dict], str | None]:
    """Stored claims with their text and document; aggregate claims carry marsad's own count of fused events
    for the same place and period (``marsad_events``, ``marsad_fatalities``)."""
    c, d = schema.claims, schema.documents
    q = _spans_with_documents(c, since, until)
    if kind:
        q = q.where(c.c.kind == kind)
    if claimant:
        q = q.where(func.lower(c.c.claimant).contains(claimant.lower(), autoescape=True))
    if driver:
        q = q.where(c.c.driver == driver)
    out = []
    with store.engine.connect() as conn:
        rows, nxt = _paged(conn, q, d.c.published, c.c.id, limit, cursor)
        for r in rows:
            claim = json.loads(r.data)
            item = {"id": r.id, "doc_id": r.doc_id, "published": r.published, "title": r.title, "url": r.url,
                    "site": r.site, "text": r.text, **claim}
            if claim.get("kind") == "aggregate":
                item.update(_own_counts(conn, claim))
            out.append(item)
    return out, nxt


def _own_counts(conn, claim: dict) -> dict:
    """marsad's fused events in the claim's period and place (its scope's place, as a country, admin1 or
    location, compared without division words: "Diyala province" is the admin1 "Diyala")."""
    ps, pe = claim.get("period_start"), claim.get("period_end")
    if not ps or not pe:
        return {"marsad_events": None, "marsad_fatalities": None}
    fe = schema.fused_events
    place = normalise_region((claim.get("scope") or {}).get("place") or "")
    q = (select(fe.c.country, fe.c.admin1, fe.c.location, func.count().label("n"), func.sum(fe.c.fatalities).label("f"))
         .where(and_(fe.c.event_date >= ps, fe.c.event_date <= pe)).group_by(fe.c.country, fe.c.admin1, fe.c.location))
    n = fat = 0
    for r in conn.execute(q):
        if not place or place in {normalise_region(x or "") for x in (r.country, r.admin1, r.location)}:
            n += r.n
            fat += r.f or 0
    return {"marsad_events": n, "marsad_fatalities": fat}


def list_quotes(store: Store, *, speaker: str | None = None, anonymity: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 100, cursor: str | None = None) -> tuple[list[dict], str | None]:
    qt, d = schema.quotes, schema.documents
    q = _spans_with_documents(qt, since, until)
    if speaker:
        q = q.where(func.lower(qt.c.speaker).contains(speaker.lower(), autoescape=True))
    if anonymity:
        q = q.where(qt.c.anonymity == anonymity)
    with store.engine.connect() as conn:
        rows, nxt = _paged(conn, q, d.c.published, qt.c.id, limit, cursor)
    return [{"id": r.id, "doc_id": r.doc_id, "published": r.published, "title": r.title, "url": r.url,
             "site": r.site, "text": r.text, **json.loads(r.data)} for r in rows], nxt


def quote_summary(store: Store) -> list[dict]:
    """Quotes counted by speaker and anonymity (the dashboard's quotes panel)."""
    qt = schema.quotes
    q = (select(qt.c.speaker, qt.c.anonymity, func.count().label("n"))
         .group_by(qt.c.speaker, qt.c.anonymity).order_by(func.count().desc(), qt.c.speaker))
    with store.engine.connect() as conn:
        return [{"speaker": r.speaker, "anonymity": r.anonymity, "quotes": r.n} for r in conn.execute(q)]


def event_series(store: Store, f: EventFilter, *, mentions: bool = False) -> list[dict]:
    """Events and fatalities per day under the filter (the dashboard's timeline)."""
    t = schema.events if mentions else schema.fused_events
    q = _filtered(select(t.c.event_date, func.count().label("events"), func.sum(t.c.fatalities).label("fatalities"))
                  .where(t.c.event_date.is_not(None)), t, f, mentions)
    q = q.group_by(t.c.event_date).order_by(t.c.event_date)
    with store.engine.connect() as conn:
        return [{"date": r.event_date, "events": r.events, "fatalities": r.fatalities or 0} for r in conn.execute(q)]
