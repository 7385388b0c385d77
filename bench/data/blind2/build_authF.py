#!/usr/bin/env python3
"""authF: an authored full-report set (fictional reports, our own writing), annotated by
/work/shared/data/reports/GUIDE.md. Writes authF.docs.jsonl and authF.gold.jsonl next to this script.
Every offset is computed here from unique substrings and asserted."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_record import event_record  # noqa: E402

DRIVERS = {"security posture/deployment", "leadership/command change", "pandemic/lockdown",
           "economic hardship/unemployment", "displacement/camps/reintegration", "terrain/safe havens",
           "governance/corruption", "sectarian grievance", "external support", None}
DOCS = []


class Doc:
    def __init__(self, did, title, published, text, url=None):
        self.id, self.title, self.published, self.url = did, title, published, url
        self.text = text.strip()
        self.events, self.quotes, self.claims = [], [], []
        DOCS.append(self)

    def loc(self, x, lo=0, hi=None):
        """x = 'unique substring' or ('unique context', 'inner word(s)'); returns (start, end)."""
        ctx, inner = (x if isinstance(x, tuple) else (x, x))
        t = self.text if hi is None else self.text[:hi]
        n = t.count(ctx, lo)
        assert n == 1, f"{self.id}: {ctx!r} occurs {n} times"
        s = t.index(ctx, lo)
        if inner == ctx:
            i = 0
        else:
            m = re.search(r"(?<!\w)" + re.escape(inner) + r"(?!\w)", ctx)
            assert m, f"{self.id}: {inner!r} not in {ctx!r}"
            i = m.start()
        st, en = s + i, s + i + len(inner)
        assert self.text[st:en] == inner
        return st, en

    def span(self, x, lo=0, hi=None):
        s, e = self.loc(x, lo, hi)
        return {"start": s, "end": e, "text": self.text[s:e]}

    def ev(self, evidence, **kw):
        kw["evidence"] = [self.span(x) for x in evidence]
        self.events.append(event_record(country=self.country, **kw))

    def q(self, content, speaker, mention, others=(), anon="named", direct=None, role=None, aff=None,
          medium=None, alt=None, frags=None):
        if frags:
            fr = [self.loc(f) for f in frags]
            s, e = fr[0][0], fr[-1][1]
        else:
            s, e = self.loc(content)
        text = self.text[s:e]
        if direct is None:
            direct = text.startswith('"')
        ss, se = self.loc(mention)
        rec = {"start": s, "end": e, "text": text}
        if frags:
            rec["fragments"] = [list(f) for f in fr]
        rec.update({"direct": direct, "speaker": speaker, "speaker_start": ss, "speaker_end": se,
                    "speaker_text": self.text[ss:se],
                    "speaker_mentions": [[ss, se]] + [list(self.loc(m)) for m in others]})
        if alt:
            rec["speaker_alt"] = alt
        rec.update({"role": role, "affiliation": aff, "anonymity": anon, "medium": medium})
        assert anon in ("named", "unnamed official", "anonymous", "pseudonym")
        self.quotes.append(rec)

    def agg(self, span, counted, unit, quantity=None, low=None, high=None, qualifier=None, ps=None, pe=None,
            scope=None, claimant=None):
        sp = self.span(span)
        assert quantity is not None or (low is not None and high is not None)
        self.claims.append({"kind": "aggregate", **sp, "claimant": claimant, "quantity": quantity, "low": low,
                            "high": high, "counted": counted, "unit": unit, "qualifier": qualifier,
                            "period_start": ps, "period_end": pe, "scope": scope})

    def cz(self, span, cause, effect, driver=None, pol="+", hedged=False, claimant=None):
        sp = self.span(span)
        c = self.span(cause, sp["start"], sp["end"])
        e = self.span(effect, sp["start"], sp["end"])
        assert driver in DRIVERS, driver
        assert c["end"] <= e["start"] or e["end"] <= c["start"], "cause/effect overlap"
        self.claims.append({"kind": "causal", **sp, "claimant": claimant, "hedged": hedged, "cause": c,
                            "effect": e, "driver": driver, "polarity": pol})


# === DOCS ===

# ---------------------------------------------------------------- 01 Mozambique, AFP wire, Friday 2022-06-10
d = Doc("authF-01", "Jihadists behead three in Mozambique's Cabo Delgado as violence edges south", "2022-06-10", """
MAPUTO, June 10, 2022 (AFP) - Islamist insurgents beheaded three villagers and set fire to dozens of homes in northern Mozambique's Cabo Delgado province this week, local officials and residents said Friday, as the violence crept south towards the provincial capital Pemba.

The attackers struck late on Wednesday in Nanjua, a farming village about 25 kilometres north of Ancuabe town, arriving on motorbikes shortly after dark.

"They went from house to house with machetes. They took the village chief and two young men to the mosque and cut off their heads," said a resident who fled to Ancuabe and asked not to be named for fear of reprisals. "We ran into the bush with the children and waited until morning."

The administrator of Ancuabe district, Sergio Cipriano, confirmed the three deaths and said at least 40 houses had been burnt. He told AFP that soldiers had been sent to the village to protect those who remained. "The situation is under control and families are starting to come back," Cipriano said.

The Islamic State group claimed the raid through its Amaq propaganda outlet, saying its fighters had killed four Christians in the village.

Following the attack, hundreds of people poured into Ancuabe town, where an AFP correspondent saw families sleeping in a school courtyard.

Separately, Rwandan and Mozambican troops killed seven insurgents in a clash on Tuesday near Mbau, in Mocimboa da Praia district, the Rwanda Defence Force said in a statement. It said two of its soldiers had been lightly wounded.

And on Monday, insurgents ambushed a minibus on the N380 road near Macomia, killing the driver and wounding four passengers, provincial police spokesman Elias Mbanze told reporters in Pemba.

- 'Squeezed out' -

The insurgency, which erupted in Mocimboa da Praia in October 2017, has killed more than 4,000 people and forced some 800,000 from their homes, according to the ACLED conflict monitoring project.

Rwanda sent troops to the province in July 2021, and the joint force retook Mocimboa da Praia the following month, a year after the port town had fallen to the jihadists.

"The fighters have moved south because the Rwandan deployment squeezed them out of their old bases along the coast," said Helena Matsinhe, a researcher at the Centre for Public Integrity in Maputo. Analysts put the insurgents' strength at between 300 and 500 fighters, split into small mobile groups.

Many young men join the insurgents due to a lack of jobs, Matsinhe said, adding that the ruby and gas wealth of Cabo Delgado had brought little to local people.

TotalEnergies has kept work on its $20 billion liquefied natural gas project near Palma suspended because of the insecurity. The French energy giant said last month it would not return until security was restored across the province, not only around the site.

If the attacks reach the Pemba road, aid agencies warn, the main supply route for the displaced camps in the south of the province could be cut.

The government in Maputo has repeatedly played down the threat. President Filipe Nyusi said on Thursday that the terrorists were "on the run" and would be defeated "very soon".
""")
d.country = "Mozambique"
CD = dict(admin1="Cabo Delgado")
d.ev(["beheaded three villagers and set fire to dozens of homes",
      "The attackers struck late on Wednesday in Nanjua, a farming village about 25 kilometres north of Ancuabe town",
      "confirmed the three deaths"],
     date="2022-06-08", etype="Violence against civilians", sub="Attack",
     actor1="Islamic State Mozambique Province", actor1_alt=["Ahlu Sunnah Wa-Jama", "Islamic State (Mozambique)"],
     actor2="Civilians (Mozambique)", admin2="Ancuabe", location="Nanjua", location_alt=["Ancuabe"],
     lat=-12.76, lon=39.85, prec=2, fatalities=3, **CD,
     fatalities_note="officials: three; IS claim via Amaq: four -> three")
d.ev(["Rwandan and Mozambican troops killed seven insurgents in a clash on Tuesday near Mbau, in Mocimboa da Praia district"],
     date="2022-06-07", etype="Battles", sub="Armed clash",
     actor1="Military Forces of Rwanda (2000-)", actor1_alt=["Military Forces of Mozambique (2015-2025)"],
     actor2="Islamic State Mozambique Province", admin2="Mocimboa da Praia", location="Mbau",
     location_alt=["Mocimboa da Praia"], prec=2, fatalities=7, injured=2, **CD)
d.ev(["on Monday, insurgents ambushed a minibus on the N380 road near Macomia, killing the driver and wounding four passengers"],
     date="2022-06-06", etype="Violence against civilians", sub="Attack",
     actor1="Islamic State Mozambique Province", actor2="Civilians (Mozambique)", admin2="Macomia",
     location="Macomia", lat=-12.25, lon=40.13, prec=2, fatalities=1, injured=4, **CD)
RES = "a resident who fled to Ancuabe and asked not to be named"
d.q('"They went from house to house with machetes. They took the village chief and two young men to the mosque and cut off their heads,"',
    RES, RES, anon="anonymous")
d.q('"We ran into the bush with the children and waited until morning."', RES, RES, anon="anonymous")
d.q("the three deaths", "Sergio Cipriano", "Sergio Cipriano", [("He told AFP", "He"), "Cipriano said"],
    role="administrator of Ancuabe district")
d.q("at least 40 houses had been burnt", "Sergio Cipriano", ("Sergio Cipriano, confirmed the three deaths and said", "Sergio Cipriano"),
    [("He told AFP", "He"), ("Cipriano said", "Cipriano")], role="administrator of Ancuabe district")
d.q("soldiers had been sent to the village to protect those who remained", "Sergio Cipriano", ("He told AFP", "He"),
    ["Sergio Cipriano", ("Cipriano said", "Cipriano")], role="administrator of Ancuabe district", medium="AFP")
d.q('"The situation is under control and families are starting to come back,"', "Sergio Cipriano", ("Cipriano said", "Cipriano"),
    ["Sergio Cipriano", ("He told AFP", "He")], role="administrator of Ancuabe district")
d.q("its fighters had killed four Christians in the village", "Islamic State", "The Islamic State group",
    alt=["Amaq"], aff="Islamic State")
d.q("Rwandan and Mozambican troops killed seven insurgents in a clash on Tuesday near Mbau, in Mocimboa da Praia district",
    "Rwanda Defence Force", "the Rwanda Defence Force", [("It said two", "It")], medium="statement")
d.q("two of its soldiers had been lightly wounded", "Rwanda Defence Force", ("It said two", "It"),
    ["the Rwanda Defence Force"])
d.q("insurgents ambushed a minibus on the N380 road near Macomia, killing the driver and wounding four passengers",
    "Elias Mbanze", "provincial police spokesman Elias Mbanze", role="provincial police spokesman", aff="police")
d.q("The insurgency, which erupted in Mocimboa da Praia in October 2017, has killed more than 4,000 people and forced some 800,000 from their homes",
    "ACLED", "the ACLED conflict monitoring project")
MAT = ["Helena Matsinhe", ("Matsinhe said", "Matsinhe")]
d.q('"The fighters have moved south because the Rwandan deployment squeezed them out of their old bases along the coast,"',
    "Helena Matsinhe", "Helena Matsinhe", [("Matsinhe said", "Matsinhe")], role="researcher", aff="Centre for Public Integrity")
d.q("Many young men join the insurgents due to a lack of jobs", "Helena Matsinhe", ("Matsinhe said", "Matsinhe"),
    ["Helena Matsinhe"], role="researcher", aff="Centre for Public Integrity")
d.q("the ruby and gas wealth of Cabo Delgado had brought little to local people", "Helena Matsinhe",
    ("Matsinhe said", "Matsinhe"), ["Helena Matsinhe"], role="researcher", aff="Centre for Public Integrity")
d.q("the insurgents' strength at between 300 and 500 fighters, split into small mobile groups", "Analysts", "Analysts",
    anon="anonymous")
d.q("it would not return until security was restored across the province, not only around the site", "TotalEnergies",
    "The French energy giant", ["TotalEnergies"])
d.q(None, "aid agencies", "aid agencies", anon="anonymous",
    frags=["If the attacks reach the Pemba road", "the main supply route for the displaced camps in the south of the province could be cut"])
d.q("Islamist insurgents beheaded three villagers and set fire to dozens of homes in northern Mozambique's Cabo Delgado province this week",
    "local officials and residents", "local officials and residents", anon="unnamed official")
d.q('the terrorists were "on the run" and would be defeated "very soon"', "Filipe Nyusi", "President Filipe Nyusi",
    role="President", aff="Government of Mozambique")
d.agg("has killed more than 4,000 people", "people killed", "people", quantity=4000, low=4000, qualifier="more than",
      ps="2017-10-01", pe="2022-06-10", scope="Cabo Delgado insurgency", claimant="ACLED")
d.agg("forced some 800,000 from their homes", "people displaced", "people", quantity=800000, qualifier="some",
      ps="2017-10-01", pe="2022-06-10", scope="Cabo Delgado", claimant="ACLED")
d.agg("Analysts put the insurgents' strength at between 300 and 500 fighters", "insurgent fighters", "fighters",
      low=300, high=500, qualifier="between", scope="Cabo Delgado insurgents", claimant="Analysts")
d.cz('"The fighters have moved south because the Rwandan deployment squeezed them out of their old bases along the coast,"',
     "the Rwandan deployment squeezed them out of their old bases along the coast", "The fighters have moved south",
     driver="security posture/deployment", claimant="Helena Matsinhe")
d.cz("Many young men join the insurgents due to a lack of jobs", "a lack of jobs", "Many young men join the insurgents",
     driver="economic hardship/unemployment", claimant="Helena Matsinhe")
d.cz("TotalEnergies has kept work on its $20 billion liquefied natural gas project near Palma suspended because of the insecurity",
     "the insecurity", "TotalEnergies has kept work on its $20 billion liquefied natural gas project near Palma suspended")

# ---------------------------------------------------------------- 02 Burkina Faso, local outlet, Friday 2023-04-21
d = Doc("authF-02", "Soum: convoy ambushed between Djibo and Namssiguia, army reports losses", "2023-04-21", """
Ouagadougou, 21 April 2023 - Le Sahel Quotidien

Eight soldiers and volunteers were killed on Wednesday when armed men ambushed a supply convoy on the road between Djibo and Namssiguia, in the province of Soum, the army general staff said in a statement read on national television on Thursday evening.

The statement said the escort, made up of soldiers and Volunteers for the Defence of the Homeland (VDP), "reacted vigorously" and killed about twenty assailants. Security sources in Djibo, reached by telephone by our newsroom, put the toll on the government side higher, at 14 dead, and said several trucks carrying flour and fuel had been burnt.

"The terrorists had mined the road before opening fire. Our men fought for more than two hours," a VDP coordinator in Djibo, Boureima Sawadogo, told Le Sahel Quotidien. He said the convoy had eventually reached the town on Thursday morning.

Djibo, the capital of Soum, has been under a blockade by jihadists for more than a year. Because the roads around the town are mined, convoys can take a week to cover 200 kilometres, and the army has had to supply the town by helicopter. Traders say a sack of maize now costs three times what it did in 2021.

In the same region, about thirty women who had gone out to gather leaves and wood were abducted on Tuesday near Arbinda, according to relatives. "They left in the morning and never came back. We know the armed men took them towards the forest," said a resident of Arbinda whose sister is among the missing. Local authorities had not commented by the time of publication.

Further west, in the Nord region, the air force carried out drone strikes on Thursday on a "terrorist base" near Koumbri, in Yatenga province, killing "several dozen" fighters, according to the army information bureau, which did not say how the toll had been established.

In Kaya, several hundred people marched peacefully on Thursday to demand more protection for the villages of Sanmatenga province. The march, organised by a collective of youth associations, ended in front of the governor's office without incident. "We are not against the army; we want the army to come to us," said one of the organisers, Issiaka Ouedraogo.

The attacks come a week after the government of Captain Ibrahim Traore decreed a "general mobilisation" to recover lost territory. The decree allows the authorities to requisition goods and call up young people aged 18 and over. Officials say nearly 40 percent of the national territory escapes state control.

The recruitment of tens of thousands of VDP has fuelled reprisals against Fulani civilians, rights groups say, accusing some units of summary executions. The government rejects the accusations.

According to the National Council for Emergency Relief and Rehabilitation (CONASUR), Burkina Faso counted 2,062,534 internally displaced people at the end of March, most of them from the Sahel, Centre-Nord and Nord regions.

"The convoy was not attacked because of any failure of intelligence," the Minister of Defence, Colonel-Major Kassoum Coulibaly, told journalists on Thursday, after visiting the wounded at the military hospital in Ouagadougou.
""")
d.country = "Burkina Faso"
d.ev(["Eight soldiers and volunteers were killed on Wednesday when armed men ambushed a supply convoy on the road between Djibo and Namssiguia, in the province of Soum",
      "killed about twenty assailants", "put the toll on the government side higher, at 14 dead"],
     date="2023-04-19", etype="Battles", sub="Armed clash", actor1="JNIM: Group for Support of Islam and Muslims",
     actor1_alt=["Unidentified Armed Group (Burkina Faso)"],
     actor2="Military Forces of Burkina Faso (2022-)", admin1="Sahel", admin2="Soum", location="Djibo",
     location_alt=["Namssiguia", "Namsiguia"], lat=14.10, lon=-1.63, prec=2, fatalities=28,
     fatalities_note="army: 8 soldiers/VDP (security sources 14) + about twenty assailants -> 8 + 20")
d.ev(["about thirty women who had gone out to gather leaves and wood were abducted on Tuesday near Arbinda"],
     date="2023-04-18", etype="Violence against civilians", sub="Abduction/forced disappearance",
     actor1="Unidentified Armed Group (Burkina Faso)", actor1_alt=["JNIM: Group for Support of Islam and Muslims"],
     actor2="Civilians (Burkina Faso)", admin1="Sahel", admin2="Soum", location="Arbinda",
     lat=14.23, lon=-0.87, prec=2, fatalities=0)
d.ev(['the air force carried out drone strikes on Thursday on a "terrorist base" near Koumbri, in Yatenga province, killing "several dozen" fighters'],
     date="2023-04-20", etype="Explosions/Remote violence", sub="Air/drone strike",
     actor1="Military Forces of Burkina Faso (2022-)", actor2="JNIM: Group for Support of Islam and Muslims",
     admin1="Nord", admin2="Yatenga", location="Koumbri", prec=2, fatalities=12,
     fatalities_note='"several dozen" read as dozens = 12')
d.ev(["In Kaya, several hundred people marched peacefully on Thursday to demand more protection for the villages of Sanmatenga province",
      "ended in front of the governor's office without incident"],
     date="2023-04-20", etype="Protests", sub="Peaceful protest", actor1="Protesters (Burkina Faso)",
     admin1="Centre-Nord", admin2="Sanmatenga", location="Kaya", lat=13.09, lon=-1.08, prec=1, fatalities=0)
ARMY = "the army general staff"
d.q("Eight soldiers and volunteers were killed on Wednesday when armed men ambushed a supply convoy on the road between Djibo and Namssiguia, in the province of Soum",
    "Burkina Faso army general staff", ARMY, [("The statement said", "The statement")], medium="national television")
d.q(None, "Burkina Faso army general staff", ("The statement said", "The statement"), [ARMY],
    frags=["the escort, made up of soldiers and Volunteers for the Defence of the Homeland (VDP),",
           '"reacted vigorously" and killed about twenty assailants'])
SEC = "Security sources in Djibo"
d.q("put the toll on the government side higher, at 14 dead", "Security sources in Djibo", SEC, anon="unnamed official")
d.q("several trucks carrying flour and fuel had been burnt", "Security sources in Djibo", SEC, anon="unnamed official")
SAW = "a VDP coordinator in Djibo, Boureima Sawadogo"
d.q('"The terrorists had mined the road before opening fire. Our men fought for more than two hours,"', "Boureima Sawadogo",
    SAW, [("He said the convoy", "He")], role="VDP coordinator", aff="Volunteers for the Defence of the Homeland",
    medium="Le Sahel Quotidien")
d.q("the convoy had eventually reached the town on Thursday morning", "Boureima Sawadogo", ("He said the convoy", "He"),
    [SAW], role="VDP coordinator", aff="Volunteers for the Defence of the Homeland")
d.q("a sack of maize now costs three times what it did in 2021", "Traders", "Traders", anon="anonymous")
d.q("about thirty women who had gone out to gather leaves and wood were abducted on Tuesday near Arbinda",
    "relatives", "relatives", anon="anonymous")
RA = "a resident of Arbinda whose sister is among the missing"
d.q('"They left in the morning and never came back. We know the armed men took them towards the forest,"', RA, RA,
    anon="anonymous")
d.q('killing "several dozen" fighters', "army information bureau", "the army information bureau")
d.q('"We are not against the army; we want the army to come to us,"', "Issiaka Ouedraogo",
    "one of the organisers, Issiaka Ouedraogo", role="organiser")
d.q("nearly 40 percent of the national territory escapes state control", "Officials", "Officials", anon="unnamed official")
d.q("The recruitment of tens of thousands of VDP has fuelled reprisals against Fulani civilians", "rights groups",
    "rights groups", anon="anonymous")
d.q("Burkina Faso counted 2,062,534 internally displaced people at the end of March, most of them from the Sahel, Centre-Nord and Nord regions",
    "National Council for Emergency Relief and Rehabilitation", "the National Council for Emergency Relief and Rehabilitation (CONASUR)")
d.q('"The convoy was not attacked because of any failure of intelligence,"', "Kassoum Coulibaly",
    "the Minister of Defence, Colonel-Major Kassoum Coulibaly", role="Minister of Defence",
    aff="Government of Burkina Faso")
d.agg("Officials say nearly 40 percent of the national territory escapes state control", "share of territory outside state control",
      "percent", quantity=40, high=40, qualifier="nearly", scope="Burkina Faso", claimant="Officials")
d.agg("Burkina Faso counted 2,062,534 internally displaced people at the end of March", "internally displaced people",
      "people", quantity=2062534, pe="2023-03-31", scope="Burkina Faso", claimant="CONASUR")
d.cz("Because the roads around the town are mined, convoys can take a week to cover 200 kilometres",
     "the roads around the town are mined", "convoys can take a week to cover 200 kilometres")
d.cz("The decree allows the authorities to requisition goods and call up young people aged 18 and over",
     "The decree", "the authorities to requisition goods and call up young people aged 18 and over",
     driver="security posture/deployment")
d.cz("The recruitment of tens of thousands of VDP has fuelled reprisals against Fulani civilians",
     "The recruitment of tens of thousands of VDP", "reprisals against Fulani civilians",
     driver="security posture/deployment", claimant="rights groups")

# ---------------------------------------------------------------- 03 Niger (Tillaberi), Reuters wire, Friday 2024-06-28
d = Doc("authF-03", "Militants kill 20 Niger soldiers near Burkina border, ministry says", "2024-06-28", """
NIAMEY, June 28 (Reuters) - Suspected Islamic State militants killed 20 soldiers and a civilian in an attack on an army position in Niger's western Tillaberi region on Tuesday, the defence ministry said, one of the deadliest assaults on the army since the military seized power last July.

Hundreds of fighters on motorcycles stormed the post at Tassia, in the Tera department near the border with Burkina Faso, the ministry said in a statement read on state television late on Thursday. It said the army had "neutralised dozens of terrorists" and that reinforcements and air support had been sent to the area.

A local security source put the army's losses at 27 dead and said many soldiers had been killed because reinforcements from Tera took more than four hours to arrive. The source asked not to be named because he was not authorised to speak to the media.

In a separate attack on Wednesday, gunmen killed nine civilians at a weekly market in the village of Bossey Bangou, about 60 km north of Ouallam, a local official told Reuters. The toll rose to 12 on Thursday after three of the wounded died in hospital in Ouallam, the official said.

"They surrounded the market and fired on everyone. They were looking for the men who had refused to pay the zakat," said a trader who escaped by hiding in a granary.

Niger's ruling junta, which ousted President Mohamed Bazoum in July 2023 citing worsening insecurity, has ordered French and then U.S. troops to leave and turned to Russia for military support. The last French soldiers left in December, and U.S. forces are due to complete their withdrawal from a drone base in Agadez by mid-September.

"The departure of the French and the Americans has allowed the jihadists to move more freely along the border with Mali and Burkina, because the army has lost the surveillance it relied on," said Moussa Abdou Garba, a security researcher in Niamey.

Attacks by jihadist groups have killed more than 1,500 people in Niger in the 12 months since the coup, according to data from the Armed Conflict Location & Event Data Project (ACLED), compared with about 650 in the preceding year. Islamic State's Sahel affiliate is estimated to have between 2,000 and 3,000 fighters in the tri-border area, according to a U.N. report published in February.

Government spokesman Colonel Issoufou Hamadou said on state television that the army was "on the offensive everywhere" and denied that the security situation had deteriorated since the coup.

In Niamey, the price of petrol has almost doubled this year due to the closure of the border with Benin, a dispute that has also halted oil exports through a new pipeline. Traders said the situation would get worse if the border stayed shut through the rainy season.

Separately, in neighbouring Burkina Faso, militants killed dozens of soldiers at a base in Mansila earlier this month, according to security sources there.
""")
d.country = "Niger"
TIL = dict(admin1="Tillaberi", admin1_alt=["Tillabéri", "Tillabery"])
d.ev(["killed 20 soldiers and a civilian in an attack on an army position in Niger's western Tillaberi region on Tuesday",
      "Hundreds of fighters on motorcycles stormed the post at Tassia, in the Tera department",
      "put the army's losses at 27 dead"],
     date="2024-06-25", etype="Battles", sub="Armed clash", actor1="Islamic State Sahel Province",
     actor1_alt=["Islamic State (Greater Sahara)"], actor2="Military Forces of Niger (2023-)", admin2="Tera",
     location="Tassia", location_alt=["Tera", "Téra"], lat=14.01, lon=0.75, prec=2, fatalities=21, **TIL,
     fatalities_note="ministry 20 soldiers + 1 civilian (local source 27 soldiers); 'dozens of terrorists' not added")
d.ev(["gunmen killed nine civilians at a weekly market in the village of Bossey Bangou, about 60 km north of Ouallam",
      "The toll rose to 12 on Thursday after three of the wounded died in hospital in Ouallam"],
     date="2024-06-26", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Niger)",
     actor1_alt=["Islamic State Sahel Province"], actor2="Civilians (Niger)", admin2="Ouallam", location="Bossey Bangou",
     location_alt=["Ouallam"], prec=2, fatalities=12, **TIL, fatalities_note="toll update: nine, rose to 12")
MIN = "the defence ministry said"
d.q("Suspected Islamic State militants killed 20 soldiers and a civilian in an attack on an army position in Niger's western Tillaberi region on Tuesday",
    "Niger defence ministry", ("the defence ministry said, one", "the defence ministry"),
    [("the ministry said in a statement", "the ministry"), ("It said the army", "It")])
d.q("Hundreds of fighters on motorcycles stormed the post at Tassia, in the Tera department near the border with Burkina Faso",
    "Niger defence ministry", ("the ministry said in a statement", "the ministry"),
    [("the defence ministry said, one", "the defence ministry"), ("It said the army", "It")], medium="state television")
d.q('the army had "neutralised dozens of terrorists" and that reinforcements and air support had been sent to the area',
    "Niger defence ministry", ("It said the army", "It"), [("the ministry said in a statement", "the ministry")])
LSS = "A local security source"
d.q("the army's losses at 27 dead", LSS, LSS, [("The source asked", "The source")], anon="unnamed official")
d.q("many soldiers had been killed because reinforcements from Tera took more than four hours to arrive", LSS, LSS,
    [("The source asked", "The source")], anon="unnamed official")
LO = "a local official told Reuters"
d.q("gunmen killed nine civilians at a weekly market in the village of Bossey Bangou, about 60 km north of Ouallam",
    "a local official", ("a local official told Reuters", "a local official"), [("the official said", "the official")],
    anon="unnamed official", medium="Reuters")
d.q("The toll rose to 12 on Thursday after three of the wounded died in hospital in Ouallam", "a local official",
    ("the official said", "the official"), [("a local official told Reuters", "a local official")], anon="unnamed official")
TR = "a trader who escaped by hiding in a granary"
d.q('"They surrounded the market and fired on everyone. They were looking for the men who had refused to pay the zakat,"',
    TR, TR, anon="anonymous")
d.q('"The departure of the French and the Americans has allowed the jihadists to move more freely along the border with Mali and Burkina, because the army has lost the surveillance it relied on,"',
    "Moussa Abdou Garba", "Moussa Abdou Garba", role="security researcher")
d.q("Attacks by jihadist groups have killed more than 1,500 people in Niger in the 12 months since the coup",
    "ACLED", "the Armed Conflict Location & Event Data Project (ACLED)")
d.q("Islamic State's Sahel affiliate is estimated to have between 2,000 and 3,000 fighters in the tri-border area",
    "U.N. report", "a U.N. report published in February", anon="named")
HAM = "Government spokesman Colonel Issoufou Hamadou"
d.q('the army was "on the offensive everywhere"', "Issoufou Hamadou", HAM, role="Government spokesman",
    aff="Government of Niger", medium="state television")
d.q("the security situation had deteriorated since the coup", "Issoufou Hamadou", ("and denied that", "denied"), [HAM],
    role="Government spokesman", aff="Government of Niger")
d.q("the situation would get worse if the border stayed shut through the rainy season", "Traders",
    ("Traders said the situation", "Traders"), anon="anonymous")
d.q("militants killed dozens of soldiers at a base in Mansila earlier this month", "security sources there",
    "security sources there", anon="unnamed official")
d.agg("Attacks by jihadist groups have killed more than 1,500 people in Niger in the 12 months since the coup",
      "people killed in jihadist attacks", "people", quantity=1500, low=1500, qualifier="more than",
      ps="2023-07-26", pe="2024-06-28", scope="Niger", claimant="ACLED")
d.agg("compared with about 650 in the preceding year", "people killed in jihadist attacks", "people", quantity=650,
      qualifier="about", ps="2022-07-26", pe="2023-07-25", scope="Niger", claimant="ACLED")
d.agg("Islamic State's Sahel affiliate is estimated to have between 2,000 and 3,000 fighters in the tri-border area",
      "Islamic State Sahel fighters", "fighters", low=2000, high=3000, qualifier="between", scope="tri-border area",
      claimant="U.N. report")
d.cz("many soldiers had been killed because reinforcements from Tera took more than four hours to arrive",
     "reinforcements from Tera took more than four hours to arrive", "many soldiers had been killed",
     driver="security posture/deployment", claimant="A local security source")
d.cz('"The departure of the French and the Americans has allowed the jihadists to move more freely along the border with Mali and Burkina, because the army has lost the surveillance it relied on,"',
     "The departure of the French and the Americans", "the jihadists to move more freely along the border with Mali and Burkina",
     driver="security posture/deployment", claimant="Moussa Abdou Garba")
d.cz("The source asked not to be named because he was not authorised to speak to the media",
     "he was not authorised to speak to the media", "The source asked not to be named")
d.cz("the price of petrol has almost doubled this year due to the closure of the border with Benin",
     "the closure of the border with Benin", "the price of petrol has almost doubled this year")

# ---------------------------------------------------------------- 04 DR Congo (Ituri / North Kivu), weekly roundup, Friday 2019-11-22
d = Doc("authF-04", "Eastern Congo security roundup: Djugu killings, Beni offensive, protests against MONUSCO", "2019-11-22", """
EASTERN DRC WEEKLY SECURITY ROUNDUP - 15 to 22 November 2019

ITURI

Djugu territory: Suspected CODECO militiamen attacked the village of Largu on Sunday night, killing six civilians, among them two children, and burning a health centre, local authorities said. "They came from the forest around midnight with machetes and guns," said Pascal Dhedonga, the chief of the Walendu Pitsi sector. Residents said the attackers left before soldiers stationed at Fataki arrived.

The attack prompted more than 2,000 people to flee towards the displacement sites around Bunia, according to a local humanitarian worker. The UN refugee agency estimates that fighting in Djugu has displaced some 300,000 people since the violence flared in December 2017.

Analysts say CODECO recruits easily among Lendu youths because of long-running land disputes with Hema herders and traders. The provincial governor's spokesman, Richard Lomo, told our correspondent that the army would "not let Djugu become a no-go zone", and that additional troops had been deployed to Fataki and Pimbo to protect the roads.

NORTH KIVU

Beni territory: Suspected Allied Democratic Forces (ADF) rebels killed eight civilians on Tuesday in an attack on farmers near Oicha, the territorial administrator said. Civil society groups in Oicha put the toll at 11. "The ADF is taking revenge on civilians," said Pascal Muhindo, a civil society leader in Oicha, adding that the victims had been tied up before being killed.

On Wednesday the army said its troops had recaptured Kididiwe, a former ADF stronghold north-east of Beni, on Tuesday after two days of fighting, killing five rebels. "The enemy is on the run and we will pursue him into the forest," army spokesman Lieutenant Jules Ngongo told reporters in Beni.

The rebels have stepped up killings of civilians in retaliation for the offensive the army launched on October 30, analysts say. At least 77 civilians have been killed in Beni territory since the start of the operations, according to the Kivu Security Tracker, a monitoring project.

Beni town: On Thursday, hundreds of young people marched on the MONUSCO base in Beni to denounce the peacekeepers' failure to stop the massacres. Police fired tear gas to disperse them and arrested several protesters, a police officer said. No deaths were reported.

Anger at the peacekeepers has been fuelled by the killings, which many residents say happen within a few kilometres of UN positions. A MONUSCO spokeswoman, Florence Mubenga, said the mission "shares the pain of the population" and was supporting the army's operations with logistics and intelligence.

OUTLOOK

The weakness of state institutions and corruption in the army have allowed armed groups to flourish in both provinces, a report by the Congo Research Group said this month. More than 130 armed groups are active in North and South Kivu, it said.

Ebola response teams have warned they could suspend work in parts of Beni and Mambasa if the attacks continue. The outbreak has killed more than 2,100 people since August 2018.

President Felix Tshisekedi, who visited Beni last month, has promised to "eradicate" the ADF. He is expected to meet regional army chiefs in Goma next week.
""")
d.country = "Democratic Republic of Congo"
ITU = dict(admin1="Ituri")
NK = dict(admin1="Nord-Kivu", admin1_alt=["North Kivu", "Nord Kivu"])
d.ev(["Suspected CODECO militiamen attacked the village of Largu on Sunday night, killing six civilians, among them two children, and burning a health centre"],
     date="2019-11-17", etype="Violence against civilians", sub="Attack", actor1="CODECO: Cooperative for Development of the Congo",
     actor2="Civilians (Democratic Republic of Congo)", admin2="Djugu", location="Largu", prec=1, fatalities=6, **ITU)
d.ev(["Suspected Allied Democratic Forces (ADF) rebels killed eight civilians on Tuesday in an attack on farmers near Oicha",
      "Civil society groups in Oicha put the toll at 11"],
     date="2019-11-19", etype="Violence against civilians", sub="Attack", actor1="ADF: Allied Democratic Forces",
     actor2="Civilians (Democratic Republic of Congo)", admin2="Beni", location="Oicha", lat=0.70, lon=29.52, prec=2,
     fatalities=8, fatalities_note="administrator 8 vs civil society 11 -> 8", **NK)
d.ev(["its troops had recaptured Kididiwe, a former ADF stronghold north-east of Beni, on Tuesday after two days of fighting, killing five rebels"],
     date="2019-11-19", etype="Battles", sub="Government regains territory",
     actor1="Military Forces of the Democratic Republic of Congo (2019-)", actor2="ADF: Allied Democratic Forces",
     admin2="Beni", location="Kididiwe", location_alt=["Beni"], prec=2, fatalities=5, **NK)
d.ev(["hundreds of young people marched on the MONUSCO base in Beni to denounce the peacekeepers' failure to stop the massacres",
      "Police fired tear gas to disperse them and arrested several protesters"],
     date="2019-11-21", etype="Protests", sub="Protest with intervention", actor1="Protesters (Democratic Republic of Congo)",
     actor2="Police Forces of the Democratic Republic of Congo (2019-)", admin2="Beni", location="Beni",
     lat=0.49, lon=29.47, prec=1, fatalities=0, **NK)
d.q("Suspected CODECO militiamen attacked the village of Largu on Sunday night, killing six civilians, among them two children, and burning a health centre",
    "local authorities", "local authorities", anon="unnamed official")
DH = "Pascal Dhedonga, the chief of the Walendu Pitsi sector"
d.q('"They came from the forest around midnight with machetes and guns,"', "Pascal Dhedonga", DH,
    role="chief of the Walendu Pitsi sector")
d.q("the attackers left before soldiers stationed at Fataki arrived", "Residents", ("Residents said the attackers", "Residents"),
    anon="anonymous")
d.q("The attack prompted more than 2,000 people to flee towards the displacement sites around Bunia", "a local humanitarian worker",
    "a local humanitarian worker", anon="anonymous")
d.q("fighting in Djugu has displaced some 300,000 people since the violence flared in December 2017", "UNHCR",
    "The UN refugee agency")
d.q("CODECO recruits easily among Lendu youths because of long-running land disputes with Hema herders and traders", "Analysts",
    ("Analysts say CODECO", "Analysts"), anon="anonymous")
LOMO = "The provincial governor's spokesman, Richard Lomo"
d.q(None, "Richard Lomo", LOMO, role="provincial governor's spokesman", aff="Ituri provincial government",
    frags=['the army would "not let Djugu become a no-go zone"',
           "additional troops had been deployed to Fataki and Pimbo to protect the roads"])
d.q("Suspected Allied Democratic Forces (ADF) rebels killed eight civilians on Tuesday in an attack on farmers near Oicha",
    "the territorial administrator", "the territorial administrator", anon="unnamed official")
d.q("the toll at 11", "Civil society groups in Oicha", "Civil society groups in Oicha", anon="anonymous")
MUH = "Pascal Muhindo, a civil society leader in Oicha"
d.q('"The ADF is taking revenge on civilians,"', "Pascal Muhindo", MUH, role="civil society leader")
d.q("the victims had been tied up before being killed", "Pascal Muhindo", MUH, role="civil society leader")
d.q("its troops had recaptured Kididiwe, a former ADF stronghold north-east of Beni, on Tuesday after two days of fighting, killing five rebels",
    "the army", ("On Wednesday the army said", "the army"), alt=["FARDC", "Jules Ngongo"], anon="named", aff="FARDC")
d.q('"The enemy is on the run and we will pursue him into the forest,"', "Jules Ngongo",
    "army spokesman Lieutenant Jules Ngongo", role="army spokesman", aff="FARDC")
d.q("The rebels have stepped up killings of civilians in retaliation for the offensive the army launched on October 30",
    "analysts", ("October 30, analysts say", "analysts"), anon="anonymous")
d.q("At least 77 civilians have been killed in Beni territory since the start of the operations", "Kivu Security Tracker",
    "the Kivu Security Tracker")
d.q("Police fired tear gas to disperse them and arrested several protesters", "a police officer", "a police officer",
    anon="unnamed official")
d.q(None, "Florence Mubenga", "A MONUSCO spokeswoman, Florence Mubenga", role="spokeswoman", aff="MONUSCO",
    frags=['the mission "shares the pain of the population"',
           "was supporting the army's operations with logistics and intelligence"])
d.q("The weakness of state institutions and corruption in the army have allowed armed groups to flourish in both provinces",
    "Congo Research Group", "a report by the Congo Research Group", [("it said.", "it")])
d.q("More than 130 armed groups are active in North and South Kivu", "Congo Research Group", ("it said.", "it"),
    ["a report by the Congo Research Group"])
d.q("they could suspend work in parts of Beni and Mambasa if the attacks continue", "Ebola response teams",
    "Ebola response teams", anon="anonymous")
d.agg("The UN refugee agency estimates that fighting in Djugu has displaced some 300,000 people since the violence flared in December 2017",
      "people displaced", "people", quantity=300000, qualifier="some", ps="2017-12-01", pe="2019-11-22", scope="Djugu, Ituri",
      claimant="UNHCR")
d.agg("At least 77 civilians have been killed in Beni territory since the start of the operations", "civilians killed", "people",
      quantity=77, low=77, qualifier="at least", ps="2019-10-30", pe="2019-11-22", scope="Beni territory",
      claimant="Kivu Security Tracker")
d.agg("More than 130 armed groups are active in North and South Kivu", "armed groups", "groups", quantity=130, low=130,
      qualifier="more than", scope="North and South Kivu", claimant="Congo Research Group")
d.cz("The attack prompted more than 2,000 people to flee towards the displacement sites around Bunia", "The attack",
     "more than 2,000 people to flee towards the displacement sites around Bunia", claimant="a local humanitarian worker")
d.cz("CODECO recruits easily among Lendu youths because of long-running land disputes with Hema herders and traders",
     "long-running land disputes with Hema herders and traders", "CODECO recruits easily among Lendu youths",
     driver="sectarian grievance", claimant="Analysts")
d.cz("The rebels have stepped up killings of civilians in retaliation for the offensive the army launched on October 30",
     "the offensive the army launched on October 30", "The rebels have stepped up killings of civilians", claimant="analysts")
d.cz("Anger at the peacekeepers has been fuelled by the killings", "the killings", "Anger at the peacekeepers")
d.cz("The weakness of state institutions and corruption in the army have allowed armed groups to flourish in both provinces",
     "The weakness of state institutions and corruption in the army", "armed groups to flourish in both provinces",
     driver="governance/corruption", claimant="Congo Research Group")

# ---------------------------------------------------------------- 05 Somalia, AP wire, Friday 2018-10-12
d = Doc("authF-05", "Suicide car bomb kills at least 14 in Somalia's capital", "2018-10-12", """
MOGADISHU, Somalia (AP) - A suicide bomber rammed an explosives-laden car into a security checkpoint in Somalia's capital late Thursday, killing at least 14 people, police said, as the al-Shabaab extremist group stepped up attacks ahead of the anniversary of the country's deadliest bombing.

The blast struck near the busy KM4 junction in Mogadishu's Hodan district shortly after 8 p.m., when the area was crowded with minibuses and tea stalls. A second, smaller explosion went off minutes later as rescuers arrived, police Capt. Abdirahman Osman told The Associated Press.

"Most of the dead are civilians who were waiting for transport," Osman said. He said three soldiers manning the checkpoint were among those killed.

Ahmed Nur Farah, the director of Aamin Ambulance service, said his team had carried 17 bodies and more than 30 wounded people from the scene. "We are still searching the rubble of the shops," he said.

Al-Shabaab claimed responsibility in a statement on its Andalus radio station, saying it had targeted "apostate soldiers" guarding the road to the presidential palace.

The bombing raised fears of a return to the massive attacks on the capital that the group carried out last year. On Oct. 14, 2017, a truck bomb at the Zoppe junction killed more than 500 people.

The attack came a day after al-Shabaab fighters briefly overran an army base in Bariire, about 45 kilometers west of Mogadishu in the Lower Shabelle region, before withdrawing. A Somali military officer, Col. Hassan Ali Guled, said six soldiers were killed in Wednesday's assault. Al-Shabaab said it had killed 21.

Guled said soldiers had deserted posts in the area because their salaries had been stolen by officers in Mogadishu, leaving the base with fewer than 40 men. "You cannot ask a man to die for nothing," he said.

The U.S. Africa Command said it carried out an airstrike on Tuesday near Jilib, in the Middle Juba region, killing four militants. It said no civilians were injured or killed. The U.S. military has sharply increased its airstrikes in Somalia since President Donald Trump approved expanded operations in March 2017.

In the northern port city of Bosaso, in the semi-autonomous Puntland region, gunmen shot dead a businessman on Monday. The Islamic State in Somalia group, a smaller rival of al-Shabaab based in the mountains of Bari region, said its fighters had killed him for refusing to pay taxes.

Al-Shabaab, which was pushed out of Mogadishu in 2011, still controls large parts of rural southern and central Somalia. It is estimated to have between 5,000 and 9,000 fighters.

The planned drawdown of the African Union force, which has some 21,000 troops in Somalia, could allow the extremists to retake towns, said Abdullahi Mohamed Warsame, a security analyst in Mogadishu. "The Somali army is not ready to hold the ground alone," he said.

Security Minister Mohamed Abukar Islow said in a televised address that Thursday's bombing would not stop the government's plans to hand security responsibility to Somali forces.
""")
d.country = "Somalia"
d.ev(["A suicide bomber rammed an explosives-laden car into a security checkpoint in Somalia's capital late Thursday, killing at least 14 people",
      "The blast struck near the busy KM4 junction in Mogadishu's Hodan district", "his team had carried 17 bodies"],
     date="2018-10-11", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Al Shabaab",
     actor2="Military Forces of Somalia (2012-)", admin1="Banadir", admin1_alt=["Benadir"], admin2="Mogadishu",
     location="Mogadishu - Hodan", location_alt=["Mogadishu", "Hodan", "KM4"], lat=2.03, lon=45.31, prec=1,
     fatalities=14, injured=30, fatalities_note="police at least 14 vs ambulance 17 bodies -> 14; second blast minutes later = same event")
d.ev(["al-Shabaab fighters briefly overran an army base in Bariire, about 45 kilometers west of Mogadishu in the Lower Shabelle region, before withdrawing",
      "six soldiers were killed in Wednesday's assault"],
     date="2018-10-10", etype="Battles", sub="Armed clash", sub_alt=["Non-state actor overtakes territory"],
     actor1="Al Shabaab", actor2="Military Forces of Somalia (2012-)", admin1="Lower Shabelle", admin1_alt=["Shabeellaha Hoose"],
     admin2="Afgooye", location="Bariire", location_alt=["Bariire", "Barire"], prec=1, fatalities=6,
     fatalities_note="army 6 vs al-Shabaab 21 -> 6")
d.ev(["it carried out an airstrike on Tuesday near Jilib, in the Middle Juba region, killing four militants"],
     date="2018-10-09", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Military Forces of the United States (2017-2021)",
     actor2="Al Shabaab", admin1="Middle Juba", admin1_alt=["Jubbada Dhexe"], admin2="Jilib", location="Jilib",
     lat=0.49, lon=42.77, prec=2, fatalities=4)
d.ev(["In the northern port city of Bosaso, in the semi-autonomous Puntland region, gunmen shot dead a businessman on Monday"],
     date="2018-10-08", etype="Violence against civilians", sub="Attack", actor1="Islamic State (Somalia)",
     actor1_alt=["Unidentified Armed Group (Somalia)"], actor2="Civilians (Somalia)", admin1="Bari", admin2="Bossaso",
     location="Bosaso", location_alt=["Bossaso", "Boosaaso"], lat=11.28, lon=49.18, prec=1, fatalities=1)
OSM = "police Capt. Abdirahman Osman"
d.q("A suicide bomber rammed an explosives-laden car into a security checkpoint in Somalia's capital late Thursday, killing at least 14 people",
    "police", ("killing at least 14 people, police said", "police"), anon="unnamed official", alt=["Abdirahman Osman"])
d.q("A second, smaller explosion went off minutes later as rescuers arrived", "Abdirahman Osman", OSM,
    [("Osman said", "Osman"), ("He said three", "He")], role="police captain", aff="Somali Police Force", medium="The Associated Press")
d.q('"Most of the dead are civilians who were waiting for transport,"', "Abdirahman Osman", ("Osman said", "Osman"),
    [OSM, ("He said three", "He")], role="police captain", aff="Somali Police Force")
d.q("three soldiers manning the checkpoint were among those killed", "Abdirahman Osman", ("He said three", "He"),
    [OSM, ("Osman said", "Osman")], role="police captain", aff="Somali Police Force")
FAR = "Ahmed Nur Farah, the director of Aamin Ambulance service"
d.q("his team had carried 17 bodies and more than 30 wounded people from the scene", "Ahmed Nur Farah", FAR,
    [("rubble of the shops,\" he said", "he")], role="director", aff="Aamin Ambulance")
d.q('"We are still searching the rubble of the shops,"', "Ahmed Nur Farah", ('rubble of the shops," he said', "he"),
    [FAR], role="director", aff="Aamin Ambulance")
d.q('it had targeted "apostate soldiers" guarding the road to the presidential palace', "Al-Shabaab",
    ("Al-Shabaab claimed responsibility", "Al-Shabaab"), medium="Andalus radio")
GUL = "A Somali military officer, Col. Hassan Ali Guled"
d.q("six soldiers were killed in Wednesday's assault", "Hassan Ali Guled", GUL,
    [("Guled said soldiers", "Guled"), ('for nothing," he said', "he")], role="military officer", aff="Somali National Army")
d.q("it had killed 21", "Al-Shabaab", ("Al-Shabaab said it had killed 21", "Al-Shabaab"))
d.q("soldiers had deserted posts in the area because their salaries had been stolen by officers in Mogadishu, leaving the base with fewer than 40 men",
    "Hassan Ali Guled", ("Guled said soldiers", "Guled"), [GUL, ('for nothing," he said', "he")],
    role="military officer", aff="Somali National Army")
d.q('"You cannot ask a man to die for nothing,"', "Hassan Ali Guled", ('for nothing," he said', "he"),
    [GUL, ("Guled said soldiers", "Guled")], role="military officer", aff="Somali National Army")
AFR = "The U.S. Africa Command"
d.q("it carried out an airstrike on Tuesday near Jilib, in the Middle Juba region, killing four militants",
    "U.S. Africa Command", AFR, [("It said no civilians", "It")])
d.q("no civilians were injured or killed", "U.S. Africa Command", ("It said no civilians", "It"), [AFR])
d.q("its fighters had killed him for refusing to pay taxes", "Islamic State in Somalia",
    "The Islamic State in Somalia group")
WAR = "Abdullahi Mohamed Warsame, a security analyst in Mogadishu"
d.q("The planned drawdown of the African Union force, which has some 21,000 troops in Somalia, could allow the extremists to retake towns",
    "Abdullahi Mohamed Warsame", WAR, [('hold the ground alone," he said', "he")], role="security analyst")
d.q('"The Somali army is not ready to hold the ground alone,"', "Abdullahi Mohamed Warsame",
    ('hold the ground alone," he said', "he"), [WAR], role="security analyst")
d.q("Thursday's bombing would not stop the government's plans to hand security responsibility to Somali forces",
    "Mohamed Abukar Islow", "Security Minister Mohamed Abukar Islow", role="Security Minister", aff="Government of Somalia",
    medium="televised address")
d.agg("It is estimated to have between 5,000 and 9,000 fighters", "al-Shabaab fighters", "fighters", low=5000, high=9000,
      qualifier="between", scope="Somalia")
d.cz("The bombing raised fears of a return to the massive attacks on the capital that the group carried out last year",
     "The bombing", "fears of a return to the massive attacks on the capital that the group carried out last year")
d.cz("soldiers had deserted posts in the area because their salaries had been stolen by officers in Mogadishu, leaving the base with fewer than 40 men",
     "their salaries had been stolen by officers in Mogadishu", "soldiers had deserted posts in the area",
     driver="governance/corruption", claimant="Hassan Ali Guled")
d.cz("The planned drawdown of the African Union force, which has some 21,000 troops in Somalia, could allow the extremists to retake towns",
     "The planned drawdown of the African Union force", "the extremists to retake towns", driver="security posture/deployment",
     hedged=True, claimant="Abdullahi Mohamed Warsame")

# ---------------------------------------------------------------- 06 Yemen (Marib), politics story with one incident, Thursday 2021-03-11
d = Doc("authF-06", "U.S., U.N. press Houthis to halt Marib offensive as ceasefire talks stall", "2021-03-11", """
By Staff Writer | March 11, 2021

DUBAI/ADEN - The United States and the United Nations stepped up pressure on Yemen's Houthi movement this week to halt its offensive on the government stronghold of Marib, but diplomats said there was little sign the Iran-aligned group was ready to accept a nationwide ceasefire.

U.N. envoy Hans Lindqvist told the Security Council on Wednesday that the battle for Marib "must stop now", warning that the fighting was pushing hundreds of thousands of displaced people towards the desert. He said talks on a ceasefire, the reopening of Sanaa airport and the easing of restrictions on fuel imports through Hodeidah had "not yet produced the breakthrough Yemenis need".

The Houthis have been pushing towards Marib since early February in order to seize its oil and gas fields and strengthen their hand in any negotiations, analysts say. The city is the Saudi-backed government's last major foothold in the north.

On Tuesday, a Houthi missile struck a residential area in Marib city, killing two children and wounding five other people, the government-run Saba news agency said. A resident of the al-Rawda neighbourhood said the missile hit near a school. "We heard the whistle and then the whole street shook," he said by telephone.

Houthi spokesman Abdulmalik al-Ezzi denied that the group targeted civilians and said its forces were "liberating" Marib from "mercenaries" loyal to the Saudi-led coalition.

The coalition, which intervened in Yemen in March 2015 after the Houthis ousted the government from Sanaa, said its warplanes had struck Houthi positions west of Marib this week, without giving details. The Houthis also said they had launched drones at oil facilities in Saudi Arabia's Eastern Province on Sunday.

Saudi officials say Iranian support has allowed the Houthis to build drones and missiles with a longer range. Tehran denies arming the group.

Marib province shelters about one million people displaced from other parts of Yemen, according to the International Organization for Migration, many of them in makeshift camps that lie close to the front lines. At least 8,000 people have fled camps west of the city since the offensive began, the agency said last week.

"Families who have already fled three or four times are being forced to move again, with nothing," said Layla Hamdan of the Norwegian Refugee Council in Aden.

Fuel shortages in Houthi-held areas, caused by the coalition's restrictions on tankers entering Hodeidah port, have led to long queues at petrol stations in Sanaa and pushed up the price of food. The Houthis say the restrictions amount to a blockade; the coalition says it is enforcing a U.N. arms embargo.

Washington revoked the designation of the Houthis as a terrorist organisation last month because of fears it would worsen the humanitarian crisis, but a State Department spokesman, Mark Devlin, said the decision "should not be read as a reward".

If Marib falls, the government would lose its last stronghold in the north and its main source of revenue, diplomats say.

The war has killed more than 130,000 people, including combatants, according to estimates by monitoring groups, and left two-thirds of the population in need of aid.
""")
d.country = "Yemen"
d.ev(["On Tuesday, a Houthi missile struck a residential area in Marib city, killing two children and wounding five other people",
      "the missile hit near a school"],
     date="2021-03-09", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
     actor1="Military Forces of Yemen (2017-) Houthi", actor1_alt=["Houthis", "Ansar Allah"], actor2="Civilians (Yemen)",
     admin1="Marib", admin1_alt=["Ma'rib", "Maarib"], admin2="Marib City", location="Marib",
     location_alt=["Marib City", "al-Rawda"], lat=15.46, lon=45.32, prec=1, fatalities=2, injured=5)
LIN = "U.N. envoy Hans Lindqvist"
d.q('the battle for Marib "must stop now"', "Hans Lindqvist", LIN, [("He said talks", "He")], role="U.N. envoy",
    aff="United Nations")
d.q("the fighting was pushing hundreds of thousands of displaced people towards the desert", "Hans Lindqvist", LIN,
    [("He said talks", "He")], role="U.N. envoy", aff="United Nations")
d.q('talks on a ceasefire, the reopening of Sanaa airport and the easing of restrictions on fuel imports through Hodeidah had "not yet produced the breakthrough Yemenis need"',
    "Hans Lindqvist", ("He said talks", "He"), [LIN], role="U.N. envoy", aff="United Nations")
d.q("there was little sign the Iran-aligned group was ready to accept a nationwide ceasefire", "diplomats",
    ("but diplomats said", "diplomats"), anon="unnamed official")
d.q("The Houthis have been pushing towards Marib since early February in order to seize its oil and gas fields and strengthen their hand in any negotiations",
    "analysts", ("negotiations, analysts say", "analysts"), anon="anonymous")
d.q("a Houthi missile struck a residential area in Marib city, killing two children and wounding five other people",
    "Saba", "the government-run Saba news agency")
RM = "A resident of the al-Rawda neighbourhood"
d.q("the missile hit near a school", RM, RM, [('shook," he said', "he")], anon="anonymous")
d.q('"We heard the whistle and then the whole street shook,"', RM, ('shook," he said', "he"), [RM], anon="anonymous",
    medium="telephone")
EZZ = "Houthi spokesman Abdulmalik al-Ezzi"
d.q("the group targeted civilians", "Abdulmalik al-Ezzi", EZZ, role="spokesman", aff="Houthis")
d.q('its forces were "liberating" Marib from "mercenaries" loyal to the Saudi-led coalition', "Abdulmalik al-Ezzi", EZZ,
    role="spokesman", aff="Houthis")
d.q("its warplanes had struck Houthi positions west of Marib this week", "Saudi-led coalition",
    ("The coalition, which intervened", "The coalition"))
d.q("they had launched drones at oil facilities in Saudi Arabia's Eastern Province on Sunday", "Houthis",
    ("The Houthis also said", "The Houthis"))
d.q("Iranian support has allowed the Houthis to build drones and missiles with a longer range", "Saudi officials",
    "Saudi officials", anon="unnamed official")
d.q("arming the group", "Tehran", ("Tehran denies", "Tehran"))
d.q("Marib province shelters about one million people displaced from other parts of Yemen", "International Organization for Migration",
    "the International Organization for Migration", [("the agency said last week", "the agency")])
d.q("At least 8,000 people have fled camps west of the city since the offensive began", "International Organization for Migration",
    ("the agency said last week", "the agency"), ["the International Organization for Migration"])
HAM = "Layla Hamdan of the Norwegian Refugee Council in Aden"
d.q('"Families who have already fled three or four times are being forced to move again, with nothing,"', "Layla Hamdan", HAM,
    aff="Norwegian Refugee Council")
d.q("the restrictions amount to a blockade", "Houthis", ("The Houthis say the restrictions", "The Houthis"))
d.q("it is enforcing a U.N. arms embargo", "Saudi-led coalition", ("the coalition says it", "the coalition"))
DEV = "a State Department spokesman, Mark Devlin"
d.q('the decision "should not be read as a reward"', "Mark Devlin", DEV, role="State Department spokesman",
    aff="U.S. State Department")
d.q("If Marib falls, the government would lose its last stronghold in the north and its main source of revenue", "diplomats",
    ("main source of revenue, diplomats say", "diplomats"), anon="unnamed official")
d.q("The war has killed more than 130,000 people, including combatants", "monitoring groups",
    "estimates by monitoring groups", anon="anonymous")
d.agg("Marib province shelters about one million people displaced from other parts of Yemen", "displaced people", "people",
      quantity=1000000, qualifier="about", pe="2021-03-11", scope="Marib province", claimant="International Organization for Migration")
d.agg("At least 8,000 people have fled camps west of the city since the offensive began", "people who fled camps", "people",
      quantity=8000, low=8000, qualifier="at least", ps="2021-02-01", scope="camps west of Marib city",
      claimant="International Organization for Migration")
d.agg("The war has killed more than 130,000 people, including combatants", "people killed", "people", quantity=130000,
      low=130000, qualifier="more than", ps="2015-03-01", pe="2021-03-11", scope="Yemen", claimant="monitoring groups")
d.agg("left two-thirds of the population in need of aid", "share of population in need of aid", "percent", quantity=66.67,
      scope="Yemen", claimant="monitoring groups")
d.cz("The Houthis have been pushing towards Marib since early February in order to seize its oil and gas fields and strengthen their hand in any negotiations",
     "The Houthis have been pushing towards Marib", "seize its oil and gas fields and strengthen their hand in any negotiations",
     claimant="analysts")
d.cz("Iranian support has allowed the Houthis to build drones and missiles with a longer range", "Iranian support",
     "the Houthis to build drones and missiles with a longer range", driver="external support", claimant="Saudi officials")
d.cz("Fuel shortages in Houthi-held areas, caused by the coalition's restrictions on tankers entering Hodeidah port",
     "the coalition's restrictions on tankers entering Hodeidah port", "Fuel shortages in Houthi-held areas")
d.cz("Fuel shortages in Houthi-held areas, caused by the coalition's restrictions on tankers entering Hodeidah port, have led to long queues at petrol stations in Sanaa",
     "Fuel shortages in Houthi-held areas", "long queues at petrol stations in Sanaa")
d.cz("Washington revoked the designation of the Houthis as a terrorist organisation last month because of fears it would worsen the humanitarian crisis",
     "fears it would worsen the humanitarian crisis", "Washington revoked the designation of the Houthis as a terrorist organisation last month")

# ---------------------------------------------------------------- 07 Afghanistan, think-tank analysis (no event), Wednesday 2024-10-09
d = Doc("authF-07", "Contained, not defeated: Islamic State Khorasan three years into Taliban rule", "2024-10-09", """
ANALYSIS | South Asia Security Brief | 9 October 2024

By Farid Ahmadzai and Clara Jensen

Three years after the Taliban returned to power, the Islamic State's Afghan branch, known as Islamic State Khorasan Province (ISKP), is weaker inside Afghanistan than at any time since it emerged in Nangarhar in 2015. It is also more dangerous abroad.

Inside the country, the numbers point one way. ISKP claimed 18 attacks in Afghanistan in the first eight months of 2024, according to our count of the group's own statements, compared with 73 over the same period of 2022. The last mass-casualty attack in Kabul, a suicide bombing in the Qala-e-Bakhtiar area in early September, was the first in the capital in several months.

The decline is largely the result of a ruthless Taliban campaign. Raids by the Taliban's intelligence directorate on safe houses in Kabul, Nangarhar and Kunar have reduced the group's ability to mount urban attacks, and the killing of several senior ISKP figures since 2022 has disrupted its chain of command. "The Taliban know how ISKP works because many of their own fighters once fought alongside its members," a former Afghan intelligence official said.

Yet the group has not gone away. The UN Security Council's monitoring team estimated in July that ISKP has between 4,000 and 6,000 fighters and family members in Afghanistan. The mountainous valleys of Kunar and Nuristan continue to provide it with sanctuary, and its cells in the north recruit among Tajiks and Uzbeks from Central Asia.

Economic collapse has also made recruitment easier. Since foreign aid was cut in 2021, unemployment among young men has soared, and "a few hundred dollars a month is enough to buy a fighter", said Nilofar Rahimi, a researcher who interviewed former ISKP members in Kabul last year.

Sectarian grievance is the other engine. ISKP has repeatedly attacked the Shia Hazara community, killing or wounding more than 700 Hazaras in attacks between August 2021 and the end of 2023, according to Human Rights Watch. Our interviews suggest the group also draws on resentment among Salafi communities in the east, whose madrasas the Taliban have closed.

The group's external operations are the greater concern. ISKP claimed the twin suicide bombings in Kerman, Iran, in January and the attack on the Crocus City Hall concert venue near Moscow in March, which together killed more than 230 people. Western officials say money from the Islamic State's central leadership, routed through networks in Somalia and Turkey, has helped ISKP finance these plots.

A Taliban spokesman, Mawlawi Saifullah Rahimi, told us that ISKP "has no territory and no future in Afghanistan" and that foreign governments exaggerated the threat "to justify their own failures". He denied that any foreign fighters were operating from Afghan soil.

That confidence may be misplaced. A Western diplomat in Doha said the Taliban's refusal to share intelligence with neighbours meant "nobody outside has a clear picture of what is left". If the Taliban's campaign falters, or if the economy deteriorates further, the group could rebuild quickly, as it did in Nangarhar after 2017.

For now, the picture is one of a group contained rather than defeated: squeezed at home, looking outward, and waiting.
""")
d.country = "Afghanistan"
FIO = "a former Afghan intelligence official"
d.q('"The Taliban know how ISKP works because many of their own fighters once fought alongside its members,"', FIO, FIO,
    anon="unnamed official")
UN = "The UN Security Council's monitoring team"
d.q("ISKP has between 4,000 and 6,000 fighters and family members in Afghanistan", "UN Security Council monitoring team", UN)
RAH = "Nilofar Rahimi, a researcher who interviewed former ISKP members in Kabul last year"
d.q('"a few hundred dollars a month is enough to buy a fighter"', "Nilofar Rahimi", RAH, role="researcher")
d.q("killing or wounding more than 700 Hazaras in attacks between August 2021 and the end of 2023", "Human Rights Watch",
    "Human Rights Watch")
d.q("money from the Islamic State's central leadership, routed through networks in Somalia and Turkey, has helped ISKP finance these plots",
    "Western officials", "Western officials", anon="unnamed official")
SR = "A Taliban spokesman, Mawlawi Saifullah Rahimi"
d.q('ISKP "has no territory and no future in Afghanistan"', "Mawlawi Saifullah Rahimi", SR, [("He denied", "He")],
    role="spokesman", aff="Taliban")
d.q('foreign governments exaggerated the threat "to justify their own failures"', "Mawlawi Saifullah Rahimi", SR,
    [("He denied", "He")], role="spokesman", aff="Taliban")
d.q("any foreign fighters were operating from Afghan soil", "Mawlawi Saifullah Rahimi", ("He denied", "He"), [SR],
    role="spokesman", aff="Taliban")
WD = "A Western diplomat in Doha"
d.q("the Taliban's refusal to share intelligence with neighbours meant \"nobody outside has a clear picture of what is left\"",
    WD, WD, anon="unnamed official")
d.agg("ISKP claimed 18 attacks in Afghanistan in the first eight months of 2024", "ISKP-claimed attacks", "attacks",
      quantity=18, ps="2024-01-01", pe="2024-08-31", scope="Afghanistan", claimant=None)
d.agg("compared with 73 over the same period of 2022", "ISKP-claimed attacks", "attacks", quantity=73, ps="2022-01-01",
      pe="2022-08-31", scope="Afghanistan", claimant=None)
d.agg("ISKP has between 4,000 and 6,000 fighters and family members in Afghanistan", "ISKP fighters and family members",
      "people", low=4000, high=6000, qualifier="between", pe="2024-07-31", scope="Afghanistan",
      claimant="UN Security Council monitoring team")
d.agg("killing or wounding more than 700 Hazaras in attacks between August 2021 and the end of 2023", "Hazaras killed or wounded",
      "people", quantity=700, low=700, qualifier="more than", ps="2021-08-01", pe="2023-12-31", scope="Afghanistan",
      claimant="Human Rights Watch")
d.cz("The decline is largely the result of a ruthless Taliban campaign", "a ruthless Taliban campaign", "The decline",
     driver="security posture/deployment", pol="+")
d.cz("Raids by the Taliban's intelligence directorate on safe houses in Kabul, Nangarhar and Kunar have reduced the group's ability to mount urban attacks",
     "Raids by the Taliban's intelligence directorate on safe houses in Kabul, Nangarhar and Kunar",
     "the group's ability to mount urban attacks", driver="security posture/deployment", pol="-")
d.cz("the killing of several senior ISKP figures since 2022 has disrupted its chain of command",
     "the killing of several senior ISKP figures since 2022", "its chain of command",
     driver="leadership/command change", pol="-")
d.cz('"The Taliban know how ISKP works because many of their own fighters once fought alongside its members,"',
     "many of their own fighters once fought alongside its members", "The Taliban know how ISKP works",
     claimant="a former Afghan intelligence official")
d.cz("The mountainous valleys of Kunar and Nuristan continue to provide it with sanctuary",
     "The mountainous valleys of Kunar and Nuristan", "provide it with sanctuary", driver="terrain/safe havens")
d.cz("Economic collapse has also made recruitment easier", "Economic collapse", "recruitment easier",
     driver="economic hardship/unemployment")
d.cz("money from the Islamic State's central leadership, routed through networks in Somalia and Turkey, has helped ISKP finance these plots",
     "money from the Islamic State's central leadership, routed through networks in Somalia and Turkey",
     "ISKP finance these plots", driver="external support", claimant="Western officials")

# ---------------------------------------------------------------- 08 Pakistan (Khyber Pakhtunkhwa), local outlet, Thursday 2023-08-17
d = Doc("authF-08", "Four policemen martyred in Lakki Marwat blast; two soldiers killed in North Waziristan", "2023-08-17", """
PESHAWAR: Four policemen were martyred when a roadside bomb struck their mobile van on the Lakki-Bannu road in Lakki Marwat district on Wednesday, officials said, while two soldiers and four militants were killed in an overnight attack on a security post in North Waziristan.

District Police Officer Zahid Mehmood Khattak told this correspondent that the van was on routine patrol near the Tajori area when the device, planted on the roadside, went off. Three constables died on the spot, and an assistant sub-inspector succumbed to his injuries in a Bannu hospital later in the evening, raising the death toll to four. Two other policemen were injured.

"The explosive was detonated by remote control. The culprits will not escape," Khattak said.

In North Waziristan, militants attacked a check post in the Mir Ali area late on Wednesday night, the military's media wing, ISPR, said on Thursday. In the ensuing exchange of fire, four terrorists were killed, while two soldiers embraced martyrdom, it said. The statement added that a clearance operation was under way to eliminate any other terrorists found in the area.

No group claimed either attack, but police officials said the Lakki Marwat bombing bore the hallmarks of the banned Tehreek-i-Taliban Pakistan (TTP).

In Peshawar, the Counter-Terrorism Department said it had arrested two suspected TTP facilitators in a raid in the Pishtakhara area on Tuesday and recovered hand grenades and explosives from their possession. A CTD spokesman said the suspects had been planning to target a police station.

Meanwhile, hundreds of tribal elders and residents staged a peaceful sit-in in Khar, Bajaur, on Monday to demand security for political gatherings. The protest came two weeks after a suicide bombing at a Jamiat Ulema-i-Islam-Fazl workers' convention in Khar killed more than 60 people.

'Sanctuaries across the border'

Police in the province's southern districts have borne the brunt of the violence. At least 160 policemen have been martyred in Khyber Pakhtunkhwa since January, according to police data, and the force says its men are vulnerable because they lack armoured vehicles and night-vision equipment.

According to the Islamabad-based Pakistan Institute for Conflict and Security Studies (PICSS), militants carried out 271 attacks across the country in the first half of the year, nearly 60 percent of them in Khyber Pakhtunkhwa.

Security analyst Brig (retd) Asad Munir Durrani said the surge was due to the sanctuaries the TTP enjoyed in Afghanistan since the Taliban takeover of Kabul. "Their leadership sits across the border, trains there and sends fighters here in small groups," he said.

Officials also say the return of hundreds of TTP fighters and their families to Swat and the merged districts during last year's peace talks fuelled the resurgence. The TTP ended its ceasefire with the government in November.

Caretaker provincial information minister Bakht Jamal said the government would not negotiate "with those who have the blood of our people on their hands". He said additional funds had been released for the police, though he did not give a figure.

The Foreign Office has repeatedly asked Kabul to act against the TTP. The Afghan Taliban deny that their territory is used for attacks against Pakistan.
""")
d.country = "Pakistan"
KP = dict(admin1="Khyber Pakhtunkhwa", admin1_alt=["KPK", "NWFP", "Khyber-Pakhtunkhwa"])
d.ev(["Four policemen were martyred when a roadside bomb struck their mobile van on the Lakki-Bannu road in Lakki Marwat district on Wednesday",
      "raising the death toll to four"],
     date="2023-08-16", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
     actor1="Unidentified Armed Group (Pakistan)", actor1_alt=["TTP: Tehreek-i-Taliban Pakistan"],
     actor2="Police Forces of Pakistan (2018-)", admin2="Lakki Marwat", location="Tajori", location_alt=["Lakki Marwat"],
     lat=32.61, lon=70.91, prec=2, fatalities=4, injured=2, **KP, fatalities_note="three on the spot, rose to four")
d.ev(["militants attacked a check post in the Mir Ali area late on Wednesday night",
      "four terrorists were killed, while two soldiers embraced martyrdom"],
     date="2023-08-16", etype="Battles", sub="Armed clash", actor1="Unidentified Armed Group (Pakistan)",
     actor1_alt=["TTP: Tehreek-i-Taliban Pakistan"], actor2="Military Forces of Pakistan (2018-)",
     admin2="North Waziristan", location="Mir Ali", lat=32.97, lon=70.28, prec=2, fatalities=6, **KP,
     note="'late on Wednesday night' / 'overnight' read as Wednesday night (within the +-2 day window of the publication day)")
d.ev(["it had arrested two suspected TTP facilitators in a raid in the Pishtakhara area on Tuesday"],
     date="2023-08-15", etype="Strategic developments", sub="Arrests", actor1="Police Forces of Pakistan (2018-) Counter-Terrorism Department",
     actor2="TTP: Tehreek-i-Taliban Pakistan", admin2="Peshawar", location="Peshawar", location_alt=["Pishtakhara"],
     lat=34.01, lon=71.58, prec=2, fatalities=0, **KP)
d.ev(["hundreds of tribal elders and residents staged a peaceful sit-in in Khar, Bajaur, on Monday to demand security for political gatherings"],
     date="2023-08-14", etype="Protests", sub="Peaceful protest", actor1="Protesters (Pakistan)", admin2="Bajaur",
     location="Khar", lat=34.73, lon=71.52, prec=1, fatalities=0, **KP)
d.q("Four policemen were martyred when a roadside bomb struck their mobile van on the Lakki-Bannu road in Lakki Marwat district on Wednesday",
    "officials", ("on Wednesday, officials said", "officials"), anon="unnamed official")
KH = "District Police Officer Zahid Mehmood Khattak"
d.q("the van was on routine patrol near the Tajori area when the device, planted on the roadside, went off", "Zahid Mehmood Khattak",
    KH, [("Khattak said", "Khattak")], role="District Police Officer", aff="Khyber Pakhtunkhwa Police")
d.q('"The explosive was detonated by remote control. The culprits will not escape,"', "Zahid Mehmood Khattak",
    ("Khattak said", "Khattak"), [KH], role="District Police Officer", aff="Khyber Pakhtunkhwa Police")
ISPR = "the military's media wing, ISPR"
d.q("militants attacked a check post in the Mir Ali area late on Wednesday night", "ISPR", ISPR,
    [("martyrdom, it said", "it"), ("The statement added", "The statement")])
d.q("In the ensuing exchange of fire, four terrorists were killed, while two soldiers embraced martyrdom", "ISPR",
    ("martyrdom, it said", "it"), [ISPR])
d.q("a clearance operation was under way to eliminate any other terrorists found in the area", "ISPR",
    ("The statement added", "The statement"), [ISPR])
d.q("the Lakki Marwat bombing bore the hallmarks of the banned Tehreek-i-Taliban Pakistan (TTP)", "police officials",
    "police officials", anon="unnamed official")
CTD = "the Counter-Terrorism Department"
d.q("it had arrested two suspected TTP facilitators in a raid in the Pishtakhara area on Tuesday and recovered hand grenades and explosives from their possession",
    "Counter-Terrorism Department", CTD)
d.q("the suspects had been planning to target a police station", "A CTD spokesman", "A CTD spokesman", anon="unnamed official",
    aff="Counter-Terrorism Department")
d.q("At least 160 policemen have been martyred in Khyber Pakhtunkhwa since January", "Khyber Pakhtunkhwa Police", "police data",
    [("and the force says", "the force")])
d.q("its men are vulnerable because they lack armoured vehicles and night-vision equipment", "Khyber Pakhtunkhwa Police",
    ("and the force says", "the force"), ["police data"])
PIC = "the Islamabad-based Pakistan Institute for Conflict and Security Studies (PICSS)"
d.q("militants carried out 271 attacks across the country in the first half of the year, nearly 60 percent of them in Khyber Pakhtunkhwa",
    "Pakistan Institute for Conflict and Security Studies", PIC)
DUR = "Security analyst Brig (retd) Asad Munir Durrani"
d.q("the surge was due to the sanctuaries the TTP enjoyed in Afghanistan since the Taliban takeover of Kabul", "Asad Munir Durrani",
    DUR, [('in small groups," he said', "he")], role="security analyst")
d.q('"Their leadership sits across the border, trains there and sends fighters here in small groups,"', "Asad Munir Durrani",
    ('in small groups," he said', "he"), [DUR], role="security analyst")
d.q("the return of hundreds of TTP fighters and their families to Swat and the merged districts during last year's peace talks fuelled the resurgence",
    "Officials", ("Officials also say", "Officials"), anon="unnamed official")
BJ = "Caretaker provincial information minister Bakht Jamal"
d.q('the government would not negotiate "with those who have the blood of our people on their hands"', "Bakht Jamal", BJ,
    [("He said additional", "He")], role="caretaker provincial information minister", aff="Government of Khyber Pakhtunkhwa")
d.q("additional funds had been released for the police", "Bakht Jamal", ("He said additional", "He"), [BJ],
    role="caretaker provincial information minister", aff="Government of Khyber Pakhtunkhwa")
d.q("their territory is used for attacks against Pakistan", "Afghan Taliban", ("The Afghan Taliban deny", "The Afghan Taliban"))
d.agg("At least 160 policemen have been martyred in Khyber Pakhtunkhwa since January", "policemen killed", "people",
      quantity=160, low=160, qualifier="at least", ps="2023-01-01", pe="2023-08-17", scope="Khyber Pakhtunkhwa",
      claimant="police data")
d.agg("militants carried out 271 attacks across the country in the first half of the year", "militant attacks", "attacks",
      quantity=271, ps="2023-01-01", pe="2023-06-30", scope="Pakistan", claimant="Pakistan Institute for Conflict and Security Studies")
d.agg("nearly 60 percent of them in Khyber Pakhtunkhwa", "share of militant attacks", "percent", quantity=60, high=60,
      qualifier="nearly", ps="2023-01-01", pe="2023-06-30", scope="Khyber Pakhtunkhwa",
      claimant="Pakistan Institute for Conflict and Security Studies")
d.cz("its men are vulnerable because they lack armoured vehicles and night-vision equipment",
     "they lack armoured vehicles and night-vision equipment", "its men are vulnerable",
     driver="security posture/deployment", claimant="Khyber Pakhtunkhwa Police")
d.cz("the surge was due to the sanctuaries the TTP enjoyed in Afghanistan since the Taliban takeover of Kabul",
     "the sanctuaries the TTP enjoyed in Afghanistan since the Taliban takeover of Kabul", "the surge",
     driver="terrain/safe havens", claimant="Asad Munir Durrani")
d.cz("the return of hundreds of TTP fighters and their families to Swat and the merged districts during last year's peace talks fuelled the resurgence",
     "the return of hundreds of TTP fighters and their families to Swat and the merged districts during last year's peace talks",
     "the resurgence", driver="displacement/camps/reintegration", claimant="Officials")

# ---------------------------------------------------------------- 09 Colombia (Cauca), Reuters wire, Friday 2025-03-14
d = Doc("authF-09", "Colombia's Cauca hit by drone attacks and clashes as dissident offensive grows", "2025-03-14", """
BOGOTA, March 14 (Reuters) - Colombian soldiers killed four FARC dissidents and lost one of their own in fighting in rural Argelia, in the southwestern province of Cauca, on Thursday, the army said, a day after dissidents dropped explosives from drones on a police station in the same municipality.

The clashes with the Carlos Patino front, a faction of the dissident group known by its Spanish initials EMC, took place in the hills around the hamlet of Sinai, said General Mauricio Pena, the commander of the army's Third Division. "We will not give up a single centimetre of Cauca to the criminals," Pena told reporters in Popayan.

On Wednesday, dissidents used at least two drones to drop explosive charges on the police station in El Plateado, wounding three officers, police said. It was the fourth drone attack on the station this year.

"The drones come at night and we cannot see them until the explosion," one of the wounded officers told local radio from a hospital in Popayan.

On Tuesday, about 200 residents surrounded a patrol of some 30 soldiers in the village of La Belleza, near El Plateado, and forced them to leave, the army said, accusing the dissidents of having organised the crowd. Soldiers were pelted with stones, and two were slightly hurt. The army did not say whether any arrests were made.

Further north, gunmen shot dead Edinson Ul, a coordinator of the indigenous guard, near his home in Toribio on Sunday, the Association of Indigenous Councils of Northern Cauca (ACIN) said. The group blamed the dissidents' Dagoberto Ramos front, which it says has recruited hundreds of indigenous children.

The violence is a blow to President Gustavo Petro's "total peace" policy. The government's ceasefire with the EMC collapsed in Cauca in March last year, and the military says the suspension of operations during the truce allowed the dissidents to consolidate their control of coca-growing areas and routes to the Pacific coast.

Dissident factions recruit children because poverty in rural Cauca leaves families with few other options, said Lucia Mosquera, a researcher at the peace think tank Indepaz. At least 12 social leaders have been killed in Colombia so far this year, Indepaz said in its latest count, five of them in Cauca.

The army recorded more than 250 drone attacks against the security forces in 2024, most of them in Cauca, according to figures released by the defence ministry in January. As a result, police in several rural towns have moved their officers into reinforced bunkers.

Schools in El Plateado have closed because of the fighting, and at least 1,800 people have fled the municipality since January, according to the ombudsman's office.

In the northeastern Catatumbo region, fighting between the ELN rebels and a rival dissident faction that began in January has displaced more than 50,000 people, the worst humanitarian crisis in the region in decades.

Petro, who is seeking to revive talks with some dissident factions before his term ends next year, said on Thursday that the government would only negotiate with groups that stopped attacking civilians. "If they want peace, they must show it on the ground," he wrote on social media.
""")
d.country = "Colombia"
CAU = dict(admin1="Cauca")
d.ev(["Colombian soldiers killed four FARC dissidents and lost one of their own in fighting in rural Argelia, in the southwestern province of Cauca, on Thursday",
      "The clashes with the Carlos Patino front", "took place in the hills around the hamlet of Sinai"],
     date="2025-03-13", etype="Battles", sub="Armed clash", actor1="Military Forces of Colombia (2022-)",
     actor2="FARC Dissidents: Estado Mayor Central - Carlos Patino Front", actor1_alt=["EMC"], admin2="Argelia",
     location="Argelia", location_alt=["Sinai"], prec=2, fatalities=5, **CAU)
d.ev(["dissidents used at least two drones to drop explosive charges on the police station in El Plateado, wounding three officers"],
     date="2025-03-12", etype="Explosions/Remote violence", sub="Air/drone strike",
     actor1="FARC Dissidents: Estado Mayor Central - Carlos Patino Front", actor2="Police Forces of Colombia (2022-)",
     admin2="Argelia", location="El Plateado", prec=1, fatalities=0, injured=3, **CAU)
d.ev(["about 200 residents surrounded a patrol of some 30 soldiers in the village of La Belleza, near El Plateado, and forced them to leave",
      "Soldiers were pelted with stones, and two were slightly hurt"],
     date="2025-03-11", etype="Riots", sub="Violent demonstration", sub_alt=["Mob violence"], actor1="Rioters (Colombia)",
     actor2="Military Forces of Colombia (2022-)", admin2="Argelia", location="La Belleza", location_alt=["El Plateado"],
     prec=2, fatalities=0, injured=2, **CAU)
d.ev(["gunmen shot dead Edinson Ul, a coordinator of the indigenous guard, near his home in Toribio on Sunday"],
     date="2025-03-09", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Colombia)",
     actor1_alt=["FARC Dissidents: Estado Mayor Central - Dagoberto Ramos Front"], actor2="Civilians (Colombia)",
     admin2="Toribio", location="Toribio", location_alt=["Toribío"], lat=2.95, lon=-76.27, prec=1, fatalities=1, **CAU)
d.q("Colombian soldiers killed four FARC dissidents and lost one of their own in fighting in rural Argelia, in the southwestern province of Cauca, on Thursday",
    "the army", ("on Thursday, the army said", "the army"), alt=["Colombian army"])
PENA = "General Mauricio Pena, the commander of the army's Third Division"
d.q("The clashes with the Carlos Patino front, a faction of the dissident group known by its Spanish initials EMC, took place in the hills around the hamlet of Sinai",
    "Mauricio Pena", PENA, [("Pena told reporters", "Pena")], role="commander of the army's Third Division", aff="Colombian army")
d.q('"We will not give up a single centimetre of Cauca to the criminals,"', "Mauricio Pena", ("Pena told reporters", "Pena"),
    [PENA], role="commander of the army's Third Division", aff="Colombian army")
d.q("dissidents used at least two drones to drop explosive charges on the police station in El Plateado, wounding three officers",
    "police", ("wounding three officers, police said", "police"), anon="unnamed official")
WO = "one of the wounded officers"
d.q('"The drones come at night and we cannot see them until the explosion,"', WO, WO, anon="unnamed official", medium="local radio")
d.q("about 200 residents surrounded a patrol of some 30 soldiers in the village of La Belleza, near El Plateado, and forced them to leave",
    "the army", ("forced them to leave, the army said", "the army"), alt=["Colombian army"])
d.q("gunmen shot dead Edinson Ul, a coordinator of the indigenous guard, near his home in Toribio on Sunday",
    "Association of Indigenous Councils of Northern Cauca", "the Association of Indigenous Councils of Northern Cauca (ACIN)",
    [("which it says", "it")])
d.q("has recruited hundreds of indigenous children", "Association of Indigenous Councils of Northern Cauca",
    ("which it says", "it"), ["the Association of Indigenous Councils of Northern Cauca (ACIN)"])
d.q("the suspension of operations during the truce allowed the dissidents to consolidate their control of coca-growing areas and routes to the Pacific coast",
    "the military", ("the military says", "the military"), anon="named")
MOS = "Lucia Mosquera, a researcher at the peace think tank Indepaz"
d.q("Dissident factions recruit children because poverty in rural Cauca leaves families with few other options", "Lucia Mosquera",
    MOS, role="researcher", aff="Indepaz")
d.q("At least 12 social leaders have been killed in Colombia so far this year", "Indepaz", ("Indepaz said in its latest count", "Indepaz"))
d.q("The army recorded more than 250 drone attacks against the security forces in 2024, most of them in Cauca", "Colombian defence ministry",
    "figures released by the defence ministry in January")
d.q("at least 1,800 people have fled the municipality since January", "ombudsman's office", "the ombudsman's office")
d.q("the government would only negotiate with groups that stopped attacking civilians", "Gustavo Petro",
    ('Petro, who is seeking', 'Petro'), ["President Gustavo Petro", ("he wrote on social media", "he")],
    role="President", aff="Government of Colombia")
d.q('"If they want peace, they must show it on the ground,"', "Gustavo Petro", ("he wrote on social media", "he"),
    ["President Gustavo Petro", ("Petro, who is seeking", "Petro")], role="President", aff="Government of Colombia",
    medium="social media")
d.agg("It was the fourth drone attack on the station this year", "drone attacks on the El Plateado police station", "attacks",
      quantity=4, ps="2025-01-01", pe="2025-03-14", scope="El Plateado")
d.agg("At least 12 social leaders have been killed in Colombia so far this year", "social leaders killed", "people",
      quantity=12, low=12, qualifier="at least", ps="2025-01-01", pe="2025-03-14", scope="Colombia", claimant="Indepaz")
d.agg("five of them in Cauca", "social leaders killed", "people", quantity=5, ps="2025-01-01", pe="2025-03-14", scope="Cauca",
      claimant="Indepaz")
d.agg("The army recorded more than 250 drone attacks against the security forces in 2024", "drone attacks against security forces",
      "attacks", quantity=250, low=250, qualifier="more than", ps="2024-01-01", pe="2024-12-31", scope="Colombia",
      claimant="Colombian defence ministry")
d.agg("at least 1,800 people have fled the municipality since January", "people displaced", "people", quantity=1800, low=1800,
      qualifier="at least", ps="2025-01-01", pe="2025-03-14", scope="Argelia", claimant="ombudsman's office")
d.agg("fighting between the ELN rebels and a rival dissident faction that began in January has displaced more than 50,000 people",
      "people displaced", "people", quantity=50000, low=50000, qualifier="more than", ps="2025-01-01", pe="2025-03-14",
      scope="Catatumbo")
d.cz("the suspension of operations during the truce allowed the dissidents to consolidate their control of coca-growing areas and routes to the Pacific coast",
     "the suspension of operations during the truce",
     "the dissidents to consolidate their control of coca-growing areas and routes to the Pacific coast",
     driver="security posture/deployment", claimant="the military")
d.cz("Dissident factions recruit children because poverty in rural Cauca leaves families with few other options",
     "poverty in rural Cauca leaves families with few other options", "Dissident factions recruit children",
     driver="economic hardship/unemployment", claimant="Lucia Mosquera")
d.cz("The army recorded more than 250 drone attacks against the security forces in 2024, most of them in Cauca, according to figures released by the defence ministry in January. As a result, police in several rural towns have moved their officers into reinforced bunkers",
     "more than 250 drone attacks against the security forces in 2024",
     "police in several rural towns have moved their officers into reinforced bunkers")
d.cz("Schools in El Plateado have closed because of the fighting", "the fighting", "Schools in El Plateado have closed")

# ---------------------------------------------------------------- 10 Iraq, analysis (no event), Thursday 2020-06-18
d = Doc("authF-10", "ANALYSIS-In Kirkuk's hills, Islamic State cells regroup as Iraq's attention drifts", "2020-06-18", """
KIRKUK, Iraq, June 18 (Reuters) - Two and a half years after Iraq declared victory over Islamic State, the militants are quietly rebuilding in the farmland and hills of southern Kirkuk province, exploiting gaps between rival security forces, the coronavirus pandemic and the drawdown of U.S.-led troops.

Attacks in the province have risen steadily since January, according to police and Kurdish officials, with militants operating in small cells of five to ten fighters who move at night between the Hamrin mountains and the orchards of Wadi al-Shay, south of Hawija.

"They plant bombs on the farm roads, they burn the wheat, they kill the mukhtars who work with the government. They do not try to hold ground any more," said Brigadier General Kamal Hassan Abdullah, a police commander in southern Kirkuk. He said the cells had killed at least 45 members of the security forces in the province since the start of the year.

Across Iraq, Islamic State claimed 412 attacks in the first three months of 2020, according to a tally by the Baghdad-based Iraqi Centre for Security Studies, up from 292 in the last quarter of 2019. The centre estimates the group has between 2,500 and 3,500 fighters in Iraq, most of them in Kirkuk, Salah al-Din, Diyala and Anbar.

Analysts cite several reasons for the resurgence. The coronavirus lockdown imposed in March has kept many soldiers at home and slowed operations, allowing the militants to move more freely, said Sarmad al-Jubouri, a security researcher at Kirkuk University. The U.S.-led coalition also handed over its base at K1, northwest of Kirkuk city, to Iraqi forces in March as part of a planned drawdown, reducing the surveillance flights that used to track the cells.

"There is a corridor here about 30 kilometres wide where neither the army nor the Peshmerga goes," Jubouri said, referring to the disputed strip between federal and Kurdish lines that has been left largely unguarded since federal forces took Kirkuk from the Kurds in 2017. The rugged terrain of the Hamrin range gives the cells hideouts that are hard to reach by road.

A Peshmerga official, Hemin Salar, said coordination with Baghdad had improved but that the two sides still did not share intelligence in real time. "Daesh lives in the space between us," he said.

Residents also point to grievances left by the war. Some 1.4 million Iraqis remain displaced, according to the International Organization for Migration, and families in camps who are accused of links to the militants often cannot return home. Because they are blocked from going back to their villages, some young men in the camps have become easy targets for recruiters, a displaced man from Hawija said.

Corruption at checkpoints, where fighters can pay to pass, has also helped the cells move weapons, according to two Kirkuk officials, who asked not to be named.

The leadership change after Abu Bakr al-Baghdadi was killed in a U.S. raid in Syria last October has not noticeably weakened the Iraqi networks, Jubouri said, since local commanders act largely on their own.

The most serious recent attack came on May 27, when militants disguised as soldiers set up a fake checkpoint near Rashad and killed four farmers. About 60 villages in southern Kirkuk have been largely abandoned by their residents because of such attacks, local officials say.

Coalition spokesman Colonel Eric Halvorsen said the group was "a shadow of what it was" and that Iraqi forces were "fully capable" of containing it. Iraqi officials say the rise in attacks was not due to an influx of foreign fighters.

If the remaining coalition forces leave, the militants could try to return to the towns, some analysts warn.
""")
d.country = "Iraq"
d.q("Attacks in the province have risen steadily since January", "police and Kurdish officials", "police and Kurdish officials",
    anon="unnamed official")
KAM = "Brigadier General Kamal Hassan Abdullah, a police commander in southern Kirkuk"
d.q('"They plant bombs on the farm roads, they burn the wheat, they kill the mukhtars who work with the government. They do not try to hold ground any more,"',
    "Kamal Hassan Abdullah", KAM, [("He said the cells", "He")], role="police commander", aff="Iraqi police")
d.q("the cells had killed at least 45 members of the security forces in the province since the start of the year",
    "Kamal Hassan Abdullah", ("He said the cells", "He"), [KAM], role="police commander", aff="Iraqi police")
ICSS = "the Baghdad-based Iraqi Centre for Security Studies"
d.q("Across Iraq, Islamic State claimed 412 attacks in the first three months of 2020", "Iraqi Centre for Security Studies",
    ("a tally by the Baghdad-based Iraqi Centre for Security Studies", "the Baghdad-based Iraqi Centre for Security Studies"),
    [("The centre estimates", "The centre")])
d.q("the group has between 2,500 and 3,500 fighters in Iraq, most of them in Kirkuk, Salah al-Din, Diyala and Anbar",
    "Iraqi Centre for Security Studies", ("The centre estimates", "The centre"), [ICSS])
JUB = "Sarmad al-Jubouri, a security researcher at Kirkuk University"
JUBM = [("Jubouri said, referring", "Jubouri"), ("Iraqi networks, Jubouri said", "Jubouri")]
d.q("The coronavirus lockdown imposed in March has kept many soldiers at home and slowed operations, allowing the militants to move more freely",
    "Sarmad al-Jubouri", JUB, JUBM, role="security researcher", aff="Kirkuk University")
d.q('"There is a corridor here about 30 kilometres wide where neither the army nor the Peshmerga goes,"', "Sarmad al-Jubouri",
    JUBM[0], [JUB, JUBM[1]], role="security researcher", aff="Kirkuk University")
SAL = "A Peshmerga official, Hemin Salar"
d.q("coordination with Baghdad had improved but that the two sides still did not share intelligence in real time", "Hemin Salar",
    SAL, [('between us," he said', "he")], role="Peshmerga official", aff="Peshmerga")
d.q('"Daesh lives in the space between us,"', "Hemin Salar", ('between us," he said', "he"), [SAL], role="Peshmerga official",
    aff="Peshmerga")
d.q("Some 1.4 million Iraqis remain displaced", "International Organization for Migration",
    "the International Organization for Migration")
DM = "a displaced man from Hawija"
d.q("Because they are blocked from going back to their villages, some young men in the camps have become easy targets for recruiters",
    DM, DM, anon="anonymous")
d.q("Corruption at checkpoints, where fighters can pay to pass, has also helped the cells move weapons", "two Kirkuk officials",
    "two Kirkuk officials", anon="unnamed official")
d.q("The leadership change after Abu Bakr al-Baghdadi was killed in a U.S. raid in Syria last October has not noticeably weakened the Iraqi networks",
    "Sarmad al-Jubouri", JUBM[1], [JUB, JUBM[0]], role="security researcher", aff="Kirkuk University")
d.q("About 60 villages in southern Kirkuk have been largely abandoned by their residents because of such attacks", "local officials",
    ("such attacks, local officials say", "local officials"), anon="unnamed official")
HAL = "Coalition spokesman Colonel Eric Halvorsen"
d.q('the group was "a shadow of what it was" and that Iraqi forces were "fully capable" of containing it', "Eric Halvorsen", HAL,
    role="Coalition spokesman", aff="Global Coalition Against Daesh")
d.q("the rise in attacks was not due to an influx of foreign fighters", "Iraqi officials",
    ("Iraqi officials say the rise", "Iraqi officials"), anon="unnamed official")
d.q("If the remaining coalition forces leave, the militants could try to return to the towns", "some analysts",
    "some analysts", anon="anonymous")
d.agg("the cells had killed at least 45 members of the security forces in the province since the start of the year",
      "security force members killed", "people", quantity=45, low=45, qualifier="at least", ps="2020-01-01", pe="2020-06-18",
      scope="Kirkuk province", claimant="Kamal Hassan Abdullah")
d.agg("Islamic State claimed 412 attacks in the first three months of 2020", "Islamic State-claimed attacks", "attacks",
      quantity=412, ps="2020-01-01", pe="2020-03-31", scope="Iraq", claimant="Iraqi Centre for Security Studies")
d.agg("up from 292 in the last quarter of 2019", "Islamic State-claimed attacks", "attacks", quantity=292, ps="2019-10-01",
      pe="2019-12-31", scope="Iraq", claimant="Iraqi Centre for Security Studies")
d.agg("the group has between 2,500 and 3,500 fighters in Iraq", "Islamic State fighters", "fighters", low=2500, high=3500,
      qualifier="between", scope="Iraq", claimant="Iraqi Centre for Security Studies")
d.agg("Some 1.4 million Iraqis remain displaced", "displaced people", "people", quantity=1400000, qualifier="some",
      pe="2020-06-18", scope="Iraq", claimant="International Organization for Migration")
d.agg("About 60 villages in southern Kirkuk have been largely abandoned by their residents", "villages abandoned", "villages",
      quantity=60, qualifier="about", scope="southern Kirkuk", claimant="local officials")
d.cz("The coronavirus lockdown imposed in March has kept many soldiers at home and slowed operations, allowing the militants to move more freely",
     "The coronavirus lockdown imposed in March", "the militants to move more freely", driver="pandemic/lockdown",
     claimant="Sarmad al-Jubouri")
d.cz("The U.S.-led coalition also handed over its base at K1, northwest of Kirkuk city, to Iraqi forces in March as part of a planned drawdown, reducing the surveillance flights that used to track the cells",
     "The U.S.-led coalition also handed over its base at K1, northwest of Kirkuk city, to Iraqi forces in March",
     "the surveillance flights that used to track the cells", driver="security posture/deployment", pol="-")
d.cz("The rugged terrain of the Hamrin range gives the cells hideouts that are hard to reach by road",
     "The rugged terrain of the Hamrin range", "the cells hideouts that are hard to reach by road", driver="terrain/safe havens")
d.cz("Because they are blocked from going back to their villages, some young men in the camps have become easy targets for recruiters",
     "they are blocked from going back to their villages", "some young men in the camps have become easy targets for recruiters",
     driver="displacement/camps/reintegration", claimant="a displaced man from Hawija")
d.cz("Corruption at checkpoints, where fighters can pay to pass, has also helped the cells move weapons",
     "Corruption at checkpoints", "the cells move weapons", driver="governance/corruption", claimant="two Kirkuk officials")
d.cz("About 60 villages in southern Kirkuk have been largely abandoned by their residents because of such attacks",
     "such attacks", "About 60 villages in southern Kirkuk have been largely abandoned by their residents", claimant="local officials")

# === END DOCS ===


def check(d):
    t = d.text
    def sp(x):
        assert t[x["start"]:x["end"]] == x["text"], (d.id, x)
    for e in d.events:
        for x in e["evidence"]:
            sp(x)
    for q in d.quotes:
        sp(q)
        assert t[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
        for a, b in q["speaker_mentions"] + q.get("fragments", []):
            assert 0 <= a < b <= len(t)
    for c in d.claims:
        sp(c)
        if c["kind"] == "causal":
            sp(c["cause"]), sp(c["effect"])
            assert c["start"] <= c["cause"]["start"] and c["cause"]["end"] <= c["end"]
            assert c["start"] <= c["effect"]["start"] and c["effect"]["end"] <= c["end"]
    n = len(t.split())
    assert 350 <= n <= 900, (d.id, n)


def main():
    ids = [d.id for d in DOCS]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "authF.docs.jsonl"), "w") as fd, open(os.path.join(HERE, "authF.gold.jsonl"), "w") as fg:
        for d in DOCS:
            check(d)
            doc = {"id": d.id, "text": d.text, "published": d.published, "title": d.title}
            if d.url:
                doc["url"] = d.url
            fd.write(json.dumps(doc, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims},
                                ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for d in DOCS:
            agg = sum(c["kind"] == "aggregate" for c in d.claims)
            cau = [c for c in d.claims if c["kind"] == "causal"]
            print(d.id, d.published, len(d.text.split()), "words", len(d.events), "ev", len(d.quotes), "q", agg, "agg",
                  len(cau), "causal", sum(c["driver"] is not None for c in cau), "driver")
    ev = sum(len(d.events) for d in DOCS)
    qs = sum(len(d.quotes) for d in DOCS)
    ag = sum(c["kind"] == "aggregate" for d in DOCS for c in d.claims)
    ca = [c for d in DOCS for c in d.claims if c["kind"] == "causal"]
    print(f"docs={len(DOCS)} events={ev} quotes={qs} aggregate={ag} causal={len(ca)} "
          f"causal_driver={sum(c['driver'] is not None for c in ca)}")


if __name__ == "__main__":
    main()
