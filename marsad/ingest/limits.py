"""Document limits (config keys max_chars, max_sentences): a document over one is rejected with its code,
never cut short silently, and never left to run for ever."""
from __future__ import annotations

import re

from ..errors import REASONS, InputError

# a sentence ends at . ! ? (closing quotes or brackets may follow) before white space, or at a line break
_SENTENCE_END = re.compile(r"[.!?\u3002\u061f][\"'\u201d\u2019)\]]*(?=\s)|\n+")


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
