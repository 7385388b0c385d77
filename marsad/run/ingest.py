"""Compose the ingest sources (files, URLs, feeds) with the local runner."""
from __future__ import annotations

from itertools import chain
from typing import Iterable, Iterator

from ..config import Config
from ..ingest.sources import Fetcher, iter_items
from ..store import Store
from .local import Extractor, IngestSummary, ingest_items


def build_extractor(cfg: Config) -> Extractor | None:
    """The extraction pipeline (annotate -> extract -> geocode), or None where it is not installed."""
    try:
        from .pipeline import Pipeline
    except ImportError:
        return None
    return Pipeline.from_config(cfg).extract_document


def ingest_sources(store: Store, cfg: Config, *, paths: Iterable[str] = (), urls: Iterable[str] = (),
                   feeds: Iterable[str] = (), progress: bool | None = None, extract: bool = True,
                   transport=None, resolver=None) -> IngestSummary:
    """Ingest files/folders and, only when given, URLs and feeds. ``transport``: an httpx transport (tests)."""
    urls, feeds = list(urls), list(feeds)
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

    items = chain(iter_items(paths, max_bytes=cfg.max_bytes), remote())
    try:
        summary = ingest_items(items, store, cfg, progress=progress,
                               extract=build_extractor(cfg) if extract else None)
    finally:
        if fetcher is not None:
            fetcher.close()
    if extract and (summary.stored or summary.near_duplicates):
        # New documents join stories incrementally; the stored events are fused again (idempotent).
        from .fuse import assign_stories, fuse_store

        summary.stories = assign_stories(store).as_dict()
        summary.fusion = fuse_store(store)
    return summary
