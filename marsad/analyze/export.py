"""Export stored events: ACLED-style CSV, GeoJSON (points; events without coordinates are left out of the
features and counted in ``properties.without_coordinates``), Parquet (pyarrow)."""
from __future__ import annotations

import csv
import io
import json
import sys
from typing import Iterable

from ..errors import MarsadError

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
                 "actor1", "inter1", "actor2", "inter2", "interaction", "country", "iso", "admin1", "admin2", "location",
                 "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "fatalities_low",
                 "fatalities_high", "injured", "confidence", "plover_type", "cameo_root", "doc_id"]
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Riots": "Political violence; Demonstrations",
             "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}


def acled_row(e: dict) -> dict:
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
    }


def to_geojson(events: Iterable[dict]) -> dict:
    feats, without = [], 0
    for e in events:
        lat, lon = e.get("latitude"), e.get("longitude")
        if lat is None or lon is None:
            without += 1
            continue
        props = {k: v for k, v in acled_row(e).items() if k not in ("latitude", "longitude")}
        feats.append({"type": "Feature", "id": e.get("id"), "geometry": {"type": "Point", "coordinates": [lon, lat]},
                      "properties": props})
    return {"type": "FeatureCollection", "features": feats, "properties": {"without_coordinates": without}}


def export_events(events: list[dict], fmt: str, output: str | None = None) -> int:
    """Write ``events`` (store dicts) in ``fmt`` to ``output`` (None: stdout). Returns the number written."""
    rows = [acled_row(e) for e in events]
    if fmt == "acled-csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS)
        w.writeheader()
        w.writerows(rows)
        _write_text(buf.getvalue(), output)
        return len(rows)
    if fmt == "geojson":
        gj = to_geojson(events)
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
                            for c in ACLED_COLUMNS])
        cols = {c: [r[c] if r[c] is None or schema.field(c).type != pa.string() else str(r[c]) for r in rows]
                for c in ACLED_COLUMNS}
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
