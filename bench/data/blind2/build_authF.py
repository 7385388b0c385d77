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
