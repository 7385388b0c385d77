"""Round 12 speed work (issue 10, item 4): the caches added for speed give the same answers as the plain code.

Equal outputs only; timing targets live in bench/ (bench_quotes.py --only speed), never in tests.
"""
from __future__ import annotations

from marsad.geocode import names

NAMES = ["Tell Abyad", "TELL ABYAD", "Tall Abyad", "Mazar-i-Sharif", "Deir ez-Zor", "Dayr az Zawr",
         "Sheikh Maqsoud", "Shaykh", "Zaporizhzhia", "Dhi Qar", "São Paulo", "Łódź", "Straße", "Nad-e Ali",
         "the Hague", "Ras al-'Ayn", "Kirkuk’s", "تل أبيض", "البتراء", "أربيل", "ـمدينة", "", " ", "U.S.", "Beirut",
         "Saiyun", "Hasakeh", "ıstanbul", "ſinai"]


def test_cached_name_keys_equal_the_plain_functions():
    for fn in (names.fold, names.canon, names.skeleton):
        plain = fn.__wrapped__
        for s in NAMES + [names.canon(n) for n in NAMES]:
            assert fn(s) == plain(s), (fn.__name__, s)
            assert fn(s) == plain(s), (fn.__name__, s)     # the second answer comes from the cache
        assert fn.cache_info().maxsize == names.NAME_CACHE_MAX   # bounded


def test_keys_use_the_cached_functions_consistently():
    for n in NAMES:
        c = names.canon.__wrapped__(n)
        assert names.keys(n) == (c, names.skeleton.__wrapped__(c))
