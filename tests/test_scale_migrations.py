"""Issue 13: real migrations. A store made by every older schema version, with rows in it, upgrades to the
newest on SQLite and PostgreSQL, keeps its rows, and ends with exactly the tables, columns and indexes of
``schema.py``; an upgraded store's stored MinHash signatures become the persistent near-duplicate index."""
from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select

from marsad.store import create_engine_for, migrations, open_store, schema

NEWEST = migrations.MIGRATIONS[-1][0]

# rows written at the version that created their table (columns as that migration froze them)
ROWS = {
    1: [("sources", {"id": "src_a", "kind": "text", "locator": "a.txt", "first_seen": "2025-01-01T00:00:00"}),
        ("documents", {"id": "doc_a", "source_id": "src_a", "locator": "a.txt", "text": "Rain fell in Hit.",
                       "n_chars": 17, "extracted": False, "ingested_at": "2025-01-01T00:00:00"}),
        ("document_links", {"id": "lnk_a", "doc_id": "doc_a", "kind": "duplicate", "locator": "b.txt",
                            "created_at": "2025-01-01T00:00:00"}),
        ("rejections", {"id": "rej_a", "locator": "c.bin", "code": "binary", "message": "binary",
                        "created_at": "2025-01-01T00:00:00"})],
    2: [("events", {"id": "evt_a", "doc_id": "doc_a", "event_type": "Protests", "sub_event_type": "Peaceful protest",
                    "event_date": "2025-01-01", "data": "{}"}),
        ("places", {"id": "plc_a", "doc_id": "doc_a", "start": 13, "end": 16, "text": "Hit"}),
        ("claims", {"id": "clm_a", "doc_id": "doc_a", "kind": "causal", "start": 0, "end": 4, "data": "{}"}),
        ("quotes", {"id": "quo_a", "doc_id": "doc_a", "start": 0, "end": 4, "data": "{}"})],
    3: [("stories", {"id": "sto_a", "n_docs": 1, "updated_at": "2025-01-01T00:00:00"}),
        ("story_members", {"doc_id": "doc_a", "story_id": "sto_a", "assigned_by": "auto",
                           "assigned_at": "2025-01-01T00:00:00"}),
        ("fused_events", {"id": "fus_a", "event_type": "Protests", "sub_event_type": "Peaceful protest",
                          "number_of_sources": 1, "data": "{}"}),
        ("merge_decisions", {"id": "mrg_a", "kind": "split", "event_a": "evt_a", "event_b": "evt_b",
                             "created_at": "2025-01-01T00:00:00"})],
}


def _fill(engine, upto: int) -> None:
    with engine.begin() as conn:
        for v in range(1, upto + 1):
            for table, row in ROWS.get(v, []):
                conn.execute(schema.metadata.tables[table].insert().values(**row))


@pytest.mark.parametrize("old", range(1, NEWEST))
def test_every_older_version_with_data_upgrades_to_the_newest(db_url, old):
    engine = create_engine_for(db_url)
    try:
        assert migrations.migrate(engine, target=old) == list(range(1, old + 1))
        assert migrations.current_version(engine) == old
        assert "schema_migrations" in inspect(engine).get_table_names()
        have = set(inspect(engine).get_table_names())
        assert ("work_items" in have) == (old >= 4)        # version 4 is there only from 4 on
        assert "review_log" not in have                    # version 5 is not there yet
        _fill(engine, old)
    finally:
        engine.dispose()
    with open_store(db_url) as st:                         # opening migrates
        assert st.schema_version() == NEWEST
        with st.engine.connect() as conn:
            for v in range(1, old + 1):
                for table, row in ROWS.get(v, []):
                    t = schema.metadata.tables[table]
                    pk = list(t.primary_key.columns)[0]
                    got = conn.execute(select(t).where(pk == row[pk.name])).mappings().one()
                    assert {k: got[k] for k in row} == row
        _assert_schema_is_live(st.engine)


def test_a_fresh_store_has_exactly_the_live_schema(db_url):
    with open_store(db_url) as st:
        _assert_schema_is_live(st.engine)
        assert [r[0] for r in migrations.MIGRATIONS] == list(range(1, NEWEST + 1))


def _assert_schema_is_live(engine) -> None:
    """The tables, columns (name, nullability, primary key) and index names after migrating equal schema.py."""
    insp = inspect(engine)
    have = set(insp.get_table_names())
    want = set(schema.metadata.tables)
    assert want <= have, want - have
    for name, t in schema.metadata.tables.items():
        cols = {c["name"]: c for c in insp.get_columns(name)}
        assert set(cols) == {c.name for c in t.columns}, name
        pk = set(insp.get_pk_constraint(name)["constrained_columns"])
        assert pk == {c.name for c in t.primary_key.columns}, name
        for c in t.columns:
            if not c.primary_key:
                assert cols[c.name]["nullable"] == c.nullable, (name, c.name)
        assert {ix["name"] for ix in insp.get_indexes(name)} >= {ix.name for ix in t.indexes}, name
        fks = {(tuple(fk["constrained_columns"]), fk["referred_table"]) for fk in insp.get_foreign_keys(name)}
        assert fks == {((fk.parent.name,), fk.column.table.name) for fk in t.foreign_keys}, name


def test_an_upgraded_store_finds_near_duplicates_of_its_old_documents(db_url, tmp_path):
    from marsad.config import load_config
    from marsad.ingest.dedup import NearDuplicateIndex
    from marsad.run.ingest import ingest_sources

    words = " ".join(f"word{i} of the report on the river and the market of Hit" for i in range(40))
    engine = create_engine_for(db_url)
    try:
        migrations.migrate(engine, target=3)
        idx = NearDuplicateIndex(0.85, 64)
        with engine.begin() as conn:
            conn.execute(schema.documents.insert().values(
                id="doc_old", locator="old.txt", text=words, n_chars=len(words), extracted=False,
                ingested_at="2025-01-01T00:00:00", minhash=idx.to_bytes(idx.minhash(words))))
    finally:
        engine.dispose()
    (tmp_path / "new.txt").write_text(words.replace("word7 ", "word7x "), encoding="utf-8")
    cfg = load_config(env={}, overrides={"db": db_url}, cwd=tmp_path)
    with open_store(db_url) as st:
        s = ingest_sources(st, cfg, paths=[tmp_path / "new.txt"], progress=False, extract=False)
        assert s.near_duplicates == 1
        with st.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(schema.minhash_bands)).scalar_one() == 16
            near = conn.execute(select(schema.documents.c.near_duplicate_of).where(
                schema.documents.c.id != "doc_old")).scalar_one()
        assert near == "doc_old"
        assert st.get_meta("near_dup_bands") == idx.params
