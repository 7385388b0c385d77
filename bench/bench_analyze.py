"""Analysis speed on 100,000 fused events (synthetic, made up here: no real data).

Builds a SQLite store holding N fused events (default 100,000; each synthetic report of
``marsad.fuse.synthetic`` stored as a one-source fused event, with its document from one of 23 made-up
outlets; a made-up group per country appears only in the last month), then times each analysis command end to end
through the CLI (start-up, store reads, gazetteer look-ups and output included): the series, the change
test, hotspots, new armed groups, the top actors and the brief. Goal: under 5 s per command.

Run: .venv/bin/python bench/bench_analyze.py [N]
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import MARSAD, table  # noqa: E402



def build_store(url: str, n: int) -> dict:
    from marsad.fuse.events import SourceRef, source_to_dict
    from marsad.fuse.synthetic import synthetic_reports
    from marsad.model import content_hash
    from marsad.store import now_iso, open_store, schema

    store = open_store(url)
    fe_cols = [c for c in schema.fused_events.c.keys() if c != "data"]
    docs, fused, srcs = [], [], []
    last_day = date(2020, 1, 1)
    made = now_iso()
    with store.engine.begin() as conn:
        def flush():
            if docs:
                conn.execute(schema.documents.insert(), docs)
            if fused:
                conn.execute(schema.fused_events.insert(), fused)
            if srcs:
                conn.execute(schema.fused_event_sources.insert(), srcs)
            docs.clear(); fused.clear(); srcs.clear()

        for k, (ev, _) in enumerate(synthetic_reports(n, seed=11, per_day=300)):
            day = date.fromisoformat(ev.event_date)
            last_day = max(last_day, day)
            if day >= date(2020, 11, 1) and k % 40 == 0:      # a group that appears only in the last month
                ev = replace(ev, actor1=f"Newcomer Front {ev.country_code}")
            outlet = k % 23
            docs.append({"id": ev.doc_id, "text": "-", "n_chars": 1, "extracted": True, "ingested_at": made,
                         "published": ev.event_date, "url": f"https://outlet{outlet}.example/{k}"})
            s = SourceRef(ev.id, ev.doc_id, ev.event_date, ev.sub_event_type, ev.location, ev.latitude,
                          ev.longitude, ev.geo_precision, ev.fatalities, ev.actor1, ev.actor2, ev.evidence)
            d = {**{c: getattr(ev, c, None) for c in fe_cols}, "id": content_hash(ev.id, prefix="fev_"),
                 "number_of_sources": 1}
            inter = {"inter1": 1 if (ev.actor1 or "").startswith(("Military", "Police")) else 2, "inter2": None}
            fused.append({**d, "data": json.dumps({**d, **inter, "sources": [source_to_dict(s)]})})
            srcs.append({"id": content_hash(d["id"], ev.id, prefix="fes_"), "fused_id": d["id"], "event_id": ev.id,
                         "doc_id": ev.doc_id, "data": json.dumps(source_to_dict(s))})
            if len(fused) >= 5000:
                flush()
        flush()
    store.close()
    return {"last_day": last_day}


def timed(args: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system of the child: what the command costs when the machine is
    shared) and the output of `marsad ARGS`."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(MARSAD + args, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.stderr.write(p.stderr[-2000:])
    return dt, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), p.stdout


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/analyze.sqlite"
        t0 = time.perf_counter()
        info = build_store(url, n)
        build = time.perf_counter() - t0
        timed(["--version"])   # warm the file cache: the first start-up reads every module from disk
        from marsad.analyze.periods import last_complete, previous

        end = info["last_day"]
        last_p = last_complete(end, "month")           # the last month the data cover completely
        last, prev = last_p.label, previous(last_p, "month").label
        db = ["--db", url]
        rows = [("store", f"{n:,} fused events, {n:,} documents, up to {end} (built in {build:.1f} s)")]
        cmds = [
            ("trends (series, admin1, month)", ["trends", "--by", "month", "--level", "admin1", "--format", "csv"]),
            ("trends --compare (admin1)", ["trends", "--compare", prev, last, "--level", "admin1", "--format", "csv"]),
            ("trends --compare (country)", ["trends", "--compare", prev, last, "--format", "csv"]),
            ("hotspots (h3:5)", ["hotspots", "--compare", prev, last, "--all", "--format", "csv"]),
            ("actors --new", ["actors", "--new", "--period", last, "--format", "csv"]),
            ("actors (top)", ["actors", "--period", last, "--format", "csv"]),
            ("brief (one country)", ["brief", "--region", "Testland 1", "--period", last, "--output", f"{tmp}/brief"]),
        ]
        worst = 0.0
        for label, a in cmds:
            dt, cpu, out = timed(db + a)
            worst = max(worst, cpu)
            lines = max(0, len(out.strip().splitlines()) - 1)
            rows.append((label, f"{dt:.1f} s wall, {cpu:.1f} s CPU" + ("" if "brief" in label else f" ({lines} rows)")))
        rows.append(("goal < 5 s per command", ("met" if worst < 5 else "NOT met") + f" (slowest {worst:.1f} s CPU; "
                     f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores while measured)"))
    print(table(rows))


if __name__ == "__main__":
    main()
