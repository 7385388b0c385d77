"""Export the published events: ACLED-style CSV, GeoJSON (points; events without coordinates are left out of
the features and counted in ``properties.without_coordinates``), Parquet (pyarrow).

Rows are the published table (fused events after review, one per incident): ``source`` names the
publications of its reports, ``notes`` says how many reports there are and what analysts decided. With
``changes``, a ``change`` column says created / updated / deleted (ACLED's living dataset)."""
from __future__ import annotations

import csv
import io
import json
import sys
from typing import Iterable, Mapping

from ..errors import MarsadError

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
                 "actor1", "inter1", "actor2", "inter2", "interaction", "country", "iso", "admin1", "admin2", "location",
                 "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "fatalities_low",
                 "fatalities_high", "injured", "confidence", "plover_type", "cameo_root", "doc_id"]
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Riots": "Political violence; Demonstrations",
             "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}


def acled_row(e: dict, changes: bool = False) -> dict:
    i1, i2 = e.get("inter1"), e.get("inter2")
    inter = None
    if i1:
        a, b = sorted(x for x in (i1, i2 or 0))
        inter = int(f"{a}{b}") if a else int(f"{b}0")
    date = e.get("event_date")
    return {
        "event_id_cnty": e.get("id"), "event_date": date, "year": date[:4] if date else None,
        "time_precision": e.get("time_precision"), "disorder_type": _DISORDER.get(e.get("event_type")),
        "event_type": e.get("event_type"), "sub_event_type": e.get("sub_event_type"),
        "actor1": e.get("actor1"), "inter1": i1, "actor2": e.get("actor2"), "inter2": i2, "interaction": inter,
        "country": e.get("country"), "iso": e.get("country_code"), "admin1": e.get("admin1"),
        "admin2": e.get("admin2"), "location": e.get("location"), "latitude": e.get("latitude"),
        "longitude": e.get("longitude"), "geo_precision": e.get("geo_precision"), "source": e.get("source"),
        "notes": e.get("notes"), "fatalities": e.get("fatalities"), "fatalities_low": e.get("fatalities_low"),
        "fatalities_high": e.get("fatalities_high"), "injured": e.get("injured"), "confidence": e.get("confidence"),
        "plover_type": e.get("plover_type"), "cameo_root": e.get("cameo_root"), "doc_id": e.get("doc_id"),
    } | ({"change": e.get("change"), "changed_at": e.get("changed_at")} if changes else {})


def _publication(meta: dict) -> str | None:
    if meta.get("site"):
        return meta["site"]
    url = meta.get("url") or ""
    host = url.split("//", 1)[-1].split("/", 1)[0] if "//" in url else ""
    return host or None


def published_rows(events: list[dict], docs: Mapping[str, dict], changes: list[dict] | None = None) -> list[dict]:
    """Published fused events (store dicts) with ``source`` and ``notes`` filled; with ``changes`` (from the
    store's change log), only the changed events, each with its ``change``, deleted ones as bare ids."""
    out = []
    for e in events:
        srcs = e.get("sources") or []
        names = sorted({n for n in (_publication(docs.get(s.get("doc_id"), {})) for s in srcs) if n})
        review = e.get("review") or {}
        notes = [f"{e.get('number_of_sources') or len(srcs)} report(s)"]
        if review.get("notes"):
            notes.append("review: " + review["notes"])
        if review.get("queued"):
            notes.append("review: queued again (machine output changed since review)")
        doc_ids = sorted({s.get("doc_id") for s in srcs if s.get("doc_id")})
        out.append({**e, "source": "; ".join(names) or None, "notes": "; ".join(notes),
                    "doc_id": ";".join(doc_ids) or e.get("doc_id")})
    if changes is None:
        return out
    by_id = {r["id"]: r for r in out}
    rows = []
    for ch in changes:
        r = by_id.get(ch["event_id"]) if ch["change"] != "deleted" else None
        if r is None and ch["change"] != "deleted":
            continue                      # changed, but outside the filters
        rows.append({**(r or {"id": ch["event_id"]}), "change": ch["change"], "changed_at": ch["at"]})
    return rows


def to_geojson(events: Iterable[dict], changes: bool = False) -> dict:
    feats, without = [], 0
    for e in events:
        lat, lon = e.get("latitude"), e.get("longitude")
        if (lat is None or lon is None) and not (changes and e.get("change") == "deleted"):
            without += 1
            continue
        props = {k: v for k, v in acled_row(e, changes).items() if k not in ("latitude", "longitude")}
        geom = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
        feats.append({"type": "Feature", "id": e.get("id"), "geometry": geom, "properties": props})
    return {"type": "FeatureCollection", "features": feats, "properties": {"without_coordinates": without}}


def export_events(events: list[dict], fmt: str, output: str | None = None, *, changes: bool = False) -> int:
    """Write ``events`` (store dicts) in ``fmt`` to ``output`` (None: stdout). Returns the number written."""
    rows = [acled_row(e, changes) for e in events]
    columns = ACLED_COLUMNS + (["change", "changed_at"] if changes else [])
    if fmt == "acled-csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns)
        w.writeheader()
        w.writerows(rows)
        _write_text(buf.getvalue(), output)
        return len(rows)
    if fmt == "geojson":
        gj = to_geojson(events, changes)
        _write_text(json.dumps(gj, ensure_ascii=False) + "\n", output)
        return len(gj["features"])
    if fmt == "parquet":
        if not output:
            raise MarsadError("parquet needs --output FILE", code="missing_field",
                              remedy="Add --output events.parquet.")
        import pyarrow as pa
        import pyarrow.parquet as pq
        schema = pa.schema([(c, pa.int64() if c in ("time_precision", "inter1", "inter2", "interaction", "geo_precision",
                                                     "fatalities", "fatalities_low", "fatalities_high", "injured")
                             else pa.float64() if c in ("latitude", "longitude", "confidence") else pa.string())
                            for c in columns])
        cols = {c: [r[c] if r[c] is None or schema.field(c).type != pa.string() else str(r[c]) for r in rows]
                for c in columns}
        pq.write_table(pa.table(cols, schema=schema), output)
        return len(rows)
    raise MarsadError(f"unknown export format {fmt!r}", code="config")


def _write_text(s: str, output: str | None) -> None:
    if output:
        try:
            with open(output, "w", encoding="utf-8", newline="") as f:
                f.write(s)
        except OSError as e:
            raise MarsadError(f"cannot write {output}: {e.strerror}", code="unreadable") from None
    else:
        sys.stdout.write(s)
