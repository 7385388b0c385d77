#!/usr/bin/env python3
"""Build the authJ sealed set: ten fictional wire reports (Iraq and Syria, 2016) with gold annotations
following /work/shared/data/reports/GUIDE.md. Every offset is computed here by searching the text.

Writes authJ.docs.jsonl, authJ.gold.jsonl and authJ.pred_selfcheck.jsonl beside this file.
All incidents, people, quotes and figures are invented; places and armed groups are real.
Run: python3 build_authJ.py [--review]
"""
import json
import os
import re
import sys

sys.path.insert(0, "/work/main/bench/data")
from gold_record import event_record  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
AUTHOR = "authJ"
DRIVERS = {"security posture/deployment", "leadership/command change", "pandemic/lockdown",
           "economic hardship/unemployment", "displacement/camps/reintegration", "terrain/safe havens",
           "governance/corruption", "sectarian grievance", "external support"}
SUBTYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}


def wb_find_all(text, s):
    """All word-bounded occurrences of s (case-sensitive)."""
    pat = r"(?<![\w])" + re.escape(s) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


class Doc:
    def __init__(self, n, title, published, text):
        self.id = f"{AUTHOR}-{n:02d}"
        self.title = title
        self.published = published
        self.text = "\n\n".join(p.strip() for p in text.strip().split("\n\n"))
        assert "\n\n\n" not in self.text
        self.events, self.quotes, self.claims = [], [], []

    # ---------------------------------------------------------------- spans
    def loc(self, s, after=None, within=None):
        t = self.text
        if within is not None:
            lo, hi = within
            i = t.find(s, lo, hi)
            assert i >= 0, f"{self.id}: {s!r} not inside {t[lo:hi]!r}"
            assert t.find(s, i + 1, hi) < 0, f"{self.id}: {s!r} not unique inside {t[lo:hi]!r}"
            return i, i + len(s)
        if after is not None:
            a = t.find(after)
            assert a >= 0, f"{self.id}: anchor {after!r} not found"
            assert t.count(after) == 1, f"{self.id}: anchor {after!r} not unique"
            i = t.find(s, a)
            assert i >= 0, f"{self.id}: {s!r} not found after {after!r}"
            return i, i + len(s)
        i = t.find(s)
        assert i >= 0, f"{self.id}: {s!r} not found"
        assert t.count(s) == 1, f"{self.id}: {s!r} not unique ({t.count(s)}x)"
        return i, i + len(s)

    def span(self, s, after=None, within=None):
        a, b = self.loc(s, after, within)
        return {"start": a, "end": b, "text": self.text[a:b]}

    # ---------------------------------------------------------------- events
    def ev(self, evidence, **kw):
        spans = []
        for x in evidence:
            s, after = (x, None) if isinstance(x, str) else x
            spans.append(self.span(s, after))
        e = event_record(evidence=spans, **kw)
        assert e["sub_event_type"] in SUBTYPES[e["event_type"]], e
        for s in e.get("sub_event_type_alt") or []:
            assert any(s in v for v in SUBTYPES.values()), s
        assert e["country"] in ("Iraq", "Syria"), e
        self.events.append(e)

    # ---------------------------------------------------------------- quotes
    def q(self, content, speaker, stext, anon="named", mentions=(), role=None, aff=None, medium=None,
          after=None, frags=None, alt=None, direct=None, sp_after=None):
        t = self.text
        if frags:
            fr = []
            for f in frags:
                fs, fa = (f, after) if isinstance(f, str) else f
                fr.append(self.loc(fs, fa))
            start, end = min(a for a, _ in fr), max(b for _, b in fr)
        else:
            start, end = self.loc(content, after)
            fr = None
        if direct is None:
            direct = t[start] in "\"\u201c"
        # attribution mention: the word-bounded occurrence of stext nearest the content (outside it)
        parts = fr or [(start, end)]
        occ = [o for o in wb_find_all(t, stext) if all(o[1] <= a or o[0] >= b for a, b in parts)]
        if sp_after is not None:
            a = self.loc(sp_after)[0]
            occ = [o for o in occ if o[0] >= a][:1]
        assert occ, f"{self.id}: speaker mention {stext!r} not found for {content!r}"
        dist = lambda o: start - o[1] if o[1] <= start else max(0, o[0] - end)  # noqa: E731
        ss, se = min(occ, key=dist)
        assert dist((ss, se)) < 400, f"{self.id}: speaker {stext!r} far from {content!r}"
        ments = {(ss, se)}
        for m in mentions:
            if isinstance(m, tuple):  # (string, anchor): the first occurrence from the anchor on
                ments.add(self.loc(*m))
                continue
            found = wb_find_all(t, m)
            assert found, f"{self.id}: mention {m!r} not found"
            ments.update(found)
        ments = sorted(ments)
        ments = [m for m in ments if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in ments)]
        assert anon in ("named", "unnamed official", "anonymous", "pseudonym")
        rec = {"start": start, "end": end, "text": t[start:end]}
        if fr:
            rec["fragments"] = [list(f) for f in fr]
        rec.update({"direct": direct, "speaker": speaker, "speaker_start": ss, "speaker_end": se,
                    "speaker_text": t[ss:se], "speaker_mentions": [list(m) for m in ments]})
        if alt:
            rec["speaker_alt"] = list(alt)
        rec.update({"role": role, "affiliation": aff, "anonymity": anon, "medium": medium})
        self.quotes.append(rec)

    # ---------------------------------------------------------------- claims
    def agg(self, s, counted, unit="people", claimant=None, quantity=None, low=None, high=None, qualifier=None,
            ps=None, pe=None, scope=None, after=None):
        sp = self.span(s, after)
        assert quantity is not None or (low is not None and high is not None)
        self.claims.append({"kind": "aggregate", **sp, "claimant": claimant, "quantity": quantity, "low": low,
                            "high": high, "counted": counted, "unit": unit, "qualifier": qualifier,
                            "period_start": ps, "period_end": pe, "scope": scope})

    def cau(self, s, cause, effect, driver=None, claimant=None, hedged=False, pol="+", after=None):
        sp = self.span(s, after)
        w = (sp["start"], sp["end"])
        assert driver is None or driver in DRIVERS, driver
        self.claims.append({"kind": "causal", **sp, "claimant": claimant, "hedged": hedged,
                            "cause": self.span(cause, within=w), "effect": self.span(effect, within=w),
                            "driver": driver, "polarity": pol})

    # ---------------------------------------------------------------- output
    def doc_line(self):
        return {"id": self.id, "text": self.text, "published": self.published, "title": self.title}

    def gold_line(self):
        claims = sorted(self.claims, key=lambda c: (c["start"], c["end"]))
        return {"id": self.id, "events": self.events, "quotes": sorted(self.quotes, key=lambda q: q["start"]),
                "claims": claims,
                "source": {"author": AUTHOR, "fictional": True,
                           "note": "invented report written for the sealed evaluation set; real places and "
                                   "armed groups, invented incidents, people, quotes and figures",
                           "license": "written for marsad's evaluation; evaluation only"}}


def check(doc, gold):
    t = doc["text"]

    def sp(x):
        assert t[x["start"]:x["end"]] == x["text"], (doc["id"], x)
    for e in gold["events"]:
        for x in e["evidence"]:
            sp(x)
    for q in gold["quotes"]:
        sp(q)
        assert t[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
        for a, b in q["speaker_mentions"] + q.get("fragments", []):
            assert 0 <= a < b <= len(t)
    for c in gold["claims"]:
        sp(c)
        if c["kind"] == "causal":
            sp(c["cause"]), sp(c["effect"])
            assert c["start"] <= c["cause"]["start"] and c["cause"]["end"] <= c["end"]
            assert c["start"] <= c["effect"]["start"] and c["effect"]["end"] <= c["end"]


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# =============================================================================================== documents
@doc
def d01():
    d = Doc(1, "Suicide bomber hits Baghdad mosque, car bomb strikes market on capital's edge",
            "2016-02-23T17:42:00", """
BAGHDAD (Reuters) - A suicide bomber blew himself up among worshippers leaving a Shi'ite mosque in Baghdad's northern al-Shaab district on Tuesday, and a car bomb tore through a vegetable market on the capital's northeastern outskirts hours later, police and medical sources said.

The death toll from the mosque attack rose to 14 by late afternoon, a police colonel at the scene told Reuters, while the Health Ministry put the figure at 11 dead and 32 wounded. Islamic State claimed the bombing in a statement circulated online, saying one of its fighters had targeted "a gathering of apostates."

"He walked in with the crowd as the noon prayers ended and then there was fire everywhere," said Abu Mustafa, a shopkeeper whose stall faces the mosque gate. He said he had carried two wounded children to a passing minibus because ambulances could not get through the traffic.

The second blast, from explosives packed into a parked pickup truck, killed four people and wounded 15 in the Husseiniya area, according to a police officer there. No group immediately claimed responsibility for it.

On Monday, a roadside bomb struck an army patrol near Tarmiya, 50 km (30 miles) north of Baghdad, killing two soldiers and a member of a government-backed Sunni tribal force, an army officer said.

Brigadier General Hamid al-Zubaidi, a spokesman for Baghdad Operations Command, said security forces had tightened searches at the entrances to the capital. "We have intelligence that they want to hit the markets and the mosques, to show they can still reach Baghdad," Zubaidi said. "The checkpoints stopped three car bombs this month alone."

Zubaidi said the militants were still able to recruit young men in the farming belts around Baghdad because many Sunnis there feel marginalised by the Shi'ite-led government.

Critics say the checkpoints achieve little beyond gridlock. "The devices they use to search cars are useless, everyone in this city knows it," said Jassim al-Bahadli, a member of the Baghdad provincial council's security committee. He said the council had asked the Interior Ministry months ago to replace the hand-held detectors but had received no reply.

The attacks come as Iraqi forces, backed by U.S.-led coalition air strikes, push Islamic State out of territory it overran in 2014. The army retook the western city of Ramadi in December and is preparing a long-promised offensive on Mosul, the group's biggest stronghold in Iraq.

Security analysts say the militants are turning back to suicide attacks in the capital because they are losing ground in the provinces. "When they lose land, they go back to what they know, which is insurgency and mass-casualty bombings," said Hisham al-Rubaie, a Baghdad-based security analyst. "It costs them very little, and it humiliates the government."

The United Nations said at least 670 Iraqis, most of them civilians, were killed in acts of terrorism and armed conflict in January, with Baghdad the worst-affected province.

A statement from the prime minister's office said the mosque attack was "a desperate attempt" by Islamic State to distract from its defeats on the battlefield, and that those responsible would be hunted down.

Lawmakers from the ruling Shi'ite National Alliance said the bombings were fuelling sectarian tension in mixed neighbourhoods of the capital, where memories of the 2006-2007 civil war remain raw.

The army officer near Tarmiya said salary delays caused by the slump in oil prices had left many of the tribal fighters unpaid since October. "Some of them have gone home. You cannot ask a man to hold a checkpoint for nothing," he said.

In al-Shaab, residents said anger was growing at the government's failure to protect the neighbourhood, which has been hit several times since last year.

"Every few months they come and kill us, and the officials come and make speeches," said Umm Ali, 52, whose nephew was among the wounded. "Nothing changes."
""")
    d.ev(date="2016-02-23", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Islamic State (Iraq)",
         actor2="Civilians (Iraq)", country="Iraq", admin1="Baghdad", admin2="Al Resafa", location="Baghdad - Al Shaab",
         location_alt=["al-Shaab", "Shaab", "Baghdad"], lat=33.392, lon=44.413, prec=1, fatalities=11, injured=32,
         fatalities_note="police colonel 14, Health Ministry 11 -> the conservative 11",
         evidence=["A suicide bomber blew himself up among worshippers leaving a Shi'ite mosque in Baghdad's northern al-Shaab district on Tuesday",
                   "The death toll from the mosque attack rose to 14 by late afternoon",
                   "the Health Ministry put the figure at 11 dead and 32 wounded"])
    d.ev(date="2016-02-23", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
         actor1="Unidentified Armed Group (Iraq)", actor1_alt=["Islamic State (Iraq)"], actor2="Civilians (Iraq)",
         country="Iraq", admin1="Baghdad", location="Husseiniya", location_alt=["Al Husseiniya", "Husainiya"],
         lat=33.46, lon=44.53, prec=1, fatalities=4, injured=15,
         evidence=["a car bomb tore through a vegetable market on the capital's northeastern outskirts hours later",
                   "The second blast, from explosives packed into a parked pickup truck, killed four people and wounded 15 in the Husseiniya area"])
    d.ev(date="2016-02-22", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
         actor1="Unidentified Armed Group (Iraq)", actor1_alt=["Islamic State (Iraq)"],
         actor2="Military Forces of Iraq (2014-2018)", country="Iraq", admin1="Baghdad", admin1_alt=["Salah al-Din"],
         location="Tarmiya", location_alt=["Al Tarmiyah", "Tarmiyah"], lat=33.669, lon=44.394, prec=2, fatalities=3,
         evidence=["On Monday, a roadside bomb struck an army patrol near Tarmiya, 50 km (30 miles) north of Baghdad, killing two soldiers and a member of a government-backed Sunni tribal force"])

    zub = ("Brigadier General Hamid al-Zubaidi", "Zubaidi")
    d.q("A suicide bomber blew himself up among worshippers leaving a Shi'ite mosque in Baghdad's northern al-Shaab district on Tuesday, and a car bomb tore through a vegetable market on the capital's northeastern outskirts hours later",
        "police and medical sources", "police and medical sources", anon="unnamed official")
    d.q("The death toll from the mosque attack rose to 14 by late afternoon", "a police colonel at the scene",
        "a police colonel at the scene", anon="unnamed official", role="police colonel", aff="Iraqi police", medium="Reuters")
    d.q("the figure at 11 dead and 32 wounded", "Health Ministry", "the Health Ministry", aff="Iraqi government")
    d.q("one of its fighters had targeted \"a gathering of apostates.\"", "Islamic State", "Islamic State",
        after="Islamic State claimed the bombing", medium="statement circulated online", direct=False)
    d.q("\"He walked in with the crowd as the noon prayers ended and then there was fire everywhere,\"",
        "Abu Mustafa", "Abu Mustafa", mentions=("Abu Mustafa",), role="shopkeeper")
    d.q("he had carried two wounded children to a passing minibus because ambulances could not get through the traffic",
        "Abu Mustafa", "He", mentions=("Abu Mustafa",), sp_after="He said he had carried")
    d.q("The second blast, from explosives packed into a parked pickup truck, killed four people and wounded 15 in the Husseiniya area",
        "a police officer there", "a police officer there", anon="unnamed official", aff="Iraqi police")
    d.q("On Monday, a roadside bomb struck an army patrol near Tarmiya, 50 km (30 miles) north of Baghdad, killing two soldiers and a member of a government-backed Sunni tribal force",
        "an army officer", "an army officer", mentions=("The army officer near Tarmiya",), anon="unnamed official",
        aff="Iraqi army")
    d.q("security forces had tightened searches at the entrances to the capital", "Hamid al-Zubaidi",
        "Brigadier General Hamid al-Zubaidi", mentions=zub, role="spokesman", aff="Baghdad Operations Command")
    d.q("\"We have intelligence that they want to hit the markets and the mosques, to show they can still reach Baghdad,\"",
        "Hamid al-Zubaidi", "Zubaidi", mentions=zub, role="spokesman", aff="Baghdad Operations Command")
    d.q("\"The checkpoints stopped three car bombs this month alone.\"", "Hamid al-Zubaidi", "Zubaidi",
        mentions=zub, role="spokesman", aff="Baghdad Operations Command")
    d.q("the militants were still able to recruit young men in the farming belts around Baghdad because many Sunnis there feel marginalised by the Shi'ite-led government",
        "Hamid al-Zubaidi", "Zubaidi", mentions=zub, role="spokesman", aff="Baghdad Operations Command")
    bah = ("Jassim al-Bahadli",)
    d.q("\"The devices they use to search cars are useless, everyone in this city knows it,\"", "Jassim al-Bahadli",
        "Jassim al-Bahadli", mentions=bah, role="member of the provincial council's security committee",
        aff="Baghdad provincial council")
    d.q("the council had asked the Interior Ministry months ago to replace the hand-held detectors but had received no reply",
        "Jassim al-Bahadli", "He", mentions=bah, sp_after="He said the council",
        role="member of the provincial council's security committee", aff="Baghdad provincial council")
    d.q("the militants are turning back to suicide attacks in the capital because they are losing ground in the provinces",
        "Security analysts", "Security analysts", anon="anonymous")
    rub = ("Hisham al-Rubaie",)
    d.q("\"When they lose land, they go back to what they know, which is insurgency and mass-casualty bombings,\"",
        "Hisham al-Rubaie", "Hisham al-Rubaie", mentions=rub, role="security analyst")
    d.q("\"It costs them very little, and it humiliates the government.\"", "Hisham al-Rubaie", "Hisham al-Rubaie",
        mentions=rub, role="security analyst")
    d.q("at least 670 Iraqis, most of them civilians, were killed in acts of terrorism and armed conflict in January, with Baghdad the worst-affected province",
        "United Nations", "The United Nations")
    d.q("the mosque attack was \"a desperate attempt\" by Islamic State to distract from its defeats on the battlefield, and that those responsible would be hunted down",
        "prime minister's office", "A statement from the prime minister's office", aff="Iraqi government",
        medium="statement", direct=False)
    d.q("the bombings were fuelling sectarian tension in mixed neighbourhoods of the capital, where memories of the 2006-2007 civil war remain raw",
        "Lawmakers from the ruling Shi'ite National Alliance", "Lawmakers from the ruling Shi'ite National Alliance",
        anon="unnamed official", aff="National Alliance")
    d.q("salary delays caused by the slump in oil prices had left many of the tribal fighters unpaid since October",
        "an army officer", "The army officer near Tarmiya", mentions=("an army officer",), anon="unnamed official",
        aff="Iraqi army")
    d.q("\"Some of them have gone home. You cannot ask a man to hold a checkpoint for nothing,\"", "an army officer",
        "he", mentions=("an army officer", "The army officer near Tarmiya"), anon="unnamed official", aff="Iraqi army",
        sp_after="for nothing,\" he said")
    d.q("anger was growing at the government's failure to protect the neighbourhood, which has been hit several times since last year",
        "residents", "residents", anon="anonymous", sp_after="In al-Shaab, residents")
    d.q("\"Every few months they come and kill us, and the officials come and make speeches,\"", "Umm Ali", "Umm Ali",
        mentions=("Umm Ali",))
    d.q("\"Nothing changes.\"", "Umm Ali", "Umm Ali", mentions=("Umm Ali",))

    d.agg("The checkpoints stopped three car bombs this month alone", "car bombs stopped at Baghdad checkpoints",
          unit="car bombs", claimant="Hamid al-Zubaidi", quantity=3, ps="2016-02-01", pe="2016-02-23", scope="Baghdad")
    d.agg("at least 670 Iraqis, most of them civilians, were killed in acts of terrorism and armed conflict in January",
          "Iraqis killed in terrorism and armed conflict", claimant="United Nations", quantity=670, low=670,
          qualifier="at least", ps="2016-01-01", pe="2016-01-31", scope="Iraq")

    d.cau("He said he had carried two wounded children to a passing minibus because ambulances could not get through the traffic",
          "ambulances could not get through the traffic", "he had carried two wounded children to a passing minibus",
          claimant="Abu Mustafa")
    d.cau("the militants were still able to recruit young men in the farming belts around Baghdad because many Sunnis there feel marginalised by the Shi'ite-led government",
          "many Sunnis there feel marginalised by the Shi'ite-led government",
          "the militants were still able to recruit young men in the farming belts around Baghdad",
          driver="sectarian grievance", claimant="Hamid al-Zubaidi")
    d.cau("the militants are turning back to suicide attacks in the capital because they are losing ground in the provinces",
          "they are losing ground in the provinces", "the militants are turning back to suicide attacks in the capital",
          claimant="Security analysts")
    d.cau("the bombings were fuelling sectarian tension in mixed neighbourhoods of the capital",
          "the bombings", "sectarian tension in mixed neighbourhoods of the capital",
          claimant="Lawmakers from the ruling Shi'ite National Alliance")
    d.cau("salary delays caused by the slump in oil prices had left many of the tribal fighters unpaid since October",
          "the slump in oil prices", "salary delays", driver="economic hardship/unemployment", claimant="an army officer")
    return d


@doc
def d02():
    d = Doc(2, "Air strikes kill civilians in rebel Aleppo as battle rages for city's southwest",
            "2016-08-04T16:20:00", """
Beirut (AFP) - Air strikes on rebel-held neighbourhoods of Aleppo killed at least nine civilians, among them three children, on Thursday, a monitor said, as fierce fighting raged for a fifth day on the divided city's southwestern edge.

The Syrian Observatory for Human Rights said the raids, carried out by either Syrian or Russian warplanes, hit the eastern districts of Al-Shaar and Karm al-Jabal shortly after dawn.

The civil defence, a rescue force known as the White Helmets, gave a higher toll of 13 dead, saying its volunteers were still pulling bodies from two collapsed buildings in Al-Shaar.

"We dug out a woman and her two daughters with our hands because the bulldozer had no fuel," said Mahmoud Khattab, a civil defence volunteer. "There is no safe place left in the east," he told AFP by telephone.

Around a quarter of a million people have been trapped in the opposition-held east since regime forces cut the last supply route into the area, the Castello Road, in mid-July.

The United Nations has warned that food stocks there could run out within weeks, and the price of bread has risen fivefold because of the siege, according to residents.

Across the front line, rebel rocket fire on the government-held western district of Hamdaniyeh killed six civilians and wounded 20 on Wednesday, state news agency SANA reported. The Observatory put the toll from that attack at eight.

SANA blamed "terrorist groups" for the rocket fire.

The heaviest fighting was around Ramussa, where the Jaish al-Fatah alliance of rebel and jihadist groups, including the former Al-Qaeda affiliate now calling itself Fateh al-Sham Front, is trying to punch through regime lines to reach the besieged east.

The Observatory said clashes around the Ramussa artillery academy went on through Thursday, while Russian warplanes carried out dozens of strikes on rebel positions in the area.

More than 50 fighters from both sides have been killed since the offensive began on Sunday, according to the monitor.

A military source told AFP that the army had "absorbed the attack" and was preparing a counter-offensive. "The terrorists have lost hundreds of men and they have gained nothing but a few hills," the source said.

Omar Haj Bakr, a spokesman for Jaish al-Fatah, said rebel fighters had seized several positions near the academy and that the regime's growing reliance on air power showed its ground forces were exhausted.

"Without the Russian planes, this regime would have collapsed a year ago," Haj Bakr said.

Moscow's air campaign, which began last September, has allowed the regime to recapture ground in Latakia, Homs and Aleppo provinces over the past year.

The Russian defence ministry said on Thursday its aircraft had struck only "terrorist targets" in Aleppo province. It denied hitting residential areas.

Doctors in the east said the strikes had forced two more clinics to close this week.

"We are treating children on the floor because there are no beds left," said Abdelkader Sheikh, a surgeon at one of the last working hospitals in the east.

The opposition-run Aleppo city council said the influx of families displaced from the northern countryside had led to severe overcrowding in the east's remaining shelters. Most families refuse to use the humanitarian corridors announced by Moscow last week because they fear arrest at regime checkpoints, the council added.

Syria's conflict has killed more than 280,000 people since it erupted in March 2011 with anti-government protests.
""")
    obs = ("The Syrian Observatory for Human Rights", "The Observatory", "the monitor")
    d.ev(date="2016-08-04", etype="Explosions/Remote violence", sub="Air/drone strike",
         actor1="Military Forces of Syria (2000-)", actor1_alt=["Military Forces of Russia (2000-)"],
         actor2="Civilians (Syria)", country="Syria", admin1="Aleppo", admin1_alt=["Halab"], admin2="Jebel Saman",
         location="Aleppo - Al Shaar", location_alt=["Al-Shaar", "Shaar", "Karm al-Jabal", "Aleppo"],
         lat=36.214, lon=37.175, prec=1, fatalities=9,
         fatalities_note="Observatory at least 9, civil defence 13 -> 9",
         evidence=["Air strikes on rebel-held neighbourhoods of Aleppo killed at least nine civilians, among them three children, on Thursday",
                   "the raids, carried out by either Syrian or Russian warplanes, hit the eastern districts of Al-Shaar and Karm al-Jabal shortly after dawn",
                   "gave a higher toll of 13 dead"])
    d.ev(date="2016-08-03", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
         actor1="Unidentified Armed Group (Syria)", actor1_alt=["Jaish al Fateh"], actor2="Civilians (Syria)",
         country="Syria", admin1="Aleppo", admin1_alt=["Halab"], admin2="Jebel Saman", location="Aleppo - Hamdaniyeh",
         location_alt=["Hamdaniyeh", "Al-Hamdaniyah", "Aleppo"], lat=36.188, lon=37.128, prec=1, fatalities=6,
         injured=20, fatalities_note="SANA 6, Observatory 8 -> 6",
         evidence=["rebel rocket fire on the government-held western district of Hamdaniyeh killed six civilians and wounded 20 on Wednesday",
                   "The Observatory put the toll from that attack at eight"])
    d.ev(date="2016-08-04", etype="Battles", sub="Armed clash", actor1="Jaish al Fateh",
         actor2="Military Forces of Syria (2000-)", country="Syria", admin1="Aleppo", admin1_alt=["Halab"],
         admin2="Jebel Saman", location="Aleppo - Ramussa", location_alt=["Ramussa", "Ramouseh", "Ramousah", "Aleppo"],
         lat=36.166, lon=37.142, prec=2, fatalities=None,
         fatalities_note="more than 50 fighters killed since Sunday; not apportionable to the day or between clashes and air strikes",
         evidence=["The heaviest fighting was around Ramussa",
                   "clashes around the Ramussa artillery academy went on through Thursday"])
    d.ev(date="2016-08-04", etype="Explosions/Remote violence", sub="Air/drone strike",
         actor1="Military Forces of Russia (2000-)", actor2="Jaish al Fateh", country="Syria", admin1="Aleppo",
         admin1_alt=["Halab"], admin2="Jebel Saman", location="Aleppo - Ramussa",
         location_alt=["Ramussa", "Ramouseh", "Aleppo"], lat=36.166, lon=37.142, prec=2, fatalities=None,
         note="Air strikes supporting the ground battle: a separate event.",
         fatalities_note="battle deaths not apportionable between the clashes and the strikes",
         evidence=["Russian warplanes carried out dozens of strikes on rebel positions in the area"])

    d.q("Air strikes on rebel-held neighbourhoods of Aleppo killed at least nine civilians, among them three children, on Thursday",
        "Syrian Observatory for Human Rights", "a monitor", mentions=obs)
    d.q("the raids, carried out by either Syrian or Russian warplanes, hit the eastern districts of Al-Shaar and Karm al-Jabal shortly after dawn",
        "Syrian Observatory for Human Rights", "The Syrian Observatory for Human Rights", mentions=obs + ("a monitor",))
    cd = ("The civil defence", "the White Helmets")
    d.q("its volunteers were still pulling bodies from two collapsed buildings in Al-Shaar", "Syrian civil defence",
        "The civil defence", mentions=cd, alt=["White Helmets"])
    d.q("a higher toll of 13 dead", "Syrian civil defence", "The civil defence", mentions=cd, alt=["White Helmets"])
    kh = ("Mahmoud Khattab",)
    d.q("\"We dug out a woman and her two daughters with our hands because the bulldozer had no fuel,\"",
        "Mahmoud Khattab", "Mahmoud Khattab", mentions=kh, role="civil defence volunteer", aff="civil defence")
    d.q("\"There is no safe place left in the east,\"", "Mahmoud Khattab", "he", mentions=kh,
        role="civil defence volunteer", aff="civil defence", medium="AFP, by telephone")
    d.q("food stocks there could run out within weeks", "United Nations", "The United Nations")
    d.q("the price of bread has risen fivefold because of the siege", "residents", "residents", anon="anonymous",
        sp_after="according to residents")
    d.q("rebel rocket fire on the government-held western district of Hamdaniyeh killed six civilians and wounded 20 on Wednesday",
        "SANA", "state news agency SANA", medium="state news agency")
    d.q("the toll from that attack at eight", "Syrian Observatory for Human Rights", "The Observatory",
        mentions=obs + ("a monitor",), sp_after="The Observatory put")
    d.q("clashes around the Ramussa artillery academy went on through Thursday, while Russian warplanes carried out dozens of strikes on rebel positions in the area",
        "Syrian Observatory for Human Rights", "The Observatory", mentions=obs + ("a monitor",),
        sp_after="The Observatory said clashes")
    d.q("More than 50 fighters from both sides have been killed since the offensive began on Sunday",
        "Syrian Observatory for Human Rights", "the monitor", mentions=obs + ("a monitor",))
    ms = ("A military source", "the source")
    d.q("the army had \"absorbed the attack\" and was preparing a counter-offensive", "A military source",
        "A military source", mentions=ms, anon="unnamed official", aff="Syrian army", medium="AFP", direct=False)
    d.q("\"The terrorists have lost hundreds of men and they have gained nothing but a few hills,\"",
        "A military source", "the source", mentions=ms, anon="unnamed official", aff="Syrian army")
    hb = ("Omar Haj Bakr", "Haj Bakr")
    d.q("rebel fighters had seized several positions near the academy and that the regime's growing reliance on air power showed its ground forces were exhausted",
        "Omar Haj Bakr", "Omar Haj Bakr", mentions=hb, role="spokesman", aff="Jaish al-Fatah")
    d.q("\"Without the Russian planes, this regime would have collapsed a year ago,\"", "Omar Haj Bakr", "Haj Bakr",
        mentions=hb, role="spokesman", aff="Jaish al-Fatah")
    rmod = ("The Russian defence ministry",)
    d.q("its aircraft had struck only \"terrorist targets\" in Aleppo province", "Russian defence ministry",
        "The Russian defence ministry", mentions=rmod, aff="Russian government", direct=False)
    d.q("hitting residential areas", "Russian defence ministry", "It", mentions=rmod, aff="Russian government",
        sp_after="It denied")
    d.q("the strikes had forced two more clinics to close this week", "Doctors in the east", "Doctors in the east",
        anon="anonymous")
    d.q("\"We are treating children on the floor because there are no beds left,\"", "Abdelkader Sheikh",
        "Abdelkader Sheikh", mentions=("Abdelkader Sheikh",), role="surgeon")
    cc = ("The opposition-run Aleppo city council", "the council")
    d.q("the influx of families displaced from the northern countryside had led to severe overcrowding in the east's remaining shelters",
        "Aleppo city council", "The opposition-run Aleppo city council", mentions=cc, aff="opposition")
    d.q("Most families refuse to use the humanitarian corridors announced by Moscow last week because they fear arrest at regime checkpoints",
        "Aleppo city council", "the council", mentions=cc, aff="opposition")

    d.agg("Around a quarter of a million people have been trapped in the opposition-held east",
          "people trapped in besieged east Aleppo", quantity=250000, qualifier="around", pe="2016-08-04",
          scope="eastern Aleppo")
    d.agg("More than 50 fighters from both sides have been killed since the offensive began on Sunday",
          "fighters killed in the Aleppo southwest offensive", claimant="Syrian Observatory for Human Rights",
          quantity=50, low=50, qualifier="more than", ps="2016-07-31", pe="2016-08-04",
          scope="southwestern Aleppo offensive")
    d.agg("Syria's conflict has killed more than 280,000 people since it erupted in March 2011",
          "people killed in the Syrian conflict", quantity=280000, low=280000, qualifier="more than",
          ps="2011-03-01", pe="2016-08-04", scope="Syria")

    d.cau("\"We dug out a woman and her two daughters with our hands because the bulldozer had no fuel,\"",
          "the bulldozer had no fuel", "We dug out a woman and her two daughters with our hands",
          claimant="Mahmoud Khattab")
    d.cau("the price of bread has risen fivefold because of the siege", "the siege",
          "the price of bread has risen fivefold", claimant="residents")
    d.cau("Moscow's air campaign, which began last September, has allowed the regime to recapture ground in Latakia, Homs and Aleppo provinces over the past year",
          "Moscow's air campaign", "the regime to recapture ground in Latakia, Homs and Aleppo provinces",
          driver="external support")
    d.cau("\"We are treating children on the floor because there are no beds left,\"", "there are no beds left",
          "We are treating children on the floor", claimant="Abdelkader Sheikh")
    d.cau("the influx of families displaced from the northern countryside had led to severe overcrowding in the east's remaining shelters",
          "the influx of families displaced from the northern countryside",
          "severe overcrowding in the east's remaining shelters", driver="displacement/camps/reintegration",
          claimant="Aleppo city council")
    d.cau("Most families refuse to use the humanitarian corridors announced by Moscow last week because they fear arrest at regime checkpoints",
          "they fear arrest at regime checkpoints",
          "Most families refuse to use the humanitarian corridors announced by Moscow last week",
          driver="security posture/deployment", claimant="Aleppo city council")
    return d


@doc
def d03():
    d = Doc(3, "Iraqi special forces seize first Mosul district as IS hits back with car bombs",
            "2016-11-03T14:05:00", """
By KARIM NASSER and LAURA BENNETT, Associated Press

GOGJALI, Iraq (AP) — Iraqi special forces pushed deeper into the eastern edge of Mosul on Thursday, seizing the Karama neighborhood after hours of street fighting as Islamic State militants hit back with suicide car bombs, snipers and mortar rounds, Iraqi commanders said.

The advance by the elite Counter-Terrorism Service marked the first time government troops had taken a full residential district inside the city limits since the offensive to retake Iraq's second-largest city began on Oct. 17.

"Karama is now under our control, and the Iraqi flag is up on the mosque," Brig. Gen. Adnan Kadhim al-Saedi told The Associated Press at a command post on the neighborhood's edge, as gunfire echoed from streets a few hundred yards away. He said his men were clearing houses one by one because the militants had left explosives in many of them.

Al-Saedi said the militants sent three suicide car bombs toward his troops' lines in the morning. Two were destroyed by anti-tank missiles before they reached their targets, but the third exploded beside an armored Humvee, killing two soldiers and wounding four. All three bombers died, he said.

"They come out of the smoke at 100 kilometers an hour. You have maybe ten seconds," said Staff Sgt. Ali Hussein Jabbar, whose Humvee's windshield was spidered with cracks from shrapnel.

Iraqi commanders said dozens of militants were killed in Thursday's fighting for Karama, a figure that could not be independently verified.

On Wednesday, a U.S.-led coalition aircraft struck an Islamic State mortar team in the nearby Zahra neighborhood, killing five militants, according to Col. Mark Haverford, a coalition spokesman in Baghdad. Haverford said the coalition had carried out more than 60 strikes around Mosul in the past week.

Lt. Col. Muntadhar Salim, an intelligence officer with the special forces, said a network of tunnels dug beneath the houses had allowed the militants to move fighters between streets without being seen by surveillance drones. "They have been preparing this for two years," he said.

Commanders say the slow pace of the advance is the result of orders to spare civilians, many of whom have stayed in their homes. The Iraqi government has asked residents to remain indoors to avoid a mass exodus that aid agencies say they could not absorb.

Hundreds of civilians nevertheless streamed out of Karama and nearby Judaidat al-Mufti on Thursday, some waving white cloths.

"Daesh told us that anyone who leaves is an infidel and will be killed," said Fathi Younis, 46, who walked out with his wife and five children, using the Arabic acronym for the group. "We lived on flour and water for the last month."

Younis said many families on his street had stayed behind because militants had threatened to kill anyone caught fleeing.

The International Organization for Migration said more than 22,000 people have been displaced since the operation began. U.S. officials estimate that between 3,000 and 5,000 Islamic State fighters remain inside the city, which had a population of more than 2 million before the militants swept in.

The U.N. human rights office said it had received reports that the militants had killed dozens of former members of the security forces in villages south of the city in recent days and were forcing thousands of civilians into Mosul to use them as human shields. It said it could not verify the reports.

Islamic State's Aamaq news agency said the group's fighters had "destroyed 12 vehicles of the Rafidi army," using a slur for Shiites. The claim could not be confirmed.

West of the city, the state-sanctioned Popular Mobilization Forces, an umbrella of mostly Shiite militias, are pushing toward the town of Tal Afar. Haidar Jabbar al-Lami, a spokesman for the militias, said his fighters would not enter Mosul itself. "Our task is to cut the road to Syria, nothing more," he said.

Turkey, which has troops at a base north of Mosul, has warned that the participation of the militias in the battle could inflame sectarian tensions in the mainly Sunni region.

Back in Karama, soldiers piled sandbags at street corners as night fell. Al-Saedi said he expected counterattacks. "They know they are losing this city," he said. "The question is how much they destroy before they go."
""")
    sa = ("Brig. Gen. Adnan Kadhim al-Saedi", "Al-Saedi")
    d.ev(date="2016-11-03", etype="Battles", sub="Government regains territory", sub_alt=["Armed clash"],
         actor1="Military Forces of Iraq (2014-2018)", actor2="Islamic State (Iraq)", country="Iraq", admin1="Ninewa",
         admin1_alt=["Nineveh", "Ninawa"], admin2="Al Mosul", location="Mosul - Karama",
         location_alt=["Karama", "al-Karama", "Mosul"], lat=36.352, lon=43.188, prec=1, fatalities=12,
         fatalities_note="'dozens of militants' (commanders) -> 12; the two soldiers are counted in the car-bomb event",
         evidence=["Iraqi special forces pushed deeper into the eastern edge of Mosul on Thursday, seizing the Karama neighborhood after hours of street fighting",
                   "\"Karama is now under our control, and the Iraqi flag is up on the mosque,\"",
                   "dozens of militants were killed in Thursday's fighting for Karama"])
    d.ev(date="2016-11-03", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Islamic State (Iraq)",
         actor2="Military Forces of Iraq (2014-2018)", country="Iraq", admin1="Ninewa", admin1_alt=["Nineveh", "Ninawa"],
         admin2="Al Mosul", location="Mosul - Karama", location_alt=["Karama", "Mosul"], lat=36.352, lon=43.188,
         prec=1, fatalities=5, injured=4, fatalities_note="two soldiers and the three bombers",
         evidence=["the militants sent three suicide car bombs toward his troops' lines in the morning",
                   "the third exploded beside an armored Humvee, killing two soldiers and wounding four. All three bombers died"])
    d.ev(date="2016-11-02", etype="Explosions/Remote violence", sub="Air/drone strike",
         actor1="Global Coalition Against Daesh", actor2="Islamic State (Iraq)", country="Iraq", admin1="Ninewa",
         admin1_alt=["Nineveh", "Ninawa"], admin2="Al Mosul", location="Mosul - Al Zahra",
         location_alt=["Zahra", "al-Zahraa", "Mosul"], lat=36.368, lon=43.19, prec=1, fatalities=5,
         evidence=["On Wednesday, a U.S.-led coalition aircraft struck an Islamic State mortar team in the nearby Zahra neighborhood, killing five militants"])

    d.q("Iraqi special forces pushed deeper into the eastern edge of Mosul on Thursday, seizing the Karama neighborhood after hours of street fighting as Islamic State militants hit back with suicide car bombs, snipers and mortar rounds",
        "Iraqi commanders", "Iraqi commanders", anon="unnamed official", aff="Iraqi army",
        sp_after="mortar rounds, Iraqi commanders said")
    d.q("\"Karama is now under our control, and the Iraqi flag is up on the mosque,\"", "Adnan Kadhim al-Saedi",
        "Brig. Gen. Adnan Kadhim al-Saedi", mentions=sa, role="brigadier general", aff="Counter-Terrorism Service",
        medium="The Associated Press")
    d.q("his men were clearing houses one by one because the militants had left explosives in many of them",
        "Adnan Kadhim al-Saedi", "He", mentions=sa, sp_after="He said his men", aff="Counter-Terrorism Service")
    d.q("the militants sent three suicide car bombs toward his troops' lines in the morning", "Adnan Kadhim al-Saedi",
        "Al-Saedi", mentions=sa, sp_after="Al-Saedi said the militants", aff="Counter-Terrorism Service")
    d.q("All three bombers died", "Adnan Kadhim al-Saedi", "he", mentions=sa, sp_after="All three bombers died, he",
        aff="Counter-Terrorism Service")
    d.q("\"They come out of the smoke at 100 kilometers an hour. You have maybe ten seconds,\"", "Ali Hussein Jabbar",
        "Staff Sgt. Ali Hussein Jabbar", mentions=("Staff Sgt. Ali Hussein Jabbar",), role="staff sergeant",
        aff="Counter-Terrorism Service")
    d.q("dozens of militants were killed in Thursday's fighting for Karama", "Iraqi commanders", "Iraqi commanders",
        anon="unnamed official", aff="Iraqi army", sp_after="Iraqi commanders said dozens")
    hv = ("Col. Mark Haverford", "Haverford")
    d.q("On Wednesday, a U.S.-led coalition aircraft struck an Islamic State mortar team in the nearby Zahra neighborhood, killing five militants",
        "Mark Haverford", "Col. Mark Haverford", mentions=hv, role="spokesman", aff="U.S.-led coalition")
    d.q("the coalition had carried out more than 60 strikes around Mosul in the past week", "Mark Haverford",
        "Haverford", mentions=hv, role="spokesman", aff="U.S.-led coalition")
    ms = ("Lt. Col. Muntadhar Salim",)
    d.q("a network of tunnels dug beneath the houses had allowed the militants to move fighters between streets without being seen by surveillance drones",
        "Muntadhar Salim", "Lt. Col. Muntadhar Salim", mentions=ms, role="intelligence officer",
        aff="Counter-Terrorism Service")
    d.q("\"They have been preparing this for two years,\"", "Muntadhar Salim", "he", mentions=ms,
        role="intelligence officer", aff="Counter-Terrorism Service")
    d.q("the slow pace of the advance is the result of orders to spare civilians, many of whom have stayed in their homes",
        "Commanders", "Commanders", anon="unnamed official", aff="Iraqi army")
    fy = ("Fathi Younis", "Younis")
    d.q("\"Daesh told us that anyone who leaves is an infidel and will be killed,\"", "Fathi Younis", "Fathi Younis",
        mentions=fy)
    d.q("\"We lived on flour and water for the last month.\"", "Fathi Younis", "Fathi Younis", mentions=fy)
    d.q("many families on his street had stayed behind because militants had threatened to kill anyone caught fleeing",
        "Fathi Younis", "Younis", mentions=fy, sp_after="Younis said many")
    d.q("more than 22,000 people have been displaced since the operation began", "International Organization for Migration",
        "The International Organization for Migration")
    d.q("between 3,000 and 5,000 Islamic State fighters remain inside the city, which had a population of more than 2 million before the militants swept in",
        "U.S. officials", "U.S. officials", anon="unnamed official", aff="U.S. government")
    un = ("The U.N. human rights office",)
    d.q("it had received reports that the militants had killed dozens of former members of the security forces in villages south of the city in recent days and were forcing thousands of civilians into Mosul to use them as human shields",
        "U.N. human rights office", "The U.N. human rights office", mentions=un)
    d.q("it could not verify the reports", "U.N. human rights office", "It", mentions=un, sp_after="It said it could not")
    d.q("the group's fighters had \"destroyed 12 vehicles of the Rafidi army,\"", "Aamaq", "Islamic State's Aamaq news agency",
        aff="Islamic State", medium="news agency", direct=False)
    hl = ("Haidar Jabbar al-Lami",)
    d.q("his fighters would not enter Mosul itself", "Haidar Jabbar al-Lami", "Haidar Jabbar al-Lami", mentions=hl,
        role="spokesman", aff="Popular Mobilization Forces")
    d.q("\"Our task is to cut the road to Syria, nothing more,\"", "Haidar Jabbar al-Lami", "he", mentions=hl,
        role="spokesman", aff="Popular Mobilization Forces")
    d.q("the participation of the militias in the battle could inflame sectarian tensions in the mainly Sunni region",
        "Turkey", "Turkey", aff="Turkish government")
    d.q("he expected counterattacks", "Adnan Kadhim al-Saedi", "Al-Saedi", mentions=sa,
        sp_after="Al-Saedi said he expected", aff="Counter-Terrorism Service")
    d.q("\"They know they are losing this city,\"", "Adnan Kadhim al-Saedi", "he", mentions=sa,
        aff="Counter-Terrorism Service")
    d.q("\"The question is how much they destroy before they go.\"", "Adnan Kadhim al-Saedi", "he", mentions=sa,
        aff="Counter-Terrorism Service", sp_after="losing this city,\" he said")

    d.agg("the coalition had carried out more than 60 strikes around Mosul in the past week", "coalition air strikes",
          unit="strikes", claimant="Mark Haverford", quantity=60, low=60, qualifier="more than", ps="2016-10-27",
          pe="2016-11-03", scope="around Mosul")
    d.agg("more than 22,000 people have been displaced since the operation began", "people displaced",
          claimant="International Organization for Migration", quantity=22000, low=22000, qualifier="more than",
          ps="2016-10-17", pe="2016-11-03", scope="Mosul offensive")
    d.agg("between 3,000 and 5,000 Islamic State fighters remain inside the city", "Islamic State fighters in Mosul",
          claimant="U.S. officials", low=3000, high=5000, qualifier="between", pe="2016-11-03", scope="Mosul")

    d.cau("his men were clearing houses one by one because the militants had left explosives in many of them",
          "the militants had left explosives in many of them", "his men were clearing houses one by one",
          claimant="Adnan Kadhim al-Saedi")
    d.cau("a network of tunnels dug beneath the houses had allowed the militants to move fighters between streets without being seen by surveillance drones",
          "a network of tunnels dug beneath the houses",
          "the militants to move fighters between streets without being seen by surveillance drones",
          driver="terrain/safe havens", claimant="Muntadhar Salim")
    d.cau("the slow pace of the advance is the result of orders to spare civilians",
          "orders to spare civilians", "the slow pace of the advance", driver="security posture/deployment",
          claimant="Commanders")
    d.cau("The Iraqi government has asked residents to remain indoors to avoid a mass exodus that aid agencies say they could not absorb",
          "The Iraqi government has asked residents to remain indoors", "a mass exodus", pol="-")
    d.cau("many families on his street had stayed behind because militants had threatened to kill anyone caught fleeing",
          "militants had threatened to kill anyone caught fleeing", "many families on his street had stayed behind",
          claimant="Fathi Younis")
    d.cau("the participation of the militias in the battle could inflame sectarian tensions in the mainly Sunni region",
          "the participation of the militias in the battle", "sectarian tensions in the mainly Sunni region",
          claimant="Turkey", hedged=True)
    return d


@doc
def d04():
    d = Doc(4, "Three civilians killed in Daesh mortar attack on Baghdadi, Anbar",
            "2016-04-12T13:10:00", """
Anbar /NINA/ - Three civilians, including a child, were killed and seven others wounded on Tuesday when Daesh terrorist gangs fired mortar shells at residential neighborhoods in al-Baghdadi district, west of Ramadi, a security source said.

The source, who requested anonymity, told the National Iraqi News Agency /NINA/ that "the shells were launched from areas controlled by Daesh north of the town and fell near the main market at the time of the morning rush."

A medical source at al-Baghdadi hospital said later that the death toll rose to four after a wounded woman died of her injuries.

The head of al-Baghdadi local council, Mal Allah Jassim al-Obeidi, told /NINA/ that the town "lives under daily shelling" and that the hospital lacks surgeons and medicines. He demanded that the government send reinforcements to secure the northern approaches of the town.

In western Anbar, the security forces and fighters of the tribal mobilization repelled an attack by Daesh on the village of Barwana, opposite Haditha, at dawn on Monday, killing 11 terrorists, among them two suicide bombers who were shot before they could detonate their explosive belts, the commander of al-Jazeera and al-Badia operations, Staff Major General Khalil Ibrahim al-Jumaili, said. Two members of the tribal mobilization were killed and four others wounded, he added.

Al-Jumaili said in a statement that the air cover provided by the international coalition helped the forces repel the attack within two hours. He said that "the open desert and the valleys stretching to the Syrian border allow the terrorist gangs to move their fighters and supplies," stressing that the forces are conducting sweeping operations in the area.

The tribal leader in Haditha, Sheikh Awad Sabti al-Jughaifi, told /NINA/ that the delay in paying the salaries of the tribal mobilization fighters for four months led some of them to leave their positions. "Our sons have been defending Haditha for two years with their own weapons, and the government has forgotten them," he said.

In Fallujah, which the security forces have besieged since last year, a local source inside the city told /NINA/ that Daesh executed four young men in a public square in the al-Jolan neighborhood on Sunday on charges of attempting to flee the city with their families.

The source added that the organization "forced the people to watch the execution and left the bodies hanging for a whole day as a warning."

A member of Anbar Provincial Council, Hamid Nouri al-Dulaimi, said that Daesh has executed more than 60 people in Fallujah since the beginning of this year for trying to escape. He said that about 50,000 civilians are still trapped inside the city and suffer a severe shortage of food and medicine as a result of the siege.

"People are eating grass and boiling leaves, and the children are dying in front of us," al-Dulaimi said.

Meanwhile, the Ministry of Migration and Displacement said in a statement that the number of families displaced from Hit since the start of the military operations has exceeded 8,000 families, most of whom have reached camps in Amiriyat al-Fallujah and al-Khalidiya.

The ministry said that its teams distributed 3,000 food baskets among the displaced families during the past week.

Anbar MP Suhad Abdul-Karim al-Rawi accused some officials of corruption in the distribution of relief, saying that "the corruption in the distribution of aid has deprived thousands of displaced families of their share, and the food baskets are sold in the markets of Baghdad."

The Anbar Operations Command said in a statement that its forces had "cleared more than 70 percent of the city of Hit" and that the remaining pockets of Daesh will be eliminated within days.

The security forces, backed by the tribal mobilization and the international coalition aircraft, launched an operation to liberate Hit last month, after liberating the city of Ramadi at the end of last year.
""")
    d.ev(date="2016-04-12", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
         actor1="Islamic State (Iraq)", actor2="Civilians (Iraq)", country="Iraq", admin1="Al Anbar",
         admin1_alt=["Anbar"], admin2="Heet", location="Al Baghdadi", location_alt=["al-Baghdadi", "Baghdadi"],
         lat=33.86, lon=42.55, prec=1, fatalities=4, injured=7,
         fatalities_note="security source 3; the medical source's later update (the toll rose to four) supersedes it",
         evidence=["Three civilians, including a child, were killed and seven others wounded on Tuesday when Daesh terrorist gangs fired mortar shells at residential neighborhoods in al-Baghdadi district, west of Ramadi",
                   "the death toll rose to four after a wounded woman died of her injuries"])
    d.ev(date="2016-04-11", etype="Battles", sub="Armed clash", actor1="Islamic State (Iraq)",
         actor2="Military Forces of Iraq (2014-2018)", country="Iraq", admin1="Al Anbar", admin1_alt=["Anbar"],
         admin2="Haditha", location="Barwana", location_alt=["Barwanah", "Haditha"], lat=34.12, lon=42.405, prec=1,
         fatalities=13, injured=4, fatalities_note="11 attackers (two would-be suicide bombers among them) and two tribal fighters",
         evidence=["the security forces and fighters of the tribal mobilization repelled an attack by Daesh on the village of Barwana, opposite Haditha, at dawn on Monday, killing 11 terrorists",
                   "Two members of the tribal mobilization were killed and four others wounded"])
    d.ev(date="2016-04-10", etype="Violence against civilians", sub="Attack", actor1="Islamic State (Iraq)",
         actor2="Civilians (Iraq)", country="Iraq", admin1="Al Anbar", admin1_alt=["Anbar"], admin2="Falluja",
         location="Falluja", location_alt=["Fallujah", "al-Jolan", "Jolan"], lat=33.355, lon=43.772, prec=1,
         fatalities=4,
         evidence=["Daesh executed four young men in a public square in the al-Jolan neighborhood on Sunday on charges of attempting to flee the city with their families",
                   "\"forced the people to watch the execution and left the bodies hanging for a whole day as a warning.\""])

    ss = ("a security source", "The source, who requested anonymity")
    d.q("Three civilians, including a child, were killed and seven others wounded on Tuesday when Daesh terrorist gangs fired mortar shells at residential neighborhoods in al-Baghdadi district, west of Ramadi",
        "a security source", "a security source", mentions=ss, anon="unnamed official")
    d.q("\"the shells were launched from areas controlled by Daesh north of the town and fell near the main market at the time of the morning rush.\"",
        "a security source", "The source, who requested anonymity", mentions=ss,
        anon="unnamed official", medium="National Iraqi News Agency /NINA/", sp_after="The source, who requested")
    d.q("the death toll rose to four after a wounded woman died of her injuries", "A medical source at al-Baghdadi hospital",
        "A medical source at al-Baghdadi hospital", anon="unnamed official", aff="al-Baghdadi hospital")
    ob = ("Mal Allah Jassim al-Obeidi",)
    d.q("the town \"lives under daily shelling\" and that the hospital lacks surgeons and medicines",
        "Mal Allah Jassim al-Obeidi", "Mal Allah Jassim al-Obeidi", mentions=ob, role="head of local council",
        aff="al-Baghdadi local council", medium="/NINA/", direct=False)
    ju = ("Staff Major General Khalil Ibrahim al-Jumaili", "Al-Jumaili")
    d.q("the security forces and fighters of the tribal mobilization repelled an attack by Daesh on the village of Barwana, opposite Haditha, at dawn on Monday, killing 11 terrorists, among them two suicide bombers who were shot before they could detonate their explosive belts",
        "Khalil Ibrahim al-Jumaili", "Staff Major General Khalil Ibrahim al-Jumaili", mentions=ju,
        role="commander of al-Jazeera and al-Badia operations", aff="Iraqi army")
    d.q("Two members of the tribal mobilization were killed and four others wounded", "Khalil Ibrahim al-Jumaili",
        "he", mentions=ju, role="commander of al-Jazeera and al-Badia operations", aff="Iraqi army",
        sp_after="wounded, he added")
    d.q("the air cover provided by the international coalition helped the forces repel the attack within two hours",
        "Khalil Ibrahim al-Jumaili", "Al-Jumaili", mentions=ju, role="commander of al-Jazeera and al-Badia operations",
        aff="Iraqi army", medium="statement")
    d.q("\"the open desert and the valleys stretching to the Syrian border allow the terrorist gangs to move their fighters and supplies,\"",
        "Khalil Ibrahim al-Jumaili", "He", mentions=ju, role="commander of al-Jazeera and al-Badia operations",
        aff="Iraqi army", sp_after="He said that \"the open")
    d.q("the forces are conducting sweeping operations in the area", "Khalil Ibrahim al-Jumaili", "He", mentions=ju,
        role="commander of al-Jazeera and al-Badia operations", aff="Iraqi army", sp_after="He said that \"the open")
    jg = ("Sheikh Awad Sabti al-Jughaifi",)
    d.q("the delay in paying the salaries of the tribal mobilization fighters for four months led some of them to leave their positions",
        "Awad Sabti al-Jughaifi", "Sheikh Awad Sabti al-Jughaifi", mentions=jg, role="tribal leader",
        aff="Jughaifa tribe", medium="/NINA/")
    d.q("\"Our sons have been defending Haditha for two years with their own weapons, and the government has forgotten them,\"",
        "Awad Sabti al-Jughaifi", "he", mentions=jg, role="tribal leader")
    fs = ("a local source inside the city",)
    d.q("Daesh executed four young men in a public square in the al-Jolan neighborhood on Sunday on charges of attempting to flee the city with their families",
        "a local source inside the city", "a local source inside the city", mentions=("The source added",),
        anon="anonymous", medium="/NINA/")
    d.q("\"forced the people to watch the execution and left the bodies hanging for a whole day as a warning.\"",
        "a local source inside the city", "The source", mentions=fs, anon="anonymous", sp_after="The source added")
    du = ("Hamid Nouri al-Dulaimi", "al-Dulaimi")
    d.q("Daesh has executed more than 60 people in Fallujah since the beginning of this year for trying to escape",
        "Hamid Nouri al-Dulaimi", "Hamid Nouri al-Dulaimi", mentions=du, role="member of Anbar Provincial Council",
        aff="Anbar Provincial Council")
    d.q("about 50,000 civilians are still trapped inside the city and suffer a severe shortage of food and medicine as a result of the siege",
        "Hamid Nouri al-Dulaimi", "He", mentions=du, role="member of Anbar Provincial Council",
        aff="Anbar Provincial Council", sp_after="He said that about")
    d.q("\"People are eating grass and boiling leaves, and the children are dying in front of us,\"",
        "Hamid Nouri al-Dulaimi", "al-Dulaimi", mentions=du, role="member of Anbar Provincial Council",
        aff="Anbar Provincial Council")
    mm = ("the Ministry of Migration and Displacement", "The ministry")
    d.q("the number of families displaced from Hit since the start of the military operations has exceeded 8,000 families, most of whom have reached camps in Amiriyat al-Fallujah and al-Khalidiya",
        "Ministry of Migration and Displacement", "the Ministry of Migration and Displacement", mentions=mm,
        aff="Iraqi government", medium="statement")
    d.q("its teams distributed 3,000 food baskets among the displaced families during the past week",
        "Ministry of Migration and Displacement", "The ministry", mentions=mm, aff="Iraqi government")
    ra = ("Anbar MP Suhad Abdul-Karim al-Rawi",)
    d.q("\"the corruption in the distribution of aid has deprived thousands of displaced families of their share, and the food baskets are sold in the markets of Baghdad.\"",
        "Suhad Abdul-Karim al-Rawi", "Anbar MP Suhad Abdul-Karim al-Rawi", mentions=ra, role="member of parliament",
        aff="Iraqi parliament")
    ao = ("The Anbar Operations Command",)
    d.q("its forces had \"cleared more than 70 percent of the city of Hit\" and that the remaining pockets of Daesh will be eliminated within days",
        "Anbar Operations Command", "The Anbar Operations Command", mentions=ao, aff="Iraqi army", medium="statement",
        direct=False)

    d.agg("Daesh has executed more than 60 people in Fallujah since the beginning of this year",
          "people executed by Islamic State in Fallujah", claimant="Hamid Nouri al-Dulaimi", quantity=60, low=60,
          qualifier="more than", ps="2016-01-01", pe="2016-04-12", scope="Fallujah")
    d.agg("about 50,000 civilians are still trapped inside the city", "civilians trapped in Fallujah",
          claimant="Hamid Nouri al-Dulaimi", quantity=50000, qualifier="about", pe="2016-04-12", scope="Fallujah")
    d.agg("the number of families displaced from Hit since the start of the military operations has exceeded 8,000 families",
          "families displaced from Hit", unit="families", claimant="Ministry of Migration and Displacement",
          quantity=8000, low=8000, qualifier="exceeded", pe="2016-04-12", scope="Hit")
    d.agg("cleared more than 70 percent of the city of Hit", "share of Hit cleared of Islamic State", unit="percent",
          claimant="Anbar Operations Command", quantity=70, low=70, qualifier="more than", pe="2016-04-12",
          scope="Hit")

    d.cau("the air cover provided by the international coalition helped the forces repel the attack within two hours",
          "the air cover provided by the international coalition", "the forces repel the attack within two hours",
          driver="external support", claimant="Khalil Ibrahim al-Jumaili")
    d.cau("\"the open desert and the valleys stretching to the Syrian border allow the terrorist gangs to move their fighters and supplies,\"",
          "the open desert and the valleys stretching to the Syrian border",
          "the terrorist gangs to move their fighters and supplies", driver="terrain/safe havens",
          claimant="Khalil Ibrahim al-Jumaili")
    d.cau("the delay in paying the salaries of the tribal mobilization fighters for four months led some of them to leave their positions",
          "the delay in paying the salaries of the tribal mobilization fighters for four months",
          "some of them to leave their positions", driver="economic hardship/unemployment",
          claimant="Awad Sabti al-Jughaifi")
    d.cau("about 50,000 civilians are still trapped inside the city and suffer a severe shortage of food and medicine as a result of the siege",
          "the siege", "suffer a severe shortage of food and medicine", claimant="Hamid Nouri al-Dulaimi")
    d.cau("the corruption in the distribution of aid has deprived thousands of displaced families of their share",
          "the corruption in the distribution of aid", "deprived thousands of displaced families of their share",
          driver="governance/corruption", claimant="Suhad Abdul-Karim al-Rawi")
    return d


@doc
def d05():
    d = Doc(5, "Peshmerga repel night assault on Bashiqa front; ISIS fires chemical shells at Gwer",
            "2016-03-16T11:30:00", """
ERBIL, Kurdistan Region – Peshmerga forces repelled a large-scale ISIS assault on their positions on the Bashiqa front, northeast of Mosul, late on Tuesday, killing dozens of militants in fighting that lasted until dawn, Kurdish officials said on Wednesday.

Three Peshmerga were killed and five wounded in the attack, according to a statement from the Peshmerga General Command. The command said at least 30 ISIS militants were killed "in the clashes and by coalition air strikes," but gave no breakdown.

"They attacked from three directions under the cover of fog, with armoured bulldozers and at least two suicide vehicles," Kamaran Bawil, a Peshmerga commander on the Bashiqa front, told Rudaw. "The coalition planes came within twenty minutes and that changed everything."

Bawil said the thick fog had allowed the militants to approach the Peshmerga berm undetected. He added that coalition air support had enabled his forces to push the attackers back before they could breach the line.

A coalition spokesperson, Maj. Erin Lowell, confirmed that coalition aircraft had conducted several strikes near Bashiqa overnight "in support of Kurdish forces under attack." She declined to give casualty figures.

On Monday, ISIS fired around 20 mortar rounds at Peshmerga positions near Gwer, southwest of Erbil, some of them carrying what appeared to be chlorine, Peshmerga officials said. Eleven Peshmerga were treated for breathing difficulties and none were killed.

"The smoke was yellow and it smelled like bleach. Men were coughing and vomiting," said Dler Osman, a Peshmerga fighter who was at the Gwer position. He said the fighters had no gas masks.

Dr. Shwan Aziz, who treated the fighters at a hospital in Erbil, said their symptoms were "consistent with exposure to a chlorine-type agent," but that tests would take several days.

Brigadier General Sirwan Hamid, a spokesperson for the Ministry of Peshmerga, said ISIS had used chemical agents against Peshmerga forces at least 19 times since last August. "The world talks about this for one day and then forgets," he said.

Hamid said more than 1,500 Peshmerga have been killed since ISIS attacked the Kurdistan Region in August 2014. He said Peshmerga salaries have been delayed for three months because of the Kurdistan Region's financial crisis, and that the delays have hurt morale on the front lines. "A fighter who cannot feed his children will not stay in the trench forever," he said.

The Kurdistan Region's financial crisis, caused by the fall in oil prices and a budget dispute with Baghdad, has left the government unable to pay public salaries in full since last year.

Peshmerga commanders say the 1,000 kilometre trench and earthen berm dug along the front line over the past year has sharply reduced ISIS infiltration into the Kurdistan Region.

Meanwhile, Turkish warplanes bombed suspected positions of the Kurdistan Workers' Party (PKK) in the mountains near Sidakan, in the Qandil area of Erbil province, on Saturday, according to Hawre Qadir, the mayor of Sidakan. He said no casualties were reported but that the strikes had forced dozens of families in nearby villages to leave their homes.

"These are farmers, not fighters. They left their sheep and ran," Qadir told Rudaw.

The PKK said in a statement that the strikes hit "empty valleys and orchards" and caused no losses among its fighters.

Turkey has carried out regular air strikes on PKK bases in the Kurdistan Region since a ceasefire with the group collapsed in July last year. Ankara says the strikes are aimed at militants planning attacks inside Turkey.

The Kurdistan Region currently hosts around 1.8 million displaced Iraqis and Syrian refugees, according to the Kurdistan Region's Joint Crisis Coordination Centre, which says the influx has strained services in Erbil, Duhok and Sulaimani.

The Peshmerga and the Iraqi army are preparing for a long-awaited operation to retake Mosul, the largest city under ISIS control, but officials in Erbil say no date has been set.
""")
    d.ev(date="2016-03-15", etype="Battles", sub="Armed clash", actor1="Islamic State (Iraq)",
         actor2="Military Forces of Iraq (2014-2018) Kurdistan Regional Government Peshmerga", country="Iraq",
         admin1="Ninewa", admin1_alt=["Nineveh", "Ninawa"], admin2="Al Hamdaniya", location="Bashiqa",
         location_alt=["Bashiqa front", "Bashika", "Baashiqa"], lat=36.456, lon=43.345, prec=2, fatalities=None,
         injured=5, fatalities_note="3 Peshmerga plus at least 30 militants killed 'in the clashes and by coalition air strikes': not apportionable",
         evidence=["Peshmerga forces repelled a large-scale ISIS assault on their positions on the Bashiqa front, northeast of Mosul, late on Tuesday",
                   "Three Peshmerga were killed and five wounded in the attack",
                   "at least 30 ISIS militants were killed \"in the clashes and by coalition air strikes,\""])
    d.ev(date="2016-03-15", etype="Explosions/Remote violence", sub="Air/drone strike",
         actor1="Global Coalition Against Daesh", actor2="Islamic State (Iraq)", country="Iraq", admin1="Ninewa",
         admin1_alt=["Nineveh", "Ninawa"], admin2="Al Hamdaniya", location="Bashiqa", location_alt=["Bashika"],
         lat=36.456, lon=43.345, prec=2, fatalities=None,
         note="Air strikes supporting the Bashiqa battle: a separate event.",
         fatalities_note="militant deaths given for clashes and strikes together",
         evidence=["coalition aircraft had conducted several strikes near Bashiqa overnight",
                   "\"The coalition planes came within twenty minutes and that changed everything.\""])
    d.ev(date="2016-03-14", etype="Explosions/Remote violence", sub="Chemical weapon",
         sub_alt=["Shelling/artillery/missile attack"], actor1="Islamic State (Iraq)",
         actor2="Military Forces of Iraq (2014-2018) Kurdistan Regional Government Peshmerga", country="Iraq",
         admin1="Erbil", admin1_alt=["Ninewa", "Arbil", "Irbil"], admin2="Makhmour", location="Gwer",
         location_alt=["Gwer", "Guwayr", "Kuwair"], lat=36.045, lon=43.49, prec=2, fatalities=0, injured=11,
         evidence=["On Monday, ISIS fired around 20 mortar rounds at Peshmerga positions near Gwer, southwest of Erbil, some of them carrying what appeared to be chlorine",
                   "Eleven Peshmerga were treated for breathing difficulties and none were killed"])
    d.ev(date="2016-03-12", etype="Explosions/Remote violence", sub="Air/drone strike",
         actor1="Military Forces of Turkey (2002-2016)", actor2="PKK: Kurdistan Workers Party", country="Iraq",
         admin1="Erbil", admin1_alt=["Arbil", "Irbil"], admin2="Soran", location="Sidakan",
         location_alt=["Qandil", "Sidakan mountains"], lat=36.797, lon=44.672, prec=2, fatalities=0,
         evidence=["Turkish warplanes bombed suspected positions of the Kurdistan Workers' Party (PKK) in the mountains near Sidakan, in the Qandil area of Erbil province, on Saturday",
                   "no casualties were reported"])

    d.q("Peshmerga forces repelled a large-scale ISIS assault on their positions on the Bashiqa front, northeast of Mosul, late on Tuesday, killing dozens of militants in fighting that lasted until dawn",
        "Kurdish officials", "Kurdish officials", anon="unnamed official", aff="Kurdistan Regional Government")
    gc = ("the Peshmerga General Command", "The command")
    d.q("Three Peshmerga were killed and five wounded in the attack", "Peshmerga General Command",
        "a statement from the Peshmerga General Command", mentions=gc, aff="Peshmerga", medium="statement")
    d.q("at least 30 ISIS militants were killed \"in the clashes and by coalition air strikes,\"",
        "Peshmerga General Command", "The command", mentions=gc, aff="Peshmerga", direct=False)
    kb = ("Kamaran Bawil", "Bawil")
    d.q("\"They attacked from three directions under the cover of fog, with armoured bulldozers and at least two suicide vehicles,\"",
        "Kamaran Bawil", "Kamaran Bawil", mentions=kb, role="Peshmerga commander", aff="Peshmerga", medium="Rudaw")
    d.q("\"The coalition planes came within twenty minutes and that changed everything.\"", "Kamaran Bawil",
        "Kamaran Bawil", mentions=kb, role="Peshmerga commander", aff="Peshmerga", medium="Rudaw")
    d.q("the thick fog had allowed the militants to approach the Peshmerga berm undetected", "Kamaran Bawil", "Bawil",
        mentions=kb, role="Peshmerga commander", aff="Peshmerga", sp_after="Bawil said the thick")
    d.q("coalition air support had enabled his forces to push the attackers back before they could breach the line",
        "Kamaran Bawil", "He", mentions=kb, role="Peshmerga commander", aff="Peshmerga", sp_after="He added that")
    el = ("Maj. Erin Lowell",)
    d.q("coalition aircraft had conducted several strikes near Bashiqa overnight \"in support of Kurdish forces under attack.\"",
        "Erin Lowell", "Maj. Erin Lowell", mentions=el, role="spokesperson", aff="U.S.-led coalition", direct=False)
    d.q("ISIS fired around 20 mortar rounds at Peshmerga positions near Gwer, southwest of Erbil, some of them carrying what appeared to be chlorine",
        "Peshmerga officials", "Peshmerga officials", anon="unnamed official", aff="Peshmerga",
        sp_after="chlorine, Peshmerga officials said")
    do = ("Dler Osman",)
    d.q("\"The smoke was yellow and it smelled like bleach. Men were coughing and vomiting,\"", "Dler Osman",
        "Dler Osman", mentions=do, role="Peshmerga fighter", aff="Peshmerga")
    d.q("the fighters had no gas masks", "Dler Osman", "He", mentions=do, role="Peshmerga fighter", aff="Peshmerga",
        sp_after="He said the fighters")
    sw = ("Dr. Shwan Aziz",)
    d.q("their symptoms were \"consistent with exposure to a chlorine-type agent,\" but that tests would take several days",
        "Shwan Aziz", "Dr. Shwan Aziz", mentions=sw, role="doctor", direct=False)
    sh = ("Brigadier General Sirwan Hamid", "Hamid")
    d.q("ISIS had used chemical agents against Peshmerga forces at least 19 times since last August", "Sirwan Hamid",
        "Brigadier General Sirwan Hamid", mentions=sh, role="spokesperson", aff="Ministry of Peshmerga")
    d.q("\"The world talks about this for one day and then forgets,\"", "Sirwan Hamid", "he", mentions=sh,
        role="spokesperson", aff="Ministry of Peshmerga")
    d.q("more than 1,500 Peshmerga have been killed since ISIS attacked the Kurdistan Region in August 2014",
        "Sirwan Hamid", "Hamid", mentions=sh, role="spokesperson", aff="Ministry of Peshmerga",
        sp_after="Hamid said more than")
    d.q("Peshmerga salaries have been delayed for three months because of the Kurdistan Region's financial crisis, and that the delays have hurt morale on the front lines",
        "Sirwan Hamid", "He", mentions=sh, role="spokesperson", aff="Ministry of Peshmerga",
        sp_after="He said Peshmerga salaries")
    d.q("\"A fighter who cannot feed his children will not stay in the trench forever,\"", "Sirwan Hamid", "he",
        mentions=sh, role="spokesperson", aff="Ministry of Peshmerga")
    d.q("the 1,000 kilometre trench and earthen berm dug along the front line over the past year has sharply reduced ISIS infiltration into the Kurdistan Region",
        "Peshmerga commanders", "Peshmerga commanders", anon="unnamed official", aff="Peshmerga")
    hq = ("Hawre Qadir", "Qadir")
    d.q("Turkish warplanes bombed suspected positions of the Kurdistan Workers' Party (PKK) in the mountains near Sidakan, in the Qandil area of Erbil province, on Saturday",
        "Hawre Qadir", "Hawre Qadir", mentions=hq, role="mayor of Sidakan")
    d.q("no casualties were reported but that the strikes had forced dozens of families in nearby villages to leave their homes",
        "Hawre Qadir", "He", mentions=hq, role="mayor of Sidakan", sp_after="He said no casualties")
    d.q("\"These are farmers, not fighters. They left their sheep and ran,\"", "Hawre Qadir", "Qadir", mentions=hq,
        role="mayor of Sidakan", medium="Rudaw")
    d.q("the strikes hit \"empty valleys and orchards\" and caused no losses among its fighters",
        "PKK", "The PKK", medium="statement", direct=False, alt=["Kurdistan Workers' Party"])
    d.q("the strikes are aimed at militants planning attacks inside Turkey", "Ankara", "Ankara",
        aff="Turkish government", alt=["Turkey"])
    jc = ("the Kurdistan Region's Joint Crisis Coordination Centre",)
    d.q("The Kurdistan Region currently hosts around 1.8 million displaced Iraqis and Syrian refugees",
        "Joint Crisis Coordination Centre", "the Kurdistan Region's Joint Crisis Coordination Centre", mentions=jc,
        aff="Kurdistan Regional Government")
    d.q("the influx has strained services in Erbil, Duhok and Sulaimani", "Joint Crisis Coordination Centre",
        "which", mentions=jc, aff="Kurdistan Regional Government", sp_after="Centre, which says")
    d.q("no date has been set", "officials in Erbil", "officials in Erbil", anon="unnamed official",
        aff="Kurdistan Regional Government")

    d.agg("ISIS had used chemical agents against Peshmerga forces at least 19 times since last August",
          "Islamic State chemical attacks on the Peshmerga", unit="attacks", claimant="Sirwan Hamid", quantity=19,
          low=19, qualifier="at least", ps="2015-08-01", pe="2016-03-16", scope="Peshmerga fronts")
    d.agg("more than 1,500 Peshmerga have been killed since ISIS attacked the Kurdistan Region in August 2014",
          "Peshmerga killed", claimant="Sirwan Hamid", quantity=1500, low=1500, qualifier="more than",
          ps="2014-08-01", pe="2016-03-16", scope="Kurdistan Region")
    d.agg("The Kurdistan Region currently hosts around 1.8 million displaced Iraqis and Syrian refugees",
          "displaced Iraqis and Syrian refugees hosted", claimant="Joint Crisis Coordination Centre",
          quantity=1800000, qualifier="around", pe="2016-03-16", scope="Kurdistan Region")

    d.cau("Bawil said the thick fog had allowed the militants to approach the Peshmerga berm undetected",
          "the thick fog", "the militants to approach the Peshmerga berm undetected", claimant="Kamaran Bawil")
    d.cau("coalition air support had enabled his forces to push the attackers back before they could breach the line",
          "coalition air support", "his forces to push the attackers back", driver="external support",
          claimant="Kamaran Bawil")
    d.cau("Peshmerga salaries have been delayed for three months because of the Kurdistan Region's financial crisis",
          "the Kurdistan Region's financial crisis", "Peshmerga salaries have been delayed for three months",
          driver="economic hardship/unemployment", claimant="Sirwan Hamid")
    d.cau("the delays have hurt morale on the front lines", "the delays", "morale on the front lines", pol="-",
          driver="economic hardship/unemployment", claimant="Sirwan Hamid")
    d.cau("The Kurdistan Region's financial crisis, caused by the fall in oil prices and a budget dispute with Baghdad, has left the government unable to pay public salaries in full since last year",
          "the fall in oil prices and a budget dispute with Baghdad", "The Kurdistan Region's financial crisis",
          driver="economic hardship/unemployment")
    d.cau("the 1,000 kilometre trench and earthen berm dug along the front line over the past year has sharply reduced ISIS infiltration into the Kurdistan Region",
          "the 1,000 kilometre trench and earthen berm dug along the front line", "ISIS infiltration into the Kurdistan Region",
          driver="security posture/deployment", claimant="Peshmerga commanders", pol="-")
    d.cau("the influx has strained services in Erbil, Duhok and Sulaimani", "the influx",
          "strained services in Erbil, Duhok and Sulaimani", driver="displacement/camps/reintegration",
          claimant="Joint Crisis Coordination Centre")
    return d


@doc
def d06():
    d = Doc(6, "Monitor: market strike toll in Syria's Mayadin rises to 14, fighting rages at Deir Ezzor airport",
            "2016-05-25T15:45:00", """
The death toll from air strikes on a crowded market in the Islamic State-held town of Mayadin in eastern Syria rose to 14 on Wednesday, a war monitor said, as jihadists and regime forces fought some of the heaviest battles in weeks around Deir Ezzor's military airport.

The Syrian Observatory for Human Rights, a Britain-based group that relies on a network of sources inside Syria, said warplanes believed to be Russian struck the town's vegetable market around midday on Tuesday. It had initially reported nine dead, but said five of the wounded had since died.

Deir Ezzor 24, a network of activists from the province, put the toll at 19, including four children, and published the names of 11 of the dead.

An activist in Mayadin, who uses the name Abu Mohammad al-Furati for fear of reprisals, said the market was packed with people buying food ahead of Ramadan. "There were no fighters there, only vendors and families," he said by telephone. "The jets circled twice and then hit the same place."

Russia's defence ministry did not comment on the report. Moscow has repeatedly said its aircraft in Syria only target "terrorist" positions.

In the provincial capital, the Observatory said at least 27 fighters were killed on Wednesday in clashes on the edges of the military airport, which Islamic State has been trying to capture for more than a year. Sixteen of them were jihadists and 11 were soldiers and members of pro-regime militias, it said.

A Syrian military source told state news agency SANA that the army "repelled a wide attack by Daesh terrorists" on the airport and destroyed three of their vehicles. SANA also said jihadist shells hit the government-held Joura neighbourhood of Deir Ezzor city on Wednesday, killing two civilians.

According to the Observatory, Russian air support has allowed government forces to hold the airport, the regime's last lifeline in the province, despite repeated assaults.

About 200,000 people live in the regime-held districts of Deir Ezzor city, which Islamic State has besieged since early 2015, according to the United Nations. The siege has caused severe shortages of food and medicine, and residents rely on air drops by the World Food Programme.

"The air drops are keeping people alive, but they are not enough," said Hala Naseri, a spokesperson for the WFP in Damascus. She said the agency had carried out 25 drops over the city since April.

In Raqqa, the jihadists' de facto Syrian capital, Islamic State publicly executed three men in the city's central Naim Square on Monday after accusing them of smuggling people to Turkey, the Observatory and the activist group Raqqa is Being Slaughtered Silently said.

The activist group said the bodies were left on display for two days. It said the group had stepped up executions in recent weeks because it fears residents are passing information to the US-led coalition.

The Observatory says Islamic State has executed at least 4,500 people in Syria since it declared its "caliphate" in June 2014, including more than 2,500 civilians.

Fuel prices in Raqqa have tripled since February due to coalition strikes on oil facilities under jihadist control, a resident told AFP via the internet, asking not to be named. "A litre of diesel now costs more than a kilo of meat," he said.

Analysts say Islamic State is pouring more fighters into Deir Ezzor because it is under pressure elsewhere.

"Deir Ezzor is their bridge to Iraq. If they lose the Euphrates valley, the whole project is cut in two," said Maha Tarabishi, a researcher at a Beirut-based think tank who studies the group. She said many of the valley's tribes had sided with the jihadists because decades of neglect by Damascus had left the region poor and resentful.

The Observatory has documented the deaths of 1,410 people in Deir Ezzor province since the start of the year, more than half of them civilians.
""")
    obs = ("The Syrian Observatory for Human Rights", "the Observatory", "The Observatory", "a war monitor")
    d.ev(date="2016-05-24", etype="Explosions/Remote violence", sub="Air/drone strike",
         actor1="Military Forces of Russia (2000-)", actor1_alt=["Military Forces of Syria (2000-)"],
         actor2="Civilians (Syria)", country="Syria", admin1="Deir ez Zor",
         admin1_alt=["Deir ez-Zor", "Deir Ezzor", "Deir al-Zor", "Dayr Az Zawr"], admin2="Al Mayadin",
         location="Mayadin", location_alt=["Al Mayadin", "Mayadeen", "al-Mayadeen"], lat=35.017, lon=40.452, prec=1,
         fatalities=14, fatalities_note="Observatory 9 then 14 (update); Deir Ezzor 24 said 19 -> 14",
         evidence=["The death toll from air strikes on a crowded market in the Islamic State-held town of Mayadin in eastern Syria rose to 14 on Wednesday",
                   "warplanes believed to be Russian struck the town's vegetable market around midday on Tuesday",
                   "put the toll at 19, including four children"])
    d.ev(date="2016-05-25", etype="Battles", sub="Armed clash", actor1="Islamic State (Syria)",
         actor2="Military Forces of Syria (2000-)", country="Syria", admin1="Deir ez Zor",
         admin1_alt=["Deir ez-Zor", "Deir Ezzor", "Deir al-Zor", "Dayr Az Zawr"], admin2="Deir ez Zor",
         location="Deir ez Zor Military Airport", location_alt=["Deir Ezzor airport", "Deir ez Zor", "Deir Ezzor"],
         lat=35.285, lon=40.176, prec=2, fatalities=27,
         evidence=["at least 27 fighters were killed on Wednesday in clashes on the edges of the military airport",
                   "Sixteen of them were jihadists and 11 were soldiers and members of pro-regime militias",
                   "the army \"repelled a wide attack by Daesh terrorists\" on the airport"])
    d.ev(date="2016-05-25", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
         actor1="Islamic State (Syria)", actor2="Civilians (Syria)", country="Syria", admin1="Deir ez Zor",
         admin1_alt=["Deir ez-Zor", "Deir Ezzor", "Deir al-Zor", "Dayr Az Zawr"], admin2="Deir ez Zor",
         location="Deir ez Zor - Joura", location_alt=["Joura", "al-Jora", "Deir Ezzor"], lat=35.333, lon=40.115,
         prec=1, fatalities=2,
         evidence=["jihadist shells hit the government-held Joura neighbourhood of Deir Ezzor city on Wednesday, killing two civilians"])
    d.ev(date="2016-05-23", etype="Violence against civilians", sub="Attack", actor1="Islamic State (Syria)",
         actor2="Civilians (Syria)", country="Syria", admin1="Ar-Raqqa", admin1_alt=["Raqqa", "Ar Raqqa", "Al-Raqqa"],
         admin2="Ar-Raqqa", location="Ar-Raqqa", location_alt=["Raqqa", "Naim Square"], lat=35.952, lon=39.009,
         prec=1, fatalities=3,
         evidence=["Islamic State publicly executed three men in the city's central Naim Square on Monday after accusing them of smuggling people to Turkey"])

    d.q("The death toll from air strikes on a crowded market in the Islamic State-held town of Mayadin in eastern Syria rose to 14 on Wednesday",
        "Syrian Observatory for Human Rights", "a war monitor", mentions=obs)
    d.q("warplanes believed to be Russian struck the town's vegetable market around midday on Tuesday",
        "Syrian Observatory for Human Rights", "The Syrian Observatory for Human Rights", mentions=obs)
    d.q("five of the wounded had since died", "Syrian Observatory for Human Rights", "It", mentions=obs,
        sp_after="It had initially reported")
    d.q("the toll at 19, including four children", "Deir Ezzor 24", "Deir Ezzor 24", mentions=("Deir Ezzor 24",))
    af = ("Abu Mohammad al-Furati",)
    d.q("the market was packed with people buying food ahead of Ramadan", "Abu Mohammad al-Furati",
        "Abu Mohammad al-Furati", mentions=af, anon="pseudonym", role="activist")
    d.q("\"There were no fighters there, only vendors and families,\"", "Abu Mohammad al-Furati", "he", mentions=af,
        anon="pseudonym", role="activist", medium="telephone")
    d.q("\"The jets circled twice and then hit the same place.\"", "Abu Mohammad al-Furati", "he", mentions=af,
        anon="pseudonym", role="activist", medium="telephone", sp_after="families,\" he said")
    d.q("its aircraft in Syria only target \"terrorist\" positions", "Moscow", "Moscow", aff="Russian government",
        direct=False, alt=["Russia's defence ministry"])
    d.q("at least 27 fighters were killed on Wednesday in clashes on the edges of the military airport, which Islamic State has been trying to capture for more than a year",
        "Syrian Observatory for Human Rights", "the Observatory", mentions=obs, sp_after="In the provincial capital, the Observatory")
    d.q("Sixteen of them were jihadists and 11 were soldiers and members of pro-regime militias",
        "Syrian Observatory for Human Rights", "it", mentions=obs, sp_after="militias, it said")
    ms = ("A Syrian military source",)
    d.q("the army \"repelled a wide attack by Daesh terrorists\" on the airport and destroyed three of their vehicles",
        "A Syrian military source", "A Syrian military source", mentions=ms, anon="unnamed official",
        aff="Syrian army", medium="SANA", direct=False)
    d.q("jihadist shells hit the government-held Joura neighbourhood of Deir Ezzor city on Wednesday, killing two civilians",
        "SANA", "SANA", medium="state news agency", sp_after="SANA also said")
    d.q("Russian air support has allowed government forces to hold the airport, the regime's last lifeline in the province, despite repeated assaults",
        "Syrian Observatory for Human Rights", "the Observatory", mentions=obs, sp_after="According to the Observatory")
    d.q("About 200,000 people live in the regime-held districts of Deir Ezzor city, which Islamic State has besieged since early 2015",
        "United Nations", "the United Nations")
    hn = ("Hala Naseri",)
    d.q("\"The air drops are keeping people alive, but they are not enough,\"", "Hala Naseri", "Hala Naseri",
        mentions=hn, role="spokesperson", aff="World Food Programme")
    d.q("the agency had carried out 25 drops over the city since April", "Hala Naseri", "She", mentions=hn,
        role="spokesperson", aff="World Food Programme", sp_after="She said the agency")
    d.q("Islamic State publicly executed three men in the city's central Naim Square on Monday after accusing them of smuggling people to Turkey",
        "Syrian Observatory for Human Rights", "the Observatory", mentions=obs, alt=["Raqqa is Being Slaughtered Silently"],
        sp_after="Turkey, the Observatory")
    rb = ("the activist group Raqqa is Being Slaughtered Silently", "The activist group")
    d.q("the bodies were left on display for two days", "Raqqa is Being Slaughtered Silently", "The activist group",
        mentions=rb, sp_after="The activist group said the bodies")
    d.q("the group had stepped up executions in recent weeks because it fears residents are passing information to the US-led coalition",
        "Raqqa is Being Slaughtered Silently", "It", mentions=rb, sp_after="It said the group had stepped")
    d.q("Islamic State has executed at least 4,500 people in Syria since it declared its \"caliphate\" in June 2014, including more than 2,500 civilians",
        "Syrian Observatory for Human Rights", "The Observatory", mentions=obs, sp_after="The Observatory says")
    rs = ("a resident",)
    d.q("Fuel prices in Raqqa have tripled since February due to coalition strikes on oil facilities under jihadist control",
        "a resident", "a resident", anon="anonymous", medium="AFP, via the internet")
    d.q("\"A litre of diesel now costs more than a kilo of meat,\"", "a resident", "he", mentions=rs, anon="anonymous",
        sp_after="meat,\" he said")
    d.q("Islamic State is pouring more fighters into Deir Ezzor because it is under pressure elsewhere", "Analysts",
        "Analysts", anon="anonymous")
    lk = ("Maha Tarabishi",)
    d.q("\"Deir Ezzor is their bridge to Iraq. If they lose the Euphrates valley, the whole project is cut in two,\"",
        "Maha Tarabishi", "Maha Tarabishi", mentions=lk, role="researcher", aff="Beirut-based think tank")
    d.q("many of the valley's tribes had sided with the jihadists because decades of neglect by Damascus had left the region poor and resentful",
        "Maha Tarabishi", "She", mentions=lk, role="researcher", aff="Beirut-based think tank",
        sp_after="She said many")
    d.q("the deaths of 1,410 people in Deir Ezzor province since the start of the year, more than half of them civilians",
        "Syrian Observatory for Human Rights", "The Observatory", mentions=obs, sp_after="The Observatory has documented")

    d.agg("About 200,000 people live in the regime-held districts of Deir Ezzor city, which Islamic State has besieged since early 2015",
          "people living under siege in Deir Ezzor city", claimant="United Nations", quantity=200000, qualifier="about",
          pe="2016-05-25", scope="government-held Deir Ezzor city")
    d.agg("Islamic State has executed at least 4,500 people in Syria since it declared its \"caliphate\" in June 2014",
          "people executed by Islamic State", claimant="Syrian Observatory for Human Rights", quantity=4500, low=4500,
          qualifier="at least", ps="2014-06-29", pe="2016-05-25", scope="Syria")
    d.agg("including more than 2,500 civilians", "civilians executed by Islamic State",
          claimant="Syrian Observatory for Human Rights", quantity=2500, low=2500, qualifier="more than",
          ps="2014-06-29", pe="2016-05-25", scope="Syria")
    d.agg("The Observatory has documented the deaths of 1,410 people in Deir Ezzor province since the start of the year",
          "people killed", claimant="Syrian Observatory for Human Rights", quantity=1410, ps="2016-01-01",
          pe="2016-05-25", scope="Deir Ezzor province")

    d.cau("Russian air support has allowed government forces to hold the airport", "Russian air support",
          "government forces to hold the airport", driver="external support",
          claimant="Syrian Observatory for Human Rights")
    d.cau("The siege has caused severe shortages of food and medicine", "The siege",
          "severe shortages of food and medicine")
    d.cau("the group had stepped up executions in recent weeks because it fears residents are passing information to the US-led coalition",
          "it fears residents are passing information to the US-led coalition",
          "the group had stepped up executions in recent weeks", claimant="Raqqa is Being Slaughtered Silently")
    d.cau("Fuel prices in Raqqa have tripled since February due to coalition strikes on oil facilities under jihadist control",
          "coalition strikes on oil facilities under jihadist control", "Fuel prices in Raqqa have tripled since February",
          claimant="a resident")
    d.cau("many of the valley's tribes had sided with the jihadists because decades of neglect by Damascus had left the region poor and resentful",
          "decades of neglect by Damascus", "many of the valley's tribes had sided with the jihadists",
          driver="governance/corruption", claimant="Maha Tarabishi")
    d.cau("Islamic State is pouring more fighters into Deir Ezzor because it is under pressure elsewhere",
          "it is under pressure elsewhere", "Islamic State is pouring more fighters into Deir Ezzor",
          claimant="Analysts")
    return d


@doc
def d07():
    d = Doc(7, "Joint Operations Command: Mutaibija liberated, air force strikes Daesh gathering in Hawija",
            "2016-10-06T19:00:00", """
The Joint Operations Command announced on Thursday the liberation of the Mutaibija area, northeast of Samarra, from Daesh terrorist gangs, after a two-day operation carried out by the army, the Federal Police and the Popular Mobilization Forces.

In a statement, the Command said that "our heroic forces have fully liberated the Mutaibija area and raised the Iraqi flag over its buildings, after killing 25 terrorists and destroying six booby-trapped vehicles." It added that engineering teams had begun removing explosive devices from the roads and houses.

The spokesman for the Joint Operations Command, Brigadier General Ali Jassim al-Tamimi, told reporters in Baghdad that the advance had been slow because of the large number of explosive devices planted by Daesh. "Every metre was mined. The engineers worked day and night," al-Tamimi said.

Al-Tamimi said that Daesh had used the orchards and marshes of Mutaibija as a safe haven for years because the area is difficult to reach by vehicles, and that it had launched attacks from there on the Samarra-Baquba road. He said the liberation of the area "will secure the road and allow the displaced to return to their villages."

The Security Media Cell said in a separate statement that Iraqi Air Force F-16 aircraft struck a gathering of Daesh terrorists in the center of Hawija, southwest of Kirkuk, on Wednesday, killing 37 terrorists, among them a senior leader of the gangs. The Cell said that the strike was carried out "based on accurate intelligence information."

A local source in Hawija, however, told reporters by telephone that the strike hit a building near the market and killed 12 militants and three civilians, including a woman. The source asked not to be named for security reasons.

The Ministry of Interior said that a suicide bomber wearing an explosive belt tried to storm a police checkpoint at the southern entrance of Samarra on Tuesday evening. The ministry's spokesman, Brigadier General Saad Muhsin al-Khafaji, said the policemen opened fire on the bomber, who then detonated his belt, killing himself and wounding two policemen. "The vigilance of our heroes prevented a massacre," he said.

The head of the security committee in Salah al-Din Provincial Council, Raad Mahmoud al-Samarrai, said the appointment of a new commander of Samarra Operations in August had improved coordination between the army, the police and the Popular Mobilization. He said that the security forces have liberated more than 90 percent of the territory of Salah al-Din province, and that the remaining pockets are in the desert areas near the borders of Nineveh.

Al-Samarrai said that more than 160,000 displaced people have returned to their homes in Tikrit and its surroundings since the city was liberated last year. He stressed that the return of the displaced to the remaining areas is delayed because of unexploded ordnance and the destruction of infrastructure.

The Popular Mobilization Commission said in a statement that its brigades "participated effectively" in the Mutaibija operation, and that three of its fighters were martyred during the operation. It said that the Mobilization forces will remain in the area to hold the ground.

In a statement issued by his media office, the Commander-in-Chief of the Armed Forces congratulated the Iraqi people on the victory, and said that "the liberation of Mutaibija is a step on the road to Mosul."

The Ministry of Defense said that its forces had killed more than 1,200 terrorists in Salah al-Din and Kirkuk since the beginning of the year, and that Daesh has lost most of its leaders in the two provinces. The ministry said in the statement that "the killing of the gangs' leaders has led to the collapse of their morale and the flight of many of their members towards Hawija and Syria."

The Ministry also said that the international coalition's support with air strikes and intelligence had helped the security forces to speed up the liberation operations.

Security experts believe that the next target of the forces will be Hawija, which has been under the control of Daesh since June 2014.
""")
    joc = ("The Joint Operations Command", "the Command", "the Joint Operations Command")
    d.ev(date="2016-10-06", etype="Battles", sub="Government regains territory", sub_alt=["Armed clash"],
         actor1="Military Forces of Iraq (2014-2018)", actor2="Islamic State (Iraq)", country="Iraq",
         admin1="Salah al-Din", admin1_alt=["Salah ad Din", "Saladin", "Diyala"], admin2="Samarra",
         location="Mutaibija", location_alt=["Al Mutaibijah", "Mutaybija"], lat=None, lon=None, prec=2,
         fatalities=28, fatalities_note="25 militants (JOC) plus three PMF fighters (PMF Commission)",
         note="Two-day operation; coded on the announcement day. Coordinates left out (area, not confident).",
         evidence=["The Joint Operations Command announced on Thursday the liberation of the Mutaibija area, northeast of Samarra",
                   "\"our heroic forces have fully liberated the Mutaibija area and raised the Iraqi flag over its buildings, after killing 25 terrorists and destroying six booby-trapped vehicles.\"",
                   "three of its fighters were martyred during the operation"])
    d.ev(date="2016-10-05", etype="Explosions/Remote violence", sub="Air/drone strike",
         actor1="Military Forces of Iraq (2014-2018)", actor2="Islamic State (Iraq)", country="Iraq",
         admin1="Kirkuk", admin1_alt=["Tamim", "At-Ta'mim"], admin2="Hawija", location="Hawija",
         location_alt=["Al Hawija", "Huwayjah"], lat=35.32, lon=43.76, prec=1, fatalities=15,
         fatalities_note="Security Media Cell 37 militants; local source 12 militants and 3 civilians -> 15",
         evidence=["Iraqi Air Force F-16 aircraft struck a gathering of Daesh terrorists in the center of Hawija, southwest of Kirkuk, on Wednesday, killing 37 terrorists",
                   "the strike hit a building near the market and killed 12 militants and three civilians, including a woman"])
    d.ev(date="2016-10-04", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Islamic State (Iraq)",
         actor1_alt=["Unidentified Armed Group (Iraq)"], actor2="Police Forces of Iraq (2014-2018)", country="Iraq",
         admin1="Salah al-Din", admin1_alt=["Salah ad Din", "Saladin"], admin2="Samarra", location="Samarra",
         lat=34.198, lon=43.874, prec=2, fatalities=1, injured=2, fatalities_note="only the bomber died",
         evidence=["a suicide bomber wearing an explosive belt tried to storm a police checkpoint at the southern entrance of Samarra on Tuesday evening",
                   "the policemen opened fire on the bomber, who then detonated his belt, killing himself and wounding two policemen"])

    d.q("the liberation of the Mutaibija area, northeast of Samarra, from Daesh terrorist gangs, after a two-day operation carried out by the army, the Federal Police and the Popular Mobilization Forces",
        "Joint Operations Command", "The Joint Operations Command", mentions=joc, aff="Iraqi government")
    d.q("\"our heroic forces have fully liberated the Mutaibija area and raised the Iraqi flag over its buildings, after killing 25 terrorists and destroying six booby-trapped vehicles.\"",
        "Joint Operations Command", "the Command", mentions=joc, aff="Iraqi government", medium="statement")
    d.q("engineering teams had begun removing explosive devices from the roads and houses", "Joint Operations Command",
        "It", mentions=joc, aff="Iraqi government", sp_after="It added that")
    ta = ("Brigadier General Ali Jassim al-Tamimi", "al-Tamimi", "Al-Tamimi")
    d.q("the advance had been slow because of the large number of explosive devices planted by Daesh",
        "Ali Jassim al-Tamimi", "Brigadier General Ali Jassim al-Tamimi", mentions=ta, role="spokesman",
        aff="Joint Operations Command")
    d.q("\"Every metre was mined. The engineers worked day and night,\"", "Ali Jassim al-Tamimi", "al-Tamimi",
        mentions=ta, role="spokesman", aff="Joint Operations Command")
    d.q("Daesh had used the orchards and marshes of Mutaibija as a safe haven for years because the area is difficult to reach by vehicles, and that it had launched attacks from there on the Samarra-Baquba road",
        "Ali Jassim al-Tamimi", "Al-Tamimi", mentions=ta, role="spokesman", aff="Joint Operations Command",
        sp_after="Al-Tamimi said that Daesh")
    d.q("the liberation of the area \"will secure the road and allow the displaced to return to their villages.\"",
        "Ali Jassim al-Tamimi", "He", mentions=ta, role="spokesman", aff="Joint Operations Command",
        sp_after="He said the liberation of the area", direct=False)
    smc = ("The Security Media Cell", "The Cell")
    d.q("Iraqi Air Force F-16 aircraft struck a gathering of Daesh terrorists in the center of Hawija, southwest of Kirkuk, on Wednesday, killing 37 terrorists, among them a senior leader of the gangs",
        "Security Media Cell", "The Security Media Cell", mentions=smc, aff="Iraqi government", medium="statement")
    d.q("the strike was carried out \"based on accurate intelligence information.\"", "Security Media Cell",
        "The Cell", mentions=smc, aff="Iraqi government", direct=False)
    hs = ("A local source in Hawija", "The source")
    d.q("the strike hit a building near the market and killed 12 militants and three civilians, including a woman",
        "A local source in Hawija", "A local source in Hawija", mentions=hs, anon="anonymous", medium="telephone")
    moi = ("The Ministry of Interior",)
    d.q("a suicide bomber wearing an explosive belt tried to storm a police checkpoint at the southern entrance of Samarra on Tuesday evening",
        "Ministry of Interior", "The Ministry of Interior", mentions=moi, aff="Iraqi government")
    kh = ("Brigadier General Saad Muhsin al-Khafaji",)
    d.q("the policemen opened fire on the bomber, who then detonated his belt, killing himself and wounding two policemen",
        "Saad Muhsin al-Khafaji", "Brigadier General Saad Muhsin al-Khafaji", mentions=kh, role="spokesman",
        aff="Ministry of Interior")
    d.q("\"The vigilance of our heroes prevented a massacre,\"", "Saad Muhsin al-Khafaji", "he", mentions=kh,
        role="spokesman", aff="Ministry of Interior")
    rs = ("Raad Mahmoud al-Samarrai", "Al-Samarrai")
    d.q("the appointment of a new commander of Samarra Operations in August had improved coordination between the army, the police and the Popular Mobilization",
        "Raad Mahmoud al-Samarrai", "Raad Mahmoud al-Samarrai", mentions=rs, role="head of the security committee",
        aff="Salah al-Din Provincial Council")
    d.q("the security forces have liberated more than 90 percent of the territory of Salah al-Din province, and that the remaining pockets are in the desert areas near the borders of Nineveh",
        "Raad Mahmoud al-Samarrai", "He", mentions=rs, role="head of the security committee",
        aff="Salah al-Din Provincial Council", sp_after="He said that the security forces")
    d.q("more than 160,000 displaced people have returned to their homes in Tikrit and its surroundings since the city was liberated last year",
        "Raad Mahmoud al-Samarrai", "Al-Samarrai", mentions=rs, role="head of the security committee",
        aff="Salah al-Din Provincial Council")
    d.q("the return of the displaced to the remaining areas is delayed because of unexploded ordnance and the destruction of infrastructure",
        "Raad Mahmoud al-Samarrai", "He", mentions=rs, role="head of the security committee",
        aff="Salah al-Din Provincial Council", sp_after="He stressed that")
    pmc = ("The Popular Mobilization Commission",)
    d.q("its brigades \"participated effectively\" in the Mutaibija operation, and that three of its fighters were martyred during the operation",
        "Popular Mobilization Commission", "The Popular Mobilization Commission", mentions=pmc,
        aff="Popular Mobilization Forces", medium="statement", direct=False)
    d.q("the Mobilization forces will remain in the area to hold the ground", "Popular Mobilization Commission", "It",
        mentions=pmc, aff="Popular Mobilization Forces", sp_after="It said that the Mobilization")
    d.q("\"the liberation of Mutaibija is a step on the road to Mosul.\"", "Commander-in-Chief of the Armed Forces",
        "the Commander-in-Chief of the Armed Forces", role="Commander-in-Chief of the Armed Forces",
        aff="Iraqi government", medium="statement issued by his media office", anon="unnamed official",
        alt=["Prime Minister of Iraq"])
    mod = ("The Ministry of Defense", ("The ministry", "The ministry said in the statement"),
           ("The Ministry", "The Ministry also said"))
    d.q("its forces had killed more than 1,200 terrorists in Salah al-Din and Kirkuk since the beginning of the year, and that Daesh has lost most of its leaders in the two provinces",
        "Ministry of Defense", "The Ministry of Defense", mentions=mod, aff="Iraqi government")
    d.q("\"the killing of the gangs' leaders has led to the collapse of their morale and the flight of many of their members towards Hawija and Syria.\"",
        "Ministry of Defense", "The ministry", mentions=mod, aff="Iraqi government", medium="statement")
    d.q("the international coalition's support with air strikes and intelligence had helped the security forces to speed up the liberation operations",
        "Ministry of Defense", "The Ministry", mentions=mod, aff="Iraqi government", sp_after="The Ministry also said")
    d.q("the next target of the forces will be Hawija, which has been under the control of Daesh since June 2014",
        "Security experts", "Security experts", anon="anonymous")

    d.agg("the security forces have liberated more than 90 percent of the territory of Salah al-Din province",
          "share of Salah al-Din territory retaken", unit="percent", claimant="Raad Mahmoud al-Samarrai", quantity=90,
          low=90, qualifier="more than", pe="2016-10-06", scope="Salah al-Din province")
    d.agg("more than 160,000 displaced people have returned to their homes in Tikrit and its surroundings since the city was liberated last year",
          "displaced people returned", claimant="Raad Mahmoud al-Samarrai", quantity=160000, low=160000,
          qualifier="more than", ps="2015-04-01", pe="2016-10-06", scope="Tikrit and surroundings")
    d.agg("its forces had killed more than 1,200 terrorists in Salah al-Din and Kirkuk since the beginning of the year",
          "Islamic State militants killed", claimant="Ministry of Defense", quantity=1200, low=1200,
          qualifier="more than", ps="2016-01-01", pe="2016-10-06", scope="Salah al-Din and Kirkuk")

    d.cau("the advance had been slow because of the large number of explosive devices planted by Daesh",
          "the large number of explosive devices planted by Daesh", "the advance had been slow",
          claimant="Ali Jassim al-Tamimi")
    d.cau("Daesh had used the orchards and marshes of Mutaibija as a safe haven for years because the area is difficult to reach by vehicles",
          "the area is difficult to reach by vehicles",
          "Daesh had used the orchards and marshes of Mutaibija as a safe haven for years",
          driver="terrain/safe havens", claimant="Ali Jassim al-Tamimi")
    d.cau("the liberation of the area \"will secure the road and allow the displaced to return to their villages.\"",
          "the liberation of the area", "the displaced to return to their villages", hedged=True,
          claimant="Ali Jassim al-Tamimi")
    d.cau("the appointment of a new commander of Samarra Operations in August had improved coordination between the army, the police and the Popular Mobilization",
          "the appointment of a new commander of Samarra Operations in August",
          "coordination between the army, the police and the Popular Mobilization",
          driver="leadership/command change", claimant="Raad Mahmoud al-Samarrai")
    d.cau("the return of the displaced to the remaining areas is delayed because of unexploded ordnance and the destruction of infrastructure",
          "unexploded ordnance and the destruction of infrastructure",
          "the return of the displaced to the remaining areas is delayed", claimant="Raad Mahmoud al-Samarrai")
    d.cau("\"the killing of the gangs' leaders has led to the collapse of their morale and the flight of many of their members towards Hawija and Syria.\"",
          "the killing of the gangs' leaders",
          "the collapse of their morale and the flight of many of their members towards Hawija and Syria",
          driver="leadership/command change", claimant="Ministry of Defense")
    return d


@doc
def d08():
    d = Doc(8, "Analysis: As its 'caliphate' shrinks, Islamic State prepares to go back underground",
            "2016-12-14T08:00:00", """
By Daniel Okafor

Two and a half years after Islamic State declared a "caliphate" straddling Iraq and Syria, the group's self-proclaimed state is shrinking fast. But officials and analysts warn that the end of its territorial rule will not be the end of the group, and may simply mark a return to the kind of insurgency from which it first emerged.

Islamic State has lost about a quarter of the territory it held in Iraq and Syria since January, according to estimates by a London-based defence consultancy. Its fighters have been pushed out of Ramadi, Fallujah, Manbij and dozens of smaller towns, and Iraqi forces have spent the autumn fighting their way into Mosul, its largest stronghold.

"Territorially, the caliphate is collapsing. Organisationally, it is not," said Karen Whitlock, a senior fellow at a Washington-based research institute who has tracked the group since 2011. "They planned for this moment. They have cells, money and weapons buried in places we have not even looked."

A senior U.S. military official, speaking on condition of anonymity, said the flow of foreign fighters into Syria had dropped to fewer than 100 a month, from as many as 2,000 a month at its peak. The official said tighter controls on the Turkish border had choked off the main route used by recruits.

The group's finances are also under strain. Its oil revenues have fallen sharply after months of coalition strikes on wells, refineries and tanker trucks, and it has cut the salaries of its fighters by half, according to documents seized by Iraqi forces.

Yet the conditions that allowed Islamic State to rise have not gone away, several analysts said.

"The grievances are all still there," said Muthanna Saleh al-Ani, a Sunni lawmaker from Anbar. Many Sunnis in Iraq remain suspicious of the Shi'ite-led government in Baghdad, he said, because they have been excluded from power and targeted by militias since the U.S.-led invasion. "If people feel humiliated at checkpoints every day, someone will come and offer them revenge," he said.

Iranian backing for the Shi'ite militias fighting alongside the Iraqi army has fuelled that suspicion, said Whitlock. "Every photograph of an Iranian general on the Mosul front is a recruiting poster for Islamic State," she said.

Economic despair is another driver. Youth unemployment in Sunni provinces has made recruitment easy for the group, said Bassam Ghanem, a Syrian economist who studies the war economy in the east of the country. "A young man in Deir ez-Zor has two choices: smuggling or joining an armed group," he said.

Some 3.1 million Iraqis are still displaced from their homes, according to the International Organization for Migration, many of them in camps where aid workers describe idleness, anger and little hope of return.

A U.N. humanitarian official said corruption in the handling of reconstruction funds was slowing the return of families to retaken towns in Anbar and Salah al-Din. The official said the camps could become "breeding grounds" for extremism if the displaced are left there for years.

Geography will also help the militants. The vast desert between Iraq's Anbar province and Syria's Deir ez-Zor, criss-crossed by smuggling routes and dry river valleys, could give the group a sanctuary for years after it loses its cities, according to Iraqi intelligence officers.

The killing of senior commanders in coalition air strikes this year has weakened the group's ability to plan complex attacks abroad, the U.S. official said. But he said local cells in Iraq operate with considerable independence and need little direction from above.

Iraqi security officials say attacks claimed by the group in government-held areas of Iraq rose by about 40 percent in the second half of the year compared with the first, as the militants shifted from holding ground to hit-and-run raids, roadside bombs and suicide attacks on markets and checkpoints.

A former Islamic State fighter held in a detention centre in the Kurdistan Region, who asked to be identified only as Abu Hamza, said commanders had told fighters months ago to prepare to melt back into the population. "They told us: the state may fall, but the organisation remains," he said in an interview arranged by Kurdish security officials.

In Syria, the picture is further complicated by the multiple wars being fought at once. The Syrian government, backed by Russia and Iran, has focused its firepower on rebels in the west rather than on Islamic State in the east, Ghanem said. "For Damascus, Daesh has been a useful enemy," he said.

Diplomats say the coming year will decide whether the gains against the group are lasting. Without a political settlement that gives Sunnis a stake in both countries, they say, military victories may only buy time.

"We have seen this movie before," Whitlock said. "In 2010 everyone said al Qaeda in Iraq was finished. Four years later it held a third of the country."
""")
    kw = ("Karen Whitlock", "Whitlock")
    d.q("the end of its territorial rule will not be the end of the group, and may simply mark a return to the kind of insurgency from which it first emerged",
        "officials and analysts", "officials and analysts", anon="anonymous")
    d.q("Islamic State has lost about a quarter of the territory it held in Iraq and Syria since January",
        "a London-based defence consultancy", "estimates by a London-based defence consultancy", anon="anonymous")
    d.q("\"Territorially, the caliphate is collapsing. Organisationally, it is not,\"", "Karen Whitlock",
        "Karen Whitlock", mentions=kw, role="senior fellow", aff="Washington-based research institute")
    d.q("\"They planned for this moment. They have cells, money and weapons buried in places we have not even looked.\"",
        "Karen Whitlock", "Karen Whitlock", mentions=kw, role="senior fellow", aff="Washington-based research institute")
    usf = ("A senior U.S. military official", ("The official", "The official said tighter"),
           ("the U.S. official", "the U.S. official said"))
    d.q("the flow of foreign fighters into Syria had dropped to fewer than 100 a month, from as many as 2,000 a month at its peak",
        "A senior U.S. military official", "A senior U.S. military official", mentions=usf, anon="unnamed official",
        aff="U.S. military")
    d.q("tighter controls on the Turkish border had choked off the main route used by recruits",
        "A senior U.S. military official", "The official", mentions=usf, anon="unnamed official", aff="U.S. military",
        sp_after="The official said tighter")
    d.q("the conditions that allowed Islamic State to rise have not gone away", "several analysts", "several analysts",
        anon="anonymous")
    an = ("Muthanna Saleh al-Ani",)
    d.q("\"The grievances are all still there,\"", "Muthanna Saleh al-Ani", "Muthanna Saleh al-Ani", mentions=an,
        role="lawmaker", aff="Iraqi parliament")
    d.q("Many Sunnis in Iraq remain suspicious of the Shi'ite-led government in Baghdad", "Muthanna Saleh al-Ani", "he",
        mentions=an, role="lawmaker", aff="Iraqi parliament", frags=["Many Sunnis in Iraq remain suspicious of the Shi'ite-led government in Baghdad",
                                                                     "because they have been excluded from power and targeted by militias since the U.S.-led invasion"])
    d.q("\"If people feel humiliated at checkpoints every day, someone will come and offer them revenge,\"",
        "Muthanna Saleh al-Ani", "he", mentions=an, role="lawmaker", aff="Iraqi parliament")
    d.q("Iranian backing for the Shi'ite militias fighting alongside the Iraqi army has fuelled that suspicion",
        "Karen Whitlock", "Whitlock", mentions=kw, role="senior fellow", aff="Washington-based research institute")
    d.q("\"Every photograph of an Iranian general on the Mosul front is a recruiting poster for Islamic State,\"",
        "Karen Whitlock", "she", mentions=kw, role="senior fellow", aff="Washington-based research institute")
    bg = ("Bassam Ghanem", "Ghanem")
    d.q("Youth unemployment in Sunni provinces has made recruitment easy for the group", "Bassam Ghanem",
        "Bassam Ghanem", mentions=bg, role="economist")
    d.q("\"A young man in Deir ez-Zor has two choices: smuggling or joining an armed group,\"", "Bassam Ghanem", "he",
        mentions=bg, role="economist")
    d.q("Some 3.1 million Iraqis are still displaced from their homes", "International Organization for Migration",
        "the International Organization for Migration")
    unh = ("A U.N. humanitarian official", ("The official", "The official said the camps"))
    d.q("corruption in the handling of reconstruction funds was slowing the return of families to retaken towns in Anbar and Salah al-Din",
        "A U.N. humanitarian official", "A U.N. humanitarian official", mentions=unh, anon="unnamed official",
        aff="United Nations")
    d.q("the camps could become \"breeding grounds\" for extremism if the displaced are left there for years",
        "A U.N. humanitarian official", "The official", mentions=unh, anon="unnamed official", aff="United Nations",
        sp_after="The official said the camps", direct=False)
    d.q("The vast desert between Iraq's Anbar province and Syria's Deir ez-Zor, criss-crossed by smuggling routes and dry river valleys, could give the group a sanctuary for years after it loses its cities",
        "Iraqi intelligence officers", "Iraqi intelligence officers", anon="unnamed official", aff="Iraqi intelligence")
    d.q("The killing of senior commanders in coalition air strikes this year has weakened the group's ability to plan complex attacks abroad",
        "A senior U.S. military official", "the U.S. official", mentions=usf, anon="unnamed official", aff="U.S. military")
    d.q("local cells in Iraq operate with considerable independence and need little direction from above",
        "A senior U.S. military official", "he", mentions=usf, anon="unnamed official", aff="U.S. military",
        sp_after="But he said local cells")
    d.q("attacks claimed by the group in government-held areas of Iraq rose by about 40 percent in the second half of the year compared with the first, as the militants shifted from holding ground to hit-and-run raids, roadside bombs and suicide attacks on markets and checkpoints",
        "Iraqi security officials", "Iraqi security officials", anon="unnamed official", aff="Iraqi security forces")
    ah = ("Abu Hamza",)
    d.q("commanders had told fighters months ago to prepare to melt back into the population", "Abu Hamza",
        "A former Islamic State fighter held in a detention centre in the Kurdistan Region", mentions=ah,
        anon="pseudonym", role="former Islamic State fighter")
    d.q("\"They told us: the state may fall, but the organisation remains,\"", "Abu Hamza", "he", mentions=ah,
        anon="pseudonym", role="former Islamic State fighter", medium="interview")
    d.q("The Syrian government, backed by Russia and Iran, has focused its firepower on rebels in the west rather than on Islamic State in the east",
        "Bassam Ghanem", "Ghanem", mentions=bg, role="economist")
    d.q("\"For Damascus, Daesh has been a useful enemy,\"", "Bassam Ghanem", "he", mentions=bg, role="economist")
    d.q("the coming year will decide whether the gains against the group are lasting", "Diplomats", "Diplomats",
        anon="unnamed official")
    d.q("Without a political settlement that gives Sunnis a stake in both countries", "Diplomats", "they",
        mentions=("Diplomats",), anon="unnamed official",
        frags=["Without a political settlement that gives Sunnis a stake in both countries",
               "military victories may only buy time"])
    d.q("\"We have seen this movie before,\"", "Karen Whitlock", "Whitlock", mentions=kw, role="senior fellow",
        aff="Washington-based research institute")
    d.q("\"In 2010 everyone said al Qaeda in Iraq was finished. Four years later it held a third of the country.\"",
        "Karen Whitlock", "Whitlock", mentions=kw, role="senior fellow", aff="Washington-based research institute",
        sp_after="before,\" Whitlock said")

    d.agg("Islamic State has lost about a quarter of the territory it held in Iraq and Syria since January",
          "share of Islamic State territory lost", unit="percent", claimant="a London-based defence consultancy",
          quantity=25, qualifier="about", ps="2016-01-01", pe="2016-12-14", scope="Iraq and Syria")
    d.agg("the flow of foreign fighters into Syria had dropped to fewer than 100 a month",
          "foreign fighters entering Syria per month", unit="fighters per month",
          claimant="A senior U.S. military official", quantity=100, high=100, qualifier="fewer than",
          pe="2016-12-14", scope="Syria")
    d.agg("Some 3.1 million Iraqis are still displaced from their homes", "Iraqis displaced",
          claimant="International Organization for Migration", quantity=3100000, qualifier="some", pe="2016-12-14",
          scope="Iraq")
    d.agg("attacks claimed by the group in government-held areas of Iraq rose by about 40 percent in the second half of the year compared with the first",
          "increase in Islamic State attacks in government-held Iraq", unit="percent",
          claimant="Iraqi security officials", quantity=40, qualifier="about", ps="2016-07-01", pe="2016-12-14",
          scope="government-held areas of Iraq")

    d.cau("The official said tighter controls on the Turkish border had choked off the main route used by recruits",
          "tighter controls on the Turkish border", "the main route used by recruits", pol="-",
          driver="security posture/deployment", claimant="A senior U.S. military official")
    d.cau("Many Sunnis in Iraq remain suspicious of the Shi'ite-led government in Baghdad, he said, because they have been excluded from power and targeted by militias since the U.S.-led invasion",
          "they have been excluded from power and targeted by militias since the U.S.-led invasion",
          "Many Sunnis in Iraq remain suspicious of the Shi'ite-led government in Baghdad",
          driver="sectarian grievance", claimant="Muthanna Saleh al-Ani")
    d.cau("Iranian backing for the Shi'ite militias fighting alongside the Iraqi army has fuelled that suspicion",
          "Iranian backing for the Shi'ite militias fighting alongside the Iraqi army", "that suspicion",
          driver="external support", claimant="Karen Whitlock")
    d.cau("Youth unemployment in Sunni provinces has made recruitment easy for the group",
          "Youth unemployment in Sunni provinces", "recruitment easy for the group",
          driver="economic hardship/unemployment", claimant="Bassam Ghanem")
    d.cau("corruption in the handling of reconstruction funds was slowing the return of families to retaken towns in Anbar and Salah al-Din",
          "corruption in the handling of reconstruction funds",
          "the return of families to retaken towns in Anbar and Salah al-Din", pol="-",
          driver="governance/corruption", claimant="A U.N. humanitarian official")
    d.cau("The vast desert between Iraq's Anbar province and Syria's Deir ez-Zor, criss-crossed by smuggling routes and dry river valleys, could give the group a sanctuary for years after it loses its cities",
          "The vast desert between Iraq's Anbar province and Syria's Deir ez-Zor",
          "the group a sanctuary for years after it loses its cities", driver="terrain/safe havens", hedged=True,
          claimant="Iraqi intelligence officers")
    d.cau("The killing of senior commanders in coalition air strikes this year has weakened the group's ability to plan complex attacks abroad",
          "The killing of senior commanders in coalition air strikes this year",
          "the group's ability to plan complex attacks abroad", pol="-", driver="leadership/command change",
          claimant="A senior U.S. military official")
    return d


@doc
def d09():
    d = Doc(9, "Suicide truck bomb hits Kurdish checkpoint in Syria's Tel Tamr", "2016-10-27T18:25:00", """
BEIRUT (Reuters) - A suicide bomber drove a truck packed with explosives into a checkpoint manned by Kurdish security forces at the entrance to the town of Tel Tamr in northeastern Syria on Thursday, killing at least five of them, a Kurdish news agency said.

The Hawar news agency (ANHA), which is close to the Kurdish administration, said the dead were all members of the Asayish, the internal security force of the Kurdish-led authorities that control much of Hasakeh province. Twelve people were wounded, it said.

The Syrian Observatory for Human Rights, a Britain-based war monitor, said nine people were killed in the blast, four of them civilians waiting to pass through the checkpoint.

Islamic State claimed responsibility for the bombing through its Amaq news agency, saying one of its fighters had killed "20 members of the PKK militias." Islamic State often inflates casualty figures in its statements.

"The truck did not stop when the guards signalled. They fired at the cabin, but it was already too late," Hozan Sheikhmous, an Asayish official in Hasakeh, told Reuters by telephone. He said the force had stepped up checks at Tel Tamr in recent weeks because the town sits on the main road between Hasakeh and the front lines to the west.

George Elias, a member of the town's Assyrian Christian community, said the blast shattered windows across the market. "People are terrified. We thought the worst was behind us," he said.

Islamic State fighters swept through the Assyrian villages along the Khabur river near Tel Tamr in early 2015, abducting more than 200 people, most of whom were later released for ransom.

The attack raised fears among residents that the group still has sleeper cells inside territory held by the U.S.-backed Syrian Democratic Forces (SDF), an alliance dominated by the Kurdish YPG militia.

Further east, the SDF said its fighters repelled an Islamic State attack on villages south of al-Hol, near the Iraqi border, late on Wednesday, killing 14 militants. Three SDF fighters were killed in the clashes, according to the alliance's statement.

"Daesh is trying to open a route to Mosul through our areas to send reinforcements," said Delil Hasso, an SDF commander in the area. He said the attackers had come from the direction of the Iraqi border.

The YPG says it has lost more than 4,000 fighters in the war against Islamic State since 2014. The SDF, which includes Arab and Assyrian units, says it now has more than 30,000 fighters.

U.S. support, including air strikes and special forces advisers, enabled the SDF to drive Islamic State out of the city of Manbij in August. A U.S. official said on Wednesday that Washington wanted an operation to isolate Raqqa, Islamic State's de facto capital in Syria, to begin "within weeks."

But Turkey, which regards the YPG as an extension of the outlawed Kurdistan Workers' Party (PKK), has objected to any role for Kurdish fighters in that battle. Turkish officials say the YPG is a terrorist group.

Turkish jets struck YPG positions north of Aleppo last week, and Turkey's army said dozens of fighters were killed.

In Qamishli, the largest city in the province, hundreds of people demonstrated on Wednesday against the Turkish strikes, waving YPG flags and pictures of fighters killed in the war, according to ANHA and local residents. The protest ended peacefully.

"Turkey kills our sons while the world watches," one protester, a woman who gave her name as Rojin, told ANHA.

Tension between Kurdish authorities and some Arab residents of Hasakeh has also grown. Arab tribal leaders say resentment of conscription by the Kurdish-led administration has helped Islamic State recruit young men in Arab villages south of the city.

A Kurdish official dismissed the claim. "Conscription is for everyone, Arab and Kurd. Daesh recruits where it can," said Hozan Sheikhmous.

The United Nations says some 10,000 people have fled villages around al-Hol since September because of the fighting, many of them to camps near the town of Hasakeh.
""")
    an = ("The Hawar news agency (ANHA)", "ANHA", "a Kurdish news agency")
    d.ev(date="2016-10-27", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Islamic State (Syria)",
         actor2="Police Forces of Syria (2000-) Asayish - Kurdish Internal Security", country="Syria",
         admin1="Al Hasakeh", admin1_alt=["Hasakeh", "Al-Hasakah", "Hasakah"], admin2="Al Hasakeh",
         location="Tal Tamer", location_alt=["Tel Tamr", "Tell Tamer", "Tal Tamr"], lat=36.652, lon=40.372, prec=1,
         fatalities=5, injured=12, fatalities_note="ANHA at least 5, Observatory 9, IS claim 20 -> 5",
         evidence=["A suicide bomber drove a truck packed with explosives into a checkpoint manned by Kurdish security forces at the entrance to the town of Tel Tamr in northeastern Syria on Thursday, killing at least five of them",
                   "nine people were killed in the blast, four of them civilians waiting to pass through the checkpoint"])
    d.ev(date="2016-10-26", etype="Battles", sub="Armed clash", actor1="Islamic State (Syria)",
         actor2="QSD: Syrian Democratic Forces", country="Syria", admin1="Al Hasakeh",
         admin1_alt=["Hasakeh", "Al-Hasakah", "Hasakah"], admin2="Al Hasakeh", location="Al Hol",
         location_alt=["al-Hol", "Al-Hawl", "Hol"], lat=36.383, lon=41.149, prec=2, fatalities=17,
         fatalities_note="14 attackers and 3 SDF fighters",
         evidence=["the SDF said its fighters repelled an Islamic State attack on villages south of al-Hol, near the Iraqi border, late on Wednesday, killing 14 militants",
                   "Three SDF fighters were killed in the clashes"])
    d.ev(date="2016-10-26", etype="Protests", sub="Peaceful protest", actor1="Protesters (Syria)", country="Syria",
         admin1="Al Hasakeh", admin1_alt=["Hasakeh", "Al-Hasakah", "Hasakah"], admin2="Al Qamishli",
         location="Al Qamishli", location_alt=["Qamishli", "Qamishlo"], lat=37.052, lon=41.227, prec=1, fatalities=0,
         evidence=["In Qamishli, the largest city in the province, hundreds of people demonstrated on Wednesday against the Turkish strikes",
                   "The protest ended peacefully"])

    d.q("A suicide bomber drove a truck packed with explosives into a checkpoint manned by Kurdish security forces at the entrance to the town of Tel Tamr in northeastern Syria on Thursday, killing at least five of them",
        "Hawar news agency (ANHA)", "a Kurdish news agency", mentions=an, alt=["ANHA"])
    d.q("the dead were all members of the Asayish, the internal security force of the Kurdish-led authorities that control much of Hasakeh province",
        "Hawar news agency (ANHA)", "The Hawar news agency (ANHA)", mentions=an, alt=["ANHA"])
    d.q("Twelve people were wounded", "Hawar news agency (ANHA)", "it", mentions=an, alt=["ANHA"],
        sp_after="wounded, it said")
    d.q("nine people were killed in the blast, four of them civilians waiting to pass through the checkpoint",
        "Syrian Observatory for Human Rights", "The Syrian Observatory for Human Rights")
    d.q("one of its fighters had killed \"20 members of the PKK militias.\"", "Islamic State", "Islamic State",
        sp_after="Islamic State claimed responsibility", medium="Amaq news agency", direct=False, alt=["Amaq"])
    hs = ("Hozan Sheikhmous",)
    d.q("\"The truck did not stop when the guards signalled. They fired at the cabin, but it was already too late,\"",
        "Hozan Sheikhmous", "Hozan Sheikhmous", mentions=hs, role="Asayish official", aff="Asayish",
        medium="Reuters, by telephone")
    d.q("the force had stepped up checks at Tel Tamr in recent weeks because the town sits on the main road between Hasakeh and the front lines to the west",
        "Hozan Sheikhmous", "He", mentions=hs, role="Asayish official", aff="Asayish", sp_after="He said the force")
    ge = ("George Elias",)
    d.q("the blast shattered windows across the market", "George Elias", "George Elias", mentions=ge)
    d.q("\"People are terrified. We thought the worst was behind us,\"", "George Elias", "he", mentions=ge)
    sdf = ("the SDF", ("the alliance's statement", "according to the alliance's statement"))
    d.q("its fighters repelled an Islamic State attack on villages south of al-Hol, near the Iraqi border, late on Wednesday, killing 14 militants",
        "Syrian Democratic Forces", "the SDF", mentions=sdf, sp_after="Further east, the SDF", alt=["SDF"])
    d.q("Three SDF fighters were killed in the clashes", "Syrian Democratic Forces", "the alliance's statement",
        mentions=sdf, medium="statement", alt=["SDF"])
    dh = ("Delil Hasso",)
    d.q("\"Daesh is trying to open a route to Mosul through our areas to send reinforcements,\"", "Delil Hasso",
        "Delil Hasso", mentions=dh, role="SDF commander", aff="Syrian Democratic Forces")
    d.q("the attackers had come from the direction of the Iraqi border", "Delil Hasso", "He", mentions=dh,
        role="SDF commander", aff="Syrian Democratic Forces", sp_after="He said the attackers")
    d.q("it has lost more than 4,000 fighters in the war against Islamic State since 2014", "YPG", "The YPG",
        alt=["People's Protection Units"])
    d.q("it now has more than 30,000 fighters", "Syrian Democratic Forces", "The SDF", alt=["SDF"],
        sp_after="The SDF, which includes")
    d.q("Washington wanted an operation to isolate Raqqa, Islamic State's de facto capital in Syria, to begin \"within weeks.\"",
        "A U.S. official", "A U.S. official", anon="unnamed official", aff="U.S. government", direct=False)
    d.q("the YPG is a terrorist group", "Turkish officials", "Turkish officials", anon="unnamed official",
        aff="Turkish government")
    d.q("dozens of fighters were killed", "Turkey's army", "Turkey's army", aff="Turkish military")
    d.q("hundreds of people demonstrated on Wednesday against the Turkish strikes, waving YPG flags and pictures of fighters killed in the war",
        "Hawar news agency (ANHA) and local residents", "ANHA and local residents", mentions=an, alt=["ANHA"])
    d.q("\"Turkey kills our sons while the world watches,\"", "Rojin", "one protester", anon="named",
        mentions=("Rojin",), medium="ANHA", role="protester")
    d.q("resentment of conscription by the Kurdish-led administration has helped Islamic State recruit young men in Arab villages south of the city",
        "Arab tribal leaders", "Arab tribal leaders", anon="anonymous")
    d.q("\"Conscription is for everyone, Arab and Kurd. Daesh recruits where it can,\"", "Hozan Sheikhmous",
        "Hozan Sheikhmous", mentions=hs + ("A Kurdish official",), role="Asayish official", aff="Asayish",
        sp_after="where it can,\" said")
    d.q("some 10,000 people have fled villages around al-Hol since September because of the fighting, many of them to camps near the town of Hasakeh",
        "United Nations", "The United Nations")

    d.agg("it has lost more than 4,000 fighters in the war against Islamic State since 2014", "YPG fighters killed",
          claimant="YPG", quantity=4000, low=4000, qualifier="more than", ps="2014-01-01", pe="2016-10-27",
          scope="war against Islamic State in Syria")
    d.agg("it now has more than 30,000 fighters", "SDF fighters", unit="fighters", claimant="Syrian Democratic Forces",
          quantity=30000, low=30000, qualifier="more than", pe="2016-10-27", scope="Syrian Democratic Forces")
    d.agg("some 10,000 people have fled villages around al-Hol since September", "people displaced",
          claimant="United Nations", quantity=10000, qualifier="some", ps="2016-09-01", pe="2016-10-27",
          scope="villages around al-Hol")

    d.cau("the force had stepped up checks at Tel Tamr in recent weeks because the town sits on the main road between Hasakeh and the front lines to the west",
          "the town sits on the main road between Hasakeh and the front lines to the west",
          "the force had stepped up checks at Tel Tamr in recent weeks", claimant="Hozan Sheikhmous")
    d.cau("The attack raised fears among residents that the group still has sleeper cells inside territory held by the U.S.-backed Syrian Democratic Forces (SDF)",
          "The attack", "fears among residents that the group still has sleeper cells")
    d.cau("U.S. support, including air strikes and special forces advisers, enabled the SDF to drive Islamic State out of the city of Manbij in August",
          "U.S. support, including air strikes and special forces advisers",
          "the SDF to drive Islamic State out of the city of Manbij in August", driver="external support")
    d.cau("resentment of conscription by the Kurdish-led administration has helped Islamic State recruit young men in Arab villages south of the city",
          "resentment of conscription by the Kurdish-led administration",
          "Islamic State recruit young men in Arab villages south of the city", driver="governance/corruption",
          claimant="Arab tribal leaders")
    d.cau("some 10,000 people have fled villages around al-Hol since September because of the fighting",
          "the fighting", "some 10,000 people have fled villages around al-Hol since September",
          claimant="United Nations")
    return d


@doc
def d10():
    d = Doc(10, "Regime strikes hit Douma as rebel infighting rages in Eastern Ghouta", "2016-05-09T17:05:00", """
DOUMA, Syria, May 9, 2016 (AFP) - Regime air strikes on a market in the rebel town of Douma killed at least seven civilians on Monday, a monitor said, as rival rebel factions fought each other for a second week in the besieged Eastern Ghouta region east of Damascus.

The Syrian Observatory for Human Rights said warplanes hit the town's main market shortly before noon, when it was crowded with shoppers. Douma's Unified Medical Office, which runs the town's field hospitals, said 11 people were killed and more than 40 wounded.

"The first missile hit the vegetable stalls and the second came when people ran to help," said Anas Qabbani, a media activist in Douma who reached the scene minutes later. "I counted bodies under the awnings."

The strikes came a day after fierce clashes between the two main rebel groups in the Ghouta, Jaish al-Islam and Faylaq al-Rahman, in the town of Misraba on Sunday. The Observatory said at least 12 fighters were killed on both sides, while Jaish al-Islam said it had killed 20 of its rivals.

Wael Hamdoun, a Jaish al-Islam spokesman, accused Faylaq al-Rahman of "stabbing the revolution in the back" by attacking its positions. Faylaq al-Rahman's spokesman, Karam Sharafeddine, said his group had only defended itself after Jaish al-Islam fighters stormed its headquarters.

On Sunday evening, several hundred residents rallied in Douma's main square to demand an end to the infighting, chanting "the blood of the rebels is one." Witnesses said gunmen fired into the air to disperse the crowd, but nobody was hurt.

"We are dying from the bombs and from the siege, and they are fighting over tunnels and checkpoints," said Umm Khaled, a mother of four who joined the protest. "Both of them should be ashamed."

The feud stems from a struggle over control of the Ghouta's smuggling tunnels and the taxes levied on goods that pass through them, according to residents and activists.

Analysts say the killing of Jaish al-Islam's founder in an air strike in December led to a power struggle that weakened the group's grip on the region and emboldened its rivals.

Rival foreign backers have also fuelled the rivalry, said Nasser Dakkak, a Syrian researcher based in Gaziantep, Turkey. "Each faction has its own sponsors in the Gulf, and each sponsor wants its own man in charge of the Ghouta," he said.

The infighting has allowed regime forces to seize farmland on the southern edge of the Ghouta in recent weeks, the Observatory said, and more than 300 fighters from both sides have been killed since the clashes began in late April.

At the weekend, rebel mortar rounds fired from the Ghouta hit the Bab Touma district in Damascus's Old City, killing two people, state news agency SANA reported. SANA said "terrorist groups in the Ghouta" fired the rounds.

Around 400,000 people live under siege in Eastern Ghouta, according to the United Nations, which says it has not been able to deliver aid to Douma since March.

"The situation in Douma is desperate. We are asking all parties to let us in," said a spokeswoman for the UN's humanitarian office in Damascus, who asked not to be named because she was not authorised to speak to the media.

The head of Douma's local council, Khaled Ajjan, said prices of basic foods had doubled since April because fighting between the rebel groups had shut several of the tunnels. "A bag of sugar costs a day's wage now," he told AFP.

Many families have stopped sending their children to school because of the air strikes, he added.

The regime has besieged Eastern Ghouta since 2013. The region was the site of a chemical attack in August that year that killed hundreds of people.
""")
    obs = ("The Syrian Observatory for Human Rights", "The Observatory", "the Observatory", "a monitor")
    d.ev(date="2016-05-09", etype="Explosions/Remote violence", sub="Air/drone strike",
         actor1="Military Forces of Syria (2000-)", actor2="Civilians (Syria)", country="Syria",
         admin1="Rural Damascus", admin1_alt=["Damascus Countryside", "Rif Dimashq", "Reef Damascus"], admin2="Duma",
         location="Duma", location_alt=["Douma"], lat=33.572, lon=36.402, prec=1, fatalities=7, injured=40,
         fatalities_note="Observatory at least 7, Unified Medical Office 11 -> 7",
         evidence=["Regime air strikes on a market in the rebel town of Douma killed at least seven civilians on Monday",
                   "warplanes hit the town's main market shortly before noon",
                   "11 people were killed and more than 40 wounded"])
    d.ev(date="2016-05-08", etype="Battles", sub="Armed clash", actor1="Jaish al Islam", actor2="Failaq al Rahman",
         country="Syria", admin1="Rural Damascus", admin1_alt=["Damascus Countryside", "Rif Dimashq"], admin2="Duma",
         location="Misraba", location_alt=["Mesraba", "Mosraba"], lat=None, lon=None, prec=1, fatalities=12,
         fatalities_note="Observatory at least 12, Jaish al-Islam claims 20 -> 12; coordinates left out (not confident)",
         evidence=["fierce clashes between the two main rebel groups in the Ghouta, Jaish al-Islam and Faylaq al-Rahman, in the town of Misraba on Sunday",
                   "at least 12 fighters were killed on both sides"])
    d.ev(date="2016-05-08", etype="Protests", sub="Protest with intervention", sub_alt=["Peaceful protest"],
         actor1="Protesters (Syria)", actor2="Unidentified Armed Group (Syria)", country="Syria",
         admin1="Rural Damascus", admin1_alt=["Damascus Countryside", "Rif Dimashq"], admin2="Duma", location="Duma",
         location_alt=["Douma"], lat=33.572, lon=36.402, prec=1, fatalities=0,
         evidence=["On Sunday evening, several hundred residents rallied in Douma's main square to demand an end to the infighting",
                   "gunmen fired into the air to disperse the crowd, but nobody was hurt"])
    d.ev(date="2016-05-07", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
         actor1="Unidentified Armed Group (Syria)", actor1_alt=["Jaish al Islam", "Failaq al Rahman"],
         actor2="Civilians (Syria)", country="Syria", admin1="Damascus", admin1_alt=["Dimashq"], admin2="Damascus",
         location="Damascus - Bab Touma", location_alt=["Bab Touma", "Bab Tuma", "Damascus"], lat=33.513, lon=36.317,
         prec=1, fatalities=2, note="'At the weekend' resolved to Saturday.",
         evidence=["At the weekend, rebel mortar rounds fired from the Ghouta hit the Bab Touma district in Damascus's Old City, killing two people"])

    d.q("Regime air strikes on a market in the rebel town of Douma killed at least seven civilians on Monday",
        "Syrian Observatory for Human Rights", "a monitor", mentions=obs)
    d.q("warplanes hit the town's main market shortly before noon, when it was crowded with shoppers",
        "Syrian Observatory for Human Rights", "The Syrian Observatory for Human Rights", mentions=obs)
    d.q("11 people were killed and more than 40 wounded", "Unified Medical Office", "Douma's Unified Medical Office",
        aff="Douma field hospitals")
    aq = ("Anas Qabbani",)
    d.q("\"The first missile hit the vegetable stalls and the second came when people ran to help,\"", "Anas Qabbani",
        "Anas Qabbani", mentions=aq, role="media activist")
    d.q("\"I counted bodies under the awnings.\"", "Anas Qabbani", "Anas Qabbani", mentions=aq, role="media activist")
    d.q("at least 12 fighters were killed on both sides", "Syrian Observatory for Human Rights", "The Observatory",
        mentions=obs, sp_after="The Observatory said at least 12")
    d.q("it had killed 20 of its rivals", "Jaish al-Islam", "Jaish al-Islam", sp_after="while Jaish al-Islam said")
    d.q("his group had only defended itself after Jaish al-Islam fighters stormed its headquarters", "Karam Sharafeddine",
        "Karam Sharafeddine", mentions=("Karam Sharafeddine",), role="spokesman", aff="Faylaq al-Rahman")
    d.q("gunmen fired into the air to disperse the crowd, but nobody was hurt", "Witnesses", "Witnesses",
        anon="anonymous")
    uk = ("Umm Khaled",)
    d.q("\"We are dying from the bombs and from the siege, and they are fighting over tunnels and checkpoints,\"",
        "Umm Khaled", "Umm Khaled", mentions=uk, role="protester")
    d.q("\"Both of them should be ashamed.\"", "Umm Khaled", "Umm Khaled", mentions=uk, role="protester")
    d.q("The feud stems from a struggle over control of the Ghouta's smuggling tunnels and the taxes levied on goods that pass through them",
        "residents and activists", "residents and activists", anon="anonymous")
    d.q("the killing of Jaish al-Islam's founder in an air strike in December led to a power struggle that weakened the group's grip on the region and emboldened its rivals",
        "Analysts", "Analysts", anon="anonymous")
    nd = ("Nasser Dakkak",)
    d.q("Rival foreign backers have also fuelled the rivalry", "Nasser Dakkak", "Nasser Dakkak", mentions=nd,
        role="researcher")
    d.q("\"Each faction has its own sponsors in the Gulf, and each sponsor wants its own man in charge of the Ghouta,\"",
        "Nasser Dakkak", "he", mentions=nd, role="researcher")
    d.q("The infighting has allowed regime forces to seize farmland on the southern edge of the Ghouta in recent weeks",
        "Syrian Observatory for Human Rights", "the Observatory", mentions=obs,
        sp_after="in recent weeks, the Observatory said")
    d.q("more than 300 fighters from both sides have been killed since the clashes began in late April",
        "Syrian Observatory for Human Rights", "the Observatory", mentions=obs,
        sp_after="in recent weeks, the Observatory said")
    sana = ("state news agency SANA", "SANA")
    d.q("At the weekend, rebel mortar rounds fired from the Ghouta hit the Bab Touma district in Damascus's Old City, killing two people",
        "SANA", "state news agency SANA", mentions=sana, medium="state news agency")
    d.q("\"terrorist groups in the Ghouta\" fired the rounds", "SANA", "SANA", mentions=sana, direct=False,
        sp_after="SANA said \"terrorist")
    un = ("the United Nations",)
    d.q("Around 400,000 people live under siege in Eastern Ghouta", "United Nations", "the United Nations", mentions=un)
    d.q("it has not been able to deliver aid to Douma since March", "United Nations", "which", mentions=un,
        sp_after="which says it has")
    d.q("\"The situation in Douma is desperate. We are asking all parties to let us in,\"",
        "a spokeswoman for the UN's humanitarian office in Damascus",
        "a spokeswoman for the UN's humanitarian office in Damascus", anon="unnamed official", role="spokeswoman",
        aff="UN humanitarian office")
    ka = ("Khaled Ajjan",)
    d.q("prices of basic foods had doubled since April because fighting between the rebel groups had shut several of the tunnels",
        "Khaled Ajjan", "Khaled Ajjan", mentions=ka, role="head of local council", aff="Douma local council")
    d.q("\"A bag of sugar costs a day's wage now,\"", "Khaled Ajjan", "he", mentions=ka, role="head of local council",
        aff="Douma local council", medium="AFP")
    d.q("Many families have stopped sending their children to school because of the air strikes", "Khaled Ajjan", "he",
        mentions=ka, role="head of local council", aff="Douma local council", sp_after="he added")

    d.agg("more than 300 fighters from both sides have been killed since the clashes began in late April",
          "rebel fighters killed in Ghouta infighting", claimant="Syrian Observatory for Human Rights", quantity=300,
          low=300, qualifier="more than", ps="2016-04-28", pe="2016-05-09", scope="Eastern Ghouta")
    d.agg("Around 400,000 people live under siege in Eastern Ghouta", "people under siege",
          claimant="United Nations", quantity=400000, qualifier="around", pe="2016-05-09", scope="Eastern Ghouta")

    d.cau("The feud stems from a struggle over control of the Ghouta's smuggling tunnels and the taxes levied on goods that pass through them",
          "a struggle over control of the Ghouta's smuggling tunnels and the taxes levied on goods that pass through them",
          "The feud", claimant="residents and activists")
    d.cau("the killing of Jaish al-Islam's founder in an air strike in December led to a power struggle that weakened the group's grip on the region and emboldened its rivals",
          "the killing of Jaish al-Islam's founder in an air strike in December", "a power struggle",
          driver="leadership/command change", claimant="Analysts")
    d.cau("Rival foreign backers have also fuelled the rivalry", "Rival foreign backers", "the rivalry",
          driver="external support", claimant="Nasser Dakkak")
    d.cau("The infighting has allowed regime forces to seize farmland on the southern edge of the Ghouta in recent weeks",
          "The infighting", "regime forces to seize farmland on the southern edge of the Ghouta",
          claimant="Syrian Observatory for Human Rights")
    d.cau("prices of basic foods had doubled since April because fighting between the rebel groups had shut several of the tunnels",
          "fighting between the rebel groups had shut several of the tunnels",
          "prices of basic foods had doubled since April", claimant="Khaled Ajjan")
    d.cau("Many families have stopped sending their children to school because of the air strikes", "the air strikes",
          "Many families have stopped sending their children to school", claimant="Khaled Ajjan")
    return d


# === END DOCS ===


def main():
    review = "--review" in sys.argv
    docs = [fn() for fn in DOCS]
    ids = [d.id for d in docs]
    assert len(set(ids)) == len(ids)
    dl, gl, pl = [], [], []
    for d in docs:
        g = d.gold_line()
        check(d.doc_line(), g)
        dl.append(d.doc_line())
        gl.append(g)
        pl.append({"id": d.id, "events": g["events"], "quotes": g["quotes"], "claims": g["claims"]})
        words = len(d.text.split())
        na = sum(c["kind"] == "aggregate" for c in d.claims)
        nc = sum(c["kind"] == "causal" for c in d.claims)
        print(f"{d.id}: {words} words, {len(d.events)} events, {len(d.quotes)} quotes, {na} aggregate, {nc} causal")
        if review:
            for q in g["quotes"]:
                print(f"   Q [{q['speaker']}] <- {q['speaker_text']!r} @{q['speaker_start']}: {q['text'][:70]!r}")
    for name, rows in (("docs", dl), ("gold", gl), ("pred_selfcheck", pl)):
        with open(os.path.join(HERE, f"{AUTHOR}.{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    tot = lambda k: sum(len(getattr(d, k)) for d in docs)  # noqa: E731
    na = sum(c["kind"] == "aggregate" for d in docs for c in d.claims)
    print(f"total: {len(docs)} docs, {tot('events')} events, {tot('quotes')} quotes, {na} aggregate, "
          f"{tot('claims') - na} causal")


if __name__ == "__main__":
    main()
