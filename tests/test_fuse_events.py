"""Event fusion: blocking and constraints, reconciliation, audit, analysts' decisions, properties, store."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from marsad.fuse.events import Decision, fuse_events, fuse_stream, fused_from_dict
from marsad.fuse.metrics import cluster_scores
from marsad.fuse.synthetic import synthetic_reports
from marsad.model import CleanDocument, Event, Evidence, Extraction, content_hash, to_dict
from marsad.run.fuse import fuse_store
from marsad.store import fused as fstore

RUTBA_ROAD = (33.10, 40.95)






def ev(doc, date, *, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence", lat=RUTBA_ROAD[0],
       lon=RUTBA_ROAD[1], gp=1, fat=None, a1="Islamic State", admin1="Al Anbar", loc="Rutba road", tp=1, n=0):
    return Event(id=content_hash(doc, n, prefix="evt_"), doc_id=doc, event_date=date, time_precision=tp,
                 event_type=etype, sub_event_type=sub, actor1=a1, country="Iraq", country_code="IQ",
                 admin1=admin1, location=loc, latitude=lat, longitude=lon, geo_precision=gp, fatalities=fat,
                 evidence=(Evidence("event", 10 + n, 30 + n), Evidence("fatalities", 40, 45)), confidence=0.7)


def ten_outlets():
    """Ten reports of one IED on the Ramadi-Rutba road, disagreeing on the toll, the date and the place."""
    out = []
    tolls = [3, 5, 3, None, 3, 4, 5, 3, None, 3]
    for i, f in enumerate(tolls):
        out.append(ev(f"doc_{i}", "2020-01-14" if i != 6 else "2020-01-15", fat=f,
                      lat=RUTBA_ROAD[0] + 0.01 * (i % 3), lon=RUTBA_ROAD[1] - 0.01 * (i % 2),
                      gp=3 if i == 2 else 1, a1=None if i % 4 == 1 else "Islamic State"))
    return out


OTHERS = [
    # a bombing the same day in another city (Kirkuk)
    ev("doc_k1", "2020-01-14", lat=35.47, lon=44.39, admin1="Kirkuk", loc="Kirkuk", fat=7),
    ev("doc_k2", "2020-01-14", lat=35.46, lon=44.40, admin1="Kirkuk", loc="Kirkuk", fat=7),
    # the same kind of incident at the same spot three days later
    ev("doc_l1", "2020-01-17", fat=1),
    # a protest the same day at the same place: another event type
    ev("doc_p1", "2020-01-14", etype="Protests", sub="Peaceful protest", a1="Protesters (Iraq)"),
]
ALL = ten_outlets() + OTHERS


def _members(fused):
    return sorted(tuple(sorted(f.event_ids)) for f in fused)


def test_ten_outlets_count_once_with_every_source():
    fused = fuse_events(ALL)
    big = [f for f in fused if f.number_of_sources > 1]
    assert len(fused) == 4
    f = next(x for x in fused if x.number_of_sources == 10)
    assert {s.doc_id for s in f.sources} == {f"doc_{i}" for i in range(10)}
    assert (f.fatalities_low, f.fatalities, f.fatalities_high) == (3, 3, 5)
    assert dict(f.disagreements)["fatalities"] == (3, 4, 5)
    assert f.event_date == "2020-01-14" and f.geo_precision == 1 and f.actor1 == "Islamic State"
    # every source keeps its evidence spans; every join has a reason
    assert all(s.evidence and s.evidence[0].field == "event" for s in f.sources)
    assert len(f.merges) == 9 and all(m.reason.startswith("auto merge, score") for m in f.merges)
    assert {len(x.sources) for x in big} == {10, 2}


def test_hard_negatives_stay_apart():
    fused = fuse_events(ALL)
    where = {e: f.id for f in fused for e in f.event_ids}
    assert where[OTHERS[0].id] == where[OTHERS[1].id] != where[ALL[0].id]
    assert where[OTHERS[2].id] != where[ALL[0].id]          # three days later
    assert where[OTHERS[3].id] != where[ALL[0].id]          # other event type


def test_most_precise_location_and_date():
    a = ev("d1", "2020-02-01", gp=3, lat=33.0, lon=41.5, loc="Al Anbar", tp=2, fat=2)
    b = ev("d2", "2020-02-02", gp=1, loc="Rutba", tp=1, fat=2)
    (f,) = fuse_events([a, b])
    assert (f.location, f.geo_precision, f.event_date, f.time_precision) == ("Rutba", 1, "2020-02-02", 1)


def test_fatalities_low_best_high():
    a, b, c = ev("d1", "2020-02-01", fat=0), ev("d2", "2020-02-01", fat=5), ev("d3", "2020-02-01", fat=7)
    (f,) = fuse_events([a, b])
    assert (f.fatalities_low, f.fatalities, f.fatalities_high) == (0, 5, 5)
    (f,) = fuse_events([a, b, c])
    assert (f.fatalities_low, f.fatalities, f.fatalities_high) == (0, 5, 7)
    (f,) = fuse_events([ev("d1", "2020-02-01", fat=0), ev("d2", "2020-02-01", fat=None)])
    assert (f.fatalities_low, f.fatalities, f.fatalities_high) == (0, 0, 0)


def test_two_events_of_one_report_are_not_merged():
    a, b = ev("same", "2020-01-14", n=0), ev("same", "2020-01-14", n=1)
    assert len(fuse_events([a, b])) == 2


def test_undated_events_are_not_fused():
    a, b = ev("d1", None), ev("d2", None)
    assert len(fuse_events([a, b])) == 2


def test_analyst_split_and_merge():
    x, y = ALL[0], ALL[1]
    split = fuse_events(ALL, decisions=[Decision("split", x.id, y.id, "different convoys")])
    where = {e: f.id for f in split for e in f.event_ids}
    assert where[x.id] != where[y.id]
    far = OTHERS[2]                                          # three days later: never fused automatically
    merged = fuse_events(ALL, decisions=[Decision("merge", x.id, far.id, "same incident, late report")])
    where = {e: f.id for f in merged for e in f.event_ids}
    assert where[x.id] == where[far.id]
    f = next(f for f in merged if far.id in f.event_ids)
    assert any(m.kind == "manual" for m in f.merges)


def test_stories_are_a_signal():
    a = ev("d1", "2020-03-01", a1="Group A", fat=1, lat=None, lon=None, loc=None)
    b = ev("d2", "2020-03-02", a1="Group B", fat=9, lat=None, lon=None, loc=None)
    apart = fuse_events([a, b], stories={"d1": "s1", "d2": "s2"})
    together = fuse_events([a, b], stories={"d1": "s1", "d2": "s1"})
    assert len(apart) == 2 and len(together) == 1


# -- properties ----------------------------------------------------------------------------------
@settings(max_examples=30, deadline=None)
@given(st.permutations(ALL))
def test_any_order_same_fused_events(perm):
    assert fuse_events(perm) == fuse_events(ALL)


_dates = st.sampled_from(["2020-05-01", "2020-05-02", "2020-05-03", "2020-05-06", None])
_events = st.lists(st.builds(
    lambda doc, d, fat, dx, admin, sub: ev(f"doc_{doc}", d, fat=fat, lat=33.1 + dx, lon=40.9 + dx, admin1=admin,
                                           sub=sub, n=doc),
    st.integers(0, 12), _dates, st.one_of(st.none(), st.integers(0, 20)), st.sampled_from([0.0, 0.02, 0.3, 2.0]),
    st.sampled_from(["Al Anbar", "Ninawa", None]), st.sampled_from(["Remote explosive/landmine/IED", "Suicide bomb"])),
    max_size=14)


@settings(max_examples=60, deadline=None)
@given(_events, st.randoms(use_true_random=False), st.lists(st.tuples(st.sampled_from(["merge", "split"]),
                                                                      st.integers(0, 13), st.integers(0, 13)),
                                                            max_size=3))
def test_property_order_and_idempotence(events, rnd, picks):
    ids = sorted({e.id for e in events})
    decisions = [Decision(k, ids[a % len(ids)], ids[b % len(ids)]) for k, a, b in picks
                 if ids and ids[a % len(ids)] != ids[b % len(ids)]]
    once = fuse_events(events, decisions=decisions)
    shuffled = list(events)
    rnd.shuffle(shuffled)
    assert fuse_events(shuffled, decisions=decisions) == once                   # any order, same result
    assert fuse_events(events + shuffled, decisions=list(reversed(decisions))) == once   # reports twice
    assert fuse_events(events, decisions=decisions) == once                     # fusing twice changes nothing
    where = {e: f.id for f in once for e in f.event_ids}
    for d in decisions:                                    # the analysts' splits are obeyed ...
        if d.kind == "split" and not any(x.kind == "merge" for x in decisions):
            assert where[d.event_a] != where[d.event_b]
    for d in decisions:                                    # ... and so are their merges
        if d.kind == "merge":
            assert where[d.event_a] == where[d.event_b]
    # every report ends in exactly one fused event
    ids = [e for f in once for e in f.event_ids]
    assert sorted(ids) == sorted({e.id for e in events})
    # fused events survive a JSON round trip (the store keeps them as JSON)
    assert [fused_from_dict(json.loads(json.dumps(to_dict(f)))) for f in once] == once


def test_quality_floor_on_synthetic_reports():
    # same metric code as bench/bench_fuse.py
    truth, evs = {}, []
    for e, inc in synthetic_reports(3000, seed=11):
        truth[e.id] = inc
        evs.append(e)
    fused = list(fuse_stream(evs))
    pred = {e: f.id for f in fused for e in f.event_ids}
    s = cluster_scores(truth, pred)
    assert s["pairwise_f1"] >= 0.85 and s["bcubed_f1"] >= 0.9, s


def test_stream_requires_canonical_order():
    from marsad.errors import UsageError

    with pytest.raises(UsageError):
        # same date, ids in decreasing order: not canonical
        list(fuse_stream(sorted(ALL[:2], key=lambda e: e.id, reverse=True)))


# -- store -----------------------------------------------------------------------------------------
def _store_with(store, events):
    by_doc = {}
    for e in events:
        by_doc.setdefault(e.doc_id, []).append(e)
    for doc_id, evs in sorted(by_doc.items()):
        store.add_document(CleanDocument(id=doc_id, text=f"report {doc_id}"))
        store.write_extraction(Extraction(doc_id=doc_id, events=tuple(evs)))


def _snapshot(store):
    from marsad.store import schema
    with store.engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(t.select()).all())
                for t in (schema.fused_events, schema.fused_event_sources)}


def test_store_fusion_is_idempotent_and_keeps_decisions(any_store):
    store = any_store
    _store_with(store, ALL)
    c1 = fuse_store(store)
    assert c1["fused_events"] == 4 and c1["sources"] == len(ALL)
    snap = _snapshot(store)
    fuse_store(store)
    assert _snapshot(store) == snap                         # fusing twice changes nothing
    rows = fstore.query_fused(store)
    assert [fused_from_dict(r) for r in rows] == fuse_events(ALL)
    audit = fstore.merge_audit(store)
    assert len(audit) == c1["auto_merges"] and all(a["reason"] for a in audit)
    # an analyst's split is recorded, obeyed, and survives later runs
    x, y = ALL[0], ALL[1]
    from marsad.run.review import record
    from marsad.store.review import load_log

    record(store, "split", x.id, others=[y.id], reason="two convoys", reviewer="analyst1", at="2026-01-01T00:00:00Z")
    fuse_store(store)
    fuse_store(store)
    where = {s["event_id"]: f["id"] for f in fstore.query_fused(store) for s in f["sources"]}
    assert where[x.id] != where[y.id]
    assert [e.action for e in load_log(store)] == ["split"]


def test_cli_events_fused_by_default_and_mentions(cfg, store):
    _store_with(store, ALL)
    base = [sys.executable, "-m", "marsad.cli", "--db", cfg.db_url]
    p = subprocess.run(base + ["fuse", "--json"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["fused_events"] == 4
    fused = json.loads(subprocess.run(base + ["events", "--format", "json"], capture_output=True, text=True).stdout)
    mentions = json.loads(subprocess.run(base + ["events", "--mentions", "--format", "json"],
                                         capture_output=True, text=True).stdout)
    assert len(fused) == 4 and len(mentions) == len(ALL)
    assert sorted(f["number_of_sources"] for f in fused) == [1, 1, 2, 10]
