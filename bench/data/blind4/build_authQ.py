#!/usr/bin/env python3
"""authQ: ten invented wire reports (Iraq, Syria, 2016) with hand annotations. Offsets computed by search."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_record import event_record

AUTHOR = "authQ"
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


class Doc:
    def __init__(self, n, title, published, paras, outlet):
        self.id = f"{AUTHOR}-{n:02d}"
        self.title, self.published, self.outlet = title, published, outlet
        self.text = "\n\n".join(p.strip() for p in paras)
        self.events, self.quotes, self.claims = [], [], []
        DOCS.append(self)

    def pos(self, s, after=None, within=None):
        t = self.text
        lo, hi = 0, len(t)
        if within is not None:
            ws, we = self.pos(within)
            lo, hi = ws, we
        if after is not None:
            a = self.pos(after)[0] if isinstance(after, str) else after
            i = t.find(s, a, hi)
            assert i >= 0, (self.id, s, after)
            return i, i + len(s)
        i = t.find(s, lo, hi)
        assert i >= 0, (self.id, "missing", s)
        assert t.find(s, i + 1, hi) < 0, (self.id, "not unique", s)
        return i, i + len(s)

    def sp(self, s, **k):
        a, b = self.pos(s, **k)
        return {"start": a, "end": b, "text": self.text[a:b]}

    def ev(self, evidence, **k):
        evs = [self.sp(e) if isinstance(e, str) else self.sp(e[0], **e[1]) for e in evidence]
        k.setdefault("country", "Iraq")
        self.events.append(event_record(evidence=evs, **k))

    def q(self, content, speaker, stext, anon, direct=None, mentions=(), role=None, aff=None, medium=None,
          s_after=None, c_after=None, frags=None, alt=None):
        cs, ce = self.pos(content, after=c_after)
        ss, se = self.pos(stext, after=s_after)
        ms = [[ss, se]]
        for m in mentions:
            a, b = self.pos(m[0], after=m[1]) if isinstance(m, tuple) else self.pos(m)
            if [a, b] not in ms:
                ms.append([a, b])
        if direct is None:
            direct = content.startswith(("\u201c", '"'))
        r = {"start": cs, "end": ce, "text": self.text[cs:ce]}
        if frags:
            fr = [list(self.pos(f, after=cs)) for f in frags]
            r["fragments"] = fr
        r.update({"direct": direct, "speaker": speaker, "speaker_start": ss, "speaker_end": se,
                  "speaker_text": self.text[ss:se], "speaker_mentions": ms})
        if alt:
            r["speaker_alt"] = alt
        r.update({"role": role, "affiliation": aff, "anonymity": anon, "medium": medium})
        self.quotes.append(r)

    def agg(self, span, counted, unit, quantity=None, low=None, high=None, qualifier=None, claimant=None,
            ps=None, pe=None, scope=None, after=None):
        a, b = self.pos(span, after=after)
        self.claims.append({"kind": "aggregate", "start": a, "end": b, "text": self.text[a:b], "claimant": claimant,
                            "quantity": quantity, "low": low, "high": high, "counted": counted, "unit": unit,
                            "qualifier": qualifier, "period_start": ps, "period_end": pe, "scope": scope})

    def cau(self, span, cause, effect, driver=None, claimant=None, hedged=False, polarity="+", after=None):
        a, b = self.pos(span, after=after)
        c = self.sp(cause, after=a); e = self.sp(effect, after=a)
        assert a <= c["start"] and c["end"] <= b and a <= e["start"] and e["end"] <= b, (self.id, span)
        self.claims.append({"kind": "causal", "start": a, "end": b, "text": self.text[a:b], "claimant": claimant,
                            "hedged": hedged, "cause": c, "effect": e, "driver": driver, "polarity": polarity})


def write():
    with open(os.path.join(HERE, f"{AUTHOR}.docs.jsonl"), "w", encoding="utf-8") as fd, \
         open(os.path.join(HERE, f"{AUTHOR}.gold.jsonl"), "w", encoding="utf-8") as fg, \
         open(os.path.join(HERE, f"{AUTHOR}.pred_selfcheck.jsonl"), "w", encoding="utf-8") as fp:
        for d in DOCS:
            fd.write(json.dumps({"id": d.id, "title": d.title, "published": d.published, "text": d.text},
                                ensure_ascii=False) + "\n")
            g = {"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims,
                 "source": {"author": AUTHOR, "outlet_style": d.outlet, "invented": True}}
            fg.write(json.dumps(g, ensure_ascii=False) + "\n")
            fp.write(json.dumps({"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims},
                                ensure_ascii=False) + "\n")
            # checks
            t = d.text
            for e in d.events:
                for x in e["evidence"]:
                    assert t[x["start"]:x["end"]] == x["text"]
            for q in d.quotes:
                assert t[q["start"]:q["end"]] == q["text"] and t[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
            for c in d.claims:
                assert t[c["start"]:c["end"]] == c["text"]
            print(d.id, d.published, len(t.split()), "words", len(d.events), "ev", len(d.quotes), "q",
                  sum(c["kind"] == "aggregate" for c in d.claims), "agg",
                  sum(c["kind"] == "causal" for c in d.claims), "caus")


# ---------------------------------------------------------------- documents

# ---- authQ-01: Iraq, Diyala, Reuters style, incident lead
d = Doc(1, "Car bomb kills at least 11 at livestock market in Iraq's Diyala", "2016-01-19", [
'''BAQUBA, Iraq, Jan 19 (Reuters) - A car bomb tore through a crowded livestock market in the Iraqi town of Khalis on Monday, killing at least 11 people and wounding 30, police said, in the latest attack to rattle the mixed Sunni-Shi'ite province of Diyala northeast of Baghdad.''',
'''A health official at Baquba general hospital put the death toll at 14, saying three of the wounded had died of their injuries overnight. Most of the victims were farmers and traders who had come in from surrounding villages to sell sheep and cattle, a police captain said.''',
'''Late on Monday, an online statement purporting to come from Islamic State's Diyala branch said one of its fighters had detonated the vehicle among "the rejectionists", a derogatory term the group uses for Shi'ites. Reuters could not verify the statement's authenticity.''',
'''"The market was full, it was the busiest hour," said Hassan Jabbar, 45, who sells fodder near the market gate. "I saw a white pickup burst into flames and then people lying on the ground everywhere."''',
'''Overnight, mortar rounds landed on houses in the village of Abu Saida, east of the provincial capital Baquba, killing two children and wounding their mother, a local council member said. It was not clear who fired them.''',
'''Diyala's police chief, Major General Jassim al-Saadi, said the bombers had exploited gaps in the cordon around the market because many of his men had been redeployed to the front line against Islamic State in neighbouring Salahuddin province. He said a curfew had been imposed on Khalis until Wednesday.''',
'''Diyala, which borders Iran, was declared cleared of Islamic State by the army and Shi'ite paramilitary groups in January 2015, but the province has since been hit by sporadic bombings and kidnappings, and the militants still move through the orchards and the Hamrin mountains on its northern edge.''',
'''A twin bombing at a cafe in Muqdadiya on Jan. 11 killed more than 20 people and was followed by arson attacks on Sunni mosques and shops in the town. Omar Hamid al-Azzawi, a Sunni member of the provincial council, said at least 2,000 Sunni families had left Muqdadiya and nearby villages since then because they feared reprisals by armed men.''',
'''"There is no state in Muqdadiya. The militias are the state," al-Azzawi told Reuters by telephone.''',
'''A spokesman for the Badr Organisation, the most powerful Shi'ite armed group in Diyala, said the accusations were "lies spread by those who want to bring Daesh back to the province". He said Badr fighters had helped police secure Muqdadiya after the cafe attack.''',
'''Violence has eased in Iraq since the peak of the sectarian war in 2006-2007, but the country remains one of the deadliest in the world for civilians. According to the United Nations mission in Iraq, at least 7,000 civilians were killed in acts of terrorism and armed conflict in 2015.''',
'''(Reporting by Reuters staff in Baquba; Writing by Reuters Baghdad bureau; Editing by the Middle East desk)''',
], "Reuters")
d.ev(["A car bomb tore through a crowded livestock market in the Iraqi town of Khalis on Monday, killing at least 11 people and wounding 30",
      "A health official at Baquba general hospital put the death toll at 14",
      "one of its fighters had detonated the vehicle among \"the rejectionists\""],
     date="2016-01-18", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", sub_alt=["Suicide bomb"],
     actor1="Islamic State (Iraq)", actor1_alt=["Unidentified Armed Group (Iraq)"], actor2="Civilians (Iraq)",
     admin1="Diyala", admin2="Al-Khalis", location="Khalis", location_alt=["Al-Khalis"], lat=33.808, lon=44.533, prec=1,
     fatalities=11, injured=30, fatalities_note="police at least 11 vs hospital 14: conservative 11")
d.ev(["mortar rounds landed on houses in the village of Abu Saida, east of the provincial capital Baquba, killing two children and wounding their mother"],
     date="2016-01-19", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
     actor1="Unidentified Armed Group (Iraq)", actor1_alt=["Islamic State (Iraq)"], actor2="Civilians (Iraq)",
     admin1="Diyala", admin2="Baquba", location="Abu Saida", location_alt=["Abu Sayda"], prec=1, fatalities=2, injured=1,
     note="overnight = publication day")
d.q("A car bomb tore through a crowded livestock market in the Iraqi town of Khalis on Monday, killing at least 11 people and wounding 30", "police", "police", "unnamed official", direct=False, s_after="wounding 30, police said")
d.q("the death toll at 14, saying three of the wounded had died of their injuries overnight", "A health official at Baquba general hospital",
    "A health official at Baquba general hospital", "unnamed official", direct=False, role="health official")
d.q("Most of the victims were farmers and traders who had come in from surrounding villages to sell sheep and cattle", "a police captain",
    "a police captain", "unnamed official", direct=False, role="police captain")
d.q("one of its fighters had detonated the vehicle among \"the rejectionists\"", "Islamic State's Diyala branch",
    "an online statement purporting to come from Islamic State's Diyala branch", "named", direct=False,
    aff="Islamic State", medium="online statement")
d.q("\"The market was full, it was the busiest hour,\"", "Hassan Jabbar", "Hassan Jabbar", "named", role="fodder seller")
d.q("\"I saw a white pickup burst into flames and then people lying on the ground everywhere.\"", "Hassan Jabbar", "Hassan Jabbar", "named",
    role="fodder seller")
d.q("mortar rounds landed on houses in the village of Abu Saida, east of the provincial capital Baquba, killing two children and wounding their mother",
    "a local council member", "a local council member", "unnamed official", direct=False)
d.q("the bombers had exploited gaps in the cordon around the market because many of his men had been redeployed to the front line against Islamic State in neighbouring Salahuddin province",
    "Jassim al-Saadi", "Diyala's police chief, Major General Jassim al-Saadi", "named", direct=False, role="police chief", aff="Diyala police")
d.q("a curfew had been imposed on Khalis until Wednesday", "Jassim al-Saadi", "He", "named", direct=False,
    s_after="He said a curfew", mentions=["Diyala's police chief, Major General Jassim al-Saadi"], role="police chief", aff="Diyala police")
d.q("at least 2,000 Sunni families had left Muqdadiya and nearby villages since then because they feared reprisals by armed men",
    "Omar Hamid al-Azzawi", "Omar Hamid al-Azzawi", "named", direct=False, mentions=[("al-Azzawi", "\"There is no state")],
    role="provincial council member", aff="Diyala provincial council")
d.q("\"There is no state in Muqdadiya. The militias are the state,\"", "Omar Hamid al-Azzawi", "al-Azzawi", "named",
    s_after="\"There is no state", mentions=["Omar Hamid al-Azzawi"], role="provincial council member", medium="telephone")
d.q("the accusations were \"lies spread by those who want to bring Daesh back to the province\"", "A spokesman for the Badr Organisation",
    "A spokesman for the Badr Organisation", "unnamed official", direct=False, aff="Badr Organisation")
d.q("Badr fighters had helped police secure Muqdadiya after the cafe attack", "A spokesman for the Badr Organisation", "He",
    "unnamed official", direct=False, s_after="He said Badr", mentions=["A spokesman for the Badr Organisation"], aff="Badr Organisation")
d.q("at least 7,000 civilians were killed in acts of terrorism and armed conflict in 2015", "the United Nations mission in Iraq",
    "the United Nations mission in Iraq", "named", direct=False, aff="United Nations")
d.agg("at least 2,000 Sunni families had left Muqdadiya and nearby villages since then", "Sunni families displaced", "families",
      quantity=2000, low=2000, qualifier="at least", claimant="Omar Hamid al-Azzawi", ps="2016-01-11", pe="2016-01-19",
      scope="Muqdadiya and nearby villages, Diyala")
d.agg("at least 7,000 civilians were killed in acts of terrorism and armed conflict in 2015", "civilians killed", "people",
      quantity=7000, low=7000, qualifier="at least", claimant="the United Nations mission in Iraq", ps="2015-01-01", pe="2015-12-31",
      scope="Iraq")
d.cau("the bombers had exploited gaps in the cordon around the market because many of his men had been redeployed to the front line against Islamic State in neighbouring Salahuddin province",
      "many of his men had been redeployed to the front line against Islamic State in neighbouring Salahuddin province",
      "the bombers had exploited gaps in the cordon around the market", driver="security posture/deployment", claimant="Jassim al-Saadi")
d.cau("at least 2,000 Sunni families had left Muqdadiya and nearby villages since then because they feared reprisals by armed men",
      "they feared reprisals by armed men", "at least 2,000 Sunni families had left Muqdadiya and nearby villages",
      driver="sectarian grievance", claimant="Omar Hamid al-Azzawi")

# ---- authQ-02: Syria, Daraa, AFP style, political lead
d = Doc(2, "Syria talks on hold as regime pushes south with Russian air cover", "2016-02-04", [
'''GENEVA (AFP) - Syria's opposition said on Thursday it would not return to Geneva until Russian bombing stopped, a day after the United Nations suspended the first peace talks in two years, as government forces backed by Moscow's warplanes pressed an offensive in the country's south.''',
'''The UN envoy told reporters late Wednesday that the negotiations were paused until February 25 and that "there is more work to be done, not only by us but by the stakeholders".''',
'''"We came to Geneva to save lives, and the regime answered with barrel bombs and Russian missiles," said Fares al-Zoubi, a member of the opposition High Negotiations Committee delegation. He said the talks had stalled because of the bombardment of opposition areas in Aleppo and Daraa provinces.''',
'''On the ground, government troops and allied militiamen seized the town of Atman, just north of the southern city of Daraa, on Thursday after four days of fighting with rebels, the Syrian Observatory for Human Rights said.''',
'''The Britain-based monitor said 18 rebels and at least 11 soldiers and pro-regime fighters had been killed in the battle for Atman since Monday. State news agency SANA said the army had "restored security and stability" to the town and killed "dozens of terrorists".''',
'''Russian air strikes on Wednesday hit the rebel-held town of Tafas, northwest of Daraa, killing nine civilians including three children, according to the Observatory. A local activist network put the toll at 13.''',
'''"The planes came twice, the second time when people were pulling the wounded out," Abu Mohammad al-Hourani, an activist in Tafas, told AFP via the internet. He said hundreds of families had left the town for farms closer to the Jordanian border.''',
'''Moscow's defence ministry denied hitting civilian areas, saying its aircraft had struck "terrorist" command posts and ammunition depots in Daraa province.''',
'''Russia's air campaign, launched on September 30, has allowed government forces to regain ground on several fronts after a string of losses last year. The Observatory says Russian strikes have killed more than 1,300 civilians since they began.''',
'''Rebels in the south, many of them grouped in the Southern Front alliance, have been largely spared the infighting that has weakened opposition forces in the north. But fighters said the loss of Sheikh Miskin last month had opened the road to Atman and exposed their supply lines to the Nassib border crossing.''',
'''"If Atman falls, the regime will reach the border," a commander in the Southern Front said on condition of anonymity, speaking before the town was taken.''',
'''Syria's war began with anti-government protests in the city of Daraa in March 2011. More than 260,000 people have been killed since then, according to the Observatory, and more than 4.6 million Syrians have fled abroad, according to the UN refugee agency.''',
], "AFP")
d.ev(["government troops and allied militiamen seized the town of Atman, just north of the southern city of Daraa, on Thursday after four days of fighting with rebels",
      "the army had \"restored security and stability\" to the town"],
     date="2016-02-04", etype="Battles", sub="Government regains territory", actor1="Military Forces of Syria (2000-)",
     actor2="Southern Front", country="Syria", admin1="Dara", admin1_alt=["Daraa", "Deraa", "Dar'a"], admin2="Daraa",
     location="Atman", lat=32.656, lon=36.106, prec=1, fatalities=None,
     fatalities_note="18 rebels and 11 soldiers killed since Monday across the battle: not apportioned to the day of the capture")
d.ev(["Russian air strikes on Wednesday hit the rebel-held town of Tafas, northwest of Daraa, killing nine civilians including three children",
      "A local activist network put the toll at 13."],
     date="2016-02-03", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Military Forces of Russia (2000-)",
     actor2="Civilians (Syria)", country="Syria", admin1="Dara", admin1_alt=["Daraa", "Deraa", "Dar'a"], admin2="Daraa",
     location="Tafas", lat=32.737, lon=35.990, prec=1, fatalities=9, fatalities_note="Observatory 9 vs activists 13: 9")
d.q("it would not return to Geneva until Russian bombing stopped", "the High Negotiations Committee", "Syria's opposition", "named",
    direct=False, alt=["High Negotiations Committee"])
d.q("the negotiations were paused until February 25", "The UN envoy", "The UN envoy", "unnamed official", direct=False,
    role="UN envoy", aff="United Nations")
d.q("\"there is more work to be done, not only by us but by the stakeholders\"", "The UN envoy", "The UN envoy", "unnamed official",
    role="UN envoy", aff="United Nations")
d.q("\"We came to Geneva to save lives, and the regime answered with barrel bombs and Russian missiles,\"", "Fares al-Zoubi",
    "Fares al-Zoubi", "named", role="member of the opposition delegation", aff="High Negotiations Committee")
d.q("the talks had stalled because of the bombardment of opposition areas in Aleppo and Daraa provinces", "Fares al-Zoubi", "He",
    "named", direct=False, s_after="He said the talks", mentions=["Fares al-Zoubi"], role="member of the opposition delegation",
    aff="High Negotiations Committee")
d.q("government troops and allied militiamen seized the town of Atman, just north of the southern city of Daraa, on Thursday after four days of fighting with rebels",
    "Syrian Observatory for Human Rights", "the Syrian Observatory for Human Rights", "named", direct=False,
    mentions=["The Britain-based monitor", ("the Observatory", "killing nine civilians"), ("The Observatory says", "Russia's air campaign"), ("the Observatory", "have been killed since then")])
d.q("18 rebels and at least 11 soldiers and pro-regime fighters had been killed in the battle for Atman since Monday",
    "Syrian Observatory for Human Rights", "The Britain-based monitor", "named", direct=False,
    mentions=["the Syrian Observatory for Human Rights"])
d.q("the army had \"restored security and stability\" to the town and killed \"dozens of terrorists\"", "SANA", "State news agency SANA",
    "named", direct=False, medium="state news agency")
d.q("Russian air strikes on Wednesday hit the rebel-held town of Tafas, northwest of Daraa, killing nine civilians including three children",
    "Syrian Observatory for Human Rights", "the Observatory", "named", direct=False, s_after="killing nine civilians including three children, according to",
    mentions=["the Syrian Observatory for Human Rights"])
d.q("the toll at 13", "A local activist network", "A local activist network", "anonymous", direct=False)
d.q("\"The planes came twice, the second time when people were pulling the wounded out,\"", "Abu Mohammad al-Hourani",
    "Abu Mohammad al-Hourani", "named", role="activist", medium="internet")
d.q("hundreds of families had left the town for farms closer to the Jordanian border", "Abu Mohammad al-Hourani", "He", "named",
    direct=False, s_after="He said hundreds", mentions=["Abu Mohammad al-Hourani"], role="activist")
d.q("hitting civilian areas", "Russian defence ministry", "Moscow's defence ministry", "named", direct=False, aff="Russia")
d.q("its aircraft had struck \"terrorist\" command posts and ammunition depots in Daraa province", "Russian defence ministry",
    "Moscow's defence ministry", "named", direct=False, aff="Russia")
d.q("Russian strikes have killed more than 1,300 civilians since they began", "Syrian Observatory for Human Rights", "The Observatory",
    "named", direct=False, s_after="The Observatory says", mentions=["the Syrian Observatory for Human Rights"])
d.q("the loss of Sheikh Miskin last month had opened the road to Atman and exposed their supply lines to the Nassib border crossing",
    "fighters", "fighters", "unnamed official", direct=False, s_after="But fighters said", aff="Southern Front")
d.q("\"If Atman falls, the regime will reach the border,\"", "a commander in the Southern Front", "a commander in the Southern Front",
    "unnamed official", role="commander", aff="Southern Front")
d.q("More than 260,000 people have been killed since then", "Syrian Observatory for Human Rights", "the Observatory", "named",
    direct=False, s_after="have been killed since then, according to", mentions=["the Syrian Observatory for Human Rights"])
d.q("more than 4.6 million Syrians have fled abroad", "UN refugee agency", "the UN refugee agency", "named", direct=False, alt=["UNHCR"])
d.agg("Russian strikes have killed more than 1,300 civilians since they began", "civilians killed by Russian air strikes", "people",
      quantity=1300, low=1300, qualifier="more than", claimant="Syrian Observatory for Human Rights", ps="2015-09-30", pe="2016-02-04", scope="Syria")
d.agg("More than 260,000 people have been killed since then", "people killed in the Syrian war", "people", quantity=260000, low=260000,
      qualifier="more than", claimant="Syrian Observatory for Human Rights", ps="2011-03-15", pe="2016-02-04", scope="Syria")
d.agg("more than 4.6 million Syrians have fled abroad", "Syrian refugees abroad", "people", quantity=4600000, low=4600000,
      qualifier="more than", claimant="UN refugee agency", ps="2011-03-15", pe="2016-02-04", scope="Syria")
d.cau("the talks had stalled because of the bombardment of opposition areas in Aleppo and Daraa provinces",
      "the bombardment of opposition areas in Aleppo and Daraa provinces", "the talks had stalled", claimant="Fares al-Zoubi")
d.cau("Russia's air campaign, launched on September 30, has allowed government forces to regain ground on several fronts",
      "Russia's air campaign", "government forces to regain ground on several fronts", driver="external support")
d.cau("the loss of Sheikh Miskin last month had opened the road to Atman and exposed their supply lines",
      "the loss of Sheikh Miskin last month", "had opened the road to Atman and exposed their supply lines", claimant="fighters")

# ---- authQ-03: Iraq, Babil/Anbar/Baghdad, AP style, political lead
d = Doc(3, "Iraq protest sit-in grows as suicide bomber strikes south of Baghdad", "2016-03-22", [
'''BAGHDAD (AP) - Thousands of Shiite protesters camped outside the gates of Baghdad's heavily fortified Green Zone for a fourth day Tuesday, demanding a cabinet of technocrats, as a suicide bomber and a roadside bomb killed at least eight people elsewhere in the country, officials said.''',
'''The sit-in, called by an influential Shiite cleric whose followers have staged weekly rallies since February, has piled pressure on the prime minister, who promised last month to replace party loyalists in his government with independent experts but has yet to name them. Protesters slept in tents along the road leading to the Green Zone, and riot police stood behind concrete blast walls but made no move to disperse them.''',
'''"We will not leave until the corrupt are gone," said Karim Hussein, a 33-year-old day laborer from the Sadr City district, who said he had not been paid for three months of construction work. "The politicians eat and we wait."''',
'''Many protesters said their anger was fueled by years of corruption and poor services, from daily power cuts to unpaid salaries. The collapse in world oil prices, which provide nearly all of the state's revenue, has forced Baghdad to delay salaries for some public employees and freeze hundreds of projects.''',
'''On Monday evening, a suicide bomber on foot blew himself up among soldiers and Shiite militiamen at a checkpoint at the northern entrance to the town of Iskandariyah, in Babil province about 40 kilometers (25 miles) south of Baghdad, killing six people and wounding 17, a police officer said. A medical official at Hilla hospital said eight people died, including three civilians waiting to pass the checkpoint. Both spoke on condition of anonymity because they were not authorized to brief reporters.''',
'''The Islamic State group claimed the attack in a statement circulated online by its supporters, saying the bomber had targeted "a gathering of the apostate army and the Popular Mobilization".''',
'''In western Anbar province, a roadside bomb struck an army patrol near the town of Kubaisa on Tuesday morning, killing two soldiers and wounding three, an army officer said. Iraqi troops have been pushing toward the nearby Islamic State-held town of Hit for more than a week.''',
'''The extremists swept across northern and western Iraq in the summer of 2014 and still hold the country's second-largest city, Mosul. Iraqi officials say the group has since lost about 40 percent of the territory it once held in Iraq, including the Anbar provincial capital, Ramadi, which was declared liberated in late December.''',
'''Analysts warn that the political standoff in Baghdad could distract the government from the fight. "Every week the cabinet spends on quarrels is a week not spent on Mosul," said Jamal Obeidi, a political science professor at Baghdad University.''',
'''According to the United Nations mission in Iraq, at least 670 Iraqis, most of them civilians, were killed in acts of violence in February, down slightly from January.''',
], "AP")
d.ev(["Thousands of Shiite protesters camped outside the gates of Baghdad's heavily fortified Green Zone for a fourth day Tuesday, demanding a cabinet of technocrats",
      "riot police stood behind concrete blast walls but made no move to disperse them"],
     date="2016-03-22", etype="Protests", sub="Peaceful protest", actor1="Protesters (Iraq)", actor2=None,
     admin1="Baghdad", admin2="Al Resafa", location="Baghdad - Green Zone", location_alt=["Baghdad", "Green Zone"],
     lat=33.305, lon=44.386, prec=2, fatalities=0)
d.ev(["a suicide bomber on foot blew himself up among soldiers and Shiite militiamen at a checkpoint at the northern entrance to the town of Iskandariyah, in Babil province about 40 kilometers (25 miles) south of Baghdad, killing six people and wounding 17",
      "A medical official at Hilla hospital said eight people died",
      "The Islamic State group claimed the attack"],
     date="2016-03-21", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Islamic State (Iraq)",
     actor2="Military Forces of Iraq (2014-2018)", admin1="Babil", admin1_alt=["Babylon"], admin2="Al-Musayab",
     location="Iskandariya", location_alt=["Iskandariyah", "Al-Iskandariyah"], lat=32.89, lon=44.35, prec=2,
     fatalities=6, injured=17, fatalities_note="police 6 vs medical 8: 6")
d.ev(["a roadside bomb struck an army patrol near the town of Kubaisa on Tuesday morning, killing two soldiers and wounding three"],
     date="2016-03-22", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", actor1="Unidentified Armed Group (Iraq)",
     actor1_alt=["Islamic State (Iraq)"], actor2="Military Forces of Iraq (2014-2018)", admin1="Al Anbar", admin1_alt=["Anbar"],
     admin2="Heet", location="Kubaisa", location_alt=["Kubaysah", "Kubaysa"], lat=33.58, lon=42.60, prec=2, fatalities=2, injured=3)
d.q("a suicide bomber and a roadside bomb killed at least eight people elsewhere in the country", "officials", "officials", "unnamed official",
    direct=False, s_after="elsewhere in the country, officials said")
d.q("\"We will not leave until the corrupt are gone,\"", "Karim Hussein", "Karim Hussein", "named", role="day laborer")
d.q("he had not been paid for three months of construction work", "Karim Hussein", "he", "named", direct=False,
    s_after="who said he had not", mentions=["Karim Hussein"], role="day laborer")
d.q("\"The politicians eat and we wait.\"", "Karim Hussein", "Karim Hussein", "named", role="day laborer")
d.q("their anger was fueled by years of corruption and poor services, from daily power cuts to unpaid salaries", "Many protesters",
    "Many protesters", "anonymous", direct=False)
d.q("a suicide bomber on foot blew himself up among soldiers and Shiite militiamen at a checkpoint at the northern entrance to the town of Iskandariyah, in Babil province about 40 kilometers (25 miles) south of Baghdad, killing six people and wounding 17",
    "a police officer", "a police officer", "unnamed official", direct=False, s_after="wounding 17, a police officer")
d.q("eight people died, including three civilians waiting to pass the checkpoint", "A medical official at Hilla hospital",
    "A medical official at Hilla hospital", "unnamed official", direct=False, role="medical official")
d.q("the bomber had targeted \"a gathering of the apostate army and the Popular Mobilization\"", "The Islamic State group",
    "The Islamic State group", "named", direct=False, medium="online statement", aff="Islamic State")
d.q("a roadside bomb struck an army patrol near the town of Kubaisa on Tuesday morning, killing two soldiers and wounding three",
    "an army officer", "an army officer", "unnamed official", direct=False, role="army officer")
d.q("the group has since lost about 40 percent of the territory it once held in Iraq", "Iraqi officials", "Iraqi officials",
    "unnamed official", direct=False)
d.q("the political standoff in Baghdad could distract the government from the fight", "Analysts", "Analysts", "anonymous", direct=False)
d.q("\"Every week the cabinet spends on quarrels is a week not spent on Mosul,\"", "Jamal Obeidi", "Jamal Obeidi", "named",
    role="political science professor", aff="Baghdad University")
d.q("at least 670 Iraqis, most of them civilians, were killed in acts of violence in February", "the United Nations mission in Iraq",
    "the United Nations mission in Iraq", "named", direct=False, aff="United Nations")
d.agg("the group has since lost about 40 percent of the territory it once held in Iraq", "territory lost by Islamic State", "percent",
      quantity=40, qualifier="about", claimant="Iraqi officials", ps="2014-06-01", pe="2016-03-22", scope="Iraq")
d.agg("at least 670 Iraqis, most of them civilians, were killed in acts of violence in February", "Iraqis killed", "people",
      quantity=670, low=670, qualifier="at least", claimant="the United Nations mission in Iraq", ps="2016-02-01", pe="2016-02-29", scope="Iraq")
d.cau("their anger was fueled by years of corruption and poor services", "years of corruption and poor services", "their anger",
      driver="governance/corruption", claimant="Many protesters")
d.cau("The collapse in world oil prices, which provide nearly all of the state's revenue, has forced Baghdad to delay salaries for some public employees and freeze hundreds of projects",
      "The collapse in world oil prices", "delay salaries for some public employees and freeze hundreds of projects",
      driver="economic hardship/unemployment")
d.cau("the political standoff in Baghdad could distract the government from the fight", "the political standoff in Baghdad",
      "distract the government from the fight", driver="governance/corruption", claimant="Analysts", hedged=True)

# ---- authQ-04: Syria, Deir ez-Zor, Reuters style, incident lead
d = Doc(4, "Islamic State shells besieged Syrian city of Deir al-Zor, attacks air base", "2016-04-20", [
'''BEIRUT, April 20 (Reuters) - Islamic State militants attacked Syrian army positions around the military airport of Deir al-Zor on Wednesday, a day after their shells killed at least five people in a government-held district of the besieged eastern city, a monitoring group and state media said.''',
'''The Syrian Observatory for Human Rights, which tracks the war through a network of sources on the ground, said 12 Islamic State fighters and four soldiers were killed in the fighting on the southern edge of the airport, which is the only lifeline for the government enclave.''',
'''State television said the army had "repelled a wide attack by Daesh terrorists" and inflicted heavy losses on them. It did not give a toll for government forces.''',
'''On Tuesday, rockets and mortar bombs slammed into a street market in the Joura district, killing seven people and wounding more than 20, state news agency SANA said. The Observatory put the death toll at five.''',
'''"We heard the whistle and then the glass came down on us," said a resident of Joura who declined to be named for fear of reprisals, speaking by telephone. "There is nowhere to hide here, every street is in range."''',
'''Syrian or Russian warplanes struck the Islamic State-held town of Mayadin, southeast of Deir al-Zor, on Tuesday, killing nine people, including four children, the Observatory said. Syrian state media said the air force had targeted militant headquarters in the province.''',
'''Islamic State controls most of Deir al-Zor province, which links its de facto capital Raqqa to its territory in Iraq, and oil fields in the province have helped finance its operations. The group has besieged the government-held districts of the city and the nearby airport since early 2015.''',
'''The monitor said the militants had sent hundreds of fighters to Deir al-Zor in recent weeks, in what it described as a response to the loss of the ancient city of Palmyra to Russian-backed government forces last month.''',
'''About 200,000 people live in the government-held areas, according to the United Nations, which describes them as besieged. The World Food Programme began dropping food from aircraft over the enclave in February because road access was cut and landing at the airport was too dangerous.''',
'''"Our airdrops are a last resort. They are expensive and they cannot replace a road," said Bettina Keller, a WFP spokeswoman in Damascus. She said the agency had delivered more than 1,200 tonnes of food by air since February.''',
'''Residents say the siege has caused the price of flour and sugar to rise more than tenfold and that many families survive on one meal a day. A provincial official said at least 40 people, most of them elderly, had died of malnutrition or lack of medicine in the enclave since the start of the year. Reuters could not independently verify the figure.''',
'''Islamic State has also executed hundreds of people in the province since it seized most of it in 2014, among them members of the al-Sheitaat tribe, which rose up against the group that summer.''',
'''(Reporting by Reuters Beirut bureau; Editing by the Middle East desk)''',
], "Reuters")
SY = dict(country="Syria", admin1="Deir ez Zor", admin1_alt=["Deir ez-Zor", "Deir al-Zor", "Dayr az Zawr", "Deir Ezzor"])
d.ev(["Islamic State militants attacked Syrian army positions around the military airport of Deir al-Zor on Wednesday",
      "12 Islamic State fighters and four soldiers were killed in the fighting on the southern edge of the airport",
      "the army had \"repelled a wide attack by Daesh terrorists\""],
     date="2016-04-20", etype="Battles", sub="Armed clash", actor1="Islamic State (Syria)", actor2="Military Forces of Syria (2000-)",
     admin2="Deir ez Zor", location="Deir ez Zor Military Airport", location_alt=["Deir ez Zor", "Deir al-Zor"], lat=35.285, lon=40.176, prec=2,
     fatalities=16, **SY)
d.ev(["rockets and mortar bombs slammed into a street market in the Joura district, killing seven people and wounding more than 20",
      "The Observatory put the death toll at five."],
     date="2016-04-19", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", actor1="Islamic State (Syria)",
     actor2="Civilians (Syria)", admin2="Deir ez Zor", location="Deir ez Zor - Joura", location_alt=["Deir ez Zor", "Joura", "Jorah"],
     lat=35.333, lon=40.115, prec=1, fatalities=5, injured=20, fatalities_note="SANA 7 vs Observatory 5: 5", **SY)
d.ev(["Syrian or Russian warplanes struck the Islamic State-held town of Mayadin, southeast of Deir al-Zor, on Tuesday, killing nine people, including four children"],
     date="2016-04-19", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Military Forces of Syria (2000-)",
     actor1_alt=["Military Forces of Russia (2000-)"], actor2="Civilians (Syria)", admin2="Al Mayadin", location="Al Mayadin",
     location_alt=["Mayadin", "Mayadeen"], lat=35.018, lon=40.451, prec=1, fatalities=9, **SY)
d.q("Islamic State militants attacked Syrian army positions around the military airport of Deir al-Zor on Wednesday, a day after their shells killed at least five people in a government-held district of the besieged eastern city", "a monitoring group and state media",
    "a monitoring group and state media", "anonymous", direct=False)
d.q("12 Islamic State fighters and four soldiers were killed in the fighting on the southern edge of the airport, which is the only lifeline for the government enclave",
    "Syrian Observatory for Human Rights", "The Syrian Observatory for Human Rights", "named", direct=False,
    mentions=[("The Observatory put", "The Observatory put"), ("the Observatory said", "Mayadin"), ("The monitor said", "The monitor said")])
d.q("the army had \"repelled a wide attack by Daesh terrorists\" and inflicted heavy losses on them", "State television", "State television",
    "named", direct=False, medium="state television")
d.q("rockets and mortar bombs slammed into a street market in the Joura district, killing seven people and wounding more than 20", "SANA",
    "state news agency SANA", "named", direct=False, medium="state news agency")
d.q("the death toll at five", "Syrian Observatory for Human Rights", "The Observatory", "named", direct=False, s_after="The Observatory put",
    mentions=["The Syrian Observatory for Human Rights"])
d.q("\"We heard the whistle and then the glass came down on us,\"", "a resident of Joura", "a resident of Joura", "anonymous", medium="telephone")
d.q("\"There is nowhere to hide here, every street is in range.\"", "a resident of Joura", "a resident of Joura", "anonymous", medium="telephone")
d.q("Syrian or Russian warplanes struck the Islamic State-held town of Mayadin, southeast of Deir al-Zor, on Tuesday, killing nine people, including four children",
    "Syrian Observatory for Human Rights", "the Observatory", "named", direct=False, s_after="including four children, the Observatory",
    mentions=["The Syrian Observatory for Human Rights"])
d.q("the air force had targeted militant headquarters in the province", "Syrian state media", "Syrian state media", "named", direct=False,
    s_after="Syrian state media said the air force")
d.q("the militants had sent hundreds of fighters to Deir al-Zor in recent weeks", "Syrian Observatory for Human Rights", "The monitor",
    "named", direct=False, s_after="The monitor said", mentions=["The Syrian Observatory for Human Rights"])
d.q("a response to the loss of the ancient city of Palmyra to Russian-backed government forces last month", "Syrian Observatory for Human Rights",
    "it", "named", direct=False, s_after="in what it described", mentions=["The Syrian Observatory for Human Rights"])
d.q("About 200,000 people live in the government-held areas", "the United Nations", "the United Nations", "named", direct=False)
d.q("them as besieged", "the United Nations", "the United Nations", "named", direct=False)
d.q("\"Our airdrops are a last resort. They are expensive and they cannot replace a road,\"", "Bettina Keller", "Bettina Keller", "named",
    role="spokeswoman", aff="World Food Programme")
d.q("the agency had delivered more than 1,200 tonnes of food by air since February", "Bettina Keller", "She", "named", direct=False,
    s_after="She said the agency", mentions=["Bettina Keller"], role="spokeswoman", aff="World Food Programme")
d.q("the siege has caused the price of flour and sugar to rise more than tenfold and that many families survive on one meal a day",
    "Residents", "Residents", "anonymous", direct=False)
d.q("at least 40 people, most of them elderly, had died of malnutrition or lack of medicine in the enclave since the start of the year",
    "A provincial official", "A provincial official", "unnamed official", direct=False)
d.agg("About 200,000 people live in the government-held areas", "civilians besieged", "people", quantity=200000, qualifier="about",
      claimant="the United Nations", pe="2016-04-20", scope="government-held districts of Deir al-Zor")
d.agg("at least 40 people, most of them elderly, had died of malnutrition or lack of medicine in the enclave since the start of the year",
      "people dead of malnutrition or lack of medicine under siege", "people", quantity=40, low=40, qualifier="at least",
      claimant="A provincial official", ps="2016-01-01", pe="2016-04-20", scope="government-held enclave of Deir al-Zor")
d.cau("oil fields in the province have helped finance its operations", "oil fields in the province", "finance its operations")
d.cau("The World Food Programme began dropping food from aircraft over the enclave in February because road access was cut and landing at the airport was too dangerous",
      "road access was cut and landing at the airport was too dangerous",
      "The World Food Programme began dropping food from aircraft over the enclave in February")
d.cau("the siege has caused the price of flour and sugar to rise more than tenfold", "the siege",
      "the price of flour and sugar to rise more than tenfold", claimant="Residents")
d.cau("the militants had sent hundreds of fighters to Deir al-Zor in recent weeks, in what it described as a response to the loss of the ancient city of Palmyra",
      "the loss of the ancient city of Palmyra", "the militants had sent hundreds of fighters to Deir al-Zor in recent weeks",
      claimant="Syrian Observatory for Human Rights")

# ---- authQ-05: Iraq round-up of several fronts (Anbar, Ninewa, Salah al-Din, Kirkuk), Reuters style
d = Doc(5, "Iraqi forces push into Falluja outskirts, open new front south of Mosul", "2016-06-08", [
'''BAGHDAD, June 8 (Reuters) - Iraqi forces fought their way into a southern district of Falluja on Tuesday, while troops further north retook a village on the road to Mosul and Islamic State struck back with suicide car bombs in Salahuddin province, officials said. Here is a round-up of the main fronts.''',
'''FALLUJA''',
'''Counter-terrorism service units backed by federal police advanced into the al-Shuhada district on Falluja's southern edge after a day of street fighting, said Staff Major General Abdul Wahab al-Saidi, the commander of the operation. He said at least 35 Islamic State fighters were killed and that his men were clearing houses rigged with explosives.''',
'''The U.S.-led coalition said its aircraft had conducted nine strikes near Falluja on Tuesday, destroying fighting positions, a car bomb and two mortar systems. It gave no casualty figures.''',
'''The commander said the advance had slowed in order to avoid civilian casualties, since the militants were holding families in the city centre as human shields. The United Nations estimates that about 50,000 civilians remain trapped inside Falluja, which was the first Iraqi city to fall to Islamic State in January 2014.''',
'''More than 42,000 people have fled the Falluja area since the offensive began on May 23, according to the U.N. refugee agency, many of them arriving at overcrowded camps in Amriyat al-Falluja with no shelter from temperatures of 45 degrees Celsius.''',
'''Sunni politicians have raised concerns about the role of Shi'ite paramilitary groups in the campaign, saying reports of abuses against men screened after leaving the city were fuelling distrust among residents. Popular Mobilisation leaders deny the allegations.''',
'''NINEWA''',
'''Army troops and Sunni tribal fighters recaptured the village of Haj Ali, on the west bank of the Tigris south of Qayyara, on Monday, an army statement said. Qayyara, about 60 km (40 miles) south of Mosul, hosts an air base that commanders want to use as a staging post for an eventual offensive on the city.''',
'''"We are 10 kilometres from Qayyara now. The Daesh defences are weak, they moved their best men to Falluja," a Kurdish Peshmerga officer on the nearby Makhmour front said.''',
'''SALAHUDDIN''',
'''Two suicide car bombs hit Popular Mobilisation positions near the Tharthar lake west of Samarra on Tuesday, killing four fighters and wounding 11, a police source in Samarra said. Islamic State claimed the attack through its Amaq news agency and said it had killed "dozens of Safavid militiamen". The militia put its losses at four.''',
'''KIRKUK''',
'''Islamic State militants executed seven men who had tried to flee the Hawija district on Sunday, said Ahmed Khalaf, a Kirkuk provincial council member from Hawija. He said the men were shot in front of residents in the town's main square as a warning.''',
'''Residents and officials say several hundred people a week are trying to escape Hawija, which Islamic State has held since June 2014, by walking across the hills at night toward Kurdish lines. "The smugglers ask for 500 dollars a person. Whoever cannot pay walks," said a man who reached Kirkuk last week with his four children.''',
'''Islamic State has lost about half of the territory it seized in Iraq in 2014, according to Iraqi officials. Some 3.3 million Iraqis are displaced inside the country, the International Organization for Migration says.''',
'''(Reporting by Reuters staff in Baghdad, Kirkuk and Erbil; Editing by the Middle East desk)''',
], "Reuters")
IQ = dict(country="Iraq")
d.ev(["Counter-terrorism service units backed by federal police advanced into the al-Shuhada district on Falluja's southern edge after a day of street fighting",
      "at least 35 Islamic State fighters were killed"],
     date="2016-06-07", etype="Battles", sub="Armed clash", sub_alt=["Government regains territory"],
     actor1="Military Forces of Iraq (2014-2018)", actor2="Islamic State (Iraq)", admin1="Al Anbar", admin1_alt=["Anbar"],
     admin2="Falluja", location="Falluja - Al Shuhada", location_alt=["Falluja", "Fallujah", "al-Shuhada"], lat=33.33, lon=43.78, prec=2,
     fatalities=35, **IQ)
d.ev(["its aircraft had conducted nine strikes near Falluja on Tuesday, destroying fighting positions, a car bomb and two mortar systems"],
     date="2016-06-07", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Global Coalition Against Daesh",
     actor2="Islamic State (Iraq)", admin1="Al Anbar", admin1_alt=["Anbar"], admin2="Falluja", location="Falluja",
     location_alt=["Fallujah"], lat=33.35, lon=43.78, prec=2, fatalities=0, note="no casualty figures given", **IQ)
d.ev(["Army troops and Sunni tribal fighters recaptured the village of Haj Ali, on the west bank of the Tigris south of Qayyara, on Monday"],
     date="2016-06-06", etype="Battles", sub="Government regains territory", actor1="Military Forces of Iraq (2014-2018)",
     actor2="Islamic State (Iraq)", admin1="Ninewa", admin1_alt=["Nineveh", "Ninawa"], admin2="Mosul", location="Haj Ali",
     location_alt=["Hajj Ali"], prec=1, fatalities=0, **IQ)
d.ev(["Two suicide car bombs hit Popular Mobilisation positions near the Tharthar lake west of Samarra on Tuesday, killing four fighters and wounding 11",
      "Islamic State claimed the attack through its Amaq news agency"],
     date="2016-06-07", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Islamic State (Iraq)",
     actor2="Popular Mobilization Forces", admin1="Salah al-Din", admin1_alt=["Salahuddin", "Salah ad Din"], admin2="Samarra",
     location="Tharthar", location_alt=["Samarra"], prec=2, fatalities=4, injured=11,
     fatalities_note="police 4, militia 4, IS 'dozens': 4", **IQ)
d.ev(["Islamic State militants executed seven men who had tried to flee the Hawija district on Sunday",
      "the men were shot in front of residents in the town's main square"],
     date="2016-06-05", etype="Violence against civilians", sub="Attack", actor1="Islamic State (Iraq)", actor2="Civilians (Iraq)",
     admin1="Kirkuk", admin1_alt=["Tameem", "At-Ta'mim"], admin2="Hawija", location="Hawija", location_alt=["Al-Hawija"],
     lat=35.327, lon=43.772, prec=1, fatalities=7, **IQ)
m_saidi = ["Staff Major General Abdul Wahab al-Saidi", ("He said at least 35", "He said at least 35"), ("The commander said", "The commander said")]
d.q("Iraqi forces fought their way into a southern district of Falluja on Tuesday, while troops further north retook a village on the road to Mosul and Islamic State struck back with suicide car bombs in Salahuddin province",
    "officials", "officials", "unnamed official", direct=False, s_after="in Salahuddin province, officials said")
d.q("Counter-terrorism service units backed by federal police advanced into the al-Shuhada district on Falluja's southern edge after a day of street fighting",
    "Abdul Wahab al-Saidi", "Staff Major General Abdul Wahab al-Saidi", "named", direct=False, mentions=m_saidi,
    role="commander of the operation", aff="Counter-terrorism service")
d.q("at least 35 Islamic State fighters were killed and that his men were clearing houses rigged with explosives", "Abdul Wahab al-Saidi",
    "He", "named", direct=False, s_after="He said at least 35", mentions=m_saidi, role="commander of the operation")
d.q("its aircraft had conducted nine strikes near Falluja on Tuesday, destroying fighting positions, a car bomb and two mortar systems",
    "The U.S.-led coalition", "The U.S.-led coalition", "named", direct=False, alt=["Global Coalition Against Daesh"])
d.q("the advance had slowed in order to avoid civilian casualties, since the militants were holding families in the city centre as human shields",
    "Abdul Wahab al-Saidi", "The commander", "named", direct=False, s_after="The commander said", mentions=m_saidi,
    role="commander of the operation")
d.q("about 50,000 civilians remain trapped inside Falluja", "The United Nations", "The United Nations", "named", direct=False)
d.q("More than 42,000 people have fled the Falluja area since the offensive began on May 23", "U.N. refugee agency",
    "the U.N. refugee agency", "named", direct=False, alt=["UNHCR"])
d.q("reports of abuses against men screened after leaving the city were fuelling distrust among residents", "Sunni politicians",
    "Sunni politicians", "anonymous", direct=False)
d.q("the allegations", "Popular Mobilisation leaders", "Popular Mobilisation leaders", "unnamed official", direct=False,
    aff="Popular Mobilisation")
d.q("Army troops and Sunni tribal fighters recaptured the village of Haj Ali, on the west bank of the Tigris south of Qayyara, on Monday",
    "an army statement", "an army statement", "named", direct=False, alt=["Iraqi army"], medium="statement")
d.q("\"We are 10 kilometres from Qayyara now. The Daesh defences are weak, they moved their best men to Falluja,\"",
    "a Kurdish Peshmerga officer on the nearby Makhmour front", "a Kurdish Peshmerga officer on the nearby Makhmour front",
    "unnamed official", aff="Peshmerga")
d.q("Two suicide car bombs hit Popular Mobilisation positions near the Tharthar lake west of Samarra on Tuesday, killing four fighters and wounding 11",
    "a police source in Samarra", "a police source in Samarra", "unnamed official", direct=False)
d.q("it had killed \"dozens of Safavid militiamen\"", "Islamic State", "Islamic State", "named", direct=False,
    s_after="Islamic State claimed the attack through", medium="Amaq news agency")
d.q("its losses at four", "The militia", "The militia", "unnamed official", direct=False, alt=["Popular Mobilisation"])
d.q("Islamic State militants executed seven men who had tried to flee the Hawija district on Sunday", "Ahmed Khalaf", "Ahmed Khalaf",
    "named", direct=False, mentions=[("He said the men", "He said the men")], role="provincial council member", aff="Kirkuk provincial council")
d.q("the men were shot in front of residents in the town's main square as a warning", "Ahmed Khalaf", "He", "named", direct=False,
    s_after="He said the men", mentions=["Ahmed Khalaf"], role="provincial council member")
d.q("several hundred people a week are trying to escape Hawija, which Islamic State has held since June 2014, by walking across the hills at night toward Kurdish lines",
    "Residents and officials", "Residents and officials", "anonymous", direct=False)
d.q("\"The smugglers ask for 500 dollars a person. Whoever cannot pay walks,\"", "a man who reached Kirkuk last week with his four children",
    "a man who reached Kirkuk last week with his four children", "anonymous")
d.q("Islamic State has lost about half of the territory it seized in Iraq in 2014", "Iraqi officials", "Iraqi officials",
    "unnamed official", direct=False, s_after="according to Iraqi officials")
d.q("Some 3.3 million Iraqis are displaced inside the country", "International Organization for Migration",
    "the International Organization for Migration", "named", direct=False, alt=["IOM"])
d.agg("about 50,000 civilians remain trapped inside Falluja", "civilians trapped", "people", quantity=50000, qualifier="about",
      claimant="The United Nations", pe="2016-06-08", scope="Falluja")
d.agg("More than 42,000 people have fled the Falluja area since the offensive began on May 23", "people fled", "people",
      quantity=42000, low=42000, qualifier="more than", claimant="U.N. refugee agency", ps="2016-05-23", pe="2016-06-08", scope="Falluja area")
d.agg("Islamic State has lost about half of the territory it seized in Iraq in 2014", "territory lost by Islamic State", "percent",
      quantity=50, qualifier="about", claimant="Iraqi officials", ps="2014-06-01", pe="2016-06-08", scope="Iraq")
d.agg("Some 3.3 million Iraqis are displaced inside the country", "internally displaced people", "people", quantity=3300000,
      qualifier="some", claimant="International Organization for Migration", pe="2016-06-08", scope="Iraq")
d.cau("the advance had slowed in order to avoid civilian casualties", "to avoid civilian casualties", "the advance had slowed",
      driver="security posture/deployment", claimant="Abdul Wahab al-Saidi", polarity="-")
d.cau("the advance had slowed in order to avoid civilian casualties, since the militants were holding families in the city centre as human shields",
      "the militants were holding families in the city centre as human shields", "the advance had slowed", claimant="Abdul Wahab al-Saidi")
d.cau("reports of abuses against men screened after leaving the city were fuelling distrust among residents",
      "reports of abuses against men screened after leaving the city", "distrust among residents", driver="sectarian grievance",
      claimant="Sunni politicians")
d.cau("The Daesh defences are weak, they moved their best men to Falluja", "they moved their best men to Falluja",
      "The Daesh defences are weak", driver="security posture/deployment", claimant="a Kurdish Peshmerga officer on the nearby Makhmour front")

# ---- authQ-06: Syria, Al Hasakeh / Ar-Raqqa / Aleppo (Manbij), AP style, incident lead
d = Doc(6, "IS truck bomb hits Kurdish checkpoint in northeast Syria", "2016-07-11", [
'''BEIRUT (AP) - A suicide bomber driving a truck packed with explosives blew himself up at a Kurdish security checkpoint at the entrance to the northeastern Syrian town of Tal Tamr on Sunday, killing at least nine people, Kurdish officials said.''',
'''The Britain-based Syrian Observatory for Human Rights put the death toll at 12, including five members of the Kurdish internal security force known as the Asayish, and said dozens were wounded. The blast in Hassakeh province destroyed several shops and a mosque near the checkpoint.''',
'''The Islamic State group's Aamaq news agency said a "martyrdom seeker" from the group had targeted "a gathering of the PKK militia", a reference to the Kurdish militants fighting in Turkey whom Syria's Kurdish leaders deny being linked to.''',
'''"The truck did not stop when our men signaled. They opened fire but it was too late," said Dilshad Amude, an Asayish commander in Tal Tamr, speaking by phone. He said the attack was meant to pull Kurdish fighters back from the front line around Manbij, about 300 kilometers (185 miles) to the west.''',
'''The U.S.-backed Syria Democratic Forces, a coalition dominated by the Kurdish People's Protection Units, or YPG, have besieged Manbij since mid-June in an offensive aimed at cutting Islamic State's last supply route to the Turkish border. The SDF says more than 1,000 IS fighters have been killed since the push began on May 31. The figure could not be independently verified.''',
'''Analysts say the militants have increasingly turned to suicide bombings in towns far behind the front lines because they are losing ground in open battle. "When Daesh cannot hold territory, it sends cars and trucks," said Hussein Nasser, a Beirut-based researcher who follows the group.''',
'''In neighboring Raqqa province, activists said airstrikes by the U.S.-led coalition on Monday hit a residential area of the town of Tabqa, killing six civilians, among them two women. The activist collective Raqqa is Being Slaughtered Silently, which reports from inside IS-held territory, said the strikes targeted a building used by the militants but also destroyed two nearby homes.''',
'''A coalition spokesman in Baghdad said the alliance was aware of the reports and would assess them, adding that coalition forces "take every precaution to avoid harm to civilians".''',
'''The coalition and the Kurdish-led forces have worked together since the battle for the border town of Kobani in 2014-2015, when U.S. airstrikes enabled Kurdish fighters to drive back an IS siege. Coalition air power and special forces advisers have since allowed the SDF to take large parts of Hassakeh and northern Raqqa provinces.''',
'''That expansion has worried some Arab residents, who say Kurdish forces have barred them from returning to villages taken from IS, and it has angered Turkey, which sees the YPG as a terrorist group. Kurdish officials deny carrying out forced displacement and say residents are kept out only until mines are cleared.''',
'''Tal Tamr, a largely Assyrian Christian town, was attacked by IS in February 2015, when the militants abducted more than 200 Assyrians from villages along the Khabur river. Most were later freed after ransoms were paid.''',
], "AP")
d.ev(["A suicide bomber driving a truck packed with explosives blew himself up at a Kurdish security checkpoint at the entrance to the northeastern Syrian town of Tal Tamr on Sunday, killing at least nine people",
      "The Britain-based Syrian Observatory for Human Rights put the death toll at 12",
      "a \"martyrdom seeker\" from the group had targeted \"a gathering of the PKK militia\""],
     date="2016-07-10", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Islamic State (Syria)",
     actor2="Asayish", country="Syria", admin1="Al Hasakeh", admin1_alt=["Hasakeh", "Hassakeh", "Al-Hasakah"], admin2="Al Hasakeh",
     location="Tal Tamer", location_alt=["Tal Tamr", "Tell Tamer"], lat=36.650, lon=40.370, prec=1, fatalities=9,
     fatalities_note="Kurdish officials at least 9 vs Observatory 12: 9")
d.ev(["airstrikes by the U.S.-led coalition on Monday hit a residential area of the town of Tabqa, killing six civilians, among them two women"],
     date="2016-07-11", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Global Coalition Against Daesh",
     actor2="Civilians (Syria)", country="Syria", admin1="Ar-Raqqa", admin1_alt=["Raqqa", "Ar Raqqa"], admin2="Al Thawrah",
     location="Al Thawrah", location_alt=["Tabqa", "Al-Tabqa"], lat=35.836, lon=38.548, prec=1, fatalities=6)
m_am = ["Dilshad Amude", ("He said the attack", "He said the attack")]
d.q("A suicide bomber driving a truck packed with explosives blew himself up at a Kurdish security checkpoint at the entrance to the northeastern Syrian town of Tal Tamr on Sunday, killing at least nine people", "Kurdish officials", "Kurdish officials", "unnamed official", direct=False,
    s_after="killing at least nine people, Kurdish officials")
d.q("the death toll at 12, including five members of the Kurdish internal security force known as the Asayish, and said dozens were wounded",
    "Syrian Observatory for Human Rights", "The Britain-based Syrian Observatory for Human Rights", "named", direct=False)
d.q("a \"martyrdom seeker\" from the group had targeted \"a gathering of the PKK militia\"", "Aamaq news agency",
    "The Islamic State group's Aamaq news agency", "named", direct=False, aff="Islamic State", medium="Aamaq")
d.q("being linked to", "Syria's Kurdish leaders", "Syria's Kurdish leaders", "unnamed official", direct=False)
d.q("\"The truck did not stop when our men signaled. They opened fire but it was too late,\"", "Dilshad Amude", "Dilshad Amude",
    "named", mentions=m_am, role="Asayish commander", aff="Asayish", medium="phone")
d.q("the attack was meant to pull Kurdish fighters back from the front line around Manbij", "Dilshad Amude", "He", "named",
    direct=False, s_after="He said the attack", mentions=m_am, role="Asayish commander", aff="Asayish")
d.q("more than 1,000 IS fighters have been killed since the push began on May 31", "The SDF", "The SDF", "named", direct=False,
    s_after="The SDF says", alt=["Syria Democratic Forces"])
d.q("the militants have increasingly turned to suicide bombings in towns far behind the front lines because they are losing ground in open battle",
    "Analysts", "Analysts", "anonymous", direct=False)
d.q("\"When Daesh cannot hold territory, it sends cars and trucks,\"", "Hussein Nasser", "Hussein Nasser", "named", role="researcher")
d.q("airstrikes by the U.S.-led coalition on Monday hit a residential area of the town of Tabqa, killing six civilians, among them two women",
    "activists", "activists", "anonymous", direct=False, s_after="In neighboring Raqqa province, activists")
d.q("the strikes targeted a building used by the militants but also destroyed two nearby homes", "Raqqa is Being Slaughtered Silently",
    "The activist collective Raqqa is Being Slaughtered Silently", "named", direct=False)
d.q("the alliance was aware of the reports and would assess them", "A coalition spokesman in Baghdad", "A coalition spokesman in Baghdad",
    "unnamed official", direct=False, aff="Global Coalition Against Daesh")
d.q("coalition forces \"take every precaution to avoid harm to civilians\"", "A coalition spokesman in Baghdad",
    "A coalition spokesman in Baghdad", "unnamed official", direct=False, aff="Global Coalition Against Daesh")
d.q("Kurdish forces have barred them from returning to villages taken from IS", "some Arab residents", "some Arab residents",
    "anonymous", direct=False)
d.q("carrying out forced displacement", "Kurdish officials", "Kurdish officials", "unnamed official", direct=False,
    s_after="Kurdish officials deny")
d.q("residents are kept out only until mines are cleared", "Kurdish officials", "Kurdish officials", "unnamed official",
    direct=False, s_after="Kurdish officials deny")
d.agg("more than 1,000 IS fighters have been killed since the push began on May 31", "Islamic State fighters killed", "people",
      quantity=1000, low=1000, qualifier="more than", claimant="The SDF", ps="2016-05-31", pe="2016-07-11", scope="Manbij offensive")
d.cau("the militants have increasingly turned to suicide bombings in towns far behind the front lines because they are losing ground in open battle",
      "they are losing ground in open battle", "the militants have increasingly turned to suicide bombings in towns far behind the front lines",
      claimant="Analysts")
d.cau("Coalition air power and special forces advisers have since allowed the SDF to take large parts of Hassakeh and northern Raqqa provinces",
      "Coalition air power and special forces advisers", "the SDF to take large parts of Hassakeh and northern Raqqa provinces",
      driver="external support")

# ---- authQ-07: Iraq analysis, one incident (Tarmiya, Baghdad province), Reuters analysis style
d = Doc(7, "ANALYSIS-As its 'caliphate' shrinks, Islamic State goes back underground in Iraq", "2016-09-14", [
'''BAGHDAD, Sept 14 (Reuters) - As Iraqi forces prepare to march on Mosul, the last big city Islamic State holds in Iraq, security officials and analysts say the militants are already preparing for life after the caliphate, returning to the hit-and-run bombings and assassinations that sustained them for a decade before they seized territory.''',
'''The shift was on display on Tuesday in the palm groves around Tarmiya, a mainly Sunni district 40 km (25 miles) north of the capital, where a roadside bomb struck an army Humvee, killing two soldiers and wounding an officer, police said. It was the fourth such attack in the district this month, a local official said.''',
'''Islamic State now controls about 10 percent of Iraqi territory, down from around 40 percent at the height of its expansion in 2014, according to figures from the prime minister's office. The U.S.-led coalition estimates the group has between 12,000 and 15,000 fighters left in Iraq and Syria combined, a sharp fall from its estimates of two years ago.''',
'''But territorial losses have not translated into safety for Iraqis. A Baghdad-based security consultancy, which tracks incidents for oil companies and embassies, counted 214 attacks in Baghdad province alone in August, most of them small bombings and shootings, up from 160 in May.''',
'''"They lose a town and they gain a network," said Hisham Abdul Karim, a former intelligence officer who now advises the consultancy. "Every fighter who slips out of Falluja or Qayyara goes home to a village where nobody is watching."''',
'''Officials point to areas like Tarmiya, the Jazeera desert west of Samarra and the Hamrin mountains as the places where the group is regrouping. The thick orchards and irrigation canals of Tarmiya make it easy for small cells to plant bombs and disappear, a senior army officer said, while the open desert allows militants to move between Anbar and Salahuddin without passing checkpoints.''',
'''The conditions that helped Islamic State rise in 2014 have not gone away either, analysts warn. Many Sunnis in Tarmiya and elsewhere say they are treated with suspicion by the Shi'ite-led government and its paramilitary allies, and that young men are detained at checkpoints for days because of their names or hometowns.''',
'''"Humiliation at checkpoints is a recruiting sergeant for Daesh," said Sheikh Khalid al-Mashhadani, a tribal leader from Tarmiya. He said unemployment among young men in the district was above 50 percent because farms had been abandoned and government jobs were frozen.''',
'''The economic crisis caused by low oil prices has left the government unable to fund reconstruction in areas retaken from the militants, which diplomats say risks pushing residents back toward them. More than 3 million Iraqis remain displaced, and families with relatives suspected of joining Islamic State are often barred from going home, leaving thousands of people in camps that aid workers describe as a breeding ground for resentment.''',
'''Iraqi commanders say the killing of senior Islamic State figures in coalition strikes has disrupted the group's chain of command. A U.S. military official in Baghdad said the deaths of several regional leaders this year had "made it harder for them to coordinate complex attacks", though not smaller ones.''',
'''Interior ministry spokesman Brigadier General Qasim Abdul Jalil said the ministry was deploying more intelligence units to rural districts around Baghdad and had arrested 40 suspected members of sleeper cells in the past month. "The battle after Mosul will be an intelligence battle," he said.''',
'''For soldiers on the ground, that battle has already begun. "In Falluja we could see the enemy," said an army captain whose unit patrols the Tarmiya road. "Here he is a farmer in the morning and a bomber at night."''',
], "Reuters")
d.ev(["a roadside bomb struck an army Humvee, killing two soldiers and wounding an officer"],
     date="2016-09-13", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", actor1="Unidentified Armed Group (Iraq)",
     actor1_alt=["Islamic State (Iraq)"], actor2="Military Forces of Iraq (2014-2018)", country="Iraq", admin1="Baghdad",
     admin2="Tarmia", location="Tarmiya", location_alt=["Tarmiyah", "Al-Tarmiyah"], lat=33.672, lon=44.395, prec=2,
     fatalities=2, injured=1)
m_kar = ["Hisham Abdul Karim"]
m_msh = ["Sheikh Khalid al-Mashhadani", ("He said unemployment", "He said unemployment")]
m_saad = ["Interior ministry spokesman Brigadier General Qasim Abdul Jalil", ("he said", "intelligence battle")]
d.q("the militants are already preparing for life after the caliphate, returning to the hit-and-run bombings and assassinations that sustained them for a decade before they seized territory",
    "security officials and analysts", "security officials and analysts", "unnamed official", direct=False)
d.q("a roadside bomb struck an army Humvee, killing two soldiers and wounding an officer", "police", "police", "unnamed official",
    direct=False, s_after="wounding an officer, police said")
d.q("It was the fourth such attack in the district this month", "a local official", "a local official", "unnamed official", direct=False)
d.q("Islamic State now controls about 10 percent of Iraqi territory, down from around 40 percent at the height of its expansion in 2014",
    "the prime minister's office", "the prime minister's office", "named", direct=False)
d.q("the group has between 12,000 and 15,000 fighters left in Iraq and Syria combined", "The U.S.-led coalition", "The U.S.-led coalition",
    "named", direct=False, alt=["Global Coalition Against Daesh"])
d.q("214 attacks in Baghdad province alone in August, most of them small bombings and shootings, up from 160 in May",
    "A Baghdad-based security consultancy", "A Baghdad-based security consultancy", "anonymous", direct=False)
d.q("\"They lose a town and they gain a network,\"", "Hisham Abdul Karim", "Hisham Abdul Karim", "named", role="former intelligence officer")
d.q("\"Every fighter who slips out of Falluja or Qayyara goes home to a village where nobody is watching.\"", "Hisham Abdul Karim",
    "Hisham Abdul Karim", "named", role="former intelligence officer")
d.q("areas like Tarmiya, the Jazeera desert west of Samarra and the Hamrin mountains as the places where the group is regrouping",
    "Officials", "Officials", "unnamed official", direct=False, s_after="Officials point")
d.q("The thick orchards and irrigation canals of Tarmiya make it easy for small cells to plant bombs and disappear, a senior army officer said, while the open desert allows militants to move between Anbar and Salahuddin without passing checkpoints",
    "a senior army officer", "a senior army officer", "unnamed official", direct=False,
    frags=["The thick orchards and irrigation canals of Tarmiya make it easy for small cells to plant bombs and disappear",
           "while the open desert allows militants to move between Anbar and Salahuddin without passing checkpoints"])
d.q("The conditions that helped Islamic State rise in 2014 have not gone away either", "analysts", "analysts", "anonymous", direct=False,
    s_after="have not gone away either, analysts")
d.q("they are treated with suspicion by the Shi'ite-led government and its paramilitary allies, and that young men are detained at checkpoints for days because of their names or hometowns",
    "Many Sunnis in Tarmiya and elsewhere", "Many Sunnis in Tarmiya and elsewhere", "anonymous", direct=False)
d.q("\"Humiliation at checkpoints is a recruiting sergeant for Daesh,\"", "Khalid al-Mashhadani", "Sheikh Khalid al-Mashhadani", "named",
    mentions=m_msh, role="tribal leader")
d.q("unemployment among young men in the district was above 50 percent because farms had been abandoned and government jobs were frozen",
    "Khalid al-Mashhadani", "He", "named", direct=False, s_after="He said unemployment", mentions=m_msh, role="tribal leader")
d.q("risks pushing residents back toward them", "diplomats", "diplomats", "unnamed official", direct=False, s_after="which diplomats say")
d.q("a breeding ground for resentment", "aid workers", "aid workers", "anonymous", direct=False, s_after="camps that aid workers")
d.q("the killing of senior Islamic State figures in coalition strikes has disrupted the group's chain of command", "Iraqi commanders",
    "Iraqi commanders", "unnamed official", direct=False)
d.q("the deaths of several regional leaders this year had \"made it harder for them to coordinate complex attacks\", though not smaller ones",
    "A U.S. military official in Baghdad", "A U.S. military official in Baghdad", "unnamed official", direct=False)
d.q("the ministry was deploying more intelligence units to rural districts around Baghdad and had arrested 40 suspected members of sleeper cells in the past month",
    "Qasim Abdul Jalil", "Interior ministry spokesman Brigadier General Qasim Abdul Jalil", "named", direct=False, mentions=m_saad,
    role="spokesman", aff="Interior ministry")
d.q("\"The battle after Mosul will be an intelligence battle,\"", "Qasim Abdul Jalil", "he", "named", s_after="intelligence battle,\" he",
    mentions=m_saad, role="spokesman", aff="Interior ministry")
d.q("\"In Falluja we could see the enemy,\"", "an army captain whose unit patrols the Tarmiya road",
    "an army captain whose unit patrols the Tarmiya road", "unnamed official", role="army captain")
d.q("\"Here he is a farmer in the morning and a bomber at night.\"", "an army captain whose unit patrols the Tarmiya road",
    "an army captain whose unit patrols the Tarmiya road", "unnamed official", role="army captain")
d.agg("It was the fourth such attack in the district this month", "roadside bomb attacks", "attacks", quantity=4,
      claimant="a local official", ps="2016-09-01", pe="2016-09-13", scope="Tarmiya district")
d.agg("Islamic State now controls about 10 percent of Iraqi territory", "territory held by Islamic State", "percent", quantity=10,
      qualifier="about", claimant="the prime minister's office", pe="2016-09-14", scope="Iraq")
d.agg("down from around 40 percent at the height of its expansion in 2014", "territory held by Islamic State", "percent", quantity=40,
      qualifier="around", claimant="the prime minister's office", ps="2014-01-01", pe="2014-12-31", scope="Iraq")
d.agg("the group has between 12,000 and 15,000 fighters left in Iraq and Syria combined", "Islamic State fighters", "fighters",
      low=12000, high=15000, claimant="The U.S.-led coalition", pe="2016-09-14", scope="Iraq and Syria")
d.agg("counted 214 attacks in Baghdad province alone in August", "attacks", "attacks", quantity=214,
      claimant="A Baghdad-based security consultancy", ps="2016-08-01", pe="2016-08-31", scope="Baghdad province")
d.agg("up from 160 in May", "attacks", "attacks", quantity=160, claimant="A Baghdad-based security consultancy", ps="2016-05-01",
      pe="2016-05-31", scope="Baghdad province")
d.agg("had arrested 40 suspected members of sleeper cells in the past month", "suspected sleeper cell members arrested", "people",
      quantity=40, claimant="Qasim Abdul Jalil", ps="2016-08-14", pe="2016-09-14", scope="Baghdad rural districts")
d.agg("More than 3 million Iraqis remain displaced", "internally displaced people", "people", quantity=3000000, low=3000000,
      qualifier="more than", pe="2016-09-14", scope="Iraq")
d.cau("The thick orchards and irrigation canals of Tarmiya make it easy for small cells to plant bombs and disappear",
      "The thick orchards and irrigation canals of Tarmiya", "easy for small cells to plant bombs and disappear",
      driver="terrain/safe havens", claimant="a senior army officer")
d.cau("the open desert allows militants to move between Anbar and Salahuddin without passing checkpoints", "the open desert",
      "militants to move between Anbar and Salahuddin without passing checkpoints", driver="terrain/safe havens",
      claimant="a senior army officer")
d.cau("young men are detained at checkpoints for days because of their names or hometowns", "their names or hometowns",
      "young men are detained at checkpoints for days", driver="sectarian grievance", claimant="Many Sunnis in Tarmiya and elsewhere")
d.cau("\"Humiliation at checkpoints is a recruiting sergeant for Daesh,\"", "Humiliation at checkpoints", "a recruiting sergeant for Daesh",
      driver="sectarian grievance", claimant="Khalid al-Mashhadani")
d.cau("unemployment among young men in the district was above 50 percent because farms had been abandoned and government jobs were frozen",
      "farms had been abandoned and government jobs were frozen", "unemployment among young men in the district was above 50 percent",
      driver="economic hardship/unemployment", claimant="Khalid al-Mashhadani")
d.cau("The economic crisis caused by low oil prices has left the government unable to fund reconstruction in areas retaken from the militants",
      "The economic crisis caused by low oil prices", "the government unable to fund reconstruction in areas retaken from the militants",
      driver="economic hardship/unemployment")
d.cau("the government unable to fund reconstruction in areas retaken from the militants, which diplomats say risks pushing residents back toward them",
      "the government unable to fund reconstruction in areas retaken from the militants", "pushing residents back toward them",
      driver="economic hardship/unemployment", claimant="diplomats", hedged=True)
d.cau("families with relatives suspected of joining Islamic State are often barred from going home, leaving thousands of people in camps",
      "families with relatives suspected of joining Islamic State are often barred from going home", "leaving thousands of people in camps",
      driver="displacement/camps/reintegration")
d.cau("the killing of senior Islamic State figures in coalition strikes has disrupted the group's chain of command",
      "the killing of senior Islamic State figures in coalition strikes", "disrupted the group's chain of command",
      driver="leadership/command change", claimant="Iraqi commanders")
d.cau("the deaths of several regional leaders this year had \"made it harder for them to coordinate complex attacks\"",
      "the deaths of several regional leaders this year", "harder for them to coordinate complex attacks",
      driver="leadership/command change", claimant="A U.S. military official in Baghdad", polarity="-")

# ---- authQ-08: Syria, Lattakia / Idleb, regional outlet style
d = Doc(8, "Regime fails again to storm Kabbaneh as raids hit Jisr al-Shughur countryside", "2016-10-18", [
'''Latakia countryside - Government forces and allied militias launched a new assault on the strategic hilltop of Kabbaneh in the Kurd Mountains (Jabal al-Akrad) in northern Latakia on Monday, but were pushed back after hours of clashes with opposition factions, field commanders and a monitoring group said.''',
'''The Syrian Observatory for Human Rights said at least 14 regime soldiers and militiamen and nine opposition fighters were killed in the fighting, which was backed by intensive Russian air strikes and artillery fire on the hill and the villages around it.''',
'''"They attacked from three directions before dawn, with tanks in front and infantry behind. We let them come close and then we opened fire," said Abu Omar al-Sahli, a field commander in the Ahrar al-Sham movement. He said opposition fighters had destroyed two tanks and a BMP armoured vehicle.''',
'''Pro-government outlets said the army had "inflicted heavy losses on the terrorists" and captured two positions on the slopes of the hill, a claim the opposition denied.''',
'''Kabbaneh overlooks the Ghab plain and the road to Jisr al-Shughur in Idlib, and its rugged terrain has allowed a few hundred opposition fighters to hold it against repeated offensives for more than a year. Commanders say the regime needs the hill to protect its coastal heartland and to open a route into Idlib province.''',
'''Across the provincial border, warplanes believed to be Russian struck the village of Bdama in the Jisr al-Shughur countryside on Sunday, killing five civilians, including a woman and her two daughters, according to the Syrian Civil Defence. The Observatory said four people were killed.''',
'''"We pulled them from under a house of two floors. The planes came back while we were working," Ahmad Sheikho, a Civil Defence volunteer in Bdama, told Enab Baladi. He said the Civil Defence had documented more than 600 air strikes on Idlib province in September alone, most of them on villages near the front lines.''',
'''In Latakia city, state news agency SANA said two civilians were killed and seven wounded on Monday when "terrorist groups" fired rocket shells at the al-Ziraa neighbourhood.''',
'''The regime and its allies, backed by Russian air power since September 2015, took back most of the Turkmen Mountain and the town of Salma earlier this year, a campaign that Russian air support made possible after two years of stalemate. Tens of thousands of people from the mountain villages have since fled to camps along the Turkish border.''',
'''According to the UN's humanitarian office, about 35,000 people displaced from the Latakia countryside are living in camps near the Turkish border crossing of Khirbet al-Joz and in the area of Darkush, many of them in tents that flood every winter. Residents say the camps are overcrowded because Turkey has closed its border to new arrivals.''',
'''"We left with nothing. My children have spent two winters in a tent," said Umm Hussein, 41, from the village of Ayn al-Qantara, who lives in a camp near Khirbet al-Joz.''',
'''The fighting in Latakia comes as Russia announced a "humanitarian pause" in eastern Aleppo for Thursday, after talks between foreign ministers in Lausanne ended without agreement on Saturday. Opposition factions in Latakia said they had seen no letup in air strikes on their areas.''',
], "Enab Baladi")
SY = dict(country="Syria")
d.ev(["Government forces and allied militias launched a new assault on the strategic hilltop of Kabbaneh in the Kurd Mountains (Jabal al-Akrad) in northern Latakia on Monday, but were pushed back after hours of clashes with opposition factions",
      "at least 14 regime soldiers and militiamen and nine opposition fighters were killed in the fighting"],
     date="2016-10-17", etype="Battles", sub="Armed clash", actor1="Military Forces of Syria (2000-)", actor2="Ahrar al Sham",
     admin1="Lattakia", admin1_alt=["Latakia", "Al Ladhiqiyah"], admin2="Al Haffa", location="Kabani",
     location_alt=["Kabbaneh", "Kabani hill", "Jabal al-Akrad"], prec=1, fatalities=23, **SY)
d.ev(["warplanes believed to be Russian struck the village of Bdama in the Jisr al-Shughur countryside on Sunday, killing five civilians, including a woman and her two daughters",
      "The Observatory said four people were killed."],
     date="2016-10-16", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Military Forces of Russia (2000-)",
     actor1_alt=["Military Forces of Syria (2000-)"], actor2="Civilians (Syria)", admin1="Idleb", admin1_alt=["Idlib"],
     admin2="Jisr-Ash-Shugur", location="Bdama", location_alt=["Badama"], prec=1, fatalities=4,
     fatalities_note="Civil Defence 5 vs Observatory 4: 4", **SY)
d.ev(["two civilians were killed and seven wounded on Monday when \"terrorist groups\" fired rocket shells at the al-Ziraa neighbourhood"],
     date="2016-10-17", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", actor1="Unidentified Armed Group (Syria)",
     actor1_alt=["Ahrar al Sham"], actor2="Civilians (Syria)", admin1="Lattakia", admin1_alt=["Latakia"], admin2="Latakia",
     location="Lattakia - Al Ziraa", location_alt=["Lattakia", "Latakia"], lat=35.53, lon=35.80, prec=2, fatalities=2, injured=7, **SY)
d.ev(["which was backed by intensive Russian air strikes and artillery fire on the hill and the villages around it"],
     date="2016-10-17", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Military Forces of Russia (2000-)",
     actor2="Ahrar al Sham", admin1="Lattakia", admin1_alt=["Latakia", "Al Ladhiqiyah"], admin2="Al Haffa", location="Kabani",
     location_alt=["Kabbaneh", "Jabal al-Akrad"], prec=2, fatalities=None,
     fatalities_note="deaths given for the fighting as a whole; not apportioned to the air strikes", **SY)
m_sah = ["Abu Omar al-Sahli", ("He said opposition", "He said opposition")]
m_she = ["Ahmad Sheikho", ("He said the Civil Defence", "He said the Civil Defence")]
m_obs = ["The Syrian Observatory for Human Rights", ("The Observatory said four", "The Observatory said four")]
d.q("Government forces and allied militias launched a new assault on the strategic hilltop of Kabbaneh in the Kurd Mountains (Jabal al-Akrad) in northern Latakia on Monday, but were pushed back after hours of clashes with opposition factions",
    "field commanders and a monitoring group", "field commanders and a monitoring group", "unnamed official", direct=False)
d.q("at least 14 regime soldiers and militiamen and nine opposition fighters were killed in the fighting, which was backed by intensive Russian air strikes and artillery fire on the hill and the villages around it",
    "Syrian Observatory for Human Rights", "The Syrian Observatory for Human Rights", "named", direct=False, mentions=m_obs)
d.q("\"They attacked from three directions before dawn, with tanks in front and infantry behind. We let them come close and then we opened fire,\"",
    "Abu Omar al-Sahli", "Abu Omar al-Sahli", "named", mentions=m_sah, role="field commander", aff="Ahrar al-Sham")
d.q("opposition fighters had destroyed two tanks and a BMP armoured vehicle", "Abu Omar al-Sahli", "He", "named", direct=False,
    s_after="He said opposition", mentions=m_sah, role="field commander", aff="Ahrar al-Sham")
d.q("the army had \"inflicted heavy losses on the terrorists\" and captured two positions on the slopes of the hill", "Pro-government outlets",
    "Pro-government outlets", "anonymous", direct=False)
d.q("a claim", "the opposition", "the opposition", "unnamed official", direct=False, s_after="a claim the opposition", c_after="captured two positions")
d.q("the regime needs the hill to protect its coastal heartland and to open a route into Idlib province", "Commanders", "Commanders",
    "unnamed official", direct=False, s_after="Commanders say")
d.q("warplanes believed to be Russian struck the village of Bdama in the Jisr al-Shughur countryside on Sunday, killing five civilians, including a woman and her two daughters",
    "Syrian Civil Defence", "the Syrian Civil Defence", "named", direct=False, alt=["White Helmets"])
d.q("four people were killed", "Syrian Observatory for Human Rights", "The Observatory", "named", direct=False,
    s_after="The Observatory said four", mentions=m_obs)
d.q("\"We pulled them from under a house of two floors. The planes came back while we were working,\"", "Ahmad Sheikho", "Ahmad Sheikho",
    "named", mentions=m_she, role="volunteer", aff="Syrian Civil Defence", medium="Enab Baladi")
d.q("the Civil Defence had documented more than 600 air strikes on Idlib province in September alone, most of them on villages near the front lines",
    "Ahmad Sheikho", "He", "named", direct=False, s_after="He said the Civil Defence", mentions=m_she, role="volunteer",
    aff="Syrian Civil Defence")
d.q("two civilians were killed and seven wounded on Monday when \"terrorist groups\" fired rocket shells at the al-Ziraa neighbourhood",
    "SANA", "state news agency SANA", "named", direct=False, medium="state news agency")
d.q("about 35,000 people displaced from the Latakia countryside are living in camps near the Turkish border crossing of Khirbet al-Joz and in the area of Darkush, many of them in tents that flood every winter",
    "the UN's humanitarian office", "the UN's humanitarian office", "named", direct=False, alt=["OCHA"])
d.q("the camps are overcrowded because Turkey has closed its border to new arrivals", "Residents", "Residents", "anonymous",
    direct=False, s_after="Residents say the camps")
d.q("\"We left with nothing. My children have spent two winters in a tent,\"", "Umm Hussein", "Umm Hussein", "named",
    role="displaced resident")
d.q("they had seen no letup in air strikes on their areas", "Opposition factions in Latakia", "Opposition factions in Latakia",
    "unnamed official", direct=False)
d.agg("the Civil Defence had documented more than 600 air strikes on Idlib province in September alone", "air strikes", "strikes",
      quantity=600, low=600, qualifier="more than", claimant="Ahmad Sheikho", ps="2016-09-01", pe="2016-09-30", scope="Idlib province")
d.agg("about 35,000 people displaced from the Latakia countryside are living in camps near the Turkish border crossing of Khirbet al-Joz and in the area of Darkush",
      "displaced people in camps", "people", quantity=35000, qualifier="about", claimant="the UN's humanitarian office",
      pe="2016-10-18", scope="Latakia countryside displaced, camps near Khirbet al-Joz and Darkush")
d.cau("its rugged terrain has allowed a few hundred opposition fighters to hold it against repeated offensives for more than a year",
      "its rugged terrain", "a few hundred opposition fighters to hold it against repeated offensives for more than a year",
      driver="terrain/safe havens")
d.cau("a campaign that Russian air support made possible after two years of stalemate", "Russian air support", "a campaign",
      driver="external support")
d.cau("the camps are overcrowded because Turkey has closed its border to new arrivals", "Turkey has closed its border to new arrivals",
      "the camps are overcrowded", driver="displacement/camps/reintegration", claimant="Residents")

# ---- authQ-09: Iraq, Ninewa (Bashiqa, Tal Afar), Kurdish regional outlet style
d = Doc(9, "Peshmerga repel IS car bombs near Bashiqa as Hashd al-Shaabi closes on Tal Afar", "2016-11-22", [
'''ERBIL, Kurdistan Region (Kurdistan24) - Peshmerga forces destroyed two Islamic State (IS) suicide car bombs on the outskirts of Bashiqa on Monday, but a third exploded at a frontline position, killing two Peshmerga and wounding five, the Kurdistan Region Security Council said in a statement.''',
'''The statement said the attack came from inside Bashiqa, the town northeast of Mosul that IS militants have held since August 2014 and where a few dozen of them are believed to remain, fighting from tunnels and booby-trapped houses. Peshmerga encircled Bashiqa in late October but have not entered its centre.''',
'''"They come in armoured vehicles, covered in steel plates, so our rockets must hit the driver's window. We got two, the third one reached the berm," Brigadier Hazhar Omar, a Peshmerga commander on the Bashiqa front, told Kurdistan24. He said the Peshmerga had killed at least 11 militants in clashes after the blast.''',
'''West of Mosul, the Shiite-led Popular Mobilization Forces (Hashd al-Shaabi) said on Tuesday they had taken control of four villages south of Tal Afar, tightening the ring around the Turkmen-majority town. Ali Hassan al-Fartousi, a spokesman for the Hashd, said the advance had cut the last road between Tal Afar and the Syrian border, "which will stop Daesh from bringing in fighters and weapons from Syria".''',
'''A statement from the Hashd's media office said coalition and Iraqi aircraft had struck an IS headquarters in the centre of Tal Afar on Sunday, killing eight militants. There was no independent confirmation.''',
'''Ankara has repeatedly warned against the entry of Shiite militias into Tal Afar, where Sunni and Shiite Turkmen lived side by side before IS took the town in June 2014. Turkish officials have said the militias' presence could trigger a sectarian conflict and a new wave of refugees toward Turkey. Hashd leaders say they will leave the town itself to the army.''',
'''Kurdish officials are also wary of the Hashd's push into areas close to Sinjar (Shingal), which Peshmerga and Yazidi fighters retook last November. "The Hashd is now 30 kilometres from Shingal, and nobody has asked the Yazidis what they want," said Khidir Domle, a Yazidi activist in Duhok.''',
'''Since the Mosul offensive began on October 17, at least 68,000 people have been displaced from the city and surrounding districts, according to the International Organization for Migration. The United Nations has said up to one million people could flee Mosul as the fighting moves into its western half.''',
'''The Kurdistan Region's Ministry of Peshmerga said 92 Peshmerga had been killed and more than 400 wounded since the start of the operation. Iraqi commanders estimate that between 3,000 and 5,000 IS militants are defending Mosul, where they have dug tunnels and built walls of concrete and sand.''',
'''Iraqi special forces, who lead the fighting inside eastern Mosul, said on Monday they had advanced slowly because the militants were sending suicide car bombs through narrow streets packed with civilians, which limited the use of air strikes.''',
], "Kurdistan24")
IQ = dict(country="Iraq", admin1="Ninewa", admin1_alt=["Nineveh", "Ninawa", "Nineveh Plains"])
d.ev(["Peshmerga forces destroyed two Islamic State (IS) suicide car bombs on the outskirts of Bashiqa on Monday, but a third exploded at a frontline position, killing two Peshmerga and wounding five"],
     date="2016-11-21", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Islamic State (Iraq)",
     actor2="Military Forces of Iraq (2014-2018) Kurdistan Regional Government - Peshmerga", admin2="Al-Hamdaniya",
     location="Bashiqa", location_alt=["Bashiqah", "Bashika"], lat=36.453, lon=43.349, prec=2, fatalities=2, injured=5, **IQ)
d.ev(["the Peshmerga had killed at least 11 militants in clashes after the blast"],
     date="2016-11-21", etype="Battles", sub="Armed clash", actor1="Military Forces of Iraq (2014-2018) Kurdistan Regional Government - Peshmerga",
     actor2="Islamic State (Iraq)", admin2="Al-Hamdaniya", location="Bashiqa", location_alt=["Bashiqah"], lat=36.453, lon=43.349, prec=2,
     fatalities=11, **IQ)
d.ev(["the Shiite-led Popular Mobilization Forces (Hashd al-Shaabi) said on Tuesday they had taken control of four villages south of Tal Afar"],
     date="2016-11-22", etype="Battles", sub="Government regains territory", sub_alt=["Non-state actor overtakes territory"],
     actor1="Popular Mobilization Forces", actor2="Islamic State (Iraq)", admin2="Telafar", location="Tal Afar",
     location_alt=["Tel Afar", "Telafar"], prec=2, fatalities=0, note="four unnamed villages south of Tal Afar", **IQ)
d.ev(["coalition and Iraqi aircraft had struck an IS headquarters in the centre of Tal Afar on Sunday, killing eight militants"],
     date="2016-11-20", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Global Coalition Against Daesh",
     actor1_alt=["Military Forces of Iraq (2014-2018)"], actor2="Islamic State (Iraq)", admin2="Telafar", location="Tal Afar",
     location_alt=["Tel Afar", "Telafar"], lat=36.377, lon=42.449, prec=1, fatalities=8, **IQ)
m_om = ["Brigadier Hazhar Omar", ("He said the Peshmerga", "He said the Peshmerga")]
m_ksc = ["the Kurdistan Region Security Council", ("The statement said", "The statement said")]
d.q("Peshmerga forces destroyed two Islamic State (IS) suicide car bombs on the outskirts of Bashiqa on Monday, but a third exploded at a frontline position, killing two Peshmerga and wounding five",
    "Kurdistan Region Security Council", "the Kurdistan Region Security Council", "named", direct=False, mentions=m_ksc, medium="statement")
d.q("the attack came from inside Bashiqa, the town northeast of Mosul that IS militants have held since August 2014 and where a few dozen of them are believed to remain, fighting from tunnels and booby-trapped houses",
    "Kurdistan Region Security Council", "The statement", "named", direct=False, s_after="The statement said", mentions=m_ksc, medium="statement")
d.q("\"They come in armoured vehicles, covered in steel plates, so our rockets must hit the driver's window. We got two, the third one reached the berm,\"",
    "Hazhar Omar", "Brigadier Hazhar Omar", "named", mentions=m_om, role="Peshmerga commander", aff="Peshmerga", medium="Kurdistan24")
d.q("the Peshmerga had killed at least 11 militants in clashes after the blast", "Hazhar Omar", "He", "named", direct=False,
    s_after="He said the Peshmerga", mentions=m_om, role="Peshmerga commander", aff="Peshmerga")
d.q("they had taken control of four villages south of Tal Afar, tightening the ring around the Turkmen-majority town",
    "Popular Mobilization Forces", "the Shiite-led Popular Mobilization Forces (Hashd al-Shaabi)", "named", direct=False,
    alt=["Hashd al-Shaabi"])
d.q("the advance had cut the last road between Tal Afar and the Syrian border", "Ali Hassan al-Fartousi", "Ali Hassan al-Fartousi",
    "named", direct=False, role="spokesman", aff="Popular Mobilization Forces")
d.q("\"which will stop Daesh from bringing in fighters and weapons from Syria\"", "Ali Hassan al-Fartousi", "Ali Hassan al-Fartousi",
    "named", role="spokesman", aff="Popular Mobilization Forces")
d.q("coalition and Iraqi aircraft had struck an IS headquarters in the centre of Tal Afar on Sunday, killing eight militants",
    "the Hashd's media office", "A statement from the Hashd's media office", "named", direct=False, medium="statement")
d.q("the militias' presence could trigger a sectarian conflict and a new wave of refugees toward Turkey", "Turkish officials",
    "Turkish officials", "unnamed official", direct=False)
d.q("they will leave the town itself to the army", "Hashd leaders", "Hashd leaders", "unnamed official", direct=False,
    aff="Popular Mobilization Forces")
d.q("\"The Hashd is now 30 kilometres from Shingal, and nobody has asked the Yazidis what they want,\"", "Khidir Domle", "Khidir Domle",
    "named", role="Yazidi activist")
d.q("at least 68,000 people have been displaced from the city and surrounding districts", "International Organization for Migration",
    "the International Organization for Migration", "named", direct=False, alt=["IOM"])
d.q("up to one million people could flee Mosul as the fighting moves into its western half", "The United Nations", "The United Nations",
    "named", direct=False)
d.q("92 Peshmerga had been killed and more than 400 wounded since the start of the operation", "Ministry of Peshmerga",
    "The Kurdistan Region's Ministry of Peshmerga", "named", direct=False)
d.q("between 3,000 and 5,000 IS militants are defending Mosul", "Iraqi commanders", "Iraqi commanders", "unnamed official", direct=False)
d.q("they had advanced slowly because the militants were sending suicide car bombs through narrow streets packed with civilians, which limited the use of air strikes",
    "Iraqi special forces, who lead the fighting inside eastern Mosul", "Iraqi special forces, who lead the fighting inside eastern Mosul",
    "unnamed official", direct=False)
d.agg("at least 68,000 people have been displaced from the city and surrounding districts", "people displaced", "people",
      quantity=68000, low=68000, qualifier="at least", claimant="International Organization for Migration", ps="2016-10-17",
      pe="2016-11-22", scope="Mosul and surrounding districts")
d.agg("up to one million people could flee Mosul", "people who could flee", "people", quantity=1000000, high=1000000,
      qualifier="up to", claimant="The United Nations", scope="Mosul")
d.agg("92 Peshmerga had been killed and more than 400 wounded since the start of the operation", "Peshmerga killed", "people",
      quantity=92, claimant="Ministry of Peshmerga", ps="2016-10-17", pe="2016-11-22", scope="Mosul operation")
d.agg("between 3,000 and 5,000 IS militants are defending Mosul", "Islamic State militants", "fighters", low=3000, high=5000,
      claimant="Iraqi commanders", pe="2016-11-22", scope="Mosul")
d.cau("the advance had cut the last road between Tal Afar and the Syrian border, \"which will stop Daesh from bringing in fighters and weapons from Syria\"",
      "the advance had cut the last road between Tal Afar and the Syrian border", "stop Daesh from bringing in fighters and weapons from Syria",
      driver="security posture/deployment", claimant="Ali Hassan al-Fartousi", hedged=True, polarity="-")
d.cau("the militias' presence could trigger a sectarian conflict and a new wave of refugees toward Turkey", "the militias' presence",
      "a sectarian conflict and a new wave of refugees toward Turkey", driver="sectarian grievance", claimant="Turkish officials", hedged=True)
d.cau("they had advanced slowly because the militants were sending suicide car bombs through narrow streets packed with civilians",
      "the militants were sending suicide car bombs through narrow streets packed with civilians", "they had advanced slowly",
      claimant="Iraqi special forces, who lead the fighting inside eastern Mosul")
d.cau("the militants were sending suicide car bombs through narrow streets packed with civilians, which limited the use of air strikes",
      "the militants were sending suicide car bombs through narrow streets packed with civilians", "limited the use of air strikes",
      claimant="Iraqi special forces, who lead the fighting inside eastern Mosul", polarity="-")

# ---- authQ-10: Syria, Rural Damascus / Damascus, Reuters style, political (deal) lead
d = Doc(10, "Rebels begin leaving Khan al-Shih under deal as strikes pound eastern Ghouta", "2016-12-01", [
'''BEIRUT, Dec 1 (Reuters) - Buses carrying hundreds of rebel fighters and their families began leaving the town of Khan al-Shih southwest of Damascus on Thursday under a surrender deal with the government, state media said, the latest in a series of local agreements that have tightened the government's grip on the capital's outskirts.''',
'''The deal, reached on Monday after weeks of bombardment and a tightening siege, allows fighters who refuse to lay down their weapons to leave with light arms for rebel-held Idlib province in the north, while those who stay must hand over heavy weapons and settle their status with the authorities, state news agency SANA said.''',
'''A rebel official in Khan al-Shih, who asked not to be named, said the factions had accepted the terms because the town had been cut off from the rest of rebel territory and its food stocks were running out. "We had no choice. It was either the buses or the slaughter of the people," he said.''',
'''About 1,400 people, among them some 650 fighters, were expected to leave on Thursday and Friday, the official said. Khan al-Shih is home to a large Palestinian refugee camp.''',
'''The United Nations has criticised such evacuation deals, saying they amount to the forced displacement of civilians. The government says the deals are voluntary "reconciliations" that spare lives and restore state services.''',
'''The government has now secured most of the western Ghouta after similar agreements in Daraya in August and Moadamiya in October. Analysts say the deals have allowed the army to free up troops for the battle for eastern Aleppo, where government forces have seized about a third of the rebel enclave in the past week.''',
'''In the eastern Ghouta, the largest remaining rebel stronghold near Damascus, government air strikes and shelling on Wednesday killed 11 people in the town of Douma, the Syrian Observatory for Human Rights said. Rescue workers from the Syrian Civil Defence said 15 people died, including four children, when a market and a school building were hit.''',
'''"The whole street was on fire. People were buying bread for the evening," said Abu Adnan, a Douma resident reached via a messaging application.''',
'''Rebel mortar bombs struck the Old City district of Bab Touma in Damascus on Wednesday, killing three people and wounding 10, SANA said. The Jaish al-Islam group, the most powerful faction in Douma, did not comment on the attack but has in the past said it fires on military targets in the capital in response to the bombardment of the Ghouta.''',
'''About 400,000 people live under siege in the eastern Ghouta, according to the United Nations, which says aid convoys have reached the area only twice this year. The Observatory says at least 1,100 people have been killed in the eastern Ghouta in air strikes and shelling since the start of 2016.''',
'''A diplomat following the Syria file said the fall of the western Ghouta towns had left the eastern enclave more isolated than at any time since 2013. "Each deal removes a front and adds pressure on the next one," the diplomat said.''',
'''(Reporting by Reuters Beirut bureau; Editing by the Middle East desk)''',
], "Reuters")
SY = dict(country="Syria")
d.ev(["The deal, reached on Monday after weeks of bombardment and a tightening siege, allows fighters who refuse to lay down their weapons to leave with light arms for rebel-held Idlib province"],
     date="2016-11-28", etype="Strategic developments", sub="Agreement", actor1="Military Forces of Syria (2000-)",
     actor2="Opposition Rebels (Syria)", admin1="Rural Damascus", admin1_alt=["Damascus countryside", "Rif Dimashq"],
     admin2="Markaz Rif Dimashq", location="Khan Elshih", location_alt=["Khan al-Shih", "Khan Alsheh", "Khan Eshieh"],
     lat=33.36, lon=36.11, prec=1, fatalities=0, **SY)
d.ev(["Buses carrying hundreds of rebel fighters and their families began leaving the town of Khan al-Shih southwest of Damascus on Thursday under a surrender deal with the government"],
     date="2016-12-01", etype="Strategic developments", sub="Non-violent transfer of territory", sub_alt=["Other"],
     actor1="Opposition Rebels (Syria)", actor2="Military Forces of Syria (2000-)", admin1="Rural Damascus",
     admin1_alt=["Damascus countryside", "Rif Dimashq"], admin2="Markaz Rif Dimashq", location="Khan Elshih",
     location_alt=["Khan al-Shih", "Khan Eshieh"], lat=33.36, lon=36.11, prec=1, fatalities=0, **SY)
d.ev(["government air strikes and shelling on Wednesday killed 11 people in the town of Douma",
      "Rescue workers from the Syrian Civil Defence said 15 people died, including four children, when a market and a school building were hit"],
     date="2016-11-30", etype="Explosions/Remote violence", sub="Air/drone strike", sub_alt=["Shelling/artillery/missile attack"],
     actor1="Military Forces of Syria (2000-)", actor2="Civilians (Syria)", admin1="Rural Damascus",
     admin1_alt=["Damascus countryside", "Rif Dimashq"], admin2="Duma", location="Douma", location_alt=["Duma"],
     lat=33.572, lon=36.402, prec=1, fatalities=11, fatalities_note="Observatory 11 vs Civil Defence 15: 11", **SY)
d.ev(["Rebel mortar bombs struck the Old City district of Bab Touma in Damascus on Wednesday, killing three people and wounding 10"],
     date="2016-11-30", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", actor1="Opposition Rebels (Syria)",
     actor1_alt=["Jaysh al Islam"], actor2="Civilians (Syria)", admin1="Damascus", admin2="Damascus", location="Damascus - Bab Touma",
     location_alt=["Damascus", "Bab Touma", "Bab Tuma"], lat=33.513, lon=36.317, prec=1, fatalities=3, injured=10, **SY)
m_reb = ["A rebel official in Khan al-Shih, who asked not to be named", ("he said", "slaughter of the people"), ("the official said", "were expected to leave")]
m_dip = ["A diplomat following the Syria file", ("the diplomat said", "adds pressure")]
d.q("Buses carrying hundreds of rebel fighters and their families began leaving the town of Khan al-Shih southwest of Damascus on Thursday under a surrender deal with the government",
    "state media", "state media", "named", direct=False, s_after="with the government, state media", alt=["SANA"])
d.q("The deal, reached on Monday after weeks of bombardment and a tightening siege, allows fighters who refuse to lay down their weapons to leave with light arms for rebel-held Idlib province in the north, while those who stay must hand over heavy weapons and settle their status with the authorities",
    "SANA", "state news agency SANA", "named", direct=False, medium="state news agency")
d.q("the factions had accepted the terms because the town had been cut off from the rest of rebel territory and its food stocks were running out",
    "A rebel official in Khan al-Shih", "A rebel official in Khan al-Shih, who asked not to be named", "unnamed official", direct=False, mentions=m_reb)
d.q("\"We had no choice. It was either the buses or the slaughter of the people,\"", "A rebel official in Khan al-Shih", "he",
    "unnamed official", s_after="slaughter of the people,\" he", mentions=m_reb)
d.q("About 1,400 people, among them some 650 fighters, were expected to leave on Thursday and Friday", "A rebel official in Khan al-Shih",
    "the official", "unnamed official", direct=False, s_after="Friday, the official", mentions=m_reb)
d.q("they amount to the forced displacement of civilians", "The United Nations", "The United Nations", "named", direct=False,
    s_after="The United Nations has criticised")
d.q("the deals are voluntary \"reconciliations\" that spare lives and restore state services", "The government", "The government",
    "named", direct=False, s_after="The government says", alt=["Syrian government"])
d.q("the deals have allowed the army to free up troops for the battle for eastern Aleppo", "Analysts", "Analysts", "anonymous",
    direct=False, s_after="Analysts say the deals")
d.q("government air strikes and shelling on Wednesday killed 11 people in the town of Douma", "Syrian Observatory for Human Rights",
    "the Syrian Observatory for Human Rights", "named", direct=False, mentions=[("The Observatory says", "The Observatory says")])
d.q("15 people died, including four children, when a market and a school building were hit", "Syrian Civil Defence",
    "Rescue workers from the Syrian Civil Defence", "named", direct=False)
d.q("\"The whole street was on fire. People were buying bread for the evening,\"", "Abu Adnan", "Abu Adnan", "named",
    role="Douma resident", medium="messaging application")
d.q("Rebel mortar bombs struck the Old City district of Bab Touma in Damascus on Wednesday, killing three people and wounding 10", "SANA",
    "SANA", "named", direct=False, s_after="wounding 10, SANA")
d.q("it fires on military targets in the capital in response to the bombardment of the Ghouta", "Jaish al-Islam", "The Jaish al-Islam group",
    "named", direct=False, aff="Jaish al-Islam")
d.q("About 400,000 people live under siege in the eastern Ghouta", "the United Nations", "the United Nations", "named", direct=False,
    s_after="eastern Ghouta, according to the United Nations")
d.q("aid convoys have reached the area only twice this year", "the United Nations", "the United Nations", "named", direct=False,
    s_after="eastern Ghouta, according to the United Nations")
d.q("at least 1,100 people have been killed in the eastern Ghouta in air strikes and shelling since the start of 2016",
    "Syrian Observatory for Human Rights", "The Observatory", "named", direct=False, s_after="The Observatory says",
    mentions=["the Syrian Observatory for Human Rights"])
d.q("the fall of the western Ghouta towns had left the eastern enclave more isolated than at any time since 2013",
    "A diplomat following the Syria file", "A diplomat following the Syria file", "unnamed official", direct=False, mentions=m_dip, role="diplomat")
d.q("\"Each deal removes a front and adds pressure on the next one,\"", "A diplomat following the Syria file", "the diplomat",
    "unnamed official", s_after="adds pressure on the next one,\" the diplomat", mentions=m_dip, role="diplomat")
d.agg("About 400,000 people live under siege in the eastern Ghouta", "civilians besieged", "people", quantity=400000, qualifier="about",
      claimant="the United Nations", pe="2016-12-01", scope="eastern Ghouta")
d.agg("at least 1,100 people have been killed in the eastern Ghouta in air strikes and shelling since the start of 2016", "people killed",
      "people", quantity=1100, low=1100, qualifier="at least", claimant="Syrian Observatory for Human Rights", ps="2016-01-01",
      pe="2016-12-01", scope="eastern Ghouta")
d.agg("government forces have seized about a third of the rebel enclave in the past week", "share of rebel enclave seized", "percent",
      quantity=33.33, qualifier="about", claimant="Analysts", ps="2016-11-24", pe="2016-12-01", scope="eastern Aleppo")
d.cau("the factions had accepted the terms because the town had been cut off from the rest of rebel territory and its food stocks were running out",
      "the town had been cut off from the rest of rebel territory and its food stocks were running out", "the factions had accepted the terms",
      claimant="A rebel official in Khan al-Shih")
d.cau("the deals have allowed the army to free up troops for the battle for eastern Aleppo", "the deals",
      "the army to free up troops for the battle for eastern Aleppo", driver="security posture/deployment", claimant="Analysts")
d.cau("it fires on military targets in the capital in response to the bombardment of the Ghouta", "the bombardment of the Ghouta",
      "it fires on military targets in the capital", claimant="Jaish al-Islam")
d.cau("the fall of the western Ghouta towns had left the eastern enclave more isolated than at any time since 2013",
      "the fall of the western Ghouta towns", "the eastern enclave more isolated than at any time since 2013",
      claimant="A diplomat following the Syria file")

# ==== END DOCS
if __name__ == "__main__":
    write()
