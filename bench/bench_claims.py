"""Bench for causal claims: causal-sentence detection on cnc_causal_dev per tune/check half
(bench/split.py), scored with the official ../shared/eval/score_causal.py. Quotes (polnear) are measured by
bench/bench_quotes.py; aggregates, causal claims and drivers on full reports by bench/bench_reports.py.

    .venv/bin/python bench/bench_claims.py                 # both halves of cnc_causal_dev
    .venv/bin/python bench/bench_claims.py --half tune     # rules are written against the tune half only
    .venv/bin/python bench/bench_claims.py --sample 200    # the first 200 docs of each half (while iterating)

Causal is scored twice: with the default ``causal="brief"`` (the relations of the full-report annotation
brief, GUIDE.md) and with ``causal="broad"`` (every reading, CNC's own definition of a causal sentence).
The functions are called directly (extract_quotes / extract_claims on a spaCy doc), exactly as the
pipeline calls them; the output lines have the `marsad extract` shape ({"id", "claims", "quotes"}).
The README reports the check half.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import OUT, official_score, require_shared, table  # noqa: E402
from bench.split import HALVES, write_half  # noqa: E402


def _read(path: Path, n: int | None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
                if n and len(rows) >= n:
                    break
    return rows


def _run(name: str, half: str, n: int | None, what: str = "causal", scheme: str = "brief") -> tuple[Path, Path, float, int]:
    from marsad.annotate.quotes import extract_quotes, load_nlp
    from marsad.extract.claims import extract_claims
    from marsad.model import to_dict

    docs_path, gold_path = write_half(name, half)
    docs = _read(docs_path, n)
    nlp = load_nlp()
    stem = name.split("/")[-1]
    pred = OUT / f"claims_{stem}.{half}.{scheme}.pred.jsonl"
    gold = gold_path
    if n:
        ids = {d["id"] for d in docs}
        gold = OUT / f"claims_{stem}.{half}.gold.sample.jsonl"
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
                                                                      quotes=quotes, doc=doc, causal=scheme)]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return gold, pred, time.perf_counter() - t0, chars


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=None, help="only the first N docs of each half")
    ap.add_argument("--half", choices=HALVES, action="append", help="only this half (repeatable)")
    a = ap.parse_args()
    require_shared()
    OUT.mkdir(parents=True, exist_ok=True)
    halves = a.half or list(HALVES)
    res = []
    for half in halves:
        gold, pred, secs, _ = _run("claims/cnc_causal_dev", half, a.sample, "causal")
        brief = official_score("score_causal.py", gold, pred)
        gold, pred, _, _ = _run("claims/cnc_causal_dev", half, a.sample, "causal", "broad")
        res.append((brief, official_score("score_causal.py", gold, pred), secs))

    def f1(s: dict) -> str:
        return f"{s['causal_f1']:.4f} ({s['precision']:.3f}/{s['recall']:.3f})".rjust(24)

    rows = [("cnc_causal_dev", "  ".join(f"{h:>24s}" for h in halves)),
            ("docs", "  ".join(f"{s['docs']:>24d}" for s, _, _ in res)),
            ("causal_f1, causal='brief' (P / R)", "  ".join(f1(s) for s, _, _ in res)),
            ("causal_f1, causal='broad' (P / R)", "  ".join(f1(b) for _, b, _ in res)),
            ("accuracy (brief)", "  ".join(f"{s['accuracy']:>24.4f}" for s, _, _ in res)),
            ("cause/effect span F1 (brief)", "  ".join(f"{s['cause_f1']}/{s['effect_f1']}".rjust(24) for s, _, _ in res)),
            ("sentences/s (incl. parse)", "  ".join(f"{s['docs'] / secs:>24.1f}" for s, _, secs in res))]
    print(table(rows))


if __name__ == "__main__":
    main()
