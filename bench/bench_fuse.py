"""Event fusion speed and memory on synthetic per-report records (made up here, no real data).

Fuses N records (default 100,000) streamed in (date, id) order, as `marsad fuse` streams them from the
store, and prints: the time, records/s, the resident memory sampled every 10% of the stream (flat =
the window, not the dataset, is in memory), and the fusion quality against the synthetic incidents
(B-cubed and pairwise P/R/F1). Goal: 100k records in under a minute, memory flat.

Run: .venv/bin/python bench/bench_fuse.py [N]
"""
from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import table  # noqa: E402

from marsad.fuse.events import fuse_stream  # noqa: E402
from marsad.fuse.metrics import cluster_scores  # noqa: E402
from marsad.fuse.synthetic import synthetic_reports  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_memory(n: int) -> tuple[float, int, list[float], float]:
    """Fuse the stream keeping nothing: time, fused count, RSS samples, start RSS."""
    samples: list[float] = []
    step = max(1, n // 10)
    seen = 0

    def stream():
        nonlocal seen
        for ev, _ in synthetic_reports(n, seed=2024):
            seen += 1
            if seen % step == 0:
                samples.append(rss_mb())
            yield ev

    gc.collect()
    rss0 = rss_mb()
    t0 = time.perf_counter()
    n_fused = sum(1 for _ in fuse_stream(stream()))
    return time.perf_counter() - t0, n_fused, samples, rss0


def run_quality(n: int) -> dict:
    gold: dict[str, str] = {}
    pred: dict[str, str] = {}

    def stream():
        for ev, inc in synthetic_reports(n, seed=2024):
            gold[ev.id] = inc
            yield ev

    biggest = 0
    for f in fuse_stream(stream()):
        biggest = max(biggest, f.number_of_sources)
        for e in f.event_ids:
            pred[e] = f.id
    return {**cluster_scores(gold, pred), "incidents": len(set(gold.values())), "biggest": biggest}


def run_store(n: int) -> dict:
    """End to end through the store: n events bulk-loaded into a fresh SQLite file, then `fuse_store`."""
    import json
    import tempfile

    from marsad.model import to_dict
    from marsad.run.fuse import fuse_store
    from marsad.store import now_iso, open_store, schema

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.sqlite")
        cols = [c for c in schema.events.c.keys() if c != "data"]
        docs, rows = set(), []
        with store.engine.begin() as conn:
            for ev, _ in synthetic_reports(n, seed=2024):
                if ev.doc_id not in docs:
                    docs.add(ev.doc_id)
                    conn.execute(schema.documents.insert(), [{"id": ev.doc_id, "text": "-", "n_chars": 1,
                                                             "extracted": True, "ingested_at": now_iso()}])
                d = to_dict(ev)
                rows.append({**{k: d.get(k) for k in cols}, "data": json.dumps(d)})
                if len(rows) >= 5000:
                    conn.execute(schema.events.insert(), rows)
                    rows.clear()
            if rows:
                conn.execute(schema.events.insert(), rows)
        t0 = time.perf_counter()
        counts = fuse_store(store, use_stories=False)
        dt = time.perf_counter() - t0
        t1 = time.perf_counter()
        again = fuse_store(store, use_stories=False)
        dt2 = time.perf_counter() - t1
        store.close()
    pub = again.pop("published", {})              # the second run publishes no change (review.md)
    counts.pop("published", None)
    return {"seconds": dt, "again_seconds": dt2, "same": counts == again and not (pub.get("created") or pub.get(
        "updated") or pub.get("deleted")), **counts}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 100_000
    dt, n_fused, samples, rss0 = run_memory(n)
    growth = [b - a for a, b in zip(samples, samples[1:])]
    q = run_quality(n)
    rows = [
        ("records", f"{n:,} synthetic per-report events ({q['incidents']:,} true incidents)"),
        ("fused events", f"{n_fused:,} (largest: {q['biggest']} sources)"),
        ("fusion time", f"{dt:.1f} s ({n / dt:,.0f} records/s); goal 100k < 60 s: "
                        f"{'met' if dt < 60 * n / 100_000 else 'NOT met'}"),
        ("RSS at start", f"{rss0:.0f} MB"),
        ("RSS every 10%", " ".join(f"{m:.0f}" for m in samples) + " MB"),
        ("RSS growth per 10%", " ".join(f"{g:+.1f}" for g in growth) + " MB"),
        ("bcubed P/R/F1", f"{q['bcubed_precision']:.4f} / {q['bcubed_recall']:.4f} / {q['bcubed_f1']:.4f}"),
        ("pairwise P/R/F1", f"{q['pairwise_precision']:.4f} / {q['pairwise_recall']:.4f} / {q['pairwise_f1']:.4f}"),
    ]
    if "--no-store" not in sys.argv:
        st = run_store(n)
        rows += [
            ("store: marsad fuse", f"{st['seconds']:.1f} s for {n:,} stored events -> {st['fused_events']:,} fused, "
                                   f"{st['sources']:,} sources, {st['auto_merges']:,} merge records (SQLite)"),
            ("store: again", f"{st['again_seconds']:.1f} s, same counts: {st['same']}"),
        ]
    print(table(rows))


if __name__ == "__main__":
    main()
