"""The analysis routes: /api/series, /api/trends, /api/hotspots and /api/actors serve ``marsad.analyze`` with
the parameters of ``marsad trends``, ``hotspots`` and ``actors`` (docs/analysis.md). Thin: parse, load the
inputs through ``run.analysis.load_inputs``, call the analysis function, return its rows."""
from __future__ import annotations

from datetime import timedelta
from typing import Callable

from fastapi import FastAPI, Query
from fastapi.responses import JSONResponse

from ..config import Config
from ..errors import EmptyStoreError, PeriodError
from ..store import Store


def _compare(compare: str | None):
    """``compare=2020Q1,2020Q2`` -> the two periods of the CLI's --compare, else None."""
    if not compare:
        return None
    parts = [p.strip() for p in compare.split(",")]
    if len(parts) != 2 or not all(parts):
        raise PeriodError(f"compare: give two periods separated by a comma, not {compare[:60]!r}")
    return tuple(parts)


def add_analysis_routes(app: FastAPI, store: Callable[[], Store], cfg: Config) -> None:
    from ..analyze import change, emerging, series, sources
    from ..analyze import hotspots as hs
    from ..analyze.periods import bucket, check_by, parse_period
    from ..analyze.series import Filters
    from ..cli import _compare_periods          # the CLI's choice of periods, shared so both faces agree
    from ..run.analysis import last_day, load_inputs

    def inputs(filters: Filters, periods=None, **kw):
        st = store()
        chosen = periods(last_day(st)) if periods else None
        return load_inputs(st, cfg, filters, span=chosen[2] if chosen else None, **kw), chosen

    def flt(country, region, type_, actor, since, until) -> Filters:
        from .app import parse_day

        return Filters(country=country or None, region=region or None, event_type=type_ or None, actor=actor or None,
                       since=parse_day("since", since), until=parse_day("until", until, end=True))

    common = dict(country=Query(None, description="Country name or ISO code"),
                  region=Query(None, description="A country, admin1 or admin2 name"),
                  type=Query(None, description="ACLED event type or sub-event type"),
                  actor=Query(None, description="Part of actor1 or actor2"),
                  since=Query(None, description="YYYY-MM-DD"), until=Query(None, description="YYYY-MM-DD"))

    @app.get("/api/series", summary="Fused events and fatalities per period (marsad trends without --compare)")
    def api_series(by: str = Query("month", description="day, week, month, quarter or year"),
                   level: str | None = Query(None, description="country, admin1, admin2, event_type, sub_event_type "
                                                               "or actor (default: all events)"),
                   country: str | None = common["country"], region: str | None = common["region"],
                   type: str | None = common["type"], actor: str | None = common["actor"],
                   since: str | None = common["since"], until: str | None = common["until"]):
        check_by(by)
        series.check_level(level)
        f = flt(country, region, type, actor, since, until)
        inp, _ = inputs(f, places=False, sources=False)
        return JSONResponse({"series": series.series(inp.events, by=by, level=level, filters=f, with_ids=False)})

    @app.get("/api/trends", summary="The change test between two periods per unit, with its flags (marsad trends --compare)")
    def api_trends(by: str = Query("month", description="Without compare: the last complete period and the one before"),
                   level: str = Query("country", description="country, admin1, admin2, event_type, sub_event_type or actor"),
                   compare: str | None = Query(None, description="Two periods, comma-separated: 2020Q1,2020Q2"),
                   country: str | None = common["country"], region: str | None = common["region"],
                   type: str | None = common["type"], actor: str | None = common["actor"],
                   since: str | None = common["since"], until: str | None = common["until"]):
        check_by(by)
        series.check_level(level)
        f = flt(country, region, type, actor, since, until)
        inp, (before, after, _) = inputs(f, _compare_periods(_compare(compare), by))
        rows = change.compare(inp.events, before, after, level=level, filters=f, data_end=inp.data_end,
                              params=change.ChangeParams.from_config(cfg), doc_source=inp.doc_source,
                              new=sources.new_sources(inp.documents, after))
        return JSONResponse({"before": before.label, "after": after.label, "trends": [change.public(r) for r in rows]})

    @app.get("/api/hotspots", summary="Grid cells whose events rose significantly (marsad hotspots)")
    def api_hotspots(by: str = "month", compare: str | None = None,
                     grid: str | None = Query(None, description="h3:RESOLUTION or deg:SIZE (config hotspot_grid)"),
                     all: bool = Query(False, description="Every cell with events, not only the hotspots"),
                     country: str | None = common["country"], region: str | None = common["region"],
                     type: str | None = common["type"], actor: str | None = common["actor"],
                     since: str | None = common["since"], until: str | None = common["until"]):
        g = hs.Grid.parse(grid or cfg.hotspot_grid)
        f = flt(country, region, type, actor, since, until)
        inp, (before, after, _) = inputs(f, _compare_periods(_compare(compare), by), places=False)
        rows = hs.hotspots(inp.events, before, after, grid=g, filters=f, data_end=inp.data_end,
                           params=change.ChangeParams.from_config(cfg), doc_source=inp.doc_source,
                           new=sources.new_sources(inp.documents, after), only_passing=not all)
        return JSONResponse({"before": before.label, "after": after.label, "hotspots": [hs.public(r) for r in rows]})

    @app.get("/api/actors", summary="The most active actors of a period, or the new armed groups (marsad actors)")
    def api_actors(new: bool = Query(False, description="New non-state armed groups (not active in the 12 months before)"),
                   period: str | None = Query(None, description="Default: the latest `by` period of the data"),
                   by: str = "month", top: int = Query(20, ge=1, le=1000),
                   country: str | None = common["country"], region: str | None = common["region"],
                   type: str | None = common["type"], actor: str | None = common["actor"],
                   since: str | None = common["since"], until: str | None = common["until"]):
        check_by(by)
        given = parse_period(period) if period else None

        def pick(end):
            p = given or (parse_period(bucket(end.isoformat(), by)) if end else None)
            if p is None:
                raise EmptyStoreError("no dated document or event in the store")
            return p, p, (p.start - timedelta(days=365) if new else p.start, p.end)

        f = flt(country, region, type, actor, since, until)
        inp, (p, _, _) = inputs(f, pick, with_data=new, places=False, sources=False)
        if new:
            return JSONResponse({"period": p.label, "new_armed_groups": emerging.new_armed_groups(inp.events, p, filters=f)})
        rows = emerging.top_actors([e for e in inp.events if p.contains(e["event_date"])], n=top, filters=f)
        return JSONResponse({"period": p.label, "actors": rows})
