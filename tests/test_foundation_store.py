"""The store on a real SQLite file and, when MARSAD_TEST_POSTGRES_URL is set (as .ci/run does), on a real
PostgreSQL server: the same tests on both. Without the variable the PostgreSQL cases SKIP VISIBLY.

Each PostgreSQL test gets its own fresh schema (dropped afterwards), so parallel runs do not collide.
"""
from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select, text

from marsad.model import Claim, CleanDocument, Event, Evidence, Extraction, Place, Quote, Rejection, text_hash
from marsad.store import migrations, open_store, safe_url, schema


@pytest.fixture
def st(db_url):
    s = open_store(db_url)
    yield s
    s.close()


def _doc(n: int, text_: str | None = None) -> CleanDocument:
    t = text_ or f"Document number {n}: the council of Hit met on Monday and agreed on {n} repairs."
    return CleanDocument(id=text_hash(t), text=t, title=f"Doc {n}", url=f"https://fixture.example/{n}",
                         published="2020-03-0%d" % (n % 9 + 1), language="en", locator=f"/in/doc{n}.txt",
                         extractor="plain-text")


def _count(s, table, where=None) -> int:
    q = select(func.count()).select_from(table)
    if where is not None:
        q = q.where(where)
    with s.engine.connect() as conn:
        return conn.execute(q).scalar_one()


# -- migrations ---------------------------------------------------------------------------------------

def test_migrations_are_numbered_consecutively_and_named():
    versions = [v for v, _name, _fn in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    assert all(name and callable(fn) for _v, name, fn in migrations.MIGRATIONS)


def test_migrations_recorded_and_idempotent(st, db_url):
    latest = migrations.MIGRATIONS[-1][0]
    assert st.schema_version() == latest
    with st.engine.connect() as conn:
        rows = conn.execute(select(schema.schema_migrations).order_by(schema.schema_migrations.c.version)).all()
    assert [r.version for r in rows] == list(range(1, latest + 1))
    assert all(r.name and r.applied_at for r in rows)
    assert migrations.migrate(st.engine) == []  # nothing left to apply
    again = open_store(db_url)  # opening again migrates nothing and keeps the data
    assert again.schema_version() == latest
    again.close()
    tables = set(inspect(st.engine).get_table_names())
    assert {"sources", "documents", "document_links", "rejections", "events", "places", "claims", "quotes",
            "schema_migrations"} <= tables


def test_partial_migration_resumes(db_url):
    """A store stopped after migration 1 is brought up to date, applying only what is missing."""
    from marsad.store import create_engine_for

    engine = create_engine_for(db_url)
    with engine.begin() as conn:
        schema.schema_migrations.create(conn, checkfirst=True)
        migrations.MIGRATIONS[0][2](conn)
        conn.execute(schema.schema_migrations.insert().values(version=1, name=migrations.MIGRATIONS[0][1],
                                                              applied_at="2020-01-01T00:00:00+00:00"))
    assert migrations.current_version(engine) == 1
    applied = migrations.migrate(engine)
    assert applied == [v for v, _n, _f in migrations.MIGRATIONS[1:]]
    engine.dispose()


def test_sqlite_uses_wal(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'wal.sqlite'}")
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    s.close()
    assert (tmp_path / "wal.sqlite").exists()


def test_sqlite_creates_the_folder(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'deep' / 'er' / 'm.sqlite'}")
    assert s.status()["documents"] == 0
    s.close()


def test_password_hidden_in_status_url():
    assert "secret" not in safe_url("postgresql://u:secret@db.example/x")


# -- documents, links, rejections -----------------------------------------------------------------------

def test_documents_are_keyed_by_content_hash(st):
    d = _doc(1)
    assert st.add_document(d, source_kind="text", source_locator=d.locator, minhash=b"\x00\x01\xff" * 8) is True
    assert st.add_document(d, source_kind="text", source_locator=d.locator) is False  # idempotent
    assert st.has_document(d.id) and not st.has_document("doc_nope")
    got = st.get_document(d.id)
    assert got["text"] == d.text and got["title"] == "Doc 1" and got["published"] == "2020-03-02"
    assert bytes(got["minhash"]) == b"\x00\x01\xff" * 8  # LargeBinary round trip (bytea on PostgreSQL)
    assert got["extracted"] is False  # a real boolean on both backends
    assert list(st.iter_minhashes()) == [(d.id, b"\x00\x01\xff" * 8)]
    assert _count(st, schema.documents) == 1 and _count(st, schema.sources) == 1


def test_links_and_known_inputs(st):
    d = _doc(2)
    st.add_document(d, source_locator=d.locator)
    assert st.is_known_input(d.id, d.locator, None)
    assert not st.is_known_input(d.id, "/in/copy.txt", None)
    assert st.add_duplicate_link(d.id, locator="/in/copy.txt", input_id=None, url=None) is True
    assert st.add_duplicate_link(d.id, locator="/in/copy.txt", input_id=None, url=None) is False
    assert st.is_known_input(d.id, "/in/copy.txt", None)
    assert st.status()["duplicates"] == 1


def test_near_duplicates_and_iteration(st):
    a, b, c = _doc(3), _doc(4), _doc(5)
    st.add_document(a)
    st.add_document(b, near_duplicate_of=a.id, similarity=0.91)
    st.add_document(c)
    ids = [x["id"] for x in st.iter_documents()]
    assert ids == sorted([a.id, c.id])
    assert len(list(st.iter_documents(include_near_duplicates=True))) == 3
    assert [x["id"] for x in st.iter_documents(ids=[c.id])] == [c.id]
    s = st.status()
    assert (s["documents"], s["unique_documents"], s["near_duplicates"]) == (3, 2, 1)
    assert s["languages"] == {"en": 3}


def test_rejections_idempotent_and_filtered(st):
    r1 = Rejection("/in/bad.html", "binary", "the content is binary")
    r2 = Rejection("/in/x.jsonl#line=3", "malformed_json", "line 3: Expecting value", input_id=None)
    assert st.add_rejection(r1) and st.add_rejection(r2)
    assert not st.add_rejection(r1)
    assert {r["code"] for r in st.rejections()} == {"binary", "malformed_json"}
    assert [r["locator"] for r in st.rejections("binary")] == ["/in/bad.html"]
    assert len(st.rejections(limit=1)) == 1
    assert st.status()["rejections_by_reason"] == {"binary": 1, "malformed_json": 1}


# -- extraction results (columns named start/end, JSON data, booleans) -------------------------------------

def _extraction(doc_id: str, fatalities: int = 2) -> Extraction:
    place = Place(start=40, end=43, text="Hit", name="Hit", latitude=33.64, longitude=42.83, country_code="IQ",
                  admin1="Anbar", feature_code="PPL", geonameid=1, confidence=0.9)
    ev = Event(id=f"evt_{doc_id[-8:]}_{fatalities}", doc_id=doc_id, event_date="2020-03-02", time_precision=1,
               event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
               actor1="Islamic State (Iraq)", actor2="Military Forces of Iraq", country="Iraq", country_code="IQ",
               admin1="Anbar", location="Hit", latitude=33.64, longitude=42.83, geo_precision=1,
               fatalities=fatalities, confidence=0.8, evidence=(Evidence("event", 0, 10),),
               versions=(("test", "1"),))
    claim = Claim(kind="aggregate", start=0, end=20, claimant="a monitor", quantity=41.0, counted="killed")
    quote = Quote(speaker="a police source", speaker_start=None, speaker_end=None, role=None, affiliation=None,
                  anonymity="anonymous", start=21, end=39)
    return Extraction(doc_id=doc_id, events=(ev,), claims=(claim,), quotes=(quote,), places=(place,))


def test_write_extraction_replaces_and_queries(st):
    d = _doc(6)
    st.add_document(d)
    st.write_extraction(_extraction(d.id, 2))
    st.write_extraction(_extraction(d.id, 3))  # a re-run replaces, never adds
    s = st.status()
    assert (s["events"], s["places"], s["claims"], s["quotes"]) == (1, 1, 1, 1)
    with st.engine.connect() as conn:
        p = conn.execute(select(schema.places)).one()
    assert (p.start, p.end, p.text) == (40, 43, "Hit")
    assert list(st.iter_documents(only_unextracted=True)) == []
    evs = st.query_events(country="iq", admin1="ANBAR", since="2020-01-01", until="2020-12-31",
                          event_type="remote explosive/landmine/ied", actor="islamic state")
    assert len(evs) == 1 and evs[0]["fatalities"] == 3 and evs[0]["evidence"][0]["field"] == "event"
    assert st.query_events(since="2021-01-01") == []
    assert st.query_events(actor="nobody") == []


def test_ingest_twice_on_each_backend(st, tmp_path):
    """The whole ingest path on this backend: documents, a duplicate link, rejections; a re-run adds nothing."""
    import shutil

    from conftest import FIXTURES
    from marsad.config import Config
    from marsad.run.ingest import ingest_sources

    d = tmp_path / "in"
    shutil.copytree(FIXTURES / "ingest", d)
    shutil.copy(d / "good.html", d / "copy-of-good.html")
    (d / "bad.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    first = ingest_sources(st, Config(), paths=[d], progress=False, extract=False)
    assert (first.stored, first.duplicates, dict(first.rejected)) == (8, 1, {"binary": 1})
    before = st.status()
    second = ingest_sources(st, Config(), paths=[d], progress=False, extract=False)
    assert (second.stored, second.duplicates, second.unchanged) == (0, 0, 9)
    assert st.status() == before


def test_concurrent_first_open_migrates_once(db_url):
    """Several processes opening a new store at once: all succeed, each migration is recorded once."""
    import subprocess
    import sys

    code = ("import sys; from marsad.store import open_store; s = open_store(sys.argv[1]); "
            "print(s.schema_version()); s.close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, db_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(5)]
    results = [(p.wait(timeout=120), p.stdout.read().strip(), p.stderr.read()[-500:]) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    latest = migrations.MIGRATIONS[-1][0]
    assert all(rc == 0 and out == str(latest) for rc, out, _err in results), results
    s = open_store(db_url)
    with s.engine.connect() as conn:
        versions = [r.version for r in conn.execute(select(schema.schema_migrations.c.version))]
    s.close()
    assert sorted(versions) == list(range(1, latest + 1))
