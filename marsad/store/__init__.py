"""The store: SQLite by default, PostgreSQL at scale, both through SQLAlchemy Core.

Only ``run/``, the CLI and the API import the store; the pipeline stages never do.
Every write is idempotent (content-hash keys, insert-or-ignore). ``marsad ingest`` writes one batch of
items per transaction (``write_batch``: COPY + INSERT ... ON CONFLICT on PostgreSQL, executemany on
SQLite) with the ledger's done marks (``ledger.py``), so a killed ingest can simply be run again.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..errors import StoreError
from ..model import CleanDocument, Extraction, Rejection, content_hash, to_dict
from . import bulk, migrations, schema


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def create_engine_for(url: str) -> Engine:
    try:
        backend = make_url(url).get_backend_name()
    except Exception as e:  # sqlalchemy.exc.ArgumentError
        raise StoreError(f"not a database URL: {url!r} ({e})",
                         remedy="Use sqlite:///path/to/file.sqlite or postgresql://user@host/dbname.") from None
    if backend == "sqlite":
        from .sqlite import create_sqlite_engine
        return create_sqlite_engine(url)
    if backend in ("postgresql", "postgres"):
        from .postgres import create_postgres_engine
        return create_postgres_engine(url)
    raise StoreError(f"unsupported database backend {backend!r}",
                     remedy="marsad supports sqlite:/// and postgresql:// URLs.")


class Store:
    """A migrated database with marsad's tables."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.backend = engine.dialect.name
        if self.backend == "sqlite":
            from .sqlite import insert_ignore_dialect
        else:
            from .postgres import insert_ignore_dialect
        self._insert = insert_ignore_dialect

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> "Store":
        engine = create_engine_for(url)
        store = cls(engine)
        if migrate:
            try:
                migrations.migrate(engine)
            except OperationalError as e:
                raise StoreError(f"cannot open the store at {safe_url(url)}: {e.orig}") from None
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def schema_version(self) -> int:
        return migrations.current_version(self.engine)

    def _insert_ignore(self, conn, table, values: dict | list[dict]) -> int:
        stmt = self._insert(table).values(values).on_conflict_do_nothing(index_elements=[table.c.id])
        # preserve_rowcount: SQLAlchemy only guarantees rowcount for INSERT when asked (psycopg gave -1).
        n = conn.execute(stmt.execution_options(preserve_rowcount=True)).rowcount
        return n if n and n > 0 else 0

    # -- documents -------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == doc_id)).first() is not None

    def get_document(self, doc_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.documents).where(schema.documents.c.id == doc_id)).first()
        return dict(row._mapping) if row else None

    def ensure_source(self, conn, kind: str, locator: str) -> str:
        sid = content_hash(kind, locator, prefix="src_")
        self._insert_ignore(conn, schema.sources, {"id": sid, "kind": kind, "locator": locator, "first_seen": now_iso()})
        return sid

    def add_document(self, doc: CleanDocument, *, source_kind: str = "file", source_locator: str | None = None,
                     minhash: bytes | None = None, near_duplicate_of: str | None = None,
                     similarity: float | None = None) -> bool:
        """Store a clean document; returns False if a document with this content hash was already stored."""
        try:
            with self.engine.begin() as conn:
                sid = self.ensure_source(conn, source_kind, source_locator) if source_locator else None
                n = self._insert_ignore(conn, schema.documents, document_row(
                    doc, sid, minhash=minhash, near_duplicate_of=near_duplicate_of, similarity=similarity))
            return n > 0
        except SQLAlchemyError as e:
            raise StoreError(f"cannot store document {doc.id}: {e}") from None

    # -- bulk ingest (run/ writes one batch per transaction) ---------------------------------
    def write_batch(self, batch: "bulk.Batch", *, done_at: str | None = None) -> dict[str, int]:
        """Write a batch of ingest results in one transaction (COPY + INSERT ... ON CONFLICT on PostgreSQL,
        executemany on SQLite); -> rows inserted per table."""
        try:
            with self.engine.begin() as conn:
                return bulk.write(conn, batch, done_at=done_at or now_iso())
        except SQLAlchemyError as e:
            raise StoreError(f"cannot store a batch of {len(batch)} rows: {e}") from None

    def ledger(self, owner: str | None = None, *, lease_s: float = 900.0) -> "Ledger":
        from .ledger import Ledger
        return Ledger(self.engine, owner, lease_s=lease_s)

    def existing_documents(self, ids: Iterable[str]) -> dict[str, str | None]:
        """{id: locator} of the stored documents among ``ids``."""
        return self._lookup(schema.documents.c.id, schema.documents.c.locator, ids)

    def existing_links(self, ids: Iterable[str]) -> set[str]:
        return set(self._lookup(schema.document_links.c.id, schema.document_links.c.id, ids))

    def near_dup_candidates(self, band_keys: Iterable[int]) -> dict[int, list[str]]:
        """{band key: [doc ids]} of the stored documents sharing one of ``band_keys``."""
        b = schema.minhash_bands
        out: dict[int, list[str]] = {}
        keys = sorted(set(band_keys))
        with self.engine.connect() as conn:
            for i in range(0, len(keys), 500):
                for r in conn.execute(select(b.c.band_key, b.c.doc_id).where(b.c.band_key.in_(keys[i:i + 500]))):
                    out.setdefault(r.band_key, []).append(r.doc_id)
        return out

    def minhashes(self, ids: Iterable[str]) -> dict[str, bytes]:
        return {k: v for k, v in self._lookup(schema.documents.c.id, schema.documents.c.minhash, ids).items() if v}

    def _lookup(self, key_col, val_col, ids: Iterable[str]) -> dict:
        ids = sorted(set(ids))
        out = {}
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                for r in conn.execute(select(key_col.label("k"), val_col.label("v")).where(key_col.in_(ids[i:i + 500]))):
                    out[r.k] = r.v
        return out

    def get_meta(self, key: str) -> str | None:
        m = schema.store_meta
        with self.engine.connect() as conn:
            return conn.execute(select(m.c.value).where(m.c.key == key)).scalar_one_or_none()

    def rebuild_bands(self, key: str, value: str, rows: Iterable[tuple[int, str]]) -> int:
        """Replace the near-duplicate bands with ``rows`` (band key, doc id) and record their parameters."""
        m, b = schema.store_meta, schema.minhash_bands
        n = 0
        with self.engine.begin() as conn:
            conn.execute(delete(b))
            chunk: list[dict] = []
            for k, d in rows:
                chunk.append({"band_key": k, "doc_id": d})
                if len(chunk) >= 5000:
                    n += bulk.insert_ignore_many(conn, b, chunk)
                    chunk = []
            n += bulk.insert_ignore_many(conn, b, chunk)
            conn.execute(delete(m).where(m.c.key == key))
            conn.execute(m.insert().values(key=key, value=value))
        return n

    def add_duplicate_link(self, doc_id: str, *, locator: str | None, input_id: str | None, url: str | None) -> bool:
        """Record that the input at ``locator`` is an exact duplicate of stored document ``doc_id``."""
        link_id = content_hash(locator, input_id, prefix="lnk_")
        with self.engine.begin() as conn:
            n = self._insert_ignore(conn, schema.document_links, {
                "id": link_id, "doc_id": doc_id, "kind": "duplicate", "locator": locator,
                "input_id": input_id, "url": url, "created_at": now_iso()})
        return n > 0

    def is_known_input(self, doc_id: str, locator: str | None, input_id: str | None) -> bool:
        """True if this very input (same locator and input id) was already stored as ``doc_id`` or linked to it."""
        d, l = schema.documents, schema.document_links
        with self.engine.connect() as conn:
            if conn.execute(select(d.c.id).where(and_(d.c.id == doc_id, d.c.locator == locator))).first():
                return True
            return conn.execute(select(l.c.id).where(l.c.id == content_hash(locator, input_id, prefix="lnk_"))).first() is not None

    def iter_minhashes(self) -> Iterator[tuple[str, bytes]]:
        d = schema.documents
        with self.engine.connect() as conn:
            for row in conn.execute(select(d.c.id, d.c.minhash).where(d.c.minhash.is_not(None))):
                yield row.id, row.minhash

    def iter_documents(self, *, only_unextracted: bool = False, include_near_duplicates: bool = False,
                       ids: Iterable[str] | None = None) -> Iterator[dict]:
        d = schema.documents
        q = select(d.c.id, d.c.text, d.c.title, d.c.url, d.c.published, d.c.language, d.c.site).order_by(d.c.id)
        if only_unextracted:
            q = q.where(d.c.extracted == False)  # noqa: E712
        if not include_near_duplicates:
            q = q.where(d.c.near_duplicate_of.is_(None))
        if ids is not None:
            q = q.where(d.c.id.in_(list(ids)))
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield dict(row._mapping)

    # -- rejections ------------------------------------------------------------------------
    def add_rejection(self, rej: Rejection) -> bool:
        with self.engine.begin() as conn:
            n = self._insert_ignore(conn, schema.rejections, {
                "id": rej.id, "locator": rej.locator, "input_id": rej.input_id, "code": rej.code,
                "message": rej.message[:2000], "created_at": now_iso()})
        return n > 0

    def rejections(self, code: str | None = None, limit: int = 1000) -> list[dict]:
        r = schema.rejections
        q = select(r).order_by(r.c.created_at, r.c.id).limit(limit)
        if code:
            q = q.where(r.c.code == code)
        with self.engine.connect() as conn:
            return [dict(x._mapping) for x in conn.execute(q)]

    # -- extraction results ----------------------------------------------------------------
    def write_extraction(self, ex: Extraction) -> None:
        """Replace what was extracted from one document (idempotent: same input, same rows)."""
        with self.engine.begin() as conn:
            for t in (schema.events, schema.places, schema.claims, schema.quotes):
                conn.execute(delete(t).where(t.c.doc_id == ex.doc_id))
            for table, rows in extraction_rows(ex).items():
                if rows:
                    self._insert_ignore(conn, table, rows)
            conn.execute(update(schema.documents).where(schema.documents.c.id == ex.doc_id).values(extracted=True))

    def query_events(self, *, limit: int | None = None, **filters) -> list[dict]:
        """Per-report events (as dicts), filtered by ``filter_events``'s keys."""
        e = schema.events
        q = filter_events(select(e.c.data).order_by(e.c.event_date, e.c.id), e, **filters)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [json.loads(row.data) for row in conn.execute(q)]

    # -- status ----------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        d, l, r = schema.documents, schema.document_links, schema.rejections
        with self.engine.connect() as conn:
            docs = conn.execute(select(func.count()).select_from(d)).scalar_one()
            near = conn.execute(select(func.count()).select_from(d).where(d.c.near_duplicate_of.is_not(None))).scalar_one()
            dups = conn.execute(select(func.count()).select_from(l).where(l.c.kind == "duplicate")).scalar_one()
            rej = Counter({row.code: row.n for row in conn.execute(
                select(r.c.code, func.count().label("n")).group_by(r.c.code))})
            counts = {}
            for name, t in (("events", schema.events), ("places", schema.places), ("claims", schema.claims),
                            ("quotes", schema.quotes)):
                counts[name] = conn.execute(select(func.count()).select_from(t)).scalar_one()
            langs = {row.language or "unknown": row.n for row in conn.execute(
                select(d.c.language, func.count().label("n")).group_by(d.c.language))}
            # a component that failed on a stored document: a component_failed rejection, input id "doc#component"
            comp = Counter(row.input_id.rpartition("#")[2] for row in conn.execute(
                select(r.c.input_id).where(r.c.code == "component_failed", r.c.input_id.like("doc%#%"))))
        return {
            "store": safe_url(str(self.engine.url)),
            "schema_version": self.schema_version(),
            "documents": docs,
            "unique_documents": docs - near,
            "duplicates": dups,
            "near_duplicates": near,
            "languages": dict(sorted(langs.items(), key=lambda kv: -kv[1])),
            "rejections": sum(rej.values()),
            "rejections_by_reason": dict(sorted(rej.items())),
            "component_errors": dict(sorted(comp.items())),
            **counts,
        }

    # -- claims (for `marsad drivers`) ------------------------------------------------------
    def claims_with_context(self, *, kind: str | None = "causal", since: str | None = None,
                            until: str | None = None) -> list[dict]:
        """Stored claims joined with their document (published, site, url, the claim's text) and the
        document's places and event regions ([country, admin1] pairs). Near-duplicates are left out."""
        c, d, e, p = schema.claims, schema.documents, schema.events, schema.places
        q = (select(c.c.doc_id, c.c.data, d.c.published, d.c.site, d.c.url, d.c.title, d.c.text)
             .join(d, d.c.id == c.c.doc_id).where(d.c.near_duplicate_of.is_(None)).order_by(d.c.published, c.c.id))
        if kind:
            q = q.where(c.c.kind == kind)
        if since:
            q = q.where(d.c.published >= since)
        if until:
            q = q.where(d.c.published <= until)
        out: list[dict] = []
        with self.engine.connect() as conn:
            rows = list(conn.execute(q))
            ids = sorted({r.doc_id for r in rows})
            regions: dict[str, list[list]] = {i: [] for i in ids}
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                for r in conn.execute(select(e.c.doc_id, e.c.country, e.c.admin1).where(e.c.doc_id.in_(chunk))):
                    regions[r.doc_id].append([r.country, r.admin1])
                for r in conn.execute(select(p.c.doc_id, p.c.country_code, p.c.admin1).where(p.c.doc_id.in_(chunk))):
                    regions[r.doc_id].append([r.country_code, r.admin1])
        for r in rows:
            claim = json.loads(r.data)
            text = r.text or ""
            out.append({"doc_id": r.doc_id, "published": r.published, "site": r.site, "url": r.url,
                        "title": r.title, "claim": claim, "text": text[claim.get("start", 0):claim.get("end", 0)],
                        "regions": regions.get(r.doc_id, [])})
        return out


def document_row(doc: CleanDocument, source_id: str | None, *, minhash: bytes | None = None,
                 near_duplicate_of: str | None = None, similarity: float | None = None,
                 extracted: bool = False, ingested_at: str | None = None) -> dict:
    """The ``documents`` row of a clean document (``ingested_at``: the batch's write time, default now)."""
    return {"id": doc.id, "source_id": source_id, "locator": doc.locator, "input_id": doc.input_id,
            "url": doc.url, "title": doc.title, "author": doc.author, "site": doc.site,
            "published": doc.published, "language": doc.language, "text": doc.text,
            "n_chars": len(doc.text), "extractor": doc.extractor,
            "near_duplicate_of": near_duplicate_of, "similarity": similarity, "minhash": minhash,
            "extracted": extracted, "ingested_at": ingested_at or now_iso()}


def extraction_rows(ex: Extraction) -> dict:
    """The rows of one document's extraction: {table: [row, ...]} for places, events, claims, quotes."""
    events = []
    for e in ex.events:
        d = to_dict(e)
        row = {k: d[k] for k in schema.events.c.keys() if k in d and k != "data"}
        row["data"] = json.dumps(d, ensure_ascii=False)
        events.append(row)
    return {
        schema.places: [
            {"id": content_hash(ex.doc_id, p.start, p.end, prefix="plc_"), "doc_id": ex.doc_id,
             "start": p.start, "end": p.end, "text": p.text, "name": p.name, "latitude": p.latitude,
             "longitude": p.longitude, "country_code": p.country_code, "admin1": p.admin1,
             "admin2": p.admin2, "feature_code": p.feature_code, "geonameid": p.geonameid,
             "confidence": p.confidence} for p in ex.places],
        schema.events: events,
        schema.claims: [
            {"id": content_hash(ex.doc_id, "claim", c.kind, c.start, c.end, prefix="clm_"),
             "doc_id": ex.doc_id, "kind": c.kind, "start": c.start, "end": c.end,
             "claimant": c.claimant, "driver": c.driver,
             "data": json.dumps(to_dict(c), ensure_ascii=False)} for c in ex.claims],
        schema.quotes: [
            {"id": content_hash(ex.doc_id, "quote", q.start, q.end, prefix="quo_"), "doc_id": ex.doc_id,
             "speaker": q.speaker, "anonymity": q.anonymity, "start": q.start, "end": q.end,
             "data": json.dumps(to_dict(q), ensure_ascii=False)} for q in ex.quotes],
    }


_ARTICLE_RX = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|ad-|the)[- ]+(?=\w)")
_ARTICLES = ("al", "el", "ar", "as", "ad", "an", "at", "az", "ash")


def admin1_spellings(name: str) -> list[str]:
    """The lower-case spellings an admin1 filter matches: with or without an Arabic article, joined by a
    space or a hyphen ("Anbar" finds events stored as "Al Anbar" or "Al-Anbar", and the other way round)."""
    a = " ".join(name.lower().split())
    base = _ARTICLE_RX.sub("", a)
    out = {a, base}
    out.update(f"{art}{sep}{base}" for art in _ARTICLES for sep in (" ", "-"))
    return sorted(out)


def filter_events(q, e, *, country: str | None = None, admin1: str | None = None, since: str | None = None,
                  until: str | None = None, event_type: str | None = None, actor: str | None = None):
    """Add the ``marsad events`` filters to a select over an events-shaped table ``e`` (per-report or fused)."""
    if country:
        q = q.where(or_(func.lower(e.c.country) == country.lower(), func.lower(e.c.country_code) == country.lower()))
    if admin1:
        q = q.where(func.lower(e.c.admin1).in_(admin1_spellings(admin1)))
    if since:
        q = q.where(e.c.event_date >= since)
    if until:
        q = q.where(e.c.event_date <= until)
    if event_type:
        t = event_type.lower()
        q = q.where(or_(func.lower(e.c.event_type) == t, func.lower(e.c.sub_event_type) == t))
    if actor:
        a = actor.lower()   # a substring, never a LIKE pattern: % and _ are escaped (autoescape)
        q = q.where(or_(func.lower(e.c.actor1).contains(a, autoescape=True),
                        func.lower(e.c.actor2).contains(a, autoescape=True)))
    return q


def safe_url(url: str) -> str:
    """The URL with any password hidden, also when it cannot be parsed (then the whole user part goes)."""
    import re

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return re.sub(r"(?<=://)[^/?#]*@", "***@", url)


def open_store(url: str, *, migrate: bool = True) -> Store:
    return Store.open(url, migrate=migrate)
