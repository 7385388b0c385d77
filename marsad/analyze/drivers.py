"""Rank drivers of violence by how many independent sources cite them, per region and period.

Input: stored causal claims with their document context (``Store.claims_with_context``). A *source* is the
claimant (normalised: "Hisham al-Hashimi" and "al-Hashimi" are one source) or, for an unattributed claim,
the publication (site, else URL host, else the document). A source that repeats a driver in several
articles or several sentences counts once: the ranking is by distinct sources, then by documents, then
by claims. Each row keeps the citing statements (claimant, text, document, date) so that an analyst can
read why.

Pure functions over dicts: the CLI reads the store and prints what ``rank_drivers`` returns.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from urllib.parse import urlparse

from ..extract.drivers import DRIVERS, label

VERSION = "analyze-drivers-1"
_STOP = {"the", "a", "an", "mr", "mrs", "ms", "dr", "al", "el", "of", "s"}


def source_key(claimant: str | None, site: str | None, url: str | None, doc_id: str) -> str:
    """The identity of an independent source: the claimant's last name token (with the first-name initial
    when given), else the publication."""
    if claimant:
        toks = [t for t in re.findall(r"[^\W_]+", claimant.lower()) if t not in _STOP]
        if toks:
            return "person:" + toks[-1]
    if site:
        return "site:" + site.lower()
    if url:
        host = urlparse(url).netloc.lower()
        if host:
            return "site:" + re.sub(r"^www\.", "", host)
    return "doc:" + doc_id


def doc_region(regions: list[list]) -> tuple[str | None, str | None]:
    """The document's main (country, admin1): the most frequent pair among its events and places."""
    pairs = [(c, a) for c, a in regions if c or a]
    if not pairs:
        return None, None
    with_admin = [p for p in pairs if p[1]]
    best = Counter(with_admin or pairs).most_common(1)[0][0]
    return best


def _period_key(published: str | None, per: str) -> str:
    if not published or per == "all":
        return "all"
    y = published[:4]
    if per == "year":
        return y
    if per == "quarter" and len(published) >= 7:
        return f"{y}-Q{(int(published[5:7]) - 1) // 3 + 1}"
    if per == "month" and len(published) >= 7:
        return published[:7]
    return y


def _matches_region(region: str, country: str | None, admin1: str | None) -> bool:
    r = region.strip().lower()
    return any(x and (x.lower() == r or r in x.lower()) for x in (country, admin1))


def rank_drivers(rows: list[dict], *, region: str | None = None, since: str | None = None,
                 until: str | None = None, per: str = "all", by_region: bool = True,
                 max_quotes: int = 3) -> list[dict]:
    """Rows from ``Store.claims_with_context`` -> ranked driver rows.

    Each output row: driver, label, region, period, sources (distinct), documents, claims, increase,
    decrease, hedged, claimants (by frequency), first/last (publication dates), quotes (citing statements).
    """
    groups: dict[tuple, dict] = {}
    for r in rows:
        c = r.get("claim") or {}
        if c.get("kind") != "causal" or not c.get("driver"):
            continue
        pub = r.get("published")
        if since and (not pub or pub < since):
            continue
        if until and (not pub or pub[:len(until)] > until):
            continue
        country, admin1 = doc_region(r.get("regions") or [])
        if region and not _matches_region(region, country, admin1):
            continue
        reg = (admin1 or country or "unknown") if by_region else (region or "all")
        if by_region and admin1 and country:
            reg = f"{admin1}, {country}"
        key = (c["driver"], reg, _period_key(pub, per))
        g = groups.setdefault(key, {"sources": set(), "docs": set(), "claims": 0, "increase": 0, "decrease": 0,
                                    "hedged": 0, "claimants": Counter(), "dates": [], "quotes": [],
                                    "quoted_sources": set()})
        src = source_key(c.get("claimant"), r.get("site"), r.get("url"), r["doc_id"])
        g["sources"].add(src)
        g["docs"].add(r["doc_id"])
        g["claims"] += 1
        g["increase"] += c.get("polarity") == "increase"
        g["decrease"] += c.get("polarity") == "decrease"
        g["hedged"] += bool(c.get("hedged"))
        g["claimants"][c.get("claimant") or r.get("site") or "(unattributed)"] += 1
        if pub:
            g["dates"].append(pub)
        # one citing statement per source first, then more up to max_quotes
        if src not in g["quoted_sources"] and len(g["quotes"]) < max_quotes:
            g["quoted_sources"].add(src)
            g["quotes"].append({"claimant": c.get("claimant"), "text": " ".join((r.get("text") or "").split()),
                                "doc_id": r["doc_id"], "published": pub, "url": r.get("url"),
                                "polarity": c.get("polarity"), "hedged": bool(c.get("hedged"))})
    out = []
    for (drv, reg, period), g in groups.items():
        out.append({"driver": drv, "label": label(drv), "region": reg, "period": period,
                    "sources": len(g["sources"]), "documents": len(g["docs"]), "claims": g["claims"],
                    "increase": g["increase"], "decrease": g["decrease"], "hedged": g["hedged"],
                    "claimants": [k for k, _ in g["claimants"].most_common()],
                    "first": min(g["dates"]) if g["dates"] else None, "last": max(g["dates"]) if g["dates"] else None,
                    "quotes": g["quotes"]})
    order = list(DRIVERS)
    out.sort(key=lambda x: (x["region"], x["period"], -x["sources"], -x["documents"], -x["claims"],
                            order.index(x["driver"]) if x["driver"] in order else 99))
    rank: dict[tuple, int] = defaultdict(int)
    for x in out:
        rank[(x["region"], x["period"])] += 1
        x["rank"] = rank[(x["region"], x["period"])]
    return out


def flat(row: dict) -> dict:
    """A ranked row for tables and CSV: claimants joined, the first citing statement shortened."""
    q = row["quotes"][0] if row["quotes"] else None
    text = q["text"] if q else ""
    return {**{k: v for k, v in row.items() if k not in ("quotes", "claimants")},
            "claimants": "; ".join(row["claimants"][:5]),
            "example": (f'{q["claimant"] or "(unattributed)"}: ' if q else "") + (text[:140] + ("…" if len(text) > 140 else ""))}
