"""The extraction pipeline: relevance screen -> event candidates (regex) -> spaCy NER (only when there is
something to extract) -> geocoding -> events; quotes and claims from their own components.

``Pipeline.from_config(cfg).extract_document(doc)`` -> ``model.Extraction`` (used by ``marsad ingest``);
``Pipeline.process_record(rec)`` -> ``{"events", "claims", "quotes"}`` for ``marsad extract``.
A component that fails on one document is recorded in ``Extraction.versions`` as ``("error:<name>", msg)``
and the rest of the document is still extracted; only an event-stage failure raises ``ComponentError``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import model
from ..annotate import dates as dates_mod
from ..annotate import nlp as nlp_mod
from ..annotate import numbers as numbers_mod
from ..config import Config
from ..errors import ComponentError, InputError
from ..ingest.limits import check_text, check_unicode
from ..extract import actors as actors_mod
from ..extract import assemble
from ..geocode import event_place
from ..extract import events as events_mod
from ..extract import taxonomy

VERSION = "pipeline-1"
# Documents extracted outside a spaCy memory zone before every later one runs inside one. The first documents
# leave their common words in the vocabulary (and the tokenizer's cache) for good; later documents' new words
# are forgotten after each document. Zones from the very first document cost ~12% more CPU, since each document
# then rebuilds the lexemes of even its commonest words. The output is the same either way.
ZONE_AFTER = 256

@dataclass
class Pipeline:
    cfg: Config
    quotes: bool = True
    claims: bool = True
    geocode: bool = True
    # In the events-only mode (no full parse), toponyms come from the gazetteer alone: spaCy NER over the
    # event windows gave identical dev-set figures (GTD admin1/25 km/fatalities) at a fifth of the time.
    ner: bool = False
    _geocoder: Any = None
    _geocoder_error: str | None = None
    _nlp: Any = None
    _calibration: Any = None   # extract.confidence.Calibration from the `calibration` key, else None
    versions: tuple = field(default=())
    _seen: int = 0             # documents this pipeline has extracted (see ZONE_AFTER)

    @classmethod
    def from_config(cls, cfg: Config, *, quotes: bool = True, claims: bool = True, geocode: bool = True) -> "Pipeline":
        p = cls(cfg, quotes=quotes, claims=claims, geocode=geocode)
        p.versions = (("pipeline", VERSION), ("nlp", nlp_mod.VERSION), ("events", events_mod.VERSION),
                      ("taxonomy", taxonomy.VERSION), ("actors", actors_mod.VERSION),
                      ("assemble", assemble.VERSION), ("place", event_place.VERSION),
                      ("numbers", numbers_mod.VERSION), ("dates", dates_mod.VERSION),
                      ("spacy_model", cfg.spacy_model))
        if cfg.calibration:
            from ..extract.confidence import Calibration
            p._calibration = Calibration.load(cfg.calibration)
            p.versions += (("calibration", p._calibration.tag),)
        return p

    # -- lazily loaded components ------------------------------------------------------------------------
    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = nlp_mod.load_nlp(self.cfg.spacy_model)
        return self._nlp

    @property
    def geocoder(self):
        if self._geocoder is None and self._geocoder_error is None and self.geocode:
            from ..geocode.resolve import Geocoder
            # a missing or corrupt gazetteer raises GazetteerError (with its remedy): never events without
            # coordinates, silently
            self._geocoder = Geocoder.from_config(self.cfg)
        return self._geocoder

    def ready(self) -> "Pipeline":
        """Open what every document needs (the gazetteer) now, so that a missing one stops the run at once."""
        _ = self.geocoder
        return self

    # -- one document --------------------------------------------------------------------------------------
    def extract_document(self, doc: model.CleanDocument) -> model.Extraction:
        """Events (after a cheap relevance screen), and quotes and claims from EVERY document: who says
        what, and the causes they cite, matter in reports that describe no event too. One full spaCy parse
        is shared by quotes, claims and the geocoder. After the first ``ZONE_AFTER`` documents the spaCy
        objects live only inside a memory zone (``nlp.memory_zone``): the plain records come out, the
        document's new vocabulary is forgotten, and a worker that reads 100,000 reports does not grow."""
        self._seen += 1
        if self._seen <= ZONE_AFTER:   # the first documents teach the vocabulary its common words for good
            return self._extract(doc)
        with nlp_mod.memory_zone():
            return self._extract(doc)

    def _extract(self, doc: model.CleanDocument) -> model.Extraction:
        text = doc.text or ""
        check_text(text, max_chars=self.cfg.max_chars, max_sentences=self.cfg.max_sentences)
        versions = list(self.versions)
        relevant = events_mod.has_trigger(text)
        cands = []
        if relevant:
            try:
                cands = events_mod.detect(text, doc.published)
            except Exception as e:
                raise ComponentError(f"event detection failed: {type(e).__name__}: {e}") from e
            if len(cands) > self.cfg.max_events:
                raise InputError(f"{len(cands):,} event mentions, over the limit of {self.cfg.max_events:,}",
                                 code="too_many_events")
        sdoc = None
        if (self.quotes or self.claims) and text.strip():
            try:
                sdoc = nlp_mod.parse(text, self.cfg.spacy_model)   # the full parse only where it is needed
            except ImportError:
                pass
            except Exception as e:
                versions.append(("error:nlp", f"{type(e).__name__}: {e}"))
        places: tuple[model.Place, ...] = ()
        if cands:
            places = self._places(text, doc.published, cands, sdoc, versions)
        placer = event_place.EventPlacer(self._geocoder) if self._geocoder is not None else None
        events = assemble.build_events(doc, text, cands, places, versions, placer, self._calibration)
        quotes: tuple = ()
        claims: tuple = ()
        if self.quotes and sdoc is not None:
            try:
                from ..annotate.quotes import extract_quotes
                quotes = tuple(extract_quotes(text, doc=sdoc))
                versions.append(("quotes", _mod_version("marsad.annotate.quotes")))
            except ImportError:
                pass
            except Exception as e:
                versions.append(("error:quotes", f"{type(e).__name__}: {e}"))
        if self.claims and sdoc is not None:
            try:
                from ..extract.claims import extract_claims
                claims = tuple(extract_claims(text, published=doc.published, quotes=quotes, doc=sdoc,
                                              causal=self.cfg.causal_scheme))
                versions.append(("claims", _mod_version("marsad.extract.claims")))
                from ..extract import driver_model
                versions.append(("drivers", f"{_mod_version('marsad.extract.drivers')}; {driver_model.TAG}"))
            except ImportError:
                pass
            except Exception as e:
                versions.append(("error:claims", f"{type(e).__name__}: {e}"))
        return model.Extraction(doc_id=doc.id, events=tuple(events), claims=claims, quotes=quotes,
                                places=places, relevant=relevant or bool(quotes or claims),
                                versions=tuple(versions))

    def _places(self, text, published, cands, sdoc, versions) -> tuple[model.Place, ...]:
        """Toponyms of the event passages. Without a full parse, NER and the geocoder run only on the
        windows around the event sentences (the sentence before each, and the opening sentence for the
        dateline), which is what keeps extraction cheaper than NER over the whole article."""
        gc = self.geocoder
        if gc is None:
            if self._geocoder_error:
                versions.append(("error:geocode", self._geocoder_error))
            return ()
        try:
            if sdoc is not None:
                places = tuple(gc.geoparse(text, published=published, doc=sdoc))
            else:
                places = []
                segs = event_place.windows(text, cands)
                try:
                    docs = (list(self.nlp.pipe([text[a:b] for a, b in segs])) if self.ner
                            else [None] * len(segs))
                except Exception as e:
                    versions.append(("error:nlp", f"{type(e).__name__}: {e}"))
                    docs = [None] * len(segs)
                for (a, b), d in zip(segs, docs):
                    for p in gc.geoparse(text[a:b], published=published, doc=d):
                        places.append(event_place.shift(p, a))
                places = tuple(places)
            versions.append(("geocode", getattr(gc, "version", "?")))
            return places
        except Exception as e:
            versions.append(("error:geocode", f"{type(e).__name__}: {e}"))
            return ()

    # -- batch ---------------------------------------------------------------------------------------------
    def process_record(self, rec: dict) -> dict:
        text = rec.get("text")
        if not isinstance(text, str):
            raise InputError('the line needs a "text" string field', code="missing_field")
        check_unicode(text)
        pub = rec.get("published")
        if pub is not None and not isinstance(pub, str):
            pub = None
        if pub is not None and pub.strip():
            from ..ingest.clean import iso_date
            iso = iso_date(pub)
            if iso is None:
                raise InputError(f"published {pub[:80]!r} is not a date", code="bad_published")
            pub = iso
        title = rec.get("title") if isinstance(rec.get("title"), str) else None
        url = rec.get("url") if isinstance(rec.get("url"), str) else None
        rid = rec.get("id")
        doc = model.CleanDocument(id=model.text_hash(text), text=text, title=title, url=url,
                                  published=pub[:10] if pub else None,
                                  input_id=str(rid) if rid is not None else None)
        ex = self.extract_document(doc)
        out = {"events": [_event_json(e) for e in ex.events],
               "claims": [model.to_dict(c) for c in ex.claims],
               "quotes": [model.to_dict(q) for q in ex.quotes]}
        errs = [f"{k[6:]}: {v}" for k, v in ex.versions if k.startswith("error:")]
        if errs:
            out["warnings"] = errs
        return out


def _event_json(e: model.Event) -> dict:
    d = model.to_dict(e)
    d["evidence"] = [{"field": x.field, "start": x.start, "end": x.end, **({"inferred": True} if x.inferred else {})}
                     for x in e.evidence]
    d["versions"] = dict(e.versions)
    return d


def _mod_version(name: str) -> str:
    import sys
    m = sys.modules.get(name)
    return str(getattr(m, "VERSION", "?")) if m else "?"


# -- process pool for `marsad extract --workers N` ---------------------------------------------------------
_WORKER: Pipeline | None = None


def _init_worker(cfg: Config, quotes: bool = True, claims: bool = True) -> None:
    global _WORKER
    _WORKER = Pipeline.from_config(cfg, quotes=quotes, claims=claims)


def _work(rec: dict) -> dict:
    from .batch import process_one
    assert _WORKER is not None
    return process_one(rec, _WORKER.process_record, timeout=_WORKER.cfg.doc_timeout)


def pool_mapper(cfg: Config, workers: int, *, quotes: bool = True, claims: bool = True):
    """A ``run_batch`` mapper that spreads records over ``workers`` processes, keeping input order; a dead
    worker never hangs it (``batch.pool_map``). Call ``.close()`` when done."""
    from .batch import pool_map

    Pipeline.from_config(cfg, quotes=quotes, claims=claims).ready()  # a missing gazetteer stops here
    # load the spaCy pipeline the workers will use once, before forking: they share it copy-on-write and
    # start at once (the events-only mode needs no spaCy model at all)
    if quotes or claims:
        try:
            nlp_mod.load_full(cfg.spacy_model)
        except ImportError:
            pass
    return pool_map(workers, _init_worker, (cfg, quotes, claims), _work)
