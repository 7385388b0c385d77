"""The write API of `marsad serve` (issue 15): editor tokens (401 without, 403 wrong), the reviewer from the
token never from the body, the audit log with before/after, rate limits, reads open on loopback only."""
from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from marsad.config import load_config
from marsad.errors import ConfigError
from marsad.run.fuse import fuse_store
from marsad.serve.app import create_app
from marsad.serve.review import RateLimit, load_tokens
from marsad.store import open_store
from marsad.store import review as rstore

from test_review_log import EVENTS, _store_with, by_member

TOKEN = "amal-token-0123456789abcdef"


@pytest.fixture
def api(tmp_path):
    url = f"sqlite:///{tmp_path / 'review.sqlite'}"
    tokens = tmp_path / "editors.txt"
    tokens.write_text(f"# editors\namal:{TOKEN}\nyusuf:yusuf-token-0123456789abcdef\n", encoding="utf-8")
    with open_store(url) as s:
        _store_with(s, EVENTS)
        fuse_store(s, at="2026-01-01T00:00:00Z")
    cfg = load_config(env={}, overrides={"db": url, "editor_token_file": str(tokens), "review_writes_per_minute": 5},
                      cwd=tmp_path)
    app = create_app(cfg)
    with open_store(url) as s:
        m = rstore.load_machine(s)
    with TestClient(app, client=("127.0.0.1", 5000)) as c:
        yield c, m, app
    app.state.store.close()


def _auth(token=TOKEN):
    return {"Authorization": f"Bearer {token}"}


def test_write_routes_need_an_editor_token(api):
    c, m, _ = api
    fid = by_member(m, EVENTS[0].id).id
    r = c.post(f"/api/events/{fid}/decisions", json={"action": "confirm"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    r = c.post(f"/api/events/{fid}/decisions", json={"action": "confirm"}, headers=_auth("wrong-token-0123456789"))
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    assert TOKEN not in r.text
    assert c.get(f"/api/events/{fid}/history").json()["entries"] == []


def test_the_reviewer_comes_from_the_token_and_the_log_has_before_and_after(api):
    c, m, _ = api
    a = by_member(m, EVENTS[0].id)
    r = c.post(f"/api/events/{a.id}/decisions", headers=_auth(),
               json={"action": "edit", "fields": {"fatalities": 9}, "reason": "morgue count",
                     "reviewer": "mallory", "by": "mallory", "decided_by": "mallory"})
    assert r.status_code == 200, r.text
    entry = r.json()["entry"]
    assert entry["reviewer"] == "amal" and entry["fields_before"] == {"fatalities": a.fatalities}
    assert entry["fields_after"] == {"fatalities": 9} and entry["reason"] == "morgue count"
    h = c.get(f"/api/events/{a.id}/history").json()
    assert [(e["action"], e["reviewer"]) for e in h["entries"]] == [("edit", "amal")] and h["state"]["status"] == "edited"
    assert c.get(f"/api/events/{a.id}").json()["fatalities"] == 9
    rows = c.get("/api/events").json()["events"]
    assert {r["id"]: r["review"] for r in rows}[a.id] == "edited"
    # reject hides from the list and counts, merge joins two events
    d = by_member(m, EVENTS[3].id)
    assert c.post(f"/api/events/{d.id}/decisions", headers=_auth(), json={"action": "reject"}).status_code == 200
    assert d.id not in {r["id"] for r in c.get("/api/events").json()["events"]}
    assert c.get(f"/api/events/{d.id}/history").json()["state"]["status"] == "rejected"
    e2, e4 = by_member(m, EVENTS[2].id), by_member(m, EVENTS[4].id)
    r = c.post(f"/api/events/{e2.id}/decisions", headers=_auth("yusuf-token-0123456789abcdef"),
               json={"action": "merge", "with": [e4.id]})
    assert r.status_code == 200 and r.json()["entry"]["reviewer"] == "yusuf"
    assert sorted(r.json()["event"]["members"]) == sorted([EVENTS[2].id, EVENTS[4].id])
    assert c.get(f"/api/events/{a.id}/decisions").status_code == 405


def test_bad_decisions_and_unknown_ids(api):
    c, m, _ = api
    a = by_member(m, EVENTS[0].id)
    assert c.post("/api/events/fev_nope/decisions", headers=_auth(), json={"action": "confirm"}).status_code == 404
    r = c.post(f"/api/events/{a.id}/decisions", headers=_auth(), json={"action": "undo"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "usage"
    r = c.post(f"/api/events/{a.id}/decisions", headers=_auth(), json={"action": "edit", "fields": {"fatalities": "x"}})
    assert r.status_code == 400


def test_writes_are_rate_limited(api):
    c, m, _ = api
    a = by_member(m, EVENTS[0].id)
    codes = [c.post(f"/api/events/{a.id}/decisions", headers=_auth(), json={"action": "confirm"}).status_code
             for _ in range(6)]
    assert codes[:5] == [200] * 5 and codes[5] == 429
    t = [0.0]
    lim = RateLimit(2, clock=lambda: t[0])
    lim.hit("x"), lim.hit("x")
    t[0] = 61.0
    lim.hit("x")                                        # a minute later the window is free again


def test_the_queue_and_reads_open_on_loopback_only(api):
    c, m, app = api
    q = c.get("/api/review/queue").json()["queue"]
    assert q[0]["id"] == by_member(m, EVENTS[3].id).id and q[0]["why"] == "low confidence"
    with TestClient(app, client=("203.0.113.7", 5000)) as far:
        assert far.get("/api/review/queue").status_code == 401
        assert far.get("/api/review/queue", headers=_auth()).status_code == 200


def test_token_files(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("amal:short\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_tokens(str(p))
    assert "short" not in str(e.value)
    with pytest.raises(ConfigError):
        load_tokens(str(tmp_path / "missing.txt"))
    p.write_text(f"amal:{TOKEN}\n", encoding="utf-8")
    assert load_tokens(str(p)) == {TOKEN: "amal"}


def test_the_review_script_builds_the_dom_without_html_strings():
    import re
    from pathlib import Path

    import marsad.serve

    js = (Path(marsad.serve.__file__).parent / "static" / "review.js").read_text(encoding="utf-8")
    code = re.sub(r"//[^\n]*", "", js)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setAttribute(\"style\"", "setAttribute(\"href\"", "localStorage"):
        assert sink not in code, sink
    assert "textContent" in code or "m.el(" in code
    assert "Authorization" in code and "sessionStorage" in code
