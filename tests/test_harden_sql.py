"""Filters cannot inject SQL: property tests over the query builder (``filter_events``, used by `marsad events`,
`export`, the analysis commands and the API) on SQLite and, when MARSAD_TEST_POSTGRES_URL is set, PostgreSQL.
Whatever the filter strings, the query runs, returns exactly the rows a plain Python filter keeps, and the
tables are intact afterwards. A LIKE wildcard in --actor is a character, not a pattern."""
from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.model import CleanDocument, Event, Evidence, Extraction
from marsad.store import open_store

ACTORS = ["Islamic State (Iraq)", "50% Brigade", "Al_Qadr Militia", "O'Brien Group", "Back\\slash Front",
          "Police Forces of Iraq", None]
PAYLOADS = ["'; DROP TABLE events; --", "' OR '1'='1", "%", "_", "%%", "\\", "\\%", "' UNION SELECT * FROM documents --",
            "\"", "`", "--", "/*", "*/", "50%", "Al_", "o'b", "1; DELETE FROM events", "$1", ":actor", "?"]
ASCII = st.text(alphabet=string.printable, max_size=12) | st.sampled_from(PAYLOADS)
ANY = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=16) | ASCII
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def events_store(db_url):
    s = open_store(db_url)
    for i, actor in enumerate(ACTORS):
        doc = CleanDocument(id=f"doc_{i:024d}", text=f"Report {i}.", title=None, published=f"2020-03-{i + 1:02d}")
        s.add_document(doc)
        ev = Event(id=f"evt_{i:016d}", doc_id=doc.id, event_date=f"2020-03-{i + 1:02d}", time_precision=1,
                   event_type="Battles", sub_event_type="Armed clash", actor1=actor, actor2="Civilians (Iraq)" if i % 2
                   else None, country="Iraq" if i % 3 else "Syria", country_code="IQ" if i % 3 else "SY",
                   admin1=["Anbar", "O'Rourke", "Al_Anbar"][i % 3], evidence=(Evidence("event", 0, 6),))
        s.write_extraction(Extraction(doc_id=doc.id, events=(ev,)))
    yield s
    s.close()


def _reference(rows, *, actor=None, country=None, admin1=None, event_type=None):
    out = []
    for r in rows:
        if actor and not any(actor.lower() in (r.get(k) or "").lower() for k in ("actor1", "actor2")):
            continue
        if country and country.lower() not in ((r.get("country") or "").lower(), (r.get("country_code") or "").lower()):
            continue
        if admin1 and admin1.lower() != (r.get("admin1") or "").lower():
            continue
        if event_type and event_type.lower() not in ((r.get("event_type") or "").lower(),
                                                     (r.get("sub_event_type") or "").lower()):
            continue
        out.append(r["id"])
    return out


def test_like_wildcards_are_characters(events_store):
    ids = lambda **f: [r["id"] for r in events_store.query_events(**f)]  # noqa: E731
    assert ids(actor="%") == ["evt_0000000000000001"]
    assert ids(actor="_") == ["evt_0000000000000002"]
    assert ids(actor="\\") == ["evt_0000000000000004"]
    assert ids(actor="'") == ["evt_0000000000000003"]


@SETTINGS
@given(actor=ASCII, country=ASCII, admin1=ASCII, event_type=ASCII)
def test_filters_return_what_a_plain_filter_keeps(events_store, actor, country, admin1, event_type):
    everything = events_store.query_events()
    for f in ({"actor": actor}, {"country": country}, {"admin1": admin1}, {"event_type": event_type},
              {"actor": actor, "country": country}):
        got = [r["id"] for r in events_store.query_events(**f)]
        assert got == _reference(everything, **f), f
    assert len(events_store.query_events()) == len(ACTORS)


@SETTINGS
@given(actor=ANY, country=ANY, admin1=ANY, event_type=ANY, since=ANY, until=ANY)
def test_no_filter_string_breaks_the_query_or_the_tables(events_store, actor, country, admin1, event_type, since,
                                                         until):
    from marsad.store.fused import query_fused

    events_store.query_events(actor=actor, country=country, admin1=admin1, event_type=event_type, since=since,
                              until=until, limit=5)
    query_fused(events_store, actor=actor, country=country, since=since, until=until)
    st_ = events_store.status()
    assert st_["events"] == len(ACTORS) and st_["documents"] == len(ACTORS)
