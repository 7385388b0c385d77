"""Round 5 of the causal rules: general English causal verbs (invented sentences)."""
from __future__ import annotations

import pytest

from marsad.extract.claims import extract_claims


def causal(text):
    return [(text[c.cause.start:c.cause.end], text[c.effect.start:c.effect.end])
            for c in extract_claims(text, published="2020-05-01") if c.kind == "causal"]


@pytest.mark.parametrize("text,cause,effect", [
    ("The assassination plunged the country into chaos.", "The assassination", "the country into chaos"),
    ("The border dispute has destabilised the whole region.", "The border dispute", "the whole region"),
    ("The campaign sowed distrust between the communities.", "The campaign", "distrust between the communities"),
    ("The killing galvanised the opposition.", "The killing", "the opposition"),
    ("The arrest of the cleric reignited protests in the south.", "The arrest of the cleric", "protests in the south"),
    ("The influx of refugees has strained public services in the province.", "The influx of refugees",
     "public services"),
])
def test_causal_verb_families(text, cause, effect):
    assert (cause, effect) in causal(text)


@pytest.mark.parametrize("text", [
    "Oil prices plunged on Monday.",                      # intransitive: no object brought about
    "The farmers sowed the fields in the spring.",        # an agent acting, not a cause
    "The talks did not reignite the dispute.",            # negated relation
])
def test_causal_verb_families_keep_exclusions(text):
    assert causal(text) == []


def test_lead_object_to_infinitive():
    text = "The raids have led many herders to abandon their pastures."
    assert ("The raids", "many herders to abandon their pastures") in causal(text)
    # a guide leading people is an agent acting, not a cause
    assert causal("She led the visitors to see the old fort.") == []


def test_leave_in_a_resulting_state():
    text = "The commander of the garrison was killed, leaving the unit in disarray."
    assert any(e == "leaving the unit in disarray" for _, e in causal(text))
    # a place left behind is no result
    assert causal("The convoy stopped at the gate, leaving the trucks in the yard.") == []


@pytest.mark.parametrize("text,cause,effect", [
    ("The gunmen exploited the security vacuum to expand their reach.", "the security vacuum",
     "to expand their reach"),
    ("The raiders took advantage of the dust storm to approach the outpost.", "the dust storm",
     "to approach the outpost"),
])
def test_exploited_thing_enables_the_action(text, cause, effect):
    assert (cause, effect) in causal(text)


def test_exploit_without_an_action_is_no_relation():
    assert causal("Smugglers exploited the migrants.") == []
