"""Twenty kills (issue 14): `kill -9` at random moments during `marsad ingest` and `marsad fuse`, each followed
by a re-run to completion. After each, nothing is lost or doubled (documents, links, rejections, events,
stories), the SQLite integrity check passes, and the fused tables equal those of an uninterrupted run.
The same on PostgreSQL with --postgres URL (or MARSAD_TEST_POSTGRES_URL): each cycle in a schema of its own.

    .venv/bin/python bench/kills.py                     # 20 kills during ingest, 20 during fuse, SQLite
    .venv/bin/python bench/kills.py --kills 5 --docs 24
    .venv/bin/python bench/kills.py --postgres postgresql://marsad:marsad@127.0.0.1:5432/marsad_test

The corpus is generated (invented reports of attacks in Iraqi towns, several outlets per incident, exact
duplicates, binary files and bad JSON lines). Prints one line per kill and a summary; writes
bench/out/kills.json. ``tests/test_harden_kills.py`` runs a small version.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

TOWNS = ["Hit", "Ramadi", "Fallujah", "Mosul", "Kirkuk", "Tikrit", "Baqubah", "Samarra", "Haditha", "Rutba"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
KINDS = ["A roadside bomb killed {n} soldiers near {town}", "Gunmen shot dead {n} policemen at a checkpoint in {town}",
         "A car bomb exploded in a market in {town}, killing {n} people",
         "Militants attacked an army post outside {town}, killing {n} soldiers"]
OUTLETS = ["said police", "officials said", "a security source said", "the provincial council said"]


def make_corpus(d: Path, n_docs: int, seed: int = 14) -> dict:
    """n_docs report files (incidents told by 1-3 outlets), 2 exact duplicates, 2 binary files, 1 JSONL file
    with 3 good and 2 bad lines. Returns the expected counts."""
    rng = random.Random(seed)
    d.mkdir(parents=True, exist_ok=True)
    i = 0
    incident = 0
    while i < n_docs:
        incident += 1
        town, kind, n = rng.choice(TOWNS), rng.choice(KINDS), rng.randint(2, 9)
        day = 1 + incident % 27
        for outlet in rng.sample(OUTLETS, rng.randint(1, 3)):
            if i >= n_docs:
                break
            body = kind.format(n=n, town=town)
            (d / f"r{i:04d}.txt").write_text(
                f"Report {i:04d} on incident {incident}\n{town.upper()}, March {day}, 2020 - {body} on "
                f"{DAYS[day % 7]}, {outlet}. The report number {i:04d} was generated for marsad's kill bench.\n",
                encoding="utf-8")
            i += 1
    for k in range(2):
        (d / f"zz-dup{k}.txt").write_bytes((d / f"r{k:04d}.txt").read_bytes())
    for k in range(2):
        (d / f"bad{k}.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3 + bytes([k]))
    lines = [json.dumps({"id": f"j{k}", "published": "2020-03-20",
                         "text": f"Line {k}: a mortar round hit a house in {TOWNS[k]} on Friday, killing {k + 2} "
                                 "people, police said."}) for k in range(3)]
    (d / "lines.jsonl").write_text("\n".join(lines + ['{"id": "broken", "text": ', "[1, 2]"]) + "\n", encoding="utf-8")
    return {"documents": n_docs + 3, "links": 2, "rejections": 4}


# -- the stores -------------------------------------------------------------------------------------------
class Backend:
    def url(self) -> str: ...
    def snapshot(self, url: str) -> dict: ...
    def integrity(self, url: str) -> bool: ...
    def drop(self, url: str) -> None: ...


QUERIES = {
    "documents": "select id, locator, near_duplicate_of from documents order by id",
    "links": "select id, doc_id, kind from document_links order by id",
    "rejections": "select id, code, locator from rejections order by id",
    "events": "select id, doc_id, event_date, sub_event_type, location, fatalities from events order by id",
    "story_members": "select doc_id, story_id from story_members order by doc_id",
    "fused_events": "select * from fused_events order by id",
    "fused_event_sources": "select * from fused_event_sources order by id",
    "merge_decisions": "select id, kind, event_a, event_b, fused_id, score from merge_decisions order by id",
}


class SQLite(Backend):
    def __init__(self, tmp: Path):
        self.tmp = tmp

    def url(self) -> str:
        return f"sqlite:///{self.tmp / ('k-' + uuid.uuid4().hex[:8] + '.sqlite')}"

    def _path(self, url: str) -> str:
        return url[len("sqlite:///"):]

    def snapshot(self, url: str) -> dict:
        con = sqlite3.connect(self._path(url))
        try:
            return {k: [tuple(r) for r in con.execute(q)] for k, q in QUERIES.items()}
        finally:
            con.close()

    def integrity(self, url: str) -> bool:
        con = sqlite3.connect(self._path(url))
        try:
            return (con.execute("pragma integrity_check").fetchone()[0] == "ok"
                    and not con.execute("pragma foreign_key_check").fetchall())
        finally:
            con.close()

    def copy(self, src: str) -> str:
        dst = self.url()
        s = sqlite3.connect(self._path(src))
        d = sqlite3.connect(self._path(dst))
        s.backup(d)
        s.close()
        d.close()
        return dst

    def drop(self, url: str) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(self._path(url) + suffix).unlink(missing_ok=True)


class Postgres(Backend):
    def __init__(self, base: str):
        from sqlalchemy import create_engine

        self.base = base
        self.engine = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
        self.schemas: dict[str, str] = {}

    def url(self) -> str:
        from sqlalchemy import text

        name = "marsad_k_" + uuid.uuid4().hex[:10]
        with self.engine.begin() as c:
            c.execute(text(f'CREATE SCHEMA "{name}"'))
        sep = "&" if "?" in self.base else "?"
        u = f"{self.base}{sep}options={quote('-csearch_path=' + name)}"
        self.schemas[u] = name
        return u

    def snapshot(self, url: str) -> dict:
        from sqlalchemy import text

        with self.engine.connect() as c:
            c.execute(text(f'SET search_path TO "{self.schemas[url]}"'))
            return {k: [tuple(r) for r in c.execute(text(q))] for k, q in QUERIES.items()}

    def integrity(self, url: str) -> bool:
        return True  # PostgreSQL's own guarantees; doubles and losses are checked by the snapshots

    def copy(self, src: str) -> str:
        from sqlalchemy import text

        dst = self.url()
        s, d = self.schemas[src], self.schemas[dst]
        with self.engine.begin() as c:
            tables = [r[0] for r in c.execute(text(
                "select table_name from information_schema.tables where table_schema = :s"), {"s": s})]
            for t in tables:
                c.execute(text(f'CREATE TABLE "{d}"."{t}" (LIKE "{s}"."{t}" INCLUDING ALL)'))
                c.execute(text(f'INSERT INTO "{d}"."{t}" SELECT * FROM "{s}"."{t}"'))
        return dst

    def drop(self, url: str) -> None:
        from sqlalchemy import text

        with self.engine.begin() as c:
            c.execute(text(f'DROP SCHEMA IF EXISTS "{self.schemas.pop(url)}" CASCADE'))


# -- runs -------------------------------------------------------------------------------------------------
def _env(extra: dict | None = None) -> dict:
    e = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    e.update({"MARSAD_INGEST_BATCH": "4", "MARSAD_PROGRESS": "false", **(extra or {})})
    e["PYTHONPATH"] = str(ROOT) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")  # this checkout's code
    return e


EXTRACT = ["--extract"]   # "--no-extract" (tests/test_harden_kills.py) skips loading spaCy in every run


def cmd(kind: str, url: str, corpus: Path) -> list[str]:
    base = [sys.executable, "-m", "marsad.cli", "--db", url]
    return base + (["ingest", str(corpus), "--json", *EXTRACT] if kind == "ingest" else ["fuse", "--json"])


def run(kind: str, url: str, corpus: Path, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run(cmd(kind, url, corpus), env=_env(), capture_output=True, text=True, timeout=timeout,
                          cwd=str(corpus.parent))


def run_and_kill(kind: str, url: str, corpus: Path, after: float) -> bool:
    """Start the command and SIGKILL it ``after`` seconds later; True when the kill landed (it was still running)."""
    p = subprocess.Popen(cmd(kind, url, corpus), env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         cwd=str(corpus.parent))
    t_end = time.monotonic() + after
    while time.monotonic() < t_end:
        if p.poll() is not None:
            return False
        time.sleep(0.01)
    if p.poll() is not None:
        return False
    os.kill(p.pid, signal.SIGKILL)
    p.wait(timeout=60)
    return True


def _diff(a: dict, b: dict) -> list[str]:
    out = []
    for k in QUERIES:
        if a[k] != b[k]:
            sa, sb = set(a[k]), set(b[k])
            out.append(f"{k}: {len(a[k])} rows vs {len(b[k])} (missing {len(sb - sa)}, extra {len(sa - sb)}, "
                       f"doubled {len(a[k]) - len(sa)})")
    return out


def add_synthetic_events(url: str, n: int) -> None:
    """``n`` synthetic per-report events (marsad.fuse.synthetic), each with a document of its own, so that
    `marsad fuse` runs long enough for kills to land while it writes."""
    from marsad.fuse.synthetic import synthetic_reports
    from marsad.model import CleanDocument, Extraction
    from marsad.store import open_store

    with open_store(url) as st:
        by_doc: dict[str, list] = {}
        for ev, _inc in synthetic_reports(n):
            by_doc.setdefault(ev.doc_id, []).append(ev)
        for doc_id, evs in by_doc.items():
            st.add_document(CleanDocument(id=doc_id, text=f"synthetic report {doc_id}", title=None,
                                          published=evs[0].event_date))
            st.write_extraction(Extraction(doc_id=doc_id, events=tuple(evs)))


def cycles(backend: Backend, corpus: Path, kills: int, rng: random.Random, synthetic: int = 0, log=print) -> dict:
    """The reference (uninterrupted) run, then ``kills`` kill-and-rerun cycles of ingest and of fuse."""
    ref_url = backend.url()
    t0 = time.monotonic()
    r = run("ingest", ref_url, corpus)
    t_ingest = time.monotonic() - t0
    if r.returncode not in (0, 1):
        raise SystemExit(f"the reference ingest failed:\n{r.stderr[-3000:]}")
    if synthetic:
        add_synthetic_events(ref_url, synthetic)
    t0 = time.monotonic()
    run("fuse", ref_url, corpus)
    t_fuse = time.monotonic() - t0
    probe = backend.copy(ref_url)   # how long a fuse from scratch takes on a copy (stories already assigned)
    _clear_fused(probe)
    t0 = time.monotonic()
    run("fuse", probe, corpus)
    t_fuse = time.monotonic() - t0
    backend.drop(probe)
    ref = backend.snapshot(ref_url)
    log(f"reference: {len(ref['documents'])} documents, {len(ref['events'])} events, "
        f"{len(ref['fused_events'])} fused events; ingest {t_ingest:.1f} s, fuse {t_fuse:.1f} s")
    results = {"ingest": [], "fuse": []}
    for stage, t_run in (("ingest", t_ingest), ("fuse", t_fuse)):
        for k in range(kills):
            url = backend.url() if stage == "ingest" else backend.copy(ref_url)
            if stage == "fuse":   # the stored documents and events of the reference, no fused tables yet
                _clear_fused(url)
            after = rng.uniform(0.3, max(0.4, t_run * 0.95))
            landed = run_and_kill(stage, url, corpus, after)
            rr = run(stage, url, corpus)
            if stage == "ingest":
                if synthetic:
                    add_synthetic_events(url, synthetic)
                run("fuse", url, corpus)
            snap = backend.snapshot(url)
            diff = _diff(snap, ref)
            ok_int = backend.integrity(url)
            ok = not diff and ok_int and rr.returncode in (0, 1)
            results[stage].append({"kill_after_s": round(after, 2), "landed": landed, "ok": ok, "diff": diff,
                                   "integrity": ok_int, "rerun_status": rr.returncode,
                                   "rerun_stderr": "" if ok else rr.stderr[-2000:]})
            why = "; ".join(diff) + ("" if ok_int else " integrity check failed") + \
                (f" re-run exited {rr.returncode}: {rr.stderr.strip()[-300:]}" if rr.returncode not in (0, 1) else "")
            log(f"{stage} kill {k + 1:>2}/{kills} at {after:5.2f} s ({'landed' if landed else 'finished first'}): "
                f"{'ok' if ok else 'FAILED ' + why}")
            backend.drop(url)
    backend.drop(ref_url)
    return results


def _clear_fused(url: str) -> None:
    """Empty the fused tables of a copy, so that the killed `marsad fuse` builds them from scratch."""
    from sqlalchemy import delete

    from marsad.store import open_store, schema

    with open_store(url) as st, st.engine.begin() as c:
        c.execute(delete(schema.fused_event_sources))
        c.execute(delete(schema.fused_events))
        c.execute(delete(schema.merge_decisions).where(schema.merge_decisions.c.kind == "auto"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=20, help="kills per stage (ingest, fuse); default 20")
    ap.add_argument("--docs", type=int, default=40, help="generated reports in the corpus (default 40)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--synthetic", type=int, default=1500,
                    help="synthetic events added after the ingest, so that fuse runs long enough (default 1500)")
    ap.add_argument("--postgres", default=None, help="also on this PostgreSQL URL (default: MARSAD_TEST_POSTGRES_URL)")
    ap.add_argument("--no-sqlite", action="store_true")
    args = ap.parse_args()
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="marsad-kills-"))
    corpus = tmp / "corpus"
    make_corpus(corpus, args.docs, args.seed)
    rng = random.Random(args.seed)
    out = {}
    backends = [] if args.no_sqlite else [("sqlite", SQLite(tmp))]
    pg = args.postgres or os.environ.get("MARSAD_TEST_POSTGRES_URL")
    if pg:
        backends.append(("postgresql", Postgres(pg)))
    for name, b in backends:
        print(f"== {name}")
        out[name] = cycles(b, corpus, args.kills, rng, args.synthetic)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "kills.json").write_text(json.dumps(out, indent=1), encoding="utf-8")
    bad = 0
    for name, res in out.items():
        for stage, rows in res.items():
            landed = sum(r["landed"] for r in rows)
            good = sum(r["ok"] for r in rows)
            bad += len(rows) - good
            print(f"{name:<11} {stage:<7} kills: {len(rows)} ({landed} landed mid-run), survived: {good}/{len(rows)}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
