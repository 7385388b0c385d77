"""Aggregate figures, round 6 (issue 10 item 1): more phrasings of every kind an analyst tracks, on sentences
written for marsad about invented places and groups: attacks and casualties over a period, force strength,
civilians trapped/displaced/fleeing/returned, foreign fighters, shares of territory and places retaken; and what
is no aggregate (one incident's toll, money, ages, dates, vague amounts, forecasts, disasters and disease)."""
import pytest

from marsad.annotate.periods import find_periods
from marsad.annotate.periods import counting_periods

PUB = "2021-06-15"          # a Tuesday


# sentence, (quantity, low, high, qualifier, unit, counted contains), (period_start, period_end)
POSITIVE = [
    # attacks or incidents over a period
    ("Insurgents have mounted nearly 500 attacks on police posts over the past three years.",
     (500, None, 500, "nearly", "attacks", "attacks"), ("2018-06-15", PUB)),
    ("The monitor recorded 1,342 security incidents in the first quarter of the year.",
     (1342, None, None, None, "attacks", "security incidents"), ("2021-01-01", "2021-03-31")),
    ("Some 75 roadside bombs have exploded in the district since January.",
     (75, None, None, "some", "attacks", "roadside bombs"), ("2021-01-01", PUB)),
    ("There have been at least 12 attacks on aid workers this year.",
     (12, 12, None, "at least", "attacks", "attacks"), ("2021-01-01", PUB)),
    ("Police say 30 bombings hit the capital last month.",
     (30, None, None, None, "attacks", "bombings"), ("2021-05-01", "2021-05-31")),
    ("Drone strikes numbered 48 last year, according to the monitor.",
     (48, None, None, None, "attacks", "strikes"), ("2020-01-01", "2020-12-31")),
    ("The rebels have launched between 20 and 30 rocket attacks on the city since the truce began.",
     (None, 20, 30, None, "attacks", "rocket attacks"), (None, PUB)),
    ("An estimated 2,000 air strikes were carried out in the province over the past year.",
     (2000, None, None, "an estimated", "attacks", "air strikes"), ("2020-06-15", PUB)),
    ("The militants carried out 18 kidnappings in the region in the past six months.",
     (18, None, None, None, "attacks", "kidnappings"), ("2020-12-15", PUB)),
    ("It was the fifth bombing in the city since January.",
     (5, None, None, None, "attacks", "bombing"), ("2021-01-01", PUB)),
    ("The ceasefire has been breached more than 1,000 times since it took effect.",
     (1000, 1000, None, "more than", "times", "times"), (None, PUB)),
    ("Ninety-two attacks were reported in the province in May.",
     (92, None, None, None, "attacks", "attacks"), ("2021-05-01", "2021-05-31")),
    ("The group claimed responsibility for 140 attacks in 2020.",
     (140, None, None, None, "attacks", "attacks"), ("2020-01-01", "2020-12-31")),
    ("Militants staged 25-30 assaults on army outposts over the winter.",
     (None, 25, 30, None, "attacks", "assaults"), (None, None)),
    ("Attacks on schools have risen to 60 so far this year.",
     (60, None, None, None, "attacks", "Attacks"), ("2021-01-01", PUB)),
    ("A total of 415 security incidents were recorded across the country in April.",
     (415, None, None, None, "attacks", "security incidents"), ("2021-04-01", "2021-04-30")),
    ("The number of abductions climbed to 230 in the first half of the year.",
     (230, None, None, None, "attacks", "abductions"), ("2021-01-01", PUB)),
    ("Over the past decade, the group has carried out more than 3,000 suicide bombings.",
     (3000, 3000, None, "more than", "attacks", "suicide bombings"), ("2011-06-15", PUB)),
    ("The insurgents carry out about 20 attacks a month in the district.",
     (20, None, None, "about", "attacks", "attacks"), (None, None)),
    ("The monitor counted 56 air strikes on the town over the weekend.",
     (56, None, None, None, "attacks", "air strikes"), (None, None)),
    ("Some 18 rockets have been fired at the base since the start of the month.",
     (18, None, None, "some", "attacks", "rockets"), ("2021-06-01", PUB)),
    ("Assassinations of local officials have reached 45 since January.",
     (45, None, None, None, "attacks", "Assassinations"), ("2021-01-01", PUB)),
    ("The monitor reported a 30 percent rise in attacks on health workers last year.",
     (30, None, None, None, "percent", "rise in attacks"), ("2020-01-01", "2020-12-31")),
    ("Attacks in the north have increased by more than 50 percent since 2019.",
     (50, 50, None, "more than", "percent", "Attacks"), ("2019-01-01", PUB)),
    # casualties over a period
    ("Nearly 1,500 civilians were killed or wounded in the first six months of the year, the U.N. said.",
     (1500, None, 1500, "nearly", "people", "civilians"), ("2021-01-01", PUB)),
    ("Some 320 members of the security forces have died in the province this year.",
     (320, None, None, "some", "people", "members"), ("2021-01-01", PUB)),
    ("The death toll in the conflict has passed 10,000, according to the ministry.",
     (10000, None, None, None, "people", "deaths"), (None, PUB)),
    ("At least 2,400 people have lost their lives in the violence since 2019.",
     (2400, 2400, None, "at least", "people", "people"), ("2019-01-01", PUB)),
    ("Over the past decade, the insurgency has killed an estimated 35,000 people.",
     (35000, None, None, "an estimated", "people", "people"), ("2011-06-15", PUB)),
    ("Fighting in the region last month left 230 people dead.",
     (230, None, None, None, "people", "people"), ("2021-05-01", "2021-05-31")),
    ("More than 90 journalists have been killed in the country since 2012.",
     (90, 90, None, "more than", "people", "journalists"), ("2012-01-01", PUB)),
    ("Twenty-seven aid workers were killed in the country last year.",
     (27, None, None, None, "people", "aid workers"), ("2020-01-01", "2020-12-31")),
    ("The violence has claimed some 600 lives in 2021.",
     (600, None, None, "some", "people", "lives"), ("2021-01-01", "2021-12-31")),
    ("The monitor documented 1,126 civilian deaths in the first half of the year.",
     (1126, None, None, None, "people", "civilian deaths"), ("2021-01-01", PUB)),
    ("Civilian deaths rose 23 percent last year, the mission said.",
     (23, None, None, None, "percent", "deaths"), ("2020-01-01", "2020-12-31")),
    ("Civilian casualties fell by 12 percent in the first quarter compared with the same period last year.",
     (12, None, None, None, "percent", "casualties"), ("2021-01-01", "2021-03-31")),
    ("Government troops were responsible for 40 percent of civilian deaths last year.",
     (40, None, None, None, "percent", "civilian deaths"), ("2020-01-01", "2020-12-31")),
    ("In the past 12 months, 780 soldiers have been killed, the defence ministry said.",
     (780, None, None, None, "people", "soldiers"), ("2020-06-15", PUB)),
    ("Between 4,000 and 5,000 people have been killed since the fighting erupted in April.",
     (None, 4000, 5000, None, "people", "people"), ("2021-04-01", PUB)),
    ("An estimated 10,000 to 12,000 combatants have died since the war began.",
     (None, 10000, 12000, "an estimated", "people", "combatants"), (None, PUB)),
    ("At least 150 people have been killed in bombings in the capital this year.",
     (150, 150, None, "at least", "people", "people"), ("2021-01-01", PUB)),
    ("Roadside bombs have wounded 1,900 civilians since the start of 2020.",
     (1900, None, None, None, "people", "civilians"), ("2020-01-01", PUB)),
    ("The conflict has left more than 1.2 million people dead or wounded.",
     (1200000, 1200000, None, "more than", "people", "people"), (None, PUB)),
    ("On average, 15 people are killed every day in the violence.",
     (15, None, None, None, "people", "people"), (None, None)),
    ("As of June 1, some 4,300 people had been killed in the conflict.",
     (4300, None, None, "some", "people", "people"), (None, None)),
    ("Children made up a quarter of all civilian casualties last year.",
     (25, None, None, None, "percent", "civilian casualties"), ("2020-01-01", "2020-12-31")),
    ("Government forces and allied militias have killed 3,400 civilians since 2019, the report said.",
     (3400, None, None, None, "people", "civilians"), ("2019-01-01", PUB)),
    ("The toll from two years of fighting in the region stands at about 9,000 dead.",
     (9000, None, None, "about", "people", "dead"), (None, None)),
    ("Landmines have killed or maimed more than 500 children since the war began.",
     (500, 500, None, "more than", "people", "children"), (None, PUB)),
    ("More than 700 civilians have been abducted by the group since 2019.",
     (700, 700, None, "more than", "people", "civilians"), ("2019-01-01", PUB)),
    # force strength
    ("The group is believed to field some 1,500 fighters in the north.",
     (1500, None, None, "some", "people", "fighters"), (None, None)),
    ("Analysts estimate the movement has 7,000 to 10,000 armed members.",
     (None, 7000, 10000, None, "people", "members"), (None, None)),
    ("The militia's ranks have swelled to nearly 12,000 men.",
     (12000, None, 12000, "nearly", "people", "men"), (None, PUB)),
    ("The insurgents can count on up to 2,000 fighters, officials say.",
     (2000, None, 2000, "up to", "people", "fighters"), (None, None)),
    ("Intelligence officials put the number of militants in the province at about 800.",
     (800, None, None, "about", "people", "militants"), (None, None)),
    ("The group's fighters are estimated to number between 3,000 and 5,000.",
     (None, 3000, 5000, None, "people", "fighters"), (None, None)),
    ("As many as 400 militants are still holed up in the old quarter.",
     (400, None, 400, "as many as", "people", "militants"), (None, None)),
    ("Around 6,000 rebels remain in the enclave.",
     (6000, None, None, "around", "people", "rebels"), (None, None)),
    ("The armed wing has an estimated 2,500 fighters.",
     (2500, None, None, "an estimated", "people", "fighters"), (None, None)),
    ("There are thought to be about 1,000 jihadists in the area.",
     (1000, None, None, "about", "people", "jihadists"), (None, None)),
    ("The faction has around 900 fighters in its ranks.",
     (900, None, None, "around", "people", "fighters"), (None, None)),
    ("The group's strength has fallen to fewer than 1,000 fighters.",
     (1000, None, 1000, "fewer than", "people", "fighters"), (None, None)),
    ("The insurgents are estimated at 500-700 fighters.",
     (None, 500, 700, None, "people", "fighters"), (None, None)),
    ("Some 2,300 militants have laid down their arms under an amnesty since last year.",
     (2300, None, None, "some", "people", "militants"), ("2020-01-01", PUB)),
    # civilians trapped, displaced, fleeing, returned
    ("About 1.2 million people have been forced to flee their homes since the start of the year.",
     (1200000, None, None, "about", "people", "people"), ("2021-01-01", PUB)),
    ("The fighting has uprooted more than 300,000 people in the past two months.",
     (300000, 300000, None, "more than", "people", "people"), ("2021-04-15", PUB)),
    ("Nearly 60,000 civilians are believed to be trapped inside the city.",
     (60000, None, 60000, "nearly", "people", "civilians"), (None, None)),
    ("An estimated 400,000 people remain cut off from aid in the enclave.",
     (400000, None, None, "an estimated", "people", "people"), (None, None)),
    ("Some 8,000 families have been displaced from the district this week.",
     (8000, None, None, "some", "people", "families"), ("2021-06-14", PUB)),
    ("About 25,000 displaced people have gone back to their villages since the army retook the area.",
     (25000, None, None, "about", "people", "displaced people"), (None, PUB)),
    ("The camp now shelters more than 40,000 people.",
     (40000, 40000, None, "more than", "people", "people"), (None, None)),
    ("More than 5,000 people have crossed into the neighbouring country since Friday.",
     (5000, 5000, None, "more than", "people", "people"), ("2021-06-11", PUB)),
    ("The number of displaced people in the province has risen to 1.1 million.",
     (1100000, None, None, None, "people", "displaced"), (None, None)),
    ("Half of the city's residents have fled.",
     (50, None, None, None, "percent", "residents"), (None, PUB)),
    ("About 3,000 people were evacuated from the besieged town last month.",
     (3000, None, None, "about", "people", "people"), ("2021-05-01", "2021-05-31")),
    ("Some 15,000 refugees have returned from abroad so far this year.",
     (15000, None, None, "some", "people", "refugees"), ("2021-01-01", PUB)),
    ("More than 2 million people have been internally displaced by the conflict.",
     (2000000, 2000000, None, "more than", "people", "people"), (None, PUB)),
    ("Nearly 12,000 villagers remain missing.",
     (12000, None, 12000, "nearly", "people", "villagers"), (None, None)),
    ("The U.N. refugee agency says 650,000 people have sought shelter in neighbouring countries.",
     (650000, None, None, None, "people", "people"), (None, None)),
    ("Roughly 70,000 people are living in makeshift camps outside the town.",
     (70000, None, None, "roughly", "people", "people"), (None, None)),
    ("The offensive has sent some 200,000 people fleeing towards the border.",
     (200000, None, None, "some", "people", "people"), (None, None)),
    ("Fewer than 10,000 of the town's 90,000 residents have come back.",
     (10000, None, 10000, "fewer than", "people", "residents"), (None, PUB)),
    ("Aid agencies say 1.5 million people have been driven from their homes by the fighting.",
     (1500000, None, None, None, "people", "people"), (None, PUB)),
    ("As many as 35,000 people are stuck in the besieged districts without food.",
     (35000, None, 35000, "as many as", "people", "people"), (None, None)),
    # foreign fighters
    ("Some 1,900 French nationals have travelled to join jihadist groups.",
     (1900, None, None, "some", "people", "French nationals"), (None, PUB)),
    ("An estimated 30,000 foreign fighters from 100 countries have joined the group.",
     (30000, None, None, "an estimated", "people", "foreign fighters"), (None, PUB)),
    ("About a third of the foreign fighters have since returned home.",
     (33.33, None, None, "about", "percent", "foreign fighters"), (None, PUB)),
    ("Officials say 400 Britons who went to fight abroad have come back.",
     (400, None, None, None, "people", "Britons"), (None, PUB)),
    ("More than 120 foreign militants have been repatriated to their countries this year.",
     (120, 120, None, "more than", "people", "foreign militants"), ("2021-01-01", PUB)),
    ("At least 5,000 Europeans are thought to have gone to fight for the group.",
     (5000, 5000, None, "at least", "people", "Europeans"), (None, PUB)),
    ("Around 850 foreign fighters remain in detention in the north-east.",
     (850, None, None, "around", "people", "foreign fighters"), (None, None)),
    # shares of territory held, seized or lost; places retaken
    ("The government now controls about 60 percent of the country.",
     (60, None, None, "about", "percent", "country"), (None, None)),
    ("The rebels have lost three-quarters of the land they held in 2019.",
     (75, None, None, None, "percent", "land"), ("2019-01-01", "2019-12-31")),
    ("Insurgents now hold sway over nearly a fifth of the country's districts.",
     (20, None, 20, "nearly", "percent", "districts"), (None, None)),
    ("The army has recaptured seven of the province's 12 districts.",
     (7, None, None, None, "places", "districts"), (None, PUB)),
    ("Security forces have cleared 35 villages of militants since the operation began.",
     (35, None, None, None, "places", "villages"), (None, PUB)),
    ("The militants seized control of 12 districts last year.",
     (12, None, None, None, "places", "districts"), ("2020-01-01", "2020-12-31")),
    ("Government forces have taken back about 40 percent of the territory lost to the group.",
     (40, None, None, "about", "percent", "territory"), (None, PUB)),
    ("The group has been pushed out of more than half of the areas it once controlled.",
     (50, 50, None, "more than", "percent", "areas"), (None, PUB)),
    ("Troops have liberated 150 square kilometres around the town.",
     (150, None, None, None, "places", "square kilometres"), (None, PUB)),
    ("The insurgents now control or contest 45 percent of the country's districts.",
     (45, None, None, None, "percent", "country"), (None, None)),
    ("Rebels overran 10 army positions in the past week.",
     (10, None, None, None, "places", "positions"), ("2021-06-08", PUB)),
    ("The group once held a third of the country.",
     (33.33, None, None, None, "percent", "country"), (None, None)),
    ("The army says it has retaken 90 percent of the city.",
     (90, None, None, None, "percent", "city"), (None, PUB)),
    ("Militants captured at least 20 villages during the offensive.",
     (20, 20, None, "at least", "places", "villages"), (None, None)),
    ("The group lost about 25 percent of its territory last year.",
     (25, None, None, "about", "percent", "territory"), ("2020-01-01", "2020-12-31")),
    ("Pro-government forces have wrested back 16 towns from the rebels since March.",
     (16, None, None, None, "places", "towns"), ("2021-03-01", PUB)),
    ("Only 10 percent of the province remains under the group's control.",
     (10, None, None, None, "percent", "province"), (None, None)),
    ("Government forces have taken 23 villages and towns in the south since the start of the month.",
     (23, None, None, None, "places", "villages"), ("2021-06-01", PUB)),
    ("The army has regained control of 42 of the 56 villages seized by the rebels.",
     (42, None, None, None, "places", "56 villages"), (None, PUB)),
    ("Nearly 70 towns and villages have been retaken from the militants in the past year.",
     (70, None, 70, "nearly", "places", "towns"), ("2020-06-15", PUB)),
    ("The group now controls less than 5 percent of the territory it once held.",
     (5, None, 5, "less than", "percent", "territory"), (None, None)),
    # words, millions, fractions of a million, shares 'one in five'
    ("The war has killed some two million people since it began in 1998.",
     (2000000, None, None, "some", "people", "people"), ("1998-01-01", PUB)),
    ("At least half a million people have fled the region since the start of the offensive.",
     (500000, 500000, None, "at least", "people", "people"), (None, PUB)),
    ("A quarter of a million people have been killed in the war, the monitor says.",
     (250000, None, None, None, "people", "people"), (None, PUB)),
    ("Three hundred people have been killed in the province since the ceasefire collapsed.",
     (300, None, None, None, "people", "people"), (None, PUB)),
    ("More than a dozen attacks have hit the capital this year.",
     (12, 12, None, "more than", "attacks", "attacks"), ("2021-01-01", PUB)),
    ("Around one in five of the displaced are living in camps.",
     (20, None, None, "around", "percent", "displaced"), (None, None)),
    ("The U.N. estimates 3.3 million Iraqis have been displaced since 2014.",
     (3300000, None, None, None, "people", "Iraqis"), ("2014-01-01", PUB)),
    ("More than 1,000 people a day are fleeing the city, aid workers said.",
     (1000, 1000, None, "more than", "people", "people"), (None, None)),
    ("Around 100 civilians have been killed each month in the region since January.",
     (100, None, None, "around", "people", "civilians"), ("2021-01-01", PUB)),
    ("The number of people killed in the conflict since 2014 has now passed 13,000.",
     (13000, None, None, None, "people", "people killed"), ("2014-01-01", PUB)),
    ("The army has lost 2,000 soldiers in the north in the past year, officials said privately.",
     (2000, None, None, None, "people", "soldiers"), ("2020-06-15", PUB)),
    ("Since the air campaign began on Sept. 30, 2015, strikes have killed 1,700 civilians, the monitor said.",
     (1700, None, None, None, "people", "civilians"), ("2015-09-01", PUB)),
    # a month's national toll, a long battle's toll
    ("About 1,000 people were killed across the country in May, according to U.N. figures.",
     (1000, None, None, "about", "people", "people"), ("2021-05-01", "2021-05-31")),
    ("At least 1,119 people were killed nationwide in April, the U.N. mission said.",
     (1119, 1119, None, "at least", "people", "people"), ("2021-04-01", "2021-04-30")),
    ("Some 400 militants were killed in the week-long battle for the town, the army said.",
     (400, None, None, "some", "people", "militants"), (None, None)),
    ("The toll from a week of violence in the city rose to 80.",
     (80, None, None, None, "people", "deaths"), (None, None)),
    ("In the week since the truce collapsed, at least 250 people have died.",
     (250, 250, None, "at least", "people", "people"), (None, PUB)),
    ("The group's ranks have thinned to about 15,000 fighters, officials said.",
     (15000, None, None, "about", "people", "fighters"), (None, PUB)),
    ("Some 6,000 to 8,000 Islamic State fighters are believed to be in the city.",
     (None, 6000, 8000, "some", "people", "fighters"), (None, None)),
    ("Neighbouring countries host some 4.8 million refugees from the war.",
     (4800000, None, None, "some", "people", "refugees"), (None, None)),
    ("Four aid workers have been killed in the province this year.",
     (4, None, None, None, "people", "aid workers"), ("2021-01-01", PUB)),
    ("Some 40 suspects have been arrested since the bombing campaign began.",
     (40, None, None, "some", "people", "suspects"), (None, PUB)),
    ("Prosecutors have charged 35 people over links to the group since 2015.",
     (35, None, None, None, "people", "people"), ("2015-01-01", PUB)),
    ("At least 60 suspects have been charged with joining the group.",
     (60, 60, None, "at least", "people", "suspects"), (None, PUB)),
    ("Nearly 60 percent of the victims of the violence were civilians, the report said.",
     (60, None, 60, "nearly", "percent", "victims"), (None, None)),
    ("Two-thirds of the area's villages are now under rebel control.",
     (66.67, None, None, None, "percent", "villages"), (None, None)),
    ("The army says it has evacuated more than 120 thousand civilians from the besieged districts.",
     (120000, 120000, None, "more than", "people", "civilians"), (None, PUB)),
    ("Some 2,000 suspected militants have been arrested since the bombing campaign began.",
     (2000, None, None, "some", "people", "militants"), (None, PUB)),
    ("One in four of the displaced people in the camps are children.",
     (25, None, None, None, "percent", "displaced"), (None, None)),
    ("Nearly half of the town's residents have fled the fighting.",
     (50, None, 50, "nearly", "percent", "residents"), (None, PUB)),
    ("Government forces have retaken about half the territory the group seized in 2014.",
     (50, None, None, "about", "percent", "territory"), ("2014-01-01", "2014-12-31")),
    ("Officials estimate there are 3,000 to 5,000 IS fighters in the city.",
     (None, 3000, 5000, None, "people", "fighters"), (None, None)),
    ("The militants have been driven from 40 villages in the province since March.",
     (40, None, None, None, "places", "villages"), ("2021-03-01", PUB)),
    ("More than 3,000 families have escaped the city over the past week.",
     (3000, 3000, None, "more than", "people", "families"), ("2021-06-08", PUB)),
    ("Kurdish forces backed by air strikes have taken about 200 square km from the group.",
     (200, None, None, "about", "places", "square km"), (None, PUB)),
    ("Around a third of the 1,500 Germans who went to fight abroad have returned.",
     (33.33, None, None, "around", "percent", "1,500 Germans"), (None, PUB)),
    ("About 1,800 French citizens are believed to have joined jihadist groups.",
     (1800, None, None, "about", "people", "French citizens"), (None, PUB)),
    ("An estimated 1.5 million civilians still live in the city under the group's rule.",
     (1500000, None, None, "an estimated", "people", "civilians"), (None, None)),
    ("The group's territory has shrunk by about a quarter since January.",
     (25, None, None, "about", "percent", "territory"), ("2021-01-01", PUB)),
    ("In all, about 4,000 militants have been killed since the operation began.",
     (4000, None, None, "about", "people", "militants"), (None, PUB)),
    ("Pro-government forces now control 12 of the district's 15 villages.",
     (12, None, None, None, "places", "15 villages"), (None, None)),
    ("The camps now hold more than 70,000 people, most of them women and children.",
     (70000, 70000, None, "more than", "people", "people"), (None, None)),
    ("Just over 1,000 people have been killed in the province this year.",
     (1000, 1000, None, "over", "people", "people"), ("2021-01-01", PUB)),
    ("In excess of 2,000 families have fled the district since March.",
     (2000, 2000, None, "in excess of", "people", "families"), ("2021-03-01", PUB)),
    ("Civilians trapped in the city are thought to number 50,000.",
     (50000, None, None, "thought to number", "people", "Civilians"), (None, None)),
    ("The number of civilians trapped in the old city is believed to be 40,000.",
     (40000, None, None, "believed to be", "people", "civilians"), (None, None)),
    ("Almost 3,000 people have been displaced in the past week.",
     (3000, None, 3000, "almost", "people", "people"), ("2021-06-08", PUB)),
    ("Rebels have shelled the city more than 200 times this month.",
     (200, 200, None, "more than", "times", "times"), ("2021-06-01", PUB)),
]


@pytest.mark.parametrize("text,fig,period", POSITIVE, ids=[p[0][:40] for p in POSITIVE])
def test_aggregate_phrasings(aggs, one_aggregate, text, fig, period):
    one_aggregate(aggs(text), text, fig, period)


def test_whole_of_a_share_is_no_second_figure(aggs):
    # 'seven of the province's 12 districts': one figure (7), the 12 is the whole it is a share of
    out = aggs("Government troops have retaken nine of the region's 14 towns since April.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(9, "places")]
    assert "14 towns" in out[0]["counted"] and out[0]["period_start"] == "2021-04-01"


def test_toll_and_its_rise_in_one_sentence(aggs):
    text = "The group killed 1,100 civilians in 2020, a 20 percent increase on the previous year."
    out = aggs(text)
    assert [(a["quantity"], a["unit"]) for a in out] == [(1100, "people"), (20, "percent")]
    assert out[1]["counted"].startswith("increase on")


def test_part_of_a_total_is_no_second_figure(aggs):
    out = aggs("The monitor says 380 people, including 60 children, have been killed in the city since the truce collapsed.")
    assert [(a["quantity"], a["unit"], a["period_end"]) for a in out] == [(380, "people", PUB)]


def test_foiled_attacks_are_no_attacks(aggs):
    out = aggs("Police say they have foiled 70 planned attacks and arrested 400 suspects since January.")
    assert [(a["quantity"], a["counted"]) for a in out] == [(400, "suspects")]


def test_toll_and_displaced_in_one_clause(aggs):
    out = aggs("Some 250,000 people have been killed and 11 million displaced in the conflict.")
    assert [(a["quantity"], a["counted"]) for a in out] == [(250000, "people"), (11000000, "displaced")]


def test_in_total_after_a_report_is_a_total(aggs):
    # 'in total' summing up a period, not the incident told in the sentence before
    text = "The monitor published its annual report on Tuesday. In total, 3,100 civilians were killed last year."
    out = aggs(text)
    assert [(a["quantity"], a["period_start"], a["period_end"]) for a in out] == [(3100, "2020-01-01", "2020-12-31")]


def test_total_after_fighting_is_a_total(aggs):
    out = aggs("Fighting broke out again in the north. A total of 1,200 people have been killed there since January.")
    assert [(a["quantity"], a["period_start"]) for a in out] == [(1200, "2021-01-01")]


def test_three_attacks_this_month(aggs):
    out = aggs("Militants have carried out three attacks on the pipeline this month.")
    assert [(a["quantity"], a["unit"], a["period_start"]) for a in out] == [(3, "attacks", "2021-06-01")]


def test_two_shares_in_one_sentence(aggs):
    out = aggs("The group has lost 45 percent of its territory in the north and 20 percent in the east.")
    assert [(a["quantity"], a["counted"]) for a in out] == [(45, "of its territory"), (20, "of its territory")]


def test_total_and_its_part(aggs):
    out = aggs("Of the 1,200 civilians killed last year, 400 were children.")
    assert [(a["quantity"], a["period_start"], a["period_end"]) for a in out] == [
        (1200, "2020-01-01", "2020-12-31"), (400, "2020-01-01", "2020-12-31")]


@pytest.mark.parametrize("expr,span", [
    ("in the first half of the year", ("2021-01-01", PUB)),
    ("during the second half of last year", ("2020-07-01", "2020-12-31")),
    ("in the first six months of this year", ("2021-01-01", PUB)),
    ("in the first 3 months of last year", ("2020-01-01", "2020-03-31")),
    ("since the start of the month", ("2021-06-01", PUB)),
    ("since mid-2019", ("2019-06-01", PUB)),
    ("since early 2020", ("2020-01-01", PUB)),
    ("in recent weeks", (None, PUB)),
    ("from March to May", ("2021-03-01", "2021-05-31")),
    ("from November to February", ("2020-11-01", "2021-02-28")),
    ("in the third quarter", ("2020-07-01", "2020-09-30")),
])
def test_extra_periods(expr, span):
    (p,) = counting_periods(expr, PUB, find_periods(expr, published=PUB))
    assert (p.period_start, p.period_end) == span


NEGATIVE = [
    "The bombing killed 35 people, including 10 children.",                          # one incident's toll
    "The ambush on Friday killed 14 soldiers near the border.",
    "Gunmen opened fire on a bus on Sunday, killing 9 passengers.",
    "The blasts on Thursday killed 27 people in two districts of the capital.",
    "The explosion, the second in a week, wounded 11 people.",
    "A mortar shell killed three children in the village on Wednesday, residents said.",
    "The militants executed 15 men in the town square on Saturday.",
    "The hospital treated 45 wounded after the blast.",
    "Twelve people died and 30 were wounded when the bomb went off on Sunday.",
    "Half of the 30 passengers on the bus were killed in the blast.",
    "Six of the dead were police officers, the ministry said.",
    "The government allocated $1.2 million to rebuild schools in the district.",       # money, economy
    "The kidnappers demanded a ransom of 2 million dollars.",
    "The country spends 3 percent of its GDP on defence.",
    "The company's shares fell 8 percent.",
    "The 19-year-old suspect was detained on May 5.",                                 # ages, dates, measures
    "He served 12 years in prison.",
    "The bridge, built in 1985, is 300 metres long.",
    "Thousands of people fled the fighting last month.",                              # vague amounts
    "Tens of thousands of residents are still trapped.",
    "Scores of fighters have surrendered since January.",
    "Dozens of attacks have been reported this year.",
    "The army will deploy 2,000 more troops to the province next month.",            # deployments, populations
    "Police said 300 officers were deployed to guard the march.",
    "The city of 800,000 people lies 50 km from the coast.",
    "The province has 12 districts and a population of 2 million.",
    "The plane carried 150 passengers.",                                              # no conflict figure
    "The school has 1,200 pupils.",
    "The rally drew about 5,000 supporters.",
    "Some 2,000 people attended the funeral of the victims.",
    "The number of tourists fell to 30,000 last year.",
    "About 60 percent of voters backed the deal.",
    "Two-thirds of respondents said security had improved.",
    "She took 47 percent of the ballots in the runoff.",
    "The bill passed by 55 votes to 40.",
    "Only 40 percent of the city's schools have electricity.",
    "The minister visited 14 villages in the region last month.",
    "The militants took 20 hostages at the hotel.",                                   # hostages, exchanges
    "The group released 7 hostages in exchange for a ransom.",
    "Officials expect up to 100,000 people to return if the road reopens.",          # forecasts and plans
    "Up to 200,000 people could be displaced if the offensive goes ahead.",
    "The plan aims to resettle 20,000 refugees over the next two years.",
    "Floods have displaced 50,000 people in the south this year.",                   # disasters, disease, accidents
    "The earthquake killed more than 2,000 people across the region.",
    "Road accidents killed 1,200 people in the country last year.",
    "The cholera outbreak has killed 400 people since April.",
    "The storm destroyed 300 homes in the valley last month.",
    "Security forces killed 25 militants in operations across the province on Monday.",   # one day, one incident
    "The 2015 attacks on the capital killed 130 people.",
    "Last year's bombing of the market killed 40 people.",
    "The suicide bomber killed 22 people, half of them children.",
    "Of the 18 people killed in the blast, 11 were soldiers.",
    "The two car bombs went off within minutes, killing a total of 52 people.",
    "More than 150 people were killed in last week's attacks on three villages.",
    "The army said it had killed 40 militants in a raid on their hideout in March.",
    "Some 300 students were abducted from their school on Friday.",
    "The court sentenced 12 men to death for the bombing last year.",                 # sentences, names, votes
    "The council passed Resolution 2254 by a vote of 15 to 0.",
    "Men aged between 18 and 40 were barred from leaving the city.",
    "Twelve of the 15 council members voted for the motion.",
    "Prices have risen 40 percent since the war began.",
    "Half of the country's hospitals no longer work, the WHO said.",
    "Hundreds of thousands of people have fled the fighting since 2014.",
    "The group said it would carry out 100 attacks if its leader was not freed.",     # threats and plans
    "Officials fear as many as 500,000 people could flee the city when the assault begins.",
    "The operation will involve 30,000 troops and 5,000 police.",
    "The group has vowed to kill 1,000 soldiers in revenge.",
    "The group threatened to kill 30 hostages unless its demands were met.",
    "About 30 people were killed in the city in May when a truck bomb exploded near a market.",
    "In March, 13 people were killed when gunmen stormed a bakery in the old town.",
    "A car bomb killed 45 people across two streets of the city in May, officials said.",
    "A powerful quake struck the coast in September, killing at least 70 people and injuring 400.",
    "The tremor, which measured 6.1, has killed 35 people in the hill villages.",
    "Police said 3 people have died after a blaze in a warehouse.",                     # a handful: one incident
    "Two prison guards escaped unhurt, officials said.",
    "A retired miller stands charged over the 1997 deaths of four hikers.",       # the victims were not charged
    "He was born on March 12 in the capital.",                                       # a day of a month
    "The charity is hosting three Galas for donors.",                       # capitalised plurals, no people
    "He was injured two Sundays ago in a match.",
    "The champion won in 11 rounds.",                                                # rounds of a bout
    "Relatives of the three injured guards asked to be left alone.",
    "Between a third and a half of the houses in two hamlets were damaged, officials said.",
    "The count of phones hit by the software bug grew by 40 percent a day.",
    "The festival was opened for the second time by the mayor.",
    "Immigration officers arrested 150 people on visa violations in the city last year.",   # no conflict case
    "Three youths were detained over the fatal stabbing of a taxi driver on Friday.",
    "Her four children were all living abroad when she moved to the coast in 1990.",
    "More than half of the nurses laid off were later rehired.",
    "The firm bought the mine in one in three deals it made between 2010 and 2012.",
    "Buyers can win one in ten of the prizes.",
    "The county had 14 homicides in 2019, according to police data.",
    "About 2 percent of deaths each year qualify for organ transplant.",
    "The grant will help 20 school districts that lost revenue last year.",
    "The third snowstorm to hit the region this month closed schools.",
    "A day earlier, eight protesters were arrested outside the embassy.",
    "Some 900 people lost their lives in traffic crashes over the past two years.",
    "A suicide bomber struck an army base on Monday. In total, 12 soldiers and 9 attackers were killed.",
    "In one of the deadliest attacks in the city, at least 90 people have been killed, officials said.",
    "Twin truck bomb attacks killed at least 19 people in the market town.",
    "The judge's house was hit by two mortar attacks.",               # a pair of attacks, no period
    "At least 150 people died and 200 are still missing after the volcano erupted.",
    "Some 40 percent of the budget goes to the army.",                               # money, ages, names, plans
    "The militants, aged 18 to 25, were caught near the border.",
    "The fighting has caused $500 million in damage since 2014.",
    "The war, which began in 2011, has cost the economy $300 billion.",
    "The group pays its fighters $400 a month.",
    "The 30-year war ended with a peace deal.",
    "The 2,000-year-old temple was destroyed by the militants.",
    "The plane was shot down, killing all 298 people on board.",
    "The convoy of 50 trucks carried aid for 40,000 people.",
    "The U.N. aims to reach 1 million people with food aid this year.",
    "Parliament approved the deployment of 1,500 soldiers for six months.",
    "The 12-member committee will investigate the killings.",
    "Local polls will be held in 18 provinces in October.",                            # 'held in' takes no places
    "The war has lasted more than six years.",
    "In one of the worst attacks with poison gas in the long civil war in the country, at least 200 people have been "
    "killed, including 30 children.",                                                 # nor the part of its toll
    "A powerful cyclone struck the coast on Friday. A total of 12 people died, the mayor said.",
    "Landslides buried three hamlets. In all, 35 people have perished this month.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_not_aggregates(aggs, text):
    assert aggs(text) == [], text


def test_conflict_toll_next_to_disease_stays(aggs):
    # a disease word does not undo a figure of violence in the same clause
    out = aggs("Fighting and disease have killed more than 9,000 people in the camps since the siege began.")
    assert [(a["quantity"], a["qualifier"]) for a in out] == [(9000, "more than")]


def test_hedged_force_estimate_stays(aggs):
    # 'may' hedges an estimate of a force that is there now; it is no forecast
    out = aggs("As many as 600 fighters may still remain in the hills, officials said.")
    assert [(a["quantity"], a["unit"]) for a in out] == [(600, "people")]
