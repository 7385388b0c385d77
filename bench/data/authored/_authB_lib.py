"""Helpers for build_authB.py: every offset is located by code and asserted (authB, own writing)."""
import datetime
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_record import event_record  # noqa: E402

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def last_weekday(published, name):
    """The last `name` (e.g. "Tuesday") on or before the publication date."""
    d = datetime.date.fromisoformat(published)
    while WEEKDAYS[d.weekday()] != name:
        d -= datetime.timedelta(days=1)
    return d.isoformat()


def shift(published, days):
    return (datetime.date.fromisoformat(published) + datetime.timedelta(days=days)).isoformat()


class Doc:
    def __init__(self, did, title, published, text, url=None):
        self.id, self.title, self.published, self.url = did, title, published, url
        self.text = text.strip() + "\n"
        self.events, self.quotes, self.claims = [], [], []

    # spec: "unique substring" or (anchor, sub): sub inside the unique anchor
    def span(self, spec, within=None):
        lo, hi = within if within else (0, len(self.text))
        hay = self.text[lo:hi]
        if isinstance(spec, tuple):
            anchor, sub = spec
            a0, a1 = self.span(anchor, within)
            hits = [a0 + m.start() for m in re.finditer(r"(?<!\w)" + re.escape(sub) + r"(?!\w)", self.text[a0:a1])]
            assert len(hits) == 1, ("sub not found once (as whole words) in anchor", self.id, spec)
            return hits[0], hits[0] + len(sub)
        i = hay.find(spec)
        assert i >= 0, ("not found", self.id, spec)
        assert hay.find(spec, i + 1) < 0, ("not unique", self.id, spec)
        return lo + i, lo + i + len(spec)

    def sp(self, spec, within=None):
        s, e = self.span(spec, within)
        assert self.text[s:e]
        return {"start": s, "end": e, "text": self.text[s:e]}

    def event(self, date, etype, sub, country, admin1, location, evidence, actor1=None, actor2=None,
              admin1_alt=None, admin2=None, lat=None, lon=None, prec=1, fatalities=0, injured=None,
              sub_alt=None, actor1_alt=None, location_alt=None, note=None, fatalities_note=None):
        self.events.append(event_record(
            date=date, etype=etype, sub=sub, sub_alt=sub_alt, actor1=actor1, actor1_alt=actor1_alt, actor2=actor2,
            country=country, admin1=admin1, admin1_alt=admin1_alt, admin2=admin2, location=location,
            location_alt=location_alt, lat=lat, lon=lon, prec=prec, fatalities=fatalities, injured=injured,
            fatalities_note=fatalities_note, note=note, evidence=[self.sp(x) for x in evidence]))

    def quote(self, content, speaker, spk, anonymity="named", mentions=(), role=None, affiliation=None,
              medium=None, fragments=None, speaker_alt=None, direct=None):
        if fragments:
            fr = [self.span(f) for f in fragments]
            s, e = fr[0][0], fr[-1][1]
        else:
            s, e = self.span(content)
            fr = None
        ss, se = self.span(spk)
        ms = [[ss, se]] + [list(self.span(m)) for m in mentions]
        body = self.text[s:e]
        q = {"start": s, "end": e, "text": body}
        if fr:
            q["fragments"] = [list(f) for f in fr]
        q["direct"] = body.startswith('"') if direct is None else direct
        q.update({"speaker": speaker, "speaker_start": ss, "speaker_end": se, "speaker_text": self.text[ss:se],
                  "speaker_mentions": ms})
        if speaker_alt:
            q["speaker_alt"] = speaker_alt
        q.update({"role": role, "affiliation": affiliation, "anonymity": anonymity, "medium": medium})
        self.quotes.append(q)

    def agg(self, spec, counted, unit, quantity=None, low=None, high=None, qualifier=None, ps=None, pe=None,
            scope=None, claimant=None):
        d = {"kind": "aggregate", **self.sp(spec), "claimant": claimant, "quantity": quantity, "low": low,
             "high": high, "counted": counted, "unit": unit, "qualifier": qualifier, "period_start": ps,
             "period_end": pe, "scope": scope}
        self.claims.append(d)

    def causal(self, spec, cause, effect, driver=None, polarity="+", hedged=False, claimant=None):
        c = self.sp(spec)
        w = (c["start"], c["end"])
        d = {"kind": "causal", **c, "claimant": claimant, "hedged": hedged, "cause": self.sp(cause, w),
             "effect": self.sp(effect, w), "driver": driver, "polarity": polarity}
        self.claims.append(d)

    def check(self):
        t = self.text
        for e in self.events:
            for ev in e["evidence"]:
                assert t[ev["start"]:ev["end"]] == ev["text"]
        for q in self.quotes:
            assert t[q["start"]:q["end"]] == q["text"]
            assert t[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
            for s, e in q["speaker_mentions"] + q.get("fragments", []):
                assert 0 <= s < e <= len(t)
        for c in self.claims:
            assert t[c["start"]:c["end"]] == c["text"]
            if c["kind"] == "causal":
                for k in ("cause", "effect"):
                    x = c[k]
                    assert t[x["start"]:x["end"]] == x["text"]
                    assert c["start"] <= x["start"] and x["end"] <= c["end"]

    def doc_line(self):
        d = {"id": self.id, "text": self.text, "published": self.published, "title": self.title}
        if self.url:
            d["url"] = self.url
        return d

    def gold_line(self):
        return {"id": self.id, "events": self.events, "quotes": self.quotes, "claims": self.claims}


def write(docs, docs_path, gold_path):
    with open(docs_path, "w", encoding="utf-8") as f:
        for d in docs:
            d.check()
            f.write(json.dumps(d.doc_line(), ensure_ascii=False) + "\n")
    with open(gold_path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d.gold_line(), ensure_ascii=False) + "\n")
