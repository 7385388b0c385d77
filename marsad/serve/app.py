"""The analyst's desk: a read-only REST API and the dashboard, in one FastAPI app (``create_app``).

Thin over the library and the store: every route parses and checks its parameters, calls one query or
analysis function, and shapes the answer. Every error has one shape, ``{"error": {"code", "message",
"remedy"?}}``, with the status that fits (400 a bad parameter, naming it; 404 an unknown id or path).
Every response carries a strict Content-Security-Policy (``security.py``).
"""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import Config
from ..errors import (AuthError, EmptyStoreError, ForbiddenError, LevelError, MarsadError, PeriodError, RateLimitError,
                      StoreError, UnknownIdError, UsageError)
from ..geocode import boundaries
from ..store import Store, open_store
from . import queries
from .limits import BodyLimit
from .security import SecurityHeaders, safe_url, security_headers

HERE = Path(str(files("marsad") / "serve"))
STATUS = {UsageError: 400, PeriodError: 400, LevelError: 400, UnknownIdError: 404, EmptyStoreError: 404,
          StoreError: 503, AuthError: 401, ForbiddenError: 403, RateLimitError: 429}
CSV_COLUMNS = ["id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "country_code",
               "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "located_only_to",
               "fatalities", "fatalities_low", "fatalities_high", "injured", "confidence", "number_of_sources",
               "doc_id"]
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def templates() -> Environment:
    """The Jinja2 environment of the dashboard: autoescape on for every template (tested)."""
    return Environment(loader=FileSystemLoader(str(HERE / "templates")),
                       autoescape=select_autoescape(default=True, default_for_string=True))


def error_body(e: MarsadError) -> dict:
    return {"error": e.as_json()}


def _status_for(e: MarsadError) -> int:
    for cls, status in STATUS.items():
        if isinstance(e, cls):
            return status
    return 500


def parse_day(name: str, value: str | None, *, end: bool = False) -> str | None:
    """A date parameter: YYYY, YYYY-MM or YYYY-MM-DD (a year or month spans its first to last day)."""
    if value is None or value == "":
        return None
    m = _DATE.match(value.strip())
    day = None
    try:
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2) or (12 if end else 1)), m.group(3)
            if d is None:
                if end:
                    nxt = date(y + (mo == 12), mo % 12 + 1, 1)
                    day = date.fromordinal(nxt.toordinal() - 1)
                else:
                    day = date(y, mo, 1)
            else:
                day = date(y, mo, int(d))
    except ValueError:
        day = None
    if day is None:
        raise UsageError(f"{name}: not a date: {value[:40]!r}",
                         remedy=f"Give {name} as YYYY-MM-DD (or YYYY-MM, YYYY).")
    return day.isoformat()


def event_filter(since, until, country, admin1, type_, sub_type, actor, precision, min_confidence) -> queries.EventFilter:
    s, u = parse_day("since", since), parse_day("until", until, end=True)
    if s and u and s > u:
        raise UsageError(f"since ({s}) is after until ({u})", remedy="Swap since and until.")
    if precision is not None and not 1 <= precision <= 3:
        raise UsageError(f"precision: must be 1, 2 or 3, not {precision}",
                         remedy="precision=1 keeps town-level events, 2 adds near/part-of, 3 adds region-level.")
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise UsageError(f"min_confidence: must be between 0 and 1, not {min_confidence}")
    return queries.EventFilter(since=s, until=u, country=country or None, admin1=admin1 or None,
                               event_type=type_ or None, sub_event_type=sub_type or None, actor=actor or None,
                               precision=precision, min_confidence=min_confidence)


def geojson(rows: list[dict]) -> dict:
    """Events as a FeatureCollection. Region-level events have no point: geometry null, ``located_only_to``
    and ``admin1_boundary`` say which region they belong to (RFC 7946 allows an unlocated feature)."""
    feats = []
    for r in rows:
        geom = None if r.get("region_level") else {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]}
        feats.append({"type": "Feature", "id": r["id"], "geometry": geom,
                      "properties": {k: v for k, v in r.items() if k not in ("latitude", "longitude")}})
    return {"type": "FeatureCollection", "features": feats}


def _cell(v):
    """A CSV cell that a spreadsheet will not run: text starting with = + @ (or a tab/CR) gets a leading '."""
    if isinstance(v, str) and v[:1] in ("=", "+", "@", "\t", "\r"):
        return "'" + v
    return v


def to_csv(rows: list[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: _cell(r.get(k)) for k in columns})
    return buf.getvalue()


def download_events(store: Store, f: queries.EventFilter, *, mentions: bool, fmt: str) -> StreamingResponse:
    """Every event under the filter as one CSV or GeoJSON file, streamed page by page."""
    def pages():
        cursor = None
        while True:
            rows, cursor = queries.list_events(store, f, mentions=mentions, limit=5000, cursor=cursor)
            yield rows, cursor is None
            if cursor is None:
                return

    def csv_body():
        first = True
        for rows, _last in pages():
            text = to_csv(rows, CSV_COLUMNS)
            yield text if first else text.split("\n", 1)[1]
            first = False

    def geojson_body():
        yield '{"type": "FeatureCollection", "features": ['
        sep = ""
        for rows, _last in pages():
            for feat in geojson(rows)["features"]:
                yield sep + json.dumps(feat, ensure_ascii=False)
                sep = ","
        yield "]}"

    if fmt == "csv":
        return StreamingResponse(csv_body(), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})
    return StreamingResponse(geojson_body(), media_type="application/geo+json",
                             headers={"Content-Disposition": 'attachment; filename="events.geojson"'})


def create_app(cfg: Config, *, store: Store | None = None) -> FastAPI:
    """The app over ``cfg.db_url`` (or an open ``store``): API under /api, dashboard at /, docs at /docs."""
    app = FastAPI(title="marsad", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only API over a marsad store: fused events with their evidence, documents, "
                              "claims, quotes, drivers. Errors: {\"error\": {\"code\", \"message\", \"remedy\"?}}.")
    app.state.store = store or open_store(cfg.db_url)
    app.state.cfg = cfg
    app.add_middleware(SecurityHeaders, tiles_url=cfg.tiles_url)
    app.add_middleware(BodyLimit, max_bytes=cfg.max_request_bytes)  # limits.py: 413 over the limit
    env = templates()

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, e: MarsadError):
        return JSONResponse(error_body(e), status_code=_status_for(e))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, e: RequestValidationError):
        errs = e.errors()
        first = errs[0] if errs else {}
        name = str(first.get("loc", ["", "?"])[-1])
        return JSONResponse(error_body(UsageError(f"{name}: {first.get('msg', 'invalid value')}",
                                                  remedy="See /docs for the parameters each route takes.")),
                            status_code=400)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, e: Exception):
        body = {"error": {"code": "internal", "message": f"{type(e).__name__}: {e}"[:500],
                          "remedy": "Report it with the request's URL; the server goes on."}}
        # the server-error layer sits outside every middleware: it gets the security headers here
        return JSONResponse(body, status_code=500, headers=security_headers(cfg.tiles_url))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, e: StarletteHTTPException):
        code = "not_found" if e.status_code == 404 else "method_not_allowed" if e.status_code == 405 else "http_error"
        body = {"error": {"code": code, "message": str(e.detail)}}
        return JSONResponse(body, status_code=e.status_code)

    def st() -> Store:
        return app.state.store

    # -- events -----------------------------------------------------------------------------------------
    @app.get("/api/events", summary="Fused events (or per-report mentions), filtered and paged")
    async def api_events(since: str | None = Query(None, description="YYYY-MM-DD (or YYYY-MM, YYYY)"),
                   until: str | None = Query(None, description="YYYY-MM-DD (or YYYY-MM, YYYY), inclusive"),
                   country: str | None = Query(None, description="Country name or ISO code"),
                   admin1: str | None = None,
                   type: str | None = Query(None, description="ACLED event type or sub-event type"),
                   sub_type: str | None = Query(None, description="ACLED sub-event type"),
                   actor: str | None = Query(None, description="Part of actor1 or actor2"),
                   precision: int | None = Query(None, description="At least this precise: geo_precision <= N"),
                   min_confidence: float | None = Query(None, description="Minimum confidence (0..1)"),
                   mentions: bool = Query(False, description="Per-report records instead of fused events"),
                   limit: int = Query(100, ge=1, le=5000), cursor: str | None = None,
                   format: str = Query("json", pattern="^(json|geojson|csv)$"),
                   download: bool = Query(False, description="csv/geojson: every event under the filter, "
                                                             "streamed as one file (limit and cursor ignored)")):
        f = event_filter(since, until, country, admin1, type, sub_type, actor, precision, min_confidence)
        if download and format in ("csv", "geojson"):
            return download_events(st(), f, mentions=mentions, fmt=format)
        rows, nxt = queries.list_events(st(), f, mentions=mentions, limit=limit, cursor=cursor)
        headers = {"X-Next-Cursor": nxt} if nxt else {}
        if format == "csv":
            return Response(to_csv(rows, CSV_COLUMNS), media_type="text/csv; charset=utf-8",
                            headers={**headers, "Content-Disposition": 'attachment; filename="events.csv"'})
        if format == "geojson":
            fc = geojson(rows)
            fc["next_cursor"] = nxt
            return JSONResponse(fc, media_type="application/geo+json", headers=headers)
        return JSONResponse({"events": rows, "count": len(rows), "next_cursor": nxt}, headers=headers)

    @app.get("/api/events/series", summary="Events and fatalities per day under the same filters")
    def api_event_series(since: str | None = None, until: str | None = None, country: str | None = None,
                         admin1: str | None = None, type: str | None = None, sub_type: str | None = None,
                         actor: str | None = None, precision: int | None = None,
                         min_confidence: float | None = None, mentions: bool = False):
        f = event_filter(since, until, country, admin1, type, sub_type, actor, precision, min_confidence)
        return {"series": queries.event_series(st(), f, mentions=mentions)}

    @app.get("/api/events/{event_id}", summary="One event with all its sources and their evidence")
    def api_event(event_id: str):
        ev = queries.get_event(st(), event_id)
        for s in ev["sources"]:
            s["url"] = safe_url(s.get("url"))
        return ev

    @app.get("/api/documents/{doc_id}", summary="A document's clean text, metadata and every extracted span")
    def api_document(doc_id: str):
        doc = queries.get_document(st(), doc_id)
        doc["url"] = safe_url(doc.get("url"))
        return doc

    # -- claims, quotes, drivers --------------------------------------------------------------------------
    @app.get("/api/claims", summary="Aggregate and causal claims, with marsad's own counts beside aggregates")
    def api_claims(kind: str | None = Query(None, pattern="^(aggregate|causal)$"), since: str | None = None,
                   until: str | None = None, claimant: str | None = None, driver: str | None = None,
                   limit: int = Query(100, ge=1, le=5000), cursor: str | None = None):
        rows, nxt = queries.list_claims(st(), kind=kind, since=parse_day("since", since),
                                        until=parse_day("until", until, end=True), claimant=claimant,
                                        driver=driver, limit=limit, cursor=cursor)
        return {"claims": [_safe(r) for r in rows], "count": len(rows), "next_cursor": nxt}

    @app.get("/api/quotes", summary="Who is quoted, in what role, under what anonymity")
    def api_quotes(speaker: str | None = None,
                   anonymity: str | None = Query(None, pattern="^(named|pseudonym|anonymous|unnamed_official)$"),
                   since: str | None = None, until: str | None = None, summary: bool = False,
                   limit: int = Query(100, ge=1, le=5000), cursor: str | None = None):
        if summary:
            return {"by_speaker": queries.quote_summary(st())}
        rows, nxt = queries.list_quotes(st(), speaker=speaker, anonymity=anonymity, since=parse_day("since", since),
                                        until=parse_day("until", until, end=True), limit=limit, cursor=cursor)
        return {"quotes": [_safe(r) for r in rows], "count": len(rows), "next_cursor": nxt}

    @app.get("/api/drivers", summary="Drivers cited by causal claims, ranked by independent sources")
    def api_drivers(region: str | None = None, since: str | None = None, until: str | None = None,
                    per: str = Query("all", pattern="^(all|year|quarter|month)$"), by_region: bool = True,
                    quotes: int = Query(3, ge=0, le=50)):
        from ..analyze.drivers import rank_drivers

        s, u = parse_day("since", since), parse_day("until", until, end=True)
        rows = st().claims_with_context(kind="causal", since=s, until=u)
        ranked = rank_drivers(rows, region=region, since=s, until=u, per=per, by_region=by_region, max_quotes=quotes)
        return {"drivers": ranked}

    # -- review (write routes need an editor token; review.py) ------------------------------------------
    from .review import add_review_routes

    add_review_routes(app, st, cfg)

    # -- analysis (marsad trends, hotspots, actors) ---------------------------------------------------------
    from .analysis import add_analysis_routes

    add_analysis_routes(app, st, cfg)

    # -- status, boundaries, dashboard ------------------------------------------------------------------
    @app.get("/api/status", summary="What the store holds")
    def api_status():
        from ..store.fused import fusion_counts

        return {**st().status(), **fusion_counts(st()), "version": __version__}

    @app.get("/healthz", summary="The server is up")
    def healthz():
        return {"status": "ok"}

    @app.get("/api/boundaries/countries", summary="Country outlines (simplified Natural Earth)")
    def api_countries():
        return JSONResponse({**boundaries.countries(), "source": boundaries.SOURCE})

    @app.get("/api/boundaries/admin1", summary="Admin1 outlines of some countries (simplified Natural Earth)")
    def api_admin1(country: str = Query(..., description="ISO alpha-2 codes, comma-separated")):
        feats = []
        for cc in sorted({c.strip().upper() for c in country.split(",") if c.strip()}):
            if not re.fullmatch(r"[A-Z]{2}", cc):
                raise UsageError(f"country: not an ISO alpha-2 code: {cc[:10]!r}", remedy="Give codes such as IQ,SY.")
            feats += boundaries.admin1(cc)["features"]
        return JSONResponse({"type": "FeatureCollection", "features": feats, "source": boundaries.SOURCE})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard():
        return env.get_template("index.html").render(version=__version__, tiles_url=cfg.tiles_url,
                                                     note=boundaries.SOURCE["note"])

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs():
        return env.get_template("docs.html").render(version=__version__)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app


def _safe(row: dict) -> dict:
    row["url"] = safe_url(row.get("url"))
    return row


CONFIG_ENV = "MARSAD_SERVE_SETTINGS"   # the resolved settings, as JSON, handed to worker processes


def settings_json(cfg: Config) -> str:
    """``cfg`` with its defaults resolved (the store URL), as JSON for ``create_from_env`` in a worker."""
    from dataclasses import asdict

    return json.dumps({**asdict(cfg), "db": cfg.db_url, "gazetteer": cfg.gazetteer_path})


def create_from_env() -> FastAPI:
    """The app factory of each worker process of ``marsad serve --workers N``: the settings come from the
    environment variable ``MARSAD_SERVE_SETTINGS`` that ``serve`` set in the parent."""
    import os

    raw = os.environ.get(CONFIG_ENV)
    if not raw:
        raise UsageError(f"{CONFIG_ENV} is not set", remedy="Start the server with `marsad serve --workers N`.")
    return create_app(Config(**json.loads(raw)))


def serve(cfg: Config, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 1, echo: Any = print) -> None:
    """Run the app with uvicorn until interrupted: one process, or ``workers`` processes sharing the port
    (each opens the store itself, through ``create_from_env``)."""
    import os

    import uvicorn

    if workers < 1:
        raise UsageError(f"workers: must be at least 1, not {workers}")
    if workers == 1:
        app = create_app(cfg)
        echo(f"marsad serve: http://{host}:{port}/ (store {app.state.store.status()['store']}; Ctrl-C stops)")
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    with open_store(cfg.db_url) as store:      # fail here, in the parent, when the store cannot be opened
        where = store.status()["store"]
    os.environ[CONFIG_ENV] = settings_json(cfg)
    echo(f"marsad serve: http://{host}:{port}/ (store {where}; {workers} workers; Ctrl-C stops)")
    config = uvicorn.Config("marsad.serve.app:create_from_env", factory=True, host=host, port=port,
                            workers=workers, log_level="warning")
    # what uvicorn.run does for workers > 1, but with TCP_NODELAY on the shared listening socket (accepted
    # connections inherit it): uvicorn binds it with proto 0, so asyncio leaves Nagle on and every small
    # keep-alive answer waits about 40 ms for the client's delayed ACK
    import socket

    from uvicorn.supervisors import Multiprocess

    sock = config.bind_socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        Multiprocess(config, sockets=[sock]).run()
    except KeyboardInterrupt:
        pass
