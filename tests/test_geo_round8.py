"""Round 8 recognition and resolution rules for ACLED-style notes (real gazetteer; sentences invented
for these tests about generic situations)."""
from __future__ import annotations

import pytest

from marsad.geocode.acled import acled_admin1
from marsad.geocode.resolve import Geocoder


@pytest.fixture(scope="module")
def geo():
    return Geocoder()


def _places(geo, text):
    return [(p.name, p.country_code, p.admin1) for p in geo.geoparse(text)]


def test_locative_cue_before_a_lowercase_article(geo):
    """'in al-X': the preposition stands before the lowercase article and still makes X a place."""
    places = _places(geo, "Gunmen fired on a patrol in al-Hawija late on Sunday.")
    assert [cc for _n, cc, _a in places] == ["IQ"]


def test_other_name_in_parentheses_is_a_place(geo):
    """'X (also Y)': Y is another name of the place, a small town that needs no other cue."""
    places = _places(geo, "Mortar fire damaged a bakery in Jandiris (also Jandairis) on Tuesday.")
    assert any(cc == "SY" and "Jind" in n for n, cc, _a in places)


def test_region_after_a_parenthesised_other_name_is_its_parent(geo):
    """'X (Y), Z region': the region holds the place of both names, so a namesake of Y abroad loses."""
    places = _places(geo, "Rebels shelled a camp near Zorvanka (Balad), Middle Shabelle region, at dawn.")
    assert [cc for _n, cc, _a in places] == ["SO"]
    places = _places(geo, "A convoy was ambushed near Zorvanow (El Bur), Galgaduud region, on Monday.")
    assert places and all(cc == "SO" for _n, cc, _a in places)


def test_acled_spelling_of_a_region_is_its_name(geo):
    """An admin1 written the ACLED way ('Saadah') is that region, not a same-sounding region abroad."""
    places = _places(geo, "Militia fighters clashed near a well in Wadi Zorvan (Saadah) on Friday.")
    assert [cc for _n, cc, _a in places] == ["YE"]


def test_parent_namesake_abroad_does_not_save_a_foreign_reading(geo):
    """'D district (C city)': when no reading of D lies in or near C, the gazetteer lacks D and the place
    falls to C, even if C has a small namesake in a country where D has no reading either."""
    places = _places(geo, "A mortar round landed in Dniprovskyi district (Kherson city) overnight.")
    assert [(n, cc) for n, cc, _a in places] == [("Kherson", "UA")]


def test_acled_spelling_of_al_marqab():
    assert acled_admin1("LY", "Al Murqub") == "Al Marqab"
    assert acled_admin1("LY", "Al Marqab") == "Al Marqab"


def test_english_spelling_variant_of_a_region(geo):
    """'Shebelle' for 'Shabelle': a common English spelling of the region is its name."""
    places = _places(geo, "Gunmen seized a bus in Lower Shebelle region on Friday.")
    assert [cc for _n, cc, _a in places] == ["SO"]


def test_parent_of_a_longer_unknown_name_rejects_its_first_word_abroad(geo):
    """'in A al-B district, Region': the parent is written for the longer name the gazetteer lacks; a reading
    of its first word in another country is a namesake, and a reading inside the parent would stay."""
    places = _places(geo, "Assailants bombed a pipeline in Mafraq al-Zorvan district, Shabwah, Yemen, on Monday.")
    assert all(cc == "YE" for _n, cc, _a in places)
    places = _places(geo, "Troops entered Mosul Zorvan district, Ninewa, at dawn.")
    assert [cc for _n, cc, _a in places] == ["IQ", "IQ"]


def test_chain_ending_in_a_country_rejects_a_namesake_abroad(geo):
    """'Name, Town, Country': a reading of the name outside the written country is a namesake; the name is
    a place the gazetteer lacks and the event falls to its parents."""
    places = _places(geo, "Security forces downed two drones near Maran, Sanaa, Yemen, on Sunday.")
    assert places and all(cc == "YE" for _n, cc, _a in places)
    places = _places(geo, "Protesters marched in Paris, Texas, United States.")
    assert [cc for _n, cc, _a in places] == ["US", "US", "US"]


def test_free_in_a_group_name_is_no_region(geo):
    """'the Free ... Army': the common word is no alternate name of a region abroad."""
    places = _places(geo, "Mortars landed in a village of Hamah, Syria; the Free Syrian Army claimed the attack.")
    assert all(cc == "SY" for _n, cc, _a in places)


def test_country_possessive_before_what_it_owns_is_attributive(geo):
    """"Country's operation / invasion": the country's own undertaking, no place of the event;
    "Country's X province" stays a place."""
    ps = geo.geoparse("A drone struck a checkpoint near Afrin as Turkey's operation in the area went on.")
    turkey = [p for p in ps if p.country_code == "TR"]
    assert turkey and all(getattr(p, "demonym", False) for p in turkey)
    ps = geo.geoparse("Shelling hit a market in Turkey's Hatay province on Monday.")
    assert any(p.country_code == "TR" and not getattr(p, "demonym", False) and p.feature_code == "PCLI" for p in ps)
