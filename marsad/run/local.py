"""The ingest runner: sources -> [partitions on an engine: clean -> MinHash -> extract] -> one writer.

The driver reads the input items, registers them in the store's ledger of work items, claims the ones not
done yet, and hands them to an engine in coarse partitions (``cfg.ingest_batch`` items). A partition is
processed by ``process_partition`` in a worker process (the local engine: this process or a process pool;
the Dask engine: ``run/dask.py``), which returns plain records (``ItemResult``: the clean document, its
MinHash, its extraction as the store's row tuples, or a rejection), never spaCy objects: the rows and the ids
are built in the workers, so the driver's per-document work is only the decisions and the inserts. The single
writer takes the partitions back
in input order, decides exact and near-duplicates against the store (the persistent MinHash band index),
and stores each partition in one transaction together with the ledger's done marks: a killed run resumes
where it stopped, with no document lost or doubled, and every engine stores the same rows.
"""
from __future__ import annotations

import hashlib
import sys
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from ..config import Config
from ..errors import ErrorInfo, InputError, MarsadError, REASONS
from ..ingest.clean import clean_item
from ..ingest.dedup import NearDuplicateIndex
from ..ingest.limits import check_text
from ..model import CleanDocument, Extraction, RawItem, Rejection, content_hash
from ..store import Store, document_row, extraction_rows, schema
from ..store import bulk
from ..store.bulk import Batch
from .batch import deadline

Extractor = Callable[[CleanDocument], Extraction]
BANDS_META = "near_dup_bands"


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
    resumed: int = 0                 # items a previous run had finished (the ledger), not processed again
    claimed_elsewhere: int = 0       # items another live run holds: left to it
    component_errors: Counter = field(default_factory=Counter)  # per component: a stored component_failed
    seconds: Counter = field(default_factory=Counter)   # per stage, summed over workers (bench/scale.py)
    cpu: Counter = field(default_factory=Counter)       # the driver's own CPU seconds per stage (its main thread)

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def as_dict(self) -> dict:
        return {"items": self.items, "stored": self.stored, "unchanged": self.unchanged,
                "duplicates": self.duplicates, "near_duplicates": self.near_duplicates, "events": self.events,
                "rejected": self.rejected_total, "rejected_by_reason": dict(sorted(self.rejected.items())),
                "component_errors": dict(sorted(self.component_errors.items())),
                "resumed": self.resumed, "claimed_elsewhere": self.claimed_elsewhere,
                "stories": self.stories, "fusion": self.fusion}


# -- work items and their results (plain records that travel between processes) ------------------------------
def work_id(item: RawItem | Rejection) -> str:
    """The ledger key of an input item: the content hash of its locator, input id and bytes."""
    if isinstance(item, Rejection):
        return content_hash("rejection", item.locator, item.code, item.input_id, prefix="wrk_")
    body = item.body if isinstance(item.body, bytes) else (item.body or "").encode("utf-8", "surrogatepass")
    return content_hash(item.locator, item.input_id, hashlib.sha256(body).hexdigest(), prefix="wrk_")


@dataclass(frozen=True)
class ItemResult:
    """What a worker returns for one item. The extraction travels as the rows the store writes (built in the
    worker, so the single writer only decides and inserts): tuples per table in ``store.bulk.columns`` order."""

    work_id: str
    locator: str
    kind: str = "file"
    input_id: str | None = None
    url: str | None = None
    doc: CleanDocument | None = None
    minhash: bytes | None = None
    rows: tuple | None = None                   # the extraction's rows: ((table name, (row tuple, ...)), ...)
    n_events: int = 0                           # events among them
    errors: tuple = ()                          # (component, message) of components that failed on the document
    rejection: Rejection | None = None          # the item itself was rejected
    extract_rejection: Rejection | None = None  # the document is stored, its extraction failed
    seconds: tuple = ()                         # (stage, seconds) spent on this item
    source_id: str | None = None                # the ids the writer would otherwise hash: the item's source,
    link_id: str | None = None                  # and its duplicate link (locator + input id)

    @property
    def extracted(self) -> bool:
        return self.rows is not None


def extraction_result(ex: Extraction) -> dict:
    """The ``ItemResult`` fields of an extraction: its rows as tuples, its event count, its failed components."""
    rows = tuple((table.name, tuple(bulk.shape(table).row(r) for r in rs))
                 for table, rs in extraction_rows(ex).items() if rs)
    errors = tuple((key[6:], msg) for key, msg in ex.versions if key.startswith("error:"))
    return {"rows": rows, "n_events": len(ex.events), "errors": errors}


def source_id(kind: str, locator: str) -> str:
    return content_hash(kind, locator.split("#")[0], prefix="src_")


def link_id(locator: str, input_id: str | None) -> str:
    return content_hash(locator, input_id, prefix="lnk_")


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker process needs to build its resources once: picklable, small."""

    cfg: Config
    extract: bool = True


class Resources:
    """The heavy, per-process resources: the extraction pipeline (spaCy, gazetteer, actor registry, all
    loaded by ``warm``) and the MinHash hasher."""

    def __init__(self, spec: WorkerSpec, extractor: Extractor | None = None):
        self.index = NearDuplicateIndex(spec.cfg.near_duplicate_threshold, spec.cfg.minhash_perm)
        self.cfg = spec.cfg
        self.extract = extractor
        if extractor is None and spec.extract:
            from .ingest import build_extractor
            self.extract = build_extractor(spec.cfg)

    def warm(self) -> None:
        """Load every lazy component now, on a sentence written for this purpose."""
        if self.extract is not None:
            try:
                self.extract(CleanDocument(id="doc_warmup", text="Gunmen killed two guards in Ramadi, Iraq, on "
                                           "Monday, police said.", published="2020-01-06"))
            except Exception:  # a broken component shows up on the first real document, as a rejection
                pass


_RESOURCES: dict[WorkerSpec, Resources] = {}
_BUILDING = threading.Lock()


def resources_for(spec: WorkerSpec) -> Resources:
    """This process's resources for ``spec``, built once on first use (by whichever thread asks first: a Dask
    worker's warm-up plugin or its first task) and kept for the process's life."""
    res = _RESOURCES.get(spec)
    if res is None:
        with _BUILDING:
            res = _RESOURCES.get(spec)
            if res is None:
                res = Resources(spec)
                res.warm()
                _RESOURCES[spec] = res
    return res


def _rejection(item: RawItem, exc: BaseException) -> Rejection:
    if isinstance(exc, InputError):
        return Rejection(item.locator, exc.code, exc.message, input_id=item.input_id)
    info = ErrorInfo.from_exc(exc)
    return Rejection(item.locator, info.code, info.message, input_id=item.input_id)


def process_item(item: RawItem | Rejection, res: Resources) -> ItemResult:
    """Clean, hash and extract one item; a failure becomes a rejection in the result, never an exception."""
    wid = work_id(item)
    if isinstance(item, Rejection):
        return ItemResult(wid, item.locator, rejection=item)
    kind = getattr(item, "kind", "file")
    base = dict(work_id=wid, locator=item.locator, kind=kind, input_id=item.input_id, url=item.url)
    t0 = time.perf_counter()
    cfg = res.cfg
    try:
        with deadline(cfg.doc_timeout):   # limits (issue 14): a rejection, never a hang or a silent cut
            doc = clean_item(item)
        check_text(doc.text, max_chars=cfg.max_chars, max_sentences=cfg.max_sentences)
    except Exception as e:  # a component bug must not kill the batch
        return ItemResult(**base, rejection=_rejection(item, e), seconds=(("clean", time.perf_counter() - t0),))
    t1 = time.perf_counter()
    try:
        mh = res.index.to_bytes(res.index.minhash(doc.text))
    except Exception as e:
        return ItemResult(**base, rejection=_rejection(item, e))
    t2 = time.perf_counter()
    ex, rej = {}, None
    if res.extract is not None:
        try:
            with deadline(cfg.doc_timeout):
                ex = extraction_result(res.extract(doc))
        except MarsadError as e:
            rej = Rejection(doc.locator or doc.id, e.code, e.message, input_id=doc.id)
        except Exception as e:
            info = ErrorInfo.from_exc(e)
            rej = Rejection(doc.locator or doc.id, info.code, info.message, input_id=doc.id)
    t3 = time.perf_counter()
    return ItemResult(**base, doc=doc, minhash=mh, **ex, extract_rejection=rej,
                      seconds=(("clean", t1 - t0), ("minhash", t2 - t1), ("extract", t3 - t2)),
                      source_id=source_id(kind, item.locator), link_id=link_id(item.locator, item.input_id))


def process_partition(items: list, spec: WorkerSpec) -> list[ItemResult]:
    """The task every engine runs: one partition of items -> their results, in order."""
    res = resources_for(spec)
    return [process_item(it, res) for it in items]


def died(item: RawItem | Rejection, exc: BaseException) -> ItemResult:
    """The result of an item whose worker died on it twice: a rejection."""
    if isinstance(item, Rejection):
        return ItemResult(work_id(item), item.locator, rejection=item)
    return ItemResult(work_id(item), item.locator, kind=getattr(item, "kind", "file"), input_id=item.input_id,
                      rejection=Rejection(item.locator, "worker_died",
                                          f"{REASONS['worker_died'][0]} ({type(exc).__name__}: {exc})"[:500],
                                          input_id=item.input_id))


# -- engines: submit a partition, get a future -------------------------------------------------------------
class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class LocalEngine:
    """This process (``workers`` 1), or a pool of ``workers`` processes, each with its own resources."""

    name = "local"

    def __init__(self, spec: WorkerSpec, workers: int = 1, extractor: Extractor | None = None):
        self.spec, self.workers = spec, max(1, workers)
        self._pool = None
        self._res = Resources(spec, extractor) if self.workers == 1 else None

    def _executor(self):
        if self._pool is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor
            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"))
        return self._pool

    def submit(self, items: list):
        if self._res is not None:
            return _Done([process_item(it, self._res) for it in items])
        try:
            return self._executor().submit(process_partition, items, self.spec)
        except Exception:  # a broken pool (a worker died): a fresh one
            self._pool = None
            return self._executor().submit(process_partition, items, self.spec)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def ordered_results(engine, partitions: Iterable[list], window: int) -> Iterator[tuple[list, list[ItemResult]]]:
    """Run ``partitions`` on ``engine`` with at most ``window`` in flight; yield (items, results) in input
    order. A partition whose task failed (its worker died) is run again item by item, so one document that
    kills its worker is rejected and never takes its partition with it."""
    pending: deque = deque()

    def resolve(items, fut):
        try:
            out = fut.result()
            release = getattr(fut, "release", None)   # a Dask future: the worker may drop the result now
            if release is not None:
                release()
            return items, out
        except Exception:
            out = []
            for it in items:
                try:
                    out.extend(engine.submit([it]).result())
                except Exception as e:
                    out.append(died(it, e))
            return items, out

    for part in partitions:
        pending.append((part, engine.submit(part)))
        while len(pending) >= window:
            yield resolve(*pending.popleft())
    while pending:
        yield resolve(*pending.popleft())


# -- the single writer ---------------------------------------------------------------------------------------
def ensure_band_index(store: Store, index: NearDuplicateIndex) -> None:
    """The persistent near-duplicate index holds the bands of this banding; (re)build it when it does not
    (a store from before migration 4, or another threshold or permutation count)."""
    if store.get_meta(BANDS_META) == index.params:
        return

    def rows():
        for doc_id, blob in store.iter_minhashes():
            m = index.from_bytes(blob)
            if m is not None:
                for k in index.band_keys(m):
                    yield k, doc_id

    store.rebuild_bands(BANDS_META, index.params, rows())


class Writer:
    """Stores partitions of results in input order, one transaction each."""

    def __init__(self, store: Store, index: NearDuplicateIndex, summary: IngestSummary,
                 on_event: Callable[[str, object], None] | None = None):
        self.store, self.index, self.summary, self.on_event = store, index, summary, on_event

    def write(self, results: list[ItemResult]) -> None:
        c0 = time.thread_time()
        s, idx = self.summary, self.index
        now = _now()                              # one write time per batch (one transaction)
        batch = Batch()
        add = batch.add_row
        doc_shape = bulk.shape(schema.documents)
        events: list[tuple[str, object]] = []
        docs = [r for r in results if r.doc is not None]
        lids = {r.work_id: r.link_id or link_id(r.locator, r.input_id) for r in docs}
        existing = self.store.existing_documents([r.doc.id for r in docs])
        links = self.store.existing_links(lids.values())
        sigs = {r.work_id: idx.from_bytes(r.minhash) for r in docs if r.minhash and r.doc.id not in existing}
        keys = {w: idx.band_keys(m) for w, m in sigs.items() if m is not None}
        cands = self.store.near_dup_candidates(k for ks in keys.values() for k in ks)
        stored_sigs = {d: idx.from_bytes(b) for d, b in
                       self.store.minhashes({d for ids in cands.values() for d in ids}).items()}
        here: dict[str, str | None] = {}          # documents of this batch: id -> locator
        seconds = s.seconds

        def reject(rej: Rejection) -> None:
            batch.add(schema.rejections, _rejection_row(rej, now))
            s.rejected[rej.code] += 1
            events.append(("rejected", rej))

        for r in results:
            for stage, sec in r.seconds:
                seconds[stage] += sec
            if r.rejection is not None or r.doc is None:
                rej = r.rejection or Rejection(r.locator, "component_failed", "no result", input_id=r.input_id)
                reject(rej)
                batch.done.append({"id": r.work_id, "outcome": f"rejected:{rej.code}"})
                continue
            doc = r.doc
            if doc.id in existing or doc.id in here:
                loc = existing[doc.id] if doc.id in existing else here[doc.id]
                lid = lids[r.work_id]
                if loc == r.locator or lid in links:
                    s.unchanged += 1
                    outcome = "unchanged"
                else:
                    links.add(lid)
                    add("document_links", (lid, doc.id, "duplicate", r.locator, r.input_id, r.url, now))
                    s.duplicates += 1
                    outcome = "duplicate"
                batch.done.append({"id": r.work_id, "outcome": outcome, "doc_id": doc.id})
                continue
            m = sigs.get(r.work_id)
            near = None
            if m is not None:
                pool = {d: stored_sigs[d] for k in keys[r.work_id] for d in cands.get(k, ()) if stored_sigs.get(d) is not None}
                near = idx.best_match(m, pool)
                for k in keys[r.work_id]:   # later documents of this batch are checked against this one too
                    cands.setdefault(k, []).append(doc.id)
                    add("minhash_bands", (k, doc.id))
                stored_sigs[doc.id] = m
            src = r.locator.split("#")[0]
            sid = r.source_id or source_id(r.kind, r.locator)
            add("sources", (sid, r.kind, src, now))
            extracted = near is None and r.rows is not None
            add("documents", doc_shape.getter(document_row(
                doc, sid, minhash=r.minhash, near_duplicate_of=near[0] if near else None,
                similarity=near[1] if near else None, extracted=extracted, ingested_at=now)))
            here[doc.id] = r.locator
            if extracted:
                for name, rows in r.rows:
                    for row in rows:
                        add(name, row)
                s.events += r.n_events
                for comp, msg in r.errors:   # a component that failed on this document: stored, counted
                    s.component_errors[comp] += 1
                    rej = Rejection(doc.locator or doc.id, "component_failed", f"{comp}: {msg}",
                                    input_id=f"{doc.id}#{comp}")
                    batch.add(schema.rejections, _rejection_row(rej, now))
            elif near is None and r.extract_rejection is not None:
                reject(r.extract_rejection)
            if near:
                s.near_duplicates += 1
            else:
                s.stored += 1
            events.append(("stored", doc))
            batch.done.append({"id": r.work_id, "outcome": "near_duplicate" if near else "stored", "doc_id": doc.id})
        t0, c1 = time.perf_counter(), time.thread_time()
        s.cpu["writer: decide + rows"] += c1 - c0
        self.store.write_batch(batch, done_at=now)
        s.seconds["write"] += time.perf_counter() - t0
        s.cpu["writer: SQL"] += time.thread_time() - c1
        if self.on_event:
            for kind, obj in events:
                self.on_event(kind, obj)


def _now() -> str:
    from ..store import now_iso
    return now_iso()


def _rejection_row(rej: Rejection, now: str | None = None) -> dict:
    return {"id": rej.id, "locator": rej.locator, "input_id": rej.input_id, "code": rej.code,
            "message": rej.message[:2000], "created_at": now or _now()}


# -- the driver ----------------------------------------------------------------------------------------------
def chunks(items: Iterable, size: int, workers: int = 1) -> Iterator[list]:
    """``items`` in lists of ``size``. With several workers the input is read a few partitions ahead, and what
    is left when it ends goes out in shrinking partitions (the remainder over twice the workers, down to an
    eighth of ``size``), so the workers finish together instead of one running the last full partition alone.
    Partition boundaries change no stored row: the writer decides in input order against the store and the
    documents of its own batch."""
    it = iter(items)
    if workers <= 1:
        while chunk := list(islice(it, size)):
            yield chunk
        return
    ahead: deque = deque()
    while True:
        chunk = list(islice(it, size))
        if len(chunk) < size:
            ahead.append(chunk)
            break
        ahead.append(chunk)
        if len(ahead) > 2 * workers:
            yield ahead.popleft()
    rest = [x for c in ahead for x in c]
    smallest = max(1, size // 8)
    i = 0
    while i < len(rest):
        n = max(smallest, min(size, -(-(len(rest) - i) // (2 * workers))))
        yield rest[i:i + n]
        i += n


def _partitions(items: Iterable, store: Store, ledger, summary: IngestSummary, size: int,
                tick: Callable[[], None], workers: int = 1) -> Iterator[list]:
    """Read items, register them in the ledger, and yield the claimed, unfinished ones in partitions."""
    it = chunks(items, size, workers)
    while True:
        t0, c0 = time.perf_counter(), time.thread_time()
        chunk = next(it, None)
        if not chunk:
            return
        ids = [work_id(x) for x in chunk]
        ledger.register(zip(ids, [x.locator for x in chunk]))
        done = ledger.outcomes(ids)
        claimed = ledger.claim([i for i in dict.fromkeys(ids) if i not in done])
        summary.seconds["read"] += time.perf_counter() - t0
        summary.cpu["read + ledger"] += time.thread_time() - c0
        todo = []
        for x, i in zip(chunk, ids):
            summary.items += 1
            if i in done:
                summary.resumed += 1
                outcome = done[i] or ""
                if outcome.startswith("rejected:"):
                    summary.rejected[outcome[9:]] += 1
                else:
                    summary.unchanged += 1
                tick()
            elif i in claimed:
                todo.append(x)
            else:
                summary.claimed_elsewhere += 1
        if todo:
            yield todo


def ingest_items(items: Iterable[RawItem | Rejection], store: Store, cfg: Config, *,
                 progress: bool | None = None, extract: Extractor | bool | None = None,
                 on_event: Callable[[str, object], None] | None = None,
                 engine=None) -> IngestSummary:
    """Store every item as a document, a duplicate link, a near-duplicate or a rejection.

    ``extract``: an extractor to run in this process, True for the configured pipeline (built in each worker),
    or None/False for none. ``engine``: a ``LocalEngine`` or ``run.dask.DaskEngine`` (default: the local
    engine with ``cfg.workers`` processes). Each partition of ``cfg.ingest_batch`` items is committed in one
    transaction with its ledger marks, so a killed run loses at most the partitions in flight, and re-running
    skips what was done and stores nothing twice (content-hash keys).
    """
    summary = IngestSummary()
    index = NearDuplicateIndex(cfg.near_duplicate_threshold, cfg.minhash_perm)
    ensure_band_index(store, index)
    own_engine = engine is None
    if engine is None:
        spec = WorkerSpec(cfg, extract=bool(extract))
        engine = LocalEngine(spec, cfg.workers, extractor=extract if callable(extract) else None)
    ledger = store.ledger(lease_s=cfg.ledger_lease)
    writer = Writer(store, index, summary, on_event)
    show = (cfg.progress and sys.stderr.isatty()) if progress is None else progress
    bar = task = None
    if show:
        from rich.console import Console
        from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        bar = Progress(SpinnerColumn(), TextColumn("[bold]ingesting"), MofNCompleteColumn(), TimeElapsedColumn(),
                       TextColumn("{task.description}"), console=Console(stderr=True), transient=True)
        bar.start()
        task = bar.add_task("", total=None)

    def tick(n: int = 1) -> None:
        if bar is not None:
            bar.update(task, advance=n, description=f"stored {summary.stored} · rejected {summary.rejected_total}")

    window = 2 * max(1, getattr(engine, "workers", 1)) + 1
    c_main, c_proc = time.thread_time(), time.process_time()
    try:
        parts = _partitions(items, store, ledger, summary, cfg.ingest_batch, tick, getattr(engine, "workers", 1))
        for _items, results in ordered_results(engine, parts, window):
            writer.write(results)
            tick(len(results))
        # the driver's CPU besides reading and writing: its main thread (submitting, taking results, the local
        # engine's own work when it runs in this process) and its other threads (a LocalCluster's scheduler,
        # nannies and client, which receive and unpickle the results)
        c_main, c_proc = time.thread_time() - c_main, time.process_time() - c_proc
        summary.cpu["engine: main thread"] += max(0.0, c_main - sum(summary.cpu.values()))
        summary.cpu["engine: other threads"] += max(0.0, c_proc - c_main)
    except BaseException:
        ledger.release()   # an orderly stop hands its unfinished claims back at once
        raise
    finally:
        if bar is not None:
            bar.stop()
        if own_engine:
            engine.close()
    return summary

