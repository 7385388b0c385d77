"""Toponym recognition, resolution, event location and the geoparse batch command, on a tiny
gazetteer built from hand-written GeoNames fixture lines. Texts are written for these tests."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from marsad import model
from marsad.geocode import gazetteer as gz
from marsad.geocode.resolve import PLACE_FIELDS, Geocoder, locate

FIX = Path(__file__).resolve().parent / "fixtures" / "geo"
DUMPS = [FIX / "XX.txt", FIX / "admin1CodesASCII.txt", FIX / "admin2Codes.txt", FIX / "alternateNamesV2.txt"]


@pytest.fixture(scope="session")
def gaz_file(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("geo") / "gaz.sqlite"
    gz.import_geonames(p, DUMPS)
    gz.add_csv(p, FIX / "places.csv")
    return p


@pytest.fixture(scope="session")
def geo(gaz_file) -> Geocoder:
    return Geocoder(str(gaz_file))


def by_text(places):
    return {p.text: p for p in places}


def test_anbar_report(geo):
    text = ("Gunmen attacked an army checkpoint near Rutba in western Anbar on Tuesday, officials said. "
            "Clashes were also reported in Amiriyat al-Fallujah and on the outskirts of Hit, while "
            "a convoy was hit 20 km west of Ramadi. Police in Falluja and Al Qa'im were put on alert.")
    ps = geo.geoparse(text)
    got = by_text(ps)
    for p in ps:
        assert text[p.start:p.end] == p.text
    assert got["Rutba"].geonameid == 900006 and got["Rutba"].country_code == "IQ"   # not the Syrian one
    assert got["Anbar"].feature_code == "ADM1"
    assert got["Amiriyat al-Fallujah"].geonameid == 900008
    assert got["Hit"].geonameid == 900005
    assert got["Ramadi"].geonameid == 900003
    assert got["Falluja"].geonameid == 900004
    assert got["Al Qa'im"].geonameid == 900007


def test_hierarchy_and_document_context(geo):
    ps = by_text(geo.geoparse("A fire destroyed a mobile home in Alexandria, La., on Sunday."))
    assert ps["Alexandria"].admin1 == "Louisiana"
    ps = by_text(geo.geoparse("The parish council of Rapides Parish met in Alexandria to discuss the levee."))
    assert ps["Alexandria"].admin1 == "Louisiana"
    assert ps["Rapides Parish"].feature_code == "ADM2"
    ps = by_text(geo.geoparse("Tourists flocked to Paris, the French capital, as France reopened museums."))
    assert ps["Paris"].country_code == "FR"
    ps = by_text(geo.geoparse("The school board in Paris, Texas, voted on Monday."))
    assert ps["Paris"].country_code == "US" and ps["Paris"].admin1 == "Texas"
    ps = by_text(geo.geoparse("Ships docked in Alexandria, Egypt, after the storm."))
    assert ps["Alexandria"].country_code == "EG"


def test_admin_suffix_and_variants(geo):
    ps = by_text(geo.geoparse("Fighting spread across Anbar province and the Anbar desert."))
    assert ps["Anbar province"].feature_code == "ADM1"
    ps = by_text(geo.geoparse("Residents of الرمادي and الفلوجة fled."))
    assert ps["الرمادي"].geonameid == 900003 and ps["الفلوجة"].geonameid == 900004


def test_people_and_common_words_are_not_places(geo):
    text = ("Chiquita Raquel Henry, 19, was charged on Monday. Deputies said Henry set the fire. "
            "Mr. Paris told reporters the Police Department would respond.")
    names = [p.text for p in geo.geoparse(text)]
    assert "Henry" not in names
    assert "Paris" not in names
    assert "Police" not in names


def test_unresolvable_toponym_keeps_the_rest(geo):
    ps = geo.geoparse("From Zzyzxville to Ramadi and on to Baghdad, the road was closed.")
    assert {p.text for p in ps} == {"Ramadi", "Baghdad"}


def test_demonym_resolves_to_country_but_is_not_an_event_location(gaz_file, tmp_path):
    # the fixture gazetteer has no demonyms: use a place list plus the locate() rule
    text = "Iraqi troops entered Hit."
    places = (model.Place(0, 5, "Iraqi", name="Iraq", latitude=33.0, longitude=44.0, country_code="IQ",
                          feature_code="PCLI", demonym=True) if "demonym" in model.Place.__dataclass_fields__ else
              model.Place(0, 5, "Iraqi", name="Iraq", latitude=33.0, longitude=44.0, country_code="IQ",
                          feature_code="PCLI"),
              model.Place(21, 24, "Hit", name="Hit", latitude=33.64, longitude=42.83, country_code="IQ",
                          feature_code="PPL", population=60000))
    loc = locate(text, places, (0, len(text)))
    assert loc.place.text == "Hit" and loc.geo_precision == 1 and loc.urban is True


@pytest.mark.parametrize("sentence,place,precision,relation,urban", [
    ("A convoy was ambushed 20 km west of Ramadi on Friday.", "Ramadi", 2, "20 km west of", None),
    ("Mortars fell on the outskirts of Hit overnight.", "Hit", 2, "outskirts of", False),
    ("Militants hid in the desert near Rutba.", "Rutba", 2, "desert near", False),
    ("Airstrikes hit rural areas of Anbar.", "Anbar", 2, "rural areas of", False),
    ("A bomb exploded in Ramadi.", "Ramadi", 1, None, True),
    ("Clashes were reported in Anbar.", "Anbar", 3, None, None),
    ("Fighting continued in western Anbar.", "Anbar", 2, "western", None),
])
def test_locate_relative_expressions(geo, sentence, place, precision, relation, urban):
    ps = geo.geoparse(sentence)
    loc = geo.locate(sentence, ps, (0, len(sentence)))
    assert loc.place is not None and loc.place.text == place
    assert loc.geo_precision == precision
    if relation is None:
        assert loc.relation is None
    else:
        assert loc.relation is not None and relation in loc.relation
    if urban is not None:
        assert loc.urban is urban


def test_locate_prefers_the_anchor_sentence(geo):
    text = "Officials in Baghdad condemned the attack. The bomb exploded in a market in Ramadi."
    ps = geo.geoparse(text)
    s = text.index("The bomb")
    assert geo.locate(text, ps, (s, len(text))).place.text == "Ramadi"
    assert geo.locate(text, ps, (0, s)).place.text == "Baghdad"
    assert geo.locate(text, (), (0, 5)).place is None


def test_process_record_contract(geo):
    text = "Two people were killed in Ramadi, police said."
    out = geo.process_record({"id": "x", "text": text, "published": "2020-01-02"})
    assert list(out) == ["places"]
    (p,) = out["places"]
    assert tuple(p) == PLACE_FIELDS
    assert text[p["start"]:p["end"]] == p["text"] == "Ramadi"
    assert p["geonameid"] == 900003 and p["country_code"] == "IQ"
    json.dumps(out)


@pytest.mark.parametrize("text", [
    "", "   \n\t ", "1234567890 42 7", "🙂🔥💥🙂", "ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ ⵜⴰⵏⵎⵎⵉⵔⵜ", "ᚠᚢᚦᚨᚱᚲ ᚷᚹ", "\x00\x01\x02",
    "a" * 200_000,
])
def test_bad_input_gives_empty_places(geo, text):
    assert geo.geoparse(text) == ()


def test_ten_megabyte_text(geo):
    text = ("zz " * 3_500_000)[:10_000_000]
    assert geo.geoparse(text) == ()


def test_non_string_text(geo):
    assert geo.geoparse(None) == ()  # type: ignore[arg-type]
    with pytest.raises(Exception) as ei:
        geo.process_record({"id": 1, "text": 5})
    assert getattr(ei.value, "code", None) == "missing_field"


words = st.sampled_from(["Ramadi", "Hit", "Anbar", "al-Fallujah", "Amiriyat", "Rutba,", "Paris", "Texas", "in",
                         "near", "the", "of", "Mr.", "Henry", "20", "km", "west", "La.", ",", ".", "\n", "🙂",
                         "الرمادي", "Ω", "Baghdad's", "U.S.", "-", "'", "province"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(words, max_size=30).map(" ".join) | st.text(max_size=200))
def test_offsets_property(geo, text):
    for p in geo.geoparse(text):
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start:p.end] == p.text
        assert p.latitude is not None and -90 <= p.latitude <= 90 and -180 <= p.longitude <= 180
    rec = geo.process_record({"id": "h", "text": text})
    for p in rec["places"]:
        assert text[p["start"]:p["end"]] == p["text"]
    ps = geo.geoparse(text)
    loc = geo.locate(text, ps, (0, len(text)))
    assert loc.geo_precision in (None, 1, 2, 3)


def test_cli_geoparse_batch_contract(gaz_file, tmp_path):
    inp = tmp_path / "docs.jsonl"
    inp.write_text("\n".join([
        json.dumps({"id": "a", "text": "A car bomb exploded in Ramadi."}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "Talks in Paris, Texas.", "published": "2021-03-04"}),
    ]) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "--gazetteer", str(gaz_file), "geoparse",
                        "--input", str(inp)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x.get("id") for x in lines] == ["a", None, "b", "c", "d"]
    assert lines[0]["places"][0]["name"] == "Ramadi"
    assert lines[1]["error"]["code"] == "malformed_json"
    assert lines[2]["error"]["code"] == "missing_field"
    assert lines[3]["places"] == []
    assert lines[4]["places"][0]["admin1"] == "Texas"
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "--gazetteer", str(tmp_path / "none.sqlite"),
                        "geoparse", "--input", str(inp)], capture_output=True, text=True)
    assert r.returncode == 2 and "gazetteer build" in r.stderr


def test_outlet_region_is_a_prior(geo):
    text = "The festival in Alexandria drew large crowds."
    assert by_text(geo.geoparse(text, region="US-LA"))["Alexandria"].admin1 == "Louisiana"
    assert by_text(geo.geoparse(text, region="EG"))["Alexandria"].country_code == "EG"
    out = geo.process_record({"id": 1, "text": text, "region": "US-VA"})
    assert out["places"][0]["admin1"] == "Virginia"


def test_hashtag_repeating_a_name_is_a_tag(geo):
    text = "Floods hit Ramadi today #Ramadi #rain"
    assert [p.text for p in geo.geoparse(text)] == ["Ramadi"]
    assert [p.text for p in geo.geoparse("Stay safe #Ramadi")] == ["Ramadi"]


def test_locate_skips_places_inside_organisation_names(geo):
    text = "The Texas Parks Board said a grass fire burned near Paris on Monday."
    ps = geo.geoparse(text)
    assert {"Texas", "Paris"} <= {p.text for p in ps}
    loc = geo.locate(text, ps, (0, len(text)))
    assert loc.place.text == "Paris" and loc.geo_precision == 2 and loc.relation == "near"


def test_to_after_a_speech_verb_is_not_a_place_cue(geo):
    assert [p.text for p in geo.geoparse("The soldier explained to Henry that Ramadi was calm.")] == ["Ramadi"]
