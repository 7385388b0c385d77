"""HTTP fetching (--url/--feed), with an injected httpx.MockTransport and resolver: never the network."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest

from marsad.config import Config
from marsad.errors import FetchError
from marsad.ingest.sources import Fetcher, check_public
from marsad.model import RawItem, Rejection
from marsad.run.ingest import ingest_sources

PUBLIC = {"news.example": ["93.184.215.14"], "cdn.example": ["151.101.1.1"], "intranet.example": ["10.1.2.3"],
          "sneaky.example": ["151.101.1.2", "127.0.0.1"], "v6.example": ["fd00::1"]}


def resolver(host: str) -> list[str]:
    if host not in PUBLIC:
        raise FetchError(f"cannot resolve {host}")
    return PUBLIC[host]


PAGE = ("<html><head><title>Fetched page</title><meta property='article:published_time' content='2020-10-01'>"
        "</head><body><nav>Home | About</nav><article><h1>Fetched page</h1><p>The provincial council of Anbar "
        "approved a new budget for roads and schools on Thursday after a long debate, members said. The text "
        "of this page was written for marsad's tests and is served by a mock transport.</p></article>"
        "</body></html>")


class Recorder:
    def __init__(self, routes: dict):
        self.routes = routes
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = self.routes.get(str(request.url))
        if route is None:
            return httpx.Response(404, text="not found")
        if isinstance(route, Exception):
            raise route
        if callable(route):
            return route(request)
        return route


def fetcher(rec: Recorder, **kw) -> Fetcher:
    args = dict(user_agent="marsad-test/1.0", timeout=5.0, max_bytes=50_000, allow_private=False,
                transport=httpx.MockTransport(rec), resolver=resolver)
    args.update(kw)
    return Fetcher(**args)


def test_user_agent_is_sent_and_page_is_an_item():
    rec = Recorder({"https://news.example/a": httpx.Response(200, html=PAGE)})
    f = fetcher(rec)
    item = f.fetch_page("https://news.example/a")
    assert isinstance(item, RawItem) and item.is_html and item.url == "https://news.example/a"
    assert rec.requests[0].headers["user-agent"] == "marsad-test/1.0"


def test_size_limit_declared_and_streamed():
    big = "x" * 60_000
    rec = Recorder({
        "https://news.example/declared": httpx.Response(200, text=big),  # sets Content-Length
        "https://news.example/streamed": lambda r: httpx.Response(200, content=iter([b"y" * 20_000] * 4)),
    })
    f = fetcher(rec)
    for url in ("https://news.example/declared", "https://news.example/streamed"):
        item = f.fetch_page(url)
        assert isinstance(item, Rejection) and item.code == "too_large", url
        with pytest.raises(FetchError) as e:
            f.get(url)
        assert e.value.code == "too_large"


@pytest.mark.parametrize("exc,code", [(httpx.ConnectTimeout("connect timed out"), "timeout"),
                                      (httpx.ReadTimeout("read timed out"), "timeout"),
                                      (httpx.ConnectError("connection refused"), "fetch_failed")])
def test_timeouts_and_network_errors_become_fetch_errors(exc, code):
    rec = Recorder({"https://news.example/slow": exc})
    f = fetcher(rec)
    with pytest.raises(FetchError) as e:
        f.get("https://news.example/slow")
    assert e.value.code == code and e.value.remedy
    assert type(exc).__name__ in e.value.message
    item = f.fetch_page("https://news.example/slow")
    assert isinstance(item, Rejection) and item.code == code


def test_timeout_is_configured_on_the_client():
    f = fetcher(Recorder({}), timeout=3.5)
    assert f.client.timeout.read == 3.5 and f.client.timeout.connect == 3.5


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://localhost.example/", "http://[::1]:8080/x",
                                 "http://10.0.0.7/", "http://192.168.1.1/admin", "http://169.254.169.254/meta",
                                 "https://intranet.example/", "https://sneaky.example/", "https://v6.example/"])
def test_private_addresses_refused_without_allow_private(url):
    routes = {url: httpx.Response(200, html=PAGE)}
    PUBLIC.setdefault("localhost.example", ["127.0.0.1"])
    rec = Recorder(routes)
    item = fetcher(rec).fetch_page(url)
    assert isinstance(item, Rejection) and item.code == "private_address", item
    assert rec.requests == []  # refused before any request
    allowed = fetcher(Recorder(routes), allow_private=True).fetch_page(url)
    assert isinstance(allowed, RawItem)


def test_only_http_schemes():
    for url in ("file:///etc/passwd", "ftp://news.example/x", "gopher://news.example/"):
        with pytest.raises(FetchError) as e:
            check_public(url, allow_private=True)
        assert e.value.code == "fetch_failed"


def test_redirects_are_rechecked():
    rec = Recorder({
        "https://news.example/r1": httpx.Response(302, headers={"Location": "https://cdn.example/final"}),
        "https://cdn.example/final": httpx.Response(200, html=PAGE),
        "https://news.example/evil": httpx.Response(301, headers={"Location": "http://127.0.0.1:8080/admin"}),
        "http://127.0.0.1:8080/admin": httpx.Response(200, html=PAGE),
        "https://news.example/rel": httpx.Response(302, headers={"Location": "/r1"}),
        "https://news.example/loop": httpx.Response(302, headers={"Location": "https://news.example/loop"}),
    })
    f = fetcher(rec)
    item = f.fetch_page("https://news.example/r1")
    assert isinstance(item, RawItem) and item.url == "https://cdn.example/final"
    assert item.locator == "https://news.example/r1"
    assert f.fetch_page("https://news.example/rel").url == "https://cdn.example/final"  # relative Location
    bad = f.fetch_page("https://news.example/evil")
    assert isinstance(bad, Rejection) and bad.code == "private_address"
    assert not any(str(r.url).startswith("http://127.0.0.1") for r in rec.requests)
    loop = f.fetch_page("https://news.example/loop")
    assert isinstance(loop, Rejection) and loop.code == "fetch_failed" and "redirect" in loop.message


def test_http_error_status_is_a_rejection():
    item = fetcher(Recorder({})).fetch_page("https://news.example/missing")
    assert isinstance(item, Rejection) and item.code == "fetch_failed" and "404" in item.message


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Mock feed</title>
<item><title>Short entry</title><link>https://news.example/a</link><pubDate>Thu, 01 Oct 2020 08:00:00 +0300</pubDate>
<description>A short summary.</description></item>
<item><title>Gone entry</title><link>https://news.example/gone</link>
<description>The page behind this entry is gone, so the summary is kept; written for marsad's tests.</description></item>
</channel></rss>"""


def test_ingest_urls_and_feeds_store_documents_and_rejections(store):
    rec = Recorder({
        "https://news.example/a": httpx.Response(200, html=PAGE),
        "https://news.example/feed.xml": httpx.Response(200, text=FEED, headers={"content-type": "application/rss+xml"}),
    })
    cfg = Config(db="unused", user_agent="marsad-test/1.0")
    s = ingest_sources(store, cfg, urls=["https://news.example/a", "http://127.0.0.1/x"],
                       feeds=["https://news.example/feed.xml", "https://news.example/nofeed"],
                       progress=False, extract=False, transport=httpx.MockTransport(rec), resolver=resolver)
    # the page; the feed's short entry fetches the same URL again (already stored: the same input, not a
    # duplicate); the gone one keeps its summary
    assert (s.stored, s.unchanged, s.duplicates) == (2, 1, 0)
    assert dict(s.rejected) == {"private_address": 1, "fetch_failed": 1}
    docs = {d["url"]: d for d in store.iter_documents()}
    assert docs["https://news.example/a"]["published"] == "2020-10-01"
    assert "summary is kept" in docs["https://news.example/gone"]["text"]
    assert all(r.headers["user-agent"] == "marsad-test/1.0" for r in rec.requests)
    codes = sorted(r["code"] for r in store.rejections())
    assert codes == ["fetch_failed", "private_address"]


def test_cli_refuses_loopback_url_without_network(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "--db", f"sqlite:///{tmp_path / 'f.sqlite'}", "ingest",
                        "--url", "http://127.0.0.1:9/private", "--no-extract", "--json"],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr
    s = json.loads(r.stdout.strip().splitlines()[-1])
    assert s["rejected_by_reason"] == {"private_address": 1}
