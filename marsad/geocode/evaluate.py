"""Toponym scoring with the definitions of the project's geo scorer: a predicted place matches a gold
toponym when their character spans overlap (one-to-one, greedy by largest overlap, then closest
boundaries); acc@161 is over the matched pairs; a matched prediction without coordinates counts
as 20,039 km off. Used by the CI quality floor and by bench/bench_geo.py."""
from __future__ import annotations

import math
import statistics
from typing import Iterable

MAX_ERROR_KM = 20039.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                pairs.append((-ov, abs(g["start"] - p["start"]) + abs(g["end"] - p["end"]), gi, pi))
    pairs.sort()
    ug, up, out = set(), set(), []
    for _, _, gi, pi in pairs:
        if gi in ug or pi in up:
            continue
        ug.add(gi)
        up.add(pi)
        out.append((gi, pi))
    return out


def score(docs: Iterable[tuple[list[dict], list[dict]]]) -> dict:
    """docs: (gold toponyms, predicted places) per document -> P, R, F1, acc@161, median km."""
    n_gold = n_pred = tp = 0
    errors: list[float] = []
    for gold, pred in docs:
        m = _match(gold, pred)
        n_gold += len(gold)
        n_pred += len(pred)
        tp += len(m)
        for gi, pi in m:
            g, p = gold[gi], pred[pi]
            if p.get("latitude") is None or p.get("longitude") is None:
                errors.append(MAX_ERROR_KM)
            else:
                errors.append(haversine_km(g["latitude"], g["longitude"], p["latitude"], p["longitude"]))
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    within = sum(1 for e in errors if e <= 161.0)
    return {"gold": n_gold, "pred": n_pred, "matched": tp, "precision": prec, "recall": rec, "f1": f1,
            "acc161": within / len(errors) if errors else None,
            "median_km": statistics.median(errors) if errors else None}
