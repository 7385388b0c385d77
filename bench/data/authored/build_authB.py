#!/usr/bin/env python3
"""Build the authB authored full-report set: fictional news reports written by us (own writing, general
knowledge; no dev text read), annotated by /work/shared/data/reports/GUIDE.md. Every offset is located by
code and asserted. Writes authB.docs.jsonl and authB.gold.jsonl next to this file.

Run: python3 bench/data/authored/build_authB.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _authB_lib import Doc, last_weekday, shift, write  # noqa: E402

DOCS = []
B = "Borno"
NG = "Nigeria"

# ---------------------------------------------------------------- authB-01 Nigeria, wire story
d = Doc("authB-01", "Suicide bombers kill at least 30 in northeast Nigeria town", "2019-06-18", """
MAIDUGURI, Nigeria (Reuters) - Three suicide bombers blew themselves up outside a hall where football fans were watching a match in the town of Konduga in northeast Nigeria's Borno state late on Sunday, killing at least 30 people, emergency officials said on Monday.

The toll rose to 30 from 17 given earlier on Monday as rescuers recovered more bodies from the rubble, said Usman Kachalla, who heads the Borno State Emergency Management Agency. More than 40 people were wounded, he said.

"The first bomber was stopped at the entrance, and the other two ran into the crowd when people started to flee," Kachalla told Reuters by telephone. He said the hall had been packed because a popular European team was playing.

A leader of the local Civilian Joint Task Force militia, which helps the army guard the town, put the death toll at 24. Ibrahim Goni, a trader who lives near the hall, said he had helped carry the wounded to the general hospital in Konduga, some 38 km (24 miles) southeast of the state capital Maiduguri. "There were body parts everywhere. Nobody can sleep tonight," he said.

No group claimed responsibility, but the attack bore the hallmarks of Boko Haram and its offshoot Islamic State West Africa Province (ISWAP), which have repeatedly sent suicide bombers, many of them young women, against crowded places in the region.

In a separate incident on Monday, ISWAP fighters in gun trucks attacked a military base in Gajiram, in Nganzai local government area, sparking a gunfight that lasted several hours, two military sources said. They said the soldiers repelled the attack and killed 11 insurgents, while three soldiers were wounded.

Abba Lawan Gana, the state information commissioner, described the bombing as a desperate act by a group that was losing ground. "We will not be cowed by these cowards," Gana said in a statement, adding that security had been tightened around public viewing centres across the state.

Borno has been the epicentre of a decade-long insurgency that began in 2009. The conflict has killed more than 27,000 people and forced about 1.8 million to flee their homes in the northeast, according to the United Nations. In April 2014, Boko Haram fighters abducted 276 schoolgirls from the town of Chibok, drawing worldwide condemnation.

Attacks have grown more frequent since ISWAP split from Boko Haram in 2016, and the army's decision this year to pull troops out of smaller outposts into fortified garrisons has left many rural roads unguarded, aid workers say.

The bombing came two weeks after the army announced a new offensive around Konduga and the nearby Sambisa forest. Residents said soldiers had since set up more checkpoints on the road to Maiduguri to screen travellers.

(Reporting by Reuters staff in Maiduguri; Writing by Reuters staff in Abuja)
""")
sun = last_weekday(d.published, "Sunday")
mon = last_weekday(d.published, "Monday")
d.event(sun, "Explosions/Remote violence", "Suicide bomb", NG, B, "Konduga", lat=11.65, lon=13.42, prec=1,
        admin2="Konduga", actor1="Unidentified Armed Group (Nigeria)",
        actor1_alt=["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Islamic State West Africa Province"],
        actor2="Civilians (Nigeria)", fatalities=24, injured=40,
        fatalities_note="officials 30 (updated from 17) vs CJTF leader 24: most conservative",
        evidence=["Three suicide bombers blew themselves up outside a hall", "put the death toll at 24",
                  "The toll rose to 30 from 17"])
d.event(mon, "Battles", "Armed clash", NG, B, "Gajiram", lat=12.49, lon=13.21, prec=1, admin2="Nganzai",
        actor1="Islamic State West Africa Province", actor2="Military Forces of Nigeria (2015-2023)",
        fatalities=11, injured=3,
        evidence=["ISWAP fighters in gun trucks attacked a military base in Gajiram",
                  "killed 11 insurgents"])
d.quote(("Three suicide bombers blew themselves up outside a hall where football fans were watching a match in the town of Konduga in northeast Nigeria's Borno state late on Sunday, killing at least 30 people"),
        "emergency officials", ("at least 30 people, emergency officials said", "emergency officials"),
        anonymity="unnamed official")
d.quote("The toll rose to 30 from 17 given earlier on Monday as rescuers recovered more bodies from the rubble",
        "Usman Kachalla", ("rubble, said Usman Kachalla", "Usman Kachalla"),
        mentions=[("Kachalla told Reuters", "Kachalla")],
        role="head", affiliation="Borno State Emergency Management Agency")
d.quote("More than 40 people were wounded", "Usman Kachalla", ("More than 40 people were wounded, he said", "he"),
        mentions=[("rubble, said Usman Kachalla", "Usman Kachalla")], role="head",
        affiliation="Borno State Emergency Management Agency")
d.quote('"The first bomber was stopped at the entrance, and the other two ran into the crowd when people started to flee,"',
        "Usman Kachalla", ("Kachalla told Reuters", "Kachalla"), mentions=[("rubble, said Usman Kachalla", "Usman Kachalla")],
        role="head", affiliation="Borno State Emergency Management Agency", medium="telephone")
d.quote("the hall had been packed because a popular European team was playing", "Usman Kachalla",
        ("He said the hall", "He"), mentions=[("Kachalla told Reuters", "Kachalla"), ("rubble, said Usman Kachalla", "Usman Kachalla")],
        role="head", affiliation="Borno State Emergency Management Agency")
d.quote("the death toll at 24", "A leader of the local Civilian Joint Task Force militia",
        ("A leader of the local Civilian Joint Task Force militia, which", "A leader of the local Civilian Joint Task Force militia"),
        anonymity="unnamed official", affiliation="Civilian Joint Task Force")
d.quote("he had helped carry the wounded to the general hospital in Konduga, some 38 km (24 miles) southeast of the state capital Maiduguri",
        "Ibrahim Goni", "Ibrahim Goni", mentions=[("Nobody can sleep tonight,\" he said", "he")], role="trader")
d.quote('"There were body parts everywhere. Nobody can sleep tonight,"', "Ibrahim Goni",
        ("Nobody can sleep tonight,\" he said", "he"), mentions=["Ibrahim Goni"], role="trader")
d.quote("ISWAP fighters in gun trucks attacked a military base in Gajiram, in Nganzai local government area, sparking a gunfight that lasted several hours",
        "two military sources", "two military sources", anonymity="unnamed official",
        mentions=[("They said the soldiers", "They")])
d.quote("the soldiers repelled the attack and killed 11 insurgents, while three soldiers were wounded",
        "two military sources", ("They said the soldiers", "They"), anonymity="unnamed official",
        mentions=["two military sources"])
d.quote("the bombing as a desperate act by a group that was losing ground", "Abba Lawan Gana", "Abba Lawan Gana",
        mentions=[("cowards,\" Gana said", "Gana")], role="state information commissioner")
d.quote('"We will not be cowed by these cowards,"', "Abba Lawan Gana", ("cowards,\" Gana said", "Gana"),
        mentions=["Abba Lawan Gana"], role="state information commissioner", medium="statement")
d.quote("security had been tightened around public viewing centres across the state", "Abba Lawan Gana",
        ("cowards,\" Gana said", "Gana"), mentions=["Abba Lawan Gana"], role="state information commissioner",
        medium="statement")
d.quote("The conflict has killed more than 27,000 people and forced about 1.8 million to flee their homes in the northeast",
        "United Nations", "the United Nations")
d.quote("Attacks have grown more frequent since ISWAP split from Boko Haram in 2016, and the army's decision this year to pull troops out of smaller outposts into fortified garrisons has left many rural roads unguarded",
        "aid workers", ("unguarded, aid workers say", "aid workers"), anonymity="anonymous")
d.quote("soldiers had since set up more checkpoints on the road to Maiduguri to screen travellers", "Residents",
        ("Residents said soldiers", "Residents"), anonymity="anonymous")
d.agg("The conflict has killed more than 27,000 people", "people killed", "people", quantity=27000, low=27000,
      qualifier="more than", ps="2009-01-01", pe=d.published, scope="northeast Nigeria", claimant="United Nations")
d.agg("forced about 1.8 million to flee their homes in the northeast", "people displaced", "people",
      quantity=1800000, qualifier="about", ps="2009-01-01", pe=d.published, scope="northeast Nigeria",
      claimant="United Nations")
d.causal("He said the hall had been packed because a popular European team was playing.",
         "a popular European team was playing", "the hall had been packed", claimant="Usman Kachalla")
d.causal("the army's decision this year to pull troops out of smaller outposts into fortified garrisons has left many rural roads unguarded",
         "the army's decision this year to pull troops out of smaller outposts into fortified garrisons",
         "many rural roads unguarded", driver="security posture/deployment", claimant="aid workers")
DOCS.append(d)

# ---------------------------------------------------------------- authB-02 Mali, wire story (AFP style)
ML = "Mali"
d = Doc("authB-02", "Gunmen kill 21 in central Mali village, army post attacked", "2020-02-16", """
BAMAKO, Feb 16 (AFP) - Gunmen on motorbikes killed at least 21 civilians, among them women and children, in an attack on a Fulani hamlet in central Mali's Mopti region, local officials said on Sunday.

The attackers surrounded Dounkala, a hamlet about 15 kilometres (nine miles) from the town of Bankass, on Friday evening, setting granaries and huts ablaze and shooting those who tried to run, said Hamadoun Dicko, the mayor of the rural commune.

"They came at dusk, more than fifty of them, and burnt everything," Dicko told AFP by telephone. "Some of the old people could not run and they were burnt inside their houses."

A Fulani association, Tabital Pulaaku, put the death toll at 31 and said several people were still missing. Survivors blamed Dozo hunters of the Dan Na Ambassagou militia, a Dogon self-defence group. The militia has in the past denied that it targets civilians.

Dicko said many families had refused to leave the hamlet despite earlier threats because they had nowhere else to go. Troops were sent to the area on Saturday to secure the road to Bankass, the army said.

In a separate attack before dawn on Saturday, suspected jihadists stormed an army post near Diabaly, in the Segou region, triggering a firefight that lasted about two hours. The armed forces said in a statement that four soldiers were killed and that "several terrorists" had been "neutralised" before the assailants fled towards the Mauritanian border.

No group claimed the attack on the post, but jihadists linked to Al-Qaeda are active in the forests around Diabaly.

Central Mali has been caught in a spiral of violence since 2015, when a Fulani preacher, Amadou Koufa, began recruiting among herders for an Islamist group. The conflict has been fuelled by competition over land and water between Fulani herders and Dogon and Bambara farmers, who have formed their own militias.

The violence has spread across the borders into Burkina Faso and Niger. Nearly 4,000 people were killed in jihadist attacks in the three countries last year, the United Nations said in January. In the Mopti region alone, more than 85,000 people have fled their homes, according to the UN refugee agency.

The attack came as the government prepares to open talks with some jihadist leaders, a move backed by a national dialogue held in December. "If the killings continue, the whole of Bankass will empty," Dicko warned.

President Ibrahim Boubacar Keita's government has been criticised for failing to disarm the militias. An official in the prime minister's office, who asked not to be named, said that a disarmament programme for central Mali would start "within weeks".
""")
fri = last_weekday(d.published, "Friday")
sat = last_weekday(d.published, "Saturday")
d.event(fri, "Violence against civilians", "Attack", ML, "Mopti", "Dounkala", location_alt=["Bankass"],
        admin2="Bankass", lat=14.08, lon=-3.52, prec=2, actor1="Unidentified Armed Group (Mali)",
        actor1_alt=["Dan Na Ambassagou"], actor2="Civilians (Mali)", fatalities=21,
        fatalities_note="officials at least 21 vs Tabital Pulaaku 31: most conservative",
        note="invented hamlet; coordinates of Bankass, 15 km away",
        evidence=["Gunmen on motorbikes killed at least 21 civilians",
                  "The attackers surrounded Dounkala", "put the death toll at 31"])
d.event(sat, "Battles", "Armed clash", ML, "Segou", "Diabaly", admin1_alt=["Ségou"], admin2="Niono",
        lat=14.69, lon=-6.02, prec=2, actor1="Unidentified Armed Group (Mali)",
        actor1_alt=["JNIM: Group for Support of Islam and Muslims"],
        actor2="Military Forces of Mali (2012-2021)", fatalities=4,
        fatalities_note="four soldiers; 'several' attackers not counted",
        evidence=["suspected jihadists stormed an army post near Diabaly", "four soldiers were killed"])
d.quote("Gunmen on motorbikes killed at least 21 civilians, among them women and children, in an attack on a Fulani hamlet in central Mali's Mopti region",
        "local officials", "local officials", anonymity="unnamed official")
d.quote("The attackers surrounded Dounkala, a hamlet about 15 kilometres (nine miles) from the town of Bankass, on Friday evening, setting granaries and huts ablaze and shooting those who tried to run",
        "Hamadoun Dicko", "Hamadoun Dicko", mentions=[("Dicko told AFP", "Dicko")], role="mayor",
        affiliation="rural commune")
d.quote('"They came at dusk, more than fifty of them, and burnt everything,"', "Hamadoun Dicko",
        ("Dicko told AFP", "Dicko"), mentions=["Hamadoun Dicko"], role="mayor", medium="telephone")
d.quote('"Some of the old people could not run and they were burnt inside their houses."', "Hamadoun Dicko",
        ("Dicko told AFP", "Dicko"), mentions=["Hamadoun Dicko"], role="mayor", medium="telephone")
d.quote("the death toll at 31", "Tabital Pulaaku", ("A Fulani association, Tabital Pulaaku", "Tabital Pulaaku"),
        role="Fulani association")
d.quote("several people were still missing", "Tabital Pulaaku",
        ("A Fulani association, Tabital Pulaaku", "Tabital Pulaaku"), role="Fulani association")
d.quote("that it targets civilians", "Dan Na Ambassagou", ("The militia has in the past", "The militia"),
        mentions=[("of the Dan Na Ambassagou militia", "Dan Na Ambassagou militia")], role="militia")
d.quote("many families had refused to leave the hamlet despite earlier threats because they had nowhere else to go",
        "Hamadoun Dicko", ("Dicko said many families", "Dicko"), mentions=["Hamadoun Dicko"], role="mayor")
d.quote("Troops were sent to the area on Saturday to secure the road to Bankass", "Military Forces of Mali",
        ("Bankass, the army said", "the army"), speaker_alt=["the army"], affiliation="army")
d.quote('four soldiers were killed and that "several terrorists" had been "neutralised" before the assailants fled towards the Mauritanian border',
        "Military Forces of Mali", ("The armed forces said in a statement", "The armed forces"),
        speaker_alt=["The armed forces"], medium="statement")
d.quote("Nearly 4,000 people were killed in jihadist attacks in the three countries last year", "United Nations",
        ("the United Nations said in January", "the United Nations"))
d.quote("In the Mopti region alone, more than 85,000 people have fled their homes", "UN refugee agency",
        "the UN refugee agency")
d.quote('"If the killings continue, the whole of Bankass will empty,"', "Hamadoun Dicko",
        ("empty,\" Dicko warned", "Dicko"), mentions=["Hamadoun Dicko"], role="mayor")
d.quote('that a disarmament programme for central Mali would start "within weeks"',
        "An official in the prime minister's office", "An official in the prime minister's office",
        anonymity="unnamed official")
d.agg("Nearly 4,000 people were killed in jihadist attacks in the three countries last year", "people killed",
      "people", quantity=4000, high=4000, qualifier="nearly", ps="2019-01-01", pe="2019-12-31",
      scope="Mali, Burkina Faso and Niger", claimant="United Nations")
d.agg("more than 85,000 people have fled their homes", "people displaced", "people", quantity=85000, low=85000,
      qualifier="more than", scope="Mopti region", claimant="UN refugee agency")
d.causal("many families had refused to leave the hamlet despite earlier threats because they had nowhere else to go",
         "they had nowhere else to go", "many families had refused to leave the hamlet",
         driver=None, claimant="Hamadoun Dicko")
d.causal("The conflict has been fuelled by competition over land and water between Fulani herders and Dogon and Bambara farmers",
         "competition over land and water between Fulani herders and Dogon and Bambara farmers",
         "The conflict", driver=None)
DOCS.append(d)

# ---------------------------------------------------------------- authB-03 Burkina Faso, local outlet
BF = "Burkina Faso"
d = Doc("authB-03", "Djibo supply convoy hit by mine; Kaya residents march for protection", "2023-05-08", """
By our correspondent in Kaya

Seven people, five of them members of the Volunteers for the Defence of the Homeland (VDP), were killed on Saturday when a homemade mine exploded under a vehicle escorting a supply convoy about 20 km south of Djibo, security sources told our newspaper.

The convoy of some sixty trucks was carrying rice, oil and medicine to Djibo, the main town of Soum province, which armed groups have kept under blockade for more than a year. Following the blast, the trucks turned back towards Bourzanga to wait for army reinforcements.

"We heard a huge explosion and then the escort started shooting in every direction," said one of the drivers, reached by telephone in Bourzanga. "Nobody dared to move for an hour."

In Djibo, prices have soared because traders can no longer reach the town by road. A sack of millet now costs three times what it did last year, according to a local councillor, Adama Tamboura.

On Sunday, several hundred residents of Kaya marched peacefully through the town centre to demand more protection for villages around the regional capital. The march was organised in response to the killing of twelve villagers near Kaya last month, said one of the organisers, Issouf Sawadogo.

"Our brothers in the bush are left alone. We want the army in every village, not only in the towns," Sawadogo told the crowd in front of the governorate. He warned that the lack of protection could push young men into the arms of the armed groups.

The governor of Centre-Nord, Colonel Blaise Ouédraogo, received a delegation of the marchers. He said that two new VDP units would be trained in the province in the coming weeks so as to free soldiers for offensive operations.

In the East region, unidentified gunmen abducted a priest and two catechists on Thursday on the road between Fada N'Gourma and Matiacoali, a diocesan source said. The three men were travelling to a parish that has been cut off for months. There has been no claim of responsibility.

The transitional authorities say they have retaken several localities since the start of the year, but armed groups linked to Al-Qaeda and the Islamic State are still estimated to control around 40 percent of the national territory. More than two million Burkinabè have fled their homes since 2015, according to the national emergency relief council.

Analysts say the recruitment of tens of thousands of civilian volunteers has widened the conflict, because the armed groups now treat villages that supply VDP fighters as enemy targets.
""")
sat = last_weekday(d.published, "Saturday")
sun = last_weekday(d.published, "Sunday")
thu = last_weekday(d.published, "Thursday")
d.event(sat, "Explosions/Remote violence", "Remote explosive/landmine/IED", BF, "Sahel", "Djibo", admin2="Soum",
        lat=14.10, lon=-1.63, prec=2, actor1="Unidentified Armed Group (Burkina Faso)",
        actor2="VDP: Volunteers for the Defense of the Homeland", fatalities=7,
        evidence=["Seven people, five of them members of the Volunteers for the Defence of the Homeland (VDP), were killed on Saturday when a homemade mine exploded"])
d.event(sun, "Protests", "Peaceful protest", BF, "Centre-Nord", "Kaya", admin1_alt=["Centre Nord", "Centre-North"],
        admin2="Sanmatenga", lat=13.09, lon=-1.08, prec=1, actor1="Protesters (Burkina Faso)", fatalities=0,
        evidence=["several hundred residents of Kaya marched peacefully through the town centre"])
d.event(thu, "Violence against civilians", "Abduction/forced disappearance", BF, "Est", "Fada N'Gourma",
        admin1_alt=["East"], admin2="Gourma", lat=12.06, lon=0.36, prec=2,
        actor1="Unidentified Armed Group (Burkina Faso)", actor2="Civilians (Burkina Faso)", fatalities=0,
        evidence=["unidentified gunmen abducted a priest and two catechists on Thursday"])
d.quote("Seven people, five of them members of the Volunteers for the Defence of the Homeland (VDP), were killed on Saturday when a homemade mine exploded under a vehicle escorting a supply convoy about 20 km south of Djibo",
        "security sources", "security sources", anonymity="unnamed official")
d.quote('"We heard a huge explosion and then the escort started shooting in every direction,"',
        "one of the drivers", "one of the drivers", anonymity="anonymous", medium="telephone")
d.quote('"Nobody dared to move for an hour."', "one of the drivers", "one of the drivers",
        anonymity="anonymous", medium="telephone")
d.quote("A sack of millet now costs three times what it did last year", "Adama Tamboura",
        ("a local councillor, Adama Tamboura", "Adama Tamboura"), role="local councillor")
d.quote("The march was organised in response to the killing of twelve villagers near Kaya last month",
        "Issouf Sawadogo", ("organisers, Issouf Sawadogo", "Issouf Sawadogo"),
        mentions=[("Sawadogo told the crowd", "Sawadogo"), ("He warned that", "He")], role="organiser")
d.quote('"Our brothers in the bush are left alone. We want the army in every village, not only in the towns,"',
        "Issouf Sawadogo", ("Sawadogo told the crowd", "Sawadogo"),
        mentions=[("organisers, Issouf Sawadogo", "Issouf Sawadogo")], role="organiser")
d.quote("the lack of protection could push young men into the arms of the armed groups", "Issouf Sawadogo",
        ("He warned that", "He"), mentions=[("Sawadogo told the crowd", "Sawadogo"),
                                           ("organisers, Issouf Sawadogo", "Issouf Sawadogo")], role="organiser")
d.quote("that two new VDP units would be trained in the province in the coming weeks so as to free soldiers for offensive operations",
        "Blaise Ouédraogo", ("He said that two new", "He"),
        mentions=["Colonel Blaise Ouédraogo"], role="governor of Centre-Nord")
d.quote("unidentified gunmen abducted a priest and two catechists on Thursday on the road between Fada N'Gourma and Matiacoali",
        "a diocesan source", "a diocesan source", anonymity="anonymous")
d.quote("they have retaken several localities since the start of the year", "The transitional authorities",
        "The transitional authorities", anonymity="named", speaker_alt=["transitional authorities"])
d.quote("More than two million Burkinabè have fled their homes since 2015", "national emergency relief council",
        "the national emergency relief council")
d.quote("the recruitment of tens of thousands of civilian volunteers has widened the conflict, because the armed groups now treat villages that supply VDP fighters as enemy targets",
        "Analysts", ("Analysts say the recruitment", "Analysts"), anonymity="anonymous")
d.agg("armed groups linked to Al-Qaeda and the Islamic State are still estimated to control around 40 percent of the national territory",
      "share of territory controlled by armed groups", "percent", quantity=40, qualifier="around",
      scope="Burkina Faso", claimant=None)
d.agg("More than two million Burkinabè have fled their homes since 2015", "people displaced", "people",
      quantity=2000000, low=2000000, qualifier="more than", ps="2015-01-01", pe=d.published, scope="Burkina Faso",
      claimant="national emergency relief council")
d.causal("In Djibo, prices have soared because traders can no longer reach the town by road.",
         "traders can no longer reach the town by road", "prices have soared")
d.causal("The march was organised in response to the killing of twelve villagers near Kaya last month",
         "the killing of twelve villagers near Kaya last month", "The march was organised", claimant="Issouf Sawadogo")
d.causal("He warned that the lack of protection could push young men into the arms of the armed groups.",
         "the lack of protection", "push young men into the arms of the armed groups",
         driver="security posture/deployment", hedged=True, claimant="Issouf Sawadogo")
d.causal("two new VDP units would be trained in the province in the coming weeks so as to free soldiers for offensive operations",
         "two new VDP units would be trained in the province", "free soldiers for offensive operations",
         driver="security posture/deployment", claimant="Blaise Ouédraogo")
d.causal("the recruitment of tens of thousands of civilian volunteers has widened the conflict, because the armed groups now treat villages that supply VDP fighters as enemy targets",
         "the recruitment of tens of thousands of civilian volunteers", "widened the conflict",
         driver="security posture/deployment", claimant="Analysts")
DOCS.append(d)

# ---------------------------------------------------------------- authB-04 Niger, analysis (no event)
NE = "Niger"
d = Doc("authB-04", "Tillaberi's spiral: why Niger's western borderlands keep burning", "2021-11-15", """
Analysis | Sahel Programme

NIAMEY - Three years ago, the Tillaberi region was described by Nigerien officers as a buffer between the jihadist heartland of central Mali and the capital. Today it is the country's most violent area, and the front line runs less than 100 kilometres from Niamey.

Data compiled by our researchers show 512 violent incidents involving armed groups in Tillaberi between January and September this year, up from 301 in the same period of 2020. Attacks on civilians account for more than half of the total, a sharp change from the years when the groups mainly targeted soldiers.

Two organisations drive most of the violence. The Islamic State in the Greater Sahara, now formally a part of the Islamic State's West Africa Province, is estimated to have between 1,000 and 1,500 fighters in the tri-border area. Its rival, the Al-Qaeda-aligned JNIM, is smaller on the Nigerien side but has expanded east from Mali's Gourma since last year.

The violence is not driven by religion alone. Many of the fighters are Fulani herders who lost access to pasture and wells as farmland spread northwards, and who saw the state side with sedentary farmers in local disputes. The jihadists offered them protection and a way to settle scores.

The problem, one Nigerien officer said, is that the army cannot hold ground it clears. The armed forces rely on mobile patrols from a handful of large bases, and the groups return as soon as the troops leave. Local self-defence militias, created because the army is so thinly spread, have fuelled reprisal killings between Zarma and Fulani communities.

Government measures have also had unintended effects. The ban on motorcycles, imposed in 2017 to stop militants moving around, has crippled weekly markets, pushing some young men towards the groups, which pay fighters in cash and motorbikes. "A young man with no bike has no work. The groups give him both," said a former mayor from the Ayorou area, who asked not to be named.

Displacement is rising. More than 100,000 people have fled their homes in Tillaberi since 2019, according to the regional directorate for humanitarian affairs, and several hundred schools have closed.

The planned drawdown of France's Barkhane force could allow the groups to move more freely across the Malian border, said Ibrahim Yahaya Moussa, a Niamey-based security analyst. "Niger will be left to face a two-front war with an army that is still too small," he said.

If Niamey and Bamako fail to coordinate their border patrols, the region will remain a corridor for the jihadists. For now, officials in Niamey say they will recruit thousands more soldiers over the next five years.
""")
d.quote(None, "Nigerien officers", "Nigerien officers", anonymity="unnamed official",
        fragments=["the Tillaberi region", "as a buffer between the jihadist heartland of central Mali and the capital"])
d.quote(None, "one Nigerien officer", "one Nigerien officer", anonymity="unnamed official",
        fragments=["The problem", "is that the army cannot hold ground it clears"])
d.quote('"A young man with no bike has no work. The groups give him both,"',
        "a former mayor from the Ayorou area", "a former mayor from the Ayorou area", anonymity="anonymous")
d.quote("More than 100,000 people have fled their homes in Tillaberi since 2019",
        "regional directorate for humanitarian affairs", "the regional directorate for humanitarian affairs")
d.quote("The planned drawdown of France's Barkhane force could allow the groups to move more freely across the Malian border",
        "Ibrahim Yahaya Moussa", "Ibrahim Yahaya Moussa", mentions=[("too small,\" he said", "he")],
        role="security analyst")
d.quote('"Niger will be left to face a two-front war with an army that is still too small,"', "Ibrahim Yahaya Moussa",
        ("too small,\" he said", "he"), mentions=["Ibrahim Yahaya Moussa"], role="security analyst")
d.quote("they will recruit thousands more soldiers over the next five years", "officials in Niamey",
        "officials in Niamey", anonymity="unnamed official")
d.agg("512 violent incidents involving armed groups in Tillaberi between January and September this year",
      "violent incidents involving armed groups", "incidents", quantity=512, ps="2021-01-01", pe="2021-09-30",
      scope="Tillaberi", claimant="Sahel Programme researchers")
d.agg("up from 301 in the same period of 2020", "violent incidents involving armed groups", "incidents",
      quantity=301, ps="2020-01-01", pe="2020-09-30", scope="Tillaberi", claimant="Sahel Programme researchers")
d.agg("Attacks on civilians account for more than half of the total", "share of incidents that were attacks on civilians",
      "percent", quantity=50, low=50, qualifier="more than", ps="2021-01-01", pe="2021-09-30", scope="Tillaberi",
      claimant=None)
d.agg("is estimated to have between 1,000 and 1,500 fighters in the tri-border area", "fighters", "fighters",
      low=1000, high=1500, qualifier="between", scope="tri-border area", claimant=None)
d.agg("More than 100,000 people have fled their homes in Tillaberi since 2019", "people displaced", "people",
      quantity=100000, low=100000, qualifier="more than", ps="2019-01-01", pe=d.published, scope="Tillaberi",
      claimant="regional directorate for humanitarian affairs")
d.causal("Local self-defence militias, created because the army is so thinly spread,",
         "the army is so thinly spread", "Local self-defence militias, created",
         driver="security posture/deployment")
d.causal("Local self-defence militias, created because the army is so thinly spread, have fuelled reprisal killings between Zarma and Fulani communities.",
         "Local self-defence militias", "reprisal killings between Zarma and Fulani communities")
d.causal("The ban on motorcycles, imposed in 2017 to stop militants moving around, has crippled weekly markets",
         "The ban on motorcycles", "crippled weekly markets", driver="security posture/deployment")
d.causal("has crippled weekly markets, pushing some young men towards the groups",
         "crippled weekly markets", "pushing some young men towards the groups",
         driver="economic hardship/unemployment")
d.causal("The planned drawdown of France's Barkhane force could allow the groups to move more freely across the Malian border",
         "The planned drawdown of France's Barkhane force", "the groups to move more freely across the Malian border",
         driver="security posture/deployment", hedged=True, claimant="Ibrahim Yahaya Moussa")
DOCS.append(d)

# ---------------------------------------------------------------- authB-05 Mozambique, wire story (AP style)
MZ = "Mozambique"
CD = "Cabo Delgado"
d = Doc("authB-05", "Mozambique, Rwanda say troops retake village from insurgents in Cabo Delgado", "2021-10-06", """
PEMBA, Mozambique (AP) — Mozambican and Rwandan troops have retaken the village of Chai in Macomia district from Islamic State-linked insurgents, a Rwandan military spokesman said Wednesday, as the joint force pushes deeper into the forests of northern Cabo Delgado province.

The troops entered Chai on Monday after a two-day operation and killed eight insurgents, said Lt. Col. Emmanuel Habimana, the spokesman for the Rwandan contingent. He said no Rwandan soldiers had been killed. The claim could not be independently verified; journalists are barred from the conflict zone.

The operation came days after insurgents beheaded three farmers in a village in neighboring Meluco district on Saturday, according to a local administrator, Francisco Mussa. "They were working in their fields. The insurgents came out of the bush and took them," Mussa told The Associated Press. He said the attack had forced about 400 people to flee toward the district headquarters.

The rebels, known locally as al-Shabab though they have no known link to the Somali group of the same name, are affiliated with the Islamic State Central Africa Province. Since July, some 1,000 Rwandan soldiers and troops from southern African countries have helped Mozambique's army recapture the port town of Mocimboa da Praia, which the insurgents had held for a year.

Residents say many families are still afraid to return to Mocímboa da Praia because insurgents are hiding in the forests around it. "My house is standing, but the roof is gone and there is no food," said Abdul, a fisherman who gave only his first name. He spoke by phone from a camp outside Pemba.

The insurgency has killed more than 3,300 people since it began in October 2017, according to the Armed Conflict Location & Event Data Project, and has displaced over 800,000, according to the United Nations.

Analysts say the discovery of vast natural gas reserves off Cabo Delgado's coast fuelled resentment among young people in the mainly Muslim province, who saw few of the jobs promised by the government. The March attack on the town of Palma led the French energy company TotalEnergies to suspend work on its $20 billion liquefied natural gas project.

Mozambique's defense minister, Cristovao Mabunda, told lawmakers last week that the government wanted the gas project to restart "as soon as possible" and that security had improved. A diplomat in Maputo said a restart was unlikely before next year.
""")
mon = last_weekday(d.published, "Monday")
sat = last_weekday(d.published, "Saturday")
d.event(mon, "Battles", "Government regains territory", MZ, CD, "Chai", admin2="Macomia", prec=1,
        actor1="Military Forces of Mozambique (2015-)", actor1_alt=["Military Forces of Rwanda (2000-)"],
        actor2="Islamic State Central Africa Province", fatalities=8,
        evidence=["Mozambican and Rwandan troops have retaken the village of Chai in Macomia district",
                  "The troops entered Chai on Monday after a two-day operation and killed eight insurgents"])
d.event(sat, "Violence against civilians", "Attack", MZ, CD, "Meluco", admin2="Meluco", prec=2,
        actor1="Islamic State Central Africa Province", actor2="Civilians (Mozambique)", fatalities=3,
        evidence=["insurgents beheaded three farmers in a village in neighboring Meluco district on Saturday"])
d.quote("Mozambican and Rwandan troops have retaken the village of Chai in Macomia district from Islamic State-linked insurgents",
        "Emmanuel Habimana", "a Rwandan military spokesman", mentions=["Lt. Col. Emmanuel Habimana"],
        speaker_alt=["a Rwandan military spokesman"], role="spokesman", affiliation="Rwandan contingent")
d.quote("The troops entered Chai on Monday after a two-day operation and killed eight insurgents", "Emmanuel Habimana",
        "Lt. Col. Emmanuel Habimana", mentions=[("He said no Rwandan", "He")], role="spokesman",
        affiliation="Rwandan contingent")
d.quote("no Rwandan soldiers had been killed", "Emmanuel Habimana", ("He said no Rwandan", "He"),
        mentions=["Lt. Col. Emmanuel Habimana"], role="spokesman", affiliation="Rwandan contingent")
d.quote("insurgents beheaded three farmers in a village in neighboring Meluco district on Saturday", "Francisco Mussa",
        ("a local administrator, Francisco Mussa", "Francisco Mussa"),
        mentions=[("Mussa told The Associated Press", "Mussa"), ("He said the attack", "He")], role="local administrator")
d.quote('"They were working in their fields. The insurgents came out of the bush and took them,"', "Francisco Mussa",
        ("Mussa told The Associated Press", "Mussa"), mentions=[("a local administrator, Francisco Mussa", "Francisco Mussa")],
        role="local administrator")
d.quote("the attack had forced about 400 people to flee toward the district headquarters", "Francisco Mussa",
        ("He said the attack", "He"), mentions=[("Mussa told The Associated Press", "Mussa")], role="local administrator")
d.quote("many families are still afraid to return to Mocímboa da Praia because insurgents are hiding in the forests around it",
        "Residents", ("Residents say many families", "Residents"), anonymity="anonymous")
d.quote('"My house is standing, but the roof is gone and there is no food,"', "Abdul", ("said Abdul, a fisherman", "Abdul"),
        mentions=[("He spoke by phone", "He")], role="fisherman")
d.quote("The insurgency has killed more than 3,300 people since it began in October 2017",
        "Armed Conflict Location & Event Data Project", "the Armed Conflict Location & Event Data Project")
d.quote("has displaced over 800,000", "United Nations", "the United Nations")
d.quote("the discovery of vast natural gas reserves off Cabo Delgado's coast fuelled resentment among young people in the mainly Muslim province, who saw few of the jobs promised by the government",
        "Analysts", ("Analysts say the discovery", "Analysts"), anonymity="anonymous")
d.quote('that the government wanted the gas project to restart "as soon as possible" and that security had improved',
        "Cristovao Mabunda", "Cristovao Mabunda", role="defense minister", affiliation="Government of Mozambique")
d.quote("a restart was unlikely before next year", "A diplomat in Maputo", "A diplomat in Maputo",
        anonymity="unnamed official")
d.agg("The insurgency has killed more than 3,300 people since it began in October 2017", "people killed", "people",
      quantity=3300, low=3300, qualifier="more than", ps="2017-10-01", pe=d.published, scope="Cabo Delgado",
      claimant="Armed Conflict Location & Event Data Project")
d.agg("has displaced over 800,000", "people displaced", "people", quantity=800000, low=800000, qualifier="over",
      ps="2017-10-01", pe=d.published, scope="Cabo Delgado", claimant="United Nations")
d.causal("some 1,000 Rwandan soldiers and troops from southern African countries have helped Mozambique's army recapture the port town of Mocimboa da Praia",
         "some 1,000 Rwandan soldiers and troops from southern African countries",
         "Mozambique's army recapture the port town of Mocimboa da Praia", driver="external support")
d.causal("many families are still afraid to return to Mocímboa da Praia because insurgents are hiding in the forests around it",
         "insurgents are hiding in the forests around it", "many families are still afraid to return to Mocímboa da Praia",
         claimant="Residents")
d.causal("the discovery of vast natural gas reserves off Cabo Delgado's coast fuelled resentment among young people in the mainly Muslim province, who saw few of the jobs promised by the government",
         "the discovery of vast natural gas reserves off Cabo Delgado's coast", "resentment among young people",
         driver="economic hardship/unemployment", claimant="Analysts")
d.causal("The March attack on the town of Palma led the French energy company TotalEnergies to suspend work on its $20 billion liquefied natural gas project.",
         "The March attack on the town of Palma", "TotalEnergies to suspend work on its $20 billion liquefied natural gas project")
DOCS.append(d)

# ---------------------------------------------------------------- authB-06 DR Congo, wire story
CD_ = "Democratic Republic of Congo"
NK = "Nord-Kivu"
d = Doc("authB-06", "Rebels kill 18 villagers near Congo's Beni, sparking protests", "2020-01-30", """
BENI, Democratic Republic of Congo (Reuters) - Suspected Islamist rebels killed at least 18 villagers with machetes and guns overnight in a village outside Oicha in eastern Congo's North Kivu province, the army said on Thursday, the latest in a wave of massacres that has stoked anger against the government and U.N. peacekeepers.

Army spokesman Captain Jules Ngongo blamed the Allied Democratic Forces (ADF), a Ugandan armed group that has operated in the forests of eastern Congo since the 1990s. "The enemy attacked civilians who were sleeping, then fled into the bush before our units arrived," Ngongo said.

A local civil society leader, Pascal Muhindo, said his group had counted 24 bodies in the village of Mbimbi, about 12 km (7 miles) north of Oicha. "People are burying their children with their own hands," he said.

On Thursday morning, hundreds of residents of Beni blocked roads with burning tyres and threw stones at a U.N. vehicle, accusing the peacekeeping mission MONUSCO of failing to protect them. Police fired tear gas to disperse the crowd. One protester was shot dead, a nurse at Beni general hospital told Reuters.

MONUSCO said in a statement that it had sent patrols to the area and that it "shares the pain and anger of the population".

In neighbouring Ituri province, militiamen from the CODECO group attacked a camp for displaced people near Djugu on Monday, killing seven people, a spokesman for the provincial government said.

The ADF has killed more than 300 civilians since the army launched an offensive against its bases on Oct. 30, according to the Kivu Security Tracker, a research project that maps violence in the region.

Analysts say the rebels have stepped up attacks on civilians in retaliation for the offensive, and that the army lacks the troops to hold the areas it captures. Congo's government says the operation will continue until the group is destroyed.

The killings have also hampered efforts to end an Ebola epidemic that has killed more than 2,200 people since August 2018, because health workers cannot reach villages where attacks have taken place, the World Health Organization said last week.

Residents of Beni have held frequent protests since November, when a mob set fire to a U.N. base in the town after one of the deadliest attacks.
""")
thu = d.published
mon = last_weekday(d.published, "Monday")
d.event(thu, "Violence against civilians", "Attack", CD_, NK, "Mbimbi", location_alt=["Oicha"], admin1_alt=["North Kivu"],
        admin2="Beni", lat=0.70, lon=29.52, prec=2, actor1="ADF: Allied Democratic Forces",
        actor2="Civilians (Democratic Republic of Congo)", fatalities=18,
        fatalities_note="army at least 18 vs civil society 24: most conservative",
        note="invented village; coordinates of Oicha, 12 km away",
        evidence=["Suspected Islamist rebels killed at least 18 villagers with machetes and guns overnight",
                  "counted 24 bodies in the village of Mbimbi"])
d.event(thu, "Riots", "Violent demonstration", CD_, NK, "Beni", admin1_alt=["North Kivu"], admin2="Beni",
        lat=0.49, lon=29.47, prec=1, actor1="Rioters (Democratic Republic of Congo)",
        actor2="Police Forces of the Democratic Republic of Congo (2019-)", fatalities=1,
        sub_alt=["Excessive force against protesters"],
        evidence=["hundreds of residents of Beni blocked roads with burning tyres and threw stones at a U.N. vehicle",
                  "One protester was shot dead"])
d.event(mon, "Violence against civilians", "Attack", CD_, "Ituri", "Djugu", admin2="Djugu", lat=1.92, lon=30.50,
        prec=2, actor1="CODECO: Cooperative for Development of Congo", actor2="Civilians (Democratic Republic of Congo)",
        fatalities=7, evidence=["militiamen from the CODECO group attacked a camp for displaced people near Djugu on Monday, killing seven people"])
d.quote("Suspected Islamist rebels killed at least 18 villagers with machetes and guns overnight in a village outside Oicha in eastern Congo's North Kivu province",
        "Military Forces of the Democratic Republic of Congo", ("Kivu province, the army said", "the army"),
        speaker_alt=["the army"], affiliation="army")
d.quote('"The enemy attacked civilians who were sleeping, then fled into the bush before our units arrived,"',
        "Jules Ngongo", ("arrived,\" Ngongo said", "Ngongo"), mentions=["Army spokesman Captain Jules Ngongo"],
        role="army spokesman")
d.quote("his group had counted 24 bodies in the village of Mbimbi, about 12 km (7 miles) north of Oicha", "Pascal Muhindo",
        "Pascal Muhindo", mentions=[("own hands,\" he said", "he")], role="civil society leader")
d.quote('"People are burying their children with their own hands,"', "Pascal Muhindo", ("own hands,\" he said", "he"),
        mentions=["Pascal Muhindo"], role="civil society leader")
d.quote("One protester was shot dead", "a nurse at Beni general hospital", "a nurse at Beni general hospital",
        anonymity="unnamed official", role="nurse")
d.quote('that it had sent patrols to the area and that it "shares the pain and anger of the population"', "MONUSCO",
        ("MONUSCO said in a statement", "MONUSCO"), medium="statement")
d.quote("militiamen from the CODECO group attacked a camp for displaced people near Djugu on Monday, killing seven people",
        "a spokesman for the provincial government", "a spokesman for the provincial government",
        anonymity="unnamed official")
d.quote("The ADF has killed more than 300 civilians since the army launched an offensive against its bases on Oct. 30",
        "Kivu Security Tracker", "the Kivu Security Tracker")
d.quote("the rebels have stepped up attacks on civilians in retaliation for the offensive, and that the army lacks the troops to hold the areas it captures",
        "Analysts", ("Analysts say the rebels", "Analysts"), anonymity="anonymous")
d.quote("the operation will continue until the group is destroyed", "Government of the Democratic Republic of Congo",
        ("Congo's government says", "Congo's government"), speaker_alt=["Congo's government"])
d.quote("The killings have also hampered efforts to end an Ebola epidemic that has killed more than 2,200 people since August 2018, because health workers cannot reach villages where attacks have taken place",
        "World Health Organization", "the World Health Organization")
d.agg("The ADF has killed more than 300 civilians since the army launched an offensive against its bases on Oct. 30",
      "civilians killed", "people", quantity=300, low=300, qualifier="more than", ps="2019-10-30", pe=d.published,
      scope="North Kivu", claimant="Kivu Security Tracker")
d.causal("a wave of massacres that has stoked anger against the government and U.N. peacekeepers",
         "a wave of massacres", "anger against the government and U.N. peacekeepers")
d.causal("the rebels have stepped up attacks on civilians in retaliation for the offensive",
         "the offensive", "the rebels have stepped up attacks on civilians", claimant="Analysts")
d.causal("The killings have also hampered efforts to end an Ebola epidemic that has killed more than 2,200 people since August 2018, because health workers cannot reach villages where attacks have taken place",
         "The killings", "hampered efforts to end an Ebola epidemic", polarity="-", claimant="World Health Organization")
DOCS.append(d)

# ---------------------------------------------------------------- authB-07 Cameroon, local outlet, mostly politics
CM = "Cameroon"
d = Doc("authB-07", "National dialogue ends with call for 'special status' for Anglophone regions", "2019-10-05", """
YAOUNDÉ — Five days of talks on the crisis in Cameroon's two English-speaking regions closed on Friday with a recommendation that the North-West and South-West be granted a "special status", a proposal that separatist leaders immediately dismissed as too little, too late.

Some 600 delegates, including religious leaders, opposition politicians and former fighters, attended the dialogue at the Palais des Congrès in Yaoundé. Most separatist leaders, many of whom live abroad, stayed away because the government had ruled out any discussion of independence or a return to federalism.

The chairman of the talks, former minister Paul Ekane Mbella, said the recommendations would be submitted to the head of state "in the coming days". He described the dialogue as "a new beginning for our nation".

Delegates also called for the reconstruction of villages destroyed in the fighting and for an amnesty for fighters who lay down their weapons. The government announced on Thursday that charges against some 300 people detained in connection with the crisis would be dropped.

"A special status is a trick to keep us under Yaoundé's control," said Daniel Tabe Ndip, a spokesman for one of the separatist movements, in a message posted on social media from abroad. "The struggle will go on."

Cecilia Nkwenti, a delegate from Bamenda who heads a women's association, said the talks had at least allowed victims to be heard. "For the first time, mothers who lost their sons could speak in front of ministers," she said.

Even as the delegates met, fighting continued in the North-West. Soldiers clashed with separatist fighters in the Tobin neighbourhood of Kumbo on Thursday, killing three of them, a military source said. Residents said the shooting went on for most of the afternoon and that several houses were burnt.

The conflict began in late 2016 when lawyers and teachers protested against the growing use of French in courts and schools, and turned into an armed insurgency after the government cracked down on the protests. It has killed some 3,000 people and forced more than half a million from their homes, according to humanitarian groups.

Schools in many parts of the two regions have stayed closed for three years due to a boycott enforced by the separatists, who see the education system as a tool of assimilation.

Opposition parties said the dialogue would fail unless the army withdrew from the villages and the separatists were invited to direct talks.
""")
thu = last_weekday(d.published, "Thursday")
d.event(thu, "Battles", "Armed clash", CM, "Nord-Ouest", "Kumbo", admin1_alt=["North-West", "Northwest"],
        admin2="Bui", lat=6.20, lon=10.68, prec=1, actor1="Military Forces of Cameroon (1982-)",
        actor2="Ambazonian Separatists", fatalities=3,
        evidence=["Soldiers clashed with separatist fighters in the Tobin neighbourhood of Kumbo on Thursday, killing three of them"])
d.quote('the recommendations would be submitted to the head of state "in the coming days"', "Paul Ekane Mbella",
        "The chairman of the talks, former minister Paul Ekane Mbella", mentions=[("He described the dialogue", "He")],
        role="chairman of the talks")
d.quote('the dialogue as "a new beginning for our nation"', "Paul Ekane Mbella", ("He described the dialogue", "He"),
        mentions=["The chairman of the talks, former minister Paul Ekane Mbella"], role="chairman of the talks")
d.quote("charges against some 300 people detained in connection with the crisis would be dropped",
        "Government of Cameroon", ("The government announced on Thursday", "The government"),
        speaker_alt=["The government"])
d.quote("\"A special status is a trick to keep us under Yaoundé's control,\"", "Daniel Tabe Ndip",
        "Daniel Tabe Ndip", role="spokesman", affiliation="separatist movement", medium="social media")
d.quote('"The struggle will go on."', "Daniel Tabe Ndip", "Daniel Tabe Ndip", role="spokesman",
        affiliation="separatist movement", medium="social media")
d.quote("the talks had at least allowed victims to be heard", "Cecilia Nkwenti", "Cecilia Nkwenti",
        mentions=[("speak in front of ministers,\" she said", "she")], role="delegate")
d.quote('"For the first time, mothers who lost their sons could speak in front of ministers,"', "Cecilia Nkwenti",
        ("speak in front of ministers,\" she said", "she"), mentions=["Cecilia Nkwenti"], role="delegate")
d.quote("Soldiers clashed with separatist fighters in the Tobin neighbourhood of Kumbo on Thursday, killing three of them",
        "a military source", "a military source", anonymity="unnamed official")
d.quote("the shooting went on for most of the afternoon and that several houses were burnt", "Residents",
        ("Residents said the shooting", "Residents"), anonymity="anonymous")
d.quote("It has killed some 3,000 people and forced more than half a million from their homes", "humanitarian groups",
        "humanitarian groups", anonymity="anonymous")
d.quote("the dialogue would fail unless the army withdrew from the villages and the separatists were invited to direct talks",
        "Opposition parties", ("Opposition parties said", "Opposition parties"), anonymity="anonymous")
d.agg("It has killed some 3,000 people", "people killed", "people", quantity=3000, qualifier="some",
      ps="2016-10-01", pe=d.published, scope="North-West and South-West regions", claimant="humanitarian groups")
d.agg("forced more than half a million from their homes", "people displaced", "people", quantity=500000, low=500000,
      qualifier="more than", ps="2016-10-01", pe=d.published, scope="North-West and South-West regions",
      claimant="humanitarian groups")
d.causal("Most separatist leaders, many of whom live abroad, stayed away because the government had ruled out any discussion of independence or a return to federalism.",
         "the government had ruled out any discussion of independence or a return to federalism",
         "Most separatist leaders, many of whom live abroad, stayed away", driver=None)
d.causal("the talks had at least allowed victims to be heard", "the talks", "victims to be heard",
         claimant="Cecilia Nkwenti")
d.causal("Schools in many parts of the two regions have stayed closed for three years due to a boycott enforced by the separatists",
         "a boycott enforced by the separatists", "Schools in many parts of the two regions have stayed closed for three years")
DOCS.append(d)

# ---------------------------------------------------------------- authB-08 Myanmar, independent outlet
MM = "Myanmar"
d = Doc("authB-08", "Junta air strike kills 11 in Sagaing village as resistance gains ground in northern Shan", "2023-11-15", """
A military air strike on a village in Sagaing Region killed 11 civilians, four of them children, on Monday afternoon, residents and a local resistance group said, as Myanmar's junta struggles to contain a coordinated offensive by ethnic armed groups along the Chinese border.

Two jets dropped bombs on Nyaung Pin Wun village (Kani township, Sagaing Region) at around 3 pm, hitting a monastery where displaced families were sheltering, a villager who helped recover the bodies told our reporter. "We pulled out the monk and two little girls from under the roof. The others we could not recognise," he said, asking that his name be withheld for fear of reprisals.

The local People's Defence Force (PDF) said the strike also wounded 17 people. The junta's information team said in a statement that its air force had targeted "a terrorist training camp" in the area and denied that civilians had been hit.

The military has increasingly relied on air power because it has lost control of many roads in the country's central dry zone to resistance forces. Sagaing Region has seen some of the heaviest bombing since the 2021 coup.

Meanwhile, in northern Shan State, the Myanmar National Democratic Alliance Army (MNDAA) said on Tuesday that its fighters had captured a junta battalion headquarters on the outskirts of Kunlong late on Monday after three days of fighting. Photos posted by the group showed fighters raising their flag over the base. The military did not comment on the report.

The MNDAA, the Ta'ang National Liberation Army and the Arakan Army launched what they call Operation 1027 on October 27. The alliance says it has seized more than 150 military positions and several towns since then, including key crossings on the border with China.

The fighting has shut most of the border trade routes, causing fuel and rice prices to jump in Lashio and other towns in northern Shan, traders said.

In western Rakhine State, Arakan Army fighters attacked two police outposts in Minbya township early on Monday, ending an informal ceasefire that had held for a year, local media reported. There was no information on casualties.

Min Thu Aung, a researcher at a Yangon-based think tank who asked that his institution not be named, said the offensive had "punctured the myth of the military's invincibility". He said junta soldiers were surrendering in larger numbers because many units were under strength and had not been paid.

Since the coup, the security forces have killed more than 4,100 civilians, according to the Assistance Association for Political Prisoners, and the United Nations says over two million people have been displaced across the country.

China, which has long backed the junta, called on all sides this week to cease fire and protect the safety of Chinese citizens.
""")
mon = last_weekday(d.published, "Monday")
d.event(mon, "Explosions/Remote violence", "Air/drone strike", MM, "Sagaing", "Nyaung Pin Wun", admin2=None,
        location_alt=["Kani"], prec=1, actor1="Military Forces of Myanmar (2021-)", actor2="Civilians (Myanmar)",
        fatalities=11, injured=17, note="invented village; no coordinates",
        evidence=["A military air strike on a village in Sagaing Region killed 11 civilians",
                  "Two jets dropped bombs on Nyaung Pin Wun village (Kani township, Sagaing Region)"])
d.event(mon, "Battles", "Non-state actor overtakes territory", MM, "Shan-North", "Kunlong",
        admin1_alt=["Shan", "Shan State", "Northern Shan"], admin2=None, prec=2,
        actor1="MNDAA: Myanmar National Democratic Alliance Army", actor2="Military Forces of Myanmar (2021-)",
        fatalities=0, sub_alt=["Armed clash"],
        evidence=["its fighters had captured a junta battalion headquarters on the outskirts of Kunlong late on Monday"])
d.event(mon, "Battles", "Armed clash", MM, "Rakhine", "Minbya", admin2="Mrauk-U", lat=20.37, lon=93.27, prec=2,
        actor1="AA: Arakan Army", actor2="Police Forces of Myanmar (2021-)", fatalities=0,
        evidence=["Arakan Army fighters attacked two police outposts in Minbya township early on Monday"])
vil = "he said, asking that his name be withheld"
d.quote("A military air strike on a village in Sagaing Region killed 11 civilians, four of them children, on Monday afternoon",
        "residents and a local resistance group", "residents and a local resistance group", anonymity="anonymous")
d.quote("Two jets dropped bombs on Nyaung Pin Wun village (Kani township, Sagaing Region) at around 3 pm, hitting a monastery where displaced families were sheltering",
        "a villager who helped recover the bodies", "a villager who helped recover the bodies", anonymity="anonymous",
        mentions=[(vil, "he")])
d.quote('"We pulled out the monk and two little girls from under the roof. The others we could not recognise,"',
        "a villager who helped recover the bodies", (vil, "he"), anonymity="anonymous",
        mentions=["a villager who helped recover the bodies"])
d.quote("the strike also wounded 17 people", "People's Defence Force", ("The local People's Defence Force (PDF)", "The local People's Defence Force"),
        speaker_alt=["PDF"], affiliation="People's Defence Force")
d.quote('its air force had targeted "a terrorist training camp" in the area', "junta's information team",
        ("The junta's information team said", "The junta's information team"), medium="statement")
d.quote("that civilians had been hit", "junta's information team",
        ("The junta's information team said", "The junta's information team"), medium="statement")
d.quote("its fighters had captured a junta battalion headquarters on the outskirts of Kunlong late on Monday after three days of fighting",
        "Myanmar National Democratic Alliance Army", "the Myanmar National Democratic Alliance Army (MNDAA)")
d.quote("it has seized more than 150 military positions and several towns since then, including key crossings on the border with China",
        "Three Brotherhood Alliance", ("The alliance says", "The alliance"), speaker_alt=["The alliance"])
d.quote("The fighting has shut most of the border trade routes, causing fuel and rice prices to jump in Lashio and other towns in northern Shan",
        "traders", ("northern Shan, traders said", "traders"), anonymity="anonymous")
d.quote("Arakan Army fighters attacked two police outposts in Minbya township early on Monday, ending an informal ceasefire that had held for a year",
        "local media", ("local media reported", "local media"), anonymity="anonymous")
d.quote('the offensive had "punctured the myth of the military\'s invincibility"', "Min Thu Aung", "Min Thu Aung",
        mentions=[("He said junta soldiers", "He")], role="researcher", affiliation="think tank")
d.quote("junta soldiers were surrendering in larger numbers because many units were under strength and had not been paid",
        "Min Thu Aung", ("He said junta soldiers", "He"), mentions=["Min Thu Aung"], role="researcher")
d.quote("Since the coup, the security forces have killed more than 4,100 civilians", "Assistance Association for Political Prisoners",
        "the Assistance Association for Political Prisoners")
d.quote("over two million people have been displaced across the country", "United Nations",
        ("the United Nations says", "the United Nations"))
d.agg("The alliance says it has seized more than 150 military positions and several towns since then",
      "military positions seized", "positions", quantity=150, low=150, qualifier="more than", ps="2023-10-27",
      pe=d.published, scope="northern Shan", claimant="Three Brotherhood Alliance")
d.agg("Since the coup, the security forces have killed more than 4,100 civilians", "civilians killed", "people",
      quantity=4100, low=4100, qualifier="more than", ps="2021-02-01", pe=d.published, scope="Myanmar",
      claimant="Assistance Association for Political Prisoners")
d.agg("over two million people have been displaced across the country", "people displaced", "people",
      quantity=2000000, low=2000000, qualifier="over", scope="Myanmar", claimant="United Nations")
d.causal("Arakan Army fighters attacked two police outposts in Minbya township early on Monday, ending an informal ceasefire that had held for a year",
         "Arakan Army fighters attacked two police outposts in Minbya township early on Monday",
         "ending an informal ceasefire that had held for a year", claimant="local media")
d.causal("The military has increasingly relied on air power because it has lost control of many roads in the country's central dry zone to resistance forces.",
         "it has lost control of many roads in the country's central dry zone to resistance forces",
         "The military has increasingly relied on air power")
d.causal("The fighting has shut most of the border trade routes, causing fuel and rice prices to jump in Lashio and other towns in northern Shan",
         "The fighting has shut most of the border trade routes", "fuel and rice prices to jump in Lashio and other towns in northern Shan",
         claimant="traders")
d.causal("junta soldiers were surrendering in larger numbers because many units were under strength and had not been paid",
         "many units were under strength and had not been paid", "junta soldiers were surrendering in larger numbers",
         claimant="Min Thu Aung")
DOCS.append(d)

# ---------------------------------------------------------------- authB-09 Colombia, wire story (AFP style)
CO = "Colombia"
d = Doc("authB-09", "Colombia: car bomb, clashes and kidnapping test Petro's 'total peace'", "2024-03-18", """
BOGOTA, March 18 (AFP) - A motorcycle bomb exploded outside a police station in the southwestern town of Jamundi on Sunday, wounding four officers and two passers-by, in an attack the authorities blamed on dissidents of the former FARC guerrilla.

The device, hidden in the saddlebag of a motorcycle parked across the street, blew out the station's windows shortly after 7 am, the Valle del Cauca police commander, Colonel Andres Felipe Rojas, told reporters. "It was meant to kill. Only the early hour saved lives," he said.

Jamundi, just south of Cali, lies on a corridor used to move cocaine from the mountains of Cauca to the Pacific coast. Rojas said the bombing was carried out in retaliation for the arrest of a local commander of the Jaime Martinez front last month.

In neighbouring Cauca department, soldiers clashed with fighters of the Dagoberto Ramos front in rural Suarez on Friday, and two rebels were killed, the army said. The two fronts belong to the Estado Mayor Central (EMC), the largest faction of FARC dissidents that rejected the 2016 peace deal.

Further east, gunmen kidnapped a municipal councillor in Tame, in Arauca department near the Venezuelan border, on Thursday as he drove home from a council session, his party said. No group has claimed the abduction, but both the ELN guerrilla and FARC dissidents operate in the area.

The violence came days after President Gustavo Petro suspended a ceasefire with the EMC in Cauca, Valle del Cauca and Narino in response to the killing of an Indigenous leader by the group. Talks with the EMC continue in other regions.

The deputy defence minister, Camilo Arango, has said the ceasefire allowed the dissidents to recruit and expand into areas they had left. Human rights groups have made the same complaint. "Every truce becomes a chance to regroup," said Leonor Zambrano, a researcher at a Bogota-based peace foundation.

The EMC is estimated to have about 3,500 fighters, according to military intelligence. Its revenues from coca and illegal gold mining have allowed it to recruit hundreds of minors in Cauca, the ombudsman's office warned in a report this month.

At least 180 social leaders and human rights defenders were killed in Colombia last year, according to the think tank Indepaz.

Petro, a former guerrilla who took office in 2022, has staked his presidency on what he calls "total peace", a series of negotiations with armed groups so as to end six decades of conflict. Critics say the policy has given the groups breathing space. "The state has lost ground it had won at great cost," said opposition senator Lucia Restrepo Gil.

A government negotiator, speaking on condition of anonymity, said a new round of talks with the ELN would open in Caracas next month.
""")
sun = last_weekday(d.published, "Sunday")
fri = last_weekday(d.published, "Friday")
thu = last_weekday(d.published, "Thursday")
d.event(sun, "Explosions/Remote violence", "Remote explosive/landmine/IED", CO, "Valle del Cauca", "Jamundi",
        location_alt=["Jamundí"], admin2="Jamundi", lat=3.26, lon=-76.54, prec=1,
        actor1="FARC Dissidents (Colombia) - EMC: Central General Staff", actor2="Police Forces of Colombia (2022-)",
        fatalities=0, injured=6,
        evidence=["A motorcycle bomb exploded outside a police station in the southwestern town of Jamundi on Sunday"])
d.event(fri, "Battles", "Armed clash", CO, "Cauca", "Suarez", location_alt=["Suárez"], admin2="Suarez",
        lat=2.95, lon=-76.69, prec=2, actor1="Military Forces of Colombia (2022-)",
        actor2="FARC Dissidents (Colombia) - EMC: Central General Staff", fatalities=2,
        evidence=["soldiers clashed with fighters of the Dagoberto Ramos front in rural Suarez on Friday, and two rebels were killed"])
d.event(thu, "Violence against civilians", "Abduction/forced disappearance", CO, "Arauca", "Tame", admin2="Tame",
        lat=6.46, lon=-71.74, prec=1, actor1="Unidentified Armed Group (Colombia)",
        actor1_alt=["ELN: National Liberation Army", "FARC Dissidents (Colombia)"], actor2="Civilians (Colombia)",
        fatalities=0, evidence=["gunmen kidnapped a municipal councillor in Tame"])
d.quote("The device, hidden in the saddlebag of a motorcycle parked across the street, blew out the station's windows shortly after 7 am",
        "Andres Felipe Rojas", "Colonel Andres Felipe Rojas", mentions=[("saved lives,\" he said", "he"), ("Rojas said the bombing", "Rojas")],
        role="police commander", affiliation="Valle del Cauca police")
d.quote('"It was meant to kill. Only the early hour saved lives,"', "Andres Felipe Rojas", ("saved lives,\" he said", "he"),
        mentions=["Colonel Andres Felipe Rojas"], role="police commander", affiliation="Valle del Cauca police")
d.quote("the bombing was carried out in retaliation for the arrest of a local commander of the Jaime Martinez front last month",
        "Andres Felipe Rojas", ("Rojas said the bombing", "Rojas"), mentions=["Colonel Andres Felipe Rojas"],
        role="police commander", affiliation="Valle del Cauca police")
d.quote("soldiers clashed with fighters of the Dagoberto Ramos front in rural Suarez on Friday, and two rebels were killed",
        "Military Forces of Colombia", ("rebels were killed, the army said", "the army"), speaker_alt=["the army"])
d.quote("gunmen kidnapped a municipal councillor in Tame, in Arauca department near the Venezuelan border, on Thursday as he drove home from a council session",
        "his party", ("council session, his party said", "his party"), anonymity="anonymous")
d.quote("the ceasefire allowed the dissidents to recruit and expand into areas they had left", "Camilo Arango",
        "Camilo Arango", role="deputy defence minister")
d.quote('"Every truce becomes a chance to regroup,"', "Leonor Zambrano", "Leonor Zambrano", role="researcher",
        affiliation="peace foundation")
d.quote("The EMC is estimated to have about 3,500 fighters", "military intelligence", "military intelligence",
        anonymity="unnamed official")
d.quote("Its revenues from coca and illegal gold mining have allowed it to recruit hundreds of minors in Cauca",
        "ombudsman's office", "the ombudsman's office", medium="report")
d.quote("At least 180 social leaders and human rights defenders were killed in Colombia last year", "Indepaz",
        "the think tank Indepaz")
d.quote("the policy has given the groups breathing space", "Critics", ("Critics say", "Critics"), anonymity="anonymous")
d.quote('"The state has lost ground it had won at great cost,"', "Lucia Restrepo Gil", "opposition senator Lucia Restrepo Gil",
        role="senator", affiliation="opposition")
d.quote("a new round of talks with the ELN would open in Caracas next month", "A government negotiator",
        "A government negotiator", anonymity="unnamed official")
d.agg("The EMC is estimated to have about 3,500 fighters", "fighters", "fighters", quantity=3500, qualifier="about",
      scope="Estado Mayor Central", claimant="military intelligence")
d.agg("At least 180 social leaders and human rights defenders were killed in Colombia last year",
      "social leaders and human rights defenders killed", "people", quantity=180, low=180, qualifier="at least",
      ps="2023-01-01", pe="2023-12-31", scope="Colombia", claimant="Indepaz")
d.causal("the bombing was carried out in retaliation for the arrest of a local commander of the Jaime Martinez front last month",
         "the arrest of a local commander of the Jaime Martinez front last month", "the bombing was carried out",
         claimant="Andres Felipe Rojas")
d.causal("President Gustavo Petro suspended a ceasefire with the EMC in Cauca, Valle del Cauca and Narino in response to the killing of an Indigenous leader by the group",
         "the killing of an Indigenous leader by the group",
         "President Gustavo Petro suspended a ceasefire with the EMC in Cauca, Valle del Cauca and Narino")
d.causal("the ceasefire allowed the dissidents to recruit and expand into areas they had left", "the ceasefire",
         "the dissidents to recruit and expand into areas they had left", driver="security posture/deployment",
         claimant="Camilo Arango")
d.causal("Its revenues from coca and illegal gold mining have allowed it to recruit hundreds of minors in Cauca",
         "Its revenues from coca and illegal gold mining", "recruit hundreds of minors in Cauca",
         claimant="ombudsman's office")
d.causal("a series of negotiations with armed groups so as to end six decades of conflict",
         "a series of negotiations with armed groups", "end six decades of conflict", polarity="-")
DOCS.append(d)

# ---------------------------------------------------------------- authB-10 Philippines (Mindanao), wire story
PH = "Philippines"
BARMM = "Bangsamoro Autonomous Region in Muslim Mindanao"
BALT = ["BARMM", "Bangsamoro", "ARMM", "Autonomous Region in Muslim Mindanao"]
d = Doc("authB-10", "Philippine troops, jets pound pro-IS militants in Lanao del Sur; bus bomb kills two", "2023-03-02", """
COTABATO CITY, Philippines (Reuters) - Philippine troops backed by air strikes and artillery attacked a camp of Islamic State-linked militants in the mountains of Lanao del Sur province on Tuesday, killing five fighters, the military said on Thursday.

Soldiers of the army's 103rd Infantry Brigade fought a group of about 30 members of the Dawlah Islamiyah-Maute group for several hours near the village of Bayabao in Piagapo town, while FA-50 fighter jets bombed positions on a ridge above the camp, brigade commander Brigadier General Ramon Dizon told reporters.

"The enemy was caught by surprise. They left behind weapons, bomb-making materials and food," Dizon said. Three soldiers were wounded in the ground fighting, he said. Five militants were killed in the operation, but the army did not say how many died in the air strikes.

A day later, on Wednesday, a homemade bomb exploded on a passenger bus as it stopped at a terminal in Parang town, Maguindanao del Norte province, killing two passengers and wounding nine, police said.

Police Lieutenant Colonel Nasser Ampatuan, the Parang police chief, said investigators were looking at whether the bombing was in retaliation for the offensive in Lanao del Sur. "We are not ruling out any group," he said. Bus companies in the region have in the past been targeted by extortion gangs.

The militants, who have pledged allegiance to Islamic State and are referred to by the group as part of its East Asia Province, are the remnants of the fighters who occupied the city of Marawi in 2017. The five-month battle to retake Marawi killed more than 1,100 people, most of them militants, and left the city centre in ruins.

Military officials say the Dawlah Islamiyah has fewer than 100 armed fighters left in Lanao del Sur, down from several hundred in 2018. But the group has been able to survive because the rugged, forested terrain around Lake Lanao offers hiding places that are hard to reach.

Security analysts also warn that delays in the decommissioning of former fighters of the Moro Islamic Liberation Front (MILF), which signed a peace deal with Manila in 2014, could push some of them towards the militants. "Thousands of ex-combatants are still waiting for the livelihood packages they were promised," said Ahmad Balindong, a researcher at a Cotabato-based peace institute. "That is fertile ground for recruiters."

The MILF now leads the interim government of the Bangsamoro Autonomous Region in Muslim Mindanao, which is due to hold its first parliamentary elections in 2025.

The United States, a treaty ally, has provided surveillance drones and training to Philippine forces fighting the militants in the south.
""")
tue = last_weekday(d.published, "Tuesday")
wed = last_weekday(d.published, "Wednesday")
d.event(tue, "Battles", "Armed clash", PH, BARMM, "Piagapo", admin1_alt=BALT + ["Lanao del Sur"], admin2="Lanao del Sur",
        location_alt=["Bayabao"], lat=8.00, lon=124.22, prec=2, actor1="Military Forces of the Philippines (2022-)",
        actor2="Dawlah Islamiyah", fatalities=None, injured=3,
        fatalities_note="five militants killed in the operation, not apportioned between the clash and the air strikes",
        evidence=["Soldiers of the army's 103rd Infantry Brigade fought a group of about 30 members of the Dawlah Islamiyah-Maute group for several hours near the village of Bayabao in Piagapo town",
                  "Five militants were killed in the operation"])
d.event(tue, "Explosions/Remote violence", "Air/drone strike", PH, BARMM, "Piagapo", admin1_alt=BALT + ["Lanao del Sur"],
        admin2="Lanao del Sur", lat=8.00, lon=124.22, prec=2, actor1="Military Forces of the Philippines (2022-)",
        actor2="Dawlah Islamiyah", fatalities=None,
        fatalities_note="five militants killed in the operation, not apportioned between the clash and the air strikes",
        evidence=["FA-50 fighter jets bombed positions on a ridge above the camp"])
d.event(wed, "Explosions/Remote violence", "Remote explosive/landmine/IED", PH, BARMM, "Parang",
        admin1_alt=BALT + ["Maguindanao", "Maguindanao del Norte"], admin2="Maguindanao del Norte", lat=7.37, lon=124.27,
        prec=1, actor1="Unidentified Armed Group (Philippines)", actor2="Civilians (Philippines)", fatalities=2, injured=9,
        evidence=["a homemade bomb exploded on a passenger bus as it stopped at a terminal in Parang town"])
dz = ("food,\" Dizon said", "Dizon")
d.quote("Philippine troops backed by air strikes and artillery attacked a camp of Islamic State-linked militants in the mountains of Lanao del Sur province on Tuesday, killing five fighters",
        "Armed Forces of the Philippines", ("the military said on Thursday", "the military"), speaker_alt=["the military"])
d.quote("Soldiers of the army's 103rd Infantry Brigade fought a group of about 30 members of the Dawlah Islamiyah-Maute group for several hours near the village of Bayabao in Piagapo town, while FA-50 fighter jets bombed positions on a ridge above the camp",
        "Ramon Dizon", "brigade commander Brigadier General Ramon Dizon", mentions=[dz], role="brigade commander",
        affiliation="103rd Infantry Brigade")
d.quote('"The enemy was caught by surprise. They left behind weapons, bomb-making materials and food,"', "Ramon Dizon", dz,
        mentions=["brigade commander Brigadier General Ramon Dizon"], role="brigade commander")
d.quote("Three soldiers were wounded in the ground fighting", "Ramon Dizon", ("ground fighting, he said", "he"),
        mentions=[dz, "brigade commander Brigadier General Ramon Dizon"], role="brigade commander")
d.quote("a homemade bomb exploded on a passenger bus as it stopped at a terminal in Parang town, Maguindanao del Norte province, killing two passengers and wounding nine",
        "police", ("wounding nine, police said", "police"), anonymity="unnamed official")
d.quote("investigators were looking at whether the bombing was in retaliation for the offensive in Lanao del Sur",
        "Nasser Ampatuan", "Police Lieutenant Colonel Nasser Ampatuan", mentions=[("any group,\" he said", "he")],
        role="police chief", affiliation="Parang police")
d.quote('"We are not ruling out any group,"', "Nasser Ampatuan", ("any group,\" he said", "he"),
        mentions=["Police Lieutenant Colonel Nasser Ampatuan"], role="police chief", affiliation="Parang police")
d.quote("the Dawlah Islamiyah has fewer than 100 armed fighters left in Lanao del Sur, down from several hundred in 2018",
        "Military officials", ("Military officials say", "Military officials"), anonymity="unnamed official")
d.quote("delays in the decommissioning of former fighters of the Moro Islamic Liberation Front (MILF), which signed a peace deal with Manila in 2014, could push some of them towards the militants",
        "Security analysts", ("Security analysts also warn", "Security analysts"), anonymity="anonymous")
d.quote('"Thousands of ex-combatants are still waiting for the livelihood packages they were promised,"', "Ahmad Balindong",
        "Ahmad Balindong", role="researcher", affiliation="peace institute")
d.quote('"That is fertile ground for recruiters."', "Ahmad Balindong", "Ahmad Balindong", role="researcher",
        affiliation="peace institute")
d.agg("The five-month battle to retake Marawi killed more than 1,100 people, most of them militants",
      "people killed", "people", quantity=1100, low=1100, qualifier="more than", ps="2017-05-23", pe="2017-10-23",
      scope="Marawi", claimant=None)
d.agg("the Dawlah Islamiyah has fewer than 100 armed fighters left in Lanao del Sur", "fighters", "fighters",
      quantity=100, high=100, qualifier="fewer than", scope="Lanao del Sur", claimant="Military officials")
d.causal("the group has been able to survive because the rugged, forested terrain around Lake Lanao offers hiding places that are hard to reach",
         "the rugged, forested terrain around Lake Lanao offers hiding places that are hard to reach",
         "the group has been able to survive", driver="terrain/safe havens")
d.causal("delays in the decommissioning of former fighters of the Moro Islamic Liberation Front (MILF), which signed a peace deal with Manila in 2014, could push some of them towards the militants",
         "delays in the decommissioning of former fighters of the Moro Islamic Liberation Front (MILF)",
         "push some of them towards the militants", driver="displacement/camps/reintegration", hedged=True,
         claimant="Security analysts")
DOCS.append(d)

# ---------------------------------------------------------------- authB-11 India (Kashmir), political piece, no event
d = Doc("authB-11", "In Kashmir's first assembly vote in a decade, security fears shadow the campaign", "2024-09-20", """
SRINAGAR — Voters in Jammu and Kashmir are choosing a state assembly for the first time in ten years, and for the first time since New Delhi stripped the region of its special constitutional status and split it into two federally administered territories in August 2019.

Party workers say turnout in the first phase, held in the south of the Kashmir valley, was higher than many had expected. Officials put it at close to 60 percent in some constituencies that had seen near-total boycotts in past elections.

But the campaign has been overshadowed by a shift in militant violence from the valley to the forested hills south of the Pir Panjal range in the Jammu region, which had been largely peaceful for nearly two decades.

Since May, at least 14 soldiers and policemen have been killed in ambushes in the Jammu region, according to figures compiled by the police. In June, gunmen opened fire on a bus carrying Hindu pilgrims near Reasi, sending it plunging into a gorge and killing nine people. In July, four soldiers, among them a captain, were killed in a gunfight in the forests of Doda district.

A senior police officer in Jammu, who spoke on condition of anonymity because he was not authorised to speak to reporters, said the militants were small, highly trained groups of three to five men. "They know the forest better than our boys do," he said. The dense forests and steep ravines have allowed the groups to ambush patrols and disappear, he added.

Security analyst Rohan Mehta said that the thinning of troops in the Jammu region, after several units were moved to the border with China following clashes in Ladakh in 2020, had created gaps that the militants exploited.

The government says militancy has declined sharply since 2019, and points to a fall in the number of local young men joining armed groups. The Home Ministry estimates that fewer than 80 militants remain active in the territory, most of them from Pakistan.

Opposition leaders dispute that picture. "Violence has not ended, it has moved," said Farhat Lone, a candidate of a regional party in the Anantnag area. She said the loss of statehood had fuelled a sense of humiliation among young people, and that unemployment was the biggest issue in the villages she had visited.

Pakistan, which claims the region, denies arming or training militants. India has accused Islamabad of sending fighters across the Line of Control.

The Election Commission has deployed additional paramilitary companies for the remaining two phases, and candidates in the Jammu hills campaign with armed escorts. If violence disrupts the vote in those constituencies, officials say, polling could be rescheduled there.

The new assembly will have limited powers: police and public order will remain with the lieutenant governor appointed by New Delhi, unless statehood is restored.
""")
d.quote("turnout in the first phase, held in the south of the Kashmir valley, was higher than many had expected",
        "Party workers", ("Party workers say", "Party workers"), anonymity="anonymous")
d.quote("Officials put it at close to 60 percent in some constituencies that had seen near-total boycotts in past elections"[len("Officials put "):],
        "Officials", ("Officials put it", "Officials"), anonymity="unnamed official")
d.quote("at least 14 soldiers and policemen have been killed in ambushes in the Jammu region", "police",
        ("figures compiled by the police", "the police"), anonymity="unnamed official")
d.quote("the militants were small, highly trained groups of three to five men", "A senior police officer in Jammu",
        "A senior police officer in Jammu", anonymity="unnamed official",
        mentions=[("our boys do,\" he said", "he"), ("disappear, he added", "he")])
d.quote('"They know the forest better than our boys do,"', "A senior police officer in Jammu",
        ("our boys do,\" he said", "he"), anonymity="unnamed official", mentions=["A senior police officer in Jammu"])
d.quote("The dense forests and steep ravines have allowed the groups to ambush patrols and disappear",
        "A senior police officer in Jammu", ("disappear, he added", "he"), anonymity="unnamed official",
        mentions=["A senior police officer in Jammu"])
d.quote("that the thinning of troops in the Jammu region, after several units were moved to the border with China following clashes in Ladakh in 2020, had created gaps that the militants exploited",
        "Rohan Mehta", "Security analyst Rohan Mehta", role="security analyst")
d.quote("militancy has declined sharply since 2019", "Government of India", ("The government says", "The government"),
        speaker_alt=["The government"])
d.quote("fewer than 80 militants remain active in the territory, most of them from Pakistan", "Home Ministry",
        "The Home Ministry")
d.quote('"Violence has not ended, it has moved,"', "Farhat Lone", "Farhat Lone",
        mentions=[("She said the loss of statehood", "She")], role="candidate", affiliation="regional party")
d.quote("the loss of statehood had fuelled a sense of humiliation among young people, and that unemployment was the biggest issue in the villages she had visited",
        "Farhat Lone", ("She said the loss of statehood", "She"), mentions=["Farhat Lone"], role="candidate",
        affiliation="regional party")
d.quote("arming or training militants", "Pakistan", ("Pakistan, which claims the region, denies", "Pakistan"))
d.quote(None, "officials", ("officials say,", "officials"), anonymity="unnamed official",
        fragments=["If violence disrupts the vote in those constituencies", "polling could be rescheduled there"])
d.agg("Since May, at least 14 soldiers and policemen have been killed in ambushes in the Jammu region",
      "soldiers and policemen killed", "people", quantity=14, low=14, qualifier="at least", ps="2024-05-01",
      pe=d.published, scope="Jammu region", claimant="police")
d.agg("fewer than 80 militants remain active in the territory", "active militants", "fighters", quantity=80, high=80,
      qualifier="fewer than", scope="Jammu and Kashmir", claimant="Home Ministry")
d.causal("who spoke on condition of anonymity because he was not authorised to speak to reporters",
         "he was not authorised to speak to reporters", "spoke on condition of anonymity")
d.causal("The dense forests and steep ravines have allowed the groups to ambush patrols and disappear",
         "The dense forests and steep ravines", "the groups to ambush patrols and disappear",
         driver="terrain/safe havens", claimant="A senior police officer in Jammu")
d.causal("the thinning of troops in the Jammu region, after several units were moved to the border with China following clashes in Ladakh in 2020, had created gaps that the militants exploited",
         "the thinning of troops in the Jammu region", "had created gaps that the militants exploited",
         driver="security posture/deployment", claimant="Rohan Mehta")
d.causal("the loss of statehood had fuelled a sense of humiliation among young people", "the loss of statehood",
         "a sense of humiliation among young people", driver="governance/corruption", claimant="Farhat Lone")
DOCS.append(d)

# ---------------------------------------------------------------- authB-12 weekly roundup (monitor style)
d = Doc("authB-12", "Weekly overview: Central Sahel and Lake Chad, 2-8 April 2022", "2022-04-09", """
Sahel Security Monitor | Weekly overview | 2-8 April 2022

Key trends: Our team recorded 97 political violence events across the Central Sahel and the Lake Chad Basin this week, a 15 percent drop from the previous week. Civilian fatalities fell, but militant pressure on government positions in northern Burkina Faso remained high. Reported fatalities totalled at least 210, most of them militants killed in Nigerian air strikes.

Burkina Faso: On 3 April, militants of the Al-Qaeda-affiliated Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked a gendarmerie post in Arbinda (Soum province, Sahel region), killing six gendarmes. The army said reinforcements and air support forced the assailants to withdraw. The attack follows the seizure of the post's supply route by militants in March, which has left the town dependent on military helicopters for food. The new government has pledged to retake control of the route within three months.

Mali: On 4 April, several thousand people rallied peacefully in Bamako's Independence Square in support of the transitional authorities and against the sanctions imposed by the regional bloc ECOWAS. The organisers said the sanctions had caused shortages of fuel and medicine. Separately, in the Menaka region, Islamic State Sahel Province fighters have continued to attack Tuareg and Daoussahak camps; local sources estimate that over 300 civilians have been killed there since early March, though the figure could not be verified.

Niger: On 5 April, suspected Islamic State Sahel Province militants on motorcycles killed eight civilians at a weekly market near Ouallam (Tillaberi region). A local official said the victims had refused to pay zakat, a tax that the militants impose on herders and traders. The government has extended the state of emergency in parts of Tillaberi and Tahoua.

Nigeria: On 6 April, Nigerian Air Force jets struck Islamic State West Africa Province (ISWAP) positions on islands of Lake Chad near Baga (Kukawa LGA, Borno state), reportedly killing dozens of fighters, including two commanders. The strikes came in response to an ISWAP attack on a military base in Marte last month. Elsewhere in the northwest, bandits continue to raid villages in Zamfara and Katsina states; such attacks are a distinct conflict, driven largely by competition over land and cattle, and are covered in our Nigeria monthly.

Cameroon: On 7 April, Boko Haram (JAS) fighters abducted five people, including two women, from a village near Mokolo (Mayo-Tsanaga department, Far North region). Kidnappings for ransom have risen in the Far North since January, because the group needs money after losing access to markets on the Nigerian side of the border, according to a Cameroonian security official.

Looking ahead: The rainy season, which usually begins in June, tends to slow operations in the Lake Chad Basin. The planned withdrawal of French troops from Mali could increase pressure on the tri-border area in the coming months.
""")
d.event("2022-04-03", "Battles", "Armed clash", BF, "Sahel", "Arbinda", admin2="Soum", lat=14.23, lon=-0.87, prec=1,
        actor1="JNIM: Group for Support of Islam and Muslims", actor2="Military Forces of Burkina Faso (2022-) Gendarmerie",
        fatalities=6, evidence=["On 3 April, militants of the Al-Qaeda-affiliated Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked a gendarmerie post in Arbinda"])
d.event("2022-04-04", "Protests", "Peaceful protest", ML, "Bamako", "Bamako", lat=12.64, lon=-8.00, prec=1,
        actor1="Protesters (Mali)", fatalities=0,
        evidence=["On 4 April, several thousand people rallied peacefully in Bamako's Independence Square"])
d.event("2022-04-05", "Violence against civilians", "Attack", NE, "Tillaberi", "Ouallam", admin1_alt=["Tillabéri"],
        admin2="Ouallam", lat=14.32, lon=2.09, prec=2, actor1="Islamic State (Sahel)",
        actor1_alt=["Islamic State Sahel Province"], actor2="Civilians (Niger)", fatalities=8,
        evidence=["On 5 April, suspected Islamic State Sahel Province militants on motorcycles killed eight civilians at a weekly market near Ouallam"])
d.event("2022-04-06", "Explosions/Remote violence", "Air/drone strike", NG, B, "Baga", admin2="Kukawa", lat=13.11,
        lon=13.83, prec=2, actor1="Military Forces of Nigeria (2015-2023)", actor2="Islamic State West Africa Province",
        fatalities=12, fatalities_note="'dozens' = 12",
        evidence=["On 6 April, Nigerian Air Force jets struck Islamic State West Africa Province (ISWAP) positions on islands of Lake Chad near Baga"])
d.event("2022-04-07", "Violence against civilians", "Abduction/forced disappearance", CM, "Extreme-Nord", "Mokolo",
        admin1_alt=["Far North", "Extreme Nord", "Far-North"], admin2="Mayo-Tsanaga", lat=10.74, lon=13.80, prec=2,
        actor1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", actor2="Civilians (Cameroon)", fatalities=0,
        evidence=["On 7 April, Boko Haram (JAS) fighters abducted five people"])
d.quote("reinforcements and air support forced the assailants to withdraw", "Military Forces of Burkina Faso",
        ("The army said reinforcements", "The army"), speaker_alt=["The army"])
d.quote("the sanctions had caused shortages of fuel and medicine", "The organisers", ("The organisers said", "The organisers"),
        anonymity="anonymous")
d.quote("over 300 civilians have been killed there since early March", "local sources", "local sources",
        anonymity="anonymous")
d.quote("the victims had refused to pay zakat, a tax that the militants impose on herders and traders", "A local official",
        "A local official", anonymity="unnamed official")
d.quote("Kidnappings for ransom have risen in the Far North since January, because the group needs money after losing access to markets on the Nigerian side of the border",
        "a Cameroonian security official", "a Cameroonian security official", anonymity="unnamed official")
d.agg("Our team recorded 97 political violence events across the Central Sahel and the Lake Chad Basin this week",
      "political violence events", "events", quantity=97, ps="2022-04-02", pe="2022-04-08",
      scope="Central Sahel and Lake Chad Basin", claimant="Sahel Security Monitor")
d.agg("Reported fatalities totalled at least 210", "reported fatalities", "people", quantity=210, low=210,
      qualifier="at least", ps="2022-04-02", pe="2022-04-08", scope="Central Sahel and Lake Chad Basin",
      claimant="Sahel Security Monitor")
d.agg("over 300 civilians have been killed there since early March", "civilians killed",
      "people", quantity=300, low=300, qualifier="over", ps="2022-03-01", pe=d.published, scope="Menaka region",
      claimant="local sources")
d.causal("reinforcements and air support forced the assailants to withdraw", "reinforcements and air support",
         "the assailants to withdraw", driver="security posture/deployment", claimant="Military Forces of Burkina Faso")
d.causal("The attack follows the seizure of the post's supply route by militants in March, which has left the town dependent on military helicopters for food.",
         "the seizure of the post's supply route by militants in March", "the town dependent on military helicopters for food")
d.causal("the sanctions had caused shortages of fuel and medicine", "the sanctions", "shortages of fuel and medicine",
         claimant="The organisers")
d.causal("The strikes came in response to an ISWAP attack on a military base in Marte last month.",
         "an ISWAP attack on a military base in Marte last month", "The strikes")
d.causal("such attacks are a distinct conflict, driven largely by competition over land and cattle",
         "competition over land and cattle", "such attacks")
d.causal("Kidnappings for ransom have risen in the Far North since January, because the group needs money after losing access to markets on the Nigerian side of the border",
         "the group needs money after losing access to markets on the Nigerian side of the border",
         "Kidnappings for ransom have risen in the Far North since January", claimant="a Cameroonian security official")
d.causal("The rainy season, which usually begins in June, tends to slow operations in the Lake Chad Basin.",
         "The rainy season", "slow operations in the Lake Chad Basin", polarity="-")
d.causal("The planned withdrawal of French troops from Mali could increase pressure on the tri-border area in the coming months.",
         "The planned withdrawal of French troops from Mali", "increase pressure on the tri-border area",
         driver="security posture/deployment", hedged=True)
DOCS.append(d)

# ---------------------------------------------------------------- write
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write(DOCS, os.path.join(here, "authB.docs.jsonl"), os.path.join(here, "authB.gold.jsonl"))
    n_ev = sum(len(x.events) for x in DOCS)
    n_q = sum(len(x.quotes) for x in DOCS)
    n_a = sum(1 for x in DOCS for c in x.claims if c["kind"] == "aggregate")
    n_c = sum(1 for x in DOCS for c in x.claims if c["kind"] == "causal")
    print(f"{len(DOCS)} docs, {n_ev} events, {n_q} quotes, {n_a} aggregate claims, {n_c} causal claims")
