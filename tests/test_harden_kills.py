"""A small version of bench/kills.py: one kill -9 during `marsad ingest` (with extraction) and one during
`marsad fuse`, each followed by a re-run (ingest without extraction here, to stay fast; the bench extracts); the store then equals an uninterrupted run's (documents, links,
rejections, events, stories, fused tables) and passes the SQLite integrity check. On PostgreSQL too when
MARSAD_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import os
import random
import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.kills import Postgres, SQLite, cycles, make_corpus  # noqa: E402


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_kill_during_ingest_and_during_fuse_loses_nothing(tmp_path, backend, monkeypatch):
    import bench.kills as kills

    monkeypatch.setattr(kills, "EXTRACT", ["--no-extract"])   # fast: the synthetic events feed the fusion
    if backend == "postgresql":
        url = os.environ.get("MARSAD_TEST_POSTGRES_URL")
        if not url:
            pytest.skip("MARSAD_TEST_POSTGRES_URL is not set: skipping the PostgreSQL kill test (.ci/run sets it)")
        b = Postgres(url)
    else:
        b = SQLite(tmp_path)
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 8)
    res = cycles(b, corpus, 1, random.Random(3), synthetic=300, log=lambda *a: None)
    for stage in ("ingest", "fuse"):
        (r,) = res[stage]
        assert r["ok"], (stage, r)
