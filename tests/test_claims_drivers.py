"""`marsad drivers`: ranking by independent sources, per region and period, on a real SQLite store."""
import json

from click.testing import CliRunner

from marsad.analyze.drivers import rank_drivers, source_key
from marsad.cli import cli
from marsad.model import Claim, CleanDocument, Extraction, Place, Span, text_hash


def _doc(text, published, site):
    return CleanDocument(id=text_hash(text), text=text, published=published, site=site)


def _causal(text, cause, effect, driver, claimant):
    cs = text.index(cause)
    es = text.index(effect)
    return Claim(kind="causal", start=min(cs, es), end=max(cs + len(cause), es + len(effect)), claimant=claimant,
                 cause=Span(cs, cs + len(cause)), effect=Span(es, es + len(effect)), driver=driver,
                 polarity="increase")


def _place(text, name, cc, admin1):
    s = text.index(name)
    return Place(start=s, end=s + len(name), text=name, name=name, country_code=cc, admin1=admin1, confidence=1.0)


def _fill(store):
    t1 = ("In Ramadi, the lockdown left young men without work, said analyst Rana Saleh. "
          "The desert gives the fighters cover, said Omar Fadel.")
    t2 = "In Ramadi, the curfew pulled troops into the towns, Rana Saleh wrote. The lockdown hurt traders."
    t3 = "In Mosul, the lockdown emptied the markets, said Karim Aziz."
    docs = [(_doc(t1, "2020-05-01", "news-a.example"), [
        _causal(t1, "the lockdown", "left young men without work", "pandemic_lockdown", "Rana Saleh"),
        _causal(t1, "The desert", "gives the fighters cover", "terrain_safe_havens", "Omar Fadel")],
        [_place(t1, "Ramadi", "IQ", "Anbar")]),
        (_doc(t2, "2020-06-01", "news-b.example"), [
            _causal(t2, "the curfew", "pulled troops into the towns", "pandemic_lockdown", "Rana Saleh"),
            _causal(t2, "The lockdown", "hurt traders", "pandemic_lockdown", None)],
         [_place(t2, "Ramadi", "IQ", "Anbar")]),
        (_doc(t3, "2021-02-01", "news-c.example"), [
            _causal(t3, "the lockdown", "emptied the markets", "pandemic_lockdown", "Karim Aziz")],
         [_place(t3, "Mosul", "IQ", "Nineveh")])]
    for doc, claims, places in docs:
        store.add_document(doc)
        store.write_extraction(Extraction(doc_id=doc.id, claims=tuple(claims), places=tuple(places)))


def test_rank_counts_independent_sources(store):
    _fill(store)
    rows = store.claims_with_context(kind="causal")
    assert len(rows) == 5 and all(r["text"] for r in rows)
    ranked = rank_drivers(rows, region="Anbar")
    top = ranked[0]
    assert top["driver"] == "pandemic_lockdown" and top["region"] == "Anbar, IQ"
    # Rana Saleh twice (two documents) counts once; the unattributed claim counts as its publication
    assert top["sources"] == 2 and top["documents"] == 2 and top["claims"] == 3
    assert top["quotes"][0]["claimant"] == "Rana Saleh" and "lockdown" in top["quotes"][0]["text"]
    assert [r["driver"] for r in ranked] == ["pandemic_lockdown", "terrain_safe_havens"]
    assert [r["rank"] for r in ranked] == [1, 2]


def test_rank_by_period_and_filters(store):
    _fill(store)
    rows = store.claims_with_context(kind="causal")
    by_year = rank_drivers(rows, by_region=False, per="year")
    assert {(r["period"], r["driver"], r["sources"]) for r in by_year} == {
        ("2020", "pandemic_lockdown", 2), ("2020", "terrain_safe_havens", 1), ("2021", "pandemic_lockdown", 1)}
    assert rank_drivers(rows, since="2021-01-01", by_region=False)[0]["sources"] == 1
    assert rank_drivers(rows, region="Nineveh")[0]["claimants"] == ["Karim Aziz"]
    assert rank_drivers(rows, region="Basra") == []


def test_source_key():
    assert source_key("Leyla al-Daud", None, None, "d1") == source_key("al-Daud", "x", None, "d2")
    assert source_key(None, None, "https://www.example.org/a", "d1") == "site:example.org"
    assert source_key(None, None, None, "d1") == "doc:d1"


def test_cli_formats(store, cfg):
    _fill(store)
    runner = CliRunner()
    r = runner.invoke(cli, ["--db", cfg.db_url, "drivers", "--format", "json", "--region", "Anbar"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data[0]["driver"] == "pandemic_lockdown" and data[0]["sources"] == 2
    r = runner.invoke(cli, ["--db", cfg.db_url, "drivers", "--format", "csv", "--all-regions", "--until", "2020-12-31"])
    assert r.exit_code == 0, r.output
    lines = r.output.strip().splitlines()
    assert lines[0].startswith("rank,driver,label,region,period,sources")
    assert lines[1].startswith("1,pandemic_lockdown,Pandemic and lockdown,all,all,2,2,3")
    r = runner.invoke(cli, ["--db", cfg.db_url, "drivers", "--columns", "rank,driver,claimants"])
    assert r.exit_code == 0 and "Aziz" in r.output and "drivers" in r.output
