#!/usr/bin/env python3
"""authV: invented reports on insurgent violence in MENA 2018-2024, with hand annotations (offsets by search)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib_authV import Doc, write

DOCS = []

# ---------------------------------------------------------------- 01 analytical, Iraq 2020
d = Doc("authV-01", "Curfews and a thinner front line: why Islamic State attacks climbed in Iraq's disputed belt",
        "2020-06-14", [
"""KIRKUK, Iraq - Islamic State cells carried out 412 attacks across Iraq in the first quarter of 2020, up from 292 in the last three months of 2019, according to a tally compiled by the Baghdad-based Rafidain Security Observatory, with most of the increase concentrated in Kirkuk, Diyala and Salah al-Din provinces.""",
"""The three provinces, which straddle the ridges and river valleys between Arab and Kurdish-controlled areas, accounted for roughly 60 percent of all incidents recorded between January and March, the observatory said in a report released on Saturday. Anbar and Nineveh, once the heartland of the group's self-declared caliphate, registered far fewer attacks, with 38 and 51 respectively.""",
"""Analysts and officials offer overlapping explanations. The most frequently cited is the coronavirus. Iraqi forces were pulled off rural patrols because of the nationwide curfew imposed in mid-March, and Layla Hadithi, a researcher at the observatory, said the redeployment left villages south of Kirkuk without a regular army presence for weeks. "The checkpoints moved into the towns to stop people shopping, and the countryside was simply handed to the militants," she said.""",
"""A second factor is the drawdown of the U.S.-led coalition, which handed over several bases in March and suspended training missions. A senior officer in the Joint Operations Command, speaking on condition of anonymity because he was not authorised to brief journalists, said the loss of coalition surveillance flights had made it harder to track small groups moving at night. He estimated that between 2,500 and 3,500 Islamic State fighters remain active in Iraq.""",
"""The terrain itself favours the insurgents. The Hamrin mountains and the orchards of the Wadi al-Shay valley south of Kirkuk have long served as hideouts, and Kurdish security officials argue that the gap between Peshmerga lines and federal forces, a strip of no-man's land that opened after Baghdad retook Kirkuk in 2017, allowed cells to move freely between Diyala and Salah al-Din.""",
""""There are places in that gap where nobody has set foot in uniform for two years," said Brigadier Sirwan Karim, a Peshmerga commander in the Garmiyan area. He said the militants were exploiting the absence of coordination between Erbil and Baghdad.""",
"""Residents point to other causes. In villages around Hawija, where many families are still waiting for compensation for homes destroyed in the 2017 offensive, young men have few prospects. One farmer, who asked not to be named, said unpaid public salaries and the collapse of casual work during the curfew had pushed some youths to accept money for acting as lookouts. "They pay fifty dollars a night. Nobody else pays anything," he said.""",
"""Sectarian grievances also play a part. Sunni tribal leaders in Salah al-Din complain that arrests by Popular Mobilisation Forces units, some of them carried out without warrants, have deepened mistrust of the state. Sheikh Hamid al-Obeidi, a tribal elder from al-Dour, said the abuses had turned some families against the security forces and made them reluctant to share information.""",
"""The violence has taken a mounting toll. The observatory counted 117 members of the security forces killed in the first quarter, compared with 74 in the previous three months, an increase of 58 percent. Civilian deaths rose more slowly, to 63 from 55.""",
"""Not everyone expects the trend to last. A spokesman for the Iraqi Security Media Cell, Major General Tahsin al-Khafaji, said operations launched in late May in the Makhoul mountains had killed dozens of militants and would reduce the number of attacks over the summer. But Hadithi was sceptical. "Every time they clear a valley, the fighters go to the next one," she said.""",
], {"author": "authV", "style": "think-tank analysis", "country": "Iraq"})
d.A("Islamic State cells carried out 412 attacks across Iraq in the first quarter of 2020", "attacks by Islamic State", "attacks",
    quantity=412, ps="2020-01-01", pe="2020-03-31", scope="Iraq", claimant="Rafidain Security Observatory")
d.A("up from 292 in the last three months of 2019", "attacks by Islamic State", "attacks", quantity=292,
    ps="2019-10-01", pe="2019-12-31", scope="Iraq", claimant="Rafidain Security Observatory")
d.A("accounted for roughly 60 percent of all incidents recorded between January and March", "share of attacks in Kirkuk, Diyala and Salah al-Din", "percent",
    quantity=60, qualifier="roughly", ps="2020-01-01", pe="2020-03-31", scope="Kirkuk, Diyala and Salah al-Din", claimant="Rafidain Security Observatory")
d.A("Anbar and Nineveh, once the heartland of the group's self-declared caliphate, registered far fewer attacks, with 38 and 51 respectively",
    "attacks in Anbar", "attacks", quantity=38, ps="2020-01-01", pe="2020-03-31", scope="Al Anbar", claimant="Rafidain Security Observatory")
d.A("He estimated that between 2,500 and 3,500 Islamic State fighters remain active in Iraq", "Islamic State fighters active", "fighters",
    low=2500, high=3500, scope="Iraq", claimant="A senior officer in the Joint Operations Command")
d.A("The observatory counted 117 members of the security forces killed in the first quarter", "security forces killed", "people",
    quantity=117, ps="2020-01-01", pe="2020-03-31", scope="Iraq", claimant="Rafidain Security Observatory")
d.A("compared with 74 in the previous three months", "security forces killed", "people", quantity=74, ps="2019-10-01", pe="2019-12-31",
    scope="Iraq", claimant="Rafidain Security Observatory")
d.A("an increase of 58 percent", "change in security forces killed", "percent", quantity=58, ps="2020-01-01", pe="2020-03-31",
    scope="Iraq", claimant="Rafidain Security Observatory")
d.A("Civilian deaths rose more slowly, to 63 from 55", "civilians killed", "people", quantity=63, ps="2020-01-01", pe="2020-03-31",
    scope="Iraq", claimant="Rafidain Security Observatory")
# quotes
d.Q("Islamic State cells carried out 412 attacks across Iraq in the first quarter of 2020, up from 292 in the last three months of 2019",
    "Rafidain Security Observatory", "the Baghdad-based Rafidain Security Observatory", "named", direct=False,
    mentions=["the observatory", "The observatory"])
d.Q("The three provinces, which straddle the ridges and river valleys between Arab and Kurdish-controlled areas, accounted for roughly 60 percent of all incidents recorded between January and March",
    "Rafidain Security Observatory", "the observatory", "named", direct=False, mentions=["the Baghdad-based Rafidain Security Observatory", "The observatory"],
    spk_after="between January and March, ")
d.Q("the redeployment left villages south of Kirkuk without a regular army presence for weeks", "Layla Hadithi", "Layla Hadithi", "named",
    mentions=["Hadithi"], role="researcher", aff="Rafidain Security Observatory")
d.Q('"The checkpoints moved into the towns to stop people shopping, and the countryside was simply handed to the militants,"',
    "Layla Hadithi", "she", "named", mentions=["Layla Hadithi", "Hadithi"], role="researcher", aff="Rafidain Security Observatory", spk_after="handed to the militants,\" ")
d.Q("the loss of coalition surveillance flights had made it harder to track small groups moving at night",
    "A senior officer in the Joint Operations Command", "A senior officer in the Joint Operations Command", "unnamed official", role="senior officer", aff="Joint Operations Command")
d.Q("that between 2,500 and 3,500 Islamic State fighters remain active in Iraq", "A senior officer in the Joint Operations Command", "He", "unnamed official",
    mentions=["A senior officer in the Joint Operations Command"], spk_after="moving at night. ", role="senior officer", aff="Joint Operations Command")
d.Q("the gap between Peshmerga lines and federal forces, a strip of no-man's land that opened after Baghdad retook Kirkuk in 2017, allowed cells to move freely between Diyala and Salah al-Din",
    "Kurdish security officials", "Kurdish security officials", "unnamed official", aff="Kurdistan Regional Government")
d.Q('"There are places in that gap where nobody has set foot in uniform for two years,"', "Sirwan Karim", "Brigadier Sirwan Karim", "named",
    role="Peshmerga commander", aff="Peshmerga")
d.Q("the militants were exploiting the absence of coordination between Erbil and Baghdad", "Sirwan Karim", "He", "named",
    mentions=["Brigadier Sirwan Karim"], spk_after="Garmiyan area. ", role="Peshmerga commander", aff="Peshmerga")
d.Q("unpaid public salaries and the collapse of casual work during the curfew had pushed some youths to accept money for acting as lookouts",
    "One farmer, who asked not to be named", "One farmer, who asked not to be named", "anonymous")
d.Q('"They pay fifty dollars a night. Nobody else pays anything,"', "One farmer, who asked not to be named", "he", "anonymous",
    mentions=["One farmer, who asked not to be named"], spk_after="Nobody else pays anything,\" ")
d.Q("arrests by Popular Mobilisation Forces units, some of them carried out without warrants, have deepened mistrust of the state",
    "Sunni tribal leaders in Salah al-Din", "Sunni tribal leaders in Salah al-Din", "anonymous")
d.Q("the abuses had turned some families against the security forces and made them reluctant to share information", "Hamid al-Obeidi",
    "Sheikh Hamid al-Obeidi", "named", role="tribal elder")
d.Q("operations launched in late May in the Makhoul mountains had killed dozens of militants and would reduce the number of attacks over the summer",
    "Tahsin al-Khafaji", "Major General Tahsin al-Khafaji", "named", mentions=["A spokesman for the Iraqi Security Media Cell"],
    role="spokesman", aff="Security Media Cell")
d.Q('"Every time they clear a valley, the fighters go to the next one,"', "Layla Hadithi", "she", "named", mentions=["Layla Hadithi", "Hadithi"],
    spk_after="go to the next one,\" ", role="researcher", aff="Rafidain Security Observatory")
# causal
d.C("Iraqi forces were pulled off rural patrols because of the nationwide curfew imposed in mid-March", "the nationwide curfew imposed in mid-March",
    "Iraqi forces were pulled off rural patrols", driver="pandemic/lockdown")
d.C("the redeployment left villages south of Kirkuk without a regular army presence for weeks", "the redeployment",
    "villages south of Kirkuk without a regular army presence for weeks", driver="security posture/deployment", claimant="Layla Hadithi")
d.C("the loss of coalition surveillance flights had made it harder to track small groups moving at night", "the loss of coalition surveillance flights",
    "harder to track small groups moving at night", driver="security posture/deployment", claimant="A senior officer in the Joint Operations Command")
d.C("the gap between Peshmerga lines and federal forces, a strip of no-man's land that opened after Baghdad retook Kirkuk in 2017, allowed cells to move freely between Diyala and Salah al-Din",
    "the gap between Peshmerga lines and federal forces", "cells to move freely between Diyala and Salah al-Din", driver="security posture/deployment",
    claimant="Kurdish security officials")
d.C("the militants were exploiting the absence of coordination between Erbil and Baghdad", "the absence of coordination between Erbil and Baghdad",
    "the militants were exploiting", driver="governance/corruption", claimant="Sirwan Karim")
d.C("unpaid public salaries and the collapse of casual work during the curfew had pushed some youths to accept money for acting as lookouts",
    "unpaid public salaries and the collapse of casual work during the curfew", "some youths to accept money for acting as lookouts",
    driver="economic hardship/unemployment", claimant="One farmer, who asked not to be named")
d.C("arrests by Popular Mobilisation Forces units, some of them carried out without warrants, have deepened mistrust of the state",
    "arrests by Popular Mobilisation Forces units", "deepened mistrust of the state", driver="governance/corruption", claimant="Sunni tribal leaders in Salah al-Din")
d.C("the abuses had turned some families against the security forces and made them reluctant to share information", "the abuses",
    "turned some families against the security forces and made them reluctant to share information", driver="governance/corruption", claimant="Hamid al-Obeidi")
d.C("operations launched in late May in the Makhoul mountains had killed dozens of militants and would reduce the number of attacks over the summer",
    "operations launched in late May in the Makhoul mountains", "reduce the number of attacks over the summer", pol="-", hedged=True, claimant="Tahsin al-Khafaji")
DOCS.append(d)


# ---------------------------------------------------------------- 02 incident, Iraq Diyala 2021
d = Doc("authV-02", "Toll rises to five after Islamic State ambush on PMF patrol in Diyala",
        "2021-09-20", [
"""BAQUBAH, Iraq - Five members of the Popular Mobilisation Forces were killed and four wounded when suspected Islamic State militants detonated a roadside bomb under their vehicle and then opened fire on rescuers near the village of al-Hawasha, north of Muqdadiya in Diyala province, late on Sunday, police said on Monday.""",
"""An initial statement from the Diyala police command on Sunday night put the death toll at three. A police officer in Muqdadiya said on Monday morning that two of the wounded had died of their injuries at Baqubah General Hospital. The PMF's own media office gave a higher figure of six dead, saying a member of a local tribal unit who had joined the rescue effort was also killed, but the hospital could not confirm that account.""",
"""According to the police officer, who spoke on condition of anonymity, the patrol from the PMF's Badr-affiliated 23rd Brigade was responding to reports of gunmen near an irrigation canal when the device exploded at about 10:30 p.m. "As soon as the second vehicle stopped to help, they were shot at from the orchards on both sides," he said.""",
"""No group has claimed the attack, but the tactics match those used by Islamic State cells that shelter in the palm groves and farmland of the Muqdadiya district. Local officials said the same area saw at least 14 attacks on security forces and farmers since the start of the year.""",
"""Hours later, at dawn on Monday, mortar rounds landed in al-Hawasha, damaging two houses. A resident said by telephone that no one was hurt but that several families had begun loading their belongings on trucks. "We do not know who will protect us. The army comes in the day and leaves at night," the resident said.""",
"""Diyala's governor, Muthanna al-Tamimi, said the killings were a response to a series of raids in which security forces had arrested suspected militants in the area over the past month. He called on the federal government to send reinforcements.""",
"""The attack prompted a wave of anger among Shiite residents of nearby villages, some of whom accuse Sunni families of harbouring militants, raising fears of revenge attacks of the kind that followed a similar ambush in the province last year. Raad al-Jubouri, a Sunni member of the provincial council, warned that collective punishment would only play into the militants' hands. "That is exactly what Daesh wants: for neighbours to turn on each other," he said.""",
"""In a separate operation on Monday afternoon, the Iraqi army's 5th Division said it had arrested four suspects in the Buhriz area south of Baqubah, including a man it described as the cell's logistics officer. The division said in a statement that the men had provided shelter and motorcycles to the attackers. The claim could not be independently verified.""",
"""Security analysts say the persistence of such ambushes in Diyala is partly explained by the overlapping layers of forces in the province. Hassan Mahdi, a researcher at the Iraqi Centre for Strategic Dialogue, said rivalry between army units and PMF brigades over who controls checkpoints and smuggling routes had left gaps the militants exploit. "Each force guards its own road, and nobody guards the fields between them," he said.""",
"""Diyala's mix of Sunni, Shiite and Kurdish communities and its border with Iran have made it one of the most contested provinces since 2014. Attacks there fell sharply after 2017 but have crept back up this year, according to data compiled by the provincial security committee, which recorded 61 incidents in the first eight months of 2021 against 45 in the same period of 2020.""",
], {"author": "authV", "style": "wire incident report", "country": "Iraq"})
d.E(["Five members of the Popular Mobilisation Forces were killed and four wounded when suspected Islamic State militants detonated a roadside bomb under their vehicle and then opened fire on rescuers near the village of al-Hawasha, north of Muqdadiya in Diyala province, late on Sunday",
     "the patrol from the PMF's Badr-affiliated 23rd Brigade was responding to reports of gunmen near an irrigation canal when the device exploded at about 10:30 p.m."],
    date="2021-09-19", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", sub_alt=["Armed clash"],
    actor1="Unidentified Armed Group (Iraq)", actor1_alt=["Islamic State (Iraq)"], actor2="Popular Mobilization Forces (Iraq)",
    country="Iraq", admin1="Diyala", admin2="Al-Muqdadiya", location="al-Hawasha", location_alt=["Muqdadiya", "Al-Muqdadiya"],
    lat=33.98, lon=44.94, prec=2, fatalities=5, injured=4,
    fatalities_note="initial police toll 3, revised by police to 5; PMF media office 6 unconfirmed; conservative revised figure 5")
d.E(["at dawn on Monday, mortar rounds landed in al-Hawasha, damaging two houses"],
    date="2021-09-20", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", actor1="Unidentified Armed Group (Iraq)",
    actor1_alt=["Islamic State (Iraq)"], actor2="Civilians (Iraq)", country="Iraq", admin1="Diyala", admin2="Al-Muqdadiya", location="al-Hawasha",
    location_alt=["Muqdadiya"], lat=33.98, lon=44.94, prec=2, fatalities=0)
d.E(["the Iraqi army's 5th Division said it had arrested four suspects in the Buhriz area south of Baqubah"],
    date="2021-09-20", etype="Strategic developments", sub="Arrests", actor1="Military Forces of Iraq (2018-2022)", actor2="Islamic State (Iraq)",
    country="Iraq", admin1="Diyala", admin2="Baquba", location="Buhriz", location_alt=["Baqubah", "Baquba"], lat=33.70, lon=44.66, prec=1, fatalities=0)
# quotes
d.Q("Five members of the Popular Mobilisation Forces were killed and four wounded when suspected Islamic State militants detonated a roadside bomb under their vehicle and then opened fire on rescuers near the village of al-Hawasha, north of Muqdadiya in Diyala province, late on Sunday",
    "police", "police", "unnamed official")
d.Q("put the death toll at three", "Diyala police command", "An initial statement from the Diyala police command", "named", aff="Diyala police")
d.Q("two of the wounded had died of their injuries at Baqubah General Hospital", "A police officer in Muqdadiya", "A police officer in Muqdadiya",
    "unnamed official", mentions=["the police officer"], aff="Iraqi police")
d.Q("gave a higher figure of six dead", "PMF media office", "The PMF's own media office", "named", aff="Popular Mobilisation Forces")
d.Q("a member of a local tribal unit who had joined the rescue effort was also killed", "PMF media office", "The PMF's own media office", "named", aff="Popular Mobilisation Forces")
d.Q("the patrol from the PMF's Badr-affiliated 23rd Brigade was responding to reports of gunmen near an irrigation canal when the device exploded at about 10:30 p.m.",
    "A police officer in Muqdadiya", "the police officer", "unnamed official", mentions=["A police officer in Muqdadiya"], aff="Iraqi police")
d.Q('"As soon as the second vehicle stopped to help, they were shot at from the orchards on both sides,"', "A police officer in Muqdadiya", "he",
    "unnamed official", mentions=["A police officer in Muqdadiya", "the police officer"], spk_after="orchards on both sides,\" ", aff="Iraqi police")
d.Q("the same area saw at least 14 attacks on security forces and farmers since the start of the year", "Local officials", "Local officials", "unnamed official")
d.Q("no one was hurt but that several families had begun loading their belongings on trucks", "A resident", "A resident", "anonymous",
    mentions=["the resident"])
d.Q('"We do not know who will protect us. The army comes in the day and leaves at night,"', "A resident", "the resident", "anonymous",
    mentions=["A resident"], spk_after="leaves at night,\" ")
d.Q("the killings were a response to a series of raids in which security forces had arrested suspected militants in the area over the past month",
    "Muthanna al-Tamimi", "Muthanna al-Tamimi", "named", mentions=["Diyala's governor"], role="governor", aff="Diyala province")
d.Q("that collective punishment would only play into the militants' hands", "Raad al-Jubouri", "Raad al-Jubouri", "named",
    role="member of the provincial council", aff="Diyala provincial council")
d.Q('"That is exactly what Daesh wants: for neighbours to turn on each other,"', "Raad al-Jubouri", "he", "named", mentions=["Raad al-Jubouri"],
    spk_after="turn on each other,\" ", role="member of the provincial council", aff="Diyala provincial council")
d.Q("it had arrested four suspects in the Buhriz area south of Baqubah, including a man it described as the cell's logistics officer",
    "Iraqi army 5th Division", "the Iraqi army's 5th Division", "named", aff="Iraqi army")
d.Q("the men had provided shelter and motorcycles to the attackers", "Iraqi army 5th Division", "The division", "named",
    mentions=["the Iraqi army's 5th Division"], aff="Iraqi army")
d.Q("the persistence of such ambushes in Diyala is partly explained by the overlapping layers of forces in the province", "Security analysts",
    "Security analysts", "anonymous")
d.Q("rivalry between army units and PMF brigades over who controls checkpoints and smuggling routes had left gaps the militants exploit",
    "Hassan Mahdi", "Hassan Mahdi", "named", role="researcher", aff="Iraqi Centre for Strategic Dialogue")
d.Q('"Each force guards its own road, and nobody guards the fields between them,"', "Hassan Mahdi", "he", "named", mentions=["Hassan Mahdi"],
    spk_after="fields between them,\" ", role="researcher", aff="Iraqi Centre for Strategic Dialogue")
d.Q("which recorded 61 incidents in the first eight months of 2021 against 45 in the same period of 2020", "provincial security committee",
    "the provincial security committee", "named", direct=False)
# aggregates
d.A("the same area saw at least 14 attacks on security forces and farmers since the start of the year", "attacks on security forces and farmers", "attacks",
    quantity=14, low=14, qualifier="at least", ps="2021-01-01", pe="2021-09-20", scope="Muqdadiya area", claimant="Local officials")
d.A("which recorded 61 incidents in the first eight months of 2021", "incidents", "incidents", quantity=61, ps="2021-01-01", pe="2021-08-31",
    scope="Diyala", claimant="provincial security committee")
d.A("against 45 in the same period of 2020", "incidents", "incidents", quantity=45, ps="2020-01-01", pe="2020-08-31", scope="Diyala",
    claimant="provincial security committee")
# causal
d.C("the killings were a response to a series of raids in which security forces had arrested suspected militants in the area over the past month",
    "a series of raids in which security forces had arrested suspected militants in the area over the past month", "the killings",
    claimant="Muthanna al-Tamimi")
d.C("The attack prompted a wave of anger among Shiite residents of nearby villages", "The attack", "a wave of anger among Shiite residents of nearby villages")
d.C("some of whom accuse Sunni families of harbouring militants, raising fears of revenge attacks of the kind that followed a similar ambush in the province last year",
    "some of whom accuse Sunni families of harbouring militants", "fears of revenge attacks", driver="sectarian grievance")
d.C("that collective punishment would only play into the militants' hands", "collective punishment", "play into the militants' hands",
    hedged=True, claimant="Raad al-Jubouri", driver="sectarian grievance")
d.C("the persistence of such ambushes in Diyala is partly explained by the overlapping layers of forces in the province",
    "the overlapping layers of forces in the province", "the persistence of such ambushes in Diyala", driver="security posture/deployment", claimant="Security analysts")
d.C("rivalry between army units and PMF brigades over who controls checkpoints and smuggling routes had left gaps the militants exploit",
    "rivalry between army units and PMF brigades over who controls checkpoints and smuggling routes", "gaps the militants exploit",
    driver="governance/corruption", claimant="Hassan Mahdi")
d.C("Diyala's mix of Sunni, Shiite and Kurdish communities and its border with Iran have made it one of the most contested provinces since 2014",
    "Diyala's mix of Sunni, Shiite and Kurdish communities and its border with Iran", "one of the most contested provinces since 2014")
DOCS.append(d)

# ---------------------------------------------------------------- 03 analytical, Syria Deir ez-Zor 2022
d = Doc("authV-03", "In Deir ez-Zor, an insurgency that feeds on grievance and a camp next door",
        "2022-04-10", [
"""Three years after the Syrian Democratic Forces declared the end of the Islamic State's territorial rule at Baghouz, the group's remnants are proving stubbornly durable in the villages along the eastern bank of the Euphrates. A count by the Syria Conflict Monitoring Network, a research group based in Gaziantep, recorded 94 Islamic State attacks in Deir ez-Zor province in the first quarter of 2022, compared with 71 in the first quarter of 2021, a rise of about 32 percent.""",
"""The neighbouring province of Raqqa, by contrast, saw 19 attacks over the same three months, and Hasakeh 23, most of them in the weeks around the January assault on the Ghwayran prison. "Deir ez-Zor is where the insurgency lives now; everywhere else it visits," said Omar Shaddadi, the network's lead analyst.""",
"""Most of the violence takes the form of assassinations. The monitor counted 212 people killed in the province by suspected Islamic State cells during 2021, among them at least 60 SDF fighters and dozens of local council members, tribal figures and teachers accused of cooperating with the Kurdish-led administration. Night-time raids by gunmen on motorcycles, followed by a bullet to the head and a note pinned to the door, have become a familiar pattern in towns such as al-Busayrah, Dhiban and Hajin.""",
"""Analysts attribute the resilience of the cells to several factors, not all of them military. The first is the al-Hol camp in neighbouring Hasakeh, which still holds around 56,000 people, most of them women and children connected to former fighters. SDF officials say the camp functions as a fundraising and recruitment hub, and that money collected inside, smuggled out through Hasakeh's checkpoints, has allowed cells in Deir ez-Zor to keep paying fighters. "Al-Hol is the insurgency's bank and its school at the same time," a senior SDF security official said, asking not to be named.""",
"""The second is a deep reservoir of local resentment. Deir ez-Zor is overwhelmingly Arab, and tribal leaders have long complained that key posts in the civil and military councils are held by Kurdish cadres from the north. Sheikh Ibrahim al-Hafl, a notable from the Akeidat tribe, said that arrests of young men during SDF sweeps, often on the word of informants settling personal scores, had driven some families towards the militants. "When your son is taken and nobody tells you where he is, you stop believing in the people who took him," he said.""",
"""Economic hardship compounds the problem. Despite the oil fields that lie in the province, unemployment in rural Deir ez-Zor is estimated at more than 40 percent, according to a survey by a local aid consortium, and the collapse of the Syrian pound has pushed the price of bread and fuel beyond the reach of many households. Several residents said the militants paid informants and lookouts in dollars, which gave them an advantage over local authorities whose salaries are paid in devalued currency.""",
"""Geography matters too. The river divides the SDF-held east bank from the west bank, which is controlled by Syrian government forces and Iran-backed militias. Security officials in the SDF say cells slip across the river by boat, and that the open desert south of the Euphrates, where neither side maintains a permanent presence, allows them to disappear after each attack.""",
"""Some observers also point to the death in February of the group's leader in a U.S. raid in Idlib. Shaddadi cautioned against expecting a decline. He said the network's data showed no drop in attacks in the six weeks after the raid, suggesting that local cells operate with considerable autonomy from the central leadership.""",
"""The U.S.-led coalition, which keeps several hundred troops in the area, says joint raids with the SDF detained 165 suspected Islamic State members in Deir ez-Zor last year. But as long as the underlying grievances go unaddressed, Shaddadi said, arrests alone are unlikely to turn the tide.""",
], {"author": "authV", "style": "analytical feature", "country": "Syria"})
N = "Syria Conflict Monitoring Network"
d.A("recorded 94 Islamic State attacks in Deir ez-Zor province in the first quarter of 2022", "Islamic State attacks", "attacks", quantity=94,
    ps="2022-01-01", pe="2022-03-31", scope="Deir ez Zor", claimant=N)
d.A("compared with 71 in the first quarter of 2021", "Islamic State attacks", "attacks", quantity=71, ps="2021-01-01", pe="2021-03-31",
    scope="Deir ez Zor", claimant=N)
d.A("a rise of about 32 percent", "change in Islamic State attacks", "percent", quantity=32, qualifier="about", ps="2022-01-01", pe="2022-03-31",
    scope="Deir ez Zor", claimant=N)
d.A("The neighbouring province of Raqqa, by contrast, saw 19 attacks over the same three months", "Islamic State attacks", "attacks", quantity=19,
    ps="2022-01-01", pe="2022-03-31", scope="Ar-Raqqa", claimant=N)
d.A("and Hasakeh 23", "Islamic State attacks", "attacks", quantity=23, ps="2022-01-01", pe="2022-03-31", scope="Al Hasakeh", claimant=N)
d.A("The monitor counted 212 people killed in the province by suspected Islamic State cells during 2021", "people killed by Islamic State cells", "people",
    quantity=212, ps="2021-01-01", pe="2021-12-31", scope="Deir ez Zor", claimant=N)
d.A("among them at least 60 SDF fighters", "SDF fighters killed", "people", quantity=60, low=60, qualifier="at least", ps="2021-01-01", pe="2021-12-31",
    scope="Deir ez Zor", claimant=N)
d.A("which still holds around 56,000 people, most of them women and children connected to former fighters", "people held in al-Hol camp", "people",
    quantity=56000, qualifier="around", scope="al-Hol camp")
d.A("unemployment in rural Deir ez-Zor is estimated at more than 40 percent", "unemployment rate", "percent", quantity=40, low=40, qualifier="more than",
    scope="rural Deir ez Zor", claimant="a local aid consortium")
d.A("joint raids with the SDF detained 165 suspected Islamic State members in Deir ez-Zor last year", "suspected Islamic State members detained", "people",
    quantity=165, ps="2021-01-01", pe="2021-12-31", scope="Deir ez Zor", claimant="Global Coalition Against Daesh")
# quotes
d.Q("recorded 94 Islamic State attacks in Deir ez-Zor province in the first quarter of 2022, compared with 71 in the first quarter of 2021, a rise of about 32 percent",
    N, "A count by the Syria Conflict Monitoring Network", "named", direct=False, mentions=["The monitor", "the network's"])
d.Q('"Deir ez-Zor is where the insurgency lives now; everywhere else it visits,"', "Omar Shaddadi", "Omar Shaddadi", "named", mentions=["Shaddadi"],
    role="lead analyst", aff=N)
d.Q("212 people killed in the province by suspected Islamic State cells during 2021, among them at least 60 SDF fighters and dozens of local council members, tribal figures and teachers accused of cooperating with the Kurdish-led administration",
    N, "The monitor", "named", direct=False, mentions=["A count by the Syria Conflict Monitoring Network"])
d.Q("the resilience of the cells to several factors, not all of them military", "Analysts", "Analysts", "anonymous", direct=False)
d.Q("the camp functions as a fundraising and recruitment hub, and that money collected inside, smuggled out through Hasakeh's checkpoints, has allowed cells in Deir ez-Zor to keep paying fighters", "SDF officials",
    "SDF officials", "unnamed official", aff="Syrian Democratic Forces")
d.Q('"Al-Hol is the insurgency\'s bank and its school at the same time,"', "a senior SDF security official", "a senior SDF security official",
    "unnamed official", aff="Syrian Democratic Forces")
d.Q("key posts in the civil and military councils are held by Kurdish cadres from the north", "tribal leaders", "tribal leaders", "anonymous",
    spk_after="overwhelmingly Arab, and ")
d.Q("arrests of young men during SDF sweeps, often on the word of informants settling personal scores, had driven some families towards the militants",
    "Ibrahim al-Hafl", "Sheikh Ibrahim al-Hafl", "named", aff="Akeidat tribe")
d.Q('"When your son is taken and nobody tells you where he is, you stop believing in the people who took him,"', "Ibrahim al-Hafl", "he", "named",
    mentions=["Sheikh Ibrahim al-Hafl"], spk_after="the people who took him,\" ", aff="Akeidat tribe")
d.Q("unemployment in rural Deir ez-Zor is estimated at more than 40 percent", "a local aid consortium", "a survey by a local aid consortium", "anonymous")
d.Q("the militants paid informants and lookouts in dollars, which gave them an advantage over local authorities whose salaries are paid in devalued currency",
    "Several residents", "Several residents", "anonymous")
d.Q("cells slip across the river by boat, and that the open desert south of the Euphrates, where neither side maintains a permanent presence, allows them to disappear after each attack",
    "Security officials in the SDF", "Security officials in the SDF", "unnamed official", aff="Syrian Democratic Forces")
d.Q("the network's data showed no drop in attacks in the six weeks after the raid, suggesting that local cells operate with considerable autonomy from the central leadership",
    "Omar Shaddadi", "He", "named", mentions=["Omar Shaddadi", "Shaddadi"], spk_after="expecting a decline. ", role="lead analyst", aff=N)
d.Q("joint raids with the SDF detained 165 suspected Islamic State members in Deir ez-Zor last year", "Global Coalition Against Daesh",
    "The U.S.-led coalition, which keeps several hundred troops in the area,", "named")
d.Q("as long as the underlying grievances go unaddressed", "Omar Shaddadi", "Shaddadi", "named", mentions=["Omar Shaddadi"],
    spk_after="grievances go unaddressed, ", role="lead analyst", aff=N, frags=None)
# fix: the last is one content with fragments; rebuild below
d.quotes.pop()
_t = d.text
_s = _t.find("as long as the underlying grievances go unaddressed")
_m = _t.find("Shaddadi said, arrests alone")
_e = _t.find("unlikely to turn the tide") + len("unlikely to turn the tide")
_a2 = _t.find("arrests alone are unlikely")
d.quotes.append({"start": _s, "end": _e, "text": _t[_s:_e], "fragments": [[_s, _m - 2], [_a2, _e]], "direct": False,
                 "speaker": "Omar Shaddadi", "speaker_start": _m, "speaker_end": _m + len("Shaddadi"), "speaker_text": "Shaddadi",
                 "speaker_mentions": sorted({(_m, _m + 8)} | {(i, i + len(x)) for x in ["Omar Shaddadi", "Shaddadi"] for i in [j for j in range(len(_t)) if _t.startswith(x, j)]}),
                 "role": "lead analyst", "affiliation": N, "anonymity": "named", "medium": None})
d.quotes[-1]["speaker_mentions"] = [list(x) for x in d.quotes[-1]["speaker_mentions"]]
# causal
d.C("money collected inside, smuggled out through Hasakeh's checkpoints, has allowed cells in Deir ez-Zor to keep paying fighters",
    "money collected inside", "cells in Deir ez-Zor to keep paying fighters",
    driver="displacement/camps/reintegration", claimant="SDF officials")
d.C("Analysts attribute the resilience of the cells to several factors, not all of them military", "several factors, not all of them military",
    "the resilience of the cells", claimant="Analysts")
d.C("arrests of young men during SDF sweeps, often on the word of informants settling personal scores, had driven some families towards the militants",
    "arrests of young men during SDF sweeps", "driven some families towards the militants", driver="governance/corruption", claimant="Ibrahim al-Hafl")
d.C("the collapse of the Syrian pound has pushed the price of bread and fuel beyond the reach of many households", "the collapse of the Syrian pound",
    "the price of bread and fuel beyond the reach of many households", driver="economic hardship/unemployment")
d.C("the militants paid informants and lookouts in dollars, which gave them an advantage over local authorities whose salaries are paid in devalued currency",
    "the militants paid informants and lookouts in dollars", "an advantage over local authorities", driver="economic hardship/unemployment", claimant="Several residents")
d.C("the open desert south of the Euphrates, where neither side maintains a permanent presence, allows them to disappear after each attack",
    "the open desert south of the Euphrates", "them to disappear after each attack", driver="terrain/safe havens", claimant="Security officials in the SDF")
DOCS.append(d)

# ---------------------------------------------------------------- 04 incident, Syria Homs desert 2023
d = Doc("authV-04", "Ambush on army bus in Syrian desert kills at least 10 soldiers; monitor puts toll higher",
        "2023-08-13", [
"""DAMASCUS - Islamic State militants ambushed a bus carrying Syrian army soldiers on the highway between Palmyra and al-Sukhnah in the eastern Homs desert on Thursday, killing at least 10 of them, state media said, in one of the deadliest attacks on government forces this year.""",
"""The state news agency SANA said the bus was hit by gunfire and rocket-propelled grenades at about 6 a.m. as it carried soldiers returning from leave to positions near the T3 pumping station. It said 10 soldiers were killed and 12 wounded, citing a military source.""",
"""The Syrian Network for Field Monitoring, a Britain-based group that relies on informants on the ground, gave a much higher figure, saying 23 soldiers had been killed and that the attackers had set fire to the bus after the shooting. On Saturday the group raised its toll to 26, saying three of the wounded had died in hospital in Homs.""",
"""The Islamic State claimed the attack through its Amaq news agency on Friday, saying its fighters had killed "dozens of Nusayri soldiers", a derogatory term for Alawites.""",
"""A soldier who survived the attack, reached by telephone at a military hospital in Homs, said the bus had no escort. "There were supposed to be two armoured cars with us. They never came," he said, asking that his name not be used because soldiers are forbidden from speaking to the media.""",
"""Russian warplanes carried out a series of air strikes on Friday on what Moscow described as militant hideouts in the desert north of Palmyra, in response to the ambush. The Russian Centre for Reconciliation in Syria said the strikes killed more than 30 fighters and destroyed weapons depots. The monitoring network said it had documented the deaths of seven militants in the strikes.""",
"""Separately, two shepherds were killed on Saturday when a landmine exploded under their pickup truck near al-Sukhnah, according to the monitoring network, which blamed ordnance left by the Islamic State.""",
"""The Homs desert, a vast expanse of rocky plains and ravines stretching east towards Deir ez-Zor, has become the group's main refuge in government-held Syria since it lost its last territory in 2019. Its fighters move in small units, often hiding in caves and abandoned wells, which makes them difficult to track from the air.""",
"""Analysts say the frequency of such ambushes has risen because government forces and allied militias redeployed units from the desert to the northwest and to the south in recent months. Karim Nassar, a researcher who follows the Syrian security forces, said many of the desert garrisons were now manned by poorly paid conscripts and local auxiliaries. "A checkpoint of six tired men in the middle of nowhere is an invitation," he said.""",
"""The network says it has recorded at least 180 members of government forces and allied militias killed by Islamic State attacks in the Homs, Hama, Raqqa and Deir ez-Zor deserts since the start of the year, compared with about 150 in the whole of 2022.""",
"""A Syrian military official quoted by the pro-government newspaper al-Watan said on Saturday that the army had launched a combing operation in the area, backed by Russian aircraft, and would "not allow the terrorists to take the desert roads hostage".""",
], {"author": "authV", "style": "wire incident report", "country": "Syria"})
d.E(["Islamic State militants ambushed a bus carrying Syrian army soldiers on the highway between Palmyra and al-Sukhnah in the eastern Homs desert on Thursday, killing at least 10 of them",
     "the bus was hit by gunfire and rocket-propelled grenades at about 6 a.m."],
    date="2023-08-10", etype="Battles", sub="Armed clash", actor1="Islamic State (Syria)", actor2="Military Forces of Syria (2000-2024)",
    country="Syria", admin1="Homs", admin2="Tadmor", location="Palmyra-al-Sukhnah highway", location_alt=["Palmyra", "Tadmor", "al-Sukhnah", "Sukhneh"],
    lat=34.70, lon=38.55, prec=2, fatalities=10, injured=12,
    fatalities_note="state media 10 vs monitor 23 (later 26): conservative 10")
d.E(["Russian warplanes carried out a series of air strikes on Friday on what Moscow described as militant hideouts in the desert north of Palmyra"],
    date="2023-08-11", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Military Forces of Russia (2000-)", actor2="Islamic State (Syria)",
    country="Syria", admin1="Homs", admin2="Tadmor", location="desert north of Palmyra", location_alt=["Palmyra", "Tadmor"], lat=None, lon=None, prec=2,
    fatalities=7, fatalities_note="Russian centre more than 30 vs monitor 7: conservative 7")
d.E(["two shepherds were killed on Saturday when a landmine exploded under their pickup truck near al-Sukhnah"],
    date="2023-08-12", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", actor1="Islamic State (Syria)",
    actor2="Civilians (Syria)", country="Syria", admin1="Homs", admin2="Tadmor", location="al-Sukhnah", location_alt=["Sukhneh", "As-Sukhnah"],
    lat=34.88, lon=38.87, prec=2, fatalities=2)
# quotes
d.Q("killing at least 10 of them", "SANA", "state media", "named", direct=False, mentions=["The state news agency SANA"], spk_after="killing at least 10 of them, ",
    alt=["state media"])
d.Q("the bus was hit by gunfire and rocket-propelled grenades at about 6 a.m. as it carried soldiers returning from leave to positions near the T3 pumping station",
    "SANA", "The state news agency SANA", "named", medium="SANA")
d.Q("10 soldiers were killed and 12 wounded", "SANA", "It", "named", mentions=["The state news agency SANA"], spk_after="T3 pumping station. ",
    alt=["a military source"], medium="SANA")
d.Q("23 soldiers had been killed and that the attackers had set fire to the bus after the shooting", "Syrian Network for Field Monitoring",
    "The Syrian Network for Field Monitoring", "named", mentions=["the monitoring network", "The monitoring network", "The network"])
d.Q("three of the wounded had died in hospital in Homs", "Syrian Network for Field Monitoring", "the group", "named",
    mentions=["The Syrian Network for Field Monitoring", "the monitoring network", "The monitoring network", "The network"], spk_after="raised its toll to 26, saying ")
d.Q("its fighters had killed \"dozens of Nusayri soldiers\"", "Islamic State", "The Islamic State", "named", medium="Amaq")
d.Q("the bus had no escort", "A soldier who survived the attack", "A soldier who survived the attack", "anonymous")
d.Q('"There were supposed to be two armoured cars with us. They never came,"', "A soldier who survived the attack", "he", "anonymous",
    mentions=["A soldier who survived the attack"], spk_after="They never came,\" ")
d.Q("the strikes killed more than 30 fighters and destroyed weapons depots", "Russian Centre for Reconciliation in Syria",
    "The Russian Centre for Reconciliation in Syria", "named")
d.Q("it had documented the deaths of seven militants in the strikes", "Syrian Network for Field Monitoring", "The monitoring network", "named",
    mentions=["The Syrian Network for Field Monitoring", "the monitoring network", "The network"])
d.Q("two shepherds were killed on Saturday when a landmine exploded under their pickup truck near al-Sukhnah", "Syrian Network for Field Monitoring",
    "the monitoring network", "named", mentions=["The Syrian Network for Field Monitoring", "The monitoring network", "The network"])
d.Q("the frequency of such ambushes has risen because government forces and allied militias redeployed units from the desert to the northwest and to the south in recent months",
    "Analysts", "Analysts", "anonymous")
d.Q("many of the desert garrisons were now manned by poorly paid conscripts and local auxiliaries", "Karim Nassar", "Karim Nassar", "named",
    role="researcher")
d.Q('"A checkpoint of six tired men in the middle of nowhere is an invitation,"', "Karim Nassar", "he", "named", mentions=["Karim Nassar"],
    spk_after="is an invitation,\" ", role="researcher")
d.Q("it has recorded at least 180 members of government forces and allied militias killed by Islamic State attacks in the Homs, Hama, Raqqa and Deir ez-Zor deserts since the start of the year, compared with about 150 in the whole of 2022",
    "Syrian Network for Field Monitoring", "The network", "named", mentions=["The Syrian Network for Field Monitoring", "the monitoring network", "The monitoring network"])
d.Q("the army had launched a combing operation in the area, backed by Russian aircraft, and would \"not allow the terrorists to take the desert roads hostage\"",
    "A Syrian military official", "A Syrian military official", "unnamed official", medium="al-Watan")
# aggregates
d.A("it has recorded at least 180 members of government forces and allied militias killed by Islamic State attacks in the Homs, Hama, Raqqa and Deir ez-Zor deserts since the start of the year",
    "government forces and allied militias killed", "people", quantity=180, low=180, qualifier="at least", ps="2023-01-01", pe="2023-08-13",
    scope="Homs, Hama, Raqqa and Deir ez-Zor deserts", claimant="Syrian Network for Field Monitoring")
d.A("compared with about 150 in the whole of 2022", "government forces and allied militias killed", "people", quantity=150, qualifier="about",
    ps="2022-01-01", pe="2022-12-31", scope="Homs, Hama, Raqqa and Deir ez-Zor deserts", claimant="Syrian Network for Field Monitoring")
# causal
d.C("Russian warplanes carried out a series of air strikes on Friday on what Moscow described as militant hideouts in the desert north of Palmyra, in response to the ambush",
    "the ambush", "Russian warplanes carried out a series of air strikes")
d.C("Its fighters move in small units, often hiding in caves and abandoned wells, which makes them difficult to track from the air",
    "Its fighters move in small units, often hiding in caves and abandoned wells", "difficult to track from the air", driver="terrain/safe havens")
d.C("asking that his name not be used because soldiers are forbidden from speaking to the media", "soldiers are forbidden from speaking to the media",
    "asking that his name not be used")
d.C("the frequency of such ambushes has risen because government forces and allied militias redeployed units from the desert to the northwest and to the south in recent months",
    "government forces and allied militias redeployed units from the desert to the northwest and to the south", "the frequency of such ambushes has risen",
    driver="security posture/deployment", claimant="Analysts")
DOCS.append(d)

# ---------------------------------------------------------------- 05 analytical, Yemen AQAP 2023
d = Doc("authV-05", "Drones, ambushes and unpaid soldiers: AQAP's comeback in Abyan and Shabwa",
        "2023-11-05", [
"""ADEN, Yemen - Al-Qaeda in the Arabian Peninsula has carried out more attacks in southern Yemen this year than at any time since 2017, exploiting a fragmented security landscape in which rival government-aligned forces compete for territory and revenue, according to analysts, officials and residents.""",
"""The Aden Centre for Conflict Studies, an independent research group, counted 47 AQAP attacks in Abyan province between January and September, against 19 in the same period of 2022. Neighbouring Shabwa recorded 22 attacks over the nine months, up from 14. Most targeted forces of the Southern Transitional Council (STC), the separatist movement that dominates the south, and most took place in the Mudiyah and Wadi Omran areas of eastern Abyan.""",
"""The centre's director, Nabil Basha, said the surge was a reaction to an offensive that STC-aligned units launched in eastern Abyan in August 2022, pushing into districts where AQAP had long maintained a discreet presence. "They kicked the hornets' nest without a plan to hold the ground," he said. "The militants answered with what they do best: roadside bombs and ambushes.\"""",
"""The group has also adopted new tactics. At least nine of this year's attacks in Abyan involved small commercial drones fitted with explosives, according to the centre, a technique that had not been recorded in the province before 2023.""",
"""STC officials allege that the drones and some of the explosives were supplied by the Houthis, the Iran-aligned movement that controls the capital and much of the north, and that this backing has allowed AQAP to strike STC positions from a distance. A spokesman for the STC's security belt forces, Mohammed al-Naqib, said intercepted communications showed contacts between the two groups. The Houthis have denied the allegation, and independent researchers say the evidence is thin. Basha said it was possible that some components had been bought on the black market from Houthi-held areas, but that this did not amount to an alliance.""",
"""Economic pressures are a more widely accepted factor. Soldiers in many government-aligned units have gone months without pay, and the devaluation of the rial has eroded the wages of those who are paid. A tribal leader in Shabwa, who spoke on condition of anonymity for fear of reprisals, said AQAP recruiters were offering young men in the Said and Markha districts monthly stipends larger than a soldier's salary. "If the state does not pay its own men, it should not be surprised when someone else does," he said.""",
"""Others point to the departure of the United Arab Emirates' own troops from much of the south, which left the Emirati-trained forces without the air support and intelligence that had helped them push AQAP out of Shabwa's towns in 2016 and 2017. A Western diplomat who follows Yemen said the drawdown had reduced the pressure on AQAP's leadership and given it room to rebuild.""",
"""Political rivalry may be the deepest cause. The STC and forces loyal to the Islah party fought each other in Shabwa in August 2022, and each side has accused the other of tolerating AQAP in order to weaken its rival. Residents of Ataq, the provincial capital, said checkpoints run by competing forces demanded bribes from travellers and paid little attention to armed men who could pay. "The corruption at the checkpoints means anyone can move," said Salem Bamatraf, a shopkeeper.""",
"""The rugged terrain of the Mudiyah mountains and the valleys of Wadi Omran has also helped the group survive repeated sweeps, providing caves and farms where fighters can hide and regroup, the centre said in its report.""",
"""In contrast to the south, the centre found that AQAP violence in Marib and al-Bayda, once among its main arenas, fell by more than half this year, in part because the group's fighters were drawn away from the front lines with the Houthis.""",
"""The STC says it remains committed to clearing the area. "We will not let Abyan become a second Afghanistan," al-Naqib said.""",
], {"author": "authV", "style": "newspaper feature", "country": "Yemen"})
ACS = "Aden Centre for Conflict Studies"
d.A("counted 47 AQAP attacks in Abyan province between January and September", "AQAP attacks", "attacks", quantity=47, ps="2023-01-01", pe="2023-09-30",
    scope="Abyan", claimant=ACS)
d.A("against 19 in the same period of 2022", "AQAP attacks", "attacks", quantity=19, ps="2022-01-01", pe="2022-09-30", scope="Abyan", claimant=ACS)
d.A("Neighbouring Shabwa recorded 22 attacks over the nine months", "AQAP attacks", "attacks", quantity=22, ps="2023-01-01", pe="2023-09-30",
    scope="Shabwah", claimant=ACS)
d.A("up from 14", "AQAP attacks", "attacks", quantity=14, ps="2022-01-01", pe="2022-09-30", scope="Shabwah", claimant=ACS)
d.A("At least nine of this year's attacks in Abyan involved small commercial drones fitted with explosives", "AQAP drone attacks", "attacks",
    quantity=9, low=9, qualifier="at least", ps="2023-01-01", pe="2023-11-05", scope="Abyan", claimant=ACS)
d.A("AQAP violence in Marib and al-Bayda, once among its main arenas, fell by more than half this year", "decline in AQAP violence", "percent",
    quantity=50, low=50, qualifier="more than", ps="2023-01-01", pe="2023-11-05", scope="Marib and al-Bayda", claimant=ACS)
# quotes
d.Q("Al-Qaeda in the Arabian Peninsula has carried out more attacks in southern Yemen this year than at any time since 2017, exploiting a fragmented security landscape in which rival government-aligned forces compete for territory and revenue",
    "analysts, officials and residents", "analysts, officials and residents", "anonymous")
d.Q("counted 47 AQAP attacks in Abyan province between January and September, against 19 in the same period of 2022", ACS,
    "The Aden Centre for Conflict Studies, an independent research group,", "named", direct=False, mentions=["the centre", "The centre"])
d.Q("the surge was a reaction to an offensive that STC-aligned units launched in eastern Abyan in August 2022, pushing into districts where AQAP had long maintained a discreet presence",
    "Nabil Basha", "Nabil Basha", "named", mentions=["Basha", "The centre's director"], role="director", aff=ACS)
d.Q('"They kicked the hornets\' nest without a plan to hold the ground,"', "Nabil Basha", "he", "named", mentions=["Nabil Basha", "Basha"],
    spk_after="plan to hold the ground,\" ", role="director", aff=ACS)
d.Q('"The militants answered with what they do best: roadside bombs and ambushes."', "Nabil Basha", "he", "named", mentions=["Nabil Basha", "Basha"],
    spk_after="plan to hold the ground,\" ", role="director", aff=ACS)
d.Q("At least nine of this year's attacks in Abyan involved small commercial drones fitted with explosives", ACS, "the centre", "named",
    mentions=["The centre's", "The centre"], spk_after="fitted with explosives, according to ")
d.Q("the drones and some of the explosives were supplied by the Houthis, the Iran-aligned movement that controls the capital and much of the north, and that this backing has allowed AQAP to strike STC positions from a distance",
    "STC officials", "STC officials", "unnamed official", aff="Southern Transitional Council")
d.Q("intercepted communications showed contacts between the two groups", "Mohammed al-Naqib", "Mohammed al-Naqib", "named",
    mentions=["A spokesman for the STC's security belt forces", "al-Naqib"], role="spokesman", aff="Security Belt forces")
d.Q("the allegation", "Houthis", "The Houthis", "named", spk_after="between the two groups. ")
d.Q("the evidence is thin", "independent researchers", "independent researchers", "anonymous")
d.Q("it was possible that some components had been bought on the black market from Houthi-held areas, but that this did not amount to an alliance",
    "Nabil Basha", "Basha", "named", mentions=["Nabil Basha", "The centre's director"], spk_after="evidence is thin. ", role="director", aff=ACS)
d.Q("AQAP recruiters were offering young men in the Said and Markha districts monthly stipends larger than a soldier's salary",
    "A tribal leader in Shabwa", "A tribal leader in Shabwa", "anonymous")
d.Q('"If the state does not pay its own men, it should not be surprised when someone else does,"', "A tribal leader in Shabwa", "he", "anonymous",
    mentions=["A tribal leader in Shabwa"], spk_after="when someone else does,\" ")
d.Q("the drawdown had reduced the pressure on AQAP's leadership and given it room to rebuild", "A Western diplomat who follows Yemen",
    "A Western diplomat who follows Yemen", "unnamed official", role="diplomat")
d.Q("the other of tolerating AQAP in order to weaken its rival", "The STC and forces loyal to the Islah party", "each side", "named",
    spk_after="August 2022, and ")
d.Q("checkpoints run by competing forces demanded bribes from travellers and paid little attention to armed men who could pay",
    "Residents of Ataq", "Residents of Ataq, the provincial capital,", "anonymous")
d.Q('"The corruption at the checkpoints means anyone can move,"', "Salem Bamatraf", "Salem Bamatraf", "named", role="shopkeeper")
d.Q("The rugged terrain of the Mudiyah mountains and the valleys of Wadi Omran has also helped the group survive repeated sweeps, providing caves and farms where fighters can hide and regroup",
    ACS, "the centre", "named", mentions=["The centre's", "The centre"], spk_after="hide and regroup, ")
d.Q("AQAP violence in Marib and al-Bayda, once among its main arenas, fell by more than half this year, in part because the group's fighters were drawn away from the front lines with the Houthis",
    ACS, "the centre", "named", mentions=["The centre's"], spk_after="In contrast to the south, ")
d.Q("it remains committed to clearing the area", "Southern Transitional Council", "The STC", "named", spk_after="with the Houthis.\n\n")
d.Q('"We will not let Abyan become a second Afghanistan,"', "Mohammed al-Naqib", "al-Naqib", "named", spk_after="second Afghanistan,\" ",
    mentions=["Mohammed al-Naqib", "A spokesman for the STC's security belt forces"], role="spokesman", aff="Security Belt forces")
# causal
d.C("exploiting a fragmented security landscape in which rival government-aligned forces compete for territory and revenue",
    "a fragmented security landscape in which rival government-aligned forces compete for territory and revenue", "exploiting",
    driver="governance/corruption", claimant="analysts, officials and residents")
d.C("the surge was a reaction to an offensive that STC-aligned units launched in eastern Abyan in August 2022",
    "an offensive that STC-aligned units launched in eastern Abyan in August 2022", "the surge", claimant="Nabil Basha")
d.C("the devaluation of the rial has eroded the wages of those who are paid", "the devaluation of the rial", "eroded the wages of those who are paid",
    driver="economic hardship/unemployment")
d.C("the departure of the United Arab Emirates' own troops from much of the south, which left the Emirati-trained forces without the air support and intelligence",
    "the departure of the United Arab Emirates' own troops from much of the south", "left the Emirati-trained forces without the air support and intelligence",
    driver="security posture/deployment", claimant="Others")
d.C("the drawdown had reduced the pressure on AQAP's leadership and given it room to rebuild", "the drawdown",
    "reduced the pressure on AQAP's leadership and given it room to rebuild", driver="security posture/deployment", claimant="A Western diplomat who follows Yemen")
d.C("each side has accused the other of tolerating AQAP in order to weaken its rival", "to weaken its rival", "tolerating AQAP",
    driver="governance/corruption", claimant="The STC and forces loyal to the Islah party")
d.C("The corruption at the checkpoints means anyone can move", "The corruption at the checkpoints", "anyone can move", driver="governance/corruption",
    claimant="Salem Bamatraf")
d.C("The rugged terrain of the Mudiyah mountains and the valleys of Wadi Omran has also helped the group survive repeated sweeps",
    "The rugged terrain of the Mudiyah mountains and the valleys of Wadi Omran", "the group survive repeated sweeps", driver="terrain/safe havens",
    claimant=ACS)
d.C("fell by more than half this year, in part because the group's fighters were drawn away from the front lines with the Houthis",
    "the group's fighters were drawn away from the front lines with the Houthis", "fell by more than half this year", pol="-", claimant=ACS)
d.C("this backing has allowed AQAP to strike STC positions from a distance", "this backing", "AQAP to strike STC positions from a distance",
    driver="external support", claimant="STC officials")
DOCS.append(d)

# ---------------------------------------------------------------- 06 incident, Yemen Marib and Taiz 2021
d = Doc("authV-06", "Dozens killed as Houthis press assault west of Marib; sniper kills girl in Taiz",
        "2021-02-16", [
"""MARIB, Yemen - Fighting between Houthi forces and government troops backed by tribal fighters killed at least 20 combatants on Monday in the Sirwah district west of the city of Marib, military sources said, as the Iran-aligned movement pressed a renewed offensive on the government's last major stronghold in the north.""",
"""A government military source said the Houthis attacked positions on the al-Kassara front from three directions before dawn and were pushed back after several hours of fighting. He said eight soldiers and at least 12 Houthi fighters had died. A tribal leader fighting alongside the army, Sheikh Ali bin Hadi al-Murad, gave a higher toll of 32 dead on both sides, most of them Houthis, and said the bodies of many attackers remained on the battlefield.""",
"""The Saudi-led coalition said its warplanes carried out 13 air strikes on Houthi reinforcements moving through Sirwah during the day, destroying armoured vehicles and weapons. The coalition did not give a separate toll for the strikes, and the Houthis' al-Masirah television said only that the "aggression" had struck farms in the district.""",
"""The Houthis have not commented on their own losses. Their military spokesman, Hamoud al-Sharafi, said on Twitter that "the forces of aggression and their mercenaries" had suffered heavy casualties, without giving figures.""",
"""The offensive, which resumed in early February, has driven thousands of families from their homes. The government's executive unit for displacement camps said about 2,400 families had fled camps and villages in Sirwah and Raghwan since February 6, many of them people already displaced once or twice before. "Every time the front moves, the same families have to move again," said Fatima Obadi, a volunteer at the al-Jufainah camp on the edge of the city.""",
"""Analysts say the Houthis' push on Marib is driven by the province's oil and gas fields, whose revenues would ease the group's fuel shortages, and by the symbolic value of taking the government's last stronghold in the north. A Yemeni researcher based in Amman, Abdulrahman al-Sakkaf, said the decision in Washington to lift the terrorist designation of the Houthis and to end support for coalition offensive operations had emboldened the group's leadership. "They read it as a green light," he said. Others said the offensive was planned long before.""",
"""In the southwestern city of Taiz, a girl aged 10 was killed by a sniper on Monday afternoon while fetching water in the Kalaba neighbourhood, close to the front line that divides the besieged city, a medical source at al-Thawra hospital said. Local officials blamed Houthi snipers positioned on the hills to the east. The Houthis did not comment.""",
"""The Taiz rights office of the government said 37 civilians had been killed by sniper fire and shelling in the city in the previous three months, 14 of them children, most of them in neighbourhoods near the eastern front. The siege, now in its sixth year, has cut the main roads into the city, forcing residents to use a winding mountain road that turns a one-hour journey into a trip of six hours or more.""",
"""Aid agencies warned that an escalation in Marib could trigger a new wave of displacement in a province that hosts around a million people who have already fled fighting elsewhere in Yemen. A humanitarian official in Marib said the camps were already overcrowded. "There is nowhere else for them to go," the official said.""",
], {"author": "authV", "style": "wire incident report", "country": "Yemen"})
d.E(["Fighting between Houthi forces and government troops backed by tribal fighters killed at least 20 combatants on Monday in the Sirwah district west of the city of Marib",
     "the Houthis attacked positions on the al-Kassara front from three directions before dawn and were pushed back after several hours of fighting"],
    date="2021-02-15", etype="Battles", sub="Armed clash", actor1="Houthi Movement", actor2="Military Forces of Yemen (2012-) Pro-Hadi",
    country="Yemen", admin1="Marib", admin2="Sirwah", location="al-Kassara", location_alt=["Sirwah", "Al Kasarah"], lat=None, lon=None, prec=2,
    fatalities=20, fatalities_note="military sources at least 20 (8 soldiers + at least 12 Houthis) vs tribal leader 32: conservative 20")
d.E(["The Saudi-led coalition said its warplanes carried out 13 air strikes on Houthi reinforcements moving through Sirwah during the day"],
    date="2021-02-15", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Military Forces of Saudi Arabia (2015-)",
    actor2="Houthi Movement", country="Yemen", admin1="Marib", admin2="Sirwah", location="Sirwah", lat=15.43, lon=45.03, prec=2, fatalities=None,
    fatalities_note="no separate toll for the strikes")
d.E(["a girl aged 10 was killed by a sniper on Monday afternoon while fetching water in the Kalaba neighbourhood"],
    date="2021-02-15", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Yemen)", actor1_alt=["Houthi Movement"],
    actor2="Civilians (Yemen)", country="Yemen", admin1="Taizz", admin1_alt=["Taiz", "Ta'izz"], admin2="Salah", location="Kalaba",
    location_alt=["Taiz", "Taizz"], lat=13.59, lon=44.04, prec=1, fatalities=1)
# quotes
d.Q("Fighting between Houthi forces and government troops backed by tribal fighters killed at least 20 combatants on Monday in the Sirwah district west of the city of Marib",
    "military sources", "military sources", "unnamed official")
d.Q("the Houthis attacked positions on the al-Kassara front from three directions before dawn and were pushed back after several hours of fighting",
    "A government military source", "A government military source", "unnamed official")
d.Q("eight soldiers and at least 12 Houthi fighters had died", "A government military source", "He", "unnamed official",
    mentions=["A government military source"], spk_after="hours of fighting. ")
d.Q("gave a higher toll of 32 dead on both sides, most of them Houthis", "Ali bin Hadi al-Murad", "Sheikh Ali bin Hadi al-Murad", "named",
    mentions=["A tribal leader fighting alongside the army"], role="tribal leader")
d.Q("the bodies of many attackers remained on the battlefield", "Ali bin Hadi al-Murad", "Sheikh Ali bin Hadi al-Murad", "named",
    mentions=["A tribal leader fighting alongside the army"], role="tribal leader")
d.Q("its warplanes carried out 13 air strikes on Houthi reinforcements moving through Sirwah during the day, destroying armoured vehicles and weapons",
    "Saudi-led coalition", "The Saudi-led coalition", "named", mentions=["The coalition"])
d.Q("the \"aggression\" had struck farms in the district", "al-Masirah", "the Houthis' al-Masirah television", "named", medium="al-Masirah")
d.Q("\"the forces of aggression and their mercenaries\" had suffered heavy casualties", "Hamoud al-Sharafi", "Hamoud al-Sharafi", "named",
    mentions=["Their military spokesman"], role="military spokesman", aff="Houthi Movement", medium="Twitter")
d.Q("about 2,400 families had fled camps and villages in Sirwah and Raghwan since February 6, many of them people already displaced once or twice before",
    "executive unit for displacement camps", "The government's executive unit for displacement camps", "named")
d.Q('"Every time the front moves, the same families have to move again,"', "Fatima Obadi", "Fatima Obadi", "named", role="volunteer", aff="al-Jufainah camp")
d.Q("the Houthis' push on Marib is driven by the province's oil and gas fields, whose revenues would ease the group's fuel shortages, and by the symbolic value of taking the government's last stronghold in the north",
    "Analysts", "Analysts", "anonymous")
d.Q("the decision in Washington to lift the terrorist designation of the Houthis and to end support for coalition offensive operations had emboldened the group's leadership",
    "Abdulrahman al-Sakkaf", "Abdulrahman al-Sakkaf", "named", mentions=["A Yemeni researcher based in Amman"], role="researcher")
d.Q('"They read it as a green light,"', "Abdulrahman al-Sakkaf", "he", "named", mentions=["Abdulrahman al-Sakkaf"], spk_after="as a green light,\" ",
    role="researcher")
d.Q("the offensive was planned long before", "Others", "Others", "anonymous", spk_after="green light,\" he said. ")
d.Q("a girl aged 10 was killed by a sniper on Monday afternoon while fetching water in the Kalaba neighbourhood, close to the front line that divides the besieged city",
    "a medical source at al-Thawra hospital", "a medical source at al-Thawra hospital", "unnamed official")
d.Q("37 civilians had been killed by sniper fire and shelling in the city in the previous three months, 14 of them children, most of them in neighbourhoods near the eastern front",
    "Taiz rights office", "The Taiz rights office of the government", "named")
d.Q("an escalation in Marib could trigger a new wave of displacement in a province that hosts around a million people who have already fled fighting elsewhere in Yemen",
    "Aid agencies", "Aid agencies", "anonymous")
d.Q("the camps were already overcrowded", "A humanitarian official in Marib", "A humanitarian official in Marib", "unnamed official", mentions=["the official"])
d.Q('"There is nowhere else for them to go,"', "A humanitarian official in Marib", "the official", "unnamed official",
    mentions=["A humanitarian official in Marib"], spk_after="for them to go,\" ")
# aggregates
d.A("about 2,400 families had fled camps and villages in Sirwah and Raghwan since February 6", "families displaced", "families", quantity=2400,
    qualifier="about", ps="2021-02-06", pe="2021-02-16", scope="Sirwah and Raghwan", claimant="executive unit for displacement camps")
d.A("37 civilians had been killed by sniper fire and shelling in the city in the previous three months", "civilians killed", "people", quantity=37,
    ps="2020-11-16", pe="2021-02-16", scope="Taiz city", claimant="Taiz rights office")
d.A("14 of them children", "children killed", "people", quantity=14, ps="2020-11-16", pe="2021-02-16", scope="Taiz city", claimant="Taiz rights office")
d.A("a province that hosts around a million people who have already fled fighting elsewhere in Yemen", "displaced people hosted", "people",
    quantity=1000000, qualifier="around", scope="Marib", claimant="Aid agencies")
# causal
d.C("The offensive, which resumed in early February, has driven thousands of families from their homes", "The offensive", "driven thousands of families from their homes")
d.C("the Houthis' push on Marib is driven by the province's oil and gas fields, whose revenues would ease the group's fuel shortages, and by the symbolic value of taking the government's last stronghold in the north",
    "the province's oil and gas fields", "the Houthis' push on Marib", driver=None, claimant="Analysts")
d.C("whose revenues would ease the group's fuel shortages", "whose revenues", "ease the group's fuel shortages", hedged=True, pol="-", claimant="Analysts")
d.C("the decision in Washington to lift the terrorist designation of the Houthis and to end support for coalition offensive operations had emboldened the group's leadership",
    "the decision in Washington to lift the terrorist designation of the Houthis and to end support for coalition offensive operations", "emboldened the group's leadership",
    driver="external support", claimant="Abdulrahman al-Sakkaf")
d.C("The siege, now in its sixth year, has cut the main roads into the city, forcing residents to use a winding mountain road", "The siege",
    "cut the main roads into the city, forcing residents to use a winding mountain road")
d.C("an escalation in Marib could trigger a new wave of displacement", "an escalation in Marib", "a new wave of displacement", hedged=True, claimant="Aid agencies")
DOCS.append(d)

# ---------------------------------------------------------------- 07 analytical, Egypt North Sinai 2018-2022
d = Doc("authV-07", "How Wilayat Sinai was pushed to the margins, and why officials fear it could return",
        "2022-12-18", [
"""CAIRO - Attacks by the Islamic State's Sinai affiliate have fallen to their lowest level since the insurgency in North Sinai escalated in 2013, according to a study published this week by the Cairo Institute for Security Research, an independent think tank, which attributes the decline to a combination of military pressure, tribal mobilisation and tighter control of the border with Gaza.""",
"""The institute counted 58 attacks claimed by or attributed to Wilayat Sinai in the first eleven months of 2022, compared with 126 in the same period of 2021 and more than 340 in 2018, the year the army launched its Comprehensive Operation Sinai. That amounts to a drop of about 54 percent in a single year. Deaths among the security forces fell from 97 in 2021 to 41 this year, the study said.""",
"""The authors give particular weight to the role of the Sinai tribes. Since 2020, armed volunteers from the Tarabin, Sawarka and Rumailat tribes, organised with the army's blessing, have guided troops through the villages south of Rafah and Sheikh Zuweid, and in some cases fought the militants themselves. "The tribes know every track and every house. Once they turned against the group, it lost the ground under its feet," said Dr. Mona Fahmy, the study's lead author.""",
"""The killing or capture of senior commanders also took a toll. The study lists at least 11 mid-level and senior commanders of the group killed between 2020 and 2022, which it says left cells without experienced leaders and disrupted the flow of orders and money. A retired general who served in North Sinai said the militants' operations became "smaller and more desperate" as a result.""",
"""Tighter controls on the Gaza border have also played a part. Egyptian officials credit cooperation with the Hamas authorities in Gaza, who built a buffer zone on their side of the frontier in 2017, with cutting the flow of fighters and weapons through smuggling tunnels that once supplied the group.""",
"""The decline has come at a price for local residents. The army's demolition of thousands of homes to create a buffer zone in Rafah and the destruction of farmland around al-Arish displaced tens of thousands of people, and rights groups say arbitrary detentions and restrictions on movement have left lasting bitterness. A resident of Sheikh Zuweid, who asked not to be named, said his family had lived in rented rooms in Ismailia for four years. "They won the war but they did not win us," he said.""",
"""Some analysts warn that the grievances could eventually feed a revival. Khaled Saber, a researcher at the institute, said unemployment among young men in North Sinai, estimated at around 30 percent, and the slow pace of reconstruction in villages that residents have been allowed to return to risked giving the group a new pool of recruits. "The militants have always recruited from people with nothing to lose," he said.""",
"""The group has also shown an ability to shift its operations. Earlier this year, after being pushed out of the areas around Rafah, its fighters moved west and briefly seized several villages near Bir al-Abd, in a surprise move that the study says was made possible by the thin deployment of troops in an area considered secure.""",
"""Officials are cautiously optimistic. A senior security official in al-Arish told the institute's researchers that the remaining militants, whose number the study puts at no more than 200, were confined to pockets in the desert and the Jabal al-Halal area in central Sinai, whose caves and ravines have allowed fugitives to evade capture for decades. Egypt's government has announced development projects worth billions of pounds for the peninsula, although residents say few of them have yet reached the north.""",
], {"author": "authV", "style": "think-tank analysis", "country": "Egypt"})
CI = "Cairo Institute for Security Research"
d.A("The institute counted 58 attacks claimed by or attributed to Wilayat Sinai in the first eleven months of 2022", "Wilayat Sinai attacks", "attacks",
    quantity=58, ps="2022-01-01", pe="2022-11-30", scope="North Sinai", claimant=CI)
d.A("compared with 126 in the same period of 2021", "Wilayat Sinai attacks", "attacks", quantity=126, ps="2021-01-01", pe="2021-11-30", scope="North Sinai", claimant=CI)
d.A("more than 340 in 2018", "Wilayat Sinai attacks", "attacks", quantity=340, low=340, qualifier="more than", ps="2018-01-01", pe="2018-12-31",
    scope="North Sinai", claimant=CI)
d.A("That amounts to a drop of about 54 percent in a single year", "decline in Wilayat Sinai attacks", "percent", quantity=54, qualifier="about",
    ps="2022-01-01", pe="2022-11-30", scope="North Sinai", claimant=CI)
d.A("Deaths among the security forces fell from 97 in 2021 to 41 this year", "security forces killed", "people", quantity=41, ps="2022-01-01",
    pe="2022-12-18", scope="North Sinai", claimant=CI)
d.A("The study lists at least 11 mid-level and senior commanders of the group killed between 2020 and 2022", "Wilayat Sinai commanders killed", "people",
    quantity=11, low=11, qualifier="at least", ps="2020-01-01", pe="2022-12-18", scope="North Sinai", claimant=CI)
d.A("unemployment among young men in North Sinai, estimated at around 30 percent", "youth unemployment rate", "percent", quantity=30, qualifier="around",
    scope="North Sinai", claimant="Khaled Saber")
d.A("the remaining militants, whose number the study puts at no more than 200", "Wilayat Sinai militants remaining", "fighters", quantity=200, high=200,
    qualifier="no more than", scope="Sinai", claimant=CI)
# quotes
d.Q("Attacks by the Islamic State's Sinai affiliate have fallen to their lowest level since the insurgency in North Sinai escalated in 2013", CI,
    "a study published this week by the Cairo Institute for Security Research, an independent think tank,", "named",
    mentions=["The institute", "the institute's", "the study", "The study", "the institute"])
d.Q("the decline to a combination of military pressure, tribal mobilisation and tighter control of the border with Gaza", CI, "which", "named",
    mentions=["The institute", "the study", "The study"], spk_after="independent think tank, ", direct=False)
d.Q("Deaths among the security forces fell from 97 in 2021 to 41 this year", CI, "the study", "named", mentions=["The institute", "The study"],
    spk_after="to 41 this year, ")
d.Q('"The tribes know every track and every house. Once they turned against the group, it lost the ground under its feet,"', "Mona Fahmy",
    "Dr. Mona Fahmy", "named", role="lead author", aff=CI)
d.Q("left cells without experienced leaders and disrupted the flow of orders and money", CI, "it", "named", mentions=["The study", "the study"],
    spk_after="between 2020 and 2022, which ")
d.Q("the militants' operations became \"smaller and more desperate\" as a result", "A retired general who served in North Sinai",
    "A retired general who served in North Sinai", "anonymous", role="retired general")
d.Q("cooperation with the Hamas authorities in Gaza, who built a buffer zone on their side of the frontier in 2017, with cutting the flow of fighters and weapons through smuggling tunnels that once supplied the group",
    "Egyptian officials", "Egyptian officials", "unnamed official", direct=False)
d.Q("arbitrary detentions and restrictions on movement have left lasting bitterness", "rights groups", "rights groups", "anonymous")
d.Q("his family had lived in rented rooms in Ismailia for four years", "A resident of Sheikh Zuweid, who asked not to be named",
    "A resident of Sheikh Zuweid, who asked not to be named", "anonymous")
d.Q('"They won the war but they did not win us,"', "A resident of Sheikh Zuweid, who asked not to be named", "he", "anonymous",
    mentions=["A resident of Sheikh Zuweid, who asked not to be named"], spk_after="did not win us,\" ")
d.Q("the grievances could eventually feed a revival", "Some analysts", "Some analysts", "anonymous")
d.Q("unemployment among young men in North Sinai, estimated at around 30 percent, and the slow pace of reconstruction in villages that residents have been allowed to return to risked giving the group a new pool of recruits",
    "Khaled Saber", "Khaled Saber", "named", role="researcher", aff=CI)
d.Q('"The militants have always recruited from people with nothing to lose,"', "Khaled Saber", "he", "named", mentions=["Khaled Saber"],
    spk_after="nothing to lose,\" ", role="researcher", aff=CI)
d.Q("was made possible by the thin deployment of troops in an area considered secure", CI, "the study", "named", mentions=["The study", "The institute"],
    spk_after="in a surprise move that ")
d.Q("the remaining militants, whose number the study puts at no more than 200, were confined to pockets in the desert and the Jabal al-Halal area in central Sinai, whose caves and ravines have allowed fugitives to evade capture for decades",
    "A senior security official in al-Arish", "A senior security official in al-Arish", "unnamed official")
d.Q("few of them have yet reached the north", "residents", "residents", "anonymous", spk_after="although ")
# causal
d.C("which attributes the decline to a combination of military pressure, tribal mobilisation and tighter control of the border with Gaza",
    "a combination of military pressure, tribal mobilisation and tighter control of the border with Gaza", "the decline", pol="-", claimant=CI)
d.C("Once they turned against the group, it lost the ground under its feet", "they turned against the group", "it lost the ground under its feet",
    pol="-", claimant="Mona Fahmy")
d.C("which it says left cells without experienced leaders and disrupted the flow of orders and money", "which",
    "left cells without experienced leaders and disrupted the flow of orders and money", driver="leadership/command change", pol="-", claimant=CI)
d.C("the militants' operations became \"smaller and more desperate\" as a result", "as a result", "the militants' operations became \"smaller and more desperate\"",
    driver="leadership/command change", pol="-", claimant="A retired general who served in North Sinai")
d.C("cooperation with the Hamas authorities in Gaza, who built a buffer zone on their side of the frontier in 2017, with cutting the flow of fighters and weapons through smuggling tunnels that once supplied the group",
    "cooperation with the Hamas authorities in Gaza", "cutting the flow of fighters and weapons through smuggling tunnels", driver="external support", pol="-",
    claimant="Egyptian officials")
d.C("arbitrary detentions and restrictions on movement have left lasting bitterness", "arbitrary detentions and restrictions on movement", "lasting bitterness",
    driver="governance/corruption", claimant="rights groups")
d.C("the grievances could eventually feed a revival", "the grievances", "a revival", hedged=True, claimant="Some analysts", driver=None)
d.C("unemployment among young men in North Sinai, estimated at around 30 percent, and the slow pace of reconstruction in villages that residents have been allowed to return to risked giving the group a new pool of recruits",
    "unemployment among young men in North Sinai", "giving the group a new pool of recruits", driver="economic hardship/unemployment", hedged=True, claimant="Khaled Saber")
d.C("in a surprise move that the study says was made possible by the thin deployment of troops in an area considered secure",
    "the thin deployment of troops in an area considered secure", "a surprise move", driver="security posture/deployment", claimant=CI)
d.C("the Jabal al-Halal area in central Sinai, whose caves and ravines have allowed fugitives to evade capture for decades", "whose caves and ravines", "fugitives to evade capture for decades",
    driver="terrain/safe havens", claimant="A senior security official in al-Arish")
DOCS.append(d)

# ---------------------------------------------------------------- 08 incident, Libya Fezzan 2022
d = Doc("authV-08", "Islamic State attack kills LNA soldiers south of Sabha; drone strike hits desert hideout",
        "2022-03-15", [
"""SABHA, Libya - Islamic State militants attacked a checkpoint of the eastern-based Libyan National Army (LNA) near the town of Ghadduwa, about 60 kilometres south of Sabha, late on Sunday, killing three soldiers and wounding two, an LNA spokesman said, in the deadliest attack in the southern Fezzan region in more than a year.""",
"""The spokesman, Major Faraj al-Mabrouk, said the attackers arrived in two pickup trucks shortly before midnight, opened fire with machine guns and withdrew towards the desert after a gunfight lasting about 20 minutes. A doctor at Sabha Medical Centre said four bodies had been brought to the hospital, but it was not clear whether all of them were soldiers. The Islamic State claimed the attack on Monday in a statement carried by its Amaq agency, saying its fighters had killed "five apostates".""",
"""On Monday, an LNA drone struck what the force described as an Islamic State hideout in the Haruj mountains, a volcanic massif northeast of Sabha, killing five militants, according to al-Mabrouk. The claim could not be independently verified, and there was no comment from the group.""",
"""On Tuesday morning, LNA units raided a house in Sabha's al-Mahdiya district and arrested two men suspected of providing the attackers with fuel and information about the checkpoint's shifts, the spokesman said.""",
"""Residents of Ghadduwa said the checkpoint had been manned by a handful of poorly equipped soldiers for months. "They have one vehicle and no radio that works. Everybody knew they were an easy target," said a local teacher, who asked that his name not be published.""",
"""The Islamic State has been reduced to small desert cells in Libya since it lost its stronghold of Sirte in 2016 to forces allied with the then UN-backed government. But its fighters have repeatedly exploited the lawlessness of the south, where smuggling networks move fuel, migrants and weapons across the borders with Niger, Chad and Sudan.""",
"""Analysts say the group's presence in the Fezzan grew after the LNA moved many of its units from the south to the front lines around Tripoli during its 2019 offensive on the capital, leaving large areas lightly guarded. Jalal Bouzid, a Tunis-based researcher, said the vast deserts and the porous frontier with Niger and Chad offered cells both a refuge and a supply route. "You can disappear for weeks in the Haruj and nobody will find you," he said.""",
"""The Fezzan Observatory for Human Rights, a local monitoring group, said it had recorded 11 attacks by the Islamic State in the south in 2021, compared with four the year before, and at least 23 people killed in those attacks. Its director, Aisha Omran, said rivalries between Tebu and Arab tribal militias, some of which are nominally part of the LNA, had made it harder to share intelligence, because each community distrusts forces drawn from the other.""",
"""Economic hardship is also cited. Salaries of many LNA-affiliated fighters in the south have been delayed for months, according to two commanders who spoke on condition of anonymity, pushing some of them to take second jobs in smuggling convoys and leaving posts understaffed.""",
"""Some officials in the east argue that the group receives help from outside. Al-Mabrouk said fighters arriving from the Sahel, where the Islamic State's West Africa and Greater Sahara branches are active, had reinforced the cells in Libya. Observers say it is hard to verify such claims.""",
"""Sabha, the largest city in the south, has seen a string of security incidents in recent months, including kidnappings for ransom and clashes between rival armed groups, which residents say have more to do with control of smuggling routes than with jihadism.""",
], {"author": "authV", "style": "wire incident report", "country": "Libya"})
d.E(["Islamic State militants attacked a checkpoint of the eastern-based Libyan National Army (LNA) near the town of Ghadduwa, about 60 kilometres south of Sabha, late on Sunday, killing three soldiers and wounding two",
     "the attackers arrived in two pickup trucks shortly before midnight, opened fire with machine guns and withdrew towards the desert after a gunfight lasting about 20 minutes"],
    date="2022-03-13", etype="Battles", sub="Armed clash", actor1="Islamic State (Libya)", actor2="LNA: Libyan National Army",
    country="Libya", admin1="Sabha", admin1_alt=["Murzuq"], location="Ghadduwa", location_alt=["Ghuddwah", "Ghudwa"], lat=26.43, lon=14.30, prec=2,
    fatalities=3, injured=2, fatalities_note="LNA 3 soldiers; hospital 4 bodies of unclear identity; Amaq 5: conservative 3")
d.E(["an LNA drone struck what the force described as an Islamic State hideout in the Haruj mountains, a volcanic massif northeast of Sabha, killing five militants"],
    date="2022-03-14", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="LNA: Libyan National Army", actor2="Islamic State (Libya)",
    country="Libya", admin1="Al Jufrah", admin1_alt=["Sabha", "Wadi al Shatii"], location="Haruj mountains", location_alt=["Jabal al-Haruj", "Al Haruj"],
    lat=None, lon=None, prec=3, fatalities=5, fatalities_note="LNA claim only")
d.E(["LNA units raided a house in Sabha's al-Mahdiya district and arrested two men suspected of providing the attackers with fuel and information"],
    date="2022-03-15", etype="Strategic developments", sub="Arrests", actor1="LNA: Libyan National Army", actor2="Islamic State (Libya)",
    country="Libya", admin1="Sabha", location="Sabha", location_alt=["al-Mahdiya"], lat=27.04, lon=14.43, prec=1, fatalities=0)
# quotes
d.Q("Islamic State militants attacked a checkpoint of the eastern-based Libyan National Army (LNA) near the town of Ghadduwa, about 60 kilometres south of Sabha, late on Sunday, killing three soldiers and wounding two",
    "Faraj al-Mabrouk", "an LNA spokesman", "named", mentions=["Major Faraj al-Mabrouk", "al-Mabrouk", "the spokesman", "The spokesman"], role="spokesman",
    aff="Libyan National Army")
d.Q("the attackers arrived in two pickup trucks shortly before midnight, opened fire with machine guns and withdrew towards the desert after a gunfight lasting about 20 minutes",
    "Faraj al-Mabrouk", "Major Faraj al-Mabrouk", "named", mentions=["an LNA spokesman", "al-Mabrouk", "the spokesman", "The spokesman"], role="spokesman",
    aff="Libyan National Army")
d.Q("four bodies had been brought to the hospital, but it was not clear whether all of them were soldiers", "A doctor at Sabha Medical Centre",
    "A doctor at Sabha Medical Centre", "unnamed official")
d.Q("its fighters had killed \"five apostates\"", "Islamic State", "The Islamic State", "named", spk_after="all of them were soldiers. ", medium="Amaq")
d.Q("killing five militants", "Faraj al-Mabrouk", "al-Mabrouk", "named", spk_after="killing five militants, according to ",
    mentions=["Major Faraj al-Mabrouk", "an LNA spokesman", "the spokesman", "The spokesman"], role="spokesman", aff="Libyan National Army")
d.Q("LNA units raided a house in Sabha's al-Mahdiya district and arrested two men suspected of providing the attackers with fuel and information about the checkpoint's shifts",
    "Faraj al-Mabrouk", "the spokesman", "named", mentions=["Major Faraj al-Mabrouk", "an LNA spokesman", "al-Mabrouk", "The spokesman"],
    spk_after="checkpoint's shifts, ", role="spokesman", aff="Libyan National Army")
d.Q("the checkpoint had been manned by a handful of poorly equipped soldiers for months", "Residents of Ghadduwa", "Residents of Ghadduwa", "anonymous")
d.Q('"They have one vehicle and no radio that works. Everybody knew they were an easy target,"', "a local teacher, who asked that his name not be published",
    "a local teacher, who asked that his name not be published", "anonymous")
d.Q("the group's presence in the Fezzan grew after the LNA moved many of its units from the south to the front lines around Tripoli during its 2019 offensive on the capital, leaving large areas lightly guarded",
    "Analysts", "Analysts", "anonymous")
d.Q("the vast deserts and the porous frontier with Niger and Chad offered cells both a refuge and a supply route", "Jalal Bouzid",
    "Jalal Bouzid", "named", role="researcher")
d.Q('"You can disappear for weeks in the Haruj and nobody will find you,"', "Jalal Bouzid", "he", "named", mentions=["Jalal Bouzid"],
    spk_after="nobody will find you,\" ", role="researcher")
d.Q("it had recorded 11 attacks by the Islamic State in the south in 2021, compared with four the year before, and at least 23 people killed in those attacks",
    "Fezzan Observatory for Human Rights", "The Fezzan Observatory for Human Rights, a local monitoring group,", "named")
d.Q("rivalries between Tebu and Arab tribal militias, some of which are nominally part of the LNA, had made it harder to share intelligence, because each community distrusts forces drawn from the other",
    "Aisha Omran", "Aisha Omran", "named", mentions=["Its director"], role="director", aff="Fezzan Observatory for Human Rights")
d.Q("Salaries of many LNA-affiliated fighters in the south have been delayed for months", "two commanders who spoke on condition of anonymity",
    "two commanders who spoke on condition of anonymity", "unnamed official")
d.Q("the group receives help from outside", "Some officials in the east", "Some officials in the east", "unnamed official")
d.Q("fighters arriving from the Sahel, where the Islamic State's West Africa and Greater Sahara branches are active, had reinforced the cells in Libya",
    "Faraj al-Mabrouk", "Al-Mabrouk", "named", mentions=["Major Faraj al-Mabrouk", "an LNA spokesman", "al-Mabrouk", "the spokesman", "The spokesman"],
    role="spokesman", aff="Libyan National Army")
d.Q("it is hard to verify such claims", "Observers", "Observers", "anonymous")
d.Q("have more to do with control of smuggling routes than with jihadism", "residents", "residents", "anonymous", spk_after="rival armed groups, which ")
# aggregates
FO = "Fezzan Observatory for Human Rights"
d.A("it had recorded 11 attacks by the Islamic State in the south in 2021", "Islamic State attacks", "attacks", quantity=11, ps="2021-01-01", pe="2021-12-31",
    scope="southern Libya (Fezzan)", claimant=FO)
d.A("compared with four the year before", "Islamic State attacks", "attacks", quantity=4, ps="2020-01-01", pe="2020-12-31", scope="southern Libya (Fezzan)", claimant=FO)
d.A("at least 23 people killed in those attacks", "people killed in Islamic State attacks", "people", quantity=23, low=23, qualifier="at least",
    ps="2021-01-01", pe="2021-12-31", scope="southern Libya (Fezzan)", claimant=FO)
# causal
d.C("the LNA moved many of its units from the south to the front lines around Tripoli during its 2019 offensive on the capital, leaving large areas lightly guarded",
    "the LNA moved many of its units from the south to the front lines around Tripoli", "leaving large areas lightly guarded", driver="security posture/deployment",
    claimant="Analysts")
d.C("the vast deserts and the porous frontier with Niger and Chad offered cells both a refuge and a supply route", "the vast deserts and the porous frontier with Niger and Chad",
    "offered cells both a refuge and a supply route", driver="terrain/safe havens", claimant="Jalal Bouzid")
d.C("rivalries between Tebu and Arab tribal militias, some of which are nominally part of the LNA, had made it harder to share intelligence",
    "rivalries between Tebu and Arab tribal militias", "harder to share intelligence", driver="sectarian grievance", claimant="Aisha Omran")
d.C("had made it harder to share intelligence, because each community distrusts forces drawn from the other", "each community distrusts forces drawn from the other",
    "had made it harder to share intelligence", driver="sectarian grievance", claimant="Aisha Omran")
d.C("Salaries of many LNA-affiliated fighters in the south have been delayed for months, according to two commanders who spoke on condition of anonymity, pushing some of them to take second jobs in smuggling convoys and leaving posts understaffed",
    "Salaries of many LNA-affiliated fighters in the south have been delayed for months", "pushing some of them to take second jobs in smuggling convoys and leaving posts understaffed",
    driver="economic hardship/unemployment", claimant="two commanders who spoke on condition of anonymity")
d.C("fighters arriving from the Sahel, where the Islamic State's West Africa and Greater Sahara branches are active, had reinforced the cells in Libya",
    "fighters arriving from the Sahel", "reinforced the cells in Libya", driver="external support", claimant="Faraj al-Mabrouk")
DOCS.append(d)

# ---------------------------------------------------------------- 09 incident, Syria Idlib and Daraa 2024
d = Doc("authV-09", "Shelling kills two in Idlib as HTS raid hits army post; former rebel shot dead in Daraa",
        "2024-06-24", [
"""IDLIB, Syria - Syrian government artillery shelled the town of Sarmin, east of Idlib city, on Sunday, killing two civilians and wounding five, the Syria Civil Defence rescue service said, in the latest flare-up along the front lines of the country's last opposition-held enclave.""",
"""The rescue service, also known as the White Helmets, said the shells struck a residential street near the town's main market in the early evening, when shops were crowded. A local monitoring group, the Idlib Response Coordinators, put the death toll at three, saying a teenager died of his wounds overnight, but the hospital in Sarmin said on Monday that it had received two bodies.""",
"""The shelling came hours after fighters of Hayat Tahrir al-Sham (HTS), the Islamist group that controls most of Idlib province, attacked a government army position near Kafr Nabl in the southern Idlib countryside before dawn on Sunday. HTS said in a statement on its Telegram channels that its "special forces" had killed seven soldiers in the raid. A pro-government radio station said four soldiers had been killed and described the attackers as "terrorists who were repelled".""",
"""On Saturday, Russian warplanes struck hills on the outskirts of Jisr al-Shughur in western Idlib, the White Helmets said. No casualties were reported.""",
"""Residents say the tit-for-tat strikes have intensified since the spring. Abu Khaled, a shopkeeper in Sarmin, said families had begun sleeping in basements again. "We thought the worst was behind us. Now the children run when they hear a motorbike," he said.""",
"""Analysts say a mix of factors is driving the escalation. Rim Tawil, a researcher at a Beirut-based policy institute, said Damascus and Moscow were seeking to pressure HTS at a time when the group faces unusual internal dissent, with weekly protests in Idlib towns against its leadership over detentions and abuses in its prisons. The protests, she said, had prompted HTS to launch attacks on the front line in order to rally its base. "Nothing unites people like an external enemy," she said.""",
"""Economic hardship adds to the tension. Cuts in international aid to northwest Syria have left hundreds of thousands of people in camps without regular food deliveries, according to aid workers, and the collapse of the Turkish lira, widely used in Idlib, has eroded incomes.""",
"""In the south, gunmen on a motorcycle shot dead a former opposition commander in the town of Tafas in Daraa province on Sunday night, according to the Daraa24 monitoring network. The man, who had joined a government-backed reconciliation force after a Russian-brokered settlement in 2018, was killed outside his home, the network said.""",
"""Such killings have become routine in Daraa. The network said it had documented 184 assassination attempts in the province in the first five months of 2024, killing 131 people, compared with 152 attempts in the same period last year. It attributes most of them to unidentified gunmen, but says Islamic State cells, government security branches and gangs linked to the drug trade are all involved.""",
"""Local activists say the 2018 settlement, which let former rebels keep light weapons while government forces returned only partially to the countryside, left a patchwork of armed groups with old scores to settle. The growth of the Captagon trade along the Jordanian border, which activists and Jordanian officials link to Iran-backed militias and Hezbollah, has added a violent economy on top of it.""",
"""A former rebel who now lives in Daraa city said many men carried guns everywhere. "There is no state here that can protect you, so everyone protects himself," he said, asking not to be named.""",
], {"author": "authV", "style": "wire incident report", "country": "Syria"})
d.E(["Syrian government artillery shelled the town of Sarmin, east of Idlib city, on Sunday, killing two civilians and wounding five",
     "the shells struck a residential street near the town's main market in the early evening"],
    date="2024-06-23", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack", actor1="Military Forces of Syria (2000-2024)",
    actor2="Civilians (Syria)", country="Syria", admin1="Idleb", admin1_alt=["Idlib"], admin2="Idleb", location="Sarmin", lat=35.90, lon=36.72, prec=1,
    fatalities=2, injured=5, fatalities_note="White Helmets and hospital 2 vs local monitor 3: conservative 2")
d.E(["fighters of Hayat Tahrir al-Sham (HTS), the Islamist group that controls most of Idlib province, attacked a government army position near Kafr Nabl in the southern Idlib countryside before dawn on Sunday"],
    date="2024-06-23", etype="Battles", sub="Armed clash", actor1="Hayat Tahrir al-Sham", actor2="Military Forces of Syria (2000-2024)",
    country="Syria", admin1="Idleb", admin1_alt=["Idlib"], admin2="Maarrat An Nu'man", location="Kafr Nabl", location_alt=["Kafranbel", "Kafr Nubl"],
    lat=35.61, lon=36.56, prec=2, fatalities=4, fatalities_note="HTS claims 7, pro-government radio 4: conservative 4")
d.E(["Russian warplanes struck hills on the outskirts of Jisr al-Shughur in western Idlib"],
    date="2024-06-22", etype="Explosions/Remote violence", sub="Air/drone strike", actor1="Military Forces of Russia (2000-)", actor2=None,
    country="Syria", admin1="Idleb", admin1_alt=["Idlib"], admin2="Jisr Ash-Shugur", location="Jisr al-Shughur", location_alt=["Jisr Ash-Shugur"],
    lat=35.81, lon=36.32, prec=2, fatalities=0)
d.E(["gunmen on a motorcycle shot dead a former opposition commander in the town of Tafas in Daraa province on Sunday night",
     "was killed outside his home"],
    date="2024-06-23", etype="Violence against civilians", sub="Attack", actor1="Unidentified Armed Group (Syria)", actor2="Civilians (Syria)",
    country="Syria", admin1="Dara", admin1_alt=["Daraa", "Deraa"], admin2="Dara", location="Tafas", lat=32.74, lon=35.97, prec=1, fatalities=1)
# quotes
WH = "Syria Civil Defence"
d.Q("Syrian government artillery shelled the town of Sarmin, east of Idlib city, on Sunday, killing two civilians and wounding five", WH,
    "the Syria Civil Defence rescue service", "named", mentions=["The rescue service", "the White Helmets"])
d.Q("the shells struck a residential street near the town's main market in the early evening, when shops were crowded", WH,
    "The rescue service, also known as the White Helmets,", "named", mentions=["the Syria Civil Defence rescue service", "the White Helmets"])
d.Q("put the death toll at three", "Idlib Response Coordinators", "A local monitoring group, the Idlib Response Coordinators,", "named")
d.Q("a teenager died of his wounds overnight", "Idlib Response Coordinators", "A local monitoring group, the Idlib Response Coordinators,", "named")
d.Q("it had received two bodies", "the hospital in Sarmin", "the hospital in Sarmin", "named")
d.Q("its \"special forces\" had killed seven soldiers in the raid", "Hayat Tahrir al-Sham", "HTS", "named", spk_after="southern Idlib countryside before dawn on Sunday. ",
    medium="Telegram")
d.Q("four soldiers had been killed", "A pro-government radio station", "A pro-government radio station", "anonymous")
d.Q("the attackers as \"terrorists who were repelled\"", "A pro-government radio station", "A pro-government radio station", "anonymous")
d.Q("Russian warplanes struck hills on the outskirts of Jisr al-Shughur in western Idlib", WH, "the White Helmets", "named",
    spk_after="in western Idlib, ", mentions=["the Syria Civil Defence rescue service", "The rescue service"])
d.Q("the tit-for-tat strikes have intensified since the spring", "Residents", "Residents", "anonymous", spk_after="No casualties were reported.\n\n")
d.Q("families had begun sleeping in basements again", "Abu Khaled", "Abu Khaled", "named", role="shopkeeper")
d.Q('"We thought the worst was behind us. Now the children run when they hear a motorbike,"', "Abu Khaled", "he", "named", mentions=["Abu Khaled"],
    spk_after="hear a motorbike,\" ", role="shopkeeper")
d.Q("a mix of factors is driving the escalation", "Analysts", "Analysts", "anonymous", spk_after="Now the children run")
d.Q("Damascus and Moscow were seeking to pressure HTS at a time when the group faces unusual internal dissent, with weekly protests in Idlib towns against its leadership over detentions and abuses in its prisons",
    "Rim Tawil", "Rim Tawil", "named", role="researcher")
d.Q("The protests, she said, had prompted HTS to launch attacks on the front line in order to rally its base", "Rim Tawil", "she", "named",
    frags=["The protests", "had prompted HTS to launch attacks on the front line in order to rally its base"], spk_after="The protests, ", mentions=["Rim Tawil"],
    role="researcher")
d.Q('"Nothing unites people like an external enemy,"', "Rim Tawil", "she", "named", mentions=["Rim Tawil"], spk_after="an external enemy,\" ", role="researcher")
d.Q("Cuts in international aid to northwest Syria have left hundreds of thousands of people in camps without regular food deliveries", "aid workers", "aid workers", "anonymous")
d.Q("gunmen on a motorcycle shot dead a former opposition commander in the town of Tafas in Daraa province on Sunday night", "Daraa24",
    "the Daraa24 monitoring network", "named", mentions=["the network", "The network"])
d.Q("The man, who had joined a government-backed reconciliation force after a Russian-brokered settlement in 2018, was killed outside his home", "Daraa24",
    "the network", "named", mentions=["the Daraa24 monitoring network", "The network"], spk_after="outside his home, ")
d.Q("it had documented 184 assassination attempts in the province in the first five months of 2024, killing 131 people, compared with 152 attempts in the same period last year",
    "Daraa24", "The network", "named", mentions=["the Daraa24 monitoring network", "the network"], spk_after="routine in Daraa. ")
d.Q("most of them to unidentified gunmen", "Daraa24", "It", "named", spk_after="same period last year. ", mentions=["the Daraa24 monitoring network", "The network"])
d.Q("Islamic State cells, government security branches and gangs linked to the drug trade are all involved", "Daraa24", "It", "named",
    spk_after="same period last year. ", mentions=["the Daraa24 monitoring network", "The network"])
d.Q("the 2018 settlement, which let former rebels keep light weapons while government forces returned only partially to the countryside, left a patchwork of armed groups with old scores to settle",
    "Local activists", "Local activists", "anonymous")
d.Q("many men carried guns everywhere", "A former rebel who now lives in Daraa city", "A former rebel who now lives in Daraa city", "anonymous")
d.Q('"There is no state here that can protect you, so everyone protects himself,"', "A former rebel who now lives in Daraa city", "he", "anonymous",
    mentions=["A former rebel who now lives in Daraa city"], spk_after="everyone protects himself,\" ")
# aggregates
D24 = "Daraa24"
d.A("it had documented 184 assassination attempts in the province in the first five months of 2024", "assassination attempts", "attempts", quantity=184,
    ps="2024-01-01", pe="2024-05-31", scope="Dara", claimant=D24)
d.A("killing 131 people", "people killed in assassination attempts", "people", quantity=131, ps="2024-01-01", pe="2024-05-31", scope="Dara", claimant=D24)
d.A("compared with 152 attempts in the same period last year", "assassination attempts", "attempts", quantity=152, ps="2023-01-01", pe="2023-05-31",
    scope="Dara", claimant=D24)
# causal
d.C("The protests, she said, had prompted HTS to launch attacks on the front line", "The protests", "HTS to launch attacks on the front line", claimant="Rim Tawil")
d.C("Cuts in international aid to northwest Syria have left hundreds of thousands of people in camps without regular food deliveries",
    "Cuts in international aid to northwest Syria", "hundreds of thousands of people in camps without regular food deliveries",
    driver="economic hardship/unemployment", claimant="aid workers")
d.C("the collapse of the Turkish lira, widely used in Idlib, has eroded incomes", "the collapse of the Turkish lira", "eroded incomes",
    driver="economic hardship/unemployment")
d.C("the 2018 settlement, which let former rebels keep light weapons while government forces returned only partially to the countryside, left a patchwork of armed groups with old scores to settle",
    "the 2018 settlement, which let former rebels keep light weapons while government forces returned only partially to the countryside",
    "a patchwork of armed groups with old scores to settle", driver="security posture/deployment", claimant="Local activists")
d.C("The growth of the Captagon trade along the Jordanian border, which activists and Jordanian officials link to Iran-backed militias and Hezbollah, has added a violent economy on top of it",
    "The growth of the Captagon trade along the Jordanian border", "has added a violent economy on top of it", driver=None)
d.C("There is no state here that can protect you, so everyone protects himself", "There is no state here that can protect you", "everyone protects himself",
    driver="security posture/deployment", claimant="A former rebel who now lives in Daraa city")
d.C("a mix of factors is driving the escalation", "a mix of factors", "the escalation", claimant="Analysts")
DOCS.append(d)

# ---------------------------------------------------------------- 10 analytical, Iraq Anbar and Nineveh 2023
d = Doc("authV-10", "Quiet deserts, crowded camps: Iraq's west records fewest Islamic State attacks in a decade",
        "2023-12-10", [
"""RAMADI, Iraq - The vast western desert of Anbar province, for years the Islamic State's main corridor between Iraq and Syria, has seen a steep fall in militant attacks this year, with security officials and analysts crediting a fortified border, the killing of senior commanders and the group's own exhaustion.""",
"""According to figures from the Iraqi Joint Operations Command shared with reporters last week, Anbar recorded 27 attacks attributed to the Islamic State between January and November, down from 71 in the same period of 2022, a fall of about 62 percent. Nineveh recorded 33, down from 58. Nationwide, attacks fell to 214 over the eleven months, the lowest figure since the group's rise in 2014, the command said.""",
"""The decline is not uniform. Kirkuk and Salah al-Din still account for more than half of all attacks in the country, the figures show, and the Hamrin mountains and the Tarmiyah orchards north of Baghdad remain active hideouts.""",
"""In Anbar, officials point first to the border. Since 2022, Iraqi forces have built a concrete wall and dug trenches along long stretches of the 600-kilometre frontier with Syria, backed by thermal cameras and watchtowers. Brigadier General Qais al-Dulaimi, a border guard commander in al-Qaim, said the barrier had cut infiltration from Syria "almost to zero" and left the cells inside Iraq without reinforcements.""",
"""The loss of leaders has also weakened the group. A series of air strikes by Iraqi F-16s and coalition aircraft in the Wadi Horan valley and the Hamrin mountains have killed several of the group's regional "walis" over the past two years. "Each time a commander dies, the cell below him goes quiet for months," said Ahmed Shakir, a security analyst in Baghdad. "The bench is not deep anymore.\"""",
"""The desert still offers shelter. On Thursday, two soldiers were killed and three wounded when a roadside bomb exploded under their vehicle during a search operation in Wadi Horan, west of Rutba, the Security Media Cell said. A military source in Rutba later said one of the wounded had died overnight, raising the toll to three, but the cell did not update its statement. The valley's caves and deep ravines have long made it impossible to clear completely, officers say.""",
"""The biggest worry for officials is what comes next. Since 2021, Iraq has repatriated more than 8,000 Iraqi citizens from al-Hol camp in northeastern Syria, most of them women and children, via the Jeddah-1 rehabilitation centre south of Mosul. Officials in Nineveh say some returnees have been refused by their home villages because of their relatives' past links to the group, leaving them stranded in camps or rented rooms.""",
"""Mahmoud al-Hamdani, a local councillor in the Qayyarah district, said the rejection was understandable but dangerous. "If they are not accepted anywhere, the only people who will accept them are the extremists," he said.""",
"""Economic conditions in the west remain fragile. Unemployment in Anbar's towns along the Euphrates is high, and a resident of Heet said that young men who could not find jobs in reconstruction projects blamed corruption in the allocation of contracts. "The money goes to the same families and the same parties," he said.""",
"""Some analysts also caution that the decline partly reflects a deliberate choice by the group's leadership to conserve fighters and funds. Shakir said the group appeared to be focusing on Africa, where its branches are growing, because Iraq offered few opportunities. "They are waiting, not finished," he said.""",
], {"author": "authV", "style": "newspaper feature", "country": "Iraq"})
JOC = "Iraqi Joint Operations Command"
d.E(["two soldiers were killed and three wounded when a roadside bomb exploded under their vehicle during a search operation in Wadi Horan, west of Rutba"],
    date="2023-12-07", etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED", actor1="Unidentified Armed Group (Iraq)",
    actor1_alt=["Islamic State (Iraq)"], actor2="Military Forces of Iraq (2022-)", country="Iraq", admin1="Al Anbar", admin1_alt=["Anbar"],
    admin2="Al-Rutba", location="Wadi Horan", location_alt=["Wadi Hauran", "Rutba"], lat=None, lon=None, prec=2, fatalities=2, injured=3,
    fatalities_note="Security Media Cell 2 vs military source 3: conservative 2")
d.A("Anbar recorded 27 attacks attributed to the Islamic State between January and November", "Islamic State attacks", "attacks", quantity=27,
    ps="2023-01-01", pe="2023-11-30", scope="Al Anbar", claimant=JOC)
d.A("down from 71 in the same period of 2022", "Islamic State attacks", "attacks", quantity=71, ps="2022-01-01", pe="2022-11-30", scope="Al Anbar", claimant=JOC)
d.A("a fall of about 62 percent", "decline in Islamic State attacks", "percent", quantity=62, qualifier="about", ps="2023-01-01", pe="2023-11-30",
    scope="Al Anbar", claimant=JOC)
d.A("Nineveh recorded 33", "Islamic State attacks", "attacks", quantity=33, ps="2023-01-01", pe="2023-11-30", scope="Ninewa", claimant=JOC)
d.A("down from 58", "Islamic State attacks", "attacks", quantity=58, ps="2022-01-01", pe="2022-11-30", scope="Ninewa", claimant=JOC)
d.A("Nationwide, attacks fell to 214 over the eleven months", "Islamic State attacks", "attacks", quantity=214, ps="2023-01-01", pe="2023-11-30",
    scope="Iraq", claimant=JOC)
d.A("Kirkuk and Salah al-Din still account for more than half of all attacks in the country", "share of attacks in Kirkuk and Salah al-Din", "percent",
    quantity=50, low=50, qualifier="more than", ps="2023-01-01", pe="2023-11-30", scope="Kirkuk and Salah al-Din", claimant=JOC)
d.A("Iraq has repatriated more than 8,000 Iraqi citizens from al-Hol camp in northeastern Syria", "Iraqis repatriated from al-Hol", "people",
    quantity=8000, low=8000, qualifier="more than", ps="2021-01-01", pe="2023-12-10", scope="Iraq")
# quotes
d.Q("Anbar recorded 27 attacks attributed to the Islamic State between January and November, down from 71 in the same period of 2022, a fall of about 62 percent",
    JOC, "figures from the Iraqi Joint Operations Command", "named", direct=False, mentions=["the command"])
d.Q("Nationwide, attacks fell to 214 over the eleven months, the lowest figure since the group's rise in 2014", JOC, "the command", "named",
    mentions=["figures from the Iraqi Joint Operations Command"])
d.Q("the barrier had cut infiltration from Syria \"almost to zero\" and left the cells inside Iraq without reinforcements", "Qais al-Dulaimi",
    "Brigadier General Qais al-Dulaimi", "named", role="border guard commander", aff="Iraqi Border Guards")
d.Q('"Each time a commander dies, the cell below him goes quiet for months,"', "Ahmed Shakir", "Ahmed Shakir", "named", mentions=["Shakir"],
    role="security analyst")
d.Q('"The bench is not deep anymore."', "Ahmed Shakir", "Ahmed Shakir", "named", mentions=["Shakir"], role="security analyst")
d.Q("two soldiers were killed and three wounded when a roadside bomb exploded under their vehicle during a search operation in Wadi Horan, west of Rutba",
    "Security Media Cell", "the Security Media Cell", "named", mentions=["the cell"])
d.Q("one of the wounded had died overnight, raising the toll to three", "A military source in Rutba", "A military source in Rutba", "unnamed official")
d.Q("The valley's caves and deep ravines have long made it impossible to clear completely", "officers", "officers", "unnamed official",
    spk_after="clear completely, ")
d.Q("some returnees have been refused by their home villages because of their relatives' past links to the group, leaving them stranded in camps or rented rooms",
    "Officials in Nineveh", "Officials in Nineveh", "unnamed official")
d.Q("the rejection was understandable but dangerous", "Mahmoud al-Hamdani", "Mahmoud al-Hamdani", "named", role="local councillor", aff="Qayyarah district council")
d.Q('"If they are not accepted anywhere, the only people who will accept them are the extremists,"', "Mahmoud al-Hamdani", "he", "named",
    mentions=["Mahmoud al-Hamdani"], spk_after="are the extremists,\" ", role="local councillor", aff="Qayyarah district council")
d.Q("young men who could not find jobs in reconstruction projects blamed corruption in the allocation of contracts", "a resident of Heet", "a resident of Heet", "anonymous")
d.Q('"The money goes to the same families and the same parties,"', "a resident of Heet", "he", "anonymous", mentions=["a resident of Heet"],
    spk_after="the same parties,\" ")
d.Q("the decline partly reflects a deliberate choice by the group's leadership to conserve fighters and funds", "Some analysts", "Some analysts", "anonymous")
d.Q("the group appeared to be focusing on Africa, where its branches are growing, because Iraq offered few opportunities", "Ahmed Shakir", "Shakir",
    "named", mentions=["Ahmed Shakir"], spk_after="conserve fighters and funds. ", role="security analyst")
d.Q('"They are waiting, not finished,"', "Ahmed Shakir", "he", "named", mentions=["Ahmed Shakir", "Shakir"], spk_after="not finished,\" ", role="security analyst")
# causal
d.C("with security officials and analysts crediting a fortified border, the killing of senior commanders and the group's own exhaustion",
    "a fortified border, the killing of senior commanders and the group's own exhaustion", "crediting", pol="-", driver=None,
    claimant="security officials and analysts")
d.C("the barrier had cut infiltration from Syria \"almost to zero\" and left the cells inside Iraq without reinforcements", "the barrier",
    "cut infiltration from Syria \"almost to zero\"", pol="-", driver="security posture/deployment", claimant="Qais al-Dulaimi")
d.C("The loss of leaders has also weakened the group", "The loss of leaders", "weakened the group", pol="-", driver="leadership/command change")
d.C("Each time a commander dies, the cell below him goes quiet for months", "a commander dies", "the cell below him goes quiet for months", pol="-",
    driver="leadership/command change", claimant="Ahmed Shakir")
d.C("The valley's caves and deep ravines have long made it impossible to clear completely", "The valley's caves and deep ravines",
    "impossible to clear completely", driver="terrain/safe havens", claimant="officers")
d.C("some returnees have been refused by their home villages because of their relatives' past links to the group", "their relatives' past links to the group",
    "some returnees have been refused by their home villages", driver="displacement/camps/reintegration", claimant="Officials in Nineveh")
d.C("some returnees have been refused by their home villages because of their relatives' past links to the group, leaving them stranded in camps or rented rooms",
    "some returnees have been refused by their home villages", "leaving them stranded in camps or rented rooms", driver="displacement/camps/reintegration",
    claimant="Officials in Nineveh")
d.C("the group appeared to be focusing on Africa, where its branches are growing, because Iraq offered few opportunities", "Iraq offered few opportunities",
    "the group appeared to be focusing on Africa", hedged=True, claimant="Ahmed Shakir")
DOCS.append(d)


if __name__ == "__main__":
    write(DOCS, "authV")
