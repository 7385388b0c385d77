"""The situation brief of one region for one period: counts and the change test in words, rural against
urban, a map, the top and new actors, the aggregate figures sources claimed next to marsad's own counts,
the most-cited drivers with claimant and quote, and what the brief cannot know.

``build_brief`` is a pure function over records and returns a dict; ``draw_charts`` returns PNG bytes
(matplotlib, Agg, no global state); ``render`` returns the Markdown and the HTML (Jinja2, autoescape on for
HTML). Every number carries the ids of the events or the documents behind it: ``E<n>`` sets in the
appendix of both files (event ids in the Markdown, links in the HTML).
"""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from .change import ChangeParams, compare, in_words
from ..geocode.boundaries import normalise_region
from .drivers import rank_drivers
from .emerging import new_armed_groups, top_actors
from .hotspots import precise
from .periods import Period, preceding
from .series import Filters, select, series
from .sources import activity, new_sources

TEMPLATES = Path(__file__).resolve().parent / "templates"


class _Sets:
    """Numbered evidence sets: every number in the brief points to one."""

    def __init__(self):
        self.sets: list[dict] = []

    def add(self, label: str, ids: list[str], kind: str = "events") -> str:
        key = f"E{len(self.sets) + 1}"
        self.sets.append({"key": key, "label": label, "ids": list(ids), "kind": kind})
        return key


def about_region(region: str, row: dict) -> bool:
    """True when one of the document's event regions or places ([country, admin1] pairs) is ``region``
    (accents, the Arabic article and division words aside: "Al Anbār" is "Anbar province")."""
    want = normalise_region(region)
    return any(x and normalise_region(str(x)) == want for pair in row.get("regions") or () for x in pair)


def _overlaps(a0: str | None, a1: str | None, p: Period) -> bool:
    if not a0 and not a1:
        return False
    s, e = (a0 or a1)[:10], (a1 or a0)[:10]
    return s <= p.end.isoformat() and e >= p.start.isoformat()


def build_brief(events: list[dict], documents: list[dict], aggregate_claims: list[dict], causal_claims: list[dict],
                *, region: str, period: Period, data_end: date | None, doc_source: dict[str, str] | None = None,
                cfg=None, by: str = "week", n_actors: int = 8, n_drivers: int = 5) -> dict:
    params = ChangeParams.from_config(cfg) if cfg is not None else ChangeParams()
    sets = _Sets()
    before = preceding(period)
    reg = Filters(region=region)
    in_region = select(events, reg)
    now = [e for e in in_region if period.contains(e["event_date"])]
    then = [e for e in in_region if before.contains(e["event_date"])]
    new = new_sources(documents, period, lambda d: doc_source.get(d["id"])) if doc_source else set()
    overall = compare(in_region, before, period, level=None, data_end=data_end, params=params,
                      doc_source=doc_source, new=new)
    row = overall[0] if overall else {"before": 0, "after": 0, "rate_ratio": None, "ci_low": None, "ci_high": None,
                                      "p_value": 1.0, "q_value": 1.0, "direction": "no change", "flags": [],
                                      "urban_before": 0, "urban_after": 0, "rural_before": 0, "rural_after": 0,
                                      "before_ids": [], "after_ids": []}
    counts = {"before": len(then), "after": len(now),
              "before_set": sets.add(f"events in {before.label}", [e["id"] for e in then]),
              "after_set": sets.add(f"events in {period.label}", [e["id"] for e in now]),
              "fatalities_after": sum(e.get("fatalities") or 0 for e in now),
              "fatalities_before": sum(e.get("fatalities") or 0 for e in then),
              "words": in_words(row, params.significance), "row": _plain(row)}
    # units below the region (admin1 of a country, admin2 of an admin1)
    level = "admin1" if any((e.get("country") or "").lower() == region.lower() for e in in_region) else "admin2"
    units = []
    for r in compare(in_region, before, period, level=level, data_end=data_end, params=params,
                     doc_source=doc_source, new=new):
        units.append({**_plain(r), "before_set": sets.add(f"{r['unit']}, {before.label}", r["before_ids"]),
                      "after_set": sets.add(f"{r['unit']}, {period.label}", r["after_ids"])})
    # rural against urban
    ru = {}
    for name, evs in (("before", then), ("after", now)):
        for kind, flag in (("urban", True), ("rural", False), ("unknown", None)):
            ids = [e["id"] for e in evs if e.get("urban") is flag]
            ru[f"{kind}_{name}"] = len(ids)
            ru[f"{kind}_{name}_set"] = sets.add(f"{kind} events, {before.label if name == 'before' else period.label}", ids)
    rural_test = compare([e for e in in_region if e.get("urban") is False], before, period, level=None,
                         data_end=data_end, params=params)
    urban_test = compare([e for e in in_region if e.get("urban") is True], before, period, level=None,
                         data_end=data_end, params=params)
    ru["rural_words"] = in_words(rural_test[0], params.significance) if rural_test else "no rural events in either period."
    ru["urban_words"] = in_words(urban_test[0], params.significance) if urban_test else "no urban events in either period."
    # series for the chart
    span = Filters(since=before.start.isoformat(), until=period.end.isoformat())
    ser = [{k: r[k] for k in ("period", "start", "events", "fatalities")} for r in series(in_region, by=by, filters=span)]
    # map: precise events of the period
    pts = precise(now)
    points = [{"id": e["id"], "lat": e["latitude"], "lon": e["longitude"], "location": e.get("location"),
               "urban": e.get("urban")} for e in pts]
    ccs = sorted({e.get("country_code") for e in now if e.get("country_code")})
    admin1s = sorted({(e.get("country_code"), e.get("admin1")) for e in in_region if e.get("admin1")}, key=str)
    # actors
    top = [{**{k: v for k, v in a.items() if k != "event_ids"}, "set": sets.add(f"events of {a['actor']}", a["event_ids"])}
           for a in top_actors(now, n=n_actors)]
    countries = {(e.get("country") or "").lower() for e in in_region}
    in_countries = [e for e in events if (e.get("country") or "").lower() in countries]
    region_ids = {e["id"] for e in now}
    newg = []
    for a in new_armed_groups(in_countries, period):
        ids = [i for i in a["event_ids"] if i in region_ids]
        if ids:
            newg.append({**{k: v for k, v in a.items() if k != "event_ids"}, "events": len(ids),
                         "set": sets.add(f"events of {a['actor']} (new)", ids)})
    # aggregate claims against marsad's counts
    claims = []
    for c in aggregate_claims:
        cl = c.get("claim") or {}
        if not about_region(region, c) or not _overlaps(cl.get("period_start"), cl.get("period_end"), period):
            continue
        cp = Period("claim", date.fromisoformat((cl.get("period_start") or cl.get("period_end"))[:10]),
                    date.fromisoformat((cl.get("period_end") or cl.get("period_start"))[:10]))
        ours = [e["id"] for e in in_region if cp.contains(e["event_date"])]
        claims.append({"claimant": cl.get("claimant") or c.get("site") or "(unattributed)", "quantity": cl.get("quantity"),
                       "counted": cl.get("counted"), "period_start": cl.get("period_start"),
                       "period_end": cl.get("period_end"), "text": " ".join((c.get("text") or "").split()),
                       "doc_id": c["doc_id"], "url": _http(c.get("url")), "published": c.get("published"),
                       "doc_set": sets.add(f"document of the claim ({c['doc_id']})", [c["doc_id"]], kind="documents"),
                       "ours": len(ours), "ours_set": sets.add(f"marsad's events, {cp.start}..{cp.end}", ours)})
    # drivers
    causal = [c for c in causal_claims if about_region(region, c)]
    drv = rank_drivers(causal, since=period.start.isoformat(), until=period.end.isoformat(), by_region=False,
                       max_quotes=1)
    drivers_scope = period.label
    if not drv:
        drv = rank_drivers(causal, until=period.end.isoformat(), by_region=False, max_quotes=1)
        drivers_scope = f"up to {period.end.isoformat()}"
    drivers = []
    for d in drv[:n_drivers]:
        q = d["quotes"][0] if d["quotes"] else {}
        docs = [x["doc_id"] for x in d["quotes"]]
        drivers.append({"label": d["label"], "driver": d["driver"], "sources": d["sources"], "claims": d["claims"],
                        "claimant": q.get("claimant") or "(unattributed)", "quote": q.get("text"), "url": _http(q.get("url")),
                        "published": q.get("published"), "set": sets.add(f"documents citing {d['label']}", docs, "documents")})
    # what the brief cannot know
    docs_period = [d for d in documents if period.contains(d.get("published"))]
    act = activity(docs_period, "year")
    imprecise = [e["id"] for e in now if e.get("geo_precision") not in (1, 2)]
    limits = {"documents": len(docs_period), "sources": len({r["source"] for r in act}),
              "by_source": sorted(({"source": r["source"], "documents": r["documents"]} for r in act),
                                  key=lambda r: (-r["documents"], r["source"]))[:10],
              "new_sources": sorted(new),
              "imprecise": len(imprecise), "imprecise_share": round(len(imprecise) / len(now), 3) if now else 0.0,
              "imprecise_set": sets.add("events without a precise place", imprecise),
              "data_end": data_end.isoformat() if data_end else None,
              "incomplete": bool(data_end and data_end < period.end)}
    index = {e["id"]: e for e in events}
    docs_by_id = {d["id"]: d for d in documents}
    appendix = []
    for s in sets.sets:
        items = []
        for i in s["ids"]:
            if s["kind"] == "events" and i in index:
                e = index[i]
                items.append({"id": i, "date": e.get("event_date"), "type": e.get("sub_event_type"),
                              "location": e.get("location") or e.get("admin1") or e.get("country"),
                              "fatalities": e.get("fatalities"),
                              "sources": [{"doc_id": d, "url": _http((docs_by_id.get(d) or {}).get("url"))}
                                          for d in e.get("doc_ids") or ()], "url": None})
            else:
                doc = docs_by_id.get(i) or {}
                items.append({"id": i, "date": doc.get("published"), "type": "document", "location": doc.get("url"),
                              "fatalities": None, "sources": [], "url": _http(doc.get("url"))})
        appendix.append({**s, "entries": items})
    return {"region": region, "period": period.as_dict(), "before": before.as_dict(), "by": by,
            "counts": counts, "units": units, "unit_level": level, "rural_urban": ru, "series": ser,
            "map": {"points": points, "country_codes": ccs, "admin1": [list(x) for x in admin1s]},
            "top_actors": top, "new_actors": newg, "claims": claims, "drivers": drivers,
            "drivers_scope": drivers_scope, "limits": limits, "appendix": appendix,
            "significance": params.significance}


def _http(url: str | None) -> str | None:
    """Only http(s) URLs become links in the brief (never javascript: or data: ones)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _plain(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in ("before_ids", "after_ids")}


# -- charts --------------------------------------------------------------------------------------------
def _png(fig) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    return buf.getvalue()


def draw_charts(b: dict) -> dict[str, bytes]:
    """PNG charts: counts.png, rural_urban.png, map.png, actors.png."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    out = {}
    start = b["period"]["start"]
    fig = Figure(figsize=(8, 3))
    ax = fig.add_subplot()
    xs = [r["period"] for r in b["series"]]
    ax.bar(range(len(xs)), [r["events"] for r in b["series"]],
           color=["#c0392b" if r["start"] >= start else "#7f8c8d" for r in b["series"]])
    ax.set_xticks(range(len(xs)), xs, rotation=60, fontsize=7)
    ax.set_ylabel("fused events")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(f"{b['region']}: events per {b['by']} ({b['before']['label']} grey, {b['period']['label']} red)")
    out["counts.png"] = _png(fig)

    ru = b["rural_urban"]
    fig = Figure(figsize=(5, 3))
    ax = fig.add_subplot()
    kinds = ["urban", "rural", "unknown"]
    ax.bar([i - 0.2 for i in range(3)], [ru[f"{k}_before"] for k in kinds], 0.4, label=b["before"]["label"], color="#7f8c8d")
    ax.bar([i + 0.2 for i in range(3)], [ru[f"{k}_after"] for k in kinds], 0.4, label=b["period"]["label"], color="#c0392b")
    ax.set_xticks(range(3), kinds)
    ax.set_ylabel("fused events")
    ax.legend()
    ax.set_title("rural against urban")
    out["rural_urban.png"] = _png(fig)

    fig = Figure(figsize=(6, 5))
    ax = fig.add_subplot()
    _draw_outlines(ax, b["map"])
    pts = b["map"]["points"]
    for kind, colour, label in ((True, "#c0392b", "urban"), (False, "#27ae60", "rural"), (None, "#2c3e50", "unknown")):
        sel = [p for p in pts if p["urban"] is kind]
        if sel:
            ax.scatter([p["lon"] for p in sel], [p["lat"] for p in sel], s=18, color=colour, label=label, zorder=3)
    if pts:
        lons, lats = [p["lon"] for p in pts], [p["lat"] for p in pts]
        pad = 1.0
        ax.set_xlim(min(lons) - pad, max(lons) + pad)
        ax.set_ylim(min(lats) - pad, max(lats) + pad)
        ax.legend(fontsize=7)
    ax.set_aspect("equal", adjustable="box")
    ax.set_title(f"precise events, {b['period']['label']}")
    out["map.png"] = _png(fig)

    fig = Figure(figsize=(6, 3))
    ax = fig.add_subplot()
    top = b["top_actors"][::-1]
    ax.barh([a["actor"][:40] for a in top], [a["events"] for a in top], color="#34495e")
    ax.set_xlabel("fused events")
    ax.set_title(f"top actors, {b['period']['label']}")
    out["actors.png"] = _png(fig)
    return out


def _draw_outlines(ax, m: dict) -> None:
    """Admin1 outlines of the countries of the events (offline Natural Earth boundaries), the event regions
    shaded."""
    try:
        from ..geocode import boundaries
    except ImportError:  # pragma: no cover - the boundaries ship with marsad
        return
    wanted = {(cc, boundaries.normalise_region(name)) for cc, name in m.get("admin1") or () if cc and name}
    for cc in m.get("country_codes") or ():
        try:
            feats = boundaries.admin1(cc)["features"]
        except Exception:
            continue
        shaded = {f.get("id") for f in feats
                  if any((cc, boundaries.normalise_region(n)) in wanted
                         for n in (f["properties"].get("names") or [f["properties"].get("name") or ""]))}
        for f in feats:
            g = f.get("geometry") or {}
            polys = [g["coordinates"]] if g.get("type") == "Polygon" else g.get("coordinates") or []
            for poly in polys:
                ring = poly[0]
                xs, ys = [p[0] for p in ring], [p[1] for p in ring]
                if f.get("id") in shaded:
                    ax.fill(xs, ys, color="#f5e6cc", zorder=1)
                ax.plot(xs, ys, color="#95a5a6", linewidth=0.6, zorder=2)


# -- rendering -------------------------------------------------------------------------------------------
def render(b: dict) -> tuple[str, str]:
    """(brief.md, brief.html)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    md_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False, undefined=StrictUndefined,
                         trim_blocks=True, lstrip_blocks=True)
    html_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                           trim_blocks=True, lstrip_blocks=True)
    return md_env.get_template("brief.md.j2").render(b=b), html_env.get_template("brief.html.j2").render(b=b)
