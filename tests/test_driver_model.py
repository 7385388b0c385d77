"""The learned reading of a cause's driver (extract/driver_model.py): trained on the project's own examples, used
only for a cause that no cue of the lexicons reads. Phrases invented here, none of them in the examples file."""
from __future__ import annotations

import pytest

from marsad.extract import driver_model
from marsad.extract.drivers import DRIVERS, classify
from marsad.lexicons import LexiconError

from claim_helpers import causal

# worded so that no cue matches: the lexicons alone give no driver, the classifier gives the right one
FALLBACK = [
    ("a new man at the top of the militia", "leadership_change"),
    ("farmers lost their whole crop and have nothing to sell", "economic_hardship"),
    ("officials pocket the money meant for the schools", "governance_corruption"),
    ("nobody has been paid since the spring", "economic_hardship"),
]

# outside the taxonomy: an attack, a strike, the weather
OUTSIDE = ["last week's ambush on the convoy", "a drone strike on the house", "the heavy rain that flooded the road",
           "the bombing of the market"]


@pytest.mark.parametrize("cause,driver", FALLBACK)
def test_a_cause_no_cue_reads_gets_the_classifiers_driver(cause, driver):
    assert classify(cause, learned=False) is None
    assert classify(cause) == driver
    got, p = driver_model.predict(cause)
    assert got == driver and p >= driver_model.THRESHOLD


@pytest.mark.parametrize("cause", OUTSIDE)
def test_a_cause_outside_the_taxonomy_stays_without_a_driver(cause):
    assert classify(cause) is None
    got, p_none = driver_model.predict(cause)
    assert got is None and p_none > 0.5


def test_a_cue_still_decides_before_the_classifier():
    # the lexicons read this one; the classifier is not asked
    cause = "the withdrawal of the troops from the district"
    assert classify(cause, learned=False) == "security_posture" == classify(cause)


def test_an_empty_cause_has_no_driver():
    assert driver_model.predict("") == (None, 1.0)
    assert driver_model.predict("   ")[0] is None


def test_the_examples_file_is_sourced_and_covers_every_category():
    rows = driver_model.examples()
    cats = {c for c, _ in rows}
    assert cats == set(DRIVERS) | {driver_model.NONE}
    for c in cats:
        assert sum(1 for x, _ in rows if x == c) >= 50, c
    assert len({p.lower() for _, p in rows}) == len(rows), "duplicate training phrases"
    first = driver_model.EXAMPLES.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source:") and "not drawn from any data set" in first


def test_none_of_the_test_phrases_is_a_training_example():
    seen = {p.lower() for _, p in driver_model.examples()}
    assert not [p for p, _ in FALLBACK if p.lower() in seen]
    assert not [p for p in OUTSIDE if p.lower() in seen]


@pytest.mark.parametrize("body,why", [
    ("security_posture\tthe pull-out of troops\n", "source"),
    ("# source: written for a test\nsecurity_posture the pull-out of troops\n", "tab"),
    ("# source: written for a test\nweather\tthe rain\nnone\tthe raid\n", "category"),
    ("# source: written for a test\nnone\tthe raid\nnone\tthe ambush\n", "two categories"),
])
def test_a_malformed_examples_file_is_a_lexicon_error_with_a_remedy(tmp_path, body, why):
    path = tmp_path / "ex.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        driver_model.examples(path)
    assert e.value.remedy and str(path) in e.value.remedy or str(path) in e.value.message, why


def test_a_missing_examples_file_says_so(tmp_path):
    with pytest.raises(LexiconError) as e:
        driver_model.examples(tmp_path / "absent.tsv")
    assert "missing" in e.value.message and e.value.remedy


def test_training_is_deterministic():
    cause = "the soldiers went home and nobody replaced them"
    first = driver_model.probabilities(cause)
    driver_model.reset()
    try:
        again = driver_model.probabilities(cause)
    finally:
        driver_model.reset()
    assert first == again
    assert abs(sum(first.values()) - 1.0) < 1e-9


def test_a_causal_claim_carries_the_classifiers_driver():
    text = ("The district governor said attacks on the road had grown because officials pocket the money meant for "
            "the schools.")
    got = [(c, claim.driver) for c, _e, claim in causal(text)]
    assert ("officials pocket the money meant for the schools", "governance_corruption") in got


def test_the_extraction_records_the_classifiers_version():
    from marsad.config import Config
    from marsad.model import CleanDocument
    from marsad.run.pipeline import Pipeline

    pipe = Pipeline.from_config(Config())
    text = ("Attacks on the road rose because officials pocket the money meant for the schools, a district governor "
            "said on Tuesday.")
    ex = pipe.extract_document(CleanDocument(id="d1", text=text, published="2024-03-05"))
    assert dict(ex.versions)["drivers"].endswith(driver_model.TAG)
    assert [c.driver for c in ex.claims if c.kind == "causal"] == ["governance_corruption"]
