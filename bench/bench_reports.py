"""Bench for full wire reports (issues 9 and 10): `marsad extract` on reports/conflictnews_dev, scored by
the official ../shared/eval/score_reports.py on the tune half and the check half separately.

    .venv/bin/python bench/bench_reports.py            # both halves, default extract (quotes and claims)
    .venv/bin/python bench/bench_reports.py --half tune
    .venv/bin/python bench/bench_reports.py --all      # also the whole set in one run (for comparison only)

The README reports the check half; rules are written against the tune half only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import OUT, dev, official_score, require_shared, run_marsad, table  # noqa: E402
from bench.split import HALVES, write_half  # noqa: E402

NAME = "reports/conflictnews_dev"
KEYS = ("event_precision", "event_recall", "event_f1", "sub_event_type_acc", "admin1_acc", "loc_25km",
        "fatalities_exact", "quote_attr", "aggregate_recall", "aggregate_precision", "causal_precision",
        "causal_recall", "causal_f1", "driver_acc")


def score(docs: Path, gold: Path, tag: str, extra: list[str], env: dict | None = None) -> dict:
    pred = OUT / f"reports_{tag}.pred.jsonl"
    run = run_marsad(["extract", *extra, "--input", str(docs)], pred, env=env)
    s = official_score("score_reports.py", gold, pred)
    s["_seconds"] = run["seconds"]
    return s


def fmt(v) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=HALVES, action="append", help="only this half (repeatable)")
    ap.add_argument("--all", action="store_true", help="also score the whole set")
    a = ap.parse_args()
    require_shared()
    OUT.mkdir(parents=True, exist_ok=True)
    runs: list[tuple[str, dict]] = []
    for half in a.half or HALVES:
        docs, gold = write_half(NAME, half)
        runs.append((half, score(docs, gold, half, [])))
    if a.all:
        docs, gold = dev(NAME)
        runs.append(("all", score(docs, gold, "all", [])))
    rows = [("conflictnews_dev", "  ".join(f"{h:>6s}" for h, _ in runs))]
    for k in ("docs",) + KEYS:
        rows.append((k, "  ".join(f"{fmt(s.get(k)):>6s}" for _, s in runs)))
    print(table(rows))


if __name__ == "__main__":
    main()
