#!/usr/bin/env python3
"""Build authH: 80 ACLED-style drone-attack event notes of our own writing (fictional incidents,
real places) with one gold event each.

Writes bench/data/notes/authH.docs.jsonl ({"id","text","published"}) and
bench/data/notes/authH.gold.jsonl (scorer fields, same order).  With --pred-selfcheck it also writes
bench/data/notes/authH.pred_selfcheck.jsonl (gold as prediction, git-ignored) for the scorer check.

Conventions (see README_authH.md): location = the most precise place the note supports (a named
town/village, not a base or a road, when the base or road lies at a named town); lat/lon only where
the author is confident to ~10 km, else null; fatalities 0 when none or unknown; actor1 = the drone's
operator as named (null when unidentified); for Strategic developments / Disrupted weapons use the
intercepting or defusing party is listed in actor1_alt.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = {"Syria", "Iraq", "Yemen", "Libya"}
AD = ("Explosions/Remote violence", "Air/drone strike")
DW = ("Strategic developments", "Disrupted weapons use")

# actors (ACLED-style name, alternative names as written in notes)
TUR = ("Military Forces of Turkey", ["Turkish forces", "Turkey", "Turkish drone"])
USA = ("Military Forces of the United States", ["US forces", "US-led coalition", "United States"])
COAL = ("Global Coalition Against Daesh", ["US-led coalition", "coalition", "Military Forces of the United States"])
RUS = ("Military Forces of Russia", ["Russian forces", "Russia"])
SYR = ("Military Forces of Syria", ["Syrian regime forces", "Syrian Arab Army", "regime forces"])
HTS = ("Hayat Tahrir al-Sham", ["HTS"])
SNA = ("Syrian National Army", ["SNA", "Turkish-backed factions"])
SDF = ("Syrian Democratic Forces", ["SDF"])
ISR = ("Military Forces of Israel", ["Israeli forces", "Israel"])
IS = ("Islamic State", ["IS", "ISIS", "ISIL", "Daesh"])
IRI = ("Islamic Resistance in Iraq", [])
IRQ = ("Military Forces of Iraq", ["Iraqi Air Force", "Iraqi army", "Iraqi security forces"])
IRN = ("Military Forces of Iran", ["Islamic Revolutionary Guard Corps", "IRGC", "Iran"])
IRGC = ("Islamic Revolutionary Guard Corps", ["IRGC", "Military Forces of Iran"])
HOU = ("Houthi forces", ["Ansar Allah", "Houthis", "Military Forces of Yemen (2014-) Houthi"])
YEM = ("Military Forces of Yemen", ["Yemeni government forces", "government forces"])
SAU = ("Military Forces of Saudi Arabia", ["Saudi-led coalition", "Saudi forces", "Operation Restoring Hope"])
UAE = ("Military Forces of the United Arab Emirates", ["Emirati forces", "UAE"])
AQAP = ("AQAP", ["al-Qaeda in the Arabian Peninsula", "Al Qaeda"])
LNA = ("Libyan National Army", ["LNA", "Military Forces of Libya (2014-) Haftar faction"])
GNA = ("Government of National Accord", ["GNA", "Military Forces of Libya (2016-2021) GNA"])
GNU = ("Government of National Unity", ["GNU", "Military Forces of Libya (2021-) GNU"])

A1 = {  # admin1 -> alternative spellings
    "Idleb": ["Idlib"], "Aleppo": ["Halab"], "Al Hasakeh": ["Hasakah", "Al-Hasakah", "Hasakeh"],
    "Ar-Raqqa": ["Raqqa", "Ar Raqqah"], "Deir ez Zor": ["Deir-ez-Zor", "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor"],
    "Homs": [], "Hama": [], "Lattakia": ["Latakia", "Al Ladhiqiyah"], "Rural Damascus": ["Damascus Countryside", "Rif Dimashq"],
    "Ninewa": ["Nineveh", "Ninawa"], "Salah al-Din": ["Saladin", "Salahuddin"], "Al Anbar": ["Anbar"],
    "Kirkuk": ["Tamim"], "Duhok": ["Dohuk", "Dahuk"], "Erbil": ["Arbil", "Hawler"],
    "Sulaymaniyah": ["As Sulaymaniyah", "Sulaimaniya"], "Diyala": [], "Baghdad": [], "Babil": ["Babylon"],
    "Marib": ["Ma'rib"], "Taizz": ["Taiz", "Ta'izz"], "Al Hudaydah": ["Hodeidah", "Al Hodeidah"],
    "Saadah": ["Sa'dah", "Saada"], "Al Jawf": [], "Shabwah": ["Shabwa"], "Abyan": [], "Aden": [],
    "Lahij": ["Lahj"], "Ad Dali": ["Al Dhale'e", "Dhale", "Ad Dhale"], "Al Bayda": ["Al Baida", "Bayda"],
    "Hadramawt": ["Hadramout", "Hadhramaut"], "Al Mahrah": ["Mahra"], "Hajjah": [],
    "Amanat al Asimah": ["Sanaa City", "Sana'a City", "Amanat Al Asimah"],
    "Tripoli": ["Tarabulus"], "Al Marqab": ["Al Murqub", "Murqub"], "Murzuq": [],
    "Sirte": ["Surt", "Sirt"], "Az Zawiyah": ["Zawiya", "Al Zawiyah"],
}

# id, date, text, (event_type, sub), country, admin1, location, lat, lon, fatalities, actor, variants
N = []


def add(date, text, et, country, admin1, location, lat, lon, fat, actor, variants):
    N.append(dict(date=date, text=text, et=et, country=country, admin1=admin1, location=location,
                  lat=lat, lon=lon, fat=fat, actor=actor, variants=variants.split()))


# ---------------------------------------------------------------- Syria (25)
add("2019-08-22", "On 22 August 2019, a US-led coalition drone (likely American) struck a car on the road between "
    "Sarmada and Atma in northern rural Idleb (Harim, Idleb), killing two members of Hurras al-Din, including a "
    "commander of Jordanian origin. The car was completely destroyed.",
    AD, "Syria", "Idleb", "Sarmada", 36.18, 36.72, 2, USA, "foreign_nat aside vehicle two_places rural hier")
add("2022-08-19", "On 19 August 2022, a Turkish drone targeted a car on the outskirts of Amuda (Qamishli, Al Hasakeh), "
    "killing three SDF fighters, among them a local commander of the Asayish. [size=no report]",
    AD, "Syria", "Al Hasakeh", "Amuda", 37.10, 40.93, 3, TUR, "foreign_nat vehicle outskirts hier coder_tag")
add("2021-10-07", "On 7 October 2021, a Turkish drone struck an SDF position in the vicinity of Tal Tamr "
    "(Al Hasakeh, Al Hasakeh), wounding two fighters. No fatalities reported.",
    AD, "Syria", "Al Hasakeh", "Tal Tamr", 36.65, 40.37, 0, TUR, "foreign_nat hier no_fat")
add("2023-01-14", "On 14 January 2023, a drone (likely Turkish) hit a building used by the YPG in Ain al-Arab (Kobani) "
    "city (Ain al Arab, Aleppo), killing one YPG member and wounding two civilians who lived next door.",
    AD, "Syria", "Aleppo", "Ain al Arab", 36.89, 38.35, 1, TUR, "aside translit hier")
add("2020-03-01", "On 1 March 2020, Turkish drones struck a convoy of Syrian regime forces and allied militias on the "
    "road west of Saraqib (Idleb, Idleb), killing six regime soldiers and destroying two tanks. The strikes were "
    "part of Turkey's Operation Spring Shield.",
    AD, "Syria", "Idleb", "Saraqib", 35.86, 36.80, 6, TUR, "foreign_nat vehicle hier")
add("2019-05-12", "Around 12 May 2019 (as reported), HTS launched armed drones toward the Russian-run Hmeimim "
    "(Khmeimim) airbase near Jableh (Jableh, Lattakia). Russian forces said their air defences downed all six "
    "drones before they reached the base. No fatalities reported.",
    DW, "Syria", "Lattakia", "Hmeimim", 35.41, 35.95, 0, (HTS[0], HTS[1] + ["Military Forces of Russia"]),
    "as_reported intercepted translit two_places hier foreign_nat no_fat")
add("2017-09-04", "On 4 September 2017, Islamic State (IS) militants used a commercial drone to drop a grenade on SDF "
    "fighters advancing near the old city of ar-Raqqah (Ar-Raqqa, Ar-Raqqa), killing one fighter. Clashes on the "
    "same day are coded separately.",
    AD, "Syria", "Ar-Raqqa", "Ar-Raqqa", 35.95, 39.01, 1, IS, "grenade translit hier")
add("2024-03-23", "On 23 March 2024, a Turkish drone struck a vehicle at the entrance of Tabqa city (al-Thawrah, "
    "Ar-Raqqa), killing two members of the Asayish internal security forces.",
    AD, "Syria", "Ar-Raqqa", "Tabqa", 35.83, 38.55, 2, TUR, "foreign_nat vehicle hier")
add("2019-12-05", "On 5 December 2019, Turkish-backed Syrian National Army (SNA) factions used a drone to drop "
    "explosives on SDF positions in Ain Issa (Tell Abiad, Ar-Raqqa), 50 km north of Rakka. No casualties were "
    "reported.",
    AD, "Syria", "Ar-Raqqa", "Ain Issa", 36.39, 38.86, 0, SNA, "foreign_nat grenade distance translit hier no_fat two_places")
add("2021-06-28", "On 28 June 2021, unidentified drones struck positions of Iranian-backed militias, including Kataib "
    "Hezbollah, near the Hamdan airfield on the outskirts of Abu Kamal (Al Bukamal), Deir Ezzor, killing four "
    "militia members. No group claimed the strike.",
    AD, "Syria", "Deir ez Zor", "Abu Kamal", 34.45, 40.92, 4, None, "foreign_nat outskirts translit")
add("2022-02-17", "On 17 February 2022, a drone of unknown origin targeted a car carrying members of the Iranian "
    "Revolutionary Guard Corps (IRGC) on the desert road 10 km west of al-Mayadin (Al Mayadin, Deir ez Zor). Two "
    "IRGC members were killed.",
    AD, "Syria", "Deir ez Zor", "Al Mayadin", 35.02, 40.45, 2, None, "country_in_group foreign_nat vehicle distance hier")
add("2018-11-03", "On 3 November 2018, coalition drones supporting the SDF struck IS positions in Hajin (Abu Kamal, "
    "Deir-ez-Zor), killing seven IS militants, according to SOHR.",
    AD, "Syria", "Deir ez Zor", "Hajin", 34.69, 40.83, 7, COAL, "hier translit")
add("2023-10-20", "On 20 October 2023, US forces intercepted two one-way attack drones approaching the al-Tanf garrison "
    "near the Syria-Iraq-Jordan border (Al-Tanf, Homs). The Islamic Resistance in Iraq claimed the attack. No "
    "fatalities reported.",
    DW, "Syria", "Homs", "Al Tanf", 33.50, 38.63, 0, (IRI[0], ["Military Forces of the United States", "US forces"]),
    "intercepted kamikaze country_in_group foreign_nat hier no_fat")
add("2024-07-11", "Around 11 July 2024 (as reported), a Russian drone struck an IS hideout in the Badia desert near "
    "Palmyra (Tadmor) in eastern Homs, killing three IS militants. Russian sources did not comment.",
    AD, "Syria", "Homs", "Palmyra", 34.56, 38.28, 3, RUS, "as_reported foreign_nat translit")
add("2018-02-26", "On 26 February 2018, a Turkish drone struck a YPG position in the town of Jindires (also Jandairis) "
    "(Afrin district, Aleppo), killing four YPG fighters, as Turkey's Operation Olive Branch continued.",
    AD, "Syria", "Aleppo", "Jandairis", 36.39, 36.69, 4, TUR, "foreign_nat translit village_district hier")
add("2024-05-10", "On 10 May 2024, the Turkish-backed SNA launched a kamikaze drone at a Manbij Military Council "
    "position on the western outskirts of Manbij (Manbij, Aleppo). No fatalities reported.",
    AD, "Syria", "Aleppo", "Manbij", 36.53, 37.95, 0, SNA, "kamikaze foreign_nat outskirts hier no_fat")
add("2023-10-25", "On 25 October 2023, a Syrian regime suicide drone hit a car in Idlib city (Idleb, Idleb), killing one "
    "civilian and wounding two others.",
    AD, "Syria", "Idleb", "Idleb", 35.93, 36.63, 1, SYR, "kamikaze vehicle translit hier")
add("2024-02-07", "On 7 February 2024, Syrian regime forces targeted a farmer on his motorcycle with an FPV drone on the "
    "outskirts of Ariha in southern rural Idleb, killing him.",
    AD, "Syria", "Idleb", "Ariha", 35.81, 36.61, 1, SYR, "kamikaze vehicle outskirts rural")
add("2024-09-12", "On 12 September 2024, Syrian regime forces launched three suicide drones at an HTS post in Darat Izza "
    "(Jebel Saman, Aleppo), in rural western Aleppo. One HTS fighter was killed.",
    AD, "Syria", "Aleppo", "Darat Izza", 36.28, 36.85, 1, SYR, "kamikaze rural village_district hier")
add("2023-11-18", "On 18 November 2023, an HTS drone dropped munitions on a regime checkpoint at the entrance of "
    "al-Suqaylabiyah (As-Suqaylabiyah, Hama), killing two soldiers of the Syrian Arab Army.",
    AD, "Syria", "Hama", "As-Suqaylabiyah", 35.37, 36.39, 2, HTS, "grenade hier")
add("2022-12-09", "On 9 December 2022, an Israeli drone struck a position used by Iran-backed groups near al-Kiswah, "
    "15 km south of Damascus (Rural Damascus). No fatalities reported.",
    AD, "Syria", "Rural Damascus", "Al Kiswah", 33.36, 36.24, 0, ISR, "foreign_nat distance two_places no_fat")
add("2024-04-16", "On 16 April 2024, SDF-affiliated media in Qamishli reported a new Turkish drone attack. The drone "
    "hit an Asayish checkpoint at the entrance of ad-Darbasiyah (Ras al Ain, Al Hasakeh), killing one member.",
    AD, "Syria", "Al Hasakeh", "Ad Darbasiyah", 37.07, 40.65, 1, TUR, "other_place_first two_places foreign_nat hier")
add("2022-12-02", "On 2 December 2022, a Turkish drone hit an oil facility near al-Malikiyah (Derik) (Al Malikiyeh, "
    "Al Hasakeh), killing two guards of the facility. [size=no report]",
    AD, "Syria", "Al Hasakeh", "Al Malikiyah", 37.17, 42.14, 2, TUR, "foreign_nat translit hier coder_tag")
add("2021-05-21", "On 21 May 2021, the SDF reportedly used a drone to drop explosives on a Syrian National Army base in "
    "Ras al-Ain (Serekaniye) (Ras al Ain, Al Hasakeh). Fatalities unknown.",
    AD, "Syria", "Al Hasakeh", "Ras al Ain", 36.85, 40.07, 0, SDF, "grenade translit hier fat_unknown")
add("2018-06-15", "On 15 June 2018, a US drone strike hit a motorcycle near al-Shaddadi in southern rural Hasakah, "
    "killing one IS official responsible for smuggling across the Iraqi border.",
    AD, "Syria", "Al Hasakeh", "Ash Shaddadi", 36.06, 40.73, 1, USA, "foreign_nat vehicle rural")

# ---------------------------------------------------------------- Iraq (25)
add("2017-06-02", "On 2 June 2017, Islamic State (IS) militants used a drone to drop grenades on Iraqi Federal Police "
    "in the Zanjili area of western Mosul (Mosul, Ninewa), wounding three policemen. No fatalities reported.",
    AD, "Iraq", "Ninewa", "Mosul", 36.35, 43.12, 0, IS, "grenade hier no_fat")
add("2017-08-22", "On 22 August 2017, an IS armed drone attacked Popular Mobilisation Forces (PMF) positions on the "
    "outskirts of Tel Afar (Tal Afar, Ninewa), killing two PMF members.",
    AD, "Iraq", "Ninewa", "Tal Afar", 36.37, 42.45, 2, IS, "translit outskirts hier")
add("2021-12-09", "On 9 December 2021, a Turkish drone struck a vehicle carrying members of the Sinjar Resistance Units "
    "(YBS) near Sinuni (Sinjar, Ninewa), 20 km north of Sinjar town, killing three YBS members.",
    AD, "Iraq", "Ninewa", "Sinuni", 36.45, 41.69, 3, TUR, "foreign_nat vehicle distance two_places village_district hier")
add("2023-03-11", "On 11 March 2023, Turkish drones struck a vehicle in Sidakan subdistrict (Soran, Erbil) in Iraqi "
    "Kurdistan, killing two suspected PKK members. Local officials said the car was hit near the border with Iran.",
    AD, "Iraq", "Erbil", "Sidakan", 36.80, 44.67, 2, TUR, "foreign_nat vehicle village_district hier")
add("2024-01-02", "On 2 January 2024, coalition air defences shot down an explosive-laden drone approaching Erbil "
    "International Airport (Erbil, Erbil). The Islamic Resistance in Iraq claimed the attack. No damage or "
    "casualties were reported.",
    DW, "Iraq", "Erbil", "Erbil", 36.24, 43.96, 0, (IRI[0], ["Global Coalition Against Daesh", "coalition"]),
    "intercepted kamikaze country_in_group hier no_fat")
add("2023-10-25", "On 25 October 2023, two Iranian-made one-way attack drones targeted Ain al-Asad airbase, which hosts "
    "US troops, in western Anbar (Hit, Al Anbar). One drone was intercepted and the other hit the base, causing "
    "minor injuries. No fatalities reported.",
    AD, "Iraq", "Al Anbar", "Ain al-Asad", 33.80, 42.44, 0, None, "kamikaze foreign_nat hier no_fat")
add("2022-03-03", "On 3 March 2022, an Iraqi Air Force drone struck an IS hideout in the countryside of al-Hawija, "
    "southwest of Kirkuk city (Hawija, Kirkuk), killing four IS militants.",
    AD, "Iraq", "Kirkuk", "Hawija", 35.33, 43.77, 4, IRQ, "rural two_places hier")
add("2022-05-06", "Around 6 May 2022 (as reported), an unidentified drone dropped an explosive device on the roof of a "
    "Kurdistan Democratic Party (KDP) office in Kirkuk city (Kirkuk), causing material damage only.",
    AD, "Iraq", "Kirkuk", "Kirkuk", 35.47, 44.39, 0, None, "as_reported grenade hier")
add("2019-01-08", "On 8 January 2019, IS militants used a drone to drop explosives on a Popular Mobilisation Forces "
    "(PMF) checkpoint in the Tuz Khurmatu area (Tooz, Salah al-Din), wounding two PMF members. No fatalities "
    "reported.",
    AD, "Iraq", "Salah al-Din", "Tuz Khurmatu", 34.88, 44.63, 0, IS, "grenade translit hier no_fat")
add("2020-06-18", "On 18 June 2020, a drone of unknown origin struck a car near Baghdad International Airport "
    "(Baghdad), killing two members of Kataib Hezbollah. The US-led coalition denied involvement.",
    AD, "Iraq", "Baghdad", "Baghdad", 33.27, 44.25, 2, None, "vehicle foreign_nat")
add("2021-12-26", "On 26 December 2021, unidentified drones struck a Kataib Hezbollah weapons depot in Jurf al-Sakhar, "
    "also known as Jurf al-Nasr (Musayyib, Babil), causing a fire. Fatalities unknown.",
    AD, "Iraq", "Babil", "Jurf al-Sakhar", None, None, 0, None, "translit hier fat_unknown")
add("2019-08-26", "On 26 August 2019, two drones (likely Israeli) struck a convoy of PMF vehicles near al-Qaim "
    "(Al-Qaim, Al Anbar), close to the Syrian border, killing a senior Kataib Hezbollah official and one other "
    "member.",
    AD, "Iraq", "Al Anbar", "Al Qaim", 34.37, 41.08, 2, (ISR[0], ["Israeli"]), "aside foreign_nat vehicle hier")
add("2018-03-10", "On 10 March 2018, Iraqi security forces shot down a small drone flying over a military base in the "
    "north of Ramadi (Ramadi, Al Anbar). The drone was believed to belong to IS. No fatalities reported.",
    DW, "Iraq", "Al Anbar", "Ramadi", 33.42, 43.30, 0, (IS[0], IS[1] + ["Military Forces of Iraq", "Iraqi security forces"]),
    "intercepted hier no_fat")
add("2023-07-14", "On 14 July 2023, a drone struck the perimeter of Harir air base, which hosts US forces, in Shaqlawa "
    "district (Erbil). No fatalities reported. [size=no report]",
    AD, "Iraq", "Erbil", "Harir", 36.54, 44.35, 0, None, "foreign_nat hier no_fat coder_tag")
add("2023-05-12", "On 12 May 2023, a Turkish drone struck a PKK position in the mountains near Amadiya (Amedi district, "
    "Duhok), killing three PKK fighters, according to the Turkish Ministry of National Defence.",
    AD, "Iraq", "Duhok", "Amadiya", 37.09, 43.49, 3, TUR, "foreign_nat translit hier")
add("2020-09-02", "On 2 September 2020, a Turkish drone struck a pickup truck on the road near Batifa (Zakho, Duhok), "
    "killing a civilian driver and wounding his son. Turkish authorities said the target was a PKK member.",
    AD, "Iraq", "Duhok", "Batifa", 37.18, 43.02, 1, TUR, "foreign_nat vehicle village_district hier")
add("2022-11-21", "On 21 November 2022, an Iranian kamikaze drone struck a base of the Komala party in Zrgwez, 15 km "
    "southeast of Sulaymaniyah city (Sulaymaniyah), killing one Komala member.",
    AD, "Iraq", "Sulaymaniyah", "Zrgwez", None, None, 1, IRN, "foreign_nat kamikaze distance two_places")
add("2024-09-19", "On 19 September 2024, a drone (likely Turkish) struck a car on the road to Sulaymaniyah airport "
    "(Sulaymaniyah), killing two alleged members of the PKK.",
    AD, "Iraq", "Sulaymaniyah", "Sulaymaniyah", 35.56, 45.39, 2, TUR, "aside vehicle")
add("2021-04-24", "On 24 April 2021, IS militants attacked an Iraqi army post near Khanaqin (Khanaqin, Diyala) with a "
    "drone that dropped an explosive charge, wounding one soldier. No fatalities reported.",
    AD, "Iraq", "Diyala", "Khanaqin", 34.35, 45.39, 0, IS, "grenade hier no_fat")
add("2020-10-22", "On 22 October 2020, an IS drone dropped a grenade on a Saraya al-Salam checkpoint near Samarra "
    "(Samarra, Salah al-Din), killing one member of the PMF brigade.",
    AD, "Iraq", "Salah al-Din", "Samarra", 34.20, 43.87, 1, IS, "grenade hier")
add("2023-08-09", "On 9 August 2023, a drone carrying explosives crashed into a house in Tikrit city (Tikrit, Salah "
    "al-Din) without detonating. Security forces defused the device. No fatalities reported.",
    DW, "Iraq", "Salah al-Din", "Tikrit", 34.61, 43.68, 0, None, "intercepted hier no_fat")
add("2023-10-15", "On 15 October 2023, an explosive-laden drone struck the Zilkan military base used by Turkish forces "
    "near Bashiqa (Mosul, Ninewa), 20 km northeast of Mosul. The Turkish defence ministry reported no casualties.",
    AD, "Iraq", "Ninewa", "Bashiqa", 36.45, 43.35, 0, None, "kamikaze foreign_nat distance two_places hier")
add("2024-05-25", "The Turkish defence ministry in Ankara said on 25 May 2024 that its drones had 'neutralised' two PKK "
    "militants in northern Iraq. According to local sources, the strike hit a vehicle in Sinjar town (Sinjar, "
    "Ninewa), killing two YBS members.",
    AD, "Iraq", "Ninewa", "Sinjar", 36.32, 41.87, 2, TUR, "other_place_first foreign_nat vehicle hier")
add("2022-12-03", "On 3 December 2022, Islamic Revolutionary Guard Corps (IRGC) drones struck a camp of the Kurdistan "
    "Democratic Party of Iran (KDPI) in Koya (Koisanjaq) (Koya, Erbil), killing two KDPI members.",
    AD, "Iraq", "Erbil", "Koya", 36.08, 44.63, 2, IRGC, "country_in_group foreign_nat translit hier")
add("2018-02-07", "On 7 February 2018, a US-led coalition drone struck an IS hideout in the desert about 30 km east of "
    "Rutba (Al-Rutba, Al Anbar), killing three IS militants.",
    AD, "Iraq", "Al Anbar", "Rutba", 33.04, 40.28, 3, COAL, "foreign_nat distance hier")

# ---------------------------------------------------------------- Yemen (25)
add("2021-02-10", "On 10 February 2021, Houthi forces launched an explosive-laden drone at a military camp in Marib "
    "city (Marib City, Marib), wounding three soldiers of the Yemeni government forces. No fatalities reported.",
    AD, "Yemen", "Marib", "Marib", 15.46, 45.32, 0, HOU, "kamikaze hier no_fat")
add("2021-10-27", "On 27 October 2021, Houthi forces used a drone to drop explosives on government positions in Sirwah "
    "district (Marib), west of Marib city, killing two soldiers.",
    AD, "Yemen", "Marib", "Sirwah", 15.43, 45.03, 2, HOU, "grenade village_district two_places hier")
add("2018-04-02", "Around 2 April 2018 (as reported), the Saudi-led coalition shot down a Houthi drone over the "
    "outskirts of Saada city (Saadah) shortly after its launch. The coalition said the drone was Iranian-made. No "
    "fatalities reported.",
    DW, "Yemen", "Saadah", "Saada", 16.94, 43.76, 0, (HOU[0], HOU[1] + ["Saudi-led coalition", "Military Forces of Saudi Arabia"]),
    "as_reported intercepted outskirts foreign_nat translit no_fat")
add("2024-03-08", "On 8 March 2024, a US airstrike destroyed a Houthi drone launch site on the northern outskirts of "
    "Hodeidah city (Al Hudaydah). US Central Command said the drones were about to be launched at ships in the Red "
    "Sea. Fatalities unknown.",
    AD, "Yemen", "Al Hudaydah", "Al Hudaydah", 14.83, 42.95, 0, USA, "foreign_nat outskirts translit fat_unknown")
add("2019-07-22", "On 22 July 2019, Houthi forces attacked positions of the UAE-backed Giants Brigades in Hays district "
    "(Al Hudaydah) with a drone carrying a mortar shell, killing one fighter.",
    AD, "Yemen", "Al Hudaydah", "Hays", 13.93, 43.48, 1, HOU, "foreign_nat grenade village_district hier")
add("2017-08-17", "On 17 August 2017, an explosive-laden drone launched by Houthi forces struck near the port of "
    "al-Mukha (Mocha) (Al Mukha, Taizz). Fatalities unknown.",
    AD, "Yemen", "Taizz", "Al Mukha", 13.32, 43.25, 0, HOU, "kamikaze translit hier fat_unknown")
add("2023-08-08", "On 8 August 2023, a Houthi quadcopter dropped a bomb on a residential neighbourhood in al-Qahirah "
    "district of Taiz city (Taizz), killing a woman and her child.",
    AD, "Yemen", "Taizz", "Taizz", 13.58, 44.02, 2, HOU, "grenade translit")
add("2020-03-15", "On 15 March 2020, government forces shot down a Houthi reconnaissance drone over Al Anad air base "
    "(Tuban, Lahij), about 50 km north of Aden. No fatalities reported.",
    DW, "Yemen", "Lahij", "Al Anad", 13.18, 44.77, 0, (HOU[0], HOU[1] + ["Military Forces of Yemen", "government forces"]),
    "intercepted distance two_places hier no_fat")
add("2023-06-11", "On 11 June 2023, an unidentified drone struck a vehicle of the UAE-backed Security Belt forces in "
    "Dar Saad district of Aden (Aden), killing one member. No group claimed responsibility. [size=no report]",
    AD, "Yemen", "Aden", "Aden", 12.85, 44.99, 1, None, "foreign_nat vehicle coder_tag")
add("2022-08-10", "On 10 August 2022, drones (reportedly Emirati) struck positions of Islah-affiliated government "
    "forces around Ataq (Ataq, Shabwah) during clashes with the UAE-backed Giants Brigades, killing five soldiers.",
    AD, "Yemen", "Shabwah", "Ataq", 14.54, 46.83, 5, UAE, "aside foreign_nat hier")
add("2023-06-24", "On 24 June 2023, Houthi forces launched two drones at the Balhaf LNG facility (Rudum, Shabwah); "
    "government forces said they intercepted both. No fatalities reported.",
    DW, "Yemen", "Shabwah", "Balhaf", 13.98, 48.18, 0, (HOU[0], HOU[1] + ["Military Forces of Yemen", "government forces"]),
    "intercepted hier no_fat")
add("2021-10-19", "On 19 October 2021, Houthi forces attacked government positions in Bayhan (Beihan) district "
    "(Shabwah) using armed drones, killing three soldiers. Clashes continued in the area.",
    AD, "Yemen", "Shabwah", "Bayhan", None, None, 3, HOU, "translit village_district")
add("2018-05-14", "On 14 May 2018, a US drone strike hit a vehicle carrying suspected members of the Islamic State in "
    "Yemen near al-Bayda city (Al Bayda), killing two.",
    AD, "Yemen", "Al Bayda", "Al Bayda", 13.99, 45.57, 2, USA, "foreign_nat country_in_group vehicle")
add("2023-09-22", "On 22 September 2023, al-Qaeda in the Arabian Peninsula (AQAP) militants used a drone to drop "
    "explosives on a position of Southern Transitional Council (STC) forces in Mudiyah district (Abyan), killing "
    "two STC fighters.",
    AD, "Yemen", "Abyan", "Mudiyah", None, None, 2, AQAP, "grenade village_district")
add("2024-02-07", "On 7 February 2024, an unidentified drone struck a car in Zinjibar (Zinjibar, Abyan), killing an AQAP "
    "commander. US involvement was suspected but not confirmed.",
    AD, "Yemen", "Abyan", "Zinjibar", 13.13, 45.38, 1, None, "vehicle aside foreign_nat hier")
add("2020-05-04", "On 4 May 2020, government forces launched a drone attack on STC positions on the outskirts of "
    "Shuqrah (Abyan), about 40 km east of Zinjibar. Fatalities unknown.",
    AD, "Yemen", "Abyan", "Shuqrah", 13.35, 45.70, 0, YEM, "outskirts distance two_places fat_unknown")
add("2017-11-05", "On 5 November 2017, Houthi forces flew a drone laden with explosives into a Southern Resistance "
    "position in Qatabah (Qatabah, Ad Dali), killing one fighter and wounding two.",
    AD, "Yemen", "Ad Dali", "Qatabah", 13.86, 44.71, 1, HOU, "kamikaze hier")
add("2021-06-14", "On 14 June 2021, a Saudi-led coalition drone struck a Houthi vehicle east of al-Hazm (Al Hazm, "
    "Al Jawf), killing three Houthi fighters.",
    AD, "Yemen", "Al Jawf", "Al Hazm", 16.16, 44.78, 3, SAU, "foreign_nat vehicle hier")
add("2022-01-17", "In a statement from Riyadh, the Saudi-led coalition said that on 17 January 2022 it had struck a "
    "Houthi drone workshop near Sanaa International Airport (Bani al Harith, Amanat al Asimah). Two Houthi members "
    "were killed, according to local sources.",
    AD, "Yemen", "Amanat al Asimah", "Sanaa", 15.47, 44.22, 2, SAU, "other_place_first foreign_nat hier")
add("2023-04-03", "On 3 April 2023, Saudi forces used a drone to strike a group of Ethiopian migrants near the market of "
    "al-Raqw in Munabbih district (Saadah), close to the Saudi border, killing five migrants.",
    AD, "Yemen", "Saadah", "Al Raqw", None, None, 5, SAU, "foreign_nat village_district hier")
add("2024-02-19", "On 19 February 2024, Ansar Allah (Houthis) in Yemen announced that its air defences had shot down a "
    "US MQ-9 Reaper drone over Hajjah city (Hajjah). The US military did not confirm the claim. No fatalities "
    "reported.",
    DW, "Yemen", "Hajjah", "Hajjah", 15.69, 43.60, 0, (USA[0], USA[1] + ["Houthi forces", "Ansar Allah"]),
    "intercepted country_in_group foreign_nat no_fat")
add("2020-03-16", "On 16 March 2020, an unidentified drone crashed near Al Ghaydah airport (Al Ghaydah, Al Mahrah), "
    "where Saudi forces are based. Local sources said it had been shot down by air defences. No fatalities "
    "reported.",
    DW, "Yemen", "Al Mahrah", "Al Ghaydah", 16.20, 52.17, 0, None, "intercepted foreign_nat hier no_fat")
add("2019-10-09", "On 9 October 2019, AQAP militants flew a drone carrying explosives into a Houthi position on the "
    "northern outskirts of Rada (Rada, Al Bayda), killing one Houthi fighter.",
    AD, "Yemen", "Al Bayda", "Rada", 14.42, 44.84, 1, AQAP, "kamikaze outskirts hier")
add("2022-12-29", "On 29 December 2022, Houthi forces launched two explosive-laden drones at the al-Dhabba oil terminal "
    "near Ash Shihr (Ash Shihr, Hadramawt), 60 km east of Mukalla. The drones missed and fell into the sea. No "
    "fatalities reported.",
    AD, "Yemen", "Hadramawt", "Ash Shihr", 14.76, 49.61, 0, HOU, "kamikaze distance two_places hier no_fat")
add("2021-11-20", "Around 20 November 2021 (as reported), Houthi forces struck a vehicle carrying Murad tribesmen "
    "fighting alongside government forces with a drone on the southern outskirts of Marib city (Marib). Three "
    "tribesmen were killed.",
    AD, "Yemen", "Marib", "Marib", 15.46, 45.32, 3, HOU, "as_reported vehicle outskirts")

# ---------------------------------------------------------------- Libya (5)
add("2019-09-01", "On 1 September 2019, a Libyan National Army (LNA) drone, reportedly operated by the UAE, struck "
    "Mitiga airport in Tripoli (Tripoli), damaging a civilian aircraft on the runway. No fatalities reported.",
    AD, "Libya", "Tripoli", "Tripoli", 32.89, 13.28, 0, (LNA[0], LNA[1] + ["Military Forces of the United Arab Emirates"]),
    "aside foreign_nat no_fat")
add("2020-05-18", "On 18 May 2020, GNA-affiliated forces used a Turkish-made drone to strike an LNA vehicle on the "
    "outskirts of Tarhuna (Al Marqab), 65 km southeast of Tripoli, killing two LNA fighters.",
    AD, "Libya", "Al Marqab", "Tarhuna", 32.43, 13.63, 2, (GNA[0], GNA[1] + ["Military Forces of Turkey"]),
    "foreign_nat vehicle outskirts distance two_places")
add("2019-09-19", "On 19 September 2019, an LNA drone struck a house in the Tebu-majority town of Murzuq (Murzuq), "
    "killing three civilians, including a child. The LNA said it had targeted Chadian fighters.",
    AD, "Libya", "Murzuq", "Murzuq", 25.92, 13.92, 3, LNA, "foreign_nat")
add("2020-06-23", "Around 23 June 2020 (as reported), Turkish drones supporting GNA forces struck positions of the "
    "Russian Wagner Group on the southern outskirts of Sirte (Sirte). Fatalities unknown.",
    AD, "Libya", "Sirte", "Sirte", 31.21, 16.59, 0, (TUR[0], TUR[1] + ["GNA", "Government of National Accord"]),
    "as_reported foreign_nat outskirts fat_unknown")
add("2023-05-25", "On 25 May 2023, the Ministry of Defence of the Government of National Unity (GNU) in Tripoli "
    "announced a campaign against smuggling networks. GNU drones struck three sites used by fuel and human "
    "smugglers in Zawiya (Az Zawiyah), 45 km west of the capital. No fatalities reported.",
    AD, "Libya", "Az Zawiyah", "Zawiya", 32.76, 12.73, 0, GNU, "other_place_first distance two_places no_fat")


def norm(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    return re.findall(r"[^\W_]+", s)


LOC_STOP = {"al", "el", "ad", "ar", "as", "an", "ash", "az", "the", "of", "city", "district"}


def build():
    docs, gold = [], []
    seen = set()
    for i, n in enumerate(N, 1):
        rid = f"authH-{i:03d}"
        assert rid not in seen
        seen.add(rid)
        d = datetime.date.fromisoformat(n["date"])
        assert datetime.date(2017, 1, 1) <= d <= datetime.date(2024, 12, 31), rid
        assert n["country"] in COUNTRIES, rid
        text = n["text"]
        words = len(text.split())
        sents = len(re.findall(r"[.;](?:\s|$)|\]$", text.strip())) or 1
        assert 20 <= words <= 90, (rid, words)
        assert sents <= 4, (rid, sents)
        # the event date is written in the note
        assert f"{d.day} {d.strftime('%B')} {d.year}" in text, rid
        ttoks = " ".join(norm(text))
        ltoks = [t for t in norm(n["location"]) if t not in LOC_STOP]
        assert ltoks and any(t in ttoks for t in ltoks), (rid, n["location"])
        assert (n["lat"] is None) == (n["lon"] is None), rid
        assert n["admin1"] in A1, (rid, n["admin1"])
        assert isinstance(n["fat"], int) and n["fat"] >= 0, rid
        et, sub = n["et"]
        actor, alt = n["actor"] if n["actor"] else (None, [])
        g = {"id": rid, "event_date": n["date"], "event_type": et, "sub_event_type": sub,
             "country": n["country"], "admin1": n["admin1"]}
        if A1[n["admin1"]]:
            g["admin1_alt"] = A1[n["admin1"]]
        g.update({"location": n["location"], "latitude": n["lat"], "longitude": n["lon"],
                  "fatalities": n["fat"], "actor1": actor})
        if alt:
            g["actor1_alt"] = alt
        g["variants"] = n["variants"]
        docs.append({"id": rid, "text": text, "published": n["date"]})
        gold.append(g)
    return docs, gold


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    docs, gold = build()
    assert len(docs) == 80
    write(os.path.join(HERE, "authH.docs.jsonl"), docs)
    write(os.path.join(HERE, "authH.gold.jsonl"), gold)
    if "--pred-selfcheck" in sys.argv:
        keep = ("event_date", "event_type", "sub_event_type", "country", "admin1", "location", "latitude",
                "longitude", "fatalities", "actor1")
        write(os.path.join(HERE, "authH.pred_selfcheck.jsonl"),
              [{"id": g["id"], "events": [{k: g[k] for k in keep}]} for g in gold])
    from collections import Counter
    c = Counter(g["country"] for g in gold)
    print("countries:", dict(c))
    v = Counter(x for g in gold for x in g["variants"])
    for k, n in sorted(v.items(), key=lambda kv: -kv[1]):
        print(f"  {k:18s} {n:3d}  {n / len(gold):.0%}")
    print("coords:", sum(g["latitude"] is not None for g in gold), "/", len(gold),
          " fatalities>0:", sum(g["fatalities"] > 0 for g in gold),
          " disrupted:", sum(g["sub_event_type"] == "Disrupted weapons use" for g in gold),
          " years:", dict(sorted(Counter(g["event_date"][:4] for g in gold).items())))


if __name__ == "__main__":
    main()
