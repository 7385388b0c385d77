"""Round 14, where the incident of a full wire report happened (issue 9): a bare town read in the country of the
dateline before a namesake abroad, the home town of the victims beside the place of the attack, the district
written after its province's possessive, a town in apposition to "capital", and "the provincial capital" in a
later sentence of the event. Sentences invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_geocode_round11 import _choose  # noqa: E402

from marsad.geocode import event_place  # noqa: E402
from marsad.geocode.resolve import Geocoder  # noqa: E402


@pytest.fixture(scope="module")
def geo():
    return Geocoder()


def _named(geo, text, surface):
    return [p for p in geo.geoparse(text) if p.text == surface]


# -- the dateline's country for a bare town ----------------------------------------------------------------

def test_bare_town_is_read_in_the_country_of_the_dateline(geo):
    text = "KINSHASA, Nov 1 (Wire) - Rebels killed fourteen civilians in a village near Beni on Sunday, officials said."
    (p,) = _named(geo, text, "Beni")
    assert p.country_code == "CD"


def test_a_country_the_text_names_beats_the_dateline(geo):
    text = "KINSHASA, Nov 1 (Wire) - Police clashed with miners in Beni, Bolivia, on Sunday, officials said."
    (p,) = _named(geo, text, "Beni")
    assert p.country_code == "BO"


# -- the victims' home town beside the place of the attack ------------------------------------------------

def test_home_town_of_the_victims_is_not_the_place_of_the_attack(geo):
    text = "ISLAMABAD, July 3 (Wire) - Gunmen killed five labourers from Dera Ismail Khan in Quetta on Wednesday."
    p, prec = _choose(geo, text)
    assert p is not None and event_place.fold(p.name) == "Quetta" and prec == 1


def test_home_town_alone_stays_the_place(geo):
    text = "ISLAMABAD, July 3 (Wire) - Gunmen killed five labourers from Dera Ismail Khan on Wednesday, police said."
    p, _ = _choose(geo, text)
    assert p is not None and event_place.fold(p.name) == "Dera Ismail Khan"


# -- "Province's Town district" -------------------------------------------------------------------------------

def test_district_after_the_possessive_of_its_province(geo):
    text = "KABUL, June 2 (Wire) - Gunmen killed two border guards in Kandahar's Spin Boldak district on Saturday."
    p, prec = _choose(geo, text)
    assert p is not None and event_place.fold(p.name) == "Spin Boldak" and prec == 2


def test_two_towns_without_a_possessive_keep_the_first(geo):
    text = "KABUL, June 2 (Wire) - Gunmen killed two border guards in Kandahar and Spin Boldak on Saturday."
    p, _ = _choose(geo, text)
    assert p is not None and event_place.fold(p.name) == "Kandahar"


# -- a town in apposition to "capital" --------------------------------------------------------------------

def test_town_in_apposition_to_capital_is_a_place(geo):
    text = "CAIRO, April 2 (Wire) - Fighters killed seven people in the West Darfur capital Geneina on Tuesday."
    p, prec = _choose(geo, text)
    assert p is not None and p.feature_code != "ADM1" and prec == 1 and p.admin1 == "West Darfur"


def test_capital_as_a_common_noun_names_no_place(geo):
    assert not _named(geo, "Investors pulled capital out of the bond market on Tuesday.", "capital")


# -- "the provincial capital" in a later sentence of the event ----------------------------------------------

GHAZNI = "KABUL, June 1 (Wire) - A bomb killed six people at a mosque in Ghazni province on Friday, officials said."


def test_provincial_capital_of_a_later_sentence_is_the_seat(geo):
    text = GHAZNI + "\n\nThe blast tore through the mosque during prayers in the provincial capital, a spokesman said."
    p, prec = _choose(geo, text, 0, [0, 1])
    assert p is not None and p.feature_code != "ADM1" and prec == 1


def test_km_from_the_provincial_capital_is_near_the_seat(geo):
    text = GHAZNI + "\n\nThe mosque stands in a village about 10 km from the provincial capital, a spokesman said."
    p, prec = _choose(geo, text, 0, [0, 1])
    assert p is not None and p.feature_code != "ADM1" and prec == 2


def test_provincial_capital_outside_the_event_keeps_the_province(geo):
    text = GHAZNI + "\n\nThe governor later flew in to the provincial capital, a spokesman said."
    p, prec = _choose(geo, text, 0, [0])
    assert p is not None and p.feature_code == "ADM1" and prec == 3
