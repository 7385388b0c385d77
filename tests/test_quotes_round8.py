"""Quotes, round 8 (issue 10): speakers by full name - a described source named in the next sentence, titles
with their body before the name, bodies named by their office, "both" after two quoted people, the claimant
behind figures. All texts are written for these tests (fictional people, bodies and towns)."""
from __future__ import annotations

from quote_helpers import quote_containing as _by, quotes_of as _quotes


# -- cataphora: "a ... spokesman said" and the spokesman named next --------------------------------------------
def test_a_described_spokesman_is_the_spokeswoman_named_next():
    text, qs = _quotes("Rebels shelled the airport on Tuesday, a regional police spokesman said. \"Two hangars were "
                       "destroyed,\" said Ines Morel, the police spokeswoman for the region.")
    q = _by(text, qs, "Rebels shelled the airport")
    assert q.speaker == "Ines Morel" and q.anonymity == "named"
    assert text[q.speaker_start:q.speaker_end] == "a regional police spokesman"


def test_a_described_leader_is_the_person_who_leads_named_next():
    text, qs = _quotes("Crops were burned near the river, a village leader said. \"They came at night,\" said "
                       "Tobias Renn, who leads the farmers association.")
    assert _by(text, qs, "Crops were burned").speaker == "Tobias Renn"


def test_a_described_official_is_not_the_guard_named_next():
    # the next person named has another role: the official stays unnamed
    text, qs = _quotes("Three guards were hurt in the raid, a prison official said. \"We were outnumbered,\" said "
                       "Karl Haber, a guard who was on duty.")
    q = _by(text, qs, "Three guards were hurt")
    assert q.speaker is None and q.anonymity == "unnamed_official"
    assert _by(text, qs, "We were outnumbered").speaker == "Karl Haber"


def test_an_anonymous_official_stays_anonymous_though_an_official_is_named_next():
    text, qs = _quotes("Three guards were hurt, a prison official, unnamed at his own request, said. \"It was chaos,\" "
                       "said Anne Hart, a prison official in the capital.")
    q = _by(text, qs, "Three guards were hurt")
    assert q.speaker is None and q.anonymity == "unnamed_official"


# -- titles with their body before the name --------------------------------------------------------------------
def test_a_title_of_a_body_before_the_name_is_not_the_speaker():
    text, qs = _quotes("The bridge was shut on Monday. Deputy Commissioner of Roads Maria Varga told reporters that "
                       "the repairs would take a month.")
    assert _by(text, qs, "the repairs would take").speaker == "Maria Varga"


def test_a_role_in_apposition_makes_the_name_a_person_for_a_later_he():
    # whatever NER makes of the name, "a farmer, X," is a person: the "he" after it is X, not an earlier speaker
    text, qs = _quotes("\"The water came up to the roof,\" said Jonas Weller, a fisherman. A union organiser, "
                       "Tomasz Brzek, said his members would strike. \"We have no choice,\" he said.")
    assert _by(text, qs, "We have no choice").speaker == "Tomasz Brzek"


def test_he_is_not_a_place_read_as_a_person():
    text, qs = _quotes("A farmer, Jonas Weller, said his cousin had found the herd dead 10 km north of Kimbelo. "
                       "\"We lost everything in one night,\" he said.")
    assert _by(text, qs, "We lost everything").speaker == "Jonas Weller"


# -- bodies named by their office, the army, the monitor -------------------------------------------------------
def test_an_agency_of_a_named_organisation_keeps_its_remit():
    text, qs = _quotes("The U.N. health agency said it was getting ready for a fresh outbreak. The agency said the "
                       "clinics were full.")
    assert _by(text, qs, "ready for a fresh outbreak").speaker == "U.N. health agency"
    assert _by(text, qs, "clinics were full").speaker == "U.N. health agency"


def test_a_mission_in_a_country_keeps_its_place():
    text, qs = _quotes("The Nordic Council mission in Peru said 40 people had died in the floods.")
    assert _by(text, qs, "40 people had died").speaker == "Nordic Council mission in Peru"


def test_a_news_agency_is_the_outlet_alone():
    text, qs = _quotes("The Reuters news agency said the road was shut.")
    assert _by(text, qs, "the road was shut").speaker == "Reuters"


def test_the_army_is_a_named_body_and_the_police_unnamed_officials():
    text, qs = _quotes("Rebels attacked the base at night, and the army said the assault was repelled.")
    q = _by(text, qs, "the assault was repelled")
    assert q.speaker == "army" and q.anonymity == "named"
    text, qs = _quotes("Four people were hurt in the blast, the police said.")
    q = _by(text, qs, "Four people were hurt")
    assert q.speaker is None and q.anonymity == "unnamed_official"


def test_the_monitor_is_the_monitoring_body_quoted_before_not_the_last_person():
    text, qs = _quotes("The Border Watch Observatory said six fighters died near the dam. \"They shot at anything "
                       "that moved,\" said Omar Tellan, a shopkeeper. Later clashes killed two more, the monitor said.")
    assert _by(text, qs, "Later clashes killed").speaker == "Border Watch Observatory"


def test_a_name_before_its_description_is_the_source():
    text, qs = _quotes("Shops stayed shut in the port. The Rivermen, a militia active in the delta since 2019, said "
                       "in a message that its men had seized two barges.")
    assert _by(text, qs, "seized two barges").speaker == "Rivermen"


def test_a_body_named_before_its_acronym_is_the_source():
    text, qs = _quotes("Food stocks are running low. Medics Beyond Walls (MBW) said one child in ten was "
                       "malnourished. The relief was slow, the group said.")
    assert _by(text, qs, "one child in ten").speaker == "Medics Beyond Walls"
    assert _by(text, qs, "The relief was slow").speaker == "Medics Beyond Walls"


# -- "both" after two quoted people; the claimant behind figures; a figure inside the object ----------------------
def test_both_officers_are_the_two_people_quoted_not_a_name_they_mentioned():
    text, qs = _quotes("Inspector Rosa Kell said the fire began in a storeroom. \"It spread in minutes,\" Kell said. "
                       "The wiring was checked by Anton Pavlek last spring, according to Sergeant Milo Brandt. The "
                       "alarm had failed, both officers said.")
    q = _by(text, qs, "The alarm had failed")
    assert "Rosa Kell" in q.speaker and "Milo Brandt" in q.speaker and "Pavlek" not in q.speaker


def test_according_to_figures_gathered_by_a_body_is_that_body():
    text, qs = _quotes("Fuel prices rose by a third last year, according to figures gathered by the Atlantic "
                       "Freight Council.")
    assert _by(text, qs, "Fuel prices rose").speaker == "Atlantic Freight Council"
    text, qs = _quotes("Grain exports fell sharply, according to data released by the Ministry of Agriculture on "
                       "Friday.")
    assert _by(text, qs, "Grain exports fell").speaker == "Ministry of Agriculture"


def test_a_count_put_at_a_figure_inside_the_object():
    text, qs = _quotes("Gunmen seized dozens of passengers from a bus. Police spokeswoman Nadia Okafor confirmed "
                       "the kidnapping but put the count of those seized at 31.")
    assert _by(text, qs, "those seized at 31").speaker == "Nadia Okafor"


def test_no_space_after_the_comma_before_a_quotation():
    text, qs = _quotes("The harbour master Tomas Leclerc said,\"We will reopen the docks on Monday.\" He gave no "
                       "further detail.")
    assert _by(text, qs, "reopen the docks").speaker == "Tomas Leclerc"


# -- cues the parser detached from their speaker -------------------------------------------------------------------
def test_a_cue_read_as_a_relative_clause_before_a_colon_and_a_quotation():
    text, qs = _quotes("Gerda Holm, the former trade minister, tweeted in response: ''Wrong numbers, wrong plan; the "
                       "port needs ships, not slogans.''")
    q = _by(text, qs, "Wrong numbers")
    assert q.speaker == "Gerda Holm" and q.direct


def test_a_gerund_cue_after_a_preposition_has_the_clause_subject():
    text, qs = _quotes("On Monday, Senator Ivo Pratt dodged questions about the bill before saying, \"It is time to "
                       "stop fighting the people we beat in the primary.\"")
    assert _by(text, qs, "It is time to stop").speaker == "Ivo Pratt"


def test_she_after_a_person_mentioned_again_by_one_name():
    # "For Nyokabi, ..." (NER reads the lone given name as a place): the "she" is that woman, not the last speaker
    text, qs = _quotes("Every evening, Nyokabi Wambua Ter waits by the gate of the shelter. Her son went missing in "
                       "March. \"The soldiers took him at night,\" said Lena Oduya, a volunteer. For Nyokabi, the war "
                       "is close. She wants only news. \"If my son lives, I will find him,\" she said.")
    assert _by(text, qs, "The soldiers took him").speaker == "Lena Oduya"
    assert _by(text, qs, "If my son lives").speaker == "Nyokabi Wambua Ter"


def test_a_name_after_the_closing_mark_with_its_apposition_before_the_cue():
    text, qs = _quotes("Other leaders backed her rival. “Yes, I support Maria Olsen,” Gustav Brenner III, founder of "
                       "the Harbour Civic League, tells the Courier in an exclusive interview.")
    assert _by(text, qs, "Yes, I support").speaker == "Gustav Brenner III"


def test_a_participle_after_the_comma_goes_with_the_main_clause():
    text, qs = _quotes("Ahead of the ballot, Senator Hanna Rudd, who once employed Mr. Berel, quietly voiced "
                       "frustration that Mr. Berel was lazy about detail, telling an aide: \"He only wants the cameras.\"")
    assert _by(text, qs, "He only wants the cameras").speaker == "Hanna Rudd"


def test_a_report_or_survey_of_a_body_is_the_body_not_its_document():
    # the office rule ("the U.N. health agency") is for a body's offices, not for its documents
    text, qs = _quotes("The Harbour Policy Institute published its yearly review on Monday. The Institute’s report "
                       "said thefts at the docks had doubled.")
    assert _by(text, qs, "thefts at the docks").speaker == "Harbour Policy Institute"
    text, qs = _quotes("The Harbour Policy Institute survey found that thefts at the docks had doubled.")
    assert _by(text, qs, "thefts at the docks").speaker == "Harbour Policy Institute"
