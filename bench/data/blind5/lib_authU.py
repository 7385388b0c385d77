import json, os, re, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_record import event_record

WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
def wd(pub, day):
    p = datetime.date.fromisoformat(pub)
    k = (p.weekday() - WD.index(day)) % 7
    return (p - datetime.timedelta(days=k)).isoformat()

def occ(text, s, word=False):
    if word:
        return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i); i = text.find(s, i + 1)
    return out

def find(text, s, after=None, within=None):
    base = 0
    if within is not None:
        w0, w1 = find(text, within)
        sub = text[w0:w1]
        o = occ(sub, s)
        assert len(o) == 1, ("within-not-unique", s, within, len(o))
        return (w0 + o[0], w0 + o[0] + len(s))
    if after is not None:
        a0, a1 = find(text, after)
        i = text.find(s, a0)
        assert i >= 0, ("not found after", s, after)
        return (i, i + len(s))
    o = occ(text, s)
    assert len(o) == 1, ("not unique", s, len(o))
    return (o[0], o[0] + len(s))

class Doc:
    def __init__(self, did, title, published, paras):
        self.id, self.title, self.pub = did, title, published
        self.text = "\n\n".join(p.strip() for p in paras)
        self.events, self.quotes, self.claims = [], [], []
    def span(self, s, **kw):
        a, b = find(self.text, s, **kw)
        return {"start": a, "end": b, "text": self.text[a:b]}
    def ev(self, evidence, **kw):
        evs = []
        for e in evidence:
            if isinstance(e, tuple):
                evs.append(self.span(e[0], **e[1]))
            else:
                evs.append(self.span(e))
        self.events.append(event_record(evidence=evs, country=self.country, **kw))
    def q(self, content, speaker, spk, anon, direct, mentions=(), role=None, aff=None, medium=None,
          after=None, frags=None, alt=None):
        a, b = find(self.text, content, after=after)
        # nearest occurrence of spk to content
        o = occ(self.text, spk, word=True)
        assert o, ("speaker not found", spk)
        s0 = min(o, key=lambda i: min(abs(i - a), abs(i - b)))
        rec = {"start": a, "end": b, "text": self.text[a:b]}
        if frags:
            fr = [list(find(self.text, f, after=after)) for f in frags]
            rec["fragments"] = fr
            rec["start"], rec["end"] = fr[0][0], fr[-1][1]
            rec["text"] = self.text[rec["start"]:rec["end"]]
        ms = [[s0, s0 + len(spk)]]
        for m in mentions:
            for i in occ(self.text, m, word=True):
                if [i, i + len(m)] not in ms:
                    ms.append([i, i + len(m)])
        ms.sort()
        rec.update({"direct": direct, "speaker": speaker, "speaker_start": s0, "speaker_end": s0 + len(spk),
                    "speaker_text": spk, "speaker_mentions": ms})
        if alt:
            rec["speaker_alt"] = alt
        rec.update({"role": role, "affiliation": aff, "anonymity": anon, "medium": medium})
        self.quotes.append(rec)
    def agg(self, s, counted, unit, quantity=None, low=None, high=None, qualifier=None, ps=None, pe=None,
            scope=None, claimant=None, after=None):
        sp = self.span(s, after=after)
        self.claims.append({"kind": "aggregate", **sp, "claimant": claimant, "quantity": quantity, "low": low,
                            "high": high, "counted": counted, "unit": unit, "qualifier": qualifier,
                            "period_start": ps, "period_end": pe, "scope": scope})
    def cz(self, s, cause, effect, driver=None, claimant=None, hedged=False, polarity="+", after=None):
        sp = self.span(s, after=after)
        c = self.span(cause, within=s) if after is None else None
        e = self.span(effect, within=s) if after is None else None
        if after is not None:
            ci = sp["text"].find(cause); ei = sp["text"].find(effect)
            assert ci >= 0 and ei >= 0
            c = {"start": sp["start"] + ci, "end": sp["start"] + ci + len(cause), "text": cause}
            e = {"start": sp["start"] + ei, "end": sp["start"] + ei + len(effect), "text": effect}
        self.claims.append({"kind": "causal", **sp, "claimant": claimant, "hedged": hedged, "cause": c,
                            "effect": e, "driver": driver, "polarity": polarity})
    def words(self):
        return len(self.text.split())

def write(docs, author):
    import os
    d = os.path.dirname(os.path.abspath(__file__))
    with open(f"{d}/{author}.docs.jsonl", "w") as f1, open(f"{d}/{author}.gold.jsonl", "w") as f2, \
         open(f"{d}/{author}.pred_selfcheck.jsonl", "w") as f3:
        for x in docs:
            t = x.text
            for e in x.events:
                for ev in e["evidence"]:
                    assert t[ev["start"]:ev["end"]] == ev["text"]
            for q in x.quotes:
                assert t[q["start"]:q["end"]] == q["text"] and t[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
            for c in x.claims:
                assert t[c["start"]:c["end"]] == c["text"]
                if c["kind"] == "causal":
                    for k in ("cause", "effect"):
                        assert t[c[k]["start"]:c[k]["end"]] == c[k]["text"]
                        assert c["start"] <= c[k]["start"] and c[k]["end"] <= c["end"]
            f1.write(json.dumps({"id": x.id, "title": x.title, "published": x.pub, "text": t}, ensure_ascii=False) + "\n")
            g = {"id": x.id, "events": x.events, "quotes": x.quotes, "claims": x.claims,
                 "source": {"author": author, "invented": True, "published": x.pub, "words": x.words()}}
            f2.write(json.dumps(g, ensure_ascii=False) + "\n")
            f3.write(json.dumps({"id": x.id, "events": x.events, "quotes": x.quotes, "claims": x.claims}, ensure_ascii=False) + "\n")
            print(x.id, x.words(), "words", len(x.events), "ev", len(x.quotes), "q",
                  sum(c["kind"] == "aggregate" for c in x.claims), "agg", sum(c["kind"] == "causal" for c in x.claims), "cz")
