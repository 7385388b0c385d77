"""The driver taxonomy: why violence rises or falls, as sources explain it.

The categories are the nine of the annotation brief (``../shared/data/reports/GUIDE.md``): each has an id
(stored in ``Claim.driver``), the brief's exact category string (``category``), a label, a definition and a
lexicon of cue phrases in ``marsad/data/lexicons/drivers_<id>.txt``, written from general knowledge of
conflict analysis (not derived from any data set; each file says so on its first line). A trailing ``*``
in an entry ends a word prefix ("unemploy*" = unemployed, unemployment). ``classify(cause, context)``
scores a cause span (and, more weakly, its sentence) against the lexicons; a cause that matches no category
keeps ``driver = None`` ("causal, outside the taxonomy": ground lost in battle, pressure from an offensive).
docs/claims.md documents it.

Public API:
    DRIVERS: dict[id, Driver]
    classify(cause_text, context_text="", preceding_text="", learned=True) -> str | None
    scores(cause_text, context_text="", preceding_text="") -> dict[id, float]
    label(id) -> str | None;  category(id) -> str | None   (the brief's exact string)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicons

VERSION = "drivers-4"


@dataclass(frozen=True)
class Driver:
    id: str
    category: str                  # the annotation brief's exact category string
    label: str
    definition: str

    @property
    def cues(self) -> tuple[str, ...]:
        return lexicons.load(f"drivers_{self.id}")


DRIVERS: dict[str, Driver] = {d.id: d for d in (
    Driver("security_posture", "security posture/deployment", "Security posture and deployment",
           "Where and how security forces are deployed: checkpoints, patrols, withdrawals, redeployments, "
           "reduced presence, security vacuums, operations held back or stretched thin."),
    Driver("leadership_change", "leadership/command change", "Leadership and command change",
           "Removal, replacement, death or arrest of commanders, officials or group leaders; command reshuffles "
           "and the loss of experienced leaders and their networks."),
    Driver("pandemic_lockdown", "pandemic/lockdown", "Pandemic and lockdown",
           "Epidemics and the measures against them: lockdowns, curfews, quarantines, and attention or resources "
           "diverted to the health emergency."),
    Driver("economic_hardship", "economic hardship/unemployment", "Economic hardship and unemployment",
           "Poverty, unemployment, loss of income, price rises, unpaid salaries and economic crisis, which make "
           "people susceptible to recruitment or fuel unrest."),
    Driver("displacement_reintegration", "displacement/camps/reintegration", "Displacement, camps and reintegration",
           "Displaced people and refugees, camps, returns, and the (failed) rehabilitation or reintegration of "
           "fighters' families and former members."),
    Driver("terrain_safe_havens", "terrain/safe havens", "Terrain and safe havens",
           "Geography that shelters armed groups: deserts, mountains, forests, marshes, porous borders, remote and "
           "ungoverned areas used as hideouts and rear bases."),
    Driver("governance_corruption", "governance/corruption", "Governance and corruption",
           "Weak, absent or predatory government: corruption, mismanagement, poor decisions, failure to provide "
           "services or justice, impunity, political instability."),
    Driver("sectarian_grievance", "sectarian grievance", "Sectarian and communal grievance",
           "Grievances between religious, ethnic, tribal or communal groups: marginalisation, discrimination, "
           "sectarian politics and revenge."),
    Driver("external_support", "external support", "External support",
           "Support from outside: foreign states or networks that fund, arm, train or shelter an armed group, "
           "foreign fighters, cross-border supply lines."),
)}


def _word(w: str, plurals: bool = False) -> str:
    head = r"[\w.'’]*" if w.startswith("*") and len(w) > 1 else ""      # '*-backed': U.S.-backed, Iranian-backed
    w = w[1:] if head else w
    if w.endswith("*"):
        return head + re.escape(w[:-1]) + r"[\w'’-]*"
    if plurals and re.fullmatch(r"[a-z]{3,}", w):
        # a noun cue stands for its plural too ('withdrawal': the withdrawals; 'economy': economies)
        if w[-1] == "y" and w[-2] not in "aeiou":
            return head + re.escape(w[:-1]) + r"(?:y|ies)"
        return head + re.escape(w) + (r"(?:es)?" if w[-1] in "sxz" or w[-2:] in ("ch", "sh") else r"s?")
    return head + re.escape(w)


def _fragment(entry: str, plurals: bool = False) -> str:
    return r"\s+".join(_word(w, plurals) for w in entry.split())


@lru_cache(maxsize=None)
def cue_regex(lexicon: str, plurals: bool = False) -> re.Pattern:
    """A case-insensitive regex of lexicon LEXICON's entries on word boundaries ('*' ends a word prefix); with
    ``plurals``, a whole word of an entry also matches its plural ('camp' matches 'camps')."""
    cues = sorted(lexicons.load(lexicon), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(_fragment(c, plurals) for c in cues) + r")(?![\w])",
                      re.IGNORECASE)


def _compiled(driver_id: str) -> re.Pattern:
    return cue_regex(f"drivers_{driver_id}", plurals=True)


@lru_cache(maxsize=None)
def _posture() -> re.Pattern:
    """A security actor followed closely by a posture word: 'troops have been diverted to ...', 'the police are
    stretched', 'units were redeployed to the capital' (the posture, whatever the forces are busy with)."""
    actors = cue_regex("drivers_posture_actors", plurals=True).pattern
    verbs = cue_regex("drivers_posture_verbs", plurals=True).pattern
    # 'the army's retreat', 'the troops' pullback': a possessive ends the actor
    return re.compile(actors + r"(?:['’]s?)?(?:\s+[\w'’-]+){0,3}?\s+" + verbs, re.IGNORECASE)


@lru_cache(maxsize=None)
def _posture_of() -> re.Pattern:
    """The same posture as a noun before its security actor: 'the absence of police', 'the departure of the
    peacekeepers', 'the closure of several army bases' (at most two words between)."""
    actors = cue_regex("drivers_posture_actors", plurals=True).pattern
    nouns = cue_regex("drivers_posture_nouns", plurals=True).pattern
    return re.compile(nouns + r"\s+(?:of|by)(?:\s+[\w'’-]+){0,2}?\s+" + actors, re.IGNORECASE)


# a leader who is the victim of an armed group ('the murder of a community leader by the gang'): no change in the
# command of those who act
_VICTIM_LEADER = re.compile(r"(?i)\b(?:killing|murder|assassination|abduction|kidnapping|shooting)\s+of\s+(?:an?|the)\s+"
                            r"(?:[\w'’-]+\s+){0,5}?leaders?\b(?:\s+[\w'’-]+){0,4}?\s+by\b")


# weather in a place ('the heavy rain in the hills', 'snowstorms in the mountains'): the cause is the weather, outside
# the taxonomy, whatever ground it fell on
_WEATHER = re.compile(r"(?i)\b(?:rain\w*|downpours?|storms?|snow\w*|floods?|flooding|drought\w*|heatwaves?|heat|fog|"
                      r"monsoon\w*|cyclones?|hurricanes?|typhoons?|landslides?|mudslides?|sandstorms?|weather|frost)\b")


def _between(stop: str = "") -> str:
    """Up to two or three words between two parts of a pattern, none of them a preposition that would start a
    phrase of its own ('the army' in 'attacks on the army' is no object of 'attacks')."""
    return r"(?:\s+(?!(?:of|on|to|against|at|with|by|from|in|into|and|or)\b" + stop + r")[\w'’.-]+)"


@lru_cache(maxsize=None)
def _posture_done() -> re.Pattern:
    """A posture verb before the security actor it acts on: 'withdrawing its troops', 'dissolve the regional
    forces', 'sent more soldiers' (at most three words between, no preposition among them)."""
    actors = cue_regex("drivers_posture_actors", plurals=True).pattern
    verbs = cue_regex("drivers_posture_transitive").pattern
    return re.compile(verbs + _between() + r"{0,3}?\s+" + actors, re.IGNORECASE)


@lru_cache(maxsize=None)
def _foreign_help() -> re.Pattern:
    """Help to one side that comes from abroad: a foreign helper before the help ('coalition air support',
    'international troops') or the help before where it comes from ('air cover from an allied coalition',
    'troops sent by neighbouring countries')."""
    foreign = cue_regex("drivers_foreign_markers", plurals=True).pattern
    help_ = cue_regex("drivers_help_nouns", plurals=True).pattern
    before = foreign + _between() + r"{0,2}?\s+" + help_
    after = (help_ + r"(?:\s+(?:sent|provided|supplied|given|deployed|lent))?\s+(?:from|by)" + _between() +
             r"{0,3}?\s+" + foreign)
    return re.compile(before + "|" + after, re.IGNORECASE)


@lru_cache(maxsize=None)
def _state_aid() -> re.Pattern:
    """A foreign state named by its adjective right before the help it gives ('Russian backing', 'Turkish
    military aid', 'Western funding'): external support. Only help other than the state's own forces counts
    ('Iraqi troops' are no backer), at most one word between; a country or a capital counts as its state,
    before the help ('Iran's support') or after it ('support from Iran')."""
    states = cue_regex("drivers_foreign_demonyms").pattern
    # a country, or a capital or seat of power standing for its state, mostly with a possessive ("Iran's
    # support", "Washington's aid", "the Kremlin's backing")
    places = ("(?:" + cue_regex("drivers_foreign_capitals").pattern + "|" +
              cue_regex("drivers_foreign_countries").pattern + r")")
    aid = cue_regex("drivers_foreign_aid_nouns", plurals=True).pattern
    before = ("(?:" + states + "|" + places + r"(?:['’]s?)?)(?:\s+(?!(?:and|or)\b)[\w'’-]+)?\s+" + aid)
    # the help before the state it comes from: 'support from Iran', 'weapons supplied by Russia', 'funding
    # from the Qatari government'
    after = (aid + r"(?:\s+(?:sent|provided|supplied|given|offered|delivered|shipped))?\s+(?:from|by)\s+"
             r"(?:the\s+)?(?:" + places + r"(?![\w'’-])|" + states + r"\s+(?:government|state|authorities|regime))")
    return re.compile(before + "|" + after, re.IGNORECASE)


@lru_cache(maxsize=None)
def _state_failing() -> re.Pattern:
    """A failing or an imposition of the government named with the government itself: 'the failure of the elected
    government to ...', 'the inability of the local authorities', 'the government's restrictions on ...', 'the
    regime's neglect': governance (at most two words between)."""
    actors = cue_regex("drivers_state_actors").pattern
    fail = cue_regex("drivers_state_failings").pattern
    of_form = fail + r"\s+(?:of|by)\s+(?:(?:the|its|their|a)\s+)?(?:[\w'’-]+\s+){0,2}?" + actors
    poss_form = actors + r"['’]s?(?:\s+[\w'’-]+)?\s+" + fail
    imposed = fail + r"(?:\s+[\w'’-]+){0,4}?\s+(?:imposed|ordered|decreed|enforced)\s+by\s+(?:the\s+)?" + actors
    return re.compile(of_form + "|" + poss_form + "|" + imposed, re.IGNORECASE)


@lru_cache(maxsize=None)
def _community_targeted() -> re.Pattern:
    """Abuse aimed at a community named by its own (capitalised) name: 'reprisals against X villagers', 'the
    persecution of X herders' (group 1: the name; a nationality or a capital is no community of this kind)."""
    abuse = cue_regex("drivers_abuse_heads", plurals=True).pattern
    people = cue_regex("drivers_community_nouns").pattern
    return re.compile(r"(?i:" + abuse + r")(?:\s+[\w'’-]+){0,4}?\s+(?i:against|of|on|targeting|towards|toward)\s+"
                      r"(?:(?i:the)\s+)?([A-Z][a-z'’-]+)\s+(?i:" + people + r")")


def _communities_targeted(text: str) -> list[str]:
    out = []
    for m in _community_targeted().finditer(text):
        name = m.group(1)
        if not (cue_regex("drivers_foreign_demonyms").fullmatch(name) or
                cue_regex("drivers_foreign_capitals").fullmatch(name)):
            out.append(m.group(0))
    return out


@lru_cache(maxsize=None)
def _lacks_equipment() -> re.Pattern:
    """Forces short of what they fight with: 'they lack armoured vehicles', 'a shortage of ammunition', 'without
    air cover' (a shortage word, at most three words, then the equipment): a posture of the forces."""
    short = cue_regex("drivers_shortage_words").pattern
    gear = cue_regex("drivers_equipment_nouns", plurals=True).pattern
    return re.compile(short + _between() + r"{0,3}?\s+" + gear, re.IGNORECASE)


@lru_cache(maxsize=None)
def _forces_absent() -> re.Pattern:
    """Forces said to be missing from a place, as a clause with no posture noun of its own: 'there were no
    soldiers in the hamlet', 'the district has no police', 'a valley without troops', 'too few guards' ('no' or a
    shortage word, at most one word, then the security actor; not a toll: 'no soldiers were hurt')."""
    short = cue_regex("drivers_shortage_words").pattern
    actors = cue_regex("drivers_posture_actors", plurals=True).pattern
    return re.compile(r"(?:\bno|" + short + r")(?:\s+(?:longer|more|other|regular|[\w-]+))?\s+" + actors +
                      r"(?!\s+(?:were|was|had\s+been|have\s+been)\s+(?:killed|hurt|injured|wounded|harmed|hit|lost)\b)"
                      r"(?!\s+(?:died|lost\s+their\s+lives)\b)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _backed() -> re.Pattern:
    """A backer written as a compound before the armed side it backs: 'Iranian-backed militias', 'foreign-funded
    rebel groups' (not 'UN-backed negotiations': talks or a plan have backers of another kind)."""
    compounds = cue_regex("drivers_backer_compounds").pattern
    actors = cue_regex("drivers_backed_actors", plurals=True).pattern
    return re.compile(compounds + r"(?:\s+[\w'’-]+){0,2}?\s+" + actors, re.IGNORECASE)


@lru_cache(maxsize=None)
def _movement_ban() -> re.Pattern:
    """A measure that bans or limits the vehicles or craft people move in: 'a ban on motorbikes', 'restrictions on
    the use of boats' (a security measure against the mobility of armed groups, at most two words between)."""
    heads = cue_regex("drivers_restriction_heads").pattern
    means = cue_regex("drivers_mobility_nouns", plurals=True).pattern
    return re.compile(heads + r"\s+(?:on|of)" + _between() + r"{0,2}?(?:\s+use\s+of" + _between() + r"{0,2}?)?\s+" +
                      means, re.IGNORECASE)


@lru_cache(maxsize=None)
def _leadership_discord() -> re.Pattern:
    """Division inside the command of a side: 'divisions within the leadership', 'rifts among its commanders'
    (a discord noun, a preposition of inside, at most three words, then the leaders)."""
    discord = cue_regex("drivers_discord_nouns", plurals=True).pattern
    roles = cue_regex("drivers_leadership_roles", plurals=True).pattern
    return re.compile(discord + r"\s+(?:within|in|among|amongst|inside|across|at\s+the\s+top\s+of)" + _between() +
                      r"{0,3}?\s+" + roles, re.IGNORECASE)


@lru_cache(maxsize=None)
def _livelihood_lack() -> re.Pattern:
    """Work or income said to be missing or scarce ('few work opportunities', 'no income', 'too few jobs'), or
    people unable to do what they live by ('farmers could no longer sell their crops'): economic hardship."""
    short = cue_regex("drivers_shortage_words").pattern
    living = cue_regex("drivers_livelihood_nouns", plurals=True).pattern
    acts = cue_regex("drivers_economic_acts").pattern
    scarce = r"(?:\bno(?!\s+longer\b)|\bfew|\bfewer|\blittle|\bscant|\bhardly\s+any|" + short + r")" + _between() + r"{0,2}?\s+" + living
    unable = (r"\b(?:can(?:not|['’]t|\s+not|\s+no\s+longer)|could(?:n['’]t|\s+not|\s+no\s+longer)|no\s+longer\s+able\s+to|"
              r"unable\s+to)(?:\s+(?:even|afford\s+to))?\s+" + acts)
    return re.compile(scarce + "|" + unable, re.IGNORECASE)


@lru_cache(maxsize=None)
def _services_absent() -> re.Pattern:
    """Institutions or services a state should provide, said to be missing: 'no functioning courts', 'the
    government never built a clinic', 'villages without schools' (at most three words between; not a toll:
    'no schools were hit'; not the security services, a posture)."""
    short = cue_regex("drivers_shortage_words").pattern
    services = cue_regex("drivers_service_nouns", plurals=True).pattern
    # the words between are lower case: 'Doctors Without Borders hospital' is a name, not a hospital missing
    return re.compile(r"(?:\bno|\bnever|\bhardly\s+any|\bfew|" + short + r")" +
                      r"(?:\s+(?!(?:of|on|to|against|at|with|by|from|in|into|and|or)\b)(?-i:[a-z][\w'’.-]*)){0,3}?\s+(?<!security\s)" +
                      services + r"(?!\s+(?:were|was|had\s+been|have\s+been)\s+(?:hit|damaged|destroyed|struck|"
                      r"attacked|targeted)\b)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _state_absent() -> re.Pattern:
    """The government said to be missing, as a clause: 'the state is nowhere to be seen', 'officials were largely
    absent' (a state actor, a copula, at most one adverb, then the absence)."""
    actors = cue_regex("drivers_state_actors").pattern
    absent = cue_regex("drivers_absent_predicates").pattern
    return re.compile(actors + r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained|seems?|"
                      r"seemed)(?:\s+\w+ly|\s+long|\s+still)?\s+" + absent, re.IGNORECASE)


@lru_cache(maxsize=None)
def _reciprocal_hostility() -> re.Pattern:
    """Groups hostile to each other: 'they have long distrusted each other', 'the two communities fear one
    another': a communal grievance."""
    verbs = cue_regex("drivers_hostility_verbs").pattern
    return re.compile(verbs + r"(?:\s+\w+)?\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _links_abroad() -> re.Pattern:
    """An armed group's ties to something beyond its own ground: 'the group's ties to a global network', 'links
    with militants abroad' (a link noun, 'to'/'with', at most three words, then the network or a foreign mark)."""
    links = cue_regex("drivers_link_nouns").pattern
    beyond = cue_regex("drivers_network_nouns", plurals=True).pattern
    return re.compile(links + r"\s+(?:to|with)" + _between() + r"{0,3}?\s+" + beyond, re.IGNORECASE)


# a cause whose head is a pronoun-like noun phrase ('the decision', 'this move', 'these measures'): it names its
# cause in an earlier sentence
@lru_cache(maxsize=None)
def _anaphor() -> re.Pattern:
    heads = cue_regex("drivers_anaphor_heads", plurals=True).pattern
    return re.compile(r"(?:the|this|that|these|those|such|its|their|his|her|our)(?:\s+[\w'’-]+){0,2}?\s+" + heads,
                      re.IGNORECASE)


# where the head of a cause ends and a clause that only describes it begins ('a law, which raised taxes ...',
# 'the units, who had been ...', 'a truce which had held since ...', 'the plan - announced in May - ...')
_TAIL = re.compile(r"(?i),?\s+(?:(?:of|in|on|at|by|for|with|from|to|through|under|during|among|after|before|"
                   r"since|against|about|into|over)\s+)?(?:which|who|whom|whose)\b|,\s+where\b|\s+[—–]\s+|\s+-{1,2}\s+")


# a clause whose subject is a pronoun that stands for people or things named elsewhere ('they fear ...', 'it will
# bring ...'); 'he'/'she' are left out: a person's own reason ('he had no clearance to talk') is no driver
_PRONOUN = re.compile(r"(?i)(?:they|it|this|that|these|those)\b")


def _head_and_tail(cause: str) -> tuple[str, str]:
    m = _TAIL.search(cause)
    return (cause[:m.start()], cause[m.start():]) if m and m.start() > 0 else (cause, "")


@lru_cache(maxsize=None)
def _event_sides() -> re.Pattern:
    """A violent event heading a cause, then the sides it names: 'fighting between X and Y', 'attacks by X
    on Y' (group 1: the event with its modifiers, group 2: the sides)."""
    events = cue_regex("drivers_event_heads", plurals=True).pattern
    return re.compile(r"((?:[\w'’-]+\s+){0,3}?" + events + r")\s+((?:between|among|by|against|on|from)\s.*)",
                      re.IGNORECASE | re.DOTALL)


def _sides_only(k: str, text: str) -> str:
    """TEXT without the sides of a violent event at its head, for every category but sectarian grievance: who
    fought ('Western-backed forces', 'army troops') is no reason, but communities set against each other
    ('clashes between the two clans') are the grievance itself."""
    m = _event_sides().fullmatch(text.strip())
    if not m or k == "sectarian_grievance":
        return text
    return m.group(1)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _hits(k: str, text: str) -> tuple[list[str], float]:
    """The cues of category K in TEXT, and the bonus of its pattern hits (a posture statement, help from abroad)."""
    if not text:
        return [], 0.0
    bonus = 0.0
    foreign = [] if cue_regex("drivers_posture_change", plurals=True).search(text) else \
        [m.span() for m in _foreign_help().finditer(text)]
    if k == "external_support":
        state_aid = [m.group(0) for m in _state_aid().finditer(text)] + [m.group(0) for m in _links_abroad().finditer(text)]
        hits = (_compiled(k).findall(text) + [text[s:e] for s, e in foreign] + _backed().findall(text) +
                state_aid)
        bonus = 0.5 * (len(foreign) + len(state_aid))
    elif k == "security_posture":
        text = _mask(text, foreign)     # 'air support from the coalition', 'coalition troops': a backer, not a posture
        hits = _compiled(k).findall(text)
        posture = [m.group(0) for rx_p in (_posture(), _posture_of(), _posture_done(), _lacks_equipment(), _forces_absent(),
                                 _movement_ban())
                   for m in rx_p.finditer(text)]
        hits += posture
        bonus = 0.5 * len(posture)
    elif k == "leadership_change":
        hits = _compiled(k).findall(text)
        if cue_regex("drivers_leadership_events").search(text):
            # a leader or commander counts beside what happened to them ('the death of the chief'), not as the
            # one who acts ('raids ordered by the commander')
            hits += cue_regex("drivers_leadership_roles", plurals=True).findall(text)
        discord = [m.group(0) for m in _leadership_discord().finditer(text)]
        hits += discord
        bonus = 0.5 * len(discord)
    elif k == "governance_corruption":
        failing = [m.group(0) for rx_f in (_state_failing(), _services_absent(), _state_absent())
                   for m in rx_f.finditer(text)]
        hits = _compiled(k).findall(text) + failing
        bonus = 0.5 * len(failing)
    elif k == "sectarian_grievance":
        targeted = _communities_targeted(text) + [m.group(0) for m in _reciprocal_hostility().finditer(text)]
        hits = _compiled(k).findall(text) + targeted
        bonus = 0.5 * len(targeted)
    elif k == "economic_hardship":
        cues = [m.span() for m in _compiled(k).finditer(text)]
        # a scarcity the lexicon already names ('no work') counts once
        lack = [m.group(0) for m in _livelihood_lack().finditer(text)
                if not any(s < m.end() and m.start() < e for s, e in cues)]
        hits = _compiled(k).findall(text) + lack
    else:
        hits = _compiled(k).findall(text)
    if k == "leadership_change" and hits and _VICTIM_LEADER.search(text):
        hits = []                  # 'the killing of a village leader by the militants': a victim, not a change
    if k == "terrain_safe_havens" and hits and _WEATHER.search(text):
        hits = []                  # 'the heavy rain in the hills': weather, not the ground that shelters
    return hits, bonus


@lru_cache(maxsize=None)
def _locative() -> re.Pattern:
    """A phrase of place after the head noun of a cause ('corruption at the checkpoints', 'bribes paid at the
    border'): the preposition that opens it."""
    return re.compile(r"\s(?=" + cue_regex("drivers_locative_preps").pattern + r"\s)", re.IGNORECASE)


def _core_and_place(head: str) -> tuple[str, str]:
    """HEAD cut before its first phrase of place, when the words before it hold a cue of their own: what the
    cause is about ('corruption') and where it happens ('at checkpoints'). Otherwise (HEAD, '')."""
    m = _locative().search(head)
    if not m or m.start() == 0:
        return head, ""
    core = head[:m.start()]
    if not any(_hits(k, _sides_only(k, core))[0] for k in DRIVERS):
        return head, ""
    # a statement that runs across the preposition ('divisions within the leadership') is the head itself
    for k in DRIVERS:
        for h in _hits(k, _sides_only(k, head))[0]:
            at = head.find(h)
            if 0 <= at < m.start() < at + len(h):
                return head, ""
    return core, head[m.start():]


# the preposition that ends the head noun phrase of a cause ('the neglect | of remote areas', 'the porous border |
# with the neighbouring country', 'smuggling | through the mountains')
_LEAD_END = re.compile(r"(?i)\s(?:of|in|at|on|from|with|through|across|along|near|around|into|inside|within|throughout|"
                       r"outside|for|by|over|under|between|among|against|towards?|beyond)\s")
# a verb of a clause ('young men there have no work'): a clause has no head noun to outrank its other words
_CLAUSE_VERB = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|cannot|could|did|do|does|"
                          r"may|might|must|should|shall)\b|n['’]t\b")
_DETERMINERS = re.compile(r"(?i)(?:(?:the|a|an|its|their|his|her|this|that|these|those)\s*)*")


def _lead(core: str) -> str:
    """The head noun phrase of a cause, before the first preposition that opens a phrase of its own ('the neglect'
    of 'the neglect of remote areas'), or '' when the cause has no such preposition, nothing before it, a comma
    before it, or is a clause with a verb of its own before it."""
    m = _LEAD_END.search(core)
    lead = core[:m.start()] if m else ""
    # a comma before the preposition ('poor roads, and with them the lack of ...', 'the drought, as much as the war,')
    # interrupts: no single head noun
    if not m or _DETERMINERS.fullmatch(lead.strip()) or _CLAUSE_VERB.search(lead) or "," in lead:
        return ""
    return core[:m.start()]


def scores(cause_text: str, context_text: str = "", preceding_text: str = "") -> dict[str, float]:
    """Cue hits per category. A hit in the head of the cause weighs 2, one in a clause that only describes the
    head (', which ...') or only says where the head happens ('corruption at checkpoints': 'at checkpoints', when
    the words before it hold a cue) 1, one elsewhere in the sentence 1/3; ties go to the more specific wording (a small
    bonus per character matched in the cause). A posture statement about the security sector ('forces were
    diverted to ...', 'withdrawing the troops') counts as a security-posture hit of its own, above the cue of
    what the forces were busy with; help from abroad ('air support from the coalition') is external support,
    not posture, unless the cause is the helpers' departure ('the drawdown of coalition troops').
    A cause that is a bare reference back ('the decision', 'these measures') with no cue of its own is read in
    PRECEDING_TEXT (the sentence before), where its content was named: a hit there weighs 1."""
    head, tail = _head_and_tail(cause_text or "")
    core, place = _core_and_place(head)
    lead = _lead(core)
    out: dict[str, float] = {}
    for k in DRIVERS:
        hh, bh = _hits(k, _sides_only(k, core))
        # the head noun of the cause outranks a cue in a phrase after it: a hit that starts in the head noun
        # phrase ('the neglect | of remote areas', 'divisions | within the leadership') weighs one more
        # (a plain cue wholly inside it; a statement of a pattern that starts in it: 'a feud between' names no
        # category before what follows it)
        if lead and any(0 <= core.find(h) and (core.find(h) + len(h) <= len(lead) or
                                               (core.find(h) < len(lead) and not _compiled(k).fullmatch(h)))
                        for h in hh):
            bh += 1.0
        ht, bt = _hits(k, tail)
        if place:
            hp, bp = _hits(k, place)
            ht, bt = ht + hp, bt + bp
        s = 2.0 * len(hh) + 1.0 * len(ht) + len(_compiled(k).findall(context_text or "")) / 3
        if s:
            out[k] = s + bh + bt / 2 + sum(len(h) for h in hh + ht) / 1000
    if not any(v >= 1.0 for v in out.values()):
        refers_back = _anaphor().fullmatch(head.strip()) or _PRONOUN.match(head.strip())
        # a cause that refers back names its content elsewhere: in its own sentence ('they fear the women are
        # loyal' to those who oppose 'the returns'), or for a bare noun phrase in the sentence before
        for extra in ((context_text, preceding_text) if refers_back else ()):
            if not extra or any(v >= 1.0 for v in out.values()):
                continue
            if extra is preceding_text and not _anaphor().fullmatch(head.strip()):
                continue
            for k in DRIVERS:
                hx, bx = _hits(k, extra)
                if hx:
                    out[k] = out.get(k, 0.0) + len(hx) + bx / 2 + sum(len(h) for h in hx) / 1000
    return out


def classify(cause_text: str, context_text: str = "", preceding_text: str = "", learned: bool = True) -> str | None:
    """The best category for a cause (with its sentence as context, and the sentence before it for a cause that
    only refers back), or None when nothing in the taxonomy fits. A cause no cue matched at all goes, with
    LEARNED, to the classifier trained on the project's own examples (``driver_model``), which gives a category
    only when it is confident and 'outside the taxonomy' is less likely."""
    sc = scores(cause_text, context_text, preceding_text)
    if sc:
        best = max(sc.items(), key=lambda kv: (kv[1], -list(DRIVERS).index(kv[0])))
        if best[1] >= 1.0:
            return best[0]
    if learned and not _any_cue(cause_text):
        from . import driver_model
        return driver_model.predict(cause_text)[0]
    return None


def _any_cue(text: str) -> bool:
    """Whether any category's cues, or a word the rules read and then set aside on purpose (a leader who only
    gives orders, the sides of a fight, a nationality, work that is not missing), occurs in TEXT: the rules
    have read such a cause, and their None stands."""
    if any(_compiled(k).search(text) for k in DRIVERS):
        return True
    return any(cue_regex(name, plurals=True).search(text) for name in _SET_ASIDE)


# word lists the rules consult only to decide that a cause names no driver, or names one only beside other words
_SET_ASIDE = ("drivers_leadership_roles", "drivers_event_heads", "drivers_foreign_demonyms", "drivers_backer_compounds",
              "drivers_livelihood_nouns")


def label(driver_id: str | None) -> str | None:
    d = DRIVERS.get(driver_id or "")
    return d.label if d else None


def category(driver_id: str | None) -> str | None:
    """The annotation brief's exact category string for a driver id ("security posture/deployment")."""
    d = DRIVERS.get(driver_id or "")
    return d.category if d else None
