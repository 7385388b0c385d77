"""Claims: aggregate figures and causal statements, with who makes them (docs/claims.md).

* **aggregate** claims (the annotation brief of the full-report sets, ../shared/data/reports/GUIDE.md): a
  figure of conflict activity or its toll over more than one incident, a period, a population or a
  territory: attacks over a period, casualties over a period, force strength ("between 500 and 700
  fighters"), civilians trapped/displaced/fleeing/returned, foreign fighters, shares of territory ("a third",
  "40 percent"), places retaken ("six villages"), shares of a toll. Each keeps the figure as stated
  (quantity, or low/high), its qualifier and unit, what is counted, the scope, the period (resolved against
  ``published`` by annotate/periods.py) and the claimant. Not aggregates: one incident's toll (events count
  those), money, vague amounts. A trend without a figure is an aggregate with ``quantity=None``.
* **causal** claims: cause -> effect relations found with rules over the dependency parse and cue lexicons
  written from general knowledge of English (marsad/data/lexicons/claims_*.txt). ``causal="brief"`` (the
  default) keeps the relations of the annotation brief: no temporal after/following/when, no plain purpose
  infinitives, no conditionals or negations, no attack's own casualties, one record per relation;
  ``causal="broad"`` keeps every reading (the Causal News Corpus notion). Each has cause and effect spans, a
  driver category from extract/drivers.py (None when outside the taxonomy), a polarity and hedging.

The claimant is the speaker of the quote that carries the statement (or the source a definite source noun
refers back to: "the report"), else None: a claim in the journalist's own voice has no claimant (GUIDE.md),
even when the text has a byline ("By Jane Doe"; ``byline_author`` still reads it).

Public API: ``extract_claims(text, *, published=None, quotes=(), doc=None, causal="brief") -> tuple[Claim, ...]``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicons
from .aggregates import find_aggregates as _aggregates, scope as _scope
from .drivers import cue_regex as _cues
from ..annotate import periods as P
from ..errors import UsageError
from ..model import Claim, Quote, Span

VERSION = "claims-2"

# -- causal cue lexicons --------------------------------------------------------------------------------------
# subordinating conjunctions: clause introduced = cause, main clause = effect
CAUSE_MARKERS = frozenset(lexicons.load("claims_cause_markers"))
STRONG_MARKERS = frozenset(lexicons.load("claims_strong_markers"))
# purpose markers: clause introduced = the purpose (annotated as cause), main clause = effect
PURPOSE_MARKERS = frozenset(lexicons.load("claims_purpose_markers"))
# prepositions / multiword prepositions whose object is the cause
CAUSE_PREPS = frozenset(lexicons.load("claims_cause_preps"))
# bare prepositions that are only causal after these heads (lemmas)
PREP_HEADS = {p: (frozenset(lexicons.load(f"claims_prep_heads_{p}")) if p != "following" else frozenset())
              for p in ('over', 'against', 'for', 'from', 'of', 'after', 'with', 'under', 'through', 'following')}
# verbs whose subject is the cause and whose object/complement is the effect
CAUSAL_VERBS = frozenset(lexicons.load("claims_causal_verbs"))
# causal verbs that need a particle/preposition or complement to count ("lead to", "result in", "add to")
VERB_PREP = {"lead": {"to"}, "result": {"in", "from", "into"}, "end": {"in"}, "contribute": {"to"}, "add": {"to"}, "come": {"at"},
             "stem": {"from"}, "arise": {"from"}, "root": {"in"}, "pave": {"way"}, "bring": {"about"}, "give": {"rise"},
             "set": {"off"}, "open": {"door", "way", "space", "room"}, "account": {"for"}, "translate": {"into"}, "spell": {"trouble", "end"},
             "blame": {"for", "on"}, "attribute": {"to"}, "explain": {"why"}, "mean": set(), "cost": set(),
             "leave": set(), "kill": set(), "injure": set(), "hit": set(), "affect": set(), "help": set(),
             "make": set(), "create": set(), "raise": set(), "cut": set(), "lower": set(), "open": {"door", "way", "space", "room"},
             "limit": set(), "spread": set(), "give": {"rise", "boost", "opportunity", "time", "chance", "room", "space", "cover", "respite", "hideout",
                      "advantage", "edge"},
             "feed": {"into"}, "turn": {"into"}, "keep": {"from"}, "distract": {"from"}, "touch": {"off"}, "weigh": {"on"}, "cast": {"doubt", "shadow", "pall", "cloud"},
             "deal": {"blow", "setback"},
             # only causal with an object ('plunged the country into chaos', not 'prices plunged on Monday')
             "plunge": set(), "sow": set(), "strain": set(), "harden": set(), "empower": set(),
             # 'put pressure / strain on X'; 'provided the insurgents with an escape route' (a situation that gives
             # the means, not an agent handing things over)
             "put": {"pressure", "strain", "burden"}, "provide": {"with"}}
# 'brought a sharp change / calm / an end to X', 'gave hope / momentum / a pretext to X': the objects that make
# these light verbs causal
VERB_PREP["bring"] = VERB_PREP["bring"] | frozenset(lexicons.load("claims_bring_results"))
VERB_PREP["give"] = VERB_PREP["give"] | frozenset(lexicons.load("claims_give_results"))
VERB_PREP["restore"] = frozenset(lexicons.load("claims_restore_results"))
# verbs with a required particle or object that still say nothing causal when a person or group acts ('the
# militants turned the school into a base', 'the guards fed the prisoners')
AGENT_CHECKED = frozenset(("turn", "feed", "keep", "touch", "weigh", "distract", "put", "provide", "restore"))
# verbs that are causal in any form (strong): subject -> object
STRONG_VERBS = frozenset(lexicons.load("claims_strong_verbs"))
# ", leaving/forcing ..." participles: main clause = cause, participle clause = effect
RESULT_PARTICIPLES = frozenset(lexicons.load("claims_result_participles"))
# participles of purpose or motive: "protesters marched, demanding ..."
PURPOSE_PARTICIPLES = frozenset(lexicons.load("claims_purpose_participles"))
# nominal evaluations: "X is a (rare) opportunity for Y", "a blow to", "one of the reasons for Y is X"
EVAL_NOUNS = frozenset(lexicons.load("claims_eval_nouns"))
DISCOURSE = frozenset(lexicons.load("claims_discourse"))
HEDGES = _cues("claims_hedges")
HEDGE_CUES = frozenset(lexicons.load("claims_hedge_cues"))

VIOLENCE = _cues("claims_violence_words")
SECURITY = _cues("claims_security_words")
DECREASE = _cues("claims_decrease_words")
PREVENT_VERBS = frozenset(lexicons.load("claims_prevent_verbs"))

_BYLINE = re.compile(r"^[ \t]*By\s+([A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|al-\w+|bin|ibn|de|van|von)){0,4})",
                     re.MULTILINE)


def _load(text: str, doc):
    if doc is not None and doc.has_annotation("DEP"):
        return doc
    from ..annotate.quotes import load_nlp
    return load_nlp()(text)


def byline_author(text: str) -> str | None:
    """'By Jane Doe – City' near the top of the text -> 'Jane Doe'."""
    m = _BYLINE.search(text[:1500])
    if not m:
        return None
    name = re.split(r"\s+(?:and|in|for|at)\s+", m.group(1))[0].strip(" .,-–")
    return name if len(name.split()) >= 2 else None


_CONCESSIVE = frozenset(("although", "though", "whereas", "despite", "notwithstanding"))


def _span_of(toks, text: str) -> tuple[int, int] | None:
    toks = [t for t in toks if not t.is_space]
    if not toks:
        return None
    # a concessive clause inside the span ('Although X, they did Y') is neither cause nor effect of Y
    for m in [t for t in toks if t.dep_ in ("mark", "prep") and t.lower_ in _CONCESSIVE and t.head.dep_ != "ROOT"]:
        drop = set(m.head.subtree) if m.dep_ == "mark" else set(m.subtree)
        rest = [t for t in toks if t not in drop]
        if rest and any(t.is_alpha for t in rest):
            toks = rest
    words = [t for t in toks if not t.is_punct] or toks   # a trailing '.' must not stretch the span over a gap
    s = min(t.idx for t in words)
    e = max(t.idx + len(t) for t in words)
    while s < e and text[s] in " \n\t,;:–—-“”\"'(":
        s += 1
    while e > s and text[e - 1] in " \n\t,;:–—-“”\"'(.":
        e -= 1
    return (s, e) if e > s else None


_CONNECTORS = re.compile(r"^(?:\W|because of|because|due to|owing to|thanks to|as a result of|in response to|"
                         r"after|following|amid|over|for|from|of|by|since|as|so that|so|and|but|which|that|to)+\s",
                         re.IGNORECASE)


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces, punctuation and dangling connectives from both ends of a span."""
    while s < e and (text[s] in " \n\t,;:–—-“”\"'()." ):
        s += 1
    while e > s and text[e - 1] in " \n\t,;:–—-“”\"'(.":
        e -= 1
    m = re.search(r"(?:\s(?:because of|because|due to|owing to|thanks to|and|but|as|after|over|for|of|from|by|"
                  r"since|which|that|so|when|to|in|at|is|was|has|have|had|are|were|under|with|from))+$", text[s:e], re.IGNORECASE)
    if m and m.start() > 0:
        e = s + m.start()
    return s, e


def _subtree(tok, exclude=()):
    ex = set()
    for x in exclude:
        ex.update(x.subtree)
    return [t for t in tok.subtree if t not in ex]


def _clause_root(tok):
    """The verb (or head) a modifier attaches to."""
    h = tok.head
    while h.dep_ in ("prep", "pcomp", "agent", "advmod", "mark", "cc") and h.head != h:
        h = h.head
    return h


_MWE_FIRST = frozenset(p.split()[0] for p in CAUSE_PREPS | PURPOSE_MARKERS)


def _mwe_prep(tok) -> str | None:
    """Multiword cause prepositions starting at ``tok``: 'because of', 'due to', 'as a result of' ..."""
    if tok.lower_ not in _MWE_FIRST:
        return None
    doc = tok.doc
    words = [t.lower_ for t in doc[tok.i:min(len(doc), tok.i + 5)]]
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        if phrase in CAUSE_PREPS or phrase in PURPOSE_MARKERS:
            return phrase
    # an adverb inside the phrase ('thanks largely to', 'due mainly to', 'because partly of'): the phrase without it
    if len(words) >= 3 and doc[tok.i + 1].pos_ == "ADV" and doc[tok.i + 1].lower_.endswith("ly"):
        if words[0] + " " + words[2] in CAUSE_PREPS:
            return " ".join(words[:3])
    if len(words) >= 4 and words[1:3] == ["in", "part"] and words[0] + " " + words[3] in CAUSE_PREPS:
        return " ".join(words[:4])        # 'due in part to'
    return None


def _mwe_key(mwe: str) -> str:
    """The lexicon form of a multiword preposition with an adverb inside ('thanks largely to' -> 'thanks to',
    'due in part to' -> 'due to')."""
    w = mwe.split()
    if len(w) == 3 and w[1].endswith("ly") and " ".join((w[0], w[2])) in CAUSE_PREPS:
        return w[0] + " " + w[2]
    if len(w) == 4 and w[1:3] == ["in", "part"] and " ".join((w[0], w[3])) in CAUSE_PREPS:
        return w[0] + " " + w[3]
    return mwe


# a cause or effect that is only one of these words states nothing ('what makes ...'); an anaphoric 'this' or
# 'it' ('this has led to ...') refers back to a stated situation and stays
_RESULT_CONNECTIVES = ("as a result", "as a consequence", "in consequence", "consequently", "therefore",
                       "thus", "hence", "accordingly")


def _result_connective(tok) -> str | None:
    """'as a result' / 'as a consequence' (not '... of X') anywhere in a clause; 'consequently', 'therefore',
    'thus', 'hence', 'accordingly' only opening a sentence (mid-sentence they are handled as discourse)."""
    doc = tok.doc
    if tok.lower_ == "in" and tok.i == tok.sent.start and tok.i + 2 < len(doc) and \
            doc[tok.i + 1].lower_ in ("response", "retaliation", "reaction", "revenge") and doc[tok.i + 2].lower_ == ",":
        return "in " + doc[tok.i + 1].lower_   # 'In response, the army ...': the sentence before is the cause
    if tok.lower_ in ("as", "in"):
        for phrase in _RESULT_CONNECTIVES[:3]:
            words = phrase.split()
            seg = doc[tok.i:tok.i + len(words)]
            if len(seg) == len(words) and [t.lower_ for t in seg] == words and not (
                    tok.i + len(words) < len(doc) and doc[tok.i + len(words)].lower_ in ("of", "that")):
                return phrase
        return None
    if tok.lower_ in _RESULT_CONNECTIVES[3:] and tok.i == tok.sent.start and not (
            tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "far"):          # 'Thus far, ...': time
        return tok.lower_
    return None


def _resolved_subject(subj, text: str):
    """The span a pronoun subject stands for: the focus of a cleft or the antecedent of a relative pronoun ('It
    is the lack of jobs that is behind this', 'the drought, which is behind ...'), or the clause that 'in what X
    said was ...' qualifies ('attacked the post in what they said was retaliation for Y'); else the subject."""
    low, verb = subj.lower_, subj.head
    if low in ("that", "which", "who") and verb.dep_ == "relcl":
        ante = verb.head
        h = ante
        for _ in range(4):                # the parser may hang the relative clause on a noun inside the focus
            if h.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in h.head.children):
                ante = h
                break
            if h.dep_ not in ("pobj", "prep") or h.head == h:
                break
            h = h.head
        return _span_of([t for t in _subtree(ante) if t not in set(verb.subtree)], text)
    if low == "what" and verb.head.dep_ == "pcomp" and verb.head.lemma_.lower() in _SAY and \
            verb.head.head.lower_ == "in" and verb.head.head.head.pos_ in ("VERB", "AUX"):
        prep = verb.head.head
        return _span_of([t for t in _subtree(prep.head) if t not in set(prep.subtree)], text)
    return _span_of(_subtree(subj), text)


_QUOTE_END = re.compile(r"[,.!?][\"”’]\s+(?=[A-Za-z])")        # a closing mark after punctuation, not an apostrophe


def _quote_cut(text: str, span):
    """A side that runs past the end of a quotation into its speech tag ('... on civilians," Zubaidi told TV')
    stops at the closing mark."""
    if not span:
        return span
    s, e = span
    seg = text[s:e]
    m = _QUOTE_END.search(seg)
    if m and m.start() > 0 and seg[:m.start()].count("“") + seg[:m.start()].count('"') % 2 == 0 and \
            not any(q in seg[:m.start()] for q in ("“",)):
        return (s, s + m.start())
    return span


def _has_verb(doc, span: tuple[int, int]) -> bool:
    if span[1] - span[0] < 2:
        return False
    sp = doc.char_span(*span, alignment_mode="expand")
    return sp is not None and any(t.pos_ in ("VERB", "AUX") for t in sp)


_BARE_PRONOUNS = frozenset(("what", "which", "who", "whom", "he", "she", "we", "i", "you", "me", "him", "us",
                            "something", "anything", "everything", "nothing", "one"))


def _causal_in_sentence(sent, text: str) -> list[dict]:
    out: list[dict] = []
    doc = sent.doc
    used: set[int] = set()

    def add(cue, cause, effect, cue_tok, strength=1.0):
        if not cause or not effect:
            return
        if cause[1] - cause[0] < 2 or effect[1] - effect[0] < 2:
            return
        # the two spans must not be the same text; an effect span that contains the cause keeps its own side
        if cause == effect:
            return
        cs, ce = cause
        es, ee = effect
        if es <= cs and ce <= ee:
            left, right = (es, cs), (ce, ee)
            left = _strip(text, *left)
            right = _strip(text, *right)
            pick = left if (left[1] - left[0]) >= (right[1] - right[0]) else right
            verbal = [side for side in (left, right) if _has_verb(doc, side)]
            if len(verbal) == 1:
                pick = verbal[0]          # 'X are displaced because of Y, inside the province and beyond': the side with the verb
            if pick[1] - pick[0] >= 2:
                effect = pick
        elif cs <= es and ee <= ce:
            left, right = _strip(text, cs, es), _strip(text, ee, ce)
            pick = left if (left[1] - left[0]) >= (right[1] - right[0]) else right
            if pick[1] - pick[0] >= 2:
                cause = pick
        cause, effect = _quote_cut(text, cause), _quote_cut(text, effect)
        cause, effect = _strip(text, *cause), _strip(text, *effect)
        if text[effect[0]:effect[1]].lower() in ("him", "her", "them", "us", "me", "it"):
            ptok = doc.char_span(*effect, alignment_mode="expand")
            nxt = doc[ptok.end] if ptok is not None and ptok.end < sent.end else None
            if nxt is not None and nxt.tag_ == "VBG":
                effect = (effect[0], nxt.right_edge.idx + len(nxt.right_edge))     # 'led to her skipping three tournaments'
        cspan = doc.char_span(*cause, alignment_mode="expand")
        if cspan is not None and len(cspan) == 1 and cspan[0].pos_ in ("ADJ", "ADV", "ADP", "PART"):
            return                        # 'leaving the town undefended and allowing ...': a bare adjective is no cause
        if text[cause[0]:cause[1]].lower() in _BARE_PRONOUNS:
            return                        # 'what makes ...': no stated cause (an effect 'he' is a stated one)
        if cause[1] - cause[0] < 2 or effect[1] - effect[0] < 2 or effect == (cue_tok.idx, cue_tok.idx + len(cue_tok)):
            return                        # 'the resulting curfew': the cue word alone is no effect
        espan = doc.char_span(*effect, alignment_mode="expand")
        if espan is not None and not any(t.pos_ in ("NOUN", "PROPN", "VERB", "AUX", "PRON", "NUM", "ADJ") for t in espan
                                         if t.lower_ not in ("yes", "no", "well", "ok", "okay")):
            return                        # '(the minister) yes, because ...': an answer word is no effect
        out.append({"cue": cue, "cause": cause, "effect": effect, "i": cue_tok.i, "strength": strength,
                    "verb": cue_tok.lemma_.lower()})

    for tok in sent:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if low in ("so", "thus") and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in ("-", "‐", "far"):
            continue                      # 'so-called', 'thus far', 'so far': no connective
        if low in ("so", "nor", "neither") and tok.i + 2 < sent.end and doc[tok.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD") \
                and (doc[tok.i + 1].pos_ == "AUX" or doc[tok.i + 1].lemma_ in ("do", "be", "have")) and doc[tok.i + 2].pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ"):
            continue                      # '... and so did the protests': 'also', an inverted auxiliary, no consequence
        if tok.i > sent.start + 1 and doc[tok.i - 1].lower_ in ("-", "‐") and doc[tok.i - 1].idx + 1 == tok.idx and \
                doc[tok.i - 2].idx + len(doc[tok.i - 2]) == doc[tok.i - 1].idx or \
                tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in ("-", "‐") and tok.idx + len(tok) == doc[tok.i + 1].idx \
                and tok.i + 2 < sent.end and doc[tok.i + 2].idx == doc[tok.i + 1].idx + 1:
            continue                      # 'cancer-causing', 'stop-start', 'cost-cutting': a compound word, no relation
        # (0b) round-14 shapes of real writing, each with its own near-miss kept out
        r14 = _round14(tok, sent, text)
        if r14 is not None:
            n0 = len(out)
            add(r14[0], r14[1], r14[2], tok, r14[3])
            if len(out) > n0:
                if len(r14) > 4:
                    out[-1]["verb"] = r14[4]
                continue
        # (0) adverbial connectives of consequence: "X, and as a result Y"; a sentence that opens with one
        # ("As a result, Y." / "Consequently, Y.") takes its cause from the sentence before
        conn = _result_connective(tok)
        if conn:
            n = len(conn.split())
            after = [t for t in doc[tok.i + n:sent.end] if not t.is_punct or t.i > tok.i + n]
            before = [t for t in doc[sent.start:tok.i] if t.dep_ not in ("cc",)]
            if any(t.pos_ in ("VERB", "AUX") for t in before):
                cause = _span_of(before, text)
            elif tok.i == sent.start + len([t for t in before]) and sent.start > 0 and not before:
                prev = doc[sent.start - 1].sent
                cause = _span_of(list(prev), text)
            else:
                cause = None
            used.update(range(tok.i, tok.i + n))
            add(conn, cause, _span_of(after, text), tok, 0.9)
            continue
        # (1) multiword prepositions and purpose markers
        mwe = _mwe_prep(tok) if tok.i not in used else None
        if mwe == "due to" and tok.i + 2 < sent.end and doc[tok.i + 2].tag_ == "VB":
            mwe = None                    # 'the ministry is due to release its report': a schedule, not a cause
        if mwe and mwe not in ("for", "from", "of", "by", "with", "under", "through", "over", "against", "after",
                               "following", "amid", "amidst", "as", "so", "since"):
            n = len(mwe.split())
            mwe = _mwe_key(mwe)
            used.update(range(tok.i, tok.i + n))
            last = doc[tok.i + n - 1]
            mwe_toks = list(doc[tok.i:tok.i + n])
            kids = [c for m in mwe_toks for c in m.children if c.i >= tok.i + n]
            obj = [c for c in kids if c.dep_ == "pobj"] or [c for c in kids if c.dep_ in ("pcomp", "pobj", "dobj")] or \
                  [t for t in doc[tok.i + n:sent.end] if t.head.i < tok.i + n or t.head.i >= sent.end][:1]
            if not obj:
                # "in order to VERB": the verb
                nxt = doc[tok.i + n] if tok.i + n < sent.end else None
                obj = [nxt.head] if nxt is not None and nxt.head.i >= tok.i + n else ([nxt] if nxt is not None else [])
            if not obj:
                continue
            # a relative clause the parser hangs on a noun inside the phrase ('in the wake of riots that erupted
            # ...': on 'wake') belongs to the cause, not to the other side
            inner = [c for c in kids if c is not obj[0] and c.dep_ in ("relcl", "acl") and c.head.i < tok.i + n
                     and c.head.i > tok.i and c.i > obj[0].i]
            cause = _span_of(_subtree(obj[0]) + [t for c in inner for t in c.subtree], text)
            root = _clause_root(tok)
            while root.pos_ not in ("VERB", "AUX") and (root.ent_type_ in ("DATE", "TIME") or any(
                    c.dep_ == "nummod" for c in root.children)) and root.head != root:
                root = _clause_root(root)        # 'delayed for three days due to X': the verb, not the duration
            if mwe in PURPOSE_MARKERS and root == obj[0] and root.dep_ in ("advcl", "xcomp", "conj") and \
                    root.head != root and root.head.i < tok.i:
                root = root.head          # 'asked the guards to stay at the gate, so as to calm Y': the clause it serves
            elif root.i >= tok.i and root.i < tok.i + n + 1 or root in obj[0].subtree:
                root = sent.root
            phrase_toks = set(doc[tok.i:tok.i + n]) | set(obj[0].subtree) | {t for c in inner for t in c.subtree}
            eff = [t for t in _subtree(root) if t not in phrase_toks]
            effect = _span_of(eff, text)
            if mwe in PURPOSE_MARKERS and obj[0].lemma_.lower() in ("avoid", "prevent") and obj[0].pos_ == "VERB":
                # "fled in order to avoid the fighting": the action keeps the avoided thing (the effect) away
                kept = [c for c in obj[0].children if c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp")]
                if kept:
                    n0 = len(out)
                    add(mwe, effect, _span_of(_subtree(kept[0]), text), tok, 0.9)
                    if len(out) > n0:
                        out[-1]["verb"] = obj[0].lemma_.lower()
            elif mwe in PURPOSE_MARKERS:
                add(mwe, cause, effect, tok, 0.9)
            else:
                add(mwe, cause, effect, tok, 1.0)
            continue
        # (2) single prepositions with causal heads: "protest over X", "arrested for X", "died of X"
        if tok.dep_ in ("prep", "agent") and low in PREP_HEADS and tok.i not in used:
            head = tok.head
            hl = head.lemma_.lower()
            heads = PREP_HEADS[low]
            under = low == "under" and any(c.dep_ == "pobj" and c.lemma_.lower() in heads for c in tok.children)
            if low == "following" or hl in heads and low != "under" or under or low == "over" and _over_issue(tok):
                obj = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
                if obj:
                    cause = _span_of(_subtree(obj[0]), text)
                    root = head if head.pos_ in ("VERB", "AUX") else _clause_root(head)
                    if low in ("by",) and hl in heads:           # passive: "triggered by X"
                        eff_root = root
                        subj = [c for c in eff_root.children if c.dep_ in ("nsubjpass", "nsubj")]
                        effect = _span_of(_subtree(subj[0]), text) if subj else _span_of(
                            [t for t in _subtree(eff_root) if t not in set(tok.subtree)], text)
                    else:
                        effect = _span_of([t for t in _subtree(root) if t not in set(tok.subtree)], text)
                    strength = 0.6 if low in ("after", "following", "from", "with", "under", "through") else 0.8
                    n0 = len(out)
                    add(low, cause, effect, tok, strength)
                    if len(out) > n0:
                        continue
        # (3) subordinate clauses: "because X", "since X", "so that X", "after X" (reactive main verbs)
        if (tok.dep_ == "mark" or (tok.dep_ == "advmod" and tok.tag_ == "WRB" and tok.head.dep_ == "advcl")) \
                and low in CAUSE_MARKERS:
            clause = tok.head
            main = clause.head
            if clause == main:
                if low == "so" and tok.i > sent.start + 2 and doc[tok.i - 1].lower_ in (",", ";") and \
                        tok.i + 1 < clause.i and any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:tok.i]):
                    # 'X, so Y' parsed with 'so' marking the root: X before the comma, Y after 'so'
                    add(low, _span_of(list(doc[sent.start:tok.i - 1]), text),
                        _span_of([t for t in sent if t.i > tok.i], text), tok, 0.9)
                continue
            ml = main.lemma_.lower()
            if low in ("as", "since", "because", "so") and _comparative_or_bare(tok, clause):
                continue                  # 'as tall as ...', 'just as he had been', 'which since then has grown'
            if low in ("when", "as", "while") and (_progressive(clause) or _progressive(main)):
                continue                  # "was driving to work when ...": background, not cause
            generic = low == "when" and _generic_when(tok, clause, main)
            if low in ("after", "when", "once") and ml not in PREP_HEADS["after"] and ml not in \
                    CAUSAL_VERBS and not _reactive(main) and not _eventive(clause) and not generic:
                continue
            if low in ("as", "since") and (low == "since" and _temporal_clause(clause) or low == "as" and not (
                    _causal_as(clause) or _eventive(clause))):
                continue
            if low == "since" and (any(c.dep_ == "aux" and c.lemma_ == "have" for c in main.children) or
                                   any(t.lower_ == "ever" for t in doc[max(sent.start, tok.i - 2):tok.i])):
                continue                  # "has risen each year since ...": time, not reason
            if low == "if" and ml not in CAUSAL_VERBS and not _reactive(main) and not _conditional(main):
                continue
            cause = _span_of([t for t in _subtree(clause) if t != tok], text)
            effect = _span_of([t for t in _subtree(main) if t not in set(clause.subtree)], text)
            if main.lemma_.lower() in _SAY and main.i > tok.i:
                # '"The checkpoints are empty, so the militants move freely," said X': the quoted clause before
                # the marker, not the attribution, is the other side
                attribution = {main} | {t for c in main.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
                effect = _span_of([t for t in sent if t.i < tok.i and t not in attribution], text)
                cause = _span_of([t for t in _subtree(clause) if t.i > tok.i and t not in attribution], text)
            if low == "so" and not any(c.dep_ == "aux" and c.lower_ in ("can", "could", "would", "will", "may", "might")
                                       for c in clause.children):
                cause, effect = effect, cause    # 'X, so Y': the so-clause is the result (with a modal, a purpose)
            strength = 1.0 if low in STRONG_MARKERS else 0.6
            n0 = len(out)
            add(low, cause, effect, tok, strength)
            if generic and len(out) > n0:
                out[-1]["generic"] = True
            continue
        # (3b') harm in an event: "four marchers were hurt in the shooting", "killed during the unrest"
        if low in ("in", "during", "from") and tok.dep_ == "prep" and tok.head.lemma_.lower() in _HARM and \
                any(c.dep_ == "pobj" and c.lemma_.lower() in _EVENT_NOUNS for c in tok.children):
            obj = [c for c in tok.children if c.dep_ == "pobj"][0]
            add(low, _span_of(_subtree(obj), text),
                _span_of([t for t in _subtree(tok.head) if t not in set(tok.subtree)], text), tok, 0.8)
            continue
        # "by blocking the road, they cut off ...": by + gerund gives the means (not a passive agent)
        if low == "by" and tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX") and \
                any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tok.children):
            g = [c for c in tok.children if c.dep_ == "pcomp"][0]
            add("by", _span_of(_subtree(g), text),
                _span_of([t for t in _subtree(_clause_root(tok)) if t not in set(tok.subtree)], text), tok, 0.7)
            continue
        # "for killing X", "flayed the government for doing nothing": for + gerund gives a reason
        if low in ("for", "on") and tok.dep_ == "prep" and \
                any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tok.children):
            g = [c for c in tok.children if c.dep_ == "pcomp"][0]
            add("for", _span_of(_subtree(g), text),
                _span_of([t for t in _subtree(_clause_root(tok)) if t not in set(tok.subtree)], text), tok, 0.8)
            continue
        # "with X refusing ...", "after X-ing", "after the blasts": absolute and event prepositions
        if low in ("with", "after") and tok.dep_ == "prep" and tok.i not in used:
            obj = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
            if obj:
                o = obj[0]
                absolute = low == "with" and (o.tag_ == "VBG" or any(
                    c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VBN") for c in o.children))
                event = low == "after" and (o.tag_ == "VBG" or o.lemma_.lower() in _EVENT_NOUNS or any(
                    c.dep_ == "acl" for c in o.children) or any(      # "after a series / wave of attacks"
                    c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _EVENT_NOUNS for g in c.children)
                    for c in o.children))
                if absolute or event:
                    root = _clause_root(tok)
                    add(low, _span_of(_subtree(o), text),
                        _span_of([t for t in _subtree(root) if t not in set(tok.subtree)], text), tok, 0.6)
                    continue
        # "so intense that ...": degree-result
        if low == "so" and tok.dep_ == "advmod" and tok.head.pos_ in ("ADJ", "ADV"):
            ccomp = [c for c in tok.head.children if c.dep_ in ("ccomp", "advcl") and
                     any(m.lower_ == "that" for m in c.children)] or \
                    [c for c in tok.children if c.dep_ in ("ccomp", "advcl")]
            if ccomp:
                root = _clause_root(tok.head) if tok.head.dep_ != "ROOT" else tok.head
                add("so that", _span_of([t for t in _subtree(root) if t not in set(ccomp[0].subtree)], text),
                    _span_of(_subtree(ccomp[0]), text), tok, 0.9)
                continue
        # (3c) "X follows Y" (Y is the cause), "X is behind Y" (X is the cause)
        if lemma == "follow" and tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "conj", "ccomp"):
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            if subj and obj and not _agentive(subj[0]):
                add("follow", _span_of(_subtree(obj[0]), text), _span_of(_subtree(subj[0]), text), tok, 0.8)
                continue
        # "the drought is (largely) responsible for the rise in prices": a situation as the cause (a person or
        # group responsible for an attack is responsibility, not a cause)
        if lemma == "responsible" and tok.dep_ == "acomp":
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            fo = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ in ("pobj", "pcomp")]
            if subj and fo and not _agentive(subj[0]) and subj[0].pos_ not in ("PRON", "PROPN") and \
                    subj[0].ent_type_ not in ("ORG", "NORP", "PERSON", "GPE"):
                add("responsible", _resolved_subject(subj[0], text), _span_of(_subtree(fo[0]), text), tok, 0.9)
                continue
        # "the blockade has had a devastating impact / effect on the economy"
        if lemma in ("impact", "effect") and tok.dep_ == "dobj" and tok.head.lemma_ == "have":
            subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "csubj")]
            on = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in c.children
                  if g.dep_ == "pobj"]
            if subj and on and not _agentive(subj[0]) and subj[0].pos_ != "PRON":
                add(lemma, _resolved_subject(subj[0], text), _span_of(_subtree(on[0]), text), tok, 0.9)
                continue
        # "now that the army has left, the militants move freely": 'now that' gives the reason
        if low == "that" and tok.dep_ == "mark" and tok.i > sent.start and doc[tok.i - 1].lower_ == "now" and \
                tok.head.dep_ == "advcl" and tok.head.head != tok.head:
            clause, main = tok.head, tok.head.head
            add("now that", _span_of([t for t in _subtree(clause) if t != tok], text),
                _span_of([t for t in _subtree(main) if t not in set(clause.subtree) and t.i != tok.i - 1], text),
                tok, 0.9)
            continue
        # "X closed the border, a move that angered traders" / "..., in a move likely to anger Y": the clause the
        # appositive event noun sums up is the cause of what the move did (the parse of these is often wrong:
        # matched on the words)
        if lemma in _MOVE_NOUNS and tok.pos_ == "NOUN" and tok.i - sent.start >= 3:
            j = tok.i - 1
            while j > sent.start and doc[j].dep_ in ("det", "amod", "compound") or doc[j].lower_ in ("a", "an", "the", "in"):
                j -= 1
            k = tok.i + 1
            while k < sent.end and k <= tok.i + 2 and doc[k].lower_ in ("that", "which", "likely", "expected", "set",
                                                                         "to", "is", "was", "has", "had", "will",
                                                                         "could", "would", "may", "widely", "seen",
                                                                         "designed", "aimed", "intended", "certain"):
                k += 1
            k2 = k
            while k2 < sent.end and doc[k2].lower_ in ("that", "which", "likely", "expected", "set", "to", "is",
                                                        "was", "has", "had", "will", "could", "would", "may", "be",
                                                        "widely", "seen", "certain", "also", "only", "further"):
                k2 += 1
            if doc[j].lower_ == "," and j > sent.start + 2 and k2 < sent.end and _causal_form(doc[k2].lower_) and not \
                    any(doc[x].lower_ in ("designed", "aimed", "intended") for x in range(tok.i + 1, k2)):
                end = k2
                while end < sent.end and doc[end].lower_ not in (",", ";", ".", "—", "–") or end == k2:
                    end += 1
                n0 = len(out)
                add("move", _span_of([t for t in doc[sent.start:j] if t.dep_ != "cc"], text),
                    _span_of(list(doc[k2:end]), text), doc[k2], 0.9)
                if len(out) > n0:
                    out[-1]["verb"] = _causal_form(doc[k2].lower_)
                    continue
        # "Given the security situation, the visit was cancelled": the given circumstance is the reason
        if low == "given" and tok.dep_ in ("prep", "advcl") and tok.i < tok.head.i and tok.head.pos_ in ("VERB", "AUX"):
            obj = [c for c in tok.children if c.dep_ in ("pobj", "dobj")]
            if obj:
                add("given", _span_of(_subtree(obj[0]), text),
                    _span_of([t for t in _subtree(tok.head) if t not in set(tok.subtree)], text), tok, 0.9)
                continue
        # "..., which is why Y", "That is why Y": what 'which' / 'that' / 'this' stands for is the reason for Y
        if low == "why" and tok.dep_ == "advmod" and tok.head.head.lemma_ == "be" and tok.head.i > tok.i:
            be = tok.head.head
            sj = [c for c in be.children if c.dep_ == "nsubj" and c.lower_ in ("which", "that", "this")]
            eff = _span_of([t for t in _subtree(tok.head) if t.i != tok.i], text)
            cause = None
            if sj and sj[0].lower_ == "which" and be.dep_ in ("advcl", "relcl", "conj", "ccomp"):
                cause = _span_of([t for t in doc[sent.start:sj[0].i]], text)
            elif sj and sj[0].i == sent.start and sent.start > 0:
                cause = _span_of(list(doc[sent.start - 1].sent), text)
            if cause and eff:
                add("why", cause, eff, tok, 0.9)
                continue
        # "the army responded to the attack by shelling the villages", "retaliated for the killing by ...": the
        # thing responded to is the cause of the response
        if lemma in ("respond", "retaliate", "react") and tok.pos_ == "VERB":
            to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in (("to",) if lemma != "retaliate" else
                                                                              ("for",))   # 'against X': the target
                  for g in c.children if g.dep_ in ("pobj", "pcomp")]
            by = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                  if g.dep_ == "pcomp"]
            if to and (by or lemma == "retaliate"):
                eff = _subtree(by[0]) if by else [t for t in _subtree(tok) if t not in set(to[0].head.subtree)]
                used.update(t.i for t in to[0].head.subtree)
                add(lemma, _span_of(_subtree(to[0]), text), _span_of(eff, text), tok, 0.9)
                continue
        # "frustration has played a role / a part in the unrest": the subject contributes to the effect
        if lemma == "play" and tok.pos_ == "VERB":
            role = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ("role", "part")]
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
            if role and subj and not _agentive(subj[0]) and subj[0].pos_ != "PRON":
                ins = [g for h in (role[0], tok) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if ins:
                    add("play", _resolved_subject(subj[0], text), _span_of(_subtree(ins[0]), text), tok, 0.9)
                    continue
        if low == "behind" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            obj = [c for c in tok.children if c.dep_ == "pobj"]
            if subj and obj:
                add("behind", _resolved_subject(subj[0], text), _span_of(_subtree(obj[0]), text), tok, 0.9)
                continue
        # (3d) "the militants exploited the vacuum to regroup", "took advantage of the storm to attack": the thing
        # exploited enables the action (GUIDE: enabled/allowed)
        if lemma in ("exploit", "take") and tok.pos_ == "VERB":
            inf = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and
                   any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            if lemma == "take":
                obj = [g for o in obj if o.lower_ == "advantage" for p_ in o.children
                       if p_.dep_ == "prep" and p_.lower_ == "of" for g in p_.children if g.dep_ == "pobj"] + \
                      [g for p_ in tok.children if p_.dep_ == "prep" and p_.lower_ == "of" and any(
                          o.lower_ == "advantage" for o in tok.children if o.dep_ == "dobj")
                       for g in p_.children if g.dep_ == "pobj"]
            if lemma == "take" and not (inf and obj) and any(o.lower_ == "advantage" for o in tok.children
                                                             if o.dep_ == "dobj"):
                # the parser read 'of the chaos to expand' as a clause: 'chaos' the subject of 'expand'
                cl = [g for p_ in list(tok.children) + [o for o in tok.children if o.lower_ == "advantage"]
                      for g in p_.children if p_.dep_ == "prep" and p_.lower_ == "of" and g.dep_ == "pcomp" and
                      any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]
                sj = [c for g in cl for c in g.children if c.dep_ == "nsubj"]
                if cl and sj:
                    inf, obj = cl, sj
                    used.add(inf[0].i)
                    add(lemma, _span_of(_subtree(obj[0]), text),
                        _span_of([t for t in _subtree(inf[0]) if t not in set(obj[0].subtree)], text), tok, 0.9)
                    continue
            if inf and obj:
                used.add(inf[0].i)
                add(lemma, _span_of(_subtree(obj[0]), text), _span_of(_subtree(inf[0]), text), tok, 0.9)
                continue
        # (4a) ", leaving 45 hospitalised": a result participle without its own subject
        if tok.tag_ == "VBG" and lemma in RESULT_PARTICIPLES and tok.dep_ in ("advcl", "xcomp", "conj") and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and tok.head.pos_ in ("VERB", "AUX"):
            main, drop = _participle_main(tok)
            add(lemma, _span_of([t for t in _subtree(main) if t not in drop], text),
                _span_of(_subtree(tok), text), tok, 0.9)
            continue
        # (4) causal verbs: "X led to Y", "X sparked Y", "Y was caused by X", "X makes Y more susceptible"
        infinitive = tok.dep_ in ("advcl", "xcomp", "acl", "relcl") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        # the parser read 'X has angered residents' as 'angered residents' (a verb with its auxiliary as amod)
        finite_amod = tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD") and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) and any(
            c.dep_ == "nsubj" for c in tok.children)
        # ... or 'X has further complicated efforts' as 'has' the main verb and 'complicated' an adjective of its object
        perf_have = _perfect_read_as_amod(tok)
        finite_amod = finite_amod or perf_have is not None
        if lemma == "mean" and tok.pos_ in ("VERB", "AUX") and _sign_meaning(tok):
            continue                      # "the name means 'river crossing'": a meaning, not a result
        if tok.pos_ in ("VERB", "AUX") and lemma in CAUSAL_VERBS and (tok.dep_ not in ("amod", "compound") or
                                                                      finite_amod) and \
                not (infinitive and tok.dep_ != "xcomp"):
            need = VERB_PREP.get(lemma)
            reverse = False               # "X stems / arises / results from Y": Y is the cause
            objs = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd")]
            if finite_amod:
                objs = [tok.head]
            preps = [c for c in tok.children if c.dep_ in ("prep", "prt", "dative")]
            if lemma == "attribute" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                # "sources attributed the rise to the drought": the object of 'to' is the cause, the object the effect
                to = [g for c in preps if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"] + \
                     [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pobj"]
                if not to and objs:
                    # the parser hung 'to' inside the object's modifier ('attributed the decline in violence to X'):
                    # the object runs up to 'to'
                    to = [g for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "to" and c.i > objs[0].i
                          for g in c.children if g.dep_ == "pobj"][:1]
                    if to and objs[0].dep_ == "dobj":
                        add(lemma, _span_of(_subtree(to[0]), text),
                            _span_of(list(doc[objs[0].left_edge.i:to[0].head.i]), text), tok, 1.0)
                    continue
                if to and objs:
                    add(lemma, _span_of(_subtree(to[0]), text),
                        _span_of([t for t in _subtree(objs[0]) if t not in set(to[0].head.subtree)], text), tok, 1.0)
                continue
            if lemma == "blame" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                # "blamed the attacks on instability" (cause after 'on'); "blamed X for the attacks" (X the cause)
                on = [c for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "on"] + \
                     [c for c in preps if c.lower_ == "on"]
                for_ = [c for c in preps if c.lower_ == "for"] or [c for o in objs if o.dep_ == "dobj"
                                                                   for c in o.children if c.dep_ == "prep" and
                                                                   c.lower_ == "for"]   # ('blamed X for Y': on X)
                o_on = [c for p_ in on for c in p_.children if c.dep_ == "pobj"]
                o_for = [c for p_ in for_ for c in p_.children if c.dep_ in ("pobj", "pcomp")]
                if o_on and objs:
                    add(lemma, _span_of(_subtree(o_on[0]), text),
                        _span_of([t for t in _subtree(objs[0]) if t not in set(o_on[0].head.subtree)], text), tok, 1.0)
                elif o_for and objs:
                    add(lemma, _span_of(_subtree(objs[0]), text), _span_of(_subtree(o_for[0]), text), tok, 1.0)
                continue
            if need:
                hit = [c for c in preps + objs if c.lower_ in need or c.lemma_.lower() in need]
                if not hit and lemma in ("bring", "give", "restore"):
                    # 'brought a measure of calm', 'gave a degree of hope': the noun after a quantity noun's 'of'
                    hit = [o for o in objs if o.dep_ == "dobj" and any(
                        p_.dep_ == "prep" and p_.lower_ == "of" and any(
                            g.dep_ == "pobj" and g.lemma_.lower() in need for g in p_.children) for p_ in o.children)]
                if lemma == "root" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                    continue              # only 'X is rooted in Y'
                if lemma == "turn" and not any(c.dep_ == "dobj" for c in tok.children):
                    continue              # 'the protest turned into a riot': a change, not a cause
                if not hit and lemma == "keep" and any(c.dep_ in ("oprd", "xcomp", "acomp") and c.tag_ in ("VBN", "JJ")
                                                       for c in tok.children):
                    hit = [c for c in objs if c.dep_ == "dobj"]   # 'fears of fighting kept the shops closed'
                if not hit and lemma == "add":
                    # 'anger over the raid has added fuel / new urgency to the protests': 'to' on the object
                    hit = [c for o in objs if o.dep_ == "dobj" and o.lemma_.lower() in _ADD_OBJECTS
                           for c in o.children if c.dep_ == "prep" and c.lower_ == "to"]
                if not hit and lemma == "feed":
                    hit = [c for c in objs if c.dep_ == "dobj"]   # 'the killings fed a cycle of revenge'
                if not hit and lemma == "lead" and any(c.dep_ == "xcomp" and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children) and not any(
                        c.dep_ == "nsubj" and _agentive(c) for c in tok.children):
                    hit = [c for c in objs if c.dep_ == "dobj"]   # 'the attacks led many farmers to leave'
                if not hit and lemma == "lead" and any(c.dep_ == "dobj" for c in tok.children) and not any(
                        c.dep_ == "nsubj" and _agentive(c) for c in tok.children):
                    # 'joblessness led many of them back to the gangs': the 'to' of a direction adverb ('back',
                    # 'away') that the parser hung on the adverb, not on the verb
                    hit = [g for c in tok.children if c.dep_ == "advmod" and c.lower_ in ("back", "away", "out")
                           for g in c.children if g.dep_ == "prep" and g.lower_ in ("to", "into", "towards")]
                if not hit:
                    continue
                p = hit[0]
                reverse = p.lower_ == "from" and lemma not in ("keep", "distract")
                if lemma == "distract" and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might",
                                                                                "can", "'ll") for c in tok.children):
                    continue              # 'fear the infighting will distract the government': a warning, not a relation
                if lemma in ("keep", "distract"):   # 'the checkpoints kept the militants from entering': prevention
                    dobj = [c for c in objs if c.dep_ == "dobj"]
                    if not dobj:
                        continue
                    p = dobj[0]
                pobj = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
                eff_tok = pobj[0] if pobj else (objs[0] if objs and objs[0] != p else p)
                if lemma == "provide":    # 'provided the insurgents with a route': the one given to, with what
                    dobj = [c for c in objs if c.dep_ == "dobj"]
                    if not dobj:
                        continue
                    eff_tok = dobj[0]
                if (eff_tok.ent_type_ in ("DATE", "TIME") and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in eff_tok.children)) or eff_tok.like_num:
                    continue              # "the war ended in 1945": a time, not a result ('years of neglect' stays)
            elif need is not None:        # verbs with an empty set: only causal with an object or complement
                if not objs:
                    continue
                eff_tok = objs[0]
                if lemma in ("make", "leave", "render") and not any(
                        c.dep_ in ("ccomp", "xcomp", "oprd") or lemma == "leave" and _leave_result(c) or
                        lemma == "leave" and _left_in_state(c) for c in tok.children):
                    continue              # ('left its fighters without direction' is a result)
                if lemma in ("help",) and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                    continue
            else:
                by_agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                if tok.tag_ == "VBN" and by_agent and lemma not in STRONG_VERBS and _agentive(by_agent[0]):
                    continue              # 'the crowd was dispersed by police': an agent acting, not a cause
                if not objs and not (tok.tag_ == "VBN" and (lemma in STRONG_VERBS or by_agent and (tok.dep_ == "advcl" and tok.i < tok.head.i or any(
                        c.dep_ == "auxpass" for c in tok.children)))):
                    objs = [c for c in preps if c.lower_ in ("to", "into", "in", "on") and c.i == tok.i + 1 and not any(
                        g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _TIME_NOUNS) for g in c.children)]
                    if not objs:
                        continue          # ('fighting eased in the afternoon': a time, not an effect)
                eff_tok = objs[0] if objs else None
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
            if perf_have is not None:
                subj = [c for c in perf_have.children if c.dep_ in ("nsubj", "csubj")]
            if not subj and infinitive and tok.dep_ == "xcomp":
                ctl = _raising_subject(tok)      # "the checkpoints are expected to reduce X": the raised subject
                if ctl is not None:
                    subj = [ctl]
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
                agent = [c for o in tok.children if o.dep_ == "agent" for c in o.children if c.dep_ == "pobj"]
                if lemma in ("attribute", "blame"):
                    agent = []            # 'crimes attributed to X by the court': the court only attributes
                if agent:
                    add(lemma, _span_of(_subtree(agent[0]), text),
                        _span_of([tok.head] + [t for t in tok.head.subtree if tok.head.i < t.i <= tok.i], text), tok, 1.0)
                else:
                    rr = _reduced_relative_misread(tok, sent)
                    if rr is not None:
                        add(lemma, _span_of(rr[0], text), _span_of(rr[1], text), tok, 0.8)
                continue
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            if passive:
                agent = [c for c in tok.children if c.dep_ == "agent"]
                sp = [c for c in tok.children if c.dep_ == "nsubjpass"]
                if agent and sp and lemma not in ("attribute", "blame"):   # 'attributed to X by the court':
                    pobj = [c for c in agent[0].children if c.dep_ == "pobj"]   # the court only attributes
                    if pobj:
                        eff = _resolved_subject(sp[0], text) if sp[0].lower_ in ("which", "that", "who") else \
                            _span_of(_subtree(sp[0]), text)
                        add(lemma, _span_of(_subtree(pobj[0]), text), eff, tok, 1.0)
                elif sp and lemma == "blame" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
                    # "the drought is blamed for the rise in prices": the subject is the cause
                    fo = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                          for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if fo:
                        add(lemma, _resolved_subject(sp[0], text), _span_of(_subtree(fo[0]), text), tok, 1.0)
                elif (sp or tok.dep_ == "acl") and lemma in ("attribute", "blame"):
                    # "the drop was attributed mainly to the floods": the object of 'to'/'on' is the cause
                    to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                          for g in c.children if g.dep_ == "pobj"]
                    if to:
                        add(lemma, _span_of(_subtree(to[0]), text), _span_of(_subtree(sp[0]), text), tok, 1.0)
                elif sp and lemma == "root":
                    # "the violence is rooted in a dispute over land": the object of 'in' is the cause
                    ins = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                           for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if ins:
                        add(lemma, _span_of(_subtree(ins[0]), text), _resolved_subject(sp[0], text), tok, 1.0)
                continue
            if tok.tag_ == "VBN" and tok.dep_ == "advcl" and any(c.dep_ == "agent" for c in tok.children) and \
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                # "Encouraged by the reinforcements, the garrison attacked": the agent is the cause of the main clause
                pobj = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                main = [t for t in _subtree(tok.head) if t not in set(tok.subtree)]
                if pobj and main:
                    add(lemma, _span_of(_subtree(pobj[0]), text), _span_of(main, text), tok, 1.0)
                continue
            if not subj and tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                if lemma not in STRONG_VERBS and (not need or lemma in AGENT_CHECKED) and _agentive(tok.head):
                    continue              # 'the organisations helping families': an agent acting, not a cause
                subj = [tok.head]                      # "shortages that may help the smugglers"
                cause = _span_of([t for t in _subtree(tok.head) if t not in set(tok.subtree)], text)
            elif not subj and tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ == "VBG":
                # ", leaving / forcing ...": the main clause is the cause
                if lemma not in RESULT_PARTICIPLES:
                    continue
                main, drop = _participle_main(tok)
                cause = _span_of([t for t in _subtree(main) if t not in drop], text)
                effect = _span_of([t for t in _subtree(tok)], text)
                add(lemma, cause, effect, tok, 0.9)
                continue
            elif subj and subj[0].lower_ == "what" and tok.dep_ == "csubj":
                # "what makes the road dangerous is the mines": the complement of the copula is the cause
                attr = [c for c in tok.head.children if c.dep_ in ("attr", "acomp", "ccomp") and c.i > tok.i]
                if not attr:
                    continue
                cause = _span_of(_subtree(attr[0]), text)
            elif subj and subj[0].lower_ in ("that", "which", "who"):
                # "..., which sparked clashes": the antecedent (a noun, or the clause before 'which')
                ante = tok.head if tok.dep_ == "relcl" else None
                if ante is not None and ante.lemma_.lower() in _MOVE_NOUNS and ante.dep_ in ("appos", "npadvmod", "pobj"):
                    continue              # '..., a move that angered traders': the clause before is the cause (above)
                event_ante = _event_antecedent(ante) if ante is not None and subj[0].lower_ == "which" else None
                if event_ante is not None:
                    # 'the raid on the depot, which sparked protests': an event or a measure is itself the cause
                    # (the parser may hang the clause on the noun after 'of' / 'on')
                    cause = _span_of([t for t in _subtree(event_ante) if t not in set(tok.subtree)], text)
                elif ante is not None and ante.pos_ in ("NOUN", "PROPN") and subj[0].lower_ != "which":
                    while ante.dep_ == "conj" and ante.head.pos_ in ("NOUN", "PROPN") and tok.tag_ != "VBZ":
                        # 'hills, swamps and forests that shelter the gangs': the clause (a plural verb) is about the
                        # whole list, which the parser hangs on its last member; 'that shelters' is about one
                        ante = ante.head
                    cause = _span_of([t for t in _subtree(ante) if t not in set(tok.subtree)], text)
                else:
                    verbs = [t for t in sent if t.i < subj[0].i and t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
                    v = verbs[-1] if verbs else sent.root
                    tag = set()
                    if v.lemma_.lower() in _SAY and v.dep_ == "parataxis" and v.head.i < v.i:
                        # 'the rebels hid in the swamps, an officer said, which has slowed the army': the speech tag
                        # between the clause and 'which' only attributes it; the clause before the tag is the cause
                        tag, v = set(v.subtree), v.head
                    cause = _span_of([t for t in _subtree(v) if t not in set(tok.subtree) and t not in tag and
                                      t.i < subj[0].i], text)
            elif not subj and tok.dep_ == "conj" and (lemma in STRONG_VERBS or need or (
                    tok.head.lemma_.lower() in CAUSAL_VERBS and any(
                        c.dep_ == "nsubj" and not _agentive(c) and c.pos_ != "PRON" for c in tok.head.children))):
                # 'the strikes had weakened the militants and allowed ground forces to advance': a shared cause
                h = tok.head
                hs = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
                left = [t for t in sent if t.i < tok.i and t.dep_ not in ("cc", "punct")]
                cause = _span_of(_subtree(hs[0]) if hs else left, text)
            elif not subj and tok.dep_ == "conj" and _lost_subject(tok) is not None:
                # 'thefts have grown, and the decision to shut the post has left the lanes unlit', 'the cut in the
                # patrols, after many guards were sent north, had widened gaps': a coordinated clause whose subject
                # the parser hung on the first verb
                subj = [_lost_subject(tok)]
                if lemma not in STRONG_VERBS and (not need or lemma in AGENT_CHECKED) and _agentive(subj[0]):
                    continue
                cause = _span_of([t for t in _subtree(subj[0]) if t.i < tok.i and t not in set(tok.subtree)], text)
            elif subj:
                if lemma not in STRONG_VERBS and (not need or lemma in AGENT_CHECKED) and _agentive(subj[0]):
                    continue              # "police dispersed the crowd": an action, not a cause
                cause = _span_of(_subtree(subj[0]), text)
                if subj[0].lower_ in ("this", "that", "it", "which") and tok.dep_ in ("conj",):
                    cause = _span_of([t for t in _subtree(tok.head) if t not in set(tok.subtree)], text)
            elif tok.dep_ in ("ccomp", "xcomp") and tok.head.i < tok.i and tok.head.lemma_.lower() in _SAY:
                # "X said the floods sweeping the valley had cut off ...": the parser hung the subject on
                # another verb; the words between the speech verb and this one are the cause
                first_aux = min([c.i for c in tok.children if c.dep_ in ("aux", "auxpass")] + [tok.i])
                cause = _span_of([t for t in doc[tok.head.i + 1:first_aux] if t.dep_ != "mark"], text)
            else:
                continue
            if eff_tok is None:
                continue
            if lemma in ("make", "leave", "render", "help"):
                effect = _span_of([t for t in _subtree(tok) if t not in set(subj[0].subtree)], text) if subj \
                    else _span_of(_subtree(eff_tok), text)
                effect = _span_of([t for t in doc[eff_tok.left_edge.i:tok.right_edge.i + 1]], text) or effect
                if objs:
                    s_ = min(o.left_edge.idx for o in objs)
                    effect = (s_, effect[1]) if effect else None
            else:
                effect_toks = _subtree(eff_tok)
                if eff_tok.dep_ == "dobj":
                    # "enabled the insurgents to regroup", "pushed herders into debt": the object with what it
                    # is brought to do or into
                    for c in tok.children:
                        if c.i > eff_tok.i and (c.dep_ in ("xcomp", "oprd") or c.dep_ == "prep" and (c.lower_ in (
                                "into", "to", "toward", "towards", "out", "from") or c.lower_ == "on" and lemma == "put" or
                                c.lower_ == "with" and lemma == "provide")):
                            effect_toks = list(doc[eff_tok.left_edge.i:c.right_edge.i + 1])
                            break
                if finite_amod:
                    effect_toks = [t for t in effect_toks if t not in set(tok.subtree)]
                effect = _span_of(effect_toks, text)
            strength = 1.0 if lemma in STRONG_VERBS or need else 0.7
            if reverse:
                cause, effect = effect, cause
            add(lemma, cause, effect, tok, strength)
            continue
        # (5) participles of result/purpose attached to a main clause: ", leaving 45 injured", ", demanding X"
        if low in _PURPOSE_ING and tok.dep_ not in ("nsubj", "ROOT", "pobj", "dobj", "csubj"):
            lemma = _PURPOSE_ING[low]
        if (tok.tag_ == "VBG" or low in _PURPOSE_ING) and tok.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp", "dep",
                                                                       "relcl", "amod", "npadvmod", "prep") and \
                (lemma in RESULT_PARTICIPLES or lemma in PURPOSE_PARTICIPLES):
            root = tok.head if tok.head.pos_ in ("VERB", "AUX") else sent.root
            if tok.dep_ == "pcomp":
                root = _clause_root(tok.head) if tok.head.head != tok.head else sent.root
            main = [t for t in _subtree(root) if t not in set(tok.subtree)]
            if root == tok or not main:
                main = [t for t in sent if t not in set(tok.subtree)]
            if tok.dep_ == "amod" and tok.i > sent.start and doc[tok.i - 1].lower_ == "," and tok.head.i > tok.i:
                # the parser read ', provoking clashes' as an adjective of 'clashes': the clause before the comma
                # is the cause, the participle with its noun the effect
                eff = list(doc[tok.i:tok.head.right_edge.i + 1])
                before = [t for t in doc[sent.start:tok.i - 1] if t.dep_ != "cc"]
                if lemma in RESULT_PARTICIPLES:
                    add(lemma, _span_of(before, text), _span_of(eff, text), tok, 0.9)
                elif lemma in PURPOSE_PARTICIPLES:
                    add(lemma, _span_of(eff, text), _span_of(before, text), tok, 0.8)
                continue
            if lemma in RESULT_PARTICIPLES and tok.dep_ != "pcomp":
                add(lemma, _span_of(main, text), _span_of(_subtree(tok), text), tok, 0.9)
            elif lemma in PURPOSE_PARTICIPLES:
                add(lemma, _span_of(_subtree(tok), text), _span_of(main, text), tok, 0.8)
            continue
        # (6) purpose infinitives: "applied for a licence to stage a march", "gathered to protest"
        if tok.dep_ in ("advcl", "xcomp", "acl", "relcl") and tok.pos_ == "VERB" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            head = tok.head
            hl = head.lemma_.lower()
            if tok.dep_ == "xcomp" and hl in _CONTROL_VERBS or head.pos_ == "ADJ" or \
                    hl == "use" and not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children):
                continue                  # "tried to", "want to", "too early to", "desperate to"
            if tok.dep_ in ("acl", "relcl") and hl not in _PURPOSE_NOUNS and head.dep_ not in ("dobj", "pobj"):
                continue
            if tok.dep_ in ("advcl", "xcomp", "acl", "relcl") or hl in _MOTION_VERBS or lemma in _PURPOSE_VERBS:
                root = head if head.pos_ in ("VERB", "AUX") else _clause_root(head)
                cause = _span_of(_subtree(tok), text)
                effect = _span_of([t for t in _subtree(root) if t not in set(tok.subtree)], text)
                if lemma in ("avoid", "prevent"):
                    # "stayed in barracks to avoid provoking the crowd": the action (cause) keeps the avoided thing away
                    obj = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "pcomp", "ccomp")]
                    avoided = _span_of(_subtree(obj[0]), text) if obj else cause
                    while root.dep_ in ("pcomp", "xcomp") and root.head.head != root.head:
                        root = _clause_root(root)        # 'refraining from joining ... to avoid'
                    main = [t for t in _subtree(root) if t not in set(tok.subtree) and t.i > root.i - 1 and
                            t.dep_ not in ("nsubj", "nsubjpass", "cc") and t not in set().union(
                                *[set(c.subtree) for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "cc")])]
                    cause, effect = _span_of(main, text) or effect, avoided
                add("to", cause, effect, tok, 0.7 if lemma in _PURPOSE_VERBS or hl in _MOTION_VERBS else 0.5)
            continue
        # (6b) resultatives of place: "the camp has become a breeding ground for extremism", "neglect has made the
        # islands a refuge for pirates": a place-role noun (haven, magnet, hotbed) with 'for' as the complement of
        # 'become' (the subject is the cause) or as the predicate of 'make' (its subject is the cause)
        if tok.pos_ == "NOUN" and lemma in _HAVEN_NOUNS and tok.dep_ in ("attr", "oprd", "ccomp", "dobj") and (
                lemma not in ("ground", "pool") or any(c.dep_ in ("compound", "amod") and c.lower_ in _HAVEN_MODS
                                                       for c in tok.children)) and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            v = tok.head
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and v.lemma_ == "become" and tok.dep_ == "attr" and not _negated(v):
                add("haven", _resolved_subject(subj[0], text), _span_of(_subtree(tok), text), tok, 0.9)
                continue
            if v.lemma_ in ("make", "turn") and tok.dep_ in ("oprd", "ccomp", "dobj") and subj and not _negated(v):
                add("haven", _resolved_subject(subj[0], text), _span_of(
                    [t for t in doc[v.i + 1:tok.right_edge.i + 1]], text), tok, 0.9)
                continue
        # (7) nominal evaluations: "X is seen as a rare opportunity for Y", "one of the reasons for Y is X"
        if tok.pos_ == "NOUN" and lemma in EVAL_NOUNS:
            prep = [c for c in tok.children if c.dep_ == "prep" and (c.lower_ in ("for", "of", "to", "behind") or
                                                                     c.lower_ == "in" and lemma == "factor")]
            if not prep and lemma in ("factor", "contributor", "driver", "cause") and tok.dep_ == "attr":
                # 'remains a major factor behind the unrest': the parser hung the preposition on the copula
                prep = [c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i and (
                    c.lower_ in ("in", "behind") or c.lower_ == "to" and lemma == "contributor")]
            cop = _copula_subject_containing(tok)
            if cop is not None and prep and lemma in _REASON_NOUNS | {"result", "consequence"}:
                # "one of the reasons for Y is X" / "the reason for Y is X"
                verb, subj_tok = cop
                attr = [c for c in verb.children if c.dep_ in ("attr", "ccomp", "acomp", "xcomp")]
                pobj = [c for c in prep[0].children if c.dep_ in ("pobj", "pcomp")]
                if attr and pobj:
                    # the complement runs to the end of the copula's clause ("the failure ..., to rehabilitate ...")
                    a = _span_of([t for t in doc[attr[0].left_edge.i:verb.right_edge.i + 1]
                                  if t.i > verb.i and t not in set(subj_tok.subtree)], text)
                    b = _span_of(_subtree(pobj[0]), text)
                    if lemma in _REASON_NOUNS:
                        add(lemma, a, b, tok, 1.0)
                    else:
                        add(lemma, b, a, tok, 1.0)
                continue
            if tok.dep_ in ("attr", "pobj", "oprd", "dobj") and prep:
                pobj = [c for c in prep[0].children if c.dep_ == "pobj"]
                root = _clause_root(tok) if tok.dep_ == "pobj" else tok.head
                subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
                if subj and pobj and tok.dep_ == "dobj" and _agentive(subj[0]) and (
                        root.lemma_.lower() in _EXPLAIN_VERBS | _SAY):
                    pass            # 'analysts cite several reasons for the rise': the subject explains, no cause
                elif subj and pobj and tok.dep_ == "dobj" and root.lemma_.lower() in _INQUIRY_VERBS:
                    pass            # 'the report examined the causes of the conflict': asked about, none stated
                elif subj and pobj and lemma == "contributor" and (_agentive(subj[0]) or not (
                        _eventish(pobj[0]) or pobj[0].lemma_.lower().endswith(("ment", "tion", "sion")))):
                    pass            # 'the company is a major contributor to the charity': a donor, not a cause
                elif subj and pobj:
                    if lemma in ("reason", "cause", "source", "root", "driver", "factor", "trigger", "catalyst",
                                 "contributor", "spark", "motive", "motivation", "pretext", "excuse", "basis", "ground", "grounds"):
                        add(lemma, _resolved_subject(subj[0], text), _span_of(_subtree(pobj[0]), text), tok, 1.0)
                    elif lemma in ("result", "consequence", "outcome", "response", "reaction", "retaliation",
                                   "backlash", "fallout", "revenge", "reprisal"):
                        add(lemma, _span_of(_subtree(pobj[0]), text), _resolved_subject(subj[0], text), tok, 1.0)
                    else:
                        add(lemma, _resolved_subject(subj[0], text), _span_of(
                            [tok] + list(prep[0].subtree), text), tok, 0.9)
            elif tok.dep_ in ("nsubj", "nsubjpass") and prep and lemma in (
                    "reason", "cause", "source", "root", "driver", "factor", "trigger", "catalyst", "motive"):
                # "one of the reasons for the decline ... is the lack of ..."
                verb = tok.head
                attr = [c for c in verb.children if c.dep_ in ("attr", "ccomp", "acomp")]
                pobj = [c for c in prep[0].children if c.dep_ == "pobj"]
                if attr and pobj:
                    add(lemma, _span_of(_subtree(attr[0]), text), _span_of(_subtree(pobj[0]), text), tok, 1.0)
            elif tok.dep_ == "nsubj" and not prep and tok.head.lemma_ == "be" and lemma in _REASON_NOUNS and any(
                    c.dep_ == "relcl" and c.i > tok.i for c in tok.children):
                # "the main reason young men join is the lack of jobs": the effect told as a relative clause on
                # the reason noun (no 'for'), the cause as the copula's complement
                rel = [c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i][0]
                attr = [c for c in tok.head.children if c.dep_ in ("attr", "ccomp", "acomp") and c.i > tok.head.i]
                if attr:
                    add(lemma, _span_of(_subtree(attr[0]), text),
                        _span_of([t for t in rel.subtree if t.lower_ not in ("why", "that")], text), tok, 1.0)
            elif tok.dep_ == "nsubj" and tok.head.lemma_ in ("be",) and prep and lemma in ("impact", "effect"):
                pass
            continue
        # (7b) a finite causal verb the parser read as a modifier of the noun after it ('the discovery of gas off
        # the coast fuelled resentment': 'fuelled' as amod of 'resentment'): the words are read instead of the parse,
        # the noun phrase before it (back to a verb, a clause mark or a comma) and the one after it (to a comma)
        if tok.tag_ in ("VBD", "VBN") and lemma in STRONG_VERBS and tok.dep_ in ("amod", "compound") and \
                tok.head.i > tok.i and tok.i > sent.start and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and \
                tok.i + 1 < sent.end and not doc[tok.i + 1].is_punct:
            j = tok.i - 1
            while j > sent.start and not (doc[j - 1].pos_ in ("VERB", "AUX") and doc[j - 1].dep_ not in ("amod", "compound")) \
                    and doc[j - 1].lower_ not in (",", ";", ":", "—", "–", "that", "because", "as", "since", "while", "when",
                                                  "and", "but", "said", "says"):
                j -= 1
            k = tok.i + 1
            while k < sent.end and doc[k].lower_ not in (",", ";", ":", "—", "–", ".", "and", "but", "while"):
                k += 1
            if tok.i - j >= 2 and k - tok.i >= 2:
                n0 = len(out)
                add(lemma, _span_of(list(doc[j:tok.i]), text), _span_of(list(doc[tok.i + 1:k]), text), tok, 0.8)
                if len(out) > n0:
                    continue
        # (7c) 'Fog that closed the port allowed the smugglers to land': the verb read as a reduced
        # relative on its subject (acl); a reduced relative is followed by 'to' or a preposition, not by an object
        # and an infinitive
        rr = _reduced_relative_misread(tok, sent)
        if rr is not None:
            n0 = len(out)
            add(lemma, _span_of(rr[0], text), _span_of(rr[1], text), tok, 0.8)
            if len(out) > n0:
                continue
        # (8) discourse connectives: "X; therefore Y", "X, so Y"
        if low in DISCOURSE and tok.dep_ in ("advmod", "cc") and tok.i > sent.start + 2:
            if low == "so" and tok.dep_ == "advmod" and tok.i + 1 < len(tok.doc) and tok.nbor(1).pos_ in ("ADJ", "ADV"):
                continue
            nxt = tok.nbor(1).lower_ if tok.i + 1 < sent.end else ""
            head = tok.head
            lead_in = {t for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl") for t in c.subtree} | {
                c for c in head.children if c.dep_ in ("aux", "auxpass", "neg")}
            if low in ("so", "thus", "therefore", "hence", "consequently", "accordingly") and head.i > tok.i and all(
                    t in lead_in or t.is_punct for t in doc[sent.start:tok.i]):
                # 'the board will therefore review X', 'His wife, Ana, has consequently taken on Y': the reason lies
                # in the sentence before
                if sent.start > 0:
                    add(low, _span_of(list(doc[sent.start - 1].sent), text),
                        _span_of([t for t in sent if t.i != tok.i and not (t.is_punct and t.i == sent.end - 1)], text),
                        tok, 0.9)
                continue
            if low == "so" and doc[tok.i - 1].lower_ in ("not", "or", "even", "if", "only", "more", "less", "just",
                                                         "quite", "ever", "all"):
                continue              # 'even so', 'or so', 'if so', 'more so', 'not so': no consequence
            if nxt in ("far", "to", "on", "forth", "much", "many", "long") or doc[tok.i - 1].lemma_.lower() in (
                    "do", "think", "hope", "believe", "say", "suppose", "expect", "guess", "fear", "seem", "appear",
                    "tell", "imagine", "assume") or \
                    doc[tok.i - 1].lower_ in ("not", "or", "even", "if", "only", "just", "more", "less", "and") and \
                    low == "so" and tok.dep_ == "advmod" and nxt in (",", ".", ";", ""):
                continue              # 'thus far', 'so to speak', 'and so on', 'has done so', '... or so': no consequence
            cut = max((t.i for t in doc[sent.start:tok.i] if t.lower_ in (";", "—", "–", ":")), default=None)
            if cut is not None and tok.head.i > tok.i and cut > sent.start + 2:
                # 'X; the board will therefore review Y': the subject and auxiliary after the break belong to Y
                left = _span_of([t for t in sent if t.i < cut], text)
                right = _span_of([t for t in sent if t.i > cut and t.i != tok.i], text)
            else:
                left = _span_of([t for t in sent if t.i < tok.i], text)
                right = _span_of([t for t in sent if t.i > tok.i], text)
            add(low, left, right, tok, 0.9)
    return out


_OUT_OF_MOTIVES = frozenset(lexicons.load("claims_out_of_motives"))
_SIGN_NOUNS = frozenset(lexicons.load("claims_sign_nouns"))
_INQUIRY_VERBS = frozenset(lexicons.load("claims_inquiry_verbs"))
_LINK_VERBS = frozenset(("link", "trace", "tie", "connect"))
_COMPARATIVE_TAGS = ("RBR", "JJR")


def _sign_meaning(tok) -> bool:
    """'The name means "river crossing"', '..., which means "the vanguard"': a sign and its meaning."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "attr", "oprd")]
    if objs and objs[0].left_edge.i > 0 and (objs[0].left_edge.is_quote or tok.doc[objs[0].left_edge.i - 1].is_quote and
                                            objs[0].left_edge.i - 1 > tok.i):
        return True
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if subj and subj[0].lower_ in ("which", "that") and tok.dep_ == "relcl":
        subj = [tok.head]
    return bool(subj) and subj[0].lemma_.lower() in _SIGN_NOUNS


def _eventish(tok) -> bool:
    """A happening, a change or a harm (the rise in X, the outbreak, the deaths), not a thing or a person."""
    low = tok.lemma_.lower()
    return low in _EVENT_NOUNS or bool(_TREND_WORDS.search(tok.text) or _HARM_WORDS.search(tok.text) or
                                       VIOLENCE.search(tok.text)) or low in ("outbreak", "unrest", "surge", "wave")


def _clause_end(doc, start: int, end: int) -> int:
    """The end of the clause from ``start``: up to a comma, semicolon or dash (the speech tag after it is no part)."""
    k = start
    while k < end and doc[k].lower_ not in (",", ";", "—", "–", ":") and not (doc[k].is_punct and k == end - 1):
        k += 1
    return k


def _round14(tok, sent, text: str):
    """Causal shapes of real writing beyond the verb and connective rules: 'the more X, the more Y', 'With the
    police gone, Y', 'out of desperation', 'X has been linked / traced to Y' (a happening and a non-agent cause).
    Returns (cue, cause span, effect span, strength[, verb]) or None."""
    doc = sent.doc
    low = tok.lower_
    # 'The more the army cracked down, the more young men joined': a correlative comparison of degree
    if low == "the" and tok.i == sent.start and tok.i + 1 < sent.end and doc[tok.i + 1].tag_ in _COMPARATIVE_TAGS:
        for k in range(tok.i + 3, sent.end - 2):
            if doc[k].lower_ == "the" and doc[k - 1].lower_ == "," and doc[k + 1].tag_ in _COMPARATIVE_TAGS:
                first = list(doc[tok.i + 2:k - 1])
                end = _clause_end(doc, k + 2, sent.end)
                second = list(doc[k:end])
                if any(t.pos_ in ("VERB", "AUX") for t in first) and any(t.pos_ in ("VERB", "AUX") for t in second[2:]):
                    return "the more", _span_of(first, text), _span_of(second, text), 0.9
                return None
        return None
    # 'With the police gone, the gangs moved in': a sentence-opening absolute with a subject and a participle of
    # state, then the main clause (not 'with the help of', 'with tears in her eyes', 'with three days left')
    if low == "with" and tok.i == sent.start:
        comma = next((k for k in range(tok.i + 2, sent.end) if doc[k].lower_ == ","), None)
        if comma is None or comma - tok.i > 10:
            return None
        seg = list(doc[tok.i + 1:comma])
        pred = [t for t in seg[1:] if t.tag_ in ("VBN", "VBD", "VBG") and t.i > tok.i + 1 and
                doc[t.i - 1].pos_ in ("NOUN", "PROPN", "PRON", "ADV") or t.tag_ == "VBG" and doc[t.i - 1].pos_ in ("NOUN",)]
        if not pred or any(t.like_num or t.lemma_.lower() in _TIME_NOUNS for t in seg if t.i < pred[0].i):
            return None
        main = list(doc[comma + 1:_clause_end(doc, comma + 1, sent.end) if False else sent.end])
        main = [t for t in main if not (t.is_punct and t.i == sent.end - 1)]
        if not any(t.pos_ in ("VERB", "AUX") for t in main):
            return None
        return "with absolute", _span_of(seg, text), _span_of(main, text), 0.8
    # 'joined the militias out of desperation': 'out of' with a motive noun (not 'out of the car')
    if low == "out" and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "of" and _mwe_prep(tok) is None:
        g = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
        if g and g[0].lemma_.lower() in _OUT_OF_MOTIVES:
            head = tok.head if tok.head.pos_ in ("VERB", "AUX") else _clause_root(tok)
            phrase = set(tok.subtree) | set(doc[tok.i + 1].subtree)
            eff = [t for t in _subtree(head) if t not in phrase]
            return "out of", _span_of(_subtree(g[0]), text), _span_of(eff, text), 0.9
        return None
    # 'the rise in kidnappings has been linked / traced to the collapse of the economy': a happening put down to a
    # situation (not 'the suspect was linked to the group', 'the call was traced to a village', an attack and its
    # perpetrators)
    if tok.lemma_.lower() in _LINK_VERBS and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        sp = [c for c in tok.children if c.dep_ == "nsubjpass"]
        to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if sp and to and _eventish(sp[0]) and not _agentive(to[0]) and to[0].pos_ != "PROPN" and \
                to[0].ent_type_ not in ("ORG", "NORP", "PERSON", "GPE", "LOC", "FAC") and \
                not _ATTACK_WORDS.search(sp[0].text):
            return "linked to", _span_of(_subtree(to[0]), text), _resolved_subject(sp[0], text), 1.0, "cause"
    return None


_MISREAD_ACL = frozenset(("allow", "enable", "force", "prompt", "push", "lead", "help", "permit", "compel", "drive",
                          "cause", "spur", "encourage"))


def _reduced_relative_misread(tok, sent):
    """'Fog that closed the port allowed the smugglers to land': a finite causal verb the parser read
    as a reduced relative (acl) on its subject. A real reduced relative ('the families allowed to leave') is
    followed by 'to' or a preposition, not by an object and an infinitive. -> (cause tokens, effect tokens)."""
    doc = tok.doc
    if not (tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in _MISREAD_ACL and tok.dep_ == "acl" and
            tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN") and tok.i + 1 < sent.end):
        return None
    nxt = doc[tok.i + 1]
    if not (nxt.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") or nxt.is_upper and nxt.is_alpha):
        return None                       # (an all-capitals name the tagger read as a verb: 'IS')
    inf = [t for t in doc[tok.i + 2:min(sent.end, tok.i + 9)] if t.lower_ == "to" and t.i + 1 < sent.end and
           doc[t.i + 1].tag_ == "VB"]
    if not inf:
        return None
    k = inf[0].i + 1
    while k < sent.end and doc[k].lower_ not in (",", ";", ":", "—", "–", "."):
        k += 1
    return [t for t in tok.head.subtree if t.i < tok.i], list(doc[tok.i + 1:k])


def _lost_subject(tok):
    """The subject of a coordinated finite verb ('..., and the decision has left X', '..., had created Y') that the
    parser attached to the first verb: a noun after the coordinating 'and' that the first verb took as an object,
    or the first of two subjects of the first verb when a subordinate clause ('after ...') stands between them."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i and c.tag_ in ("VBZ", "VBP", "VBD", "MD")]
    h = tok.head
    if not aux or h.i >= tok.i or h.pos_ not in ("VERB", "AUX"):
        return None
    first = min(a.i for a in aux)
    cc = [c for c in h.children if c.dep_ == "cc" and h.i < c.i < tok.i]
    if cc:
        nouns = [c for c in h.children if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and cc[-1].i < c.i < first and
                 c.pos_ in ("NOUN", "PROPN") and c.right_edge.i < first]
        return nouns[0] if len(nouns) == 1 else None
    subjects = sorted((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i)
    if len(subjects) == 2 and subjects[0].i < subjects[1].i < h.i and subjects[0].pos_ in ("NOUN", "PROPN") and any(
            t.dep_ == "mark" and t.head == h and subjects[0].i < t.i < subjects[1].i for t in tok.doc[subjects[0].i:h.i]):
        return subjects[0]
    if len(subjects) == 2 and subjects[0].i < subjects[1].i < h.i and subjects[0].pos_ in ("NOUN", "PROPN") and any(
            t.lower_ in _RELATIVE_WORDS and t.i > 0 and tok.doc[t.i - 1].lower_ == "," and subjects[0].i < t.i <= subjects[1].i
            for t in tok.doc[subjects[0].i:h.i]) and any(t.lower_ == "," for t in tok.doc[h.i:first]):
        # 'The plan to close the base, whose guards are due to leave in May, has raised fears ...': the parser
        # joined the main verb to the verb of the relative clause set off by commas, and gave both subjects to it
        return subjects[0]
    return None


_RELATIVE_WORDS = frozenset(("whose", "which", "who", "whom"))


def _perfect_read_as_amod(tok):
    """'the attack has further complicated efforts to ...': a present perfect the parser read as 'has' (the main
    verb, with a subject) and a participle adjective on its object; -> the 'have' token, or None."""
    if not (tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.head.dep_ == "dobj" and tok.head.i > tok.i):
        return None
    have = tok.head.head
    if have.lemma_ != "have" or have.i >= tok.i or not any(c.dep_ in ("nsubj", "csubj") for c in have.children):
        return None
    if not all(t.pos_ == "ADV" for t in tok.doc[have.i + 1:tok.i]):
        return None
    return have


def _generic_when(tok, clause, main) -> bool:
    """'When they lose ground, they go back to bombings': a 'when' clause that opens the sentence, with the main
    clause in the simple present and no time named: what regularly brings about what, not a time."""
    if tok.i != tok.sent.start and not (tok.i == tok.sent.start + 1 and tok.doc[tok.sent.start].is_punct):
        return False
    if clause.i > main.i or clause.tag_ not in ("VBP", "VBZ") or main.tag_ not in ("VBP", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for v in (clause, main) for c in v.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent)


def _event_antecedent(ante):
    """The event or measure noun that ', which ...' refers back to: the noun the clause hangs on, or the head
    noun of the phrase it sits in ('the raid on the depot, which ...'); None for any other noun."""
    h = ante
    for _ in range(3):
        if h.pos_ in ("NOUN", "PROPN") and h.lemma_.lower() in _WHICH_ANTECEDENTS:
            return h
        if h.dep_ != "pobj" or h.head.dep_ != "prep" or h.head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        h = h.head.head
    return None


_SAY = frozenset(lexicons.load("claims_say_verbs"))
_CONTROL_VERBS = frozenset(lexicons.load("claims_control_verbs"))
_MOTION_VERBS = frozenset(lexicons.load("claims_motion_verbs"))
_PURPOSE_VERBS = frozenset(lexicons.load("claims_purpose_verbs"))
_PURPOSE_NOUNS = frozenset(lexicons.load("claims_purpose_nouns"))
_REACTIVE = frozenset(lexicons.load("claims_reactive_verbs"))


_AGENT_NOUNS = frozenset(lexicons.load("claims_agent_nouns"))
_ADD_OBJECTS = frozenset(("fuel", "momentum", "impetus", "urgency", "credence"))
_RAISING = frozenset(lexicons.load("claims_raising_heads"))
_MOVE_NOUNS = frozenset(lexicons.load("claims_move_nouns"))


def _participle_main(tok):
    """The clause a result participle belongs to, and the tokens to leave out of it: for a participle
    coordinated with another ('..., killing four soldiers and prompting the closure of the road') the main
    clause of the first participle, not the first participle itself."""
    h = tok.head
    if tok.dep_ == "conj" and h.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and h.head.tag_ == "VBG":
        h = h.head                        # '..., leaving the town undefended and allowing X': the first participle
    if tok.dep_ == "conj" and h.tag_ == "VBG" and h.dep_ in ("advcl", "xcomp", "conj") and h.head != h and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
        return h.head, set(h.subtree)
    return h, set(tok.subtree)


@lru_cache(maxsize=1)
def _causal_forms() -> dict[str, str]:
    """Word form -> lemma for the strong causal verbs (regular English inflection; over-generating is harmless)."""
    from ..annotate.nlp import _inflections
    out: dict[str, str] = {}
    for lemma in STRONG_VERBS | {"allow", "enable", "help", "lead", "spark", "anger", "raise", "boost", "weaken",
                                 "strengthen", "encourage", "deepen", "heighten", "increase", "reduce", "curb",
                                 "ease", "end", "halt", "limit", "disrupt", "delay", "threaten", "open", "pave"}:
        for f in _inflections(lemma):
            out.setdefault(f, lemma)
    out.update({"led": "lead"})
    return out


def _causal_form(word: str) -> str | None:
    return _causal_forms().get(word)


_GERUND_TAKERS = frozenset(("avoid", "prevent", "stop", "keep", "risk", "fear", "begin", "start", "continue",
                            "resume", "consider", "deny", "admit", "quit", "finish", "end", "avoid", "mind",
                            "delay", "postpone", "suggest", "recommend", "imagine", "miss", "practise", "practice"))
_TIME_NOUNS = frozenset(("morning", "afternoon", "evening", "night", "day", "week", "month", "year", "weekend",
                         "hour", "minute", "time", "period", "past", "aftermath", "run-up", "days", "weeks"))


def _raising_subject(tok):
    """The subject an infinitive shares with the raising verb or adjective above it ('X is expected / likely /
    set / bound to VERB', 'X seems / continues / threatens to VERB'), or None."""
    h = tok
    for _ in range(3):
        if h.dep_ != "xcomp":
            return None
        h = h.head
        if h.lemma_.lower() not in _RAISING:
            return None
        if h.pos_ == "ADJ" and h.dep_ in ("acomp", "xcomp", "oprd"):
            h = h.head
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0] if subj[0].lower_ not in ("it", "there", "that", "which", "who", "what") else None
    return None


def _agentive(tok) -> bool:
    """A person, group or organisation as subject (an agent acting), as opposed to an event or situation."""
    if tok.lower_ in ("he", "she", "they", "we", "i", "you", "who"):
        return True
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return tok.lemma_.lower() in _AGENT_NOUNS


_REASON_NOUNS = frozenset(lexicons.load("claims_reason_nouns"))
_HAVEN_NOUNS = frozenset(lexicons.load("claims_haven_nouns"))
_HAVEN_MODS = frozenset(("breeding", "recruiting", "fertile", "training", "staging", "recruitment"))
_EXPLAIN_VERBS = frozenset(lexicons.load("causal_explain_verbs"))


def _copula_subject_containing(tok):
    """(verb, subject) when ``tok`` sits inside the subject of a copula ('Another of the reasons ... is X')."""
    h = tok
    for _ in range(6):
        if h.dep_ in ("nsubj", "nsubjpass", "csubj") and h.head.lemma_ in ("be", "remain", "include"):
            return h.head, h
        if h.head == h:
            return None
        h = h.head
    return None


_PURPOSE_ING = {"demanding": "demand", "protesting": "protest", "seeking": "seek", "opposing": "oppose",
                "condemning": "condemn", "urging": "urge", "alleging": "allege", "accusing": "accuse",
                "pressing": "press", "calling": "call", "decrying": "decry", "denouncing": "denounce"}

_HARM = frozenset(lexicons.load("claims_harm_heads"))
_EVENT_NOUNS = frozenset(lexicons.load("claims_event_nouns"))
_WHICH_ANTECEDENTS = _EVENT_NOUNS | _MOVE_NOUNS | frozenset(lexicons.load("claims_which_antecedents"))


def _progressive(v) -> bool:
    """'was returning', 'were staging', 'was about to': an ongoing background action."""
    if v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children):
        return True
    return v.lemma_ == "be" and any(c.lower_ == "about" for c in v.children)


def _eventive(clause) -> bool:
    """An 'after/when' clause that reports an action by someone (not a time or a state)."""
    if clause.lemma_ in ("be", "have", "become", "seem", "remain", "get") or clause.pos_ != "VERB":
        return False
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return False
    # "after he took office in 2010" is a time; "after they attended an event on Saturday" is an action
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree) or clause.lemma_.lower() not in (
        "take", "become", "turn", "join", "assume", "leave", "retire", "graduate", "move", "marry", "bear")


_NOT_ISSUE = frozenset(lexicons.load("claims_not_issue_nouns"))


def _over_issue(tok) -> bool:
    """'over X' as the matter of a dispute or a feeling ('clashed over land', 'anger over the death'), not a
    place, a span of time, a channel or a quantity ('over the bridge', 'over the weekend', 'over the phone')."""
    obj = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
    if not obj or tok.head.pos_ not in ("VERB", "NOUN", "ADJ"):
        return False
    o = obj[0]
    if any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "QUANTITY", "MONEY", "PERCENT")
           for t in o.subtree) or o.like_num or o.lemma_.lower() in _NOT_ISSUE or o.pos_ == "PRON":
        return False
    if any(c.dep_ == "prt" for c in tok.head.children) or tok.head.lemma_.lower() in (
            "take", "hand", "turn", "preside", "rule", "fly", "jump", "climb", "look", "watch", "win", "lead",
            "hold", "pass", "cross", "hover", "tower", "spill", "pour", "fall", "trip", "run", "drive", "travel",
            "spread", "stretch", "extend", "range", "vary", "choose", "prefer", "favour", "favor", "prevail"):
        return False
    return True


def _conditional(main) -> bool:
    """A main clause that states a consequence under a condition: a modal or future ('would', 'will', 'can')."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "can", "could", "may", "might",
                                                  "must", "should") for c in main.children)


def _reactive(tok) -> bool:
    return tok.lemma_.lower() in _REACTIVE


def _temporal_clause(clause) -> bool:
    """'since 2016', 'since she was elected' (time) vs 'since they had no choice' (reason)."""
    toks = list(clause.subtree)
    if any(t.ent_type_ in ("DATE", "TIME") for t in toks):
        return True
    return any(t.tag_ in ("VBD",) and t.lemma_ in ("take", "become", "join", "arrive", "begin", "start", "come",
                                                  "leave", "move", "return") for t in toks[:6])


def _denied(tok) -> bool:
    """The relation is the content of a denial ('officials denied that the curfew had caused shortages',
    'rejected claims that the blockade led to ...'): a negated relation."""
    h = tok
    for _ in range(6):
        if h.dep_ in ("ccomp", "acl", "dobj", "xcomp", "advcl", "relcl") and h.head != h:
            h = h.head
            if h.lemma_.lower() in _lex("claims_denial_verbs"):
                return True
        else:
            return False
    return False


def _in_condition_or_question(tok) -> bool:
    """The relation is conditional ('if the curfew leads to ...', 'X would cause Y unless ...') or asked, not
    asserted ('is it driven by ...?')."""
    sent = tok.sent
    if sent.text.rstrip(" \"'”’)").endswith("?"):
        return True
    h = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in h.children):
            return True
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in h.children if c != tok and tok not in c.subtree):
            return True
        if h.head == h or h.dep_ in ("ROOT",):
            break
        h = h.head
    return False


def _comparative_or_bare(tok, clause) -> bool:
    """A marker that does not introduce a reason clause: 'as' of a comparison ('as fierce as', 'just as',
    'as it did in May', 'the same as'), or a conjunction whose 'clause' has no subject ('a plan that
    since has been widened': an adverb)."""
    doc = tok.doc
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if not subj or clause.dep_ == "relcl" or all(c.i < tok.i for c in subj):
        return True
    if tok.lower_ != "as":
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("if", "though"):
        return True                       # 'reacted as if ...': manner, not reason
    prev = [t.lower_ for t in doc[max(tok.sent.start, tok.i - 3):tok.i]]
    if prev and prev[-1] in ("just", "even", "same", "such", "much", "so", "inasmuch", "insofar"):
        return True
    if "as" in prev[:-1] or any(c.lower_ == "as" and c.dep_ == "advmod" for c in tok.head.head.subtree
                                if tok.i - 6 <= c.i < tok.i):
        return True                       # 'as ADJ as'
    if clause.lemma_ == "do" and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children):
        return True                       # 'as they did in the north': likewise
    # 'as it was', 'as they were before the war': an elided comparison, a copula with nothing after it
    return clause.lemma_ in ("be", "do", "have") and not any(
        c.dep_ in ("attr", "acomp", "dobj", "ccomp", "xcomp", "neg") or c.dep_ in ("prep", "advmod") and not _when_only(c)
        for c in clause.children)


_WHEN_PREPS = frozenset(("after", "before", "during", "since", "until", "till", "last"))
_WHEN_ADVS = frozenset(("ago", "before", "then", "earlier", "previously", "once", "last", "always", "often", "usually",
                        "too", "also"))


def _when_only(c) -> bool:
    """A modifier that only says when ('a week ago', 'after the match', 'in 2019'): an elided comparison keeps it."""
    if c.dep_ == "advmod":
        return c.lower_ in _WHEN_ADVS
    return c.lower_ in _WHEN_PREPS or any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)


def _causal_as(clause) -> bool:
    """'as' introduces a reason when its clause is stative or modal ('as they had no choice')."""
    aux = [t for t in clause.children if t.dep_ in ("aux", "neg")]
    return clause.lemma_ in ("be", "have", "lack", "need", "want", "fear", "feel", "know", "remain", "struggle", "fail", "face", "depend", "rely", "control", "dominate", "outnumber") or \
        any(a.lower_ in ("not", "n't", "could", "can", "would", "had") for a in aux)


# -- claimants ----------------------------------------------------------------------------------------------------
def _claimant_for(start: int, end: int, quotes: tuple[Quote, ...], author: str | None,
                  text: str = "", sent=None) -> tuple[str | None, Quote | None]:
    best, best_ov = None, 0
    for q in quotes:
        ov = min(end, q.end) - max(start, q.start)
        if ov > best_ov:
            best, best_ov = q, ov
    if best is not None and best_ov >= 0.3 * max(1, min(end - start, best.end - best.start)):
        return (best.speaker or best.role), best
    # "The report recorded ...": a definite source noun refers back to the source that introduced it
    if sent is not None:
        subj = [t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")] or \
            ([sent.root] if sent.root.pos_ in ("NOUN", "PROPN") else [])
        if subj and subj[0].lemma_.lower() in _SOURCE_NOUNS and \
                any(c.lower_ in ("the", "this", "that", "its") for c in subj[0].children):
            noun = subj[0].lower_
            for q in sorted(quotes, key=lambda q: -(q.speaker_start or 0)):
                if q.speaker and q.speaker_start is not None and q.speaker_end is not None and \
                        q.speaker_end <= sent.start_char and noun in text[q.speaker_start:q.speaker_end].lower() + \
                        " " + (q.role or "").lower():
                    return q.speaker, q
    return None, None                     # the journalist's own voice: no claimant (GUIDE.md), not the byline


_SOURCE_NOUNS = frozenset(lexicons.load("claims_source_nouns"))


def _cut_at_attribution(s: int, e: int, quotes: tuple[Quote, ...]) -> tuple[int, int]:
    """A cause or effect span must not run into the attribution ('..., the spokeswoman, X, told reporters')."""
    for q in quotes:
        if q.speaker_start is not None and s < q.speaker_start < e and q.start <= s:
            cut = q.speaker_start
            while cut > s and not q.start <= cut <= q.end:
                cut -= 1
            if cut - s >= 3:
                e = min(e, cut)
    return s, e


def _polarity(cue_verb: str, effect_text: str) -> str:
    if cue_verb in PREVENT_VERBS or cue_verb == "avoid":
        return "increase" if SECURITY.search(effect_text) and not VIOLENCE.search(effect_text) else "decrease"
    if DECREASE.search(effect_text):
        if VIOLENCE.search(effect_text) and not SECURITY.search(effect_text):
            return "decrease"
        if SECURITY.search(effect_text):
            return "increase"
        return "decrease"
    return "increase"


# -- precision: what the annotation brief does not count as a causal claim ----------------------------------------
_NUMBERISH = (r"(?:[\d,.]+|\w+(?:ty|teen)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
              r"scores|hundreds)")
_CASUALTY_HEAD = re.compile(r"^\W*(?:(?:the|a|an|at|least|more|than|some|about|nearly|almost|over|up|to|another|of|"
                            r"civilian|heavy|serious|severe|mass|many|several|numerous|multiple|further|more|extensive|widespread|"
                            r"major|significant|considerable|material|structural|unknown|undisclosed|untold|" + _NUMBERISH +
                            r")\s+)*(?:casualt|death|dead|kill|fatalit|injur|wound|lives|bodies|damage\b|destruction)|^\W*(?:(?:at\s+least|more\s+than|some|about|nearly|another)\s+)?" + _NUMBERISH +
                            r"\s+(?:[\w-]+\s+)?(?:people|civilians|soldiers|persons|policemen|fighters|militants)\b",
                            re.IGNORECASE)
_AMOUNT = re.compile(r"^\W*[\d,.]+\s*(?:%|percent|per\s+cent|points?)", re.IGNORECASE)
_ATTACK_WORDS = re.compile(r"\b(?:attacks?|bomb\w*|blasts?|explosions?|killings?|assaults?|shootings?|ambush\w*)\b",
                           re.IGNORECASE)
_HARM_WORDS = re.compile(r"\b(?:killed|killing|died|dies|dead|injured|injuring|wounded|wounding|hurt|destroyed|"
                         r"damaged)\b", re.IGNORECASE)
_TREND_WORDS = re.compile(r"\b(?:rise|rose|risen|rising|increase\w*|fall|fell|drop\w*|decline\w*|spike\w*|"
                          r"jump\w*|surge\w*|record|toll)\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _lex(name: str) -> frozenset[str]:
    from .. import lexicons
    return frozenset(lexicons.load(name))


_DISPLACING = frozenset(("displace", "uproot", "force", "drive", "evacuate", "prompt", "push", "compel", "send"))


def _harm_effect(effect_text: str, verb: str = "") -> bool:
    """The effect is an attack's own casualties or damage ('killing 12 people', 'civilian casualties'), not a
    trend in them ('a rise in civilian casualties'); people displaced or forced out are no toll ('displaced
    some 200,000 people')."""
    if _TREND_WORDS.search(effect_text):
        return False
    effect_text = re.sub(r"^\W*\w+ing\s+(?:in\s+|to\s+)?", "", effect_text)     # causing injuries, resulting in deaths
    m = _CASUALTY_HEAD.match(effect_text)
    if m and verb in _DISPLACING and not re.search(r"(?i)casualt|death|dead|kill|fatalit|injur|wound|lives|bodies|damage|destruction",
                                                   m.group(0)):
        m = None
    if m and not re.search(r"(?i)casualt|death|dead|kill|fatalit|injur|wound|lives|bodies|damage|destruction", m.group(0)):
        # 'N people' alone: a toll when nothing or a harm word follows ('leaving 12 people dead'), a result when
        # a state or an action follows ('3 million people in need of aid', '3,000 people to flee')
        rest = effect_text[m.end():]
        if len(re.findall(r"[A-Za-z]+", rest)) >= 2 and not _HARM_WORDS.search(rest[:80]):
            return False
    if re.search(r"(?i)\band\s+(?:killing|wounding|injuring)\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?" + _NUMBERISH + r"\b",
                 effect_text):
        return True                           # '..., sending it into a ravine and killing nine': the attack's own toll
    # a harm word near the head of the effect ('the building damaged', 'many wounded'), not one deep inside a
    # stated result ('that ambulances cannot reach the wounded')
    head = " ".join(re.findall(r"[\w'’-]+", effect_text)[:5])
    return bool(m or _HARM_WORDS.search(head))


def _predicate_words(verb) -> set[str]:
    """The lemma of a main verb, or for a copula the lemmas of its complements ('is stronger' -> {'strong'})."""
    comps = {c.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")}
    return comps if verb.lemma_.lower() == "be" and comps else {verb.lemma_.lower()}


def _denied_reason(tok) -> bool:
    """The first reason of a correction: 'the group is not stronger because it is larger, it is stronger because
    it governs' - a 'because' clause on a negated main clause when the same sentence gives the same predicate,
    affirmed, another 'because' clause. The first relation is denied, only the second is claimed."""
    if tok.lower_ != "because" or tok.dep_ != "mark":
        return False
    main = tok.head.head
    if main is tok.head or not any(c.dep_ == "neg" for c in main.children):
        return False
    words = _predicate_words(main)
    for other in tok.sent:
        if other is tok or other.lower_ != "because" or other.dep_ != "mark":
            continue
        m2 = other.head.head
        if m2 is not other.head and m2 is not main and not any(c.dep_ == "neg" for c in m2.children) and \
                words & _predicate_words(m2):
            return True
    return False


def _negated(tok) -> bool:
    if any(c.dep_ == "advmod" and c.lower_ in ("hardly", "barely", "scarcely") for c in tok.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "preconj" and g.lower_ == "neither" for g in c.children)
            for c in tok.children):
        return True                           # 'the strikes have hardly weakened', 'neither X nor Y reduced'
    if tok.dep_ == "prep" and tok.head.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in tok.head.children):
        # a negated infinitive is what was asked or decided ('asked not to be named for fear of X'): the content
        # of the effect, not a denied relation
        return any(c.dep_ == "neg" for c in tok.children)
    return any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "neg" for c in tok.head.children
                                                              if tok.dep_ in ("xcomp", "prep", "agent", "acomp",
                                                                              "attr"))   # 'was not due to X'


_RANKING = re.compile(r"^\W*(?:making\s+)?(?:it|this|that|the\s+[\w-]+|him|her|them)\s+(?:the|one\s+of\s+the|among\s+the)\s+"
                      r"(?:[\w-]+['’]s\s+|[\w-]+\s+(?=\w+est\b))?"
                      r"(?:\w+est|most|worst|least|first|second|third|latest|largest|\w+er\s+of\b|better|worse)",
                      re.IGNORECASE)   # ('making it the world's largest X', 'the stronger of the two')
_TOTAL_TO = re.compile(r"\bto\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?[\d,]+\b|\btotal\b|"
                       r"\bnumber\b|\btally\b", re.IGNORECASE)
_EVIDENCE = re.compile(r"^\W*(?:what\s+\w+\s+(?:described|called)\s+as\s+)?(?:(?:the|a|an|its|their|his|her|"
                       r"unnamed|local|security|military|intelligence|official|specific|credible|new|several|"
                       r"multiple|other)\s+)*(?:information|intelligence|evidence|reports?|sources?|data|figures|"
                       r"statements?|officials|witnesses|media|documents|records|threats?)\b", re.IGNORECASE)
_CONDITION = re.compile(r"(?i)^\W*(?:the|a|an|this|that|its|their)?\s*(?:[\w-]+\s+){0,2}?(?:deteriorat\w*|worsening|"
                        r"decline|rise|increase|surge|spike|collapse|crisis|chaos|instability|insecurity|breakdown|"
                        r"resurgence|escalation|vacuum|shortages?)\b")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


def _history(c: dict, doc, text: str, published: str | None) -> bool:
    """Both cause and effect are history from years before the report ('the 2003 invasion that toppled the
    regime'): a past-tense relation in a sentence whose years are all at least two years before publication."""
    m = re.match(r"(\d{4})", published or "")
    if not m:
        return False
    pub = int(m.group(1))
    sent = doc[c["i"]].sent
    # a comparison with the past ('..., as they did during the 2006 war') dates the comparison, not the relation
    compared = {t.i for v in sent if v.dep_ == "advcl" and v.lemma_.lower() in ("do", "be", "happen") and any(
        ch.dep_ == "mark" and ch.lower_ in ("as", "like") for ch in v.children) for t in v.subtree}
    years = [int(y) for t in sent if t.i not in compared for y in _YEAR.findall(t.text)]
    if not years or max(years) > pub - 2:
        return False
    tok = doc[c["i"]]
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_root(tok)
    return verb.tag_ == "VBD" and not any(ch.lower_ in ("has", "have") for ch in verb.children)


def _nonviolent_reason(c: dict, doc, cause_text: str) -> bool:
    """A clause of reason with no violence in it explains a toll ('soldiers died because help took hours to
    come', 'the wounded died because the clinic had no power'): why it was so high, not the attack's own
    casualties ('were killed because a bomb went off' stays out)."""
    return c["cue"] in ("because", "since") and _has_verb(doc, c["cause"]) and not (
        VIOLENCE.search(cause_text) or _ATTACK_WORDS.search(cause_text) or _HARM_WORDS.search(cause_text))


_ANONYMITY = re.compile(r"(?i)\b(?:anonymity|anonymously|named|identified|names?|unnamed)\b")


def _stock_anonymity_fear(c: dict, effect_text: str, cause_text: str) -> bool:
    """The stock formula of a sourcing line: a source unnamed 'for fear of reprisals' ('a trader, who spoke on
    condition of anonymity for fear of retribution', 'asked not to be named for fear of reprisal') says why the
    report withholds a name, with a bare noun and nothing said about what is feared. A fear with content stays
    ('asked not to be named for fear of losing his licence', 'for fear of reprisals against his family'), and so
    does a fear that moved people ('families fled for fear of reprisals')."""
    return c["cue"] in ("for fear of", "out of fear of") and bool(_ANONYMITY.search(effect_text)) and \
        re.fullmatch(r"\W*[A-Za-z-]+\W*", cause_text) is not None


_FIRST_PERSON = frozenset(("i", "we", "you"))


def _helper_of(tok):
    """Who lends the help: the subject of 'help', or the noun a relative 'who helped' hangs on."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].lower_ in ("who", "that") and tok.dep_ == "relcl":
        return tok.head
    if subj:
        return subj[0]
    return tok.head if tok.dep_ in ("relcl", "acl") else None


def _stock_noncausal(c: dict, doc, tok, cause_text: str, effect_text: str, cspan) -> bool:
    """Stock wire formulas whose causal-looking word states no relation of the brief (GUIDE.md)."""
    cue, verb = c["cue"], c["verb"]
    croot = cspan.root if cspan is not None else None
    clemma = croot.lemma_.lower() if croot is not None else ""
    # 'in response to a question from reporters, the spokesman said ...': a question put to a source is the
    # occasion of what it says, not a cause
    if cue in ("response", "in response to", "reaction", "responding", "respond") and (
            clemma in _lex("claims_inquiry_nouns") or
            re.match(r"(?i)^\W*(?:an?|the|our|my|repeated|several)?\s*requests?\s+for\s+(?:comment|information|details|"
                     r"a\s+comment|a\s+response|clarification)", cause_text)):
        return True
    # gratitude: 'gave thanks to the volunteers', 'said thanks to everyone', 'Thanks to God, the children are safe'
    if cue == "thanks to":
        th = tok if tok.lower_ == "thanks" else None
        if th is not None and th.dep_ == "dobj" and th.head.lemma_.lower() in _lex("claims_thanks_verbs"):
            return True
        if clemma in _lex("claims_deity_nouns") and len(cause_text.split()) <= 2:
            return True
    # a speaker's own feeling explained: '"we are happy because our sons are home," a mother said'
    if cue in ("because", "as", "since", "because of", "due to") and tok.dep_ in ("mark", "prep"):
        main = tok.head.head if tok.dep_ == "mark" else tok.head
        if main.dep_ in ("acomp",) :
            main = main.head
        subj = [ch for ch in main.children if ch.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].lower_ in _FIRST_PERSON and (_predicate_words(main) | {main.lemma_.lower()}) & \
                _lex("claims_emotion_words"):
            return True
    # an attack's own damage told as a state: 'the air strike left the house in ruins'
    if verb == "leave" and re.search(r"(?i)\b(?:in|to)\s+(?:" + "|".join(sorted(_lex("claims_damage_states"))) + r")\b|\b(?:"
                                     + "|".join(sorted(_lex("claims_damage_states"))) + r")\b", effect_text) and (
            _ATTACK_WORDS.search(cause_text) or re.search(r"(?i)\b(?:strikes?|shelling|raids?|rockets?|missiles?|"
                                                          r"mortars?|fighting|clashes|assault)\b", cause_text)):
        return True
    # an operation's own outcome: 'the raid resulted in the arrest of six suspects'
    espan = doc.char_span(*c["effect"], alignment_mode="expand")
    if verb in ("result", "lead", "end") and clemma in _lex("claims_operation_nouns") and espan is not None and \
            espan.root.lemma_.lower() in _lex("claims_operation_outcomes"):
        return True
    # how a contest or meeting finished: 'the match ended in a draw'
    if verb == "end" and espan is not None and espan.root.lemma_.lower() in _lex("claims_contest_outcomes"):
        return True
    # a health statistic: 'malaria is a leading cause of death among children'
    if cue == "cause" and tok.pos_ == "NOUN" and any(ch.dep_ == "amod" and ch.lower_ in (
            "leading", "main", "top", "biggest", "commonest", "common", "second", "third", "primary", "major")
            for ch in tok.children) and espan is not None and espan.root.lemma_.lower() in _lex("claims_health_outcomes"):
        return True
    # 'the cause' as a movement or a goal: 'raised money for the cause of orphans', 'would die for the cause'
    if cue == "cause" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to"):
        return True
    # the noun 'trigger' as a part of a weapon: 'pulled the trigger of his vest'
    if cue == "trigger" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
            tok.head.lemma_.lower() in _lex("claims_handling_verbs"):
        return True
    # 'the reason for the trip is to sign a deal': a purpose infinitive as the reason
    if cue in _REASON_NOUNS and re.match(r"(?i)^\W*to\s+[a-z]+", cause_text):
        return True
    # a physical act of coercion: 'gunmen forced the passengers off the bus'
    if verb == "force" and tok.pos_ == "VERB" and _agent_subject(tok) and not any(
            ch.dep_ in ("xcomp", "ccomp", "oprd") for ch in tok.children) and any(
            ch.dep_ in ("prep", "prt") and ch.lower_ in ("off", "out", "onto", "down", "inside", "outside", "to")
            for ch in tok.children):
        return True
    # help in the work of rescue: 'residents helped firefighters put out the blaze'
    if verb == "help" and tok.pos_ == "VERB":
        helper = _helper_of(tok)
        comps = [g for ch in tok.children if ch.dep_ in ("xcomp", "ccomp", "dobj")
                 for g in [ch] + [x for x in ch.children if x.dep_ in ("xcomp", "ccomp")]]
        if helper is not None and helper.lemma_.lower() not in _EVENT_NOUNS and any(
                g.pos_ == "VERB" and g.lemma_.lower() in _lex("claims_rescue_verbs") for g in comps):
            return True
    # a fire an attack itself set: 'the shelling caused a fire at the silo' (like 'the blast set off a fire')
    if verb == "cause" and re.match(r"(?i)^\W*(?:(?:an?|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:fires?|blazes?)\b",
                                    effect_text) and (_ATTACK_WORDS.search(cause_text) or re.search(
                                        r"(?i)\b(?:strikes?|shelling|raids?|rockets?|missiles?|mortars?|shells?)\b", cause_text)):
        return True
    # a relation said to lack ground: 'there is no evidence that the drought caused the unrest'
    h = tok
    for _ in range(4):
        if h.dep_ not in ("acl", "ccomp", "relcl") or h.head is h:
            break
        h = h.head
        if h.pos_ == "NOUN" and h.lemma_.lower() in _lex("claims_evidence_nouns") and any(
                ch.dep_ == "det" and ch.lower_ == "no" for ch in h.children):
            return True
    # 'as' of a journey only says when: 'the convoy was hit as it travelled along the highway'
    if cue == "as" and tok.dep_ == "mark" and tok.head.lemma_.lower() in _lex("claims_journey_verbs") and \
            tok.head.tag_ == "VBD" and not any(a.dep_ in ("aux", "neg") for a in tok.head.children):
        return True
    return False


def _admissible(c: dict, doc, text: str, published: str | None = None) -> bool:
    """The brief's exclusions (GUIDE.md): temporal after/following/amid, plain purpose infinitives, conditionals,
    negated relations, an attack's own casualties or damage; and prepositions that name no cause."""
    cue, verb = c["cue"], c["verb"]
    tok = doc[c["i"]]
    effect_text = text[c["effect"][0]:c["effect"][1]]
    cause_text = text[c["cause"][0]:c["cause"][1]]
    if cue == "when" and (tok.head.head.lemma_.lower() in STRONG_VERBS or c.get("generic")):
        pass                                  # 'the truce was wrecked when the rebels seized the bridge'
    elif cue in _lex("claims_temporal_cues") or cue in _lex("claims_noncausal_preps") and cue != "for":
        return False
    if verb in _lex("claims_harm_verbs") or (tok.head.lemma_.lower() in _lex("claims_harm_verbs") and
                                             cue in ("in", "by", "during", "from", "as a result of", "of")):
        return False
    if cue in ("in", "during", "from") and tok.head.lemma_.lower() in _HARM:
        return False                          # 'the depot was damaged in the attack': the attack's own damage
    cspan = doc.char_span(*c["cause"], alignment_mode="expand")
    if _stock_noncausal(c, doc, tok, cause_text, effect_text, cspan):
        return False                          # stock formulas: 'in response to a question', 'gave thanks to', ...
    if verb in ("hurt", "harm", "damage", "shake") and (_ATTACK_WORDS.search(cspan.root.text if cspan is not None else
                                                                    cause_text) or _harm_effect(effect_text)):
        return False                          # 'the blast damaged buildings' (not: 'the curfew has hurt traders')
    if _harm_effect(effect_text, verb) and not _nonviolent_reason(c, doc, cause_text) or \
            cue in ("attribute", "blame") and _harm_effect(cause_text) or _AMOUNT.match(effect_text):
        return False
    if cue in ("result", "as a result of", "cause", "because of", "due to", "in", "by", "of") and \
            _clause_root(tok).lemma_.lower() in _lex("claims_harm_verbs"):
        return False                          # 'died as a result of the shelling': an attack's own toll
    if cue == "for" and tok.head.lemma_.lower() == "blame" and (_harm_effect(cause_text) or _ATTACK_WORDS.search(cause_text)):
        return False                          # 'blamed for the bombing / the deaths': responsibility, not a cause
    if _stock_anonymity_fear(c, effect_text, cause_text):
        return False                          # 'spoke on condition of anonymity for fear of reprisals': sourcing
    if _denied_reason(tok):
        return False                          # 'X is not strong because it is large; it is strong because ...'
    if _negated(tok) and cue not in _RESULT_CONNECTIVES:
        return False                          # ('as a result, convoys could not reach ...' negates the effect only)
    if _no_determiner(tok):
        return False                          # 'played no role in X', 'had no motive for X', 'had no effect on X'
    cs_root = cspan.root if cspan is not None else None
    if cs_root is not None and cs_root.lemma_.lower() in _TIME_NOUNS | {"while", "moment", "later"} and not any(
            t.pos_ in ("VERB", "AUX") or t.dep_ == "prep" for t in cspan):     # ('years of neglect' stays)
        return False                          # 'a short time later evacuated the hall': a time, not a cause
    if verb == "lead" and tok.dep_ == "acl" and _EVIDENCE.match(cause_text):
        return False                          # 'cash for information leading to charges': an offer, not a relation
    if _indirect_question(tok):
        return False                          # 'too soon to judge how the levy will affect trade': asked, not asserted
    if cs_root is not None and cs_root.lemma_.lower() in ("series", "wave", "string", "spate", "succession", "number") and \
            any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in cs_root.children):
        cs_root = next(g for ch in cs_root.children if ch.dep_ == "prep" and ch.lower_ == "of"
                       for g in list(ch.children) + [ch] if g.dep_ == "pobj" or g is ch)   # 'a string of tremors'
    if cs_root is not None and cs_root.lemma_.lower() in _lex("claims_disaster_nouns") and \
            verb in _lex("claims_disaster_verbs"):
        return False                          # 'the storm flattened the huts': a disaster's own damage
    esp0 = doc.char_span(*c["effect"], alignment_mode="expand")
    if tok.pos_ == "VERB" and cue == verb and esp0 is not None and esp0[0].pos_ == "ADP" and esp0.root.pos_ == "ADP" and \
            not any(ch.dep_ in ("dobj", "xcomp", "ccomp", "oprd") for ch in tok.children):
        return False                          # 'whose reform plan has stalled in parliament': the subject changes; a bare
        #                                       place or time phrase is no effect
    if verb in ("allow", "force", "permit", "compel", "oblige", "enable", "encourage", "prompt", "push", "drive") and \
            tok.tag_ in ("VBN", "VBD") and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and \
            doc[tok.i + 2].tag_ == "VB" and c["cause"][1] <= tok.idx and not any(ch.dep_ == "agent" for ch in tok.children):
        return False                          # 'the families allowed to leave', 'fighters forced to withdraw': the noun
        #                                       undergoes it (a reduced passive); no cause is stated
    if re.match(r"(?i)^\W*(?:still\s+|as\s+yet\s+|so\s+far\s+)?(?:unclear|unknown|not\s+(?:yet\s+)?(?:known|clear)|"
                r"under\s+investigation|being\s+investigated|a\s+mystery)\b", cause_text):
        return False                          # 'the cause of the outage is still unclear': no cause is stated
    if cue == "under" and tok.head.pos_ in ("NOUN", "PROPN"):
        return False                          # 'reporting under time pressure': a circumstance of a noun
    if cue == "make" and tok.pos_ == "VERB" and not any(ch.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "attr")
                                                        for ch in tok.children):
        return False                          # 'making accusations', 'made a deal': a light verb, not 'make X Y'
    if verb == "drive" and tok.pos_ == "NOUN":
        return False                          # 'whose reform drive has stalled': a campaign, not to drive
    if verb == "leave" and (tok.head.lower_ if tok.dep_ in ("acl", "amod") else doc[tok.i - 1].lower_) in (
            "nowhere", "nothing", "little", "few", "none", "anything", "anywhere", "something", "much"):
        return False                          # 'had nowhere left to run': what remains, not a result
    if verb in ("prevent", "stop", "keep", "bar") and _agent_subject(tok) and any(
            c.dep_ == "dobj" and (c.pos_ == "PRON" or _agentive(c) or c.lemma_.lower() in _lex("claims_harm_heads") or
                                  c.lemma_.lower() in ("civilian", "resident", "people", "family", "villager"))
            for c in tok.children):
        return False                          # 'gunmen were stopping residents from leaving': an act of coercion
    if re.search(r"(?i)\btoll\b[^.;]{0,40}?\b(?:rose|risen|climbed|increased|jumped|reached|went\s+up)\b", effect_text):
        return False                          # 'the toll rose to 30 as rescuers recovered bodies': a toll's arithmetic
    if verb in ("spark", "trigger", "prompt", "set", "provoke", "touch") and re.match(
            r"(?i)^\W*(?:\w+ing\s+(?:off\s+)?)?(?:an?|the)?\s*(?:[\w-]+\s+){0,2}?(?:gunfights?|firefights?|shoot-?outs?|"
            r"gun\s*battles?|exchanges?\s+of\s+fire)\b", effect_text):
        return False                          # 'stormed the post, triggering a firefight': the same incident's fighting
    if verb in ("force", "drive", "compel") and re.match(
            r"(?i)^\W*(?:forcing\s+|driving\s+)?(?:(?:about|some|more\s+than|at\s+least|nearly|around|over|almost|up\s+to)\s+)?"
            r"[\d][\d,.]*\s*(?:million|thousand)?\s*(?:\w+\s+)?(?:to\s+)?(?:flee|leave|abandon)", effect_text) and (
            _ATTACK_WORDS.search(cause_text) or re.search(r"(?i)\b(?:raids?|incursion|air\s*strikes?|strikes?)\b",
                                                          cause_text)):
        return False                          # 'the raid forced about 400 people to flee': one attack's toll counted
        #                                       (a war or fighting that forced N to flee stays a relation)
    if verb in ("add", "contribute") and any(c.dep_ in ("dobj", "nsubjpass") and not (
            verb == "add" and c.lemma_.lower() in _ADD_OBJECTS) for c in tok.children) or \
            verb == "add" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return False                          # 'added weight to the car', 'contributed stories to the paper': to give
    if verb == "add" and cspan is not None and _agentive(cspan.root) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _ADD_OBJECTS for c in tok.children):
        return False                          # 'the crew added fuel to the tank': to pour ('the raid added fuel to
        #                                       the protests' stays)
    if re.match(r"(?i)^\W*(?:no\s+way|nothing|no\s+one|nobody|none)\b", cause_text):
        return False                          # 'nothing will stop us', 'none of his arguments prevents X': denied
    if verb == "push" and cspan is not None and _agentive(cspan.root) and any(
            c.dep_ == "dobj" and (c.pos_ == "PRON" or _agentive(c) or c.ent_type_ == "PERSON") for c in tok.children):
        return False                          # 'three guards pushed him into the wall': a physical push
    if verb == "contribute" and re.match(r"(?i)^\W*(?:this|the|that)\s+(?:report|story|article|dispatch|piece)\b",
                                         effect_text):
        return False                          # 'X contributed to this report': a credit line
    if _AMOUNT_ONLY.match(effect_text):
        return False                          # 'revenues increased about $10,000': a change by an amount
    if verb == "open" and any(c.dep_ == "dobj" and c.lemma_.lower() == "door" and any(
            g.dep_ == "poss" for g in c.children) for c in tok.children):
        return False                          # 'the school will open its doors': to open, not to enable
    if verb == "drive" and any(c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards") and any(
            g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children) for c in tok.children):
        return False                          # 'made her drive him to the next town': motion
    if verb == "send" and not any(c.dep_ in ("xcomp", "ccomp", "oprd", "advcl") or c.tag_ == "VBG" or
                                  c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
        return False                          # 'sending in peacekeepers', 'the message this sends': no result
    if tok.tag_ == "VBG" and cue == verb and _nominal_gerund(tok):
        return False                          # 'charged with theft and hindering an arrest': a named act, not a result
    if cue == "result" and tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        return False                          # 'announced the results of the ballot': an outcome's figures
    need = VERB_PREP.get(verb)
    if need and tok.tag_ == "VBG" and tok.lemma_.lower() == verb and not any(
            ch.lower_ in need or ch.lemma_.lower() in need for ch in tok.children):
        return False                          # ', giving the backs 100 yards' (not ', giving rise to X')
    if verb == "end" and any(ch.dep_ == "prt" and ch.lower_ == "up" for ch in tok.children):
        return False                          # 'will end up unhappy': to finish, not a result
    if cue == "since" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return False                          # 'the years since she left': time
    if _denied(tok):
        return False                          # 'denied that the curfew had caused shortages': negated
    if _in_condition_or_question(tok):
        return False                          # 'if X causes Y', 'X would cause Y unless ...', 'did X cause Y?'
    if cue == "push" and not any(ch.dep_ in ("xcomp", "prt", "ccomp") for ch in tok.children) and not any(
            t.dep_ == "prep" and t.lower_ in ("into", "to", "toward", "towards", "out", "from", "back")
            for t in tok.subtree if t.i > tok.i):
        return False                          # 'a bulldozer pushed the mound': a physical push
    if cue == "to" and verb not in ("avoid", "prevent"):
        return False                          # a plain purpose infinitive ("deployed to protect the road",
        #                                       "marched to demand ..."); 'to avoid / to prevent X' stays (GUIDE)
    if cue == "to" and (tok.head.pos_ not in ("VERB", "AUX") or tok.head.lemma_.lower() in _CONTROL_VERBS or any(
            ch.dep_ in ("aux", "auxpass") and ch.lower_ == "to" for ch in tok.head.children)):
        return False                          # 'efforts / the struggle to prevent X', 'steps to be taken to prevent
        #                                       X', 'tried to avoid X': an aim, not an action that keeps X away
    if cue in ("for", "over", "against"):
        return False                          # 'arrested for X', 'protested over X': a motive the brief does not count
    if cue in _lex("claims_eval_nouns_excluded") and not (cue == "root" and tok.pos_ == "VERB"):
        return False                          # 'remains a threat to security': an evaluation, not a relation
    if cue == "behind" and any(_agentive(ch) for ch in doc[c["i"]].head.children if ch.dep_ == "nsubj") or cue == "behind" and any(
            t.ent_type_ in ("ORG", "NORP", "PERSON", "GPE") for t in doc.char_span(*c["cause"], alignment_mode="expand") or ()):
        return False                          # 'X is behind the attacks': responsibility, not a cause
    m_att = re.match(r"(?i)^\W*(?:(?:an?|the|two|three|four|five|several|multiple|twin|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(bomb|explosion|blast|attack|device|mine)", effect_text)
    if _ATTACK_WORDS.search(effect_text[:60]) and m_att and verb in ("set", "trigger", "cause", "spark", "detonate") and \
            not (m_att.group(1).lower() == "attack" and verb != "set" and not (cspan is not None and _agentive(cspan.root))
                 and re.search(r"(?i)\b(?:revenge|reprisal|retaliatory|retaliation|tit-for-tat)\b", m_att.group(0))):
        return False                          # 'militants set off a car bomb', 'the blast triggered a second explosion':
        #                                       the attack itself ('the killing sparked revenge attacks' is a relation)
    if verb in ("set", "spark", "start", "light", "ignite", "trigger") and \
            re.match(r"(?i)^\W*(?:(?:an?|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:fires?|blazes?|"
                     r"firecrackers?|fireworks?|flares?)\b", effect_text):
        return False                          # 'protesters sparked a bin fire', 'the blast set off a fire': the incident itself
    if verb == "help" and tok.dep_ == "acl" and cspan is not None and _agentive(cspan.root):
        return False                          # 'a farmer helping the troops find the road': who someone is
    if tok.dep_ in ("acl", "xcomp", "conj") and any(c.dep_ == "aux" and c.lower_ == "to" for c in
                                                    ([tok] + ([tok.head] if tok.dep_ == "conj" else []))[-1].children) \
            and (tok.head.head if tok.dep_ == "conj" else tok.head).lemma_.lower() in _PURPOSE_NOUNS:
        return False                          # 'attempts to cut and damage the wire': an aim, not a relation
    if cue in PURPOSE_PARTICIPLES and tok.tag_ == "VBG" and cue not in _lex("claims_motive_participles"):
        return False                          # ', saying ...', ', calling for ...': speech, not a reason
    if cue == "as":
        clause = tok.head
        main = clause.head
        said = [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "acomp")]
        said += [g for c in said[1:] for g in c.children if g.dep_ == "xcomp"]     # 'as we were able to see'
        if any(v.lemma_.lower() in _SAY | _lex("claims_comment_verbs") and not any(
                c.dep_ in ("dobj", "ccomp", "attr", "acomp") for c in v.children) for v in said):
            return False                      # 'as we were able to see', 'as officials expected': a comment clause
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lemma_ in ("have", "be", "do") and nxt.i == clause.i:
            return False                      # 'as has the government': likewise, not because
        change = _lex("claims_change_verbs")
        strong_main = main.lemma_.lower() in STRONG_VERBS and any(ch.dep_ == "dobj" for ch in main.children)
        reason = _causal_as(clause) and not _progressive(clause)     # 'as the roads had been mined'
        if not (main.lemma_.lower() in change or strong_main or reason) or clause.lemma_.lower() in change - {"spread"} or \
                _conditional(main) and not reason:
            return False                      # 'as the troops searched for the raiders': at the same time
    if cue in ("drive", "lead", "weaken") and not any(ch.dep_ in ("xcomp", "dobj", "ccomp", "prep", "agent")
                                                      for ch in tok.children):
        return False
    if cue == "make" and any(c.dep_ == "prt" and c.lower_ in ("out", "up", "off") for c in tok.children) or \
            cue == "make" and _make_it_aim(effect_text):
        return False                          # 'make it out to be', 'made up', 'made it their mission to ...': no cause
    if cue == "let" and any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() == "go" for c in tok.children):
        return False                          # 'the club let him go': dismissed or released, not a result
    if cue == "raise" and any(c.dep_ == "dobj" and (c.lemma_.lower() in _lex("claims_raise_objects_excluded") or
                                                    c.lower_ in _lex("claims_raise_objects_excluded"))
                              for c in tok.children):
        return False                          # 'dinners that raise funds': to collect, not to bring about
    if cue == "mean" and re.search(r"(?i)\b(?:may|might|must|could)\s+(?:not\s+|never\s+)?have\s+\w+", effect_text):
        return False                          # 'the losses mean he may not have paid tax': an inference about the past
    if cue == "make" and any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "dobj") and c.lower_ in (
            "known", "clear", "public", "sure", "certain", "plain", "evident", "aware") for c in tok.children):
        return False                          # 'made known his stand', 'made clear that ...': to state, not to cause
    if cue == "make" and _RANKING.match(effect_text):
        return False                          # ', making it the deadliest attack this year': a ranking
    if verb == "lead":
        cs_, es_ = doc.char_span(*c["cause"], alignment_mode="expand"), doc.char_span(*c["effect"], alignment_mode="expand")
        if cs_ is not None and cs_.root.lemma_.lower() in _lex("claims_route_nouns") or tok.head.lemma_.lower() in \
                _lex("claims_route_nouns") and tok.dep_ == "acl" or es_ is not None and (
                    es_.root.ent_type_ in ("GPE", "LOC", "FAC") or es_.root.lemma_.lower() in _lex("claims_route_nouns") or
                    es_.root.lemma_.lower() in _lex("claims_place_nouns")):
            return False                      # 'roads leading to the parliament': a way to a place, not a result
    if cue == "force" and any(ch.dep_ == "dobj" and ch.lemma_.lower() == "way" for ch in tok.children):
        return False                          # 'forced their way into the compound': motion
    if cue == "bring" and _TOTAL_TO.search(effect_text):
        return False                          # ', bringing the number of attacks to 12': arithmetic
    if cue in ("raise", "push", "take", "lift", "put", "increase", "bring") and (
            re.search(r"(?i)\b(?:toll|tally|total|count)\b", effect_text) or any(
                ch.dep_ == "prep" and ch.lower_ == "to" and any(g.like_num or g.pos_ == "NUM" for g in ch.subtree)
                for ch in tok.children)):
        return False                          # 'the strike raised the death toll to 40': arithmetic of a toll
    if cue == "cite" and _EVIDENCE.match(cause_text[len("citing"):] if cause_text.lower().startswith("citing") else cause_text):
        return False                          # ', citing intelligence reports': a source, not a reason
    if cue == "otherwise":
        return False
    if cue == "raise" and tok.tag_ == "VBG" and not any(
            ch.dep_ == "dobj" and ch.lemma_.lower() in _lex("claims_raise_results") for ch in tok.children):
        return False                          # ', raising slogans': an action; ', raising fears of X': a result
    if cue in ("stop", "halt", "end", "cut") and any(ch.dep_ in ("xcomp", "pcomp") and ch.tag_ == "VBG"
                                                   for ch in tok.children):
        return False                          # 'checkpoints stopped searching trucks': aspect, not a cause
    if cue == "drive" and any(_agentive(ch) for ch in tok.children if ch.dep_ == "nsubj") and not any(
            ch.dep_ in ("xcomp", "ccomp") for ch in tok.children):
        return False                          # 'the guards who drove the prisoner': an action, not a cause
    if cue == "drive" and any(_agentive(ch) for ch in tok.children if ch.dep_ == "nsubj") and any(
            ch.dep_ in ("prt", "prep") and ch.lower_ in ("out", "back", "from", "away") for ch in tok.children):
        return False                          # 'troops drove the militants out of the town': an event
    if tok.dep_ == "xcomp" and tok.tag_ == "VBG" and cue == verb and tok.head.i < tok.i and not any(
            t.lower_ in (",", ";", "—", "–", "-") for t in doc[tok.head.i + 1:tok.i]) and (
            c["cause"][1] <= tok.head.idx + len(tok.head) + 1 or tok.head.lemma_.lower() in _GERUND_TAKERS):
        return False                          # 'to avoid provoking the crowd', 'kept firing': the verb's complement,
        #                                       not a result clause (', provoking clashes')
    if _history(c, doc, text, published):
        return False
    if cue == "leave" and not any(ch.dep_ in ("xcomp", "oprd", "acomp") or _leave_result(ch) or _left_in_state(ch)
                                  for ch in tok.children):
        return False                          # 'people who left the city': to depart, not to leave X homeless
    if cue == "threaten" and not any(ch.dep_ in ("xcomp", "ccomp") for ch in tok.children):
        return False                          # 'threatened the lines' (a physical threat) vs 'threatens to derail'
    if cue == "drive" and any(_agentive(ch) for ch in tok.children if ch.dep_ == "nsubj") and any(
            t.dep_ == "prep" and t.lower_ in ("into", "to", "through", "toward", "towards", "up") for t in tok.subtree):
        return False                          # 'drove a car into the checkpoint': motion
    espan = doc.char_span(*c["effect"], alignment_mode="expand")
    if espan is not None and espan.root.lemma_.lower() in _SAY and espan.root.dep_ == "ROOT" and any(
            ch.dep_ == "nsubj" for ch in espan.root.children):
        return False                          # the effect is the attribution ('..., said X'), not a result
    if cue == "drive" and any(_agentive(g) for ch in tok.children if ch.dep_ == "agent" for g in ch.children
                              if g.dep_ == "pobj"):
        return False                          # 'the car was driven by a suicide bomber': motion
    if cue == "drive" and not any(ch.dep_ in ("dobj", "agent") for ch in tok.children):
        return False                          # 'trucks driving into the compound': motion
    if cue == "by":
        return False                          # 'protested by blocking the highway': the means, not a cause
    if cue == "cut" and not any(ch.dep_ in ("dobj", "prt") for ch in tok.children):
        return False                          # 'cutting through the forest'
    if cue == "cut" and not any(ch.dep_ == "prt" for ch in tok.children) and any(o.dep_ == "dobj" and (o.lemma_.lower() in _lex("claims_route_nouns") | _lex(
            "claims_supply_nouns") or any(t.lemma_.lower() in _lex("claims_supply_nouns") for t in o.children
                                          if t.dep_ in ("compound", "amod"))) for o in tok.children):
        return False                          # 'the siege cut the main supply routes', 'the capture of the town cut
        #                                       the road': a physical act of war on a way or a line, like its damage
        #                                       ('cutting off the route to the city' is kept: tests/test_claims_extract)
    span = doc.char_span(*c["cause"], alignment_mode="expand")
    if cue == "blame" and _CONDITION.match(effect_text) and not _ATTACK_WORDS.search(effect_text):
        return True                           # 'blamed the government for the deterioration in security': a
        #                                       situation brought about, not responsibility for an attack
    if cue in ("blame", "attribute") and span is not None and (_agentive(span.root) or
                                                               span.root.pos_ in ("PRON", "PROPN", "X")):
        return False                          # 'blamed the party for the violence': responsibility, not a cause
    if cue in ("blame", "attribute") and any(t.ent_type_ in ("ORG", "NORP", "PERSON") for t in doc.char_span(
            *c["cause"], alignment_mode="expand") or ()):
        return False                          # blamed the bombing on a group: responsibility, not a cause
    return True


_AMOUNT_ONLY = re.compile(r"(?i)^\W*(?:(?:about|some|nearly|almost|around|roughly|by|more\s+than|less\s+than|over|"
                          r"under|only|just)\s+)?[$€£]?\s?[\d][\d,.]*\s*(?:%|percent|per\s+cent|points?|million|"
                          r"billion|thousand|dollars|euros|pounds)?\W*$")


def _nominal_gerund(tok) -> bool:
    """A gerund that names an act inside a prepositional phrase ('charged with robbery and hindering X',
    'accused of inciting Y'), not a result clause after the main one."""
    h = tok
    while h.dep_ == "conj" and h.head != h:
        h = h.head
    return h.dep_ in ("pobj", "pcomp") and h is not tok or h.dep_ == "pobj"


def _agent_subject(tok) -> bool:
    """The verb's subject (or, for a verb coordinated with an earlier one, that verb's subject) is an agent."""
    h = tok
    for _ in range(3):
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return _agentive(subj[0])
        if h.dep_ not in ("conj", "xcomp") or h.head == h:
            return False
        h = h.head
    return False


def _make_it_aim(effect_text: str) -> bool:
    """'made it their mission / a priority to ...': an aim taken on."""
    w = re.findall(r"[\w'’-]+", effect_text.lower())[:4]
    return bool(w) and w[0] == "it" and any(x in _lex("claims_make_it_nouns") for x in w[1:4])


def _no_determiner(tok) -> bool:
    """The relation is denied by a 'no' on the cue noun or on the cue verb's object ('no reason for X', 'played no
    part in X', 'had no impact on X', 'caused no damage')."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("dobj", "attr") and any(
        g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in tok.children)


def _indirect_question(tok) -> bool:
    """The relation sits in an embedded question ('whether the curfew will hurt trade', 'how the tax will affect
    prices'): open, not asserted. 'how' counts only with a modal (an explained 'how X hurt Y' is asserted)."""
    h = tok if tok.pos_ in ("VERB", "AUX") else _clause_root(tok)
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in h.children):
            return True
        if any(c.dep_ == "advmod" and c.lower_ == "how" and c.i < h.i for c in h.children) and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "can") for c in h.children):
            return True
        if h.dep_ not in ("xcomp", "conj") or h.head == h:
            break
        h = h.head
    return False


def _left_in_state(ch) -> bool:
    """'left the roads unguarded': an object closed by a state participle or adjective the parser hangs on it."""
    return ch.dep_ == "dobj" and any(g.dep_ in ("acl", "amod") and g.tag_ in ("VBN", "JJ") and g.i == ch.right_edge.i
                                     and g.i > ch.i for g in ch.children)


def _leave_result(ch) -> bool:
    """'left its fighters without direction', 'leaving the town in ruins': a resulting state, not a place left;
    'left the herders with few options', 'leaves the clinics with no fuel': a lack, which is a state as well (the
    object comes with a determiner of scarcity; 'left the town with his family' is a departure)."""
    return ch.dep_ == "prep" and (ch.lower_ == "without" or ch.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _lex("claims_result_states") for g in ch.children) or
        ch.lower_ == "with" and any(g.dep_ == "pobj" and (g.lower_ in ("nothing", "little") or any(
            d.dep_ in ("amod", "det") and d.lower_ in ("few", "little", "no") for d in g.children))
            for g in ch.children))


def _toll_of_the_violence(c: dict, doc, agg_spans: list[tuple[int, int, bool]]) -> bool:
    """The cumulative toll of a conflict as a whole ('the war has killed 40,000 people', 'the fighting has
    displaced some 200,000 people since 2019'): the brief counts it as an aggregate claim (the figure over a
    period), not as a causal one. True when the effect states the figure of an aggregate claim of the same
    text, the cause is headed by a bare word for the violence itself (war, fighting, conflict, insurgency) and
    the toll is counted to date (a perfect, 'has displaced') or over a stated period; one episode in the simple
    past ('the fighting forced 3,000 people to flee') stays causal."""
    es, ee = c["effect"]
    overlapping = [period for s, e, period in agg_spans if s < ee and es < e]
    if not overlapping or not _FIGURE.search(doc.text[es:ee]):
        return False              # ('the war has killed 6,000 people and unleashed a crisis': the crisis stays)
    cspan = doc.char_span(*c["cause"], alignment_mode="expand")
    if cspan is None or cspan.root.lemma_.lower() not in _CONFLICT_HEADS:
        return False
    tok = doc[c["i"]]
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_root(tok)
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]     # 'has killed X and left Y': the aux is shared
    perfect = any(ch.dep_ == "aux" and ch.lemma_.lower() == "have" for v in verbs for ch in v.children)
    return perfect or any(overlapping)


_CONFLICT_HEADS = frozenset(lexicons.load("causal_conflict_heads"))
# a figure in an effect: digits, or a number or fraction written out ('two-thirds of the population')
_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
                     r"hundred|thousand|million|half|thirds?|quarters?|fifths?)\b", re.IGNORECASE)


def _merge(cands: list[dict]) -> list[dict]:
    """One record per relation: readings whose causes overlap and whose effects overlap are the same relation;
    the strongest reading (then the widest) stays."""
    def ov(a, b):
        return min(a[1], b[1]) - max(a[0], b[0]) > 0
    out: list[dict] = []
    for c in sorted(cands, key=lambda c: (-c["strength"], -(c["cause"][1] - c["cause"][0]
                                                            + c["effect"][1] - c["effect"][0]))):
        if any(ov(c["cause"], k["cause"]) and ov(c["effect"], k["effect"]) or
               ov(c["cause"], k["effect"]) and ov(c["effect"], k["cause"]) for k in out):
            continue
        out.append(c)
    return sorted(out, key=lambda c: c["i"])


# -- main ---------------------------------------------------------------------------------------------------------
# the words that make a cause an act being avenged ('in retaliation for X', 'to avenge X', 'revenge for X')
_RETALIATION_BEFORE = re.compile(r"(?i)\b(?:retaliat\w*|revenge|reprisals?|avenge\w*|vengeance)\s+(?:for\s+|of\s+|over\s+)?$")
CAUSAL_SCHEMES = ("brief", "broad")


def extract_claims(text: str, *, published: str | None = None, quotes: tuple[Quote, ...] = (),
                   doc=None, causal: str = "brief") -> tuple[Claim, ...]:
    """Aggregate and causal claims in ``text``; ``quotes`` (from annotate.quotes) give the claimants.

    ``causal="brief"`` (default) keeps the causal relations of the annotation brief (GUIDE.md): no temporal
    after/following/when, no plain purpose infinitives, no conditionals or negated relations, no attack's own
    casualties. ``causal="broad"`` keeps every reading the rules find (the Causal News Corpus definition,
    which counts purpose, reactive 'after' and motives as causal)."""
    if causal not in CAUSAL_SCHEMES:
        raise UsageError(f"causal must be one of {CAUSAL_SCHEMES}, not {causal!r}")
    from .drivers import classify

    if not text or not text.strip():
        return ()
    doc = _load(text, doc)
    quotes = tuple(quotes)
    author = byline_author(text)
    periods = P.find_periods(text, published=published)
    claims: list[Claim] = []
    for a in _aggregates(doc, text, published, periods):
        claimant, q = _claimant_for(a["start"], a["end"], quotes, author, text, a["sent"])
        stext = text[a["start"]:a["end"]]
        claims.append(Claim(kind="aggregate", start=a["start"], end=a["end"], claimant=claimant,
                            hedged=bool(HEDGES.search(stext)) or bool(q and q.cue and q.cue.lower() in HEDGE_CUES),
                            quantity=a["quantity"], low=a["low"], high=a["high"], counted=a["counted"],
                            period_start=a["period_start"], period_end=a["period_end"],
                            scope=_scope(a["sent"], claimant), trend=a["trend"], qualifier=a["qualifier"],
                            unit=a["unit"]))
    preceding = ""   # the sentence before: a cause that only refers back ("the decision") is read against it
    agg_spans = [(a.start, a.end, bool(a.period_start or a.period_end)) for a in claims]
    for sent in doc.sents:
        cands = _merge([c for c in _causal_in_sentence(sent, text)
                        if causal == "broad" or _admissible(c, doc, text, published) and
                        not _toll_of_the_violence(c, doc, agg_spans)])
        seen = set()
        for c in cands:
            key = (c["cause"], c["effect"])
            if key in seen:
                continue
            seen.add(key)
            cs, ce = c["cause"]
            es, ee = c["effect"]
            start, end = min(cs, es), max(ce, ee)
            cs, ce = _cut_at_attribution(cs, ce, quotes)
            es, ee = _cut_at_attribution(es, ee, quotes)
            start, end = min(cs, es), max(ce, ee)
            claimant, q = _claimant_for(start, end, quotes, author, text, sent)
            stext = text[sent.start_char:sent.end_char]
            cue_hedge = bool(q and q.cue and q.cue.split()[0].lower().rstrip("sd") in
                             {h.rstrip("e") for h in HEDGE_CUES}) or bool(q and q.cue and any(
                                 q.cue.lower().startswith(h) for h in HEDGE_CUES))
            hedged = bool(HEDGES.search(stext)) or cue_hedge
            driver = classify(text[cs:ce], stext, preceding)
            if driver == "leadership_change" and _RETALIATION_BEFORE.search(text[max(0, cs - 40):cs]):
                # "in retaliation for the killing of their commander": a revenge cycle, not a change of leaders
                # (the loss of a leader as such stays: "the killing of the commander weakened the group")
                driver = None
            claims.append(Claim(kind="causal", start=start, end=end, claimant=claimant, hedged=hedged,
                                cause=Span(cs, ce), effect=Span(es, ee), driver=driver,
                                polarity=_polarity(c["verb"], text[es:ee])))
        preceding = text[sent.start_char:sent.end_char]
    claims.sort(key=lambda c: (c.start, c.end, c.kind))
    return tuple(claims)
