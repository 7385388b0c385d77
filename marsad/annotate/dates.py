"""Event dates resolved against the article's ``published`` date, never the wall clock.

``find_dates(text, published)`` returns ``DateMention``s: ISO date (or None when a relative expression
cannot be resolved because ``published`` is absent), ACLED time_precision (1 day, 2 week, 3 month) and
the char span. English and Arabic (Levantine/Iraqi month names such as آذار as well as the Egyptian/Gulf
names such as مارس), Arabic-Indic digits.

Component: needs ``text`` and ``published``; provides ``DateMention``s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

VERSION = "dates-1"

MONTHS = {m: i for i, ms in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")], 1) for m in ms}
AR_MONTHS = {
    # Levantine / Iraqi (Syriac) names
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    # Egyptian / Gulf (transliterated European) names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
AR_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
               "السبت": 5, "الأحد": 6, "الاحد": 6}
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")

_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_AR_MON = "(?P<armon>" + "|".join(sorted(map(re.escape, AR_MONTHS), key=len, reverse=True)) + ")"
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b")),
    ("mdy_num", re.compile(r"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b")),
    ("dmy", re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("mdy", re.compile(rf"\b{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I)),
    ("ar_dmy", re.compile(rf"(?P<d>[0-3]?[0-9٠-٩]{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{_AR_MON}(?:\s+(?:عام\s+|سنة\s+)?(?P<y>[0-9٠-٩]{{4}}))?")),
    ("my", re.compile(rf"\b(?:in|during|since|throughout|early|late|mid-?)\s+{_MON}(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.I)),
    ("weekday", re.compile(r"\b(?P<pre>on|last|this|late|early)?\s*(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("ar_weekday", re.compile("(?:يوم\\s+)?(?P<wd>" + "|".join(map(re.escape, AR_WEEKDAYS)) + ")")),
    ("yesterday", re.compile(r"\b(?:yesterday|last\s+night|the\s+previous\s+day|the\s+day\s+before)\b|أمس|البارحة", re.I)),
    ("today", re.compile(r"\b(?:today|this\s+morning|this\s+afternoon|this\s+evening|tonight|earlier\s+today|"
                        # "overnight into Sunday", "overnight on Friday": the night of the day named after it
                        r"overnight(?!\s+(?:(?:into|to|on|from|before|between)\s+)?(?:monday|tuesday|wednesday|thursday|"
                        r"friday|saturday|sunday)))\b|اليوم", re.I)),
    ("this_week", re.compile(r"\b(?:earlier|late[r]?)\s+this\s+week\b", re.I)),
    ("last_week", re.compile(r"\b(?:last|past)\s+week\b|الأسبوع\s+الماضي", re.I)),
    ("last_month", re.compile(r"\blast\s+month\b|الشهر\s+الماضي", re.I)),
    ("days_ago", re.compile(r"\b(?P<n>\d+|two|three|four|five|six)\s+days\s+ago\b", re.I)),
    ("weekend", re.compile(r"\b(?:at|over|during|on)\s+the\s+weekend\b|\b(?:last|this)\s+weekend\b", re.I)),
    ("weeks_ago", re.compile(r"\b(?:(?P<n>\d+|two|three|four|five|six|a\s+few|several)\s+)?weeks\s+ago\b", re.I)),
    ("months_ago", re.compile(r"\b(?P<n>a|one|\d+|two|three|four|five|six|a\s+few|several)?\s*months?\s+ago\b", re.I)),
]
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class DateMention:
    date: str | None        # ISO YYYY-MM-DD (first day of the week/month for coarser precisions)
    precision: int | None   # 1 day, 2 week, 3 month; None when it could not be resolved
    start: int
    end: int
    relative: bool
    kind: str


def parse_published(published: str | None) -> date | None:
    if not published or not isinstance(published, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, pub: date | None) -> int | None:
    """A date with no year is the latest such date not more than a few days after publication."""
    if pub is None:
        return None
    for y in (pub.year, pub.year - 1):
        d = _safe_date(y, month, day)
        if d is not None and d <= pub + timedelta(days=2):
            return y
    return pub.year - 1


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published`` (ISO date) where relative."""
    pub = parse_published(published)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            dm = _resolve(kind, m, pub)
            if dm is None:
                continue
            taken.append((s, e))
            out.append(DateMention(dm[0], dm[1], s, e, dm[2], kind))
    out.sort(key=lambda d: d.start)
    return out


def _resolve(kind: str, m: re.Match, pub: date | None) -> tuple[str | None, int | None, bool] | None:
    g = m.groupdict()
    if kind in ("iso", "mdy_num"):
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return (d.isoformat(), 1, False) if d else None
    if kind in ("dmy", "mdy", "ar_dmy"):
        month = MONTHS.get(g["mon"].lower().rstrip(".")) if kind != "ar_dmy" else AR_MONTHS.get(g["armon"])
        if not month:
            return None
        day = int(g["d"].translate(_AR_DIGITS))
        if g.get("y"):
            d = _safe_date(int(g["y"].translate(_AR_DIGITS)), month, day)
            return (d.isoformat(), 1, False) if d else None
        y = _year_for(month, day, pub)
        if y is None:
            return (None, None, True)
        d = _safe_date(y, month, day)
        return (d.isoformat(), 1, True) if d else None
    if kind == "my":
        month = MONTHS.get(g["mon"].lower().rstrip("."))
        if not month or (g["mon"].lower() == "may" and not g.get("y")):
            return None
        if g.get("y"):
            return (date(int(g["y"]), month, 1).isoformat(), 3, False)
        y = _year_for(month, 1, pub)
        return ((date(y, month, 1).isoformat(), 3, True) if y else (None, None, True))
    if kind in ("weekday", "ar_weekday"):
        wd = WEEKDAYS.get(g["wd"].lower()) if kind == "weekday" else AR_WEEKDAYS.get(g["wd"])
        if wd is None:
            return None
        if pub is None:
            return (None, None, True)
        back = (pub.weekday() - wd) % 7
        if (g.get("pre") or "").lower() == "last" and back == 0:
            back = 7
        return ((pub - timedelta(days=back)).isoformat(), 1, True)
    if pub is None:
        return (None, None, True)
    if kind == "yesterday":
        return ((pub - timedelta(days=1)).isoformat(), 1, True)
    if kind == "today":
        return (pub.isoformat(), 1, True)
    if kind == "this_week":
        return ((pub - timedelta(days=pub.weekday())).isoformat(), 2, True)
    if kind == "last_week":
        d = pub - timedelta(days=7)
        return ((d - timedelta(days=d.weekday())).isoformat(), 2, True)
    if kind == "last_month":
        first = pub.replace(day=1) - timedelta(days=1)
        return (first.replace(day=1).isoformat(), 3, True)
    if kind == "weekend":         # "at the weekend" = the Saturday on or before publication
        return ((pub - timedelta(days=(pub.weekday() - 5) % 7)).isoformat(), 1, True)
    if kind == "weeks_ago":
        n = (g["n"] or "several").lower()      # a bare "weeks ago": several
        k = int(n) if n.isdigit() else _SMALL.get(n, 3)
        d = pub - timedelta(days=7 * k)
        return ((d - timedelta(days=d.weekday())).isoformat(), 2, True)
    if kind == "months_ago":     # "a month ago", "months ago": the month that many months before
        n = (g["n"] or "several").lower()
        k = int(n) if n.isdigit() else 1 if n in ("a", "one") else _SMALL.get(n, 3)
        if k < 1 or k > 120:
            return None
        y, mo = divmod(pub.year * 12 + pub.month - 1 - k, 12)
        return (date(y, mo + 1, 1).isoformat(), 3, True)
    if kind == "days_ago":
        n = g["n"].lower()
        k = int(n) if n.isdigit() else _SMALL.get(n)
        if not k or k > 60:
            return None
        return ((pub - timedelta(days=k)).isoformat(), 1, True)
    return None
