import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_record import event_record

def find(text, s, after=None, within=None):
    base, hay = 0, text
    if within is not None:
        base = find(text, within, after=after); hay = text[base:base + len(within)]
    elif after is not None:
        base = find(text, after) + len(after); hay = text[base:]
        i = hay.find(s); assert i >= 0, ("not after", s, after); return base + i
    i = hay.find(s)
    assert i >= 0, ("missing", s)
    assert hay.find(s, i + 1) < 0, ("not unique", s)
    return base + i

class Doc:
    def __init__(self, did, title, published, paras, source):
        self.id, self.title, self.published = did, title, published
        self.text = "\n\n".join(p.strip() for p in paras)
        self.events, self.quotes, self.claims, self.source = [], [], [], source
    def sp(self, s, **kw):
        st = find(self.text, s, **kw); return {"start": st, "end": st + len(s), "text": s}
    def E(self, ev, **kw):
        evid = [self.sp(x) if isinstance(x, str) else self.sp(x[0], after=x[1]) for x in ev]
        self.events.append(event_record(evidence=evid, **kw))
    def nearest(self, s, pos):
        t = self.text; occ = []; i = t.find(s)
        while i >= 0:
            occ.append(i); i = t.find(s, i + 1)
        assert occ, ("speaker missing", s)
        return min(occ, key=lambda o: abs(o - pos))
    def Q(self, content, speaker, spk, anon, direct=None, mentions=(), role=None, aff=None, medium=None,
          after=None, spk_after=None, frags=None, alt=None):
        c = self.sp(content, after=after) if after else self.sp(content)
        if spk_after: ss = find(self.text, spk, after=spk_after)
        else: ss = self.nearest(spk, c["start"])
        assert not (c["start"] <= ss < c["end"]) or frags, ("speaker inside content", spk)
        ms = {(ss, ss + len(spk))}
        for m in mentions:
            i = self.text.find(m)
            while i >= 0:
                ms.add((i, i + len(m))); i = self.text.find(m, i + 1)
        q = {"start": c["start"], "end": c["end"], "text": c["text"]}
        if frags:
            q["fragments"] = [[self.sp(f, within=content)["start"], self.sp(f, within=content)["end"]] for f in frags]
        if direct is None: direct = content.startswith('"') or content.startswith("\u201c")
        q.update({"direct": direct, "speaker": speaker, "speaker_start": ss, "speaker_end": ss + len(spk),
                  "speaker_text": self.text[ss:ss + len(spk)], "speaker_mentions": sorted([list(x) for x in ms])})
        if alt: q["speaker_alt"] = alt
        q.update({"role": role, "affiliation": aff, "anonymity": anon, "medium": medium})
        self.quotes.append(q)
    def A(self, span, counted, unit, quantity=None, low=None, high=None, qualifier=None, ps=None, pe=None,
          scope=None, claimant=None, after=None):
        s = self.sp(span, after=after) if after else self.sp(span)
        self.claims.append({"kind": "aggregate", **s, "claimant": claimant, "quantity": quantity, "low": low,
                            "high": high, "counted": counted, "unit": unit, "qualifier": qualifier,
                            "period_start": ps, "period_end": pe, "scope": scope})
    def C(self, span, cause, effect, driver=None, pol="+", hedged=False, claimant=None, after=None):
        s = self.sp(span, after=after) if after else self.sp(span)
        c = self.sp(cause, within=span) if not after else None
        if after:
            base = s["start"]; ci = span.find(cause); ei = span.find(effect)
            assert ci >= 0 and ei >= 0 and span.find(cause, ci + 1) < 0 and span.find(effect, ei + 1) < 0
            c = {"start": base + ci, "end": base + ci + len(cause), "text": cause}
            e = {"start": base + ei, "end": base + ei + len(effect), "text": effect}
        else:
            e = self.sp(effect, within=span)
        self.claims.append({"kind": "causal", **s, "claimant": claimant, "hedged": hedged, "cause": c,
                            "effect": e, "driver": driver, "polarity": pol})
    def check(self):
        t = self.text
        for e in self.events:
            for v in e["evidence"]: assert t[v["start"]:v["end"]] == v["text"]
        for q in self.quotes:
            assert t[q["start"]:q["end"]] == q["text"] and t[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
        for c in self.claims:
            assert t[c["start"]:c["end"]] == c["text"]
            if c["kind"] == "causal":
                for k in ("cause", "effect"):
                    assert t[c[k]["start"]:c[k]["end"]] == c[k]["text"]
                    assert c["start"] <= c[k]["start"] and c[k]["end"] <= c["end"]
        n = len(t.split()); assert 450 <= n <= 900, (self.id, n)
        return n

def write(docs, author):
    import os
    d = os.path.dirname(os.path.abspath(__file__))
    with open(f"{d}/{author}.docs.jsonl", "w") as f1, open(f"{d}/{author}.gold.jsonl", "w") as f2, \
         open(f"{d}/{author}.pred_selfcheck.jsonl", "w") as f3:
        for doc in docs:
            n = doc.check()
            print(doc.id, n, "words", len(doc.events), "ev", len(doc.quotes), "q",
                  sum(c["kind"] == "aggregate" for c in doc.claims), "agg", sum(c["kind"] == "causal" for c in doc.claims), "causal")
            f1.write(json.dumps({"id": doc.id, "title": doc.title, "published": doc.published, "text": doc.text}, ensure_ascii=False) + "\n")
            g = {"id": doc.id, "events": doc.events, "quotes": doc.quotes, "claims": doc.claims, "source": doc.source}
            f2.write(json.dumps(g, ensure_ascii=False) + "\n")
            p = {"id": doc.id, "events": doc.events, "quotes": doc.quotes, "claims": doc.claims}
            f3.write(json.dumps(p, ensure_ascii=False) + "\n")
