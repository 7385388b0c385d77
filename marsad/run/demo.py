"""``marsad demo``: ingest the bundled fictional corpus into the demo store and show what was stored."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Callable

from ..config import Config, default_data_dir
from ..store import open_store
from .ingest import ingest_sources


def demo_corpus_dir() -> Path:
    return Path(str(files("marsad") / "data" / "demo"))


def demo_db_url(cfg: Config) -> tuple[str, Path | None]:
    if cfg.db:
        return cfg.db, None
    path = default_data_dir() / "demo.sqlite"
    return "sqlite:///" + str(path), path


def run_demo(cfg: Config, *, fresh: bool = True, echo: Callable[[str], None] = print) -> dict:
    url, path = demo_db_url(cfg)
    if fresh and path is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    corpus = demo_corpus_dir()
    echo(f"marsad demo: ingesting the fictional demo corpus in {corpus}")
    echo(f"store: {url}")
    with open_store(url) as store:
        summary = ingest_sources(store, cfg, paths=[str(corpus)], progress=False)
        st = store.status()
        docs = list(store.iter_documents(include_near_duplicates=True))
        from ..store.fused import query_fused

        events = query_fused(store) or store.query_events()
    echo("")
    echo(f"read {summary.items} items: stored {summary.stored}, duplicates {summary.duplicates}, "
         f"near-duplicates {summary.near_duplicates}, rejected {summary.rejected_total}")
    echo("")
    echo("documents:")
    for d in sorted(docs, key=lambda d: (d["published"] or "", d["title"] or "")):
        echo(f"  {d['published'] or '          '}  {d['language'] or '--'}  {(d['title'] or d['text'][:60])[:78]}")
    if events:
        echo("")
        echo(f"events ({len(events)} incidents fused from {st['events']} per-report events):")
        for e in events:
            where = e.get("location") or e.get("admin1") or e.get("country") or "?"
            n = e.get("number_of_sources") or 1
            echo(f"  {e.get('event_date') or '????-??-??'}  {e['sub_event_type']:<34} {where:<22} "
                 f"fatalities={e.get('fatalities')}  actor1={e.get('actor1')}"
                 + (f"  sources={n}" if n > 1 else ""))
    echo("")
    echo(f"store now holds {st['documents']} documents, {st['duplicates']} duplicates, "
         f"{st['near_duplicates']} near-duplicates, {st['events']} per-report events, {st['places']} places, "
         f"{st['claims']} claims, {st['quotes']} quotes, {st['rejections']} rejections")
    echo(f"explore it:  marsad --db {url} status")
    return {"summary": summary.as_dict(), "status": st}
