"""Transliteration variants the geocoder folds (names written for these tests): the Arabic feminine ending
written -eh, and a province named by a spelling that is exact only for its capital."""
import pytest

from marsad.geocode import names
from marsad.geocode.resolve import Geocoder


@pytest.fixture(scope="module")
def geo():
    from marsad.config import load_config
    return Geocoder.from_config(load_config(env={}))


def test_feminine_ending_eh_and_ah_share_a_skeleton():
    assert names.skeleton(names.canon("Raqqeh")) == names.skeleton(names.canon("Ar-Raqqah"))
    assert names.skeleton(names.canon("Hasakeh")) == names.skeleton(names.canon("Al-Hasakah"))


def test_only_a_consonant_before_eh_folds():
    assert names.skeleton("saleh") == names.skeleton("salah")
    assert names.skeleton("baeh") != names.skeleton("baah")   # a vowel before: only the silent h goes


def test_province_suffix_reaches_the_province_by_skeleton(geo):
    """Written for marsad (real gazetteer)."""
    places = geo.geoparse("Fighting broke out in Hasakeh province on Monday.")
    assert [(p.country_code, p.feature_code) for p in places] == [("SY", "ADM1")]


def test_feminine_ending_does_not_fall_to_a_far_namesake(geo):
    """Written for marsad (real gazetteer): without the fold, 'Raqqeh' met a village in England."""
    places = geo.geoparse("Militants attacked a checkpoint in Raqqeh on Monday.")
    assert [p.country_code for p in places] == ["SY"]
