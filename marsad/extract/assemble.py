"""Event assembly (issue 9): one event ``Candidate`` of ``extract.events`` + the report's places ->
``model.Event`` with its place (chosen by the geocode stage's ``model.EventPlacer``), date, toll, actors, taxonomy crosswalk, confidence and
evidence spans; the ACLED country name of a country code; duplicate events of one report dropped.

``build_event(doc, text, candidate, places, versions, placer)`` is pure: the placer (or None, no place) is
passed in by the runner, which only composes the stages; extract never imports the downstream geocode stage.
"""
from __future__ import annotations

import re

from .. import model
from ..annotate import dates as dates_mod
from ..annotate import numbers as numbers_mod
from . import confidence
from . import events as events_mod
from . import taxonomy

VERSION = "assemble-1"
REPORT_PENALTY = 0.1   # hand-set from the tune halves' reliability: events of full reports are right less often

_ACLED_COUNTRY = {"IR": "Iran", "SY": "Syria", "RU": "Russia", "KR": "South Korea", "KP": "North Korea",
                  "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "TZ": "Tanzania",
                  "VE": "Venezuela", "BO": "Bolivia", "PS": "Palestine", "LA": "Laos", "VN": "Vietnam",
                  "MD": "Moldova", "TW": "Taiwan", "CI": "Ivory Coast", "GB": "United Kingdom",
                  "US": "United States", "TR": "Turkey", "MM": "Myanmar", "CZ": "Czech Republic",
                  "SZ": "eSwatini", "CV": "Cape Verde", "FM": "Micronesia", "BN": "Brunei", "SS": "South Sudan"}


def country_name(cc: str | None) -> str | None:
    """The country as ACLED names it ("SY" -> "Syria"), or None."""
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


def calibrate(raw: float, calibration=None, regime: str | None = None) -> float:
    """The rule score as a confidence: the shipped hand-set map, then the user's fitted map (for the
    document's regime when it has one) when the ``calibration`` configuration key names one."""
    conf = confidence.default(raw)
    return calibration(conf, regime) if calibration is not None else conf


# "Initially 18 people were reported dead", "an earlier toll of 12", "first reports said four": a figure the
# report itself marks as superseded by the ones it gives after
_SUPERSEDED = re.compile(r"\b(?:initial(?:ly)?|at\s+first|first\s+reports?|early\s+reports?|earlier\s+(?:reports?|tolls?|figures?)|"
                         r"(?:had|have)\s+(?:earlier|previously|first)\s+(?:said|given|put|reported|announced|told)|"
                         r"(?:a|an|the)\s+(?:previous|preliminary|earlier|initial)\s+(?:death\s+)?(?:tolls?|figures?|counts?))\b", re.I)


def current_tolls(mentions: list, text: str) -> list:
    """The casualty mentions without the death tolls the report marks as superseded (``_SUPERSEDED`` in the
    30 characters before the figure or at the head of its clause), where another death toll is left."""
    def superseded(m) -> bool:
        if m.kind != "killed" or m.attackers:
            return False
        a = max(0, m.start - 30)
        head = max(text.rfind(".", 0, m.start), text.rfind(";", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        return bool(_SUPERSEDED.search(text, a, m.end) or _SUPERSEDED.match(text[head:m.start].lstrip()))
    old = [m for m in mentions if superseded(m)]
    if not old or not any(m.kind == "killed" and not m.attackers and m not in old for m in mentions):
        return mentions
    return [m for m in mentions if m not in old]


_EVENT_FIELDS = ("doc_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "inter1",
                 "inter2", "country", "country_code", "admin1", "admin2", "location", "latitude", "longitude",
                 "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "injured", "attacker_fatalities")


def build_event(doc, text: str, c: events_mod.Candidate, places, versions,
                placer: model.EventPlacer | None = None, calibration=None) -> model.Event:
    """The ``model.Event`` of one candidate; ``versions`` are the component versions it records."""
    ev: list[model.Evidence] = [model.Evidence("event", c.trigger[0], c.trigger[1]),
                                model.Evidence("sentence", c.anchor[0], c.anchor[1])]
    # place
    p, geo_precision = placer.choose(text, c, places) if placer is not None else (None, None)
    cc = p.country_code if p else None
    dom = placer.dominant_country(places) if placer is not None else None
    if cc is None and dom is not None:   # no place for the event: the document's country, no coordinates
        cc = dom
    country = country_name(cc)
    location = placer.fold(p.name) if p and p.name else None   # the gazetteer's name, ASCII: one spelling per place
    if p is not None:
        ev.append(model.Evidence("location", p.start, p.end, inferred=not (c.anchor[0] <= p.start < c.anchor[1])))
    else:
        ev.append(model.Evidence("location", c.anchor[0], c.anchor[0], inferred=True))
    # date
    if c.date is not None and c.date.date is not None:
        event_date, tp = c.date.date, c.date.precision
        pub = dates_mod.parse_published(doc.published)
        if tp == 3 and pub is not None and event_date[:7] == pub.isoformat()[:7]:
            # "earlier in May", published in May: never the 1st because the month is named - the latest day
            # it can be, the publication day, at month precision
            event_date = pub.isoformat()
        ev.append(model.Evidence("event_date", c.date.start, c.date.end))
    elif c.date is not None:  # relative, no published date to resolve it against
        event_date, tp = None, None
        ev.append(model.Evidence("event_date", c.date.start, c.date.end, inferred=True))
    else:
        pub = dates_mod.parse_published(doc.published)
        event_date, tp = (pub.isoformat(), 2) if pub else (None, None)
        ev.append(model.Evidence("event_date", c.anchor[0], c.anchor[0], inferred=True))
    admin1 = placer.admin1_of(text, p, places, event_date) if p is not None else None
    # casualties
    toll = numbers_mod.event_toll(current_tolls(c.casualty_mentions, text), text, c.anchor,
                                  battle=c.event_type == "Battles")
    if c.sub_event_type == "Suicide bomb" and not toll.joint and not toll.fatalities:
        bombers = numbers_mod.self_blast_dead(text, c.sentences)
        if bombers:   # no one else reported killed: ACLED's toll is the bombers who blew themselves up
            from dataclasses import replace
            toll = replace(toll, fatalities=bombers, attacker_fatalities=toll.attacker_fatalities or bombers)
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
    if c.regime == "report":   # a full report: more incidents, more context to mistake for one
        raw -= REPORT_PENALTY
    conf = calibrate(max(0.0, min(1.0, raw)), calibration, c.regime)
    fields = dict(doc_id=doc.id, event_date=event_date, time_precision=tp, event_type=c.event_type,
                  sub_event_type=c.sub_event_type, actor1=a1, actor2=a2, inter1=i1, inter2=i2,
                  country=country, country_code=cc, admin1=admin1,
                  admin2=p.admin2 if p else None, location=location,
                  latitude=p.latitude if p else None, longitude=p.longitude if p else None,
                  geo_precision=geo_precision,
                  fatalities=None if toll.joint else toll.fatalities if toll.fatalities is not None else 0,
                  fatalities_low=toll.low, fatalities_high=toll.high, injured=toll.injured,
                  attacker_fatalities=toll.attacker_fatalities)
    assert tuple(fields) == _EVENT_FIELDS
    eid = model.content_hash(fields, [(x.field, x.start, x.end) for x in ev], prefix="evt_")
    return model.Event(id=eid, confidence=conf, evidence=tuple(ev), plover_type=plover, cameo_root=cameo,
                       versions=tuple(v for v in versions if not v[0].startswith("error:")), **fields)


def locatable(c: events_mod.Candidate, e: model.Event) -> bool:
    """ACLED codes an event only where it can place it, at least to its province (admin1): in a full
    report, an incident the report places no finer than a country is left out, the report's first event
    too (a report that names only a country most often analyses a conflict rather than telling an
    incident). An excerpt's event is kept at the document's country when nothing finer is known."""
    return not (c.regime == "report" and e.admin1 is None)


_PLACE_FIELDS = ("country", "country_code", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision")


def inherit_place(ev: model.Event, first: model.Event) -> model.Event | None:
    """A later incident of a report that names no place finer than the report's country takes the place
    of the report's first event (ACLED codes a report's incidents at the place the report tells of), with
    its location evidence marked inferred; None when the countries differ or the first event has no admin1."""
    from dataclasses import replace
    if first.admin1 is None or (ev.country_code is not None and ev.country_code != first.country_code):
        return None
    loc = next((x for x in first.evidence if x.field == "location"), None)
    evidence = tuple(replace(x, start=loc.start, end=loc.end, inferred=True) if x.field == "location" and loc else x
                     for x in ev.evidence)
    new = replace(ev, evidence=evidence, **{k: getattr(first, k) for k in _PLACE_FIELDS})
    fields = {k: getattr(new, k) for k in _EVENT_FIELDS}
    return replace(new, id=model.content_hash(fields, [(x.field, x.start, x.end) for x in evidence], prefix="evt_"))


def _told_on_its_day(c: events_mod.Candidate, doc) -> bool:
    """Does the incident's own sentence name its day in the reporting window ("on Wednesday", "on 3 May")?
    A country-level passage without one most often analyses a conflict rather than telling an incident."""
    d = c.date
    return bool(c.own_date and d is not None and d.date is not None and d.precision == 1
                and c.anchor[0] <= d.start < c.anchor[1] and not events_mod.outside_window(d, doc.published))


class _FixedPlacer:
    """An ``EventPlacer`` whose choice of place is already made (the rest is the wrapped placer's)."""

    def __init__(self, placer, place, precision):
        self._placer, self._choice = placer, (place, precision)

    def choose(self, text, c, places):
        return self._choice

    def __getattr__(self, name):
        return getattr(self._placer, name)


def placed_by_report(doc, text: str, c: events_mod.Candidate, cands: list, ev: model.Event, places, versions,
                     placer, calibration=None) -> model.Event | None:
    """A full report whose incident sentence places it no finer than a country ("gunmen raided a college
    in eastern Afghanistan on Tuesday") most often names the town or province further on ("the attackers
    climbed the college wall in Jalalabad, Nangarhar province"): the places of one report support each
    other. The event takes the place of the first later sentence that names a place finer than a country
    in the report's country (the dominant one, else the event's) and tells the incident again (the same
    kind of event, or a reference back to it or its attackers: a person's origin, a destination or other
    violence of the report place nothing), tells no other incident (another candidate's sentence) and no
    other time (all its dates outside the reporting window). None when there is no such sentence."""
    from dataclasses import replace
    home = placer.dominant_country(places) or ev.country_code
    if home is None:
        return None
    others = {s for o in cands if o is not c for s in o.sentences}
    mine = set(c.sentences)
    all_dates = dates_mod.find_dates(text, doc.published)
    spans = events_mod.split_sentences(text)
    for lab in events_mod.label_sentences(text, spans):
        a, b = lab.start, lab.end
        if b <= c.anchor[0] or (a, b) in others and (a, b) not in mine:
            continue
        if ((a, b) not in mine and lab.sub_event_type != c.sub_event_type
                and not events_mod._BACK_REFERENCE.search(text, a, b)):
            # a sentence that does not tell the incident again places nothing: someone's origin ("her
            # family came from the hill towns"), or other violence of the report (a campaign, a front line)
            continue
        ds = [d for d in all_dates if a <= d.start < b and d.date is not None]
        if ds and all(events_mod.outside_window(d, doc.published) for d in ds):
            continue
        finer = [q for q in places if a <= q.start < b and q.country_code == home and q.latitude is not None
                 and not (q.feature_code or "").startswith("PCL") and not getattr(q, "demonym", False)]
        if not finer:
            continue
        probe = replace(c, anchor=(a, b), sentences=[(a, b)])
        p, prec = placer.choose(text, probe, places)
        if p is None or p.country_code != home or (p.feature_code or "").startswith("PCL"):
            continue
        new = build_event(doc, text, c, places, tuple(versions), _FixedPlacer(placer, p, prec), calibration)
        if new.admin1 is not None:
            return new
    return None


def _same_paragraph(text: str, a: events_mod.Candidate, b: events_mod.Candidate) -> bool:
    """Is no line break between the first sentences of incidents ``a`` and ``b`` (``a`` told first)?"""
    return a.anchor[0] <= b.anchor[0] and "\n" not in text[a.anchor[0]:b.anchor[0]]


def _names_place(c: events_mod.Candidate, places, ev: model.Event | None = None) -> bool:
    """Does one of the event's own sentences name a place finer than a country? A reference the geocoder
    resolved there to a town or near one counts ("The attack took place in the state capital." after "in Zorvan
    state": the seat of Zorvan), as the place ``ev`` was given from a phrase that is no place of ``places``."""
    if any(a <= p.start < b and not (p.feature_code or "").startswith("PCL") for p in places for a, b in c.sentences):
        return True
    loc = next((x for x in ev.evidence if x.field == "location"), None) if ev is not None else None
    return bool(loc is not None and loc.end > loc.start and ev.geo_precision in (1, 2)
                and any(a <= loc.start < b for a, b in c.sentences) and not any(p.start == loc.start for p in places))


_PLURAL_TRIGGER = re.compile(r"\b(?:bombs|bombings|blasts|explosions|attacks|bombers|strikes|raids|devices)\b", re.I)
_TWO_PLACES = re.compile(r"\b(?:in|at|on)\s+(?:the\s+)?(?P<a>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s*,?\s+and\s+(?:in\s+|at\s+|on\s+|near\s+)?"
                         r"(?:the\s+)?(?:(?:city|town|province)\s+of\s+)?(?P<b>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")


def split_places(text: str, c: events_mod.Candidate, places) -> list:
    """The places of an incident told in one sentence with a plural weapon in two places ("car bombs in
    Hilla and Kirkuk killed 20", "bombings hit Baghdad and Basra"): ACLED codes one event per place (the
    same attack wave in two cities is two events). [] unless the anchor sentence names two distinct towns
    or provinces, coordinated by "and" after "in"/"at"/"on" (or after the trigger's verb), with a plural trigger."""
    a, b = c.anchor
    sent = text[a:b]
    if not _PLURAL_TRIGGER.search(sent):
        return []
    m = _TWO_PLACES.search(sent)
    if m is None:
        vm = re.search(r"\b(?:hit|struck|rocked|shook|targeted)\s+(?P<a>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s*,?\s+and\s+"
                       r"(?P<b>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})", sent)
        m = vm
    if m is None:
        return []
    out = []
    for g in ("a", "b"):
        s0, e0 = a + m.start(g), a + m.end(g)
        q = next((p for p in places if s0 <= p.start < e0 and p.latitude is not None
                  and not (p.feature_code or "").startswith(("PCL", "CONT", "RGN")) and not getattr(p, "demonym", False)), None)
        if q is None:
            return []
        out.append(q)
    if out[0].name == out[1].name or out[0].country_code != out[1].country_code:
        return []
    return out


def _split(doc, text, c, ev, places, versions, placer, calibration) -> list:
    """``ev`` as one event per place of ``split_places`` (the shared toll unknown: it cannot be apportioned)."""
    from dataclasses import replace
    two = split_places(text, c, places) if placer is not None else []
    if not two:
        return [ev]
    out = []
    for q in two:
        prec = 1 if (q.feature_code or "").startswith("PPL") else 3 if (q.feature_code or "") == "ADM1" else 2
        e = build_event(doc, text, c, places, tuple(versions), _FixedPlacer(placer, q, prec), calibration)
        if e.admin1 is None:
            return [ev]
        if e.fatalities:
            e = replace(e, fatalities=None, fatalities_low=None, fatalities_high=None)
            fields = {k: getattr(e, k) for k in _EVENT_FIELDS}
            e = replace(e, id=model.content_hash(fields, [(x.field, x.start, x.end) for x in e.evidence], prefix="evt_"))
        out.append(e)
    return out


def build_events(doc, text: str, cands: list, places, versions: list,
                 placer: model.EventPlacer | None = None, calibration=None) -> list[model.Event]:
    """The events of one document: one per candidate, without duplicates. A later incident of a full
    report that cannot be placed (``locatable``) is not coded; its toll goes to the event told before it,
    since such a passage most often details that incident ("Nine of the dead were
    guards."). A candidate that fails becomes an ``("error:event", message)`` entry of ``versions``."""
    built: list[tuple[events_mod.Candidate, model.Event]] = []
    for c in cands:
        try:
            ev = build_event(doc, text, c, places, tuple(versions), placer, calibration)
            if c.regime == "report" and ev.admin1 is None and placer is not None and _told_on_its_day(c, doc):
                ev = placed_by_report(doc, text, c, cands, ev, places, versions, placer, calibration) or ev
            if built and (not locatable(c, ev) or (c.regime == "report" and not _names_place(c, places, ev))):
                # a later incident told with no place of its own ("clashes nearby", "the militants
                # then attacked") is at the place of the report's incident, not at the last city named
                # before it (often a capital that stands for its government: "Baghdad says ..."); in a
                # report of several places, at the place of the incident told before it in its paragraph
                same = [b for b in built if b[1].admin1 is not None and _same_paragraph(text, b[0], c)]
                ev = inherit_place(ev, (same[-1] if same else built[0])[1]) or ev
            if locatable(c, ev) or (built and ev.admin1 is not None):
                built.append((c, ev))
            elif built and c.casualty_mentions:
                pc = built[-1][0]
                pc.casualty_mentions.extend(c.casualty_mentions)
                built[-1] = (pc, build_event(doc, text, pc, places, tuple(versions), placer, calibration))
        except Exception as e:
            versions.append(("error:event", f"{type(e).__name__}: {e}"))
    kept = [(c, ev) for c, ev in built if not abroad_in_passing(c, ev, built[0][1], placer, places, text)]
    kept = _share_joint_tolls(kept)
    return dedupe([e for c, ev in kept for e in _split(doc, text, c, ev, places, versions, placer, calibration)])


def _share_joint_tolls(built: list) -> list:
    """"Two bombings killed 19 ... a car bomb exploded ..., and hours later a suicide bomber struck ...": where
    one event's toll covers several incidents together (unknown: it cannot be apportioned), another event of
    the same day and province with no toll of its own shares that unknown, rather than 0 dead."""
    from dataclasses import replace
    joint = {(ev.event_date, ev.admin1) for c, ev in built
             if ev.fatalities is None and any(m.kind == "killed" and not m.attackers for m in c.casualty_mentions)}
    if not joint:
        return built
    out = []
    for c, ev in built:
        if ev.fatalities == 0 and (ev.event_date, ev.admin1) in joint and c.event_type in events_mod._STRONG_FAMILY \
                and not any(m.kind == "killed" for m in c.casualty_mentions):
            ev = replace(ev, fatalities=None, fatalities_low=None, fatalities_high=None)
            fields = {k: getattr(ev, k) for k in _EVENT_FIELDS}
            ev = replace(ev, id=model.content_hash(fields, [(x.field, x.start, x.end) for x in ev.evidence], prefix="evt_"))
        out.append((c, ev))
    return out


def abroad_in_passing(c: events_mod.Candidate, ev: model.Event, first: model.Event, placer, places, text: str = "") -> bool:
    """Is a later incident of a full report one in another country than the report's, told in one sentence
    ("the attack came days after a bombing in a neighbouring country", "in neighbouring Syria, warplanes
    bombed towns on Monday")? ("In a separate attack on Tuesday, ..." across the border is an incident the
    report tells: a day of its own and a new-scene opener.) ACLED codes the incidents a report
    is about; one abroad mentioned in passing is context (its own reports will tell it)."""
    if ev is first or c.regime != "report" or ev.country_code is None:
        return False
    if len(c.sentences) > 1 and (c.casualty_mentions or any(dates_mod.find_dates(text[a:b]) for a, b in c.sentences[1:])):
        # told over several sentences with a toll or a time of their own: an incident the report tells (a later
        # sentence that only names the same kind of weapon - "the group has built longer-range drones" - is
        # no detail of it)
        return False
    if c.own_date and events_mod.NEW_SCENE.search(text[c.anchor[0]:c.anchor[1]]):
        return False   # "In a separate attack on Tuesday, ..." across the border: an incident the report tells
    home = {first.country_code}
    dom = placer.dominant_country(places) if placer is not None else None
    if dom is not None:
        home.add(dom)
    return ev.country_code not in home


def dedupe(events: list[model.Event]) -> list[model.Event]:
    seen, out = set(), []
    for e in events:
        if e.id in seen:
            continue
        seen.add(e.id)
        out.append(e)
    return out
