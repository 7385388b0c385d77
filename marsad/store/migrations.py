"""Numbered migrations, each a frozen description of its change. Append new ones; never edit an applied one.

Each migration is ``(version, name, function(connection))``. A migration spells out its own tables and
columns (``_frozen_table``) instead of reading the live ``schema.py``: the live schema describes the
newest version only, and a migration written against it would silently change meaning when the schema
changes (an old store would be "upgraded" to tables it never had). ``schema.py`` must equal the result
of applying every migration in order; ``tests/test_scale_migrations.py`` checks that, and upgrades a
store made by every older version, with data in it, to the newest, on SQLite and PostgreSQL.

``migrate()`` applies the missing ones in order, in one transaction under a lock, and records each in
``schema_migrations``.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import (BigInteger, Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table,
                        Text, inspect, text)
from sqlalchemy.engine import Connection, Engine

from . import schema

# -- frozen column vocabulary: (name, type, nullable, primary key) -------------------------------------------
_TYPES = {"str10": lambda: String(10), "str20": lambda: String(20), "str30": lambda: String(30),
          "str4": lambda: String(4), "str8": lambda: String(8), "str12": lambda: String(12),
          "str40": lambda: String(40), "str60": lambda: String(60), "str80": lambda: String(80),
          "str200": lambda: String(200), "text": Text, "int": Integer, "bigint": BigInteger, "float": Float,
          "blob": LargeBinary, "bool": Boolean}


def _frozen_table(md: MetaData, name: str, cols: str, indexes: tuple[tuple[str, str], ...] = ()) -> Table:
    """A table from a frozen text description: ``"id str40 pk; doc_id str40 fk=documents.id; text text null"``."""
    columns = []
    for spec in cols.split(";"):
        parts = spec.split()
        cname, ctype, flags = parts[0], parts[1], set(parts[2:])
        fks = [ForeignKey(f[3:]) for f in flags if f.startswith("fk=")]
        columns.append(Column(cname, _TYPES[ctype](), *fks, primary_key="pk" in flags,
                              nullable=("null" in flags) and "pk" not in flags))
    t = Table(name, md, *columns)
    for ix_name, ix_cols in indexes:
        Index(ix_name, *[t.c[c] for c in ix_cols.split(",")])
    return t


def _create_frozen(*tables: tuple) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        md = MetaData()
        own = {spec[0] for spec in tables}
        for spec in tables:   # tables of older migrations that a foreign key names: known, not created here
            for ref in {f[3:].split(".")[0] for f in spec[1].split() if f.startswith("fk=")} - own - set(md.tables):
                Table(ref, md, Column("id", String(40), primary_key=True))
        for spec in tables:
            t = _frozen_table(md, *spec)
            t.create(conn, checkfirst=True)
            for ix in t.indexes:
                ix.create(conn, checkfirst=True)
    return run


_EVENT_WHAT = ("event_date str10 null; time_precision int null; event_type str60; sub_event_type str60; "
               "actor1 text null; actor2 text null")
_EVENT_WHERE_TOLL = ("country text null; country_code str4 null; admin1 text null; admin2 text null; "
                     "location text null; latitude float null; longitude float null; geo_precision int null; "
                     "fatalities int null; fatalities_low int null; fatalities_high int null; injured int null")

# version 1 (frozen): the ingest tables
_V1 = (
    ("sources", "id str40 pk; kind str20; locator text; first_seen str40"),
    ("documents", "id str40 pk; source_id str40 null fk=sources.id; locator text null; input_id text null; url text null; "
                  "title text null; author text null; site text null; published str40 null; language str8 null; "
                  "text text; n_chars int; extractor str80 null; near_duplicate_of str40 null; "
                  "similarity float null; minhash blob null; extracted bool; ingested_at str40",
     (("ix_documents_published", "published"), ("ix_documents_near_dup", "near_duplicate_of"))),
    ("document_links", "id str40 pk; doc_id str40 fk=documents.id; kind str20; locator text null; input_id text null; "
                       "url text null; created_at str40", (("ix_links_doc", "doc_id"),)),
    ("rejections", "id str40 pk; locator text; input_id text null; code str40; message text; created_at str40",
     (("ix_rejections_code", "code"),)),
)
# version 2 (frozen): what extraction writes
_V2 = (
    ("places", "id str40 pk; doc_id str40 fk=documents.id; start int; end int; text text; name text null; latitude float null; "
               "longitude float null; country_code str4 null; admin1 text null; admin2 text null; "
               "feature_code str12 null; geonameid int null; confidence float null", (("ix_places_doc", "doc_id"),)),
    ("events", f"id str40 pk; doc_id str40 fk=documents.id; {_EVENT_WHAT}; inter1 int null; inter2 int null; {_EVENT_WHERE_TOLL}; "
               "confidence float null; plover_type str60 null; cameo_root str4 null; data text",
     (("ix_events_doc", "doc_id"), ("ix_events_date", "event_date"), ("ix_events_country", "country"))),
    ("claims", "id str40 pk; doc_id str40 fk=documents.id; kind str20; start int; end int; claimant text null; driver str60 null; "
               "data text", (("ix_claims_doc", "doc_id"),)),
    ("quotes", "id str40 pk; doc_id str40 fk=documents.id; speaker text null; anonymity str30 null; start int; end int; data text",
     (("ix_quotes_doc", "doc_id"),)),
)
# version 3 (frozen): fusion
_V3 = (
    ("stories", "id str40 pk; first_published str40 null; last_published str40 null; n_docs int; "
                "version str40 null; updated_at str40", (("ix_stories_last", "last_published"),)),
    ("story_members", "doc_id str40 pk; story_id str40; similarity float null; assigned_by str20; assigned_at str40",
     (("ix_story_members_story", "story_id"),)),
    ("fused_events", f"id str40 pk; {_EVENT_WHAT}; {_EVENT_WHERE_TOLL}; number_of_sources int; data text",
     (("ix_fused_events_date", "event_date"), ("ix_fused_events_country", "country"))),
    ("fused_event_sources", "id str40 pk; fused_id str40; event_id str40; doc_id str40; data text",
     (("ix_fused_sources_fused", "fused_id"), ("ix_fused_sources_event", "event_id"))),
    ("merge_decisions", "id str40 pk; kind str20; event_a str40; event_b str40; fused_id str40 null; "
                        "score float null; reason text null; decided_by text null; created_at str40",
     (("ix_merge_decisions_kind", "kind"), ("ix_merge_decisions_a", "event_a"))),
)
# version 4 (frozen): the work-item ledger of resumable ingest runs, the persistent near-duplicate index
# (one row per LSH band of each stored document's MinHash), and a key/value table of store facts
_V4 = (
    ("work_items", "id str40 pk; locator text; status str20; owner str200 null; claimed_at str40 null; "
                   "outcome str40 null; doc_id str40 null; done_at str40 null",
     (("ix_work_items_status", "status"),)),
    ("minhash_bands", "band_key bigint pk; doc_id str40 pk", (("ix_minhash_bands_doc", "doc_id"),)),
    ("store_meta", "key str80 pk; value text"),
)

# version 5 (frozen): review. The machine's fused events (what fusion said; fused_events becomes the published
# table, machine output plus the analysts' decisions), the append-only review log, the review state of every
# machine event, and the changes of the published table (created / updated / deleted, for living exports)
_V5 = (
    ("machine_events", "id str40 pk; event_date str10 null; data text", (("ix_machine_events_date", "event_date"),)),
    ("review_log", "id str40 pk; at str40; reviewer text; action str20; target str40 null; anchors text; "
                   "with_anchors text; fields_before text null; fields_after text null; machine text null; reason text null",
     (("ix_review_log_at", "at"), ("ix_review_log_target", "target"))),
    ("review_state", "event_id str40 pk; status str20 null; reviewer text null; at str40 null; entry_id str40 null; "
                     "pinned text null; queued text null; tier int null; confidence float null; "
                     "n_disagreements int; notes text null; published bool",
     (("ix_review_state_tier", "tier"),)),
    ("event_changes", "id str40 pk; event_id str40; change str20; at str40; digest str40 null",
     (("ix_event_changes_at", "at"), ("ix_event_changes_event", "event_id"))),
)


def _v5(conn: Connection) -> None:
    """Create the review tables; the machine output so far is the stored fused events, and the analysts'
    merge/split decisions of ``marsad decide`` (merge_decisions) become the first entries of the log."""
    import json

    from ..model import content_hash

    _create_frozen(*_V5)(conn)
    conn.execute(text("INSERT INTO machine_events (id, event_date, data) SELECT id, event_date, data FROM fused_events"))
    rows = conn.execute(text("SELECT kind, event_a, event_b, reason, decided_by, created_at FROM merge_decisions "
                             "WHERE kind IN ('merge', 'split') ORDER BY id")).fetchall()
    for r in rows:
        anchors, others, who = [r.event_a], [r.event_b], r.decided_by or "unknown"
        after = {"members": sorted(anchors + others)} if r.kind == "merge" else {"split_off": others}
        ident = content_hash(r.kind, anchors, r.created_at, who, others, after, r.reason, prefix="rev_")
        conn.execute(text("INSERT INTO review_log (id, at, reviewer, action, target, anchors, with_anchors, "
                          "fields_before, fields_after, machine, reason) VALUES (:id, :at, :who, :action, NULL, "
                          ":anchors, :others, NULL, :after, NULL, :reason)"),
                     {"id": ident, "at": r.created_at, "who": who, "action": r.kind, "anchors": json.dumps(anchors),
                      "others": json.dumps(others), "after": json.dumps(after), "reason": r.reason})


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "sources, documents, links, rejections", _create_frozen(*_V1)),
    (2, "places, events, claims, quotes", _create_frozen(*_V2)),
    (3, "stories, story members, fused events, fused event sources, merge decisions", _create_frozen(*_V3)),
    (4, "work-item ledger, near-duplicate bands, store facts", _create_frozen(*_V4)),
    (5, "review: machine events, review log, review state, event changes", _v5),
]


def current_version(engine: Engine | Connection) -> int:
    if not inspect(engine).has_table("schema_migrations"):
        return 0
    if isinstance(engine, Connection):
        rows = engine.execute(schema.schema_migrations.select()).fetchall()
    else:
        with engine.connect() as conn:
            rows = conn.execute(schema.schema_migrations.select()).fetchall()
    return max((r.version for r in rows), default=0)


def _apply_pending(conn: Connection, target: int | None = None) -> list[int]:
    schema.schema_migrations.create(conn, checkfirst=True)
    have = current_version(conn)
    applied = []
    for version, name, fn in MIGRATIONS:
        if version <= have or (target is not None and version > target):
            continue
        fn(conn)
        conn.execute(schema.schema_migrations.insert().values(
            version=version, name=name, applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
        applied.append(version)
    return applied


_PG_MIGRATION_LOCK = 0x6D617273  # "mars": pg_advisory_xact_lock key shared by every marsad process


def migrate(engine: Engine, target: int | None = None) -> list[int]:
    """Apply pending migrations (up to ``target``, default the newest); return the versions applied.

    Safe when several processes open a new store at once: the pending migrations run in one transaction
    under a lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), and whoever comes second finds
    them applied. A store already up to date takes no lock.
    """
    if current_version(engine) >= (target if target is not None else MIGRATIONS[-1][0]):
        return []
    if engine.dialect.name == "sqlite":
        # pysqlite runs DDL outside transactions unless we drive them ourselves (autocommit at the driver).
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                applied = _apply_pending(conn, target)
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
            return applied
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        return _apply_pending(conn, target)
