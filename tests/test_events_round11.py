"""Round 11 of events on full reports (issue 9), from the tune half of the third blind set: a headline set
above the body, the euphemisms of military statements for being killed, a second verb that kills after
another verb's victims, a decimal figure that is no sentence end, and an air force as the striker.
Reports written for these tests (real Iraqi town names used generically; the incidents are invented)."""
from __future__ import annotations

from marsad.extract import events
from marsad.extract.events import casualties, classify_sentence, split_sentences

from event_helpers import BODY, HEAD, events_of, tolls


# -- headline ---------------------------------------------------------------------------------------------
def test_a_headline_above_the_body_is_no_incident_of_its_own(pipeline):
    # the headline sums up the day (its 40 dead are the body's incidents together); the body tells the attack
    text = ("Gunmen kill 40 in two provinces, rebels seize a town\n\n" + HEAD +
            "Gunmen killed three farmers near the town of Hawija on Tuesday, police said.\n\n" + BODY)
    assert events._headline(text, split_sentences(text))
    assert events_of(pipeline, text) == [("Attack", "2023-05-09", 3)]


def test_a_lead_or_a_byline_on_the_first_line_is_no_headline():
    # a lead with its full stop, a hard-wrapped lead running on into the next line, and a byline are kept
    lead = HEAD + "Gunmen killed three farmers near the town of Hawija on Tuesday, police said.\n\n" + BODY
    wrapped = HEAD + "Gunmen killed three farmers near the town of\nHawija on Tuesday, police said.\n\n" + BODY
    byline = "KIRKUK -- By A. Writer\n\n" + lead
    for text in (lead, wrapped, byline):
        assert not events._headline(text, split_sentences(text))


# -- casualties -------------------------------------------------------------------------------------------
def test_the_euphemisms_of_military_statements_count_the_dead():
    assert tolls("The army said 12 militants were neutralised and three soldiers paid the supreme price.") == \
        [("killed", 12), ("killed", 3)]
    assert tolls("Six rebels were killed, while two soldiers embraced martyrdom, the statement said.") == \
        [("killed", 6), ("killed", 2)]


def test_a_price_paid_in_money_or_a_plain_statement_is_no_toll():
    assert tolls("Farmers paid the price of the drought, and two officials were transferred.") == []
    assert tolls("The army said three soldiers were wounded in the clash.") == [("injured", 3)]


def test_the_dead_of_a_kill_verb_after_another_verbs_victims_are_its_own_object():
    assert tolls("Gunmen abducted 15 villagers near Hawija on Sunday, and shot dead a man who resisted.") == [("killed", 1)]
    assert tolls("Bandits kidnapped nine traders and then killed two guards at the market.") == [("killed", 2)]


def test_a_kill_verb_with_its_own_subject_or_a_plain_toll_is_read_as_before():
    assert tolls("Gunmen stormed the village and killed five people.") == [("killed", 5)]
    assert tolls("Two soldiers and a civilian were killed near Hawija.") == [("killed", 3)]


# -- sentences and kinds ----------------------------------------------------------------------------------
def test_a_decimal_figure_is_no_sentence_end():
    t = "More than 2.4 million people have fled. Aid groups met on Monday."
    assert [t[a:b] for a, b in split_sentences(t)] == ["More than 2.4 million people have fled.", "Aid groups met on Monday."]


def test_a_sentence_ending_in_a_number_still_ends():
    t = "The toll rose to 12. 30 more were wounded."
    assert [t[a:b] for a, b in split_sentences(t)] == ["The toll rose to 12.", "30 more were wounded."]


def test_an_air_force_striking_is_an_air_strike():
    assert classify_sentence("A day earlier, the air force struck a rebel base near Hawija, killing 20 fighters.")[0] == "Air/drone strike"
    assert classify_sentence("The air force bombed positions in the hills on Monday.")[0] == "Air/drone strike"


def test_an_air_force_that_says_or_plans_is_no_strike():
    assert classify_sentence("The air force said it had lost contact with a transport plane.")[0] is None
