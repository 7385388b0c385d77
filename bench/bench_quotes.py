"""Bench for quotes and the selective parse (issue 10, items 3 and 4), every figure per tune/check half.

    .venv/bin/python bench/bench_quotes.py                       # all sections, default (selective) parse
    .venv/bin/python bench/bench_quotes.py --only polnear --half tune
    .venv/bin/python bench/bench_quotes.py --compare             # also the full parse, side by side
    .venv/bin/python bench/bench_quotes.py --only speed --quick

Sections:
* polnear: quote detection F1 and end-to-end attribution on claims/polnear_dev (official score_quotes.py);
* reports: quote figures of reports/conflictnews_dev (official score_reports.py: quote_attr, F1, by anonymity);
* news: our fictional general-news articles (bench/data/news), speakers resolved to full names and scored as
  the Canadian news set is (official score_quotes.py);
* causal: causal-sentence F1 on claims/cnc_causal_dev (official score_causal.py) - the selective parse must
  lose none of it;
* screen: the share of characters that get the full parse, and the share of gold quotes / causal sentences
  lying wholly inside the parsed ranges;
* speed: default `marsad extract` (events, quotes and claims) against spaCy NER alone, on conflict reports
  and on a stream that is 20% conflict (as bench_events.py `speed()` builds them).

The quote and claim functions are called exactly as ``Pipeline.extract_document`` calls them: one
``annotate.nlp.parse`` Doc shared by both. The README reports the check half; rules are tuned on the tune half.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import OUT, official_score, require_shared, speed_streams, table  # noqa: E402
from bench.split import HALVES, write_half  # noqa: E402

SECTIONS = ("polnear", "reports", "news", "causal", "screen", "speed")


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _predict(docs: list[dict], selective: bool, what: str, tag: str, segments: str = "split",
             causal: str = "brief") -> Path:
    from marsad.annotate.nlp import parse
    from marsad.annotate.quotes import extract_quotes
    from marsad.model import to_dict

    pred = OUT / f"quotes_{tag}.pred.jsonl"
    with open(pred, "w", encoding="utf-8") as out:
        for d in docs:
            text = d.get("text") or ""
            doc = parse(text, selective=selective)
            rec: dict = {"id": d["id"]}
            quotes = extract_quotes(text, doc=doc, segments=segments) if what != "causal" else ()
            rec["quotes"] = [to_dict(q) for q in quotes]
            if what in ("causal", "reports"):
                from marsad.extract.claims import extract_claims
                rec["claims"] = [to_dict(c) for c in extract_claims(text, published=d.get("published"),
                                                                      quotes=quotes, doc=doc, causal=causal)]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return pred


def _f(v) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _quote_rows(label: str, s: dict, speaker: str) -> list[tuple[str, str]]:
    """The three rows of a score_quotes.py summary: detection, attribution, and both by quote type."""
    by = s["by_type"]
    return [(f"{label}: F1 / P / R", f"{s['f1']:.3f} / {s['precision']:.3f} / {s['recall']:.3f}"),
            (f"{label}: e2e attribution / {speaker}", f"{s['e2e_attribution']:.3f} / {_f(s['speaker_accuracy'])}"),
            (f"{label}: direct recall/e2e, indirect recall/e2e",
             f"{_f(by['direct']['recall'])}/{_f(by['direct']['e2e_attribution'])}, "
             f"{_f(by['indirect']['recall'])}/{_f(by['indirect']['e2e_attribution'])}")]


def polnear(halves, modes) -> list[tuple[str, str]]:
    rows = []
    for half in halves:
        docs, gold = write_half("claims/polnear_dev", half)
        for mode in modes:
            # PolNeAR joins the segments of an interrupted direct quote into one attribution: scored so
            pred = _predict(_read(docs), mode == "selective", "quotes", f"polnear_{half}_{mode}", "join")
            s = official_score("score_quotes.py", gold, pred)
            rows += _quote_rows(f"polnear {half} ({mode})", s, "speaker acc")
    return rows


def _by_name(gold: Path, half: str) -> Path:
    """The GGT proxy: the named quotes of the conflictnews gold, scored as the Canadian set is (the predicted
    speaker must be the resolved full name, or its surname, by score_quotes' name rule; no span overlap)."""
    out = OUT / f"quotes_reports_{half}.byname.gold.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for g in _read(gold):
            qs = [{"start": q["start"], "end": q["end"], "direct": q.get("direct"), "speaker_reference": q["speaker"],
                   **({"fragments": q["fragments"]} if q.get("fragments") else {})}
                  for q in g.get("quotes") or [] if q.get("anonymity") == "named"]
            f.write(json.dumps({"id": g["id"], "quotes": qs}, ensure_ascii=False) + "\n")
    return out


def reports(halves, modes) -> list[tuple[str, str]]:
    rows = []
    for half in halves:
        docs, gold = write_half("reports/conflictnews_dev", half)
        for mode in modes:
            pred = _predict(_read(docs), mode == "selective", "reports", f"reports_{half}_{mode}")
            s = official_score("score_reports.py", gold, pred)
            rows.append((f"conflictnews {half} ({mode}): quote_attr / F1 / P / R",
                         f"{s['quote_attr']:.3f} / {s['quote_f1']:.3f} / {s['quote_precision']:.3f} / "
                         f"{s['quote_recall']:.3f}"))
            rows.append((f"conflictnews {half} ({mode}): speaker acc on found", _f(s["speaker_accuracy"])))
            an = s.get("quotes_by_anonymity") or {}
            rows.append((f"conflictnews {half} ({mode}): attr by anonymity",
                         ", ".join(f"{k} {_f(v['attr'])} ({v['gold']})" for k, v in an.items())))
            ggt = _by_name(gold, half)
            g = official_score("score_quotes.py", ggt, pred)
            rows.append((f"conflictnews {half} ({mode}): named speakers by full name (GGT rule): F1 / e2e / on found",
                         f"{g['f1']:.3f} / {g['e2e_attribution']:.3f} / {_f(g['speaker_accuracy'])}"))
            rows.append((f"conflictnews {half} ({mode}): aggregate R / causal P R F1",
                         f"{_f(s['aggregate_recall'])} / {_f(s['causal_precision'])} {_f(s['causal_recall'])} "
                         f"{_f(s['causal_f1'])}"))
    return rows


def news(halves, modes) -> list[tuple[str, str]]:
    """Our fictional general-news articles (bench/data/news), every speaker a resolved full name: scored as the
    Canadian news set is (score_quotes.py's name rule), one record per quoted segment."""
    rows = []
    for half in halves:
        docs, gold = write_half("news/quotes", half)
        for mode in modes:
            pred = _predict(_read(docs), mode == "selective", "quotes", f"news_{half}_{mode}")
            s = official_score("score_quotes.py", gold, pred)
            rows += _quote_rows(f"news {half} ({mode})", s, "speaker right on found")
    return rows


def causal(halves, modes) -> list[tuple[str, str]]:
    rows = []
    for half in halves:
        docs, gold = write_half("claims/cnc_causal_dev", half)
        for mode in modes:
            for scheme in ("brief", "broad"):
                pred = _predict(_read(docs), mode == "selective", "causal", f"cnc_{half}_{mode}_{scheme}",
                                causal=scheme)
                s = official_score("score_causal.py", gold, pred)
                rows.append((f"cnc causal {half} ({mode}, causal={scheme}): F1 / P / R",
                             f"{s['causal_f1']:.4f} / {s['precision']:.4f} / {s['recall']:.4f}"))
    return rows


def _inside(ranges, s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in ranges)


def screen(halves) -> list[tuple[str, str]]:
    from marsad.annotate.nlp import SHORT_TEXT, parse_ranges
    rows = []
    for half in halves:
        for name in ("claims/polnear_dev", "reports/conflictnews_dev", "claims/cnc_causal_dev"):
            docs, gold = write_half(name, half)
            chars = parsed = n_gold = n_in = 0
            for d, g in zip(_read(docs), _read(gold)):
                text = d.get("text") or ""
                r = parse_ranges(text)            # the screen alone (what a long text would get)
                chars += len(text)
                parsed += len(text) if len(text) <= SHORT_TEXT else sum(b - a for a, b in r)
                if name.endswith("cnc_causal_dev"):
                    if g.get("causal"):
                        n_gold += 1
                        n_in += bool(r)
                    continue
                for q in g.get("quotes") or []:
                    n_gold += 1
                    n_in += _inside(r, q["start"], q["end"])
            what = "causal sentences" if name.endswith("cnc_causal_dev") else "gold quotes"
            rows.append((f"screen {name.split('/')[-1]} {half}: parsed chars / {what} the screen selects",
                         f"{parsed / max(1, chars):.0%} / {n_in / max(1, n_gold):.1%} of {n_gold}"))
    return rows


def speed(quick: bool) -> list[tuple[str, str]]:
    """Default `marsad extract` (events, quotes, claims) against spaCy NER alone (bench_events.py's streams)."""
    from marsad.annotate.nlp import load_nlp
    from marsad.config import load_config
    from marsad.run.pipeline import Pipeline

    conflict, mixed, incident = speed_streams(30 if quick else None)
    import spacy

    from marsad.annotate import nlp as nlp_mod

    cfg = load_config(env={})
    ner = load_nlp(cfg.spacy_model)
    full = Pipeline.from_config(cfg)
    # the parse before issue 10: the whole text through the full pipeline with spaCy's own attribute ruler
    plain = spacy.load(cfg.spacy_model)
    nlp_mod.load_full(cfg.spacy_model)      # registers the paragraph component
    plain.add_pipe("marsad_paragraphs", before="parser")

    def before(d):
        real = nlp_mod.parse
        nlp_mod.parse = lambda text, name=None, **kw: plain(text)
        try:
            return full.process_record(d)
        finally:
            nlp_mod.parse = real

    for d in conflict[:5]:                  # warm up: models, gazetteer tables, the lemmatizers' caches
        full.process_record(d)
        before(d)
        ner(d["text"])

    def rates(docs) -> tuple[float, float, float]:
        """docs/s of NER alone, of the default extract and of the extract with the parse it had before
        issue 10, timed document by document in turn so that all see the same load on a shared machine."""
        tn = tf = tb = 0.0
        for d in docs:
            t0 = time.perf_counter()
            ner(d["text"])
            t1 = time.perf_counter()
            full.process_record(d)
            t2 = time.perf_counter()
            before(d)
            tb += time.perf_counter() - t2
            tf += t2 - t1
            tn += t1 - t0
        return len(docs) / tn, len(docs) / tf, len(docs) / tb

    rows = [("speed: conflict docs / mixed docs", f"{len(conflict)} / {len(mixed)} "
                                                  f"({sum(1 for d in mixed if d['id'] in incident) / len(mixed):.0%} conflict)")]
    for name, docs in (("conflict only", conflict), ("mixed 20%", mixed)):
        n, f, b = rates(docs)
        rows.append((f"speed {name}: NER alone / default extract (docs/s)", f"{n:.1f} / {f:.1f}  = {f / n:.2f}x NER"))
        rows.append((f"speed {name}: extract with the full parse of before (docs/s)", f"{b:.1f}  = {b / n:.2f}x NER"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=HALVES, action="append", help="only this half (repeatable)")
    ap.add_argument("--only", choices=SECTIONS, action="append", help="only this section (repeatable)")
    ap.add_argument("--compare", action="store_true", help="also run the full parse everywhere")
    ap.add_argument("--quick", action="store_true", help="a smaller speed sample")
    a = ap.parse_args()
    require_shared()
    OUT.mkdir(parents=True, exist_ok=True)
    halves = a.half or list(HALVES)
    modes = ["selective", "full"] if a.compare else ["selective"]
    run = {"polnear": lambda: polnear(halves, modes), "reports": lambda: reports(halves, modes),
           "news": lambda: news(halves, modes), "causal": lambda: causal(halves, modes), "screen": lambda: screen(halves), "speed": lambda: speed(a.quick)}
    for sec in a.only or SECTIONS:
        print(table(run[sec]()) + "\n", flush=True)


if __name__ == "__main__":
    main()
