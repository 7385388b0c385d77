"""Round 6 of the causal rules: more phrasings of the same relations, and more of the brief's exclusions
(all sentences invented for these tests)."""
from __future__ import annotations

import pytest

from marsad.extract.claims import extract_claims


def causal(text):
    return [(text[c.cause.start:c.cause.end], text[c.effect.start:c.effect.end])
            for c in extract_claims(text, published="2020-05-01") if c.kind == "causal"]


@pytest.mark.parametrize("text,cause,effect", [
    # raising: the subject of 'expected / likely / continues' is the cause of the infinitive's object
    ("The extra checkpoints are expected to reduce the number of car bombs in the capital.",
     "The extra checkpoints", "the number of car bombs"),
    ("The deal is likely to ease tensions along the frontier.", "The deal", "tensions along the frontier"),
    ("The drought continues to fuel migration to the cities.", "The drought", "migration to the cities"),
])
def test_raised_subject_is_the_cause(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "The deal is not expected to reduce the violence.",           # negated
    "The army is expected to reduce its presence in the north.",  # an agent's plan, not a cause
])
def test_raised_subject_exclusions(text):
    assert causal(text) == []


@pytest.mark.parametrize("text,cause,effect", [
    ("The killing of the tribal elder revived tensions between the two clans.", "The killing of the tribal elder",
     "tensions between the two clans"),
    ("The sermons fanned sectarian hatred.", "The sermons", "sectarian hatred"),
    ("The blockade compounded the misery of the residents.", "The blockade", "the misery of the residents"),
    ("The arrests have widened the rift between the two factions.", "The arrests",
     "the rift between the two factions"),
    ("The ceasefire eased tensions in the border towns.", "The ceasefire", "tensions in the border towns"),
    ("Sectarian killings have fed a cycle of revenge attacks.", "Sectarian killings", "a cycle of revenge attacks"),
])
def test_more_causal_verbs(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "Fighting eased in the afternoon.",               # intransitive, a time is no effect
    "The army eased restrictions on movement.",       # an agent acting
    "The guards fed the prisoners twice a day.",      # an agent acting
])
def test_more_causal_verbs_keep_exclusions(text):
    assert causal(text) == []


@pytest.mark.parametrize("text,cause,effect", [
    ("The new governor brought a sharp change in the way the police patrol the district.", "The new governor",
     "a sharp change"),
    ("The ceasefire has brought a measure of calm to the border towns.", "The ceasefire",
     "a measure of calm to the border towns"),
    ("The ruling has given hope to the relatives of the missing.", "The ruling", "hope"),
    ("The split gave the militants a foothold in the valley.", "The split", "a foothold in the valley"),
    ("Years of neglect have turned the camps into recruiting grounds for extremists.", "Years of neglect",
     "recruiting grounds for extremists"),
])
def test_light_verbs_with_result_objects(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "The president brought a group of advisers to the talks.",
    "The storm brought heavy rain to the north.",
    "The militants turned the school into a base.",     # an agent acting
    "The protest turned into a riot.",                  # a change, not a cause
])
def test_light_verbs_without_result_objects(text):
    assert causal(text) == []


@pytest.mark.parametrize("text,cause,effect", [
    ("The faction said the raid was revenge for the killing of its commander.", "the killing of its commander",
     "the raid"),
    ("The bombing was a reprisal for the raids on the camps.", "the raids on the camps", "The bombing"),
    ("Officials attributed the decline in violence to better intelligence sharing.", "better intelligence sharing",
     "the decline in violence"),
])
def test_revenge_and_attribution(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "The ministry is due to release its report next week.",          # 'due to' + verb: a schedule
    "The court is due to rule on the case on Monday.",
    "The bombing caused heavy casualties.",                           # an attack's own casualties
    "The shelling caused many deaths among civilians.",
    "The alliance said the shelling raised the week's toll to 40.",   # arithmetic
    "The new deaths pushed the toll above 100.",
    "Protesters blocked roads leading to the parliament.",            # a road leads to a place
    "The track leads to the border.",
    "The militants forced their way into the compound and took hostages.",   # motion
    "The movement has grown stronger, as they did in the north.",      # 'as' of comparison
])
def test_brief_exclusions_round6(text):
    assert causal(text) == []


def test_exclusions_keep_the_real_relations():
    assert ("heavy rain", "The delay") in causal("The delay is due to heavy rain.")
    assert ("The war", "a sharp rise in civilian casualties") in causal(
        "The war has caused a sharp rise in civilian casualties.")
    assert ("The clashes", "the closure of the road") in causal("The clashes led to the closure of the road.")
    assert ("The fighting", "fears of a wider war") in causal("The fighting has raised fears of a wider war.")


@pytest.mark.parametrize("text,cause,effect", [
    # passives and fronted participles of causal verbs with a 'by' agent that is a situation
    ("The group has been weakened by the deaths of several senior commanders in air strikes this year.",
     "the deaths of several senior commanders in air strikes this year", "The group"),
    ("Most of the unrest has been driven by a power struggle between rival factions.",
     "a power struggle between rival factions", "Most of the unrest"),
    ("Encouraged by the arrival of reinforcements, the garrison launched a counter-attack.",
     "the arrival of reinforcements", "the garrison launched a counter-attack"),
    ("The talks have been delayed by disagreements over the agenda.", "disagreements over the agenda", "The talks"),
])
def test_passive_agents_that_are_causes(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "The protesters were dispersed by police.",          # an agent acting
    "The convoy was delayed by the rebels at a checkpoint.",
    "The car was driven by a suicide bomber.",            # motion
])
def test_passive_agents_that_act(text):
    assert causal(text) == []


@pytest.mark.parametrize("text,cause,effect", [
    ("The strikes have severely degraded the group's ability to launch attacks, the coalition said.",
     "The strikes", "the group's ability to launch attacks"),
    ("The closure of the border has starved the rebels of supplies.", "The closure of the border",
     "the rebels of supplies"),
    ("The group's ability to strike the capital has shaken public confidence in the security forces.",
     "The group's ability to strike the capital", "public confidence in the security forces"),
    ("The town was spared thanks largely to the intervention of tribal leaders.",
     "the intervention of tribal leaders", "The town was spared"),
    # 'N people' followed by a state or an action is a result, not a toll
    ("The conflict has left more than 3 million people in need of aid.", "The conflict",
     "more than 3 million people in need of aid"),
    ("The fighting forced more than 3,000 people to flee their homes.", "The fighting",
     "more than 3,000 people to flee their homes"),
])
def test_more_result_phrasings(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "The blast left 12 people dead.",
    "The explosion shook buildings across the city.",     # an attack's own damage
])
def test_tolls_and_damage_stay_out(text):
    assert causal(text) == []


@pytest.mark.parametrize("text,cause,effect", [
    # a cleft focus and 'in what X said was ...' stand for the pronoun subject
    ('"It is the lack of jobs that is behind all this," said a local elder.', "the lack of jobs", "all this"),
    ("Militants attacked the checkpoint in what they said was retaliation for the arrest of three members.",
     "the arrest of three members", "Militants attacked the checkpoint"),
    ("The government has struggled to contain the violence, which has been fuelled by a long-running dispute "
     "over grazing land.", "a long-running dispute over grazing land", "the violence"),
    ("Frustration over the slow pace of reconstruction has also played a role in the unrest.",
     "Frustration over the slow pace of reconstruction", "the unrest"),
    ("The governor blamed the central government for the deterioration in security.", "the central government",
     "the deterioration in security"),
    # parse errors: 'has angered residents' read as an adjective; 'of the chaos to expand' read as a clause
    ("The decision to close the crossing has angered residents who rely on trade with the neighbouring country.",
     "The decision to close the crossing", "residents who rely on trade with the neighbouring country"),
    ("The militants are taking advantage of the chaos to expand their influence.", "the chaos",
     "to expand their influence"),
    ("The government's heavy-handed response has only served to alienate the local population.",
     "The government's heavy-handed response", "the local population"),
    # (round 9: a toll counted to date or over a period, 'Fighting has displaced some 200,000 people in the past
    # month', is an aggregate claim, not a causal one - the gold practice; one episode in the past stays causal)
    ("Fighting displaced some 2,000 villagers on Sunday, according to the United Nations.",
     "Fighting", "some 2,000 villagers"),
])
def test_resolved_sides_and_parse_errors(text, cause, effect):
    assert (cause, effect) in causal(text)


def test_coordinated_verbs_share_a_cause():
    got = causal("The spokesman said the airstrikes, which began in March, had weakened the militants and "
                 "allowed ground forces to advance.")
    assert ("the airstrikes, which began in March", "the militants") in got
    assert ("the airstrikes, which began in March", "ground forces to advance") in got


@pytest.mark.parametrize("text", [
    "The militia played a key role in retaking the hill.",     # an agent's part in an action
    "Police blamed the militants for the bombing.",                   # responsibility for an attack
    "The minister blamed the rebels for the rise in attacks.",
])
def test_agents_stay_out_round6(text):
    assert causal(text) == []


@pytest.mark.parametrize("text,cause,effect", [
    ("The drought is largely responsible for the rise in food prices.", "The drought", "the rise in food prices"),
    ("The blockade has had a devastating impact on the economy of the enclave.", "The blockade",
     "the economy of the enclave"),
    ("Corruption has been a key factor in the collapse of the army.", "Corruption", "the collapse of the army"),
    ("The new checkpoints have kept the militants from entering the city.", "The new checkpoints",
     "the militants from entering the city"),
    ("Now that the army has left, the militants move freely.", "the army has left", "the militants move freely"),
    ("The police kept firing tear gas, provoking clashes.", "The police kept firing tear gas", "provoking clashes"),
    # the marker is not part of the cause
    ("Because the roads were mined, aid convoys could not reach the town.", "the roads were mined",
     "aid convoys could not reach the town"),
])
def test_round6_nominal_and_clausal_cues(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "The militants are responsible for the attack.",               # responsibility, not a cause
    "The group is responsible for most of the bombings in the capital.",
    "The guards kept the prisoners from talking.",                 # an agent acting
    "The army kept its troops in the barracks.",
    "The troops shelled the village, killing civilians.",          # an attack's own casualties
    "The fighters are known as Daesh, meaning the group in Arabic.",   # a gloss
])
def test_round6_nominal_and_clausal_exclusions(text):
    assert causal(text) == []


def test_complement_gerund_is_no_result_clause():
    # 'to avoid provoking the crowd': one relation (the action keeps the provocation away), not a second one
    # with 'provoking' read as a result clause
    got = causal("The soldiers stayed in their barracks to avoid provoking the crowd.")
    assert got == [("stayed in their barracks", "provoking the crowd")]


@pytest.mark.parametrize("text,cause,effect", [
    ("The withdrawal of the army let the militants regroup in the hills.", "The withdrawal of the army",
     "the militants regroup in the hills"),
    ("The last-minute deal averted a war between the two factions.", "The last-minute deal",
     "a war between the two factions"),
    ("The arrest of the cleric touched off riots in the capital.", "The arrest of the cleric", "riots in the capital"),
    ("The conflict has weighed heavily on the economy.", "The conflict", "the economy"),
    ("Prices rose on the back of the drought.", "the drought", "Prices rose"),
    # 'as' with a change in the main clause
    ("Food prices have soared as the siege has tightened.", "the siege has tightened", "Food prices have soared"),
])
def test_round6_more_verbs_and_connectives(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "The army let the civilians leave the town.",                  # an agent acting
    "The police chief arrived as the crowd dispersed.",            # 'as' of time
    "Maria Lopez, head of one of the charities helping families in the camps, visited the town.",   # agent acting
])
def test_round6_more_exclusions(text):
    assert causal(text) == []


@pytest.mark.parametrize("text", [
    "Officials denied that the curfew had caused shortages.",                   # a denied relation is negated
    "The ministry rejected claims that the blockade had led to food shortages.",
    "The explosion caused extensive damage to the warehouse.",                       # an attack's own damage
    "The shelling caused widespread destruction in the old city.",
])
def test_denials_and_damage(text):
    assert causal(text) == []


def test_asserted_relations_next_to_denials_stay():
    assert ("the curfew", "shortages") in causal("Officials said the curfew had caused shortages.")
    assert ("The war", "a rise in damage claims") in causal("The war has caused a rise in damage claims.")


@pytest.mark.parametrize("text,cause,effect", [
    ("Militants shelled the base on Monday. In response, the army launched air strikes on their positions.",
     "Militants shelled the base on Monday", "the army launched air strikes on their positions"),
    ("The rebels stormed the town. In retaliation, government forces bombed the market.",
     "The rebels stormed the town", "government forces bombed the market"),
    ("The army responded to the attack by shelling the villages.", "the attack", "shelling the villages"),
    ("The group vowed to retaliate for the killing of its leader.", "the killing of its leader", "to retaliate"),
])
def test_responses(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "The ministry responded to questions by email.",                      # a means, not a response to a cause
    "The governor vowed to retaliate hard against the raiders.",   # 'against': the target
])
def test_responses_without_a_cause(text):
    assert causal(text) == []


@pytest.mark.parametrize("text,cause,effect", [
    # 'as' of reason: the as-clause states a condition (struggling, failing, being outnumbered)
    ("The town fell quickly as the defenders were outnumbered.", "the defenders were outnumbered",
     "The town fell quickly"),
    ("The militants moved freely as the army failed to secure the border.", "the army failed to secure the border",
     "The militants moved freely"),
])
def test_as_of_reason_with_stative_clauses(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text,cause,effect", [
    ("Given the security situation, the visit was cancelled.", "the security situation", "the visit was cancelled"),
    ("The roads are mined, which is why aid cannot reach the town.", "The roads are mined",
     "aid cannot reach the town"),
    ("The border is porous. That is why the army has sent more troops to the border.", "The border is porous",
     "the army has sent more troops to the border"),
    ("The offensive stalled due in part to heavy rain.", "heavy rain", "The offensive stalled"),
])
def test_why_given_and_hedged_prepositions(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "She asked why the army had left.",              # a question, no stated reason
    "The offensive stalled in the afternoon.",        # intransitive, no effect
])
def test_why_and_intransitive_exclusions(text):
    assert causal(text) == []


@pytest.mark.parametrize("text", [
    "Neither the curfew nor the checkpoints have reduced the attacks.",   # negated by 'neither ... nor'
    "The strikes have hardly weakened the group.",                         # negated by 'hardly'
    "The deployment did little to stop the attacks.",
    "The extra troops failed to prevent the attacks.",
])
def test_weak_negations(text):
    assert causal(text) == []


@pytest.mark.parametrize("text,cause,effect", [
    # '-ing' result clauses with more verbs (GUIDE: 'raising concerns')
    ("Gunmen attacked a convoy on the highway, adding to the pressure on the government.",
     "Gunmen attacked a convoy on the highway", "adding to the pressure on the government"),
    ("The militants seized two villages, renewing fears of a wider offensive.", "The militants seized two villages",
     "renewing fears of a wider offensive"),
    ("The government raised fuel prices, increasing pressure on poor families.", "The government raised fuel prices",
     "increasing pressure on poor families"),
    ("The army withdrew from the border, paving the way for the militants to return.",
     "The army withdrew from the border", "paving the way for the militants to return"),
    ("The police arrested the cleric, setting off riots in the capital.", "The police arrested the cleric",
     "setting off riots in the capital"),
    ("The attack cast doubt on the ceasefire.", "The attack", "doubt"),
])
def test_more_result_participles(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "The spokesman denied the report, adding that the army was in control.",   # speech, not a result
    "The militants stormed the gate, opening fire on the guards.",              # the attack itself
    "The rebels advanced on the town, setting up checkpoints on the roads.",   # a further action
    "He cast his vote in the capital.",
])
def test_participles_that_are_no_results(text):
    assert causal(text) == []


@pytest.mark.parametrize("text,cause,effect", [
    # an appositive 'move / decision' sums up the clause before it, which is the cause
    ("The government closed the border, a move that angered traders.", "The government closed the border",
     "angered traders"),
    ("The president sacked the army chief, in a move likely to anger his supporters.",
     "The president sacked the army chief", "anger his supporters"),
])
def test_appositive_move(text, cause, effect):
    assert (cause, effect) in causal(text)


def test_appositive_move_is_one_relation():
    got = causal("The army withdrew from the town, a decision that allowed the militants to return.")
    assert got == [("The army withdrew from the town", "allowed the militants to return")]


@pytest.mark.parametrize("text", [
    "The council approved the plan, a move designed to reduce tension.",   # a purpose, not a result
    "The minister announced the move on Monday.",
])
def test_appositive_move_exclusions(text):
    assert causal(text) == []


def test_coordinated_result_participles_take_the_main_clause():
    text = ("A suicide bomber blew himself up at a checkpoint on Sunday, killing four soldiers and prompting the "
            "closure of the main road.")
    assert causal(text) == [("A suicide bomber blew himself up at a checkpoint on Sunday",
                             "prompting the closure of the main road")]
    text = "The army withdrew, leaving the town undefended and allowing the militants to return."
    assert causal(text) == [("The army withdrew", "leaving the town undefended and allowing the militants to return")]


@pytest.mark.parametrize("text,cause,effect", [
    ("The drought is blamed for the rise in food prices.", "The drought", "the rise in food prices"),
    ("The rise was blamed on the drought.", "the drought", "The rise"),
    ("The drought is believed to have fuelled the migration to the cities.", "The drought",
     "the migration to the cities"),
])
def test_passive_blame_and_raising_by_belief(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "The militants are blamed for the bombing.",                 # responsibility for an attack
    "The faction is believed to have staged the raid.",
])
def test_passive_blame_exclusions(text):
    assert causal(text) == []


@pytest.mark.parametrize("text,cause,effect", [
    ("The defeat dealt a heavy blow to the group's morale.", "The defeat", "a heavy blow to the group's morale"),
    ("The loss of the town has dealt a setback to the peace talks.", "The loss of the town",
     "a setback to the peace talks"),
])
def test_dealt_a_blow(text, cause, effect):
    assert (cause, effect) in causal(text)


def test_deal_with_is_no_relation():
    assert causal("The ministry deals with complaints from residents.") == []


def test_a_text_that_ends_on_a_discourse_so_is_no_error():
    # found by bench/fuzz.py: "so" as the document's last token had no next token to look at
    from marsad.extract.claims import extract_claims

    text = "The roads were closed for a week, and the traders were angry, and so"
    assert isinstance(extract_claims(text, published="2021-06-15"), (list, tuple))
