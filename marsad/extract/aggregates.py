"""Aggregate figures (docs/claims.md; the annotation brief of the full-report sets): a figure of conflict
activity or its toll over more than one incident, a period, a population or a territory: attacks over a
period, casualties over a period, force strength, civilians trapped/displaced/fleeing/returned, foreign
fighters, shares of territory, places retaken, shares of a toll. Not aggregates: one incident's toll (events
count those), money, vague amounts, dates, ages.

``find_aggregates(doc, text, published, periods)`` returns candidate dicts that extract/claims.py turns into
``Claim`` records (claimant, scope, evidence); ``scope(sent, exclude)`` names the place and actor of a sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace as _SimpleNamespace

from ..annotate.periods import counting_periods
from .. import lexicons as _lexicons
from .drivers import cue_regex as _cues

TREND_UP = _cues("claims_trend_up")
TREND_DOWN = _cues("claims_trend_down")


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MON_RX = r"(?:" + "|".join(_MONTH_NAMES) + r")"
def _lexrx(name: str) -> re.Pattern:
    return _lexrx_cached(name)


@lru_cache(maxsize=None)
def _lexrx_cached(name: str) -> re.Pattern:
    from .. import lexicons
    return re.compile(r"(?<![\w-])(?:" + lexicons.alternation(name) + r")(?![\w-])", re.IGNORECASE)


# the wire's caution on a figure ('... which nobody could verify', 'not yet confirmed') counts nothing by itself
_DISCLAIMER = re.compile(r"\b(?:could|can|cannot|can't|could\s+not|was\s+not|were\s+not|has\s+not|have\s+not)\s+(?:not\s+)?"
                         r"(?:be\s+|been\s+)?(?:independently\s+|immediately\s+|yet\s+|officially\s+)*(?:verified|confirmed|"
                         r"checked|corroborated)\b|\bunverified\b|\bnot\s+(?:been\s+)?(?:independently\s+)?verified\b", re.IGNORECASE)
_CASUALTY_VERB = re.compile(r"\b(?:" + _lexicons.alternation("agg_casualty_verbs") + r")\b", re.IGNORECASE)
# one person's death named as a time or a cause ('since the leader's death', 'after the death of the commander'): no toll
_ONES_DEATH = re.compile(r"\b[\w-]+['’]s\s+(?:death|killing|assassination)\b|\b(?:death|killing|assassination)\s+of\s+"
                         r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:[A-Z][\w'’-]+|leader|chief|commander|"
                         r"founder|president|emir)\b(?!\s+(?:and|or)\b)")
# causes a toll is said to include, not to be ('including those who died of cholera', 'not counting famine deaths'):
# the figure stays the conflict's
_INCLUDED_CAUSES = re.compile(r"\b(?:counting|including|as\s+well\s+as|besides|not\s+counting|excluding)\s+(?:the\s+)?"
                              r"(?:deaths|those|people|victims|fatalities)\s+(?:who\s+died\s+)?(?:from|of|by|in)\s+"
                              r"[^,;.]{1,50}", re.IGNORECASE)
_WAR_SUBJECT = re.compile(r"\b(?:war|conflict|insurgency|violence|fighting|crisis|uprising|campaign|offensive|"
                          r"bombings|attacks|strikes|raids)(?:,?\s+(?:which|that))?\s+(?:has|have|had)\s+(?:\w+\s+){0,2}(?:killed|claimed|"
                          r"displaced|left|wounded|uprooted|forced)\b", re.IGNORECASE)
# 'Fighting in the region last month left 230 people dead', 'violence killed 1,100 civilians in May': the simple past
# of a war-like subject counts over a named month or year (not over one day: that is the day's fighting)
_WAR_PAST = re.compile(r"\b(?:war|conflict|insurgency|violence|fighting|unrest|bombardment|bombardments|bombings|attacks|"
                       r"strikes|air\s+strikes|airstrikes|clashes|raids)\b(?:\s+[\w'’-]+){0,6}?\s+(?:killed|claimed|displaced|"
                       r"left|wounded|injured|uprooted|forced)\b", re.IGNORECASE)
# 'after two years of fighting', 'the toll from five years of war': a figure over the years of a war
_YEARS_OF_WAR = re.compile(r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+"
                           r"(?:years?|months?|weeks?|decades?)|"
                           # the bare plural of a span: 'the toll from months of clashes', 'after years of war'
                           r"(?<![\w-])(?:years|months|weeks|decades)(?=\s+of\s)|"
                           r"(?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten|"
                           r"several|many)\s+days)\s+of\s+(?:civil\s+)?(?:war|fighting|conflict|violence|"
                           r"insurgency|unrest|clashes|bombardment|siege|bloodshed)\b", re.IGNORECASE)
# 'the week-long battle for the town', 'a three-month siege': a toll over the days of a long fight
_LONG_FIGHT = re.compile(r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)[- ])?(?:days?|weeks?|months?|years?)"
                         r"[- ]long\s+(?:[\w-]+\s+)?(?:battle|offensive|siege|fighting|campaign|operation|war|conflict|clashes|"
                         r"bombardment|insurgency)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-(?:day|week|month|year)\s+"
                         r"(?:[\w-]+\s+)?(?:battle|offensive|siege|fighting|campaign|war|conflict|bombardment|insurgency)\b",
                         re.IGNORECASE)
# 'killed across the country in May', 'nationwide last month, U.N. figures show': a month's national toll
_NATIONAL = re.compile(r"\b(?:across|nationwide|countrywide|throughout|all\s+over)\b|\b(?:monthly|figures|tally|count)\b",
                       re.IGNORECASE)
# legal steps against armed groups: 'charged for connections to the group', 'convicted of terrorism offences'
_LEGAL_CONTEXT = re.compile(r"\b(?:terror\w*|extremis\w*|jihad\w*|radicali[sz]\w*|Islamic\s+State|ISIS|ISIL|Daesh|Qaeda|"
                            r"Taliban|Shabaab|Boko\s+Haram|plot\w*|espionage|treason|coup|armed\s+groups?|militants?|"
                            r"insurgen\w*|rebels?)\b", re.IGNORECASE)
# a figure that is no conflict activity: deaths by disaster, disease or accident, unless the clause names violence
_CONFLICT_WORD = re.compile(r"\b(?:attack\w*|bomb\w*|war|wars|conflict\w*|fighting|violence|violent|militant\w*|"
                            r"insurg\w*|rebel\w*|strikes?|airstrikes?|shell\w*|clash\w*|armed|troops|forces|gunmen|"
                            r"jihadist\w*|militia\w*|offensive|siege|besieged|fighters|killings|massacre\w*)\b",
                            re.IGNORECASE)
# a forecast or a condition, not a count: 'up to 200,000 people could be displaced', 'expects 50,000 to return'
_FORECAST_AFTER = re.compile(r"^\s*(?:(?:more|others?)\s+)?(?:could|would|might|may|will|are\s+expected\s+to|is\s+expected\s+to|"
                             r"are\s+likely\s+to)\s+(?!have\b)", re.IGNORECASE)
_FORECAST_BEFORE = re.compile(r"\b(?:expects?|expected|expecting|forecasts?|projects?|projected|predicts?|predicted|"
                              r"anticipates?|anticipated|prepar\w+\s+for)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_ATTACK_NOUN = re.compile(r"\b(?:(?P<det>a|an|the|this|that|another|one|its|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?)?"
                          r"(?:attack|bomb|bombing|blast|explosion|assault|raid|strike|ambush|shooting|car-bomb|bomber|"
                          r"gunman|incident|battle|clash)(?P<pl>s|es)?(?![\w-])", re.IGNORECASE)
_IN_THE_ATTACK = re.compile(r"\b(?:in|during|by|when|as)\s+(?:the|a|an|this|that|[A-Z]\w+day's)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:attack|bombing|blast|explosion|assault|raid|ambush|shooting|bomb)(?![\w-])|"
                            r"\b(?:in|during|by)\s+[A-Z]\w+day['’]s\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|explosions|"
                            r"raids|ambushes|shootings|strikes|clashes)\b")
_DAY_ANCHOR = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:today|yesterday|overnight|"
                         r"tonight|this\s+(?:morning|afternoon|evening)|earlier\s+in\s+the\s+day|on\s+the\s+same\s+day|"
                         r"(?:a|one)\s+day\s+(?:earlier|later|before|after)|the\s+(?:previous|next|following)\s+day|"
                         r"the\s+day\s+before)\b",
                         re.IGNORECASE)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|fiercest|most\s+\w+|highest|"
                                 r"strongest)\b(?:\s+[\w'’-]+){0,5}?\s*(?:\s(?:in|of|so\s+far|since))?\s*$", re.IGNORECASE)


_SPEECH_NEAR = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|announced|stated|added|according|estimated|"
                          r"estimates|published|released|issued|statement|report|"
                          # a tally brought up to date on that day: 'the toll from a week of violence rose to 95 on Thursday'
                          r"rose|risen|climbed|reached|stood|jumped|increased)\b", re.IGNORECASE)


def _incident_day(clause: str) -> bool:
    """A day names the incidents' date ('the attacks on Sunday have killed 60'), not the day a source spoke ('the
    U.N. said on Tuesday that 400,000 have been killed')."""
    for m in _DAY_ANCHOR.finditer(clause):
        if not _SPEECH_NEAR.search(clause, max(0, m.start() - 30), min(len(clause), m.end() + 30)):
            return True
    return False


def _wave(before: str) -> bool:
    """The figure belongs to the set of incidents the report tells: the last attack noun before it is a definite
    plural with a quantifier ('the two suicide bombings have killed 41', 'both attacks')."""
    hits = list(_ATTACK_NOUN.finditer(before))
    if not hits or not hits[-1].group("pl"):
        return False
    if re.search(r"\b(?:hours?|days?|nights?|weeks?|months?|years?)\s+of\s+(?:[\w-]+\s+)?$", before[:hits[-1].start()],
                 re.IGNORECASE):
        return False              # 'two weeks of clashes': the number counts the weeks of many clashes
    return bool(_lexrx("claims_agg_wave_quantifiers").search(hits[-1].group(0)) or
                _lexrx("claims_agg_wave_quantifiers").search(before[max(0, hits[-1].start() - 25):hits[-1].start()]))


def _single_incident(before: str, after: str) -> bool:
    """The figure is one incident's toll: the last attack noun before it is singular ('A car bomb ... killed at
    least six'), or it is placed in one attack ('46 dead in the attack')."""
    hits = list(_ATTACK_NOUN.finditer(before))
    if hits and hits[-1].group("det") and not hits[-1].group("pl") and not re.search(
            r"\b(?:spate|series|wave|string|number|campaign)\s+of\s+$", before[:hits[-1].start()]):
        return True
    if hits and hits[-1].group("pl") and re.match(r"one\s+of\b", hits[-1].group(0), re.IGNORECASE):
        return True
    if hits and hits[-1].group("pl") and re.search(r"\bone\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,4}?$",
                                                   before[max(0, hits[-1].start() - 60):hits[-1].start()], re.IGNORECASE):
        return True                   # 'in one of the bloodiest raids of the year ..., 61 villagers died'
    return bool(_IN_THE_ATTACK.search(after[:60]) or re.search(
        r"\b(?:in|during|by)\s+(?:the\s+)?(?:" + _lexrx("claims_agg_wave_quantifiers").pattern + r")\s+(?:[\w-]+\s+)?"
        r"(?:attacks|bombings|blasts|explosions|raids|ambushes|shootings|strikes|clashes)\b", after[:60], re.IGNORECASE))
_NOT_COUNT_AFTER = re.compile(r"^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet\w+|miles?|"
                              r"met(?:er|re)s?|feet|kg|tons?|tonnes?|million\s+(?:dollars|euros)|billion|dollars?|"
                              r"euros?|pounds|riyals?|dinars?|liras?|a\.m\.|p\.m\.|am\b|pm\b|GMT|o'clock|[-–]year-old|"
                              r"-room|-member\s+(?:parliament|council|assembly)|percent|per\s+cent|%)(?!\w)", re.IGNORECASE)   # not 'Europeans' 
_IN_THE_WAR = re.compile(r"\b(?:in|during|since\s+the\s+start\s+of|throughout|(?:toll|tally)\s+(?:from|of))\s+(?:the\s+|its\s+|their\s+|"
                         r"[A-Z][\w'’]+\s+)?(?:[\w-]+\s+){0,2}?(?:war|conflict|insurgency|civil\s+war|uprising|"
                         r"crisis|campaign|offensive|violence|battle|siege)\b", re.IGNORECASE)
# 'were killed in acts of terrorism and armed conflict in April', 'died in clashes and air strikes last year': casualties
# placed in violence of many incidents, over a named month, quarter or year
_KILLED_IN_VIOLENCE = re.compile(r"\b(?:killed|died|dead|wounded|injured|slain|lost\s+their\s+lives)\s+(?:in|by|during|amid)\s+"
                                 r"(?!(?:the|a|an|this|that|both|two|three|twin)\s)(?:[\w-]+\s+){0,5}?(?:violence|conflict|fighting|"
                                 r"terrorism|attacks|clashes|bombings|air\s?strikes|strikes|raids|ambushes|shelling|hostilities|"
                                 r"unrest)\b", re.IGNORECASE)
_SINCE_EVENT = re.compile(r"\bsince\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:began|start\w*|beginning|ceasefire|"
                          r"truce|war|conflict|offensive|uprising|invasion|takeover|fall|siege|operation|campaign)\b",
                          re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:killed|claimed|"
                      r"displaced|wounded|injured|died|carried\s+out|conducted|launched|staged|recorded|documented|"
                      r"registered|counted|left|flown|fired|dropped|struck|hit|targeted|executed|beheaded|abducted|kidnapped|"
                      r"massacred|slain|murdered|assassinated)\b", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\b(?:number|toll|total|tally|count|flow|influx|stream|exodus)\s+(?:of\s+(?P<x>(?:[\w-]+\s+){0,2}?[\w-]+))?[^.;]{0,40}?"
                        r"\b(?:stood|stands|rose|risen|rises|reached|reaches|climbed|jumped|fell|dropped|increased|"
                        r"decreased|is|was|were|hit|topped|tops|passed|exceeded|exceeds|surpassed|surpasses|doubled|tripled|trebled|quadrupled|halved|soared|surged|"
                        r"grew|grown|swelled|swollen|averaged|peaked|(?:is|are|was|were)\s+(?:now\s+)?(?:believed|thought|"
                        r"estimated|said|reported)\s+to\s+(?:be|stand\s+at|have\s+reached))"
                        # the span of the change between verb and figure: 'tripled last year to 1,200'
                        r"(?:\s+(?:last|this)\s+(?:year|month|quarter)|\s+in\s+(?:19|20)\d\d)?\s+(?:to\s+|at\s+|by\s+|from\s+)?"
                        r"(?:(?:a\s+)?(?:new\s+|all-time\s+)?(?:record|high|peak)(?:\s+of)?\s+)?"
                        r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|over\s+)?$",
                        re.IGNORECASE)
_NUMBER_OF_FAR = re.compile(_NUMBER_OF.pattern.replace("{0,40}", "{0,70}"), re.IGNORECASE)
_PUT_AT = re.compile(r"\b(?:put|puts|putting|estimated?|estimates|estimating|placed?|places|placing)\s+(?:the|their|its|his|her)\s+"
                     r"(?:(?:total|overall|death|casualty)\s+)?(?:number|strength|size|toll|tally|count)\s+(?:of\s+(?P<x>(?:[\w-]+\s+){0,2}?[\w-]+))?"
                     r"[^.;]{0,50}?\bat\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|"
                     r"over\s+|fewer\s+than\s+|less\s+than\s+)?$", re.IGNORECASE)   # 'put the toll since March at more than 500'
_SHARE_OF_TOTAL = re.compile(r"\s+of\s+(?:the|its|their|his|her|all)\s+(?:[\w-]+['’]s?\s+)?(?:[a-z-]+\s+)?", re.IGNORECASE)
_SPAN_OF_TIME = re.compile(r"\b(?:during|in|over|throughout|within)\s+the\s+(?:first|past|last|opening|initial)\s+"
                           r"(?:\w+\s+)?(?:days?|weeks?|months?|years?|half\s+of\s+(?:the|this|last)\s+year)\b",
                           re.IGNORECASE)
_BRING_TO = re.compile(r"\b(?:br(?:ing|ings|inging|ought)|t(?:ook|ake|akes|aking)|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:number|toll|total|tally|count)"
                       r"(?:\s+of\s+(?P<x>(?:[\w-]+\s+){0,2}?[\w-]+))?[^.;]{0,90}?\s+to\s+$", re.IGNORECASE)
_NOUN_ROSE_TO = re.compile(r"\b(?P<x>deaths|casualties|fatalities|killings|injuries|attacks|incidents|bombings|strikes|"
                           r"arrivals|refugees|returnees|executions|abductions|kidnappings|violations|assassinations|murders|raids|"
                           r"explosions|ambushes|shootings)\s+(?:[\w-]+\s+){0,4}?"
                           r"(?:rose|risen|rises|reached|reaches|climbed|jumped|fell|dropped|increased|decreased|stood|stands|"
                           r"totall?ed|totals|numbered|topped|tops|exceeded|hit|soared|surged|doubled|tripled|trebled|quadrupled|halved|"
                           r"grew|grown|swelled|swollen|averaged|average|averages|peaked)\s+(?:to\s+|at\s+|by\s+|from\s+)?"
                           r"(?:(?:a\s+)?(?:new\s+|all-time\s+)?(?:record|high|peak)(?:\s+of)?\s+)?$", re.IGNORECASE)
# 'the displaced total tops 2 million', 'the refugee count stood at 40,000': the counted noun before 'total'
_TOTAL_OF_X = re.compile(r"\b(?P<x>displaced|refugees?|returnees?|casualty|death|attacks|incidents|bombings)\s+"
                         r"(?:toll|total|tally|count|figure|numbers?|population(?:\s+(?:in|of|at|across)\s+[^,;:.]{1,40}?)?)\s+(?:(?:has|have|had|now|so\s+far)\s+)*"
                         r"(?:tops|topped|passed|exceeded|reached|reaches|hit|hits|stands\s+at|stood\s+at|is|was|rose\s+to|risen\s+to|"
                         r"climbed\s+to|jumped\s+to|grew\s+to|grown\s+to|swelled\s+to)\s+$", re.IGNORECASE)
# a count that changed by a share: 'attacks fell by a third', 'deaths have risen by half'
_CHANGE_BY = re.compile(r"\b(?:fell|fallen|dropped|declined|decreased|rose|risen|increased|grew|grown|jumped|climbed|"
                        r"surged|shrank|shrunk|reduced|cut|plunged|plummeted|soared)\s+(?:[\w-]+ly\s+)?by\s+$", re.IGNORECASE)
_CASUALTY_NOUN = re.compile(r"\b(?:deaths|casualties|fatalities|killings|injuries|death\s+toll)\b", re.IGNORECASE)
# the verb takes the enemy, the places follow: 'pushed the militants out of 17 districts', 'drove the rebels from six towns'
_DRIVE_OUT = re.compile(r"\b(?:pushed|pushing|driven|drove|driving|forced|forcing|expelled|expelling|ousted|ousting|flushed|"
                        r"chased|chasing|cleared|clearing|evicted|routed)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
                        r"(?:out\s+of|from)\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|another|almost|around)\s+)?$",
                        re.IGNORECASE)
# a population before the war: 'had 50,000 inhabitants before the fighting', '200,000 residents before the war'
_PREWAR = re.compile(r"\b(?:pre-?war|pre-?conflict|before\s+the\s+(?:\w+\s+)?(?:war|conflict|fighting|uprising|siege|offensive|"
                     r"crisis|revolution|insurgency|occupation|invasion)|prior\s+to\s+the\s+(?:\w+\s+)?(?:war|conflict|fighting|"
                     r"uprising|siege|offensive|crisis|insurgency|occupation|invasion))\b", re.IGNORECASE)
_POPULATION_BEFORE = re.compile(r"\b(?:had|has|have|was\s+home\s+to|were\s+home\s+to|home\s+to|population\s+of|numbered|"
                                r"counted|housed|boasted)\s+(?:(?:a|an|some|about|around|roughly|nearly|almost|more\s+than|over|"
                                r"at\s+least|up\s+to|as\s+many\s+as|an\s+estimated)\s+)?$", re.IGNORECASE)
# attacks that are no violence: 'cyber attacks', 'web-based attacks', 'phishing attacks'
_CYBER = re.compile(r"\b(?:cyber\w*|web-based|hack(?:s|ed|ing|ers?)?|phishing|ransomware|malware|denial-of-service|ddos|"
                    r"computer)\b(?!\s+to\s+death)", re.IGNORECASE)
# military positions: one raid takes some; villages and districts are territory
_POSITIONS = re.compile(r"\b(?:checkpoints|posts|outposts|positions|bases|barracks|garrisons|strongholds|trenches)\b", re.IGNORECASE)
# many incidents named as such: 'in a string of assaults', 'a series of raids', 'repeated attacks'
_MANY_INCIDENTS = re.compile(r"\b(?:string|series|wave|spate|succession|campaign|run)\s+of\b|\b(?:repeated|successive|"
                             r"multiple|separate|several|numerous|a\s+number\s+of)\s+(?:[\w-]+\s+)?(?:attacks|assaults|raids|"
                             r"offensives|operations|battles|clashes|incursions)\b", re.IGNORECASE)
# 'over the same period', 'in the same months' (not 'the same period last year': a year back, below)
_SAME_PERIOD = re.compile(r"\b(?:over|during|in|for|within|throughout)\s+the\s+same\s+(?:period|time|months|weeks|"
                          r"quarter|time\s+frame|timeframe|span)\b(?!\s+(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+year|"
                          r"a\s+year|\d{4}))", re.IGNORECASE)
# markets, shops and banks that attacks hit are targets, not an economic figure: 'suicide attacks on markets'
_ECON_TARGET = re.compile(r"\b(?:attacks?|bomb\w*|raids?|strikes?|blasts?|shelling|ambush\w*)\s+(?:on|against|at|in|targeting)\s+"
                          r"(?:[\w'’-]+\s+){0,3}?(?:markets?|marketplaces?|shops|banks|bazaars?)\b(?:\s+and\s+[\w-]+)?",
                          re.IGNORECASE)
_OF_THE_WHOLE = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?Of\s+(?:the|all\s+the|all|those|these)\s+(?:(?:at\s+least|more\s+than|"
                           r"some|about|nearly|almost|over|an\s+estimated|roughly|around)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+"
                           r"[^,;:]{1,80}?,")
_DEADLIEST_SPAN = re.compile(r"\b(?:deadliest|bloodiest|most\s+violent|worst)\s+(?:single\s+)?(?:month|week|year|quarter|"
                             r"period|months|weeks|years)\b|"
                             # a rank among the tolls of spans: 'the third-highest monthly toll since 2014', 'the
                             # lowest annual total in a decade'
                             r"\b(?:(?:second|third|fourth|fifth)[- ])?(?:deadliest|bloodiest|highest|lowest|worst|biggest|"
                             r"largest)\s+(?:monthly|weekly|annual|yearly|quarterly)\s+(?:death\s+|casualty\s+)?(?:toll|total|"
                             r"tally|figure|count)\b", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|\bUS\$|\bRs\.?)\s*$")
_SPLIT = re.compile(r"\s*(?:;|:|\s--\s|\s[–—]\s|,\s+(?:while|whereas|but|and|followed\s+by|with)\s|\.\s)\s*")
_BREAKDOWN = re.compile(r"(?:\s--\s|\s[–—]\s|\()[^()–—]{0,80}?(?:\s--\s|\s[–—]\s|\))")


_YEAR_BACK = re.compile(r"\s*(?:in\s+|during\s+|over\s+)?(?:the\s+same\s+(?:period|months?|weeks?|time|quarter)\s+(?:of\s+|in\s+)?"
                        r"(?:last\s+year|the\s+previous\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago|before))|"
                        r"the\s+(?:year|previous\s+year)\s+before|the\s+(?:previous|preceding)\s+(?:year|12\s+months|twelve\s+months)|"
                        r"a\s+year\s+(?:earlier|before|ago))\b",
                        re.IGNORECASE)


def _year_back(iso: str) -> str:
    y, rest = int(iso[:4]), iso[4:]
    return f"{y - 1}{'-02-28' if rest == '-02-29' else rest}"


_RELATIVE = re.compile(r",\s+(?:which|that|who)\s+(?:has|have|had)\s+(?:[\w-]+\s+){0,3}?(?:(?:at\s+least|more\s+than|about|some|"
                       r"nearly|over|an\s+estimated)\s+)?$", re.IGNORECASE)


def _clause(stext: str, a: int, b: int) -> tuple[int, int]:
    """The clause of the sentence around [a, b): from the last clause break before it to the next one after."""
    s0, s1 = 0, len(stext)
    for m in _SPLIT.finditer(stext):
        if m.end() <= a:
            s0 = m.end()
        elif m.start() >= b:
            s1 = m.start()
            break
    while s1 > s0 and stext[s1 - 1] in " .,;:\n\"”’":
        s1 -= 1
    return s0, s1


def _durational(p) -> bool:
    """A period over which things are counted ('over the last four days', 'last year', 'since 2011'), not the date
    of one incident ('on Monday', 'in October', 'last week')."""
    if p.period_start is None and p.kind not in ("since", "relative"):
        return False
    if p.kind == "month" and not p.text.lower().startswith("this"):
        return False
    if re.match(r"(?i)(?:last|this)\s+week\b", p.text):
        return False
    return True


def _counted_after(stext: str, e: int) -> tuple[str | None, str | None, int]:
    """(counted noun phrase, unit, end) right after a figure: '91 citizens', '3,700 people', '4,000 times',
    'six villages', '19 have been convicted' (no noun: the people counted by the verb)."""
    rest = stext[e:e + 80]
    best = None
    for name, unit in (("claims_agg_people", "people"), ("aggregates_people", "people"), ("claims_agg_events", "attacks"),
                       ("claims_agg_places", "places"), ("agg_service_nouns", "places")):
        m = re.match(r"\s+(?:(?!(?:in|at|on|from|to|across|since|during|near|around|for|by|after|before|over|into|could|would|"
                     r"might|may|will|should|can|must)\s)"
                     r"(?:[A-Z][\w'’-]+|[a-z][\w'’-]+)\s+){0,3}?(" + _lexrx(name).pattern + r")", rest)   # no preposition between
        if m and m.group(1).lower() == "times" and rest[:m.start(1)].strip():
            m = None                           # 'N times' directly: '12 fired several times' is no count of times
        if m and not re.search(r"[,.;:]", rest[:m.start(1)]) and (best is None or m.start(1) < best[0].start(1)):
            best = (m, unit)                   # the first counted noun: '23 villages from the militants'
    if best:
        m, unit = best
        # '400 were children': the noun, not the verb before it
        noun = re.sub(r"^(?:(?:were|was|are|is|have|has|had|been)\s+)+", "", rest[m.start():m.end()].strip())
        noun = re.split(r"\s(?:were|was|are|is|have|has|had|been)\s", noun)[0]   # '3.3 million Iraqis have been displaced'
        return noun, ("times" if m.group(1).lower() == "times" else unit), e + m.end()
    cases = _cases_of(stext, e)
    if cases:
        return cases
    m = re.match(r"\s+of\s+(?:them|those|these|whom)\b", rest)   # 'about 300 of them have returned'
    if m:
        v = re.match(r"\s+(?:(?:were|was|have\s+been|had\s+been|are|has\s+been|had|have|now|since|already|also)\s+)*(\w+)",
                     rest[m.end():])
        if v and (_CASUALTY_VERB.fullmatch(v.group(1)) or _lexrx("claims_agg_legal_verbs").fullmatch(v.group(1)) or
                  _lexrx("claims_agg_state_verbs").fullmatch(v.group(1))):
            return m.group(0).strip(), "people", e + m.end()
    m = re.match(r"\s+(?:[A-Z][a-z]+(?:ans|ese|is|ens|ons|ks|ds|urs|ers|ites))\b(?!['’])", rest)   # demonyms: '250 Americans'
    if m:
        return m.group(0).strip(), "people", e + m.end()
    m = re.match(r"\s+(?:more\s+|others?\s+)?(?:were|was|have\s+been|had\s+been|are|has\s+been|had|have|remain|remains|remained|"
                 r"(?:are|were)\s+still|still)\s+(?:(?:believed|thought|said|estimated|reported|feared)\s+to\s+"
                 r"(?:be\s+|remain\s+|have\s+been\s+)?(?:still\s+)?|(?:\w+\s+)??)"    # 'another 9,000 are thought to be stranded'
                 r"(\w+)", rest)
    if m and (_CASUALTY_VERB.fullmatch(m.group(1)) or _lexrx("claims_agg_legal_verbs").fullmatch(m.group(1)) or
              _lexrx("claims_agg_state_verbs").fullmatch(m.group(1))):
        return m.group(1), "people", e
    if m and (sv := _lexrx("claims_agg_state_verbs").match(rest, m.start(1))) and re.search(r"\s", sv.group(0).strip()):
        return sv.group(0).strip(), "people", e      # 'more than 1 million have sought refuge', '... have crossed into'
    m = re.match(r"\s+(wounded|injured|killed|dead)\b", rest) or \
        re.match(r"\s+(abducted|kidnapped|detained|arrested)\b(?=\s*(?:[,.;]|$|\s+(?:in|since|during|over|last|this|so\s+far)\b))",
                 rest)    # '19 were killed and 37 abducted in the province' (not '37 arrested by the police at dawn')
    if m:
        return m.group(1), "people", e
    # plural nouns the lexicon lacks, then a passive casualty verb: '180 local councillors and community organisers were
    # killed'
    m = re.match(r"\s+((?:(?!(?:in|at|on|from|to|across|since|during|near|for|by|after|before|over|into|who|which|that|were|was|"
                 r"are|is|have|has|had|been)\s)[a-z][\w'’-]*\s+){0,5}?[a-z][\w'’-]*s)\s+(?:(?:have|has|had)\s+been|were|are)\s+"
                 r"(?:\w+ly\s+)?(?:killed|wounded|injured|slain|executed|abducted|kidnapped|martyred)\b", rest)
    if m and not re.search(r"\d", m.group(1)):
        return m.group(1), "people", e + m.end(1)
    # the name of a force or a people before a passive casualty verb: '300 Zorani were killed', '1,200 Zorani
    # Guards have been killed' (a name, not a sentence-initial word: no verb of its own between)
    m = re.match(r"\s+((?:[A-Z][\w'’-]+\s+){0,2}?[A-Z][\w'’-]+)\s+(?:(?:have|has|had)\s+been|were|are)\s+"
                 r"(?:\w+ly\s+)?(?:killed|wounded|injured|slain|executed|abducted|kidnapped|martyred)\b", rest)
    if m and not re.search(r"\d", m.group(1)) and not _DAY_OR_MONTH.search(m.group(1)):
        return m.group(1), "people", e + m.end(1)
    # 'forced about 1.8 million to flee their homes': the people made to flee
    m = re.match(r"\s+(?:more\s+|others?\s+)?(?:to\s+)?(?:flee|fleeing|leave\s+their\s+homes|abandon\s+their\s+homes)\b", rest)
    if m and re.search(r"\b(?:forc\w+|driv\w+|drove|caus\w+|prompt\w+|push\w+|compell\w+|sent|send\w*)\b(?:[^,;:]|(?<=\d),(?=\d)){0,40}$",
                       stext[max(0, e - 60):e]):   # 'sent 50,000 fleeing'
        return "people", "people", e
    return None, None, e


def _cases_of(stext: str, e: int) -> tuple[str, str, int] | None:
    """Incidents counted as cases, as monitors write them: '210 cases of abduction', '95 cases of enforced
    disappearance'; or 'cases' alone after the incidents were named: 'Kidnappings have surged, with 340 cases
    reported this year'. Not cases of a disease ('400 cases of malaria')."""
    sing = "|".join([re.escape(w[:-1]) for w in _lexicons.load("claims_agg_events") if w.endswith("s") and w != "times"] +
                    # abuses monitors count as cases: '3,100 cases of torture', '210 cases of sexual violence'
                    [re.escape(w) for w in _lexicons.load("agg_case_nouns")])
    m = re.match(r"\s+(?:new\s+|such\s+|reported\s+|documented\s+|verified\s+)?cases\s+of\s+(?:[\w-]+\s+)?(?:" + sing +
                 r")s?(?![\w-])", stext[e:e + 80], re.IGNORECASE)
    if m:
        return m.group(0).strip(), "attacks", e + m.end()
    m = re.match(r"\s+(?:new\s+|such\s+)?cases(?=\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:reported|recorded|"
                 r"documented|registered|verified|logged)\b)", stext[e:e + 50], re.IGNORECASE)
    if m:
        named = [x for x in _lexrx("claims_agg_events").finditer(stext, 0, e) if x.group(0).lower() != "times"]
        if named and not re.search(r"[;.]", stext[named[-1].end():e]):
            return named[-1].group(0), "attacks", e + m.end()
    return None


# a place held by a side, besieged or cut off: the people living there are a population of the war
_HELD_PLACE = re.compile(r"\b[\w-]+-(?:held|controlled|besieged|occupied)\b|\b(?:besieged|encircled|blockaded|occupied|cut\s+off|"
                         r"under\s+siege|under\s+(?:[\w'’-]+\s+){0,3}?(?:control|occupation|blockade|rule)|camps?|shelters?)\b",
                         re.IGNORECASE)
_DAY_OR_MONTH = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|" + _MON_RX[3:-1] + r")\b",
                           re.IGNORECASE)
def _active_groups(stext: str, b: int):
    """'N militias operate in ...', 'N armed factions are present in ...': the groups counted, or None."""
    m = re.match(r"\s+(?:[\w-]+\s+)?(" + _lexicons.alternation("agg_group_nouns") + r")\s+(?:(?:are|were|remain|remained|"
                 r"(?:have|has|had)\s+been|now|still|currently)\s+)*(?:" + _lexicons.alternation("agg_active_verbs") +
                 r")\b", stext[b:b + 80], re.IGNORECASE)
    return m


_FORCE_VERB_BEFORE = re.compile(r"\b(?:numbers\s+(?:have\s+|has\s+|had\s+)?(?:dwindled|fallen|shrunk|shrank|dropped|grown|grew|"
                                r"swelled|swollen|risen|rose|fell|declined|climbed)\s+to|numbers?|numbered|numbering|strength\s+(?:\w+\s+){0,3}?(?:at|of)|"
                                r"(?:(?:is|are|was|were)\s+)?(?:estimated|put|reckoned)\s+at|(?:thought|believed|said)\s+to\s+number)\s+$",
                                re.IGNORECASE)
_STRONG_AFTER = re.compile(r"\s*-?\s*strong\b", re.IGNORECASE)
_FORCE_CUE = re.compile(r"\b(?:estimat\w+|number\w*|strong|strength|ranks|(?:has|have|had)(?!\s+(?:[\"“'‘]\s*)?[a-z]+(?:ed|en)\b)|there\s+are|"
                        r"command(?:s|ed|ing)?|claims?|claimed|"      # 'commands 3,000 fighters', not the title 'commander'
                        r"boasts?|boasted|"
                        r"believed|thought|left|remain\w*)\b", re.IGNORECASE)


_COMPARATIVE = re.compile(r"\s*(?:more|fewer|less|higher|lower|greater|larger|bigger|as\s+(?:much|many|high|large|"
                          r"likely)|the\s+(?:number|amount|size|rate|level)|that\s+(?:number|figure|amount))\b", re.IGNORECASE)
_OPINION = re.compile(r"\s*(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:said|say|says|saying|believe|believes|think|thinks|support|"
                      r"supports|back|backs|favou?r|oppose|approve|disapprove|want|wants|blame|blamed|agree|agreed|"
                      r"prefer|view|viewed|see|saw|feel|felt|expect|trust|would|will|plan)\b", re.IGNORECASE)


# insecurity named as such, besides the words of fighting: 'closed because of insecurity', 'threats by armed groups'
_INSECURITY = re.compile(r"\b(?:insecurity|insecure|unsafe|threats?|threatened|intimidation)\b", re.IGNORECASE)


def _services_closed(stext: str, ce: int, f) -> bool:
    """Schools or clinics a conflict has shut, counted over a region: '600 schools have closed because of the
    violence', 'some 40 health centres remain shut in the north' (not one school shut after one raid, nor schools
    closed for a holiday or a storm)."""
    if (f.value or f.low or f.high or 0) < 5 and f.kind == "count":
        return False
    if not re.match(r"(?:\s+(?:in|of|across|around|near|along)\s+[^,;:.]{1,40}?)?\s+(?:(?:have|has|had|were|was|are|is|been|"
                    r"now|still|remain|remained|remains|all|also|already)\s+)*(?:" + _lexicons.alternation("agg_closure_verbs") +
                    r")(?![\w-])", stext[ce:ce + 90], re.IGNORECASE):
        return False
    return bool(_CONFLICT_WORD.search(stext) or _INSECURITY.search(stext)) and not \
        _lexrx("claims_agg_nonconflict").search(stext)


def _services_attacked(stext: str, a: int, ce: int, f, clause: str, counting: bool) -> bool:
    """Schools or clinics hit by the violence, counted over a period or a war: '38 schools have been attacked in the
    province since January', 'militants have burned 40 schools this year' (not the schools one strike damaged on a
    named day)."""
    if (f.value or f.low or f.high or 0) < 5 or not counting or _incident_day(clause) or _IN_THE_ATTACK.search(stext[ce:]):
        return False
    after = re.match(r"(?:\s+(?:in|of|across|around|near|along)\s+[^,;:.()]{1,40}?)?\s+(?:(?:have|has|had|were|was|are|is|been|"
                     r"now|also|already|reportedly|all)\s+)+(?:" + _lexicons.alternation("aggregates_service_attack_verbs") +
                     r")(?![\w-])", stext[ce:ce + 90], re.IGNORECASE)
    before = re.search(r"\b(?:have|has|had)\s+(?:now\s+|also\s+|already\s+)?(?:" +
                       _lexicons.alternation("aggregates_service_attack_verbs") + r")\s+(?:(?:at\s+least|more\s+than|nearly|"
                       r"about|some|over|almost|around)\s+)?$", stext[max(0, a - 50):a], re.IGNORECASE)
    return bool(after or before) and bool(_CONFLICT_WORD.search(stext) or _INSECURITY.search(stext) or before) and not \
        _lexrx("claims_agg_nonconflict").search(stext)


def _share_of_services_closed(stext: str, b: int, f) -> bool:
    """A share of the schools or clinics a conflict has shut: 'one in three schools in the region has closed'."""
    m = re.match(r"\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?(?:" +
                 _lexicons.alternation("agg_service_nouns") + r")(?![\w-])", stext[b:b + 60], re.IGNORECASE)
    return bool(m) and _services_closed(stext, b + m.end(), f)


def _violent_times(stext: str, a: int, b: int, clause: str) -> bool:
    """'broke the ceasefire 700 times', 'the town was shelled 30 times': a count of incidents. Not a multiplier
    ('five times more', 'three times the number') nor a count of mentions ('named him eight times')."""
    m = re.match(r"\s+times\b", stext[b:b + 12])
    if m and _COMPARATIVE.match(stext[b + m.end():b + m.end() + 30]):
        return False
    return bool(_lexrx("claims_agg_times_verbs").search(clause))


# one assault told as it happened: 'at dawn, some 60 fighters on motorbikes crossed the river'
_ASSAULT_SCENE = re.compile(r"\bat\s+(?:midnight|dawn|dusk|nightfall|noon|night)\b|\bon\s+(?:foot|horseback|motorcycles?|"
                            r"motorbikes?|pick-?ups?|pick-?up\s+trucks)\b|\bbehind\s+(?:them|the)\b|\b(?:stormed|attacked|raided|overran|advanced|"
                            r"charged|crossed|came|arrived|ambushed|swept\s+(?:into|through)|poured\s+into)\b", re.IGNORECASE)


def _force_strength(f, counted: str, clause: str, before: str | None = None, sent_text: str = "") -> bool:
    """The strength of an armed force: 'between 500 and 700 fighters', 'an estimated 3,000 militants', 'the
    group has 2,000 members', 'the rebels number about 4,000'. 'Members' and 'men' count only in an armed group
    ('crew members', 'four of his men' are no force); troops sent somewhere are a deployment."""
    noun = _lexrx("claims_agg_force_nouns").search(counted or "")
    if noun is None and not _lexrx("claims_agg_armed_groups").fullmatch(counted or ""):
        return False
    if noun and noun.group(0).lower() in ("members", "men"):
        if not _lexrx("claims_agg_armed_groups").search(clause):
            return False
        if noun.group(0).lower() == "men" and not re.search(r"\b(?:number\w*|strong|strength|estimat\w+|ranks|muster\w*|"
                                                            r"field|fields|fielded|command\w*)\b", clause, re.I):
            return False
    if re.search(r"\b(?:deploy\w*|sent|send\w*|dispatch\w*)\b", clause, re.I):
        return False
    if before is not None and re.search(r"\b(?:" + _lexicons.alternation("agg_unit_size_nouns") + r")\s+of\s+$", before,
                                        re.IGNORECASE):
        return False              # 'bands of 20 to 30 gunmen': the size of each unit
    if re.search(r",\s+(?:numbering|some|about|around)\s+(?:(?:about|around|some|roughly|nearly|up\s+to)\s+)?[\d,]+\s*,",
                 sent_text) and _ASSAULT_SCENE.search(sent_text) and not re.search(r"\b(?:estimat\w+|strength|ranks)\b", clause, re.I):
        return False              # 'The gunmen, numbering about 30, stormed the school': the party of one assault
    if _FORCE_CUE.search(clause):
        return True
    if _ASSAULT_SCENE.search(sent_text) or _incident_day(sent_text):
        return False              # the party of one assault, not the strength of a force
    return f.value is None or f.qualifier is not None


def _estimate_qualifier(before: str) -> str | None:
    """'are thought to number 50,000', 'is believed to be 40,000': the figure is an estimate."""
    m = re.search(r"\b(?:thought|believed)\s+to\s+(?:be|number)\s+$", before, re.IGNORECASE)
    return re.sub(r"\s+", " ", m.group(0).strip().lower()) if m else None


_ASIDE_AFTER = re.compile(r",\s+(?:which|who|whom|whose|where)\b", re.IGNORECASE)
_ASIDE_BEFORE = re.compile(r",\s+(?:which|who|whose|formed|founded|created|established|set\s+up|launched|built)\b[^,;]*$",
                           re.IGNORECASE)


def _in_aside(stext: str, a: int, b: int, p: int) -> bool:
    """The period at ``p`` dates something else than the figure at [a, b): a relative clause after the figure's
    noun ('8,000 people remain in the camp, which was set up in 2014') or an aside about the subject before it
    ('The militia, founded in 2019, claims 8,000 men under arms')."""
    if p >= b:
        return bool(_ASIDE_AFTER.search(stext, b, p))
    return bool(_ASIDE_BEFORE.search(stext[:p])) and "," in stext[p:a]


def _part_of_total(stext: str, pm, a: int, b: int, f, accepted: list, out: list, sent) -> dict | None:
    """A part of the total just accepted, stated after the total's clause is complete: '900 villagers died in
    the hills since May, including 260 children', '500 died last year, among them 120 women' (the part has the
    total's period and unit). A part inside the total's noun phrase ('380 people, including 60 children, were
    killed') is no second figure; nor is a part of a total that was not accepted."""
    if not (accepted and out and out[-1]["sent"] is sent and out[-1]["unit"] == "people"):
        return None
    between = stext[accepted[-1][1]:a - len(pm.group(0))]
    if re.search(r"[.;:]", between):
        return None
    # the verb before the total ('has executed at least 900 people since 2019, including 300 children'): the part
    # closes the sentence (or is followed only by its source), so it is no part inside the total's noun phrase
    before_total = stext[max(0, out[-1]["start"] - sent.start_char):accepted[-1][0]]
    verb_before = bool(_CASUALTY_VERB.search(before_total) or _lexrx("claims_agg_state_verbs").search(before_total)) and \
        not re.search(r"[.;:]", before_total)
    if not (_CASUALTY_VERB.search(between) or _lexrx("claims_agg_state_verbs").search(between) or verb_before):
        return None
    if f.kind != "count" or (f.value or 0) < 2:
        return None
    counted, unit, ce = _counted_after(stext, b)
    if unit != "people" or not counted or re.search(r"\b(?:of\s+them|were|was|are|is|have|has|had)\b", counted):
        return None
    if not (_CASUALTY_VERB.search(between) or _lexrx("claims_agg_state_verbs").search(between)) and not re.match(
            r"\s*(?:[.;:\"”’]|$|,\s+(?:according\s+to|(?:[\w'’-]+\s+){1,4}?(?:said|says|reported|estimated)\b))", stext[ce:]):
        return None
    ps = a - len(pm.group(0)) + pm.group(0).index(",") + 1
    ps += len(stext[ps:]) - len(stext[ps:].lstrip())
    return {"start": ps, "end": ce, "quantity": f.value, "low": f.low, "high": f.high, "qualifier": f.qualifier,
            "counted": counted.strip(" .,;:"), "unit": "people", "period_start": out[-1]["period_start"],
            "period_end": out[-1]["period_end"], "trend": None, "sent": sent}


_CHANGE_VERB_BEFORE = re.compile(r"\b(?:doubled|tripled|trebled|quadrupled|halved|rose|risen|fell|fallen|dropped|declined|"
                                 r"increased|decreased|jumped|climbed|surged|soared|plunged|grew|grown)\b[^.;:\d]{0,30}?$|"
                                 r"\b(?:doubled|tripled|rose|fell|dropped|declined|increased|decreased|grew)\s+(?:in|during)\s+"
                                 r"(?:19|20)\d\d,?\s*$", re.IGNORECASE)


def _change_ends(stext: str, figs: list) -> list:
    """A change from one count to another is two figures, not a range: 'Attacks nearly doubled in 2020, from 480 to
    910' counts 480 and then 910 (a range 'from 480 to 910 fighters' with no verb of change before it stays one)."""
    from dataclasses import replace
    out = []
    for f in figs:
        m = re.fullmatch(r"(?:from\s+)?(\d[\d,]*)\s+to\s+(\d[\d,]*)", stext[f.start:f.end])
        fr = re.search(r"\bfrom\s+$", stext[max(0, f.start - 6):f.start]) if m and not stext[f.start:f.end].startswith("from") \
            else m
        if f.kind == "count" and f.value is None and f.low is not None and f.high is not None and m and fr and \
                _CHANGE_VERB_BEFORE.search(stext[:f.start - (0 if fr is m else len(fr.group(0)))], max(0, f.start - 50)):
            out.append(replace(f, value=f.low, low=None, high=None, start=f.start + m.start(1), end=f.start + m.end(1)))
            out.append(replace(f, value=f.high, low=None, high=None, start=f.start + m.start(2), end=f.start + m.end(2)))
        else:
            out.append(f)
    return out


def find_aggregates(doc, text: str, published: str | None, periods: list) -> list[dict]:
    """Aggregate figures (GUIDE.md): counts of attacks, casualties over a period, force strength, civilians
    trapped/displaced/fleeing/returned, foreign fighters, shares of territory, places retaken, and shares of a
    toll. Not: one incident's toll, money, vague amounts, dates, ages."""
    from ..annotate import numbers as N
    out = []
    extra = counting_periods(text, published, periods)
    periods = sorted([p for p in periods if not any(x.start <= p.start and p.end <= x.end for x in extra)] + extra,
                     key=lambda p: p.start)
    lead = text[:400]
    disaster_doc = bool(_lexrx("claims_agg_nonconflict").search(lead)) and not _CONFLICT_WORD.search(lead)
    for sent in doc.sents:
        s0, s1 = sent.start_char, sent.end_char
        stext = text[s0:s1]
        stext_nc = _INCLUDED_CAUSES.sub(" ", stext)     # the causes a toll includes are not its own cause
        per = [p for p in periods if s0 <= p.start < s1 and (not _SUPERLATIVE_BEFORE.search(text, max(s0, p.start - 50), p.start))]
        # 'during May', 'throughout March', 'in April alone': a month over which things are counted, not the date
        # of one incident
        dur = [p for p in per if _durational(p) or p.kind == "month" and (
            re.match(r"(?i)(?:during|throughout|over)\s", p.text) or re.match(r"\s+alone\b", text[p.end:p.end + 8]))]
        # 'over the same period': the period of the figure just told, in this sentence or the one before
        sm = None if dur else _SAME_PERIOD.search(stext)
        if sm and out and out[-1]["period_start"] and out[-1]["period_end"] and s0 - out[-1]["sent"].start_char < 600:
            same = _SimpleNamespace(start=s0 + sm.start(), end=s0 + sm.end(), kind="range", text=sm.group(0),
                                    period_start=out[-1]["period_start"], period_end=out[-1]["period_end"])
            per = sorted(per + [same], key=lambda p: p.start)
            dur = [same]
        breakdowns = [m.span() for m in _BREAKDOWN.finditer(stext)]
        accepted: list[tuple[int, int]] = []
        trend = "increase" if TREND_UP.search(stext) else ("decrease" if TREND_DOWN.search(stext) else None)
        figs = N.figures(stext)      # with its readings: 'a quarter of a million', 'one in five', 'fewer than'
        figs = _change_ends(stext, figs)
        for i, f in enumerate(figs):
            a, b = f.start, f.end
            if f.vague or any(p.start - s0 <= a < p.end - s0 for p in per):
                continue
            pm = re.search(r",\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:(?:at\s+least|more\s+than|about|"
                           r"some|nearly|almost|over|around)\s+)?$", stext[max(0, a - 30):a], re.I)
            part = _part_of_total(stext, pm, a, b, f, accepted, out, sent) if i and pm else None
            if part:                      # '900 villagers died in the hills since May, including 260 children'
                part["start"] += s0
                part["end"] += s0
                out.append(part)
                accepted.append((a, b))
                continue
            if i and re.search(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$", stext[max(0, a - 14):a], re.I):
                continue                  # '380 people, including 60 children, were killed': a part inside the total
            if i and not figs[i - 1].vague and _SHARE_OF_TOTAL.fullmatch(stext[figs[i - 1].end:a]):
                continue                  # 'seven of the province's 12 districts': 12 is the whole the share is of
            if f.kind == "count" and (f.value in (0.0, 1.0) or re.fullmatch(r"(?:19|20)\d\d", stext[a:b])):
                continue
            if f.kind == "count" and re.search(r"\b(?:" + _MON_RX + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+$",
                                               stext[max(0, a - 12):a], re.I) and re.fullmatch(r"\d{1,2}", stext[a:b]):
                continue                  # a day of a month: 'the September 11 attacks', 'on March 3'
            if f.kind == "count" and re.fullmatch(r"\d{1,2}", stext[a:b]) and re.match(
                    r"\s+(?:of\s+)?(?:" + _MON_RX + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?", stext[b:b + 14], re.I):
                continue                  # the day first: '4 November 2011', 'on 12 March'
            if _lexrx("claims_agg_nonconflict").search(stext_nc) and not _CONFLICT_WORD.search(stext):
                continue                  # 'a cyclone ... leaving at least 12 dead': no conflict figure
            if not _CONFLICT_WORD.search(stext) and s0:
                prev = re.split(r"(?<=[.!?])\s+", text[max(0, s0 - 400):s0].strip())[-1]
                if _lexrx("claims_agg_nonconflict").search(prev) and not _CONFLICT_WORD.search(prev):
                    continue              # 'A cyclone struck the coast. In total 12 people died'
                if disaster_doc:
                    continue              # a report whose lead tells a disaster: its tolls are the disaster's
            area = re.match(r"\s*(?:square|sq\.?)\s+(?:km|kilomet\w+|miles)\b", stext[b:b + 30], re.IGNORECASE)
            if area and _lexrx("claims_agg_retake_verbs").search(stext):
                pass                      # 'controls around 60,000 square km': territory held
            elif _MONEY_BEFORE.search(stext[max(0, a - 4):a]) or f.kind == "count" and _NOT_COUNT_AFTER.match(stext[b:b + 30]):
                continue
            if any(x < a < y for x, y in breakdowns) and any(x - 3 <= e <= x + 1 for x, _ in breakdowns for _, e in accepted):
                continue                  # '40 -- 25 civilians and 15 fighters --': the parts of a total
            c0, c1 = _clause(stext, a, b)
            clause = stext[c0:c1]
            cum = bool(_lexrx("claims_agg_cumulative").search(_DISCLAIMER.sub("", re.sub(     # 'a day earlier' is no rate 'a day'
                r"\b(?:a|one|the)\s+(?:day|week|month|year)\s+(?:earlier|later|before|after|ago)\b", "", clause, flags=re.I))) or _WAR_SUBJECT.search(clause) or
                       _SPAN_OF_TIME.search(stext) or _IN_THE_WAR.search(clause) or _SINCE_EVENT.search(clause) or
                       _YEARS_OF_WAR.search(clause) or _LONG_FIGHT.search(clause))
            # 'Of the 320 people killed last month, 140 were civilians': a toll set out as the whole whose parts follow;
            # 'May was the deadliest month of the year, with 310 people killed': the toll of a span its superlative names
            cum = cum or bool(_OF_THE_WHOLE.match(stext) or _DEADLIEST_SPAN.search(stext, 0, a))
            if cum and not dur and re.search(r"\b(?:in\s+total|in\s+all|overall|altogether|a\s+total\s+of|total)\b", clause, re.I) \
                    and not (_WAR_SUBJECT.search(clause) or _SPAN_OF_TIME.search(stext) or _IN_THE_WAR.search(clause) or
                             _SINCE_EVENT.search(clause) or _YEARS_OF_WAR.search(clause) or _LONG_FIGHT.search(clause)):
                prev = re.split(r"(?<=[.!?])\s+", text[max(0, s0 - 400):s0].strip())[-1] if s0 else ""
                if _incident_day(prev) or any(h.group("det") and not h.group("pl") for h in _ATTACK_NOUN.finditer(prev)) or \
                        _IN_THE_ATTACK.search(stext[b:].split(";")[0]):
                    cum = False           # 'A suicide bomber struck a base on Monday. In total, 12 soldiers were killed'
                    # (or 'In total, 12 guards died, and 15 were hurt in the raid')
            # 'Fighting in the region last month left 230 people dead': a war-like subject over a named month or year
            war_past = bool(_WAR_PAST.search(clause)) and any(p.kind in ("month", "year", "quarter", "half", "range")
                                                            and not re.match(r"(?i)(?:last|this)\s+week", p.text)
                                                            for p in per) and not _incident_day(clause)
            # 'About 1,000 people were killed across the country in May, according to U.N. figures': no single attack
            war_past = war_past or bool(_KILLED_IN_VIOLENCE.search(clause)) and any(
                p.kind in ("month", "year", "quarter", "half", "range") and not re.match(r"(?i)(?:last|this)\s+week", p.text)
                for p in per) and not _incident_day(clause)
            war_past = war_past or any(p.kind == "month" for p in per) and bool(_NATIONAL.search(stext)) and not (
                _incident_day(clause) or any(h.group("det") and not h.group("pl") for h in _ATTACK_NOUN.finditer(stext)) or
                re.search(r"\bwhen\b", clause))
            if _lexrx("claims_agg_nonconflict").search(_INCLUDED_CAUSES.sub(" ", clause)) and not _CONFLICT_WORD.search(clause):
                continue                  # 'floods have displaced 50,000 people this year': no conflict figure
            dm = re.search(r"(?:" + _lexrx("claims_agg_nonconflict").pattern + r")\s+(?:(?:that|which)\s+)?(?:(?:has|have|had|now|"
                           r"already|so\s+far)\s+)*(?:killed|claimed|left|infected|displaced|sickened|affected)\s+(?:the\s+lives\s+of\s+)?$",
                           stext[max(0, a - 70):a], re.IGNORECASE)
            if dm and not _CONFLICT_WORD.search(stext, max(0, a - 70 + dm.start() - 30), max(0, a - 70) + dm.start()):
                continue                  # 'an outbreak that has killed 1,500 people', even beside attacks on clinics
            aside = _ASIDE_AFTER.search(stext, b, c1)     # a relative clause after the figure hedges its own noun
            main = stext[c0:aside.start()] if aside else clause
            if _FORECAST_BEFORE.search(stext[max(c0, a - 40):a]) or re.search(r"\bif\b", main) and re.search(
                    r"\b(?:could|would|might|will)\b", main):
                continue                  # 'officials expect up to 100,000 people to return', '... could flee if ...' 
            if f.kind == "count" and _PREWAR.search(stext) and _POPULATION_BEFORE.search(stext, max(c0, a - 40), a):
                continue                  # 'the town, which had 50,000 inhabitants before the war': a population, no toll
            perfect = bool(_PERFECT.search(stext[max(c0, a - 40):min(c1, b + 60)]))
            if not perfect and accepted and out and out[-1]["sent"] is sent and \
                    re.fullmatch(r"[^,;:.]{0,60}?\s+and\s+(?:[\w-]+ly\s+)?[\w-]+\s+", stext[accepted[-1][1]:a]):
                # 'has killed more than 900 people and displaced over 20,000': the second verb shares 'has'
                perfect = bool(_PERFECT.search(stext[max(c0, accepted[-1][0] - 40):accepted[-1][1]]))
            counted, unit, ce = _counted_after(stext, b)
            nxt = figs[i + 1] if i + 1 < len(figs) else None
            if nxt is not None and not nxt.vague and nxt.kind == "count" and _SHARE_OF_TOTAL.fullmatch(stext[b:nxt.start]):
                c2, u2, e2 = _counted_after(stext, nxt.end)     # 'seven of the province's 12 districts'
                if c2:
                    counted, unit, ce = stext[b:e2].strip(), u2, e2
            if counted and _FORECAST_AFTER.match(stext[ce:ce + 30]) and not re.match(
                    r"\s*\w+\s+(?:be\s+)?(?:left|remain\w*|still)\b", stext[ce:ce + 30]):
                continue                  # 'up to 200,000 people could be displaced' (a hedged count of a force stays)
            if area:
                counted, unit, ce = area.group(0).strip(), "places", b + area.end()
            pv = re.search(r"(\w+)\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|another)\s+)?$", stext[max(0, a - 30):a])
            if pv and re.search(r",\s+of\s+which\b[^,;:.]*$", stext[c0:a], re.IGNORECASE):
                pv = None                 # 'has 275 seats, of which the bloc holds 140': a part of the thing before 'of which'
            if counted is None and pv and re.match(r"\s*(?:[.,;:]|$|(?:since|in|during|over|across|so\s+far|last|this|"
                                                   r"throughout|around|nationwide)\b|from\s+their\s+homes\b)", stext[b:b + 24]) and (
                    _CASUALTY_VERB.fullmatch(pv.group(1)) or _lexrx("claims_agg_state_verbs").fullmatch(pv.group(1))):
                counted, unit = pv.group(1), "people"             # '... and displaced 2.1 million.', 'killed 3,545 since',
                #                                                   'forced 2 million from their homes'

            if counted is None and (_FORCE_VERB_BEFORE.search(stext[max(c0, a - 40):a]) or
                                    _STRONG_AFTER.match(stext[b:b + 12])):
                fm = _lexrx("claims_agg_force_nouns").search(clause) or _lexrx("claims_agg_armed_groups").search(clause) or \
                    (re.search(r"\b(?:force|forces|contingent|army)\b", stext[b:b + 40], re.I)
                     if _STRONG_AFTER.match(stext[b:b + 12]) else None)     # 'a 4,000-strong force'

                if fm:                    # 'the militants number about 4,000', 'a force 5,000 strong'
                    counted, unit = fm.group(0), "people"
            subj = False                  # what is counted is the subject before the figure
            if counted is None and re.search(r"\b(?:(?:is|are|was|were)\s+(?:now\s+)?(?:believed|thought|estimated|said)\s+to\s+)?"
                                             r"(?:number|numbers|numbered|total|totals|totall?ed)\s+(?:about\s+|around\s+|some\s+|"
                                             r"nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|over\s+)?$", stext[c0:a], re.I):
                pn = list(_lexrx("claims_agg_people").finditer(stext, c0, a))
                if pn and (_lexrx("claims_agg_state_verbs").search(stext, c0, c1) or _CASUALTY_VERB.search(stext[c0:c1])):
                    counted, unit, subj = pn[-1].group(0), "people", True   # 'civilians trapped ... are thought to number 50,000'
            compared = False
            if counted is None and f.kind == "count" and accepted and out and out[-1]["sent"] is sent and \
                    out[-1]["unit"] in ("people", "attacks", "times") and out[-1]["quantity"] and (f.value or 0) < out[-1]["quantity"] and \
                    re.match(r"\s+of\s+(?:them|whom)\b(?!\s+(?:were|was|are|is|have|has|had|been)\b)", stext[b:b + 24]) and \
                    re.fullmatch(r"[^.;:]*,\s*", stext[accepted[-1][1]:a]):
                # '... hold about 8,000 detainees, some 1,500 of them foreigners': a part of the figure just accepted
                counted, unit = out[-1]["counted"], out[-1]["unit"]
                compared = (f.value or 0) >= 2
            if counted is None and out and out[-1]["sent"] is sent and re.search(
                    r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bagainst)\s+(?:(?:perhaps|possibly|maybe|probably)\s+)?$",
                    stext[max(0, a - 26):a]):
                counted, unit = out[-1]["counted"], out[-1]["unit"]     # '1,342 attacks, up from 980 in 2018'
                # the figure set against an accepted one counts the same thing (for another period or side)
                compared = bool(accepted) and f.kind == "count" and (f.value or f.low or f.high or 0) >= 2
            groups = _active_groups(stext, b) if counted is None and f.kind == "count" else None
            if groups:                    # 'some 40 militias now operate in the east'
                counted, unit, ce = groups.group(1), "groups", b + groups.end(1)
            # a series of figures, each with its own period: 'rose to 73 in April from 41 in March', 'from 40 in 2019 to
            # 75 in 2020', '92 in January, 104 in February and 131 in March' (the counted noun said once)
            dated = any(0 <= p.start - s0 - b <= 2 for p in per)
            if counted is None and dated and out and out[-1]["sent"] is sent and accepted and (
                    re.search(r"\b(?:from|to)\s+$", stext[max(0, a - 6):a]) or
                    re.fullmatch(r"[^,;:]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)", stext[accepted[-1][1]:a])):
                counted, unit = out[-1]["counted"], out[-1]["unit"]
            # a list that says the counted noun once and leaves it out of the later items, place by place:
            # 'Varno recorded 41 incidents, Dorvo 37 and Pellor 29', '640 were killed in Varno, 210 in Dorvo and 95 in
            # Pellor', 'Of the 900 deaths last year, 410 were in Varno': each item counts what the first one counts
            gapped = False
            if counted is None and f.kind == "count" and accepted and out and out[-1]["sent"] is sent and \
                    out[-1]["unit"] in ("people", "attacks", "places") and out[-1]["counted"]:
                between = stext[accepted[-1][1]:a]
                listed = re.fullmatch(r"[^.;:()]{0,70}?(?:,\s*(?:and\s+)?|\s+and\s+)", between)
                place_after = re.match(r"\s+(?:(?:were|was)\s+)?(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
                                       r"(?=\s*(?:[,.;:)]|\band\b|$|(?:in|during|last|this|since|over)\b))", stext[b:b + 50])
                gapped = bool(listed and place_after and re.search(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]", between) or
                              re.fullmatch(r"[^.;:()]{0,70}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|"
                                           r"the\s+(?:[a-z-]+\s+)?[a-z-]+)\s+", between) and
                              re.match(r"\s*(?:[,.;:)]|\band\b|$)", stext[b:b + 6]) or
                              place_after and place_after.group(0).lstrip().startswith(("were", "was")) and
                              _OF_THE_WHOLE.match(stext) and re.fullmatch(r"\s*", stext[_OF_THE_WHOLE.match(stext).end():a]))
                if gapped:
                    counted, unit = out[-1]["counted"], out[-1]["unit"]
                    compared = True
            # a count that changed, from one figure to another: 'Attacks on civilians nearly doubled in 2020, from 480
            # to 910', 'Raids by the group fell, from 140 in 2019 to 70 in 2020'
            if counted is None and f.kind == "count":
                chg = re.search(r"\b(?P<x>" + _lexrx("claims_agg_events").pattern[len(r"(?<![\w-])"):-len(r"(?![\w-])")] +
                                r"|deaths|casualties|fatalities|killings|abductions)\b(?:\s+[\w'’-]+){0,6}?\s+(?:doubled|tripled|"
                                r"trebled|quadrupled|halved|rose|risen|fell|fallen|dropped|declined|increased|decreased|jumped|"
                                r"climbed|surged|soared|plunged|grew|grown)\b[^.;:]{0,30}?\bfrom\s+(?:(?:about|around|some|"
                                r"nearly|almost|over)\s+)?(?:[\d,.]+(?:\s+(?:in|during)\s+(?:[\w-]+\s+)?[\w-]+)?\s+to\s+(?:(?:about|"
                                r"around|some|nearly|almost|over|more\s+than)\s+)?)?$", stext[max(c0, a - 130):a], re.IGNORECASE)
                if chg and chg.group("x").lower() != "times" and not _CYBER.search(stext[max(c0, a - 130):a]):
                    counted = chg.group("x")
                    unit = "people" if _CASUALTY_NOUN.fullmatch(counted) else "attacks"
                    compared = True
            # a span's toll named by the span: "last year's toll of 1,900", "May's total of 310" (a total said
            # after a figure of the same sentence counts what that figure counts)
            if counted is None and f.kind == "count":
                tm = re.search(r"(?:\b(?:last|this|previous)\s+(?:year|month|quarter)|\b(?:19|20)\d\d|\b" + _MON_RX[3:-1] +
                               r")['’]s\s+(?:(?:death|casualty|overall|entire)\s+)?(toll|total|tally)\s+of\s+(?:(?:about|around|"
                               r"some|nearly|almost|more\s+than|at\s+least|over)\s+)?$", stext[max(c0, a - 60):a], re.IGNORECASE)
                if tm and tm.group(1).lower() == "toll":
                    counted, unit, compared = "deaths", "people", True
                elif tm and out and out[-1]["sent"] is sent and accepted and out[-1]["unit"] in ("people", "attacks"):
                    counted, unit, compared = out[-1]["counted"], out[-1]["unit"], True
            if counted is None and dated and ":" in stext[:a] and not re.search(r"[;.]", stext[stext.index(":"):a]):
                head = stext[:stext.index(":")]           # 'Security incidents in the district: 92 in January, ...'
                hm = [m for m in _lexrx("claims_agg_events").finditer(head) if m.group(0).lower() != "times"]
                if hm:
                    counted, unit = hm[0].group(0), "attacks"
                elif _CASUALTY_NOUN.search(head):
                    counted, unit = _CASUALTY_NOUN.search(head).group(0), "people"
            mo = (_TOTAL_OF_X.search(stext[max(c0, a - 60):a]) or _NUMBER_OF.search(stext[max(0, a - 90):a]) or _BRING_TO.search(stext[max(0, a - 120):a]) or
                  _PUT_AT.search(stext[max(0, a - 120):a]) or
                  _YEARS_OF_WAR.search(stext, max(0, a - 120), a) and _NUMBER_OF_FAR.search(stext[max(0, a - 120):a])) \
                if counted is None else None
            if mo is None and counted is None:      # 'civilian casualties rose to 11,002 last year'
                mo = _NOUN_ROSE_TO.search(stext[max(c0, a - 70):a])
            if mo and (mo.group("x") is None and "toll" not in mo.group(0).lower() or _COMPARATIVE.match(stext[b:b + 20])):
                mo = None                 # 'the vote tally is at least 100 above ...'
            if mo and re.match(r"(?i)flow|influx|stream|exodus", mo.group(0)) and not any(
                    _lexrx(n).search(mo.group(0)) for n in ("claims_agg_people", "aggregates_people", "claims_agg_displaced_nouns",
                                                            "claims_agg_force_nouns")):
                mo = None                 # 'the flow of oil fell to 40,000 barrels a day': no people on the move
            tally = None
            po_ = re.match(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[\d,]+\s+((?:[\w-]+\s+)?(?:" +
                           _lexrx("claims_agg_places").pattern + r"))\s*,\s*$", stext[:a], re.I) if counted is None else None
            if po_:                       # 'Of the province's 24 districts, 15 are now under government control'
                counted, unit = po_.group(1), "places"
            if mo is None and re.search(r"\bbr(?:ing|ings|inging|ought)\s+to\s+$", stext[max(c0, a - 20):a], re.I) and (
                    _CONFLICT_WORD.search(stext) or re.search(r"\b(?:explosions?|blasts?|raids?|ambush\w*)\b", stext, re.I)):
                # 'the blast brought to 60 the count of dead from raids this week': the tally after the figure
                tally = mo = re.match(r"\s+the\s+(?:[\w-]+\s+)?(?:number|toll|total|tally|count)(?:\s+of\s+(?P<x>(?:[\w-]+\s+){0,2}?"
                                      r"[\w-]+))?", stext[b:b + 60], re.I)
            subj = subj or bool(mo)
            if counted and unit == "people" and not mo:
                # 'the number of families displaced since May has passed 8,000 families': the noun said twice,
                # what is counted is told before the figure
                nof = _NUMBER_OF_FAR.search(stext[max(c0, a - 120):a])
                if nof and nof.group("x") and nof.group("x").split()[-1].lower() == counted.split()[-1].lower():
                    subj = cum = True
            if mo:                        # 'the death toll stood at about 50', 'the number of attacks rose to 150'
                x = mo.group("x") or "deaths"
                if "toll" in mo.group(0).lower() and re.match(r"(?i)(?:the|a|an|its|their|this|that)\b", x):
                    x = "deaths"          # 'the toll of the civil war': the war's deaths
                elif mo.group("x") and re.fullmatch(r"(?i)the|a|an|its|their|this|that", x):
                    nx = re.match(r"\s+([\w-]+)", mo.string[mo.end("x"):])
                    x = nx.group(1) if nx else "deaths"     # 'the tally of the dead': the dead
                counted = x
                if re.fullmatch(r"(?i)refugee|returnee", x):
                    x = counted = x + "s"       # 'the refugee count': refugees
                unit = "attacks" if _lexrx("claims_agg_events").search(x) else (
                    "places" if _lexrx("claims_agg_places").search(x) else "people")
                cum = cum or "toll" not in mo.group(0).lower()
                # 'the blast brought the number of dead since Sunday to 45': the toll of many, brought up to date
                tally = tally or bool(per) and mo.re is _BRING_TO
            ok = force = False
            if f.kind == "percent":
                ok = not _OPINION.match(stext[b:b + 80]) and bool(
                    _CASUALTY_VERB.search(clause) or
                    # a share of a population on the move: '40 percent of the town's residents have fled'
                    re.search(r"\b(?:fled|displaced|returned|trapped|besieged|uprooted|evacuated|escaped)\b", stext[b:min(c1, b + 80)],
                              re.IGNORECASE) or
                    # a share of territory: '40 percent of its territory' (not 'of the country's families')
                    re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:" + _lexrx("claims_agg_places").pattern +
                             r")(?!['’])", stext[b:b + 50], re.IGNORECASE) or
                    _lexrx("claims_agg_retake_verbs").search(clause) and (
                        _lexrx("claims_agg_places").search(clause) or
                        re.match(r"\s+of\s+(?:the\s+)?[A-Z]", stext[b:b + 12])) or
                          any(m.group(0).lower() != "times" for m in _lexrx("claims_agg_events").finditer(clause)) or re.search(r"\b(?:civilians?|violence|fighting)\b", clause, re.I) or
                          re.search(r"\b(?:engagements|forces|victims)\b", clause, re.I) and      # not 'victims of the virus'
                          _CONFLICT_WORD.search(stext)) \
                    and not _lexrx("claims_agg_economy").search(_ECON_TARGET.sub(" ", clause))
                ok = ok or _share_of_services_closed(stext, b, f)    # '40 percent of the schools have closed'
                po = re.match(r"\s+of\s+[^,;:]{1,60}", stext[b:c1])      # '14 percent of Syria'
                pr = re.match(r"\s*(?:[\w-]+\s+)?(?:rise|increase|jump|surge|drop|fall|decline|decrease|reduction)\s+"
                              r"(?:in|of|on|over|from|since|compared\s+(?:with|to))\s+[^,;:]{1,50}", stext[b:c1], re.I)   # 'a 30 percent rise in attacks on ...'
                rb = re.search(r"\b(?:rise|increase|jump|surge|drop|fall|decline|decrease|reduction)\s+of\s+$", stext[max(c0, a - 25):a])
                if not counted and rb and out and out[-1]["sent"] is sent:
                    counted = out[-1]["counted"]     # '1,240 soldiers were killed ..., a rise of 18 percent on 2019'
                if not counted and not po and not pr and out and out[-1]["sent"] is sent and out[-1]["unit"] == "percent":
                    counted = out[-1]["counted"]     # '45 percent of its territory in the north and 20 percent in the east'
                if not counted and not po and not pr:   # 'civilian casualties ... were 23 percent lower than ...'
                    xs = [m for m in list(_lexrx("claims_agg_events").finditer(stext, c0, a)) + list(_CASUALTY_NOUN.finditer(stext, c0, a))
                          if m.group(0).lower() != "times"]
                    counted = min(xs, key=lambda m: m.start()).group(0) if xs else None
                counted, unit = counted or (po.group(0).strip() if po else pr.group(0).strip() if pr else
                                            stext[c0:c1][:60]), "percent"
            elif f.kind == "fraction":
                # the whole may name its owner and its count first: 'half of the district's 60 villages'
                pl = re.match(r"\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+['’]s\s+(?:[\d,]+\s+)?)?"
                              r"(?:[\w-]+\s+){0,2}?(?:" +
                              _lexrx("claims_agg_places").pattern + r")(?![\w-])", stext[b:b + 60], re.IGNORECASE)
                pl = re.compile(r"(?!)").search("") if pl is None else \
                    list(_lexrx("claims_agg_places").finditer(stext, b, b + pl.end()))[-1]
                ok = bool(pl and not re.match(r"['’]s\b", stext[pl.end():pl.end() + 2]) or
                          # 'the group's territory has shrunk by about a quarter'
                          re.search(r"\bby\s+$", stext[max(0, a - 4):a]) and _lexrx("claims_agg_places").search(stext, c0, a) and
                          not _lexrx("claims_agg_economy").search(clause) or
                          # a share of territory; 'two-thirds of the country's population' is a share of people
                          _lexrx("claims_agg_retake_verbs").search(clause) and not _lexrx("claims_agg_economy").search(clause)) or bool(
                    # 'half of the region's 2 million residents have fled': the owner and the whole may come first
                    re.match(r"\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+)?(?!(?:them|those|whom|these)\b)(?:[\w-]+['’]s\s+)?"
                             r"(?:[\d,.]+\s+(?:million\s+|thousand\s+)?)?"
                             r"(?:[\w'’-]+\s+)?(?:pre-war\s+)?(?:population|[A-Z][a-z]+(?:ans|ese|is|ens|ons|ks|ds|urs|ites)\b|"
                             r"(?:" + _lexrx("claims_agg_people").pattern + r"))", stext[b:b + 40], re.IGNORECASE) and (
                        _CONFLICT_WORD.search(stext) or re.search(r"\b(?:fled|flee\w*|displaced|trapped|besieged|uprooted|"
                                                                 r"refugees?|returned|camps?)\b", stext, re.I) or
                        _CASUALTY_VERB.search(stext, b, min(c1, b + 90)) and (
                            bool(dur) or cum or not _single_incident(stext[:a], stext[b:]))) and (
                        _lexrx("claims_agg_state_verbs").search(stext, max(c0, a - 30), min(c1, b + 90)) or
                        _CASUALTY_VERB.search(stext, max(c0, a - 30), min(c1, b + 60)) or
                        # what a war has done to a share of the people: 'years of insurgency have ... left a third of the inhabitants hungry'
                        re.search(r"\b(?:left|leaving|forced|driven|pushed|plunged)\s+$", stext[max(c0, a - 10):a], re.I) and
                        _WAR_SUBJECT.search(stext, 0, a))) or bool(
                    # a share of a toll: '..., about half of them civilians', 'a third of those killed'
                    re.match(r"\s+of\s+(?:them|those\s+(?:killed|dead|wounded|injured)|(?:the\s+|all\s+)(?:[\w-]+\s+)?(?:dead|"
                             r"victims|casualties|deaths|fatalities))\b",
                             stext[b:b + 40], re.IGNORECASE) and _CASUALTY_VERB.search(stext) and (bool(dur) or cum or
                                                                                     not _single_incident(stext[:a], stext[b:]))) or bool(
                    # 'nearly a quarter of the 400 people killed last month were children': a share of a toll over a period
                    re.match(r"\s+of\s+(?:the|all)\s+(?:[\d,.]+\s+)(?:[\w-]+\s+)?(?:" + _lexrx("claims_agg_people").pattern +
                             r")\s+(?:(?:who\s+)?(?:were|have\s+been|had\s+been)\s+)?(?:killed|wounded|injured|dead|died)\b",
                             stext[b:b + 60], re.IGNORECASE) and (bool(dur) or cum or not _single_incident(stext[:a], stext[b:])))
                ok = ok or _share_of_services_closed(stext, b, f)    # 'one in three schools in the region has closed'
                if not ok and not _lexrx("claims_agg_economy").search(clause):
                    # a share of the figure just accepted: '... 9,000 air raids since 2015, nearly a third of them on ...'
                    ok = bool(re.match(r"\s+of\s+them\b", stext[b:b + 10]) and accepted and out and out[-1]["sent"] is sent and
                              out[-1]["unit"] in ("attacks", "times") and
                              re.fullmatch(r"[^.;:]*,\s*", stext[accepted[-1][1]:a]))
                    # a share of a country's attacks: 'nearly half of all rebel attacks in the country took place there'
                    ev = re.match(r"\s+of\s+(?:all\s+(?:the\s+)?|the\s+)(?:[\w-]+\s+){0,2}?(" + _lexrx("claims_agg_events").pattern +
                                  r")", stext[b:b + 60], re.IGNORECASE)
                    ok = ok or bool(ev and ev.group(1).lower() != "times" and not _CYBER.search(ev.group(0)))
                counted = re.split(r",(?!\d)|\s(?:who|which|that|have|has|had|were|was|are|is|remain\w*)\s", stext[b:b + 50])[0].strip()
                if re.search(r"\bby\s+$", stext[max(0, a - 4):a]):
                    pm = list(_lexrx("claims_agg_places").finditer(stext, c0, a))
                    counted = pm[-1].group(0) if pm else counted     # 'the territory has shrunk by a quarter'
                    ch = _CHANGE_BY.search(stext, c0, a)
                    if not ok and ch and not _lexrx("claims_agg_economy").search(clause):
                        xs = [m for m in (list(_lexrx("claims_agg_events").finditer(stext, c0, ch.start())) +
                                          list(_CASUALTY_NOUN.finditer(stext, c0, ch.start())))
                              if m.group(0).lower() != "times"]
                        if xs:            # 'attacks fell by a third last year': a share of change in a count
                            ok, counted = True, max(xs, key=lambda m: m.end()).group(0)
                unit = "percent"
            elif f.kind == "ordinal":
                # 'the third attack this year', 'the group's second attack on the city this week', 'the fourth time in
                # a month that the depot was shelled': any period counts (a week or a month is a span here)
                ok = bool(dur or per) and bool(re.match(r"\s+(?:[\w-]+\s+){0,3}?(?:" + _lexrx("claims_agg_events").pattern +
                                                        r"|attack|bombing|blast|explosion|to\s+(?:hit|strike|target))",
                                                        stext[b:b + 60], re.IGNORECASE) or
                                               # 'the ambush was the fourth on army convoys this month'
                                               re.match(r"\s+(?:on|against|in|targeting|this|since)\b", stext[b:b + 14]) and re.search(
                                                   r"\b(?:attack|bombing|blast|explosion|ambush|raid|assault|air\s?strike|strike|"
                                                   r"shooting|kidnapping|abduction|assassination)\s+(?:[\w'’-]+\s+){0,6}?(?:was|is|"
                                                   r"marks|marked|became|becomes)\s+$", stext[c0:a], re.I) or
                                               re.match(r"\s+time\s+(?:in\s+[^,;]{0,30}?\s+)?(?:that|when|since|this|in)\b",
                                                        stext[b:b + 50]) and
                                               _lexrx("claims_agg_times_verbs").search(stext, b, c1))
                counted, unit = stext[b:b + 40].strip().split(",")[0], "attacks"
            elif compared or unit == "groups":
                ok = unit != "groups" or (f.value or f.low or f.high or 0) >= 3
                # a force's strength set against another is dated as a force's: only by a date right after it
                force = compared and bool(_lexrx("claims_agg_force_nouns").fullmatch((counted or "").split()[-1] if counted else ""))
            elif counted:
                # 'the army has lost 2,000 soldiers': people lost are dead
                lost = unit == "people" and bool(re.search(r"\blos(?:t|e|es|ing)\s+(?:[\w-]+\s+)?$", stext[max(c0, a - 20):a], re.I) )
                casualty = lost or bool(_CASUALTY_VERB.search(_ONES_DEATH.sub(" ", re.sub(     # 'sentenced 12 men to death' is no toll
                    r"\b(?:sentenc|condemn)\w*\b[^,;]{0,40}?\bto\s+death\b", "", clause, flags=re.I)))) or unit == "people" and counted.split()[-1].lower() in (
                    "deaths", "casualties", "lives", "injuries", "dead", "wounded", "killed", "bodies")
                legal = bool(_lexrx("claims_agg_legal_verbs").search(clause))
                single = _single_incident(stext[max(c0, a - 120):a], stext[b:c1]) and not _WAR_SUBJECT.search(clause) and \
                    not tally             # the blast that 'brought to 60 the count of dead this week' is one of many
                # 'shot dead 9 people at a barracks in 2011': one named site in a bare year or month is one incident
                rel = _RELATIVE.search(stext, 0, a)          # the figure inside ', which has killed 400 people,'
                rel = rel if rel and rel.start() >= c0 and "," in stext[b:c1] else None
                day_in = stext[rel.start():b + stext[b:c1].index(",")] if rel else clause
                single = single or (_wave(stext[max(c0, a - 120):a]) or _incident_day(day_in)) and not dur
                single = single or bool(re.match(r"\s*(?:[\w-]+\s+){0,2}?at\s+(?:the\s+)?[A-Z]\w+", stext[ce:ce + 40])) and \
                    not cum and not any(p.kind in ("since", "relative") for p in dur)
                # up to the next figure: '13 million people need aid and 6 million are displaced' displaces the 6 million
                near = stext[max(c0, a - 25):min(c1, ce + 60, nxt.start if nxt is not None and nxt.start >= ce else len(stext))]
                joining = r"\bjoin(?:s|ed|ing)?\b|\bsign(?:s|ed|ing)?\s+up\b|\benlist(?:s|ed|ing)?\b"
                if re.search(joining, near, re.I) and not (
                        _LEGAL_CONTEXT.search(stext) or re.search(r"\bfighters?\b", stext, re.I) or
                        # recruits or volunteers signing up in a recruitment drive of an armed or security force
                        re.fullmatch(r"(?i)recruits|volunteers", (counted or "").split()[-1] if counted else "") and
                        re.search(r"\b(?:recruit\w*|militias?|army|armed|defen[cs]e|security)\b", stext, re.I)):
                    near = re.sub(r"(?i)" + joining, " ", near)   # 'recruited 70 activists to join the campaign'
                sv = [m.group(0).lower() for m in _lexrx("claims_agg_state_verbs").finditer(near)]
                if sv and all(re.fullmatch(r"liv(?:e|ing)\s+in", v) for v in sv) and not _HELD_PLACE.search(clause):
                    near = ""             # 'two million people live in the capital': a population, not one held or besieged
                # people who left a country, as a count of emigrants or expelled: '80,000 Dorvians have left Brask since
                # March' (not soldiers who left a town: a withdrawal)
                state = bool(re.search(r"\b(?:have|has|had)\s+(?:now\s+|since\s+|already\s+)?left\s+(?:the\s+country\b|"
                                       r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]\w+)", near)) and \
                    not (_lexrx("claims_agg_force_nouns").search(counted or "") or re.search(
                        r"\b(?:soldiers|troops|personnel|peacekeepers|police\w*|officers|forces|contingents?)\b", counted or "", re.I))
                state = state or bool(_lexrx("claims_agg_state_verbs").search(near)) or subj and bool(
                    _lexrx("claims_agg_state_verbs").search(stext, c0, a)) or bool(
                    _lexrx("claims_agg_displaced_nouns").search(counted or "")) and not re.search(   # '1.2 million refugees'
                    r"\b(?:want\w*|plan\w*|will|would|pledg\w*|promis\w*|agree\w*|offer\w*|propos\w*|admit\w*|accept\w*|"
                    r"take\s+in|resettl\w*|quota)\b", stext[max(c0, a - 50):a], re.IGNORECASE)   # not a pledge to admit

                # children an armed group recruited, counted over a span: 'recruited 460 children in 2020', 'an estimated
                # 40,000 children have been recruited since 2013'
                state = state or bool(_lexrx("aggregates_child_nouns").search(counted or "") and
                                      _lexrx("aggregates_recruit_verbs").search(near))
                # people held in custody: 'the authorities are holding more than 3,000 detainees', '1,200 prisoners
                # are held in the camp'
                state = state or bool(_lexrx("aggregates_custody_nouns").search(counted or "") and
                                      _lexrx("aggregates_custody_verbs").search(near))
                if unit == "places" and _lexrx("agg_service_nouns").search(counted or ""):
                    ok = _services_closed(stext, ce, f) or _services_attacked(stext, a, ce, f, clause, bool(dur) or cum or perfect)
                elif unit == "places":   # the verb takes the places: 'retook six villages', 'six villages were retaken'
                    rv = list(_lexrx("claims_agg_retake_verbs").finditer(stext, max(c0, a - 45), a))
                    ok = bool(rv and not re.search(r"\b(?:in|on|at|to|across|for|during|into|with|by)\b", stext[rv[-1].end():a]) or
                              _DRIVE_OUT.search(stext, max(c0, a - 70), a) or
                              # '15 are now under government control', '12 remain in rebel hands'
                              re.match(r"\s*(?:(?:are|were|is|was|remain|remained|remains|now|still|back|firmly)\s+)*(?:under\s+"
                                       r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?control|in\s+(?:[\w'’-]+\s+){0,2}?hands)\b", stext[ce:ce + 60], re.I) or
                              re.match(r"\s*(?:(?:and|or)\s+[\w-]+\s+)?(?:(?:have|has|had|were|was|are|is|been|now|since|already|"
                                       r"also|all)\s+)*(?:[\w-]+ly\s+)?"
                                       r"(?:" + _lexrx("claims_agg_retake_verbs").pattern + r")(?![\w-])", stext[ce:ce + 45], re.I) or
                              # places emptied of or given back their people: '25 hamlets along the river were
                              # emptied', '9 villages were demined and resettled'
                              (f.value or f.low or f.high or 0) >= 2 and not _incident_day(clause) and re.match(
                                  r"(?:\s+(?:in|of|across|around|near|along)\s+[^,;:.]{1,40}?)?\s+(?:have|has|had|were|was|are)\s+"
                                  r"(?:(?:been|now|since|already|also|all|largely|mostly|entirely|completely|partly)\s+)*"
                                  r"(?:[\w-]+\s+(?:and|or)\s+)?(?:" + _lexicons.alternation("agg_population_place_verbs") +
                                  r")(?![\w-])", stext[ce:ce + 90], re.I))
                    # 'overran three outposts and killed many guards': posts taken in the raid whose toll the
                    # clause tells; their count is an aggregate over a period, a total, or a string of assaults
                    if ok and _POSITIONS.search(counted or "") and not (dur or cum or _MANY_INCIDENTS.search(clause)) and \
                            _CASUALTY_VERB.search(clause):
                        ok = False
                elif unit == "times" and not _violent_times(stext, a, b, clause):
                    ok = False
                elif unit in ("attacks", "times") and _CYBER.search(stext, max(c0, a - 40), ce):
                    ok = False            # '300 cyber attacks', 'hacked 40 times': no violence
                elif unit == "attacks" and re.search(r"\barrests\b", counted, re.I) and \
                        _lexrx("claims_agg_civil_offences").search(stext) and not (_CONFLICT_WORD.search(stext) or
                                                                                  _LEGAL_CONTEXT.search(stext)):
                    ok = False            # 'two more arrests for drunk driving': no conflict activity
                elif unit in ("attacks", "times") and re.search(r"\b(?:foil\w*|thwart\w*|prevent\w*|avert\w*|planned|plotted|"
                                                               r"intended|potential|possible|threatened)\b",
                                                               stext[max(c0, a - 25):ce], re.I):
                    ok = False            # 'foiled 70 planned attacks': attacks that did not happen
                elif unit in ("attacks", "times"):
                    ok = (bool(per) or cum or perfect or unit == "times") and f.value is not None and f.value >= 2 or \
                        f.value is None
                    # 'killed 80 in three bombings' is the wave's toll; '310 died in 140 raids in the first half of the
                    # year' counts the raids of a period
                    ok = ok and (not re.search(r"\bin\s+$", stext[max(0, a - 4):a]) or bool(dur) and unit == "attacks" and
                                 f.value is not None and f.value >= 5)
                    if ok and not (dur or cum) and unit == "attacks" and f.value is not None and f.value < 3:
                        ok = False        # 'hit by two mortar attacks': a pair of attacks is one occasion
                    # 'the two suicide bombings have killed 41', 'three blasts on Monday': the incidents the report
                    # tells, no count over a period
                    ok = ok and (bool(dur) or unit == "times" or not (
                        re.search(r"\b(?:the|these|those|both|all)\s+$", stext[max(0, a - 8):a], re.I) or
                        _incident_day(clause) or
                        re.match(r"\s*(?:,[^,]{0,40},\s*)?(?:have|has|had|that|which)?\s*(?:\w+\s+)?(?:killed|wounded|injured|left|"
                                 r"claimed|kill)\b", stext[ce:ce + 50], re.I)))
                elif casualty:
                    ok = (bool(dur) or cum or perfect or war_past) and not single
                    if ok and not (dur or cum or war_past) and re.search(r"\b(?:after|when|as|following)\s+(?:a|an|the|[a-z]+s)\b",
                                                                          stext[b:c1]):
                        ok = False        # 'Four people died after a mob torched a depot': one incident
                    if ok and not dur and (f.value or f.high or 0) < 5:
                        ok = False        # 'three people have died': a handful is one incident's toll, not a count
                    if counted.split()[-1].lower() == "bodies":
                        ok = ok and bool(dur)    # '27 bodies pulled from the rubble so far': one site's recovery
                elif state:
                    ok = not single and (f.value or f.low or f.high or 0) >= 10   # not 'two officers escaped', 'their five children'
                    ok = ok and not re.fullmatch(r"(?i)hostages|captives", counted.split()[-1])   # held, not a population
                elif legal and _lexrx("aggregates_protest").search(stext) and not (
                        _LEGAL_CONTEXT.search(stext) or _lexrx("claims_agg_armed_groups").search(stext)):
                    ok = False            # 'detained 300 people during the protests for looting': no armed conflict case
                elif legal and re.search(r"\b(?:in\s+connection\s+with|over|for|after|following|in)\s+(?:the|a|an|this|that|"
                                         r"[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|explosion|assault|"
                                         r"raid|ambush|shooting|killing|murder|plot)(?![\w-])", clause):
                    ok = False            # 'arrested 3 suspects in connection with the attack': one incident's arrests
                elif legal and not (re.search(r"\b(?:" + _lexrx("claims_agg_legal_verbs").pattern + r")\s+(?:[\w-]+\s+){0,3}$",
                                              stext[c0:a], re.I) or re.match(
                        r"\s*(?:(?:and|or)\s+[\w-]+\s+)?(?:,[^,]{0,40},\s*)?(?:who\s+)?(?:(?:have|has|had|were|was|are|is|now|since|"
                        r"already|also|been)\s+)*"
                        r"(?:[\w-]+ly\s+)?(?:" + _lexrx("claims_agg_legal_verbs").pattern + r")\b", stext[ce:ce + 60], re.I)):
                    ok = False            # 'charged over the deaths of three hikers': the women were not charged
                elif legal and _lexrx("claims_agg_civil_offences").search(clause) and not (
                        _CONFLICT_WORD.search(clause) or _LEGAL_CONTEXT.search(clause)):
                    ok = False            # 'detained 85 people for visa offences': no conflict case
                elif legal and not dur and (f.value or f.low or f.high or 0) < 5:
                    ok = False            # 'two people have been arrested': one case's arrests
                elif legal:
                    ok = bool(dur) or cum or bool(re.search(r"\b(?:have|has)\s+(?:been\s+|now\s+|so\s+far\s+)?(?:charged|convicted|arrested|detained|prosecuted|sentenced|indicted|jailed)\b", clause))
                else:                     # force strength: 'between 500 and 700 fighters', 'has 3,000 members'
                    ok = force = _force_strength(f, counted, clause, stext[max(c0, f.start - 20):f.start], stext)
            if not ok:
                continue
            accepted.append((a, b))
            # the period of the figure's own clause first: 'Violence has eased in recent months, but ... 420 died in
            # May' is May's toll
            cands = [p for p in dur if c0 <= p.start - s0 < c1] or [p for p in per if c0 <= p.start - s0 < c1] or dur or per
            cands = [p for p in cands if p.kind == "since" or not _in_aside(stext, a, b, p.start - s0)]
            if force:                     # a force's strength is as of the report; only a date right after it dates it
                cands = [p for p in cands if b <= p.start - s0 < c1 and not re.search(r"[,;]", stext[b:p.start - s0])]
            if nxt is not None and re.search(r"\b(?:up|down)\s+from\s+$|\bcompared\s+(?:with|to)\s+$|\bagainst\s+$",
                                             stext[max(0, nxt.start - 16):nxt.start]):
                cands = [p for p in cands if p.start - s0 < nxt.start]   # 'in 2017' dates the figure compared
            p = min(cands, key=lambda p: abs(p.start - s0 - a)) if cands else None
            # 'the war has killed 4,700': a present perfect counts up to publication
            open_end = published[:10] if p is None and published and re.fullmatch(r"\d{4}-\d\d-\d\d.*", published) and \
                re.search(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:\w+ly\s+|since\s+)?(?:\w+ed|fled|(?:re)?taken|driven|left|fought|flown|hit|struck|lost|held|"
                          r"won|seized|gone|come|seen)\b",
                          stext[c0:c1]) else None
            ps_, pe_ = (p.period_start, p.period_end) if p else (None, open_end)
            if gapped and not (p and b <= p.start - s0 <= b + 45 and not re.search(r"[,;]", stext[b:p.start - s0])):
                ps_, pe_ = out[-1]["period_start"], out[-1]["period_end"]   # the list's period, said once
            if out and out[-1]["sent"] is sent and out[-1]["period_start"] and out[-1]["period_end"]:
                # 'up from 97 in the same period last year', 'down from 94 the year before': the period of the figure
                # before, a year back
                yb = _YEAR_BACK.match(stext, b) or _YEAR_BACK.match(stext, ce)
                if yb and (p is None or p.start - s0 >= b or (p.period_start, p.period_end) == (out[-1]["period_start"],
                                                                                out[-1]["period_end"])):
                    ps_, pe_ = _year_back(out[-1]["period_start"]), _year_back(out[-1]["period_end"])
            if ps_ is None and pe_ is None and unit == "percent" and out and out[-1]["period_start"] and \
                    out[-1]["period_end"] and sent.start_char - out[-1]["sent"].end_char < 400:
                # 'Shelling caused 40 percent of them': the shares and changes of a report's figures,
                # told in the next sentences, are over the period of those figures
                ps_, pe_ = out[-1]["period_start"], out[-1]["period_end"]
            out.append({"start": s0 + c0, "end": s0 + c1, "quantity": f.value, "low": f.low, "high": f.high,
                        "qualifier": f.qualifier or _estimate_qualifier(stext[max(c0, a - 40):a]), "counted": counted.strip(" .,;:") if counted else counted, "unit": unit,
                        "period_start": ps_, "period_end": pe_,
                        "trend": trend if trend and f.kind in ("count", "percent") and re.search(
                            r"\b(?:every|each|since|year|month|compared|from|than|over)\b", clause) else None,
                        "sent": sent})
        # a trend without a figure: "the number of raids has risen each year since 2015"
        if not accepted and trend and (dur or re.search(r"\b(?:every|each)\s+(?:year|month|week)\b", stext)):
            m = re.search(r"\b(?:number|count|rate|level|toll|frequency|tally)\s+of\s+((?:[\w-]+\s+){0,2}?[\w-]+s)\b",
                          stext, re.IGNORECASE)
            if m and _CYBER.search(m.group(1)):
                m = None                  # 'the count of phishing attacks has grown': no violence
            if m and (_lexrx("claims_agg_events").search(m.group(1)) or _lexrx("claims_agg_people").search(m.group(1)) and (
                    _CASUALTY_VERB.search(stext) or _lexrx("claims_agg_state_verbs").search(stext) or
                    _lexrx("claims_agg_force_nouns").fullmatch(m.group(1).split()[-1]))):
                p = dur[0] if dur else None
                out.append({"start": s0, "end": s1, "quantity": None, "low": None, "high": None, "qualifier": None,
                            "counted": m.group(1), "unit": None, "period_start": p.period_start if p else None,
                            "period_end": p.period_end if p else None, "trend": trend, "sent": sent})
    return out


def scope(sent, exclude: str | None) -> dict | None:
    place = actor = None
    m = re.search(r"\b(?:the\s+)?((?:extremist|militant|armed|jihadist|rebel|insurgent|terrorist)\s+group|"
                  r"(?:IS|ISIS|ISIL)\b(?:\s+group)?|Islamic\s+State(?:\s+group)?)", sent.text)
    if m:
        actor = m.group(1)
    for e in sent.ents:
        if e.label_ in ("GPE", "LOC", "FAC") and place is None:
            place = e.text
        elif e.label_ in ("ORG", "NORP") and actor is None and not (
                exclude and set(re.findall(r"\w+", e.text.lower())) & set(re.findall(r"\w+", exclude.lower())) - {"the", "s"}):
            actor = e.text
    m = re.search(r"\b(?:the\s+)?((?:extremist|militant|armed|jihadist|rebel|insurgent|terrorist)\s+group|"
                  r"(?:IS|ISIS|ISIL)\b(?:\s+group)?|Islamic\s+State(?:\s+group)?)", sent.text)
    if actor is None and m:
        actor = m.group(1)
    if place is None and actor is None:
        return None
    return {"place": place, "actor": actor}
