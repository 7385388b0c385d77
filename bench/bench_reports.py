"""Bench for full wire reports (issues 9 and 10): `marsad extract` on reports/conflictnews_dev, scored by
the official ../shared/eval/score_reports.py on the tune half and the check half separately; then the same on
authored/reports, blind/reports, blind2/reports, blind3/reports, blind4/reports and blind5/reports, our own fictional reports annotated
by the same guide (bench/data/authored/, blind/ ... blind5/), written by authors who never saw the rules, and split the
same way.

    .venv/bin/python bench/bench_reports.py            # both halves, default extract (quotes and claims)
    .venv/bin/python bench/bench_reports.py --half tune
    .venv/bin/python bench/bench_reports.py --all      # also the whole set in one run (for comparison only)
    .venv/bin/python bench/bench_reports.py --set conflictnews_dev   # one set only (or authored, blind, blind2, blind3, blind4, blind5)

The README reports the check half; rules are written against the tune half only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import OUT, dev, official_score, require_shared, run_marsad, table  # noqa: E402
from bench.split import HALVES, write_half  # noqa: E402

SETS = {"conflictnews_dev": "reports/conflictnews_dev", "authored": "authored/reports", "blind": "blind/reports",
        "blind2": "blind2/reports", "blind3": "blind3/reports",
        "blind4": "blind4/reports", "blind5": "blind5/reports"}
KEYS = ("event_precision", "event_recall", "event_f1", "sub_event_type_acc", "admin1_acc", "loc_25km",
        "fatalities_exact", "quote_attr", "aggregate_recall", "aggregate_precision", "causal_precision",
        "causal_recall", "causal_f1", "driver_acc")


def score(docs: Path, gold: Path, tag: str, extra: list[str], env: dict | None = None) -> dict:
    pred = OUT / f"reports_{tag}.pred.jsonl"  # tag: the half, prefixed by the set's short name for a second set
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
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="only this set (repeatable)")
    a = ap.parse_args()
    require_shared()
    OUT.mkdir(parents=True, exist_ok=True)
    for short in a.set or SETS:
        name = SETS[short]
        if not dev(name)[0].stat().st_size:
            print(f"{short}: no documents (its folder under bench/data/ is empty)")
            continue
        prefix = "" if short == "conflictnews_dev" else f"{short}_"
        runs: list[tuple[str, dict]] = []
        for half in a.half or HALVES:
            docs, gold = write_half(name, half)
            runs.append((half, score(docs, gold, prefix + half, [])))
        if a.all:
            docs, gold = dev(name)
            runs.append(("all", score(docs, gold, prefix + "all", [])))
        rows = [(short, "  ".join(f"{h:>6s}" for h, _ in runs))]
        for k in ("docs",) + KEYS:
            rows.append((k, "  ".join(f"{fmt(s.get(k)):>6s}" for _, s in runs)))
        print(table(rows))


if __name__ == "__main__":
    main()
