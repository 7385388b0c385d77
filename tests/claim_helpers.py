"""Helpers shared by the causal-claim tests on invented sentences: the causal claims of a text as (cause text,
effect text, claim), and as (cause text, effect text) pairs."""
from __future__ import annotations

from marsad.extract.claims import extract_claims


def causal(text: str, published: str = "2024-03-05") -> list[tuple]:
    return [(text[c.cause.start:c.cause.end], text[c.effect.start:c.effect.end], c)
            for c in extract_claims(text, published=published) if c.kind == "causal"]


def pairs(text: str, published: str = "2024-03-05") -> list[tuple[str, str]]:
    return [(c, e) for c, e, _ in causal(text, published)]
