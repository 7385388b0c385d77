"""Issue 13: the Dask engine stores exactly what the local engine stores (document, event, claim, quote ids and
the fused events), on a small generated corpus; the writer and the partition isolation keep one bad document
from poisoning its partition."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402  (bench/corpus.py: the generated corpus)

from marsad.config import load_config  # noqa: E402
from marsad.model import Extraction  # noqa: E402
from marsad.run.ingest import ingest_sources  # noqa: E402
from marsad.run.local import LocalEngine, WorkerSpec, ingest_items, ordered_results  # noqa: E402
from marsad.store import open_store, schema  # noqa: E402


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("gen") / "corpus"
    stats = corpus.write(corpus.generate(48, seed=7), d, per_file=16)
    assert stats["conflict"] >= 5 and stats["html"] and stats["jsonl"]
    return d


def _snapshot(url: str) -> dict:
    with open_store(url) as st, st.engine.connect() as conn:
        out = {name: sorted(r[0] for r in conn.execute(select(t.c.id)))
               for name, t in (("documents", schema.documents), ("events", schema.events),
                               ("claims", schema.claims), ("quotes", schema.quotes), ("places", schema.places),
                               ("links", schema.document_links), ("rejections", schema.rejections))}
        out["near"] = sorted((r.id, r.near_duplicate_of) for r in conn.execute(
            select(schema.documents.c.id, schema.documents.c.near_duplicate_of)))
        out["fused"] = sorted((r.id, r.data) for r in conn.execute(select(schema.fused_events.c.id,
                                                                          schema.fused_events.c.data)))
    return out


def _ingest(url: str, path: Path, tmp_path: Path, **over) -> dict:
    cfg = load_config(env={}, overrides={"db": url, "ingest_batch": 8, **over}, cwd=tmp_path)
    with open_store(url) as st:
        return ingest_sources(st, cfg, paths=[path], progress=False).as_dict()


def test_dask_engine_output_equals_the_local_engine(small_corpus, tmp_path):
    local = f"sqlite:///{tmp_path / 'local.sqlite'}"
    dask = f"sqlite:///{tmp_path / 'dask.sqlite'}"
    s1 = _ingest(local, small_corpus, tmp_path)
    s2 = _ingest(dask, small_corpus, tmp_path, engine="dask", workers=2)
    assert s1 == s2
    assert s1["events"] > 0 and s1["near_duplicates"] >= 1
    a, b = _snapshot(local), _snapshot(dask)
    assert a["events"] and a["claims"] and a["quotes"] and a["fused"]
    assert a == b


def test_one_failing_document_is_a_rejection_and_its_partition_is_stored(small_corpus, tmp_path):
    url = f"sqlite:///{tmp_path / 'f.sqlite'}"
    cfg = load_config(env={}, overrides={"db": url, "ingest_batch": 16}, cwd=tmp_path)
    seen = []

    def extract(doc):
        seen.append(doc.id)
        if len(seen) == 3:
            raise RuntimeError("this extractor fails on its third document")
        return Extraction(doc_id=doc.id)

    from marsad.ingest.sources import iter_items
    with open_store(url) as st:
        s = ingest_items(iter_items([small_corpus], max_bytes=cfg.max_bytes), st, cfg, progress=False,
                         extract=extract)
        st_status = st.status()
    assert s.rejected == {"component_failed": 1}
    assert st_status["documents"] == 48 - s.duplicates     # every document of that partition is stored
    assert s.stored + s.near_duplicates == st_status["documents"]


class _DyingEngine:
    """An engine whose worker 'dies' on any partition that holds the poisoned item."""

    workers = 1

    def __init__(self, poison: str):
        self.poison = poison
        self.res = LocalEngine(WorkerSpec(load_config(env={}), extract=False))

    def submit(self, items):
        class F:
            def result(inner):
                if any(getattr(it, "locator", "") == self.poison for it in items):
                    raise RuntimeError("KilledWorker: the worker died")
                return self.res.submit(items).result()
        return F()


def test_a_document_that_kills_its_worker_is_rejected_alone(small_corpus):
    from marsad.ingest.sources import iter_items

    items = list(iter_items([small_corpus], max_bytes=10 ** 7))[:12]
    poison = items[5].locator
    parts = [items[:8], items[8:]]
    out = [r for _p, rs in ordered_results(_DyingEngine(poison), parts, window=2) for r in rs]
    assert [r.locator for r in out] == [it.locator for it in items]       # nothing lost, input order kept
    dead = [r for r in out if r.rejection is not None]
    assert [(r.locator, r.rejection.code) for r in dead] == [(poison, "worker_died")]
    assert all(r.doc is not None for r in out if r.locator != poison)


def test_cli_ingest_engine_options_on_both_backends(db_url, small_corpus, tmp_path):
    from click.testing import CliRunner

    from marsad.cli import cli

    res = CliRunner().invoke(cli, ["--db", db_url, "ingest", str(small_corpus), "--no-extract", "--json",
                                   "--engine", "local", "--workers", "1"])
    assert res.exit_code == 0, res.output
    s = json.loads(res.output.strip().splitlines()[-1])
    assert s["items"] == 48 and s["stored"] + s["near_duplicates"] + s["duplicates"] == 48
    again = json.loads(CliRunner().invoke(cli, ["--db", db_url, "ingest", str(small_corpus), "--no-extract",
                                                "--json"]).output.strip().splitlines()[-1])
    assert again["resumed"] == 48 and again["stored"] == 0 and again["unchanged"] == 48
    st = json.loads(CliRunner().invoke(cli, ["--db", db_url, "status", "--format", "json"]).output)
    assert st["documents"] == s["stored"] + s["near_duplicates"]
    assert st["schema_version"] >= 4


def test_the_local_process_pool_stores_what_one_process_stores(small_corpus, tmp_path):
    one = f"sqlite:///{tmp_path / 'one.sqlite'}"
    pool = f"sqlite:///{tmp_path / 'pool.sqlite'}"
    cfg1 = load_config(env={}, overrides={"db": one, "ingest_batch": 8}, cwd=tmp_path)
    cfg2 = load_config(env={}, overrides={"db": pool, "ingest_batch": 8, "workers": 2}, cwd=tmp_path)
    with open_store(one) as st:
        s1 = ingest_sources(st, cfg1, paths=[small_corpus], progress=False, extract=False).as_dict()
    with open_store(pool) as st:
        s2 = ingest_sources(st, cfg2, paths=[small_corpus], progress=False, extract=False).as_dict()
    assert s1 == s2 and s1["stored"] > 0
    assert _snapshot(one) == _snapshot(pool)


def test_an_unreachable_scheduler_is_an_engine_error_with_a_remedy():
    from marsad.errors import EngineError
    from marsad.run.dask import DaskEngine

    with pytest.raises(EngineError) as e:
        DaskEngine(WorkerSpec(load_config(env={}), extract=False), scheduler="tcp://127.0.0.1:9", connect_timeout=1)
    assert e.value.code == "engine_unavailable" and "tcp://127.0.0.1:9" in e.value.message
    assert "--scheduler" in e.value.remedy


def _profiler_enabled():
    import dask
    return dask.config.get("distributed.worker.profile.enabled")


def test_the_workers_marsad_starts_run_without_the_statistical_profiler():
    """Dask's worker profiler keeps call trees that grow with every task: memory was not flat (issue 13)."""
    from marsad.config import load_config
    from marsad.run.dask import DaskEngine
    eng = DaskEngine(WorkerSpec(load_config(env={}), extract=False), workers=1)
    try:
        assert set(eng.client.run(_profiler_enabled).values()) == {False}
    finally:
        eng.close()


def test_a_failed_warm_up_registration_fails_the_next_submit_with_an_engine_error(monkeypatch):
    """The workers' warm-up plugin is registered in a background thread; its failure is not lost."""
    from marsad.errors import EngineError
    from marsad.run.dask import DaskEngine

    def refuse(self, plugin, name=None):
        raise OSError("the scheduler went away")

    monkeypatch.setattr("distributed.Client.register_plugin", refuse)
    eng = DaskEngine(WorkerSpec(load_config(env={}), extract=False), workers=1)
    try:
        eng._warming.join(timeout=30)
        with pytest.raises(EngineError) as e:
            eng.submit([])
        assert "the scheduler went away" in e.value.message
    finally:
        eng.close()
