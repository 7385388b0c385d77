"""ACLED's admin1 spellings (geocode/acled.py, lexicon geo_acled_admin1)."""
import pytest

from marsad import lexicons
from marsad.geocode.acled import acled_admin1


@pytest.mark.parametrize("cc,name,want", [
    ("SY", "Idlib", "Idleb"),                      # the common English spelling
    ("SY", "Rīf Dimashq", "Rural Damascus"),       # the GeoNames name, with its diacritics
    ("IQ", "Nīnawá", "Ninewa"),
    ("IQ", "Salah ad Din", "Salah al-Din"),
    ("IQ", "Arbil", "Erbil"),                      # a governorate of the Kurdistan Region
    ("SO", "Shabeellaha Hoose", "Lower Shabelle"),  # Somali names become ACLED's English ones
    ("LY", "Surt", "Sirte"),
    ("PS", "Khan Yunis", "Gaza Strip"),            # ACLED's two Palestinian regions
    ("SY", "al-Hasakah", "Al Hasakeh"),            # articles and hyphens do not matter
])
def test_known_spellings_become_acleds(cc, name, want):
    assert acled_admin1(cc, name) == want


def test_unknown_regions_and_other_countries_come_back_as_given():
    assert acled_admin1("IQ", "Baghdad") == "Baghdad"
    assert acled_admin1("TR", "Idlib") == "Idlib"          # the table is per country
    assert acled_admin1("SY", None) is None
    assert acled_admin1(None, "Idlib") == "Idlib"


def test_every_line_has_a_country_code_and_an_acled_name():
    for line in lexicons.load("geo_acled_admin1"):
        parts = line.split("|")
        assert len(parts) >= 2 and len(parts[0]) == 2 and parts[0].isupper() and parts[1].strip(), line


def test_events_carry_acleds_admin1_spelling():
    """Written for marsad: an invented incident in a town of Nineveh governorate."""
    from marsad.config import load_config
    from marsad.run.pipeline import Pipeline
    p = Pipeline.from_config(load_config(env={}), quotes=False, claims=False)
    rec = {"id": "a", "published": "2021-05-04",
           "text": "On 3 May 2021, a roadside bomb killed two soldiers near Sinjar, Nineveh province, officials said."}
    (e,) = p.process_record(rec)["events"]
    assert (e["country_code"], e["admin1"]) == ("IQ", "Ninewa")
