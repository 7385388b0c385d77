"""`marsad serve` speed: requests/s and latency of GET /api/events on loopback with 100k fused events.

Builds (once, cached in bench/out/) a SQLite store of synthetic per-report events (marsad/fuse/synthetic.py,
made up, no real data) fused by `fuse_store` into at least N fused events, starts `marsad serve` on a free
loopback port in a child process, and runs a bounded load loop (C client threads with keep-alive, R
requests in all or D seconds, whichever comes first) over a mix of /api/events queries: the first page,
filters (type, country, precision, minimum confidence, period), deep pages by cursor, GeoJSON.
Goal: >= 300 requests/s and p99 < 200 ms.

Run: .venv/bin/python bench/bench_serve.py [N] [--requests R] [--seconds D] [--clients C] [--server-workers W]
(W: `marsad serve --workers W`, default 1; the table says how many served.)
"""
from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from common import OUT, table  # noqa: E402


def build_store(n_fused: int) -> tuple[str, int]:
    from sqlalchemy import func, select

    from marsad.model import to_dict
    from marsad.run.fuse import fuse_store
    from marsad.store import now_iso, open_store, schema
    from marsad.fuse.synthetic import synthetic_reports

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"serve-{n_fused}.sqlite"
    url = f"sqlite:///{path}"
    if path.exists():
        with open_store(url) as store, store.engine.connect() as conn:
            have = conn.execute(select(func.count()).select_from(schema.fused_events)).scalar_one()
        if have >= n_fused:
            return url, have
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    n_reports = int(n_fused * 1.25)
    t0 = time.perf_counter()
    with open_store(url) as store:
        cols = [c for c in schema.events.c.keys() if c != "data"]
        rows, docs = [], []
        with store.engine.begin() as conn:
            for ev, _ in synthetic_reports(n_reports, seed=2026, max_sources=1):
                docs.append({"id": ev.doc_id, "text": "-", "n_chars": 1, "extracted": True, "ingested_at": now_iso()})
                d = to_dict(ev)
                rows.append({**{k: d.get(k) for k in cols}, "confidence": round(random.Random(ev.id).uniform(0.3, 1), 3),
                             "data": json.dumps(d)})
                if len(rows) >= 5000:
                    conn.execute(schema.documents.insert().prefix_with("OR IGNORE"), docs)
                    conn.execute(schema.events.insert(), rows)
                    rows.clear(); docs.clear()
            if rows:
                conn.execute(schema.documents.insert().prefix_with("OR IGNORE"), docs)
                conn.execute(schema.events.insert(), rows)
        counts = fuse_store(store, use_stories=False)
    print(f"built {path}: {n_reports:,} reports -> {counts['fused_events']:,} fused events "
          f"in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return url, counts["fused_events"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def queries(base: str, cursors: list[str]) -> list[str]:
    q = ["/api/events", "/api/events?limit=100&type=Battles", "/api/events?country=T1&limit=50",
         "/api/events?precision=1&limit=100", "/api/events?min_confidence=0.9&limit=100",
         "/api/events?since=2020-06-01&until=2020-06-30&limit=100", "/api/events?format=geojson&limit=100",
         "/api/events?actor=armed%20group%20c&limit=100"]
    q += [f"/api/events?limit=100&cursor={c}" for c in cursors]
    return [base + x for x in q]


def main() -> None:
    import httpx

    args = sys.argv[1:]

    def opt(name: str, default: float) -> float:
        return float(args[args.index(name) + 1]) if name in args else default

    pos = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or not args[i - 1].startswith("--"))]
    n = int(pos[0]) if pos else 100_000
    max_requests, max_seconds, clients = int(opt("--requests", 6000)), opt("--seconds", 30), int(opt("--clients", 4))
    server_workers = int(opt("--server-workers", 1))
    url, n_fused = build_store(n)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "--db", url, "serve", "--port", str(port),
                             "--workers", str(server_workers)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(timeout=10) as c:
            for _ in range(300):
                try:
                    c.get(base + "/healthz")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            cursors, cur = [], None
            for _ in range(50):                   # deep pages: every 10th cursor of the first 5,000 events
                body = c.get(base + "/api/events", params={"limit": 100, **({"cursor": cur} if cur else {})}).json()
                cur = body["next_cursor"]
                cursors.append(cur)
            cursors = cursors[::10]
        urls = queries(base, cursors)
        lat: list[float] = []
        errors = [0]
        lock = threading.Lock()
        stop_at = time.perf_counter() + max_seconds
        counter = iter(range(max_requests))

        def worker(seed: int) -> None:
            rng = random.Random(seed)
            with httpx.Client(timeout=10) as c:
                while time.perf_counter() < stop_at:
                    with lock:
                        if next(counter, None) is None:
                            return
                    u = rng.choice(urls)
                    t = time.perf_counter()
                    r = c.get(u)
                    dt = time.perf_counter() - t
                    with lock:
                        lat.append(dt)
                        if r.status_code != 200:
                            errors[0] += 1

        import psutil

        server = psutil.Process(proc.pid)

        def server_cpu() -> float:
            return sum(sum(p.cpu_times()[:2]) for p in [server] + server.children(recursive=True))

        cpu0 = server_cpu()
        t0 = time.perf_counter()
        threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t0
        cpu = server_cpu() - cpu0
        load = psutil.getloadavg()[0]
    finally:
        proc.terminate()
        proc.wait(10)
    lat.sort()

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000

    rps = len(lat) / wall
    print(table([
        ("store", f"{n_fused:,} fused events (synthetic), SQLite"),
        ("server", f"marsad serve --workers {server_workers}"),
        ("load", f"{len(lat):,} requests from {clients} keep-alive clients in {wall:.1f} s "
                 f"({len(urls)} distinct /api/events queries), {errors[0]} non-200"),
        ("requests/s", f"{rps:.0f} (goal >= 300: {'met' if rps >= 300 else 'NOT met'}); machine load average "
                       f"{load:.1f} on {psutil.cpu_count()} cores"),
        ("server CPU per request", f"{cpu / max(1, len(lat)) * 1000:.2f} ms, so one free core serves about "
                                   f"{len(lat) / max(cpu, 1e-9):.0f} requests/s"),
        ("latency p50 / p90 / p99", f"{pct(.5):.1f} / {pct(.9):.1f} / {pct(.99):.1f} ms "
                                    f"(goal p99 < 200 ms: {'met' if pct(.99) < 200 else 'NOT met'})"),
    ]))


if __name__ == "__main__":
    main()
