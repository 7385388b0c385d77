#!/usr/bin/env python3
"""Build the authL sealed evaluation set: ten fictional analyses/features/roundups on political violence,
annotated by /work/shared/data/reports/GUIDE.md. Every offset is computed here by searching the text.
Writes authL.docs.jsonl, authL.gold.jsonl and authL.pred_selfcheck.jsonl beside this script.
All names, quotes, figures and incidents are invented; places and armed groups are real."""
import json
import os
import re
import sys

sys.path.insert(0, "/work/main/bench/data")
from gold_record import event_record  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
AUTHOR = "authL"
DOCS = []
SOURCE = {"author": AUTHOR, "fictional": True,
          "license": "original fictional text written for marsad evaluation; evaluation only"}


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def loc(text, s, lo=0, hi=None):
    """s: a string that occurs exactly once in text[lo:hi], or (context, sub): sub inside the unique context."""
    hi = len(text) if hi is None else hi
    if isinstance(s, (tuple, list)):
        c0, c1 = loc(text, s[0], lo, hi)
        return loc(text, s[1], c0, c1)
    occ = [i for i in occurrences(text[lo:hi], s)]
    assert len(occ) == 1, f"span {s!r} occurs {len(occ)} times"
    return lo + occ[0], lo + occ[0] + len(s)


def span(text, s, lo=0, hi=None):
    a, b = loc(text, s, lo, hi)
    return {"start": a, "end": b, "text": text[a:b]}


def mentions_of(text, items):
    """items: strings (every whole-word occurrence counts) or (context, sub) tuples."""
    iv = set()
    for it in items:
        if isinstance(it, (tuple, list)):
            iv.add(loc(text, it))
        else:
            for m in re.finditer(r"(?<![\w-])" + re.escape(it) + r"(?![\w-])", text):
                iv.add((m.start(), m.end()))
    iv = sorted(iv)
    keep = [x for x in iv if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in iv)]
    return [list(x) for x in keep]


class Doc:
    def __init__(self, did, title, published, text):
        self.id, self.title, self.published, self.text = did, title, published, text
        self.events, self.quotes, self.claims = [], [], []
        DOCS.append(self)

    def E(self, date, etype, sub, admin1, location, evidence, country=None, **kw):
        ev = [span(self.text, s) for s in evidence]
        self.events.append(event_record(date=date, etype=etype, sub=sub, country=country or self.country,
                                        admin1=admin1, location=location, evidence=ev, **kw))

    def Q(self, content, sp, name, ments=(), direct=None, role=None, aff=None, anon="named", med=None,
          frags=None, alt=None):
        t = self.text
        if frags:
            fr = [loc(t, f) for f in frags]
            a, b = fr[0][0], fr[-1][1]
        else:
            a, b = loc(t, content)
        s0, s1 = loc(t, sp)
        q = {"start": a, "end": b, "text": t[a:b]}
        if frags:
            q["fragments"] = [list(f) for f in fr]
        if direct is None:
            direct = t[a] == '"'
        ms = mentions_of(t, list(ments))
        if [s0, s1] not in ms:
            ms.append([s0, s1])
        ms.sort()
        q.update({"direct": direct, "speaker": name, "speaker_start": s0, "speaker_end": s1,
                  "speaker_text": t[s0:s1], "speaker_mentions": ms})
        if alt:
            q["speaker_alt"] = alt
        q.update({"role": role, "affiliation": aff, "anonymity": anon, "medium": med})
        self.quotes.append(q)

    def A(self, s, counted, unit, quantity=None, low=None, high=None, qualifier=None, ps=None, pe=None,
          scope=None, claimant=None):
        c = {"kind": "aggregate", **span(self.text, s), "claimant": claimant, "quantity": quantity, "low": low,
             "high": high, "counted": counted, "unit": unit, "qualifier": qualifier, "period_start": ps,
             "period_end": pe, "scope": scope}
        self.claims.append(c)

    def C(self, s, cause, effect, claimant=None, driver=None, hedged=False, pol="+"):
        sp = span(self.text, s)
        c = {"kind": "causal", **sp, "claimant": claimant, "hedged": hedged,
             "cause": span(self.text, cause, sp["start"], sp["end"]),
             "effect": span(self.text, effect, sp["start"], sp["end"]), "driver": driver, "polarity": pol}
        self.claims.append(c)


# ---------------------------------------------------------------- authL-01: Iraq, monthly roundup, 2021
d = Doc("authL-01", "Iraq security monitor, March 2021: Islamic State cells step up pressure in the disputed territories",
        "2021-04-02T09:30:00", """By Layla Qaradaghi

Islamic State remnants carried out 94 attacks across Iraq in March, according to figures compiled by the Baghdad-based Centre for Security Studies, up from 71 in February. Most of them struck the so-called disputed territories that run from Diyala through Kirkuk and Salah al-Din to the Ninewa plains, a belt claimed by both Baghdad and the Kurdistan Regional Government.

The security vacuum between federal and Kurdish lines has allowed the militants to move between the Hamrin mountains and the Wadi al-Shay valley almost at will, said Brigadier General Karim al-Shammari, a senior officer in the army's Kirkuk operations command. "They know every cave and every riverbed. We hold the roads, they hold the night," Shammari told the centre's researchers.

The month's deadliest incident came on Monday, when a roadside bomb hit an army patrol in Wadi al-Shay, about 30 km south of Kirkuk city, killing three soldiers and wounding two others, according to a statement from the Security Media Cell. On Wednesday night, gunmen stormed a farming hamlet on the outskirts of Jalawla, in the Khanaqin district of Diyala province, and shot dead two farmers, local officials said. A member of the district council said three people had died, including a shepherd.

Those attacks followed a quieter but telling episode in late February, when a militia commander was ambushed and killed near Tarmiyah, north of Baghdad; no group has claimed it.

According to the centre's tally, 58 people were killed in Islamic State violence during March, 33 of them members of the security forces and allied militias. Its director, Ahmed Jabbar Hilal, cautioned that the real figure was likely higher because attacks on shepherds and truffle hunters in remote areas often go unreported.

Hilal estimates that the group still fields between 2,000 and 3,000 fighters inside Iraq, most of them organised in cells of five to ten men. "They are not an army any more. They are a franchise of small gangs with a famous brand," he said.

Geography does much of the rest. The Hamrin range's caves, gullies and palm orchards provide cover that makes aerial surveillance difficult, and the militants cross the Diyala river on rafts at night.

Western officials attribute part of the resurgence to a change at the top. A younger generation of commanders has taken over since the group's Iraq deputy was killed in a coalition strike in January, and they are more willing to take risks, a Western diplomat in Baghdad said on condition of anonymity.

Economic hardship matters as much as ideology, Shammari argued. "Young men join them because they have nothing else, not because they believe in anything," he said, adding that recruiters in the southern Kirkuk districts pay as little as $100 a month.

The violence is also undoing the slow return of the displaced. Around 1.2 million Iraqis remain displaced nationwide, according to the International Organization for Migration, and officials in Diyala say the new attacks have prompted some 300 families who had gone back to villages around Jalawla to leave again.

Corruption in the distribution of reconstruction funds has left whole villages in ruins, feeding a resentment that the militants exploit, Hilal said.

The Joint Operations Command said it would launch a new clearance operation in the Hamrin range after Ramadan, backed by coalition air support. Coalition officials say they conducted 14 air strikes in Iraq in March, most of them in the Makhmour and Hamrin areas.

Shammari was blunt about what comes next. "If we do not close the gap with the peshmerga, we will be counting the same bodies next year," he said.
""")
d.country = "Iraq"
t = d.text
d.E("2021-03-29", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Kirkuk", "Wadi al-Shay",
    ["The month's deadliest incident came on Monday, when a roadside bomb hit an army patrol in Wadi al-Shay, about 30 km south of Kirkuk city, killing three soldiers and wounding two others"],
    actor1="Unidentified Armed Group (Iraq)", actor1_alt=["Islamic State (Iraq)"], actor2="Military Forces of Iraq (2018-2022)",
    admin1_alt=["Tamim", "At-Ta'mim", "Kirkuk Governorate"], admin2="Kirkuk", location_alt=["Wadi al-Shai", "Wadi Shay"],
    lat=35.21, lon=44.36, prec=2, fatalities=3, injured=2)
d.E("2021-03-31", "Violence against civilians", "Attack", "Diyala", "Jalawla",
    ["On Wednesday night, gunmen stormed a farming hamlet on the outskirts of Jalawla, in the Khanaqin district of Diyala province, and shot dead two farmers",
     "A member of the district council said three people had died, including a shepherd"],
    actor1="Unidentified Armed Group (Iraq)", actor1_alt=["Islamic State (Iraq)"], actor2="Civilians (Iraq)",
    admin1_alt=["Diyala Governorate", "Diyali"], admin2="Khanaqin", location_alt=["Jalula", "Jalaula"],
    lat=34.27, lon=45.16, prec=2, fatalities=2,
    fatalities_note="local officials 2 vs a district council member 3; the conservative figure is kept")

d.Q("Islamic State remnants carried out 94 attacks across Iraq in March", "figures compiled by the Baghdad-based Centre for Security Studies",
    "Centre for Security Studies", ments=["the centre's", ("According to the centre's tally", "the centre's tally")],
    aff="Centre for Security Studies", med="figures")
d.Q("The security vacuum between federal and Kurdish lines has allowed the militants to move between the Hamrin mountains and the Wadi al-Shay valley almost at will",
    "Brigadier General Karim al-Shammari", "Karim al-Shammari", ments=["Shammari"], direct=False,
    role="senior officer, Kirkuk operations command", aff="Iraqi army")
d.Q('"They know every cave and every riverbed. We hold the roads, they hold the night,"', ('night," Shammari told', "Shammari"),
    "Karim al-Shammari", ments=["Brigadier General Karim al-Shammari", "Shammari"], role="senior officer, Kirkuk operations command", aff="Iraqi army")
d.Q("The month's deadliest incident came on Monday, when a roadside bomb hit an army patrol in Wadi al-Shay, about 30 km south of Kirkuk city, killing three soldiers and wounding two others",
    "a statement from the Security Media Cell", "Security Media Cell", aff="Iraqi government", med="statement")
d.Q("On Wednesday night, gunmen stormed a farming hamlet on the outskirts of Jalawla, in the Khanaqin district of Diyala province, and shot dead two farmers",
    ("farmers, local officials said", "local officials"), "local officials", anon="unnamed official")
d.Q("three people had died, including a shepherd", "A member of the district council", "A member of the district council",
    role="district council member", aff="Khanaqin district council", anon="unnamed official")
d.Q("58 people were killed in Islamic State violence during March, 33 of them members of the security forces and allied militias",
    ("According to the centre's tally", "the centre's tally"), "Centre for Security Studies",
    ments=["figures compiled by the Baghdad-based Centre for Security Studies"], aff="Centre for Security Studies", med="tally")
d.Q("the real figure was likely higher because attacks on shepherds and truffle hunters in remote areas often go unreported",
    "Ahmed Jabbar Hilal", "Ahmed Jabbar Hilal", ments=["Hilal", "Its director"], role="director", aff="Centre for Security Studies")
d.Q("the group still fields between 2,000 and 3,000 fighters inside Iraq, most of them organised in cells of five to ten men",
    ("Hilal estimates that", "Hilal"), "Ahmed Jabbar Hilal", ments=["Ahmed Jabbar Hilal", "Hilal"], role="director", aff="Centre for Security Studies")
d.Q('"They are not an army any more. They are a franchise of small gangs with a famous brand,"', ('brand," he said', "he"),
    "Ahmed Jabbar Hilal", ments=["Ahmed Jabbar Hilal", "Hilal"], role="director", aff="Centre for Security Studies")
d.Q("part of the resurgence to a change at the top", "Western officials", "Western officials", anon="unnamed official")
d.Q("A younger generation of commanders has taken over since the group's Iraq deputy was killed in a coalition strike in January, and they are more willing to take risks",
    "a Western diplomat in Baghdad", "A Western diplomat in Baghdad", role="diplomat", anon="unnamed official")
d.Q("Economic hardship matters as much as ideology", ("ideology, Shammari argued", "Shammari"), "Karim al-Shammari",
    ments=["Brigadier General Karim al-Shammari", "Shammari"], role="senior officer, Kirkuk operations command", aff="Iraqi army")
d.Q('"Young men join them because they have nothing else, not because they believe in anything,"', ('anything," he said', "he"),
    "Karim al-Shammari", ments=["Brigadier General Karim al-Shammari", "Shammari"], role="senior officer, Kirkuk operations command", aff="Iraqi army")
d.Q("recruiters in the southern Kirkuk districts pay as little as $100 a month", ('anything," he said, adding', "he"),
    "Karim al-Shammari", ments=["Brigadier General Karim al-Shammari", "Shammari"], direct=False, role="senior officer, Kirkuk operations command", aff="Iraqi army")
d.Q("Around 1.2 million Iraqis remain displaced nationwide", "the International Organization for Migration", "International Organization for Migration",
    aff="International Organization for Migration")
d.Q("the new attacks have prompted some 300 families who had gone back to villages around Jalawla to leave again", "officials in Diyala",
    "officials in Diyala", anon="unnamed official")
d.Q("Corruption in the distribution of reconstruction funds has left whole villages in ruins, feeding a resentment that the militants exploit",
    ("exploit, Hilal said", "Hilal"), "Ahmed Jabbar Hilal", ments=["Ahmed Jabbar Hilal", "Hilal"], role="director", aff="Centre for Security Studies")
d.Q("it would launch a new clearance operation in the Hamrin range after Ramadan, backed by coalition air support", "The Joint Operations Command",
    "Joint Operations Command", aff="Iraqi armed forces")
d.Q("they conducted 14 air strikes in Iraq in March, most of them in the Makhmour and Hamrin areas", "Coalition officials", "Coalition officials",
    aff="Global Coalition Against Daesh", anon="unnamed official")
d.Q('"If we do not close the gap with the peshmerga, we will be counting the same bodies next year,"', ('next year," he said', "he"),
    "Karim al-Shammari", ments=["Brigadier General Karim al-Shammari", "Shammari"], role="senior officer, Kirkuk operations command", aff="Iraqi army")

d.A("Islamic State remnants carried out 94 attacks across Iraq in March", "Islamic State attacks", "attacks", quantity=94,
    ps="2021-03-01", pe="2021-03-31", scope="Iraq", claimant="Centre for Security Studies")
d.A("up from 71 in February", "Islamic State attacks", "attacks", quantity=71, ps="2021-02-01", pe="2021-02-28", scope="Iraq",
    claimant="Centre for Security Studies")
d.A("58 people were killed in Islamic State violence during March", "people killed in Islamic State violence", "people", quantity=58,
    ps="2021-03-01", pe="2021-03-31", scope="Iraq", claimant="Centre for Security Studies")
d.A("33 of them members of the security forces and allied militias", "security forces and militia members killed", "people", quantity=33,
    ps="2021-03-01", pe="2021-03-31", scope="Iraq", claimant="Centre for Security Studies")
d.A("the group still fields between 2,000 and 3,000 fighters inside Iraq", "Islamic State fighters", "fighters", low=2000, high=3000,
    qualifier="between", scope="Iraq", claimant="Ahmed Jabbar Hilal")
d.A("Around 1.2 million Iraqis remain displaced nationwide", "internally displaced Iraqis", "people", quantity=1200000, qualifier="around",
    pe="2021-04-02", scope="Iraq", claimant="International Organization for Migration")
d.A("the new attacks have prompted some 300 families who had gone back to villages around Jalawla to leave again",
    "returnee families displaced again", "families", quantity=300, qualifier="some", scope="villages around Jalawla, Diyala",
    claimant="officials in Diyala")
d.A("they conducted 14 air strikes in Iraq in March", "coalition air strikes", "air strikes", quantity=14, ps="2021-03-01",
    pe="2021-03-31", scope="Iraq", claimant="Coalition officials")

d.C("The security vacuum between federal and Kurdish lines has allowed the militants to move between the Hamrin mountains and the Wadi al-Shay valley almost at will",
    "The security vacuum between federal and Kurdish lines",
    "the militants to move between the Hamrin mountains and the Wadi al-Shay valley almost at will",
    claimant="Karim al-Shammari", driver="security posture/deployment")
d.C("the real figure was likely higher because attacks on shepherds and truffle hunters in remote areas often go unreported",
    "attacks on shepherds and truffle hunters in remote areas often go unreported", "the real figure was likely higher",
    claimant="Ahmed Jabbar Hilal", hedged=True)
d.C("The Hamrin range's caves, gullies and palm orchards provide cover that makes aerial surveillance difficult",
    "The Hamrin range's caves, gullies and palm orchards provide cover", "aerial surveillance difficult", driver="terrain/safe havens")
d.C("Western officials attribute part of the resurgence to a change at the top", "a change at the top", "part of the resurgence",
    claimant="Western officials", driver="leadership/command change")
d.C("Young men join them because they have nothing else", "they have nothing else", "Young men join them",
    claimant="Karim al-Shammari", driver="economic hardship/unemployment")
d.C("the new attacks have prompted some 300 families who had gone back to villages around Jalawla to leave again", "the new attacks",
    "some 300 families who had gone back to villages around Jalawla to leave again", claimant="officials in Diyala")
d.C("Corruption in the distribution of reconstruction funds has left whole villages in ruins, feeding a resentment that the militants exploit",
    "Corruption in the distribution of reconstruction funds", "has left whole villages in ruins, feeding a resentment that the militants exploit",
    claimant="Ahmed Jabbar Hilal", driver="governance/corruption")

# ---------------------------------------------------------------- authL-02: Syria, feature, 2022 (no event)
d = Doc("authL-02", "In Syria's desert, Islamic State rebuilds in the gaps between armies",
        "2022-09-14T06:00:00", """QAMISHLI, Syria (Levant Wire) - On the road south from Deir ez-Zor toward Palmyra, the checkpoints thin out after the village of al-Shoula and the desert begins. It is here, in the Badia, a stony steppe that runs to the Iraqi and Jordanian borders, that Islamic State has quietly rebuilt itself three years after losing its last sliver of territory at Baghouz.

The group claimed 231 attacks in Syria between January and August, according to a count by the Euphrates Monitoring Network, most of them small ambushes and assassinations in areas held by the Kurdish-led Syrian Democratic Forces (SDF) east of the river. The deadliest violence, however, has been in the government-held desert to the west, where at least 160 soldiers and pro-government militiamen have been killed since January, the network said.

A United Nations monitoring team estimated in July that the group retains between 5,000 and 7,000 members and supporters across Syria and Iraq. That is a fraction of its strength at the height of the caliphate, but enough for a long insurgency.

"The Badia is the perfect hideout. It is huge, it is empty and nobody really owns it," said Nour Haddad, who studies jihadist movements at the Amman-based Levant Policy Forum. The sheer size of the desert makes it impossible for any army to hold, Haddad said.

She argued that Russia's decision to pull some units and private contractors out of Syria for the war in Ukraine had thinned the government's presence in the desert, giving the cells room to regroup. A Syrian army officer in Palmyra, speaking by phone on condition of anonymity, denied that any forces had been withdrawn.

The group has also adapted to losing its chiefs. The leadership losses of the past three years have pushed the cells toward greater autonomy, with local emirs now choosing their own targets and raising their own money, a U.S. defense official said.

In late July, militants ambushed a bus carrying conscripts near al-Shoula, one of several attacks that have made the highway a no-go zone after dark. Syrian state news agency SANA has reported that army units killed "dozens of terrorists" in sweeps of the desert over the summer, without giving figures.

East of the Euphrates, the picture looks different. Commander Siamand Afrin, who leads the force's counter-terrorism units in Deir ez-Zor province, said his men had arrested 89 suspected cell members since June.

Arrests alone will not end the problem. Sheikh Faisal al-Hamad, a notable of the Baggara tribe, said resentment among Arab tribes at the Kurdish-led administration's grip on oil revenues and local jobs was pushing young men toward the militants. "Our sons see the oil leave in trucks and they see nothing come back," he said.

Money matters too. With the Syrian pound in free fall, the group pays some recruits a monthly stipend of about $150, more than a teacher earns, according to Haddad. The economic collapse has made those stipends irresistible for unemployed young men, she said.

Further north, al-Hol camp still holds about 54,000 people, two-thirds of them children, according to the camp administration. "The camp is a school for the next generation," said Rojin Ahmed, a co-director of the camp. Aid workers say the crowding and the lack of schooling in the camp are fuelling radicalisation among teenagers.

SDF prisons hold about 10,000 Islamic State suspects, some 2,000 of them foreigners whose home governments have refused to take them back, according to the SDF's foreign relations office. The U.S.-led coalition keeps about 900 troops in the northeast.

For Haddad, the lesson is that the group no longer needs territory to survive. "They lost the state, but they kept the organisation," she said.
""")
d.country = "Syria"
NH = ["Nour Haddad", "Haddad"]
d.Q("The group claimed 231 attacks in Syria between January and August", "a count by the Euphrates Monitoring Network",
    "Euphrates Monitoring Network", ments=[("January, the network said", "the network")], aff="Euphrates Monitoring Network", med="count")
d.Q("The deadliest violence, however, has been in the government-held desert to the west, where at least 160 soldiers and pro-government militiamen have been killed since January",
    ("January, the network said", "the network"), "Euphrates Monitoring Network", ments=["a count by the Euphrates Monitoring Network"],
    aff="Euphrates Monitoring Network")
d.Q("the group retains between 5,000 and 7,000 members and supporters across Syria and Iraq", "A United Nations monitoring team",
    "A United Nations monitoring team", aff="United Nations", anon="unnamed official", med="report")
d.Q('"The Badia is the perfect hideout. It is huge, it is empty and nobody really owns it,"', "Nour Haddad", "Nour Haddad", ments=NH,
    role="researcher on jihadist movements", aff="Levant Policy Forum")
d.Q("The sheer size of the desert makes it impossible for any army to hold", ("hold, Haddad said", "Haddad"), "Nour Haddad", ments=NH,
    role="researcher on jihadist movements", aff="Levant Policy Forum")
d.Q("Russia's decision to pull some units and private contractors out of Syria for the war in Ukraine had thinned the government's presence in the desert, giving the cells room to regroup",
    ("She argued that", "She"), "Nour Haddad", ments=NH, role="researcher on jihadist movements", aff="Levant Policy Forum")
d.Q("any forces had been withdrawn", "A Syrian army officer in Palmyra", "A Syrian army officer in Palmyra", role="army officer",
    aff="Syrian army", anon="unnamed official", med="phone")
d.Q("The leadership losses of the past three years have pushed the cells toward greater autonomy, with local emirs now choosing their own targets and raising their own money",
    "a U.S. defense official", "A U.S. defense official", role="defense official", aff="U.S. Department of Defense", anon="unnamed official")
d.Q("army units killed \"dozens of terrorists\" in sweeps of the desert over the summer", "Syrian state news agency SANA", "SANA",
    aff="Syrian state media", med="news agency")
d.Q("his men had arrested 89 suspected cell members since June", "Commander Siamand Afrin", "Siamand Afrin", ments=["Siamand Afrin", "Afrin"],
    role="commander, counter-terrorism units in Deir ez-Zor", aff="Syrian Democratic Forces")
d.Q("resentment among Arab tribes at the Kurdish-led administration's grip on oil revenues and local jobs was pushing young men toward the militants",
    "Sheikh Faisal al-Hamad", "Faisal al-Hamad", role="tribal notable", aff="Baggara tribe")
d.Q('"Our sons see the oil leave in trucks and they see nothing come back,"', ('come back," he said', "he"), "Faisal al-Hamad",
    ments=["Sheikh Faisal al-Hamad"], role="tribal notable", aff="Baggara tribe")
d.Q("the group pays some recruits a monthly stipend of about $150, more than a teacher earns", ("according to Haddad", "Haddad"),
    "Nour Haddad", ments=NH, role="researcher on jihadist movements", aff="Levant Policy Forum")
d.Q("The economic collapse has made those stipends irresistible for unemployed young men", ("young men, she said", "she"), "Nour Haddad",
    ments=NH, role="researcher on jihadist movements", aff="Levant Policy Forum")
d.Q("al-Hol camp still holds about 54,000 people, two-thirds of them children", "the camp administration", "al-Hol camp administration",
    aff="al-Hol camp administration")
d.Q("the crowding and the lack of schooling in the camp are fuelling radicalisation among teenagers", "Aid workers", "Aid workers", anon="anonymous")
d.Q("SDF prisons hold about 10,000 Islamic State suspects, some 2,000 of them foreigners whose home governments have refused to take them back",
    "the SDF's foreign relations office", "SDF foreign relations office", aff="Syrian Democratic Forces")
d.Q('"The camp is a school for the next generation,"', "Rojin Ahmed", "Rojin Ahmed", role="co-director", aff="al-Hol camp administration")
d.Q('"They lost the state, but they kept the organisation,"', ('organisation," she said', "she"), "Nour Haddad", ments=NH,
    role="researcher on jihadist movements", aff="Levant Policy Forum")

d.A("The group claimed 231 attacks in Syria between January and August", "attacks claimed by Islamic State", "attacks", quantity=231,
    ps="2022-01-01", pe="2022-08-31", scope="Syria", claimant="Euphrates Monitoring Network")
d.A("at least 160 soldiers and pro-government militiamen have been killed since January", "soldiers and pro-government militiamen killed",
    "people", quantity=160, low=160, qualifier="at least", ps="2022-01-01", pe="2022-09-14", scope="government-held Syrian desert (Badia)",
    claimant="Euphrates Monitoring Network")
d.A("the group retains between 5,000 and 7,000 members and supporters across Syria and Iraq", "Islamic State members and supporters",
    "people", low=5000, high=7000, qualifier="between", pe="2022-07-31", scope="Syria and Iraq", claimant="A United Nations monitoring team")
d.A("his men had arrested 89 suspected cell members since June", "suspected Islamic State cell members arrested", "people", quantity=89,
    ps="2022-06-01", pe="2022-09-14", scope="Deir ez-Zor province (SDF-held)", claimant="Siamand Afrin")
d.A("al-Hol camp still holds about 54,000 people", "people held in al-Hol camp", "people", quantity=54000, qualifier="about",
    pe="2022-09-14", scope="al-Hol camp", claimant="al-Hol camp administration")
d.A("two-thirds of them children", "share of al-Hol residents who are children", "percent", quantity=66.67, qualifier="two-thirds",
    pe="2022-09-14", scope="al-Hol camp", claimant="al-Hol camp administration")
d.A("SDF prisons hold about 10,000 Islamic State suspects", "Islamic State suspects held in SDF prisons", "people", quantity=10000,
    qualifier="about", pe="2022-09-14", scope="northeast Syria", claimant="SDF foreign relations office")
d.A("some 2,000 of them foreigners", "foreign Islamic State suspects held", "people", quantity=2000, qualifier="some",
    pe="2022-09-14", scope="SDF prisons, northeast Syria", claimant="SDF foreign relations office")

d.C("The sheer size of the desert makes it impossible for any army to hold", "The sheer size of the desert",
    "impossible for any army to hold", claimant="Nour Haddad", driver="terrain/safe havens")
d.C("Russia's decision to pull some units and private contractors out of Syria for the war in Ukraine had thinned the government's presence in the desert, giving the cells room to regroup",
    "Russia's decision to pull some units and private contractors out of Syria for the war in Ukraine",
    "had thinned the government's presence in the desert, giving the cells room to regroup", claimant="Nour Haddad",
    driver="security posture/deployment")
d.C("The leadership losses of the past three years have pushed the cells toward greater autonomy", "The leadership losses of the past three years",
    "the cells toward greater autonomy", claimant="A U.S. defense official", driver="leadership/command change")
d.C("one of several attacks that have made the highway a no-go zone after dark", "several attacks", "the highway a no-go zone after dark")
d.C("resentment among Arab tribes at the Kurdish-led administration's grip on oil revenues and local jobs was pushing young men toward the militants",
    "resentment among Arab tribes at the Kurdish-led administration's grip on oil revenues and local jobs",
    "pushing young men toward the militants", claimant="Faisal al-Hamad", driver="sectarian grievance")
d.C("The economic collapse has made those stipends irresistible for unemployed young men", "The economic collapse",
    "those stipends irresistible for unemployed young men", claimant="Nour Haddad", driver="economic hardship/unemployment")
d.C("the crowding and the lack of schooling in the camp are fuelling radicalisation among teenagers",
    "the crowding and the lack of schooling in the camp", "radicalisation among teenagers", claimant="Aid workers",
    driver="displacement/camps/reintegration")

# ---------------------------------------------------------------- authL-03: Nigeria, analysis, 2021
d = Doc("authL-03", "After Shekau: how Islamic State's West Africa branch is absorbing Nigeria's insurgency",
        "2021-07-09T14:10:00", """MAIDUGURI, Nigeria, July 9 (Sahel Press Agency) - Two months after the death of Boko Haram leader Abubakar Shekau, the rival Islamic State West Africa Province (ISWAP) is moving fast to absorb his fighters, his territory and his revenue.

Shekau blew himself up in the Sambisa forest in May rather than surrender to ISWAP commanders who had surrounded him, according to accounts from both the army and former fighters. His death removed the one figure who had kept the two factions apart, and it has triggered a scramble for the forest camps, said Aisha Bulama, a researcher at the Maiduguri Peace Centre.

"Shekau was the glue of his faction. Without him, the commanders either go to ISWAP, go to the army, or go home," Bulama said.

By the centre's estimate, ISWAP now has between 3,500 and 5,000 fighters, making it the dominant jihadist force in the Lake Chad basin. It has taken over roughly a third of the Sambisa enclaves that Shekau's men once held, Bulama said.

The upheaval appears to be working in the army's favour. More than 1,000 Boko Haram fighters and their relatives have surrendered to troops since late May, army spokesman Brigadier General Musa Adeyemi told reporters in Maiduguri on Thursday. "They are coming out of the bush hungry and frightened. Their leader is dead and their new masters do not trust them," Adeyemi said.

The fighting has not stopped. On Tuesday, ISWAP fighters in gun trucks attacked the military base in Damasak, in Mobbar local government area near the Niger border. The army said troops repelled the assault, killing 11 insurgents, and that two soldiers died. ISWAP, in a statement carried by its Amaq news agency, said it had killed 20 soldiers and seized weapons.

On Thursday, gunmen believed to belong to Shekau's faction abducted seven women who were gathering firewood outside Gwoza, near the Mandara mountains, residents said. A member of the Civilian Joint Task Force, a vigilante group that works with the army, said searches had found no trace of them.

ISWAP's discipline makes it more dangerous than Shekau's faction ever was. Where Shekau's men looted villages, ISWAP collects taxes from fishermen, farmers and herders and runs its own courts. Because the state is absent from much of rural northern Borno, those services have won the group a measure of acceptance, Bulama argued.

Economic pressure pushes in the same direction. Years of bans on fishing and on trade in dried fish and pepper, imposed by the military to starve the insurgents of revenue, have impoverished lakeside communities, she said. "When the army closes your market, the man who lets you fish for a small tax looks like a friend," she said.

Military strategy has also reshaped the map. Since 2019 the army has pulled troops back into a handful of fortified "super camps", leaving rural roads to the insurgents, said a senior officer in Maiduguri who asked not to be named.

The Lake Chad islands, a maze of marshes and floating reeds, give ISWAP a refuge that troops cannot easily reach. A Western diplomat in Abuja said the group also receives money and guidance from Islamic State's central leadership, which has helped it professionalise its propaganda and bomb-making.

Meanwhile the humanitarian burden grows. Borno hosts more than 1.8 million internally displaced people, according to the U.N. humanitarian office. The Lake Chad Conflict Observatory counted 412 civilians killed in the state in the first half of 2021, up from 298 in the same period a year earlier.

The state government plans to close several camps in Maiduguri by the end of the year and resettle their residents in their home towns. Aid agencies say the push could expose returnees to attacks, because many of those towns remain unprotected outside the garrison walls.

A spokesman for the Borno state government, Ibrahim Kachalla, rejected that view. "People want to go home and farm. We cannot keep them in tents forever," Kachalla said.
""")
d.country = "Nigeria"
AB = ["Aisha Bulama", "Bulama"]
MA = ["Brigadier General Musa Adeyemi", "Adeyemi"]
d.E("2021-07-06", "Battles", "Armed clash", "Borno", "Damasak",
    ["On Tuesday, ISWAP fighters in gun trucks attacked the military base in Damasak, in Mobbar local government area near the Niger border",
     "The army said troops repelled the assault, killing 11 insurgents, and that two soldiers died",
     "ISWAP, in a statement carried by its Amaq news agency, said it had killed 20 soldiers and seized weapons"],
    actor1="Islamic State West Africa Province (ISWAP)", actor1_alt=["Islamic State (West Africa)"],
    actor2="Military Forces of Nigeria (2015-2023)", admin2="Mobbar", lat=13.10, lon=12.51, prec=1, fatalities=13,
    fatalities_note="army: 11 insurgents and 2 soldiers; ISWAP claims 20 soldiers; the army's lower total is kept")
d.E("2021-07-08", "Violence against civilians", "Abduction/forced disappearance", "Borno", "Gwoza",
    ["On Thursday, gunmen believed to belong to Shekau's faction abducted seven women who were gathering firewood outside Gwoza, near the Mandara mountains"],
    actor1="Unidentified Armed Group (Nigeria)", actor1_alt=["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "JAS"],
    actor2="Civilians (Nigeria)", admin2="Gwoza", lat=11.08, lon=13.69, prec=2, fatalities=0)

d.Q("Shekau blew himself up in the Sambisa forest in May rather than surrender to ISWAP commanders who had surrounded him",
    "accounts from both the army and former fighters", "accounts from both the army and former fighters", anon="unnamed official",
    alt=["Nigerian army"])
d.Q("His death removed the one figure who had kept the two factions apart, and it has triggered a scramble for the forest camps",
    "Aisha Bulama", "Aisha Bulama", ments=AB, role="researcher", aff="Maiduguri Peace Centre")
d.Q('"Shekau was the glue of his faction. Without him, the commanders either go to ISWAP, go to the army, or go home,"',
    ('home," Bulama said', "Bulama"), "Aisha Bulama", ments=AB, role="researcher", aff="Maiduguri Peace Centre")
d.Q("ISWAP now has between 3,500 and 5,000 fighters, making it the dominant jihadist force in the Lake Chad basin",
    "the centre's estimate", "Maiduguri Peace Centre", aff="Maiduguri Peace Centre", med="estimate")
d.Q("It has taken over roughly a third of the Sambisa enclaves that Shekau's men once held", ("held, Bulama said", "Bulama"),
    "Aisha Bulama", ments=AB, role="researcher", aff="Maiduguri Peace Centre")
d.Q("More than 1,000 Boko Haram fighters and their relatives have surrendered to troops since late May", MA[0], "Musa Adeyemi",
    ments=MA, role="army spokesman", aff="Nigerian army", med="press briefing")
d.Q('"They are coming out of the bush hungry and frightened. Their leader is dead and their new masters do not trust them,"',
    ('them," Adeyemi said', "Adeyemi"), "Musa Adeyemi", ments=MA, role="army spokesman", aff="Nigerian army")
d.Q("troops repelled the assault, killing 11 insurgents, and that two soldiers died", ("The army said troops", "The army"), "Nigerian army",
    aff="Nigerian army")
d.Q("it had killed 20 soldiers and seized weapons", ("ISWAP, in a statement", "ISWAP"), "Islamic State West Africa Province",
    aff="Islamic State West Africa Province", med="Amaq news agency statement")
d.Q("On Thursday, gunmen believed to belong to Shekau's faction abducted seven women who were gathering firewood outside Gwoza, near the Mandara mountains",
    ("mountains, residents said", "residents"), "residents", anon="anonymous")
d.Q("searches had found no trace of them", "A member of the Civilian Joint Task Force", "A member of the Civilian Joint Task Force",
    role="militia member", aff="Civilian Joint Task Force", anon="unnamed official")
d.Q("Because the state is absent from much of rural northern Borno, those services have won the group a measure of acceptance",
    ("acceptance, Bulama argued", "Bulama"), "Aisha Bulama", ments=AB, role="researcher", aff="Maiduguri Peace Centre")
d.Q("Years of bans on fishing and on trade in dried fish and pepper, imposed by the military to starve the insurgents of revenue, have impoverished lakeside communities",
    ("communities, she said", "she"), "Aisha Bulama", ments=AB, role="researcher", aff="Maiduguri Peace Centre")
d.Q('"When the army closes your market, the man who lets you fish for a small tax looks like a friend,"', ('friend," she said', "she"),
    "Aisha Bulama", ments=AB, role="researcher", aff="Maiduguri Peace Centre")
d.Q('Since 2019 the army has pulled troops back into a handful of fortified "super camps", leaving rural roads to the insurgents',
    "a senior officer in Maiduguri", "A senior officer in Maiduguri", role="senior officer", aff="Nigerian army", anon="unnamed official")
d.Q("the group also receives money and guidance from Islamic State's central leadership, which has helped it professionalise its propaganda and bomb-making",
    "A Western diplomat in Abuja", "A Western diplomat in Abuja", role="diplomat", anon="unnamed official")
d.Q("Borno hosts more than 1.8 million internally displaced people", "the U.N. humanitarian office", "U.N. humanitarian office",
    aff="United Nations Office for the Coordination of Humanitarian Affairs", alt=["OCHA"])
d.Q("412 civilians killed in the state in the first half of 2021, up from 298 in the same period a year earlier",
    "The Lake Chad Conflict Observatory", "Lake Chad Conflict Observatory", aff="Lake Chad Conflict Observatory", med="count")
d.Q("the push could expose returnees to attacks, because many of those towns remain unprotected outside the garrison walls",
    "Aid agencies", "Aid agencies", anon="anonymous")
d.Q('"People want to go home and farm. We cannot keep them in tents forever,"', ('forever," Kachalla said', "Kachalla"),
    "Ibrahim Kachalla", ments=["Ibrahim Kachalla", "A spokesman for the Borno state government"], role="spokesman",
    aff="Borno state government")

d.A("ISWAP now has between 3,500 and 5,000 fighters", "ISWAP fighters", "fighters", low=3500, high=5000, qualifier="between",
    pe="2021-07-09", scope="Lake Chad basin", claimant="Maiduguri Peace Centre")
d.A("It has taken over roughly a third of the Sambisa enclaves that Shekau's men once held", "share of Shekau faction's Sambisa enclaves taken by ISWAP",
    "percent", quantity=33.33, qualifier="roughly", ps="2021-05-01", pe="2021-07-09", scope="Sambisa forest", claimant="Aisha Bulama")
d.A("More than 1,000 Boko Haram fighters and their relatives have surrendered to troops since late May",
    "Boko Haram fighters and relatives surrendered", "people", quantity=1000, low=1000, qualifier="more than", ps=None,
    pe="2021-07-08", scope="northeast Nigeria", claimant="Musa Adeyemi")
d.A("Borno hosts more than 1.8 million internally displaced people", "internally displaced people", "people", quantity=1800000,
    low=1800000, qualifier="more than", pe="2021-07-09", scope="Borno", claimant="U.N. humanitarian office")
d.A("412 civilians killed in the state in the first half of 2021", "civilians killed", "people", quantity=412, ps="2021-01-01",
    pe="2021-06-30", scope="Borno", claimant="Lake Chad Conflict Observatory")
d.A("up from 298 in the same period a year earlier", "civilians killed", "people", quantity=298, ps="2020-01-01", pe="2020-06-30",
    scope="Borno", claimant="Lake Chad Conflict Observatory")

d.C("His death removed the one figure who had kept the two factions apart, and it has triggered a scramble for the forest camps",
    "His death", "removed the one figure who had kept the two factions apart, and it has triggered a scramble for the forest camps",
    claimant="Aisha Bulama", driver="leadership/command change")
d.C("Because the state is absent from much of rural northern Borno, those services have won the group a measure of acceptance",
    "the state is absent from much of rural northern Borno", "those services have won the group a measure of acceptance",
    claimant="Aisha Bulama", driver="governance/corruption")
d.C("Years of bans on fishing and on trade in dried fish and pepper, imposed by the military to starve the insurgents of revenue, have impoverished lakeside communities",
    "Years of bans on fishing and on trade in dried fish and pepper", "have impoverished lakeside communities", claimant="Aisha Bulama",
    driver="economic hardship/unemployment")
d.C('Since 2019 the army has pulled troops back into a handful of fortified "super camps", leaving rural roads to the insurgents',
    'the army has pulled troops back into a handful of fortified "super camps"', "leaving rural roads to the insurgents",
    claimant="A senior officer in Maiduguri", driver="security posture/deployment")
d.C("The Lake Chad islands, a maze of marshes and floating reeds, give ISWAP a refuge that troops cannot easily reach",
    "The Lake Chad islands, a maze of marshes and floating reeds", "give ISWAP a refuge that troops cannot easily reach",
    driver="terrain/safe havens")
d.C("the group also receives money and guidance from Islamic State's central leadership, which has helped it professionalise its propaganda and bomb-making",
    "money and guidance from Islamic State's central leadership", "professionalise its propaganda and bomb-making",
    claimant="A Western diplomat in Abuja", driver="external support")
d.C("the push could expose returnees to attacks, because many of those towns remain unprotected outside the garrison walls",
    "the push", "expose returnees to attacks", claimant="Aid agencies", hedged=True, driver="displacement/camps/reintegration")
d.C("ISWAP now has between 3,500 and 5,000 fighters, making it the dominant jihadist force in the Lake Chad basin",
    "ISWAP now has between 3,500 and 5,000 fighters", "the dominant jihadist force in the Lake Chad basin", claimant="Maiduguri Peace Centre")
d.C("ISWAP's discipline makes it more dangerous than Shekau's faction ever was", "ISWAP's discipline",
    "it more dangerous than Shekau's faction ever was")

# ---------------------------------------------------------------- authL-04: Mozambique, explainer, 2022
d = Doc("authL-04", "Explainer: why Cabo Delgado's displaced are still not going home",
        "2022-06-21T11:45:00", """Nearly five years after the first attacks in Mocimboa da Praia, the insurgency in Mozambique's northern province of Cabo Delgado has settled into a grinding pattern: raids on villages, a brief military response, and another wave of families on the move. This week's violence in Ancuabe district showed how quickly the map can change.

WHAT HAPPENED THIS WEEK?

On Sunday, insurgents entered a village on the outskirts of Ancuabe town, beheaded three men and set dozens of homes on fire, according to a district administrator who spoke to local radio. Islamic State later claimed the attack through its Amaq outlet, saying its fighters had killed "four Christians".

A day earlier, on Saturday, Rwandan and Mozambican troops killed four insurgents in a clash near Chai, in neighbouring Macomia district, the Rwanda Defence Force said in a statement. No soldiers were hurt, it said.

HOW MANY PEOPLE HAVE FLED?

More than 946,000 people are displaced across northern Mozambique, most of them from Cabo Delgado, according to the International Organization for Migration. Some 84,000 of them fled Ancuabe and Chiure districts in the first two weeks of June alone, said Lucia Tembe, an IOM spokeswoman in Pemba.

"People are running south with whatever they can carry. Many have been displaced two or three times," Tembe said. Overcrowding in the resettlement sites around Metuge and Pemba has strained water supplies, and cuts in food rations have pushed some families to go back to villages that are not safe, she added.

The Cabo Delgado Observatory, a monitoring project run by researchers in Maputo, estimates that about 4,100 people have been killed since October 2017, roughly half of them civilians.

WHO ARE THE INSURGENTS?

Locally known as al-Shabaab, though unconnected to the Somali group, the militants pledged allegiance to Islamic State in 2019. Analysts now put their strength at between 300 and 500 fighters, down from perhaps 2,000 before Rwanda sent troops in July last year.

The group's roots are local. Resentment among the mostly Muslim Mwani communities of the coast toward a political elite drawn largely from the Makonde has fed recruitment, said Eduardo Mussa, a sociologist at the Centre for Cabo Delgado Studies. Poverty matters too. "The gas came, the jobs went to people from the south and from abroad, and the young men of Mocimboa got nothing," Mussa said.

He also pointed to the state itself. The forced eviction of small-scale miners from the ruby fields near Montepuez, and the corruption that surrounded mining licences, left thousands of young men angry and idle, Mussa said.

WHAT HAS THE INTERVENTION ACHIEVED?

The arrival of Rwandan forces allowed the government to retake Mocimboa da Praia town and its port in August 2021, and officials say about 300,000 people have since returned to Palma and Mocimboa districts. A Mozambican defence ministry official, who asked not to be named, said security forces now controlled "practically all" of the district capitals.

Yet the fighters did not disappear. Pushed out of the coast, they broke into small groups and moved south and west. The thick forests along the Messalo river and around Catupa give the cells cover from aerial surveillance, said Colonel Aimable Nshuti, a spokesman for the Rwandan contingent. "They hide in forest we cannot see into from the air, and they come out only to raid," Nshuti said.

That shift, analysts say, explains why districts such as Ancuabe and Chiure, which had been spared for years, are now under attack.

WHAT HAPPENS NEXT?

The government wants the displaced to return home before the rainy season, and TotalEnergies has said it will not restart its $20 billion gas project until security is restored. Mussa is sceptical. "Soldiers can retake a town in a week. Giving a young man a reason not to pick up a gun takes years," he said.

For Amina Saide, who fled Quissanga with her four children in 2020 and now lives in a tent near Metuge, the calculation is simple. "I will go back when the soldiers stay in our village at night, not only in the day," she said.
""")
d.country = "Mozambique"
EM = ["Eduardo Mussa", "Mussa"]
LT = ["Lucia Tembe", "Tembe"]
AN = ["Colonel Aimable Nshuti", "Nshuti"]
d.E("2022-06-19", "Violence against civilians", "Attack", "Cabo Delgado", "Ancuabe",
    ["On Sunday, insurgents entered a village on the outskirts of Ancuabe town, beheaded three men and set dozens of homes on fire",
     "Islamic State later claimed the attack through its Amaq outlet, saying its fighters had killed \"four Christians\""],
    actor1="Islamic State (Mozambique)", actor1_alt=["Ahlu Sunnah Wa-Jama"], actor2="Civilians (Mozambique)", admin2="Ancuabe",
    lat=-12.97, lon=39.85, prec=2, fatalities=3, fatalities_note="district administrator 3; Islamic State claim 4; the lower figure is kept",
    note="Arson of dozens of homes folded into the same attack.")
d.E("2022-06-18", "Battles", "Armed clash", "Cabo Delgado", "Chai",
    ["on Saturday, Rwandan and Mozambican troops killed four insurgents in a clash near Chai, in neighbouring Macomia district"],
    actor1="Military Forces of Rwanda (2000-)", actor1_alt=["Military Forces of Mozambique (1975-)"], actor2="Islamic State (Mozambique)",
    admin2="Macomia", location_alt=["Macomia"], prec=2, fatalities=4)

d.Q("On Sunday, insurgents entered a village on the outskirts of Ancuabe town, beheaded three men and set dozens of homes on fire",
    "a district administrator", "A district administrator", role="district administrator", aff="Ancuabe district", anon="unnamed official",
    med="local radio")
d.Q('its fighters had killed "four Christians"', ("Islamic State later claimed", "Islamic State"), "Islamic State", aff="Islamic State",
    med="Amaq")
d.Q("on Saturday, Rwandan and Mozambican troops killed four insurgents in a clash near Chai, in neighbouring Macomia district",
    "the Rwanda Defence Force", "Rwanda Defence Force", ments=[("No soldiers were hurt, it said", "it")], aff="Rwanda Defence Force",
    med="statement")
d.Q("No soldiers were hurt", ("No soldiers were hurt, it said", "it"), "Rwanda Defence Force", ments=["the Rwanda Defence Force"],
    aff="Rwanda Defence Force", med="statement")
d.Q("More than 946,000 people are displaced across northern Mozambique, most of them from Cabo Delgado",
    "the International Organization for Migration", "International Organization for Migration",
    aff="International Organization for Migration")
d.Q("Some 84,000 of them fled Ancuabe and Chiure districts in the first two weeks of June alone", "Lucia Tembe", "Lucia Tembe", ments=LT,
    role="spokeswoman", aff="International Organization for Migration")
d.Q('"People are running south with whatever they can carry. Many have been displaced two or three times,"', ('times," Tembe said', "Tembe"),
    "Lucia Tembe", ments=LT, role="spokeswoman", aff="International Organization for Migration")
d.Q("Overcrowding in the resettlement sites around Metuge and Pemba has strained water supplies, and cuts in food rations have pushed some families to go back to villages that are not safe",
    ("not safe, she added", "she"), "Lucia Tembe", ments=LT, role="spokeswoman", aff="International Organization for Migration")
d.Q("about 4,100 people have been killed since October 2017, roughly half of them civilians", "The Cabo Delgado Observatory",
    "Cabo Delgado Observatory", aff="Cabo Delgado Observatory", med="estimate")
d.Q("their strength at between 300 and 500 fighters, down from perhaps 2,000 before Rwanda sent troops in July last year",
    ("Analysts now put", "Analysts"), "Analysts", anon="anonymous")
d.Q("Resentment among the mostly Muslim Mwani communities of the coast toward a political elite drawn largely from the Makonde has fed recruitment",
    "Eduardo Mussa", "Eduardo Mussa", ments=EM + [("He also pointed", "He")], role="sociologist", aff="Centre for Cabo Delgado Studies")
d.Q('"The gas came, the jobs went to people from the south and from abroad, and the young men of Mocimboa got nothing,"',
    ('nothing," Mussa said', "Mussa"), "Eduardo Mussa", ments=EM, role="sociologist", aff="Centre for Cabo Delgado Studies")
d.Q("The forced eviction of small-scale miners from the ruby fields near Montepuez, and the corruption that surrounded mining licences, left thousands of young men angry and idle",
    ("idle, Mussa said", "Mussa"), "Eduardo Mussa", ments=EM, role="sociologist", aff="Centre for Cabo Delgado Studies")
d.Q("about 300,000 people have since returned to Palma and Mocimboa districts", ("and officials say", "officials"), "officials",
    anon="unnamed official")
d.Q('security forces now controlled "practically all" of the district capitals', "A Mozambican defence ministry official",
    "A Mozambican defence ministry official", role="defence ministry official", aff="Mozambique Ministry of National Defence",
    anon="unnamed official")
d.Q("The thick forests along the Messalo river and around Catupa give the cells cover from aerial surveillance", AN[0], "Aimable Nshuti",
    ments=AN, role="spokesman", aff="Rwandan contingent, Rwanda Defence Force")
d.Q('"They hide in forest we cannot see into from the air, and they come out only to raid,"', ('raid," Nshuti said', "Nshuti"),
    "Aimable Nshuti", ments=AN, role="spokesman", aff="Rwandan contingent, Rwanda Defence Force")
d.Q("explains why districts such as Ancuabe and Chiure, which had been spared for years, are now under attack",
    ("That shift, analysts say", "analysts"), "analysts", anon="anonymous", frags=["That shift", "explains why districts such as Ancuabe and Chiure, which had been spared for years, are now under attack"])
d.Q("it will not restart its $20 billion gas project until security is restored", "TotalEnergies", "TotalEnergies", aff="TotalEnergies")
d.Q('"Soldiers can retake a town in a week. Giving a young man a reason not to pick up a gun takes years,"', ('years," he said', "he"),
    "Eduardo Mussa", ments=EM, role="sociologist", aff="Centre for Cabo Delgado Studies")
d.Q('"I will go back when the soldiers stay in our village at night, not only in the day,"', ('day," she said', "she"), "Amina Saide",
    ments=["Amina Saide"], role="displaced resident", anon="named")

d.A("More than 946,000 people are displaced across northern Mozambique", "people displaced", "people", quantity=946000, low=946000,
    qualifier="more than", pe="2022-06-21", scope="northern Mozambique", claimant="International Organization for Migration")
d.A("Some 84,000 of them fled Ancuabe and Chiure districts in the first two weeks of June alone", "people who fled", "people",
    quantity=84000, qualifier="some", ps="2022-06-01", pe="2022-06-14", scope="Ancuabe and Chiure districts", claimant="Lucia Tembe")
d.A("about 4,100 people have been killed since October 2017", "people killed in the conflict", "people", quantity=4100, qualifier="about",
    ps="2017-10-01", pe="2022-06-21", scope="Cabo Delgado", claimant="Cabo Delgado Observatory")
d.A("roughly half of them civilians", "share of conflict deaths who were civilians", "percent", quantity=50, qualifier="roughly",
    ps="2017-10-01", pe="2022-06-21", scope="Cabo Delgado", claimant="Cabo Delgado Observatory")
d.A("their strength at between 300 and 500 fighters", "insurgent fighters", "fighters", low=300, high=500, qualifier="between",
    pe="2022-06-21", scope="Cabo Delgado", claimant="Analysts")
d.A("down from perhaps 2,000 before Rwanda sent troops in July last year", "insurgent fighters", "fighters", quantity=2000,
    qualifier="perhaps", pe="2021-07-31", scope="Cabo Delgado", claimant="Analysts")
d.A("about 300,000 people have since returned to Palma and Mocimboa districts", "displaced people returned", "people", quantity=300000,
    qualifier="about", ps="2021-08-01", pe="2022-06-21", scope="Palma and Mocimboa da Praia districts", claimant="officials")

d.C("Overcrowding in the resettlement sites around Metuge and Pemba has strained water supplies", "Overcrowding in the resettlement sites around Metuge and Pemba",
    "strained water supplies", claimant="Lucia Tembe", driver="displacement/camps/reintegration")
d.C("cuts in food rations have pushed some families to go back to villages that are not safe", "cuts in food rations",
    "some families to go back to villages that are not safe", claimant="Lucia Tembe", driver="economic hardship/unemployment")
d.C("Resentment among the mostly Muslim Mwani communities of the coast toward a political elite drawn largely from the Makonde has fed recruitment",
    "Resentment among the mostly Muslim Mwani communities of the coast toward a political elite drawn largely from the Makonde",
    "recruitment", claimant="Eduardo Mussa", driver="sectarian grievance")
d.C("The forced eviction of small-scale miners from the ruby fields near Montepuez, and the corruption that surrounded mining licences, left thousands of young men angry and idle",
    "The forced eviction of small-scale miners from the ruby fields near Montepuez, and the corruption that surrounded mining licences",
    "thousands of young men angry and idle", claimant="Eduardo Mussa", driver="governance/corruption")
d.C("The arrival of Rwandan forces allowed the government to retake Mocimboa da Praia town and its port in August 2021",
    "The arrival of Rwandan forces", "the government to retake Mocimboa da Praia town and its port", driver="external support")
d.C("The thick forests along the Messalo river and around Catupa give the cells cover from aerial surveillance",
    "The thick forests along the Messalo river and around Catupa", "give the cells cover from aerial surveillance",
    claimant="Aimable Nshuti", driver="terrain/safe havens")
d.C("That shift, analysts say, explains why districts such as Ancuabe and Chiure, which had been spared for years, are now under attack",
    "That shift", "districts such as Ancuabe and Chiure, which had been spared for years, are now under attack", claimant="analysts")

# ---------------------------------------------------------------- authL-05: Tunisia, think-tank commentary, 2017 (no event)
d = Doc("authL-05", "Commentary: Tunisia's returning jihadists are a test of its young democracy",
        "2017-11-08T08:00:00", """COMMENTARY

With Mosul and Raqqa lost, the question in Tunis is no longer whether its citizens who joined Islamic State will come home, but how many, and what the state will do with them.

Tunisia supplied more foreign fighters per head of population than almost any other country. The government says about 3,000 Tunisians travelled to Syria, Iraq and Libya after 2011; a United Nations working group put the figure far higher, at some 5,500. The interior ministry says around 800 have already returned.

Those returns are accelerating. The collapse of the caliphate in Iraq and Syria has prompted a steady trickle of men, and increasingly women and children, to seek a way back through Turkey, said Yassine Hamdi, a spokesman for the interior ministry. "Every week we receive new requests from families asking us to help bring back a daughter or a grandson," Hamdi told us in an interview in Tunis.

Why did so many go? For Hela Ben Youssef, who directs the Tunis Observatory for Security and Society, the economy comes first. In the interior towns of Kasserine and Sidi Bouzid, chronic graduate unemployment made young men easy prey for recruiters offering money, marriage and meaning. "A boy with a degree and no job is the easiest recruit in the world," Ben Youssef said.

Politics played its part too. In the chaotic months after the revolution, an amnesty freed hundreds of Islamist prisoners and the security services were purged and demoralised, which allowed Ansar al-Sharia to preach and recruit openly in mosques and on university campuses, Ben Youssef argues. By the time the group was banned in 2013, its networks were already sending young men abroad.

Geography did the rest. Libya's lawless western regions, a few hours' drive from the border, allowed Tunisians to train in camps before travelling on to Syria. A European counterterrorism official told us that at its peak, in 2015, roughly 1,500 Tunisians were fighting in Libya alone, many of them in Sirte and Sabratha.

What to do with the returnees is a fierce political argument. Some 190 returnees are currently in prison awaiting trial, according to Anis Jaziri, a lawyer who represents several of them. He says overcrowded prisons are turning petty sympathisers into committed militants. "We put a confused 20-year-old in a cell with a veteran of Raqqa and then act surprised," he said.

Critics in parliament take a harder line. Mabrouka Ayari, a deputy from the ruling coalition, said the returnees should be stripped of their citizenship. "These people chose to leave. Tunisia owes them nothing," she said. The constitution forbids preventing a citizen from returning, the justice ministry has noted.

Fear is real in the towns that sent the most fighters. In Douar Hicher, a working-class suburb of the capital, a mother whose two sons left for Syria in 2013 said she did not know if they were alive. One of her neighbours, she said, had been questioned by police four times since his return last year.

Security officials say they have dismantled 47 cells this year, most of them involved in recruitment and online propaganda. The figure, a senior police officer acknowledged, includes several small groups that never got beyond talking.

The risks are not hypothetical. The 2015 attacks on the Bardo museum and a Sousse beach resort were carried out by men trained in Libya. But a policy built only on prisons risks repeating the mistakes of the past. Because Tunisia has no serious reintegration programme, returnees who are released have few options beyond the same neighbourhoods and networks they left, Ben Youssef said.

"Prison without a plan for what comes after is just a waiting room," she said.

Tunisia's democracy has survived assassinations, terrorist attacks and an economic slump. Whether it can absorb its returning jihadists without sacrificing the rights it fought for may be its hardest test yet.

The author is a senior fellow for North Africa at a European policy institute.
""")
d.country = "Tunisia"
YH = ["Yassine Hamdi", "Hamdi"]
HB = ["Hela Ben Youssef", "Ben Youssef"]
AJ = ["Anis Jaziri"]
d.Q("about 3,000 Tunisians travelled to Syria, Iraq and Libya after 2011", ("The government says", "The government"), "Government of Tunisia",
    aff="Government of Tunisia")
d.Q("the figure far higher, at some 5,500", "a United Nations working group", "A United Nations working group", aff="United Nations",
    anon="unnamed official")
d.Q("around 800 have already returned", ("The interior ministry says", "The interior ministry"), "Tunisian Ministry of Interior", aff="Tunisian Ministry of Interior")
d.Q("The collapse of the caliphate in Iraq and Syria has prompted a steady trickle of men, and increasingly women and children, to seek a way back through Turkey",
    "Yassine Hamdi", "Yassine Hamdi", ments=YH, role="spokesman", aff="Tunisian Ministry of Interior")
d.Q('"Every week we receive new requests from families asking us to help bring back a daughter or a grandson,"', ('grandson," Hamdi told', "Hamdi"),
    "Yassine Hamdi", ments=YH, role="spokesman", aff="Tunisian Ministry of Interior", med="interview")
d.Q('"A boy with a degree and no job is the easiest recruit in the world,"', ('world," Ben Youssef said', "Ben Youssef"), "Hela Ben Youssef",
    ments=HB, role="director", aff="Tunis Observatory for Security and Society")
d.Q("In the chaotic months after the revolution, an amnesty freed hundreds of Islamist prisoners and the security services were purged and demoralised, which allowed Ansar al-Sharia to preach and recruit openly in mosques and on university campuses",
    ("campuses, Ben Youssef argues", "Ben Youssef"), "Hela Ben Youssef", ments=HB, role="director", aff="Tunis Observatory for Security and Society")
d.Q("at its peak, in 2015, roughly 1,500 Tunisians were fighting in Libya alone, many of them in Sirte and Sabratha",
    "A European counterterrorism official", "A European counterterrorism official", role="counterterrorism official", anon="unnamed official")
d.Q("Some 190 returnees are currently in prison awaiting trial", "Anis Jaziri", "Anis Jaziri", ments=AJ, role="lawyer")
d.Q("overcrowded prisons are turning petty sympathisers into committed militants", ("He says overcrowded", "He"), "Anis Jaziri", ments=AJ, role="lawyer")
d.Q('"We put a confused 20-year-old in a cell with a veteran of Raqqa and then act surprised,"', ('surprised," he said', "he"), "Anis Jaziri",
    ments=AJ, role="lawyer")
d.Q("the returnees should be stripped of their citizenship", "Mabrouka Ayari", "Mabrouka Ayari", ments=["Mabrouka Ayari"],
    role="member of parliament", aff="ruling coalition")
d.Q('"These people chose to leave. Tunisia owes them nothing,"', ('nothing," she said', "she"), "Mabrouka Ayari", ments=["Mabrouka Ayari"],
    role="member of parliament", aff="ruling coalition")
d.Q("The constitution forbids preventing a citizen from returning", "the justice ministry", "Tunisian Ministry of Justice",
    aff="Tunisian Ministry of Justice")
d.Q("she did not know if they were alive", "a mother whose two sons left for Syria in 2013", "A mother whose two sons left for Syria in 2013",
    anon="anonymous")
d.Q("One of her neighbours", ("One of her neighbours, she said, had", "she"), "A mother whose two sons left for Syria in 2013",
    ments=["a mother whose two sons left for Syria in 2013"], anon="anonymous",
    frags=["One of her neighbours", "had been questioned by police four times since his return last year"])
d.Q("they have dismantled 47 cells this year, most of them involved in recruitment and online propaganda", "Security officials",
    "Security officials", anon="unnamed official")
d.Q("The figure", ("The figure, a senior police officer acknowledged", "a senior police officer"), "A senior police officer",
    role="police officer", anon="unnamed official",
    frags=["The figure", "includes several small groups that never got beyond talking"])
d.Q("Because Tunisia has no serious reintegration programme, returnees who are released have few options beyond the same neighbourhoods and networks they left",
    ("they left, Ben Youssef said", "Ben Youssef"), "Hela Ben Youssef", ments=HB, role="director", aff="Tunis Observatory for Security and Society")
d.Q('"Prison without a plan for what comes after is just a waiting room,"', ('waiting room," she said', "she"), "Hela Ben Youssef",
    ments=HB, role="director", aff="Tunis Observatory for Security and Society")

d.A("about 3,000 Tunisians travelled to Syria, Iraq and Libya after 2011", "Tunisian foreign fighters who travelled abroad", "people",
    quantity=3000, qualifier="about", ps="2011-01-01", pe="2017-11-08", scope="Tunisians in Syria, Iraq and Libya", claimant="Government of Tunisia")
d.A("the figure far higher, at some 5,500", "Tunisian foreign fighters who travelled abroad", "people", quantity=5500, qualifier="some",
    ps="2011-01-01", scope="Tunisians in Syria, Iraq and Libya", claimant="A United Nations working group")
d.A("around 800 have already returned", "returned Tunisian foreign fighters", "people", quantity=800, qualifier="around",
    pe="2017-11-08", scope="Tunisia", claimant="Tunisian Ministry of Interior")
d.A("roughly 1,500 Tunisians were fighting in Libya alone", "Tunisian fighters in Libya", "fighters", quantity=1500, qualifier="roughly",
    ps="2015-01-01", pe="2015-12-31", scope="Libya", claimant="A European counterterrorism official")
d.A("Some 190 returnees are currently in prison awaiting trial", "returnees in prison awaiting trial", "people", quantity=190,
    qualifier="some", pe="2017-11-08", scope="Tunisia", claimant="Anis Jaziri")
d.A("they have dismantled 47 cells this year", "militant cells dismantled", "cells", quantity=47, ps="2017-01-01", pe="2017-11-08",
    scope="Tunisia", claimant="Security officials")

d.C("The collapse of the caliphate in Iraq and Syria has prompted a steady trickle of men, and increasingly women and children, to seek a way back through Turkey",
    "The collapse of the caliphate in Iraq and Syria", "a steady trickle of men, and increasingly women and children, to seek a way back through Turkey",
    claimant="Yassine Hamdi")
d.C("In the interior towns of Kasserine and Sidi Bouzid, chronic graduate unemployment made young men easy prey for recruiters offering money, marriage and meaning",
    "chronic graduate unemployment", "young men easy prey for recruiters offering money, marriage and meaning", driver="economic hardship/unemployment")
d.Q("the economy comes first", "Hela Ben Youssef", "Hela Ben Youssef", ments=HB, role="director", aff="Tunis Observatory for Security and Society")
d.C("an amnesty freed hundreds of Islamist prisoners and the security services were purged and demoralised, which allowed Ansar al-Sharia to preach and recruit openly in mosques and on university campuses",
    "an amnesty freed hundreds of Islamist prisoners and the security services were purged and demoralised",
    "Ansar al-Sharia to preach and recruit openly in mosques and on university campuses", claimant="Hela Ben Youssef",
    driver="governance/corruption")
d.C("Libya's lawless western regions, a few hours' drive from the border, allowed Tunisians to train in camps before travelling on to Syria",
    "Libya's lawless western regions, a few hours' drive from the border", "Tunisians to train in camps before travelling on to Syria",
    driver="terrain/safe havens")
d.C("overcrowded prisons are turning petty sympathisers into committed militants", "overcrowded prisons",
    "turning petty sympathisers into committed militants", claimant="Anis Jaziri", driver="displacement/camps/reintegration")
d.C("Because Tunisia has no serious reintegration programme, returnees who are released have few options beyond the same neighbourhoods and networks they left",
    "Tunisia has no serious reintegration programme",
    "returnees who are released have few options beyond the same neighbourhoods and networks they left", claimant="Hela Ben Youssef",
    driver="displacement/camps/reintegration")
d.C("a policy built only on prisons risks repeating the mistakes of the past", "a policy built only on prisons",
    "repeating the mistakes of the past", hedged=True)

# ---------------------------------------------------------------- authL-06: Afghanistan, monthly roundup, 2016
d = Doc("authL-06", "Afghanistan conflict roundup, July 2016: Islamic State squeezed in Nangarhar but not finished",
        "2016-08-03T16:20:00", """AFGHANISTAN CONFLICT ROUNDUP | JULY 2016
Prepared by the Eastern Afghanistan desk

SUMMARY

The Afghan army's summer offensive against the Islamic State affiliate known as Khorasan Province pushed the group out of much of the lowland of southern Nangarhar in July, but commanders and local elders warn that its core has retreated intact into the Spin Ghar mountains. The Taliban, meanwhile, kept up pressure in Helmand and Kunduz.

KEY FIGURES

- Afghan forces have retaken six villages in Kot and Achin districts since the operation, code-named Wrath of the Storm, began on July 10, according to Mohammad Zaman Shinwari, spokesman for the Nangarhar governor.
- About 300 Islamic State fighters were killed in the same period, Shinwari said. The figure could not be independently verified.
- The United Nations refugee agency says more than 12,000 families have fled their homes in southern Nangarhar since January, many of them to informal camps around Jalalabad.
- U.S. officials estimate the group's strength in Afghanistan at between 1,000 and 1,500 fighters, down from as many as 3,000 at the start of the year.

RECENT INCIDENTS

A U.S. drone strike killed nine Islamic State militants, including a local commander, in the Mamand valley of Achin district on Monday, Shinwari said. Residents reached by phone said two of the dead were farmers; the governor's office denied that any civilians had been killed.

On Tuesday, Afghan special forces pushed militants out of the Shadal area of Kot district after a day-long gunfight. Fifteen militants and one soldier were killed, the Ministry of Defence said in a statement.

In Jalalabad, a magnetic bomb attached to a car exploded near the Mukhabirat roundabout on Sunday morning, killing a district official and his driver, police said. No group claimed responsibility.

ANALYSIS

The offensive has benefited from a change in Washington's rules. Since President Barack Obama gave U.S. commanders wider authority in June to strike Islamic State targets without waiting for Afghan requests, the number of U.S. air strikes in Nangarhar has risen sharply, a U.S. military spokesman, Captain Daniel Ortiz, said. "We can now go after them where we find them," Ortiz said.

The group is also reeling from the loss of commanders. The death of its senior military planner for the east in a strike in June left the affiliate's command in disarray, said Farida Noorzai, an analyst at the Afghan Institute for Conflict Studies in Kabul. "They are promoting 25-year-olds to lead fronts," she said.

But the terrain favours the militants. The caves and high passes of the Spin Ghar range, which straddles the Pakistani border, allow fighters to retreat and resupply when pressure mounts, Noorzai said. Many of the affiliate's original members were Pakistani Taliban who crossed into Nangarhar to escape a Pakistani army offensive in North Waziristan, she added.

Local politics helped the group gain its foothold. Abuses and extortion by local police militias drove some villagers to welcome the newcomers in early 2015, said Haji Gul Rahman, an elder from Achin. That welcome did not last. "They banned the poppy, they closed the schools, they killed our elders. Now the people hate them more than they hate the government," Rahman said.

The poppy ban in particular cost farming families most of their income, turning many against the group, according to Noorzai.

Displacement is the offensive's hidden cost. A UNHCR official in Jalalabad said families in the camps receive food only sporadically. "Winter will be very hard for them," the official said.

OUTLOOK

The Taliban, which is fighting the Islamic State affiliate as fiercely as it fights the government, said in a statement it would never allow the group to take root in Afghanistan. Afghan officials expect the Nangarhar offensive to continue into September.

Noorzai was cautious. "The lowlands can be taken. The mountains are another matter," she said.
""")
d.country = "Afghanistan"
MZ = ["Mohammad Zaman Shinwari", "Shinwari"]
FN = ["Farida Noorzai", "Noorzai"]
DO = ["Captain Daniel Ortiz", "Ortiz"]
d.E("2016-08-01", "Explosions/Remote violence", "Air/drone strike", "Nangarhar", "Achin",
    ["A U.S. drone strike killed nine Islamic State militants, including a local commander, in the Mamand valley of Achin district on Monday",
     "Residents reached by phone said two of the dead were farmers"],
    actor1="Military Forces of the United States", actor2="Islamic State (Afghanistan)", admin2="Achin",
    location_alt=["Mamand valley", "Mohmand valley"], lat=34.08, lon=70.68, prec=2, fatalities=9,
    fatalities_note="9 per the governor's spokesman, 2 of them farmers according to residents")
d.E("2016-08-02", "Battles", "Government regains territory", "Nangarhar", "Kot",
    ["On Tuesday, Afghan special forces pushed militants out of the Shadal area of Kot district after a day-long gunfight",
     "Fifteen militants and one soldier were killed, the Ministry of Defence said in a statement"],
    sub_alt=["Armed clash"], actor1="Military Forces of Afghanistan (2004-2021)", actor2="Islamic State (Afghanistan)", admin2="Kot",
    location_alt=["Shadal", "Kot district"], lat=34.20, lon=70.60, prec=2, fatalities=16)
d.E("2016-07-31", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Nangarhar", "Jalalabad",
    ["In Jalalabad, a magnetic bomb attached to a car exploded near the Mukhabirat roundabout on Sunday morning, killing a district official and his driver"],
    actor1="Unidentified Armed Group (Afghanistan)", actor1_alt=["Islamic State (Afghanistan)", "Taliban"],
    actor2="Government of Afghanistan (2004-2021)", admin2="Jalalabad", lat=34.43, lon=70.45, prec=1, fatalities=2)

d.Q("Afghan forces have retaken six villages in Kot and Achin districts since the operation, code-named Wrath of the Storm, began on July 10",
    "Mohammad Zaman Shinwari", "Mohammad Zaman Shinwari", ments=MZ, role="spokesman for the Nangarhar governor", aff="Nangarhar provincial government")
d.Q("About 300 Islamic State fighters were killed in the same period", ("period, Shinwari said", "Shinwari"), "Mohammad Zaman Shinwari",
    ments=MZ, role="spokesman for the Nangarhar governor", aff="Nangarhar provincial government")
d.Q("more than 12,000 families have fled their homes in southern Nangarhar since January, many of them to informal camps around Jalalabad",
    "The United Nations refugee agency", "UNHCR", aff="United Nations High Commissioner for Refugees")
d.Q("the group's strength in Afghanistan at between 1,000 and 1,500 fighters, down from as many as 3,000 at the start of the year",
    "U.S. officials", "U.S. officials", aff="U.S. government", anon="unnamed official")
d.Q("A U.S. drone strike killed nine Islamic State militants, including a local commander, in the Mamand valley of Achin district on Monday",
    ("Monday, Shinwari said", "Shinwari"), "Mohammad Zaman Shinwari", ments=MZ, role="spokesman for the Nangarhar governor",
    aff="Nangarhar provincial government")
d.Q("two of the dead were farmers", "Residents reached by phone", "Residents reached by phone", anon="anonymous", med="phone")
d.Q("Fifteen militants and one soldier were killed", "the Ministry of Defence", "Afghan Ministry of Defence", aff="Afghan Ministry of Defence",
    med="statement")
d.Q("In Jalalabad, a magnetic bomb attached to a car exploded near the Mukhabirat roundabout on Sunday morning, killing a district official and his driver",
    ("driver, police said", "police"), "police", anon="unnamed official")
d.Q("Since President Barack Obama gave U.S. commanders wider authority in June to strike Islamic State targets without waiting for Afghan requests, the number of U.S. air strikes in Nangarhar has risen sharply",
    "a U.S. military spokesman", "Daniel Ortiz", ments=DO + ["a U.S. military spokesman"], role="U.S. military spokesman", aff="U.S. forces in Afghanistan")
d.Q('"We can now go after them where we find them,"', ('find them," Ortiz said', "Ortiz"), "Daniel Ortiz", ments=DO + ["a U.S. military spokesman"],
    role="U.S. military spokesman", aff="U.S. forces in Afghanistan")
d.Q("The death of its senior military planner for the east in a strike in June left the affiliate's command in disarray", "Farida Noorzai",
    "Farida Noorzai", ments=FN, role="analyst", aff="Afghan Institute for Conflict Studies")
d.Q('"They are promoting 25-year-olds to lead fronts,"', ('fronts," she said', "she"), "Farida Noorzai", ments=FN, role="analyst",
    aff="Afghan Institute for Conflict Studies")
d.Q("The caves and high passes of the Spin Ghar range, which straddles the Pakistani border, allow fighters to retreat and resupply when pressure mounts",
    ("mounts, Noorzai said", "Noorzai"), "Farida Noorzai", ments=FN, role="analyst", aff="Afghan Institute for Conflict Studies")
d.Q("Many of the affiliate's original members were Pakistani Taliban who crossed into Nangarhar to escape a Pakistani army offensive in North Waziristan",
    ("she added", "she"), "Farida Noorzai", ments=FN, role="analyst", aff="Afghan Institute for Conflict Studies")
d.Q("Abuses and extortion by local police militias drove some villagers to welcome the newcomers in early 2015", "Haji Gul Rahman",
    "Haji Gul Rahman", ments=["Haji Gul Rahman", "Rahman"], role="elder", aff="Achin district")
d.Q('"They banned the poppy, they closed the schools, they killed our elders. Now the people hate them more than they hate the government,"',
    ('government," Rahman said', "Rahman"), "Haji Gul Rahman", ments=["Haji Gul Rahman", "Rahman"], role="elder", aff="Achin district")
d.Q("The poppy ban in particular cost farming families most of their income, turning many against the group", ("according to Noorzai", "Noorzai"),
    "Farida Noorzai", ments=FN, role="analyst", aff="Afghan Institute for Conflict Studies")
d.Q("families in the camps receive food only sporadically", "A UNHCR official in Jalalabad", "A UNHCR official in Jalalabad",
    ments=[("the official said", "the official")], aff="United Nations High Commissioner for Refugees", anon="unnamed official")
d.Q('"Winter will be very hard for them,"', ("the official said", "the official"), "A UNHCR official in Jalalabad",
    ments=["A UNHCR official in Jalalabad"], aff="United Nations High Commissioner for Refugees", anon="unnamed official")
d.Q("it would never allow the group to take root in Afghanistan", ("The Taliban, which", "The Taliban"), "Taliban", aff="Taliban",
    med="statement")
d.Q('"The lowlands can be taken. The mountains are another matter,"', ('matter," she said', "she"), "Farida Noorzai", ments=FN,
    role="analyst", aff="Afghan Institute for Conflict Studies")

d.A("Afghan forces have retaken six villages in Kot and Achin districts since the operation, code-named Wrath of the Storm, began on July 10",
    "villages retaken by Afghan forces", "villages", quantity=6, ps="2016-07-10", pe="2016-08-03", scope="Kot and Achin districts, Nangarhar",
    claimant="Mohammad Zaman Shinwari")
d.A("About 300 Islamic State fighters were killed in the same period", "Islamic State fighters killed", "people", quantity=300,
    qualifier="about", ps="2016-07-10", pe="2016-08-03", scope="Nangarhar offensive", claimant="Mohammad Zaman Shinwari")
d.A("more than 12,000 families have fled their homes in southern Nangarhar since January", "families displaced", "families",
    quantity=12000, low=12000, qualifier="more than", ps="2016-01-01", pe="2016-08-03", scope="southern Nangarhar", claimant="UNHCR")
d.A("the group's strength in Afghanistan at between 1,000 and 1,500 fighters", "Islamic State Khorasan fighters", "fighters", low=1000,
    high=1500, qualifier="between", pe="2016-08-03", scope="Afghanistan", claimant="U.S. officials")
d.A("down from as many as 3,000 at the start of the year", "Islamic State Khorasan fighters", "fighters", quantity=3000, high=3000,
    qualifier="as many as", pe="2016-01-31", scope="Afghanistan", claimant="U.S. officials")

d.C("The offensive has benefited from a change in Washington's rules", "a change in Washington's rules", "The offensive has benefited",
    driver="security posture/deployment")
d.C("Since President Barack Obama gave U.S. commanders wider authority in June to strike Islamic State targets without waiting for Afghan requests, the number of U.S. air strikes in Nangarhar has risen sharply",
    "President Barack Obama gave U.S. commanders wider authority in June to strike Islamic State targets without waiting for Afghan requests",
    "the number of U.S. air strikes in Nangarhar has risen sharply", claimant="Daniel Ortiz", driver="security posture/deployment")
d.C("The death of its senior military planner for the east in a strike in June left the affiliate's command in disarray",
    "The death of its senior military planner for the east in a strike in June", "the affiliate's command in disarray",
    claimant="Farida Noorzai", driver="leadership/command change")
d.C("The caves and high passes of the Spin Ghar range, which straddles the Pakistani border, allow fighters to retreat and resupply when pressure mounts",
    "The caves and high passes of the Spin Ghar range", "fighters to retreat and resupply when pressure mounts", claimant="Farida Noorzai",
    driver="terrain/safe havens")
d.C("Local politics helped the group gain its foothold", "Local politics", "the group gain its foothold", driver="governance/corruption")
d.C("Abuses and extortion by local police militias drove some villagers to welcome the newcomers in early 2015",
    "Abuses and extortion by local police militias", "some villagers to welcome the newcomers", claimant="Haji Gul Rahman",
    driver="governance/corruption")
d.C("The poppy ban in particular cost farming families most of their income, turning many against the group",
    "The poppy ban", "cost farming families most of their income, turning many against the group", claimant="Farida Noorzai",
    driver="economic hardship/unemployment")
d.Q("any civilians had been killed", "the governor's office", "Nangarhar governor's office", aff="Nangarhar provincial government")

# ---------------------------------------------------------------- authL-07: Somalia, wire analysis, 2023
d = Doc("authL-07", "Somalia's offensive against al Shabaab gains ground, but holding it is the harder part",
        "2023-02-17T13:05:00", """MOGADISHU, Feb 17 (East Africa Wire) - Somali troops and allied clan fighters recaptured the town of Mahaday, north of Jowhar in Middle Shabelle region, on Wednesday after several hours of fighting with al Shabaab, the army said, the latest gain in a six-month offensive that poses the most serious challenge the Islamist group has faced in a decade.

The army said more than 30 militants were killed in the battle for Mahaday. U.S. Africa Command said separately that it had conducted an air strike near the town the same day in support of Somali forces, killing an estimated 12 al Shabaab fighters, and that its initial assessment was that no civilians were harmed.

Al Shabaab hit back on Thursday. A suicide bomber drove an explosives-laden car into a checkpoint on the outskirts of Beledweyne, the capital of Hiraan region, killing seven people including the driver, police said. A doctor at the town's main hospital said nine people had died and more than 20 were wounded. The group's Andalus radio said its fighters had killed "dozens of apostate soldiers".

Since the offensive began in August, government forces and clan militias known as macawisley have retaken more than 60 towns and villages in Hiraan, Middle Shabelle and Galmudug, government spokesman Mohamed Ali Warsame told reporters in Mogadishu. He said more than 3,000 militants had been killed over the same period, a figure that could not be verified.

Independent estimates are lower. A United Nations panel of experts put al Shabaab's strength at between 7,000 and 12,000 fighters last year and has not revised it since. According to the U.N. assistance mission in Somalia, 613 civilians were killed in 2022, most of them in attacks by al Shabaab.

The uprising began in Hiraan, where clans took up arms because al Shabaab demanded livestock and cash from herders already ruined by the worst drought in four decades. "They took our camels when our children were dying of hunger. That is why we fight," said Ugaas Hassan Farah, a clan elder who leads a militia near Bulo Burde.

Analysts also credit a change at the top. The election of a new president in May last year brought a more aggressive policy toward the group, said Halima Yusuf, a researcher at the Horn Security Forum in Nairobi. "The new leadership decided to fight rather than wait for the African Union to do it," she said.

Foreign firepower has played a part. Turkish-made drones and U.S. air strikes have given government forces an edge in open terrain that they never had before, Yusuf said, but she warned that the militants had simply melted into the forests of the lower Jubba valley, where air power is far less effective.

The bigger worry is what comes after the fighting. Many of the retaken villages have no police, no courts and no administration, said Yusuf, and corruption in the payment of soldiers' salaries has led some units to abandon positions within weeks. "If the state cannot govern these places, al Shabaab will simply walk back in," she said.

The planned withdrawal of African Union troops adds to the pressure. About 2,000 soldiers of the African Union Transition Mission in Somalia (ATMIS) are due to leave by the end of June, and a Western diplomat in Mogadishu said the drawdown could open gaps that Somali forces are not ready to fill.

The humanitarian toll keeps rising. Some 3.8 million Somalis are now internally displaced, according to the U.N. humanitarian office, and aid workers say the overcrowded camps around Baidoa and Mogadishu have become recruiting grounds for both al Shabaab and criminal gangs.

In Mahaday, the fighting has emptied the streets. "Half the people left before the army came. The other half are waiting to see who stays," a shopkeeper said by phone.
""")
d.country = "Somalia"
MW = ["Mohamed Ali Warsame", "Warsame"]
HY = ["Halima Yusuf", "Yusuf"]
d.E("2023-02-15", "Battles", "Government regains territory", "Middle Shabelle", "Mahaday",
    ["Somali troops and allied clan fighters recaptured the town of Mahaday, north of Jowhar in Middle Shabelle region, on Wednesday after several hours of fighting with al Shabaab",
     "The army said more than 30 militants were killed in the battle for Mahaday"],
    sub_alt=["Armed clash"], actor1="Military Forces of Somalia (2022-)", actor1_alt=["Macawisley Militia"], actor2="Al Shabaab",
    admin1_alt=["Shabeellaha Dhexe", "Middle Shabeelle"], admin2="Jowhar", location_alt=["Mahadaay", "Mahaddey"], lat=2.97, lon=45.53,
    prec=1, fatalities=None, fatalities_note="army: more than 30 militants in the battle; AFRICOM: an estimated 12 in its air strike; overlap cannot be apportioned")
d.E("2023-02-15", "Explosions/Remote violence", "Air/drone strike", "Middle Shabelle", "Mahaday",
    ["U.S. Africa Command said separately that it had conducted an air strike near the town the same day in support of Somali forces, killing an estimated 12 al Shabaab fighters"],
    actor1="Military Forces of the United States", actor2="Al Shabaab", admin1_alt=["Shabeellaha Dhexe", "Middle Shabeelle"],
    admin2="Jowhar", location_alt=["Mahadaay", "Mahaddey"], lat=2.97, lon=45.53, prec=2, fatalities=12)
d.E("2023-02-16", "Explosions/Remote violence", "Suicide bomb", "Hiraan", "Beledweyne",
    ["A suicide bomber drove an explosives-laden car into a checkpoint on the outskirts of Beledweyne, the capital of Hiraan region, killing seven people including the driver",
     "A doctor at the town's main hospital said nine people had died and more than 20 were wounded"],
    actor1="Al Shabaab", actor2="Military Forces of Somalia (2022-)", admin1_alt=["Hiiraan", "Hiran"], admin2="Beledweyne",
    location_alt=["Beledweyn", "Belet Weyne", "Baladweyne"], lat=4.74, lon=45.20, prec=2, fatalities=7, injured=20,
    fatalities_note="police 7 including the bomber; hospital doctor 9; the conservative figure is kept")

d.Q("Somali troops and allied clan fighters recaptured the town of Mahaday, north of Jowhar in Middle Shabelle region, on Wednesday after several hours of fighting with al Shabaab",
    ("al Shabaab, the army said", "the army"), "Somali army", ments=[("The army said more than", "The army")], aff="Somali National Army")
d.Q("more than 30 militants were killed in the battle for Mahaday", ("The army said more than", "The army"), "Somali army",
    ments=[("al Shabaab, the army said", "the army")], aff="Somali National Army")
d.Q("it had conducted an air strike near the town the same day in support of Somali forces, killing an estimated 12 al Shabaab fighters",
    "U.S. Africa Command", "U.S. Africa Command", aff="U.S. Africa Command", ments=[("its initial assessment", "its")])
d.Q("its initial assessment was that no civilians were harmed", "U.S. Africa Command", "U.S. Africa Command", aff="U.S. Africa Command")
d.Q("A suicide bomber drove an explosives-laden car into a checkpoint on the outskirts of Beledweyne, the capital of Hiraan region, killing seven people including the driver",
    ("driver, police said", "police"), "police", anon="unnamed official")
d.Q("nine people had died and more than 20 were wounded", "A doctor at the town's main hospital", "A doctor at the town's main hospital",
    role="doctor", aff="Beledweyne hospital", anon="unnamed official")
d.Q('its fighters had killed "dozens of apostate soldiers"', "The group's Andalus radio", "Andalus radio", aff="Al Shabaab", med="radio")
d.Q("Since the offensive began in August, government forces and clan militias known as macawisley have retaken more than 60 towns and villages in Hiraan, Middle Shabelle and Galmudug",
    "government spokesman Mohamed Ali Warsame", "Mohamed Ali Warsame", ments=MW, role="government spokesman", aff="Federal Government of Somalia")
d.Q("more than 3,000 militants had been killed over the same period", ("He said more than", "He"), "Mohamed Ali Warsame", ments=MW,
    role="government spokesman", aff="Federal Government of Somalia")
d.Q("al Shabaab's strength at between 7,000 and 12,000 fighters last year", "A United Nations panel of experts",
    "A United Nations panel of experts", aff="United Nations", anon="unnamed official")
d.Q('"They took our camels when our children were dying of hunger. That is why we fight,"', "Ugaas Hassan Farah", "Ugaas Hassan Farah",
    role="clan elder and militia leader", aff="macawisley clan militia")
d.Q("The election of a new president in May last year brought a more aggressive policy toward the group", "Halima Yusuf", "Halima Yusuf",
    ments=HY, role="researcher", aff="Horn Security Forum")
d.Q('"The new leadership decided to fight rather than wait for the African Union to do it,"', ('do it," she said', "she"), "Halima Yusuf",
    ments=HY, role="researcher", aff="Horn Security Forum")
d.Q("Turkish-made drones and U.S. air strikes have given government forces an edge in open terrain that they never had before",
    ("before, Yusuf said", "Yusuf"), "Halima Yusuf", ments=HY, role="researcher", aff="Horn Security Forum")
d.Q("the militants had simply melted into the forests of the lower Jubba valley, where air power is far less effective",
    ("but she warned", "she"), "Halima Yusuf", ments=HY, role="researcher", aff="Horn Security Forum")
d.Q("Many of the retaken villages have no police, no courts and no administration", ("said Yusuf, and corruption", "Yusuf"), "Halima Yusuf",
    ments=HY, role="researcher", aff="Horn Security Forum")
d.Q("corruption in the payment of soldiers' salaries has led some units to abandon positions within weeks", ("said Yusuf, and corruption", "Yusuf"),
    "Halima Yusuf", ments=HY, role="researcher", aff="Horn Security Forum")
d.Q('"If the state cannot govern these places, al Shabaab will simply walk back in,"', ('back in," she said', "she"), "Halima Yusuf",
    ments=HY, role="researcher", aff="Horn Security Forum")
d.Q("the drawdown could open gaps that Somali forces are not ready to fill", "a Western diplomat in Mogadishu", "A Western diplomat in Mogadishu",
    role="diplomat", anon="unnamed official")
d.Q("Some 3.8 million Somalis are now internally displaced", "the U.N. humanitarian office", "U.N. humanitarian office",
    aff="United Nations Office for the Coordination of Humanitarian Affairs", alt=["OCHA"])
d.Q("the overcrowded camps around Baidoa and Mogadishu have become recruiting grounds for both al Shabaab and criminal gangs", "aid workers",
    "aid workers", anon="anonymous")
d.Q('"Half the people left before the army came. The other half are waiting to see who stays,"', "a shopkeeper", "A shopkeeper",
    anon="anonymous", med="phone")

d.A("government forces and clan militias known as macawisley have retaken more than 60 towns and villages in Hiraan, Middle Shabelle and Galmudug",
    "towns and villages retaken", "places", quantity=60, low=60, qualifier="more than", ps="2022-08-01", pe="2023-02-17",
    scope="Hiraan, Middle Shabelle and Galmudug", claimant="Mohamed Ali Warsame")
d.A("more than 3,000 militants had been killed over the same period", "al Shabaab militants killed", "people", quantity=3000, low=3000,
    qualifier="more than", ps="2022-08-01", pe="2023-02-17", scope="government offensive", claimant="Mohamed Ali Warsame")
d.A("al Shabaab's strength at between 7,000 and 12,000 fighters last year", "al Shabaab fighters", "fighters", low=7000, high=12000,
    qualifier="between", ps="2022-01-01", pe="2022-12-31", scope="Somalia", claimant="A United Nations panel of experts")
d.A("Some 3.8 million Somalis are now internally displaced", "internally displaced Somalis", "people", quantity=3800000, qualifier="some",
    pe="2023-02-17", scope="Somalia", claimant="U.N. humanitarian office")

d.C("clans took up arms because al Shabaab demanded livestock and cash from herders already ruined by the worst drought in four decades",
    "al Shabaab demanded livestock and cash from herders already ruined by the worst drought in four decades", "clans took up arms",
    driver="economic hardship/unemployment")
d.C("They took our camels when our children were dying of hunger. That is why we fight", "They took our camels when our children were dying of hunger",
    "we fight", claimant="Ugaas Hassan Farah", driver="economic hardship/unemployment")
d.C("The election of a new president in May last year brought a more aggressive policy toward the group",
    "The election of a new president in May last year", "a more aggressive policy toward the group", claimant="Halima Yusuf",
    driver="leadership/command change")
d.C("Turkish-made drones and U.S. air strikes have given government forces an edge in open terrain that they never had before",
    "Turkish-made drones and U.S. air strikes", "given government forces an edge in open terrain", claimant="Halima Yusuf",
    driver="external support")
d.C("corruption in the payment of soldiers' salaries has led some units to abandon positions within weeks",
    "corruption in the payment of soldiers' salaries", "some units to abandon positions within weeks", claimant="Halima Yusuf",
    driver="governance/corruption")
d.C("the drawdown could open gaps that Somali forces are not ready to fill", "the drawdown", "open gaps that Somali forces are not ready to fill",
    claimant="A Western diplomat in Mogadishu", hedged=True, driver="security posture/deployment")
d.C("The planned withdrawal of African Union troops adds to the pressure", "The planned withdrawal of African Union troops", "adds to the pressure",
    driver="security posture/deployment")
d.C("the overcrowded camps around Baidoa and Mogadishu have become recruiting grounds for both al Shabaab and criminal gangs",
    "the overcrowded camps around Baidoa and Mogadishu", "recruiting grounds for both al Shabaab and criminal gangs", claimant="aid workers",
    driver="displacement/camps/reintegration")
d.Q("613 civilians were killed in 2022, most of them in attacks by al Shabaab", "the U.N. assistance mission in Somalia",
    "U.N. assistance mission in Somalia", aff="United Nations Assistance Mission in Somalia", alt=["UNSOM"])
d.A("613 civilians were killed in 2022", "civilians killed", "people", quantity=613, ps="2022-01-01", pe="2022-12-31", scope="Somalia",
    claimant="U.N. assistance mission in Somalia")

# ---------------------------------------------------------------- authL-08: Burkina Faso, think-tank commentary, 2023 (no event)
d = Doc("authL-08", "Besieged Djibo and the limits of Burkina Faso's total war",
        "2023-05-30T10:00:00", """By Clement Ouattara, Sahel Programme

For more than fifteen months, the northern town of Djibo has been under siege. Fighters of the al Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) have mined the roads, blown up the bridges and attacked the supply convoys that are the town's only link to the rest of Burkina Faso. Inside, a population swollen by the displaced to roughly 300,000 survives on what the occasional convoy or helicopter can bring.

Djibo is the most visible symbol of a wider failure. Attacks by both jihadist groups killed more than 1,400 people in the first four months of this year, according to a tally by the Sahel Conflict Monitor. Government officials concede in private that JNIM and its rival, Islamic State Sahel Province, now control or contest about 40 percent of the national territory. The national emergency relief council, CONASUR, says more than 2 million people have been displaced, and the true figure is almost certainly higher because many families sheltering with relatives are never registered.

How did a country that was spared jihadist violence until 2015 come to this? Part of the answer lies in the repeated upheavals at the top. Two coups in 2022 replaced three army chiefs of staff in eight months, and each reshuffle disrupted operations in the north, said Mariam Sawadogo, a security researcher in Ouagadougou. "Every new team arrives with its own plan, and by the time it learns the terrain, it is gone," she said.

The current authorities have bet on mass mobilisation. Tens of thousands of civilians have been armed and enrolled as Volunteers for the Defence of the Homeland (VDP). That policy has exposed the volunteers' home villages to reprisals, said a Western diplomat in Ouagadougou. He said the militants now treat entire communities as combatants, and estimated that JNIM fields between 3,000 and 5,000 fighters in Burkina Faso alone.

Worse, the mobilisation has sharpened ethnic tensions. Because many VDP units are drawn from farming communities, Fulani herders have been cast as jihadist sympathisers, and killings of Fulani civilians by volunteers have driven young herders into JNIM's ranks, Sawadogo argued. "Each massacre of Fulani is a recruiting poster for the jihadists," she said.

The government rejects that account. A government spokesman, Issa Kabore, said the VDP were "sons of the soil defending their families" and that any abuses were being investigated.

The blockade itself is an economic weapon. Food prices in Djibo have tripled since the siege began, according to the World Food Programme, and many families now eat once a day. Adama Ouedraogo, a teacher who fled Djibo in March, said by phone from Ouagadougou that he had watched neighbours sell their last goats to buy millet. "When there is no food, the men who control the road control everything," he said.

Medecins Sans Frontieres said in a statement that two of its staff had been killed in the region since January and that attacks on health centres had forced it to suspend activities in several districts.

External factors matter too. The expulsion of French special forces in February removed the air support and intelligence that Burkinabe troops had relied on, said Sawadogo, and the government's new partnership with Russia has so far brought rhetoric rather than helicopters. A senior army officer, speaking on condition of anonymity, disputed this. "We have more drones today than we ever had with the French," he said.

Geography compounds everything. The forests of the east, including the W and Arly reserves along the borders with Niger and Benin, give the militants sanctuary that the army cannot patrol, and the long, porous borders allow fighters to retreat into Mali and Niger when pressed.

JNIM, for its part, said in a message circulated on social media that it would lift the blockade only if the volunteers were disbanded.

None of this means the state is finished. But the lesson of Djibo is that a war fought with volunteers and without a political offer to the communities caught in the middle cannot be won by force alone. Sawadogo put it plainly: "You cannot arm half the population against the other half and call it security."

Clement Ouattara is a fellow of the Sahel programme at a West African policy institute.
""")
d.country = "Burkina Faso"
MS = ["Mariam Sawadogo", "Sawadogo"]
d.Q("JNIM and its rival, Islamic State Sahel Province, now control or contest about 40 percent of the national territory",
    "Government officials", "Government officials", aff="Government of Burkina Faso", anon="unnamed official")
d.Q("more than 2 million people have been displaced", "The national emergency relief council, CONASUR", "CONASUR",
    aff="National Council for Emergency Relief and Rehabilitation", alt=["national emergency relief council"])
d.Q("Two coups in 2022 replaced three army chiefs of staff in eight months, and each reshuffle disrupted operations in the north",
    "Mariam Sawadogo", "Mariam Sawadogo", ments=MS, role="security researcher")
d.Q('"Every new team arrives with its own plan, and by the time it learns the terrain, it is gone,"', ('gone," she said', "she"),
    "Mariam Sawadogo", ments=MS, role="security researcher")
d.Q("That policy has exposed the volunteers' home villages to reprisals", "a Western diplomat in Ouagadougou", "A Western diplomat in Ouagadougou",
    role="diplomat", anon="unnamed official")
d.Q("the militants now treat entire communities as combatants", ("He said the militants", "He"), "A Western diplomat in Ouagadougou",
    ments=["a Western diplomat in Ouagadougou"], role="diplomat", anon="unnamed official")
d.Q("Because many VDP units are drawn from farming communities, Fulani herders have been cast as jihadist sympathisers, and killings of Fulani civilians by volunteers have driven young herders into JNIM's ranks",
    ("ranks, Sawadogo argued", "Sawadogo"), "Mariam Sawadogo", ments=MS, role="security researcher")
d.Q('"Each massacre of Fulani is a recruiting poster for the jihadists,"', ('jihadists," she said', "she"), "Mariam Sawadogo", ments=MS,
    role="security researcher")
d.Q('the VDP were "sons of the soil defending their families" and that any abuses were being investigated', "A government spokesman, Issa Kabore",
    "Issa Kabore", ments=["Issa Kabore"], role="government spokesman", aff="Government of Burkina Faso")
d.Q("Food prices in Djibo have tripled since the siege began", "the World Food Programme", "World Food Programme", aff="World Food Programme")
d.Q("he had watched neighbours sell their last goats to buy millet", "Adama Ouedraogo", "Adama Ouedraogo", ments=["Adama Ouedraogo"],
    role="teacher", med="phone")
d.Q('"When there is no food, the men who control the road control everything,"', ('everything," he said', "he"), "Adama Ouedraogo",
    ments=["Adama Ouedraogo"], role="teacher", med="phone")
d.Q("two of its staff had been killed in the region since January and that attacks on health centres had forced it to suspend activities in several districts",
    "Medecins Sans Frontieres", "Medecins Sans Frontieres", aff="Medecins Sans Frontieres", med="statement", alt=["MSF"])
d.Q("The expulsion of French special forces in February removed the air support and intelligence that Burkinabe troops had relied on",
    ("relied on, said Sawadogo", "Sawadogo"), "Mariam Sawadogo", ments=MS, role="security researcher")
d.Q('"We have more drones today than we ever had with the French,"', ('French," he said', "he"), "A senior army officer",
    ments=["A senior army officer"], role="army officer", aff="Burkina Faso armed forces", anon="unnamed official")
d.Q("it would lift the blockade only if the volunteers were disbanded", ("JNIM, for its part", "JNIM"), "Jama'at Nusrat al-Islam wal-Muslimin",
    aff="JNIM", med="social media message")
d.Q('"You cannot arm half the population against the other half and call it security."', ("Sawadogo put it plainly", "Sawadogo"),
    "Mariam Sawadogo", ments=MS, role="security researcher")

d.A("a population swollen by the displaced to roughly 300,000", "population of Djibo swollen by displaced people", "people", quantity=300000,
    qualifier="roughly", pe="2023-05-30", scope="Djibo")
d.A("JNIM and its rival, Islamic State Sahel Province, now control or contest about 40 percent of the national territory",
    "share of national territory controlled or contested by jihadist groups", "percent", quantity=40, qualifier="about", pe="2023-05-30",
    scope="Burkina Faso", claimant="Government officials")
d.A("more than 2 million people have been displaced", "internally displaced people", "people", quantity=2000000, low=2000000,
    qualifier="more than", pe="2023-05-30", scope="Burkina Faso", claimant="CONASUR")
d.A("two of its staff had been killed in the region since January", "MSF staff killed", "people", quantity=2, ps="2023-01-01",
    pe="2023-05-30", scope="northern Burkina Faso", claimant="Medecins Sans Frontieres")
d.A("Attacks by both jihadist groups killed more than 1,400 people in the first four months of this year", "people killed in jihadist attacks",
    "people", quantity=1400, low=1400, qualifier="more than", ps="2023-01-01", pe="2023-04-30", scope="Burkina Faso",
    claimant="Sahel Conflict Monitor")
d.A("JNIM fields between 3,000 and 5,000 fighters in Burkina Faso alone", "JNIM fighters", "fighters", low=3000, high=5000,
    qualifier="between", pe="2023-05-30", scope="Burkina Faso", claimant="A Western diplomat in Ouagadougou")
d.Q("Attacks by both jihadist groups killed more than 1,400 people in the first four months of this year", "a tally by the Sahel Conflict Monitor",
    "Sahel Conflict Monitor", aff="Sahel Conflict Monitor", med="tally")
d.Q("JNIM fields between 3,000 and 5,000 fighters in Burkina Faso alone", ("He said the militants", "He"), "A Western diplomat in Ouagadougou",
    ments=["a Western diplomat in Ouagadougou"], role="diplomat", anon="unnamed official")
d.C("the mobilisation has sharpened ethnic tensions", "the mobilisation", "sharpened ethnic tensions", driver="security posture/deployment")
d.C("the long, porous borders allow fighters to retreat into Mali and Niger when pressed", "the long, porous borders",
    "fighters to retreat into Mali and Niger when pressed", driver="terrain/safe havens")

d.C("the true figure is almost certainly higher because many families sheltering with relatives are never registered",
    "many families sheltering with relatives are never registered", "the true figure is almost certainly higher")
d.C("Two coups in 2022 replaced three army chiefs of staff in eight months, and each reshuffle disrupted operations in the north",
    "each reshuffle", "disrupted operations in the north", claimant="Mariam Sawadogo", driver="leadership/command change")
d.C("That policy has exposed the volunteers' home villages to reprisals", "That policy", "exposed the volunteers' home villages to reprisals",
    claimant="A Western diplomat in Ouagadougou", driver="security posture/deployment")
d.C("Because many VDP units are drawn from farming communities, Fulani herders have been cast as jihadist sympathisers",
    "many VDP units are drawn from farming communities", "Fulani herders have been cast as jihadist sympathisers",
    claimant="Mariam Sawadogo", driver="security posture/deployment")
d.C("killings of Fulani civilians by volunteers have driven young herders into JNIM's ranks", "killings of Fulani civilians by volunteers",
    "young herders into JNIM's ranks", claimant="Mariam Sawadogo", driver="sectarian grievance")
d.C("attacks on health centres had forced it to suspend activities in several districts", "attacks on health centres",
    "it to suspend activities in several districts", claimant="Medecins Sans Frontieres")
d.C("The expulsion of French special forces in February removed the air support and intelligence that Burkinabe troops had relied on",
    "The expulsion of French special forces in February", "removed the air support and intelligence that Burkinabe troops had relied on",
    claimant="Mariam Sawadogo", driver="external support", pol="-")
d.C("The forests of the east, including the W and Arly reserves along the borders with Niger and Benin, give the militants sanctuary that the army cannot patrol",
    "The forests of the east, including the W and Arly reserves along the borders with Niger and Benin",
    "give the militants sanctuary that the army cannot patrol", driver="terrain/safe havens")

# ---------------------------------------------------------------- authL-09: Pakistan, newspaper feature, 2024
d = Doc("authL-09", "The Pakistani Taliban's comeback: a border, a safe haven and a broken economy",
        "2024-03-20T07:40:00", """PESHAWAR, Pakistan -- By Sameer Yousafzai

The attack on the police post in Kulachi began a little after midnight. Militants armed with rifles and a rocket launcher opened fire on the checkpoint in the Dera Ismail Khan district overnight into Sunday, killing two policemen before officers returned fire and killed two of the attackers, according to the district police officer, Tariq Khattak. The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility.

Two days later, on Tuesday, a roadside bomb struck a police vehicle escorting a polio vaccination team near Khar, the main town of Bajaur district, killing one policeman and wounding three, police said.

Such incidents have become routine in Khyber Pakhtunkhwa. The province recorded 651 militant attacks in 2023, up from 412 the year before, according to the Islamabad Centre for Peace Research, and nearly two-thirds of all militant attacks in Pakistan took place there. At least 520 members of the security forces were killed across the country over the same period, the centre said, the highest toll in a decade.

Police say the pace has not slowed. "We have had more than 40 attacks in the first two weeks of March alone," said Additional Inspector General Shahid Kamal, who oversees counter-terrorism operations in the province.

The resurgence dates to August 2021. The Taliban's return to power in Kabul gave the TTP a secure rear base and emboldened its fighters, said Farhan Zaidi, a senior analyst at the centre. "For the TTP, Afghanistan went overnight from a hostile country to a friendly one," Zaidi said.

A United Nations monitoring team estimated in a report last year that between 6,000 and 6,500 TTP fighters are based in Afghanistan. Weapons left behind by departing U.S. forces, including night-vision equipment and rifles, have allowed the militants to attack police posts at night with far greater effect, Kamal said.

Kabul rejects the charge. A spokesman for the Taliban administration said in a statement that Afghan soil was not being used against any neighbour and that Pakistan's security problems were "an internal matter".

Islamabad's own policy choices played a part. Peace talks with the TTP in 2021 and 2022, brokered by the Afghan Taliban, allowed hundreds of fighters and their families to return to Swat and the former tribal districts, said Zaidi. When the ceasefire collapsed in November 2022, many of those men were already home.

The terrain has always favoured the insurgents. The mountainous, thinly policed border districts give the fighters easy routes in and out of Afghanistan, and security officials say fencing along the frontier has been cut in dozens of places.

Pakistan's economic crisis has made things worse. Inflation and unemployment have left young men in the former tribal districts with few prospects, and budget cuts have left police in the province short of vehicles and fuel, Kamal said. "My men are fighting a war with the budget of a traffic department," he said.

Governance is the other grievance. The 2018 merger of the tribal areas into Khyber Pakhtunkhwa came with promises of schools, courts and jobs that have not been kept, said Malik Noor Khan Wazir, an elder from North Waziristan. "The government merged our land but not our people," he said, adding that the failure had driven some young men to the militants.

The government's decision to expel undocumented Afghans adds another layer. More than 500,000 Afghans have left Pakistan since the expulsion drive began in November, according to the U.N. refugee agency. Zaidi warned that the deportations could push resentful young Afghans toward armed groups on both sides of the border.

The army has promised a new campaign. The military's media wing, Inter-Services Public Relations, said on Monday that security forces would "eliminate the terrorists and their facilitators wherever they are found."

For the police in Kulachi, the immediate concern is simpler. "They come at night, and we are six men at a post," one officer said by phone, asking not to be named.
""")
d.country = "Pakistan"
FZ = ["Farhan Zaidi", "Zaidi"]
SK = ["Additional Inspector General Shahid Kamal", "Kamal"]
d.E("2024-03-17", "Battles", "Armed clash", "Khyber Pakhtunkhwa", "Kulachi",
    ["Militants armed with rifles and a rocket launcher opened fire on the checkpoint in the Dera Ismail Khan district overnight into Sunday, killing two policemen before officers returned fire and killed two of the attackers",
     "The attack on the police post in Kulachi began a little after midnight"],
    actor1="Tehreek-e-Taliban Pakistan (TTP)", actor1_alt=["Tehrik-i-Taliban Pakistan"], actor2="Police Forces of Pakistan (2018-)",
    admin1_alt=["KPK", "Khyber-Pakhtunkhwa", "North-West Frontier Province"], admin2="Dera Ismail Khan", location_alt=["Kulachi tehsil"],
    lat=31.93, lon=70.46, prec=1, fatalities=4, fatalities_note="two policemen and two attackers")
d.E("2024-03-19", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Khyber Pakhtunkhwa", "Khar",
    ["on Tuesday, a roadside bomb struck a police vehicle escorting a polio vaccination team near Khar, the main town of Bajaur district, killing one policeman and wounding three"],
    actor1="Unidentified Armed Group (Pakistan)", actor1_alt=["Tehreek-e-Taliban Pakistan (TTP)", "Islamic State (Pakistan)"],
    actor2="Police Forces of Pakistan (2018-)", admin1_alt=["KPK", "Khyber-Pakhtunkhwa"], admin2="Bajaur", location_alt=["Bajaur"],
    lat=34.73, lon=71.52, prec=2, fatalities=1, injured=3)

d.Q("Militants armed with rifles and a rocket launcher opened fire on the checkpoint in the Dera Ismail Khan district overnight into Sunday, killing two policemen before officers returned fire and killed two of the attackers",
    "the district police officer, Tariq Khattak", "Tariq Khattak", role="district police officer", aff="Khyber Pakhtunkhwa police")
d.Q("on Tuesday, a roadside bomb struck a police vehicle escorting a polio vaccination team near Khar, the main town of Bajaur district, killing one policeman and wounding three",
    ("three, police said", "police"), "police", anon="unnamed official")
d.Q("The province recorded 651 militant attacks in 2023, up from 412 the year before", "the Islamabad Centre for Peace Research",
    "Islamabad Centre for Peace Research", ments=[("the centre said", "the centre")],
    aff="Islamabad Centre for Peace Research", frags=None)
d.Q("At least 520 members of the security forces were killed across the country over the same period", ("the centre said", "the centre"),
    "Islamabad Centre for Peace Research", ments=["the Islamabad Centre for Peace Research"], aff="Islamabad Centre for Peace Research")
d.Q("the pace has not slowed", ("Police say", "Police"), "Police", aff="Khyber Pakhtunkhwa police", anon="unnamed official")
d.Q('"We have had more than 40 attacks in the first two weeks of March alone,"', SK[0], "Shahid Kamal", ments=SK,
    role="Additional Inspector General, counter-terrorism", aff="Khyber Pakhtunkhwa police")
d.Q("The Taliban's return to power in Kabul gave the TTP a secure rear base and emboldened its fighters", "Farhan Zaidi", "Farhan Zaidi",
    ments=FZ, role="senior analyst", aff="Islamabad Centre for Peace Research")
d.Q('"For the TTP, Afghanistan went overnight from a hostile country to a friendly one,"', ('friendly one," Zaidi said', "Zaidi"),
    "Farhan Zaidi", ments=FZ, role="senior analyst", aff="Islamabad Centre for Peace Research")
d.Q("between 6,000 and 6,500 TTP fighters are based in Afghanistan", "A United Nations monitoring team", "A United Nations monitoring team",
    aff="United Nations", anon="unnamed official", med="report")
d.Q("Weapons left behind by departing U.S. forces, including night-vision equipment and rifles, have allowed the militants to attack police posts at night with far greater effect",
    ("greater effect, Kamal said", "Kamal"), "Shahid Kamal", ments=SK, role="Additional Inspector General, counter-terrorism",
    aff="Khyber Pakhtunkhwa police")
d.Q("Afghan soil was not being used against any neighbour and that Pakistan's security problems were \"an internal matter\"",
    "A spokesman for the Taliban administration", "A spokesman for the Taliban administration", role="spokesman",
    aff="Taliban administration in Kabul", anon="unnamed official", med="statement")
d.Q("Peace talks with the TTP in 2021 and 2022, brokered by the Afghan Taliban, allowed hundreds of fighters and their families to return to Swat and the former tribal districts",
    ("districts, said Zaidi", "Zaidi"), "Farhan Zaidi", ments=FZ, role="senior analyst", aff="Islamabad Centre for Peace Research")
d.Q("fencing along the frontier has been cut in dozens of places", ("security officials say", "security officials"), "security officials", anon="unnamed official")
d.Q("Inflation and unemployment have left young men in the former tribal districts with few prospects, and budget cuts have left police in the province short of vehicles and fuel",
    ("fuel, Kamal said", "Kamal"), "Shahid Kamal", ments=SK, role="Additional Inspector General, counter-terrorism", aff="Khyber Pakhtunkhwa police")
d.Q('"My men are fighting a war with the budget of a traffic department,"', ('department," he said', "he"), "Shahid Kamal", ments=SK,
    role="Additional Inspector General, counter-terrorism", aff="Khyber Pakhtunkhwa police")
d.Q("The 2018 merger of the tribal areas into Khyber Pakhtunkhwa came with promises of schools, courts and jobs that have not been kept",
    "Malik Noor Khan Wazir", "Malik Noor Khan Wazir", ments=["Malik Noor Khan Wazir"], role="elder", aff="North Waziristan")
d.Q('"The government merged our land but not our people,"', ('people," he said', "he"), "Malik Noor Khan Wazir",
    ments=["Malik Noor Khan Wazir"], role="elder", aff="North Waziristan")
d.Q("the failure had driven some young men to the militants", ('people," he said, adding', "he"), "Malik Noor Khan Wazir",
    ments=["Malik Noor Khan Wazir"], role="elder", aff="North Waziristan")
d.Q("More than 500,000 Afghans have left Pakistan since the expulsion drive began in November", "the U.N. refugee agency", "UNHCR",
    aff="United Nations High Commissioner for Refugees")
d.Q("the deportations could push resentful young Afghans toward armed groups on both sides of the border", ("Zaidi warned", "Zaidi"),
    "Farhan Zaidi", ments=FZ, role="senior analyst", aff="Islamabad Centre for Peace Research")
d.Q('security forces would "eliminate the terrorists and their facilitators wherever they are found."',
    "The military's media wing, Inter-Services Public Relations", "Inter-Services Public Relations", aff="Pakistan armed forces",
    alt=["ISPR"])
d.Q('"They come at night, and we are six men at a post,"', "one officer", "one officer", role="police officer",
    aff="Khyber Pakhtunkhwa police", anon="unnamed official", med="phone")

d.A("The province recorded 651 militant attacks in 2023", "militant attacks", "attacks", quantity=651, ps="2023-01-01", pe="2023-12-31",
    scope="Khyber Pakhtunkhwa", claimant="Islamabad Centre for Peace Research")
d.A("up from 412 the year before", "militant attacks", "attacks", quantity=412, ps="2022-01-01", pe="2022-12-31",
    scope="Khyber Pakhtunkhwa", claimant="Islamabad Centre for Peace Research")
d.A("nearly two-thirds of all militant attacks in Pakistan took place there", "share of Pakistan's militant attacks in Khyber Pakhtunkhwa",
    "percent", quantity=66.67, qualifier="nearly", ps="2023-01-01", pe="2023-12-31", scope="Pakistan",
    claimant="Islamabad Centre for Peace Research")
d.A("At least 520 members of the security forces were killed across the country over the same period", "security force members killed",
    "people", quantity=520, low=520, qualifier="at least", ps="2023-01-01", pe="2023-12-31", scope="Pakistan",
    claimant="Islamabad Centre for Peace Research")
d.A("We have had more than 40 attacks in the first two weeks of March alone", "militant attacks", "attacks", quantity=40, low=40,
    qualifier="more than", ps="2024-03-01", pe="2024-03-14", scope="Khyber Pakhtunkhwa", claimant="Shahid Kamal")
d.A("between 6,000 and 6,500 TTP fighters are based in Afghanistan", "TTP fighters", "fighters", low=6000, high=6500,
    qualifier="between", ps="2023-01-01", pe="2023-12-31", scope="Afghanistan", claimant="A United Nations monitoring team")
d.A("More than 500,000 Afghans have left Pakistan since the expulsion drive began in November", "Afghans who left or were expelled",
    "people", quantity=500000, low=500000, qualifier="more than", ps="2023-11-01", pe="2024-03-20", scope="Pakistan",
    claimant="UNHCR")

d.C("The Taliban's return to power in Kabul gave the TTP a secure rear base and emboldened its fighters", "The Taliban's return to power in Kabul",
    "gave the TTP a secure rear base and emboldened its fighters", claimant="Farhan Zaidi", driver="external support")
d.C("Weapons left behind by departing U.S. forces, including night-vision equipment and rifles, have allowed the militants to attack police posts at night with far greater effect",
    "Weapons left behind by departing U.S. forces", "the militants to attack police posts at night with far greater effect",
    claimant="Shahid Kamal", driver="external support")
d.C("Peace talks with the TTP in 2021 and 2022, brokered by the Afghan Taliban, allowed hundreds of fighters and their families to return to Swat and the former tribal districts",
    "Peace talks with the TTP in 2021 and 2022", "hundreds of fighters and their families to return to Swat and the former tribal districts",
    claimant="Farhan Zaidi", driver="governance/corruption")
d.C("The mountainous, thinly policed border districts give the fighters easy routes in and out of Afghanistan",
    "The mountainous, thinly policed border districts", "give the fighters easy routes in and out of Afghanistan", driver="terrain/safe havens")
d.C("Pakistan's economic crisis has made things worse", "Pakistan's economic crisis", "things worse", driver="economic hardship/unemployment")
d.C("Inflation and unemployment have left young men in the former tribal districts with few prospects", "Inflation and unemployment",
    "young men in the former tribal districts with few prospects", claimant="Shahid Kamal", driver="economic hardship/unemployment")
d.C("budget cuts have left police in the province short of vehicles and fuel", "budget cuts", "police in the province short of vehicles and fuel",
    claimant="Shahid Kamal", driver="economic hardship/unemployment")
d.C("the failure had driven some young men to the militants", "the failure", "some young men to the militants", claimant="Malik Noor Khan Wazir",
    driver="governance/corruption")
d.C("the deportations could push resentful young Afghans toward armed groups on both sides of the border", "the deportations",
    "resentful young Afghans toward armed groups on both sides of the border", claimant="Farhan Zaidi", hedged=True,
    driver="displacement/camps/reintegration")

# ---------------------------------------------------------------- authL-10: DR Congo, briefing/feature, 2025
d = Doc("authL-10", "Eastern Congo briefing: while the world watches M23, the ADF keeps killing",
        "2025-01-16T17:30:00", """EASTERN CONGO BRIEFING - mid-January 2025

The advance of the Rwanda-backed M23 rebels toward Goma dominates the headlines. But in the Beni and Lubero territories of North Kivu (Nord-Kivu) and in neighbouring Ituri, the Allied Democratic Forces (ADF), an Islamic State affiliate of Ugandan origin, remain the deadliest armed group for civilians.

THE LATEST

ADF fighters armed with machetes and guns attacked a village on the outskirts of Oicha, in Beni territory, on Sunday night, killing at least 14 civilians, the army said. The local civil society coordinator, Noella Kavira, said 17 people had been killed and several were missing.

On Monday, militiamen from the CODECO coalition raided a displacement site near Bule, in the Djugu territory of Ituri, hacking and shooting residents as they slept. The local administrator said five people were killed in the attack. By Wednesday the toll had risen to eight after three of the wounded died in hospital, he said.

And on Tuesday, Ugandan and Congolese troops fighting together under Operation Shujaa overran an ADF camp in the forest of Mambasa territory, killing six fighters and freeing nine hostages, according to Major Grace Akello, a spokeswoman for the Ugandan army. The Ugandan army says Operation Shujaa has freed more than 400 hostages since it began in late 2021.

BY THE NUMBERS

The Great Lakes Conflict Observatory, which compiles reports from local monitors, says the ADF killed more than 2,100 civilians in 2024, nearly twice as many as M23. A United Nations Group of Experts report estimated the group's strength at between 1,500 and 2,000 fighters, spread across dozens of small camps.

Across the country, some 6.9 million people are internally displaced, according to the International Organization for Migration, the highest figure in Africa.

WHY THE ADF IS RESILIENT

The group's resilience owes much to the landscape. The dense forest and the foothills of the Rwenzori mountains let its small units disappear after each raid, said Josaphat Mumbere, a researcher at the Goma-based Kivu Peace Institute. "You can walk past an ADF camp at 50 metres and never see it," Mumbere said.

Military pressure has also changed the group's behaviour. Since Operation Shujaa destroyed its main bases in 2022, the ADF has split into mobile units that move north into Ituri and west into Lubero, and that dispersal has spread the killing to areas that had been quiet, Mumbere said.

The redeployment of Congolese battalions from Beni to the front lines against M23 has left large areas of the territory without troops, a senior MONUSCO official said, speaking on condition of anonymity. "When the soldiers leave, the ADF arrives within a week," the official said.

Congolese army spokesman Lieutenant Colonel Patrick Mbuyi denied that Beni had been stripped of troops.

Corruption inside the army compounds the problem. Soldiers who go months without pay sell ammunition and fuel to the very groups they are supposed to fight, and some officers profit from the timber and gold trades, Mumbere said.

Leadership changes inside the ADF matter too. The killing of a senior commander in a Ugandan air strike in November has, paradoxically, made the group more violent, because younger commanders compete to prove themselves to Islamic State, said Kavira.

THE WIDER WAR

The M23 offensive overshadows everything else. The rebels now hold roughly a third of North Kivu's territory, Mumbere estimated. U.N. experts have said Rwandan troops and weapons enabled the M23 to take towns that Congolese forces had held for years; Kigali denies backing the group.

In Djugu, the violence follows a different logic. CODECO draws its fighters from the Lendu community, and the group says it protects them from Hema militias and the army. Land disputes between the two communities, left unresolved since the war of 1999-2003, continue to fuel the killing, said a Catholic priest in Bunia who asked not to be named.

The displaced are the ones paying. "We ran from the ADF to come here, and now CODECO finds us here," said a woman at the Bule site who lost her brother on Monday.
""")
d.country = "Democratic Republic of Congo"
JM = ["Josaphat Mumbere", "Mumbere"]
NK = ["Noella Kavira", "Kavira"]
GA = ["Major Grace Akello", "Akello"]
d.E("2025-01-12", "Violence against civilians", "Attack", "North Kivu", "Oicha",
    ["ADF fighters armed with machetes and guns attacked a village on the outskirts of Oicha, in Beni territory, on Sunday night, killing at least 14 civilians",
     "The local civil society coordinator, Noella Kavira, said 17 people had been killed and several were missing"],
    actor1="ADF: Allied Democratic Forces", actor1_alt=["Islamic State (DRC)", "Islamic State Central Africa Province"],
    actor2="Civilians (Democratic Republic of Congo)", admin1_alt=["Nord-Kivu", "Nord Kivu"], admin2="Beni", location_alt=["Oysha"],
    lat=0.70, lon=29.52, prec=2, fatalities=14, fatalities_note="army at least 14; civil society 17; the conservative figure is kept")
d.E("2025-01-13", "Violence against civilians", "Attack", "Ituri", "Bule",
    ["On Monday, militiamen from the CODECO coalition raided a displacement site near Bule, in the Djugu territory of Ituri, hacking and shooting residents as they slept",
     "The local administrator said five people were killed in the attack. By Wednesday the toll had risen to eight after three of the wounded died in hospital"],
    actor1="CODECO: Cooperative for Development of the Congo", actor1_alt=["CODECO"], actor2="Civilians (Democratic Republic of Congo)",
    admin2="Djugu", location_alt=["Djugu"], prec=2, fatalities=8, fatalities_note="initial toll 5, updated to 8 by the same source")
d.E("2025-01-14", "Battles", "Armed clash", "Ituri", "Mambasa",
    ["on Tuesday, Ugandan and Congolese troops fighting together under Operation Shujaa overran an ADF camp in the forest of Mambasa territory, killing six fighters and freeing nine hostages"],
    actor1="Military Forces of Uganda (1986-)", actor1_alt=["Military Forces of the Democratic Republic of Congo (2019-)"],
    actor2="ADF: Allied Democratic Forces", admin2="Mambasa", location_alt=["Mambasa territory"], prec=2, fatalities=6)

d.Q("ADF fighters armed with machetes and guns attacked a village on the outskirts of Oicha, in Beni territory, on Sunday night, killing at least 14 civilians",
    ("civilians, the army said", "the army"), "Congolese army", aff="Armed Forces of the Democratic Republic of Congo", alt=["FARDC"])
d.Q("17 people had been killed and several were missing", "The local civil society coordinator, Noella Kavira", "Noella Kavira", ments=NK,
    role="civil society coordinator", aff="Oicha civil society")
d.Q("five people were killed in the attack", "The local administrator", "The local administrator", ments=[("hospital, he said", "he")],
    role="local administrator", aff="Djugu territory administration", anon="unnamed official")
d.Q("By Wednesday the toll had risen to eight after three of the wounded died in hospital", ("hospital, he said", "he"), "The local administrator",
    ments=["The local administrator"], role="local administrator", aff="Djugu territory administration", anon="unnamed official")
d.Q("on Tuesday, Ugandan and Congolese troops fighting together under Operation Shujaa overran an ADF camp in the forest of Mambasa territory, killing six fighters and freeing nine hostages",
    GA[0], "Grace Akello", ments=GA, role="spokeswoman", aff="Uganda People's Defence Forces")
d.Q("Operation Shujaa has freed more than 400 hostages since it began in late 2021", ("The Ugandan army says", "The Ugandan army"), "Uganda People's Defence Forces", aff="Uganda People's Defence Forces")
d.Q("the ADF killed more than 2,100 civilians in 2024, nearly twice as many as M23", "The Great Lakes Conflict Observatory",
    "Great Lakes Conflict Observatory", aff="Great Lakes Conflict Observatory")
d.Q("the group's strength at between 1,500 and 2,000 fighters, spread across dozens of small camps", "A United Nations Group of Experts report",
    "United Nations Group of Experts", aff="United Nations", med="report", ments=[("U.N. experts have said", "U.N. experts")])
d.Q("some 6.9 million people are internally displaced", "the International Organization for Migration", "International Organization for Migration",
    aff="International Organization for Migration")
d.Q("The dense forest and the foothills of the Rwenzori mountains let its small units disappear after each raid", "Josaphat Mumbere",
    "Josaphat Mumbere", ments=JM, role="researcher", aff="Kivu Peace Institute")
d.Q('"You can walk past an ADF camp at 50 metres and never see it,"', ('see it," Mumbere said', "Mumbere"), "Josaphat Mumbere", ments=JM,
    role="researcher", aff="Kivu Peace Institute")
d.Q("Since Operation Shujaa destroyed its main bases in 2022, the ADF has split into mobile units that move north into Ituri and west into Lubero, and that dispersal has spread the killing to areas that had been quiet",
    ("quiet, Mumbere said", "Mumbere"), "Josaphat Mumbere", ments=JM, role="researcher", aff="Kivu Peace Institute")
d.Q("The redeployment of Congolese battalions from Beni to the front lines against M23 has left large areas of the territory without troops",
    "a senior MONUSCO official", "A senior MONUSCO official", ments=[("the official said", "the official")], aff="MONUSCO",
    anon="unnamed official")
d.Q('"When the soldiers leave, the ADF arrives within a week,"', ("the official said", "the official"), "A senior MONUSCO official",
    ments=["a senior MONUSCO official"], aff="MONUSCO", anon="unnamed official")
d.Q("Beni had been stripped of troops", "Congolese army spokesman Lieutenant Colonel Patrick Mbuyi", "Patrick Mbuyi",
    role="army spokesman", aff="Armed Forces of the Democratic Republic of Congo")
d.Q("Soldiers who go months without pay sell ammunition and fuel to the very groups they are supposed to fight, and some officers profit from the timber and gold trades",
    ("trades, Mumbere said", "Mumbere"), "Josaphat Mumbere", ments=JM, role="researcher", aff="Kivu Peace Institute")
d.Q("The killing of a senior commander in a Ugandan air strike in November has, paradoxically, made the group more violent, because younger commanders compete to prove themselves to Islamic State",
    ("said Kavira", "Kavira"), "Noella Kavira", ments=NK, role="civil society coordinator", aff="Oicha civil society")
d.Q("The rebels now hold roughly a third of North Kivu's territory", ("Mumbere estimated", "Mumbere"), "Josaphat Mumbere", ments=JM,
    role="researcher", aff="Kivu Peace Institute")
d.Q("Rwandan troops and weapons enabled the M23 to take towns that Congolese forces had held for years", ("U.N. experts have said", "U.N. experts"),
    "United Nations Group of Experts", ments=["A United Nations Group of Experts report"], aff="United Nations")
d.Q("backing the group", ("Kigali denies", "Kigali"), "Government of Rwanda", aff="Government of Rwanda")
d.Q("it protects them from Hema militias and the army", ("the group says it protects", "the group"), "CODECO", aff="CODECO")
d.Q("Land disputes between the two communities, left unresolved since the war of 1999-2003, continue to fuel the killing",
    "a Catholic priest in Bunia", "A Catholic priest in Bunia", role="Catholic priest", anon="anonymous")
d.Q('"We ran from the ADF to come here, and now CODECO finds us here,"', "a woman at the Bule site", "A woman at the Bule site",
    anon="anonymous")

d.A("Operation Shujaa has freed more than 400 hostages since it began in late 2021", "hostages freed by Operation Shujaa", "people",
    quantity=400, low=400, qualifier="more than", ps=None, pe="2025-01-16", scope="eastern DRC", claimant="Uganda People's Defence Forces")
d.A("the ADF killed more than 2,100 civilians in 2024", "civilians killed by the ADF", "people", quantity=2100, low=2100,
    qualifier="more than", ps="2024-01-01", pe="2024-12-31", scope="eastern DRC", claimant="Great Lakes Conflict Observatory")
d.A("the group's strength at between 1,500 and 2,000 fighters", "ADF fighters", "fighters", low=1500, high=2000, qualifier="between",
    pe="2025-01-16", scope="eastern DRC", claimant="United Nations Group of Experts")
d.A("some 6.9 million people are internally displaced", "internally displaced people", "people", quantity=6900000, qualifier="some",
    pe="2025-01-16", scope="Democratic Republic of Congo", claimant="International Organization for Migration")
d.A("The rebels now hold roughly a third of North Kivu's territory", "share of North Kivu held by M23", "percent", quantity=33.33,
    qualifier="roughly", pe="2025-01-16", scope="North Kivu", claimant="Josaphat Mumbere")

d.C("The group's resilience owes much to the landscape", "the landscape", "The group's resilience", driver="terrain/safe havens")
d.C("The dense forest and the foothills of the Rwenzori mountains let its small units disappear after each raid",
    "The dense forest and the foothills of the Rwenzori mountains", "its small units disappear after each raid", claimant="Josaphat Mumbere",
    driver="terrain/safe havens")
d.C("Military pressure has also changed the group's behaviour", "Military pressure", "changed the group's behaviour")
d.C("that dispersal has spread the killing to areas that had been quiet", "that dispersal", "spread the killing to areas that had been quiet",
    claimant="Josaphat Mumbere")
d.C("The redeployment of Congolese battalions from Beni to the front lines against M23 has left large areas of the territory without troops",
    "The redeployment of Congolese battalions from Beni to the front lines against M23", "large areas of the territory without troops",
    claimant="A senior MONUSCO official", driver="security posture/deployment")
d.C("Corruption inside the army compounds the problem", "Corruption inside the army", "compounds the problem", driver="governance/corruption")
d.C("The killing of a senior commander in a Ugandan air strike in November has, paradoxically, made the group more violent",
    "The killing of a senior commander in a Ugandan air strike in November", "the group more violent", claimant="Noella Kavira",
    driver="leadership/command change")
d.C("made the group more violent, because younger commanders compete to prove themselves to Islamic State",
    "younger commanders compete to prove themselves to Islamic State", "made the group more violent", claimant="Noella Kavira",
    driver="leadership/command change")
d.C("Rwandan troops and weapons enabled the M23 to take towns that Congolese forces had held for years", "Rwandan troops and weapons",
    "the M23 to take towns that Congolese forces had held for years", claimant="United Nations Group of Experts", driver="external support")
d.C("Land disputes between the two communities, left unresolved since the war of 1999-2003, continue to fuel the killing",
    "Land disputes between the two communities", "the killing", claimant="A Catholic priest in Bunia", driver="sectarian grievance")


ATTR = r"\b(said|says|say|told|according to|added|adding|warned|estimates?|estimated|denied|confirmed|argued|argues|noted|insisted|cautioned|claimed|acknowledged|reported|believes?|attribute[sd]?|described|put the)\b"
CAUS = r"\b(because|due to|caused|led to|leads to|as a result|prompted|prompting|fuell?ed|fuell?ing|allowed|allowing|allows|enabled|enabling|helped|helps|in response|in retaliation|since|so as to|in order to|stemming|made|makes|making|driven|drove|drives|undermin\w+|forced|forcing|left|leaving|raising|result\w*|thanks to|owing to|attribute\w*)\b"


def lint(d):
    t = d.text
    qs = [(min(q["start"], q["speaker_start"]), max(q["end"], q["speaker_end"])) for q in d.quotes]
    for m in re.finditer(ATTR, t):
        if not any(a - 3 <= m.start() <= b + 3 for a, b in qs):
            print(f"  {d.id} ATTR? {t[max(0, m.start() - 60):m.end() + 40]!r}")
    cs = [(c["start"], c["end"]) for c in d.claims if c["kind"] == "causal"]
    for m in re.finditer(CAUS, t):
        if not any(a <= m.start() <= b for a, b in cs):
            print(f"  {d.id} CAUS? {t[max(0, m.start() - 60):m.end() + 40]!r}")
    ag = [(c["start"], c["end"]) for c in d.claims if c["kind"] == "aggregate"]
    ev = [(x["start"], x["end"]) for e in d.events for x in e["evidence"]]
    for m in re.finditer(r"\b\d[\d,.]*\b|\b(two|three|four|five|six|seven|eight|nine|ten|dozen\w*|hundred\w*|thousand\w*|half|third|quarter|two-thirds)\b", t):
        if not any(a <= m.start() <= b for a, b in ag + ev):
            print(f"  {d.id} NUM? {t[max(0, m.start() - 50):m.end() + 30]!r}")


def main():
    docs_out, gold_out, pred_out = [], [], []
    tot = {"events": 0, "quotes": 0, "aggregate": 0, "causal": 0}
    for d in DOCS:
        t = d.text
        for q in d.quotes:
            assert q["text"] == t[q["start"]:q["end"]] and q["speaker_text"] == t[q["speaker_start"]:q["speaker_end"]]
            for s, e in q["speaker_mentions"] + q.get("fragments", []):
                assert 0 <= s < e <= len(t)
        for c in d.claims:
            assert c["text"] == t[c["start"]:c["end"]]
            if c["kind"] == "causal":
                for k in ("cause", "effect"):
                    assert c["start"] <= c[k]["start"] < c[k]["end"] <= c["end"]
        for e in d.events:
            for x in e["evidence"]:
                assert x["text"] == t[x["start"]:x["end"]]
        # claims and quotes in text order
        d.quotes.sort(key=lambda q: (q["start"], q["end"]))
        d.claims.sort(key=lambda c: (c["start"], c["end"], c["kind"]))
        d.events.sort(key=lambda e: (e["evidence"][0]["start"]))
        na = sum(c["kind"] == "aggregate" for c in d.claims)
        nc = sum(c["kind"] == "causal" for c in d.claims)
        words = len(t.split())
        print(f"{d.id} {d.published[:10]} words={words} events={len(d.events)} quotes={len(d.quotes)} agg={na} causal={nc}")
        if "--lint" in sys.argv:
            lint(d)
        tot["events"] += len(d.events)
        tot["quotes"] += len(d.quotes)
        tot["aggregate"] += na
        tot["causal"] += nc
        docs_out.append({"id": d.id, "text": t, "published": d.published, "title": d.title})
        gold_out.append({"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims, "source": SOURCE})
        pred_out.append({"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims})
    for name, rows in (("docs", docs_out), ("gold", gold_out), ("pred_selfcheck", pred_out)):
        with open(os.path.join(HERE, f"{AUTHOR}.{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"total docs={len(DOCS)}", " ".join(f"{k}={v}" for k, v in tot.items()))


if __name__ == "__main__":
    main()
