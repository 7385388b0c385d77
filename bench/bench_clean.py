"""`marsad clean` on the boilerplate dev set (../shared/data/boiler/readability.*): main-text token
precision / recall / F1 (marsad's own scorer, marsad.analyze.score_text, and the official
../shared/eval/score_boiler.py, which must agree), title / published / language agreement, speed
(pages per second per core) and peak memory.

    .venv/bin/python bench/bench_clean.py            # the whole dev set (130 pages)
    .venv/bin/python bench/bench_clean.py --limit 30 # a quick sample while iterating

Speed is measured twice: end to end through the CLI (one process, wall clock, start-up included; peak RSS
of that process), and in-process on a warm extractor (CPU seconds of this process = pages/s per core).
The error lines are counted; the bench exits 1 when the two scorers disagree or the CLI failed.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import resource
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import OUT, dev, official_score, require_shared, run_marsad, table  # noqa: E402
from marsad.analyze.score_text import score_records  # noqa: E402

KEYS = ("precision", "recall", "f1", "mean_page_f1", "title_match", "published_match", "language_match")


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (0 = all)")
    ap.add_argument("--no-compare", action="store_true",
                    help="skip the in-process comparison with prefer=readability and each extractor alone")
    a = ap.parse_args()
    require_shared()
    docs_path, gold_path = dev("boiler/readability")
    docs, gold = _read(docs_path), _read(gold_path)
    if a.limit:
        keep = {d["id"] for d in docs[: a.limit]}
        docs = [d for d in docs if d["id"] in keep]
        gold = [g for g in gold if g["id"] in keep]
    OUT.mkdir(parents=True, exist_ok=True)
    sub_docs, sub_gold = OUT / "clean.docs.jsonl", OUT / "clean.gold.jsonl"
    for path, rows in ((sub_docs, docs), (sub_gold, gold)):
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # 1. end to end through the CLI
    pred_path = OUT / "clean.pred.jsonl"
    run = run_marsad(["clean", "--input", str(sub_docs)], pred_path)
    preds = _read(pred_path)
    errors = sum(1 for p in preds if p.get("error"))

    # 2. quality: own scorer vs the official one
    own = score_records({g["id"]: g for g in gold}, {p["id"]: p for p in preds})
    off = official_score("score_boiler.py", sub_gold, pred_path)
    from bench.split import score_halves
    by_half = {} if a.limit else score_halves("boiler/readability", "score_boiler.py", pred_path)
    worst = max(abs(own[k] - off[k]) for k in KEYS if k in off and k in own)
    # the official scorer rounds to 4 decimals
    agree = worst <= 5e-5 + 1e-9

    # 3. in-process speed on a warm extractor (CPU time = per core) and Python-heap peak
    from marsad.ingest.clean import clean_record

    clean_record({"id": "warm", "html": docs[0]["html"]})
    cpu0, wall0 = time.process_time(), time.perf_counter()
    ok = 0
    for d in docs:
        try:
            clean_record(d)
            ok += 1
        except Exception:
            pass
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    mb = sum(len(d.get("html") or "") for d in docs) / 2**20

    # 4. the alternatives, in-process (same scorer): the other preference, and each extractor alone
    #    (on the same page with hidden elements removed, the same text clean-up and title-line removal)
    alt = {}
    if not a.no_compare:
        from lxml import html as lhtml

        from marsad.ingest import clean as C

        gold_by_id = {g["id"]: g for g in gold}
        preds: dict[str, dict[str, dict | None]] = {"prefer=readability": {}, "trafilatura alone": {},
                                                    "readability-lxml alone": {}}
        for d in docs:
            try:
                preds["prefer=readability"][d["id"]] = {"text": C.clean_html(d["html"], prefer="readability").text}
            except Exception:
                preds["prefer=readability"][d["id"]] = None
            try:
                tree = C._parse(d["html"])
                page_title = C._document_title(tree)
                title = C._meta_title(tree, page_title) or page_title
                C._drop_hidden(tree)
                visible = lhtml.tostring(tree, encoding="unicode")
                rtext = C.normalize_text(C._run_readability(visible))
                doc = C._run_trafilatura(tree, None)
                ttext = C.normalize_text(C._untable(doc.text or "")) if doc is not None else ""
                title = title or (doc.title if doc is not None else None)
                preds["trafilatura alone"][d["id"]] = {"text": C._drop_title_line(ttext, title)}
                preds["readability-lxml alone"][d["id"]] = {"text": C._drop_title_line(rtext, title)}
            except Exception:
                preds["trafilatura alone"][d["id"]] = preds["readability-lxml alone"][d["id"]] = None
        alt = {label: score_records(gold_by_id, p) for label, p in preds.items()}

    rows = [("pages", f"{len(docs)} ({errors} error lines)")]
    for k in KEYS:
        if k in own:
            n = f"  (n={own[k.replace('_match', '_n')]})" if k.endswith("_match") else ""
            rows.append((k, f"{own[k]:.4f}  official {off.get(k, float('nan')):.4f}{n}"))
    rows.append(("shingle f1 (official)", f"{off.get('shingle_f1', float('nan')):.4f}  (P {off.get('shingle_precision', 0):.4f}, "
                                         f"R {off.get('shingle_recall', 0):.4f}; the ScrapingHub benchmark's metric)"))
    rows += [
        ("scorers agree", f"{'yes' if agree else 'NO'} (max |diff| {worst:.5f})"),
        ("cli wall", f"{run['seconds']:.1f} s = {len(docs) / run['seconds']:.1f} pages/s (start-up included)"),
        ("cli peak RSS", f"{run['peak_rss_mb']:.0f} MB"),
        ("in-process", f"{len(docs) / cpu:.1f} pages/s per core ({cpu:.1f} CPU s, {wall:.1f} wall s, "
                       f"{mb / cpu:.2f} MB HTML/s)"),
        ("in-process peak RSS", f"{self_peak:.0f} MB (this process, scorer and bench included)"),
    ]
    for label, r in alt.items():
        rows.append((f"alt: {label}", f"f1 {r['f1']:.4f}  P {r['precision']:.4f}  R {r['recall']:.4f}  "
                                      "(hidden elements removed, same clean-up)"))
    for half, v in by_half.items():
        rows.append((f"{half} half: f1 (official)", f"{v['f1']:.4f}  (P {v['precision']:.4f}, R {v['recall']:.4f})"))
    print("bench_clean: marsad clean on boiler/readability (dev)")
    print(table(rows))
    print(f"f1={own['f1']:.4f} official_f1={off['f1']:.4f} pages_per_s_core={len(docs) / cpu:.1f} "
          f"peak_rss_mb={run['peak_rss_mb']:.0f}")
    return 0 if agree and run["returncode"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
