"""The analysis routes: /api/series, /api/trends, /api/hotspots and /api/actors serve the questions composed in
``run/analysis.py`` (the same functions ``marsad trends``, ``hotspots`` and ``actors`` call), with the same
parameters (docs/analysis.md). Thin: parse, call, return the rows."""
from __future__ import annotations

from typing import Callable

from fastapi import FastAPI, Query
from fastapi.responses import JSONResponse

from ..config import Config
from ..errors import PeriodError
from ..store import Store


def _compare(compare: str | None) -> tuple[str, str] | None:
    """``compare=2020Q1,2020Q2`` -> the two periods of the CLI's --compare, else None."""
    if not compare:
        return None
    parts = [p.strip() for p in compare.split(",")]
    if len(parts) != 2 or not all(parts):
        raise PeriodError(f"compare: give two periods separated by a comma, not {compare[:60]!r}")
    return parts[0], parts[1]


def _with_evidence(public: dict, row: dict) -> dict:
    """The published columns, plus the fused event ids behind each count."""
    return {**public, **{k: row[k] for k in ("before_ids", "after_ids") if k in row}}


def add_analysis_routes(app: FastAPI, store: Callable[[], Store], cfg: Config) -> None:
    from ..analyze import change
    from ..analyze import hotspots as hs
    from ..analyze.series import Filters
    from ..run import analysis as an
    from .app import parse_day

    def flt(country, region, type_, actor, since, until) -> Filters:
        return Filters(country=country or None, region=region or None, event_type=type_ or None, actor=actor or None,
                       since=parse_day("since", since), until=parse_day("until", until, end=True))

    common = dict(country=Query(None, description="Country name or ISO code"),
                  region=Query(None, description="A country, admin1 or admin2 name"),
                  type=Query(None, description="ACLED event type or sub-event type"),
                  actor=Query(None, description="Part of actor1 or actor2"),
                  since=Query(None, description="YYYY-MM-DD"), until=Query(None, description="YYYY-MM-DD"))
    compare_q = Query(None, description="Two periods, comma-separated (2020Q1,2020Q2); default: the last complete "
                                        "`by` period of the data and the one before")

    @app.get("/api/series", summary="Fused events and fatalities per period (marsad trends without --compare)")
    def api_series(by: str = Query("month", description="day, week, month, quarter or year"),
                   level: str | None = Query(None, description="country, admin1, admin2, event_type, sub_event_type "
                                                               "or actor (default: all events)"),
                   country: str | None = common["country"], region: str | None = common["region"],
                   type: str | None = common["type"], actor: str | None = common["actor"],
                   since: str | None = common["since"], until: str | None = common["until"]):
        out = an.trend_series(store(), cfg, flt(country, region, type, actor, since, until), by=by, level=level,
                              with_ids=False)
        return JSONResponse({"data_end": out["data_end"], "series": out["rows"]})

    @app.get("/api/trends", summary="The change test between two periods per unit, with its flags (marsad trends --compare)")
    def api_trends(compare: str | None = compare_q, by: str = Query("month", description="day, week, month, quarter or year"),
                   level: str = Query("country", description="country, admin1, admin2, event_type, sub_event_type or actor"),
                   country: str | None = common["country"], region: str | None = common["region"],
                   type: str | None = common["type"], actor: str | None = common["actor"],
                   since: str | None = common["since"], until: str | None = common["until"]):
        out = an.trend_compare(store(), cfg, flt(country, region, type, actor, since, until), compare=_compare(compare),
                               by=by, level=level)
        return JSONResponse({"before": out["before"], "after": out["after"], "data_end": out["data_end"],
                             "trends": [_with_evidence(change.public(r), r) for r in out["rows"]]})

    @app.get("/api/hotspots", summary="Grid cells whose events rose significantly (marsad hotspots)")
    def api_hotspots(compare: str | None = compare_q, by: str = "month",
                     grid: str | None = Query(None, description="h3:RESOLUTION or deg:SIZE (config hotspot_grid)"),
                     all: bool = Query(False, description="Every cell with events, not only the hotspots"),
                     country: str | None = common["country"], region: str | None = common["region"],
                     type: str | None = common["type"], actor: str | None = common["actor"],
                     since: str | None = common["since"], until: str | None = common["until"]):
        out = an.hotspot_cells(store(), cfg, flt(country, region, type, actor, since, until), compare=_compare(compare),
                               by=by, grid=grid, all_cells=all)
        return JSONResponse({"before": out["before"], "after": out["after"], "grid": out["grid"],
                             "data_end": out["data_end"],
                             "hotspots": [_with_evidence(hs.public(r), r) for r in out["rows"]]})

    @app.get("/api/actors", summary="The most active actors of a period, or the new armed groups (marsad actors)")
    def api_actors(new: bool = Query(False, description="New non-state armed groups (not active in the 12 months before)"),
                   period: str | None = Query(None, description="Default: the latest `by` period of the data"),
                   by: str = "month", top: int = Query(20, ge=1, le=1000),
                   country: str | None = common["country"], region: str | None = common["region"],
                   type: str | None = common["type"], actor: str | None = common["actor"],
                   since: str | None = common["since"], until: str | None = common["until"]):
        out = an.actor_table(store(), cfg, flt(country, region, type, actor, since, until), new=new, period=period,
                             by=by, top=top)
        return JSONResponse({"period": out["period"], "new_armed_groups" if new else "actors": out["rows"]})
