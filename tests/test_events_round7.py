"""Round 7 of events on full reports (issue 9): the day of a statement is not the day of the incident, older
incidents told as "weeks ago", tolls of a day's incidents told together, tolls the report marks as superseded,
and the country of a report filed from a neighbouring capital. Reports written for these tests (real province
and town names used generically; the incidents are invented)."""
from __future__ import annotations

import pytest

from marsad.annotate import dates
from marsad.config import load_config
from marsad.run.pipeline import Pipeline

PUB = "2023-05-10"   # a Wednesday



def _events(pipeline, text: str, published: str = PUB) -> list[dict]:
    return pipeline.process_record({"text": text, "published": published})["events"]


# -- dates ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, month", [("weeks ago", None), ("a month ago", "2023-04"),
                                           ("three months ago", "2023-02"), ("a few weeks ago", None)])
def test_weeks_and_months_ago_are_dated_before_the_window(phrase, month):
    ds = dates.find_dates(f"The depot was hit {phrase} by rockets.", PUB)
    assert len(ds) == 1 and ds[0].date is not None and ds[0].date < "2023-05-01"
    if month:
        assert ds[0].date.startswith(month) and ds[0].precision == 3


def test_the_day_of_a_statement_is_not_the_day_of_the_incident(pipeline):
    text = ("MAIDUGURI, Nigeria (Wire) - Insurgents killed at least 9 herders in a village in Borno state, "
            "a vigilante leader said on Wednesday.\n\n"
            "The attackers arrived on Monday at dusk and fired on the herders as they gathered their cattle, "
            "he said.\n\nThe herders' families fled to the state capital. Markets in the area stayed closed.")
    evs = _events(pipeline, text)
    assert len(evs) == 1
    assert evs[0]["event_date"] == "2023-05-08" and evs[0]["fatalities"] == 9


def test_a_statement_day_alone_still_dates_the_incident(pipeline):
    text = ("KIRKUK, Iraq (Wire) - A roadside bomb killed two soldiers on a patrol near Kirkuk, the army said "
            "on Tuesday.\n\nThe patrol was checking a road used by oil tankers. Traffic resumed in the evening. "
            "The governor visited the wounded.")
    evs = _events(pipeline, text)
    assert len(evs) == 1 and evs[0]["event_date"] == "2023-05-09"


def test_a_bombing_weeks_ago_is_background(pipeline):
    text = ("KANO, Nigeria (Wire) - Gunmen killed four traders on a highway in Kano state on Tuesday, police said."
            "\n\nThe traders were driving to a cattle market when they were stopped, police said.\n\n"
            "Weeks ago, a bombing at a bus terminal in the same state killed 15 people.\n\n"
            "Police said they had deployed more patrols on the road.")
    evs = _events(pipeline, text)
    assert [e["sub_event_type"] for e in evs] == ["Attack"]
    assert evs[0]["fatalities"] == 4


# -- tolls ------------------------------------------------------------------------------------------------
def test_a_total_toll_of_blasts_in_two_cities_on_one_day_is_two_events_unknown_toll(pipeline):
    text = ("PESHAWAR, Pakistan (Wire) - Gunmen shot dead a judge in Bannu on Tuesday, police said.\n\n"
            "The judge was driving home from court, police said. His driver was wounded.\n\n"
            "Separately, two bomb blasts in Quetta and Peshawar on Monday killed a total of seven people, "
            "officials said.")
    evs = _events(pipeline, text)
    blasts = [e for e in evs if e["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert sorted(e["location"] for e in blasts) == ["Peshawar", "Quetta"]
    assert all(e["fatalities"] is None and e["event_date"] == "2023-05-08" for e in blasts)


def test_a_total_over_a_period_stays_an_aggregate(pipeline):
    text = ("PESHAWAR, Pakistan (Wire) - Gunmen shot dead a judge in Bannu on Tuesday, police said.\n\n"
            "The judge was driving home from court, police said. His driver was wounded.\n\n"
            "Bomb blasts in the province have killed a total of 70 people in the past three months, "
            "officials said.")
    evs = _events(pipeline, text)
    assert [e["sub_event_type"] for e in evs] == ["Attack"]


def test_an_initial_toll_is_superseded_by_the_later_one(pipeline):
    text = ("HERAT, Afghanistan (Wire) - A suicide bomber blew himself up at a wedding hall in Herat city on "
            "Tuesday evening, provincial officials said.\n\n"
            "Initially 11 people were reported dead. A provincial health official later said 23 people had died "
            "and 40 were wounded.\n\nNo group claimed the attack.")
    evs = _events(pipeline, text)
    assert len(evs) == 1 and evs[0]["fatalities"] == 23


def test_an_initial_toll_alone_is_kept(pipeline):
    text = ("HERAT, Afghanistan (Wire) - A suicide bomber blew himself up at a wedding hall in Herat city on "
            "Tuesday evening, provincial officials said.\n\n"
            "Initially 11 people were reported dead, officials said.\n\nNo group claimed the attack.")
    evs = _events(pipeline, text)
    assert len(evs) == 1 and evs[0]["fatalities"] == 11


# -- places ---------------------------------------------------------------------------------------------
def test_a_report_filed_from_a_neighbouring_capital_places_the_strike_where_it_hit(pipeline):
    text = ("ANKARA (Wire) - Turkish jets struck militant camps in northern Iraq on Tuesday, killing 9 fighters, "
            "the defence ministry said.\n\n"
            "The jets hit shelters in the mountains of Duhok province, its defence ministry said.\n\n"
            "The ministry said the operation would go on.")
    evs = _events(pipeline, text)
    assert len(evs) == 1
    assert evs[0]["country"] == "Iraq" and evs[0]["admin1"] is not None
    assert evs[0]["sub_event_type"] == "Air/drone strike" and evs[0]["fatalities"] == 9


# -- trends, records and compounds ------------------------------------------------------------------------
def test_a_trend_lead_is_no_event_and_keeps_apart_the_incident_told_after_it(pipeline):
    text = ("BAGHDAD (Wire) - Rocket attacks on camps housing foreign advisers in Iraq have surged this month, "
            "with at least 9 attacks recorded since May 1, a coalition officer said on Wednesday.\n\n"
            "On Tuesday, two rockets landed near a camp outside Ramadi in Anbar province, causing no casualties, "
            "the officer said.\n\nThe officer said the camps would stay open.")
    evs = _events(pipeline, text)
    assert len(evs) == 1 and evs[0]["event_date"] == "2023-05-09"
    assert evs[0]["sub_event_type"] == "Shelling/artillery/missile attack" and evs[0]["fatalities"] == 0


@pytest.mark.parametrize("sentence", [
    "Kidnappings for ransom are rising on the roads of the south, traders say.",
    "Clashes in the hills have intensified, a local official said.",
    "The district has seen a rise in such attacks since the winter.",
])
def test_trend_statements_after_the_lead_are_no_events(pipeline, sentence):
    text = ("KANO, Nigeria (Wire) - Gunmen killed four traders on a highway in Kano state on Tuesday, police said."
            "\n\nThe traders were driving to a cattle market when they were stopped, police said.\n\n" + sentence)
    evs = _events(pipeline, text)
    assert [e["sub_event_type"] for e in evs] == ["Attack"]


def test_an_incident_followed_by_another_clause_is_no_trend():
    from marsad.extract import events
    s = "Air strikes hit the market on Monday and bread prices have risen."
    sub, _strength, trig = events.classify_sentence(s)
    assert sub == "Air/drone strike" and not events._trend(s, trig, 0)


def test_a_record_over_a_period_is_no_event(pipeline):
    text = ("ABUJA (Wire) - The army said on Wednesday it had killed more than 150 insurgents in a series of "
            "operations in the northeast over the past month.\n\n"
            "Troops had also freed 25 hostages and destroyed bomb-making workshops in a forest, the army said.\n\n"
            "Insurgents killed 7 soldiers in an ambush on a convoy near Damboa in Borno state on Sunday, two "
            "military sources said.\n\nOfficials say they have arrested hundreds of suspects this year. The army "
            "rarely confirms its own losses.")
    evs = _events(pipeline, text)
    assert len(evs) == 1
    assert evs[0]["event_date"] == "2023-05-07" and evs[0]["fatalities"] == 7


@pytest.mark.parametrize("sentence", ["Police found a bomb-making workshop in the house.",
                                      "A bomb disposal team checked the road.",
                                      "Bomb threats closed two schools."])
def test_bomb_as_a_modifier_is_no_explosion(sentence):
    from marsad.extract import events
    assert events.classify_sentence(sentence)[0] != "Remote explosive/landmine/IED"


def test_a_toll_given_earlier_by_the_police_is_superseded(pipeline):
    text = ("KADUNA, Nigeria (Wire) - Gunmen opened fire on worshippers at a church in the village of Kajuru in "
            "Kaduna state on Sunday, police said.\n\nPolice had earlier given a toll of 6. A police spokesman "
            "later said that 14 people were killed.\n\nThe state governor visited the village.")
    evs = _events(pipeline, text)
    assert len(evs) == 1 and evs[0]["fatalities"] == 14


# -- datelines and tolls over a period ---------------------------------------------------------------------
REPORT_FROM_BEIRUT = (
    "BEIRUT, May 10 (Wire) - Air strikes killed at least 12 civilians in a village in eastern Syria on Monday, "
    "a monitoring group reported.\n\nThe strikes hit houses in the village of Al-Shaafa in Deir ez Zor province, "
    "the monitor said. State media put the death toll at 19.\n\n"
    "Across the border in Iraq, a car bomb killed three people in the town of Al-Qaim on Sunday, police said.\n\n"
    "The offensive on the area began in the autumn. Since then more than 400 fighters have been killed, the "
    "monitor said.")


def test_the_datelines_day_is_neither_the_incidents_date_nor_a_count(pipeline):
    evs = _events(pipeline, REPORT_FROM_BEIRUT)
    strikes = [e for e in evs if e["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0]["event_date"] == "2023-05-08" and strikes[0]["fatalities"] == 12


def test_a_toll_since_then_is_no_follow_up_and_an_incident_abroad_stays_context(pipeline):
    evs = _events(pipeline, REPORT_FROM_BEIRUT)
    assert [e["country"] for e in evs] == ["Syria"]


# -- model numbers, camps, interceptions, places of a paragraph ---------------------------------------------
def test_a_model_designation_is_no_count():
    from marsad.extract import events
    s = "On Thursday, F-16 jets struck hideouts in a valley south of the city, killing four militants."
    assert [c.quantity.best for c in events.casualties(s)] == [4]


def test_an_attack_on_a_camp_for_displaced_people_is_violence_against_civilians():
    from marsad.extract import events
    s = "Militiamen attacked a camp for displaced people near the river on Monday, killing six people."
    assert events.classify_sentence(s)[0] == "Attack"


def test_projectiles_intercepted_are_a_detail_of_the_attack_just_told(pipeline):
    text = ("ERBIL, Iraq (Wire) - Four rockets were fired at an air base near Erbil late on Tuesday, a security "
            "official said. Three were intercepted by air defences and the fourth fell in a field, causing no "
            "casualties, he said.\n\nNo group claimed the attack. Flights resumed in the morning. The "
            "governor called for calm.")
    evs = _events(pipeline, text)
    assert [e["sub_event_type"] for e in evs] == ["Shelling/artillery/missile attack"]


def test_a_background_toll_without_a_trigger_is_no_follow_up(pipeline):
    text = ("KANO, Nigeria (Wire) - Gunmen killed four traders on a highway in Kano state on Tuesday, police said."
            "\n\nThe traders were driving to a cattle market when they were stopped, police said.\n\n"
            "More than 90 people died on the roads of the state last year, an official said. Traffic resumed.")
    evs = _events(pipeline, text)
    assert len(evs) == 1 and evs[0]["fatalities"] == 4


def test_an_incident_without_a_place_takes_the_place_told_before_it_in_its_paragraph(pipeline):
    text = ("This weekly summary covers incidents reported across Iraq.\n\n"
            "On Monday, a roadside bomb killed two soldiers near Tikrit in Salah al-Din province, the army said.\n\n"
            "On Tuesday, gunmen shot dead a shopkeeper in Basra, police said. Late on Wednesday, two mortar "
            "rounds hit an empty lot, causing no casualties, an officer at the scene said.\n\nThe army said patrols "
            "were stepped up.")
    evs = _events(pipeline, text)
    shelling = [e for e in evs if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1 and shelling[0]["admin1"] == "Basrah"


# -- multi-country overviews, lone namesakes, security posture ----------------------------------------------
OVERVIEW = (
    "Regional Security Digest | Week of 1-7 May 2023\n\n"
    "Key points: We recorded 41 incidents across the region this week, fewer than the week before.\n\n"
    "Niger: On 3 May, gunmen on motorcycles killed five traders at a market near Tillaberi, a local official "
    "said. The traders had refused to pay a levy, he said.\n\n"
    "Chad: On 5 May, insurgents abducted four fishermen from an island near Bol, a local official said. "
    "Kidnappings have risen in the area since the dry season began.\n\n"
    "Looking ahead: The rains may slow operations next month.")


def test_a_country_heading_opens_an_incident_of_that_country(pipeline):
    evs = _events(pipeline, OVERVIEW, "2023-05-08")
    assert sorted((e["country"], e["sub_event_type"]) for e in evs) == [
        ("Chad", "Abduction/forced disappearance"), ("Niger", "Attack")]


def test_a_lone_namesake_in_a_country_the_report_never_names_loses():
    from types import SimpleNamespace as P
    from marsad.geocode import event_place
    town = P(start=10, end=14, text="Baga", name="Baga", country_code="ES", feature_code="PPL", latitude=42.0,
             longitude=1.8, admin1="Catalunya", demonym=False)
    state = P(start=30, end=41, text="Borno state", name="Borno", country_code="NG", feature_code="ADM1",
              latitude=11.5, longitude=13.0, admin1="Borno", demonym=False)
    country = P(start=0, end=7, text="Nigeria", name="Nigeria", country_code="NG", feature_code="PCLI",
                latitude=10.0, longitude=8.0, admin1=None, demonym=False)
    kept = event_place.consistent((country, town, state), (0, 60))
    assert town not in kept and state in kept


def test_reinforced_checkpoints_in_a_report_are_no_event(pipeline):
    text = ("KIRKUK, Iraq (Wire) - A roadside bomb killed two soldiers on a patrol near Kirkuk on Tuesday, the "
            "army said.\n\nThe patrol was checking a road used by oil tankers, the army said.\n\n"
            "Checkpoints were reinforced across the province on Wednesday, and more troops were deployed to the "
            "villages south of the city. The governor visited the wounded.")
    evs = _events(pipeline, text)
    assert [e["sub_event_type"] for e in evs] == ["Remote explosive/landmine/IED"]


# -- protests -------------------------------------------------------------------------------------------
def test_roads_blocked_with_burning_tyres_and_stones_thrown_are_a_violent_demonstration():
    from marsad.extract import events
    s = ("On Monday, hundreds of residents blocked roads with burning tyres and threw stones at a police van, "
         "accusing the authorities of doing nothing.")
    assert events.classify_sentence(s)[0] == "Violent demonstration"


def test_a_crowd_rallying_in_a_square_is_a_peaceful_protest(pipeline):
    text = ("BAMAKO, Mali (Wire) - On Saturday, several thousand people rallied in a square in Bamako to back "
            "the transitional government, organisers said.\n\nThe organisers said fuel prices had doubled. "
            "The crowd dispersed in the evening. Shops reopened on Sunday.")
    evs = _events(pipeline, text, "2023-05-08")
    assert [e["sub_event_type"] for e in evs] == ["Peaceful protest"]


def test_prices_that_rallied_are_no_protest(pipeline):
    text = ("LONDON (Wire) - Oil prices rallied on Monday after a pipeline outage, traders said.\n\n"
            "Brent rose two percent. Gold fell. Markets in Asia were closed for a holiday.")
    assert _events(pipeline, text) == []


def test_a_town_read_across_the_border_takes_its_namesake_in_the_country_the_sentence_names():
    full = Pipeline.from_config(load_config(env={}))
    text = ("AMMAN (Wire) - Turkish drones struck a convoy of Kurdish-led fighters near Ras al-Ain in northeast "
            "Syria on Sunday, killing three of them, a war monitor said.\n\nThe strikes hit the convoy south of the "
            "town, the monitor said.\n\nTurkey says the fighters are linked to militants on its soil.")
    evs = full.process_record({"text": text, "published": PUB})["events"]
    assert len(evs) == 1 and evs[0]["country"] == "Syria" and evs[0]["admin1"] is not None


# -- two incidents in one sentence, a shared toll --------------------------------------------------------------
def test_and_hours_later_starts_a_clause_of_its_own():
    from marsad.extract import events
    t = "A car bomb went off at a bus depot, and hours later a suicide bomber struck a checkpoint, police said."
    assert [t[a:b] for a, b in events.split_sentences(t)] == [
        "A car bomb went off at a bus depot,", "hours later a suicide bomber struck a checkpoint, police said."]


def test_two_bombings_told_in_one_sentence_are_two_events_with_the_shared_toll_unknown(pipeline):
    text = ("BAGHDAD (Wire) - Two bombings in Baghdad killed at least 15 people on Tuesday, police said.\n\n"
            "A car bomb went off at a bus depot on the northern edge of the city, and hours later a suicide bomber struck "
            "a checkpoint in a southern district, police said.\n\nThe interior ministry ordered an inquiry. "
            "Roads reopened in the evening.")
    evs = _events(pipeline, text)
    assert sorted(e["sub_event_type"] for e in evs) == ["Remote explosive/landmine/IED", "Suicide bomb"]
    assert all(e["fatalities"] is None and e["admin1"] == "Baghdad" for e in evs)
