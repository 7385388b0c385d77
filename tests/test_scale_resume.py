"""Issue 13: resumable ingest. A kill -9 of the driver mid-run, then a re-run, stores exactly the distinct
documents, on SQLite and PostgreSQL; the ledger's claims are atomic and a dead owner's claims are taken over;
bulk batch writes are idempotent."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402

from marsad.store import open_store, schema  # noqa: E402
from marsad.store.bulk import Batch  # noqa: E402

N = 400


def _count(url: str, table) -> int:
    with open_store(url) as st, st.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def _cmd(url: str, path: Path) -> list[str]:
    return [sys.executable, "-m", "marsad.cli", "--db", url, "ingest", str(path), "--no-extract", "--no-progress",
            "--json"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_9_of_the_driver_then_rerun_stores_exactly_the_distinct_documents(db_url, tmp_path):
    docs = corpus.generate(N, seed=11)
    corpus.write(docs, tmp_path / "c", per_file=100)
    distinct = len({" ".join(d["text"].split()) for d in docs})
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env["MARSAD_INGEST_BATCH"] = "16"
    open_store(db_url).close()     # migrated before the race below
    proc = subprocess.Popen(_cmd(db_url, tmp_path / "c"), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=tmp_path)
    killed_at = None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        n = _count(db_url, schema.documents)
        if n >= 48:
            os.kill(proc.pid, signal.SIGKILL)
            killed_at = n
            break
        time.sleep(0.05)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()
    assert killed_at is not None and proc.returncode == -signal.SIGKILL, "the run ended before the kill"
    after = _count(db_url, schema.documents)
    assert after < distinct, "the kill did not land mid-run"

    r = subprocess.run(_cmd(db_url, tmp_path / "c"), env=env, capture_output=True, text=True, timeout=300,
                       cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout.strip().splitlines()[-1])
    assert s["resumed"] >= after          # what the killed run finished is skipped, not redone
    assert _count(db_url, schema.documents) == distinct          # nothing lost, nothing doubled
    assert _count(db_url, schema.documents) + _count(db_url, schema.document_links) == N
    with open_store(db_url) as st:
        assert st.ledger().counts() == {"done": N}


def test_claims_are_atomic_and_a_dead_owners_claims_are_taken_over(db_url):
    with open_store(db_url) as st:
        a = st.ledger("thishost-a")
        a.register([(f"wrk_{i}", f"f{i}") for i in range(10)])
        assert a.claim([f"wrk_{i}" for i in range(6)]) == {f"wrk_{i}" for i in range(6)}
        # an owner on another host, within its lease: its claims stay its own
        b = st.ledger("elsewhere:1:2026-01-01T00:00:00+00:00")
        assert b.claim([f"wrk_{i}" for i in range(10)]) == {f"wrk_{i}" for i in range(6, 10)}
        # a process of this host that no longer runs: its claims are taken over at once
        import socket
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
        ghost = st.ledger(f"{socket.gethostname()}:{dead.stdout.strip()}:2026-01-01T00:00:00+00:00")
        ghost.register([("wrk_g", "g")])
        assert ghost.claim(["wrk_g"]) == {"wrk_g"}
        c = st.ledger()
        assert c.claim(["wrk_g", "wrk_0"]) == {"wrk_g"}
        # another host's claims older than the lease are taken over too
        from sqlalchemy import update
        with st.engine.begin() as conn:
            conn.execute(update(schema.work_items).where(schema.work_items.c.id == "wrk_7")
                         .values(claimed_at="2000-01-01T00:00:00+00:00"))
        assert c.claim(["wrk_6", "wrk_7"]) == {"wrk_7"}
        c.release()
        assert st.ledger().counts().get("pending", 0) >= 1


def test_bulk_batch_is_idempotent(db_url):
    from marsad.model import CleanDocument, Event, Evidence, Extraction
    from marsad.store import document_row, extraction_rows

    doc = CleanDocument(id="doc_" + "1" * 24, text="A bomb went off in Hit on Monday.", published="2025-02-03")
    ev = Event(id="evt_" + "2" * 16, doc_id=doc.id, event_date="2025-02-03", time_precision=1,
               event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
               country="Iraq", country_code="IQ", location="Hit", fatalities=0, confidence=0.7,
               evidence=(Evidence("event", 2, 6),))

    def batch() -> Batch:
        b = Batch()
        b.add(schema.sources, {"id": "src_1", "kind": "text", "locator": "x.txt", "first_seen": "2026-01-01"})
        b.add(schema.documents, document_row(doc, "src_1", minhash=b"\x00" * 512, extracted=True))
        for table, rows in extraction_rows(Extraction(doc_id=doc.id, events=(ev,))).items():
            for row in rows:
                b.add(table, row)
        b.add(schema.minhash_bands, {"band_key": -5, "doc_id": doc.id})
        b.add(schema.minhash_bands, {"band_key": -5, "doc_id": doc.id})      # queued once
        return b

    with open_store(db_url) as st:
        first = st.write_batch(batch())
        assert first == {"sources": 1, "documents": 1, "events": 1, "minhash_bands": 1}
        second = st.write_batch(batch())
        assert sum(second.values()) == 0
        assert st.status()["documents"] == 1 and st.status()["events"] == 1
        assert st.near_dup_candidates([-5, 7]) == {-5: [doc.id]}


@pytest.mark.postgres
def test_postgresql_claims_skip_the_rows_another_driver_holds():
    from conftest import _PG_PROBE, _pg_schema_url, postgres_url
    from sqlalchemy import text

    base = postgres_url()
    if not base:
        pytest.skip(_PG_PROBE.get("why", "no PostgreSQL"))
    url, drop = _pg_schema_url(base)
    try:
        with open_store(url) as st:
            ids = [f"wrk_{i}" for i in range(5)]
            st.ledger("elsewhere:1:x").register([(i, i) for i in ids])
            with st.engine.connect() as other:
                tx = other.begin()      # another driver is claiming wrk_0 and wrk_1 right now
                other.execute(text("SELECT id FROM work_items WHERE id IN ('wrk_0', 'wrk_1') FOR UPDATE"))
                assert st.ledger().claim(ids) == {"wrk_2", "wrk_3", "wrk_4"}     # no wait, no double claim
                tx.rollback()
            assert st.ledger().claim(ids) == {"wrk_0", "wrk_1"}
    finally:
        drop()
