"""Aggregate figures, round 13: invented sentences of the kinds an analyst tracks, in many registers (wire, UN and
NGO reports, analysts, officials, local press) and syntaxes (passives, figures in apposition or after the noun, 'the
number of X rose to N', shares in words and digits, ranges, running totals, quotations, parentheses, written numbers),
and near-misses that are no aggregates (one incident's toll, money, ages, years, distances, unit names, phone
numbers, shares of votes, vague amounts, deployments). Phenomena the rules had not met: children recruited by armed
groups; people held in custody; schools and clinics attacked over a period; the bare plural of a span ('months of
clashes'); a running total in the present tense ('now exceeds'); a population that grew ('the refugee population in the
camps has grown to'); a share of a whole named with its owner and count ('half of the district's 60 villages'); a figure
inside 'of which' that counts the thing before it. All places and sentences are invented for marsad."""
import pytest

AGGREGATES = [
    'Insurgents have carried out more than 310 attacks in Halvana province since January, the governor said.',
    'At least 1,450 civilians were killed in Zelmar in 2020, according to the monitoring group.',
    'The group is believed to have between 500 and 700 fighters in the hills south of Ostrana.',
    'An estimated 3,000 militants remain active across the northern districts.',
    'Fighters loyal to the commander, numbering about 800, control the valley road.',
    'The number of displaced people in Belkar rose to 240,000 last month, the UN agency said.',
    'Rebels now hold about 40 percent of the province, analysts estimate.',
    'Militants control roughly a third of Quorra district, a local official said.',
    'Government forces have retaken six villages from the insurgents since the offensive began.',
    'Some 12,000 civilians remain trapped in the besieged old city of Mirest.',
    'More than 65,000 people have fled their homes in the region since the fighting erupted in April.',
    'Nearly 900 foreign fighters have returned to the country since 2017, the interior ministry said.',
    'The coalition says it has detained up to 4,500 suspected militants in camps in the east.',
    'Clashes over the past week have killed 75 fighters on both sides, the monitor said.',
    'Attacks on aid workers rose to 112 in the first half of the year, from 68 a year earlier.',
    'So far this year, 430 people have been killed in attacks by armed groups in the north.',
    'Two-thirds of the district is now under the control of the militants, according to residents.',
    'Half of the province has fallen to insurgents since the withdrawal, a lawmaker said.',
    'The latest clashes brought to 1,020 the number of people killed in the region since January.',
    'About 30,000 refugees have crossed into the neighbouring country this year.',
    'The UN said 1.2 million people were displaced by the conflict in 2020.',
    'Some 15,000 residents of Tarvo have returned to their homes since the ceasefire.',
    'The militia, estimated at 6,000 men, is the strongest armed group in the area.',
    'Analysts put the strength of the group at between 1,500 and 2,500 fighters.',
    'Over the past month, security forces recorded 57 roadside bomb attacks in the south.',
    'The insurgents have lost 70% of the territory they once held, the defence ministry said.',
    'In 2019, armed groups abducted 820 people in the border region, the NGO said.',
    'The toll from two weeks of fighting has reached at least 260 dead, medics said.',
    '"We have counted 146 attacks since the start of the year," the police spokesman said.',
    'The rebels seized 14 villages in the first week of the offensive.',
    'Around 4,000 people are living in makeshift camps outside the town since the fighting.',
    'Militants carried out 96 attacks in May alone, the highest monthly figure this year.',
    'The fighting has displaced two thousand families since February.',
    'The monitoring group documented 1,300 civilian deaths over the past year.',
    'At least 52 soldiers have been killed in ambushes across the province this month.',
    'The group has between 200 and 300 foreign fighters, a security source said.',
    'Some 2,500 Shabaab fighters operate in the region, according to the UN panel.',
    'More than 600 members of the security forces have been killed since the start of the year.',
    "About 45% of the country's territory is outside government control, the report said.",
    'The number of attacks in the capital doubled last year to 140.',
    'Over 11,000 people were killed in the conflict between 2014 and 2018.',
    'The army said it had killed 1,200 militants in operations since October.',
    'Nearly 20,000 people have been forced to flee by fighting in the last three weeks.',
    'The jihadists control about 60 percent of Tamsa province, a security official said.',
    'Government troops have regained control of 23 villages in the past month.',
    'A total of 87 attacks were recorded in the province during the first quarter.',
    'Violence in the region has claimed more than 3,000 lives since 2015.',
    'An estimated 8,000 people are besieged in the town of Kerun, aid groups say.',
    'Fighters, numbering at least 1,000, have massed near the border in recent weeks, residents said.',
    'Since the ceasefire collapsed, 212 civilians have been killed in shelling, the monitor said.',
    'Between 2,000 and 3,000 fighters are still holed up in the mountains, officials said.',
    'The number of refugees in the camps has climbed to 85,000.',
    'The movement claims to have 10,000 fighters under arms.',
    'Up to 7,000 people have been displaced from villages near the front line this week.',
    "The group's fighters, thought to number some 5,000, are concentrated in the south.",
    'Violence has killed at least 420 people in the region so far this year.',
    'Since 2011, armed groups have kidnapped more than 1,500 people in the state.',
    'At least three-quarters of the displaced are women and children, the agency said.',
    'The government has reclaimed 80 percent of the territory the group once controlled.',
    'Rebels have overrun 11 military outposts in the past two months.',
    'More than 200 health workers have been killed in attacks since the war began.',
    'Over the last six months, 340 incidents of violence against civilians were reported.',
    'In the past year, the militants have staged more than 50 suicide bombings.',
    'Police have arrested 1,150 suspected militants across the country since March.',
    'Civilian casualties rose by 29 percent in the first half of 2021, the UN said.',
    "Insurgents hold 17 of the province's 22 districts, officials said.",
    'The insurgency has displaced some 2.5 million people since 2009.',
    'At least 35 journalists have been killed in the country since 2016.',
    'The army has cleared the militants from 42 villages in the last year.',
    'The number of people killed in the clashes since Friday has risen to 93.',
    'Around 1,800 detainees remain in the prison, many of them foreigners.',
    'The UN estimates that 350,000 people are trapped in the enclave.',
    'A UN report said the group had 4,000 to 6,000 fighters in the country.',
    'Rebel forces now control nearly half of the region, according to the think tank.',
    'Air strikes have killed some 900 militants in the past three months, the military said.',
    'The monitor said 140 attacks were carried out in the district last month.',
    'More than 10,000 fighters have surrendered to the authorities since the amnesty began.',
    "The group's strength is estimated at 1,000-1,500 fighters, most of them local recruits.",
    'The militia fields roughly 4,000 fighters (some estimates say 6,000) in the western hills.',
    'Some two thousand militants are thought to be hiding in the forest.',
    'Three hundred and forty civilians were killed in the province last year, the commission said.',
    'Fighting since March has forced one in five residents of the district to leave.',
    'Attacks rose from 45 in January to 112 in April, the monitor said.',
    'Since the start of the year, the movement says it carried out 73 attacks.',
    'The insurgents, who number about 1,200, have been pushed back into the desert.',
    'A UN panel said the group commands between 3,000 and 4,000 fighters.',
    'The camp now shelters more than 60,000 displaced people, the aid agency said.',
    'Over 500,000 people have been displaced in the country since the coup, the UN refugee agency said.',
    'According to the ministry, 2,310 militants have surrendered since the programme began in 2019.',
    'In the first five months of the year, 1,214 civilians were killed or injured.',
    'The rebels hold an estimated 70 percent of rural areas in the north.',
    'Army officials said the offensive had liberated 35 villages and 4 towns.',
    'The latest attack brings the number of soldiers killed this month to 47.',
    'Figures from the health ministry show 2,900 people wounded since the protests began.',
    'Overall, 186 attacks were reported during the reporting period, according to the mission.',
    'Some 45,000 people remain in displacement camps across the region.',
    'Civilian deaths totalled 3,540 last year, the lowest figure in a decade.',
    'The number of abductions stood at 640 at the end of May.',
    'In total, at least 5,000 people have been killed since the conflict began in 2012.',
    'More than 400 fighters, many of them from abroad, are believed to be in the city.',
    'Nearly 1,000 former fighters have been reintegrated since 2018.',
    "Rebels control 12 of the country's 18 provinces, according to the think tank.",
    "The militants have taken over a quarter of the state's local government areas.",
    'About 150 people were killed in communal violence in the region in the past two weeks.',
    'Between January and April, there were 312 recorded attacks on health facilities.',
    'Some 300,000 refugees live in camps along the border, the agency says.',
    'At least 700 fighters have defected from the group this year, officials claim.',
    'The army killed over 2,000 insurgents during the past year, a spokesman said.',
    'The government says it now controls 90% of the country.',
    'Around 6,500 people have returned to the district since the government regained control.',
    'Eighty percent of the city was destroyed in the fighting, the mayor said.',
    'Fighting has uprooted more than 1 million people in the past year alone.',
    'Insurgent attacks averaged 25 a day over the summer, the report said.',
    'Some 8,000 foreign fighters from 90 countries joined the group, UN experts say.',
    'The death toll from five years of conflict stands at about 12,000.',
    'There are currently some 2,000 militants operating in the province, the police chief said.',
    "A fifth of the country's schools have closed because of insecurity since 2019.",
    'The rebels freed 35 villages from army control over the past month, the rebel spokesman claimed.',
    'Since the beginning of the insurgency, nearly 4,000 soldiers have lost their lives.',
    'In the past 12 months, security forces have neutralised 650 terrorists, the army said.',
    'Since 2014, more than 2 million people have been forced from their homes by the conflict.',
    'The fighting, which began in March, has killed at least 340 people and displaced 90,000 more.',
    'Some 25,000 residents are still trapped in the eastern districts, according to aid groups.',
    'Nearly 70 percent of the territory once held by the militants has been retaken.',
    'Rebels have seized control of 19 districts since May, according to local officials.',
    'Police say they have arrested 320 gang members since the state of emergency began.',
    'The army has lost around 1,500 soldiers in the past two years, a defence source said.',
    'About 200 fighters from the group have handed over their weapons since the deal.',
    'Around 3,500 civilians have been killed by landmines since the war began.',
    'The jihadist group is believed to number between 1,000 and 2,000 fighters in the province.',
    'More than 150 humanitarian workers have been abducted in the country since 2017.',
    'Over the past decade, the conflict has killed 350,000 people, according to the observatory.',
]

NOT_AGGREGATES = [
    'A car bomb killed 14 people at a checkpoint in Zelmar on Tuesday.',
    'Gunmen killed 9 villagers in an attack on a wedding in Halvana late on Sunday.',
    'The government has pledged $250 million to rebuild the province.',
    'The commander, 45, was arrested at his home in Ostrana.',
    'Brigade 17 moved into the town of Belkar on Monday morning.',
    'The border crossing is 40 km from the city of Mirest.',
    'The ruling party won 54 percent of the vote in the election.',
    'The ceasefire agreement was signed in 2019 after months of talks.',
    'Callers can reach the hotline on 0800 555 123.',
    'The suicide bomber killed 31 worshippers at the mosque during Friday prayers.',
    'Tens of thousands of people have fled the fighting, aid agencies said.',
    'Scores of militants were killed in the assault, the army said.',
    'The budget allocates 12 billion dinars to the defence ministry.',
    'Two soldiers were wounded when a roadside bomb exploded near their patrol on Wednesday.',
    'The 15-year-old boy was taken by gunmen outside his school.',
    'The town has a population of 80,000 and lies on the main highway.',
    'The convoy travelled 120 miles through the desert overnight.',
    'The 3rd Infantry Division took part in the operation.',
    'The blast on Saturday killed 22 people and wounded 40 others, officials said.',
    'Inflation rose to 12 percent in May, the central bank said.',
    'The country deployed 2,000 troops to the border on Thursday.',
    'Nearly 60 percent of voters backed the new constitution.',
    'The attack lasted about three hours before troops regained control.',
    'The explosion wounded 18 people at a bus station in the capital.',
    'The minister met 30 tribal leaders in the capital on Monday.',
    'Salaries of 5,000 teachers have not been paid for three months.',
    'The hospital has 200 beds and two operating theatres.',
    'The militants ambushed a convoy on the highway on Friday, killing 12 soldiers.',
    'Police Station No. 4 was attacked by a mob overnight.',
    'The group was founded in 2002 by a cleric from the north.',
    'Floods have displaced 50,000 people in the south this year.',
    'The two-day summit brought together 40 heads of state.',
    'The plane carried 180 passengers and crew.',
    'At least 25 people died when a bus plunged into a ravine on Sunday.',
    'Opinion polls show 70 percent of residents support the peace deal.',
    'The militant leader was sentenced to 20 years in prison on Monday.',
    'The drone strike on Thursday killed 11 suspected militants in a compound near the border.',
    'Five people were injured in a grenade attack on a bar late on Saturday.',
    'The 300-strong crowd dispersed peacefully after an hour.',
    'Two police officers were shot dead at a checkpoint in the city on Friday, police said.',
    'The dam supplies water to 2 million residents of the capital.',
    "About 40 percent of the country's population is under the age of 15.",
    'The hostage-takers demanded a ransom of 3 million euros.',
    'He served for 25 years in the army before retiring.',
    'The 1st Battalion of the 7th Regiment was moved north.',
    'Unemployment among young men reached 35 percent, the statistics office said.',
    'The road between the two towns is 65 kilometres long.',
    'Oil production fell to 800,000 barrels a day.',
    'The attackers, around 20 gunmen on motorbikes, stormed the village at dawn.',
    'A double suicide bombing at the market killed 43 people on Sunday.',
    'The army sent 5,000 troops to the region last week.',
    'The company employs 1,200 workers at its plant outside the city.',
    'The school was attacked by gunmen on Monday, and 12 pupils were taken.',
    'A strike on Tuesday damaged 8 schools in the eastern quarter of the town.',
    'The ministry plans to build 40 new schools in the region next year.',
    'The prison holds its annual open day in May.',
    'The recruitment drive aims to sign up 500 new police officers by the end of the year.',
    'The court sentenced 14 men to death on Wednesday for the bombing.',
    'Six children were killed when a shell hit their house on Thursday.',
    'The company recruited 70 graduates to join its engineering team this year.',
    'The stadium holds 40,000 spectators.',
    "The teachers' union said 300 teachers had joined the strike for higher pay.",
]


@pytest.mark.parametrize("text", AGGREGATES)
def test_aggregate_kinds_are_found(aggs, text):
    assert aggs(text), text


@pytest.mark.parametrize("text", NOT_AGGREGATES)
def test_near_misses_are_no_aggregates(aggs, text):
    assert aggs(text) == [], text


def _one(out):
    assert len(out) == 1, out
    a = out[0]
    return a["quantity"], a["low"], a["high"], a["unit"], a["period_start"]


# -- children recruited by armed groups ------------------------------------------------------------------------

def test_children_recruited_over_a_span(aggs):
    out = aggs("The rebels have recruited as many as 2,000 children over the past two years, the report found.")
    assert _one(out)[:4] == (2000, None, 2000, "people")
    out = aggs("An estimated 40,000 children have been recruited by armed groups since 2013.")
    assert _one(out) == (40000, None, None, "people", "2013-01-01")


def test_children_recruited_compared_with_the_year_before(aggs):
    out = aggs("Armed groups recruited 460 children in 2020, up from 310 in 2019.")
    assert [(a["quantity"], a["period_start"]) for a in out] == [(460, "2020-01-01"), (310, "2019-01-01")]


def test_recruits_who_are_no_children_are_nothing(aggs):
    assert aggs("The company recruited 70 graduates to join its engineering team this year.") == []
    assert aggs("The recruitment drive aims to sign up 500 new police officers by the end of the year.") == []


# -- people held in custody ------------------------------------------------------------------------------------

def test_detainees_held(aggs):
    out = aggs("The authorities are holding more than 3,000 detainees suspected of links to the group.")
    assert _one(out)[:4] == (3000, 3000, None, "people")
    out = aggs("Some 1,200 prisoners are held in the overcrowded jail, most of them accused of belonging to the group.")
    assert _one(out)[:4] == (1200, None, None, "people")


def test_a_place_that_holds_things_is_no_custody(aggs):
    assert aggs("The stadium holds 40,000 spectators.") == []
    assert aggs("The prison holds its annual open day in May.") == []


# -- schools and clinics attacked over a period ----------------------------------------------------------------

def test_services_attacked_over_a_period(aggs):
    out = aggs("Since January, 38 schools have been attacked in the province (up from 21 last year).")
    assert out and out[0]["quantity"] == 38 and out[0]["unit"] == "places" and out[0]["period_start"] == "2021-01-01"
    out = aggs("Armed groups have attacked at least 27 clinics in the north since the start of the year, the health "
               "ministry said.")
    assert _one(out)[:4] == (27, 27, None, "places")


def test_services_hit_in_one_strike_are_nothing(aggs):
    assert aggs("A strike on Tuesday damaged 8 schools in the eastern quarter of the town.") == []
    assert aggs("The ministry plans to build 40 new schools in the region next year.") == []


# -- running totals and spans ----------------------------------------------------------------------------------

def test_toll_over_the_bare_plural_of_a_span(aggs):
    out = aggs("The death toll from months of clashes has risen to more than 600.")
    assert _one(out)[:4] == (600, 600, None, "people")


def test_running_total_in_the_present_tense(aggs):
    out = aggs("The number of internally displaced persons now exceeds 1.8 million, up from 1.1 million a year ago.")
    assert [a["quantity"] for a in out] == [1800000, 1100000]
    assert out[0]["unit"] == "people"


def test_population_of_the_displaced_grew_to_a_figure(aggs):
    out = aggs("The refugee population in the camps has grown to 120,000 this year.")
    assert _one(out) == (120000, None, None, "people", "2021-01-01")


def test_population_of_a_city_is_nothing(aggs):
    assert aggs("The city's population has grown to 2 million since 2010.") == []


# -- shares of a whole named with its owner and count; parts after 'of which' ----------------------------------

def test_share_of_an_owners_counted_places(aggs):
    out = aggs("Almost half of the district's 60 villages have been emptied by the violence.")
    assert _one(out)[:4] == (50, None, 50, "percent")


def test_part_after_of_which_counts_the_thing_before(aggs):
    assert aggs("The parliament has 275 seats, of which the ruling bloc holds 140.") == []
    assert aggs("The alliance won 98 seats, of which the largest party holds 61.") == []
