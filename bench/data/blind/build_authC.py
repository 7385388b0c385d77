#!/usr/bin/env python3
"""Build the authC blind full-report set: fictional wire-style reports on insurgent violence in Iraq and
Syria in 2016, written by us from general knowledge (people, quotes and incidents invented), annotated by
/work/shared/data/reports/GUIDE.md. Every offset is computed here and asserted.

Writes authC.docs.jsonl and authC.gold.jsonl next to this script.
Run: python3 bench/data/blind/build_authC.py
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_record import event_record  # noqa: E402
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def last(pub, day):
    """The last `day` (weekday name) on or before the publication date."""
    d = datetime.date.fromisoformat(pub)
    while WD[d.weekday()] != day:
        d -= datetime.timedelta(days=1)
    return d.isoformat()


class Doc:
    def __init__(self, did, published, title, text, url=None):
        self.id, self.published, self.title, self.text, self.url = did, published, title, text.strip(), url
        self.events, self.quotes, self.claims = [], [], []

    # -- spans ---------------------------------------------------------------------------------
    def find(self, s, ctx=None, lo=0, hi=None):
        """(start, end) of s: unique in the text, or unique inside the unique context string ctx."""
        t = self.text
        if ctx is not None:
            cs, ce = self.find(ctx)
            lo, hi = cs, ce
        hi = len(t) if hi is None else hi
        seg = t[lo:hi]
        n = seg.count(s)
        assert n == 1, f"{self.id}: {s!r} occurs {n} times" + (f" in {ctx!r}" if ctx else "")
        st = lo + seg.index(s)
        assert t[st:st + len(s)] == s
        return st, st + len(s)

    def sp(self, s, ctx=None):
        st, en = self.find(s, ctx)
        return {"start": st, "end": en, "text": self.text[st:en]}

    def words(self):
        return len(self.text.split())

    # -- events --------------------------------------------------------------------------------
    def event(self, date, etype, sub, actor1, admin1, location, lat, lon, prec, fatalities, evidence,
              country=None, actor2=None, admin1_alt=None, sub_alt=None, actor1_alt=None, admin2=None,
              injured=None, note=None, location_alt=None):
        self.events.append(event_record(
            date=date, etype=etype, sub=sub, sub_alt=sub_alt, actor1=actor1, actor1_alt=actor1_alt, actor2=actor2,
            country=country or self.country, admin1=admin1, admin1_alt=admin1_alt, admin2=admin2, location=location,
            location_alt=location_alt, lat=lat, lon=lon, prec=prec, fatalities=fatalities, injured=injured,
            note=note, evidence=[self.sp(*x) if isinstance(x, tuple) else self.sp(x) for x in evidence]))

    # -- quotes --------------------------------------------------------------------------------
    def quote(self, content, speaker, stext, names=(), direct=None, anonymity="named", role=None,
              affiliation=None, ctx=None, sctx=None, medium=None, fragments=None, speaker_alt=None):
        """content: the attributed content (unique, or unique in ctx); stext: the attribution mention,
        taken nearest to the content (or unique inside sctx); names: other mentions of the same source
        (every whole-word occurrence counts)."""
        t = self.text
        if fragments:
            frs = [self.find(f, ctx) for f in fragments]
            st, en = frs[0][0], frs[-1][1]
        else:
            st, en = self.find(content, ctx)
        if sctx is not None:
            ss, se = self.find(stext, sctx)
        else:
            best = None
            for m in re.finditer(r"(?<!\w)" + re.escape(stext) + r"(?!\w)", t):
                if m.start() < en and m.end() > st:
                    continue
                dist = st - m.end() if m.end() <= st else m.start() - en
                if best is None or dist < best[0]:
                    best = (dist, m.start(), m.end())
            assert best is not None, f"{self.id}: speaker {stext!r} not found"
            _, ss, se = best
        mentions = {(ss, se)}
        for nm in names:
            hits = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", t)]
            assert hits, f"{self.id}: mention {nm!r} not found"
            mentions.update(hits)
        if direct is None:
            direct = t[st] in "\"\u201c"
        q = {"start": st, "end": en, "text": t[st:en]}
        if fragments:
            q["fragments"] = [list(f) for f in frs]
        q.update({"direct": direct, "speaker": speaker, "speaker_start": ss, "speaker_end": se,
                  "speaker_text": t[ss:se], "speaker_mentions": sorted([list(m) for m in mentions])})
        if speaker_alt:
            q["speaker_alt"] = speaker_alt
        q.update({"role": role, "affiliation": affiliation, "anonymity": anonymity, "medium": medium})
        self.quotes.append(q)

    # -- claims --------------------------------------------------------------------------------
    def agg(self, span, quantity, counted, unit, low=None, high=None, qualifier=None, period_start=None,
            period_end=None, scope=None, claimant=None, ctx=None):
        c = {"kind": "aggregate", **self.sp(span, ctx), "claimant": claimant, "quantity": quantity,
             "low": low, "high": high, "counted": counted, "unit": unit, "qualifier": qualifier,
             "period_start": period_start, "period_end": period_end, "scope": scope}
        self.claims.append(c)

    def causal(self, span, cause, effect, driver=None, polarity="+", hedged=False, claimant=None, ctx=None):
        c = self.sp(span, ctx)
        cs = self.find(cause, lo=c["start"], hi=c["end"])
        es = self.find(effect, lo=c["start"], hi=c["end"])
        self.claims.append({"kind": "causal", **c, "claimant": claimant, "hedged": hedged,
                            "cause": {"start": cs[0], "end": cs[1], "text": self.text[cs[0]:cs[1]]},
                            "effect": {"start": es[0], "end": es[1], "text": self.text[es[0]:es[1]]},
                            "driver": driver, "polarity": polarity})

    def records(self):
        d = {"id": self.id, "text": self.text, "published": self.published, "title": self.title}
        if self.url:
            d["url"] = self.url
        g = {"id": self.id, "events": self.events, "quotes": self.quotes, "claims": self.claims,
             "source": {"kind": "authored", "author": "authC", "note": "fictional report, our own writing"}}
        return d, g


DOCS = []
IRAQ_ARMY = "Military Forces of Iraq (2014-2018)"
SYRIA_ARMY = "Military Forces of Syria (2000-)"
IS_IQ = "Islamic State (Iraq)"
IS_SY = "Islamic State (Syria)"
COALITION = "Global Coalition Against Daesh"


# ---------------------------------------------------------------------------------------------------
# 01 Reuters-style wire, Baghdad, January 2016
P = "2016-01-12"
d = Doc("authC-01", P, "Suicide attack on Baghdad shopping centre kills at least 18", '''
BAGHDAD (Reuters) - A suicide bomber and gunmen stormed a shopping centre in the eastern Baghdad district of Baghdad al-Jadida on Monday, killing at least 18 people, police and medical sources said, in the deadliest attack in the capital since Iraqi forces recaptured Ramadi last month.

Two attackers threw grenades at shoppers before one of them detonated an explosive vest near the entrance, a police colonel said. Security forces killed the second attacker after a standoff that lasted nearly two hours. A medical source at al-Kindi hospital put the death toll at 22, with more than 40 wounded.

The Islamic State militant group claimed responsibility in a statement circulated online, saying the attack targeted "apostates".

Hours later, a car bomb exploded near a cafe in the town of Muqdadiya, 80 km (50 miles) northeast of Baghdad in Diyala province, killing five people, the provincial police said. No group immediately claimed that blast, which triggered revenge attacks on two Sunni mosques in the town overnight, local officials said.

"The terrorists want to show they are still able to strike at the heart of the capital because they are losing on the battlefield," said Brigadier General Saad Maan al-Obeidi, a spokesman for the Baghdad Operations Command. Obeidi said checkpoints around the district would be reinforced.

Iraqi troops, backed by U.S.-led coalition air strikes, declared victory in Ramadi, the capital of Anbar province, on Dec. 28 after a months-long campaign. Islamic State had seized the city in May 2015.

Security analysts have warned that the militants would turn to bombings in the cities as they lose ground. "When they lose land, they go back to what they know best, car bombs and suicide attacks," said Hisham Karim, a researcher at a Baghdad-based policy institute.

According to United Nations figures, at least 7,515 civilians were killed in acts of violence in Iraq in 2015.

Tension in Diyala, a mixed province of Sunnis and Shi'ites, has risen in recent months. A Sunni lawmaker from the province, Ahmed al-Karbouli, said the mosque attacks were carried out by militiamen and accused the security forces of standing by. He said dozens of families had already fled Muqdadiya out of fear of further reprisals.

A spokesman for the Interior Ministry said an investigation had been opened into the mosque attacks. Prime Minister Haider al-Abadi urged residents of Diyala to show restraint.

(Reporting by Baghdad newsroom; Editing by an editor)
''')
d.country = "Iraq"
d.event(last(P, "Monday"), "Explosions/Remote violence", "Suicide bomb", IS_IQ, "Baghdad", "Baghdad al-Jadida",
        33.30, 44.47, 2, 18,
        ["A suicide bomber and gunmen stormed a shopping centre in the eastern Baghdad district of Baghdad al-Jadida on Monday, killing at least 18 people",
         "A medical source at al-Kindi hospital put the death toll at 22"],
        actor2="Civilians (Iraq)", injured=40, location_alt=["New Baghdad", "Baghdad"],
        note="attackers killed not counted; police/medical 'at least 18' vs hospital 22 -> 18")
d.event(last(P, "Monday"), "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)",
        "Diyala", "Muqdadiya", 33.98, 44.94, 1, 5,
        ["a car bomb exploded near a cafe in the town of Muqdadiya, 80 km (50 miles) northeast of Baghdad in Diyala province, killing five people"],
        actor2="Civilians (Iraq)", actor1_alt=[IS_IQ], admin1_alt=["Diyala Governorate"], location_alt=["Muqdadiyah", "Miqdadiyah"])
d.event(P, "Violence against civilians", "Attack", "Unidentified Armed Group (Iraq)", "Diyala", "Muqdadiya",
        33.98, 44.94, 1, 0,
        ["revenge attacks on two Sunni mosques in the town overnight"], sub_alt=["Looting/property destruction"],
        admin1_alt=["Diyala Governorate"], location_alt=["Muqdadiyah", "Miqdadiyah"],
        note="overnight Monday-Tuesday = publication day; no deaths reported")
d.quote("A suicide bomber and gunmen stormed a shopping centre in the eastern Baghdad district of Baghdad al-Jadida on Monday, killing at least 18 people", "police and medical sources", "police and medical sources", anonymity="unnamed official",
        direct=False)
d.quote("Two attackers threw grenades at shoppers before one of them detonated an explosive vest near the entrance",
        "a police colonel", "a police colonel", anonymity="unnamed official", role="police colonel")
d.quote("the death toll at 22, with more than 40 wounded", "A medical source at al-Kindi hospital",
        "A medical source at al-Kindi hospital", anonymity="unnamed official", direct=False)
d.quote("the attack targeted \"apostates\"", "Islamic State",
        "The Islamic State militant group", anonymity="named", affiliation="Islamic State", medium="statement circulated online")
d.quote("a car bomb exploded near a cafe in the town of Muqdadiya, 80 km (50 miles) northeast of Baghdad in Diyala province, killing five people", "the provincial police", "the provincial police", anonymity="unnamed official")
d.quote("No group immediately claimed that blast, which triggered revenge attacks on two Sunni mosques in the town overnight", "local officials", "local officials",
        anonymity="unnamed official", direct=False)
d.quote("\"The terrorists want to show they are still able to strike at the heart of the capital because they are losing on the battlefield,\"",
        "Saad Maan al-Obeidi", "Brigadier General Saad Maan al-Obeidi", names=["Obeidi"], role="spokesman",
        affiliation="Baghdad Operations Command")
d.quote("checkpoints around the district would be reinforced", "Saad Maan al-Obeidi", "Obeidi",
        names=["Brigadier General Saad Maan al-Obeidi"], role="spokesman", affiliation="Baghdad Operations Command")
d.quote("the militants would turn to bombings in the cities as they lose ground", "Security analysts", "Security analysts",
        anonymity="anonymous")
d.quote("\"When they lose land, they go back to what they know best, car bombs and suicide attacks,\"", "Hisham Karim",
        "Hisham Karim", role="researcher", affiliation="Baghdad-based policy institute")
d.quote("at least 7,515 civilians were killed in acts of violence in Iraq in 2015", "United Nations", "United Nations figures")
d.quote("the mosque attacks were carried out by militiamen", "Ahmed al-Karbouli", "Ahmed al-Karbouli",
        names=["A Sunni lawmaker from the province"],
        role="lawmaker")
d.quote("dozens of families had already fled Muqdadiya out of fear of further reprisals", "Ahmed al-Karbouli", "He",
        names=["Ahmed al-Karbouli", "A Sunni lawmaker from the province"], role="lawmaker")
d.quote("an investigation had been opened into the mosque attacks", "A spokesman for the Interior Ministry",
        "A spokesman for the Interior Ministry", anonymity="unnamed official", affiliation="Interior Ministry")
d.agg("at least 7,515 civilians were killed in acts of violence in Iraq in 2015", 7515, "civilians killed", "people",
      low=7515, qualifier="at least", period_start="2015-01-01", period_end="2015-12-31", scope="Iraq",
      claimant="United Nations")
d.causal("The terrorists want to show they are still able to strike at the heart of the capital because they are losing on the battlefield",
         "they are losing on the battlefield", "The terrorists want to show they are still able to strike at the heart of the capital",
         claimant="Saad Maan al-Obeidi")
d.causal("No group immediately claimed that blast, which triggered revenge attacks on two Sunni mosques in the town overnight",
         "that blast", "revenge attacks on two Sunni mosques in the town overnight", claimant="local officials")
d.causal("dozens of families had already fled Muqdadiya out of fear of further reprisals",
         "fear of further reprisals", "dozens of families had already fled Muqdadiya", claimant="Ahmed al-Karbouli")
d.causal("When they lose land, they go back to what they know best, car bombs and suicide attacks",
         "they lose land", "they go back to what they know best, car bombs and suicide attacks", claimant="Hisham Karim")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 02 AFP-style wire, Fallujah, June 2016
P = "2016-06-17"
d = Doc("authC-02", P, "Iraqi forces enter central Fallujah, raise flag over government compound", '''
FALLUJAH, Iraq, June 17 (AFP) - Iraqi forces pushed into the centre of Fallujah on Friday and raised the national flag over the main government compound, commanders said, nearly four weeks after the start of an offensive to retake the jihadist bastion west of Baghdad.

Counter-Terrorism Service units backed by federal police advanced from the south of the city through the Nazal neighbourhood before reaching the compound early in the morning, according to Staff Major General Karim Hamdan al-Saadi, who leads the operation.

"Our forces are now in control of the government complex and are clearing the surrounding streets of booby traps," Saadi told AFP by telephone. "There is still resistance in the north of the city, but the back of Daesh has been broken."

The general said at least 30 jihadists were killed in the fighting for the compound, a figure that could not be independently verified. Two soldiers were also killed, a military officer at the scene said.

Aircraft of the US-led coalition carried out several strikes on Islamic State positions in the Jolan district on Thursday to prepare the assault, the coalition said in a statement, without giving a toll.

Fallujah, which lies 50 kilometres (30 miles) west of Baghdad, was the first city to fall to IS, in January 2014, months before the group swept across large parts of the north and west of the country.

Aid agencies have warned of a humanitarian disaster as tens of thousands of civilians pour out of the city. The Norwegian Refugee Council said more than 68,000 people had fled Fallujah and its outskirts since the operation began on May 22, and that camps in the area were overwhelmed.

"People are arriving exhausted and dehydrated, many of them after walking for a whole night," said Nasreen Abdullah, an NRC field coordinator in the Amriyat al-Fallujah camps. She said some families had been forced to sleep in the open because there were not enough tents.

Residents who escaped said food had become so scarce that many families survived on dates and boiled grass. The shortages were due to a siege imposed by government forces since late last year, which cut the main supply routes into the city, they said.

The participation of Shiite-dominated paramilitary units in the battle has worried Sunni leaders. Several men who fled the area of Saqlawiyah earlier this month said they had been beaten during screening by militiamen, allegations the Popular Mobilisation forces deny.

A spokesman for the Popular Mobilisation, Ali Jaafar, said the units were only deployed on the outskirts "so as to avoid any friction with the population".

Prime Minister Haider al-Abadi has promised that anyone found guilty of abuses would be punished.
''')
d.country = "Iraq"
d.event(P, "Battles", "Government regains territory", IRAQ_ARMY, "Al Anbar", "Fallujah", 33.35, 43.78, 1, 32,
        ["Iraqi forces pushed into the centre of Fallujah on Friday and raised the national flag over the main government compound",
         "at least 30 jihadists were killed in the fighting for the compound",
         "Two soldiers were also killed"],
        actor2=IS_IQ, admin1_alt=["Anbar"], location_alt=["Falluja"],
        note="at least 30 militants (the general, unverified) + 2 soldiers; the Thursday air strikes are a separate event with no toll")
d.event(last(P, "Thursday"), "Explosions/Remote violence", "Air/drone strike", COALITION, "Al Anbar", "Fallujah",
        33.35, 43.77, 2, None,
        ["Aircraft of the US-led coalition carried out several strikes on Islamic State positions in the Jolan district on Thursday"],
        actor2=IS_IQ, admin1_alt=["Anbar"], location_alt=["Jolan", "Falluja"], note="no toll given")
d.quote("Iraqi forces pushed into the centre of Fallujah on Friday and raised the national flag over the main government compound",
        "commanders", "commanders", anonymity="unnamed official")
d.quote("Counter-Terrorism Service units backed by federal police advanced from the south of the city through the Nazal neighbourhood before reaching the compound early in the morning",
        "Karim Hamdan al-Saadi", "Staff Major General Karim Hamdan al-Saadi", names=["Saadi"], role="commander of the operation")
d.quote("\"Our forces are now in control of the government complex and are clearing the surrounding streets of booby traps,\"",
        "Karim Hamdan al-Saadi", "Saadi", names=["Staff Major General Karim Hamdan al-Saadi"], role="commander of the operation", medium="telephone")
d.quote("\"There is still resistance in the north of the city, but the back of Daesh has been broken.\"",
        "Karim Hamdan al-Saadi", "Saadi", names=["Staff Major General Karim Hamdan al-Saadi"], role="commander of the operation", medium="telephone")
d.quote("at least 30 jihadists were killed in the fighting for the compound", "Karim Hamdan al-Saadi", "The general",
        names=["Saadi", "Staff Major General Karim Hamdan al-Saadi"], role="commander of the operation")
d.quote("Two soldiers were also killed", "a military officer at the scene", "a military officer at the scene",
        anonymity="unnamed official")
d.quote("Aircraft of the US-led coalition carried out several strikes on Islamic State positions in the Jolan district on Thursday to prepare the assault",
        "US-led coalition", "the coalition", medium="statement")
d.quote("a humanitarian disaster as tens of thousands of civilians pour out of the city", "Aid agencies", "Aid agencies",
        anonymity="anonymous")
d.quote("more than 68,000 people had fled Fallujah and its outskirts since the operation began on May 22, and that camps in the area were overwhelmed",
        "Norwegian Refugee Council", "The Norwegian Refugee Council", names=["NRC"])
d.quote("\"People are arriving exhausted and dehydrated, many of them after walking for a whole night,\"", "Nasreen Abdullah",
        "Nasreen Abdullah", role="field coordinator", affiliation="Norwegian Refugee Council")
d.quote("some families had been forced to sleep in the open because there were not enough tents", "Nasreen Abdullah", "She",
        names=["Nasreen Abdullah"], role="field coordinator", affiliation="Norwegian Refugee Council")
d.quote("food had become so scarce that many families survived on dates and boiled grass", "Residents who escaped",
        "Residents who escaped", anonymity="anonymous")
d.quote("The shortages were due to a siege imposed by government forces since late last year, which cut the main supply routes into the city",
        "Residents who escaped", "they", names=["Residents who escaped"], anonymity="anonymous",
        sctx="which cut the main supply routes into the city, they said")
d.quote("they had been beaten during screening by militiamen", "Several men who fled the area of Saqlawiyah earlier this month",
        "Several men who fled the area of Saqlawiyah earlier this month", anonymity="anonymous")
d.quote("the units were only deployed on the outskirts \"so as to avoid any friction with the population\"", "Ali Jaafar",
        "Ali Jaafar", role="spokesman", affiliation="Popular Mobilisation", direct=False)
d.agg("more than 68,000 people had fled Fallujah and its outskirts since the operation began on May 22", 68000,
      "people fled", "people", low=68000, qualifier="more than", period_start="2016-05-22", period_end=P,
      scope="Fallujah and its outskirts", claimant="Norwegian Refugee Council")
d.causal("some families had been forced to sleep in the open because there were not enough tents",
         "there were not enough tents", "some families had been forced to sleep in the open",
         driver="displacement/camps/reintegration", claimant="Nasreen Abdullah")
d.causal("The shortages were due to a siege imposed by government forces since late last year",
         "a siege imposed by government forces since late last year", "The shortages",
         claimant="Residents who escaped")
d.causal("the units were only deployed on the outskirts \"so as to avoid any friction with the population\"",
         "the units were only deployed on the outskirts", "avoid any friction with the population",
         polarity="-", driver="security posture/deployment", claimant="Ali Jaafar")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 03 Kurdish local outlet, Kirkuk, October 2016
P = "2016-10-23"
d = Doc("authC-03", P, "Kirkuk counts its dead as last IS gunmen are hunted down", '''
KIRKUK - Kurdish security forces on Sunday killed the last two Islamic State (IS) gunmen who had been hiding in a half-built hotel in the south of Kirkuk city, ending three days of clashes that began when dozens of militants infiltrated the city before dawn on Friday, Kirkuk police said.

The two men were shot dead after a firefight of about an hour in the Domiz neighbourhood, police spokesman Colonel Aras Jalal told our reporter. No members of the security forces were hurt in Sunday's operation, he said.

Officials are still arguing over the toll of Friday's assault, in which militants armed with rifles and suicide vests attacked police stations, a mosque and government buildings across the city. The provincial health directorate said 46 people, most of them members of the security forces, were killed and 133 wounded in the fighting in the city. The Kirkuk Security Committee gave a lower toll of 38 dead among civilians and security members, and said 74 attackers had been killed or blew themselves up.

In a separate attack on Friday morning, suicide bombers stormed a power station under construction in Dibis, 40 km northwest of Kirkuk, killing 12 workers, including four Iranian technicians, the district mayor said.

Kirkuk governor Dilshad Rahim Mohammed said the attackers had been helped by sleeper cells inside the city. "Some of these men came with the displaced families from Hawija and were living among us for months," he said at a news conference on Saturday.

Security officials believe the raid was meant to relieve pressure on the group in Mosul, where Iraqi and Kurdish forces are closing in on the city. "They wanted to force us to pull units back from the Mosul front," a senior Peshmerga officer said, asking not to be named.

The governor denied reports on social media that Kurdish forces had begun expelling Arab families from the city as a result of the attack. But a rights activist in the city, Shirin Qadir, said at least 30 families had been told to leave the Wahid Huzairan district since Friday.

Kirkuk, an oil-rich province claimed by both Baghdad and the Kurdistan Region, has been under the control of Peshmerga forces since the Iraqi army withdrew from the city in June 2014. The IS-held town of Hawija, 55 km to the southwest, is home to an estimated 1,500 to 2,000 IS fighters, according to Peshmerga estimates.

The city was quiet on Sunday, with shops reopening and a curfew lifted, residents said.
''')
d.country = "Iraq"
KRG = "Military Forces of Iraq (2014-2018) Kurdish Regional Government Peshmerga"
d.event(P, "Battles", "Armed clash", "Police Forces of Iraq (2014-2018) Kurdish Regional Government", "Kirkuk", "Kirkuk",
        35.47, 44.39, 1, 2,
        ["Kurdish security forces on Sunday killed the last two Islamic State (IS) gunmen who had been hiding in a half-built hotel in the south of Kirkuk city",
         "The two men were shot dead after a firefight of about an hour in the Domiz neighbourhood"],
        actor2=IS_IQ, admin1_alt=["Tamim", "At-Ta'mim"], location_alt=["Domiz"],
        note="two militants killed on Sunday (the guide counts militants killed in a clash)")
d.event(last(P, "Friday"), "Battles", "Armed clash", IS_IQ, "Kirkuk", "Kirkuk", 35.47, 44.39, 1, None,
        ["dozens of militants infiltrated the city before dawn on Friday",
         "militants armed with rifles and suicide vests attacked police stations, a mosque and government buildings across the city",
         "The provincial health directorate said 46 people, most of them members of the security forces, were killed and 133 wounded",
         "The Kirkuk Security Committee gave a lower toll of 38 dead among civilians and security members"],
        actor2="Police Forces of Iraq (2014-2018) Kurdish Regional Government", sub_alt=["Suicide bomb"],
        admin1_alt=["Tamim", "At-Ta'mim"], injured=133,
        note="victims 46 (health directorate) vs 38 (security committee), plus 74 attackers (security committee) whom the health toll may or may not include: no one total can be given -> null")
d.event(last(P, "Friday"), "Explosions/Remote violence", "Suicide bomb", IS_IQ, "Kirkuk", "Dibis", 35.65, 44.07, 1, 12,
        ["suicide bombers stormed a power station under construction in Dibis, 40 km northwest of Kirkuk, killing 12 workers"],
        actor2="Civilians (Iraq)", admin1_alt=["Tamim", "At-Ta'mim"], location_alt=["Dibs", "Debis"])
d.quote("Kurdish security forces on Sunday killed the last two Islamic State (IS) gunmen who had been hiding in a half-built hotel in the south of Kirkuk city, ending three days of clashes that began when dozens of militants infiltrated the city before dawn on Friday",
        "Kirkuk police", "Kirkuk police", anonymity="unnamed official")
d.quote("The two men were shot dead after a firefight of about an hour in the Domiz neighbourhood", "Aras Jalal",
        "police spokesman Colonel Aras Jalal", role="police spokesman", affiliation="Kirkuk police")
d.quote("No members of the security forces were hurt in Sunday's operation", "Aras Jalal", "he",
        names=["police spokesman Colonel Aras Jalal"], role="police spokesman", affiliation="Kirkuk police")
d.quote("46 people, most of them members of the security forces, were killed and 133 wounded in the fighting in the city",
        "provincial health directorate", "The provincial health directorate")
d.quote("a lower toll of 38 dead among civilians and security members", "Kirkuk Security Committee",
        "The Kirkuk Security Committee")
d.quote("74 attackers had been killed or blew themselves up", "Kirkuk Security Committee", "The Kirkuk Security Committee",
        sctx="The Kirkuk Security Committee gave")
d.quote("suicide bombers stormed a power station under construction in Dibis, 40 km northwest of Kirkuk, killing 12 workers, including four Iranian technicians",
        "the district mayor", "the district mayor", anonymity="unnamed official", role="district mayor")
d.quote("the attackers had been helped by sleeper cells inside the city", "Dilshad Rahim Mohammed",
        "Kirkuk governor Dilshad Rahim Mohammed", names=["The governor"], role="governor")
d.quote("\"Some of these men came with the displaced families from Hawija and were living among us for months,\"",
        "Dilshad Rahim Mohammed", "he", names=["Kirkuk governor Dilshad Rahim Mohammed", "The governor"], role="governor",
        medium="news conference")
d.quote("the raid was meant to relieve pressure on the group in Mosul, where Iraqi and Kurdish forces are closing in on the city",
        "Security officials", "Security officials", anonymity="unnamed official")
d.quote("\"They wanted to force us to pull units back from the Mosul front,\"", "a senior Peshmerga officer",
        "a senior Peshmerga officer", anonymity="unnamed official", affiliation="Peshmerga")
d.quote("reports on social media that Kurdish forces had begun expelling Arab families from the city as a result of the attack",
        "Dilshad Rahim Mohammed", "The governor", names=["Kirkuk governor Dilshad Rahim Mohammed"], role="governor")
d.quote("at least 30 families had been told to leave the Wahid Huzairan district since Friday", "Shirin Qadir",
        "a rights activist in the city, Shirin Qadir", role="rights activist")
d.quote("an estimated 1,500 to 2,000 IS fighters", "Peshmerga", "Peshmerga estimates", anonymity="named",
        sctx="according to Peshmerga estimates")
d.quote("The city was quiet on Sunday, with shops reopening and a curfew lifted", "residents", "residents",
        anonymity="anonymous", ctx="The city was quiet on Sunday, with shops reopening and a curfew lifted, residents said")
d.agg("The IS-held town of Hawija, 55 km to the southwest, is home to an estimated 1,500 to 2,000 IS fighters", None,
      "IS fighters", "fighters", low=1500, high=2000, qualifier="an estimated", scope="Hawija", claimant="Peshmerga")
d.agg("at least 30 families had been told to leave the Wahid Huzairan district since Friday", 30, "families told to leave",
      "families", low=30, qualifier="at least", period_start=last(P, "Friday"), period_end=P,
      scope="Wahid Huzairan district, Kirkuk", claimant="Shirin Qadir")
d.causal("the attackers had been helped by sleeper cells inside the city", "sleeper cells inside the city",
         "the attackers", claimant="Dilshad Rahim Mohammed")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 04 AP-style wire, eastern Mosul, November 2016
P = "2016-11-04"
d = Doc("authC-04", P, "Iraqi special forces battle IS in first Mosul neighborhoods", '''
GOGJALI, Iraq (AP) - Iraqi special forces fought house-to-house battles with Islamic State militants in the eastern outskirts of Mosul on Friday, a day after they crossed into the city proper, a first since the militants overran it in 2014.

The fighting centered on the Karama neighborhood, where militants fired rocket-propelled grenades and sent at least five suicide car bombs against advancing Humvees, said Lt. Col. Muntadhar al-Shimmari of the Counterterrorism Service. Three of his men were killed and 11 wounded, he said.

"Every house could be a trap. They dig tunnels between the buildings so they can move without being seen by the aircraft," al-Shimmari said, speaking near a burned-out truck in Gogjali. He said his unit had killed more than 20 militants since Thursday.

On Thursday, the special forces seized the state television building on the edge of the Karama district, the Iraqi military said in a statement.

Overnight, a U.S.-led coalition airstrike hit a building in the Zahra district used by the militants as a command post, a coalition spokesman said. He did not give a casualty figure. Residents reached by telephone inside Mosul said the strike also destroyed two nearby homes, but the report could not be confirmed.

The slow advance is due in part to the presence of civilians. About 1.2 million people are believed to remain inside Mosul, and commanders have asked them to stay in their homes rather than flee. The International Organization for Migration said nearly 22,000 people have been displaced since the offensive began on Oct. 17.

Iraqi officials estimate there are between 3,000 and 5,000 Islamic State fighters in the city. U.S. officials put the number lower.

"The use of civilians as human shields has forced us to limit the use of artillery," said Brig. Gen. Haidar Fadhil, a deputy commander of the operation, in a separate interview. The militants, he said, had moved families from villages south of the city into the center of Mosul.

Islamic State seized Mosul in June 2014, when Iraqi forces collapsed in the face of a lightning advance by the militants. It was from the city's Great Mosque of al-Nuri that the group's leader, Abu Bakr al-Baghdadi, declared a "caliphate" weeks later.

Some 30 kilometers (18 miles) to the south, Iraqi army units and Shiite militias continued to push toward the town of Hammam al-Alil, and Kurdish peshmerga forces held positions to the north and east of the city.
''')
d.country = "Iraq"
d.event(P, "Battles", "Armed clash", "Military Forces of Iraq (2014-2018) Counter Terrorism Service", "Ninewa", "Mosul",
        36.36, 43.20, 2, None,
        ["Iraqi special forces fought house-to-house battles with Islamic State militants in the eastern outskirts of Mosul on Friday",
         "The fighting centered on the Karama neighborhood, where militants fired rocket-propelled grenades and sent at least five suicide car bombs against advancing Humvees",
         "Three of his men were killed and 11 wounded"],
        actor2=IS_IQ, admin1_alt=["Nineveh", "Ninawa"], location_alt=["Karama", "Gogjali"], injured=11,
        note="3 soldiers killed on Friday, but the 'more than 20 militants since Thursday' spans this clash and Thursday's capture and cannot be apportioned -> null")
d.event(last(P, "Thursday"), "Battles", "Government regains territory", "Military Forces of Iraq (2014-2018) Counter Terrorism Service",
        "Ninewa", "Mosul", 36.36, 43.20, 2, None,
        ["On Thursday, the special forces seized the state television building on the edge of the Karama district"],
        actor2=IS_IQ, admin1_alt=["Nineveh", "Ninawa"], location_alt=["Karama"], sub_alt=["Armed clash"], note="militants killed since Thursday not apportioned -> null")
d.event(P, "Explosions/Remote violence", "Air/drone strike", COALITION, "Ninewa", "Mosul", 36.35, 43.18, 2, 0,
        ["Overnight, a U.S.-led coalition airstrike hit a building in the Zahra district used by the militants as a command post"],
        actor2=IS_IQ, admin1_alt=["Nineveh", "Ninawa"], location_alt=["Zahra"], note="no casualty figure")
d.quote("The fighting centered on the Karama neighborhood, where militants fired rocket-propelled grenades and sent at least five suicide car bombs against advancing Humvees",
        "Muntadhar al-Shimmari", "Lt. Col. Muntadhar al-Shimmari", names=["al-Shimmari"], role="lieutenant colonel",
        affiliation="Counterterrorism Service")
d.quote("Three of his men were killed and 11 wounded", "Muntadhar al-Shimmari", "he",
        names=["Lt. Col. Muntadhar al-Shimmari", "al-Shimmari"], role="lieutenant colonel", affiliation="Counterterrorism Service")
d.quote("\"Every house could be a trap. They dig tunnels between the buildings so they can move without being seen by the aircraft,\"",
        "Muntadhar al-Shimmari", "al-Shimmari", names=["Lt. Col. Muntadhar al-Shimmari"], role="lieutenant colonel",
        affiliation="Counterterrorism Service")
d.quote("his unit had killed more than 20 militants since Thursday", "Muntadhar al-Shimmari", "He",
        names=["Lt. Col. Muntadhar al-Shimmari", "al-Shimmari"], role="lieutenant colonel", affiliation="Counterterrorism Service")
d.quote("On Thursday, the special forces seized the state television building on the edge of the Karama district",
        "the Iraqi military", "the Iraqi military", anonymity="named", medium="statement")
d.quote("Overnight, a U.S.-led coalition airstrike hit a building in the Zahra district used by the militants as a command post",
        "a coalition spokesman", "a coalition spokesman", anonymity="unnamed official", affiliation="U.S.-led coalition")
d.quote("the strike also destroyed two nearby homes", "Residents reached by telephone inside Mosul",
        "Residents reached by telephone inside Mosul", anonymity="anonymous", medium="telephone")
d.quote("nearly 22,000 people have been displaced since the offensive began on Oct. 17",
        "International Organization for Migration", "The International Organization for Migration")
d.quote("there are between 3,000 and 5,000 Islamic State fighters in the city", "Iraqi officials", "Iraqi officials",
        anonymity="unnamed official")
d.quote("the number lower", "U.S. officials", "U.S. officials", anonymity="unnamed official")
d.quote("\"The use of civilians as human shields has forced us to limit the use of artillery,\"", "Haidar Fadhil",
        "Brig. Gen. Haidar Fadhil", role="deputy commander of the operation")
d.quote("had moved families from villages south of the city into the center of Mosul", "Haidar Fadhil", "he",
        names=["Brig. Gen. Haidar Fadhil"], role="deputy commander of the operation",
        fragments=["The militants", "had moved families from villages south of the city into the center of Mosul"])
d.agg("About 1.2 million people are believed to remain inside Mosul", 1200000, "civilians remaining", "people",
      qualifier="about", period_end=P, scope="Mosul")
d.agg("nearly 22,000 people have been displaced since the offensive began on Oct. 17", 22000, "people displaced", "people",
      high=22000, qualifier="nearly", period_start="2016-10-17", period_end=P, scope="Mosul offensive",
      claimant="International Organization for Migration")
d.agg("Iraqi officials estimate there are between 3,000 and 5,000 Islamic State fighters in the city", None,
      "Islamic State fighters", "fighters", low=3000, high=5000, qualifier="between", scope="Mosul", claimant="Iraqi officials")
d.agg("his unit had killed more than 20 militants since Thursday", 20, "militants killed", "people", low=20,
      qualifier="more than", period_start=last(P, "Thursday"), period_end=P, scope="his unit, eastern Mosul",
      claimant="Muntadhar al-Shimmari")
d.causal("The slow advance is due in part to the presence of civilians", "the presence of civilians", "The slow advance")
d.causal("The use of civilians as human shields has forced us to limit the use of artillery",
         "The use of civilians as human shields", "limit the use of artillery", polarity="-", claimant="Haidar Fadhil")
d.causal("They dig tunnels between the buildings so they can move without being seen by the aircraft",
         "They dig tunnels between the buildings", "they can move without being seen by the aircraft",
         claimant="Muntadhar al-Shimmari")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 05 Monitor-based wire story, Aleppo, December 2016
P = "2016-12-09"
d = Doc("authC-05", P, "Syrian army takes Aleppo's Old City as rebel enclave shrinks", '''
BEIRUT (Reuters) - Syrian government forces and their allies captured the Old City of Aleppo late on Wednesday, a war monitor said, tightening the noose on rebels who now hold only a small pocket of the city's east after a lightning offensive.

Air strikes and artillery fire pounded the remaining rebel districts of al-Shaar and al-Kalasa on Thursday, killing at least 23 civilians, the Syrian Observatory for Human Rights said. The civil defence rescue service operating in rebel areas put the toll at more than 40.

The Britain-based Observatory said it could not determine whether the aircraft were Syrian or Russian. Moscow has said its jets have not taken part in strikes on Aleppo city since October.

In the government-held west of the city, rebel shelling killed seven people in the Hamdaniya district on Thursday, the Observatory said. State news agency SANA said nine people were killed, including two children, when "terrorist groups" fired rockets at residential buildings.

Government forces and allied militias now control about 85 percent of the territory rebels held in eastern Aleppo before the offensive began on Nov. 15, according to the Observatory. It said at least 413 civilians had been killed in the east since then, and that more than 50,000 people had fled to areas under government or Kurdish control.

A rebel official from the Fastaqim group, Yasser Abdelhamid, said the fast collapse of the northern districts last month was caused by a lack of ammunition and fighters. "We had no more men to hold the front lines," he said. Rebels also accuse the international community of abandoning them.

Food prices in the besieged districts have soared as a result of the siege, which has blocked all aid convoys since July, residents said. "A kilo of rice costs ten times what it did in the summer," said one resident of al-Kalasa, speaking over an internet messaging service.

Russia's Defence Ministry said on Thursday that the Syrian army had paused its operations in the east to evacuate civilians, but residents and the monitor said the bombardment never stopped.

U.S. Secretary of State John Kerry and his Russian counterpart were due to meet in Hamburg on Thursday to discuss a possible ceasefire, but diplomats said the talks were unlikely to produce a breakthrough.

The loss of eastern Aleppo would be the biggest defeat for the rebels in more than five years of war, and diplomats in the region say it could push many of the remaining fighters towards Idlib province, already the main stronghold of the insurgency.
''')
d.country = "Syria"
d.event("2016-12-07", "Battles", "Government regains territory", SYRIA_ARMY, "Aleppo", "Aleppo - Old City",
        36.20, 37.16, 1, 0,
        ["Syrian government forces and their allies captured the Old City of Aleppo late on Wednesday"],
        actor2="Opposition Rebels (Syria)", location_alt=["Aleppo", "Halab"], admin1_alt=["Halab"])
d.event(last(P, "Thursday"), "Explosions/Remote violence", "Air/drone strike", SYRIA_ARMY, "Aleppo", "Aleppo",
        36.21, 37.17, 2, 23,
        ["Air strikes and artillery fire pounded the remaining rebel districts of al-Shaar and al-Kalasa on Thursday, killing at least 23 civilians",
         "The civil defence rescue service operating in rebel areas put the toll at more than 40"],
        actor1_alt=["Military Forces of Russia (2000-)"], actor2="Civilians (Syria)", sub_alt=["Shelling/artillery/missile attack"],
        location_alt=["al-Shaar", "al-Kalasa", "Halab"], admin1_alt=["Halab"], note="monitor 23 vs civil defence 40 -> 23")
d.event(last(P, "Thursday"), "Explosions/Remote violence", "Shelling/artillery/missile attack", "Opposition Rebels (Syria)",
        "Aleppo", "Aleppo - Hamdaniya", 36.18, 37.13, 1, 7,
        ["rebel shelling killed seven people in the Hamdaniya district on Thursday",
         "nine people were killed, including two children, when \"terrorist groups\" fired rockets at residential buildings"],
        actor2="Civilians (Syria)", location_alt=["Hamdaniya", "Aleppo", "Halab"], admin1_alt=["Halab"],
        note="monitor 7 vs state media 9 -> 7")
SOHR = ["Syrian Observatory for Human Rights", "Britain-based Observatory", "Observatory"]
d.quote("Syrian government forces and their allies captured the Old City of Aleppo late on Wednesday", "Syrian Observatory for Human Rights",
        "a war monitor", names=SOHR)
d.quote("Air strikes and artillery fire pounded the remaining rebel districts of al-Shaar and al-Kalasa on Thursday, killing at least 23 civilians",
        "Syrian Observatory for Human Rights", "the Syrian Observatory for Human Rights", names=SOHR + ["a war monitor"])
d.quote("the toll at more than 40", "civil defence rescue service", "The civil defence rescue service operating in rebel areas")
d.quote("it could not determine whether the aircraft were Syrian or Russian", "Syrian Observatory for Human Rights",
        "The Britain-based Observatory", names=SOHR + ["a war monitor"])
d.quote("its jets have not taken part in strikes on Aleppo city since October", "Russian government", "Moscow",
        anonymity="named")
d.quote("rebel shelling killed seven people in the Hamdaniya district on Thursday", "Syrian Observatory for Human Rights",
        "the Observatory", names=SOHR + ["a war monitor"], sctx="in the Hamdaniya district on Thursday, the Observatory said")
d.quote("nine people were killed, including two children, when \"terrorist groups\" fired rockets at residential buildings",
        "SANA", "State news agency SANA", medium="state news agency")
d.quote("Government forces and allied militias now control about 85 percent of the territory rebels held in eastern Aleppo before the offensive began on Nov. 15",
        "Syrian Observatory for Human Rights", "the Observatory", names=SOHR + ["a war monitor"],
        sctx="before the offensive began on Nov. 15, according to the Observatory")
d.quote("at least 413 civilians had been killed in the east since then, and that more than 50,000 people had fled to areas under government or Kurdish control",
        "Syrian Observatory for Human Rights", "It", names=SOHR + ["a war monitor"], sctx="It said at least 413")
d.quote("the fast collapse of the northern districts last month was caused by a lack of ammunition and fighters",
        "Yasser Abdelhamid", "A rebel official from the Fastaqim group, Yasser Abdelhamid", role="rebel official",
        affiliation="Fastaqim")
d.quote("\"We had no more men to hold the front lines,\"", "Yasser Abdelhamid", "he",
        names=["A rebel official from the Fastaqim group, Yasser Abdelhamid"], role="rebel official", affiliation="Fastaqim")
d.quote("Food prices in the besieged districts have soared as a result of the siege, which has blocked all aid convoys since July",
        "residents", "residents", anonymity="anonymous", sctx="since July, residents said")
d.quote("\"A kilo of rice costs ten times what it did in the summer,\"", "one resident of al-Kalasa",
        "one resident of al-Kalasa", anonymity="anonymous", medium="internet messaging service")
d.quote("the Syrian army had paused its operations in the east to evacuate civilians", "Russian Defence Ministry",
        "Russia's Defence Ministry")
d.quote("the bombardment never stopped", "residents and the monitor", "residents and the monitor", anonymity="anonymous",
        speaker_alt=["Syrian Observatory for Human Rights"])
d.quote("the talks were unlikely to produce a breakthrough", "diplomats", "diplomats", anonymity="unnamed official",
        sctx="but diplomats said")
d.quote("it could push many of the remaining fighters towards Idlib province, already the main stronghold of the insurgency",
        "diplomats in the region", "diplomats in the region", anonymity="unnamed official")
d.agg("Government forces and allied militias now control about 85 percent of the territory rebels held in eastern Aleppo before the offensive began on Nov. 15",
      85, "share of territory retaken", "percent", qualifier="about", period_start="2016-11-15", period_end=P,
      scope="eastern Aleppo", claimant="Syrian Observatory for Human Rights")
d.agg("at least 413 civilians had been killed in the east since then", 413, "civilians killed", "people", low=413,
      qualifier="at least", period_start="2016-11-15", period_end=P, scope="eastern Aleppo",
      claimant="Syrian Observatory for Human Rights")
d.agg("more than 50,000 people had fled to areas under government or Kurdish control", 50000, "people fled", "people",
      low=50000, qualifier="more than", period_start="2016-11-15", period_end=P, scope="eastern Aleppo",
      claimant="Syrian Observatory for Human Rights")
d.causal("the fast collapse of the northern districts last month was caused by a lack of ammunition and fighters",
         "a lack of ammunition and fighters", "the fast collapse of the northern districts last month",
         claimant="Yasser Abdelhamid")
d.causal("Food prices in the besieged districts have soared as a result of the siege",
         "the siege", "Food prices in the besieged districts have soared",
         claimant="residents")
d.causal("The loss of eastern Aleppo would be the biggest defeat for the rebels in more than five years of war, and diplomats in the region say it could push many of the remaining fighters towards Idlib province",
         "The loss of eastern Aleppo", "push many of the remaining fighters towards Idlib province", hedged=True,
         claimant="diplomats in the region")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 06 AFP-style wire, Manbij, August 2016
P = "2016-08-13"
d = Doc("authC-06", P, "US-backed fighters seize Manbij from jihadists after 10-week battle", '''
BEIRUT, Aug 13 (AFP) - A US-backed Kurdish-Arab alliance took full control of the northern Syrian city of Manbij on Friday after the last Islamic State group fighters pulled out, ending a ten-week battle for one of the jihadists' key strongholds near the Turkish border.

The Syria Democratic Forces (SDF) said its fighters were combing the city's western districts for mines and booby traps left behind by the retreating jihadists. "Manbij is liberated, and our forces are securing the last streets," SDF spokesman Sherwan Hasso told AFP.

The jihadists withdrew in a convoy of several hundred vehicles towards the IS-held town of Jarablus, 40 kilometres to the north, taking around 2,000 civilians with them as human shields, according to the Syrian Observatory for Human Rights. The SDF said the civilians were later released near the village of Sajour.

Residents celebrated in the streets, some of the men shaving their beards and women burning the black veils the jihadists had forced them to wear, images posted online showed.

The Observatory says more than 1,300 people have been killed in the battle since the SDF launched its offensive on May 31, including 437 civilians, many of them in coalition air strikes.

The alliance, which is dominated by the Kurdish People's Protection Units (YPG), has been able to advance mainly because of heavy air support from the US-led coalition, which carried out hundreds of strikes around the city. A coalition spokesman in Baghdad, Colonel Mark Dawson, said the capture of Manbij had cut the last major route the group used to bring foreign fighters in from Turkey.

Ankara has watched the offensive with alarm because it fears the YPG will use the victory to link up Kurdish-held areas along the border. Turkish President Recep Tayyip Erdogan's spokesman said on Friday that Kurdish fighters must withdraw east of the Euphrates river once the fighting was over, as Washington had promised.

Further east, a suicide car bomber struck a Kurdish security checkpoint at the entrance to the city of Hasakeh on Thursday, killing four members of the Asayish police, a Kurdish official said. IS claimed the attack through its Amaq news agency.

"The more Daesh loses on the ground, the more it sends car bombs at us," said the official, who asked not to be named because he was not authorised to speak to the media.

In neighbouring Turkey, meanwhile, a bomb attack on a police station in the southeastern province of Diyarbakir killed three people on Wednesday, officials there said.

The SDF, formed last year, says it has more than 30,000 fighters. It has said it will next turn its attention to Raqqa, the de facto capital of the IS "caliphate", although no date has been set.
''')
d.country = "Syria"
SDF = "SDF: Syrian Democratic Forces"
d.event(last(P, "Friday"), "Battles", "Non-state actor overtakes territory", SDF, "Aleppo", "Manbij", 36.53, 37.95, 1, 0,
        ["A US-backed Kurdish-Arab alliance took full control of the northern Syrian city of Manbij on Friday after the last Islamic State group fighters pulled out"],
        actor2=IS_SY, admin1_alt=["Halab"], location_alt=["Menbij", "Minbij"])
d.event(last(P, "Friday"), "Violence against civilians", "Abduction/forced disappearance", IS_SY, "Aleppo", "Manbij",
        36.53, 37.95, 2, 0,
        ["taking around 2,000 civilians with them as human shields"],
        actor2="Civilians (Syria)", admin1_alt=["Halab"], location_alt=["Menbij", "Jarablus", "Sajour"])
d.event(last(P, "Thursday"), "Explosions/Remote violence", "Suicide bomb", IS_SY, "Al Hasakeh", "Al Hasakeh", 36.50, 40.75, 2, 4,
        ["a suicide car bomber struck a Kurdish security checkpoint at the entrance to the city of Hasakeh on Thursday, killing four members of the Asayish police"],
        actor2="Asayish Kurdish Internal Security Forces", admin1_alt=["Hasakeh", "Al-Hasakah", "Hasaka"],
        location_alt=["Hasakeh", "Hasaka"])
SOHR = ["Syrian Observatory for Human Rights", "The Observatory"]
d.quote("its fighters were combing the city's western districts for mines and booby traps left behind by the retreating jihadists",
        "Syria Democratic Forces", "The Syria Democratic Forces (SDF)")
d.quote("\"Manbij is liberated, and our forces are securing the last streets,\"", "Sherwan Hasso", "SDF spokesman Sherwan Hasso",
        role="spokesman", affiliation="SDF")
d.quote("The jihadists withdrew in a convoy of several hundred vehicles towards the IS-held town of Jarablus, 40 kilometres to the north, taking around 2,000 civilians with them as human shields",
        "Syrian Observatory for Human Rights", "the Syrian Observatory for Human Rights", names=SOHR)
d.quote("the civilians were later released near the village of Sajour", "Syria Democratic Forces", "The SDF",
        sctx="The SDF said the civilians")
d.quote("more than 1,300 people have been killed in the battle since the SDF launched its offensive on May 31, including 437 civilians, many of them in coalition air strikes",
        "Syrian Observatory for Human Rights", "The Observatory", names=["the Syrian Observatory for Human Rights"])
d.quote("the capture of Manbij had cut the last major route the group used to bring foreign fighters in from Turkey",
        "Mark Dawson", "A coalition spokesman in Baghdad, Colonel Mark Dawson", role="spokesman",
        affiliation="US-led coalition")
d.quote("Kurdish fighters must withdraw east of the Euphrates river once the fighting was over, as Washington had promised",
        "Turkish President Recep Tayyip Erdogan's spokesman", "Turkish President Recep Tayyip Erdogan's spokesman",
        anonymity="unnamed official", role="presidential spokesman")
d.quote("a suicide car bomber struck a Kurdish security checkpoint at the entrance to the city of Hasakeh on Thursday, killing four members of the Asayish police",
        "a Kurdish official", "a Kurdish official", anonymity="unnamed official")
d.quote("\"The more Daesh loses on the ground, the more it sends car bombs at us,\"", "a Kurdish official", "the official",
        names=["a Kurdish official"], anonymity="unnamed official")
d.quote("a bomb attack on a police station in the southeastern province of Diyarbakir killed three people on Wednesday",
        "officials there", "officials there", anonymity="unnamed official")
d.quote("it has more than 30,000 fighters", "Syria Democratic Forces", "The SDF", sctx="The SDF, formed last year, says")
d.quote("it will next turn its attention to Raqqa, the de facto capital of the IS \"caliphate\"", "Syria Democratic Forces",
        "It", sctx="It has said it will next")
d.agg("more than 1,300 people have been killed in the battle since the SDF launched its offensive on May 31", 1300,
      "people killed", "people", low=1300, qualifier="more than", period_start="2016-05-31", period_end=last(P, "Friday"),
      scope="battle for Manbij", claimant="Syrian Observatory for Human Rights")
d.agg("including 437 civilians", 437, "civilians killed", "people", period_start="2016-05-31", period_end=last(P, "Friday"),
      scope="battle for Manbij", claimant="Syrian Observatory for Human Rights")
d.agg("it has more than 30,000 fighters", 30000, "SDF fighters", "fighters", low=30000, qualifier="more than",
      scope="SDF", claimant="Syria Democratic Forces")
d.causal("has been able to advance mainly because of heavy air support from the US-led coalition",
         "heavy air support from the US-led coalition", "has been able to advance", driver="external support")
d.causal("Ankara has watched the offensive with alarm because it fears the YPG will use the victory to link up Kurdish-held areas along the border",
         "it fears the YPG will use the victory to link up Kurdish-held areas along the border",
         "Ankara has watched the offensive with alarm")
d.causal("who asked not to be named because he was not authorised to speak to the media",
         "he was not authorised to speak to the media", "asked not to be named")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 07 AP-style wire, Turkish operation around al-Bab, December 2016
P = "2016-12-22"
d = Doc("authC-07", P, "Turkey loses 14 soldiers in its deadliest day in Syria", '''
ISTANBUL (AP) - Islamic State militants killed 14 Turkish soldiers in a wave of suicide car bombings and counterattacks around the Syrian town of al-Bab on Wednesday, the Turkish military said, the heaviest single-day loss for Turkey since it sent troops into northern Syria four months ago.

The militants struck Turkish and allied Syrian rebel positions on the western approaches to the town, near the hospital hill overlooking al-Bab, with at least three explosives-laden vehicles before launching a ground assault, the military said in a statement. Another 33 soldiers were wounded.

The statement said 138 militants were "neutralized" in the fighting and in airstrikes by Turkish warplanes, which hit 67 targets in and around al-Bab on Wednesday. The figures could not be independently confirmed.

The Britain-based Syrian Observatory for Human Rights, which tracks the war through a network of activists, said Turkish strikes on the town on Wednesday also killed at least 15 civilians, including children. It said at least 88 civilians had been killed in Turkish strikes on al-Bab and surrounding villages since the start of December.

Turkey's military denied that its jets had hit civilians, saying it took "every precaution" in selecting targets.

Deputy Prime Minister Nurettin Aydemir said the offensive would continue until al-Bab was taken. "Our soldiers are paying a heavy price, but we will not leave our border to terrorists," he told lawmakers in Ankara.

Turkey launched its Operation Euphrates Shield on Aug. 24 in order to drive Islamic State away from its border and to stop the advance of Syrian Kurdish forces, which Ankara considers an extension of the outlawed Kurdistan Workers' Party. Turkish-backed fighters seized the border town of Jarablus on the first day of the operation and the symbolic town of Dabiq in October.

Analysts said the militants had been able to hold out in al-Bab for weeks because of a dense network of tunnels and the town's position on higher ground. "Al-Bab is the last big town Daesh holds in the Aleppo countryside, so they are fighting for it with everything they have," said Murat Aksoy, a security analyst in Istanbul.

Separately, clashes erupted on Tuesday between Turkish-backed rebels and the U.S.-backed Syria Democratic Forces near the village of Arima, west of Manbij, killing three fighters on each side, the Observatory said.

The Turkish advance on al-Bab has also brought its forces close to Syrian government troops, who are pushing from the south after their victory in Aleppo, raising fears of a direct confrontation.

Ankara has blamed a string of bombings in Turkish cities this year on Islamic State and Kurdish militants. The government says more than 600 members of the security forces have been killed in fighting with Kurdish militants since a ceasefire collapsed in July 2015.
''')
d.country = "Syria"
TURK = "Military Forces of Turkey (2016-)"
d.event(last(P, "Wednesday"), "Battles", "Armed clash", IS_SY, "Aleppo", "Al Bab", 36.37, 37.51, 2, None,
        ["Islamic State militants killed 14 Turkish soldiers in a wave of suicide car bombings and counterattacks around the Syrian town of al-Bab on Wednesday",
         "The militants struck Turkish and allied Syrian rebel positions on the western approaches to the town, near the hospital hill overlooking al-Bab, with at least three explosives-laden vehicles before launching a ground assault",
         "Another 33 soldiers were wounded"],
        actor2=TURK, sub_alt=["Suicide bomb"], admin1_alt=["Halab"], location_alt=["al-Bab", "Al-Bab"], injured=33,
        note="14 soldiers, but the 138 militants are for the fighting and the air strikes together (not apportioned) -> null")
d.event(last(P, "Wednesday"), "Explosions/Remote violence", "Air/drone strike", TURK, "Aleppo", "Al Bab", 36.37, 37.52, 1, None,
        ["airstrikes by Turkish warplanes, which hit 67 targets in and around al-Bab on Wednesday",
         "Turkish strikes on the town on Wednesday also killed at least 15 civilians, including children"],
        actor2="Civilians (Syria)", admin1_alt=["Halab"], location_alt=["al-Bab", "Al-Bab"],
        note="15 civilians per the monitor (denied by Turkey), but the militants killed are given for the strikes and the fighting together -> null")
d.event(last(P, "Tuesday"), "Battles", "Armed clash", "Opposition Rebels (Syria)", "Aleppo", "Arima", 36.50, 37.77, 2, 6,
        ["clashes erupted on Tuesday between Turkish-backed rebels and the U.S.-backed Syria Democratic Forces near the village of Arima, west of Manbij, killing three fighters on each side"],
        actor2="SDF: Syrian Democratic Forces", admin1_alt=["Halab"], location_alt=["Arimah", "Al Arima"])
MIL = ["the Turkish military", "Turkey's military"]
d.quote("Islamic State militants killed 14 Turkish soldiers in a wave of suicide car bombings and counterattacks around the Syrian town of al-Bab on Wednesday",
        "Turkish military", "the Turkish military", names=MIL)
d.quote("The militants struck Turkish and allied Syrian rebel positions on the western approaches to the town, near the hospital hill overlooking al-Bab, with at least three explosives-laden vehicles before launching a ground assault",
        "Turkish military", "the military", names=MIL, medium="statement", sctx="the military said in a statement")
d.quote("138 militants were \"neutralized\" in the fighting and in airstrikes by Turkish warplanes, which hit 67 targets in and around al-Bab on Wednesday",
        "Turkish military", "The statement", names=MIL, medium="statement")
d.quote("Turkish strikes on the town on Wednesday also killed at least 15 civilians, including children",
        "Syrian Observatory for Human Rights", "The Britain-based Syrian Observatory for Human Rights", names=["the Observatory"])
d.quote("at least 88 civilians had been killed in Turkish strikes on al-Bab and surrounding villages since the start of December",
        "Syrian Observatory for Human Rights", "It", names=["The Britain-based Syrian Observatory for Human Rights", "the Observatory"],
        sctx="It said at least 88")
d.quote("that its jets had hit civilians", "Turkish military", "Turkey's military", names=MIL)
d.quote("it took \"every precaution\" in selecting targets", "Turkish military", "Turkey's military", names=MIL,
        sctx="Turkey's military denied")
d.quote("the offensive would continue until al-Bab was taken", "Nurettin Aydemir", "Deputy Prime Minister Nurettin Aydemir",
        role="deputy prime minister", affiliation="Government of Turkey")
d.quote("\"Our soldiers are paying a heavy price, but we will not leave our border to terrorists,\"", "Nurettin Aydemir", "he",
        names=["Deputy Prime Minister Nurettin Aydemir"], role="deputy prime minister", affiliation="Government of Turkey")
d.quote("the militants had been able to hold out in al-Bab for weeks because of a dense network of tunnels and the town's position on higher ground",
        "Analysts", "Analysts", anonymity="anonymous")
d.quote("\"Al-Bab is the last big town Daesh holds in the Aleppo countryside, so they are fighting for it with everything they have,\"",
        "Murat Aksoy", "Murat Aksoy", role="security analyst")
d.quote("clashes erupted on Tuesday between Turkish-backed rebels and the U.S.-backed Syria Democratic Forces near the village of Arima, west of Manbij, killing three fighters on each side",
        "Syrian Observatory for Human Rights", "the Observatory", names=["The Britain-based Syrian Observatory for Human Rights"],
        sctx="killing three fighters on each side, the Observatory said")
d.quote("more than 600 members of the security forces have been killed in fighting with Kurdish militants since a ceasefire collapsed in July 2015",
        "Government of Turkey", "The government")
d.agg("at least 88 civilians had been killed in Turkish strikes on al-Bab and surrounding villages since the start of December",
      88, "civilians killed", "people", low=88, qualifier="at least", period_start="2016-12-01", period_end=P,
      scope="al-Bab and surrounding villages", claimant="Syrian Observatory for Human Rights")
d.agg("more than 600 members of the security forces have been killed in fighting with Kurdish militants since a ceasefire collapsed in July 2015",
      600, "security forces killed", "people", low=600, qualifier="more than", period_start="2015-07-01", period_end=P,
      scope="Turkey", claimant="Government of Turkey")
d.causal("the militants had been able to hold out in al-Bab for weeks because of a dense network of tunnels and the town's position on higher ground",
         "a dense network of tunnels and the town's position on higher ground", "the militants had been able to hold out in al-Bab for weeks",
         driver="terrain/safe havens", claimant="Analysts")
d.causal("Al-Bab is the last big town Daesh holds in the Aleppo countryside, so they are fighting for it with everything they have",
         "Al-Bab is the last big town Daesh holds in the Aleppo countryside", "they are fighting for it with everything they have",
         claimant="Murat Aksoy")
d.causal("The Turkish advance on al-Bab has also brought its forces close to Syrian government troops, who are pushing from the south after their victory in Aleppo, raising fears of a direct confrontation",
         "The Turkish advance on al-Bab has also brought its forces close to Syrian government troops", "raising fears of a direct confrontation",
         driver="security posture/deployment")
d.causal("Turkey launched its Operation Euphrates Shield on Aug. 24 in order to drive Islamic State away from its border",
         "Turkey launched its Operation Euphrates Shield on Aug. 24", "drive Islamic State away from its border")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 08 Reuters-style wire, Sayyida Zeinab and Homs bombings, February 2016
P = "2016-02-22"
d = Doc("authC-08", P, "Death toll from Damascus and Homs bombings climbs as truce talks go on", '''
DAMASCUS/BEIRUT (Reuters) - The death toll from a string of bombings near the Sayyida Zeinab shrine south of Damascus rose to 83 on Monday, a monitoring group said, a day after Islamic State claimed the attacks along with twin car bombings in the city of Homs.

A car bomb exploded at a bus stop on a busy street close to the shrine on Sunday afternoon, and two suicide bombers blew themselves up as people gathered to help the wounded, state media said. The Interior Ministry put the toll at 62 dead and 178 wounded.

The Syrian Observatory for Human Rights, a British-based monitor, said its toll of 83 dead included at least 20 pro-government militiamen who guard the district, which is home to one of the holiest Shi'ite sites in Syria.

Earlier on Sunday, two car bombs went off minutes apart at a crossroads in the al-Zahraa district of Homs, a neighbourhood inhabited mostly by members of President Bashar al-Assad's Alawite sect. Homs governor Nizar Hamdan told state television that 46 people had been killed. The Observatory said 57 people had died.

Islamic State said in statements posted online that its fighters had targeted "the strongholds of the Nusayri regime", a derogatory term for Alawites.

"These criminal acts aim to undermine the political efforts and will not weaken the resolve of the Syrian people," the Foreign Ministry said in letters to the United Nations. It said the attacks were made possible by the support some states provide to "terrorist groups", a reference to Turkey and Gulf countries that back the rebels.

Security was tightened at checkpoints across the capital following the attacks, residents said. "Nobody feels safe going to the market now," said a shopkeeper in the Sayyida Zeinab district.

The bombings came as the United States and Russia tried to agree the terms of a "cessation of hostilities" that would exclude Islamic State and the Nusra Front. A Western diplomat said the talks were close to a deal but that the weekend's attacks showed how fragile any truce would be.

"If the truce is agreed and respected, humanitarian agencies will be able to reach hundreds of thousands of people in besieged areas," said Miriam Fischer, a spokeswoman for the U.N. humanitarian office in Geneva.

The Sayyida Zeinab district has been hit several times since the start of the war. A triple bombing there last month killed more than 70 people.

Sectarian attacks have been fuelled by the growing role of foreign Shi'ite militias fighting for Assad, including Lebanon's Hezbollah, which Sunni insurgents see as an occupying force, analysts say.

The war, which began with protests against Assad in March 2011, has killed more than 250,000 people, according to United Nations estimates, and driven some 4.6 million Syrians out of the country.
''')
d.country = "Syria"
d.event(last(P, "Sunday"), "Explosions/Remote violence", "Suicide bomb", IS_SY, "Rural Damascus", "Sayyida Zeinab",
        33.44, 36.34, 1, 62,
        ["A car bomb exploded at a bus stop on a busy street close to the shrine on Sunday afternoon, and two suicide bombers blew themselves up as people gathered to help the wounded",
         "The Interior Ministry put the toll at 62 dead and 178 wounded",
         "The death toll from a string of bombings near the Sayyida Zeinab shrine south of Damascus rose to 83 on Monday"],
        actor2="Civilians (Syria)", admin1_alt=["Damascus", "Rif Dimashq", "Damascus Countryside"],
        location_alt=["Sayyida Zaynab", "Sayeda Zeinab", "As Sayyidah Zaynab"], injured=178,
        note="Interior Ministry 62 vs monitor 83 -> 62")
d.event(last(P, "Sunday"), "Explosions/Remote violence", "Remote explosive/landmine/IED", IS_SY, "Homs", "Homs - Zahraa",
        34.72, 36.73, 1, 46,
        ["two car bombs went off minutes apart at a crossroads in the al-Zahraa district of Homs",
         "46 people had been killed", "The Observatory said 57 people had died"],
        actor2="Civilians (Syria)", location_alt=["Homs", "al-Zahraa", "Zahra"], note="governor 46 vs monitor 57 -> 46")
SOHR = ["The Syrian Observatory for Human Rights", "The Observatory"]
d.quote("The death toll from a string of bombings near the Sayyida Zeinab shrine south of Damascus rose to 83 on Monday",
        "Syrian Observatory for Human Rights", "a monitoring group", names=SOHR + ["a British-based monitor"])
d.quote("A car bomb exploded at a bus stop on a busy street close to the shrine on Sunday afternoon, and two suicide bombers blew themselves up as people gathered to help the wounded",
        "state media", "state media", anonymity="anonymous", medium="state media")
d.quote("the toll at 62 dead and 178 wounded", "Interior Ministry", "The Interior Ministry")
d.quote("its toll of 83 dead included at least 20 pro-government militiamen who guard the district, which is home to one of the holiest Shi'ite sites in Syria",
        "Syrian Observatory for Human Rights", "The Syrian Observatory for Human Rights",
        names=["The Observatory", "a monitoring group", "a British-based monitor"])
d.quote("46 people had been killed", "Nizar Hamdan", "Homs governor Nizar Hamdan", role="governor of Homs",
        medium="state television")
d.quote("57 people had died", "Syrian Observatory for Human Rights", "The Observatory",
        names=["The Syrian Observatory for Human Rights", "a monitoring group", "a British-based monitor"])
d.quote("its fighters had targeted \"the strongholds of the Nusayri regime\"", "Islamic State", "Islamic State",
        sctx="Islamic State said in statements", medium="statements posted online")
d.quote("\"These criminal acts aim to undermine the political efforts and will not weaken the resolve of the Syrian people,\"",
        "Syrian Foreign Ministry", "the Foreign Ministry", medium="letters to the United Nations")
d.quote("the attacks were made possible by the support some states provide to \"terrorist groups\"", "Syrian Foreign Ministry",
        "It", names=["the Foreign Ministry"], sctx="It said the attacks were made possible")
d.quote("Security was tightened at checkpoints across the capital following the attacks", "residents", "residents",
        anonymity="anonymous", sctx="following the attacks, residents said")
d.quote("\"Nobody feels safe going to the market now,\"", "a shopkeeper in the Sayyida Zeinab district",
        "a shopkeeper in the Sayyida Zeinab district", anonymity="anonymous")
d.quote("the talks were close to a deal but that the weekend's attacks showed how fragile any truce would be",
        "A Western diplomat", "A Western diplomat", anonymity="unnamed official")
d.quote("\"If the truce is agreed and respected, humanitarian agencies will be able to reach hundreds of thousands of people in besieged areas,\"",
        "Miriam Fischer", "Miriam Fischer", role="spokeswoman", affiliation="U.N. humanitarian office")
d.quote("Sectarian attacks have been fuelled by the growing role of foreign Shi'ite militias fighting for Assad, including Lebanon's Hezbollah, which Sunni insurgents see as an occupying force",
        "analysts", "analysts", anonymity="anonymous", sctx="analysts say.")
d.quote("has killed more than 250,000 people", "United Nations", "United Nations estimates",
        fragments=["The war", "has killed more than 250,000 people"],
        ctx="The war, which began with protests against Assad in March 2011, has killed more than 250,000 people")
d.agg("has killed more than 250,000 people", 250000, "people killed", "people", low=250000, qualifier="more than",
      period_start="2011-03-01", period_end=P, scope="Syria", claimant="United Nations")
d.agg("driven some 4.6 million Syrians out of the country", 4600000, "refugees", "people", qualifier="some",
      period_start="2011-03-01", period_end=P, scope="Syria", claimant="United Nations")
d.causal("These criminal acts aim to undermine the political efforts", "These criminal acts", "undermine the political efforts",
         polarity="-", claimant="Syrian Foreign Ministry")
d.causal("the attacks were made possible by the support some states provide to \"terrorist groups\"",
         "the support some states provide to \"terrorist groups\"", "the attacks", driver="external support",
         claimant="Syrian Foreign Ministry")
d.causal("Sectarian attacks have been fuelled by the growing role of foreign Shi'ite militias fighting for Assad",
         "the growing role of foreign Shi'ite militias fighting for Assad", "Sectarian attacks",
         driver="external support", claimant="analysts")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 09 Analysis piece (think-tank style), no event by the guide's rules
P = "2016-09-15"
d = Doc("authC-09", P, "Analysis: As its state shrinks, Islamic State goes back underground", '''
ANALYSIS

By our Middle East security correspondent

Two years after it declared a "caliphate" straddling Iraq and Syria, Islamic State is losing the territory that defined it. Iraqi forces drove the group out of Ramadi in December and Fallujah in June, and last month retook the town of Qayyara, the main staging ground for an expected assault on Mosul. In Syria, a Kurdish-led alliance took Manbij in August.

Iraqi government officials say the group now holds less than 10 percent of Iraqi territory, down from about 40 percent at its peak in 2014. Coalition officials estimate that between 15,000 and 20,000 fighters remain in both countries, roughly half the number they gave two years ago.

But few people who study the group believe that the end of its state will be the end of the organisation.

"What we are seeing is not a collapse, it is a transformation," said Lina Haddad, a senior fellow at a London-based research institute who has tracked the group since 2010. "They are going back to being what they were in 2009 and 2010: an underground network that can bomb cities without holding them."

Haddad pointed to Baghdad, where the group has carried out some of its deadliest attacks this year even as it lost ground elsewhere. According to a count kept by her institute, Islamic State claimed 96 bombings in the capital and its belt in the first eight months of 2016.

Money is part of the story. Coalition strikes on oil fields and on cash storage sites have cut the group's income sharply, and a U.S. military official who spoke on condition of anonymity said the losses had forced it to halve the salaries of many of its fighters. Lower pay has in turn led to desertions, the official said.

The terrain also matters. The deserts of western Anbar and the Jazira region between the Tigris and the Euphrates have long allowed small cells to hide and regroup, said Adnan Sabri, a retired Iraqi intelligence officer. "You cannot hold a desert with checkpoints," he said.

Analysts also warn that the grievances that helped the group rise have not gone away. Many Sunni Arabs displaced from their towns remain in camps, and some have been barred from returning by militias or local rivals. "If these people are left in the camps for years, the next generation of jihadists will come from there," Sabri said.

The political picture is not encouraging. Iraq's parliament remains deadlocked over reforms, and the dismissal of ministers has not led to a cleaner government, according to several lawmakers.

Not everyone is pessimistic. A senior coalition diplomat argued that the group's brand had been badly damaged by its defeats. "Recruits join a winner," he said, adding that the flow of foreign fighters into Syria had fallen to about 50 a month from 1,500 a month in 2014.

The real test will come in Mosul, where the group's leadership has had two years to prepare its defences.
''')
d.country = "Iraq"
d.quote("the group now holds less than 10 percent of Iraqi territory, down from about 40 percent at its peak in 2014",
        "Iraqi government officials", "Iraqi government officials", anonymity="unnamed official")
d.quote("that between 15,000 and 20,000 fighters remain in both countries, roughly half the number they gave two years ago",
        "Coalition officials", "Coalition officials", anonymity="unnamed official")
d.quote("\"What we are seeing is not a collapse, it is a transformation,\"", "Lina Haddad", "Lina Haddad",
        names=["Haddad"], role="senior fellow", affiliation="London-based research institute")
d.quote("\"They are going back to being what they were in 2009 and 2010: an underground network that can bomb cities without holding them.\"",
        "Lina Haddad", "Lina Haddad", names=["Haddad"], role="senior fellow", affiliation="London-based research institute")
d.quote("Islamic State claimed 96 bombings in the capital and its belt in the first eight months of 2016",
        "a London-based research institute", "a count kept by her institute", names=["a London-based research institute"],
        anonymity="anonymous", speaker_alt=["Lina Haddad"])
d.quote("the losses had forced it to halve the salaries of many of its fighters", "a U.S. military official",
        "a U.S. military official who spoke on condition of anonymity", anonymity="unnamed official")
d.quote("Lower pay has in turn led to desertions", "a U.S. military official", "the official",
        names=["a U.S. military official who spoke on condition of anonymity"], anonymity="unnamed official")
d.quote("The deserts of western Anbar and the Jazira region between the Tigris and the Euphrates have long allowed small cells to hide and regroup",
        "Adnan Sabri", "Adnan Sabri", names=["Sabri"], role="retired intelligence officer")
d.quote("\"You cannot hold a desert with checkpoints,\"", "Adnan Sabri", "he", names=["Adnan Sabri", "Sabri"],
        role="retired intelligence officer")
d.quote("that the grievances that helped the group rise have not gone away", "Analysts", "Analysts", anonymity="anonymous",
        sctx="Analysts also warn")
d.quote("\"If these people are left in the camps for years, the next generation of jihadists will come from there,\"",
        "Adnan Sabri", "Sabri", names=["Adnan Sabri"], role="retired intelligence officer")
d.quote("Iraq's parliament remains deadlocked over reforms, and the dismissal of ministers has not led to a cleaner government",
        "several lawmakers", "several lawmakers", anonymity="unnamed official")
d.quote("the group's brand had been badly damaged by its defeats", "A senior coalition diplomat", "A senior coalition diplomat",
        anonymity="unnamed official")
d.quote("\"Recruits join a winner,\"", "A senior coalition diplomat", "he", names=["A senior coalition diplomat"],
        anonymity="unnamed official")
d.quote("the flow of foreign fighters into Syria had fallen to about 50 a month from 1,500 a month in 2014",
        "A senior coalition diplomat", "he", names=["A senior coalition diplomat"], anonymity="unnamed official",
        sctx="he said, adding")
d.agg("the group now holds less than 10 percent of Iraqi territory", 10, "share of territory held by Islamic State",
      "percent", high=10, qualifier="less than", period_end=P, scope="Iraq", claimant="Iraqi government officials")
d.agg("between 15,000 and 20,000 fighters remain in both countries", None, "Islamic State fighters", "fighters",
      low=15000, high=20000, qualifier="between", period_end=P, scope="Iraq and Syria", claimant="Coalition officials")
d.agg("Islamic State claimed 96 bombings in the capital and its belt in the first eight months of 2016", 96,
      "bombings claimed", "attacks", period_start="2016-01-01", period_end="2016-08-31", scope="Baghdad and its belt",
      claimant="a London-based research institute")
d.agg("the flow of foreign fighters into Syria had fallen to about 50 a month", 50, "foreign fighters entering Syria",
      "fighters per month", qualifier="about", period_end=P, scope="Syria", claimant="A senior coalition diplomat")
d.causal("Coalition strikes on oil fields and on cash storage sites have cut the group's income sharply",
         "Coalition strikes on oil fields and on cash storage sites", "cut the group's income sharply", polarity="-")
d.causal("the losses had forced it to halve the salaries of many of its fighters", "the losses",
         "halve the salaries of many of its fighters", claimant="a U.S. military official")
d.causal("Lower pay has in turn led to desertions", "Lower pay", "desertions", driver="economic hardship/unemployment",
         claimant="a U.S. military official")
d.causal("The deserts of western Anbar and the Jazira region between the Tigris and the Euphrates have long allowed small cells to hide and regroup",
         "The deserts of western Anbar and the Jazira region between the Tigris and the Euphrates", "small cells to hide and regroup",
         driver="terrain/safe havens", claimant="Adnan Sabri")
d.causal("the grievances that helped the group rise have not gone away", "the grievances", "the group rise",
         driver="sectarian grievance", claimant="Analysts")
d.causal("the group's brand had been badly damaged by its defeats", "its defeats", "the group's brand had been badly damaged",
         polarity="-", claimant="A senior coalition diplomat")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 10 Iraqi local outlet, weekly security roundup, April 2016
P = "2016-04-30"
d = Doc("authC-10", P, "Weekly security roundup: bombs in Baghdad and Samarra, army advances west of Hit", '''
Iraq security roundup, April 24-30

Baghdad - Our correspondents' summary of the main security incidents of the week.

BAGHDAD: A roadside bomb exploded near a vegetable market in the southern Dora district on Sunday, killing three civilians and wounding nine, a police source said. No group claimed the attack. On Friday, gunmen wearing military uniforms abducted a construction contractor from his office in the eastern Zayouna area and drove off in two pickup trucks, his brother told us. Police said they had opened an investigation.

SALAH AL-DIN: A suicide bomber driving a fuel tanker blew himself up at a checkpoint at the southern entrance of Samarra, 110 km north of Baghdad, late on Friday, killing four policemen, the city's police chief, Brigadier Khalid al-Samarrai, said. A member of the provincial council put the toll at six. Islamic State claimed the bombing through its Amaq agency.

ANBAR: Army units and tribal fighters retook the town of Kubaysa, 15 km west of Hit, on Wednesday, the Anbar Operations Command said, in the latest advance since government forces recaptured Hit itself earlier this month. The command said 11 militants were killed in the assault. The advance was slowed by heavy rain, which turned desert tracks to mud, an officer said.

NINEWA: Islamic State fighters fired mortar rounds at Peshmerga positions near the town of Makhmour, southwest of Erbil, on Tuesday, a Peshmerga commander said, adding that no casualties were reported. Kurdish and Iraqi army units have been gathering in the Makhmour area in recent weeks so as to prepare for an eventual push towards Mosul.

BASRA: Hundreds of people protested outside the provincial government building on Thursday to demand jobs and an end to power cuts. "We have no electricity for 12 hours a day and no work for our sons," said Jassim Abdul-Hussein, a retired teacher who joined the protest. The demonstration ended peacefully. Protests in the southern province have grown because of chronic power shortages and unemployment as oil revenues have fallen, local officials say.

COALITION: The U.S.-led coalition said it had carried out 61 strikes in Iraq between April 23 and April 29, most of them near Mosul, Hit and Kirkuk.

DISPLACEMENT: The International Organization for Migration said more than 3.4 million Iraqis had been displaced since January 2014, including some 20,000 from the Hit area since March.

ANALYSIS: Security officials in Baghdad say the bombings in the capital have become less frequent since new checkpoints were set up around the city in February. Others point to political turmoil: thousands of supporters of cleric Moqtada al-Sadr have held sit-ins near the Green Zone this month amid a dispute over a cabinet of technocrats, and an official said security forces had been stretched by the protests.
''')
d.country = "Iraq"
d.event(last(P, "Sunday"), "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)",
        "Baghdad", "Baghdad - Dora", 33.25, 44.39, 1, 3,
        ["A roadside bomb exploded near a vegetable market in the southern Dora district on Sunday, killing three civilians and wounding nine"],
        actor2="Civilians (Iraq)", actor1_alt=[IS_IQ], injured=9, location_alt=["Dora", "Doura", "Baghdad"])
d.event(last(P, "Friday"), "Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Iraq)",
        "Baghdad", "Baghdad - Zayouna", 33.33, 44.45, 1, 0,
        ["gunmen wearing military uniforms abducted a construction contractor from his office in the eastern Zayouna area"],
        actor2="Civilians (Iraq)", location_alt=["Zayouna", "Baghdad"])
d.event(last(P, "Friday"), "Explosions/Remote violence", "Suicide bomb", IS_IQ, "Salah al-Din", "Samarra", 34.18, 43.87, 2, 4,
        ["A suicide bomber driving a fuel tanker blew himself up at a checkpoint at the southern entrance of Samarra, 110 km north of Baghdad, late on Friday, killing four policemen",
         "A member of the provincial council put the toll at six"],
        actor2="Police Forces of Iraq (2014-2018)", admin1_alt=["Salahuddin", "Salah ad Din", "Saladin"],
        note="police chief 4 vs council member 6 -> 4")
d.event(last(P, "Wednesday"), "Battles", "Government regains territory", IRAQ_ARMY, "Al Anbar", "Kubaysa", 33.58, 42.60, 1, 11,
        ["Army units and tribal fighters retook the town of Kubaysa, 15 km west of Hit, on Wednesday",
         "The command said 11 militants were killed in the assault"],
        actor2=IS_IQ, admin1_alt=["Anbar"], location_alt=["Kubaisa", "Kubaisah", "Kubaysah"])
d.event(last(P, "Tuesday"), "Explosions/Remote violence", "Shelling/artillery/missile attack", IS_IQ, "Ninewa", "Makhmour",
        35.78, 43.58, 2, 0,
        ["Islamic State fighters fired mortar rounds at Peshmerga positions near the town of Makhmour, southwest of Erbil, on Tuesday",
         "no casualties were reported"],
        actor2="Military Forces of Iraq (2014-2018) Kurdish Regional Government Peshmerga",
        admin1_alt=["Erbil", "Arbil", "Nineveh", "Ninawa"], location_alt=["Makhmur", "Makhmour"])
d.event(last(P, "Thursday"), "Protests", "Peaceful protest", "Protesters (Iraq)", "Basrah", "Basra", 30.51, 47.81, 1, 0,
        ["Hundreds of people protested outside the provincial government building on Thursday to demand jobs and an end to power cuts",
         "The demonstration ended peacefully"],
        admin1_alt=["Basra", "Al Basrah"], location_alt=["Basrah"])
d.quote("A roadside bomb exploded near a vegetable market in the southern Dora district on Sunday, killing three civilians and wounding nine",
        "a police source", "a police source", anonymity="unnamed official")
d.quote("gunmen wearing military uniforms abducted a construction contractor from his office in the eastern Zayouna area and drove off in two pickup trucks",
        "his brother", "his brother", anonymity="anonymous")
d.quote("they had opened an investigation", "Police", "Police", anonymity="unnamed official", sctx="Police said they had opened")
d.quote("A suicide bomber driving a fuel tanker blew himself up at a checkpoint at the southern entrance of Samarra, 110 km north of Baghdad, late on Friday, killing four policemen",
        "Khalid al-Samarrai", "the city's police chief, Brigadier Khalid al-Samarrai", role="police chief")
d.quote("the toll at six", "A member of the provincial council", "A member of the provincial council", anonymity="unnamed official")
d.quote("Army units and tribal fighters retook the town of Kubaysa, 15 km west of Hit, on Wednesday", "Anbar Operations Command",
        "the Anbar Operations Command", names=["The command"])
d.quote("11 militants were killed in the assault", "Anbar Operations Command", "The command",
        names=["the Anbar Operations Command"])
d.quote("The advance was slowed by heavy rain, which turned desert tracks to mud", "an officer", "an officer",
        anonymity="unnamed official", sctx="to mud, an officer said")
d.quote("Islamic State fighters fired mortar rounds at Peshmerga positions near the town of Makhmour, southwest of Erbil, on Tuesday",
        "a Peshmerga commander", "a Peshmerga commander", anonymity="unnamed official")
d.quote("no casualties were reported", "a Peshmerga commander", "a Peshmerga commander", anonymity="unnamed official",
        direct=False)
d.quote("\"We have no electricity for 12 hours a day and no work for our sons,\"", "Jassim Abdul-Hussein", "Jassim Abdul-Hussein",
        role="retired teacher")
d.quote("Protests in the southern province have grown because of chronic power shortages and unemployment as oil revenues have fallen",
        "local officials", "local officials", anonymity="unnamed official", sctx="local officials say")
d.quote("it had carried out 61 strikes in Iraq between April 23 and April 29, most of them near Mosul, Hit and Kirkuk",
        "U.S.-led coalition", "The U.S.-led coalition")
d.quote("more than 3.4 million Iraqis had been displaced since January 2014, including some 20,000 from the Hit area since March",
        "International Organization for Migration", "The International Organization for Migration")
d.quote("the bombings in the capital have become less frequent since new checkpoints were set up around the city in February",
        "Security officials in Baghdad", "Security officials in Baghdad", anonymity="unnamed official")
d.quote("security forces had been stretched by the protests", "an official", "an official", anonymity="unnamed official",
        sctx="and an official said")
d.agg("it had carried out 61 strikes in Iraq between April 23 and April 29", 61, "coalition air strikes", "strikes",
      period_start="2016-04-23", period_end="2016-04-29", scope="Iraq", claimant="U.S.-led coalition")
d.agg("more than 3.4 million Iraqis had been displaced since January 2014", 3400000, "people displaced", "people",
      low=3400000, qualifier="more than", period_start="2014-01-01", period_end=P, scope="Iraq",
      claimant="International Organization for Migration")
d.agg("including some 20,000 from the Hit area since March", 20000, "people displaced", "people", qualifier="some",
      period_start="2016-03-01", period_end=P, scope="Hit area", claimant="International Organization for Migration")
d.causal("The advance was slowed by heavy rain, which turned desert tracks to mud", "heavy rain", "The advance was slowed",
         polarity="-", claimant="an officer")
d.causal("Protests in the southern province have grown because of chronic power shortages and unemployment",
         "chronic power shortages and unemployment", "Protests in the southern province have grown",
         driver="economic hardship/unemployment", claimant="local officials")
d.causal("Kurdish and Iraqi army units have been gathering in the Makhmour area in recent weeks so as to prepare for an eventual push towards Mosul",
         "Kurdish and Iraqi army units have been gathering in the Makhmour area in recent weeks",
         "prepare for an eventual push towards Mosul", driver="security posture/deployment")
d.causal("security forces had been stretched by the protests", "the protests", "security forces had been stretched",
         claimant="an official")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 11 Iraqi local/politics story with one incident, September 2016
P = "2016-09-22"
d = Doc("authC-11", P, "Parliament ousts trade minister as Mosul offensive looms", '''
BAGHDAD, Sept 22 - Iraq's parliament voted on Wednesday to withdraw confidence from Trade Minister Salim Abdulrazzaq, the second member of Prime Minister Haider al-Abadi's cabinet to be removed by lawmakers in less than a month, deepening a political crisis weeks before an expected offensive on Mosul.

Of the 249 lawmakers present, 158 voted to dismiss the minister, parliament's media office said. The vote was prompted by allegations that officials in his ministry had inflated the price of rice and flour bought for the state food ration programme, on which millions of poor Iraqis depend.

Abdulrazzaq, who did not attend the session, denied any wrongdoing. In a statement he said the vote was "a settling of political scores" and that he would challenge it before the Federal Court.

Lawmaker Majida Hassan, who led the questioning of the minister last month, said the evidence against the ministry was overwhelming. "Families in Basra and Dhi Qar have received half their rations for a year because of this corruption," she told reporters in parliament.

Abadi's office said the prime minister respected the decision of parliament and would propose a replacement soon. The premier is already running the defence ministry himself following the dismissal of the previous minister in August.

Some politicians fear the infighting will distract the government from the war against Islamic State. "Every week we spend fighting each other in parliament is a gift to Daesh," said a senior member of the ruling National Alliance, who asked not to be identified. Analysts said the vacancies at the top of two ministries could undermine coordination between the army and the Popular Mobilisation forces ahead of the Mosul battle.

The security threat was underlined on Wednesday when a roadside bomb struck an army patrol in the Tarmiyah district, about 45 km north of Baghdad, killing two soldiers and wounding three, an army officer said. The area, a mainly Sunni farming region along the Tigris, has seen regular attacks by Islamic State sleeper cells, which use the dense orchards and palm groves to hide from security forces.

Violence has declined in the capital in recent months, but the United Nations mission in Iraq said at least 691 Iraqis, including civilians and security forces, were killed in acts of terrorism and armed conflict in August.

Abadi has said he wants Mosul, Iraq's second city, recaptured by the end of the year. U.S. officials have said Iraqi forces will need several more weeks to prepare.
''')
d.country = "Iraq"
d.event(last(P, "Wednesday"), "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)",
        "Baghdad", "Tarmiyah", 33.67, 44.40, 2, 2,
        ["a roadside bomb struck an army patrol in the Tarmiyah district, about 45 km north of Baghdad, killing two soldiers and wounding three"],
        actor1_alt=[IS_IQ], actor2=IRAQ_ARMY, injured=3, location_alt=["Tarmiya", "Al Tarmiyah"],
        note="the only incident; the dismissal vote is non-violent politics")
d.quote("Of the 249 lawmakers present, 158 voted to dismiss the minister", "parliament's media office", "parliament's media office")
d.quote("any wrongdoing", "Salim Abdulrazzaq", "Abdulrazzaq", names=["Trade Minister Salim Abdulrazzaq"], role="trade minister",
        ctx="denied any wrongdoing")
d.quote("the vote was \"a settling of political scores\" and that he would challenge it before the Federal Court", "Salim Abdulrazzaq",
        "he", names=["Trade Minister Salim Abdulrazzaq", "Abdulrazzaq"], role="trade minister", medium="statement",
        sctx="In a statement he said", direct=False)
d.quote("the evidence against the ministry was overwhelming", "Majida Hassan", "Lawmaker Majida Hassan", role="lawmaker")
d.quote("\"Families in Basra and Dhi Qar have received half their rations for a year because of this corruption,\"",
        "Majida Hassan", "she", names=["Lawmaker Majida Hassan"], role="lawmaker")
d.quote("the prime minister respected the decision of parliament and would propose a replacement soon", "Abadi's office",
        "Abadi's office", speaker_alt=["Haider al-Abadi"])
d.quote("\"Every week we spend fighting each other in parliament is a gift to Daesh,\"",
        "a senior member of the ruling National Alliance", "a senior member of the ruling National Alliance, who asked not to be identified",
        anonymity="unnamed official", affiliation="National Alliance")
d.quote("the vacancies at the top of two ministries could undermine coordination between the army and the Popular Mobilisation forces ahead of the Mosul battle",
        "Analysts", "Analysts", anonymity="anonymous", sctx="Analysts said the vacancies")
d.quote("a roadside bomb struck an army patrol in the Tarmiyah district, about 45 km north of Baghdad, killing two soldiers and wounding three",
        "an army officer", "an army officer", anonymity="unnamed official")
d.quote("at least 691 Iraqis, including civilians and security forces, were killed in acts of terrorism and armed conflict in August",
        "United Nations mission in Iraq", "the United Nations mission in Iraq")
d.quote("Iraqi forces will need several more weeks to prepare", "U.S. officials", "U.S. officials", anonymity="unnamed official")
d.quote("he wants Mosul, Iraq's second city, recaptured by the end of the year", "Haider al-Abadi", "Abadi",
        names=["Haider al-Abadi"], role="prime minister", sctx="Abadi has said he wants")
d.agg("at least 691 Iraqis, including civilians and security forces, were killed in acts of terrorism and armed conflict in August",
      691, "people killed", "people", low=691, qualifier="at least", period_start="2016-08-01", period_end="2016-08-31",
      scope="Iraq", claimant="United Nations mission in Iraq")
d.causal("The vote was prompted by allegations that officials in his ministry had inflated the price of rice and flour bought for the state food ration programme",
         "allegations that officials in his ministry had inflated the price of rice and flour bought for the state food ration programme",
         "The vote", driver="governance/corruption")
d.causal("Families in Basra and Dhi Qar have received half their rations for a year because of this corruption",
         "this corruption", "Families in Basra and Dhi Qar have received half their rations for a year",
         driver="governance/corruption", claimant="Majida Hassan")
d.causal("the vacancies at the top of two ministries could undermine coordination between the army and the Popular Mobilisation forces",
         "the vacancies at the top of two ministries", "coordination between the army and the Popular Mobilisation forces",
         polarity="-", hedged=True, driver="leadership/command change", claimant="Analysts")
d.causal("Iraq's parliament voted on Wednesday to withdraw confidence from Trade Minister Salim Abdulrazzaq, the second member of Prime Minister Haider al-Abadi's cabinet to be removed by lawmakers in less than a month, deepening a political crisis weeks before an expected offensive on Mosul",
         "Iraq's parliament voted on Wednesday to withdraw confidence from Trade Minister Salim Abdulrazzaq",
         "deepening a political crisis")
DOCS.append(d)



# ---------------------------------------------------------------------------------------------------
# 12 Kurdish/Syrian outlet feature on Raqqa: plans, threats and background only (no event)
P = "2016-10-28"
d = Doc("authC-12", P, "Raqqa waits: plans for an offensive, and a city that cannot leave", '''
QAMISHLI - Commanders of the Syria Democratic Forces (SDF) say they are ready to move on Raqqa, the Syrian city that Islamic State has ruled as its capital since early 2014. Inside the city, residents describe a population waiting for a battle it cannot escape.

"Our forces are ready, and the operation to isolate Raqqa will begin within weeks," Hevin Darwish, a commander of the Women's Protection Units who sits on the SDF military council, told our correspondent in Qamishli. She declined to give a date, saying only that the first phase would aim to cut the city off from the north and west.

The SDF says it has taken more than 120 villages north of Raqqa since it began advancing from the Turkish border in the spring. Coalition officials estimate that 3,000 to 4,000 Islamic State fighters are in the city, including a large share of the group's foreign recruits.

Activists from the Raqqa is Being Slaughtered Silently group, which smuggles news out of the city, estimate that about 300,000 civilians remain there. The group said the militants have threatened to execute anyone caught trying to leave or carrying a mobile phone, and that fear of such punishments has kept most families from attempting to flee.

A former teacher who left Raqqa for Turkey in the summer said prices had tripled because the coalition bombed the bridges over the Euphrates in the spring, cutting the main supply roads from the south. "A cylinder of cooking gas is now a luxury," he said by telephone from Urfa, asking that his name not be used for fear of reprisals against relatives still inside.

The timing of the offensive is also a political question. Turkey opposes any role for the Kurdish YPG militia, the backbone of the SDF, in the capture of the mainly Arab city. A spokesman for the Turkish Foreign Ministry said Ankara had offered to take part in the battle with Syrian rebel groups it backs, on condition that Kurdish fighters were kept out.

A U.S. State Department official said Washington wanted Arab fighters to lead any assault on the city itself, so as to reassure its residents. The official said there had been no decision on supplying heavy weapons to the YPG.

Local Arab tribal leaders are divided. Sheikh Fawaz al-Hamoud, who heads a tribal council in the countryside east of Tel Abyad, said his men would join the SDF because they wanted to return to their homes. Others fear that Kurdish control would lead to the displacement of Arab farmers, as happened in some villages near Tel Abyad last year, according to rights groups.

The U.N. refugee agency said this month that it was preparing for up to 100,000 people to flee if fighting reaches the city. The agency said camps in Hasakeh province were already close to full.

For now, Raqqa is quiet, residents say, apart from the drone strikes that have become part of daily life.
''')
d.country = "Syria"
HD = ["Hevin Darwish"]
d.quote("\"Our forces are ready, and the operation to isolate Raqqa will begin within weeks,\"", "Hevin Darwish", "Hevin Darwish",
        role="commander", affiliation="Women's Protection Units, SDF military council")
d.quote("the first phase would aim to cut the city off from the north and west", "Hevin Darwish", "She", names=HD,
        role="commander", affiliation="Women's Protection Units, SDF military council")
d.quote("it has taken more than 120 villages north of Raqqa since it began advancing from the Turkish border in the spring",
        "Syria Democratic Forces", "The SDF", sctx="The SDF says it has taken")
d.quote("that 3,000 to 4,000 Islamic State fighters are in the city, including a large share of the group's foreign recruits",
        "Coalition officials", "Coalition officials", anonymity="unnamed official")
d.quote("that about 300,000 civilians remain there", "Raqqa is Being Slaughtered Silently",
        "Activists from the Raqqa is Being Slaughtered Silently group", names=["The group"])
d.quote("the militants have threatened to execute anyone caught trying to leave or carrying a mobile phone, and that fear of such punishments has kept most families from attempting to flee",
        "Raqqa is Being Slaughtered Silently", "The group", names=["Activists from the Raqqa is Being Slaughtered Silently group"])
d.quote("prices had tripled because the coalition bombed the bridges over the Euphrates in the spring, cutting the main supply roads from the south",
        "A former teacher who left Raqqa for Turkey in the summer", "A former teacher who left Raqqa for Turkey in the summer",
        anonymity="anonymous")
d.quote("\"A cylinder of cooking gas is now a luxury,\"", "A former teacher who left Raqqa for Turkey in the summer", "he",
        names=["A former teacher who left Raqqa for Turkey in the summer"], anonymity="anonymous", medium="telephone")
d.quote("Ankara had offered to take part in the battle with Syrian rebel groups it backs, on condition that Kurdish fighters were kept out",
        "A spokesman for the Turkish Foreign Ministry", "A spokesman for the Turkish Foreign Ministry", anonymity="unnamed official")
d.quote("Washington wanted Arab fighters to lead any assault on the city itself, so as to reassure its residents",
        "A U.S. State Department official", "A U.S. State Department official", anonymity="unnamed official")
d.quote("there had been no decision on supplying heavy weapons to the YPG", "A U.S. State Department official", "The official",
        names=["A U.S. State Department official"], anonymity="unnamed official")
d.quote("his men would join the SDF because they wanted to return to their homes", "Fawaz al-Hamoud", "Sheikh Fawaz al-Hamoud",
        role="head of a tribal council")
d.quote("as happened in some villages near Tel Abyad last year", "rights groups", "rights groups", anonymity="anonymous",
        sctx="according to rights groups")
d.quote("it was preparing for up to 100,000 people to flee if fighting reaches the city", "U.N. refugee agency",
        "The U.N. refugee agency", names=["The agency"])
d.quote("camps in Hasakeh province were already close to full", "U.N. refugee agency", "The agency",
        names=["The U.N. refugee agency"])
d.quote(None, "residents", "residents", anonymity="anonymous", sctx="residents say",
        fragments=["For now, Raqqa is quiet", "apart from the drone strikes that have become part of daily life"])
d.agg("it has taken more than 120 villages north of Raqqa since it began advancing from the Turkish border in the spring",
      120, "villages taken", "villages", low=120, qualifier="more than", period_start=None, period_end=P,
      scope="north of Raqqa", claimant="Syria Democratic Forces")
d.agg("3,000 to 4,000 Islamic State fighters are in the city", None, "Islamic State fighters", "fighters", low=3000,
      high=4000, scope="Raqqa", claimant="Coalition officials")
d.agg("about 300,000 civilians remain there", 300000, "civilians remaining", "people", qualifier="about", period_end=P,
      scope="Raqqa", claimant="Raqqa is Being Slaughtered Silently")
d.causal("fear of such punishments has kept most families from attempting to flee", "fear of such punishments",
         "most families from attempting to flee", polarity="-", claimant="Raqqa is Being Slaughtered Silently")
d.causal("prices had tripled because the coalition bombed the bridges over the Euphrates in the spring",
         "the coalition bombed the bridges over the Euphrates in the spring", "prices had tripled",
         claimant="A former teacher who left Raqqa for Turkey in the summer")
d.causal("asking that his name not be used for fear of reprisals against relatives still inside",
         "fear of reprisals against relatives still inside", "asking that his name not be used")
d.causal("Washington wanted Arab fighters to lead any assault on the city itself, so as to reassure its residents",
         "Arab fighters to lead any assault on the city itself", "reassure its residents",
         claimant="A U.S. State Department official")
d.causal("his men would join the SDF because they wanted to return to their homes", "they wanted to return to their homes",
         "his men would join the SDF", driver="displacement/camps/reintegration", claimant="Fawaz al-Hamoud")
d.causal("Others fear that Kurdish control would lead to the displacement of Arab farmers", "Kurdish control",
         "the displacement of Arab farmers", hedged=True, claimant="Others")
DOCS.append(d)


def main():
    docs, golds = [], []
    for d in DOCS:
        assert 350 <= d.words() <= 900, (d.id, d.words())
        a, b = d.records()
        docs.append(a)
        golds.append(b)
    for name, rows in (("authC.docs.jsonl", docs), ("authC.gold.jsonl", golds)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = lambda k, kind=None: sum(len([x for x in g[k] if kind is None or x.get("kind") == kind]) for g in golds)
    print(f"{len(docs)} docs, {n('events')} events, {n('quotes')} quotes, {n('claims', 'aggregate')} aggregate, "
          f"{n('claims', 'causal')} causal; words {[d.words() for d in DOCS]}")


if __name__ == "__main__":
    main()
