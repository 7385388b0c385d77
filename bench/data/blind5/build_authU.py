import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib_authU import Doc, wd, write
A = "authU"
DOCS = []
PH_MIL = "Military Forces of the Philippines (2016-2022)"
PH_POL = "Police Forces of the Philippines (2016-2022)"
BARMM = "Bangsamoro Autonomous Region in Muslim Mindanao"

# ---------------- 01: Sulu wire, toll revised ----------------
d = Doc("authU-01", "Third soldier dies after Abu Sayyaf ambush in Sulu", "2020-07-15", [
"ZAMBOANGA CITY, Philippines, July 15 - A third Filipino soldier has died of wounds sustained when Abu Sayyaf gunmen ambushed an army patrol in the hills of Patikul town on the southern island of Sulu, the military said on Wednesday, raising the toll from the attack to four dead including one militant.",
"The patrol from the army's 11th Infantry Division was clearing a trail near the village of Danag on Monday afternoon when it came under fire from about 20 gunmen, according to Lieutenant Colonel Ramon Esguerra, a spokesman for the military's Western Mindanao Command. Two soldiers were killed at the scene and five were wounded. One of the wounded, a corporal, died in a hospital in Jolo on Tuesday night.",
"\"Our troops held their ground and pushed the enemy back into the forest,\" Esguerra told reporters by phone. \"We recovered the body of one of the attackers and an M16 rifle.\" He said the gunmen belonged to a faction led by Radullan Sahiron, the one-armed veteran commander whom Washington has listed as a wanted terrorist.",
"In a separate operation on Tuesday, police in Jolo arrested a man they described as an Abu Sayyaf sub-leader wanted for the 2018 kidnapping of two Indonesian fishermen. Colonel Dennis Lumbao, the Sulu provincial police director, said the suspect was caught at a rented house in Barangay Walled City without a struggle and that officers seized a grenade and a .45-calibre pistol.",
"The ambush was the deadliest clash in Sulu since March, when a gunbattle in the same town killed 11 soldiers. The military says it has killed or captured dozens of Abu Sayyaf fighters this year, but the group has proved resilient in the interior of the island.",
"Esguerra acknowledged that coronavirus quarantine duties had stretched the command. \"Since April we have had to put soldiers on checkpoints in the towns because of the quarantine, and that pulled men away from the mountains,\" he said. \"The Abu Sayyaf took advantage of that to regroup.\"",
"A village councillor in Patikul, who asked not to be named for fear of reprisals, said families in Danag had fled to the town centre after the shooting. He said the militants often passed through the area at night and demanded rice from farmers.",
"Analysts say the terrain remains the group's biggest asset. \"The thick jungle and the ridges around Patikul have made it easier for the Abu Sayyaf to slip away after every attack,\" said Farida Ututalum, a researcher on Mindanao security at a university in Zamboanga. \"As long as there are young men without work on the island, they will also find recruits,\" she added.",
"Authorities in Manila have repeatedly promised to destroy the Abu Sayyaf, which is notorious for kidnappings and beheadings and some of whose factions have pledged allegiance to Islamic State. Sulu province voted in 2019 against joining the new Bangsamoro autonomous region but remains part of it under a Supreme Court ruling still being contested.",
"The military said more troops would be flown to Jolo later this week.",
])
d.country = "Philippines"
d.ev(date=wd(d.pub, "Monday"), etype="Battles", sub="Armed clash", actor1="Abu Sayyaf", actor2=PH_MIL,
     admin1=BARMM, admin1_alt=["Sulu", "Autonomous Region in Muslim Mindanao", "BARMM"], admin2="Sulu",
     location="Danag, Patikul", location_alt=["Patikul"], lat=6.07, lon=121.10, prec=2, fatalities=4, injured=4,
     fatalities_note="three soldiers (toll revised from two) plus one militant body recovered",
     evidence=["A third Filipino soldier has died of wounds sustained when Abu Sayyaf gunmen ambushed an army patrol in the hills of Patikul town",
               "raising the toll from the attack to four dead including one militant",
               "Two soldiers were killed at the scene and five were wounded."])
d.ev(date=wd(d.pub, "Tuesday"), etype="Strategic developments", sub="Arrests", actor1=PH_POL, actor2="Abu Sayyaf",
     admin1=BARMM, admin1_alt=["Sulu", "Autonomous Region in Muslim Mindanao", "BARMM"], admin2="Sulu",
     location="Jolo", lat=6.0535, lon=121.0022, prec=1, fatalities=0,
     evidence=["police in Jolo arrested a man they described as an Abu Sayyaf sub-leader"])
ESG = ["Lieutenant Colonel Ramon Esguerra", "Esguerra"]
d.q("A third Filipino soldier has died of wounds sustained when Abu Sayyaf gunmen ambushed an army patrol in the hills of Patikul town on the southern island of Sulu",
    "Armed Forces of the Philippines", "the military", "named", False, aff="Armed Forces of the Philippines", alt=["Western Mindanao Command"])
d.q("The patrol from the army's 11th Infantry Division was clearing a trail near the village of Danag on Monday afternoon when it came under fire from about 20 gunmen",
    "Ramon Esguerra", "Lieutenant Colonel Ramon Esguerra", "named", False, mentions=ESG, role="spokesman", aff="Western Mindanao Command")
d.q("\"Our troops held their ground and pushed the enemy back into the forest,\"", "Ramon Esguerra", "Esguerra", "named", True,
    mentions=ESG, role="spokesman", aff="Western Mindanao Command", medium="phone")
d.q("\"We recovered the body of one of the attackers and an M16 rifle.\"", "Ramon Esguerra", "Esguerra", "named", True,
    mentions=ESG, role="spokesman", aff="Western Mindanao Command", medium="phone")
d.q("the gunmen belonged to a faction led by Radullan Sahiron, the one-armed veteran commander whom Washington has listed as a wanted terrorist",
    "Ramon Esguerra", "He", "named", False, mentions=ESG, role="spokesman", aff="Western Mindanao Command")
d.q("the suspect was caught at a rented house in Barangay Walled City without a struggle and that officers seized a grenade and a .45-calibre pistol",
    "Dennis Lumbao", "Colonel Dennis Lumbao", "named", False, role="provincial police director", aff="Philippine National Police")
d.q("it has killed or captured dozens of Abu Sayyaf fighters this year", "Armed Forces of the Philippines", "The military", "named", False,
    after="The military says it has killed")
d.q("coronavirus quarantine duties had stretched the command", "Ramon Esguerra", "Esguerra", "named", False, mentions=ESG, role="spokesman", aff="Western Mindanao Command")
d.q("\"Since April we have had to put soldiers on checkpoints in the towns because of the quarantine, and that pulled men away from the mountains,\"",
    "Ramon Esguerra", "he", "named", True, mentions=ESG, role="spokesman", aff="Western Mindanao Command")
d.q("\"The Abu Sayyaf took advantage of that to regroup.\"", "Ramon Esguerra", "he", "named", True, mentions=ESG, role="spokesman", aff="Western Mindanao Command",
    after="pulled men away from the mountains")
VC = ["A village councillor in Patikul"]
d.q("families in Danag had fled to the town centre after the shooting", "A village councillor in Patikul", "A village councillor in Patikul", "anonymous", False)
d.q("the militants often passed through the area at night and demanded rice from farmers", "A village councillor in Patikul", "He", "anonymous", False,
    mentions=VC)
d.q("the terrain remains the group's biggest asset", "Analysts", "Analysts", "anonymous", False)
FU = ["Farida Ututalum"]
d.q("\"The thick jungle and the ridges around Patikul have made it easier for the Abu Sayyaf to slip away after every attack,\"", "Farida Ututalum", "Farida Ututalum", "named", True,
    role="researcher", aff="university in Zamboanga")
d.q("\"As long as there are young men without work on the island, they will also find recruits,\"", "Farida Ututalum", "she", "named", True, mentions=FU, role="researcher")
d.q("more troops would be flown to Jolo later this week", "Armed Forces of the Philippines", "The military", "named", False, after="The military said more troops")
d.cz("\"Since April we have had to put soldiers on checkpoints in the towns because of the quarantine, and that pulled men away from the mountains,\"",
     "the quarantine", "we have had to put soldiers on checkpoints in the towns", driver="pandemic/lockdown", claimant="Ramon Esguerra")
d.cz("\"Since April we have had to put soldiers on checkpoints in the towns because of the quarantine, and that pulled men away from the mountains,\"",
     "put soldiers on checkpoints in the towns", "pulled men away from the mountains", driver="security posture/deployment", claimant="Ramon Esguerra")
d.cz("\"The Abu Sayyaf took advantage of that to regroup.\"", "that", "The Abu Sayyaf took advantage of that to regroup", driver="security posture/deployment",
     claimant="Ramon Esguerra")
d.cz("The thick jungle and the ridges around Patikul have made it easier for the Abu Sayyaf to slip away after every attack",
     "The thick jungle and the ridges around Patikul", "easier for the Abu Sayyaf to slip away after every attack", driver="terrain/safe havens", claimant="Farida Ututalum")
d.cz("As long as there are young men without work on the island, they will also find recruits",
     "young men without work on the island", "they will also find recruits", driver="economic hardship/unemployment", claimant="Farida Ututalum", hedged=True)
DOCS.append(d)

# ---------------- 02: Sagaing newspaper piece ----------------
d = Doc("authU-02", "Air strike on Sagaing village leaves villagers counting the dead", "2023-03-09", [
"The jets came shortly after dawn. By the time the smoke had cleared over Nyaung Kone, a farming village of bamboo houses in Sagaing region's Kani township, at least nine people were dead, most of them women and children who had been sheltering in the monastery compound.",
"Residents reached by telephone on Wednesday said two military aircraft dropped bombs on the village at about 6 a.m. on Tuesday, and a helicopter returned an hour later to fire rockets at people trying to carry the wounded away. A member of the local People's Defence Force said the death toll had reached 14 and that more than 20 people were hurt, but a villager who helped bury the dead said he had counted nine bodies.",
"\"There were no fighters in the monastery. There were only old people and children,\" said the villager, who asked not to be named because he feared being targeted by soldiers. \"Now nobody wants to sleep in the village. We go to the fields at night.\"",
"A spokesman for the military government, Major General Zaw Min Tun, told state television that the air force had struck \"a training camp of PDF terrorists\" in the area and that reports of civilian deaths were fabricated. The junta has described the resistance forces as terrorist groups since it seized power in February 2021.",
"The strike came two days after resistance fighters ambushed an army convoy on the road between Monywa and Kani on Sunday. The PDF unit that carried out the attack said in a statement that it had detonated two mines under a truck and killed six soldiers. The state-run Global New Light of Myanmar said two soldiers had died and accused \"terrorists\" of planting bombs on a public road.",
"Sagaing, a dry plain of rice and sesame fields in the country's north-west, has become the heartland of armed resistance to the coup and the target of a brutal counter-insurgency. The Assistance Association for Political Prisoners, a monitoring group, says security forces have killed more than 3,100 people across Myanmar since the coup. According to the United Nations, about 1.3 million people have been displaced nationwide since February 2021, more than half of them in Sagaing alone.",
"A local monitoring network that tracks aerial attacks counted 214 air and drone strikes in Sagaing during 2022, more than in any other region.",
"Analysts say the military's growing reliance on aircraft reflects its weakness on the ground. \"The army increasingly bombs villages because the PDF ambushes have made it too costly to move troops by road,\" said Htet Aung Kyaw, a Myanmar analyst based in Thailand. He said the supply of fighter jets and spare parts from Russia and China had allowed the air force to keep up the pace of strikes despite sanctions.",
"For the villagers of Nyaung Kone, the explanations matter little. The monastery's abbot, U Kumara, said nearly the entire village of about 600 people had left for makeshift camps in the forest. \"We have moved three times in two years,\" he said. \"Every time the army comes, we run.\"",
"Aid workers say conditions in the forest camps are dire. A relief worker with a local charity, who spoke on condition of anonymity, said that food and medicine were running short because the army had blocked the roads into the township and that young men in the camps were joining the PDF because they had nothing left to lose.",
"The National Unity Government, the shadow administration formed by ousted lawmakers, condemned the strike and said it was a war crime. Its defence ministry said in a statement that the attack showed the junta was \"waging war on its own people.\"",
"The military did not respond to questions sent by email about the civilian toll.",
])
d.country = "Myanmar"
MM_MIL = "Military Forces of Myanmar (2021-)"
d.ev(date=wd(d.pub, "Tuesday"), etype="Explosions/Remote violence", sub="Air/drone strike", actor1=MM_MIL, actor2="Civilians (Myanmar)",
     admin1="Sagaing", admin2=None, location="Nyaung Kone, Kani", location_alt=["Kani", "Kani township"], prec=1, fatalities=9, injured=20,
     fatalities_note="villager counted nine bodies vs PDF 14: conservative 9; helicopter rockets part of same attack",
     evidence=["two military aircraft dropped bombs on the village at about 6 a.m. on Tuesday",
               "at least nine people were dead",
               "he had counted nine bodies"])
d.ev(date=wd(d.pub, "Sunday"), etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", sub_alt=["Armed clash"],
     actor1="People's Defense Force", actor2=MM_MIL,
     admin1="Sagaing", admin2="Monywa", location="Monywa-Kani road", location_alt=["Kani", "Monywa"], prec=2, fatalities=2,
     fatalities_note="state media two vs PDF six: conservative 2",
     evidence=["resistance fighters ambushed an army convoy on the road between Monywa and Kani on Sunday",
               "it had detonated two mines under a truck and killed six soldiers",
               "two soldiers had died"])
RES = ["A villager who helped bury the dead", "the villager"]
d.q("two military aircraft dropped bombs on the village at about 6 a.m. on Tuesday, and a helicopter returned an hour later to fire rockets at people trying to carry the wounded away",
    "Residents", "Residents", "anonymous", False, medium="telephone")
d.q("the death toll had reached 14 and that more than 20 people were hurt", "A member of the local People's Defence Force",
    "A member of the local People's Defence Force", "unnamed official", False, aff="People's Defence Force")
d.q("he had counted nine bodies", "a villager who helped bury the dead", "a villager who helped bury the dead", "anonymous", False, mentions=["the villager"])
d.q("\"There were no fighters in the monastery. There were only old people and children,\"", "a villager who helped bury the dead", "the villager", "anonymous", True,
    mentions=["a villager who helped bury the dead"])
d.q("\"Now nobody wants to sleep in the village. We go to the fields at night.\"", "a villager who helped bury the dead", "the villager", "anonymous", True,
    mentions=["a villager who helped bury the dead"])
ZMT = ["Major General Zaw Min Tun"]
d.q("the air force had struck \"a training camp of PDF terrorists\" in the area and that reports of civilian deaths were fabricated", "Zaw Min Tun",
    "Major General Zaw Min Tun", "named", False, role="spokesman", aff="military government", medium="state television")
d.q("it had detonated two mines under a truck and killed six soldiers", "The PDF unit that carried out the attack", "The PDF unit that carried out the attack",
    "named", False, aff="People's Defence Force", medium="statement")
d.q("two soldiers had died and accused \"terrorists\" of planting bombs on a public road", "Global New Light of Myanmar", "The state-run Global New Light of Myanmar",
    "named", False, medium="newspaper")
d.q("security forces have killed more than 3,100 people across Myanmar since the coup", "Assistance Association for Political Prisoners",
    "The Assistance Association for Political Prisoners", "named", False)
d.q("about 1.3 million people have been displaced nationwide since February 2021, more than half of them in Sagaing alone", "United Nations", "the United Nations", "named", False)
d.q("the military's growing reliance on aircraft reflects its weakness on the ground", "Analysts", "Analysts", "anonymous", False)
HAK = ["Htet Aung Kyaw"]
d.q("\"The army increasingly bombs villages because the PDF ambushes have made it too costly to move troops by road,\"", "Htet Aung Kyaw", "Htet Aung Kyaw", "named", True, role="analyst")
d.q("the supply of fighter jets and spare parts from Russia and China had allowed the air force to keep up the pace of strikes despite sanctions", "Htet Aung Kyaw", "He", "named", False,
    mentions=HAK, role="analyst", after="Htet Aung Kyaw")
UK = ["U Kumara"]
d.q("nearly the entire village of about 600 people had left for makeshift camps in the forest", "U Kumara", "U Kumara", "named", False, role="abbot")
d.q("\"We have moved three times in two years,\"", "U Kumara", "he", "named", True, mentions=UK, role="abbot")
d.q("\"Every time the army comes, we run.\"", "U Kumara", "he", "named", True, mentions=UK, role="abbot", after="We have moved three times")
d.q("conditions in the forest camps are dire", "Aid workers", "Aid workers", "anonymous", False)
d.q("that food and medicine were running short because the army had blocked the roads into the township and that young men in the camps were joining the PDF because they had nothing left to lose",
    "A relief worker with a local charity", "A relief worker with a local charity", "anonymous", False)
d.q("it was a war crime", "National Unity Government", "The National Unity Government", "named", False)
d.q("the attack showed the junta was \"waging war on its own people.\"", "National Unity Government defence ministry", "Its defence ministry", "named", False, medium="statement",
    alt=["National Unity Government"])
d.agg("security forces have killed more than 3,100 people across Myanmar since the coup", "people killed by security forces", "people", quantity=3100, low=3100,
      qualifier="more than", ps="2021-02-01", pe=d.pub, scope="Myanmar", claimant="Assistance Association for Political Prisoners")
d.agg("about 1.3 million people have been displaced nationwide since February 2021", "people displaced", "people", quantity=1300000, qualifier="about",
      ps="2021-02-01", pe=d.pub, scope="Myanmar", claimant="United Nations")
d.agg("counted 214 air and drone strikes in Sagaing during 2022", "air and drone strikes", "strikes", quantity=214, ps="2022-01-01", pe="2022-12-31",
      scope="Sagaing", claimant="A local monitoring network that tracks aerial attacks")
d.cz("The army increasingly bombs villages because the PDF ambushes have made it too costly to move troops by road",
     "the PDF ambushes have made it too costly to move troops by road", "The army increasingly bombs villages", driver=None, claimant="Htet Aung Kyaw")
d.cz("the supply of fighter jets and spare parts from Russia and China had allowed the air force to keep up the pace of strikes despite sanctions",
     "the supply of fighter jets and spare parts from Russia and China", "the air force to keep up the pace of strikes", driver="external support", claimant="Htet Aung Kyaw")
d.cz("food and medicine were running short because the army had blocked the roads into the township",
     "the army had blocked the roads into the township", "food and medicine were running short", driver="security posture/deployment", claimant="A relief worker with a local charity")
d.cz("young men in the camps were joining the PDF because they had nothing left to lose",
     "they had nothing left to lose", "young men in the camps were joining the PDF", driver="displacement/camps/reintegration", claimant="A relief worker with a local charity")
DOCS.append(d)

# ---------------- 03: Thailand deep south roundup ----------------
d = Doc("authU-03", "Bomb kills two rangers as violence flares in Thailand's deep south", "2021-11-24", [
"PATTANI, Thailand, Nov 24 - A roadside bomb killed two paramilitary rangers in Yala province and gunmen shot dead a village headman in neighbouring Narathiwat, officials said on Wednesday, in a spate of attacks that has unsettled Thailand's insurgency-hit southern border provinces.",
"The bomb, hidden in a rubbish bin beside a rural road in Bannang Sata district, exploded as a patrol of eight rangers on motorcycles passed on Monday morning, said Colonel Pramote Srisuwan, a spokesman for the Internal Security Operations Command's Region 4. Two rangers were killed and three were wounded, he said.",
"\"The attackers watched the patrol from a rubber plantation and set off the bomb with a mobile phone,\" Pramote said. He blamed insurgents from the Barisan Revolusi Nasional (BRN), the main separatist group, though no one has claimed responsibility.",
"On Tuesday night, two men on a motorcycle opened fire on Abdulloh Mama, 56, the headman of a village in Rueso district of Narathiwat, as he returned from evening prayers, police said. He died at the scene. Police said they were investigating whether the killing was linked to the insurgency or to a local dispute.",
"In Pattani, soldiers and police arrested three men during a pre-dawn raid on a house in Nong Chik district on Sunday and seized bomb-making materials, the regional command said. A relative of one of the men, who asked not to be identified, said the three were rubber tappers and had done nothing wrong.",
"More than 7,300 people have been killed in the predominantly Malay Muslim provinces of Pattani, Yala and Narathiwat since the insurgency reignited in January 2004, according to Deep South Watch, an independent monitoring group. The group recorded 481 violent incidents in the region in 2020, the lowest annual figure since it began counting.",
"Rungrawee Chalermsripinyorat, a researcher who studies the conflict, said the lull last year had been largely due to COVID-19 restrictions. \"Lockdowns and curfews limited movement for everyone, including the militants, so there were fewer attacks,\" she said. The BRN itself announced a unilateral pause in April 2020 so that health workers could reach villages, she added.",
"But she said attacks had crept back as restrictions eased, and that a decision by the army to pull some regular units out of the south and leave rangers in charge of rural security had left patrols more exposed. \"The rangers are locals, they are thinly spread, and they are easy targets,\" she said.",
"Residents say the deeper causes of the conflict have not gone away. A teacher in Yala, who spoke on condition of anonymity, said that many young Malay Muslims felt the Thai state treated their language and religion with suspicion, and that this anger was what kept the movement alive.",
"Peace talks between the government and the BRN, facilitated by Malaysia, have stalled during the pandemic. A senior Thai negotiator, speaking on condition of anonymity, said the latest attacks could make it harder to restart face-to-face talks early next year.",
"The BRN, which rarely comments on individual attacks, said in a statement posted online last month that it remained committed to a political solution but would defend \"the Patani people\" against military operations.",
])
d.country = "Thailand"
TH_MIL = "Military Forces of Thailand (2019-)"
d.ev(date=wd(d.pub, "Monday"), etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", actor1="Unidentified Armed Group (Thailand)",
     actor1_alt=["BRN: National Revolutionary Front"], actor2=TH_MIL, admin1="Yala", admin2="Bannang Sata", location="Bannang Sata",
     lat=6.26, lon=101.26, prec=2, fatalities=2, injured=3,
     evidence=["A roadside bomb killed two paramilitary rangers in Yala province",
               "exploded as a patrol of eight rangers on motorcycles passed on Monday morning",
               "Two rangers were killed and three were wounded"])
d.ev(date=wd(d.pub, "Tuesday"), etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Thailand)", actor2="Civilians (Thailand)",
     admin1="Narathiwat", admin2="Rueso", location="Rueso", prec=2, fatalities=1,
     evidence=["gunmen shot dead a village headman in neighbouring Narathiwat",
               "On Tuesday night, two men on a motorcycle opened fire on Abdulloh Mama, 56, the headman of a village in Rueso district of Narathiwat",
               "He died at the scene."])
d.ev(date=wd(d.pub, "Sunday"), etype="Strategic developments", sub="Arrests", actor1=TH_MIL, actor2="Civilians (Thailand)",
     admin1="Pattani", admin2="Nong Chik", location="Nong Chik", prec=2, fatalities=0,
     evidence=["soldiers and police arrested three men during a pre-dawn raid on a house in Nong Chik district on Sunday"])
PR = ["Colonel Pramote Srisuwan", "Pramote"]
d.q("A roadside bomb killed two paramilitary rangers in Yala province and gunmen shot dead a village headman in neighbouring Narathiwat", "officials", "officials",
    "unnamed official", False)
d.q("The bomb, hidden in a rubbish bin beside a rural road in Bannang Sata district, exploded as a patrol of eight rangers on motorcycles passed on Monday morning",
    "Pramote Srisuwan", "Colonel Pramote Srisuwan", "named", False, mentions=PR, role="spokesman", aff="Internal Security Operations Command Region 4")
d.q("Two rangers were killed and three were wounded", "Pramote Srisuwan", "he", "named", False, mentions=PR, role="spokesman", aff="Internal Security Operations Command Region 4")
d.q("\"The attackers watched the patrol from a rubber plantation and set off the bomb with a mobile phone,\"", "Pramote Srisuwan", "Pramote", "named", True,
    mentions=PR, role="spokesman", aff="Internal Security Operations Command Region 4")
d.q("two men on a motorcycle opened fire on Abdulloh Mama, 56, the headman of a village in Rueso district of Narathiwat, as he returned from evening prayers",
    "police", "police", "unnamed official", False, after="On Tuesday night")
d.q("they were investigating whether the killing was linked to the insurgency or to a local dispute", "Police", "Police", "unnamed official", False, after="He died at the scene.")
d.q("soldiers and police arrested three men during a pre-dawn raid on a house in Nong Chik district on Sunday and seized bomb-making materials",
    "the regional command", "the regional command", "named", False, aff="Internal Security Operations Command Region 4")
d.q("the three were rubber tappers and had done nothing wrong", "A relative of one of the men", "A relative of one of the men", "anonymous", False)
d.q("More than 7,300 people have been killed in the predominantly Malay Muslim provinces of Pattani, Yala and Narathiwat since the insurgency reignited in January 2004",
    "Deep South Watch", "Deep South Watch", "named", False)
d.q("the lull last year had been largely due to COVID-19 restrictions", "Rungrawee Chalermsripinyorat", "Rungrawee Chalermsripinyorat", "named", False, role="researcher")
RC = ["Rungrawee Chalermsripinyorat"]
d.q("\"Lockdowns and curfews limited movement for everyone, including the militants, so there were fewer attacks,\"", "Rungrawee Chalermsripinyorat", "she", "named", True,
    mentions=RC, role="researcher")
d.q("The BRN itself announced a unilateral pause in April 2020 so that health workers could reach villages", "Rungrawee Chalermsripinyorat", "she", "named", False,
    mentions=RC, role="researcher")
d.q("attacks had crept back as restrictions eased, and that a decision by the army to pull some regular units out of the south and leave rangers in charge of rural security had left patrols more exposed",
    "Rungrawee Chalermsripinyorat", "she", "named", False, mentions=RC, role="researcher", after="But she said")
d.q("\"The rangers are locals, they are thinly spread, and they are easy targets,\"", "Rungrawee Chalermsripinyorat", "she", "named", True, mentions=RC, role="researcher")
d.q("the deeper causes of the conflict have not gone away", "Residents", "Residents", "anonymous", False)
d.q("that many young Malay Muslims felt the Thai state treated their language and religion with suspicion, and that this anger was what kept the movement alive",
    "A teacher in Yala", "A teacher in Yala", "anonymous", False)
d.q("the latest attacks could make it harder to restart face-to-face talks early next year", "A senior Thai negotiator", "A senior Thai negotiator", "unnamed official", False)
d.q("it remained committed to a political solution but would defend \"the Patani people\" against military operations", "Barisan Revolusi Nasional", "The BRN", "named", False,
    medium="statement posted online", after="which rarely comments")
d.agg("More than 7,300 people have been killed in the predominantly Malay Muslim provinces of Pattani, Yala and Narathiwat since the insurgency reignited in January 2004",
      "people killed", "people", quantity=7300, low=7300, qualifier="more than", ps="2004-01-01", pe=d.pub, scope="Pattani, Yala and Narathiwat", claimant="Deep South Watch")
d.agg("The group recorded 481 violent incidents in the region in 2020", "violent incidents", "incidents", quantity=481, ps="2020-01-01", pe="2020-12-31",
      scope="Pattani, Yala and Narathiwat", claimant="Deep South Watch")
d.cz("the lull last year had been largely due to COVID-19 restrictions", "COVID-19 restrictions", "the lull last year", driver="pandemic/lockdown",
     claimant="Rungrawee Chalermsripinyorat", polarity="-")
d.cz("Lockdowns and curfews limited movement for everyone, including the militants, so there were fewer attacks", "Lockdowns and curfews limited movement for everyone, including the militants",
     "there were fewer attacks", driver="pandemic/lockdown", claimant="Rungrawee Chalermsripinyorat", polarity="-")
d.cz("a decision by the army to pull some regular units out of the south and leave rangers in charge of rural security had left patrols more exposed",
     "a decision by the army to pull some regular units out of the south and leave rangers in charge of rural security", "patrols more exposed",
     driver="security posture/deployment", claimant="Rungrawee Chalermsripinyorat")
d.cz("many young Malay Muslims felt the Thai state treated their language and religion with suspicion, and that this anger was what kept the movement alive",
     "many young Malay Muslims felt the Thai state treated their language and religion with suspicion", "kept the movement alive", driver="sectarian grievance",
     claimant="A teacher in Yala")
d.cz("the latest attacks could make it harder to restart face-to-face talks early next year", "the latest attacks", "harder to restart face-to-face talks",
     driver=None, claimant="A senior Thai negotiator", hedged=True, polarity="-")
DOCS.append(d)

# ---------------- 04: Manipur newspaper piece ----------------
d = Doc("authU-04", "Gunfight on Manipur's foothills kills three as ethnic conflict enters third month", "2023-07-14", [
"IMPHAL - Three men were killed on Thursday in a gunfight between armed Kuki and Meitei groups in the foothills near Kangvai, on the volatile boundary between Manipur's Churachandpur and Bishnupur districts, police said, as the ethnic conflict that has convulsed the north-eastern state showed no sign of easing.",
"The shooting began before dawn and continued for nearly five hours, with both sides firing from bunkers dug into facing slopes, a senior police officer in Churachandpur said. He said the bodies of three village volunteers had been recovered and that two others had been taken to hospital with gunshot wounds. Residents of a nearby Kuki village put the toll at five.",
"A day earlier, on Wednesday night, a mob set fire to at least 15 houses in a locality of Imphal East district after rumours spread that a Meitei man abducted last week had been killed. Security forces fired tear gas to disperse the crowd, and no deaths were reported, officials said. On Tuesday, police used tear gas against hundreds of women who had blocked a highway in Bishnupur to stop army vehicles passing, leaving several women injured.",
"According to the state government, at least 150 people have been killed since the violence erupted on May 3. Tribal organisations say the real figure is more than 180. More than 60,000 people have fled their homes and are living in relief camps in Manipur and neighbouring Mizoram, officials say.",
"The conflict was set off by a court recommendation that the Meitei majority, who live mostly in the Imphal valley, be considered for Scheduled Tribe status. Kuki groups in the hills fear that the change would let Meiteis buy land in the hills and take a larger share of government jobs. \"For us this is about survival and land. That is why people picked up guns,\" said Ginza Haokip, a Kuki community leader in Churachandpur.",
"Meitei groups accuse Kuki militants of bringing in weapons and fighters from across the border with Myanmar. \"Armed men from Myanmar have crossed into Manipur and that has fuelled the fighting,\" said Rajkumar Somorendro, a spokesman for a Meitei civil society coalition in Imphal. Kuki leaders deny the claim.",
"Both sides have been able to arm themselves because thousands of rifles were looted from police armouries in the first weeks of the violence, a senior official in the state home department said, speaking on condition of anonymity. Only a fraction have been returned.",
"In the relief camps, anger is mounting. At a college hall in Churachandpur where more than 400 Kuki villagers are sheltering, a young man who asked not to be named said he had lost his job as a driver in Imphal and now spent his days guarding a bunker. \"There is nothing else to do here. The camps are full of young men with nothing to do,\" he said.",
"Bhabananda Singh, a political scientist at Manipur University, said the state government's handling of the crisis had deepened mistrust. \"Many Kukis see the state police as partisan, and that perception has made it much harder to restore order,\" he said. He said the presence of the army and the paramilitary Assam Rifles in buffer zones between the valley and the hills had reduced the number of large-scale attacks but could not stop sniper fire.",
"The Indian government has deployed tens of thousands of troops to the state and suspended mobile internet since early May. Federal home minister Amit Shah has appealed for peace.",
"Back in Kangvai, the firing had resumed by Thursday evening, residents said.",
])
d.country = "India"
d.ev(date=wd(d.pub, "Thursday"), etype="Battles", sub="Armed clash", actor1="Kuki Ethnic Militia (India)", actor2="Meitei Ethnic Militia (India)",
     admin1="Manipur", admin2="Churachandpur", admin1_alt=[], location="Kangvai", prec=2, fatalities=3, injured=2,
     fatalities_note="police three vs residents five: conservative 3",
     evidence=["Three men were killed on Thursday in a gunfight between armed Kuki and Meitei groups in the foothills near Kangvai",
               "the bodies of three village volunteers had been recovered",
               "Residents of a nearby Kuki village put the toll at five."])
d.ev(date=wd(d.pub, "Wednesday"), etype="Riots", sub="Mob violence", actor1="Rioters (India)", actor2=None,
     admin1="Manipur", admin2="Imphal East", location="Imphal East", prec=3, fatalities=0,
     evidence=["on Wednesday night, a mob set fire to at least 15 houses in a locality of Imphal East district",
               "no deaths were reported"])
d.ev(date=wd(d.pub, "Tuesday"), etype="Protests", sub="Protest with intervention", actor1="Protesters (India)", actor2="Police Forces of India (2014-)",
     admin1="Manipur", admin2="Bishnupur", location="Bishnupur", prec=2, fatalities=0,
     evidence=["police used tear gas against hundreds of women who had blocked a highway in Bishnupur to stop army vehicles passing"])
SPO = ["a senior police officer in Churachandpur"]
d.q("Three men were killed on Thursday in a gunfight between armed Kuki and Meitei groups in the foothills near Kangvai, on the volatile boundary between Manipur's Churachandpur and Bishnupur districts",
    "police", "police", "unnamed official", False)
d.q("The shooting began before dawn and continued for nearly five hours, with both sides firing from bunkers dug into facing slopes", "a senior police officer in Churachandpur",
    "a senior police officer in Churachandpur", "unnamed official", False)
d.q("the bodies of three village volunteers had been recovered and that two others had been taken to hospital with gunshot wounds", "a senior police officer in Churachandpur",
    "He", "unnamed official", False, mentions=SPO)
d.q("Security forces fired tear gas to disperse the crowd, and no deaths were reported", "officials", "officials", "unnamed official", False)
d.q("at least 150 people have been killed since the violence erupted on May 3", "state government", "the state government", "named", False)
d.q("the real figure is more than 180", "Tribal organisations", "Tribal organisations", "anonymous", False)
d.q("More than 60,000 people have fled their homes and are living in relief camps in Manipur and neighbouring Mizoram", "officials", "officials", "unnamed official", False,
    after="More than 60,000")
d.q("\"For us this is about survival and land. That is why people picked up guns,\"", "Ginza Haokip", "Ginza Haokip", "named", True, role="community leader", aff="Kuki")
d.q("Kuki militants of bringing in weapons and fighters from across the border with Myanmar", "Meitei groups", "Meitei groups", "anonymous", False)
d.q("\"Armed men from Myanmar have crossed into Manipur and that has fuelled the fighting,\"", "Rajkumar Somorendro", "Rajkumar Somorendro", "named", True, role="spokesman",
    aff="Meitei civil society coalition")
d.q("the claim", "Kuki leaders", "Kuki leaders", "anonymous", False, after="Kuki leaders deny")
d.q("Both sides have been able to arm themselves because thousands of rifles were looted from police armouries in the first weeks of the violence",
    "a senior official in the state home department", "a senior official in the state home department", "unnamed official", False, aff="Manipur home department")
YM = ["a young man who asked not to be named"]
d.q("he had lost his job as a driver in Imphal and now spent his days guarding a bunker", "a young man who asked not to be named", "a young man who asked not to be named", "anonymous", False)
d.q("\"There is nothing else to do here. The camps are full of young men with nothing to do,\"", "a young man who asked not to be named", "he", "anonymous", True, mentions=YM)
BS = ["Bhabananda Singh"]
d.q("the state government's handling of the crisis had deepened mistrust", "Bhabananda Singh", "Bhabananda Singh", "named", False, role="political scientist", aff="Manipur University")
d.q("\"Many Kukis see the state police as partisan, and that perception has made it much harder to restore order,\"", "Bhabananda Singh", "he", "named", True, mentions=BS,
    role="political scientist", aff="Manipur University")
d.q("the presence of the army and the paramilitary Assam Rifles in buffer zones between the valley and the hills had reduced the number of large-scale attacks but could not stop sniper fire",
    "Bhabananda Singh", "He", "named", False, mentions=BS, role="political scientist", aff="Manipur University")
d.q("the firing had resumed by Thursday evening", "residents", "residents", "anonymous", False)
d.agg("at least 150 people have been killed since the violence erupted on May 3", "people killed", "people", quantity=150, low=150, qualifier="at least",
      ps="2023-05-03", pe=d.pub, scope="Manipur", claimant="state government")
d.agg("the real figure is more than 180", "people killed", "people", quantity=180, low=180, qualifier="more than", ps="2023-05-03", pe=d.pub, scope="Manipur",
      claimant="Tribal organisations")
d.agg("More than 60,000 people have fled their homes", "people displaced", "people", quantity=60000, low=60000, qualifier="more than", ps="2023-05-03", pe=d.pub,
      scope="Manipur", claimant="officials")
d.cz("The conflict was set off by a court recommendation that the Meitei majority, who live mostly in the Imphal valley, be considered for Scheduled Tribe status.",
     "a court recommendation that the Meitei majority, who live mostly in the Imphal valley, be considered for Scheduled Tribe status", "The conflict", driver="sectarian grievance")
d.cz("For us this is about survival and land. That is why people picked up guns", "survival and land", "people picked up guns", driver="sectarian grievance", claimant="Ginza Haokip")
d.cz("Armed men from Myanmar have crossed into Manipur and that has fuelled the fighting", "Armed men from Myanmar have crossed into Manipur", "the fighting",
     driver="external support", claimant="Rajkumar Somorendro")
d.cz("Both sides have been able to arm themselves because thousands of rifles were looted from police armouries in the first weeks of the violence",
     "thousands of rifles were looted from police armouries", "Both sides have been able to arm themselves", driver=None, claimant="a senior official in the state home department")
d.cz("Many Kukis see the state police as partisan, and that perception has made it much harder to restore order", "Many Kukis see the state police as partisan",
     "much harder to restore order", driver="governance/corruption", claimant="Bhabananda Singh")
d.cz("the presence of the army and the paramilitary Assam Rifles in buffer zones between the valley and the hills had reduced the number of large-scale attacks",
     "the presence of the army and the paramilitary Assam Rifles in buffer zones", "the number of large-scale attacks", driver="security posture/deployment",
     claimant="Bhabananda Singh", polarity="-")
d.cz("the state government's handling of the crisis had deepened mistrust", "the state government's handling of the crisis", "mistrust", driver="governance/corruption",
     claimant="Bhabananda Singh")
DOCS.append(d)

# ---------------- 05: Chhattisgarh wire ----------------
d = Doc("authU-05", "Toll rises to three after Maoist landmine hits police vehicle in Chhattisgarh", "2018-04-23", [
"RAIPUR, India, April 23 (wire) - The death toll from a Maoist landmine attack on a police vehicle in Chhattisgarh's Bijapur district rose to three on Monday after a wounded constable died in hospital, police said, a day after security forces killed four suspected rebels in a gunbattle in neighbouring Sukma.",
"The explosive device, buried under a dirt road near Awapalli, ripped through a jeep carrying members of the state's Special Task Force on Saturday afternoon, killing two policemen instantly and wounding four, said Vivek Shukla, the inspector general of police for the Bastar range.",
"One of the wounded, constable Ramesh Netam, died in a hospital in the state capital Raipur early on Monday, Shukla said. \"The Maoists had dug the road weeks in advance and waited for a vehicle to pass,\" he told reporters. \"This was a cowardly attack.\"",
"On Sunday, a joint team of the District Reserve Guard and the Central Reserve Police Force (CRPF) clashed with about 30 Maoist fighters in the forest near Kistaram in Sukma district, police said. Four bodies in olive uniforms were recovered along with a rifle and two muzzle-loading guns. No security personnel were hurt, according to a CRPF statement.",
"The Dandakaranya Special Zonal Committee of the banned Communist Party of India (Maoist) said in a leaflet found near the blast site that the attack had been carried out in retaliation for the killing of one of its area commanders in Bijapur last month. The leaflet called the Sukma operation a \"fake encounter\" and said those killed were villagers.",
"Shukla rejected the allegation. \"Those killed were armed cadres who fired first,\" he said.",
"Chhattisgarh's southern Bastar region, a vast expanse of forest and hills larger than some Indian states, has been the centre of the Maoist insurgency for more than a decade. According to home ministry figures, 130 security personnel and civilians were killed in Maoist violence in Chhattisgarh in 2017.",
"A retired police officer who served in Bastar, speaking on condition of anonymity, said the dense forests of the Abujhmarh region had allowed the rebels to regroup after every offensive. \"No road goes there. The forest is their headquarters,\" he said.",
"Rights activists argue that the rebellion draws strength from decades of neglect. \"Villages in the interior still have no schools or clinics, and officials take bribes for every ration card. That neglect is why young Adivasis listen to the Maoists,\" said Soni Markam, a tribal rights activist in Dantewada.",
"Officials point to the state's surrender policy, which offers cash and housing to cadres who give up their weapons, as a sign of progress. The state police say 312 Maoists have surrendered in Bastar since January 2017. \"The rehabilitation package has encouraged many lower-level cadres to leave the movement,\" Shukla said.",
"The CRPF, which has more than 40 battalions in Chhattisgarh, said it would step up operations in Bijapur and Sukma before the monsoon makes forest tracks impassable.",
])
d.country = "India"
IN_POL = "Police Forces of India (2014-)"
d.ev(date=wd(d.pub, "Saturday"), etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", actor1="CPI (Maoist): Communist Party of India (Maoist)",
     actor2=IN_POL, admin1="Chhattisgarh", admin2="Bijapur", location="Awapalli", prec=2, fatalities=3, injured=3,
     fatalities_note="two killed instantly, one wounded constable died later: revised to three",
     evidence=["The death toll from a Maoist landmine attack on a police vehicle in Chhattisgarh's Bijapur district rose to three on Monday",
               "ripped through a jeep carrying members of the state's Special Task Force on Saturday afternoon, killing two policemen instantly and wounding four",
               "One of the wounded, constable Ramesh Netam, died in a hospital"])
d.ev(date=wd(d.pub, "Sunday"), etype="Battles", sub="Armed clash", actor1=IN_POL, actor2="CPI (Maoist): Communist Party of India (Maoist)",
     admin1="Chhattisgarh", admin2="Sukma", location="Kistaram", prec=2, fatalities=4,
     evidence=["security forces killed four suspected rebels in a gunbattle in neighbouring Sukma",
               "clashed with about 30 Maoist fighters in the forest near Kistaram in Sukma district",
               "Four bodies in olive uniforms were recovered"])
VS = ["Vivek Shukla", "Shukla"]
d.q("The death toll from a Maoist landmine attack on a police vehicle in Chhattisgarh's Bijapur district rose to three on Monday after a wounded constable died in hospital",
    "police", "police", "unnamed official", False)
d.q("The explosive device, buried under a dirt road near Awapalli, ripped through a jeep carrying members of the state's Special Task Force on Saturday afternoon, killing two policemen instantly and wounding four",
    "Vivek Shukla", "Vivek Shukla", "named", False, mentions=VS, role="inspector general of police", aff="Bastar range")
d.q("One of the wounded, constable Ramesh Netam, died in a hospital in the state capital Raipur early on Monday", "Vivek Shukla", "Shukla", "named", False, mentions=VS,
    role="inspector general of police", aff="Bastar range")
d.q("\"The Maoists had dug the road weeks in advance and waited for a vehicle to pass,\"", "Vivek Shukla", "he", "named", True, mentions=VS, role="inspector general of police")
d.q("\"This was a cowardly attack.\"", "Vivek Shukla", "he", "named", True, mentions=VS, role="inspector general of police")
d.q("a joint team of the District Reserve Guard and the Central Reserve Police Force (CRPF) clashed with about 30 Maoist fighters in the forest near Kistaram in Sukma district",
    "police", "police", "unnamed official", False, after="On Sunday, a joint team")
d.q("No security personnel were hurt", "Central Reserve Police Force", "a CRPF statement", "named", False, medium="statement")
d.q("the attack had been carried out in retaliation for the killing of one of its area commanders in Bijapur last month", "Dandakaranya Special Zonal Committee",
    "The Dandakaranya Special Zonal Committee of the banned Communist Party of India (Maoist)", "named", False, aff="Communist Party of India (Maoist)", medium="leaflet")
d.q("called the Sukma operation a \"fake encounter\"", "Dandakaranya Special Zonal Committee", "The leaflet", "named", False, medium="leaflet",
    mentions=["The Dandakaranya Special Zonal Committee of the banned Communist Party of India (Maoist)"])
d.q("those killed were villagers", "Dandakaranya Special Zonal Committee", "The leaflet", "named", False, medium="leaflet",
    mentions=["The Dandakaranya Special Zonal Committee of the banned Communist Party of India (Maoist)"])
d.q("the allegation", "Vivek Shukla", "Shukla", "named", False, mentions=VS, after="Shukla rejected")
d.q("\"Those killed were armed cadres who fired first,\"", "Vivek Shukla", "he", "named", True, mentions=VS)
d.q("130 security personnel and civilians were killed in Maoist violence in Chhattisgarh in 2017", "home ministry", "home ministry figures", "named", False)
RPO = ["A retired police officer who served in Bastar"]
d.q("the dense forests of the Abujhmarh region had allowed the rebels to regroup after every offensive", "A retired police officer who served in Bastar",
    "A retired police officer who served in Bastar", "unnamed official", False)
d.q("\"No road goes there. The forest is their headquarters,\"", "A retired police officer who served in Bastar", "he", "unnamed official", True, mentions=RPO)
d.q("the rebellion draws strength from decades of neglect", "Rights activists", "Rights activists", "anonymous", False)
d.q("\"Villages in the interior still have no schools or clinics, and officials take bribes for every ration card. That neglect is why young Adivasis listen to the Maoists,\"",
    "Soni Markam", "Soni Markam", "named", True, role="tribal rights activist")
d.q("312 Maoists have surrendered in Bastar since January 2017", "state police", "The state police", "named", False)
d.q("\"The rehabilitation package has encouraged many lower-level cadres to leave the movement,\"", "Vivek Shukla", "Shukla", "named", True, mentions=VS)
d.q("it would step up operations in Bijapur and Sukma before the monsoon makes forest tracks impassable", "Central Reserve Police Force",
    "The CRPF, which has more than 40 battalions in Chhattisgarh,", "named", False)
d.agg("130 security personnel and civilians were killed in Maoist violence in Chhattisgarh in 2017", "security personnel and civilians killed", "people", quantity=130,
      ps="2017-01-01", pe="2017-12-31", scope="Chhattisgarh", claimant="home ministry")
d.agg("312 Maoists have surrendered in Bastar since January 2017", "Maoists surrendered", "people", quantity=312, ps="2017-01-01", pe=d.pub, scope="Bastar",
      claimant="state police")
d.cz("the attack had been carried out in retaliation for the killing of one of its area commanders in Bijapur last month", "the killing of one of its area commanders in Bijapur last month",
     "the attack", driver="leadership/command change", claimant="Dandakaranya Special Zonal Committee")
d.cz("the dense forests of the Abujhmarh region had allowed the rebels to regroup after every offensive", "the dense forests of the Abujhmarh region",
     "the rebels to regroup after every offensive", driver="terrain/safe havens", claimant="A retired police officer who served in Bastar")
d.cz("the rebellion draws strength from decades of neglect", "decades of neglect", "the rebellion draws strength", driver="governance/corruption", claimant="Rights activists")
d.cz("That neglect is why young Adivasis listen to the Maoists", "That neglect", "young Adivasis listen to the Maoists", driver="governance/corruption", claimant="Soni Markam")
d.cz("The rehabilitation package has encouraged many lower-level cadres to leave the movement", "The rehabilitation package", "many lower-level cadres to leave the movement",
     driver="displacement/camps/reintegration", claimant="Vivek Shukla", polarity="-")
DOCS.append(d)

# ---------------- 06: Lanao del Sur / Maguindanao roundup ----------------
d = Doc("authU-06", "Fighting flares in Lanao del Sur and Maguindanao as militants regroup", "2022-09-28", [
"COTABATO CITY, Philippines - Philippine troops killed three suspected members of the Islamic State-linked Dawlah Islamiyah in a clash in the hinterlands of Butig, Lanao del Sur, on Sunday, while a roadside bomb wounded two militiamen in Maguindanao on Monday, military officials said.",
"The clash broke out when soldiers of the army's 103rd Infantry Brigade raided a hideout on a forested slope outside Butig town, said Major Andrew Linao, a spokesman for the 1st Infantry Division. A soldier was slightly wounded. Troops recovered three bodies, two assault rifles and a bag of explosive components.",
"On Tuesday, two FA-50 fighter jets bombed positions of the same group near the boundary of Butig and Piagapo towns, killing an undetermined number of militants, Linao said. Residents of Piagapo, reached by phone, said they heard at least six explosions before noon.",
"In Maguindanao, an improvised explosive device went off on Monday morning as a truck carrying members of a government-armed civilian militia passed along the highway in Datu Hoffer Ampatuan town. Two militiamen were wounded. Police blamed the Bangsamoro Islamic Freedom Fighters (BIFF), a breakaway group that opposes the peace deal between Manila and the Moro Islamic Liberation Front.",
"\"The BIFF planted the bomb in retaliation for our offensive in the marshland last month,\" said Lieutenant Colonel John Paulo Carreon, a battalion commander in the area. He said the fighters used the marshes of the Liguasan to hide and move weapons. \"In the rainy season the marsh becomes a sanctuary for them because our vehicles cannot enter.\"",
"Military officials say Dawlah Islamiyah has been weakened by the death in June of its regional leader, who was killed in an air strike in Lanao del Sur. \"With their emir gone, they have split into small bands, and that makes them harder to track but less capable of big attacks,\" Linao said.",
"According to the 1st Infantry Division, 41 Dawlah Islamiyah members have been killed in Lanao del Sur since January and 27 others have surrendered.",
"Five years after the siege of Marawi, the provincial capital, about 17,000 families are still displaced, many of them living in transitional shelters on the edge of the city, according to the government's Task Force Bangon Marawi. Civil society leaders say the slow pace of rebuilding has fed resentment that militant recruiters exploit.",
"\"Our young people in the shelters have no work and no school. The recruiters tell them the government forgot them, and some believe it,\" said Samira Gutoc-Abdullah, an advocate for displaced residents in Marawi. She said allegations of corruption in reconstruction contracts had deepened the distrust.",
"A Bangsamoro regional official, who asked not to be named because he was not authorised to speak to the media, said that unless the returnees were allowed to rebuild their homes in the most affected area, the militants could win new followers among them.",
"The Bangsamoro Transition Authority, the interim government of the autonomous region, said in a statement that it had set aside funds for livelihood programmes in Lanao del Sur and would work with the military to \"prevent the return of extremism.\"",
"Maguindanao was divided into two provinces, Maguindanao del Norte and Maguindanao del Sur, after a plebiscite this month. Datu Hoffer Ampatuan falls in the new Maguindanao del Sur.",
])
d.country = "Philippines"
LA = ["Major Andrew Linao", "Linao"]
d.ev(date=wd(d.pub, "Sunday"), etype="Battles", sub="Armed clash", actor1=PH_MIL, actor2="Dawlah Islamiyah", admin1=BARMM,
     admin1_alt=["Lanao del Sur", "BARMM"], admin2="Lanao del Sur", location="Butig", lat=7.72, lon=124.30, prec=2, fatalities=3, injured=1,
     evidence=["Philippine troops killed three suspected members of the Islamic State-linked Dawlah Islamiyah in a clash in the hinterlands of Butig, Lanao del Sur, on Sunday",
               "Troops recovered three bodies"])
d.ev(date=wd(d.pub, "Tuesday"), etype="Explosions/Remote violence", sub="Air/drone strike", actor1=PH_MIL, actor2="Dawlah Islamiyah", admin1=BARMM,
     admin1_alt=["Lanao del Sur", "BARMM"], admin2="Lanao del Sur", location="Butig-Piagapo boundary", location_alt=["Piagapo", "Butig"], prec=2, fatalities=None,
     fatalities_note="'an undetermined number of militants' killed: deaths reported, no count",
     evidence=["two FA-50 fighter jets bombed positions of the same group near the boundary of Butig and Piagapo towns, killing an undetermined number of militants"])
d.ev(date=wd(d.pub, "Monday"), etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", actor1="Unidentified Armed Group (Philippines)",
     actor1_alt=["BIFF: Bangsamoro Islamic Freedom Fighters"], actor2="CAFGU: Citizen Armed Force Geographical Unit", admin1=BARMM,
     admin1_alt=["Maguindanao", "Maguindanao del Sur", "BARMM"], admin2="Maguindanao del Sur", location="Datu Hoffer Ampatuan", prec=2, fatalities=0, injured=2,
     evidence=["a roadside bomb wounded two militiamen in Maguindanao on Monday",
               "an improvised explosive device went off on Monday morning as a truck carrying members of a government-armed civilian militia passed along the highway in Datu Hoffer Ampatuan town"])
d.q("Philippine troops killed three suspected members of the Islamic State-linked Dawlah Islamiyah in a clash in the hinterlands of Butig, Lanao del Sur, on Sunday, while a roadside bomb wounded two militiamen in Maguindanao on Monday",
    "military officials", "military officials", "unnamed official", False)
d.q("The clash broke out when soldiers of the army's 103rd Infantry Brigade raided a hideout on a forested slope outside Butig town", "Andrew Linao", "Major Andrew Linao", "named", False,
    mentions=LA, role="spokesman", aff="1st Infantry Division")
d.q("two FA-50 fighter jets bombed positions of the same group near the boundary of Butig and Piagapo towns, killing an undetermined number of militants", "Andrew Linao", "Linao",
    "named", False, mentions=LA, role="spokesman", aff="1st Infantry Division")
d.q("they heard at least six explosions before noon", "Residents of Piagapo", "Residents of Piagapo", "anonymous", False, medium="phone")
JC = ["Lieutenant Colonel John Paulo Carreon"]
d.q("\"The BIFF planted the bomb in retaliation for our offensive in the marshland last month,\"", "John Paulo Carreon", "Lieutenant Colonel John Paulo Carreon", "named", True,
    role="battalion commander", aff="Philippine Army")
d.q("the fighters used the marshes of the Liguasan to hide and move weapons", "John Paulo Carreon", "He", "named", False, mentions=JC, role="battalion commander")
d.q("\"In the rainy season the marsh becomes a sanctuary for them because our vehicles cannot enter.\"", "John Paulo Carreon", "He", "named", True, mentions=JC,
    role="battalion commander", after="to hide and move weapons")
d.q("Dawlah Islamiyah has been weakened by the death in June of its regional leader, who was killed in an air strike in Lanao del Sur", "Military officials", "Military officials",
    "unnamed official", False)
d.q("\"With their emir gone, they have split into small bands, and that makes them harder to track but less capable of big attacks,\"", "Andrew Linao", "Linao", "named", True,
    mentions=LA, role="spokesman", aff="1st Infantry Division")
d.q("41 Dawlah Islamiyah members have been killed in Lanao del Sur since January and 27 others have surrendered", "1st Infantry Division", "the 1st Infantry Division", "named", False)
d.q("about 17,000 families are still displaced, many of them living in transitional shelters on the edge of the city", "Task Force Bangon Marawi",
    "the government's Task Force Bangon Marawi", "named", False)
d.q("the slow pace of rebuilding has fed resentment that militant recruiters exploit", "Civil society leaders", "Civil society leaders", "anonymous", False)
SG = ["Samira Gutoc-Abdullah"]
d.q("\"Our young people in the shelters have no work and no school. The recruiters tell them the government forgot them, and some believe it,\"", "Samira Gutoc-Abdullah",
    "Samira Gutoc-Abdullah", "named", True, role="advocate for displaced residents")
d.q("allegations of corruption in reconstruction contracts had deepened the distrust", "Samira Gutoc-Abdullah", "She", "named", False, mentions=SG)
d.q("that unless the returnees were allowed to rebuild their homes in the most affected area, the militants could win new followers among them", "A Bangsamoro regional official",
    "A Bangsamoro regional official", "unnamed official", False)
d.q("it had set aside funds for livelihood programmes in Lanao del Sur and would work with the military to \"prevent the return of extremism.\"", "Bangsamoro Transition Authority",
    "The Bangsamoro Transition Authority", "named", False, medium="statement")
d.agg("41 Dawlah Islamiyah members have been killed in Lanao del Sur since January", "Dawlah Islamiyah members killed", "people", quantity=41, ps="2022-01-01", pe=d.pub,
      scope="Lanao del Sur", claimant="1st Infantry Division")
d.agg("27 others have surrendered", "Dawlah Islamiyah members surrendered", "people", quantity=27, ps="2022-01-01", pe=d.pub, scope="Lanao del Sur", claimant="1st Infantry Division")
d.agg("about 17,000 families are still displaced", "families displaced", "families", quantity=17000, qualifier="about", ps="2017-05-23", pe=d.pub, scope="Marawi",
      claimant="Task Force Bangon Marawi")
d.cz("The BIFF planted the bomb in retaliation for our offensive in the marshland last month", "our offensive in the marshland last month", "The BIFF planted the bomb",
     driver=None, claimant="John Paulo Carreon")
d.cz("In the rainy season the marsh becomes a sanctuary for them because our vehicles cannot enter.", "our vehicles cannot enter", "the marsh becomes a sanctuary for them",
     driver="terrain/safe havens", claimant="John Paulo Carreon")
d.cz("Dawlah Islamiyah has been weakened by the death in June of its regional leader", "the death in June of its regional leader", "Dawlah Islamiyah has been weakened",
     driver="leadership/command change", claimant="Military officials", polarity="-")
d.cz("With their emir gone, they have split into small bands, and that makes them harder to track but less capable of big attacks", "With their emir gone",
     "they have split into small bands", driver="leadership/command change", claimant="Andrew Linao")
d.cz("the slow pace of rebuilding has fed resentment that militant recruiters exploit", "the slow pace of rebuilding", "resentment", driver="governance/corruption",
     claimant="Civil society leaders")
d.cz("allegations of corruption in reconstruction contracts had deepened the distrust", "allegations of corruption in reconstruction contracts", "the distrust",
     driver="governance/corruption", claimant="Samira Gutoc-Abdullah")
DOCS.append(d)

# ---------------- 07: Negros Oriental NPA ----------------
d = Doc("authU-07", "Two police killed in rebel ambush in Negros Oriental; farmers march over killings", "2019-05-02", [
"DUMAGUETE CITY, Philippines, May 2 - Communist rebels ambushed a police patrol in the mountains of Guihulngan City on Negros island, killing two officers, provincial police said on Thursday, correcting an earlier report that one had died.",
"The officers were returning from a village outreach programme on Tuesday afternoon when about 15 members of the New People's Army (NPA) opened fire on their pick-up truck from a ridge above the road, said Lieutenant Colonel Arnel Banzon, a spokesman for the Negros Oriental police. A third officer was wounded and is in stable condition.",
"\"We initially reported one fatality, but a second officer who was missing was found dead in a ravine on Wednesday morning,\" Banzon said. \"They were unarmed community workers in uniform.\"",
"The NPA's Leonardo Panaligan Command, which operates in central Negros, said in a statement sent to journalists that the ambush was carried out in retaliation for police raids in March in which it said several farmers had been killed. The statement described the police as \"the armed enforcers of the landlords\".",
"On Wednesday, several hundred farmers, church workers and students marched through Dumaguete for the May Day holiday, demanding an end to what they called a campaign of killings against peasant activists on the island. The rally ended peacefully outside the provincial capitol.",
"Their anger was fuelled by the killing on Saturday of Eliseo Tabañag, 52, a leader of a sugar workers' union, who was shot dead by two men on a motorcycle outside his home in Canlaon City. Police said they had not identified the gunmen. His daughter, who asked that her name not be used, said her father had received text messages accusing him of being an NPA supporter.",
"Human rights group Karapatan says at least 64 farmers and activists have been killed on Negros island since July 2016. The military estimates that the NPA has about 300 armed fighters on the island.",
"Negros, the country's main sugar-producing island, has some of the starkest inequality in the Philippines, and analysts say land disputes between hacienda owners and landless workers have kept the decades-old rebellion alive there. \"When a cane cutter earns less than 100 pesos a day and the harvest season lasts only six months, the NPA does not need to work hard to recruit,\" said Rosalind Villareal, a sociologist at a university in Dumaguete.",
"Rights groups also blame a government decision late last year to send additional soldiers and police to Negros and three other regions. A church worker who asked not to be named said the deployment had led to more raids on villages and more killings of civilians.",
"Brigadier General Benedict Arevalo, commander of the army's 303rd Infantry Brigade, said the troop increase had weakened the rebels and that more than 40 NPA members had surrendered this year. \"Because of the pressure, they are losing their mass base and resorting to ambushes of soft targets,\" he said.",
"Peace talks between the government and the National Democratic Front, the rebels' political wing, collapsed in 2017.",
])
d.country = "Philippines"
CV = "Central Visayas"
d.ev(date=wd(d.pub, "Tuesday"), etype="Battles", sub="Armed clash", actor1="NPA: New People's Army", actor2=PH_POL, admin1=CV,
     admin1_alt=["Negros Oriental", "Negros Island Region"], admin2="Negros Oriental", location="Guihulngan", lat=10.12, lon=123.27, prec=2,
     fatalities=2, injured=1, fatalities_note="toll revised from one to two",
     evidence=["Communist rebels ambushed a police patrol in the mountains of Guihulngan City on Negros island, killing two officers",
               "about 15 members of the New People's Army (NPA) opened fire on their pick-up truck from a ridge above the road",
               "a second officer who was missing was found dead in a ravine on Wednesday morning"])
d.ev(date=wd(d.pub, "Wednesday"), etype="Protests", sub="Peaceful protest", actor1="Protesters (Philippines)", actor2=None, admin1=CV,
     admin1_alt=["Negros Oriental", "Negros Island Region"], admin2="Negros Oriental", location="Dumaguete", lat=9.3068, lon=123.3054, prec=1, fatalities=0,
     evidence=["several hundred farmers, church workers and students marched through Dumaguete for the May Day holiday", "The rally ended peacefully"])
d.ev(date=wd(d.pub, "Saturday"), etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Philippines)", actor2="Civilians (Philippines)",
     admin1=CV, admin1_alt=["Negros Oriental", "Negros Island Region"], admin2="Negros Oriental", location="Canlaon", prec=2, fatalities=1,
     evidence=["the killing on Saturday of Eliseo Tabañag, 52, a leader of a sugar workers' union, who was shot dead by two men on a motorcycle outside his home in Canlaon City"])
AB = ["Lieutenant Colonel Arnel Banzon", "Banzon"]
d.q("Communist rebels ambushed a police patrol in the mountains of Guihulngan City on Negros island, killing two officers", "Negros Oriental police", "provincial police", "named", False)
d.q("The officers were returning from a village outreach programme on Tuesday afternoon when about 15 members of the New People's Army (NPA) opened fire on their pick-up truck from a ridge above the road",
    "Arnel Banzon", "Lieutenant Colonel Arnel Banzon", "named", False, mentions=AB, role="spokesman", aff="Negros Oriental police")
d.q("\"We initially reported one fatality, but a second officer who was missing was found dead in a ravine on Wednesday morning,\"", "Arnel Banzon", "Banzon", "named", True,
    mentions=AB, role="spokesman", aff="Negros Oriental police")
d.q("\"They were unarmed community workers in uniform.\"", "Arnel Banzon", "Banzon", "named", True, mentions=AB, role="spokesman", aff="Negros Oriental police")
d.q("the ambush was carried out in retaliation for police raids in March in which it said several farmers had been killed", "Leonardo Panaligan Command",
    "The NPA's Leonardo Panaligan Command", "named", False, aff="New People's Army", medium="statement")
d.q("described the police as \"the armed enforcers of the landlords\"", "Leonardo Panaligan Command", "The statement", "named", False, medium="statement",
    mentions=["The NPA's Leonardo Panaligan Command"])
d.q("they had not identified the gunmen", "Police", "Police", "unnamed official", False, after="Canlaon City.")
d.q("her father had received text messages accusing him of being an NPA supporter", "His daughter", "His daughter", "anonymous", False,
    alt=["daughter of Eliseo Tabañag"])
d.q("at least 64 farmers and activists have been killed on Negros island since July 2016", "Karapatan", "Human rights group Karapatan", "named", False)
d.q("the NPA has about 300 armed fighters on the island", "Armed Forces of the Philippines", "The military", "named", False, after="The military estimates")
d.q("land disputes between hacienda owners and landless workers have kept the decades-old rebellion alive there", "analysts", "analysts", "anonymous", False)
d.q("\"When a cane cutter earns less than 100 pesos a day and the harvest season lasts only six months, the NPA does not need to work hard to recruit,\"", "Rosalind Villareal",
    "Rosalind Villareal", "named", True, role="sociologist")
d.q("the deployment had led to more raids on villages and more killings of civilians", "A church worker who asked not to be named", "A church worker who asked not to be named",
    "anonymous", False)
BA = ["Brigadier General Benedict Arevalo"]
d.q("the troop increase had weakened the rebels and that more than 40 NPA members had surrendered this year", "Benedict Arevalo", "Brigadier General Benedict Arevalo", "named", False,
    role="commander", aff="303rd Infantry Brigade")
d.q("\"Because of the pressure, they are losing their mass base and resorting to ambushes of soft targets,\"", "Benedict Arevalo", "he", "named", True, mentions=BA,
    role="commander", aff="303rd Infantry Brigade")
d.agg("at least 64 farmers and activists have been killed on Negros island since July 2016", "farmers and activists killed", "people", quantity=64, low=64, qualifier="at least",
      ps="2016-07-01", pe=d.pub, scope="Negros island", claimant="Karapatan")
d.agg("the NPA has about 300 armed fighters on the island", "NPA armed fighters", "fighters", quantity=300, qualifier="about", scope="Negros island", claimant="Armed Forces of the Philippines")
d.agg("more than 40 NPA members had surrendered this year", "NPA members surrendered", "people", quantity=40, low=40, qualifier="more than", ps="2019-01-01", pe=d.pub,
      scope="Negros", claimant="Benedict Arevalo")
d.cz("the ambush was carried out in retaliation for police raids in March in which it said several farmers had been killed", "police raids in March", "the ambush",
     driver=None, claimant="Leonardo Panaligan Command")
d.cz("Their anger was fuelled by the killing on Saturday of Eliseo Tabañag", "the killing on Saturday of Eliseo Tabañag", "Their anger", driver=None)
d.cz("land disputes between hacienda owners and landless workers have kept the decades-old rebellion alive there", "land disputes between hacienda owners and landless workers",
     "kept the decades-old rebellion alive", driver="economic hardship/unemployment", claimant="analysts")
d.cz("When a cane cutter earns less than 100 pesos a day and the harvest season lasts only six months, the NPA does not need to work hard to recruit",
     "a cane cutter earns less than 100 pesos a day", "the NPA does not need to work hard to recruit", driver="economic hardship/unemployment", claimant="Rosalind Villareal")
d.cz("the deployment had led to more raids on villages and more killings of civilians", "the deployment", "more raids on villages and more killings of civilians",
     driver="security posture/deployment", claimant="A church worker who asked not to be named")
d.cz("the troop increase had weakened the rebels", "the troop increase", "weakened the rebels", driver="security posture/deployment", claimant="Benedict Arevalo", polarity="-")
d.cz("Because of the pressure, they are losing their mass base and resorting to ambushes of soft targets", "the pressure",
     "they are losing their mass base and resorting to ambushes of soft targets", driver=None, claimant="Benedict Arevalo")
DOCS.append(d)

# ---------------- 08: Myanmar roundup, March 2021 ----------------
d = Doc("authU-08", "Myanmar forces fire on protesters as air strikes hit Karen villages", "2021-03-30", [
"YANGON, March 30 - Myanmar security forces shot dead at least five protesters in the north-western city of Monywa and one in the Shan state capital Taunggyi, witnesses and local media said, while military aircraft bombed villages in Kayin state for a second day after ethnic Karen fighters overran an army outpost.",
"In Monywa, in Sagaing region, soldiers and police opened fire on Sunday on a crowd of several thousand people who had gathered near the main market to denounce the February 1 coup, a protester who took part said. He said at least five people had been killed and dozens wounded. The Monywa Gazette, a local news outlet, put the toll at seven.",
"\"They did not fire warning shots. They aimed at the front line,\" the protester said, asking not to be named for fear of arrest.",
"In Taunggyi, police fired rubber bullets and live rounds at protesters who had blocked a road with sandbags on Monday, killing a 19-year-old student, according to a doctor at the city's hospital who spoke on condition of anonymity.",
"In the east, the Karen National Union (KNU), one of the country's oldest ethnic armed groups, said its armed wing, the Karen National Liberation Army (KNLA), captured a military outpost near Hpapun in Kayin state on Saturday, killing 10 soldiers and detaining eight. One KNLA fighter was killed, the group said.",
"Hours later, on Sunday, military jets dropped bombs on villages in the Hpapun district, killing at least three civilians, according to Saw Eh Doh, a spokesman for a Karen relief group. He said about 3,000 villagers had fled into the forest and across the Salween river towards Thailand since the weekend.",
"\"The air strikes came in retaliation for the capture of the outpost, but it is the villagers who are paying,\" Saw Eh Doh said.",
"A military spokesman did not answer calls seeking comment. State television said security forces had used \"the minimum force necessary\" against \"rioters\" and that some members of the security forces had been wounded.",
"The Assistance Association for Political Prisoners, which tracks deaths and arrests, says at least 510 people have been killed by security forces since the coup and more than 2,500 have been detained.",
"The bloodshed has pushed some protesters to seek training from ethnic armed groups in the borderlands. \"Young people from the cities are going to the jungle because peaceful protest is being answered with bullets,\" said Thinzar Hlaing, a youth activist in Yangon who has gone into hiding. She said the thick forest along the Thai border had given the KNU a refuge for decades and now offered one to the protesters.",
"Diplomats in Yangon said the military appeared confident that support from China and Russia at the United Nations would shield it from tougher action. \"Beijing and Moscow blocking a stronger Security Council statement has probably made the generals feel they can act with impunity,\" said a Western diplomat, who asked not to be identified.",
"Several ethnic armed groups that had signed a ceasefire with the previous government have said they would stand with the protesters. Analysts warn that the military's reliance on force could push the country towards a wider civil war.",
])
d.country = "Myanmar"
MM_MIL = "Military Forces of Myanmar (2021-)"
MM_POL = "Police Forces of Myanmar (2021-)"
d.ev(date=wd(d.pub, "Sunday"), etype="Protests", sub="Excessive force against protesters", actor1=MM_MIL, actor2="Protesters (Myanmar)", admin1="Sagaing", admin2="Monywa",
     location="Monywa", lat=22.1086, lon=95.1358, prec=1, fatalities=5, fatalities_note="protester at least five vs local outlet seven: 5",
     evidence=["Myanmar security forces shot dead at least five protesters in the north-western city of Monywa",
               "soldiers and police opened fire on Sunday on a crowd of several thousand people",
               "The Monywa Gazette, a local news outlet, put the toll at seven."])
d.ev(date=wd(d.pub, "Monday"), etype="Protests", sub="Excessive force against protesters", actor1=MM_POL, actor2="Protesters (Myanmar)", admin1="Shan-South",
     admin1_alt=["Shan"], admin2="Taunggyi", location="Taunggyi", lat=20.7892, lon=97.0378, prec=1, fatalities=1,
     evidence=["police fired rubber bullets and live rounds at protesters who had blocked a road with sandbags on Monday, killing a 19-year-old student"])
d.ev(date=wd(d.pub, "Saturday"), etype="Battles", sub="Non-state actor overtakes territory", sub_alt=["Armed clash"], actor1="KNLA: Karen National Liberation Army",
     actor2=MM_MIL, admin1="Kayin", admin2="Hpapun", location="Hpapun", lat=18.06, lon=97.45, prec=2, fatalities=11,
     fatalities_note="10 soldiers plus one KNLA fighter, KNU only source",
     evidence=["captured a military outpost near Hpapun in Kayin state on Saturday, killing 10 soldiers and detaining eight", "One KNLA fighter was killed"])
d.ev(date=wd(d.pub, "Sunday"), etype="Explosions/Remote violence", sub="Air/drone strike", actor1=MM_MIL, actor2="Civilians (Myanmar)", admin1="Kayin", admin2="Hpapun",
     location="Hpapun district", location_alt=["Hpapun"], prec=3, fatalities=3,
     evidence=["on Sunday, military jets dropped bombs on villages in the Hpapun district, killing at least three civilians"])
PRT = ["a protester who took part", "the protester"]
d.q("Myanmar security forces shot dead at least five protesters in the north-western city of Monywa and one in the Shan state capital Taunggyi", "witnesses and local media",
    "witnesses and local media", "anonymous", False)
d.q("soldiers and police opened fire on Sunday on a crowd of several thousand people who had gathered near the main market to denounce the February 1 coup",
    "a protester who took part", "a protester who took part", "anonymous", False, mentions=PRT)
d.q("at least five people had been killed and dozens wounded", "a protester who took part", "He", "anonymous", False, mentions=PRT)
d.q("put the toll at seven", "Monywa Gazette", "The Monywa Gazette, a local news outlet,", "named", False)
d.q("\"They did not fire warning shots. They aimed at the front line,\"", "a protester who took part", "the protester", "anonymous", True, mentions=PRT)
d.q("police fired rubber bullets and live rounds at protesters who had blocked a road with sandbags on Monday, killing a 19-year-old student",
    "a doctor at the city's hospital", "a doctor at the city's hospital", "unnamed official", False)
KNU = ["the Karen National Union (KNU)", "the group"]
d.q("its armed wing, the Karen National Liberation Army (KNLA), captured a military outpost near Hpapun in Kayin state on Saturday, killing 10 soldiers and detaining eight",
    "Karen National Union", "the Karen National Union (KNU)", "named", False)
d.q("One KNLA fighter was killed", "Karen National Union", "the group", "named", False, mentions=["the Karen National Union (KNU)"])
SED = ["Saw Eh Doh"]
d.q("military jets dropped bombs on villages in the Hpapun district, killing at least three civilians", "Saw Eh Doh", "Saw Eh Doh", "named", False, mentions=SED,
    role="spokesman", aff="Karen relief group")
d.q("about 3,000 villagers had fled into the forest and across the Salween river towards Thailand since the weekend", "Saw Eh Doh", "He", "named", False, mentions=SED, role="spokesman")
d.q("\"The air strikes came in retaliation for the capture of the outpost, but it is the villagers who are paying,\"", "Saw Eh Doh", "Saw Eh Doh", "named", True, mentions=SED, role="spokesman")
d.q("security forces had used \"the minimum force necessary\" against \"rioters\" and that some members of the security forces had been wounded", "State television",
    "State television", "named", False, medium="television")
d.q("at least 510 people have been killed by security forces since the coup and more than 2,500 have been detained", "Assistance Association for Political Prisoners",
    "The Assistance Association for Political Prisoners", "named", False)
TH = ["Thinzar Hlaing"]
d.q("\"Young people from the cities are going to the jungle because peaceful protest is being answered with bullets,\"", "Thinzar Hlaing", "Thinzar Hlaing", "named", True,
    role="youth activist")
d.q("the thick forest along the Thai border had given the KNU a refuge for decades and now offered one to the protesters", "Thinzar Hlaing", "She", "named", False, mentions=TH,
    role="youth activist")
d.q("the military appeared confident that support from China and Russia at the United Nations would shield it from tougher action", "Diplomats in Yangon", "Diplomats in Yangon",
    "unnamed official", False)
d.q("\"Beijing and Moscow blocking a stronger Security Council statement has probably made the generals feel they can act with impunity,\"", "a Western diplomat",
    "a Western diplomat", "unnamed official", True)
d.q("they would stand with the protesters", "Several ethnic armed groups", "Several ethnic armed groups that had signed a ceasefire with the previous government", "unnamed official", False)
d.q("the military's reliance on force could push the country towards a wider civil war", "Analysts", "Analysts", "anonymous", False, after="Analysts warn")
d.agg("about 3,000 villagers had fled into the forest and across the Salween river towards Thailand since the weekend", "villagers fled", "people", quantity=3000, qualifier="about",
      ps="2021-03-27", pe=d.pub, scope="Hpapun district", claimant="Saw Eh Doh")
d.agg("at least 510 people have been killed by security forces since the coup", "people killed by security forces", "people", quantity=510, low=510, qualifier="at least",
      ps="2021-02-01", pe=d.pub, scope="Myanmar", claimant="Assistance Association for Political Prisoners")
d.agg("more than 2,500 have been detained", "people detained", "people", quantity=2500, low=2500, qualifier="more than", ps="2021-02-01", pe=d.pub, scope="Myanmar",
      claimant="Assistance Association for Political Prisoners")
d.cz("The air strikes came in retaliation for the capture of the outpost", "the capture of the outpost", "The air strikes", driver=None, claimant="Saw Eh Doh")
d.cz("The bloodshed has pushed some protesters to seek training from ethnic armed groups in the borderlands.", "The bloodshed",
     "some protesters to seek training from ethnic armed groups in the borderlands", driver=None)
d.cz("Young people from the cities are going to the jungle because peaceful protest is being answered with bullets", "peaceful protest is being answered with bullets",
     "Young people from the cities are going to the jungle", driver=None, claimant="Thinzar Hlaing")
d.cz("the thick forest along the Thai border had given the KNU a refuge for decades and now offered one to the protesters", "the thick forest along the Thai border",
     "given the KNU a refuge for decades and now offered one to the protesters", driver="terrain/safe havens", claimant="Thinzar Hlaing")
d.cz("support from China and Russia at the United Nations would shield it from tougher action", "support from China and Russia at the United Nations",
     "shield it from tougher action", driver="external support", claimant="Diplomats in Yangon", hedged=True, polarity="-")
d.cz("Beijing and Moscow blocking a stronger Security Council statement has probably made the generals feel they can act with impunity",
     "Beijing and Moscow blocking a stronger Security Council statement", "the generals feel they can act with impunity", driver="external support", claimant="a Western diplomat", hedged=True)
d.cz("the military's reliance on force could push the country towards a wider civil war", "the military's reliance on force", "a wider civil war", driver=None,
     claimant="Analysts", hedged=True)
DOCS.append(d)

# ---------------- 09: Rakhine, 2019 ----------------
d = Doc("authU-09", "Shell kills two villagers in Rakhine as Arakan Army conflict intensifies", "2019-06-20", [
"SITTWE, Myanmar - An artillery shell struck a village in Mrauk-U township on Wednesday, killing two civilians, residents said, a day after Arakan Army fighters ambushed a military convoy in neighbouring Kyauktaw in one of the deadliest clashes in Myanmar's western Rakhine state this year.",
"The shell landed on a house in Pan Myaung village shortly before noon, killing a 60-year-old woman and her 12-year-old grandson and wounding three others, a village elder said by phone. He said the shell had been fired from an army battalion base about four kilometres away. \"There was no fighting in our village. We do not know why they fired,\" he said, declining to give his name because he feared arrest.",
"The military's True News Information Team said in a statement on Wednesday that four soldiers had been killed and nine wounded when Arakan Army (AA) fighters attacked a convoy carrying supplies on the road between Kyauktaw and Mrauk-U on Tuesday. The AA, a Buddhist Rakhine ethnic armed group fighting for greater autonomy, said on its website that it had killed 13 soldiers and seized weapons and ammunition.",
"Brigadier General Zaw Min Tun, a military spokesman, denied that the army had shelled civilians. \"Our troops only fire when they come under attack. The AA uses villages as shields,\" he told reporters in Naypyitaw.",
"Separately, soldiers detained 10 men from a village in Rathedaung township on Monday for questioning about suspected links to the AA, according to Khin Saw Wai, a Rakhine member of parliament from the area. She said their families had not been told where they were being held.",
"The fighting has driven tens of thousands of people from their homes. According to the Rakhine state relief department, more than 32,000 people have been displaced by clashes between the army and the AA since January and are sheltering in 90 monasteries and temporary camps. The army says it has fought 104 clashes with the AA since December.",
"Aid workers say conditions in the camps are deteriorating as the monsoon sets in. An official of an international aid agency, who asked not to be named because of restrictions on access imposed by the authorities, said that crowding in the monastery compounds had led to outbreaks of diarrhoea and that the military's restrictions on the movement of rice into rural townships had caused shortages.",
"The AA has grown rapidly in recent years, recruiting thousands of young Rakhine men. Analysts say its popularity stems from deep resentment of the central government in a state that is one of the poorest in Myanmar. \"People in Rakhine feel their resources have been taken and nothing has come back to them. That sense of neglect is why the AA can recruit so easily,\" said Aung Thura Kyaw, a political analyst in Yangon.",
"He added that the group had built up its fighting strength at bases in Kachin state and along the Chinese border. Security officials in Naypyitaw have alleged that arms supplied through networks on the Chinese frontier have enabled the AA to equip new battalions, an accusation the group rejects.",
"The AA's leader, Major General Twan Mrat Naing, said in a video message posted on Facebook last week that the group would keep fighting until the Rakhine people won \"self-determination.\"",
"The government said the conflict could jeopardise plans for the repatriation of Rohingya refugees who fled to Bangladesh in 2017, as the fighting has spread to northern townships near the border.",
])
d.country = "Myanmar"
MM16 = "Military Forces of Myanmar (2016-2021)"
d.ev(date=wd(d.pub, "Wednesday"), etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", actor1=MM16, actor1_alt=["Unidentified Armed Group (Myanmar)"],
     actor2="Civilians (Myanmar)", admin1="Rakhine", admin2="Mrauk-U", location="Pan Myaung, Mrauk-U", location_alt=["Mrauk-U"], prec=2, fatalities=2, injured=3,
     evidence=["An artillery shell struck a village in Mrauk-U township on Wednesday, killing two civilians",
               "The shell landed on a house in Pan Myaung village shortly before noon, killing a 60-year-old woman and her 12-year-old grandson and wounding three others"])
d.ev(date=wd(d.pub, "Tuesday"), etype="Battles", sub="Armed clash", actor1="AA: Arakan Army", actor2=MM16, admin1="Rakhine", admin2="Kyauktaw",
     location="Kyauktaw-Mrauk-U road", location_alt=["Kyauktaw"], prec=2, fatalities=4, injured=9, fatalities_note="military four vs AA 13: conservative 4",
     evidence=["Arakan Army fighters ambushed a military convoy in neighbouring Kyauktaw",
               "four soldiers had been killed and nine wounded when Arakan Army (AA) fighters attacked a convoy carrying supplies on the road between Kyauktaw and Mrauk-U on Tuesday",
               "it had killed 13 soldiers"])
d.ev(date=wd(d.pub, "Monday"), etype="Strategic developments", sub="Arrests", actor1=MM16, actor2="Civilians (Myanmar)", admin1="Rakhine", admin2="Rathedaung",
     location="Rathedaung", prec=3, fatalities=0,
     evidence=["soldiers detained 10 men from a village in Rathedaung township on Monday"])
VE = ["a village elder"]
d.q("An artillery shell struck a village in Mrauk-U township on Wednesday, killing two civilians", "residents", "residents", "anonymous", False)
d.q("The shell landed on a house in Pan Myaung village shortly before noon, killing a 60-year-old woman and her 12-year-old grandson and wounding three others",
    "a village elder", "a village elder", "anonymous", False, medium="phone")
d.q("the shell had been fired from an army battalion base about four kilometres away", "a village elder", "He", "anonymous", False, mentions=VE)
d.q("\"There was no fighting in our village. We do not know why they fired,\"", "a village elder", "he", "anonymous", True, mentions=VE)
d.q("four soldiers had been killed and nine wounded when Arakan Army (AA) fighters attacked a convoy carrying supplies on the road between Kyauktaw and Mrauk-U on Tuesday",
    "True News Information Team", "The military's True News Information Team", "named", False, medium="statement")
d.q("it had killed 13 soldiers and seized weapons and ammunition", "Arakan Army", "The AA, a Buddhist Rakhine ethnic armed group fighting for greater autonomy,", "named", False,
    medium="website")
ZM = ["Brigadier General Zaw Min Tun"]
d.q("that the army had shelled civilians", "Zaw Min Tun", "Brigadier General Zaw Min Tun", "named", False, role="spokesman", aff="Myanmar military")
d.q("\"Our troops only fire when they come under attack. The AA uses villages as shields,\"", "Zaw Min Tun", "he", "named", True, mentions=ZM, role="spokesman", aff="Myanmar military")
KSW = ["Khin Saw Wai"]
d.q("soldiers detained 10 men from a village in Rathedaung township on Monday for questioning about suspected links to the AA", "Khin Saw Wai", "Khin Saw Wai", "named", False,
    role="member of parliament")
d.q("their families had not been told where they were being held", "Khin Saw Wai", "She", "named", False, mentions=KSW, role="member of parliament")
d.q("more than 32,000 people have been displaced by clashes between the army and the AA since January and are sheltering in 90 monasteries and temporary camps",
    "Rakhine state relief department", "the Rakhine state relief department", "named", False)
d.q("it has fought 104 clashes with the AA since December", "Myanmar military", "The army", "named", False, after="The army says")
d.q("conditions in the camps are deteriorating as the monsoon sets in", "Aid workers", "Aid workers", "anonymous", False)
d.q("that crowding in the monastery compounds had led to outbreaks of diarrhoea and that the military's restrictions on the movement of rice into rural townships had caused shortages",
    "An official of an international aid agency", "An official of an international aid agency", "unnamed official", False)
d.q("its popularity stems from deep resentment of the central government in a state that is one of the poorest in Myanmar", "Analysts", "Analysts", "anonymous", False,
    after="recruiting thousands")
ATK = ["Aung Thura Kyaw"]
d.q("\"People in Rakhine feel their resources have been taken and nothing has come back to them. That sense of neglect is why the AA can recruit so easily,\"",
    "Aung Thura Kyaw", "Aung Thura Kyaw", "named", True, role="political analyst")
d.q("the group had built up its fighting strength at bases in Kachin state and along the Chinese border", "Aung Thura Kyaw", "He", "named", False, mentions=ATK, role="political analyst")
d.q("arms supplied through networks on the Chinese frontier have enabled the AA to equip new battalions", "Security officials in Naypyitaw", "Security officials in Naypyitaw",
    "unnamed official", False)
d.q("the group would keep fighting until the Rakhine people won \"self-determination.\"", "Twan Mrat Naing", "Major General Twan Mrat Naing", "named", False, role="leader",
    aff="Arakan Army", medium="video message posted on Facebook")
d.q("the conflict could jeopardise plans for the repatriation of Rohingya refugees who fled to Bangladesh in 2017", "Government of Myanmar", "The government", "named", False,
    after="The government said")
d.agg("more than 32,000 people have been displaced by clashes between the army and the AA since January", "people displaced", "people", quantity=32000, low=32000,
      qualifier="more than", ps="2019-01-01", pe=d.pub, scope="Rakhine", claimant="Rakhine state relief department")
d.agg("it has fought 104 clashes with the AA since December", "clashes", "clashes", quantity=104, ps="2018-12-01", pe=d.pub, scope="Rakhine", claimant="Myanmar military")
d.cz("The fighting has driven tens of thousands of people from their homes.", "The fighting", "driven tens of thousands of people from their homes", driver=None)
d.cz("more than 32,000 people have been displaced by clashes between the army and the AA since January", "clashes between the army and the AA",
     "more than 32,000 people have been displaced", driver=None, claimant="Rakhine state relief department")
d.cz("crowding in the monastery compounds had led to outbreaks of diarrhoea", "crowding in the monastery compounds", "outbreaks of diarrhoea", driver="displacement/camps/reintegration",
     claimant="An official of an international aid agency")
d.cz("the military's restrictions on the movement of rice into rural townships had caused shortages", "the military's restrictions on the movement of rice into rural townships",
     "shortages", driver="security posture/deployment", claimant="An official of an international aid agency")
d.cz("its popularity stems from deep resentment of the central government in a state that is one of the poorest in Myanmar",
     "deep resentment of the central government in a state that is one of the poorest in Myanmar", "its popularity", driver="governance/corruption", claimant="Analysts")
d.cz("That sense of neglect is why the AA can recruit so easily", "That sense of neglect", "the AA can recruit so easily", driver="governance/corruption", claimant="Aung Thura Kyaw")
d.cz("arms supplied through networks on the Chinese frontier have enabled the AA to equip new battalions", "arms supplied through networks on the Chinese frontier",
     "the AA to equip new battalions", driver="external support", claimant="Security officials in Naypyitaw")
d.cz("the conflict could jeopardise plans for the repatriation of Rohingya refugees who fled to Bangladesh in 2017", "the conflict",
     "plans for the repatriation of Rohingya refugees", driver=None, claimant="Government of Myanmar", hedged=True, polarity="-")
DOCS.append(d)

# ---------------- 10: Basilan abduction wire ----------------
d = Doc("authU-10", "Abu Sayyaf seizes three loggers in Basilan; soldier killed in pursuit", "2018-02-08", [
"ISABELA CITY, Philippines, Feb 8 - Abu Sayyaf gunmen abducted three loggers in the southern province of Basilan and a soldier was killed as troops pursued the kidnappers, the military said on Thursday.",
"About a dozen armed men seized the loggers, all Christian residents of Zamboanga City, at a logging site in the hills of Sumisip town on Tuesday morning, said Captain Jo-Ann Petinglay, a spokeswoman for the army's Joint Task Force Basilan. A fourth worker escaped by running into the forest and alerted soldiers, she said.",
"Troops caught up with the group on Wednesday in a forested area on the boundary of Sumisip and Tipo-Tipo, sparking a two-hour firefight in which one soldier and two militants were killed, Petinglay said. The hostages were not recovered.",
"\"The kidnappers split into two groups and dragged the victims deeper into the mountains,\" she said. \"We are hoping the victims are still alive.\"",
"Overnight, an unidentified man threw a grenade at an army checkpoint in Lamitan City, wounding two soldiers, police said. It was not clear whether the attack was linked to the kidnapping.",
"The military estimates that the Abu Sayyaf in Basilan has about 80 fighters left, down from more than 300 two years ago, after a string of offensives and the surrender of dozens of members. The group still holds at least nine hostages in Basilan and Sulu, according to a military tally.",
"Officials say the Basilan faction has been in disarray since its leader, Isnilon Hapilon, was killed in the siege of Marawi in October. \"Without Hapilon, the Basilan group has broken into small bands that are mostly interested in ransom,\" said Colonel Juvymax Uy, a senior commander on the island. \"They kidnap because they need money to survive.\"",
"Local officials say poverty remains a driver. Basilan is among the poorest provinces in the country, and a town councillor in Sumisip, who asked not to be named, said unemployed young men were paid to guard hostages or to act as lookouts. \"For 5,000 pesos a young man with no job will carry a rifle for them,\" he said.",
"A military intelligence officer, who was not authorised to speak publicly, said the pull-out of two battalions from Basilan to fight in Marawi last year could have given the kidnappers more freedom to move. The battalions have since returned.",
"Provincial governor Jim Salliman said a programme offering cash, rice and livelihood training to surrendering fighters had persuaded more than 70 Abu Sayyaf members to give up their weapons since 2016. \"When they come down from the mountain and see that their families are safe, others follow,\" he said.",
"The Abu Sayyaf, founded in the early 1990s with seed money from al Qaeda, has been blamed for the country's worst terrorist attacks and has made tens of millions of pesos from kidnapping foreigners and locals.",
])
d.country = "Philippines"
ARMM = "Autonomous Region in Muslim Mindanao"
A1 = ["Basilan", BARMM, "ARMM"]
PH_MIL16 = "Military Forces of the Philippines (2016-2022)"
d.ev(date=wd(d.pub, "Tuesday"), etype="Violence against civilians", sub="Abduction/forced disappearance", actor1="Abu Sayyaf", actor2="Civilians (Philippines)",
     admin1=ARMM, admin1_alt=A1, admin2="Basilan", location="Sumisip", prec=2, fatalities=0,
     evidence=["Abu Sayyaf gunmen abducted three loggers in the southern province of Basilan",
               "About a dozen armed men seized the loggers, all Christian residents of Zamboanga City, at a logging site in the hills of Sumisip town on Tuesday morning"])
d.ev(date=wd(d.pub, "Wednesday"), etype="Battles", sub="Armed clash", actor1=PH_MIL16, actor2="Abu Sayyaf", admin1=ARMM, admin1_alt=A1, admin2="Basilan",
     location="Sumisip-Tipo-Tipo boundary", location_alt=["Sumisip", "Tipo-Tipo"], prec=2, fatalities=3,
     evidence=["a soldier was killed as troops pursued the kidnappers",
               "Troops caught up with the group on Wednesday in a forested area on the boundary of Sumisip and Tipo-Tipo, sparking a two-hour firefight in which one soldier and two militants were killed"])
d.ev(date=d.pub, etype="Explosions/Remote violence", sub="Grenade", actor1="Unidentified Armed Group (Philippines)", actor1_alt=["Abu Sayyaf"], actor2=PH_MIL16,
     admin1=ARMM, admin1_alt=A1, admin2="Basilan", location="Lamitan", lat=6.65, lon=122.13, prec=1, fatalities=0, injured=2,
     note="'Overnight' resolved to the publication day",
     evidence=["Overnight, an unidentified man threw a grenade at an army checkpoint in Lamitan City, wounding two soldiers"])
JP = ["Captain Jo-Ann Petinglay", "Petinglay"]
d.q("Abu Sayyaf gunmen abducted three loggers in the southern province of Basilan and a soldier was killed as troops pursued the kidnappers", "Armed Forces of the Philippines",
    "the military", "named", False, after="ISABELA CITY")
d.q("About a dozen armed men seized the loggers, all Christian residents of Zamboanga City, at a logging site in the hills of Sumisip town on Tuesday morning",
    "Jo-Ann Petinglay", "Captain Jo-Ann Petinglay", "named", False, mentions=JP, role="spokeswoman", aff="Joint Task Force Basilan")
d.q("A fourth worker escaped by running into the forest and alerted soldiers", "Jo-Ann Petinglay", "she", "named", False, mentions=JP, role="spokeswoman", aff="Joint Task Force Basilan")
d.q("Troops caught up with the group on Wednesday in a forested area on the boundary of Sumisip and Tipo-Tipo, sparking a two-hour firefight in which one soldier and two militants were killed",
    "Jo-Ann Petinglay", "Petinglay", "named", False, mentions=JP, role="spokeswoman", aff="Joint Task Force Basilan")
d.q("\"The kidnappers split into two groups and dragged the victims deeper into the mountains,\"", "Jo-Ann Petinglay", "she", "named", True, mentions=JP, role="spokeswoman")
d.q("\"We are hoping the victims are still alive.\"", "Jo-Ann Petinglay", "she", "named", True, mentions=JP, role="spokeswoman", after="deeper into the mountains")
d.q("an unidentified man threw a grenade at an army checkpoint in Lamitan City, wounding two soldiers", "police", "police", "unnamed official", False)
d.q("the Abu Sayyaf in Basilan has about 80 fighters left, down from more than 300 two years ago, after a string of offensives and the surrender of dozens of members",
    "Armed Forces of the Philippines", "The military", "named", False, after="The military estimates")
d.q("The group still holds at least nine hostages in Basilan and Sulu", "military tally", "a military tally", "unnamed official", False)
d.q("the Basilan faction has been in disarray since its leader, Isnilon Hapilon, was killed in the siege of Marawi in October", "Officials", "Officials", "unnamed official", False,
    after="Officials say the Basilan")
JU = ["Colonel Juvymax Uy"]
d.q("\"Without Hapilon, the Basilan group has broken into small bands that are mostly interested in ransom,\"", "Juvymax Uy", "Colonel Juvymax Uy", "named", True, role="senior commander")
d.q("\"They kidnap because they need money to survive.\"", "Juvymax Uy", "Colonel Juvymax Uy", "named", True, mentions=JU, role="senior commander")
d.q("poverty remains a driver", "Local officials", "Local officials", "unnamed official", False)
TC = ["a town councillor in Sumisip"]
d.q("unemployed young men were paid to guard hostages or to act as lookouts", "a town councillor in Sumisip", "a town councillor in Sumisip", "unnamed official", False)
d.q("\"For 5,000 pesos a young man with no job will carry a rifle for them,\"", "a town councillor in Sumisip", "he", "unnamed official", True, mentions=TC)
d.q("the pull-out of two battalions from Basilan to fight in Marawi last year could have given the kidnappers more freedom to move", "A military intelligence officer",
    "A military intelligence officer", "unnamed official", False)
JS = ["Provincial governor Jim Salliman"]
d.q("a programme offering cash, rice and livelihood training to surrendering fighters had persuaded more than 70 Abu Sayyaf members to give up their weapons since 2016",
    "Jim Salliman", "Provincial governor Jim Salliman", "named", False, role="governor", aff="Basilan province")
d.q("\"When they come down from the mountain and see that their families are safe, others follow,\"", "Jim Salliman", "he", "named", True, mentions=JS, role="governor")
d.agg("the Abu Sayyaf in Basilan has about 80 fighters left", "Abu Sayyaf fighters", "fighters", quantity=80, qualifier="about", scope="Basilan",
      claimant="Armed Forces of the Philippines")
d.agg("down from more than 300 two years ago", "Abu Sayyaf fighters", "fighters", quantity=300, low=300, qualifier="more than", ps="2016-01-01", pe="2016-12-31",
      scope="Basilan", claimant="Armed Forces of the Philippines")
d.agg("The group still holds at least nine hostages in Basilan and Sulu", "hostages held", "people", quantity=9, low=9, qualifier="at least", scope="Basilan and Sulu",
      claimant="military tally")
d.agg("had persuaded more than 70 Abu Sayyaf members to give up their weapons since 2016", "Abu Sayyaf members surrendered", "people", quantity=70, low=70, qualifier="more than",
      ps="2016-01-01", pe=d.pub, scope="Basilan", claimant="Jim Salliman")
d.cz("Without Hapilon, the Basilan group has broken into small bands that are mostly interested in ransom", "Without Hapilon",
     "the Basilan group has broken into small bands", driver="leadership/command change", claimant="Juvymax Uy")
d.cz("They kidnap because they need money to survive.", "they need money to survive", "They kidnap", driver="economic hardship/unemployment", claimant="Juvymax Uy")
d.cz("For 5,000 pesos a young man with no job will carry a rifle for them", "a young man with no job", "will carry a rifle for them", driver="economic hardship/unemployment",
     claimant="a town councillor in Sumisip")
d.cz("the pull-out of two battalions from Basilan to fight in Marawi last year could have given the kidnappers more freedom to move", "the pull-out of two battalions from Basilan",
     "the kidnappers more freedom to move", driver="security posture/deployment", claimant="A military intelligence officer", hedged=True)
d.cz("a programme offering cash, rice and livelihood training to surrendering fighters had persuaded more than 70 Abu Sayyaf members to give up their weapons",
     "a programme offering cash, rice and livelihood training to surrendering fighters", "more than 70 Abu Sayyaf members to give up their weapons",
     driver="displacement/camps/reintegration", claimant="Jim Salliman", polarity="-")
DOCS.append(d)

if __name__ == "__main__":
    write(DOCS, A)
