"""marsad.analyze.score_text: hand-checked values, and agreement with the official scorer
(../shared/eval/score_boiler.py) on random pages, so the bench and the CI gate measure what it measures."""
from __future__ import annotations

import importlib.util
import random
import sys

import pytest

from marsad.analyze.score_text import norm_title, page_counts, page_prf, score_records, score_texts


def test_page_counts_are_multiset_and_case_insensitive():
    assert page_counts("The cat saw the dog", "the the the cat") == (3, 1, 2)
    assert page_prf("a b c d", "a b") == (1.0, 0.5, pytest.approx(2 / 3))
    assert page_prf("", "") == (None, None, None)            # left out of every average
    assert page_prf("a b", "") == (None, 0.0, 0.0)           # nothing predicted: precision undefined
    assert page_prf("", "x y") == (0.0, None, 0.0)


def test_corpus_figures_average_precision_and_recall_first():
    r = score_texts([("a b c d", "a b"), ("e f", "e f g h"), ("", "")])
    assert r["precision"] == pytest.approx((1.0 + 0.5) / 2)
    assert r["recall"] == pytest.approx((0.5 + 1.0) / 2)
    assert r["f1"] == pytest.approx(0.75)
    assert r["mean_page_f1"] == pytest.approx((2 / 3 + 2 / 3) / 2)
    assert r["pages"] == 3


def test_records_metadata_rates_and_errors():
    gold = {"1": {"text": "a b", "title": "A Title!", "published": "2020-01-02T00:00:00Z", "language": "en-GB"},
            "2": {"text": "c d", "title": "Other"}}
    pred = {"1": {"text": "a b", "title": "a title", "published": "2020-01-02", "language": "en"},
            "2": {"error": {"code": "empty"}}}
    r = score_records(gold, pred)
    assert r["title_match"] == 0.5 and r["title_n"] == 2
    assert r["published_match"] == 1.0 and r["language_match"] == 1.0
    assert r["recall"] == 0.5 and r["precision"] == 1.0
    assert norm_title("  Hello,   World ") == "hello world"


def _official(shared_dir):
    eval_dir = shared_dir / "eval"
    if not (eval_dir / "score_boiler.py").is_file():
        pytest.skip(f"{eval_dir}/score_boiler.py is absent")
    sys.path.insert(0, str(eval_dir))
    try:
        spec = importlib.util.spec_from_file_location("marsad_test_score_boiler", eval_dir / "score_boiler.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(eval_dir))
    return mod


def test_agrees_with_the_official_scorer(shared_dir):
    official = _official(shared_dir)
    rnd = random.Random(20240917)
    vocab = ["the", "The", "army", "said", "on", "Monday", "two", "killed", "—", "x", "Ünïcode", "a,", "a", "3"]
    for trial in range(20):
        gold, pred = {}, {}
        for i in range(rnd.randint(1, 25)):
            g = " ".join(rnd.choice(vocab) for _ in range(rnd.choice([0, 1, 5, 30])))
            kind = rnd.random()
            if kind < 0.1:
                p = None                                    # missing line
            elif kind < 0.2:
                p = {"error": {"code": "empty", "message": "x"}}
            else:
                p = {"text": " ".join(rnd.choice(vocab) for _ in range(rnd.choice([0, 2, 8, 40]))),
                     "title": rnd.choice(["The army", "the ARMY!", None]),
                     "published": rnd.choice(["2020-01-01", None]), "language": rnd.choice(["en", "fr", None])}
            gold[f"d{i}"] = {"id": f"d{i}", "text": g, "title": rnd.choice(["The Army", None]),
                             "published": rnd.choice(["2020-01-01T05:00:00Z", None]),
                             "language": rnd.choice(["en-US", None])}
            if p is not None:
                pred[f"d{i}"] = p
        # the official loader turns error lines into None
        off = official.score(gold, {k: (None if v.get("error") else v) for k, v in pred.items()})
        own = score_records(gold, pred)
        for k in ("precision", "recall", "f1", "mean_page_f1"):
            assert own[k] == pytest.approx(off[k], abs=1e-12), (trial, k)
        for k in ("title", "published", "language"):
            if f"{k}_n" in off:
                assert own[f"{k}_n"] == off[f"{k}_n"]
                assert own[f"{k}_match"] == pytest.approx(off[f"{k}_match"], abs=1e-4)
