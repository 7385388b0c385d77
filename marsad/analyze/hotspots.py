"""Hotspots: counts per grid cell and period, and the cells whose change test passes.

Cells are H3 hexagons (``hotspot_grid = "h3:R"``, default resolution 5, about 250 km²) or square cells
of a fixed size in degrees (``"deg:0.25"``). Only events placed to a town or near one (geo_precision 1 or
2) with coordinates go in: an event placed to an admin area never counts as a point.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from ..errors import ConfigError
from .change import ChangeParams, compare
from .periods import Period
from .series import Filters

COLUMNS = ["cell", "latitude", "longitude", "country", "places", "before", "after", "rate_ratio", "ci_low", "ci_high",
           "p_value", "q_value", "direction", "flags"]


@dataclass(frozen=True)
class Grid:
    kind: str          # h3 | deg
    size: float        # H3 resolution, or the cell size in degrees

    @classmethod
    def parse(cls, spec: str) -> "Grid":
        m = re.fullmatch(r"\s*(h3|deg):(\d*\.?\d+)\s*", spec or "")
        kind, size = (m.group(1), m.group(2)) if m else (None, "0")
        ok = (kind == "h3" and size.isdigit() and int(size) <= 15) or (kind == "deg" and 0 < float(size) <= 90)
        if not ok:
            raise ConfigError(f"hotspot_grid {spec!r} is not a grid",
                              remedy="Set hotspot_grid to h3:RESOLUTION (0-15, e.g. h3:5) or deg:SIZE (e.g. deg:0.25).")
        return cls(m.group(1), float(m.group(2)))

    def cell(self, lat: float, lon: float) -> str:
        if self.kind == "h3":
            import h3
            return h3.latlng_to_cell(lat, lon, int(self.size))
        s = self.size
        return f"deg{s:g}:{math.floor(lat / s) * s:.4f},{math.floor(lon / s) * s:.4f}"

    def centre(self, cell: str) -> tuple[float, float]:
        if self.kind == "h3":
            import h3
            return h3.cell_to_latlng(cell)
        lat, lon = (float(x) for x in cell.split(":", 1)[1].split(","))
        return lat + self.size / 2, lon + self.size / 2

    def boundary(self, cell: str) -> list[tuple[float, float]]:
        """The cell outline as (lat, lon) corners."""
        if self.kind == "h3":
            import h3
            return list(h3.cell_to_boundary(cell))
        lat, lon = (float(x) for x in cell.split(":", 1)[1].split(","))
        s = self.size
        return [(lat, lon), (lat + s, lon), (lat + s, lon + s), (lat, lon + s)]


def precise(events: Iterable[dict]) -> list[dict]:
    """The events that count as points: geo_precision 1 or 2, with coordinates."""
    return [e for e in events if e.get("geo_precision") in (1, 2) and e.get("latitude") is not None
            and e.get("longitude") is not None]


def hotspots(events: Iterable[dict], before: Period, after: Period, *, grid: Grid = Grid("h3", 5),
             filters: Filters | None = None, data_end: date | None = None, params: ChangeParams = ChangeParams(),
             doc_source: dict[str, str] | None = None, new: set[str] = frozenset(),
             only_passing: bool = True) -> list[dict]:
    """Change rows per cell (see ``change.compare``) with the cell's centre and its places; only the cells
    whose change test passes (a rise that passed every guard) unless ``only_passing`` is False."""
    pts = precise(events)
    cells = {e["id"]: grid.cell(e["latitude"], e["longitude"]) for e in pts}
    places: dict[str, dict[str, int]] = {}
    for e in pts:
        if e.get("location"):
            c = places.setdefault(cells[e["id"]], {})
            c[e["location"]] = c.get(e["location"], 0) + 1
    rows = compare(pts, before, after, filters=filters, data_end=data_end, params=params, doc_source=doc_source,
                   new=new, unit_fn=lambda e: [(cells[e["id"]], e.get("country"))])
    out = []
    for r in rows:
        if only_passing and not r["surge"]:
            continue
        lat, lon = grid.centre(r["unit"])
        top = sorted(places.get(r["unit"], {}).items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        out.append({**r, "cell": r["unit"], "latitude": round(lat, 4), "longitude": round(lon, 4),
                    "places": ", ".join(k for k, _ in top)})
    return out


def public(row: dict) -> dict:
    out = {k: row.get(k) for k in COLUMNS}
    out["flags"] = "; ".join(row.get("flags") or ())
    return out
