"""Compose the ingest sources (files, URLs, feeds) with an engine (local or Dask) and the single writer."""
from __future__ import annotations

from itertools import chain
from typing import Iterable, Iterator

from ..config import Config
from ..ingest.sources import Fetcher, iter_items
from ..store import Store
from .local import Extractor, IngestSummary, LocalEngine, WorkerSpec, ingest_items


def build_extractor(cfg: Config) -> Extractor | None:
    """The extraction pipeline (annotate -> extract -> geocode), or None where it is not installed."""
    try:
        from .pipeline import Pipeline
    except ImportError:
        return None
    # a missing or corrupt gazetteer raises GazetteerError here, before anything is stored
    return Pipeline.from_config(cfg).ready().extract_document


def make_engine(cfg: Config, *, extract: bool = True):
    """The engine ``cfg.engine`` names: the local one (``cfg.workers`` processes, 1 = this process) or Dask
    (a LocalCluster of ``cfg.workers`` processes, or the cluster at ``cfg.scheduler``). The extraction
    pipeline is checked here, in the driver, so a missing gazetteer stops the run before anything is stored."""
    spec = WorkerSpec(cfg, extract=extract)
    extractor = build_extractor(cfg) if extract else None
    if cfg.engine == "dask":
        from .dask import DaskEngine
        return DaskEngine(spec, workers=cfg.workers, scheduler=cfg.scheduler or None)
    return LocalEngine(spec, cfg.workers, extractor=extractor if cfg.workers == 1 else None)


def ingest_sources(store: Store, cfg: Config, *, paths: Iterable[str] = (), urls: Iterable[str] = (),
                   feeds: Iterable[str] = (), progress: bool | None = None, extract: bool = True,
                   transport=None, resolver=None) -> IngestSummary:
    """Ingest files/folders and, only when given, URLs and feeds. ``transport``: an httpx transport (tests)."""
    urls, feeds = list(urls), list(feeds)
    if extract:
        from .pipeline import Pipeline
        Pipeline.from_config(cfg).ready()  # a missing or corrupt gazetteer stops the run before anything is stored
    fetcher = None
    if urls or feeds:
        fetcher = Fetcher(user_agent=cfg.user_agent, timeout=cfg.fetch_timeout, max_bytes=cfg.fetch_max_bytes,
                          allow_private=cfg.allow_private, transport=transport, resolver=resolver)

    def remote() -> Iterator:
        if fetcher is None:
            return
        for u in urls:
            yield fetcher.fetch_page(u)
        for f in feeds:
            yield from fetcher.fetch_feed(f)

    items = chain(iter_items(paths, max_bytes=cfg.max_bytes, max_line_bytes=cfg.max_line_bytes), remote())
    engine = make_engine(cfg, extract=extract)
    try:
        summary = ingest_items(items, store, cfg, progress=progress, extract=extract, engine=engine)
    except BaseException:
        engine.close()
        raise
    finally:
        if fetcher is not None:
            fetcher.close()
    closing = close_engine_in_background(engine)   # the workers shut down while the driver assigns stories
    try:
        if extract and (summary.stored or summary.near_duplicates):
            # New documents join stories incrementally; the stored events are fused again (idempotent).
            from .fuse import assign_stories, fuse_store

            summary.stories = assign_stories(store).as_dict()
            summary.fusion = fuse_store(store)
    except BaseException:
        closing.join(raise_error=False)   # the first error is the one to see
        raise
    closing.join()
    return summary


class _Closing:
    """An engine being closed in a thread of its own; ``join`` waits for it and raises what ``close`` raised."""

    def __init__(self, engine):
        import threading

        self.error: BaseException | None = None
        self._thread = None
        if isinstance(engine, LocalEngine) and engine._pool is None:   # nothing to shut down
            return

        def run() -> None:
            try:
                engine.close()
            except BaseException as e:   # handed to join(), never lost in the thread
                self.error = e

        self._thread = threading.Thread(target=run, name="marsad-engine-close")
        self._thread.start()

    def join(self, *, raise_error: bool = True) -> None:
        if self._thread is not None:
            self._thread.join()
        if raise_error and self.error is not None:
            raise self.error


def close_engine_in_background(engine) -> _Closing:
    """Close ``engine`` (its workers exit: a LocalCluster takes a second or more) in a thread, so the serial
    work after an ingest (stories, fusion: the driver's, needing no worker) overlaps it; ``.join()`` after."""
    return _Closing(engine)
