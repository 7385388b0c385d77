"""Compose the analysis: read fused events, documents and claims from the store, mark rural/urban with the
gazetteer, and hand them to the pure functions of ``marsad.analyze``; write the brief's files.

The CLI and the API call these; all statistics live in ``marsad/analyze/``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..analyze import urban
from ..analyze.series import Filters, data_end
from ..analyze.sources import doc_sources, new_sources
from ..config import Config
from ..errors import EmptyStoreError, MarsadError
from ..store import Store
from ..store import analysis as reads


@dataclass
class AnalysisInput:
    events: list[dict]                      # fused events, flat, with "urban" set
    documents: list[dict]                   # every unique document (source, published)
    data_end: date | None                   # the last day the data covers
    doc_source: dict[str, str] = field(default_factory=dict)

    def new_sources(self, period) -> set[str]:
        """The sources that published in ``period`` and never before it."""
        return new_sources(self.documents, period, lambda d: self.doc_source.get(d["id"]))


def _gazetteer(cfg: Config):
    try:
        from ..geocode.gazetteer import Gazetteer
        return Gazetteer(cfg.gazetteer_path)
    except MarsadError:
        return None   # without a gazetteer, every place is of unknown kind (counted in neither)


def load_inputs(store: Store, cfg: Config, filters: Filters | None = None, *, span: tuple[date, date] | None = None,
                with_data: bool = False, sources: bool = True, places: bool = True) -> AnalysisInput:
    """Fused events passing the store-side filters (country, type, actor, dates; the rest is filtered in
    the analysis) and, when given, inside ``span`` (the days the analysis looks at), marked rural/urban
    when ``places``, with the documents that reported them when ``sources``. Raises EmptyStoreError when
    the store holds no fused event."""
    f = filters or Filters()
    if reads.count_fused(store) == 0:
        raise EmptyStoreError("the store holds no fused events to analyse")
    since, until = f.since, f.until
    if span is not None:
        since = max(filter(None, (since, span[0].isoformat())))
        until = min(filter(None, (until, span[1].isoformat())))
    events = reads.fused_events(store, with_data=with_data, with_sources=sources, country=f.country,
                                event_type=f.event_type, actor=f.actor, since=since, until=until)
    docs = reads.documents(store)
    if places:
        events = mark_places(store, cfg, events)
    return AnalysisInput(events, docs, data_end((), docs) or data_end(events), doc_sources(docs))


def mark_places(store: Store, cfg: Config, events: list[dict]) -> list[dict]:
    """The events with ``urban`` set from the gazetteer and the text around their places."""
    gaz = _gazetteer(cfg)
    try:
        ctx = reads.location_contexts(store, [e["id"] for e in events if e.get("geo_precision") in (1, 2)])
        return urban.annotate(events, urban.gazetteer_lookup(gaz) if gaz else None, ctx,
                              threshold=cfg.urban_population)
    finally:
        if gaz is not None:
            gaz.close()


def last_day(store: Store) -> date | None:
    """The last day the store's data cover (the latest publication date, else the latest event)."""
    pub = reads.last_published(store)
    return data_end((), [{"published": pub}]) if pub else None


def write_brief(store: Store, cfg: Config, region: str, period: str, output: str | Path, *,
                by: str = "week") -> dict:
    """Build the situation brief of ``region`` for ``period`` and write brief.md, brief.html and the PNG
    charts into ``output``. Returns {"markdown", "html", "charts", "brief"} (paths and the brief's data)."""
    from datetime import timedelta

    from ..analyze import brief as brief_mod
    from ..analyze.periods import parse_period, preceding
    from ..analyze.series import select

    p = parse_period(period)
    before = preceding(p)
    aggregate = reads.aggregate_claims(store)
    causal = reads.causal_claims(store)
    # the days the brief counts: the preceding and the given period, and the periods of the claims made
    start, end = before.start, p.end
    for c in aggregate:
        cl = c.get("claim") or {}
        for k in ("period_start", "period_end"):
            try:
                d = date.fromisoformat((cl.get(k) or "")[:10])
            except ValueError:
                continue
            start, end = min(start, d), max(end, d)
    inp = load_inputs(store, cfg, span=(start, end), with_data=True, places=False)
    # new armed groups look 12 months further back, in the region's countries only
    countries = sorted({e["country"] for e in select(inp.events, Filters(region=region)) if e.get("country")})
    seen = {e["id"] for e in inp.events}
    back_start, back_end = (before.start - timedelta(days=366)).isoformat(), (start - timedelta(days=1)).isoformat()
    for country in countries:
        inp.events += [e for e in reads.fused_events(store, with_data=True, with_sources=False, country=country,
                                                     since=back_start, until=back_end) if e["id"] not in seen]
    # rural/urban only where the brief counts it: the region, the preceding and the given period
    near = {e["id"] for e in select(inp.events, Filters(region=region, since=before.start.isoformat(),
                                                          until=p.end.isoformat()))}
    marked = {e["id"]: e for e in mark_places(store, cfg, [e for e in inp.events if e["id"] in near])}
    inp.events = [marked.get(e["id"], e) for e in inp.events]
    b = brief_mod.build_brief(inp.events, inp.documents, aggregate, causal, region=region, period=p,
                              data_end=inp.data_end, doc_source=inp.doc_source, cfg=cfg, by=by)
    out = Path(output)
    try:
        out.mkdir(parents=True, exist_ok=True)
        charts = brief_mod.draw_charts(b)
        for name, png in charts.items():
            (out / name).write_bytes(png)
        md, html = brief_mod.render(b)
        (out / "brief.md").write_text(md, encoding="utf-8")
        (out / "brief.html").write_text(html, encoding="utf-8")
    except OSError as e:
        raise MarsadError(f"cannot write the brief into {out}: {e.strerror}", code="unreadable",
                          remedy="Give an --output folder you can write to.") from None
    return {"markdown": str(out / "brief.md"), "html": str(out / "brief.html"),
            "charts": [str(out / n) for n in charts], "brief": b}


# -- the questions, composed (the CLI and the API call these; rows are plain dicts) -----------------------
def compare_periods(compare: tuple[str, str] | list[str] | None, by: str, end: date | None):
    """The two periods of ``compare`` (two period strings), else the last complete ``by`` period of the
    data and the one before it."""
    from ..analyze.periods import check_by, last_complete, parse_period, previous

    check_by(by)
    if compare:
        before, after = parse_period(compare[0]), parse_period(compare[1])
        if before.end >= after.start:
            from ..errors import PeriodError
            raise PeriodError(f"{before.label} does not end before {after.label} starts",
                              remedy="Give the earlier period first; the two periods must not overlap.")
        return before, after
    if end is None:
        raise EmptyStoreError("no dated document or event to compare")
    after = last_complete(end, by)
    return previous(after, by), after


def trend_series(store: Store, cfg: Config, filters: Filters | None = None, *, by: str = "month",
                 level: str | None = None, with_ids: bool = True) -> dict:
    """{"data_end", "rows"}: counts and fatalities per period and unit (``analyze.series.series``)."""
    from ..analyze import periods, series

    periods.check_by(by)
    series.check_level(level)
    inp = load_inputs(store, cfg, filters, places=False, sources=False)
    return {"data_end": _iso(inp.data_end),
            "rows": series.series(inp.events, by=by, level=level, filters=filters, with_ids=with_ids,
                                  data_end=inp.data_end)}


def source_activity(store: Store, cfg: Config, *, by: str = "month") -> list[dict]:
    """Documents per source per period (the source-artefact guard's bookkeeping)."""
    from ..analyze import periods, sources

    periods.check_by(by)
    return sources.activity(reads.documents(store), by)


def trend_compare(store: Store, cfg: Config, filters: Filters | None = None, *, compare=None, by: str = "month",
                  level: str = "country") -> dict:
    """{"before", "after", "data_end", "rows"}: the change test per unit (``analyze.change.compare``; rows
    keep their evidence: ``before_ids``, ``after_ids``; ``change.public`` keeps the published columns)."""
    from ..analyze import change, series

    series.check_level(level)
    before, after = compare_periods(compare, by, last_day(store))
    inp = load_inputs(store, cfg, filters, span=(min(before.start, after.start), max(before.end, after.end)))
    rows = change.compare(inp.events, before, after, level=level, filters=filters, data_end=inp.data_end,
                          params=change.ChangeParams.from_config(cfg), doc_source=inp.doc_source,
                          new=inp.new_sources(after))
    return {"before": before.as_dict(), "after": after.as_dict(), "data_end": _iso(inp.data_end), "rows": rows}


def hotspot_cells(store: Store, cfg: Config, filters: Filters | None = None, *, compare=None, by: str = "month",
                  grid: str | None = None, all_cells: bool = False) -> dict:
    """{"before", "after", "grid", "data_end", "rows"}: the cells whose change test passes (every cell with
    events when ``all_cells``)."""
    from ..analyze import change, hotspots

    g = hotspots.Grid.parse(grid or cfg.hotspot_grid)
    before, after = compare_periods(compare, by, last_day(store))
    inp = load_inputs(store, cfg, filters, span=(min(before.start, after.start), max(before.end, after.end)),
                      places=False)
    rows = hotspots.hotspots(inp.events, before, after, grid=g, filters=filters, data_end=inp.data_end,
                             params=change.ChangeParams.from_config(cfg), doc_source=inp.doc_source,
                             new=inp.new_sources(after), only_passing=not all_cells)
    return {"before": before.as_dict(), "after": after.as_dict(), "grid": f"{g.kind}:{g.size:g}",
            "data_end": _iso(inp.data_end), "rows": rows}


def actor_table(store: Store, cfg: Config, filters: Filters | None = None, *, new: bool = False,
                period: str | None = None, by: str = "month", top: int = 20) -> dict:
    """{"period", "rows"}: the new armed groups of the period (``new``), else its most active actors. The
    period defaults to the latest ``by`` period of the data."""
    from datetime import timedelta

    from ..analyze import emerging
    from ..analyze.periods import bucket, check_by, parse_period

    check_by(by)
    p = parse_period(period) if period else None
    if p is None:
        end = last_day(store)
        if end is None:
            raise EmptyStoreError("no dated document or event in the store")
        p = parse_period(bucket(end.isoformat(), by))
    span = (p.start - timedelta(days=365) if new else p.start, p.end)
    inp = load_inputs(store, cfg, filters, span=span, with_data=new, places=False, sources=False)
    if new:
        rows = emerging.new_armed_groups(inp.events, p, filters=filters)
    else:
        rows = emerging.top_actors([e for e in inp.events if p.contains(e["event_date"])], n=top, filters=filters)
    return {"period": p.as_dict(), "rows": rows}


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
