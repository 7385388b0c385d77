#!/usr/bin/env python3
"""authK: ten fictional wire reports (invented incidents, officials, quotes and figures; real countries,
provinces, towns and armed groups), annotated by ../../../shared/data/reports/GUIDE.md.

Every offset is computed here by searching the text; spans given as a string must be unique (word-bounded),
or are given as (string, k) for the k-th occurrence. Writes authK.docs.jsonl, authK.gold.jsonl and
authK.pred_selfcheck.jsonl beside this file. Standard library only."""
import datetime
import json
import os
import re
import sys

sys.path.insert(0, "/work/main/bench/data")
from gold_record import event_record  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVERS = {"security posture/deployment", "leadership/command change", "pandemic/lockdown",
           "economic hardship/unemployment", "displacement/camps/reintegration", "terrain/safe havens",
           "governance/corruption", "sectarian grievance", "external support"}
EVENT_TYPES = {
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
ANON = {"named", "unnamed official", "anonymous", "pseudonym"}
DOCS = []


def occ(text, s):
    pat = (r"\b" if s[0].isalnum() else "") + re.escape(s) + (r"\b" if s[-1].isalnum() else "")
    return [m.start() for m in re.finditer(pat, text)]


def span(text, s, lo=0, hi=None):
    """(start, end) of s in text[lo:hi]; s is a string (unique there) or (string, k) (k-th occurrence)."""
    k = None
    if isinstance(s, tuple):
        s, k = s
    hi = len(text) if hi is None else hi
    o = [i for i in occ(text, s) if i >= lo and i + len(s) <= hi]
    if k is None:
        assert len(o) == 1, f"span {s!r}: {len(o)} occurrences"
        st = o[0]
    else:
        assert len(o) > k, f"span {s!r}: only {len(o)} occurrences"
        st = o[k]
    assert text[st:st + len(s)] == s
    return st, st + len(s)


def sp(text, s, lo=0, hi=None):
    a, b = span(text, s, lo, hi)
    return {"start": a, "end": b, "text": text[a:b]}


class Q:
    def __init__(self, content, speaker, spk, mentions=(), role=None, aff=None, anon="named", medium=None,
                 alt=None, frags=None, direct=None):
        self.__dict__.update(locals())


class A:
    def __init__(self, span, quantity, counted, unit, low=None, high=None, qualifier=None, ps=None, pe=None,
                 scope=None, claimant=None):
        self.__dict__.update(locals())


class C:
    def __init__(self, span, cause, effect, driver=None, claimant=None, hedged=False, polarity="+"):
        self.__dict__.update(locals())


def E(**kw):
    return kw


def nearest(text, s, a, b):
    """The occurrence of s (word-bounded, case-sensitive) nearest to [a, b) and outside it."""
    side = None
    if isinstance(s, tuple):
        if s[1] in ("<", ">"):
            s, side = s
        else:
            return span(text, s)
    o = [i for i in occ(text, s) if (i + len(s) <= a and side != ">") or (i >= b and side != "<")]
    assert o, f"speaker mention {s!r} not found"
    st = min(o, key=lambda i: (a - (i + len(s))) if i + len(s) <= a else (i - b))
    return st, st + len(s)


def build_quote(text, q):
    if q.frags:
        fr = [span(text, f) for f in q.frags]
        a, b = fr[0][0], fr[-1][1]
    else:
        a, b = span(text, q.content)
        fr = None
    ss, se = nearest(text, q.spk, a, b)
    ments = {(ss, se)}
    for m in q.mentions:
        for i in occ(text, m):
            if not (i < b and i + len(m) > a):  # not inside the content itself
                ments.add((i, i + len(m)))
    ments = {m for m in ments if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in ments)}
    assert (ss, se) in ments, ("attribution mention nested in another mention", q.content[:40])
    direct = q.direct if q.direct is not None else text[a] == '"'
    assert q.anon in ANON
    r = {"start": a, "end": b, "text": text[a:b]}
    if fr:
        r["fragments"] = [list(f) for f in fr]
    r.update({"direct": direct, "speaker": q.speaker, "speaker_start": ss, "speaker_end": se,
              "speaker_text": text[ss:se], "speaker_mentions": [list(m) for m in sorted(ments)]})
    if q.alt:
        r["speaker_alt"] = q.alt
    r.update({"role": q.role, "affiliation": q.aff, "anonymity": q.anon, "medium": q.medium})
    return r


def build_agg(text, g):
    a, b = span(text, g.span)
    for x in (g.ps, g.pe):
        if x:
            datetime.date.fromisoformat(x)
    qty = g.quantity
    if qty is None:
        assert g.low is not None and g.high is not None
    return {"kind": "aggregate", "start": a, "end": b, "text": text[a:b], "claimant": g.claimant,
            "quantity": qty, "low": g.low, "high": g.high, "counted": g.counted, "unit": g.unit,
            "qualifier": g.qualifier, "period_start": g.ps, "period_end": g.pe, "scope": g.scope}


def build_causal(text, c):
    a, b = span(text, c.span)
    assert c.driver is None or c.driver in DRIVERS, c.driver
    assert c.polarity in "+-"
    cause, effect = sp(text, c.cause, a, b), sp(text, c.effect, a, b)
    return {"kind": "causal", "start": a, "end": b, "text": text[a:b], "claimant": c.claimant,
            "hedged": c.hedged, "cause": cause, "effect": effect, "driver": c.driver, "polarity": c.polarity}


def add_doc(num, title, published, text, events=(), quotes=(), aggs=(), causals=()):
    did = f"authK-{num:02d}"
    text = text.strip("\n")
    pub = datetime.date.fromisoformat(published[:10])
    nw = len(text.split())
    assert 350 <= nw <= 900, (did, nw)
    evs = []
    for e in events:
        e = dict(e)
        ev = [sp(text, x) for x in e.pop("evidence")]
        rec = event_record(evidence=ev, **e)
        assert rec["sub_event_type"] in EVENT_TYPES[rec["event_type"]], (did, rec["sub_event_type"])
        for s in rec.get("sub_event_type_alt") or []:
            assert any(s in v for v in EVENT_TYPES.values()), s
        d = datetime.date.fromisoformat(rec["event_date"])
        assert 0 <= (pub - d).days <= 7, (did, rec["event_date"])
        evs.append(rec)
    qs = [build_quote(text, q) for q in quotes]
    # speaker_mentions: each quote's own attribution mention plus every name/description mention of the same
    # source given anywhere in the document (pronouns only where they are the quote's own attribution)
    pron = {"he", "she", "it", "they"}
    by_spk = {}
    for q in qs:
        by_spk.setdefault(q["speaker"], set()).update(
            tuple(m) for m in q["speaker_mentions"] if text[m[0]:m[1]].lower() not in pron)
    for q in qs:
        ms = {tuple(m) for m in q["speaker_mentions"]} | {
            m for m in by_spk[q["speaker"]] if not (m[0] < q["end"] and m[1] > q["start"])}
        ms = {m for m in ms if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in ms)}
        assert (q["speaker_start"], q["speaker_end"]) in ms
        q["speaker_mentions"] = [list(m) for m in sorted(ms)]
    seen = set()
    for q in qs:
        assert (q["start"], q["end"]) not in seen, (did, q["text"])
        seen.add((q["start"], q["end"]))
    claims = [build_agg(text, g) for g in aggs] + [build_causal(text, c) for c in causals]
    claims.sort(key=lambda c: (c["start"], c["end"]))
    DOCS.append({"doc": {"id": did, "text": text, "published": published, "title": title},
                 "gold": {"id": did, "events": evs, "quotes": qs, "claims": claims,
                          "source": {"author": "authK", "kind": "fictional report written for evaluation",
                                     "license": "original text, evaluation only"}}})


# ---------------------------------------------------------------- 01 Afghanistan, wire (Reuters style)
T01 = """
KABUL (Reuters) - Taliban fighters stormed two police checkpoints in the northern province of Kunduz late on Monday, killing seven policemen, and a suicide bomber blew himself up near a government office in the eastern city of Jalalabad on Wednesday, officials said.

The assault on the posts in Dasht-e Archi district began shortly before midnight and lasted about four hours, said Inamuddin Rahmani, a spokesman for the Kunduz police. "They came from three sides with heavy machine guns and rocket-propelled grenades, and our men fought until their ammunition ran out," Rahmani said by telephone.

He said at least five attackers were also killed, and that reinforcements took four hours to arrive because the Taliban had mined the main road into the district.

Ghulam Sakhi Popalzai, a member of the Kunduz provincial council, said 11 policemen had been killed and that several others had been captured. "The checkpoints were isolated and everyone in Dasht-e Archi knew it," Popalzai said. "We asked for more men three times this year."

Popalzai said the posts fell because they had been left without reinforcements for weeks, and that the province had lost more than 60 policemen since March 21, the start of the Afghan new year.

A Taliban spokesman, Mawlawi Abdul Samad Hanif, said in a statement that the group's fighters had killed 20 "puppet" policemen and seized weapons and two armoured vehicles. The insurgents often exaggerate the casualties they inflict.

The defence ministry said Afghan air force aircraft struck Taliban positions around the district centre on Tuesday, killing 14 militants, including a local commander known as Mullah Nasir.

"The enemy suffered heavy casualties and the area has been cleared," said Sayed Rafiullah Noorzai, a ministry spokesman. "Dasht-e Archi is under the full control of the security forces."

Residents could not be reached to confirm the toll, and the Taliban denied losing any fighters in the air strikes.

Afghan commanders have thinned out rural checkpoints over the past year to protect provincial capitals, a shift that has left remote posts such as those in Dasht-e Archi exposed to night attacks.

In Jalalabad, capital of Nangarhar province, a suicide bomber on foot detonated his explosives outside the provincial department of refugees and repatriation as people queued to register on Wednesday morning, killing at least four people and wounding 19, said Farid Ahmad Sherzad, spokesman for the provincial governor.

"Most of the victims were women and elderly men waiting for their papers," Sherzad said.

A doctor at the regional hospital in the city said 23 wounded had been brought in and that six of them were in a critical condition.

"I saw people lying on the ground and women screaming for their children," said a shopkeeper whose stall faces the office. He said the blast shattered windows across the street.

Queues at the office have grown in recent weeks due to the return of thousands of families from Pakistan, where many had lived as refugees for decades.

No group immediately claimed the attack, but Islamic State's local branch has carried out a string of bombings in Nangarhar, where it has its main stronghold in the mountainous districts along the Pakistani border.

Separately, two children were killed on Tuesday when a roadside bomb exploded as they herded sheep in the Wazir area of Khogyani district, police said.

The United Nations Assistance Mission in Afghanistan (UNAMA) said last month that 2,258 civilians had been killed or wounded in the first three months of the year, with suicide and other bombings the leading cause.

Government forces control or influence about 56 percent of the country's 407 districts, according to the U.S. Special Inspector General for Afghanistan Reconstruction, the lowest share since it began keeping records.

The Taliban announced the start of their annual spring offensive in late April and have since launched attacks in at least a dozen provinces, including a failed push on the western city of Farah.

Analysts say the violence could undermine plans for parliamentary elections due in October, which have already been delayed by more than three years.

(Reporting by Kabul bureau; Editing by Staff)
"""

add_doc(1, "Taliban storm police posts in Kunduz, suicide bomber hits Jalalabad", "2018-05-16T11:42:00", T01,
    events=[
        E(date="2018-05-14", etype="Battles", sub="Armed clash", actor1="Taliban",
          actor2="Police Forces of Afghanistan (2014-2021)", country="Afghanistan", admin1="Kunduz",
          admin2="Dasht-e Archi", location="Dasht-e Archi", location_alt=["Dashti Archi", "Archi"],
          lat=37.07, lon=69.17, prec=2, fatalities=12,
          fatalities_note="7 policemen (police; council member 11, Taliban 20) + at least 5 attackers (police)",
          evidence=["Taliban fighters stormed two police checkpoints in the northern province of Kunduz late on Monday, killing seven policemen",
                    "The assault on the posts in Dasht-e Archi district began shortly before midnight and lasted about four hours",
                    "at least five attackers were also killed"]),
        E(date="2018-05-15", etype="Explosions/Remote violence", sub="Air/drone strike",
          actor1="Military Forces of Afghanistan (2014-2021)", actor2="Taliban", country="Afghanistan",
          admin1="Kunduz", admin2="Dasht-e Archi", location="Dasht-e Archi", location_alt=["Dashti Archi"],
          lat=37.07, lon=69.17, prec=2, fatalities=14,
          note="Air strikes after the checkpoint battle, separate event; Taliban deny losses.",
          evidence=["Afghan air force aircraft struck Taliban positions around the district centre on Tuesday, killing 14 militants"]),
        E(date="2018-05-16", etype="Explosions/Remote violence", sub="Suicide bomb",
          actor1="Unidentified Armed Group (Afghanistan)", actor1_alt=["Islamic State (Afghanistan)"],
          actor2="Civilians (Afghanistan)", country="Afghanistan", admin1="Nangarhar", admin2="Jalalabad",
          location="Jalalabad", lat=34.43, lon=70.45, prec=1, fatalities=4, injured=19,
          fatalities_note="at least four (governor's spokesman); doctor gives 23 wounded",
          evidence=["a suicide bomber on foot detonated his explosives outside the provincial department of refugees and repatriation as people queued to register on Wednesday morning, killing at least four people and wounding 19"]),
        E(date="2018-05-15", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
          actor1="Unidentified Armed Group (Afghanistan)", actor2="Civilians (Afghanistan)",
          country="Afghanistan", admin1="Nangarhar", admin2="Khogyani", location="Khogyani",
          location_alt=["Wazir", "Khugyani"], lat=None, lon=None, prec=2, fatalities=2,
          evidence=["two children were killed on Tuesday when a roadside bomb exploded as they herded sheep in the Wazir area of Khogyani district"]),
    ],
    quotes=[
        Q("Taliban fighters stormed two police checkpoints in the northern province of Kunduz late on Monday, killing seven policemen, and a suicide bomber blew himself up near a government office in the eastern city of Jalalabad on Wednesday",
          "officials", "officials", anon="unnamed official"),
        Q("The assault on the posts in Dasht-e Archi district began shortly before midnight and lasted about four hours",
          "Inamuddin Rahmani", "Inamuddin Rahmani", mentions=["Rahmani", "a spokesman for the Kunduz police"],
          role="police spokesman", aff="Kunduz police"),
        Q('"They came from three sides with heavy machine guns and rocket-propelled grenades, and our men fought until their ammunition ran out,"',
          "Inamuddin Rahmani", "Rahmani", mentions=["Inamuddin Rahmani", "a spokesman for the Kunduz police"],
          role="police spokesman", aff="Kunduz police", medium="telephone"),
        Q("at least five attackers were also killed, and that reinforcements took four hours to arrive because the Taliban had mined the main road into the district",
          "Inamuddin Rahmani", "He", mentions=["Inamuddin Rahmani", "Rahmani"], role="police spokesman",
          aff="Kunduz police"),
        Q("11 policemen had been killed and that several others had been captured", "Ghulam Sakhi Popalzai",
          "Ghulam Sakhi Popalzai", mentions=["Popalzai"], role="provincial council member",
          aff="Kunduz provincial council"),
        Q('"The checkpoints were isolated and everyone in Dasht-e Archi knew it,"', "Ghulam Sakhi Popalzai",
          "Popalzai", mentions=["Ghulam Sakhi Popalzai"], role="provincial council member",
          aff="Kunduz provincial council"),
        Q('"We asked for more men three times this year."', "Ghulam Sakhi Popalzai", ("Popalzai", 1),
          mentions=["Ghulam Sakhi Popalzai"], role="provincial council member", aff="Kunduz provincial council"),
        Q("the posts fell because they had been left without reinforcements for weeks, and that the province had lost more than 60 policemen since March 21, the start of the Afghan new year",
          "Ghulam Sakhi Popalzai", ("Popalzai", 2), mentions=["Ghulam Sakhi Popalzai"],
          role="provincial council member", aff="Kunduz provincial council"),
        Q('the group\'s fighters had killed 20 "puppet" policemen and seized weapons and two armoured vehicles',
          "Mawlawi Abdul Samad Hanif", "Mawlawi Abdul Samad Hanif", mentions=["A Taliban spokesman"],
          role="spokesman", aff="Taliban", medium="statement"),
        Q("Afghan air force aircraft struck Taliban positions around the district centre on Tuesday, killing 14 militants, including a local commander known as Mullah Nasir",
          "Afghan defence ministry", "The defence ministry", aff="Ministry of Defence"),
        Q('"The enemy suffered heavy casualties and the area has been cleared,"', "Sayed Rafiullah Noorzai",
          "Sayed Rafiullah Noorzai", role="ministry spokesman", aff="Ministry of Defence"),
        Q('"Dasht-e Archi is under the full control of the security forces."', "Sayed Rafiullah Noorzai",
          "Sayed Rafiullah Noorzai", role="ministry spokesman", aff="Ministry of Defence"),
        Q("losing any fighters in the air strikes", "Taliban", "the Taliban", aff="Taliban"),
        Q("In Jalalabad, capital of Nangarhar province, a suicide bomber on foot detonated his explosives outside the provincial department of refugees and repatriation as people queued to register on Wednesday morning, killing at least four people and wounding 19",
          "Farid Ahmad Sherzad", "Farid Ahmad Sherzad", mentions=["Sherzad", "spokesman for the provincial governor"],
          role="spokesman for the provincial governor", aff="Nangarhar governor's office"),
        Q('"Most of the victims were women and elderly men waiting for their papers,"', "Farid Ahmad Sherzad",
          "Sherzad", mentions=["Farid Ahmad Sherzad"], role="spokesman for the provincial governor",
          aff="Nangarhar governor's office"),
        Q("23 wounded had been brought in and that six of them were in a critical condition",
          "A doctor at the regional hospital in the city", "A doctor at the regional hospital in the city",
          role="doctor", aff="regional hospital", anon="anonymous"),
        Q('"I saw people lying on the ground and women screaming for their children,"',
          "a shopkeeper whose stall faces the office", "a shopkeeper whose stall faces the office",
          role="shopkeeper", anon="anonymous"),
        Q("the blast shattered windows across the street", "a shopkeeper whose stall faces the office",
          "He", mentions=["a shopkeeper whose stall faces the office"], role="shopkeeper", anon="anonymous"),
        Q("two children were killed on Tuesday when a roadside bomb exploded as they herded sheep in the Wazir area of Khogyani district",
          "police", "police", anon="unnamed official", aff="Afghan police"),
        Q("2,258 civilians had been killed or wounded in the first three months of the year, with suicide and other bombings the leading cause",
          "United Nations Assistance Mission in Afghanistan", "The United Nations Assistance Mission in Afghanistan (UNAMA)",
          aff="United Nations"),
        Q("Government forces control or influence about 56 percent of the country's 407 districts",
          "U.S. Special Inspector General for Afghanistan Reconstruction",
          "the U.S. Special Inspector General for Afghanistan Reconstruction", aff="U.S. government"),
        Q("the violence could undermine plans for parliamentary elections due in October", "Analysts",
          "Analysts", anon="anonymous"),
    ],
    aggs=[
        A("the province had lost more than 60 policemen since March 21, the start of the Afghan new year", 60,
          "policemen killed", "people", low=60, qualifier="more than", ps="2018-03-21", pe="2018-05-16",
          scope="Kunduz province", claimant="Ghulam Sakhi Popalzai"),
        A("2,258 civilians had been killed or wounded in the first three months of the year", 2258,
          "civilian casualties (killed or wounded)", "people", ps="2018-01-01", pe="2018-03-31",
          scope="Afghanistan", claimant="United Nations Assistance Mission in Afghanistan"),
        A("Government forces control or influence about 56 percent of the country's 407 districts", 56,
          "districts under government control or influence", "percent", qualifier="about", scope="Afghanistan",
          claimant="U.S. Special Inspector General for Afghanistan Reconstruction"),
        A("have since launched attacks in at least a dozen provinces", 12, "provinces with Taliban attacks",
          "provinces", low=12, qualifier="at least", ps="2018-04-25", pe="2018-05-16", scope="Afghanistan"),
    ],
    causals=[
        C("reinforcements took four hours to arrive because the Taliban had mined the main road into the district",
          "the Taliban had mined the main road into the district", "reinforcements took four hours to arrive",
          claimant="Inamuddin Rahmani"),
        C("the posts fell because they had been left without reinforcements for weeks",
          "they had been left without reinforcements for weeks", "the posts fell",
          driver="security posture/deployment", claimant="Ghulam Sakhi Popalzai"),
        C("Afghan commanders have thinned out rural checkpoints over the past year to protect provincial capitals, a shift that has left remote posts such as those in Dasht-e Archi exposed to night attacks",
          "Afghan commanders have thinned out rural checkpoints over the past year",
          "left remote posts such as those in Dasht-e Archi exposed to night attacks",
          driver="security posture/deployment"),
        C("Queues at the office have grown in recent weeks due to the return of thousands of families from Pakistan",
          "the return of thousands of families from Pakistan", "Queues at the office have grown in recent weeks",
          driver="displacement/camps/reintegration"),
        C("the violence could undermine plans for parliamentary elections due in October", "the violence",
          "undermine plans for parliamentary elections due in October", claimant="Analysts", hedged=True,
          polarity="-"),
    ])


# ---------------------------------------------------------------- 02 Nigeria, local daily (byline, no dateline)
T02 = """
Insurgents kill farmers in Borno, bandits abduct 23 in Zamfara

From Ibrahim Sule, Maiduguri, and Hauwa Garba, Gusau

Suspected Boko Haram insurgents on Saturday killed at least nine farmers harvesting beans at Kawuri village in Konduga Local Government Area of Borno State, residents and members of the Civilian Joint Task Force (CJTF) said.

The attackers, who arrived on motorcycles at about 3pm, tied up some of the victims before slitting their throats, according to Lawan Bukar, the village head of Kawuri. "They asked us whether we were the ones telling soldiers where they hide. Before we could answer they started killing," Bukar told our correspondent on phone.

Alhaji Modu Kachalla Gremah, a CJTF sector commander in Konduga, said 14 bodies had been recovered from the farms by Sunday morning, while the police command in Maiduguri put the figure at nine. Gremah said the insurgents had targeted the farmers in retaliation for the arrest of two of their informants in the village last month.

"Our people are caught between hunger and death," he said. "If they stay in the camp they starve; if they go to the farm they are slaughtered."

The Borno State Police Public Relations Officer, DSP Aliyu Ndahi Musa, confirmed the attack but said investigations were ongoing.

The killing has raised the number of farmers slain in the state since the start of the harvest season in September to at least 43, according to a tally by the Borno Farmers Association.

On Tuesday, hundreds of farmers and displaced persons marched peacefully from the Bakassi camp to the Government House in Maiduguri to demand protection, carrying placards reading "We want to farm in peace". The protesters dispersed after a senior official received a petition on behalf of the governor.

Meanwhile, troops of Operation Lafiya Dole repelled an attack on a military base in Damboa in the early hours of Monday, the army said. In a statement, the acting Director of Army Public Relations, Brigadier General Yakubu Danladi, said 17 terrorists were neutralised and two soldiers paid the supreme price, while several gun trucks were destroyed.

"The gallant troops held their ground and inflicted heavy casualties on the criminals," Danladi said. "The general public is urged to disregard the propaganda of the terrorists."

A resident of Damboa, who asked not to be named for fear of reprisal, said the gunfire lasted more than two hours and that many families fled into the bush.

Security analysts have said the army's decision last year to withdraw troops from smaller bases into fortified "super camps" left many rural communities without protection. A senior military officer in Maiduguri, who spoke on condition of anonymity because he was not authorised to speak to the press, disputed that view. "The super camps allow us to respond faster and with more firepower," the officer said.

In Zamfara State, gunmen popularly referred to as bandits abducted 23 villagers in Dansadau, Maru Local Government Area, late on Sunday, and shot dead a man who tried to resist, the police said.

The command's spokesperson, ASP Hauwa Kabir Dutsinma, said in a statement on Monday that a joint team of police and vigilantes had been deployed to the area. "Efforts are in top gear to rescue the victims unhurt," she said.

A relative of two of the abducted women said the kidnappers had already called to demand N20 million for their release. "We are farmers. Where will we find such money?" he asked.

Residents said the bandits operate from camps deep inside the Kuyambana forest, whose thick vegetation makes it difficult for security forces to pursue them.

Ifeoma Nwachukwu, a researcher with Amnesty International in Abuja, said more than 1,100 people had been abducted in Zamfara alone this year. She said ransom payments by desperate families were fuelling the kidnapping trade, and that poverty and the collapse of rural livelihoods had pushed many young men into the armed gangs.

"The authorities must stop treating these attacks as isolated incidents," Nwachukwu said.

The decade-long insurgency in the North-East has killed more than 30,000 people and displaced over two million, according to the United Nations. Last year the Borno government began resettling displaced families in reconstructed towns, a programme humanitarian groups say has exposed returnees to fresh attacks.
"""

add_doc(2, "Insurgents kill farmers in Borno, bandits abduct 23 in Zamfara", "2020-11-04T06:15:00", T02,
    events=[
        E(date="2020-10-31", etype="Violence against civilians", sub="Attack",
          actor1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
          actor1_alt=["Islamic State West Africa Province (ISWAP)", "Unidentified Armed Group (Nigeria)"],
          actor2="Civilians (Nigeria)", country="Nigeria", admin1="Borno", admin2="Konduga", location="Kawuri",
          lat=None, lon=None, prec=1, fatalities=9,
          fatalities_note="at least nine (residents/CJTF lede, police); CJTF commander says 14 bodies",
          evidence=["Suspected Boko Haram insurgents on Saturday killed at least nine farmers harvesting beans at Kawuri village in Konduga Local Government Area of Borno State",
                    "14 bodies had been recovered from the farms by Sunday morning, while the police command in Maiduguri put the figure at nine"]),
        E(date="2020-11-03", etype="Protests", sub="Peaceful protest", actor1="Protesters (Nigeria)",
          country="Nigeria", admin1="Borno", admin2="Maiduguri", location="Maiduguri", lat=11.85, lon=13.16,
          prec=1, fatalities=0,
          evidence=["hundreds of farmers and displaced persons marched peacefully from the Bakassi camp to the Government House in Maiduguri to demand protection"]),
        E(date="2020-11-02", etype="Battles", sub="Armed clash", actor1="Military Forces of Nigeria (2015-2023)",
          actor2="Unidentified Armed Group (Nigeria)",
          country="Nigeria", admin1="Borno", admin2="Damboa", location="Damboa", lat=11.155, lon=12.756, prec=1,
          fatalities=19, fatalities_note="17 attackers + 2 soldiers (army statement)",
          evidence=["troops of Operation Lafiya Dole repelled an attack on a military base in Damboa in the early hours of Monday",
                    "17 terrorists were neutralised and two soldiers paid the supreme price"]),
        E(date="2020-11-01", etype="Violence against civilians", sub="Abduction/forced disappearance",
          actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)", country="Nigeria",
          admin1="Zamfara", admin2="Maru", location="Dansadau", lat=11.83, lon=6.25, prec=1, fatalities=1,
          note="23 abducted; one man shot dead resisting",
          evidence=["gunmen popularly referred to as bandits abducted 23 villagers in Dansadau, Maru Local Government Area, late on Sunday, and shot dead a man who tried to resist"]),
    ],
    quotes=[
        Q("Suspected Boko Haram insurgents on Saturday killed at least nine farmers harvesting beans at Kawuri village in Konduga Local Government Area of Borno State",
          "residents and members of the Civilian Joint Task Force (CJTF)",
          "residents and members of the Civilian Joint Task Force (CJTF)", anon="anonymous"),
        Q("The attackers, who arrived on motorcycles at about 3pm, tied up some of the victims before slitting their throats",
          "Lawan Bukar", "Lawan Bukar", mentions=["Bukar", "the village head of Kawuri"], role="village head",
          aff="Kawuri village"),
        Q('"They asked us whether we were the ones telling soldiers where they hide. Before we could answer they started killing,"',
          "Lawan Bukar", "Bukar", mentions=["Lawan Bukar", "the village head of Kawuri"], role="village head",
          aff="Kawuri village", medium="phone"),
        Q("14 bodies had been recovered from the farms by Sunday morning", "Alhaji Modu Kachalla Gremah",
          "Alhaji Modu Kachalla Gremah", mentions=["Gremah", "a CJTF sector commander in Konduga"],
          role="CJTF sector commander", aff="Civilian Joint Task Force"),
        Q(("nine", 1), "police command in Maiduguri", "the police command in Maiduguri", frags=None,
          aff="Nigeria Police Force", anon="unnamed official", alt=["police"]),
        Q("the insurgents had targeted the farmers in retaliation for the arrest of two of their informants in the village last month",
          "Alhaji Modu Kachalla Gremah", "Gremah", mentions=["Alhaji Modu Kachalla Gremah", "a CJTF sector commander in Konduga"],
          role="CJTF sector commander", aff="Civilian Joint Task Force"),
        Q('"Our people are caught between hunger and death,"', "Alhaji Modu Kachalla Gremah", "he",
          mentions=["Alhaji Modu Kachalla Gremah", "Gremah"], role="CJTF sector commander",
          aff="Civilian Joint Task Force"),
        Q('"If they stay in the camp they starve; if they go to the farm they are slaughtered."',
          "Alhaji Modu Kachalla Gremah", ("he", "<"), mentions=["Alhaji Modu Kachalla Gremah", "Gremah"],
          role="CJTF sector commander", aff="Civilian Joint Task Force"),
        Q("the attack", "DSP Aliyu Ndahi Musa", "DSP Aliyu Ndahi Musa",
          mentions=["The Borno State Police Public Relations Officer"], role="Police Public Relations Officer",
          aff="Borno State Police Command"),
        Q("investigations were ongoing", "DSP Aliyu Ndahi Musa", "DSP Aliyu Ndahi Musa",
          mentions=["The Borno State Police Public Relations Officer"], role="Police Public Relations Officer",
          aff="Borno State Police Command"),
        Q("The killing has raised the number of farmers slain in the state since the start of the harvest season in September to at least 43",
          "Borno Farmers Association", "a tally by the Borno Farmers Association", aff="Borno Farmers Association"),
        Q("troops of Operation Lafiya Dole repelled an attack on a military base in Damboa in the early hours of Monday",
          "Nigerian Army", "the army", aff="Nigerian Army"),
        Q("17 terrorists were neutralised and two soldiers paid the supreme price, while several gun trucks were destroyed",
          "Brigadier General Yakubu Danladi", "Brigadier General Yakubu Danladi",
          mentions=["Danladi", "the acting Director of Army Public Relations"], role="acting Director of Army Public Relations",
          aff="Nigerian Army", medium="statement"),
        Q('"The gallant troops held their ground and inflicted heavy casualties on the criminals,"',
          "Brigadier General Yakubu Danladi", "Danladi",
          mentions=["Brigadier General Yakubu Danladi", "the acting Director of Army Public Relations"],
          role="acting Director of Army Public Relations", aff="Nigerian Army"),
        Q('"The general public is urged to disregard the propaganda of the terrorists."',
          "Brigadier General Yakubu Danladi", "Danladi",
          mentions=["Brigadier General Yakubu Danladi", "the acting Director of Army Public Relations"],
          role="acting Director of Army Public Relations", aff="Nigerian Army"),
        Q("the gunfire lasted more than two hours and that many families fled into the bush",
          "A resident of Damboa", "A resident of Damboa", role="resident", anon="anonymous"),
        Q('the army\'s decision last year to withdraw troops from smaller bases into fortified "super camps" left many rural communities without protection',
          "Security analysts", "Security analysts", anon="anonymous"),
        Q('"The super camps allow us to respond faster and with more firepower,"',
          "A senior military officer in Maiduguri", "the officer",
          mentions=["A senior military officer in Maiduguri"], role="senior military officer", aff="Nigerian Army",
          anon="unnamed official"),
        Q("gunmen popularly referred to as bandits abducted 23 villagers in Dansadau, Maru Local Government Area, late on Sunday, and shot dead a man who tried to resist",
          "Zamfara State police", "the police", aff="Nigeria Police Force", anon="unnamed official"),
        Q("a joint team of police and vigilantes had been deployed to the area", "ASP Hauwa Kabir Dutsinma",
          "ASP Hauwa Kabir Dutsinma", mentions=["The command's spokesperson"], role="police spokesperson",
          aff="Zamfara State Police Command", medium="statement"),
        Q('"Efforts are in top gear to rescue the victims unhurt,"', "ASP Hauwa Kabir Dutsinma", "she",
          mentions=["ASP Hauwa Kabir Dutsinma", "The command's spokesperson"], role="police spokesperson",
          aff="Zamfara State Police Command"),
        Q("the kidnappers had already called to demand N20 million for their release",
          "A relative of two of the abducted women", "A relative of two of the abducted women", anon="anonymous"),
        Q('"We are farmers. Where will we find such money?"', "A relative of two of the abducted women", "he",
          mentions=["A relative of two of the abducted women"], anon="anonymous"),
        Q("the bandits operate from camps deep inside the Kuyambana forest, whose thick vegetation makes it difficult for security forces to pursue them",
          "Residents", "Residents", anon="anonymous"),
        Q("more than 1,100 people had been abducted in Zamfara alone this year", "Ifeoma Nwachukwu",
          "Ifeoma Nwachukwu", mentions=["Nwachukwu", "a researcher with Amnesty International in Abuja"],
          role="researcher", aff="Amnesty International"),
        Q("ransom payments by desperate families were fuelling the kidnapping trade, and that poverty and the collapse of rural livelihoods had pushed many young men into the armed gangs",
          "Ifeoma Nwachukwu", "She", mentions=["Ifeoma Nwachukwu", "Nwachukwu"], role="researcher",
          aff="Amnesty International"),
        Q('"The authorities must stop treating these attacks as isolated incidents,"', "Ifeoma Nwachukwu",
          "Nwachukwu", mentions=["Ifeoma Nwachukwu"], role="researcher", aff="Amnesty International"),
        Q("The decade-long insurgency in the North-East has killed more than 30,000 people and displaced over two million",
          "United Nations", "the United Nations", aff="United Nations"),
        Q("has exposed returnees to fresh attacks", "humanitarian groups", "humanitarian groups", anon="anonymous"),
    ],
    aggs=[
        A("The killing has raised the number of farmers slain in the state since the start of the harvest season in September to at least 43",
          43, "farmers killed", "people", low=43, qualifier="at least", ps="2020-09-01", pe="2020-11-04",
          scope="Borno State", claimant="Borno Farmers Association"),
        A("more than 1,100 people had been abducted in Zamfara alone this year", 1100, "people abducted", "people",
          low=1100, qualifier="more than", ps="2020-01-01", pe="2020-11-04", scope="Zamfara State",
          claimant="Ifeoma Nwachukwu"),
        A("has killed more than 30,000 people", 30000, "people killed in the insurgency", "people", low=30000,
          qualifier="more than", pe="2020-11-04", scope="North-East Nigeria", claimant="United Nations"),
        A("displaced over two million", 2000000, "people displaced", "people", low=2000000, qualifier="over",
          pe="2020-11-04", scope="North-East Nigeria", claimant="United Nations"),
    ],
    causals=[
        C("the insurgents had targeted the farmers in retaliation for the arrest of two of their informants in the village last month",
          "the arrest of two of their informants in the village last month", "the insurgents had targeted the farmers",
          claimant="Alhaji Modu Kachalla Gremah"),
        C('the army\'s decision last year to withdraw troops from smaller bases into fortified "super camps" left many rural communities without protection',
          'the army\'s decision last year to withdraw troops from smaller bases into fortified "super camps"',
          "left many rural communities without protection", driver="security posture/deployment",
          claimant="Security analysts"),
        C("A senior military officer in Maiduguri, who spoke on condition of anonymity because he was not authorised to speak to the press",
          "he was not authorised to speak to the press", "spoke on condition of anonymity"),
        C("whose thick vegetation makes it difficult for security forces to pursue them", "whose thick vegetation",
          "makes it difficult for security forces to pursue them", driver="terrain/safe havens",
          claimant="Residents", polarity="-"),
        C("ransom payments by desperate families were fuelling the kidnapping trade",
          "ransom payments by desperate families", "fuelling the kidnapping trade", claimant="Ifeoma Nwachukwu"),
        C("poverty and the collapse of rural livelihoods had pushed many young men into the armed gangs",
          "poverty and the collapse of rural livelihoods", "pushed many young men into the armed gangs",
          driver="economic hardship/unemployment", claimant="Ifeoma Nwachukwu"),
        C("a programme humanitarian groups say has exposed returnees to fresh attacks", "a programme",
          "has exposed returnees to fresh attacks", driver="displacement/camps/reintegration",
          claimant="humanitarian groups"),
    ])


# ---------------------------------------------------------------- 03 Somalia, wire (AFP style)
T03 = """
Mogadishu (AFP) - A car packed with explosives blew up at a security checkpoint near the busy KM4 junction in the Somali capital Mogadishu on Tuesday, killing at least six people, police said, in the latest attack claimed by the Al-Qaeda-linked Shabaab.

"The vehicle was stopped by the soldiers at the checkpoint and it exploded while they were searching it," police officer Abdikadir Hassan Farah told AFP. "Most of the dead are soldiers and rickshaw drivers who were waiting nearby."

He said the bomb appeared to have been detonated remotely. But in a statement on a pro-Shabaab website, the group said one of its "martyrdom-seekers" had driven the car into the checkpoint, and claimed 15 members of the "apostate" security forces had been killed.

The director of the Aamin ambulance service, Abdulkadir Abdirahman Adan, said his teams had carried nine bodies and 17 wounded from the scene. Witnesses described a thick column of black smoke rising over the junction, which links the city centre with the airport road.

"I was across the road buying bread when the ground shook. Glass was falling everywhere," said Fadumo Ali, a mother of four who sells tea near the junction.

The blast came a day after Shabaab fighters attacked a Somali army base in Awdheegle, a farming town in the Lower Shabelle region about 70 kilometres (45 miles) west of the capital which government troops recaptured last month with the help of US air support.

Mohamed Abdi Warsame, a Somali National Army commander in the region, said his forces repulsed the attack after fighting that lasted most of Monday morning. "We killed 12 of the enemy and lost three of our brave soldiers," Warsame said. The Shabaab said they had killed 20 soldiers. Neither account could be independently verified.

Separately, the US Africa Command (AFRICOM) said it had conducted an air strike on Sunday near Jilib in the Middle Juba region, killing three "terrorists". "At this time, it is assessed no civilians were injured or killed as a result of this airstrike," the command said in a statement.

Jilib, some 380 kilometres southwest of Mogadishu, is regarded as the Shabaab's de facto capital, and the group has run courts and collected taxes there for years. A local elder reached by telephone said the strike hit a vehicle on the road towards the village of Hagar, and that residents had buried the dead the same day.

AFRICOM has carried out at least 51 air strikes in Somalia so far this year, according to a tally by the New America think-tank, more than in the whole of 2018. US officials say the campaign has weakened the group's ability to mass fighters for large attacks, although critics argue the strikes have also killed civilians and turned some communities against the government.

The Shabaab were driven out of Mogadishu in 2011 but still control large parts of the countryside, from where they launch frequent attacks on government, military and civilian targets. The group is estimated to have between 5,000 and 9,000 fighters.

A Western security analyst based in Nairobi, who requested anonymity, said the militants had benefited from the withdrawal of some African Union (AMISOM) troops from forward bases, which has allowed them to move more freely along supply routes in Lower Shabelle.

"Every time AMISOM hands over a base to the Somali army without proper support, there is a vacuum, and the Shabaab fill it," the analyst said.

Somalia's internal security minister, Mohamed Abukar Islow, told reporters at the scene that corruption at checkpoints made it easier for bomb-makers to move vehicles into the city. "Some of our own people take a few dollars and wave cars through," he said. "That must end today."

The minister also said security forces had arrested several suspects in connection with the attack, but gave no details.

At least 11 car bombings have struck Mogadishu since January, according to the Mogadishu-based Hiraal Institute, which monitors the conflict.

The Somali government, backed by the 20,000-strong AMISOM force, is due to take over responsibility for security from the African Union by 2021, a deadline many analysts believe is unrealistic.
"""

add_doc(3, "Car bomb kills six at Mogadishu checkpoint", "2019-09-25T09:03:00", T03,
    events=[
        E(date="2019-09-24", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
          sub_alt=["Suicide bomb"], actor1="Al Shabaab", actor2="Military Forces of Somalia (2017-2022)",
          country="Somalia", admin1="Banadir", admin1_alt=["Benadir"], admin2="Mogadishu",
          location="Mogadishu", location_alt=["Mogadishu - KM4", "KM4"], lat=2.03, lon=45.32, prec=1,
          fatalities=6, injured=17,
          fatalities_note="at least six (police); ambulance service nine; Shabaab claim 15",
          note="Police: remote detonation; Shabaab claim a suicide driver, hence the alt sub-type.",
          evidence=["A car packed with explosives blew up at a security checkpoint near the busy KM4 junction in the Somali capital Mogadishu on Tuesday, killing at least six people",
                    "his teams had carried nine bodies and 17 wounded from the scene"]),
        E(date="2019-09-23", etype="Battles", sub="Armed clash", actor1="Al Shabaab",
          actor2="Military Forces of Somalia (2017-2022)", country="Somalia", admin1="Lower Shabelle",
          admin1_alt=["Shabeellaha Hoose"], admin2="Wanla Weyn", location="Awdheegle",
          location_alt=["Awdhegle", "Aw Dheegle"], lat=1.99, lon=44.83, prec=1, fatalities=15,
          fatalities_note="12 militants + 3 soldiers (army commander); Shabaab claim 20 soldiers",
          evidence=["Shabaab fighters attacked a Somali army base in Awdheegle",
                    "his forces repulsed the attack after fighting that lasted most of Monday morning"]),
        E(date="2019-09-22", etype="Explosions/Remote violence", sub="Air/drone strike",
          actor1="Military Forces of the United States (2017-2021)", actor2="Al Shabaab", country="Somalia",
          admin1="Middle Juba", admin1_alt=["Jubbada Dhexe"], admin2="Jilib", location="Jilib",
          location_alt=["Hagar"], lat=0.49, lon=42.77, prec=2, fatalities=3,
          evidence=["it had conducted an air strike on Sunday near Jilib in the Middle Juba region, killing three \"terrorists\"",
                    "the strike hit a vehicle on the road towards the village of Hagar"]),
    ],
    quotes=[
        Q("A car packed with explosives blew up at a security checkpoint near the busy KM4 junction in the Somali capital Mogadishu on Tuesday, killing at least six people",
          "police", "police", aff="Somali police", anon="unnamed official"),
        Q('"The vehicle was stopped by the soldiers at the checkpoint and it exploded while they were searching it,"',
          "Abdikadir Hassan Farah", "police officer Abdikadir Hassan Farah", role="police officer",
          aff="Somali police", medium="AFP"),
        Q('"Most of the dead are soldiers and rickshaw drivers who were waiting nearby."', "Abdikadir Hassan Farah",
          ("police officer Abdikadir Hassan Farah", "<"), role="police officer", aff="Somali police", medium="AFP"),
        Q("the bomb appeared to have been detonated remotely", "Abdikadir Hassan Farah", "He",
          mentions=["police officer Abdikadir Hassan Farah"], role="police officer", aff="Somali police"),
        Q('one of its "martyrdom-seekers" had driven the car into the checkpoint', "Al Shabaab", "the group",
          aff="Al Shabaab", medium="pro-Shabaab website"),
        Q('15 members of the "apostate" security forces had been killed', "Al Shabaab", ("the group", "<"),
          aff="Al Shabaab", medium="pro-Shabaab website"),
        Q("his teams had carried nine bodies and 17 wounded from the scene", "Abdulkadir Abdirahman Adan",
          "Abdulkadir Abdirahman Adan", mentions=["The director of the Aamin ambulance service"],
          role="director", aff="Aamin ambulance service"),
        Q("a thick column of black smoke rising over the junction, which links the city centre with the airport road",
          "Witnesses", "Witnesses", anon="anonymous"),
        Q('"I was across the road buying bread when the ground shook. Glass was falling everywhere,"',
          "Fadumo Ali", "Fadumo Ali", mentions=["a mother of four who sells tea near the junction"],
          role="tea seller"),
        Q("his forces repulsed the attack after fighting that lasted most of Monday morning", "Mohamed Abdi Warsame",
          "Mohamed Abdi Warsame", mentions=["Warsame", "a Somali National Army commander in the region"],
          role="commander", aff="Somali National Army"),
        Q('"We killed 12 of the enemy and lost three of our brave soldiers,"', "Mohamed Abdi Warsame", "Warsame",
          mentions=["Mohamed Abdi Warsame", "a Somali National Army commander in the region"], role="commander",
          aff="Somali National Army"),
        Q("they had killed 20 soldiers", "Al Shabaab", "The Shabaab", aff="Al Shabaab"),
        Q('it had conducted an air strike on Sunday near Jilib in the Middle Juba region, killing three "terrorists"',
          "US Africa Command", "the US Africa Command (AFRICOM)", mentions=["the command"], aff="US military"),
        Q('"At this time, it is assessed no civilians were injured or killed as a result of this airstrike,"',
          "US Africa Command", "the command", mentions=["the US Africa Command (AFRICOM)"], aff="US military",
          medium="statement"),
        Q("the strike hit a vehicle on the road towards the village of Hagar, and that residents had buried the dead the same day",
          "A local elder", "A local elder", role="elder", anon="anonymous", medium="telephone"),
        Q("AFRICOM has carried out at least 51 air strikes in Somalia so far this year", "New America",
          "a tally by the New America think-tank", aff="New America"),
        Q("the campaign has weakened the group's ability to mass fighters for large attacks", "US officials",
          "US officials", aff="US government", anon="unnamed official"),
        Q("the strikes have also killed civilians and turned some communities against the government", "critics",
          "critics", anon="anonymous"),
        Q("the militants had benefited from the withdrawal of some African Union (AMISOM) troops from forward bases, which has allowed them to move more freely along supply routes in Lower Shabelle",
          "A Western security analyst based in Nairobi", "A Western security analyst based in Nairobi",
          mentions=["the analyst"], role="security analyst", anon="anonymous"),
        Q('"Every time AMISOM hands over a base to the Somali army without proper support, there is a vacuum, and the Shabaab fill it,"',
          "A Western security analyst based in Nairobi", "the analyst",
          mentions=["A Western security analyst based in Nairobi"], role="security analyst", anon="anonymous"),
        Q("corruption at checkpoints made it easier for bomb-makers to move vehicles into the city",
          "Mohamed Abukar Islow", "Mohamed Abukar Islow", mentions=["Somalia's internal security minister", "The minister"],
          role="internal security minister", aff="Government of Somalia", medium="reporters"),
        Q('"Some of our own people take a few dollars and wave cars through,"', "Mohamed Abukar Islow", "he",
          mentions=["Mohamed Abukar Islow", "Somalia's internal security minister", "The minister"],
          role="internal security minister", aff="Government of Somalia"),
        Q('"That must end today."', "Mohamed Abukar Islow", ("he", "<"),
          mentions=["Mohamed Abukar Islow", "Somalia's internal security minister", "The minister"],
          role="internal security minister", aff="Government of Somalia"),
        Q("security forces had arrested several suspects in connection with the attack", "Mohamed Abukar Islow",
          "The minister", mentions=["Mohamed Abukar Islow", "Somalia's internal security minister"],
          role="internal security minister", aff="Government of Somalia"),
        Q("At least 11 car bombings have struck Mogadishu since January", "Hiraal Institute",
          "the Mogadishu-based Hiraal Institute", aff="Hiraal Institute"),
        Q("is unrealistic", "many analysts", "many analysts", anon="anonymous"),
    ],
    aggs=[
        A("AFRICOM has carried out at least 51 air strikes in Somalia so far this year", 51, "US air strikes",
          "strikes", low=51, qualifier="at least", ps="2019-01-01", pe="2019-09-25", scope="Somalia",
          claimant="New America"),
        A("The group is estimated to have between 5,000 and 9,000 fighters", None, "Al Shabaab fighters",
          "fighters", low=5000, high=9000, qualifier="between", pe="2019-09-25", scope="Somalia"),
        A("At least 11 car bombings have struck Mogadishu since January", 11, "car bombings", "attacks", low=11,
          qualifier="at least", ps="2019-01-01", pe="2019-09-25", scope="Mogadishu", claimant="Hiraal Institute"),
    ],
    causals=[
        C("the campaign has weakened the group's ability to mass fighters for large attacks", "the campaign",
          "weakened the group's ability to mass fighters for large attacks", claimant="US officials",
          polarity="-"),
        C("the strikes have also killed civilians and turned some communities against the government",
          "the strikes", "turned some communities against the government", claimant="critics"),
        C("the militants had benefited from the withdrawal of some African Union (AMISOM) troops from forward bases, which has allowed them to move more freely along supply routes in Lower Shabelle",
          "the withdrawal of some African Union (AMISOM) troops from forward bases",
          "allowed them to move more freely along supply routes in Lower Shabelle",
          driver="security posture/deployment", claimant="A Western security analyst based in Nairobi"),
        C("Every time AMISOM hands over a base to the Somali army without proper support, there is a vacuum, and the Shabaab fill it",
          "AMISOM hands over a base to the Somali army without proper support", "there is a vacuum, and the Shabaab fill it",
          driver="security posture/deployment", claimant="A Western security analyst based in Nairobi"),
        C("corruption at checkpoints made it easier for bomb-makers to move vehicles into the city",
          "corruption at checkpoints", "made it easier for bomb-makers to move vehicles into the city",
          driver="governance/corruption", claimant="Mohamed Abukar Islow"),
    ])


# ---------------------------------------------------------------- 04 Mali, UN-report story
T04 = """
Central Mali: UN report records sharp rise in killings of civilians as militias multiply

The United Nations mission in Mali documented 602 human rights violations and abuses in the last three months of 2020, a 40 percent increase on the previous quarter, with the central region of Mopti once again bearing the brunt of the violence, according to a report released in Bamako on Wednesday.

The quarterly note by the human rights division of the UN mission, MINUSMA, said at least 283 civilians were killed across the country between October and December, most of them in attacks blamed on jihadist groups and on community-based self-defence militias. It said 118 people had been abducted over the same period.

"Civilians in the centre are being targeted for who they are, not for anything they have done," Marie-Helene Ouedraogo-Sarr, the mission's human rights chief, told reporters at the launch. "Entire villages are being emptied."

The report found that disputes between Fulani herders and Dogon and Bambara farmers over land and water had been exploited by armed groups, and that the near-total absence of the state in many rural communes had allowed militias to take over policing and justice. Ouedraogo-Sarr said the redeployment of Malian army units towards the border with Burkina Faso and Niger last year had left dozens of villages in Bankass and Koro cercles without any protection.

The violence has not let up. On Monday, armed men on motorbikes attacked the village of Madougou in the Koro cercle, killing five civilians and burning granaries, a local elected official told AFP by telephone. Another source, a member of a Fulani association in Mopti, said seven people had died. The official, who asked not to be named for security reasons, said the assailants had accused villagers of supporting the militia Dan Na Ambassagou.

A spokesman for Dan Na Ambassagou, Boureima Dolo, rejected the UN findings, saying the group "only defends our villages when the state is absent". He denied that its fighters had targeted Fulani civilians.

On Tuesday, a UN convoy hit an improvised explosive device on the road between Douentza and Boni, in the Douentza cercle, wounding four peacekeepers, MINUSMA said in a separate statement. None of the injuries was life-threatening, a mission spokesperson said.

MINUSMA has lost more than 230 peacekeepers to hostile acts since it was deployed in 2013, making it the deadliest current UN peacekeeping operation.

The humanitarian situation has deteriorated in parallel. The UN Office for the Coordination of Humanitarian Affairs (OCHA) estimates that more than 332,000 people are now internally displaced in Mali, over half of them in the Mopti region. Coronavirus restrictions last year closed livestock markets across the centre, deepening hunger among herding families who depend on weekly sales, OCHA said.

"In Bandiagara we have families who fled three times in one year," said Idrissa Kone, who coordinates a network of local aid groups in Sevare. "Each time they lose their harvest, their animals, their papers. There is nothing left to lose."

The interim government said in a statement that it "takes note" of the report and that investigations had been opened into several of the incidents it cited. Government spokesman Seydou Traore told state broadcaster ORTM that the army had "considerably reinforced" its presence in the centre in recent weeks.

Human rights groups say few of those investigations have ever led to trial. Amnesty International said in a statement that impunity for past massacres had encouraged further abuses, and called on the authorities to publish the findings of inquiries opened since 2019.

The report also said jihadist groups linked to Al-Qaeda, in particular the Katiba Macina, had imposed blockades on several villages in the Niono area of the Segou region, cutting off access to fields and markets. Residents of one besieged village, Farabougou, have been unable to farm since October, the report said.

"If the blockades continue into the rainy season, we could see a food crisis in places that until recently fed the rest of the country," said Ousmane Diarra, an economist at the University of Bamako.

A separate survey published by the Norwegian Refugee Council in February found that one in three schools in the Mopti region had closed because of insecurity.
"""

add_doc(4, "Central Mali: UN report records sharp rise in killings of civilians", "2021-03-18T14:20:00", T04,
    events=[
        E(date="2021-03-15", etype="Violence against civilians", sub="Attack",
          actor1="Unidentified Armed Group (Mali)",
          actor1_alt=["JNIM: Group for Support of Islam and Muslims", "Katiba Macina"],
          actor2="Civilians (Mali)", country="Mali", admin1="Mopti", admin2="Koro", location="Madougou",
          lat=None, lon=None, prec=1, fatalities=5,
          fatalities_note="five (local elected official); Fulani association source seven",
          evidence=["armed men on motorbikes attacked the village of Madougou in the Koro cercle, killing five civilians and burning granaries",
                    "seven people had died"]),
        E(date="2021-03-16", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
          actor1="Unidentified Armed Group (Mali)", actor2="MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)",
          country="Mali", admin1="Mopti", admin2="Douentza", location="Boni", location_alt=["Douentza"],
          lat=15.07, lon=-1.97, prec=2, fatalities=0, injured=4,
          evidence=["a UN convoy hit an improvised explosive device on the road between Douentza and Boni, in the Douentza cercle, wounding four peacekeepers"]),
    ],
    quotes=[
        Q("The United Nations mission in Mali documented 602 human rights violations and abuses in the last three months of 2020, a 40 percent increase on the previous quarter, with the central region of Mopti once again bearing the brunt of the violence",
          "MINUSMA human rights division report", "a report released in Bamako on Wednesday",
          mentions=["The quarterly note by the human rights division of the UN mission, MINUSMA", "The report"],
          alt=["MINUSMA"], aff="MINUSMA", medium="report"),
        Q("at least 283 civilians were killed across the country between October and December, most of them in attacks blamed on jihadist groups and on community-based self-defence militias",
          "MINUSMA human rights division report",
          "The quarterly note by the human rights division of the UN mission, MINUSMA",
          mentions=["a report released in Bamako on Wednesday", "The report"], alt=["MINUSMA"], aff="MINUSMA",
          medium="report"),
        Q("118 people had been abducted over the same period", "MINUSMA human rights division report", "It",
          mentions=["The quarterly note by the human rights division of the UN mission, MINUSMA", "The report"],
          alt=["MINUSMA"], aff="MINUSMA", medium="report"),
        Q('"Civilians in the centre are being targeted for who they are, not for anything they have done,"',
          "Marie-Helene Ouedraogo-Sarr", "Marie-Helene Ouedraogo-Sarr",
          mentions=["the mission's human rights chief", "Ouedraogo-Sarr"], role="human rights chief",
          aff="MINUSMA", medium="reporters"),
        Q('"Entire villages are being emptied."', "Marie-Helene Ouedraogo-Sarr",
          ("Marie-Helene Ouedraogo-Sarr", "<"), mentions=["the mission's human rights chief", "Ouedraogo-Sarr"],
          role="human rights chief", aff="MINUSMA"),
        Q("disputes between Fulani herders and Dogon and Bambara farmers over land and water had been exploited by armed groups, and that the near-total absence of the state in many rural communes had allowed militias to take over policing and justice",
          "MINUSMA human rights division report", "The report",
          mentions=["The quarterly note by the human rights division of the UN mission, MINUSMA",
                    "a report released in Bamako on Wednesday"], alt=["MINUSMA"], aff="MINUSMA", medium="report"),
        Q("the redeployment of Malian army units towards the border with Burkina Faso and Niger last year had left dozens of villages in Bankass and Koro cercles without any protection",
          "Marie-Helene Ouedraogo-Sarr", "Ouedraogo-Sarr",
          mentions=["Marie-Helene Ouedraogo-Sarr", "the mission's human rights chief"], role="human rights chief",
          aff="MINUSMA"),
        Q("armed men on motorbikes attacked the village of Madougou in the Koro cercle, killing five civilians and burning granaries",
          "a local elected official", "a local elected official", mentions=["The official"],
          role="local elected official", anon="unnamed official", medium="telephone"),
        Q("seven people had died", "a member of a Fulani association in Mopti",
          "a member of a Fulani association in Mopti", mentions=["Another source"], aff="Fulani association",
          anon="anonymous"),
        Q("the assailants had accused villagers of supporting the militia Dan Na Ambassagou",
          "a local elected official", "The official", mentions=["a local elected official"],
          role="local elected official", anon="unnamed official"),
        Q('"only defends our villages when the state is absent"', "Boureima Dolo", "Boureima Dolo",
          mentions=["A spokesman for Dan Na Ambassagou"], role="spokesman", aff="Dan Na Ambassagou"),
        Q("that its fighters had targeted Fulani civilians", "Boureima Dolo", "He",
          mentions=["Boureima Dolo", "A spokesman for Dan Na Ambassagou"], role="spokesman",
          aff="Dan Na Ambassagou"),
        Q("a UN convoy hit an improvised explosive device on the road between Douentza and Boni, in the Douentza cercle, wounding four peacekeepers",
          "MINUSMA", ("MINUSMA", ">"), aff="MINUSMA", medium="statement"),
        Q("None of the injuries was life-threatening", "a mission spokesperson", "a mission spokesperson",
          role="spokesperson", aff="MINUSMA", anon="unnamed official"),
        Q("more than 332,000 people are now internally displaced in Mali, over half of them in the Mopti region",
          "UN Office for the Coordination of Humanitarian Affairs",
          "The UN Office for the Coordination of Humanitarian Affairs (OCHA)", mentions=["OCHA"], aff="United Nations"),
        Q("Coronavirus restrictions last year closed livestock markets across the centre, deepening hunger among herding families who depend on weekly sales",
          "UN Office for the Coordination of Humanitarian Affairs", "OCHA",
          mentions=["The UN Office for the Coordination of Humanitarian Affairs (OCHA)"], aff="United Nations"),
        Q('"In Bandiagara we have families who fled three times in one year,"', "Idrissa Kone", "Idrissa Kone",
          mentions=["who coordinates a network of local aid groups in Sevare"], role="aid network coordinator"),
        Q('"Each time they lose their harvest, their animals, their papers. There is nothing left to lose."',
          "Idrissa Kone", ("Idrissa Kone", "<"), role="aid network coordinator"),
        Q('it "takes note" of the report and that investigations had been opened into several of the incidents it cited',
          "interim government of Mali", "The interim government", aff="Government of Mali", medium="statement"),
        Q('the army had "considerably reinforced" its presence in the centre in recent weeks', "Seydou Traore",
          "Government spokesman Seydou Traore", role="government spokesman", aff="Government of Mali",
          medium="ORTM"),
        Q("few of those investigations have ever led to trial", "Human rights groups", "Human rights groups",
          anon="anonymous"),
        Q("impunity for past massacres had encouraged further abuses", "Amnesty International",
          "Amnesty International", aff="Amnesty International", medium="statement"),
        Q("jihadist groups linked to Al-Qaeda, in particular the Katiba Macina, had imposed blockades on several villages in the Niono area of the Segou region, cutting off access to fields and markets",
          "MINUSMA human rights division report", ("The report", 1), alt=["MINUSMA"], aff="MINUSMA", medium="report"),
        Q("Residents of one besieged village, Farabougou, have been unable to farm since October",
          "MINUSMA human rights division report", ("the report", ">"), alt=["MINUSMA"], aff="MINUSMA",
          medium="report"),
        Q('"If the blockades continue into the rainy season, we could see a food crisis in places that until recently fed the rest of the country,"',
          "Ousmane Diarra", "Ousmane Diarra", mentions=["an economist at the University of Bamako"],
          role="economist", aff="University of Bamako"),
        Q("one in three schools in the Mopti region had closed because of insecurity", "Norwegian Refugee Council",
          "A separate survey published by the Norwegian Refugee Council in February", aff="Norwegian Refugee Council",
          medium="survey"),
    ],
    aggs=[
        A("The United Nations mission in Mali documented 602 human rights violations and abuses in the last three months of 2020",
          602, "human rights violations and abuses", "incidents", ps="2020-10-01", pe="2020-12-31", scope="Mali",
          claimant="MINUSMA"),
        A("at least 283 civilians were killed across the country between October and December", 283,
          "civilians killed", "people", low=283, qualifier="at least", ps="2020-10-01", pe="2020-12-31",
          scope="Mali", claimant="MINUSMA"),
        A("118 people had been abducted over the same period", 118, "people abducted", "people",
          ps="2020-10-01", pe="2020-12-31", scope="Mali", claimant="MINUSMA"),
        A("MINUSMA has lost more than 230 peacekeepers to hostile acts since it was deployed in 2013", 230,
          "peacekeepers killed in hostile acts", "people", low=230, qualifier="more than", ps="2013-01-01",
          pe="2021-03-18", scope="MINUSMA"),
        A("more than 332,000 people are now internally displaced in Mali", 332000, "internally displaced people",
          "people", low=332000, qualifier="more than", pe="2021-03-18", scope="Mali",
          claimant="UN Office for the Coordination of Humanitarian Affairs"),
        A("one in three schools in the Mopti region had closed", 33.33, "schools closed", "percent",
          pe="2021-02-28", scope="Mopti region", claimant="Norwegian Refugee Council"),
    ],
    causals=[
        C("the near-total absence of the state in many rural communes had allowed militias to take over policing and justice",
          "the near-total absence of the state in many rural communes",
          "allowed militias to take over policing and justice", driver="governance/corruption",
          claimant="MINUSMA human rights division report"),
        C("the redeployment of Malian army units towards the border with Burkina Faso and Niger last year had left dozens of villages in Bankass and Koro cercles without any protection",
          "the redeployment of Malian army units towards the border with Burkina Faso and Niger last year",
          "left dozens of villages in Bankass and Koro cercles without any protection",
          driver="security posture/deployment", claimant="Marie-Helene Ouedraogo-Sarr"),
        C("Coronavirus restrictions last year closed livestock markets across the centre, deepening hunger among herding families who depend on weekly sales",
          "Coronavirus restrictions last year", "closed livestock markets across the centre, deepening hunger among herding families",
          driver="pandemic/lockdown", claimant="UN Office for the Coordination of Humanitarian Affairs"),
        C("impunity for past massacres had encouraged further abuses", "impunity for past massacres",
          "encouraged further abuses", driver="governance/corruption", claimant="Amnesty International"),
        C("had imposed blockades on several villages in the Niono area of the Segou region, cutting off access to fields and markets",
          "had imposed blockades on several villages in the Niono area of the Segou region",
          "cutting off access to fields and markets", claimant="MINUSMA human rights division report"),
        C("one in three schools in the Mopti region had closed because of insecurity", "insecurity",
          "one in three schools in the Mopti region had closed", claimant="Norwegian Refugee Council"),
    ])


# ---------------------------------------------------------------- 05 Burkina Faso, government-statement story
T05 = """
Burkina army says 57 "terrorists" killed in north, six fighters die in roadside blast

OUAGADOUGOU, June 8 - Burkina Faso's armed forces said on Wednesday they had killed at least 57 jihadists in ground and air operations in the northern Soum province over the weekend, while six pro-government fighters died when their vehicle struck a roadside bomb in the Centre-Nord region.

In a statement read on national television RTB, the army general staff said units of the northern sector had come under fire on Sunday while clearing a suspected militant camp near Tongomayel, about 40 km northeast of Djibo, and had "neutralised at least 27 terrorists" in the fighting that followed.

"Several motorcycles, weapons of war and large quantities of ammunition were recovered," the statement said. It added that three soldiers had been slightly wounded.

A day earlier, the air force struck what the general staff described as a "logistics base" used by armed groups in the area of Arbinda, also in Soum, killing "around 30 terrorists". The statement gave no further details, and the toll could not be independently confirmed.

On Monday, a vehicle carrying members of the Volunteers for the Defence of the Homeland (VDP), the civilian auxiliaries who fight alongside the army, hit an improvised explosive device on the road between Kaya and Barsalogho, in Sanmatenga province, the statement said. Four VDP and two soldiers were killed and three others wounded.

"The armed forces remain fully engaged in the reconquest of every part of our national territory," the general staff said. "Their sacrifice will not have been in vain."

Communication minister Wendkouni Jean-Paul Sawadogo told reporters in Ouagadougou that the offensive was "bearing fruit" and that the army had neutralised more than 400 terrorists since the beginning of April. He said the government would not negotiate with "those who kill our children".

Residents of Gorgadji, in Seno province, told Reuters by telephone that gunmen had killed at least 11 civilians at the weekly market there on Tuesday afternoon. The army statement did not mention the attack.

"They came on about 20 motorcycles, surrounded the market and fired on the traders," said a local councillor who asked not to be named. "The soldiers arrived three hours later." A health worker in Dori, the regional capital, said 14 wounded had been brought to the hospital there.

No group claimed the Gorgadji attack, but the Islamic State in the Sahel and the al Qaeda-linked JNIM are both active in the area. Militants have increasingly targeted communities that supply recruits to the VDP, accusing them of siding with the army.

Burkina Faso's military seized power in January, citing the failure of the elected government of Roch Marc Christian Kabore to contain the insurgency. Since then, attacks have continued at a similar pace, and the junta has faced criticism for its heavy reliance on lightly trained volunteers.

"Arming civilians without training or supervision has turned whole villages into targets," said Mahamadou Savadogo, a Ouagadougou-based researcher who studies the conflict. He said reprisals against VDP communities had in turn driven new waves of displacement.

More than 1.9 million people have been displaced inside Burkina Faso, according to the national emergency relief council CONASUR, up from about 560,000 at the start of 2020. The government has acknowledged that about 40 percent of the country's territory is outside state control.

In Djibo, which has been under a blockade by militants since February, residents said food prices had tripled because supply convoys could only reach the town under military escort. "We eat once a day now, sometimes not at all," said a mother of six who fled to Djibo from a nearby village last year.

Aid groups warned that the closure of roads in the Sahel region because of insecurity was preventing them from reaching tens of thousands of people. Dense forests along the borders with Niger and Benin have long allowed armed groups to regroup beyond the army's reach, analysts say.

The general staff said operations would be intensified in the coming weeks.
"""

add_doc(5, "Burkina army says 57 'terrorists' killed in north, six die in roadside blast", "2022-06-08T17:35:00", T05,
    events=[
        E(date="2022-06-05", etype="Battles", sub="Armed clash", actor1="Military Forces of Burkina Faso (2022-)",
          actor2="Unidentified Armed Group (Burkina Faso)", country="Burkina Faso", admin1="Sahel", admin2="Soum",
          location="Tongomayel", lat=None, lon=None, prec=2, fatalities=27,
          evidence=["units of the northern sector had come under fire on Sunday while clearing a suspected militant camp near Tongomayel, about 40 km northeast of Djibo",
                    "\"neutralised at least 27 terrorists\""]),
        E(date="2022-06-04", etype="Explosions/Remote violence", sub="Air/drone strike",
          actor1="Military Forces of Burkina Faso (2022-)", actor2="Unidentified Armed Group (Burkina Faso)",
          country="Burkina Faso", admin1="Sahel", admin2="Soum", location="Arbinda", lat=14.23, lon=-0.87,
          prec=2, fatalities=30, fatalities_note="\"around 30\" (army statement)",
          evidence=["the air force struck what the general staff described as a \"logistics base\" used by armed groups in the area of Arbinda, also in Soum, killing \"around 30 terrorists\""]),
        E(date="2022-06-06", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
          actor1="Unidentified Armed Group (Burkina Faso)", actor2="VDP: Volunteers for the Defense of the Homeland",
          country="Burkina Faso", admin1="Centre-Nord", admin1_alt=["Centre Nord"], admin2="Sanmatenga",
          location="Barsalogho", location_alt=["Kaya"], lat=13.25, lon=-1.07, prec=2, fatalities=6, injured=3,
          evidence=["a vehicle carrying members of the Volunteers for the Defence of the Homeland (VDP), the civilian auxiliaries who fight alongside the army, hit an improvised explosive device on the road between Kaya and Barsalogho, in Sanmatenga province",
                    "Four VDP and two soldiers were killed and three others wounded"]),
        E(date="2022-06-07", etype="Violence against civilians", sub="Attack",
          actor1="Unidentified Armed Group (Burkina Faso)",
          actor1_alt=["Islamic State (Sahel)", "JNIM: Group for Support of Islam and Muslims"],
          actor2="Civilians (Burkina Faso)", country="Burkina Faso", admin1="Sahel", admin2="Seno",
          location="Gorgadji", lat=14.03, lon=-0.52, prec=1, fatalities=11, injured=14,
          evidence=["gunmen had killed at least 11 civilians at the weekly market there on Tuesday afternoon",
                    "They came on about 20 motorcycles, surrounded the market and fired on the traders"]),
    ],
    quotes=[
        Q("they had killed at least 57 jihadists in ground and air operations in the northern Soum province over the weekend, while six pro-government fighters died when their vehicle struck a roadside bomb in the Centre-Nord region",
          "Burkina Faso's armed forces", "Burkina Faso's armed forces", aff="Armed forces of Burkina Faso"),
        Q('units of the northern sector had come under fire on Sunday while clearing a suspected militant camp near Tongomayel, about 40 km northeast of Djibo, and had "neutralised at least 27 terrorists" in the fighting that followed',
          "army general staff", "the army general staff", mentions=["the general staff", "The general staff"],
          aff="Armed forces of Burkina Faso", medium="RTB"),
        Q('"Several motorcycles, weapons of war and large quantities of ammunition were recovered,"',
          "army general staff", "the statement", aff="Armed forces of Burkina Faso", medium="statement"),
        Q("three soldiers had been slightly wounded", "army general staff", "It",
          aff="Armed forces of Burkina Faso", medium="statement"),
        Q('a "logistics base" used by armed groups in the area of Arbinda, also in Soum, killing "around 30 terrorists"',
          "army general staff", "the general staff", mentions=["the army general staff"],
          aff="Armed forces of Burkina Faso"),
        Q("On Monday, a vehicle carrying members of the Volunteers for the Defence of the Homeland (VDP), the civilian auxiliaries who fight alongside the army, hit an improvised explosive device on the road between Kaya and Barsalogho, in Sanmatenga province",
          "army general staff", "the statement", aff="Armed forces of Burkina Faso", medium="statement"),
        Q('"The armed forces remain fully engaged in the reconquest of every part of our national territory,"',
          "army general staff", "the general staff", mentions=["the army general staff"],
          aff="Armed forces of Burkina Faso"),
        Q('"Their sacrifice will not have been in vain."', "army general staff", ("the general staff", "<"),
          mentions=["the army general staff"], aff="Armed forces of Burkina Faso"),
        Q('the offensive was "bearing fruit" and that the army had neutralised more than 400 terrorists since the beginning of April',
          "Wendkouni Jean-Paul Sawadogo", "Communication minister Wendkouni Jean-Paul Sawadogo",
          role="communication minister", aff="Government of Burkina Faso", medium="reporters"),
        Q('the government would not negotiate with "those who kill our children"', "Wendkouni Jean-Paul Sawadogo",
          "He", mentions=["Communication minister Wendkouni Jean-Paul Sawadogo"], role="communication minister",
          aff="Government of Burkina Faso"),
        Q("gunmen had killed at least 11 civilians at the weekly market there on Tuesday afternoon",
          "Residents of Gorgadji", "Residents of Gorgadji", anon="anonymous", medium="Reuters by telephone"),
        Q('"They came on about 20 motorcycles, surrounded the market and fired on the traders,"',
          "a local councillor", "a local councillor who asked not to be named", role="local councillor",
          anon="unnamed official"),
        Q('"The soldiers arrived three hours later."', "a local councillor",
          ("a local councillor who asked not to be named", "<"), role="local councillor", anon="unnamed official"),
        Q("14 wounded had been brought to the hospital there", "A health worker in Dori",
          "A health worker in Dori", role="health worker", anon="anonymous"),
        Q('"Arming civilians without training or supervision has turned whole villages into targets,"',
          "Mahamadou Savadogo", "Mahamadou Savadogo",
          mentions=["a Ouagadougou-based researcher who studies the conflict"], role="researcher"),
        Q("reprisals against VDP communities had in turn driven new waves of displacement", "Mahamadou Savadogo",
          "He", mentions=["Mahamadou Savadogo"], role="researcher"),
        Q("More than 1.9 million people have been displaced inside Burkina Faso", "CONASUR",
          "the national emergency relief council CONASUR", aff="Government of Burkina Faso"),
        Q("about 40 percent of the country's territory is outside state control", "Government of Burkina Faso",
          "The government", aff="Government of Burkina Faso"),
        Q("food prices had tripled because supply convoys could only reach the town under military escort",
          "residents", "residents", anon="anonymous"),
        Q('"We eat once a day now, sometimes not at all,"', "a mother of six",
          "a mother of six who fled to Djibo from a nearby village last year", anon="anonymous"),
        Q("the closure of roads in the Sahel region because of insecurity was preventing them from reaching tens of thousands of people",
          "Aid groups", "Aid groups", anon="anonymous"),
        Q("Dense forests along the borders with Niger and Benin have long allowed armed groups to regroup beyond the army's reach",
          "analysts", "analysts", anon="anonymous"),
        Q("operations would be intensified in the coming weeks", "army general staff", "The general staff",
          mentions=["the army general staff"], aff="Armed forces of Burkina Faso"),
    ],
    aggs=[
        A("the army had neutralised more than 400 terrorists since the beginning of April", 400,
          "militants killed", "people", low=400, qualifier="more than", ps="2022-04-01", pe="2022-06-08",
          scope="Burkina Faso", claimant="Wendkouni Jean-Paul Sawadogo"),
        A("More than 1.9 million people have been displaced inside Burkina Faso", 1900000, "internally displaced people",
          "people", low=1900000, qualifier="more than", pe="2022-06-08", scope="Burkina Faso", claimant="CONASUR"),
        A("up from about 560,000 at the start of 2020", 560000, "internally displaced people", "people",
          qualifier="about", pe="2020-01-01", scope="Burkina Faso", claimant="CONASUR"),
        A("about 40 percent of the country's territory is outside state control", 40,
          "territory outside state control", "percent", qualifier="about", pe="2022-06-08", scope="Burkina Faso",
          claimant="Government of Burkina Faso"),
    ],
    causals=[
        C("Militants have increasingly targeted communities that supply recruits to the VDP, accusing them of siding with the army",
          "accusing them of siding with the army",
          "Militants have increasingly targeted communities that supply recruits to the VDP",
          driver="security posture/deployment"),
        C("Burkina Faso's military seized power in January, citing the failure of the elected government of Roch Marc Christian Kabore to contain the insurgency",
          "the failure of the elected government of Roch Marc Christian Kabore to contain the insurgency",
          "Burkina Faso's military seized power in January", driver="governance/corruption"),
        C("Arming civilians without training or supervision has turned whole villages into targets",
          "Arming civilians without training or supervision", "turned whole villages into targets",
          driver="security posture/deployment", claimant="Mahamadou Savadogo"),
        C("reprisals against VDP communities had in turn driven new waves of displacement",
          "reprisals against VDP communities", "driven new waves of displacement", claimant="Mahamadou Savadogo"),
        C("food prices had tripled because supply convoys could only reach the town under military escort",
          "supply convoys could only reach the town under military escort", "food prices had tripled",
          claimant="residents"),
        C("the closure of roads in the Sahel region because of insecurity was preventing them from reaching tens of thousands of people",
          "the closure of roads in the Sahel region", "preventing them from reaching tens of thousands of people",
          claimant="Aid groups", polarity="-"),
        C("Dense forests along the borders with Niger and Benin have long allowed armed groups to regroup beyond the army's reach",
          "Dense forests along the borders with Niger and Benin", "allowed armed groups to regroup beyond the army's reach",
          driver="terrain/safe havens", claimant="analysts"),
    ])


# ---------------------------------------------------------------- 06 Yemen, wire
T06 = """
ADEN (Reuters) - An air strike by the Saudi-led coalition killed seven members of one family in Yemen's northern Saada province on Sunday, medics said, as fighting intensified south of the port city of Hodeidah during the Eid al-Adha holiday.

The strike hit a house in the village of Al-Maqash in Haydan district, a mountainous area near the Saudi border that is a stronghold of the Iran-aligned Houthi movement, according to two medical workers at the Al-Jumhouri hospital in Saada city. Four of the dead were children, they said.

The Houthi-run Al-Masirah television put the death toll at nine and broadcast footage of rescuers digging through rubble. "This is the coalition's Eid gift to the children of Yemen," Houthi official Yahya al-Hamzi told the channel.

Coalition spokesman Colonel Mansour al-Shahrani said he was not aware of the incident, but that the alliance targeted only "legitimate military objectives" and that the Houthis used civilians as human shields. "Any allegation will be referred to the Joint Incidents Assessment Team," he said.

The Houthis, for their part, fired a ballistic missile at the central city of Marib on Monday. The coalition said its air defences intercepted the missile, but a spokesman for Marib's local authority, Abdulqawi Nasser, said falling debris killed a street vendor and wounded two people in the Rawdha neighbourhood.

The Houthi military spokesman said in a statement carried by Al-Masirah that the missile had targeted "a gathering of mercenaries" and had hit its target. Saudi Arabia says Iranian supplies of missile parts have allowed the Houthis to strike deep inside the kingdom, a charge Tehran denies.

On the Red Sea coast, forces loyal to the internationally recognised government, backed by coalition warplanes, pushed into Al-Durayhimi district, some 20 km south of Hodeidah, on Tuesday after days of heavy fighting, military sources on the government side said.

Medical sources in the government-held town of Al-Khawkha said 31 fighters from both sides were killed on Tuesday in the ground fighting and in coalition air strikes supporting the advance. The Houthis did not give a toll for their fighters.

"The enemy is collapsing and our forces are now at the gates of Durayhimi town," said a commander of the Giants Brigades, a southern force that leads the offensive, speaking by telephone. Houthi-controlled media said the attack had been repelled.

Residents of Al-Durayhimi said dozens of families had fled their homes towards Bayt al-Faqih since the weekend because of shelling near their farms. "We left with nothing but our children. The shells were falling on the farms," said Abdullah, a farmer who gave only his first name.

The International Committee of the Red Cross said on Monday that the fighting had cut water supplies to parts of the district, forcing families to rely on untreated wells. "Civilians are trapped between front lines with nowhere safe to go," the ICRC's head of delegation in Yemen, Frederic Mauriac, said.

The United Nations says more than 10,000 people have been killed in Yemen's war since the coalition intervened in March 2015 to restore the government of President Abd-Rabbu Mansour Hadi, which had been ousted from the capital Sanaa by the Houthis. Some 22 million Yemenis, three-quarters of the population, need humanitarian aid.

The U.N. deputy humanitarian coordinator for Yemen, Ingrid Solberg, said the collapse of the rial had pushed the price of basic foods beyond the reach of millions of families. She warned that an assault on Hodeidah port itself could cut the main lifeline for food imports into the north, where most Yemenis live.

The Yemen Data Project, an independent monitor, says the coalition has carried out more than 18,000 air raids since the start of the war, nearly a third of them on non-military sites. The coalition disputes the group's methodology.

U.N. envoy Martin Griffiths has invited the warring parties to talks in Geneva next month, the first such attempt in two years.

(Reporting by Aden newsroom; Writing by Staff; Editing by Desk)
"""

add_doc(6, "Coalition strike kills family in Yemen's Saada as fighting rages south of Hodeidah", "2018-08-22T13:10:00", T06,
    events=[
        E(date="2018-08-19", etype="Explosions/Remote violence", sub="Air/drone strike",
          actor1="Military Forces of Saudi Arabia (2015-)", actor1_alt=["Saudi-led coalition"],
          actor2="Civilians (Yemen)", country="Yemen", admin1="Sadah", admin1_alt=["Saada", "Sa'dah", "Sa'ada"],
          admin2="Haydan", location="Al-Maqash", location_alt=["Haydan"], lat=None, lon=None, prec=1,
          fatalities=7, fatalities_note="seven (medics); Al-Masirah nine",
          evidence=["An air strike by the Saudi-led coalition killed seven members of one family in Yemen's northern Saada province on Sunday",
                    "The strike hit a house in the village of Al-Maqash in Haydan district"]),
        E(date="2018-08-20", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
          actor1="Houthi Movement", actor1_alt=["Ansar Allah"], actor2=None, country="Yemen", admin1="Marib",
          admin1_alt=["Ma'rib"], admin2="Marib City", location="Marib", location_alt=["Marib - Rawdha", "Marib City"],
          lat=15.46, lon=45.32, prec=1, fatalities=1, injured=2,
          note="Intercepted ballistic missile; debris killed a vendor (local authority).",
          evidence=["The Houthis, for their part, fired a ballistic missile at the central city of Marib on Monday",
                    "falling debris killed a street vendor and wounded two people in the Rawdha neighbourhood"]),
        E(date="2018-08-21", etype="Battles", sub="Armed clash", sub_alt=["Government regains territory"],
          actor1="Military Forces of Yemen (2016-) Hadi Faction", actor1_alt=["Giants Brigades"],
          actor2="Houthi Movement", country="Yemen", admin1="Al Hudaydah", admin1_alt=["Hodeidah", "Hudaydah"],
          admin2="Ad Durayhimi", location="Ad Durayhimi", location_alt=["Al-Durayhimi", "Durayhimi"],
          lat=14.63, lon=43.07, prec=2, fatalities=None,
          fatalities_note="31 fighters killed in the ground fighting and the supporting air strikes together; not apportionable",
          evidence=["pushed into Al-Durayhimi district, some 20 km south of Hodeidah, on Tuesday after days of heavy fighting",
                    "31 fighters from both sides were killed on Tuesday in the ground fighting and in coalition air strikes supporting the advance"]),
        E(date="2018-08-21", etype="Explosions/Remote violence", sub="Air/drone strike",
          actor1="Military Forces of Saudi Arabia (2015-)", actor1_alt=["Saudi-led coalition"],
          actor2="Houthi Movement", country="Yemen", admin1="Al Hudaydah", admin1_alt=["Hodeidah", "Hudaydah"],
          admin2="Ad Durayhimi", location="Ad Durayhimi", location_alt=["Al-Durayhimi"], lat=14.63, lon=43.07,
          prec=2, fatalities=None, fatalities_note="see the battle: joint toll of 31",
          evidence=["backed by coalition warplanes", "coalition air strikes supporting the advance"]),
    ],
    quotes=[
        Q("An air strike by the Saudi-led coalition killed seven members of one family in Yemen's northern Saada province on Sunday",
          "medics", "medics", anon="anonymous", alt=["two medical workers at the Al-Jumhouri hospital in Saada city"]),
        Q("The strike hit a house in the village of Al-Maqash in Haydan district, a mountainous area near the Saudi border that is a stronghold of the Iran-aligned Houthi movement",
          "two medical workers at the Al-Jumhouri hospital in Saada city",
          "two medical workers at the Al-Jumhouri hospital in Saada city", role="medical workers",
          aff="Al-Jumhouri hospital", anon="anonymous"),
        Q("Four of the dead were children", "two medical workers at the Al-Jumhouri hospital in Saada city",
          "they", mentions=["two medical workers at the Al-Jumhouri hospital in Saada city"], role="medical workers",
          aff="Al-Jumhouri hospital", anon="anonymous"),
        Q("the death toll at nine", "Al-Masirah", "The Houthi-run Al-Masirah television", aff="Houthi Movement",
          direct=False),
        Q('"This is the coalition\'s Eid gift to the children of Yemen,"', "Yahya al-Hamzi",
          "Houthi official Yahya al-Hamzi", role="official", aff="Houthi Movement", medium="Al-Masirah"),
        Q('he was not aware of the incident, but that the alliance targeted only "legitimate military objectives" and that the Houthis used civilians as human shields',
          "Colonel Mansour al-Shahrani", "Coalition spokesman Colonel Mansour al-Shahrani", role="coalition spokesman",
          aff="Saudi-led coalition"),
        Q('"Any allegation will be referred to the Joint Incidents Assessment Team,"', "Colonel Mansour al-Shahrani",
          "he", mentions=["Coalition spokesman Colonel Mansour al-Shahrani"], role="coalition spokesman",
          aff="Saudi-led coalition"),
        Q("its air defences intercepted the missile", "Saudi-led coalition", "The coalition", aff="Saudi-led coalition"),
        Q("falling debris killed a street vendor and wounded two people in the Rawdha neighbourhood", "Abdulqawi Nasser",
          "Abdulqawi Nasser", mentions=["a spokesman for Marib's local authority"], role="spokesman",
          aff="Marib local authority"),
        Q('the missile had targeted "a gathering of mercenaries" and had hit its target', "Houthi military spokesman",
          "The Houthi military spokesman", role="military spokesman", aff="Houthi Movement", anon="unnamed official",
          medium="Al-Masirah"),
        Q("Iranian supplies of missile parts have allowed the Houthis to strike deep inside the kingdom", "Saudi Arabia",
          "Saudi Arabia", aff="Government of Saudi Arabia"),
        Q("a charge", "Government of Iran", "Tehran", aff="Government of Iran", direct=False),
        Q("On the Red Sea coast, forces loyal to the internationally recognised government, backed by coalition warplanes, pushed into Al-Durayhimi district, some 20 km south of Hodeidah, on Tuesday after days of heavy fighting",
          "military sources on the government side", "military sources on the government side",
          anon="unnamed official"),
        Q("31 fighters from both sides were killed on Tuesday in the ground fighting and in coalition air strikes supporting the advance",
          "Medical sources in the government-held town of Al-Khawkha",
          "Medical sources in the government-held town of Al-Khawkha", anon="unnamed official"),
        Q('"The enemy is collapsing and our forces are now at the gates of Durayhimi town,"',
          "a commander of the Giants Brigades", "a commander of the Giants Brigades", role="commander",
          aff="Giants Brigades", anon="unnamed official", medium="telephone"),
        Q("the attack had been repelled", "Houthi-controlled media", "Houthi-controlled media", anon="anonymous"),
        Q("dozens of families had fled their homes towards Bayt al-Faqih since the weekend because of shelling near their farms", "Residents of Al-Durayhimi",
          "Residents of Al-Durayhimi", anon="anonymous"),
        Q('"We left with nothing but our children. The shells were falling on the farms,"', "Abdullah",
          "Abdullah", mentions=["a farmer who gave only his first name"], role="farmer", anon="named"),
        Q("the fighting had cut water supplies to parts of the district, forcing families to rely on untreated wells",
          "International Committee of the Red Cross", "The International Committee of the Red Cross",
          mentions=["the ICRC"], aff="ICRC"),
        Q('"Civilians are trapped between front lines with nowhere safe to go,"', "Frederic Mauriac",
          "Frederic Mauriac", mentions=["the ICRC's head of delegation in Yemen"], role="head of delegation",
          aff="ICRC"),
        Q("more than 10,000 people have been killed in Yemen's war since the coalition intervened in March 2015 to restore the government of President Abd-Rabbu Mansour Hadi, which had been ousted from the capital Sanaa by the Houthis",
          "United Nations", "The United Nations", aff="United Nations"),
        Q("the collapse of the rial had pushed the price of basic foods beyond the reach of millions of families",
          "Ingrid Solberg", "Ingrid Solberg", mentions=["The U.N. deputy humanitarian coordinator for Yemen"],
          role="deputy humanitarian coordinator", aff="United Nations"),
        Q("an assault on Hodeidah port itself could cut the main lifeline for food imports into the north, where most Yemenis live",
          "Ingrid Solberg", "She", mentions=["Ingrid Solberg", "The U.N. deputy humanitarian coordinator for Yemen"],
          role="deputy humanitarian coordinator", aff="United Nations"),
        Q("the coalition has carried out more than 18,000 air raids since the start of the war, nearly a third of them on non-military sites",
          "Yemen Data Project", "The Yemen Data Project", mentions=["an independent monitor"], aff="Yemen Data Project"),
        Q("the group's methodology", "Saudi-led coalition", "The coalition", aff="Saudi-led coalition", direct=False),
    ],
    aggs=[
        A("more than 10,000 people have been killed in Yemen's war since the coalition intervened in March 2015",
          10000, "people killed in the war", "people", low=10000, qualifier="more than", ps="2015-03-26",
          pe="2018-08-22", scope="Yemen", claimant="United Nations"),
        A("Some 22 million Yemenis, three-quarters of the population, need humanitarian aid", 22000000,
          "people in need of humanitarian aid", "people", qualifier="some", pe="2018-08-22", scope="Yemen"),
        A("the coalition has carried out more than 18,000 air raids since the start of the war", 18000,
          "coalition air raids", "strikes", low=18000, qualifier="more than", ps="2015-03-26", pe="2018-08-22",
          scope="Yemen", claimant="Yemen Data Project"),
        A("nearly a third of them on non-military sites", 33.33, "air raids on non-military sites", "percent",
          qualifier="nearly", ps="2015-03-26", pe="2018-08-22", scope="Yemen", claimant="Yemen Data Project"),
    ],
    causals=[
        C("the fighting had cut water supplies to parts of the district, forcing families to rely on untreated wells",
          "the fighting", "cut water supplies to parts of the district, forcing families to rely on untreated wells",
          claimant="International Committee of the Red Cross"),
        C("the collapse of the rial had pushed the price of basic foods beyond the reach of millions of families",
          "the collapse of the rial", "pushed the price of basic foods beyond the reach of millions of families",
          driver="economic hardship/unemployment", claimant="Ingrid Solberg"),
        C("an assault on Hodeidah port itself could cut the main lifeline for food imports into the north",
          "an assault on Hodeidah port itself", "cut the main lifeline for food imports into the north",
          claimant="Ingrid Solberg", hedged=True, polarity="-"),
        C("Iranian supplies of missile parts have allowed the Houthis to strike deep inside the kingdom",
          "Iranian supplies of missile parts", "allowed the Houthis to strike deep inside the kingdom",
          driver="external support", claimant="Saudi Arabia"),
        C("dozens of families had fled their homes towards Bayt al-Faqih since the weekend because of shelling near their farms",
          "shelling near their farms", "dozens of families had fled their homes towards Bayt al-Faqih since the weekend",
          claimant="Residents of Al-Durayhimi"),
    ])


# ---------------------------------------------------------------- 07 Myanmar, exile-media style, byline
T07 = """
Jet strike kills six in Kani as resistance forces hit junta column in Pale

By Staff Reporter | October 12, 2022

A military jet bombed a village in Sagaing Region's Kani township on Sunday afternoon, killing six civilians including two children, according to residents and a local resistance group, as fighting between junta troops and People's Defence Force (PDF) units spread across the region's dry-zone townships.

The strike hit a farming village about 10 miles west of the Chindwin River, shortly after 3pm, a resident who helped recover the bodies told this outlet. "We heard the plane circling twice before it dropped two bombs near the monastery," he said, asking that his name be withheld. "People were drying rice in the yard."

The Kani PDF said in a post on its Facebook page that the dead included a 70-year-old woman and her grandson, and that at least nine villagers had been wounded. It said there were no resistance fighters in the village at the time.

Brigadier General Aung Myint Htoo, a spokesman for the military council, told state-run MRTV on Tuesday that the air force had targeted "a gathering of PDF terrorists" and that reports of civilian casualties were "fabricated". He did not name the village.

A day later, resistance fighters ambushed a junta convoy on the road between Pale and Yinmabin towns, in Pale township, setting two trucks on fire with roadside mines and then opening fire on the soldiers, the local PDF said.

A commander of the group, who goes by the nom de guerre Ko Thunder, said his fighters had killed nine soldiers and lost two of their own. Local news outlet Monywa Gazette, citing villagers who saw the bodies, put the number of dead soldiers at five. "They came to burn our villages again, so we were waiting for them," Ko Thunder said by phone.

On Tuesday, troops torched more than 200 houses in three villages in Ayadaw township after residents fled ahead of the column, the Ayadaw township administration of the opposition National Unity Government (NUG) said. No casualties were reported. Images shared on social media showed columns of smoke over the paddy fields.

U Thet Naung Oo, a spokesman for the NUG's defence ministry, said the arson was part of the military's strategy of punishing communities that support the resistance. "They cannot defeat the PDFs on the ground, so they burn the homes of the people who feed us," he said. He said the junta had increasingly relied on air power since its columns began losing control of rural roads in Sagaing earlier this year.

In Yangon, a parcel bomb exploded at a ward administration office in Tamwe township on Tuesday morning, wounding two junta-appointed administrators, state media reported. An urban guerrilla group, whose name has not been verified, claimed responsibility on Telegram.

The Assistance Association for Political Prisoners (AAPP), a rights group, says security forces have killed more than 2,300 civilians since the military seized power in February 2021. The UN refugee agency estimates that more than 1.3 million people are now internally displaced across the country, about half of them in Sagaing and neighbouring Magway.

Analysts say the junta's use of Russian-made fighter jets and Chinese-supplied drones has allowed it to strike villages far from its bases without risking ground troops. "The regime's air superiority is the one advantage it still has, and it depends entirely on foreign suppliers," said Khin Mar Htwe, an analyst at a Bangkok-based research institute.

Soaring prices have added to the hardship. The kyat has lost more than half of its value against the dollar since the coup, pushing the cost of fuel and cooking oil out of reach for many families, a trader in Monywa said. "Even the people who are not fleeing cannot afford to eat properly," she said.

Internet services have been cut in most of Sagaing's townships since September last year, making reports from the region difficult to verify.

The military council has announced that elections will be held next year, a plan that the NUG and most Western governments have rejected as a sham.
"""

add_doc(7, "Jet strike kills six in Kani as resistance forces hit junta column in Pale", "2022-10-12T08:00:00", T07,
    events=[
        E(date="2022-10-09", etype="Explosions/Remote violence", sub="Air/drone strike",
          actor1="Military Forces of Myanmar (2021-)", actor2="Civilians (Myanmar)", country="Myanmar",
          admin1="Sagaing", admin2="Yinmarbin", location="Kani", lat=None, lon=None,
          prec=2, fatalities=6, injured=9,
          evidence=["A military jet bombed a village in Sagaing Region's Kani township on Sunday afternoon, killing six civilians including two children",
                    "The strike hit a farming village about 10 miles west of the Chindwin River, shortly after 3pm"]),
        E(date="2022-10-10", etype="Battles", sub="Armed clash",
          actor1="PDF: People's Defense Force", actor2="Military Forces of Myanmar (2021-)", country="Myanmar",
          admin1="Sagaing", admin2="Yinmarbin", location="Pale", location_alt=["Yinmabin"], lat=None, lon=None,
          prec=2, fatalities=7,
          fatalities_note="5 soldiers (Monywa Gazette; PDF 9) + 2 PDF fighters",
          note="Ambush with roadside mines then gunfire: one battle event.",
          evidence=["resistance fighters ambushed a junta convoy on the road between Pale and Yinmabin towns, in Pale township",
                    "his fighters had killed nine soldiers and lost two of their own",
                    "put the number of dead soldiers at five"]),
        E(date="2022-10-11", etype="Strategic developments", sub="Looting/property destruction",
          sub_alt=["Attack"], actor1="Military Forces of Myanmar (2021-)", actor2="Civilians (Myanmar)",
          country="Myanmar", admin1="Sagaing", admin2="Monywa", location="Ayadaw", lat=None, lon=None,
          prec=2, fatalities=0,
          note="Arson of >200 houses in three villages, no casualties.",
          evidence=["troops torched more than 200 houses in three villages in Ayadaw township after residents fled ahead of the column"]),
        E(date="2022-10-11", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
          actor1="Unidentified Armed Group (Myanmar)", actor2="Government of Myanmar (2021-)", country="Myanmar",
          admin1="Yangon", admin2="Yangon-East", location="Yangon-Tamwe", location_alt=["Tamwe", "Yangon"],
          lat=16.81, lon=96.18, prec=1, fatalities=0, injured=2,
          evidence=["a parcel bomb exploded at a ward administration office in Tamwe township on Tuesday morning, wounding two junta-appointed administrators"]),
    ],
    quotes=[
        Q("A military jet bombed a village in Sagaing Region's Kani township on Sunday afternoon, killing six civilians including two children",
          "residents and a local resistance group", "residents and a local resistance group", anon="anonymous"),
        Q("The strike hit a farming village about 10 miles west of the Chindwin River, shortly after 3pm",
          "a resident who helped recover the bodies", "a resident who helped recover the bodies", role="resident",
          anon="anonymous"),
        Q('"We heard the plane circling twice before it dropped two bombs near the monastery,"',
          "a resident who helped recover the bodies", "he", mentions=["a resident who helped recover the bodies"],
          role="resident", anon="anonymous"),
        Q('"People were drying rice in the yard."', "a resident who helped recover the bodies", ("he", "<"),
          mentions=["a resident who helped recover the bodies"], role="resident", anon="anonymous"),
        Q("the dead included a 70-year-old woman and her grandson, and that at least nine villagers had been wounded",
          "Kani PDF", "The Kani PDF", aff="People's Defence Force", medium="Facebook"),
        Q("there were no resistance fighters in the village at the time", "Kani PDF", "It", mentions=["The Kani PDF"],
          aff="People's Defence Force", medium="Facebook"),
        Q('the air force had targeted "a gathering of PDF terrorists" and that reports of civilian casualties were "fabricated"',
          "Brigadier General Aung Myint Htoo", "Brigadier General Aung Myint Htoo",
          mentions=["a spokesman for the military council"], role="spokesman", aff="military council", medium="MRTV"),
        Q("resistance fighters ambushed a junta convoy on the road between Pale and Yinmabin towns, in Pale township, setting two trucks on fire with roadside mines and then opening fire on the soldiers",
          "local PDF", "the local PDF", aff="People's Defence Force", anon="named"),
        Q("his fighters had killed nine soldiers and lost two of their own", "Ko Thunder", "Ko Thunder",
          mentions=["A commander of the group", "Ko Thunder"], role="commander", aff="People's Defence Force", anon="pseudonym"),
        Q("the number of dead soldiers at five", "Monywa Gazette", "Local news outlet Monywa Gazette",
          alt=["villagers who saw the bodies"], direct=False),
        Q('"They came to burn our villages again, so we were waiting for them,"', "Ko Thunder", ("Ko Thunder", 1),
          mentions=["A commander of the group", "Ko Thunder"], role="commander", aff="People's Defence Force", anon="pseudonym",
          medium="phone"),
        Q("troops torched more than 200 houses in three villages in Ayadaw township after residents fled ahead of the column",
          "Ayadaw township administration of the National Unity Government",
          "the Ayadaw township administration of the opposition National Unity Government (NUG)",
          aff="National Unity Government"),
        Q("the arson was part of the military's strategy of punishing communities that support the resistance",
          "U Thet Naung Oo", "U Thet Naung Oo", mentions=["a spokesman for the NUG's defence ministry"],
          role="spokesman", aff="NUG defence ministry"),
        Q('"They cannot defeat the PDFs on the ground, so they burn the homes of the people who feed us,"',
          "U Thet Naung Oo", "he", mentions=["U Thet Naung Oo", "a spokesman for the NUG's defence ministry"],
          role="spokesman", aff="NUG defence ministry"),
        Q("the junta had increasingly relied on air power since its columns began losing control of rural roads in Sagaing earlier this year",
          "U Thet Naung Oo", "He", mentions=["U Thet Naung Oo", "a spokesman for the NUG's defence ministry"],
          role="spokesman", aff="NUG defence ministry"),
        Q("a parcel bomb exploded at a ward administration office in Tamwe township on Tuesday morning, wounding two junta-appointed administrators",
          "state media", "state media", anon="anonymous"),
        Q("security forces have killed more than 2,300 civilians since the military seized power in February 2021",
          "Assistance Association for Political Prisoners", "The Assistance Association for Political Prisoners (AAPP)",
          mentions=["a rights group"], aff="AAPP"),
        Q("more than 1.3 million people are now internally displaced across the country, about half of them in Sagaing and neighbouring Magway",
          "UN refugee agency", "The UN refugee agency", aff="United Nations"),
        Q("the junta's use of Russian-made fighter jets and Chinese-supplied drones has allowed it to strike villages far from its bases without risking ground troops",
          "Analysts", "Analysts", anon="anonymous"),
        Q('"The regime\'s air superiority is the one advantage it still has, and it depends entirely on foreign suppliers,"',
          "Khin Mar Htwe", "Khin Mar Htwe", mentions=["an analyst at a Bangkok-based research institute"], role="analyst"),
        Q("The kyat has lost more than half of its value against the dollar since the coup, pushing the cost of fuel and cooking oil out of reach for many families",
          "a trader in Monywa", "a trader in Monywa", role="trader", anon="anonymous"),
        Q('"Even the people who are not fleeing cannot afford to eat properly,"', "a trader in Monywa", "she",
          mentions=["a trader in Monywa"], role="trader", anon="anonymous"),
        Q("elections will be held next year", "military council", "The military council", aff="military council"),
        Q("as a sham", "the NUG and most Western governments", "the NUG and most Western governments", direct=False,
          anon="named"),
    ],
    aggs=[
        A("security forces have killed more than 2,300 civilians since the military seized power in February 2021",
          2300, "civilians killed by security forces", "people", low=2300, qualifier="more than", ps="2021-02-01",
          pe="2022-10-12", scope="Myanmar", claimant="Assistance Association for Political Prisoners"),
        A("more than 1.3 million people are now internally displaced across the country", 1300000,
          "internally displaced people", "people", low=1300000, qualifier="more than", pe="2022-10-12",
          scope="Myanmar", claimant="UN refugee agency"),
        A("troops torched more than 200 houses in three villages in Ayadaw township", 200, "houses burned", "houses",
          low=200, qualifier="more than", ps="2022-10-11", pe="2022-10-11", scope="three villages in Ayadaw township",
          claimant="Ayadaw township administration of the National Unity Government"),
    ],
    causals=[
        C("They came to burn our villages again, so we were waiting for them",
          "They came to burn our villages again", "we were waiting for them", claimant="Ko Thunder"),
        C("They cannot defeat the PDFs on the ground, so they burn the homes of the people who feed us",
          "They cannot defeat the PDFs on the ground", "they burn the homes of the people who feed us",
          claimant="U Thet Naung Oo"),
        C("the junta's use of Russian-made fighter jets and Chinese-supplied drones has allowed it to strike villages far from its bases without risking ground troops",
          "the junta's use of Russian-made fighter jets and Chinese-supplied drones",
          "allowed it to strike villages far from its bases without risking ground troops",
          driver="external support", claimant="Analysts"),
        C("The kyat has lost more than half of its value against the dollar since the coup, pushing the cost of fuel and cooking oil out of reach for many families",
          "The kyat has lost more than half of its value against the dollar since the coup",
          "pushing the cost of fuel and cooking oil out of reach for many families",
          driver="economic hardship/unemployment", claimant="a trader in Monywa"),
        C("Internet services have been cut in most of Sagaing's townships since September last year, making reports from the region difficult to verify",
          "Internet services have been cut in most of Sagaing's townships since September last year",
          "making reports from the region difficult to verify"),
    ])


# ---------------------------------------------------------------- 08 Colombia, politics story with one incident
T08 = """
BOGOTA (Wire) - Colombia's Congress on Tuesday opened a heated debate on the protection of community leaders, a day after an indigenous activist was shot dead in the southwestern department of Cauca, the latest in a wave of killings that has become the most serious challenge to the country's 2016 peace accord.

Gunmen on a motorcycle killed Edwin Yatacue Pilcue, 34, a coordinator of the indigenous guard, outside his home in the rural area of Corinto on Monday evening, the Association of Indigenous Councils of Northern Cauca (ACIN) said. His wife was wounded in the attack.

"They waited until he came back from the assembly and shot him in front of his children," ACIN spokeswoman Luz Dary Ul said by telephone from Santander de Quilichao. She said Yatacue had received death threats in pamphlets signed by a dissident faction of the former FARC rebels in May, and that the authorities had ignored requests for a protection scheme.

Police in Cauca said investigators were examining whether the killing was linked to Yatacue's campaign against coca crops on indigenous land. A police colonel in Popayan, who was not authorised to speak publicly, said the main line of inquiry pointed to the Dagoberto Ramos column, a dissident group that operates in the mountains around Corinto and Toribio.

In Congress, opposition senator Maria Ines Caicedo accused the government of abandoning the regions that the FARC left when it disarmed. "The state promised to arrive with roads, schools and justice. What arrived were new armed groups," she told the Senate. "Every week we bury another leader."

Caicedo said that the failure to implement the rural reform chapter of the accord had left coca as the only source of income for thousands of peasant families, and that this was fuelling the violence.

The presidential counsellor for stabilisation, Andres Felipe Restrepo, rejected the accusation. He told lawmakers the government had deployed more than 2,000 additional troops and police to northern Cauca this year and that homicides of social leaders had fallen in the first half of 2019 compared with the same period a year earlier. "We are not going to accept that this government is indifferent to these deaths," Restrepo said.

The human rights ombudsman's office says 486 social leaders and human rights defenders were killed between January 2016 and the end of February 2019, and that more than a third of those cases occurred in Cauca, Antioquia and Narino. The United Nations human rights office in Bogota has recorded different figures, using a narrower definition.

The ombudsman's office has repeatedly warned that armed groups are competing for the territories and drug routes the FARC abandoned. It did not respond to a request for comment on Monday's killing.

Analysts say the violence is concentrated in areas where coca cultivation has expanded. Colombia had 169,000 hectares of coca in 2018, according to the U.N. Office on Drugs and Crime, close to the record high of the previous year.

"Where there is coca and no state, there is a war for control, and the leaders who oppose the armed groups are the first to be killed," said Ariel Monsalve, a researcher at the Bogota-based Indepaz think tank.

Former FARC commanders who joined the political party created under the accord say delays in the reintegration programme have pushed some ex-combatants back into armed groups. About 13,000 former guerrillas and militia members have registered for the programme, according to the reintegration agency.

The debate comes as the government of President Ivan Duque presses for changes to the special peace tribunal, which it says is too lenient on former rebels. Opposition parties warn the changes could undermine the confidence of former fighters who have given testimony to the court.

The indigenous guard, an unarmed force that patrols reservations with traditional staffs, said it would hold a march in Corinto on Friday to demand justice for Yatacue. "We will not leave our territory," Ul said.

Interior Minister officials said a delegation would travel to Cauca later this week to meet indigenous authorities.
"""

add_doc(8, "Colombia's Congress debates protection for leaders after Cauca killing", "2019-07-10T20:30:00", T08,
    events=[
        E(date="2019-07-08", etype="Violence against civilians", sub="Attack",
          actor1="Unidentified Armed Group (Colombia)", actor1_alt=["FARC Dissidents"],
          actor2="Civilians (Colombia)", country="Colombia", admin1="Cauca", admin2="Corinto",
          location="Corinto", lat=3.17, lon=-76.26, prec=2, fatalities=1, injured=1,
          note="Killed outside his home in the rural area of Corinto; suspected Dagoberto Ramos column.",
          evidence=["Gunmen on a motorcycle killed Edwin Yatacue Pilcue, 34, a coordinator of the indigenous guard, outside his home in the rural area of Corinto on Monday evening",
                    "His wife was wounded in the attack"]),
    ],
    quotes=[
        Q("Gunmen on a motorcycle killed Edwin Yatacue Pilcue, 34, a coordinator of the indigenous guard, outside his home in the rural area of Corinto on Monday evening",
          "Association of Indigenous Councils of Northern Cauca", "the Association of Indigenous Councils of Northern Cauca (ACIN)",
          aff="ACIN"),
        Q('"They waited until he came back from the assembly and shot him in front of his children,"', "Luz Dary Ul",
          "ACIN spokeswoman Luz Dary Ul", mentions=["Ul"], role="spokeswoman", aff="ACIN", medium="telephone"),
        Q("Yatacue had received death threats in pamphlets signed by a dissident faction of the former FARC rebels in May, and that the authorities had ignored requests for a protection scheme",
          "Luz Dary Ul", "She", mentions=["ACIN spokeswoman Luz Dary Ul", "Ul"], role="spokeswoman", aff="ACIN"),
        Q("investigators were examining whether the killing was linked to Yatacue's campaign against coca crops on indigenous land",
          "Police in Cauca", "Police in Cauca", aff="National Police of Colombia", anon="unnamed official"),
        Q("the main line of inquiry pointed to the Dagoberto Ramos column, a dissident group that operates in the mountains around Corinto and Toribio",
          "A police colonel in Popayan", "A police colonel in Popayan", role="police colonel",
          aff="National Police of Colombia", anon="unnamed official"),
        Q("the government of abandoning the regions that the FARC left when it disarmed", "Maria Ines Caicedo",
          "opposition senator Maria Ines Caicedo", mentions=["Caicedo"], role="senator", aff="opposition"),
        Q('"The state promised to arrive with roads, schools and justice. What arrived were new armed groups,"',
          "Maria Ines Caicedo", "she", mentions=["opposition senator Maria Ines Caicedo", "Caicedo"], role="senator",
          aff="opposition", medium="Senate"),
        Q('"Every week we bury another leader."', "Maria Ines Caicedo", ("she", "<"),
          mentions=["opposition senator Maria Ines Caicedo", "Caicedo"], role="senator", aff="opposition"),
        Q("the failure to implement the rural reform chapter of the accord had left coca as the only source of income for thousands of peasant families, and that this was fuelling the violence",
          "Maria Ines Caicedo", "Caicedo", mentions=["opposition senator Maria Ines Caicedo"], role="senator",
          aff="opposition"),
        Q("the accusation", "Andres Felipe Restrepo", "Andres Felipe Restrepo",
          mentions=["The presidential counsellor for stabilisation", "Restrepo"], role="presidential counsellor for stabilisation",
          aff="Government of Colombia", direct=False),
        Q("the government had deployed more than 2,000 additional troops and police to northern Cauca this year and that homicides of social leaders had fallen in the first half of 2019 compared with the same period a year earlier",
          "Andres Felipe Restrepo", "He", mentions=["Andres Felipe Restrepo", "Restrepo"],
          role="presidential counsellor for stabilisation", aff="Government of Colombia"),
        Q('"We are not going to accept that this government is indifferent to these deaths,"', "Andres Felipe Restrepo",
          "Restrepo", mentions=["Andres Felipe Restrepo"], role="presidential counsellor for stabilisation",
          aff="Government of Colombia"),
        Q("486 social leaders and human rights defenders were killed between January 2016 and the end of February 2019, and that more than a third of those cases occurred in Cauca, Antioquia and Narino",
          "human rights ombudsman's office", "The human rights ombudsman's office", mentions=["The ombudsman's office"],
          aff="Ombudsman's Office of Colombia"),
        Q("armed groups are competing for the territories and drug routes the FARC abandoned", "human rights ombudsman's office",
          "The ombudsman's office", mentions=["The human rights ombudsman's office"], aff="Ombudsman's Office of Colombia"),
        Q("the violence is concentrated in areas where coca cultivation has expanded", "Analysts", "Analysts",
          anon="anonymous"),
        Q("Colombia had 169,000 hectares of coca in 2018", "U.N. Office on Drugs and Crime",
          "the U.N. Office on Drugs and Crime", aff="United Nations"),
        Q('"Where there is coca and no state, there is a war for control, and the leaders who oppose the armed groups are the first to be killed,"',
          "Ariel Monsalve", "Ariel Monsalve", mentions=["a researcher at the Bogota-based Indepaz think tank"],
          role="researcher", aff="Indepaz"),
        Q("delays in the reintegration programme have pushed some ex-combatants back into armed groups",
          "Former FARC commanders who joined the political party created under the accord",
          "Former FARC commanders who joined the political party created under the accord", anon="anonymous"),
        Q("About 13,000 former guerrillas and militia members have registered for the programme", "reintegration agency",
          "the reintegration agency", aff="Government of Colombia"),
        Q("is too lenient on former rebels", "government of President Ivan Duque", "it",
          mentions=["the government of President Ivan Duque"], aff="Government of Colombia"),
        Q("the changes could undermine the confidence of former fighters who have given testimony to the court",
          "Opposition parties", "Opposition parties", anon="anonymous"),
        Q("it would hold a march in Corinto on Friday to demand justice for Yatacue", "indigenous guard",
          "The indigenous guard", aff="indigenous guard"),
        Q('"We will not leave our territory,"', "Luz Dary Ul", "Ul", mentions=["ACIN spokeswoman Luz Dary Ul"],
          role="spokeswoman", aff="ACIN"),
        Q("a delegation would travel to Cauca later this week to meet indigenous authorities", "Interior Minister officials",
          "Interior Minister officials", aff="Ministry of the Interior", anon="unnamed official"),
    ],
    aggs=[
        A("486 social leaders and human rights defenders were killed between January 2016 and the end of February 2019",
          486, "social leaders and human rights defenders killed", "people", ps="2016-01-01", pe="2019-02-28",
          scope="Colombia", claimant="human rights ombudsman's office"),
        A("more than a third of those cases occurred in Cauca, Antioquia and Narino", 33.33,
          "share of killings of social leaders in Cauca, Antioquia and Narino", "percent", low=33.33,
          qualifier="more than", ps="2016-01-01", pe="2019-02-28", scope="Cauca, Antioquia and Narino",
          claimant="human rights ombudsman's office"),
        A("Colombia had 169,000 hectares of coca in 2018", 169000, "coca cultivation", "hectares", ps="2018-01-01",
          pe="2018-12-31", scope="Colombia", claimant="U.N. Office on Drugs and Crime"),
        A("About 13,000 former guerrillas and militia members have registered for the programme", 13000,
          "former guerrillas and militia members in reintegration", "people", qualifier="about", pe="2019-07-10",
          scope="Colombia", claimant="reintegration agency"),
    ],
    causals=[
        C("the failure to implement the rural reform chapter of the accord had left coca as the only source of income for thousands of peasant families",
          "the failure to implement the rural reform chapter of the accord",
          "left coca as the only source of income for thousands of peasant families",
          driver="governance/corruption", claimant="Maria Ines Caicedo"),
        C("coca as the only source of income for thousands of peasant families, and that this was fuelling the violence",
          "coca as the only source of income for thousands of peasant families", "fuelling the violence",
          driver="economic hardship/unemployment", claimant="Maria Ines Caicedo"),
        C("Where there is coca and no state, there is a war for control", "Where there is coca and no state",
          "there is a war for control", driver="governance/corruption", claimant="Ariel Monsalve"),
        C("delays in the reintegration programme have pushed some ex-combatants back into armed groups",
          "delays in the reintegration programme", "pushed some ex-combatants back into armed groups",
          driver="displacement/camps/reintegration",
          claimant="Former FARC commanders who joined the political party created under the accord"),
        C("the changes could undermine the confidence of former fighters who have given testimony to the court",
          "the changes", "undermine the confidence of former fighters who have given testimony to the court",
          claimant="Opposition parties", hedged=True, polarity="-"),
    ])


# ---------------------------------------------------------------- 09 Mozambique, Lusa-style wire
T09 = """
Pemba, Jan 27 (Lusa) - Armed insurgents beheaded three civilians and set fire to dozens of homes in the coastal village of Mucojo, in Macomia district, Cabo Delgado province, on Saturday, local sources told Lusa, in the latest of a series of attacks in the north of the province.

A resident who fled to the district headquarters said the attackers arrived at dawn from the direction of the sea, shouting and firing into the air. "They caught my neighbour and two fishermen at the beach. We found them later without their heads," the man said, speaking by telephone from Macomia town. He said most of the village's inhabitants had run into the bush and were still hiding there.

The provincial police commander, Joaquim Sitoe Nhantumbo, confirmed the attack on Mucojo but gave no figures, saying only that the situation was "under control" and that the defence and security forces (FDS) were "pursuing the criminals".

On Sunday, FDS units clashed with insurgents near the district headquarters of Quissanga, further south. A defence ministry spokesman, Lieutenant-Colonel Filipe Mucavele, initially said eight insurgents had been killed. On Tuesday the ministry said the death toll had risen to 13, including two soldiers, after more bodies were found in the area.

"Our forces have dealt a heavy blow to the terrorists and recovered weapons and communications equipment," Mucavele said at a press briefing in Maputo.

A helicopter operated by the Dyck Advisory Group, a South African private military company contracted by the Mozambican police, fired rockets at insurgent positions near Mocimboa da Praia on Monday, killing an unspecified number of fighters, a source close to the operation told Lusa. The town has been held by the insurgents since August.

Separately, relatives said five women were abducted on Thursday from the village of Chai, also in Macomia district, while collecting cassava in their fields. "We do not know if they are alive," said the brother of one of the women. Human rights groups have documented the abduction of hundreds of women and girls by the insurgents, many of whom are forced into marriage with fighters.

The insurgency, which began in October 2017 in Mocimboa da Praia, has killed more than 2,500 people, according to the Cabo Ligado monitoring project. The armed group, known locally as "al-Shabaab" though it has no known link with the Somali movement, has pledged allegiance to the Islamic State group, which has claimed several of its attacks.

The United Nations refugee agency, UNHCR, said last week that about 670,000 people had been displaced in Cabo Delgado and the neighbouring provinces of Niassa and Nampula, more than double the number a year ago. "Families are arriving in Pemba with nothing, and the host communities have already shared everything they have," UNHCR spokeswoman Ana Cristina Matsinhe said.

More than 100,000 of the displaced have sought refuge in Pemba, the provincial capital, according to local authorities, straining water and sanitation in the city's poorest neighbourhoods.

Researchers say the insurgency has its roots in the marginalisation of young people in the province, one of the poorest in Mozambique despite vast reserves of natural gas and rubies. "Many young men joined because they saw no future here, while the wealth of the land went to companies and to people from outside," said Salvador Cossa, a researcher at a Maputo-based research centre.

The insurgents have used the islands and mangrove channels of the Quirimbas coast to hide boats and move fighters, a military source said, which has made it difficult for the army to cut their supply lines.

The French energy company Total, which leads a $20 billion liquefied natural gas project on the Afungi peninsula near Palma, said in a statement that it was "closely monitoring" the situation and that its operations were continuing. The company withdrew some staff from the site earlier this month because of attacks in nearby villages.

A Catholic priest working with displaced families in Pemba, who asked not to be named, said the government's restrictions on journalists and aid workers in the conflict zone had left many communities without help. "Nobody sees what is happening in the villages, so nobody helps," he said.

Government officials have said they will not negotiate with "faceless" attackers, and Maputo has appealed for help from neighbouring countries.
"""

add_doc(9, "Insurgents behead three in Mucojo, Cabo Delgado", "2021-01-27T12:48:00", T09,
    events=[
        E(date="2021-01-23", etype="Violence against civilians", sub="Attack",
          actor1="Islamic State (Mozambique)", actor1_alt=["Ahlu Sunnah Wa-Jamo (ASWJ)", "Unidentified Armed Group (Mozambique)"],
          actor2="Civilians (Mozambique)", country="Mozambique", admin1="Cabo Delgado", admin2="Macomia",
          location="Mucojo", lat=-12.07, lon=40.45, prec=1, fatalities=3,
          evidence=["Armed insurgents beheaded three civilians and set fire to dozens of homes in the coastal village of Mucojo, in Macomia district, Cabo Delgado province, on Saturday"]),
        E(date="2021-01-24", etype="Battles", sub="Armed clash", actor1="Military Forces of Mozambique (2015-)",
          actor2="Islamic State (Mozambique)", country="Mozambique", admin1="Cabo Delgado", admin2="Quissanga",
          location="Quissanga", lat=-12.42, lon=40.49, prec=2, fatalities=13,
          fatalities_note="updated toll 13 incl. two soldiers (ministry, Tuesday); initially eight insurgents",
          evidence=["FDS units clashed with insurgents near the district headquarters of Quissanga",
                    "the death toll had risen to 13, including two soldiers"]),
        E(date="2021-01-25", etype="Explosions/Remote violence", sub="Air/drone strike",
          actor1="Dyck Advisory Group", actor2="Islamic State (Mozambique)", country="Mozambique",
          admin1="Cabo Delgado", admin2="Mocimboa da Praia", location="Mocimboa da Praia",
          location_alt=["Mocímboa da Praia"], lat=-11.35, lon=40.35, prec=2, fatalities=None,
          fatalities_note="an unspecified number of fighters killed",
          note="Helicopter rocket fire coded as Air/drone strike (guide).",
          evidence=["A helicopter operated by the Dyck Advisory Group, a South African private military company contracted by the Mozambican police, fired rockets at insurgent positions near Mocimboa da Praia on Monday"]),
        E(date="2021-01-21", etype="Violence against civilians", sub="Abduction/forced disappearance",
          actor1="Islamic State (Mozambique)", actor1_alt=["Unidentified Armed Group (Mozambique)"],
          actor2="Civilians (Mozambique)", country="Mozambique", admin1="Cabo Delgado", admin2="Macomia",
          location="Chai", lat=None, lon=None, prec=1, fatalities=0,
          note="Perpetrator not named in the sentence; context implies the insurgents.",
          evidence=["five women were abducted on Thursday from the village of Chai, also in Macomia district"]),
    ],
    quotes=[
        Q("Armed insurgents beheaded three civilians and set fire to dozens of homes in the coastal village of Mucojo, in Macomia district, Cabo Delgado province, on Saturday",
          "local sources", "local sources", anon="anonymous", medium="Lusa"),
        Q("the attackers arrived at dawn from the direction of the sea, shouting and firing into the air",
          "A resident who fled to the district headquarters", "A resident who fled to the district headquarters",
          mentions=["the man"], role="resident", anon="anonymous"),
        Q('"They caught my neighbour and two fishermen at the beach. We found them later without their heads,"',
          "A resident who fled to the district headquarters", "the man",
          mentions=["A resident who fled to the district headquarters"], role="resident", anon="anonymous",
          medium="telephone"),
        Q("most of the village's inhabitants had run into the bush and were still hiding there",
          "A resident who fled to the district headquarters", "He",
          mentions=["A resident who fled to the district headquarters", "the man"], role="resident", anon="anonymous"),
        Q("the attack on Mucojo", "Joaquim Sitoe Nhantumbo", "Joaquim Sitoe Nhantumbo",
          mentions=["The provincial police commander"], role="provincial police commander", aff="Mozambique police",
          direct=False),
        Q('the situation was "under control" and that the defence and security forces (FDS) were "pursuing the criminals"',
          "Joaquim Sitoe Nhantumbo", "Joaquim Sitoe Nhantumbo", mentions=["The provincial police commander"],
          role="provincial police commander", aff="Mozambique police"),
        Q("eight insurgents had been killed", "Lieutenant-Colonel Filipe Mucavele", "Lieutenant-Colonel Filipe Mucavele",
          mentions=["A defence ministry spokesman", "Mucavele"], role="defence ministry spokesman",
          aff="Ministry of National Defence"),
        Q("the death toll had risen to 13, including two soldiers, after more bodies were found in the area",
          "Ministry of National Defence", "the ministry", aff="Ministry of National Defence"),
        Q('"Our forces have dealt a heavy blow to the terrorists and recovered weapons and communications equipment,"',
          "Lieutenant-Colonel Filipe Mucavele", "Mucavele",
          mentions=["A defence ministry spokesman", "Lieutenant-Colonel Filipe Mucavele"], role="defence ministry spokesman",
          aff="Ministry of National Defence", medium="press briefing"),
        Q("A helicopter operated by the Dyck Advisory Group, a South African private military company contracted by the Mozambican police, fired rockets at insurgent positions near Mocimboa da Praia on Monday, killing an unspecified number of fighters",
          "a source close to the operation", "a source close to the operation", anon="anonymous", medium="Lusa"),
        Q("five women were abducted on Thursday from the village of Chai, also in Macomia district, while collecting cassava in their fields",
          "relatives", "relatives", anon="anonymous"),
        Q('"We do not know if they are alive,"', "the brother of one of the women", "the brother of one of the women",
          anon="anonymous"),
        Q("the abduction of hundreds of women and girls by the insurgents, many of whom are forced into marriage with fighters",
          "Human rights groups", "Human rights groups", anon="anonymous"),
        Q("The insurgency, which began in October 2017 in Mocimboa da Praia, has killed more than 2,500 people",
          "Cabo Ligado monitoring project", "the Cabo Ligado monitoring project", aff="Cabo Ligado"),
        Q("about 670,000 people had been displaced in Cabo Delgado and the neighbouring provinces of Niassa and Nampula, more than double the number a year ago",
          "UNHCR", "The United Nations refugee agency, UNHCR", aff="United Nations"),
        Q('"Families are arriving in Pemba with nothing, and the host communities have already shared everything they have,"',
          "Ana Cristina Matsinhe", "UNHCR spokeswoman Ana Cristina Matsinhe", role="spokeswoman", aff="UNHCR"),
        Q("More than 100,000 of the displaced have sought refuge in Pemba, the provincial capital", "local authorities",
          "local authorities", anon="unnamed official"),
        Q("the insurgency has its roots in the marginalisation of young people in the province, one of the poorest in Mozambique despite vast reserves of natural gas and rubies",
          "Researchers", "Researchers", anon="anonymous"),
        Q('"Many young men joined because they saw no future here, while the wealth of the land went to companies and to people from outside,"',
          "Salvador Cossa", "Salvador Cossa", mentions=["a researcher at a Maputo-based research centre"],
          role="researcher"),
        Q("The insurgents have used the islands and mangrove channels of the Quirimbas coast to hide boats and move fighters",
          "a military source", "a military source", anon="unnamed official"),
        Q('it was "closely monitoring" the situation and that its operations were continuing', "Total",
          "The French energy company Total", aff="Total", medium="statement"),
        Q("the government's restrictions on journalists and aid workers in the conflict zone had left many communities without help",
          "A Catholic priest working with displaced families in Pemba",
          "A Catholic priest working with displaced families in Pemba", role="priest", aff="Catholic Church",
          anon="anonymous"),
        Q('"Nobody sees what is happening in the villages, so nobody helps,"',
          "A Catholic priest working with displaced families in Pemba", "he",
          mentions=["A Catholic priest working with displaced families in Pemba"], role="priest",
          aff="Catholic Church", anon="anonymous"),
        Q('they will not negotiate with "faceless" attackers', "Government officials", "Government officials",
          aff="Government of Mozambique", anon="unnamed official"),
    ],
    aggs=[
        A("has killed more than 2,500 people", 2500, "people killed in the insurgency", "people", low=2500,
          qualifier="more than", ps="2017-10-01", pe="2021-01-27", scope="Cabo Delgado",
          claimant="Cabo Ligado monitoring project"),
        A("about 670,000 people had been displaced in Cabo Delgado and the neighbouring provinces of Niassa and Nampula",
          670000, "people displaced", "people", qualifier="about", pe="2021-01-20",
          scope="Cabo Delgado, Niassa and Nampula", claimant="UNHCR"),
        A("More than 100,000 of the displaced have sought refuge in Pemba", 100000, "displaced people in Pemba",
          "people", low=100000, qualifier="more than", pe="2021-01-27", scope="Pemba", claimant="local authorities"),
    ],
    causals=[
        C("the insurgency has its roots in the marginalisation of young people in the province",
          "the marginalisation of young people in the province", "the insurgency",
          driver="economic hardship/unemployment", claimant="Researchers"),
        C("Many young men joined because they saw no future here", "they saw no future here", "Many young men joined",
          driver="economic hardship/unemployment", claimant="Salvador Cossa"),
        C("The insurgents have used the islands and mangrove channels of the Quirimbas coast to hide boats and move fighters, a military source said, which has made it difficult for the army to cut their supply lines",
          "The insurgents have used the islands and mangrove channels of the Quirimbas coast",
          "made it difficult for the army to cut their supply lines", driver="terrain/safe havens",
          claimant="a military source", polarity="-"),
        C("The company withdrew some staff from the site earlier this month because of attacks in nearby villages",
          "attacks in nearby villages", "The company withdrew some staff from the site"),
        C("the government's restrictions on journalists and aid workers in the conflict zone had left many communities without help",
          "the government's restrictions on journalists and aid workers in the conflict zone",
          "left many communities without help", driver="governance/corruption",
          claimant="A Catholic priest working with displaced families in Pemba"),
        C("More than 100,000 of the displaced have sought refuge in Pemba, the provincial capital, according to local authorities, straining water and sanitation in the city's poorest neighbourhoods",
          "More than 100,000 of the displaced have sought refuge in Pemba",
          "straining water and sanitation in the city's poorest neighbourhoods",
          driver="displacement/camps/reintegration"),
    ])


# ---------------------------------------------------------------- 10 Philippines, feature/analysis, no event
T10 = """
Six years after the siege, Marawi's displaced still wait to go home

By Noraida Macabangkit, Mindanao Bureau

MARAWI CITY, Lanao del Sur - Six years to the day after Islamic State-inspired gunmen stormed this lakeside city, Saripa Dimaporo still lives with her five children in a plywood shelter in Barangay Sagonsongan, a few kilometres from the ruins of the house her family owned for three generations.

"They told us one year, then two years, then after the election," the 52-year-old widow said on Tuesday, sitting on a bench outside the shelter. "Now my youngest has grown up in this box."

The five-month battle that began on May 23, 2017, when fighters of the Maute group and Abu Sayyaf commander Isnilon Hapilon tried to seize Marawi, left more than 1,100 people dead, most of them militants, and reduced the commercial heart of the Islamic city of Mindanao to rubble. Some 24 barangays, known officially as the "most affected area", were flattened by air strikes and street fighting.

According to Task Force Bangon Marawi, the government body overseeing reconstruction, about 17,000 families remain displaced, many of them in transitory shelters or with relatives elsewhere in Lanao del Sur. The agency's field director, Engineer Rashid Mangotara, said roads, a new mosque, a convention centre and a museum in the ground zero area had been completed. "The public infrastructure is 90 percent done," Mangotara said. "The problem now is private houses."

Residents say the rebuilding has stalled because many owners cannot prove title to their land, much of which was passed down through families without formal documents. Under the rules adopted by the city, no house may be rebuilt without a building permit, and no permit can be issued without a title.

The Marawi Compensation Board, created by law last year, has received more than 11,000 claims but has yet to release payments because it is still waiting for funds from Congress, its chairperson, Atty. Norhanie Sultan-Ali, said in a radio interview. She said the board expected to begin paying the first claimants "within the year".

City administrator Amer Hassan Lucman said frustration among displaced families was understandable. "People watched the government build a museum of the war before their homes," he said. "You cannot blame them for being angry."

Security officials and analysts warn that the anger could be exploited by the remnants of the Dawlah Islamiyah-Maute group, which still recruits in the towns around Lake Lanao. Brigadier General Jose Ramon Salcedo, commander of the Army's 103rd Infantry Brigade, said sustained military operations had reduced the group to fewer than 40 armed members in Lanao del Sur, down from several hundred at the time of the siege.

"They are weak, they are on the run, and they have lost their leaders," Salcedo told reporters at the brigade headquarters in Camp Ranao. He said troops had killed 14 suspected militants in the province since January, including two bomb-makers, in a string of encounters in the towns of Piagapo, Maguing and Butig.

He did not rule out new attacks. "Joblessness among the young men here is what feeds their recruitment," Salcedo said.

Nasser Pundato, an analyst with a Cotabato-based research group that tracks militancy in Mindanao, said the slow return of residents had weakened the trust that the government had won after the battle. "The longer people stay in shelters, the easier it is for extremists to say the state abandoned them," he said.

Bangsamoro officials said the autonomous regional government, installed in 2019 under the peace agreement with the Moro Islamic Liberation Front, had allocated its own funds for livelihood programmes in the shelters, but a ministry spokesperson declined to give figures.

A coalition of displaced residents' groups said it would hold a rally in front of the city hall on Wednesday to demand that compensation payments begin before the end of the year, and planned to deliver a petition to the president's office in Manila.

For Dimaporo, the anniversary brings only memories. "We lost everything in one week," she said. "I want to die in my own house, not in this one."
"""

add_doc(10, "Six years after the siege, Marawi's displaced still wait to go home", "2023-05-23T18:05:00", T10,
    events=[],
    quotes=[
        Q('"They told us one year, then two years, then after the election,"', "Saripa Dimaporo",
          "the 52-year-old widow", mentions=["Saripa Dimaporo", "Dimaporo"], role="displaced resident"),
        Q('"Now my youngest has grown up in this box."', "Saripa Dimaporo", ("the 52-year-old widow", "<"),
          mentions=["Saripa Dimaporo", "Dimaporo"], role="displaced resident"),
        Q("about 17,000 families remain displaced, many of them in transitory shelters or with relatives elsewhere in Lanao del Sur",
          "Task Force Bangon Marawi", "Task Force Bangon Marawi", mentions=["The agency"], aff="Government of the Philippines"),
        Q("roads, a new mosque, a convention centre and a museum in the ground zero area had been completed",
          "Rashid Mangotara", "Engineer Rashid Mangotara", mentions=["The agency's field director", "Mangotara"],
          role="field director", aff="Task Force Bangon Marawi"),
        Q('"The public infrastructure is 90 percent done,"', "Rashid Mangotara", "Mangotara",
          mentions=["Engineer Rashid Mangotara", "The agency's field director"], role="field director",
          aff="Task Force Bangon Marawi"),
        Q('"The problem now is private houses."', "Rashid Mangotara", ("Mangotara", "<"),
          mentions=["Engineer Rashid Mangotara", "The agency's field director"], role="field director",
          aff="Task Force Bangon Marawi"),
        Q("the rebuilding has stalled because many owners cannot prove title to their land, much of which was passed down through families without formal documents",
          "Residents", "Residents", anon="anonymous"),
        Q("The Marawi Compensation Board, created by law last year, has received more than 11,000 claims but has yet to release payments because it is still waiting for funds from Congress",
          "Norhanie Sultan-Ali", "Atty. Norhanie Sultan-Ali", mentions=["its chairperson"], role="chairperson",
          aff="Marawi Compensation Board", medium="radio interview"),
        Q('the board expected to begin paying the first claimants "within the year"', "Norhanie Sultan-Ali", "She",
          mentions=["Atty. Norhanie Sultan-Ali", "its chairperson"], role="chairperson", aff="Marawi Compensation Board"),
        Q("frustration among displaced families was understandable", "Amer Hassan Lucman",
          "City administrator Amer Hassan Lucman", role="city administrator", aff="Marawi city government"),
        Q('"People watched the government build a museum of the war before their homes,"', "Amer Hassan Lucman", "he",
          mentions=["City administrator Amer Hassan Lucman"], role="city administrator", aff="Marawi city government"),
        Q('"You cannot blame them for being angry."', "Amer Hassan Lucman", ("he", "<"),
          mentions=["City administrator Amer Hassan Lucman"], role="city administrator", aff="Marawi city government"),
        Q("the anger could be exploited by the remnants of the Dawlah Islamiyah-Maute group, which still recruits in the towns around Lake Lanao",
          "Security officials and analysts", "Security officials and analysts", anon="unnamed official"),
        Q("sustained military operations had reduced the group to fewer than 40 armed members in Lanao del Sur, down from several hundred at the time of the siege",
          "Jose Ramon Salcedo", "Brigadier General Jose Ramon Salcedo",
          mentions=["commander of the Army's 103rd Infantry Brigade", "Salcedo"], role="brigade commander",
          aff="Philippine Army"),
        Q('"They are weak, they are on the run, and they have lost their leaders,"', "Jose Ramon Salcedo", "Salcedo",
          mentions=["Brigadier General Jose Ramon Salcedo", "commander of the Army's 103rd Infantry Brigade"],
          role="brigade commander", aff="Philippine Army", medium="reporters"),
        Q("troops had killed 14 suspected militants in the province since January, including two bomb-makers, in a string of encounters in the towns of Piagapo, Maguing and Butig",
          "Jose Ramon Salcedo", "He", mentions=["Brigadier General Jose Ramon Salcedo", "Salcedo"],
          role="brigade commander", aff="Philippine Army"),
        Q('"Joblessness among the young men here is what feeds their recruitment,"', "Jose Ramon Salcedo", "Salcedo",
          mentions=["Brigadier General Jose Ramon Salcedo"], role="brigade commander", aff="Philippine Army"),
        Q("the slow return of residents had weakened the trust that the government had won after the battle",
          "Nasser Pundato", "Nasser Pundato",
          mentions=["an analyst with a Cotabato-based research group that tracks militancy in Mindanao"], role="analyst"),
        Q('"The longer people stay in shelters, the easier it is for extremists to say the state abandoned them,"',
          "Nasser Pundato", "he", mentions=["Nasser Pundato"], role="analyst"),
        Q("the autonomous regional government, installed in 2019 under the peace agreement with the Moro Islamic Liberation Front, had allocated its own funds for livelihood programmes in the shelters",
          "Bangsamoro officials", "Bangsamoro officials", aff="Bangsamoro regional government", anon="unnamed official"),
        Q("it would hold a rally in front of the city hall on Wednesday to demand that compensation payments begin before the end of the year",
          "A coalition of displaced residents' groups", "A coalition of displaced residents' groups", anon="anonymous"),
        Q('"We lost everything in one week,"', "Saripa Dimaporo", "she", mentions=["Saripa Dimaporo", "Dimaporo"],
          role="displaced resident"),
        Q('"I want to die in my own house, not in this one."', "Saripa Dimaporo", ("she", "<"),
          mentions=["Saripa Dimaporo", "Dimaporo"], role="displaced resident"),
    ],
    aggs=[
        A("left more than 1,100 people dead, most of them militants", 1100, "people killed in the battle for Marawi",
          "people", low=1100, qualifier="more than", ps="2017-05-23", pe="2017-10-23", scope="Marawi"),
        A("about 17,000 families remain displaced", 17000, "displaced families", "families", qualifier="about",
          pe="2023-05-23", scope="Marawi", claimant="Task Force Bangon Marawi"),
        A("sustained military operations had reduced the group to fewer than 40 armed members in Lanao del Sur", 40,
          "Dawlah Islamiyah-Maute armed members", "fighters", high=40, qualifier="fewer than", pe="2023-05-23",
          scope="Lanao del Sur", claimant="Jose Ramon Salcedo"),
        A("troops had killed 14 suspected militants in the province since January", 14, "suspected militants killed",
          "people", ps="2023-01-01", pe="2023-05-23", scope="Lanao del Sur", claimant="Jose Ramon Salcedo"),
    ],
    causals=[
        C("the rebuilding has stalled because many owners cannot prove title to their land",
          "many owners cannot prove title to their land", "the rebuilding has stalled",
          driver="governance/corruption", claimant="Residents"),
        C("has yet to release payments because it is still waiting for funds from Congress",
          "it is still waiting for funds from Congress", "has yet to release payments",
          driver="governance/corruption", claimant="Norhanie Sultan-Ali"),
        C("the anger could be exploited by the remnants of the Dawlah Islamiyah-Maute group",
          "the anger", "exploited by the remnants of the Dawlah Islamiyah-Maute group",
          driver="displacement/camps/reintegration", claimant="Security officials and analysts", hedged=True),
        C("sustained military operations had reduced the group to fewer than 40 armed members in Lanao del Sur",
          "sustained military operations", "reduced the group to fewer than 40 armed members in Lanao del Sur",
          claimant="Jose Ramon Salcedo", polarity="-"),
        C("Joblessness among the young men here is what feeds their recruitment",
          "Joblessness among the young men here", "feeds their recruitment",
          driver="economic hardship/unemployment", claimant="Jose Ramon Salcedo"),
        C("the slow return of residents had weakened the trust that the government had won after the battle",
          "the slow return of residents", "weakened the trust that the government had won after the battle",
          driver="displacement/camps/reintegration", claimant="Nasser Pundato", polarity="-"),
    ])


def main():
    texts = {d["doc"]["id"]: d["doc"]["text"] for d in DOCS}
    for d in DOCS:  # re-check every span against the text
        t, g = d["doc"]["text"], d["gold"]
        for e in g["events"]:
            for v in e["evidence"]:
                assert t[v["start"]:v["end"]] == v["text"]
        for q in g["quotes"]:
            assert t[q["start"]:q["end"]] == q["text"] and t[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
            for a, b in q["speaker_mentions"] + q.get("fragments", []):
                assert 0 <= a < b <= len(t)
        for c in g["claims"]:
            assert t[c["start"]:c["end"]] == c["text"]
            if c["kind"] == "causal":
                for k in ("cause", "effect"):
                    assert t[c[k]["start"]:c[k]["end"]] == c[k]["text"]
                    assert c["start"] <= c[k]["start"] and c[k]["end"] <= c["end"]
    ids = [d["doc"]["id"] for d in DOCS]
    assert len(set(ids)) == len(ids) == 10, ids
    w = lambda name, rows: open(os.path.join(HERE, name), "w", encoding="utf-8").write(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    w("authK.docs.jsonl", [d["doc"] for d in DOCS])
    w("authK.gold.jsonl", [d["gold"] for d in DOCS])
    w("authK.pred_selfcheck.jsonl", [{"id": d["gold"]["id"], "events": d["gold"]["events"],
                                      "quotes": d["gold"]["quotes"], "claims": d["gold"]["claims"]} for d in DOCS])
    n = lambda f: sum(f(d["gold"]) for d in DOCS)
    print(f"docs={len(DOCS)} words={sum(len(x.split()) for x in texts.values())} "
          f"events={n(lambda g: len(g['events']))} quotes={n(lambda g: len(g['quotes']))} "
          f"aggregate={n(lambda g: sum(c['kind'] == 'aggregate' for c in g['claims']))} "
          f"causal={n(lambda g: sum(c['kind'] == 'causal' for c in g['claims']))}")
    for d in DOCS:
        g = d["gold"]
        print(g["id"], len(d["doc"]["text"].split()), "words", len(g["events"]), "ev", len(g["quotes"]), "q",
              sum(c["kind"] == "aggregate" for c in g["claims"]), "agg",
              sum(c["kind"] == "causal" for c in g["claims"]), "causal")


if __name__ == "__main__":
    main()
