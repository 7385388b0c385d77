#!/usr/bin/env python3
"""authT: invented wire reports on Sahel / West Africa violence 2019-2023, with hand annotation.
Every offset is computed by searching the text."""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_record import event_record

AUTHOR = "authT"
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def occ(text, s, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    pat = r'(?<!\w)' + re.escape(s) + r'(?!\w)'
    return [(m.start(), m.end()) for m in re.finditer(pat, text) if m.start() >= lo and m.end() <= hi]


class Doc:
    def __init__(self, n, title, pub, paras, style):
        self.id = f"{AUTHOR}-{n:02d}"
        self.title, self.pub, self.style = title, pub, style
        self.t = "\n\n".join(paras)
        self.events, self.quotes, self.claims = [], [], []
        DOCS.append(self)

    def f(self, s, after=None, within=None):
        lo, hi = 0, len(self.t)
        if within:
            lo, hi = self.f(within)
        if after:
            lo = self.f(after)[1]
            hits = occ(self.t, s, lo, hi)
            assert hits, (self.id, s, after)
            return hits[0]
        hits = occ(self.t, s, lo, hi)
        assert len(hits) == 1, (self.id, s, len(hits))
        return hits[0]

    def sp(self, s, **kw):
        a, b = self.f(s, **kw)
        return {"start": a, "end": b, "text": self.t[a:b]}

    def event(self, evidence, **kw):
        ev = [self.sp(x) if isinstance(x, str) else self.sp(x[0], after=x[1]) for x in evidence]
        self.events.append(event_record(evidence=ev, **kw))

    def quote(self, content, spk, speaker, anon, mentions=(), direct=None, role=None, aff=None, medium=None,
              after=None, alt=None, fragments=None):
        a, b = self.f(content, after=after)
        if direct is None:
            direct = content.startswith('"')
        # attribution mention: the occurrence of spk nearest to the content
        cands = occ(self.t, spk)
        assert cands, (self.id, spk)
        sa, sb = min(cands, key=lambda x: min(abs(x[0] - b), abs(a - x[1])))
        ms = {(sa, sb)}
        for m in mentions:
            for x in occ(self.t, m):
                ms.add(x)
        ms = sorted(x for x in ms if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in ms))
        assert (sa, sb) in ms, (self.id, spk)
        q = {"start": a, "end": b, "text": self.t[a:b]}
        if fragments:
            fr = [list(self.f(x, after=after)) for x in fragments]
            q = {"start": fr[0][0], "end": fr[-1][1], "text": self.t[fr[0][0]:fr[-1][1]], "fragments": fr}
        q.update({"direct": direct, "speaker": speaker, "speaker_start": sa, "speaker_end": sb,
                  "speaker_text": self.t[sa:sb], "speaker_mentions": [list(x) for x in ms]})
        if alt:
            q["speaker_alt"] = alt
        q.update({"role": role, "affiliation": aff, "anonymity": anon, "medium": medium})
        self.quotes.append(q)

    def agg(self, s, counted, unit, claimant=None, quantity=None, low=None, high=None, qualifier=None,
            ps=None, pe=None, scope=None, after=None):
        c = {"kind": "aggregate", **self.sp(s, after=after), "claimant": claimant, "quantity": quantity,
             "low": low, "high": high, "counted": counted, "unit": unit, "qualifier": qualifier,
             "period_start": ps, "period_end": pe, "scope": scope}
        self.claims.append(c)

    def causal(self, s, cause, effect, driver=None, claimant=None, hedged=False, pol="+", after=None):
        sp = self.sp(s, after=after)
        def inner(x):
            hits = occ(self.t, x, sp["start"], sp["end"])
            assert len(hits) == 1, (self.id, x)
            a, b = hits[0]
            return {"start": a, "end": b, "text": self.t[a:b]}
        self.claims.append({"kind": "causal", **sp, "claimant": claimant, "hedged": hedged,
                            "cause": inner(cause), "effect": inner(effect), "driver": driver, "polarity": pol})


def words(t):
    return len(t.split())


# ---------------------------------------------------------------- 01: Mopti single incident, toll raised
d = Doc(1, "Gunmen kill at least 27 in Fulani hamlet in central Mali, toll raised", "2020-02-16", [
    "BAMAKO, Feb 16 (Reuters) - Gunmen killed at least 27 people in a Fulani herding hamlet near Bankass in central Mali's Mopti region on Friday, a local mayor said on Sunday, raising an initial toll of 14 as search teams recovered more bodies from burned huts.",
    "The attackers arrived on motorbikes shortly after dawn, set fire to granaries and shot residents as they fled toward the bush, according to two survivors reached by telephone. Livestock was driven off and several wells were fouled, they said.",
    "Mayor Boureima Guindo said on Saturday that 14 bodies had been found. On Sunday he told Reuters the count had risen to 27, including nine children, and that at least eight people were still missing. \"We are still finding people in the fields. Some tried to hide in the millet and were shot there,\" Guindo said.",
    "No group claimed responsibility. Residents blamed a Dogon hunters' militia, and one survivor said the gunmen wore the amulets of the Dozo traditional hunters. Dan Na Ambassagou, the main Dogon militia in the area, which the government ordered dissolved last year, could not be reached for comment. The group has in the past denied targeting civilians.",
    "\"They called out the names of families. They knew exactly whose houses to burn,\" said a herder who gave his name only as Hamadoun, adding that his brother and two nephews were among the dead.",
    "A Malian army spokesman, Colonel Diarran Koné, said troops had been sent to the area on Saturday and that the situation was \"under control\". He gave no toll.",
    "The United Nations peacekeeping mission, MINUSMA, said it had dispatched a rapid-response patrol and a human rights team. Its spokesman Olivier Salgado said the mission was \"deeply alarmed\" by the attack and that the perpetrators must be brought to justice.",
    "Central Mali has become the deadliest part of the country since 2015, when jihadists linked to al Qaeda began recruiting among Fulani herders. Dogon and Bambara farmers formed self-defence groups in response, and each side accuses the other of massacres.",
    "A UN official in Mopti, speaking on condition of anonymity, said that the cycle of reprisals was being fuelled by the stigmatisation of Fulani as jihadists, with entire villages treated as collaborators because a few young men had joined the armed groups.",
    "Competition for land has deepened the rift. Drought and the spread of cultivation into old grazing corridors have pushed herders and farmers into more frequent clashes over water and pasture, said Aly Tounkara, a researcher at a Bamako think-tank, who added that the absence of the state in rural areas had allowed militias to act as police, judges and army at once.",
    "\"Where there is no gendarme and no judge, whoever has the guns makes the law,\" Tounkara said.",
    "Human Rights Watch has documented at least 450 civilian killings in central Mali over the past two years. The army has been accused of its own abuses against Fulani civilians during counter-terrorism sweeps, allegations it denies.",
    "Families who survived Friday's attack had begun walking toward Bankass, around 20 km away, where a camp already shelters several thousand people displaced from surrounding villages, the mayor said. Aid workers said the camp lacked clean water.",
    "(Reporting by Tiemoko Diallo; writing by Aaron Ross; editing by Alison Williams)",
], "single incident, toll raised by same source; many sources")
d.event(["Gunmen killed at least 27 people in a Fulani herding hamlet near Bankass",
         "The attackers arrived on motorbikes shortly after dawn, set fire to granaries and shot residents as they fled toward the bush",
         "the count had risen to 27, including nine children"],
        date="2020-02-14", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Mali)",
        actor1_alt=["Dan Na Ambassagou", "Dozo Communal Militia (Mali)"], actor2="Civilians (Mali)", country="Mali",
        admin1="Mopti", admin2="Bankass", location="Bankass", lat=None, lon=None, prec=2, fatalities=27,
        fatalities_note="initial toll 14 raised to 27 by the same source (mayor); the update supersedes")
d.quote("14 bodies had been found", "Mayor Boureima Guindo", "Boureima Guindo", "named", mentions=["Guindo", "the mayor", "a local mayor"],
        role="mayor", medium=None)
d.quote("the count had risen to 27, including nine children, and that at least eight people were still missing",
        "he", "Boureima Guindo", "named", mentions=["Mayor Boureima Guindo", "Guindo", "the mayor", "a local mayor"], role="mayor", medium="Reuters")
d.quote("\"We are still finding people in the fields. Some tried to hide in the millet and were shot there,\"",
        "Guindo", "Boureima Guindo", "named", mentions=["Mayor Boureima Guindo", "the mayor", "a local mayor"], role="mayor")
d.quote("Gunmen killed at least 27 people in a Fulani herding hamlet near Bankass in central Mali's Mopti region on Friday",
        "a local mayor", "Boureima Guindo", "named", mentions=["Mayor Boureima Guindo", "Guindo", "the mayor", "a local mayor"], role="mayor")
d.quote("The attackers arrived on motorbikes shortly after dawn, set fire to granaries and shot residents as they fled toward the bush",
        "two survivors", "two survivors", "anonymous")
d.quote("Livestock was driven off and several wells were fouled", "they", "two survivors", "anonymous", mentions=["two survivors"])
d.quote("the gunmen wore the amulets of the Dozo traditional hunters", "one survivor", "one survivor", "anonymous")
d.quote("\"They called out the names of families. They knew exactly whose houses to burn,\"",
        "a herder who gave his name only as Hamadoun", "Hamadoun", "named")
d.quote("his brother and two nephews were among the dead", "a herder who gave his name only as Hamadoun", "Hamadoun", "named")
d.quote("troops had been sent to the area on Saturday and that the situation was \"under control\"",
        "Colonel Diarran Koné", "Diarran Koné", "named", mentions=["A Malian army spokesman"], role="army spokesman", aff="Malian army")
d.quote("it had dispatched a rapid-response patrol and a human rights team", "The United Nations peacekeeping mission, MINUSMA",
        "MINUSMA", "named", aff="United Nations")
d.quote("the mission was \"deeply alarmed\" by the attack and that the perpetrators must be brought to justice",
        "Olivier Salgado", "Olivier Salgado", "named", mentions=["Its spokesman"], role="spokesman", aff="MINUSMA")
d.quote("the cycle of reprisals was being fuelled by the stigmatisation of Fulani as jihadists, with entire villages treated as collaborators because a few young men had joined the armed groups",
        "A UN official in Mopti", "A UN official in Mopti", "unnamed official", aff="United Nations")
d.quote("Drought and the spread of cultivation into old grazing corridors have pushed herders and farmers into more frequent clashes over water and pasture",
        "Aly Tounkara", "Aly Tounkara", "named", mentions=["Tounkara"], role="researcher")
d.quote("the absence of the state in rural areas had allowed militias to act as police, judges and army at once",
        "who", "Aly Tounkara", "named", mentions=["Aly Tounkara", "Tounkara"], role="researcher", after="who added that")
d.quote("\"Where there is no gendarme and no judge, whoever has the guns makes the law,\"", "Tounkara", "Aly Tounkara", "named",
        mentions=["Aly Tounkara"], role="researcher")
d.quote("a camp already shelters several thousand people displaced from surrounding villages", "the mayor", "Boureima Guindo", "named",
        mentions=["Mayor Boureima Guindo", "Guindo", "a local mayor"], role="mayor", after="Bankass, around 20 km away, where")
d.quote("the camp lacked clean water", "Aid workers", "Aid workers", "anonymous")
d.agg("Human Rights Watch has documented at least 450 civilian killings in central Mali over the past two years",
      "civilian killings", "people", claimant="Human Rights Watch", quantity=450, low=450, qualifier="at least",
      ps="2018-02-16", pe="2020-02-16", scope="central Mali")
d.causal("the cycle of reprisals was being fuelled by the stigmatisation of Fulani as jihadists",
         "the stigmatisation of Fulani as jihadists", "the cycle of reprisals", driver="sectarian grievance", claimant="A UN official in Mopti")
d.causal("entire villages treated as collaborators because a few young men had joined the armed groups",
         "a few young men had joined the armed groups", "entire villages treated as collaborators", driver="sectarian grievance",
         claimant="A UN official in Mopti")
d.causal("Drought and the spread of cultivation into old grazing corridors have pushed herders and farmers into more frequent clashes over water and pasture",
         "Drought and the spread of cultivation into old grazing corridors", "herders and farmers into more frequent clashes over water and pasture",
         driver="economic hardship/unemployment", claimant="Aly Tounkara")
d.causal("the absence of the state in rural areas had allowed militias to act as police, judges and army at once",
         "the absence of the state in rural areas", "militias to act as police, judges and army at once",
         driver="governance/corruption", claimant="Aly Tounkara")


# ---------------------------------------------------------------- 02: Burkina Faso multi-province roundup
d = Doc(2, "Burkina Faso: attacks in four regions kill dozens in a week", "2021-11-20", [
    "OUAGADOUGOU, Nov 20 (AFP) - A string of attacks across northern and eastern Burkina Faso killed at least 32 soldiers, volunteer fighters and civilians this week, security sources and residents said on Saturday, as a jihadist insurgency that began in the north spreads to new provinces.",
    "In the deadliest incident, gunmen ambushed an army supply convoy on Tuesday about 15 km south of Djibo, the main town of Soum province in the Sahel region. Nine soldiers were killed and several trucks were set on fire, a security source said. The army general staff said in a statement that \"around 20 terrorists\" were neutralised when troops returned fire, a figure that could not be independently verified.",
    "On Wednesday, fighters on motorbikes overran a post of the Volunteers for the Defence of the Homeland (VDP) on the outskirts of Titao in the Nord region. Seven volunteers died, according to a regional official. A VDP member in Titao said by telephone that 11 of his comrades had been buried. \"We had four rifles for twenty men. They came with machine guns,\" he said.",
    "In the Est region, four civilians were killed on Thursday when their minibus struck an improvised explosive device on the road between Fada N'Gourma and Pama, the regional governor's office said. Roadside bombs have become frequent on that axis, which runs along the forested reserves near the borders with Togo and Benin.",
    "And on Friday, armed men raided a village near Barsalogho in the Centre-Nord region, killing dozens of people and burning the market, two residents who fled to Kaya said. One of them, a teacher, said he had counted \"at least forty bodies\", but officials gave no toll.",
    "No group claimed the attacks. The al Qaeda-linked JNIM alliance and the Islamic State in the Greater Sahara (ISGS) are both active in the areas concerned, and Ansarul Islam, a homegrown group that emerged in Soum province in 2016, has long operated around Djibo.",
    "The violence has forced more than 1.4 million people from their homes, according to the national emergency relief council, CONASUR, which counted 1,407,685 internally displaced people at the end of September. That is up from around 1 million a year earlier.",
    "Nearly 3,000 schools remain closed, the education ministry said last month.",
    "Government critics say the army is overstretched. \"Soldiers are sent to remote posts without food, without fuel, sometimes without ammunition. Morale is at rock bottom,\" said opposition lawmaker Aminata Sawadogo.",
    "The reliance on the VDP, a force of lightly trained civilians created by law in January 2020, has exposed volunteers to reprisals and has deepened tensions between communities, said Mahamoudou Savadogo, a security researcher in Ouagadougou.",
    "\"When the volunteers are recruited mainly from one community and the jihadists recruit from another, every attack becomes an ethnic score to settle,\" Savadogo said. He added that the large forests of the east, including the W-Arly-Pendjari complex, gave the groups bases that the army struggled to reach.",
    "A Western diplomat in Ouagadougou said the government's decision to pull troops back from some small outposts to defend bigger towns had left parts of the countryside to the armed groups. \"It has saved some lives among the soldiers, but it has handed over the villages,\" the diplomat said.",
    "President Roch Marc Christian Kaboré has promised to reorganise the command of the armed forces. Protesters in several towns have called for his resignation.",
], "multi-incident roundup across four regions")
d.event(["gunmen ambushed an army supply convoy on Tuesday about 15 km south of Djibo",
         "Nine soldiers were killed and several trucks were set on fire"],
        date="2021-11-16", etype="Battles", sub="Armed clash", actor1="Unidentified Armed Group (Burkina Faso)",
        actor1_alt=["JNIM: Group for Support of Islam and Muslims", "Ansaroul Islam"], actor2="Military Forces of Burkina Faso (2015-2022)",
        country="Burkina Faso", admin1="Sahel", admin2="Soum", location="Djibo", lat=14.10, lon=-1.63, prec=2, fatalities=9,
        fatalities_note="9 soldiers per security source; the army's 'around 20 terrorists' unverified and state-claimed, left out under the conservative rule")
d.event(["fighters on motorbikes overran a post of the Volunteers for the Defence of the Homeland (VDP) on the outskirts of Titao",
         "Seven volunteers died"],
        date="2021-11-17", etype="Battles", sub="Armed clash", actor1="Unidentified Armed Group (Burkina Faso)",
        actor2="VDP: Volunteers for the Defense of the Homeland", country="Burkina Faso", admin1="Nord", admin2="Loroum",
        location="Titao", lat=13.77, lon=-2.07, prec=2, fatalities=7,
        fatalities_note="regional official 7 vs VDP member 11: conservative 7")
d.event(["four civilians were killed on Thursday when their minibus struck an improvised explosive device on the road between Fada N'Gourma and Pama"],
        date="2021-11-18", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
        actor1="Unidentified Armed Group (Burkina Faso)", actor2="Civilians (Burkina Faso)", country="Burkina Faso", admin1="Est",
        admin2=None, location="Fada N'Gourma", location_alt=["Pama"], lat=None, lon=None, prec=2, fatalities=4)
d.event(["armed men raided a village near Barsalogho in the Centre-Nord region, killing dozens of people and burning the market"],
        date="2021-11-19", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Burkina Faso)",
        actor2="Civilians (Burkina Faso)", country="Burkina Faso", admin1="Centre-Nord", admin2="Sanmatenga",
        location="Barsalogho", lat=13.42, lon=-1.06, prec=2, fatalities=12,
        fatalities_note="'dozens' = 12 (residents); teacher's 'at least forty' is a higher figure from a source of the same group")
SEC = ["a security source"]
d.quote("A string of attacks across northern and eastern Burkina Faso killed at least 32 soldiers, volunteer fighters and civilians this week",
        "security sources and residents", "security sources and residents", "unnamed official")
d.quote("Nine soldiers were killed and several trucks were set on fire", "a security source", "a security source", "unnamed official")
d.quote("\"around 20 terrorists\" were neutralised when troops returned fire", "The army general staff", "The army general staff",
        "named", aff="Burkina Faso army", medium="statement")
d.quote("Seven volunteers died", "a regional official", "a regional official", "unnamed official")
d.quote("11 of his comrades had been buried", "A VDP member in Titao", "A VDP member in Titao", "unnamed official", aff="VDP",
        medium="telephone")
d.quote("\"We had four rifles for twenty men. They came with machine guns,\"", "he", "A VDP member in Titao", "unnamed official",
        mentions=["A VDP member in Titao"], aff="VDP", after="buried.")
d.quote("four civilians were killed on Thursday when their minibus struck an improvised explosive device on the road between Fada N'Gourma and Pama",
        "the regional governor's office", "the regional governor's office", "unnamed official")
d.quote("armed men raided a village near Barsalogho in the Centre-Nord region, killing dozens of people and burning the market",
        "two residents who fled to Kaya", "two residents who fled to Kaya", "anonymous")
d.quote("he had counted \"at least forty bodies\"", "One of them, a teacher", "One of them, a teacher", "anonymous")
d.quote("which counted 1,407,685 internally displaced people at the end of September", "the national emergency relief council, CONASUR",
        "CONASUR", "named", alt=["national emergency relief council"])
d.quote("The violence has forced more than 1.4 million people from their homes", "the national emergency relief council, CONASUR", "CONASUR", "named")
d.quote("the army is overstretched", "Government critics", "Government critics", "anonymous")
d.quote("Nearly 3,000 schools remain closed", "the education ministry", "the education ministry", "named")
d.quote("\"Soldiers are sent to remote posts without food, without fuel, sometimes without ammunition. Morale is at rock bottom,\"",
        "opposition lawmaker Aminata Sawadogo", "Aminata Sawadogo", "named", role="opposition lawmaker")
d.quote("The reliance on the VDP, a force of lightly trained civilians created by law in January 2020, has exposed volunteers to reprisals and has deepened tensions between communities",
        "Mahamoudou Savadogo", "Mahamoudou Savadogo", "named", mentions=["Savadogo"], role="security researcher")
d.quote("\"When the volunteers are recruited mainly from one community and the jihadists recruit from another, every attack becomes an ethnic score to settle,\"",
        "Savadogo", "Mahamoudou Savadogo", "named", mentions=["Mahamoudou Savadogo"], role="security researcher")
d.quote("the large forests of the east, including the W-Arly-Pendjari complex, gave the groups bases that the army struggled to reach",
        "He", "Mahamoudou Savadogo", "named", mentions=["Mahamoudou Savadogo", "Savadogo"], role="security researcher")
d.quote("the government's decision to pull troops back from some small outposts to defend bigger towns had left parts of the countryside to the armed groups",
        "A Western diplomat in Ouagadougou", "A Western diplomat in Ouagadougou", "unnamed official", mentions=["the diplomat"])
d.quote("\"It has saved some lives among the soldiers, but it has handed over the villages,\"", "the diplomat",
        "A Western diplomat in Ouagadougou", "unnamed official", mentions=["A Western diplomat in Ouagadougou"])
d.agg("The violence has forced more than 1.4 million people from their homes", "internally displaced people", "people",
      claimant="CONASUR", quantity=1400000, low=1400000, qualifier="more than", pe="2021-09-30", scope="Burkina Faso")
d.agg("which counted 1,407,685 internally displaced people at the end of September", "internally displaced people", "people",
      claimant="CONASUR", quantity=1407685, pe="2021-09-30", scope="Burkina Faso")
d.agg("That is up from around 1 million a year earlier", "internally displaced people", "people", claimant=None, quantity=1000000,
      qualifier="around", pe="2020-09-30", scope="Burkina Faso")
d.causal("The reliance on the VDP, a force of lightly trained civilians created by law in January 2020, has exposed volunteers to reprisals and has deepened tensions between communities",
         "The reliance on the VDP", "has deepened tensions between communities", driver="security posture/deployment", claimant="Mahamoudou Savadogo")
d.causal("When the volunteers are recruited mainly from one community and the jihadists recruit from another, every attack becomes an ethnic score to settle",
         "the volunteers are recruited mainly from one community and the jihadists recruit from another", "every attack becomes an ethnic score to settle",
         driver="sectarian grievance", claimant="Mahamoudou Savadogo")
d.causal("the large forests of the east, including the W-Arly-Pendjari complex, gave the groups bases that the army struggled to reach",
         "the large forests of the east, including the W-Arly-Pendjari complex", "gave the groups bases that the army struggled to reach",
         driver="terrain/safe havens", claimant="Mahamoudou Savadogo")
d.causal("the government's decision to pull troops back from some small outposts to defend bigger towns had left parts of the countryside to the armed groups",
         "the government's decision to pull troops back from some small outposts to defend bigger towns", "had left parts of the countryside to the armed groups",
         driver="security posture/deployment", claimant="A Western diplomat in Ouagadougou")


# ---------------------------------------------------------------- 03: Niger Tillaberi analysis, why violence rises
d = Doc(3, "ANALYSIS-Lockdowns, lost herds and empty outposts: why Niger's Tillaberi is burning", "2020-06-12", [
    "NIAMEY, June 12 (Reuters) - Gunmen on motorbikes killed 11 villagers near Banibangou in Niger's western Tillaberi region on Tuesday, local officials said, the latest in a wave of attacks that analysts and aid workers say is being driven by a mix of coronavirus restrictions, collapsing herding economies and a thinning military presence in the countryside.",
    "The attackers stormed the village at dusk, rounded up men near the mosque and shot them, a regional councillor, Issoufou Abdou, told Reuters. He said the first count on Tuesday night was six dead and that five more bodies were found on Wednesday. No group claimed the killings, but the area is a stronghold of the Islamic State in the Greater Sahara (ISGS).",
    "Attacks on civilians in Tillaberi rose to 96 in the first five months of this year, up from 38 in the same period of 2019, according to figures compiled by an international aid organisation and seen by Reuters. More than 100,000 people are now displaced inside the region, the U.N. refugee agency UNHCR says.",
    "Several factors are feeding the violence, analysts say.",
    "The first is the pandemic. To slow the spread of COVID-19, authorities closed the border with Mali and Burkina Faso in March, banned livestock markets and imposed a curfew. For herders who sell a few animals each week to buy millet, that meant no income at all.",
    "\"The lockdown cut people off from the market, and the only ones still paying were the armed groups,\" said Bakary Sambe, director of the Timbuktu Institute, a Dakar-based think-tank. \"They pay a motorbike, a phone, sometimes a monthly stipend.\"",
    "A U.N. official in Niamey, who asked not to be named because he was not authorised to speak to the media, said the closure of weekly markets could push more young men toward the jihadists in the coming months if the restrictions stay in place.",
    "The second factor is the army's retreat. After losing dozens of soldiers in assaults on its bases at Inates and Chinegodar over the winter, Niger's military withdrew from several small outposts along the Malian border to consolidate in larger garrisons. Residents say that left villages with no protection.",
    "\"The soldiers left in January. Since then, the jihadists come in the daytime and collect zakat as if they were the state,\" said a trader from Banibangou, who spoke on condition of anonymity for fear of reprisal.",
    "The third is geography. The border zone between Niger, Mali and Burkina Faso, known as Liptako-Gourma, is a stretch of scrub, dry riverbeds and few roads where fighters cross frontiers to escape pursuit. The porous frontier has allowed the groups to regroup in Mali's Menaka region whenever Nigerien troops advance, a senior Nigerien security official said.",
    "Analysts also point to local grievances. Cattle raiding between Fulani herders and Tuareg and Daoussahak communities, worsened by years of drought, has turned into a cycle of revenge killings that the ISGS exploits, recruiting among Fulani who feel unprotected by the state.",
    "\"People join not because they believe in the caliphate but because they have lost their cattle and want revenge,\" said Hannatou Moussa, who runs a local peace-building association in Tillaberi town.",
    "Some experts add a cause that has nothing to do with local grievances: pressure from French and allied forces on the jihadists further west. Operations by the French Barkhane force in the Malian-Nigerien border area since January have pushed ISGS fighters into the interior of Tillaberi, said Yvan Guichaoua, a researcher at the University of Kent.",
    "The government rejects the idea that it has abandoned the region. Defence Minister Issoufou Katambé said last week that troops would return to the border zone \"as soon as conditions allow\" and that new bases were under construction.",
    "Aid groups say the humanitarian situation is worsening as the lean season begins. The World Food Programme estimates that some 400,000 people in Tillaberi will need food assistance between June and August.",
], "analysis with causal drivers, year-on-year aggregate, one incident toll raised")
d.event(["Gunmen on motorbikes killed 11 villagers near Banibangou in Niger's western Tillaberi region on Tuesday",
         "The attackers stormed the village at dusk, rounded up men near the mosque and shot them"],
        date="2020-06-09", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Niger)",
        actor1_alt=["Islamic State (Greater Sahara)"], actor2="Civilians (Niger)", country="Niger", admin1="Tillaberi",
        admin1_alt=["Tillabéri"], admin2="Ouallam", location="Banibangou", lat=15.04, lon=2.70, prec=2, fatalities=11,
        fatalities_note="first count 6 raised to 11 by the same councillor")
CL = ["Issoufou Abdou", "a regional councillor"]
d.quote("Gunmen on motorbikes killed 11 villagers near Banibangou in Niger's western Tillaberi region on Tuesday", "local officials",
        "local officials", "unnamed official")
d.quote("The attackers stormed the village at dusk, rounded up men near the mosque and shot them", "a regional councillor, Issoufou Abdou",
        "Issoufou Abdou", "named", role="regional councillor", medium="Reuters")
d.quote("the first count on Tuesday night was six dead and that five more bodies were found on Wednesday", "He", "Issoufou Abdou", "named",
        mentions=["Issoufou Abdou"], role="regional councillor")
d.quote("is being driven by a mix of coronavirus restrictions, collapsing herding economies and a thinning military presence in the countryside",
        "analysts and aid workers", "analysts and aid workers", "anonymous", direct=False)
d.quote("Attacks on civilians in Tillaberi rose to 96 in the first five months of this year, up from 38 in the same period of 2019",
        "an international aid organisation", "an international aid organisation", "anonymous")
d.quote("More than 100,000 people are now displaced inside the region", "the U.N. refugee agency UNHCR", "UNHCR", "named")
d.quote("Several factors are feeding the violence", "analysts", "analysts", "anonymous")
d.quote("\"The lockdown cut people off from the market, and the only ones still paying were the armed groups,\"", "Bakary Sambe",
        "Bakary Sambe", "named", role="director", aff="Timbuktu Institute")
d.quote("\"They pay a motorbike, a phone, sometimes a monthly stipend.\"", "Bakary Sambe", "Bakary Sambe", "named", role="director",
        aff="Timbuktu Institute")
d.quote("the closure of weekly markets could push more young men toward the jihadists in the coming months if the restrictions stay in place",
        "A U.N. official in Niamey", "A U.N. official in Niamey", "unnamed official", aff="United Nations")
d.quote("that left villages with no protection", "Residents", "Residents", "anonymous")
d.quote("\"The soldiers left in January. Since then, the jihadists come in the daytime and collect zakat as if they were the state,\"",
        "a trader from Banibangou", "a trader from Banibangou", "anonymous")
d.quote("The porous frontier has allowed the groups to regroup in Mali's Menaka region whenever Nigerien troops advance",
        "a senior Nigerien security official", "a senior Nigerien security official", "unnamed official")
d.quote("\"People join not because they believe in the caliphate but because they have lost their cattle and want revenge,\"",
        "Hannatou Moussa", "Hannatou Moussa", "named", role="head of a peace-building association")
d.quote("Operations by the French Barkhane force in the Malian-Nigerien border area since January have pushed ISGS fighters into the interior of Tillaberi",
        "Yvan Guichaoua", "Yvan Guichaoua", "named", role="researcher", aff="University of Kent")
d.quote("troops would return to the border zone \"as soon as conditions allow\" and that new bases were under construction",
        "Defence Minister Issoufou Katambé", "Issoufou Katambé", "named", role="Defence Minister", aff="Government of Niger")
d.quote("some 400,000 people in Tillaberi will need food assistance between June and August", "The World Food Programme",
        "The World Food Programme", "named")
d.quote("the humanitarian situation is worsening as the lean season begins", "Aid groups", "Aid groups", "anonymous")
d.agg("Attacks on civilians in Tillaberi rose to 96 in the first five months of this year", "attacks on civilians", "attacks",
      claimant="an international aid organisation", quantity=96, ps="2020-01-01", pe="2020-05-31", scope="Tillaberi")
d.agg("up from 38 in the same period of 2019", "attacks on civilians", "attacks", claimant="an international aid organisation",
      quantity=38, ps="2019-01-01", pe="2019-05-31", scope="Tillaberi")
d.agg("More than 100,000 people are now displaced inside the region", "internally displaced people", "people", claimant="UNHCR",
      quantity=100000, low=100000, qualifier="more than", pe="2020-06-12", scope="Tillaberi")
d.causal("a wave of attacks that analysts and aid workers say is being driven by a mix of coronavirus restrictions, collapsing herding economies and a thinning military presence in the countryside",
         "a mix of coronavirus restrictions, collapsing herding economies and a thinning military presence in the countryside",
         "a wave of attacks", driver="pandemic/lockdown", claimant="analysts and aid workers")
d.causal("The lockdown cut people off from the market, and the only ones still paying were the armed groups",
         "The lockdown", "cut people off from the market", driver="pandemic/lockdown", claimant="Bakary Sambe")
d.causal("the closure of weekly markets could push more young men toward the jihadists in the coming months",
         "the closure of weekly markets", "push more young men toward the jihadists", driver="pandemic/lockdown",
         claimant="A U.N. official in Niamey", hedged=True)
d.causal("Residents say that left villages with no protection", "that", "left villages with no protection",
         driver="security posture/deployment", claimant="Residents")
d.causal("The porous frontier has allowed the groups to regroup in Mali's Menaka region whenever Nigerien troops advance",
         "The porous frontier", "the groups to regroup in Mali's Menaka region", driver="terrain/safe havens",
         claimant="a senior Nigerien security official")
d.causal("Cattle raiding between Fulani herders and Tuareg and Daoussahak communities, worsened by years of drought, has turned into a cycle of revenge killings",
         "Cattle raiding between Fulani herders and Tuareg and Daoussahak communities", "a cycle of revenge killings",
         driver="economic hardship/unemployment", claimant=None)
d.causal("Cattle raiding between Fulani herders and Tuareg and Daoussahak communities, worsened by years of drought",
         "years of drought", "Cattle raiding between Fulani herders and Tuareg and Daoussahak communities", driver=None, claimant=None)
d.causal("recruiting among Fulani who feel unprotected by the state", "feel unprotected by the state", "recruiting among Fulani",
         driver="governance/corruption", claimant=None)
d.causal("People join not because they believe in the caliphate but because they have lost their cattle and want revenge",
         "they have lost their cattle and want revenge", "People join", driver="economic hardship/unemployment", claimant="Hannatou Moussa")
d.causal("Operations by the French Barkhane force in the Malian-Nigerien border area since January have pushed ISGS fighters into the interior of Tillaberi",
         "Operations by the French Barkhane force in the Malian-Nigerien border area since January", "pushed ISGS fighters into the interior of Tillaberi",
         driver=None, claimant="Yvan Guichaoua")


# ---------------------------------------------------------------- 04: Niger Diffa, single attack, toll raised, distinct sources
d = Doc(4, "Jihadists kill eight Nigerien soldiers near Bosso, ministry raises toll", "2022-04-06", [
    "NIAMEY, April 6 (AFP) - Jihadists attacked an army position near Bosso in southeastern Niger's Diffa region late on Monday, killing eight soldiers, the defence ministry said on Wednesday, raising a toll of five it had given a day earlier.",
    "Dozens of fighters in pick-up trucks and on motorcycles struck the post shortly before midnight from the direction of Lake Chad, the ministry said in a statement read on state television. \"The assailants were repelled after intense fighting and suffered heavy losses,\" it said, without giving a figure for the attackers' dead.",
    "On Tuesday the ministry had reported five soldiers killed and 12 wounded. Wednesday's statement said three of the wounded had since died.",
    "A local elected official in Bosso, reached by telephone, said 11 soldiers had been killed and that several vehicles were missing. \"They took two armoured cars and a lot of ammunition. The soldiers were outnumbered,\" said the official, who asked not to be named.",
    "No group has yet claimed the assault. The area is frequented by fighters of the Islamic State West Africa Province (ISWAP), which split from Boko Haram in 2016, and by Boko Haram's Shekau faction, which has been weakened since the death of its leader last year.",
    "In a separate incident on Sunday, gunmen abducted six women collecting firewood near the village of Kablewa, west of Bosso, a humanitarian source said. Their families have received no ransom demand.",
    "The Diffa region, which borders Nigeria's Borno state, hosts some 300,000 refugees, displaced people and returnees, according to the U.N. humanitarian coordination office OCHA, a population that has grown since insurgents began raiding villages on the Nigerien shore of the lake in 2015.",
    "The islands and reed beds of Lake Chad give the insurgents hideouts that are almost impossible to patrol, a Nigerien officer said, speaking on condition of anonymity. \"We cannot see them until they are on us,\" he said.",
    "Economic restrictions imposed to starve the jihadists of revenue have also hurt ordinary people. A ban on the trade in fish and red peppers, two pillars of the local economy, has left thousands of young men without work, making them easier to recruit, said Abdoulaye Mamane, a civil society leader in Diffa town.",
    "\"A boy who cannot sell his peppers will take 50,000 CFA francs from whoever offers it,\" Mamane said.",
    "Niger has run a programme since 2016 to reintegrate Boko Haram defectors, housed at a camp at Goudoumaria. Residents of several villages complain that the resettlement of former fighters among the families of their victims has stoked anger, and a U.N. official in Niamey said the tensions could undermine the programme.",
    "The government says the programme has allowed several hundred fighters to leave the bush. Interior Minister Hamadou Adamou Souley said last month that the return of displaced families to their villages was \"proof that security is improving\".",
    "Niger is also battling jihadists in its western Tillaberi region near the borders with Mali and Burkina Faso.",
], "single attack, toll raised by the ministry; distinct local source gives higher toll")
d.event(["Jihadists attacked an army position near Bosso in southeastern Niger's Diffa region late on Monday, killing eight soldiers",
         "Dozens of fighters in pick-up trucks and on motorcycles struck the post shortly before midnight"],
        date="2022-04-04", etype="Battles", sub="Armed clash", actor1="Unidentified Armed Group (Niger)",
        actor1_alt=["Islamic State West Africa Province", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"],
        actor2="Military Forces of Niger (2021-2023)", country="Niger", admin1="Diffa", admin2="Bosso", location="Bosso",
        lat=13.70, lon=13.31, prec=2, fatalities=8, injured=9,
        fatalities_note="ministry 5 raised to 8 (same source, update supersedes); local official 11 is a distinct higher source: conservative 8; attackers' losses unquantified")
d.event(["gunmen abducted six women collecting firewood near the village of Kablewa, west of Bosso"],
        date="2022-04-03", etype="Violence against civilians", sub="Abduction/forced disappearance",
        actor1="Unidentified Armed Group (Niger)", actor2="Civilians (Niger)", country="Niger", admin1="Diffa", admin2="Diffa",
        location="Kablewa", lat=None, lon=None, prec=2, fatalities=0)
MIN = ["the defence ministry", "the ministry"]
d.quote("Jihadists attacked an army position near Bosso in southeastern Niger's Diffa region late on Monday, killing eight soldiers",
        "the defence ministry", "Defence ministry of Niger", "named", mentions=MIN, alt=["the defence ministry"])
d.quote("Dozens of fighters in pick-up trucks and on motorcycles struck the post shortly before midnight from the direction of Lake Chad",
        "the ministry", "Defence ministry of Niger", "named", mentions=MIN, alt=["the defence ministry"], medium="statement on state television")
d.quote("\"The assailants were repelled after intense fighting and suffered heavy losses,\"", "it", "Defence ministry of Niger", "named",
        mentions=MIN, alt=["the defence ministry"], medium="statement on state television")
d.quote("five soldiers killed and 12 wounded", "the ministry", "Defence ministry of Niger", "named", mentions=MIN, alt=["the defence ministry"])
d.quote("three of the wounded had since died", "Wednesday's statement", "Defence ministry of Niger", "named", mentions=MIN,
        alt=["the defence ministry"], medium="statement")
d.quote("11 soldiers had been killed and that several vehicles were missing", "A local elected official in Bosso",
        "A local elected official in Bosso", "unnamed official", mentions=["the official"], medium="telephone")
d.quote("\"They took two armoured cars and a lot of ammunition. The soldiers were outnumbered,\"", "the official",
        "A local elected official in Bosso", "unnamed official", mentions=["A local elected official in Bosso"])
d.quote("gunmen abducted six women collecting firewood near the village of Kablewa, west of Bosso", "a humanitarian source",
        "a humanitarian source", "anonymous")
d.quote("hosts some 300,000 refugees, displaced people and returnees", "the U.N. humanitarian coordination office OCHA", "OCHA", "named")
d.quote("The islands and reed beds of Lake Chad give the insurgents hideouts that are almost impossible to patrol", "a Nigerien officer",
        "a Nigerien officer", "unnamed official")
d.quote("\"We cannot see them until they are on us,\"", "he", "a Nigerien officer", "unnamed official", mentions=["a Nigerien officer"])
d.quote("A ban on the trade in fish and red peppers, two pillars of the local economy, has left thousands of young men without work, making them easier to recruit",
        "Abdoulaye Mamane", "Abdoulaye Mamane", "named", mentions=["Mamane"], role="civil society leader")
d.quote("\"A boy who cannot sell his peppers will take 50,000 CFA francs from whoever offers it,\"", "Mamane", "Abdoulaye Mamane", "named",
        mentions=["Abdoulaye Mamane"], role="civil society leader")
d.quote("the resettlement of former fighters among the families of their victims has stoked anger", "Residents of several villages",
        "Residents of several villages", "anonymous")
d.quote("the tensions could undermine the programme", "a U.N. official in Niamey",
        "a U.N. official in Niamey", "unnamed official", aff="United Nations")
d.quote("the programme has allowed several hundred fighters to leave the bush", "The government", "Government of Niger", "named",
        alt=["The government"])
d.quote("the return of displaced families to their villages was \"proof that security is improving\"",
        "Interior Minister Hamadou Adamou Souley", "Hamadou Adamou Souley", "named", role="Interior Minister")
d.agg("hosts some 300,000 refugees, displaced people and returnees", "refugees, displaced people and returnees", "people",
      claimant="OCHA", quantity=300000, qualifier="some", pe="2022-04-06", scope="Diffa")
d.causal("The islands and reed beds of Lake Chad give the insurgents hideouts that are almost impossible to patrol",
         "The islands and reed beds of Lake Chad", "give the insurgents hideouts", driver="terrain/safe havens", claimant="a Nigerien officer")
d.causal("A ban on the trade in fish and red peppers, two pillars of the local economy, has left thousands of young men without work",
         "A ban on the trade in fish and red peppers", "has left thousands of young men without work", driver=None, claimant="Abdoulaye Mamane")
d.causal("has left thousands of young men without work, making them easier to recruit", "has left thousands of young men without work",
         "making them easier to recruit", driver="economic hardship/unemployment", claimant="Abdoulaye Mamane")
d.causal("Economic restrictions imposed to starve the jihadists of revenue have also hurt ordinary people",
         "Economic restrictions imposed to starve the jihadists of revenue", "hurt ordinary people", driver=None, claimant=None)
d.causal("the resettlement of former fighters among the families of their victims has stoked anger",
         "the resettlement of former fighters among the families of their victims", "has stoked anger",
         driver="displacement/camps/reintegration", claimant="Residents of several villages")
d.causal("the tensions could undermine the programme", "the tensions", "the programme",
         driver=None, claimant="a U.N. official in Niamey", hedged=True, pol="-")
d.causal("the programme has allowed several hundred fighters to leave the bush", "the programme", "several hundred fighters to leave the bush",
         driver=None, claimant="Government of Niger", pol="+")


# ---------------------------------------------------------------- 05: Mali Menaka/Gao, IS Sahel offensive, withdrawal drivers
d = Doc(5, "Islamic State fighters kill dozens in Mali's Menaka as French pull-out looms", "2022-03-12", [
    "BAMAKO, March 12 (AP) - Islamic State fighters killed at least 36 civilians in attacks on nomad camps around Anderamboukane in northeastern Mali's Menaka region this week, a local official said on Saturday, as residents fled toward the regional capital fearing a wider offensive.",
    "The attacks began on Tuesday, when gunmen on motorcycles surrounded several Tuareg and Daoussahak encampments east of Anderamboukane, close to the border with Niger. The official, who requested anonymity because he was not authorised to speak publicly, said on Wednesday that 20 bodies had been found. He raised the toll to 36 on Saturday after villagers returned to bury the dead.",
    "The Movement for the Salvation of Azawad (MSA), an armed group that has fought the jihadists in the area, put the toll at 48 and accused the Islamic State in the Greater Sahara of trying to \"empty the land\" of its communities. \"They kill the men, they take the animals, and the women and children walk to Menaka with nothing,\" MSA spokesman Moussa Ag Acharatoumane said.",
    "In neighbouring Gao region, two Malian soldiers were killed on Thursday when their vehicle hit a landmine about 10 km north of Ansongo, a military source said.",
    "More than 2,000 families have arrived in Menaka town since the beginning of March, according to a humanitarian coordination document seen by AP. The U.N. peacekeeping mission said it had recorded 265 civilians killed in the Menaka and Gao regions in the first two months of the year, almost three times as many as in the same period of 2021.",
    "The offensive comes weeks after France announced it would withdraw its Barkhane force and the European Takuba task force from Mali, after months of tension with the military junta that seized power in two coups in August 2020 and May 2021.",
    "A U.N. official in Bamako said the announced departure had emboldened the jihadists. \"The Islamic State is testing the ground. It wants to show the local population who will be in charge once the French are gone,\" the official said.",
    "Analysts say the withdrawal could leave a vacuum that neither the Malian army nor local militias can fill. \"The Malian army has never had a strong presence in Menaka. Without French air support, the MSA and GATIA will be outgunned,\" said Héni Nsaibia, a senior researcher who tracks violence in the Sahel.",
    "The junta has turned to Russian military contractors. Western governments say hundreds of fighters from the Wagner Group have deployed in Mali since December, mostly in the centre of the country. Bamako describes them as instructors from the Russian army.",
    "Nsaibia said the arrival of Wagner had accelerated the French exit, leaving the northeast without the air power that had kept the Islamic State on the defensive. He added that the shake-up of the army command after the May 2021 coup had slowed operations, as officers close to the former leadership were sidelined.",
    "Residents of Menaka also blame years of neglect. \"The state pays no salary here, builds no road, and the few officials who come take bribes at the checkpoints,\" said a teacher who fled Anderamboukane on Wednesday. \"That is why young people listen to the jihadists.\"",
    "Mali's transitional government did not respond to a request for comment. Prime Minister Choguel Kokalla Maïga said last month that Malian forces were \"rising in power\" and able to secure the whole territory.",
    "The Islamic State's Sahel branch has been fighting al Qaeda's JNIM affiliate as well as armed groups that signed the 2015 peace deal, turning the Menaka region into one of the most contested zones in the Sahel.",
], "multi-incident roundup with toll raised; withdrawal/coup/Wagner drivers")
OFF = ["The official", "He"]
d.event(["Islamic State fighters killed at least 36 civilians in attacks on nomad camps around Anderamboukane",
         "gunmen on motorcycles surrounded several Tuareg and Daoussahak encampments east of Anderamboukane"],
        date="2022-03-08", etype="Violence against civilians", sub="Attack", actor1="Islamic State (Greater Sahara)",
        actor1_alt=["Islamic State Sahel Province"], actor2="Civilians (Mali)", country="Mali", admin1="Menaka",
        admin1_alt=["Ménaka"], admin2="Menaka", location="Anderamboukane", lat=15.42, lon=3.03, prec=2, fatalities=36,
        fatalities_note="official 20 raised to 36 (same source); MSA 48 is a distinct higher source: conservative 36")
d.event(["two Malian soldiers were killed on Thursday when their vehicle hit a landmine about 10 km north of Ansongo"],
        date="2022-03-10", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
        actor1="Unidentified Armed Group (Mali)", actor2="Military Forces of Mali (2021-)", country="Mali", admin1="Gao",
        admin2="Ansongo", location="Ansongo", lat=15.66, lon=0.50, prec=2, fatalities=2)
d.quote("Islamic State fighters killed at least 36 civilians in attacks on nomad camps around Anderamboukane in northeastern Mali's Menaka region this week",
        "a local official", "a local official", "unnamed official", mentions=["The official"])
d.quote("20 bodies had been found", "The official, who requested anonymity", "a local official", "unnamed official",
        mentions=["a local official"])
d.quote("raised the toll to 36 on Saturday", "He", "a local official", "unnamed official", mentions=["a local official", "The official"],
        after="bodies had been found.")
d.quote("put the toll at 48", "The Movement for the Salvation of Azawad (MSA)", "Movement for the Salvation of Azawad", "named",
        mentions=["The Movement for the Salvation of Azawad (MSA)"])
d.quote("the Islamic State in the Greater Sahara of trying to \"empty the land\" of its communities",
        "The Movement for the Salvation of Azawad (MSA)", "Movement for the Salvation of Azawad", "named")
d.quote("\"They kill the men, they take the animals, and the women and children walk to Menaka with nothing,\"",
        "MSA spokesman Moussa Ag Acharatoumane", "Moussa Ag Acharatoumane", "named", role="spokesman", aff="MSA")
d.quote("two Malian soldiers were killed on Thursday when their vehicle hit a landmine about 10 km north of Ansongo",
        "a military source", "a military source", "unnamed official")
d.quote("More than 2,000 families have arrived in Menaka town since the beginning of March", "a humanitarian coordination document",
        "a humanitarian coordination document", "anonymous", direct=False)
d.quote("it had recorded 265 civilians killed in the Menaka and Gao regions in the first two months of the year, almost three times as many as in the same period of 2021",
        "The U.N. peacekeeping mission", "MINUSMA", "named", alt=["The U.N. peacekeeping mission"])
d.quote("the announced departure had emboldened the jihadists", "A U.N. official in Bamako", "A U.N. official in Bamako",
        "unnamed official", mentions=["the official"], aff="United Nations")
d.quote("\"The Islamic State is testing the ground. It wants to show the local population who will be in charge once the French are gone,\"",
        "the official", "A U.N. official in Bamako", "unnamed official", mentions=["A U.N. official in Bamako"], after="emboldened the jihadists.")
d.quote("the withdrawal could leave a vacuum that neither the Malian army nor local militias can fill", "Analysts", "Analysts", "anonymous")
d.quote("\"The Malian army has never had a strong presence in Menaka. Without French air support, the MSA and GATIA will be outgunned,\"",
        "Héni Nsaibia", "Héni Nsaibia", "named", mentions=["Nsaibia"], role="senior researcher")
d.quote("hundreds of fighters from the Wagner Group have deployed in Mali since December, mostly in the centre of the country",
        "Western governments", "Western governments", "named")
d.quote("them as instructors from the Russian army", "Bamako", "Government of Mali", "named", alt=["Bamako"], after="centre of the country.")
d.quote("the arrival of Wagner had accelerated the French exit, leaving the northeast without the air power that had kept the Islamic State on the defensive",
        "Nsaibia", "Héni Nsaibia", "named", mentions=["Héni Nsaibia"], role="senior researcher")
d.quote("the shake-up of the army command after the May 2021 coup had slowed operations, as officers close to the former leadership were sidelined",
        "He", "Héni Nsaibia", "named", mentions=["Héni Nsaibia", "Nsaibia"], role="senior researcher")
d.quote("\"The state pays no salary here, builds no road, and the few officials who come take bribes at the checkpoints,\"",
        "a teacher who fled Anderamboukane on Wednesday", "a teacher who fled Anderamboukane on Wednesday", "anonymous")
d.quote("\"That is why young people listen to the jihadists.\"", "a teacher who fled Anderamboukane on Wednesday",
        "a teacher who fled Anderamboukane on Wednesday", "anonymous")
d.quote("Malian forces were \"rising in power\" and able to secure the whole territory", "Prime Minister Choguel Kokalla Maïga",
        "Choguel Kokalla Maïga", "named", role="Prime Minister", aff="Government of Mali")
d.agg("More than 2,000 families have arrived in Menaka town since the beginning of March", "displaced families", "families",
      claimant="a humanitarian coordination document", quantity=2000, low=2000, qualifier="more than", ps="2022-03-01", pe="2022-03-12",
      scope="Menaka town")
d.agg("it had recorded 265 civilians killed in the Menaka and Gao regions in the first two months of the year", "civilians killed", "people",
      claimant="MINUSMA", quantity=265, ps="2022-01-01", pe="2022-02-28", scope="Menaka and Gao regions")
d.causal("the announced departure had emboldened the jihadists", "the announced departure", "had emboldened the jihadists",
         driver="security posture/deployment", claimant="A U.N. official in Bamako")
d.causal("the withdrawal could leave a vacuum that neither the Malian army nor local militias can fill", "the withdrawal",
         "leave a vacuum that neither the Malian army nor local militias can fill", driver="security posture/deployment",
         claimant="Analysts", hedged=True)
d.causal("the arrival of Wagner had accelerated the French exit", "the arrival of Wagner", "had accelerated the French exit",
         driver="external support", claimant="Héni Nsaibia")
d.causal("the French exit, leaving the northeast without the air power that had kept the Islamic State on the defensive",
         "the French exit", "leaving the northeast without the air power", driver="security posture/deployment", claimant="Héni Nsaibia")
d.causal("the shake-up of the army command after the May 2021 coup had slowed operations, as officers close to the former leadership were sidelined",
         "the shake-up of the army command after the May 2021 coup", "had slowed operations", driver="leadership/command change",
         claimant="Héni Nsaibia", pol="-")
d.causal("That is why young people listen to the jihadists", "That", "young people listen to the jihadists", driver="governance/corruption",
         claimant="a teacher who fled Anderamboukane on Wednesday")
d.causal("has been fighting al Qaeda's JNIM affiliate as well as armed groups that signed the 2015 peace deal, turning the Menaka region into one of the most contested zones in the Sahel",
         "has been fighting al Qaeda's JNIM affiliate as well as armed groups that signed the 2015 peace deal",
         "turning the Menaka region into one of the most contested zones in the Sahel", driver=None, claimant=None)


# ---------------------------------------------------------------- 06: Benin and Togo, coastal spillover roundup
d = Doc(6, "Jihadist attacks spread in northern Benin and Togo, killing at least 14 soldiers and civilians", "2023-02-17", [
    "COTONOU, Feb 17 (Reuters) - Suspected jihadists killed at least 14 people in three attacks in northern Benin and Togo this week, officials and residents said, in a sign that violence rooted in the Sahel is spreading further toward the Gulf of Guinea.",
    "In Benin's Alibori department, five soldiers were killed on Wednesday when an explosive device hit their patrol vehicle inside W National Park, about 30 km south of Karimama, two security sources said. One of them had initially put the toll at three, but said on Thursday that two badly wounded soldiers had died at the military hospital in Kandi.",
    "A day earlier, on Tuesday, gunmen on motorbikes attacked a police station on the edge of Banikoara, killing two police officers before setting the building alight, the police directorate said in a statement. Residents said the attackers had shouted slogans in Fulfulde and left with weapons.",
    "In Togo, armed men killed seven civilians in a village in Kpendjal prefecture in the northern Savanes region on Thursday night, a local official told Reuters. Government spokesman Yawa Kouigan confirmed \"an attack by terrorist individuals\" in the area but gave no toll.",
    "The al Qaeda-affiliated group JNIM claimed the Banikoara attack in a message on Telegram, according to the SITE Intelligence Group. There was no immediate claim for the others.",
    "Benin's army has recorded 46 attacks or attempted attacks in its northern departments since November 2021, an army official said, up from only a handful in the previous two years. In Togo, more than 12,000 people have fled their homes in the Savanes region, according to the national civil protection agency.",
    "Security experts say the protected forests and hunting reserves that straddle the borders, notably the W-Arly-Pendjari park complex shared by Benin, Burkina Faso and Niger, have become rear bases for fighters operating in Burkina Faso's Est region.",
    "\"The parks offer water, game, cover and almost no state presence. For an armed group under pressure in Burkina, they are the obvious place to rest, recruit and resupply,\" said Kars de Bruijne, a researcher at the Clingendael Institute in The Hague.",
    "De Bruijne added that the groups had exploited frustrations among Fulani herders in northern Benin, where restrictions on cross-border transhumance introduced in 2019 had cut off traditional grazing routes, pushing some herders toward the militants.",
    "A Beninese official in Kandi, who asked not to be named, said arrests of Fulani suspects on flimsy evidence were \"feeding the resentment that the terrorists use\". Human rights groups have reported cases of suspected extrajudicial killings of herders by soldiers, which the government denies.",
    "Others point to the smuggling economy. Fuel, motorbikes and stolen cattle move through the parks to markets in Nigeria and Burkina Faso, and the militants tax the traffic, said a trader in Malanville, speaking on condition of anonymity. \"Everybody pays. The jihadists, the customs, the forest guards,\" the trader said.",
    "Benin deployed some 3,000 additional troops to the north last year under an operation called Mirador, and Togo declared a state of emergency in the Savanes region in June. Both governments say their forces are holding the line.",
    "\"The enemy has changed its tactics, but we have changed ours too. The north will not fall,\" Benin's Defence Minister Fortunet Alain Nouatin told parliament this month.",
], "multi-incident roundup across two countries; terrain and livelihood drivers")
d.event(["five soldiers were killed on Wednesday when an explosive device hit their patrol vehicle inside W National Park, about 30 km south of Karimama"],
        date="2023-02-15", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
        actor1="Unidentified Armed Group (Benin)", actor1_alt=["JNIM: Group for Support of Islam and Muslims"],
        actor2="Military Forces of Benin (2016-)", country="Benin", admin1="Alibori", admin2="Karimama", location="Karimama",
        location_alt=["W National Park"], lat=None, lon=None, prec=2, fatalities=5,
        fatalities_note="security source's 3 raised to 5 by the same source")
d.event(["gunmen on motorbikes attacked a police station on the edge of Banikoara, killing two police officers before setting the building alight"],
        date="2023-02-14", etype="Battles", sub="Armed clash", sub_alt=["Attack"], actor1="JNIM: Group for Support of Islam and Muslims",
        actor2="Police Forces of Benin (2016-)", country="Benin", admin1="Alibori", admin2="Banikoara", location="Banikoara",
        lat=11.30, lon=2.44, prec=1, fatalities=2)
d.event(["armed men killed seven civilians in a village in Kpendjal prefecture in the northern Savanes region on Thursday night"],
        date="2023-02-16", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Togo)",
        actor2="Civilians (Togo)", country="Togo", admin1="Savanes", admin2="Kpendjal", location="Kpendjal", lat=None, lon=None,
        prec=2, fatalities=7)
d.quote("Suspected jihadists killed at least 14 people in three attacks in northern Benin and Togo this week", "officials and residents",
        "officials and residents", "unnamed official")
d.quote("five soldiers were killed on Wednesday when an explosive device hit their patrol vehicle inside W National Park, about 30 km south of Karimama",
        "two security sources", "two security sources", "unnamed official")
d.quote("put the toll at three", "One of them", "One of the two security sources", "unnamed official", alt=["two security sources"],
        after="south of Karimama")
d.quote("two badly wounded soldiers had died at the military hospital in Kandi", "One of them", "One of the two security sources",
        "unnamed official", alt=["two security sources"], after="south of Karimama")
d.quote("gunmen on motorbikes attacked a police station on the edge of Banikoara, killing two police officers before setting the building alight",
        "the police directorate", "the police directorate", "named", medium="statement")
d.quote("the attackers had shouted slogans in Fulfulde and left with weapons", "Residents", "Residents", "anonymous", after="in a statement.")
d.quote("armed men killed seven civilians in a village in Kpendjal prefecture in the northern Savanes region on Thursday night",
        "a local official", "a local official", "unnamed official", medium="Reuters")
d.quote("\"an attack by terrorist individuals\" in the area", "Government spokesman Yawa Kouigan", "Yawa Kouigan", "named",
        role="Government spokesman", aff="Government of Togo")
d.quote("The al Qaeda-affiliated group JNIM claimed the Banikoara attack in a message on Telegram", "the SITE Intelligence Group",
        "SITE Intelligence Group", "named")
d.quote("Benin's army has recorded 46 attacks or attempted attacks in its northern departments since November 2021",
        "an army official", "an army official", "unnamed official")
d.quote("more than 12,000 people have fled their homes in the Savanes region", "the national civil protection agency",
        "the national civil protection agency", "named")
d.quote("the protected forests and hunting reserves that straddle the borders, notably the W-Arly-Pendjari park complex shared by Benin, Burkina Faso and Niger, have become rear bases for fighters operating in Burkina Faso's Est region",
        "Security experts", "Security experts", "anonymous")
d.quote("\"The parks offer water, game, cover and almost no state presence. For an armed group under pressure in Burkina, they are the obvious place to rest, recruit and resupply,\"",
        "Kars de Bruijne", "Kars de Bruijne", "named", mentions=["De Bruijne"], role="researcher", aff="Clingendael Institute")
d.quote("the groups had exploited frustrations among Fulani herders in northern Benin, where restrictions on cross-border transhumance introduced in 2019 had cut off traditional grazing routes, pushing some herders toward the militants",
        "De Bruijne", "Kars de Bruijne", "named", mentions=["Kars de Bruijne"], role="researcher", aff="Clingendael Institute")
d.quote("arrests of Fulani suspects on flimsy evidence were \"feeding the resentment that the terrorists use\"",
        "A Beninese official in Kandi", "A Beninese official in Kandi", "unnamed official")
d.quote("cases of suspected extrajudicial killings of herders by soldiers", "Human rights groups", "Human rights groups", "anonymous")
d.quote("Fuel, motorbikes and stolen cattle move through the parks to markets in Nigeria and Burkina Faso, and the militants tax the traffic",
        "a trader in Malanville", "a trader in Malanville", "anonymous", mentions=["the trader"])
d.quote("\"Everybody pays. The jihadists, the customs, the forest guards,\"", "the trader", "a trader in Malanville", "anonymous",
        mentions=["a trader in Malanville"])
d.quote("their forces are holding the line", "Both governments", "Both governments", "named")
d.quote("\"The enemy has changed its tactics, but we have changed ours too. The north will not fall,\"",
        "Benin's Defence Minister Fortunet Alain Nouatin", "Fortunet Alain Nouatin", "named", role="Defence Minister", aff="Government of Benin")
d.agg("Benin's army has recorded 46 attacks or attempted attacks in its northern departments since November 2021", "attacks or attempted attacks",
      "attacks", claimant="an army official", quantity=46, ps="2021-11-01", pe="2023-02-17", scope="northern Benin")
d.agg("more than 12,000 people have fled their homes in the Savanes region", "displaced people", "people",
      claimant="the national civil protection agency", quantity=12000, low=12000, qualifier="more than", pe="2023-02-17", scope="Savanes, Togo")
d.causal("The parks offer water, game, cover and almost no state presence. For an armed group under pressure in Burkina, they are the obvious place to rest, recruit and resupply",
         "The parks offer water, game, cover and almost no state presence", "they are the obvious place to rest, recruit and resupply",
         driver="terrain/safe havens", claimant="Kars de Bruijne")
d.causal("restrictions on cross-border transhumance introduced in 2019 had cut off traditional grazing routes, pushing some herders toward the militants",
         "restrictions on cross-border transhumance introduced in 2019 had cut off traditional grazing routes", "pushing some herders toward the militants",
         driver="economic hardship/unemployment", claimant="Kars de Bruijne")
d.causal("arrests of Fulani suspects on flimsy evidence were \"feeding the resentment that the terrorists use\"",
         "arrests of Fulani suspects on flimsy evidence", "the resentment that the terrorists use", driver="sectarian grievance",
         claimant="A Beninese official in Kandi")


# ---------------------------------------------------------------- 07: Mali Segou/Mopti, army and Wagner operations, JNIM
d = Doc(7, "Villagers accuse Malian troops and Russian fighters of killings in Segou; bus bomb kills 11 near Bandiagara", "2023-04-08", [
    "BAMAKO, April 8 (AFP) - Malian soldiers accompanied by foreign fighters killed at least 12 people in a village near Niono in the central Segou region on Monday, residents and a local elected official said, days before a roadside bomb killed 11 bus passengers in neighbouring Mopti region.",
    "Witnesses said troops arrived by helicopter and on foot at dawn, gathered men at the weekly market and led them to a dry riverbed where they were shot. \"The white soldiers did not speak French. They chose the men with beards and took them away,\" said a livestock trader who hid in a granary.",
    "The local official, who requested anonymity for his safety, gave a toll of 20 dead, all civilians. The army said in a statement that an operation in the area had \"neutralised 12 terrorists\" and seized weapons and motorcycles.",
    "Mali's military authorities describe the Russians deployed in the country since late 2021 as instructors. Western governments and the United Nations say they belong to the Wagner Group.",
    "On Wednesday, fighters of the al Qaeda-linked JNIM ambushed a unit of Dozo traditional hunters near Macina, killing six of them, a Dozo leader in Segou said. The hunters' militias, which fight alongside the army in parts of central Mali, have themselves been accused of killing Fulani civilians.",
    "On Thursday, a bus travelling from Bandiagara to Mopti hit an improvised explosive device, killing nine passengers, a regional health official said. The same official raised the toll to 11 on Friday, saying two wounded women had died in hospital in Sévaré.",
    "The United Nations human rights office said in a report last month that it had documented 1,277 civilians killed in Mali in 2022, the highest toll in a decade. Nearly two-thirds of them were killed in the Mopti and Segou regions, it said.",
    "Security analysts say several factors explain the surge in the centre.",
    "The first is the change in military strategy since the colonels took power in 2020 and 2021. \"The junta chose a total war approach, and Wagner brought a doctrine of mass punishment,\" said Ousmane Diallo, a researcher for Amnesty International. \"Every village where jihadists buy tea becomes a target.\"",
    "Such operations push young Fulani men into the arms of JNIM as a result of anger and fear, according to a humanitarian worker in Segou. \"After a massacre, the jihadists come back and say: you see, only we can protect you,\" the worker said.",
    "The stigmatisation of Fulani communities, whom many Bambara and Dogon villagers now equate with the jihadists, has also made it easier for militias to justify attacks on herders' hamlets, the humanitarian worker said.",
    "The departure of French troops in August last year removed an actor that had at least monitored abuses, a Western diplomat in Bamako said, and the restrictions placed on U.N. peacekeepers' flights have limited investigations. \"Nobody is watching any more. That has emboldened everybody with a gun,\" the diplomat said.",
    "Mali's government rejects accusations of abuses. Defence Minister Colonel Sadio Camara has said the army respects human rights and that \"terrorists disguise themselves as civilians\".",
    "In the Segou region, farmers say they have been unable to plant for two seasons because armed groups have laid siege to villages, blockading roads and burning fields. The World Food Programme says more than 1.2 million people in central Mali face acute food insecurity.",
], "multi-incident, contested toll, abuse allegation; Wagner/strategy drivers")
d.event(["Malian soldiers accompanied by foreign fighters killed at least 12 people in a village near Niono in the central Segou region on Monday",
         "gathered men at the weekly market and led them to a dry riverbed where they were shot"],
        date="2023-04-03", etype="Violence against civilians", sub="Attack", actor1="Military Forces of Mali (2021-)",
        actor1_alt=["Wagner Group"], actor2="Civilians (Mali)", country="Mali", admin1="Segou", admin1_alt=["Ségou"], admin2="Niono",
        location="Niono", lat=None, lon=None, prec=2, fatalities=12,
        fatalities_note="residents 'at least 12', official 20, army 12 'terrorists': conservative 12")
d.event(["fighters of the al Qaeda-linked JNIM ambushed a unit of Dozo traditional hunters near Macina, killing six of them"],
        date="2023-04-05", etype="Battles", sub="Armed clash", actor1="JNIM: Group for Support of Islam and Muslims",
        actor2="Dozo Communal Militia (Mali)", country="Mali", admin1="Segou", admin1_alt=["Ségou"], admin2="Macina", location="Macina",
        lat=13.96, lon=-5.36, prec=2, fatalities=6)
d.event(["a bus travelling from Bandiagara to Mopti hit an improvised explosive device, killing nine passengers",
         "The same official raised the toll to 11 on Friday"],
        date="2023-04-06", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", actor1="Unidentified Armed Group (Mali)",
        actor2="Civilians (Mali)", country="Mali", admin1="Mopti", admin2="Bandiagara", location="Bandiagara", lat=None, lon=None, prec=2,
        fatalities=11, fatalities_note="9 raised to 11 by the same health official")
HW = ["a humanitarian worker in Segou", "the worker", "the humanitarian worker"]
DIP = ["a Western diplomat in Bamako", "the diplomat"]
d.quote("Malian soldiers accompanied by foreign fighters killed at least 12 people in a village near Niono in the central Segou region on Monday",
        "residents and a local elected official", "residents and a local elected official", "anonymous")
d.quote("troops arrived by helicopter and on foot at dawn, gathered men at the weekly market and led them to a dry riverbed where they were shot",
        "Witnesses", "Witnesses", "anonymous")
d.quote("\"The white soldiers did not speak French. They chose the men with beards and took them away,\"",
        "a livestock trader who hid in a granary", "a livestock trader who hid in a granary", "anonymous")
d.quote("a toll of 20 dead, all civilians", "The local official", "The local official", "unnamed official",
        mentions=["a local elected official"])
d.quote("an operation in the area had \"neutralised 12 terrorists\" and seized weapons and motorcycles", "The army",
        "Military Forces of Mali", "named", alt=["The army"], medium="statement", after="all civilians.")
d.quote("the Russians deployed in the country since late 2021 as instructors", "Mali's military authorities", "Mali's military authorities", "named")
d.quote("they belong to the Wagner Group", "Western governments and the United Nations", "Western governments and the United Nations", "named")
d.quote("fighters of the al Qaeda-linked JNIM ambushed a unit of Dozo traditional hunters near Macina, killing six of them",
        "a Dozo leader in Segou", "a Dozo leader in Segou", "unnamed official", aff="Dozo militia")
d.quote("a bus travelling from Bandiagara to Mopti hit an improvised explosive device, killing nine passengers",
        "a regional health official", "a regional health official", "unnamed official", mentions=["The same official"])
d.quote("two wounded women had died in hospital in Sévaré", "The same official", "a regional health official", "unnamed official",
        mentions=["a regional health official"])
d.quote("it had documented 1,277 civilians killed in Mali in 2022, the highest toll in a decade", "The United Nations human rights office",
        "The United Nations human rights office", "named", medium="report")
d.quote("Nearly two-thirds of them were killed in the Mopti and Segou regions", "it", "The United Nations human rights office", "named",
        mentions=["The United Nations human rights office"], after="highest toll in a decade.", medium="report")
d.quote("several factors explain the surge in the centre", "Security analysts", "Security analysts", "anonymous")
d.quote("\"The junta chose a total war approach, and Wagner brought a doctrine of mass punishment,\"", "Ousmane Diallo", "Ousmane Diallo",
        "named", role="researcher", aff="Amnesty International")
d.quote("\"Every village where jihadists buy tea becomes a target.\"", "Ousmane Diallo", "Ousmane Diallo", "named", role="researcher",
        aff="Amnesty International")
d.quote("Such operations push young Fulani men into the arms of JNIM as a result of anger and fear", "a humanitarian worker in Segou",
        "a humanitarian worker in Segou", "anonymous", mentions=HW)
d.quote("\"After a massacre, the jihadists come back and say: you see, only we can protect you,\"", "the worker",
        "a humanitarian worker in Segou", "anonymous", mentions=HW)
d.quote("The stigmatisation of Fulani communities, whom many Bambara and Dogon villagers now equate with the jihadists, has also made it easier for militias to justify attacks on herders' hamlets",
        "the humanitarian worker", "a humanitarian worker in Segou", "anonymous", mentions=HW)
d.quote("The departure of French troops in August last year removed an actor that had at least monitored abuses", "a Western diplomat in Bamako",
        "a Western diplomat in Bamako", "unnamed official", mentions=DIP)
d.quote("\"Nobody is watching any more. That has emboldened everybody with a gun,\"", "the diplomat", "a Western diplomat in Bamako",
        "unnamed official", mentions=DIP)
d.quote("the army respects human rights and that \"terrorists disguise themselves as civilians\"", "Defence Minister Colonel Sadio Camara",
        "Sadio Camara", "named", role="Defence Minister", aff="Government of Mali")
d.quote("accusations of abuses", "Mali's government", "Government of Mali", "named", alt=["Mali's government"])
d.quote("they have been unable to plant for two seasons because armed groups have laid siege to villages, blockading roads and burning fields",
        "farmers", "farmers", "anonymous", after="In the Segou region,")
d.quote("more than 1.2 million people in central Mali face acute food insecurity", "The World Food Programme", "The World Food Programme", "named")
d.agg("it had documented 1,277 civilians killed in Mali in 2022", "civilians killed", "people",
      claimant="The United Nations human rights office", quantity=1277, ps="2022-01-01", pe="2022-12-31", scope="Mali")
d.agg("Nearly two-thirds of them were killed in the Mopti and Segou regions", "share of civilians killed", "percent",
      claimant="The United Nations human rights office", quantity=66.67, qualifier="nearly", ps="2022-01-01", pe="2022-12-31",
      scope="Mopti and Segou regions")
d.causal("\"The junta chose a total war approach, and Wagner brought a doctrine of mass punishment,\" said Ousmane Diallo, a researcher for Amnesty International. \"Every village where jihadists buy tea becomes a target.\"",
         "Wagner brought a doctrine of mass punishment", "Every village where jihadists buy tea becomes a target",
         driver="external support", claimant="Ousmane Diallo")
d.causal("Such operations push young Fulani men into the arms of JNIM as a result of anger and fear",
         "anger and fear", "push young Fulani men into the arms of JNIM", driver=None, claimant="a humanitarian worker in Segou")
d.causal("The stigmatisation of Fulani communities, whom many Bambara and Dogon villagers now equate with the jihadists, has also made it easier for militias to justify attacks on herders' hamlets",
         "The stigmatisation of Fulani communities", "easier for militias to justify attacks on herders' hamlets",
         driver="sectarian grievance", claimant="a humanitarian worker in Segou")
d.causal("the restrictions placed on U.N. peacekeepers' flights have limited investigations", "the restrictions placed on U.N. peacekeepers' flights",
         "have limited investigations", driver=None, claimant="a Western diplomat in Bamako", pol="-")
d.causal("Nobody is watching any more. That has emboldened everybody with a gun", "Nobody is watching any more",
         "has emboldened everybody with a gun", driver="security posture/deployment", claimant="a Western diplomat in Bamako")
d.causal("they have been unable to plant for two seasons because armed groups have laid siege to villages, blockading roads and burning fields",
         "armed groups have laid siege to villages", "they have been unable to plant for two seasons", driver=None, claimant="farmers", pol="-")


# ---------------------------------------------------------------- 08: Burkina Faso, year-on-year rise after coups
d = Doc(8, "Burkina Faso deaths soar after two coups as junta arms civilians; 31 killed near Gorom-Gorom", "2023-06-24", [
    "OUAGADOUGOU, June 24 (Reuters) - Suspected jihadists killed 31 soldiers and volunteer fighters in an ambush near Gorom-Gorom in northern Burkina Faso on Thursday, security sources said, as data showed deaths from the country's conflict in the first half of 2023 exceeding the toll for the same period last year by more than half.",
    "The convoy, which was escorting fuel trucks from Dori, came under fire from several directions about 25 km south of Gorom-Gorom, in the Sahel region's Oudalan province. Two security sources said on Thursday evening that 17 soldiers and volunteers had been killed. On Friday one of them said the toll had risen to 31, including 20 soldiers and 11 members of the Volunteers for the Defence of the Homeland (VDP), with several others missing.",
    "Islamic State's Sahel Province claimed the attack in a statement carried by its Amaq news agency and said it had killed \"dozens of apostates\".",
    "Separately, residents of a village near Kaya in the Centre-Nord region said VDP members killed at least nine Fulani civilians on Sunday in an apparent reprisal after an attack on a nearby post. \"They came with lists. They said we were feeding the jihadists,\" one resident said by telephone. The army did not respond to requests for comment.",
    "More than 4,100 people were killed in political violence in Burkina Faso between January and early June, according to a tally by a conflict monitoring project shared with Reuters, compared with about 2,600 in the first half of 2022. The number of people displaced within the country exceeded 2 million in March, according to the last figures published by the government.",
    "Analysts say the deterioration has accelerated since the two coups of 2022. Lieutenant Colonel Paul-Henri Sandaogo Damiba seized power in January promising to restore security, only to be ousted in September by Captain Ibrahim Traoré.",
    "\"Each coup meant a new chain of command, new regional commanders, and a purge of officers suspected of disloyalty. The army spent months reorganising while the jihadists advanced,\" said a former senior officer who asked not to be named.",
    "Traoré's government has since launched a campaign to recruit 50,000 VDP volunteers and given them two weeks of training. Rights groups say the mass arming of civilians has multiplied abuses because many recruits come from communities that see Fulani neighbours as collaborators.",
    "\"By putting weapons in the hands of one community against another, the state has turned a jihadist insurgency into a war between neighbours,\" said Daniel Eizenga, a research fellow at the Africa Center for Strategic Studies in Washington.",
    "The junta ordered French special forces out of the country in January, and the last of them left in February. A diplomat in Ouagadougou said the loss of French air support and intelligence could make convoys like the one hit on Thursday more vulnerable. \"There is nobody in the air anymore to see an ambush being prepared,\" the diplomat said.",
    "Traoré has rejected criticism, saying the army has retaken ground and that Burkina Faso would \"defend itself with its own sons\". Government spokesman Rimtalba Jean Emmanuel Ouédraogo said last week that the state was present in \"almost all\" of the national territory.",
    "Independent researchers say armed groups control or contest around 40 percent of the country. In towns under blockade such as Djibo, residents say prices of staples have tripled since February because convoys rarely get through, leaving families reliant on wild leaves.",
    "\"The blockade is a weapon. Hunger makes people leave, and then the jihadists take the empty land,\" a humanitarian official in Ouagadougou said.",
], "single incident toll raised + aggregate year-on-year + coup/VDP causal analysis")
d.event(["Suspected jihadists killed 31 soldiers and volunteer fighters in an ambush near Gorom-Gorom in northern Burkina Faso on Thursday",
         "came under fire from several directions about 25 km south of Gorom-Gorom",
         "the toll had risen to 31, including 20 soldiers and 11 members of the Volunteers for the Defence of the Homeland (VDP)"],
        date="2023-06-22", etype="Battles", sub="Armed clash", actor1="Islamic State (Sahel)", actor1_alt=["Islamic State Sahel Province"],
        actor2="Military Forces of Burkina Faso (2022-)", country="Burkina Faso", admin1="Sahel", admin2="Oudalan",
        location="Gorom-Gorom", lat=None, lon=None, prec=2, fatalities=31,
        fatalities_note="17 raised to 31 by the same security source; IS claim ('dozens') not used")
d.event(["VDP members killed at least nine Fulani civilians on Sunday in an apparent reprisal after an attack on a nearby post"],
        date="2023-06-18", etype="Violence against civilians", sub="Attack", actor1="VDP: Volunteers for the Defense of the Homeland",
        actor2="Civilians (Burkina Faso)", country="Burkina Faso", admin1="Centre-Nord", admin2="Sanmatenga", location="Kaya",
        lat=None, lon=None, prec=2, fatalities=9)
SS = ["security sources", "Two security sources"]
d.quote("Suspected jihadists killed 31 soldiers and volunteer fighters in an ambush near Gorom-Gorom in northern Burkina Faso on Thursday",
        "security sources", "security sources", "unnamed official", mentions=SS)
d.quote("17 soldiers and volunteers had been killed", "Two security sources", "security sources", "unnamed official", mentions=SS)
d.quote("the toll had risen to 31, including 20 soldiers and 11 members of the Volunteers for the Defence of the Homeland (VDP), with several others missing",
        "one of them", "One of the two security sources", "unnamed official", alt=["security sources"])
d.quote("it had killed \"dozens of apostates\"", "Islamic State's Sahel Province", "Islamic State's Sahel Province", "named",
        medium="Amaq statement")
d.quote("VDP members killed at least nine Fulani civilians on Sunday in an apparent reprisal after an attack on a nearby post",
        "residents of a village near Kaya in the Centre-Nord region", "residents of a village near Kaya in the Centre-Nord region", "anonymous")
d.quote("\"They came with lists. They said we were feeding the jihadists,\"", "one resident", "one resident", "anonymous", medium="telephone")
d.quote("More than 4,100 people were killed in political violence in Burkina Faso between January and early June",
        "a conflict monitoring project", "a conflict monitoring project", "anonymous")
d.quote("The number of people displaced within the country exceeded 2 million in March", "the government", "Government of Burkina Faso",
        "named", alt=["the government"])
d.quote("the deterioration has accelerated since the two coups of 2022", "Analysts", "Analysts", "anonymous")
d.quote("\"Each coup meant a new chain of command, new regional commanders, and a purge of officers suspected of disloyalty. The army spent months reorganising while the jihadists advanced,\"",
        "a former senior officer who asked not to be named", "a former senior officer who asked not to be named", "unnamed official")
d.quote("the mass arming of civilians has multiplied abuses because many recruits come from communities that see Fulani neighbours as collaborators",
        "Rights groups", "Rights groups", "anonymous")
d.quote("\"By putting weapons in the hands of one community against another, the state has turned a jihadist insurgency into a war between neighbours,\"",
        "Daniel Eizenga", "Daniel Eizenga", "named", role="research fellow", aff="Africa Center for Strategic Studies")
d.quote("the loss of French air support and intelligence could make convoys like the one hit on Thursday more vulnerable",
        "A diplomat in Ouagadougou", "A diplomat in Ouagadougou", "unnamed official", mentions=["the diplomat"])
d.quote("\"There is nobody in the air anymore to see an ambush being prepared,\"", "the diplomat", "A diplomat in Ouagadougou",
        "unnamed official", mentions=["A diplomat in Ouagadougou"])
d.quote("the army has retaken ground and that Burkina Faso would \"defend itself with its own sons\"", "Traoré", "Ibrahim Traoré", "named",
        mentions=["Captain Ibrahim Traoré", "Traoré"], role="junta leader", after="Traoré has rejected criticism")
d.quote("the state was present in \"almost all\" of the national territory", "Government spokesman Rimtalba Jean Emmanuel Ouédraogo",
        "Rimtalba Jean Emmanuel Ouédraogo", "named", role="Government spokesman")
d.quote("armed groups control or contest around 40 percent of the country", "Independent researchers", "Independent researchers", "anonymous")
d.quote("prices of staples have tripled since February because convoys rarely get through, leaving families reliant on wild leaves",
        "residents", "residents", "anonymous", after="such as Djibo,")
d.quote("\"The blockade is a weapon. Hunger makes people leave, and then the jihadists take the empty land,\"",
        "a humanitarian official in Ouagadougou", "a humanitarian official in Ouagadougou", "unnamed official")
d.agg("More than 4,100 people were killed in political violence in Burkina Faso between January and early June", "people killed in political violence",
      "people", claimant="a conflict monitoring project", quantity=4100, low=4100, qualifier="more than", ps="2023-01-01", pe="2023-06-10",
      scope="Burkina Faso")
d.agg("compared with about 2,600 in the first half of 2022", "people killed in political violence", "people",
      claimant="a conflict monitoring project", quantity=2600, qualifier="about", ps="2022-01-01", pe="2022-06-30", scope="Burkina Faso")
d.agg("The number of people displaced within the country exceeded 2 million in March", "internally displaced people", "people",
      claimant="Government of Burkina Faso", quantity=2000000, low=2000000, qualifier="more than", ps="2023-03-01", pe="2023-03-31",
      scope="Burkina Faso")
d.agg("armed groups control or contest around 40 percent of the country", "share of territory controlled or contested by armed groups",
      "percent", claimant="Independent researchers", quantity=40, qualifier="around", pe="2023-06-24", scope="Burkina Faso")
d.causal("Each coup meant a new chain of command, new regional commanders, and a purge of officers suspected of disloyalty. The army spent months reorganising while the jihadists advanced",
         "Each coup", "meant a new chain of command, new regional commanders, and a purge of officers suspected of disloyalty",
         driver="leadership/command change", claimant="a former senior officer who asked not to be named")
d.causal("the mass arming of civilians has multiplied abuses because many recruits come from communities that see Fulani neighbours as collaborators",
         "many recruits come from communities that see Fulani neighbours as collaborators", "the mass arming of civilians has multiplied abuses",
         driver="sectarian grievance", claimant="Rights groups")
d.causal("By putting weapons in the hands of one community against another, the state has turned a jihadist insurgency into a war between neighbours",
         "putting weapons in the hands of one community against another", "the state has turned a jihadist insurgency into a war between neighbours",
         driver="security posture/deployment", claimant="Daniel Eizenga")
d.causal("the loss of French air support and intelligence could make convoys like the one hit on Thursday more vulnerable",
         "the loss of French air support and intelligence", "convoys like the one hit on Thursday more vulnerable",
         driver="security posture/deployment", claimant="A diplomat in Ouagadougou", hedged=True)
d.causal("prices of staples have tripled since February because convoys rarely get through, leaving families reliant on wild leaves",
         "convoys rarely get through", "prices of staples have tripled since February", driver=None, claimant="residents")
d.causal("prices of staples have tripled since February because convoys rarely get through, leaving families reliant on wild leaves",
         "prices of staples have tripled since February", "leaving families reliant on wild leaves", driver=None, claimant="residents")
d.causal("Hunger makes people leave, and then the jihadists take the empty land", "Hunger", "makes people leave",
         driver=None, claimant="a humanitarian official in Ouagadougou")


# ---------------------------------------------------------------- 09: Burkina Faso Est, church attack, toll raised; year-on-year
d = Doc(9, "Gunmen kill 14 worshippers at church in eastern Burkina Faso", "2019-12-03", [
    "FADA N'GOURMA, Burkina Faso, Dec 3 (AFP) - Gunmen killed 14 people during a Sunday service at a Protestant church in a village near Diapaga in eastern Burkina Faso, the regional governor said on Tuesday, more than doubling an initial toll.",
    "Around a dozen attackers on motorcycles surrounded the church shortly after the service began, ordered women to lie down and shot men and boys, according to a pastor from a neighbouring parish who spoke to survivors. Among the dead were the church's pastor and two of his sons.",
    "Governor Saidou Sanou of the Est region said on Sunday evening that six people had been killed. On Tuesday, his office said in a statement that the toll had risen to 14 after the wounded were evacuated to Fada N'Gourma and several died on the way.",
    "A second official, in the Tapoa provincial administration, put the number of dead at 17 but said not all bodies had been identified.",
    "\"They did not ask for money, they did not take anything. They came to kill Christians,\" said pastor Jérémie Ouoba, whose church is about 20 km away. \"People are now praying in their houses.\"",
    "No group claimed responsibility. Militants linked to al Qaeda and to the Islamic State have been active in the Est region since 2018, and Ansarul Islam fighters from the north have moved into the area, according to security analysts.",
    "The Est region recorded 184 attacks between January and November, against 61 over the whole of 2018, a security official in Ouagadougou said, asking not to be named.",
    "The east had long been seen as a quiet corner of the country. Analysts say the armed groups have exploited its vast protected forests and hunting zones, where access has been restricted for decades and where residents resent the park guards who fined them for grazing and hunting.",
    "\"For years the only state people here saw was the forest guard with a fine book. The jihadists arrived and told them the forest belonged to them again,\" said Rinaldo Depagne, West Africa director at the International Crisis Group.",
    "The spread of artisanal gold mining has also brought money and weapons into the region, Depagne added, with armed groups taxing miners and using the sites to recruit.",
    "A senior gendarmerie officer in Fada N'Gourma, who asked not to be named, said the attacks on churches were meant to pit communities against each other. \"They want Christians to take up arms against Muslims, so that the whole region catches fire,\" he said.",
    "Catholic and Protestant leaders have appealed for calm. Muslim leaders in Diapaga condemned the attack and said they would attend the funerals.",
    "More than 560,000 people have been displaced in Burkina Faso by the violence, according to the United Nations, most of them since the start of this year.",
    "The government has announced new military operations in the east and the creation of a volunteer force to support the army in remote villages, a plan some analysts warn could lead to abuses against civilians.",
], "single incident toll raised by same source; second official higher; aggregates; causes")
GOV = ["Governor Saidou Sanou", "his office"]
d.event(["Gunmen killed 14 people during a Sunday service at a Protestant church in a village near Diapaga",
         "Around a dozen attackers on motorcycles surrounded the church shortly after the service began, ordered women to lie down and shot men and boys"],
        date="2019-12-01", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Burkina Faso)",
        actor1_alt=["JNIM: Group for Support of Islam and Muslims", "Islamic State (Greater Sahara)", "Ansaroul Islam"],
        actor2="Civilians (Burkina Faso)", country="Burkina Faso", admin1="Est", admin2="Tapoa", location="Diapaga",
        lat=None, lon=None, prec=2, fatalities=14,
        fatalities_note="governor 6 raised to 14 (same source); Tapoa official 17 is higher: conservative 14")
d.quote("Gunmen killed 14 people during a Sunday service at a Protestant church in a village near Diapaga in eastern Burkina Faso",
        "the regional governor", "Saidou Sanou", "named", mentions=GOV + ["the regional governor"], role="governor")
d.quote("Around a dozen attackers on motorcycles surrounded the church shortly after the service began, ordered women to lie down and shot men and boys",
        "a pastor from a neighbouring parish who spoke to survivors", "a pastor from a neighbouring parish who spoke to survivors", "anonymous")
d.quote("six people had been killed", "Governor Saidou Sanou of the Est region", "Saidou Sanou", "named",
        mentions=["the regional governor"], role="governor")
d.quote("the toll had risen to 14 after the wounded were evacuated to Fada N'Gourma and several died on the way", "his office",
        "Saidou Sanou", "named", mentions=GOV + ["the regional governor"], medium="statement", alt=["office of the Est governor"])
d.quote("put the number of dead at 17", "A second official, in the Tapoa provincial administration",
        "A second official, in the Tapoa provincial administration", "unnamed official")
d.quote("not all bodies had been identified", "A second official, in the Tapoa provincial administration",
        "A second official, in the Tapoa provincial administration", "unnamed official")
d.quote("\"They did not ask for money, they did not take anything. They came to kill Christians,\"", "pastor Jérémie Ouoba",
        "Jérémie Ouoba", "named", role="pastor")
d.quote("\"People are now praying in their houses.\"", "pastor Jérémie Ouoba", "Jérémie Ouoba", "named", role="pastor")
d.quote("Militants linked to al Qaeda and to the Islamic State have been active in the Est region since 2018, and Ansarul Islam fighters from the north have moved into the area",
        "security analysts", "security analysts", "anonymous")
d.quote("The Est region recorded 184 attacks between January and November, against 61 over the whole of 2018", "a security official in Ouagadougou",
        "a security official in Ouagadougou", "unnamed official")
d.quote("the armed groups have exploited its vast protected forests and hunting zones, where access has been restricted for decades and where residents resent the park guards who fined them for grazing and hunting",
        "Analysts", "Analysts", "anonymous", after="a quiet corner of the country.")
d.quote("\"For years the only state people here saw was the forest guard with a fine book. The jihadists arrived and told them the forest belonged to them again,\"",
        "Rinaldo Depagne", "Rinaldo Depagne", "named", mentions=["Depagne"], role="West Africa director", aff="International Crisis Group")
d.quote("The spread of artisanal gold mining has also brought money and weapons into the region", "Depagne", "Rinaldo Depagne", "named",
        mentions=["Rinaldo Depagne"], role="West Africa director", aff="International Crisis Group")
d.quote("the attacks on churches were meant to pit communities against each other", "A senior gendarmerie officer in Fada N'Gourma",
        "A senior gendarmerie officer in Fada N'Gourma", "unnamed official")
d.quote("\"They want Christians to take up arms against Muslims, so that the whole region catches fire,\"", "he",
        "A senior gendarmerie officer in Fada N'Gourma", "unnamed official", mentions=["A senior gendarmerie officer in Fada N'Gourma"])
d.quote("they would attend the funerals", "Muslim leaders in Diapaga", "Muslim leaders in Diapaga", "anonymous")
d.quote("More than 560,000 people have been displaced in Burkina Faso by the violence", "the United Nations", "United Nations", "named",
        alt=["the United Nations"])
d.quote("could lead to abuses against civilians", "some analysts", "some analysts", "anonymous")
d.agg("The Est region recorded 184 attacks between January and November", "attacks", "attacks", claimant="a security official in Ouagadougou",
      quantity=184, ps="2019-01-01", pe="2019-11-30", scope="Est region")
d.agg("against 61 over the whole of 2018", "attacks", "attacks", claimant="a security official in Ouagadougou", quantity=61,
      ps="2018-01-01", pe="2018-12-31", scope="Est region")
d.agg("More than 560,000 people have been displaced in Burkina Faso by the violence", "internally displaced people", "people",
      claimant="United Nations", quantity=560000, low=560000, qualifier="more than", pe="2019-12-03", scope="Burkina Faso")
d.causal("the armed groups have exploited its vast protected forests and hunting zones", "its vast protected forests and hunting zones",
         "the armed groups have exploited", driver="terrain/safe havens", claimant="Analysts")
d.causal("The spread of artisanal gold mining has also brought money and weapons into the region",
         "The spread of artisanal gold mining", "brought money and weapons into the region", driver=None, claimant="Rinaldo Depagne")
d.causal("More than 560,000 people have been displaced in Burkina Faso by the violence", "the violence",
         "More than 560,000 people have been displaced in Burkina Faso", driver=None, claimant="United Nations")
d.causal("a plan some analysts warn could lead to abuses against civilians", "a plan", "abuses against civilians",
         driver="security posture/deployment", claimant="some analysts", hedged=True)


# ---------------------------------------------------------------- 10: Mali Mopti/Segou roundup after August 2020 coup
d = Doc(10, "Central Mali fighting flares as junta consolidates power in Bamako", "2020-09-05", [
    "MOPTI, Mali, Sept 5 (Reuters) - Fighting between jihadists and ethnic militias and a spate of attacks on troops have killed at least 13 people in central Mali this week, officials and militia leaders said, as the military officers who seized power last month focus on negotiating a transition in the capital.",
    "On Tuesday, fighters from the al Qaeda-linked JNIM coalition attacked positions of the Dogon militia Dan Na Ambassagou near Bandiagara in the Mopti region, setting off a battle that lasted several hours. Nine militiamen were killed, the militia's spokesman Marcelin Guenguere said. He said \"many\" assailants had also died but gave no figure.",
    "On Thursday, four Malian soldiers were killed when their patrol was ambushed near Boni, on the road between Douentza and Hombori, an army officer in Sévaré said. A second military source said the ambush was followed by a rocket attack on the Boni camp that wounded three soldiers.",
    "In the neighbouring Segou region, gunmen abducted seven farmers working in rice fields near Niono on Friday, a farmers' union representative said. Families have not heard from them.",
    "The United Nations peacekeeping mission said last week that it had counted 230 attacks on civilians in central Mali between April and June, a 35 percent increase on the previous quarter. More than 287,000 people have been displaced across Mali, according to the U.N. refugee agency.",
    "Diplomats and analysts say the turmoil in Bamako has given the armed groups room to manoeuvre. Since President Ibrahim Boubacar Keïta was forced to resign by mutinous soldiers on Aug. 18, several regional commanders have been recalled to the capital and the chain of command is in flux, a European military official said.",
    "\"The coup has allowed the jihadists to press their advantage. The officers are busy with politics, and out in the field nobody wants to take a decision,\" the official said.",
    "Baba Dakono, a security analyst in Bamako, said a long power vacuum could further embolden JNIM in the centre, where the group has been negotiating local truces with some communities.",
    "The coronavirus pandemic has added to the strain. Restrictions imposed in March closed weekly markets for weeks, and the slump in remittances from relatives abroad has left many families without income, said Fatoumata Maïga, who heads a women's association in Mopti.",
    "\"The young people have no work, no school, no market. The jihadists have money. It is not complicated,\" Maïga said.",
    "The rainy season, which floods the inner Niger delta, has also cut off many villages from army patrols, allowing militants to move between islands of high ground unseen, an aid worker in Mopti said.",
    "Many residents say they feel abandoned. \"We see soldiers only when there has been a massacre. Then they leave and we are alone again,\" said a villager from the Bandiagara area who had fled to Sévaré.",
    "The junta, which calls itself the National Committee for the Salvation of the People, has said it will respect Mali's commitments to fight terrorism and has asked French and U.N. forces to remain. Its spokesman, Colonel Ismaël Wagué, said on Wednesday that the army was \"fully mobilised\" in the centre and the north.",
    "West African leaders have demanded that the soldiers hand power to a civilian government within a year.",
], "multi-incident roundup after coup; lockdown/coup/terrain drivers")
d.event(["fighters from the al Qaeda-linked JNIM coalition attacked positions of the Dogon militia Dan Na Ambassagou near Bandiagara",
         "Nine militiamen were killed"],
        date="2020-09-01", etype="Battles", sub="Armed clash", actor1="JNIM: Group for Support of Islam and Muslims",
        actor2="Dan Na Ambassagou", country="Mali", admin1="Mopti", admin2="Bandiagara", location="Bandiagara", lat=14.35, lon=-3.61,
        prec=2, fatalities=9, fatalities_note="9 militiamen; 'many' assailants unquantified")
d.event(["four Malian soldiers were killed when their patrol was ambushed near Boni"],
        date="2020-09-03", etype="Battles", sub="Armed clash", actor1="Unidentified Armed Group (Mali)",
        actor1_alt=["JNIM: Group for Support of Islam and Muslims"], actor2="Military Forces of Mali (2002-2021)", country="Mali",
        admin1="Mopti", admin2="Douentza", location="Boni", lat=None, lon=None, prec=2, fatalities=4)
d.event(["a rocket attack on the Boni camp that wounded three soldiers"],
        date="2020-09-03", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
        actor1="Unidentified Armed Group (Mali)", actor2="Military Forces of Mali (2002-2021)", country="Mali", admin1="Mopti",
        admin2="Douentza", location="Boni", lat=None, lon=None, prec=1, fatalities=0, injured=3)
d.event(["gunmen abducted seven farmers working in rice fields near Niono on Friday"],
        date="2020-09-04", etype="Violence against civilians", sub="Abduction/forced disappearance", actor1="Unidentified Armed Group (Mali)",
        actor2="Civilians (Mali)", country="Mali", admin1="Segou", admin1_alt=["Ségou"], admin2="Niono", location="Niono",
        lat=None, lon=None, prec=2, fatalities=0)
EMO = ["a European military official", "the official"]
d.quote("Fighting between jihadists and ethnic militias and a spate of attacks on troops have killed at least 13 people in central Mali this week",
        "officials and militia leaders", "officials and militia leaders", "unnamed official")
d.quote("Nine militiamen were killed", "the militia's spokesman Marcelin Guenguere", "Marcelin Guenguere", "named",
        role="spokesman", aff="Dan Na Ambassagou")
d.quote("\"many\" assailants had also died", "He", "Marcelin Guenguere", "named",
        mentions=["the militia's spokesman Marcelin Guenguere"], role="spokesman", aff="Dan Na Ambassagou", after="Guenguere said.")
d.quote("four Malian soldiers were killed when their patrol was ambushed near Boni, on the road between Douentza and Hombori",
        "an army officer in Sévaré", "an army officer in Sévaré", "unnamed official")
d.quote("the ambush was followed by a rocket attack on the Boni camp that wounded three soldiers", "A second military source",
        "A second military source", "unnamed official")
d.quote("gunmen abducted seven farmers working in rice fields near Niono on Friday", "a farmers' union representative",
        "a farmers' union representative", "anonymous")
d.quote("it had counted 230 attacks on civilians in central Mali between April and June, a 35 percent increase on the previous quarter",
        "The United Nations peacekeeping mission", "MINUSMA", "named", alt=["The United Nations peacekeeping mission"])
d.quote("More than 287,000 people have been displaced across Mali", "the U.N. refugee agency", "UNHCR", "named", alt=["the U.N. refugee agency"])
d.quote("the turmoil in Bamako has given the armed groups room to manoeuvre", "Diplomats and analysts", "Diplomats and analysts", "unnamed official")
d.quote("several regional commanders have been recalled to the capital and the chain of command is in flux", "a European military official",
        "a European military official", "unnamed official", mentions=EMO)
d.quote("\"The coup has allowed the jihadists to press their advantage. The officers are busy with politics, and out in the field nobody wants to take a decision,\"",
        "the official", "a European military official", "unnamed official", mentions=EMO)
d.quote("a long power vacuum could further embolden JNIM in the centre, where the group has been negotiating local truces with some communities",
        "Baba Dakono", "Baba Dakono", "named", role="security analyst")
d.quote("Restrictions imposed in March closed weekly markets for weeks, and the slump in remittances from relatives abroad has left many families without income",
        "Fatoumata Maïga", "Fatoumata Maïga", "named", mentions=["Maïga"], role="head of a women's association")
d.quote("\"The young people have no work, no school, no market. The jihadists have money. It is not complicated,\"", "Maïga",
        "Fatoumata Maïga", "named", mentions=["Fatoumata Maïga"], role="head of a women's association")
d.quote("The rainy season, which floods the inner Niger delta, has also cut off many villages from army patrols, allowing militants to move between islands of high ground unseen",
        "an aid worker in Mopti", "an aid worker in Mopti", "anonymous")
d.quote("they feel abandoned", "Many residents", "Many residents", "anonymous")
d.quote("\"We see soldiers only when there has been a massacre. Then they leave and we are alone again,\"",
        "a villager from the Bandiagara area who had fled to Sévaré", "a villager from the Bandiagara area who had fled to Sévaré", "anonymous")
d.quote("it will respect Mali's commitments to fight terrorism", "The junta, which calls itself the National Committee for the Salvation of the People",
        "National Committee for the Salvation of the People", "named", alt=["The junta"])
d.quote("the army was \"fully mobilised\" in the centre and the north", "Colonel Ismaël Wagué", "Ismaël Wagué", "named",
        mentions=["Its spokesman"], role="spokesman", aff="National Committee for the Salvation of the People")
d.agg("it had counted 230 attacks on civilians in central Mali between April and June", "attacks on civilians", "attacks",
      claimant="MINUSMA", quantity=230, ps="2020-04-01", pe="2020-06-30", scope="central Mali")
d.agg("a 35 percent increase on the previous quarter", "increase in attacks on civilians", "percent", claimant="MINUSMA", quantity=35,
      ps="2020-04-01", pe="2020-06-30", scope="central Mali")
d.agg("More than 287,000 people have been displaced across Mali", "internally displaced people", "people", claimant="UNHCR",
      quantity=287000, low=287000, qualifier="more than", pe="2020-09-05", scope="Mali")
d.causal("the turmoil in Bamako has given the armed groups room to manoeuvre", "the turmoil in Bamako", "has given the armed groups room to manoeuvre",
         driver="leadership/command change", claimant="Diplomats and analysts")
d.causal("The coup has allowed the jihadists to press their advantage", "The coup", "the jihadists to press their advantage",
         driver="leadership/command change", claimant="a European military official")
d.causal("a long power vacuum could further embolden JNIM in the centre", "a long power vacuum", "further embolden JNIM in the centre",
         driver="leadership/command change", claimant="Baba Dakono", hedged=True)
d.causal("the slump in remittances from relatives abroad has left many families without income", "the slump in remittances from relatives abroad",
         "has left many families without income", driver="economic hardship/unemployment", claimant="Fatoumata Maïga")
d.causal("The rainy season, which floods the inner Niger delta, has also cut off many villages from army patrols",
         "The rainy season, which floods the inner Niger delta", "has also cut off many villages from army patrols", driver="terrain/safe havens",
         claimant="an aid worker in Mopti")
d.causal("has also cut off many villages from army patrols, allowing militants to move between islands of high ground unseen",
         "has also cut off many villages from army patrols", "allowing militants to move between islands of high ground unseen",
         driver="terrain/safe havens", claimant="an aid worker in Mopti")
d.causal("The coronavirus pandemic has added to the strain", "The coronavirus pandemic", "has added to the strain", driver="pandemic/lockdown",
         claimant=None)


# === END DOCS ===

def main():
    with open(os.path.join(HERE, f"{AUTHOR}.docs.jsonl"), "w") as fd, \
         open(os.path.join(HERE, f"{AUTHOR}.gold.jsonl"), "w") as fg, \
         open(os.path.join(HERE, f"{AUTHOR}.pred_selfcheck.jsonl"), "w") as fp:
        for d in DOCS:
            t = d.t
            assert 450 <= words(t) <= 900, (d.id, words(t))
            for e in d.events:
                for x in e["evidence"]:
                    assert t[x["start"]:x["end"]] == x["text"]
            for q in d.quotes:
                assert t[q["start"]:q["end"]] == q["text"] and t[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
            for c in d.claims:
                assert t[c["start"]:c["end"]] == c["text"]
                if c["kind"] == "causal":
                    for k in ("cause", "effect"):
                        assert t[c[k]["start"]:c[k]["end"]] == c[k]["text"]
                        assert c["start"] <= c[k]["start"] and c[k]["end"] <= c["end"]
            fd.write(json.dumps({"id": d.id, "title": d.title, "published": d.pub, "text": t}, ensure_ascii=False) + "\n")
            g = {"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims,
                 "source": {"author": AUTHOR, "invented": True, "style": d.style, "words": words(t)}}
            fg.write(json.dumps(g, ensure_ascii=False) + "\n")
            pr = {"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims}
            fp.write(json.dumps(pr, ensure_ascii=False) + "\n")
            print(d.id, words(t), "words", len(d.events), "ev", len(d.quotes), "q",
                  sum(c["kind"] == "aggregate" for c in d.claims), "agg",
                  sum(c["kind"] == "causal" for c in d.claims), "caus")


if __name__ == "__main__":
    main()
