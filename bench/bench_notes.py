"""Bench for short ACLED-style event notes of our own writing (issue 9: "ACLED-written reports"): `marsad
extract` on notes/acled_style (bench/data/notes/: one event per note, written by authors who never saw the
rules), scored by the official ../shared/eval/score_events.py on the tune half and the check half apart.

    .venv/bin/python bench/bench_notes.py            # both halves, default extract
    .venv/bin/python bench/bench_notes.py --half check --by-country

The figures beside the GTD drone notes of bench_events.py: country, admin1 (the gold is in ACLED's spelling),
within 25 km (notes whose gold has coordinates), fatalities exact, event and sub-event type.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import OUT, dev, official_score, read_jsonl, require_shared, run_marsad, table  # noqa: E402
from bench.split import HALVES, write_half  # noqa: E402

NAME = "notes/acled_style"
KEYS = ("detected", "country", "admin1", "location_name", "loc_25km", "loc_161km", "fatalities_exact",
        "event_type", "sub_event_type", "date_exact", "actor1")
GOALS = {"country": 0.95, "admin1": 0.85, "loc_25km": 0.70, "fatalities_exact": 0.85}


def fmt(v) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def by_country(gold: Path, pred: Path, half: str) -> list[tuple[str, str]]:
    """The official score of each country's notes apart (country, admin1, 25 km)."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for g in read_jsonl(gold):
        groups[str(g.get("country"))].append(g)
    preds = {p.get("id"): p for p in read_jsonl(pred)}
    rows = []
    for country, golds in sorted(groups.items()):
        gp, pp = OUT / f"notes_{half}_{country}.gold.jsonl", OUT / f"notes_{half}_{country}.pred.jsonl"
        with open(gp, "w", encoding="utf-8") as f, open(pp, "w", encoding="utf-8") as h:
            for g in golds:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
                if g["id"] in preds:
                    h.write(json.dumps(preds[g["id"]], ensure_ascii=False) + "\n")
        s = official_score("score_events.py", gp, pp)
        rows.append((f"  {half} {country} ({len(golds)})",
                     f"country {fmt(s.get('country'))}  admin1 {fmt(s.get('admin1'))}  25 km {fmt(s.get('loc_25km'))}"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=HALVES, action="append", help="only this half (repeatable)")
    ap.add_argument("--by-country", action="store_true", help="also each country's notes apart")
    a = ap.parse_args()
    require_shared()
    OUT.mkdir(parents=True, exist_ok=True)
    if not dev(NAME)[0].stat().st_size:
        print(f"{NAME}: no documents (bench/data/notes/ is empty)")
        return
    runs, extra = [], []
    for half in a.half or HALVES:
        docs, gold = write_half(NAME, half)
        pred = OUT / f"notes_{half}.pred.jsonl"
        run_marsad(["extract", "--input", str(docs)], pred)
        runs.append((half, official_score("score_events.py", gold, pred)))
        if a.by_country:
            extra += by_country(gold, pred, half)
    rows = [("notes/acled_style" + " " * 12, "  ".join(f"{h:>6s}" for h, _ in runs))]
    rows.append(("docs", "  ".join(f"{fmt(s.get('docs')):>6s}" for _, s in runs)))
    for k in KEYS:
        goal = f" (>= {GOALS[k]})" if k in GOALS else ""
        rows.append((k + goal, "  ".join(f"{fmt(s.get(k)):>6s}" for _, s in runs)))
    print(table(rows + extra))


if __name__ == "__main__":
    main()
