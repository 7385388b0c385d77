"""Round 12 (issue 10 item 2): causal claims with precision on real wire writing — stock wire
formulas whose causal-looking word states no relation of the brief (GUIDE.md), each next to a guard that keeps the
relation it resembles (sentences invented for these tests: generic places and people)."""
from claim_helpers import causal, pairs
from marsad.extract.drivers import classify


# -- a question put to a source ----------------------------------------------------------------------------------
def test_in_response_to_a_question_is_the_occasion_of_a_statement():
    for text in ("In response to a question from reporters, the spokesman said the inquiry was continuing.",
                 "In response to a request for comment, the ministry said it would issue a statement."):
        assert not pairs(text), text


def test_in_response_to_an_event_stays():
    got = pairs("The army closed the crossing in response to the rocket attacks on the border towns.")
    assert any("rocket attacks" in c for c, _ in got)


# -- gratitude ------------------------------------------------------------------------------------------------------
def test_thanks_as_gratitude_is_no_cause():
    for text in ("The mayor gave thanks to the volunteers at a ceremony.",
                 "\"Thanks to God, my children are safe,\" said a woman outside the clinic."):
        assert not pairs(text), text


def test_thanks_to_a_cause_stays():
    got = pairs("The rebels have been able to expand thanks to support from foreign backers, officials said.")
    assert any("support from foreign backers" in c for c, _ in got)


# -- a speaker's own feeling ---------------------------------------------------------------------------------------
def test_first_person_feeling_explained_is_no_relation():
    for text in ("\"We are happy because our sons are home,\" a mother said.",
                 "\"I cried because I had not seen him in ten years,\" she said."):
        assert not pairs(text), text


def test_third_person_reason_clause_stays():
    got = pairs("Many young men joined the militia because they had no other way to earn a living, residents said.")
    assert any("earn a living" in c for c, _ in got)


# -- the reason of a sourcing line is a relation the brief counts ---------------------------------------------------
def test_anonymity_because_not_authorised_stays():
    text = ("An official at the ministry, who asked not to be named because he was not authorised to speak to the "
            "media, confirmed the toll.")
    assert any("not authorised" in c for c, _ in pairs(text))


# -- an attack's or an operation's own result ----------------------------------------------------------------------
def test_attack_left_in_ruins_and_operation_arrests_are_their_own_result():
    for text in ("The air strike left a house in ruins.",
                 "The shelling caused a fire at the grain silo.",
                 "The raid resulted in the arrest of six suspects."):
        assert not pairs(text), text


def test_a_war_leaving_the_economy_in_ruins_stays():
    got = pairs("Years of drought have left the farms of the plain in ruins, the governor said.")
    assert any(c == "Years of drought" for c, _ in got)


def test_toll_expected_to_rise_because_of_the_wounded_stays():
    # a forecast with its reason is a relation the brief counts (not the arithmetic of 'the toll rose to 30')
    assert pairs("Officials said the death toll could rise because several of the wounded were in serious condition.")


# -- senses of the noun 'cause', 'trigger', 'reason' -----------------------------------------------------------------
def test_noun_senses_that_name_no_relation():
    for text in ("The football match ended in a draw.",
                 "Malaria is a leading cause of child mortality in the region.",
                 "The charity raised money for the cause of orphans.",
                 "The suicide bomber pulled the trigger of his vest as guards approached.",
                 "The main reason for the trip, officials said, is to sign a trade agreement."):
        assert not pairs(text), text


def test_cause_and_reason_of_a_conflict_stay():
    assert pairs("Poor governance is the main cause of the unrest in the province, the report said.")
    assert pairs("The talks ended in failure because the rebels refused to disarm, a mediator said.")


def test_no_evidence_that_denies_the_relation():
    assert not pairs("There is no evidence that the drought caused the unrest, the report said.")
    assert pairs("There is evidence that the drought caused the unrest, the report said.")


# -- physical acts and help in rescue ------------------------------------------------------------------------------
def test_physical_coercion_and_rescue_help_are_no_relation():
    for text in ("Gunmen forced the passengers off the bus and took their phones.",
                 "Civil defence teams helped firefighters put out the blaze."):
        assert not pairs(text), text


def test_forced_to_flee_and_help_to_retake_stay():
    got = causal("Air support from the coalition helped the troops retake the town, the ministry said.")
    assert any(cl.driver == "external_support" for _, _, cl in got)
    assert pairs("The fighting has forced thousands of families to flee their homes, the United Nations said.")


# -- 'as' of a journey ----------------------------------------------------------------------------------------------
def test_as_of_a_journey_says_when():
    assert not pairs("The convoy was hit by a roadside bomb as it travelled along the highway between the two towns.")


def test_as_of_a_state_stays_a_reason():
    assert pairs("The villagers fled as the army had withdrawn from the valley, a farmer said.")


# -- drivers --------------------------------------------------------------------------------------------------------
def test_earning_a_living_and_exclusion_are_drivers():
    assert classify("they had no other way to earn a living") == "economic_hardship"
    assert classify("they feel excluded by the government in the capital") == "sectarian_grievance"
