"""Helpers for build_authD.py: locate spans by unique substrings and assert every offset (authD, own writing)."""
import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_record import event_record  # noqa: E402

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def rel(published, what):
    """Resolve a relative date against the publication date, by the guide's rules."""
    pub = datetime.date.fromisoformat(published)
    w = what.lower()
    if w in ("today", "overnight"):
        d = pub
    elif w == "yesterday":
        d = pub - datetime.timedelta(days=1)
    elif w in WEEKDAYS:
        back = (pub.weekday() - WEEKDAYS.index(w)) % 7
        d = pub - datetime.timedelta(days=back)
    elif w == "weekend":
        back = (pub.weekday() - 5) % 7
        d = pub - datetime.timedelta(days=back)
    else:
        d = datetime.date.fromisoformat(what)
    assert 0 <= (pub - d).days <= 7, (published, what)
    return d.isoformat()


class Doc:
    def __init__(self, did, title, published, body, url=None):
        self.id, self.title, self.published, self.url = did, title, published, url
        paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n")]
        self.text = "\n\n".join(paras)
        self.events, self.quotes, self.claims = [], [], []

    # --- locating ---
    def find(self, needle, ctx=None):
        t = self.text
        if ctx is None:
            n = t.count(needle)
            assert n == 1, (self.id, needle, n)
            s = t.index(needle)
        else:
            n = t.count(ctx)
            assert n == 1, (self.id, "ctx", ctx, n)
            c = t.index(ctx)
            s = t.index(needle, c)
            assert s + len(needle) <= c + len(ctx), (self.id, needle, ctx)
        e = s + len(needle)
        assert t[s:e] == needle
        return s, e

    def span(self, x):
        needle, ctx = (x if isinstance(x, tuple) else (x, None))
        s, e = self.find(needle, ctx)
        return {"start": s, "end": e, "text": self.text[s:e]}

    def inside(self, outer, needle):
        s = self.text.index(needle, outer["start"])
        e = s + len(needle)
        assert e <= outer["end"], (self.id, needle)
        return {"start": s, "end": e, "text": self.text[s:e]}

    # --- annotations ---
    def event(self, when, etype, sub, admin1, location, lat, lon, prec, fatalities, evidence, country,
              actor1=None, actor2=None, admin1_alt=None, sub_alt=None, actor1_alt=None, admin2=None,
              location_alt=None, injured=None, note=None, fatalities_note=None):
        self.events.append(event_record(
            date=rel(self.published, when), etype=etype, sub=sub, sub_alt=sub_alt, actor1=actor1,
            actor1_alt=actor1_alt, actor2=actor2, country=country, admin1=admin1, admin1_alt=admin1_alt,
            admin2=admin2, location=location, location_alt=location_alt, lat=lat, lon=lon, prec=prec,
            fatalities=fatalities, injured=injured, fatalities_note=fatalities_note, note=note,
            evidence=[self.span(x) for x in evidence]))

    def quote(self, content, speaker, stext, anonymity, sctx=None, cctx=None, mentions=(), direct=None,
              role=None, affiliation=None, medium=None, fragments=None, speaker_alt=None):
        c = self.span((content, cctx) if cctx else content)
        s0, s1 = self.find(stext, sctx)
        ms = [[s0, s1]]
        for m in mentions:
            a, b = self.find(*(m if isinstance(m, tuple) else (m,)))
            if [a, b] not in ms:
                ms.append([a, b])
        q = {"start": c["start"], "end": c["end"], "text": c["text"]}
        if fragments:
            fr = [list(self.find(*(f if isinstance(f, tuple) else (f,)))) for f in fragments]
            for a, b in fr:
                assert c["start"] <= a and b <= c["end"]
            q["fragments"] = fr
        if direct is None:
            direct = c["text"].startswith('"')
        q.update({"direct": direct, "speaker": speaker, "speaker_start": s0, "speaker_end": s1,
                  "speaker_text": self.text[s0:s1], "speaker_mentions": sorted(ms)})
        if speaker_alt:
            q["speaker_alt"] = speaker_alt
        q.update({"role": role, "affiliation": affiliation, "anonymity": anonymity, "medium": medium})
        self.quotes.append(q)

    def aggregate(self, span, counted, unit, quantity=None, low=None, high=None, qualifier=None,
                  period=(None, None), scope=None, claimant=None):
        sp = self.span(span)
        self.claims.append({"kind": "aggregate", "start": sp["start"], "end": sp["end"], "text": sp["text"],
                            "claimant": claimant, "quantity": quantity, "low": low, "high": high,
                            "counted": counted, "unit": unit, "qualifier": qualifier,
                            "period_start": period[0], "period_end": period[1], "scope": scope})

    def causal(self, span, cause, effect, driver=None, polarity="+", hedged=False, claimant=None):
        sp = self.span(span)
        self.claims.append({"kind": "causal", "start": sp["start"], "end": sp["end"], "text": sp["text"],
                            "claimant": claimant, "hedged": hedged, "cause": self.inside(sp, cause),
                            "effect": self.inside(sp, effect), "driver": driver, "polarity": polarity})

    def records(self):
        d = {"id": self.id, "text": self.text, "published": self.published, "title": self.title}
        if self.url:
            d["url"] = self.url
        g = {"id": self.id, "events": self.events, "quotes": self.quotes, "claims": self.claims}
        return d, g


def check(doc, gold):
    t = doc["text"]
    for e in gold["events"]:
        for x in e["evidence"]:
            assert t[x["start"]:x["end"]] == x["text"]
    for q in gold["quotes"]:
        assert t[q["start"]:q["end"]] == q["text"]
        assert t[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
        for a, b in q["speaker_mentions"] + q.get("fragments", []):
            assert 0 <= a < b <= len(t)
    for c in gold["claims"]:
        assert t[c["start"]:c["end"]] == c["text"]
        if c["kind"] == "causal":
            for k in ("cause", "effect"):
                assert t[c[k]["start"]:c[k]["end"]] == c[k]["text"]
                assert c["start"] <= c[k]["start"] and c[k]["end"] <= c["end"]
