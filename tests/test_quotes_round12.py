"""Quotes, round 12 (issue 10, item 3), from the tune half of the general-news set (bench/data/news): a title
written capitalised after "the" ("The Premier said") is a description of the person who holds it; a
possessed role ("the union's president") is such a description too; a street or lake read as a person is no
referent of "she"; a dateline whose place opens with an abbreviation ("PORT. ELGIN, Ont. -") is a dateline; and
"X said A and estimated that B" is two reports by X, the first ending before "and". All texts are written for
these tests (fictional people, bodies and towns)."""
from __future__ import annotations

from quote_helpers import quote_containing, quotes_of


def _speaker(text, needle):
    text, qs = quotes_of(text)
    q = quote_containing(text, qs, needle)
    return q.speaker, text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None


def _content(text, needle):
    text, qs = quotes_of(text)
    q = quote_containing(text, qs, needle)
    return text[q.start:q.end]


def test_a_capitalised_title_after_the_is_the_person_who_holds_it():
    text = ("Premier Helen Vantongeren named a new health minister on Monday. \"We need fresh eyes,\" Ms. Vantongeren said.\n\n"
            "The Premier said the appointment would take effect next week.")
    assert _speaker(text, "take effect next week") == ("Helen Vantongeren", "The Premier")


def test_a_capitalised_title_with_its_modifier_picks_the_holder_of_that_title():
    text = ("Finance Minister Rolf Ashgrove and Opposition Leader Hanne Lund met on Tuesday. "
            "\"The numbers do not add up,\" Ms. Lund said. \"We will balance the books,\" Mr. Ashgrove said.\n\n"
            "The Opposition Leader argued that the deficit would grow.")
    assert _speaker(text, "deficit would grow")[0] == "Hanne Lund"


def test_a_role_possessed_by_a_body_is_the_person_who_holds_that_role():
    text = ("Marit Olsbakk, president of the Harbour Workers Union, said talks had stalled. \"We are ready to walk,\" "
            "she said.\n\nThe union's president said wages were not the main issue.")
    assert _speaker(text, "wages were not the main issue")[0] == "Marit Olsbakk"


def test_a_street_read_as_a_person_is_not_the_referent_of_she():
    text = ("Greta Hallowmere won the riding on Monday night. Supporters gathered at a hall on Mary Walsh Road "
            "to cheer.\n\nShe said the result belonged to the volunteers.")
    assert _speaker(text, "belonged to the volunteers")[0] == "Greta Hallowmere"


def test_a_dateline_with_an_abbreviated_place_is_not_the_company_quoted():
    text = ("ST. ODRAN, Ont. - Workers at the Quarby Foods plant in St. Odran learned on Thursday that it will "
            "close next year.\n\nThe company said the plant was too old to upgrade.")
    assert _speaker(text, "too old to upgrade")[0] not in ("ODRAN", "ST. ODRAN", "Ont")


def test_a_second_cue_joined_by_and_reports_for_the_first_speaker():
    text = ("Mayor Tova Brightwater said the mill was the town's largest employer and estimated that "
            "another 900 jobs depended on it.")
    assert _content(text, "largest employer").endswith("largest employer")
    assert _speaker(text, "another 900 jobs")[0] == "Tova Brightwater"


def test_a_second_cue_with_its_own_subject_keeps_that_subject():
    text = "Ilka Verhoeff said the council met on Monday and the treasurer warned that reserves were low."
    text, qs = quotes_of(text)
    second = [q for q in qs if text[q.start:q.end].startswith("that reserves")]
    assert second and second[0].speaker != "Ilka Verhoeff"
