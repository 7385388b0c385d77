"""The combination rules of marsad.ingest.clean (trafilatura + readability-lxml), on texts written here."""
from __future__ import annotations

from marsad.ingest.clean import _choose, _drop_title_line, _merge_long, _trim_edges, _untable

P1 = "Police said the convoy was stopped at the northern gate shortly after noon on Friday and searched."
P2 = "Residents of the nearby quarter reported hearing several bursts of gunfire during the afternoon hours."
P3 = ("The regional governor announced a curfew from eight in the evening until six in the morning for the next "
      "three days, and said schools would stay closed until Wednesday.")
P4 = "Two people were treated in hospital for minor injuries and released the same evening, doctors said."


def test_trafilatura_is_the_default_when_the_two_agree():
    body = "\n".join([P1, P2, P3, P4])
    assert _choose(body, body) == "trafilatura"
    assert _choose(body, body, "readability") == "readability"


def test_readability_wins_where_trafilatura_dropped_much_of_the_article():
    assert _choose(P1, "\n".join([P1, P2, P3, P4])) == "readability"


def test_readability_wins_where_trafilatura_took_in_far_more():
    extra = " ".join(f"teaser{i} headline{i} about something else entirely" for i in range(30))
    assert _choose("\n".join([P1, P2, extra]), P1 + "\n" + P2) == "readability"


def test_readability_preference_falls_back_when_readability_found_a_fragment():
    long = "\n".join([P1, P2, P3, P4] * 3)
    assert _choose(long, "Share this", "readability") == "trafilatura"
    assert _choose(long, "", "readability") == "trafilatura"
    assert _choose("", long) == "readability"


def test_merge_adds_long_paragraphs_only():
    readab = "\n".join([P1, "Photo: a file picture of the gate", P3, P4])
    merged = _merge_long("\n".join([P1, P4]), readab)
    assert merged.split("\n") == [P1, P3, P4]        # readability's order; the caption stays out


def test_trim_edges_drops_short_furniture_only():
    trafi = "\n".join(["Subscribe now", P1, P2, P3, "Advertisement", P4, "Read more stories"])
    readab = "\n".join([P1, P2, P3, P4])
    assert _trim_edges(trafi, readab) == "\n".join([P1, P2, P3, "Advertisement", P4])
    assert _trim_edges("Subscribe\nShort line", P1) == "Subscribe\nShort line"   # never more than half


def test_untable_and_list_markers():
    t = "Intro line\n| District | Incidents |\n|---|---|\n| North | 4 |\n- first item\n- second item"
    assert _untable(t) == "Intro line\nDistrict\nIncidents\nNorth\n4\nfirst item\nsecond item"


def test_drop_title_line():
    assert _drop_title_line("Curfew declared!\n" + P3, "Curfew declared") == P3
    assert _drop_title_line(P3, "Curfew declared") == P3
    assert _drop_title_line("Curfew declared", "Curfew declared") == "Curfew declared"   # nothing else left
