"""A learned reading of a cause's driver, for the causes the cue lexicons do not cover (issue 10).

``drivers.classify`` reads a cause against hand-written cue lexicons; a cause worded in a way no cue
foresaw ("the soldiers went home and nobody replaced them") gets no category. This module holds a small
text classifier for those causes (``textcat``: TF-IDF over words, word pairs and character n-grams, and a
multinomial logistic regression), trained when first used on ``marsad/data/drivers_examples.tsv``: cause
phrases written by the project from general knowledge of conflict reporting (its first line says so), one
per line as ``category<TAB>phrase``, where category is a driver id of ``drivers.DRIVERS`` or ``none`` (a
cause outside the taxonomy: military pressure, ground lost in battle, one attack, the weather...).

Training is deterministic, takes a second or two, and happens once per process. No fitted weights ship: the
examples file is the model's whole source, and ``TAG`` (a hash of it) goes into each extraction's component
versions.

Public API:
    predict(cause_text) -> (driver id or None, probability)
    examples(path=EXAMPLES) -> list[(category, phrase)]      (raises LexiconError on a malformed file)
    TAG, VERSION, THRESHOLD
"""
from __future__ import annotations

from pathlib import Path

from . import textcat

VERSION = "driver-model-1"
EXAMPLES = textcat.DATA / "drivers_examples.tsv"
NONE = "none"
# the least probability a category needs, above that of "none", before it is given to a cause that no cue
# matched; below it the cause stays outside the taxonomy (set on bench/data/drivers_heldout.tsv and the
# tune halves of the report sets: bench/bench_drivers.py, bench/bench_reports.py)
THRESHOLD = 0.6


def _labels() -> tuple[str, ...]:
    from .drivers import DRIVERS
    return (*DRIVERS, NONE)


_CLASSIFIER = textcat.Classifier(EXAMPLES, _labels(), "driver", VERSION, C=4.0)
TAG = _CLASSIFIER.tag


def examples(path: Path = EXAMPLES) -> list[tuple[str, str]]:
    """The training examples, checked: a '# source:' first line, then 'category<TAB>phrase' lines."""
    return textcat.read_examples(path, _labels(), "driver")


def reset() -> None:
    """Forget the trained classifier (the next use trains it again)."""
    _CLASSIFIER.reset()


def probabilities(cause_text: str) -> dict[str, float]:
    """Category -> probability for one cause (the categories of the examples file, 'none' included)."""
    return _CLASSIFIER.probabilities([cause_text or ""])[0]


def predict(cause_text: str) -> tuple[str | None, float]:
    """(driver id, probability) for a cause, or (None, probability of 'none') when no category reaches
    THRESHOLD or 'none' is likelier."""
    if not (cause_text or "").strip():
        return None, 1.0
    probs = probabilities(cause_text)
    best = max((c for c in probs if c != NONE), key=lambda c: (probs[c], c))
    if probs[best] >= THRESHOLD and probs[best] > probs.get(NONE, 0.0):
        return best, probs[best]
    return None, probs.get(NONE, 0.0)
