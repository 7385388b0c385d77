"""Driver categories for causes written in other words than the core terms of each category, and causes that
must stay outside the taxonomy (sentences invented for these tests, about generic situations)."""
import pytest

from marsad.extract.drivers import category, classify

CASES = {
    "security posture/deployment": [
        "the departure of the peacekeepers", "the closure of several army bases", "fewer patrols on the main road",
        "the absence of police in the district", "a reduced military footprint in the region",
        "the end of the international mission", "understaffed police stations", "tighter security around the ministries",
        "the troop surge ordered in May", "poorly guarded roads", "the handover of bases to local units",
        "the army's retreat from the villages", "weak policing in the suburbs",
    ],
    "leadership/command change": [
        "the killing of the group's founder", "the ousting of the provincial governor", "the sacking of the police chief",
        "the appointment of a new army chief", "a succession battle within the movement",
        "the loss of senior figures in the militia", "the resignation of the interior minister",
        "the elimination of the network's head", "the death of the rebel chief",
        # a coup replaces those in power and in command (round 9: moved here from governance/corruption)
        "the military coup last year",
    ],
    "pandemic/lockdown": [
        "the spread of the virus", "movement restrictions imposed to slow the disease", "travel bans during the outbreak",
        "the stay-home orders", "a measles epidemic", "health restrictions on gatherings",
    ],
    "economic hardship/unemployment": [
        "the collapse of the local currency", "falling oil prices", "the lack of economic opportunities", "a deep recession",
        "factory closures and layoffs", "the high cost of bread", "competition for the oil reserves of the north",
        "rivalry over gold mines", "a slump in the economy", "harvests so poor that farmers fell into debt",
        "idle young men with no income", "offers of cash to recruits",
    ],
    "displacement/camps/reintegration": [
        "the flood of people fleeing the fighting", "overcrowded shelters for those who fled",
        "the repatriation of families from abroad", "the influx of migrants into the border towns",
        "forced evictions from the settlements", "the release of former fighters without support",
        "ex-combatants left without jobs or training", "the mass exodus from the valley", "families uprooted by the war",
    ],
    "terrain/safe havens": [
        "the thick bush along the river", "the hills above the town", "a string of islands in the lake",
        "the mangrove swamps of the delta", "lawless border regions", "the group's bases in the hills",
        "inaccessible villages far from any road", "dense vegetation", "the long unguarded frontier",
    ],
    "governance/corruption": [
        "the loss of the region's autonomy", "a disputed election",
        "embezzlement of aid money", "the government's failure to pay teachers", "abuses by the security forces",
        "the lack of basic services", "graft among officials", "the state's failure to protect villagers",
        "extrajudicial killings by police", "the revocation of the region's special status", "broken promises of reform",
    ],
    "sectarian grievance": [
        "clan rivalries over land", "a feud between rival families", "anti-Christian sentiment",
        "hatred between the two communities", "intercommunal violence", "a blood feud between two families",
        "the mistreatment of the minority", "tensions between Muslims and Christians", "xenophobic attacks",
    ],
    "external support": [
        "weapons flowing across the border", "money from wealthy donors abroad", "mercenaries hired by the junta",
        "military aid from a neighbouring state", "arms deliveries to the rebels", "backing from a regional power",
        "the steady supply of weapons", "diaspora funding", "fighters arriving from abroad",
    ],
}


@pytest.mark.parametrize("cause, expected", [(c, k) for k, cs in CASES.items() for c in cs])
def test_cause_in_other_words_gets_its_driver(cause, expected):
    assert category(classify(cause)) == expected


@pytest.mark.parametrize("cause", [
    "territorial losses in the east", "the recent loss of territory", "military pressure on the group",
    "months of pressure from the army", "pressure from government offensives", "sustained air strikes",
    "a single bomb attack on the market", "a suicide bombing on a crowded street", "the group's defeat at the dam",
    "the fall of the city", "intense fighting", "a wave of attacks", "the heavy rains", "the floods", "a drought",
    "cold weather", "the sandstorm", "snowstorms in the mountains", "the heavy rain in the forest",
    "an assault on a barracks", "the rebels' seizure of an army base", "sanctions on the country",
])
def test_outside_the_taxonomy_keeps_no_driver(cause):
    assert classify(cause) is None


def test_air_support_stays_a_posture_not_a_backer():
    # 'support from' names no backer: help given by aircraft shifts the forces on the ground
    assert category(classify("air support from the helicopters")) == "security posture/deployment"
