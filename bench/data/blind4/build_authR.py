#!/usr/bin/env python3
"""authR: invented news reports on political violence, hand-annotated; every offset found by search."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_record import event_record

AUTHOR = "authR"
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def loc(text, spec):
    """spec: str (must be unique) | (str, after) first occurrence after unique anchor | dict(s=, within=)."""
    if isinstance(spec, dict):
        w = spec["within"]
        assert text.count(w) == 1, ("within not unique", w)
        ws = text.index(w)
        s = spec["s"]
        assert w.count(s) == 1, ("not unique within", s)
        st = ws + w.index(s)
        return st, st + len(s)
    if isinstance(spec, tuple):
        s, after = spec
        assert text.count(after) == 1, ("after not unique", after)
        a = text.index(after)
        st = text.index(s, a)
        return st, st + len(s)
    assert text.count(spec) == 1, ("not unique", spec, text.count(spec))
    st = text.index(spec)
    return st, st + len(spec)


def span(text, spec):
    s, e = loc(text, spec)
    return {"start": s, "end": e, "text": text[s:e]}


class Doc:
    def __init__(self, num, title, published, paras, source):
        self.id = f"{AUTHOR}-{num:02d}"
        self.title, self.published = title, published
        self.text = "\n\n".join(p.strip() for p in paras)
        assert "  " not in self.text, "double space"
        self.events, self.quotes, self.claims = [], [], []
        self.source = source

    def ev(self, evidence, **kw):
        kw.setdefault("country", self.country)
        self.events.append(event_record(evidence=[span(self.text, x) for x in evidence], **kw))

    def trim(self, s, e):
        """Cut an attribution mention down to the source's name/description (drop the speech verb and what follows)."""
        seg = self.text[s:e]
        if seg.startswith("by "):
            s, seg = s + 3, seg[3:]
        cut = len(seg)
        for v in (" said", " say", " says", " denies", ", who", " told", " initially", " later", " blamed",
                  " raised", " claimed"):
            i = seg.find(v)
            if i > 0:
                cut = min(cut, i)
        return s, s + cut

    def q(self, content, speaker, spk, mentions=(), direct=False, anon="named", role=None, aff=None,
          medium=None, frags=None, alt=None):
        s, e = loc(self.text, content)
        ss, se = self.trim(*loc(self.text, spk))
        ms = [[ss, se]] + [list(self.trim(*loc(self.text, m))) for m in mentions]
        r = {"start": s, "end": e, "text": self.text[s:e]}
        if frags:
            fr = [list(loc(self.text, f)) for f in frags]
            r["fragments"] = fr
            r["start"], r["end"] = fr[0][0], fr[-1][1]
            r["text"] = self.text[r["start"]:r["end"]]
        r.update({"direct": direct, "speaker": speaker, "speaker_start": ss, "speaker_end": se,
                  "speaker_text": self.text[ss:se], "speaker_mentions": ms})
        if alt:
            r["speaker_alt"] = alt
        r.update({"role": role, "affiliation": aff, "anonymity": anon, "medium": medium})
        self.quotes.append(r)

    def agg(self, spec, counted, unit, quantity=None, low=None, high=None, qualifier=None, claimant=None,
            ps=None, pe=None, scope=None):
        s, e = loc(self.text, spec)
        self.claims.append({"kind": "aggregate", "start": s, "end": e, "text": self.text[s:e],
                            "claimant": claimant, "quantity": quantity, "low": low, "high": high,
                            "counted": counted, "unit": unit, "qualifier": qualifier,
                            "period_start": ps, "period_end": pe, "scope": scope})

    def cau(self, spec, cause, effect, driver=None, claimant=None, hedged=False, pol="+"):
        s, e = loc(self.text, spec)
        def inner(x):
            if isinstance(x, str):
                seg = self.text[s:e]
                assert seg.count(x) == 1, ("not unique within claim", x)
                st = s + seg.index(x)
                return {"start": st, "end": st + len(x), "text": x}
            return span(self.text, x)
        c, f = inner(cause), inner(effect)
        assert s <= c["start"] and c["end"] <= e and s <= f["start"] and f["end"] <= e, ("cause/effect outside", spec)
        self.claims.append({"kind": "causal", "start": s, "end": e, "text": self.text[s:e], "claimant": claimant,
                            "hedged": hedged, "cause": c, "effect": f, "driver": driver, "polarity": pol})


DRIVERS = {None, "security posture/deployment", "leadership/command change", "pandemic/lockdown",
           "economic hardship/unemployment", "displacement/camps/reintegration", "terrain/safe havens",
           "governance/corruption", "sectarian grievance", "external support"}

# ------------------------------------------------------------------ documents
# ---- 01 Nigeria, AFP-style wire
d = Doc(1, "Suicide bombers kill 14 at Nigeria market as jihadists hit army base", "2020-02-12", [
"MAIDUGURI, Nigeria (AFP) - Three suicide bombers blew themselves up at a crowded fish market in northeast Nigeria late on Tuesday, killing 11 people, police said, a day after jihadist fighters stormed an army base further north.",
"The attack hit the market in Konduga, a town 38 kilometres (24 miles) southeast of the Borno state capital Maiduguri, as traders were packing up their stalls shortly after dusk.",
"Police initially gave a toll of six dead on Tuesday night. By Wednesday afternoon it had risen to 14, including the three bombers, state police spokesman Ibrahim Dauda Sani told AFP.",
"\"Eleven civilians lost their lives and 26 others were wounded, some of them critically,\" Sani said, adding that the wounded had been taken to the state teaching hospital in Maiduguri.",
"Musa Grema Lawan, a leader of the Civilian Joint Task Force militia that helps the military fight the jihadists in the area, put the toll higher, saying 19 people had died, among them the bombers.",
"\"The first girl detonated near the fish sellers, and the two others waited for people to run towards the gate,\" he said.",
"A trader who survived the blasts said he had counted at least seven bodies near the entrance of the market. \"People were lying everywhere, there was smoke and screaming,\" he said by phone from hospital, asking not to be named.",
"There was no immediate claim of responsibility, but the attack bore the hallmarks of the Boko Haram faction led by Abubakar Shekau, which has repeatedly used women and teenage girls as suicide bombers in and around Konduga.",
"On Monday, fighters from the rival Islamic State West Africa Province (ISWAP) attacked a military base in Monguno, some 135 kilometres north of Maiduguri, in an assault that lasted nearly three hours.",
"Army spokesman Brigadier General Olufemi Adekanye said in a statement that troops had \"successfully repelled\" the attack and that two soldiers were killed.",
"In all, 23 insurgents were killed in the fighting and in air strikes on their retreating convoy on the outskirts of Monguno, Adekanye said, without saying how many died in each.",
"A security source in Monguno, who requested anonymity, said the jihadists had arrived in about 15 gun trucks and set fire to a fuel depot inside the base before withdrawing.",
"The jihadist insurgency, which began in 2009, has killed more than 36,000 people and forced around two million from their homes in the northeast, according to the United Nations.",
"In January alone, Boko Haram and ISWAP carried out at least 40 attacks in Borno state, according to a tally by the Lagos-based security consultancy Beacon Risk Analysis.",
"Analysts say ISWAP has exploited the army's decision last year to pull troops back into large fortified bases known as \"super camps\", a move that has left rural roads and villages unguarded.",
"Chadian troops who had deployed across the border to support the Nigerian offensive around Lake Chad pulled out in January, further thinning the military presence in the area.",
"Many of the victims in Konduga were residents of a nearby displacement camp who had started trading at the market again because food rations in the camp had been cut, the militia leader said.",
"Nigeria's government has repeatedly said the jihadists have been \"technically defeated\", but attacks on military positions and civilian targets have intensified over the past year.",
], {"author": AUTHOR, "style": "AFP wire", "invented": True})
d.country = "Nigeria"
d.ev(["Three suicide bombers blew themselves up at a crowded fish market in northeast Nigeria late on Tuesday",
      "By Wednesday afternoon it had risen to 14, including the three bombers"],
     date="2020-02-11", etype="Explosions/Remote violence", sub="Suicide bomb",
     actor1="Unidentified Armed Group (Nigeria)", actor1_alt=["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"],
     actor2="Civilians (Nigeria)", admin1="Borno", admin2="Konduga", location="Konduga",
     lat=11.65, lon=13.42, prec=1, fatalities=14, injured=26,
     fatalities_note="police 14 incl. 3 bombers (final, superseding 6) vs militia 19 incl. bombers -> 14")
d.ev(["fighters from the rival Islamic State West Africa Province (ISWAP) attacked a military base in Monguno",
      "troops had \"successfully repelled\" the attack and that two soldiers were killed"],
     date="2020-02-10", etype="Battles", sub="Armed clash",
     actor1="Islamic State West Africa Province", actor1_alt=["Islamic State (West Africa)"],
     actor2="Military Forces of Nigeria (2015-2023)", admin1="Borno", admin2="Monguno", location="Monguno",
     lat=12.67, lon=13.61, prec=1, fatalities=None,
     fatalities_note="2 soldiers + 23 insurgents killed in the fighting and air strikes together: not apportionable")
d.ev(["air strikes on their retreating convoy on the outskirts of Monguno"],
     date="2020-02-10", etype="Explosions/Remote violence", sub="Air/drone strike",
     actor1="Military Forces of Nigeria (2015-2023)", actor2="Islamic State West Africa Province",
     admin1="Borno", admin2="Monguno", location="Monguno", lat=12.67, lon=13.61, prec=2, fatalities=None,
     fatalities_note="share of the 23 insurgent deaths unknown")
d.q("Three suicide bombers blew themselves up at a crowded fish market in northeast Nigeria late on Tuesday, killing 11 people",
    "police", ("police said", "Three suicide"), mentions=[("Police initially", "MAIDUGURI")], anon="unnamed official",
    role="police", alt=["Ibrahim Dauda Sani"])
d.q("a toll of six dead on Tuesday night", "police", ("Police initially", "MAIDUGURI"),
    mentions=[("police said", "Three suicide")], anon="unnamed official", role="police")
d.q("it had risen to 14, including the three bombers", "Ibrahim Dauda Sani", "state police spokesman Ibrahim Dauda Sani",
    mentions=[("Sani said", "critically,")], role="state police spokesman", aff="Borno State Police Command", medium="AFP")
d.q("\"Eleven civilians lost their lives and 26 others were wounded, some of them critically,\"", "Ibrahim Dauda Sani",
    ("Sani said", "critically,"), mentions=["state police spokesman Ibrahim Dauda Sani"], direct=True,
    role="state police spokesman", aff="Borno State Police Command")
d.q("19 people had died, among them the bombers", "Musa Grema Lawan", "Musa Grema Lawan",
    mentions=[("the militia leader said", "rations")], role="militia leader", aff="Civilian Joint Task Force")
d.q("\"The first girl detonated near the fish sellers, and the two others waited for people to run towards the gate,\"",
    "Musa Grema Lawan", ("he said", "towards the gate"), mentions=["Musa Grema Lawan"], direct=True,
    role="militia leader", aff="Civilian Joint Task Force")
d.q("he had counted at least seven bodies near the entrance of the market", "A trader who survived the blasts",
    "A trader who survived the blasts", mentions=[("he said by phone", "screaming")], anon="anonymous")
d.q("\"People were lying everywhere, there was smoke and screaming,\"", "A trader who survived the blasts",
    ("he said by phone", "screaming"), mentions=["A trader who survived the blasts"], direct=True,
    anon="anonymous", medium="phone")
d.q("troops had \"successfully repelled\" the attack and that two soldiers were killed", "Olufemi Adekanye",
    "Army spokesman Brigadier General Olufemi Adekanye", mentions=[("Adekanye said, without", "In all")],
    role="army spokesman", aff="Nigerian Army", medium="statement")
d.q("23 insurgents were killed in the fighting and in air strikes on their retreating convoy on the outskirts of Monguno",
    "Olufemi Adekanye", ("Adekanye said, without", "In all"), mentions=["Army spokesman Brigadier General Olufemi Adekanye"],
    role="army spokesman", aff="Nigerian Army")
d.q("the jihadists had arrived in about 15 gun trucks and set fire to a fuel depot inside the base before withdrawing",
    "A security source in Monguno", "A security source in Monguno", anon="unnamed official")
d.q("has killed more than 36,000 people and forced around two million from their homes in the northeast",
    "United Nations", ("the United Nations", "36,000"), role=None, aff="United Nations")
d.q("Boko Haram and ISWAP carried out at least 40 attacks in Borno state", "Beacon Risk Analysis",
    "the Lagos-based security consultancy Beacon Risk Analysis")
d.q("ISWAP has exploited the army's decision last year to pull troops back into large fortified bases known as \"super camps\", a move that has left rural roads and villages unguarded",
    "Analysts", "Analysts", anon="anonymous")
d.q("Many of the victims in Konduga were residents of a nearby displacement camp who had started trading at the market again because food rations in the camp had been cut",
    "Musa Grema Lawan", ("the militia leader said", "rations"), mentions=["Musa Grema Lawan"],
    role="militia leader", aff="Civilian Joint Task Force")
d.q("the jihadists have been \"technically defeated\"", "Nigeria's government", "Nigeria's government",
    aff="Government of Nigeria")
d.agg("has killed more than 36,000 people", "people killed", "people", quantity=36000, low=36000,
      qualifier="more than", claimant="United Nations", ps="2009-01-01", pe="2020-02-12", scope="northeast Nigeria")
d.agg("forced around two million from their homes in the northeast", "people displaced", "people", quantity=2000000,
      qualifier="around", claimant="United Nations", pe="2020-02-12", scope="northeast Nigeria")
d.agg("Boko Haram and ISWAP carried out at least 40 attacks in Borno state", "attacks", "attacks", quantity=40, low=40,
      qualifier="at least", claimant="Beacon Risk Analysis", ps="2020-01-01", pe="2020-01-31", scope="Borno state")
d.cau("the army's decision last year to pull troops back into large fortified bases known as \"super camps\", a move that has left rural roads and villages unguarded",
      "the army's decision last year to pull troops back into large fortified bases known as \"super camps\"",
      "has left rural roads and villages unguarded", driver="security posture/deployment", claimant="Analysts")
d.cau("Chadian troops who had deployed across the border to support the Nigerian offensive around Lake Chad pulled out in January, further thinning the military presence in the area",
      "Chadian troops who had deployed across the border to support the Nigerian offensive around Lake Chad pulled out in January",
      "further thinning the military presence in the area", driver="security posture/deployment", pol="-")
d.cau("who had started trading at the market again because food rations in the camp had been cut",
      "food rations in the camp had been cut", "had started trading at the market again",
      driver="economic hardship/unemployment", claimant="Musa Grema Lawan")
DOCS.append(d)

# ---- 02 Burkina Faso, Reuters-style wire
d = Doc(2, "Gunmen kill 17 villagers in northern Burkina Faso, protesters demand security", "2019-04-15", [
"OUAGADOUGOU (Reuters) - Gunmen killed at least 17 civilians in an attack on a village in northern Burkina Faso on Saturday, the government said, the latest in a wave of violence that has forced tens of thousands of people from their homes in the West African country.",
"The assailants arrived on motorbikes in the early afternoon at a village in Arbinda department (Soum province), in the Sahel region near the border with Mali, and opened fire on people gathered at a water point, two local security sources told Reuters.",
"A first toll given by local officials on Saturday evening was nine dead. Government spokesman Issouf Compaoré said on Sunday that 17 civilians had been killed and that several others were missing.",
"\"The terrorists went from house to house asking for the men, and those they found they shot,\" said a resident of Arbinda who had helped bury the victims. He asked that his name not be used for fear of reprisals.",
"No group claimed responsibility. Both Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's Sahel affiliate, and Islamic State in the Greater Sahara are active in the area and have carried out similar raids.",
"On Sunday, four soldiers were killed when their vehicle struck a roadside bomb on the road between Djibo and Namsiguia, also in Soum province, the army said in a statement. Two others were wounded.",
"In the capital Ouagadougou, several hundred people marched on Monday towards the prime minister's office to demand better protection for villages in the north. Police fired tear gas to disperse the crowd when some protesters tried to break through a barricade, a Reuters witness said.",
"\"We bury our brothers every week and nobody in Ouagadougou seems to care,\" said Aminata Ouédraogo, a student from Djibo who took part in the march.",
"Militant attacks have killed nearly 500 people in Burkina Faso since January, according to a count by the Burkinabe Movement for Human and Peoples' Rights (MBDHP), a rights group.",
"More than 100,000 people have fled their homes in the past three months alone, the U.N. refugee agency UNHCR said last week, bringing the total number of internally displaced people to around 170,000.",
"Burkina Faso, once spared the jihadist violence that has gripped neighbouring Mali, has seen attacks spread from its northern border since 2016. Malian militants crossing into Soum were blamed by the government for the first raids.",
"Residents and aid workers say the withdrawal of police and gendarmes from many rural posts after repeated attacks has allowed the militants to move freely between villages.",
"Security analyst Boukary Ilboudo said abuses by security forces and self-defence groups against the Fulani community had fuelled recruitment by the militants. \"Each reprisal brings them new fighters,\" he said.",
"French troops of Operation Barkhane, which is based in Chad and Mali, have carried out several operations alongside Burkinabe forces in the region this year, but the army has struggled to hold territory.",
"The government declared a state of emergency in several northern provinces in December and has promised to recruit more soldiers.",
], {"author": AUTHOR, "style": "Reuters wire", "invented": True})
d.country = "Burkina Faso"
d.ev(["Gunmen killed at least 17 civilians in an attack on a village in northern Burkina Faso on Saturday",
      "at a village in Arbinda department (Soum province)", "17 civilians had been killed"],
     date="2019-04-13", etype="Violence against civilians", sub="Attack",
     actor1="Unidentified Armed Group (Burkina Faso)",
     actor1_alt=["Jama'at Nasr al-Islam wal Muslimin", "Islamic State (Greater Sahara)"],
     actor2="Civilians (Burkina Faso)", admin1="Sahel", admin2="Soum", location="Arbinda",
     lat=14.23, lon=-0.87, prec=2, fatalities=17,
     fatalities_note="first toll 9 superseded by government 17")
d.ev(["four soldiers were killed when their vehicle struck a roadside bomb on the road between Djibo and Namsiguia"],
     date="2019-04-14", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
     actor1="Unidentified Armed Group (Burkina Faso)", actor2="Military Forces of Burkina Faso (2015-2022)",
     admin1="Sahel", admin2="Soum", location="Djibo", prec=2, fatalities=4, injured=2)
d.ev(["several hundred people marched on Monday towards the prime minister's office",
      "Police fired tear gas to disperse the crowd"],
     date="2019-04-15", etype="Protests", sub="Protest with intervention",
     actor1="Protesters (Burkina Faso)", actor2="Police Forces of Burkina Faso (2015-2022)",
     admin1="Centre", admin2="Kadiogo", location="Ouagadougou", lat=12.37, lon=-1.53, prec=1, fatalities=0)
d.q("Gunmen killed at least 17 civilians in an attack on a village in northern Burkina Faso on Saturday",
    "the government", ("the government said", "Gunmen"), role=None, aff="Government of Burkina Faso")
d.q("The assailants arrived on motorbikes in the early afternoon at a village in Arbinda department (Soum province), in the Sahel region near the border with Mali, and opened fire on people gathered at a water point",
    "two local security sources", "two local security sources", anon="unnamed official", medium="Reuters")
d.q("nine dead", "local officials", "local officials", anon="unnamed official")
d.q("17 civilians had been killed and that several others were missing", "Issouf Compaoré",
    "Government spokesman Issouf Compaoré", role="government spokesman", aff="Government of Burkina Faso")
d.q("\"The terrorists went from house to house asking for the men, and those they found they shot,\"",
    "a resident of Arbinda who had helped bury the victims", "a resident of Arbinda who had helped bury the victims",
    mentions=[{"s": "He", "within": "He asked that"}], direct=True, anon="anonymous")
d.q("four soldiers were killed when their vehicle struck a roadside bomb on the road between Djibo and Namsiguia, also in Soum province",
    "the army", ("the army said in a statement", "Namsiguia"), anon="unnamed official", aff="Military Forces of Burkina Faso", medium="statement")
d.q("Police fired tear gas to disperse the crowd when some protesters tried to break through a barricade",
    "a Reuters witness", "a Reuters witness", anon="anonymous")
d.q("\"We bury our brothers every week and nobody in Ouagadougou seems to care,\"", "Aminata Ouédraogo",
    "Aminata Ouédraogo", direct=True, role="student")
d.q("Militant attacks have killed nearly 500 people in Burkina Faso since January",
    "Burkinabe Movement for Human and Peoples' Rights (MBDHP)",
    "the Burkinabe Movement for Human and Peoples' Rights (MBDHP), a rights group", aff="MBDHP")
d.q("More than 100,000 people have fled their homes in the past three months alone", "UNHCR",
    "the U.N. refugee agency UNHCR", aff="United Nations")
d.q("Malian militants crossing into Soum", "the government", ("by the government", "Malian militants"),
    aff="Government of Burkina Faso")
d.q("the withdrawal of police and gendarmes from many rural posts after repeated attacks has allowed the militants to move freely between villages",
    "Residents and aid workers", "Residents and aid workers", anon="anonymous")
d.q("abuses by security forces and self-defence groups against the Fulani community had fuelled recruitment by the militants",
    "Boukary Ilboudo", "Security analyst Boukary Ilboudo", mentions=[("he said", "new fighters")],
    role="security analyst")
d.q("\"Each reprisal brings them new fighters,\"", "Boukary Ilboudo", ("he said", "new fighters"),
    mentions=["Security analyst Boukary Ilboudo"], direct=True, role="security analyst")
d.agg("Militant attacks have killed nearly 500 people in Burkina Faso since January", "people killed", "people",
      quantity=500, high=500, qualifier="nearly", claimant="MBDHP", ps="2019-01-01", pe="2019-04-15", scope="Burkina Faso")
d.agg("More than 100,000 people have fled their homes in the past three months alone", "people displaced", "people",
      quantity=100000, low=100000, qualifier="more than", claimant="UNHCR", ps=None, pe=None, scope="Burkina Faso")
d.agg("bringing the total number of internally displaced people to around 170,000", "internally displaced people",
      "people", quantity=170000, qualifier="around", claimant="UNHCR", pe=None, scope="Burkina Faso")
d.cau("the withdrawal of police and gendarmes from many rural posts after repeated attacks has allowed the militants to move freely between villages",
      "the withdrawal of police and gendarmes from many rural posts", "the militants to move freely between villages",
      driver="security posture/deployment", claimant="Residents and aid workers")
d.cau("abuses by security forces and self-defence groups against the Fulani community had fuelled recruitment by the militants",
      "abuses by security forces and self-defence groups against the Fulani community", "recruitment by the militants",
      driver="sectarian grievance", claimant="Boukary Ilboudo")
d.cau("\"Each reprisal brings them new fighters,\"", "Each reprisal", "brings them new fighters",
      driver="sectarian grievance", claimant="Boukary Ilboudo")
DOCS.append(d)

# ---- 03 Afghanistan, Kabul national daily style
d = Doc(3, "Nine policemen killed as Taliban storm checkpoints in Helmand's Nad Ali", "2017-10-19", [
"LASHKAR GAH - At least nine policemen were killed and six others wounded when Taliban fighters attacked a cluster of security checkpoints in Nad Ali district (Helmand province) on Wednesday night, provincial officials said on Thursday.",
"The attack began at around 10pm on Wednesday in the Shin Kalay area on the outskirts of Nad Ali's district centre and continued for nearly four hours before reinforcements arrived from Lashkar Gah, the provincial capital, said Abdul Karim Ahmadzai, a spokesman for the Helmand governor.",
"Ahmadzai said 20 Taliban fighters were also killed in the clashes, among them a local commander, and that some of the dead were Pakistani nationals. The figures could not be independently verified.",
"The Taliban claimed responsibility. In a message to reporters, a spokesman for the group, Qari Mohammad Zaman, said their fighters had captured three checkpoints and killed \"more than 30\" policemen, a figure officials rejected.",
"Helmand police chief General Abdul Ghani Sarwari told this newspaper that the checkpoints had run short of ammunition because supplies were being sold off by corrupt officers before they reached the front line. \"My men fought until the last bullet,\" he said.",
"Early on Thursday, an air strike hit a compound in Marjah district, west of Nad Ali, where the Ministry of Defence said Taliban fighters involved in the attack had gathered. The ministry said in a statement that 15 militants were killed in the strike.",
"Zaman, the Taliban spokesman, denied that any fighters had been in the compound and said three civilians, including a child, were killed. Residents of Marjah contacted by phone said they had seen women and children being pulled from the rubble.",
"Separately, in Kabul, a government employee was killed on Tuesday when a magnetic bomb attached to his car exploded in Police District 5 of the capital, said Kabul police spokesman Ferdaws Hashimi. No group claimed that attack.",
"Helmand has been one of the most contested provinces in the country since the withdrawal of most foreign combat troops at the end of 2014. Provincial council members say the Taliban now control or contest 10 of Helmand's 14 districts.",
"According to the United Nations Assistance Mission in Afghanistan (UNAMA), 2,410 civilians were killed across the country in the first nine months of this year, with ground fighting causing the largest share of casualties.",
"Security analysts say Helmand's open desert terrain and long, porous border with Pakistan make it difficult for Afghan forces to cut the Taliban's supply lines. The group also raises large sums from the province's opium harvest, which has allowed it to pay fighters more than the police earn.",
"\"As long as the poppy money flows, they will find men to send to the checkpoints,\" said Haji Nazar Mohammad Barakzai, head of Helmand's provincial council.",
"The Ministry of Interior said on Thursday that a delegation had been sent to Lashkar Gah to investigate the ammunition shortages.",
], {"author": AUTHOR, "style": "Afghan national daily", "invented": True})
d.country = "Afghanistan"
d.ev(["At least nine policemen were killed and six others wounded when Taliban fighters attacked a cluster of security checkpoints in Nad Ali district (Helmand province) on Wednesday night",
      "20 Taliban fighters were also killed in the clashes"],
     date="2017-10-18", etype="Battles", sub="Armed clash", actor1="Taliban",
     actor2="Police Forces of Afghanistan (2004-2021)", admin1="Helmand", admin2="Nad Ali",
     location="Shin Kalay", location_alt=["Nad Ali"], lat=None, lon=None, prec=2, fatalities=29, injured=6,
     fatalities_note="officials: 9 police + 20 Taliban = 29; Taliban claim 'more than 30' police is not a distinct lower figure")
d.ev(["an air strike hit a compound in Marjah district", "15 militants were killed in the strike",
      "three civilians, including a child, were killed"],
     date="2017-10-19", etype="Explosions/Remote violence", sub="Air/drone strike",
     actor1="Military Forces of Afghanistan (2004-2021)", actor2="Taliban", admin1="Helmand", admin2="Marjah",
     location="Marjah", lat=31.52, lon=64.12, prec=2, fatalities=3,
     fatalities_note="MoD 15 militants vs Taliban 3 civilians: most conservative distinct figure 3")
d.ev(["a government employee was killed on Tuesday when a magnetic bomb attached to his car exploded in Police District 5 of the capital"],
     date="2017-10-17", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
     actor1="Unidentified Armed Group (Afghanistan)", actor2="Civilians (Afghanistan)", admin1="Kabul", admin2="Kabul",
     location="Kabul", prec=2, fatalities=1)
d.q("At least nine policemen were killed and six others wounded when Taliban fighters attacked a cluster of security checkpoints in Nad Ali district (Helmand province) on Wednesday night",
    "provincial officials", "provincial officials", anon="unnamed official")
d.q("The attack began at around 10pm on Wednesday in the Shin Kalay area on the outskirts of Nad Ali's district centre and continued for nearly four hours before reinforcements arrived from Lashkar Gah, the provincial capital",
    "Abdul Karim Ahmadzai", "Abdul Karim Ahmadzai", mentions=[("Ahmadzai said", "Lashkar Gah, the")],
    role="spokesman for the Helmand governor", aff="Helmand provincial government")
d.q("20 Taliban fighters were also killed in the clashes, among them a local commander, and that some of the dead were Pakistani nationals",
    "Abdul Karim Ahmadzai", ("Ahmadzai said", "Lashkar Gah, the"), mentions=["Abdul Karim Ahmadzai"],
    role="spokesman for the Helmand governor", aff="Helmand provincial government")
d.q("their fighters had captured three checkpoints and killed \"more than 30\" policemen", "Qari Mohammad Zaman",
    "a spokesman for the group, Qari Mohammad Zaman", mentions=[("Zaman, the Taliban spokesman", "Marjah district, west")],
    role="Taliban spokesman", aff="Taliban", medium="message to reporters")
d.q("the checkpoints had run short of ammunition because supplies were being sold off by corrupt officers before they reached the front line",
    "Abdul Ghani Sarwari", "Helmand police chief General Abdul Ghani Sarwari", mentions=[("he said", "last bullet")],
    role="Helmand police chief", aff="Afghan National Police", medium="this newspaper")
d.q("\"My men fought until the last bullet,\"", "Abdul Ghani Sarwari", ("he said", "last bullet"),
    mentions=["Helmand police chief General Abdul Ghani Sarwari"], direct=True, role="Helmand police chief",
    aff="Afghan National Police")
d.q("Taliban fighters involved in the attack had gathered", "Ministry of Defence", ("the Ministry of Defence said", "Marjah district, west"),
    mentions=[("The ministry said", "had gathered")], aff="Ministry of Defence")
d.q("15 militants were killed in the strike", "Ministry of Defence", ("The ministry said", "had gathered"),
    mentions=[("the Ministry of Defence said", "Marjah district, west")], aff="Ministry of Defence", medium="statement")
d.q("any fighters had been in the compound", "Qari Mohammad Zaman", ("Zaman, the Taliban spokesman", "Marjah district, west"),
    mentions=["a spokesman for the group, Qari Mohammad Zaman"], role="Taliban spokesman", aff="Taliban")
d.q("three civilians, including a child, were killed", "Qari Mohammad Zaman", ("Zaman, the Taliban spokesman", "Marjah district, west"),
    mentions=["a spokesman for the group, Qari Mohammad Zaman"], role="Taliban spokesman", aff="Taliban")
d.q("they had seen women and children being pulled from the rubble", "Residents of Marjah contacted by phone",
    "Residents of Marjah contacted by phone", anon="anonymous", medium="phone")
d.q("a government employee was killed on Tuesday when a magnetic bomb attached to his car exploded in Police District 5 of the capital",
    "Ferdaws Hashimi", "Kabul police spokesman Ferdaws Hashimi", role="Kabul police spokesman", aff="Kabul police")
d.q("the Taliban now control or contest 10 of Helmand's 14 districts", "Provincial council members",
    "Provincial council members", anon="unnamed official", aff="Helmand provincial council")
d.q("2,410 civilians were killed across the country in the first nine months of this year, with ground fighting causing the largest share of casualties",
    "UNAMA", "the United Nations Assistance Mission in Afghanistan (UNAMA)", aff="United Nations")
d.q("Helmand's open desert terrain and long, porous border with Pakistan make it difficult for Afghan forces to cut the Taliban's supply lines",
    "Security analysts", "Security analysts", anon="anonymous")
d.q("\"As long as the poppy money flows, they will find men to send to the checkpoints,\"", "Haji Nazar Mohammad Barakzai",
    "Haji Nazar Mohammad Barakzai, head of Helmand's provincial council", direct=True, role="head of provincial council",
    aff="Helmand provincial council")
d.q("a delegation had been sent to Lashkar Gah to investigate the ammunition shortages", "The Ministry of Interior",
    "The Ministry of Interior", aff="Ministry of Interior")
d.agg("the Taliban now control or contest 10 of Helmand's 14 districts", "districts controlled or contested by the Taliban",
      "districts", quantity=10, claimant="Provincial council members", pe="2017-10-19", scope="Helmand")
d.agg("2,410 civilians were killed across the country in the first nine months of this year", "civilians killed", "people",
      quantity=2410, claimant="UNAMA", ps="2017-01-01", pe="2017-09-30", scope="Afghanistan")
d.cau("the checkpoints had run short of ammunition because supplies were being sold off by corrupt officers before they reached the front line",
      "supplies were being sold off by corrupt officers", "the checkpoints had run short of ammunition",
      driver="governance/corruption", claimant="Abdul Ghani Sarwari")
d.cau("with ground fighting causing the largest share of casualties", "ground fighting", "the largest share of casualties",
      claimant="UNAMA")
d.cau("Helmand's open desert terrain and long, porous border with Pakistan make it difficult for Afghan forces to cut the Taliban's supply lines",
      "Helmand's open desert terrain and long, porous border with Pakistan",
      "make it difficult for Afghan forces to cut the Taliban's supply lines", driver="terrain/safe havens",
      claimant="Security analysts")
d.cau("The group also raises large sums from the province's opium harvest, which has allowed it to pay fighters more than the police earn",
      "The group also raises large sums from the province's opium harvest", "to pay fighters more than the police earn")
DOCS.append(d)

# ---- 04 Pakistan, Dawn-style national daily
d = Doc(4, "Seven dead as suicide bomber targets police van in Bajaur", "2023-03-09", [
"KHAR: A suicide bomber on a motorcycle rammed into a police van on the outskirts of Khar, the headquarters of Bajaur district, on Wednesday morning, killing at least six policemen, officials said.",
"The death toll, which stood at three in the first hours after the blast, rose to seven, including the bomber, by the evening as two critically injured constables died in hospital, Bajaur District Police Officer Nazir Khan Afridi told Dawn.",
"\"The van was returning from polio vaccination duty when the attacker came from the side road and blew himself up,\" the DPO said. Nine others, including two passers-by, were wounded.",
"The banned Tehreek-i-Taliban Pakistan (TTP) did not claim the attack. A faction of the militant Islamic State Khorasan Province, which has carried out several bombings in Bajaur since last year, was suspected, a senior security official said on condition of anonymity.",
"Khyber Pakhtunkhwa's caretaker chief minister condemned the attack and said the provincial government would pay compensation to the families of the martyred policemen.",
"In a separate development, the Counter Terrorism Department (CTD) said it had arrested four suspected TTP militants during a raid in Peshawar's Hayatabad area on Tuesday night and recovered explosives and suicide vests.",
"Officials said the suspects had been planning attacks on police stations in the provincial capital.",
"Meanwhile, hundreds of traders in Wana, the main town of South Waziristan, kept their shops closed and staged a sit-in on Monday against extortion demands by militants and what they called the state's failure to protect them. The protest ended peacefully in the evening after talks with the district administration.",
"\"We receive letters asking for money every week. Those who refuse are shot,\" said Malik Sher Ali Wazir, the president of the Wana traders' association.",
"Security officials also said that four mortar shells fired from Afghanistan's Kunar province landed in the Salarzai area of Bajaur last week, damaging two houses. No one was hurt.",
"Militant violence has surged in the province since the TTP called off a ceasefire with the government in November. According to the Islamabad-based Conflict Monitoring Forum, militants carried out 58 attacks across the country in February, killing 96 people, the majority of them security personnel in Khyber Pakhtunkhwa.",
"The think tank said attacks had risen by around 40 per cent compared with the same month last year.",
"Analysts say the return of the Afghan Taliban to power in Kabul in August 2021 has emboldened the TTP, whose leadership is based across the border. \"The sanctuaries in Afghanistan allow the TTP to regroup and plan without any pressure,\" said Peshawar-based security analyst Sajjad Hussain Durrani.",
"Police officials in the province have also complained that the country's economic crisis has left the force short of vehicles, fuel and modern weapons. \"Our men are fighting a well-armed enemy with old rifles,\" a senior police officer in Peshawar said.",
"The federal government has repeatedly asked Kabul to act against the TTP, a demand the Afghan Taliban administration says it has met.",
], {"author": AUTHOR, "style": "Dawn (Pakistan national daily)", "invented": True})
d.country = "Pakistan"
d.ev(["A suicide bomber on a motorcycle rammed into a police van on the outskirts of Khar",
      "rose to seven, including the bomber"],
     date="2023-03-08", etype="Explosions/Remote violence", sub="Suicide bomb",
     actor1="Unidentified Armed Group (Pakistan)", actor1_alt=["Islamic State (Pakistan)", "Islamic State Khorasan Province"],
     actor2="Police Forces of Pakistan (2018-)", admin1="Khyber Pakhtunkhwa", admin1_alt=["KPK", "KP"], admin2="Bajaur",
     location="Khar", lat=34.73, lon=71.52, prec=2, fatalities=7, injured=9,
     fatalities_note="early toll 3 superseded; final 7 incl. the bomber")
d.ev(["it had arrested four suspected TTP militants during a raid in Peshawar's Hayatabad area on Tuesday night"],
     date="2023-03-07", etype="Strategic developments", sub="Arrests",
     actor1="Police Forces of Pakistan (2018-) Counter Terrorism Department", actor2="TTP: Tehreek-i-Taliban Pakistan",
     admin1="Khyber Pakhtunkhwa", admin1_alt=["KPK", "KP"], admin2="Peshawar", location="Hayatabad", location_alt=["Peshawar"],
     lat=33.99, lon=71.45, prec=1, fatalities=0)
d.ev(["hundreds of traders in Wana, the main town of South Waziristan, kept their shops closed and staged a sit-in on Monday",
      "The protest ended peacefully"],
     date="2023-03-06", etype="Protests", sub="Peaceful protest", actor1="Protesters (Pakistan)",
     admin1="Khyber Pakhtunkhwa", admin1_alt=["KPK", "KP"], admin2="South Waziristan", location="Wana",
     lat=32.30, lon=69.57, prec=1, fatalities=0,
     note="cross-border mortar fire from Kunar 'last week' left out (cross-border fire, date unresolved)")
d.q("A suicide bomber on a motorcycle rammed into a police van on the outskirts of Khar, the headquarters of Bajaur district, on Wednesday morning, killing at least six policemen",
    "officials", ("officials said", "six policemen"), anon="unnamed official")
d.q("The death toll, which stood at three in the first hours after the blast, rose to seven, including the bomber, by the evening as two critically injured constables died in hospital",
    "Nazir Khan Afridi", "Bajaur District Police Officer Nazir Khan Afridi", mentions=[("the DPO said", "blew himself up")],
    role="District Police Officer", aff="Bajaur police", medium="Dawn")
d.q("\"The van was returning from polio vaccination duty when the attacker came from the side road and blew himself up,\"",
    "Nazir Khan Afridi", ("the DPO said", "blew himself up"), mentions=["Bajaur District Police Officer Nazir Khan Afridi"],
    direct=True, role="District Police Officer", aff="Bajaur police")
d.q("A faction of the militant Islamic State Khorasan Province, which has carried out several bombings in Bajaur since last year, was suspected",
    "a senior security official", "a senior security official", anon="unnamed official")
d.q("the provincial government would pay compensation to the families of the martyred policemen", "Khyber Pakhtunkhwa's caretaker chief minister",
    "Khyber Pakhtunkhwa's caretaker chief minister", anon="unnamed official", role="caretaker chief minister", aff="Government of Khyber Pakhtunkhwa")
d.q("it had arrested four suspected TTP militants during a raid in Peshawar's Hayatabad area on Tuesday night and recovered explosives and suicide vests",
    "Counter Terrorism Department (CTD)", "the Counter Terrorism Department (CTD)", aff="Khyber Pakhtunkhwa police")
d.q("the suspects had been planning attacks on police stations in the provincial capital", "Officials",
    ("Officials said", "In a separate"), anon="unnamed official")
d.q("\"We receive letters asking for money every week. Those who refuse are shot,\"", "Malik Sher Ali Wazir",
    "Malik Sher Ali Wazir, the president of the Wana traders' association", direct=True,
    role="president of the Wana traders' association", aff="Wana traders' association")
d.q("four mortar shells fired from Afghanistan's Kunar province landed in the Salarzai area of Bajaur last week, damaging two houses",
    "Security officials", "Security officials", anon="unnamed official")
d.q("militants carried out 58 attacks across the country in February, killing 96 people, the majority of them security personnel in Khyber Pakhtunkhwa",
    "Conflict Monitoring Forum", "the Islamabad-based Conflict Monitoring Forum", mentions=["The think tank said"])
d.q("attacks had risen by around 40 per cent compared with the same month last year", "Conflict Monitoring Forum",
    "The think tank said", mentions=["the Islamabad-based Conflict Monitoring Forum"])
d.q("the return of the Afghan Taliban to power in Kabul in August 2021 has emboldened the TTP, whose leadership is based across the border",
    "Analysts", ("Analysts say", "40 per cent"), anon="anonymous")
d.q("\"The sanctuaries in Afghanistan allow the TTP to regroup and plan without any pressure,\"", "Sajjad Hussain Durrani",
    "Peshawar-based security analyst Sajjad Hussain Durrani", direct=True, role="security analyst")
d.q("the country's economic crisis has left the force short of vehicles, fuel and modern weapons",
    "Police officials in the province", "Police officials in the province", anon="unnamed official")
d.q("\"Our men are fighting a well-armed enemy with old rifles,\"", "a senior police officer in Peshawar",
    "a senior police officer in Peshawar", direct=True, anon="unnamed official")
d.q("it has met", "the Afghan Taliban administration", {"s": "the Afghan Taliban administration", "within": "a demand the Afghan Taliban administration says"},
    aff="Afghan Taliban administration")
d.agg("militants carried out 58 attacks across the country in February", "militant attacks", "attacks", quantity=58,
      claimant="Conflict Monitoring Forum", ps="2023-02-01", pe="2023-02-28", scope="Pakistan")
d.agg("killing 96 people, the majority of them security personnel in Khyber Pakhtunkhwa", "people killed", "people",
      quantity=96, claimant="Conflict Monitoring Forum", ps="2023-02-01", pe="2023-02-28", scope="Pakistan")
d.agg("attacks had risen by around 40 per cent compared with the same month last year", "rise in militant attacks",
      "percent", quantity=40, qualifier="around", claimant="Conflict Monitoring Forum", ps="2023-02-01", pe="2023-02-28",
      scope="Pakistan")
d.cau("the return of the Afghan Taliban to power in Kabul in August 2021 has emboldened the TTP",
      "the return of the Afghan Taliban to power in Kabul in August 2021", "has emboldened the TTP",
      driver="external support", claimant="Analysts")
d.cau("\"The sanctuaries in Afghanistan allow the TTP to regroup and plan without any pressure,\"",
      "The sanctuaries in Afghanistan", "the TTP to regroup and plan without any pressure",
      driver="terrain/safe havens", claimant="Sajjad Hussain Durrani")
d.cau("the country's economic crisis has left the force short of vehicles, fuel and modern weapons",
      "the country's economic crisis", "has left the force short of vehicles, fuel and modern weapons",
      driver="economic hardship/unemployment", claimant="Police officials in the province")
DOCS.append(d)

# ---- 05 Somalia, AP-style wire
d = Doc(5, "Car bomb, gun attack on Mogadishu hotel kill 9, including attackers", "2019-02-20", [
"MOGADISHU, Somalia (AP) - Islamic extremists detonated a car bomb at the gate of a hotel in Somalia's capital on Tuesday and then stormed the building, killing at least five civilians and a soldier before security forces killed the gunmen, police said.",
"The attack on the Safari Palace hotel in Mogadishu's Hodan district, on the busy road leading to the airport, began shortly after 5 p.m. when a car laden with explosives was detonated at a checkpoint outside the compound, said police Captain Abdullahi Hassan Warsame.",
"Three gunmen then forced their way in and exchanged fire with hotel guards and soldiers for more than four hours. The toll, given as five by police late on Tuesday, had risen to nine by Wednesday morning, including the three attackers, Warsame said.",
"The director of the Aamin Ambulance service, Hassan Nur Gedi, said his teams had collected 11 bodies, including those of the attackers, and transported 23 wounded people to hospitals.",
"\"I was in the restaurant when the windows came in on us,\" said Fartun Abdi, a waitress who escaped through a back door. \"We lay on the floor and heard the shooting for hours.\"",
"The al-Qaida-linked al-Shabab extremist group claimed responsibility for the attack in a statement on one of its radio stations, saying its fighters had targeted \"government officials and apostate soldiers\" staying at the hotel.",
"The attack came a day after the U.S. military said it had killed 20 al-Shabab fighters in an airstrike near Jilib in the Middle Juba region on Monday. U.S. Africa Command said in a statement that no civilians were harmed.",
"On Sunday, al-Shabab fighters attacked a base used by Kenyan troops serving with the African Union force in the rural Kolbio area of Lower Juba region, close to the Kenyan border. The Kenya Defence Forces said its soldiers repulsed the attack, killing nine militants, and that one soldier died. Al-Shabab claimed it had killed 15 Kenyan soldiers.",
"The U.S. has carried out at least 24 airstrikes in Somalia so far this year, according to a tally by the London-based monitoring group Airwars, after a record number last year.",
"Al-Shabab, which was driven out of Mogadishu in 2011, still controls large parts of rural southern and central Somalia and carries out frequent bombings in the capital.",
"More than 2.6 million Somalis are displaced inside the country, according to the U.N. humanitarian agency, many of them in crowded settlements on the outskirts of Mogadishu.",
"Security analyst Hussein Sheikh Ali Mohamud said years of drought had helped al-Shabab recruit in rural areas because the group pays its fighters and their families when harvests fail.",
"\"When the rain does not come and there is no work, a boy with a gun and a salary is better off than his father,\" he said.",
"A planned reduction of the African Union force, known as AMISOM, has raised fears among Somali officials that al-Shabab could retake towns that Somali and AU troops have held for years. Feuding between the federal government and regional states has also slowed the build-up of the Somali army, diplomats say.",
], {"author": AUTHOR, "style": "AP wire", "invented": True})
d.country = "Somalia"
d.ev(["Islamic extremists detonated a car bomb at the gate of a hotel in Somalia's capital on Tuesday and then stormed the building",
      "had risen to nine by Wednesday morning, including the three attackers"],
     date="2019-02-19", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
     sub_alt=["Suicide bomb"], actor1="Al Shabaab", actor2="Civilians (Somalia)", admin1="Banadir",
     admin1_alt=["Banaadir"], admin2="Mogadishu", location="Mogadishu - Hodan", location_alt=["Hodan", "Mogadishu"],
     lat=2.04, lon=45.32, prec=1, fatalities=9, injured=23,
     fatalities_note="police 9 incl. 3 attackers (superseding 5) vs ambulance 11 -> 9")
d.ev(["it had killed 20 al-Shabab fighters in an airstrike near Jilib in the Middle Juba region on Monday"],
     date="2019-02-18", etype="Explosions/Remote violence", sub="Air/drone strike",
     actor1="Military Forces of the United States", actor2="Al Shabaab", admin1="Middle Juba",
     admin1_alt=["Jubbada Dhexe"], admin2="Jilib", location="Jilib", lat=0.49, lon=42.77, prec=2, fatalities=20)
d.ev(["al-Shabab fighters attacked a base used by Kenyan troops serving with the African Union force in the rural Kolbio area of Lower Juba region",
      "its soldiers repulsed the attack, killing nine militants, and that one soldier died"],
     date="2019-02-17", etype="Battles", sub="Armed clash", actor1="Al Shabaab",
     actor2="AMISOM: African Union Mission in Somalia (2007-2022)", admin1="Lower Juba", admin1_alt=["Jubbada Hoose"],
     admin2="Badhaadhe", location="Kolbio", prec=2, fatalities=10,
     fatalities_note="KDF: 9 militants + 1 soldier = 10 vs al-Shabab claim of 15 soldiers -> 10")
d.q("Islamic extremists detonated a car bomb at the gate of a hotel in Somalia's capital on Tuesday and then stormed the building, killing at least five civilians and a soldier before security forces killed the gunmen",
    "police", ("police said", "killed the gunmen"), anon="unnamed official")
d.q("The attack on the Safari Palace hotel in Mogadishu's Hodan district, on the busy road leading to the airport, began shortly after 5 p.m. when a car laden with explosives was detonated at a checkpoint outside the compound",
    "Abdullahi Hassan Warsame", "police Captain Abdullahi Hassan Warsame", mentions=[("Warsame said", "three attackers")],
    role="police captain", aff="Somali Police Force")
d.q("The toll, given as five by police late on Tuesday, had risen to nine by Wednesday morning, including the three attackers",
    "Abdullahi Hassan Warsame", ("Warsame said", "three attackers"), mentions=["police Captain Abdullahi Hassan Warsame"],
    role="police captain", aff="Somali Police Force")
d.q("his teams had collected 11 bodies, including those of the attackers, and transported 23 wounded people to hospitals",
    "Hassan Nur Gedi", "The director of the Aamin Ambulance service, Hassan Nur Gedi", role="director",
    aff="Aamin Ambulance")
d.q("\"I was in the restaurant when the windows came in on us,\"", "Fartun Abdi", "Fartun Abdi",
    direct=True, role="waitress")
d.q("\"We lay on the floor and heard the shooting for hours.\"", "Fartun Abdi", ("Fartun Abdi", "came in on us"),
    direct=True, role="waitress")
d.q("its fighters had targeted \"government officials and apostate soldiers\" staying at the hotel", "al-Shabab",
    "The al-Qaida-linked al-Shabab extremist group", aff="Al Shabaab", medium="radio station statement")
d.q("it had killed 20 al-Shabab fighters in an airstrike near Jilib in the Middle Juba region on Monday",
    "U.S. military", "the U.S. military", mentions=["U.S. Africa Command"], alt=["U.S. Africa Command"],
    aff="U.S. military")
d.q("no civilians were harmed", "U.S. Africa Command", "U.S. Africa Command", mentions=["the U.S. military"],
    aff="U.S. military", medium="statement")
d.q("its soldiers repulsed the attack, killing nine militants, and that one soldier died", "Kenya Defence Forces",
    "The Kenya Defence Forces", aff="Kenya Defence Forces")
d.q("it had killed 15 Kenyan soldiers", "al-Shabab", {"s": "Al-Shabab", "within": "Al-Shabab claimed it had killed"}, aff="Al Shabaab")
d.q("The U.S. has carried out at least 24 airstrikes in Somalia so far this year", "Airwars",
    "the London-based monitoring group Airwars", aff="Airwars")
d.q("More than 2.6 million Somalis are displaced inside the country", "the U.N. humanitarian agency",
    "the U.N. humanitarian agency", aff="United Nations")
d.q("years of drought had helped al-Shabab recruit in rural areas because the group pays its fighters and their families when harvests fail",
    "Hussein Sheikh Ali Mohamud", "Security analyst Hussein Sheikh Ali Mohamud",
    mentions=[("he said", "better off than his father")], role="security analyst")
d.q("\"When the rain does not come and there is no work, a boy with a gun and a salary is better off than his father,\"",
    "Hussein Sheikh Ali Mohamud", ("he said", "better off than his father"),
    mentions=["Security analyst Hussein Sheikh Ali Mohamud"], direct=True, role="security analyst")
d.q("al-Shabab could retake towns that Somali and AU troops have held for years", "Somali officials",
    "Somali officials", anon="unnamed official")
d.q("Feuding between the federal government and regional states has also slowed the build-up of the Somali army",
    "diplomats", ("diplomats say", "Feuding"), anon="unnamed official")
d.agg("The U.S. has carried out at least 24 airstrikes in Somalia so far this year", "U.S. airstrikes", "airstrikes",
      quantity=24, low=24, qualifier="at least", claimant="Airwars", ps="2019-01-01", pe="2019-02-20", scope="Somalia")
d.agg("More than 2.6 million Somalis are displaced inside the country", "internally displaced people", "people",
      quantity=2600000, low=2600000, qualifier="more than", claimant="U.N. humanitarian agency", pe="2019-02-20",
      scope="Somalia")
d.cau("years of drought had helped al-Shabab recruit in rural areas because the group pays its fighters and their families when harvests fail",
      "years of drought", "al-Shabab recruit in rural areas", driver="economic hardship/unemployment",
      claimant="Hussein Sheikh Ali Mohamud")
d.cau("A planned reduction of the African Union force, known as AMISOM, has raised fears among Somali officials that al-Shabab could retake towns that Somali and AU troops have held for years",
      "A planned reduction of the African Union force, known as AMISOM",
      "al-Shabab could retake towns that Somali and AU troops have held for years", driver="security posture/deployment",
      claimant="Somali officials", hedged=True)
d.cau("Feuding between the federal government and regional states has also slowed the build-up of the Somali army",
      "Feuding between the federal government and regional states", "slowed the build-up of the Somali army",
      driver="governance/corruption", claimant="diplomats", pol="-")
DOCS.append(d)

# ---- 06 Mozambique, Lusa-style agency report in English
d = Doc(6, "Cabo Delgado: insurgents kill four in Muidumbe, clash with Rwandan troops near Mbau", "2023-09-19", [
"Pemba, Mozambique, 19 Sep 2023 (Lusa) - Insurgents killed four civilians and set fire to more than 30 houses in a village in Muidumbe district (Cabo Delgado province) on Saturday, local sources told Lusa, in a new attack in the north of the country.",
"According to a community leader who asked not to be named, the group of about 20 armed men arrived from the bush at dawn and attacked residents who were preparing to go to their fields. \"They cut the throats of two old men and shot the others as they ran,\" he said.",
"Most of the families who survived fled towards the district headquarters of Namacande, where they were being sheltered in a school, the same source added.",
"On Sunday, Rwandan and Mozambican troops clashed with insurgents in rural Mocímboa da Praia district, near the village of Mbau. A Mozambican military source said on Monday that six insurgents and two Rwandan soldiers had been killed. The source later raised the number of insurgents killed to nine, saying more bodies had been found in the forest.",
"The Rwanda Defence Force, which has had troops in Cabo Delgado since July 2021, did not comment on the clash.",
"On Monday, armed men abducted seven fishermen on the coast on the outskirts of Macomia, according to residents, who said the men had been taken into the bush together with their boats' engines.",
"\"We don't know if they are alive. The insurgents want people to carry their goods and to fight,\" said Abdala Assane, the brother of one of the fishermen, speaking by phone from Macomia.",
"The so-called Islamic State Mozambique Province, as the Islamic State group calls its branch in the country, claimed the Muidumbe attack in a statement distributed on its channels, saying its fighters had killed \"Christians\".",
"The provincial police commander, Armindo Cuamba, told journalists in Pemba that security forces had reinforced positions in Muidumbe and Macomia and were pursuing the attackers.",
"\"The situation is under control. These are small groups who attack and run,\" Cuamba said.",
"The armed violence in Cabo Delgado, which began in October 2017, has killed more than 4,000 people, according to the Cabo Ligado conflict observatory, and displaced about one million people, according to the United Nations.",
"The International Organization for Migration estimates that around 570,000 displaced people have returned to their districts of origin since the deployment of Rwandan troops and the Southern African Development Community (SADC) mission in 2021.",
"Researchers from the Institute for Social and Economic Studies (IESE) in Maputo say the insurgency took root because young men in the coastal districts saw no benefit from the gas and ruby projects in the province and had no jobs.",
"\"The exclusion of local youth from the gas economy gave the insurgents an argument and a pool of recruits,\" said IESE researcher Salvador Nhantumbo.",
"Local officials also warned that the planned withdrawal of the SADC mission, scheduled for next year, could leave the districts of the interior without enough troops. The return of displaced families to villages that lack police posts has also given the insurgents easy targets, according to humanitarian workers in Pemba.",
], {"author": AUTHOR, "style": "Lusa agency (English service)", "invented": True})
d.country = "Mozambique"
d.ev(["Insurgents killed four civilians and set fire to more than 30 houses in a village in Muidumbe district (Cabo Delgado province) on Saturday"],
     date="2023-09-16", etype="Violence against civilians", sub="Attack", actor1="Islamic State (Mozambique)",
     actor1_alt=["Unidentified Armed Group (Mozambique)"], actor2="Civilians (Mozambique)", admin1="Cabo Delgado",
     admin2="Muidumbe", location="Muidumbe", prec=2, fatalities=4)
d.ev(["On Sunday, Rwandan and Mozambican troops clashed with insurgents in rural Mocímboa da Praia district, near the village of Mbau",
      "The source later raised the number of insurgents killed to nine"],
     date="2023-09-17", etype="Battles", sub="Armed clash", actor1="Military Forces of Rwanda (2000-)",
     actor2="Islamic State (Mozambique)", admin1="Cabo Delgado", admin2="Mocimboa da Praia", location="Mbau",
     prec=2, fatalities=11, fatalities_note="same source: 6 insurgents raised to 9, plus 2 Rwandan soldiers -> 11")
d.ev(["armed men abducted seven fishermen on the coast on the outskirts of Macomia"],
     date="2023-09-18", etype="Violence against civilians", sub="Abduction/forced disappearance",
     actor1="Unidentified Armed Group (Mozambique)", actor1_alt=["Islamic State (Mozambique)"],
     actor2="Civilians (Mozambique)", admin1="Cabo Delgado", admin2="Macomia", location="Macomia",
     lat=-12.24, lon=40.12, prec=2, fatalities=0)
d.q("Insurgents killed four civilians and set fire to more than 30 houses in a village in Muidumbe district (Cabo Delgado province) on Saturday",
    "local sources", "local sources", anon="anonymous", medium="Lusa")
d.q("the group of about 20 armed men arrived from the bush at dawn and attacked residents who were preparing to go to their fields",
    "a community leader who asked not to be named", "a community leader who asked not to be named",
    mentions=[("he said", "as they ran"), {"s": "the same source", "within": "the same source added"}], anon="anonymous")
d.q("\"They cut the throats of two old men and shot the others as they ran,\"", "a community leader who asked not to be named",
    ("he said", "as they ran"), mentions=["a community leader who asked not to be named", {"s": "the same source", "within": "the same source added"}],
    direct=True, anon="anonymous")
d.q("Most of the families who survived fled towards the district headquarters of Namacande, where they were being sheltered in a school",
    "a community leader who asked not to be named", {"s": "the same source", "within": "the same source added"},
    mentions=["a community leader who asked not to be named"], anon="anonymous")
d.q("six insurgents and two Rwandan soldiers had been killed", "A Mozambican military source",
    "A Mozambican military source", mentions=["The source later raised"], anon="unnamed official")
d.q("the number of insurgents killed to nine", "A Mozambican military source", {"s": "The source", "within": "The source later raised"},
    mentions=["A Mozambican military source"], anon="unnamed official")
d.q("more bodies had been found in the forest", "A Mozambican military source", {"s": "The source", "within": "The source later raised"},
    mentions=["A Mozambican military source"], anon="unnamed official")
d.q("armed men abducted seven fishermen on the coast on the outskirts of Macomia", "residents",
    ("residents, who said", "seven fishermen"), anon="anonymous")
d.q("the men had been taken into the bush together with their boats' engines", "residents",
    ("residents, who said", "seven fishermen"), anon="anonymous")
d.q("\"We don't know if they are alive. The insurgents want people to carry their goods and to fight,\"", "Abdala Assane",
    "Abdala Assane, the brother of one of the fishermen", direct=True, role="brother of an abducted fisherman",
    medium="phone")
d.q("its fighters had killed \"Christians\"", "Islamic State Mozambique Province",
    "The so-called Islamic State Mozambique Province", aff="Islamic State", medium="statement")
d.q("security forces had reinforced positions in Muidumbe and Macomia and were pursuing the attackers", "Armindo Cuamba",
    "The provincial police commander, Armindo Cuamba", mentions=[("Cuamba said", "attack and run")],
    role="provincial police commander", aff="Police of the Republic of Mozambique")
d.q("\"The situation is under control. These are small groups who attack and run,\"", "Armindo Cuamba",
    ("Cuamba said", "attack and run"), mentions=["The provincial police commander, Armindo Cuamba"], direct=True,
    role="provincial police commander", aff="Police of the Republic of Mozambique")
d.q("has killed more than 4,000 people", "Cabo Ligado", "the Cabo Ligado conflict observatory", aff="Cabo Ligado")
d.q("displaced about one million people", "United Nations", ("the United Nations", "about one million"),
    aff="United Nations")
d.q("around 570,000 displaced people have returned to their districts of origin since the deployment of Rwandan troops and the Southern African Development Community (SADC) mission in 2021",
    "International Organization for Migration", "The International Organization for Migration", aff="IOM")
d.q("the insurgency took root because young men in the coastal districts saw no benefit from the gas and ruby projects in the province and had no jobs",
    "Researchers from the Institute for Social and Economic Studies (IESE) in Maputo",
    "Researchers from the Institute for Social and Economic Studies (IESE) in Maputo", aff="IESE")
d.q("\"The exclusion of local youth from the gas economy gave the insurgents an argument and a pool of recruits,\"",
    "Salvador Nhantumbo", "IESE researcher Salvador Nhantumbo", direct=True, role="researcher", aff="IESE")
d.q("the planned withdrawal of the SADC mission, scheduled for next year, could leave the districts of the interior without enough troops",
    "Local officials", "Local officials", anon="unnamed official")
d.q("The return of displaced families to villages that lack police posts has also given the insurgents easy targets",
    "humanitarian workers in Pemba", "humanitarian workers in Pemba", anon="anonymous")
d.agg("has killed more than 4,000 people", "people killed", "people", quantity=4000, low=4000, qualifier="more than",
      claimant="Cabo Ligado", ps="2017-10-01", pe="2023-09-19", scope="Cabo Delgado")
d.agg("displaced about one million people", "people displaced", "people", quantity=1000000, qualifier="about",
      claimant="United Nations", ps="2017-10-01", pe="2023-09-19", scope="Cabo Delgado")
d.agg("around 570,000 displaced people have returned to their districts of origin", "displaced people returned", "people",
      quantity=570000, qualifier="around", claimant="International Organization for Migration", ps="2021-01-01",
      pe="2023-09-19", scope="Cabo Delgado")
d.cau("the insurgency took root because young men in the coastal districts saw no benefit from the gas and ruby projects in the province and had no jobs",
      "young men in the coastal districts saw no benefit from the gas and ruby projects in the province and had no jobs",
      "the insurgency took root", driver="economic hardship/unemployment",
      claimant="Researchers from the Institute for Social and Economic Studies (IESE) in Maputo")
d.cau("\"The exclusion of local youth from the gas economy gave the insurgents an argument and a pool of recruits,\"",
      "The exclusion of local youth from the gas economy", "gave the insurgents an argument and a pool of recruits",
      driver="economic hardship/unemployment", claimant="Salvador Nhantumbo")
d.cau("the planned withdrawal of the SADC mission, scheduled for next year, could leave the districts of the interior without enough troops",
      "the planned withdrawal of the SADC mission", "could leave the districts of the interior without enough troops",
      driver="security posture/deployment", claimant="Local officials", hedged=True)
d.cau("The return of displaced families to villages that lack police posts has also given the insurgents easy targets",
      "The return of displaced families to villages that lack police posts", "has also given the insurgents easy targets",
      driver="displacement/camps/reintegration", claimant="humanitarian workers in Pemba")
DOCS.append(d)

# ---- 07 DR Congo, Reuters-style wire
d = Doc(7, "Suspected ADF rebels kill 10 in eastern Congo; protester shot dead in Goma", "2023-05-19", [
"GOMA, Democratic Republic of Congo, May 19 (Reuters) - Suspected Allied Democratic Forces (ADF) rebels killed at least 10 civilians with machetes and guns in an overnight raid on a village in Beni territory (North Kivu province) on Wednesday, the army said, while local civil society groups put the toll at 14.",
"The attackers struck a farming village about 25 km (15 miles) northeast of Oicha, the territory's main town, shortly after 9 p.m., army spokesman Captain Didier Kasereka said in a statement on Thursday. He said troops had been deployed to the area and were pursuing the assailants.",
"Civil society leader Kambale Mbusa said the first bodies were found on Thursday morning in fields around the village. \"We counted eight when we arrived. By the afternoon there were 14, and some people are still missing,\" he told Reuters by phone.",
"The ADF, a Ugandan armed group that pledged allegiance to Islamic State in 2019 and is presented by the group as its Central Africa Province, has killed thousands of civilians in Beni and neighbouring Ituri province in the past decade. Ugandan troops have been conducting joint operations with the Congolese army against the group in North Kivu since late 2021.",
"In Ituri's Djugu territory, fighters of the CODECO militia killed 22 people in attacks on two villages on Tuesday and Wednesday, said Jean-Pierre Lokana, a local administrator. He said the victims included women and children and that several houses had been burned.",
"In Goma, the capital of North Kivu, hundreds of young people threw stones at vehicles of the U.N. peacekeeping mission MONUSCO on Thursday and tried to force their way into a U.N. base, accusing the mission of failing to protect civilians. Police fired tear gas and live rounds to disperse them, and one protester was shot dead, a hospital source said.",
"\"They say they are here for peace, but we are dying every day,\" said Grace Kahindo, a 24-year-old student who joined the protest.",
"North Kivu police spokesman Colonel Bienvenu Mutombo said officers had fired only in the air and that the death was under investigation.",
"More than 6.9 million people are now displaced inside Congo, according to the International Organization for Migration, most of them in the eastern provinces of North Kivu, South Kivu and Ituri.",
"The U.N. said last month that at least 1,300 civilians had been killed in Ituri and North Kivu in the first four months of the year, the majority of them by the ADF and CODECO.",
"Much of the army's strength in North Kivu has been redeployed to fight the M23 rebel group north of Goma since last year, which residents and local officials say has left villages around Beni exposed to ADF raids.",
"Congo, U.N. experts and Western governments accuse Rwanda of backing the M23, which has seized swathes of Rutshuru and Masisi territories. Rwanda denies supporting the rebels.",
"Analysts say Rwandan support has allowed the M23 to fight with heavy weapons and night-vision equipment the Congolese army lacks.",
"\"As long as the front with the M23 absorbs all the troops, the ADF can do what it wants in Beni,\" said Espoir Mbusa Kavira, a Goma-based researcher at a regional think tank.",
], {"author": AUTHOR, "style": "Reuters wire", "invented": True})
d.country = "Democratic Republic of Congo"
d.ev(["Suspected Allied Democratic Forces (ADF) rebels killed at least 10 civilians with machetes and guns in an overnight raid on a village in Beni territory (North Kivu province) on Wednesday",
      "The attackers struck a farming village about 25 km (15 miles) northeast of Oicha"],
     date="2023-05-17", etype="Violence against civilians", sub="Attack", actor1="ADF: Allied Democratic Forces",
     actor1_alt=["Islamic State (Democratic Republic of Congo)"], actor2="Civilians (Democratic Republic of Congo)",
     admin1="Nord-Kivu", admin1_alt=["North Kivu"], admin2="Beni", location="Oicha", prec=2, fatalities=10,
     fatalities_note="army 10 vs civil society 14 (rising from 8) -> 10")
d.ev(["fighters of the CODECO militia killed 22 people in attacks on two villages on Tuesday and Wednesday"],
     date="2023-05-16", etype="Violence against civilians", sub="Attack", actor1="CODECO: Cooperative for Development of Congo",
     actor2="Civilians (Democratic Republic of Congo)", admin1="Ituri", admin2="Djugu", location="Djugu", prec=2,
     fatalities=None, fatalities_note="22 for two attacks on two days together: not apportionable")
d.ev(["fighters of the CODECO militia killed 22 people in attacks on two villages on Tuesday and Wednesday"],
     date="2023-05-17", etype="Violence against civilians", sub="Attack", actor1="CODECO: Cooperative for Development of Congo",
     actor2="Civilians (Democratic Republic of Congo)", admin1="Ituri", admin2="Djugu", location="Djugu", prec=2,
     fatalities=None, fatalities_note="22 for two attacks on two days together: not apportionable")
d.ev(["hundreds of young people threw stones at vehicles of the U.N. peacekeeping mission MONUSCO on Thursday",
      "one protester was shot dead"],
     date="2023-05-18", etype="Riots", sub="Violent demonstration", actor1="Rioters (Democratic Republic of Congo)",
     actor2="Police Forces of the Democratic Republic of Congo (2019-)", admin1="Nord-Kivu", admin1_alt=["North Kivu"],
     admin2="Goma", location="Goma", lat=-1.68, lon=29.23, prec=1, fatalities=1)
d.q("Suspected Allied Democratic Forces (ADF) rebels killed at least 10 civilians with machetes and guns in an overnight raid on a village in Beni territory (North Kivu province) on Wednesday",
    "the army", ("the army said", "on Wednesday,"), anon="unnamed official", aff="Armed Forces of the DRC (FARDC)")
d.q("the toll at 14", "local civil society groups", "local civil society groups", anon="anonymous")
d.q("The attackers struck a farming village about 25 km (15 miles) northeast of Oicha, the territory's main town, shortly after 9 p.m.",
    "Didier Kasereka", "army spokesman Captain Didier Kasereka",
    mentions=[("He said troops", "Thursday.")], role="army spokesman", aff="FARDC", medium="statement")
d.q("troops had been deployed to the area and were pursuing the assailants", "Didier Kasereka",
    {"s": "He said", "within": "He said troops"}, mentions=["army spokesman Captain Didier Kasereka"],
    role="army spokesman", aff="FARDC")
d.q("the first bodies were found on Thursday morning in fields around the village", "Kambale Mbusa",
    "Civil society leader Kambale Mbusa", mentions=[("he told Reuters", "still missing")], role="civil society leader")
d.q("\"We counted eight when we arrived. By the afternoon there were 14, and some people are still missing,\"",
    "Kambale Mbusa", ("he told Reuters", "still missing"), mentions=["Civil society leader Kambale Mbusa"], direct=True,
    role="civil society leader", medium="phone")
d.q("fighters of the CODECO militia killed 22 people in attacks on two villages on Tuesday and Wednesday",
    "Jean-Pierre Lokana", "Jean-Pierre Lokana, a local administrator",
    mentions=[{"s": "He said", "within": "He said the victims"}], role="local administrator", anon="named")
d.q("the victims included women and children and that several houses had been burned", "Jean-Pierre Lokana",
    {"s": "He said", "within": "He said the victims"}, mentions=["Jean-Pierre Lokana, a local administrator"],
    role="local administrator")
d.q("Police fired tear gas and live rounds to disperse them, and one protester was shot dead", "a hospital source",
    "a hospital source", anon="unnamed official")
d.q("the mission of failing to protect civilians", "hundreds of young people", "hundreds of young people",
    anon="anonymous")
d.q("\"They say they are here for peace, but we are dying every day,\"", "Grace Kahindo",
    "Grace Kahindo, a 24-year-old student who joined the protest", direct=True, role="student")
d.q("officers had fired only in the air and that the death was under investigation", "Bienvenu Mutombo",
    "North Kivu police spokesman Colonel Bienvenu Mutombo", role="police spokesman", aff="Congolese National Police")
d.q("More than 6.9 million people are now displaced inside Congo", "International Organization for Migration",
    "the International Organization for Migration", aff="IOM")
d.q("at least 1,300 civilians had been killed in Ituri and North Kivu in the first four months of the year, the majority of them by the ADF and CODECO",
    "The U.N.", ("The U.N. said last month", "6.9 million"), aff="United Nations")
d.q("has left villages around Beni exposed to ADF raids", "residents and local officials", "residents and local officials",
    anon="unnamed official")
d.q("Rwanda of backing the M23", "Congo, U.N. experts and Western governments",
    "Congo, U.N. experts and Western governments")
d.q("supporting the rebels", "Rwanda", ("Rwanda denies", "Masisi"), aff="Government of Rwanda")
d.q("Rwandan support has allowed the M23 to fight with heavy weapons and night-vision equipment the Congolese army lacks",
    "Analysts", ("Analysts say", "Masisi"), anon="anonymous")
d.q("\"As long as the front with the M23 absorbs all the troops, the ADF can do what it wants in Beni,\"",
    "Espoir Mbusa Kavira", "Espoir Mbusa Kavira, a Goma-based researcher at a regional think tank", direct=True,
    role="researcher")
d.agg("More than 6.9 million people are now displaced inside Congo", "internally displaced people", "people",
      quantity=6900000, low=6900000, qualifier="more than", claimant="International Organization for Migration",
      pe="2023-05-19", scope="Democratic Republic of Congo")
d.agg("at least 1,300 civilians had been killed in Ituri and North Kivu in the first four months of the year",
      "civilians killed", "people", quantity=1300, low=1300, qualifier="at least", claimant="United Nations",
      ps="2023-01-01", pe="2023-04-30", scope="Ituri and North Kivu")
d.cau("Much of the army's strength in North Kivu has been redeployed to fight the M23 rebel group north of Goma since last year, which residents and local officials say has left villages around Beni exposed to ADF raids",
      "Much of the army's strength in North Kivu has been redeployed to fight the M23 rebel group north of Goma",
      "has left villages around Beni exposed to ADF raids", driver="security posture/deployment",
      claimant="residents and local officials")
d.cau("Rwandan support has allowed the M23 to fight with heavy weapons and night-vision equipment the Congolese army lacks",
      "Rwandan support", "the M23 to fight with heavy weapons and night-vision equipment", driver="external support",
      claimant="Analysts")
DOCS.append(d)

# ---- 08 Colombia, national daily (English edition) style
d = Doc(8, "Six bodies found after ELN-dissident clashes in Arauca; indigenous guard killed in Cauca", "2022-07-06", [
"BOGOTÁ - The bodies of six men were found on Monday in a rural area of Tame (Arauca) after a day of fighting between the National Liberation Army (ELN) guerrilla and dissidents of the former FARC, the Arauca governor's office said.",
"Residents of the hamlet of La Esmeralda reported heavy gunfire from Sunday afternoon until late at night. Army troops reached the area on Monday morning and found the bodies, several of them wearing camouflage, near a dirt road, according to the army's 18th Brigade.",
"Arauca government secretary Luis Fernando Rojas said at least two of the dead were Venezuelan nationals. \"They were young men recruited on the other side of the border, in Apure, and sent to fight here,\" he told reporters.",
"The ELN and the dissident 10th Front have been at war in Arauca since January, when a wave of killings on both sides of the border left dozens dead. The Ombudsman's Office said that more than 3,000 people have been displaced from rural Tame, Fortul and Arauquita since then.",
"\"We sleep with our boots on. When the shooting starts we run to the school,\" said a farmer from La Esmeralda who asked not to be identified.",
"In Cauca, in the southwest of the country, gunmen on a motorcycle shot dead an indigenous guard, Efraín Pete Ul, on Tuesday in a rural area of Toribío, the Association of Indigenous Councils of Northern Cauca (ACIN) said. The organisation blamed the Dagoberto Ramos column, a group of FARC dissidents, which has threatened the guard for months.",
"On Wednesday, several hundred members of the indigenous guard gathered in the centre of Popayán, the departmental capital, to demand protection for their leaders. The demonstration was peaceful.",
"\"Every week we bury a comunero, and the State only sends condolences,\" said ACIN councillor Nora Ipia, using the indigenous term for a fellow guard.",
"According to the Institute for Development and Peace Studies (Indepaz), 97 social leaders and human rights defenders have been killed in Colombia so far this year, 21 of them in Cauca.",
"Analysts say the violence stems from the vacuum left in rural areas when the FARC laid down their weapons under the 2016 peace agreement, which armed groups have rushed to fill in order to control coca crops, drug routes and illegal gold mining.",
"The ELN's ability to withdraw to camps in Venezuela has made it very difficult for the Colombian army to defeat it in Arauca, a senior military officer said on condition of anonymity.",
"The Defence Ministry said in a statement that 1,200 additional soldiers had been sent to Arauca since January and that the security situation was improving.",
"The incoming government, which takes office in August, has said it wants to resume peace talks with the ELN.",
], {"author": AUTHOR, "style": "Colombian national daily, English edition", "invented": True})
d.country = "Colombia"
d.ev(["after a day of fighting between the National Liberation Army (ELN) guerrilla and dissidents of the former FARC",
      "The bodies of six men were found on Monday in a rural area of Tame (Arauca)",
      "Residents of the hamlet of La Esmeralda reported heavy gunfire from Sunday afternoon until late at night"],
     date="2022-07-03", etype="Battles", sub="Armed clash", actor1="ELN: National Liberation Army",
     actor2="FARC Dissidents: Revolutionary Armed Forces of Colombia Dissidents", admin1="Arauca", admin2="Tame",
     location="La Esmeralda", location_alt=["Tame"], prec=2, fatalities=6)
d.ev(["gunmen on a motorcycle shot dead an indigenous guard, Efraín Pete Ul, on Tuesday in a rural area of Toribío"],
     date="2022-07-05", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Colombia)",
     actor1_alt=["FARC Dissidents: Revolutionary Armed Forces of Colombia Dissidents"], actor2="Civilians (Colombia)",
     admin1="Cauca", admin2="Toribio", location="Toribio", location_alt=["Toribío"], lat=2.95, lon=-76.27, prec=2,
     fatalities=1)
d.ev(["several hundred members of the indigenous guard gathered in the centre of Popayán", "The demonstration was peaceful"],
     date="2022-07-06", etype="Protests", sub="Peaceful protest", actor1="Protesters (Colombia)", admin1="Cauca",
     admin2="Popayan", location="Popayan", location_alt=["Popayán"], lat=2.44, lon=-76.61, prec=1, fatalities=0)
d.q("The bodies of six men were found on Monday in a rural area of Tame (Arauca) after a day of fighting between the National Liberation Army (ELN) guerrilla and dissidents of the former FARC",
    "the Arauca governor's office", "the Arauca governor's office", aff="Arauca departmental government")
d.q("heavy gunfire from Sunday afternoon until late at night", "Residents of the hamlet of La Esmeralda",
    "Residents of the hamlet of La Esmeralda", anon="anonymous")
d.q("Army troops reached the area on Monday morning and found the bodies, several of them wearing camouflage, near a dirt road",
    "the army's 18th Brigade", "the army's 18th Brigade", aff="Military Forces of Colombia")
d.q("at least two of the dead were Venezuelan nationals", "Luis Fernando Rojas",
    "Arauca government secretary Luis Fernando Rojas", mentions=[("he told reporters", "sent to fight here")],
    role="government secretary", aff="Arauca departmental government")
d.q("\"They were young men recruited on the other side of the border, in Apure, and sent to fight here,\"",
    "Luis Fernando Rojas", ("he told reporters", "sent to fight here"),
    mentions=["Arauca government secretary Luis Fernando Rojas"], direct=True, role="government secretary",
    aff="Arauca departmental government", medium="reporters")
d.q("more than 3,000 people have been displaced from rural Tame, Fortul and Arauquita since then", "The Ombudsman's Office",
    "The Ombudsman's Office", aff="Ombudsman's Office of Colombia")
d.q("\"We sleep with our boots on. When the shooting starts we run to the school,\"",
    "a farmer from La Esmeralda who asked not to be identified", "a farmer from La Esmeralda who asked not to be identified",
    direct=True, anon="anonymous")
d.q("gunmen on a motorcycle shot dead an indigenous guard, Efraín Pete Ul, on Tuesday in a rural area of Toribío",
    "Association of Indigenous Councils of Northern Cauca (ACIN)",
    "the Association of Indigenous Councils of Northern Cauca (ACIN)", mentions=["The organisation blamed"], aff="ACIN")
d.q("\"Every week we bury a comunero, and the State only sends condolences,\"", "Nora Ipia", "ACIN councillor Nora Ipia",
    direct=True, role="councillor", aff="ACIN")
d.q("97 social leaders and human rights defenders have been killed in Colombia so far this year, 21 of them in Cauca",
    "Institute for Development and Peace Studies (Indepaz)", "the Institute for Development and Peace Studies (Indepaz)",
    aff="Indepaz")
d.q("the violence stems from the vacuum left in rural areas when the FARC laid down their weapons under the 2016 peace agreement, which armed groups have rushed to fill in order to control coca crops, drug routes and illegal gold mining",
    "Analysts", ("Analysts say", "Cauca."), anon="anonymous")
d.q("The ELN's ability to withdraw to camps in Venezuela has made it very difficult for the Colombian army to defeat it in Arauca",
    "a senior military officer", "a senior military officer", anon="unnamed official")
d.q("1,200 additional soldiers had been sent to Arauca since January and that the security situation was improving",
    "The Defence Ministry", "The Defence Ministry", aff="Ministry of Defence of Colombia", medium="statement")
d.q("it wants to resume peace talks with the ELN", "The incoming government", "The incoming government",
    aff="Government of Colombia")
d.agg("more than 3,000 people have been displaced from rural Tame, Fortul and Arauquita since then", "people displaced",
      "people", quantity=3000, low=3000, qualifier="more than", claimant="Ombudsman's Office", ps="2022-01-01",
      pe="2022-07-06", scope="rural Tame, Fortul and Arauquita (Arauca)")
d.agg("97 social leaders and human rights defenders have been killed in Colombia so far this year", "social leaders killed",
      "people", quantity=97, claimant="Indepaz", ps="2022-01-01", pe="2022-07-06", scope="Colombia")
d.agg("21 of them in Cauca", "social leaders killed", "people", quantity=21, claimant="Indepaz", ps="2022-01-01",
      pe="2022-07-06", scope="Cauca")
d.cau("the violence stems from the vacuum left in rural areas when the FARC laid down their weapons under the 2016 peace agreement",
      "the vacuum left in rural areas when the FARC laid down their weapons under the 2016 peace agreement",
      "the violence", claimant="Analysts")
d.cau("which armed groups have rushed to fill in order to control coca crops, drug routes and illegal gold mining",
      "to control coca crops, drug routes and illegal gold mining", "armed groups have rushed to fill",
      claimant="Analysts")
d.cau("The ELN's ability to withdraw to camps in Venezuela has made it very difficult for the Colombian army to defeat it in Arauca",
      "The ELN's ability to withdraw to camps in Venezuela",
      "very difficult for the Colombian army to defeat it in Arauca", driver="terrain/safe havens",
      claimant="a senior military officer", pol="-")
DOCS.append(d)

# ---- 09 Mexico, AP-style wire
d = Doc(9, "Soldiers kill 5 gunmen on outskirts of Culiacán as Sinaloa cartel infighting rages", "2024-09-18", [
"CULIACÁN, Mexico (AP) - Mexican soldiers killed five suspected cartel gunmen in a shootout on the outskirts of Culiacán, the capital of the northern state of Sinaloa, on Tuesday, as fighting between rival factions of the Sinaloa cartel stretched into its second week.",
"The Defense Department initially said three attackers had died when a group of armed men in pickup trucks opened fire on an army patrol on a dirt road east of the city. In a later statement it raised the number to five and said one soldier was wounded. Troops seized eight rifles and a .50-caliber machine gun, it said.",
"On Monday, the bodies of five men were found dumped beside the highway near Costa Rica, a farming town in Culiacán municipality south of the city, state prosecutors said. Some had their hands tied and at least two wore hats with the initials of one of the factions, according to a police officer at the scene.",
"State prosecutors said at least 11 people were killed on Sunday and Monday in a string of shootings across Culiacán, and that more than 50 people have been slain in Sinaloa since the clashes began on Sept. 9.",
"Hundreds of residents dressed in white marched through central Culiacán on Tuesday evening to demand an end to the violence. The march was peaceful and ended in front of the cathedral.",
"\"We can't take our children to school, we can't open our shops. We are prisoners in our own city,\" said Mariana López, a 41-year-old pharmacist who joined the march.",
"Many schools in the city have suspended in-person classes because of the violence, and restaurants and shops have been closing early, leaving streets empty by nightfall.",
"Security analysts say the fighting was triggered by the July arrest in the United States of Ismael \"El Mayo\" Zambada, a co-founder of the cartel, which set off a power struggle between his faction and the sons of Joaquín \"El Chapo\" Guzmán, known as the Chapitos.",
"\"When the old leadership is removed, there is no one left to arbitrate, and every cell commander starts settling scores,\" said Raúl Benítez Quiroga, a security consultant in Mexico City.",
"Sinaloa's public security secretary, Héctor Ibarra Lugo, told local radio that 1,100 additional soldiers and National Guard members had arrived in the state and that \"the situation will be stabilized in the coming days.\"",
"Residents say they have seen little change. \"The soldiers patrol the boulevards, but in the neighborhoods the gunmen are in charge,\" said a taxi driver who declined to give his name for fear of reprisals.",
"The Sinaloa cartel is one of the main suppliers of fentanyl to the United States, where officials have pressed Mexico to act against its leaders. The U.S. ambassador said last week that Washington was following the situation in Culiacán closely.",
], {"author": AUTHOR, "style": "AP wire", "invented": True})
d.country = "Mexico"
d.ev(["Mexican soldiers killed five suspected cartel gunmen in a shootout on the outskirts of Culiacán",
      "In a later statement it raised the number to five and said one soldier was wounded"],
     date="2024-09-17", etype="Battles", sub="Armed clash", actor1="Military Forces of Mexico (2018-2024)",
     actor2="Sinaloa Cartel", admin1="Sinaloa", admin2="Culiacan", location="Culiacan", location_alt=["Culiacán"],
     lat=24.80, lon=-107.39, prec=2, fatalities=5, injured=1,
     fatalities_note="initial 3 superseded by the same source's 5")
d.ev(["the bodies of five men were found dumped beside the highway near Costa Rica, a farming town in Culiacán municipality"],
     date="2024-09-16", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Mexico)",
     actor1_alt=["Sinaloa Cartel"], actor2="Civilians (Mexico)", admin1="Sinaloa", admin2="Culiacan",
     location="Costa Rica", prec=2, fatalities=5)
d.ev(["Hundreds of residents dressed in white marched through central Culiacán on Tuesday evening", "The march was peaceful"],
     date="2024-09-17", etype="Protests", sub="Peaceful protest", actor1="Protesters (Mexico)", admin1="Sinaloa",
     admin2="Culiacan", location="Culiacan", location_alt=["Culiacán"], lat=24.80, lon=-107.39, prec=1, fatalities=0)
d.q("three attackers had died when a group of armed men in pickup trucks opened fire on an army patrol on a dirt road east of the city",
    "The Defense Department", "The Defense Department", mentions=[("it raised the number", "In a later"), ("it said", "machine gun")],
    aff="Secretariat of National Defense")
d.q("the number to five", "The Defense Department", {"s": "it", "within": "it raised the number"},
    mentions=["The Defense Department"], aff="Secretariat of National Defense", medium="statement")
d.q("one soldier was wounded", "The Defense Department", {"s": "it", "within": "it raised the number"},
    mentions=["The Defense Department"], aff="Secretariat of National Defense", medium="statement")
d.q("Troops seized eight rifles and a .50-caliber machine gun", "The Defense Department", ("it said", "machine gun"),
    mentions=["The Defense Department"], aff="Secretariat of National Defense")
d.q("the bodies of five men were found dumped beside the highway near Costa Rica, a farming town in Culiacán municipality south of the city",
    "state prosecutors", ("state prosecutors said", "Costa Rica"), mentions=["State prosecutors said at least"],
    anon="unnamed official", aff="Sinaloa state prosecutor's office")
d.q("Some had their hands tied and at least two wore hats with the initials of one of the factions", "a police officer at the scene",
    "a police officer at the scene", anon="unnamed official")
d.q("at least 11 people were killed on Sunday and Monday in a string of shootings across Culiacán, and that more than 50 people have been slain in Sinaloa since the clashes began on Sept. 9",
    "State prosecutors", {"s": "State prosecutors", "within": "State prosecutors said at least"},
    mentions=[("state prosecutors said", "Costa Rica")], anon="unnamed official", aff="Sinaloa state prosecutor's office")
d.q("\"We can't take our children to school, we can't open our shops. We are prisoners in our own city,\"", "Mariana López",
    "Mariana López, a 41-year-old pharmacist who joined the march", direct=True, role="pharmacist")
d.q("the fighting was triggered by the July arrest in the United States of Ismael \"El Mayo\" Zambada, a co-founder of the cartel, which set off a power struggle between his faction and the sons of Joaquín \"El Chapo\" Guzmán, known as the Chapitos",
    "Security analysts", "Security analysts", anon="anonymous")
d.q("\"When the old leadership is removed, there is no one left to arbitrate, and every cell commander starts settling scores,\"",
    "Raúl Benítez Quiroga", "Raúl Benítez Quiroga, a security consultant in Mexico City", direct=True,
    role="security consultant")
d.q("1,100 additional soldiers and National Guard members had arrived in the state and that \"the situation will be stabilized in the coming days.\"",
    "Héctor Ibarra Lugo", "Sinaloa's public security secretary, Héctor Ibarra Lugo",
    role="public security secretary", aff="Government of Sinaloa", medium="local radio")
d.q("they have seen little change", "Residents", ("Residents say", "coming days"), anon="anonymous")
d.q("\"The soldiers patrol the boulevards, but in the neighborhoods the gunmen are in charge,\"",
    "a taxi driver who declined to give his name for fear of reprisals",
    "a taxi driver who declined to give his name for fear of reprisals", direct=True, anon="anonymous")
d.q("Washington was following the situation in Culiacán closely", "The U.S. ambassador", "The U.S. ambassador",
    role="ambassador", aff="U.S. government", anon="unnamed official")
d.agg("at least 11 people were killed on Sunday and Monday in a string of shootings across Culiacán", "people killed",
      "people", quantity=11, low=11, qualifier="at least", claimant="State prosecutors", ps="2024-09-15",
      pe="2024-09-16", scope="Culiacán")
d.agg("more than 50 people have been slain in Sinaloa since the clashes began on Sept. 9", "people killed", "people",
      quantity=50, low=50, qualifier="more than", claimant="State prosecutors", ps="2024-09-09", pe="2024-09-18",
      scope="Sinaloa")
d.cau("Many schools in the city have suspended in-person classes because of the violence",
      "the violence", "Many schools in the city have suspended in-person classes")
d.cau("restaurants and shops have been closing early, leaving streets empty by nightfall",
      "restaurants and shops have been closing early", "leaving streets empty by nightfall")
d.cau("the fighting was triggered by the July arrest in the United States of Ismael \"El Mayo\" Zambada, a co-founder of the cartel",
      "the July arrest in the United States of Ismael \"El Mayo\" Zambada", "the fighting",
      driver="leadership/command change", claimant="Security analysts")
d.cau("which set off a power struggle between his faction and the sons of Joaquín \"El Chapo\" Guzmán",
      "which", "a power struggle between his faction and the sons of Joaquín \"El Chapo\" Guzmán",
      driver="leadership/command change", claimant="Security analysts")
DOCS.append(d)

# ---- 10 Philippines, Manila national daily style
d = Doc(10, "4 soldiers, 7 Abu Sayyaf bandits killed in Sulu clash", "2016-08-11", [
"ZAMBOANGA CITY - Four soldiers and seven members of the Abu Sayyaf were killed in a fierce clash in the hinterlands of Patikul town in Sulu province on Wednesday, the military said.",
"Troops of the Army's 35th Infantry Battalion encountered around 100 bandits in a remote barangay of Patikul at around 7 a.m., according to Major Arnulfo Dizon, spokesperson of the Western Mindanao Command (Westmincom). The firefight lasted about three hours.",
"Dizon said the bodies of three bandits were recovered on Wednesday afternoon, and four more were found by pursuing troops on Thursday morning, bringing the number of Abu Sayyaf members killed to seven. Eleven soldiers were wounded and taken to the military hospital in Jolo.",
"During the fighting, two Air Force MG-520 attack helicopters fired rockets at an Abu Sayyaf encampment on a ridge overlooking the battle site. Dizon said the camp was destroyed but gave no casualty figures for the air strike.",
"\"Our troops will not stop until the hostages are freed and these bandits are neutralized,\" Dizon told the Inquirer in a phone interview.",
"A resident of Patikul who asked not to be named said dozens of families had left their homes in the upland barangays and taken refuge in the town center. \"We heard the explosions all morning, so we took the children and walked down,\" she said.",
"In Cotabato City, meanwhile, an unidentified man hurled a grenade at a passenger terminal on Monday night, wounding six people, police said. No one was killed. Police Senior Inspector Rogelio Banaag said investigators were looking into extortion by a local armed group as a possible motive.",
"The Abu Sayyaf is holding at least 14 foreign captives, among them 10 Indonesian sailors seized from tugboats in waters off the Malaysian state of Sabah, the military said. The group has also abducted several Malaysian fishermen this year.",
"Since the military launched an offensive against the group in Sulu in early July, troops have killed at least 30 Abu Sayyaf members and lost 16 soldiers, according to Westmincom figures.",
"Security experts say ransom payments worth millions of pesos have allowed the Abu Sayyaf to buy high-powered weapons and attract new recruits. \"Kidnapping is a business for them. Every ransom paid funds the next kidnapping,\" said Teresita Magbanua-Cruz, a researcher at a Manila-based think tank.",
"Local officials say poverty has pushed young men in Sulu, one of the country's poorest provinces, into the ranks of the bandits, who pay them for each kidnapping.",
"The province's thick jungle and rugged mountains have also made it difficult for troops to corner the bandits, who move between islands by speedboat, military officers said.",
"Malacañang has ordered the military to destroy the Abu Sayyaf, and the presidential spokesman said on Tuesday that there would be no negotiations with the group.",
], {"author": AUTHOR, "style": "Philippine national daily", "invented": True})
d.country = "Philippines"
BARMM_ALT = ["Autonomous Region in Muslim Mindanao", "ARMM", "BARMM", "Sulu"]
d.ev(["Four soldiers and seven members of the Abu Sayyaf were killed in a fierce clash in the hinterlands of Patikul town in Sulu province on Wednesday",
      "bringing the number of Abu Sayyaf members killed to seven"],
     date="2016-08-10", etype="Battles", sub="Armed clash", actor1="Military Forces of the Philippines (2016-2022)",
     actor2="Abu Sayyaf Group", admin1="Bangsamoro Autonomous Region in Muslim Mindanao", admin1_alt=BARMM_ALT,
     admin2="Sulu", location="Patikul", lat=6.07, lon=121.10, prec=2, fatalities=11, injured=11,
     fatalities_note="4 soldiers + 7 Abu Sayyaf (3 recovered Wednesday, 4 more Thursday)")
d.ev(["two Air Force MG-520 attack helicopters fired rockets at an Abu Sayyaf encampment on a ridge overlooking the battle site"],
     date="2016-08-10", etype="Explosions/Remote violence", sub="Air/drone strike",
     actor1="Military Forces of the Philippines (2016-2022)", actor2="Abu Sayyaf Group",
     admin1="Bangsamoro Autonomous Region in Muslim Mindanao", admin1_alt=BARMM_ALT, admin2="Sulu", location="Patikul",
     lat=6.07, lon=121.10, prec=2, fatalities=0, fatalities_note="no casualty figures given for the air strike")
d.ev(["an unidentified man hurled a grenade at a passenger terminal on Monday night, wounding six people"],
     date="2016-08-08", etype="Explosions/Remote violence", sub="Grenade", actor1="Unidentified Armed Group (Philippines)",
     actor2="Civilians (Philippines)", admin1="Bangsamoro Autonomous Region in Muslim Mindanao",
     admin1_alt=["Autonomous Region in Muslim Mindanao", "ARMM", "BARMM", "Soccsksargen", "Maguindanao"],
     admin2="Cotabato City", location="Cotabato City", lat=7.22, lon=124.25, prec=1, fatalities=0, injured=6)
d.q("Four soldiers and seven members of the Abu Sayyaf were killed in a fierce clash in the hinterlands of Patikul town in Sulu province on Wednesday",
    "the military", ("the military said", "on Wednesday,"), anon="unnamed official", aff="Armed Forces of the Philippines")
d.q("Troops of the Army's 35th Infantry Battalion encountered around 100 bandits in a remote barangay of Patikul at around 7 a.m.",
    "Arnulfo Dizon", "Major Arnulfo Dizon, spokesperson of the Western Mindanao Command (Westmincom)",
    mentions=["Dizon said the bodies", "Dizon said the camp", "Dizon told the Inquirer"],
    role="spokesperson", aff="Western Mindanao Command")
d.q("the bodies of three bandits were recovered on Wednesday afternoon, and four more were found by pursuing troops on Thursday morning, bringing the number of Abu Sayyaf members killed to seven",
    "Arnulfo Dizon", {"s": "Dizon", "within": "Dizon said the bodies"},
    mentions=["Major Arnulfo Dizon, spokesperson of the Western Mindanao Command (Westmincom)"],
    role="spokesperson", aff="Western Mindanao Command")
d.q("the camp was destroyed", "Arnulfo Dizon", {"s": "Dizon", "within": "Dizon said the camp"},
    mentions=["Major Arnulfo Dizon, spokesperson of the Western Mindanao Command (Westmincom)"],
    role="spokesperson", aff="Western Mindanao Command")
d.q("\"Our troops will not stop until the hostages are freed and these bandits are neutralized,\"", "Arnulfo Dizon",
    {"s": "Dizon", "within": "Dizon told the Inquirer"},
    mentions=["Major Arnulfo Dizon, spokesperson of the Western Mindanao Command (Westmincom)"], direct=True,
    role="spokesperson", aff="Western Mindanao Command", medium="phone interview with the Inquirer")
d.q("dozens of families had left their homes in the upland barangays and taken refuge in the town center",
    "A resident of Patikul who asked not to be named", "A resident of Patikul who asked not to be named",
    mentions=[("she said", "walked down")], anon="anonymous")
d.q("\"We heard the explosions all morning, so we took the children and walked down,\"",
    "A resident of Patikul who asked not to be named", ("she said", "walked down"),
    mentions=["A resident of Patikul who asked not to be named"], direct=True, anon="anonymous")
d.q("an unidentified man hurled a grenade at a passenger terminal on Monday night, wounding six people", "police",
    ("police said", "wounding six"), anon="unnamed official")
d.q("investigators were looking into extortion by a local armed group as a possible motive", "Rogelio Banaag",
    "Police Senior Inspector Rogelio Banaag", role="police senior inspector", aff="Philippine National Police")
d.q("The Abu Sayyaf is holding at least 14 foreign captives, among them 10 Indonesian sailors seized from tugboats in waters off the Malaysian state of Sabah",
    "the military", ("the military said", "Malaysian state of Sabah"), anon="unnamed official",
    aff="Armed Forces of the Philippines")
d.q("troops have killed at least 30 Abu Sayyaf members and lost 16 soldiers", "Western Mindanao Command",
    {"s": "Westmincom", "within": "according to Westmincom figures"}, mentions=["Western Mindanao Command (Westmincom)"], aff="Armed Forces of the Philippines")
d.q("ransom payments worth millions of pesos have allowed the Abu Sayyaf to buy high-powered weapons and attract new recruits",
    "Security experts", "Security experts", anon="anonymous")
d.q("\"Kidnapping is a business for them. Every ransom paid funds the next kidnapping,\"", "Teresita Magbanua-Cruz",
    "Teresita Magbanua-Cruz, a researcher at a Manila-based think tank", direct=True, role="researcher")
d.q("poverty has pushed young men in Sulu, one of the country's poorest provinces, into the ranks of the bandits, who pay them for each kidnapping",
    "Local officials", "Local officials", anon="unnamed official")
d.q("The province's thick jungle and rugged mountains have also made it difficult for troops to corner the bandits, who move between islands by speedboat",
    "military officers", "military officers", anon="unnamed official")
d.q("there would be no negotiations with the group", "the presidential spokesman", "the presidential spokesman",
    role="presidential spokesman", aff="Office of the President", anon="unnamed official")
d.agg("The Abu Sayyaf is holding at least 14 foreign captives", "foreign hostages held", "people", quantity=14, low=14,
      qualifier="at least", claimant="the military", pe="2016-08-11", scope="Sulu")
d.agg("among them 10 Indonesian sailors seized from tugboats", "Indonesian hostages held", "people", quantity=10,
      claimant="the military", pe="2016-08-11", scope="Sulu")
d.agg("troops have killed at least 30 Abu Sayyaf members", "Abu Sayyaf members killed", "people", quantity=30, low=30,
      qualifier="at least", claimant="Western Mindanao Command", ps="2016-07-01", pe="2016-08-11", scope="Sulu")
d.agg("lost 16 soldiers", "soldiers killed", "people", quantity=16, claimant="Western Mindanao Command",
      ps="2016-07-01", pe="2016-08-11", scope="Sulu")
d.cau("ransom payments worth millions of pesos have allowed the Abu Sayyaf to buy high-powered weapons and attract new recruits",
      "ransom payments worth millions of pesos", "the Abu Sayyaf to buy high-powered weapons and attract new recruits",
      claimant="Security experts")
d.cau("Every ransom paid funds the next kidnapping", "Every ransom paid", "the next kidnapping",
      claimant="Teresita Magbanua-Cruz")
d.cau("poverty has pushed young men in Sulu, one of the country's poorest provinces, into the ranks of the bandits",
      "poverty", "pushed young men in Sulu, one of the country's poorest provinces, into the ranks of the bandits",
      driver="economic hardship/unemployment", claimant="Local officials")
d.cau("The province's thick jungle and rugged mountains have also made it difficult for troops to corner the bandits",
      "The province's thick jungle and rugged mountains", "difficult for troops to corner the bandits",
      driver="terrain/safe havens", claimant="military officers", pol="-")
d.cau("We heard the explosions all morning, so we took the children and walked down",
      "We heard the explosions all morning", "we took the children and walked down",
      claimant="A resident of Patikul who asked not to be named")
DOCS.append(d)

# --- END DOCS ---


def main():
    docs_f = open(os.path.join(HERE, f"{AUTHOR}.docs.jsonl"), "w", encoding="utf-8")
    gold_f = open(os.path.join(HERE, f"{AUTHOR}.gold.jsonl"), "w", encoding="utf-8")
    pred_f = open(os.path.join(HERE, f"{AUTHOR}.pred_selfcheck.jsonl"), "w", encoding="utf-8")
    tot = {"docs": 0, "events": 0, "quotes": 0, "aggregate": 0, "causal": 0, "causal_driver": 0, "words": []}
    for d in DOCS:
        t = d.text
        for ev in d.events:
            for x in ev["evidence"]:
                assert t[x["start"]:x["end"]] == x["text"]
        for c in d.claims:
            if c["kind"] == "causal":
                assert c["driver"] in DRIVERS, c["driver"]
        n = len(t.split())
        assert 450 <= n <= 900, (d.id, n)
        docs_f.write(json.dumps({"id": d.id, "title": d.title, "published": d.published, "text": t},
                                ensure_ascii=False) + "\n")
        gold = {"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims, "source": d.source}
        gold_f.write(json.dumps(gold, ensure_ascii=False) + "\n")
        pred_f.write(json.dumps({"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims},
                                ensure_ascii=False) + "\n")
        tot["docs"] += 1; tot["events"] += len(d.events); tot["quotes"] += len(d.quotes)
        tot["aggregate"] += sum(c["kind"] == "aggregate" for c in d.claims)
        tot["causal"] += sum(c["kind"] == "causal" for c in d.claims)
        tot["causal_driver"] += sum(c["kind"] == "causal" and bool(c["driver"]) for c in d.claims)
        tot["words"].append((d.id, n))
    for f in (docs_f, gold_f, pred_f):
        f.close()
    print(json.dumps(tot))


if __name__ == "__main__":
    main()
