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
        """(start, end) of s: unique in the text, or found inside the unique context string ctx,
        or inside the span base=(start, end)."""
        t = self.t
        if base is not None:
            seg = t[base[0]:base[1]]
            assert seg.count(s) >= 1, (self.id, s, seg)
            i = base[0] + seg.index(s)
        elif ctx is None:
            assert t.count(s) == 1, (self.id, "not unique", s, t.count(s))
            i = t.index(s)
        else:
            assert t.count(ctx) == 1, (self.id, "ctx not unique", ctx, t.count(ctx))
            assert s in ctx, (self.id, s, ctx)
            i = t.index(ctx) + ctx.index(s)
        assert t[i:i + len(s)] == s
        if s[0].isalnum() and i > 0:
            assert not t[i - 1].isalnum(), (self.id, "word boundary", s, ctx)
        if s[-1].isalnum() and i + len(s) < len(t):
            assert not t[i + len(s)].isalnum(), (self.id, "word boundary", s, ctx)
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
        if direct is None:
            direct = text.startswith('"')
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
