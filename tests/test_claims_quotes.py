"""Quotes and attributions on test articles written for marsad (tests/fixtures/claims)."""
from pathlib import Path

import pytest

from marsad.annotate.quotes import extract_quotes, load_nlp, quote_regions
from marsad.model import to_dict

FIX = Path(__file__).resolve().parent / "fixtures" / "claims"
KEYS = {"speaker", "speaker_start", "speaker_end", "role", "affiliation", "anonymity", "start", "end", "medium"}


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def _quotes(name, nlp):
    text = (FIX / name).read_text(encoding="utf-8")
    return text, extract_quotes(text, doc=nlp(text))


def _by_content(text, quotes, needle):
    hits = [q for q in quotes if needle in text[q.start:q.end]]
    assert hits, f"no quote contains {needle!r}: {[text[q.start:q.end] for q in quotes]}"
    return hits[0]


def test_output_shape(nlp):
    text, qs = _quotes("sahel_villages.txt", nlp)
    assert qs
    for q in qs:
        d = to_dict(q)
        assert KEYS <= set(d)
        assert 0 <= d["start"] < d["end"] <= len(text)
        assert d["anonymity"] in ("named", "pseudonym", "anonymous", "unnamed_official")
        if d["speaker_start"] is not None:
            assert 0 <= d["speaker_start"] < d["speaker_end"] <= len(text)


def test_direct_quote_role_and_pronoun(nlp):
    text, qs = _quotes("sahel_villages.txt", nlp)
    q = _by_content(text, qs, "pulled out of its outposts")
    assert q.speaker == "Oumar Traore" and q.direct and q.anonymity == "named"
    assert q.role == "a former regional governor"
    assert text[q.start] == "“" and text[q.end - 1] == "”"
    # "He added that ..." is resolved back to the named speaker, as indirect speech
    q2 = _by_content(text, qs, "the drought had pushed herders")
    assert q2.speaker == "Oumar Traore" and not q2.direct
    assert text[q2.speaker_start:q2.speaker_end] == "He"


def test_according_to_and_unnamed_official(nlp):
    text, qs = _quotes("sahel_villages.txt", nlp)
    q = _by_content(text, qs, "have doubled since 2018")
    assert q.speaker == "Sahel Security Monitor" and q.cue == "according to"
    q = _by_content(text, qs, "unpaid salaries")
    assert q.speaker is None and q.anonymity == "unnamed_official"
    assert q.role == "A local official"


def test_pseudonym_medium_and_continuation(nlp):
    text, qs = _quotes("northern_province.txt", nlp)
    q = _by_content(text, qs, "more roadside bombs")
    assert q.speaker == "Karim" and q.anonymity == "pseudonym"
    assert "police officer" in q.role
    # '"A," said Karim, ... "B."' is one record per segment (the reports GUIDE), both Karim's
    b = _by_content(text, qs, "the patrols have stopped")
    assert b is not q and b.speaker == "Karim" and b.direct and b.start > q.end
    q = _by_content(text, qs, "no longer report suspicious")
    assert q.speaker == "Sofia Reyes" and text[q.speaker_start:q.speaker_end] == "she"
    q = _by_content(text, qs, "corruption in the provincial administration")
    assert q.speaker == "Sofia Reyes" and q.role == "analyst" and not q.direct
    q = _by_content(text, qs, "has deteriorated sharply")
    assert q.speaker == "Centre for Conflict Studies" and q.anonymity == "named"


def test_fullest_name_and_lost_subject(nlp):
    text, qs = _quotes("teachers_strike.txt", nlp)
    q = _by_content(text, qs, "We have waited three years")
    assert q.speaker == "Grace Mwangi"          # "Mwangi said" -> the fullest name in the text
    b = _by_content(text, qs, "Our members cannot feed")          # the next segment of the same quote
    assert b.speaker == "Grace Mwangi" and b.start > q.end
    q = _by_content(text, qs, "remained closed")
    assert q.speaker == "Grace Mwangi" and q.role == "the union's spokeswoman" and q.cue == "told"


def test_medium(nlp):
    text = ("“The checkpoints have gone from the highway,” the analyst Rami Haddad wrote for a regional news "
            "website on Monday. Sara Lind told Radio Horizon that the curfew had emptied the markets.")
    qs = extract_quotes(text, doc=nlp(text))
    assert [q.medium for q in qs] == ["a regional news website", "Radio Horizon"]
    assert [q.speaker for q in qs] == ["Rami Haddad", "Sara Lind"]


def test_scare_quotes_are_not_quotes(nlp):
    text = "The minister called the plan a “historic chance” for the region."
    assert not [q for q in extract_quotes(text, doc=nlp(text)) if text[q.start:q.end] == "“historic chance”"]


def test_quote_regions_pairing():
    text = 'He said "one two three four" and "five six seven eight'
    assert quote_regions(text, min_words=1) == [(8, 28), (33, len(text))]
    assert text[8:28] == "\"one two three four\""
    assert quote_regions("no quotes here") == []


def test_empty_and_doc_none():
    assert extract_quotes("") == ()
    qs = extract_quotes("“We will not leave our homes,” said Leila Farouk, a teacher.")
    assert qs and qs[0].speaker == "Leila Farouk"


def test_stance_colon_and_infinitive_attributions(nlp):
    text = ("The opposition leader, Nadia Karimi, called the new curfew “a gift to the smugglers” on Monday.\n\n"
            "The interior ministry declined to comment on the arrests.\n\n"
            "Amnesty International: the curfew has emptied the markets of the town.")
    qs = extract_quotes(text, doc=nlp(text))
    q = [q for q in qs if "a gift to the smugglers" in text[q.start:q.end]][0]
    assert q.speaker == "Nadia Karimi" and q.direct and q.cue == "called"
    # an intention ("declined to comment") reports no words: not a quote
    assert not [q for q in qs if "comment on the arrests" in text[q.start:q.end]]
    q = [q for q in qs if text[q.start:q.end].startswith("the curfew has emptied")][0]
    assert q.speaker == "Amnesty International" and q.cue == ":"


def test_pronouns_follow_gender_and_recency(nlp):
    text = ("“The road is closed,” said Maria Lopez, a nurse at the clinic. Her colleague, Daniel Okafor, lost his "
            "car in the flood.\n\n“We will rebuild,” he said. “The water took everything,” she added.")
    qs = extract_quotes(text, doc=nlp(text))
    assert [(q.speaker, text[q.speaker_start:q.speaker_end]) for q in qs] == [
        ("Maria Lopez", "Maria Lopez"), ("Daniel Okafor", "he"), ("Maria Lopez", "she")]


def _name_tokens(s):
    import re
    honor = {"mr", "mrs", "ms", "dr", "the", "a", "an", "mayor", "councillor"}
    return [t for t in re.findall(r"[^\W_]+", (s or "").lower()) if t not in honor]


def _name_ok(pred, gold):
    p, g = _name_tokens(pred), _name_tokens(gold)
    return bool(p and g) and (p == g or p[-1] == g[-1] and (set(p) <= set(g) or set(g) <= set(p)))


def test_quotes_quality_floor_resolved_names(nlp):
    """CI gate on an article written for marsad, with the matching rules of the official quotes scorer: a gold
    quote is found when a predicted quote covers at least half of it (one to one), and its speaker is right when
    the predicted name matches the full name (pronouns, surnames, 'the treasurer', 'the 61-year-old' resolved)."""
    import json
    gold = json.loads((FIX / "council_budget.gold.json").read_text(encoding="utf-8"))
    text, qs = _quotes(gold["text"], nlp)
    used, found, right = set(), 0, 0
    for snippet, name in gold["quotes"]:
        gs = text.index(snippet)
        ge = gs + len(snippet)
        cands = [i for i, q in enumerate(qs) if i not in used and
                 2 * max(0, min(q.end, ge) - max(q.start, gs)) >= ge - gs]
        if not cands:
            continue
        i = max(cands, key=lambda i: (_name_ok(qs[i].speaker, name), -(qs[i].end - qs[i].start)))
        used.add(i)
        found += 1
        right += _name_ok(qs[i].speaker, name)
    n = len(gold["quotes"])
    precision, recall = found / len(qs), found / n
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.80, (f1, [(text[q.start:q.end], q.speaker) for q in qs])
    assert right / n >= 0.85, (right, n, [(text[q.start:q.end], q.speaker) for q in qs])
