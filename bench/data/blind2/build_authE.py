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
     "IS controls every approach to the city", "they cannot reach the besieged districts by road", polarity="-",
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
     sub_alt=["Shelling/artillery/missile attack"], actor1="Islamic State (Iraq)", actor2=PESH, admin2="Al Hamdaniya",
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
