"""Quotes, round 13 (issue 10, item 3). Parser slips around a phrase set off before the clause: in
"According to X, <subject> <verb> ..." and "In a message to X, <subject> wrote ..." the parser can hang the
clause's subject on X as an apposition, which left "according to" with half its content and the speech verb
with no speaker. From the general-news set's tune half: a hyphenated role read as several subjects ("A longtime
co-worker, X, said"); a company's chief executive named in apposition; a given name alone ("Tove, 11, said")
after the full name; a one- or two-word sentence quoted after the speech tag ('"Truly shameful."'); a reported
clause whose subject opens with "about" and a number. All texts are written for these tests (fictional people,
bodies and towns)."""
from __future__ import annotations

from quote_helpers import quote_containing, quotes_of


def _quote(text, needle):
    text, qs = quotes_of(text)
    return text, quote_containing(text, qs, needle)


def test_according_to_keeps_the_subject_the_parser_hung_on_the_source():
    text = ("Winter came early to the valley this year.\n\n"
            "According to Census Norland, about one in six Norlanders lives in a rural area.")
    text, q = _quote(text, "in a rural area")
    assert text[q.start:q.end].startswith("about one in six Norlanders")
    assert q.speaker == "Census Norland"


def test_a_leading_phrase_does_not_swallow_the_speaker_of_the_verb():
    text = ("The ferry to Kessick Island will not sail on Sundays from next month.\n\n"
            "In a message to the Tidewater Gazette, a spokesperson for the operator, Ines Halvorsen, wrote that "
            "fuel costs had doubled.")
    text, q = _quote(text, "fuel costs had doubled")
    assert q.speaker == "Ines Halvorsen"
    assert q.medium == "a message to the Tidewater Gazette"


def test_an_apposition_inside_a_leading_phrase_still_names_its_own_head():
    # the rule reaches only a subjectless verb: here "Ines Halvorsen" is the subject, the apposition is the paper's
    text = ("In a letter to the Gazette, a weekly in Kessick, Ines Halvorsen wrote that the schedule would change.")
    text, q = _quote(text, "schedule would change")
    assert q.speaker == "Ines Halvorsen"


def test_a_hyphenated_role_read_as_several_subjects_still_gives_the_named_speaker():
    text = ("Lars Brenning died in the fire at the depot. A longtime co-worker, Ines Dahl, said the crew "
            "stopped work for an hour.")
    assert _quote(text, "stopped work for an hour")[1].speaker == "Ines Dahl"
    text = ("The start-up raised $40 million on Monday. Chief executive and co-founder Ana-Li Ruiz said the funds "
            "would pay for new staff.")
    assert _quote(text, "pay for new staff")[1].speaker == "Ana-Li Ruiz"


def test_the_name_in_apposition_to_a_body_s_chief_executive_speaks_not_the_body():
    text = ("Kessick Trust opened a second branch. Kessick Trust's chief executive, Omar Haddad, said the bank "
            "planned to hire 40 tellers.")
    assert _quote(text, "planned to hire")[1].speaker == "Omar Haddad"


def test_a_given_name_alone_is_the_full_name_it_opens():
    text = ("Tove Akinyemi, a pupil in Grade 6, played a piece on the cello for the trustees.\n\n"
            "\"If you cut it, we lose the one class we love,\" Tove, 11, said.")
    assert _quote(text, "the one class we love")[1].speaker == "Tove Akinyemi"


def test_a_sentence_of_two_words_quoted_after_the_speech_tag_is_that_speaker_s():
    text = ("\"They kept the masks in a basement for a century,\" Ruth Okpara said. \"Truly shameful.\"\n\n"
            "She said the band would ask again in the spring.")
    text, q = _quote(text, "Truly shameful")
    assert q.speaker == "Ruth Okpara" and q.direct


def test_a_reported_subject_opening_with_about_and_a_number_stays_in_the_content():
    text = "Ms. Halloran said about two in five tenants now pays rent late."
    text, q = _quote(text, "pays rent late")
    assert text[q.start:q.end].startswith("about two in five tenants")
