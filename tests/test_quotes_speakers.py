"""Speakers by full name across the document (issue 10, item 3): surname-only later mentions, titles,
pronouns, organisations, acronyms; more indirect speech (confirm, warn, deny, estimate, describe ... as).
All texts are written for these tests (fictional people and places)."""
from __future__ import annotations

import pytest

from marsad.annotate.nlp import parse
from marsad.annotate.quotes import extract_quotes
from marsad.errors import MarsadError

from quote_helpers import quote_containing as _by, quotes_of as _quotes


MINISTER = (
    "Clinics reopen in the hill districts\n\n"
    "Maria Okafor, the health minister of Varna province, said on Monday that the clinics in Dolmen would reopen "
    "next week. \"We are ready to receive patients again,\" she said.\n\n"
    "The minister added that most of the nurses had returned to their posts. Okafor also confirmed that two "
    "clinics remained closed because of damage to their roofs.\n\n"
    "Daniel Brandt, a local councillor, warned of shortages of medicine in the coming months. Brandt denied "
    "claims that the council had delayed the repairs. He estimated that the work would cost the district "
    "about half its annual budget.")


def test_pronoun_title_and_surname_resolve_to_the_full_name():
    text, qs = _quotes(MINISTER)
    assert _by(text, qs, "the clinics in Dolmen would reopen").speaker == "Maria Okafor"
    q = _by(text, qs, "We are ready")
    assert q.speaker == "Maria Okafor" and q.direct and text[q.speaker_start:q.speaker_end] == "she"
    assert _by(text, qs, "most of the nurses had returned").speaker == "Maria Okafor"      # "the minister"
    assert _by(text, qs, "two clinics remained closed").speaker == "Maria Okafor"          # "Okafor"


def test_warn_deny_estimate_are_indirect_speech():
    text, qs = _quotes(MINISTER)
    q = _by(text, qs, "shortages of medicine")
    assert q.speaker == "Daniel Brandt" and not q.direct and q.cue == "warned"
    q = _by(text, qs, "the council had delayed the repairs")
    assert q.speaker == "Daniel Brandt" and q.cue == "denied"
    q = _by(text, qs, "the work would cost the district")
    assert q.speaker == "Daniel Brandt" and text[q.speaker_start:q.speaker_end] == "He"
    assert all(q.anonymity == "named" for q in qs)


AUTHORITY = (
    "The Eastern Rivers Monitoring Network (ERMN) said the floods had displaced about 4,000 families. The ERMN "
    "put the death toll at 31. Relief convoys reached the valley on Friday, a spokeswoman for the network said.\n\n"
    "The Kessel army described the operation as a success. A statement released by the Interior Ministry said "
    "the roads to the valley would stay closed.")


def test_organisations_acronyms_and_sources():
    text, qs = _quotes(AUTHORITY)
    q = _by(text, qs, "displaced about 4,000 families")
    assert q.speaker == "Eastern Rivers Monitoring Network" and q.anonymity == "named"
    q = _by(text, qs, "the death toll at 31")
    assert q.speaker == "Eastern Rivers Monitoring Network"                   # the acronym, resolved
    q = _by(text, qs, "Relief convoys reached the valley")                     # ", a spokeswoman ... said."
    assert text[q.speaker_start:q.speaker_end].startswith("a spokeswoman")
    q = _by(text, qs, "the operation as a success")
    assert q.cue == "described"
    q = _by(text, qs, "the roads to the valley would stay closed")
    assert q.speaker == "Interior Ministry"


def test_quoted_as_saying_and_mixed_quotation_marks():
    text = ("“We will not leave our homes,\" said Tomas Halloran, a farmer from Lisk.\n\n"
            "\"The water came at night,\" Ines Varga was quoted as saying by the local radio.")
    text, qs = _quotes(text)
    q = _by(text, qs, "We will not leave")
    assert q.speaker == "Tomas Halloran" and q.direct
    assert text[q.start] == "“" and text[q.end - 1] == '"'
    assert _by(text, qs, "The water came at night").speaker == "Ines Varga"


@pytest.mark.parametrize("sentence", [
    "The council urged residents to stay indoors.",          # a directive, no reported proposition
    "The army deployed troops to the border on Monday.",     # no speech
])
def test_no_quote_without_speech(sentence):
    _, qs = _quotes(sentence)
    assert qs == ()


def test_a_description_of_an_organisation_goes_to_the_organisation_quoted_last():
    text = ("The Tarvik Water Authority said on Tuesday that the wells in Lisk were safe to use again. "
            "The organisation added that tests would continue every week until the end of the month.")
    text, qs = _quotes(text)
    assert _by(text, qs, "tests would continue every week").speaker == "Tarvik Water Authority"


def test_the_army_is_the_army_named_before():
    text = ("Units of the Kessel army moved into Dolmen on Sunday. The army said its soldiers had cleared the main "
            "road and that the market would reopen within days.")
    text, qs = _quotes(text)
    assert _by(text, qs, "cleared the main road").speaker == "Kessel army"


def test_segments_split_by_default_or_joined():
    text = '"The bridge is gone," said Tomas Halloran. "We cross by boat now."'
    split = extract_quotes(text, doc=parse(text))
    joined = extract_quotes(text, doc=parse(text), segments="join")
    assert [text[q.start:q.end] for q in split] == ['"The bridge is gone,"', '"We cross by boat now."']
    assert all(q.speaker == "Tomas Halloran" for q in split)
    assert [text[q.start:q.end] for q in joined] == [text]
    with pytest.raises(MarsadError) as e:
        extract_quotes(text, doc=parse(text), segments="both")
    assert e.value.code and e.value.remedy is not None
