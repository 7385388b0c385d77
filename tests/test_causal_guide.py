"""Causal claims in the annotation brief's scheme (../shared/data/reports/GUIDE.md), on sentences written for
marsad about invented incidents: each cue kind the guide lists gives one record with its cause and effect, and
what the guide leaves out (temporal after/following/amid/since, plain purpose infinitives, conditionals,
negated relations, an attack's own casualties or damage, old history on both sides) gives none.
Polarity is stored as "increase" / "decrease" (the guide's "+" / "-")."""
import pytest

from marsad.annotate.quotes import extract_quotes, load_nlp
from marsad.extract.claims import extract_claims
from marsad.extract.drivers import DRIVERS, category, classify


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _causal(nlp, text, published="2024-05-10"):
    doc = nlp(text)
    quotes = extract_quotes(text, doc=doc)
    return [c for c in extract_claims(text, published=published, quotes=quotes, doc=doc) if c.kind == "causal"]


# (sentence, words inside the cause span, words inside the effect span, polarity)
POSITIVES = [
    ("Shops in the town stayed shut because the militia had imposed a curfew on the main market.",
     "imposed a curfew", "Shops in the town stayed shut", "increase"),
    ("The convoy was delayed for three days due to heavy flooding on the mountain road.",
     "heavy flooding", "The convoy was delayed", "increase"),
    ("The collapse of the bridge was caused by repeated shelling of the river crossing.",
     "repeated shelling", "The collapse of the bridge", "increase"),
    ("Farmers abandoned their fields, and as a result food prices in the district doubled.",
     "Farmers abandoned their fields", "food prices in the district doubled", "increase"),
    ("The militia seized the only bridge into the town. As a result, aid convoys could not reach the camps.",
     "seized the only bridge", "aid convoys could not reach the camps", "increase"),
    ("The army closed the border crossing in response to the kidnapping of two engineers.",
     "the kidnapping of two engineers", "closed the border crossing", "increase"),
    ("The rebels shelled the garrison in retaliation for the execution of their commander.",
     "the execution of their commander", "shelled the garrison", "increase"),
    ("The dismissal of the provincial governor led to a wave of protests in the capital.",
     "The dismissal of the provincial governor", "a wave of protests", "increase"),
    ("The arrest of the cleric prompted thousands of his followers to block the highway.",
     "The arrest of the cleric", "to block the highway", None),
    ("Rising unemployment among young men has fuelled recruitment by armed groups in the north.",
     "Rising unemployment", "recruitment", "increase"),
    ("The withdrawal of government troops from the valley enabled the insurgents to regroup.",
     "The withdrawal of government troops", "the insurgents to regroup", "increase"),
    ("The lack of patrols allowed smugglers to move weapons across the border.",
     "The lack of patrols", "smugglers to move weapons", "increase"),
    ("The new checkpoints made it harder for the gunmen to enter the city.",
     "The new checkpoints", "harder for the gunmen", None),
    ("Foreign funding helped the militia buy heavy weapons.",
     "Foreign funding", "the militia buy heavy weapons", "increase"),
    ("Corruption in the police force has undermined public trust in the courts.",
     "Corruption in the police force", "public trust", "decrease"),
    ("The killing of the tribal elder raised fears of a new cycle of revenge attacks.",
     "The killing of the tribal elder", "fears of a new cycle", "increase"),
    ("Much of the violence in the province is stemming from disputes over grazing land.",
     "disputes over grazing land", "the violence in the province", "increase"),
    ("The unrest stems from a dispute over the allocation of oil revenues.",
     "a dispute over the allocation", "The unrest", "increase"),
    ("Residents fled the village in order to avoid the fighting.",
     "Residents fled the village", "the fighting", "decrease"),
    ("The government imposed a curfew in the city to prevent further clashes.",
     "imposed a curfew", "further clashes", "decrease"),
    ("Aid agencies suspended deliveries, since the roads had been mined.",
     "the roads had been mined", "Aid agencies suspended deliveries", "increase"),
    ("Traders kept their shops closed, as they feared looting.",
     "they feared looting", "Traders kept their shops closed", "increase"),
    ("The drought has pushed many herders into debt, raising concerns about recruitment by jihadists.",
     "pushed many herders into debt", "raising concerns", "increase"),
    ("The floods destroyed the main dam, forcing thousands of families from their homes.",
     "The floods destroyed the main dam", "forcing thousands of families", "increase"),
    ("The army withdrew from the town last month, allowing the militants to return.",
     "The army withdrew from the town", "allowing the militants to return", "increase"),
    ("The bridge was destroyed in the floods, hampering efforts to deliver aid to the villages.",
     "The bridge was destroyed", "hampering efforts", None),
    ("The rebels cut the main supply road, complicating the army's advance on the city.",
     "The rebels cut the main supply road", "complicating the army's advance", "increase"),
    ("Analysts attributed the rise in kidnappings to the collapse of the currency.",
     "the collapse of the currency", "the rise in kidnappings", "increase"),
    ("The killing of the group's veteran commander left its fighters without direction.",
     "veteran commander", "its fighters without direction", "increase"),
    ("What makes the road so dangerous is the number of hidden mines.",
     "the number of hidden mines", "the road so dangerous", "increase"),
]


@pytest.mark.parametrize("text,cause,effect,polarity", POSITIVES, ids=[p[0][:40] for p in POSITIVES])
def test_guide_cue_gives_one_relation(nlp, text, cause, effect, polarity):
    claims = [c for c in _causal(nlp, text) if cause in text[c.cause.start:c.cause.end]]
    assert len(claims) == 1, [(text[c.cause.start:c.cause.end], text[c.effect.start:c.effect.end])
                              for c in _causal(nlp, text)]
    c = claims[0]
    assert effect in text[c.effect.start:c.effect.end]
    assert c.start <= min(c.cause.start, c.effect.start) and c.end >= max(c.cause.end, c.effect.end)
    assert polarity is None or c.polarity == polarity
    assert c.claimant is None                     # the journalist's own voice


NEGATIVES = [
    "The governor visited the market after the explosion killed four traders.",          # temporal after
    "Following the raid, police arrested six men in the nearby village.",                # temporal following
    "Amid the fighting, hundreds of families crossed the river into the next province.",  # amid
    "The town has been calm since the ceasefire took effect in March.",                  # since = time
    "Attacks on the main highway have risen since the start of the year.",
    "Troops were deployed to protect the pipeline from sabotage.",                       # plain purpose
    "The police set up roadblocks to search vehicles entering the city.",
    "Hundreds of teachers marched to the ministry to demand their unpaid salaries.",
    "If the talks fail, the militia will resume its attacks on the capital.",            # conditional
    "If the curfew leads to more arrests, the unions will call a general strike.",
    "The new law would fuel unrest unless the government consults the tribes.",
    "If the rains fail again, the herders will move south because the wells will be dry.",
    "Is the surge in kidnappings driven by the collapse of the currency?",              # a question
    "The curfew did not lead to a drop in attacks in the southern districts.",           # negated
    "The strike was not caused by a shortage of fuel.",
    "A car bomb exploded near a checkpoint, killing seven soldiers and wounding twelve others.",  # own toll
    "The air strike destroyed a school and damaged several houses.",                     # own damage
    "The shelling left three civilians dead in the eastern suburb.",
    "The 1991 uprising led to the collapse of the old regime.",                          # old history
    "As the convoy was crossing the bridge, gunmen opened fire from the hills.",         # as = while
    "Gunmen fired on the crowd as it gathered outside the mosque.",
    "The fighting this year was not as fierce as it was during the first offensive.",    # comparative as
    "The officials did not react as if the village had been attacked.",                  # as if
    "The programme, which since has been extended to two provinces, pays former fighters a stipend.",
    "Several checkpoints stopped searching trucks two weeks before the attack.",         # aspectual stop
    "The two guards who drove the prisoner were suspended.",                             # drive = motion
    "A bulldozer pushed the wreckage off the road.",                                     # physical push
    "The minister flew to the capital to attend a summit on refugees.",
    "The agency stepped up its efforts to prevent the spread of cholera in the camps.",  # an aim
    "Members of the union reached the town square carrying placards and raising slogans.",   # an action
    "The workers staged a sit-in outside the ministry, raising several demands.",
    "The delays at the border were not due to the new checks, the customs office said.",   # negated
    "In the years since the rebels left the valley, the farmers have rebuilt their houses.",  # since = time
    "Most of the displaced families will end up in the camps near the capital.",          # end up
    "The rebels took the hill, giving their commander a view over the whole valley.",     # give, no result
    "The cops stopped him at the gate of the compound.",                                   # an action
    "The crimes attributed to the commander by the court date back to the civil war.",     # an attributor
    "Local sources attributed the attack to a breakaway faction of the militia.",          # responsibility
    "The warehouse was badly damaged in the attack, the police said.",                     # own damage
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[n[:40] for n in NEGATIVES])
def test_guide_exclusions_give_nothing(nlp, text):
    got = _causal(nlp, text)
    assert got == [], [(text[c.cause.start:c.cause.end], text[c.effect.start:c.effect.end]) for c in got]


def test_overlapping_readings_of_one_clause_are_one_record(nlp):
    # 'because of' and the verb 'cause' both read the same relation; one record stays
    text = "Flooding caused the closure of the road because of the heavy rain in the hills."
    got = _causal(nlp, text)
    assert len({(c.cause.start, c.effect.start) for c in got}) == len(got)
    pairs = [(text[c.cause.start:c.cause.end], text[c.effect.start:c.effect.end]) for c in got]
    assert not any(a[0] == b[0] and a[1] == b[1] for i, a in enumerate(pairs) for b in pairs[i + 1:])


def test_concessive_clause_is_not_part_of_the_cause(nlp):
    text = "Although the protests were small, they alarmed the government, prompting it to deploy extra police."
    got = _causal(nlp, text)
    assert got and all("Although" not in text[c.cause.start:c.cause.end] for c in got)


def test_claimant_is_the_quoted_source_or_none(nlp):
    text = ("By Jane Roe\n\nKIRKUK, Iraq — Attacks on the villages have doubled this spring. "
            "\"The attacks have increased because the checkpoints were removed,\" said Ahmed Karimi, a local "
            "council member. The withdrawal of the police from the district has allowed the gunmen to move freely.")
    got = _causal(nlp, text)
    quoted = [c for c in got if "checkpoints were removed" in text[c.cause.start:c.cause.end]]
    own = [c for c in got if "withdrawal of the police" in text[c.cause.start:c.cause.end]]
    assert quoted and quoted[0].claimant == "Ahmed Karimi"
    assert own and own[0].claimant is None         # not the byline author (GUIDE: null for the journalist)


# -- drivers: the cause, classified into the brief's categories (cue words per category, own sentences) ----------
DRIVER_CASES = [
    ("the removal of checkpoints on the main road", "security_posture"),
    ("the redeployment of troops to the frontline", "security_posture"),
    ("troops have been diverted to enforce the lockdown", "security_posture"),   # the posture, not the virus
    ("the police are stretched thin by the election", "security_posture"),
    ("the disbanding of the army", "security_posture"),
    ("the worsening security situation", None),  # a situation, no posture named
    ("the killing of the group's veteran commander", "leadership_change"),
    ("the appointment of a new governor", "leadership_change"),
    ("political rivalries in the capital", "governance_corruption"),
    ("the decline in oil revenues", "economic_hardship"),
    ("the arrival of fighters from abroad", "external_support"),
    ("a reshuffle of senior army officers", "leadership_change"),
    ("the lockdown imposed to slow the virus", "pandemic_lockdown"),
    ("rising unemployment among young men", "economic_hardship"),
    ("months of unpaid salaries", "economic_hardship"),
    ("conditions in the overcrowded camps for displaced families", "displacement_reintegration"),
    ("the failure to reintegrate former fighters", "displacement_reintegration"),
    ("the rugged mountains along the porous border", "terrain_safe_havens"),
    ("corruption in the provincial administration", "governance_corruption"),
    ("discrimination against the religious minority", "sectarian_grievance"),
    ("weapons smuggled from a neighbouring country", "external_support"),
    ("funding from foreign sponsors", "external_support"),
    ("territorial losses", None),                 # outside the taxonomy (GUIDE)
    ("military pressure from the coalition", None),
    ("the heavy rain in the hills", None),
]


@pytest.mark.parametrize("cause,driver", DRIVER_CASES, ids=[c for c, _ in DRIVER_CASES])
def test_driver_of_a_cause(cause, driver):
    assert classify(cause) == driver


def test_driver_categories_are_the_brief_strings():
    assert {category(k) for k in DRIVERS} == {
        "security posture/deployment", "leadership/command change", "pandemic/lockdown",
        "economic hardship/unemployment", "displacement/camps/reintegration", "terrain/safe havens",
        "governance/corruption", "sectarian grievance", "external support"}


def test_driver_lexicons_say_where_their_words_come_from():
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "marsad" / "data" / "lexicons"
    for k in DRIVERS:
        first = (root / f"drivers_{k}.txt").read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# source:") and "general" in first, k


def test_driver_in_an_extracted_claim(nlp):
    text = "Rising unemployment among young men has fuelled recruitment by armed groups in the north."
    got = _causal(nlp, text)
    assert len(got) == 1 and got[0].driver == "economic_hardship"
    text = "Territorial losses forced the group to change its tactics."
    got = _causal(nlp, text)
    assert len(got) == 1 and got[0].driver is None
