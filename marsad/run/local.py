"""The local runner: sources -> clean -> dedup -> store (-> extract -> geocode -> store)."""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..config import Config
from ..errors import ErrorInfo, InputError, MarsadError
from ..ingest.clean import clean_item
from ..ingest.dedup import NearDuplicateIndex
from ..model import CleanDocument, Extraction, RawItem, Rejection
from ..store import Store

Extractor = Callable[[CleanDocument], Extraction]


@dataclass
class IngestSummary:
    items: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    events: int = 0
    rejected: Counter = field(default_factory=Counter)
    stories: dict | None = None
    fusion: dict | None = None

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def as_dict(self) -> dict:
        return {"items": self.items, "stored": self.stored, "unchanged": self.unchanged,
                "duplicates": self.duplicates, "near_duplicates": self.near_duplicates, "events": self.events,
                "rejected": self.rejected_total, "rejected_by_reason": dict(sorted(self.rejected.items())),
                "stories": self.stories, "fusion": self.fusion}


def load_near_dup_index(store: Store, cfg: Config) -> NearDuplicateIndex:
    idx = NearDuplicateIndex(cfg.near_duplicate_threshold, cfg.minhash_perm)
    for doc_id, blob in store.iter_minhashes():
        m = idx.from_bytes(blob)
        if m is not None:
            idx.add(doc_id, m)
    return idx


def source_kind(item: RawItem | Rejection) -> str:
    return getattr(item, "kind", "file")


def ingest_items(items: Iterable[RawItem | Rejection], store: Store, cfg: Config, *,
                 progress: bool | None = None, extract: Extractor | None = None,
                 on_event: Callable[[str, object], None] | None = None) -> IngestSummary:
    """Store every item as a document, a duplicate link, a near-duplicate or a rejection.

    Each document is committed on its own, so a killed run loses at most the document in flight, and
    re-running stores nothing twice (content-hash keys).
    """
    summary = IngestSummary()
    index = load_near_dup_index(store, cfg)
    show = (cfg.progress and sys.stderr.isatty()) if progress is None else progress
    bar = task = None
    if show:
        from rich.console import Console
        from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        bar = Progress(SpinnerColumn(), TextColumn("[bold]ingesting"), MofNCompleteColumn(), TimeElapsedColumn(),
                       TextColumn("{task.description}"), console=Console(stderr=True), transient=True)
        bar.start()
        task = bar.add_task("", total=None)

    def reject(rej: Rejection) -> None:
        store.add_rejection(rej)
        summary.rejected[rej.code] += 1
        if on_event:
            on_event("rejected", rej)

    try:
        for item in items:
            summary.items += 1
            if bar is not None:
                bar.update(task, advance=1, description=f"stored {summary.stored} · rejected {summary.rejected_total}")
            if isinstance(item, Rejection):
                reject(item)
                continue
            try:
                doc = clean_item(item)
            except InputError as e:
                reject(Rejection(item.locator, e.code, e.message, input_id=item.input_id))
                continue
            except Exception as e:  # a component bug must not kill the batch
                info = ErrorInfo.from_exc(e)
                reject(Rejection(item.locator, info.code, info.message, input_id=item.input_id))
                continue
            if store.has_document(doc.id):
                if store.is_known_input(doc.id, item.locator, item.input_id):
                    summary.unchanged += 1
                else:
                    if store.add_duplicate_link(doc.id, locator=item.locator, input_id=item.input_id, url=item.url):
                        summary.duplicates += 1
                    else:
                        summary.unchanged += 1
                continue
            m = index.minhash(doc.text)
            near = index.query(m)
            store.add_document(doc, source_kind=item.kind, source_locator=item.locator.split("#")[0],
                               minhash=index.to_bytes(m), near_duplicate_of=near[0] if near else None,
                               similarity=near[1] if near else None)
            index.add(doc.id, m)
            if near:
                summary.near_duplicates += 1
            else:
                summary.stored += 1
            if on_event:
                on_event("stored", doc)
            if extract is not None and not near:
                summary.events += extract_and_store(doc, store, extract)
    finally:
        if bar is not None:
            bar.stop()
    return summary


def extract_and_store(doc: CleanDocument, store: Store, extract: Extractor) -> int:
    """Run the extraction pipeline on one stored document; a failure becomes a rejection, not a dead batch."""
    try:
        ex = extract(doc)
    except MarsadError as e:
        store.add_rejection(Rejection(doc.locator or doc.id, e.code, e.message, input_id=doc.id))
        return 0
    except Exception as e:
        info = ErrorInfo.from_exc(e)
        store.add_rejection(Rejection(doc.locator or doc.id, info.code, info.message, input_id=doc.id))
        return 0
    store.write_extraction(ex)
    return len(ex.events)
