"""The REST API (marsad serve) against a real SQLite store filled by the real pipeline."""
from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from marsad.config import load_config
from marsad.serve.app import create_app, templates
from marsad.serve.security import content_security_policy, safe_url, tile_origin
from serve_store import build_store

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx`")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve_api")
    url = build_store(tmp)
    app = create_app(load_config(env={}, overrides={"db": url}, cwd=tmp))
    with TestClient(app) as c:
        yield c
    app.state.store.close()


def all_events(client, **params) -> list[dict]:
    out, cursor = [], None
    while True:
        q = {**params, "limit": 3, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=q).json()
        out += body["events"]
        cursor = body["next_cursor"]
        if not cursor:
            return out


def test_events_list_paging_covers_everything_once(client):
    first = client.get("/api/events", params={"limit": 1000}).json()
    assert first["next_cursor"] is None and first["count"] == len(first["events"]) >= 10
    paged = all_events(client)
    assert [e["id"] for e in paged] == [e["id"] for e in first["events"]]
    dates = [e["event_date"] for e in paged if e["event_date"]]
    assert dates == sorted(dates)
    assert all(e["id"].startswith("fev_") and e["number_of_sources"] >= 1 for e in paged)
    assert any(e["number_of_sources"] == 2 for e in paged)        # the incident told by two outlets


def test_events_filters(client):
    every = all_events(client)
    battles = all_events(client, type="Battles")
    assert battles and all(e["event_type"] == "Battles" for e in battles) and len(battles) < len(every)
    sub = all_events(client, sub_type="Armed clash")
    assert sub and all(e["sub_event_type"] == "Armed clash" for e in sub)
    spring = all_events(client, since="2020-03-01", until="2020-04")
    assert spring and all("2020-03-01" <= e["event_date"] <= "2020-04-30" for e in spring)
    assert all(e["country_code"] == "IQ" for e in all_events(client, country="iq"))
    diyala = all_events(client, admin1="Diyala")
    assert diyala and all(e["admin1"] == "Diyala" for e in diyala)
    assert all(e["geo_precision"] == 1 for e in all_events(client, precision=1))
    assert len(all_events(client, precision=2)) < len(every)
    conf = all_events(client, min_confidence=0.8)
    assert conf and all(e["confidence"] >= 0.8 for e in conf) and len(conf) < len(every)
    actor = all_events(client, actor="islamic state")
    assert actor and all("islamic state" in f"{e['actor1']} {e['actor2']}".lower() for e in actor)


def test_mentions_are_per_report(client):
    fused = all_events(client)
    mentions = all_events(client, mentions="true")
    assert len(mentions) == sum(e["number_of_sources"] for e in fused)
    assert all(m["id"].startswith("evt_") and m["doc_id"] for m in mentions)


def test_region_level_event_is_never_a_point(client):
    fc = client.get("/api/events", params={"format": "geojson", "limit": 1000})
    assert fc.status_code == 200 and fc.headers["content-type"].startswith("application/geo+json")
    body = fc.json()
    assert body["type"] == "FeatureCollection" and body["features"]
    region = [f for f in body["features"] if f["properties"]["admin1"] == "Diyala"]
    assert region and region[0]["geometry"] is None
    p = region[0]["properties"]
    assert p["region_level"] is True and p["located_only_to"] == "Diyala" and p["admin1_boundary"]
    for f in body["features"]:
        g = f["geometry"]
        if g is not None:      # valid points: [lon, lat] in range
            assert g["type"] == "Point" and -180 <= g["coordinates"][0] <= 180 and -90 <= g["coordinates"][1] <= 90
            assert f["properties"]["geo_precision"] in (1, 2)


def test_downloads_carry_every_event_of_the_filter(client, monkeypatch):
    from marsad.serve import queries

    every = all_events(client)
    real = queries.list_events
    monkeypatch.setattr(queries, "list_events", lambda *a, **k: real(*a, **{**k, "limit": 4}))   # several pages
    r = client.get("/api/events", params={"format": "csv", "download": "true", "limit": 1})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["id"] for row in rows] == [e["id"] for e in every]
    assert "attachment" in r.headers["content-disposition"]
    fc = client.get("/api/events", params={"format": "geojson", "download": "true"}).json()
    assert fc["type"] == "FeatureCollection" and [f["id"] for f in fc["features"]] == [e["id"] for e in every]


def test_csv_download(client):
    r = client.get("/api/events", params={"format": "csv", "type": "Battles"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and {row["event_type"] for row in rows} == {"Battles"}
    assert {"id", "latitude", "longitude", "geo_precision", "located_only_to"} <= set(rows[0])


def test_event_detail_has_every_source_with_evidence_text(client):
    two = [e for e in all_events(client) if e["number_of_sources"] == 2][0]
    ev = client.get(f"/api/events/{two['id']}").json()
    assert ev["number_of_sources"] == 2 and len(ev["sources"]) == 2
    for s in ev["sources"]:
        assert s["title"] and s["published"] and s["doc_id"]
        doc = client.get(f"/api/documents/{s['doc_id']}").json()
        fields = {e["field"] for e in s["evidence"]}
        assert {"event", "location", "fatalities"} <= fields
        for e in s["evidence"]:
            if not e["inferred"]:
                assert e["text"] == doc["text"][e["start"]:e["end"]]
    mention = ev["sources"][0]["event_id"]
    single = client.get(f"/api/events/{mention}").json()
    assert single["number_of_sources"] == 1 and single["sources"][0]["event_id"] == mention


def test_document_has_text_metadata_and_every_span(client):
    ev = [e for e in all_events(client) if e["number_of_sources"] == 2][0]
    doc_id = client.get(f"/api/events/{ev['id']}").json()["sources"][0]["doc_id"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["id"] == doc_id and doc["text"] and doc["title"] and "minhash" not in doc
    assert doc["events"] and doc["places"] and doc["quotes"]
    for q in doc["quotes"]:
        assert q["text"] == doc["text"][q["start"]:q["end"]]
    for p in doc["places"]:
        assert p["text"] == doc["text"][p["start"]:p["end"]]


def test_claims_quotes_drivers(client):
    agg = client.get("/api/claims", params={"kind": "aggregate"}).json()["claims"]
    assert agg and all(c["kind"] == "aggregate" and c["text"] for c in agg)
    with_period = [c for c in agg if c["period_start"] and c["period_end"]]
    assert with_period and all(isinstance(c["marsad_events"], int) for c in with_period)
    diyala = [c for c in agg if "Diyala" in ((c.get("scope") or {}).get("place") or "")]
    assert diyala and diyala[0]["quantity"] == 45 and diyala[0]["marsad_events"] >= 1     # the region-level event
    causal = client.get("/api/claims", params={"kind": "causal", "limit": 2}).json()
    assert causal["count"] == 2 and causal["next_cursor"]
    nxt = client.get("/api/claims", params={"kind": "causal", "limit": 2, "cursor": causal["next_cursor"]}).json()
    assert not {c["id"] for c in nxt["claims"]} & {c["id"] for c in causal["claims"]}
    quotes = client.get("/api/quotes", params={"anonymity": "named"}).json()["quotes"]
    assert quotes and all(q["anonymity"] == "named" and q["speaker"] for q in quotes)
    summary = client.get("/api/quotes", params={"summary": "true"}).json()["by_speaker"]
    assert summary and sum(s["quotes"] for s in summary) == client.get("/api/status").json()["quotes"]
    drivers = client.get("/api/drivers").json()["drivers"]
    assert drivers and all(d["sources"] >= 1 and d["driver"] for d in drivers)


def test_status_healthz_series_docs(client):
    st = client.get("/api/status").json()
    assert st["documents"] >= 17 and st["fused_events"] >= 10
    assert client.get("/healthz").json() == {"status": "ok"}
    series = client.get("/api/events/series", params={"type": "Battles"}).json()["series"]
    assert sum(s["events"] for s in series) == len(all_events(client, type="Battles"))
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/claims", "/api/quotes",
                 "/api/drivers", "/api/status", "/healthz", "/api/series", "/api/trends", "/api/hotspots", "/api/actors"):
        assert path in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "<script>" not in docs.text.replace("<script src=", "")          # no inline script
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200


@pytest.mark.parametrize("path,params,status,code,name", [
    ("/api/events", {"since": "banana"}, 400, "usage", "since"),
    ("/api/events", {"until": "2020-02-30"}, 400, "usage", "until"),
    ("/api/events", {"limit": "lots"}, 400, "usage", "limit"),
    ("/api/events", {"limit": "0"}, 400, "usage", "limit"),
    ("/api/events", {"format": "xml"}, 400, "usage", "format"),
    ("/api/events", {"precision": "7"}, 400, "usage", "precision"),
    ("/api/events", {"min_confidence": "2"}, 400, "usage", "min_confidence"),
    ("/api/events", {"cursor": "not-a-cursor"}, 400, "usage", "cursor"),
    ("/api/claims", {"since": "yesterday"}, 400, "usage", "since"),
    ("/api/boundaries/admin1", {"country": "Iraq"}, 400, "usage", "country"),
    ("/api/events/fev_nope", {}, 404, "unknown_id", None),
    ("/api/documents/doc_nope", {}, 404, "unknown_id", None),
    ("/no/such/route", {}, 404, "not_found", None),
])
def test_one_error_shape(client, path, params, status, code, name):
    r = client.get(path, params=params)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    assert set(body["error"]) <= {"code", "message", "remedy"}
    if name:
        assert body["error"]["message"].startswith(name)
    assert "content-security-policy" in r.headers


def test_read_only(client):
    assert client.post("/api/events", json={}).status_code == 405
    assert client.delete("/api/events/fev_x").status_code == 405


def test_csp_on_every_response_and_no_remote_origins(client):
    for path in ("/", "/docs", "/api/status", "/static/app.js", "/openapi.json"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp and "http" not in csp
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    tiles = content_security_policy("https://tiles.example.org/{z}/{x}/{y}.png")
    assert "img-src 'self' data: https://tiles.example.org;" in tiles and "script-src 'self';" in tiles
    assert tile_origin("javascript:alert(1)") is None


def test_urls_pass_a_scheme_allowlist(client):
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "//x", "", None,
                "http:///nohost"):
        assert safe_url(bad) is None
    payload = [e for e in all_events(client, since="2021-03-11") if e["location"] == "Ramadi"]
    ev = client.get(f"/api/events/{payload[0]['id']}").json()
    assert ev["sources"][0]["url"] is None                     # the javascript: URL is never handed out
    assert "<script>" in ev["sources"][0]["title"]             # text is data: kept as written, escaped on display


def test_jinja_autoescape_is_on():
    env = templates()
    assert env.autoescape is True or env.autoescape("index.html") is True
    out = env.from_string("{{ x }}").render(x="<script>alert(1)</script>")
    assert "<script>" not in out and "&lt;script&gt;" in out
    page = env.get_template("index.html").render(version="<b>v</b>", tiles_url='"><script>x</script>', note="n")
    assert "<b>v</b>" not in page and '"><script>x' not in page


def test_dashboard_page_has_no_inline_script_or_style(client):
    html = client.get("/").text
    import re

    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert " style=" not in html and "<style" not in html and " on" + "load=" not in html
    for src in re.findall(r'<script src="([^"]+)"', html):
        assert src.startswith("/static/") and client.get(src).status_code == 200


def test_demo_serve_prints_its_url_and_serves_until_interrupted(tmp_path):
    import signal
    import socket
    import subprocess
    import sys

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "demo.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "--db", f"sqlite:///{db}", "demo", "--serve",
                             "--port", str(port)], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    try:
        for line in proc.stdout:
            if f"http://127.0.0.1:{port}/" in line:
                break
        else:
            pytest.fail("marsad demo --serve never printed its URL")
        for _ in range(100):
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=2)
                break
            except httpx.TransportError:
                import time
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["fused_events"] >= 10
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_analysis_routes_serve_the_cli_analyses(client):
    from click.testing import CliRunner

    from marsad.cli import cli

    db = str(client.app.state.store.engine.url)
    s = client.get("/api/series", params={"by": "quarter", "level": "admin1"}).json()["series"]
    assert s and {"period", "unit", "events", "fatalities"} <= set(s[0])
    anbar_q1 = [r for r in s if r["unit"] == "Al Anbar" and r["period"] == "2020Q1"]
    assert anbar_q1 and anbar_q1[0]["events"] == len(all_events(client, admin1="Anbar", since="2020-01-01",
                                                                until="2020-03-31"))
    t = client.get("/api/trends", params={"compare": "2020Q1,2020Q2", "level": "admin1"}).json()
    assert t["before"]["label"] == "2020Q1" and t["after"]["label"] == "2020Q2"
    assert t["trends"] and {"unit", "rate_ratio", "q_value", "direction", "flags"} <= set(t["trends"][0])
    cli_rows = __import__("json").loads(CliRunner().invoke(cli, ["--db", db, "trends", "--compare", "2020Q1", "2020Q2",
                                                               "--level", "admin1", "--format", "json"]).output)
    assert [(r["unit"], r["before"], r["after"]) for r in cli_rows] == \
        [(r["unit"], r["before"], r["after"]) for r in t["trends"]]
    h = client.get("/api/hotspots", params={"compare": "2020Q1,2020Q2", "all": "true"}).json()
    assert h["hotspots"] and all(r["cell"] for r in h["hotspots"])
    a = client.get("/api/actors", params={"period": "2020"}).json()
    assert a["period"]["label"] == "2020" and a["actors"] and a["actors"][0]["events"] >= a["actors"][-1]["events"]
    new = client.get("/api/actors", params={"new": "true", "period": "2021"}).json()
    assert "new_armed_groups" in new


@pytest.mark.parametrize("path,params,code", [
    ("/api/trends", {"compare": "banana,2020Q1"}, "bad_period"),
    ("/api/trends", {"compare": "2020Q1"}, "bad_period"),
    ("/api/trends", {"level": "planet"}, "unknown_level"),
    ("/api/series", {"by": "fortnight"}, "bad_period"),
    ("/api/actors", {"since": "banana"}, "usage"),
])
def test_analysis_errors_are_400s(client, path, params, code):
    r = client.get(path, params=params)
    assert r.status_code == 400 and r.json()["error"]["code"] == code


def test_online_tiles_are_off_by_default_and_admit_one_origin_when_set(client):
    assert 'data-tiles-url=""' in client.get("/").text
    url = str(client.app.state.store.engine.url)
    tiles = "https://tiles.example.org/{z}/{x}/{y}.png"
    app = create_app(load_config(env={"MARSAD_TILES_URL": tiles}, overrides={"db": url}))
    try:
        r = TestClient(app).get("/")
        assert f'data-tiles-url="{tiles}"' in r.text
        csp = r.headers["content-security-policy"]
        assert "img-src 'self' data: https://tiles.example.org;" in csp
        assert "script-src 'self';" in csp and "connect-src 'self';" in csp
    finally:
        app.state.store.close()


def test_an_unexpected_failure_is_a_500_in_the_one_shape(client, monkeypatch):
    from marsad.serve import queries

    def broken(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(queries, "list_events", broken)
    r = TestClient(client.app, raise_server_exceptions=False).get("/api/events")
    assert r.status_code == 500
    assert r.json()["error"]["code"] == "internal" and "disk on fire" in r.json()["error"]["message"]
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_csv_cells_never_start_a_formula():
    from marsad.serve.app import to_csv

    out = to_csv([{"actor1": "=HYPERLINK(\"http://x\")", "fatalities": -3, "actor2": "@SUM(A1)"}],
                 ["actor1", "actor2", "fatalities"])
    assert out.splitlines()[1].startswith("\"'=HYPERLINK") and ",'@SUM(A1),-3" in out


def test_the_api_on_postgresql(db_url, tmp_path):
    """The same routes over PostgreSQL (the db_url fixture's server; the SQLite case is the module's store)."""
    if db_url.startswith("sqlite"):
        pytest.skip("SQLite is covered by the module's store")
    url = build_store(tmp_path, db_url)
    app = create_app(load_config(env={}, overrides={"db": url}, cwd=tmp_path))
    try:
        c = TestClient(app)
        first = c.get("/api/events", params={"limit": 3}).json()
        second = c.get("/api/events", params={"limit": 3, "cursor": first["next_cursor"]}).json()
        assert first["count"] == 3 and not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}
        assert all(e["event_type"] == "Battles" for e in c.get("/api/events", params={"type": "Battles",
                                                                                       "min_confidence": 0.5}).json()["events"])
        ev = c.get(f"/api/events/{first['events'][0]['id']}").json()
        doc = c.get(f"/api/documents/{ev['sources'][0]['doc_id']}").json()
        assert all(e["text"] == doc["text"][e["start"]:e["end"]] for e in ev["sources"][0]["evidence"] if not e["inferred"])
        agg = c.get("/api/claims", params={"kind": "aggregate"}).json()["claims"]
        assert agg and any(x["marsad_events"] for x in agg)
        assert c.get("/api/quotes", params={"summary": "true"}).json()["by_speaker"]
        assert c.get("/api/trends", params={"compare": "2020Q1,2020Q2"}).json()["trends"]
        assert c.get("/api/events", params={"since": "banana"}).status_code == 400
    finally:
        app.state.store.close()


def test_dashboard_script_builds_the_dom_without_html_strings():
    import re
    from pathlib import Path

    import marsad.serve

    js = (Path(marsad.serve.__file__).parent / "static" / "app.js").read_text(encoding="utf-8")
    code = re.sub(r"//[^\n]*", "", js)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setAttribute(\"style\"", "setAttribute(\"href\""):
        assert sink not in code, sink
    assert "textContent" in code and "safeHref" in code
