"""Document limits (config keys max_chars, max_sentences): a document over one is rejected with its code,
never cut short silently, and never left to run for ever."""
from __future__ import annotations

import re

from ..errors import REASONS, InputError

# a sentence ends at . ! ? (closing quotes or brackets may follow) before white space, or at a line break
_SENTENCE_END = re.compile(r"[.!?\u3002\u061f][\"'\u201d\u2019)\]]*(?=\s)|\n+")


# libxml2 (lxml, under trafilatura and readability) silently drops a text run longer than this
HTML_PARSER_TEXT_MAX = 10_000_000


def check_html_runs(html: str) -> None:
    """InputError(too_long) when the page holds a run of text the HTML parser would silently drop."""
    if len(html) > HTML_PARSER_TEXT_MAX:
        longest = max(map(len, html.split("<")))
        if longest >= HTML_PARSER_TEXT_MAX:
            raise InputError(f"the page holds a run of {longest:,} characters without markup, more than the HTML "
                             f"parser keeps ({HTML_PARSER_TEXT_MAX:,})", code="too_long",
                             remedy=REASONS["too_long"][1])


def check_unicode(text: str) -> None:
    """InputError(undecodable) for a lone surrogate (a JSON "\\ud800" escape): not Unicode text."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(f"the text holds {text[e.start]!r} at character {e.start}, a lone surrogate, not "
                         "Unicode text", code="undecodable", remedy=REASONS["undecodable"][1]) from None


def count_sentences(text: str) -> int:
    """A cheap upper-bound count of the sentences of ``text`` (each line break also ends one)."""
    return sum(1 for _ in _SENTENCE_END.finditer(text)) + (1 if text.strip() else 0)


def check_text(text: str, *, max_chars: int, max_sentences: int) -> None:
    """InputError(too_long | too_many_sentences) when ``text`` is over a limit."""
    if len(text) > max_chars:
        raise InputError(f"the text has {len(text):,} characters, over the limit of {max_chars:,}",
                         code="too_long", remedy=REASONS["too_long"][1])
    if len(text) > max_sentences:  # fewer characters than the limit cannot make more sentences
        n = count_sentences(text)
        if n > max_sentences:
            raise InputError(f"the text has about {n:,} sentences, over the limit of {max_sentences:,}",
                             code="too_many_sentences", remedy=REASONS["too_many_sentences"][1])
