"""Event detection and ACLED typing, per sentence, with rules and lexicons written by the marsad authors.

``detect(text, published)`` is pure regular-expression work (no spaCy): it splits the text into sentences,
finds trigger words for each ACLED sub-event type, resolves them to one sub-event type per sentence
(most specific weapon first, then protests, territory, violence, strategic developments), drops
background mentions ("since 2016", "last year"), aggregate statements ("412 attacks in the first
quarter") and denials/hypotheticals, and groups the remaining sentences into ``Candidate`` events with
casualty figures, a date and actor mentions. ``pipeline.py`` then adds places (geocoder) and builds
``model.Event``s with ``build_event``.

Component: needs ``text``, ``published``; provides ``Candidate``s (sub-event type, evidence spans).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lexicons
from ..annotate import dates as dates_mod
from ..annotate import numbers as numbers_mod
from . import actors as actors_mod
from . import taxonomy

VERSION = "events-1"

I = re.IGNORECASE


def _rx(p: str) -> re.Pattern:
    return re.compile(p, I)


def _lex(name: str) -> re.Pattern:
    """A trigger or context pattern from regex lexicon NAME (marsad/data/lexicons/NAME.txt)."""
    return re.compile(lexicons.pattern(name), I)


# -- triggers ---------------------------------------------------------------------------------------------
CHEM = _lex("events_trigger_chemical")
SUICIDE = _lex("events_trigger_suicide")
AIR = _lex("events_trigger_air")
SHELL = _lex("events_trigger_shelling")
GRENADE = _lex("events_trigger_grenade")
IED = _lex("events_trigger_ied")
BLAST = _lex("events_trigger_blast")
SEX = _lex("events_trigger_sexual_violence")
ABDUCT = _lex("events_trigger_abduction")
CLASH = _lex("events_trigger_clash")
VIOLENCE = _lex("events_trigger_violence")
VIOLENCE_NOUN = _rx(r"^(?:gunm[ae]n|gunfire)$")
DISASTER = _lex("events_trigger_disaster")
NON_ATTACK_WEAPON = _lex("events_trigger_weapon_tests")
WEAK_VIOLENCE = _rx(r"^(?:killed|killing|kills|shot|attack(?:ed|s|ing)?|assault(?:ed)?|قتل|مقتل|هجوم)$")
RECAPTURE = _lex("events_trigger_recapture")
CAPTURE = _lex("events_trigger_capture")
TERRITORY = re.compile(r"\b(?:" + lexicons.alternation("events_territory") + r")\b|" + lexicons.alternation("events_territory_ar"), I)
PROTEST = _lex("events_trigger_protest")
PROT_VIOLENT = _lex("events_trigger_protest_violent")
PROT_FORCE = _lex("events_trigger_protest_force")
PROT_INTERV = _lex("events_trigger_protest_intervention")
MOB = _lex("events_trigger_mob")
AGREE = _lex("events_trigger_agreement")
ARREST = _lex("events_trigger_arrest")
CHANGE = _lex("events_trigger_group_change")
DISRUPT = _lex("events_trigger_disrupted_weapons")
HQ = _lex("events_trigger_headquarters")
LOOT = _lex("events_trigger_looting")
TRANSFER = _lex("events_trigger_transfer")
CIVILIAN_TARGET = re.compile(r"\b(?:" + lexicons.alternation("events_civilian_targets") + r")\b|"
                             + lexicons.alternation("events_civilian_targets_ar"), I)
ARMED_TARGET = re.compile(r"\b(?:" + lexicons.alternation("events_armed_targets") + r")\b|"
                          r"\b(?:on|against|targeting|ambushed|killing|killed|hit|struck)\s+(?:\w+\s+){0,3}(?:"
                          + lexicons.alternation("events_armed_groups_targeted") + r")\b|"
                          + lexicons.alternation("events_armed_targets_ar"), I)

# -- context filters --------------------------------------------------------------------------------------
BACKGROUND = _lex("events_context_background")
AGGREGATE = _lex("events_context_aggregate")
NEGATION = _lex("events_context_unreal")
PLANS = _lex("events_context_plans")
HABITUAL = _lex("events_context_habitual")
JUDICIAL = _lex("events_context_judicial")
AGREEMENT_ACT = _lex("events_agreement_acts")
CLAIM = _lex("events_context_claim")
# "residents could hear explosions", "a witness saw the gunmen": someone perceived it as it happened (no hypothetical)
PERCEPTION = _lex("events_perception")
# what a witness hears or sees without saying whose violence it is ("could hear gunfire"): a detail of the
# incident being told, never an incident of its own
NOISE = re.compile(r"(?:" + lexicons.alternation("events_perceived_noise") + r")", I)
# blame for a kind of attack in general ("blamed similar bombings in recent months on ...") names no perpetrator
_GENERAL_BLAME = re.compile(r"\b(?:blam\w*|attribut\w*)\b[^.]{0,40}?\b(?:similar|such|previous|past|earlier|other)\s+(?:\w+\s+)?"
                            r"(?:attacks|bombings|incidents|killings|abductions|kidnappings)\b", re.I)
# "Elsewhere, ...", "In a separate incident, ...": the sentence tells another incident, even of the same type
NEW_SCENE = _lex("events_new_scene_openers")
NO_CLAIM = _rx(r"\bno\s+(?:group|one|organi[sz]ation)\s+(?:has\s+)?(?:yet\s+)?claimed|\bunclaimed\b")

_SENT = re.compile(r"[^.!?\n؟]+(?:[.!?؟]+[\"'”’)]*|\n|$)")
# "a similar march took place", "another blast went off": a clause that tells another incident of the same time
_ANOTHER_TOLD = (r"(?:an?\s+(?:similar|second|separate|smaller|larger|further|third)|another)\s+[\w-]+\s+"
                 r"(?:took\s+place|was\s+held|happened|occurred|followed|was\s+staged|hit|struck|exploded|went\s+off)\b")
# ", and hours later a suicide bomber struck ...": a second incident told in the same sentence starts a clause
# of its own
_LATER_CLAUSE = re.compile(r",\s+(?:and|while)\s+(?=(?:(?:just\s+|only\s+)?(?:hours|minutes|moments|a\s+day|days|shortly|soon)\s+"
                           r"(?:later|after(?:wards)?)|later(?:\s+that\s+day)?|the\s+next\s+day)\b)|"
                           # "..., officials said, hours before a suicide bomber struck near a ministry": the other
                           # incident is the subject of a clause of time after the comma
                           r",\s+(?=(?:just\s+|only\s+|a\s+few\s+|some\s+)?(?:hours|minutes|moments|a\s+day|days)\s+"
                           r"before\s+(?:an?|another|two|three|several)\s)|"
                           # "The rally passed off peacefully, and a similar march took place in the next town"
                           r",\s+(?:and|while)\s+(?=" + _ANOTHER_TOLD + r")", re.I)
_BEFORE_CLAUSE = re.compile(r"(?:just\s+|only\s+|a\s+few\s+|some\s+)?(?:hours|minutes|moments|a\s+day|days)\s+before\s", re.I)
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Gov|Sen|Rep|Prof|Brig|Cpl|U\.S|U\.N|vs|etc|approx|Inc|Ltd|Co)\.|\b[A-Z]\.)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end), with the usual abbreviations kept inside a sentence."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT.finditer(text):
        s, e = m.span()
        if e <= s:
            continue
        if spans and spans[-1][1] == s and _ABBREV.search(text[spans[-1][0]:spans[-1][1]].rstrip()) and not text[spans[-1][1] - 1] == "\n":
            spans[-1] = (spans[-1][0], e)
            continue
        if spans and spans[-1][1] == s and s >= 2 and text[s - 1] == "." and text[s - 2].isdigit() and text[s].isdigit():
            # a decimal figure ("more than 1.9 million people"): one sentence
            spans[-1] = (spans[-1][0], e)
            continue
        spans.append((s, e))
        pos = e
    # a second incident told after ", and hours later" is a clause of its own
    cut = []
    for s, e in spans:
        for m in _LATER_CLAUSE.finditer(text, s, e):
            cut.append((s, m.start() + 1))
            s = m.end()
        cut.append((s, e))
    spans = cut
    # trim whitespace
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


@dataclass
class SentenceLabel:
    start: int
    end: int
    sub_event_type: str | None
    strength: float          # 0..1: how specific the trigger is
    trigger: tuple[int, int] | None
    background: bool = False
    aggregate: bool = False
    negated: bool = False
    general: bool = False    # aggregate only by a trend or series phrase ("a series of"), not by a tally


@lru_cache(maxsize=1)
def _reference_rx() -> tuple[re.Pattern, re.Pattern]:
    det = lexicons.alternation("events_reference_determiners")
    new = lexicons.alternation("events_new_incident_words")
    return (re.compile(r"(?:^|\W)(?:" + det + r")\s+(?:[\w-]+\s+){0,2}$", I),
            re.compile(r"\b(?:" + new + r")\b", I))


def _refers_back(text: str, trig: tuple[int, int] | None) -> bool:
    """Is the trigger a definite noun phrase that points back to an incident already told ("condemned the
    attack", "wounded in the raid on the depot", "the market bombing"), not one that introduces another
    ("a separate attack", "the second bombing")?"""
    if trig is None:
        return False
    word = text[trig[0]:trig[1]]
    if not re.fullmatch(r"[\w\s-]*(?:attack|assault|bombing|blast|explosion|strike|raid|ambush|shooting|fighting|clash(?:es)?|violence|incident)s?",
                        word, I):
        return False
    if re.search(r"\b(?:an?|another|several|repeated)\s", word, I):
        return False     # a trigger with its own indefinite article ("repelled an attack") tells an incident anew
    ref, new = _reference_rx()
    before = text[max(0, trig[0] - 40):trig[0]]
    m = ref.search(before)
    return bool(m) and not new.search(before[m.start():] + word)


_REPELLED = re.compile(r"\b(?:repel(?:led|s)?|repuls(?:ed|es)?|fought\s+off|beat\s+back|drove\s+back|pushed\s+back)\b", I)
_BATTLE_NOUN = re.compile(r"(?:[\w-]+\s+)*(?:fighting|clash(?:es)?|battles?|firefights?)", I)


def _fits_back(text: str, trig: tuple[int, int] | None, current: "Candidate | None", cands: list | None = None,
               toll_led: bool = False) -> bool:
    """Can a definite reference ("in the fighting that followed", "the blast") point back to the incident just
    told? A battle noun ("the fighting", "the clashes") tells again a battle only; "the attack", "the bombing" any
    incident. But an attack told as repelled is fought: a sentence that opens with a toll (``toll_led``) in a report
    that has told only that attack so far counts the dead of its fighting ("Troops repelled a car-bomb attack on
    their lines. Two soldiers were killed in the clashes."), where after a bombing ("A car bomb hit the market. Two
    soldiers died in the fighting.") the fighting is another incident."""
    if trig is None or current is None:
        return True
    word = text[trig[0]:trig[1]]
    fam = current.event_type
    if _BATTLE_NOUN.fullmatch(word):
        return fam == "Battles" or (toll_led and cands is not None and len(cands) == 1 and fam in _STRONG_FAMILY
                                    and fam != "Violence against civilians" and bool(_REPELLED.search(text, *current.anchor)))
    return True


# a sentence that opens on a definite noun phrase naming the incident ("The clashes were ...", "The blast hit ...")
_TELLS_MORE = re.compile(r"\s*(?:the|this|that)\s+(?:[\w-]+\s+)?(?P<t>(?:attack|assault|bombing|blast|explosion|strike|raid"
                         r"|ambush|shooting|fighting|clash(?:es)?|incident)s?)\b", I)


def _tells_more(text: str, lab: "SentenceLabel", current: "Candidate | None", cands: list) -> bool:
    """Does a sentence that tells no incident of its own open by referring back to the incident just told
    ("The fighting raged 20 km north of Kelmar.", "The blast hit a market in the state capital.") - not to another
    one ("The second blast ...", "The clashes elsewhere ...") nor, with a battle noun, to an incident that was no
    battle (``_fits_back``)?"""
    if current is None:
        return False
    m = _TELLS_MORE.match(text, lab.start, lab.end)
    if m is None:
        return False
    st = text[lab.start:lab.end]
    if _reference_rx()[1].search(m.group(0)) or NEW_SCENE.search(st) or AGGREGATE.search(st) or _general_rx().search(st) \
            or BACKGROUND.search(st) or re.search(r"\b(?:also|separate|another|elsewhere|meanwhile)\b", st, I):
        return False
    return _fits_back(text, m.span("t"), current, cands)


@lru_cache(maxsize=1)
def _another_rx() -> re.Pattern:
    new = lexicons.alternation("events_new_incident_words")
    return re.compile(r"\b(?:another|an?\s+(?:" + new + r"))(?:\s+[\w-]+){0,3}?\s+$", I)


def _introduces_another(text: str, trig: tuple[int, int] | None) -> bool:
    """Is the trigger an indefinite noun phrase that introduces another incident ("a second round of
    air strikes", "another bombing", "a fresh blast")? Then it is not the incident of the same type told
    before, even in the same report."""
    return trig is not None and bool(_another_rx().search(text[max(0, trig[0] - 40):trig[0]]))


@lru_cache(maxsize=1)
def _general_rx() -> re.Pattern:
    """Trend, tally and situation phrases (lexicon events_general_statement)."""
    return re.compile(r"\b(?:" + lexicons.alternation("events_general_statement") + r")\b", I)


_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|already|now|so\s+far|reportedly|together)\s+)?(?:been\s+)?$", I)
_PERIOD_AFTER = re.compile(r"\b(?:(?:so\s+far\s+)?this\s+(?:year|month)|in\s+recent\s+(?:weeks|months|years)|since\s+then|"
                           r"(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+){0,2}?(?:days|weeks?|months?|years?|fortnight)|"
                           r"since\s+(?:the\s+(?:start|beginning)\b|(?:19|20)\d\d\b|January|February|March|April|June|July|August|"
                           r"September|October|November|December))", I)


def _record(st: str, trig: tuple[int, int]) -> bool:
    """Is the trigger a perfect verb of an actor's record over a period ("have arrested hundreds of suspects
    this year", "said it had killed 200 militants in operations over the past month", "since then 300
    fighters have been killed")? A perfect names no occasion; with a period after it (or opening the
    sentence), it tells a tally."""
    return bool(_PERFECT_BEFORE.search(st, max(0, trig[0] - 30), trig[0])
                and (_PERIOD_AFTER.search(st, trig[1]) or _PERIOD_AFTER.match(st.lstrip())))


_PERFECT_TOLL = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|now|so\s+far)\s+)?(?:been\s+)?(?:killed|wounded|injured|died|lost)\b", I)


def _record_toll(st: str) -> bool:
    """Is a sentence without a trigger a toll over a period ("since then more than 300 fighters have been
    killed", "600 people have died in the fighting this year")? Not a follow-up of the incident told before."""
    m = _PERFECT_TOLL.search(st)
    return bool(m and (_PERIOD_AFTER.search(st) or re.match(r"\s*(?:since\s+then|since\s+(?:the|that|its)\s+\w+)\b", st, I)))


# "50 fighters have been killed since the offensive began on Sunday", "the army had neutralised more than 400
# militants since the beginning of April": a perfect toll counted from the start of a campaign or a period (a
# running total), not the toll of one occasion
_PERFECT_TOLL_ANY = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|already|now|so\s+far|reportedly)\s+)?(?:been\s+)?"
                               r"(?:killed|wounded|injured|died|lost|neutrali[sz]ed|eliminated|arrested|detained|abducted|kidnapped)\b", I)
_CAMPAIGN_SINCE = re.compile(r"\bsince\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:began|started|erupted|was\s+launched|"
                             r"were\s+launched|opened|got\s+under\s+way|broke\s+out)\b|"
                             r"\bsince\s+the\s+(?:start|beginning|launch|outbreak|onset)\s+of\b", I)


def _running_toll(st: str) -> bool:
    """Is the sentence a running total: a perfect toll followed by the period it is counted over (``_PERIOD_AFTER``
    or a campaign's start, ``_CAMPAIGN_SINCE``)?"""
    m = _PERFECT_TOLL_ANY.search(st)
    return bool(m and (_PERIOD_AFTER.search(st, m.end()) or _CAMPAIGN_SINCE.search(st, m.end())))


_LATEST_IN = re.compile(r"\b(?:latest|newest|most\s+recent|last|deadliest|worst|biggest)\b(?:\s+[\w-]+){0,2}\s+(?:in|of)\s+$", I)


@lru_cache(maxsize=1)
def _trend_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a plural incident noun, a trend verb after it in its clause, a noun of change before it)."""
    plural = lexicons.alternation("events_incident_plurals")
    # the clause between the noun and the verb is only its complements ("on bases hosting troops in the north",
    # "on civilians by militants and allied militias": "and" joins nouns there, a comma would open a clause)
    gap = r"(?:\s+(?:on|in|against|by|for|with|across|around|near|along|at|of|from|over|among|targeting|hosting|inside|throughout|involving)\b" \
          r"(?:(?!\b(?:but|while|as|after|when|which|that|who)\b)[^;,]){0,60}?)?"
    return (re.compile(r"(?:[\w-]+\s+)?(?:" + plural + r"|[\w-]*(?:ings|ions))\b", I),
            re.compile(gap + r"\s+(?:also\s+|now\s+|already\s+)?(?:" + lexicons.alternation("events_trend_verbs") + r")\b", I),
            re.compile(r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:" + lexicons.alternation("events_trend_nouns")
                       + r")\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}$", I))


def _trend(text: str, trig: tuple[int, int], start: int) -> bool:
    """Is the trigger a plural kind of incident told as a trend ("rocket attacks on the bases have surged",
    "kidnappings are rising", "a rise in such attacks")? ``trig`` is in sentence offsets, ``text`` the sentence."""
    plural, verb, noun = _trend_rx()
    m = plural.match(text, trig[0]) or plural.match(text, trig[1] + 1 if trig[1] < len(text) else trig[1])
    if m is None or m.end() < trig[1]:
        return False
    return bool(verb.match(text, m.end()) or noun.search(text[max(0, trig[0] - 50):trig[0]]))


@lru_cache(maxsize=1)
def _count_rx() -> re.Pattern:
    return re.compile(r"\b(?:the|a|an)\s+(?:\w+\s+)?(?:number|count|tally)\s+of\s+(?:[\w-]+\s+){0,3}?(?:"
                      + lexicons.alternation("events_incident_plurals") + r"|[\w-]*(?:ings|ions))\b", I)


def _count_of_incidents(text: str, trig: tuple[int, int]) -> bool:
    """Is the trigger (sentence offsets) inside a count of incidents ("the number of claimed car bombings fell by
    half", "the monthly count of kidnappings")? A count over a period is a tally, not an incident; "the number
    of dead" (a toll) is not one."""
    return any(m.start() <= trig[0] < m.end() + 1 for m in _count_rx().finditer(text, max(0, trig[0] - 60), min(len(text), trig[1] + 40)))


def _first(rx: re.Pattern, s: str) -> re.Match | None:
    return rx.search(s)


_HEDGE = re.compile(r"\b(?:could|can)(?:\s+not|not|n[o'’]t)\s+(?:be\s+)?(?:immediately\s+|independently\s+|officially\s+)?"
                    r"(?:verif\w*|confirm\w*|reached|contacted)\b", I)
_FACT_CLAUSE = re.compile(r"\b(?:after|following|when|as)\b", I)


def _negated_before(s: str, pos: int, cues: re.Pattern | None = None) -> bool:
    """Is the trigger at ``pos`` denied, planned, threatened or hypothetical? Not when a clause of fact
    stands between the cue and the trigger ("vowed to retaliate after a bomb killed 30")."""
    a = max(0, pos - 70)
    seen = [(a + m.start(), a + m.end()) for m in PERCEPTION.finditer(s[a:pos + 40])]
    # "a figure that could not be independently verified", "officials could not be reached": a reporter's
    # hedge on a source, not a doubt that the incident happened
    seen += [(a + m.start(), a + m.end()) for m in _HEDGE.finditer(s[a:pos + 80])]
    for m in (cues or NEGATION).finditer(s[a:pos + 40]):
        if a + m.end() <= pos and _FACT_CLAUSE.search(s, a + m.end(), pos):
            continue
        if any(x <= a + m.start() < y for x, y in seen):
            continue      # "could hear explosions": a perception, not a possibility
        return True
    return False


# "an American fighting for the group", "fought alongside the rebels": membership, not a battle
_MEMBERSHIP = re.compile(r"\s+(?:for|alongside|on\s+behalf\s+of|in\s+the\s+ranks\s+of)\b(?!\s+(?:control|the\s+control|territory|the\s+town|the\s+city))", I)
_AIR_SUPPORT = re.compile(r"\b(?:(?:backed|supported|aided|assisted|helped|covered)\s+by|(?:with|under)\s+(?:the\s+)?(?:air\s+)?"
                          r"(?:support|cover|backing|help)\s+(?:of|from))\s+(?:[\w.'-]+\s+){0,5}$", I)
_GROUND = {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
_TERRITORIAL = {"Government regains territory", "Non-state actor overtakes territory"}
# a definite noun of the ground just told ("stormed the district", "entered the town"): the place already named
_GROUND_BACK = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:" + lexicons.alternation("events_territory") + r")\b", I)


def _supporting_strikes(st: str, sub: str) -> tuple[int, int] | None:
    """The span of air strikes that support the ground event the sentence tells ("troops backed by coalition
    air strikes retook the town"), or None."""
    if sub not in _GROUND:
        return None
    for m in AIR.finditer(st):
        if _AIR_SUPPORT.search(st[max(0, m.start() - 60):m.start()]):
            return m.span()
    return None


_ATTRIBUTION = re.compile(r"\b(?:(?:the|a|an|local|provincial|district)\s+)?(?:(?:army|police|military|security|government|provincial|local)\s+)?"
                          r"(?:police|army|military|officials?|officers?|sources?|spokesm[ae]n|commanders?|soldiers)\s+"
                          r"(?:said|say|says|told|reported|added|confirmed|stated)\b|"
                          r"\baccording\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:police|army|military|officials?|officers?|sources?|spokesm[ae]n|commanders?)\b", I)
_RESCUE = re.compile(r"\b(?:freed|released|rescued|liberated|set\s+free|freeing|releasing|rescuing)\b", I)


# "militants armed with rockets and rifles attacked a post": what the attackers carried, not how they attacked
_ARMED_WITH = re.compile(r"\b(?:armed|equipped)\s+with\s+(?:[\w-]+(?:\s+|,\s*)){1,7}?(?=(?:attacked|stormed|raided|ambushed|"
                         r"opened|overran|overrun|entered|burst|descended|assaulted|hit|besieged|surrounded)\b)", I)

# "clearing the streets of booby traps", "troops swept the area for mines": explosives being removed, no blast
_CLEARING = re.compile(r"\b(?:clear(?:ing|ed|s)?|swe(?:eping|pt)|comb(?:ing|ed))\s+(?:[\w-]+\s+){0,4}?(?:of|for)\s+"
                       r"(?:(?:the|any|remaining|hidden)\s+)?(?:booby[- ]?traps?|(?:land)?mines|explosives|IEDs|unexploded\s+(?:ordnance|bombs))", I)


# "two suicide bombers who were shot before they could detonate their belts": the bombers were stopped, so no
# suicide blast happened (the incident is the fight in which they were stopped)
_FOILED_SUICIDE = re.compile(r"\w*\s+(?:\w+\s+){0,4}?(?:were|was|had\s+been|being)?\s*(?:shot|killed|shot\s+dead|gunned\s+down|"
                             r"neutrali[sz]ed|arrested|captured|intercepted|stopped|overpowered)\s+(?:\w+\s+){0,3}?before\s+"
                             r"(?:they|he|she|it|either|any\s+of\s+them)?\s*(?:could|was\s+able\s+to|were\s+able\s+to|managed\s+to|had\s+a\s+chance\s+to)?\s*"
                             r"(?:detonat\w*|blow\w*|explod\w*|set\s+off|trigger\w*)", I)


_LETHAL_FORCE = re.compile(r"\b(?:live\s+(?:ammunition|fire|rounds|bullets)|opened\s+fire|fired\s+(?:live|on|at|into)|shot\s+dead|killing|killed)\b", I)
_SECURITY = re.compile(r"\b(?:police|security|forces|troops|soldiers|army|officers|gendarmes?|authorities|guards)\b", I)
# the violence of a crowd that blocks a road ("burning tyres", "set fire to barricades"): no attack on people
_ROAD_BLOCKING = re.compile(r"burn(?:ed|t|ing)\s+(?:\w+\s+)?(?:tyres|tires)|set\s+(?:fire|light)\s+to\s+(?:\w+\s+){0,2}?(?:tyres|tires|barricades)\b|barricades?\b", I)


def _only_road_blocking(s: str) -> bool:
    """Is lethal force told in the sentence (``_LETHAL_FORCE``) and every violent-crowd word of it either part of
    that force ("opened fire") or a road block (``_ROAD_BLOCKING``)?"""
    force = [m.span() for m in _LETHAL_FORCE.finditer(s)]
    if not force:
        return False
    return all(_ROAD_BLOCKING.match(s, m.start()) or any(a <= m.start() < b for a, b in force)
               for m in PROT_VIOLENT.finditer(s))


_ATTEMPT_BEFORE = re.compile(r"\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|fail(?:s|ed|ing)?|"
                             r"bid|efforts?|struggl(?:e|es|ed|ing))\s+(?:(?:again|repeatedly|in\s+vain)\s+)?to\s+$", I)


def classify_sentence(s: str) -> tuple[str | None, float, tuple[int, int] | None]:
    """-> (sub_event_type or None, strength, trigger span within s)."""
    s = _ARMED_WITH.sub(lambda m: " " * len(m.group(0)), s)   # same length: every span stays the same
    s = _CLEARING.sub(lambda m: " " * len(m.group(0)), s)
    def hit(rx):
        return rx.search(s)

    chem, sui, air, shell, gren, ied, blast = hit(CHEM), hit(SUICIDE), hit(AIR), hit(SHELL), hit(GRENADE), hit(IED), hit(BLAST)
    sex, abd, clash, viol = hit(SEX), hit(ABDUCT), hit(CLASH), hit(VIOLENCE)
    fm = _FOILED_SUICIDE.match(s, sui.end()) if sui else None
    if fm:
        # suicide bombers shot before they could blow themselves up: no suicide blast, and their belts no explosion
        tail = re.match(r"(?:\s+(?:their|his|her|the|its)\s+(?:[\w-]+\s+){0,2}?(?:belts?|vests?|explosives?|charges?|devices?|vehicles?|cars?))?",
                        s[fm.end():])
        end = fm.end() + tail.end()
        s = s[:sui.start()] + " " * (end - sui.start()) + s[end:]
        chem, sui, air, shell, gren, ied, blast = hit(CHEM), None, hit(AIR), hit(SHELL), hit(GRENADE), hit(IED), hit(BLAST)
        sex, abd, clash, viol = hit(SEX), hit(ABDUCT), hit(CLASH), hit(VIOLENCE)
    if abd and re.fullmatch(r"hostages?", abd.group(0), I) and _RESCUE.search(s):
        abd = None          # hostages freed or rescued: the end of a hostage-taking, not a new abduction
    if clash and _MEMBERSHIP.match(s, clash.end()) and re.fullmatch(r"fighting|fought", clash.group(0), I):
        clash = next((m for m in CLASH.finditer(s, clash.end()) if not _MEMBERSHIP.match(s, m.end())), None)
    prot, mob = hit(PROTEST), hit(MOB)
    disrupt = hit(DISRUPT)
    disaster = hit(DISASTER)
    if hit(NON_ATTACK_WEAPON) and not re.search(r"\b(?:killed|wounded|injured|struck|hit|fired\s+at|landed)\b", s, I):
        shell = air = None
    if disaster and not (chem or sui or air or gren or clash or abd or sex or prot or hit(ARREST) or hit(LOOT)
                         or (ied and not re.fullmatch(r"explosions?|explosives?", ied.group(0), I))):
        return None, 0.0, None
    span = lambda m: (m.start(), m.end())
    casualty_words = re.search(r"\b(?:killed|killing|dead|died|wounded|injured|injuring|wounding|casualties)\b", s, I)

    if chem:
        return "Chemical weapon", 0.9, span(chem)
    if sui:
        return "Suicide bomb", 0.9, span(sui)
    if sex:
        return "Sexual violence", 0.85, span(sex)
    if air and disrupt and not re.search(r"intercept|shot\s+down|downed|air\s+defen", disrupt.group(0), I):
        disrupt = None
    support_air = None
    if air and _AIR_SUPPORT.search(s[max(0, air.start() - 60):air.start()]):
        # "troops backed by coalition air strikes retook the town": the strikes support the ground event the
        # sentence tells, which gives its type (the strikes are the fallback when nothing else is told)
        support_air, air = air, next((m for m in AIR.finditer(s, air.end()) if not _AIR_SUPPORT.search(
            s[max(0, m.start() - 60):m.start()])), None)
    # a strategic development told first, with the violence only as its background ("agreed a ceasefire
    # after the worst fighting", "arrested 100 people during raids")
    seize = (hit(RECAPTURE) or hit(CAPTURE)) if hit(TERRITORY) else None   # a seizure of ground is violence too
    first_violence = min([m.start() for m in (clash, viol, air, shell, ied, gren, blast, seize) if m] or [len(s)])
    for rx, st in ((AGREE, "Agreement"), (ARREST, "Arrests")):
        m = hit(rx)
        if m and m.start() < first_violence and not (chem or sui or sex or prot) and not re.search(
                r"\b(?:killed|killing|dead|died|wounded|injured|injuring)\b", s[:m.start()], I):
            if st == "Arrests" and re.search(r"\b(?:killed|wounded|injured|dead)\b", s, I):
                continue
            return st, 0.7, span(m)
    if disrupt and not (blast and casualty_words) and not re.search(r"\b(?:killed|killing|wounded|injured|injuring)\b", s, I):
        return "Disrupted weapons use", 0.8, span(disrupt)
    first_viol = min([m.start() for m in (clash, viol) if m] or [len(s)])
    if prot and not (air or shell or sui or ied or gren) and (prot.start() < first_viol or not (clash or viol)
                                                              or hit(PROT_VIOLENT) or hit(PROT_INTERV)):
        pf = hit(PROT_FORCE)
        if hit(PROT_VIOLENT) and not (pf and _SECURITY.search(s) and _only_road_blocking(s)):
            # "security forces opened fire on protesters who had blocked roads with burning tyres, killing
            # four": a crowd whose only violence is the barricade it burns, met with live fire, is a protest
            # met with excessive force (ACLED), not a violent demonstration
            return "Violent demonstration", 0.75, span(prot)
        if pf and re.search(r"\b(?:police|security|forces|troops|soldiers|army|officers|authorities|guards)\b", s, I):
            return "Excessive force against protesters", 0.7, span(prot)
        if hit(PROT_INTERV):
            return "Protest with intervention", 0.7, span(prot)
        if mob:
            return "Mob violence", 0.65, span(mob)
        if prot.start() < first_viol or not (clash or (viol and not WEAK_VIOLENCE.match(viol.group(0)))):
            return "Peaceful protest", 0.7, span(prot)
    if air:
        return "Air/drone strike", 0.85, span(air)
    if gren:
        return "Grenade", 0.85, span(gren)
    if shell:
        return "Shelling/artillery/missile attack", 0.8, span(shell)
    if ied and not re.match(r"bombings?$", ied.group(0), I) or (ied and blast):
        return "Remote explosive/landmine/IED", 0.8, span(ied)
    if abd:
        return "Abduction/forced disappearance", 0.8, span(abd)
    rec, cap = hit(RECAPTURE), hit(CAPTURE)
    if (rec or cap) and _ATTEMPT_BEFORE.search(s, max(0, (rec or cap).start() - 40), (rec or cap).start()):
        # "clashes on the edges of the airport, which the rebels have been trying to capture for a year": a
        # seizure attempted, not told as done - no change of territory (the fighting is the event)
        rec = cap = None
    if (rec or cap) and hit(TERRITORY):
        m = rec or cap
        if hit(TRANSFER) and not clash and not re.search(r"\b(?:killed|wounded|fighting|battles?)\b", s, I):
            return "Non-violent transfer of territory", 0.65, span(hit(TRANSFER))
        subj = actors_mod.find_actors(s[:m.start()])
        state = [a for a in subj if a.kind in ("military", "police") or (a.actor is not None and a.actor.inter == 1)]
        nonstate = [a for a in subj if a.kind == "unidentified" or (a.actor is not None and a.actor.inter in (2, 3, 4))]
        last = subj[-1] if subj else None
        if last is not None and last in nonstate:
            return "Non-state actor overtakes territory", 0.75, span(m)
        if last is not None and last in state:
            return "Government regains territory", 0.75, span(m)
        return ("Government regains territory" if rec else "Non-state actor overtakes territory"), 0.6, span(m)
    if mob:
        return "Mob violence", 0.7, span(mob)
    if ied:
        return "Remote explosive/landmine/IED", 0.65, span(ied)
    if clash:
        return "Armed clash", 0.75, span(clash)
    if blast and viol and WEAK_VIOLENCE.match(viol.group(0)) and not re.search(r"\bgun|\bshot|\bstabb|\bknife", s, I):
        # "a blast killed 11 people": the explosion is how they were killed (ACLED codes an explosion of
        # unknown kind as a remote explosive); weak, so that "the device detonated, killing two" after the
        # incident's own sentence details that incident
        return "Remote explosive/landmine/IED", 0.45, span(blast)
    if viol and VIOLENCE_NOUN.match(viol.group(0)):
        nxt = [m for m in VIOLENCE.finditer(s) if not VIOLENCE_NOUN.match(m.group(0))]
        viol = nxt[0] if nxt else viol
    if viol:
        # the source of the report ("police said", "according to army officials") is no target
        ms = _ATTRIBUTION.sub(lambda m: " " * len(m.group(0)), s)
        after = ms[viol.end():viol.end() + 140]
        civ, arm = CIVILIAN_TARGET.search(after), ARMED_TARGET.search(after)
        if civ and (not arm or civ.start() < arm.start() or (civ.start() == arm.start() and civ.end() > arm.end())):
            st = "Attack"
        elif arm:
            st = "Armed clash"
        else:
            civ_all, arm_all = CIVILIAN_TARGET.search(ms), ARMED_TARGET.search(ms)
            st = "Armed clash" if arm_all and not civ_all else "Attack"
        weak = bool(WEAK_VIOLENCE.match(viol.group(0)))
        return st, (0.65 if not weak else 0.6 if (civ or arm) else 0.45), span(viol)
    if blast:
        return "Remote explosive/landmine/IED", 0.5, span(blast)
    if support_air is not None:
        return "Air/drone strike", 0.85, span(support_air)
    if hit(ARREST):
        return "Arrests", 0.75, span(hit(ARREST))
    for rx, st, w in ((LOOT, "Looting/property destruction", 0.65), (AGREE, "Agreement", 0.7),
                      (HQ, "Headquarters or base established", 0.7), (TRANSFER, "Non-violent transfer of territory", 0.6),
                      (CHANGE, "Change to group/activity", 0.55)):
        m = hit(rx)
        if m:
            if st == "Non-violent transfer of territory" and not hit(TERRITORY):
                continue
            return st, w, span(m)
    return None, 0.0, None


CONFLICT_CTX = _lex("events_conflict_context")
_NEEDS_CONTEXT = {"Armed clash", "Attack", "Agreement", "Change to group/activity", "Peaceful protest",
                  "Non-violent transfer of territory"}


def _has_context(s: str, trig: tuple[int, int]) -> bool:
    """Weak triggers ("attacked", "battle", "agreement", "rally") count only with conflict vocabulary
    elsewhere in the sentence: politics is full of verbal attacks and campaign battles."""
    return bool(CONFLICT_CTX.search(s[:trig[0]]) or CONFLICT_CTX.search(s[trig[1]:]))


# Screens on the lower-cased text: plain literal prefixes, no IGNORECASE (an order of magnitude faster than
# the trigger patterns). HARD words mark a conflict/protest/security report; a sentence is classified only
# when it has one, or, in a document with several, when it has a SOFT word (strategic developments).
HARD = re.compile(r"\b(?:" + lexicons.pattern("events_screen_hard") + ")")
SOFT = re.compile(r"\b(?:" + lexicons.pattern("events_screen_soft") + ")")


SHORT_TEXT = 2000   # a short text (a snippet, a wire item) is classified sentence by sentence whatever its words


def _lower_same_length(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None


def has_trigger(text: str) -> bool:
    """The relevance screen: does any hard conflict word occur in ``text``? (one cheap regex pass)"""
    if not isinstance(text, str) or not text:
        return False
    low = _lower_same_length(text)
    src = low if low is not None else text.lower()
    return bool(HARD.search(src) or (len(text) < SHORT_TEXT and SOFT.search(src)))


def label_sentences(text: str, spans: list[tuple[int, int]] | None = None) -> list[SentenceLabel]:
    out = []
    low = _lower_same_length(text)
    hard_rx = HARD if low is not None else re.compile(HARD.pattern, I)
    soft_rx = SOFT if low is not None else re.compile(SOFT.pattern, I)
    src = low if low is not None else text
    hard = [m.start() for m in hard_rx.finditer(src)]
    many = len(text) < SHORT_TEXT or len(hard) >= max(3, len(text) / 1000)
    hi = 0
    for s, e in (spans if spans is not None else split_sentences(text)):
        st = text[s:e]
        while hi < len(hard) and hard[hi] < s:
            hi += 1
        has_hard = hi < len(hard) and hard[hi] < e
        if not has_hard and not (many and soft_rx.search(src, s, e)):
            out.append(SentenceLabel(s, e, None, 0.0, None))
            continue
        sub, strength, trig = classify_sentence(st)
        if sub in _NEEDS_CONTEXT and trig is not None and not _has_context(st, trig):
            if sub == "Peaceful protest" and re.search(r"protest|demonstrat|sit-?in|strike|march", st[trig[0]:trig[1]], I):
                pass
            elif sub == "Peaceful protest" and re.search(r"rall", st[trig[0]:trig[1]], I) and _CROWD.search(st):
                pass     # "several thousand people rallied in the square": a crowd rallying is a protest
            else:
                sub, strength, trig = None, 0.0, None
        lab = SentenceLabel(s, e, sub, strength, (trig[0] + s, trig[1] + s) if trig else None)
        if sub is not None:
            wb = _while_clause(text, (s, e), (trig[0] + s, trig[1] + s))
            # (an incident told in a clause of its own after ", while" is read in that clause: the tally before
            # it - "killed 40 rebels in operations over the past week, while a mine killed four soldiers on
            # Monday" - is the other clause's)
            win = st[max(0, trig[0] - 60, (wb - s) if wb is not None else 0):trig[1] + 60]
            # trend and tally phrases mark a sentence after the lead; in the lead they introduce the news
            # ("the newest of several strikes")
            # a running total names no day's incident (not one told in an aside on an actor: ", who have killed ... since 2018,")
            tally = bool(AGGREGATE.search(win)) or _running_toll(_mask_asides(st, trig)[(wb - s) if wb is not None else 0:])
            lab.aggregate = bool(tally or (s > 0 and out and _general_rx().search(win)) or _trend(st, trig, s)
                                 or _record(st, trig) or _count_of_incidents(st, trig))
            lab.general = lab.aggregate and not tally
            lab.background = bool(BACKGROUND.search(_mask_asides(st, trig)[max(0, trig[0] - 60):trig[1] + 60])
                                  or _elapsed_before(st, trig) or _OPENS_PAST.match(st))
            if not lab.aggregate and _FLEEING.search(st, max(0, trig[0] - 40), trig[0]):
                # "refugees fleeing fighting between the army and rebels": the violence people flee is the
                # situation they are in, not an incident told
                lab.aggregate = lab.general = True
            lab.negated = _negated_before(st, trig[0])
            if not (lab.aggregate or lab.background or lab.negated):
                masked = _mask_asides(st, trig)
                if _habitual(masked, trig):
                    lab.aggregate = lab.general = True
                elif _judged(masked, trig):
                    lab.background = True
        out.append(lab)
    return out


# habitual aspect: "the insurgents typically plant roadside bombs", "soldiers are often ambushed on the road",
# "the cartel is known for kidnapping migrants", "attacks on health workers remain common": what an actor usually
# does or what usually happens is no incident - unless the sentence names the day of one ("militants, who often
# attack at dawn, killed five soldiers on Monday")
_HABIT_AFTER = re.compile(r"[^,;:.]{0,40}?\b(?:remain(?:s|ed)?|are|is)\s+(?:still\s+)?(?:common|frequent|rife|widespread|routine)\b", I)


def _window_day(st: str) -> bool:
    """Does the sentence name a day (a weekday, a calendar date, yesterday/today)?"""
    return any(d.precision == 1 for d in dates_mod.find_dates(st))


def _habitual(st: str, trig: tuple[int, int]) -> bool:
    """Is the trigger (sentence offsets) told in habitual aspect (a ``HABITUAL`` cue before it in its clause,
    or "remain common" after it) in a sentence that names no day?"""
    before = st[max(0, trig[0] - 60):trig[0]]
    hit = any(not re.search(r"[,;:]", before[m.end():]) for m in HABITUAL.finditer(before)) or bool(_HABIT_AFTER.match(st, trig[1]))
    return hit and not _window_day(st)


def _judged(st: str, trig: tuple[int, int]) -> bool:
    """Is the trigger the matter of a trial, a charge or a verdict (a ``JUDICIAL`` cue before it in the
    sentence: "the trial of a commander accused of ordering the massacre", "acquitted two soldiers charged with
    killing protesters", "told the court the defendant had planted the bomb")? The old incident being judged is
    no event of the window."""
    return bool(JUDICIAL.search(st, 0, trig[0]))


# "a year after troops retook the city, ...", "the rally came two weeks after a bombing killed 60": the incident
# of a clause that an elapsed time of weeks or more separates from the report's time is history (a week or
# days may still lie inside the reporting window)
_ELAPSED_AFTER = re.compile(r"\b(?:an?|one|several|a\s+few|some|" + numbers_mod._WORD + r"|\d{1,3})\s+(?:full\s+)?"
                            r"(?:weeks|months?|years?|decades?)\s+(?:after|since)\s+[^,;:.]*$", I)


def _elapsed_before(st: str, trig: tuple[int, int]) -> bool:
    """Does the trigger (sentence offsets) sit in a clause opened by "N weeks/months/years after" (``_ELAPSED_AFTER``)
    in a sentence that names no time of its own before that clause? ("Troops entered the town on Friday, four
    weeks after the start of an offensive to retake it": the sentence's incident is Friday's.)"""
    m = _ELAPSED_AFTER.search(st, max(0, trig[0] - 120), trig[0])
    return m is not None and not any(d.start < m.start() for d in dates_mod.find_dates(st[:m.start()]))


# an active perfect verb ("have killed", "has carried out") before the trigger, and a vague count after a verb
# trigger ("hundreds of", "dozens of", "more soldiers than") or a plural incident noun as the trigger
# (the auxiliary may govern a verb coordinated before the trigger: "has driven them from 200 villages and killed
# thousands of their fighters")
_PERFECT_ACTIVE = re.compile(r"\b(?:has|have)\s+(?!been\b)(?:[^,;.]{0,80}?\s+and\s+)?(?:(?:also|repeatedly|regularly|often|already|now)\s+)?$", I)
_PERFECT_CARRIED = re.compile(r"\b(?:has|have)\s+(?:(?:also|repeatedly|regularly|often|already|now)\s+)?"
                              r"(?:carried\s+out|conducted|launched|staged|mounted|waged)\s+(?:[\w-]+\s+){0,2}?$", I)
_VAGUE_COUNT = re.compile(r"\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|some)\s+)?(?:hundreds|thousands|dozens|scores|"
                          r"tens\s+of\s+thousands|many|countless|more\s+(?:[\w-]+\s+)?than)\b", I)


def _perfect_record(text: str, lab: "SentenceLabel") -> bool:
    """Is the label's trigger told as a record in the active perfect (``_PERFECT_ACTIVE`` + a vague count, or
    ``_PERFECT_CARRIED`` + a plural incident noun)? Not a passive toll ("two soldiers have been killed")."""
    a, b = lab.trigger
    if _PERFECT_ACTIVE.search(text, max(lab.start, a - 100), a) and _VAGUE_COUNT.match(text, b):
        return True
    plural = _trend_rx()[0]
    m = plural.match(text, a)
    return bool(_PERFECT_CARRIED.search(text, max(lab.start, a - 50), a) and m and m.end() >= b)


# "Ten years ago, militants stormed the school ...", "In 2015, the rebels seized the town ...": a time of the past
# that opens the sentence (after a dateline) dates all of it, however far the trigger is from it
_OPENS_PAST = re.compile(r"(?:[^\n.]{0,60}?\((?:[^()\n]{1,30})\)\s*[-–—]\s*|[A-Z][A-Z ,.'’-]{2,40}[-–—]\s*)?"
                         r"(?:(?:some|about|nearly|almost|more\s+than|over|just)\s+)?(?:\w+|\d+)\s+(?:years|decades|months)\s+ago,|"
                         r"(?:[^\n.]{0,60}?\((?:[^()\n]{1,30})\)\s*[-–—]\s*|[A-Z][A-Z ,.'’-]{2,40}[-–—]\s*)?"
                         r"(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d,", I)
# "refugees fleeing fighting", "families displaced by the clashes": the violence people escape, a situation
_FLEEING = re.compile(r"\b(?:flee(?:ing|s)?|fled|escap(?:e|es|ed|ing)|displaced\s+by|driven\s+(?:out\s+|away\s+)?by|"
                      r"uprooted\s+by)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?$", I)

_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;.]{3,120},")


def _mask_asides(st: str, trig: tuple[int, int]) -> str:
    """The sentence with its non-restrictive relative clauses (", who have fought the army since 2012,")
    blanked, unless the trigger is inside one: an actor's history told in an aside does not make the incident
    of the main clause background."""
    out = st
    for m in _ASIDE.finditer(st):
        if not (m.start() <= trig[0] < m.end()):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# -- candidates ---------------------------------------------------------------------------------------------
@dataclass
class Candidate:
    sub_event_type: str
    strength: float
    sentences: list[tuple[int, int]]
    trigger: tuple[int, int]
    anchor: tuple[int, int]                   # the sentence that reported it first
    order: int = 0
    casualty_mentions: list = field(default_factory=list)
    date: "dates_mod.DateMention | None" = None
    actors: list = field(default_factory=list)
    claimed_by: "actors_mod.ActorMention | None" = None
    unclaimed: bool = False
    background: bool = False
    own_date: bool = False                    # a date is written in the event's own sentences
    regime: str = "excerpt"                   # "report" or "excerpt" (regime())

    @property
    def event_type(self) -> str:
        return taxonomy.event_type_of(self.sub_event_type)


_DEMO_SEVERITY = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
                  "Violent demonstration": 3}
_STRONG_FAMILY = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


_SINCE = re.compile(r"\b(?:since|from|starting)(?:\s+last)?\s*$", I)   # "since Monday": the start of a run, not its day


# "Funerals were held on Wednesday for five shepherds killed by gunmen", "mourners gathered to bury the victims
# of a car bomb": the violence named inside a funeral or a burial is the incident the report tells (before or
# after), not an incident of the funeral's day; its toll is that incident's
_AFTERMATH = re.compile(r"\b(?:funerals?\s+(?:were|was|had\s+been|have\s+been)\s+held|(?:held|attended|hold|holding|attend)\s+"
                        r"(?:a\s+|the\s+|mass\s+)?(?:[\w-]+\s+)?funerals?|mourners\s+(?:\w+\s+)?(?:gathered|buried|carried|marched|"
                        r"attended|filled)|bur(?:ied|y|ying)\s+(?:the\s+|their\s+|its\s+)?(?:victims|dead|bodies)|"
                        r"(?:funerals?|burials?)\s+(?:of|for))\b", I)


def _aftermath(st: str, trig: tuple[int, int]) -> re.Match | None:
    """The funeral or burial frame that governs the trigger (``trig`` relative to ``st``), if any: one before it
    in the same clause ("At the funeral of a policeman killed on Monday, a suicide bomber ..." is not one)."""
    m = None
    for m in _AFTERMATH.finditer(st, 0, trig[0]):
        pass
    if m is None or trig[0] - m.end() > 100 or re.search(r"[,;:]", st[m.end():trig[0]]):
        return None
    return m


def detect(text: str, published: str | None = None) -> list[Candidate]:
    """Candidate events in ``text`` (regex only: cheap enough to run before any spaCy work)."""
    if not isinstance(text, str) or not text.strip():
        return []
    spans = split_sentences(text)
    all_spans = spans
    if _headline(text, spans):
        # the headline sums up the incidents the body tells ("Gunmen kill nine in village raid, 20 abducted
        # elsewhere"): its figures and verbs are no incident of their own (the body's first sentence still has to
        # tie its incident to an occasion, a day or a toll, as every sentence after a lead does: reported())
        spans = spans[1:]
    labels = label_sentences(text, spans)
    if not any(lab.sub_event_type for lab in labels):
        return []
    # "during a Sunday service", "every Friday": a weekday after an indefinite article or a quantifier names a
    # kind of day (an occasion that recurs), not the day of an incident
    all_dates = [d for d in dates_mod.find_dates(text, published)
                 if not (d.kind == "weekday" and _KIND_OF_DAY.search(text, max(0, d.start - 8), d.start + 1))]
    if regime(text, spans) == "report":
        lead = labels[0] if labels else None
        if lead is not None and lead.sub_event_type is not None and not lead.aggregate and lead.trigger is not None:
            # a full report's lead that tells its incident as one of a series ("killed 200 militants in a series
            # of operations"): a tally, unless it names its day (below); not "the newest of several strikes",
            # which introduces the news (a short excerpt is all lead: its series phrases are left as they are)
            win = text[max(lead.start, lead.trigger[0] - 60):min(lead.end, lead.trigger[1] + 60)]
            gm = _general_rx().search(win)
            if gm and not _LATEST_IN.search(win, 0, gm.start()):
                lead.aggregate = lead.general = True
        # in a full report, an operation being prepared or expected ("troops are preparing an offensive to
        # retake the town") is told as a plan; a short excerpt rarely has room for one
        for lab in labels:
            if lab.sub_event_type is not None and not lab.negated and lab.trigger is not None:
                lab.negated = _negated_before(text[lab.start:lab.end], lab.trigger[0] - lab.start, PLANS)
            if (lab.sub_event_type == "Change to group/activity" and _POSTURE.fullmatch(text, *lab.trigger)) or (
                    lab.sub_event_type == "Headquarters or base established" and _CHECKPOINTS.search(text, *lab.trigger)):
                # "checkpoints were reinforced", "troops were deployed to the city", "a curfew was imposed":
                # the security posture a report tells around its incidents, not an event (ACLED, and the
                # annotation guide: troop dispatch is context)
                lab.sub_event_type, lab.strength, lab.trigger = None, 0.0, None
                continue
            if lab.sub_event_type == "Agreement" and not AGREEMENT_ACT.search(text, lab.start, lab.end):
                # a truce or deal in force that the report mentions ("accused the army of violating the
                # truce", "peace talks inched ahead") is the setting, not an agreement reached
                lab.sub_event_type, lab.strength, lab.trigger = None, 0.0, None
    first_start = labels[0].start if labels else 0
    in_report = regime(text, spans) == "report"
    i_lab = lambda lab: lab.start - first_start   # > 0: not the lead sentence
    for lab in labels:   # a sentence dated outside the reporting window tells another time: context
        ds = [d for d in all_dates if lab.start <= d.start < lab.end and d.date is not None]
        if ds and all(outside_window(d, published) for d in ds):
            lab.background = True
        elif (lab.sub_event_type is not None and i_lab(lab) > 0 and in_report
              and not any(not outside_window(d, published) for d in ds) and _other_years(text[lab.start:lab.end], published)):
            # a later sentence of a report whose only time is another year or a span of years, anywhere in it
            # ("more than 500 were killed during the 2019-2020 protest wave"): history or a tally, not the
            # report's incident (an excerpt tells its incident in every sentence)
            lab.background = True
        elif (lab.sub_event_type is not None and i_lab(lab) > 0 and in_report and not lab.aggregate
              and not any(not outside_window(d, published) for d in ds) and _perfect_record(text, lab)):
            # a later sentence of a report that tells an actor's record in the perfect, with no time of the
            # window ("the militias have killed hundreds of civilians", "the army has also carried out drone
            # strikes on markets"): a tally over an untold period, not the report's incident
            lab.aggregate = lab.general = True
        elif lab.general and any(d.precision == 1 and not outside_window(d, published) and not _speech_date(text, d)
                                 and d.kind != "weekend"
                                 and not _SINCE.search(text, max(0, d.start - 12), d.start) for d in ds):
            # (a series over a weekend - "at least 20 were killed in a string of attacks over the weekend" -
            # spans two days: the tally of the incidents the report goes on to tell, not one day's incident)
            # a series told on one day of the window ("a series of bombings hit the city on Monday") is
            # an incident (ACLED codes blasts in one place on one day as one event), not a trend
            lab.aggregate = False
        elif lab.aggregate and _total_of_a_day(text, lab, ds, published):
            # "two blasts in A and B on Monday killed a total of seven": the toll of a day's incidents told
            # together (each is an event; the shared toll cannot be apportioned), not a tally over a period
            lab.aggregate = False
    report = regime(text, spans) == "report"
    cands: list[Candidate] = []
    by_type: dict[str, Candidate] = {}
    current: Candidate | None = None
    last_i = -10
    day_of: dict[int, str | None] = {}     # id(candidate) -> the day its first sentence names, if any

    def other_day(c: Candidate | None, days: set[str]) -> bool:
        """Does the sentence name a day of the window and the candidate another one? ACLED codes an
        incident per day: "fighting on Monday" and the same kind of fighting on Tuesday are two events."""
        return c is not None and bool(days) and day_of.get(id(c)) is not None and day_of[id(c)] not in days

    own_day: set[int] = set()              # ids of the candidates whose first sentence names their day
    later_told: set[int] = set()           # ids of the candidates told first in a clause "hours before ..."

    def of_day(days: set[str]) -> Candidate | None:
        return next((x for x in reversed(cands) if id(x) in own_day and day_of.get(id(x)) in days), None) if days else None

    def violent(c: Candidate) -> Candidate:
        """Where a casualty follow-up goes: deaths told after an arrest, a deal or a checkpoint set up
        ("Police set up checkpoints. Two of the wounded died later.") are those of the violence told before."""
        if c.event_type in _STRONG_FAMILY:
            return c
        return next((x for x in reversed(cands) if x.event_type in _STRONG_FAMILY), c)

    pending: list[tuple[SentenceLabel, list]] = []   # funeral sentences that wait for the incident they name
    for i, lab in enumerate(labels):
        st = text[lab.start:lab.end]
        if (report and lab.sub_event_type is not None and lab.trigger is not None
                and not (lab.negated or lab.aggregate or lab.background)):
            am = _aftermath(st, (lab.trigger[0] - lab.start, lab.trigger[1] - lab.start))
            if am is not None:
                cm = casualties(st, lab.start)
                if current is not None and not re.search(r"\b(?:an?|another)\s", text[lab.start + am.end():lab.trigger[0]], I):
                    # "Funerals were held for the victims of the blast": the incident just told
                    to = violent(current)
                    to.casualty_mentions.extend(cm)
                    to.sentences.append((lab.start, lab.end))
                else:
                    pending.append((lab, cm))
                continue
        # the lead's "..., officials said on Wednesday" names the day of the statement, not of the incident
        # (the wire lead's convention); a later sentence's days are all taken as told (excluding statement
        # days there too cost a matched toll on the authored check half and gained nothing on the tune halves)
        days = _sentence_days(all_dates, lab, published, text if i == 0 else None)
        if lab.sub_event_type is None or lab.negated or lab.aggregate or lab.background or (current is not None and CLAIM.search(st)):
            # casualty follow-ups attach to the event being reported
            if current is not None and not lab.aggregate and not lab.negated and not lab.background \
                    and not (lab.sub_event_type is None and (AGGREGATE.search(st) or _general_rx().search(st)
                                                             or _record_toll(st)
                                                             or (BACKGROUND.search(st) and not days))):
                cm = casualties(st, lab.start)
                if cm:
                    # a toll of another day goes to the event of that day when one was told
                    to = (of_day(days) if other_day(current, days) else None) or violent(current)
                    to.casualty_mentions.extend(cm)
                    to.sentences.append((lab.start, lab.end))
                elif (report and lab.sub_event_type is None and not CLAIM.search(st) and not other_day(current, days)
                      and _tells_more(text, lab, violent(current), cands)):
                    # "... clashed in Zorvan province on Friday. The fighting raged 20 km north of Kelmar.": a
                    # sentence with no incident or toll of its own that opens on the incident just told tells
                    # more of it (where it was), so it is one of that event's sentences
                    violent(current).sentences.append((lab.start, lab.end))
                if CLAIM.search(st):
                    current.sentences.append((lab.start, lab.end))
            continue
        sub = lab.sub_event_type
        wb = _while_clause(text, (lab.start, lab.end), lab.trigger)
        cm = [x for x in casualties(st, lab.start) if not _other_incident_toll(text, lab.trigger, x)
              and not (wb is not None and x.start < wb)]
        if _battle_toll(sub, lab, text, st, cands, report):
            # a hospital's or medics' toll in the report of a battle ("doctors said 12 fighters had died of
            # their wounds") counts the battle's dead (ACLED codes them in the battle), not a separate attack
            sub = "Armed clash"
        # a weak follow-up ("Six people were killed.") belongs to the event just reported
        weak = lab.strength < 0.5 or (lab.sub_event_type in ("Attack", "Armed clash") and lab.trigger is not None
                                       and WEAK_VIOLENCE.match(text[lab.trigger[0]:lab.trigger[1]]))
        if lab.trigger is not None and PERCEPTION.search(st) and NOISE.fullmatch(text[lab.trigger[0]:lab.trigger[1]]):
            if current is not None:
                current.sentences.append((lab.start, lab.end))
                current.casualty_mentions.extend(cm)
            continue
        another = lab.trigger is not None and (bool(_reference_rx()[1].search(text, max(lab.start, lab.trigger[0] - 25), lab.trigger[1]))
                                               or bool(NEW_SCENE.search(st)))
        back = _refers_back(text, lab.trigger) and _fits_back(text, lab.trigger, current, cands,
                                                                 bool(cm) and cm[0].start - lab.start <= 3)
        new_day = not another and other_day(current, days)
        if (weak or back) and new_day and of_day(days) is not None:
            # a follow-up dated to the day of an event told earlier ("32 died on Monday") details that one
            c = of_day(days)
            c.casualty_mentions.extend(cm)
            c.sentences.append((lab.start, lab.end))
            continue
        if (sub == "Disrupted weapons use" and current is not None and not another and not new_day and i - last_i <= 2
                and current.sub_event_type in ("Shelling/artillery/missile attack", "Air/drone strike")
                and not re.search(r"\b(?:another|separate|other|more)\b", st, I)):
            # "Three rockets were fired at the base. Two were intercepted ...": the projectiles just told,
            # stopped - a detail of that attack, not an interception of its own
            current.sentences.append((lab.start, lab.end))
            current.casualty_mentions.extend(cm)
            last_i = i
            continue
        if current is not None and not another and ((weak and i - last_i <= 3 and not new_day) or back):
            # (a weak mention of another day than the event just told is an incident of its own)
            to = violent(current)
            to.casualty_mentions.extend(cm)
            to.sentences.append((lab.start, lab.end))
            last_i = i
            continue
        if (report and sub == "Looting/property destruction" and current is not None and not another and not new_day
                and violent(current).event_type in _STRONG_FAMILY and not NEW_SCENE.search(st)
                and not _introduces_another(text, lab.trigger)):
            # "said at least 40 houses had been burnt": the homes burnt or shops looted in the violence just told are
            # part of that incident (ACLED codes property destruction of an attack in the attack)
            to = violent(current)
            to.casualty_mentions.extend(cm)
            to.sentences.append((lab.start, lab.end))
            last_i = i
            continue
        demos = [x for x in cands if x.sub_event_type in _DEMO_SEVERITY and not other_day(x, days)]
        # the demonstration of the sentence's day (the last one told of it), else the report's first
        demo = (demos[-1] if days else demos[0]) if demos else None
        if sub in _DEMO_SEVERITY and demo is not None and not NEW_SCENE.search(st) and not another \
                and not _introduces_another(text, lab.trigger):
            # one demonstration told over several sentences: keep the most severe reading (a crowd of another
            # day or another town - "In the western city of X, protesters ..." - is another demonstration)
            if _DEMO_SEVERITY[sub] > _DEMO_SEVERITY[demo.sub_event_type]:
                by_type.pop(demo.sub_event_type, None)
                demo.sub_event_type, demo.trigger = sub, lab.trigger
                demo.strength = max(demo.strength, lab.strength)
                by_type[sub] = demo
            demo.casualty_mentions.extend(cm)
            demo.sentences.append((lab.start, lab.end))
            current, last_i = demo, i
            continue
        if sub in by_type and not _introduces_another(text, lab.trigger) and not NEW_SCENE.search(st) \
                and not other_day(by_type[sub], days) and not _reference_rx()[1].search(text, *lab.trigger):
            # (a new-incident word inside the trigger, "a similar march", introduces another one too)
            c = by_type[sub]
            c.casualty_mentions.extend(cm)
            c.sentences.append((lab.start, lab.end))
            if id(c) in later_told and len(c.sentences) == 2:
                # first told in a clause "hours before ...": the sentence that tells it in full is its anchor
                c.anchor, c.trigger = (lab.start, lab.end), lab.trigger
            current, last_i = c, i
            continue
        if (report and sub in _GROUND and current is not None and current.sub_event_type in _GROUND
                and not (days and _sentence_days(all_dates, lab, published, text))
                and not another and not _introduces_another(text, lab.trigger)
                and (not cm or (i - last_i == 1 and current.sub_event_type in _TERRITORIAL
                                and _GROUND_BACK.search(st) and not NEW_SCENE.search(st)))
                and not re.search(r"\b(?:also|separate|another|elsewhere|meanwhile)\b", st, I)):
            # the battle told in the lead, told again without a day or a toll of its own ("our forces are now
            # in control of the complex", "the fighting went on into the night"; the day of the statement that
            # tells it is none of its own: "..., the ministry said in a statement on Thursday"): a detail of that
            # battle, and the tolls told after it are that battle's
            # (with a toll, when the sentence right after a territorial gain tells how the ground named was
            # taken: "Troops retook the hill town on Monday. They stormed the town after clashes that killed 12
            # rebels": the fighting of the recapture, whose dead are the gain's - ACLED codes one event)
            current.sentences.append((lab.start, lab.end))
            current.casualty_mentions.extend(cm)
            last_i = i
            continue
        prev = cands[-1] if cands else None
        if (report and prev is not None and prev is current and not another and sub in _REFINES.get(prev.sub_event_type, ())
                and prev.sub_event_type == "Suicide bomb" and not (days and day_of.get(id(prev)) not in days)
                and re.match(r"\s*(?:the|this|that)\s+(?:[\w-]+\s+)?bombers?\b", st, I)
                and not re.search(r"\b(?:separate|another|second|third|other|later|earlier|elsewhere)\b", st, I)):
            # "A suicide bomber struck a market on Wednesday. The bomber, a woman, detonated explosives among
            # traders": the suicide bombing told again by its bomber, whose weapon words read as a plain bomb
            # - one event, of the more specific sub-type already told
            prev.casualty_mentions.extend(cm)
            prev.sentences.append((lab.start, lab.end))
            last_i = i
            continue
        told = _told_in_detail(cands, sub, lab, text, cm, days, another, report, day_of)
        if told is not None:
            # the incident told again with its weapon ("a suicide bomber had detonated his vest"): one event,
            # of the more specific sub-type (ACLED: a complex attack with a suicide bomber is a Suicide bomb)
            by_type.pop(told.sub_event_type, None)
            told.sub_event_type, told.strength = sub, max(told.strength, lab.strength)
            by_type[sub] = told
            told.casualty_mentions.extend(cm)
            told.sentences.append((lab.start, lab.end))
            current, last_i = told, i
            continue
        c = Candidate(sub, lab.strength, [(lab.start, lab.end)], lab.trigger, (lab.start, lab.end), order=len(cands),
                      casualty_mentions=list(cm))
        for plab, pcm in pending:
            # the incident a funeral told before it named: its toll where the incident's sentence gives none
            if not c.casualty_mentions:
                c.casualty_mentions.extend(pcm)
            c.sentences.append((plab.start, plab.end))
        pending = []
        cands.append(c)
        by_type[sub] = c
        if days:
            day_of[id(c)] = min(days)
            own_day.add(id(c))
        elif _BEFORE_CLAUSE.match(st):
            # "..., hours before a suicide bomber struck near a ministry": an incident that came after the one
            # told, without a day of its own (it is dated where the report tells it again, below); the report
            # goes on with the incident of the main clause
            day_of[id(c)] = None
            later_told.add(id(c))
            last_i = i
            continue
        else:   # no day of its own: the day told last before it (the date it will be given)
            prev = [d for d in all_dates if d.start < lab.start and d.date is not None and d.precision == 1
                    and not outside_window(d, published)]
            day_of[id(c)] = prev[-1].date[:10] if prev else None
        sup = _supporting_strikes(st, sub) if report else None
        if sup is not None and ("Air/drone strike" not in by_type or other_day(by_type["Air/drone strike"], days)):
            # ACLED codes the air strikes that support a ground battle as an event of their own
            a = Candidate("Air/drone strike", 0.7, [(lab.start, lab.end)], (lab.start + sup[0], lab.start + sup[1]),
                          (lab.start, lab.end), order=len(cands))
            cands.append(a)
            by_type["Air/drone strike"] = a
            day_of[id(a)] = day_of[id(c)]
            if id(c) in own_day:
                own_day.add(id(a))
        current, last_i = c, i
    for plab, pcm in pending:
        # a funeral whose incident the report tells nowhere else: the incident it names is the report's own
        if cands:
            to = violent(cands[-1])
            to.casualty_mentions.extend(pcm)
            to.sentences.append((plab.start, plab.end))
            continue
        c = Candidate(plab.sub_event_type, plab.strength, [(plab.start, plab.end)], plab.trigger, (plab.start, plab.end),
                      order=len(cands), casualty_mentions=list(pcm))
        cands.append(c)
    if report and len(cands) > 1 and labels and cands[0].anchor[0] == labels[0].start:
        lead = cands[0]
        wb = _while_clause(text, lead.anchor, lead.trigger)
        killed = lambda x: {m.quantity.best for m in x.casualty_mentions if m.kind == "killed"}
        if wb is not None and killed(lead) and not any(wb <= d.start < lead.anchor[1] for d in all_dates):
            # a lead that sums up ("... killed 40 rebels over the week, while four soldiers died when a mine hit
            # their truck") an incident the body tells in full ("On Monday, a mine hit an army truck near Kelmar,
            # killing four soldiers."): the lead's clause names no day of its own, the body's incident is of the
            # same type with the same toll - one event, the body's
            if any(x.sub_event_type == lead.sub_event_type and killed(lead) <= killed(x) for x in cands[1:]):
                cands.remove(lead)
    for c in cands:
        s, e = c.anchor
        ds = _ranked([d for d in all_dates if s <= d.start < e], text, published)
        wb = _while_clause(text, c.anchor, c.trigger)
        if wb is not None and any(d.start >= wb for d in ds):
            ds = [d for d in ds if d.start >= wb]     # the day of the incident's own clause (_while_clause)
        said = [d for d in ds if _speech_date(text, d)]
        ds = [d for d in ds if d not in said]
        if not ds and said:
            # the anchor names only the day of a statement ("..., police said on Wednesday"): the day the
            # event's own later sentences give ("The gunmen came on Monday") is the incident's, else the statement's
            later = [d for d in all_dates if any(a <= d.start < b for a, b in c.sentences if a >= e)
                     and d.date is not None and d.precision == 1 and not outside_window(d, published)
                     and not _speech_date(text, d)]
            ds = later[:1] or _day_told_after(c, cands, spans, text, all_dates, published) or said
        if not ds and id(c) in later_told:
            later = [d for d in all_dates if any(a <= d.start < b for a, b in c.sentences if a >= e)
                     and d.date is not None and not outside_window(d, published) and not _speech_date(text, d)]
            ds = later[:1]
        if not ds:
            # the date of the closest sentence before the anchor that gives one (a dateline or an earlier
            # sentence; "Hours later, a car bomb ..."), ranked as that sentence's own: not the day of a
            # statement told after it ("..., police said on Tuesday")
            ds = _shifted(_date_told_before(s, spans, all_dates, text, published), text[s:e])
        if not ds:
            later = [d for d in all_dates if any(a <= d.start < b for a, b in c.sentences)]
            ds = later[:1]
        if not ds:
            ds = _day_told_after(c, cands, spans, text, all_dates, published)
        c.date = ds[0] if ds else None
        c.own_date = any(s <= d.start < e for d in all_dates)
        acts = []
        for a, b in c.sentences:
            acts.extend(actors_mod.find_actors(text[a:b], a))
        c.actors = acts
    # claims of responsibility anywhere in the text name the perpetrator
    claimed = None
    unclaimed = False
    for lab in labels:
        st = text[lab.start:lab.end]
        if NO_CLAIM.search(st) and not re.search(r"\bhowever\b|\battributed\b|\bblamed\b|\bsuspected\b", st, I):
            unclaimed = True
        if CLAIM.search(st) and claimed is None and not _GENERAL_BLAME.search(st):
            claimed = claimant(st, lab.start)
    for c in cands:
        c.claimed_by = claimed
        c.unclaimed = unclaimed and claimed is None
    if report:
        _attackers_to_battle(cands, day_of)
    return reported(cands, text, published, all_spans)


_KIND_OF_DAY = re.compile(r"\b(?:a|an|every|each)\s+$", I)


# a headline: the text's first line, without the full stop that ends a sentence, set apart from the body by a blank
# line or followed by a dateline ("Rebels seize border town after day of fighting\n\nGOMA, May 3 - ..."); not a
# hard-wrapped lead, whose first line runs on into the next ("Gunmen killed three people in\nthe town ...")
_HEADLINE_END = re.compile(r"[.!?؟:;,\"'”’)\]-]\s*$")
_DATELINE_START = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*\s*(?:,|\(|[-–—:])")
HEADLINE_WORDS = 25
_BYLINE = re.compile(r"(?:^|[-–—|:]\s*)By\s+[A-Z]")   # "PESHAWAR -- By Jane Doe": a byline, no headline


def _headline(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does the full report open with a headline (``_HEADLINE_END`` absent, at most HEADLINE_WORDS words, then a
    blank line or a dateline), with more than SNIPPET_SENTENCES sentences after it (the body stays a report)?"""
    if len(spans) <= SNIPPET_SENTENCES + 1:
        return False
    s, e = spans[0]
    line = text[s:e]
    if "\n" in line or text[:s].strip() or _HEADLINE_END.search(line) or len(line.split()) > HEADLINE_WORDS \
            or _BYLINE.search(line):
        return False
    rest = text[e:]
    m = re.match(r"[ \t]*\n([ \t]*\n)?\s*", rest)
    if m is None:
        return False
    return bool(m.group(1)) or bool(_DATELINE_START.match(rest, m.end()))


_YEARS = re.compile(r"\b(?:(?:in|during|since|throughout|of)\s+(?:the\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)|"
                    r"(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?:(?:19|20)\d\d|\d\d)\b(?![-–/.]\d|\s*(?:hours?|GMT|local)))", I)


def _other_years(st: str, published: str | None) -> bool:
    """Does the sentence name a year other than the publication's, or a span of years? (Without a publication
    date no year can be told another.)"""
    pub = dates_mod.parse_published(published)
    if pub is None:
        return False
    for m in _YEARS.finditer(st):
        if m.group("a") or int(m.group("y")) != pub.year:
            return True
    return False


# "the deadliest attack since a truce began in February", "the worst violence since troops retook the city
# last month": a clause opened by "since" that tells another happening (a subject and a verb before its date)
# dates the yardstick of a comparison, not the incident
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'’.-]+\s+){2,10}$", I)


def _comparison_date(text: str, d) -> bool:
    """Is date mention ``d`` the end of a clause "since <something happened> <date>" (``_SINCE_CLAUSE``)? Not
    "since Monday" (the start of a run) nor a clause cut by a comma."""
    return bool(_SINCE_CLAUSE.search(text, max(0, d.start - 90), d.start))


_RUN_SINCE = re.compile(r"\bsince\s+$", I)


def _run_start(text: str, d) -> bool:
    """Is date mention ``d`` the start of a run ("clashes have intensified since January"), not the day of an
    incident? It ranks after the sentence's other dates ("fighting erupted on Tuesday, in a region where ...")."""
    return bool(re.match(r"since\b", text[d.start:d.end], I) or _RUN_SINCE.search(text, max(0, d.start - 10), d.start))


def _ranked(ds: list, text: str, published: str | None) -> list:
    """The date mentions of one sentence, the one that dates its incident first: a calendar date beats a
    weekday ("on Monday 5 March") and a day beats a week or a month of the window ("on Monday, the deadliest
    attack this month"); a week or a month before the window still tells another time ("killed in October
    during an overnight raid"). The date of a comparison's yardstick ("the deadliest since ... last month",
    ``_comparison_date``) and the day of a statement ("police said on Wednesday") come last."""
    return sorted(ds, key=lambda d: (_speech_date(text, d), _comparison_date(text, d) or _run_start(text, d),
                                     d.precision in (2, 3) and not outside_window(d, published),
                                     d.kind in ("weekday", "ar_weekday", "yesterday", "today"), d.start))


@lru_cache(maxsize=1)
def _relative_days() -> tuple[re.Pattern, dict[str, int]]:
    offsets = {}
    for entry in lexicons.load("events_relative_days"):
        k, _, phrase = entry.partition(" ")
        offsets[" ".join(phrase.split())] = int(k)
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(offsets, key=len, reverse=True))
    return re.compile(r"\b(?:" + alt + r")\b", I), offsets


def _shifted(ds: list, sentence: str) -> list:
    """The day told just before, moved by the sentence's own offset from it ("A day earlier, the air force
    struck ...", "The next day, gunmen ..."): [that day] or DS unchanged."""
    if not ds or ds[0].date is None or ds[0].precision != 1:
        return ds
    rx, offsets = _relative_days()
    m = rx.search(sentence)
    if m is None:
        return ds
    from dataclasses import replace
    from datetime import date, timedelta
    day = date.fromisoformat(ds[0].date[:10]) + timedelta(days=offsets[" ".join(m.group(0).lower().split())])
    return [replace(ds[0], date=day.isoformat(), relative=True)]


def _date_told_before(start: int, spans: list, all_dates: list, text: str, published: str | None) -> list:
    """[the date of the last sentence before offset ``start`` that names one] (``_ranked``), or []."""
    prev = [d for d in all_dates if d.start < start]
    if not prev:
        return []
    last = prev[-1]
    sent = next(((a, b) for a, b in spans if a <= last.start < b), None)
    if sent is None:
        return [last]
    return _ranked([d for d in prev if sent[0] <= d.start < sent[1]], text, published)[:1]


def _attackers_to_battle(cands: list, day_of: dict) -> None:
    """Attackers reported killed in a report that tells both their attack on civilians and the security
    forces' battle with them (a siege ended, a hotel retaken): they died in the battle, so their deaths are
    its toll, kept apart from the victims of the attack."""
    from datetime import date
    battles = [c for c in cands if c.sub_event_type in ("Armed clash", "Government regains territory")]
    if not battles:
        return
    for c in cands:
        if c.event_type != "Violence against civilians":
            continue
        att = [m for m in c.casualty_mentions if m.kind == "killed" and m.attackers]
        if not att:
            continue
        d0 = day_of.get(id(c))
        near = [b for b in battles if d0 is not None and day_of.get(id(b)) is not None
                and abs((date.fromisoformat(day_of[id(b)]) - date.fromisoformat(d0)).days) <= 1]
        if not near:
            continue
        c.casualty_mentions = [m for m in c.casualty_mentions if m not in att]
        near[0].casualty_mentions.extend(att)


# -- the reporting window ---------------------------------------------------------------------------------
WINDOW_DAYS = 7      # an event is what the report tells as happening on its publication day or the week before
LEAD_SENTENCES = 1   # the opening sentence tells the report's own incident
SNIPPET_SENTENCES = 4  # a text this short is an excerpt, not a report: no lead/body distinction


def outside_window(d: "dates_mod.DateMention | None", published: str | None) -> bool:
    """Is the date mention older than the reporting window (or later than the day after publication)? A
    month-only date is outside unless it names the publication month. Without a publication date or a
    resolved date nothing is outside."""
    pub = dates_mod.parse_published(published)
    if d is None or d.date is None or pub is None:
        return False
    from datetime import date as _date
    day = _date.fromisoformat(d.date[:10])
    if d.precision == 3:
        return (day.year, day.month) != (pub.year, pub.month)
    if d.precision == 2:      # a week (from its Monday): "last week" starts at least a week before
        return not (-1 <= (pub - day).days <= WINDOW_DAYS)
    return not (-1 <= (pub - day).days <= WINDOW_DAYS)


_KILL_ACTIVE = _lex("events_kill_verbs_active")
# a relative clause that tells another incident of the actor or place named after the trigger ("recaptured
# the bridge from rebels who had stormed it a month before, killing nine", "freed the town from militants
# who had overrun it last year, killing dozens"): its toll is that incident's, not the event's
_OTHER_INCIDENT_REL = re.compile(r"\b(?:who|which)\s+(?:(?:had|have|has|first|originally|earlier|previously)\s+)*"
                                 r"(?:seized|captured|overran|overrun|stormed|took|taken|occupied|attacked|raided|besieged|invaded)\b", I)


# ", while six soldiers died ...": a clause of its own, with its own subject (not ", while on patrol", ", while
# trying to ...")
_WHILE = re.compile(r"[,;]\s+(?:while|whereas|meanwhile,?)\s+(?!(?:[\w-]+ing|on|in|at|under|during|still)\b)", I)


def _while_clause(text: str, span: tuple[int, int], trig: tuple[int, int] | None) -> int | None:
    """Where the clause that holds the trigger starts when a sentence joins two incidents by ", while" and
    each clause gives a toll of its own ("The army said it had killed 40 rebels in operations last week,
    while four soldiers died when a mine hit their truck on Monday."): the tolls and the days told before that
    start are the other clause's, not the trigger's; None otherwise."""
    if trig is None:
        return None
    last = None
    for m in _WHILE.finditer(text, span[0], trig[0]):
        last = m
    if last is None or not casualties(text[span[0]:last.start()], span[0]) or not casualties(text[last.end():span[1]]):
        return None     # (", while several trucks were destroyed": no toll of its own, a detail of the same incident)
    return last.end()


def _other_incident_toll(text: str, trig: tuple[int, int] | None, c) -> bool:
    """Is casualty mention ``c`` (text offsets) told inside a relative clause of another incident that follows
    the sentence's trigger (``_OTHER_INCIDENT_REL``)?"""
    if trig is None or c.start <= trig[1]:
        return False
    return bool(_OTHER_INCIDENT_REL.search(text, trig[1], c.start))


# a quoted phrase that opens with its figure ('killing "dozens of terrorists", the army said'), or with the
# figure's modifier ('killing "around 30 terrorists"', a statement's hedge quoted with it): the opening quote
# blanked, as for a figure in scare quotes
_QUOTED_PHRASE = re.compile(r"(?<=\s)[\"“‘](?=(?:" + numbers_mod._MOD + r"\s+)?(?:dozens|scores|hundreds|several|many|\d[\d,]*|"
                            + numbers_mod._WORD + r")\s+(?:of\s+)?[a-z])", I)
_SCARE_QUOTED = re.compile(r"[\"“”‘’'](dozens|scores|hundreds|thousands|several|many|tens|\d[\d,]*|" + numbers_mod._WORD + r")[\"“”‘’']"
                           r"(?=\s+(?:of\s+)?[a-z])", I)
_MODEL_NUMBER = re.compile(r"\b([A-Z][A-Za-z]{0,2}-)(\d{1,3})\b")


_DEATH_EUPHEMISM = _lex("events_death_euphemisms")
# ", and killed a man", "and shot dead two guards" (read "killed"), after another verb's object: the verb and what
# follows it are a clause of its own
_ACTIVE_KILL_OBJECT = re.compile(r",?\s*\band(?=\s+(?:then\s+|later\s+|also\s+)?(?:killed|shot\s+dead)\s+(?:an?|one|"
                                 + numbers_mod._WORD + r"|\d{1,3})\s)", I)


def casualties(sentence: str, offset: int = 0) -> list:
    """The casualty mentions of a sentence (``annotate.numbers.casualties``), with the killing verbs news
    writes before the victims ("gunmen shot dead two policemen", "gunned down four traders") read as
    "killed": each is replaced by "killed" padded to its length, so that every offset stays the same."""
    def pad(m: re.Match) -> str:
        w = m.group(0)
        nxt = re.match(r"\s+", sentence[m.end():])
        q = numbers_mod.QUANTITY_RE.match(sentence, m.end() + nxt.end()) if nxt else None
        if q is None or q.start() != m.end() + nxt.end():
            return w      # a passive ("were shot dead") or no count after it: as written
        k = "killing" if w.lower().endswith("ing") or " ".join(w.split()).lower().startswith(("shooting", "gunning")) else "killed"
        return k + " " * (len(w) - len(k)) if len(w) >= len(k) else w
    read = _KILL_ACTIVE.sub(pad, sentence)
    # "17 militants were neutralised and two soldiers paid the supreme price": the phrases military statements
    # use for being killed, read as "were killed" after their victims
    read = _DEATH_EUPHEMISM.sub(lambda m: "were killed" + " " * (len(m.group(0)) - 11) if len(m.group(0)) >= 11
                                else m.group(0), read)
    # "abducted 23 villagers and killed a man who resisted": the dead are the kill verb's own object, not the
    # figure of another verb before it: the conjunction is read as a clause break (";", same length)
    read = _ACTIVE_KILL_OBJECT.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), read)
    # a figure in scare quotes ('killed "dozens" of gunmen', 'had "neutralised" 17'): the quotes blanked
    read = _SCARE_QUOTED.sub(lambda m: " " + m.group(1) + " ", read)
    read = _QUOTED_PHRASE.sub(" ", read)
    if any(ch.isdigit() for ch in sentence):
        # a model designation is no count ("F-16 jets struck ..., killing five", "AK-47 rifles")
        read = _MODEL_NUMBER.sub(lambda m: m.group(1) + " " * len(m.group(2)), read)
        # a calendar date is no count and its month no modal ("BEIRUT, May 27 (AFP) - Air strikes killed ..."):
        # it is blanked (same length, so every offset stays the same)
        for d in dates_mod.find_dates(sentence):
            if d.kind in ("iso", "mdy_num", "dmy", "mdy"):
                read = read[:d.start] + " " * (d.end - d.start) + read[d.end:]
    return [c for c in numbers_mod.casualties(read, offset) if not _animals(read, c)]


@lru_cache(maxsize=1)
def _animal_rx() -> re.Pattern:
    return re.compile(r"\s+(?:of\s+)?(?:(?:their|the|his|her|[a-z]+'s)\s+)?(?:[\w-]+\s+)?(?:"
                      + lexicons.alternation("events_animal_nouns") + r")\b", I)


def _animals(sentence: str, c) -> bool:
    """Is casualty mention ``c`` a count of animals ("killing several sheep", "12 head of cattle were killed")?
    ACLED's fatalities count people only."""
    q = c.quantity
    if re.search(r"\s(?:and|plus)\s|,", sentence[q.start:q.end]):
        return False     # figures added up ("five people and 40 cows"): not only animals
    return bool(_animal_rx().match(sentence, q.end))


# what a later sentence may make of an incident told before: the weapon it names is more specific
_REFINES = {"Suicide bomb": ("Attack", "Remote explosive/landmine/IED", "Grenade", "Armed clash"),
            # "medics suspect some of the shells contained chlorine": the munitions told before carried a toxic agent
            "Chemical weapon": ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED",
                                "Attack"),
            "Remote explosive/landmine/IED": ("Attack",)}
_BACK_REFERENCE = _lex("events_back_reference")
_BLAST_WORD = re.compile(r"explosions?|blasts?|bombings?|bomb\s+attacks?|attacks?", I)


def _told_in_detail(cands: list, sub: str, lab: "SentenceLabel", text: str, cm: list, days: set, another: bool,
                    report: bool, day_of: dict) -> "Candidate | None":
    """The incident a later sentence of a full report tells again in more detail, or None: the sentence names a
    more specific weapon than the incident's type (``_REFINES``; a roadside bomb after "an attack" only where
    the incident's trigger was a blast or an attack), gives no toll and no other day of its own, and does not
    introduce another incident ("a second bomber", "in a separate attack")."""
    if not report or not cands or another or cm or sub not in _REFINES:
        return None
    prev = cands[-1]
    if prev.sub_event_type not in _REFINES[sub]:
        return None
    if days and day_of.get(id(prev)) not in days:
        return None
    if sub not in ("Suicide bomb", "Chemical weapon") and not _BLAST_WORD.fullmatch(text[prev.trigger[0]:prev.trigger[1]]):
        return None
    if re.search(r"\b(?:separate|another|second|third|later|earlier)\b", text[lab.start:lab.end], I):
        return None
    if not _BACK_REFERENCE.search(text, lab.start, lab.end):
        return None     # new people and a new scene ("two women carrying suicide vests"): another incident
    return prev


def _day_told_after(c: Candidate, cands: list, spans: list, text: str, all_dates: list, published: str | None) -> list:
    """For an incident told without a date: the day a following sentence gives it when it refers back to it
    ("The attack took place on Tuesday evening."), within the next three sentences and before the next
    incident is told."""
    nxt = min([o.anchor[0] for o in cands if o.anchor[0] > c.anchor[0]] or [len(text)])
    after = [(a, b) for a, b in spans if a >= c.anchor[1] and a < nxt][:3]
    for a, b in after:
        if not _BACK_REFERENCE.search(text, a, b):
            continue
        dd = [d for d in all_dates if a <= d.start < b and d.date is not None and d.precision == 1
              and not outside_window(d, published) and not _speech_date(text, d)]
        if dd:
            return dd[:1]
    return []


# "..., police said on Wednesday", "officials told reporters on Tuesday": the day of the statement, not of the
# incident (wire leads put the speech date after the attribution; the incident may be days older)
# (also "the ministry said in a statement on Thursday", "... said in a statement read on state television late on
# Thursday": the medium of the statement between the verb and its day)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:[\w.]+\s+){1,3}?|announced|reported|confirmed|added|stated|"
                            r"claimed|denied|warned|explained)"
                            r"(?:\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|interview|video|"
                            r"broadcast|speech|message|post)(?:\s+(?:read|published|posted|issued|broadcast|aired|carried|"
                            r"released)\s+(?:on|by)\s+(?:[\w-]+\s+){1,3}?)?)?"
                            r"\s*(?:,\s*)?(?:late\s+|early\s+)?$", I)


# "BEIRUT, Nov 27 (AFP) -": the day the report was filed, like a statement's day
# "KIRKUK, Iraq, May 3 (Wire) -", and in title case "Pemba, Jan 27 (Lusa) -", "Ciudad del Este, 3 May -": a place of
# up to four words (capitalised, or a lower-case particle between them) opening a line, then the date
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Z .'’-]+|[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|del|da|do|al|el|la|es)){0,3})"
                              r"(?:,[ \t]*[A-Z][\w .'’-]*)?,[ \t]*$")
_DATELINE_AFTER = re.compile(r"(?:,?[ \t]*(?:19|20)\d\d)?[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*[-–—:]")


# "the death toll from the market bombing rose to 31 on Thursday": the day the toll was updated, told after the
# figure, not the day of the incident (told elsewhere: "the bomb went off on Tuesday")
_UPDATE_BEFORE = re.compile(r"\btoll\b[^.;]{0,160}?\b(?:rose|risen|rises|climbed|jumped|increased|grew|mounted)\s+to\s+"
                            r"(?:(?:at\s+least|about|some|around|nearly)\s+)?(?:\d[\d,]*|" + numbers_mod._WORD + r")"
                            r"(?:\s+(?:people|dead|deaths|victims))?\s+(?:late\s+|early\s+)?$", I)


def _speech_date(text: str, d) -> bool:
    """Is date mention ``d`` the day someone said something (it follows a speech verb) or the dateline's, or
    the day a toll was updated (``_UPDATE_BEFORE``)?"""
    if _SPEECH_BEFORE.search(text, max(0, d.start - 100), d.start):
        return True
    if _UPDATE_BEFORE.search(text, max(0, d.start - 200), d.start):
        return True
    return bool(_DATELINE_BEFORE.search(text, max(0, d.start - 60), d.start) and _DATELINE_AFTER.match(text, d.end))


_POSTURE = re.compile(r"(?:dispatch|reinforc|deploy|mobili[sz]|sent\s|curfew|state\s+of\s+emergency|martial\s+law)[\w\s]*", I)
# "the militiamen had set up checkpoints on the main road": checkpoints are how an armed group holds ground it
# already took or guards (posture), not a base of its own
_CHECKPOINTS = re.compile(r"\b(?:checkpoints?|roadblocks?|barricades?)\b", I)
_CROWD = re.compile(r"\b(?:thousands|hundreds|dozens|scores|crowds?|people|supporters|residents|demonstrators|"
                    r"activists|students|workers|women|villagers)\b", I)
_TOTAL_OF = re.compile(r"\ba\s+(?:combined\s+)?total\s+of\b", I)


def _total_of_a_day(text: str, lab: "SentenceLabel", ds: list, published: str | None) -> bool:
    """Is the sentence's only tally phrase "a total of" (a sum of casualties, not a count of incidents) and does
    it name a day of the reporting window (not the start of a run: "since Monday")?"""
    if lab.trigger is None:
        return False
    win = text[max(lab.start, lab.trigger[0] - 60):min(lab.end, lab.trigger[1] + 60)]
    tallies = [m.group(0) for m in AGGREGATE.finditer(win)]
    if not tallies or not all(_TOTAL_OF.fullmatch(t) for t in tallies):
        return False
    return any(d.precision == 1 and not outside_window(d, published) and not _speech_date(text, d)
               and not _SINCE.search(text, max(0, d.start - 12), d.start) for d in ds)


def _sentence_days(all_dates: list, lab: "SentenceLabel", published: str | None, text: str | None = None) -> set[str]:
    """The days of the reporting window a sentence names ("on Monday", "on 9 May"), as ISO dates; with
    ``text``, not the day of a statement ("police said on Wednesday")."""
    return {d.date[:10] for d in all_dates if lab.start <= d.start < lab.end and d.date is not None
            and d.precision == 1 and not outside_window(d, published)
            and not (text is not None and _speech_date(text, d))}


def _specific(c: Candidate, text: str) -> bool:
    """Does the event's own passage tie it to a particular occasion: a date of its own or a toll of its
    own? A sentence with neither ("there have been several bombings in recent weeks", "the battles raging
    in the city have worsened the plight of residents") tells a situation, not an incident."""
    a, b = c.anchor
    if c.own_date:
        return True
    if re.match(_ANOTHER_TOLD, text[a:b], I):
        return True   # "..., and a similar march took place in ...": told as happening then
    if c.strength >= 0.9 and not re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:carried|used|launched|sent|staged|claimed)\b", text[a:b], I):
        return True
    # a witness hearing or seeing it tells one occasion of the report's own time
    return bool(casualties(text[a:b], a)) or bool(PERCEPTION.search(text, a, b))


@lru_cache(maxsize=1)
def _medical_rx() -> re.Pattern:
    return re.compile(r"\b(?:" + lexicons.alternation("events_medical_sources") + r")\b", I)


def _battle_toll(sub: str | None, lab: "SentenceLabel", text: str, st: str, cands: list, report: bool) -> bool:
    """Is the sentence a medical source's toll ("a hospital said it received 32 bodies") in a full report
    that tells a battle? Only a weak violence trigger (killed, dead, attack) is read so."""
    if not report or sub != "Attack" or lab.trigger is None or not WEAK_VIOLENCE.match(text[lab.trigger[0]:lab.trigger[1]]):
        return False
    if not any(c.sub_event_type == "Armed clash" for c in cands):
        return False
    return bool(_medical_rx().search(st))


REPORT_PARAGRAPHS = 3   # a short wire item laid out in this many paragraphs is a report too


def regime(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """'report' (more than SNIPPET_SENTENCES sentences: a lead and a body; or a short text laid out in
    REPORT_PARAGRAPHS paragraphs or more, a wire item with a dateline and a body) or 'excerpt'."""
    n = len(spans if spans is not None else split_sentences(text or ""))
    if n > SNIPPET_SENTENCES:
        return "report"
    paragraphs = [p for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    return "report" if len(paragraphs) >= REPORT_PARAGRAPHS and n >= REPORT_PARAGRAPHS else "excerpt"


def reported(cands: list[Candidate], text: str, published: str | None,
             spans: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """The candidates the report tells as events of its reporting window, renumbered in order. Dropped:
    events dated outside the window (history, past campaigns: "a drone strike last month", "in March"),
    and, after the lead sentences, passages that tie the event to no occasion (general and trend
    statements, situations, plans told in passing)."""
    spans = spans if spans is not None else split_sentences(text)
    lead_end = spans[min(LEAD_SENTENCES, len(spans)) - 1][1] if spans else 0
    if len(spans) <= SNIPPET_SENTENCES:   # an excerpt tells its incident in every sentence
        lead_end = len(text)
    kept = []
    for c in cands:
        if outside_window(c.date, published):
            c.background = True
        elif c.anchor[0] >= lead_end and not _specific(c, text):
            c.background = True
        elif len(spans) > SNIPPET_SENTENCES and c.own_date and c.date is not None and c.date.precision == 3:
            # "earlier this month": no day can be told, and most of a month lies before the week of the report
            c.background = True
        if not c.background:
            kept.append(c)
    kind = regime(text, spans)
    for i, c in enumerate(kept):
        c.order = i
        c.regime = kind
    return kept


_CLAIM_SUBJ = re.compile(r"(?:^|[,;:]\s*|\bhowever,?\s+|\band\s+)(?P<subj>[A-Z][^,;:]{1,90}?)\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+)*claimed\s+(?:responsibility|credit)")
_CLAIM_OBJ = re.compile(r"(?:attributed|blamed)\s+(?:\w+\s+){0,4}?(?:on|to)\s+(?:an?\s+|the\s+)?(?P<obj>[^,;.]{2,90}?)(?:\s+and\s+stated|\s+and\s+said|[,;.]|$)")


def claimant(sentence: str, offset: int = 0) -> "actors_mod.ActorMention | None":
    """Who claimed (or was blamed for) the attack in a claim-of-responsibility sentence."""
    named = actors_mod.find_actors(sentence, offset, generic=False)
    m = _CLAIM_SUBJ.search(sentence) or _CLAIM_OBJ.search(sentence)
    if m is None:
        return named[0] if named else None
    g = "subj" if "subj" in m.groupdict() and m.group("subj") else "obj"
    s, e = m.span(g)
    inside = [a for a in named if s <= a.start - offset < e]
    if inside:
        return inside[0]
    phrase = sentence[s:e].strip()
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=I)
    if re.match(r"^(?:no|nobody|none|it|they|he|she|which|who|sources?|officials?|police|authorities)\b", phrase, I) or len(phrase) < 2:
        return named[0] if named else None
    if re.fullmatch(r"(?:unknown|unidentified)?\s*(?:gunmen|assailants|attackers|militants|perpetrators)", phrase, I):
        return actors_mod.ActorMention(offset + s, offset + e, phrase, "unidentified", None)
    a = actors_mod.lookup(phrase)
    if a is None:
        a = actors_mod.Actor(phrase, (), (), None, None, 2)
    return actors_mod.ActorMention(offset + s, offset + e, phrase, "named", a)


# -- actors for an event -----------------------------------------------------------------------------------
_VICTIM_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
                           r"(?:killed|wounded|injured|shot|hurt|kidnapped|abducted|ambushed|attacked|targeted)\b", re.I)
_STATE_ACTS = {"Government regains territory", "Arrests", "Disrupted weapons use"}
_PROTEST = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}


def choose_actors(c: Candidate, country: str | None, text: str) -> tuple[tuple[str | None, int | None, tuple[int, int] | None, bool],
                                                                       tuple[str | None, int | None, tuple[int, int] | None, bool]]:
    """-> ((actor1, inter1, span, inferred), (actor2, inter2, span, inferred))."""
    trig = c.trigger[0]
    acts = c.actors
    named = [a for a in acts if a.kind == "named"]
    # named in the event's own sentences, not in a sentence that blames a kind of attack in general
    own_named = [a for a in named if not any(x <= a.start < y and _GENERAL_BLAME.search(text, x, y)
                                             for x, y in c.sentences)]

    def res(a, inferred=False):
        if a is None:
            return (None, None, None, True)
        n, i = a.resolve(country)
        return (n, i, (a.start, a.end), inferred)

    def generic(kind, inferred=True):
        m = actors_mod.ActorMention(c.anchor[0], c.anchor[0], "", kind, None)
        n, i = m.resolve(country)
        return (n, i, None, inferred)

    sub = c.sub_event_type
    a1 = a2 = None
    if sub in _PROTEST or sub == "Violent demonstration":
        a1 = generic("protesters" if sub in _PROTEST else "rioters")
        pol = next((a for a in acts if a.kind in ("police", "military")), None)
        if sub != "Peaceful protest" and pol is not None:
            a2 = res(pol)
        elif sub != "Peaceful protest":
            a2 = generic("police")
        else:
            a2 = (None, None, None, True)
        return a1, a2
    if sub == "Mob violence":
        return generic("rioters"), generic("civilians")
    if c.claimed_by is not None and c.event_type in _STRONG_FAMILY:
        a1 = res(c.claimed_by)
    before = [a for a in acts if a.start < trig and a.kind != "civilians" and a.kind not in ("protesters", "rioters")]
    # "Three policemen were killed ... when gunmen attacked": the victims named first are not actor1
    victims = [a for a in before if _VICTIM_AFTER.match(text, a.end)]
    before = [a for a in before if a not in victims]
    after = [a for a in acts if a.start >= trig]
    if a1 is None:
        if sub in _STATE_ACTS:
            st = next((a for a in acts if a.kind in ("police", "military") or (a.actor and a.actor.inter == 1)), None)
            a1 = res(st) if st else generic("police" if sub == "Arrests" else "military")
        elif sub == "Air/drone strike":
            nb = [a for a in before if a.kind == "named"] or [a for a in after if a.kind == "named"]
            if nb:
                a1 = res(nb[0])
            else:
                st = next((a for a in before if a.kind in ("military",)), None)
                a1 = res(st) if st else (None, None, None, True)
        else:
            nb = [a for a in before if a.kind == "named"]
            if nb:
                a1 = res(nb[-1])
            elif before:
                a1 = res(before[-1])
            elif own_named and c.event_type in _STRONG_FAMILY:
                a1 = res(own_named[0])
            elif c.event_type in _STRONG_FAMILY:
                a1 = generic("unidentified")
            else:
                a1 = (None, None, None, True)
    # actor2: the target
    if c.event_type == "Violence against civilians":
        a2 = generic("civilians", inferred=not any(a.kind == "civilians" for a in acts))
    else:
        cand2 = victims + [a for a in after if a.kind not in ("civilians",)] + [a for a in before if a.kind not in ("civilians",)]
        cand2 = [a for a in cand2 if (a1[0] is None or a.resolve(country)[0] != a1[0])
                 and not (a.kind == "unidentified" and a1[0] is not None)
                 and not (c.trigger[0] <= a.start < c.trigger[1])]
        if cand2:
            a2 = res(cand2[0])
        elif c.event_type in ("Explosions/Remote violence",) and any(a.kind == "civilians" for a in acts):
            a2 = generic("civilians", inferred=False)
        else:
            a2 = (None, None, None, True)
    return a1, a2
