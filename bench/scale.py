"""The scale bench: `marsad ingest` on a generated corpus, per engine and worker count.

    python bench/scale.py --docs N [--workers 1 2] [--engines local dask] [--db URL] [--kill] [--timeout S]

For each engine and worker count it ingests the same corpus (bench/corpus.py, seed --seed) into a fresh store
(SQLite under bench/out/scale/, or a fresh schema of the PostgreSQL database --db) and prints:
- documents per second end to end (start-up, cluster start, stories and fusion included) and per stage
  (read/register/claim in the driver, clean, MinHash and extract summed over the workers, i.e. per core,
  the single writer, stories + fusion);
- the driver's own CPU seconds per stage (its process_time: read + ledger, the writer's decisions and its SQL,
  the engine's threads (a LocalCluster's scheduler, nannies and client), start-up, stories, fusion) and the
  serial tail after the ingest (stories + fusion; the workers shut down meanwhile), the figures to read when
  2 workers fall short of 2x 1: what the driver takes from the workers' cores;
- peak RSS per process (the driver, each worker), and the workers' RSS over the run (flat = no growth after
  warm-up);
- the database size.
--kill runs the resumption check: a run SIGKILLed in the middle, then a re-run, must store exactly the
distinct documents. The goals (100k reports with flat memory; 2 workers >= 1.8x 1 worker; exact resumption)
are printed with the figures measured and, where N is smaller than 100k, the extrapolation.
Every run is bounded by --timeout and its processes are killed when it ends.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get("MARSAD_BENCH_OUT") or ROOT / "bench" / "out") / "scale"   # as bench/common.py
sys.path.insert(0, str(ROOT / "bench"))


# -- the child: one ingest, in-process, printing its summary and per-stage seconds --------------------------
def child(a) -> None:
    from marsad.config import load_config
    from marsad.ingest.sources import iter_items
    from marsad.run.fuse import assign_stories, fuse_store
    from marsad.run.ingest import close_engine_in_background, make_engine
    from marsad.run.local import ingest_items
    from marsad.store import open_store

    t0 = time.perf_counter()
    cpu0 = time.process_time()   # the driver's CPU seconds (all its threads) per stage
    over = {"db": a.db, "engine": a.engine, "workers": a.workers, "progress": False}
    cfg = load_config(env={k: v for k, v in os.environ.items() if k == "MARSAD_INGEST_BATCH"}, overrides=over)
    with open_store(cfg.db_url) as st:
        engine = make_engine(cfg, extract=not a.no_extract)
        t_start, cpu_start = time.perf_counter() - t0, time.process_time() - cpu0
        try:
            s = ingest_items(iter_items([a.child], max_bytes=cfg.max_bytes), st, cfg, extract=not a.no_extract,
                             engine=engine, progress=False)
            pids = engine.worker_pids() if hasattr(engine, "worker_pids") else []
            print(json.dumps({"workers_pids": pids}), flush=True)
        except BaseException:
            engine.close()
            raise
        # as `marsad ingest` does: the workers shut down while the driver assigns stories and fuses
        t1 = time.perf_counter()
        closing = close_engine_in_background(engine)
        c = time.process_time()
        try:
            if not a.no_extract and (s.stored or s.near_duplicates):
                s.stories = assign_stories(st).as_dict()
                s.cpu["stories"] = time.process_time() - c
                s.fusion = fuse_store(st)
                s.cpu["fusion"] = time.process_time() - c - s.cpu["stories"]
        except BaseException:
            closing.join(raise_error=False)
            raise
        s.seconds["stories+fusion"] = time.perf_counter() - t1
        c = time.process_time()
        closing.join()
        s.seconds["close (after stories)"] = time.perf_counter() - t1 - s.seconds["stories+fusion"]
        s.seconds["start-up"] = t_start
        s.cpu["start-up"], s.cpu["close (its remaining wait)"] = cpu_start, time.process_time() - c
    print(json.dumps({"summary": s.as_dict(), "seconds": dict(s.seconds), "driver_cpu": dict(s.cpu),
                      "driver_cpu_total": time.process_time() - cpu0, "wall": time.perf_counter() - t0}), flush=True)


# -- the parent ------------------------------------------------------------------------------------------------
def _fresh_db(base: str | None, name: str) -> tuple[str, callable, callable]:
    """(url, size_bytes(), drop()) of a fresh store."""
    if not base:
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{name}.sqlite"
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
        size = lambda: sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
        return f"sqlite:///{path}", size, lambda: None
    from urllib.parse import quote

    from sqlalchemy import create_engine, text

    schema = f"marsad_scale_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def size() -> int:
        with admin.connect() as conn:
            return int(conn.execute(text(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = :s AND c.relkind = 'r'"), {"s": schema}).scalar())

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote('-csearch_path=' + schema)}", size, drop


def _count_docs(url: str) -> tuple[int, int]:
    from sqlalchemy import func, select

    from marsad.store import open_store, schema
    with open_store(url) as st, st.engine.connect() as conn:
        return (conn.execute(select(func.count()).select_from(schema.documents)).scalar_one(),
                conn.execute(select(func.count()).select_from(schema.document_links)).scalar_one())


def _kill_tree(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_one(corpus_dir: Path, url: str, engine: str, workers: int, a, *, kill_at: int | None = None) -> dict:
    """Run the child under a psutil sampler; -> its result, peak RSS per process, RSS samples."""
    import psutil

    cmd = [sys.executable, str(Path(__file__)), "--child", str(corpus_dir), "--db", url, "--engine", engine,
           "--workers", str(workers)] + (["--no-extract"] if a.no_extract else [])
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env["MARSAD_INGEST_BATCH"] = str(a.batch)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                            start_new_session=True, cwd=ROOT)
    peak: dict[int, tuple[str, float]] = {}
    cpu: dict[int, tuple[str, float]] = {}      # CPU seconds (user + system) per process, last seen
    samples: list[tuple[float, float]] = []     # (seconds, workers' total RSS MB)
    killed = False
    try:
        root = psutil.Process(proc.pid)
        last_count = 0.0
        while proc.poll() is None:
            if time.perf_counter() - t0 > a.timeout:
                _kill_tree(proc)
                break
            try:
                procs = [root] + root.children(recursive=True)
            except psutil.NoSuchProcess:
                break
            wtotal = 0.0
            for p in procs:
                try:
                    rss = p.memory_info().rss / 2 ** 20
                    role = "driver" if p.pid == proc.pid else "worker"
                    if role == "worker":
                        wtotal += rss
                    if rss > peak.get(p.pid, ("", 0.0))[1]:
                        peak[p.pid] = (role, rss)
                    t = p.cpu_times()
                    cpu[p.pid] = (role, t.user + t.system)
                except psutil.Error:
                    pass
            samples.append((time.perf_counter() - t0, wtotal))
            if kill_at is not None and time.perf_counter() - last_count > 0.5:
                last_count = time.perf_counter()
                try:
                    if _count_docs(url)[0] >= kill_at:
                        os.kill(proc.pid, signal.SIGKILL)       # the driver only, as a crash would
                        killed = True
                        proc.wait(timeout=30)
                        break
                except Exception:
                    pass
            time.sleep(0.5)
        out = proc.stdout.read() if proc.stdout else ""
    finally:
        time.sleep(0.5)
        _kill_tree(proc)         # never leave a worker behind
        proc.wait(timeout=30)
    res = {"wall": time.perf_counter() - t0, "killed": killed, "peak": peak, "samples": samples, "cpu": cpu,
           "returncode": proc.returncode}
    for line in out.splitlines():
        if line.startswith("{"):
            res.update(json.loads(line))
    return res


def _flat(samples: list[tuple[float, float]]) -> tuple[float, float, bool]:
    """Workers' RSS after warm-up (a third of the run) and at the end of the work (the shutdown tail, when
    the workers exit, left out): flat when it grew < 10%."""
    top = max((v for _t, v in samples), default=0.0)
    pts = [s for s in samples if s[1] >= 0.5 * top]
    if len(pts) < 6:
        return 0.0, 0.0, False
    warm = max(v for _t, v in pts[len(pts) // 3: len(pts) // 3 + 3])
    end = max(v for _t, v in pts[-3:])
    return warm, end, end <= warm * 1.10


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--engines", nargs="+", default=["dask"], choices=["local", "dask"])
    ap.add_argument("--db", default=None, help="a PostgreSQL URL (default: SQLite files under bench/out/scale)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=64, help="items per partition and per transaction")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per run; the run is killed after")
    ap.add_argument("--kill", action="store_true", help="also: kill -9 the driver mid-run, re-run, count")
    ap.add_argument("--no-extract", action="store_true", help="clean + near-dup + store only")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        a.workers = a.workers[0]
        return child(a)

    import corpus

    cdir = OUT / f"corpus-{a.docs}-{a.seed}"
    docs = corpus.generate(a.docs, a.seed)
    distinct = len({" ".join(d["text"].split()) for d in docs})
    if not cdir.exists():
        corpus.write(docs, cdir)
    print(f"corpus: {a.docs} reports ({sum(1 for d in docs if d.get('conflict'))} conflict, {distinct} distinct "
          f"texts) in {cdir}; store: {'PostgreSQL' if a.db else 'SQLite'}; extraction: {not a.no_extract}")
    results = {}
    for eng in a.engines:
        for w in a.workers:
            url, size, drop = _fresh_db(a.db, f"{eng}{w}")
            try:
                r = run_one(cdir, url, eng, w, a)
                r["db_mb"] = size() / 2 ** 20
            finally:
                drop()
            results[(eng, w)] = r
            _report(eng, w, r, a.docs)
    _goals(results, a, distinct, cdir)


def _cpu(r: dict) -> tuple[float, float]:
    """(driver, workers) CPU seconds; a run without worker processes (local x1) works in the driver."""
    dcpu = sum(v for role, v in r["cpu"].values() if role == "driver")
    wcpu = sum(v for role, v in r["cpu"].values() if role == "worker")
    return dcpu, (wcpu if wcpu > 1.0 else dcpu)


def _report(eng: str, w: int, r: dict, n: int) -> None:
    s = r.get("summary")
    if not s:
        print(f"{eng} x{w}: no result (return code {r['returncode']}, {r['wall']:.0f} s: timed out or failed)")
        return
    sec = r["seconds"]
    per_stage = "  ".join(f"{k} {n / v:,.0f}/s" for k, v in sorted(sec.items())    # a stage that did not run
                          if v > 0.2 and k not in ("start-up", "close (after stories)"))   # is left out
    peaks = sorted(r["peak"].values(), key=lambda x: (x[0] != "driver", -x[1]))
    warm, end, flat = _flat(r["samples"])
    print(f"{eng} x{w}: {n / r['wall']:.1f} docs/s end to end ({r['wall']:.0f} s; start-up {sec.get('start-up', 0):.1f} s)"
          f" | stored {s['stored']} near-dup {s['near_duplicates']} dup {s['duplicates']} events {s['events']}"
          f" | DB {r['db_mb']:.1f} MB")
    print(f"    per stage (docs per second of that stage, summed over workers): {per_stage}")
    dcpu, wcpu = _cpu(r)
    print(f"    CPU: driver {dcpu:.0f} s, workers {wcpu:.0f} s in all -> {n / max(wcpu, 1e-9):.1f} docs per worker "
          f"CPU-second; on free cores {w} worker(s) would run at about {w * n / max(wcpu, 1e-9):.1f} docs/s")
    dc = r.get("driver_cpu") or {}
    if dc:
        tail = dc.get("stories", 0) + dc.get("fusion", 0)
        print(f"    driver CPU (its own process_time, {r.get('driver_cpu_total', 0):.1f} s in all; per 1,000 reports "
              f"{1000 * r.get('driver_cpu_total', 0) / n:.1f} s): "
              + "  ".join(f"{k} {v:.2f}" for k, v in dc.items() if v >= 0.005)
              + f" | serial tail (stories + fusion): {tail:.2f} CPU-s, {sec.get('stories+fusion', 0):.2f} s wall"
              + (" (in-process engine: its main thread does the workers' work)" if w == 1 and eng == "local" else ""))
    print("    peak RSS: " + ", ".join(f"{role} {mb:.0f} MB" for role, mb in peaks[:8]) +
          f" | workers' RSS after warm-up {warm:.0f} MB -> end {end:.0f} MB ({'flat' if flat else 'GROWING'})")


def _goals(results: dict, a, distinct: int, cdir: Path) -> None:
    print("goals:")
    for eng in a.engines:
        one, two = results.get((eng, 1)), results.get((eng, 2))
        if one and two and one.get("summary") and two.get("summary"):
            ratio = one["wall"] / two["wall"]
            wc = [_cpu(x)[1] for x in (one, two)]
            print(f"  scaling ({eng}): 2 workers {ratio:.2f}x 1 worker end to end (goal >= 1.8x on 2 cores)"
                  f" -> {'met' if ratio >= 1.8 else 'NOT met'}; worker CPU for the same work: 1 worker "
                  f"{wc[0]:.0f} s, 2 workers {wc[1]:.0f} s ({wc[1] / max(wc[0], 1e-9):.2f}x: the parallel overhead)")
    big = results.get(("dask", 2)) or results.get(("dask", max(a.workers))) if "dask" in a.engines else None
    if big and big.get("summary"):
        warm, end, flat = _flat(big["samples"])
        rate = a.docs / big["wall"]
        print(f"  100k reports through dask x2: measured on {a.docs} at {rate:.1f} docs/s, memory "
              f"{'flat' if flat else 'growing'} ({warm:.0f} -> {end:.0f} MB); 100k would take about "
              f"{100_000 / rate / 3600:.1f} h at that rate" + ("" if a.docs >= 100_000 else " (extrapolated)"))
    if a.kill:
        eng, w = a.engines[-1], max(a.workers)
        url, size, drop = _fresh_db(a.db, f"kill-{eng}{w}")
        try:
            r1 = run_one(cdir, url, eng, w, a, kill_at=max(1, distinct // 2))
            mid = _count_docs(url)
            r2 = run_one(cdir, url, eng, w, a)
            docs, links = _count_docs(url)
            ref = (results.get((eng, w)) or {}).get("summary")
            want = ref["stored"] + ref["near_duplicates"] if ref else distinct   # an uninterrupted run's count
            ok = docs == want and docs + links == a.docs
            print(f"  resumption ({eng} x{w}): killed the driver at {mid[0]} documents "
                  f"({'SIGKILL' if r1['killed'] else 'NOT killed: run ended first'}); the re-run resumed "
                  f"{(r2.get('summary') or {}).get('resumed', '?')} items; the store holds {docs} documents + "
                  f"{links} duplicate links for {a.docs} reports (uninterrupted: {want}) -> "
                  f"{'exact' if ok else 'NOT exact'}")
        finally:
            drop()


if __name__ == "__main__":
    main()
