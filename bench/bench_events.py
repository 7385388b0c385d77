"""Bench for `marsad extract` (issue 4): accuracy on the dev sets with the official scorers, calibration
(expected calibration error) and speed against spaCy NER alone, in one run.

    .venv/bin/python bench/bench_events.py [--quick]

Figures printed:
- case2021 (score_types.py): sub-type macro-F1 over ACLED sub-types + "no event", accuracy.
- gtd_drone (score_events.py): detected, admin1, loc_25km, fatalities_exact (+ the other fields).
- ECE of the top event's confidence (10 equal-width bins) on case2021 (right = the sub-event type) and
  gtd_drone (right = the event type), with the reliability table.
- Speed, in-process, same articles, one run: spaCy NER alone (tokenizer + ner, the installed sm model)
  against the extraction pipeline, (a) conflict reports only (MUC-4 dev documents with an incident),
  (b) a mixed stream with 20% conflict reports and 80% political news without violence (PolNeAR dev).
  Both with events only and with quotes and claims (full parse).
- `marsad extract --workers 1` and `--workers 2` on the same file: docs/s and peak RSS per process.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import DATA, OUT, dev, official_score, require_shared, run_marsad, table  # noqa: E402


def read_jsonl(p: Path) -> list[dict]:
    with open(p, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def top_event(r: dict) -> dict | None:
    evs = [e for e in (r.get("events") or []) if isinstance(e, dict)]
    return max(evs, key=lambda e: float(e.get("confidence") or 0)) if evs else None


def ece(pairs: list[tuple[float, bool]], bins: int = 10) -> tuple[float, list[tuple[str, int, float, float]]]:
    rows, total, err = [], len(pairs), 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inb = [(c, ok) for c, ok in pairs if (lo <= c < hi) or (b == bins - 1 and c == 1.0)]
        if not inb:
            continue
        conf = sum(c for c, _ in inb) / len(inb)
        acc = sum(ok for _, ok in inb) / len(inb)
        err += len(inb) / total * abs(conf - acc)
        rows.append((f"{lo:.1f}-{hi:.1f}", len(inb), conf, acc))
    return err, rows


def calibration_pairs(pred: Path, gold: Path, key: str) -> list[tuple[float, bool]]:
    g = {r["id"]: r for r in read_jsonl(gold)}
    out = []
    for r in read_jsonl(pred):
        e = top_event(r)
        if e is None or r.get("id") not in g:
            continue
        out.append((float(e.get("confidence") or 0), (e.get(key) or None) == (g[r["id"]].get(key) or None)))
    return out


def speed(quick: bool) -> list[tuple[str, str]]:
    from marsad.annotate.nlp import load_nlp
    from marsad.config import load_config
    from marsad.run.pipeline import Pipeline

    gold = read_jsonl(DATA / "events" / "muc4_dev.gold.jsonl")
    incident = {r["id"] for r in gold if any(r["roles"].values())}
    conflict = [r for r in read_jsonl(DATA / "events" / "muc4_dev.docs.jsonl") if r["id"] in incident]
    politics = read_jsonl(DATA / "claims" / "polnear_dev.docs.jsonl")
    n_conf = 40 if quick else len(conflict)
    conflict = conflict[:n_conf]
    politics = politics[: 4 * n_conf]
    mixed = []
    for i, p in enumerate(politics):
        mixed.append(p)
        if i % 4 == 3:
            mixed.append(conflict[(i // 4) % len(conflict)])
    cfg = load_config(env={})
    nlp = load_nlp(cfg.spacy_model)
    fast = Pipeline.from_config(cfg, quotes=False, claims=False)
    full = Pipeline.from_config(cfg)
    for p in (fast, full):  # warm up: models, gazetteer
        p.process_record(conflict[0])
    words = lambda docs: sum(len(d["text"].split()) for d in docs) / len(docs)

    def rate(fn, docs) -> float:
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        return len(docs) / (time.perf_counter() - t0)

    rows = [("conflict docs / words per doc", f"{len(conflict)} / {words(conflict):.0f}"),
            ("mixed docs / conflict share", f"{len(mixed)} / {sum(1 for d in mixed if d['id'] in incident) / len(mixed):.0%}")]
    for name, docs in (("conflict only", conflict), ("mixed 20%", mixed)):
        ner = rate(lambda d: nlp(d["text"]), docs)
        ev = rate(fast.process_record, docs)
        fu = rate(full.process_record, docs)
        rows += [(f"{name}: NER alone (docs/s)", f"{ner:.1f}"),
                 (f"{name}: extract, events only (docs/s)", f"{ev:.1f}  = {ev / ner:.2f}x NER"),
                 (f"{name}: extract, events+quotes+claims (docs/s)", f"{fu:.1f}  = {fu / ner:.2f}x NER")]
    return rows


def workers(quick: bool) -> list[tuple[str, str]]:
    gold = read_jsonl(DATA / "events" / "muc4_dev.gold.jsonl")
    incident = {r["id"] for r in gold if any(r["roles"].values())}
    conflict = [r for r in read_jsonl(DATA / "events" / "muc4_dev.docs.jsonl") if r["id"] in incident]
    reps = 1 if quick else 3
    docs = [dict(d, id=f"{d['id']}#{k}") for k in range(reps) for d in conflict[: 40 if quick else 111]]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d) + "\n")
        path = f.name
    rows = [("workers: conflict docs in the file", str(len(docs)))]
    try:
        base = None
        for n in (1, 2):
            # a fresh interpreter per run so that the peak RSS is this run's
            code = ("import resource,subprocess,sys,time,json;t=time.perf_counter();"
                    f"p=subprocess.run([sys.executable,'-m','marsad.cli','extract','--no-quotes','--no-claims','--workers','{n}','--input',{path!r}],stdout=subprocess.DEVNULL);"
                    "print(json.dumps({'s':time.perf_counter()-t,'rss':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024,'rc':p.returncode}))")
            import subprocess
            r = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            dps = len(docs) / r["s"]
            base = base or dps
            rows.append((f"--workers {n}: docs/s (incl. start-up) / peak RSS per process",
                         f"{dps:.1f} ({dps / base:.2f}x) / {r['rss']:.0f} MB (rc {r['rc']})"))
    finally:
        os.unlink(path)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller speed samples")
    ap.add_argument("--skip-speed", action="store_true")
    a = ap.parse_args()
    require_shared()
    OUT.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str]] = []
    # accuracy ----------------------------------------------------------------------------------------
    docs, gold = dev("events/case2021")
    pred = OUT / "events_case2021.jsonl"
    run = run_marsad(["extract", "--input", str(docs)], pred)
    ty = official_score("score_types.py", gold, pred)
    rows += [("case2021 sub-type macro-F1 (goal >= 0.75)", f"{ty['macro_f1']:.4f}"),
             ("case2021 accuracy / weighted-F1 / event-type acc", f"{ty['accuracy']:.4f} / {ty['weighted_f1']:.4f} / {ty['event_type_accuracy']:.4f}"),
             ("case2021 docs/s (CLI, incl. start-up)", f"{ty['docs'] / run['seconds']:.1f}")]
    cal = calibration_pairs(pred, gold, "sub_event_type")
    docs2, gold2 = dev("events/gtd_drone")
    pred2 = OUT / "events_gtd_drone.jsonl"
    run_marsad(["extract", "--input", str(docs2)], pred2)
    ev = official_score("score_events.py", gold2, pred2)
    for k, goal in (("detected", 0.9), ("admin1", 0.85), ("loc_25km", 0.7), ("fatalities_exact", 0.8)):
        rows.append((f"gtd_drone {k} (goal >= {goal})", f"{ev[k]:.4f}"))
    rows.append(("gtd_drone event_type / sub_event_type / date / country / actor1",
                 " / ".join(f"{ev[k]:.4f}" for k in ("event_type", "sub_event_type", "date_exact", "country", "actor1"))))
    rows.append(("gtd_drone top-confidence event: detected / admin1 / loc_25km / fatalities_exact",
                 " / ".join(f"{ev['top_confidence'][k]:.4f}" for k in ("detected", "admin1", "loc_25km", "fatalities_exact"))))
    cal2 = calibration_pairs(pred2, gold2, "event_type")
    e_all, tab = ece(cal + cal2)
    e1, _ = ece(cal)
    e2, _ = ece(cal2)
    rows.append(("ECE top event, case2021 sub-type (human ACLED labels)", f"{e1:.4f}"))
    rows.append(("ECE top event, gtd_drone event type (derived labels) / both", f"{e2:.4f} / {e_all:.4f}"))
    print(table(rows))
    print("\nreliability on case2021: bin  n  mean-confidence  accuracy")
    for b, n, c, acc in ece(cal)[1]:
        print(f"  {b}  {n:4d}  {c:.3f}  {acc:.3f}")
    if not a.skip_speed:
        print()
        print(table(speed(a.quick) + workers(a.quick)))


if __name__ == "__main__":
    main()
