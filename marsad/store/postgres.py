"""PostgreSQL engine (psycopg 3), for stores too large or too shared for one SQLite file."""
from __future__ import annotations

from sqlalchemy import create_engine
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Engine, make_url


def create_postgres_engine(url: str) -> Engine:
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return create_engine(u, pool_pre_ping=True)


insert_ignore_dialect = pg_insert
