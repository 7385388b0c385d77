"""The shipped boundary files and the admin1 matcher (marsad/geocode/boundaries.py)."""
from __future__ import annotations

from marsad.geocode import boundaries


def test_countries_and_admin1_are_geojson_with_ids():
    c = boundaries.countries()
    assert c["type"] == "FeatureCollection" and len(c["features"]) > 200
    iq = [f for f in c["features"] if f["id"] == "IQ"]
    assert iq and iq[0]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    a = boundaries.admin1("IQ")
    assert 15 <= len(a["features"]) <= 20
    for f in a["features"]:
        ring = f["geometry"]["coordinates"][0] if f["geometry"]["type"] == "Polygon" else f["geometry"]["coordinates"][0][0]
        assert ring[0] == ring[-1] and len(ring) >= 4
        assert f["properties"]["cc"] == "IQ"


def test_match_admin1_by_stored_region_names():
    anbar = boundaries.match_admin1("IQ", "Anbar")
    assert anbar is not None
    assert boundaries.match_admin1("iq", "Al Anbar Governorate") == anbar
    assert boundaries.match_admin1("IQ", "Salah ad-Din") == boundaries.match_admin1("IQ", "Sala ad-Din")
    assert boundaries.match_admin1("US", "Kentucky") is not None
    assert boundaries.match_admin1("IQ", "Kentucky") is None
    assert boundaries.match_admin1(None, "Anbar") is None


def test_source_names_licence_and_no_endorsement():
    assert "Natural Earth" in boundaries.SOURCE["source"]
    assert "public domain" in boundaries.SOURCE["licence"]
    assert "not an endorsement" in boundaries.SOURCE["note"]
    size = sum(p.stat().st_size for p in boundaries.DIR.glob("*.gz"))
    assert size < 3_000_000
