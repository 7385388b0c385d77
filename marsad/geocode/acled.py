"""ACLED's admin1 spellings.

Analysts compare marsad's events with ACLED's, and ACLED spells a region its own way ("Idleb", "Ninewa",
"Lower Shabelle"), which is often neither the GeoNames name the gazetteer carries ("Idlib", "Nīnawá",
"Shabeellaha Hoose") nor the one an article writes. ``acled_admin1(cc, name)`` maps any known spelling of
a first-level region to ACLED's; an unknown region comes back as given. The table is the lexicon
``geo_acled_admin1`` (one line per region: country code, ACLED name, other spellings).
"""
from __future__ import annotations

from functools import lru_cache

from .. import lexicons
from ..lexicons import LexiconError
from .names import canon

VERSION = "acled-admin1-1"


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for line in lexicons.load("geo_acled_admin1"):
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 2 or len(parts[0]) != 2 or not parts[1]:
            raise LexiconError(f"geo_acled_admin1: a line needs 'CC|ACLED name|spellings...': {line!r}")
        cc, name = parts[0].upper(), parts[1]
        for spelling in parts[1:]:
            if spelling:
                out.setdefault((cc, canon(spelling)), name)
    return out


def acled_admin1(cc: str | None, name: str | None) -> str | None:
    """ACLED's spelling of the admin1 region ``name`` of country ``cc`` (ISO alpha-2); ``name`` itself when
    the table does not know it; None for None."""
    if not name:
        return name
    return _table().get(((cc or "").upper(), canon(name)), name)


def acled_spellings() -> dict[str, set[tuple[str, str]]]:
    """canonical key of every spelling the table knows -> {(country code, ACLED name)}: the names an
    ACLED-style note writes for a region ("Galgaduud", "Saadah"), which the gazetteer may not carry."""
    out: dict[str, set[tuple[str, str]]] = {}
    for (cc, key), name in _table().items():
        out.setdefault(key, set()).add((cc, name))
    return out
