"""Small text classifiers trained, when first used, on example files the project writes itself.

Used where the rules of a stage meet wording no rule foresaw (``driver_model``: the driver of a cause;
``incident_model``: whether a sentence reports an incident). An examples file is UTF-8 text:

    # source: who wrote the examples and from what (required; never a data set's text)
    # any further comment lines
    label<TAB>example text

Features: TF-IDF over words and word pairs and over character n-grams within words (figures folded to '0',
function words from the lexicon ``textcat_function_words`` left out); model: multinomial logistic
regression (scikit-learn). Training is deterministic and takes a second or two; no fitted weights ship, the
examples file is the model's whole source, and ``tag(path)`` (a hash of it) goes into component versions.

Public API:
    read_examples(path, labels, what) -> list[(label, text)]     (LexiconError on a malformed file)
    Classifier(path, labels, what, C=...)  .probabilities(texts) -> list[dict[label, p]];  .tag
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .. import lexicons
from ..lexicons import LexiconError

VERSION = "textcat-1"
DATA = Path(__file__).resolve().parent.parent / "data"

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def read_examples(path: Path, labels: Iterable[str], what: str) -> list[tuple[str, str]]:
    """The examples of a file, checked: a '# source:' first line, then 'label<TAB>text' lines whose label is
    one of LABELS; at least two labels used."""
    labels = set(labels)
    remedy = f"Fix {path}: first line '# source: ...', then one 'label<TAB>text' per line."
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise LexiconError(f"{what} examples are missing ({path})", remedy="Reinstall marsad (`make install`).") from None
    if not lines or not lines[0].lower().startswith("# source:") or not lines[0][9:].strip():
        raise LexiconError(f"{what} examples {path} do not say where they come from", remedy=remedy)
    out: list[tuple[str, str]] = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, example = line.partition("\t")
        if not sep or not example.strip() or "\t" in example or label not in labels:
            raise LexiconError(f"{what} examples {path}, line {n}: not 'label<TAB>text' with a known label",
                               remedy=remedy)
        out.append((label, example.strip()))
    if len({c for c, _ in out}) < 2:
        raise LexiconError(f"{what} examples {path} need at least two labels", remedy=remedy)
    return out


@lru_cache(maxsize=None)
def _function_words() -> frozenset[str]:
    return frozenset(lexicons.load("textcat_function_words"))


def normalise(text: str) -> str:
    """Lower case, figures folded to '0' ('2,000 troops' and '300 troops' are alike), function words left
    out ('across the', 'of the' would otherwise tie a text to the examples that share them)."""
    skip = _function_words()
    words = _DIGITS.sub("0", text.lower().replace("’", "'")).split()
    return " ".join(w for w in words if w.strip(".,;:'\"()") not in skip)


def tag(path: Path, version: str) -> str:
    try:
        return f"{version}:{hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]}"
    except OSError:
        return f"{version}:missing"


class Classifier:
    """A classifier over the examples of PATH, trained on first use."""

    def __init__(self, path: Path, labels: Iterable[str], what: str, version: str, C: float = 4.0):
        self.path, self.labels, self.what, self.C = Path(path), tuple(labels), what, C
        self.tag = tag(self.path, version)
        self._model = None

    def examples(self) -> list[tuple[str, str]]:
        return read_examples(self.path, self.labels, self.what)

    def model(self):
        if self._model is None:
            from sklearn.feature_extraction.text import TfidfVectorizer
            from sklearn.linear_model import LogisticRegression
            from sklearn.pipeline import FeatureUnion, make_pipeline
            from threadpoolctl import threadpool_limits

            data = self.examples()
            features = FeatureUnion([
                ("words", TfidfVectorizer(preprocessor=normalise, ngram_range=(1, 2), sublinear_tf=True)),
                ("chars", TfidfVectorizer(preprocessor=normalise, analyzer="char_wb", ngram_range=(3, 5),
                                          sublinear_tf=True, min_df=2)),
            ])
            model = make_pipeline(features, LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced"))
            with threadpool_limits(limits=1):      # a fit this small is slower on many BLAS threads, not faster
                model.fit([t for _, t in data], [c for c, _ in data])
            self._model = model
        return self._model

    def reset(self) -> None:
        """Forget the trained model (the next use trains it again)."""
        self._model = None

    def probabilities(self, texts: list[str]) -> list[dict[str, float]]:
        """Label -> probability for each text, in one pass."""
        if not texts:
            return []
        model = self.model()
        return [{str(c): float(p) for c, p in zip(model.classes_, row)}
                for row in model.predict_proba([t or "" for t in texts])]
