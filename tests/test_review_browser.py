"""The review UI in headless Chromium (issue 15): an analyst rejects one event and merges two in the dashboard,
reloads, re-runs `marsad fuse`, and the decisions hold. No dialog, page error, console error or CSP violation."""
from __future__ import annotations

import pytest

from serve_store import build_store, serving
from test_serve_browser import CHROMIUM, Watch, loaded, shot

pytestmark = pytest.mark.browser
TOKEN = "amal-browser-token-0123456789"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from marsad.config import load_config
    from marsad.serve.app import create_app

    tmp = tmp_path_factory.mktemp("review_browser")
    url = build_store(tmp)
    (tmp / "editors.txt").write_text(f"amal:{TOKEN}\n", encoding="utf-8")
    app = create_app(load_config(env={}, overrides={"db": url, "editor_token_file": str(tmp / "editors.txt")}, cwd=tmp))
    with serving(app) as base:
        yield base, url
    app.state.store.close()


@pytest.fixture
def page(server):
    if not CHROMIUM:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        ctx = b.new_context(viewport={"width": 1400, "height": 1000})
        pg = ctx.new_page()
        watch = Watch(pg)
        yield pg, server[0], server[1], watch
        watch.check()
        b.close()


def rows(pg) -> list[str]:
    return pg.eval_on_selector_all("#events tbody tr", "trs => trs.map(t => t.getAttribute('data-event-id'))")


def open_event(pg, event_id: str) -> None:
    pg.click(f'#events tbody tr[data-event-id="{event_id}"]')
    pg.wait_for_selector(f'#detail[data-event-id="{event_id}"] #review-actions')
    pg.wait_for_selector("#review-actions h3")            # the history is drawn


def decided(pg, before: str | None) -> str:
    pg.wait_for_function("(b) => document.body.getAttribute('data-reviewed') && "
                         "document.body.getAttribute('data-reviewed') !== b", arg=before, timeout=20000)
    return pg.evaluate("document.body.getAttribute('data-reviewed')")


def test_reject_and_merge_in_the_dashboard_hold_after_reload_and_refusion(page):
    from click.testing import CliRunner

    from marsad.cli import cli

    pg, base, db_url, watch = page
    loaded(pg, base + "/")
    pg.wait_for_selector("#review-queue li[data-event-id]")
    pg.fill("#review-token", TOKEN)
    pg.dispatch_event("#review-token", "change")
    ids = rows(pg)
    assert len(ids) >= 4
    rejected, a, b = ids[0], ids[1], ids[2]
    # reject with the keyboard shortcut
    open_event(pg, rejected)
    pg.fill("#review-reason", "a commemoration, not an attack")
    pg.evaluate("document.activeElement.blur()")       # shortcuts are off while typing in a field
    pg.keyboard.press("r")
    first = decided(pg, None)
    pg.wait_for_function("(id) => !document.querySelector('#events tbody tr[data-event-id=\"' + id + '\"]')", arg=rejected)
    # merge: open one event, then the other, press m (the form offers the event viewed before), submit
    open_event(pg, a)
    open_event(pg, b)
    pg.keyboard.press("m")
    assert pg.input_value("#review-with") == a
    pg.click("#review-submit")
    decided(pg, first)
    pg.wait_for_selector('#detail #review-actions')
    shot(pg, "review-after-merge")

    def check():
        now = rows(pg)
        assert rejected not in now
        assert len(now) == len(ids) - 2                    # one rejected, two made one
        merged = [r for r in now if r in (a, b)]
        assert len(merged) == 1
        tr = pg.query_selector(f'#events tbody tr[data-event-id="{merged[0]}"]')
        assert tr.get_attribute("data-review") == "merged"
        # the map marks what the API says is reviewed (points may sit inside clusters, out of the DOM)
        api = pg.evaluate("fetch('/api/events?limit=5000').then(r => r.json()).then(b => b.events)")
        assert {e["id"]: e["review"] for e in api}[merged[0]] == "merged"
        marked = pg.eval_on_selector_all(".marsad-point.reviewed", "ds => ds.map(d => d.getAttribute('data-event-id'))")
        assert set(marked) <= {e["id"] for e in api if e["review"]}
        return merged[0]

    pg.reload()
    loaded(pg, base + "/")
    merged = check()
    res = CliRunner().invoke(cli, ["--db", db_url, "fuse"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    pg.reload()
    loaded(pg, base + "/")
    assert check() == merged
    open_event(pg, merged)
    hist = pg.inner_text("#review-actions")
    assert "merge" in hist and "amal" in hist
    q = pg.eval_on_selector_all("#review-queue li", "lis => lis.map(l => l.getAttribute('data-event-id'))")
    assert rejected not in q and merged not in q
