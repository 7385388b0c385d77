"""The brief on hand-built records: the claimed figure next to marsad's own count, drivers with claimant
and quote, rural/urban, new actors, evidence sets behind every number, the limits it states."""
from __future__ import annotations

from datetime import date

from marsad.analyze.brief import about_region, build_brief, draw_charts, render
from marsad.analyze.periods import parse_period


def ev(i, day, *, urban=True, gp=1, actor="Night Owls Brigade", inter=2, docs=("d1",)):
    return {"id": f"fev_{i}", "event_date": day, "event_type": "Battles", "sub_event_type": "Armed clash",
            "actor1": actor, "inter1": inter, "actor2": "Military Forces of Freedonia", "inter2": 1,
            "country": "Freedonia", "country_code": "FD", "admin1": "Northmarch", "admin2": None,
            "location": "Port Vale" if gp in (1, 2) else None, "latitude": 10.0 + int(i) / 100,
            "longitude": 20.0, "geo_precision": gp, "fatalities": 2, "doc_ids": list(docs), "urban": urban}


EVENTS = ([ev(k, f"2022-03-{k + 1:02d}") for k in range(3)] +
          [ev(10 + k, f"2022-04-{k + 1:02d}", urban=k % 2 == 0) for k in range(7)] +
          [ev(17, "2022-04-09", urban=False, actor="Grey Heron Column")] +
          [ev(30, "2022-04-20", gp=3, urban=None)])
DOCS = [{"id": "d1", "published": "2022-04-21", "url": "https://gazette.example/a"}]
REGIONS = [["Freedonia", "Northmarch"]]
AGG = [{"doc_id": "d1", "published": "2022-04-21", "site": None, "url": "https://gazette.example/a",
        "text": "The governor said 25 attacks hit the province in April.", "regions": REGIONS,
        "claim": {"kind": "aggregate", "claimant": "The governor", "quantity": 25.0, "counted": "attacks",
                  "period_start": "2022-04-01", "period_end": "2022-04-30"}},
       {"doc_id": "d1", "published": "2022-04-21", "site": None, "url": None, "text": "Elsewhere, 9 raids.",
        "regions": [["Ruritania", "Eastmarch"]],
        "claim": {"kind": "aggregate", "quantity": 9.0, "period_start": "2022-04-01", "period_end": "2022-04-30"}}]
CAUSAL = [{"doc_id": "d1", "published": "2022-04-21", "site": "gazette.example", "url": "https://gazette.example/a",
           "title": None, "text": "the fighting grew because the army left the border posts", "regions": REGIONS,
           "claim": {"kind": "causal", "claimant": "a tribal elder", "driver": "security_posture",
                     "polarity": "increase"}}]


def test_brief_figures_and_links():
    b = build_brief(EVENTS, DOCS, AGG, CAUSAL, region="Northmarch", period=parse_period("2022-04"),
                    data_end=date(2022, 4, 30), doc_source={"d1": "gazette.example"})
    assert b["before"]["label"] == "2022-03"
    assert (b["counts"]["before"], b["counts"]["after"]) == (3, 9)
    ru = b["rural_urban"]
    assert (ru["urban_after"], ru["rural_after"], ru["unknown_after"]) == (4, 4, 1)
    (c,) = b["claims"]                                     # the other claim is about another region
    assert (c["claimant"], c["quantity"], c["ours"]) == ("The governor", 25.0, 9)
    (d,) = b["drivers"]
    assert d["claimant"] == "a tribal elder" and "border posts" in d["quote"]
    # active in March too, the brigade is not new; the column is
    assert [(a["actor"], a["events"]) for a in b["new_actors"]] == [("Grey Heron Column", 1)]
    assert b["limits"]["imprecise"] == 1 and b["limits"]["imprecise_share"] == round(1 / 9, 3)
    sets = {s["key"]: s for s in b["appendix"]}
    assert len(sets[b["counts"]["after_set"]]["ids"]) == 9
    assert sets[c["ours_set"]]["ids"] == [e["id"] for e in EVENTS if e["event_date"].startswith("2022-04")]
    md, html = render(b)
    assert "claimed **25** attacks" in md and f"marsad holds [9](#{c['ours_set'].lower()})" in md
    assert "a tribal elder" in md and "`fev_30`" in md
    assert f'<a class="num" href="#{b["counts"]["after_set"].lower()}"' in html
    charts = draw_charts(b)
    assert set(charts) == {"counts.png", "rural_urban.png", "map.png", "actors.png"}
    assert all(png[:4] == b"\x89PNG" for png in charts.values())


def test_html_is_escaped():
    evil = [dict(e, actor1="<script>alert(1)</script>") for e in EVENTS]
    docs = [{"id": "d1", "published": "2022-04-21", "url": "javascript:alert(1)"}]
    b = build_brief(evil, docs, [], [], region="Northmarch", period=parse_period("2022-04"), data_end=date(2022, 4, 30))
    md, html = render(b)
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html


def test_region_match_ignores_accents_and_articles():
    assert about_region("Anbar", {"regions": [["IQ", "Al Anbār"]]})
    assert about_region("anbar province", {"regions": [["Iraq", "Anbar"]]})
    assert not about_region("Basra", {"regions": [["Iraq", "Anbar"]]})
