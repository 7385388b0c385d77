"""Numbered migrations. Append new ones; never edit an applied one.

Each migration is ``(version, name, function(connection))``. ``migrate()`` applies the missing ones in
order, each in its own transaction, and records it in ``schema_migrations``.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import inspect
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


def current_version(engine: Engine) -> int:
    if not inspect(engine).has_table("schema_migrations"):
        return 0
    with engine.connect() as conn:
        rows = conn.execute(schema.schema_migrations.select()).fetchall()
    return max((r.version for r in rows), default=0)


def migrate(engine: Engine) -> list[int]:
    """Apply pending migrations; return the versions applied."""
    with engine.begin() as conn:
        schema.schema_migrations.create(conn, checkfirst=True)
    have = current_version(engine)
    applied = []
    for version, name, fn in MIGRATIONS:
        if version <= have:
            continue
        with engine.begin() as conn:
            fn(conn)
            conn.execute(schema.schema_migrations.insert().values(
                version=version, name=name, applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
        applied.append(version)
    return applied
