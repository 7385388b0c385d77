"""Quotes, round 9 (issue 10): speakers by full name in general-news articles - the wire dateline is neither a
source nor content, a region's or a person's possessive before a role is not the speaker, "<name>'s office"
speaks for its person, a described official in the lede named later with that role, and one person's name that
NER cut in two. All texts are written for these tests (fictional people, bodies and towns)."""
from __future__ import annotations

from quote_helpers import quote_containing as _by, quotes_of as _quotes

from marsad.annotate.nlp import parse
from marsad.annotate.quotes import Names, _datelines


# -- datelines ---------------------------------------------------------------------------------------------------
def test_a_dateline_city_is_not_the_organisation_that_speaks():
    text, qs = _quotes("QUILLBRIDGE — The nurses' association of the region says its members will refuse overtime "
                       "from March.\n\n\"We are exhausted,\" said Noor Vellacott, who chairs the association.")
    q = _by(text, qs, "refuse overtime")
    assert q.speaker != "QUILLBRIDGE"
    assert text[q.start:].startswith("its members")


def test_a_fronted_report_after_a_dateline_starts_after_the_dash():
    text, qs = _quotes("MARROWDALE, Ont. (Press Wire) - Two bridges over the canal will close for repairs next "
                       "month, the town's engineer said Friday.")
    q = _by(text, qs, "Two bridges")
    assert text[q.start:q.end].startswith("Two bridges")


def test_a_dateline_that_lost_its_dash_is_cut_at_the_first_sentence():
    text = "HOLLENBECK Three walk-in clinics closed on Monday, a health official said."
    spans = _datelines(text, parse(text))
    assert [text[a:b] for a, b in spans] == ["HOLLENBECK "]
    _, qs = _quotes(text)
    assert text[_by(text, qs, "walk-in clinics").start:].startswith("Three")


def test_an_acronym_opening_a_sentence_is_no_dateline():
    text = "UNAVO said on Monday that two of its offices would close."
    assert _datelines(text, parse(text)) == []


# -- possessives -------------------------------------------------------------------------------------------------
_MINISTER = ("Westmark's housing minister says the province will build 900 rental units by next winter.\n\n"
             "Housing Minister Delphine Okoro made the announcement at a construction site on Tuesday. \"People "
             "cannot wait another decade for a home,\" Okoro said.\n\n"
             "The minister added that the first tenants would move in within a year.\n\n"
             "Okoro's office said the cost would be shared with the federal government.")


def test_a_regions_minister_is_not_the_region():
    text, qs = _quotes(_MINISTER)
    assert all(q.speaker != "Westmark" for q in qs)


def test_a_minister_described_in_the_lede_is_the_minister_named_next():
    text, qs = _quotes(_MINISTER)
    q = _by(text, qs, "900 rental units")
    assert q.speaker == "Delphine Okoro" and q.anonymity == "named"
    assert _by(text, qs, "first tenants").speaker == "Delphine Okoro"


def test_a_persons_office_speaks_by_the_full_name():
    text, qs = _quotes(_MINISTER)
    q = _by(text, qs, "cost would be shared")
    assert q.speaker == "Delphine Okoro's office" and q.anonymity == "named"


def test_a_lawyers_client_is_not_the_speaker():
    text, qs = _quotes("Gunnar Lisle was acquitted on Thursday of all charges. Lisle's lawyer said the verdict "
                       "showed the police had no case.")
    q = _by(text, qs, "the verdict")
    assert q.speaker != "Gunnar Lisle"


def test_a_minister_named_before_keeps_the_later_description_pointing_back():
    # "the minister" after a minister was written of refers back: no cataphora to the next person named
    text, qs = _quotes("Transport Minister Ilse Varga spoke first. The minister said the new ferry would sail in "
                       "May. \"It is about time,\" said Paulo Brennan, a ferry captain and former minister.")
    assert _by(text, qs, "new ferry").speaker == "Ilse Varga"


# -- names NER cut in two -----------------------------------------------------------------------------------------
def _names_with(text: str, parts: list[tuple[str, str]]):
    """Names of ``text`` with NER's entities replaced by ``parts`` (phrase, label), as a model may cut them."""
    from spacy.tokens import Span

    doc = parse(text)
    ents = []
    for phrase, label in parts:
        a = text.index(phrase)
        sp = doc.char_span(a, a + len(phrase))
        ents.append(Span(doc, sp.start, sp.end, label=label))
    doc.set_ents(ents, default="outside")
    return Names(doc)


def test_two_person_parts_side_by_side_are_one_name():
    text = "The clinic's director, Rafiq Hassan Tollemache, said the wing would reopen."
    names = _names_with(text, [("Rafiq Hassan", "PERSON"), ("Tollemache", "PERSON")])
    assert [e.text for e in names.ents if e.label_ == "PERSON"] == ["Rafiq Hassan Tollemache"]


def test_a_given_name_left_out_after_a_comma_joins_the_name():
    text = "The clinic's director, Soraya Idris Pennock, said the wing would reopen."
    names = _names_with(text, [("Idris Pennock", "PERSON")])
    assert [e.text for e in names.ents if e.label_ == "PERSON"] == ["Soraya Idris Pennock"]


def test_a_title_before_a_name_is_no_given_name():
    text = "On Monday, Councillor Idris Pennock said the wing would reopen."
    names = _names_with(text, [("Idris Pennock", "PERSON")])
    assert [e.text for e in names.ents if e.label_ == "PERSON"] == ["Idris Pennock"]


def test_two_people_joined_by_and_stay_two():
    text = "Mara Quist and Tobin Vale said the wing would reopen."
    names = _names_with(text, [("Mara Quist", "PERSON"), ("Tobin Vale", "PERSON")])
    assert [e.text for e in names.ents if e.label_ == "PERSON"] == ["Mara Quist", "Tobin Vale"]


def test_a_later_surname_takes_the_full_name_of_a_cut_name():
    text, qs = _quotes("The district's fire chief, Anwar Sadiq Hollowell, said the blaze began in a kitchen. "
                       "\"The smoke alarms saved lives,\" Hollowell said.")
    q = _by(text, qs, "smoke alarms")
    assert q.speaker.endswith("Hollowell") and len(q.speaker.split()) >= 2


def test_a_role_word_in_a_clause_before_the_name_is_no_title():
    # the mayor criticised the person named next: that person is not the mayor of the lede
    text, qs = _quotes("The town's mayor says the arena will close in June.\n\nThe mayor criticised Hollis Grane, "
                       "who runs the hockey league. \"We have nowhere to play,\" Grane said.")
    assert _by(text, qs, "arena will close").speaker != "Hollis Grane"


# -- a quotation standing alone, its speaker named in the next sentence ------------------------------------------
def test_a_lone_quotation_takes_the_person_the_next_sentence_names():
    text, qs = _quotes("\"Nobody checked the pipes for twenty years.\"\n\nThose were the words of Wilma Achterberg, "
                       "a retired plumber in Crane Hollow, at a public meeting on Monday.\n\n"
                       "Achterberg said the town ignored her letters.")
    q = _by(text, qs, "Nobody checked")
    assert q.speaker == "Wilma Achterberg" and q.anonymity == "named" and q.direct
    assert _by(text, qs, "ignored her letters").speaker == "Wilma Achterberg"


def test_a_lone_quotation_without_a_pointing_sentence_takes_no_later_name():
    text, qs = _quotes("\"Nobody checked the pipes for twenty years.\"\n\nWilma Achterberg, a retired plumber, "
                       "moved to Crane Hollow in 1990.")
    assert all(q.speaker != "Wilma Achterberg" or "Nobody" not in text[q.start:q.end] for q in qs)
