#!/usr/bin/env python3
"""authE: authored (fictional, our own writing) full reports on insurgent violence in Iraq and Syria in 2016,
annotated by /work/shared/data/reports/GUIDE.md. Every offset is computed here and asserted.

Writes authE.docs.jsonl, authE.gold.jsonl and authE.pred_selfcheck.jsonl (the gold rewritten as a pred file,
for the self-score with score_reports.py) next to this script."""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_record import event_record  # noqa: E402

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DRIVERS = {"security posture/deployment", "leadership/command change", "pandemic/lockdown",
           "economic hardship/unemployment", "displacement/camps/reintegration", "terrain/safe havens",
           "governance/corruption", "sectarian grievance", "external support", None}

IRAQ_A1 = {"Al Anbar": ["Anbar", "Al-Anbar"], "Baghdad": [], "Diyala": [], "Kirkuk": ["Tamim", "At-Ta'mim"],
           "Ninewa": ["Nineveh", "Ninawa", "Nineva"], "Salah al-Din": ["Salahuddin", "Salah ad Din", "Saladin"]}
SYRIA_A1 = {"Deir ez Zor": ["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr"], "Al Hasakeh": ["Hasakah", "Al-Hasakah", "Hassakeh"],
            "Aleppo": ["Halab"], "Homs": [], "Hama": [], "Idleb": ["Idlib"], "Ar-Raqqa": ["Raqqa", "Al Raqqa"],
            "Dara": ["Daraa", "Dar'a", "Deraa"]}


def occ(text, sub):
    pat = (r"(?<!\w)" if sub[0].isalnum() else "") + re.escape(sub) + (r"(?!\w)" if sub[-1].isalnum() else "")
    return [m.start() for m in re.finditer(pat, text)]


class Doc:
    def __init__(self, did, title, published, text, url=None):
        self.id, self.title, self.published, self.url = did, title, published, url
        self.text = text.strip()
        self.pub = datetime.date.fromisoformat(published)
        self.events, self.quotes, self.claims = [], [], []

    # ---- spans
    def span(self, sub, within=None, n=None):
        pos = occ(self.text, sub)
        if within:
            pos = [p for p in pos if within[0] <= p and p + len(sub) <= within[1]]
        if n is None:
            assert len(pos) == 1, (self.id, sub, len(pos))
            p = pos[0]
        else:
            p = pos[n]
        assert self.text[p:p + len(sub)] == sub
        return {"start": p, "end": p + len(sub), "text": sub}

    # ---- dates
    def wd(self, name):
        d = self.pub
        while WEEKDAYS[d.weekday()] != name:
            d -= datetime.timedelta(days=1)
        return d.isoformat()

    def ago(self, n):
        return (self.pub - datetime.timedelta(days=n)).isoformat()

    # ---- records
    def ev(self, evidence, date, etype, sub, admin1, location, country=None, **kw):
        country = country or ("Iraq" if admin1 in IRAQ_A1 else "Syria")
        alts = (IRAQ_A1 if country == "Iraq" else SYRIA_A1)[admin1]
        if alts and "admin1_alt" not in kw:
            kw["admin1_alt"] = alts
        d = datetime.date.fromisoformat(date)
        assert 0 <= (self.pub - d).days <= 7, (self.id, date)
        ev = [self.span(s) if isinstance(s, str) else self.span(*s) for s in evidence]
        self.events.append(event_record(date=date, etype=etype, sub=sub, country=country, admin1=admin1,
                                        location=location, evidence=ev, **kw))

    def q(self, content, spk, speaker, mentions=(), anon="named", direct=None, role=None, aff=None, medium=None,
          alt=None, frags=None):
        if frags:
            fr = [self.span(f) for f in frags]
            c = {"start": fr[0]["start"], "end": fr[-1]["end"]}
            c["text"] = self.text[c["start"]:c["end"]]
        else:
            c = self.span(content)
        if isinstance(spk, tuple):  # (unique anchor, mention inside it)
            a = self.span(spk[0])
            s = self.span(spk[1], within=(a["start"], a["end"]), n=0)
        else:
            rngs = [(f["start"], f["end"]) for f in fr] if frags else [(c["start"], c["end"])]
            pos = [p for p in occ(self.text, spk) if all(p + len(spk) <= a or p >= b for a, b in rngs)]
            assert pos, (self.id, spk)
            dist = lambda p: min(abs(a - (p + len(spk))) if p < a else abs(p - b) for a, b in rngs)
            p = min(pos, key=dist)
            assert dist(p) < 120, (self.id, spk, content[:40], dist(p))
            s = {"start": p, "end": p + len(spk), "text": spk}
        ms = {(s["start"], s["end"])}
        for m in mentions:
            for p in occ(self.text, m):
                ms.add((p, p + len(m)))
        ms = sorted(x for x in ms if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in ms))
        ms = sorted(set(ms) | {(s["start"], s["end"])})
        if direct is None:
            direct = c["text"].startswith('"')
        rec = {"start": c["start"], "end": c["end"], "text": c["text"]}
        if frags:
            rec["fragments"] = [[f["start"], f["end"]] for f in fr]
        rec.update({"direct": direct, "speaker": speaker, "speaker_start": s["start"], "speaker_end": s["end"],
                    "speaker_text": s["text"], "speaker_mentions": [list(x) for x in ms]})
        if alt:
            rec["speaker_alt"] = alt
        rec.update({"role": role, "affiliation": aff, "anonymity": anon, "medium": medium})
        assert anon in ("named", "unnamed official", "anonymous", "pseudonym")
        self.quotes.append(rec)

    def agg(self, span, counted, unit, quantity=None, low=None, high=None, qualifier=None, ps=None, pe=None,
            scope=None, claimant=None):
        s = self.span(span)
        assert quantity is not None or (low is not None and high is not None)
        self.claims.append({"kind": "aggregate", **s, "claimant": claimant, "quantity": quantity, "low": low,
                            "high": high, "counted": counted, "unit": unit, "qualifier": qualifier,
                            "period_start": ps, "period_end": pe, "scope": scope})

    def cz(self, span, cause, effect, driver=None, polarity="+", hedged=False, claimant=None):
        assert driver in DRIVERS, driver
        s = self.span(span)
        w = (s["start"], s["end"])
        self.claims.append({"kind": "causal", **s, "claimant": claimant, "hedged": hedged,
                            "cause": self.span(cause, within=w, n=0), "effect": self.span(effect, within=w, n=0),
                            "driver": driver, "polarity": polarity})

    def check(self):
        t = self.text
        n = len(t.split())
        assert 350 <= n <= 900, (self.id, n)
        for e in self.events:
            for x in e["evidence"]:
                assert t[x["start"]:x["end"]] == x["text"]
        for qq in self.quotes:
            assert t[qq["start"]:qq["end"]] == qq["text"]
            assert t[qq["speaker_start"]:qq["speaker_end"]] == qq["speaker_text"]
            for a, b in qq["speaker_mentions"] + qq.get("fragments", []):
                assert 0 <= a < b <= len(t)
        for c in self.claims:
            assert t[c["start"]:c["end"]] == c["text"]
            if c["kind"] == "causal":
                for k in ("cause", "effect"):
                    x = c[k]
                    assert t[x["start"]:x["end"]] == x["text"] and c["start"] <= x["start"] and x["end"] <= c["end"]
        return n

    def doc_line(self):
        d = {"id": self.id, "text": self.text, "published": self.published, "title": self.title}
        if self.url:
            d["url"] = self.url
        return d

    def gold_line(self):
        return {"id": self.id, "events": self.events, "quotes": self.quotes, "claims": self.claims,
                "source": {"author": "authE", "kind": "authored fictional report", "title": self.title,
                           "published": self.published}}


DOCS = []


def doc(*a, **k):
    d = Doc(*a, **k)
    DOCS.append(d)
    return d


IS_IQ, IS_SY = "Islamic State (Iraq)", "Islamic State (Syria)"
IQ_ARMY, IQ_POL = "Military Forces of Iraq (2014-2018)", "Police Forces of Iraq (2014-2018)"
SY_ARMY, RU = "Military Forces of Syria (2000-2024)", "Military Forces of Russia (2000-)"
COAL = "Global Coalition Against Daesh"
UAG_IQ, UAG_SY = "Unidentified Armed Group (Iraq)", "Unidentified Armed Group (Syria)"
PMF = "Popular Mobilization Forces (Iraq)"
PESH = "Military Forces of Iraq (2014-2018) Peshmerga"
BATTLE, EXPL, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"


# ---------------------------------------------------------------- authE-01 (Reuters wire, Baghdad/Anbar)
d = doc("authE-01", "Suicide car bomber kills 17 at army checkpoint on Baghdad's western edge", "2016-01-19", """
BAGHDAD (Reuters) - A suicide bomber drove an explosives-laden car into an army checkpoint in Abu Ghraib on the western edge of Baghdad on Monday, killing at least 14 people, most of them soldiers, police and medical sources said.

The toll rose to 17 on Tuesday after three wounded soldiers died in hospital, a police captain at the scene told Reuters. Twenty-six people were wounded, among them several farmers who had been waiting in their trucks to enter the capital.

Islamic State claimed responsibility in a statement circulated online, saying one of its fighters had targeted "the apostate army" at the gates of Baghdad.

"They are trying to show that they can still strike at the capital because they lost Ramadi," said Brigadier General Kadhim al-Bahadli, a spokesman for Baghdad Operations Command. "This is the behaviour of a defeated organisation."

Bahadli said security forces had tightened checks on the main highway linking Baghdad to Falluja, and that the bomber had used a dirt track through farmland in order to avoid them. Following the blast, troops closed the highway for several hours and searched nearby villages.

The attack came less than a month after Iraqi forces declared victory over the militants in Ramadi, the capital of Anbar province some 100 km (60 miles) west of Baghdad, which Islamic State had overrun in May. Falluja, midway between the two cities, remains in the hands of the jihadists.

In Anbar, Iraqi troops backed by air strikes from the U.S.-led coalition pushed into the village of Husaiba al-Sharqiya, east of Ramadi, on Monday and retook it from the militants, a military statement said. The statement said 23 militants were killed in the fighting and the air strikes, without giving a figure for army losses.

Separately, a roadside bomb exploded near a vegetable market in Baghdad's northwestern Shula district late on Sunday, killing two civilians and wounding seven, police said. No group claimed that attack.

"We heard the explosion and then everyone was running. There was blood on the oranges," said Ahmed Jassim, a stall holder at the market.

The bombings raised fears that the militants, squeezed in Anbar, would turn increasingly to attacks on soft targets in the capital, as they did during the sectarian bloodletting of 2006-2007.

A senior Interior Ministry official, who declined to be named, said intelligence services had foiled several plots in Baghdad in recent weeks. He said the ministry planned to deploy more sniffer dogs at checkpoints, whose handheld bomb detectors have long been derided as useless.

According to United Nations figures, more than 7,000 civilians were killed in acts of violence across Iraq in 2015.

The U.S.-led coalition says Islamic State has lost about 40 percent of the populated territory it once held in Iraq. Coalition officials say the group will try to compensate with bombings in government-held areas.

If the militants are driven out of Falluja, the government says, the road west from Baghdad will be safe again within months. Residents of Abu Ghraib are less sure.

"Every time they say the danger is over, another car explodes," said a farmer who gave his name only as Abu Mustafa.

(Reporting by Baghdad newsroom; Editing by a desk editor)
""")
d.ev(["A suicide bomber drove an explosives-laden car into an army checkpoint in Abu Ghraib on the western edge of Baghdad on Monday",
      "The toll rose to 17 on Tuesday after three wounded soldiers died in hospital"],
     d.wd("Monday"), EXPL, "Suicide bomb", "Baghdad", "Abu Ghraib", actor1=IS_IQ, actor2=IQ_ARMY, admin2="Abu Ghraib",
     lat=33.29, lon=44.06, prec=1, fatalities=17, injured=26,
     fatalities_note="at least 14 on Monday, rose to 17 on Tuesday")
d.ev(["Iraqi troops backed by air strikes from the U.S.-led coalition pushed into the village of Husaiba al-Sharqiya, east of Ramadi, on Monday and retook it from the militants"],
     d.wd("Monday"), BATTLE, "Government regains territory", "Al Anbar", "Husaybah al-Sharqiyah",
     location_alt=["Husaiba al-Sharqiya", "Husaiba"], actor1=IQ_ARMY, actor2=IS_IQ, admin2="Ramadi", prec=1, fatalities=None,
     fatalities_note="23 militants killed in the fighting and the air strikes together: not apportionable")
d.ev(["backed by air strikes from the U.S.-led coalition", "23 militants were killed in the fighting and the air strikes"],
     d.wd("Monday"), EXPL, "Air/drone strike", "Al Anbar", "Husaybah al-Sharqiyah", location_alt=["Husaiba al-Sharqiya"],
     actor1=COAL, actor2=IS_IQ, admin2="Ramadi", prec=2, fatalities=None,
     fatalities_note="air strikes supporting the ground battle; toll shared with the battle")
d.ev(["a roadside bomb exploded near a vegetable market in Baghdad's northwestern Shula district late on Sunday, killing two civilians and wounding seven"],
     d.wd("Sunday"), EXPL, "Remote explosive/landmine/IED", "Baghdad", "Baghdad - Shula", location_alt=["Shula", "Baghdad"],
     actor1=UAG_IQ, actor1_alt=[IS_IQ], actor2="Civilians (Iraq)", admin2="Al Kadhmiyah", lat=33.37, lon=44.30, prec=1,
     fatalities=2, injured=7)
d.q("A suicide bomber drove an explosives-laden car into an army checkpoint in Abu Ghraib on the western edge of Baghdad on Monday, killing at least 14 people, most of them soldiers", "police and medical sources", "police and medical sources",
    anon="unnamed official")
d.q("The toll rose to 17 on Tuesday after three wounded soldiers died in hospital", "a police captain at the scene",
    "a police captain at the scene", anon="unnamed official", role="police captain", medium="Reuters")
d.q("one of its fighters had targeted \"the apostate army\" at the gates of Baghdad", "Islamic State", "Islamic State",
    aff="Islamic State", medium="statement circulated online")
d.q("\"They are trying to show that they can still strike at the capital because they lost Ramadi,\"",
    "Brigadier General Kadhim al-Bahadli", "Kadhim al-Bahadli", mentions=["Bahadli"],
    role="spokesman", aff="Baghdad Operations Command")
d.q("\"This is the behaviour of a defeated organisation.\"", ("said Brigadier General Kadhim al-Bahadli", "Kadhim al-Bahadli"),
    "Kadhim al-Bahadli", mentions=["Bahadli"], role="spokesman", aff="Baghdad Operations Command")
d.q("security forces had tightened checks on the main highway linking Baghdad to Falluja, and that the bomber had used a dirt track through farmland in order to avoid them",
    "Bahadli", "Kadhim al-Bahadli", mentions=["Kadhim al-Bahadli"], role="spokesman", aff="Baghdad Operations Command")
d.q("Iraqi troops backed by air strikes from the U.S.-led coalition pushed into the village of Husaiba al-Sharqiya, east of Ramadi, on Monday and retook it from the militants",
    "a military statement", "a military statement", mentions=["The statement said"], anon="unnamed official")
d.q("23 militants were killed in the fighting and the air strikes, without giving a figure for army losses",
    ("The statement said 23", "The statement"), "a military statement", mentions=["a military statement"], anon="unnamed official")
d.q("a roadside bomb exploded near a vegetable market in Baghdad's northwestern Shula district late on Sunday, killing two civilians and wounding seven",
    ("wounding seven, police said", "police"), "police", anon="unnamed official")
d.q("\"We heard the explosion and then everyone was running. There was blood on the oranges,\"", "Ahmed Jassim",
    "Ahmed Jassim", role="stall holder")
d.q("intelligence services had foiled several plots in Baghdad in recent weeks", "A senior Interior Ministry official",
    "A senior Interior Ministry official", anon="unnamed official", aff="Interior Ministry")
d.q("the ministry planned to deploy more sniffer dogs at checkpoints, whose handheld bomb detectors have long been derided as useless",
    ("He said the ministry", "He"), "A senior Interior Ministry official", mentions=["A senior Interior Ministry official"],
    anon="unnamed official", aff="Interior Ministry")
d.q("more than 7,000 civilians were killed in acts of violence across Iraq in 2015", "United Nations", "United Nations",
    medium="United Nations figures")
d.q("Islamic State has lost about 40 percent of the populated territory it once held in Iraq", "The U.S.-led coalition",
    "The U.S.-led coalition", mentions=["the U.S.-led coalition"], aff="Global Coalition Against Daesh")
d.q("the group will try to compensate with bombings in government-held areas", "Coalition officials", "Coalition officials",
    anon="unnamed official", aff="Global Coalition Against Daesh")
d.q("If the militants are driven out of Falluja", ("the government says", "the government"), "the government",
    frags=["If the militants are driven out of Falluja", "the road west from Baghdad will be safe again within months"],
    aff="Government of Iraq")
d.q("\"Every time they say the danger is over, another car explodes,\"", "a farmer who gave his name only as Abu Mustafa",
    "Abu Mustafa", anon="pseudonym", role="farmer")
d.agg("more than 7,000 civilians were killed in acts of violence across Iraq in 2015", "civilians killed", "people",
      quantity=7000, low=7000, qualifier="more than", ps="2015-01-01", pe="2015-12-31", scope="Iraq", claimant="United Nations")
d.agg("Islamic State has lost about 40 percent of the populated territory it once held in Iraq",
      "share of populated territory lost by Islamic State", "percent", quantity=40, qualifier="about", scope="Iraq",
      claimant="The U.S.-led coalition")
d.cz("\"They are trying to show that they can still strike at the capital because they lost Ramadi,\"",
     "they lost Ramadi", "They are trying to show that they can still strike at the capital", claimant="Kadhim al-Bahadli")
d.cz("the bomber had used a dirt track through farmland in order to avoid them", "in order to avoid them",
     "the bomber had used a dirt track through farmland", driver="security posture/deployment", claimant="Kadhim al-Bahadli")
d.cz("The bombings raised fears that the militants, squeezed in Anbar, would turn increasingly to attacks on soft targets in the capital",
     "The bombings", "fears that the militants, squeezed in Anbar, would turn increasingly to attacks on soft targets in the capital")

# ---------------------------------------------------------------- authE-02 (AFP, Deir ez-Zor siege)
d = doc("authE-02", "IS shelling kills seven in besieged Deir Ezzor as Russian jets pound Euphrates valley", "2016-02-14", """
BEIRUT, Feb 14 (AFP) - Islamic State group shelling killed seven civilians in a government-held district of the besieged Syrian city of Deir Ezzor on Saturday, a monitor said, as Russian warplanes pounded jihadist positions further down the Euphrates valley.

The Britain-based Syrian Observatory for Human Rights said mortar rounds struck the Joura neighbourhood, where most of the city's remaining residents live, killing three children among the seven dead.

State news agency SANA said nine people were killed and that "terrorists" had fired the rockets from the nearby Huweiqa neighbourhood, which IS has held since 2014.

Around 200,000 people are living under an IS siege in the government-held parts of Deir Ezzor, according to the United Nations, relying on food dropped by parachute and on goods smuggled across the front lines.

"We eat once a day, bread and lentils if we are lucky," a Joura resident who asked not to be named told AFP by telephone. "The children no longer ask for meat."

Prices for basic goods have soared because of the blockade, with a kilo of sugar selling for ten times what it costs in Damascus, residents say.

Further southeast, Russian air strikes on the IS-held town of Mayadin killed at least 16 people on Friday, including nine civilians, the Observatory said. A local activist network, Euphrates Post, put the death toll at 23 and said a bakery and a school used as a shelter were hit.

Russia's defence ministry said its aircraft had struck 212 "terrorist" targets in the Deir Ezzor, Raqa and Aleppo provinces over the previous 24 hours. It did not mention civilian casualties.

Moscow says its air campaign, launched on September 30, has allowed regime forces to regain ground in Latakia and Aleppo provinces. Critics say the strikes have mostly hit rebels and civilians rather than IS.

On Thursday, IS fighters attacked army positions near the city's military airport, and at least 11 soldiers and 14 jihadists were killed in the fighting that followed, according to the Observatory.

The airport is the regime's lifeline in the province, and its loss would leave the remaining troops in the city isolated, a military source told AFP.

IS overran most of Deir Ezzor province in the summer of 2014, seizing its oil fields and the border crossing with Iraq at Albu Kamal. The group uses the province to move fighters and weapons between its strongholds in Raqa and Iraq's Anbar province.

Aid workers say they cannot reach the besieged districts by road because IS controls every approach to the city, and the World Food Programme has been forced to drop supplies from high altitude.

The Observatory, which relies on a network of sources on the ground, says more than 260,000 people have been killed in Syria since the conflict erupted in March 2011.
""")
d.ev(["Islamic State group shelling killed seven civilians in a government-held district of the besieged Syrian city of Deir Ezzor on Saturday",
      "mortar rounds struck the Joura neighbourhood", "nine people were killed"],
     d.wd("Saturday"), EXPL, "Shelling/artillery/missile attack", "Deir ez Zor", "Deir ez Zor",
     location_alt=["Joura", "Deir Ezzor", "Deir ez-Zor"], actor1=IS_SY, actor2="Civilians (Syria)", admin2="Deir ez Zor",
     lat=35.336, lon=40.140, prec=1, fatalities=7, fatalities_note="Observatory 7 vs SANA 9: most conservative 7")
d.ev(["Russian air strikes on the IS-held town of Mayadin killed at least 16 people on Friday, including nine civilians",
      "put the death toll at 23"],
     d.wd("Friday"), EXPL, "Air/drone strike", "Deir ez Zor", "Mayadin", location_alt=["Al Mayadin", "Mayadeen"], actor1=RU,
     actor2=IS_SY, admin2="Al Mayadin", lat=35.02, lon=40.45, prec=1, fatalities=16,
     fatalities_note="Observatory at least 16 vs Euphrates Post 23: most conservative 16")
d.ev(["IS fighters attacked army positions near the city's military airport, and at least 11 soldiers and 14 jihadists were killed in the fighting"],
     d.wd("Thursday"), BATTLE, "Armed clash", "Deir ez Zor", "Deir ez Zor Airport", location_alt=["Deir ez Zor", "Deir Ezzor"],
     actor1=IS_SY, actor2=SY_ARMY, admin2="Deir ez Zor", lat=35.285, lon=40.176, prec=2, fatalities=25)
d.q("Islamic State group shelling killed seven civilians in a government-held district of the besieged Syrian city of Deir Ezzor on Saturday",
    "a monitor", "Syrian Observatory for Human Rights",
    mentions=["Syrian Observatory for Human Rights", "the Observatory said", "according to the Observatory", "The Observatory"],
    anon="named", alt=["the Observatory"])
SOHR_M = ["a monitor", "Syrian Observatory for Human Rights", "Observatory"]
d.q("mortar rounds struck the Joura neighbourhood, where most of the city's remaining residents live, killing three children among the seven dead",
    "Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", mentions=SOHR_M)
d.q("nine people were killed and that \"terrorists\" had fired the rockets from the nearby Huweiqa neighbourhood, which IS has held since 2014",
    "SANA", "SANA", mentions=["State news agency SANA"], aff="Government of Syria", medium="SANA")
d.q("Around 200,000 people are living under an IS siege in the government-held parts of Deir Ezzor", "the United Nations",
    "United Nations", frags=["Around 200,000 people are living under an IS siege in the government-held parts of Deir Ezzor",
                             "relying on food dropped by parachute and on goods smuggled across the front lines"])
d.q("\"We eat once a day, bread and lentils if we are lucky,\"", "a Joura resident who asked not to be named",
    "a Joura resident who asked not to be named", anon="anonymous", medium="AFP")
d.q("\"The children no longer ask for meat.\"", "a Joura resident who asked not to be named",
    "a Joura resident who asked not to be named", anon="anonymous", medium="AFP")
d.q("Prices for basic goods have soared because of the blockade, with a kilo of sugar selling for ten times what it costs in Damascus",
    ("in Damascus, residents say", "residents"), "residents", anon="anonymous")
d.q("Russian air strikes on the IS-held town of Mayadin killed at least 16 people on Friday, including nine civilians",
    ("civilians, the Observatory said", "the Observatory"), "Syrian Observatory for Human Rights", mentions=SOHR_M)
d.q("put the death toll at 23 and said a bakery and a school used as a shelter were hit", "Euphrates Post", "Euphrates Post",
    mentions=["A local activist network"], role="activist network")
d.q("its aircraft had struck 212 \"terrorist\" targets in the Deir Ezzor, Raqa and Aleppo provinces over the previous 24 hours",
    "Russia's defence ministry", "Russia's defence ministry", aff="Government of Russia")
d.q("its air campaign, launched on September 30, has allowed regime forces to regain ground in Latakia and Aleppo provinces",
    "Moscow", "Moscow", alt=["Russia"], aff="Government of Russia")
d.q("the strikes have mostly hit rebels and civilians rather than IS", "Critics", "Critics", anon="anonymous")
d.q("IS fighters attacked army positions near the city's military airport, and at least 11 soldiers and 14 jihadists were killed in the fighting that followed",
    ("according to the Observatory", "the Observatory"), "Syrian Observatory for Human Rights", mentions=SOHR_M)
d.q("The airport is the regime's lifeline in the province, and its loss would leave the remaining troops in the city isolated",
    "a military source", "a military source", anon="unnamed official", medium="AFP")
d.q("they cannot reach the besieged districts by road because IS controls every approach to the city", "Aid workers",
    "Aid workers", anon="anonymous")
d.q("more than 260,000 people have been killed in Syria since the conflict erupted in March 2011",
    ("The Observatory, which relies", "The Observatory"), "Syrian Observatory for Human Rights", mentions=SOHR_M)
d.agg("Around 200,000 people are living under an IS siege in the government-held parts of Deir Ezzor", "civilians besieged",
      "people", quantity=200000, qualifier="around", scope="government-held Deir Ezzor", claimant="United Nations")
d.agg("its aircraft had struck 212 \"terrorist\" targets in the Deir Ezzor, Raqa and Aleppo provinces over the previous 24 hours",
      "targets struck by Russian aircraft", "targets", quantity=212, ps=d.ago(1), pe=d.published,
      scope="Deir Ezzor, Raqa and Aleppo provinces", claimant="Russia's defence ministry")
d.agg("more than 260,000 people have been killed in Syria since the conflict erupted in March 2011", "people killed", "people",
      quantity=260000, low=260000, qualifier="more than", ps="2011-03-15", pe=d.published, scope="Syria",
      claimant="Syrian Observatory for Human Rights")
d.cz("Prices for basic goods have soared because of the blockade", "the blockade", "Prices for basic goods have soared",
     claimant="residents")
d.cz("its air campaign, launched on September 30, has allowed regime forces to regain ground in Latakia and Aleppo provinces",
     "its air campaign", "regime forces to regain ground in Latakia and Aleppo provinces", driver="external support",
     claimant="Moscow")
d.cz("its loss would leave the remaining troops in the city isolated", "its loss", "the remaining troops in the city isolated",
     hedged=True, claimant="a military source")
d.cz("they cannot reach the besieged districts by road because IS controls every approach to the city",
     "IS controls every approach to the city", "reach the besieged districts by road", polarity="-",
     claimant="Aid workers")

# ---------------------------------------------------------------- authE-03 (Kurdish outlet, Kirkuk/Ninewa fronts)
d = doc("authE-03", "Peshmerga repel IS suicide attack southwest of Kirkuk; chlorine suspected on Bashiqa front", "2016-03-08", """
ERBIL, Kurdistan Region – Peshmerga forces repelled an Islamic State (ISIS) attack involving two suicide car bombs on their positions southwest of Kirkuk late on Sunday, Peshmerga commanders told Rudaw, killing at least 20 militants.

The attack targeted Peshmerga lines near the village of Mullah Abdullah, on the road between Kirkuk and Hawija. Two Peshmerga fighters were killed and nine wounded in the clashes, which lasted until dawn on Monday.

"They came at midnight with two armoured vehicles full of explosives, and about 40 fighters behind them on foot," Brigadier General Hemin Sherwani, the commander of the sector, told Rudaw by phone. "Our anti-tank teams hit both vehicles before they reached the berm."

Sherwani said the bodies of 20 militants were still lying in front of the Peshmerga positions on Monday morning and that the real figure was probably higher.

ISIS has held Hawija, some 55 kilometers southwest of Kirkuk, since June 2014. The town has become a launch pad for raids on Kurdish and Iraqi army positions, and the militants have used the farmland around it to dig tunnels, according to Kurdish security officials. Kurdish officials said the assault was probably launched in retaliation for coalition strikes that destroyed an ISIS weapons depot near Hawija in February.

On Monday, the militants fired about 30 mortar rounds at Peshmerga positions near Bashiqa, northeast of Mosul. Four Peshmerga were treated for breathing difficulties, and medics suspect some of the shells contained chlorine, a Peshmerga officer on the Bashiqa front said.

"The smoke was yellow and it smelled like bleach. The men started coughing and their eyes were burning," said the officer, who asked not to be named because he was not authorized to speak to the media.

The Peshmerga ministry said samples had been sent to a laboratory and that it would share the results with the US-led coalition. It is not the first time: Kurdish officials accused ISIS of using chlorine against Peshmerga near Mosul Dam in January 2015.

Kurdish commanders say their forces are stretched along a front line more than 1,000 kilometers long, from Sinjar in the west to Khanaqin near the Iranian border.

Peshmerga officials also complain that salary delays, caused by the Kurdistan Region's financial crisis, have led some fighters to leave the front lines to find other work. Government employees in the Kurdistan Region, including Peshmerga, have not received full salaries since the summer.

"A fighter who has not been paid for four months cannot feed his family. Some of them go to drive taxis in Erbil," said Sherwani. "We cannot blame them."

The Kurdistan Region's financial crisis deepened after oil prices collapsed and Baghdad cut the Region's share of the federal budget in 2014, a dispute that remains unresolved.

According to the Peshmerga ministry, more than 1,500 Peshmerga have been killed and nearly 9,000 wounded since the war against ISIS began in the summer of 2014.

The ministry also said that the US-led coalition had carried out more than 500 air strikes in support of the Peshmerga on the Kirkuk and Mosul fronts since August 2014, helping Kurdish forces push the militants back from the outskirts of Erbil.

Kurdish and Iraqi officials have been discussing a joint offensive to retake Mosul, the largest city under ISIS control, but no date has been set. Sherwani said the Peshmerga would not enter the city itself.
""")
d.ev(["Peshmerga forces repelled an Islamic State (ISIS) attack involving two suicide car bombs on their positions southwest of Kirkuk late on Sunday",
      "Two Peshmerga fighters were killed and nine wounded in the clashes",
      "the bodies of 20 militants were still lying in front of the Peshmerga positions"],
     d.wd("Sunday"), EXPL, "Suicide bomb", "Kirkuk", "Mullah Abdullah", actor1="Islamic State (Iraq)", actor2=PESH,
     admin2="Kirkuk", prec=2, fatalities=22, injured=9,
     fatalities_note="2 Peshmerga + at least 20 militants; complex attack with suicide car bombs",
     note="attack began late on Sunday and clashes lasted until dawn on Monday")
d.ev(["the militants fired about 30 mortar rounds at Peshmerga positions near Bashiqa, northeast of Mosul",
      "medics suspect some of the shells contained chlorine"],
     d.wd("Monday"), EXPL, "Chemical weapon", "Ninewa", "Bashiqa", location_alt=["Bashiqa front", "Bashika"],
     sub_alt=["Shelling/artillery/missile attack"], actor1="Islamic State (Iraq)", actor2=PESH, admin2="Mosul",
     lat=36.45, lon=43.35, prec=2, fatalities=0, injured=4, note="suspected chlorine shells")
SHER = ["Brigadier General Hemin Sherwani", "Sherwani"]
d.q("Peshmerga forces repelled an Islamic State (ISIS) attack involving two suicide car bombs on their positions southwest of Kirkuk late on Sunday",
    "Peshmerga commanders", "Peshmerga commanders", anon="unnamed official", aff="Peshmerga", medium="Rudaw")
d.q("\"They came at midnight with two armoured vehicles full of explosives, and about 40 fighters behind them on foot,\"",
    "Brigadier General Hemin Sherwani", "Hemin Sherwani", mentions=SHER, role="sector commander", aff="Peshmerga",
    medium="Rudaw")
d.q("\"Our anti-tank teams hit both vehicles before they reached the berm.\"", "Brigadier General Hemin Sherwani",
    "Hemin Sherwani", mentions=SHER, role="sector commander", aff="Peshmerga", medium="Rudaw")
d.q("the bodies of 20 militants were still lying in front of the Peshmerga positions on Monday morning and that the real figure was probably higher",
    ("Sherwani said the bodies", "Sherwani"), "Hemin Sherwani", mentions=SHER, role="sector commander", aff="Peshmerga")
d.q("the militants have used the farmland around it to dig tunnels", "Kurdish security officials", "Kurdish security officials",
    anon="unnamed official")
d.q("Four Peshmerga were treated for breathing difficulties, and medics suspect some of the shells contained chlorine",
    "a Peshmerga officer on the Bashiqa front", "a Peshmerga officer on the Bashiqa front", anon="unnamed official",
    mentions=["the officer, who asked not to be named"], aff="Peshmerga")
d.q("\"The smoke was yellow and it smelled like bleach. The men started coughing and their eyes were burning,\"",
    "the officer, who asked not to be named", "a Peshmerga officer on the Bashiqa front",
    mentions=["a Peshmerga officer on the Bashiqa front"], anon="unnamed official", aff="Peshmerga")
d.cz("asked not to be named because he was not authorized to speak to the media",
     "he was not authorized to speak to the media", "asked not to be named")
d.q("samples had been sent to a laboratory and that it would share the results with the US-led coalition",
    ("The Peshmerga ministry said samples", "The Peshmerga ministry"), "Peshmerga ministry",
    mentions=["the Peshmerga ministry", "The ministry also"], aff="Kurdistan Regional Government")
d.q("their forces are stretched along a front line more than 1,000 kilometers long, from Sinjar in the west to Khanaqin near the Iranian border",
    "Kurdish commanders", "Kurdish commanders", anon="unnamed official")
d.q("salary delays, caused by the Kurdistan Region's financial crisis, have led some fighters to leave the front lines to find other work",
    "Peshmerga officials", "Peshmerga officials", anon="unnamed official")
d.q("\"A fighter who has not been paid for four months cannot feed his family. Some of them go to drive taxis in Erbil,\"",
    ("said Sherwani. \"We", "Sherwani"), "Hemin Sherwani", mentions=SHER, role="sector commander", aff="Peshmerga")
d.q("\"We cannot blame them.\"", ("said Sherwani. \"We", "Sherwani"), "Hemin Sherwani", mentions=SHER,
    role="sector commander", aff="Peshmerga")
d.q("more than 1,500 Peshmerga have been killed and nearly 9,000 wounded since the war against ISIS began in the summer of 2014",
    ("According to the Peshmerga ministry", "the Peshmerga ministry"), "Peshmerga ministry",
    mentions=["The Peshmerga ministry", "The ministry also"], aff="Kurdistan Regional Government")
d.q("the US-led coalition had carried out more than 500 air strikes in support of the Peshmerga on the Kirkuk and Mosul fronts since August 2014, helping Kurdish forces push the militants back from the outskirts of Erbil",
    ("The ministry also said", "The ministry"), "Peshmerga ministry", mentions=["The Peshmerga ministry", "the Peshmerga ministry"],
    aff="Kurdistan Regional Government")
d.q("the Peshmerga would not enter the city itself", ("Sherwani said the Peshmerga", "Sherwani"), "Hemin Sherwani",
    mentions=SHER, role="sector commander", aff="Peshmerga")
d.agg("more than 1,500 Peshmerga have been killed", "Peshmerga killed", "people", quantity=1500, low=1500,
      qualifier="more than", ps="2014-06-01", pe=d.published, scope="Kurdistan Region front lines",
      claimant="Peshmerga ministry")
d.agg("nearly 9,000 wounded since the war against ISIS began in the summer of 2014", "Peshmerga wounded", "people",
      quantity=9000, high=9000, qualifier="nearly", ps="2014-06-01", pe=d.published, scope="Kurdistan Region front lines",
      claimant="Peshmerga ministry")
d.agg("the US-led coalition had carried out more than 500 air strikes in support of the Peshmerga on the Kirkuk and Mosul fronts since August 2014",
      "coalition air strikes", "air strikes", quantity=500, low=500, qualifier="more than", ps="2014-08-01", pe=d.published,
      scope="Kirkuk and Mosul fronts", claimant="Peshmerga ministry")
d.cz("salary delays, caused by the Kurdistan Region's financial crisis, have led some fighters to leave the front lines to find other work",
     "salary delays", "some fighters to leave the front lines", driver="economic hardship/unemployment",
     claimant="Peshmerga officials")
d.cz("salary delays, caused by the Kurdistan Region's financial crisis", "the Kurdistan Region's financial crisis",
     "salary delays", driver="economic hardship/unemployment", claimant="Peshmerga officials")
d.q("the assault was probably launched in retaliation for coalition strikes that destroyed an ISIS weapons depot near Hawija in February",
    "Kurdish officials", "Kurdish officials", anon="unnamed official")
d.cz("the assault was probably launched in retaliation for coalition strikes that destroyed an ISIS weapons depot near Hawija in February",
     "coalition strikes that destroyed an ISIS weapons depot near Hawija in February", "the assault", hedged=True,
     claimant="Kurdish officials")

# ---------------------------------------------------------------- authE-04 (Iraqi local outlet, Diyala)
d = doc("authE-04", "Gunmen abduct five farmers north of Muqdadiya as roadside bomb kills policeman near Khalis", "2016-04-21", """
Baquba / Diyala Today

Unidentified gunmen abducted five farmers from their orchards near Imam Waes, north of Muqdadiya, on Wednesday afternoon, a security source in Diyala police told Diyala Today.

The source, who asked not to be named, said the gunmen arrived in two pick-up trucks without number plates and took the farmers, all from one family, towards the Hamrin hills. "Their phones have been switched off since the evening," the source said.

Muqdadiya, 40 km northeast of Baquba, has seen a wave of abductions this year. At least 23 people have been kidnapped in the district since the start of January, most of them farmers and shepherds, according to provincial council member Raad Hameed al-Azzawi.

"The security forces know the routes these gangs use, but nobody stops them," Azzawi said. He said the kidnappings were fuelling sectarian tension in the district, where hundreds of Sunni families displaced in 2014 and 2015 have still not been allowed to return.

Residents say some of the abductions stem from tribal and sectarian score-settling that dates back to the fighting of 2014, when Islamic State (Daesh) briefly held villages in the Muqdadiya basin. Others are blamed on Daesh cells hiding in the Hamrin range, which runs along the border with Salahuddin province.

Farmers have abandoned orchards across the district because of the repeated kidnappings, the head of the Muqdadiya farmers' association, Hussein Ali Jabbar, said.

"We used to sell oranges in Baghdad. Now the fruit falls and nobody picks it," Jabbar said. "If the state does not protect us, the tribes will arm their sons." Last year, he added, the association had more than 2,000 members; now fewer than half still work their land.

In a separate incident, a roadside bomb struck a police patrol on the road between Khalis and Baquba late on Tuesday, killing one policeman and wounding two others, the Diyala Operations Command said in a statement.

The statement said troops had sealed off the area and were searching for the bombers. Police sources said the bomb had been planted under a bridge during the night.

On Monday, three mortar rounds landed in farmland near the village of Sudur in the Udhaim area, on the province's northwestern edge, wounding a woman and killing several sheep, a local official said. The mortars were fired from the direction of the Mutaibija basin, where Daesh fighters have sheltered since they were driven out of Diyala's towns.

The official, Khalid Mahmoud al-Jubouri, who heads the Udhaim district council, said the security forces had withdrawn several units from the area to reinforce the fronts in Anbar, leaving villages exposed. "We have asked Baghdad for more troops many times," he said.

Diyala was declared free of Daesh in January 2015, but the province has since seen repeated bombings, including a double bombing of a cafe in Muqdadiya in January that killed more than 20 people and was followed by attacks on Sunni mosques.

Provincial officials say that more than 120,000 people from Diyala remain displaced, many of them in camps in Khanaqin and in the Kurdistan Region.

The provincial council is due to meet next week to discuss security in Muqdadiya. Azzawi said he would ask for the local security commander to be replaced.
""")
d.ev(["Unidentified gunmen abducted five farmers from their orchards near Imam Waes, north of Muqdadiya, on Wednesday afternoon"],
     d.wd("Wednesday"), VAC, "Abduction/forced disappearance", "Diyala", "Imam Waes", location_alt=["Muqdadiya", "Al Muqdadiya"],
     actor1=UAG_IQ, actor1_alt=[IS_IQ], actor2="Civilians (Iraq)", admin2="Al Muqdadiya", prec=2, fatalities=0)
d.ev(["a roadside bomb struck a police patrol on the road between Khalis and Baquba late on Tuesday, killing one policeman and wounding two others"],
     d.wd("Tuesday"), EXPL, "Remote explosive/landmine/IED", "Diyala", "Khalis", location_alt=["Al Khalis", "Baquba"],
     actor1=UAG_IQ, actor1_alt=[IS_IQ], actor2=IQ_POL, admin2="Al Khalis", lat=33.81, lon=44.53, prec=2,
     fatalities=1, injured=2)
d.ev(["three mortar rounds landed in farmland near the village of Sudur in the Udhaim area", "wounding a woman and killing several sheep"],
     d.wd("Monday"), EXPL, "Shelling/artillery/missile attack", "Diyala", "Udhaim", location_alt=["Al Udhaim", "Adhaim", "Sudur"],
     actor1=UAG_IQ, actor1_alt=[IS_IQ], actor2="Civilians (Iraq)", admin2="Al Khalis", prec=2, fatalities=0, injured=1)
SRC = ["The source, who asked not to be named"]
AZZ = ["Raad Hameed al-Azzawi", "Azzawi"]
JAB = ["Hussein Ali Jabbar", "Jabbar"]
JUB = ["Khalid Mahmoud al-Jubouri", "The official, Khalid Mahmoud al-Jubouri", "a local official"]
d.q("Unidentified gunmen abducted five farmers from their orchards near Imam Waes, north of Muqdadiya, on Wednesday afternoon",
    "a security source in Diyala police", "a security source in Diyala police", mentions=SRC + ["the source said"],
    anon="unnamed official", aff="Diyala police", medium="Diyala Today")
d.q("the gunmen arrived in two pick-up trucks without number plates and took the farmers, all from one family, towards the Hamrin hills",
    "The source, who asked not to be named", "a security source in Diyala police",
    mentions=["a security source in Diyala police", "the source said"], anon="unnamed official", aff="Diyala police")
d.q("\"Their phones have been switched off since the evening,\"", "the source", "a security source in Diyala police",
    mentions=["a security source in Diyala police"] + SRC, anon="unnamed official", aff="Diyala police")
d.q("At least 23 people have been kidnapped in the district since the start of January, most of them farmers and shepherds",
    "Raad Hameed al-Azzawi", "Raad Hameed al-Azzawi", mentions=AZZ, role="provincial council member",
    aff="Diyala provincial council")
d.q("\"The security forces know the routes these gangs use, but nobody stops them,\"", ("them,\" Azzawi said", "Azzawi"),
    "Raad Hameed al-Azzawi", mentions=AZZ, role="provincial council member", aff="Diyala provincial council")
d.q("the kidnappings were fuelling sectarian tension in the district, where hundreds of Sunni families displaced in 2014 and 2015 have still not been allowed to return",
    ("He said the kidnappings", "He"), "Raad Hameed al-Azzawi", mentions=AZZ, role="provincial council member",
    aff="Diyala provincial council")
d.q("some of the abductions stem from tribal and sectarian score-settling that dates back to the fighting of 2014, when Islamic State (Daesh) briefly held villages in the Muqdadiya basin",
    "Residents", "Residents", anon="anonymous")
d.q("Farmers have abandoned orchards across the district because of the repeated kidnappings", "Hussein Ali Jabbar",
    "Hussein Ali Jabbar", mentions=JAB + ["the head of the Muqdadiya farmers' association"],
    role="head of the Muqdadiya farmers' association")
d.q("\"We used to sell oranges in Baghdad. Now the fruit falls and nobody picks it,\"", ("it,\" Jabbar said", "Jabbar"),
    "Hussein Ali Jabbar", mentions=JAB, role="head of the Muqdadiya farmers' association")
d.q("\"If the state does not protect us, the tribes will arm their sons.\"", ("it,\" Jabbar said", "Jabbar"),
    "Hussein Ali Jabbar", mentions=JAB, role="head of the Muqdadiya farmers' association")
d.q("Last year", ("he added", "he"), "Hussein Ali Jabbar", mentions=JAB,
    frags=["Last year", "the association had more than 2,000 members; now fewer than half still work their land"],
    role="head of the Muqdadiya farmers' association")
d.q("a roadside bomb struck a police patrol on the road between Khalis and Baquba late on Tuesday, killing one policeman and wounding two others",
    "the Diyala Operations Command", "Diyala Operations Command", mentions=["The statement said troops"],
    aff="Military Forces of Iraq", medium="statement")
d.q("troops had sealed off the area and were searching for the bombers", ("The statement said troops", "The statement"),
    "Diyala Operations Command", mentions=["the Diyala Operations Command"], aff="Military Forces of Iraq", medium="statement")
d.q("the bomb had been planted under a bridge during the night", "Police sources", "Police sources", anon="unnamed official")
d.q("three mortar rounds landed in farmland near the village of Sudur in the Udhaim area, on the province's northwestern edge, wounding a woman and killing several sheep",
    "a local official", "Khalid Mahmoud al-Jubouri", mentions=JUB, role="head of the Udhaim district council")
d.q("the security forces had withdrawn several units from the area to reinforce the fronts in Anbar, leaving villages exposed",
    "The official, Khalid Mahmoud al-Jubouri", "Khalid Mahmoud al-Jubouri", mentions=JUB,
    role="head of the Udhaim district council")
d.q("\"We have asked Baghdad for more troops many times,\"", ("he said.\n", "he"), "Khalid Mahmoud al-Jubouri", mentions=JUB,
    role="head of the Udhaim district council")
d.q("more than 120,000 people from Diyala remain displaced, many of them in camps in Khanaqin and in the Kurdistan Region",
    "Provincial officials", "Provincial officials", anon="unnamed official")
d.q("he would ask for the local security commander to be replaced", ("Azzawi said he would", "Azzawi"),
    "Raad Hameed al-Azzawi", mentions=AZZ, role="provincial council member", aff="Diyala provincial council")
d.agg("At least 23 people have been kidnapped in the district since the start of January", "people kidnapped", "people",
      quantity=23, low=23, qualifier="at least", ps="2016-01-01", pe=d.published, scope="Muqdadiya district",
      claimant="Raad Hameed al-Azzawi")
d.agg("more than 120,000 people from Diyala remain displaced", "people displaced", "people", quantity=120000, low=120000,
      qualifier="more than", pe=d.published, scope="Diyala province", claimant="Provincial officials")
d.cz("the kidnappings were fuelling sectarian tension in the district", "the kidnappings", "sectarian tension in the district",
     claimant="Raad Hameed al-Azzawi")
d.cz("some of the abductions stem from tribal and sectarian score-settling that dates back to the fighting of 2014",
     "tribal and sectarian score-settling", "some of the abductions", driver="sectarian grievance", claimant="Residents")
d.cz("Farmers have abandoned orchards across the district because of the repeated kidnappings", "the repeated kidnappings",
     "Farmers have abandoned orchards across the district", claimant="Hussein Ali Jabbar")
d.cz("the security forces had withdrawn several units from the area to reinforce the fronts in Anbar, leaving villages exposed",
     "the security forces had withdrawn several units from the area", "villages exposed", driver="security posture/deployment",
     claimant="Khalid Mahmoud al-Jubouri")
# ---------------------------------------------------------------- authE-05 (monitor-based story, Idlib/Aleppo)
d = doc("authE-05", "Monitor: air strikes on Maarat al-Numan market kill 23 as fighting rages south of Aleppo", "2016-05-24", """
By Levant Wire staff

Air strikes on a crowded market in the rebel-held town of Maarat al-Numan in northwestern Syria killed at least 23 civilians on Monday, the Syrian Observatory for Human Rights said, in one of the deadliest attacks in Idlib province since a partial truce began in February.

The Britain-based monitor said the raids were carried out by warplanes that were either Syrian or Russian, and that at least four children were among the dead. Dozens more were wounded, and the toll was likely to rise because several people were in critical condition, it said.

The Syria Civil Defence, a rescue service that operates in rebel-held areas, said its volunteers had pulled 31 bodies from the rubble of shops and stalls. "The planes came back a second time while we were digging," said Mahmoud Qassab, a civil defence volunteer in the town. "They hit the same place twice."

Russia's defence ministry denied that its aircraft had flown any missions over Idlib province on Monday.

An activist in Maarat al-Numan who uses the name Abu Omar al-Maarawi said the market had been unusually crowded because vendors had returned after weeks of relative calm under the truce. "People believed the ceasefire. Now they are burying their children," he said.

The Observatory, which relies on a network of activists and medics inside Syria, said rebel rockets struck the government-held al-Midan and Suleimaniya districts of Aleppo on the same day, killing five civilians. State television said eight people were killed in what it called "terrorist shelling" of residential neighbourhoods.

South of Aleppo, clashes between government forces, backed by Iranian-supported militias, and insurgents including the Nusra Front killed 12 pro-government fighters and nine insurgents around the village of Khan Touman on Sunday, according to the Observatory. The monitor said the insurgents had failed to recapture the hill overlooking the village.

Nusra Front, al Qaeda's Syrian branch, is excluded from the truce brokered by the United States and Russia, and the government says it is targeting only the jihadists. Rebel groups say the government uses the presence of Nusra fighters as a pretext to bomb areas held by mainstream factions.

The surge in violence has undermined the cessation of hostilities that took effect on Feb. 27, and United Nations-brokered peace talks in Geneva stalled last month after the main opposition delegation walked out.

"Every strike on a market pushes more young men into the arms of the hardliners," said a Western diplomat who follows the talks, speaking on condition of anonymity. He said the United Nations was preparing a new proposal for a nationwide ceasefire.

The Observatory says more than 280,000 people have been killed in Syria since the conflict began in March 2011. The United Nations estimates that between 250,000 and 300,000 people live in the rebel-held eastern districts of Aleppo, which could be cut off if government forces close the Castello road, their last supply route.

In the countryside west of Aleppo, thousands of families have fled towards the Turkish border since the start of May because of the bombing, local councils said. Aid groups said camps near the border town of Atmeh were overcrowded and short of water.

The Observatory also reported that a car bomb exploded on Monday at a checkpoint of the Failaq al-Sham rebel group in the town of Azaz, near the Turkish border, but said it had no information on casualties.
""")
d.ev(["Air strikes on a crowded market in the rebel-held town of Maarat al-Numan in northwestern Syria killed at least 23 civilians on Monday",
      "its volunteers had pulled 31 bodies from the rubble of shops and stalls"],
     d.wd("Monday"), EXPL, "Air/drone strike", "Idleb", "Maarat al-Numan", location_alt=["Maarat an Numan", "Ma'arrat al-Nu'man"],
     actor1=SY_ARMY, actor1_alt=[RU], actor2="Civilians (Syria)", admin2="Al Ma'ra", lat=35.65, lon=36.67, prec=1,
     fatalities=23, fatalities_note="Observatory at least 23 vs Civil Defence 31: most conservative 23")
d.ev(["rebel rockets struck the government-held al-Midan and Suleimaniya districts of Aleppo on the same day, killing five civilians",
      "eight people were killed"],
     d.wd("Monday"), EXPL, "Shelling/artillery/missile attack", "Aleppo", "Aleppo", location_alt=["al-Midan", "Suleimaniya", "Halab"],
     actor1="Opposition Rebels (Syria)", actor2="Civilians (Syria)", admin2="Jebel Saman", lat=36.21, lon=37.16, prec=1,
     fatalities=5, fatalities_note="Observatory 5 vs state television 8")
d.ev(["clashes between government forces, backed by Iranian-supported militias, and insurgents including the Nusra Front killed 12 pro-government fighters and nine insurgents around the village of Khan Touman on Sunday"],
     d.wd("Sunday"), BATTLE, "Armed clash", "Aleppo", "Khan Touman", location_alt=["Khan Tuman", "Khan Toman"], actor1=SY_ARMY,
     actor2="Jabhat al Nusra", admin2="Jebel Saman", prec=2, fatalities=21)
d.ev(["a car bomb exploded on Monday at a checkpoint of the Failaq al-Sham rebel group in the town of Azaz"],
     d.wd("Monday"), EXPL, "Remote explosive/landmine/IED", "Aleppo", "Azaz", location_alt=["Aazaz", "A'zaz"], actor1=UAG_SY,
     actor1_alt=[IS_SY], actor2="Failaq al Sham", admin2="Azaz", lat=36.59, lon=37.05, prec=1, fatalities=0,
     fatalities_note="no information on casualties")
SOHR = ["Syrian Observatory for Human Rights", "The Britain-based monitor", "The Observatory", "the Observatory", "The monitor"]
QAS = ["Mahmoud Qassab"]
d.q("Air strikes on a crowded market in the rebel-held town of Maarat al-Numan in northwestern Syria killed at least 23 civilians on Monday",
    "the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", mentions=SOHR)
d.q("the raids were carried out by warplanes that were either Syrian or Russian, and that at least four children were among the dead",
    "The Britain-based monitor", "Syrian Observatory for Human Rights", mentions=SOHR)
d.q("Dozens more were wounded, and the toll was likely to rise because several people were in critical condition",
    ("condition, it said", "it"), "Syrian Observatory for Human Rights", mentions=SOHR)
d.q("its volunteers had pulled 31 bodies from the rubble of shops and stalls", "The Syria Civil Defence", "Syria Civil Defence",
    role="rescue service")
d.q("\"The planes came back a second time while we were digging,\"", "Mahmoud Qassab", "Mahmoud Qassab", mentions=QAS,
    role="civil defence volunteer", aff="Syria Civil Defence")
d.q("\"They hit the same place twice.\"", ("said Mahmoud Qassab", "Mahmoud Qassab"), "Mahmoud Qassab", mentions=QAS,
    role="civil defence volunteer", aff="Syria Civil Defence")
d.q("its aircraft had flown any missions over Idlib province on Monday", "Russia's defence ministry", "Russia's defence ministry",
    aff="Government of Russia")
d.q("the market had been unusually crowded because vendors had returned after weeks of relative calm under the truce",
    "An activist in Maarat al-Numan who uses the name Abu Omar al-Maarawi", "Abu Omar al-Maarawi", anon="pseudonym",
    role="activist")
d.q("\"People believed the ceasefire. Now they are burying their children,\"", ("children,\" he said", "he"),
    "Abu Omar al-Maarawi", mentions=["An activist in Maarat al-Numan who uses the name Abu Omar al-Maarawi"],
    anon="pseudonym", role="activist")
d.q("rebel rockets struck the government-held al-Midan and Suleimaniya districts of Aleppo on the same day, killing five civilians",
    ("The Observatory, which relies on a network of activists", "The Observatory"), "Syrian Observatory for Human Rights",
    mentions=SOHR)
d.q("eight people were killed in what it called \"terrorist shelling\" of residential neighbourhoods", "State television",
    "State television", aff="Government of Syria")
d.q("clashes between government forces, backed by Iranian-supported militias, and insurgents including the Nusra Front killed 12 pro-government fighters and nine insurgents around the village of Khan Touman on Sunday",
    ("according to the Observatory. The monitor", "the Observatory"), "Syrian Observatory for Human Rights", mentions=SOHR)
d.q("the insurgents had failed to recapture the hill overlooking the village", "The monitor",
    "Syrian Observatory for Human Rights", mentions=SOHR)
d.q("it is targeting only the jihadists", ("the government says", "the government"), "the government", aff="Government of Syria")
d.q("the government uses the presence of Nusra fighters as a pretext to bomb areas held by mainstream factions", "Rebel groups",
    "Rebel groups", anon="anonymous")
d.q("\"Every strike on a market pushes more young men into the arms of the hardliners,\"", "a Western diplomat who follows the talks",
    "a Western diplomat who follows the talks", anon="unnamed official", role="diplomat")
d.q("the United Nations was preparing a new proposal for a nationwide ceasefire", ("He said the United Nations", "He"),
    "a Western diplomat who follows the talks", mentions=["a Western diplomat who follows the talks"], anon="unnamed official",
    role="diplomat")
d.q("more than 280,000 people have been killed in Syria since the conflict began in March 2011",
    ("The Observatory says more", "The Observatory"), "Syrian Observatory for Human Rights", mentions=SOHR)
d.q("between 250,000 and 300,000 people live in the rebel-held eastern districts of Aleppo, which could be cut off if government forces close the Castello road, their last supply route",
    "The United Nations", "United Nations", mentions=["the United Nations"])
d.q("In the countryside west of Aleppo, thousands of families have fled towards the Turkish border since the start of May because of the bombing",
    "local councils", "local councils", anon="unnamed official")
d.q("camps near the border town of Atmeh were overcrowded and short of water", "Aid groups", "Aid groups", anon="anonymous")
d.q("a car bomb exploded on Monday at a checkpoint of the Failaq al-Sham rebel group in the town of Azaz, near the Turkish border",
    ("The Observatory also reported", "The Observatory"), "Syrian Observatory for Human Rights", mentions=SOHR)
d.q("it had no information on casualties", ("The Observatory also reported", "The Observatory"),
    "Syrian Observatory for Human Rights", mentions=SOHR)
d.agg("more than 280,000 people have been killed in Syria since the conflict began in March 2011", "people killed", "people",
      quantity=280000, low=280000, qualifier="more than", ps="2011-03-15", pe=d.published, scope="Syria",
      claimant="Syrian Observatory for Human Rights")
d.agg("between 250,000 and 300,000 people live in the rebel-held eastern districts of Aleppo", "civilians at risk of siege",
      "people", low=250000, high=300000, qualifier="between", scope="rebel-held eastern Aleppo", claimant="United Nations")
d.cz("the toll was likely to rise because several people were in critical condition", "several people were in critical condition",
     "the toll was likely to rise", hedged=True, claimant="Syrian Observatory for Human Rights")
d.cz("the market had been unusually crowded because vendors had returned after weeks of relative calm under the truce",
     "vendors had returned after weeks of relative calm under the truce", "the market had been unusually crowded",
     claimant="Abu Omar al-Maarawi")
d.cz("The surge in violence has undermined the cessation of hostilities that took effect on Feb. 27", "The surge in violence",
     "the cessation of hostilities", polarity="-")
d.cz("\"Every strike on a market pushes more young men into the arms of the hardliners,\"", "Every strike on a market",
     "more young men into the arms of the hardliners", claimant="a Western diplomat who follows the talks")
d.cz("thousands of families have fled towards the Turkish border since the start of May because of the bombing",
     "the bombing", "thousands of families have fled towards the Turkish border", claimant="local councils")
# ---------------------------------------------------------------- authE-06 (analysis, no events)
d = doc("authE-06", "Analysis: Into the badia - how Islamic State is regrouping in Iraq's western desert", "2016-08-16", """
Levant Security Forum | Analysis

By Nadia Karam, Senior Fellow

Eight months after Iraqi forces raised the flag over Ramadi and seven weeks after they declared Falluja liberated, the Islamic State group is losing the war for Iraq's cities. It is not, however, disappearing. Across the vast desert that stretches from the Euphrates towns of western Anbar to the Syrian border, the group is quietly rebuilding the insurgent networks that sustained it after its near-defeat in 2008.

The shift is visible in the group's own figures. Islamic State claimed 214 attacks in Anbar province between April and July, according to a tally of its statements compiled by the Forum, almost all of them hit-and-run raids, roadside bombs and assassinations rather than conventional assaults. In the same period the number of claimed suicide car bombings in the province fell by more than half.

The group has lost roughly half of the populated territory it held in Iraq at its peak in 2014, U.S. officials say, and its fighting strength across Iraq and Syria is now estimated at between 15,000 and 25,000 fighters, down from as many as 31,000 two years ago.

Terrain is the first reason for the group's resilience. The wadis of the Jazira desert, above all the Wadi Horan valley that runs more than 300 km from the Saudi border to the Euphrates near Haditha, offer caves, ravines and abandoned smuggling routes that allow small cells to hide from aircraft and move supplies at night.

"The desert has always been their fallback. In 2009 they survived in exactly the same valleys," said Ali Jaber al-Rawi, a Baghdad-based security researcher who has interviewed dozens of detained militants. "Nobody can hold the badia with checkpoints."

Security arrangements are the second factor. Much of the desert is policed by a thin network of tribal fighters and border guards, and Iraqi commanders have moved several army brigades from Anbar to the north to prepare for the offensive on Mosul. A U.S. military official in Baghdad, who spoke on condition of anonymity, said the redeployment could open space for the militants in the western desert.

Corruption is a third. Rawi said bribes paid at checkpoints on the highway to Jordan had allowed militants and smuggled fuel to move between Syria and Anbar even at the height of the fighting. An Iraqi intelligence officer in Anbar, who asked not to be named, said officers had been arrested for selling passes to drivers.

The group is also exploiting grievances. Many Sunni Arabs in Anbar complain of abuses by Shi'ite militias during the battles for Falluja and its outskirts, and tribal leaders say that resentment has fuelled recruitment among young men whose relatives went missing after being screened by security forces.

"When a family does not know if their son is alive, the Daesh recruiter only needs to knock on the door," said Sheikh Mishaan al-Dulaimi, a tribal leader from Rutba who fled to Amman in 2014.

Displacement compounds the problem. More than 3.3 million Iraqis remain displaced, according to the International Organization for Migration, and aid agencies say overcrowded camps in Amiriyat al-Falluja and Habbaniya have become a recruiting ground because young men there have no work and no prospect of going home.

Economic hardship does the rest. Youth unemployment in Anbar, where the war has destroyed most of the province's farms, factories and markets, has made the few dollars a day the group pays its informants and lookouts attractive, local officials say.

The killing of senior commanders in coalition air strikes has not made the group less dangerous. Instead, Rawi argues, the loss of its leaders has forced it to devolve decisions to local cells, making its operations harder to predict. The group's weakness in one area is therefore not a sign of its overall decline.

None of this is inevitable. If Baghdad pays the tribal fighters, reopens the camps' schools and brings the missing home, the badia may remain a refuge rather than a springboard. But the lesson of 2010 to 2013, when a defeated organisation rebuilt itself in the desert and returned to seize Mosul, is that time is on the insurgents' side.
""")
d.q("Islamic State claimed 214 attacks in Anbar province between April and July", "the Forum", "Levant Security Forum",
    mentions=["Levant Security Forum"], frags=None)
d.q("The group has lost roughly half of the populated territory it held in Iraq at its peak in 2014", "U.S. officials",
    "U.S. officials", anon="unnamed official",
    frags=["The group has lost roughly half of the populated territory it held in Iraq at its peak in 2014",
           "and its fighting strength across Iraq and Syria is now estimated at between 15,000 and 25,000 fighters, down from as many as 31,000 two years ago"])
RAWI = ["Ali Jaber al-Rawi", "Rawi"]
d.q("\"The desert has always been their fallback. In 2009 they survived in exactly the same valleys,\"", "Ali Jaber al-Rawi",
    "Ali Jaber al-Rawi", mentions=RAWI, role="security researcher")
d.q("\"Nobody can hold the badia with checkpoints.\"", ("said Ali Jaber al-Rawi", "Ali Jaber al-Rawi"), "Ali Jaber al-Rawi",
    mentions=RAWI, role="security researcher")
d.q("the redeployment could open space for the militants in the western desert", "A U.S. military official in Baghdad",
    "A U.S. military official in Baghdad", anon="unnamed official", aff="U.S. military")
d.q("bribes paid at checkpoints on the highway to Jordan had allowed militants and smuggled fuel to move between Syria and Anbar even at the height of the fighting",
    ("Rawi said bribes", "Rawi"), "Ali Jaber al-Rawi", mentions=RAWI, role="security researcher")
d.q("officers had been arrested for selling passes to drivers", "An Iraqi intelligence officer in Anbar",
    "An Iraqi intelligence officer in Anbar", anon="unnamed official", role="intelligence officer")
d.q("that resentment has fuelled recruitment among young men whose relatives went missing after being screened by security forces",
    "tribal leaders", "tribal leaders", anon="unnamed official", role="tribal leaders")
d.q("\"When a family does not know if their son is alive, the Daesh recruiter only needs to knock on the door,\"",
    "Sheikh Mishaan al-Dulaimi", "Mishaan al-Dulaimi", role="tribal leader")
d.q("More than 3.3 million Iraqis remain displaced", "the International Organization for Migration",
    "International Organization for Migration")
d.q("overcrowded camps in Amiriyat al-Falluja and Habbaniya have become a recruiting ground because young men there have no work and no prospect of going home",
    "aid agencies", "aid agencies", anon="anonymous")
d.q("Youth unemployment in Anbar, where the war has destroyed most of the province's farms, factories and markets, has made the few dollars a day the group pays its informants and lookouts attractive",
    "local officials", "local officials", anon="unnamed official")
d.q("the loss of its leaders has forced it to devolve decisions to local cells, making its operations harder to predict",
    ("Rawi argues", "Rawi"), "Ali Jaber al-Rawi", mentions=RAWI, role="security researcher")
d.agg("Islamic State claimed 214 attacks in Anbar province between April and July", "attacks claimed by Islamic State",
      "attacks", quantity=214, ps="2016-04-01", pe="2016-07-31", scope="Anbar province", claimant="Levant Security Forum")
d.agg("the number of claimed suicide car bombings in the province fell by more than half", "change in claimed suicide car bombings",
      "percent", quantity=50, low=50, qualifier="more than", ps="2016-04-01", pe="2016-07-31", scope="Anbar province",
      claimant=None)
d.agg("The group has lost roughly half of the populated territory it held in Iraq at its peak in 2014",
      "share of populated territory lost by Islamic State", "percent", quantity=50, qualifier="roughly", scope="Iraq",
      claimant="U.S. officials")
d.agg("its fighting strength across Iraq and Syria is now estimated at between 15,000 and 25,000 fighters",
      "Islamic State fighters", "fighters", low=15000, high=25000, qualifier="between", pe=d.published,
      scope="Iraq and Syria", claimant="U.S. officials")
d.agg("down from as many as 31,000 two years ago", "Islamic State fighters", "fighters", quantity=31000, high=31000,
      qualifier="as many as", scope="Iraq and Syria", claimant="U.S. officials")
d.agg("More than 3.3 million Iraqis remain displaced", "people displaced", "people", quantity=3300000, low=3300000,
      qualifier="more than", pe=d.published, scope="Iraq", claimant="International Organization for Migration")
d.cz("Terrain is the first reason for the group's resilience", "Terrain", "the group's resilience", driver="terrain/safe havens")
d.cz("offer caves, ravines and abandoned smuggling routes that allow small cells to hide from aircraft and move supplies at night",
     "caves, ravines and abandoned smuggling routes", "small cells to hide from aircraft and move supplies at night",
     driver="terrain/safe havens")
d.cz("the redeployment could open space for the militants in the western desert", "the redeployment",
     "open space for the militants in the western desert", driver="security posture/deployment", hedged=True,
     claimant="A U.S. military official in Baghdad")
d.cz("bribes paid at checkpoints on the highway to Jordan had allowed militants and smuggled fuel to move between Syria and Anbar",
     "bribes paid at checkpoints on the highway to Jordan", "militants and smuggled fuel to move between Syria and Anbar",
     driver="governance/corruption", claimant="Ali Jaber al-Rawi")
d.cz("that resentment has fuelled recruitment among young men whose relatives went missing after being screened by security forces",
     "that resentment", "recruitment among young men", driver="sectarian grievance", claimant="tribal leaders")
d.cz("overcrowded camps in Amiriyat al-Falluja and Habbaniya have become a recruiting ground because young men there have no work and no prospect of going home",
     "young men there have no work and no prospect of going home",
     "overcrowded camps in Amiriyat al-Falluja and Habbaniya have become a recruiting ground",
     driver="displacement/camps/reintegration", claimant="aid agencies")
d.cz("Youth unemployment in Anbar, where the war has destroyed most of the province's farms, factories and markets, has made the few dollars a day the group pays its informants and lookouts attractive",
     "Youth unemployment in Anbar", "the few dollars a day the group pays its informants and lookouts attractive",
     driver="economic hardship/unemployment", claimant="local officials")
d.cz("the loss of its leaders has forced it to devolve decisions to local cells", "the loss of its leaders",
     "it to devolve decisions to local cells", driver="leadership/command change", claimant="Ali Jaber al-Rawi")
d.cz("devolve decisions to local cells, making its operations harder to predict", "devolve decisions to local cells",
     "its operations harder to predict", driver="leadership/command change", claimant="Ali Jaber al-Rawi")
# ---------------------------------------------------------------- authE-07 (Xinhua, Falluja offensive)
d = doc("authE-07", "Iraqi forces retake industrial district in eastern Fallujah", "2016-06-12", """
BAGHDAD, June 12 (Xinhua) -- Iraqi security forces on Saturday recaptured the industrial district in eastern Fallujah from the Islamic State (IS) militants, as thousands of civilians continued to flee the besieged city, an Iraqi military officer said Sunday.

The troops of the Counter-Terrorism Service, backed by the army and federal police, stormed the district on the eastern edge of the city after heavy clashes that killed at least 35 IS militants, while four soldiers were killed and 11 others wounded, Staff Lieutenant General Hamid Abdul-Kareem of the Fallujah Operations Command told Xinhua.

"Our forces are now a few hundred meters from the city center. The terrorists are collapsing," Abdul-Kareem said.

Meanwhile, Iraqi and U.S.-led coalition aircraft struck IS positions near the industrial district on Saturday, destroying five car bombs before they could reach the advancing troops, the officer said.

The advance was slowed by the militants' use of civilians as human shields, and by hundreds of roadside bombs and booby-trapped houses planted by the extremist group, according to the officer.

On Sunday morning, IS militants fired several mortar rounds on the town of Amiriyat al-Fallujah, some 25 km south of Fallujah, killing three civilians and wounding 11 others, a source from Anbar provincial police told Xinhua on condition of anonymity.

Amiriyat al-Fallujah hosts thousands of families who fled the fighting, and the shelling caused panic in the crowded camps on the town's outskirts, the source said.

More than 60,000 civilians have fled Fallujah and its outskirts since the offensive was launched on May 22, according to the United Nations refugee agency UNHCR. Up to 30,000 others are believed to remain trapped inside the city, the agency said in a statement.

Many families said they had fled because of the severe shortage of food and medicine in the city. Some of the displaced told Xinhua they had eaten soup made from grass and date seeds for weeks.

"We walked for ten hours at night across the fields so as to avoid the snipers," said Um Ahmed, a mother of four who reached a camp near Amiriyat al-Fallujah on Friday.

Human rights groups have raised concerns over reports that some men fleeing the city were abused by members of the Popular Mobilization Forces during screening. The Iraqi government has said it will punish anyone proven to have committed violations.

In neighboring Salahudin province, IS militants attacked a checkpoint of the Popular Mobilization Forces near the oil refinery town of Baiji late on Saturday night, killing two fighters before fleeing, a local security source said.

Separately, the Iraqi forces have retaken more than 80 percent of Fallujah's outskirts since the start of the offensive, according to a statement by the Joint Operations Command.

Fallujah, some 50 km west of Baghdad, has been under IS control since January 2014. It was the first major Iraqi city to fall to the militants, months before they overran Mosul and large parts of northern and western Iraq.

Iraqi officials said the recapture of Fallujah would allow the government to concentrate its forces for the long-awaited offensive on Mosul, the IS de facto capital in Iraq.

Since 2014, Iraqi forces backed by the U.S.-led coalition have retaken several cities from IS, including Tikrit, Baiji and Ramadi.
""")
d.ev(["Iraqi security forces on Saturday recaptured the industrial district in eastern Fallujah from the Islamic State (IS) militants",
      "heavy clashes that killed at least 35 IS militants, while four soldiers were killed and 11 others wounded"],
     d.wd("Saturday"), BATTLE, "Government regains territory", "Al Anbar", "Fallujah", location_alt=["Falluja", "Al Fallujah"],
     actor1="Military Forces of Iraq (2014-2018) Counter-Terrorism Service", actor2=IS_IQ, admin2="Al Falluja",
     lat=33.35, lon=43.78, prec=2, fatalities=39, injured=11, fatalities_note="35 militants + 4 soldiers")
d.ev(["Iraqi and U.S.-led coalition aircraft struck IS positions near the industrial district on Saturday, destroying five car bombs"],
     d.wd("Saturday"), EXPL, "Air/drone strike", "Al Anbar", "Fallujah", location_alt=["Falluja", "Al Fallujah"],
     actor1="Military Forces of Iraq (2014-2018) Air Force", actor1_alt=[COAL], actor2=IS_IQ, admin2="Al Falluja",
     lat=33.35, lon=43.78, prec=2, fatalities=0, note="air strikes supporting the ground battle; no deaths reported")
d.ev(["IS militants fired several mortar rounds on the town of Amiriyat al-Fallujah, some 25 km south of Fallujah, killing three civilians and wounding 11 others"],
     d.wd("Sunday"), EXPL, "Shelling/artillery/missile attack", "Al Anbar", "Amiriyat al-Fallujah",
     location_alt=["Amiriyat al Falluja", "Ameriyat al-Fallujah"], actor1=IS_IQ, actor2="Civilians (Iraq)", admin2="Al Falluja",
     prec=1, fatalities=3, injured=11)
d.ev(["IS militants attacked a checkpoint of the Popular Mobilization Forces near the oil refinery town of Baiji late on Saturday night, killing two fighters"],
     d.wd("Saturday"), BATTLE, "Armed clash", "Salah al-Din", "Baiji", location_alt=["Bayji", "Beiji"], actor1=IS_IQ, actor2=PMF,
     admin2="Baiji", lat=34.93, lon=43.49, prec=2, fatalities=2)
HAK = ["Staff Lieutenant General Hamid Abdul-Kareem", "Abdul-Kareem", "an Iraqi military officer", "the officer"]
d.q("Iraqi security forces on Saturday recaptured the industrial district in eastern Fallujah from the Islamic State (IS) militants, as thousands of civilians continued to flee the besieged city",
    "an Iraqi military officer", "Hamid Abdul-Kareem", mentions=HAK, role="officer", aff="Fallujah Operations Command")
d.q("The troops of the Counter-Terrorism Service, backed by the army and federal police, stormed the district on the eastern edge of the city after heavy clashes that killed at least 35 IS militants, while four soldiers were killed and 11 others wounded",
    "Staff Lieutenant General Hamid Abdul-Kareem", "Hamid Abdul-Kareem", mentions=HAK, role="commander",
    aff="Fallujah Operations Command", medium="Xinhua")
d.q("\"Our forces are now a few hundred meters from the city center. The terrorists are collapsing,\"", "Abdul-Kareem",
    "Hamid Abdul-Kareem", mentions=HAK, role="commander", aff="Fallujah Operations Command")
d.q("Iraqi and U.S.-led coalition aircraft struck IS positions near the industrial district on Saturday, destroying five car bombs before they could reach the advancing troops",
    ("troops, the officer said", "the officer"), "Hamid Abdul-Kareem", mentions=HAK, role="commander",
    aff="Fallujah Operations Command")
d.q("The advance was slowed by the militants' use of civilians as human shields, and by hundreds of roadside bombs and booby-trapped houses planted by the extremist group",
    ("according to the officer", "the officer"), "Hamid Abdul-Kareem", mentions=HAK, role="commander",
    aff="Fallujah Operations Command")
SRCP = ["a source from Anbar provincial police", "the source said"]
d.q("IS militants fired several mortar rounds on the town of Amiriyat al-Fallujah, some 25 km south of Fallujah, killing three civilians and wounding 11 others",
    "a source from Anbar provincial police", "a source from Anbar provincial police", mentions=SRCP, anon="unnamed official",
    aff="Anbar provincial police", medium="Xinhua")
d.q("Amiriyat al-Fallujah hosts thousands of families who fled the fighting, and the shelling caused panic in the crowded camps on the town's outskirts",
    "the source", "a source from Anbar provincial police", mentions=SRCP, anon="unnamed official", aff="Anbar provincial police")
d.q("More than 60,000 civilians have fled Fallujah and its outskirts since the offensive was launched on May 22",
    "the United Nations refugee agency UNHCR", "UNHCR", mentions=["the agency said"], alt=["United Nations refugee agency"])
d.q("Up to 30,000 others are believed to remain trapped inside the city", "the agency", "UNHCR",
    mentions=["the United Nations refugee agency UNHCR"], alt=["United Nations refugee agency"], medium="statement")
d.q("they had fled because of the severe shortage of food and medicine in the city", "Many families", "Many families",
    anon="anonymous")
d.q("they had eaten soup made from grass and date seeds for weeks", "Some of the displaced", "Some of the displaced",
    anon="anonymous", medium="Xinhua")
d.q("\"We walked for ten hours at night across the fields so as to avoid the snipers,\"", "Um Ahmed", "Um Ahmed",
    anon="pseudonym", role="displaced mother")
d.q("it will punish anyone proven to have committed violations", "The Iraqi government", "Government of Iraq",
    alt=["The Iraqi government"])
d.q("IS militants attacked a checkpoint of the Popular Mobilization Forces near the oil refinery town of Baiji late on Saturday night, killing two fighters before fleeing",
    "a local security source", "a local security source", anon="unnamed official")
d.q("the Iraqi forces have retaken more than 80 percent of Fallujah's outskirts since the start of the offensive",
    "the Joint Operations Command", "Joint Operations Command", aff="Military Forces of Iraq", medium="statement")
d.q("the recapture of Fallujah would allow the government to concentrate its forces for the long-awaited offensive on Mosul, the IS de facto capital in Iraq",
    "Iraqi officials", "Iraqi officials", anon="unnamed official")
d.agg("More than 60,000 civilians have fled Fallujah and its outskirts since the offensive was launched on May 22",
      "civilians fled", "people", quantity=60000, low=60000, qualifier="more than", ps="2016-05-22", pe=d.published,
      scope="Fallujah and its outskirts", claimant="UNHCR")
d.agg("Up to 30,000 others are believed to remain trapped inside the city", "civilians trapped", "people", quantity=30000,
      high=30000, qualifier="up to", pe=d.published, scope="Fallujah", claimant="UNHCR")
d.agg("the Iraqi forces have retaken more than 80 percent of Fallujah's outskirts since the start of the offensive",
      "share of Fallujah's outskirts retaken", "percent", quantity=80, low=80, qualifier="more than", ps="2016-05-22",
      pe=d.published, scope="Fallujah's outskirts", claimant="Joint Operations Command")
d.cz("The advance was slowed by the militants' use of civilians as human shields, and by hundreds of roadside bombs and booby-trapped houses planted by the extremist group",
     "the militants' use of civilians as human shields, and by hundreds of roadside bombs and booby-trapped houses",
     "The advance", polarity="-", claimant="Hamid Abdul-Kareem")
d.cz("the shelling caused panic in the crowded camps on the town's outskirts", "the shelling",
     "panic in the crowded camps on the town's outskirts", claimant="a source from Anbar provincial police")
d.cz("they had fled because of the severe shortage of food and medicine in the city",
     "the severe shortage of food and medicine in the city", "they had fled", claimant="Many families")
d.cz("\"We walked for ten hours at night across the fields so as to avoid the snipers,\"", "so as to avoid the snipers",
     "We walked for ten hours at night across the fields", claimant="Um Ahmed")
d.cz("the recapture of Fallujah would allow the government to concentrate its forces for the long-awaited offensive on Mosul",
     "the recapture of Fallujah", "the government to concentrate its forces for the long-awaited offensive on Mosul",
     hedged=True, claimant="Iraqi officials")
# ---------------------------------------------------------------- authE-08 (AP weekly roundup, Syria)
d = doc("authE-08", "Syria's war this week: Qamishli clashes, Raqqa strike, Daraa car bomb", "2016-09-25", """
BEIRUT (AP) — A look at the main developments in Syria's civil war over the past week, as a short-lived truce brokered by the United States and Russia unraveled:

HASAKEH PROVINCE

Kurdish security forces known as the Asayish clashed with pro-government militiamen in the northeastern city of Qamishli on Tuesday, leaving three people dead, including a civilian, Kurdish officials said. The fighting was triggered by a dispute over control of a checkpoint near the city's airport, which remains in government hands.

"They tried to put up a new checkpoint in our neighborhood. We will not accept that," Asayish spokesman Hozan Derik told The Associated Press by phone. He said calm had returned by Wednesday after Russian officers mediated.

RAQQA PROVINCE

An airstrike on a building on the western outskirts of the city of Raqqa, the de facto capital of the Islamic State group, killed nine civilians on Thursday, according to the activist group Raqqa is Being Slaughtered Silently. The group said the dead included two women and three children.

The U.S.-led coalition said it had carried out several strikes near Raqqa that day and was reviewing the report. "We take all allegations of civilian casualties seriously," said U.S. Army Col. Mark Whitfield, a coalition spokesman in Baghdad. The report prompted the coalition to open a formal assessment, Whitfield said.

DARAA PROVINCE

A car bomb exploded near a gathering of rebel fighters in the town of Inkhil, in the southern province of Daraa, on Wednesday, killing six fighters, opposition activists said. No one claimed responsibility, but rebels suspect the Khalid ibn al-Walid Army, an affiliate of the Islamic State group that controls a pocket in the Yarmouk River basin.

Food prices in rebel-held parts of Daraa have nearly doubled since the summer because the main road to the Jordanian border has been closed, residents said.

HOMS PROVINCE

Government forces shelled the rebel-held town of Talbiseh, north of the city of Homs, on Friday, killing four people, according to the Britain-based Syrian Observatory for Human Rights. Talbiseh and neighboring Rastan have been besieged by government troops since 2012, and residents say the shelling often follows attacks by rebels on nearby army posts.

HAMA PROVINCE

Government troops recaptured the village of Kawkab, northeast of the city of Hama, on Saturday, state news agency SANA said. The agency said "dozens of terrorists" were killed, but gave no precise figure, and the Observatory said it could not confirm the toll.

The village had been seized by insurgents in late August during an offensive that brought them to within a few kilometers of Hama.

THE TOLL

The Observatory said 412 people were killed across Syria over the past seven days, including 140 civilians, making it one of the deadliest weeks since the truce took effect on Sept. 12.

The truce collapsed on Monday after the Syrian military declared it over, and aid convoys waiting at the Turkish border did not enter rebel-held eastern Aleppo. The U.N. said about 275,000 people there were without regular access to food and medicine.

A Russian deputy foreign minister, Oleg Mikhailov, said Moscow was still committed to the agreement, but accused Washington of failing to separate moderate rebels from al-Qaida-linked fighters. The State Department said it would not discuss a new truce unless the bombing of Aleppo stopped.

THE WEEK AHEAD

The U.N. Security Council is due to meet on Monday to discuss the situation in Aleppo.
""")
d.ev(["Kurdish security forces known as the Asayish clashed with pro-government militiamen in the northeastern city of Qamishli on Tuesday, leaving three people dead"],
     d.wd("Tuesday"), BATTLE, "Armed clash", "Al Hasakeh", "Qamishli", location_alt=["Al Qamishli", "Kamishli"],
     actor1="Asayish", actor2="NDF: National Defence Forces", admin2="Al Qamishli", lat=37.05, lon=41.22, prec=1, fatalities=3)
d.ev(["An airstrike on a building on the western outskirts of the city of Raqqa", "killed nine civilians on Thursday"],
     d.wd("Thursday"), EXPL, "Air/drone strike", "Ar-Raqqa", "Raqqa", location_alt=["Ar Raqqa", "Al Raqqa"], actor1=COAL,
     actor2="Civilians (Syria)", admin2="Ar-Raqqa", lat=35.95, lon=39.01, prec=2, fatalities=9,
     note="the coalition said it struck near Raqqa that day; attribution not confirmed")
d.ev(["A car bomb exploded near a gathering of rebel fighters in the town of Inkhil, in the southern province of Daraa, on Wednesday, killing six fighters"],
     d.wd("Wednesday"), EXPL, "Remote explosive/landmine/IED", "Dara", "Inkhil", location_alt=["Inkhel", "Nkheil"], actor1=UAG_SY,
     actor1_alt=["Khalid ibn al-Walid Army"], actor2="Opposition Rebels (Syria)", admin2="As-Sanamayn", lat=33.02, lon=36.13,
     prec=1, fatalities=6)
d.ev(["Government forces shelled the rebel-held town of Talbiseh, north of the city of Homs, on Friday, killing four people"],
     d.wd("Friday"), EXPL, "Shelling/artillery/missile attack", "Homs", "Talbiseh", location_alt=["Talbisah", "Tell Bisa"],
     actor1=SY_ARMY, actor2="Civilians (Syria)", admin2="Ar-Rastan", lat=34.84, lon=36.73, prec=1, fatalities=4)
d.ev(["Government troops recaptured the village of Kawkab, northeast of the city of Hama, on Saturday",
      "\"dozens of terrorists\" were killed"],
     d.wd("Saturday"), BATTLE, "Government regains territory", "Hama", "Kawkab", actor1=SY_ARMY, actor2="Opposition Rebels (Syria)",
     admin2="Hama", prec=1, fatalities=12,
     fatalities_note="'dozens of terrorists' per SANA (dozens = 12); the Observatory could not confirm")
DER = ["Asayish spokesman Hozan Derik"]
WHIT = ["U.S. Army Col. Mark Whitfield", "Whitfield"]
RBSS = ["Raqqa is Being Slaughtered Silently", "The group said"]
SOHR8 = ["Syrian Observatory for Human Rights", "The Observatory", "the Observatory"]
d.q("Kurdish security forces known as the Asayish clashed with pro-government militiamen in the northeastern city of Qamishli on Tuesday, leaving three people dead, including a civilian",
    "Kurdish officials", "Kurdish officials", anon="unnamed official")
d.q("\"They tried to put up a new checkpoint in our neighborhood. We will not accept that,\"", "Asayish spokesman Hozan Derik",
    "Hozan Derik", role="spokesman", aff="Asayish", medium="The Associated Press")
d.q("calm had returned by Wednesday after Russian officers mediated", ("He said calm", "He"), "Hozan Derik", mentions=DER,
    role="spokesman", aff="Asayish")
d.q("An airstrike on a building on the western outskirts of the city of Raqqa, the de facto capital of the Islamic State group, killed nine civilians on Thursday",
    "the activist group Raqqa is Being Slaughtered Silently", "Raqqa is Being Slaughtered Silently", mentions=RBSS,
    role="activist group")
d.q("the dead included two women and three children", "The group", "Raqqa is Being Slaughtered Silently", mentions=RBSS,
    role="activist group")
d.q("it had carried out several strikes near Raqqa that day and was reviewing the report", "The U.S.-led coalition",
    "Global Coalition Against Daesh", alt=["The U.S.-led coalition", "the coalition"])
d.q("\"We take all allegations of civilian casualties seriously,\"", "U.S. Army Col. Mark Whitfield", "Mark Whitfield",
    mentions=WHIT, role="coalition spokesman", aff="Global Coalition Against Daesh")
d.q("The report prompted the coalition to open a formal assessment", ("assessment, Whitfield said", "Whitfield"),
    "Mark Whitfield", mentions=WHIT, role="coalition spokesman", aff="Global Coalition Against Daesh")
d.q("A car bomb exploded near a gathering of rebel fighters in the town of Inkhil, in the southern province of Daraa, on Wednesday, killing six fighters",
    "opposition activists", "opposition activists", anon="anonymous")
d.q("Food prices in rebel-held parts of Daraa have nearly doubled since the summer because the main road to the Jordanian border has been closed",
    "residents", "residents", anon="anonymous")
d.q("Government forces shelled the rebel-held town of Talbiseh, north of the city of Homs, on Friday, killing four people",
    "the Britain-based Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", mentions=SOHR8)
d.q("the shelling often follows attacks by rebels on nearby army posts", ("residents say the shelling", "residents"), "residents", anon="anonymous")
d.q("Government troops recaptured the village of Kawkab, northeast of the city of Hama, on Saturday", "state news agency SANA",
    "SANA", mentions=["The agency said"], aff="Government of Syria")
d.q("\"dozens of terrorists\" were killed", ("The agency said", "The agency"), "SANA", mentions=["state news agency SANA"],
    aff="Government of Syria")
d.q("412 people were killed across Syria over the past seven days, including 140 civilians, making it one of the deadliest weeks since the truce took effect on Sept. 12",
    ("The Observatory said 412", "The Observatory"), "Syrian Observatory for Human Rights", mentions=SOHR8)
d.q("it could not confirm the toll", "the Observatory", "Syrian Observatory for Human Rights", mentions=SOHR8)
d.q("about 275,000 people there were without regular access to food and medicine", "The U.N.", "United Nations")
d.q("Moscow was still committed to the agreement", "Oleg Mikhailov", "Oleg Mikhailov", role="deputy foreign minister",
    aff="Government of Russia")
d.q("it would not discuss a new truce unless the bombing of Aleppo stopped", "The State Department", "U.S. State Department",
    alt=["The State Department"], aff="Government of the United States")
d.agg("412 people were killed across Syria over the past seven days", "people killed", "people", quantity=412,
      ps=d.ago(6), pe=d.published, scope="Syria", claimant="Syrian Observatory for Human Rights")
d.agg("including 140 civilians", "civilians killed", "people", quantity=140, ps=d.ago(6), pe=d.published, scope="Syria",
      claimant="Syrian Observatory for Human Rights")
d.agg("about 275,000 people there were without regular access to food and medicine", "civilians besieged", "people",
      quantity=275000, qualifier="about", pe=d.published, scope="rebel-held eastern Aleppo", claimant="United Nations")
d.cz("The fighting was triggered by a dispute over control of a checkpoint near the city's airport",
     "a dispute over control of a checkpoint near the city's airport", "The fighting", driver="security posture/deployment")
d.cz("The report prompted the coalition to open a formal assessment", "The report",
     "the coalition to open a formal assessment", claimant="Mark Whitfield")
d.cz("Food prices in rebel-held parts of Daraa have nearly doubled since the summer because the main road to the Jordanian border has been closed",
     "the main road to the Jordanian border has been closed", "Food prices in rebel-held parts of Daraa have nearly doubled",
     claimant="residents")
# ---------------------------------------------------------------- authE-09 (Reuters, politics with one incident)
d = doc("authE-09", "Salahuddin council ousts governor as Mosul battle exposes rifts in Iraq's Sunni heartland", "2016-11-08", """
TIKRIT, Iraq (Reuters) - The provincial council of Iraq's Salahuddin province voted on Monday to dismiss Governor Ahmed Khalaf al-Jumaili over accusations of corruption and mismanagement, deepening a political crisis in a province still scarred by two years of war against Islamic State.

Sixteen of the council's 29 members voted to remove Jumaili, council spokesman Omar Saleh Hussein told Reuters. The governor, who was not present, said the session was illegal and that he would challenge the decision in court.

"This was a political coup dressed up as an anti-corruption measure," Jumaili said in a statement. "The people who voted against me want to control the reconstruction contracts."

Council members accused the governor of awarding contracts to rebuild bridges and schools in Tikrit and Baiji to companies linked to his relatives, and of failing to pay municipal workers for months. Hussein said the council had acted because the governor ignored three summonses to answer questions about missing funds.

The vote came three weeks into the U.S.-backed offensive to retake Mosul, the last major Iraqi city held by Islamic State, just 170 km (105 miles) to the north. Several thousand fighters from Salahuddin's Sunni tribes have joined the offensive, and tribal leaders fear the political feud will weaken their say in how the province is run after the militants are defeated.

Sectarian distrust has delayed the return of tens of thousands of displaced families to towns around Tikrit, provincial officials say. Shi'ite militias of the Popular Mobilization Forces, which helped drive Islamic State out of Tikrit in 2015, still control several Sunni districts, including Yathrib and Aziz Balad, and have barred many residents from returning.

"The militias say our families supported Daesh. That is why they won't let us go home," said Sheikh Marwan al-Jubouri, a tribal leader from Yathrib. "They are wrong, and they know it."

A spokesman for the Popular Mobilization Forces in Salahuddin, Ali Hassan al-Husseini, denied that families were being prevented from returning. He said returns were being delayed to allow engineers to clear explosives left behind by the militants.

Security in the province remains fragile. On Sunday, a roadside bomb struck a vehicle carrying members of a Sunni tribal militia near Shirqat, on the Tigris river north of Tikrit, killing three fighters and wounding two. Police said Islamic State sleeper cells were probably behind the attack. Shirqat was retaken from the militants in September, but its outskirts remain dangerous.

Salahuddin's deputy governor, Fawzi Mohammed al-Azzawi, will run the province until a new governor is chosen, the council said. A new vote is expected within 30 days.

Jumaili's allies in Baghdad said the prime minister's office had been asked to intervene. A senior official in the prime minister's office, who declined to be identified, said the government would not interfere in a provincial matter, but warned that political instability could undermine efforts to rebuild the province.

About 270,000 people from Salahuddin are still displaced, according to the Ministry of Migration and Displacement, many of them living in camps in Kirkuk and the Kurdistan region.

Corruption is widespread in Iraq, which ranks among the most corrupt countries in the world according to Transparency International. Provincial governors have been dismissed in Anbar, Basra and Nineveh in recent years, often amid accusations of graft.
""")
d.ev(["a roadside bomb struck a vehicle carrying members of a Sunni tribal militia near Shirqat, on the Tigris river north of Tikrit, killing three fighters and wounding two"],
     d.wd("Sunday"), EXPL, "Remote explosive/landmine/IED", "Salah al-Din", "Shirqat", location_alt=["Al Shirqat", "Ash Sharqat", "Sharqat"],
     actor1=UAG_IQ, actor1_alt=[IS_IQ], actor2="Sunni Tribal Militia (Iraq)", admin2="Al Shirqat", lat=35.51, lon=43.23, prec=2,
     fatalities=3, injured=2)
JUM = ["Ahmed Khalaf al-Jumaili", "Jumaili", "The governor, who was not present"]
HUS = ["Omar Saleh Hussein", "Hussein said"]
d.q("Sixteen of the council's 29 members voted to remove Jumaili", "council spokesman Omar Saleh Hussein", "Omar Saleh Hussein",
    mentions=HUS, role="council spokesman", aff="Salahuddin provincial council", medium="Reuters")
d.q("the session was illegal and that he would challenge the decision in court", "The governor, who was not present",
    "Ahmed Khalaf al-Jumaili", mentions=JUM, role="governor", aff="Salahuddin province")
d.q("\"This was a political coup dressed up as an anti-corruption measure,\"", ("measure,\" Jumaili said", "Jumaili"),
    "Ahmed Khalaf al-Jumaili", mentions=JUM, role="governor", aff="Salahuddin province", medium="statement")
d.q("\"The people who voted against me want to control the reconstruction contracts.\"", ("measure,\" Jumaili said", "Jumaili"),
    "Ahmed Khalaf al-Jumaili", mentions=JUM, role="governor", aff="Salahuddin province", medium="statement")
d.q("the council had acted because the governor ignored three summonses to answer questions about missing funds",
    ("Hussein said the council", "Hussein"), "Omar Saleh Hussein", mentions=HUS + ["council spokesman Omar Saleh Hussein"],
    role="council spokesman", aff="Salahuddin provincial council")
d.q("Sectarian distrust has delayed the return of tens of thousands of displaced families to towns around Tikrit",
    "provincial officials", "provincial officials", anon="unnamed official")
d.q("\"The militias say our families supported Daesh. That is why they won't let us go home,\"", "Sheikh Marwan al-Jubouri",
    "Marwan al-Jubouri", role="tribal leader")
d.q("\"They are wrong, and they know it.\"", ("said Sheikh Marwan al-Jubouri", "Marwan al-Jubouri"), "Marwan al-Jubouri",
    role="tribal leader")
HUSS = ["Ali Hassan al-Husseini", "A spokesman for the Popular Mobilization Forces in Salahuddin"]
d.q("families were being prevented from returning", "Ali Hassan al-Husseini", "Ali Hassan al-Husseini", mentions=HUSS,
    role="spokesman", aff="Popular Mobilization Forces")
d.q("returns were being delayed to allow engineers to clear explosives left behind by the militants", ("He said returns", "He"),
    "Ali Hassan al-Husseini", mentions=HUSS, role="spokesman", aff="Popular Mobilization Forces")
d.q("Islamic State sleeper cells were probably behind the attack", "Police", "Police", anon="unnamed official")
d.q("Salahuddin's deputy governor, Fawzi Mohammed al-Azzawi, will run the province until a new governor is chosen",
    "the council", "Salahuddin provincial council", alt=["the council"])
d.q("the prime minister's office had been asked to intervene", "Jumaili's allies in Baghdad", "Jumaili's allies in Baghdad",
    anon="anonymous")
SO = ["A senior official in the prime minister's office"]
d.q("the government would not interfere in a provincial matter", "A senior official in the prime minister's office",
    "A senior official in the prime minister's office", anon="unnamed official", aff="Office of the Prime Minister of Iraq")
d.q("political instability could undermine efforts to rebuild the province",
    ("A senior official in the prime minister's office, who declined", "A senior official in the prime minister's office"),
    "A senior official in the prime minister's office", mentions=SO, anon="unnamed official",
    aff="Office of the Prime Minister of Iraq")
d.q("About 270,000 people from Salahuddin are still displaced", "the Ministry of Migration and Displacement",
    "Ministry of Migration and Displacement",
    frags=["About 270,000 people from Salahuddin are still displaced", "many of them living in camps in Kirkuk and the Kurdistan region"])
d.q("Iraq, which ranks among the most corrupt countries in the world", "Transparency International", "Transparency International",
    frags=None)
d.agg("About 270,000 people from Salahuddin are still displaced", "people displaced", "people", quantity=270000,
      qualifier="about", pe=d.published, scope="Salahuddin province", claimant="Ministry of Migration and Displacement")
d.cz("voted on Monday to dismiss Governor Ahmed Khalaf al-Jumaili over accusations of corruption and mismanagement",
     "accusations of corruption and mismanagement", "voted on Monday to dismiss Governor Ahmed Khalaf al-Jumaili",
     driver="governance/corruption")
d.cz("voted on Monday to dismiss Governor Ahmed Khalaf al-Jumaili over accusations of corruption and mismanagement, deepening a political crisis in a province still scarred by two years of war against Islamic State",
     "voted on Monday to dismiss Governor Ahmed Khalaf al-Jumaili", "a political crisis in a province",
     driver="governance/corruption")
d.cz("the council had acted because the governor ignored three summonses to answer questions about missing funds",
     "the governor ignored three summonses to answer questions about missing funds", "the council had acted",
     driver="governance/corruption", claimant="Omar Saleh Hussein")
d.cz("tribal leaders fear the political feud will weaken their say in how the province is run",
     "the political feud", "their say in how the province is run", polarity="-", hedged=True, claimant="tribal leaders")
d.cz("Sectarian distrust has delayed the return of tens of thousands of displaced families to towns around Tikrit",
     "Sectarian distrust", "the return of tens of thousands of displaced families to towns around Tikrit",
     driver="sectarian grievance", polarity="-", claimant="provincial officials")
d.cz("The militias say our families supported Daesh. That is why they won't let us go home",
     "our families supported Daesh", "they won't let us go home", claimant="Marwan al-Jubouri")
d.cz("political instability could undermine efforts to rebuild the province", "political instability",
     "efforts to rebuild the province", driver="governance/corruption", polarity="-", hedged=True,
     claimant="A senior official in the prime minister's office")
# ---------------------------------------------------------------- authE-10 (Reuters feature, background only: no events)
d = doc("authE-10", "A year after its recapture, Ramadi rebuilds slowly amid fears of militants' return", "2016-12-28", """
RAMADI, Iraq (Reuters) - A year after Iraqi forces retook Ramadi from Islamic State, the capital of Anbar province is slowly coming back to life. Shops have reopened on the main street, and schoolchildren walk past the shells of houses. But residents say rubble, unpaid salaries and the fear that the militants will come back are keeping many families away.

Iraqi troops declared Ramadi liberated on Dec. 28, 2015, seven months after the militants overran the city in an assault that sent tens of thousands of people fleeing toward Baghdad. The city had about 500,000 residents before the war.

More than 300,000 people have returned to Ramadi and its suburbs since the spring, according to the International Organization for Migration. At the height of the fighting in 2015, more than 1 million people from Anbar province had been displaced, the agency said.

"We have water in most neighbourhoods now, and electricity for eight hours a day," said Ramadi's mayor, Ibrahim Awad al-Fahdawi. "But we have no money to rebuild."

Reconstruction has stalled because the central government, squeezed by low oil prices, has cut funding to the provinces, Fahdawi said. The provincial government estimates that rebuilding the city will cost more than $2 billion.

Corruption has also slowed the work. Two contractors, who asked not to be named for fear of losing their contracts, said they had to pay officials a share of every payment they received from the reconstruction fund.

Unemployment is fuelling anger among young men, said Sheikh Hamid Turki al-Alwani, a tribal leader whose fighters helped the army retake the city. "If the salaries are not paid, the young men will go back to the desert," he said.

Police chief Brigadier General Sabah Nouri al-Dulaimi said checkpoints at every entrance to the city had helped prevent major attacks since its recapture. "The slow return is not due to security alone," he said. "People need houses and jobs."

Security remains fragile on the edges of the province. Islamic State still holds the towns of Rawa and Qaim near the Syrian border, and the desert west of Ramadi, where the militants move freely through the Wadi Horan valley, allows them to stage raids on the highway to Jordan, Dulaimi said.

Two weeks ago, gunmen attacked a police post near the town of Hit, killing a policeman, and last month a bomb hidden in a house in Ramadi's Tamim district killed two children whose family had just returned. Engineers say thousands of explosive devices remain buried in the rubble.

Islamic State has threatened in online statements to return to Ramadi. After the recapture of Falluja in June and the start of the offensive on Mosul in October, the group has increasingly turned to bombings in Baghdad and to hit-and-run attacks in the desert.

Across the border, the Jordanian army said on Monday its troops had killed four suspected smugglers trying to cross from Syria with weapons.

The families of men who joined Islamic State have not been allowed back into several districts of Ramadi. Tribal leaders say they fear revenge killings if the families return. Human rights groups say collective punishment could push a new generation towards the militants.

"My husband was taken by Daesh, and now they treat us as if we were Daesh," said a woman living with her three children in a camp in Amiriyat al-Falluja, who gave only her first name, Sara.

The provincial council plans to reopen Anbar University in Ramadi in February. Fahdawi said the return of students would bring life back to the city. "It has to be this year," he said. "We cannot wait another one."
""")
FAH = ["Ibrahim Awad al-Fahdawi", "Fahdawi", "Ramadi's mayor"]
ALW = ["Sheikh Hamid Turki al-Alwani"]
DUL = ["Brigadier General Sabah Nouri al-Dulaimi", "Dulaimi"]
IOM = ["International Organization for Migration", "the agency said"]
d.q("rubble, unpaid salaries and the fear that the militants will come back are keeping many families away", "residents",
    "residents", anon="anonymous")
d.cz("rubble, unpaid salaries and the fear that the militants will come back are keeping many families away",
     "rubble, unpaid salaries and the fear that the militants will come back", "keeping many families away", claimant="residents")
d.q("More than 300,000 people have returned to Ramadi and its suburbs since the spring", "the International Organization for Migration",
    "International Organization for Migration", mentions=IOM)
d.q("At the height of the fighting in 2015, more than 1 million people from Anbar province had been displaced", "the agency",
    "International Organization for Migration", mentions=IOM)
d.q("\"We have water in most neighbourhoods now, and electricity for eight hours a day,\"", "Ibrahim Awad al-Fahdawi",
    "Ibrahim Awad al-Fahdawi", mentions=FAH, role="mayor of Ramadi")
d.q("\"But we have no money to rebuild.\"", ("said Ramadi's mayor, Ibrahim Awad al-Fahdawi", "Ibrahim Awad al-Fahdawi"),
    "Ibrahim Awad al-Fahdawi", mentions=FAH, role="mayor of Ramadi")
d.q("Reconstruction has stalled because the central government, squeezed by low oil prices, has cut funding to the provinces",
    ("provinces, Fahdawi said", "Fahdawi"), "Ibrahim Awad al-Fahdawi", mentions=FAH, role="mayor of Ramadi")
d.q("rebuilding the city will cost more than $2 billion", "The provincial government", "Anbar provincial government",
    alt=["The provincial government"])
d.q("they had to pay officials a share of every payment they received from the reconstruction fund",
    "Two contractors, who asked not to be named for fear of losing their contracts", "Two contractors", anon="anonymous",
    role="contractors")
d.cz("who asked not to be named for fear of losing their contracts", "fear of losing their contracts",
     "asked not to be named")
d.q("Unemployment is fuelling anger among young men", "Sheikh Hamid Turki al-Alwani", "Hamid Turki al-Alwani", mentions=ALW,
    role="tribal leader")
d.q("\"If the salaries are not paid, the young men will go back to the desert,\"", ("desert,\" he said", "he"),
    "Hamid Turki al-Alwani", mentions=ALW, role="tribal leader")
d.q("checkpoints at every entrance to the city had helped prevent major attacks since its recapture",
    "Police chief Brigadier General Sabah Nouri al-Dulaimi", "Sabah Nouri al-Dulaimi", mentions=DUL, role="police chief")
d.q("\"The slow return is not due to security alone,\"", ("alone,\" he said", "he"), "Sabah Nouri al-Dulaimi", mentions=DUL,
    role="police chief")
d.q("\"People need houses and jobs.\"", ("alone,\" he said", "he"), "Sabah Nouri al-Dulaimi", mentions=DUL, role="police chief")
d.q("Islamic State still holds the towns of Rawa and Qaim near the Syrian border, and the desert west of Ramadi, where the militants move freely through the Wadi Horan valley, allows them to stage raids on the highway to Jordan",
    ("Jordan, Dulaimi said", "Dulaimi"), "Sabah Nouri al-Dulaimi", mentions=DUL, role="police chief")
d.q("thousands of explosive devices remain buried in the rubble", "Engineers", "Engineers", anon="anonymous")
d.q("its troops had killed four suspected smugglers trying to cross from Syria with weapons", "the Jordanian army",
    "Jordanian army", aff="Military Forces of Jordan")
d.q("they fear revenge killings if the families return", "Tribal leaders", "Tribal leaders", anon="unnamed official")
d.q("collective punishment could push a new generation towards the militants", "Human rights groups", "Human rights groups",
    anon="anonymous")
d.q("\"My husband was taken by Daesh, and now they treat us as if we were Daesh,\"",
    "a woman living with her three children in a camp in Amiriyat al-Falluja, who gave only her first name, Sara", "Sara",
    anon="named", role="displaced woman")
d.q("the return of students would bring life back to the city", ("Fahdawi said the return", "Fahdawi"),
    "Ibrahim Awad al-Fahdawi", mentions=FAH, role="mayor of Ramadi")
d.q("\"It has to be this year,\"", ("year,\" he said", "he"), "Ibrahim Awad al-Fahdawi", mentions=FAH, role="mayor of Ramadi")
d.q("\"We cannot wait another one.\"", ("year,\" he said", "he"), "Ibrahim Awad al-Fahdawi", mentions=FAH, role="mayor of Ramadi")
d.agg("More than 300,000 people have returned to Ramadi and its suburbs since the spring", "displaced people returned", "people",
      quantity=300000, low=300000, qualifier="more than", ps=None, pe=d.published, scope="Ramadi and its suburbs",
      claimant="International Organization for Migration")
d.agg("more than 1 million people from Anbar province had been displaced", "people displaced", "people", quantity=1000000,
      low=1000000, qualifier="more than", ps="2015-01-01", pe="2015-12-31", scope="Anbar province",
      claimant="International Organization for Migration")
d.cz("Reconstruction has stalled because the central government, squeezed by low oil prices, has cut funding to the provinces",
     "the central government, squeezed by low oil prices, has cut funding to the provinces", "Reconstruction has stalled",
     driver="economic hardship/unemployment", claimant="Ibrahim Awad al-Fahdawi")
d.cz("Corruption has also slowed the work", "Corruption", "the work", driver="governance/corruption", polarity="-")
d.cz("Unemployment is fuelling anger among young men", "Unemployment", "anger among young men",
     driver="economic hardship/unemployment", claimant="Hamid Turki al-Alwani")
d.cz("checkpoints at every entrance to the city had helped prevent major attacks since its recapture",
     "checkpoints at every entrance to the city", "major attacks", driver="security posture/deployment", polarity="-",
     claimant="Sabah Nouri al-Dulaimi")
d.cz("the desert west of Ramadi, where the militants move freely through the Wadi Horan valley, allows them to stage raids on the highway to Jordan",
     "the desert west of Ramadi", "them to stage raids on the highway to Jordan", driver="terrain/safe havens",
     claimant="Sabah Nouri al-Dulaimi")
d.cz("collective punishment could push a new generation towards the militants", "collective punishment",
     "a new generation towards the militants", hedged=True, claimant="Human rights groups")
d.cz("the return of students would bring life back to the city", "the return of students", "life back to the city",
     hedged=True, claimant="Ibrahim Awad al-Fahdawi")

# ---------------------------------------------------------------- main
def main():
    ids = [x.id for x in DOCS]
    assert len(ids) == len(set(ids))
    words = {x.id: x.check() for x in DOCS}
    with open(os.path.join(HERE, "authE.docs.jsonl"), "w") as f:
        for x in DOCS:
            f.write(json.dumps(x.doc_line(), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authE.gold.jsonl"), "w") as f:
        for x in DOCS:
            f.write(json.dumps(x.gold_line(), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authE.pred_selfcheck.jsonl"), "w") as f:
        for x in DOCS:
            f.write(json.dumps({"id": x.id, "events": x.events, "quotes": x.quotes, "claims": x.claims},
                               ensure_ascii=False) + "\n")
    ne = sum(len(x.events) for x in DOCS)
    nq = sum(len(x.quotes) for x in DOCS)
    na = sum(c["kind"] == "aggregate" for x in DOCS for c in x.claims)
    nc = sum(c["kind"] == "causal" for x in DOCS for c in x.claims)
    nd = sum(c["kind"] == "causal" and c["driver"] is not None for x in DOCS for c in x.claims)
    for x in DOCS:
        print(x.id, x.published, words[x.id], "words", len(x.events), "ev", len(x.quotes), "q",
              sum(c["kind"] == "aggregate" for c in x.claims), "agg", sum(c["kind"] == "causal" for c in x.claims), "causal")
    print(f"docs={len(DOCS)} events={ne} quotes={nq} aggregate={na} causal={nc} causal_with_driver={nd}")


if __name__ == "__main__":
    main()
