"""Review: decisions anchored to per-report events, the append-only log, the published table rebuilt from
machine output + log, and what re-runs do to decisions (issue 15). Places and people are fictional or from
the gazetteer; the sentences are written for these tests."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select

from marsad.errors import UnknownIdError, UsageError
from marsad.fuse.events import fuse_events
from marsad.fuse.review import link_rules, make_entry, publish
from marsad.model import CleanDocument, Event, Evidence, Extraction, content_hash
from marsad.run.fuse import fuse_store
from marsad.run.review import history, record
from marsad.store import fused as fstore, review as rstore, schema


def ev(doc, day, *, n=0, lat=33.42, lon=43.30, fat=2, conf=0.8, admin1="Anbar", etype="Battles", sub="Armed clash"):
    return Event(id=content_hash(doc, n, prefix="evt_"), doc_id=doc, event_date=f"2021-05-{day:02d}", time_precision=1,
                 event_type=etype, sub_event_type=sub, actor1="Zarqan Brigade", country="Iraq", country_code="IQ",
                 admin1=admin1, location="Qasr Tamir", latitude=lat, longitude=lon, geo_precision=1, fatalities=fat,
                 evidence=(Evidence("event", 5 + n, 20 + n),), confidence=conf)


# two reports of one clash, a clash elsewhere the same day, a low-confidence shelling, a later clash
EVENTS = [ev("doc_a", 3), ev("doc_b", 3, fat=3), ev("doc_c", 3, lat=36.3, lon=43.1, admin1="Ninawa"),
          ev("doc_d", 9, etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", conf=0.3),
          ev("doc_e", 20, fat=0)]


def machine():
    return fuse_events(EVENTS)


def by_member(fused, event_id):
    return next(f for f in fused if event_id in f.event_ids)


def _store_with(store, events):
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc_id, []).append(e)
    for doc_id, evs in sorted(by_doc.items()):
        store.add_document(CleanDocument(id=doc_id, text=f"A report written for the review tests ({doc_id}).",
                                         site=f"{doc_id}.example"))
        store.write_extraction(Extraction(doc_id=doc_id, events=tuple(evs)))


def _table(store, t):
    with store.engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(t.select()).all())


def _published(store):
    return {t.name: _table(store, t) for t in (schema.fused_events, schema.fused_event_sources, schema.review_state)}


# -- pure: entries and the published table ---------------------------------------------------------
def test_an_edit_pins_only_its_fields_and_a_reject_hides():
    m = machine()
    a, d = by_member(m, EVENTS[0].id), by_member(m, EVENTS[3].id)
    edit = make_entry("edit", a, a, at="2026-01-02T10:00:00Z", reviewer="amal", fields={"fatalities": "4"}, reason="wire copy")
    rej = make_entry("reject", d, d, at="2026-01-02T10:01:00Z", reviewer="amal")
    assert edit.anchors == tuple(sorted(a.event_ids)) and edit.fields_before == {"fatalities": a.fatalities}
    assert edit.fields_after == {"fatalities": 4}
    pub, orphans = publish(m, [edit, rej])
    got = {p.machine.id: p for p in pub}
    assert orphans == []
    assert got[a.id].event.fatalities == 4 and got[a.id].pinned == ("fatalities",)
    assert got[a.id].event.location == a.location and got[a.id].status == "edited"   # other fields follow the machine
    assert got[d.id].event is None and got[d.id].status == "rejected"               # hidden, kept for audit
    with pytest.raises(UsageError):
        make_entry("edit", a, a, at="t", reviewer="amal", fields={"notes": "x"})
    with pytest.raises(UsageError):
        make_entry("edit", a, a, at="t", reviewer="amal", fields={"fatalities": -1})


def test_a_changed_machine_reading_queues_the_decision_instead_of_applying_it():
    m = machine()
    a = by_member(m, EVENTS[0].id)
    edit = make_entry("edit", a, a, at="2026-01-02T10:00:00Z", reviewer="amal", fields={"fatalities": 4})
    conf = make_entry("confirm", by_member(m, EVENTS[4].id), None, at="2026-01-02T10:00:00Z", reviewer="amal")
    # a re-run reads the toll and the later clash differently
    rerun = fuse_events([EVENTS[0], ev("doc_b", 3, fat=1)] + EVENTS[2:4] + [ev("doc_e", 20, fat=1)])
    confidence = {e.id: e.confidence for e in EVENTS}
    pub = {p.machine.id: p for p in publish(rerun, [edit, conf], confidence)[0]}
    pa, pe = pub[a.id], pub[by_member(rerun, EVENTS[4].id).id]
    assert pa.queued == (edit.id,) and pa.event.fatalities == by_member(rerun, EVENTS[0].id).fatalities != 4
    assert pe.queued == (conf.id,) and pe.status is None and pe.tier == 1
    # a newer decision on the new reading supersedes the queued one
    again = make_entry("confirm", by_member(rerun, EVENTS[0].id), pa.event, at="2026-01-03T09:00:00Z", reviewer="amal")
    pa2 = {p.machine.id: p for p in publish(rerun, [edit, conf, again])[0]}[a.id]
    assert pa2.queued == () and pa2.status == "confirmed" and pa2.tier is None


def test_an_entry_whose_events_are_gone_is_kept_as_orphaned():
    m = machine()
    e = make_entry("reject", by_member(m, EVENTS[4].id), None, at="2026-01-02T10:00:00Z", reviewer="amal")
    pub, orphans = publish(fuse_events(EVENTS[:4]), [e])
    assert orphans == [e] and all(p.status is None for p in pub)


def test_the_queue_ranks_low_confidence_then_changed_then_disagreement():
    m = machine()
    conf = {e.id: e.confidence for e in EVENTS}
    pub, _ = publish(m, [], conf)
    tiers = {p.machine.id: p.tier for p in pub}
    assert tiers[by_member(m, EVENTS[3].id).id] == 0                 # confidence 0.3
    assert tiers[by_member(m, EVENTS[0].id).id] == 2                 # the two reports disagree on the toll
    assert tiers[by_member(m, EVENTS[2].id).id] == 3


decision = st.tuples(st.sampled_from(["confirm", "edit", "reject"]), st.integers(0, 4), st.integers(0, 5),
                     st.integers(0, 9), st.sampled_from(["amal", "yusuf"]))


@settings(max_examples=40, deadline=None)
@given(st.lists(decision, min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_any_order_of_the_same_decisions_gives_the_same_published_table(specs, rnd):
    m = machine()
    entries = []
    for action, i, minute, fat, who in specs:
        f = by_member(m, EVENTS[i].id)
        entries.append(make_entry(action, f, f, at=f"2026-01-02T10:0{minute}:00Z", reviewer=who,
                                  fields={"fatalities": fat} if action == "edit" else None))
    links = [make_entry("merge", by_member(m, EVENTS[0].id), None, at="2026-01-02T11:00:00Z", reviewer="amal",
                        others=[by_member(m, EVENTS[4].id)]),
             make_entry("split", by_member(m, EVENTS[0].id), None, at="2026-01-02T11:00:00Z", reviewer="yusuf",
                        take_out=[EVENTS[1].id])]
    first = publish(m, entries)
    shuffled = entries[:]
    rnd.shuffle(shuffled)
    assert publish(m, shuffled) == first
    assert link_rules(links) == link_rules(links[::-1])


dated = st.tuples(st.integers(1, 6), st.sampled_from([(33.42, 43.30), (33.45, 43.28), (36.3, 43.1)]), st.integers(0, 5))


@settings(max_examples=40, deadline=None)
@given(st.lists(dated, min_size=2, max_size=9), st.data())
def test_a_merge_is_never_undone_by_fusion(rows, data):
    events = [ev(f"doc_{i}", day, lat=lat, lon=lon, fat=fat, admin1="Anbar" if lat < 35 else "Ninawa")
              for i, (day, (lat, lon), fat) in enumerate(rows)]
    i = data.draw(st.integers(0, len(events) - 1))
    j = data.draw(st.integers(0, len(events) - 1).filter(lambda k: k != i))
    m = fuse_events(events)
    if by_member(m, events[i].id).id == by_member(m, events[j].id).id:
        return
    e = make_entry("merge", by_member(m, events[i].id), None, at="2026-01-02T10:00:00Z", reviewer="amal",
                   others=[by_member(m, events[j].id)])
    fused = fuse_events(events, decisions=link_rules([e]))
    assert by_member(fused, events[i].id).id == by_member(fused, events[j].id).id
    # and fusing the shuffled input again keeps it
    again = fuse_events(list(reversed(events)), decisions=link_rules([e]))
    assert sorted(f.event_ids for f in again) == sorted(f.event_ids for f in fused)


# -- the store: decisions survive re-runs ------------------------------------------------------------
AT = "2026-01-02T10:00:00Z"


def test_decisions_are_logged_with_before_and_after_and_survive_reruns(store):
    _store_with(store, EVENTS)
    fuse_store(store, at="2026-01-01T00:00:00Z")
    m = rstore.load_machine(store)
    a, d = by_member(m, EVENTS[0].id), by_member(m, EVENTS[3].id)
    record(store, "edit", a.id, at=AT, reviewer="amal", fields={"fatalities": 5}, reason="hospital count")
    record(store, "reject", EVENTS[3].id, at=AT, reviewer="amal", reason="an exercise, not an attack")
    record(store, "merge", EVENTS[2].id, others=[EVENTS[4].id], at=AT, reviewer="yusuf")
    log = rstore.load_log(store)
    assert [e.action for e in log] == sorted(["edit", "reject", "merge"], key=lambda x: [e.id for e in log if e.action == x][0])
    edit = next(e for e in log if e.action == "edit")
    assert (edit.fields_before, edit.fields_after, edit.reviewer, edit.at) == ({"fatalities": a.fatalities},
                                                                             {"fatalities": 5}, "amal", AT)
    rows = {r["id"]: r for r in fstore.query_fused(store)}
    assert rows[a.id]["fatalities"] == 5 and rows[a.id]["review"]["status"] == "edited"
    assert d.id not in rows and fstore.fusion_counts(store)["fused_events"] == len(rows)
    merged = next(r for r in rows.values() if EVENTS[2].id in [s["event_id"] for s in r["sources"]])
    assert EVENTS[4].id in [s["event_id"] for s in merged["sources"]]
    snap = _published(store)
    n_changes = len(_table(store, schema.event_changes))
    fuse_store(store, at="2026-01-05T00:00:00Z")                  # a re-run over unchanged input changes nothing
    fuse_store(store, at="2026-01-06T00:00:00Z")
    assert _published(store) == snap and len(_table(store, schema.event_changes)) == n_changes
    assert rstore.changes_since(store, "2026-01-04") == []
    assert {c["event_id"] for c in rstore.changes_since(store, "2026-01-01T12:00:00Z")} >= {a.id, d.id}
    # the log is append-only: the history of the rejected event still has its entry
    h = history(store, d.id)
    assert h["state"]["status"] == "rejected" and [e["action"] for e in h["entries"]] == ["reject"]


def test_a_rerun_under_a_changed_reading_queues_the_decision(store):
    _store_with(store, EVENTS)
    fuse_store(store, at="2026-01-01T00:00:00Z")
    f = by_member(rstore.load_machine(store), EVENTS[4].id)
    record(store, "edit", f.id, at=AT, reviewer="amal", fields={"fatalities": 3})
    assert fstore.query_fused(store, since="2021-05-20")[0]["fatalities"] == 3
    # re-extraction reads another toll for the same report (same evidence, same event id)
    store.write_extraction(Extraction(doc_id="doc_e", events=(ev("doc_e", 20, fat=1),)))
    counts = fuse_store(store, at="2026-01-07T00:00:00Z")
    assert counts["published"]["queued"] == 1
    row = fstore.query_fused(store, since="2021-05-20")[0]
    assert row["fatalities"] == 1 and row["review"]["queued"]          # not applied blindly ...
    q = rstore.queue(store)
    assert q[0]["id"] == f.id or any(x["id"] == f.id and x["why"].startswith("machine output") for x in q)
    assert len(rstore.load_log(store)) == 1                             # ... and never dropped
    assert [c["change"] for c in rstore.changes_since(store, "2026-01-06")] == ["updated"]


def test_a_decision_whose_events_are_gone_stays_in_the_queue(store):
    _store_with(store, EVENTS)
    fuse_store(store, at="2026-01-01T00:00:00Z")
    f = by_member(rstore.load_machine(store), EVENTS[4].id)
    record(store, "confirm", f.id, at=AT, reviewer="amal")
    # the report is re-extracted into another event (another evidence span, another id)
    store.write_extraction(Extraction(doc_id="doc_e", events=(ev("doc_e", 20, n=3, fat=0),)))
    counts = fuse_store(store, at="2026-01-08T00:00:00Z")
    assert counts["published"]["orphaned"] == 1
    q = {x["id"]: x for x in rstore.queue(store)}
    assert q[f.id]["status"] == "orphaned" and q[f.id]["queued"] == [rstore.load_log(store)[0].id]


def test_unknown_ids_and_bad_decisions_are_clear_errors(store):
    _store_with(store, EVENTS)
    fuse_store(store, at="2026-01-01T00:00:00Z")
    with pytest.raises(UnknownIdError):
        record(store, "confirm", "fev_nope", at=AT, reviewer="amal")
    with pytest.raises(UnknownIdError):
        record(store, "merge", EVENTS[0].id, others=["evt_nope"], at=AT, reviewer="amal")
    with pytest.raises(UsageError):
        record(store, "undo", EVENTS[0].id, at=AT, reviewer="amal")
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.review_log)).scalar_one() == 0


def test_cli_review_commands_and_decide(cfg, tmp_path):
    from click.testing import CliRunner

    from marsad.cli import cli
    from marsad.store import open_store

    with open_store(cfg.db_url) as s:
        _store_with(s, EVENTS)
        fuse_store(s, at="2026-01-01T00:00:00Z")
        m = rstore.load_machine(s)
    run = lambda *a: CliRunner().invoke(cli, ["--db", cfg.db_url, *a], catch_exceptions=False)  # noqa: E731
    a = by_member(m, EVENTS[0].id)
    assert run("review", "edit", a.id, "fatalities=6", "--by", "amal", "--reason", "morgue").exit_code == 0
    assert run("review", "reject", EVENTS[3].id, "--by", "amal").exit_code == 0
    assert run("decide", "merge", EVENTS[2].id, EVENTS[4].id, "--by", "yusuf").exit_code == 0
    bad = run("review", "confirm", "fev_nope")
    assert bad.exit_code == 2 and "unknown_id" in bad.output
    log = json.loads(run("review", "log", "--format", "json").output)
    assert [e["action"] for e in log if e["reviewer"] == "amal"] and {e["action"] for e in log} == {"edit", "reject", "merge"}
    out = tmp_path / "events.csv"
    assert run("export", "--format", "acled-csv", "--output", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert a.id in text and by_member(m, EVENTS[3].id).id not in text and "edited fatalities=6 by amal" in text
    assert "doc_a.example" in text                                   # source: the publications
    assert run("export", "--format", "geojson", "--output", str(tmp_path / "events.geojson")).exit_code == 0
    gj = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    props = {f["id"]: f["properties"] for f in gj["features"]}
    assert props[a.id]["notes"].startswith("2 report(s); review: edited fatalities=6 by amal")
    assert props[a.id]["source"] == "doc_a.example; doc_b.example" and by_member(m, EVENTS[3].id).id not in props
    changed = run("export", "--format", "acled-csv", "--changes-since", "2026-01-01T00:00:00Z").output
    assert "deleted" in changed and "updated" in changed
    q = json.loads(run("review", "queue", "--format", "json").output)
    assert a.id not in {r["id"] for r in q}
    listed = run("events", "--format", "json")
    assert "note:" not in listed.output                           # a reject is not a stale fusion
    assert by_member(m, EVENTS[3].id).id not in listed.output


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(dated, min_size=1, max_size=6), st.sampled_from(["confirm", "edit", "reject"]))
def test_refusing_unchanged_input_changes_nothing(tmp_path, rows, action):
    import uuid

    from marsad.store import open_store

    events = [ev(f"doc_{i}", day, lat=lat, lon=lon, fat=fat, admin1="Anbar" if lat < 35 else "Ninawa")
              for i, (day, (lat, lon), fat) in enumerate(rows)]
    with open_store(f"sqlite:///{tmp_path / (uuid.uuid4().hex + '.sqlite')}") as s:
        _store_with(s, events)
        fuse_store(s, at="2026-01-01T00:00:00Z")
        f = rstore.load_machine(s)[0]
        record(s, action, f.id, at=AT, reviewer="amal", fields={"fatalities": 9} if action == "edit" else None)
        snap, changes = _published(s), _table(s, schema.event_changes)
        _store_with(s, events)                                   # the same extraction written again
        fuse_store(s, at="2026-01-03T00:00:00Z")
        assert _published(s) == snap and _table(s, schema.event_changes) == changes


def test_reingesting_unchanged_reports_changes_nothing(cfg, tmp_path):
    from marsad.run.ingest import ingest_sources
    from marsad.store import open_store

    d = tmp_path / "reports"
    d.mkdir()
    (d / "a.txt").write_text("Gunmen killed two policemen at a checkpoint near Hit on Monday, police said.\n",
                             encoding="utf-8")
    (d / "b.txt").write_text("A roadside bomb wounded three soldiers on a road west of Ramadi on Tuesday, "
                             "an army officer said.\n", encoding="utf-8")
    with open_store(cfg.db_url) as s:
        ingest_sources(s, cfg, paths=[str(d)], progress=False)
        m = rstore.load_machine(s)
        assert m
        record(s, "edit", m[0].id, at=AT, reviewer="amal", fields={"fatalities": 3}, reason="hospital")
        snap, changes = _published(s), _table(s, schema.event_changes)
        ingest_sources(s, cfg, paths=[str(d)], progress=False)
        fuse_store(s, at="2026-01-04T00:00:00Z")
        assert _published(s) == snap and _table(s, schema.event_changes) == changes


def test_the_store_rebuilds_the_same_table_from_the_same_log_in_any_order(tmp_path):
    from itertools import permutations

    from marsad.run.review import republish
    from marsad.store import open_store

    m = machine()
    a, d, e = by_member(m, EVENTS[0].id), by_member(m, EVENTS[3].id), by_member(m, EVENTS[4].id)
    entries = [make_entry("edit", a, a, at="2026-01-02T10:00:00Z", reviewer="amal", fields={"fatalities": 4}),
               make_entry("edit", a, a, at="2026-01-02T10:05:00Z", reviewer="yusuf", fields={"fatalities": 6}),
               make_entry("reject", d, d, at="2026-01-02T10:01:00Z", reviewer="amal"),
               make_entry("confirm", e, e, at="2026-01-02T10:01:00Z", reviewer="yusuf")]
    tables = []
    for i, order in enumerate(list(permutations(entries))[::7]):
        with open_store(f"sqlite:///{tmp_path / f's{i}.sqlite'}") as s:
            _store_with(s, EVENTS)
            fuse_store(s, at="2026-01-01T00:00:00Z")
            for x in order:
                rstore.append_entry(s, x)
            republish(s, at="2026-01-03T00:00:00Z")
            tables.append(_published(s))
    assert len(tables) >= 3 and all(t == tables[0] for t in tables)
    fat = {r[0]: r for r in tables[0]["fused_events"]}
    assert a.id in fat and d.id not in fat
