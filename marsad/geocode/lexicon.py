"""The recogniser's word lists. Plain lists live in data files ``marsad/data/lexicons/geo_*.txt`` (each says
where its words come from, loaded by ``marsad.lexicons``); only small maps (suffix -> feature classes,
direction -> vector) stay here. All are general knowledge of English and Arabic, not taken from any corpus."""
from __future__ import annotations

from ..lexicons import load

FUNCTION_WORDS = frozenset(load("geo_function_words"))
# a capitalised word right after one of these is a surname, and the given name itself is not a place
GIVEN_NAMES = frozenset(load("geo_given_names"))
# capitalised common words and name parts that are also names of (small) places somewhere
COMMON_CAPS = frozenset(load("geo_common_caps"))
PERSON_TITLES = frozenset(load("geo_person_titles"))
# words that, right before a capitalised name, say it is a place
LOCATIVE_PREPS = frozenset(load("geo_locative_preps"))
STRONG_LOCATIVE = frozenset(load("geo_strong_locative"))

# generic words that can follow a name and stay in the span: "Anbar province", "Rapides Parish"
ADMIN_SUFFIXES = {
    "province": ("A",), "governorate": ("A",), "county": ("A",), "parish": ("A",), "district": ("A", "P"),
    "state": ("A",), "region": ("A",), "prefecture": ("A",), "oblast": ("A",), "municipality": ("A", "P"),
    "township": ("A", "P"), "borough": ("A", "P"), "city": ("P",), "town": ("P",), "village": ("P",),
    "governate": ("A",), "territory": ("A",),
    # the units below the province in conflict countries; the gazetteer often has only the seat town (a
    # Sahel "department" is named after its seat: "the Kello department")
    "department": ("A", "P"),
    "cercle": ("A", "P"), "commune": ("A", "P"), "tehsil": ("A", "P"), "subdistrict": ("A", "P"),
    "sub-district": ("A", "P"), "nahiya": ("A", "P"), "woreda": ("A", "P"), "raion": ("A", "P"),
    # Russia's and Ukraine's first-level units ("Krasnodar Krai", "Donetsk oblast" above)
    "krai": ("A",), "kray": ("A",), "okrug": ("A",), "rayon": ("A", "P"),
}
# "the Anbar desert", "the Nineveh plains"
AREA_SUFFIXES = frozenset(load("geo_area_suffixes"))

DIRECTION_WORDS = {
    "north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
    "northeast": (1, 1), "northwest": (1, -1), "southeast": (-1, 1), "southwest": (-1, -1),
    "north-east": (1, 1), "north-west": (1, -1), "south-east": (-1, 1), "south-west": (-1, -1),
}

# Arabic words that are never a place name on their own (pronouns, particles, generic nouns), and the words
# that put a place name after them
ARABIC_COMMON = frozenset(load("geo_arabic_common"))
ARABIC_LOCATIVE = frozenset(load("geo_arabic_locative"))
