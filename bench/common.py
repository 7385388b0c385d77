"""Helpers shared by the bench scripts: locate ../shared, run a marsad batch command over a dev set,
time it, measure peak memory, and run the official scorer from ../shared/eval on the output.

Bench scripts print figures; they are not tests. Run one with `.venv/bin/python bench/<name>.py`,
or all of them with `make bench`.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
EVAL = SHARED / "eval"
# MARSAD_BENCH_OUT: another output folder, so that two bench runs at once do not overwrite each other's files
OUT = Path(os.environ.get("MARSAD_BENCH_OUT") or ROOT / "bench" / "out")
MARSAD = [sys.executable, "-m", "marsad.cli"]


def require_shared() -> None:
    if not DATA.is_dir():
        sys.exit(f"bench: {DATA} is absent; the dev sets live in ../shared/data beside the checkout")


# Our own dev sets: fictional reports written and annotated by us (bench/data/*/README_*.md) by authors who
# never saw the rules, so that the rules can be checked on text they were not written against. One set may be
# written by several authors (one file pair each); dev() joins them, in file-name order. authored/reports was
# tuned on (its tune half) from the round it was written in; blind/reports was written in the same round and
# measured only at its end, before and after that round's changes (README), and tuned on from the next round;
# blind2/reports was written in round 8 by new authors, to be measured the same way; notes/acled_style (round 8)
# holds short event notes in the style ACLED's coders write, one event each, for the geocoder and the event fields;
# blind3/reports was written in round 9 by three new authors and measured only at that round's start and end;
# blind4/reports was written in round 13 by three new authors and measured first with the rules of that round's start;
# blind5/reports was written in round 14 by three new authors and measured first with the rules of that round's start.
AUTHORED = {"authored/reports": ROOT / "bench" / "data" / "authored",
            "blind/reports": ROOT / "bench" / "data" / "blind",
            "blind2/reports": ROOT / "bench" / "data" / "blind2",
            "blind3/reports": ROOT / "bench" / "data" / "blind3",
            "blind4/reports": ROOT / "bench" / "data" / "blind4",
            "blind5/reports": ROOT / "bench" / "data" / "blind5",
            "notes/acled_style": ROOT / "bench" / "data" / "notes",
            "news/quotes": ROOT / "bench" / "data" / "news"}


def dev(name: str) -> tuple[Path, Path]:
    """('geo/lgl') -> (docs.jsonl, gold.jsonl). 'authored/reports' joins bench/data/authored/*.{docs,gold}.jsonl."""
    if name in AUTHORED:
        return _joined(AUTHORED[name], name)
    return DATA / f"{name}.docs.jsonl", DATA / f"{name}.gold.jsonl"


def _joined(folder: Path, name: str) -> tuple[Path, Path]:
    out = OUT / "joined"
    out.mkdir(parents=True, exist_ok=True)
    stem = name.replace("/", "_")
    paths = []
    for kind in ("docs", "gold"):
        dst = out / f"{stem}.{kind}.jsonl"
        with open(dst, "w", encoding="utf-8") as g:
            for src in sorted(folder.glob(f"*.{kind}.jsonl")):
                g.write(src.read_text(encoding="utf-8"))
        paths.append(dst)
    return paths[0], paths[1]


def run_marsad(args: list[str], out_path: Path, *, env: dict | None = None) -> dict:
    """Run `marsad ARGS` with stdout to out_path; return wall seconds and the child's peak RSS (MB)."""
    OUT.mkdir(parents=True, exist_ok=True)
    e = {**os.environ, **(env or {})}
    t0 = time.perf_counter()
    with open(out_path, "w", encoding="utf-8") as f:
        p = subprocess.run(MARSAD + args, stdout=f, stderr=subprocess.PIPE, env=e, text=True)
    wall = time.perf_counter() - t0
    if p.returncode not in (0,):
        sys.stderr.write(p.stderr[-3000:])
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": wall, "peak_rss_mb": peak_kb / 1024, "returncode": p.returncode}


def official_score(scorer: str, gold: Path | list[Path], pred: Path) -> dict:
    """Run ../shared/eval/<scorer> and return its JSON summary (the last line is the headline)."""
    golds = [str(g) for g in (gold if isinstance(gold, list) else [gold])]
    p = subprocess.run([sys.executable, str(EVAL / scorer), "--gold", *golds, "--pred", str(pred)],
                       capture_output=True, text=True, check=True)
    lines = p.stdout.strip().splitlines()
    return json.loads("\n".join(lines[:-1]))


def count_lines(path: Path) -> int:
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def table(rows: list[tuple[str, str]]) -> str:
    w = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{w}}  {v}" for k, v in rows)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def speed_streams(n_conflict: int | None) -> tuple[list[dict], list[dict], set[str]]:
    """The two document streams the speed benches time: conflict reports (MUC-4 dev documents with an
    incident, the first ``n_conflict``) and a mixed stream of 20% of them among political news without
    violence (PolNeAR dev). -> (conflict, mixed, ids of the conflict documents)."""
    gold = read_jsonl(DATA / "events" / "muc4_dev.gold.jsonl")
    incident = {r["id"] for r in gold if any(r["roles"].values())}
    conflict = [r for r in read_jsonl(DATA / "events" / "muc4_dev.docs.jsonl") if r["id"] in incident]
    conflict = conflict[:n_conflict] if n_conflict else conflict
    politics = read_jsonl(DATA / "claims" / "polnear_dev.docs.jsonl")[: 4 * len(conflict)]
    mixed = []
    for i, p in enumerate(politics):
        mixed.append(p)
        if i % 4 == 3:
            mixed.append(conflict[(i // 4) % len(conflict)])
    return conflict, mixed, incident
