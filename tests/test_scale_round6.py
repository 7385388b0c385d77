"""Issue 13, the driver's share of a scaled ingest: rows built in the workers and sent as tuples, the single
writer's tuple ``executemany``, the Dask cluster's quieter monitoring, and the driver's CPU per stage."""
from __future__ import annotations

import pickle

from sqlalchemy import select

from marsad.config import load_config
from marsad.model import CleanDocument, Event, Evidence, Extraction, Quote, RawItem
from marsad.run.local import (ItemResult, LocalEngine, WorkerSpec, extraction_result, ingest_items, link_id,
                              source_id)
from marsad.store import document_row, extraction_rows, open_store, schema
from marsad.store.bulk import Batch, columns, insert_ignore_many, insert_rows


def _doc(text: str = "Gunmen attacked a checkpoint near Tikrit on Sunday, police said.") -> CleanDocument:
    from marsad.model import text_hash
    return CleanDocument(id=text_hash(text), text=text, published="2025-03-02", locator="a.html")


def _extraction(doc: CleanDocument) -> Extraction:
    ev = Event(id="evt_" + "3" * 16, doc_id=doc.id, event_date="2025-03-02", time_precision=1,
               event_type="Violence against civilians", sub_event_type="Attack", country="Iraq",
               country_code="IQ", location="Tikrit", fatalities=0, confidence=0.6,
               evidence=(Evidence("event", 0, 6),))
    q = Quote(speaker="police", speaker_start=55, speaker_end=61, role=None, affiliation=None,
              anonymity="unnamed_official", start=0, end=10)
    return Extraction(doc_id=doc.id, events=(ev,), quotes=(q,),
                      versions=(("pipeline", "1"), ("error:claims", "it broke")))


def test_extraction_result_rows_are_the_store_rows_in_column_order():
    doc = _doc()
    ex = _extraction(doc)
    got = extraction_result(ex)
    want = {t.name: [tuple(r[c] for c in columns(t)) for r in rows] for t, rows in extraction_rows(ex).items() if rows}
    assert {name: list(rows) for name, rows in got["rows"]} == want
    assert set(want) == {"events", "quotes"}
    assert got["n_events"] == 1 and got["errors"] == (("claims", "it broke"),)
    # a plain record: it pickles, and holds no model objects
    back = pickle.loads(pickle.dumps(got))
    assert back == got and all(isinstance(v, (str, int, float, type(None))) for _n, rows in back["rows"]
                               for row in rows for v in row)


def test_insert_rows_counts_only_new_rows_and_dicts_get_their_defaults(db_url):
    doc = _doc()
    with open_store(db_url) as st, st.engine.begin() as conn:
        src = ("src_x", "file", "a.html", "2026-01-01T00:00:00+00:00")
        assert insert_rows(conn, "sources", [src, src]) == 1       # the second is a conflict: not counted
        assert insert_rows(conn, "sources", [src]) == 0
        row = document_row(doc, "src_x", ingested_at="2026-01-01T00:00:00+00:00")
        del row["extracted"]                                       # a left-out column takes its default
        assert insert_ignore_many(conn, schema.documents, [row]) == 1
        got = conn.execute(select(schema.documents.c.extracted, schema.documents.c.ingested_at)).one()
        assert got.extracted is False and got.ingested_at == "2026-01-01T00:00:00+00:00"


def test_a_batch_takes_dicts_and_tuples_and_the_first_row_of_a_key_wins():
    b = Batch()
    assert b.add(schema.minhash_bands, {"band_key": 7, "doc_id": "doc_a"})
    assert not b.add_row("minhash_bands", (7, "doc_a"))
    assert b.add_row("minhash_bands", (7, "doc_b"))
    assert b.add_row("sources", ("src_1", "file", "x", "t1")) and not b.add_row("sources", ("src_1", "url", "y", "t2"))
    assert list(b.rows["sources"].values()) == [("src_1", "file", "x", "t1")]
    assert len(b) == 3


def test_the_writer_stores_worker_built_rows_and_counts_component_errors(tmp_path):
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    cfg = load_config(env={}, overrides={"db": url, "ingest_batch": 4}, cwd=tmp_path)
    texts = [f"Gunmen attacked checkpoint number {i} near Tikrit on Sunday, police said." for i in range(6)]
    items = [RawItem(locator=f"f{i}.txt", body=t, kind="text") for i, t in enumerate(texts)]
    items.append(RawItem(locator="copy.txt", body=texts[0], kind="text"))       # an exact copy: a link

    def extract(doc):
        ev = _extraction(doc).events[0]
        from dataclasses import replace
        return Extraction(doc_id=doc.id, events=(replace(ev, id="evt_" + doc.id[4:20], doc_id=doc.id),),
                          versions=(("error:quotes", "no quotes today"),))

    with open_store(url) as st:
        s = ingest_items(items, st, cfg, progress=False, extract=extract)
        status = st.status()
        with st.engine.connect() as conn:
            n_events = conn.execute(select(schema.events.c.id)).all()
            done = conn.execute(select(schema.work_items.c.outcome)).scalars().all()
    assert s.stored == 6 and s.duplicates == 1 and s.events == 6
    assert s.component_errors == {"quotes": 6} and status["component_errors"] == {"quotes": 6}
    assert len(n_events) == 6 and status["duplicates"] == 1
    assert sorted(done) == ["duplicate"] + ["stored"] * 6
    # the driver's CPU per stage (bench/scale.py prints it)
    assert {"read + ledger", "writer: decide + rows", "writer: SQL", "engine: main thread"} <= set(s.cpu)
    assert all(v >= 0 for v in s.cpu.values())


def test_a_result_carries_the_ids_the_writer_needs():
    cfg = load_config(env={})
    eng = LocalEngine(WorkerSpec(cfg, extract=False), 1)
    it = RawItem(locator="feed.jsonl#3", body="Heavy rain closed two schools in the capital on Monday.",
                 kind="jsonl", input_id="3")
    (r,) = eng.submit([it]).result()
    assert isinstance(r, ItemResult) and r.doc is not None and r.rows is None and not r.extracted
    assert r.source_id == source_id("jsonl", "feed.jsonl#3") == source_id("jsonl", "feed.jsonl")
    assert r.link_id == link_id("feed.jsonl#3", "3") != link_id("feed.jsonl#4", "3")


def test_the_cluster_marsad_starts_polls_its_monitors_less_often():
    import dask

    from marsad.run.dask import WORKER_CONFIG

    assert WORKER_CONFIG["distributed.worker.profile.enabled"] is False
    with dask.config.set(WORKER_CONFIG):
        from dask.utils import parse_timedelta
        assert parse_timedelta(dask.config.get("distributed.admin.tick.interval")) >= 0.5
        assert parse_timedelta(dask.config.get("distributed.admin.system-monitor.interval")) >= 1
        assert parse_timedelta(dask.config.get("distributed.worker.memory.monitor-interval")) >= 0.2


def test_the_last_partitions_shrink_so_the_workers_finish_together():
    from marsad.run.local import chunks

    sizes = [len(c) for c in chunks(range(2000), 64, workers=2)]
    assert [x for c in chunks(range(2000), 64, workers=2) for x in c] == list(range(2000))   # order kept
    assert sizes[:28] == [64] * 28 and max(sizes) == 64
    tail = sizes[28:]
    assert tail == sorted(tail, reverse=True) and tail[-2] == 8 and sum(tail) == 2000 - 28 * 64
    assert [len(c) for c in chunks(range(150), 64, workers=1)] == [64, 64, 22]     # one worker: as read
    assert list(chunks([], 64, workers=2)) == [] and [len(c) for c in chunks(range(5), 64, workers=2)] == [5]


def test_the_engine_closes_in_the_background_and_its_error_is_not_lost():
    import threading

    import pytest

    from marsad.run.ingest import close_engine_in_background

    class Slow:
        closed_in = None

        def close(self):
            Slow.closed_in = threading.current_thread().name

    c = close_engine_in_background(Slow())
    c.join()
    assert Slow.closed_in == "marsad-engine-close"

    class Broken:
        def close(self):
            raise RuntimeError("the cluster would not stop")

    c = close_engine_in_background(Broken())
    with pytest.raises(RuntimeError, match="would not stop"):
        c.join()
    close_engine_in_background(LocalEngine(WorkerSpec(load_config(env={}), extract=False), 1)).join()  # no-op
