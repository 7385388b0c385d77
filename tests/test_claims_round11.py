"""Round 11 (helper "claims", issue 10): causal claims and drivers in full reports — the stock 'for fear of
reprisals' of a sourcing line, 'left X with few Y', a speech tag before ', which ...', a relative clause on a whole
list, and forces said to be absent as a clause (sentences invented for these tests: generic places and people)."""
from marsad.extract.claims import extract_claims
from marsad.extract.drivers import classify


def causal(text, published="2024-03-05"):
    return [(text[c.cause.start:c.cause.end], text[c.effect.start:c.effect.end], c)
            for c in extract_claims(text, published=published) if c.kind == "causal"]


def pairs(text, published="2024-03-05"):
    return [(c, e) for c, e, _ in causal(text, published)]


# -- the stock fear of a sourcing line ----------------------------------------------------------------------------
def test_anonymity_for_fear_of_a_bare_noun_is_sourcing():
    for text in ("A shopkeeper, who spoke on condition of anonymity for fear of reprisals, said the market was shut.",
                 "The clerk asked not to be named for fear of reprisal.",
                 "A farmer, who uses the name Abu Karim for fear of retribution, said the road was mined."):
        assert not any("fear" in e or c in ("reprisals", "reprisal", "retribution") for c, e in pairs(text)), text


def test_fear_with_content_or_a_fear_that_moves_people_stays():
    # what is feared is said, or the fear made people act: a relation
    assert any("losing" in c for c, _ in pairs("A driver asked not to be named for fear of losing his licence."))
    assert any(c == "reprisals" for c, _ in pairs("Dozens of families fled the hamlet for fear of reprisals."))


# -- 'left X with few Y': a lack as the resulting state ------------------------------------------------------------
def test_left_with_few_is_a_result():
    got = pairs("The long drought has left the herders in the lowlands with few options.")
    assert any(c == "The long drought" and "few options" in e for c, e in got)
    assert any(c == "The flood" for c, _ in pairs("The flood left the clinic with no fuel."))


def test_left_with_company_is_a_departure():
    assert not pairs("The mayor left the town with his family.")


# -- a speech tag between the clause and ', which ...' ------------------------------------------------------------
def test_which_after_a_speech_tag_refers_to_the_clause_before_the_tag():
    text = ("The smugglers have used the marshes of the delta to hide their boats, a police officer said, "
            "which has made it hard for the coastguard to track them.")
    got = pairs(text)
    assert any(c.startswith("The smugglers have used the marshes") for c, _ in got)
    assert not any("officer said" in c for c, _ in got)


def test_which_after_a_plain_clause_is_unchanged():
    text = "The bandits blew up the bridge over the river, which has cut the hamlet off from the market town."
    assert any(c.startswith("The bandits blew up the bridge") for c, _ in pairs(text))


# -- a relative clause on a whole list ----------------------------------------------------------------------------
def test_plural_relative_clause_covers_the_whole_list():
    text = "The coast offers creeks, reed beds and small islands that allow the pirates to hide their boats."
    got = causal(text)
    assert any(c == "creeks, reed beds and small islands" for c, _, _ in got)
    assert any(cl.driver == "terrain_safe_havens" for c, _, cl in got if c.startswith("creeks"))


def test_singular_relative_clause_keeps_its_own_noun():
    # 'that shelters' agrees with the last member only
    text = "The province has farmland, two lakes and a dense forest that shelters the gangs from the air."
    assert not any(c.startswith("farmland") for c, _ in pairs(text))


# -- forces said to be absent, as a clause -------------------------------------------------------------------------
def test_forces_absent_as_a_clause_is_security_posture():
    assert classify("there were no soldiers in the hamlet") == "security_posture"
    assert classify("the district has no police") == "security_posture"
    assert classify("a valley without troops") == "security_posture"
    assert classify("the soldiers had left the valley") == "security_posture"     # not the valley's terrain


def test_no_forces_hurt_is_no_posture():
    # a toll of the forces is no statement of where they are
    assert classify("no soldiers were killed in the ambush") is None
    # the cues do not read 'no government' as posture; the learned fallback reads the bare phrase as the
    # absence of government (tests/test_driver_model.py), which it is
    assert classify("no government", learned=False) is None
    assert classify("no government") != "security_posture"
