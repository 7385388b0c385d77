"""Geocoding bench: detection P/R/F1, acc@161, median km on the dev sets (through `marsad geoparse` and
the official scorer ../shared/eval/score_geo.py), and speed (docs/s per core, peak memory).

    .venv/bin/python bench/bench_geo.py [--sets lgl,gwn,idrisi_ar_train] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, count_lines, dev, official_score, require_shared, run_marsad, table  # noqa: E402


def _subset(src: Path, n: int | None, name: str) -> Path:
    if not n:
        return src
    OUT.mkdir(parents=True, exist_ok=True)
    dst = OUT / f"geo_{name}_{n}.{src.name.split('.', 1)[1]}"
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as g:
        for i, line in enumerate(f):
            if i >= n:
                break
            g.write(line)
    return dst


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="lgl,gwn,idrisi_ar_train")
    ap.add_argument("--limit", type=int, default=None, help="only the first N docs of each set")
    a = ap.parse_args()
    require_shared()
    rows = []
    done: list[tuple[Path, Path]] = []
    for name in a.sets.split(","):
        docs, gold = dev(f"geo/{name}")
        docs, gold = _subset(docs, a.limit, name), _subset(gold, a.limit, name)
        pred = OUT / f"geo_{name}.pred.jsonl"
        run = run_marsad(["geoparse", "--input", str(docs)], pred)
        n = count_lines(docs)
        s = official_score("score_geo.py", gold, pred)
        if name in ("lgl", "gwn"):
            done.append((gold, pred))
        rows += [
            (f"{name}: docs", f"{n} ({run['seconds']:.1f} s wall incl. start-up, exit {run['returncode']})"),
            (f"{name}: P / R / F1", f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}"),
            (f"{name}: acc@161 (matched)", f"{s['acc161_matched']:.3f}" if s["acc161_matched"] is not None else "-"),
            (f"{name}: median km / AUC", f"{s['median_km']:.1f} / {s['auc']:.3f}" if s["median_km"] is not None else "-"),
            (f"{name}: e2e acc@161", f"{s['e2e_acc161']:.3f}"),
        ]
    if len(done) == 2:   # the headline: LGL and GWN together
        both = OUT / "geo_lgl+gwn.pred.jsonl"
        both.write_text("".join(p.read_text(encoding="utf-8") for _, p in done), encoding="utf-8")
        s = official_score("score_geo.py", [g for g, _ in done], both)
        rows += [
            ("lgl+gwn: P / R / F1", f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}"),
            ("lgl+gwn: acc@161 (matched)", f"{s['acc161_matched']:.3f}"),
            ("lgl+gwn: median km / e2e acc@161", f"{s['median_km']:.1f} / {s['e2e_acc161']:.3f}"),
        ]
    lgl_docs, _ = dev("geo/lgl")
    sp = speed(lgl_docs)
    rows += [
        ("speed: docs/s per core (LGL)", f"{sp['docs_per_s_core']:.1f} ({sp['words_per_doc']:.0f} words/doc)"),
        ("speed: 500-word docs/s per core", f"{sp['docs500_per_s_core']:.1f}"),
        ("peak RSS of geoparse (MB)", f"{run['peak_rss_mb']:.0f}"),
    ]
    print(table(rows))


if __name__ == "__main__":
    main()
