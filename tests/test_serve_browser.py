"""The dashboard in headless Chromium (Debian's ``chromium``, driven by Playwright with ``executable_path``).

One server and one browser for the module. Every test fails on a JavaScript dialog, a page error, a console
error or a CSP violation. Screenshots go to tests/artefacts/ (git-ignored).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from serve_store import build_store, serving

pytestmark = pytest.mark.browser
ARTEFACTS = Path(__file__).resolve().parent / "artefacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from marsad.config import load_config
    from marsad.serve.app import create_app

    tmp = tmp_path_factory.mktemp("serve_browser")
    url = build_store(tmp)
    app = create_app(load_config(env={}, overrides={"db": url}, cwd=tmp))
    with serving(app) as base:
        yield base, app
    app.state.store.close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class Watch:
    """Everything that must not happen on the page."""

    def __init__(self, page):
        self.problems: list[str] = []
        page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.type} {d.message}"), d.dismiss()))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console error: {m.text}"))
        page.add_init_script("document.addEventListener('securitypolicyviolation', function (e) {"
                             " window.__csp = (window.__csp || []).concat([e.violatedDirective + ' ' + e.blockedURI]); });")
        self.page = page

    def check(self):
        csp = self.page.evaluate("window.__csp || []")
        assert not csp, f"CSP violations: {csp}"
        assert not self.problems, "\n".join(self.problems)


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    watch = Watch(pg)
    yield pg, server[0], watch
    watch.check()
    ctx.close()


def loaded(pg, url: str):
    pg.goto(url)
    pg.wait_for_function("() => document.body.hasAttribute('data-loaded')", timeout=20000)
    pg.wait_for_function("() => document.querySelectorAll('#map path[data-admin1]').length > 0", timeout=20000)


def shot(pg, name: str):
    ARTEFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)


def table_types(pg) -> list[str]:
    return pg.eval_on_selector_all("#events tbody tr td:nth-child(2)", "tds => tds.map(t => t.textContent)")


def n_points(pg) -> int:
    # points in clusters are not in the DOM: count markers + cluster sizes
    return pg.evaluate("""() => {
      let n = document.querySelectorAll('.marsad-point').length;
      document.querySelectorAll('.marker-cluster span').forEach(s => n += parseInt(s.textContent, 10));
      return n; }""")


def test_load_and_filter_by_type_and_period(page):
    pg, base, _ = page
    loaded(pg, base + "/")
    all_rows = table_types(pg)
    assert len(all_rows) >= 10 and len(set(all_rows)) > 1
    points_all = n_points(pg)
    assert points_all >= 5
    shot(pg, "dashboard")

    pg.select_option("#f-type", "Battles")
    before = pg.get_attribute("body", "data-loaded")
    pg.click("#apply")
    pg.wait_for_function("b => document.body.getAttribute('data-loaded') !== b", arg=before)
    rows = table_types(pg)
    assert rows and set(rows) == {"Battles"} and len(rows) < len(all_rows)
    assert 0 < n_points(pg) < points_all
    assert "type=Battles" in pg.url                                   # filters live in the URL
    assert "type=Battles" in pg.get_attribute("#dl-csv", "href") and "format=csv" in pg.get_attribute("#dl-csv", "href")
    assert "download=true" in pg.get_attribute("#dl-geojson", "href")
    shot(pg, "filtered-battles")

    loaded(pg, base + "/?since=2020-03-01&until=2020-03-31")            # a shared view
    dates = pg.eval_on_selector_all("#events tbody tr td:first-child", "tds => tds.map(t => t.textContent)")
    assert dates and all("2020-03-01" <= d <= "2020-03-31" for d in dates) and len(dates) < len(all_rows)
    assert pg.input_value("#f-since") == "2020-03-01"


def test_brushing_the_timeline_filters_map_and_table(page):
    pg, base, _ = page
    loaded(pg, base + "/?until=2020-12-31")
    n_before = len(table_types(pg))
    box = pg.locator("#timeline .u-over").bounding_box()
    before = pg.get_attribute("body", "data-loaded")
    y = box["y"] + box["height"] / 2
    pg.mouse.move(box["x"] + 2, y)
    pg.mouse.down()
    pg.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    pg.mouse.up()
    pg.wait_for_function("b => document.body.getAttribute('data-loaded') !== b", arg=before)
    assert "since=" in pg.url and "until=" in pg.url
    assert 0 < len(table_types(pg)) < n_before
    shot(pg, "brushed")


def test_sorting_the_table(page):
    pg, base, _ = page
    loaded(pg, base + "/")
    pg.click("#events th[data-key=fatalities]")
    pg.click("#events th[data-key=fatalities]")                     # descending
    fat = pg.eval_on_selector_all("#events tbody tr td:nth-child(10)", "tds => tds.map(t => t.textContent)")
    nums = [int(x) for x in fat if x]
    assert nums == sorted(nums, reverse=True) and nums[0] >= 5


def test_event_detail_highlights_evidence(page):
    pg, base, _ = page
    loaded(pg, base + "/")
    row = pg.locator("#events tbody tr", has=pg.locator("td:nth-child(11)", has_text="2")).first
    row.click()
    pg.wait_for_function("() => document.querySelectorAll('#detail .source .source-text').length === 2", timeout=15000)
    assert "2 source(s)" in pg.text_content("#detail .sources-count")
    marks = pg.eval_on_selector_all("#detail .source-text mark.ev",
                                    "ms => ms.map(m => [m.getAttribute('data-fields'), m.textContent])")
    fields = {f for fs, _ in marks for f in fs.split()}
    assert {"event", "location", "fatalities"} <= fields
    assert all(text.strip() for _, text in marks)
    assert pg.locator("#detail table.fatalities tr").count() == 4    # header, two sources, fused
    shot(pg, "event-detail")


def test_region_level_event_is_not_a_point(page):
    pg, base, _ = page
    loaded(pg, base + "/?since=2021-01-01")
    region_id = pg.get_attribute("#region-list a.region-event", "data-event-id")
    assert region_id and "located only to Diyala" in pg.text_content("#region-list")
    assert pg.locator(f'.marsad-point[data-event-id="{region_id}"]').count() == 0
    assert pg.locator(".marker-cluster").count() == 0 and pg.locator(".marsad-point").count() == 1
    shaded = pg.eval_on_selector_all("#map path.shaded", "ps => ps.map(p => p.getAttribute('data-admin1'))")
    assert len(shaded) == 1                                         # Diyala's outline is shaded
    row = pg.locator(f'#events tbody tr[data-event-id="{region_id}"]')
    assert "located only to Diyala" in row.text_content()
    shot(pg, "region-level")


def test_untrusted_text_stays_inert(page):
    pg, base, _ = page
    loaded(pg, base + "/?since=2021-03-11")
    pg.locator("#events tbody tr").first.click()
    pg.wait_for_selector("#detail .source .source-text", timeout=15000)
    pg.wait_for_timeout(300)
    title = pg.text_content("#detail .source div")
    assert "<script>alert('title')</script>" in title and "onerror=" in title  # shown as text
    assert pg.locator("#detail .source a").count() == 0                       # javascript: URL is no link
    text = pg.text_content("#detail .source-text")
    assert "<svg onload=alert('svg')>" in text and "javascript:alert('link')" in text
    # nothing from the payloads became markup
    assert pg.locator("#detail script, #detail img, #detail svg, #detail a[href^=javascript]").count() == 0
    scripts = pg.eval_on_selector_all("script", "ss => ss.map(s => s.getAttribute('src'))")
    assert all(s and s.startswith("/static/") for s in scripts)
    pg.locator(".marsad-point").first.click()                                 # the popup gets DOM nodes
    pg.wait_for_selector(".leaflet-popup-content .popup")
    assert pg.locator(".leaflet-popup-content img, .leaflet-popup-content script").count() == 0
    shot(pg, "payload")


def test_docs_page_loads_under_the_csp(page):
    pg, base, _ = page
    pg.goto(base + "/docs")
    pg.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert pg.locator(".swagger-ui .opblock").count() >= 8
