"""Toponym recognition and resolution against the offline gazetteer, and event location.

Recognition runs without a neural model: capitalised token runs (and Arabic-script words) are
matched against the gazetteer's normalised-name index, longest match first, with article and
transliteration variants ("Amiriyat al-Fallujah" / "Amiriyat Fallujah", "Falluja" / "Fallujah"),
generic suffixes ("Anbar province", "Rapides Parish") and demonyms ("Iraqi"). Single words that are
common English words, parts of people's names (a title before, a first name before, a surname
re-mentioned) or sentence-initial capitals need locative evidence ("in", "near", ", Anbar").
When the caller passes a spaCy ``Doc``, its GPE/LOC/FAC entities add candidates and its PERSON/ORG
entities veto weak single-word matches.

Resolution scores every gazetteer candidate of a mention by population and feature class, then
re-scores with the document's context: the admin hierarchy written next to the name ("Rutba, Anbar"),
the countries and admin1 regions the document names, and the distance to the document's other
confidently resolved places. An unresolvable toponym is dropped on its own; the others stay.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Iterable

from rapidfuzz import fuzz

from .. import model
from ..errors import GazetteerError, InputError  # noqa: F401
from .acled import acled_admin1, acled_spellings
from .gazetteer import Entry, Gazetteer, US_STATE_ABBREV
from .lexicon import (ADMIN_SUFFIXES, ARABIC_COMMON, ARABIC_LOCATIVE, AREA_SUFFIXES, COMMON_CAPS, DIRECTION_WORDS, FUNCTION_WORDS, GIVEN_NAMES,
                      LOCATIVE_PREPS, PERSON_TITLES, STRONG_LOCATIVE)
from ..lexicons import alternation, load
from .names import ARTICLES, canon, fold, is_arabic, skeleton

VERSION = "geocode-0.1"
MAX_CHARS = 1_000_000          # longer texts are geoparsed on their first MAX_CHARS characters
MAX_CANDIDATES = 60            # per key, most populous first
MAX_TOKENS = 6                 # longest name, in tokens
_K = 20                         # candidates per name weighed against the document context
_DOMINANT = 3.0               # bonus for the document's dominant country (times its share)
_NESTED = 3.0                 # a town and a county of the document that contains it
_COUNTRY_ACRONYMS = frozenset({"US", "USA", "UK", "UAE", "EU", "DRC", "PRC"})   # even sentence-initial
_MIN_POP = 15000               # a bare single name without a locative cue: a town at least this big
_MAX_CONTEXT = 60              # names that make the context of a long document

_TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:['’](?![sS]\b)[^\W\d_]+)*|\d+", re.UNICODE)
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|az|ath)-(?=\w)", re.IGNORECASE)
_CONNECTORS = frozenset({"al", "el", "ad", "ar", "as", "an", "ash", "az", "ez", "es", "ed", "er", "et", "at", "ul",
                         "ur", "uz", "esh", "adh", "ath", "de", "del", "della", "di", "da", "do",
                         "dos", "das", "du", "des", "la", "le", "les", "of", "upon", "sur", "en", "bin",
                         "ibn", "y", "wa"})   # Arabic "and" inside a name: "Dhar wa al Nabi" (invented)
_EZAFE = frozenset({"i", "e", "ye", "yi"})
_DOTTED = sorted({*US_STATE_ABBREV, "U.S.", "U.S.A.", "U.K.", "U.A.E."}, key=len, reverse=True)
_DOTTED_RX = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(d) for d in _DOTTED) + r")(?!\w)")
_SENT_END = re.compile(r"[.!?:;\"“”]\s*$|^\s*$|\n\s*$")

_DIRECTIONAL_ADJ = frozenset("northern southern eastern western central northeastern northwestern southeastern "
                             "southwestern upper lower middle greater".split())
_SPEECH_AFTER = re.compile(r",? (?:said|says|told|added|asked|wrote|explained|noted|stated|argued|"
                           r"insisted|claimed|testified|replied|recalled|believes|thinks)\b")
_DATELINE = re.compile(r"(?:,\s*[A-Z][\w. ]{1,20})?\s*(?:\([^)]{1,30}\)\s*)?(?:--|—|–|-|:)\s")
_TO_PERSON = re.compile(r"\b(?:according|explained|said|told|talked|spoke|speaking|talking|wrote|writing|reported|"
                        r"replied|added|sent|gave|belongs|belonged|married|thanks|thanked) to $")
_TAG_BEFORE = re.compile(r"#[^\s#]*$")
_ARABIC_CLITICS = frozenset("وفبلك")
_ARABIC_COMMON_F = frozenset(fold(w) for w in ARABIC_COMMON)
_ARABIC_LOCATIVE = frozenset(fold(w) for w in ARABIC_LOCATIVE)
_PLACE_VERBS = frozenset(load("geo_place_verbs"))
_WEAK_LOCATIVE = frozenset("from to between via across through around within beyond of".split())
_FIRM_AFTER = re.compile(r"(?: & [A-Z][a-z]+\b|(?:['’]s)? (?:administration|presidency)\b)")
_LOWER_PAREN_BEFORE = re.compile(r"[a-z] ?\( ?$")
_AREA_AFTER = re.compile(r"\s+(?:" + alternation("geo_area_suffixes") + r")\b", re.IGNORECASE)
_STREET_AFTER = re.compile(r" (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Lane|Boulevard|Blvd\.|Terrace|Parkway|"
                           r"Pike|Middle School|High School|Elementary School|and [A-Z][a-z]+ "
                           r"[Ss]treets)\b")
_DEMONYM_GAP = re.compile(r" (?:(?:city|town|province|governorate|region|district|village|state) of (?:the )?)?")
_PAREN_OPEN = re.compile(r"\s?[(\[]\s?")
_PAREN_CLOSE = re.compile(r"\s?[)\],]")
_PAREN_LIST_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s?\(\s?([A-Z][\w'’ -]{1,40}),\s?$")   # "X (Y, Idleb)"
_PAREN_PARENT_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)(?:\s+(?:village|town|city|district|sub-district|subdistrict|"
                                  r"township|area|camp|neighbou?rhood|county|municipality))?\s?\(\s?$")
_SUB_UNITS = frozenset(("district", "sub-district", "subdistrict", "neighbourhood", "neighborhood", "quarter", "area",
                        "village", "town", "nahiya", "tehsil", "commune", "cercle", "township", "municipality"))
_OF_GAP = re.compile(r" of (?:the )?")
# another name of the place just named: "X (also Y)", "X (or Y)", "X, also known as Y", "X (formerly Y)"
_ALIAS_BEFORE = re.compile(r"(?:\(\s?|,\s)(?:also(?:\s(?:known\sas|spelled|spelt|written|called))?|or|aka|a\.k\.a\.|"
                           r"formerly|locally)\s(?:(?:al|el|ad|ar|as|an|ash|az)-)?$", re.IGNORECASE)
# the parent written after a name's parenthesised other name: "X (Y), Z region"
_LONGER_NAME_PARENT_GAP = re.compile(r" (?:district|sub-district|subdistrict|village|town|area|camp|township|county), ")
_ALIAS_PARENT_GAP = re.compile(r"\s?[)\]],\s?")
_ALIAS_OPEN = re.compile(r"[\w'’]\s?[(\[]\s?(?:also\s|or\s)?$")
# "Salah al-Din area of southern Tripoli", "the Karrada neighbourhood of central Baghdad"
_UNIT_OF_GAP = re.compile(r" (?:area|neighbou?rhood|district|quarter|suburb|sub-district) of (?:the )?"
                          r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? |central |eastern |western |)")
# units named after their seat town ("X governorate" whose capital is X)
_SEAT_NAMED_UNITS = frozenset(("province", "governorate", "governate", "state", "region", "prefecture"))


def _consonants(name: str | None) -> str:
    """A name's consonants, ASCII-folded: one name in two vowelings ("Duhok" / "Dahuk") has the same."""
    return re.sub(r"[^a-z]|[aeiouy]", "", fold(_DISTRICT_WORD_ANY.sub("", name or "")).lower())


_BEARING_NAME = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s+(\S.*)")
_DISTRICT_WORD_ANY = re.compile(r"\s+(?:district|governorate|province|region|state|muhafazah)$", re.IGNORECASE)
_HIER_GAP = re.compile(r" (?:town|city|village|district|area|sub-district|municipality), ")   # "Zabid city, Hodeidah"
_LEVEL_BONUS = {-1: 3.0, 0: 4.5, 1: 2.5, 2: 0.0, 3: 0.0}


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    cap: bool            # capitalised / Arabic script / al-Capitalised
    lower: str


@dataclass
class Mention:
    start: int
    end: int
    text: str
    ids: list = field(default_factory=list)        # [(id, kind)]
    n_tokens: int = 1
    suffix: str | None = None                      # "province", "county", ...
    demonym: bool = False
    locative: bool = False                         # a locative cue before it
    hier_after: "Mention | None" = None            # ", Anbar" right after it
    sent_initial: bool = False
    from_ner: bool = False
    person_like: bool = False                      # a person title right before it
    name_part: str | None = None                   # inside a longer capitalised name: "surname" / "first"
    candidates: list = field(default_factory=list) # [Entry]
    kinds: list = field(default_factory=list)      # match kind of each candidate (1 name, 2 skeleton, 3 demonym)
    initial_after: bool = False                    # followed by an initial: "Michael J. Fox"
    speech_after: bool = False                     # followed by a speech verb: "Henry said"
    after_given: bool = False                      # right after a given name: "Colin Varga"
    abbrev: bool = False                           # a known dotted abbreviation: "U.S.", "La."
    street: bool = False                           # followed by a street or building word: "Holloway Street"
    modifier: bool = False                         # a country as a modifier: "Saudi-led", "US forces"
    sub_unit: bool = False                         # written as a part of the next name: "X area of Y"
    is_parent: bool = False                        # the parent in "Watertown, New York": a region
    hier_strict: bool = False                      # the parent is in parentheses or typed: "Koya (Erbil)"
    loose: bool = False                            # matched only by a looser key: "Abbott Abad" = "Abbottabad"
    coordinated: bool = False                      # locative only as the next of a list: "في الكويت والجهراء"
    paren_region: bool = False                     # in parentheses after a name: "Zorvanka (Idleb)"
    run_end: int = -1                              # end of the longer capitalised name it begins, if any
    scores: list = field(default_factory=list)
    best: Entry | None = None
    confidence: float = 0.0


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        first = t[0]
        cap = first.isupper() or is_arabic(first) or bool(_ARTICLE_PREFIX.match(t) and len(t) > 3 and t[3:4].isupper())
        out.append(_Tok(m.start(), m.end(), t, cap, t.lower()))
    return out


def _gap_ok(text: str, a: _Tok, b: _Tok) -> bool:
    if is_arabic(a.text[:1]) != is_arabic(b.text[:1]):
        return False
    g = text[a.end:b.start]
    if g == ". " and a.text in ("St", "Ste", "Ft", "Mt"):   # "St. Louis", "Ft. Worth"
        return True
    return g in (" ", "-", "- ", " -", "_") or (g.strip() == "" and "\n" not in g and len(g) <= 2)


class Geocoder:
    """Recognise and resolve toponyms with an offline gazetteer. One per process (it holds a SQLite
    connection and caches); cheap to call per document."""

    def __init__(self, gazetteer: Gazetteer | str | None = None):
        self.gaz = gazetteer if isinstance(gazetteer, Gazetteer) else Gazetteer(gazetteer)
        self.version = VERSION
        self._cc_cache: dict[str, str | None] = {}
        self._acled_ids: dict[str, tuple] | None = None

    @classmethod
    def from_config(cls, cfg) -> "Geocoder":
        return cls(Gazetteer(cfg.gazetteer_path))

    # ------------------------------------------------------------------------------------------
    # recognition
    def _spans(self, text: str, toks: list[_Tok]) -> list[tuple[int, int, int, int]]:
        """Candidate token spans (i, j) with j exclusive, over capitalised runs."""
        spans = []
        n = len(toks)
        i = 0
        while i < n:
            if not toks[i].cap:
                i += 1
                continue
            # the run of capitalised tokens (with connectors) starting at i
            j = i + 1
            while j < n and _gap_ok(text, toks[j - 1], toks[j]):
                if toks[j].cap:
                    j += 1
                elif toks[j].lower in _CONNECTORS and j + 1 < n and toks[j + 1].cap and _gap_ok(text, toks[j], toks[j + 1]):
                    j += 2
                elif toks[j].lower in _CONNECTORS and j + 2 < n and toks[j + 1].lower in _CONNECTORS and toks[j + 2].cap \
                        and _gap_ok(text, toks[j], toks[j + 1]) and _gap_ok(text, toks[j + 1], toks[j + 2]):
                    j += 3   # two connectors: "Dhar wa al Nabi" (and the), "Valle de la Luna"
                elif toks[j].lower in _EZAFE and j + 1 < n and toks[j + 1].cap and \
                        text[toks[j - 1].end:toks[j].start] == "-" and text[toks[j].end:toks[j + 1].start] in ("-", " "):
                    j += 2   # the Persian ezafe: "Mazar-i-Sharif", "Pul-e-Khumri", "Nad-e Ali", "Sar-e Pul"
                else:
                    break
                if j - i > 12:
                    break
            spans.append((i, j))
            i = j
        return spans

    def _add_acled_regions(self, wanted, found: dict) -> None:
        """A region written in ACLED's spelling, or another spelling the ACLED table knows ("Galgaduud",
        "Saadah"), is an exact name of that admin1 region even where the gazetteer lacks the spelling."""
        if self._acled_ids is None:
            by_name: dict[tuple[str, str], int] = {}
            try:
                rows = self.gaz.con.execute(
                    "SELECT id, name, country_code FROM places WHERE feature_code='ADM1'").fetchall()
            except Exception:   # a gazetteer without the table: nothing to add
                rows = []
            for pid, name, cc in rows:
                if cc:
                    by_name.setdefault((cc, canon(acled_admin1(cc, name) or "")), pid)
            self._acled_ids = {}
            for key, regions in acled_spellings().items():
                ids = tuple(sorted((by_name[(cc, canon(n))], 1) for cc, n in regions if (cc, canon(n)) in by_name))
                if ids:
                    self._acled_ids[key] = ids
        for k in wanted:
            add = self._acled_ids.get(k)
            if add:
                have = found.get(k, ())
                ids = {pid for pid, kind in have if kind == 1}
                extra = tuple(h for h in add if h[0] not in ids)
                if extra:
                    found[k] = tuple(h for h in have if h[0] not in {x[0] for x in extra}) + extra

    def recognise(self, text: str, doc=None) -> list[Mention]:
        toks = _tokens(text)
        dotted = [mm.span() for mm in _DOTTED_RX.finditer(text)]
        if dotted:   # "Kan.", "S.C.": handled as abbreviations below, not as words
            for t in toks:
                if t.cap and any(ds <= t.start < de for ds, de in dotted):
                    t.cap = False
        runs = self._spans(text, toks)
        # every sub-span of every run, plus suffix-less variants
        wanted: dict[str, None] = {}
        sub: list[tuple[int, int, int, int, str, str | None]] = []  # run_i, run_j, a, b, key, suffix
        clitic: list[tuple[int, int, str]] = []                      # Arabic token, clitic length, key
        for ri, rj in runs:
            for a in range(ri, rj):
                if toks[a].lower in _CONNECTORS and not toks[a].cap:
                    continue
                for b in range(min(rj, a + MAX_TOKENS), a, -1):
                    if toks[b - 1].lower in _CONNECTORS and not toks[b - 1].cap:
                        continue
                    s, e = toks[a].start, toks[b - 1].end
                    k = canon(text[s:e])
                    if not k or len(k) < 2 or len(k) > 80 or (k in FUNCTION_WORDS and not text[s:e].isupper()):
                        continue
                    sub.append((ri, rj, a, b, k, None))
                    wanted[k] = None
                    if b == a + 1 and is_arabic(k[:1]):
                        w0 = toks[a].text
                        i = w0.find("ال", 2)   # "حفرالباطن": a two-word name written as one (hashtags)
                        if i >= 2 and len(w0) - i >= 4:
                            kj = canon(w0[:i] + " " + w0[i:])
                            if kj and kj != k:
                                sub.append((ri, rj, a, b, kj, None))
                                wanted[kj] = None
                        for n in (1, 2):
                            w0 = toks[a].text
                            if len(w0) - n >= 3 and all(ch in _ARABIC_CLITICS for ch in w0[:n]):
                                k3 = canon(w0[n:])
                                if k3 and k3 != k:
                                    clitic.append((a, n, k3))
                                    wanted[k3] = None
                    if len(k) >= 5:
                        wanted[skeleton(k)] = None
                    if b - a == 2 and " " in k:   # "Abbott Abad" = "Abbottabad": a name written in two words
                        wanted[k.replace(" ", "")] = None
                    last = toks[b - 1].lower
                    if b - a >= 2 and last in ADMIN_SUFFIXES:
                        k2 = canon(text[s:toks[b - 2].end])
                        if k2:
                            sub.append((ri, rj, a, b, k2, last))
                            wanted[k2] = None
                            if len(k2) >= 5:   # "Hasakeh Province": the name's skeleton too, as for a bare name
                                wanted[skeleton(k2)] = None
        # lowercase generic suffix after a run: "Anbar province"
        for ri, rj in runs:
            if rj < len(toks) and toks[rj].lower in ADMIN_SUFFIXES and not toks[rj].cap and _gap_ok(text, toks[rj - 1], toks[rj]):
                for a in range(ri, rj):
                    k = canon(text[toks[a].start:toks[rj - 1].end])
                    if k:
                        sub.append((ri, rj + 1, a, rj + 1, k, toks[rj].lower))
                        wanted[k] = None
                        if len(k) >= 5:   # "Hasakeh province"
                            wanted[skeleton(k)] = None
        for m in _DOTTED_RX.finditer(text):
            wanted[canon(m.group())] = None
        found = self.gaz.lookup_keys(wanted)
        self._add_acled_regions(wanted, found)

        # longest match first, left to right, no overlaps
        by_start: dict[int, list] = {}
        loose_spans: set[tuple[int, int]] = set()
        for ri, rj, a, b, k, suf in sub:
            hits = found.get(k)
            loose = False
            if hits and suf and len(k) >= 5:
                # "Hasakeh province": the spelling names the town exactly and the province only up to its
                # skeleton; the suffix chooses between them, so both are candidates
                have = {pid for pid, _ in hits}
                hits = hits + tuple((pid, 2) for pid, kind in found.get(skeleton(k), ()) if kind == 2 and pid not in have)
            if not hits and len(k) >= 5:
                sk = skeleton(k)
                hits = tuple((pid, 2) for pid, kind in found.get(sk, ()) if kind == 2 or sk == k)
                if skeleton(sk) == sk and sk != k:
                    # a canonical key that is its own skeleton is indexed once ("marib" for "Maarib"): a loose
                    # match, kept only after a locative cue
                    own = tuple((pid, 2) for pid, kind in found.get(sk, ()) if kind == 1)
                    hits, loose = hits + own, bool(own) and not hits
            if not hits and " " in k and not suf and min(len(w) for w in k.split()) >= 3:
                hits, loose = tuple((pid, 2) for pid, kind in found.get(k.replace(" ", ""), ()) if kind != 3), True
            if not hits:
                continue
            if loose:
                loose_spans.add((a, b))
            by_start.setdefault(a, []).append((b, k, suf, hits, ri, rj))
        shift: dict[int, int] = {}
        for a, n, k3 in clitic:   # "بالكويت" -> "الكويت" when the whole word is not a name
            if a in by_start or a in shift or not found.get(k3):
                continue
            by_start[a] = [(a + 1, k3, None, found[k3], a, a + 1)]
            shift[a] = n
        mentions: list[Mention] = []
        taken_until = -1
        for a in sorted(by_start):
            if a < taken_until:
                continue
            b, k, suf, hits, ri, rj = max(by_start[a], key=lambda x: (x[0], x[2] is None))
            s, e = toks[a].start + shift.get(a, 0), toks[b - 1].end
            if b - a >= 2 and toks[a].lower == "the":   # "The Texas Parks Board" -> "Texas"
                s = toks[a + 1].start
            m = Mention(s, e, text[s:e], list(hits), n_tokens=b - a, suffix=suf, loose=(a, b) in loose_spans)
            if b - a == 1 and any(kind == 3 for _, kind in hits):   # "Russian" is the demonym, not a hamlet
                m.ids = [h for h in hits if h[1] == 3]
            m.demonym = all(kind == 3 for _, kind in m.ids)
            prev = toks[a - 1] if a > 0 else None
            m.sent_initial = prev is None or bool(_SENT_END.search(text[max(0, s - 3):s])) or "\n" in text[prev.end:s]
            if (b - a >= 2 and toks[a].lower == "the") or (prev is not None and prev.lower == "the"):
                m.sent_initial = False           # "The East Bank ...": the name's capitals are its own
            # locative cue: a preposition (optionally "the", a direction word) just before
            cues = []
            p, nxt = a - 1, toks[a].start
            if p >= 0 and toks[p].lower in ARTICLES and not toks[p].cap and text[toks[p].end:toks[a].start] == "-":
                p, nxt = p - 1, toks[p].start   # "in al-Hawija": the cue stands before the lowercase article
            while p >= 0 and len(cues) < 3 and text[toks[p].end:nxt].strip() in ("", ","):
                nxt = toks[p].start
                cues.append(toks[p].lower)
                if toks[p].lower not in ("the", "northern", "southern", "eastern", "western", "central", "north",
                                          "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                                          "of", "rural", "outskirts", "areas", "area", "parts", "part", "city",
                                          "town", "village", "province", "district", "county", "state"):
                    break
                p -= 1
            m.locative = any(c in STRONG_LOCATIVE for c in cues) or (bool(cues) and cues[0] in _WEAK_LOCATIVE) or (
                bool(cues) and cues[0] in _PLACE_VERBS)   # "shelled Ariha"
            if not m.locative and _ALIAS_BEFORE.search(text, max(0, s - 40), s):
                m.locative = True   # "Jindires (also Jandairis)", "X, also known as Y": another name of a place
            if not m.locative and _CAPITAL_BEFORE.search(text, max(0, s - 20), s):
                m.locative = True   # "the Zorvan state capital Kelmar", "the provincial capital, Kelmar": a town
            if _TO_PERSON.search(text, max(0, s - 20), s):
                m.locative, m.speech_after = False, True   # "according to Hopkins"
            pb = _PAREN_PARENT_BEFORE.search(text, max(0, s - 60), s) or _PAREN_LIST_BEFORE.search(text, max(0, s - 60), s)
            if pb and _PAREN_CLOSE.match(text, e) and sum(ch.isupper() for ch in m.text) < 2 and \
                    pb.group(1).lower() not in FUNCTION_WORDS:
                m.paren_region = True   # "in Zorvanka (Idleb)": the region of a place the gazetteer lacks
            clit = toks[a].text[:shift.get(a, 0)]
            if "و" in clit and mentions and mentions[-1].locative and prev is not None and prev.end == mentions[-1].end:
                m.locative = m.coordinated = True   # "في الكويت والجهراء": the second name shares the preposition
            if any(ch in "بل" for ch in clit) or (prev is not None and is_arabic(prev.text[:1]) and fold(prev.text) in _ARABIC_LOCATIVE):
                m.locative = True   # "بالكويت" (in Kuwait), "في الكويت"; not "وسيول" (and ...)
            if prev is not None and prev.lower.rstrip(".") in PERSON_TITLES and prev.cap and text[prev.end:s].strip() in ("", "."):
                m.person_like = True
            # inside a longer capitalised run: "Raquel Henry", "Henry Smith"
            if b - a < rj - ri:
                before = [t for t in toks[ri:a] if t.cap and len(t.text) > 1 and t.lower not in COMMON_CAPS
                          and t.lower not in FUNCTION_WORDS]
                after = [t for t in toks[b:rj] if t.cap and len(t.text) > 1 and t.lower not in COMMON_CAPS
                         and t.lower not in ADMIN_SUFFIXES]
                if before or after:
                    m.name_part = "surname" if before else "first"
                if after and not before:
                    m.run_end = toks[rj - 1].end   # "Mafraq al-Zorvan district, Shabwah": the longer name's end

            if re.match(r" [A-Z]\. ?[A-Z]", text[e:e + 6]):
                m.initial_after = True
            if _SPEECH_AFTER.match(text, e):
                m.speech_after = True
            if _MOD_SUFFIX.match(text, e) or _MOD_NOUN.match(text, e):
                m.modifier = True
            if not m.locative and _AREA_AFTER.match(text, e):
                m.locative = True                # "southern Idleb countryside", "the Anbar desert"
            if not m.locative and _LOWER_PAREN_BEFORE.search(text, max(0, s - 3), s) and \
                    _PAREN_CLOSE.match(text, e) and not m.text.isupper():
                m.locative = True                # "an air base (Lattakia)": the region of an unnamed place
            if m.n_tokens == 1 and _STREET_AFTER.match(text, e):
                m.street = True                  # "Holloway Street", "Lyle Middle School", "Fourth Terrace"
            if m.n_tokens == 1 and _FIRM_AFTER.match(text, e):
                m.person_like = True             # "Marlow & Keene", "the Obama administration"
            if m.sent_initial and m.text.isupper() and len(m.text) >= 4 and _DATELINE.match(text, e):
                m.locative = True                # "TORRINGTON -- ...", "HUNTINGTON, W.Va. --"
            if m.n_tokens == 1 and prev is not None and prev.cap and text[prev.end:s] == " " and (
                    prev.lower in GIVEN_NAMES or (a >= 2 and toks[a - 2].lower.rstrip(".") in PERSON_TITLES
                                                  and toks[a - 2].cap)):
                m.name_part = "surname"          # "Colin Varga", "Dr. Ida Renner"
                m.after_given = True
            if m.n_tokens == 1 and re.search(r"(?:^|\s)[A-Z]\. $", text[max(0, s - 4):s]):
                m.name_part = "surname"          # "Tyrise M. Bell"
                m.after_given = True
            if m.n_tokens == 1 and re.search(r"(?:\bSt\.? |\bSaint )$", text[max(0, s - 6):s]):
                m.person_like = True             # "St. Patrick's Day" (places like St. Louis match whole)
            if re.match(r"(?:St|Saint)\b", m.text) and re.match(r"['’]s\b", text[e:e + 3]):
                m.person_like = True             # "St. John's Church": a saint
            mentions.append(m)
            taken_until = b
        # dotted abbreviations (U.S., "Alexandria, La.")
        for mm in _DOTTED_RX.finditer(text):
            s, e = mm.span()
            if any(x.start < e and s < x.end for x in mentions):
                continue
            g = mm.group()
            if g in US_STATE_ABBREV and g.count(".") < 2 and not (
                    text[max(0, s - 2):s] in (", ", "(") or text[max(0, s - 1):s] in ("-", "(", "/")
                    or (text[max(0, s - 3):s] == "in " and g != "Miss.")):
                continue
            hits = found.get(canon(g))
            if g in US_STATE_ABBREV:
                st = self.gaz.admin1_entry("US", US_STATE_ABBREV[g])
                hits = ((st.id, 1),) if st is not None else hits
            if hits:
                m = Mention(s, e, g, list(hits), n_tokens=1, locative=True, abbrev=True)
                mentions.append(m)
        mentions.sort(key=lambda x: x.start)
        if "#" in text:   # a hashtag that repeats a name of the running text is a tag, not a new mention
            seen_plain: set[str] = set()
            kept = []
            for x in mentions:
                tagged = _TAG_BEFORE.search(text, max(0, x.start - 40), x.start) is not None
                key = canon(x.text)
                if tagged and key in seen_plain:
                    continue
                if not tagged:
                    seen_plain.add(key)
                kept.append(x)
            mentions = kept
        # hierarchy: "Rutba, Anbar" / "Alexandria, La."
        for x, y in zip(mentions, mentions[1:]):
            gap = text[x.end:y.start]
            if gap in (", ", ",", " , ") or _HIER_GAP.fullmatch(gap):
                x.hier_after = y
                y.locative = True
                # "Koya, Erbil province": a typed parent is a strict hierarchy
                x.hier_strict = y.suffix is not None and y.suffix not in ("city", "town", "village")
            elif x.run_end > x.end and x.run_end <= y.start and _LONGER_NAME_PARENT_GAP.fullmatch(text[x.run_end:y.start]):
                # "in Mafraq al-Zorvan district, Shabwah": the parent is written for the longer name the gazetteer
                # lacks; a reading of its first word outside that parent is a namesake abroad
                x.hier_after, x.hier_strict, x.sub_unit = y, True, True
                y.locative = True
            elif _ALIAS_PARENT_GAP.fullmatch(gap) and _ALIAS_OPEN.search(text, max(0, x.start - 40), x.start):
                # "near Balcad (Balad), Middle Shabelle region": the region holds the place of both names
                x.hier_after = y
                y.locative = True
                x.hier_strict = y.suffix is not None and y.suffix not in ("city", "town", "village")
            elif (x.suffix in _SUB_UNITS and _OF_GAP.fullmatch(gap)) or _UNIT_OF_GAP.fullmatch(gap):
                x.sub_unit = True
                x.hier_after, x.hier_strict = y, True   # "the Karrada district of Baghdad": typed, so strict
                y.locative = True
            elif _PAREN_OPEN.fullmatch(gap) and _PAREN_CLOSE.match(text, y.end) and not (
                    y.text.replace(".", "").isupper() and len(y.text) <= 5):   # "WASHINGTON (AP)": an agency
                # "Koya (Erbil)", "near X village (Y township, Z region)", "in X [Y]"
                x.hier_after, x.hier_strict = y, True
                y.locative = True
        if doc is not None:
            self._use_doc(text, doc, mentions, toks, found)
        return mentions

    def _use_doc(self, text: str, doc, mentions: list[Mention], toks, found) -> None:
        ents = [(e.start_char, e.end_char, e.label_) for e in getattr(doc, "ents", ())]
        for m in mentions:
            for s, e, lab in ents:
                if s < m.end and m.start < e:
                    if lab in ("GPE", "LOC", "FAC"):
                        m.from_ner = True
                        m.locative = True   # the model's context agrees it is a place
                    elif lab == "PERSON" and m.n_tokens == 1 and (s < m.start or e > m.end) and \
                            " " in text[s:e].strip():
                        m.person_like = True   # part of a full name the model calls a person
        extra = []
        for s, e, lab in ents:
            if lab not in ("GPE", "LOC", "FAC") or any(m.start < e and s < m.end for m in mentions):
                continue
            k = canon(text[s:e])
            if not k:
                continue
            hits = self.gaz.lookup_keys([k, skeleton(k)])
            h = hits.get(k) or tuple((pid, 2) for pid, kind in hits.get(skeleton(k), ()) if kind == 2)
            if h:
                extra.append(Mention(s, e, text[s:e], list(h), from_ner=True, locative=True))
        mentions.extend(extra)
        mentions.sort(key=lambda x: x.start)

    # ------------------------------------------------------------------------------------------
    # filtering
    @staticmethod
    def _weight(m: Mention, e: Entry, kind: int) -> tuple[int, bool]:
        """(effective population, strong) of one candidate for this mention."""
        low = fold(m.text)
        exact = fold(e.name) == low or canon(e.name) == canon(m.text)
        if kind == 1 and is_arabic(low[:1]):   # Arabic names are alternate names: trust the larger places
            exact = e.level <= 1 or e.population >= 50000
        if kind == 2 and (len(low) < 6 or e.level > 1):
            return 0, False
        if len(low) <= 3 and not exact and e.level != 0:
            return 0, False
        if e.level == 2 and not m.suffix and not exact:   # "Clark" for Clark County: a surname first
            return 0, False
        if not exact and m.n_tokens == 1 and e.level > 1:
            return 0, False                               # an alternate name only: needs a locative cue
        if m.text.isupper() and len(m.text) <= 5 and e.level > 0:
            return 0, False
        return e.population, e.level in (-1, 0, 1) or e.population >= 100000

    def _strength(self, m: Mention) -> tuple[int, bool]:
        best_pop, strong = 0, False
        for e, k in zip(m.candidates, m.kinds):
            p, st = self._weight(m, e, k)
            best_pop, strong = max(best_pop, p), strong or st
        return best_pop, strong

    def _strong(self, m: Mention) -> bool:
        return self._strength(m)[1]

    def _keep(self, m: Mention, strong_names: set[str], person_words: set[str]) -> bool:
        if not m.candidates:
            return False
        low = fold(m.text)
        pop, strong = self._strength(m)
        if m.demonym or m.abbrev:
            return True
        if m.loose and not (m.locative and not m.name_part and not m.person_like):
            return False
        if m.street and not m.suffix and not any(e.level in (0, 1) for e in m.candidates):
            return False
        words = low.split()
        bare = re.sub(r"^(?:The|the|THE) ", "", m.text)
        acronym = bare.isupper() and " " not in bare or (m.text != bare and sum(ch.isupper() for ch in bare) >= 2
                                                         and " " not in bare)
        if acronym and len(bare.replace(".", "")) <= 5:   # "US", "UK", "UAE", "the TTC": countries only
            return any(e.level <= 0 for e in m.candidates) and (not m.sent_initial or m.locative
                                                                 or bare.replace(".", "") in _COUNTRY_ACRONYMS)
        if all(w in FUNCTION_WORDS for w in words):
            return False
        if m.n_tokens == 1 and is_arabic(low[:1]) and (low in _ARABIC_COMMON_F or
                                                          fold(m.text[1:]) in _ARABIC_COMMON_F):
            return False
        name_words = [w for w in words if w not in ARTICLES] or words
        if m.n_tokens >= 2 and m.suffix is None and len(name_words) >= 2:
            if (words[-1] in ADMIN_SUFFIXES and not m.person_like and len(words) >= 2
                    and not all(w in FUNCTION_WORDS for w in words[:-1])
                    and any(e.level == 2 and fold(e.name) == low for e in m.candidates)):
                return True   # "Hall County official": a county's full name
            if all(w in COMMON_CAPS or w in FUNCTION_WORDS or w in ARTICLES for w in words):
                if any(e.level == -1 and fold(e.name) == low for e in m.candidates) and not m.name_part:
                    return True   # "the Middle East", "the Persian Gulf": a region's own name
                return m.locative and strong
            if words[-1] in ADMIN_SUFFIXES or m.name_part == "first":   # "Walker County Judge ..."
                return not m.person_like
            return not (m.person_like or m.name_part) or (strong and not m.person_like)
        if m.suffix is not None:
            name_words = words[:-1] if len(words) > 1 else words
            if all(w in COMMON_CAPS or w in FUNCTION_WORDS for w in name_words):
                return False
            if m.name_part == "surname" and not any(e.level in (0, 1) for e in m.candidates):
                return False   # "Zorvan Ali town": the end of a longer name the gazetteer lacks
            return any(e.feature_class in ADMIN_SUFFIXES.get(m.suffix, ()) or (m.suffix in ("city", "town") and e.level in (1, 2))
                       # "Zorvan governorate" where the gazetteer has only its capital: the province is
                       # named after its seat town, which stands for it
                       or (m.suffix in _SEAT_NAMED_UNITS and e.feature_class == "P"
                           and canon(e.name) == canon(" ".join(m.text.split()[:-1]))
                           and ((e.feature_code or "") in ("PPLA", "PPLC")
                                or _consonants(e.admin2) == _consonants(e.name)
                                or _consonants(e.admin1) == _consonants(e.name)))
                       for e in m.candidates)   # "Sayun city": only its district in the gazetteer
        # single word ("Al Qaim" counts as one)
        low = " ".join(name_words)
        if len(low) < 3 or low in DIRECTION_WORDS or low in _DIRECTIONAL_ADJ:
            return False
        if m.hier_after is not None and m.hier_after.candidates and any(
                c.country_code == pc.country_code for c in m.candidates[:10] for pc in m.hier_after.candidates[:5]):
            return True       # "Rutba, Anbar": a place written with its parent; not a namesake abroad
        if low in person_words and not m.locative:
            return False
        if m.person_like or m.initial_after:
            return strong and m.locative
        if m.speech_after and not any(e.level == 0 for e in m.candidates):   # "Turkey said" stays
            return strong and m.locative
        if low in GIVEN_NAMES and m.name_part == "first" and m.n_tokens == 1:   # "of George Bush"
            return False
        if low in GIVEN_NAMES and not m.locative and (m.name_part == "first" or not strong):
            return False
        if low in COMMON_CAPS:
            return m.locative and strong and not m.name_part
        if m.name_part == "surname":  # "Abraham Lincoln": only countries, admin1 regions or a locative cue
            return (any(e.level in (0, 1) for e in m.candidates) or m.locative) and not m.after_given
        if m.name_part:  # "Texas Parks Board" keeps Texas
            return strong
        if pop == 0 and not strong:   # only alternate names of places matched
            return m.locative and low not in COMMON_CAPS
        if m.locative:
            return True
        if low in strong_names:
            return True
        if m.sent_initial:
            return strong or pop >= 50000
        return strong or pop >= _MIN_POP

    # ------------------------------------------------------------------------------------------
    # resolution
    @staticmethod
    def _base(m: Mention, e: Entry, kind: int) -> float:
        pop = e.population
        if not pop and e.level >= 3 and e.admin2 and _is_seat(e):
            pop = _SEAT_POP   # the seat of the district named after it, whose population the data lacks
        elif not pop and e.level >= 3 and e.feature_class == "P":
            pop = _FLOOR_POP  # cities500 lists places of 500 people or more: an unknown population is not 0
        s = math.log10(pop + 10) + _LEVEL_BONUS.get(e.level, 0.0)
        if e.feature_code == "PPLC":
            s += 1.0
        if kind == 2:
            s -= 1.5
        if e.level == 2 and not m.suffix and canon(e.name) != canon(m.text):
            s -= 2.0
        if fold(e.name) == fold(m.text):
            s += _EXACT
        if m.suffix:
            s += 3.0 if e.feature_class in ADMIN_SUFFIXES.get(m.suffix, ()) else (
                0.0 if m.suffix in ("city", "town") and e.level == 2 else -3.0)
        return s

    def _candidates(self, mentions: list[Mention]) -> None:
        ids = {pid for m in mentions for pid, _ in m.ids}
        ents = self.gaz.entries(ids)
        for m in mentions:
            kinds: dict[int, int] = {}
            for pid, kind in m.ids:
                kinds[pid] = min(kinds.get(pid, 9), kind)
            cs = [(ents[p], k) for p, k in kinds.items() if p in ents]
            if m.text.isupper() and len(m.text.replace(".", "")) <= 5 and any(e.level <= 0 for e, _ in cs):
                cs = [(e, k) for e, k in cs if e.level <= 0]   # "EU", "UK": not a hamlet called Eu
            cs = self._part_of_country(m, cs)
            # a country's demonym or name only resolves to the country
            cs.sort(key=lambda x: -self._base(m, x[0], x[1]))
            cs = cs[:MAX_CANDIDATES]
            m.candidates = [c for c, _ in cs]
            m.kinds = [k for _, k in cs]
            m.scores = [self._base(m, c, k) for c, k in cs]

    def _part_of_country(self, m: Mention, cs: list) -> list:
        """A bearing and a country's name ("South Norland", "North Norland") that the gazetteer knows only as
        namesake towns abroad: the part of that country, resolved to the country (precision 3 there), not a
        hamlet elsewhere that would pull the whole report abroad. Names of countries or regions themselves
        ("South Sudan", "North Carolina") keep their entries."""
        w = _BEARING_NAME.fullmatch(m.text)
        if not w or not cs or any(e.level <= 1 for e, _ in cs) or m.hier_after is not None:
            return cs          # "South Norland, Ohio": the written parent says it is the town
        k = canon(w.group(1))
        ids = [pid for pid, kind in self.gaz.lookup_keys([k]).get(k, ()) if kind == 1]
        countries = [e for e in self.gaz.entries(ids).values() if e.level == 0]
        return [(max(countries, key=lambda e: e.population or 0), 1)] if countries else cs

    def _actor_countries(self, text: str) -> set[str]:
        """ISO codes of the home countries of the actor registry's groups the text names ("Al Shabaab" ->
        SO): document evidence for an ambiguous name when the text itself names no country."""
        out: set[str] = set()
        for a in _group_actors(text):
            name = a.actor.country if a.actor is not None else None
            if not name:
                continue
            if name not in self._cc_cache:
                ids = [pid for pid, _k in self.gaz.lookup_keys([canon(name)]).get(canon(name), ())]
                ents = self.gaz.entries(ids).values() if ids else ()
                self._cc_cache[name] = next((e.country_code for e in ents if e.level == 0), None)
            if self._cc_cache[name]:
                out.add(self._cc_cache[name])
        return out

    def _resolve(self, mentions: list[Mention], region: str | None = None, prior: set[str] = frozenset(),
                 text: str = "") -> None:
        if not mentions:
            return
        # the outlet's region, when the caller knows it: "IQ", "US", "US-OH" (ISO 3166-1 / 3166-2)
        rc, ra = None, None
        if isinstance(region, str) and region.strip():
            parts = region.strip().upper().split("-", 1)
            rc, ra = parts[0], (parts[1] if len(parts) > 1 else None)
        # pass 1: prior + written hierarchy
        named = {m.candidates[0].country_code for m in mentions if m.candidates and m.candidates[0].level == 0}
        for x, y in zip(mentions, mentions[1:]):   # "Iraqi Kurdistan", "the Afghan province of Helmand"
            if text and x.demonym and x.candidates and y.candidates and _DEMONYM_GAP.fullmatch(text[x.end:y.start]):
                cc = x.candidates[0].country_code
                hit = False
                for i, c in enumerate(y.candidates):
                    if c.country_code == cc:
                        y.scores[i] += 4.0
                        hit = True
                if not hit and cc and all(c.level >= 1 for c in y.candidates):
                    y.candidates, y.kinds, y.scores = [], [], []   # a region of that country the gazetteer lacks
        for m in mentions:
            p = m.hier_after
            if p is not None and p.candidates and not p.is_parent and any(
                    self._contains(pc, c) for pc in p.candidates[:5] if pc.level in (0, 1) for c in m.candidates[:10]):
                p.is_parent = True   # "Watertown, New York": the state, not the city
                for i, c in enumerate(p.candidates):   # only a region that holds the name: "Al Hazm (Al Jawf)"
                    if c.level in (0, 1) and any(self._contains(c, x) for x in m.candidates[:10]):
                        p.scores[i] += 3.0             # is Yemen's Al Jawf, not Saudi Arabia's
        dl_cc = _dateline_country(text, mentions, named)
        for m in mentions:
            if dl_cc and not _is_dateline(text, m):
                for i, c in enumerate(m.candidates):
                    if c.country_code == dl_cc and c.level >= 1:
                        m.scores[i] += _DATELINE_PRIOR
            if prior:   # the home countries of the groups the text names, a weaker prior than the outlet's
                for i, c in enumerate(m.candidates):
                    if c.country_code in prior:
                        m.scores[i] += _ACTOR_PRIOR
            if rc:
                for i, c in enumerate(m.candidates):
                    if c.country_code == rc:
                        m.scores[i] += 2.0 + (2.0 if ra and c.admin1_code == ra and c.level >= 1 else 0.0)
            if m.hier_after is not None and m.hier_after.candidates:
                self._written_parents(m, named)
            self._pick(m)
        # pass 2 (twice): support from the document's other names -- same country, same admin1, nearby
        groups: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.candidates:
                groups.setdefault(canon(m.text), []).append(m)
        keys_ = list(groups)
        if len(keys_) < 2:
            return
        base = {}
        for k in keys_:
            ms = groups[k]
            m0 = max(ms, key=lambda m: max(m.scores))
            base[k] = (m0.candidates[:_K], m0.scores[:_K])
        probs = {k: _softmax(sc, 1.5) for k, (cs, sc) in base.items()}
        # long texts: the context is the most mentioned names (cost grows with names x context)
        ctx_keys = keys_ if len(keys_) <= _MAX_CONTEXT else sorted(
            keys_, key=lambda k: (-len(groups[k]), groups[k][0].start))[:_MAX_CONTEXT]
        # the document's dominant country: most of the other names' best candidates lie there
        votes: dict[str, dict[str, float]] = {}
        for k in ctx_keys:
            cs, _sc = base[k]
            if cs and cs[0].country_code and cs[0].level >= 0:
                votes.setdefault(cs[0].country_code, {})[k] = probs[k][0]
        # the admin hierarchy across the document: a town and a county that contains it support each other
        # ("Paris" and "Henry County": Paris, Tennessee)
        a2_of: dict[str, set] = {}
        town_of: dict[str, set] = {}
        for k in keys_:
            cs, _sc = base[k]
            a2_of[k] = {(c.country_code, c.admin1_code, c.admin2_code) for c in cs if c.level == 2 and c.admin2_code}
            town_of[k] = {(c.country_code, c.admin1_code, c.admin2_code) for c in cs if c.level == 3 and c.admin2_code}
        if any(a2_of.values()):
            for k in keys_:
                cs, sc = base[k]
                sc = list(sc)
                for i, c in enumerate(cs):
                    if c.level not in (2, 3) or not c.admin2_code:
                        continue
                    key = (c.country_code, c.admin1_code, c.admin2_code)
                    other = a2_of if c.level == 3 else town_of
                    if any(key in other[h] for h in keys_ if h != k and not _same_stem(h, k)):
                        sc[i] += _NESTED
                base[k] = (cs, sc)
        # a country named only as a modifier ("Saudi-led coalition", "US forces") says little of where the
        # places of the text are: it lends a quarter of the support of a country named as a place
        cweight = {k: (0.25 if all(m.modifier for m in groups[k]) else 1.0) for k in keys_}
        final = {}
        for _ in range(2):
            sup_c: dict[str, dict] = {}
            sup_a: dict[str, dict] = {}
            pts: dict[str, list] = {}
            for k in ctx_keys:
                cs, _sc = base[k]
                dc: dict[str, float] = {}
                da: dict[tuple, float] = {}
                pl = []
                for c, pr in zip(cs, probs[k]):
                    if c.country_code:
                        w = pr * (1.5 if c.level == 0 else 1.0) * cweight[k]
                        dc[c.country_code] = max(dc.get(c.country_code, 0.0), w)
                    if c.level >= 1 and c.admin1_code:
                        ka = (c.country_code, c.admin1_code)
                        da[ka] = max(da.get(ka, 0.0), pr)
                    if c.level >= 2:
                        pl.append((c.latitude, c.longitude, pr))
                sup_c[k], sup_a[k], pts[k] = dc, da, pl
            for k in keys_:
                cs, sc = base[k]
                new = []
                for c, s0 in zip(cs, sc):
                    tc = ta = tp = 0.0
                    for h in ctx_keys:
                        if h == k:
                            continue
                        if c.country_code:
                            tc += sup_c[h].get(c.country_code, 0.0)
                        if c.level >= 1 and c.admin1_code:   # towns in a region named, or the region of towns named
                            ta += sup_a[h].get((c.country_code, c.admin1_code), 0.0)
                        if c.level >= 2:
                            best = 0.0
                            for la, lo, pr in pts[h]:
                                if abs(la - c.latitude) > 4.0:
                                    continue
                                d = _km(c.latitude, c.longitude, la, lo)
                                v = pr * (1.0 if d < 50 else 0.6 if d < 150 else 0.25 if d < 400 else 0.0)
                                best = max(best, v)
                            tp += best
                    dom = 0.0
                    if c.country_code in votes and c.level >= 1:
                        vs = votes[c.country_code]
                        n_other = sum(1 for h in ctx_keys if h != k)
                        share = sum(v for h, v in vs.items() if h != k) / max(1, n_other)
                        if n_other >= 2 and share >= 0.5:
                            dom = _DOMINANT * share
                    new.append(s0 + 1.5 * min(tc, 3.0) + 2.0 * min(ta, 2.0) + 1.5 * min(tp, 3.0) + dom)
                final[k] = new
                probs[k] = _softmax(new, 1.5)
        for k in keys_:
            cs, _sc = base[k]
            for m in groups[k]:
                m.candidates = list(cs)
                m.scores = list(final[k])
                self._pick(m)

    def _written_parents(self, m: Mention, named: set[str] = frozenset()) -> None:
        """The hierarchy written after a name, up to three levels ("X village (Y township, Z region)"): a
        candidate inside a parent region gains most, one near a parent town (same admin1, < 60 km) less. Under
        a strict (parenthesised or typed) parent that is clearly (and unambiguously) a region or a town, a name
        none of whose candidates lies in it, nor in another country the document names, is a place the
        gazetteer lacks: it loses all its candidates, and the event falls to the parent."""
        chain, p = [], m.hier_after
        while p is not None and p.candidates and len(chain) < 3 and p not in chain:
            chain.append(p)
            p = p.hier_after if (p.hier_strict or p is m.hier_after) else None
        inside = [False] * len(m.candidates)   # inside the first (the finest) parent
        for i, c in enumerate(m.candidates):
            for k, par in enumerate(chain):
                tops = par.candidates[:5]
                if any(self._contains(pc, c) for pc in tops):
                    m.scores[i] += 8.0
                    inside[i] = k == 0
                    break
                if c.level >= 3 and any(pc.level >= 3 and pc.country_code == c.country_code
                                        and pc.admin1_code == c.admin1_code
                                        and _km(pc.latitude, pc.longitude, c.latitude, c.longitude) < 60
                                        for pc in tops if pc is not c):
                    m.scores[i] += 5.0
                    inside[i] = k == 0
                    break
        # "Zorvan, Syria" / "Koya, Iraqi Kurdistan": a country written as the parent is strict as well
        country_parent = bool(chain) and chain[0].candidates[0].level == 0 and chain[0].n_tokens <= 3
        # "Maran, Sanaa, Yemen": a chain that ends in a country none of the name's readings lies in
        if not country_parent and len(chain) >= 2 and chain[-1].candidates[0].level == 0 and chain[-1].n_tokens <= 3:
            cc = chain[-1].candidates[0].country_code
            country_parent = bool(cc) and not any(c.country_code == cc for c in m.candidates)
        if (m.hier_strict or country_parent) and not any(inside) and m.suffix not in ("province", "governorate", "state", "region"):
            top = chain[0].candidates[0] if chain else None
            clear = top is not None and (top.level in (0, 1) or (chain[0].suffix is not None and top.level >= 2)
                                         or (top.population or 0) >= 100000 or top.feature_code == "PPLC"
                                         # "Boni (Douentza cercle)": no reading of the name is in the
                                         # parent's country at all
                                         or not any(c.country_code == top.country_code for c in m.candidates))
            if clear:   # and unambiguous: no namesake of the parent in another country comes close
                par = chain[0]
                # (a namesake in a country where the name itself has no reading changes nothing: "Dniprovskyi
                # district (Kherson city)" is no place of Greece either)
                own = {c.country_code for c in m.candidates}
                clear = not any(c.country_code != top.country_code and sc > par.scores[0] - 3.0 and c.country_code in own
                                for c, sc in zip(par.candidates[1:5], par.scores[1:5]))
            # a country the document names outright vouches for the name's own candidates there
            # a sub-unit ("X district of Y") is never a region of another country
            foreign = (m.suffix in _SUB_UNITS or m.sub_unit) and top is not None and all(
                c.country_code != top.country_code for c in m.candidates)
            if clear and (foreign or all(c.level >= 2 for c in m.candidates)) and not any(
                    c.country_code in named and c.country_code != top.country_code for c in m.candidates):
                m.candidates, m.kinds, m.scores = [], [], []

    @staticmethod
    def _contains(parent: Entry, child: Entry) -> bool:
        if parent.level == 0:
            return child.country_code == parent.country_code and child.level > 0
        if parent.level == 1:
            return (child.level >= 2 and child.country_code == parent.country_code
                    and child.admin1_code == parent.admin1_code)
        if parent.level == 2:
            return child.level >= 3 and child.country_code == parent.country_code and child.admin2_code == parent.admin2_code
        return False

    @staticmethod
    def _pick(m: Mention) -> None:
        if not m.candidates:
            m.best, m.confidence = None, 0.0
            return
        order = sorted(range(len(m.candidates)), key=lambda i: -m.scores[i])
        # a city that shares its name with the region around it is usually the city
        top = m.candidates[order[0]]
        if top.level == 1 and not m.suffix and not m.is_parent:   # "Washington": the capital before the state
            for i in order[1:6]:
                c = m.candidates[i]
                if c.feature_code == "PPLC" and c.country_code == top.country_code and fold(c.name) == fold(m.text):
                    order.remove(i)
                    order.insert(0, i)
                    break
            top = m.candidates[order[0]]
        if top.level in (1, 2) and not m.suffix and not m.is_parent:
            for i in order[1:4]:
                c = m.candidates[i]
                if (c.level == 3 and c.country_code == top.country_code and c.admin1_code == top.admin1_code
                        and c.population >= 0.25 * max(top.population, 1) and m.scores[order[0]] - m.scores[i] < 3):
                    # ... unless a namesake elsewhere outscores that city ("Alexandria" in Virginia)
                    rival = next((j for j in order[1:] if j != i and not (
                        m.candidates[j].country_code == top.country_code
                        and m.candidates[j].admin1_code == top.admin1_code)), None)
                    if (rival is not None and m.scores[rival] > m.scores[i] and m.candidates[rival].level >= 1
                            and fold(top.name) != fold(m.text)):   # the region matched by an alias only
                        order.remove(rival)
                        order.insert(0, rival)
                    else:
                        order.remove(i)
                        order.insert(0, i)
                    break
        best = order[0]
        mx = m.scores[best]
        z = sum(math.exp(min(0.0, s - mx)) for s in m.scores)
        m.best, m.confidence = m.candidates[best], 1.0 / z

    # ------------------------------------------------------------------------------------------
    # public API
    def mentions(self, text: str, *, doc=None, region: str | None = None) -> list[Mention]:
        if not isinstance(text, str) or not text.strip():
            return []
        text = text[:MAX_CHARS]
        ms = self.recognise(text, doc)
        self._candidates(ms)
        for m in ms:   # a region in parentheses after a name is written as that place's region: a locative cue
            if m.paren_region and any(e.level in (0, 1, 2) or (e.population or 0) >= 50000 for e in m.candidates):
                m.locative = True
        # document-level evidence for single words: a name used as a clear place anywhere
        strong_names = {fold(m.text) for m in ms if m.locative or m.hier_after is not None or m.n_tokens > 1}
        person_words = set()
        for m in ms:
            if m.n_tokens == 1 and (m.after_given or (
                    (m.person_like or m.speech_after) and not self._strong(m)) or (
                    m.name_part == "surname" and not self._strong(m))):
                person_words.add(fold(m.text))
        keep = [self._keep(m, strong_names, person_words) for m in ms]
        # a headline- or sentence-initial name kept elsewhere in the running text is the same place
        kept_mid = {fold(m.text) for m, k in zip(ms, keep) if k and not m.sent_initial and not m.demonym}
        ms = [m for m, k in zip(ms, keep) if k or (
            m.sent_initial and fold(m.text) in kept_mid and not (m.person_like or m.name_part or m.speech_after
                                                                  or m.street or fold(m.text) in person_words))]
        self._resolve(ms, region, self._actor_countries(text) if ms else set(), text)
        ms = [m for m in ms if m.best is not None]
        ms = [m for m in ms if self._seat_for_city(m)]
        return self._drop_strays(ms)

    def _seat_for_city(self, m: Mention) -> bool:
        """"Kelmar city" where the gazetteer knows "Kelmar" only as the province named after its seat (an
        ACLED spelling of the region, say): the city is the province's main town of that name. False (drop the
        mention) when the province holds no such town and only the province made the name a place."""
        e = m.best
        if m.suffix not in ("city", "town") or e.level != 1 or not e.country_code or not e.admin1_code:
            return True
        name = fold(" ".join(m.text.split()[:-1])).lower()
        for t in self.gaz.towns_of_admin1(e.country_code, e.admin1_code):
            if _consonants(t.name) == _consonants(name) or fuzz.ratio(fold(t.name).lower(), name) >= 72:
                m.best = t
                return True
        return any(c.level >= 2 for c in m.candidates)

    @staticmethod
    def _drop_strays(ms: list[Mention]) -> list[Mention]:
        """A small town abroad matched only by an alternate name ("Al Baghdadi" -> Baghdati, Georgia) in a
        document whose other places all lie in one country is a place the gazetteer lacks: dropped, so that
        the document's own places (and country) locate its events."""
        by_key: dict[str, str] = {}
        for m in ms:
            if m.best.country_code and not m.demonym:
                by_key.setdefault(canon(m.text), m.best.country_code)
        out = []
        for m in ms:
            e = m.best
            k = canon(m.text)
            others = [cc for h, cc in by_key.items() if h != k and not _same_stem(h, k)]
            if others and e.level >= 2 and (e.population or 0) < _MIN_POP and not m.suffix:
                top = max(set(others), key=others.count)
                loose = canon(e.name) != k   # matched by a skeleton or an alternate name only
                if top != e.country_code and others.count(top) >= 0.6 * len(others) and loose and \
                        not any(c.country_code == top for c in m.candidates):
                    continue
            if others and e.level >= 3 and (m.coordinated or not m.locative) and not m.suffix and canon(e.name) != k and \
                    all(_km(e.latitude, e.longitude, q.best.latitude, q.best.longitude) > _FAR_KM
                        for q in ms if q is not m and not q.demonym and canon(q.text) != k):
                continue   # a lone far-off namesake, matched by an alias, with no locative cue
            out.append(m)
        return out

    def geoparse(self, text: str, *, published: str | None = None, doc=None,
                 region: str | None = None) -> tuple[model.Place, ...]:
        """The toponyms of ``text`` resolved to gazetteer entries, in text order. ``doc``: an optional
        spaCy Doc of the same text (its entities help; no NER runs here otherwise). ``region``: the
        outlet's country or ISO 3166-2 region ("US-OH", "IQ") when known, a prior for ambiguous names."""
        out = []
        ms = self.mentions(text, doc=doc, region=region)
        attributive = _attributive(text, ms)
        for m in ms:
            e = m.best
            out.append(model.Place(start=m.start, end=m.end, text=m.text, name=e.name, latitude=e.latitude,
                                   longitude=e.longitude, country_code=e.country_code, admin1=e.admin1,
                                   admin2=e.admin2, feature_code=e.feature_code, geonameid=e.geonameid,
                                   confidence=round(m.confidence, 3), population=e.population or None,
                                   **({"demonym": True} if (m.demonym or id(m) in attributive) and _HAS_DEMONYM
                                      else {})))
        return tuple(out)

    def locate(self, text: str, places: Iterable[model.Place], anchor: tuple[int, int]) -> model.Location:
        """The event location among ``places`` for the event whose evidence is ``anchor`` (start, end):
        the finest place inside the anchor (else the nearest place before it, else the first), with
        ACLED geo_precision, a relative expression ("20 km west of", "outskirts of", "near",
        "rural areas of", "western") and an urban/rural flag."""
        return locate(text, places, anchor)

    def process_record(self, rec: dict) -> dict:
        text = rec.get("text")
        if not isinstance(text, str):
            raise InputError('the line needs a "text" string field', code="missing_field")
        region = rec.get("region") if isinstance(rec.get("region"), str) else None
        places = self.geoparse(text, published=rec.get("published"), region=region)
        return {"places": [place_json(p) for p in places]}


_HAS_DEMONYM = "demonym" in getattr(model.Place, "__dataclass_fields__", {})

_MOD_SUFFIX = re.compile(r"-(?:" + alternation("geo_modifier_suffixes") + r")\b", re.IGNORECASE)
_MOD_NOUN = re.compile(r"\s+(?:\([A-Z.]{2,8}\)\s+)?(?:" + alternation("geo_modified_nouns") + r")\b")
# "Turkey's Operation ...", "Russia's invasion": the country's own undertaking abroad, it is no place of it
# ("Iraq's army is fighting in the north" is no such case: a country's own forces often fight at home)
_POSS_MOD = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:" + alternation("geo_possessive_nouns") + r")\b", re.IGNORECASE)
_GROUP_BEFORE = re.compile(r"(?:^|[^\w-])(?!(?-i:The|A|An|In|On|At|By|For)\s)((?:(?-i:[A-Z])[\w'’]*[\s-]+(?:(?-i:[a-z]{1,3})[\s-]+)?){1,4}"
                           r"(?=(?-i:[A-Z]))(?:" + alternation("geo_group_words") + r"))[\s-]+(?:(?:in|of)\s+(?:the\s+)?)?$",
                           re.IGNORECASE)
# a one-word group name and "of" before the country ("Harakat of Norland"): the name, not a place; with "in"
# the country is often where the group is hit ("strikes on Harakat in Norland"), so only "of"
_ONE_WORD_GROUP_OF = re.compile(r"(?:^|[^\w-])(?=(?-i:[A-Z]))(?:" + alternation("geo_group_words")
                                + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# the agent of a passive or of an action noun: "a drone strike by Norland", "was carried out by Norland"
_AGENT_BY = re.compile(r"\b(?:strikes?|attacks?|raids?|bombings?|shelling|operations?|carried\s+out|launched|conducted|"
                       r"fired|claimed|targeted|hit|struck|killed|wounded|injured)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\s+in\s+(?:the\s+)?$")
_HEDGE_BEFORE = re.compile(r"[(\[,]\s*(?:most\s+|very\s+)?(?:" + alternation("geo_hedges")
                           + r")(?:\s+(?:to\s+be|from|an?|the))*\s+$", re.IGNORECASE)
_PAIR_MOD = re.compile(r"[-–/]\s?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?(?=\s)" + _MOD_NOUN.pattern)   # "Iraq-Syria border"
_BORDER_BEFORE = re.compile(r"\b(?:borders?|frontier|boundary)\s+(?:with|of)\s+(?:the\s+)?$", re.IGNORECASE)   # "near the border with Syria"
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|one)\s+$", re.IGNORECASE)


def _attributive(text: str, ms: list[Mention]) -> set[int]:
    """Countries that are not places of what the sentence tells (issue 9): a country name used as a modifier
    ("a US base", "UAE-backed forces", "US forces"), inside an armed group's name ("Islamic Resistance in
    Iraq", a name of the actor registry), or in a writer's hedged aside ("(likely Turkish)"). They stay
    places (annotated corpora count them), flagged like demonyms: never an event location."""
    countries = [m for m in ms if m.best is not None and m.best.level == 0 and not m.demonym]
    if not countries:
        return set()
    out: set[int] = set()
    group_spans = None
    for m in countries:
        s, e = m.start, m.end
        head = text[max(0, s - 80):s]
        if (_MOD_SUFFIX.match(text, e) or _MOD_NOUN.match(text, e) or _POSS_MOD.match(text, e)
                or _INDEFINITE_BEFORE.search(head) or _BORDER_BEFORE.search(head)
                or _HEDGE_BEFORE.search(head) or _PAIR_MOD.match(text, e)):
            out.add(id(m))
            continue
        if _GROUP_BEFORE.search(head) or _ONE_WORD_GROUP_OF.search(head):
            out.add(id(m))   # "Islamic Resistance in Iraq", "Tehrik-e-Taliban Pakistan", "Harakat of Norland"
            continue
        if _AGENT_BY.search(head):
            out.add(id(m))   # "a drone strike by Norland hit ...": the country acts, the event is elsewhere named
            continue
        if group_spans is None:
            group_spans = _group_spans(text)
        pre = _IN_BEFORE.search(head)
        at = s - (len(head) - pre.start()) if pre else None
        if any((a <= s and e <= b and (a, b) != (s, e)) or (b == at and " " in text[a:b].strip())
               for a, b in group_spans):
            out.add(id(m))   # inside a registry name, or "<registry name> in <Country>" ("Ansar Allah in Yemen")
    return out


def _group_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the actor registry's group names in the text."""
    return [(a.start, a.end) for a in _group_actors(text)]


@lru_cache(maxsize=4)
def _group_actors(text: str) -> list:
    """The actor registry's groups named in the text (``extract.actors``, an upstream stage)."""
    try:
        from ..extract.actors import find_actors
    except ImportError:
        return []
    return find_actors(text, generic=False)

PLACE_FIELDS = ("start", "end", "text", "name", "latitude", "longitude", "country_code", "admin1", "admin2",
                "feature_code", "geonameid")


def place_json(p: model.Place) -> dict:
    return {k: getattr(p, k) for k in PLACE_FIELDS}


_DISTRICT_WORD = re.compile(r"\s+(?:district|sub-district|subdistrict|county|municipality)$", re.IGNORECASE)
_SEAT_POP = 10000
_FLOOR_POP = 500
_ACTOR_PRIOR = 1.0
_FAR_KM = 2500              # a lone namesake this far from every other place of the text
_EXACT = 0.3                   # a place's own name before another place's alias


def _is_seat(e: Entry) -> bool:
    """A town named like its admin2 region ("Ariha" in "Ariha District"): the district's seat."""
    return canon(_DISTRICT_WORD.sub("", e.admin2 or "")) == canon(e.name)


def _same_stem(a: str, b: str) -> bool:
    """'richmond' and 'city richmond': one name written two ways, not two places."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def _softmax(scores: list[float], temp: float = 1.0) -> list[float]:
    if not scores:
        return []
    mx = max(scores)
    ex = [math.exp((x - mx) / temp) for x in scores]
    z = sum(ex)
    return [x / z for x in ex]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# ------------------------------------------------------------------------------------------------
# event location
_REL_KM = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-\s*)?(km|kms|kilomet(?:er|re)s?|mi|miles?)\s+(?:\(\s*[\d.]+\s*\w+\s*\)\s+)?"
                     r"((?:north|south)?-?(?:east|west)?|north|south)(?:ern)?\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
                     re.IGNORECASE)
# a distance without a bearing ("a hamlet about 15 km (nine miles) from the town of X"): near X, not in it
_REL_KM_FROM = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-\s*)?(km|kms|kilomet(?:er|re)s?|mi|miles?)\s+(?:\([^()]{1,25}\)\s+)?"
                          r"(?:away\s+)?from\s+(?:the\s+(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
_REL_NEAR = re.compile(r"(outskirts\s+of|suburbs?\s+of|(?:desert|area|areas|countryside|villages?|farmland|orchards|"
                       r"mountains|hills)\s+(?:near|around|outside|of)|rural\s+(?:areas?\s+)?(?:of|near|around|in)|"
                       r"countryside\s+of|near|nearby|outside|close\s+to|around|on\s+the\s+road\s+(?:to|from|between)|between|"
                       r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)"
                       r"(?:\s+the)?(?:\s+(?:city|town|village)\s+of)?\s*$", re.IGNORECASE)
_REL_PART = re.compile(r"(northern|southern|eastern|western|central|north-?eastern|north-?western|"
                       r"south-?eastern|south-?western|rural|remote)\s*$", re.IGNORECASE)
# a place inside a longer name is not where things happen ("Boston Policy Forum"), except a facility named
# after its town, which stands there ("Mosul Airport", "Haditha Dam")
_EMBEDDED = re.compile(r" (?!(?:Province|Governorate|County|Parish|District|State|Region|City|Desert|"
                       + alternation("geo_facility_words").replace(r"\s+", " ").title() + r")\b)[A-Z][a-z]")
_DESTINATION = re.compile(r"\b(?:moved|taken|transferred|flown|rushed|evacuated|airlifted|sent|referred|"
                          r"returned|travel(?:l)?ed|travel(?:l)?ing|headed|heading|fled|deported|repatriated)\s+"
                          r"(?:back\s+)?to\s+(?:the\s+)?(?:capital\s+)?(?:city\s+of\s+)?$", re.IGNORECASE)
# where a projectile or a craft came from or headed for is not where it was met ("a missile fired from Lebanon
# was downed over Haifa", "rockets fired towards Kuwait came down near Basra")
_ORIGIN = re.compile(r"\b(?:launched|fired|flown|sent|shot|flying|flew|took\s+off)\s+(?:[\w-]+\s+){0,4}?"
                     r"(?:from|towards?)\s+(?:the\s+)?(?:direction\s+of\s+)?(?:(?:north|south|east|west)"
                     r"(?:ern)?\s+)?$", re.IGNORECASE)
_CHAIN_TAIL = re.compile(r"(?:(?<=\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:province|governorate|region|district|"
                         r"city|town|village|state|oblast))?,\s+){1,3}$")
# a name written as the apposition of "capital" ("the regional capital Kelmar", "the state capital, Kelmar")
_CAPITAL_BEFORE = re.compile(r"(?<![A-Z])\bcapital,?\s+(?:city\s+)?$")
# people and the place they come from: "labourers from", "villagers from the town of", "fighters from"
_HOME_OF = re.compile(r"\b(?:labou?rers|workers|residents|natives|pilgrims|villagers|farmers|traders|merchants|"
                      r"passengers|travell?ers|students|tribesmen|families|men|women|people|civilians)\s+"
                      r"(?:who\s+(?:were|had\s+come)\s+)?(?:originally\s+)?(?:hailing\s+)?from\s+(?:the\s+)?"
                      r"(?:(?:town|city|village|district)\s+of\s+)?$", re.IGNORECASE)


def _possessed(text: str, p, places) -> bool:
    """p written right after another place's possessive ("Kelmar's Zorvan district"): the finer unit."""
    if not text:
        return False
    return any(q is not p and q.end < p.start and re.fullmatch(r"['’]s\s+", text[q.end:p.start] or "") for q in places)


_RURAL_CUE = re.compile(r"desert|rural|countryside|village|farm|orchard|mountain|hills|remote", re.IGNORECASE)


def locate(text: str, places: Iterable[model.Place], anchor: tuple[int, int]) -> model.Location:
    ps = [p for p in places if p.latitude is not None and not getattr(p, "demonym", False)
          and (p.end - p.start) > 0]
    if not ps:
        return model.Location(place=None)
    a0, a1 = anchor
    # a destination is not where the event happened ("may be moved to Baghdad", "were taken to Erbil")
    if text:
        away = [p for p in ps if not elsewhere(text, p)]
        ps = away or ps
    # the home town of the people named ("five labourers from Kelmar in Zorvan", "pilgrims from Kelmar were
    # killed near Zorvan"): where they came from, when a place written just after it says where it happened
    if text:
        home = [p for p in ps if _HOME_OF.search(text[max(0, p.start - 40):p.start])
                and any(0 < q.start - p.end <= 60 and not _is_dateline(text, q) for q in ps)]
        ps = [p for p in ps if p not in home] or ps
    # a place inside a longer name ("Boston Policy Forum", "Texas Parks Board") is not where things happen
    plain = [p for p in ps if not _EMBEDDED.match(text, p.end)] if text else ps
    ps = plain or ps
    # the dateline ("KABUL - ...", "CAIRO (Reuters) -") says where the reporter is: another place wins
    if text:
        ps = [p for p in ps if not _is_dateline(text, p)] or ps
    inside = [p for p in ps if p.start >= a0 and p.end <= a1]
    if inside:
        # the finest place in the anchor; among equals the first
        # ... and of "Region's Town district" / "Kelmar's Zorvan district" the unit written after the possessive
        pick = min(inside, key=lambda p: (-_level(p), not _possessed(text, p, inside), p.start))
    else:
        before = [p for p in ps if p.end <= a0]
        after = [p for p in ps if p.start >= a1]
        pick = max(before, key=lambda p: (p.end, _level(p))) if before else min(after, key=lambda p: p.start)
    window = text[max(0, pick.start - 60):pick.start] if text else ""
    lvl = _level(pick)
    relation = None
    m = _REL_KM.search(window) or _REL_KM_FROM.search(window)
    if m:
        relation = window[m.start():].strip()
    else:
        m = _REL_NEAR.search(window)
        if m:
            relation = m.group(1).strip().lower()
        else:
            m = _REL_PART.search(window)
            if m:
                relation = m.group(1).strip().lower()
    after_txt = text[pick.end:pick.end + 25].lower() if text else ""
    if relation == "between" and not re.match(r"\s+and\s+(?:the\s+)?[A-Z]", text[pick.end:pick.end + 12] if text else ""):
        relation = None   # "between Kelmar and Zorvan": near both; "clashes between Kelmar police and ..." is no place relation
    if relation is None:
        am = re.match(r"(?:['’]s)?\s*(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?"
                      r"(desert|countryside|outskirts|suburbs|province|governorate|area|region)\b", after_txt)
        if am and am.group(1) in ("desert", "countryside", "outskirts", "suburbs", "area"):
            relation = am.group(1)
    if lvl >= 3:
        # a town named for its district ("Harad district", "Zorvan township"): the district is what is known
        precision = 2 if relation or _DISTRICT_SUFFIX.search(pick.text) or (text and _UNIT_AFTER.match(text, pick.end)) else 1
    elif lvl == 2:
        precision = 2
    else:
        precision = 2 if relation and lvl == 1 else 3
    rural_cue = bool(relation and _RURAL_CUE.search(relation)) or bool(re.match(r"\s*(desert|countryside)", after_txt))
    urban: bool | None
    if rural_cue:
        urban = False
    elif lvl >= 3:
        pop = pick.population or 0
        urban = (pop >= 10000 or (pick.feature_code or "") in ("PPLC", "PPLA", "PPLA2")) and \
            not (relation and "outskirts" in relation)
    else:
        urban = None
    return model.Location(place=pick, geo_precision=precision, relation=relation, urban=urban)


def elsewhere(text: str, p: model.Place) -> bool:
    """A destination ("taken to Erbil") or the origin or heading of a projectile ("fired from Lebanon",
    "towards Kuwait"): a place the text names, not the place of what happened."""
    head = _CHAIN_TAIL.sub("", text[max(0, p.start - 140):p.start])   # the parents of "towards X, Y, Country" too
    return bool(_DESTINATION.search(head[-40:]) or _ORIGIN.search(head[-70:]))


_DISTRICT_SUFFIX = re.compile(r"\s(?:district|sub-?district|township|county|municipality|department|cercle|commune|"
                              r"tehsil|woreda|raion|rayon)$", re.IGNORECASE)
# a town written with a district-level unit word after it ("in the Kello department", "Sarvan cercle"): the
# unit named after the town is what is known, not the town itself
_UNIT_AFTER = re.compile(r"\s+(?:district|sub-?district|department|cercle|commune|county|tehsil|township|municipality|"
                         r"woreda|raion|LGA|local\s+government\s+area)\b", re.IGNORECASE)


# a dateline written in title case ("Kelmar, Jan 5 (Agency) - ", "Kelmar (Agency) -- "): a date or an agency
# in brackets, then the dash
_TITLE_DATELINE = re.compile(r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^()\n]{1,30}\)\s*)?|"
                             r"\s*\([^()\n]{1,30}\)\s*)(?:--|—|–|-|:)\s")


# the dateline ("KELMAR, May 3 (Agency) - ...") is where the wire desk files from; a report that names no other
# country writes its own country's towns bare ("... in a village near Varna on Sunday"), so a name the dateline's
# country holds is read there before a more populous namesake abroad
_DATELINE_PRIOR = 2.0


def _dateline_country(text: str, mentions, named: set) -> str | None:
    """The country of the dateline town when the text names no other country as a place; else None."""
    if not text:
        return None
    for m in mentions[:1]:
        if not m.candidates or not _is_dateline(text, m):
            return None
        top = max(zip(m.candidates, m.scores), key=lambda x: x[1])[0]
        cc = top.country_code
        if top.level < 1 or not cc:   # a city-province ("Kinshasa") may rank its region first
            return None
        others = {x.candidates[0].country_code for x in mentions if x is not m and x.candidates
                  and x.candidates[0].level == 0 and not x.modifier}
        return cc if not (others - {cc}) else None
    return None


def _is_dateline(text: str, p: model.Place) -> bool:
    head = text[max(0, p.start - 2):p.start]
    if not (p.start == 0 or head.endswith("\n") or not text[:p.start].strip()) or len(p.text) < 3:
        return False
    return p.text.isupper() or bool(_TITLE_DATELINE.match(text, p.end))


def _level(p: model.Place) -> int:
    fc = p.feature_code or ""
    if fc == "CONT":
        return -1
    if fc.startswith("PCL"):
        return 0
    if fc == "ADM1":
        return 1
    if fc.startswith("ADM"):
        return 2
    return 3
