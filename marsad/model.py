"""Frozen dataclasses passed between the stages.

Stages import this module and the stages upstream of them; they never import the store, the runners
or the faces (CLI, API). Every record that leaves a stage is immutable and serialisable with
``to_dict()``. Offsets are Python ``str`` offsets into the document text, end exclusive.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, Mapping, Protocol


def content_hash(*parts: Any, prefix: str = "", length: int = 16) -> str:
    """Stable hex id from the JSON of ``parts`` (sha256). Used for every id, so re-runs are idempotent."""
    h = hashlib.sha256()
    for p in parts:
        h.update(json.dumps(p, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
        h.update(b"\x1f")
    return prefix + h.hexdigest()[:length]


def text_hash(text: str) -> str:
    """The content hash of a document: sha256 of its whitespace-normalised text."""
    norm = " ".join(text.split())
    return "doc_" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:24]


def to_dict(obj: Any) -> Any:
    """Dataclass -> plain JSON-able dict (tuples become lists)."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


@dataclass(frozen=True)
class RawItem:
    """One item read by a source, before cleaning: a file, a JSONL line, a feed entry, a WARC record."""

    locator: str                 # where it came from: a path, URL, "path#line=3", "path#record=12"
    kind: str                    # html | text | jsonl | feed | warc
    body: str | bytes | None     # the raw payload (HTML or text)
    is_html: bool = False
    input_id: str | None = None  # an id given by the input (JSONL "id")
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date/datetime given by the input
    author: str | None = None


@dataclass(frozen=True)
class Rejection:
    """A bad input, stored with its reason so that nothing is lost."""

    locator: str
    code: str
    message: str
    input_id: str | None = None

    @property
    def id(self) -> str:
        return content_hash(self.locator, self.code, self.input_id, prefix="rej_")


@dataclass(frozen=True)
class CleanDocument:
    """Clean text and metadata of one document. ``id`` is the content hash of the text."""

    id: str
    text: str
    title: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    published: str | None = None   # ISO date (YYYY-MM-DD) or None
    language: str | None = None    # ISO 639-1 or None
    locator: str | None = None
    input_id: str | None = None
    extractor: str | None = None   # which component produced the text, with its version


@dataclass(frozen=True)
class Place:
    """A toponym in a text, resolved to a gazetteer entry (or not: coordinates None)."""

    start: int
    end: int
    text: str
    name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_code: str | None = None
    geonameid: int | None = None
    confidence: float = 0.0
    population: int | None = None
    demonym: bool = False          # "Iraqi" -> Iraq: a place reference, never an event location


@dataclass(frozen=True)
class Location:
    """Where an event happened: a resolved place plus ACLED's geo_precision (1 town, 2 near/part, 3 region)."""

    place: Place | None
    geo_precision: int | None = None
    relation: str | None = None        # e.g. "20 km west of", "outskirts of", "rural areas of"
    urban: bool | None = None


class EventPlacer(Protocol):
    """What event assembly (extract) asks of the downstream geocode stage, handed in by the runner
    (``geocode.event_place.EventPlacer``): the event's place among the report's places, and its names."""

    def choose(self, text: str, candidate: Any, places: tuple[Place, ...]) -> tuple[Place | None, int | None]: ...

    def dominant_country(self, places: tuple[Place, ...]) -> str | None: ...

    def fold(self, name: str) -> str: ...

    def admin1_of(self, text: str, place: Place | None, places: tuple[Place, ...],
                  event_date: str | None) -> str | None: ...


@dataclass(frozen=True)
class Evidence:
    field: str          # which event field this supports ("event", "actor1", "fatalities", ...)
    start: int
    end: int
    inferred: bool = False


@dataclass(frozen=True)
class Event:
    id: str
    doc_id: str
    event_date: str | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    country: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    attacker_fatalities: int | None = None
    confidence: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    plover_type: str | None = None
    cameo_root: str | None = None
    negated: bool = False
    versions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Quote:
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    role: str | None
    affiliation: str | None
    anonymity: str                  # named | pseudonym | anonymous | unnamed_official
    start: int
    end: int
    medium: str | None = None
    direct: bool = True
    cue: str | None = None


@dataclass(frozen=True)
class Claim:
    kind: str                        # aggregate | causal
    start: int
    end: int
    claimant: str | None = None
    hedged: bool = False
    # aggregate
    quantity: float | None = None
    low: float | None = None
    high: float | None = None
    counted: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    scope: dict | None = None
    trend: str | None = None
    qualifier: str | None = None     # "about", "up to", "more than" (aggregate figures as stated)
    unit: str | None = None          # people | attacks | places | times | percent
    # causal
    cause: Span | None = None
    effect: Span | None = None
    driver: str | None = None
    polarity: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    doc_id: str
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    relevant: bool = True
    versions: tuple[tuple[str, str], ...] = ()


# -- fusion (marsad/fuse) and review records --------------------------------------------------------
@dataclass(frozen=True)
class Decision:
    """An analyst's decision about two events (mention ids): ``merge`` (same incident) or ``split``."""

    kind: str                     # merge | split
    event_a: str
    event_b: str
    reason: str | None = None
    decided_by: str | None = None

    @property
    def id(self) -> str:
        a, b = sorted((self.event_a, self.event_b))
        return content_hash("manual", a, b, prefix="dec_")


@dataclass(frozen=True)
class SourceRef:
    """One report of a fused event: the per-report event and what it said."""

    event_id: str
    doc_id: str
    event_date: str | None
    sub_event_type: str
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    actor1: str | None
    actor2: str | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class MergeRecord:
    """Why ``event_id`` joined the fused event: the member it matched best, the score and the reason."""

    event_id: str
    matched: str
    score: float
    reason: str
    kind: str = "auto"            # auto | manual


@dataclass(frozen=True)
class FusedEvent:
    id: str
    event_date: str | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    inter1: int | None
    inter2: int | None
    country: str | None
    country_code: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    injured: int | None
    number_of_sources: int
    sources: tuple[SourceRef, ...]
    merges: tuple[MergeRecord, ...] = ()
    disagreements: tuple[tuple[str, tuple], ...] = ()   # (field, distinct values reported)
    versions: tuple[tuple[str, str], ...] = ()

    @property
    def event_ids(self) -> tuple[str, ...]:
        return tuple(s.event_id for s in self.sources)


@dataclass(frozen=True)
class ReviewEntry:
    """One line of the append-only review log: an analyst's decision about a fused event.

    Anchored to stable keys, never to row ids: ``anchors`` are the per-report event ids (content hashes of
    document + type + evidence) of the fused event decided on, ``with_anchors`` those of the other events of a
    merge, or the members a split takes out. ``machine`` is what the machine said under the decision (the
    fields it concerns, and the members): when a re-run changes it, the decision is queued again, not applied.
    ``at`` comes from the face that recorded it (CLI, API), never from the pipeline.
    """

    action: str                              # confirm | edit | reject | merge | split
    anchors: tuple[str, ...]
    at: str
    reviewer: str
    target: str | None = None                # the fused event's id when decided (for reading the log)
    with_anchors: tuple[str, ...] = ()
    fields_before: dict | None = None        # the published values of the fields concerned, before ...
    fields_after: dict | None = None         # ... and after the decision
    machine: dict | None = None              # the machine output under the decision
    reason: str | None = None

    @property
    def id(self) -> str:
        return content_hash(self.action, sorted(self.anchors), self.at, self.reviewer, sorted(self.with_anchors),
                            self.fields_after, self.reason, prefix="rev_")


def _ev_list(evidence: tuple[Evidence, ...]) -> list[dict]:
    return [{"field": e.field, "start": e.start, "end": e.end, "inferred": e.inferred} for e in evidence]


def source_to_dict(s: SourceRef) -> dict:
    d = dict(s.__dict__)
    d["evidence"] = _ev_list(s.evidence)
    return d


def fused_to_dict(f: FusedEvent) -> dict:
    """The same as ``model.to_dict(f)``, several times faster (fusion writes many of them)."""
    d = dict(f.__dict__)
    d["sources"] = [source_to_dict(s) for s in f.sources]
    d["merges"] = [dict(m.__dict__) for m in f.merges]
    d["disagreements"] = [[k, list(v)] for k, v in f.disagreements]
    d["versions"] = [list(v) for v in f.versions]
    return d


def event_from_dict(d: Mapping) -> Event:
    """An Event back from its ``to_dict()`` JSON (as stored in events.data)."""
    names = {f.name for f in fields(Event)}
    kw = {k: v for k, v in d.items() if k in names}
    kw["evidence"] = tuple(Evidence(**x) if isinstance(x, Mapping) else Evidence(*x) for x in d.get("evidence") or ())
    kw["versions"] = tuple(tuple(x) for x in d.get("versions") or ())
    return Event(**kw)


def fused_from_dict(d: Mapping) -> FusedEvent:
    """A FusedEvent back from its ``to_dict()`` JSON (as stored in fused_events.data)."""
    names = {f.name for f in fields(FusedEvent)}
    kw = {k: v for k, v in d.items() if k in names}
    kw["sources"] = tuple(SourceRef(**{**s, "evidence": tuple(Evidence(**e) for e in s.get("evidence") or ())})
                          for s in d.get("sources") or ())
    kw["merges"] = tuple(MergeRecord(**m) for m in d.get("merges") or ())
    kw["disagreements"] = tuple((f, tuple(v)) for f, v in d.get("disagreements") or ())
    kw["versions"] = tuple(tuple(x) for x in d.get("versions") or ())
    return FusedEvent(**kw)


__all__ = [n for n in dir() if n[:1].isupper()] + ["content_hash", "text_hash", "to_dict", "asdict", "field"]
