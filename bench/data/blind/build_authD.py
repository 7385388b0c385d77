#!/usr/bin/env python3
"""Build the authD blind full-report set: fictional news reports written by us (own writing, from general
knowledge; invented incidents, people and quotes), annotated by /work/shared/data/reports/GUIDE.md.
Writes authD.docs.jsonl and authD.gold.jsonl next to this file; every span is located by code and asserted."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from authD_lib import Doc, check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def doc(f):
    DOCS.append(f)
    return f


# ---------------------------------------------------------------- 01 Afghanistan, wire story
@doc
def d01():
    d = Doc("authD-01", "Taliban storm checkpoints near Kunduz as suicide bomber strikes Kabul", "2018-09-12", '''
KABUL (Reuters) - Taliban fighters overran a string of security checkpoints on the outskirts of the northern city of Kunduz late on Monday, killing at least nine members of the Afghan security forces, officials said, hours before a suicide bomber struck near a government ministry in the capital.

The assault on the checkpoints in Kunduz province began shortly after dark and lasted until the early hours of Tuesday, said Abdul Qadir Rahmani, a spokesman for the provincial police. "They came from three directions with heavy machine guns and we were outnumbered," Rahmani said. He said reinforcements from the city had arrived only after the insurgents had seized weapons and two armoured vehicles.

Ghulam Sakhi Hashimi, a member of the Kunduz provincial council, put the toll higher, saying 11 soldiers and police had been killed and five others were missing.

The defence ministry said in a statement that Afghan Air Force helicopters struck Taliban positions near the Chahar Dara district centre on Tuesday morning as the fighters withdrew, killing 14 insurgents. The Taliban did not comment on their losses.

Nasrullah Haqyar, a spokesman for the Taliban, said on Twitter that the group's fighters had captured four checkpoints and killed "dozens" of government troops.

In Kabul, a suicide bomber on foot blew himself up on Tuesday morning near the entrance of the Ministry of Higher Education in the west of the city as employees were arriving for work. Farid Ahmadzai, a spokesman for the interior ministry, initially said six people had been killed. He later said the toll had risen to eight, with 21 wounded, most of them civil servants.

Islamic State claimed responsibility for the Kabul attack through its Amaq news agency.

The attacks came a day after President Ashraf Ghani repeated an offer of talks with the Taliban, and amid growing anxiety over the strength of the security forces ahead of parliamentary elections scheduled for next month.

Kunduz, a city of some 370,000 people close to the border with Tajikistan, was briefly captured by the Taliban in 2015, and insurgents reached its centre again a year later. Security officials say the surrounding districts remain largely under Taliban influence because government forces are stretched thin across dozens of isolated outposts.

"Every small checkpoint we lose gives them more weapons and more confidence," said a senior security official in Kunduz, who asked not to be named because he was not authorised to speak to the media.

The United Nations Assistance Mission in Afghanistan (UNAMA) said in July that 1,692 civilians had been killed in the conflict in the first six months of 2018, the highest number for that period since it began keeping records a decade ago. It said the rise was driven largely by suicide attacks and improvised explosive devices in cities.

Casualties among the security forces have been so heavy that the government stopped publishing them, but U.S. military officials have described them as unsustainable. Some Western officials say the losses have led to a recruitment crisis, as fewer young men are willing to enlist.

The Ministry of Higher Education had been targeted once before, in a smaller bombing in 2017 that wounded several guards.
''')
    A, C = "Afghanistan", "Kunduz"
    d.event("monday", "Battles", "Armed clash", C, "Kunduz", 36.73, 68.86, 2, 9,
            ["Taliban fighters overran a string of security checkpoints on the outskirts of the northern city of Kunduz late on Monday",
             "killing at least nine members of the Afghan security forces",
             "saying 11 soldiers and police had been killed"], A,
            actor1="Taliban", actor2="Military Forces of Afghanistan (2014-2021)", admin1_alt=["Kondoz", "Konduz"],
            sub_alt=["Non-state actor overtakes territory"], fatalities_note="officials at least 9 vs provincial council 11 -> 9; Taliban 'dozens' is a party claim")
    d.event("tuesday", "Explosions/Remote violence", "Air/drone strike", C, "Chahar Dara", None, None, 2, 14,
            ["Afghan Air Force helicopters struck Taliban positions near the Chahar Dara district centre on Tuesday morning as the fighters withdrew, killing 14 insurgents"], A,
            actor1="Military Forces of Afghanistan (2014-2021)", actor2="Taliban", admin1_alt=["Kondoz", "Konduz"],
            location_alt=["Chahar Darah", "Char Dara"])
    d.event("tuesday", "Explosions/Remote violence", "Suicide bomb", "Kabul", "Kabul", 34.53, 69.17, 1, 8,
            ["a suicide bomber on foot blew himself up on Tuesday morning near the entrance of the Ministry of Higher Education in the west of the city",
             "He later said the toll had risen to eight, with 21 wounded"], A,
            actor1="Islamic State (Afghanistan)", actor2="Civilians (Afghanistan)", injured=21,
            fatalities_note="toll updated by the same source: six, then eight")
    d.quote("Taliban fighters overran a string of security checkpoints on the outskirts of the northern city of Kunduz late on Monday, killing at least nine members of the Afghan security forces",
            "officials", "officials", "unnamed official", sctx="officials said, hours")
    d.quote("The assault on the checkpoints in Kunduz province began shortly after dark and lasted until the early hours of Tuesday",
            "Abdul Qadir Rahmani", "Abdul Qadir Rahmani", "named", mentions=[("Rahmani", '," Rahmani said')],
            role="spokesman for the provincial police", affiliation="Kunduz police")
    d.quote('"They came from three directions with heavy machine guns and we were outnumbered,"', "Abdul Qadir Rahmani",
            "Rahmani", "named", sctx='," Rahmani said', mentions=["Abdul Qadir Rahmani"], role="spokesman for the provincial police",
            affiliation="Kunduz police")
    d.quote("reinforcements from the city had arrived only after the insurgents had seized weapons and two armoured vehicles",
            "Abdul Qadir Rahmani", "He", "named", sctx="He said reinforcements", mentions=["Abdul Qadir Rahmani", ("Rahmani", '," Rahmani said')],
            role="spokesman for the provincial police", affiliation="Kunduz police")
    d.quote("11 soldiers and police had been killed and five others were missing", "Ghulam Sakhi Hashimi",
            "Ghulam Sakhi Hashimi", "named", role="member of the Kunduz provincial council", affiliation="Kunduz provincial council")
    d.quote("Afghan Air Force helicopters struck Taliban positions near the Chahar Dara district centre on Tuesday morning as the fighters withdrew, killing 14 insurgents",
            "defence ministry", "The defence ministry", "named", affiliation="Ministry of Defence", medium="statement")
    d.quote('''the group's fighters had captured four checkpoints and killed "dozens" of government troops''', "Nasrullah Haqyar",
            "Nasrullah Haqyar", "named", role="spokesman", affiliation="Taliban", medium="Twitter")
    d.quote("six people had been killed", "Farid Ahmadzai", "Farid Ahmadzai", "named",
            role="spokesman for the interior ministry", affiliation="Ministry of Interior")
    d.quote("the toll had risen to eight, with 21 wounded, most of them civil servants", "Farid Ahmadzai", "He",
            "named", sctx="He later said", mentions=["Farid Ahmadzai"], role="spokesman for the interior ministry",
            affiliation="Ministry of Interior")
    d.quote("the surrounding districts remain largely under Taliban influence because government forces are stretched thin across dozens of isolated outposts",
            "Security officials", "Security officials", "unnamed official")
    d.quote('"Every small checkpoint we lose gives them more weapons and more confidence,"', "a senior security official in Kunduz",
            "a senior security official in Kunduz", "unnamed official")
    d.quote("1,692 civilians had been killed in the conflict in the first six months of 2018, the highest number for that period since it began keeping records a decade ago",
            "United Nations Assistance Mission in Afghanistan", "The United Nations Assistance Mission in Afghanistan (UNAMA)", "named",
            mentions=[("It", "It said the rise")], affiliation="United Nations")
    d.quote("the rise was driven largely by suicide attacks and improvised explosive devices in cities",
            "United Nations Assistance Mission in Afghanistan", "It", "named", sctx="It said the rise",
            mentions=["The United Nations Assistance Mission in Afghanistan (UNAMA)"], affiliation="United Nations")
    d.quote("them as unsustainable", "U.S. military officials", "U.S. military officials", "unnamed official")
    d.quote("the losses have led to a recruitment crisis, as fewer young men are willing to enlist", "Some Western officials",
            "Some Western officials", "unnamed official")
    d.aggregate("1,692 civilians had been killed in the conflict in the first six months of 2018", "civilians killed", "people",
                quantity=1692, period=("2018-01-01", "2018-06-30"), scope="Afghanistan",
                claimant="United Nations Assistance Mission in Afghanistan")
    d.causal("the surrounding districts remain largely under Taliban influence because government forces are stretched thin across dozens of isolated outposts",
             "government forces are stretched thin across dozens of isolated outposts",
             "the surrounding districts remain largely under Taliban influence", driver="security posture/deployment",
             claimant="Security officials")
    d.causal("the rise was driven largely by suicide attacks and improvised explosive devices in cities",
             "suicide attacks and improvised explosive devices in cities", "the rise",
             claimant="United Nations Assistance Mission in Afghanistan")
    d.causal("the losses have led to a recruitment crisis, as fewer young men are willing to enlist",
             "the losses", "a recruitment crisis", claimant="Some Western officials")
    d.causal("Casualties among the security forces have been so heavy that the government stopped publishing them",
             "Casualties among the security forces have been so heavy", "the government stopped publishing them")
    d.causal("who asked not to be named because he was not authorised to speak to the media",
             "he was not authorised to speak to the media", "who asked not to be named")
    return d


# ---------------------------------------------------------------- 02 Somalia, AFP wire
@doc
def d02():
    d = Doc("authD-02", "Car bomb kills five at Somali checkpoint as mortars hit Mogadishu airport zone", "2017-03-04", '''
MOGADISHU, March 4 (AFP) - A car packed with explosives blew up at a security checkpoint in the town of Afgoye, 30 kilometres northwest of Mogadishu, on Friday, killing at least five people, police said.

"The car was stopped by soldiers and the driver detonated it as they approached," police captain Abdikadir Hassan Nur told AFP by telephone. He said three soldiers and two civilians who were selling tea near the checkpoint had died.

Residents of Afgoye said seven people had been killed. A witness, who gave his name only as Ali, said the blast destroyed several market stalls.

The Shabaab, Somalia's Al-Qaeda-linked Islamist militants, said in a statement on a website linked to the group that its fighters had targeted "apostate soldiers" at the checkpoint.

Late on Thursday several mortar rounds landed near the Halane base, the heavily fortified compound beside Mogadishu's airport that houses the United Nations and most foreign embassies. A Somali security official said the shells wounded two guards but caused no deaths.

Separately, the US Africa Command (AFRICOM) said a US air strike on Wednesday near Jilib, in the Middle Juba region, had killed three Shabaab militants. "We currently assess no civilians were injured or killed in this strike," AFRICOM said in a statement.

The attacks came weeks after the election of President Mohamed Abdullahi Mohamed, known as Farmajo, who has vowed to defeat the militants within two years. The Shabaab were driven out of Mogadishu in 2011 but still control large parts of the countryside in the south and centre, from where they launch frequent attacks on the capital.

Western security officials estimate that the group has between 5,000 and 9,000 fighters. A separate and much smaller faction, the Islamic State in Somalia, operates in the Golis mountains of the northern Puntland region, where it seized the port town of Qandala for several weeks last year.

The African Union mission, AMISOM, has some 22,000 troops in the country, but several contributing countries have withdrawn soldiers from rural bases over the past year to protect main supply routes.

"Every time AMISOM pulls out of a town, the Shabaab walk back in the same day," said Abdirahman Mohamud Warsame, a former Somali intelligence officer now living in Nairobi. The withdrawals have allowed the militants to tax farmers and collect fighters in areas the government had briefly held, he said.

Somalia is also facing a severe drought. The United Nations says more than 250,000 people have fled their homes since November in search of food and water. Aid workers warn that the crisis could push more young men into the arms of the militants, who pay recruits a monthly salary.
''')
    S = "Somalia"
    d.event("friday", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Lower Shabelle", "Afgooye", 2.14, 45.12, 1, 5,
            ["A car packed with explosives blew up at a security checkpoint in the town of Afgoye, 30 kilometres northwest of Mogadishu, on Friday, killing at least five people",
             "Residents of Afgoye said seven people had been killed"], S,
            actor1="Al Shabaab", actor2="Military Forces of Somalia (2012-)", sub_alt=["Suicide bomb"],
            admin1_alt=["Shabeellaha Hoose", "Lower Shabele"], location_alt=["Afgoye", "Afgoi"],
            fatalities_note="police at least 5 vs residents 7 -> 5; the driver is said to detonate the car, not said to be a suicide bomber")
    d.event("thursday", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Banadir", "Mogadishu", 2.01, 45.30, 2, 0,
            ["Late on Thursday several mortar rounds landed near the Halane base",
             "the shells wounded two guards but caused no deaths"], S,
            actor1="Al Shabaab", actor1_alt=["Unidentified Armed Group (Somalia)"], admin1_alt=["Benadir", "Banaadir"], injured=2,
            location_alt=["Mogadishu-Aden Adde Airport", "Halane"])
    d.event("wednesday", "Explosions/Remote violence", "Air/drone strike", "Middle Juba", "Jilib", 0.49, 42.77, 2, 3,
            ["a US air strike on Wednesday near Jilib, in the Middle Juba region, had killed three Shabaab militants"], S,
            actor1="Military Forces of the United States", actor2="Al Shabaab", admin1_alt=["Jubbada Dhexe"])
    d.quote("A car packed with explosives blew up at a security checkpoint in the town of Afgoye, 30 kilometres northwest of Mogadishu, on Friday, killing at least five people",
            "police", "police", "unnamed official", sctx="police said.")
    d.quote('"The car was stopped by soldiers and the driver detonated it as they approached,"', "Abdikadir Hassan Nur",
            "police captain Abdikadir Hassan Nur", "named", role="police captain", affiliation="Somali police", medium="telephone")
    d.quote("three soldiers and two civilians who were selling tea near the checkpoint had died", "Abdikadir Hassan Nur", "He",
            "named", sctx="He said three soldiers", mentions=["police captain Abdikadir Hassan Nur"], role="police captain",
            affiliation="Somali police")
    d.quote("seven people had been killed", "Residents of Afgoye", "Residents of Afgoye", "anonymous")
    d.quote("the blast destroyed several market stalls", "Ali", "A witness, who gave his name only as Ali", "anonymous", role="witness")
    d.quote('''its fighters had targeted "apostate soldiers" at the checkpoint''', "The Shabaab", "The Shabaab", "named",
            sctx="The Shabaab, Somalia's", medium="statement on a website")
    d.quote("the shells wounded two guards but caused no deaths", "A Somali security official", "A Somali security official",
            "unnamed official")
    d.quote("a US air strike on Wednesday near Jilib, in the Middle Juba region, had killed three Shabaab militants",
            "US Africa Command", "the US Africa Command (AFRICOM)", "named", mentions=[("AFRICOM", "AFRICOM said in a statement")],
            affiliation="United States military")
    d.quote('"We currently assess no civilians were injured or killed in this strike,"', "US Africa Command", "AFRICOM",
            "named", sctx="AFRICOM said in a statement", mentions=["the US Africa Command (AFRICOM)"], medium="statement")
    d.quote("the group has between 5,000 and 9,000 fighters", "Western security officials", "Western security officials",
            "unnamed official")
    d.quote('''"Every time AMISOM pulls out of a town, the Shabaab walk back in the same day,"''', "Abdirahman Mohamud Warsame",
            "Abdirahman Mohamud Warsame", "named", role="former Somali intelligence officer")
    d.quote("The withdrawals have allowed the militants to tax farmers and collect fighters in areas the government had briefly held",
            "Abdirahman Mohamud Warsame", "he", "named", sctx="briefly held, he said", mentions=["Abdirahman Mohamud Warsame"],
            role="former Somali intelligence officer")
    d.quote("more than 250,000 people have fled their homes since November in search of food and water", "The United Nations",
            "The United Nations", "named", affiliation="United Nations")
    d.quote("the crisis could push more young men into the arms of the militants, who pay recruits a monthly salary",
            "Aid workers", "Aid workers", "anonymous")
    d.aggregate("the group has between 5,000 and 9,000 fighters", "Al Shabaab fighters", "fighters", low=5000, high=9000,
                scope="Somalia", claimant="Western security officials")
    d.aggregate("more than 250,000 people have fled their homes since November in search of food and water",
                "people displaced by drought", "people", quantity=250000, low=250000, qualifier="more than",
                period=("2016-11-01", "2017-03-04"), scope="Somalia", claimant="The United Nations")
    d.causal("The withdrawals have allowed the militants to tax farmers and collect fighters in areas the government had briefly held",
             "The withdrawals", "the militants to tax farmers and collect fighters in areas the government had briefly held",
             driver="security posture/deployment", claimant="Abdirahman Mohamud Warsame")
    d.causal("the crisis could push more young men into the arms of the militants",
             "the crisis", "more young men into the arms of the militants", driver="economic hardship/unemployment",
             hedged=True, claimant="Aid workers")
    return d


# ---------------------------------------------------------------- 03 Yemen, local outlet
@doc
def d03():
    d = Doc("authD-03", "Five killed as shells hit Taiz neighbourhood; fierce fighting in Nihm", "2016-11-19", '''
Taiz — Four children and a woman were killed on Thursday afternoon when shells fired from Houthi positions east of the city hit a residential street in the Al-Jahmaliya neighbourhood of Taiz, medical sources at Al-Rawda hospital told our correspondent.

The shells landed as children were playing outside their homes, according to residents, who said the area had been hit almost daily this week. "There is no military position here, only families who have nowhere else to go," said Abdulwahab al-Sharabi, a teacher whose nephew was among the wounded. Seven others were wounded, the hospital sources said.

Houthi-run Saba news agency denied that its forces had shelled the neighbourhood, saying that the deaths were caused by "mercenaries" of the Saudi-led coalition.

Taiz, Yemen's third city, has been besieged by Houthi fighters and forces loyal to former president Ali Abdullah Saleh since 2015. Local aid groups say the blockade of the main roads into the city has caused severe shortages of medicine and fuel, and the city's largest hospital closed two of its wards last month because it had run out of oxygen.

In Nihm district, 40 km north-east of the capital Sanaa, government forces backed by tribal fighters clashed with Houthi fighters on Friday for control of hills overlooking the main road to the capital. A military source in the pro-government 7th military region said 12 fighters from both sides had been killed. Houthi-controlled Al-Masirah television said dozens of "invaders" had been killed, without giving a figure.

Coalition warplanes carried out several raids on Houthi positions in Nihm on Friday in support of the offensive, residents said. There was no word on casualties from the strikes.

In Aden, gunmen on a motorcycle shot dead a judge as he left a mosque in the Sheikh Othman district late on Wednesday, a security official said. No group claimed the killing, but officials have blamed a string of similar assassinations this year on Al-Qaeda in the Arabian Peninsula.

Separately, UN envoy Ismail Ould Cheikh Ahmed said he would return to the region next week to try to revive a ceasefire plan that collapsed in August. He said the humanitarian situation had become "catastrophic" and warned that millions were at risk of famine.

The United Nations says more than 4,000 civilians have been killed since the coalition intervened in March 2015, and some three million people have been displaced. The Saudi-led alliance says its air campaign is aimed at restoring the internationally recognised government of President Abd-Rabbu Mansour Hadi, which was driven from Sanaa by the Houthis.
''')
    Y = "Yemen"
    d.event("thursday", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Taizz", "Taizz", 13.58, 44.02, 1, 5,
            ["Four children and a woman were killed on Thursday afternoon when shells fired from Houthi positions east of the city hit a residential street in the Al-Jahmaliya neighbourhood of Taiz",
             "Seven others were wounded"], Y,
            actor1="Houthi Movement", actor2="Civilians (Yemen)", admin1_alt=["Taiz", "Ta'izz"], location_alt=["Taiz", "Al Jahmaliyah"],
            injured=7)
    d.event("friday", "Battles", "Armed clash", "Sanaa", "Nihm", None, None, 2, 12,
            ["government forces backed by tribal fighters clashed with Houthi fighters on Friday for control of hills overlooking the main road to the capital",
             "12 fighters from both sides had been killed"], Y,
            actor1="Military Forces of Yemen (2012-) Hadi Faction", actor2="Houthi Movement", admin1_alt=["Sana'a", "Sanaa Governorate"],
            location_alt=["Nehm", "Nahm"], fatalities_note="military source 12 vs Houthi TV 'dozens' (no figure) -> 12")
    d.event("friday", "Explosions/Remote violence", "Air/drone strike", "Sanaa", "Nihm", None, None, 2, 0,
            ["Coalition warplanes carried out several raids on Houthi positions in Nihm on Friday in support of the offensive"], Y,
            actor1="Saudi-led Coalition", actor2="Houthi Movement", admin1_alt=["Sana'a", "Sanaa Governorate"], location_alt=["Nehm", "Nahm"],
            note="no casualties reported for the strikes")
    d.event("wednesday", "Violence against civilians", "Attack", "Aden", "Sheikh Othman", 12.87, 44.99, 1, 1,
            ["gunmen on a motorcycle shot dead a judge as he left a mosque in the Sheikh Othman district late on Wednesday"], Y,
            actor1="Unidentified Armed Group (Yemen)", actor1_alt=["Al Qaeda in the Arabian Peninsula"], actor2="Civilians (Yemen)",
            location_alt=["Shaykh Uthman", "Aden"])
    d.quote("Four children and a woman were killed on Thursday afternoon when shells fired from Houthi positions east of the city hit a residential street in the Al-Jahmaliya neighbourhood of Taiz",
            "medical sources at Al-Rawda hospital", "medical sources at Al-Rawda hospital", "unnamed official", medium="our correspondent")
    d.quote("The shells landed as children were playing outside their homes", "residents", "residents", "anonymous",
            sctx="according to residents", mentions=[("who", "who said the area")])
    d.quote("the area had been hit almost daily this week", "residents", "who", "anonymous", sctx="who said the area",
            mentions=[("residents", "according to residents")])
    d.quote('"There is no military position here, only families who have nowhere else to go,"', "Abdulwahab al-Sharabi",
            "Abdulwahab al-Sharabi", "named", role="teacher")
    d.quote("Seven others were wounded", "medical sources at Al-Rawda hospital", "the hospital sources", "unnamed official",
            mentions=["medical sources at Al-Rawda hospital"])
    d.quote("its forces had shelled the neighbourhood", "Saba news agency", "Houthi-run Saba news agency", "named",
            affiliation="Houthi Movement", mentions=[])
    d.quote('''the deaths were caused by "mercenaries" of the Saudi-led coalition''', "Saba news agency", "Houthi-run Saba news agency",
            "named", affiliation="Houthi Movement")
    d.quote("the blockade of the main roads into the city has caused severe shortages of medicine and fuel", "Local aid groups",
            "Local aid groups", "anonymous")
    d.quote("12 fighters from both sides had been killed", "A military source in the pro-government 7th military region",
            "A military source in the pro-government 7th military region", "unnamed official")
    d.quote('''dozens of "invaders" had been killed, without giving a figure''', "Al-Masirah television",
            "Houthi-controlled Al-Masirah television", "named", affiliation="Houthi Movement")
    d.quote("Coalition warplanes carried out several raids on Houthi positions in Nihm on Friday in support of the offensive",
            "residents", "residents", "anonymous", sctx="offensive, residents said")
    d.quote("gunmen on a motorcycle shot dead a judge as he left a mosque in the Sheikh Othman district late on Wednesday",
            "a security official", "a security official", "unnamed official")
    d.quote('''the humanitarian situation had become "catastrophic"''', "Ismail Ould Cheikh Ahmed", "He", "named",
            sctx="He said the humanitarian", mentions=["Ismail Ould Cheikh Ahmed"], role="UN envoy", affiliation="United Nations")
    d.quote("millions were at risk of famine", "Ismail Ould Cheikh Ahmed", "He", "named", sctx="He said the humanitarian",
            mentions=["Ismail Ould Cheikh Ahmed"], role="UN envoy", affiliation="United Nations")
    d.quote("more than 4,000 civilians have been killed since the coalition intervened in March 2015, and some three million people have been displaced",
            "The United Nations", "The United Nations", "named", affiliation="United Nations")
    d.quote("its air campaign is aimed at restoring the internationally recognised government of President Abd-Rabbu Mansour Hadi",
            "The Saudi-led alliance", "The Saudi-led alliance", "named")
    d.aggregate("more than 4,000 civilians have been killed since the coalition intervened in March 2015", "civilians killed",
                "people", quantity=4000, low=4000, qualifier="more than", period=("2015-03-01", "2016-11-19"), scope="Yemen",
                claimant="The United Nations")
    d.aggregate("some three million people have been displaced", "people displaced", "people", quantity=3000000,
                qualifier="some", period=("2015-03-01", "2016-11-19"), scope="Yemen", claimant="The United Nations")
    d.causal("the blockade of the main roads into the city has caused severe shortages of medicine and fuel",
             "the blockade of the main roads into the city", "severe shortages of medicine and fuel", claimant="Local aid groups")
    d.causal("the city's largest hospital closed two of its wards last month because it had run out of oxygen",
             "it had run out of oxygen", "the city's largest hospital closed two of its wards")
    d.quote("he would return to the region next week to try to revive a ceasefire plan that collapsed in August",
            "Ismail Ould Cheikh Ahmed", "UN envoy Ismail Ould Cheikh Ahmed", "named", mentions=[("He", "He said the humanitarian")],
            role="UN envoy", affiliation="United Nations")
    return d


# ---------------------------------------------------------------- 04 Nigeria, weekly roundup
@doc
def d04():
    d = Doc("authD-04", "Week in review: ISWAP hits Dikwa base, dozens abducted in Zamfara", "2021-02-26", '''
NIGERIA SECURITY WEEKLY — Friday, 26 February 2021

BORNO: Fighters of the Islamic State West Africa Province (ISWAP) attacked a military base in Dikwa, about 90 km east of Maiduguri, on Sunday evening, exchanging fire with troops for several hours before withdrawing. Two soldiers were killed, according to a military officer who spoke on condition of anonymity. The army said in a statement on Monday that its troops had "neutralised" 17 insurgents during the attack, a figure that could not be independently verified.

Also in Borno, suspected Boko Haram fighters killed seven farmers working on their onion fields near Koshebe village in Jere local government area on Wednesday, a local vigilante leader said. "They tied their hands and slit their throats," said Modu Bukar Gana, who leads a unit of the Civilian Joint Task Force in the area. The killings came less than three months after a massacre of rice farmers in the same area.

ZAMFARA: Armed bandits on motorcycles abducted at least 40 villagers, most of them women, in a dawn raid on Kadawa village in Maru local government area on Tuesday, residents said. "They went from house to house and took whoever they found," said Lawal Maru, a resident who escaped by hiding in a granary. Police spokesman Shehu Ibrahim Gusau confirmed the abduction but put the number taken at 27.

On Thursday, the Nigerian Air Force said its jets had struck bandit hideouts in the Dumburum forest, on the border between Zamfara and Katsina states, killing "dozens" of gunmen. It did not give a figure.

KATSINA: Gunmen killed a village head and his son in rural Safana local government area late on Monday, a council official said. The attackers also set fire to several granaries before escaping into the bush.

KADUNA: Gunmen freed 18 passengers they had abducted on the Kaduna-Abuja highway two weeks ago, after relatives paid a ransom, family members said.

ANALYSIS: The north-west has overtaken the north-east as the part of Nigeria where civilians are most at risk. A tally by a Lagos-based risk consultancy found that at least 2,300 people were abducted across Zamfara, Katsina, Kaduna and Sokoto states in 2020. Analysts say ransom payments have turned kidnapping into a lucrative business, fuelling the growth of bandit gangs that started out as cattle rustlers.

State governments have tried amnesty deals with bandit leaders, but those deals collapsed within months because the gangs were not disarmed. In Zamfara, Governor Bello Matawalle said this week that his government would continue to "dialogue with repentant bandits" in order to stop the killings.

Meanwhile in the north-east, ISWAP is believed to have between 3,500 and 5,000 fighters, according to the UN, making it the stronger of the two jihadist factions since it split from Abubakar Shekau's group in 2016.
''')
    N = "Nigeria"
    d.event("sunday", "Battles", "Armed clash", "Borno", "Dikwa", 12.03, 13.92, 1, 19,
            ["attacked a military base in Dikwa, about 90 km east of Maiduguri, on Sunday evening, exchanging fire with troops for several hours before withdrawing",
             "Two soldiers were killed", "its troops had \"neutralised\" 17 insurgents during the attack"], N,
            actor1="Islamic State West Africa Province", actor2="Military Forces of Nigeria (2015-2023)",
            fatalities_note="2 soldiers (military officer) + 17 insurgents (army, unverified but uncontradicted) = 19")
    d.event("wednesday", "Violence against civilians", "Attack", "Borno", "Koshebe", None, None, 2, 7,
            ["suspected Boko Haram fighters killed seven farmers working on their onion fields near Koshebe village in Jere local government area on Wednesday"], N,
            actor1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", actor1_alt=["Unidentified Armed Group (Nigeria)"],
            actor2="Civilians (Nigeria)", admin2="Jere")
    d.event("tuesday", "Violence against civilians", "Abduction/forced disappearance", "Zamfara", "Kadawa", None, None, 1, 0,
            ["abducted at least 40 villagers, most of them women, in a dawn raid on Kadawa village in Maru local government area on Tuesday",
             "confirmed the abduction but put the number taken at 27"], N,
            actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)", admin2="Maru")
    d.event("thursday", "Explosions/Remote violence", "Air/drone strike", "Zamfara", "Dumburum forest", None, None, 2, 12,
            ["the Nigerian Air Force said its jets had struck bandit hideouts in the Dumburum forest, on the border between Zamfara and Katsina states"], N,
            actor1="Military Forces of Nigeria (2015-2023)", actor2="Unidentified Armed Group (Nigeria)", admin1_alt=["Katsina"],
            fatalities_note="'dozens' of gunmen (Air Force claim), no figure: 12 by the dozens rule",
            note="date: the statement was made on Thursday; the strike date is not given otherwise")
    d.quote("Two soldiers were killed", "a military officer who spoke on condition of anonymity",
            "a military officer who spoke on condition of anonymity", "unnamed official")
    d.quote('''its troops had "neutralised" 17 insurgents during the attack''', "The army", "The army", "named",
            affiliation="Nigerian Army", medium="statement")
    d.quote("suspected Boko Haram fighters killed seven farmers working on their onion fields near Koshebe village in Jere local government area on Wednesday",
            "Modu Bukar Gana", "a local vigilante leader", "named", mentions=["Modu Bukar Gana"],
            role="leader of a Civilian Joint Task Force unit", affiliation="Civilian Joint Task Force")
    d.quote('"They tied their hands and slit their throats,"', "Modu Bukar Gana", "Modu Bukar Gana", "named",
            mentions=["a local vigilante leader"], role="leader of a Civilian Joint Task Force unit",
            affiliation="Civilian Joint Task Force")
    d.quote("Armed bandits on motorcycles abducted at least 40 villagers, most of them women, in a dawn raid on Kadawa village in Maru local government area on Tuesday",
            "residents", "residents", "anonymous", sctx="Tuesday, residents said")
    d.quote('"They went from house to house and took whoever they found,"', "Lawal Maru", "Lawal Maru", "named",
            role="resident")
    d.quote("the abduction", "Shehu Ibrahim Gusau", "Police spokesman Shehu Ibrahim Gusau", "named", sctx="Police spokesman Shehu Ibrahim Gusau confirmed",
            cctx="confirmed the abduction but", role="police spokesman", affiliation="Zamfara police")
    d.quote("its jets had struck bandit hideouts in the Dumburum forest, on the border between Zamfara and Katsina states, killing \"dozens\" of gunmen",
            "Nigerian Air Force", "the Nigerian Air Force", "named", mentions=[("It", "It did not give")], affiliation="Nigerian Air Force")
    d.quote("Gunmen freed 18 passengers they had abducted on the Kaduna-Abuja highway two weeks ago, after relatives paid a ransom",
            "family members", "family members", "anonymous")
    d.quote("at least 2,300 people were abducted across Zamfara, Katsina, Kaduna and Sokoto states in 2020",
            "a Lagos-based risk consultancy", "A tally by a Lagos-based risk consultancy", "anonymous")
    d.quote("ransom payments have turned kidnapping into a lucrative business, fuelling the growth of bandit gangs that started out as cattle rustlers",
            "Analysts", "Analysts", "anonymous")
    d.quote('''his government would continue to "dialogue with repentant bandits" in order to stop the killings''', "Bello Matawalle",
            "Governor Bello Matawalle", "named", role="Governor of Zamfara", affiliation="Zamfara State Government")
    d.quote("ISWAP is believed to have between 3,500 and 5,000 fighters", "the UN", "the UN", "named", affiliation="United Nations",
            sctx="according to the UN")
    d.aggregate("at least 2,300 people were abducted across Zamfara, Katsina, Kaduna and Sokoto states in 2020", "people abducted",
                "people", quantity=2300, low=2300, qualifier="at least", period=("2020-01-01", "2020-12-31"),
                scope="Zamfara, Katsina, Kaduna and Sokoto", claimant="a Lagos-based risk consultancy")
    d.aggregate("ISWAP is believed to have between 3,500 and 5,000 fighters", "ISWAP fighters", "fighters", low=3500, high=5000,
                scope="north-east Nigeria", claimant="the UN")
    d.causal("ransom payments have turned kidnapping into a lucrative business, fuelling the growth of bandit gangs that started out as cattle rustlers",
             "ransom payments", "fuelling the growth of bandit gangs", driver="economic hardship/unemployment", claimant="Analysts")
    d.causal("those deals collapsed within months because the gangs were not disarmed",
             "the gangs were not disarmed", "those deals collapsed within months")
    d.causal('''his government would continue to "dialogue with repentant bandits" in order to stop the killings''',
             '''"dialogue with repentant bandits"''', "stop the killings", polarity="-", claimant="Bello Matawalle")
    d.quote("the number taken at 27", "Shehu Ibrahim Gusau", "Police spokesman Shehu Ibrahim Gusau", "named",
            role="police spokesman", affiliation="Zamfara police")
    d.quote("the number taken at 27", "Shehu Ibrahim Gusau", "Police spokesman Shehu Ibrahim Gusau", "named",
            role="police spokesman", affiliation="Zamfara police")
    d.event("monday", "Violence against civilians", "Attack", "Katsina", "Safana", None, None, 2, 2,
            ["Gunmen killed a village head and his son in rural Safana local government area late on Monday"], N,
            actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)", admin2="Safana")
    d.quote("Gunmen killed a village head and his son in rural Safana local government area late on Monday", "a council official",
            "a council official", "unnamed official")
    return d



# ---------------------------------------------------------------- 05 Burkina Faso, think-tank analysis (no event)
@doc
def d05():
    d = Doc("authD-05", "Burkina Faso's shrinking state: why the junta is losing the countryside", "2022-07-14", """
Analysis | Sahel Programme

Six months after army officers led by Lieutenant-Colonel Paul-Henri Sandaogo Damiba seized power in Ouagadougou, promising to restore security, the jihadist insurgency in Burkina Faso is spreading faster than at any time since it began in 2015.

The coup in January was prompted in large part by anger in the ranks over mounting military losses, in particular the killing of dozens of gendarmes at the Inata outpost in November 2021, where soldiers had reportedly gone without food rations for two weeks. Yet the change of leadership has not changed the trajectory of the war.

By our count, armed groups linked to al-Qaeda's Sahel branch, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), and to the Islamic State Sahel Province carried out more than 1,100 attacks on civilians and security forces in the first six months of this year. Government officials privately concede that the state has lost control of around 40 percent of the national territory.

The human cost is staggering. The national emergency relief council, CONASUR, says 1.9 million people have been registered as internally displaced, roughly one in ten Burkinabe. More than 3,500 schools have closed because of insecurity, according to the education ministry.

Three dynamics explain the insurgents' momentum.

First, the state's main counter-insurgency tool, the civilian auxiliaries known as the Volunteers for the Defence of the Homeland (VDP), has deepened intercommunal mistrust. "Arming one community against its neighbours has pushed many young Fulani into the arms of JNIM," said Mahamadou Sawadogo, a Ouagadougou-based security researcher. Human rights groups have documented killings of Fulani civilians by VDP units, which militants then use in their propaganda.

Second, the drawdown of French forces in neighbouring Mali has allowed JNIM to move fighters and supplies more freely across the tri-border area of Liptako-Gourma. The forests of the east, around the W and Arly national parks, offer sanctuaries that the army has not entered for years.

Third, economic desperation fills the ranks. A regional analyst at the International Crisis Group, Aissatou Ouedraogo, said that in parts of the Sahel region the militants pay fighters more than a teacher earns, and that the collapse of the livestock trade had left herders with few other options.

The junta has responded by creating "military interest zones" in the east and north from which civilians are told to leave, in order to give the army a free hand against the militants. Some humanitarian workers fear the policy will add to the displacement without weakening the insurgents.

None of this means the capital is about to fall. But unless Ouagadougou finds a political answer to the grievances that the armed groups feed on, the map is likely to keep shrinking. Talks with local jihadist commanders, which the previous government tried quietly in 2020, remain officially ruled out.

The authors are researchers with the Sahel Programme. This analysis draws on field interviews conducted in June in the Centre-Nord and Est regions.
""")
    d.aggregate("armed groups linked to al-Qaeda's Sahel branch, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), and to the Islamic State Sahel Province carried out more than 1,100 attacks on civilians and security forces in the first six months of this year",
                "attacks by jihadist groups", "attacks", quantity=1100, low=1100, qualifier="more than",
                period=("2022-01-01", "2022-06-30"), scope="Burkina Faso", claimant="Sahel Programme")
    d.aggregate("the state has lost control of around 40 percent of the national territory", "share of territory outside state control",
                "percent", quantity=40, qualifier="around", scope="Burkina Faso", claimant="Government officials")
    d.aggregate("1.9 million people have been registered as internally displaced", "internally displaced people", "people",
                quantity=1900000, scope="Burkina Faso", claimant="CONASUR")
    d.aggregate("More than 3,500 schools have closed because of insecurity", "schools closed", "schools", quantity=3500, low=3500,
                qualifier="more than", scope="Burkina Faso", claimant="the education ministry")
    d.quote("the state has lost control of around 40 percent of the national territory", "Government officials",
            "Government officials", "unnamed official")
    d.quote("1.9 million people have been registered as internally displaced, roughly one in ten Burkinabe",
            "CONASUR", "The national emergency relief council, CONASUR", "named", affiliation="Government of Burkina Faso")
    d.quote("More than 3,500 schools have closed because of insecurity", "the education ministry", "the education ministry", "named",
            affiliation="Ministry of Education")
    d.quote('"Arming one community against its neighbours has pushed many young Fulani into the arms of JNIM,"',
            "Mahamadou Sawadogo", "Mahamadou Sawadogo", "named", role="security researcher")
    d.quote("in parts of the Sahel region the militants pay fighters more than a teacher earns, and that the collapse of the livestock trade had left herders with few other options",
            "Aissatou Ouedraogo", "A regional analyst at the International Crisis Group, Aissatou Ouedraogo", "named",
            role="regional analyst", affiliation="International Crisis Group")
    d.quote("the policy will add to the displacement without weakening the insurgents", "Some humanitarian workers",
            "Some humanitarian workers", "anonymous")
    d.causal("The coup in January was prompted in large part by anger in the ranks over mounting military losses",
             "anger in the ranks over mounting military losses", "The coup in January")
    d.causal("More than 3,500 schools have closed because of insecurity", "insecurity", "More than 3,500 schools have closed",
             claimant="the education ministry")
    d.causal("the state's main counter-insurgency tool, the civilian auxiliaries known as the Volunteers for the Defence of the Homeland (VDP), has deepened intercommunal mistrust",
             "the civilian auxiliaries known as the Volunteers for the Defence of the Homeland (VDP)", "has deepened intercommunal mistrust",
             driver="security posture/deployment")
    d.causal('"Arming one community against its neighbours has pushed many young Fulani into the arms of JNIM,"',
             "Arming one community against its neighbours", "pushed many young Fulani into the arms of JNIM",
             driver="sectarian grievance", claimant="Mahamadou Sawadogo")
    d.causal("the drawdown of French forces in neighbouring Mali has allowed JNIM to move fighters and supplies more freely across the tri-border area of Liptako-Gourma",
             "the drawdown of French forces in neighbouring Mali",
             "JNIM to move fighters and supplies more freely across the tri-border area of Liptako-Gourma",
             driver="security posture/deployment")
    d.causal("from which civilians are told to leave, in order to give the army a free hand against the militants",
             "from which civilians are told to leave", "give the army a free hand against the militants",
             driver="security posture/deployment")
    d.causal("economic desperation fills the ranks", "economic desperation", "fills the ranks", driver="economic hardship/unemployment")
    d.causal("the collapse of the livestock trade had left herders with few other options", "the collapse of the livestock trade",
             "had left herders with few other options", driver="economic hardship/unemployment", claimant="Aissatou Ouedraogo")
    d.causal("the policy will add to the displacement without weakening the insurgents", "the policy", "add to the displacement",
             driver="security posture/deployment", hedged=True, claimant="Some humanitarian workers")
    return d


# ---------------------------------------------------------------- 06 Ethiopia (Amhara), AP wire
@doc
def d06():
    d = Doc("authD-06", "Drone strike kills 9 at Amhara market as Fano militia enters Lalibela", "2023-08-11", """
BAHIR DAR, Ethiopia (AP) — A drone strike hit a busy market in the town of Merawi in Ethiopia's Amhara region on Sunday, killing at least nine people, residents and a health worker said, as fighting between federal troops and the Fano militia spread across the region.

A doctor at the Merawi health centre, who spoke on condition of anonymity for fear of reprisals, said 11 bodies had been brought in and more than 20 people were wounded, several of them children. A resident who lost his brother said the victims were mostly traders. "There were no soldiers there, no fighters, just people buying coffee and grain," he told The Associated Press by phone.

The government did not respond to questions about the strike. Federal officials have previously denied targeting civilians.

On Wednesday, Fano fighters entered Lalibela, the town known for its rock-hewn churches, after government soldiers withdrew, residents said. The town was calm on Thursday and the militiamen had set up checkpoints on the main road, said a hotel worker reached by phone.

The military said on Thursday it had regained control of Debre Tabor, a town of about 100,000 people east of Lake Tana, after what state media described as "an operation to clear extremist forces." It was not clear how many people died in that fighting.

The unrest began in April when the federal government announced a plan to dissolve regional special forces and fold them into the national army and police. Many Amhara saw the move as leaving the region exposed to its rivals, and the decision prompted protests and defections to Fano, an informal militia that fought alongside federal forces during the two-year war in neighbouring Tigray.

Last week the government declared a six-month state of emergency in Amhara, and internet access in much of the region has been cut since early August, making it difficult to verify casualty figures. The greater risk, a Western diplomat in Addis Ababa said, is that the fighting reaches the main road linking the capital to Djibouti.

The United Nations human rights office said last week that at least 183 people had been killed in the region since the fighting escalated in July. Daniel Abera, a regional representative of the office, told reporters that the agency had received reports of mass arrests of young Amhara men in Addis Ababa and other cities.

"The situation has deteriorated rapidly," Abera said. He urged all sides to protect civilians.

Prime Minister Abiy Ahmed has said the state of emergency is needed "to restore law and order" and has accused Fano of trying to overthrow the regional government by force.
""")
    E = "Ethiopia"
    d.event("sunday", "Explosions/Remote violence", "Air/drone strike", "Amhara", "Merawi", 11.41, 37.16, 1, 9,
            ["A drone strike hit a busy market in the town of Merawi in Ethiopia's Amhara region on Sunday, killing at least nine people",
             "11 bodies had been brought in and more than 20 people were wounded"], E,
            actor1="Military Forces of Ethiopia (2018-)", actor2="Civilians (Ethiopia)", location_alt=["Merawi town"],
            injured=20, fatalities_note="residents and health worker at least 9 vs doctor 11 -> 9")
    d.event("wednesday", "Battles", "Non-state actor overtakes territory", "Amhara", "Lalibela", 12.03, 39.04, 1, 0,
            ["Fano fighters entered Lalibela, the town known for its rock-hewn churches, after government soldiers withdrew"], E,
            actor1="Fano Militia", actor2="Military Forces of Ethiopia (2018-)", sub_alt=["Non-violent transfer of territory"],
            note="no fighting or deaths reported")
    d.event("thursday", "Battles", "Government regains territory", "Amhara", "Debre Tabor", 11.85, 38.02, 1, None,
            ["The military said on Thursday it had regained control of Debre Tabor, a town of about 100,000 people east of Lake Tana",
             "It was not clear how many people died in that fighting"], E,
            actor1="Military Forces of Ethiopia (2018-)", actor2="Fano Militia", location_alt=["Debre Tabor town"],
            fatalities_note="deaths implied but not given", note="date: announced on Thursday")
    d.quote("A drone strike hit a busy market in the town of Merawi in Ethiopia's Amhara region on Sunday, killing at least nine people",
            "residents and a health worker", "residents and a health worker", "anonymous")
    d.quote("11 bodies had been brought in and more than 20 people were wounded, several of them children",
            "A doctor at the Merawi health centre", "A doctor at the Merawi health centre", "unnamed official", role="doctor")
    d.quote("the victims were mostly traders", "A resident who lost his brother", "A resident who lost his brother", "anonymous",
            mentions=[("he", "he told The Associated Press")], role="resident")
    d.quote('"There were no soldiers there, no fighters, just people buying coffee and grain,"', "A resident who lost his brother",
            "he", "anonymous", sctx="he told The Associated Press", mentions=["A resident who lost his brother"], role="resident",
            medium="phone")
    d.quote("Fano fighters entered Lalibela, the town known for its rock-hewn churches, after government soldiers withdrew",
            "residents", "residents", "anonymous", sctx="withdrew, residents said")
    d.quote("The town was calm on Thursday and the militiamen had set up checkpoints on the main road", "a hotel worker reached by phone",
            "a hotel worker reached by phone", "anonymous")
    d.quote("it had regained control of Debre Tabor, a town of about 100,000 people east of Lake Tana", "The military", "The military",
            "named", affiliation="Ethiopian National Defense Force")
    d.quote('"an operation to clear extremist forces."', "state media", "state media", "anonymous",
            sctx="what state media described")
    d.quote("at least 183 people had been killed in the region since the fighting escalated in July",
            "The United Nations human rights office", "The United Nations human rights office", "named", affiliation="United Nations")
    d.quote("the agency had received reports of mass arrests of young Amhara men in Addis Ababa and other cities", "Daniel Abera",
            "Daniel Abera", "named", mentions=[("Abera", '," Abera said')], role="regional representative",
            affiliation="UN human rights office")
    d.quote('"The situation has deteriorated rapidly,"', "Daniel Abera", "Abera", "named", sctx='," Abera said',
            mentions=["Daniel Abera"], role="regional representative", affiliation="UN human rights office")
    d.quote('the state of emergency is needed "to restore law and order"', "Abiy Ahmed", "Prime Minister Abiy Ahmed", "named",
            role="Prime Minister", affiliation="Government of Ethiopia")
    d.aggregate("at least 183 people had been killed in the region since the fighting escalated in July", "people killed", "people",
                quantity=183, low=183, qualifier="at least", period=("2023-07-01", "2023-08-11"), scope="Amhara",
                claimant="The United Nations human rights office")
    d.causal("Many Amhara saw the move as leaving the region exposed to its rivals, and the decision prompted protests and defections to Fano",
             "the decision", "protests and defections to Fano", driver="security posture/deployment")
    d.causal("internet access in much of the region has been cut since early August, making it difficult to verify casualty figures",
             "internet access in much of the region has been cut since early August", "making it difficult to verify casualty figures")
    d.quote("targeting civilians", "Federal officials", "Federal officials", "unnamed official", sctx="Federal officials have previously")
    d.quote("The greater risk, a Western diplomat in Addis Ababa said, is that the fighting reaches the main road linking the capital to Djibouti",
            "a Western diplomat in Addis Ababa", "a Western diplomat in Addis Ababa", "unnamed official", role="diplomat",
            fragments=["The greater risk,", "is that the fighting reaches the main road linking the capital to Djibouti"])
    return d



# ---------------------------------------------------------------- 07 Sudan (Darfur), humanitarian feature (no event)
@doc
def d07():
    d = Doc("authD-07", "In Chad's border camps, Darfur's survivors count the missing", "2024-03-21", """
ADRE, Chad — Every morning, Hawa Abdallah Yahya walks to the edge of the camp and watches the track that leads back across the border into West Darfur. Her husband and two of her sons disappeared in November, when fighters of the paramilitary Rapid Support Forces (RSF) and allied Arab militias swept through Ardamata, on the outskirts of El Geneina. She has not heard from them since.

"They separated the men from the women and took them behind the wall of the school," she said, sitting on a mat outside a shelter made of plastic sheeting and sticks. "We heard shooting all night."

Her story is one of thousands collected by aid workers and rights groups in eastern Chad, where more than 550,000 Sudanese refugees have arrived since the war between the RSF and the Sudanese army erupted in Khartoum in April last year. Most of them are Masalit, a non-Arab community that was the main target of two waves of killings in El Geneina, in June and in November.

A United Nations panel of experts estimated in a report to the Security Council in January that between 10,000 and 15,000 people were killed in El Geneina alone during 2023. The RSF has denied that its forces targeted civilians and says the violence was a tribal conflict in which it played no part.

The camps are now full. The World Food Programme warned this month that it could be forced to suspend food distributions to refugees in Chad by April because of a funding shortfall. "If the money does not come, we will have to choose who eats," said Claire Fontaine, the agency's director in Chad, at a briefing in N'Djamena.

Doctors Without Borders (MSF) said one child was dying roughly every two hours from malnutrition in the Zamzam camp for displaced people near El Fasher, in North Darfur, which the group surveyed in January. The blockade of roads into the city by the warring parties has prevented aid convoys from reaching the camp for months, the group said.

Inside Sudan, nearly 8 million people have been forced from their homes since April 2023, making it the world's largest displacement crisis, according to the International Organization for Migration.

Analysts say the RSF's control of four of Darfur's five state capitals, including Nyala, which it took in October, has given the group a territorial base from which it can seek international recognition. The group's commander, Mohamed Hamdan Dagalo, known as Hemedti, has toured African capitals in recent months.

"The RSF is trying to turn military gains in Darfur into political legitimacy, and the absence of any serious pressure from outside has made that easier," said Amani Idris, a Sudanese analyst. She said weapons supplies reaching the group through neighbouring countries had allowed it to outgun the army in the west.

For Hawa, politics is distant. She wants only to know whether her husband is alive. "If he is dead, I want to bury him," she said. "If he is alive, I want him to know that we are waiting."
""")
    d.aggregate("more than 550,000 Sudanese refugees have arrived since the war between the RSF and the Sudanese army erupted in Khartoum in April last year",
                "Sudanese refugees arrived in Chad", "people", quantity=550000, low=550000, qualifier="more than",
                period=("2023-04-15", "2024-03-21"), scope="eastern Chad")
    d.aggregate("between 10,000 and 15,000 people were killed in El Geneina alone during 2023", "people killed", "people",
                low=10000, high=15000, period=("2023-01-01", "2023-12-31"), scope="El Geneina",
                claimant="A United Nations panel of experts")
    d.aggregate("nearly 8 million people have been forced from their homes since April 2023", "people displaced", "people",
                quantity=8000000, qualifier="nearly", period=("2023-04-01", "2024-03-21"), scope="Sudan",
                claimant="International Organization for Migration")
    d.quote('"They separated the men from the women and took them behind the wall of the school,"', "Hawa Abdallah Yahya", "she",
            "named", sctx="she said, sitting", mentions=["Hawa Abdallah Yahya", ("Hawa", "For Hawa, politics")], role="refugee")
    d.quote('"We heard shooting all night."', "Hawa Abdallah Yahya", "she", "named", sctx="she said, sitting",
            mentions=["Hawa Abdallah Yahya", ("Hawa", "For Hawa, politics")], role="refugee")
    d.quote("between 10,000 and 15,000 people were killed in El Geneina alone during 2023", "A United Nations panel of experts",
            "A United Nations panel of experts", "named", affiliation="United Nations", medium="report to the Security Council")
    d.quote("its forces targeted civilians", "Rapid Support Forces", "The RSF", "named", sctx="The RSF has denied",
            affiliation="Rapid Support Forces")
    d.quote("the violence was a tribal conflict in which it played no part", "Rapid Support Forces", "The RSF", "named",
            sctx="The RSF has denied", affiliation="Rapid Support Forces")
    d.quote("it could be forced to suspend food distributions to refugees in Chad by April because of a funding shortfall",
            "World Food Programme", "The World Food Programme", "named", affiliation="United Nations")
    d.quote('"If the money does not come, we will have to choose who eats,"', "Claire Fontaine", "Claire Fontaine", "named",
            role="director in Chad", affiliation="World Food Programme", medium="briefing")
    d.quote("one child was dying roughly every two hours from malnutrition in the Zamzam camp for displaced people near El Fasher, in North Darfur, which the group surveyed in January",
            "Doctors Without Borders", "Doctors Without Borders (MSF)", "named", mentions=[("the group", "months, the group said")])
    d.quote("The blockade of roads into the city by the warring parties has prevented aid convoys from reaching the camp for months",
            "Doctors Without Borders", "the group", "named", sctx="months, the group said", mentions=["Doctors Without Borders (MSF)"])
    d.quote("nearly 8 million people have been forced from their homes since April 2023, making it the world's largest displacement crisis",
            "International Organization for Migration", "the International Organization for Migration", "named")
    d.quote("the RSF's control of four of Darfur's five state capitals, including Nyala, which it took in October, has given the group a territorial base from which it can seek international recognition",
            "Analysts", "Analysts", "anonymous", sctx="Analysts say the RSF")
    d.quote('"The RSF is trying to turn military gains in Darfur into political legitimacy, and the absence of any serious pressure from outside has made that easier,"',
            "Amani Idris", "Amani Idris", "named", mentions=[("She", "She said weapons")], role="Sudanese analyst")
    d.quote("weapons supplies reaching the group through neighbouring countries had allowed it to outgun the army in the west",
            "Amani Idris", "She", "named", sctx="She said weapons", mentions=["Amani Idris"], role="Sudanese analyst")
    d.quote('"If he is dead, I want to bury him,"', "Hawa Abdallah Yahya", "she", "named", sctx='bury him," she said',
            mentions=["Hawa Abdallah Yahya", ("Hawa", "For Hawa, politics")], role="refugee")
    d.quote('"If he is alive, I want him to know that we are waiting."', "Hawa Abdallah Yahya", "she", "named",
            sctx='bury him," she said', mentions=["Hawa Abdallah Yahya", ("Hawa", "For Hawa, politics")], role="refugee")
    d.causal("it could be forced to suspend food distributions to refugees in Chad by April because of a funding shortfall",
             "a funding shortfall", "it could be forced to suspend food distributions to refugees in Chad by April",
             hedged=True, claimant="World Food Programme")
    d.causal("The blockade of roads into the city by the warring parties has prevented aid convoys from reaching the camp for months",
             "The blockade of roads into the city by the warring parties", "aid convoys from reaching the camp",
             polarity="-", claimant="Doctors Without Borders")
    d.causal("the RSF's control of four of Darfur's five state capitals, including Nyala, which it took in October, has given the group a territorial base from which it can seek international recognition",
             "the RSF's control of four of Darfur's five state capitals", "has given the group a territorial base",
             claimant="Analysts")
    d.causal("the absence of any serious pressure from outside has made that easier", "the absence of any serious pressure from outside",
             "has made that easier", driver="external support", claimant="Amani Idris")
    d.causal("weapons supplies reaching the group through neighbouring countries had allowed it to outgun the army in the west",
             "weapons supplies reaching the group through neighbouring countries", "it to outgun the army in the west",
             driver="external support", claimant="Amani Idris")
    return d



# ---------------------------------------------------------------- 08 South Sudan, local outlet
@doc
def d08():
    d = Doc("authD-08", "14 killed in Duk cattle raid; army and NAS rebels clash in Lainya", "2019-10-24", """
JUBA — At least 14 people were killed when armed youth attacked a cattle camp in Duk County, Jonglei State, on Saturday, the county commissioner has said.

Commissioner Gai Chol Makuach told this newspaper on Tuesday that the attackers, who he said came from neighbouring Pibor, exchanged fire for several hours with herders guarding the camp at Pajut before driving away hundreds of cattle. He said three of the attackers were among the dead.

A local chief in Pajut, Deng Garang Ayuel, said 20 people had been killed and that several children were missing. "They came at dawn when the young men were still sleeping," he said.

The Greater Pibor Administrative Area's information official denied that youth from the area were involved and said Pibor communities had themselves lost cattle in raids last month.

Cattle raiding between the Dinka, Nuer and Murle communities of Jonglei has become deadlier in recent years because the armed youth now carry automatic rifles left over from the civil war. Church leaders say the rising cost of the dowry, paid in cattle, also pushes young men to raid.

In Central Equatoria, the South Sudan People's Defence Forces (SSPDF) clashed with fighters of the National Salvation Front (NAS) near Lainya on Monday. Army spokesman Brigadier General Peter Malual Deng said two soldiers had been killed and that "several rebels" died in the fighting. NAS spokesman Samuel Lemi Taban claimed that its fighters had killed nine soldiers and captured weapons.

NAS, led by former deputy army chief Thomas Cirillo, did not sign the 2018 peace deal and has fought government forces in the Equatorias since.

The fighting comes less than three weeks before the November 12 deadline for President Salva Kiir and opposition leader Riek Machar to form a unity government. Machar has said he will not join the government unless security arrangements, including the training and unification of forces, are completed first.

Only a fraction of the 83,000 troops meant to be trained for the unified army have reported to cantonment sites, according to the ceasefire monitoring body CTSAMVM. Aid groups say the cantonment sites lack food and medicine, which has led many fighters to leave.

A study by the London School of Hygiene and Tropical Medicine estimated that close to 400,000 people died as a result of the civil war between December 2013 and April 2018, about half of them from violence.

"If the deadline passes without a deal, nobody knows what will happen," said Peter Lado Wani, a civil society activist in Juba. Diplomats say they fear the delay could push the country back to war.
""")
    S = "South Sudan"
    d.event("saturday", "Battles", "Armed clash", "Jonglei", "Pajut", None, None, 1, 14,
            ["At least 14 people were killed when armed youth attacked a cattle camp in Duk County, Jonglei State, on Saturday",
             "exchanged fire for several hours with herders guarding the camp at Pajut",
             "20 people had been killed"], S,
            actor1="Murle Ethnic Militia (South Sudan)", actor1_alt=["Unidentified Communal Militia (South Sudan)"],
            actor2="Dinka Ethnic Militia (South Sudan)", sub_alt=["Attack"], admin2="Duk",
            fatalities_note="commissioner at least 14 (incl. 3 attackers) vs chief 20 -> 14")
    d.event("monday", "Battles", "Armed clash", "Central Equatoria", "Lainya", None, None, 2, 2,
            ["the South Sudan People's Defence Forces (SSPDF) clashed with fighters of the National Salvation Front (NAS) near Lainya on Monday",
             "two soldiers had been killed"], S,
            actor1="Military Forces of South Sudan (2011-)", actor2="National Salvation Front",
            fatalities_note="army 2 soldiers plus 'several rebels' (no figure) vs NAS 9 soldiers -> 2")
    d.quote("At least 14 people were killed when armed youth attacked a cattle camp in Duk County, Jonglei State, on Saturday",
            "Gai Chol Makuach", "the county commissioner", "named", mentions=["Commissioner Gai Chol Makuach"],
            role="county commissioner", affiliation="Duk County")
    d.quote("the attackers, who he said came from neighbouring Pibor, exchanged fire for several hours with herders guarding the camp at Pajut before driving away hundreds of cattle",
            "Gai Chol Makuach", "Commissioner Gai Chol Makuach", "named", mentions=["the county commissioner"],
            role="county commissioner", affiliation="Duk County", medium="this newspaper")
    d.quote("three of the attackers were among the dead", "Gai Chol Makuach", "He", "named", sctx="He said three",
            mentions=["Commissioner Gai Chol Makuach", "the county commissioner"], role="county commissioner", affiliation="Duk County")
    d.quote("20 people had been killed and that several children were missing", "Deng Garang Ayuel", "Deng Garang Ayuel", "named",
            role="local chief")
    d.quote('"They came at dawn when the young men were still sleeping,"', "Deng Garang Ayuel", "he", "named",
            sctx='sleeping," he said', mentions=["Deng Garang Ayuel"], role="local chief")
    d.quote("youth from the area were involved", "The Greater Pibor Administrative Area's information official",
            "The Greater Pibor Administrative Area's information official", "unnamed official")
    d.quote("Pibor communities had themselves lost cattle in raids last month", "The Greater Pibor Administrative Area's information official",
            "The Greater Pibor Administrative Area's information official", "unnamed official")
    d.quote("the rising cost of the dowry, paid in cattle, also pushes young men to raid", "Church leaders", "Church leaders", "anonymous")
    d.quote('''two soldiers had been killed and that "several rebels" died in the fighting''', "Peter Malual Deng",
            "Army spokesman Brigadier General Peter Malual Deng", "named", role="army spokesman", affiliation="SSPDF")
    d.quote("its fighters had killed nine soldiers and captured weapons", "Samuel Lemi Taban", "NAS spokesman Samuel Lemi Taban",
            "named", role="spokesman", affiliation="National Salvation Front")
    d.quote("he will not join the government unless security arrangements, including the training and unification of forces, are completed first",
            "Riek Machar", "Machar", "named", sctx="Machar has said", mentions=["Riek Machar"], role="opposition leader",
            affiliation="SPLM-IO")
    d.quote("Only a fraction of the 83,000 troops meant to be trained for the unified army have reported to cantonment sites",
            "CTSAMVM", "the ceasefire monitoring body CTSAMVM", "named")
    d.quote("the cantonment sites lack food and medicine, which has led many fighters to leave", "Aid groups", "Aid groups", "anonymous")
    d.quote("close to 400,000 people died as a result of the civil war between December 2013 and April 2018, about half of them from violence",
            "London School of Hygiene and Tropical Medicine", "A study by the London School of Hygiene and Tropical Medicine", "named")
    d.quote('"If the deadline passes without a deal, nobody knows what will happen,"', "Peter Lado Wani", "Peter Lado Wani", "named",
            role="civil society activist")
    d.quote("the delay could push the country back to war", "Diplomats", "Diplomats", "unnamed official")
    d.aggregate("close to 400,000 people died as a result of the civil war between December 2013 and April 2018", "deaths due to the civil war",
                "people", quantity=400000, qualifier="close to", period=("2013-12-01", "2018-04-30"), scope="South Sudan",
                claimant="London School of Hygiene and Tropical Medicine")
    d.causal("Cattle raiding between the Dinka, Nuer and Murle communities of Jonglei has become deadlier in recent years because the armed youth now carry automatic rifles left over from the civil war",
             "the armed youth now carry automatic rifles left over from the civil war",
             "Cattle raiding between the Dinka, Nuer and Murle communities of Jonglei has become deadlier in recent years")
    d.causal("the rising cost of the dowry, paid in cattle, also pushes young men to raid", "the rising cost of the dowry",
             "pushes young men to raid", driver="economic hardship/unemployment", claimant="Church leaders")
    d.causal("the cantonment sites lack food and medicine, which has led many fighters to leave",
             "the cantonment sites lack food and medicine", "many fighters to leave",
             driver="displacement/camps/reintegration", claimant="Aid groups")
    d.causal("the delay could push the country back to war", "the delay", "push the country back to war", hedged=True,
             claimant="Diplomats")
    return d



# ---------------------------------------------------------------- 09 Libya, politics story with one incident
@doc
def d09():
    d = Doc("authD-09", "Libya's rival chambers edge towards election law as militias clash in Tripoli suburb", "2023-01-27", """
TRIPOLI, Jan 27 (Reuters) - Libya's two rival legislative bodies said on Thursday they had agreed on most articles of a constitutional basis for elections, raising cautious hopes of a vote this year, even as armed groups clashed overnight in a suburb of the capital.

Negotiators from the eastern-based House of Representatives (HoR) and the Tripoli-based High State Council (HSC) met for three days in Cairo under Egyptian sponsorship. Mansour al-Werfalli, a member of the HoR delegation, said the two sides had settled the powers of the president and the structure of parliament but were still divided over whether military officers and dual nationals could stand for office.

That dispute is widely seen as aimed at eastern commander Khalifa Haftar, who holds U.S. citizenship. "The question of candidacy is the whole game. Everything else is paperwork," said a Western diplomat who follows the talks.

A presidential election planned for December 2021 collapsed because the bodies could not agree on who was eligible to run, and Libya has since been split between two governments. The failure of that vote led to the formation in the east of a rival cabinet that has never managed to take office in Tripoli.

Hours before the announcement, fighters from two armed groups nominally loyal to the Tripoli-based Government of National Unity exchanged fire with medium and heavy weapons in the western suburb of Janzour late on Wednesday. Two people were killed, including a civilian driving home from work, and four were wounded, said Malik Mersit, a spokesman for the Emergency Medicine Centre. Residents said the fighting began after a dispute at a checkpoint and stopped around midnight after mediation by local elders.

The health ministry put the death toll at one. The Janzour clashes were the most serious in the capital since August, when fighting between rival factions in central Tripoli killed 32 people.

Analysts say the stalemate has allowed armed groups on both sides to entrench themselves in state institutions, making any transition harder. "Every year without elections, the militias become richer and more difficult to remove," said Hisham Ben Ali, a Libya specialist. Oil revenues, which account for almost all state income, fuel the competition, he said.

The U.N. mission in Libya welcomed the progress in Cairo and called on both chambers to finish the work within weeks. It said in a statement that elections were "the only path to a unified and legitimate government."

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. A ceasefire signed in October 2020 has largely held, though foreign forces and mercenaries remain in the country, according to the United Nations.
""")
    L = "Libya"
    d.event("wednesday", "Battles", "Armed clash", "Tripoli", "Janzour", 32.82, 13.01, 1, 1,
            ["fighters from two armed groups nominally loyal to the Tripoli-based Government of National Unity exchanged fire with medium and heavy weapons in the western suburb of Janzour late on Wednesday",
             "Two people were killed, including a civilian driving home from work, and four were wounded",
             "The health ministry put the death toll at one"], L,
            actor1="Militia (Pro-Government of National Unity)", actor2="Militia (Pro-Government of National Unity)",
            admin1_alt=["Tarabulus", "Tripoli District"], location_alt=["Janzur", "Zanzur"], injured=4,
            fatalities_note="Emergency Medicine Centre 2 vs health ministry 1 -> 1 (most conservative)")
    d.quote("they had agreed on most articles of a constitutional basis for elections", "Libya's two rival legislative bodies",
            "Libya's two rival legislative bodies", "named")
    d.quote("the two sides had settled the powers of the president and the structure of parliament but were still divided over whether military officers and dual nationals could stand for office",
            "Mansour al-Werfalli", "Mansour al-Werfalli", "named", role="member of the HoR delegation", affiliation="House of Representatives")
    d.quote('"The question of candidacy is the whole game. Everything else is paperwork,"', "a Western diplomat who follows the talks",
            "a Western diplomat who follows the talks", "unnamed official", role="diplomat")
    d.quote("Two people were killed, including a civilian driving home from work, and four were wounded", "Malik Mersit",
            "Malik Mersit", "named", role="spokesman", affiliation="Emergency Medicine Centre")
    d.quote("the fighting began after a dispute at a checkpoint and stopped around midnight after mediation by local elders",
            "Residents", "Residents", "anonymous", sctx="Residents said the fighting")
    d.quote("the death toll at one", "The health ministry", "The health ministry", "named", affiliation="Ministry of Health")
    d.quote("the stalemate has allowed armed groups on both sides to entrench themselves in state institutions, making any transition harder",
            "Analysts", "Analysts", "anonymous", sctx="Analysts say the stalemate")
    d.quote('"Every year without elections, the militias become richer and more difficult to remove,"', "Hisham Ben Ali",
            "Hisham Ben Ali", "named", role="Libya specialist")
    d.quote("Oil revenues, which account for almost all state income, fuel the competition", "Hisham Ben Ali", "he", "named",
            sctx="competition, he said", mentions=["Hisham Ben Ali"], role="Libya specialist")
    d.quote('''elections were "the only path to a unified and legitimate government."''', "The U.N. mission in Libya", "It",
            "named", sctx="It said in a statement that elections", mentions=["The U.N. mission in Libya"], medium="statement",
            affiliation="United Nations")
    d.quote("foreign forces and mercenaries remain in the country", "the United Nations", "the United Nations", "named",
            sctx="according to the United Nations", affiliation="United Nations")
    d.causal("A presidential election planned for December 2021 collapsed because the bodies could not agree on who was eligible to run",
             "the bodies could not agree on who was eligible to run", "A presidential election planned for December 2021 collapsed",
             driver="governance/corruption")
    d.causal("The failure of that vote led to the formation in the east of a rival cabinet that has never managed to take office in Tripoli",
             "The failure of that vote", "the formation in the east of a rival cabinet", driver="governance/corruption")
    d.causal("the stalemate has allowed armed groups on both sides to entrench themselves in state institutions, making any transition harder",
             "the stalemate", "armed groups on both sides to entrench themselves in state institutions", driver="governance/corruption",
             claimant="Analysts")
    d.causal("Oil revenues, which account for almost all state income, fuel the competition", "Oil revenues", "fuel the competition",
             driver="governance/corruption", claimant="Hisham Ben Ali")
    d.causal("agreed on most articles of a constitutional basis for elections, raising cautious hopes of a vote this year",
             "agreed on most articles of a constitutional basis for elections", "raising cautious hopes of a vote this year")
    return d



# ---------------------------------------------------------------- 10 Pakistan (Balochistan), local outlet
@doc
def d10():
    d = Doc("authD-10", "Three policemen killed in Quetta blast; six die in attack on FC post in Panjgur", "2015-11-05", """
QUETTA: Three policemen were killed and seven others injured on Monday when a bomb planted on a parked motorcycle went off next to a police van on Sariab Road, officials said.

The van was carrying personnel to guard a polio vaccination team in the area. Deputy Inspector General of Police Ahsan Mehboob Kasi told reporters at the site that about five kilogrammes of explosives had been used and that the device was detonated by remote control. "The terrorists want to stop the polio campaign, but we will not let them," he said.

No group claimed responsibility for the blast.

Separately, militants armed with rockets and automatic weapons attacked a Frontier Corps (FC) post in the Panjgur district overnight, sparking a gun battle that lasted nearly two hours. A spokesman for the FC said two soldiers were martyred and four attackers were killed when troops returned fire. The banned Baloch Liberation Front (BLF) claimed the attack, with its spokesman Meerak Baloch saying that ten soldiers had been killed, a claim the FC rejected as "propaganda".

On Tuesday evening, unidentified men on a motorcycle hurled a hand grenade at a mobile phone shop in the main bazaar of Turbat, in Kech district, injuring four people, police said. On Wednesday, shopkeepers in the market pulled down their shutters in protest against the deteriorating law and order situation.

Across the border in Afghanistan's Kandahar province, a roadside bomb killed four members of a family on Tuesday, Afghan officials said.

Balochistan's home minister, Mir Zahoor Ahmed Lehri, said security had been tightened in Quetta and along the routes of the China-Pakistan Economic Corridor (CPEC). He said a special security division of some 15,000 troops was being raised to protect Chinese engineers working on the project.

Baloch separatist groups, who have waged a low-level insurgency for more than a decade, oppose CPEC because they say it will bring outsiders to the province and take its resources without benefiting local people. Attacks on road construction crews have increased since work began on the corridor's western route, a senior police official said.

According to a report by an Islamabad-based think tank, 274 people were killed in 188 militant attacks in Balochistan in the first nine months of the year. The report said the number of sectarian attacks in the province had fallen, while attacks by nationalist insurgents had risen.

Rights activists say the security operation against the insurgents has also led to a rise in enforced disappearances of Baloch students and political workers, a charge the authorities deny.
""")
    P = "Pakistan"
    d.event("monday", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Balochistan", "Quetta", 30.17, 66.99, 1, 3,
            ["Three policemen were killed and seven others injured on Monday when a bomb planted on a parked motorcycle went off next to a police van on Sariab Road"], P,
            actor1="Unidentified Armed Group (Pakistan)", actor2="Police Forces of Pakistan (2013-2018)", injured=7,
            location_alt=["Sariab Road, Quetta"], admin1_alt=["Baluchistan"])
    d.event("overnight", "Battles", "Armed clash", "Balochistan", "Panjgur", 26.96, 64.09, 2, 6,
            ["militants armed with rockets and automatic weapons attacked a Frontier Corps (FC) post in the Panjgur district overnight, sparking a gun battle that lasted nearly two hours",
             "two soldiers were martyred and four attackers were killed when troops returned fire",
             "ten soldiers had been killed"], P,
            actor1="BLF: Baloch Liberation Front", actor2="Military Forces of Pakistan (2013-2018)", admin1_alt=["Baluchistan"],
            fatalities_note="FC: 2 soldiers + 4 attackers = 6; BLF claims 10 soldiers -> 6 (most conservative)")
    d.event("tuesday", "Explosions/Remote violence", "Grenade", "Balochistan", "Turbat", 26.00, 63.05, 1, 0,
            ["unidentified men on a motorcycle hurled a hand grenade at a mobile phone shop in the main bazaar of Turbat, in Kech district, injuring four people"], P,
            actor1="Unidentified Armed Group (Pakistan)", actor2="Civilians (Pakistan)", admin2="Kech", injured=4,
            admin1_alt=["Baluchistan"])
    d.quote("Three policemen were killed and seven others injured on Monday when a bomb planted on a parked motorcycle went off next to a police van on Sariab Road",
            "officials", "officials", "unnamed official", sctx="Sariab Road, officials said")
    d.quote("about five kilogrammes of explosives had been used and that the device was detonated by remote control", "Ahsan Mehboob Kasi",
            "Deputy Inspector General of Police Ahsan Mehboob Kasi", "named", role="Deputy Inspector General of Police",
            affiliation="Balochistan Police")
    d.quote('"The terrorists want to stop the polio campaign, but we will not let them,"', "Ahsan Mehboob Kasi", "he", "named",
            sctx='let them," he said', mentions=["Deputy Inspector General of Police Ahsan Mehboob Kasi"],
            role="Deputy Inspector General of Police", affiliation="Balochistan Police")
    d.quote("two soldiers were martyred and four attackers were killed when troops returned fire", "A spokesman for the FC",
            "A spokesman for the FC", "unnamed official", affiliation="Frontier Corps")
    d.quote("ten soldiers had been killed", "Meerak Baloch", "its spokesman Meerak Baloch", "named", role="spokesman",
            affiliation="Baloch Liberation Front")
    d.quote('''"propaganda"''', "Frontier Corps", "the FC", "named", sctx="the FC rejected", affiliation="Frontier Corps")
    d.quote("unidentified men on a motorcycle hurled a hand grenade at a mobile phone shop in the main bazaar of Turbat, in Kech district, injuring four people",
            "police", "police", "unnamed official", sctx="four people, police said")
    d.quote("a roadside bomb killed four members of a family on Tuesday", "Afghan officials", "Afghan officials", "unnamed official")
    d.quote("security had been tightened in Quetta and along the routes of the China-Pakistan Economic Corridor (CPEC)",
            "Mir Zahoor Ahmed Lehri", "Balochistan's home minister, Mir Zahoor Ahmed Lehri", "named", role="home minister",
            affiliation="Government of Balochistan")
    d.quote("a special security division of some 15,000 troops was being raised to protect Chinese engineers working on the project",
            "Mir Zahoor Ahmed Lehri", "He", "named", sctx="He said a special", mentions=["Balochistan's home minister, Mir Zahoor Ahmed Lehri"],
            role="home minister", affiliation="Government of Balochistan")
    d.quote("it will bring outsiders to the province and take its resources without benefiting local people",
            "Baloch separatist groups", "they", "unnamed official", sctx="they say it will", mentions=["Baloch separatist groups"])
    d.quote("Attacks on road construction crews have increased since work began on the corridor's western route", "a senior police official",
            "a senior police official", "unnamed official")
    d.quote("274 people were killed in 188 militant attacks in Balochistan in the first nine months of the year",
            "an Islamabad-based think tank", "a report by an Islamabad-based think tank", "anonymous",
            mentions=[("The report", "The report said")])
    d.quote("the number of sectarian attacks in the province had fallen, while attacks by nationalist insurgents had risen",
            "an Islamabad-based think tank", "The report", "anonymous", sctx="The report said", mentions=["a report by an Islamabad-based think tank"])
    d.quote("the security operation against the insurgents has also led to a rise in enforced disappearances of Baloch students and political workers",
            "Rights activists", "Rights activists", "anonymous")
    d.aggregate("274 people were killed in 188 militant attacks in Balochistan in the first nine months of the year", "people killed in militant attacks",
                "people", quantity=274, period=("2015-01-01", "2015-09-30"), scope="Balochistan", claimant="an Islamabad-based think tank")
    d.aggregate("274 people were killed in 188 militant attacks in Balochistan in the first nine months of the year", "militant attacks",
                "attacks", quantity=188, period=("2015-01-01", "2015-09-30"), scope="Balochistan", claimant="an Islamabad-based think tank")
    d.causal("Baloch separatist groups, who have waged a low-level insurgency for more than a decade, oppose CPEC because they say it will bring outsiders to the province and take its resources without benefiting local people",
             "it will bring outsiders to the province and take its resources without benefiting local people", "oppose CPEC",
             driver="economic hardship/unemployment", claimant="Baloch separatist groups")
    d.causal("the security operation against the insurgents has also led to a rise in enforced disappearances of Baloch students and political workers",
             "the security operation against the insurgents", "a rise in enforced disappearances of Baloch students and political workers",
             driver="security posture/deployment", claimant="Rights activists")
    d.event("wednesday", "Protests", "Peaceful protest", "Balochistan", "Turbat", 26.00, 63.05, 1, 0,
            ["On Wednesday, shopkeepers in the market pulled down their shutters in protest against the deteriorating law and order situation"], P,
            actor1="Protesters (Pakistan)", admin2="Kech", admin1_alt=["Baluchistan"], note="shutter-down strike by traders")
    return d



# ---------------------------------------------------------------- 11 Myanmar, wire/analysis
@doc
def d11():
    d = Doc("authD-11", "Myanmar junta air strike kills 11 in Sagaing as resistance seizes Gangaw police station", "2023-11-09", """
BANGKOK, Nov 9 (AFP) - A Myanmar military air strike killed at least 11 people, including four children, near Let Yet Kone village (Tabayin township, Sagaing region) on Monday, a local resistance group and residents said, as the junta faces its biggest battlefield challenge since seizing power in 2021.

A fighter jet dropped two bombs on a cluster of houses where villagers who had fled earlier fighting were sheltering, said a member of the local People's Defence Force (PDF), who asked not to be named for security reasons. A resident said 13 people had died. "We buried them the same evening because we were afraid the planes would come back," she said.

Junta spokesman Major General Kyaw Thura Aung said in a statement carried by state media that the military had targeted "terrorists" and that reports of civilian deaths were "fabricated".

In neighbouring Magway region, resistance fighters captured the main police station in Gangaw town on Sunday after a two-day siege, according to the town's PDF battalion, which posted photos of its fighters with seized weapons. Three policemen were killed and 20 others surrendered, the group said.

On Saturday, artillery shells fired from a military base hit a monastery in Kawlin township in Sagaing, killing two novice monks, according to a local monk, Ashin Pyinnya, who said the monastery had been sheltering around 300 displaced villagers.

The military has increasingly relied on air power because it has lost control of large parts of the countryside to resistance forces, analysts say. "The air force is the one advantage they still have, and they use it to punish the villages that support the resistance," said Thet Naing Oo, a former army captain who defected in 2022.

More than two million people have been displaced across Myanmar since the coup, according to the United Nations, and the Assistance Association for Political Prisoners says more than 4,200 civilians have been killed by security forces.

The shadow National Unity Government (NUG) claims that its forces and their ethnic allies now control more than half of the country's territory, a figure that independent analysts consider exaggerated but not implausible.

The latest wave of fighting was prompted by a coordinated offensive launched in late October by an alliance of three ethnic armed groups in northern Shan state, which has emboldened resistance groups elsewhere. The junta's leader, Senior General Min Aung Hlaing, has vowed to counter-attack.

Myanmar's military seized power in February 2021, ousting the elected government of Aung San Suu Kyi and triggering mass protests that were crushed by force.
""")
    M = "Myanmar"
    d.event("monday", "Explosions/Remote violence", "Air/drone strike", "Sagaing", "Let Yet Kone", None, None, 2, 11,
            ["A Myanmar military air strike killed at least 11 people, including four children, near Let Yet Kone village (Tabayin township, Sagaing region) on Monday",
             "A fighter jet dropped two bombs on a cluster of houses", "A resident said 13 people had died"], M,
            actor1="Military Forces of Myanmar (2021-)", actor2="Civilians (Myanmar)", admin1_alt=["Sagaing Region"],
            location_alt=["Tabayin", "Dipeyin"], fatalities_note="at least 11 (PDF, residents) vs a resident 13 -> 11")
    d.event("sunday", "Battles", "Non-state actor overtakes territory", "Magway", "Gangaw", 22.17, 94.13, 1, 3,
            ["resistance fighters captured the main police station in Gangaw town on Sunday after a two-day siege",
             "Three policemen were killed and 20 others surrendered"], M,
            actor1="PDF: People's Defence Force", actor2="Police Forces of Myanmar (2021-)", sub_alt=["Armed clash"],
            admin1_alt=["Magwe", "Magway Region"])
    d.event("saturday", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Sagaing", "Kawlin", None, None, 2, 2,
            ["artillery shells fired from a military base hit a monastery in Kawlin township in Sagaing, killing two novice monks"], M,
            actor1="Military Forces of Myanmar (2021-)", actor2="Civilians (Myanmar)", admin1_alt=["Sagaing Region"])
    d.quote("A Myanmar military air strike killed at least 11 people, including four children, near Let Yet Kone village (Tabayin township, Sagaing region) on Monday",
            "a local resistance group and residents", "a local resistance group and residents", "anonymous")
    d.quote("A fighter jet dropped two bombs on a cluster of houses where villagers who had fled earlier fighting were sheltering",
            "a member of the local People's Defence Force (PDF)", "a member of the local People's Defence Force (PDF)", "unnamed official",
            affiliation="People's Defence Force")
    d.quote("13 people had died", "A resident", "A resident", "anonymous", sctx="A resident said 13",
            mentions=[("she", 'back," she said')])
    d.quote('"We buried them the same evening because we were afraid the planes would come back,"', "A resident", "she", "anonymous",
            sctx='back," she said', mentions=[("A resident", "A resident said 13")])
    d.quote('''the military had targeted "terrorists" and that reports of civilian deaths were "fabricated"''', "Kyaw Thura Aung",
            "Junta spokesman Major General Kyaw Thura Aung", "named", role="junta spokesman", affiliation="Military of Myanmar",
            medium="statement carried by state media")
    d.quote("resistance fighters captured the main police station in Gangaw town on Sunday after a two-day siege",
            "the town's PDF battalion", "the town's PDF battalion", "named", affiliation="People's Defence Force",
            mentions=[("the group", "surrendered, the group said")])
    d.quote("Three policemen were killed and 20 others surrendered", "the town's PDF battalion", "the group", "named",
            sctx="surrendered, the group said", mentions=["the town's PDF battalion"], affiliation="People's Defence Force")
    d.quote("artillery shells fired from a military base hit a monastery in Kawlin township in Sagaing, killing two novice monks",
            "Ashin Pyinnya", "a local monk, Ashin Pyinnya", "named", role="monk")
    d.quote("the monastery had been sheltering around 300 displaced villagers", "Ashin Pyinnya", "who", "named",
            sctx="who said the monastery", mentions=["a local monk, Ashin Pyinnya"], role="monk")
    d.quote("The military has increasingly relied on air power because it has lost control of large parts of the countryside to resistance forces",
            "analysts", "analysts", "anonymous", sctx="resistance forces, analysts say")
    d.quote('"The air force is the one advantage they still have, and they use it to punish the villages that support the resistance,"',
            "Thet Naing Oo", "Thet Naing Oo", "named", role="former army captain")
    d.quote("More than two million people have been displaced across Myanmar since the coup", "the United Nations", "the United Nations",
            "named", affiliation="United Nations")
    d.quote("more than 4,200 civilians have been killed by security forces", "Assistance Association for Political Prisoners",
            "the Assistance Association for Political Prisoners", "named")
    d.quote("its forces and their ethnic allies now control more than half of the country's territory", "National Unity Government",
            "The shadow National Unity Government (NUG)", "named")
    d.aggregate("More than two million people have been displaced across Myanmar since the coup", "people displaced", "people",
                quantity=2000000, low=2000000, qualifier="more than", period=("2021-02-01", "2023-11-09"), scope="Myanmar",
                claimant="the United Nations")
    d.aggregate("more than 4,200 civilians have been killed by security forces", "civilians killed by security forces", "people",
                quantity=4200, low=4200, qualifier="more than", period=("2021-02-01", "2023-11-09"), scope="Myanmar",
                claimant="Assistance Association for Political Prisoners")
    d.aggregate("its forces and their ethnic allies now control more than half of the country's territory", "share of territory controlled by the opposition",
                "percent", quantity=50, low=50, qualifier="more than", scope="Myanmar", claimant="National Unity Government")
    d.causal("The military has increasingly relied on air power because it has lost control of large parts of the countryside to resistance forces",
             "it has lost control of large parts of the countryside to resistance forces", "The military has increasingly relied on air power",
             claimant="analysts")
    d.causal("The latest wave of fighting was prompted by a coordinated offensive launched in late October by an alliance of three ethnic armed groups in northern Shan state",
             "a coordinated offensive launched in late October by an alliance of three ethnic armed groups in northern Shan state",
             "The latest wave of fighting")
    d.causal("a coordinated offensive launched in late October by an alliance of three ethnic armed groups in northern Shan state, which has emboldened resistance groups elsewhere",
             "a coordinated offensive launched in late October", "emboldened resistance groups elsewhere")
    d.causal('"We buried them the same evening because we were afraid the planes would come back,"',
             "we were afraid the planes would come back", "We buried them the same evening", claimant="A resident")
    return d



# ---------------------------------------------------------------- 12 Kenya, protests and their repression (local outlet)
@doc
def d12():
    d = Doc("authD-12", "Police fire live rounds as tax protests spread; three dead in Nairobi", "2023-07-21", """
NAIROBI — Three people were shot dead in Nairobi on Wednesday when police fired tear gas and live ammunition at crowds protesting against new taxes, the Independent Policing Oversight Authority (IPOA) said, in the deadliest day of demonstrations this month.

Witnesses in the Mathare and Kibera informal settlements said officers opened fire as young men blocked roads with rocks and burning tyres. "They did not fire in the air. They aimed at us," said Brian Otieno, a 24-year-old motorcycle taxi rider whose friend was shot in the chest. The opposition Azimio coalition said six of its supporters had been killed in the capital, a figure the police did not confirm.

In the western city of Kisumu, an opposition stronghold, protesters set fire to a police post and pelted officers with stones on Wednesday. A 17-year-old boy died of gunshot wounds at Jaramogi Oginga Odinga Teaching and Referral Hospital, the hospital's chief executive, Dr Grace Akinyi, said. Police said the boy was hit "in the course of an exchange" and that an inquiry had been opened.

Yesterday, hundreds of traders marched peacefully through the centre of Mombasa carrying placards against the doubling of value-added tax on fuel to 16 percent. The march ended at the county offices without incident, a local police commander said.

Interior Minister Joseph Karanja said 312 people had been arrested across the country since Monday for "criminal acts" during the protests. He accused opposition leaders of "financing anarchy".

The protests were called by the opposition in response to the Finance Act signed by President William Ruto last month, which raised taxes on fuel, salaries and mobile money transfers. Prices of maize flour and cooking oil have also risen sharply, and many Kenyans say the new taxes have made it impossible to feed their families.

"Parliament passed this law without listening to anybody, so people have no choice but to go to the streets," said Mary Wanjiru, a vegetable seller in Nairobi's Gikomba market.

Amnesty International Kenya said at least 30 people had been killed by police since the protests began in March. A researcher for the group, Faith Njoki, said the use of live rounds against unarmed protesters was "unlawful and unjustifiable".

The government says the new revenue is needed to cut Kenya's borrowing and to avoid defaulting on its debts. Ruto has said he will not back down. After the protests on Wednesday, the president met security chiefs at State House.

Earlier this month, a secondary school student was shot dead during a march in Nakuru, according to his family, and a police officer was stabbed in Migori. Schools in parts of Nairobi and Kisumu stayed closed on Thursday because parents feared further violence.
""")
    K = "Kenya"
    d.event("wednesday", "Protests", "Excessive force against protesters", "Nairobi", "Nairobi", -1.29, 36.82, 1, 3,
            ["Three people were shot dead in Nairobi on Wednesday when police fired tear gas and live ammunition at crowds protesting against new taxes",
             "officers opened fire as young men blocked roads with rocks and burning tyres",
             "six of its supporters had been killed in the capital"], K,
            actor1="Protesters (Kenya)", actor2="Police Forces of Kenya (2022-)", sub_alt=["Protest with intervention"],
            admin1_alt=["Nairobi City", "Nairobi Area"], location_alt=["Mathare", "Kibera"],
            fatalities_note="IPOA 3 vs opposition 6 -> 3")
    d.event("wednesday", "Riots", "Violent demonstration", "Kisumu", "Kisumu", -0.09, 34.77, 1, 1,
            ["protesters set fire to a police post and pelted officers with stones on Wednesday",
             "A 17-year-old boy died of gunshot wounds"], K,
            actor1="Rioters (Kenya)", actor2="Police Forces of Kenya (2022-)")
    d.event("yesterday", "Protests", "Peaceful protest", "Mombasa", "Mombasa", -4.04, 39.67, 1, 0,
            ["hundreds of traders marched peacefully through the centre of Mombasa carrying placards against the doubling of value-added tax on fuel to 16 percent"], K,
            actor1="Protesters (Kenya)")
    d.quote("Three people were shot dead in Nairobi on Wednesday when police fired tear gas and live ammunition at crowds protesting against new taxes",
            "Independent Policing Oversight Authority", "the Independent Policing Oversight Authority (IPOA)", "named")
    d.quote("officers opened fire as young men blocked roads with rocks and burning tyres",
            "Witnesses in the Mathare and Kibera informal settlements", "Witnesses in the Mathare and Kibera informal settlements", "anonymous")
    d.quote('"They did not fire in the air. They aimed at us,"', "Brian Otieno", "Brian Otieno", "named", role="motorcycle taxi rider")
    d.quote("six of its supporters had been killed in the capital", "Azimio coalition", "The opposition Azimio coalition", "named")
    d.quote("A 17-year-old boy died of gunshot wounds at Jaramogi Oginga Odinga Teaching and Referral Hospital", "Grace Akinyi",
            "the hospital's chief executive, Dr Grace Akinyi", "named", role="chief executive",
            affiliation="Jaramogi Oginga Odinga Teaching and Referral Hospital")
    d.quote('''the boy was hit "in the course of an exchange" and that an inquiry had been opened''', "Police", "Police", "unnamed official",
            sctx="Police said the boy")
    d.quote("The march ended at the county offices without incident", "a local police commander", "a local police commander",
            "unnamed official")
    d.quote('''312 people had been arrested across the country since Monday for "criminal acts" during the protests''', "Joseph Karanja",
            "Interior Minister Joseph Karanja", "named", role="Interior Minister", affiliation="Government of Kenya")
    d.quote("the new taxes have made it impossible to feed their families", "many Kenyans", "many Kenyans", "anonymous")
    d.quote('"Parliament passed this law without listening to anybody, so people have no choice but to go to the streets,"',
            "Mary Wanjiru", "Mary Wanjiru", "named", role="vegetable seller")
    d.quote("at least 30 people had been killed by police since the protests began in March", "Amnesty International Kenya",
            "Amnesty International Kenya", "named")
    d.quote('''the use of live rounds against unarmed protesters was "unlawful and unjustifiable"''', "Faith Njoki",
            "A researcher for the group, Faith Njoki", "named", role="researcher", affiliation="Amnesty International Kenya")
    d.quote("the new revenue is needed to cut Kenya's borrowing and to avoid defaulting on its debts", "The government",
            "The government", "named", sctx="The government says", affiliation="Government of Kenya")
    d.quote("he will not back down", "William Ruto", "Ruto", "named", sctx="Ruto has said", mentions=["President William Ruto"],
            role="President", affiliation="Government of Kenya")
    d.aggregate("at least 30 people had been killed by police since the protests began in March", "people killed by police during protests",
                "people", quantity=30, low=30, qualifier="at least", period=("2023-03-01", "2023-07-21"), scope="Kenya",
                claimant="Amnesty International Kenya")
    d.causal("The protests were called by the opposition in response to the Finance Act signed by President William Ruto last month",
             "the Finance Act signed by President William Ruto last month", "The protests were called by the opposition",
             driver="economic hardship/unemployment")
    d.causal("the new taxes have made it impossible to feed their families", "the new taxes", "made it impossible to feed their families",
             driver="economic hardship/unemployment", claimant="many Kenyans")
    d.causal('"Parliament passed this law without listening to anybody, so people have no choice but to go to the streets,"',
             "Parliament passed this law without listening to anybody", "people have no choice but to go to the streets",
             driver="governance/corruption", claimant="Mary Wanjiru")
    d.causal("the new revenue is needed to cut Kenya's borrowing and to avoid defaulting on its debts", "the new revenue",
             "to avoid defaulting on its debts", polarity="-", claimant="The government")
    d.causal("Schools in parts of Nairobi and Kisumu stayed closed on Thursday because parents feared further violence",
             "parents feared further violence", "Schools in parts of Nairobi and Kisumu stayed closed on Thursday")
    d.quote("a secondary school student was shot dead during a march in Nakuru", "his family", "his family", "anonymous",
            sctx="according to his family")
    return d


def main():
    docs, golds = [], []
    for f in DOCS:
        d = f()
        dd, g = d.records()
        check(dd, g)
        n = len(dd["text"].split())
        assert 330 <= n <= 950, (d.id, n)
        docs.append(dd)
        golds.append(g)
    with open(os.path.join(HERE, "authD.docs.jsonl"), "w", encoding="utf-8") as fh:
        for x in docs:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authD.gold.jsonl"), "w", encoding="utf-8") as fh:
        for x in golds:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    os.makedirs("/tmp/authD", exist_ok=True)
    with open("/tmp/authD/selfpred.jsonl", "w", encoding="utf-8") as fh:  # gold as a pred file, for the self-score
        for x in golds:
            fh.write(json.dumps({"id": x["id"], "events": x["events"], "quotes": x["quotes"], "claims": x["claims"]},
                                ensure_ascii=False) + "\n")
    ev = sum(len(g["events"]) for g in golds)
    qu = sum(len(g["quotes"]) for g in golds)
    ag = sum(1 for g in golds for c in g["claims"] if c["kind"] == "aggregate")
    ca = sum(1 for g in golds for c in g["claims"] if c["kind"] == "causal")
    words = [len(x["text"].split()) for x in docs]
    print(f"docs={len(docs)} events={ev} quotes={qu} aggregates={ag} causal={ca} words={words}")


if __name__ == "__main__":
    main()
