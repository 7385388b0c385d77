"""Rural against urban on known towns (the installed gazetteer's population and feature class)."""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.analyze.urban import annotate, classify, gazetteer_lookup, rural_relation, split
from marsad.config import default_gazetteer_path


@pytest.fixture(scope="module")
def gaz():
    if not Path(default_gazetteer_path()).is_file():
        pytest.skip("the gazetteer is not built (make install builds it)")
    from marsad.geocode.gazetteer import Gazetteer

    g = Gazetteer(default_gazetteer_path())
    yield g
    g.close()


def ev(i, location, lat, lon, gp=1):
    return {"id": i, "location": location, "latitude": lat, "longitude": lon, "country_code": "IQ",
            "geo_precision": gp}


def test_rule_on_hand_given_places():
    assert classify(1, "PPL", 250_000) is True
    assert classify(1, "PPL", 1_500) is False
    assert classify(1, "PPL", None) is False                   # a village without a population
    assert classify(1, "PPLA2", 800) is True                   # an admin seat
    assert classify(3, "PPL", 250_000) is None                 # placed only to a region
    assert classify(2, "ADM1", None) is None                   # "northern X province"
    assert classify(2, "PPL", 250_000, before="clashes erupted on the outskirts of ") is False
    assert classify(2, "ADM1", None, before="a bomb in the rural areas of ") is False
    assert classify(2, "PPL", 250_000, after="'s outskirts on Monday") is False
    assert classify(2, "PPL", 250_000, before="a blast 20 km west of ") is True
    assert classify(1, "PPL", 13_000, threshold=20_000) is False


def test_rural_relation_cues():
    assert rural_relation("gunmen attacked a farm in the countryside of ")
    assert rural_relation("on the outskirts of the town of ")
    assert not rural_relation("a car bomb exploded in central ")
    assert not rural_relation("in the city of ")


def test_known_towns(gaz):
    evs = [ev("ramadi", "Ramadi", 33.4206, 43.3078), ev("mawet", "Mawet", 35.9012, 45.4142),
           ev("rawah", "Rawah", 34.4816, 41.9093), ev("edge", "Ramadi", 33.4206, 43.3078, gp=2),
           ev("province", "Anbar", 33.76, 42.04, gp=3), ev("nowhere", "Zzyzxville", 1.0, 1.0)]
    look = gazetteer_lookup(gaz)
    assert look(evs[0])[0] == "PPL" and look(evs[0])[1] > 100_000
    out = {e["id"]: e["urban"] for e in annotate(evs, look, {"edge": ("fighting on the outskirts of ", " on Sunday", "")})}
    assert out == {"ramadi": True, "mawet": False, "rawah": True, "edge": False, "province": None, "nowhere": None}
    assert split(annotate(evs, look, {}))["rural"] == ["mawet"]
    # the threshold is configurable: a town of 13,000 is rural at 20,000
    strict = {e["id"]: e["urban"] for e in annotate(evs, look, {}, threshold=20_000)}
    assert strict["rawah"] is False and strict["ramadi"] is True


def test_relation_in_the_sentence_when_the_dateline_gave_the_place():
    s = "Gunmen killed two herders on the outskirts of Ramadi on Sunday, an official said."
    assert classify(1, "PPL", 250_000, sentence=s, location="Ramadi") is False
    assert classify(1, "PPL", 250_000, sentence=s, location="Al Fallujah") is True
    assert classify(1, "PPL", 190_000, sentence="Fighting spread to rural areas of Fallujah.",
                    location="Al Fallūjah") is False
