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
