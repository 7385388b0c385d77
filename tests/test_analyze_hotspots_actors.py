"""Hotspots and new armed groups on hand-built event tables with known answers."""
from __future__ import annotations

import pytest

from marsad.analyze.emerging import new_armed_groups, non_state_armed, top_actors
from marsad.analyze.hotspots import Grid, hotspots, precise
from marsad.analyze.periods import parse_period
from marsad.errors import ConfigError


def ev(i, day, lat=12.0, lon=30.0, gp=1, actor="Ember Hill Brigade", inter=2, country="Freedonia"):
    return {"id": f"fev_{i}", "event_date": day, "event_type": "Battles", "sub_event_type": "Armed clash",
            "actor1": actor, "inter1": inter, "actor2": None, "inter2": None, "country": country,
            "country_code": "FD", "admin1": "Northmarch", "admin2": None, "location": "Port Vale",
            "latitude": lat, "longitude": lon, "geo_precision": gp, "fatalities": 1, "doc_ids": ["d"]}


W1, W2 = parse_period("2022-W10"), parse_period("2022-W11")


def test_a_cell_rising_four_to_sixteen_is_a_hotspot_and_region_events_are_not_points():
    evs = [ev(f"a{k}", "2022-03-08") for k in range(4)] + [ev(f"b{k}", "2022-03-15") for k in range(16)]
    evs += [ev(f"far{k}", "2022-03-16", lat=-5.0, lon=2.0) for k in range(8)]          # no baseline: guarded
    evs += [ev(f"r{k}", "2022-03-16", gp=3) for k in range(30)]                         # placed to a region
    assert len(precise(evs)) == 28
    for grid in (Grid("h3", 5), Grid.parse("deg:0.5")):
        rows = hotspots(evs, W1, W2, grid=grid)
        assert [(r["before"], r["after"], r["places"]) for r in rows] == [(4, 16, "Port Vale")]
        assert rows[0]["direction"] == "rise"
        every = hotspots(evs, W1, W2, grid=grid, only_passing=False)
        assert sum(r["after"] for r in every) == 24                                    # the 30 never count
        assert any("low baseline" in r["flags"] for r in every)
    lat, lon = Grid.parse("deg:0.5").centre(rows[0]["cell"])
    assert (lat, lon) == (12.25, 30.25)


def test_grid_spec_errors():
    for bad in ("h3:16", "hex:5", "deg:0", "deg:x", ""):
        with pytest.raises(ConfigError):
            Grid.parse(bad)


def test_new_armed_groups_twelve_month_lookback():
    evs = [ev("old", "2021-05-10", actor="Ember Hill Brigade"),              # seen within 12 months: not new
           ev("n1", "2022-03-02", actor="Ember Hill Brigade"),
           ev("n2", "2022-03-04", actor="Salt Road Militia", inter=3),
           ev("n3", "2022-03-09", actor="Salt Road Militia", inter=3),
           ev("long", "2020-01-10", actor="Quarry Men", inter=4),               # seen, but over a year before
           ev("n4", "2022-03-12", actor="Quarry Men", inter=4),
           ev("army", "2022-03-12", actor="Military Forces of Freedonia", inter=1),
           ev("crowd", "2022-03-13", actor="Protesters (Freedonia)", inter=None),
           ev("abroad", "2022-03-13", actor="Ember Hill Brigade", country="Ruritania")]   # new in that country
    rows = new_armed_groups(evs, parse_period("2022-03"))
    assert [(r["actor"], r["country"], r["events"], r["first_seen"]) for r in rows] == [
        ("Salt Road Militia", "Freedonia", 2, "2022-03-04"), ("Quarry Men", "Freedonia", 1, "2022-03-12"),
        ("Ember Hill Brigade", "Ruritania", 1, "2022-03-13")]
    assert non_state_armed("Night Owls", None) and not non_state_armed("Police Forces of Freedonia", None)
    assert not non_state_armed("Ember Hill Brigade", 1)
    top = top_actors(evs, n=2)
    assert [(t["actor"], t["events"]) for t in top] == [("Ember Hill Brigade", 3), ("Quarry Men", 2)]
