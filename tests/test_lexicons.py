"""Every shipped lexicon says where its words come from, and the loader refuses one that does not."""
from __future__ import annotations

import re

import pytest

from marsad import lexicons
from marsad.lexicons import LexiconError


def test_every_lexicon_declares_its_source():
    for name in lexicons.names():
        assert lexicons.load(name), f"{name} is empty"
        assert len(lexicons.source(name)) >= 10, f"{name}: the source line says too little"


def test_loader_rejects_a_missing_or_sourceless_file(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicons, "DIR", tmp_path)
    lexicons.load.cache_clear()
    (tmp_path / "bare.txt").write_text("alpha\nbeta\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("# source: written for marsad tests\n# case: keep\nAlpha\n\n# c\nBeta\nAlpha\n",
                                     encoding="utf-8")
    try:
        with pytest.raises(LexiconError) as e:
            lexicons.load("bare")
        assert e.value.code == "lexicon" and e.value.remedy
        with pytest.raises(LexiconError):
            lexicons.load("absent")
        assert lexicons.load("ok") == ("Alpha", "Beta")
        rx = re.compile(lexicons.alternation("ok"))
        assert rx.fullmatch("Beta") and not rx.fullmatch("Gamma")
    finally:
        lexicons.load.cache_clear()
