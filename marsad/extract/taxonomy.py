"""ACLED's event taxonomy (6 event types, 25 sub-event types, spelled as ACLED spells them) with a
crosswalk to PLOVER event types and CAMEO root codes.

The definitions are short paraphrases, in our own words, of ACLED's published codebook; the crosswalk
is our own reading of the PLOVER and CAMEO codebooks.
"""
from __future__ import annotations

from dataclasses import dataclass

VERSION = "taxonomy-1"


@dataclass(frozen=True)
class SubType:
    event_type: str
    sub_event_type: str
    plover: str
    cameo_root: str
    definition: str


_ROWS = [
    ("Battles", "Armed clash", "FIGHT", "19", "Armed, organised groups fight each other; neither side gains territory."),
    ("Battles", "Government regains territory", "FIGHT", "19", "State forces retake an area held by a non-state group."),
    ("Battles", "Non-state actor overtakes territory", "FIGHT", "19", "A non-state group seizes an area from the state or another group."),
    ("Explosions/Remote violence", "Chemical weapon", "FIGHT", "20", "Use of chemical agents (chlorine, sarin, mustard gas) as weapons."),
    ("Explosions/Remote violence", "Air/drone strike", "FIGHT", "19", "Bombing or missile fire from aircraft, helicopters or drones."),
    ("Explosions/Remote violence", "Suicide bomb", "FIGHT", "18", "An attacker detonates explosives carried on the body or in a vehicle, dying in the act."),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "FIGHT", "19", "Ground-launched shells, mortars, rockets or missiles."),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "FIGHT", "18", "Bombs detonated remotely or by contact: IEDs, car bombs, landmines."),
    ("Explosions/Remote violence", "Grenade", "FIGHT", "18", "A hand grenade (or similar) thrown or launched by an attacker."),
    ("Violence against civilians", "Sexual violence", "ASSAULT", "18", "Rape or other sexual violence by an organised armed actor."),
    ("Violence against civilians", "Attack", "ASSAULT", "18", "Armed actors kill, wound or assault unarmed civilians."),
    ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "18", "Civilians kidnapped, taken hostage or disappeared."),
    ("Protests", "Peaceful protest", "PROTEST", "14", "A public demonstration with no violence and no intervention."),
    ("Protests", "Protest with intervention", "PROTEST", "14", "Peaceful demonstrators are dispersed, blocked or arrested."),
    ("Protests", "Excessive force against protesters", "PROTEST", "14", "Lethal or grave force is used against peaceful demonstrators."),
    ("Riots", "Violent demonstration", "PROTEST", "14", "Demonstrators engage in violence or vandalism."),
    ("Riots", "Mob violence", "ASSAULT", "18", "A spontaneous violent crowd attacks people or property."),
    ("Strategic developments", "Agreement", "AGREE", "05", "Ceasefires, peace deals, prisoner exchanges and other agreements."),
    ("Strategic developments", "Arrests", "COERCE", "17", "Arrests or detention of people, often political figures, by authorities."),
    ("Strategic developments", "Change to group/activity", "CONSULT", "02", "A group forms, merges, splits, changes leader or changes what it does."),
    ("Strategic developments", "Disrupted weapons use", "COERCE", "17", "Weapons or explosives are seized, defused or intercepted before use."),
    ("Strategic developments", "Headquarters or base established", "MOBILIZE", "15", "A group sets up a base, headquarters or office."),
    ("Strategic developments", "Looting/property destruction", "COERCE", "17", "Property is looted, burned or destroyed without an armed clash."),
    ("Strategic developments", "Non-violent transfer of territory", "RETREAT", "08", "Territory changes hands without fighting (withdrawals, handovers)."),
    ("Strategic developments", "Other", "OTHER", "01", "Another politically significant development."),
]

SUBTYPES: dict[str, SubType] = {r[1]: SubType(*r) for r in _ROWS}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(r[0] for r in _ROWS))


def subtype(name: str) -> SubType:
    """The SubType for an ACLED sub-event type name (exact spelling). KeyError if unknown."""
    return SUBTYPES[name]


def event_type_of(sub_event_type: str) -> str:
    return SUBTYPES[sub_event_type].event_type


def crosswalk(sub_event_type: str) -> tuple[str, str]:
    """-> (PLOVER type, CAMEO root code)."""
    s = SUBTYPES[sub_event_type]
    return s.plover, s.cameo_root
