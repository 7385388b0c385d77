"""Change between two periods, tested for significance, with the guards analysts need.

For each unit (a country, admin1, admin2, type, actor, or a hotspot cell) with ``before`` events in a period
of ``t0`` days and ``after`` events in one of ``t1`` days:

- **The exact conditional test of the rate ratio.** Given n = before + after, ``after`` is binomial with
  p = t1·RR / (t0 + t1·RR); under "no change" (RR = 1) p0 = t1 / (t0 + t1). The p-value is the two-sided
  exact binomial test (as ``scipy.stats.binomtest`` defines it, computed with ``scipy.special``); the confidence interval of RR is the Clopper–Pearson
  interval of p mapped back through RR = p / (1 − p) · t0 / t1. Periods of unequal length are allowed for.
- **Benjamini–Hochberg** q-values across the units compared.
- **Overdispersion**: within each period, the 7-day counts are tested against Poisson (the index of
  dispersion, χ² with k − 1 degrees of freedom); a unit with p < 0.05 is flagged ``overdispersed`` (its
  p-value is then optimistic).
- **ACLED's low-baseline guard**: a unit whose baseline averaged fewer than ``low_baseline_per_week``
  events a week (ACLED: one) is flagged ``low baseline`` and never reported as a rise.
- **The incomplete latest period**: a period that ends after the data does is cut to the days covered
  (its rate uses those days), and flagged ``incomplete period``.
- **The source-artefact guard**: when at least ``new_source_share`` of the later period's events were
  reported only by sources that published nothing before that period, the unit is flagged ``new source``
  and never reported as a rise.

``direction`` is ``rise`` or ``fall`` when q < ``significance`` and no guard holds, else ``no change``.
"""
from __future__ import annotations

import math
from functools import lru_cache
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable

from scipy import special

from .periods import Period
from .series import Filters, check_level, select, units_of

COLUMNS = ["unit", "country", "before", "after", "rate_ratio", "ci_low", "ci_high", "p_value", "q_value",
           "direction", "urban_before", "urban_after", "rural_before", "rural_after", "flags"]

LOW_BASELINE, OVERDISPERSED, NEW_SOURCE, INCOMPLETE = "low baseline", "overdispersed", "new source", "incomplete period"


@dataclass(frozen=True)
class ChangeParams:
    significance: float = 0.05
    low_baseline_per_week: float = 1.0
    new_source_share: float = 0.5
    confidence: float = 0.95

    @classmethod
    def from_config(cls, cfg) -> "ChangeParams":
        return cls(significance=cfg.significance, low_baseline_per_week=cfg.low_baseline_per_week,
                   new_source_share=cfg.new_source_share)


@dataclass(frozen=True)
class RateTest:
    rate_ratio: float | None      # None when the baseline is 0 (infinite) or there are no events
    ci_low: float | None
    ci_high: float | None         # None: unbounded
    p_value: float


def rate_ratio_test(before: int, t0: float, after: int, t1: float, confidence: float = 0.95) -> RateTest:
    """The exact conditional (binomial) test of the ratio of the rates after/t1 and before/t0."""
    n = before + after
    if n == 0 or t0 <= 0 or t1 <= 0:
        return RateTest(None, None, None, 1.0)
    p_value, lo, hi = _binomial(after, n, t1 / (t0 + t1), confidence)

    def rr(p: float) -> float | None:
        return None if p >= 1.0 else p / (1.0 - p) * t0 / t1

    ratio = (after / t1) / (before / t0) if before else None
    return RateTest(ratio, rr(lo), rr(hi), p_value)


@lru_cache(maxsize=65536)
def _binomial(k: int, n: int, p0: float, confidence: float) -> tuple[float, float, float]:
    """Two-sided exact binomial p-value of k in n at p0, and the Clopper–Pearson interval of p (cached:
    many units share the same small counts)."""
    a = (1.0 - confidence) / 2
    lo = 0.0 if k == 0 else float(special.betaincinv(k, n - k + 1, a))
    hi = 1.0 if k == n else float(special.betaincinv(k + 1, n - k, 1 - a))
    return _two_sided_p(k, n, p0), lo, hi


def _log_pmf(i: int, n: int, p: float) -> float:
    return (math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
            + (i * math.log(p) if i else 0.0) + ((n - i) * math.log1p(-p) if n - i else 0.0))


def _two_sided_p(k: int, n: int, p: float) -> float:
    """The two-sided exact binomial p-value as ``scipy.stats.binomtest`` defines it (the probability of every
    outcome no more likely than k), with scipy.special alone: scipy.stats costs 1.5 s of import per command."""
    if p <= 0.0 or p >= 1.0:
        return 1.0 if (k == 0 and p <= 0.0) or (k == n and p >= 1.0) else 0.0
    mode = n * p
    if k == mode:
        return 1.0
    bound = _log_pmf(k, n, p) + math.log1p(1e-7)

    def rare(i: int) -> bool:
        return _log_pmf(i, n, p) <= bound

    if k < mode:   # the outcomes above the mode at least as rare: a run [j, n], found by bisection
        lo, hi = math.ceil(mode), n + 1
        while lo < hi:
            mid = (lo + hi) // 2
            lo, hi = (lo, mid) if rare(mid) else (mid + 1, hi)
        pval = float(special.bdtr(k, n, p)) + (float(special.bdtrc(lo - 1, n, p)) if lo <= n else 0.0)
    else:          # the outcomes below the mode at least as rare: a run [0, j]
        lo, hi = -1, math.floor(mode)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if rare(mid) else (lo, mid - 1)
        pval = (float(special.bdtr(lo, n, p)) if lo >= 0 else 0.0) + float(special.bdtrc(k - 1, n, p))
    return min(1.0, pval)


def benjamini_hochberg(pvalues: list[float]) -> list[float]:
    """Benjamini–Hochberg adjusted p-values (q-values), in the input order."""
    m = len(pvalues)
    order = sorted(range(m), key=lambda i: pvalues[i])
    q = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, pvalues[i] * m / rank)
        q[i] = min(1.0, running)
    return q


def dispersion_p(blocks: list[list[int]]) -> float | None:
    """p-value of the index-of-dispersion test over several periods' 7-day counts (None: not testable)."""
    stat, df = 0.0, 0
    for xs in blocks:
        if len(xs) < 2:
            continue
        m = sum(xs) / len(xs)
        if m == 0:
            continue
        stat += sum((x - m) ** 2 for x in xs) / m
        df += len(xs) - 1
    if df < 2:
        return None
    return float(special.chdtrc(df, stat))


def _weeks(p: Period) -> int:
    return p.days // 7


def compare(events: Iterable[dict], before: Period, after: Period, *, level: str | None = "admin1",
            filters: Filters | None = None, data_end: date | None = None, params: ChangeParams = ChangeParams(),
            doc_source: dict[str, str] | None = None, new: set[str] = frozenset(),
            unit_fn: Callable[[dict], list[tuple[str, str | None]]] | None = None) -> list[dict]:
    """One row per unit with events in either period: the columns of :data:`COLUMNS` plus ``before_ids``,
    ``after_ids``, ``before_days``, ``after_days``, ``surge`` (a rise that passed every guard) and
    ``new_source_share``. ``doc_source`` maps document ids to their source and ``new`` is the set of
    sources new in ``after`` (see :func:`new_sources`); ``unit_fn`` replaces the level's units (hotspots).
    Rows come sorted by q-value, then by the size of the change."""
    if unit_fn is None:
        check_level(level)
        unit_fn = lambda ev: units_of(ev, level)  # noqa: E731
    b, a = before.clipped(data_end), after.clipped(data_end)
    acc: dict[str, dict] = {}
    for ev in select(events, filters):
        d = ev["event_date"][:10]
        which = "before" if b.contains(d) else "after" if a.contains(d) else None
        if which is None:
            continue
        start = b.start if which == "before" else a.start
        for unit, country in unit_fn(ev):
            u = acc.get(unit)
            if u is None:
                u = acc[unit] = {"unit": unit, "country": country, "before_ids": [], "after_ids": [],
                                 "urban_before": 0, "urban_after": 0, "rural_before": 0, "rural_after": 0,
                                 "weeks": {"before": defaultdict(int), "after": defaultdict(int)}, "new_only": 0}
            u[which + "_ids"].append(ev["id"])
            kind = ev.get("urban")
            if kind is True:
                u["urban_" + which] += 1
            elif kind is False:
                u["rural_" + which] += 1
            u["weeks"][which][(date.fromisoformat(d) - start).days // 7] += 1
            if which == "after" and doc_source is not None and new:
                srcs = {doc_source.get(x) for x in ev.get("doc_ids") or ()} - {None}
                if srcs and srcs <= new:
                    u["new_only"] += 1
    rows = []
    for u in acc.values():
        x0, x1 = len(u["before_ids"]), len(u["after_ids"])
        t = rate_ratio_test(x0, b.days, x1, a.days, params.confidence)
        flags = []
        if x0 / max(b.days / 7, 1e-9) < params.low_baseline_per_week:
            flags.append(LOW_BASELINE)
        blocks = [[u["weeks"][w].get(i, 0) for i in range(_weeks(p))] for w, p in (("before", b), ("after", a))]
        dp = dispersion_p(blocks)
        if dp is not None and dp < 0.05:
            flags.append(OVERDISPERSED)
        share = u["new_only"] / x1 if x1 else 0.0
        if x1 > x0 and share >= params.new_source_share:
            flags.append(NEW_SOURCE)
        if b.end < before.end or a.end < after.end:
            flags.append(INCOMPLETE)
        rows.append({"unit": u["unit"], "country": u["country"], "before": x0, "after": x1,
                     "rate_ratio": _r(t.rate_ratio), "ci_low": _r(t.ci_low), "ci_high": _r(t.ci_high),
                     "p_value": t.p_value, "flags": flags, "urban_before": u["urban_before"],
                     "urban_after": u["urban_after"], "rural_before": u["rural_before"],
                     "rural_after": u["rural_after"], "before_ids": u["before_ids"], "after_ids": u["after_ids"],
                     "before_days": b.days, "after_days": a.days, "new_source_share": round(share, 3)})
    for r, q in zip(rows, benjamini_hochberg([r["p_value"] for r in rows])):
        r["q_value"] = q
        rate_up = r["after"] * r["before_days"] > r["before"] * r["after_days"]
        significant = q < params.significance
        guarded = LOW_BASELINE in r["flags"] or NEW_SOURCE in r["flags"]
        if significant and rate_up and not guarded:
            r["direction"] = "rise"
        elif significant and not rate_up:
            r["direction"] = "fall"
        else:
            r["direction"] = "no change"
        r["surge"] = r["direction"] == "rise"
        r["p_value"], r["q_value"] = _r(r["p_value"], 6), _r(q, 6)
    rows.sort(key=lambda r: (r["q_value"], -abs(r["after"] - r["before"]), str(r["unit"])))
    return rows


def _r(x: float | None, nd: int = 3) -> float | None:
    if x is None or math.isinf(x) or math.isnan(x):
        return None
    return round(x, nd)


def public(row: dict) -> dict:
    """A change row with exactly the published columns (flags joined by '; ')."""
    out = {k: row.get(k) for k in COLUMNS}
    out["flags"] = "; ".join(row.get("flags") or ())
    return out


def in_words(row: dict, significance: float = 0.05) -> str:
    """The change test of one row in words a reader understands."""
    x0, x1 = row["before"], row["after"]
    p = row["q_value"]
    change = "more" if x1 > x0 else "fewer" if x1 < x0 else "the same number of"
    ratio = row.get("rate_ratio")
    head = f"{x1} events after against {x0} before"
    if ratio is not None and x1 != x0:
        head += f" (a rate {ratio:g} times the earlier one, 95% interval {row['ci_low']:g}–" + \
                (f"{row['ci_high']:g})" if row.get("ci_high") is not None else "unbounded)")
    if row["direction"] in ("rise", "fall"):
        verdict = (f"a real {row['direction']}: a change this large would happen by chance less than "
                   f"{max(p, 0.001) * 100:.1f}% of the time (q = {p:.3g}, below {significance:g})")
    elif LOW_BASELINE in row["flags"] and x1 > x0:
        verdict = "not reported as a rise: the earlier period had almost no events (low baseline)"
    elif NEW_SOURCE in row["flags"]:
        verdict = ("not reported as a rise: most of the later events come from sources that had published "
                   "nothing before (a source artefact)")
    else:
        verdict = (f"{change} events, but a difference this size is well within chance (q = {p:.3g}); "
                   "no change can be claimed")
    if OVERDISPERSED in row["flags"]:
        verdict += "; the weekly counts vary more than chance allows, so treat the test as optimistic"
    if INCOMPLETE in row["flags"]:
        verdict += "; the latest period is not complete, so only the days covered were compared"
    return f"{head}: {verdict}."
