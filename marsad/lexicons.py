"""Word lists live in data files, never in regex literals (issue 9): ``marsad/data/lexicons/NAME.txt``.

Format, one entry per line:

    # source: the ACLED codebook (2023), section 3 / general English / written for marsad
    # any further comment lines
    entry one
    entry two

The first line must say where the words come from (``# source: ...``); blank lines and ``#`` comments are
ignored; entries are stripped, lower-cased unless the file's second header line is ``# case: keep``.
A file whose third header line starts ``# kind: regex`` holds one alternative of a regular expression per
line (a trigger with its inflections, in file order); ``pattern(name)`` joins them.
A missing or source-less file is a ``LexiconError`` (a ``MarsadError``) with a remedy, not an empty list.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .errors import MarsadError

DIR = Path(__file__).resolve().parent / "data" / "lexicons"


class LexiconError(MarsadError):
    code = "lexicon"
    remedy = "Reinstall marsad (`make install`); lexicon files ship in marsad/data/lexicons/."


@lru_cache(maxsize=None)
def load(name: str) -> tuple[str, ...]:
    """The entries of lexicon NAME, in file order, without duplicates."""
    path = DIR / f"{name}.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise LexiconError(f"lexicon {name!r} is missing ({path})") from None
    if not lines or not lines[0].lower().startswith("# source:") or not lines[0][9:].strip():
        raise LexiconError(f"lexicon {name!r} does not say where its words come from",
                           remedy=f"Make the first line of {path} '# source: ...'.")
    keep_case = len(lines) > 1 and lines[1].strip().lower() == "# case: keep"
    out: dict[str, None] = {}
    for line in lines[1:]:
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        out[s if keep_case else s.lower()] = None
    return tuple(out)


def source(name: str) -> str:
    """The provenance line of lexicon NAME, without '# source:'."""
    load(name)
    return (DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()[0][9:].strip()


def names() -> list[str]:
    """Every lexicon shipped."""
    return sorted(p.stem for p in DIR.glob("*.txt"))


def alternation(name: str) -> str:
    """A regex alternation of the entries (longest first, escaped, spaces match any white space)."""
    entries = sorted(load(name), key=len, reverse=True)
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries)


def pattern(name: str) -> str:
    """The alternatives of regex lexicon NAME joined with '|', in file order (each one compiles on its own)."""
    entries = load(name)
    path = DIR / f"{name}.txt"
    head = path.read_text(encoding="utf-8").splitlines()[:3]
    if len(head) < 3 or head[1].strip().lower() != "# case: keep" or not head[2].lower().startswith("# kind: regex"):
        raise LexiconError(f"lexicon {name!r} is not a regex lexicon",
                           remedy=f"Make lines 2 and 3 of {path} '# case: keep' and '# kind: regex ...'.")
    for e in entries:
        try:
            re.compile(e)
        except re.error as err:
            raise LexiconError(f"lexicon {name!r}: entry {e!r} is not a regular expression ({err})") from None
    return "|".join(entries)
