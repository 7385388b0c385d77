"""The driver taxonomy: why violence rises or falls, as sources explain it.

The categories are the nine of the annotation brief (``../shared/data/reports/GUIDE.md``): each has an id
(stored in ``Claim.driver``), the brief's exact category string (``category``), a label, a definition and a
lexicon of cue phrases in ``marsad/data/lexicons/drivers_<id>.txt``, written from general knowledge of
conflict analysis (not derived from any data set; each file says so on its first line). A trailing ``*``
in an entry ends a word prefix ("unemploy*" = unemployed, unemployment). ``classify(cause, context)``
scores a cause span (and, more weakly, its sentence) against the lexicons; a cause that matches no category
keeps ``driver = None`` ("causal, outside the taxonomy", e.g. territorial losses, military pressure).
docs/claims.md documents it.

Public API:
    DRIVERS: dict[id, Driver]
    classify(cause_text, context_text="") -> str | None
    scores(cause_text, context_text="") -> dict[id, float]
    label(id) -> str | None;  category(id) -> str | None   (the brief's exact string)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicons

VERSION = "drivers-3"


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


def _word(w: str) -> str:
    head = r"[\w.'’]*" if w.startswith("*") and len(w) > 1 else ""      # '*-backed': U.S.-backed, Iranian-backed
    w = w[1:] if head else w
    return head + (re.escape(w[:-1]) + r"[\w'’-]*" if w.endswith("*") else re.escape(w))


def _fragment(entry: str) -> str:
    return r"\s+".join(_word(w) for w in entry.split())


@lru_cache(maxsize=None)
def cue_regex(lexicon: str) -> re.Pattern:
    """A case-insensitive regex of lexicon LEXICON's entries on word boundaries ('*' ends a word prefix)."""
    cues = sorted(lexicons.load(lexicon), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(_fragment(c) for c in cues) + r")(?![\w])", re.IGNORECASE)


def _compiled(driver_id: str) -> re.Pattern:
    return cue_regex(f"drivers_{driver_id}")


@lru_cache(maxsize=None)
def _posture() -> re.Pattern:
    """A security actor followed closely by a posture word: 'troops have been diverted to ...', 'the police are
    stretched', 'units were redeployed to the capital' (the posture, whatever the forces are busy with)."""
    actors = cue_regex("drivers_posture_actors").pattern
    verbs = cue_regex("drivers_posture_verbs").pattern
    # 'the army's retreat', 'the troops' pullback': a possessive ends the actor
    return re.compile(actors + r"(?:['’]s?)?(?:\s+[\w'’-]+){0,3}?\s+" + verbs, re.IGNORECASE)


@lru_cache(maxsize=None)
def _posture_of() -> re.Pattern:
    """The same posture as a noun before its security actor: 'the absence of police', 'the departure of the
    peacekeepers', 'the closure of several army bases' (at most two words between)."""
    actors = cue_regex("drivers_posture_actors").pattern
    nouns = cue_regex("drivers_posture_nouns").pattern
    return re.compile(nouns + r"\s+(?:of|by)(?:\s+[\w'’-]+){0,2}?\s+" + actors, re.IGNORECASE)


# a leader who is the victim of an armed group ('the murder of a community leader by the gang'): no change in the
# command of those who act
_VICTIM_LEADER = re.compile(r"(?i)\b(?:killing|murder|assassination|abduction|kidnapping|shooting)\s+of\s+(?:an?|the)\s+"
                            r"(?:[\w'’-]+\s+){0,5}?leaders?\b(?:\s+[\w'’-]+){0,4}?\s+by\b")


# weather in a place ('the heavy rain in the hills', 'snowstorms in the mountains'): the cause is the weather, outside
# the taxonomy, whatever ground it fell on
_WEATHER = re.compile(r"(?i)\b(?:rain\w*|downpours?|storms?|snow\w*|floods?|flooding|drought\w*|heatwaves?|heat|fog|"
                      r"monsoon\w*|cyclones?|hurricanes?|typhoons?|landslides?|mudslides?|sandstorms?|weather|frost)\b")


def scores(cause_text: str, context_text: str = "") -> dict[str, float]:
    """Lexicon hits per category: a hit in the cause span weighs 2, one elsewhere in the sentence 1/3; ties go
    to the more specific wording (a small bonus per character matched in the cause). A posture statement about
    the security sector in the cause ('forces were diverted to ...') counts as a security-posture hit of its
    own, above the cue of what the forces were busy with."""
    out: dict[str, float] = {}
    for k in DRIVERS:
        rx = _compiled(k)
        hits = rx.findall(cause_text or "")
        bonus = 0.0
        if k == "security_posture":
            posture = [m.group(0) for rx_p in (_posture(), _posture_of()) for m in rx_p.finditer(cause_text or "")]
            hits += posture
            bonus = 0.5 * len(posture)
        if k == "leadership_change" and hits and _VICTIM_LEADER.search(cause_text or ""):
            hits = []                  # 'the killing of a village leader by the militants': a victim, not a change
        if k == "terrain_safe_havens" and hits and _WEATHER.search(cause_text or ""):
            hits = []                  # 'the heavy rain in the hills': weather, not the ground that shelters
        s = 2.0 * len(hits) + len(rx.findall(context_text or "")) / 3
        if s:
            out[k] = s + bonus + sum(len(h) for h in hits) / 1000
    return out


def classify(cause_text: str, context_text: str = "") -> str | None:
    """The best category for a cause (with its sentence as context), or None when nothing in the taxonomy fits."""
    sc = scores(cause_text, context_text)
    if not sc:
        return None
    best = max(sc.items(), key=lambda kv: (kv[1], -list(DRIVERS).index(kv[0])))
    return best[0] if best[1] >= 1.0 else None


def label(driver_id: str | None) -> str | None:
    d = DRIVERS.get(driver_id or "")
    return d.label if d else None


def category(driver_id: str | None) -> str | None:
    """The annotation brief's exact category string for a driver id ("security posture/deployment")."""
    d = DRIVERS.get(driver_id or "")
    return d.category if d else None
