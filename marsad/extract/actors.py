"""Actor normalisation through the registry shipped in ``marsad/data/actors.json``.

Each registry entry: canonical name, English and Arabic aliases, parent organisation, country and an
ACLED inter code (1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters,
6 protesters, 7 civilians, 8 external/other forces). Generic mentions become ACLED-style names once the
event's country is known: "Military Forces of Iraq", "Police Forces of Iraq", "Protesters (Iraq)",
"Rioters (Iraq)", "Civilians (Iraq)" and, for unknown perpetrators, "Unidentified Armed Group (Iraq)".

Component: needs ``text``; provides ``ActorMention``s.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

VERSION = "actors-1"

INTER_NAMES = {1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
               5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces"}


@dataclass(frozen=True)
class Actor:
    name: str
    aliases_en: tuple[str, ...]
    aliases_ar: tuple[str, ...]
    parent: str | None
    country: str | None
    inter: int


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    kind: str            # named | military | police | unidentified | protesters | rioters | civilians
    actor: Actor | None  # for named mentions

    def resolve(self, country: str | None) -> tuple[str, int]:
        """-> (ACLED-style actor name, inter code)."""
        if self.actor is not None:
            return self.actor.name, self.actor.inter
        if not country:   # country unknown: the generic name without one, never "(Unknown)"
            return {"military": ("Military Forces", 1), "police": ("Police Forces", 1),
                    "unidentified": ("Unidentified Armed Group", 3), "protesters": ("Protesters", 6),
                    "rioters": ("Rioters", 5), "civilians": ("Civilians", 7)}[self.kind]
        c = country
        return {
            "military": (f"Military Forces of {c}", 1),
            "police": (f"Police Forces of {c}", 1),
            "unidentified": (f"Unidentified Armed Group ({c})", 3),
            "protesters": (f"Protesters ({c})", 6),
            "rioters": (f"Rioters ({c})", 5),
            "civilians": (f"Civilians ({c})", 7),
        }[self.kind]


@lru_cache(maxsize=1)
def registry() -> tuple[Actor, ...]:
    data = json.loads((files("marsad") / "data" / "actors.json").read_text(encoding="utf-8"))
    return tuple(Actor(a["name"], tuple(a.get("aliases_en") or ()), tuple(a.get("aliases_ar") or ()),
                       a.get("parent"), a.get("country"), int(a["inter"])) for a in data["actors"])


def lookup(name: str) -> Actor | None:
    """The registry entry whose canonical name or alias is ``name`` (case-insensitive)."""
    n = name.strip().lower()
    for a in registry():
        if a.name.lower() == n or n in (x.lower() for x in a.aliases_en) or name.strip() in a.aliases_ar:
            return a
    return None


@lru_cache(maxsize=1)
def _named_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, Actor]]:
    by_alias: dict[str, Actor] = {}
    cs, ci = [], []
    for a in registry():
        for al in (a.name,) + a.aliases_en:
            key = al
            if len(al) <= 5 and al.upper() == al:
                cs.append(al)       # acronyms: case-sensitive ("IS" is not "is")
                by_alias[key] = a
            else:
                ci.append(al)
                by_alias[al.lower()] = a
        for al in a.aliases_ar:
            ci.append(al)
            by_alias[al.lower()] = a
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(set(xs), key=len, reverse=True))
    rx_cs = re.compile(rf"(?<![\w-])(?:{alt(cs)})(?![\w-])")
    rx_ci = re.compile(rf"(?<![\w])(?:{alt(ci)})(?![\w])", re.IGNORECASE)
    return rx_cs, rx_ci, by_alias


_GENERIC_KINDS = ("police", "military", "unidentified", "protesters", "rioters", "civilians")


@lru_cache(maxsize=1)
def _generic_rx() -> list[tuple[str, re.Pattern]]:
    """Generic actor mentions, one pattern per kind, from the lexicons actors_generic_<kind>."""
    from .. import lexicons
    out = []
    for kind in _GENERIC_KINDS:
        p = lexicons.alternation(f"actors_generic_{kind}")
        if kind == "military":
            p = r"(?:the\s+)?(?:" + p + ")"
        elif kind == "unidentified":
            p = r"(?:unknown|unidentified)\s+(?:" + lexicons.alternation("actors_generic_unidentified_nouns") + ")|" + p
        out.append((kind, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)))
    return out


def find_actors(text: str, offset: int = 0, *, generic: bool = True) -> list[ActorMention]:
    """Named registry actors and generic actor mentions in ``text`` (spans shifted by ``offset``)."""
    rx_cs, rx_ci, by_alias = _named_patterns()
    out: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    for rx, key in ((rx_ci, str.lower), (rx_cs, lambda s: s)):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            a = by_alias.get(key(m.group(0)))
            if a is None:
                continue
            taken.append(m.span())
            out.append(ActorMention(m.start() + offset, m.end() + offset, m.group(0), "named", a))
    if generic:
        for kind, rx in _generic_rx():
            for m in rx.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                out.append(ActorMention(m.start() + offset, m.end() + offset, m.group(0), kind, None))
    out.sort(key=lambda x: x.start)
    return out
