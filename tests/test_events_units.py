"""Unit tests for the event components: taxonomy, numbers, dates, actors (no spaCy, fast)."""
from __future__ import annotations

import pytest

from marsad.annotate import dates, numbers
from marsad.extract import actors, taxonomy


def test_taxonomy_has_acled_types_and_spelling():
    assert taxonomy.EVENT_TYPES == ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                                    "Riots", "Strategic developments")
    assert len(taxonomy.SUBTYPES) == 25
    for name in ("Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Chemical weapon",
                 "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                 "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance", "Peaceful protest",
                 "Protest with intervention", "Excessive force against protesters", "Violent demonstration",
                 "Mob violence", "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                 "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
                 "Other"):
        st = taxonomy.subtype(name)
        assert st.event_type in taxonomy.EVENT_TYPES
        plover, cameo = taxonomy.crosswalk(name)
        assert plover.isupper() and cameo.isdigit() and len(cameo) == 2


@pytest.mark.parametrize("text,kind,best,low,high", [
    ("at least 10 people were killed", "killed", 10, 10, None),
    ("dozens of people were killed", "killed", 12, 12, None),
    ("tens of people were wounded", "injured", 10, 10, None),
    ("hundreds of people were injured", "injured", 100, 100, None),
    ("between 5 and 8 people were killed", "killed", 5, 5, 8),
    ("twenty-three civilians were killed", "killed", 23, 23, 23),
    ("the blast killed 1,200 people", "killed", 1200, 1200, 1200),
    ("more than 20 people died", "killed", 20, 20, None),
])
def test_casualty_quantities(text, kind, best, low, high):
    cs = [c for c in numbers.casualties(text) if c.kind == kind]
    assert cs, text
    q = cs[0].quantity
    assert (q.best, q.low, q.high) == (best, low, high)


def test_dead_attackers_are_kept_apart_and_added():
    t = numbers.combine(numbers.casualties(
        "Besides the attacker who blew himself up, no fewer than 10 border guards died and 20 were hurt in the blast."))
    assert t.fatalities == 11 and t.attacker_fatalities == 1 and t.injured == 20
    t = numbers.combine(numbers.casualties("Altogether six people, the two bombers among them, were killed."))
    assert t.fatalities == 6


def test_coordinated_counts_and_zero():
    assert numbers.combine(numbers.casualties("3 soldiers and 2 civilians were killed.")).fatalities == 5
    t = numbers.combine(numbers.casualties("Officials said nobody was hurt and there were no casualties."))
    assert t.fatalities == 0 and t.injured == 0
    # dates, years, percentages are not casualty counts
    assert numbers.casualties("On 04/23/2011 the vote was held; 45% were killed off the list in 2019") == [] or \
        all(c.quantity.best not in (2011, 45, 2019) for c in numbers.casualties("On 04/23/2011 45% in 2019 were killed"))


def test_word_numbers():
    assert numbers.word_to_int("twenty-five") == 25
    assert numbers.word_to_int("three hundred") == 300
    assert numbers.word_to_int("١٢") == 12
    assert numbers.word_to_int("banana") is None


@pytest.mark.parametrize("expr,published,date,precision", [
    ("on Monday", "2020-03-11", "2020-03-09", 1),      # a Wednesday
    ("yesterday", "2020-03-01", "2020-02-29", 1),
    ("last week", "2020-03-11", "2020-03-02", 2),
    ("on 3 February", "2020-03-11", "2020-02-03", 1),
    ("on 28 December", "2020-01-05", "2019-12-28", 1),  # no year: the latest one before publication
    ("in March 2019", "2020-03-11", "2019-03-01", 3),
    ("05/25/2021:", None, "2021-05-25", 1),
    ("في 5 آذار", "2020-03-11", "2020-03-05", 1),       # Levantine/Iraqi month name
    ("في 5 مارس", "2020-03-11", "2020-03-05", 1),       # Egyptian/Gulf month name
])
def test_dates_resolve_against_published(expr, published, date, precision):
    ds = dates.find_dates("Gunmen attacked the post " + expr, published)
    assert ds and ds[0].date == date and ds[0].precision == precision


def test_relative_dates_stay_unresolved_without_published():
    ds = dates.find_dates("The attack took place on Monday, officials said yesterday.", None)
    assert ds and all(d.date is None and d.precision is None and d.relative for d in ds)


def test_actor_registry_aliases_english_and_arabic():
    for alias in ("ISIS", "ISIL", "Daesh", "Islamic State", "داعش", "تنظيم الدولة"):
        ms = [m for m in actors.find_actors(f"Fighters of {alias} attacked the town.") if m.kind == "named"]
        assert ms and ms[0].actor.name == "Islamic State", alias
        assert ms[0].actor.inter == 2
    # "is" (the verb) is not IS
    assert not [m for m in actors.find_actors("The town is quiet.") if m.kind == "named"]
    a = actors.lookup("Hashd al-Shaabi")
    assert a is not None and a.parent is None and a.country == "Iraq" and a.inter == 3
    assert actors.lookup("Kataib Hezbollah").parent == "Popular Mobilization Forces"


def test_unknown_perpetrators_and_generic_actors():
    m = [x for x in actors.find_actors("Unidentified gunmen opened fire") if x.kind == "unidentified"][0]
    assert m.resolve("Iraq") == ("Unidentified Armed Group (Iraq)", 3)
    m = [x for x in actors.find_actors("Soldiers stormed the village") if x.kind == "military"][0]
    assert m.resolve("Iraq") == ("Military Forces of Iraq", 1)


def test_registry_entries_are_well_formed():
    reg = actors.registry()
    assert len(reg) >= 40
    names = {a.name for a in reg}
    for a in reg:
        assert 1 <= a.inter <= 8 and a.aliases_en
        assert a.parent is None or a.parent in names, a.parent


def test_dozens_and_counts_of_things_that_are_not_people():
    t = "Rebels stormed the depot in a raid that killed two dozen guards."
    assert [c.quantity.best for c in numbers.casualties(t)] == [24]
    t = "Officials said 31 people from 9 different countries were killed in the siege."
    assert [c.quantity.best for c in numbers.casualties(t)] == [31]
    assert [c.quantity.best for c in numbers.casualties("Fire destroyed 40 homes and 6 people died.")] == [6]
