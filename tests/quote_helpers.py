"""Helpers shared by the quote tests: the quotes of a text (one full parse, as the pipeline does) and the one
quote whose content holds a phrase."""
from __future__ import annotations

from marsad.annotate.nlp import parse
from marsad.annotate.quotes import extract_quotes


def quotes_of(text: str):
    """-> (text, quotes of text)"""
    return text, extract_quotes(text, doc=parse(text))


def quote_containing(text: str, qs, needle: str):
    """The first quote whose content holds ``needle``; a test failure listing the contents when none does."""
    hits = [q for q in qs if needle in text[q.start:q.end]]
    assert hits, f"no quote contains {needle!r}: {[text[q.start:q.end] for q in qs]}"
    return hits[0]
