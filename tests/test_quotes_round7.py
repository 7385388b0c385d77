"""Quotes, round 7 (issue 10, item 3): the speaker by full name on general news, and the span of each quote.
All texts are written for these tests (fictional people, companies and towns)."""
from __future__ import annotations

import pytest

from marsad.annotate.nlp import parse
from marsad.annotate.quotes import extract_quotes
from quote_helpers import quote_containing as _by, quotes_of as _quotes


FARM = ("Orla Brennick and her husband, Tobias Brennick, keep goats near the village of Ferncliff. "
        "\"The drought took half the herd,\" Tobias Brennick said. His wife said the insurer would pay for only a "
        "few of the animals.")


def test_a_relative_of_the_named_speaker_is_not_that_speaker():
    text, qs = _quotes(FARM)
    assert _by(text, qs, "The drought took").speaker == "Tobias Brennick"
    q = _by(text, qs, "the insurer would pay")
    assert q.speaker != "Tobias Brennick"
    assert text[q.speaker_start:q.speaker_end] == "His wife"


def test_the_company_said_is_the_company_named_before():
    text, qs = _quotes("Quillmore Biscuits will shut its bakery in Alder Bay next spring, the company said late "
                       "Tuesday. About 80 people work there.")
    q = _by(text, qs, "will shut its bakery")
    assert q.speaker == "Quillmore Biscuits" and q.anonymity == "named"
    assert text[q.speaker_start:q.speaker_end] == "the company"


def test_a_later_surname_keeps_its_own_full_name():
    # the surname is also a word of another name in the text: the full name is the one that ends in it
    text, qs = _quotes("A permit signed by Garvey Tomlin Rusk was found in the car. The driver, who gave his name as "
                       "Rusk Garvey, was released. Garvey said he had bought the car from a neighbour last year.")
    q = _by(text, qs, "bought the car")
    assert q.speaker == "Rusk Garvey"


def test_a_participle_speech_cue_reports_words_of_its_own():
    text, qs = _quotes("Councillor Hana Voss said the delays had worn her down, adding, \"We cannot keep waiting for "
                       "the ministry to act.\"")
    first = _by(text, qs, "worn her down")
    assert "We cannot" not in text[first.start:first.end]
    second = _by(text, qs, "We cannot keep waiting")
    assert second.speaker == "Hana Voss" and second.direct
    assert text[second.speaker_start:second.speaker_end] == "Councillor Hana Voss"


def test_a_one_word_answer_after_said_comma_is_a_quote():
    text, qs = _quotes("When asked whether the ferry would stop running, Pellow said, \"Never.\"")
    q = _by(text, qs, "Never")
    assert q.speaker == "Pellow" and q.direct


def test_a_stance_verb_does_not_take_the_next_paragraph_quotation():
    text, qs = _quotes("Dr. Ilse Marchetti, a surgeon in Port Ardent, welcomed the new wing but warned that beds "
                       "alone would not end the wait.\n\n\"You can build rooms, but you need staff in them,\" "
                       "Marchetti said.")
    q = _by(text, qs, "You can build rooms")
    assert q.cue == "said" and q.speaker == "Ilse Marchetti"
    assert text[q.start] == "\""                      # the quotation alone, not the sentence before it
    assert not any("welcomed" in text[x.start:x.end] or x.cue == "welcomed" for x in qs)


def test_a_relative_pronoun_is_the_attribution_mention():
    text, qs = _quotes("The plan was backed by Fenna Laroque, who said the old bridge could not carry buses.")
    q = _by(text, qs, "the old bridge could not carry buses")
    assert q.speaker == "Fenna Laroque"
    assert text[q.speaker_start:q.speaker_end] == "who"


@pytest.mark.parametrize("text,needle,speaker", [
    ("The Drummond Water Board raised its rates by 6 per cent. The board said the money would pay for new pipes.",
     "new pipes", "Drummond Water Board"),
    ("Harrow Mutual reported a loss of $4 million for the quarter. The firm said storms had raised its claims.",
     "storms had raised", "Harrow Mutual"),
])
def test_a_generic_organisation_noun_refers_back(text, needle, speaker):
    text, qs = _quotes(text)
    assert _by(text, qs, needle).speaker == speaker


@pytest.mark.parametrize("text,tail", [
    ("Most of the flooding hit the low streets, town officials said, where the creek rose two metres in a night.",
     "where the creek rose"),
    ("Bus fares went up 5 per cent in June, the transit authority said on Monday, driven mostly by fuel.",
     "driven mostly by fuel"),
    ("The files dealt with many topics, the Courier said, including payroll, leases and travel.",
     "including payroll"),
])
def test_the_content_goes_on_after_a_mid_sentence_attribution(text, tail):
    text, qs = _quotes(text)
    q = _by(text, qs, tail)
    assert q.start == 0 and not q.direct


def test_a_new_clause_after_the_attribution_is_not_the_content():
    text, qs = _quotes("The road is closed until Friday, police said. Drivers should use the bridge.")
    q = _by(text, qs, "The road is closed")
    assert "Drivers" not in text[q.start:q.end]


def test_according_to_in_mid_sentence_takes_the_whole_sentence():
    text, qs = _quotes("More than 2,000 families have left the valley since April, according to the Red Crescent, "
                       "most of them to tents outside the city.")
    q = _by(text, qs, "families have left the valley")
    assert q.start == 0 and "most of them to tents" in text[q.start:q.end]
    assert q.speaker == "Red Crescent"


def test_a_source_puts_a_count_at_a_number_word_and_says_more():
    text, qs = _quotes("A tenants' group, Renters United, put the number of evictions at nine and said several "
                       "families were still without homes.")
    assert _by(text, qs, "number of evictions at nine").speaker == "Renters United"
    assert _by(text, qs, "still without homes").speaker == "Renters United"


def test_a_titled_name_in_a_sentence_final_attribution_and_the_quotation_after_it():
    text, qs = _quotes("The bus, left by the depot gate overnight, caught fire shortly after 6 am, the "
                       "regional fire chief, Captain Luis Ferreira Gomes, told reporters. \"It was a miracle nobody "
                       "was inside.\"")
    assert _by(text, qs, "caught fire").speaker == "Luis Ferreira Gomes"
    q = _by(text, qs, "It was a miracle")
    assert q.speaker == "Luis Ferreira Gomes" and q.direct


def test_a_fronted_for_phrase_introduces_the_speaker_of_the_next_quotation():
    text, qs = _quotes("Michael Dunstan has sold shoes on Harbour Street for 30 years. Sales have halved since the "
                       "mill closed.\n\nFor Michael Dunstan, the worry is simple. \"If the town empties, I close too.\"")
    q = _by(text, qs, "If the town empties")
    assert q.speaker == "Michael Dunstan"


def test_a_reported_clause_after_a_time_phrase_is_the_content():
    text, qs = _quotes("Ferrand said after the meeting he would not support the budget if it came to a vote.")
    q = _by(text, qs, "he would not support the budget")
    assert q.speaker == "Ferrand" and q.cue == "said"


def test_a_clause_of_time_after_said_is_not_reported_speech():
    text, qs = _quotes("The mayor smiled when she said it, and the crowd cheered.")
    assert not any("crowd cheered" in text[q.start:q.end] for q in qs)


def test_a_sentence_final_attribution_after_a_clause_that_ends_in_a_noun():
    text, qs = _quotes("Despite a string of losses, Senator Mara Quill remains committed to campaigning through the "
                       "spring, her top aide, Tomas Devlin, told the Herald.")
    q = _by(text, qs, "remains committed")
    assert q.speaker == "Tomas Devlin" and q.start == 0


def test_a_parenthetical_added_and_the_predicate_after_it():
    text, qs = _quotes("The pilot had logged 6,000 hours with Skyline Air, Skyline Air said. He had no record of any "
                       "arrests, the carrier added, and had cleared each security screening.")
    q = _by(text, qs, "no record of any arrests")
    assert q.cue == "added" and "each security screening" in text[q.start:q.end]


def test_said_coordinated_with_a_passive_takes_its_subject():
    text, qs = _quotes("Late on Friday, Mr. Lorne was pressed by his own party and said his remarks had been "
                       "misread.")
    assert _by(text, qs, "his remarks had been misread").speaker == "Lorne"


def test_a_quotation_introduced_by_a_sentence_final_attribution_with_a_colon():
    text, qs = _quotes("Analysts expect the mayor will use the debate to grab the headlines, Dana Kell said: "
                       "\"I feel like she has a surprise up her sleeve.\"")
    q = _by(text, qs, "surprise up her sleeve")
    assert q.speaker == "Dana Kell" and q.direct


def test_a_quotation_after_but_is_not_taken_by_the_attribution_before_it():
    # the quoted words continue the same sentence's content: not a quotation of its own sentence
    text, qs = _quotes("Three men tried to enter the market, Ivo Marsh said, but they \"were stopped at the gate.\"")
    assert not any(q.cue is None and q.direct and q.speaker == "Ivo Marsh" and
                   text[q.start:q.end].startswith("\"were stopped") for q in qs)


def test_said_in_a_written_reply_that_when_the_clause_is_misread():
    text, qs = _quotes("Hospital spokesperson Nadia Ferris said in a written reply that wait times had fallen in June.")
    q = _by(text, qs, "wait times had fallen")
    assert q.speaker == "Nadia Ferris" and text[q.start:q.end].startswith("that")


def test_an_interposed_asked_clause_is_not_the_speech():
    text, qs = _quotes("Health Minister Paul Dion, asked about the shortage on Tuesday, said the province was "
                       "\"working around the clock.\"")
    q = _by(text, qs, "around the clock")
    assert q.cue == "said" and q.speaker == "Paul Dion" and "the province was" in text[q.start:q.end]
    assert not any(x.cue == "asked" for x in qs)


def test_a_role_written_as_a_title_is_dropped_from_the_name():
    text, qs = _quotes("Nurse Alicia Brandt has worked at the clinic for 15 years. She said the waiting room now sees "
                       "twice as many patients.")
    assert _by(text, qs, "twice as many patients").speaker == "Alicia Brandt"


def test_a_named_apposition_wins_over_the_possessor_of_the_role():
    text, qs = _quotes("Farmers lost their crops. Norland's agriculture minister, Delia Moreau, told lawmakers that "
                       "the government wanted aid to arrive quickly.")
    assert _by(text, qs, "aid to arrive quickly").speaker == "Delia Moreau"


def test_an_association_puts_a_toll_and_says_more():
    text, qs = _quotes("A farmers' association, Terra Viva, put its count of the dead at 12 and said four villagers "
                       "had not been found.")
    assert _by(text, qs, "had not been found").speaker == "Terra Viva"


def test_a_clause_before_a_semicolon_is_not_the_content_of_the_cue_after_it():
    text, qs = _quotes("The two towns signed a deal this month to share the water supply; Westport has said it will "
                       "withdraw unless the terms are honoured.")
    q = _by(text, qs, "it will withdraw")
    assert q.speaker == "Westport" and "signed a deal" not in text[q.start:q.end]


@pytest.mark.parametrize("text,first,last", [
    ("Harbor Lumber paid the consultants $2.8 million in 2019, payments that then rose to $9.4 million in 2020, "
     "according to filings made public in a lawsuit.", "Harbor Lumber paid", "in 2020"),
    ("The east wing cost $29,000; the west wing cost $35,000; and the garage cost $125,000, according to city "
     "records.", "The east wing", "$125,000"),
    ("Other sharp splits, according to the survey, include region and income.", "Other sharp splits", "income"),
])
def test_according_to_set_off_by_commas_attributes_the_whole_sentence(text, first, last):
    text, qs = _quotes(text)
    q = _by(text, qs, last)
    assert text[q.start:q.end].startswith(first) and q.cue == "according to"


def test_a_quoted_title_inside_the_attribution_does_not_break_the_quote():
    text = ("\"It is hard to say so soon,\" said Dana Voss, who also hosts the radio show \"Morning Desk.\" \"It depends "
            "on the economy, and there is so much uncertainty.\"")
    qs = extract_quotes(text, doc=parse(text))
    q = _by(text, qs, "It depends on the economy")
    assert q.speaker == "Dana Voss" and q.direct
    joined = extract_quotes(text, doc=parse(text), segments="join")
    assert any(x.start == 0 and "uncertainty" in text[x.start:x.end] for x in joined)


def test_joined_segments_stop_at_a_participle_cue_with_its_own_words():
    text = ("\"I expect the party will pick up a few seats there,\" Ray Early said, adding that he had not seen "
            "the lists yet. \"They will brief me later.\"")
    joined = extract_quotes(text, doc=parse(text), segments="join")
    first = _by(text, joined, "a few seats there")
    assert "brief me later" not in text[first.start:first.end]
    assert _by(text, joined, "brief me later").speaker == "Ray Early"


def test_put_it_with_a_colon_introduces_the_quotation():
    text, qs = _quotes("Councillor Hugo Marin put it bluntly: \"The bridge is falling apart.\"")
    q = _by(text, qs, "falling apart")
    assert q.speaker == "Hugo Marin" and q.direct


def test_reminded_and_reasoned_report_speech():
    text, qs = _quotes("Dr. Leah Osei reminded reporters that the virus had not gone away. Councillor Rita Fenwick "
                       "reasoned that the cost would fall over time.")
    assert _by(text, qs, "virus had not gone away").speaker == "Leah Osei"
    assert _by(text, qs, "cost would fall").speaker == "Rita Fenwick"
