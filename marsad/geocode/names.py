"""Name normalisation shared by the gazetteer (index side) and the recogniser (text side).

Two keys are indexed for every name:

- the *canonical key*: accents, apostrophes, punctuation and case removed, Arabic letters folded
  (alef forms, ta marbuta, alef maqsura, diacritics), and article tokens dropped (al-, el-, ad-, as-,
  the ...), so "Amiriyat al-Fallujah", "Amiriyat Fallujah" and "AMIRIYAT AL FALLUJAH" meet;
- the *skeleton*: the canonical key with common transliteration variation folded (doubled letters,
  a silent h after a vowel, a final -eh -> -ah, ou/oo -> u, ee -> i, ei/ey/ay -> ai, q -> k, dj -> j, dh -> th, doubled
  digraphs, ...), so "Falluja",
  "Fallujah" and "Faluja" meet, and "Deir" / "Dayr", "Sheikh" / "Shaykh". Skeleton matches count as weaker evidence.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# article tokens dropped from multi-token names (Arabic transliterations, English "the")
# (the assimilated forms too: "Deir ez-Zor" = "Dayr az Zawr" = "Deir al-Zour" up to the vowels)
ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "aj", "ul",
                      "ez", "es", "ed", "er", "et", "esh", "ur", "uz", "the", "ال",
                      "e"})   # the Persian and Pashto ezafe: "Nad-e Ali" = "Nad Ali", "Sar-e Pul" = "Sar Pul"

_APOS = dict.fromkeys(map(ord, "'’‘`´ʿʾʻʼ′"), None)
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
                              "ـ": None, "گ": "ك", "ک": "ك", "ی": "ي", "پ": "ب", "چ": "ج", "ڤ": "ف"})
_ARABIC_MARKS = re.compile("[\u064B-\u065F\u0670\u06D6-\u06ED]")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def is_arabic(s: str) -> bool:
    return any("\u0600" <= ch <= "\u06FF" for ch in s)


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and not (ch < "\u0250" or "\u1E00" <= ch <= "\u1EFF"):
            return False
    return True


# fold, canon and skeleton are pure functions of one string, asked again and again for the same few names (the
# geocoder folds a mention's text and each candidate's name for every candidate it weighs and scores: some 450
# calls per report): their answers are kept (a bounded cache; the same strings either way)
NAME_CACHE_MAX = 1 << 16


@lru_cache(maxsize=NAME_CACHE_MAX)
def fold(s: str) -> str:
    """Lowercase, strip accents and apostrophes, fold Arabic letter variants, punctuation -> spaces."""
    if not s:
        return ""
    s = s.translate(_APOS)
    if is_arabic(s):
        s = _ARABIC_MARKS.sub("", s).translate(_ARABIC_FOLD)
    else:
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
        s = s.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    s = _NON_WORD.sub(" ", s.casefold())
    return " ".join(s.split())


def _strip_arabic_article(w: str) -> str:
    if w.startswith("ال") and len(w) > 4:
        return w[2:]
    return w


@lru_cache(maxsize=NAME_CACHE_MAX)
def canon(s: str) -> str:
    """The canonical key of a name ('' when nothing is left)."""
    f = fold(s)
    if not f:
        return ""
    toks = f.split()
    if toks and is_arabic(toks[0]):
        toks = [_strip_arabic_article(t) for t in toks if t != "ال"]
        toks = [t[:-1] if t.endswith("اء") and len(t) > 3 else t for t in toks]   # البتراء = البترا
    elif len(toks) > 1:
        kept = [t for t in toks if t not in ARTICLES]
        if kept:
            toks = kept
    return " ".join(toks)


_SKEL_RULES = [
    (re.compile(r"(?<=[^aeiou\s])eh\b"), "ah"),  # the Arabic feminine ending: Hasakeh / Hasakah, Raqqeh / Raqqah
    (re.compile(r"(.)\1+"), r"\1"),             # doubled letters
    (re.compile(r"dj"), "j"),
    (re.compile(r"(zh|kh|sh|gh|th)\1"), r"\1"),  # Zaporizhzhia / Zaporizhia
    (re.compile(r"dh"), "th"),                   # Dhi Qar / Thi Qar
    (re.compile(r"ou|oo"), "u"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"q"), "k"),
    (re.compile(r"(?<=[aeiouy])h\b"), ""),      # Fallujah -> Falluja
    (re.compile(r"(?<=[aeiou])h(?=[^aeiouy])"), ""),
    (re.compile(r"e[iy]|ay"), "ai"),              # Deir / Dayr, Sheikh / Shaykh, Beirut / Bayrut
    (re.compile(r"(?<=\w)iy(?=[aeiou])"), "i"),  # -iyah / -ia, Saiyun / Saiun
    (re.compile(r"y(?=[^aeiou]|\b)"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@lru_cache(maxsize=NAME_CACHE_MAX)
def skeleton(key: str) -> str:
    """Fold transliteration variants of a canonical key (Latin script only)."""
    if not key or is_arabic(key):
        return key
    s = key
    for rx, rep in _SKEL_RULES:
        s = rx.sub(rep, s)
    return s


def keys(name: str) -> tuple[str, str]:
    """(canonical key, skeleton) of a name."""
    c = canon(name)
    return c, skeleton(c)
