"""A comma or colon glued to an opening quotation mark (no space written) is tokenised as when the space is
there, so the quotation is found and attributed (sentences invented for the test)."""
import pytest

from marsad.annotate import nlp
from marsad.annotate.quotes import extract_quotes


@pytest.mark.parametrize("text, words", [
    ('The governor said,"We will rebuild the bridge."', ["said", ",", '"', "We"]),
    ("The mayor told reporters:“No one is safe here.”", ["reporters", ":", "“", "No"]),
    ("She added;'We need more trucks.'", ["added", ";", "'", "We"]),
])
def test_glued_mark_is_split_in_both_pipelines(text, words):
    for pipe in (nlp.load_full(), nlp.load_nlp()):
        toks = [t.text for t in pipe(text)]
        i = toks.index(words[0])
        assert toks[i:i + len(words)] == words


@pytest.mark.parametrize("text, toks", [
    ("It cost 1,000 dollars", ["1,000"]),
    ("They don't know", ["do", "n't"]),
    ("a U.S.-led force", ["U.S.-led"]),
])
def test_other_punctuation_is_untouched(text, toks):
    got = [t.text for t in nlp.load_full()(text)]
    assert all(t in got for t in toks)


def test_glued_quotation_is_attributed():
    text = ("Colonel Amadou Sanogo, the regional commander, spoke to reporters in the town square on Monday. "
            'Sanogo said,"Our patrols will return to the villages before the rains begin." He gave no date.')
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.speaker == "Amadou Sanogo" and q.direct
    assert text[q.start:q.end].strip('"').startswith("Our patrols")
