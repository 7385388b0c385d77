"""Speaker resolution to the full name across the document, and more kinds of indirect speech (issue 10,
item 3). Every text is written for these tests: invented people, places and bodies."""
from __future__ import annotations

from test_quotes_speakers import _by, _quotes   # the same two helpers


CLINICS = (
    "Ontario's Health Minister Margaret Kowalczyk announced new funding for rural clinics on Tuesday.\n\n"
    "\"This is about making sure every family can see a doctor,\" Kowalczyk said at a news conference.\n\n"
    "The minister said the money would flow by the spring. She added that hiring would begin immediately.\n\n"
    "The Ontario Nurses' Association said in a statement that it welcomed the announcement.\n\n"
    "\"We have been asking for this for a decade,\" said Priya Raman, the association's president. "
    "Raman said members were exhausted.\n\n"
    "According to the ministry, 42 clinics will receive money this year.")


def test_surname_title_and_pronoun_take_the_full_name_and_keep_the_mention():
    text, qs = _quotes(CLINICS)
    q = _by(text, qs, "every family can see a doctor")
    assert q.speaker == "Margaret Kowalczyk" and text[q.speaker_start:q.speaker_end] == "Kowalczyk"
    q = _by(text, qs, "the money would flow")
    assert q.speaker == "Margaret Kowalczyk" and text[q.speaker_start:q.speaker_end].lower() == "the minister"
    q = _by(text, qs, "hiring would begin")
    assert q.speaker == "Margaret Kowalczyk" and text[q.speaker_start:q.speaker_end] == "She"


def test_a_later_surname_is_the_person_even_when_read_as_an_organisation():
    text, qs = _quotes(CLINICS)
    q = _by(text, qs, "members were exhausted")
    assert q.speaker == "Priya Raman" and text[q.speaker_start:q.speaker_end] == "Raman"


def test_an_unnamed_body_is_not_the_organisation_quoted_before_it():
    text, qs = _quotes(CLINICS)
    q = _by(text, qs, "42 clinics will receive money")
    assert q.speaker != "Ontario Nurses' Association" and q.speaker != "Priya Raman"
    assert text[q.speaker_start:q.speaker_end] == "the ministry"


def test_organisation_speaker_keeps_its_name():
    text, qs = _quotes(CLINICS)
    assert _by(text, qs, "it welcomed the announcement").speaker == "Ontario Nurses' Association"


def test_a_lower_case_title_read_as_a_name_goes_back_to_the_titled_person():
    text, qs = _quotes(
        "Prime Minister Alan Whitcombe defended his climate plan on Monday. Whitcombe insisted the carbon "
        "price would stay. \"We are not backing down,\" the prime minister said.")
    q = _by(text, qs, "not backing down")
    assert q.speaker == "Alan Whitcombe" and text[q.speaker_start:q.speaker_end] == "the prime minister"


def test_according_to_a_surname_resolves_to_the_full_name():
    text, qs = _quotes(
        "Staff Sgt. Robert Lindqvist said officers arrived within minutes of the crash. The car was travelling "
        "at 140 km/h, according to Lindqvist.")
    q = _by(text, qs, "travelling at 140")
    assert q.speaker == "Robert Lindqvist" and q.cue == "according to"


def test_a_surname_the_tagger_takes_for_a_common_noun_is_still_the_person():
    text, qs = _quotes(
        "Tomasz Wierzbicki, a historian at a college in Lublin, said the archive had been neglected. "
        "Wierzbicki said because the building leaks, \"the papers are rotting on the shelves.\"")
    assert _by(text, qs, "papers are rotting").speaker == "Tomasz Wierzbicki"


def test_a_bare_surname_after_a_quotation_is_a_name_not_an_anonymous_source():
    text, qs = _quotes("\"They told us the road was safe,\" Okonkwo said in reference to the convoy.")
    q = _by(text, qs, "the road was safe")
    assert q.speaker == "Okonkwo" and q.anonymity == "named"


def test_the_name_in_apposition_to_a_role_of_a_place_is_the_speaker():
    text, qs = _quotes(
        "The mayor of Eastport, Joanne Pratt, issued a statement saying that the bridge would reopen.")
    q = _by(text, qs, "the bridge would reopen")
    assert q.speaker == "Joanne Pratt" and not q.direct


def test_an_interrupting_tag_does_not_leak_its_verb_into_the_name():
    text, qs = _quotes("The budget shortfall, Joanne Pratt explained, was larger than the council expected.")
    assert _by(text, qs, "larger than the council expected").speaker == "Joanne Pratt"


def test_more_indirect_speech_verbs_and_positions():
    cases = [
        ("Joanne Pratt questioned whether the province would pay for the new bridge.", "the province would pay"),
        ("Joanne Pratt denied that the city had hidden the audit from the council.", "hidden the audit"),
        ("Joanne Pratt confirmed the layoffs at the depot would go ahead in March.", "layoffs at the depot"),
        ("Joanne Pratt warned residents that the storm could knock out power for days.", "knock out power"),
        ("The layoffs at the depot will go ahead in March, Joanne Pratt acknowledged on Tuesday.", "layoffs"),
        ("The depot will close in March, according to Joanne Pratt, the city's chief administrator.",
         "depot will close"),
        ("Transit officials estimate that ridership has fallen by a third since the spring.", "ridership"),
    ]
    for sentence, needle in cases:
        text, qs = _quotes(sentence)
        q = _by(text, qs, needle)
        assert not q.direct
        assert (q.speaker == "Joanne Pratt") or (q.speaker is None and q.anonymity == "unnamed_official"), sentence


def test_as_x_put_it_attributes_the_framed_words():
    text, qs = _quotes("As Pratt put it, \"the city cannot wait any longer for the province.\"")
    q = _by(text, qs, "cannot wait any longer")
    assert q.speaker == "Pratt" and q.direct and q.cue == "put it"
    text, qs = _quotes("The ferry is a lifeline for the island, as one commuter put it.")
    q = _by(text, qs, "lifeline for the island")
    assert "as one commuter" not in text[q.start:q.end] and q.speaker is None
    text, qs = _quotes("Joanne Pratt put the blame for the delays squarely on the province.")
    assert not qs


def test_a_direct_quote_continued_after_its_tag_is_one_record_per_segment():
    text, qs = _quotes(
        "Harbour master Martha Calder described the night of the storm. \"The waves came over the wall,\" she "
        "said. \"We had never seen anything like it.\"")
    a = _by(text, qs, "waves came over the wall")
    b = _by(text, qs, "never seen anything like it")
    assert a is not b and a.speaker == b.speaker == "Martha Calder" and a.direct and b.direct


def test_a_body_named_by_its_remit_is_a_named_organisation_and_a_bare_one_is_not():
    text, qs = _quotes("The transport ministry said the ferry service would resume on Friday.")
    q = _by(text, qs, "ferry service would resume")
    assert q.speaker == "transport ministry" and q.anonymity == "named"
    text, qs = _quotes("The ministry said the ferry service would resume on Friday.")
    q = _by(text, qs, "ferry service would resume")
    assert q.speaker is None and q.anonymity == "unnamed_official"


def test_the_man_is_the_person_just_named_not_the_last_speaker():
    text, qs = _quotes(
        "Inspector Paul Brenner said the suspect had been released on bail. Reporters later reached Victor "
        "Halloran, the suspect's neighbour. The man said he had heard shouting the night before the arrest.")
    assert _by(text, qs, "heard shouting").speaker == "Victor Halloran"


def test_the_report_is_its_author():
    text, qs = _quotes(
        "A United Nations report released on Sunday counted more attacks on schools. The report found that "
        "40 schools had been hit in the province last year.")
    q = _by(text, qs, "40 schools had been hit")
    assert q.speaker == "United Nations" and q.anonymity == "named"


def test_both_are_the_two_people_just_named():
    text, qs = _quotes(
        "Captain Ilse Marten and Major Tobias Renk led the patrol that found the missing hikers. Both said the "
        "group had been lost for three days.")
    assert _by(text, qs, "lost for three days").speaker == "Ilse Marten and Tobias Renk"


def test_said_in_a_statement_that_keeps_the_that_clause():
    text, qs = _quotes("The developer, Northline Properties, said in a statement that construction would start "
                       "next year.")
    q = _by(text, qs, "construction would start next year")
    assert q.speaker == "Northline Properties" and not q.direct


def test_a_quoted_phrase_inside_reported_speech_does_not_cut_the_content_short():
    text, qs = _quotes("Councillor Rita Fenwick told the Courier that the survey could be \"way off,\" and had "
                       "been unreliable in past elections.")
    q = _by(text, qs, "unreliable in past elections")
    assert q.speaker == "Rita Fenwick" and "way off" in text[q.start:q.end]
    # a belief reported inside that speech is not a second quote
    text, qs = _quotes("Rita Fenwick told friends that the mayor knew about the deal and thought the criticism was "
                       "a \"badge of honour.\"")
    assert len(qs) == 1 and qs[0].speaker == "Rita Fenwick"


def test_a_sentence_final_attribution_parsed_as_a_conjunct_keeps_its_speaker():
    text, qs = _quotes("The club is not planning any more fundraising dinners this year, its finance chair, "
                       "Ravi Menon, told the Herald earlier this week.")
    q = _by(text, qs, "fundraising dinners")
    assert q.speaker == "Ravi Menon" and "told" not in text[q.start:q.end]


def test_a_second_that_clause_coordinated_with_the_first_belongs_to_the_same_content():
    text, qs = _quotes("Owen Pryce, a sheep farmer, said he had no idea where the herd had gone, but that he would "
                       "\"never stop\" looking for it.")
    q = _by(text, qs, "where the herd had gone")
    assert "looking for it" in text[q.start:q.end] and q.speaker == "Owen Pryce"


def test_an_untagged_quotation_after_a_sentence_about_a_person_is_that_person_not_the_last_speaker():
    text, qs = _quotes(
        "\"Stay away from the area,\" said Fire Chief Leo Marsh.\n\n"
        "Resident Claire Dubois has lived on the street for a decade. \"We lost everything. The photos, the "
        "furniture, all of it.\"")
    q = _by(text, qs, "We lost everything")
    assert q.speaker == "Claire Dubois" and q.direct and text[q.speaker_start:q.speaker_end] == "Claire Dubois"
    # a quotation continuing the speaker's own words in the next sentence stays with the speaker
    text, qs = _quotes("\"My house is fine,\" Sam Oyelaran said. \"But I cannot stop thinking about my neighbours.\"")
    assert _by(text, qs, "cannot stop thinking").speaker == "Sam Oyelaran"


def test_the_words_a_statement_read_are_a_quote():
    text, qs = _quotes("The council's statement read: \"Emergency shelters are open at three community centres.\"")
    q = _by(text, qs, "Emergency shelters are open")
    assert q.direct and q.cue == "read"


def test_a_body_run_into_the_name_is_cut_from_the_speaker():
    from marsad.annotate.quotes import _strip_titles
    assert _strip_titles("Asha Rao of the Refugee Council") == "Asha Rao"
    assert _strip_titles("Royal Bank of Canada") == "Royal Bank of Canada"       # an organisation's own name
    assert _strip_titles("Mayor Joanne Pratt") == "Joanne Pratt"
    assert _strip_titles("Mr Pratt") == "Mr Pratt"                             # a surname stays with its title
    text, qs = _quotes("\"People waited for hours in the cold,\" said Asha Rao of the Refugee Council, who "
                       "visited the camp.")
    assert _by(text, qs, "waited for hours").speaker == "Asha Rao"


def test_the_name_after_a_dash_speaks_and_the_that_clause_after_the_cue_is_the_content():
    text, qs = _quotes("And it was no accident — Brendan Lowe, a spokesman for the speaker, told the Herald that "
                       "the mayor had been warned in advance.")
    q = _by(text, qs, "the mayor had been warned")
    assert q.speaker == "Brendan Lowe" and "no accident" not in text[q.start:q.end]
