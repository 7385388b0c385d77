"""End to end: fictional reports (tests/fixtures/analyze/, written for these tests) are ingested into a
temporary SQLite store, then `marsad trends --compare`, `actors --new` and `brief` run on it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.analyze.change import COLUMNS
from marsad.cli import cli
from marsad.config import default_gazetteer_path

FIX = Path(__file__).resolve().parent / "fixtures" / "analyze"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    if not Path(default_gazetteer_path()).is_file():
        pytest.skip("the gazetteer is not built (make install builds it)")
    url = f"sqlite:///{tmp_path_factory.mktemp('analyze') / 'store.sqlite'}"
    r = CliRunner().invoke(cli, ["--db", url, "ingest", str(FIX / "reports.jsonl")])
    assert r.exit_code == 0, r.output
    return url


def run(db, *args):
    r = CliRunner().invoke(cli, ["--db", db, *args])
    return r.exit_code, r.output


def test_trends_compare_and_series(db):
    code, out = run(db, "trends", "--compare", "2021-01", "2021-02", "--level", "admin1", "--format", "json")
    assert code == 0, out
    rows = json.loads(out)
    assert [list(r) for r in rows] == [COLUMNS]
    (r,) = rows
    assert (r["unit"], r["country"], r["before"], r["after"]) == ("Al Anbar", "Iraq", 2, 6)
    # two towns in January; in February four towns, the outskirts of a city and a village: rural
    assert (r["urban_before"], r["rural_before"], r["urban_after"], r["rural_after"]) == (2, 0, 4, 2)
    # 2 events in 31 days is under one a week: never a surge; the data end on 26 February
    assert r["flags"] == "low baseline; incomplete period" and r["direction"] == "no change"
    assert r["rate_ratio"] == pytest.approx((6 / 26) / (2 / 31), abs=1e-3)
    code, out = run(db, "trends", "--by", "month", "--level", "admin1", "--format", "json")
    assert [(x["period"], x["unit"], x["events"], x["complete"]) for x in json.loads(out)] == [
        ("2021-01", "Al Anbar", 2, True), ("2021-02", "Al Anbar", 6, False)]          # the data end on 26 February
    code, out = run(db, "trends", "--sources", "--format", "csv")
    assert "2021-02,wire-one.example,6" in out


def test_actors_new_and_hotspots(db):
    code, out = run(db, "actors", "--new", "--period", "2021-02", "--format", "json")
    assert code == 0, out
    (a,) = json.loads(out)
    assert (a["actor"], a["country"], a["events"], a["first_seen"]) == ("Crimson Lantern Front", "Iraq", 2, "2021-02-02")
    code, out = run(db, "hotspots", "--compare", "2021-01", "2021-02", "--all", "--format", "json")
    cells = json.loads(out)
    assert sum(c["after"] for c in cells) == 6 and sum(c["before"] for c in cells) == 2
    assert not [c for c in cells if c["direction"] == "rise"]


def test_brief_files_and_figures(db, tmp_path):
    code, out = run(db, "brief", "--region", "Anbar", "--period", "2021-02", "--output", str(tmp_path / "b"))
    assert code == 0, out
    for name in ("brief.md", "brief.html", "counts.png", "rural_urban.png", "map.png", "actors.png"):
        assert (tmp_path / "b" / name).stat().st_size > 500, name
    assert (tmp_path / "b" / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    md = (tmp_path / "b" / "brief.md").read_text(encoding="utf-8")
    html = (tmp_path / "b" / "brief.html").read_text(encoding="utf-8")
    assert "[6](#e2)" in md and "[2](#e1)" in md             # counts, linked to their evidence sets
    assert "low baseline" in md and "Crimson Lantern Front" in md
    assert "## What sources claimed, against marsad's counts" in md     # figures: tests/test_analyze_brief.py
    assert "## Drivers most cited" in md and "## What this brief cannot know" in md
    assert "1 sources (wire-one.example 6)" in md and "(0.0%) have no precise place" in md
    assert md.count("`fev_") >= 8                             # event ids in the Markdown
    assert 'href="#e2"' in html and 'href="https://wire-one.example/' in html
    assert "<script" not in html


def test_clear_errors(db, tmp_path):
    code, out = run(db, "trends", "--compare", "2021-13", "2021-02")
    assert code == 2 and "bad_period" in out
    code, out = run(db, "trends", "--compare", "2021-02", "2021-01")
    assert code == 2 and "bad_period" in out and "earlier period first" in out
    code, out = run(db, "trends", "--level", "province")
    assert code == 2 and "unknown_level" in out
    code, out = run(f"sqlite:///{tmp_path / 'empty.sqlite'}", "hotspots")
    assert code == 2 and "empty_store" in out


def test_a_region_filter_matches_with_or_without_the_article():
    """ACLED writes "Al Anbar"; an analyst types "Anbar" or "al-Anbar province"."""
    from marsad.analyze.series import Filters, matches
    from marsad.store import admin1_spellings
    ev = {"country": "Iraq", "admin1": "Al Anbar", "admin2": None}
    assert all(matches(ev, Filters(region=r)) for r in ("Anbar", "al-Anbar", "Al Anbar province", "AL ANBAR"))
    assert not matches(ev, Filters(region="Ninewa"))
    assert "al anbar" in admin1_spellings("Anbar") and "anbar" in admin1_spellings("Al-Anbar")
    assert "al-raqqa" in admin1_spellings("Raqqa") and "baghdad" in admin1_spellings("Baghdad")
