#!/usr/bin/env python3
"""Build the authA authored full-report set: fictional news reports on political violence written by us
(own writing, from general knowledge; no dev text copied) with gold by /work/shared/data/reports/GUIDE.md.

Every offset is computed here from unique substrings and asserted (text[start:end] == span text).
Writes authA.docs.jsonl and authA.gold.jsonl next to this script; with --selfpred P also writes the gold
rewritten as a pred file (to check that the gold scores 1.0 against itself with score_reports.py).
"""
import argparse
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_record import event_record  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVERS = {"security posture/deployment", "leadership/command change", "pandemic/lockdown",
           "economic hardship/unemployment", "displacement/camps/reintegration", "terrain/safe havens",
           "governance/corruption", "sectarian grievance", "external support", None}
TYPES = {
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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DOCS = []


class Doc:
    def __init__(self, did, title, published, country, paras, url=None):
        self.id, self.title, self.published, self.country, self.url = did, title, published, country, url
        self.text = "\n\n".join(p.strip() for p in paras)
        self.pub = datetime.date.fromisoformat(published)
        self.events, self.quotes, self.claims = [], [], []
        n = len(self.text.split())
        assert 350 <= n <= 900, (did, n)
        DOCS.append(self)

    # ---- offsets
    def loc(self, s, within=None):
        t = self.text
        if within is None:
            assert t.count(s) == 1, (self.id, s, t.count(s))
            st = t.index(s)
        else:
            assert t.count(within) == 1, (self.id, within, t.count(within))
            assert s in within, (self.id, s, within)
            st = t.index(within) + within.index(s)
        assert t[st:st + len(s)] == s
        return st, st + len(s)

    def span(self, s, within=None):
        st, en = self.loc(s, within)
        return {"start": st, "end": en, "text": s}

    def all_occ(self, s):
        out = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", self.text)]
        assert out, (self.id, s)
        return out

    # ---- dates
    def day(self, spec):
        """'Tuesday' = the last Tuesday on or before publication; 'pub'; 'yesterday'; -N days."""
        if spec == "pub":
            return self.published
        if spec == "yesterday":
            return (self.pub - datetime.timedelta(days=1)).isoformat()
        if isinstance(spec, int):
            return (self.pub - datetime.timedelta(days=-spec)).isoformat()
        if spec in WEEKDAYS:
            back = (self.pub.weekday() - WEEKDAYS.index(spec)) % 7
            return (self.pub - datetime.timedelta(days=back)).isoformat()
        d = datetime.date.fromisoformat(spec)
        assert 0 <= (self.pub - d).days <= 7, (self.id, spec)
        return spec

    # ---- records
    def ev(self, date, etype, sub, actor1, actor2, admin1, location, lat, lon, prec, fat, evidence,
           admin1_alt=None, sub_alt=None, actor1_alt=None, admin2=None, injured=None, location_alt=None,
           note=None, fatalities_note=None, country=None):
        assert sub in TYPES[etype], (self.id, etype, sub)
        for s in sub_alt or []:
            assert any(s in v for v in TYPES.values())
        e = event_record(
            date=self.day(date), etype=etype, sub=sub, sub_alt=list(sub_alt or []), actor1=actor1,
            actor1_alt=list(actor1_alt or []), actor2=actor2, country=country or self.country, admin1=admin1,
            admin1_alt=list(admin1_alt or []), admin2=admin2, location=location,
            location_alt=list(location_alt or []), lat=lat, lon=lon, prec=prec, fatalities=fat, injured=injured,
            fatalities_note=fatalities_note, note=note,
            evidence=[self.span(*x) if isinstance(x, tuple) else self.span(x) for x in evidence])
        self.events.append(e)
        return e

    def q(self, content, speaker, stext, direct, anonymity, within=None, swithin=None, mentions=(),
          role=None, affiliation=None, medium=None, frags=None, alt=None):
        assert anonymity in ("named", "unnamed official", "anonymous", "pseudonym")
        st, en = self.loc(content, within)
        ss, se = self.loc(stext, swithin)
        ment = [[ss, se]]
        for m in mentions:
            occ = [self.loc(*m)] if isinstance(m, tuple) else self.all_occ(m)
            for o in occ:
                if list(o) not in ment:
                    ment.append(list(o))
        r = {"start": st, "end": en, "text": content}
        if frags:
            fr = [list(self.loc(*f) if isinstance(f, tuple) else self.loc(f)) for f in frags]
            r["fragments"] = fr
            r["start"], r["end"] = fr[0][0], fr[-1][1]
            r["text"] = self.text[r["start"]:r["end"]]
        r.update({"direct": direct, "speaker": speaker, "speaker_start": ss, "speaker_end": se,
                  "speaker_text": stext, "speaker_mentions": sorted(ment)})
        if alt:
            r["speaker_alt"] = list(alt)
        r.update({"role": role, "affiliation": affiliation, "anonymity": anonymity, "medium": medium})
        self.quotes.append(r)
        return r

    def agg(self, s, counted, unit, quantity=None, low=None, high=None, qualifier=None, within=None,
            period_start=None, period_end=None, scope=None, claimant=None):
        assert quantity is not None or (low is not None and high is not None)
        st, en = self.loc(s, within)
        self.claims.append({"kind": "aggregate", "start": st, "end": en, "text": s, "claimant": claimant,
                            "quantity": quantity, "low": low, "high": high, "counted": counted, "unit": unit,
                            "qualifier": qualifier, "period_start": period_start, "period_end": period_end,
                            "scope": scope})

    def cz(self, s, cause, effect, driver=None, polarity="+", hedged=False, claimant=None, within=None):
        assert driver in DRIVERS, driver
        st, en = self.loc(s, within)
        c, e = self._inside(cause, st, en), self._inside(effect, st, en)
        self.claims.append({"kind": "causal", "start": st, "end": en, "text": s, "claimant": claimant,
                            "hedged": hedged, "cause": c, "effect": e, "driver": driver, "polarity": polarity})

    def _inside(self, s, st, en):
        seg = self.text[st:en]
        assert seg.count(s) == 1, (self.id, s, seg)
        a = st + seg.index(s)
        return {"start": a, "end": a + len(s), "text": s}

    def gold(self):
        return {"id": self.id, "events": self.events, "quotes": self.quotes, "claims": self.claims}

    def doc(self):
        d = {"id": self.id, "text": self.text, "published": self.published, "title": self.title}
        if self.url:
            d["url"] = self.url
        return d


# =====================================================================================================
# authA-01  Iraq, wire story
# =====================================================================================================
d = Doc("authA-01", "Suicide bomber kills 19 at Baghdad market as Iraqi forces close in on Falluja",
        "2016-05-18", "Iraq", [
    """BAGHDAD (Reuters) - A suicide bomber blew himself up among shoppers at a vegetable market in the mainly Shi'ite district of Shula in north-west Baghdad on Tuesday, killing at least 14 people, police and hospital sources said, the latest in a string of attacks on the capital as Iraqi forces prepare to storm Islamic State's stronghold of Falluja.""",
    """The toll rose to 19 by late evening, a medical official at the nearby Kadhimiya hospital told Reuters, and more than 40 people were wounded. Islamic State claimed responsibility in a statement circulated online by its supporters, saying its fighter had targeted "a gathering of apostates".""",
    """"We heard a huge bang and then people were running everywhere, carrying the wounded in carts," said a vegetable seller who gave his name only as Abu Hussein. "There was no checkpoint at the entrance. Anyone can walk in.\"""",
    """The blast prompted the interior ministry to shut roads leading into Shula for several hours. Brigadier General Yahya al-Zubaidi, spokesman for the Baghdad Operations Command, said the bomber had approached on foot wearing an explosive vest hidden under a long robe. "The terrorists are losing on the battlefield, so they take revenge on civilians," Zubaidi told state television. He said security forces had arrested two suspected accomplices in the neighbouring Hurriya district on Wednesday morning.""",
    """Earlier on Tuesday, a roadside bomb exploded next to an army patrol in Tarmiya, 50 km (30 miles) north of Baghdad, killing two soldiers and wounding three others, a police officer said.""",
    """West of the capital, Iraqi troops and Shi'ite paramilitary fighters retook the town of Garma, about 15 km north-east of Falluja, on Monday after two days of fighting, the Joint Operations Command said in a statement. The U.S.-led coalition said it had carried out seven air strikes near Falluja on Monday, destroying fighting positions and a vehicle bomb factory.""",
    """Islamic State overran Falluja in January 2014, months before it swept through Mosul and declared a caliphate. A double bombing in Baghdad's Sadr City last month killed more than 30 people.""",
    """According to the United Nations mission in Iraq, at least 741 Iraqis were killed in acts of terrorism and armed conflict in April, most of them civilians. The mission said Baghdad was again the worst-affected province.""",
    """Analysts say the militants have stepped up bombings in Baghdad in response to territorial losses in Anbar and Salah al-Din provinces, where government forces have recaptured Ramadi and Tikrit over the past year. "Every time they lose a city, they try to prove they can still strike the heart of the state," said Hisham Kareem, a security researcher in Baghdad.""",
    """Checkpoints were reinforced across the city on Wednesday to protect worshippers heading to Friday prayers, and the government has promised to replace the hand-held bomb detectors that were discredited years ago. If the Falluja offensive succeeds, officials say, more troops could be freed to secure the capital.""",
    """Security failures in Baghdad have fuelled anger against Prime Minister Haider al-Abadi, whose reform drive has stalled in parliament. Protesters stormed the fortified Green Zone last month, and the cleric Moqtada al-Sadr has threatened new demonstrations unless the premier names a cabinet of technocrats.""",
])
d.ev("Tuesday", "Explosions/Remote violence", "Suicide bomb", "Islamic State (Iraq)", "Civilians (Iraq)", "Baghdad",
     "Baghdad - Shula", 33.3690, 44.3250, 1, 19, [
         "A suicide bomber blew himself up among shoppers at a vegetable market in the mainly Shi'ite district of Shula in north-west Baghdad on Tuesday, killing at least 14 people",
         "The toll rose to 19 by late evening"],
     location_alt=["Shula", "Baghdad"], injured=40,
     fatalities_note="first report at least 14 (police and hospital sources), updated to 19 by a medical official; the update is taken")
d.ev("Tuesday", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)",
     "Military Forces of Iraq (2014-2018)", "Baghdad", "Tarmiyah", 33.6690, 44.3910, 1, 2, [
         "a roadside bomb exploded next to an army patrol in Tarmiya, 50 km (30 miles) north of Baghdad, killing two soldiers and wounding three others"],
     actor1_alt=["Islamic State (Iraq)"], location_alt=["Tarmiya"], injured=3)
d.ev("Monday", "Battles", "Government regains territory", "Military Forces of Iraq (2014-2018)", "Islamic State (Iraq)",
     "Al Anbar", "Al Karma", 33.4000, 43.9100, 1, 0, [
         "Iraqi troops and Shi'ite paramilitary fighters retook the town of Garma, about 15 km north-east of Falluja, on Monday after two days of fighting"],
     admin1_alt=["Anbar"], location_alt=["Garma", "Karma"])
d.ev("Monday", "Explosions/Remote violence", "Air/drone strike", "Global Coalition Against Daesh", "Islamic State (Iraq)",
     "Al Anbar", "Falluja", 33.3500, 43.7800, 2, 0, [
         "The U.S.-led coalition said it had carried out seven air strikes near Falluja on Monday"],
     admin1_alt=["Anbar"], location_alt=["Fallujah"])
d.q("A suicide bomber blew himself up among shoppers at a vegetable market in the mainly Shi'ite district of Shula in north-west Baghdad on Tuesday, killing at least 14 people",
    "police and hospital sources", "police and hospital sources", False, "unnamed official")
d.q("The toll rose to 19 by late evening", "a medical official at the nearby Kadhimiya hospital",
    "a medical official at the nearby Kadhimiya hospital", False, "unnamed official", medium="Reuters")
d.q('its fighter had targeted "a gathering of apostates"', "Islamic State", "Islamic State",
    False, "named", swithin="Islamic State claimed responsibility", medium="statement circulated online")
d.q('"We heard a huge bang and then people were running everywhere, carrying the wounded in carts,"',
    "Abu Hussein", "a vegetable seller who gave his name only as Abu Hussein", True, "anonymous", role="vegetable seller")
d.q('"There was no checkpoint at the entrance. Anyone can walk in."', "Abu Hussein",
    "a vegetable seller who gave his name only as Abu Hussein", True, "anonymous", role="vegetable seller")
Z = ["Brigadier General Yahya al-Zubaidi", ("Zubaidi", "Zubaidi told")]
d.q("the bomber had approached on foot wearing an explosive vest hidden under a long robe",
    "Yahya al-Zubaidi", "Brigadier General Yahya al-Zubaidi", False, "named", mentions=Z,
    role="spokesman", affiliation="Baghdad Operations Command")
d.q('"The terrorists are losing on the battlefield, so they take revenge on civilians,"', "Yahya al-Zubaidi",
    "Zubaidi", True, "named", swithin="Zubaidi told", mentions=Z, role="spokesman",
    affiliation="Baghdad Operations Command", medium="state television")
d.q("security forces had arrested two suspected accomplices in the neighbouring Hurriya district on Wednesday morning",
    "Yahya al-Zubaidi", "He", False, "named", swithin="He said security forces", mentions=Z, role="spokesman",
    affiliation="Baghdad Operations Command")
d.q("a roadside bomb exploded next to an army patrol in Tarmiya, 50 km (30 miles) north of Baghdad, killing two soldiers and wounding three others",
    "a police officer", "a police officer", False, "unnamed official")
d.q("Iraqi troops and Shi'ite paramilitary fighters retook the town of Garma, about 15 km north-east of Falluja, on Monday after two days of fighting",
    "the Joint Operations Command", "the Joint Operations Command", False, "named", medium="statement")
d.q("it had carried out seven air strikes near Falluja on Monday, destroying fighting positions and a vehicle bomb factory",
    "U.S.-led coalition", "The U.S.-led coalition", False, "named")
d.q("at least 741 Iraqis were killed in acts of terrorism and armed conflict in April, most of them civilians",
    "the United Nations mission in Iraq", "the United Nations mission in Iraq", False, "named",
    mentions=[("The mission", "The mission said")])
d.q("Baghdad was again the worst-affected province", "the United Nations mission in Iraq", "The mission", False,
    "named", swithin="The mission said", mentions=["the United Nations mission in Iraq"])
d.q("the militants have stepped up bombings in Baghdad in response to territorial losses in Anbar and Salah al-Din provinces, where government forces have recaptured Ramadi and Tikrit over the past year",
    "Analysts", "Analysts", False, "anonymous")
d.q('"Every time they lose a city, they try to prove they can still strike the heart of the state,"', "Hisham Kareem",
    "Hisham Kareem", True, "named", role="security researcher")
d.q("more troops could be freed to secure the capital", "officials", "officials", False, "unnamed official",
    swithin="officials say", frags=["If the Falluja offensive succeeds", "more troops could be freed to secure the capital"])
d.agg("at least 741 Iraqis were killed in acts of terrorism and armed conflict in April", "Iraqis killed", "people",
      quantity=741, low=741, qualifier="at least", period_start="2016-04-01", period_end="2016-04-30", scope="Iraq",
      claimant="the United Nations mission in Iraq")
d.cz("The blast prompted the interior ministry to shut roads leading into Shula for several hours.", "The blast",
     "the interior ministry to shut roads leading into Shula for several hours")
d.cz('"The terrorists are losing on the battlefield, so they take revenge on civilians,"',
     "The terrorists are losing on the battlefield", "they take revenge on civilians", claimant="Yahya al-Zubaidi")
d.cz("the militants have stepped up bombings in Baghdad in response to territorial losses in Anbar and Salah al-Din provinces",
     "territorial losses in Anbar and Salah al-Din provinces", "the militants have stepped up bombings in Baghdad",
     claimant="Analysts")
d.cz("Security failures in Baghdad have fuelled anger against Prime Minister Haider al-Abadi", "Security failures in Baghdad",
     "anger against Prime Minister Haider al-Abadi", driver="security posture/deployment")


# =====================================================================================================
# authA-02  Syria, AFP wire
# =====================================================================================================
d = Doc("authA-02", "Coalition strikes kill 16 civilians in last IS pocket in Syria: monitor", "2018-11-27", "Syria", [
    """BEIRUT, Nov 27 (AFP) - Air strikes by the US-led coalition killed at least 16 civilians, including seven children, in the Islamic State group's last enclave in eastern Syria on Monday, a war monitor said, as Kurdish-led forces pressed their assault on the town of Hajin.""",
    """The strikes hit the village of Al-Shaafa, south of Hajin near the Iraqi border in Deir Ezzor province, the Britain-based Syrian Observatory for Human Rights said. Syrian state news agency SANA, which is hostile to both the coalition and the Kurdish-led fighters, put the death toll at 25.""",
    """"The planes struck houses where families had taken shelter from the fighting," the Observatory said. A resident of the village reached through a messaging application said that two of the dead were his nephews and that the survivors had nowhere left to run.""",
    """The coalition said it was aware of the reports. "We take all allegations of civilian casualties seriously and will review them," spokesman Colonel Dean Mercer told AFP. He said IS fighters were using civilians as human shields and were preventing them from leaving.""",
    """On the ground, clashes on Monday on the eastern edge of Hajin killed 11 fighters of the Syrian Democratic Forces and 23 jihadists, according to the Observatory. SDF field commander Ciwan Derik said his men had advanced several hundred metres into the town. "The fighting is house to house now, and they have dug tunnels everywhere," Derik said.""",
    """A sandstorm that grounded coalition aircraft allowed IS fighters to attack SDF positions near the Al-Omar oil field overnight, killing at least six SDF fighters, the monitor said.""",
    """Across the border in Iraq, a car bomb killed four people in the town of Al-Qaim on Sunday, Iraqi police said.""",
    """The SDF, backed by coalition air power and special forces, launched its offensive on the Hajin pocket on September 10. Since then more than 320 SDF fighters and 550 jihadists have been killed, according to the Observatory's count. The SDF estimates that around 2,000 IS fighters remain in the enclave, many of them foreigners.""",
    """The assault stalled in October due to bad weather and repeated IS counter-attacks, and it was briefly halted early this month when Turkish shelling of Kurdish positions in the north prompted the SDF to pull some units from the front.""",
    """More than 7,000 civilians have fled the enclave since September, according to the United Nations, many of them to crowded camps further north. Aid workers say conditions there are dire amid falling temperatures.""",
    """IS overran large parts of Syria and Iraq in 2014, proclaiming a "caliphate" in territory the size of Britain. It has since lost almost all of it, but analysts warn that the group's fighters are melting into the desert to wage an insurgency.""",
])
d.ev("Monday", "Explosions/Remote violence", "Air/drone strike", "Global Coalition Against Daesh", "Civilians (Syria)",
     "Deir ez Zor", "Al-Shaafa", None, None, 1, 16, [
         "Air strikes by the US-led coalition killed at least 16 civilians, including seven children, in the Islamic State group's last enclave in eastern Syria on Monday",
         "The strikes hit the village of Al-Shaafa, south of Hajin near the Iraqi border in Deir Ezzor province"],
     admin1_alt=["Deir Ezzor", "Deir ez-Zor", "Dayr Az Zawr"], location_alt=["Shaafa", "Al Shafa"],
     fatalities_note="SOHR at least 16, SANA 25: most conservative taken")
d.ev("Monday", "Battles", "Armed clash", "SDF: Syrian Democratic Forces", "Islamic State (Syria)", "Deir ez Zor",
     "Hajin", 34.6900, 40.8300, 2, 34, [
         "clashes on Monday on the eastern edge of Hajin killed 11 fighters of the Syrian Democratic Forces and 23 jihadists"],
     admin1_alt=["Deir Ezzor", "Deir ez-Zor", "Dayr Az Zawr"])
d.ev("pub", "Battles", "Armed clash", "Islamic State (Syria)", "SDF: Syrian Democratic Forces", "Deir ez Zor",
     "Al-Omar oil field", None, None, 2, 6, [
         "allowed IS fighters to attack SDF positions near the Al-Omar oil field overnight, killing at least six SDF fighters"],
     admin1_alt=["Deir Ezzor", "Deir ez-Zor", "Dayr Az Zawr"], location_alt=["Omar oil field"])
OBS = ["the Britain-based Syrian Observatory for Human Rights", ("the Observatory", "according to the Observatory. SDF"),
       ("the Observatory", "the Observatory said. A resident"), ("the monitor", "the monitor said")]
d.q("Air strikes by the US-led coalition killed at least 16 civilians, including seven children, in the Islamic State group's last enclave in eastern Syria on Monday",
    "Syrian Observatory for Human Rights", "a war monitor", False, "named", mentions=OBS)
d.q("The strikes hit the village of Al-Shaafa, south of Hajin near the Iraqi border in Deir Ezzor province",
    "Syrian Observatory for Human Rights", "the Britain-based Syrian Observatory for Human Rights", False, "named",
    mentions=OBS + [("a war monitor", "a war monitor said")])
d.q("put the death toll at 25", "SANA", "Syrian state news agency SANA", False, "named")
d.q('"The planes struck houses where families had taken shelter from the fighting,"', "Syrian Observatory for Human Rights",
    "the Observatory", True, "named", swithin="the Observatory said. A resident", mentions=OBS)
d.q("that two of the dead were his nephews and that the survivors had nowhere left to run",
    "A resident of the village", "A resident of the village reached through a messaging application", False, "anonymous")
d.q("it was aware of the reports", "Dean Mercer", "The coalition", False, "named",
    swithin="The coalition said it was aware", alt=["The coalition", "Global Coalition Against Daesh"])
MER = ["spokesman Colonel Dean Mercer"]
d.q('"We take all allegations of civilian casualties seriously and will review them,"', "Dean Mercer",
    "spokesman Colonel Dean Mercer", True, "named", role="spokesman", affiliation="US-led coalition", medium="AFP")
d.q("IS fighters were using civilians as human shields and were preventing them from leaving", "Dean Mercer", "He",
    False, "named", swithin="He said IS fighters", mentions=MER, role="spokesman", affiliation="US-led coalition")
d.q("clashes on Monday on the eastern edge of Hajin killed 11 fighters of the Syrian Democratic Forces and 23 jihadists",
    "Syrian Observatory for Human Rights", "the Observatory", False, "named", swithin="according to the Observatory. SDF",
    mentions=OBS)
DER = ["SDF field commander Ciwan Derik", ("Derik", '," Derik said')]
d.q("his men had advanced several hundred metres into the town", "Ciwan Derik", "SDF field commander Ciwan Derik",
    False, "named", mentions=DER, role="field commander", affiliation="SDF: Syrian Democratic Forces")
d.q('"The fighting is house to house now, and they have dug tunnels everywhere,"', "Ciwan Derik", "Derik", True,
    "named", swithin='," Derik said', mentions=DER, role="field commander", affiliation="SDF: Syrian Democratic Forces")
d.q("A sandstorm that grounded coalition aircraft allowed IS fighters to attack SDF positions near the Al-Omar oil field overnight, killing at least six SDF fighters",
    "Syrian Observatory for Human Rights", "the monitor", False, "named", swithin="the monitor said", mentions=OBS)
d.q("a car bomb killed four people in the town of Al-Qaim on Sunday", "Iraqi police", "Iraqi police", False,
    "unnamed official")
d.q("more than 320 SDF fighters and 550 jihadists have been killed", "Syrian Observatory for Human Rights",
    "the Observatory's count", False, "named", swithin="according to the Observatory's count", mentions=OBS)
d.q("that around 2,000 IS fighters remain in the enclave, many of them foreigners", "SDF: Syrian Democratic Forces",
    "The SDF", False, "named", swithin="The SDF estimates")
d.q("More than 7,000 civilians have fled the enclave since September", "the United Nations", "the United Nations",
    False, "named")
d.q("conditions there are dire", "Aid workers", "Aid workers", False, "anonymous")
d.q("the group's fighters are melting into the desert to wage an insurgency", "analysts", "analysts", False,
    "anonymous", swithin="analysts warn")
d.agg("Since then more than 320 SDF fighters and 550 jihadists have been killed", "SDF fighters killed", "people",
      quantity=320, low=320, qualifier="more than", period_start="2018-09-10", period_end="2018-11-27",
      scope="Hajin pocket", claimant="Syrian Observatory for Human Rights")
d.agg("Since then more than 320 SDF fighters and 550 jihadists have been killed", "jihadists killed", "people",
      quantity=550, low=550, qualifier="more than", period_start="2018-09-10", period_end="2018-11-27",
      scope="Hajin pocket", claimant="Syrian Observatory for Human Rights")
d.agg("around 2,000 IS fighters remain in the enclave", "IS fighters", "fighters", quantity=2000, qualifier="around",
      scope="Hajin enclave", claimant="SDF: Syrian Democratic Forces")
d.agg("More than 7,000 civilians have fled the enclave since September", "civilians fled", "people", quantity=7000,
      low=7000, qualifier="more than", period_start="2018-09-01", period_end="2018-11-27", scope="Hajin enclave",
      claimant="the United Nations")
d.cz("A sandstorm that grounded coalition aircraft allowed IS fighters to attack SDF positions near the Al-Omar oil field overnight",
     "A sandstorm that grounded coalition aircraft", "IS fighters to attack SDF positions near the Al-Omar oil field overnight",
     claimant="Syrian Observatory for Human Rights")
d.cz("The assault stalled in October due to bad weather and repeated IS counter-attacks", "bad weather and repeated IS counter-attacks",
     "The assault stalled in October")
d.cz("Turkish shelling of Kurdish positions in the north prompted the SDF to pull some units from the front",
     "Turkish shelling of Kurdish positions in the north", "the SDF to pull some units from the front")

# =====================================================================================================
# authA-03  Afghanistan, local outlet
# =====================================================================================================
d = Doc("authA-03", "Taliban overrun police posts in Ghazni; magnetic bomb kills three in Jalalabad", "2019-08-06",
        "Afghanistan", [
    """GHAZNI CITY - Taliban fighters stormed two police checkpoints in Andar district of Ghazni province late on Monday, killing seven policemen, provincial officials said on Tuesday.""",
    """The attack began around 11 pm and lasted nearly four hours, said Hamidullah Sadiqi, a spokesman for the Ghazni governor. Five attackers were also killed when reinforcements arrived from the provincial capital, he said, and two policemen were wounded.""",
    """Sadiqi said the posts fell because reinforcements could not reach them in time: the insurgents had planted mines along the only road from the district centre. Abdul Rahim Faizi, the Taliban's spokesman, said in a message to reporters that the group's fighters had seized weapons and two police pickups.""",
    """A resident of Andar, who asked not to be named for fear of reprisals, said the gunfire could be heard across the valley. "Nobody slept. In the morning we saw the posts burning," he said.""",
    """In the eastern city of Jalalabad, a magnetic bomb attached to a minibus carrying staff of Nangarhar University exploded on Sunday morning, killing three people and wounding nine, said Sohrab Qaderi, spokesman for the Nangarhar governor. No group has claimed the bombing, but the local branch of Islamic State has carried out similar attacks in the city this year.""",
    """In the south, Afghan air force strikes in Nad Ali district of Helmand killed nine Taliban fighters on Saturday, the defence ministry said in a statement. The Taliban did not comment.""",
    """The violence comes as American and Taliban negotiators meet in Doha for what both sides have described as the final round of talks on a deal that would see foreign troops leave in exchange for security guarantees. Ghazni's police chief, General Nasir Ahmad Sarwari, told Salam Watandar that attacks in the province had intensified since the talks began. "They want to negotiate from a position of strength," Sarwari said.""",
    """According to the United Nations, 1,290 civilians were killed and more than 2,400 wounded in the first six months of 2019. The UN mission said that for the first time, pro-government forces, mainly through air strikes, had caused more civilian deaths than the insurgents.""",
    """Human rights activists say rising civilian casualties from air strikes have fuelled resentment in rural areas and helped the Taliban recruit. "Each family that loses a child to a bomb becomes a family the government has lost," said Parwana Rahimi, a Kabul-based activist.""",
    """The Taliban now control or contest about half of Afghanistan's districts, according to estimates by the U.S. military's inspector general. Ghazni city itself was briefly overrun by the insurgents in August last year, in an assault that killed scores of soldiers and civilians.""",
    """Officials in Kabul have urged the Taliban to agree to a ceasefire before the presidential election planned for September.""",
])
d.ev("Monday", "Battles", "Armed clash", "Taliban", "Police Forces of Afghanistan (2004-2021)", "Ghazni", "Andar",
     None, None, 2, 12, [
         "Taliban fighters stormed two police checkpoints in Andar district of Ghazni province late on Monday, killing seven policemen",
         "Five attackers were also killed"],
     location_alt=["Andar district"], injured=2, fatalities_note="7 police + 5 attackers")
d.ev("Sunday", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)",
     "Civilians (Afghanistan)", "Nangarhar", "Jalalabad", 34.4265, 70.4515, 1, 3, [
         "a magnetic bomb attached to a minibus carrying staff of Nangarhar University exploded on Sunday morning, killing three people and wounding nine"],
     actor1_alt=["Islamic State (Afghanistan)"], injured=9)
d.ev("Saturday", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Afghanistan (2004-2021)", "Taliban",
     "Helmand", "Nad Ali", None, None, 2, 9, [
         "Afghan air force strikes in Nad Ali district of Helmand killed nine Taliban fighters on Saturday"],
     location_alt=["Nad-e Ali", "Nad-e-Ali"])
JUM = ["Hamidullah Sadiqi", ("Sadiqi", "Sadiqi said the posts"), ("he", "he said, and two")]
OFFS = [("provincial officials", "provincial officials said")]
d.q("Taliban fighters stormed two police checkpoints in Andar district of Ghazni province late on Monday, killing seven policemen",
    "provincial officials", "provincial officials", False, "unnamed official")
d.q("The attack began around 11 pm and lasted nearly four hours", "Hamidullah Sadiqi", "Hamidullah Sadiqi", False,
    "named", mentions=JUM, role="spokesman", affiliation="Ghazni governor")
d.q("Five attackers were also killed when reinforcements arrived from the provincial capital", "Hamidullah Sadiqi",
    "he", False, "named", swithin="he said, and two", mentions=JUM, role="spokesman", affiliation="Ghazni governor",
    frags=["Five attackers were also killed when reinforcements arrived from the provincial capital",
           "and two policemen were wounded"])
d.q("the posts fell because reinforcements could not reach them in time: the insurgents had planted mines along the only road from the district centre",
    "Hamidullah Sadiqi", "Sadiqi", False, "named", swithin="Sadiqi said the posts", mentions=JUM,
    role="spokesman", affiliation="Ghazni governor")
d.q("the group's fighters had seized weapons and two police pickups", "Abdul Rahim Faizi",
    "Abdul Rahim Faizi, the Taliban's spokesman", False, "named", role="spokesman", affiliation="Taliban",
    medium="message to reporters")
d.q("the gunfire could be heard across the valley", "A resident of Andar",
    "A resident of Andar, who asked not to be named for fear of reprisals", False, "anonymous")
d.q('"Nobody slept. In the morning we saw the posts burning,"', "A resident of Andar", "he", True, "anonymous",
    swithin='burning," he said', mentions=["A resident of Andar, who asked not to be named for fear of reprisals"])
d.q("a magnetic bomb attached to a minibus carrying staff of Nangarhar University exploded on Sunday morning, killing three people and wounding nine",
    "Sohrab Qaderi", "Sohrab Qaderi", False, "named", role="spokesman", affiliation="Nangarhar governor")
d.q("Afghan air force strikes in Nad Ali district of Helmand killed nine Taliban fighters on Saturday",
    "the defence ministry", "the defence ministry", False, "named", medium="statement")
d.q("the final round of talks on a deal that would see foreign troops leave in exchange for security guarantees",
    "both sides", "both sides", False, "unnamed official", swithin="what both sides have described",
    alt=["American and Taliban negotiators"])
WAR = ["General Nasir Ahmad Sarwari", ("Sarwari", '," Sarwari said')]
d.q("attacks in the province had intensified since the talks began", "Nasir Ahmad Sarwari",
    "Ghazni's police chief, General Nasir Ahmad Sarwari", False, "named", mentions=WAR, role="police chief",
    affiliation="Ghazni police", medium="Salam Watandar")
d.q('"They want to negotiate from a position of strength,"', "Nasir Ahmad Sarwari", "Sarwari", True, "named",
    swithin='," Sarwari said', mentions=WAR, role="police chief", affiliation="Ghazni police")
d.q("1,290 civilians were killed and more than 2,400 wounded in the first six months of 2019", "the United Nations",
    "the United Nations", False, "named", swithin="According to the United Nations",
    mentions=[("The UN mission", "The UN mission said")])
d.q("that for the first time, pro-government forces, mainly through air strikes, had caused more civilian deaths than the insurgents",
    "the United Nations", "The UN mission", False, "named", mentions=[("the United Nations", "According to the United Nations")])
d.q("rising civilian casualties from air strikes have fuelled resentment in rural areas and helped the Taliban recruit",
    "Human rights activists", "Human rights activists", False, "anonymous")
d.q('"Each family that loses a child to a bomb becomes a family the government has lost,"', "Parwana Rahimi",
    "Parwana Rahimi, a Kabul-based activist", True, "named", role="activist")
d.q("The Taliban now control or contest about half of Afghanistan's districts",
    "the U.S. military's inspector general", "estimates by the U.S. military's inspector general", False, "named")
d.agg("1,290 civilians were killed and more than 2,400 wounded in the first six months of 2019", "civilians killed",
      "people", quantity=1290, period_start="2019-01-01", period_end="2019-06-30", scope="Afghanistan",
      claimant="the United Nations")
d.agg("1,290 civilians were killed and more than 2,400 wounded in the first six months of 2019", "civilians wounded",
      "people", quantity=2400, low=2400, qualifier="more than", period_start="2019-01-01", period_end="2019-06-30",
      scope="Afghanistan", claimant="the United Nations")
d.agg("The Taliban now control or contest about half of Afghanistan's districts", "districts controlled or contested",
      "percent", quantity=50, qualifier="about", scope="Afghanistan", claimant="the U.S. military's inspector general")
d.cz("the posts fell because reinforcements could not reach them in time", "reinforcements could not reach them in time",
     "the posts fell", claimant="Hamidullah Sadiqi", driver="security posture/deployment")
d.cz("rising civilian casualties from air strikes have fuelled resentment in rural areas and helped the Taliban recruit",
     "rising civilian casualties from air strikes", "resentment in rural areas and helped the Taliban recruit",
     claimant="Human rights activists")


# =====================================================================================================
# authA-04  Pakistan, local outlet
# =====================================================================================================
d = Doc("authA-04", "Three policemen, four militants killed in attack on Lakki Marwat police station", "2023-09-08",
        "Pakistan", [
    """LAKKI MARWAT: Three policemen and four militants were killed when heavily armed attackers stormed a police station in the Tajazai area of Lakki Marwat district late on Thursday, police said.""",
    """District Police Officer Zahid Khan Marwat said the militants attacked from three sides with rocket-propelled grenades and automatic weapons shortly after midnight prayers. "Our men held their positions for over two hours until the quick response force arrived," the DPO told this correspondent on Friday. He added that two other policemen were wounded and had been shifted to a hospital in Bannu.""",
    """The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for the assault. In a statement sent to journalists, the group said the raid was in retaliation for the killing of one of its commanders in a police operation in the district last month.""",
    """Separately, a policeman escorting a polio vaccination team was killed and another injured when a roadside bomb went off in Mamund tehsil of Bajaur district on Wednesday, officials said. The district administration suspended the vaccination drive in Mamund for three days as a result of the attack.""",
    """In Balochistan, unidentified gunmen shot dead four labourers from southern Punjab at a construction site on the outskirts of Turbat on Tuesday, Kech Deputy Commissioner Hussain Jan Baloch said. No group has claimed the killings, but separatist militants have previously targeted workers from other provinces in the Makran region.""",
    """Police across Khyber Pakhtunkhwa were placed on high alert on Friday, and additional personnel were deployed around mosques to protect worshippers during Friday prayers.""",
    """The attacks are the latest in a wave of violence that has swept the north-west since the TTP called off a ceasefire with the government in November last year. In July, a suicide bombing at a political gathering in Bajaur killed more than 50 people.""",
    """According to the Islamabad-based Conflict Monitoring Forum, militants carried out 271 attacks across the country in the first eight months of 2023. At least 380 security personnel were killed in the same period, the forum said in its latest report, most of them in Khyber Pakhtunkhwa.""",
    """Officials say the Afghan Taliban's return to power in Kabul in August 2021 emboldened the TTP, whose leaders operate from across the border. Kabul denies sheltering the group and says Pakistan's security problems are an internal matter.""",
    """"The rugged, poorly policed terrain of the border districts has allowed militants to move fighters and weapons with ease," said Sana Iqbal, a security analyst in Islamabad. Iqbal said the economic crisis, which has left police stations in some districts without fuel for patrol vehicles, had made the force an easier target.""",
    """Speaking to reporters in Peshawar, Interior Minister Javed Akhtar Khattak said the government would not hold talks with "those who kill our children". Unless the Afghan authorities act against militant hideouts, the attacks will continue, he warned.""",
])
d.ev("Thursday", "Battles", "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan (2018-)",
     "Khyber Pakhtunkhwa", "Tajazai", None, None, 1, 7, [
         "Three policemen and four militants were killed when heavily armed attackers stormed a police station in the Tajazai area of Lakki Marwat district late on Thursday"],
     admin2="Lakki Marwat", location_alt=["Lakki Marwat"], injured=2, admin1_alt=["KP", "KPK", "North-West Frontier Province"],
     fatalities_note="3 police + 4 militants")
d.ev("Wednesday", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)",
     "Police Forces of Pakistan (2018-)", "Khyber Pakhtunkhwa", "Mamund", None, None, 2, 1, [
         "a policeman escorting a polio vaccination team was killed and another injured when a roadside bomb went off in Mamund tehsil of Bajaur district on Wednesday"],
     admin2="Bajaur", injured=1, admin1_alt=["KP", "KPK", "North-West Frontier Province"])
d.ev("Tuesday", "Violence against civilians", "Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)",
     "Balochistan", "Turbat", 26.0031, 63.0544, 2, 4, [
         "unidentified gunmen shot dead four labourers from southern Punjab at a construction site on the outskirts of Turbat on Tuesday"],
     admin2="Kech", actor1_alt=["BLF: Balochistan Liberation Front"], admin1_alt=["Baluchistan"])
d.q("Three policemen and four militants were killed when heavily armed attackers stormed a police station in the Tajazai area of Lakki Marwat district late on Thursday",
    "police", "police", False, "unnamed official", swithin="late on Thursday, police said")
MAR = ["District Police Officer Zahid Khan Marwat", ("the DPO", "the DPO told")]
d.q("the militants attacked from three sides with rocket-propelled grenades and automatic weapons shortly after midnight prayers",
    "Zahid Khan Marwat", "District Police Officer Zahid Khan Marwat", False, "named", mentions=MAR,
    role="District Police Officer", affiliation="Lakki Marwat police")
d.q('"Our men held their positions for over two hours until the quick response force arrived,"', "Zahid Khan Marwat",
    "the DPO", True, "named", swithin="the DPO told", mentions=MAR, role="District Police Officer",
    affiliation="Lakki Marwat police")
d.q("two other policemen were wounded and had been shifted to a hospital in Bannu", "Zahid Khan Marwat", "He", False,
    "named", swithin="He added that two", mentions=MAR, role="District Police Officer", affiliation="Lakki Marwat police")
d.q("the raid was in retaliation for the killing of one of its commanders in a police operation in the district last month",
    "TTP: Tehreek-i-Taliban Pakistan", "the group", False, "named", swithin="the group said the raid",
    mentions=["The banned Tehreek-i-Taliban Pakistan (TTP)"], medium="statement sent to journalists",
    alt=["Tehreek-i-Taliban Pakistan", "TTP"])
d.q("a policeman escorting a polio vaccination team was killed and another injured when a roadside bomb went off in Mamund tehsil of Bajaur district on Wednesday",
    "officials", "officials", False, "unnamed official", swithin="on Wednesday, officials said")
d.q("unidentified gunmen shot dead four labourers from southern Punjab at a construction site on the outskirts of Turbat on Tuesday",
    "Hussain Jan Baloch", "Kech Deputy Commissioner Hussain Jan Baloch", False, "named", role="Deputy Commissioner",
    affiliation="Kech district administration")
d.q("militants carried out 271 attacks across the country in the first eight months of 2023", "Conflict Monitoring Forum",
    "the Islamabad-based Conflict Monitoring Forum", False, "named", mentions=[("the forum", "the forum said")])
d.q("At least 380 security personnel were killed in the same period", "Conflict Monitoring Forum", "the forum", False,
    "named", swithin="the forum said", mentions=["the Islamabad-based Conflict Monitoring Forum"], medium="report")
d.q("the Afghan Taliban's return to power in Kabul in August 2021 emboldened the TTP, whose leaders operate from across the border",
    "Officials", "Officials", False, "unnamed official", swithin="Officials say the Afghan")
d.q("sheltering the group", "Kabul", "Kabul", False, "named", swithin="Kabul denies sheltering",
    alt=["Afghan Taliban", "Taliban"])
d.q("Pakistan's security problems are an internal matter", "Kabul", "Kabul", False, "named",
    swithin="Kabul denies sheltering", alt=["Afghan Taliban", "Taliban"])
IQ = ["Sana Iqbal, a security analyst in Islamabad", ("Iqbal", "Iqbal said the economic")]
d.q('"The rugged, poorly policed terrain of the border districts has allowed militants to move fighters and weapons with ease,"',
    "Sana Iqbal", "Sana Iqbal, a security analyst in Islamabad", True, "named", mentions=IQ, role="security analyst")
d.q("the economic crisis, which has left police stations in some districts without fuel for patrol vehicles, had made the force an easier target",
    "Sana Iqbal", "Iqbal", False, "named", swithin="Iqbal said the economic", mentions=IQ, role="security analyst")
KH = ["Interior Minister Javed Akhtar Khattak"]
d.q('the government would not hold talks with "those who kill our children"', "Javed Akhtar Khattak",
    "Interior Minister Javed Akhtar Khattak", False, "named", role="Interior Minister")
d.q("Unless the Afghan authorities act against militant hideouts, the attacks will continue", "Javed Akhtar Khattak",
    "he", False, "named", swithin="he warned", mentions=KH, role="Interior Minister")
d.agg("militants carried out 271 attacks across the country in the first eight months of 2023", "militant attacks",
      "attacks", quantity=271, period_start="2023-01-01", period_end="2023-08-31", scope="Pakistan",
      claimant="Conflict Monitoring Forum")
d.agg("At least 380 security personnel were killed in the same period", "security personnel killed", "people",
      quantity=380, low=380, qualifier="at least", period_start="2023-01-01", period_end="2023-08-31", scope="Pakistan",
      claimant="Conflict Monitoring Forum")
d.cz("the raid was in retaliation for the killing of one of its commanders in a police operation in the district last month",
     "the killing of one of its commanders in a police operation in the district last month", "the raid",
     claimant="TTP: Tehreek-i-Taliban Pakistan")
d.cz("The district administration suspended the vaccination drive in Mamund for three days as a result of the attack.",
     "the attack", "The district administration suspended the vaccination drive in Mamund for three days")
d.cz("the Afghan Taliban's return to power in Kabul in August 2021 emboldened the TTP", "the Afghan Taliban's return to power in Kabul in August 2021",
     "emboldened the TTP", claimant="Officials", driver="external support")
d.cz("The rugged, poorly policed terrain of the border districts has allowed militants to move fighters and weapons with ease",
     "The rugged, poorly policed terrain of the border districts", "militants to move fighters and weapons with ease",
     claimant="Sana Iqbal", driver="terrain/safe havens")
d.cz("the economic crisis, which has left police stations in some districts without fuel for patrol vehicles, had made the force an easier target",
     "the economic crisis", "had made the force an easier target", claimant="Sana Iqbal",
     driver="economic hardship/unemployment")


# =====================================================================================================
# authA-05  Yemen, AP wire
# =====================================================================================================
d = Doc("authA-05", "Houthi missile hits camp for displaced in Yemen's Marib, killing 3", "2021-03-09", "Yemen", [
    """ADEN, Yemen (AP) — A ballistic missile fired by Yemen's Houthi rebels slammed into a camp for displaced families west of the central city of Marib on Sunday, killing three people, including a child, and wounding 11, government officials said.""",
    """The missile struck the al-Rawdah camp in Sirwah district, where several thousand people who fled earlier fighting live in tents, said Ali Saleh al-Fadhli, Marib's deputy governor. "There is no military target there, only women and children in tents," al-Fadhli told The Associated Press by phone.""",
    """The Houthis did not comment on the strike. Their military spokesman, Brig. Gen. Abdullah al-Sharafi, said on Monday that rebel forces had captured several hilltops near the Kofal military camp from government troops and allied tribesmen. The rebels also claimed a drone and missile attack on Saudi oil facilities on Sunday.""",
    """Government military officials said at least 32 Houthi fighters and 14 soldiers were killed in Monday's fighting along the Kofal front in Sirwah. They spoke on condition of anonymity because they were not authorized to brief reporters. The rebels rarely disclose their losses.""",
    """Overnight, warplanes of the Saudi-led coalition struck what it described as Houthi drone workshops in the capital, Sanaa, according to a statement carried by the Saudi state news agency. Residents reported several loud explosions near the Attan hill in the south of the city. There was no immediate word on casualties.""",
    """The Houthis, who seized Sanaa in September 2014, launched their push on Marib in February. The city is the government's last stronghold in the north, and its fall would be a major blow to the coalition, which intervened in the war in March 2015 to restore the internationally recognized government.""",
    """The Houthis say they are attacking Marib because the coalition uses it as a base for air strikes on their territory. Officials in Marib reject that, saying the rebels want the province's oil and gas fields.""",
    """Marib and its surroundings host about 1 million displaced people, according to government estimates. The U.N. migration agency says more than 13,000 people have been displaced by the fighting since early February, many of them for the second or third time.""",
    """"We ran from al-Jawf last year, and now the war has followed us here," said Umm Salem, a mother of five who lives in one of the camps near the city.""",
    """Aid agencies say fuel shortages caused by restrictions on tankers entering the Red Sea port of Hodeida have driven food prices beyond the reach of many families. The war has killed more than 130,000 people, including fighters and civilians, according to a U.S.-based group that tracks violence.""",
    """Last month, the Biden administration ended U.S. support for the coalition's offensive operations and revoked the Houthis' designation as a terrorist group so as to ease aid deliveries to the north. The U.N. envoy has urged both sides to halt the Marib fighting and to return to talks.""",
])
MARIB_ALT = ["Ma'rib", "Marib Governorate"]
d.ev("Sunday", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis (Yemen)",
     "Civilians (Yemen)", "Marib", "al-Rawdah camp", None, None, 2, 3, [
         "A ballistic missile fired by Yemen's Houthi rebels slammed into a camp for displaced families west of the central city of Marib on Sunday, killing three people, including a child, and wounding 11",
         "The missile struck the al-Rawdah camp in Sirwah district"],
     admin1_alt=MARIB_ALT, admin2="Sirwah", location_alt=["Sirwah", "Marib"], injured=11,
     actor1_alt=["Ansar Allah"])
d.ev("Monday", "Battles", "Armed clash", "Houthis (Yemen)", "Military Forces of Yemen (2016-) Pro-Hadi Faction",
     "Marib", "Kofal", None, None, 2, 46, [
         "at least 32 Houthi fighters and 14 soldiers were killed in Monday's fighting along the Kofal front in Sirwah"],
     admin1_alt=MARIB_ALT, admin2="Sirwah", location_alt=["Sirwah", "Kofal military camp"],
     fatalities_note="32 Houthi + 14 soldiers (government officials)")
d.ev("pub", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Saudi Arabia (2017-)", "Houthis (Yemen)",
     "Amanat al Asimah", "Sanaa", 15.3694, 44.1910, 1, 0, [
         "Overnight, warplanes of the Saudi-led coalition struck what it described as Houthi drone workshops in the capital, Sanaa"],
     admin1_alt=["Sanaa", "Sana'a", "Amanat Al Asimah", "Sanaa City"], location_alt=["Sana'a", "Attan"],
     actor1_alt=["Saudi-led coalition"])
d.q("A ballistic missile fired by Yemen's Houthi rebels slammed into a camp for displaced families west of the central city of Marib on Sunday, killing three people, including a child, and wounding 11",
    "government officials", "government officials", False, "unnamed official", swithin="wounding 11, government officials said")
FAD = ["Ali Saleh al-Fadhli, Marib's deputy governor", ("al-Fadhli", "al-Fadhli told")]
d.q("The missile struck the al-Rawdah camp in Sirwah district, where several thousand people who fled earlier fighting live in tents",
    "Ali Saleh al-Fadhli", "Ali Saleh al-Fadhli, Marib's deputy governor", False, "named", mentions=FAD,
    role="deputy governor", affiliation="Marib governorate")
d.q('"There is no military target there, only women and children in tents,"', "Ali Saleh al-Fadhli", "al-Fadhli",
    True, "named", swithin="al-Fadhli told", mentions=FAD, role="deputy governor", affiliation="Marib governorate",
    medium="The Associated Press")
d.q("rebel forces had captured several hilltops near the Kofal military camp from government troops and allied tribesmen",
    "Abdullah al-Sharafi", "Their military spokesman, Brig. Gen. Abdullah al-Sharafi", False, "named",
    role="military spokesman", affiliation="Houthis")
d.q("at least 32 Houthi fighters and 14 soldiers were killed in Monday's fighting along the Kofal front in Sirwah",
    "Government military officials", "Government military officials", False, "unnamed official",
    mentions=[("They", "They spoke on condition")])
d.q("Overnight, warplanes of the Saudi-led coalition struck what it described as Houthi drone workshops in the capital, Sanaa",
    "the Saudi state news agency", "a statement carried by the Saudi state news agency", False, "named",
    alt=["Saudi-led coalition"])
d.q("several loud explosions near the Attan hill in the south of the city", "Residents", "Residents", False, "anonymous",
    swithin="Residents reported")
d.q("they are attacking Marib because the coalition uses it as a base for air strikes on their territory",
    "Houthis", "The Houthis", False, "named", swithin="The Houthis say they")
d.q("the rebels want the province's oil and gas fields", "Officials in Marib", "Officials in Marib", False,
    "unnamed official")
d.q("Marib and its surroundings host about 1 million displaced people", "government estimates",
    "government estimates", False, "unnamed official", swithin="according to government estimates")
d.q("more than 13,000 people have been displaced by the fighting since early February, many of them for the second or third time",
    "International Organization for Migration", "The U.N. migration agency", False, "named", alt=["IOM"])
d.q('"We ran from al-Jawf last year, and now the war has followed us here,"', "Umm Salem",
    "Umm Salem, a mother of five who lives in one of the camps near the city", True, "anonymous")
d.q("fuel shortages caused by restrictions on tankers entering the Red Sea port of Hodeida have driven food prices beyond the reach of many families",
    "Aid agencies", "Aid agencies", False, "anonymous")
d.q("The war has killed more than 130,000 people, including fighters and civilians", "a U.S.-based group that tracks violence",
    "a U.S.-based group that tracks violence", False, "anonymous", alt=["ACLED"])
d.agg("Marib and its surroundings host about 1 million displaced people", "displaced people", "people",
      quantity=1000000, qualifier="about", scope="Marib", claimant="government estimates")
d.agg("more than 13,000 people have been displaced by the fighting since early February", "people displaced", "people",
      quantity=13000, low=13000, qualifier="more than", period_start="2021-02-01", period_end="2021-03-09",
      scope="Marib", claimant="International Organization for Migration")
d.agg("The war has killed more than 130,000 people, including fighters and civilians", "people killed", "people",
      quantity=130000, low=130000, qualifier="more than", scope="Yemen", claimant="a U.S.-based group that tracks violence")
d.cz("they are attacking Marib because the coalition uses it as a base for air strikes on their territory",
     "the coalition uses it as a base for air strikes on their territory", "they are attacking Marib", claimant="Houthis")
d.cz("more than 13,000 people have been displaced by the fighting since early February", "the fighting",
     "more than 13,000 people have been displaced", claimant="International Organization for Migration")
d.cz("fuel shortages caused by restrictions on tankers entering the Red Sea port of Hodeida",
     "restrictions on tankers entering the Red Sea port of Hodeida", "fuel shortages", claimant="Aid agencies")
d.cz("fuel shortages caused by restrictions on tankers entering the Red Sea port of Hodeida have driven food prices beyond the reach of many families",
     "fuel shortages", "driven food prices beyond the reach of many families", claimant="Aid agencies",
     driver="economic hardship/unemployment")
d.cz("They spoke on condition of anonymity because they were not authorized to brief reporters.",
     "they were not authorized to brief reporters", "They spoke on condition of anonymity")
d.cz("revoked the Houthis' designation as a terrorist group so as to ease aid deliveries to the north",
     "revoked the Houthis' designation as a terrorist group", "ease aid deliveries to the north")

# =====================================================================================================
# authA-06  Libya, Reuters wire
# =====================================================================================================
d = Doc("authA-06", "Air strike kills four in Tripoli suburb as Haftar offensive grinds on", "2019-04-24", "Libya", [
    """TRIPOLI (Reuters) - Warplanes loyal to eastern commander Khalifa Haftar bombed a residential street in Tripoli's southern suburb of Ain Zara overnight, killing four civilians, the health ministry of the internationally recognised government said on Wednesday.""",
    """Ministry spokeswoman Wedad Abushaala said two of the dead were brothers aged 12 and 15 who had been sleeping on the ground floor of their house. "These are not fighters. These are children," she said.""",
    """Haftar's Libyan National Army (LNA) denied targeting civilians. Its spokesman, Colonel Faraj al-Obeidi, said the jets had hit an ammunition depot used by "terrorist militias" and accused the Tripoli government of storing weapons among homes.""",
    """Heavy fighting also raged on Tuesday near the disused international airport, about 25 km south of the city centre, where forces allied to Prime Minister Fayez al-Serraj said they had pushed LNA units back by several kilometres. No casualty figures were given.""",
    """On Monday, rockets slammed into the densely populated Abu Salim district, killing two civilians, medics said. It was not clear who fired them. Government forces also said on Monday they had regained control of the town of Al-Aziziya, 45 km south-west of Tripoli, which the LNA had entered in the first days of its offensive.""",
    """Haftar, who controls the east and much of the south, launched his push on the capital on April 4, catching the United Nations by surprise days before a planned national conference. His forces took Benghazi in 2017 after a three-year campaign against Islamists and other rivals.""",
    """The World Health Organization said on Tuesday that the fighting had killed 264 people and wounded 1,266 since the offensive began. More than 32,000 people have fled their homes, according to the U.N. humanitarian office, and around 600 migrants remain trapped in detention centres close to the front lines.""",
    """"Every day the front moves a little, and every day more families move," said a resident of Ain Zara who gave his first name as Hamza. He said his family had left for relatives in Souq al-Juma after shells began landing near their street.""",
    """The fighting has forced the closure of Mitiga, the capital's only functioning airport, and damaged power lines, leading to blackouts of up to 12 hours a day in some districts.""",
    """Diplomats say the offensive has been sustained by weapons and drones supplied by foreign backers of the LNA, despite a U.N. arms embargo. The United Nations envoy told the Security Council last week that the embargo was being violated by both sides, amid reports of new shipments reaching Misrata and Benghazi.""",
    """Oil production, Libya's economic lifeline, has so far been spared. The National Oil Corporation said output was steady at around 1.2 million barrels per day.""",
])
TRIP_ALT = ["Tarabulus", "Tripoli Governorate"]
LNA = "LNA: Libyan National Army"
GNA = "Military Forces of Libya (2016-2021) Government of National Accord"
d.ev("pub", "Explosions/Remote violence", "Air/drone strike", LNA, "Civilians (Libya)", "Tripoli", "Ain Zara",
     32.8100, 13.2400, 1, 4, [
         "Warplanes loyal to eastern commander Khalifa Haftar bombed a residential street in Tripoli's southern suburb of Ain Zara overnight, killing four civilians"],
     admin1_alt=TRIP_ALT, location_alt=["Tripoli - Ain Zara", "Ayn Zarah"])
d.ev("Tuesday", "Battles", "Armed clash", GNA, LNA, "Tripoli", "Tripoli International Airport", 32.6630, 13.1590, 2, 0, [
         "Heavy fighting also raged on Tuesday near the disused international airport, about 25 km south of the city centre"],
     admin1_alt=TRIP_ALT, location_alt=["Qasr Bin Ghashir", "Tripoli"])
d.ev("Monday", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Libya)",
     "Civilians (Libya)", "Tripoli", "Abu Salim", 32.8500, 13.1900, 1, 2, [
         "rockets slammed into the densely populated Abu Salim district, killing two civilians"],
     admin1_alt=TRIP_ALT, location_alt=["Tripoli - Abu Salim", "Abu Sleem", "Abu Slim"], actor1_alt=[LNA])
d.ev("Monday", "Battles", "Government regains territory", GNA, LNA, "Jafara", "Al Aziziyah", 32.5300, 13.0200, 1, 0, [
         "they had regained control of the town of Al-Aziziya, 45 km south-west of Tripoli"],
     admin1_alt=["Al Jafarah", "Jfara"], location_alt=["Al-Aziziya", "Aziziya"],
     note="reported by government forces")
ABU = ["Ministry spokeswoman Wedad Abushaala", ("she", 'children," she said')]
d.q("Warplanes loyal to eastern commander Khalifa Haftar bombed a residential street in Tripoli's southern suburb of Ain Zara overnight, killing four civilians",
    "health ministry of the internationally recognised government", "the health ministry of the internationally recognised government",
    False, "named")
d.q("two of the dead were brothers aged 12 and 15 who had been sleeping on the ground floor of their house",
    "Wedad Abushaala", "Ministry spokeswoman Wedad Abushaala", False, "named", mentions=ABU, role="spokeswoman",
    affiliation="health ministry")
d.q('"These are not fighters. These are children,"', "Wedad Abushaala", "she", True, "named",
    swithin='children," she said', mentions=ABU, role="spokeswoman", affiliation="health ministry")
d.q("targeting civilians", "Libyan National Army", "Haftar's Libyan National Army (LNA)", False, "named",
    alt=[LNA, "LNA"])
OBE = ["Its spokesman, Colonel Faraj al-Obeidi"]
d.q('the jets had hit an ammunition depot used by "terrorist militias"', "Faraj al-Obeidi",
    "Its spokesman, Colonel Faraj al-Obeidi", False, "named", role="spokesman", affiliation=LNA)
d.q("the Tripoli government of storing weapons among homes", "Faraj al-Obeidi", "Its spokesman, Colonel Faraj al-Obeidi",
    False, "named", role="spokesman", affiliation=LNA)
d.q("they had pushed LNA units back by several kilometres", "forces allied to Prime Minister Fayez al-Serraj",
    "forces allied to Prime Minister Fayez al-Serraj", False, "unnamed official")
d.q("rockets slammed into the densely populated Abu Salim district, killing two civilians", "medics", "medics", False,
    "anonymous", swithin="medics said")
d.q("they had regained control of the town of Al-Aziziya, 45 km south-west of Tripoli, which the LNA had entered in the first days of its offensive",
    "Government forces", "Government forces", False, "unnamed official")
d.q("the fighting had killed 264 people and wounded 1,266 since the offensive began", "World Health Organization",
    "The World Health Organization", False, "named", alt=["WHO"])
d.q("More than 32,000 people have fled their homes", "U.N. humanitarian office", "the U.N. humanitarian office", False,
    "named", alt=["OCHA"], frags=["More than 32,000 people have fled their homes",
                                  "around 600 migrants remain trapped in detention centres close to the front lines"])
HAM = ["a resident of Ain Zara who gave his first name as Hamza"]
d.q('"Every day the front moves a little, and every day more families move,"', "Hamza",
    "a resident of Ain Zara who gave his first name as Hamza", True, "anonymous")
d.q("his family had left for relatives in Souq al-Juma after shells began landing near their street", "Hamza", "He",
    False, "anonymous", swithin="He said his family", mentions=HAM)
d.q("the offensive has been sustained by weapons and drones supplied by foreign backers of the LNA, despite a U.N. arms embargo",
    "Diplomats", "Diplomats", False, "unnamed official")
d.q("the embargo was being violated by both sides", "The United Nations envoy", "The United Nations envoy", False,
    "unnamed official", medium="Security Council")
d.q("output was steady at around 1.2 million barrels per day", "National Oil Corporation", "The National Oil Corporation",
    False, "named")
d.agg("the fighting had killed 264 people and wounded 1,266 since the offensive began", "people killed", "people",
      quantity=264, period_start="2019-04-04", period_end="2019-04-23", scope="Tripoli", claimant="World Health Organization")
d.agg("the fighting had killed 264 people and wounded 1,266 since the offensive began", "people wounded", "people",
      quantity=1266, period_start="2019-04-04", period_end="2019-04-23", scope="Tripoli", claimant="World Health Organization")
d.agg("More than 32,000 people have fled their homes", "people displaced", "people", quantity=32000, low=32000,
      qualifier="more than", period_start="2019-04-04", scope="Tripoli", claimant="U.N. humanitarian office")
d.agg("around 600 migrants remain trapped in detention centres close to the front lines", "migrants trapped", "people",
      quantity=600, qualifier="around", scope="Tripoli", claimant="U.N. humanitarian office")
d.cz("The fighting has forced the closure of Mitiga, the capital's only functioning airport", "The fighting",
     "the closure of Mitiga, the capital's only functioning airport")
d.cz("damaged power lines, leading to blackouts of up to 12 hours a day in some districts", "damaged power lines",
     "blackouts of up to 12 hours a day in some districts")
d.cz("the offensive has been sustained by weapons and drones supplied by foreign backers of the LNA",
     "weapons and drones supplied by foreign backers of the LNA", "the offensive has been sustained",
     claimant="Diplomats", driver="external support")


# =====================================================================================================
# authA-07  Somalia, AFP wire
# =====================================================================================================
d = Doc("authA-07", "Shabaab car bomb kills eight at Mogadishu restaurant as army retakes Hiraan town", "2023-03-03",
        "Somalia", [
    """MOGADISHU, March 3 (AFP) - A suicide bomber rammed an explosives-laden car into the gate of a busy restaurant near the KM4 junction in Mogadishu on Thursday evening, killing at least eight people, police said, in an attack claimed by the Al-Qaeda-linked Shabaab group.""",
    """"The bomber tried to drive into the compound, and when the guards stopped him he detonated the car at the gate," police captain Abdirahman Osman Hirsi told AFP. He said several of the dead were security guards and that the toll could rise.""",
    """Abdulkadir Warsame, who heads the city's private ambulance service, said his teams had carried 11 bodies and 23 wounded people from the scene. Shopkeeper Ruqiya Abdi, whose stall is across the road, said the blast shattered windows along the whole street. "I thought the sky had fallen on us," she said.""",
    """In a statement on its Andalus radio, the Shabaab said its fighters had targeted "government officials and apostate soldiers" meeting at the restaurant, and that the attack was in retaliation for the military offensive against its strongholds in central Somalia.""",
    """That offensive scored another gain on Tuesday, when government troops backed by local clan militias retook the town of Mahas in Hiraan region after Shabaab fighters withdrew without a fight, Information Minister Abdirisak Hassan Nur said. Residents said the militants had blown up a telecommunications mast before leaving.""",
    """The United States Africa Command (AFRICOM) said a US air strike near Jilib, in Middle Juba region, killed three Shabaab fighters on Wednesday. The command said it assessed that no civilians were hurt. In the south-western city of Baidoa, mortar rounds fired late on Monday landed near the airport, wounding two people, a local official said.""",
    """The government says it has retaken more than 70 towns and villages from the Shabaab since August, when President Hassan Sheikh Mohamud declared "total war" on the insurgents. The jihadists are believed to have between 7,000 and 12,000 fighters, according to estimates cited by the United Nations.""",
    """Clan militias rose up against the Shabaab last year largely because of its heavy taxation of herders during the drought, which has pushed parts of the country to the brink of famine. Analysts say the same drought has also helped the group recruit in areas where young men have lost their livestock and their income. "For a boy with nothing, a Shabaab salary is a salary," said Mohamed Ali Gedi, a researcher at a Mogadishu think tank.""",
    """Rivalries between the federal government and regional states have slowed the offensive, Gedi said, with some states reluctant to send troops outside their territory.""",
    """The Shabaab has waged an insurgency against the internationally backed government for more than 15 years. A truck bomb it detonated at a busy Mogadishu junction in October 2017 killed more than 500 people, the deadliest attack in the country's history. A smaller rival faction, Islamic State in Somalia, operates from the Cal Miskaad mountains of Puntland in the north.""",
    """In neighbouring Kenya, Shabaab fighters attacked a police post in Mandera county on Sunday, Kenyan police said.""",
])
BAN_ALT = ["Benadir", "Banaadir", "Mogadishu"]
d.ev("Thursday", "Explosions/Remote violence", "Suicide bomb", "Al Shabaab", "Civilians (Somalia)", "Banadir",
     "Mogadishu - KM4", 2.0280, 45.3100, 1, 8, [
         "A suicide bomber rammed an explosives-laden car into the gate of a busy restaurant near the KM4 junction in Mogadishu on Thursday evening, killing at least eight people",
         "his teams had carried 11 bodies and 23 wounded people from the scene"],
     admin1_alt=BAN_ALT, location_alt=["Mogadishu", "KM4"], injured=23,
     fatalities_note="police at least 8, ambulance service 11: most conservative taken")
d.ev("Tuesday", "Battles", "Government regains territory", "Military Forces of Somalia (2022-)", "Al Shabaab",
     "Hiraan", "Mahas", None, None, 1, 0, [
         "government troops backed by local clan militias retook the town of Mahas in Hiraan region after Shabaab fighters withdrew without a fight"],
     admin1_alt=["Hiiraan", "Hiran"], location_alt=["Maxaas"])
d.ev("Wednesday", "Explosions/Remote violence", "Air/drone strike", "Military Forces of the United States (2021-)",
     "Al Shabaab", "Middle Juba", "Jilib", 0.4886, 42.7742, 2, 3, [
         "a US air strike near Jilib, in Middle Juba region, killed three Shabaab fighters on Wednesday"],
     admin1_alt=["Jubbada Dhexe"], actor1_alt=["AFRICOM"])
d.ev("Monday", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Al Shabaab", None, "Bay",
     "Baidoa", 3.1138, 43.6498, 2, 0, [
         "In the south-western city of Baidoa, mortar rounds fired late on Monday landed near the airport, wounding two people"],
     injured=2, actor1_alt=["Unidentified Armed Group (Somalia)"], location_alt=["Baidoa airport", "Baydhabo"])
HIR = ["police captain Abdirahman Osman Hirsi"]
d.q("A suicide bomber rammed an explosives-laden car into the gate of a busy restaurant near the KM4 junction in Mogadishu on Thursday evening, killing at least eight people",
    "police", "police", False, "unnamed official", swithin="eight people, police said")
d.q('"The bomber tried to drive into the compound, and when the guards stopped him he detonated the car at the gate,"',
    "Abdirahman Osman Hirsi", "police captain Abdirahman Osman Hirsi", True, "named", role="police captain",
    affiliation="Somali police", medium="AFP")
d.q("several of the dead were security guards and that the toll could rise", "Abdirahman Osman Hirsi", "He", False,
    "named", swithin="He said several", mentions=HIR, role="police captain", affiliation="Somali police")
d.q("his teams had carried 11 bodies and 23 wounded people from the scene", "Abdulkadir Warsame",
    "Abdulkadir Warsame, who heads the city's private ambulance service", False, "named", role="head",
    affiliation="private ambulance service")
RUQ = ["Shopkeeper Ruqiya Abdi, whose stall is across the road"]
d.q("the blast shattered windows along the whole street", "Ruqiya Abdi",
    "Shopkeeper Ruqiya Abdi, whose stall is across the road", False, "named", role="shopkeeper")
d.q('"I thought the sky had fallen on us,"', "Ruqiya Abdi", "she", True, "named", swithin='on us," she said',
    mentions=RUQ, role="shopkeeper")
d.q('its fighters had targeted "government officials and apostate soldiers" meeting at the restaurant, and that the attack was in retaliation for the military offensive against its strongholds in central Somalia',
    "Al Shabaab", "the Shabaab", False, "named", swithin="radio, the Shabaab said", medium="Andalus radio",
    alt=["Shabaab", "al-Shabaab"])
NUR = ["Information Minister Abdirisak Hassan Nur"]
d.q("That offensive scored another gain on Tuesday, when government troops backed by local clan militias retook the town of Mahas in Hiraan region after Shabaab fighters withdrew without a fight",
    "Abdirisak Hassan Nur", "Information Minister Abdirisak Hassan Nur", False, "named", role="Information Minister")
d.q("the militants had blown up a telecommunications mast before leaving", "Residents", "Residents", False, "anonymous",
    swithin="Residents said the militants")
AF = ["The United States Africa Command (AFRICOM)", ("The command", "The command said")]
d.q("a US air strike near Jilib, in Middle Juba region, killed three Shabaab fighters on Wednesday",
    "United States Africa Command", "The United States Africa Command (AFRICOM)", False, "named", mentions=AF,
    alt=["AFRICOM"])
d.q("it assessed that no civilians were hurt", "United States Africa Command", "The command", False, "named",
    swithin="The command said", mentions=AF, alt=["AFRICOM"])
d.q("In the south-western city of Baidoa, mortar rounds fired late on Monday landed near the airport, wounding two people",
    "a local official", "a local official", False, "unnamed official")
d.q("it has retaken more than 70 towns and villages from the Shabaab since August", "The government",
    "The government", False, "named", swithin="The government says it has")
d.q("The jihadists are believed to have between 7,000 and 12,000 fighters", "the United Nations",
    "estimates cited by the United Nations", False, "named")
GED = ["Mohamed Ali Gedi, a researcher at a Mogadishu think tank", ("Gedi", "offensive, Gedi said")]
d.q("the same drought has also helped the group recruit in areas where young men have lost their livestock and their income",
    "Analysts", "Analysts", False, "anonymous", swithin="Analysts say the same")
d.q('"For a boy with nothing, a Shabaab salary is a salary,"', "Mohamed Ali Gedi",
    "Mohamed Ali Gedi, a researcher at a Mogadishu think tank", True, "named", mentions=GED, role="researcher")
d.q("Rivalries between the federal government and regional states have slowed the offensive", "Mohamed Ali Gedi",
    "Gedi", False, "named", swithin="offensive, Gedi said", mentions=GED, role="researcher",
    frags=["Rivalries between the federal government and regional states have slowed the offensive",
           "with some states reluctant to send troops outside their territory"])
d.q("Shabaab fighters attacked a police post in Mandera county on Sunday", "Kenyan police", "Kenyan police", False,
    "unnamed official")
d.agg("it has retaken more than 70 towns and villages from the Shabaab since August", "towns and villages retaken",
      "places", quantity=70, low=70, qualifier="more than", period_start="2022-08-01", period_end="2023-03-03",
      scope="Somalia", claimant="The government")
d.agg("The jihadists are believed to have between 7,000 and 12,000 fighters", "Shabaab fighters", "fighters",
      low=7000, high=12000, qualifier="between", scope="Somalia", claimant="the United Nations")
d.cz("the attack was in retaliation for the military offensive against its strongholds in central Somalia",
     "the military offensive against its strongholds in central Somalia", "the attack", claimant="Al Shabaab")
d.cz("Clan militias rose up against the Shabaab last year largely because of its heavy taxation of herders during the drought",
     "its heavy taxation of herders during the drought", "Clan militias rose up against the Shabaab last year",
     driver="economic hardship/unemployment")
d.cz("the drought, which has pushed parts of the country to the brink of famine", "the drought",
     "pushed parts of the country to the brink of famine")
d.cz("the same drought has also helped the group recruit in areas where young men have lost their livestock and their income",
     "the same drought", "helped the group recruit", claimant="Analysts", driver="economic hardship/unemployment")
d.cz("Rivalries between the federal government and regional states have slowed the offensive",
     "Rivalries between the federal government and regional states", "slowed the offensive", polarity="-",
     claimant="Mohamed Ali Gedi", driver="governance/corruption")

# =====================================================================================================
# authA-08  Egypt, wire story mostly about politics with one incident
# =====================================================================================================
d = Doc("authA-08", "Egypt's parliament extends state of emergency as Sinai insurgency simmers", "2018-11-14", "Egypt", [
    """CAIRO (Reuters) - Egypt's parliament on Tuesday approved a three-month extension of the nationwide state of emergency, the sixth since it was first declared, with the government saying it is still needed to fight Islamist militants in North Sinai.""",
    """The emergency law, first imposed after suicide bombings at two churches in April 2017, gives security forces wide powers of arrest and allows cases to be referred to special state security courts whose rulings cannot be appealed.""",
    """"The battle against terrorism is not over, and the state must have the tools to win it," said Ahmed Fathi Sharaf, head of parliament's defence and national security committee. He said the army had "broken the back" of the insurgency but that sleeper cells remained active in the north of the peninsula.""",
    """Only a handful of the 596 lawmakers voted against. One of them, Mona Ezzat, said the government had turned an exceptional measure into a permanent way of ruling. "Three months becomes three years, and then nobody remembers that it was meant to end," she told reporters outside the chamber.""",
    """Rights groups say the law has allowed the authorities to detain thousands of people without trial, including secular activists with no link to violence. The Egyptian Initiative for Personal Rights said in a statement that the extension was unconstitutional, because the constitution limits a state of emergency to two consecutive periods.""",
    """Violence in Sinai has continued despite a major military campaign launched in February. Security sources said three conscripts were killed and two wounded when militants opened fire on a police checkpoint south of El-Arish late on Monday. Five of the attackers were killed in the exchange of fire, the sources said. There was no immediate claim of responsibility, but Islamic State's local affiliate, which calls itself Sinai Province, has carried out most such attacks.""",
    """The army says it has killed more than 450 militants since the campaign began. Independent reporting from the area is restricted, and journalists need permission to enter North Sinai. Around 3,000 families have been moved out of Rafah on the border with Gaza since 2014 to make way for a buffer zone, according to Human Rights Watch.""",
    """Last November, gunmen killed more than 300 worshippers at a mosque in the village of Al-Rawda, the deadliest attack in Egypt's modern history, prompting President Abdel Fattah al-Sisi to order the army to restore security in Sinai within three months.""",
    """Officials argue the security measures have helped bring tourists back. Tourism, a vital source of foreign currency, has been slow to recover partly because of the 2015 bombing of a Russian airliner over Sinai, which led Moscow to suspend flights to Egypt's Red Sea resorts. Revenues rose by more than 70 percent in the first half of this year, the tourism ministry said.""",
    """Economists say price rises that followed the 2016 currency devaluation have squeezed the middle class, and some analysts warn that hardship could fuel discontent if subsidy cuts continue next year.""",
])
d.ev("Monday", "Battles", "Armed clash", "Unidentified Armed Group (Egypt)", "Police Forces of Egypt (2014-)",
     "North Sinai", "El Arish", 31.1313, 33.7984, 2, 8, [
         "three conscripts were killed and two wounded when militants opened fire on a police checkpoint south of El-Arish late on Monday",
         "Five of the attackers were killed in the exchange of fire"],
     admin1_alt=["Shamal Sina", "North Sinai Governorate", "Sinai"], location_alt=["Arish", "Al Arish", "El-Arish"],
     injured=2, actor1_alt=["Islamic State (Egypt)", "Sinai Province"], fatalities_note="3 conscripts + 5 attackers")
SH = ["Ahmed Fathi Sharaf, head of parliament's defence and national security committee"]
d.q("it is still needed to fight Islamist militants in North Sinai", "the government", "the government", False,
    "named", swithin="the government saying it is")
d.q('"The battle against terrorism is not over, and the state must have the tools to win it,"', "Ahmed Fathi Sharaf",
    "Ahmed Fathi Sharaf, head of parliament's defence and national security committee", True, "named",
    role="head of defence and national security committee", affiliation="parliament")
d.q('the army had "broken the back" of the insurgency but that sleeper cells remained active in the north of the peninsula',
    "Ahmed Fathi Sharaf", "He", False, "named", swithin='He said the army', mentions=SH,
    role="head of defence and national security committee", affiliation="parliament")
EZ = [("One of them, Mona Ezzat", "One of them, Mona Ezzat")]
d.q("the government had turned an exceptional measure into a permanent way of ruling", "Mona Ezzat",
    "One of them, Mona Ezzat", False, "named", role="lawmaker", affiliation="parliament")
d.q('"Three months becomes three years, and then nobody remembers that it was meant to end,"', "Mona Ezzat", "she",
    True, "named", swithin='end," she told', mentions=EZ, role="lawmaker", affiliation="parliament")
d.q("the law has allowed the authorities to detain thousands of people without trial, including secular activists with no link to violence",
    "Rights groups", "Rights groups", False, "anonymous")
d.q("the extension was unconstitutional, because the constitution limits a state of emergency to two consecutive periods",
    "Egyptian Initiative for Personal Rights", "The Egyptian Initiative for Personal Rights", False, "named",
    medium="statement")
d.q("three conscripts were killed and two wounded when militants opened fire on a police checkpoint south of El-Arish late on Monday",
    "Security sources", "Security sources", False, "unnamed official", mentions=[("the sources", "the sources said")])
d.q("Five of the attackers were killed in the exchange of fire", "Security sources", "the sources", False,
    "unnamed official", swithin="the sources said", mentions=["Security sources"])
d.q("it has killed more than 450 militants since the campaign began", "Egyptian army", "The army", False, "named",
    swithin="The army says it", alt=["The army"])
d.q("Around 3,000 families have been moved out of Rafah on the border with Gaza since 2014 to make way for a buffer zone",
    "Human Rights Watch", "Human Rights Watch", False, "named")
d.q("the security measures have helped bring tourists back", "Officials", "Officials", False, "unnamed official",
    swithin="Officials argue")
d.q("Revenues rose by more than 70 percent in the first half of this year", "the tourism ministry", "the tourism ministry",
    False, "named")
d.q("price rises that followed the 2016 currency devaluation have squeezed the middle class", "Economists", "Economists",
    False, "anonymous")
d.q("hardship could fuel discontent if subsidy cuts continue next year", "some analysts", "some analysts", False,
    "anonymous")
d.agg("The army says it has killed more than 450 militants since the campaign began", "militants killed", "people",
      quantity=450, low=450, qualifier="more than", period_start="2018-02-01", period_end="2018-11-14",
      scope="North Sinai", claimant="Egyptian army")
d.agg("Around 3,000 families have been moved out of Rafah on the border with Gaza since 2014", "families displaced",
      "families", quantity=3000, qualifier="around", period_start="2014-01-01", scope="Rafah",
      claimant="Human Rights Watch")
d.cz("The emergency law, first imposed after suicide bombings at two churches in April 2017, gives security forces wide powers of arrest and allows cases to be referred to special state security courts whose rulings cannot be appealed.",
     "The emergency law", "cases to be referred to special state security courts whose rulings cannot be appealed",
     driver="governance/corruption")
d.cz("gunmen killed more than 300 worshippers at a mosque in the village of Al-Rawda, the deadliest attack in Egypt's modern history, prompting President Abdel Fattah al-Sisi to order the army to restore security in Sinai within three months",
     "gunmen killed more than 300 worshippers at a mosque in the village of Al-Rawda",
     "President Abdel Fattah al-Sisi to order the army to restore security in Sinai within three months")
d.cz("the law has allowed the authorities to detain thousands of people without trial", "the law",
     "the authorities to detain thousands of people without trial", claimant="Rights groups",
     driver="governance/corruption")
d.cz("the extension was unconstitutional, because the constitution limits a state of emergency to two consecutive periods",
     "the constitution limits a state of emergency to two consecutive periods", "the extension was unconstitutional",
     claimant="Egyptian Initiative for Personal Rights")
d.cz("the security measures have helped bring tourists back", "the security measures", "bring tourists back",
     claimant="Officials", driver="security posture/deployment")
d.cz("Tourism, a vital source of foreign currency, has been slow to recover partly because of the 2015 bombing of a Russian airliner over Sinai",
     "the 2015 bombing of a Russian airliner over Sinai", "Tourism, a vital source of foreign currency, has been slow to recover",
     polarity="-")
d.cz("price rises that followed the 2016 currency devaluation have squeezed the middle class",
     "price rises that followed the 2016 currency devaluation", "squeezed the middle class", claimant="Economists",
     driver="economic hardship/unemployment")


# =====================================================================================================
# authA-09  Turkey (south-east), local English-language daily
# =====================================================================================================
d = Doc("authA-09", "Four soldiers killed in PKK bomb attack in Hakkari's Şemdinli", "2016-06-21", "Turkey", [
    """HAKKARİ – Four soldiers were killed and three others wounded when a roadside bomb planted by militants of the outlawed Kurdistan Workers' Party (PKK) struck a military vehicle in the Şemdinli district of the south-eastern province of Hakkari on Monday, the General Staff said.""",
    """The explosives, detonated remotely as an armoured vehicle passed on the road between the district centre and the village of Derecik, had been hidden in a drainage culvert, the military said in a written statement. The wounded were flown by helicopter to a hospital in Van.""",
    """Hakkari Governor Cengiz Aktaş said an operation had been launched to find the attackers. "Those who did this will be found, wherever they hide," Aktaş told reporters in the provincial capital.""",
    """In a separate incident, two soldiers and six PKK militants were killed in clashes in rural Lice, in Diyarbakır province, on Sunday, security sources said. The fighting broke out after troops came under fire near a village in the Kulp direction.""",
    """In Nusaybin, in Mardin province, police fired tear gas and water cannon on Monday to disperse around 200 people protesting against a curfew that has been in force in the town since mid-March. Several protesters were detained, the Doğan News Agency reported.""",
    """Turkish warplanes also struck PKK targets in the Qandil mountains of northern Iraq on Saturday, the military said, destroying shelters and ammunition depots.""",
    """The collapse of a two-year ceasefire in July last year led to the worst violence in the region since the 1990s. More than 500 members of the security forces have been killed since then, according to government figures, while the military says it has "neutralised" more than 4,900 militants in Turkey and northern Iraq over the same period.""",
    """Urban fighting in the historic Sur district of Diyarbakır and in the towns of Cizre and Silopi earlier this year left neighbourhoods in ruins. At least 355,000 people have been displaced by curfews and clashes in the south-east, according to the Human Rights Foundation of Turkey.""",
    """Leyla Aydın, a lawmaker of the pro-Kurdish Peoples' Democratic Party (HDP) from Mardin, said curfews imposed to root out militants had forced whole neighbourhoods to empty. "People are not leaving because they want to; they leave because their homes are turned into battlefields," she said. She added that parliament's decision last month to strip lawmakers of their immunity from prosecution had deepened anger among Kurds.""",
    """Government spokesman Erdal Korkmaz rejected the criticism, saying the security operations were aimed only at the PKK and that the state was rebuilding destroyed homes. If the PKK lays down its arms, he said, the government is ready to discuss the return of displaced families.""",
    """The PKK, designated a terrorist organisation by Turkey, the United States and the European Union, took up arms in 1984. More than 40,000 people have been killed in the conflict.""",
])
d.ev("Monday", "Explosions/Remote violence", "Remote explosive/landmine/IED", "PKK: Kurdistan Workers Party",
     "Military Forces of Turkey (2016-)", "Hakkari", "Semdinli", 37.3056, 44.5731, 2, 4, [
         "Four soldiers were killed and three others wounded when a roadside bomb planted by militants of the outlawed Kurdistan Workers' Party (PKK) struck a military vehicle in the Şemdinli district of the south-eastern province of Hakkari on Monday"],
     admin1_alt=["Hakkâri"], location_alt=["Şemdinli", "Derecik"], injured=3, admin2="Semdinli")
d.ev("Sunday", "Battles", "Armed clash", "Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party",
     "Diyarbakir", "Lice", 38.4600, 40.6500, 2, 8, [
         "two soldiers and six PKK militants were killed in clashes in rural Lice, in Diyarbakır province, on Sunday"],
     admin1_alt=["Diyarbakır"], admin2="Lice")
d.ev("Monday", "Protests", "Protest with intervention", "Protesters (Turkey)", "Police Forces of Turkey (2016-)",
     "Mardin", "Nusaybin", 37.0750, 41.2150, 1, 0, [
         "police fired tear gas and water cannon on Monday to disperse around 200 people protesting against a curfew"],
     sub_alt=["Excessive force against protesters"], admin2="Nusaybin")
GS = [("the General Staff", "Hakkari on Monday, the General Staff said"), ("the military", "the military said in a written")]
d.q("Four soldiers were killed and three others wounded when a roadside bomb planted by militants of the outlawed Kurdistan Workers' Party (PKK) struck a military vehicle in the Şemdinli district of the south-eastern province of Hakkari on Monday",
    "General Staff", "the General Staff", False, "named", swithin="Hakkari on Monday, the General Staff said", mentions=GS,
    alt=["Turkish Armed Forces"])
d.q("The explosives, detonated remotely as an armoured vehicle passed on the road between the district centre and the village of Derecik, had been hidden in a drainage culvert",
    "General Staff", "the military", False, "named", swithin="the military said in a written", mentions=GS,
    medium="written statement", alt=["Turkish Armed Forces"])
AK = ["Hakkari Governor Cengiz Aktaş", ("Aktaş", "Aktaş told")]
d.q("an operation had been launched to find the attackers", "Cengiz Aktaş", "Hakkari Governor Cengiz Aktaş", False,
    "named", mentions=AK, role="Governor", affiliation="Hakkari province")
d.q('"Those who did this will be found, wherever they hide,"', "Cengiz Aktaş", "Aktaş", True, "named",
    swithin="Aktaş told", mentions=AK, role="Governor", affiliation="Hakkari province")
d.q("two soldiers and six PKK militants were killed in clashes in rural Lice, in Diyarbakır province, on Sunday",
    "security sources", "security sources", False, "unnamed official")
d.q("Several protesters were detained", "Doğan News Agency", "the Doğan News Agency", False, "named")
d.q("destroying shelters and ammunition depots", "Turkish military", "the military", False, "named",
    swithin="the military said, destroying", alt=["General Staff"],
    frags=["Turkish warplanes also struck PKK targets in the Qandil mountains of northern Iraq on Saturday",
           "destroying shelters and ammunition depots"])
d.q("More than 500 members of the security forces have been killed since then", "government figures",
    "government figures", False, "unnamed official")
d.q('it has "neutralised" more than 4,900 militants in Turkey and northern Iraq over the same period', "Turkish military",
    "the military", False, "named", swithin="the military says it has", alt=["General Staff"])
d.q("At least 355,000 people have been displaced by curfews and clashes in the south-east", "Human Rights Foundation of Turkey",
    "the Human Rights Foundation of Turkey", False, "named")
AY = ["Leyla Aydın, a lawmaker of the pro-Kurdish Peoples' Democratic Party (HDP) from Mardin", ("she", 'battlefields," she said'),
      ("She", "She added")]
d.q("curfews imposed to root out militants had forced whole neighbourhoods to empty", "Leyla Aydın",
    "Leyla Aydın, a lawmaker of the pro-Kurdish Peoples' Democratic Party (HDP) from Mardin", False, "named", mentions=AY,
    role="lawmaker", affiliation="HDP")
d.q('"People are not leaving because they want to; they leave because their homes are turned into battlefields,"',
    "Leyla Aydın", "she", True, "named", swithin='battlefields," she said', mentions=AY, role="lawmaker", affiliation="HDP")
d.q("parliament's decision last month to strip lawmakers of their immunity from prosecution had deepened anger among Kurds",
    "Leyla Aydın", "She", False, "named", swithin="She added", mentions=AY, role="lawmaker", affiliation="HDP")
KO = ["Government spokesman Erdal Korkmaz", ("he", "arms, he said")]
d.q("the security operations were aimed only at the PKK and that the state was rebuilding destroyed homes",
    "Erdal Korkmaz", "Government spokesman Erdal Korkmaz", False, "named", mentions=KO, role="spokesman",
    affiliation="Turkish government")
d.q("the government is ready to discuss the return of displaced families", "Erdal Korkmaz", "he", False, "named",
    swithin="arms, he said", mentions=KO, role="spokesman", affiliation="Turkish government",
    frags=["If the PKK lays down its arms", "the government is ready to discuss the return of displaced families"])
d.agg("More than 500 members of the security forces have been killed since then", "security forces killed", "people",
      quantity=500, low=500, qualifier="more than", period_start="2015-07-01", period_end="2016-06-21",
      scope="Turkey", claimant="government figures")
d.agg('it has "neutralised" more than 4,900 militants in Turkey and northern Iraq over the same period',
      "militants neutralised", "people", quantity=4900, low=4900, qualifier="more than", period_start="2015-07-01",
      period_end="2016-06-21", scope="Turkey and northern Iraq", claimant="Turkish military")
d.agg("At least 355,000 people have been displaced by curfews and clashes in the south-east", "people displaced",
      "people", quantity=355000, low=355000, qualifier="at least", scope="south-east Turkey",
      claimant="Human Rights Foundation of Turkey")
d.agg("More than 40,000 people have been killed in the conflict", "people killed", "people", quantity=40000,
      low=40000, qualifier="more than", period_start="1984-01-01", scope="PKK conflict")
d.cz("The collapse of a two-year ceasefire in July last year led to the worst violence in the region since the 1990s.",
     "The collapse of a two-year ceasefire in July last year", "the worst violence in the region since the 1990s")
d.cz("At least 355,000 people have been displaced by curfews and clashes in the south-east", "curfews and clashes",
     "At least 355,000 people have been displaced", claimant="Human Rights Foundation of Turkey",
     driver="security posture/deployment")
d.cz("curfews imposed to root out militants had forced whole neighbourhoods to empty", "curfews",
     "forced whole neighbourhoods to empty", claimant="Leyla Aydın", driver="security posture/deployment")
d.cz("they leave because their homes are turned into battlefields", "their homes are turned into battlefields",
     "they leave", claimant="Leyla Aydın")
d.cz("parliament's decision last month to strip lawmakers of their immunity from prosecution had deepened anger among Kurds",
     "parliament's decision last month to strip lawmakers of their immunity from prosecution", "anger among Kurds",
     claimant="Leyla Aydın", driver="governance/corruption")


# =====================================================================================================
# authA-10  Afghanistan, think-tank commentary (no event by the guide's rules)
# =====================================================================================================
d = Doc("authA-10", "Commentary: How Islamic State Khorasan adapted to Taliban rule", "2022-11-15", "Afghanistan", [
    """Fifteen months after the Taliban entered Kabul, the movement's most dangerous enemy is not the remnants of the old republic but Islamic State Khorasan Province (ISKP), the regional affiliate of the jihadist group. Its path since August 2021 says a good deal about how insurgencies adapt when the state they were fighting disappears.""",
    """ISKP announced itself anew on 26 August 2021, when a suicide bomber struck crowds at the gates of Kabul airport during the evacuation, killing more than 170 Afghans and 13 American service members. Weeks later, suicide attacks on Shi'ite mosques in Kunduz and Kandahar killed scores of worshippers. The choice of targets was deliberate: by striking the Hazara minority, the group sought to puncture the Taliban's claim that they had brought security.""",
    """The Taliban's answer was brutal. Their crackdown in Nangarhar in late 2021, in which suspected members were detained and some were later found dead by roadsides, pushed much of the network out of the province and into the mountains of Kunar and into urban cells. The mountainous border with Pakistan has allowed fighters to move between Kunar and Bajaur whenever pressure mounts on either side.""",
    """Measured by its own claims, ISKP's tempo has fallen. By our count, the group claimed 82 attacks in Afghanistan in the first six months of 2022, down from 121 in the last four months of 2021. The UN sanctions monitoring team estimated in its latest report that the group has between 1,500 and 4,000 fighters, concentrated in the east and in the cities.""",
    """Lower numbers do not mean a weaker group. "ISKP has moved from holding villages to running small cells that hit symbolic targets," said Farida Noorzai, a researcher who studies militant networks at a university in Kabul. "It needs fewer men for that, and it gets more attention.\"""",
    """Three factors work in the group's favour. First, the collapse of the aid-dependent economy has made recruitment easier. Former soldiers and intelligence officers, many of them unpaid since August 2021 and fearful of reprisals, have joined the group, according to the UN team. Second, ISKP's appeal among Salafi communities in the east stems partly from the Taliban's closure of Salafi madrasas and the detention of Salafi clerics. Third, the disbanding of the former intelligence service left the Taliban with little capacity to penetrate urban cells, allowing ISKP to strike in Kabul with relative ease.""",
    """Taliban officials dismiss such warnings. Mawlawi Abdul Samad Haqbin, a spokesman for the Taliban's interior ministry, told this author in October that the group had been "reduced to a few hiding cells" and that its attacks were the work of "foreign intelligence agencies". He said the authorities had deployed fighters around Shi'ite mosques to protect Friday prayers.""",
    """Earlier decapitation did not produce the results its authors hoped for. The arrests of a series of ISKP leaders in 2019 and 2020 did not lead to the group's collapse, and the killing of senior commanders by American drones in 2022 has not stopped its media output. A former intelligence officer now living in Peshawar, who spoke on condition of anonymity, said the group had "more leaders in waiting than anyone thinks".""",
    """The group's ambitions are regional. Pakistani officials say ISKP cells have also struck in Bajaur and Peshawar, and its propaganda now appears in Uzbek, Tajik and Urdu. If the Taliban continue to alienate Salafis and former soldiers, the group will find new recruits; if the economy recovers, that pool may shrink.""",
    """The lesson for outside governments is uncomfortable. Counter-terrorism without a partner on the ground depends on the Taliban, whose own methods have fed the grievances ISKP exploits.""",
])
NOO = ["Farida Noorzai, a researcher who studies militant networks at a university in Kabul"]
d.q('"ISKP has moved from holding villages to running small cells that hit symbolic targets,"', "Farida Noorzai",
    "Farida Noorzai, a researcher who studies militant networks at a university in Kabul", True, "named",
    role="researcher")
d.q('"It needs fewer men for that, and it gets more attention."', "Farida Noorzai",
    "Farida Noorzai, a researcher who studies militant networks at a university in Kabul", True, "named",
    role="researcher")
UN = [("The UN sanctions monitoring team", "The UN sanctions monitoring team estimated"), ("the UN team", "according to the UN team")]
d.q("the group has between 1,500 and 4,000 fighters, concentrated in the east and in the cities",
    "UN sanctions monitoring team", "The UN sanctions monitoring team", False, "named", mentions=UN, medium="report")
d.q("Former soldiers and intelligence officers, many of them unpaid since August 2021 and fearful of reprisals, have joined the group",
    "UN sanctions monitoring team", "the UN team", False, "named", swithin="according to the UN team", mentions=UN)
HAQ = ["Mawlawi Abdul Samad Haqbin, a spokesman for the Taliban's interior ministry"]
d.q('the group had been "reduced to a few hiding cells" and that its attacks were the work of "foreign intelligence agencies"',
    "Abdul Samad Haqbin", "Mawlawi Abdul Samad Haqbin, a spokesman for the Taliban's interior ministry", False, "named",
    role="spokesman", affiliation="Taliban interior ministry")
d.q("the authorities had deployed fighters around Shi'ite mosques to protect Friday prayers", "Abdul Samad Haqbin", "He",
    False, "named", swithin="He said the authorities", mentions=HAQ, role="spokesman",
    affiliation="Taliban interior ministry")
d.q('the group had "more leaders in waiting than anyone thinks"', "A former intelligence officer now living in Peshawar",
    "A former intelligence officer now living in Peshawar, who spoke on condition of anonymity", False,
    "unnamed official")
d.q("ISKP cells have also struck in Bajaur and Peshawar", "Pakistani officials", "Pakistani officials", False,
    "unnamed official")
d.agg("the group claimed 82 attacks in Afghanistan in the first six months of 2022", "ISKP attacks claimed", "attacks",
      quantity=82, period_start="2022-01-01", period_end="2022-06-30", scope="Afghanistan")
d.agg("down from 121 in the last four months of 2021", "ISKP attacks claimed", "attacks", quantity=121,
      period_start="2021-09-01", period_end="2021-12-31", scope="Afghanistan")
d.agg("the group has between 1,500 and 4,000 fighters", "ISKP fighters", "fighters", low=1500, high=4000,
      qualifier="between", scope="Afghanistan", claimant="UN sanctions monitoring team")
d.cz("Their crackdown in Nangarhar in late 2021, in which suspected members were detained and some were later found dead by roadsides, pushed much of the network out of the province and into the mountains of Kunar and into urban cells.",
     "Their crackdown in Nangarhar in late 2021",
     "pushed much of the network out of the province and into the mountains of Kunar and into urban cells")
d.cz("The mountainous border with Pakistan has allowed fighters to move between Kunar and Bajaur whenever pressure mounts on either side.",
     "The mountainous border with Pakistan", "fighters to move between Kunar and Bajaur", driver="terrain/safe havens")
d.cz("the collapse of the aid-dependent economy has made recruitment easier", "the collapse of the aid-dependent economy",
     "made recruitment easier", driver="economic hardship/unemployment")
d.cz("ISKP's appeal among Salafi communities in the east stems partly from the Taliban's closure of Salafi madrasas and the detention of Salafi clerics",
     "the Taliban's closure of Salafi madrasas and the detention of Salafi clerics",
     "ISKP's appeal among Salafi communities in the east", driver="sectarian grievance")
d.cz("the disbanding of the former intelligence service left the Taliban with little capacity to penetrate urban cells, allowing ISKP to strike in Kabul with relative ease",
     "the disbanding of the former intelligence service", "allowing ISKP to strike in Kabul with relative ease",
     driver="security posture/deployment")
d.cz("whose own methods have fed the grievances ISKP exploits", "whose own methods", "the grievances ISKP exploits")


# =====================================================================================================
# authA-11  Iraq, weekly security roundup
# =====================================================================================================
d = Doc("authA-11", "Iraq weekly security roundup, 18-24 October 2020", "2020-10-25", "Iraq", [
    """This roundup covers security incidents reported in Iraq between Sunday 18 and Saturday 24 October. Islamic State (IS) activity remained concentrated in the disputed territories between Kirkuk, Salah al-Din and Diyala, while rocket fire on the capital resumed after a pause of several weeks.""",
    """SALAH AL-DIN — On 19 October, IS militants attacked a post of the Popular Mobilization Forces (PMF) in the Amerli area east of Tuz Khurmatu, killing four PMF fighters and wounding three. A PMF statement said one attacker was killed and the others fled towards the Hamrin mountains. Local sources put the PMF death toll at six.""",
    """DIYALA — On Tuesday, a roadside bomb struck a pickup carrying farmers on an agricultural road near Muqdadiya, killing two men, a Diyala police official said. The toll rose to three on Wednesday when one of the wounded died in hospital. IS attacks in Diyala rose to 38 in September from 21 in August, according to our tracking, and orchard workers north of Muqdadiya have been a recurring target.""",
    """BAGHDAD — Also on Tuesday, two roadside bombs struck army patrols in Tarmiyah and near Taji, north of the capital, killing three soldiers in total, the Security Media Cell said. Late on Wednesday, three Katyusha rockets were fired at the Green Zone. Two were intercepted by the US embassy's air defences and the third landed in an empty lot, causing no casualties, a security official said. No group claimed the attack. Rocket fire on the embassy compound last month prompted Washington to warn that it would close its mission.""",
    """On Friday, thousands of demonstrators gathered in Tahrir Square to mark the approaching first anniversary of the October 2019 protest movement. The rally passed off peacefully, and a similar march took place in Nasiriyah, the capital of Dhi Qar province. "We are here for those who died, and nothing has changed for the living," said Zainab Hadi, a 24-year-old pharmacy student. More than 560 protesters and members of the security forces were killed during the 2019-2020 protest wave, according to government figures released in the summer.""",
    """KIRKUK — On Thursday, Iraqi F-16 jets struck IS hideouts in the Wadi al-Shay valley, south of Kirkuk, killing five militants, according to the Security Media Cell. Tensions between Baghdad and the Kurdistan Regional Government have left a security vacuum in the disputed territories, allowing IS cells to move between Kirkuk and Diyala largely undetected.""",
    """NINEWA — On Saturday, a Turkish drone struck a vehicle near Sinjar, killing two fighters of the Sinjar Resistance Units (YBS), an Ezidi force linked to the PKK, Kurdish media reported. A YBS statement put the number of dead at three. Baghdad and Erbil signed an agreement earlier this month to restore federal administration in Sinjar; Ankara has said it will act against the PKK there if the deal is not implemented.""",
    """OUTLOOK — The Joint Operations Command said security forces had carried out 127 operations against IS since the start of October. "Daesh remnants no longer hold any ground; they hide in caves and valleys," spokesman Major General Raad al-Mohammadawi told state television. The drawdown of US-led coalition troops, who handed over several bases this year, has reduced air surveillance over the Hamrin range, and IS cells have used the gaps to regroup. Coronavirus restrictions also slowed ground operations in the spring, when units were confined to barracks to contain outbreaks.""",
])
SMC = "Security Media Cell"
d.ev("2020-10-19", "Battles", "Armed clash", "Islamic State (Iraq)", "Popular Mobilization Forces", "Salah al-Din",
     "Amerli", None, None, 2, 5, [
         "On 19 October, IS militants attacked a post of the Popular Mobilization Forces (PMF) in the Amerli area east of Tuz Khurmatu, killing four PMF fighters and wounding three",
         "one attacker was killed"],
     admin1_alt=["Salahuddin", "Salah ad Din", "Saladin"], location_alt=["Amirli", "Tuz Khurmatu"], injured=3,
     fatalities_note="PMF statement 4 PMF + 1 attacker; local sources 6 PMF: most conservative taken")
d.ev("Tuesday", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)",
     "Civilians (Iraq)", "Diyala", "Muqdadiyah", 33.9781, 44.9369, 2, 3, [
         "a roadside bomb struck a pickup carrying farmers on an agricultural road near Muqdadiya, killing two men",
         "The toll rose to three on Wednesday"],
     actor1_alt=["Islamic State (Iraq)"], location_alt=["Muqdadiya", "Al Muqdadiyah"],
     fatalities_note="2 at first, updated to 3")
d.ev("Tuesday", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)",
     "Military Forces of Iraq (2020-)", "Baghdad", "Tarmiyah", 33.6690, 44.3910, 1, None, [
         "two roadside bombs struck army patrols in Tarmiyah and near Taji, north of the capital, killing three soldiers in total"],
     actor1_alt=["Islamic State (Iraq)"], location_alt=["Tarmiya"],
     fatalities_note="three soldiers for two blasts together: not apportionable")
d.ev("Tuesday", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)",
     "Military Forces of Iraq (2020-)", "Baghdad", "Taji", 33.5167, 44.2667, 2, None, [
         ("near Taji", "Tarmiyah and near Taji, north")],
     actor1_alt=["Islamic State (Iraq)"], fatalities_note="three soldiers for two blasts together: not apportionable")
d.ev("Wednesday", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)",
     None, "Baghdad", "Baghdad - Green Zone", 33.3020, 44.3900, 1, 0, [
         "Late on Wednesday, three Katyusha rockets were fired at the Green Zone"],
     location_alt=["Green Zone", "International Zone", "Baghdad"])
d.ev("Friday", "Protests", "Peaceful protest", "Protesters (Iraq)", None, "Baghdad", "Baghdad - Tahrir Square",
     33.3340, 44.4130, 1, 0, [
         "On Friday, thousands of demonstrators gathered in Tahrir Square to mark the approaching first anniversary of the October 2019 protest movement"],
     location_alt=["Tahrir Square", "Baghdad"])
d.ev("Friday", "Protests", "Peaceful protest", "Protesters (Iraq)", None, "Dhi Qar", "Nasiriyah", 31.0439, 46.2575, 1, 0, [
         "a similar march took place in Nasiriyah, the capital of Dhi Qar province"],
     admin1_alt=["Thi Qar", "Dhi Qar Governorate"], location_alt=["Nasiriya", "An Nasiriyah"])
d.ev("Thursday", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Iraq (2020-)", "Islamic State (Iraq)",
     "Kirkuk", "Wadi al-Shay", None, None, 2, 5, [
         "On Thursday, Iraqi F-16 jets struck IS hideouts in the Wadi al-Shay valley, south of Kirkuk, killing five militants"],
     admin1_alt=["Tamim", "At-Ta'mim"], location_alt=["Wadi al Shay", "Kirkuk"])
d.ev("Saturday", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Turkey (2016-)",
     "YBS: Sinjar Resistance Units", "Ninewa", "Sinjar", 36.3209, 41.8764, 2, 2, [
         "On Saturday, a Turkish drone struck a vehicle near Sinjar, killing two fighters of the Sinjar Resistance Units (YBS)",
         "A YBS statement put the number of dead at three"],
     admin1_alt=["Nineveh", "Ninawa", "Nineveh Governorate"], location_alt=["Shingal", "Sinjar district"],
     fatalities_note="Kurdish media 2, YBS 3: most conservative taken")
d.q("one attacker was killed and the others fled towards the Hamrin mountains", "Popular Mobilization Forces",
    "A PMF statement", False, "named", alt=["PMF"])
d.q("put the PMF death toll at six", "Local sources", "Local sources", False, "anonymous")
d.q("On Tuesday, a roadside bomb struck a pickup carrying farmers on an agricultural road near Muqdadiya, killing two men",
    "a Diyala police official", "a Diyala police official", False, "unnamed official")
SMCM = [("the Security Media Cell", "killing three soldiers in total, the Security Media Cell"),
        ("the Security Media Cell", "killing five militants, according to the Security Media Cell")]
d.q("two roadside bombs struck army patrols in Tarmiyah and near Taji, north of the capital, killing three soldiers in total",
    SMC, "the Security Media Cell", False, "named", swithin="killing three soldiers in total, the Security Media Cell",
    mentions=SMCM, frags=["Also on Tuesday",
                          "two roadside bombs struck army patrols in Tarmiyah and near Taji, north of the capital, killing three soldiers in total"])
d.q("Two were intercepted by the US embassy's air defences and the third landed in an empty lot, causing no casualties",
    "a security official", "a security official", False, "unnamed official")
d.q('"We are here for those who died, and nothing has changed for the living,"', "Zainab Hadi",
    "Zainab Hadi, a 24-year-old pharmacy student", True, "named", role="student")
d.q("More than 560 protesters and members of the security forces were killed during the 2019-2020 protest wave",
    "government figures", "government figures released in the summer", False, "unnamed official")
d.q("On Thursday, Iraqi F-16 jets struck IS hideouts in the Wadi al-Shay valley, south of Kirkuk, killing five militants",
    SMC, "the Security Media Cell", False, "named", swithin="killing five militants, according to the Security Media Cell",
    mentions=SMCM)
d.q("On Saturday, a Turkish drone struck a vehicle near Sinjar, killing two fighters of the Sinjar Resistance Units (YBS), an Ezidi force linked to the PKK",
    "Kurdish media", "Kurdish media", False, "anonymous")
d.q("put the number of dead at three", "YBS: Sinjar Resistance Units", "A YBS statement", False, "named",
    alt=["Sinjar Resistance Units", "YBS"])
d.q("it will act against the PKK there if the deal is not implemented", "Ankara", "Ankara", False, "named",
    swithin="Ankara has said", alt=["Turkey", "Turkish government"])
MOH = ["spokesman Major General Raad al-Mohammadawi"]
d.q("security forces had carried out 127 operations against IS since the start of October", "Joint Operations Command",
    "The Joint Operations Command", False, "named")
d.q('"Daesh remnants no longer hold any ground; they hide in caves and valleys,"', "Raad al-Mohammadawi",
    "spokesman Major General Raad al-Mohammadawi", True, "named", role="spokesman",
    affiliation="Joint Operations Command", medium="state television")
d.agg("IS attacks in Diyala rose to 38 in September from 21 in August", "IS attacks", "attacks", quantity=38,
      period_start="2020-09-01", period_end="2020-09-30", scope="Diyala")
d.agg("IS attacks in Diyala rose to 38 in September from 21 in August", "IS attacks", "attacks", quantity=21,
      period_start="2020-08-01", period_end="2020-08-31", scope="Diyala")
d.agg("More than 560 protesters and members of the security forces were killed during the 2019-2020 protest wave",
      "protesters and security forces killed", "people", quantity=560, low=560, qualifier="more than",
      period_start="2019-10-01", period_end=None, scope="Iraq", claimant="government figures")
d.agg("security forces had carried out 127 operations against IS since the start of October", "operations against IS",
      "operations", quantity=127, period_start="2020-10-01", period_end="2020-10-25", scope="Iraq",
      claimant="Joint Operations Command")
d.cz("Rocket fire on the embassy compound last month prompted Washington to warn that it would close its mission.",
     "Rocket fire on the embassy compound last month", "Washington to warn that it would close its mission")
d.cz("Tensions between Baghdad and the Kurdistan Regional Government have left a security vacuum in the disputed territories, allowing IS cells to move between Kirkuk and Diyala largely undetected.",
     "Tensions between Baghdad and the Kurdistan Regional Government",
     "allowing IS cells to move between Kirkuk and Diyala largely undetected", driver="governance/corruption")
d.cz("The drawdown of US-led coalition troops, who handed over several bases this year, has reduced air surveillance over the Hamrin range",
     "The drawdown of US-led coalition troops", "reduced air surveillance over the Hamrin range", polarity="-",
     driver="security posture/deployment")
d.cz("Coronavirus restrictions also slowed ground operations in the spring", "Coronavirus restrictions",
     "slowed ground operations in the spring", polarity="-", driver="pandemic/lockdown")


# =====================================================================================================
# authA-12  Syria, feature (background only: no event by the guide's rules)
# =====================================================================================================
d = Doc("authA-12", "Five years after IS, Raqqa rebuilds on its own and fears the cells in the countryside",
        "2022-10-17", "Syria", [
    """RAQQA, Syria — Five years after Kurdish-led fighters drove the Islamic State group out of Raqqa, the city that served as the capital of its self-declared caliphate hums with generators and building sites. But residents say the peace they were promised has only half arrived.""",
    """On 17 October 2017, after a four-month battle backed by US-led air strikes, the Syrian Democratic Forces (SDF) announced the city's capture. Rights groups estimate that more than 1,600 civilians were killed during the battle, many of them in air strikes and artillery fire that flattened whole districts.""",
    """Khalil Mahmoud, 52, reopened his hardware shop near the clock tower roundabout three years ago. "We rebuilt the walls with our own hands. Nobody gave us a single bag of cement," he said, stacking paint tins on a dusty shelf. "The world came to bomb, and then the world went home.\"""",
    """Reconstruction has been slow because of a lack of international funding and corruption in the awarding of contracts, residents and local officials say. Ahmad Hamoud al-Khalaf, a member of the reconstruction committee of the Raqqa Civil Council, said more than 5,000 bodies had been recovered from mass graves in and around the city since 2018. "Every family here is still looking for someone," al-Khalaf said.""",
    """The fall of the caliphate did not end the killing. IS sleeper cells carried out 14 attacks in Raqqa province in September, mostly assassinations of SDF members and local officials, according to a monitoring group based in the city. An SDF security official said unemployment had pushed some young men into the cells, which pay as little as $100 for planting a bomb.""",
    """Many Arab residents resent the Kurdish-led administration, which they accuse of conscripting their sons and keeping oil revenue for itself, and that resentment has helped the cells find shelter in the villages along the Euphrates. The SDF has set up checkpoints at every entrance to the city to screen visitors.""",
    """Around 10,000 women and children from the Raqqa area still live in al-Hol camp in Hasakeh province, where IS loyalists enforce their rules. Tribal elders have sponsored the return of several hundred families, but many neighbours oppose the returns because they fear the women remain loyal to the group.""",
    """"People look at my children as if they were bombs," said Hanan, who returned from al-Hol in May and asked that her family name not be used. She said her eldest son had been refused a place at two schools.""",
    """Turkey has repeatedly threatened a new offensive against the SDF, which it regards as an extension of the PKK. If Turkish troops cross the border again, the SDF could pull guards from the prisons that hold thousands of IS fighters, officials in the administration warn.""",
    """For Mahmoud, the worry is closer to home. "My son wants to go to Europe. I tell him to stay and build, but build with what?\"""",
])
d.q("the peace they were promised has only half arrived", "residents", "residents", False, "anonymous",
    swithin="But residents say")
MAH = ["Khalil Mahmoud, 52", ("he", 'cement," he said'), ("Mahmoud", "For Mahmoud")]
d.q("more than 1,600 civilians were killed during the battle, many of them in air strikes and artillery fire that flattened whole districts",
    "Rights groups", "Rights groups", False, "anonymous")
d.q('"We rebuilt the walls with our own hands. Nobody gave us a single bag of cement,"', "Khalil Mahmoud", "he", True,
    "named", swithin='cement," he said', mentions=MAH, role="shopkeeper")
d.q('"The world came to bomb, and then the world went home."', "Khalil Mahmoud", "he", True, "named",
    swithin='cement," he said', mentions=MAH, role="shopkeeper")
d.q("Reconstruction has been slow because of a lack of international funding and corruption in the awarding of contracts",
    "residents and local officials", "residents and local officials", False, "unnamed official")
KHA = ["Ahmad Hamoud al-Khalaf, a member of the reconstruction committee of the Raqqa Civil Council", ("al-Khalaf", '," al-Khalaf said')]
d.q("more than 5,000 bodies had been recovered from mass graves in and around the city since 2018", "Ahmad Hamoud al-Khalaf",
    "Ahmad Hamoud al-Khalaf, a member of the reconstruction committee of the Raqqa Civil Council", False, "named",
    mentions=KHA, role="member of the reconstruction committee", affiliation="Raqqa Civil Council")
d.q('"Every family here is still looking for someone,"', "Ahmad Hamoud al-Khalaf", "al-Khalaf", True, "named",
    swithin='," al-Khalaf said', mentions=KHA, role="member of the reconstruction committee",
    affiliation="Raqqa Civil Council")
d.q("IS sleeper cells carried out 14 attacks in Raqqa province in September, mostly assassinations of SDF members and local officials",
    "a monitoring group based in the city", "a monitoring group based in the city", False, "anonymous")
d.q("unemployment had pushed some young men into the cells, which pay as little as $100 for planting a bomb",
    "An SDF security official", "An SDF security official", False, "unnamed official")
d.q("conscripting their sons and keeping oil revenue for itself", "Many Arab residents", "they", False, "anonymous",
    swithin="which they accuse", mentions=[("Many Arab residents", "Many Arab residents resent")])
d.q('"People look at my children as if they were bombs,"', "Hanan",
    "Hanan, who returned from al-Hol in May and asked that her family name not be used", True, "anonymous")
d.q("her eldest son had been refused a place at two schools", "Hanan", "She", False, "anonymous",
    swithin="She said her eldest", mentions=["Hanan, who returned from al-Hol in May and asked that her family name not be used"])
d.q("the SDF could pull guards from the prisons that hold thousands of IS fighters", "officials in the administration",
    "officials in the administration", False, "unnamed official",
    frags=["If Turkish troops cross the border again", "the SDF could pull guards from the prisons that hold thousands of IS fighters"])
d.q('"My son wants to go to Europe. I tell him to stay and build, but build with what?"', "Khalil Mahmoud", "Mahmoud",
    True, "named", swithin="For Mahmoud", mentions=MAH, role="shopkeeper")
d.agg("more than 1,600 civilians were killed during the battle", "civilians killed", "people", quantity=1600, low=1600,
      qualifier="more than", period_start="2017-06-06", period_end="2017-10-17", scope="Raqqa", claimant="Rights groups")
d.agg("more than 5,000 bodies had been recovered from mass graves in and around the city since 2018", "bodies recovered",
      "people", quantity=5000, low=5000, qualifier="more than", period_start="2018-01-01", period_end="2022-10-17",
      scope="Raqqa", claimant="Ahmad Hamoud al-Khalaf")
d.agg("IS sleeper cells carried out 14 attacks in Raqqa province in September", "IS attacks", "attacks", quantity=14,
      period_start="2022-09-01", period_end="2022-09-30", scope="Raqqa province",
      claimant="a monitoring group based in the city")
d.agg("Around 10,000 women and children from the Raqqa area still live in al-Hol camp", "women and children in al-Hol camp",
      "people", quantity=10000, qualifier="around", scope="al-Hol camp")
d.cz("Reconstruction has been slow because of a lack of international funding and corruption in the awarding of contracts",
     "a lack of international funding and corruption in the awarding of contracts", "Reconstruction has been slow",
     polarity="-", claimant="residents and local officials", driver="governance/corruption")
d.cz("unemployment had pushed some young men into the cells", "unemployment", "pushed some young men into the cells",
     claimant="An SDF security official", driver="economic hardship/unemployment")
d.cz("that resentment has helped the cells find shelter in the villages along the Euphrates", "that resentment",
     "the cells find shelter in the villages along the Euphrates")
d.cz("many neighbours oppose the returns because they fear the women remain loyal to the group",
     "they fear the women remain loyal to the group", "many neighbours oppose the returns",
     driver="displacement/camps/reintegration")


# @@DOCS@@


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--selfpred", help="also write the gold rewritten as a pred file here")
    a = ap.parse_args()
    ids = [x.id for x in DOCS]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "authA.docs.jsonl"), "w", encoding="utf-8") as f:
        for x in DOCS:
            f.write(json.dumps(x.doc(), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authA.gold.jsonl"), "w", encoding="utf-8") as f:
        for x in DOCS:
            f.write(json.dumps(x.gold(), ensure_ascii=False) + "\n")
    if a.selfpred:
        with open(a.selfpred, "w", encoding="utf-8") as f:
            for x in DOCS:
                f.write(json.dumps(x.gold(), ensure_ascii=False) + "\n")
    n = lambda k: sum(len(getattr(x, k)) for x in DOCS)
    agg = sum(c["kind"] == "aggregate" for x in DOCS for c in x.claims)
    print(f"docs={len(DOCS)} events={n('events')} quotes={n('quotes')} aggregate={agg} causal={n('claims') - agg} "
          f"words={sum(len(x.text.split()) for x in DOCS)}")


if __name__ == "__main__":
    main()
