"""The driver taxonomy: why violence rises or falls, as sources explain it.

Each category has an id (stored in ``Claim.driver``), a label, a definition and a lexicon of cue phrases
written from general knowledge of conflict analysis (not derived from any data set). ``classify(text)``
scores a cause span (and, more weakly, its sentence) against the lexicons; a causal claim whose cause
matches no category keeps ``driver = None`` ("causal, outside the taxonomy"). docs/claims.md documents it.

Public API:
    DRIVERS: dict[id, Driver]
    classify(cause_text, context_text="") -> str | None
    scores(cause_text, context_text="") -> dict[id, float]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "drivers-1"


@dataclass(frozen=True)
class Driver:
    id: str
    label: str
    definition: str
    cues: tuple[str, ...]          # regular-expression fragments, matched case-insensitively on word boundaries


DRIVERS: dict[str, Driver] = {d.id: d for d in (
    Driver("security_posture", "Security posture and deployment",
           "Where and how security forces are deployed: checkpoints, patrols, withdrawals, redeployments, "
           "reduced presence, security vacuums, operations and their tempo.",
           (r"checkpoints?", r"patrols?", r"patrolling", r"security vacuum", r"vacuum", r"withdr[ae]w(?:al|n)?",
            r"pull(?:ed|ing)? out", r"pullout", r"redeploy\w*", r"deploy\w*", r"troops?", r"security forces?",
            r"security presence", r"military presence", r"police presence", r"(?:military|security) operations?",
            r"counter-?(?:terrorism|insurgency) operations?", r"security (?:gaps?|lapses?|failures?|measures)",
            r"(?:lack|shortage) of (?:troops|forces|personnel|police)", r"garrisons?", r"outposts?",
            r"focused on the pandemic", r"at the expense of (?:local )?security", r"security (?:was|is) (?:weak|lax)",
            r"surveillance", r"intelligence (?:gaps?|failures?|sharing)", r"air ?strikes?", r"raids?",
            r"crackdown", r"clearance operations?", r"border (?:security|guards?)")),
    Driver("leadership_change", "Leadership and command change",
           "Removal, replacement, death or arrest of commanders, officials or group leaders; command reshuffles "
           "and the loss of experienced leaders and their networks.",
           (r"removal", r"removed", r"replac\w+", r"swap(?:ped|ping)? out", r"dismiss\w*", r"sack(?:ed|ing)",
            r"fired", r"reshuffl\w*", r"new commander", r"change of command", r"command(?:er)? change",
            r"leadership (?:change|vacuum|struggle|crisis)", r"(?:killing|death|arrest|capture|loss) of (?:[\w'’]+\s+){0,3}"
            r"(?:leaders?|commanders?|chiefs?|emirs?)", r"new (?:commander|leader|chief)s?", r"appointed", r"decapitation", r"succession", r"experienced (?:leader|commander)",
            r"transferred", r"appointment of", r"decisions made by (?:the )?leaders", r"poor leadership")),
    Driver("pandemic_lockdown", "Pandemic and lockdown",
           "Epidemics and the measures against them: lockdowns, curfews, quarantines, and attention or resources "
           "diverted to the health emergency.",
           (r"pandemic", r"epidemic", r"coronavirus", r"covid(?:-?19)?", r"lockdowns?", r"curfews?", r"quarantine",
            r"virus", r"outbreak", r"social distancing", r"health (?:crisis|emergency)", r"ebola", r"cholera",
            r"stay-at-home")),
    Driver("economic_hardship", "Economic hardship and unemployment",
           "Poverty, unemployment, loss of income, price rises, unpaid salaries and economic crisis, which make "
           "people susceptible to recruitment or fuel unrest.",
           (r"unemploy\w*", r"jobless\w*", r"joblessness", r"poverty", r"poor", r"economic (?:crisis|hardship|"
            r"collapse|downturn|decline|woes|problems|pressure|situation)", r"econom(?:y|ic)", r"inflation",
            r"(?:rising|high|soaring) prices", r"price (?:rises?|hikes?|increases?)", r"cost of living",
            r"(?:unpaid|delayed|cut) (?:salaries|wages)", r"salar(?:y|ies)", r"wages?", r"livelihoods?", r"income",
            r"lack of (?:jobs|work|opportunities)", r"no jobs", r"hunger", r"food (?:insecurity|shortages?|prices)",
            r"fuel (?:prices|shortages?)", r"austerity", r"subsid(?:y|ies)", r"debt", r"money", r"paid")),
    Driver("displacement_reintegration", "Displacement, camps and reintegration",
           "Displaced people and refugees, camps, returns, and the (failed) rehabilitation or reintegration of "
           "fighters' families and former members.",
           (r"camps?", r"displac\w+", r"idps?", r"refugees?", r"returnees?", r"returns? (?:home|of)",
            r"rehabilitat\w+", r"reintegrat\w+", r"resettle\w*", r"families of (?:the )?(?:local )?(?:men|fighters|"
            r"militants|members)", r"relatives", r"(?:bring|brought) them back", r"rejected (?:them|by)",
            r"stigma\w*", r"ostraci[sz]\w*", r"exile", r"detention camps?", r"deradicali[sz]ation")),
    Driver("terrain_safe_havens", "Terrain and safe havens",
           "Geography that shelters armed groups: deserts, mountains, forests, marshes, porous borders, remote and "
           "ungoverned areas used as hideouts and rear bases.",
           (r"desert", r"mountains?", r"mountainous", r"forests?", r"jungles?", r"marsh(?:es|lands)?", r"caves?",
            r"valleys?", r"rugged", r"terrain", r"remote (?:areas?|regions?)", r"rural areas?",
            r"porous borders?", r"borderlands?", r"border areas?", r"safe ?havens?", r"sanctuar(?:y|ies)",
            r"hide-?outs?", r"hiding places?", r"ungoverned", r"uncontroll(?:able|ed) (?:areas?|territor(?:y|ies))",
            r"vast (?:areas?|territory)", r"wadis?", r"islands?", r"swamps?")),
    Driver("governance_corruption", "Governance and corruption",
           "Weak, absent or predatory government: corruption, mismanagement, poor decisions, failure to provide "
           "services or justice, impunity and abuses by officials.",
           (r"corrupt\w*", r"mismanagement", r"misrule", r"bad governance", r"poor governance", r"governance",
            r"government(?:'s|’s)? failure", r"failure of (?:the )?(?:government|state|authorities)",
            r"neglect\w*", r"impunity", r"lack of (?:services|justice|accountability|"
            r"trust|state presence)", r"abuses?", r"nepotism", r"bribe\w*", r"weak (?:state|institutions|"
            r"government)", r"(?:not well thought out|ill-conceived|poor decisions?)", r"decisions?",
            r"incompeten\w+", r"state absence", r"absence of the state", r"political (?:crisis|deadlock|vacuum|"
            r"infighting|paralysis)", r"elections?", r"electoral", r"disputed vote", r"injustice")),
    Driver("sectarian_grievance", "Sectarian and communal grievance",
           "Grievances between religious, ethnic, tribal or communal groups: marginalisation, discrimination, "
           "sectarian politics and revenge.",
           (r"sectarian\w*", r"sunni", r"shia", r"shiite", r"communal", r"ethnic\w*", r"tribal (?:tensions?|"
            r"rivalr(?:y|ies)|disputes?|conflicts?)", r"marginali[sz]\w+", r"discriminat\w+", r"exclusion",
            r"persecution", r"grievances?", r"revenge", r"reprisals?", r"vendetta", r"religious (?:tensions?|"
            r"hatred|divisions?)", r"hate speech", r"minorit(?:y|ies)", r"anger", r"resentment", r"humiliation",
            r"alienat\w+")),
    Driver("external_support", "External support",
           "Support from outside: foreign states or networks that fund, arm, train or shelter an armed group, "
           "foreign fighters, cross-border supply lines.",
           (r"foreign (?:support|backing|funding|fighters|powers?|interference|intervention|sponsors?)",
            r"backed by", r"external support", r"support from (?:abroad|outside|neighbou?ring)", r"sponsor\w*",
            r"funding", r"financ\w+", r"weapons? (?:supplies|smuggling|flows?)", r"arms (?:supplies|smuggling|"
            r"flows?|shipments?)", r"smuggl\w+", r"supply (?:lines?|routes?)", r"proxy", r"proxies",
            r"cross-border", r"training camps?", r"armed by", r"funded by", r"donations")),
    Driver("recruitment_ideology", "Recruitment, ideology and propaganda",
           "Ideological mobilisation: propaganda, radicalisation, recruitment drives, prisons and online networks "
           "that bring in new members.",
           (r"recruit\w*", r"radicali[sz]\w+", r"propaganda", r"ideolog\w+", r"indoctrinat\w+", r"extremist "
            r"(?:ideas|views|messages?|creed)", r"creed", r"jihadi(?:st)? (?:ideas|ideology)", r"online networks?",
            r"social media", r"susceptible to (?:exploitation|recruitment)", r"exploitation", r"sleeper cells?",
            r"prison breaks?", r"jailbreaks?", r"released prisoners")),
    Driver("resources_climate", "Land, resources and climate",
           "Competition over land, water, grazing and natural resources, drought and climate stress, and "
           "disputes over extraction.",
           (r"drought", r"water (?:shortages?|scarcity|disputes?)", r"land (?:disputes?|grabs?|rights|conflicts?)",
            r"grazing", r"pasture", r"cattle", r"livestock", r"farmland", r"harvests?", r"floods?", r"climate",
            r"desertification", r"mining", r"oil (?:revenues?|fields?|wealth)", r"natural resources", r"minerals",
            r"gold mines?")),
    Driver("crime_illicit_economy", "Crime and illicit economy",
           "Criminal markets that finance or motivate violence: drug trafficking, kidnapping for ransom, "
           "extortion, illegal mining and smuggling rackets.",
           (r"drug (?:trafficking|trade|cartels?|gangs?)", r"traffick\w+", r"cartels?", r"gangs?", r"ransom",
            r"extortion", r"racketeering", r"criminal (?:networks?|groups?|gangs?)", r"organi[sz]ed crime",
            r"narco\w*", r"illegal (?:mining|logging|trade)", r"banditry", r"bandits")),
    Driver("protest_repression", "Protest, repression and political disputes",
           "Disputes that turn into protest or confrontation: contested decisions, laws and policies, repression "
           "of protests, arrests of leaders, police violence.",
           (r"protests?", r"demonstrations?", r"strikes?", r"repression", r"police (?:violence|brutality)",
            r"crackdown on (?:protesters|dissent)", r"arrests? of (?:protesters|activists|leaders|opposition)",
            r"controversial (?:bill|law|decision|policy)", r"extradition", r"bill", r"demands?", r"rally",
            r"wage (?:dispute|demands?)", r"pay (?:dispute|demands?)", r"dispute over", r"tear ?gas",
            r"rubber bullets")),
)}

_COMPILED = {k: re.compile(r"\b(?:" + "|".join(d.cues) + r")\b", re.IGNORECASE) for k, d in DRIVERS.items()}


def scores(cause_text: str, context_text: str = "") -> dict[str, float]:
    """Lexicon hits per category: a hit in the cause span weighs 2, one elsewhere in the sentence 1/3."""
    out: dict[str, float] = {}
    for k, rx in _COMPILED.items():
        s = 2.0 * len(rx.findall(cause_text or "")) + len(rx.findall(context_text or "")) / 3
        if s:
            out[k] = s
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
