"""Aggregate and causal claims on test articles and sentences written for marsad (tests/fixtures/claims)."""
import json
from pathlib import Path

import pytest

from marsad.annotate.quotes import extract_quotes, load_nlp
from marsad.extract.claims import byline_author, extract_claims
from marsad.extract.drivers import DRIVERS, classify, label
from marsad.model import to_dict

FIX = Path(__file__).resolve().parent / "fixtures" / "claims"
CAUSAL_FLOOR = 0.80          # causal-sentence detection F1 on our own labelled sentences


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def _run(name, nlp, published):
    text = (FIX / name).read_text(encoding="utf-8")
    doc = nlp(text)
    quotes = extract_quotes(text, doc=doc)
    return text, extract_claims(text, published=published, quotes=quotes, doc=doc)


def _causal(text, claims, needle):
    hits = [c for c in claims if c.kind == "causal" and needle in text[c.cause.start:c.cause.end]]
    assert hits, f"no causal claim with cause containing {needle!r}"
    return hits[0]


def test_aggregate_with_period_claimant_and_trend(nlp):
    text, claims = _run("sahel_villages.txt", nlp, "2021-09-15")
    aggs = [c for c in claims if c.kind == "aggregate"]
    assert len(aggs) == 1
    a = aggs[0]
    assert (a.quantity, a.counted) == (312.0, "attacks")
    assert (a.period_start, a.period_end) == ("2021-01-01", "2021-06-30")
    assert a.claimant == "Sahel Security Monitor" and a.trend == "increase"
    d = to_dict(a)
    assert {"kind", "start", "end", "claimant", "hedged", "quantity", "low", "high", "counted", "period_start",
            "period_end", "scope"} <= set(d)


def test_range_aggregate_and_source_noun_claimant(nlp):
    text, claims = _run("northern_province.txt", nlp, "2023-02-01")
    a = [c for c in claims if c.kind == "aggregate"][0]
    assert (a.low, a.high, a.counted) == (40.0, 55.0, "bombings")
    assert (a.period_start, a.period_end) == ("2022-01-01", "2022-12-31")
    assert a.claimant == "Centre for Conflict Studies"     # "The report recorded ..." -> the report's author


def test_relative_period_uses_published_not_clock(nlp):
    text, claims = _run("teachers_strike.txt", nlp, "2019-05-20")
    a = [c for c in claims if c.kind == "aggregate"][0]
    assert (a.quantity, a.counted, a.period_start, a.period_end) == (14.0, "arrests", "2019-01-01", "2019-05-20")


def test_one_off_counts_are_not_aggregates(nlp):
    text = "A roadside bomb killed 12 soldiers near the border on Tuesday, officials said."
    assert not [c for c in extract_claims(text, published="2020-01-01", doc=nlp(text)) if c.kind == "aggregate"]


def test_causal_claims_drivers_and_claimants(nlp):
    text, claims = _run("sahel_villages.txt", nlp, "2021-09-15")
    c = _causal(text, claims, "the drought")
    # drought is causal but outside the brief's nine driver categories
    assert c.driver is None and c.claimant == "Oumar Traore"
    assert "clashes" in text[c.effect.start:c.effect.end] or "herders" in text[c.effect.start:c.effect.end]
    c = _causal(text, claims, "unpaid salaries")
    assert c.driver == "economic_hardship" and c.claimant == "A local official"
    # "Fighting intensified after the death of ...": temporal 'after', not a causal claim under the brief;
    # the broad (CNC) reading keeps it
    assert not [c for c in claims if c.kind == "causal" and "the death of the group's commander" in
                text[c.cause.start:c.cause.end]]
    doc = nlp(text)
    claims = extract_claims(text, published="2021-09-15", quotes=extract_quotes(text, doc=doc), doc=doc,
                            causal="broad")
    c = _causal(text, claims, "the death of the group's commander")
    # the journalist's own voice: no claimant (GUIDE.md), even though the text has a byline
    assert c.driver == "leadership_change" and c.claimant is None
    assert text[c.effect.start:c.effect.end] == "Fighting intensified" and c.polarity == "increase"
    for c in claims:
        if c.kind == "causal":
            d = to_dict(c)
            assert set(d["cause"]) == {"start", "end"} and set(d["effect"]) == {"start", "end"}
            assert d["driver"] is None or d["driver"] in DRIVERS


def test_causal_outside_taxonomy_and_hedging(nlp):
    text, claims = _run("teachers_strike.txt", nlp, "2019-05-20")
    doc = nlp(text)
    claims = extract_claims(text, published="2019-05-20", quotes=extract_quotes(text, doc=doc), doc=doc,
                            causal="broad")               # 'called after talks collapsed': a broad reading
    c = _causal(text, claims, "talks with the education ministry collapsed")
    assert c.driver is None                        # causal, but no driver of violence
    assert text[c.effect.start:c.effect.end] == "The strike was called"
    t2 = "The flooding may have pushed more families into the camps, aid workers suggested."
    cl = [c for c in extract_claims(t2, doc=nlp(t2)) if c.kind == "causal"]
    assert cl and all(c.hedged for c in cl)


def test_polarity_decrease():
    from marsad.extract.claims import _polarity
    assert _polarity("prevent", "further attacks on the villages") == "decrease"
    assert _polarity("lead", "a sharp fall in killings") == "decrease"
    assert _polarity("lead", "fewer checkpoints on the outskirts") == "increase"   # less security
    assert _polarity("spark", "clashes with farmers") == "increase"


def test_driver_lexicon():
    assert classify("the tight lockdown restrictions") == "pandemic_lockdown"
    assert classify("the removal of the experienced commander") == "leadership_change"
    assert classify("rising unemployment and poverty") == "economic_hardship"
    assert classify("the failure to rehabilitate families held in camps") == "displacement_reintegration"
    assert classify("the vast desert and its hideouts") == "terrain_safe_havens"
    assert classify("talks collapsed") is None
    assert classify("the drought") is None              # outside the nine categories of the brief
    assert classify("his dismissal") == "leadership_change"
    assert classify("Iranian-backed militias") == "external_support"      # '*-backed' compounds
    assert classify("U.S.-backed government forces") == "external_support"  # the more specific cue wins a tie
    assert all(label(k) for k in DRIVERS)


def test_byline():
    assert byline_author("Title\n\nBy Jane Doe – Mosul\n\nText.") == "Jane Doe"
    assert byline_author("No byline here.") is None


def test_causal_detection_quality_floor(nlp):
    """CI gate: causal-sentence detection F1 (score_causal.py's definition) on our own labelled sentences. Their
    labels follow the Causal News Corpus notion (purpose, reactive 'after', 'injured in the explosion' count), so
    the gate reads them with the broad scheme; the brief's scheme is tested in tests/test_causal_guide.py."""
    rows = [json.loads(l) for l in (FIX / "causal_sentences.jsonl").read_text(encoding="utf-8").splitlines() if l]
    tp = fp = fn = 0
    for r in rows:
        y = any(c.kind == "causal" for c in extract_claims(r["text"], doc=nlp(r["text"]), causal="broad"))
        tp += y and r["causal"]
        fp += y and not r["causal"]
        fn += r["causal"] and not y
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= CAUSAL_FLOOR, (tp, fp, fn)


def test_odd_inputs_never_raise(nlp):
    """One bad document never kills a batch: odd text gives valid spans or nothing."""
    from marsad.annotate.quotes import extract_quotes
    cases = ['"', "“”", "“ ” “", '"a" "b" "c', "By\n\n", "\n\n\n", "According to", "according to.", "He said.",
             "” said he “", "’s ’s", "\x00\x01 said", "Q5 2020 quarter of 1999", "“" + "word " * 400,
             "The first quarter of 2020 saw 5 attacks, he said, because of the war.", "x" * 3000]
    for t in cases:
        qs = extract_quotes(t, doc=nlp(t))
        cl = extract_claims(t, published="2020-05-01", quotes=qs, doc=nlp(t))
        assert all(0 <= q.start <= q.end <= len(t) for q in qs)
        assert all(0 <= c.start <= c.end <= len(t) for c in cl)
        assert all(c.cause is None or 0 <= c.cause.start < c.cause.end <= len(t) for c in cl)


# -- issue 10: aggregate figures of every kind, and the brief's causal exclusions (sentences written for marsad) --
AGGREGATES = [
    ("The group still has between 500 and 700 fighters in the Hamrin mountains, a security official said.",
     None, 500, 700),
    ("Islamic State is believed to have up to 3,000 fighters left in the province.", 3000, None, 3000),
    ("About 400 foreign fighters have returned to Tunisia since 2015, the ministry said.", 400, None, None),
    ("Government forces have retaken six villages around Dar Salam in the past two weeks.", 6, None, None),
    ("The militants seized a third of the country's territory in 2014.", 33.33, None, None),
    ("Rebels now control two-thirds of the province, the monitor said.", 66.67, None, None),
    ("The group has lost 40 percent of the territory it held at its peak.", 40, None, None),
    ("More than 85,000 people have been displaced by the fighting since March.", 85000, 85000, None),
    ("Some 30,000 civilians remain trapped in the old city, the U.N. said.", 30000, None, None),
    ("Nearly 2,500 families have returned to Ramadi this year.", 2500, None, 2500),
    ("Insurgents carried out 95 attacks in October alone, the report said.", 95, None, None),
    ("Since January, 214 civilians have been killed in air strikes across the region.", 214, None, None),
    ("The conflict has displaced more than 2 million people.", 2000000, 2000000, None),
    ("The number of attacks rose to 150 in the second quarter.", 150, None, None),
    ("Nearly 2,000 civilians were killed or wounded in the first half of the year.", 2000, None, 2000),
]
AGGREGATES += [
    ("The United Nations estimates that 3.2 million people have fled their homes.", 3200000, None, None),
    ("Police have arrested more than 300 suspects since the curfew was imposed.", 300, 300, None),
    ("Government forces now hold about 60 percent of the city.", 60, None, None),
    ("Over the past year, 37 journalists have been killed in the country.", 37, None, None),
]
AGGREGATES += [
    ("A quarter of the population has been displaced by the fighting.", 25, None, None),
    ("The monitor said 1,100 people had been killed in the region this month.", 1100, None, None),
    ("Fighting in the north has forced more than 60,000 people from their homes, the U.N. said.", 60000, 60000, None),
    ("The militia numbers about 5,000 men, a commander said.", 5000, None, None),
]
AGGREGATES += [
    ("Islamic State controls around 60,000 square km in Iraq and Syria.", 60000, None, None),
    ("Officials said 60 percent of the victims were civilians.", 60, None, None),
    ("Over 1,000 fighters have defected from the group this year.", 1000, 1000, None),
]
NOT_AGGREGATES = [
    "The death toll from Sunday's bombing rose to 45, hospital officials said.",
    "About 200 people attended the funeral on Thursday.",
    "Three people were killed and 15 wounded when a bomb exploded at a bus station on Sunday.",
    "Police said 12 suspects had been detained after Friday's attack.",
    "The attack on the hotel killed 22 people, including 6 foreigners.",
    "Turnout was 45 percent, the election commission said.",
    "The bomber detonated his vest at 10:30 a.m., killing 8 soldiers.",
    "A roadside bomb killed 12 soldiers near the border on Tuesday, officials said.",
    "Gunmen killed at least 80 people in three bombings on Monday.",
    "The government pledged $50 million in aid to the displaced.",
    "Scores of people were killed in the fighting last month.",
    "The army deployed 5,000 troops to the province last week.",
    "Mosul had a population of two million before the war.",
    "The lira fell 3 percent against the dollar.",
    "A suicide bomber has killed 14 people at a market in the town.",
]


@pytest.mark.parametrize("text,quantity,low,high", AGGREGATES)
def test_aggregates_of_every_kind(nlp, text, quantity, low, high):
    aggs = [c for c in extract_claims(text, published="2020-06-01", doc=nlp(text)) if c.kind == "aggregate"]
    assert len(aggs) == 1, aggs
    a = aggs[0]
    assert a.quantity == pytest.approx(quantity) if quantity is not None else a.quantity is None
    assert (a.low, a.high) == (low, high)
    assert a.counted and a.unit in ("people", "attacks", "places", "percent", "times")
    assert 0 <= a.start < a.end <= len(text)


def test_two_figures_in_one_clause(nlp):
    t = "The insurgency has killed more than 12,000 people and displaced 1.8 million."
    aggs = [c for c in extract_claims(t, published="2016-06-01", doc=nlp(t)) if c.kind == "aggregate"]
    assert [(c.quantity, c.low) for c in aggs] == [(12000, 12000), (1800000, None)]


def test_aggregate_fields_as_stated(nlp):
    t = "Since January, more than 214 civilians have been killed in the province, the monitor said."
    a = [c for c in extract_claims(t, published="2020-06-01", doc=nlp(t)) if c.kind == "aggregate"][0]
    assert (a.quantity, a.low, a.high, a.qualifier, a.unit) == (214, 214, None, "more than", "people")
    assert (a.period_start, a.period_end) == ("2020-01-01", "2020-06-01")
    t = "The toll reached 24 -- 14 villagers and 10 gunmen -- in the first month of the siege."
    aggs = [c for c in extract_claims(t, published="2020-06-01", doc=nlp(t)) if c.kind == "aggregate"]
    assert [c.quantity for c in aggs] == [24]                  # the parts of a total are not totals


@pytest.mark.parametrize("text", NOT_AGGREGATES)
def test_not_aggregates(nlp, text):
    assert not [c for c in extract_claims(text, published="2020-06-01", doc=nlp(text)) if c.kind == "aggregate"]


BRIEF_CAUSAL = [
    "Schools in the district were closed because of the fighting.",
    "Militants attacked the checkpoint in retaliation for the arrest of their leader.",
    "The killing of the cleric led to days of unrest in the province.",
    "The lack of patrols enabled the fighters to move freely between the villages.",
    "The assassination raised fears of a return to sectarian killings.",
    "The convoy took a longer route to avoid the militants' checkpoints.",
    "Aid could not reach the town as the roads had been mined.",
    "The militants blew up the bridge, cutting off the only supply route to the city.",
    "Many residents fled the area for fear of reprisals.",
    "The curfew has hurt traders, who say they have lost most of their income.",
    "The offensive has stalled, giving the militants time to regroup.",
    "Analysts said the move would undermine the peace talks.",
    "Unemployment has driven many young men into the arms of the insurgents, a local elder said.",
    "The group has lost ground under pressure from air strikes.",
]
BRIEF_NOT_CAUSAL = [
    "Troops were sent to the border to secure the crossing.",                # plain purpose infinitive
    "The rebels withdrew after heavy fighting on Sunday.",                    # temporal 'after'
    "Security forces imposed a curfew after the clashes.",
    "The ministry said the talks would resume if the ceasefire held.",        # conditional
    "Police opened fire on the crowd, killing three protesters.",             # an attack's own casualties
    "The soldiers were killed when their vehicle struck a mine.",
    "The explosion damaged several buildings and shattered windows across the street.",
    "Militants set off a car bomb outside the police station on Monday.",
    "He was arrested for his role in the bombing, police said.",
    "The attack came as leaders met in Geneva for talks on the crisis.",
    "The blast hit a crowded market on Sunday, making it the deadliest attack in the capital this year.",
    "The embassy warned of a possible attack, citing intelligence reports.",
    "The 2003 invasion toppled the regime and triggered years of insurgency.",
    "The government sent reinforcements to the province amid fears of a new offensive.",
    "The bomber drove a car packed with explosives into the checkpoint, a police officer said.",
]


@pytest.mark.parametrize("text", BRIEF_CAUSAL)
def test_brief_causal_one_record(nlp, text):
    cl = [c for c in extract_claims(text, published="2020-06-01", doc=nlp(text)) if c.kind == "causal"]
    assert len(cl) == 1, [(text[c.cause.start:c.cause.end], text[c.effect.start:c.effect.end]) for c in cl]


@pytest.mark.parametrize("text", BRIEF_NOT_CAUSAL)
def test_brief_exclusions(nlp, text):
    assert not [c for c in extract_claims(text, published="2020-06-01", doc=nlp(text)) if c.kind == "causal"]


def test_avoid_means_prevention(nlp):
    t = "The militia held back from the assault on the city to avoid inflaming sectarian tension."
    c = [c for c in extract_claims(t, doc=nlp(t)) if c.kind == "causal"][0]
    assert "held back" in t[c.cause.start:c.cause.end] and t[c.effect.start:c.effect.end] == "inflaming sectarian tension"
    assert c.polarity == "decrease" and c.driver == "security_posture"


def test_so_clause_is_the_result_and_the_attribution_no_side(nlp):
    t = '"The checkpoints are empty at night, so the militants move freely," said Omar Zaki, a councillor.'
    cl = [c for c in extract_claims(t, doc=nlp(t)) if c.kind == "causal"]
    assert len(cl) == 1
    assert t[cl[0].cause.start:cl[0].cause.end] == "The checkpoints are empty at night"
    assert t[cl[0].effect.start:cl[0].effect.end] == "the militants move freely"
