"""The source-artefact guard's bookkeeping: who published each document, and how many documents each
source contributed per period. A source is the publication: the document's site, else its URL's host;
a document with neither (a local file) has no known source and is never counted as a new one."""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable
from urllib.parse import urlparse

from .periods import Period, bucket


def source_of(doc: dict) -> str | None:
    site = (doc.get("site") or "").strip().lower()
    if site:
        return site
    url = doc.get("url") or ""
    if "://" not in url:
        return None
    host = url.split("/", 3)[2].rsplit("@", 1)[-1].split(":", 1)[0].lower() if url.count("/") >= 2 else ""
    if not host:
        host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host or None


def doc_sources(documents: Iterable[dict]) -> dict[str, str]:
    """document id -> source, for the documents whose source is known (URL hosts parsed once each)."""
    out: dict[str, str] = {}
    hosts: dict[str, str | None] = {}
    for d in documents:
        site, url = d.get("site"), d.get("url")
        if site or not url:
            s = source_of(d)
        else:
            cut = url.find("/", url.find("://") + 3) if "://" in url else -1
            prefix = url if cut < 0 else url[:cut]
            if prefix not in hosts:
                hosts[prefix] = source_of({"url": prefix})
            s = hosts[prefix]
        if s:
            out[d["id"]] = s
    return out


def activity(documents: Iterable[dict], by: str = "month") -> list[dict]:
    """Documents per source per period: rows {source, period, documents}, by period then by count."""
    c: Counter = Counter()
    for d in documents:
        pub = (d.get("published") or "")[:10]
        if pub:
            c[(source_of(d) or "(unknown)", bucket(pub, by))] += 1
    rows = [{"source": s, "period": p, "documents": n} for (s, p), n in c.items()]
    rows.sort(key=lambda r: (r["period"], -r["documents"], r["source"]))
    return rows


def new_sources(documents: Iterable[dict], after: Period, source_of: Callable[[dict], str | None] = source_of) -> set[str]:
    """The sources that published documents in ``after`` and none before it."""
    seen_before, seen_in = set(), set()
    for d in documents:
        s, pub = source_of(d), (d.get("published") or "")[:10]
        if not s or not pub:
            continue
        if pub < after.start.isoformat():
            seen_before.add(s)
        elif after.contains(pub):
            seen_in.add(s)
    return seen_in - seen_before
