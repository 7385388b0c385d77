"""Story clustering on ECB+ topics 1-35 (../shared/data/stories/ecbplus_dev): `marsad stories` through the
CLI, scored by the official scorer (B-cubed P/R/F1, pairwise F1), plus the time taken.

Goal: B-cubed F1 >= 0.85. Run: .venv/bin/python bench/bench_stories.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import OUT, count_lines, dev, official_score, require_shared, run_marsad, table  # noqa: E402
from bench.split import score_halves  # noqa: E402


def main() -> None:
    require_shared()
    docs, gold = dev("stories/ecbplus_dev")
    pred = OUT / "stories_ecbplus_dev.jsonl"
    run = run_marsad(["stories", "--input", str(docs)], pred)
    s = official_score("score_stories.py", gold, pred)
    n = count_lines(docs)
    print(table([
        ("dataset", f"stories/ecbplus_dev ({n} docs, {s['gold_stories']} gold stories)"),
        ("bcubed P/R/F1", f"{s['bcubed_precision']:.4f} / {s['bcubed_recall']:.4f} / {s['bcubed_f1']:.4f}"),
        ("pairwise P/R/F1", f"{s['pairwise_precision']:.4f} / {s['pairwise_recall']:.4f} / {s['pairwise_f1']:.4f}"),
        ("predicted clusters", str(s["pred_clusters"])),
        ("topic-level bcubed F1", f"{s.get('topic_bcubed_f1', float('nan')):.4f}"),
        ("baselines (singletons / one)", f"{s['baseline_singletons_bcubed_f1']:.4f} / "
                                         f"{s['baseline_one_cluster_bcubed_f1']:.4f}"),
        ("time", f"{run['seconds']:.1f} s ({n / run['seconds']:.0f} docs/s), peak RSS {run['peak_rss_mb']:.0f} MB"),
        ("goal", f"bcubed F1 >= 0.85: {'met' if s['bcubed_f1'] >= 0.85 else 'NOT met'}"),
    ]))
    h = score_halves("stories/ecbplus_dev", "score_stories.py", pred)
    print(table([(f"{half} half: bcubed P/R/F1 (topics split whole)",
                  f"{v['bcubed_precision']:.4f} / {v['bcubed_recall']:.4f} / {v['bcubed_f1']:.4f}")
                 for half, v in h.items()]))
    scale(docs)


def scale(docs: Path, copies: int = 10) -> None:
    """Throughput with the time window: the dev set repeated `copies` times, each copy 30 days after the
    previous one (in memory only), clustered in one batch by the library."""
    import json
    import time

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from marsad.fuse.stories import StoryDoc, cluster_documents

    base = [json.loads(line) for line in docs.read_text(encoding="utf-8").splitlines() if line.strip()]
    batch = []
    for k in range(copies):
        day = f"2021-{1 + k:02d}-15"
        batch += [StoryDoc(f"{k}:{d['id']}", d["text"] + f"\n(copy {k})", day, d.get("title")) for d in base]
    t0 = time.perf_counter()
    out = cluster_documents(batch)
    dt = time.perf_counter() - t0
    copies_of: dict[str, set[str]] = {}
    for k, (sid, _) in out.items():
        copies_of.setdefault(sid, set()).add(k.split(":")[0])
    crossed = sum(1 for v in copies_of.values() if len(v) > 1)
    print(table([("scale", f"{len(batch):,} docs ({copies} dated copies, 7-day window): {dt:.1f} s "
                           f"({len(batch) / dt:.0f} docs/s); stories spanning two copies: {crossed}")]))


if __name__ == "__main__":
    main()
