"""Quotes, round 13 (issue 10, item 3): two parser slips around a phrase set off before the clause. In
"According to X, <subject> <verb> ..." and "In an e-mail to X, <subject> wrote ..." the parser can hang the
clause's subject on X as an apposition, which left "according to" with half its content and the speech verb
with no speaker. All texts are written for these tests (fictional people, bodies and towns; the statistics
office is a real public body, named because the parser's slip shows on its name)."""
from __future__ import annotations

from quote_helpers import quote_containing, quotes_of


def _quote(text, needle):
    text, qs = quotes_of(text)
    return text, quote_containing(text, qs, needle)


def test_according_to_keeps_the_subject_the_parser_hung_on_the_source():
    text = ("Winter came early to the valley this year.\n\n"
            "According to Statistics Canada, about one in six Canadians lives in a rural area.")
    text, q = _quote(text, "in a rural area")
    assert text[q.start:q.end].startswith("about one in six Canadians")
    assert q.speaker == "Statistics Canada"


def test_a_leading_phrase_does_not_swallow_the_speaker_of_the_verb():
    text = ("The ferry to Kessick Island will not sail on Sundays from next month.\n\n"
            "In an e-mail to the Tidewater Gazette, a spokesperson for the operator, Ines Halvorsen, wrote that "
            "fuel costs had doubled.")
    text, q = _quote(text, "fuel costs had doubled")
    assert q.speaker == "Ines Halvorsen"
    assert q.medium is None or "Halvorsen" not in q.medium


def test_an_apposition_inside_a_leading_phrase_still_names_its_own_head():
    # the rule reaches only a subjectless verb: here "Ines Halvorsen" is the subject, the apposition is the paper's
    text = ("In a letter to the Gazette, a weekly in Kessick, Ines Halvorsen wrote that the schedule would change.")
    text, q = _quote(text, "schedule would change")
    assert q.speaker == "Ines Halvorsen"
