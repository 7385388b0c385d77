"""Numbered migrations. Append new ones; never edit an applied one.

Each migration is ``(version, name, function(connection))``. ``migrate()`` applies the missing ones in
order, in one transaction under a lock, and records each in ``schema_migrations``.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from . import schema


def _create(*tables):
    def run(conn: Connection) -> None:
        for t in tables:
            t.create(conn, checkfirst=True)
            for ix in t.indexes:
                ix.create(conn, checkfirst=True)
    return run


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "sources, documents, links, rejections",
     _create(schema.sources, schema.documents, schema.document_links, schema.rejections)),
    (2, "places, events, claims, quotes",
     _create(schema.places, schema.events, schema.claims, schema.quotes)),
    (3, "stories, story members, fused events, fused event sources, merge decisions",
     _create(schema.stories, schema.story_members, schema.fused_events, schema.fused_event_sources,
             schema.merge_decisions)),
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


def _apply_pending(conn: Connection) -> list[int]:
    schema.schema_migrations.create(conn, checkfirst=True)
    have = current_version(conn)
    applied = []
    for version, name, fn in MIGRATIONS:
        if version <= have:
            continue
        fn(conn)
        conn.execute(schema.schema_migrations.insert().values(
            version=version, name=name, applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
        applied.append(version)
    return applied


_PG_MIGRATION_LOCK = 0x6D617273  # "mars": pg_advisory_xact_lock key shared by every marsad process


def migrate(engine: Engine) -> list[int]:
    """Apply pending migrations; return the versions applied.

    Safe when several processes open a new store at once: the pending migrations run in one transaction
    under a lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), and whoever comes second finds
    them applied. A store already up to date takes no lock.
    """
    if current_version(engine) >= MIGRATIONS[-1][0]:
        return []
    if engine.dialect.name == "sqlite":
        # pysqlite runs DDL outside transactions unless we drive them ourselves (autocommit at the driver).
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                applied = _apply_pending(conn)
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
            return applied
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        return _apply_pending(conn)
