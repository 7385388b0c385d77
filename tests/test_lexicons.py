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


def test_regex_lexicon_joins_its_alternatives_and_refuses_a_plain_list(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicons, "DIR", tmp_path)
    lexicons.load.cache_clear()
    (tmp_path / "rx.txt").write_text("# source: written for marsad tests\n# case: keep\n# kind: regex\n"
                                     "\\bshell(?:ed|ing)\\b\n\\bStorm\\w*\n", encoding="utf-8")
    (tmp_path / "words.txt").write_text("# source: written for marsad tests\nshelled\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_text("# source: written for marsad tests\n# case: keep\n# kind: regex\n(unclosed\n",
                                         encoding="utf-8")
    try:
        rx = re.compile(lexicons.pattern("rx"), re.I)
        assert rx.pattern == r"\bshell(?:ed|ing)\b|\bStorm\w*"
        assert rx.search("they shelled the town") and rx.search("stormed") and not rx.search("shells")
        for bad in ("words", "broken"):
            with pytest.raises(LexiconError):
                lexicons.pattern(bad)
    finally:
        lexicons.load.cache_clear()


def test_event_triggers_come_from_regex_lexicons():
    from marsad.extract import events
    assert events.SHELL.pattern == lexicons.pattern("events_trigger_shelling")
    assert events.PROTEST.search("Teachers staged a sit-in") and events.AIR.search("a drone strike")
