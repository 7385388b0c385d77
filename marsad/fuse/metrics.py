"""Clustering metrics shared by the fusion benches and tests: B-cubed and pairwise precision/recall/F1.

Same definitions as the official stories scorer (../shared/eval/score_stories.py).
"""
from __future__ import annotations

from collections import Counter
from typing import Mapping


def _c2(n: int) -> int:
    return n * (n - 1) // 2


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def cluster_scores(gold: Mapping[str, str], pred: Mapping[str, str | None]) -> dict[str, float]:
    """gold: item -> true cluster; pred: item -> predicted cluster (None = unclustered, scores 0)."""
    gsize = Counter(gold.values())
    clustered = {d: c for d, c in pred.items() if c is not None and d in gold}
    psize = Counter(clustered.values())
    inter = Counter((clustered[d], gold[d]) for d in clustered)
    P = R = 0.0
    for d, g in gold.items():
        c = clustered.get(d)
        if c is None:
            continue
        k = inter[(c, g)]
        P += k / psize[c]
        R += k / gsize[g]
    n = len(gold) or 1
    P, R = P / n, R / n
    pp = sum(_c2(v) for v in psize.values())
    gp = sum(_c2(v) for v in gsize.values())
    tp = sum(_c2(v) for v in inter.values())
    pP = tp / pp if pp else 1.0
    pR = tp / gp if gp else 1.0
    return {"bcubed_precision": P, "bcubed_recall": R, "bcubed_f1": _f(P, R),
            "pairwise_precision": pP, "pairwise_recall": pR, "pairwise_f1": _f(pP, pR)}
