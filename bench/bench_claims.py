"""Bench for claims and quotes: causal-sentence detection on cnc_causal_dev, quote detection and speaker
attribution on polnear_dev, scored with the official scorers in ../shared/eval.

    .venv/bin/python bench/bench_claims.py                 # full dev sets
    .venv/bin/python bench/bench_claims.py --sample 200    # the first 200 docs of each (while iterating)
    .venv/bin/python bench/bench_claims.py --only causal   # one of: causal, quotes
    .venv/bin/python bench/bench_claims.py --cli           # also run `marsad extract` and compare (when it exists)

The functions are called directly (extract_quotes / extract_claims on a spaCy doc), exactly as the
pipeline calls them; the output lines have the `marsad extract` shape ({"id", "claims", "quotes"}).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import OUT, count_lines, dev, official_score, require_shared, run_marsad, table  # noqa: E402


def _read(path: Path, n: int | None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
                if n and len(rows) >= n:
                    break
    return rows


def _run(name: str, n: int | None, what: str) -> tuple[Path, Path, float, int]:
    from marsad.annotate.quotes import extract_quotes, load_nlp
    from marsad.model import to_dict

    if what == "causal":
        from marsad.extract.claims import extract_claims

    docs_path, gold_path = dev(name)
    docs = _read(docs_path, n)
    nlp = load_nlp()
    OUT.mkdir(parents=True, exist_ok=True)
    pred = OUT / f"claims_{name.split('/')[-1]}.pred.jsonl"
    gold = gold_path
    if n:
        ids = {d["id"] for d in docs}
        gold = OUT / f"claims_{name.split('/')[-1]}.gold.sample.jsonl"
        with open(gold_path, encoding="utf-8") as f, open(gold, "w", encoding="utf-8") as g:
            for line in f:
                if line.strip() and json.loads(line)["id"] in ids:
                    g.write(line)
    t0 = time.perf_counter()
    chars = 0
    with open(pred, "w", encoding="utf-8") as out:
        texts = [d.get("text") or "" for d in docs]
        for d, doc in zip(docs, nlp.pipe(texts, batch_size=32)):
            chars += len(doc.text)
            quotes = extract_quotes(doc.text, doc=doc)
            rec = {"id": d["id"], "quotes": [to_dict(q) for q in quotes]}
            if what == "causal":
                rec["claims"] = [to_dict(c) for c in extract_claims(doc.text, published=d.get("published"),
                                                                      quotes=quotes, doc=doc)]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return gold, pred, time.perf_counter() - t0, chars


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=None, help="only the first N docs of each dev set")
    ap.add_argument("--only", choices=["causal", "quotes"], default=None)
    ap.add_argument("--cli", action="store_true", help="also score `marsad extract` output on the same docs")
    a = ap.parse_args()
    require_shared()
    rows = []
    if a.only in (None, "causal"):
        gold, pred, secs, chars = _run("claims/cnc_causal_dev", a.sample, "causal")
        s = official_score("score_causal.py", gold, pred)
        rows += [("causal docs", str(s["docs"])),
                 ("causal_f1 (cnc_causal_dev)", f"{s['causal_f1']:.4f}  (P {s['precision']:.4f} R {s['recall']:.4f}, "
                                                f"accuracy {s['accuracy']:.4f})"),
                 ("cause/effect span F1 (matched)", f"{s['cause_f1']}/{s['effect_f1']}"),
                 ("causal speed", f"{s['docs'] / secs:.1f} sentences/s ({secs:.1f} s incl. parsing)")]
    if a.only in (None, "quotes"):
        gold, pred, secs, chars = _run("claims/polnear_dev", a.sample, "quotes")
        s = official_score("score_quotes.py", gold, pred)
        rows += [("quotes docs", str(s["docs"])),
                 ("quotes f1 (polnear_dev)", f"{s['f1']:.4f}  (P {s['precision']:.4f} R {s['recall']:.4f})"),
                 ("speaker_accuracy", f"{s['speaker_accuracy']}"),
                 ("e2e_attribution", f"{s['e2e_attribution']:.4f}"),
                 ("direct quotes recall / e2e", f"{s['by_type']['direct']['recall']} / "
                                                f"{s['by_type']['direct']['e2e_attribution']}"),
                 ("indirect recall / e2e", f"{s['by_type']['indirect']['recall']} / "
                                           f"{s['by_type']['indirect']['e2e_attribution']}"),
                 ("quotes speed", f"{chars / secs / 1000:.1f} k chars/s ({secs:.1f} s incl. parsing)")]
    if a.cli:
        for name, scorer in (("claims/cnc_causal_dev", "score_causal.py"), ("claims/polnear_dev", "score_quotes.py")):
            docs_path, gold_path = dev(name)
            out = OUT / f"cli_{name.split('/')[-1]}.jsonl"
            r = run_marsad(["extract", "--input", str(docs_path)], out)
            if r["returncode"] != 0 or count_lines(out) == 0:
                rows.append((f"marsad extract {name}", "not available (exit %s)" % r["returncode"]))
                continue
            s = official_score(scorer, gold_path, out)
            key = "causal_f1" if scorer == "score_causal.py" else "f1"
            rows.append((f"marsad extract {name} {key}", f"{s[key]:.4f}"))
    print(table(rows))


if __name__ == "__main__":
    main()
