"""Shared fixtures. Tests are fast, deterministic, and use real SQLite (and a real PostgreSQL server when
MARSAD_TEST_POSTGRES_URL is set, as .ci/run does)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from marsad.config import Config, load_config

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def cfg(tmp_path) -> Config:
    return load_config(env={}, overrides={"db": f"sqlite:///{tmp_path / 'marsad.sqlite'}"}, cwd=tmp_path)


@pytest.fixture
def store(cfg):
    from marsad.store import open_store

    s = open_store(cfg.db_url)
    yield s
    s.close()


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip visibly where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): skipping a test that reads the shared dev data")
    return SHARED



PG_ENV = "MARSAD_TEST_POSTGRES_URL"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh store URL on SQLite and, when MARSAD_TEST_POSTGRES_URL is set (.ci/run sets it), on
    PostgreSQL in a schema of its own, so parallel runs never collide. Skips visibly without the server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    import uuid
    from urllib.parse import quote

    from sqlalchemy import create_engine, text

    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: skipping the PostgreSQL store tests (.ci/run sets it)")
    name = "marsad_t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options={quote('-csearch_path=' + name)}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
    admin.dispose()


@pytest.fixture
def any_store(db_url):
    """A fresh, migrated store on each backend (see ``db_url``)."""
    from marsad.store import open_store

    s = open_store(db_url)
    yield s
    s.close()
