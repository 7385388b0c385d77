"""General event rules: a year before a comma is no count of incidents; drones as weapons. Sentences written
for marsad."""
import pytest

from marsad.extract import events as E


@pytest.mark.parametrize("text,aggregate", [
    ("On 4 March 2021, clashes broke out between two clans in the market town.", False),
    ("In 2019 attacks on the road fell for the first time.", False),
    ("Monitors recorded 1,200 attacks in the province this year.", True),
    ("There were 35 clashes in the district last month.", True),
])
def test_only_a_real_figure_before_an_incident_noun_is_an_aggregate(text, aggregate):
    assert bool(E.AGGREGATE.search(text)) is aggregate


def test_an_incident_dated_with_a_year_before_a_comma_is_an_event():
    assert len(E.detect("On 4 March 2021, clashes broke out between two clans in Gao, killing 3 men.",
                        "2021-03-05")) == 1


def _sub_type(text: str) -> str | None:
    from marsad.config import load_config
    from marsad.run.pipeline import Pipeline
    p = Pipeline.from_config(load_config(env={}), quotes=False, claims=False)
    evs = p.process_record({"id": "a", "text": text, "published": "2022-06-10"})["events"]
    return evs[0]["sub_event_type"] if evs else None


def test_a_kamikaze_drone_is_a_drone_strike_not_a_suicide_bomber():
    assert _sub_type("On 9 June 2022, a kamikaze drone hit a fuel depot in Kharkiv, officials said.") == "Air/drone strike"


def test_a_drone_shot_down_is_disrupted_weapons_use():
    assert _sub_type("On 9 June 2022, coalition troops shot down an explosive-laden drone over Aden, officials said.") \
        == "Disrupted weapons use"
