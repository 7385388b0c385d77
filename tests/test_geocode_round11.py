"""Round 11, event places in full reports (issue 9): the lead that names only the region and a later sentence
of the event that names the town, the dateline city of a lead that names no other place, a dateline in title
case, a distance without a bearing, a town written with its district-level unit, a "city" the gazetteer knows
only as the province named after it, a country named as a destination, and "the provincial capital".
Sentences invented for these tests."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from marsad import model
from marsad.geocode import event_place
from marsad.geocode.gazetteer import Entry
from marsad.geocode.resolve import Geocoder, _is_dateline, locate


@pytest.fixture(scope="module")
def geo():
    return Geocoder()


def _place(text, sub, name, cc, fc, admin1, lat, lon, gid, at=None):
    start = text.index(sub) if at is None else at
    return model.Place(start=start, end=start + len(sub), text=sub, name=name, latitude=lat, longitude=lon,
                       country_code=cc, admin1=admin1, feature_code=fc, geonameid=gid)


def _sentences(text):
    out, a = [], 0
    for part in text.split("\n\n"):
        out.append((a, a + len(part)))
        a += len(part) + 2
    return out


def _choose(geo, text, anchor_i=0, sent_is=None):
    spans = _sentences(text)
    c = SimpleNamespace(anchor=spans[anchor_i], sentences=[spans[i] for i in (sent_is or [anchor_i])], date=None)
    return event_place.choose(geo, text, c, geo.geoparse(text))


# -- the lead names the region, a later sentence of the event the town in it ------------------------------

LEAD = "LONDON, May 3 (Agency) - Gunmen killed nine farmers in an attack in Iraq's Babil province on Friday, officials said."


def test_town_of_a_later_sentence_refines_the_region_of_the_lead(geo):
    text = LEAD + "\n\nThe attackers stormed a hamlet about 12 km from the town of Musayyib after dark, residents said."
    p, prec = _choose(geo, text, 0, [0, 1])
    assert p is not None and event_place.fold(p.name) == "Al-Musayab"
    assert prec == 2          # 12 km from the town: near it, not in it


def test_a_destination_in_a_later_sentence_does_not_refine_the_region(geo):
    text = LEAD + "\n\nThe wounded were taken to Hilla, residents said."
    p, prec = _choose(geo, text, 0, [0, 1])
    assert p is not None and p.feature_code == "ADM1" and prec == 3


def test_a_town_of_another_region_does_not_refine_the_region(geo):
    text = LEAD + "\n\nThe governor flew in from Najaf on Saturday, residents said."
    p, prec = _choose(geo, text, 0, [0, 1])
    assert p is not None and p.feature_code == "ADM1"


# -- the dateline city of a lead that names no other place ------------------------------------------------

def test_lead_with_no_other_place_is_in_its_dateline_city(geo):
    text = ("BANIAS: Two policemen were killed on Monday when a bomb planted on a motorcycle went off next to their "
            "patrol car, officials said.\n\nSeparately, gunmen attacked a checkpoint in Safita on Tuesday.")
    p, prec = _choose(geo, text, 0, [0])
    assert p is not None and event_place.fold(p.name) == "Baniyas" and prec == 1


def test_lead_naming_a_place_keeps_that_place_not_the_dateline(geo):
    text = ("BANIAS: Two policemen were killed on Monday when a bomb went off next to their patrol car in Jableh, "
            "officials said.\n\nSeparately, gunmen attacked a checkpoint in Safita on Tuesday.")
    p, _ = _choose(geo, text, 0, [0])
    assert p is not None and event_place.fold(p.name) == "Jablah"


def test_dateline_in_title_case_yields_to_the_place_of_the_lead():
    text = "Kelmar, Jan 5 (Agency) - Gunmen killed three people in Zorvan on Monday."
    kel = _place(text, "Kelmar", "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1)
    zor = _place(text, "Zorvan", "Zorvan", "XX", "PPL", "North", 11.0, 21.0, 2)
    assert _is_dateline(text, kel)
    assert locate(text, (kel, zor), (0, len(text))).place is zor


def test_a_town_opening_a_sentence_is_no_dateline():
    text = "Kelmar police said on Monday that three people were killed - two of them children."
    kel = _place(text, "Kelmar", "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1)
    assert not _is_dateline(text, kel)


# -- a distance without a bearing; a town written with its district-level unit ------------------------------

def test_distance_from_a_town_without_a_bearing_is_near_the_town():
    text = "The attackers stormed a hamlet about 12 km (eight miles) from the town of Kelmar."
    kel = _place(text, "Kelmar", "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1)
    loc = locate(text, (kel,), (0, len(text)))
    assert loc.geo_precision == 2 and "12 km" in (loc.relation or "")


def test_the_town_itself_keeps_town_precision():
    text = "The attackers stormed the town of Kelmar at dawn, 12 km of road away from the border."
    kel = _place(text, "Kelmar", "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1)
    assert locate(text, (kel,), (0, len(text))).geo_precision == 1


@pytest.mark.parametrize("written", ["Kelmar department", "Kelmar cercle", "Kelmar commune"])
def test_town_read_for_its_district_level_unit_is_precision_2(written):
    text = f"Gunmen attacked an army post in the {written} on Tuesday."
    kel = _place(text, written, "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1)
    assert locate(text, (kel,), (0, len(text))).geo_precision == 2


def test_town_followed_by_its_unit_word_outside_the_span_is_precision_2():
    text = "Bandits abducted 12 villagers in Kelmar Local Government Area on Sunday."
    kel = _place(text, "Kelmar", "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1)
    assert locate(text, (kel,), (0, len(text))).geo_precision == 2


def test_town_followed_by_another_noun_stays_precision_1():
    text = "Kelmar police said gunmen attacked a post in Kelmar on Tuesday."
    kel = _place(text, "Kelmar", "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1, at=text.rindex("Kelmar"))
    assert locate(text, (kel,), (0, len(text))).geo_precision == 1


def test_a_department_named_after_its_seat_is_found_by_its_seat_town(geo):
    ps = geo.geoparse("Gunmen on motorbikes attacked an army post in the Abala department of Niger on Tuesday.")
    got = [p for p in ps if p.text.startswith("Abala")]
    assert got and got[0].country_code == "NE" and got[0].text == "Abala department"


# -- "X city" where the gazetteer knows X only as the province named after its seat -------------------------

class _Gaz:
    """A gazetteer stub: the towns of one invented province."""

    def __init__(self, towns):
        self.towns = towns

    def towns_of_admin1(self, cc, admin1_code, limit=20):
        return [t for t in self.towns if t.country_code == cc and t.admin1_code == admin1_code]


def _entry(i, name, fc, level_fc_class="P", lat=10.0, lon=20.0):
    return Entry(i, name, lat, lon, level_fc_class, fc, "XX", "07", None, "Zorvan", None, 1000)


def _city_mention(text, best, candidates):
    return SimpleNamespace(text=text, suffix=text.split()[-1].lower(), best=best, candidates=candidates)


def test_city_known_only_as_its_province_is_the_provinces_town():
    prov = _entry(1, "Zorvan", "ADM1", "A", 11.0, 21.0)
    town = _entry(2, "Zorwan", "PPL", "P", 10.5, 20.5)
    g = SimpleNamespace(gaz=_Gaz([_entry(3, "Kelmar", "PPL"), town]))
    m = _city_mention("Zorvan city", prov, [prov])
    assert Geocoder._seat_for_city(g, m) is True and m.best is town


def test_city_of_a_province_without_a_town_of_its_name_is_dropped():
    prov = _entry(1, "Zorvan", "ADM1", "A", 11.0, 21.0)
    g = SimpleNamespace(gaz=_Gaz([_entry(3, "Kelmar", "PPL")]))
    m = _city_mention("Zorvan city", prov, [prov])
    assert Geocoder._seat_for_city(g, m) is False and m.best is prov


def test_a_town_read_as_a_city_is_left_alone():
    town = _entry(2, "Zorvan", "PPL")
    g = SimpleNamespace(gaz=_Gaz([]))
    m = _city_mention("Zorvan city", town, [town])
    assert Geocoder._seat_for_city(g, m) is True and m.best is town


def test_city_after_a_province_with_no_such_town_is_no_place(geo):
    assert geo.geoparse("Mortar rounds hit Saladin city on Monday.") == ()


# -- a country named as a destination ---------------------------------------------------------------------

def test_a_country_people_are_sent_to_does_not_outweigh_the_town_of_the_event(geo):
    text = "In Banias, militants shot dead two men on Monday after accusing them of passing information to Cyprus."
    p, _ = _choose(geo, text)
    assert p is not None and p.country_code == "SY"


def test_a_country_named_outright_still_places_the_event():
    text = "Gunmen killed two men in Kelmar, Lebanon, on Monday."
    kel = _place(text, "Kelmar", "Kelmar", "SY", "PPL", "North", 35.0, 37.0, 1)
    lb = _place(text, "Lebanon", "Lebanon", "LB", "PCLI", None, 33.8, 35.8, 2)
    kept = event_place.consistent((kel, lb), (0, len(text)), text)
    assert lb in kept and kel not in kept


# -- "the provincial capital" ---------------------------------------------------------------------------

def test_the_provincial_capital_is_the_seat_of_the_province_named_before(geo):
    text = ("Fighting raged across Najaf province on Tuesday.\n\nIn the provincial capital, at least 20 "
            "fighters were killed in clashes near the airport, a monitor said.")
    spans = _sentences(text)
    q = event_place.capital_anaphor(geo, text, None, geo.geoparse(text), spans[1])
    assert q is not None and event_place.fold(q.name) == "Najaf" and q.feature_code != "ADM1"


def test_the_provincial_capital_written_with_its_name_is_left_to_the_name(geo):
    text = ("Fighting raged across Najaf province on Tuesday.\n\nIn the provincial capital Kufa, at least "
            "20 fighters were killed, a monitor said.")
    spans = _sentences(text)
    assert event_place.capital_anaphor(geo, text, None, geo.geoparse(text), spans[1]) is None
