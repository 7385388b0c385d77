"""A real store for the serve tests: the demo corpus (ours, fictional) and two fictional reports written for
these tests (a region-level event, an aggregate claim, and a report whose title, text and URL carry script
payloads), ingested
by the real pipeline (clean, extract, geocode, fuse) into SQLite."""
from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

REGION_REPORT = {
    "id": "t-region", "url": "https://desk.example/news/diyala-ambush", "published": "2021-03-10",
    "title": "Three soldiers killed in ambush in Diyala province",
    "text": "Three soldiers were killed on Tuesday when gunmen ambushed an army patrol in Diyala province, security "
            "officials said.\n\nThe officials did not say where in the province the attack took place. No group "
            "claimed responsibility."}

AGGREGATE_REPORT = {
    "id": "t-aggregate", "url": "https://desk.example/news/diyala-quarter", "published": "2021-04-05",
    "title": "Attacks in Diyala rose in the first quarter, police say",
    "text": "BAQUBA - At least 45 attacks were recorded in Diyala province in the first three months of 2021, the "
            "provincial police chief said on Monday.\n\nThe figure was higher than in the same period of last "
            "year, he said."}

PAYLOAD_REPORT = {
    "id": "t-xss", "url": "javascript:alert('url')", "published": "2021-03-12",
    "title": "<script>alert('title')</script>Bomb kills two <img src=x onerror=alert('img')>",
    "text": "A roadside bomb killed two policemen in Ramadi on Thursday, police said. <script>alert('text')</script>"
            "\n\nWitnesses posted <img src=x onerror=alert('img2')> and <svg onload=alert('svg')><script>alert(1)"
            "</script></svg> claims, and a link <a href=\"javascript:alert('link')\">javascript:alert('link')</a> "
            "circulated online."}


def build_store(tmp: Path, url: str | None = None) -> str:
    """Ingest everything into a fresh store (``url``, else SQLite under ``tmp``); returns its URL."""
    from marsad.config import load_config
    from marsad.run.demo import demo_corpus_dir
    from marsad.run.ingest import ingest_sources
    from marsad.store import open_store

    extra = tmp / "extra.jsonl"
    extra.write_text("\n".join(json.dumps(r) for r in (REGION_REPORT, AGGREGATE_REPORT, PAYLOAD_REPORT)) + "\n", encoding="utf-8")
    url = url or f"sqlite:///{tmp / 'serve.sqlite'}"
    cfg = load_config(env={}, overrides={"db": url}, cwd=tmp)
    with open_store(url) as store:
        ingest_sources(store, cfg, paths=[str(demo_corpus_dir()), str(extra)], progress=False)
    return url


@contextmanager
def serving(app):
    """Serve ``app`` with uvicorn on a free loopback port in a thread; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        th.join(10)
