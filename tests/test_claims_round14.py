"""Round 14 (issue 10 item 2): more causal shapes of real writing — 'the more X, the more Y', a
sentence-opening absolute 'With the police gone, Y', 'out of desperation', 'has been linked / traced to', 'a major
factor behind', 'a key contributor to', 'put pressure on', 'restored calm to', 'provided X with Y', 'given X the
means to' — and false positives of 'means' (a name's meaning) and 'the causes of X' (asked about, none stated).
Sentences invented for these tests (generic places and people), each next to a guard for its near-miss."""
from claim_helpers import pairs


def test_the_more_the_more():
    got = pairs("The more the army cracked down, the more young men joined the rebels.")
    assert any("army cracked down" in c and "young men joined" in e for c, e in got), got
    got = pairs("The longer the siege lasts, the more people will die of hunger.")
    assert any("siege lasts" in c and "die of hunger" in e for c, e in got), got


def test_comparatives_without_a_correlative_stay_out():
    for text in ("The more, the merrier, he joked.", "The more senior officers were not arrested.",
                 "More and more people are leaving the city."):
        assert not pairs(text), text


def test_opening_absolute_with():
    got = pairs("With the police gone, the gangs moved in.")
    assert any("police gone" in c and "gangs moved" in e for c, e in got), got
    got = pairs("With the bridge destroyed, aid could not reach the villages.")
    assert any("bridge destroyed" in c and "aid could not reach" in e for c, e in got), got


def test_with_of_accompaniment_or_time_stays_out():
    for text in ("With the police, the soldiers searched the houses.",
                 "With the help of local guides, the team reached the village.",
                 "With tears in her eyes, she described the attack.",
                 "The men, with their faces covered, entered the market.",
                 "With three days left before the vote, the candidates held rallies."):
        assert not pairs(text), text


def test_out_of_a_motive():
    got = pairs("Many farmers joined the militias out of desperation, a local leader said.")
    assert any(c == "desperation" and "joined the militias" in e for c, e in got), got


def test_out_of_a_place_stays_out():
    for text in ("He stepped out of the car.", "The militants were driven out of the town.",
                 "Three out of ten people in the camp are children."):
        assert not pairs(text), text


def test_linked_to_a_situation():
    got = pairs("The rise in kidnappings has been linked to the collapse of the local economy.")
    assert any("collapse of the local economy" in c and "rise in kidnappings" in e for c, e in got), got


def test_linked_to_a_group_or_a_place_stays_out():
    for text in ("The suspect has been linked to the group, police said.",
                 "The phone was traced to a house in the capital.",
                 "The two men are linked to a smuggling ring.",
                 "The town is linked to the capital by a single road."):
        assert not pairs(text), text


def test_factor_behind_and_contributor_to():
    got = pairs("Unemployment remains a major factor behind the unrest in the south, officials said.")
    assert any("Unemployment" in c and "unrest" in e for c, e in got), got
    got = pairs("Poverty is a key contributor to the rise in crime, the report said.")
    assert any("Poverty" in c and "rise in crime" in e for c, e in got), got


def test_figures_and_donors_stay_out():
    for text in ("The governor remains a major figure behind the reform effort.",
                 "She remains a key contributor to the newspaper.",
                 "The company is a major contributor to the charity."):
        assert not pairs(text), text


def test_put_pressure_and_restore_calm():
    got = pairs("The influx of refugees put enormous pressure on local hospitals.")
    assert any("influx of refugees" in c and "hospitals" in e for c, e in got), got
    got = pairs("The ceasefire has restored a measure of calm to the border region.")
    assert any("ceasefire" in c and "calm" in e for c, e in got), got


def test_agents_pressing_or_repairing_stay_out():
    for text in ("Activists put pressure on the council to rename the street.",
                 "Workers restored power to the neighbourhood on Monday.",
                 "The museum restored the painting to its original colours.",
                 "Engineers restored water to the town."):
        assert not pairs(text), text


def test_provided_with_by_a_situation():
    got = pairs("The porous border provided the insurgents with an easy escape route.")
    assert any("porous border" in c and "insurgents with an easy escape route" in e for c, e in got), got


def test_an_agent_providing_things_stays_out():
    for text in ("The aid agency provided the villagers with food and blankets.",
                 "The ministry provided reporters with a list of the dead.",
                 "The army provided the convoy with an escort."):
        assert not pairs(text), text


def test_given_the_means_to():
    got = pairs("The seized arsenal has given the rebels the capacity to strike the capital.")
    assert any("seized arsenal" in c and "capacity to strike" in e for c, e in got), got


def test_giving_things_stays_out():
    for text in ("The minister gave the reporters a tour of the camp.", "The president gave the governor the medal."):
        assert not pairs(text), text


def test_a_name_that_means_stays_out():
    for text in ("The name means 'river crossing' in the local language.",
                 "The group's name, which means 'the vanguard', was chosen in 2010.",
                 "The word means 'victory' in Arabic."):
        assert not pairs(text), text
    got = pairs("The lack of rain means the harvest will fail.")
    assert any("lack of rain" in c and "harvest will fail" in e for c, e in got), got


def test_the_causes_examined_stay_out():
    for text in ("The report examined the causes of the conflict.",
                 "The commission will investigate the causes of the fire.",
                 "The panel discussed the root causes of extremism."):
        assert not pairs(text), text
    got = pairs("Competition for water is the main cause of the conflict.")
    assert any("Competition for water" in c and "conflict" in e for c, e in got), got


def test_so_with_an_inverted_auxiliary_stays_out():
    assert not pairs("The talks went on for hours and so did the protests.")
    got = pairs("The road was closed, so the aid trucks turned back.")
    assert any("road was closed" in c and "trucks turned back" in e for c, e in got), got
