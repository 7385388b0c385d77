"""Aggregate figures of every kind (issue 10, GUIDE.md 'Aggregate claims'), on sentences written for marsad about
invented incidents: attacks and casualties over a period, force strength, civilians trapped/displaced/fleeing/
returned, foreign fighters, shares of territory, places retaken; and what is no aggregate (one incident's toll,
the same-day total of an attack wave, money, deployments, populations, ages, dates, vague amounts)."""
import pytest


PUB = "2021-06-15"          # a Tuesday


# sentence, (quantity, low, high, qualifier, unit, counted contains), (period_start, period_end)
POSITIVE = [
    # attacks / incidents over a period
    ("Militants have carried out 240 attacks in the province since January.",
     (240, None, None, None, "attacks", "attacks"), ("2021-01-01", PUB)),
    ("There were 37 bombings in the capital so far this year, police said.",
     (37, None, None, None, "attacks", "bombings"), ("2021-01-01", PUB)),
    ("The group has staged more than 60 raids in the past month.",
     (60, 60, None, "more than", "attacks", "raids"), ("2021-05-15", PUB)),
    ("Insurgents launched some 1,200 attacks across the country last year.",
     (1200, None, None, "some", "attacks", "attacks"), ("2020-01-01", "2020-12-31")),
    ("The coalition has conducted more than 10,000 air strikes against the group since 2014.",
     (10000, 10000, None, "more than", "attacks", "air strikes"), ("2014-01-01", PUB)),
    ("There have been 17 suicide bombings in the capital this year.",
     (17, None, None, None, "attacks", "suicide bombings"), ("2021-01-01", PUB)),
    ("It was the fourth attack in the city this month.",
     (4, None, None, None, "attacks", "attack"), ("2021-06-01", PUB)),
    ("Rebels accused the army of violating the ceasefire 300 times since it came into force.",
     (300, None, None, None, "times", "times"), (None, None)),
    # casualties over a period
    ("An estimated 900 civilians have been killed since the war began.",
     (900, None, None, "an estimated", "people", "civilians"), (None, PUB)),
    ("At least 450 people were killed in the region in the past month.",
     (450, 450, None, "at least", "people", "people"), ("2021-05-15", PUB)),
    ("The fighting has killed nearly 3,000 people so far this year.",
     (3000, None, 3000, "nearly", "people", "people"), ("2021-01-01", PUB)),
    ("Between 200 and 300 soldiers have died since January.",
     (None, 200, 300, None, "people", "soldiers"), ("2021-01-01", PUB)),
    ("Forty-two soldiers have been killed in the province since March.",
     (42, None, None, None, "people", "soldiers"), ("2021-03-01", PUB)),
    ("The insurgency has claimed more than 20,000 lives since 2009.",
     (20000, 20000, None, "more than", "people", "lives"), ("2009-01-01", PUB)),
    ("More than 400,000 people have been killed in the long civil war.",
     (400000, 400000, None, "more than", "people", "people"), (None, PUB)),
    ("At least 1,000 civilians were killed in acts of violence in May, the U.N. mission said.",
     (1000, 1000, None, "at least", "people", "civilians"), ("2021-05-01", "2021-05-31")),
    ("The group has executed 200 people in the region since June.",
     (200, None, None, None, "people", "people"), ("2021-06-01", PUB)),
    ("Since the uprising began in 2011, 4,000 people have disappeared.",
     (4000, None, None, None, "people", "people"), ("2011-01-01", PUB)),
    ("The army says it has killed more than 2,000 militants since the offensive began.",
     (2000, 2000, None, "more than", "people", "militants"), (None, PUB)),
    # force strength
    ("The group has between 500 and 700 fighters in the mountains.",
     (None, 500, 700, None, "people", "fighters"), (None, None)),
    ("The militia is estimated to have 3,000 fighters.",
     (3000, None, None, None, "people", "fighters"), (None, None)),
    ("Officials put the strength of the insurgency at an estimated 3,000 militants.",
     (3000, None, None, "an estimated", "people", "militants"), (None, None)),
    ("The rebels number about 4,000 men, according to analysts.",
     (4000, None, None, "about", "people", "men"), (None, None)),
    ("The militants number between 1,500 and 2,000, according to the army.",
     (None, 1500, 2000, None, "people", "militants"), (None, None)),
    ("The group's strength is estimated at 20,000 to 30,000 fighters.",
     (None, 20000, 30000, None, "people", "fighters"), (None, None)),
    ("The group is believed to have around 1,000 fighters left in the city.",
     (1000, None, None, "around", "people", "fighters"), (None, None)),
    ("The rebel force is 5,000 strong.",
     (5000, None, None, None, "people", "rebel"), (None, None)),
    # civilians trapped / displaced / fleeing / returned / besieged
    ("As many as 20,000 civilians remain trapped in the old city.",
     (20000, None, 20000, "as many as", "people", "civilians"), (None, None)),
    ("Some 45,000 people have fled their homes since the offensive began.",
     (45000, None, None, "some", "people", "people"), (None, PUB)),
    ("Nearly 90,000 people have fled the city since the operation began on Monday.",
     (90000, None, 90000, "nearly", "people", "people"), ("2021-06-14", PUB)),
    ("Up to 12,000 families have returned to the town since its recapture.",
     (12000, None, 12000, "up to", "people", "families"), (None, PUB)),
    ("Two million people have been displaced by the conflict.",
     (2000000, None, None, None, "people", "people"), (None, PUB)),
    ("The U.N. estimates that 3.4 million people have been displaced.",
     (3400000, None, None, None, "people", "people"), (None, PUB)),
    ("An estimated 4.8 million Syrians have fled the country.",
     (4800000, None, None, "an estimated", "people", "Syrians"), (None, PUB)),
    ("Twelve hundred people were displaced by fighting last month.",
     (1200, None, None, None, "people", "people"), ("2021-05-01", "2021-05-31")),
    ("About 5,000 residents are besieged in the eastern quarter.",
     (5000, None, None, "about", "people", "residents"), (None, None)),
    ("Fighting has forced 85,000 people from their homes.",
     (85000, None, None, None, "people", "people"), (None, PUB)),
    ("Some 2,500 families remain stranded in camps near the front line.",
     (2500, None, None, "some", "people", "families"), (None, None)),
    ("Some 7,000 residents returned to the city last month after it was cleared of mines.",
     (7000, None, None, "some", "people", "residents"), ("2021-05-01", "2021-05-31")),
    # foreign fighters
    ("More than 800 foreign fighters have joined the group since 2014.",
     (800, 800, None, "more than", "people", "foreign fighters"), ("2014-01-01", PUB)),
    ("Around 150 foreign fighters have returned home, officials said.",
     (150, None, None, "around", "people", "foreign fighters"), (None, PUB)),
    ("Around 5,000 foreign fighters from Europe have travelled to Syria.",
     (5000, None, None, "around", "people", "foreign fighters"), (None, PUB)),
    ("About 300 of them have returned to their home countries.",
     (300, None, None, "about", "people", "of them"), (None, PUB)),
    # shares of territory and places retaken
    ("The militants now control a third of the province.",
     (33.33, None, None, None, "percent", "province"), (None, None)),
    ("Government forces have retaken two-thirds of the territory the group once held.",
     (66.67, None, None, None, "percent", "territory"), (None, PUB)),
    ("The group has lost 40 percent of its territory since last year.",
     (40, None, None, None, "percent", "territory"), ("2020-01-01", PUB)),
    ("Rebels seized nearly half of the district in the past week.",
     (50, None, 50, "nearly", "percent", "district"), ("2021-06-08", PUB)),
    ("Roughly a quarter of the country is now under the control of the insurgents.",
     (25, None, None, "roughly", "percent", "country"), (None, None)),
    ("The army has regained control of 70 percent of the province.",
     (70, None, None, None, "percent", "province"), (None, PUB)),
    ("The army retook six villages on the edge of the forest.",
     (6, None, None, None, "places", "villages"), (None, None)),
    ("Troops have recaptured 14 towns since the start of the operation.",
     (14, None, None, None, "places", "towns"), (None, PUB)),
    ("Government troops have freed 23 villages from the militants in the past two weeks.",
     (23, None, None, None, "places", "villages"), ("2021-06-01", PUB)),
    ("The group controls about 14 percent of Syria, the monitor said.",
     (14, None, None, "about", "percent", "Syria"), (None, None)),
    ("The insurgents have been driven out of 80 percent of the area they once held.",
     (80, None, None, None, "percent", "area"), (None, PUB)),
    ("Iraqi forces have retaken around half of the territory seized by the group.",
     (50, None, None, "around", "percent", "territory"), (None, PUB)),
    ("Government forces now hold 60 percent of the city, a commander said.",
     (60, None, None, None, "percent", "city"), (None, None)),
    # more phrasings: since-clauses, tolls brought to a figure, ordinals of a series, force left in a city
    ("More than 3.3 million people have been displaced since the militants swept through the region in 2014.",
     (3300000, 3300000, None, "more than", "people", "people"), ("2014-01-01", PUB)),
    ("The new arrivals bring the number of people who have fled the town to 20,000.",
     (20000, None, None, None, "people", "people"), (None, PUB)),
    ("The toll from the week-long offensive has risen to 320 dead.",
     (320, None, None, None, "people", "dead"), (None, None)),
    ("It was the group's second attack on the city this week.",
     (2, None, None, None, "attacks", "attack"), ("2021-06-14", PUB)),
    ("The blast killed seven people, the third time in a month that the market has been hit.",
     (3, None, None, None, "attacks", "time"), ("2021-05-15", PUB)),
    ("The militants, estimated to number about 5,000, are dug in around the city.",
     (5000, None, None, "about", "people", "militants"), (None, None)),
    ("The group has some 2,000 members in the province.",
     (2000, None, None, "some", "people", "members"), (None, None)),
    ("About 700 fighters are thought to remain in the old city.",
     (700, None, None, "about", "people", "fighters"), (None, None)),
    ("Aid groups estimate that 400,000 people live under siege in the country.",
     (400000, None, None, None, "people", "people"), (None, None)),
    ("The group has kidnapped more than 100 people this year.",
     (100, 100, None, "more than", "people", "people"), ("2021-01-01", PUB)),
    ("Since January, the army says, 1,400 insurgents have surrendered.",
     (1400, None, None, None, "people", "insurgents"), ("2021-01-01", PUB)),
    ("The United Nations says some 3,000 civilians have been killed in fighting in the past three months.",
     (3000, None, None, "some", "people", "civilians"), ("2021-03-15", PUB)),
    ("More than a million people have fled the province.",
     (1000000, 1000000, None, "more than", "people", "people"), (None, PUB)),
    ("Half a million people remain trapped in the city.",
     (500000, None, None, None, "people", "people"), (None, None)),
    ("Rebels have a 4,000-strong force in the hills, analysts say.",
     (4000, None, None, None, "people", "Rebels"), (None, None)),
    ("The country hosts more than 1.2 million refugees.",
     (1200000, 1200000, None, "more than", "people", "refugees"), (None, None)),
    ("There are now 900,000 internally displaced people in the region.",
     (900000, None, None, None, "people", "displaced"), (None, None)),
    ("Rescuers have recovered 120 bodies from the rubble since the siege ended.",
     (120, None, None, None, "people", "bodies"), (None, PUB)),
    ("The army has fired more than 3,000 mortar rounds into the district this month.",
     (3000, 3000, None, "more than", "attacks", "mortar rounds"), ("2021-06-01", PUB)),
    # the day a source spoke is no incident day
    ("The U.N. said on Tuesday that more than 400,000 people have been killed in the war.",
     (400000, 400000, None, "more than", "people", "people"), (None, PUB)),
    ("Some 30,000 people have fled the town since Monday, aid workers said.",
     (30000, None, None, "some", "people", "people"), ("2021-06-14", PUB)),
    ("More than 1,000 people have been killed since a ceasefire collapsed in July.",
     (1000, 1000, None, "more than", "people", "people"), ("2020-07-01", PUB)),
    ("The air force says it has flown 9,000 sorties since the campaign began.",
     (9000, None, None, None, "attacks", "sorties"), (None, PUB)),
    ("Nearly 40 percent of the town's residents have fled since the siege began.",
     (40, None, 40, "nearly", "percent", "town"), (None, PUB)),
    ("Insurgents killed 1,200 people in the past year.",
     (1200, None, None, None, "people", "people"), ("2020-06-15", PUB)),
    # the counted noun before the figure
    ("Civilian casualties rose to 11,002 last year, the mission said.",
     (11002, None, None, None, "people", "casualties"), ("2020-01-01", "2020-12-31")),
    ("Attacks in the province fell to 310 in the first half of 2021.",
     (310, None, None, None, "attacks", "Attacks"), ("2021-01-01", "2021-06-30")),
    # no noun after the figure: the people the verb counts
    ("Air strikes have killed 3,545 since January, the monitor said.",
     (3545, None, None, None, "people", "killed"), ("2021-01-01", PUB)),
    ("The fighting has displaced 40,000 in the past month.",
     (40000, None, None, None, "people", "displaced"), ("2021-05-15", PUB)),
    ("The war has killed more than 6,000 in the province alone.",
     (6000, 6000, None, "more than", "people", "killed"), (None, PUB)),
]


@pytest.mark.parametrize("text,fig,period", POSITIVE, ids=[p[0][:40] for p in POSITIVE])
def test_aggregate_kinds(aggs, one_aggregate, text, fig, period):
    one_aggregate(aggs(text), text, fig, period)


def test_share_of_a_toll(aggs):
    text = "The war has killed more than 6,200 people, about half of them civilians."
    out = aggs(text)
    assert [(a["quantity"], a["unit"], a["qualifier"]) for a in out] == [(6200, "people", "more than"),
                                                                          (50.0, "percent", "about")]
    assert out[0]["period_end"] == PUB


def test_two_figures_in_one_sentence(aggs):
    text = "The war, now in its sixth year, has killed more than 250,000 people and displaced half the country's population."
    out = aggs(text)
    assert [(a["quantity"], a["unit"]) for a in out] == [(250000, "people"), (50.0, "percent")]
    assert out[1]["counted"] == "the country's population"


NEGATIVE = [
    "A car bomb killed 14 people at a market in the city on Tuesday.",                 # one incident's toll
    "The suicide attack on the checkpoint killed at least 20 soldiers and wounded 31.",
    "Gunmen killed 80 people in three bombings across the capital on Sunday.",       # the day's attack wave
    "The three blasts on Monday killed a combined 45 people.",
    "The government pledged $20 million in aid to the displaced.",                   # money
    "The ministry sent 3,000 troops to the border region.",                          # deployments
    "The army deployed 500 soldiers to secure the highway.",
    "The city had a population of 2 million before the war.",                        # population
    "Two-thirds of the country's population were born after the war ended.",
    "The 25-year-old gunman was arrested on June 3.",                                # ages, dates
    "He was 34 years old and had four children.",
    "The attack took place at 10 a.m. on 12 May 2021.",
    "Scores of people were killed in the clashes.",                                  # vague amounts
    "Tens of thousands of people have fled the fighting.",
    "Hundreds of fighters have joined the group.",
    "Dozens of villages have been retaken by the army.",
    "The convoy of 30 vehicles left the base on Friday.",
    "Voter turnout reached 45 percent in the election.",                             # not conflict
    "In the survey, 62 percent of voters said they backed the governor.",
    "The party now counts 43 members on the city council."        ,                        # members of no armed group
    "The airline said 12 crew members were on board.",
    "The challenger raised five times more money than the mayor.",                   # multipliers, mentions
    "She named her rival eight times in the speech.",
    "The fund has lost 19 percent of its value this year.",
    "The bomb killed 12 people and wounded 30 others at the bus station on Sunday.",
    "A string of attacks in the capital on Monday killed at least 50 people.",
    "Bombings in three cities killed 60 people on Saturday, police said.",
    "The city, home to more than 1.5 million people, is the second largest in the country.",
    "The offensive involves 30,000 troops and militia fighters.",
    "Some 5,000 additional troops will be sent to the region.",
    "The company said its profits rose 20 percent last year.",
    "The two men were sentenced to 10 years in prison.",
    "He has written four books since 2010.",
    "Gunmen in a white car 12 fired several times at the gate.",
    "Ten percent of all families in the country own a car, and many times that rent one.",
    "The plan would cut the country's debt by up to 20 percent.",
    "The army has sent a 4,000-strong force to the front.",
    "The gunman killed 13 people at Camp Verde in 2009.",
    # the reported attack wave and its toll, however it is phrased
    "In all, 18 people died when the bomb went off near the mosque.",
    "Overall, 25 people have been killed in Tuesday's attacks across the capital.",
    "A total of 32 people were killed in the blast, the ministry said.",
    "The death toll from the bombing has risen to 45, officials said.",
    "So far, 27 bodies have been pulled from the rubble of the hotel.",
    "The two suicide bombings have killed at least 41 people, police said.",
    "The attacks on Sunday have killed more than 60 people in total.",
    "At least 70 people have been killed in the twin bombings, the deadliest this year.",
    "Militants attacked the base with 20 rockets on Monday.",
    "The attackers, numbering about 30, stormed the compound before dawn.",
    "Rescuers said 40 people had been wounded so far in the assault on the hotel.",
    "The army said it killed 35 militants in the operation on Thursday.",
    "About 200 protesters gathered outside the ministry.",
    "Police arrested 12 suspects after the bombing.",
    "The explosion injured 15 people, bringing the total casualties to 40.",
    # deployments, pre-war populations, one incident's arrests, hostages, exchanges
    "The United States has about 5,000 troops in the country.",
    "A bomb killed 20 people on Monday, the deadliest attack in the city since 2019.",
    "The United States has pledged to send 450 more advisers to help retake the city.",
    "Officials said 1.5 million people lived in the city before the war.",
    "The attack killed 40 people, including 12 children, and wounded 75 others, hospital officials said.",
    "Police have arrested 3 suspects in connection with the attack.",
    "The gunmen, who had been holding 15 hostages, surrendered after a six-hour standoff.",
    "The rebels released 30 prisoners in exchange for 25 soldiers.",
    "The offensive, launched by 30,000 troops, aims to retake the city.",
    "The cabinet plans to admit as many as 10,000 refugees next year.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_not_aggregates(aggs, text):
    assert aggs(text) == [], text


def test_period_without_published_stays_open(aggs):
    text = "Militants have carried out 240 attacks in the province since January."
    (a,) = aggs(text, published=None)
    assert (a["quantity"], a["period_start"], a["period_end"]) == (240, None, None)
