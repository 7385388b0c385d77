"""The analysis read helpers (marsad/store/analysis.py) and load_inputs on a real store: SQLite, and
PostgreSQL when MARSAD_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import pytest

from marsad.analyze.series import Filters
from marsad.config import load_config
from marsad.errors import EmptyStoreError
from marsad.model import CleanDocument, Event, Evidence, Extraction, text_hash
from marsad.run.analysis import last_day, load_inputs
from marsad.run.fuse import fuse_store
from marsad.store import analysis as reads
from marsad.store import open_store

TEXTS = [("2022-05-02", "https://gazette.example/1", "Gunmen attacked herders on the outskirts of Port Vale on Monday."),
         ("2022-05-09", "https://www.courier.example/2", "A bomb went off in Port Vale market on Monday.")]


def _fill(store):
    for k, (day, url, text) in enumerate(TEXTS):
        doc = CleanDocument(id=text_hash(text), text=text, url=url, published=day)
        store.add_document(doc)
        s = text.index("Port Vale")
        ev = Event(id=f"evt_{k}", doc_id=doc.id, event_date=day, time_precision=1, event_type="Battles",
                   sub_event_type="Armed clash", actor1="Ember Hill Brigade", inter1=2, country="Freedonia",
                   country_code="FD", admin1="Northmarch", location="Port Vale", latitude=10.0 + k, longitude=20.0,
                   geo_precision=1, fatalities=k + 1,
                   evidence=(Evidence("event", 0, 10), Evidence("sentence", 0, len(text)),
                             Evidence("location", s, s + len("Port Vale"))))
        store.write_extraction(Extraction(doc_id=doc.id, events=(ev,)))
    fuse_store(store, use_stories=False)


def test_reads_and_load_inputs(db_url, tmp_path):
    store = open_store(db_url)
    try:
        cfg = load_config(env={}, overrides={"db": db_url}, cwd=tmp_path)
        with pytest.raises(EmptyStoreError):
            load_inputs(store, cfg)
        _fill(store)
        evs = reads.fused_events(store, with_data=True)
        assert [(e["event_date"], e["inter1"], len(e["doc_ids"])) for e in evs] == [("2022-05-02", 2, 1),
                                                                                  ("2022-05-09", 2, 1)]
        assert reads.fused_events(store, since="2022-05-05", with_sources=False)[0]["fatalities"] == 2
        ctx = reads.location_contexts(store, [e["id"] for e in evs])
        assert ctx[evs[0]["id"]][0].endswith("on the outskirts of ")
        assert ctx[evs[1]["id"]][1].startswith(" market")
        assert reads.last_published(store).startswith("2022-05-09")
        assert str(last_day(store)) == "2022-05-09"
        inp = load_inputs(store, cfg, Filters(region="Northmarch"))
        assert [e["urban"] for e in inp.events] == [False, None]     # rural by its relation; unknown town
        assert inp.doc_source == {evs[0]["doc_ids"][0]: "gazette.example", evs[1]["doc_ids"][0]: "courier.example"}
        from marsad.analyze.periods import parse_period
        assert inp.new_sources(parse_period("2022-05-09..2022-05-15")) == {"courier.example"}
    finally:
        store.close()
