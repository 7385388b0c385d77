"""Shared fixtures. Tests are fast, deterministic, and use real SQLite, and a real PostgreSQL server whenever
one is reachable: MARSAD_TEST_POSTGRES_URL when set (.ci/run sets it), else the local server .ci/run creates
(postgresql://marsad:marsad@127.0.0.1:5432/marsad_test), probed once per session. MARSAD_TEST_POSTGRES_URL=off
turns PostgreSQL off. The store, fusion, review and CLI tests that use the ``cfg``/``store`` fixtures run on
both backends; a PostgreSQL test skipped for want of a server is counted as "skipped (no PostgreSQL)" in the
summary line."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from marsad.config import Config, load_config

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


PG_ENV = "MARSAD_TEST_POSTGRES_URL"
PG_LOCAL = "postgresql://marsad:marsad@127.0.0.1:5432/marsad_test"
_PG_PROBE: dict[str, str | None] = {}
# test modules whose ``cfg``/``store`` fixtures also run on PostgreSQL
_BOTH_BACKENDS = ("test_foundation_store", "test_fuse_", "test_review", "test_claims_drivers", "test_scale_",
                  "test_foundation_cli")


def postgres_url() -> str | None:
    """The PostgreSQL server for the tests, or None (with the reason in ``_PG_PROBE['why']``)."""
    if "url" in _PG_PROBE:
        return _PG_PROBE["url"]
    base = os.environ.get(PG_ENV)
    url = None
    if base and base.lower() == "off":
        _PG_PROBE["why"] = f"{PG_ENV}=off"
    else:
        cand = base or PG_LOCAL
        try:
            import psycopg
            psycopg.connect(cand, connect_timeout=2).close()
            url = cand
        except Exception as e:
            _PG_PROBE["why"] = (f"no PostgreSQL server reachable at {cand.split('@')[-1]} "
                                f"({type(e).__name__}); set {PG_ENV} (.ci/run provides one)")
    _PG_PROBE["url"] = url
    return url


def pytest_generate_tests(metafunc):
    mod = metafunc.module.__name__.rpartition(".")[2]
    if "backend" in metafunc.fixturenames and "db_url" not in metafunc.fixturenames and mod.startswith(_BOTH_BACKENDS):
        metafunc.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                             indirect=True)


def pytest_report_teststatus(report, config):
    """A PostgreSQL test skipped for want of a server says so in the summary line."""
    if report.skipped and "postgres" in report.keywords and report.when in ("setup", "call"):
        return "skipped (no PostgreSQL)", "s", "SKIPPED (no PostgreSQL)"
    return None


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


def _pg_schema_url(base: str):
    """A schema of its own on the server (parallel runs never collide): (url, drop)."""
    import uuid
    from urllib.parse import quote

    from sqlalchemy import create_engine, text

    name = "marsad_t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    sep = "&" if "?" in base else "?"

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()

    return f"{base}{sep}options={quote('-csearch_path=' + name)}", drop


@pytest.fixture
def cfg(tmp_path, backend) -> Config:
    if backend == "sqlite":
        yield load_config(env={}, overrides={"db": f"sqlite:///{tmp_path / 'marsad.sqlite'}"}, cwd=tmp_path)
        return
    base = postgres_url()
    if not base:
        pytest.skip(_PG_PROBE.get("why", "no PostgreSQL"))
    url, drop = _pg_schema_url(base)
    yield load_config(env={}, overrides={"db": url}, cwd=tmp_path)
    drop()


@pytest.fixture
def store(cfg):
    from marsad.store import open_store

    s = open_store(cfg.db_url)
    yield s
    s.close()


@pytest.fixture(scope="session")
def pipeline():
    """The events-only pipeline (no full parse) of the default configuration, shared by the event tests."""
    from marsad.run.pipeline import Pipeline
    return Pipeline.from_config(load_config(env={}), quotes=False, claims=False)


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip visibly where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): skipping a test that reads the shared dev data")
    return SHARED


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh store URL on SQLite and, whenever a server is reachable (``postgres_url``), on PostgreSQL in a
    schema of its own, so parallel runs never collide. Skips visibly without the server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    base = postgres_url()
    if not base:
        pytest.skip(_PG_PROBE.get("why", "no PostgreSQL"))
    url, drop = _pg_schema_url(base)
    yield url
    drop()


@pytest.fixture
def any_store(db_url):
    """A fresh, migrated store on each backend (see ``db_url``)."""
    from marsad.store import open_store

    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture
def one_aggregate():
    """The check both aggregate test files make of one sentence: exactly one figure, with its quantity (or low
    and high), qualifier, unit, what it counts and its period. ``fig`` is (quantity, low, high, qualifier,
    unit, a word of what is counted); ``period`` is (period_start, period_end)."""
    def check(found: list[dict], text: str, fig: tuple, period: tuple) -> None:
        assert len(found) == 1, [(a["quantity"], a["counted"]) for a in found]
        a = found[0]
        q, lo, hi, qual, unit, counted = fig
        got_q = a["quantity"]
        assert (got_q is None) == (q is None) and (q is None or abs(got_q - q) < 0.01)
        assert (a["low"], a["high"]) == (lo, hi)
        assert a["qualifier"] == qual
        assert a["unit"] == unit
        assert counted in a["counted"]
        assert (a["period_start"], a["period_end"]) == period
        assert 0 <= a["start"] < a["end"] <= len(text)
    return check


@pytest.fixture(scope="session")
def aggs():
    """The aggregate figures ``extract.aggregates`` finds in one text (the tagger/parser pipeline loaded once),
    published on a Tuesday, 2021-06-15, unless told otherwise."""
    from marsad.annotate.periods import find_periods
    from marsad.annotate.quotes import load_nlp
    from marsad.extract.aggregates import find_aggregates

    nlp = load_nlp()

    def run(text: str, published: str | None = "2021-06-15") -> list[dict]:
        return find_aggregates(nlp(text), text, published, find_periods(text, published=published))
    return run
