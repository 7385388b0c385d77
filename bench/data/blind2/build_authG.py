#!/usr/bin/env python3
"""authG: authored (fictional, our own writing) analytical / roundup reports on political violence, with gold
annotated by ../../../shared/data/reports/GUIDE.md. Every offset is computed here from unique substrings and
asserted. Writes authG.docs.jsonl and authG.gold.jsonl next to this script."""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_record import event_record  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVERS = {"security posture/deployment", "leadership/command change", "pandemic/lockdown",
           "economic hardship/unemployment", "displacement/camps/reintegration", "terrain/safe havens",
           "governance/corruption", "sectarian grievance", "external support", None}
DOCS = []


class Doc:
    def __init__(self, did, published, title, text, url=None):
        self.id, self.published, self.title, self.t, self.url = did, published, title, text, url
        self.events, self.quotes, self.claims = [], [], []
        n = len(text.split())
        assert 350 <= n <= 900, (did, n)
        DOCS.append(self)

    def sp(self, s, ctx=None, base=None):
        """(start, end) of s: unique in the text, or the first word-bounded occurrence inside the unique
        context string ctx, or inside the span base=(start, end)."""
        t = self.t
        if base is not None:
            lo, hi = base
        elif ctx is None:
            assert t.count(s) == 1, (self.id, "not unique", s, t.count(s))
            lo, hi = 0, len(t)
        else:
            assert t.count(ctx) == 1, (self.id, "ctx not unique", ctx, t.count(ctx))
            lo = t.index(ctx)
            hi = lo + len(ctx)
        i = t.find(s, lo, hi)
        while i >= 0:
            ok = not (s[0].isalnum() and i > 0 and t[i - 1].isalnum()) and \
                not (s[-1].isalnum() and i + len(s) < len(t) and t[i + len(s)].isalnum())
            if ok:
                break
            i = t.find(s, i + 1, hi)
        assert i >= 0, (self.id, "not found (word-bounded)", s, ctx, base)
        assert t[i:i + len(s)] == s
        return i, i + len(s)

    def _sp(self, x, base=None):
        if isinstance(x, tuple):
            return self.sp(x[0], x[1])
        return self.sp(x, base=base)

    def span(self, x, base=None):
        s, e = self._sp(x, base)
        return {"start": s, "end": e, "text": self.t[s:e]}

    def ev(self, evidence, **kw):
        d = datetime.date.fromisoformat(kw["date"])
        p = datetime.date.fromisoformat(self.published)
        assert 0 <= (p - d).days <= 7, (self.id, kw["date"])
        self.events.append(event_record(evidence=[self.span(x) for x in evidence], **kw))

    def q(self, content, speaker, spk, mentions=(), anon="named", role=None, affil=None, medium=None,
          alt=None, frags=None, direct=None):
        s, e = self._sp(content)
        ss, se = self._sp(spk)
        ms = [[ss, se]] + [list(self._sp(m)) for m in mentions]
        text = self.t[s:e]
        if direct is None:  # a direct quote, or one segment of it (an odd number of quotation marks)
            direct = text.startswith('"') or text.count('"') % 2 == 1
        r = {"start": s, "end": e, "text": text}
        if frags:
            r["fragments"] = [list(self._sp(f)) for f in frags]
            for a, b in r["fragments"]:
                assert s <= a < b <= e
        r.update({"direct": direct, "speaker": speaker, "speaker_start": ss, "speaker_end": se,
                  "speaker_text": self.t[ss:se], "speaker_mentions": ms})
        if alt:
            r["speaker_alt"] = alt
        assert anon in ("named", "unnamed official", "anonymous", "pseudonym")
        r.update({"role": role, "affiliation": affil, "anonymity": anon, "medium": medium})
        self.quotes.append(r)

    def agg(self, span, counted, unit, quantity=None, low=None, high=None, qualifier=None, ps=None, pe=None,
            scope=None, claimant=None):
        s, e = self._sp(span)
        assert quantity is not None or (low is not None and high is not None)
        self.claims.append({"kind": "aggregate", "start": s, "end": e, "text": self.t[s:e], "claimant": claimant,
                            "quantity": quantity, "low": low, "high": high, "counted": counted, "unit": unit,
                            "qualifier": qualifier, "period_start": ps, "period_end": pe, "scope": scope})

    def cau(self, span, cause, effect, driver=None, pol="+", hedged=False, claimant=None):
        assert driver in DRIVERS, driver
        s, e = self._sp(span)
        self.claims.append({"kind": "causal", "start": s, "end": e, "text": self.t[s:e], "claimant": claimant,
                            "hedged": hedged, "cause": self.span(cause, base=(s, e)),
                            "effect": self.span(effect, base=(s, e)), "driver": driver, "polarity": pol})

    def doc_line(self):
        d = {"id": self.id, "text": self.t, "published": self.published, "title": self.title}
        if self.url:
            d["url"] = self.url
        return d

    def gold_line(self):
        self.claims.sort(key=lambda c: (c["start"], c["end"]))
        self.quotes.sort(key=lambda q: (q["start"], q["end"]))
        return {"id": self.id, "events": self.events, "quotes": self.quotes, "claims": self.claims,
                "source": {"author": "authG", "kind": "authored fictional report", "published": self.published}}


# ---------------------------------------------------------------------------------------------------------
# authG-01  Reuters-style wire, central Mali, with UN figures (2 events)
T = """BAMAKO (Reuters) - Gunmen killed at least 11 villagers in an attack on Monday on Gondoga, a Dogon village near the town of Bankass in central Mali's Mopti region, local officials said, the latest in a cycle of ethnic reprisals that the United Nations says has killed hundreds of civilians this year.

The attackers arrived on motorbikes shortly before dusk, set fire to granaries and shot people as they fled, said Moussa Guindo, the mayor of the rural commune that includes the village. "They came from the bush on about thirty motorcycles and fired at anyone who ran," Guindo told Reuters by telephone. "We have buried eleven people, and three children are still missing."

A security source in Mopti put the toll at 14 dead, including the three children, whose bodies he said were found on Tuesday in a burned hut.

Separately, the army said its troops killed seven militants late on Sunday in a clash near Macina, in the Segou region, after gunmen ambushed a patrol on the road to Diafarabe. One soldier was wounded, the army said in a statement.

No group claimed Monday's attack. Dogon villages have been hit repeatedly since a Dogon hunters' militia, Dan Na Ambassagou, was accused of massacring about 160 Fulani herders in Ogossagou in March. The militia has denied any role in that massacre.

Violence in central Mali has killed more than 600 civilians since January, according to the U.N. peacekeeping mission, MINUSMA, and the number of people displaced in the Mopti and Segou regions has risen to around 120,000, up from 50,000 a year ago.

Jihadists linked to al Qaeda who moved into central Mali in 2015 have recruited heavily among young Fulani herders, many of whom say they joined because soldiers and Dogon militias treat every Fulani man as a jihadist.

"The state has withdrawn from most of the countryside, and that vacuum allowed both the jihadists and the militias to become the real authorities," said Aminata Kone-Traore, a researcher at a Bamako-based policy institute. "When there is no gendarme and no judge, people settle their disputes with guns."

Kone-Traore estimated that the Katiba Macina, the main jihadist group in the centre, has between 2,000 and 3,000 fighters. Drought and a collapse in cattle prices have deepened poverty among herders, which has fuelled recruitment, she said.

Mahamadou Keita, the governor of Mopti region, who visited Bankass on Tuesday, said the government would send 1,000 additional troops to the centre and disarm all militias by the end of the year. "We will not leave a single village without protection," Keita said.

Critics say similar promises made after the Ogossagou massacre were never kept, in part because the army is stretched thin across a country twice the size of France. Soldiers deployed in the centre are too few to patrol the vast floodplain of the Niger river, and the seasonal marshes have allowed the militants to hide from patrols, two officers told Reuters.

A MINUSMA spokesman said the mission had flown an additional helicopter to Mopti to monitor the area. "Our patrols alone cannot protect every village," he said.

The attack came amid rising tension ahead of the rainy season, when herders and farmers traditionally negotiate access to pasture. If the talks fail, community leaders fear, the killing could spread to the Segou region.
"""
D = Doc("authG-01", "2019-06-12", "Gunmen kill at least 11 in central Mali village as UN counts hundreds dead this year", T)
D.ev(["Gunmen killed at least 11 villagers in an attack on Monday on Gondoga, a Dogon village near the town of Bankass in central Mali's Mopti region",
      "A security source in Mopti put the toll at 14 dead"],
     date="2019-06-10", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Mali)",
     actor1_alt=["Katiba Macina", "Fulani Ethnic Militia (Mali)"], actor2="Civilians (Mali)", country="Mali",
     admin1="Mopti", admin2="Bankass", location="Gondoga", location_alt=["Bankass"], lat=14.078, lon=-3.52, prec=2,
     fatalities=11, fatalities_note="local officials / mayor: at least 11; a security source: 14 -> most conservative 11",
     note="village near Bankass; coordinates of Bankass")
D.ev(["the army said its troops killed seven militants late on Sunday in a clash near Macina, in the Segou region, after gunmen ambushed a patrol on the road to Diafarabe"],
     date="2019-06-09", etype="Battles", sub="Armed clash", actor1="Military Forces of Mali (2013-2020)",
     actor2="Unidentified Armed Group (Mali)", country="Mali", admin1="Segou", admin1_alt=["Ségou", "Segou Region"],
     admin2="Macina", location="Macina", lat=13.96, lon=-5.36, prec=2, fatalities=7, injured=1)
# quotes
D.q("Gunmen killed at least 11 villagers in an attack on Monday on Gondoga, a Dogon village near the town of Bankass in central Mali's Mopti region",
    "local officials", "local officials", anon="unnamed official")
D.q("has killed hundreds of civilians this year", "United Nations", ("the United Nations", "that the United Nations says"))
D.q("The attackers arrived on motorbikes shortly before dusk, set fire to granaries and shot people as they fled",
    "Moussa Guindo", "Moussa Guindo", mentions=[("Guindo", "Guindo told Reuters")], role="mayor",
    affil="rural commune")
D.q('"They came from the bush on about thirty motorcycles and fired at anyone who ran,"', "Moussa Guindo",
    ("Guindo", "Guindo told Reuters"), mentions=["Moussa Guindo"], role="mayor", medium="telephone")
D.q('"We have buried eleven people, and three children are still missing."', "Moussa Guindo",
    ("Guindo", "Guindo told Reuters"), mentions=["Moussa Guindo"], role="mayor", medium="telephone")
D.q("the toll at 14 dead, including the three children", "A security source in Mopti", "A security source in Mopti",
    anon="unnamed official")
D.q("were found on Tuesday in a burned hut", "A security source in Mopti", ("he", "whose bodies he said"),
    mentions=["A security source in Mopti"], anon="unnamed official")
D.q("its troops killed seven militants late on Sunday in a clash near Macina, in the Segou region, after gunmen ambushed a patrol on the road to Diafarabe",
    "the army", ("the army", "Separately, the army said"), mentions=[("the army", "the army said in a statement")],
    anon="named", affil="Military Forces of Mali")
D.q("One soldier was wounded", "the army", ("the army", "the army said in a statement"),
    mentions=[("the army", "Separately, the army said")], affil="Military Forces of Mali", medium="statement")
D.q("any role in that massacre", "Dan Na Ambassagou", ("The militia", "The militia has denied"),
    mentions=[("Dan Na Ambassagou", "militia, Dan Na Ambassagou")])
D.q("Violence in central Mali has killed more than 600 civilians since January", "MINUSMA",
    ("the U.N. peacekeeping mission, MINUSMA", "according to the U.N. peacekeeping mission, MINUSMA"),
    alt=["U.N. peacekeeping mission"])
D.q("they joined because soldiers and Dogon militias treat every Fulani man as a jihadist",
    "many of whom", ("many of whom", "many of whom say"), anon="anonymous", role="young Fulani herders")
D.q('"The state has withdrawn from most of the countryside, and that vacuum allowed both the jihadists and the militias to become the real authorities,"',
    "Aminata Kone-Traore", "Aminata Kone-Traore",
    mentions=[("Kone-Traore", "Kone-Traore estimated"), ("she", "she said.")], role="researcher",
    affil="Bamako-based policy institute")
D.q('"When there is no gendarme and no judge, people settle their disputes with guns."', "Aminata Kone-Traore",
    "Aminata Kone-Traore", mentions=[("Kone-Traore", "Kone-Traore estimated")], role="researcher")
D.q("the Katiba Macina, the main jihadist group in the centre, has between 2,000 and 3,000 fighters",
    "Aminata Kone-Traore", ("Kone-Traore", "Kone-Traore estimated"), mentions=["Aminata Kone-Traore"],
    role="researcher")
D.q("Drought and a collapse in cattle prices have deepened poverty among herders, which has fuelled recruitment",
    "Aminata Kone-Traore", ("she", "she said."), mentions=["Aminata Kone-Traore", ("Kone-Traore", "Kone-Traore estimated")],
    role="researcher")
D.q("the government would send 1,000 additional troops to the centre and disarm all militias by the end of the year",
    "Mahamadou Keita", "Mahamadou Keita", mentions=[("Keita", "Keita said")], role="governor of Mopti region")
D.q('"We will not leave a single village without protection,"', "Mahamadou Keita", ("Keita", "Keita said"),
    mentions=["Mahamadou Keita"], role="governor of Mopti region")
D.q("similar promises made after the Ogossagou massacre were never kept, in part because the army is stretched thin across a country twice the size of France",
    "Critics", "Critics", anon="anonymous")
D.q("Soldiers deployed in the centre are too few to patrol the vast floodplain of the Niger river, and the seasonal marshes have allowed the militants to hide from patrols",
    "two officers", "two officers", anon="unnamed official")
D.q("the mission had flown an additional helicopter to Mopti to monitor the area", "A MINUSMA spokesman",
    "A MINUSMA spokesman", mentions=[("he", 'village," he said')], anon="unnamed official", affil="MINUSMA")
D.q('"Our patrols alone cannot protect every village,"', "A MINUSMA spokesman", ("he", 'village," he said'),
    mentions=["A MINUSMA spokesman"], anon="unnamed official", affil="MINUSMA")
# claims
D.agg("Violence in central Mali has killed more than 600 civilians since January", "civilians killed", "people",
      quantity=600, low=600, qualifier="more than", ps="2019-01-01", pe="2019-06-12", scope="central Mali",
      claimant="MINUSMA")
D.agg("the number of people displaced in the Mopti and Segou regions has risen to around 120,000",
      "displaced people", "people", quantity=120000, qualifier="around", pe="2019-06-12",
      scope="Mopti and Segou regions", claimant="MINUSMA")
D.agg("up from 50,000 a year ago", "displaced people", "people", quantity=50000, pe="2018-06-12",
      scope="Mopti and Segou regions", claimant="MINUSMA")
D.agg("the Katiba Macina, the main jihadist group in the centre, has between 2,000 and 3,000 fighters", "fighters",
      "fighters", low=2000, high=3000, scope="Katiba Macina, central Mali", claimant="Aminata Kone-Traore")
D.cau("many of whom say they joined because soldiers and Dogon militias treat every Fulani man as a jihadist",
      "soldiers and Dogon militias treat every Fulani man as a jihadist", "they joined", driver="sectarian grievance",
      claimant="young Fulani herders")
D.cau("The state has withdrawn from most of the countryside, and that vacuum allowed both the jihadists and the militias to become the real authorities",
      "The state has withdrawn from most of the countryside", "both the jihadists and the militias to become the real authorities",
      driver="governance/corruption", claimant="Aminata Kone-Traore")
D.cau("Drought and a collapse in cattle prices have deepened poverty among herders, which has fuelled recruitment",
      "Drought and a collapse in cattle prices have deepened poverty among herders", "recruitment",
      driver="economic hardship/unemployment", claimant="Aminata Kone-Traore")
D.cau("similar promises made after the Ogossagou massacre were never kept, in part because the army is stretched thin across a country twice the size of France",
      "the army is stretched thin", "similar promises made after the Ogossagou massacre were never kept",
      driver="security posture/deployment", claimant="Critics")
D.cau("the seasonal marshes have allowed the militants to hide from patrols", "the seasonal marshes", "the militants to hide from patrols",
      driver="terrain/safe havens", claimant="two officers")

# ---------------------------------------------------------------------------------------------------------
# authG-02  think-tank style analysis, Lake Chad basin after Shekau's death (no event)
T = """ANALYSIS: After Shekau, ISWAP redraws the jihadist map of the Lake Chad basin

By Chidinma Okafor, senior analyst

Nearly two months after Abubakar Shekau, the leader of Boko Haram, blew himself up rather than surrender to fighters of the rival Islamic State West Africa Province (ISWAP) in the Sambisa forest, the balance of power in north-east Nigeria has shifted faster than most observers expected.

ISWAP, which split from Boko Haram in 2016, now commands between 3,500 and 5,000 fighters, according to the latest report of the UN Security Council's sanctions monitoring team, against perhaps 1,500 who remain loyal to what is left of Shekau's faction.

Since Shekau's death, the Nigerian army says, more than 1,000 Boko Haram fighters and their relatives have surrendered in Borno state, many of them passing through screening camps in Bama and Maiduguri.

"Shekau's death removed the one man who held that faction together, and the leadership vacuum prompted hundreds of his commanders to choose between ISWAP and surrender," said Hauwa Mustapha-Bello, a conflict researcher based in Maiduguri. "Many chose surrender because they feared ISWAP would execute them."

ISWAP has meanwhile tightened its grip on the shores and islands of Lake Chad, where the marshes and a maze of papyrus channels have allowed its fighters to evade air strikes for years.

Unlike Shekau, who terrorised Muslims and Christians alike, ISWAP levies taxes on fishermen and herders, digs wells and settles disputes. Several analysts argue that this approach has helped the group win a measure of acceptance in areas the state abandoned long ago.

The army's own strategy has also played a part. Since 2019 it has pulled troops out of dozens of small bases into fortified "super camps", a move intended to reduce the losses it suffered when isolated outposts were overrun. Residents and aid workers say the withdrawal allowed the militants to roam rural roads and farmland, where they now stop vehicles and abduct travellers.

Brigadier General Musa Danjuma, a spokesman for the army's Operation Hadin Kai, rejects that criticism. "The super camps have made our troops more mobile, not less," he told reporters in Maiduguri last week. "Attacks on our formations have fallen since we concentrated our forces."

The human cost of the 12-year insurgency remains staggering. The conflict has killed more than 35,000 people directly in north-east Nigeria since 2009, and about 2 million people remain displaced in Borno, Adamawa and Yobe states, according to the United Nations. The UN Development Programme estimated last month that, counting deaths from hunger and disease, the toll had reached nearly 350,000 by the end of 2020.

The camps themselves are part of the problem. In Maiduguri's overcrowded camps, where many families have lived for six years, joblessness and cuts in food rations have pushed some young men back towards the armed groups, said Ibrahim Gana, who runs a local relief organisation. "A boy with no work and no food for his mother is easy to recruit," he said.

The Borno state government's plan to close the camps and resettle families in their home towns has raised fears that returnees will be exposed to ISWAP raids in places where there are still no soldiers. The governor's office says 11 towns have been rebuilt and resettled since last year, but aid agencies say several of them are empty after dark, when residents walk back to garrison towns to sleep.

Across the borders, the picture is mixed. Niger and Cameroon, whose troops make up much of the Multinational Joint Task Force, say joint operations on the lake have killed hundreds of fighters this year, figures that cannot be independently verified. Chad, whose soldiers led a large offensive on the islands last year, has since redeployed part of its contingent to the Sahel.

"ISWAP is not stronger because it is larger, it is stronger because it behaves like a government where there is none," said Mustapha-Bello. In her view, the question is not whether ISWAP will try to absorb Shekau's men, but whether the Nigerian state can offer them something better.
"""
D = Doc("authG-02", "2021-07-14", "After Shekau, ISWAP redraws the jihadist map of the Lake Chad basin", T)
D.q("ISWAP, which split from Boko Haram in 2016, now commands between 3,500 and 5,000 fighters",
    "UN Security Council's sanctions monitoring team",
    "the latest report of the UN Security Council's sanctions monitoring team",
    alt=["UN Security Council sanctions monitoring team"])
D.q("Since Shekau's death, the Nigerian army says, more than 1,000 Boko Haram fighters and their relatives have surrendered in Borno state, many of them passing through screening camps in Bama and Maiduguri",
    "Nigerian Army", ("the Nigerian army", "the Nigerian army says"), affil="Nigerian Army",
    frags=["Since Shekau's death",
           "more than 1,000 Boko Haram fighters and their relatives have surrendered in Borno state, many of them passing through screening camps in Bama and Maiduguri"])
D.q('"Shekau\'s death removed the one man who held that faction together, and the leadership vacuum prompted hundreds of his commanders to choose between ISWAP and surrender,"',
    "Hauwa Mustapha-Bello", "Hauwa Mustapha-Bello", mentions=[("Mustapha-Bello", 'said Mustapha-Bello.')],
    role="conflict researcher")
D.q('"Many chose surrender because they feared ISWAP would execute them."', "Hauwa Mustapha-Bello",
    "Hauwa Mustapha-Bello", mentions=[("Mustapha-Bello", 'said Mustapha-Bello.')], role="conflict researcher")
D.q("this approach has helped the group win a measure of acceptance in areas the state abandoned long ago",
    "Several analysts", "Several analysts", anon="anonymous")
D.q("the withdrawal allowed the militants to roam rural roads and farmland, where they now stop vehicles and abduct travellers",
    "Residents and aid workers", "Residents and aid workers", anon="anonymous")
D.q('"The super camps have made our troops more mobile, not less,"', "Musa Danjuma", ("he", "he told reporters in Maiduguri"),
    mentions=["Brigadier General Musa Danjuma"], role="army spokesman", affil="Operation Hadin Kai")
D.q('"Attacks on our formations have fallen since we concentrated our forces."', "Musa Danjuma",
    ("he", "he told reporters in Maiduguri"), mentions=["Brigadier General Musa Danjuma"], role="army spokesman",
    affil="Operation Hadin Kai")
D.q("The conflict has killed more than 35,000 people directly in north-east Nigeria since 2009, and about 2 million people remain displaced in Borno, Adamawa and Yobe states",
    "United Nations", ("the United Nations", "according to the United Nations."))
D.q("counting deaths from hunger and disease, the toll had reached nearly 350,000 by the end of 2020",
    "UN Development Programme", "The UN Development Programme")
D.q("joblessness and cuts in food rations have pushed some young men back towards the armed groups",
    "Ibrahim Gana", "Ibrahim Gana", mentions=[("he", 'recruit," he said')], role="head of a local relief organisation")
D.q('"A boy with no work and no food for his mother is easy to recruit,"', "Ibrahim Gana", ("he", 'recruit," he said'),
    mentions=["Ibrahim Gana"], role="head of a local relief organisation")
D.q("11 towns have been rebuilt and resettled since last year", "The governor's office", "The governor's office",
    anon="unnamed official", affil="Borno state government")
D.q("several of them are empty after dark, when residents walk back to garrison towns to sleep", "aid agencies",
    ("aid agencies", "but aid agencies say"), anon="anonymous")
D.q("joint operations on the lake have killed hundreds of fighters this year", "Niger and Cameroon",
    "Niger and Cameroon, whose troops make up much of the Multinational Joint Task Force")
D.q('"ISWAP is not stronger because it is larger, it is stronger because it behaves like a government where there is none,"',
    "Hauwa Mustapha-Bello", ("Mustapha-Bello", 'said Mustapha-Bello.'), mentions=["Hauwa Mustapha-Bello"],
    role="conflict researcher")
D.q("the question is not whether ISWAP will try to absorb Shekau's men, but whether the Nigerian state can offer them something better",
    "Hauwa Mustapha-Bello", ("her", "In her view"), mentions=["Hauwa Mustapha-Bello", ("Mustapha-Bello", 'said Mustapha-Bello.')],
    role="conflict researcher")
# aggregates
D.agg("ISWAP, which split from Boko Haram in 2016, now commands between 3,500 and 5,000 fighters", "fighters", "fighters",
      low=3500, high=5000, pe="2021-07-14", scope="ISWAP", claimant="UN Security Council's sanctions monitoring team")
D.agg("against perhaps 1,500 who remain loyal to what is left of Shekau's faction", "fighters", "fighters",
      quantity=1500, qualifier="perhaps", pe="2021-07-14", scope="Shekau's Boko Haram faction",
      claimant="UN Security Council's sanctions monitoring team")
D.agg("more than 1,000 Boko Haram fighters and their relatives have surrendered in Borno state", "surrendered fighters and relatives",
      "people", quantity=1000, low=1000, qualifier="more than", ps="2021-05-20", pe="2021-07-14", scope="Borno state",
      claimant="Nigerian Army")
D.agg("The conflict has killed more than 35,000 people directly in north-east Nigeria since 2009", "people killed", "people",
      quantity=35000, low=35000, qualifier="more than", ps="2009-01-01", pe="2021-07-14", scope="north-east Nigeria",
      claimant="United Nations")
D.agg("about 2 million people remain displaced in Borno, Adamawa and Yobe states", "displaced people", "people",
      quantity=2000000, qualifier="about", pe="2021-07-14", scope="Borno, Adamawa and Yobe states", claimant="United Nations")
D.agg("the toll had reached nearly 350,000 by the end of 2020", "deaths including hunger and disease", "people",
      quantity=350000, high=350000, qualifier="nearly", pe="2020-12-31", scope="north-east Nigeria",
      claimant="UN Development Programme")
D.agg("11 towns have been rebuilt and resettled since last year", "towns resettled", "towns", quantity=11,
      ps="2020-01-01", pe="2021-07-14", scope="Borno state", claimant="The governor's office")
# causal
D.cau("Shekau's death removed the one man who held that faction together, and the leadership vacuum prompted hundreds of his commanders to choose between ISWAP and surrender",
      "the leadership vacuum", "hundreds of his commanders to choose between ISWAP and surrender",
      driver="leadership/command change", claimant="Hauwa Mustapha-Bello")
D.cau("Many chose surrender because they feared ISWAP would execute them", "they feared ISWAP would execute them",
      "Many chose surrender", claimant="Hauwa Mustapha-Bello")
D.cau("where the marshes and a maze of papyrus channels have allowed its fighters to evade air strikes for years",
      "the marshes and a maze of papyrus channels", "its fighters to evade air strikes", driver="terrain/safe havens")
D.cau("this approach has helped the group win a measure of acceptance in areas the state abandoned long ago",
      "this approach", "the group win a measure of acceptance", driver="governance/corruption",
      claimant="Several analysts")
D.cau("the withdrawal allowed the militants to roam rural roads and farmland", "the withdrawal",
      "the militants to roam rural roads and farmland", driver="security posture/deployment",
      claimant="Residents and aid workers")
D.cau("The super camps have made our troops more mobile, not less", "The super camps", "our troops more mobile",
      driver="security posture/deployment", claimant="Musa Danjuma")
D.cau("joblessness and cuts in food rations have pushed some young men back towards the armed groups",
      "joblessness and cuts in food rations", "some young men back towards the armed groups",
      driver="economic hardship/unemployment", claimant="Ibrahim Gana")
D.cau("The Borno state government's plan to close the camps and resettle families in their home towns has raised fears that returnees will be exposed to ISWAP raids",
      "The Borno state government's plan to close the camps and resettle families in their home towns",
      "fears that returnees will be exposed to ISWAP raids", driver="displacement/camps/reintegration")
D.cau("ISWAP is not stronger because it is larger, it is stronger because it behaves like a government where there is none",
      "it behaves like a government where there is none", "it is stronger", driver="governance/corruption",
      claimant="Hauwa Mustapha-Bello")

# ---------------------------------------------------------------------------------------------------------
# authG-03  AFP-style wire, Somalia offensive against al-Shabaab (2 events)
T = """MOGADISHU, Oct 5 (AFP) - Somali government forces backed by clan militias recaptured the town of Moqokori in central Hiiraan region on Sunday, officials said, the latest in a string of gains in an offensive against Al-Shabaab that began in August.

"Al-Shabaab fighters pulled out before our troops entered, and the people came out to welcome us," said Abdullahi Hassan Warsame, a commander of the local Macawisley militia, speaking by phone from the town. No casualties were reported.

On Tuesday, a suicide bomber drove an explosives-laden car into a checkpoint at the entrance of an army base on the edge of Jowhar, about 90 kilometres (55 miles) north of Mogadishu, killing at least six soldiers, a police officer in the town told AFP. The toll later rose to nine, a hospital official said. Al-Shabaab, in a statement carried by its Andalus radio, claimed it had killed 23 "apostate soldiers".

Government forces and allied militias have retaken more than 40 towns and villages in Hiiraan and Middle Shabelle since the offensive began, according to the information ministry, though some were later abandoned and reoccupied by the jihadists.

The uprising started in Hiiraan in June, when clan elders took up arms because Al-Shabaab kept demanding livestock and cash in "zakat" taxes even as the worst drought in four decades wiped out their herds, residents say. The drought has displaced more than one million Somalis this year, according to the United Nations.

"They took our camels when our children were already hungry," said Halima Osman, a mother of six who fled to a camp outside Beledweyne. "People had nothing left to lose."

Washington has also stepped up air strikes in support of the offensive, which Somali officials say has helped troops advance into areas they had not entered in over a decade. The US Africa Command said one strike near Bulobarde last week killed 27 Al-Shabaab fighters, a figure that could not be independently verified.

Al-Shabaab, which US officials estimate has between 7,000 and 12,000 fighters, still controls much of rural southern and central Somalia. It has responded to the uprising by blowing up water wells and burning villages in retaliation for their support for the government, according to aid groups working in the region.

"The clans have succeeded where the army failed for years, but Shabaab still has safe havens in the Jubba valley, and those forests allowed it to survive every offensive since 2011," said Omar Mahmoud Ali, a Nairobi-based security analyst. He warned that the gains could be reversed once the rains return and the militias go back to their herds.

Somalia's international partners are watching closely. The African Union mission, now known as ATMIS, is due to cut 2,000 troops by the end of the year under a timetable agreed with the United Nations, and Western diplomats say the drawdown could leave the army exposed.

Interior Minister Ahmed Farah Mohamed, speaking at a news conference in Mogadishu on Wednesday, said the government would not repeat the mistakes of past offensives. "This time we are holding the towns we take, with the help of the people who live there," Mohamed said.

The offensive has not been free of setbacks. After Al-Shabaab fighters retook two villages near Adan Yabaal in September, militia leaders accused the army of withdrawing without warning. The army denied abandoning its positions.
"""
D = Doc("authG-03", "2022-10-05", "Somali forces retake Hiiraan town as suicide car bomb hits base in Jowhar", T)
D.ev(["Somali government forces backed by clan militias recaptured the town of Moqokori in central Hiiraan region on Sunday",
      "Al-Shabaab fighters pulled out before our troops entered", "No casualties were reported."],
     date="2022-10-02", etype="Battles", sub="Government regains territory", actor1="Military Forces of Somalia (2022-)",
     actor1_alt=["Macawisley Militia"], actor2="Al Shabaab", country="Somalia", admin1="Hiraan",
     admin1_alt=["Hiiraan", "Hiran"], location="Moqokori", location_alt=["Mooqokori", "Moqakori"], prec=1, fatalities=0)
D.ev(["a suicide bomber drove an explosives-laden car into a checkpoint at the entrance of an army base on the edge of Jowhar, about 90 kilometres (55 miles) north of Mogadishu, killing at least six soldiers",
      "The toll later rose to nine", "claimed it had killed 23"],
     date="2022-10-04", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Al Shabaab",
     actor2="Military Forces of Somalia (2022-)", country="Somalia", admin1="Middle Shabelle",
     admin1_alt=["Middle Shebelle", "Shabeellaha Dhexe"], admin2="Jowhar", location="Jowhar", lat=2.7809, lon=45.5005,
     prec=2, fatalities=9, fatalities_note="police: at least 6, updated by hospital official to 9; Al-Shabaab claim 23 -> 9")
D.q("Somali government forces backed by clan militias recaptured the town of Moqokori in central Hiiraan region on Sunday",
    "officials", ("officials", "on Sunday, officials said"), anon="unnamed official")
D.q('"Al-Shabaab fighters pulled out before our troops entered, and the people came out to welcome us,"',
    "Abdullahi Hassan Warsame", "Abdullahi Hassan Warsame", role="militia commander", affil="Macawisley militia",
    medium="phone")
D.q("a suicide bomber drove an explosives-laden car into a checkpoint at the entrance of an army base on the edge of Jowhar, about 90 kilometres (55 miles) north of Mogadishu, killing at least six soldiers",
    "a police officer in the town", "a police officer in the town", anon="unnamed official", medium="AFP")
D.q("The toll later rose to nine", "a hospital official", "a hospital official", anon="unnamed official")
D.q('it had killed 23 "apostate soldiers"', "Al Shabaab", ("Al-Shabaab", "Al-Shabaab, in a statement carried"),
    medium="Andalus radio")
D.q("Government forces and allied militias have retaken more than 40 towns and villages in Hiiraan and Middle Shabelle since the offensive began",
    "information ministry", "the information ministry", affil="Somali government")
D.q("The uprising started in Hiiraan in June, when clan elders took up arms because Al-Shabaab kept demanding livestock and cash in \"zakat\" taxes even as the worst drought in four decades wiped out their herds",
    "residents", ("residents", "residents say."), anon="anonymous")
D.q("The drought has displaced more than one million Somalis this year", "United Nations",
    ("the United Nations", "according to the United Nations.\n"))
D.q('"They took our camels when our children were already hungry,"', "Halima Osman", "Halima Osman",
    role="displaced mother of six")
D.q('"People had nothing left to lose."', "Halima Osman", "Halima Osman", role="displaced mother of six")
D.q("has helped troops advance into areas they had not entered in over a decade", "Somali officials", "Somali officials",
    anon="unnamed official")
D.q("one strike near Bulobarde last week killed 27 Al-Shabaab fighters", "US Africa Command", "The US Africa Command")
D.q("has between 7,000 and 12,000 fighters", "US officials", "US officials", anon="unnamed official")
D.q("It has responded to the uprising by blowing up water wells and burning villages in retaliation for their support for the government",
    "aid groups working in the region", "aid groups working in the region", anon="anonymous")
D.q('"The clans have succeeded where the army failed for years, but Shabaab still has safe havens in the Jubba valley, and those forests allowed it to survive every offensive since 2011,"',
    "Omar Mahmoud Ali", "Omar Mahmoud Ali", mentions=[("He", "He warned")], role="security analyst")
D.q("the gains could be reversed once the rains return and the militias go back to their herds", "Omar Mahmoud Ali",
    ("He", "He warned"), mentions=["Omar Mahmoud Ali"], role="security analyst")
D.q("the drawdown could leave the army exposed", "Western diplomats", "Western diplomats", anon="unnamed official")
D.q("the government would not repeat the mistakes of past offensives", "Ahmed Farah Mohamed",
    "Interior Minister Ahmed Farah Mohamed", mentions=[("Mohamed", 'Mohamed said.')], role="Interior Minister")
D.q('"This time we are holding the towns we take, with the help of the people who live there,"', "Ahmed Farah Mohamed",
    ("Mohamed", 'Mohamed said.'), mentions=["Interior Minister Ahmed Farah Mohamed"], role="Interior Minister")
D.q("the army of withdrawing without warning", "militia leaders", "militia leaders", anon="unnamed official")
D.q("abandoning its positions", "The army", ("The army", "The army denied"), affil="Military Forces of Somalia")
D.agg("Government forces and allied militias have retaken more than 40 towns and villages in Hiiraan and Middle Shabelle since the offensive began",
      "towns and villages retaken", "towns and villages", quantity=40, low=40, qualifier="more than", ps="2022-08-01",
      pe="2022-10-05", scope="Hiiraan and Middle Shabelle", claimant="information ministry")
D.agg("The drought has displaced more than one million Somalis this year", "displaced people", "people",
      quantity=1000000, low=1000000, qualifier="more than", ps="2022-01-01", pe="2022-10-05", scope="Somalia",
      claimant="United Nations")
D.agg("Al-Shabaab, which US officials estimate has between 7,000 and 12,000 fighters", "fighters", "fighters",
      low=7000, high=12000, scope="Al-Shabaab", claimant="US officials")
D.cau("clan elders took up arms because Al-Shabaab kept demanding livestock and cash in \"zakat\" taxes even as the worst drought in four decades wiped out their herds",
      "Al-Shabaab kept demanding livestock and cash in \"zakat\" taxes even as the worst drought in four decades wiped out their herds",
      "clan elders took up arms", driver="economic hardship/unemployment", claimant="residents")
D.cau("Washington has also stepped up air strikes in support of the offensive, which Somali officials say has helped troops advance into areas they had not entered in over a decade",
      "Washington has also stepped up air strikes in support of the offensive", "troops advance into areas they had not entered in over a decade",
      driver="external support", claimant="Somali officials")
D.cau("It has responded to the uprising by blowing up water wells and burning villages in retaliation for their support for the government",
      "their support for the government", "blowing up water wells and burning villages", claimant="aid groups working in the region")
D.cau("Shabaab still has safe havens in the Jubba valley, and those forests allowed it to survive every offensive since 2011",
      "those forests", "it to survive every offensive since 2011", driver="terrain/safe havens", claimant="Omar Mahmoud Ali")
D.cau("Western diplomats say the drawdown could leave the army exposed", "the drawdown", "the army exposed",
      driver="security posture/deployment", hedged=True, claimant="Western diplomats")

# ---------------------------------------------------------------------------------------------------------
# authG-04  Reuters-style parliament story, Iraq, during the coronavirus curfew (2 events)
T = """BAGHDAD (Reuters) - Iraqi lawmakers questioned the country's top security officials behind closed doors on Wednesday over a surge in Islamic State attacks, two days after militants killed at least seven members of the Popular Mobilisation Forces (PMF) in Salah al-Din province.

The militants attacked a PMF post near the village of Mekeshifa, south of Samarra, late on Monday, the PMF said in a statement, which gave a toll of 10 dead. A security official in Samarra put the number of dead at seven and said four fighters were wounded.

In a separate incident on Tuesday, a roadside bomb struck a police vehicle in the Hawi al-Adhaim area of Diyala province, wounding two policemen, police said.

Islamic State claimed 566 attacks in Iraq in the first three months of the year, up from 292 in the last quarter of 2019, according to figures compiled by the Baghdad-based Centre for Security Studies. Attacks in Diyala, Kirkuk and Salah al-Din accounted for nearly two-thirds of the total, the centre said.

"Daesh is taking advantage of every gap we leave," said Hassan Karim al-Zubaidi, who chairs parliament's security and defence committee. "The curfew imposed to stop the coronavirus has reduced patrols and allowed the terrorists to move more freely between the villages."

Zubaidi said the security chiefs had told the session that thousands of soldiers had been confined to their bases since March to limit infection. A senior military officer, who spoke on condition of anonymity, said the army had also lost much of its surveillance capability because the U.S.-led coalition had pulled out of several bases and taken its drones with it.

"Our units depended on coalition drones for intelligence, so the drawdown has left them blind in the desert," the officer said.

The coalition has handed over seven bases to Iraqi forces since March, citing the pandemic and the progress of Iraqi forces. Its spokesman, Colonel Mark Ellison, said the increase in attacks was not caused by the coalition's repositioning. "The Iraqi security forces are more than capable of securing these areas," he said.

The United Nations estimates that between 2,500 and 3,500 Islamic State fighters remain active in Iraq, most of them in small cells in the deserts and mountains of Anbar, Salah al-Din and Kirkuk, where caves and rugged valleys have allowed them to hide from air strikes.

Sunni lawmakers raised a different concern. Suhad Fadhil al-Jubouri, a member of parliament from Salah al-Din, said the conduct of some PMF units in Sunni villages had fuelled resentment that the militants were now using to recruit. "When people are arrested without charge and their houses are burned, Daesh does not need to make propaganda," she said. PMF commanders have repeatedly denied abusing civilians.

The session came as the budget crisis deepened. The collapse in oil prices has forced the government to delay salaries for public employees, including PMF fighters, and several MPs warned that the delays could push some fighters to abandon their posts.

Parliament is expected to vote later this week on the cabinet of the prime minister-designate, the third candidate to attempt to form a government since mass protests forced his predecessor to resign in December.

The debate over security is likely to shape that vote. If the new government fails to restore pressure on the militants before the summer, officials in Samarra fear, attacks on the roads between Baghdad and the north will multiply.
"""
D = Doc("authG-04", "2020-05-06", "Iraqi lawmakers question security chiefs as Islamic State exploits curfew", T)
D.ev(["militants killed at least seven members of the Popular Mobilisation Forces (PMF) in Salah al-Din province",
      "The militants attacked a PMF post near the village of Mekeshifa, south of Samarra, late on Monday",
      "A security official in Samarra put the number of dead at seven"],
     date="2020-05-04", etype="Battles", sub="Armed clash", actor1="Islamic State (Iraq)",
     actor2="Popular Mobilization Forces (Iraq)", country="Iraq", admin1="Salah al-Din",
     admin1_alt=["Salahuddin", "Saladin", "Salah ad Din", "Salah Al-Din"], admin2="Samarra", location="Mekeshifa",
     location_alt=["Mekeishefa", "Makishifa"], prec=2, fatalities=7, injured=4,
     fatalities_note="PMF statement: 10; security official: 7 -> most conservative 7")
D.ev(["a roadside bomb struck a police vehicle in the Hawi al-Adhaim area of Diyala province, wounding two policemen"],
     date="2020-05-05", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
     actor1="Unidentified Armed Group (Iraq)", actor1_alt=["Islamic State (Iraq)"], actor2="Police Forces of Iraq (2018-)",
     country="Iraq", admin1="Diyala", admin2="Al-Khalis", location="Hawi al-Adhaim", location_alt=["Al Adhaim", "Adhaim"],
     prec=2, fatalities=0, injured=2)
D.q("The militants attacked a PMF post near the village of Mekeshifa, south of Samarra, late on Monday",
    "Popular Mobilisation Forces", ("the PMF", "the PMF said in a statement"), medium="statement",
    alt=["PMF", "Popular Mobilization Forces"])
D.q("the number of dead at seven", "A security official in Samarra", "A security official in Samarra",
    anon="unnamed official")
D.q("four fighters were wounded", "A security official in Samarra", "A security official in Samarra",
    anon="unnamed official")
D.q("a roadside bomb struck a police vehicle in the Hawi al-Adhaim area of Diyala province, wounding two policemen",
    "police", ("police", "policemen, police said"), anon="unnamed official")
D.q("Islamic State claimed 566 attacks in Iraq in the first three months of the year, up from 292 in the last quarter of 2019",
    "Centre for Security Studies", "the Baghdad-based Centre for Security Studies",
    mentions=[("the centre", "the centre said")])
D.q("Attacks in Diyala, Kirkuk and Salah al-Din accounted for nearly two-thirds of the total", "Centre for Security Studies",
    ("the centre", "the centre said"), mentions=["the Baghdad-based Centre for Security Studies"])
D.q('"Daesh is taking advantage of every gap we leave,"', "Hassan Karim al-Zubaidi", "Hassan Karim al-Zubaidi",
    mentions=[("Zubaidi", "Zubaidi said the security chiefs")], role="chair of parliament's security and defence committee")
D.q('"The curfew imposed to stop the coronavirus has reduced patrols and allowed the terrorists to move more freely between the villages."',
    "Hassan Karim al-Zubaidi", "Hassan Karim al-Zubaidi", mentions=[("Zubaidi", "Zubaidi said the security chiefs")],
    role="chair of parliament's security and defence committee")
D.q("the security chiefs had told the session that thousands of soldiers had been confined to their bases since March to limit infection",
    "Hassan Karim al-Zubaidi", ("Zubaidi", "Zubaidi said the security chiefs"), mentions=["Hassan Karim al-Zubaidi"],
    alt=["the security chiefs"], role="chair of parliament's security and defence committee")
D.q("the army had also lost much of its surveillance capability because the U.S.-led coalition had pulled out of several bases and taken its drones with it",
    "A senior military officer", "A senior military officer", mentions=[("the officer", "the officer said")],
    anon="unnamed official")
D.q('"Our units depended on coalition drones for intelligence, so the drawdown has left them blind in the desert,"',
    "A senior military officer", ("the officer", "the officer said"), mentions=["A senior military officer"],
    anon="unnamed official")
D.q("the increase in attacks was not caused by the coalition's repositioning", "Mark Ellison", "Colonel Mark Ellison",
    mentions=[("he", 'areas," he said')], role="coalition spokesman", affil="Global Coalition Against Daesh")
D.q('"The Iraqi security forces are more than capable of securing these areas,"', "Mark Ellison", ("he", 'areas," he said'),
    mentions=["Colonel Mark Ellison"], role="coalition spokesman", affil="Global Coalition Against Daesh")
D.q("between 2,500 and 3,500 Islamic State fighters remain active in Iraq, most of them in small cells in the deserts and mountains of Anbar, Salah al-Din and Kirkuk",
    "United Nations", "The United Nations")
D.q("the conduct of some PMF units in Sunni villages had fuelled resentment that the militants were now using to recruit",
    "Suhad Fadhil al-Jubouri", "Suhad Fadhil al-Jubouri", mentions=[("she", 'propaganda," she said')],
    role="member of parliament from Salah al-Din")
D.q('"When people are arrested without charge and their houses are burned, Daesh does not need to make propaganda,"',
    "Suhad Fadhil al-Jubouri", ("she", 'propaganda," she said'), mentions=["Suhad Fadhil al-Jubouri"],
    role="member of parliament from Salah al-Din")
D.q("abusing civilians", "PMF commanders", "PMF commanders", anon="unnamed official")
D.q("the delays could push some fighters to abandon their posts", "several MPs", "several MPs", anon="unnamed official")
D.agg("Islamic State claimed 566 attacks in Iraq in the first three months of the year", "attacks claimed by Islamic State",
      "attacks", quantity=566, ps="2020-01-01", pe="2020-03-31", scope="Iraq", claimant="Centre for Security Studies")
D.agg("up from 292 in the last quarter of 2019", "attacks claimed by Islamic State", "attacks", quantity=292,
      ps="2019-10-01", pe="2019-12-31", scope="Iraq", claimant="Centre for Security Studies")
D.agg("Attacks in Diyala, Kirkuk and Salah al-Din accounted for nearly two-thirds of the total", "share of attacks",
      "percent", quantity=66.67, qualifier="nearly", ps="2020-01-01", pe="2020-03-31",
      scope="Diyala, Kirkuk and Salah al-Din", claimant="Centre for Security Studies")
D.agg("between 2,500 and 3,500 Islamic State fighters remain active in Iraq", "fighters", "fighters", low=2500, high=3500,
      pe="2020-05-06", scope="Islamic State in Iraq", claimant="United Nations")
D.cau("The curfew imposed to stop the coronavirus has reduced patrols and allowed the terrorists to move more freely between the villages",
      "The curfew imposed to stop the coronavirus", "reduced patrols and allowed the terrorists to move more freely between the villages",
      driver="pandemic/lockdown", claimant="Hassan Karim al-Zubaidi")
D.cau("the army had also lost much of its surveillance capability because the U.S.-led coalition had pulled out of several bases and taken its drones with it",
      "the U.S.-led coalition had pulled out of several bases and taken its drones with it",
      "the army had also lost much of its surveillance capability", driver="security posture/deployment",
      claimant="A senior military officer")
D.cau("Our units depended on coalition drones for intelligence, so the drawdown has left them blind in the desert",
      "the drawdown", "left them blind in the desert", driver="security posture/deployment",
      claimant="A senior military officer")
D.cau("where caves and rugged valleys have allowed them to hide from air strikes", "caves and rugged valleys",
      "them to hide from air strikes", driver="terrain/safe havens", claimant="United Nations")
D.cau("the conduct of some PMF units in Sunni villages had fuelled resentment that the militants were now using to recruit",
      "the conduct of some PMF units in Sunni villages", "resentment that the militants were now using to recruit",
      driver="sectarian grievance", claimant="Suhad Fadhil al-Jubouri")
D.cau("The collapse in oil prices has forced the government to delay salaries for public employees, including PMF fighters",
      "The collapse in oil prices", "the government to delay salaries for public employees, including PMF fighters",
      driver="economic hardship/unemployment")
D.cau("several MPs warned that the delays could push some fighters to abandon their posts", "the delays",
      "some fighters to abandon their posts", driver="economic hardship/unemployment", hedged=True, claimant="several MPs")
D.cau("since mass protests forced his predecessor to resign in December", "mass protests", "his predecessor to resign")

# ---------------------------------------------------------------------------------------------------------
# authG-05  weekly security roundup, local outlet style, Burkina Faso (2 events)
T = """SECURITY WEEK IN REVIEW - Burkina Faso

OUAGADOUGOU, March 4 - The past week brought another deadly attack on the Volunteers for the Defence of the Homeland (VDP) in the Sahel region, fresh air strikes in the east and new warnings from aid agencies about towns cut off by jihadist blockades.

Bani: eight volunteers killed

Gunmen attacked a VDP position in Bani, about 35 km south of Dori, on Tuesday afternoon, killing at least eight volunteers, a local VDP coordinator told our correspondent. "They came in large numbers from the direction of the Niger border and surrounded our men," said the coordinator, who asked not to be named for fear of reprisals. He said the attackers had also lost several fighters. The army has not commented on the attack.

Est region: army reports air strikes

On Thursday, air strikes destroyed a militant base in the forest near Fada N'Gourma, killing "dozens of terrorists", the army said. The statement gave no further details and the toll could not be verified independently.

The week in numbers

The violence shows no sign of slowing. More than 1,000 people were killed in political violence in Burkina Faso in January alone, according to the Armed Conflict Location and Event Data Project (ACLED), the highest monthly figure it has recorded in the country.

The national emergency relief council, CONASUR, said on Monday that the number of internally displaced people had reached 1.94 million, about one in eleven Burkinabe. A minister told the transitional legislative assembly last month that armed groups held about 40 percent of the national territory.

Since the authorities launched a recruitment drive in November, more than 90,000 volunteers have signed up for the VDP, according to the defence ministry.

Why the attacks are rising

"The jihadists now treat every village that supplies volunteers as an enemy target, and that is why civilian deaths have risen so sharply since the recruitment drive," said Roland Ouedraogo, a security researcher in Ouagadougou. Ouedraogo said the two coups of 2022 had also weakened the army's chain of command. "Each new junta replaced the commanders, and that turnover allowed the armed groups to expand while the officers were busy with politics," he said.

Rights groups say abuses by some VDP units against Fulani civilians have driven young Fulani men towards the jihadists. Human Rights Watch said in a report last month that it had documented the killing of at least 150 civilians by soldiers and volunteers since October, most of them Fulani. The government has rejected the report as biased.

The decision to end the French military operation in the country, whose special forces are due to leave by the end of the month, has raised concerns that the army will lack air support and intelligence, Western diplomats said.

Djibo under blockade

In Djibo, the main town of Soum province, the blockade imposed by the al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) has caused severe shortages of food and fuel, aid agencies said. Convoys have been unable to reach the town since December because the militants have mined the roads.

"A sack of millet now costs three times what it did last year," a resident of Djibo said by telephone. "People are eating leaves."

What to watch

In neighbouring Niger, authorities said last month that 17 soldiers were killed in an ambush near the Malian border, a reminder that the militants move freely across the frontier. Burkina Faso's transitional president is due to address the nation on Monday.
"""
D = Doc("authG-05", "2023-03-04", "Security week in review: VDP post attacked near Dori, air strikes in the east", T)
D.ev(["Gunmen attacked a VDP position in Bani, about 35 km south of Dori, on Tuesday afternoon, killing at least eight volunteers"],
     date="2023-02-28", etype="Battles", sub="Armed clash", actor1="Unidentified Armed Group (Burkina Faso)",
     actor1_alt=["JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)"],
     actor2="VDP: Volunteers for the Defense of the Homeland", country="Burkina Faso", admin1="Sahel",
     admin1_alt=["Sahel Region"], admin2="Seno", location="Bani", prec=1, fatalities=8,
     fatalities_note="at least eight volunteers; attackers' losses 'several' (not counted)")
D.ev(["On Thursday, air strikes destroyed a militant base in the forest near Fada N'Gourma, killing \"dozens of terrorists\""],
     date="2023-03-02", etype="Explosions/Remote violence", sub="Air/drone strike",
     actor1="Military Forces of Burkina Faso (2022-)", actor2="Unidentified Armed Group (Burkina Faso)",
     country="Burkina Faso", admin1="Est", admin1_alt=["East", "Est Region"], admin2="Gourma", location="Fada N'Gourma",
     location_alt=["Fada Ngourma"], lat=12.0616, lon=0.3584, prec=2, fatalities=12,
     fatalities_note="'dozens' = 12 by the guide")
D.q("Gunmen attacked a VDP position in Bani, about 35 km south of Dori, on Tuesday afternoon, killing at least eight volunteers",
    "a local VDP coordinator", "a local VDP coordinator",
    mentions=[("the coordinator", "said the coordinator"), ("He", "He said the attackers")], anon="unnamed official",
    affil="VDP")
D.q('"They came in large numbers from the direction of the Niger border and surrounded our men,"', "a local VDP coordinator",
    ("the coordinator", "said the coordinator"), mentions=["a local VDP coordinator"], anon="unnamed official", affil="VDP")
D.q("the attackers had also lost several fighters", "a local VDP coordinator", ("He", "He said the attackers"),
    mentions=["a local VDP coordinator", ("the coordinator", "said the coordinator")], anon="unnamed official", affil="VDP")
D.q("On Thursday, air strikes destroyed a militant base in the forest near Fada N'Gourma, killing \"dozens of terrorists\"",
    "the army", ("the army", 'terrorists", the army said'), affil="Military Forces of Burkina Faso")
D.q("More than 1,000 people were killed in political violence in Burkina Faso in January alone", "ACLED",
    "the Armed Conflict Location and Event Data Project (ACLED)", mentions=[("it", "figure it has recorded")],
    alt=["Armed Conflict Location and Event Data Project"])
D.q("the number of internally displaced people had reached 1.94 million, about one in eleven Burkinabe", "CONASUR",
    "The national emergency relief council, CONASUR", alt=["national emergency relief council"])
D.q("armed groups held about 40 percent of the national territory", "A minister", "A minister", anon="unnamed official")
D.q("Since the authorities launched a recruitment drive in November, more than 90,000 volunteers have signed up for the VDP",
    "defence ministry", "the defence ministry")
D.q('"The jihadists now treat every village that supplies volunteers as an enemy target, and that is why civilian deaths have risen so sharply since the recruitment drive,"',
    "Roland Ouedraogo", "Roland Ouedraogo", mentions=[("Ouedraogo", "Ouedraogo said the two coups"), ("he", 'politics," he said')],
    role="security researcher")
D.q("the two coups of 2022 had also weakened the army's chain of command", "Roland Ouedraogo",
    ("Ouedraogo", "Ouedraogo said the two coups"), mentions=["Roland Ouedraogo"], role="security researcher")
D.q('"Each new junta replaced the commanders, and that turnover allowed the armed groups to expand while the officers were busy with politics,"',
    "Roland Ouedraogo", ("he", 'politics," he said'), mentions=["Roland Ouedraogo", ("Ouedraogo", "Ouedraogo said the two coups")],
    role="security researcher")
D.q("abuses by some VDP units against Fulani civilians have driven young Fulani men towards the jihadists", "Rights groups",
    "Rights groups", anon="anonymous")
D.q("it had documented the killing of at least 150 civilians by soldiers and volunteers since October, most of them Fulani",
    "Human Rights Watch", "Human Rights Watch")
D.q("The decision to end the French military operation in the country, whose special forces are due to leave by the end of the month, has raised concerns that the army will lack air support and intelligence",
    "Western diplomats", "Western diplomats", anon="unnamed official")
D.q("the blockade imposed by the al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) has caused severe shortages of food and fuel",
    "aid agencies", ("aid agencies", "fuel, aid agencies said"), anon="anonymous")
D.q('"A sack of millet now costs three times what it did last year,"', "a resident of Djibo", "a resident of Djibo",
    anon="anonymous", medium="telephone")
D.q('"People are eating leaves."', "a resident of Djibo", "a resident of Djibo", anon="anonymous", medium="telephone")
D.q("the report as biased", "government of Burkina Faso", ("The government", "The government has rejected"),
    affil="Burkina Faso transitional government")
D.q("17 soldiers were killed in an ambush near the Malian border", "authorities", ("authorities", "Niger, authorities said"),
    anon="unnamed official", affil="Niger")
D.agg("More than 1,000 people were killed in political violence in Burkina Faso in January alone", "people killed", "people",
      quantity=1000, low=1000, qualifier="more than", ps="2023-01-01", pe="2023-01-31", scope="Burkina Faso", claimant="ACLED")
D.agg("the number of internally displaced people had reached 1.94 million", "internally displaced people", "people",
      quantity=1940000, pe="2023-02-27", scope="Burkina Faso", claimant="CONASUR")
D.agg("armed groups held about 40 percent of the national territory", "share of territory held by armed groups", "percent",
      quantity=40, qualifier="about", scope="Burkina Faso", claimant="A minister")
D.agg("more than 90,000 volunteers have signed up for the VDP", "VDP volunteers recruited", "volunteers", quantity=90000,
      low=90000, qualifier="more than", ps="2022-11-01", pe="2023-03-04", scope="VDP", claimant="defence ministry")
D.agg("it had documented the killing of at least 150 civilians by soldiers and volunteers since October", "civilians killed",
      "people", quantity=150, low=150, qualifier="at least", ps="2022-10-01", pe="2023-02-28", scope="Burkina Faso",
      claimant="Human Rights Watch")
D.cau("The jihadists now treat every village that supplies volunteers as an enemy target, and that is why civilian deaths have risen so sharply since the recruitment drive",
      "The jihadists now treat every village that supplies volunteers as an enemy target",
      "civilian deaths have risen so sharply", driver="security posture/deployment", claimant="Roland Ouedraogo")
D.cau("the two coups of 2022 had also weakened the army's chain of command", "the two coups of 2022",
      "weakened the army's chain of command", driver="leadership/command change", claimant="Roland Ouedraogo")
D.cau("Each new junta replaced the commanders, and that turnover allowed the armed groups to expand while the officers were busy with politics",
      "that turnover", "the armed groups to expand", driver="leadership/command change", claimant="Roland Ouedraogo")
D.cau("abuses by some VDP units against Fulani civilians have driven young Fulani men towards the jihadists",
      "abuses by some VDP units against Fulani civilians", "young Fulani men towards the jihadists",
      driver="sectarian grievance", claimant="Rights groups")
D.cau("The decision to end the French military operation in the country, whose special forces are due to leave by the end of the month, has raised concerns that the army will lack air support and intelligence",
      "The decision to end the French military operation in the country", "concerns that the army will lack air support and intelligence",
      driver="external support", claimant="Western diplomats")
D.cau("the blockade imposed by the al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) has caused severe shortages of food and fuel",
      "the blockade imposed by the al Qaeda-linked Group for the Support of Islam and Muslims (JNIM)",
      "severe shortages of food and fuel", claimant="aid agencies")
D.cau("Convoys have been unable to reach the town since December because the militants have mined the roads",
      "the militants have mined the roads", "Convoys have been unable to reach the town")

# ---------------------------------------------------------------------------------------------------------
# authG-06  AP-style story built on UN figures, Afghanistan (no event)
T = """KABUL, Afghanistan (AP) - The number of Afghan civilians killed and wounded in the first six months of the year rose by almost half compared with the same period of 2020, the United Nations said Monday, warning that the country could see the highest civilian toll of the war if the Taliban's offensive on provincial capitals continues.

In its mid-year report, the U.N. Assistance Mission in Afghanistan said 1,659 civilians were killed and 3,254 wounded between January and June, a 47 percent increase. Nearly 2,400 of those casualties were recorded in May and June alone, after international forces began their final withdrawal on May 1.

Women and children made up 46 percent of all civilian casualties, the mission said.

"The departure of international forces has removed the air support that Afghan troops relied on, allowing the Taliban to overrun district centres that they could never hold before," said Ingrid Haugland, who heads the mission's human rights unit. "Most of the civilians who died this spring were caught in ground fighting in and around towns."

The report attributed much of the increase to ground engagements, which it said caused 41 percent of all casualties, followed by improvised explosive devices. It did not attribute the rise to any single party, though it said anti-government elements were responsible for 64 percent of the casualties it could attribute.

Taliban spokesman Suhail Karimi rejected the findings as propaganda. In a message to reporters, Karimi said the group's fighters had taken "maximum care" to avoid harming civilians and blamed government air strikes for most deaths. The group says it now controls more than 200 of Afghanistan's roughly 400 districts, a figure the government disputes.

Afghan officials say their forces have retaken a dozen districts in recent weeks. "The enemy's gains are temporary," said Defence Ministry spokesman Abdul Wahid Qaderi. He said 3,000 Taliban fighters had been killed in the past month, a figure that could not be verified.

The fighting has also driven people from their homes. The U.N. refugee agency said about 270,000 Afghans have been displaced since January, bringing the total number of internally displaced people in the country to more than 3.5 million.

Analysts say the security forces' problems go beyond the loss of foreign air power. "Corruption has undermined the defence of the districts more than any Taliban tactic," said Shafiqa Noori, a Kabul-based security analyst. "Commanders sell fuel and ammunition and draw salaries for soldiers who do not exist, so the outposts run out of supplies within days."

Economic collapse is feeding the insurgency as well. The value of the afghani has fallen sharply, and the loss of thousands of jobs linked to foreign bases has pushed young men to join the Taliban for a salary, according to an elder from Kandahar's Panjwai district who asked not to be named.

Hospitals are under strain, too. A doctor at Kabul's Emergency hospital said a third wave of COVID-19 had filled wards and forced the hospital to turn away some patients, so that wounded people from the provinces sometimes waited hours for surgery.

The toll includes the victims of the May bombing of a girls' school in Kabul's Dasht-e-Barchi neighbourhood, which killed more than 85 people, most of them schoolgirls, the mission said. No group claimed that attack, which the government blamed on the Taliban.

Peace talks between the government and the Taliban in Doha have made little progress since they opened in September. If the talks collapse, diplomats in Kabul say, the fighting could reach the cities.
"""
D = Doc("authG-06", "2021-07-27", "Afghan civilian casualties jump almost 50% as foreign troops leave, UN says", T)
D.q("The number of Afghan civilians killed and wounded in the first six months of the year rose by almost half compared with the same period of 2020",
    "U.N. Assistance Mission in Afghanistan", ("the United Nations", "2020, the United Nations said Monday"),
    mentions=["the U.N. Assistance Mission in Afghanistan", ("the mission", "the mission said.\n")],
    alt=["United Nations", "UNAMA"])
D.q("the country could see the highest civilian toll of the war if the Taliban's offensive on provincial capitals continues",
    "U.N. Assistance Mission in Afghanistan", ("the United Nations", "2020, the United Nations said Monday"),
    mentions=["the U.N. Assistance Mission in Afghanistan"], alt=["United Nations", "UNAMA"])
D.q("1,659 civilians were killed and 3,254 wounded between January and June, a 47 percent increase",
    "U.N. Assistance Mission in Afghanistan", "the U.N. Assistance Mission in Afghanistan", alt=["UNAMA"])
D.q("Women and children made up 46 percent of all civilian casualties", "U.N. Assistance Mission in Afghanistan",
    ("the mission", "the mission said.\n"), mentions=["the U.N. Assistance Mission in Afghanistan"], alt=["UNAMA"])
D.q('"The departure of international forces has removed the air support that Afghan troops relied on, allowing the Taliban to overrun district centres that they could never hold before,"',
    "Ingrid Haugland", "Ingrid Haugland", role="head of the human rights unit",
    affil="U.N. Assistance Mission in Afghanistan")
D.q('"Most of the civilians who died this spring were caught in ground fighting in and around towns."', "Ingrid Haugland",
    "Ingrid Haugland", role="head of the human rights unit", affil="U.N. Assistance Mission in Afghanistan")
D.q("much of the increase to ground engagements", "U.N. Assistance Mission in Afghanistan",
    ("The report", "The report attributed"), mentions=["the U.N. Assistance Mission in Afghanistan"], alt=["UNAMA"])
D.q("caused 41 percent of all casualties", "U.N. Assistance Mission in Afghanistan", ("it", "which it said caused"),
    mentions=["the U.N. Assistance Mission in Afghanistan"], alt=["UNAMA"])
D.q("anti-government elements were responsible for 64 percent of the casualties it could attribute",
    "U.N. Assistance Mission in Afghanistan", ("it", "though it said anti-government"),
    mentions=["the U.N. Assistance Mission in Afghanistan"], alt=["UNAMA"])
D.q("the findings as propaganda", "Suhail Karimi", "Taliban spokesman Suhail Karimi",
    mentions=[("Karimi", "reporters, Karimi said")], role="Taliban spokesman", affil="Taliban", direct=False)
D.q('the group\'s fighters had taken "maximum care" to avoid harming civilians', "Suhail Karimi",
    ("Karimi", "reporters, Karimi said"), mentions=["Taliban spokesman Suhail Karimi"], role="Taliban spokesman",
    affil="Taliban", medium="message to reporters", direct=False)
D.q("it now controls more than 200 of Afghanistan's roughly 400 districts", "Taliban", ("The group", "The group says"),
    affil="Taliban")
D.q("their forces have retaken a dozen districts in recent weeks", "Afghan officials", "Afghan officials",
    anon="unnamed official")
D.q('"The enemy\'s gains are temporary,"', "Abdul Wahid Qaderi", "Defence Ministry spokesman Abdul Wahid Qaderi",
    mentions=[("He", "He said 3,000")], role="Defence Ministry spokesman", affil="Ministry of Defence")
D.q("3,000 Taliban fighters had been killed in the past month", "Abdul Wahid Qaderi", ("He", "He said 3,000"),
    mentions=["Defence Ministry spokesman Abdul Wahid Qaderi"], role="Defence Ministry spokesman",
    affil="Ministry of Defence")
D.q("about 270,000 Afghans have been displaced since January, bringing the total number of internally displaced people in the country to more than 3.5 million",
    "U.N. refugee agency", "The U.N. refugee agency", alt=["UNHCR"])
D.q("the security forces' problems go beyond the loss of foreign air power", "Analysts", ("Analysts", "Analysts say"),
    anon="anonymous")
D.q('"Corruption has undermined the defence of the districts more than any Taliban tactic,"', "Shafiqa Noori",
    "Shafiqa Noori", role="security analyst")
D.q('"Commanders sell fuel and ammunition and draw salaries for soldiers who do not exist, so the outposts run out of supplies within days."',
    "Shafiqa Noori", "Shafiqa Noori", role="security analyst")
D.q("The value of the afghani has fallen sharply, and the loss of thousands of jobs linked to foreign bases has pushed young men to join the Taliban for a salary",
    "an elder from Kandahar's Panjwai district", "an elder from Kandahar's Panjwai district", anon="anonymous",
    role="elder")
D.q("a third wave of COVID-19 had filled wards and forced the hospital to turn away some patients, so that wounded people from the provinces sometimes waited hours for surgery",
    "A doctor at Kabul's Emergency hospital", "A doctor at Kabul's Emergency hospital", anon="anonymous", role="doctor")
D.q("The toll includes the victims of the May bombing of a girls' school in Kabul's Dasht-e-Barchi neighbourhood, which killed more than 85 people, most of them schoolgirls",
    "U.N. Assistance Mission in Afghanistan", ("the mission", "schoolgirls, the mission said"),
    mentions=["the U.N. Assistance Mission in Afghanistan"], alt=["UNAMA"])
D.q("If the talks collapse, diplomats in Kabul say, the fighting could reach the cities", "diplomats in Kabul",
    "diplomats in Kabul", anon="unnamed official", frags=["If the talks collapse", "the fighting could reach the cities"])
D.agg("1,659 civilians were killed", "civilians killed", "people", quantity=1659, ps="2021-01-01", pe="2021-06-30",
      scope="Afghanistan", claimant="U.N. Assistance Mission in Afghanistan")
D.agg("3,254 wounded between January and June", "civilians wounded", "people", quantity=3254, ps="2021-01-01",
      pe="2021-06-30", scope="Afghanistan", claimant="U.N. Assistance Mission in Afghanistan")
D.agg("a 47 percent increase", "increase in civilian casualties", "percent", quantity=47, ps="2021-01-01", pe="2021-06-30",
      scope="Afghanistan", claimant="U.N. Assistance Mission in Afghanistan")
D.agg("Nearly 2,400 of those casualties were recorded in May and June alone", "civilian casualties", "people",
      quantity=2400, high=2400, qualifier="nearly", ps="2021-05-01", pe="2021-06-30", scope="Afghanistan",
      claimant="U.N. Assistance Mission in Afghanistan")
D.agg("Women and children made up 46 percent of all civilian casualties", "share of civilian casualties who were women and children",
      "percent", quantity=46, ps="2021-01-01", pe="2021-06-30", scope="Afghanistan",
      claimant="U.N. Assistance Mission in Afghanistan")
D.agg("which it said caused 41 percent of all casualties", "share of civilian casualties caused by ground engagements",
      "percent", quantity=41, ps="2021-01-01", pe="2021-06-30", scope="Afghanistan",
      claimant="U.N. Assistance Mission in Afghanistan")
D.agg("anti-government elements were responsible for 64 percent of the casualties it could attribute",
      "share of attributed civilian casualties caused by anti-government elements", "percent", quantity=64,
      ps="2021-01-01", pe="2021-06-30", scope="Afghanistan", claimant="U.N. Assistance Mission in Afghanistan")
D.agg("it now controls more than 200 of Afghanistan's roughly 400 districts", "districts controlled by the Taliban",
      "districts", quantity=200, low=200, qualifier="more than", pe="2021-07-27", scope="Afghanistan", claimant="Taliban")
D.agg("their forces have retaken a dozen districts in recent weeks", "districts retaken", "districts", quantity=12,
      qualifier="a dozen", pe="2021-07-27", scope="Afghanistan", claimant="Afghan officials")
D.agg("3,000 Taliban fighters had been killed in the past month", "Taliban fighters killed", "people", quantity=3000,
      ps="2021-06-27", pe="2021-07-27", scope="Afghanistan", claimant="Abdul Wahid Qaderi")
D.agg("about 270,000 Afghans have been displaced since January", "displaced people", "people", quantity=270000,
      qualifier="about", ps="2021-01-01", pe="2021-07-27", scope="Afghanistan", claimant="U.N. refugee agency")
D.agg("bringing the total number of internally displaced people in the country to more than 3.5 million",
      "internally displaced people", "people", quantity=3500000, low=3500000, qualifier="more than", pe="2021-07-27",
      scope="Afghanistan", claimant="U.N. refugee agency")
D.cau("The departure of international forces has removed the air support that Afghan troops relied on, allowing the Taliban to overrun district centres that they could never hold before",
      "The departure of international forces has removed the air support that Afghan troops relied on",
      "the Taliban to overrun district centres", driver="external support", claimant="Ingrid Haugland")
D.cau("The report attributed much of the increase to ground engagements", "ground engagements", "much of the increase",
      claimant="U.N. Assistance Mission in Afghanistan")
D.cau("Corruption has undermined the defence of the districts more than any Taliban tactic", "Corruption",
      "the defence of the districts", driver="governance/corruption", pol="-", claimant="Shafiqa Noori")
D.cau("Commanders sell fuel and ammunition and draw salaries for soldiers who do not exist, so the outposts run out of supplies within days",
      "Commanders sell fuel and ammunition and draw salaries for soldiers who do not exist",
      "the outposts run out of supplies within days", driver="governance/corruption", claimant="Shafiqa Noori")
D.cau("Economic collapse is feeding the insurgency as well", "Economic collapse", "the insurgency",
      driver="economic hardship/unemployment")
D.cau("the loss of thousands of jobs linked to foreign bases has pushed young men to join the Taliban for a salary",
      "the loss of thousands of jobs linked to foreign bases", "young men to join the Taliban",
      driver="economic hardship/unemployment", claimant="an elder from Kandahar's Panjwai district")
D.cau("a third wave of COVID-19 had filled wards and forced the hospital to turn away some patients, so that wounded people from the provinces sometimes waited hours for surgery",
      "a third wave of COVID-19", "filled wards and forced the hospital to turn away some patients",
      driver="pandemic/lockdown", claimant="A doctor at Kabul's Emergency hospital")
D.cau("The fighting has also driven people from their homes", "The fighting", "people from their homes")

# ---------------------------------------------------------------------------------------------------------
# authG-07  local-outlet story on the government response in Cabo Delgado, Mozambique (2 events)
T = """PEMBA - Rwandan and Mozambican troops have captured an insurgent base near the village of Nhica do Rovuma in Nangade district, close to the Tanzanian border, the Rwanda Defence Force said on Thursday, as the joint force pushes into the last areas of Cabo Delgado still used by the militants.

The operation on Wednesday killed 11 insurgents, and one Rwandan soldier died in the fighting, the RDF spokesman, Colonel Eric Habimana, said in a statement. Weapons, motorcycles and food stocks were seized at the camp, he said.

Two days earlier, on Monday, insurgents beheaded two men who were collecting firewood outside a village in Meluco district and burned several houses, a local administrator told us. "The people have fled to the district headquarters again, they are afraid to sleep at home," the administrator said.

Seven months after about 1,000 Rwandan soldiers arrived in the province, the government insists the tide has turned. The insurgents, known locally as al-Shabaab and linked to the Islamic State, have been driven out of Mocimboa da Praia, the port town they held for a year, and out of most of Palma district, where the TotalEnergies gas project is located.

"The arrival of our Rwandan brothers has dramatically reduced attacks around the gas project and on the main roads," said Armando Sitoe, spokesman for the provincial government. He said more than 24,000 people had returned to Mocimboa da Praia and Palma since September.

Colonel Habimana estimated that the insurgents now number no more than 300 fighters, down from about 2,500 before the intervention. Independent analysts say the real number is hard to know, because many fighters have scattered in small groups.

The figures remain grim. The conflict has killed more than 3,700 people since October 2017, according to Cabo Ligado, a conflict-monitoring project, and displaced about 784,000, according to the International Organization for Migration.

Those who study the insurgency warn that military gains alone will not end it. "Poverty and the lack of jobs for young men in a province that sits on rubies and natural gas fuelled this war from the start," said Joana Macuacua, a researcher at a Maputo university. "Young people watched the companies arrive and got nothing, and the corruption in the allocation of mining licences deepened that anger."

Macuacua said the militants had fled south and west into the forests of Macomia and towards the Niassa reserve, where the dense bush allowed them to regroup. "They have moved, they have not disappeared," she said.

Aid workers say the idleness of young men in the resettlement sites around Metuge has made them easy targets for recruitment. The World Food Programme said last month that it had been forced to cut rations for displaced families by half due to a lack of funding.

Abdul Saide, a fisherman who returned to Mocimboa da Praia in December, said he did not plan to bring his family back yet. "We see soldiers everywhere, but when they leave, who will protect us?" he said.

TotalEnergies, which suspended work on its $20 billion project after the attack on Palma in March last year, said it would not return until security in the area was restored. The company's decision to stay away was not caused by the latest attacks, an executive said.

Mozambique's government has not said how long the Rwandan troops will stay. A regional force from the Southern African Development Community is deployed in other districts of the province.
"""
D = Doc("authG-07", "2022-02-18", "Rwandan and Mozambican troops capture insurgent base near Tanzanian border", T)
D.ev(["Rwandan and Mozambican troops have captured an insurgent base near the village of Nhica do Rovuma in Nangade district",
      "The operation on Wednesday killed 11 insurgents, and one Rwandan soldier died in the fighting"],
     date="2022-02-16", etype="Battles", sub="Government regains territory", sub_alt=["Armed clash"],
     actor1="Military Forces of Rwanda (2000-)", actor1_alt=["Military Forces of Mozambique (1975-)"],
     actor2="Islamic State (Mozambique)", country="Mozambique", admin1="Cabo Delgado", admin2="Nangade",
     location="Nhica do Rovuma", location_alt=["Nangade"], prec=2, fatalities=12,
     fatalities_note="11 insurgents and 1 Rwandan soldier, one source (RDF)")
D.ev(["insurgents beheaded two men who were collecting firewood outside a village in Meluco district and burned several houses"],
     date="2022-02-14", etype="Violence against civilians", sub="Attack", actor1="Islamic State (Mozambique)",
     actor2="Civilians (Mozambique)", country="Mozambique", admin1="Cabo Delgado", admin2="Meluco", location="Meluco",
     prec=2, fatalities=2)
D.q("Rwandan and Mozambican troops have captured an insurgent base near the village of Nhica do Rovuma in Nangade district, close to the Tanzanian border",
    "Rwanda Defence Force", "the Rwanda Defence Force", mentions=[("RDF", "the RDF spokesman")], alt=["RDF"])
D.q("The operation on Wednesday killed 11 insurgents, and one Rwandan soldier died in the fighting", "Eric Habimana",
    "the RDF spokesman, Colonel Eric Habimana", mentions=[("he", "camp, he said"), "Colonel Habimana"],
    role="RDF spokesman", affil="Rwanda Defence Force", medium="statement")
D.q("Weapons, motorcycles and food stocks were seized at the camp", "Eric Habimana", ("he", "camp, he said"),
    mentions=["the RDF spokesman, Colonel Eric Habimana", "Colonel Habimana"], role="RDF spokesman",
    affil="Rwanda Defence Force")
D.q("insurgents beheaded two men who were collecting firewood outside a village in Meluco district and burned several houses",
    "a local administrator", "a local administrator", mentions=[("the administrator", "the administrator said")],
    anon="unnamed official")
D.q('"The people have fled to the district headquarters again, they are afraid to sleep at home,"', "a local administrator",
    ("the administrator", "the administrator said"), mentions=["a local administrator"], anon="unnamed official")
D.q("the tide has turned", "government of Mozambique", ("the government", "the government insists"),
    anon="named", affil="Mozambican government")
D.q('"The arrival of our Rwandan brothers has dramatically reduced attacks around the gas project and on the main roads,"',
    "Armando Sitoe", "Armando Sitoe", mentions=[("He", "He said more than 24,000")],
    role="spokesman for the provincial government")
D.q("more than 24,000 people had returned to Mocimboa da Praia and Palma since September", "Armando Sitoe",
    ("He", "He said more than 24,000"), mentions=["Armando Sitoe"], role="spokesman for the provincial government")
D.q("the insurgents now number no more than 300 fighters, down from about 2,500 before the intervention", "Eric Habimana",
    "Colonel Habimana", mentions=["the RDF spokesman, Colonel Eric Habimana"], role="RDF spokesman",
    affil="Rwanda Defence Force")
D.q("the real number is hard to know, because many fighters have scattered in small groups", "Independent analysts",
    "Independent analysts", anon="anonymous")
D.q("The conflict has killed more than 3,700 people since October 2017", "Cabo Ligado",
    "Cabo Ligado, a conflict-monitoring project")
D.q("displaced about 784,000", "International Organization for Migration", "the International Organization for Migration",
    alt=["IOM"])
D.q("military gains alone will not end it", "Those who study the insurgency", "Those who study the insurgency",
    anon="anonymous")
D.q('"Poverty and the lack of jobs for young men in a province that sits on rubies and natural gas fuelled this war from the start,"',
    "Joana Macuacua", "Joana Macuacua", mentions=[("Macuacua", "Macuacua said the militants"), ("she", 'disappeared," she said')],
    role="researcher", affil="Maputo university")
D.q('"Young people watched the companies arrive and got nothing, and the corruption in the allocation of mining licences deepened that anger."',
    "Joana Macuacua", "Joana Macuacua", mentions=[("Macuacua", "Macuacua said the militants")], role="researcher")
D.q("the militants had fled south and west into the forests of Macomia and towards the Niassa reserve, where the dense bush allowed them to regroup",
    "Joana Macuacua", ("Macuacua", "Macuacua said the militants"), mentions=["Joana Macuacua"], role="researcher")
D.q('"They have moved, they have not disappeared,"', "Joana Macuacua", ("she", 'disappeared," she said'),
    mentions=["Joana Macuacua", ("Macuacua", "Macuacua said the militants")], role="researcher")
D.q("the idleness of young men in the resettlement sites around Metuge has made them easy targets for recruitment",
    "Aid workers", "Aid workers", anon="anonymous")
D.q("it had been forced to cut rations for displaced families by half due to a lack of funding", "World Food Programme",
    "The World Food Programme")
D.q("he did not plan to bring his family back yet", "Abdul Saide", "Abdul Saide", mentions=[("he", 'us?" he said')],
    role="fisherman")
D.q('"We see soldiers everywhere, but when they leave, who will protect us?"', "Abdul Saide", ("he", 'us?" he said'),
    mentions=["Abdul Saide"], role="fisherman")
D.q("it would not return until security in the area was restored", "TotalEnergies",
    ("TotalEnergies", "TotalEnergies, which suspended"))
D.q("The company's decision to stay away was not caused by the latest attacks", "an executive", "an executive",
    anon="anonymous", affil="TotalEnergies")
D.agg("more than 24,000 people had returned to Mocimboa da Praia and Palma since September", "returned people", "people",
      quantity=24000, low=24000, qualifier="more than", ps="2021-09-01", pe="2022-02-18",
      scope="Mocimboa da Praia and Palma", claimant="Armando Sitoe")
D.agg("the insurgents now number no more than 300 fighters", "insurgent fighters", "fighters", quantity=300, high=300,
      qualifier="no more than", pe="2022-02-18", scope="Cabo Delgado insurgents", claimant="Eric Habimana")
D.agg("down from about 2,500 before the intervention", "insurgent fighters", "fighters", quantity=2500, qualifier="about",
      pe="2021-07-01", scope="Cabo Delgado insurgents", claimant="Eric Habimana")
D.agg("The conflict has killed more than 3,700 people since October 2017", "people killed", "people", quantity=3700,
      low=3700, qualifier="more than", ps="2017-10-01", pe="2022-02-18", scope="Cabo Delgado", claimant="Cabo Ligado")
D.agg("displaced about 784,000", "displaced people", "people", quantity=784000, qualifier="about", pe="2022-02-18",
      scope="Cabo Delgado", claimant="International Organization for Migration")
D.cau("The arrival of our Rwandan brothers has dramatically reduced attacks around the gas project and on the main roads",
      "The arrival of our Rwandan brothers", "attacks around the gas project and on the main roads",
      driver="external support", pol="-", claimant="Armando Sitoe")
D.cau("the real number is hard to know, because many fighters have scattered in small groups",
      "many fighters have scattered in small groups", "the real number is hard to know", claimant="Independent analysts")
D.cau("Poverty and the lack of jobs for young men in a province that sits on rubies and natural gas fuelled this war from the start",
      "Poverty and the lack of jobs for young men", "this war", driver="economic hardship/unemployment",
      claimant="Joana Macuacua")
D.cau("the corruption in the allocation of mining licences deepened that anger", "the corruption in the allocation of mining licences",
      "that anger", driver="governance/corruption", claimant="Joana Macuacua")
D.cau("where the dense bush allowed them to regroup", "the dense bush", "them to regroup", driver="terrain/safe havens",
      claimant="Joana Macuacua")
D.cau("the idleness of young men in the resettlement sites around Metuge has made them easy targets for recruitment",
      "the idleness of young men in the resettlement sites around Metuge", "them easy targets for recruitment",
      driver="displacement/camps/reintegration", claimant="Aid workers")
D.cau("it had been forced to cut rations for displaced families by half due to a lack of funding", "a lack of funding",
      "cut rations for displaced families by half", claimant="World Food Programme")

# ---------------------------------------------------------------------------------------------------------
# authG-08  interview-driven feature with several experts, Myanmar (no event)
T = """FEATURE: Three years after the coup, Myanmar's army is losing ground. Can it hold the centre?

BANGKOK - When Thant Zin Oo left his battalion in Sagaing region two years ago, he was one of a few hundred soldiers who had defected since the February 2021 coup. Today the former captain counsels a steady stream of officers who want out.

"Morale collapsed after the northern defeats, because the men saw generals surrender while privates were left to die," Thant Zin Oo said in an interview in the Thai border town of Mae Sot. "Nobody wants to be the last soldier of a losing army."

Since the Three Brotherhood Alliance launched Operation 1027 in northern Shan State last October, resistance forces have seized more than 35 towns and hundreds of military posts, according to a tally by the Institute for Strategy and Policy - Myanmar. The military now fully controls only about 17 percent of the country's territory, the Special Advisory Council for Myanmar, a group of independent experts, estimated in a report this month.

Those figures are disputed. A Western diplomat in Yangon said the council's estimate was "generous to the resistance" and that the army still held every major city. The junta has dismissed such reports as propaganda. State media last month quoted a military spokesman as saying troops had withdrawn from some towns "to protect the lives of civilians".

The army's strength is a matter of guesswork. Nilar Win, a political scientist at Chiang Mai University who studies the Tatmadaw, estimates that it has between 130,000 and 150,000 troops, of whom perhaps half are combat soldiers. "On paper it is a big army. In practice it is spread thin across hundreds of outposts that it can no longer resupply by road," she said.

That is why the conscription law activated in February matters so much, Nilar Win argues. The law, which requires men aged 18 to 35 to serve two years, has prompted tens of thousands of young people to flee to Thailand or to join the resistance, according to aid workers on the border. Thant Zin Oo says the draft has also backfired inside the ranks, because conscripts sent to the front with two weeks of training are more likely to surrender than fight.

The economy is adding to the pressure. Richard Hallam, a Bangkok-based analyst who advises companies on Myanmar, said the collapse of the kyat and soaring food prices had pushed more young men into the resistance, where they are at least fed. "When a day's wage buys two kilos of rice, a rifle and a meal start to look like a career," he said.

Air power is what keeps the junta in the fight. A local monitoring group, Myanmar Witness Network, counted 1,652 air strikes between the coup and the end of March, more than a third of them on villages in Sagaing region. "Russian and Chinese jets have allowed the army to keep bombing even as it loses on the ground," Hallam said.

China's role cuts both ways. Beijing brokered a ceasefire in northern Shan State in January, which Nilar Win said had slowed the offensive there because the alliance depends on Chinese goodwill for trade across the border.

On the Thai border, the Karen National Union has fought the army for decades. "The mountains and the river have always allowed us to train and resupply out of their reach," said Saw Kler Doh, a KNU spokesman. He said last month's fighting around Myawaddy, when resistance forces briefly overran an army base before withdrawing, had shown that the border trade the junta relies on was vulnerable.

The humanitarian toll keeps rising. More than 2.8 million people are now displaced across the country, according to the United Nations, up from about 1 million before the coup. The UN says at least 18.6 million people need humanitarian assistance this year.

Not everyone expects a quick end. If the army loses its grip on the central plains, Hallam said, it would be forced back to the capital, Naypyitaw, and a handful of cities. But the diplomat in Yangon cautioned that the resistance was divided along ethnic lines and that rival groups had already clashed over captured towns.

Thant Zin Oo is more hopeful. "Every month, more of my old comrades call me," he said. "They ask only one thing: how do I get out?"
"""
D = Doc("authG-08", "2024-05-20", "Three years after the coup, Myanmar's army is losing ground. Can it hold the centre?", T)
D.q('"Morale collapsed after the northern defeats, because the men saw generals surrender while privates were left to die,"',
    "Thant Zin Oo", ("Thant Zin Oo", 'die," Thant Zin Oo said'),
    mentions=[("Thant Zin Oo", "When Thant Zin Oo"), ("Thant Zin Oo", "Thant Zin Oo says the draft"),
              ("Thant Zin Oo", "Thant Zin Oo is more hopeful"), ("he", 'call me," he said')],
    role="former army captain")
D.q('"Nobody wants to be the last soldier of a losing army."', "Thant Zin Oo", ("Thant Zin Oo", 'die," Thant Zin Oo said'),
    mentions=[("Thant Zin Oo", "When Thant Zin Oo")], role="former army captain")
D.q("resistance forces have seized more than 35 towns and hundreds of military posts", "Institute for Strategy and Policy - Myanmar",
    "a tally by the Institute for Strategy and Policy - Myanmar", alt=["ISP-Myanmar"])
D.q("The military now fully controls only about 17 percent of the country's territory", "Special Advisory Council for Myanmar",
    "the Special Advisory Council for Myanmar, a group of independent experts", mentions=[("the council", "the council's estimate")])
D.q('the council\'s estimate was "generous to the resistance" and that the army still held every major city',
    "A Western diplomat in Yangon", "A Western diplomat in Yangon",
    mentions=[("the diplomat in Yangon", "But the diplomat in Yangon")], anon="unnamed official", direct=False)
D.q("such reports as propaganda", "The junta", ("The junta", "The junta has dismissed"), anon="named",
    affil="Military Forces of Myanmar")
D.q('troops had withdrawn from some towns "to protect the lives of civilians"', "State media",
    ("State media", "State media last month quoted"), anon="anonymous", alt=["a military spokesman"], direct=False)
D.q("it has between 130,000 and 150,000 troops, of whom perhaps half are combat soldiers", "Nilar Win",
    "Nilar Win, a political scientist at Chiang Mai University",
    mentions=[("Nilar Win", "Nilar Win argues"), ("Nilar Win", "which Nilar Win said"), ("she", 'road," she said')],
    role="political scientist", affil="Chiang Mai University")
D.q('"On paper it is a big army.', "Nilar Win", ("she", 'road," she said'),
    mentions=["Nilar Win, a political scientist at Chiang Mai University"], role="political scientist")
D.q('In practice it is spread thin across hundreds of outposts that it can no longer resupply by road,"', "Nilar Win",
    ("she", 'road," she said'), mentions=["Nilar Win, a political scientist at Chiang Mai University"],
    role="political scientist")
D.q("That is why the conscription law activated in February matters so much", "Nilar Win", ("Nilar Win", "Nilar Win argues"),
    mentions=["Nilar Win, a political scientist at Chiang Mai University"], role="political scientist")
D.q("The law, which requires men aged 18 to 35 to serve two years, has prompted tens of thousands of young people to flee to Thailand or to join the resistance",
    "aid workers on the border", "aid workers on the border", anon="anonymous")
D.q("the draft has also backfired inside the ranks, because conscripts sent to the front with two weeks of training are more likely to surrender than fight",
    "Thant Zin Oo", ("Thant Zin Oo", "Thant Zin Oo says the draft"), mentions=[("Thant Zin Oo", "When Thant Zin Oo")],
    role="former army captain")
D.q("the collapse of the kyat and soaring food prices had pushed more young men into the resistance, where they are at least fed",
    "Richard Hallam", "Richard Hallam", mentions=[("Hallam", 'ground," Hallam said'), ("Hallam", "Hallam said, it would"),
                                                  ("he", 'career," he said')], role="analyst")
D.q('"When a day\'s wage buys two kilos of rice, a rifle and a meal start to look like a career,"', "Richard Hallam",
    ("he", 'career," he said'), mentions=["Richard Hallam"], role="analyst")
D.q("1,652 air strikes between the coup and the end of March, more than a third of them on villages in Sagaing region",
    "Myanmar Witness Network", "A local monitoring group, Myanmar Witness Network")
D.q('"Russian and Chinese jets have allowed the army to keep bombing even as it loses on the ground,"', "Richard Hallam",
    ("Hallam", 'ground," Hallam said'), mentions=["Richard Hallam"], role="analyst")
D.q("had slowed the offensive there because the alliance depends on Chinese goodwill for trade across the border",
    "Nilar Win", ("Nilar Win", "which Nilar Win said"), mentions=["Nilar Win, a political scientist at Chiang Mai University"],
    role="political scientist")
D.q('"The mountains and the river have always allowed us to train and resupply out of their reach,"', "Saw Kler Doh",
    "Saw Kler Doh", mentions=[("He", "He said last month's")], role="KNU spokesman", affil="Karen National Union")
D.q("last month's fighting around Myawaddy, when resistance forces briefly overran an army base before withdrawing, had shown that the border trade the junta relies on was vulnerable",
    "Saw Kler Doh", ("He", "He said last month's"), mentions=["Saw Kler Doh"], role="KNU spokesman",
    affil="Karen National Union")
D.q("More than 2.8 million people are now displaced across the country", "United Nations",
    ("the United Nations", "according to the United Nations, up from"))
D.q("at least 18.6 million people need humanitarian assistance this year", "United Nations", ("The UN", "The UN says"),
    mentions=[("the United Nations", "according to the United Nations, up from")])
D.q("If the army loses its grip on the central plains, Hallam said, it would be forced back to the capital, Naypyitaw, and a handful of cities",
    "Richard Hallam", ("Hallam", "Hallam said, it would"), mentions=["Richard Hallam"], role="analyst",
    frags=["If the army loses its grip on the central plains", "it would be forced back to the capital, Naypyitaw, and a handful of cities"])
D.q("the resistance was divided along ethnic lines and that rival groups had already clashed over captured towns",
    "A Western diplomat in Yangon", ("the diplomat in Yangon", "But the diplomat in Yangon"),
    mentions=["A Western diplomat in Yangon"], anon="unnamed official")
D.q('"Every month, more of my old comrades call me,"', "Thant Zin Oo", ("he", 'call me," he said'),
    mentions=[("Thant Zin Oo", "Thant Zin Oo is more hopeful")], role="former army captain")
D.q('"They ask only one thing: how do I get out?"', "Thant Zin Oo", ("he", 'call me," he said'),
    mentions=[("Thant Zin Oo", "Thant Zin Oo is more hopeful")], role="former army captain")
D.agg("resistance forces have seized more than 35 towns and hundreds of military posts", "towns seized by resistance forces",
      "towns", quantity=35, low=35, qualifier="more than", ps="2023-10-27", pe="2024-05-20", scope="Myanmar",
      claimant="Institute for Strategy and Policy - Myanmar")
D.agg("The military now fully controls only about 17 percent of the country's territory", "share of territory fully controlled by the military",
      "percent", quantity=17, qualifier="about", pe="2024-05-20", scope="Myanmar", claimant="Special Advisory Council for Myanmar")
D.agg("it has between 130,000 and 150,000 troops", "military troops", "troops", low=130000, high=150000, pe="2024-05-20",
      scope="Myanmar military", claimant="Nilar Win")
D.agg("A local monitoring group, Myanmar Witness Network, counted 1,652 air strikes between the coup and the end of March",
      "air strikes", "air strikes", quantity=1652, ps="2021-02-01", pe="2024-03-31", scope="Myanmar",
      claimant="Myanmar Witness Network")
D.agg("More than 2.8 million people are now displaced across the country", "displaced people", "people", quantity=2800000,
      low=2800000, qualifier="more than", pe="2024-05-20", scope="Myanmar", claimant="United Nations")
D.agg("up from about 1 million before the coup", "displaced people", "people", quantity=1000000, qualifier="about",
      pe="2021-02-01", scope="Myanmar", claimant="United Nations")
D.cau("Morale collapsed after the northern defeats, because the men saw generals surrender while privates were left to die",
      "the men saw generals surrender while privates were left to die", "Morale collapsed",
      driver="leadership/command change", claimant="Thant Zin Oo")
D.cau("The law, which requires men aged 18 to 35 to serve two years, has prompted tens of thousands of young people to flee to Thailand or to join the resistance",
      "The law, which requires men aged 18 to 35 to serve two years",
      "tens of thousands of young people to flee to Thailand or to join the resistance",
      driver="security posture/deployment", claimant="aid workers on the border")
D.cau("the draft has also backfired inside the ranks, because conscripts sent to the front with two weeks of training are more likely to surrender than fight",
      "conscripts sent to the front with two weeks of training are more likely to surrender than fight",
      "the draft has also backfired inside the ranks", driver="security posture/deployment", claimant="Thant Zin Oo")
D.cau("the collapse of the kyat and soaring food prices had pushed more young men into the resistance",
      "the collapse of the kyat and soaring food prices", "more young men into the resistance",
      driver="economic hardship/unemployment", claimant="Richard Hallam")
D.cau("Russian and Chinese jets have allowed the army to keep bombing even as it loses on the ground",
      "Russian and Chinese jets", "the army to keep bombing", driver="external support", claimant="Richard Hallam")
D.cau("Beijing brokered a ceasefire in northern Shan State in January, which Nilar Win said had slowed the offensive there because the alliance depends on Chinese goodwill for trade across the border",
      "Beijing brokered a ceasefire in northern Shan State in January", "slowed the offensive there",
      driver="external support", pol="-", claimant="Nilar Win")
D.cau("The mountains and the river have always allowed us to train and resupply out of their reach",
      "The mountains and the river", "us to train and resupply out of their reach", driver="terrain/safe havens",
      claimant="Saw Kler Doh")

# ---------------------------------------------------------------------------------------------------------
# authG-09  peace-process story, Bangsamoro (Mindanao), with two incidents
T = """COTABATO CITY, Philippines - Nearly a decade after the Moro Islamic Liberation Front (MILF) signed a peace agreement with Manila, the process of disarming its fighters has slowed sharply, officials said on Tuesday, as the Bangsamoro region prepares for its first parliamentary elections.

Of the 40,000 MILF combatants due to be decommissioned under the 2014 Comprehensive Agreement on the Bangsamoro, about 26,000 have handed in their weapons, according to the Independent Decommissioning Body. The last phase, covering some 14,000 fighters, was supposed to be completed this year.

"Decommissioning has stalled because the promised livelihood packages have not arrived, and a fighter will not give up his rifle for a promise," said Ustadz Jamal Taib, a member of the MILF central committee. Taib said delays in the cash grants, housing and farm support had pushed some former combatants to rejoin armed groups or private armies of local clans.

The warning came as violence flared again in Lanao del Sur. On Sunday, soldiers clashed with about 20 militants of the Islamic State-linked Dawlah Islamiyah in the hinterlands of Piagapo town, killing three of them, said Lieutenant Colonel Arnel Villaruz, spokesman of the army's 103rd Infantry Brigade. Two soldiers were wounded, he said.

"The remnants of Dawlah Islamiyah are weak, but the forests around Lake Lanao have allowed them to evade our troops for years," Villaruz said. The army estimates the group now has fewer than 100 fighters in the province, down from several hundred before the 2017 siege of Marawi.

Late on Saturday, an unidentified man threw a grenade at a crowd outside a bakery in Cotabato City, wounding four people, city police chief Colonel Rex Bautista said. Police were investigating whether the attack was linked to a clan feud, he said.

The military says the deaths of several Dawlah Islamiyah leaders in operations last year, including its self-proclaimed emir, have weakened the group's ability to recruit and to plan attacks. "Without their leaders the cells are scattered and poorly funded," Villaruz said.

Marawi itself remains a wound. The five-month siege in 2017 displaced some 350,000 people, and about 17,000 families still cannot return to the destroyed city centre known as ground zero, according to the Task Force Bangon Marawi. Residents say the slow rebuilding has kept thousands in temporary shelters and fed resentment that militants exploit.

"My children have grown up in a shelter. Every year they promise us we will go home," said Sittie Norhaya Ali, who lives in a transitory site outside the city.

Poverty is another driver. The Bangsamoro region remains the poorest in the country, and Maria Theresa Abad, a peace researcher in Cotabato City, said the lack of jobs for young men made them vulnerable to recruitment by both militant groups and political clans. "Peace has not yet paid a dividend in the villages," she said.

The postponement of the first Bangsamoro parliamentary elections, originally set for 2022, has raised fears among civil society groups that the transition is losing public support. Congress moved the vote to 2025 to give the interim authority more time to pass key laws.

Rido, the clan feuds that have long plagued the region, killed more than 100 people last year, according to a conflict-monitoring programme run by International Alert, more than the militant groups did.

Abad said the peace deal had nonetheless transformed the region. "Ten years ago we counted bombings every week. Now we count feuds and grenades," she said. If the elections are held on time and the decommissioning resumes, she added, the Bangsamoro could become a model for other conflicts in Asia.
"""
D = Doc("authG-09", "2023-09-12", "MILF disarmament stalls as Bangsamoro prepares for first elections", T)
D.ev(["soldiers clashed with about 20 militants of the Islamic State-linked Dawlah Islamiyah in the hinterlands of Piagapo town, killing three of them",
      "Two soldiers were wounded"],
     date="2023-09-10", etype="Battles", sub="Armed clash", actor1="Military Forces of the Philippines (2022-)",
     actor2="Dawlah Islamiyah", country="Philippines", admin1="Bangsamoro Autonomous Region in Muslim Mindanao",
     admin1_alt=["BARMM", "Bangsamoro", "Autonomous Region in Muslim Mindanao", "ARMM", "Lanao del Sur"],
     admin2="Lanao del Sur", location="Piagapo", prec=2, fatalities=3, injured=2)
D.ev(["an unidentified man threw a grenade at a crowd outside a bakery in Cotabato City, wounding four people"],
     date="2023-09-09", etype="Explosions/Remote violence", sub="Grenade", actor1="Unidentified Armed Group (Philippines)",
     actor2="Civilians (Philippines)", country="Philippines", admin1="Bangsamoro Autonomous Region in Muslim Mindanao",
     admin1_alt=["BARMM", "Bangsamoro", "Autonomous Region in Muslim Mindanao", "ARMM", "Maguindanao",
                 "Maguindanao del Norte", "Soccsksargen"],
     admin2="Cotabato City", location="Cotabato City", lat=7.2236, lon=124.2464, prec=1, fatalities=0, injured=4)
D.q("the process of disarming its fighters has slowed sharply", "officials", ("officials", "officials said on Tuesday"),
    anon="unnamed official")
D.q("about 26,000 have handed in their weapons", "Independent Decommissioning Body", "the Independent Decommissioning Body",
    alt=["IDB"])
D.q('"Decommissioning has stalled because the promised livelihood packages have not arrived, and a fighter will not give up his rifle for a promise,"',
    "Jamal Taib", "Ustadz Jamal Taib", mentions=[("Taib", "Taib said delays")], role="member of the MILF central committee",
    affil="Moro Islamic Liberation Front")
D.q("delays in the cash grants, housing and farm support had pushed some former combatants to rejoin armed groups or private armies of local clans",
    "Jamal Taib", ("Taib", "Taib said delays"), mentions=["Ustadz Jamal Taib"], role="member of the MILF central committee",
    affil="Moro Islamic Liberation Front")
D.q("soldiers clashed with about 20 militants of the Islamic State-linked Dawlah Islamiyah in the hinterlands of Piagapo town, killing three of them",
    "Arnel Villaruz", "Lieutenant Colonel Arnel Villaruz",
    mentions=[("he", "wounded, he said"), ("Villaruz", 'years," Villaruz said'), ("Villaruz", 'funded," Villaruz said')],
    role="spokesman of the 103rd Infantry Brigade", affil="Philippine Army")
D.q("Two soldiers were wounded", "Arnel Villaruz", ("he", "wounded, he said"), mentions=["Lieutenant Colonel Arnel Villaruz"],
    role="spokesman of the 103rd Infantry Brigade", affil="Philippine Army")
D.q('"The remnants of Dawlah Islamiyah are weak, but the forests around Lake Lanao have allowed them to evade our troops for years,"',
    "Arnel Villaruz", ("Villaruz", 'years," Villaruz said'), mentions=["Lieutenant Colonel Arnel Villaruz"],
    role="spokesman of the 103rd Infantry Brigade", affil="Philippine Army")
D.q("the group now has fewer than 100 fighters in the province, down from several hundred before the 2017 siege of Marawi",
    "Philippine Army", ("The army", "The army estimates"), anon="named")
D.q("an unidentified man threw a grenade at a crowd outside a bakery in Cotabato City, wounding four people", "Rex Bautista",
    "city police chief Colonel Rex Bautista", mentions=[("he", "feud, he said")], role="city police chief",
    affil="Cotabato City police")
D.q("Police were investigating whether the attack was linked to a clan feud", "Rex Bautista", ("he", "feud, he said"),
    mentions=["city police chief Colonel Rex Bautista"], role="city police chief", affil="Cotabato City police")
D.q("the deaths of several Dawlah Islamiyah leaders in operations last year, including its self-proclaimed emir, have weakened the group's ability to recruit and to plan attacks",
    "Philippine Army", ("The military", "The military says"), anon="named")
D.q('"Without their leaders the cells are scattered and poorly funded,"', "Arnel Villaruz", ("Villaruz", 'funded," Villaruz said'),
    mentions=["Lieutenant Colonel Arnel Villaruz"], role="spokesman of the 103rd Infantry Brigade", affil="Philippine Army")
D.q("The five-month siege in 2017 displaced some 350,000 people, and about 17,000 families still cannot return to the destroyed city centre known as ground zero",
    "Task Force Bangon Marawi", "the Task Force Bangon Marawi")
D.q("the slow rebuilding has kept thousands in temporary shelters and fed resentment that militants exploit", "Residents",
    ("Residents", "Residents say"), anon="anonymous")
D.q('"My children have grown up in a shelter.', "Sittie Norhaya Ali", "Sittie Norhaya Ali", role="displaced resident of Marawi")
D.q('Every year they promise us we will go home,"', "Sittie Norhaya Ali", "Sittie Norhaya Ali", role="displaced resident of Marawi")
D.q("the lack of jobs for young men made them vulnerable to recruitment by both militant groups and political clans",
    "Maria Theresa Abad", "Maria Theresa Abad",
    mentions=[("she", 'villages," she said'), ("Abad", "Abad said the peace deal"), ("she", 'grenades," she said'),
              ("she", "she added")], role="peace researcher")
D.q('"Peace has not yet paid a dividend in the villages,"', "Maria Theresa Abad", ("she", 'villages," she said'),
    mentions=["Maria Theresa Abad"], role="peace researcher")
D.q("Rido, the clan feuds that have long plagued the region, killed more than 100 people last year",
    "International Alert", "a conflict-monitoring programme run by International Alert")
D.q("the peace deal had nonetheless transformed the region", "Maria Theresa Abad", ("Abad", "Abad said the peace deal"),
    mentions=["Maria Theresa Abad"], role="peace researcher")
D.q('"Ten years ago we counted bombings every week.', "Maria Theresa Abad", ("she", 'grenades," she said'),
    mentions=["Maria Theresa Abad", ("Abad", "Abad said the peace deal")], role="peace researcher")
D.q('Now we count feuds and grenades,"', "Maria Theresa Abad", ("she", 'grenades," she said'),
    mentions=["Maria Theresa Abad", ("Abad", "Abad said the peace deal")], role="peace researcher")
D.q("If the elections are held on time and the decommissioning resumes, she added, the Bangsamoro could become a model for other conflicts in Asia",
    "Maria Theresa Abad", ("she", "she added"), mentions=["Maria Theresa Abad", ("Abad", "Abad said the peace deal")],
    role="peace researcher",
    frags=["If the elections are held on time and the decommissioning resumes", "the Bangsamoro could become a model for other conflicts in Asia"])
D.agg("Of the 40,000 MILF combatants due to be decommissioned", "MILF combatants", "fighters", quantity=40000,
      scope="MILF", claimant="Independent Decommissioning Body")
D.agg("about 26,000 have handed in their weapons", "MILF combatants decommissioned", "fighters", quantity=26000,
      qualifier="about", pe="2023-09-12", scope="MILF", claimant="Independent Decommissioning Body")
D.agg("The last phase, covering some 14,000 fighters", "MILF combatants still to be decommissioned", "fighters",
      quantity=14000, qualifier="some", scope="MILF")
D.agg("the group now has fewer than 100 fighters in the province", "fighters", "fighters", quantity=100, high=100,
      qualifier="fewer than", pe="2023-09-12", scope="Dawlah Islamiyah, Lanao del Sur", claimant="Philippine Army")
D.agg("The five-month siege in 2017 displaced some 350,000 people", "displaced people", "people", quantity=350000,
      qualifier="some", ps="2017-05-23", pe="2017-10-23", scope="Marawi", claimant="Task Force Bangon Marawi")
D.agg("about 17,000 families still cannot return to the destroyed city centre known as ground zero", "displaced families",
      "families", quantity=17000, qualifier="about", pe="2023-09-12", scope="Marawi", claimant="Task Force Bangon Marawi")
D.agg("Rido, the clan feuds that have long plagued the region, killed more than 100 people last year", "people killed in clan feuds",
      "people", quantity=100, low=100, qualifier="more than", ps="2022-01-01", pe="2022-12-31", scope="Bangsamoro region",
      claimant="International Alert")
D.cau("Decommissioning has stalled because the promised livelihood packages have not arrived",
      "the promised livelihood packages have not arrived", "Decommissioning has stalled",
      driver="displacement/camps/reintegration", claimant="Jamal Taib")
D.cau("delays in the cash grants, housing and farm support had pushed some former combatants to rejoin armed groups or private armies of local clans",
      "delays in the cash grants, housing and farm support",
      "some former combatants to rejoin armed groups or private armies of local clans",
      driver="displacement/camps/reintegration", claimant="Jamal Taib")
D.cau("the forests around Lake Lanao have allowed them to evade our troops for years", "the forests around Lake Lanao",
      "them to evade our troops", driver="terrain/safe havens", claimant="Arnel Villaruz")
D.cau("the deaths of several Dawlah Islamiyah leaders in operations last year, including its self-proclaimed emir, have weakened the group's ability to recruit and to plan attacks",
      "the deaths of several Dawlah Islamiyah leaders in operations last year, including its self-proclaimed emir",
      "the group's ability to recruit and to plan attacks", driver="leadership/command change", pol="-",
      claimant="Philippine Army")
D.cau("the slow rebuilding has kept thousands in temporary shelters and fed resentment that militants exploit",
      "the slow rebuilding", "kept thousands in temporary shelters and fed resentment that militants exploit",
      driver="displacement/camps/reintegration", claimant="Residents")
D.cau("the lack of jobs for young men made them vulnerable to recruitment by both militant groups and political clans",
      "the lack of jobs for young men", "them vulnerable to recruitment", driver="economic hardship/unemployment",
      claimant="Maria Theresa Abad")
D.cau("The postponement of the first Bangsamoro parliamentary elections, originally set for 2022, has raised fears among civil society groups that the transition is losing public support",
      "The postponement of the first Bangsamoro parliamentary elections", "fears among civil society groups that the transition is losing public support",
      driver="governance/corruption")

# ---------------------------------------------------------------------------------------------------------
# authG-10  think-tank style analysis, Islamic State remnants in eastern Syria (no event)
T = """Islamic State's last stand on the Euphrates - and the insurgency that will follow

Analysis by the Levant Security Desk

A year after the fall of Raqqa, the Islamic State's self-declared caliphate in Syria has shrunk to a pocket of villages around Hajin on the east bank of the Euphrates, near the Iraqi border. The U.S.-led coalition says the group has lost 99 percent of the territory it once held in Iraq and Syria. Yet the campaign to take the pocket, launched by the Syrian Democratic Forces (SDF) on September 10, has proved slower and bloodier than its commanders predicted.

Between 2,000 and 2,500 Islamic State fighters remain in the Hajin pocket, according to coalition estimates, many of them foreigners with nowhere else to go. About 7,000 civilians are believed to be trapped with them, aid agencies say.

The Britain-based Syrian Observatory for Human Rights, which tracks the war through a network of sources on the ground, says more than 300 SDF fighters and at least 500 jihadists have been killed since the offensive began.

"The pocket is small, but the terrain favours the defender," said Colonel Daniel Whitcombe, a coalition spokesman. "Tunnels, mines and sandstorms have allowed the enemy to slow our partners' advance." He said coalition air strikes would continue "until the last village is cleared".

The offensive was also set back by events far to the north. Turkish shelling of Kurdish positions east of the Euphrates at the end of October prompted the SDF to suspend its operations against the jihadists for more than a week, as Kurdish commanders moved fighters back to defend their towns.

"Our fighters cannot be in Hajin and on the border at the same time," SDF commander Shervan Deriki said at the time.

Beyond the pocket, the jihadists are already operating as an insurgency. Cells hidden in the Badia, the vast desert between Palmyra and Deir ez-Zor, carried out at least 40 attacks on government forces and allied militias in October, according to the Observatory. The desert, with its caves and dry riverbeds, has allowed those cells to survive repeated government sweeps.

Laila Haddad, a researcher at a Beirut think tank who studies the eastern tribes, warns that the military defeat of the caliphate will not end the group. "Many Arab tribesmen in Deir ez-Zor see the Kurdish-led administration as an occupier, and that resentment has helped Islamic State recruit," Haddad said. "Add corruption at government checkpoints on the other side of the river, and you have two populations with reasons to be angry."

The economic picture is bleak. The destruction of irrigation canals and farmland along the Euphrates, and the lack of jobs in towns reduced to rubble, have made young men easy prey for recruiters, said Sheikh Mutlaq al-Khabour, a tribal elder from the Shuhail area. "A young man who cannot feed his family will listen to anyone who pays," he said.

The coalition says the killing of several senior Islamic State commanders in air strikes this year has weakened the group's command structure. It denied that its strikes on Hajin had caused significant civilian casualties. The Observatory, by contrast, says dozens of civilians have been killed in air strikes on the pocket in recent weeks.

Then there are the camps. More than 10,000 women and children linked to Islamic State fighters are held in al-Hol camp in Hasakah province, according to the Kurdish-led administration. Aid workers warn that conditions there could breed a new generation of militants unless the detainees' home countries take them back.

Globally, a UN monitoring report estimated in August that between 20,000 and 30,000 Islamic State fighters remain in Iraq and Syria. That does not mean a new caliphate is imminent, Haddad said. "The caliphate is finished as a state. As an idea and an insurgency, it has years ahead of it."
"""
D = Doc("authG-10", "2018-11-20", "Islamic State's last stand on the Euphrates - and the insurgency that will follow", T)
D.q("the group has lost 99 percent of the territory it once held in Iraq and Syria", "Global Coalition Against Daesh",
    ("The U.S.-led coalition", "The U.S.-led coalition says"), alt=["U.S.-led coalition"])
D.q("Between 2,000 and 2,500 Islamic State fighters remain in the Hajin pocket", "Global Coalition Against Daesh",
    "coalition estimates", anon="named", alt=["U.S.-led coalition"])
D.q("About 7,000 civilians are believed to be trapped with them", "aid agencies", ("aid agencies", "aid agencies say"),
    anon="anonymous")
D.q("more than 300 SDF fighters and at least 500 jihadists have been killed since the offensive began",
    "Syrian Observatory for Human Rights", "The Britain-based Syrian Observatory for Human Rights",
    mentions=[("the Observatory", "according to the Observatory"), ("The Observatory", "The Observatory, by contrast")])
D.q('"The pocket is small, but the terrain favours the defender,"', "Daniel Whitcombe", "Colonel Daniel Whitcombe",
    mentions=[("He", "He said coalition air strikes")], role="coalition spokesman", affil="Global Coalition Against Daesh")
D.q('"Tunnels, mines and sandstorms have allowed the enemy to slow our partners\' advance."', "Daniel Whitcombe",
    "Colonel Daniel Whitcombe", mentions=[("He", "He said coalition air strikes")], role="coalition spokesman",
    affil="Global Coalition Against Daesh")
D.q('coalition air strikes would continue "until the last village is cleared"', "Daniel Whitcombe",
    ("He", "He said coalition air strikes"), mentions=["Colonel Daniel Whitcombe"], role="coalition spokesman",
    affil="Global Coalition Against Daesh", direct=False)
D.q('"Our fighters cannot be in Hajin and on the border at the same time,"', "Shervan Deriki", "SDF commander Shervan Deriki",
    role="SDF commander", affil="Syrian Democratic Forces")
D.q("Cells hidden in the Badia, the vast desert between Palmyra and Deir ez-Zor, carried out at least 40 attacks on government forces and allied militias in October",
    "Syrian Observatory for Human Rights", ("the Observatory", "according to the Observatory"),
    mentions=["The Britain-based Syrian Observatory for Human Rights"])
D.q("the military defeat of the caliphate will not end the group", "Laila Haddad", "Laila Haddad",
    mentions=[("Haddad", 'recruit," Haddad said'), ("Haddad", "imminent, Haddad said")], role="researcher",
    affil="Beirut think tank")
D.q('"Many Arab tribesmen in Deir ez-Zor see the Kurdish-led administration as an occupier, and that resentment has helped Islamic State recruit,"',
    "Laila Haddad", ("Haddad", 'recruit," Haddad said'), mentions=["Laila Haddad"], role="researcher")
D.q('"Add corruption at government checkpoints on the other side of the river, and you have two populations with reasons to be angry."',
    "Laila Haddad", ("Haddad", 'recruit," Haddad said'), mentions=["Laila Haddad"], role="researcher")
D.q("The destruction of irrigation canals and farmland along the Euphrates, and the lack of jobs in towns reduced to rubble, have made young men easy prey for recruiters",
    "Mutlaq al-Khabour", "Sheikh Mutlaq al-Khabour", mentions=[("he", 'pays," he said')], role="tribal elder")
D.q('"A young man who cannot feed his family will listen to anyone who pays,"', "Mutlaq al-Khabour", ("he", 'pays," he said'),
    mentions=["Sheikh Mutlaq al-Khabour"], role="tribal elder")
D.q("the killing of several senior Islamic State commanders in air strikes this year has weakened the group's command structure",
    "Global Coalition Against Daesh", ("The coalition", "The coalition says the killing"), alt=["U.S.-led coalition"])
D.q("that its strikes on Hajin had caused significant civilian casualties", "Global Coalition Against Daesh",
    ("It", "It denied"), mentions=[("The coalition", "The coalition says the killing")], alt=["U.S.-led coalition"])
D.q("dozens of civilians have been killed in air strikes on the pocket in recent weeks", "Syrian Observatory for Human Rights",
    ("The Observatory", "The Observatory, by contrast"), mentions=["The Britain-based Syrian Observatory for Human Rights"])
D.q("More than 10,000 women and children linked to Islamic State fighters are held in al-Hol camp in Hasakah province",
    "Kurdish-led administration", ("the Kurdish-led administration", "according to the Kurdish-led administration. Aid"),
    alt=["Autonomous Administration of North and East Syria"])
D.q("conditions there could breed a new generation of militants unless the detainees' home countries take them back",
    "Aid workers", ("Aid workers", "Aid workers warn"), anon="anonymous")
D.q("between 20,000 and 30,000 Islamic State fighters remain in Iraq and Syria", "UN monitoring report",
    "a UN monitoring report", alt=["United Nations"])
D.q("That does not mean a new caliphate is imminent", "Laila Haddad", ("Haddad", "imminent, Haddad said"),
    mentions=["Laila Haddad"], role="researcher")
D.q('"The caliphate is finished as a state.', "Laila Haddad", ("Haddad", "imminent, Haddad said"), mentions=["Laila Haddad"],
    role="researcher")
D.q('As an idea and an insurgency, it has years ahead of it."', "Laila Haddad", ("Haddad", "imminent, Haddad said"),
    mentions=["Laila Haddad"], role="researcher")
D.agg("the group has lost 99 percent of the territory it once held in Iraq and Syria", "share of territory lost by Islamic State",
      "percent", quantity=99, pe="2018-11-20", scope="Iraq and Syria", claimant="Global Coalition Against Daesh")
D.agg("Between 2,000 and 2,500 Islamic State fighters remain in the Hajin pocket", "fighters", "fighters", low=2000, high=2500,
      pe="2018-11-20", scope="Hajin pocket", claimant="Global Coalition Against Daesh")
D.agg("About 7,000 civilians are believed to be trapped with them", "trapped civilians", "people", quantity=7000,
      qualifier="about", pe="2018-11-20", scope="Hajin pocket", claimant="aid agencies")
D.agg("more than 300 SDF fighters", "SDF fighters killed", "people", quantity=300, low=300, qualifier="more than",
      ps="2018-09-10", pe="2018-11-20", scope="Hajin offensive", claimant="Syrian Observatory for Human Rights")
D.agg("at least 500 jihadists have been killed since the offensive began", "Islamic State fighters killed", "people",
      quantity=500, low=500, qualifier="at least", ps="2018-09-10", pe="2018-11-20", scope="Hajin offensive",
      claimant="Syrian Observatory for Human Rights")
D.agg("carried out at least 40 attacks on government forces and allied militias in October", "attacks", "attacks",
      quantity=40, low=40, qualifier="at least", ps="2018-10-01", pe="2018-10-31", scope="Badia desert",
      claimant="Syrian Observatory for Human Rights")
D.agg("More than 10,000 women and children linked to Islamic State fighters are held in al-Hol camp in Hasakah province",
      "women and children held in camp", "people", quantity=10000, low=10000, qualifier="more than", pe="2018-11-20",
      scope="al-Hol camp", claimant="Kurdish-led administration")
D.agg("between 20,000 and 30,000 Islamic State fighters remain in Iraq and Syria", "fighters", "fighters", low=20000,
      high=30000, pe="2018-08-31", scope="Iraq and Syria", claimant="UN monitoring report")
D.cau("Tunnels, mines and sandstorms have allowed the enemy to slow our partners' advance", "Tunnels, mines and sandstorms",
      "the enemy to slow our partners' advance", driver="terrain/safe havens", claimant="Daniel Whitcombe")
D.cau("Turkish shelling of Kurdish positions east of the Euphrates at the end of October prompted the SDF to suspend its operations against the jihadists for more than a week",
      "Turkish shelling of Kurdish positions east of the Euphrates", "the SDF to suspend its operations against the jihadists")
D.cau("The desert, with its caves and dry riverbeds, has allowed those cells to survive repeated government sweeps",
      "The desert, with its caves and dry riverbeds", "those cells to survive repeated government sweeps",
      driver="terrain/safe havens")
D.cau("Many Arab tribesmen in Deir ez-Zor see the Kurdish-led administration as an occupier, and that resentment has helped Islamic State recruit",
      "that resentment", "Islamic State recruit", driver="sectarian grievance", claimant="Laila Haddad")
D.cau("The destruction of irrigation canals and farmland along the Euphrates, and the lack of jobs in towns reduced to rubble, have made young men easy prey for recruiters",
      "the lack of jobs in towns reduced to rubble", "young men easy prey for recruiters",
      driver="economic hardship/unemployment", claimant="Mutlaq al-Khabour")
D.cau("the killing of several senior Islamic State commanders in air strikes this year has weakened the group's command structure",
      "the killing of several senior Islamic State commanders in air strikes this year", "the group's command structure",
      driver="leadership/command change", pol="-", claimant="Global Coalition Against Daesh")
D.cau("conditions there could breed a new generation of militants", "conditions there", "a new generation of militants",
      driver="displacement/camps/reintegration", hedged=True, claimant="Aid workers")


# === MAIN ===
def main():
    with open(os.path.join(HERE, "authG.docs.jsonl"), "w") as f:
        for d in DOCS:
            f.write(json.dumps(d.doc_line(), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authG.gold.jsonl"), "w") as f:
        for d in DOCS:
            f.write(json.dumps(d.gold_line(), ensure_ascii=False) + "\n")
    with open("/tmp/authG.pred_selfcheck.jsonl", "w") as f:
        for d in DOCS:
            g = d.gold_line()
            f.write(json.dumps({"id": d.id, "events": g["events"], "quotes": g["quotes"], "claims": g["claims"]},
                               ensure_ascii=False) + "\n")
    tot = lambda k: sum(len(getattr(d, k)) for d in DOCS)
    agg = sum(c["kind"] == "aggregate" for d in DOCS for c in d.claims)
    cau = [c for d in DOCS for c in d.claims if c["kind"] == "causal"]
    print(f"docs={len(DOCS)} events={tot('events')} quotes={tot('quotes')} aggregate={agg} causal={len(cau)} "
          f"causal_with_driver={sum(c['driver'] is not None for c in cau)} "
          f"no_event_docs={sum(not d.events for d in DOCS)}")
    for d in DOCS:
        print(d.id, d.published, len(d.t.split()), "words", len(d.events), "ev", len(d.quotes), "q",
              sum(c["kind"] == "aggregate" for c in d.claims), "agg", sum(c["kind"] == "causal" for c in d.claims), "cau")


if __name__ == "__main__":
    main()
