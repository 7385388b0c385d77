"""Round 10 of the driver taxonomy: capitals and countries as backers, failings of a government, abuse aimed at a
named community, deportations, leadership losses, arming civilians, lack of prospects (phrases invented here)."""
import pytest

from marsad.extract.drivers import classify

CASES = [
    ("Tehran's backing for the militias", "external_support"),
    ("support from Iran", "external_support"),
    ("close air support from the coalition", "external_support"),
    ("the air cover provided by allied jets", "external_support"),
    ("foreign jihadists who joined the group", "external_support"),
    ("the failure of the national government to pay soldiers", "governance_corruption"),
    ("the authorities' restrictions on humanitarian access", "governance_corruption"),
    ("extortion by officials", "governance_corruption"),
    ("reprisals against Hazara communities", "sectarian_grievance"),
    ("the deportation of thousands of migrants", "displacement_reintegration"),
    ("the leadership losses the group suffered", "leadership_change"),
    ("arming villagers with no training", "security_posture"),
    ("desertions from the army", "security_posture"),
    ("they saw no prospects at home", "economic_hardship"),
    ("the soldiers had not been paid for months", "economic_hardship"),
]


@pytest.mark.parametrize("cause,driver", CASES)
def test_round10_cause_gets_its_driver(cause, driver):
    assert classify(cause) == driver


def test_nationality_is_no_targeted_community():
    # a nationality before 'civilians' names no ethnic or religious community
    assert classify("reprisals against Syrian civilians") != "sectarian_grievance"


def test_removal_of_things_is_no_leadership_change():
    # 'removal of' counts only with a leader or an official after it
    assert classify("the removal of barriers around the compound") != "leadership_change"
    assert classify("the removal of the provincial governor") == "leadership_change"


def test_deserted_is_not_desert_terrain():
    assert classify("soldiers deserted their posts") != "terrain_safe_havens"
