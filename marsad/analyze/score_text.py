"""Main-text quality metric, shared by ``bench/bench_clean.py`` and the CI-gate test.

It is the definition used by the official boilerplate scorer (``../shared/eval/score_boiler.py``,
after the ScrapingHub article-extraction benchmark, with whitespace tokens):

* per page, the bag (multiset) of lowercased whitespace-separated tokens of the gold and predicted text;
  tp = multiset intersection, fp / fn = the surpluses;
* page precision = tp / (tp + fp), undefined (left out of the average) when nothing was predicted;
  page recall = tp / (tp + fn), undefined when the gold is empty; a page where both are empty is left out;
* precision and recall are averaged over pages; F1 is the harmonic mean of the two averages.

Also reported: the mean of the per-page F1s, and title / published / language agreement rates where the
gold has them (titles compared on lowercased ``\\w+`` tokens, dates on their first 10 characters,
languages on their first 2 letters). A prediction that is missing or is an error line counts as empty.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> Counter:
    """Bag of lowercased whitespace-separated tokens."""
    return Counter((text or "").lower().split())


def page_counts(gold: str | None, pred: str | None) -> tuple[int, int, int]:
    """(tp, fp, fn) of one page."""
    g, p = tokens(gold), tokens(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def page_prf(gold: str | None, pred: str | None) -> tuple[float | None, float | None, float | None]:
    """(precision, recall, f1) of one page; None where undefined (see the module docstring)."""
    tp, fp, fn = page_counts(gold, pred)
    if tp == fp == fn == 0:
        return None, None, None
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else 0.0
    return p, r, f


def _mean(xs: Iterable[float | None]) -> float:
    vals = [x for x in xs if x is not None]
    return sum(vals) / len(vals) if vals else 0.0


def score_texts(pairs: Iterable[tuple[str | None, str | None]]) -> dict:
    """Corpus figures from (gold_text, predicted_text) pairs: precision, recall, f1, mean_page_f1, pages."""
    P, R, F = [], [], []
    n = 0
    for gold, pred in pairs:
        n += 1
        p, r, f = page_prf(gold, pred)
        P.append(p)
        R.append(r)
        if f is not None:
            F.append(f)
    prec, rec = _mean(P), _mean(R)
    return {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
            "mean_page_f1": _mean(F), "pages": n}


def norm_title(title: str | None) -> str:
    return " ".join(_WORD.findall((title or "").lower()))


def score_records(gold: Mapping[str, dict], pred: Mapping[str, dict | None]) -> dict:
    """Figures for gold / predicted records keyed by id (``{"text","title","published","language"}``):
    ``score_texts`` over every gold id, plus ``<field>_match`` and ``<field>_n`` for title, published
    and language over the gold records that have the field."""
    pairs = []
    meta = {"title": [0, 0], "published": [0, 0], "language": [0, 0]}
    for did, g in gold.items():
        p = pred.get(did) or {}
        if p.get("error"):
            p = {}
        ptext = p.get("text") if isinstance(p.get("text"), str) else ""
        pairs.append((g.get("text") or "", ptext))
        if g.get("title"):
            meta["title"][1] += 1
            meta["title"][0] += norm_title(g["title"]) == norm_title(p.get("title"))
        if g.get("published"):
            meta["published"][1] += 1
            meta["published"][0] += str(g["published"])[:10] == str(p.get("published") or "")[:10]
        if g.get("language"):
            meta["language"][1] += 1
            meta["language"][0] += str(g["language"]).lower()[:2] == str(p.get("language") or "").lower()[:2]
    out = score_texts(pairs)
    for k, (ok, n) in meta.items():
        if n:
            out[f"{k}_match"] = ok / n
            out[f"{k}_n"] = n
    return out
