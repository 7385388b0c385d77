"""A year before a comma is not a count of incidents (lexicon events_context_aggregate). Sentences written
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
