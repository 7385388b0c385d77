"""Geocoding bench (issue 9): every figure on the tune half and the check half of its dev set
(`bench/split.py`), through the CLI and the official scorers in ../shared/eval.

- LGL, GWN, IDRISI (`marsad geoparse`, score_geo.py): detection P/R/F1, acc@161, median km, e2e acc@161;
  LGL+GWN together (the headline).
- gtd_drone (`marsad extract`, score_events.py): the event place, country / admin1 / within 25 km.
- conflictnews_dev (`marsad extract`, score_reports.py): event admin1 / within 25 km on matched events.
- speed: geoparse docs/s per core (LGL), peak memory.

    .venv/bin/python bench/bench_geo.py [--sets lgl,gwn,idrisi_ar_train] [--no-events] [--no-reports]

Each set is run once over all its documents (geoparse and extract are per document), then its output and
gold are cut into the two halves and scored separately. Rules are written against the tune half only; the
README reports the check half.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import OUT, dev, official_score, require_shared, run_marsad, table  # noqa: E402
from bench.split import HALVES, halves  # noqa: E402


def _cut(src: Path, side: dict[str, str], half: str, dst: Path) -> Path:
    """The lines of src whose id falls in `half`."""
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as g:
        for line in f:
            if line.strip() and side.get(json.loads(line).get("id")) == half:
                g.write(line)
    return dst


def _halves_of(name: str, pred: Path) -> dict[str, tuple[Path, Path]]:
    """half -> (gold, pred) files of that half."""
    side = halves(name)
    _, gold = dev(name)
    stem = name.replace("/", "_")
    d = OUT / "split"
    d.mkdir(parents=True, exist_ok=True)
    return {h: (_cut(gold, side, h, d / f"{stem}.{h}.gold.jsonl"), _cut(pred, side, h, d / f"{stem}.{h}.pred.jsonl"))
            for h in HALVES}


def speed(docs: Path, limit: int = 300) -> dict:
    """In-process throughput on one core: docs/s and words/s (gazetteer warm after the first pass)."""
    from marsad.config import load_config
    from marsad.geocode.resolve import Geocoder

    texts = []
    with open(docs, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if isinstance(r.get("text"), str):
                texts.append(r["text"])
            if len(texts) >= limit:
                break
    g = Geocoder.from_config(load_config())
    for t in texts[:20]:
        g.geoparse(t)
    t0 = time.process_time()
    for t in texts:
        g.geoparse(t)
    cpu = time.process_time() - t0
    words = sum(len(t.split()) for t in texts)
    return {"docs": len(texts), "cpu_s": cpu, "docs_per_s_core": len(texts) / cpu if cpu else None,
            "words_per_doc": words / max(1, len(texts)),
            "docs500_per_s_core": (words / 500) / cpu if cpu else None}


def _f(v, nd: int = 3) -> str:
    return f"{v:.{nd}f}" if isinstance(v, (int, float)) else "-"


def geo(sets: list[str]) -> tuple[list[tuple[str, str]], float]:
    rows: list[tuple[str, str]] = []
    both: dict[str, list[tuple[Path, Path]]] = {h: [] for h in HALVES}
    rss = 0.0
    for name in sets:
        docs, _ = dev(f"geo/{name}")
        pred = OUT / f"geo_{name}.pred.jsonl"
        run = run_marsad(["geoparse", "--input", str(docs)], pred)
        rss = max(rss, run["peak_rss_mb"])
        cut = _halves_of(f"geo/{name}", pred)
        sc = {h: official_score("score_geo.py", g, p) for h, (g, p) in cut.items()}
        if name in ("lgl", "gwn"):
            for h in HALVES:
                both[h].append(cut[h])
        rows += _geo_rows(name, sc)
        rows.append((f"{name}: wall s (both halves, incl. start-up)", f"{run['seconds']:.1f} (exit {run['returncode']})"))
    if all(len(v) == 2 for v in both.values()):   # the headline: LGL and GWN together
        sc = {}
        for h, pairs in both.items():
            p = OUT / "split" / f"geo_lgl+gwn.{h}.pred.jsonl"
            p.write_text("".join(pp.read_text(encoding="utf-8") for _, pp in pairs), encoding="utf-8")
            sc[h] = official_score("score_geo.py", [g for g, _ in pairs], p)
        rows += _geo_rows("lgl+gwn", sc)
    return rows, rss


def _geo_rows(name: str, sc: dict[str, dict]) -> list[tuple[str, str]]:
    def both(fn) -> str:
        return "  ".join(f"{h} {fn(sc[h])}" for h in HALVES)
    return [
        (f"{name}: docs", both(lambda s: str(s.get("docs", "-")))),
        (f"{name}: P / R / F1", both(lambda s: f"{_f(s['precision'])} / {_f(s['recall'])} / {_f(s['f1'])}")),
        (f"{name}: acc@161 (matched) / median km", both(lambda s: f"{_f(s['acc161_matched'])} / {_f(s['median_km'], 1)}")),
        (f"{name}: e2e acc@161", both(lambda s: _f(s["e2e_acc161"]))),
    ]


def events() -> list[tuple[str, str]]:
    name = "events/gtd_drone"
    docs, _ = dev(name)
    pred = OUT / "geo_gtd_drone.pred.jsonl"
    run = run_marsad(["extract", "--no-quotes", "--no-claims", "--input", str(docs)], pred)
    sc = {h: official_score("score_events.py", g, p) for h, (g, p) in _halves_of(name, pred).items()}
    keys = ("country", "admin1", "loc_25km")
    return [("gtd_drone country / admin1 / 25km (goals .95/.85/.70)",
             "  ".join(f"{h} " + " / ".join(_f(sc[h][k]) for k in keys) for h in HALVES)),
            ("gtd_drone wall s", f"{run['seconds']:.1f} (exit {run['returncode']})")]


def reports() -> list[tuple[str, str]]:
    from bench.split import write_half
    out = []
    for h in HALVES:
        docs, gold = write_half("reports/conflictnews_dev", h)
        pred = OUT / f"geo_reports_{h}.pred.jsonl"
        run_marsad(["extract", "--input", str(docs)], pred)
        s = official_score("score_reports.py", gold, pred)
        out.append(f"{h} {_f(s.get('admin1_acc'))} / {_f(s.get('loc_25km'))} ({s.get('docs')} docs)")
    return [("conflictnews event admin1 / loc_25km", "  ".join(out))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="lgl,gwn,idrisi_ar_train")
    ap.add_argument("--no-events", action="store_true", help="skip gtd_drone")
    ap.add_argument("--no-reports", action="store_true", help="skip conflictnews_dev")
    ap.add_argument("--no-speed", action="store_true")
    a = ap.parse_args()
    require_shared()
    OUT.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str]] = []
    rss = 0.0
    if a.sets:
        r, rss = geo([s for s in a.sets.split(",") if s])
        rows += r
    if not a.no_events:
        rows += events()
    if not a.no_reports:
        rows += reports()
    if not a.no_speed:
        lgl_docs, _ = dev("geo/lgl")
        sp = speed(lgl_docs)
        rows += [("speed: docs/s per core (LGL; goal >= 50)", f"{sp['docs_per_s_core']:.1f} ({sp['words_per_doc']:.0f} words/doc)"),
                 ("speed: 500-word docs/s per core", f"{sp['docs500_per_s_core']:.1f}")]
        if rss:
            rows.append(("peak RSS of geoparse (MB)", f"{rss:.0f}"))
    print(table(rows))


if __name__ == "__main__":
    main()
