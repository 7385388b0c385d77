#!/usr/bin/env python3
"""authS: invented analytical reports on political violence, with hand annotations.
Every offset is computed by searching the text."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_record import event_record

AUTHOR = "authS"
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def find(t, s, after=None, near=None):
    """Offsets of s in t. Unique unless anchored: after= (first hit after that unique string),
    near= (the hit closest to that offset)."""
    if near is not None:
        hits, i = [], t.find(s)
        while i >= 0:
            hits.append(i)
            i = t.find(s, i + 1)
        assert hits, s
        b = min(hits, key=lambda h: abs(h - near))
        assert abs(b - near) < 400, (s, near)
        return b, b + len(s)
    base = 0
    if after is not None:
        base = find(t, after)[1]
    i = t.find(s, base)
    assert i >= 0, ("missing", s)
    if after is None:
        assert t.find(s, i + 1) < 0, ("not unique", s)
    return i, i + len(s)


def span(t, s, after=None):
    a, b = find(t, s, after)
    return {"start": a, "end": b, "text": t[a:b]}


class Doc:
    def __init__(self, num, title, published, paras):
        self.id = f"{AUTHOR}-{num:02d}"
        self.title, self.published = title, published
        self.t = "\n\n".join(p.strip() for p in paras)
        self.events, self.quotes, self.claims = [], [], []
        DOCS.append(self)

    def E(self, evidence, **kw):
        ev = [span(self.t, s) if isinstance(s, str) else span(self.t, s[0], after=s[1]) for s in evidence]
        self.events.append(event_record(evidence=ev, **kw))

    def Q(self, content, speaker, tag, anon, mentions=(), direct=None, role=None, aff=None, medium=None,
          after=None, alt=None, frags=None):
        t = self.t
        if frags:
            fr = [find(t, f, after) for f in frags]
            a, b = fr[0][0], fr[-1][1]
        else:
            a, b = find(t, content, after)
            fr = None
        sa, sb = find(t, tag, near=a)
        ms = {(sa, sb)}
        for m in mentions:
            i = t.find(m)
            assert i >= 0, m
            while i >= 0:
                ms.add((i, i + len(m)))
                i = t.find(m, i + 1)
        if direct is None:
            direct = t[a] in "\"\u201c"
        q = {"start": a, "end": b, "text": t[a:b]}
        if fr:
            q["fragments"] = [list(x) for x in fr]
        q.update({"direct": direct, "speaker": speaker, "speaker_start": sa, "speaker_end": sb,
                  "speaker_text": t[sa:sb], "speaker_mentions": sorted(list(m) for m in ms)})
        if alt:
            q["speaker_alt"] = alt
        q.update({"role": role, "affiliation": aff, "anonymity": anon, "medium": medium})
        self.quotes.append(q)

    def A(self, s, counted, unit, quantity=None, low=None, high=None, qualifier=None, ps=None, pe=None,
          scope=None, claimant=None, after=None):
        c = {"kind": "aggregate", **span(self.t, s, after), "claimant": claimant, "quantity": quantity,
             "low": low, "high": high, "counted": counted, "unit": unit, "qualifier": qualifier,
             "period_start": ps, "period_end": pe, "scope": scope}
        self.claims.append(c)

    def C(self, s, cause, effect, driver=None, polarity="+", claimant=None, hedged=False, after=None):
        a, b = find(self.t, s, after)
        seg = self.t[a:b]

        def sub(x):
            i = seg.find(x)
            assert i >= 0 and seg.find(x, i + 1) < 0, ("cause/effect", x)
            return {"start": a + i, "end": a + i + len(x), "text": x}
        self.claims.append({"kind": "causal", "start": a, "end": b, "text": seg, "claimant": claimant,
                            "hedged": hedged, "cause": sub(cause), "effect": sub(effect), "driver": driver,
                            "polarity": polarity})


# ---------------------------------------------------------------- 01 Nigeria (events: 2)
d = Doc(1, "Borno's second quarter: ISWAP shifts from villages to bases", "2019-07-05", [
"""MAIDUGURI, Nigeria, July 5 -- Militants of the Islamic State West Africa Province (ISWAP) stormed a military post on the outskirts of Monguno on Tuesday, killing at least five soldiers, two military sources said, in an attack that capped a quarter in which the jihadists turned their guns increasingly on the army rather than on villagers.""",
"""The fighters arrived in gun trucks shortly before dusk and fought troops for close to two hours before withdrawing towards the shores of Lake Chad, one of the sources said. A resident of Monguno, who asked not to be named, said the gunfire could be heard across the town and that nine soldiers had been buried on Wednesday.""",
"""Two days earlier, on Sunday night, two female suicide bombers blew themselves up at the entrance of a video hall in Konduga, where young men had gathered to watch a football match. The blasts killed eight people, including the bombers, according to Usman Kachalla, a coordinator of the Borno State Emergency Management Agency. Sixteen others were taken to hospital in Maiduguri.""",
"""The two attacks fit a pattern that security analysts have tracked since the start of the year. According to a tally by the Lagos-based consultancy Sahel Risk Monitor, armed groups carried out 118 attacks in Borno and Yobe between April and June, up from 87 in the first three months of 2019. Military targets accounted for roughly 60 percent of those incidents, the firm said, compared with about a third a year earlier.""",
""""ISWAP has made a strategic choice," said Amina Gwoza, a senior analyst at the consultancy. "It wants the bases, the weapons and the trucks, and it wants to show rural communities that the army cannot protect itself, let alone them." """,
"""Analysts attribute much of the shift to a change at the top of the group. The rise of a new commander earlier this year pushed ISWAP towards larger raids on garrisons, Gwoza said, while its rival faction, loyal to Abubakar Shekau, continued to rely on suicide bombings in and around Konduga and Maiduguri.""",
"""The army's own posture has also played a part. Because the military pulled troops out of small outposts and into fortified "super camps" last year, critics say, the countryside between the camps has been left open. "When the soldiers left Baga road, the insurgents simply moved in behind them," said a farmer from Kukawa who now lives in a camp in Maiduguri. He said he had not visited his fields in fourteen months.""",
"""Army spokesman Colonel Sagir Musa said the consolidation was meant to deny the militants easy targets and that troops would return to the countryside "with mobility, not with sandbags." He said more than 1,200 suspected insurgents had been killed or captured in operations since January.""",
"""The humanitarian picture remains grim. According to the United Nations, some 1.8 million people remain displaced across Borno, Adamawa and Yobe, and aid agencies say insecurity on the main roads has cut off at least 800,000 people from regular assistance. An official with an international relief group in Maiduguri said fuel restrictions imposed by the military to starve the insurgents of supplies had also made it harder for families in the camps to buy food.""",
"""Residents of Monguno said the town's markets remained shut on Thursday. "Everybody is waiting to see what comes next," said a trader who gave his name only as Bukar.""",
])
t = d.t
d.E(["stormed a military post on the outskirts of Monguno on Tuesday, killing at least five soldiers",
     "fought troops for close to two hours"],
    date="2019-07-02", etype="Battles", sub="Armed clash", actor1="Islamic State West Africa Province",
    actor1_alt=["ISWAP", "Islamic State (West Africa)"], actor2="Military Forces of Nigeria (2015-2023)",
    country="Nigeria", admin1="Borno", admin2="Monguno", location="Monguno", lat=12.6702, lon=13.6101, prec=2,
    fatalities=5, fatalities_note="military sources 'at least five' vs resident nine buried: conservative 5")
d.E(["two female suicide bombers blew themselves up at the entrance of a video hall in Konduga",
     "The blasts killed eight people, including the bombers"],
    date="2019-06-30", etype="Explosions/Remote violence", sub="Suicide bomb", actor1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    actor1_alt=["Unidentified Armed Group (Nigeria)", "Boko Haram"], actor2="Civilians (Nigeria)",
    country="Nigeria", admin1="Borno", admin2="Konduga", location="Konduga", lat=11.6533, lon=13.4179, prec=1,
    fatalities=8, injured=16, note="unclaimed in text; bombers included in the eight")
d.Q("killing at least five soldiers", "two military sources", "two military sources", "unnamed official",
    direct=False)
d.Q("The fighters arrived in gun trucks shortly before dusk and fought troops for close to two hours before withdrawing towards the shores of Lake Chad",
    "two military sources", "one of the sources", "unnamed official", direct=False, alt=["one of the sources"])
d.Q("the gunfire could be heard across the town and that nine soldiers had been buried on Wednesday",
    "A resident of Monguno", "A resident of Monguno", "anonymous", direct=False)
d.Q("The blasts killed eight people, including the bombers", "Usman Kachalla", "Usman Kachalla", "named",
    mentions=["Usman Kachalla"], direct=False, role="coordinator",
    aff="Borno State Emergency Management Agency")
d.Q("armed groups carried out 118 attacks in Borno and Yobe between April and June, up from 87 in the first three months of 2019",
    "Sahel Risk Monitor", "the Lagos-based consultancy Sahel Risk Monitor", "named", direct=False,
    mentions=["Sahel Risk Monitor"])
d.Q(None, "Sahel Risk Monitor", "the firm", "named", mentions=["Sahel Risk Monitor"], direct=False,
    frags=["Military targets accounted for roughly 60 percent of those incidents", "compared with about a third a year earlier"])
d.Q("\"ISWAP has made a strategic choice,\"", "Amina Gwoza", "Amina Gwoza", "named",
    mentions=["Amina Gwoza", "Gwoza said"], role="senior analyst", aff="Sahel Risk Monitor")
d.Q("\"It wants the bases, the weapons and the trucks, and it wants to show rural communities that the army cannot protect itself, let alone them.\"",
    "Amina Gwoza", "Amina Gwoza", "named", mentions=["Amina Gwoza"], role="senior analyst", aff="Sahel Risk Monitor")
d.Q("The rise of a new commander earlier this year pushed ISWAP towards larger raids on garrisons", "Amina Gwoza",
    "Gwoza said", "named", mentions=["Amina Gwoza"], direct=False, role="senior analyst", aff="Sahel Risk Monitor")
d.Q(None, "critics", "critics say", "anonymous", direct=False,
    frags=["Because the military pulled troops out of small outposts and into fortified \"super camps\" last year",
           "the countryside between the camps has been left open"])
d.Q("\"When the soldiers left Baga road, the insurgents simply moved in behind them,\"",
    "a farmer from Kukawa who now lives in a camp in Maiduguri", "a farmer from Kukawa", "anonymous")
d.Q("he had not visited his fields in fourteen months", "a farmer from Kukawa who now lives in a camp in Maiduguri",
    "He said", "anonymous", mentions=["a farmer from Kukawa"], direct=False)
d.Q("the consolidation was meant to deny the militants easy targets and that troops would return to the countryside \"with mobility, not with sandbags.\"",
    "Sagir Musa", "Army spokesman Colonel Sagir Musa", "named", mentions=["Sagir Musa"], direct=False,
    role="army spokesman", aff="Nigerian Army")
d.Q("more than 1,200 suspected insurgents had been killed or captured in operations since January", "Sagir Musa",
    "He said", "named", mentions=["Sagir Musa"], direct=False, role="army spokesman", aff="Nigerian Army")
d.Q("some 1.8 million people remain displaced across Borno, Adamawa and Yobe", "United Nations",
    "the United Nations", "named", direct=False)
d.Q("insecurity on the main roads has cut off at least 800,000 people from regular assistance", "aid agencies",
    "aid agencies say", "anonymous", direct=False)
d.Q("fuel restrictions imposed by the military to starve the insurgents of supplies had also made it harder for families in the camps to buy food",
    "An official with an international relief group in Maiduguri", "An official with an international relief group",
    "unnamed official", direct=False)
d.Q("the town's markets remained shut on Thursday", "Residents of Monguno", "Residents of Monguno", "anonymous",
    direct=False)
d.Q("\"Everybody is waiting to see what comes next,\"", "Bukar",
    "a trader who gave his name only as Bukar", "named", role="trader")
d.A("armed groups carried out 118 attacks in Borno and Yobe between April and June", "attacks by armed groups",
    "attacks", quantity=118, ps="2019-04-01", pe="2019-06-30", scope="Borno and Yobe", claimant="Sahel Risk Monitor")
d.A("up from 87 in the first three months of 2019", "attacks by armed groups", "attacks", quantity=87,
    ps="2019-01-01", pe="2019-03-31", scope="Borno and Yobe", claimant="Sahel Risk Monitor")
d.A("Military targets accounted for roughly 60 percent of those incidents", "share of attacks on military targets",
    "percent", quantity=60, qualifier="roughly", ps="2019-04-01", pe="2019-06-30", scope="Borno and Yobe",
    claimant="Sahel Risk Monitor")
d.A("compared with about a third a year earlier", "share of attacks on military targets", "percent",
    quantity=33.33, qualifier="about", scope="Borno and Yobe", claimant="Sahel Risk Monitor")
d.A("more than 1,200 suspected insurgents had been killed or captured in operations since January",
    "suspected insurgents killed or captured", "people", quantity=1200, low=1200, qualifier="more than",
    ps="2019-01-01", pe="2019-07-05", scope="northeast Nigeria", claimant="Sagir Musa")
d.A("some 1.8 million people remain displaced across Borno, Adamawa and Yobe", "displaced people", "people",
    quantity=1800000, qualifier="some", scope="Borno, Adamawa and Yobe", claimant="United Nations")
d.A("insecurity on the main roads has cut off at least 800,000 people from regular assistance",
    "people cut off from assistance", "people", quantity=800000, low=800000, qualifier="at least",
    scope="northeast Nigeria", claimant="aid agencies")
d.C("The rise of a new commander earlier this year pushed ISWAP towards larger raids on garrisons",
    "The rise of a new commander earlier this year", "ISWAP towards larger raids on garrisons",
    driver="leadership/command change", claimant="Amina Gwoza")
d.C("Analysts attribute much of the shift to a change at the top of the group.", "a change at the top of the group",
    "much of the shift", driver="leadership/command change", claimant="Analysts")
d.C("Because the military pulled troops out of small outposts and into fortified \"super camps\" last year, critics say, the countryside between the camps has been left open.",
    "the military pulled troops out of small outposts and into fortified \"super camps\" last year",
    "the countryside between the camps has been left open", driver="security posture/deployment", claimant="critics")
d.C("insecurity on the main roads has cut off at least 800,000 people from regular assistance",
    "insecurity on the main roads", "cut off at least 800,000 people from regular assistance", claimant="aid agencies")
d.C("fuel restrictions imposed by the military to starve the insurgents of supplies had also made it harder for families in the camps to buy food",
    "fuel restrictions imposed by the military", "made it harder for families in the camps to buy food",
    driver="security posture/deployment", claimant="An official with an international relief group in Maiduguri")

# ---------------------------------------------------------------- 02 Afghanistan (no events)
d = Doc(2, "Explainer: Why Islamic State's Afghan branch is losing ground in Nangarhar", "2020-04-14", [
"""KABUL -- Less than two years ago, the Afghan branch of Islamic State, known as Islamic State Khorasan Province, held a belt of districts along the Pakistani border in the eastern province of Nangarhar, ran its own courts and radio station and drew recruits from across the region. Today its fighters are scattered, its leaders are dead or in custody and its hold on territory in the east has all but vanished. This explainer looks at what happened and whether the collapse will last.""",
"""How much ground has the group lost? At its peak in 2018, the group controlled or contested parts of about nine districts of Nangarhar, according to Afghan security officials. By the end of last year, Afghan forces said they had retaken 112 villages in Achin, Deh Bala and neighbouring districts during an offensive that ran from September to November. A Western military official in Kabul estimated that the group's presence in Nangarhar had shrunk by roughly 80 percent in twelve months.""",
"""Why did it collapse? Analysts point to pressure from several directions at once. Afghan special forces backed by U.S. air power pushed up the valleys from the south, while Taliban fighters, who regard Islamic State as a rival, attacked its positions from the west. "They were squeezed between two armies that hate each other and hate them more," said Farid Stanekzai, a researcher at the Kabul-based Afghan Peace and Conflict Institute. The sustained air campaign, he said, destroyed the group's command posts in the Spin Ghar foothills and made it impossible for its commanders to move in daylight.""",
"""How many fighters surrendered? More than 1,400 people, including about 250 fighters and their wives and children, handed themselves over to the government in November and December, according to the National Directorate of Security. Officials said many of the fighters were Pakistani, Central Asian or Indian nationals.""",
"""Is the group finished? Not quite, most experts say. A senior Afghan intelligence officer, speaking on condition of anonymity, said between 2,000 and 2,500 fighters remained loyal to the group across Afghanistan, many of them in the mountains of Kunar, where steep, forested terrain has long offered militants a refuge. "The mountains of Kunar are where they go to wait," the officer said.""",
"""The group has also shifted its tactics towards the cities. It claimed responsibility for a deadly assault on a Sikh temple in Kabul last month, and Afghan officials say urban cells in Kabul and Jalalabad have been largely insulated from the losses in the countryside because they are financed and directed separately.""",
"""What about the coronavirus? Aid workers fear the pandemic could hand the militants an opening. Lockdowns in Jalalabad and border closures with Pakistan have thrown tens of thousands of day labourers out of work, and a local elder in Achin said young men with no income were easy targets for recruiters. "If hunger lasts, the black flags will come back," he said.""",
"""What does a peace deal change? The agreement signed between the United States and the Taliban in February does not cover Islamic State. Some analysts warn that hardline Taliban commanders who reject the deal could defect to the group, as a few did in 2015, which would give it fresh manpower and local knowledge. Stanekzai said the risk was real but limited because "the Taliban leadership has shown it can punish defectors quickly.\" """,
"""For residents of Achin, the change is tangible. Farmers have returned to the fields around Mamand valley for the first time in four years, according to district governor Wali Mohammad Shinwari, who said some 3,000 families had come back since December. But many homes were destroyed, and landmines left behind by the militants still kill and maim, he said.""",
])
t = d.t
d.Q("the group controlled or contested parts of about nine districts of Nangarhar", "Afghan security officials",
    "Afghan security officials", "unnamed official", direct=False)
d.Q("they had retaken 112 villages in Achin, Deh Bala and neighbouring districts during an offensive that ran from September to November",
    "Afghan forces", "Afghan forces said", "unnamed official", direct=False)
d.Q("the group's presence in Nangarhar had shrunk by roughly 80 percent in twelve months",
    "A Western military official in Kabul", "A Western military official in Kabul", "unnamed official", direct=False)
d.Q("\"They were squeezed between two armies that hate each other and hate them more,\"", "Farid Stanekzai",
    "Farid Stanekzai", "named", mentions=["Farid Stanekzai", "Stanekzai said"], role="researcher",
    aff="Afghan Peace and Conflict Institute")
d.Q(None, "Farid Stanekzai", "he said", "named", mentions=["Farid Stanekzai", "Stanekzai said"], direct=False,
    role="researcher", aff="Afghan Peace and Conflict Institute",
    frags=["The sustained air campaign", "destroyed the group's command posts in the Spin Ghar foothills and made it impossible for its commanders to move in daylight"])
d.Q("More than 1,400 people, including about 250 fighters and their wives and children, handed themselves over to the government in November and December",
    "National Directorate of Security", "the National Directorate of Security", "named", direct=False)
d.Q("many of the fighters were Pakistani, Central Asian or Indian nationals", "Officials", "Officials said",
    "unnamed official", direct=False)
d.Q("Not quite", "most experts", "most experts say", "anonymous", direct=False)
d.Q("between 2,000 and 2,500 fighters remained loyal to the group across Afghanistan, many of them in the mountains of Kunar, where steep, forested terrain has long offered militants a refuge",
    "A senior Afghan intelligence officer", "A senior Afghan intelligence officer", "unnamed official", direct=False,
    mentions=["the officer said"])
d.Q("\"The mountains of Kunar are where they go to wait,\"", "A senior Afghan intelligence officer",
    "the officer said", "unnamed official", mentions=["A senior Afghan intelligence officer"])
d.Q("urban cells in Kabul and Jalalabad have been largely insulated from the losses in the countryside because they are financed and directed separately",
    "Afghan officials", "Afghan officials say", "unnamed official", direct=False)
d.Q("young men with no income were easy targets for recruiters", "a local elder in Achin", "a local elder in Achin",
    "anonymous", direct=False)
d.Q("\"If hunger lasts, the black flags will come back,\"", "a local elder in Achin", "he said", "anonymous",
    mentions=["a local elder in Achin"])
d.Q("hardline Taliban commanders who reject the deal could defect to the group, as a few did in 2015, which would give it fresh manpower and local knowledge",
    "Some analysts", "Some analysts warn", "anonymous", direct=False)
d.Q("the risk was real but limited because \"the Taliban leadership has shown it can punish defectors quickly.\"",
    "Farid Stanekzai", "Stanekzai said", "named", mentions=["Farid Stanekzai"], direct=False, role="researcher",
    aff="Afghan Peace and Conflict Institute")
d.Q("Farmers have returned to the fields around Mamand valley for the first time in four years",
    "Wali Mohammad Shinwari", "district governor Wali Mohammad Shinwari", "named", mentions=["Wali Mohammad Shinwari"],
    direct=False, role="district governor", aff="Achin district")
d.Q("some 3,000 families had come back since December", "Wali Mohammad Shinwari", "who said", "named",
    mentions=["Wali Mohammad Shinwari"], direct=False, role="district governor", aff="Achin district")
d.Q("many homes were destroyed, and landmines left behind by the militants still kill and maim", "Wali Mohammad Shinwari",
    "he said", "named", mentions=["Wali Mohammad Shinwari"], direct=False, role="district governor", aff="Achin district",
    after="But ")
d.A("the group controlled or contested parts of about nine districts of Nangarhar", "districts controlled or contested by IS-K",
    "districts", quantity=9, qualifier="about", ps="2018-01-01", pe="2018-12-31", scope="Nangarhar",
    claimant="Afghan security officials")
d.A("they had retaken 112 villages in Achin, Deh Bala and neighbouring districts", "villages retaken", "villages",
    quantity=112, ps="2019-09-01", pe="2019-11-30", scope="Nangarhar", claimant="Afghan forces")
d.A("the group's presence in Nangarhar had shrunk by roughly 80 percent in twelve months", "reduction of IS-K presence",
    "percent", quantity=80, qualifier="roughly", scope="Nangarhar", claimant="A Western military official in Kabul")
d.A("More than 1,400 people, including about 250 fighters and their wives and children, handed themselves over",
    "people who surrendered (fighters and families)", "people", quantity=1400, low=1400, qualifier="more than",
    ps="2019-11-01", pe="2019-12-31", scope="Nangarhar", claimant="National Directorate of Security")
d.A("including about 250 fighters", "fighters who surrendered", "fighters", quantity=250, qualifier="about",
    ps="2019-11-01", pe="2019-12-31", scope="Nangarhar", claimant="National Directorate of Security")
d.A("between 2,000 and 2,500 fighters remained loyal to the group across Afghanistan", "IS-K fighters", "fighters",
    low=2000, high=2500, scope="Afghanistan", claimant="A senior Afghan intelligence officer")
d.A("some 3,000 families had come back since December", "families returned", "families", quantity=3000,
    qualifier="some", ps="2019-12-01", pe="2020-04-14", scope="Achin", claimant="Wali Mohammad Shinwari")
d.C("The sustained air campaign, he said, destroyed the group's command posts in the Spin Ghar foothills and made it impossible for its commanders to move in daylight.",
    "The sustained air campaign", "made it impossible for its commanders to move in daylight",
    driver="security posture/deployment", claimant="Farid Stanekzai")
d.C("many of them in the mountains of Kunar, where steep, forested terrain has long offered militants a refuge",
    "steep, forested terrain", "offered militants a refuge", driver="terrain/safe havens",
    claimant="A senior Afghan intelligence officer")
d.C("urban cells in Kabul and Jalalabad have been largely insulated from the losses in the countryside because they are financed and directed separately",
    "they are financed and directed separately", "urban cells in Kabul and Jalalabad have been largely insulated from the losses in the countryside",
    claimant="Afghan officials")
d.C("Aid workers fear the pandemic could hand the militants an opening.", "the pandemic", "hand the militants an opening",
    driver="pandemic/lockdown", claimant="Aid workers", hedged=True)
d.C("Lockdowns in Jalalabad and border closures with Pakistan have thrown tens of thousands of day labourers out of work",
    "Lockdowns in Jalalabad and border closures with Pakistan", "thrown tens of thousands of day labourers out of work",
    driver="pandemic/lockdown")
d.C("young men with no income were easy targets for recruiters", "young men with no income", "easy targets for recruiters",
    driver="economic hardship/unemployment", claimant="a local elder in Achin")
d.C("hardline Taliban commanders who reject the deal could defect to the group, as a few did in 2015, which would give it fresh manpower and local knowledge",
    "hardline Taliban commanders who reject the deal could defect to the group", "give it fresh manpower and local knowledge",
    claimant="Some analysts", hedged=True, driver=None)
d.C("the risk was real but limited because \"the Taliban leadership has shown it can punish defectors quickly.\"",
    "\"the Taliban leadership has shown it can punish defectors quickly.\"", "the risk was real but limited",
    polarity="-", claimant="Farid Stanekzai")

# ---------------------------------------------------------------- 03 Iraq (events: 1)
d = Doc(3, "Analysis: Islamic State's quiet war in Iraq's disputed territories", "2021-02-18", [
"""BAGHDAD -- A roadside bomb tore through a vehicle of the Popular Mobilization Forces near Muqdadiyah in Diyala province on Monday, killing two fighters and wounding three, the paramilitary umbrella group said in a statement. No group claimed the blast, but security officials in the province said it bore the hallmarks of Islamic State cells that have operated from the orchards and palm groves north of the town for years.""",
"""The attack was small by the standards of Iraq's recent past. Yet it illustrates a low-level insurgency that analysts say has become entrenched in the so-called disputed territories, the belt of land between Kurdish-run and federally controlled Iraq that stretches from Diyala through Kirkuk and Salah al-Din to Ninewa.""",
"""A new study by the Erbil-based Tigris Security Observatory counted 1,059 attacks attributed to Islamic State in Iraq during 2020, about 40 percent of them in Diyala, Kirkuk and Salah al-Din. The attacks killed at least 630 people, most of them members of the security forces and the Popular Mobilization Forces, the observatory said. The number of attacks fell by roughly a quarter compared with 2019, but the study found that they had become deadlier, with more ambushes and fewer random mortar rounds.""",
""""What we see is a smaller organisation that is more disciplined," said Dilshad Karim, the observatory's director. "They pick the target, they wait, and they hit exactly where the two armies do not talk to each other.\" """,
"""That gap is at the heart of the problem, according to several officials and analysts. Since Iraqi forces took back Kirkuk from the Kurdish Peshmerga in October 2017, no single force has been responsible for large stretches of farmland and desert between the two sides. A senior Kurdish security official said the absence of coordination between Baghdad and Erbil had created "a no man's land that Daesh has turned into a home." A joint coordination centre agreed last year had still not begun work, he said.""",
"""The terrain favours the militants. The Hamrin mountains, which run from Diyala into Salah al-Din, and the wadis of the Makhoul range are riddled with caves and tunnels, and an Iraqi army colonel stationed near Tuz Khurmatu said the cells moved between them at night on motorcycles. "We can clear a valley in a day, and a week later they are back," he said.""",
"""Residents and local politicians also point to grievances that predate the militants. In Diyala, a mixed province of Sunni Arabs, Shiites and Kurds, Sunni families in villages around Muqdadiyah say they have been kept from returning home by armed factions since 2015. The observatory's report estimates that about 21,000 people from the district remain displaced. "People who live in camps for five years, who cannot go back to their land, are angry, and angry young men are what Daesh needs," said Raad al-Dahlaki, a Sunni member of parliament from the province.""",
"""Economic strain is adding to the pressure. The collapse in oil prices last year forced Baghdad to delay salaries for months, and officials in Kirkuk say contracts for local tribal fighters who guard villages went unpaid, leading some to abandon their posts.""",
"""Iraqi commanders insist the trend is in their favour. Major General Tahsin al-Khafaji, spokesman for the Joint Operations Command, told reporters last week that security forces had killed more than 250 militants in operations across the country in 2020 and that the number of active fighters had dropped to "fewer than a thousand." Western officials put the figure at between 2,500 and 3,500, most of them in Iraq.""",
"""Last month's twin suicide bombing in central Baghdad, the deadliest in the capital in three years, showed that the group can still reach the cities. But for the villagers of Diyala, the war is the quieter one on the back roads. "At night, nobody drives," said a shepherd from near Muqdadiyah.""",
])
t = d.t
d.E(["A roadside bomb tore through a vehicle of the Popular Mobilization Forces near Muqdadiyah in Diyala province on Monday, killing two fighters and wounding three"],
    date="2021-02-15", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
    actor1="Unidentified Armed Group (Iraq)", actor1_alt=["Islamic State (Iraq)"],
    actor2="PMF: Popular Mobilization Forces", country="Iraq", admin1="Diyala", admin2="Al-Muqdadiya",
    location="Muqdadiyah", location_alt=["Al-Muqdadiya", "Muqdadiya"], lat=33.978, lon=44.937, prec=2,
    fatalities=2, injured=3)
d.Q("killing two fighters and wounding three", "Popular Mobilization Forces", "the paramilitary umbrella group",
    "named", direct=False, medium="statement", mentions=["Popular Mobilization Forces"])
d.Q("it bore the hallmarks of Islamic State cells that have operated from the orchards and palm groves north of the town for years",
    "security officials in the province", "security officials in the province", "unnamed official", direct=False)
d.Q("has become entrenched in the so-called disputed territories", "analysts", "analysts say", "anonymous",
    direct=False, after="low-level insurgency that")
d.Q("1,059 attacks attributed to Islamic State in Iraq during 2020, about 40 percent of them in Diyala, Kirkuk and Salah al-Din",
    "Tigris Security Observatory", "the Erbil-based Tigris Security Observatory", "named", direct=False,
    mentions=["Tigris Security Observatory"])
d.Q("The attacks killed at least 630 people, most of them members of the security forces and the Popular Mobilization Forces",
    "Tigris Security Observatory", "the observatory said", "named", direct=False, mentions=["Tigris Security Observatory"])
d.Q("they had become deadlier, with more ambushes and fewer random mortar rounds", "Tigris Security Observatory",
    "the study found", "named", direct=False, mentions=["Tigris Security Observatory"])
d.Q("\"What we see is a smaller organisation that is more disciplined,\"", "Dilshad Karim", "Dilshad Karim", "named",
    mentions=["Dilshad Karim"], role="director", aff="Tigris Security Observatory")
d.Q("\"They pick the target, they wait, and they hit exactly where the two armies do not talk to each other.\"",
    "Dilshad Karim", "Dilshad Karim", "named", mentions=["Dilshad Karim"], role="director", aff="Tigris Security Observatory")
d.Q("That gap is at the heart of the problem", "several officials and analysts", "several officials and analysts",
    "unnamed official", direct=False)
d.Q("the absence of coordination between Baghdad and Erbil had created \"a no man's land that Daesh has turned into a home.\"",
    "A senior Kurdish security official", "A senior Kurdish security official", "unnamed official", direct=False)
d.Q("A joint coordination centre agreed last year had still not begun work", "A senior Kurdish security official",
    "he said", "unnamed official", direct=False, mentions=["A senior Kurdish security official"])
d.Q("the cells moved between them at night on motorcycles", "an Iraqi army colonel stationed near Tuz Khurmatu",
    "an Iraqi army colonel stationed near Tuz Khurmatu", "unnamed official", direct=False)
d.Q("\"We can clear a valley in a day, and a week later they are back,\"", "an Iraqi army colonel stationed near Tuz Khurmatu",
    "he said", "unnamed official", mentions=["an Iraqi army colonel stationed near Tuz Khurmatu"])
d.Q("they have been kept from returning home by armed factions since 2015", "Sunni families in villages around Muqdadiyah",
    "Sunni families in villages around Muqdadiyah", "anonymous", direct=False)
d.Q("about 21,000 people from the district remain displaced", "Tigris Security Observatory", "The observatory's report",
    "named", direct=False, mentions=["Tigris Security Observatory"])
d.Q("\"People who live in camps for five years, who cannot go back to their land, are angry, and angry young men are what Daesh needs,\"",
    "Raad al-Dahlaki", "Raad al-Dahlaki", "named", mentions=["Raad al-Dahlaki"], role="member of parliament",
    aff="Iraqi parliament")
d.Q("contracts for local tribal fighters who guard villages went unpaid, leading some to abandon their posts",
    "officials in Kirkuk", "officials in Kirkuk say", "unnamed official", direct=False)
d.Q("security forces had killed more than 250 militants in operations across the country in 2020 and that the number of active fighters had dropped to \"fewer than a thousand.\"",
    "Tahsin al-Khafaji", "Major General Tahsin al-Khafaji", "named", mentions=["Tahsin al-Khafaji"], direct=False,
    role="spokesman", aff="Joint Operations Command")
d.Q("put the figure at between 2,500 and 3,500, most of them in Iraq", "Western officials", "Western officials",
    "unnamed official", direct=False)
d.Q("the trend is in their favour", "Iraqi commanders", "Iraqi commanders insist", "unnamed official", direct=False)
d.Q("\"At night, nobody drives,\"", "a shepherd from near Muqdadiyah", "a shepherd from near Muqdadiyah", "anonymous")
d.A("1,059 attacks attributed to Islamic State in Iraq during 2020", "IS attacks", "attacks", quantity=1059,
    ps="2020-01-01", pe="2020-12-31", scope="Iraq", claimant="Tigris Security Observatory")
d.A("about 40 percent of them in Diyala, Kirkuk and Salah al-Din", "share of IS attacks in Diyala, Kirkuk and Salah al-Din",
    "percent", quantity=40, qualifier="about", ps="2020-01-01", pe="2020-12-31", scope="Diyala, Kirkuk and Salah al-Din",
    claimant="Tigris Security Observatory")
d.A("The attacks killed at least 630 people", "people killed in IS attacks", "people", quantity=630, low=630,
    qualifier="at least", ps="2020-01-01", pe="2020-12-31", scope="Iraq", claimant="Tigris Security Observatory")
d.A("The number of attacks fell by roughly a quarter compared with 2019", "decline in IS attacks", "percent",
    quantity=25, qualifier="roughly", ps="2020-01-01", pe="2020-12-31", scope="Iraq", claimant="Tigris Security Observatory")
d.A("about 21,000 people from the district remain displaced", "displaced people", "people", quantity=21000,
    qualifier="about", scope="Muqdadiyah district", claimant="Tigris Security Observatory")
d.A("security forces had killed more than 250 militants in operations across the country in 2020", "militants killed",
    "militants", quantity=250, low=250, qualifier="more than", ps="2020-01-01", pe="2020-12-31", scope="Iraq",
    claimant="Tahsin al-Khafaji")
d.A("the number of active fighters had dropped to \"fewer than a thousand.\"", "active IS fighters", "fighters",
    quantity=1000, high=1000, qualifier="fewer than", scope="Iraq", claimant="Tahsin al-Khafaji")
d.A("put the figure at between 2,500 and 3,500", "active IS fighters", "fighters", low=2500, high=3500,
    scope="Iraq", claimant="Western officials")
d.C("the absence of coordination between Baghdad and Erbil had created \"a no man's land that Daesh has turned into a home.\"",
    "the absence of coordination between Baghdad and Erbil", "\"a no man's land that Daesh has turned into a home.\"",
    driver="security posture/deployment", claimant="A senior Kurdish security official")
d.C("The terrain favours the militants.", "The terrain", "favours the militants", driver="terrain/safe havens")
d.C("\"People who live in camps for five years, who cannot go back to their land, are angry, and angry young men are what Daesh needs,\"",
    "People who live in camps for five years, who cannot go back to their land", "are angry",
    driver="displacement/camps/reintegration", claimant="Raad al-Dahlaki")
d.C("Economic strain is adding to the pressure.", "Economic strain", "adding to the pressure",
    driver="economic hardship/unemployment")
d.C("The collapse in oil prices last year forced Baghdad to delay salaries for months", "The collapse in oil prices last year",
    "forced Baghdad to delay salaries for months", driver="economic hardship/unemployment")
d.C("contracts for local tribal fighters who guard villages went unpaid, leading some to abandon their posts",
    "contracts for local tribal fighters who guard villages went unpaid", "leading some to abandon their posts",
    driver="economic hardship/unemployment", claimant="officials in Kirkuk")

# ---------------------------------------------------------------- 04 Syria (no events)
d = Doc(4, "Coming home from al-Hol: Deir ez Zor's returnees and the shadow of Islamic State", "2022-09-27", [
"""THIBAN, Syria -- When Umm Khaled stepped off the bus in her home village on the Euphrates, after three and a half years in the al-Hol camp, the first thing she noticed was that the bakery had reopened. The second was that nobody would look her in the eye.""",
""""They think we are still with them," she said, sitting on a plastic mat in her brother's courtyard, her two sons kicking a ball against the wall. "I was in the camp because my husband was with Daesh. He is dead. I am not Daesh.\" """,
"""Umm Khaled, who asked to be identified by her traditional name for her family's safety, is one of thousands of Syrians who have left al-Hol under a tribal sponsorship scheme run by the Kurdish-led Autonomous Administration of North and East Syria. According to administration figures, about 8,700 Syrians were released from the camp in 18 batches between 2020 and August this year, most of them women and children returning to Deir ez Zor and Raqqa. Some 54,000 people remain in the camp, about half of them Iraqis.""",
"""The returns are meant to ease pressure on a camp that officials of the Syrian Democratic Forces describe as a breeding ground for the next generation of Islamic State fighters. A senior SDF security official said extremist women inside the camp ran courts and punished those who broke their rules, and that more than 100 residents had been killed inside al-Hol since the start of 2021. "Every month that a child spends there, he learns from them," the official said.""",
"""But in Deir ez Zor, where Islamic State's last territorial pocket fell at Baghouz in March 2019, the group's cells have not gone away. The Rojava Information Centre, a research group close to the administration, recorded 162 attacks it attributed to Islamic State in SDF-held parts of the province in the first eight months of this year, including assassinations of local council members, tax collectors and tribal elders who cooperated with the authorities.""",
"""Analysts say several factors keep the insurgency alive. Large parts of the Arab-majority province are ruled by a Kurdish-led force that many residents regard as outsiders, and resentment over the distribution of oil revenues runs deep. "The oil is under our feet, and we buy fuel on the black market," said a tribal notable from the Shuhayl area. Complaints about arbitrary arrests during SDF raids, he said, had pushed some young men towards the militants.""",
"""The desert matters too. Cells move across the Badia, the vast steppe on the government-held side of the river, where the Syrian army and its Russian and Iranian-backed allies have struggled to control long supply routes. "The river is not a border for them, it is a road," said Nawar Oliver, a military analyst at the Istanbul-based Omran Center for Strategic Studies, who said the group exploited the seams between the rival forces on either bank.""",
"""Economic despair is perhaps the strongest driver. The Syrian pound has lost more than 90 percent of its value since 2019, and a UN assessment published in the spring found that nine in ten households in Deir ez Zor could not afford basic food. Militants pay, a local council official in Thiban said, and they pay in dollars.""",
"""For returnees, reintegration is the hardest part. Aid workers say there are almost no programmes to help women from the camp find work, and that stigma pushes some families back towards the networks they left. "If the community closes the door, the only door still open belongs to Daesh," said a Syrian psychologist who works with returnee children in the area.""",
"""Umm Khaled says she will stay. Her sons, aged seven and nine, have started school. "They ask me if the bad men will come back," she said. "I tell them: not if we are strong.\" """,
])
t = d.t
UK = "Umm Khaled"
d.Q("\"They think we are still with them,\"", UK, "she said", "pseudonym", mentions=["Umm Khaled"],
    after="nobody would look her in the eye.")
d.Q("\"I was in the camp because my husband was with Daesh. He is dead. I am not Daesh.\"", UK, "she said", "pseudonym",
    mentions=["Umm Khaled"], after="her two sons kicking")
d.Q("about 8,700 Syrians were released from the camp in 18 batches between 2020 and August this year, most of them women and children returning to Deir ez Zor and Raqqa",
    "Autonomous Administration of North and East Syria", "administration figures", "named", direct=False,
    mentions=["Autonomous Administration of North and East Syria"])
d.Q("a breeding ground for the next generation of Islamic State fighters", "officials of the Syrian Democratic Forces",
    "officials of the Syrian Democratic Forces", "unnamed official", direct=False)
d.Q("extremist women inside the camp ran courts and punished those who broke their rules, and that more than 100 residents had been killed inside al-Hol since the start of 2021",
    "A senior SDF security official", "A senior SDF security official", "unnamed official", direct=False,
    mentions=["the official said"], aff="Syrian Democratic Forces")
d.Q("\"Every month that a child spends there, he learns from them,\"", "A senior SDF security official",
    "the official said", "unnamed official", mentions=["A senior SDF security official"], aff="Syrian Democratic Forces")
d.Q("recorded 162 attacks it attributed to Islamic State in SDF-held parts of the province in the first eight months of this year, including assassinations of local council members, tax collectors and tribal elders who cooperated with the authorities",
    "Rojava Information Centre", "The Rojava Information Centre", "named", direct=False)
d.Q("several factors keep the insurgency alive", "Analysts", "Analysts say", "anonymous", direct=False)
d.Q("\"The oil is under our feet, and we buy fuel on the black market,\"", "a tribal notable from the Shuhayl area",
    "a tribal notable from the Shuhayl area", "anonymous")
d.Q(None, "a tribal notable from the Shuhayl area", "he said", "anonymous",
    mentions=["a tribal notable from the Shuhayl area"], direct=False,
    frags=["Complaints about arbitrary arrests during SDF raids", "had pushed some young men towards the militants"])
d.Q("\"The river is not a border for them, it is a road,\"", "Nawar Oliver", "Nawar Oliver", "named",
    mentions=["Nawar Oliver"], role="military analyst", aff="Omran Center for Strategic Studies")
d.Q("the group exploited the seams between the rival forces on either bank", "Nawar Oliver", "who said", "named",
    mentions=["Nawar Oliver"], direct=False, role="military analyst", aff="Omran Center for Strategic Studies")
d.Q("nine in ten households in Deir ez Zor could not afford basic food", "a UN assessment published in the spring",
    "a UN assessment published in the spring", "named", direct=False, alt=["United Nations"])
d.Q(None, "a local council official in Thiban", "a local council official in Thiban", "unnamed official",
    direct=False, frags=["Militants pay", "and they pay in dollars"])
d.Q("there are almost no programmes to help women from the camp find work, and that stigma pushes some families back towards the networks they left",
    "Aid workers", "Aid workers say", "anonymous", direct=False)
d.Q("\"If the community closes the door, the only door still open belongs to Daesh,\"",
    "a Syrian psychologist who works with returnee children in the area", "a Syrian psychologist", "anonymous")
d.Q("she will stay", UK, "Umm Khaled says", "pseudonym", mentions=["Umm Khaled"], direct=False)
d.Q("\"They ask me if the bad men will come back,\"", UK, "she said", "pseudonym", mentions=["Umm Khaled"],
    after="have started school.")
d.Q("\"I tell them: not if we are strong.\"", UK, "she said", "pseudonym", mentions=["Umm Khaled"],
    after="have started school.")
d.A("about 8,700 Syrians were released from the camp in 18 batches between 2020 and August this year",
    "Syrians released from al-Hol", "people", quantity=8700, qualifier="about", ps="2020-01-01", pe="2022-08-31",
    scope="al-Hol camp", claimant="Autonomous Administration of North and East Syria")
d.A("Some 54,000 people remain in the camp", "camp residents", "people", quantity=54000, qualifier="some",
    scope="al-Hol camp", claimant=None)
d.A("about half of them Iraqis", "share of Iraqis among camp residents", "percent", quantity=50, qualifier="about",
    scope="al-Hol camp", claimant=None)
d.A("more than 100 residents had been killed inside al-Hol since the start of 2021", "residents killed in al-Hol",
    "people", quantity=100, low=100, qualifier="more than", ps="2021-01-01", pe="2022-09-27", scope="al-Hol camp",
    claimant="A senior SDF security official")
d.A("recorded 162 attacks it attributed to Islamic State in SDF-held parts of the province in the first eight months of this year",
    "IS attacks", "attacks", quantity=162, ps="2022-01-01", pe="2022-08-31", scope="SDF-held Deir ez Zor",
    claimant="Rojava Information Centre")
d.A("nine in ten households in Deir ez Zor could not afford basic food", "share of households unable to afford basic food",
    "percent", quantity=90, scope="Deir ez Zor", claimant="a UN assessment published in the spring")
d.C("several factors keep the insurgency alive", "several factors", "keep the insurgency alive", claimant="Analysts")
d.C("Complaints about arbitrary arrests during SDF raids, he said, had pushed some young men towards the militants.",
    "arbitrary arrests during SDF raids", "had pushed some young men towards the militants",
    driver="security posture/deployment", claimant="a tribal notable from the Shuhayl area")
d.C("the group exploited the seams between the rival forces on either bank", "the seams between the rival forces on either bank",
    "the group exploited", driver="terrain/safe havens", claimant="Nawar Oliver")
d.C("Economic despair is perhaps the strongest driver.", "Economic despair", "the strongest driver",
    driver="economic hardship/unemployment")
d.C("stigma pushes some families back towards the networks they left", "stigma",
    "pushes some families back towards the networks they left", driver="displacement/camps/reintegration",
    claimant="Aid workers")
d.C("\"I was in the camp because my husband was with Daesh.", "my husband was with Daesh", "I was in the camp",
    claimant=UK)

# ---------------------------------------------------------------- 05 Mali (events: 2)
d = Doc(5, "Central Mali security roundup, May 2020: violence climbs as the pandemic stretches the state", "2020-05-29", [
"""BAMAKO -- Gunmen on motorbikes attacked a Dogon farming village near Bankass in the Mopti region on Tuesday, killing at least 11 civilians and burning granaries, a local official said, capping one of the deadliest months in central Mali this year.""",
"""The official, who spoke on condition of anonymity because he was not authorised to talk to the press, said the attackers surrounded the village at dawn and fired on men leaving for the fields. A resident who fled to Bankass said 14 bodies had been buried. No group has claimed the killings, but residents blamed Fulani fighters linked to the jihadist Katiba Macina.""",
"""A day later, on Wednesday, three soldiers were killed when their vehicle struck an improvised explosive device on the road between Boni and Hombori, the armed forces said in a statement. The army said two more soldiers were wounded.""",
"""This month's roundup draws on figures from the Bamako-based Sahel Conflict Tracker, local officials and humanitarian agencies.""",
"""By the numbers. The tracker recorded 96 violent incidents in the Mopti and Segou regions in May up to Thursday, compared with 71 in April, and at least 212 people killed, more than half of them civilians. Since January, it has counted more than 600 civilian deaths in the centre of the country, already close to the total for the whole of 2019. The International Organization for Migration says the number of internally displaced people in Mali has risen to about 250,000, more than 80 percent of them in the central regions.""",
"""What is driving it? Three factors stand out, according to officials and analysts. The first is the cycle of reprisals between Fulani herders, whom Dogon and Bambara communities accuse of supporting the jihadists, and the Dogon militia Dan Na Ambassagou, which Fulani leaders accuse of massacres. "Every killing is answered by another killing, and the state watches," said Aly Tounkara, a researcher at the Centre for Security and Strategic Studies in the Sahel. Fulani community leaders say the militia's raids on their villages have driven young herders into the arms of the jihadists, who present themselves as the community's only protectors.""",
"""The second is the state's retreat. Soldiers have been pulled back from several rural posts in the Bandiagara and Douentza areas after repeated attacks last year, and a regional security official said the gap had allowed armed groups to set up checkpoints and levy taxes on herders. "Where there is no army, there is someone else's law," he said.""",
"""The third, and newest, is the coronavirus. A government curfew and the closure of weekly markets in Mopti and Sevare to slow the spread of the virus have cut off herders and traders from their incomes, said Fatoumata Maiga, who coordinates a network of women's associations in the region. Young men who can no longer sell cattle or onions, she said, "go where there is money, and the men with guns have money.\" """,
"""Officials also fear the pandemic has given the jihadists a propaganda opening. Preachers aligned with the Katiba Macina have told villagers that the virus is a punishment for cooperation with foreign troops, a United Nations official in Mopti said.""",
"""What next? The army says it has launched a new operation to secure the main roads before the rainy season, and defence minister Ibrahima Dahirou Dembele told state television last week that more than 1,000 troops had been deployed to the centre since March. Humanitarian agencies are sceptical. An aid worker in Bandiagara said that without local peace deals between communities, "the soldiers will pass and the killings will continue behind them.\" """,
])
t = d.t
d.E(["Gunmen on motorbikes attacked a Dogon farming village near Bankass in the Mopti region on Tuesday, killing at least 11 civilians",
     "the attackers surrounded the village at dawn and fired on men leaving for the fields"],
    date="2020-05-26", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Mali)",
    actor1_alt=["Katiba Macina", "JNIM: Group for Support of Islam and Muslims"], actor2="Civilians (Mali)",
    country="Mali", admin1="Mopti", admin2="Bankass", location="Bankass", lat=14.077, lon=-3.516, prec=2,
    fatalities=11, fatalities_note="official 'at least 11' vs resident 14 buried: conservative 11")
d.E(["three soldiers were killed when their vehicle struck an improvised explosive device on the road between Boni and Hombori"],
    date="2020-05-27", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
    actor1="Unidentified Armed Group (Mali)", actor1_alt=["JNIM: Group for Support of Islam and Muslims"],
    actor2="Military Forces of Mali (2012-2020)", country="Mali", admin1="Mopti", admin2="Douentza",
    location="Boni", location_alt=["Hombori"], prec=2, fatalities=3, injured=2)
OFF = "a local official"
d.Q("killing at least 11 civilians and burning granaries", OFF, "a local official said", "unnamed official", direct=False,
    mentions=["The official"])
d.Q("the attackers surrounded the village at dawn and fired on men leaving for the fields", OFF, "The official",
    "unnamed official", direct=False, mentions=["a local official said"])
d.Q("14 bodies had been buried", "A resident who fled to Bankass", "A resident who fled to Bankass", "anonymous", direct=False)
d.Q("three soldiers were killed when their vehicle struck an improvised explosive device on the road between Boni and Hombori",
    "the armed forces", "the armed forces said", "named", direct=False, medium="statement", alt=["Malian armed forces"])
d.Q("two more soldiers were wounded", "the armed forces", "The army said", "named", direct=False, alt=["Malian armed forces"])
d.Q("recorded 96 violent incidents in the Mopti and Segou regions in May up to Thursday, compared with 71 in April, and at least 212 people killed, more than half of them civilians",
    "Sahel Conflict Tracker", "The tracker", "named", direct=False, mentions=["Sahel Conflict Tracker"])
d.Q("more than 600 civilian deaths in the centre of the country, already close to the total for the whole of 2019",
    "Sahel Conflict Tracker", "it has counted", "named", direct=False, mentions=["Sahel Conflict Tracker"])
d.Q("the number of internally displaced people in Mali has risen to about 250,000, more than 80 percent of them in the central regions",
    "International Organization for Migration", "The International Organization for Migration", "named", direct=False)
d.Q("Three factors stand out", "officials and analysts", "officials and analysts", "unnamed official", direct=False)
d.Q("\"Every killing is answered by another killing, and the state watches,\"", "Aly Tounkara", "Aly Tounkara", "named",
    mentions=["Aly Tounkara"], role="researcher", aff="Centre for Security and Strategic Studies in the Sahel")
d.Q("the militia's raids on their villages have driven young herders into the arms of the jihadists, who present themselves as the community's only protectors",
    "Fulani community leaders", "Fulani community leaders say", "anonymous", direct=False)
d.C("the militia's raids on their villages have driven young herders into the arms of the jihadists",
    "the militia's raids on their villages", "driven young herders into the arms of the jihadists",
    driver="sectarian grievance", claimant="Fulani community leaders")
d.C("who spoke on condition of anonymity because he was not authorised to talk to the press",
    "he was not authorised to talk to the press", "spoke on condition of anonymity")
d.Q("the gap had allowed armed groups to set up checkpoints and levy taxes on herders", "a regional security official",
    "a regional security official", "unnamed official", direct=False)
d.Q("\"Where there is no army, there is someone else's law,\"", "a regional security official", "he said",
    "unnamed official", mentions=["a regional security official"])
d.Q("A government curfew and the closure of weekly markets in Mopti and Sevare to slow the spread of the virus have cut off herders and traders from their incomes",
    "Fatoumata Maiga", "Fatoumata Maiga", "named", mentions=["Fatoumata Maiga"], direct=False,
    role="coordinator", aff="network of women's associations")
d.Q(None, "Fatoumata Maiga", "she said", "named", mentions=["Fatoumata Maiga"], direct=False,
    role="coordinator", aff="network of women's associations",
    frags=["Young men who can no longer sell cattle or onions", "\"go where there is money, and the men with guns have money.\""])
d.Q("Preachers aligned with the Katiba Macina have told villagers that the virus is a punishment for cooperation with foreign troops",
    "a United Nations official in Mopti", "a United Nations official in Mopti", "unnamed official", direct=False)
d.Q("it has launched a new operation to secure the main roads before the rainy season", "The army", "The army says",
    "named", direct=False, alt=["Malian armed forces"])
d.Q("more than 1,000 troops had been deployed to the centre since March", "Ibrahima Dahirou Dembele",
    "defence minister Ibrahima Dahirou Dembele", "named", mentions=["Ibrahima Dahirou Dembele"], direct=False,
    role="defence minister", aff="Government of Mali", medium="state television")
d.Q("without local peace deals between communities, \"the soldiers will pass and the killings will continue behind them.\"",
    "An aid worker in Bandiagara", "An aid worker in Bandiagara", "anonymous", direct=False)
d.A("The tracker recorded 96 violent incidents in the Mopti and Segou regions in May up to Thursday",
    "violent incidents", "incidents", quantity=96, ps="2020-05-01", pe="2020-05-28", scope="Mopti and Segou",
    claimant="Sahel Conflict Tracker")
d.A("compared with 71 in April", "violent incidents", "incidents", quantity=71, ps="2020-04-01", pe="2020-04-30",
    scope="Mopti and Segou", claimant="Sahel Conflict Tracker")
d.A("at least 212 people killed", "people killed", "people", quantity=212, low=212, qualifier="at least",
    ps="2020-05-01", pe="2020-05-28", scope="Mopti and Segou", claimant="Sahel Conflict Tracker")
d.A("more than half of them civilians", "share of civilians among people killed", "percent", quantity=50, low=50,
    qualifier="more than", ps="2020-05-01", pe="2020-05-28", scope="Mopti and Segou", claimant="Sahel Conflict Tracker")
d.A("it has counted more than 600 civilian deaths in the centre of the country", "civilian deaths", "people",
    quantity=600, low=600, qualifier="more than", ps="2020-01-01", pe="2020-05-28", scope="central Mali",
    claimant="Sahel Conflict Tracker")
d.A("the number of internally displaced people in Mali has risen to about 250,000", "internally displaced people",
    "people", quantity=250000, qualifier="about", scope="Mali", claimant="International Organization for Migration")
d.A("more than 80 percent of them in the central regions", "share of IDPs in central regions", "percent", quantity=80,
    low=80, qualifier="more than", scope="central Mali", claimant="International Organization for Migration")
d.C("the gap had allowed armed groups to set up checkpoints and levy taxes on herders", "the gap",
    "armed groups to set up checkpoints and levy taxes on herders", driver="security posture/deployment",
    claimant="a regional security official")
d.C("A government curfew and the closure of weekly markets in Mopti and Sevare to slow the spread of the virus have cut off herders and traders from their incomes",
    "A government curfew and the closure of weekly markets in Mopti and Sevare", "cut off herders and traders from their incomes",
    driver="pandemic/lockdown", claimant="Fatoumata Maiga")
d.C("Officials also fear the pandemic has given the jihadists a propaganda opening.", "the pandemic",
    "given the jihadists a propaganda opening", driver="pandemic/lockdown", claimant="Officials")

# ---------------------------------------------------------------- 06 Mozambique (no events)
d = Doc(6, "Back to Mocimboa da Praia: a town rebuilds as Cabo Delgado's insurgency ebbs", "2023-06-12", [
"""MOCIMBOA DA PRAIA, Mozambique -- The fish market on the bay is loud again. Women haggle over octopus, boys push wheelbarrows of ice, and a loudspeaker outside a pharmacy plays marrabenta. Two years ago this port town was a shell: captured by Islamist insurgents in August 2020, it stayed in their hands for almost a year before Rwandan and Mozambican troops retook it.""",
""""When we came back, there were no doors, no roofs, only the walls and the grass," said Abiba Assane, 43, who fled to Pemba with her four children and returned last September. She now sells dried fish from a table her son built out of a shipping pallet. "We are starting from zero, but it is our zero.\" """,
"""Her family is among hundreds of thousands of people who have gone back to their districts in Cabo Delgado over the past 18 months. According to the International Organization for Migration, about 420,000 displaced people had returned to their areas of origin by April, roughly 40 percent of the more than one million who fled at the height of the conflict. Around 600,000 remain displaced, many in host communities and camps in Pemba, Metuge and Montepuez.""",
"""The returns reflect a sharp change on the battlefield. Since Rwanda deployed about 2,500 soldiers and police in July 2021, followed by troops from the Southern African Development Community, the insurgents, known locally as al-Shabaab and affiliated with Islamic State, have lost every town they once held. A Rwandan officer in Mocimboa da Praia said the militants now numbered fewer than 300 fighters, split into small groups in the forests of Macomia and along the Messalo river, down from an estimated 2,500 in 2021.""",
""""They cannot hold ground any more, so they run and they raid," the officer said, asking not to be named because he was not authorised to speak to journalists.""",
"""According to the Cabo Ligado monitoring project, the number of organised violent events in the province fell by about half in 2022 compared with the previous year, although the insurgents briefly pushed south into Niassa and Nampula provinces in the second half of the year.""",
"""Yet residents and analysts warn that the conditions that gave rise to the insurgency in 2017 remain. Many young men in the town's poorer neighbourhoods say they have no work, and the gas project on the Afungi peninsula, where TotalEnergies suspended construction after an attack on Palma in 2021, employs few locals. "The boys who joined them did it because they had nothing, and they still have nothing," said a Muslim cleric in Mocimboa da Praia, who asked that his name be withheld.""",
"""Joao Feijo, a sociologist at the Rural Environment Observatory in Maputo, has long argued that the conflict is rooted in a sense of exclusion among coastal Mwani communities. "The people of the coast saw rubies and gas discovered on their land and watched the benefits go to Maputo and to a few families," he said in an interview. Corruption in the allocation of land and mining concessions, he said, had fuelled the belief that the state works against them.""",
"""There are also worries about what happens when the foreign troops leave. The mandate of the regional force is due for review next month, and diplomats in Maputo say Mozambique's own army remains poorly paid and poorly equipped. A Western diplomat said complaints of abuses by Mozambican soldiers against civilians in the early years of the war had driven some villagers towards the insurgents, and that the government had not yet shown it could police the north on its own.""",
"""For now, Abiba Assane is counting the boats. "In January there were ten," she said. "Now there are more than forty. When the boats come back, the people come back.\" """,
])
t = d.t
AA = "Abiba Assane"
d.Q("\"When we came back, there were no doors, no roofs, only the walls and the grass,\"", AA, "Abiba Assane", "named",
    mentions=["Abiba Assane"], role="fish seller")
d.Q("\"We are starting from zero, but it is our zero.\"", AA, "Abiba Assane", "named", mentions=["Abiba Assane"],
    role="fish seller")
d.Q("about 420,000 displaced people had returned to their areas of origin by April, roughly 40 percent of the more than one million who fled at the height of the conflict",
    "International Organization for Migration", "the International Organization for Migration", "named", direct=False)
d.Q("the militants now numbered fewer than 300 fighters, split into small groups in the forests of Macomia and along the Messalo river, down from an estimated 2,500 in 2021",
    "A Rwandan officer in Mocimboa da Praia", "A Rwandan officer in Mocimboa da Praia", "unnamed official", direct=False,
    mentions=["the officer said"], aff="Rwanda Defence Force")
d.Q("\"They cannot hold ground any more, so they run and they raid,\"", "A Rwandan officer in Mocimboa da Praia",
    "the officer said", "unnamed official", mentions=["A Rwandan officer in Mocimboa da Praia"], aff="Rwanda Defence Force")
d.Q("the number of organised violent events in the province fell by about half in 2022 compared with the previous year, although the insurgents briefly pushed south into Niassa and Nampula provinces in the second half of the year",
    "Cabo Ligado", "the Cabo Ligado monitoring project", "named", direct=False)
d.Q("the conditions that gave rise to the insurgency in 2017 remain", "residents and analysts", "residents and analysts warn",
    "anonymous", direct=False)
d.Q("they have no work", "Many young men in the town's poorer neighbourhoods", "Many young men in the town's poorer neighbourhoods",
    "anonymous", direct=False)
d.Q("\"The boys who joined them did it because they had nothing, and they still have nothing,\"",
    "a Muslim cleric in Mocimboa da Praia", "a Muslim cleric in Mocimboa da Praia", "anonymous")
d.Q("the conflict is rooted in a sense of exclusion among coastal Mwani communities", "Joao Feijo",
    "Joao Feijo", "named", mentions=["Joao Feijo"], direct=False, role="sociologist", aff="Rural Environment Observatory")
d.Q("\"The people of the coast saw rubies and gas discovered on their land and watched the benefits go to Maputo and to a few families,\"",
    "Joao Feijo", "he said", "named", mentions=["Joao Feijo"], role="sociologist", aff="Rural Environment Observatory",
    medium="interview")
d.Q(None, "Joao Feijo", "he said", "named", mentions=["Joao Feijo"], direct=False, role="sociologist",
    aff="Rural Environment Observatory", frags=["Corruption in the allocation of land and mining concessions",
    "had fuelled the belief that the state works against them"])
d.Q("Mozambique's own army remains poorly paid and poorly equipped", "diplomats in Maputo", "diplomats in Maputo say",
    "unnamed official", direct=False)
d.Q("complaints of abuses by Mozambican soldiers against civilians in the early years of the war had driven some villagers towards the insurgents, and that the government had not yet shown it could police the north on its own",
    "A Western diplomat", "A Western diplomat", "unnamed official", direct=False)
d.Q("\"In January there were ten,\"", AA, "she said", "named", mentions=["Abiba Assane"], role="fish seller",
    after="counting the boats.")
d.Q("\"Now there are more than forty. When the boats come back, the people come back.\"", AA, "she said", "named",
    mentions=["Abiba Assane"], role="fish seller", after="counting the boats.")
d.A("about 420,000 displaced people had returned to their areas of origin by April", "displaced people returned",
    "people", quantity=420000, qualifier="about", pe="2023-04-30", scope="Cabo Delgado",
    claimant="International Organization for Migration")
d.A("roughly 40 percent of the more than one million who fled at the height of the conflict", "share of displaced who returned",
    "percent", quantity=40, qualifier="roughly", pe="2023-04-30", scope="Cabo Delgado",
    claimant="International Organization for Migration")
d.A("the more than one million who fled at the height of the conflict", "people who fled", "people", quantity=1000000,
    low=1000000, qualifier="more than", scope="Cabo Delgado", claimant="International Organization for Migration")
d.A("Around 600,000 remain displaced", "people still displaced", "people", quantity=600000, qualifier="around",
    scope="Cabo Delgado", claimant="International Organization for Migration")
d.A("the militants now numbered fewer than 300 fighters", "insurgent fighters", "fighters", quantity=300, high=300,
    qualifier="fewer than", scope="Cabo Delgado", claimant="A Rwandan officer in Mocimboa da Praia")
d.A("down from an estimated 2,500 in 2021", "insurgent fighters", "fighters", quantity=2500, qualifier="estimated",
    ps="2021-01-01", pe="2021-12-31", scope="Cabo Delgado", claimant="A Rwandan officer in Mocimboa da Praia")
d.A("the number of organised violent events in the province fell by about half in 2022 compared with the previous year",
    "decline in organised violent events", "percent", quantity=50, qualifier="about", ps="2022-01-01", pe="2022-12-31",
    scope="Cabo Delgado", claimant="Cabo Ligado")
d.C("asking not to be named because he was not authorised to speak to journalists",
    "he was not authorised to speak to journalists", "asking not to be named")
d.C("\"They cannot hold ground any more, so they run and they raid,\"", "They cannot hold ground any more",
    "they run and they raid", claimant="A Rwandan officer in Mocimboa da Praia")
d.C("\"The boys who joined them did it because they had nothing, and they still have nothing,\"", "they had nothing",
    "The boys who joined them did it", driver="economic hardship/unemployment", claimant="a Muslim cleric in Mocimboa da Praia")
d.C("the conflict is rooted in a sense of exclusion among coastal Mwani communities",
    "a sense of exclusion among coastal Mwani communities", "the conflict", driver="governance/corruption",
    claimant="Joao Feijo")
d.C("Corruption in the allocation of land and mining concessions, he said, had fuelled the belief that the state works against them.",
    "Corruption in the allocation of land and mining concessions", "the belief that the state works against them",
    driver="governance/corruption", claimant="Joao Feijo")
d.C("complaints of abuses by Mozambican soldiers against civilians in the early years of the war had driven some villagers towards the insurgents",
    "abuses by Mozambican soldiers against civilians", "driven some villagers towards the insurgents",
    driver="security posture/deployment", claimant="A Western diplomat")

# ---------------------------------------------------------------- 07 Somalia (events: 1)
d = Doc(7, "Somalia security brief, October 2017: after Zoobe, al-Shabaab presses on the capital's approaches", "2017-11-03", [
"""MOGADISHU -- A car packed with explosives blew up at a government checkpoint at the eastern entrance of Afgooye, 30 km northwest of Mogadishu, on Wednesday, killing four soldiers and two civilians, police said. Al-Shabaab said in a statement carried by its Andalus radio that its fighters had killed 11 soldiers in the attack.""",
""""The car did not stop when the soldiers waved, and then everything was smoke," said Captain Mohamed Hussein of the Afgooye police, who said a minibus waiting behind the car had been destroyed.""",
"""The blast came less than three weeks after the truck bombing at Zoobe junction in the capital on Oct. 14, the deadliest attack in Somalia's history, and it underlined how the militant group continues to operate along the roads that connect Mogadishu with its farming hinterland in Lower Shabelle.""",
"""Figures compiled for this brief by the Mogadishu-based Hiraal Institute show that al-Shabaab carried out at least 74 attacks in Banadir and Lower Shabelle in October, including 19 bombings, up from 52 in September. The institute estimates the group has between 5,000 and 7,000 fighters, despite losing control of most major towns to the African Union force, AMISOM, and Somali troops since 2011.""",
"""Several factors explain the group's resilience, according to security officials and analysts. The first is the drawdown of AMISOM. The African Union has begun withdrawing 1,000 of its roughly 22,000 troops by the end of the year, and a Somali military commander in Lower Shabelle said the handover of bases to Somali forces had already left gaps. "When AMISOM leaves a town, we are told to hold it with half the men and no trucks," he said, speaking on condition of anonymity.""",
"""The second is money. Al-Shabaab raises taxes at its own checkpoints and from businesses in government-held towns, and the UN Monitoring Group on Somalia and Eritrea has said the group earns millions of dollars a year from the illicit charcoal trade through southern ports. Meanwhile, Somali soldiers frequently go months without pay. "A soldier who is not paid will sell his bullets, and sometimes he sells the checkpoint," said Hussein Sheikh-Ali, a former national security adviser who now heads the Hiraal Institute.""",
"""Clan politics also play a part. Analysts say disputes between the federal government and regional administrations over power and resources have slowed the creation of a unified army, and that some clan militias in Lower Shabelle have struck local deals with al-Shabaab because they see the government as favouring their rivals.""",
"""Drought has made things worse. More than one million people have been displaced since November 2016, most of them by the drought, according to the UN refugee agency, and the camps that ring Mogadishu and Baidoa have swollen. An aid official in Mogadishu said al-Shabaab had recruited boys from displaced families by offering their parents food and cash.""",
"""Officials in President Mohamed Abdullahi Farmaajo's government say a new offensive is coming. Security minister Mohamed Abukar Islow told parliament last month that Somali forces, with AMISOM and U.S. support, would push the militants out of their strongholds in the Jubba and Shabelle valleys. U.S. Africa Command says it has carried out more than 20 air strikes in Somalia this year.""",
"""In Afgooye, shops reopened on Thursday, but traders said the checkpoint had been moved closer to the town. "They move the checkpoint, the bombers move too," a banana exporter said.""",
])
t = d.t
d.E(["A car packed with explosives blew up at a government checkpoint at the eastern entrance of Afgooye",
     "killing four soldiers and two civilians"],
    date="2017-11-01", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", actor1="Al Shabaab",
    actor2="Military Forces of Somalia (2012-2022)", country="Somalia", admin1="Lower Shabelle",
    admin1_alt=["Shabeellaha Hoose"], admin2="Afgooye", location="Afgooye", location_alt=["Afgoye"],
    lat=2.1381, lon=45.1212, prec=2, fatalities=6,
    fatalities_note="police: six (four soldiers, two civilians) vs al-Shabaab claim 11: conservative 6")
HUS = "Mohamed Hussein"
d.Q("killing four soldiers and two civilians", "police", "police said", "unnamed official", direct=False)
d.Q("its fighters had killed 11 soldiers in the attack", "Al-Shabaab", "Al-Shabaab said", "named", direct=False,
    medium="Andalus radio")
d.Q("\"The car did not stop when the soldiers waved, and then everything was smoke,\"", HUS, "Captain Mohamed Hussein",
    "named", role="police captain", aff="Afgooye police")
d.Q("a minibus waiting behind the car had been destroyed", HUS, "who said", "named", direct=False,
    mentions=["Captain Mohamed Hussein"], role="police captain", aff="Afgooye police")
d.Q("al-Shabaab carried out at least 74 attacks in Banadir and Lower Shabelle in October, including 19 bombings, up from 52 in September",
    "Hiraal Institute", "Figures compiled for this brief by the Mogadishu-based Hiraal Institute", "named", direct=False,
    mentions=["Hiraal Institute"])
d.Q("the group has between 5,000 and 7,000 fighters, despite losing control of most major towns to the African Union force, AMISOM, and Somali troops since 2011",
    "Hiraal Institute", "The institute estimates", "named", direct=False, mentions=["Hiraal Institute"])
d.Q("Several factors explain the group's resilience", "security officials and analysts", "security officials and analysts",
    "unnamed official", direct=False)
d.Q("the handover of bases to Somali forces had already left gaps", "a Somali military commander in Lower Shabelle",
    "a Somali military commander in Lower Shabelle", "unnamed official", direct=False)
d.Q("\"When AMISOM leaves a town, we are told to hold it with half the men and no trucks,\"",
    "a Somali military commander in Lower Shabelle", "he said", "unnamed official",
    mentions=["a Somali military commander in Lower Shabelle"])
d.Q("the group earns millions of dollars a year from the illicit charcoal trade through southern ports",
    "UN Monitoring Group on Somalia and Eritrea", "the UN Monitoring Group on Somalia and Eritrea has said", "named", direct=False)
d.Q("\"A soldier who is not paid will sell his bullets, and sometimes he sells the checkpoint,\"", "Hussein Sheikh-Ali",
    "Hussein Sheikh-Ali", "named", mentions=["Hussein Sheikh-Ali"], role="director", aff="Hiraal Institute")
d.Q("disputes between the federal government and regional administrations over power and resources have slowed the creation of a unified army, and that some clan militias in Lower Shabelle have struck local deals with al-Shabaab because they see the government as favouring their rivals",
    "Analysts", "Analysts say", "anonymous", direct=False)
d.Q("More than one million people have been displaced since November 2016, most of them by the drought",
    "UN refugee agency", "the UN refugee agency", "named", direct=False, alt=["UNHCR"])
d.Q("al-Shabaab had recruited boys from displaced families by offering their parents food and cash",
    "An aid official in Mogadishu", "An aid official in Mogadishu", "unnamed official", direct=False)
d.Q("a new offensive is coming", "Officials in President Mohamed Abdullahi Farmaajo's government",
    "Officials in President Mohamed Abdullahi Farmaajo's government", "unnamed official", direct=False)
d.Q("Somali forces, with AMISOM and U.S. support, would push the militants out of their strongholds in the Jubba and Shabelle valleys",
    "Mohamed Abukar Islow", "Security minister Mohamed Abukar Islow", "named", mentions=["Mohamed Abukar Islow"],
    direct=False, role="security minister", aff="Federal Government of Somalia", medium="parliament")
d.Q("it has carried out more than 20 air strikes in Somalia this year", "U.S. Africa Command", "U.S. Africa Command says",
    "named", direct=False)
d.Q("the checkpoint had been moved closer to the town", "traders", "traders said", "anonymous", direct=False)
d.Q("\"They move the checkpoint, the bombers move too,\"", "a banana exporter", "a banana exporter", "anonymous")
d.A("al-Shabaab carried out at least 74 attacks in Banadir and Lower Shabelle in October", "al-Shabaab attacks",
    "attacks", quantity=74, low=74, qualifier="at least", ps="2017-10-01", pe="2017-10-31",
    scope="Banadir and Lower Shabelle", claimant="Hiraal Institute")
d.A("including 19 bombings", "bombings", "attacks", quantity=19, ps="2017-10-01", pe="2017-10-31",
    scope="Banadir and Lower Shabelle", claimant="Hiraal Institute")
d.A("up from 52 in September", "al-Shabaab attacks", "attacks", quantity=52, ps="2017-09-01", pe="2017-09-30",
    scope="Banadir and Lower Shabelle", claimant="Hiraal Institute")
d.A("the group has between 5,000 and 7,000 fighters", "al-Shabaab fighters", "fighters", low=5000, high=7000,
    scope="Somalia", claimant="Hiraal Institute")
d.A("More than one million people have been displaced since November 2016", "displaced people", "people",
    quantity=1000000, low=1000000, qualifier="more than", ps="2016-11-01", pe="2017-11-03", scope="Somalia",
    claimant="UN refugee agency")
d.A("it has carried out more than 20 air strikes in Somalia this year", "U.S. air strikes", "air strikes", quantity=20,
    low=20, qualifier="more than", ps="2017-01-01", pe="2017-11-03", scope="Somalia", claimant="U.S. Africa Command")
d.C("Several factors explain the group's resilience", "Several factors", "the group's resilience",
    claimant="security officials and analysts")
d.C("the handover of bases to Somali forces had already left gaps", "the handover of bases to Somali forces",
    "left gaps", driver="security posture/deployment", claimant="a Somali military commander in Lower Shabelle")
d.C("disputes between the federal government and regional administrations over power and resources have slowed the creation of a unified army",
    "disputes between the federal government and regional administrations over power and resources",
    "slowed the creation of a unified army", driver="governance/corruption", polarity="-", claimant="Analysts")
d.C("some clan militias in Lower Shabelle have struck local deals with al-Shabaab because they see the government as favouring their rivals",
    "they see the government as favouring their rivals", "some clan militias in Lower Shabelle have struck local deals with al-Shabaab",
    driver="sectarian grievance", claimant="Analysts")
d.C("Drought has made things worse.", "Drought", "made things worse", driver=None)
d.C("More than one million people have been displaced since November 2016, most of them by the drought",
    "the drought", "More than one million people have been displaced", claimant="UN refugee agency")
d.C("al-Shabaab had recruited boys from displaced families by offering their parents food and cash",
    "offering their parents food and cash", "al-Shabaab had recruited boys from displaced families",
    driver="displacement/camps/reintegration", claimant="An aid official in Mogadishu")

# ---------------------------------------------------------------- 08 Pakistan (no events)
d = Doc(8, "Explainer: Why the Pakistani Taliban are back in Khyber Pakhtunkhwa", "2023-02-21", [
"""PESHAWAR, Pakistan -- Three weeks after a suicide bomber killed scores of policemen at a mosque inside Peshawar's fortified police headquarters, Pakistan is confronting a question it thought it had answered a decade ago: how strong is the Tehrik-e-Taliban Pakistan (TTP), and why has it come back?""",
"""How bad is the violence? Militant attacks in Pakistan rose by about 27 percent in 2022 compared with the previous year, according to the Islamabad Centre for Conflict Research, an independent think tank, which counted 262 attacks nationwide. Khyber Pakhtunkhwa bore the brunt, with 169 attacks that killed at least 280 people, more than 150 of them police officers and soldiers. In January alone, the centre recorded 44 attacks in the province.""",
"""How many fighters does the TTP have? A United Nations sanctions monitoring team estimated last year that the group had between 4,000 and 6,500 fighters based in Afghanistan, making it the largest foreign militant group there. Pakistani officials put the total higher. A senior counterterrorism official in Peshawar said about 7,000 TTP members were active on both sides of the border.""",
"""Why now? Almost every official and analyst interviewed for this explainer pointed first to the Taliban's return to power in Kabul in August 2021. "The TTP's leadership lives in Afghanistan, its fighters train in Afghanistan and its families are safe in Afghanistan," said Asfandyar Mir, a security analyst who has studied the group for years. "That sanctuary is the single biggest reason for what we are seeing.\" """,
"""The rugged border itself matters. Militants move through the mountains of Kunar and Nuristan into Bajaur, Mohmand and the Tirah valley, where Pakistani troops have struggled to hold ground. A police commander in Bajaur said his men faced fighters with night-vision goggles and American rifles left behind in Afghanistan, which had made night patrols "a death trip.\" """,
"""A failed peace process also helped. Talks brokered by the Afghan Taliban led to a ceasefire in mid-2022, and during that period, according to provincial officials, hundreds of TTP fighters and their families returned to Swat and the former tribal districts. When the group called off the ceasefire in November, many of those fighters were already in place. "We allowed them to come home as if they were refugees, and they came home as an army," said a member of the Khyber Pakhtunkhwa provincial assembly from Swat, who asked not to be named.""",
"""Leadership plays a role. Since Noor Wali Mehsud took over the TTP in 2018, he has reunited splinter factions and ordered fighters to avoid attacks on markets and mosques used by ordinary worshippers, focusing instead on police and soldiers. Analysts say the change of strategy has made the group more acceptable to some tribesmen. The attack on the police mosque in Peshawar, which the TTP's central leadership denied, was claimed by a breakaway faction.""",
"""Economic hardship feeds the problem. Pakistan is in the middle of its worst economic crisis in decades, with inflation above 25 percent, and last year's floods destroyed crops and homes across the province. A police officer in Lakki Marwat said his constables had gone without risk allowances for months, and that many had asked to be transferred out of the district because they feared for their families.""",
"""Governance in the merged tribal districts is another weak point. The former Federally Administered Tribal Areas were merged into Khyber Pakhtunkhwa in 2018 with promises of courts, schools and jobs, but residents say little has reached them. "The state came with forms, not with development," said Manzoor Afridi, a tribal elder from Khyber district.""",
"""What comes next? The federal government has promised a new military operation, but officials in Peshawar say it will not succeed without pressure on Kabul. Residents of Swat, who lived through the army's offensive in 2009 that displaced more than two million people, fear a repeat.""",
])
t = d.t
ICCR = "Islamabad Centre for Conflict Research"
d.Q("Militant attacks in Pakistan rose by about 27 percent in 2022 compared with the previous year", ICCR,
    "the Islamabad Centre for Conflict Research", "named", direct=False, mentions=[ICCR])
d.Q("262 attacks nationwide", ICCR, "which counted", "named", direct=False, mentions=[ICCR])
d.Q("44 attacks in the province", ICCR, "the centre recorded", "named", direct=False, mentions=[ICCR])
d.Q("the group had between 4,000 and 6,500 fighters based in Afghanistan, making it the largest foreign militant group there",
    "A United Nations sanctions monitoring team", "A United Nations sanctions monitoring team", "named", direct=False)
d.Q("put the total higher", "Pakistani officials", "Pakistani officials", "unnamed official", direct=False)
d.Q("about 7,000 TTP members were active on both sides of the border", "A senior counterterrorism official in Peshawar",
    "A senior counterterrorism official in Peshawar", "unnamed official", direct=False)
d.Q("\"The TTP's leadership lives in Afghanistan, its fighters train in Afghanistan and its families are safe in Afghanistan,\"",
    "Asfandyar Mir", "Asfandyar Mir", "named", mentions=["Asfandyar Mir"], role="security analyst")
d.Q("\"That sanctuary is the single biggest reason for what we are seeing.\"", "Asfandyar Mir", "Asfandyar Mir", "named",
    mentions=["Asfandyar Mir"], role="security analyst")
d.Q("his men faced fighters with night-vision goggles and American rifles left behind in Afghanistan, which had made night patrols \"a death trip.\"",
    "A police commander in Bajaur", "A police commander in Bajaur", "unnamed official", direct=False)
d.Q("hundreds of TTP fighters and their families returned to Swat and the former tribal districts", "provincial officials",
    "according to provincial officials", "unnamed official", direct=False)
d.Q("\"We allowed them to come home as if they were refugees, and they came home as an army,\"",
    "a member of the Khyber Pakhtunkhwa provincial assembly from Swat", "a member of the Khyber Pakhtunkhwa provincial assembly from Swat",
    "unnamed official", role="provincial assembly member")
d.Q("the change of strategy has made the group more acceptable to some tribesmen", "Analysts", "Analysts say", "anonymous",
    direct=False)
d.Q("his constables had gone without risk allowances for months, and that many had asked to be transferred out of the district because they feared for their families",
    "A police officer in Lakki Marwat", "A police officer in Lakki Marwat", "unnamed official", direct=False)
d.Q("little has reached them", "residents", "residents say", "anonymous", direct=False, after="courts, schools and jobs")
d.Q("\"The state came with forms, not with development,\"", "Manzoor Afridi", "Manzoor Afridi", "named",
    mentions=["Manzoor Afridi"], role="tribal elder")
d.Q("it will not succeed without pressure on Kabul", "officials in Peshawar", "officials in Peshawar say", "unnamed official",
    direct=False)
d.A("Militant attacks in Pakistan rose by about 27 percent in 2022 compared with the previous year", "increase in militant attacks",
    "percent", quantity=27, qualifier="about", ps="2022-01-01", pe="2022-12-31", scope="Pakistan", claimant=ICCR)
d.A("which counted 262 attacks nationwide", "militant attacks", "attacks", quantity=262, ps="2022-01-01", pe="2022-12-31",
    scope="Pakistan", claimant=ICCR)
d.A("with 169 attacks that killed at least 280 people", "militant attacks", "attacks", quantity=169, ps="2022-01-01",
    pe="2022-12-31", scope="Khyber Pakhtunkhwa", claimant=ICCR)
d.A("killed at least 280 people", "people killed in militant attacks", "people", quantity=280, low=280,
    qualifier="at least", ps="2022-01-01", pe="2022-12-31", scope="Khyber Pakhtunkhwa", claimant=ICCR)
d.A("more than 150 of them police officers and soldiers", "police and soldiers killed", "people", quantity=150, low=150,
    qualifier="more than", ps="2022-01-01", pe="2022-12-31", scope="Khyber Pakhtunkhwa", claimant=ICCR)
d.A("In January alone, the centre recorded 44 attacks in the province", "militant attacks", "attacks", quantity=44,
    ps="2023-01-01", pe="2023-01-31", scope="Khyber Pakhtunkhwa", claimant=ICCR)
d.A("the group had between 4,000 and 6,500 fighters based in Afghanistan", "TTP fighters", "fighters", low=4000,
    high=6500, scope="Afghanistan", claimant="A United Nations sanctions monitoring team")
d.A("about 7,000 TTP members were active on both sides of the border", "TTP members", "fighters", quantity=7000,
    qualifier="about", scope="Pakistan-Afghanistan border", claimant="A senior counterterrorism official in Peshawar")
d.A("the army's offensive in 2009 that displaced more than two million people", "people displaced", "people",
    quantity=2000000, low=2000000, qualifier="more than", ps="2009-01-01", pe="2009-12-31", scope="Swat")
d.C("\"That sanctuary is the single biggest reason for what we are seeing.\"", "That sanctuary",
    "what we are seeing", driver="terrain/safe havens", claimant="Asfandyar Mir")
d.C("American rifles left behind in Afghanistan, which had made night patrols \"a death trip.\"",
    "American rifles left behind in Afghanistan", "made night patrols \"a death trip.\"", driver="external support",
    claimant="A police commander in Bajaur")
d.C("A failed peace process also helped.", "A failed peace process", "helped")
d.C("Talks brokered by the Afghan Taliban led to a ceasefire in mid-2022", "Talks brokered by the Afghan Taliban",
    "a ceasefire in mid-2022", driver=None)
d.C("Analysts say the change of strategy has made the group more acceptable to some tribesmen.", "the change of strategy",
    "made the group more acceptable to some tribesmen", driver="leadership/command change", claimant="Analysts")
d.C("Economic hardship feeds the problem.", "Economic hardship", "feeds the problem", driver="economic hardship/unemployment")
d.C("many had asked to be transferred out of the district because they feared for their families",
    "they feared for their families", "many had asked to be transferred out of the district",
    claimant="A police officer in Lakki Marwat")

# ---------------------------------------------------------------- 09 Colombia (events: 2)
d = Doc(9, "Cauca quarterly: drones, recruitment and the slow collapse of 'total peace'", "2025-05-16", [
"""POPAYAN, Colombia -- A small drone dropped two explosive charges on the police station in Toribio in the northern Cauca department on Tuesday, wounding two officers and damaging nearby homes, the National Police said. Police commanders blamed the Dagoberto Ramos front, one of the FARC dissident groups that have refused to lay down their arms.""",
"""On Wednesday, an army soldier was killed and another wounded in a firefight with dissidents on the outskirts of El Plateado, in the municipality of Argelia, the army's Third Division said. It said its troops had been ambushed while clearing coca laboratories.""",
"""The two incidents are the latest in a conflict that, according to figures gathered for this quarterly review, is intensifying rather than winding down. The Bogota-based Peace and Conflict Analysis Foundation counted 187 armed actions in Cauca between January and March, up from 131 in the same period of 2024. At least 54 members of the security forces and 38 civilians were killed in the department during the quarter, the foundation said.""",
"""Drones have become the dissidents' signature weapon. The army says it registered more than 100 drone attacks in Cauca in the first four months of the year, most of them in the north around Suarez, Jamundi and Toribio. "It is cheap, it is silent and it terrifies people," said Colonel Andres Ruiz, a police commander in the department. "A farmer with a commercial drone and a kilo of explosives can close a whole town.\" """,
"""Why is it getting worse? The first answer most officials give is coca. Cauca has some of the country's densest coca crops and the Pacific routes to move cocaine, and a report by the United Nations Office on Drugs and Crime estimated that the area under coca in the department grew by about 10 percent last year. "Whoever controls the coca controls the young men, because there is no other work here," said a community leader in Argelia who asked not to be named for fear of reprisals.""",
"""Poverty and the coca economy are also driving up the recruitment of minors. The Ombudsman's Office says it documented at least 160 cases of children recruited by armed groups in Cauca in 2024, many of them from Nasa indigenous reserves. Indigenous authorities in northern Cauca say the dissidents offer boys motorbikes and monthly payments that no legal job can match.""",
"""The government's "total peace" policy is the second explanation. President Gustavo Petro suspended offensive operations against some dissident groups in 2023 to open talks, and critics say the pause allowed them to regroup and expand. "The ceasefire was a gift to the armed groups," said Senator Paloma Valencia, a leading opposition figure from Cauca. Government negotiator Camilo Gonzalez Posso has rejected that charge, saying talks have produced local agreements that have reduced violence in other regions.""",
"""A third factor is the splintering of the dissident movement itself. After the Central General Staff split in 2024, the factions that stayed out of talks have competed for territory, analysts say. Elizabeth Dickinson, a senior analyst at the International Crisis Group, said the lack of a single chain of command had made the groups "more violent and harder to negotiate with.\" """,
"""For residents, the result is displacement. Some 9,400 people were forced from their homes in Cauca in the first quarter, according to the UN humanitarian office, and roughly a third of them were from Argelia alone.""",
"""In Toribio, the police station has been reinforced with netting to stop drones. "We put up nets like fishermen," a shopkeeper across the street said. "But they are the ones fishing.\" """,
])
t = d.t
d.E(["A small drone dropped two explosive charges on the police station in Toribio", "wounding two officers"],
    date="2025-05-13", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="EMC: Central General Staff",
    actor1_alt=["FARC Dissidents (Colombia)", "Dagoberto Ramos Front"], actor2="Police Forces of Colombia (2022-)",
    country="Colombia", admin1="Cauca", admin2="Toribio", location="Toribio", location_alt=["Toribío"],
    lat=2.955, lon=-76.27, prec=1, fatalities=0, injured=2)
d.E(["an army soldier was killed and another wounded in a firefight with dissidents on the outskirts of El Plateado",
     "its troops had been ambushed while clearing coca laboratories"],
    date="2025-05-14", etype="Battles", sub="Armed clash", actor1="Military Forces of Colombia (2022-)",
    actor2="EMC: Central General Staff", country="Colombia", admin1="Cauca", admin2="Argelia", location="El Plateado",
    prec=2, fatalities=1, injured=1)
d.Q("wounding two officers and damaging nearby homes", "National Police", "the National Police said", "named", direct=False)
d.Q("an army soldier was killed and another wounded in a firefight with dissidents on the outskirts of El Plateado, in the municipality of Argelia",
    "Third Division", "the army's Third Division said", "named", direct=False, alt=["Colombian army"])
d.Q("its troops had been ambushed while clearing coca laboratories", "Third Division", "It said", "named", direct=False,
    alt=["Colombian army"], mentions=["the army's Third Division"])
d.Q("is intensifying rather than winding down", "figures gathered for this quarterly review",
    "figures gathered for this quarterly review", "anonymous", direct=False)
d.Q("187 armed actions in Cauca between January and March, up from 131 in the same period of 2024",
    "Peace and Conflict Analysis Foundation", "The Bogota-based Peace and Conflict Analysis Foundation", "named",
    direct=False, mentions=["Peace and Conflict Analysis Foundation"])
d.Q("At least 54 members of the security forces and 38 civilians were killed in the department during the quarter",
    "Peace and Conflict Analysis Foundation", "the foundation said", "named", direct=False,
    mentions=["Peace and Conflict Analysis Foundation"])
d.Q("it registered more than 100 drone attacks in Cauca in the first four months of the year, most of them in the north around Suarez, Jamundi and Toribio",
    "The army", "The army says", "named", direct=False, alt=["Colombian army"])
d.Q("\"It is cheap, it is silent and it terrifies people,\"", "Andres Ruiz", "Colonel Andres Ruiz", "named",
    mentions=["Andres Ruiz"], role="police commander", aff="National Police")
d.Q("\"A farmer with a commercial drone and a kilo of explosives can close a whole town.\"", "Andres Ruiz",
    "Colonel Andres Ruiz", "named", mentions=["Andres Ruiz"], role="police commander", aff="National Police")
d.Q("the area under coca in the department grew by about 10 percent last year",
    "United Nations Office on Drugs and Crime", "a report by the United Nations Office on Drugs and Crime", "named",
    direct=False)
d.Q("\"Whoever controls the coca controls the young men, because there is no other work here,\"",
    "a community leader in Argelia", "a community leader in Argelia", "anonymous")
d.Q("it documented at least 160 cases of children recruited by armed groups in Cauca in 2024, many of them from Nasa indigenous reserves",
    "Ombudsman's Office", "The Ombudsman's Office says", "named", direct=False)
d.Q("the dissidents offer boys motorbikes and monthly payments that no legal job can match",
    "Indigenous authorities in northern Cauca", "Indigenous authorities in northern Cauca say", "unnamed official", direct=False)
d.Q("the pause allowed them to regroup and expand", "critics", "critics say", "anonymous", direct=False)
d.Q("\"The ceasefire was a gift to the armed groups,\"", "Paloma Valencia", "Senator Paloma Valencia", "named",
    mentions=["Paloma Valencia"], role="senator", aff="opposition")
d.Q("talks have produced local agreements that have reduced violence in other regions", "Camilo Gonzalez Posso",
    "Government negotiator Camilo Gonzalez Posso", "named", mentions=["Camilo Gonzalez Posso"], direct=False,
    role="government negotiator", aff="Government of Colombia")
d.Q("the factions that stayed out of talks have competed for territory", "analysts", "analysts say", "anonymous",
    direct=False)
d.Q("the lack of a single chain of command had made the groups \"more violent and harder to negotiate with.\"",
    "Elizabeth Dickinson", "Elizabeth Dickinson", "named", mentions=["Elizabeth Dickinson"], direct=False,
    role="senior analyst", aff="International Crisis Group")
d.Q("Some 9,400 people were forced from their homes in Cauca in the first quarter", "UN humanitarian office",
    "the UN humanitarian office", "named", direct=False, alt=["OCHA"])
d.Q("\"We put up nets like fishermen,\"", "a shopkeeper across the street", "a shopkeeper across the street", "anonymous")
d.Q("\"But they are the ones fishing.\"", "a shopkeeper across the street", "a shopkeeper across the street", "anonymous")
PCAF = "Peace and Conflict Analysis Foundation"
d.A("counted 187 armed actions in Cauca between January and March", "armed actions", "attacks", quantity=187,
    ps="2025-01-01", pe="2025-03-31", scope="Cauca", claimant=PCAF)
d.A("up from 131 in the same period of 2024", "armed actions", "attacks", quantity=131, ps="2024-01-01", pe="2024-03-31",
    scope="Cauca", claimant=PCAF)
d.A("At least 54 members of the security forces", "security force members killed", "people", quantity=54, low=54,
    qualifier="at least", ps="2025-01-01", pe="2025-03-31", scope="Cauca", claimant=PCAF)
d.A("38 civilians were killed in the department during the quarter", "civilians killed", "people", quantity=38,
    ps="2025-01-01", pe="2025-03-31", scope="Cauca", claimant=PCAF)
d.A("it registered more than 100 drone attacks in Cauca in the first four months of the year", "drone attacks", "attacks",
    quantity=100, low=100, qualifier="more than", ps="2025-01-01", pe="2025-04-30", scope="Cauca", claimant="The army")
d.A("it documented at least 160 cases of children recruited by armed groups in Cauca in 2024",
    "children recruited by armed groups", "people", quantity=160, low=160, qualifier="at least", ps="2024-01-01",
    pe="2024-12-31", scope="Cauca", claimant="Ombudsman's Office")
d.A("Some 9,400 people were forced from their homes in Cauca in the first quarter", "people displaced", "people",
    quantity=9400, qualifier="some", ps="2025-01-01", pe="2025-03-31", scope="Cauca", claimant="UN humanitarian office")
d.A("roughly a third of them were from Argelia alone", "share of displaced from Argelia", "percent", quantity=33.33,
    qualifier="roughly", ps="2025-01-01", pe="2025-03-31", scope="Argelia", claimant="UN humanitarian office")
d.C("\"Whoever controls the coca controls the young men, because there is no other work here,\"",
    "there is no other work here", "Whoever controls the coca controls the young men",
    driver="economic hardship/unemployment", claimant="a community leader in Argelia")
d.C("Poverty and the coca economy are also driving up the recruitment of minors.", "Poverty and the coca economy",
    "the recruitment of minors", driver="economic hardship/unemployment")
d.C("who asked not to be named for fear of reprisals", "reprisals", "asked not to be named")
d.C("President Gustavo Petro suspended offensive operations against some dissident groups in 2023 to open talks, and critics say the pause allowed them to regroup and expand.",
    "the pause", "allowed them to regroup and expand", driver="security posture/deployment", claimant="critics")
d.C("talks have produced local agreements that have reduced violence in other regions", "local agreements",
    "reduced violence in other regions", polarity="-", claimant="Camilo Gonzalez Posso")
d.C("the lack of a single chain of command had made the groups \"more violent and harder to negotiate with.\"",
    "the lack of a single chain of command", "made the groups \"more violent and harder to negotiate with.\"",
    driver="leadership/command change", claimant="Elizabeth Dickinson")

# ---------------------------------------------------------------- 10 Philippines (no events)
d = Doc(10, "Mindanao security outlook: Duterte's war on Abu Sayyaf enters its third month", "2016-10-07", [
"""MANILA -- When President Rodrigo Duterte ordered the armed forces in August to "destroy" the Abu Sayyaf, military planners promised results within months. Nine weeks into the offensive on the island of Sulu, the army says it is winning. Security analysts, local officials and residents describe a more complicated picture, in which military gains sit alongside the deeper forces that have kept armed groups alive in the southern Philippines for a quarter of a century.""",
"""The numbers, as the military tells them, are impressive. Brigadier General Restituto Padilla, the armed forces spokesman, told reporters this week that troops had killed 42 Abu Sayyaf fighters and wounded dozens more in Sulu since the offensive began on Aug. 16. He said the group's strength across Sulu and Basilan had fallen to about 400 armed men, from an estimated 500 at the start of the year.""",
"""But the cost has been high. At least 20 soldiers have been killed in the same period, according to a tally by the Davao-based Institute for Autonomy and Governance, and more than 23,000 residents of Patikul and Indanan have fled their villages to escape the fighting, the provincial disaster office said. Many are staying with relatives in Jolo town or in schools turned into evacuation centres.""",
""""My children are sleeping on classroom floors and the soldiers tell us it will be over soon," said a fisherman from Patikul who fled with his family in September. "They said that last year too.\" """,
"""Why has the Abu Sayyaf proved so hard to defeat? Terrain is part of the answer. The jungles and hills of Sulu's interior, where the army's heavy vehicles cannot follow, have sheltered the group since the 1990s, and a senior officer of the army's Joint Task Force Sulu said the militants used the dense forest to move hostages between camps at night. "We can be five hundred metres from them and not see them," he said.""",
"""Money is another part. Ransom payments for kidnapped foreigners and Filipinos have funded the group for years. Rommel Banlaoi, who heads the Philippine Institute for Peace, Violence and Terrorism Research, estimates that the Abu Sayyaf collected more than 7 million dollars in ransom in the first half of 2016 alone, and says that this income allowed its commanders to buy weapons and pay young recruits more than they could earn fishing.""",
"""Poverty and clan ties reinforce each other. Sulu is one of the poorest provinces in the country, and local officials say families often protect fighters because they are relatives. "Here the Abu Sayyaf is not a foreign army. It is your cousin," said a municipal councillor in Indanan who asked not to be named.""",
"""There are also growing concerns about the Islamic State. Isnilon Hapilon, a Basilan-based Abu Sayyaf leader, has pledged allegiance to the group, and intelligence officials say his leadership has drawn the faction closer to the Maute group in Lanao del Sur, raising fears of an alliance that could carry the fight into the cities of mainland Mindanao. An intelligence analyst in Manila said the Islamic State had sent some funding to groups in Mindanao through intermediaries in Malaysia and Indonesia.""",
"""Politics matters too. The collapse of the Bangsamoro Basic Law in Congress early this year left many Moro communities disillusioned with the peace process, said Zainudin Malang, a Cotabato-based lawyer who has advised the Moro Islamic Liberation Front. "When people lose faith in the law, the men with guns look more credible," he said. The government has promised to revive the legislation, but few expect it to pass soon.""",
"""For now, the military says it will keep up the pressure through the end of the year, when it hopes the northeast monsoon will make sea escape routes harder to use. Residents, meanwhile, are counting the days. "We want to go home before Christmas," the Patikul fisherman said.""",
])
t = d.t
FISH = "a fisherman from Patikul who fled with his family in September"
d.Q("it is winning", "the army", "the army says", "named", direct=False, alt=["Armed Forces of the Philippines"])
d.Q("troops had killed 42 Abu Sayyaf fighters and wounded dozens more in Sulu since the offensive began on Aug. 16",
    "Restituto Padilla", "Brigadier General Restituto Padilla", "named", mentions=["Restituto Padilla"], direct=False,
    role="armed forces spokesman", aff="Armed Forces of the Philippines")
d.Q("the group's strength across Sulu and Basilan had fallen to about 400 armed men, from an estimated 500 at the start of the year",
    "Restituto Padilla", "He said", "named", mentions=["Restituto Padilla"], direct=False,
    role="armed forces spokesman", aff="Armed Forces of the Philippines")
d.Q("At least 20 soldiers have been killed in the same period", "Institute for Autonomy and Governance",
    "a tally by the Davao-based Institute for Autonomy and Governance", "named", direct=False)
d.Q("more than 23,000 residents of Patikul and Indanan have fled their villages to escape the fighting",
    "the provincial disaster office", "the provincial disaster office said", "unnamed official", direct=False)
d.Q("\"My children are sleeping on classroom floors and the soldiers tell us it will be over soon,\"", FISH,
    "a fisherman from Patikul", "anonymous", mentions=["the Patikul fisherman"])
d.Q("\"They said that last year too.\"", FISH, "a fisherman from Patikul", "anonymous", mentions=["the Patikul fisherman"])
d.Q("the militants used the dense forest to move hostages between camps at night",
    "a senior officer of the army's Joint Task Force Sulu", "a senior officer of the army's Joint Task Force Sulu",
    "unnamed official", direct=False)
d.Q("\"We can be five hundred metres from them and not see them,\"", "a senior officer of the army's Joint Task Force Sulu",
    "he said", "unnamed official", mentions=["a senior officer of the army's Joint Task Force Sulu"])
d.Q("the Abu Sayyaf collected more than 7 million dollars in ransom in the first half of 2016 alone", "Rommel Banlaoi",
    "Rommel Banlaoi", "named", mentions=["Rommel Banlaoi"], direct=False, role="head",
    aff="Philippine Institute for Peace, Violence and Terrorism Research")
d.Q("this income allowed its commanders to buy weapons and pay young recruits more than they could earn fishing",
    "Rommel Banlaoi", "says", "named", mentions=["Rommel Banlaoi"], direct=False, role="head",
    aff="Philippine Institute for Peace, Violence and Terrorism Research", after="first half of 2016 alone")
d.Q("families often protect fighters because they are relatives", "local officials", "local officials say",
    "unnamed official", direct=False)
d.Q("\"Here the Abu Sayyaf is not a foreign army. It is your cousin,\"", "a municipal councillor in Indanan",
    "a municipal councillor in Indanan", "unnamed official")
d.Q("his leadership has drawn the faction closer to the Maute group in Lanao del Sur, raising fears of an alliance that could carry the fight into the cities of mainland Mindanao",
    "intelligence officials", "intelligence officials say", "unnamed official", direct=False)
d.Q("the Islamic State had sent some funding to groups in Mindanao through intermediaries in Malaysia and Indonesia",
    "An intelligence analyst in Manila", "An intelligence analyst in Manila", "unnamed official", direct=False)
d.Q("The collapse of the Bangsamoro Basic Law in Congress early this year left many Moro communities disillusioned with the peace process",
    "Zainudin Malang", "Zainudin Malang", "named", mentions=["Zainudin Malang"], direct=False, role="lawyer",
    aff="Moro Islamic Liberation Front adviser")
d.Q("\"When people lose faith in the law, the men with guns look more credible,\"", "Zainudin Malang", "he said", "named",
    mentions=["Zainudin Malang"], role="lawyer", aff="Moro Islamic Liberation Front adviser")
d.Q("it will keep up the pressure through the end of the year", "the military", "the military says", "named",
    direct=False, alt=["Armed Forces of the Philippines"])
d.Q("\"We want to go home before Christmas,\"", FISH, "the Patikul fisherman", "anonymous",
    mentions=["a fisherman from Patikul"])
d.A("troops had killed 42 Abu Sayyaf fighters and wounded dozens more in Sulu since the offensive began on Aug. 16",
    "Abu Sayyaf fighters killed", "fighters", quantity=42, ps="2016-08-16", pe="2016-10-07", scope="Sulu",
    claimant="Restituto Padilla")
d.A("the group's strength across Sulu and Basilan had fallen to about 400 armed men", "Abu Sayyaf fighters", "fighters",
    quantity=400, qualifier="about", scope="Sulu and Basilan", claimant="Restituto Padilla")
d.A("from an estimated 500 at the start of the year", "Abu Sayyaf fighters", "fighters", quantity=500,
    qualifier="estimated", ps="2016-01-01", pe="2016-01-31", scope="Sulu and Basilan", claimant="Restituto Padilla")
d.A("At least 20 soldiers have been killed in the same period", "soldiers killed", "people", quantity=20, low=20,
    qualifier="at least", ps="2016-08-16", pe="2016-10-07", scope="Sulu", claimant="Institute for Autonomy and Governance")
d.A("more than 23,000 residents of Patikul and Indanan have fled their villages", "residents displaced", "people",
    quantity=23000, low=23000, qualifier="more than", scope="Patikul and Indanan", claimant="the provincial disaster office")
d.C("The jungles and hills of Sulu's interior, where the army's heavy vehicles cannot follow, have sheltered the group since the 1990s",
    "The jungles and hills of Sulu's interior", "have sheltered the group", driver="terrain/safe havens")
d.C("this income allowed its commanders to buy weapons and pay young recruits more than they could earn fishing",
    "this income", "its commanders to buy weapons and pay young recruits", claimant="Rommel Banlaoi")
d.C("families often protect fighters because they are relatives", "they are relatives", "families often protect fighters",
    claimant="local officials")
d.C("his leadership has drawn the faction closer to the Maute group in Lanao del Sur, raising fears of an alliance that could carry the fight into the cities of mainland Mindanao",
    "his leadership", "drawn the faction closer to the Maute group in Lanao del Sur", driver="leadership/command change",
    claimant="intelligence officials")
d.C("The collapse of the Bangsamoro Basic Law in Congress early this year left many Moro communities disillusioned with the peace process",
    "The collapse of the Bangsamoro Basic Law in Congress early this year", "left many Moro communities disillusioned with the peace process",
    driver="governance/corruption", claimant="Zainudin Malang")

# ==== WRITE
def check(d):
    t = d.t
    def sp_ok(x):
        assert t[x["start"]:x["end"]] == x["text"], x
    for e in d.events:
        for v in e["evidence"]:
            sp_ok(v)
        assert e["event_date"] <= d.published
    for q in d.quotes:
        sp_ok(q)
        assert t[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
    for c in d.claims:
        sp_ok(c)
        if c["kind"] == "causal":
            sp_ok(c["cause"]); sp_ok(c["effect"])
            assert c["start"] <= c["cause"]["start"] and c["effect"]["end"] <= c["end"]


def main():
    with open(os.path.join(HERE, f"{AUTHOR}.docs.jsonl"), "w") as fd, \
         open(os.path.join(HERE, f"{AUTHOR}.gold.jsonl"), "w") as fg, \
         open(os.path.join(HERE, f"{AUTHOR}.pred_selfcheck.jsonl"), "w") as fp:
        for d in DOCS:
            check(d)
            fd.write(json.dumps({"id": d.id, "title": d.title, "published": d.published, "text": d.t},
                                ensure_ascii=False) + "\n")
            g = {"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims,
                 "source": {"author": AUTHOR, "invented": True, "title": d.title, "published": d.published}}
            fg.write(json.dumps(g, ensure_ascii=False) + "\n")
            p = {"id": d.id, "events": d.events, "quotes": d.quotes, "claims": d.claims}
            fp.write(json.dumps(p, ensure_ascii=False) + "\n")
    for d in DOCS:
        n = len(d.t.split())
        agg = sum(c["kind"] == "aggregate" for c in d.claims)
        cau = sum(c["kind"] == "causal" for c in d.claims)
        drv = sum(c["kind"] == "causal" and bool(c["driver"]) for c in d.claims)
        print(d.id, d.published, n, "words", len(d.events), "ev", len(d.quotes), "q", agg, "agg", cau, "caus", drv, "drv")


main()
