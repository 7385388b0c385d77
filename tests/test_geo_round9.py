"""Round 9, event places in any writing style (issue 9): a province the gazetteer knows only by its seat town,
a country that closes a written hierarchy against one named later in passing, a town read as a namesake
outside the region written right after it, and a distance-and-bearing reference ("40 km north of <City>").
Notes invented for these tests."""
from __future__ import annotations

import math

from marsad import model
from marsad.geocode import event_place


def _top(pipeline, text: str) -> dict:
    evs = pipeline.process_record({"id": "t", "text": text})["events"]
    assert evs, text
    return evs[0]


def _km(a, b, c, d) -> float:
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _place(start, text, name, cc, fc, admin1, lat, lon, gid):
    return model.Place(start=start, end=start + len(text), text=text, name=name, latitude=lat, longitude=lon,
                       country_code=cc, admin1=admin1, feature_code=fc, geonameid=gid)


# -- a province named after its seat town ---------------------------------------------------------------

def test_governorate_known_only_by_its_seat_town_places_the_event_in_it(pipeline):
    e = _top(pipeline, "On 3 May 2022, a drone crashed into a farm in Dihok governorate, Iraq, wounding a shepherd.")
    assert e["country"] == "Iraq"
    assert e["admin1"] and e["location"] != "Iraq"
    assert e["geo_precision"] == 3          # the governorate is what is known, not the town


# -- the country of a written hierarchy against a country named in passing --------------------------------

def test_country_closing_a_hierarchy_beats_a_country_named_later_in_passing(pipeline):
    text = ("On 11 May 2021, gunmen in Bannu area, Frontier Region, Pakistan, shot dead two men accused of spying "
            "for foreign troops in Afghanistan.")
    e = _top(pipeline, text)
    assert e["country"] == "Pakistan"


# -- a town and the region written right after it ---------------------------------------------------------

class _NoGaz:
    gaz = None


def test_town_outside_its_written_region_falls_back_to_the_region():
    text = "A bomb went off near Kelmar, Ostrava Region, last night."
    town = _place(text.index("Kelmar"), "Kelmar", "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1)
    region = _place(text.index("Ostrava Region"), "Ostrava Region", "Ostrava", "XX", "ADM1", "Ostrava", 12.0, 21.0, 2)
    got = event_place.under_written_region(_NoGaz(), text, town, (town, region))
    assert got is not None and got[0] is region and got[1] is False


def test_town_inside_its_written_region_is_kept():
    text = "A bomb went off near Kelmar, Ostrava Region, last night."
    town = _place(text.index("Kelmar"), "Kelmar", "Kelmar", "XX", "PPL", "Ostrava", 12.1, 21.1, 1)
    region = _place(text.index("Ostrava Region"), "Ostrava Region", "Ostrava", "XX", "ADM1", "Ostrava", 12.0, 21.0, 2)
    assert event_place.under_written_region(_NoGaz(), text, town, (town, region)) is None


def test_an_alias_in_brackets_is_no_region():
    text = "Shelling hit Kelmar (Kelmaar) overnight."
    town = _place(text.index("Kelmar"), "Kelmar", "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1)
    alias = _place(text.index("Kelmaar"), "Kelmaar", "Kelmaar", "YY", "ADM1", "Kelmaar", 30.0, 40.0, 2)
    assert event_place.under_written_region(_NoGaz(), text, town, (town, alias)) is None


def test_a_region_abroad_the_report_barely_holds_does_not_win():
    text = "Gunmen raided Kelmar (Ostrava department, Brenn region) at dawn."
    town = _place(text.index("Kelmar"), "Kelmar", "Kelmar", "XX", "PPL", "Brenn", 10.0, 20.0, 1)
    foreign = _place(text.index("Ostrava"), "Ostrava", "Ostrava", "YY", "ADM1", "Ostrava", 50.0, 18.0, 2)
    home = _place(text.index("Brenn region"), "Brenn region", "Brenn", "XX", "ADM1", "Brenn", 10.5, 20.5, 3)
    assert event_place.under_written_region(_NoGaz(), text, town, (town, foreign, home)) is None


def test_site_between_a_namesake_abroad_and_its_province_gives_way_to_the_province(pipeline):
    e = _top(pipeline, "On 19 March 2022, an unidentified drone struck a truck at Hamra hill (Homs), killing 1 driver.")
    assert e["country"] == "Syria" and e["admin1"] == "Homs" and e["geo_precision"] == 2


# -- distance and bearing from a town ---------------------------------------------------------------------

def test_offset_point_moves_the_reference_by_distance_and_bearing():
    town = _place(0, "Kelmar", "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1)
    q = event_place.offset_point("40 km north of", town)
    assert q is not None and abs(_km(10.0, 20.0, q.latitude, q.longitude) - 40) < 1 and q.latitude > 10.0
    q = event_place.offset_point("25 miles south-west of", town)
    assert q is not None and q.latitude < 10.0 and q.longitude < 20.0
    assert abs(_km(10.0, 20.0, q.latitude, q.longitude) - 40.2) < 1
    assert event_place.offset_point("outskirts of", town) is None
    assert event_place.offset_point("40 km north of", _place(0, "Ostrava", "Ostrava", "XX", "ADM1", "Ostrava",
                                                             12.0, 21.0, 2)) is None


def test_event_written_as_distance_from_a_city_is_not_at_the_city(pipeline):
    e = _top(pipeline, "On 7 August 2021, an IED hit an army patrol about 40 km west of Kirkuk, killing 2 soldiers.")
    assert e["admin1"] == "Kirkuk" and e["geo_precision"] == 2
    assert 30 < _km(35.468, 44.392, e["latitude"], e["longitude"]) < 50


def test_region_of_the_sentence_beats_the_city_a_distance_is_measured_from(pipeline):
    e = _top(pipeline, "On 7 August 2021, a drone struck a truck in Bakool region, some 40 km north of Baidoa, "
                       "killing 3 militants.")
    assert e["country"] == "Somalia" and e["admin1"] == "Bakool"


# -- a part of a country written as a bearing and the country's name --------------------------------------

def test_bearing_and_country_name_is_that_country_not_a_namesake_town_abroad(pipeline):
    e = _top(pipeline, "On 5 April 2024, a drone struck a motorbike near a farm in South Lebanon, killing 1 rider.")
    assert e["country"] == "Lebanon"


def test_part_of_country_leaves_other_places_alone():
    class _Gaz:
        def search(self, name, limit=5):
            raise AssertionError("no lookup for a plain name")
    town = _place(0, "Kelmar", "Kelmar", "XX", "PPL", "North", 10.0, 20.0, 1)
    assert event_place.part_of_country(type("G", (), {"gaz": _Gaz()})(), town) is None


# -- Russia's regions in ACLED spelling --------------------------------------------------------------------

def test_krai_written_after_its_town_gives_the_region_in_acled_spelling(pipeline):
    e = _top(pipeline, "On 2 September 2024, a drone hit a fuel tank at a port in Sochi (Krasnodar Krai). No casualties.")
    assert e["country"] == "Russia" and e["admin1"] == "Krasnodar"


def test_oblast_alone_places_the_event_in_the_region(pipeline):
    e = _top(pipeline, "On 2 September 2024, a drone set fire to a warehouse in Tambov Oblast. No casualties.")
    assert e["country"] == "Russia" and e["admin1"] == "Tambov" and e["geo_precision"] == 3


# -- the dated incident sentence against undated context ----------------------------------------------------

def test_dated_incident_sentence_places_the_event_not_the_undated_context(pipeline):
    text = ("Rival militias have kept up shelling and drone attacks around Aden for weeks. On 9 June 2023, a drone "
            "hit a fuel truck in Ataq (Shabwah), killing 2 drivers.")
    evs = pipeline.process_record({"id": "t", "text": text})["events"]
    dated = [e for e in evs if e["event_date"] == "2023-06-09"]
    assert dated and all(e["admin1"] == "Shabwah" for e in dated)
