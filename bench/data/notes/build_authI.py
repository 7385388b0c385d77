#!/usr/bin/env python3
"""authI: 80 fictional ACLED-style event notes about drone attacks (own writing, real places,
invented incidents) with one gold event each.  Writes authI.docs.jsonl and authI.gold.jsonl
next to this file (same order) and prints counts per country and per writing variant.

Each note: (num, date, text, kind, country, admin1, location, lat, lon, fatalities, actor1,
            extra dict (admin1_alt / actor1_alt), variant tags)
kind: "S" = Explosions/Remote violence · Air/drone strike; "D" = Strategic developments ·
Disrupted weapons use (intercepted / shot-down drones).
Coordinates only where the author is confident to ~10 km, else None.
"""
import collections
import datetime
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = {"Myanmar", "Somalia", "Colombia", "Burkina Faso", "Mali", "Ukraine", "Sudan"}
KINDS = {"S": ("Explosions/Remote violence", "Air/drone strike"),
         "D": ("Strategic developments", "Disrupted weapons use")}

MM = "Military Forces of Myanmar (2021-)"
MM_ALT = {"actor1_alt": ["Myanmar military", "junta", "Tatmadaw"]}
PDF = "PDF: People's Defence Force"
PDF_ALT = {"actor1_alt": ["People's Defence Force", "PDF", "local defence forces", "resistance forces"]}
US = "Military Forces of the United States"
US_ALT = {"actor1_alt": ["US forces", "AFRICOM", "United States"]}
TR = "Military Forces of Turkey"
SO = "Military Forces of Somalia"
SH = "Al Shabaab"
FARC = "FARC dissidents"
ELN = "ELN: National Liberation Army"
ELN_ALT = {"actor1_alt": ["ELN", "National Liberation Army"]}
RU = "Military Forces of Russia"
UA = "Military Forces of Ukraine"
RSF = "Rapid Support Forces"
RSF_ALT = {"actor1_alt": ["RSF"]}
SAF = "Military Forces of Sudan"
SAF_ALT = {"actor1_alt": ["Sudanese Armed Forces", "SAF"]}
BF = "Military Forces of Burkina Faso"
ML = "Military Forces of Mali"
ML_ALT = {"actor1_alt": ["Malian Armed Forces", "FAMa"]}
JNIM = "JNIM: Group for Support of Islam and Muslims"
JNIM_ALT = {"actor1_alt": ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]}


def alt(base=None, **kw):
    d = dict(base or {})
    for k, v in kw.items():
        d[k] = list(d.get(k, [])) + list(v)
    return d


NOTES = [
    # ---------------------------------------------------------------- Myanmar (20)
    (1, "2021-12-14", "On 14 December 2021, members of the Yinmabin PDF used a modified drone to drop "
     "explosives on a military column near Yinmabin town (Yinmabin township, Sagaing region). The group "
     "claimed that three soldiers were killed; the claim could not be verified. [size=no report]",
     "S", "Myanmar", "Sagaing", "Yinmabin", None, None, 3, PDF, PDF_ALT, ["hier", "tag"]),
    (2, "2022-03-08", "On 8 March 2022, a drone (likely operated by the military) dropped two bombs on a house used by "
     "local resistance fighters in Let Yet Kone village (Tabayin township, Sagaing region). No fatalities "
     "reported.",
     "S", "Myanmar", "Sagaing", "Let Yet Kone", None, None, 0, None, {}, ["village", "hier", "aside", "nofat"]),
    (3, "2022-07-19", "On 19 July 2022, local defence forces launched two drones carrying improvised bombs at "
     "a police station occupied by junta troops in Monywa (Monywa township, Sagaing region), killing two "
     "soldiers.",
     "S", "Myanmar", "Sagaing", "Monywa", 22.11, 95.14, 2, PDF, PDF_ALT, ["hier"]),
    (4, "2023-02-02", "On 2 February 2023, a PDF drone unit dropped bombs on a junta outpost on the "
     "outskirts of Kalay (Kale township, Sagaing region). Fatalities unknown.",
     "S", "Myanmar", "Sagaing", "Kale", 23.19, 94.06, 0, PDF, PDF_ALT,
     ["hier", "outskirts", "translit", "fatunk"]),
    (5, "2024-04-11", "Around 11 April 2024 (as reported), military drones dropped two bombs on Pazigyi "
     "village (Kanbalu township, Sagaing region), wounding four civilians. Fatalities unknown.",
     "S", "Myanmar", "Sagaing", "Pazigyi", None, None, 0, MM, MM_ALT,
     ["asrep", "village", "hier", "fatunk"]),
    (6, "2023-09-27", "Troops from the Myanmar military's base in Monywa continued clearance operations "
     "on 27 September 2023. That day, military drones dropped two bombs on the market of Budalin town "
     "(Budalin township, Sagaing region), killing one civilian.",
     "S", "Myanmar", "Sagaing", "Budalin", None, None, 1, MM, MM_ALT, ["first_other", "hier", "two"]),
    (7, "2024-06-05", "On 5 June 2024, resistance forces attacked a military camp in Tamu town (Tamu "
     "township, Sagaing region), near the Indian border, with explosive-laden drones, wounding two "
     "soldiers. No fatalities reported.",
     "S", "Myanmar", "Sagaing", "Tamu", 24.22, 94.31, 0, PDF, PDF_ALT, ["hier", "foreign", "nofat"]),
    (8, "2024-01-21", "On 21 January 2024, the Myingyan PDF used kamikaze drones to attack a police station "
     "in Myingyan town (Myingyan township, Mandalay region). Two police officers were killed.",
     "S", "Myanmar", "Mandalay", "Myingyan", 21.46, 95.39, 2, PDF, PDF_ALT, ["hier", "kamikaze"]),
    (9, "2024-08-09", "On 9 August 2024, an anti-coup armed group sent three drones towards the Defence "
     "Services Academy in Pyin Oo Lwin (Maymyo), Mandalay region. The military said all three drones were "
     "shot down before reaching the compound. No fatalities reported.",
     "D", "Myanmar", "Mandalay", "Pyin Oo Lwin", 22.03, 96.46, 0, PDF,
     alt(PDF_ALT, actor1_alt=[MM]), ["translit", "intercept", "nofat"]),
    (10, "2024-11-03", "On 3 November 2024, PDF drones hit an army ammunition depot in Kyaukse, about "
     "40 km south of Mandalay city (Mandalay region). Fatalities unknown.",
     "S", "Myanmar", "Mandalay", "Kyaukse", 21.60, 96.13, 0, PDF, PDF_ALT, ["dist", "two", "fatunk"]),
    (11, "2022-05-17", "On 17 May 2022, junta forces used a drone to drop explosives on a resistance camp "
     "near Pakokku (Pakokku township, Magway region). Three PDF members were killed.",
     "S", "Myanmar", "Magway", "Pakokku", 21.33, 95.10, 3, MM, MM_ALT, ["hier"]),
    (12, "2023-10-23", "Around 23 October 2023 (as reported), the Yaw Defence Force used drone-dropped "
     "grenades against a military column outside Gangaw town (Gangaw township, Magway region). Two soldiers "
     "were killed.",
     "S", "Myanmar", "Magway", "Gangaw", 22.17, 94.13, 2, "Yaw Defence Force",
     {"actor1_alt": ["PDF", "People's Defence Force"]}, ["asrep", "hier", "grenade", "outskirts"]),
    (13, "2025-08-12", "On 12 August 2025, military drones bombed a monastery in rural Pauk township "
     "(Pakokku district, Magway region), killing five civilians who were sheltering there.",
     "S", "Myanmar", "Magway", "Pauk", None, None, 5, MM, MM_ALT, ["rural", "hier"]),
    (14, "2024-04-10", "On 10 April 2024, the Karen National Liberation Army (KNLA) and allied PDFs used "
     "drones to bomb a military battalion base outside Myawaddy town (Myawaddy township, Kayin state), "
     "across the river from the Thai town of Mae Sot. Fatalities unknown.",
     "S", "Myanmar", "Kayin", "Myawaddy", 16.69, 98.51, 0, "KNLA: Karen National Liberation Army",
     {"actor1_alt": ["Karen National Liberation Army", "KNLA"], "admin1_alt": ["Karen"]},
     ["hier", "two", "foreign", "outskirts", "fatunk"]),
    (15, "2025-02-06", "On 6 February 2025, KNLA drones dropped explosives on a military checkpoint on the "
     "outskirts of Pa-an (Hpa-an), Kayin state. One soldier was reportedly killed.",
     "S", "Myanmar", "Kayin", "Hpa-an", 16.89, 97.63, 1, "KNLA: Karen National Liberation Army",
     {"actor1_alt": ["Karen National Liberation Army", "KNLA"], "admin1_alt": ["Karen"]},
     ["outskirts", "translit"]),
    (16, "2024-12-15", "On 15 December 2024, Kachin Independence Army (KIA) drones targeted a military "
     "position in Bhamo town (Bhamo district, Kachin state) during fighting for control of the town. No "
     "fatalities reported.",
     "S", "Myanmar", "Kachin", "Bhamo", 24.26, 97.23, 0, "KIA: Kachin Independence Army",
     {"actor1_alt": ["Kachin Independence Army", "KIA"]}, ["hier", "nofat"]),
    (17, "2024-07-28", "On 28 July 2024, the Myanmar National Democratic Alliance Army (MNDAA) launched "
     "drones at the Northeastern Command headquarters in Lashio (Lashio township, Shan-North). Fatalities "
     "unknown. [size=no report]",
     "S", "Myanmar", "Shan-North", "Lashio", 22.94, 97.75, 0,
     "MNDAA: Myanmar National Democratic Alliance Army",
     {"actor1_alt": ["MNDAA"], "admin1_alt": ["Shan", "Northern Shan"]}, ["hier", "fatunk", "tag", "group_country"]),
    (18, "2023-11-19", "On 19 November 2023, Ta'ang National Liberation Army (TNLA) fighters used modified "
     "Chinese-made commercial drones to drop mortar shells on a police station in Kyaukme town (Kyaukme "
     "township, northern Shan state), killing two police officers.",
     "S", "Myanmar", "Shan-North", "Kyaukme", 22.54, 97.03, 2, "TNLA: Taang National Liberation Army",
     {"actor1_alt": ["Ta'ang National Liberation Army", "TNLA"], "admin1_alt": ["Shan", "Northern Shan"]},
     ["hier", "foreign"]),
    (19, "2024-01-14", "On 14 January 2024, military drones struck a camp for displaced people near Demoso, "
     "about 15 km south of Loikaw (Kayah state), killing two displaced women.",
     "S", "Myanmar", "Kayah", "Demoso", None, None, 2, MM, alt(MM_ALT, admin1_alt=["Karenni"]),
     ["dist", "two"]),
    (20, "2025-03-02", "On 2 March 2025, the Arakan Army (AA) launched drones at the Myanmar Navy base in "
     "Sittwe (Sittwe township, Rakhine state). The military claimed to have shot down two of the drones; "
     "others hit a barracks. Fatalities unknown.",
     "S", "Myanmar", "Rakhine", "Sittwe", 20.15, 92.90, 0, "AA: Arakan Army", {"actor1_alt": ["Arakan Army"]},
     ["hier", "fatunk", "group_country"]),
    # ---------------------------------------------------------------- Somalia (20)
    (21, "2019-03-18", "On 18 March 2019, a US drone strike in Somalia targeted Al Shabaab militants near "
     "Jilib (Jilib district, Middle Juba). AFRICOM stated that two militants were killed.",
     "S", "Somalia", "Middle Juba", "Jilib", 0.49, 42.77, 2, US, US_ALT, ["hier", "foreign"]),
    (22, "2019-06-12", "Around 12 June 2019 (as reported), US forces conducted a drone strike against an "
     "Islamic State in Somalia (ISS) position in the Cal Miskaad mountains, south of Bosaso (Bari region), "
     "killing one ISS fighter.",
     "S", "Somalia", "Bari", "Cal Miskaad", None, None, 1, US, US_ALT,
     ["asrep", "group_country", "foreign", "two", "dist"]),
    (23, "2020-02-22", "On 22 February 2020, a US drone struck a vehicle carrying suspected Al Shabaab "
     "members near Jamaame (Jamame), about 50 km north of Kismayo (Lower Juba). Three militants were "
     "killed.",
     "S", "Somalia", "Lower Juba", "Jamaame", 0.07, 42.75, 3, US, US_ALT,
     ["vehicle", "translit", "dist", "two"]),
    (24, "2022-08-07", "On 7 August 2022, a Turkish drone operating in support of the Somali National Army "
     "struck Al Shabaab fighters in Bulo Burto (Bulo Burde district, Hiraan region), killing four militants.",
     "S", "Somalia", "Hiraan", "Bulo Burto", 3.85, 45.57, 4, TR, {"actor1_alt": [SO, "Turkish forces"]},
     ["foreign", "hier", "translit", "group_country"]),
    (25, "2022-09-19", "On 19 September 2022, a drone strike (likely Turkish) hit Al Shabaab positions on "
     "the outskirts of Beledweyne (Belet Weyne), Hiraan region, killing six militants.",
     "S", "Somalia", "Hiraan", "Beledweyne", 4.74, 45.20, 6, None, {},
     ["aside", "outskirts", "translit"]),
    (26, "2024-03-25", "On 25 March 2024, Al Shabaab used a drone to drop a grenade on a Somali National "
     "Army base in Afgooye, 30 km northwest of Mogadishu (Lower Shabelle). Two soldiers were wounded. No "
     "fatalities reported.",
     "S", "Somalia", "Lower Shabelle", "Afgooye", 2.14, 45.12, 0, SH, {}, ["grenade", "dist", "two", "nofat"]),
    (27, "2024-06-04", "On 4 June 2024, Turkish drones struck an Al Shabaab gathering near Balcad (Balad), "
     "Middle Shabelle region, about 35 km north of Mogadishu. The Somali government claimed 12 militants "
     "were killed.",
     "S", "Somalia", "Middle Shabelle", "Balcad", 2.36, 45.39, 12, TR, {"actor1_alt": [SO]},
     ["foreign", "translit", "dist", "two"]),
    (28, "2025-01-13", "On 13 January 2025, suspected Al Shabaab drones dropped explosives on the regional "
     "administration offices in Jowhar (Jawhar), the capital of Hirshabelle state. No fatalities reported.",
     "S", "Somalia", "Middle Shabelle", "Jowhar", 2.78, 45.50, 0, SH, {}, ["translit", "nofat"]),
    (29, "2025-05-21", "On 21 May 2025, security forces shot down a small drone flying over the area of "
     "Aden Adde International Airport in Mogadishu (Banadir). No fatalities reported.",
     "D", "Somalia", "Banadir", "Mogadishu", 2.04, 45.34, 0, None, {}, ["intercept", "nofat"]),
    (30, "2023-11-16", "On 16 November 2023, a drone strike by the Somali National Army, supported by "
     "international partners, hit an Al Shabaab base in rural Bay region near Buur Hakaba (Bur Hakaba "
     "district), killing seven militants.",
     "S", "Somalia", "Bay", "Buur Hakaba", 2.80, 44.08, 7, SO, {"actor1_alt": ["Somali National Army"]},
     ["rural", "hier", "translit"]),
    (31, "2020-04-09", "On 9 April 2020, a US drone strike hit a vehicle carrying two Al Shabaab members "
     "near Bardere (Baardheere), Gedo region, killing both.",
     "S", "Somalia", "Gedo", "Bardere", 2.34, 42.28, 2, US, US_ALT, ["vehicle", "translit", "foreign"]),
    (32, "2019-12-02", "On 2 December 2019, a US drone strike targeted an Al Shabaab commander near "
     "Qoryooley (Qoryoley district, Lower Shabelle). AFRICOM said one militant was killed.",
     "S", "Somalia", "Lower Shabelle", "Qoryooley", 1.79, 44.53, 1, US, US_ALT, ["hier", "translit", "foreign"]),
    (33, "2022-08-14", "On 14 August 2022, US forces carried out a drone strike in support of Somali troops "
     "fighting Al Shabaab near Janaale village (Marka district, Lower Shabelle). AFRICOM said no civilians "
     "were harmed. Fatalities unknown.",
     "S", "Somalia", "Lower Shabelle", "Janaale", None, None, 0, US, US_ALT, ["village", "hier", "fatunk", "foreign"]),
    (34, "2023-02-10", "Somali government forces advanced south from Galkayo in early February 2023. On 10 "
     "February 2023, Turkish drones hit Al Shabaab fighters around Harardhere (Xarardheere), Mudug region, "
     "killing 10 militants.",
     "S", "Somalia", "Mudug", "Harardhere", None, None, 10, TR, {"actor1_alt": [SO]},
     ["first_other", "two", "translit", "foreign"]),
    (35, "2023-03-06", "Around 6 March 2023 (as reported), a Turkish drone struck an Al Shabaab vehicle near "
     "Eel Buur (El Bur), Galgaduud region. Fatalities unknown. [size=no report]",
     "S", "Somalia", "Galgaduud", "Eel Buur", 4.68, 46.62, 0, TR, {"actor1_alt": [SO]},
     ["asrep", "translit", "vehicle", "fatunk", "tag", "foreign"]),
    (36, "2024-04-28", "On 28 April 2024, Al Shabaab fighters shot down a Somali army surveillance drone "
     "near Tiyeeglow (Bakool region). No fatalities reported.",
     "D", "Somalia", "Bakool", "Tiyeeglow", None, None, 0, SH, {"actor1_alt": [SO]}, ["intercept", "nofat"]),
    (37, "2025-02-17", "On 17 February 2025, Islamic State in Somalia (ISS) fighters launched explosive "
     "drones against Puntland Security Force positions near Iskushuban, southeast of Bosaso (Bari region), "
     "killing three soldiers.",
     "S", "Somalia", "Bari", "Iskushuban", None, None, 3, "Islamic State (Somalia)",
     {"actor1_alt": ["Islamic State in Somalia", "ISS", "ISIS"]}, ["group_country", "two", "dist"]),
    (38, "2024-09-11", "Al Shabaab fighters who had withdrawn from Afmadow regrouped in the following days. "
     "On 11 September 2024, a US drone strike hit their camp about 15 km northwest of Kismayo (Kismaayo), "
     "Lower Juba region, killing three militants.",
     "S", "Somalia", "Lower Juba", "Kismayo", -0.36, 42.55, 3, US, US_ALT,
     ["first_other", "two", "dist", "translit", "foreign"]),
    (39, "2021-07-23", "On 23 July 2021, a US drone strike near Bu'aale (Buale), Middle Juba, killed an Al "
     "Shabaab commander, according to the Somali government.",
     "S", "Somalia", "Middle Juba", "Bu'aale", 1.08, 42.58, 1, US, US_ALT, ["translit", "foreign"]),
    (40, "2021-08-01", "On 1 August 2021, US forces conducted a drone strike against Al Shabaab militants "
     "attacking Somali forces near Galkayo (Gaalkacyo), Mudug region. Fatalities unknown.",
     "S", "Somalia", "Mudug", "Galkayo", 6.77, 47.43, 0, US, US_ALT, ["translit", "fatunk", "foreign"]),
    # ---------------------------------------------------------------- Colombia (20)
    (41, "2024-04-10", "On 10 April 2024, FARC dissidents of the Jaime Martinez front (EMC) attacked a "
     "police station in Suarez (Suárez, Cauca) with explosive-laden drones. One police officer was killed "
     "and two were wounded.",
     "S", "Colombia", "Cauca", "Suarez", 2.95, -76.70, 1, FARC,
     {"actor1_alt": ["EMC", "Jaime Martinez front", "Estado Mayor Central"]}, ["hier", "translit"]),
    (42, "2024-10-15", "On 15 October 2024, FARC dissidents dropped explosives from drones on a military "
     "base in El Plateado (Argelia, Cauca), killing two soldiers.",
     "S", "Colombia", "Cauca", "El Plateado", None, None, 2, FARC, {"actor1_alt": ["EMC"]},
     ["village", "hier"]),
    (43, "2024-05-28", "On 28 May 2024, a drone carrying explosives was launched against an army unit in "
     "rural Jamundí (Valle del Cauca), south of Cali. Three soldiers were wounded. No fatalities reported.",
     "S", "Colombia", "Valle del Cauca", "Jamundí", 3.26, -76.54, 0, None, {},
     ["rural", "two", "nofat"]),
    (44, "2025-06-03", "On 3 June 2025, FARC dissidents of the Dagoberto Ramos front dropped explosives from "
     "drones on an indigenous guard checkpoint in Toribío (Cauca), injuring three guards. No fatalities "
     "reported.",
     "S", "Colombia", "Cauca", "Toribío", 2.95, -76.27, 0, FARC, {"actor1_alt": ["Dagoberto Ramos front"]},
     ["nofat"]),
    (45, "2025-01-11", "On 11 January 2025, a drone attack (likely by FARC dissidents) on the police station of "
     "Morales (Cauca) damaged nearby houses and the roof of the station. Fatalities unknown.",
     "S", "Colombia", "Cauca", "Morales", None, None, 0, None, {}, ["aside", "fatunk"]),
    (46, "2025-01-17", "On 17 January 2025, ELN used drones to attack a house in Tibú (Norte de Santander) "
     "during its offensive against FARC dissidents of the 33rd front in the Catatumbo region, killing two "
     "people.",
     "S", "Colombia", "Norte de Santander", "Tibú", 8.64, -72.73, 2, ELN, ELN_ALT, []),
    (47, "2025-01-24", "Hundreds of families fled from Tibú to Cúcuta on 24 January 2025. The same day, ELN "
     "drones dropped explosives on a house in El Tarra (Norte de Santander), killing one civilian.",
     "S", "Colombia", "Norte de Santander", "El Tarra", 8.58, -73.09, 1, ELN, ELN_ALT,
     ["first_other", "two"]),
    (48, "2025-05-06", "On 6 May 2025, soldiers shot down an explosive-laden drone approaching the 30th "
     "Brigade headquarters in Cúcuta (Norte de Santander). No fatalities reported.",
     "D", "Colombia", "Norte de Santander", "Cúcuta", 7.89, -72.50, 0, None, {}, ["intercept", "nofat"]),
    (49, "2024-09-12", "On 12 September 2024, FARC dissidents of the 33rd front attacked a military patrol "
     "with a kamikaze drone in Sardinata, 50 km northwest of Cucuta (Norte de Santander). Fatalities "
     "unknown.",
     "S", "Colombia", "Norte de Santander", "Sardinata", 8.08, -72.80, 0, FARC, {"actor1_alt": ["33rd front"]},
     ["kamikaze", "dist", "two", "fatunk"]),
    (50, "2023-08-20", "On 20 August 2023, ELN launched kamikaze drones against a military base in Saravena "
     "(Arauca), wounding four soldiers. No fatalities reported.",
     "S", "Colombia", "Arauca", "Saravena", 6.95, -71.88, 0, ELN, ELN_ALT, ["kamikaze", "nofat"]),
    (51, "2024-02-02", "Around 2 February 2024 (as reported), drone-dropped grenades launched by FARC "
     "dissidents of the 10th front hit ELN positions in rural Tame (Arauca), killing two ELN fighters.",
     "S", "Colombia", "Arauca", "Tame", 6.46, -71.74, 2, FARC, {"actor1_alt": ["10th front"]},
     ["asrep", "grenade", "rural"]),
    (52, "2024-07-09", "On 9 July 2024, FARC dissidents of the 36th front attacked a military unit with "
     "explosive drones in Briceño (Antioquia), killing one soldier.",
     "S", "Colombia", "Antioquia", "Briceño", 7.11, -75.55, 1, FARC, {"actor1_alt": ["36th front"]}, []),
    (53, "2025-03-14", "On 14 March 2025, a drone operated by FARC dissidents dropped an explosive on the "
     "police station of Anori (Anorí, Antioquia), killing one police officer. [size=no report]",
     "S", "Colombia", "Antioquia", "Anori", 7.07, -75.15, 1, FARC, {}, ["hier", "translit", "tag"]),
    (54, "2024-11-30", "On 30 November 2024, the Gaitanist Army of Colombia (EGC, also known as Clan del "
     "Golfo) used drones to attack ELN fighters in a mining area near Segovia (Antioquia). Fatalities "
     "unknown.",
     "S", "Colombia", "Antioquia", "Segovia", 7.08, -74.70, 0, "Clan del Golfo",
     {"actor1_alt": ["EGC", "Gaitanist Army of Colombia", "AGC"]}, ["fatunk", "group_country"]),
    (55, "2025-07-08", "On 8 July 2025, an explosive-laden drone struck a navy patrol boat on a river in "
     "rural Tumaco (Nariño), killing two marines. The navy blamed FARC dissidents.",
     "S", "Colombia", "Narino", "Tumaco", 1.80, -78.76, 2, FARC, {"admin1_alt": ["Nariño"]},
     ["rural", "vehicle"]),
    (56, "2024-10-22", "On 22 October 2024, FARC dissidents attacked soldiers with drones in rural Calamar "
     "(Guaviare), wounding one soldier. No fatalities reported.",
     "S", "Colombia", "Guaviare", "Calamar", None, None, 0, FARC, {}, ["rural", "nofat"]),
    (57, "2025-04-05", "On 5 April 2025, Comandos de la Frontera dropped explosives from a drone on a camp "
     "of the Carolina Ramirez front near Puerto Asís (Putumayo). Fatalities unknown.",
     "S", "Colombia", "Putumayo", "Puerto Asís", 0.50, -76.50, 0, "Comandos de la Frontera", {}, ["fatunk"]),
    (58, "2023-12-03", "On 3 December 2023, ELN fighters, reportedly operating from Venezuelan territory, "
     "launched drones across the border at an army base in Arauca city (Arauca). One soldier was killed.",
     "S", "Colombia", "Arauca", "Arauca", 7.09, -70.76, 1, ELN, ELN_ALT, ["foreign"]),
    (59, "2024-08-15", "On 15 August 2024, FARC dissidents used a drone to attack a police patrol in "
     "Planadas (Tolima). Two police officers were wounded. No fatalities reported.",
     "S", "Colombia", "Tolima", "Planadas", 3.20, -75.64, 0, FARC, {}, ["nofat"]),
    (60, "2025-02-19", "On 19 February 2025, FARC dissidents dropped explosives from a drone on a house in "
     "Huisitó (El Tambo, Cauca), where soldiers had been billeted, killing one soldier.",
     "S", "Colombia", "Cauca", "Huisitó", None, None, 1, FARC, {}, ["village", "hier"]),
    # ---------------------------------------------------------------- Burkina Faso (5)
    (61, "2022-12-05", "On 5 December 2022, Burkinabe army drones (Turkish-made Bayraktar TB2) struck JNIM "
     "militants near Djibo (Soum province, Sahel region), killing 15 militants.",
     "S", "Burkina Faso", "Sahel", "Djibo", 14.10, -1.63, 15, BF, {}, ["hier", "foreign"]),
    (62, "2023-08-18", "Around 18 August 2023 (as reported), an army drone strike hit a gathering near "
     "Arbinda (Soum province, Sahel region), killing eight people. Residents said the dead included "
     "civilians.",
     "S", "Burkina Faso", "Sahel", "Arbinda", 14.23, -0.87, 8, BF, {}, ["asrep", "hier"]),
    (63, "2024-03-02", "On 2 March 2024, a Burkinabe army drone strike targeted JNIM fighters on the "
     "outskirts of Diapaga (Tapoa province, Est region). Fatalities unknown.",
     "S", "Burkina Faso", "Est", "Diapaga", 12.07, 1.79, 0, BF, {}, ["outskirts", "hier", "fatunk"]),
    (64, "2025-04-20", "On 20 April 2025, JNIM militants used drones carrying explosives against the "
     "military detachment in Dori (Seno province, Sahel region). No fatalities reported.",
     "S", "Burkina Faso", "Sahel", "Dori", 14.04, -0.03, 0, JNIM, JNIM_ALT, ["hier", "nofat"]),
    (65, "2024-09-24", "On 24 September 2024, an army drone strike hit a motorcycle convoy of suspected JNIM "
     "militants near Ouahigouya (Yatenga province, Nord region), killing six militants.",
     "S", "Burkina Faso", "Nord", "Ouahigouya", 13.58, -2.42, 6, BF, {}, ["hier", "vehicle"]),
    # ---------------------------------------------------------------- Mali (5)
    (66, "2024-10-07", "On 7 October 2024, a drone strike by the Malian Armed Forces (FAMa) hit a group of "
     "people near a well in Tinzaouaten (Tin Zaouatene), Kidal region, close to the Algerian border, "
     "killing four people.",
     "S", "Mali", "Kidal", "Tinzaouaten", None, None, 4, ML, ML_ALT, ["translit", "foreign", "group_country"]),
    (67, "2023-10-12", "On 12 October 2023, FAMa drones (Turkish-made) struck positions of the CSP-PSD "
     "rebel coalition on the outskirts of Kidal. Fatalities unknown.",
     "S", "Mali", "Kidal", "Kidal", 18.44, 1.41, 0, ML, ML_ALT, ["outskirts", "foreign", "fatunk"]),
    (68, "2022-06-03", "On 3 June 2022, a Malian army drone struck a JNIM camp in rural Niono (Segou "
     "region), killing five militants.",
     "S", "Mali", "Segou", "Niono", 14.25, -5.99, 5, ML, ML_ALT, ["rural"]),
    (69, "2025-01-26", "Around 26 January 2025 (as reported), a drone strike by FAMa, backed by the Russian "
     "Africa Corps, killed three people near Djenné (Mopti region).",
     "S", "Mali", "Mopti", "Djenné", 13.91, -4.55, 3, ML, ML_ALT, ["asrep", "foreign"]),
    (70, "2025-06-09", "On 9 June 2025, JNIM launched explosive drones at the military camp in Timbuktu "
     "(Tombouctou). The army said it neutralised both drones. No fatalities reported.",
     "D", "Mali", "Timbuktu", "Timbuktu", 16.77, -3.01, 0, JNIM,
     alt(JNIM_ALT, actor1_alt=[ML], admin1_alt=["Tombouctou"]),
     ["translit", "intercept", "nofat"]),
    # ---------------------------------------------------------------- Ukraine (5)
    (71, "2023-12-09", "On 9 December 2023, Russian forces launched Iranian-made Shahed drones at the port "
     "of Odesa (Odessa). Air defence downed most of them, but one hit a warehouse, wounding two workers. "
     "No fatalities reported.",
     "S", "Ukraine", "Odesa", "Odesa", 46.48, 30.73, 0, RU, {"admin1_alt": ["Odessa"]},
     ["foreign", "translit", "kamikaze", "nofat"]),
    (72, "2024-02-03", "On 3 February 2024, Ukrainian air defences shot down five Shahed-type drones launched by Russian "
     "forces over Kharkiv (Kharkiv oblast). No fatalities reported.",
     "D", "Ukraine", "Kharkiv", "Kharkiv", 49.99, 36.23, 0, RU, {"actor1_alt": [UA]}, ["intercept", "nofat"]),
    (73, "2024-08-14", "On 14 August 2024, a Russian FPV drone hit a car in Nikopol (Dnipropetrovsk "
     "oblast), across the Dnipro river from the Zaporizhzhia nuclear power plant, killing one civilian.",
     "S", "Ukraine", "Dnipropetrovsk", "Nikopol", 47.57, 34.39, 1, RU, {}, ["vehicle", "two", "kamikaze"]),
    (74, "2025-06-22", "On 22 June 2025, a Russian drone dropped grenades on a bus stop in Kherson's "
     "Dniprovskyi district (Kherson city), killing one civilian.",
     "S", "Ukraine", "Kherson", "Kherson", 46.64, 32.61, 1, RU, {}, ["grenade", "hier"]),
    (75, "2023-05-05", "Ukrainian units holding the right bank around Kherson city kept up drone attacks across the "
     "Dnipro. On 5 May 2023, Ukrainian drones struck a Russian military position in occupied Nova Kakhovka "
     "(Kherson oblast). Fatalities unknown.",
     "S", "Ukraine", "Kherson", "Nova Kakhovka", 46.75, 33.37, 0, UA, {}, ["first_other", "two", "fatunk"]),
    # ---------------------------------------------------------------- Sudan (5)
    (76, "2025-05-07", "On 7 May 2025, RSF kamikaze drones struck fuel depots near the southern port in Port Sudan (Red Sea "
     "state). No fatalities reported.",
     "S", "Sudan", "Red Sea", "Port Sudan", 19.62, 37.22, 0, RSF, RSF_ALT, ["kamikaze", "nofat"]),
    (77, "2025-01-14", "On 14 January 2025, RSF drones struck Abu Shouk camp for displaced people, north of "
     "El Fasher (Al Fashir), North Darfur, killing six civilians.",
     "S", "Sudan", "North Darfur", "Abu Shouk", 13.66, 25.33, 6, RSF, RSF_ALT, ["two", "translit", "dist"]),
    (78, "2023-09-03", "On 3 September 2023, Sudanese Armed Forces (SAF) drones, reportedly Iranian-made, "
     "hit RSF positions in Omdurman (Khartoum). Fatalities unknown. [size=no report]",
     "S", "Sudan", "Khartoum", "Omdurman", 15.64, 32.48, 0, SAF, SAF_ALT, ["foreign", "fatunk", "tag", "group_country"]),
    (79, "2025-02-27", "On 27 February 2025, SAF air defences intercepted four RSF attack drones over Kosti (Kusti), "
     "White Nile state. No fatalities reported.",
     "D", "Sudan", "White Nile", "Kosti", 13.16, 32.66, 0, RSF, alt(RSF_ALT, actor1_alt=[SAF]),
     ["intercept", "translit", "nofat"]),
    (80, "2024-04-12", "On 12 April 2024, drones launched by the RSF, which the army describes as UAE-backed, "
     "hit a power substation in Atbara (Atbarah), River Nile state. Fatalities unknown.",
     "S", "Sudan", "River Nile", "Atbara", 17.70, 33.97, 0, RSF, RSF_ALT, ["foreign", "translit", "fatunk"]),
]

VARIANT_NAMES = {
    "hier": "parenthesised hierarchy '(district/township, province)'",
    "rural": "'in rural X'",
    "outskirts": "'outskirts of / outside X'",
    "dist": "'X, N km <dir> of Y' / 'north of Y'",
    "village": "village / corregimiento with its district or municipality named",
    "translit": "transliteration or spelling variant in the text",
    "group_country": "country (or its adjective) inside a group name",
    "foreign": "nationality modifier or foreign place that is not the event's country",
    "aside": "writer's aside '(likely X)'",
    "intercept": "intercepted / shot-down drone",
    "grenade": "drone-dropped grenades",
    "kamikaze": "kamikaze / one-way / FPV drones",
    "vehicle": "strike on a vehicle / boat / car",
    "first_other": "first sentence names another place than the event's",
    "two": "two or more places named",
    "tag": "coder tag '[size=no report]'",
    "fatunk": "ends 'Fatalities unknown.'",
    "nofat": "ends 'No fatalities reported.'",
    "asrep": "'Around <date> (as reported)'",
}


def words(s):
    return re.findall(r"[^\W_]+", s.lower())


def main():
    docs, golds = [], []
    seen = set()
    var_count = collections.Counter()
    countries = collections.Counter()
    for (num, date, text, kind, country, admin1, loc, lat, lon, fat, actor, extra, tags) in NOTES:
        nid = f"authI-{num:03d}"
        assert nid not in seen, nid
        seen.add(nid)
        d = datetime.date.fromisoformat(date)
        assert datetime.date(2019, 1, 1) <= d <= datetime.date(2025, 12, 31), (nid, date)
        assert country in COUNTRIES, (nid, country)
        assert kind in KINDS, (nid, kind)
        nw = len(text.split())
        assert 20 <= nw <= 90, (nid, nw)
        tw = set(words(text))
        assert loc.lower() in text.lower() or any(w in tw for w in words(loc)), (nid, loc)
        assert (lat is None) == (lon is None), nid
        assert isinstance(fat, int) and fat >= 0, nid
        for t in tags:
            assert t in VARIANT_NAMES, (nid, t)
        # the date written in the note matches the gold date
        day = f"{d.day} {d.strftime('%B')} {d.year}"
        assert day in text, (nid, day)
        et, st = KINDS[kind]
        g = {"id": nid, "event_date": date, "event_type": et, "sub_event_type": st, "country": country,
             "admin1": admin1, "location": loc, "latitude": lat, "longitude": lon, "fatalities": fat,
             "actor1": actor}
        for k in ("admin1_alt", "actor1_alt"):
            if extra.get(k):
                g[k] = extra[k]
        golds.append(g)
        docs.append({"id": nid, "text": text, "published": date})
        countries[country] += 1
        var_count.update(set(tags))
    assert len(docs) == 80, len(docs)
    assert [f"authI-{i:03d}" for i in range(1, 81)] == [g["id"] for g in golds]
    with open(os.path.join(HERE, "authI.docs.jsonl"), "w", encoding="utf-8") as f:
        for r in docs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authI.gold.jsonl"), "w", encoding="utf-8") as f:
        for r in golds:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = len(docs)
    print(f"{n} notes; with coordinates: {sum(1 for g in golds if g['latitude'] is not None)}")
    print("countries:", dict(countries))
    years = collections.Counter(g["event_date"][:4] for g in golds)
    print("years:", dict(sorted(years.items())))
    print("sub_event_type:", dict(collections.Counter(g["sub_event_type"] for g in golds)))
    print("fatalities: 0 =", sum(1 for g in golds if g["fatalities"] == 0),
          "; >0 =", sum(1 for g in golds if g["fatalities"] > 0))
    for k, name in VARIANT_NAMES.items():
        print(f"  {var_count[k]:3d} ({100 * var_count[k] / n:4.1f}%)  {name}")


if __name__ == "__main__":
    main()
