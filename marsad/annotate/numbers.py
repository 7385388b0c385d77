"""Numbers in digits and words, ranges, "at least", vague quantities, and casualty counts.

Vague quantities follow ACLED's published conventions: "dozens" -> 12, "tens" -> 10, "hundreds" -> 100,
"several"/"many"/"scores of" -> 10 (the lowest defensible reading); "a few" -> 3.
A ``Quantity`` keeps low / best / high: "at least 10" = (10, 10, None); "10 to 15" = (10, 10, 15);
"more than 20" = (20, 20, None) (ACLED codes the stated figure); "up to 8" = (None, 8, 8); "about 30" = (None, 30, None).

Component: needs ``text``; provides ``Quantity`` and ``Casualty`` mentions with char spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "numbers-1"

_UNITS = {"zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
          "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12, "couple": 2, "a couple of": 2, "pair": 2}
_VAGUE = {"dozens": 12, "dozens of": 12, "tens": 10, "tens of": 10, "hundreds": 100, "hundreds of": 100,
          "scores": 10, "scores of": 10, "several": 10, "many": 10, "numerous": 10, "a few": 3, "few": 3,
          "some": 10, "thousands": 1000, "thousands of": 1000}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_WORD = (rf"(?:(?:{_TENS})(?:[- ](?:{_ONES}))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
         rf"nineteen|ten|{_ONES}|a\s+dozen|dozen|a\s+couple\s+of|single)(?:\s+hundred(?:\s+(?:and\s+)?(?:{_TENS}|{_ONES}))?)?")
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_BASIC = rf"(?:{_DIGITS}|{_WORD})"
_VAGUE_RE = r"(?:dozens(?:\s+of)?|tens\s+of|hundreds(?:\s+of)?|thousands(?:\s+of)?|scores\s+of|several|many|numerous|a\s+few)"
_MOD = r"(?:at\s+least|not\s+less\s+than|no\s+fewer\s+than|a\s+minimum\s+of|more\s+than|over|upwards\s+of|up\s+to|as\s+many\s+as|at\s+most|about|around|approximately|roughly|nearly|almost|some|an\s+estimated|close\s+to)"
QUANTITY_RE = re.compile(
    rf"\b(?:(?P<mod>{_MOD})\s+)?(?:(?P<lo>{_DIGITS})\s*(?:-|–)\s*(?P<hi>{_DIGITS})|(?P<lo2>{_BASIC})\s+(?:to|or)\s+(?P<hi2>{_BASIC})|between\s+(?P<blo>{_BASIC})\s+and\s+(?P<bhi>{_BASIC})|(?P<n>{_BASIC})|(?P<vague>{_VAGUE_RE}))\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    best: int
    low: int | None
    high: int | None
    start: int
    end: int
    vague: bool = False


def word_to_int(s: str) -> int | None:
    """'twenty-five' -> 25, '1,200' -> 1200, 'three hundred' -> 300, '٣' -> 3; None if not a number."""
    s = s.strip().lower().translate(_AR_DIGITS)
    if not s:
        return None
    if re.fullmatch(_DIGITS, s):
        try:
            return int(s.replace(",", ""))
        except ValueError:
            return None
    s = re.sub(r"\s+", " ", s.replace("-", " "))
    if s in _UNITS:
        return _UNITS[s]
    total, cur = 0, 0
    for w in s.split(" "):
        if w in ("and", "of", "a"):
            continue
        if w == "hundred":
            cur = max(cur, 1) * 100
        elif w == "couple":
            cur += 2
        elif w in _UNITS:
            cur += _UNITS[w]
        else:
            return None
    total += cur
    return total


def parse_quantity(m: re.Match) -> Quantity | None:
    mod = (m.group("mod") or "").lower()
    mod = re.sub(r"\s+", " ", mod)
    start, end = m.span()
    if m.group("vague"):
        v = _VAGUE.get(re.sub(r"\s+", " ", m.group("vague").lower()))
        if v is None:
            return None
        return Quantity(v, v, None, start, end, vague=True)
    if m.group("lo") or m.group("blo") or m.group("lo2"):
        lo = word_to_int(m.group("lo") or m.group("blo") or m.group("lo2"))
        hi = word_to_int(m.group("hi") or m.group("bhi") or m.group("hi2"))
        if lo is None or hi is None:
            return None
        if hi < lo:
            lo, hi = hi, lo
        return Quantity(lo, lo, hi, start, end)
    n = word_to_int(m.group("n"))
    if n is None:
        return None
    if mod in ("at least", "not less than", "no fewer than", "a minimum of", "more than", "over", "upwards of"):
        return Quantity(n, n, None, start, end)   # ACLED: the stated figure is the conservative count
    if mod in ("up to", "as many as", "at most"):
        return Quantity(n, None, n, start, end)
    return Quantity(n, n if not mod else None, n if not mod else None, start, end)


def quantities(text: str) -> list[Quantity]:
    """Every number phrase in ``text`` (digits, words, ranges, modifiers, vague quantities)."""
    out = []
    for m in QUANTITY_RE.finditer(text):
        q = parse_quantity(m)
        if q is not None:
            out.append(q)
    return out


# -- casualties ---------------------------------------------------------------------------------------
KILL = r"(?:killed|killing|kills|dead|died|dies|slain|martyred|shot\s+dead|lost\s+their\s+lives|lost\s+his\s+life|perished|murdered|executed|beheaded|massacred|fatalities|deaths|bodies)"
INJURE = r"(?:injured|injuring|injures|wounded|wounding|wounds|hurt|injuries|maimed)"
ATTACKER = re.compile(r"\b(?:bombers?|suicide\s+bombers?|assailants?|attackers?|gunm[ae]n|perpetrators?|hijackers?)\b", re.I)
_BLOCK = re.compile(r"\b(?:attacked|attack|stormed|opened|detonated|fired|launched|targeted|abducted|kidnapped|ambushed|"
                    r"raided|claimed|said|says|after|when|while|who|which|that|then|over|for|accused|suspected|arrested|detained|"
                    r"charged|convicted|sentenced|blamed|responsible|behind|linked)\b|[;:]", re.I)
_NOUN_GAP = r"[^.;:!?]{0,90}?"
_AUX = r"(?:(?:were|was|are|is|have|has|had|been|being|reportedly|also|later|all|both|allegedly|confirmed|reported|\s)+)?"
_PASSIVE_AFTER = re.compile(rf"^(?P<gap>{_NOUN_GAP})\b{_AUX}(?:(?P<k>{KILL})|(?P<i>{INJURE}))\b", re.I)
_ACTIVE_BEFORE = re.compile(rf"\b(?:(?P<k>kill(?:ed|ing|s)?|left|leaving|claimed\s+the\s+lives\s+of|(?:death\s+)?toll(?:\s+(?:\w+\s+){{0,5}}(?:to|at|of|reached))?|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|(?:people|those)\s+killed)\s+(?:\w+\s+){{0,4}}(?:to|at|reached)|massacred|executed)|(?P<i>injur(?:ed|ing|es)?|wound(?:ed|ing|s)?))\s+$", re.I)
_ZERO_K = re.compile(r"\bno\s+(?:one|body|reported\s+)?(?:was\s+|were\s+)?(?:casualties|fatalities|deaths|killed|dead|one\s+(?:was\s+)?(?:killed|hurt|injured)|loss\s+of\s+life)\b|"
                     r"\bwithout\s+(?:causing\s+)?(?:any\s+)?casualties\b|\bno\s+one\s+was\s+(?:killed|hurt|injured)\b", re.I)
_ZERO_I = re.compile(r"\bno\s+(?:reported\s+)?(?:casualties|injuries)\b|\bno\s+one\s+was\s+(?:hurt|injured)\b|\bwithout\s+(?:causing\s+)?(?:any\s+)?casualties\b", re.I)
_ONE_K = re.compile(rf"\b(?:kill(?:ed|ing|s)|shot\s+dead|murdered|executed|beheaded|assassinated|lynched|stabbed\s+to\s+death)\s+(?:him|her|a\s+\w+|an\s+\w+|one\s+\w+|the\s+(?:\w+\s+){{0,2}}(?:official|leader|commander|chief|elder|journalist|judge|cleric|soldier|policeman|officer|governor|mayor|driver|man|woman|boy|girl|child|civilian|owner|teacher|member|activist|candidate|imam|doctor|student|worker|farmer|guard|gunman|attacker|assailant|bomber|militant|fighter|insurgent))\b|"
                    rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}(?:was|got)\s+(?:(?:also|reportedly|later)\s+)?(?:killed|shot\s+dead|slain|murdered|beheaded)\b|"
                    # "a 16-year-old girl died of her wounds", "one of the guards later died"
                    rf"\b(?:a|an|one)\s+(?!(?:day|week|month|year|hour)s?\b)(?:[\w-]+\s+){{0,3}}?(?:(?:also|later|reportedly)\s+)?died\b|"
                    rf"\b(?:he|she)\s+(?:was\s+|later\s+)?(?:killed|died|(?:was\s+)?shot\s+dead)\b", re.I)
# "killed a village head and his son", "shot dead a trader and his wife": the one victim and a relative named
# after it are two
_AND_KIN = re.compile(r"(?:\s+[\w-]+){0,2}?\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:son|daughter|wife|husband|"
                      r"brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|child|"
                      r"bodyguard|driver|guard|assistant)\b", re.I)
_ONE_I = re.compile(r"\b(?:a|an|one)\s+(?:\w+\s+){0,3}(?:was|got)\s+(?:(?:also|reportedly|seriously|critically|slightly)\s+)?(?:injured|wounded|hurt)\b|"
                    r"\b(?:injur(?:ed|ing)|wound(?:ed|ing))\s+(?:him|her|a\s+\w+|an\s+\w+)\b", re.I)

# a kill verb in a relative clause of the perfect after a person or a plural ("the militants, who have
# killed 30 people since ...", "attacks that have killed"): a record over time, never one incident's toll
_CUMULATIVE_REL = re.compile(r"\b(?:who|whom|whose\s+[\w-]+|(?:which|that)(?=\s+(?:[\w-]+\s+){0,2}?have\b))\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+(?:(?:already|also|now|since|reportedly|together)\s+)?$", re.I)
# "N nouns and M nouns" right after an active kill verb's count
# (the first noun may carry a short 'of' phrase: "11 fighters of the rebel alliance and 23 soldiers"; the second
# count's noun is no preposition: "11 on Monday and 23 on Tuesday" are two days)
_AND_MORE = re.compile(rf"(?P<noun1>\s+[\w-]+(?:\s+[\w-]+)?|\s+[\w-]+\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?[\w-]+)??\s+and\s+"
                       rf"(?:(?:at\s+least|about|some)\s+)?(?P<n>{_DIGITS}|{_WORD})\s+"
                       rf"(?P<noun>(?!(?:were|was|are|is|have|has|had|people\s+were|others?\s+were|on|in|at|by|for|from|"
                       rf"to|of|with|during|near|since|after|before)\b)[\w-]+)\b(?!\s+(?:were|was)\b)", re.I)
# "killed two soldiers and a civilian": one more victim, named in the singular after the count's noun (not "and a
# day later", "and a vehicle was burned")
_AND_ONE = re.compile(r"(?:\s+[\w-]+){1,4}?\s+and\s+(?:a|an|one)\s+(?!(?:day|week|month|year|hour|minute|time|while|"
                      r"half|few|number|lot|total|further|second|third|later|short|bit|little|couple|dozen|series)\b)"
                      r"(?:[\w-]+\s+)?[\w-]+\b(?!\s+(?:were|was|is|are|had|has)\b)"
                      # "and a member of a pro-government tribal force": the one more named by its group
                      # (no verb in it: "and a member of the council condemned it" is a clause of its own)
                      r"(?:(?<=member)\s+of\s+(?:the|an?)\s+(?:(?![a-z]+ed\b)[\w-]+\s+){0,4}?(?![a-z]+ed\b)[\w-]+)?"
                      r"(?=\s*(?:[,.;]|$|\s+(?:in|at|on|near|and|when|while|during|as)\b))", re.I)
# "two soldiers and a civilian were killed": the passive's subject ends in one more, singular
_GAP_AND_ONE = re.compile(r"\band\s+(?:a|an|one)\s+(?:[\w-]+\s+)?[\w-]+\s*$", re.I)
# "the death toll from <a long description of the attack> rose to 45": an update whose subject is too long for
# _ACTIVE_BEFORE's toll (read in a wider window)
# ("the death toll, which stood at three at first, rose to seven": a relative clause set off after "toll"; "By
# Wednesday it had risen to 14, including ...", "it" the toll of the sentence before: _ANAPHORIC_TOLL)
_RISE = r"(?:rose|risen|rises|climbed|jumped|increased|grew|mounted)"
_TOLL_ROSE = re.compile(r"\b(?P<k>(?:(?:death\s+)?toll,?\s+(?:[\w'’-]+,?\s+){0,20}?|(?P<it>it)\s+)(?:has\s+|had\s+)?"
                        r"(?:" + _RISE + r"\s+to|reached))\s+$", re.I)
_RISE_TO = re.compile(r"\b" + _RISE + r"\s+to\b", re.I)
# "it had risen to 14, including the three bombers" / "it had risen to 14 dead": what follows the figure says it
# counts the dead (the sentence alone is read here, so the toll "it" stands for is out of sight)
_ANAPHORIC_TOLL = re.compile(r"\s*(?:(?:people|dead|deaths|victims|bodies)\b|,?\s*(?:including|among\s+them)\s+"
                             r"(?:the\s+)?(?:\w+\s+){0,2}?(?:bombers?|attackers?|assailants?|gunmen|militants|"
                             r"fighters|victims|civilians|soldiers|policemen|children|women)\b)", re.I)
_LIST_NEXT = re.compile(rf"^\s*[\w-]+(?:\s+[\w-]+){{0,5}}?,\s+(?:(?:at\s+least|about)\s+)?(?:\d|(?:{_WORD})\b)", re.I)
_SUBSET = re.compile(r"\b(?:of\s+them|of\s+whom|among\s+them|including)\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may)\s+(?:have\s+)?(?:been\s+)?|\bthreaten\w*|\bif\b", re.I)
_IN_ADDITION = re.compile(r"\b(?:in\s+addition\s+to|besides|as\s+well\s+as)\s+the\s+(?:suicide\s+)?(?:bomber|assailant|attacker|gunman)\b", re.I)
_ATT_ONE = re.compile(r"\bthe\s+(?:suicide\s+)?(?:bomber|assailant|attacker|gunman|perpetrator)\s+(?:(?:was|also|later|reportedly)\s+)*(?:killed|died|shot\s+dead|blew\s+(?:him|her)self\s+up)\b", re.I)
_NAMED_K = re.compile(r"\b(?:[Kk]ill(?:ed|ing)|[Ss]hot\s+dead|[Mm]urdered|[Ee]xecuted|[Bb]eheaded|[Aa]ssassinated)\s+(?:[A-Z][a-z]+\s*){1,3}(?:[,.;]|$)")


@dataclass(frozen=True)
class Casualty:
    kind: str            # "killed" | "injured"
    quantity: Quantity
    attackers: bool      # the dead/injured are the attackers (kept apart from victims)
    including_attackers: bool
    start: int           # span of the whole mention
    end: int


def _not_people_rx() -> re.Pattern:
    if not _NOT_PEOPLE:
        from .. import lexicons
        _NOT_PEOPLE.append(re.compile(r"[\s-]+(?:[\w-]+\s+)?(?:" + lexicons.alternation("numbers_non_person_nouns") + r")\b", re.I))
    return _NOT_PEOPLE[0]


_NOT_PEOPLE: list = []


def _dozens(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"two dozen" is 24, not "two" and "dozen" (casualty counts only)."""
    out: list[Quantity] = []
    for q in qs:
        if out and text[q.start:q.end].lower() == "dozen" and not text[out[-1].end:q.start].strip():
            p = out.pop()
            v = p.best * 12
            q = Quantity(v, v if p.low is not None else None, p.high * 12 if p.high is not None else None, p.start, q.end, p.vague)
        out.append(q)
    return out


def casualties(text: str, offset: int = 0) -> list[Casualty]:
    """Casualty mentions in one sentence or clause: "at least 10 people were killed", "killing three",
    "no casualties", "a soldier was wounded". Spans are shifted by ``offset``."""
    out: list[Casualty] = []
    used: list[tuple[int, int]] = []
    qs = _dozens(text, quantities(text))
    pending: list[Quantity] = []
    extra: list[Casualty] = []
    not_people = _not_people_rx()
    # "one in five of those killed was a child": the figures of a share are no count of the dead
    shares = [(f.start, f.end) for f in figures(text) if f.kind == "fraction"] if re.search(r"\d\s+in\s+\d|\w\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)\b", text, re.I) else []
    for q in qs:
        if text[q.end:q.end + 1] in ("%", "/") or text[max(0, q.start - 1):q.start] in ("/", "$", "#"):
            continue
        if any(a <= q.start < b for a, b in shares):
            continue
        if not_people.match(text, q.end):
            continue   # "from 18 nationalities": a count of something else
        if q.best >= 1900 and q.best <= 2100 and q.low == q.high:
            continue  # a year
        word = text[q.start:q.end].lower().strip()
        if word in ("a", "an", "one", "no", "single") and not re.search(r"\d", word):
            continue  # handled by the singular patterns below
        after = text[q.end:q.end + 120]
        before = text[max(0, q.start - 60):q.start]
        kind = None
        span_end = q.end
        noun = ""
        mb = _ACTIVE_BEFORE.search(before)
        if mb is None:
            wide = text[max(0, q.start - 160):q.start]
            mw = _TOLL_ROSE.search(wide)
            if mw is not None and mw.group("it") and not _ANAPHORIC_TOLL.match(text, q.end):
                mw = None
            if mw is not None:
                before, mb = wide, mw
        if mb and _CUMULATIVE_REL.search(before, 0, mb.start()):
            continue   # "militants who have killed 30 people": the actor's record, not an incident's toll
        if mb:
            kind = "killed" if mb.group("k") else "injured"
            span_start = q.start - (len(before) - mb.start())
            noun = after[:40]
            nm = re.match(r"[\w\s\-']{0,40}", noun)
            noun = nm.group(0) if nm else ""
            nxt = _AND_MORE.match(text, q.end)
            q2 = next((x for x in qs if nxt and x.start == nxt.start("n")), None)
            if q2 is not None and not q2.vague and not q.vague and kind == "killed":
                noun = text[q.end:nxt.start("n")]
                if ATTACKER.match(text, nxt.start("noun")) or re.match(r"of\s+(?:the|them)\s+(?:suicide\s+)?(?:bombers|assailants|attackers|gunmen)\b", text[nxt.start("noun"):], re.I):
                    # "killed three soldiers and two attackers": the attackers are counted apart
                    extra.append(Casualty("killed", q2, True, False, q2.start + offset, q2.end + offset))
                elif not ATTACKER.search(noun):
                    # "killing six guests and two guards": one toll of both groups
                    q = Quantity(q.best + q2.best, q.low + q2.best if q.low is not None else None, None, q.start, q2.end)
                    span_end = q2.end
            elif q2 is None and not q.vague and kind == "killed":
                one = _AND_ONE.match(text, q.end)
                if one is not None and not ATTACKER.search(one.group(0)):
                    q = Quantity(q.best + 1, q.low + 1 if q.low is not None else None, None, q.start, one.end())
                    span_end = one.end()
        else:
            ma = _PASSIVE_AFTER.match(after)
            if ma and _RISE_TO.search(ma.group("gap")):
                ma = None    # "stood at two at first, rose to seven, ... as two wounded died": the update's figure between
            if ma and not _BLOCK.search(ma.group("gap")):
                gap_nums = re.findall(r"\d+", not_people.sub(" ", re.sub(r"\d[\d,]*(?=" + not_people.pattern + ")", "",
                                                                         ma.group("gap"))))
                and_num = re.search(r"\b(?:and|or)\s+(?:(?:at\s+least|about)\s+)?\d", ma.group("gap"))
                # "36 militants, 12 police and seven civilians were killed": a list of groups, one toll
                list_num = _LIST_NEXT.match(ma.group("gap")) and not _SUBSET.search(ma.group("gap"))
                if gap_nums and not and_num and not list_num and not _SUBSET.search(ma.group("gap")):
                    continue
                if (list_num or re.search(r"\b(?:and|or)\s+(?:(?:at\s+least|about)\s+)?(?:\d|%s)" % _WORD, ma.group("gap"), re.I)) \
                        and not re.match(r"[^,;]*?,?\s*\b(?:including|among\s+them)\b", ma.group("gap"), re.I):
                    pending.append(q)   # "3 soldiers and 2 civilians were killed": added to the next one
                    continue
                kind = "killed" if ma.group("k") else "injured"
                noun = ma.group("gap")
                span_start, span_end = q.start, q.end + ma.end()
                if not q.vague and _GAP_AND_ONE.search(noun) and not ATTACKER.search(noun):
                    q = Quantity(q.best + 1, q.low + 1 if q.low is not None else None, None, q.start, q.end)
                if pending:
                    first = pending[0]
                    tot = sum(p.best for p in pending) + q.best
                    q = Quantity(tot, tot if q.low is not None else None, None, first.start, q.end)
                    span_start = first.start
                    pending = []
            else:
                pending = []
                continue
        # "killed 5 and wounded 7", "5 killed and 7 wounded": the verb closest to the number wins
        if mb is None:
            pass
        if re.match(r"[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilometres|kilometers|miles|metres|meters|percent|per\s+cent|%|times|attacks|incidents|operations)\b",
                    text[q.end:q.end + 20], re.I) or _incident_noun_rx().match(text, q.end):
            continue   # "two bombings killed 30": a count of incidents, not of the dead
        if any(s <= q.start < e for s, e in used):
            continue
        if _HYPOTHETICAL.search(text[max(0, span_start - 30):span_end]):
            continue   # "dozens of people would have died"
        used.append((q.start, max(q.end, span_end)))
        # "four assailants, including two foreigners": the assailants are the dead; "20 people, including
        # the two bombers": the toll includes the attackers
        inc = re.search(r"\b(?:including|among\s+them)\b", noun, re.I)
        head, tail = (noun[:inc.start()], noun[inc.end():]) if inc else (noun, "")
        if inc and inc.group(0).lower().startswith("among"):   # "six people, the two bombers among them"
            cut = head.rfind(",")
            head, tail = (head[:cut], head[cut:]) if cut >= 0 else ("", head)
        attackers = bool(ATTACKER.search(head))
        including = bool(inc and ATTACKER.search(tail)) and not attackers
        out.append(Casualty(kind, q, attackers, including, span_start + offset, span_end + offset))
    for c in extra:
        if not any(x.start <= c.start < x.end for x in out):
            out.append(c)
            used.append((c.start - offset, c.end - offset))
    for rx, kind in ((_ZERO_K, "killed"), (_ZERO_I, "injured")):
        for m in rx.finditer(text):
            out.append(Casualty(kind, Quantity(0, 0, 0, m.start() + offset, m.end() + offset), False, False,
                                m.start() + offset, m.end() + offset))
    m = _IN_ADDITION.search(text)
    if m and any(c.kind == "killed" for c in out):
        out.append(Casualty("killed", Quantity(1, 1, 1, m.start() + offset, m.end() + offset), True, False,
                            m.start() + offset, m.end() + offset))
    for m in _ATT_ONE.finditer(text):
        if not any(c.attackers and c.kind == "killed" for c in out):
            out.append(Casualty("killed", Quantity(1, 1, 1, m.start() + offset, m.end() + offset), True, False,
                                m.start() + offset, m.end() + offset))
    for rx, kind in ((_ONE_K, "killed"), (_ONE_I, "injured"), (_NAMED_K, "killed")):
        for m in rx.finditer(text):
            if any(c.kind == kind and c.start - offset <= m.start() < c.end - offset for c in out):
                continue
            att = bool(ATTACKER.search(m.group(0)))
            kin = _AND_KIN.match(text, m.end()) if rx is _ONE_K and re.match(
                r"(?:kill|shot|murder|execut|behead|assassin|lynch|stabb)", m.group(0), re.I) else None
            n, end = (2, kin.end()) if kin else (1, m.end())
            out.append(Casualty(kind, Quantity(n, n, n, m.start() + offset, end + offset), att, False,
                                m.start() + offset, end + offset))
    for m in _AR_CASUALTY.finditer(text):
        n = _ar_number(m.group("n"))
        if n is None:
            continue
        kind = "killed" if m.group("k") else "injured"
        out.append(Casualty(kind, Quantity(n, n, n, m.start() + offset, m.end() + offset), False, False,
                            m.start() + offset, m.end() + offset))
    out.sort(key=lambda c: c.start)
    return out


# Arabic: "قتل ثلاثة مدنيين", "مقتل 5 جنود", "إصابة سبعة آخرين"
_AR_NUMS = {"واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5,
            "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
            "عشرات": 10, "مئات": 100}
_AR_CASUALTY = re.compile(r"(?:(?P<k>قتل|مقتل|استشهاد|مصرع)|(?P<i>إصابة|اصابة|جرح|إصابه))\s+(?P<n>[0-9٠-٩]+|"
                          + "|".join(sorted(_AR_NUMS, key=len, reverse=True)) + r")(?![\w])")


def _ar_number(s: str) -> int | None:
    s = s.translate(_AR_DIGITS)
    if s.isdigit():
        return int(s)
    return _AR_NUMS.get(s)


@dataclass(frozen=True)
class Toll:
    fatalities: int | None
    low: int | None
    high: int | None
    injured: int | None
    attacker_fatalities: int | None
    spans: tuple[tuple[int, int], ...]
    injured_spans: tuple[tuple[int, int], ...]
    joint: bool = False   # the only toll given covers several incidents together: not apportioned (unknown)


def combine(mentions: list[Casualty]) -> Toll:
    """Combine the casualty mentions of one event into ACLED figures.

    Victim counts in different mentions are taken as repeats of one toll (the largest wins), attacker
    deaths reported apart are added to the total (ACLED counts every death) and also kept apart."""
    kv = [c for c in mentions if c.kind == "killed" and not c.attackers]
    ka = [c for c in mentions if c.kind == "killed" and c.attackers]
    inj = [c for c in mentions if c.kind == "injured" and not c.attackers]
    spans, ispans = [], []
    best = low = high = None
    if kv:
        pos = [c for c in kv if c.quantity.best > 0] or kv
        top = max(pos, key=lambda c: c.quantity.best)
        best, low, high = top.quantity.best, top.quantity.low, top.quantity.high
        spans.append((top.start, top.end))
    att = None
    if ka:
        top_a = max(ka, key=lambda c: c.quantity.best)
        att = top_a.quantity.best
        spans.append((top_a.start, top_a.end))
        if not any(c.including_attackers for c in kv):
            best = (best or 0) + att
            low = None if low is None and kv else (low or 0) + att
            high = None if high is None else high + att
    elif any(c.including_attackers for c in kv):
        att = None
    injured = None
    if inj:
        pos = [c for c in inj if c.quantity.best > 0] or inj
        top_i = max(pos, key=lambda c: c.quantity.best)
        injured = top_i.quantity.best
        ispans.append((top_i.start, top_i.end))
    return Toll(best, low, high, injured, att, tuple(spans), tuple(ispans))


_UPDATE = re.compile(r"\btoll\b[^.;]{0,110}?\b(?:rose|risen|rises|climbed|jumped|increased|reached|grew|mounted)\b|"
                     r"\b(?:rose|risen|climbed|jumped|increased)\s+to\b", re.IGNORECASE)
TOLL_FALLBACK = "conservative"
_STATED = re.compile(r"(?:death\s+)?toll\b", re.IGNORECASE)   # a casualty mention "(death) toll at 20"
# a source's own estimate of a toll: "put the death toll at 24", "gave a toll of 20", "estimated the toll at"
_PUT_FIGURE_AT = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|a|its|their)\s+(?:[\w-]+\s+)?"
                            r"(?:figure|number|count|tally)\s+at\s+$", re.IGNORECASE)   # "put the figure at 11 dead"
_PUT_AT = re.compile(r"\b(?:put|puts|putting|gave|gives|giving|estimated|estimates|placed|places|cited|reported)\s+"
                     r"(?:the|a|its|their|his|her)\s+(?:own\s+|lower\s+|higher\s+|different\s+)?$", re.IGNORECASE)


def _incident_noun_rx() -> re.Pattern:
    if not _INCIDENT_NOUN:
        from .. import lexicons
        _INCIDENT_NOUN.append(re.compile(r"[\s-]+(?:[\w-]+\s+)?(?:" + lexicons.alternation("events_incident_plurals")
                                         + r"|bombs|rockets|shells|mortars|mortar\s+rounds|missiles|devices|grenades)\b", re.I))
    return _INCIDENT_NOUN[0]


_INCIDENT_NOUN: list = []
# "attacks across the country killed 25", "violence around the province left 12 dead": a toll of the day's wave
_WAVE_SPREAD = re.compile(r"\b(?:attacks|bombings|blasts|explosions|violence|clashes|fighting|strikes|raids)\s+"
                          r"(?:across|around|throughout|all\s+over|in\s+(?:several|various|different|many)\s+(?:parts|areas|cities|towns|provinces|districts))\b", re.I)


def _joint(text: str, c: Casualty) -> bool:
    """Does the toll cover several incidents ("the two bombings killed 30", "twin blasts left 12 dead")?"""
    from .. import lexicons
    rx = _JOINT_RX[0] if _JOINT_RX else None
    if rx is None:
        rx = re.compile(r"\b(?:" + lexicons.alternation("events_joint_quantifiers") + r")\s+(?:[\w-]+\s+)?(?:"
                        + lexicons.alternation("events_incident_plurals") + r")\b", re.IGNORECASE)
        _JOINT_RX.append(rx)
    a = text.rfind(".", 0, c.start) + 1
    return bool(rx.search(text, max(a, c.start - 80), c.end) or _WAVE_SPREAD.search(text, max(a, c.start - 80), c.end)
                or _two_kinds(text, c))


_JOINT_RX: list = []
_TWO_KINDS_RX: list = []


def _two_kinds(text: str, c: Casualty) -> bool:
    """Is the toll told as the work of two kinds of combat together ("30 militants were killed in the clashes and
    by coalition air strikes", "31 died in the ground fighting and in the air strikes supporting it")? Such a
    toll cannot be apportioned to the battle or to the strikes: each is an incident of its own, with no share."""
    if not _TWO_KINDS_RX:
        from .. import lexicons
        kind = r"(" + lexicons.pattern("events_combat_nouns") + r")"
        pre = r"(?:in|by|during|from|under)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
        _TWO_KINDS_RX.append(re.compile(r"\b" + pre + kind + r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:" + pre + r")?"
                                        r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?" + kind + r"\b", re.IGNORECASE))
    stop = re.search(r"[;.]", text[c.end:c.end + 120])
    end = c.end + (stop.start() if stop else 120)
    m = _TWO_KINDS_RX[0].search(text, c.end, end)
    if m is None or m.start() - c.end > 40:
        return False
    if _A_FIGURE.search(text, m.end(1), m.start(2)):
        return False      # "five were killed in the clashes and three in the air strikes": told apart
    return _combat_kind(m.group(1)) != _combat_kind(m.group(2))


_A_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|"
                       r"hundreds|several|many|others?|more)\b", re.IGNORECASE)


def _combat_kind(noun: str) -> str:
    n = noun.lower()
    if re.search(r"air|drone|strike|raid", n):
        return "air"
    if re.search(r"shell|bombard|mortar|artillery|rocket|missile", n):
        return "shelling"
    if re.search(r"bomb|explosion", n):
        return "bomb"
    return "ground"


# the side a count of the dead in a battle belongs to, by the noun it counts
_STATE_SIDE = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|police(?:m[ae]n)?|officers|guards|personnel|"
                         r"(?:security|government|army|pro-government)\s+(?:forces|fighters)|"
                         # "two members of the tribal mobilisation", "members of a pro-government militia": the men of
                         # a force that fights beside the state, counted as members of it
                         r"members\s+of\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:forces|army|police|militias?|mobili[sz]ation|"
                         r"guards?|units?|brigades?|battalions?)|"
                         r"pro-(?:government|regime|army)\s+(?:[\w-]+\s+)?(?:militias?|militiam[ae]n|fighters|tribesmen|volunteers))\b", re.I)
_ARMED_SIDE = re.compile(r"\b(?:militants?|insurgents?|fighters|jihadists?|rebels?|terrorists?|bandits?|extremists?|"
                         r"gunm[ae]n|attackers?|assailants?|raiders?|militiam[ae]n)\b", re.I)


def _side(text: str, c: Casualty) -> str | None:
    """'state' or 'armed' for the dead a mention counts ("two soldiers were killed", "killing 17 insurgents"),
    or None (people, civilians, or no noun)."""
    a, b = c.start, c.end
    stop = re.search(r"[,;.:]", text[b:b + 60])
    window = text[a:b + (stop.start() if stop else 60)]
    st, ar = _STATE_SIDE.search(window), _ARMED_SIDE.search(window)
    if st and (not ar or st.start() < ar.start()):
        return "state"
    return "armed" if ar else None


def event_toll(mentions: list[Casualty], text: str, anchor: tuple[int, int] | None = None, battle: bool = False) -> Toll:
    """The ACLED reading of one event's casualty mentions in a full report (issue 9): an update ("the death
    toll rose to 41") supersedes the figures told before it (the highest update wins: tolls only rise);
    else the figure of the event's own sentence, where the report states its toll; else, among figures
    that later sentences attribute to different sources, the most conservative. Attackers stay apart.
    In a ``battle`` told with the dead of each side apart ("two soldiers were killed" ... "17 insurgents were
    killed"), each side's toll is read so and the two are added (ACLED counts the dead of both sides)."""
    if battle:
        t = _two_sides(mentions, text, anchor)
        if t is not None:
            return t
    victims = [c for c in mentions if c.kind == "killed" and not c.attackers]
    rest = [c for c in mentions if not (c.kind == "killed" and not c.attackers)]
    single = [c for c in victims if not _joint(text, c)]
    if victims and not single:   # "two bombings killed 30": no share of it can be told for one incident
        t = combine(rest)
        return Toll(None, None, None, t.injured, t.attacker_fatalities, t.spans, t.injured_spans, joint=True)
    mentions = single + rest
    victims = single
    upd = [c for c in victims if _UPDATE.search(text, max(0, c.start - 60), c.end)]
    if upd:
        top = max(upd, key=lambda c: c.quantity.best)
        # a lower toll that another source puts on it after the update ("the toll rose to 30 ... a militia
        # leader put the death toll at 24") is a distinct source's figure: ACLED takes the most conservative
        other = [c for c in victims if c.start > top.end and 0 < c.quantity.best < top.quantity.best
                 and ((_STATED.match(text, c.start, c.end) and _PUT_AT.search(text, max(0, c.start - 40), c.start))
                      or _PUT_FIGURE_AT.search(text, max(0, c.start - 60), c.start))]
        return combine([min(other, key=lambda c: c.quantity.best) if other else top] + rest)
    own = [c for c in victims if anchor is not None and anchor[0] <= c.start < anchor[1]]
    if own:
        # a toll another source "put at" N in the event's own sentence ("killing 20, police said, while a
        # monitor put the toll at 35") is a second source's figure, not the sentence's own toll
        plain = [c for c in own if not _STATED.match(text, c.start, c.end)] or own
        t = combine(plain + rest)
        # a lower toll another source states later ("a local medic gave a toll of 20") wins: ACLED takes the
        # most conservative figure among sources
        stated = [c for c in victims if c not in plain and 0 < c.quantity.best < (t.fatalities or 0)
                  and _STATED.match(text, c.start, c.end)]
        return combine([min(stated, key=lambda c: c.quantity.best)] + rest) if stated else t
    pos = [c for c in victims if c.quantity.best > 0]
    if pos and TOLL_FALLBACK == "conservative":
        return combine([min(pos, key=lambda c: c.quantity.best)] + rest)
    return combine(mentions)


def _two_sides(mentions: list[Casualty], text: str, anchor: tuple[int, int] | None) -> Toll | None:
    """The toll of a battle whose victim counts name both sides and none of unknown side ("dozens of people
    were killed": perhaps the total); None otherwise. Attackers counted apart leave it to the
    usual reading (they are one of the sides already)."""
    victims = [c for c in mentions if c.kind == "killed" and not c.attackers and c.quantity.best > 0]
    if any(c.kind == "killed" and c.attackers for c in mentions) or len(victims) < 2:
        return None
    sides: dict[str | None, list[Casualty]] = {}
    for c in victims:
        sides.setdefault(_side(text, c), []).append(c)
    if not sides.get("state") or not sides.get("armed"):
        return None
    rest = [c for c in mentions if c.kind != "killed"]
    parts = [event_toll(sides[k], text, anchor) for k in ("state", "armed")]
    if any(p.fatalities is None for p in parts):
        return None
    total = sum(p.fatalities for p in parts)
    if sides.get(None):   # a count of "people" beside them may be the total: the usual reading
        return None
    inj = combine(rest)
    low = sum(p.low for p in parts) if all(p.low is not None for p in parts) else None
    return Toll(total, low, None, inj.injured, None, tuple(s for p in parts for s in p.spans), inj.injured_spans)


# -- aggregate figures (claims): the stated value, not the ACLED reading ---------------------------------------
@dataclass(frozen=True)
class Figure:
    """A figure as stated, for aggregate claims: "more than 150" = value 150, low 150 (the annotation brief keeps
    the stated value of a one-sided figure); "up to 8" = value 8, high 8; "between 500 and 700" = low 500,
    high 700, value None; "37 percent" = 37 (kind percent); "two-thirds" = 66.67 (kind fraction, in percent);
    "the third attack" = 3 (kind ordinal)."""
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    kind: str                  # count | percent | fraction | ordinal
    start: int
    end: int
    vague: bool = False


_LOW_MODS = ("at least", "not less than", "no fewer than", "a minimum of", "more than", "over", "upwards of")
_HIGH_MODS = ("up to", "as many as", "at most", "nearly", "almost", "close to")
_PERCENT_RE = re.compile(rf"\b(?:(?P<mod>{_MOD})\s+)?(?P<n>\d+(?:\.\d+)?|{_WORD})(?:\s*-?\s*(?:percent|per\s+cent)\b|\s*%|\s?(?:pc|pct)(?![\w-]))",
                         re.IGNORECASE)
_FRACTIONS = {"half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
              "one-third": 100 / 3, "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25.0,
              "one quarter": 25.0, "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0,
              "one fifth": 20.0, "one-fifth": 20.0, "two fifths": 40.0, "two-fifths": 40.0, "a tenth": 10.0,
              "one tenth": 10.0, "one-tenth": 10.0}
_FRACTION_RE = re.compile(r"\b(?:(?P<mod>" + _MOD + r")\s+)?(?P<f>" + "|".join(
    sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _FRACTIONS), key=len, reverse=True)) + r")(?:\s+of\b|"
    r"(?<=half)\s+(?=(?:the|its|their|his|her)\s))",    # 'half of the city', 'half the country's population'
    re.IGNORECASE)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL_RE = re.compile(r"\b(?:the|its|their|[A-Za-z]+['’]s)\s+(?P<o>" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)


_A_MILLION_RE = re.compile(rf"\b(?:(?P<mod>{_MOD})\s+)?(?:(?P<h>half\s+a)|a)\s+(?P<u>million|billion)\b", re.IGNORECASE)


_ABBR_MILLION_RE = re.compile(rf"\b(?:(?P<mod>{_MOD})\s+)?(?P<n>\d+(?:\.\d+)?)(?P<u>m|mn|bn)(?![\w-])", re.IGNORECASE)


def _mod_bounds(mod: str, v: float) -> tuple[float | None, float | None, str | None]:
    mod = re.sub(r"\s+", " ", (mod or "").lower()).strip()
    if not mod:
        return None, None, None
    if mod in _LOW_MODS:
        return v, None, mod
    if mod in _HIGH_MODS:
        return None, v, mod
    return None, None, mod


def figures(text: str) -> list[Figure]:
    """Every figure in ``text``: counts (digits, words, ranges), percentages, fractions, ordinals."""
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for m in _PERCENT_RE.finditer(text):
        n = m.group("n")
        v = float(n) if re.fullmatch(r"\d+(?:\.\d+)?", n) else word_to_int(n)
        if v is None:
            continue
        lo, hi, q = _mod_bounds(m.group("mod"), float(v))
        out.append(Figure(float(v), lo, hi, q, "percent", m.start(), m.end()))
        taken.append(m.span())
    for m in _FRACTION_RE.finditer(text):
        v = round(_FRACTIONS[re.sub(r"\s+", " ", m.group("f").lower())], 2)
        lo, hi, q = _mod_bounds(m.group("mod"), v)
        out.append(Figure(round(v, 2), lo, hi, q, "fraction", m.start(), m.end("f")))
        taken.append(m.span())
    for m in _A_MILLION_RE.finditer(text):       # 'a million people', 'more than half a million'
        v = (0.5 if m.group("h") else 1.0) * (1e6 if m.group("u").lower() == "million" else 1e9)
        lo, hi, q = _mod_bounds(m.group("mod"), v)
        out.append(Figure(v, lo, hi, q, "count", m.start(), m.end()))
        taken.append(m.span())
    for m in _ABBR_MILLION_RE.finditer(text):    # '1.2m people', '3bn'
        v = float(m.group("n")) * (1e9 if m.group("u").lower() == "bn" else 1e6)
        lo, hi, q = _mod_bounds(m.group("mod"), v)
        out.append(Figure(v, lo, hi, q, "count", m.start(), m.end()))
        taken.append(m.span())
    for m in _ORDINAL_RE.finditer(text):
        o = m.group("o").lower()
        v = _ORDINALS.get(o) or int(re.match(r"\d+", o).group(0))
        out.append(Figure(float(v), None, None, None, "ordinal", m.start(), m.end()))
        taken.append(m.span())
    for m in QUANTITY_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        q = parse_quantity(m)
        if q is None:
            continue
        if q.vague:
            out.append(Figure(None, None, None, m.group("vague"), "count", m.start(), m.end(), vague=True))
            continue
        mod = m.group("mod") or ""
        yr = re.compile(r"(?:19|20)\d\d")
        if m.group("lo2") and yr.fullmatch(m.group("lo2")) and not yr.fullmatch(m.group("hi2")) and not mod:
            # 'from 40 in 2019 to 75 in 2020': a year, then the next figure, not a range '2019 to 75'
            v = word_to_int(m.group("hi2"))
            if v is not None:
                out.append(Figure(float(v), None, None, None, "count", m.start("hi2"), m.end("hi2")))
                taken.append(m.span("hi2"))
            continue
        if q.high is not None and q.low is not None and q.high != q.low:
            out.append(Figure(None, float(q.low), float(q.high), mod.lower() or None, "count", m.start(), m.end()))
            continue
        n = word_to_int(m.group("n")) if m.group("n") else q.best
        end = m.end()
        mult = re.match(r"(?:\.(\d+))?\s+(million|billion)\b", text[end:end + 20], re.IGNORECASE)
        if mult and m.group("n") and (re.fullmatch(r"\d+", m.group("n")) or not mult.group(1)):
            # '2 million', '1.5 million', 'two million'
            n = float(f"{n}.{mult.group(1) or 0}") * (1e6 if mult.group(2).lower() == "million" else 1e9)
            end += mult.end()
        lo, hi, qual = _mod_bounds(mod, float(n))
        out.append(Figure(float(n), lo, hi, qual, "count", m.start(), end))
        taken.append((m.start(), end))           # '3.2 million' is one figure, not also '2 million'
    out.sort(key=lambda f: f.start)
    return _readings(text, out)


_SMALL_WORD_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_BY_FRACTION = re.compile(r"\bby\s+(?:(?P<mod>about|around|nearly|almost|roughly|more\s+than|some|over)\s+)?"
                          r"(?P<f>half|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|a\s+fifth)\b(?!\s+of\b)", re.I)
_BY_FRACTION_V = {"half": 50.0, "a third": 33.33, "a quarter": 25.0, "two thirds": 66.67, "two-thirds": 66.67,
                  "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0}
_UPPER = re.compile(r"\b(?:no\s+more\s+than|(?:fewer|less)\s+than|under|below)\s+$", re.I)
_LOWER = re.compile(r"\bin\s+excess\s+of\s+$", re.I)
_SHARE_NOUNS: list = []


def _share_nouns() -> str:
    if not _SHARE_NOUNS:
        from .. import lexicons
        _SHARE_NOUNS.append(lexicons.alternation("claims_agg_people"))
    return _SHARE_NOUNS[0]


# "One in three schools has closed": "one in N" before any plural noun (not a time unit: "one in three days") is a share
_ONE_IN_ANY = r"|\s+(?!(?:days|weeks|months|years|hours|minutes|times)\b)[a-z][\w-]*[a-rt-z]s\b"


def _dozen(text: str, figs: list[Figure]) -> list[Figure]:
    """'two dozen' is 24, not 2 and 12; 'several dozen' is vague, not 12."""
    out: list[Figure] = []
    for f in figs:
        if out and f.kind == "count" and text[f.start:f.end].lower() == "dozen" and not text[out[-1].end:f.start].strip() \
                and out[-1].kind == "count":
            p = out.pop()
            if p.vague or p.value is None:
                out.append(Figure(None, None, None, p.qualifier, "count", p.start, f.end, vague=True))
            else:
                v = p.value * 12
                out.append(Figure(v, v if p.low is not None else None, v if p.high is not None else None, p.qualifier,
                                  "count", p.start, f.end))
            continue
        out.append(f)
    return out


def _readings(text: str, figs: list[Figure]) -> list[Figure]:
    """The readings of a figure that its words alone do not give: 'a quarter of a million' (a count, 250,000, not
    'a million'), '135 thousand' (a count), 'one in five' (a share, 20 percent, not a count of five), 'shrank by a
    third' (a share of change), 'fewer than 10,000' / 'under 1,000' (an upper bound) and 'in excess of 2,000' (a
    lower bound)."""
    out, drop = [], set()
    figs = _dozen(text, figs)
    for f in figs:
        if f.kind == "fraction" and f.value is not None:
            m = re.match(r"\s+of\s+a\s+(million|billion)\b", text[f.end:f.end + 20], re.I)
            if m:
                v = f.value / 100 * (1e6 if m.group(1).lower() == "million" else 1e9)
                lo, hi = (v if f.low is not None else None), (v if f.high is not None else None)
                out.append(Figure(round(v), lo, hi, f.qualifier, "count", f.start, f.end + m.end()))
                drop.update(id(g) for g in figs if f.end <= g.start < f.end + m.end())
                continue
        out.append(f)
    res = []
    for j, f in enumerate(out):
        m = re.match(r"\s+thousand\b", text[f.end:f.end + 12], re.I) if f.kind == "count" and f.value else None
        if m:                                                  # '135 thousand civilians'
            f = Figure(f.value * 1000, f.low * 1000 if f.low else f.low, f.high * 1000 if f.high else f.high, f.qualifier,
                       "count", f.start, f.end + m.end())
            out[j] = f
        if id(f) in drop:
            continue
        m = re.match(r"\s+in\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b(?=\s+of\b|\s*[,.;:]|\s+(?:[\w-]+\s+)?(?:" +
                     _share_nouns() + r")(?![\w-])" + (_ONE_IN_ANY if f.value == 1.0 else "") + r")", text[f.end:f.end + 40], re.I) \
            if f.kind == "count" and f.value in (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0) and not re.search(
                r"(?!(?:More|Nearly|About|Almost|Roughly|Some|Over|Around|Fewer|Less|Only|Just|Least)\s)[A-Z][\w-]*\s+$",
                text[max(0, f.start - 20):f.start]) else None
        if m:                                                  # 'one in five', 'three in four': a share
            n = int(m.group(1)) if m.group(1).isdigit() else _SMALL_WORD_N[m.group(1).lower()]
            if n >= 2 and n > f.value:
                v = round(100 * f.value / n, 2)
                res.append(Figure(v, v if f.low is not None else None, v if f.high is not None else None, f.qualifier,
                                  "fraction", f.start, f.end + m.end()))
                drop.update(id(g) for g in out if f.end < g.start < f.end + m.end())
                continue
        res.append(f)
    taken = [(f.start, f.end) for f in res if id(f) not in drop]
    for m in _BY_FRACTION.finditer(text):
        if any(x < m.end() and m.start() < y for x, y in taken):
            continue                                           # 'shrunk by about a quarter': a share lost
        v = _BY_FRACTION_V[re.sub(r"\s+", " ", m.group("f").lower())]
        mod = re.sub(r"\s+", " ", m.group("mod").lower()) if m.group("mod") else None
        lo = v if mod in ("more than", "over") else None
        hi = v if mod in ("nearly", "almost") else None
        res.append(Figure(v, lo, hi, mod, "fraction", m.start("mod") if mod else m.start("f"), m.end()))
    res.sort(key=lambda f: f.start)
    final = []
    for f in res:
        if id(f) in drop:
            continue
        a = f.start
        nm = re.search(r"\b(no|not)\s+$", text[max(0, a - 5):a], re.I)
        if nm and f.qualifier in ("more than", "over") and f.value is not None:
            # 'no more than 800': an upper bound, not 'more than 800'
            f = Figure(f.value, None, f.value, nm.group(1).lower() + " " + f.qualifier, f.kind,
                       a - len(text[max(0, a - 5):a]) + nm.start(), f.end)
        if f.qualifier is None and f.value is not None and f.kind in ("count", "percent") and not f.vague:
            lb = _LOWER.search(text[max(0, a - 14):a])
            ub = _UPPER.search(text[max(0, a - 16):a])
            if lb:                                             # 'in excess of 2,000 families': a lower bound
                f = Figure(f.value, f.value, None, "in excess of", f.kind, a - len(text[max(0, a - 14):a]) + lb.start(), f.end)
            elif ub:                                           # 'fewer than 10,000', 'under 1,000 fighters'
                f = Figure(f.value, None, f.value, re.sub(r"\s+", " ", ub.group(0).strip().lower()), f.kind,
                           a - len(text[max(0, a - 16):a]) + ub.start(), f.end)
        final.append(f)
    return final


# "two teenagers in explosive vests ... blew themselves up", "the bomber detonated his vest": the bombers die
_SELF_BLAST = re.compile(r"\b(?:blew\s+(?:themselves|himself|herself)\s+up|(?:got|were|was)\s+blown\s+up|"
                         r"detonated\s+(?:their|his|her)\s+(?:own\s+)?(?:explosives?|vests?|belts?|charges?|bombs?))\b",
                         re.IGNORECASE)
_BOMBER_NOUN = re.compile(r"\b(?:(?:suicide\s+)?bombers?|attackers?|assailants?|women|men|girls|boys|militants)\b",
                          re.IGNORECASE)


def self_blast_dead(text: str, sentences) -> int | None:
    """How many suicide bombers a passage says blew themselves up ("two bombers blew themselves up", "a
    bomber detonated his vest": 1), or None when it says none did. ACLED counts every reported death of
    the event, the bombers' too, so where no one else is reported killed they are the toll."""
    for a, b in sentences:
        s = text[a:b]
        m = _SELF_BLAST.search(s)
        if m is None:
            continue
        head = s[:m.start()]
        nouns = list(_BOMBER_NOUN.finditer(head))
        if not nouns:
            continue
        n = nouns[0]
        q = None
        for x in QUANTITY_RE.finditer(head[:n.start()]):
            if head[x.end():n.start()].strip() == "" or len(head[x.end():n.start()].split()) <= 2:
                q = parse_quantity(x)
        if q is not None and not q.vague:
            return q.best
        if re.search(r"\b(?:a|an|one|the)\s+(?:\w+\s+)?(?:suicide\s+)?bomber\b", head, re.IGNORECASE) and not n.group(0).lower().endswith("s"):
            return 1
        if re.search(r"\b(?:himself|herself|his|her)\b", m.group(0), re.IGNORECASE):
            return 1
    return None
