"""Period expressions -> resolved date ranges.

"the first quarter of 2020" -> 2020-01-01..2020-03-31, "last year", "since 2016", "between 2015 and 2018",
"in March", "so far this year", "the past six months", "in seven months" (= the seven months before publication)... Relative expressions resolve against the
article's ``published`` date, never against the wall clock: without ``published`` they stay unresolved
(None), while absolute ones ("in 2019") still resolve.

Public API:
    find_periods(text, *, published=None) -> list[Period]    every period expression, in text order
    resolve_period(expr, published=None) -> (start, end)      one expression, or (None, None)
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

VERSION = "periods-2"

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4,
       "last": 4}
SMALL = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20, "few": 3, "several": 3}

_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_YEAR = r"(?:19|20)\d\d"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|few|several)"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
# 'since the war began (in 2011)', 'since the start of the offensive', 'since its recapture': counted up to publication
_SINCE_EVENT = (r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset|launch)\s+of\s+)?(?:the|its|their|this|that|a|an)\s+"
                r"(?:[\w'’-]+\s+){0,3}?(?:war|conflict|uprising|insurgency|offensive|operation|campaign|revolution|revolt|"
                r"crisis|siege|ceasefire|cease-fire|truce|invasion|intervention|recapture|capture|fall|liberation|takeover|"
                r"fighting|battle|assault|occupation)\b(?:\s+(?:began|started|broke\s+out|erupted|was\s+launched|"
                r"came\s+into\s+(?:force|effect)|took\s+effect|collapsed|broke\s+down|ended))?"
                rf"(?:\s+(?:in|on)\s+(?:({_MON})\.?\s+(?:\d{{1,2}},?\s+)?)?(?:({_YEAR})|({_DAY}))|\s+in\s+({_MON})\b(?!\.?\s+\d))?")


@dataclass(frozen=True)
class Period:
    start: int                 # char offsets of the expression in the text
    end: int
    text: str
    period_start: str | None   # ISO dates, inclusive
    period_end: str | None
    kind: str                  # quarter | half | year | month | since | range | relative


def _pub(published: str | None) -> date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(published))
    if not m:
        m2 = re.match(r"(\d{4})", str(published))
        return date(int(m2.group(1)), 12, 31) if m2 else None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _year_of_month(month: int, pub: date | None) -> int | None:
    """A bare month ("in March") is the latest such month not after the publication date."""
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1


def _minus(pub: date, n: int, unit: str) -> date:
    unit = unit.rstrip("s")
    if unit == "day":
        return pub - timedelta(days=n)
    if unit == "week":
        return pub - timedelta(weeks=n)
    if unit == "decade":
        n, unit = n * 10, "year"
    if unit == "year":
        try:
            return pub.replace(year=pub.year - n)
        except ValueError:
            return pub.replace(year=pub.year - n, day=28)
    # months
    y, m = divmod(pub.year * 12 + pub.month - 1 - n, 12)
    return date(y, m + 1, min(pub.day, calendar.monthrange(y, m + 1)[1]))


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else SMALL.get(s, 1)


# Ordered: the first pattern that matches at a position wins; longer expressions come first.
_PATTERNS: list[tuple[str, str]] = [
    ("since_event", _SINCE_EVENT),
    # 'the violence, which began on Saturday, has killed 72': the start that a relative clause dates
    ("since_which", r"\b(?:which|that)\s+(?:began|started|erupted|broke\s+out|flared(?:\s+up)?|escalated)\b"),
    # 'since the militants swept through the region in 2014': the year that a since-clause names
    ("since_clause", rf"\bsince\s+(?:(?!since\b)[A-Za-z'’-]+,?\s+){{1,8}}?(?:in|on)\s+(?:({_MON})\.?\s+(?:\d{{1,2}},?\s+)?)?({_YEAR})\b"),
    ("range_years", rf"\b(?:between|from)\s+({_YEAR})\s+(?:and|to|until|through)\s+({_YEAR})\b"),
    ("range_months", rf"\b(?:between|from)\s+({_MON})\.?\s+({_YEAR})?\s*(?:and|to|until|through)\s+({_MON})\.?\s+({_YEAR})\b"),
    ("year_span", rf"\b({_YEAR})\s*[-–]\s*({_YEAR}|\d\d)\b"),
    ("quarter", rf"\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?({_YEAR})\b"),
    ("quarter_q", rf"\b(?:Q([1-4])\s*({_YEAR})|({_YEAR})\s*Q([1-4]))\b"),
    ("half", rf"\b(?:the\s+)?(first|second|last)\s+half\s+(?:of\s+)?({_YEAR})\b"),
    ("half_h", rf"\bH([12])\s*({_YEAR})\b"),
    ("quarter_rel", r"\b(?:the\s+)?(first|second|third|fourth|last|final)\s+quarter\s+of\s+(?:this|the)\s+year\b"),
    # 'since the army began its push on March 3': the day that a since-clause names, in the year of publication
    ("since_clause_day", rf"\bsince\s+(?:(?!since\b)[A-Za-z'’-]+,?\s+){{1,8}}?on\s+({_MON})\.?\s+(\d{{1,2}})\b(?!,?\s+\d)"),
    ("since_clause_month", rf"\bsince\s+(?:(?!since\b)[A-Za-z'’-]+,?\s+){{1,8}}?in\s+({_MON})\b(?!\.?\s+\d)"),
    ("since_day", rf"\bsince\s+(?:last\s+)?({_DAY})\b"),
    # 'since March', 'since last August' (the latest such month before publication)
    ("since_month", rf"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:last\s+)?({_MON})\.?\s*(?:(\d{{1,2}}),?\s+)?({_YEAR})?\b"),
    # 'since early March', 'since mid-April': from that part of the month up to publication
    ("since_part_month", rf"\bsince\s+(early|mid|late)[- ]?({_MON})\b(?!\.?\s+\d)(?:\s+({_YEAR})\b)?"),
    ("since_year", rf"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?({_YEAR})\b"),
    ("since_rel", r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:the\s+)?(last|this)\s+(year|month)\b"),
    ("ytd", r"\b(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|since\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:january|(?:the|this)\s+year)|year[- ]to[- ]date)\b"),
    ("past_n", rf"\b(?:in\s+|over\s+|during\s+|for\s+|within\s+)?(?:the\s+)?(?:past|last|previous|preceding)\s+({_NUM})\s+({_UNIT})\b"),
    ("within_n", rf"\b(?:in|within)\s+(?:just\s+|only\s+)?(?:the\s+space\s+of\s+)?({_NUM}|a)\s+({_UNIT})\b"),
    ("past_unit", r"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:past|previous)\s+(day|week|month|year|decade)\b"),
    ("past_24h", r"\b(?:in\s+|over\s+)?(?:the\s+)?(?:past|last)\s+24\s+hours\b"),
    ("last_unit", r"\blast\s+(year|month|week)\b"),
    ("this_unit", r"\bthis\s+(year|month|week)\b"),
    ("month_year", rf"\b({_MON})\.?\s+(?:of\s+)?({_YEAR})\b"),
    ("month_bare", rf"\b(?:in|during|since|throughout|early|late|mid-?)\s+({_MON})\b(?!\s+\d)"),
    ("year", rf"\b(?:in|during|throughout|for|of|by|over)\s+(?:the\s+year\s+)?({_YEAR})\b(?![-–/]\d)"),
    # a month or a year as the subject that a count is told of: 'March was the deadliest month, with 300 killed',
    # '2019 saw 410 attacks' (the month named in full and capitalised: no modal 'may')
    ("month_subject", r"(?<![\w-])(?-i:(January|February|March|April|May|June|July|August|September|October|November|"
                      r"December))(?=\s+(?:was|saw|brought|proved|became|marked|has\s+been|had\s+been)\b)"),
    ("year_subject", rf"(?<![\w,.$€£-])({_YEAR})(?=\s+(?:was|saw|brought|proved|became|marked|has\s+been|had\s+been)\b)"),
]
_COMPILED = [(k, re.compile(p, re.IGNORECASE)) for k, p in _PATTERNS]


def _resolve(kind: str, m: re.Match, pub: date | None) -> tuple[date | None, date | None, str]:
    g = m.groups()
    if kind == "range_years":
        a, b = int(g[0]), int(g[1])
        return date(min(a, b), 1, 1), date(max(a, b), 12, 31), "range"
    if kind == "range_months":
        m1, m2 = MONTHS[g[0].lower().rstrip(".")], MONTHS[g[2].lower().rstrip(".")]
        y2 = int(g[3])
        y1 = int(g[1]) if g[1] else (y2 if m1 <= m2 else y2 - 1)
        return date(y1, m1, 1), _month_end(y2, m2), "range"
    if kind == "year_span":
        a = int(g[0])
        b = int(g[1]) if len(g[1]) == 4 else (a // 100) * 100 + int(g[1])
        if b < a or b - a > 50:
            return None, None, "range"
        return date(a, 1, 1), date(b, 12, 31), "range"
    if kind in ("quarter", "quarter_q", "quarter_rel"):
        if kind == "quarter":
            q, y = ORD[g[0].lower()], int(g[1])
        elif kind == "quarter_q":
            q, y = (int(g[0]), int(g[1])) if g[0] else (int(g[3]), int(g[2]))
        else:
            if pub is None:
                return None, None, "quarter"
            q, y = ORD[g[0].lower()], pub.year
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter"
    if kind in ("half", "half_h"):
        h = (2 if g[0].lower() in ("second", "last") else 1) if kind == "half" else int(g[0])
        y = int(g[1])
        return (date(y, 1, 1), date(y, 6, 30), "half") if h == 1 else (date(y, 7, 1), date(y, 12, 31), "half")
    if kind == "since_month":
        mo = MONTHS[g[0].lower().rstrip(".")]
        y = int(g[2]) if g[2] else _year_of_month(mo, pub)
        if y is None:
            return None, None, "since"
        d = int(g[1]) if g[1] and 1 <= int(g[1]) <= calendar.monthrange(y, mo)[1] else 1
        return date(y, mo, d), pub, "since"
    if kind == "since_part_month":
        mo = MONTHS[g[1].lower().rstrip(".")]
        y = int(g[2]) if g[2] else _year_of_month(mo, pub)
        if y is None:
            return None, None, "since"
        return date(y, mo, {"early": 1, "mid": 11, "late": 21}[g[0].lower()]), pub, "since"
    if kind == "since_year":
        return date(int(g[0]), 1, 1), pub, "since"
    if kind == "since_clause_day":
        mo = MONTHS[g[0].lower().rstrip(".")]
        y = _year_of_month(mo, pub)
        if y is None:
            return None, None, "since"
        d = date(y, mo, int(g[1]))
        return (d if d <= pub else None), pub, "since"
    if kind == "since_clause_month":
        mo = MONTHS[g[0].lower().rstrip(".")]
        y = _year_of_month(mo, pub)
        return (date(y, mo, 1) if y else None), pub, "since"
    if kind == "since_day":
        if pub is None:
            return None, None, "since"
        return pub - timedelta(days=(pub.weekday() - WEEKDAYS[g[0].lower()]) % 7), pub, "since"
    if kind == "since_clause":
        return date(int(g[1]), MONTHS[g[0].lower().rstrip(".")] if g[0] else 1, 1), pub, "since"
    if kind == "since_event":
        if g[1]:
            return date(int(g[1]), MONTHS[g[0].lower().rstrip(".")] if g[0] else 1, 1), pub, "since"
        if g[2] and pub is not None:
            return pub - timedelta(days=(pub.weekday() - WEEKDAYS[g[2].lower()]) % 7), pub, "since"
        if g[3] and pub is not None:
            mo = MONTHS[g[3].lower().rstrip(".")]
            return date(_year_of_month(mo, pub), mo, 1), pub, "since"
        return None, pub, "since"
    if kind == "since_which":
        return None, pub, "since"
    if kind == "since_rel":
        if pub is None:
            return None, None, "since"
        if g[1].lower() == "year":
            y = pub.year - (1 if g[0].lower() == "last" else 0)
            return date(y, 1, 1), pub, "since"
        first = pub.replace(day=1)
        if g[0].lower() == "last":
            first = (first - timedelta(days=1)).replace(day=1)
        return first, pub, "since"
    if pub is None:
        if kind == "month_year":
            mo, y = MONTHS[g[0].lower().rstrip(".")], int(g[1])
            return date(y, mo, 1), _month_end(y, mo), "month"
        if kind == "year":
            return date(int(g[0]), 1, 1), date(int(g[0]), 12, 31), "year"
        return None, None, "relative"
    if kind == "ytd":
        return date(pub.year, 1, 1), pub, "relative"
    if kind in ("past_n", "within_n"):         # "in the past six days", "in seven months" (up to publication)
        return _minus(pub, _num(g[0]), g[1].lower()), pub, "relative"
    if kind == "past_unit":
        return _minus(pub, 1, g[0].lower()), pub, "relative"
    if kind == "past_24h":
        return pub - timedelta(days=1), pub, "relative"
    if kind == "last_unit":
        u = g[0].lower()
        if u == "year":
            return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), "year"
        if u == "month":
            last = pub.replace(day=1) - timedelta(days=1)
            return last.replace(day=1), last, "month"
        monday = pub - timedelta(days=pub.weekday())
        return monday - timedelta(days=7), monday - timedelta(days=1), "relative"
    if kind == "this_unit":
        u = g[0].lower()
        if u == "year":
            return date(pub.year, 1, 1), pub, "year"
        if u == "month":
            return pub.replace(day=1), pub, "month"
        return pub - timedelta(days=pub.weekday()), pub, "relative"
    if kind == "month_year":
        mo, y = MONTHS[g[0].lower().rstrip(".")], int(g[1])
        return date(y, mo, 1), _month_end(y, mo), "month"
    if kind == "month_bare":
        if g[0].lower() == "may" and not re.match(r"(?i)in|during|since|throughout", m.group(0)):
            return None, None, "month"
        mo = MONTHS[g[0].lower().rstrip(".")]
        y = _year_of_month(mo, pub)
        if m.group(0).lower().startswith("since"):
            return date(y, mo, 1), pub, "since"
        return date(y, mo, 1), _month_end(y, mo), "month"
    if kind in ("year", "year_subject"):
        return date(int(g[0]), 1, 1), date(int(g[0]), 12, 31), "year"
    if kind == "month_subject":
        mo = MONTHS[g[0].lower()]
        y = _year_of_month(mo, pub)
        return date(y, mo, 1), _month_end(y, mo), "month"
    return None, None, "relative"


_SINCE_DATE = re.compile(rf"(?:\s+(?!since\b)[A-Za-z'’-]+){{0,10}}?\s+(?P<prep>in|on)\s+(?:(?P<mon>{_MON})\.?(?:\s+(?P<day>\d{{1,2}})(?!\d))?"
                         rf"(?:,?\s+(?P<year>{_YEAR})|\s+(?P<rel>last|this)\s+year)?|(?P<year2>{_YEAR})|(?P<dow>{_DAY}))\b", re.IGNORECASE)


_SINCE_REL = re.compile(r"(?:\s+(?!since\b)[A-Za-z'’-]+){0,10}?\s+(last|this)\s+(month|year)\b", re.IGNORECASE)


def _since_event_date(text: str, e: int, pub: date | None) -> tuple[date, int] | None:
    """'since the operation opened on May 9', 'since the fighting worsened in July', 'since the revolt flared in the
    capital in April last year': the date that a since-clause names after its event (within the clause), and the
    end of the expression."""
    m = _SINCE_DATE.match(text, e)
    if not m or re.search(r"[,.;:]", text[e:m.start("prep")]):
        r = _SINCE_REL.match(text, e)     # 'since the operation started in the region last month'
        if r is None or pub is None or re.search(r"[,.;:]", text[e:r.end()]):
            return None
        if r.group(2).lower() == "year":
            return date(pub.year - (r.group(1).lower() == "last"), 1, 1), r.end()
        first = pub.replace(day=1)
        return ((first - timedelta(days=1)).replace(day=1) if r.group(1).lower() == "last" else first), r.end()
    if m.group("year2"):
        return date(int(m.group("year2")), 1, 1), m.end()
    if m.group("dow"):
        if pub is None:
            return None
        return pub - timedelta(days=(pub.weekday() - WEEKDAYS[m.group("dow").lower()]) % 7), m.end()
    mo = MONTHS[m.group("mon").lower().rstrip(".")]
    if m.group("mon") == "may":
        return None               # lower case: the verb
    if m.group("year"):
        y = int(m.group("year"))
    elif pub is None:
        return None
    elif m.group("rel"):
        y = pub.year - (m.group("rel").lower() == "last")
    else:
        y = _year_of_month(mo, pub)
    day = int(m.group("day")) if m.group("day") else 1
    if not 1 <= day <= calendar.monthrange(y, mo)[1]:
        return None
    d = date(y, mo, day)
    if pub is not None and d > pub:
        return None
    return d, m.end()


def find_periods(text: str, *, published: str | None = None) -> list[Period]:
    """Every period expression in ``text`` (non-overlapping, leftmost-longest by pattern order)."""
    pub = _pub(published)
    taken: list[tuple[int, int]] = []
    out: list[Period] = []
    for kind, rx in _COMPILED:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            try:
                ps, pe, k = _resolve(kind, m, pub)
            except (ValueError, KeyError):
                continue
            if kind == "month_bare" and ps is None and pub is not None:
                continue
            if kind == "since_which":
                dated = _since_event_date(text, e, pub)
                if not dated:
                    continue
                ps, e = dated
                pe = pub
            elif kind == "since_event" and ps is None:
                dated = _since_event_date(text, e, pub)
                if dated:                 # 'since the push opened on May 9': the date the clause names
                    ps, e = dated
            bare_month = m.group(1) if kind == "since_clause_month" else m.group(4) if kind == "since_event" else None
            if bare_month and pub is not None:
                dm = re.match(r"\s+(last|this)\s+year\b", text[e:e + 12], re.IGNORECASE)
                if dm and ps is not None:  # 'since the army launched its push in April last year'
                    mo = MONTHS[bare_month.lower().rstrip(".")]
                    y = pub.year - (dm.group(1).lower() == "last")
                    ps, e = (date(y, mo, 1) if date(y, mo, 1) <= pub else ps), e + dm.end()
            taken.append((s, e))
            out.append(Period(s, e, text[s:e], _iso(ps), _iso(pe), k))
    out.sort(key=lambda p: p.start)
    return out


def resolve_period(expr: str, published: str | None = None) -> tuple[str | None, str | None]:
    """Resolve one period expression ("the first quarter of 2020") to (start, end) ISO dates."""
    found = find_periods(expr, published=published)
    if not found:
        return None, None
    best = max(found, key=lambda p: p.end - p.start)
    return best.period_start, best.period_end


# -- periods of counting that aggregate figures use (extract/aggregates.py) ------------------------------------
_MONTH_NAMES = tuple(m.lower() for m in calendar.month_name if m)
_MON_RX = r"(?:" + "|".join(_MONTH_NAMES) + r")"
_SMALL_N = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}
_EXTRA_PERIODS = [   # spans of counting that find_periods leaves out; relative ones resolve against published
    ("half", re.compile(r"\b(?:the\s+)?(first|second)\s+half\s+of\s+(this|the|last)\s+year\b", re.I)),
    ("first_n", re.compile(r"\b(?:the\s+)?first\s+(\d{1,2}|" + "|".join(_SMALL_N) + r")\s+months\s+of\s+(this|the|last)\s+year\b",
                           re.I)),
    # 'in the first five months of 2021'
    ("first_n_year", re.compile(r"\b(?:the\s+)?first\s+(\d{1,2}|" + "|".join(_SMALL_N) + r")\s+months\s+of\s+((?:19|20)\d\d)\b", re.I)),
    ("month_start", re.compile(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month\b", re.I)),
    ("part_year", re.compile(r"\bsince\s+(early|mid|late)[- ]?((?:19|20)\d\d)\b", re.I)),
    ("quarter", re.compile(r"\b(?:in|during|over)\s+the\s+(first|second|third|fourth)\s+quarter\b(?!\s+of\b)", re.I)),
    ("recent", re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?recent\s+(?:days|weeks|months|years)\b", re.I)),
    # 'in July and August': the two months
    ("months", re.compile(r"\b(?:in|during|over|throughout)\s+(" + _MON_RX + r")\s+and\s+(" + _MON_RX + r")\b(?!\.?\s+\d)", re.I)),
    ("months", re.compile(r"\b(?:from|between)\s+(" + _MON_RX + r")\s+(?:to|until|through|and)\s+(" + _MON_RX +
                          r")\b(?!\.?\s+\d)", re.I)),
    # 'during the month of April': the month, as 'in April'
    ("month_of", re.compile(r"\b(?:in|during|throughout|for|over)\s+the\s+month\s+of\s+(" + _MON_RX + r")\b(?!\.?\s+\d)", re.I)),
    # 'in the three months to the end of May', 'in the year to March', 'the 12 months to September': a span ending then
    ("months_to", re.compile(r"\b(?:in\s+|over\s+|during\s+)?the\s+(?:(\d{1,2}|" + "|".join(_SMALL_N) + r")\s+(months|weeks)|"
                             r"(year))\s+(?:to|until|through|ending\s+in)\s+(?:the\s+end\s+of\s+)?(" + _MON_RX + r")\b(?!\.?\s+\d)", re.I)),
    # 'in the six months since the ceasefire broke down', 'over the three years since the takeover': the span up to publication that
    # the since-clause after it starts (the event's date is seldom written; the span's length is)
    ("n_since", re.compile(r"\b(?:in|over|during|within)\s+the\s+(\d{1,2}|" + "|".join(_SMALL_N) +
                           r")\s+(days|weeks|months|years)\s+(?=since\b)", re.I)),
    # 'the tally of the dead stood at 4,000 by the end of 2019': a running total up to then, from no stated start
    ("by_end", re.compile(r"\bby\s+the\s+end\s+of\s+(?:(" + _MON_RX + r")\s+)?((?:19|20)\d\d)\b", re.I)),
    # a monitor's span of report, its dates told elsewhere: 'during the reporting period', 'over the period under
    # review', 'during the quarter', 'over the year' (not 'earlier in the month', 'the year to March', 'the year before')
    ("report_span", re.compile(r"\b(?:(?:in|during|over|throughout|for)\s+the\s+(?:reporting\s+period|period\s+under\s+review|"
                               r"period\s+covered(?:\s+by\s+the\s+report)?)|(?:during|over|throughout)\s+the\s+(?:quarter|"
                               r"year|month))\b(?!\s+(?:of|to|until|through|since|before|after|ending|earlier|ago|in\s+which)\b)"
                               r"(?![-'’])", re.I)),
    # headline style, no article: 'in first quarter', 'in second half'
    ("quarter", re.compile(r"\b(?:in|during|over)\s+(first|second|third|fourth)\s+quarter\b(?!\s+of\b)", re.I)),
]


def counting_periods(text: str, published: str | None, periods: list) -> list:
    """Periods of counting that ``find_periods`` leaves out, read for aggregate figures ('in the first half of
    the year', 'the first six months of this year', 'since the start of the month', 'since mid-2019', 'in recent
    weeks', 'from March to May'), as Period records; none that overlaps a period in ``periods``."""
    import datetime as dt
    pub = None
    if published and re.match(r"\d{4}-\d\d-\d\d", published):
        try:
            pub = dt.date.fromisoformat(published[:10])
        except ValueError:
            pub = None
    out = []
    for kind, rx in _EXTRA_PERIODS:
        for m in rx.finditer(text):
            span_end = m.end()
            if kind == "n_since":         # the since-clause it is measured from is part of it
                span_end = max([p.end for p in periods if p.start == m.end()] or [span_end])
            if any(p.start < m.end() and m.start() < p.end and not (m.start() <= p.start and p.end <= m.end())
                   for p in periods) or any(p.start < m.end() and m.start() < p.end for p in out):
                continue          # a period found inside this one ('this year' in 'the first half of this year') gives way
            ps = pe = None
            k = "relative"
            if kind in ("half", "first_n") and pub:
                y = pub.year - (m.group(2).lower() == "last")
                n = 6 if kind == "half" else int(m.group(1)) if m.group(1).isdigit() else _SMALL_N[m.group(1).lower()]
                if n > 12:
                    continue
                first = kind == "first_n" or m.group(1).lower() == "first"
                m0, m1 = (1, n) if first else (7, 12)
                ps, pe = dt.date(y, m0, 1), dt.date(y, m1, calendar.monthrange(y, m1)[1])
                pe = min(pe, pub)
                k = "half" if kind == "half" else "range"
            elif kind == "first_n_year":
                y = int(m.group(2))
                n = int(m.group(1)) if m.group(1).isdigit() else _SMALL_N[m.group(1).lower()]
                if not 1 <= n <= 12:
                    continue
                ps, pe = dt.date(y, 1, 1), dt.date(y, n, calendar.monthrange(y, n)[1])
                pe = min(pe, pub) if pub else pe
                k = "range"
            elif kind == "quarter" and pub:
                q = ("first", "second", "third", "fourth").index(m.group(1).lower())
                y = pub.year if 3 * q + 1 <= pub.month else pub.year - 1
                ps = dt.date(y, 3 * q + 1, 1)
                pe = min(dt.date(y, 3 * q + 3, calendar.monthrange(y, 3 * q + 3)[1]), pub)
                k = "quarter"
            elif kind == "month_start" and pub:
                ps, pe = pub.replace(day=1), pub
                k = "since"
            elif kind == "part_year":
                y = int(m.group(2))
                ps = dt.date(y, {"early": 1, "mid": 6, "late": 9}[m.group(1).lower()], 1)
                pe = pub
                k = "since"
            elif kind == "recent":
                pe = pub
            elif kind == "months" and pub:
                a, b = _MONTH_NAMES.index(m.group(1).lower()) + 1, _MONTH_NAMES.index(m.group(2).lower()) + 1
                y1 = pub.year if b <= pub.month else pub.year - 1
                y0 = y1 if a <= b else y1 - 1
                ps, pe = dt.date(y0, a, 1), min(dt.date(y1, b, calendar.monthrange(y1, b)[1]), pub)
                k = "range"
            elif kind == "month_of" and pub:
                a = _MONTH_NAMES.index(m.group(1).lower()) + 1
                y = pub.year if a <= pub.month else pub.year - 1
                ps, pe = dt.date(y, a, 1), dt.date(y, a, calendar.monthrange(y, a)[1])
                k = "month"
            elif kind == "months_to" and pub:
                b = _MONTH_NAMES.index(m.group(4).lower()) + 1
                y1 = pub.year if b <= pub.month else pub.year - 1
                pe = min(dt.date(y1, b, calendar.monthrange(y1, b)[1]), pub)
                end = dt.date(y1, b, calendar.monthrange(y1, b)[1])
                if m.group(3):                                  # 'the year to March'
                    n, unit = 12, "months"
                else:
                    n = int(m.group(1)) if m.group(1).isdigit() else _SMALL_N[m.group(1).lower()]
                    unit = m.group(2).lower()
                if unit == "weeks":
                    ps = end - dt.timedelta(weeks=n) + dt.timedelta(days=1)
                elif n <= 36:
                    yy, mm = divmod(y1 * 12 + b - n, 12)        # the month after the one n months back
                    ps = dt.date(yy, mm + 1, 1)
                k = "range"
            elif kind == "by_end":
                y = int(m.group(2))
                mo = _MONTH_NAMES.index(m.group(1).lower()) + 1 if m.group(1) else 12
                ps, pe = None, dt.date(y, mo, calendar.monthrange(y, mo)[1])
                if pub and pe > pub:
                    pe = pub
                k = "relative"
            elif kind == "n_since" and pub:
                n = int(m.group(1)) if m.group(1).isdigit() else _SMALL_N[m.group(1).lower()]
                ps, pe = _minus(pub, n, m.group(2).lower()), pub
                k = "relative"
            if ps and pe and ps > pe:
                continue
            out.append(Period(m.start(), span_end, text[m.start():span_end], ps.isoformat() if ps else None,
                              pe.isoformat() if pe else None, k))
    return out
