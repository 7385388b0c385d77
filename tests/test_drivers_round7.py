"""Driver categories for causes that name a shift in the forces on the ground or a backer from abroad
(sentences written for these tests)."""
import pytest

from marsad.extract.drivers import category, classify


@pytest.mark.parametrize("cause, expected", [
    ("the arrival of army reinforcements", "security posture/deployment"),
    ("air support from the helicopters", "security posture/deployment"),
    ("the drawdown of the peacekeeping mission", "security posture/deployment"),
    ("the three-month truce between the two sides", "security posture/deployment"),
    ("the ceasefire signed in the spring", "security posture/deployment"),
    ("weapons sent by the militia's backers", "external support"),
    ("the foreign troops sent at the request of the government", "external support"),
])
def test_cause_gets_its_driver(cause, expected):
    assert category(classify(cause)) == expected


@pytest.mark.parametrize("cause", [
    "the heavy rain of the past week",
    "a dispute over the price of cattle at the market",
])
def test_outside_the_taxonomy_keeps_no_driver(cause):
    assert classify(cause) is None
