"""Fuzzing (issue 14): hypothesis-generated inputs for every entry point, counting crashes and hangs.

Entry points: the batch functions behind `marsad clean`, `geoparse`, `extract` (events-only and full) and
`stories`; the JSON Lines, HTML, RSS/Atom and WARC readers of `marsad ingest`; the API's query parameters
(`marsad serve`, through its ASGI app). A *crash* is any exception that is not a ``MarsadError`` (every bad
input must become an error line or a rejection with a code); a *hang* is an input that runs longer than
``--hang`` seconds (stopped by a timer). Inputs are generated from the test fixtures by mutation (truncation,
splices of nasty characters: NUL, bidi controls, lone surrogates, markup, quotes; repetition; nesting) and
from scratch.

Generated inputs are capped at a few KB (seeds are sliced into short windows before mutation, so the 100k
loop measures robustness, not the parser's speed on big pages); the nasty cases of big size (10 MB lines,
gzip bombs, deep nesting) stay in the regression corpus (tests/fixtures/nasty/). Hypothesis is the generator,
run for speed: generation phase only (no shrinking or replay cost; a failing input is kept, not shrunk), no
example database, no deadline, health checks off, a fixed seed per chunk of inputs (``--seed``: a run
generates the same inputs again), models, pipelines and the API's store built once before the clock starts.
A component error that the pipeline turns into a warning is counted apart ("component errors").

    .venv/bin/python bench/fuzz.py                        # 100000 inputs per entry point (long)
    .venv/bin/python bench/fuzz.py -n 2000 --only html,jsonl
    .venv/bin/python bench/fuzz.py --budget 600           # at most 600 s per entry point; counts say what ran

Prints one line per entry point (inputs, crashes, hangs, component errors, seconds, inputs/s) and merges them,
per entry point, into $MARSAD_BENCH_OUT/fuzz.json (bench/out/ by default; runs with different --only at once
share it); the first crashing inputs are kept in fuzz_crashes/ beside it for a regression test.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from marsad.errors import MarsadError  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
OUT = Path(os.environ.get("MARSAD_BENCH_OUT") or ROOT / "bench" / "out")
MAX_CHARS = 4000     # a generated text is cut here: a few KB
WINDOW = 1000        # seeds are sliced into windows of at most this many characters

NASTY_CHARS = ["\x00", "\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\ufeff", "\ud800", "\udfff", "\uffff",
               "\r", "\n\n\n", "\t", "<", ">", "&", "&#0;", "&#x110000;", "]]>", "<!--", "-->", "\"", "'", "\\",
               "%", "_", "\u00a0", "\u2028", "\u0301" * 30, "\U0001F4A3", "..." * 20, "'; DROP TABLE events; --"]
TAGS = ["div", "p", "span", "article", "script", "style", "table", "tr", "td", "a", "b", "iframe", "svg", "math",
        "noscript", "template", "title", "meta", "head", "body", "html", "nav", "footer", "h1", "li", "ul"]
WORDS = ["bomb", "killed", "attack", "gunmen", "police", "said", "Monday", "2020", "three", "Ramadi", "Hit",
         "Anbar", "Iraq", "protest", "clash", "soldiers", "civilians", "wounded", "at least", "dozens", "IED",
         "Islamic State", "claimed", "responsibility", "because", "due to", "\"", "according to", "-", "March"]


def _seed_texts() -> list[str]:
    out = []
    for p in sorted((FIX / "ingest").glob("*")):
        if p.suffix in (".txt", ".html", ".jsonl", ".rss", ".atom") and p.stat().st_size < 200_000:
            out.append(p.read_text(encoding="utf-8", errors="replace"))
    demo = ROOT / "marsad" / "data" / "demo"
    if demo.is_dir():
        for p in sorted(demo.rglob("*.txt"))[:10]:
            out.append(p.read_text(encoding="utf-8", errors="replace"))
    return out or ["A roadside bomb killed two soldiers near Hit on Monday, police said."]


SEEDS = _seed_texts()


@st.composite
def mutated_text(draw, seeds=SEEDS) -> str:
    s = draw(st.sampled_from(seeds))
    if len(s) > WINDOW or draw(st.integers(0, 3)) == 0:   # a short window of the seed, anywhere in it
        a = draw(st.integers(0, max(0, len(s) - 1)))
        s = s[a:a + draw(st.integers(0, WINDOW))]
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.integers(0, 5))
        i = draw(st.integers(0, len(s)))
        if op == 0:
            s = s[:i] + draw(st.sampled_from(NASTY_CHARS)) + s[i:]
        elif op == 1:
            s = s[:i]
        elif op == 2:
            j = draw(st.integers(i, min(len(s), i + 200)))
            s = (s[:i] + s[i:j] * draw(st.integers(2, 20)) + s[j:])[:MAX_CHARS]
        elif op == 3:
            s = s[:i] + draw(st.text(max_size=50)) + s[i:]
        elif op == 4:
            s = s[:i] + " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=30))) + s[i:]
        else:
            j = draw(st.integers(i, len(s)))
            s = s[:i] + s[j:]
    return s[:MAX_CHARS]


LEAF = st.one_of(st.text(max_size=80), st.sampled_from(WORDS), st.sampled_from(NASTY_CHARS))


@st.composite
def html_tree(draw) -> str:
    """Hypothesis draws the leaves, the attribute values and a shape seed; the tree's shape (tags, nesting,
    unclosed tags) is laid out from that seed: one draw instead of one per node, the per-example cost of a
    deep recursive strategy being most of the time of the HTML entry points otherwise."""
    import random

    leaves = draw(st.lists(LEAF, min_size=1, max_size=8))
    values = draw(st.lists(st.text(max_size=20), min_size=1, max_size=4))
    rnd = random.Random(draw(st.integers(0, 2 ** 32)))
    if rnd.randrange(20) == 0:
        n = rnd.randrange(100, 600)   # deeper ones: the nasty corpus
        return "<div>" * n + rnd.choice(leaves) + "</div>" * rnd.randrange(n + 1)

    def node(depth: int) -> str:
        if depth > 6 or rnd.randrange(4) == 0:
            return rnd.choice(leaves)
        tag = rnd.choice(TAGS)
        attrs = "".join(f' {rnd.choice(["class", "id", "style", "hidden", "lang", "x"])}="{rnd.choice(values)}"'
                        for _ in range(rnd.randrange(3)))
        kids = "".join(node(depth + 1) for _ in range(rnd.randrange(5)))
        close = "" if rnd.randrange(6) == 0 else f"</{tag}>"
        return f"<{tag}{attrs}>{kids}{close}"

    return ("<html><body>" + "".join(node(0) for _ in range(rnd.randrange(1, 6))) + "</body></html>")[:MAX_CHARS * 2]


TEXT = st.one_of(mutated_text(), st.text(max_size=1500), st.lists(st.sampled_from(WORDS), max_size=200).map(" ".join))
HTML = st.one_of(html_tree(), mutated_text([s for s in SEEDS if "<" in s] or SEEDS))
PUBLISHED = st.one_of(st.none(), st.text(max_size=30), st.dates().map(str), st.integers(), st.sampled_from(
    ["2020-03-02", "2020-02-30", "0000-00-00", "9999-12-31T23:59:59Z", "yesterday", "2020", "1e9", ""]))


def _record(text_strategy):
    return st.fixed_dictionaries({"id": st.one_of(st.integers(), st.text(max_size=10), st.none()),
                                  "text": st.one_of(text_strategy, st.integers(), st.none())},
                                 optional={"published": PUBLISHED, "title": st.one_of(st.text(max_size=60), st.none()),
                                           "url": st.one_of(st.text(max_size=60), st.none())})


def _bytes_from(text_strategy):
    return st.one_of(text_strategy.map(lambda s: s.encode("utf-8", "surrogatepass")),
                     text_strategy.map(lambda s: s.encode("utf-16", "surrogatepass")),
                     text_strategy.map(lambda s: s.encode("latin-1", "replace")), st.binary(max_size=2000))


# -- entry points: each takes one generated input and raises only MarsadError ---------------------------------
class Targets:
    def __init__(self, cfg):
        self.cfg = cfg
        self._pipe = {}
        self._geo = None
        self._client = None
        self._tmp = Path(tempfile.mkdtemp(prefix="marsad-fuzz-"))

    def clean(self, rec):
        from marsad.ingest.clean import clean_record
        clean_record(rec)

    def pipeline(self, full: bool):
        from marsad.run.pipeline import Pipeline
        if full not in self._pipe:
            self._pipe[full] = Pipeline.from_config(self.cfg, quotes=full, claims=full).ready()
        return self._pipe[full]

    def extract(self, rec):
        return self.pipeline(False).process_record(rec)

    def extract_full(self, rec):
        return self.pipeline(True).process_record(rec)

    def geoparse(self, rec):
        if self._geo is None:
            from marsad.geocode.resolve import Geocoder
            self._geo = Geocoder.from_config(self.cfg)
        return self._geo.process_record(rec)

    def stories(self, recs):
        from marsad.run.fuse import stories_for_records
        for r in stories_for_records(recs):
            if isinstance(r, Exception) and not isinstance(r, MarsadError):
                raise r

    def jsonl(self, data: bytes):
        from marsad.ingest.sources import read_jsonl_bytes
        self._items(read_jsonl_bytes(data, "fuzz.jsonl", max_bytes=self.cfg.max_bytes,
                                     max_line_bytes=self.cfg.max_line_bytes))

    def html(self, data: bytes):
        from marsad.model import RawItem
        self._items([RawItem(locator="fuzz.html", kind="html", body=data, is_html=True)])

    def feed(self, data: bytes):
        from marsad.ingest.sources import read_feed_bytes
        self._items(read_feed_bytes(data, "fuzz.xml"))

    def warc(self, data: bytes):
        from marsad.ingest.sources import read_warc
        p = self._tmp / ("fuzz.warc.gz" if data[:2] == b"\x1f\x8b" else "fuzz.warc")
        p.write_bytes(data)
        import contextlib
        with contextlib.redirect_stderr(io.StringIO()):   # warcio's warnings about bad lengths
            self._items(read_warc(p, max_bytes=self.cfg.max_bytes))

    def _items(self, items):
        from marsad.ingest.clean import clean_item
        from marsad.ingest.limits import check_text
        from marsad.model import Rejection
        for it in items:
            if isinstance(it, Rejection):
                continue
            try:
                doc = clean_item(it)
                check_text(doc.text, max_chars=self.cfg.max_chars, max_sentences=self.cfg.max_sentences)
            except MarsadError:
                pass

    def api(self, params: dict):
        self.api_client()
        path, query = params["path"], params["query"]
        r = self._client.get(path, params=query)
        if r.status_code >= 500:
            raise RuntimeError(f"HTTP {r.status_code} for {path} {query!r}: {r.text[:300]}")
        if r.status_code >= 400:
            body = r.json()
            assert "error" in body and "code" in body["error"], body

    def api_client(self):
        """The app over a small store (the demo corpus), built once, outside the timed fuzzing."""
        if self._client is None:
            from fastapi.testclient import TestClient

            from marsad.config import load_config
            from marsad.serve.app import create_app
            cfg = load_config(env={}, overrides={"db": f"sqlite:///{self._tmp / 'api.sqlite'}"})
            _fill(cfg)
            self._client = TestClient(create_app(cfg), raise_server_exceptions=False)
            self._client.__enter__()   # one event-loop portal for all requests, not one a request (1.4x)
            for warm in ("/api/events", "/api/status", "/"):   # first requests load lazily: not the fuzzed ones
                self._client.get(warm)
        return self._client


def _fill(cfg) -> None:
    """A small store for the API fuzzing: the demo corpus, ingested and fused."""
    from marsad.run.ingest import ingest_sources
    from marsad.store import open_store
    with open_store(cfg.db_url) as store:
        ingest_sources(store, cfg, paths=[str(ROOT / "marsad" / "data" / "demo")], progress=False)


API_PATHS = ["/api/events", "/api/events/series", "/api/claims", "/api/quotes", "/api/drivers", "/api/status",
             "/api/boundaries/admin1", "/api/events/evt_0000", "/api/documents/doc_0000"]
API_KEYS = ["since", "until", "country", "admin1", "type", "sub_type", "actor", "precision", "min_confidence",
            "limit", "cursor", "format", "mentions", "kind", "speaker", "anonymity", "claimant", "region", "per",
            "level", "by", "period", "bbox", "q"]
API_VALUES = st.one_of(st.text(max_size=40), st.integers().map(str), st.floats().map(str),
                       st.sampled_from(["2020", "2020-02-30", "-1", "0", "1e309", "nan", "csv", "geojson", "json",
                                        "true", "%", "' OR 1=1 --", "\x00", "\u202e", "a" * 3000]))
API = st.fixed_dictionaries({"path": st.sampled_from(API_PATHS),
                             "query": st.dictionaries(st.sampled_from(API_KEYS), API_VALUES, max_size=6)})

ENTRY_POINTS = {
    "clean": (lambda t: t.clean, st.fixed_dictionaries({"id": st.integers(), "html": HTML},
                                                       optional={"url": st.text(max_size=40), "published": PUBLISHED})),
    "geoparse": (lambda t: t.geoparse, _record(TEXT)),
    "extract": (lambda t: t.extract, _record(TEXT)),
    "extract_full": (lambda t: t.extract_full, _record(TEXT)),
    "stories": (lambda t: t.stories, st.lists(_record(TEXT), min_size=1, max_size=8)),
    "jsonl": (lambda t: t.jsonl, st.one_of(
        st.lists(st.one_of(_record(TEXT).map(lambda r: json.dumps(r)), mutated_text(), st.text(max_size=200)),
                 max_size=6).map(lambda ls: "\n".join(ls).encode("utf-8", "surrogatepass")),
        st.binary(max_size=2000))),
    "html": (lambda t: t.html, _bytes_from(HTML)),
    "feed": (lambda t: t.feed, _bytes_from(mutated_text([s for s in SEEDS if "<rss" in s or "<feed" in s] or SEEDS))),
    "warc": (lambda t: t.warc, st.one_of(st.builds(lambda b, z: gzip.compress(b) if z else b,
                                                   st.sampled_from([b""]).flatmap(lambda _: _warc_bytes()),
                                                   st.booleans()),
                                         st.binary(max_size=3000))),
    "api": (lambda t: t.api, API),
}


def _warc_bytes():
    body = mutated_text().map(lambda s: s.encode("utf-8", "surrogatepass"))

    def rec(b, ctype, rtype, cut, length_delta):
        head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Target-URI: http://qarat.example/x\r\n"
                f"Content-Type: {ctype}\r\nContent-Length: {len(b) + length_delta}\r\n\r\n").encode()
        data = head + b + b"\r\n\r\n"
        return data[:cut] if cut else data

    return st.builds(rec, body, st.sampled_from(["text/html", "text/plain", "application/http; msgtype=response",
                                                 "image/png", ""]),
                     st.sampled_from(["resource", "response", "request", "metadata", "x"]),
                     st.one_of(st.just(0), st.integers(1, 400)), st.sampled_from([0, 0, 0, -3, 5, 10 ** 9]))


CHUNK = 10_000   # inputs per hypothesis run (each with its own fixed seed): bounded memory for its search tree


def fuzz(name: str, n: int, budget: float, hang: float, targets: Targets, base_seed: int = 0,
         stop_at: float = float("inf")) -> dict:
    from marsad.run.batch import deadline

    make, strategy = ENTRY_POINTS[name]
    fn = make(targets)
    if name == "api":
        targets.api_client()
    elif name.startswith("extract"):
        targets.pipeline(name == "extract_full")
    elif name == "geoparse":
        targets.geoparse({"text": "A bomb went off in a market, police said."})
    stats = {"inputs": 0, "crashes": 0, "hangs": 0, "rejected": 0, "component_errors": 0}
    crashes: list[str] = []
    t0 = time.monotonic()

    class Stop(BaseException):  # not an Exception: hypothesis lets it through at once
        pass

    def one(x):
        if stats["inputs"] >= n or time.monotonic() - t0 > budget or time.time() > stop_at:
            raise Stop
        stats["inputs"] += 1
        try:
            with deadline(hang):
                out = fn(x)
            if isinstance(out, dict) and out.get("warnings"):
                stats["component_errors"] += 1
                if len(crashes) < 20:
                    crashes.append(f"COMPONENT ERROR: {out['warnings']!r}\ninput: {x!r}"[:8000])
        except MarsadError as e:
            if e.code == "timeout":
                stats["hangs"] += 1
                crashes.append(f"HANG {hang}s: {x!r}"[:5000])
            else:
                stats["rejected"] += 1
        except Exception as e:  # a crash: recorded, fuzzing goes on
            stats["crashes"] += 1
            if len(crashes) < 20:
                crashes.append(f"{type(e).__name__}: {e}\n{traceback.format_exc()[-1500:]}\ninput: {x!r}"[:8000])

    chunk = 0
    while stats["inputs"] < n and time.monotonic() - t0 <= budget:
        before = stats["inputs"]
        run = seed(base_seed * 1_000_003 + chunk)(
            settings(max_examples=min(CHUNK, n - stats["inputs"]), deadline=None, database=None,
                     phases=[Phase.generate], suppress_health_check=list(HealthCheck), report_multiple_bugs=False,
                     print_blob=False)(given(strategy)(one)))
        try:
            run()
        except Stop:
            break
        chunk += 1
        if stats["inputs"] == before:   # hypothesis generated nothing more: the space is spent
            break
    stats["seconds"] = round(time.monotonic() - t0, 1)
    stats["per_second"] = round(stats["inputs"] / max(stats["seconds"], 1e-9), 1)
    if crashes:
        d = OUT / "fuzz_crashes"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{name}.txt").write_text("\n\n----\n\n".join(crashes), encoding="utf-8")
    return stats


def _merge(path: Path, n: int, name: str, stats: dict) -> dict:
    """Adds one entry point's result to fuzz.json under a lock (two runs with different --only share it)."""
    import fcntl
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        res = data.setdefault("results", {})
        res[name] = {**stats, "requested": n}
        data["requested_per_entry_point"] = n
        data["total_inputs"] = sum(r["inputs"] for r in res.values())
        data["total_crashes_or_hangs"] = sum(r["crashes"] + r["hangs"] for r in res.values())
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, path)
        return data


HEADER = (f"{'entry point':<14}{'inputs':>9}{'crashes':>9}{'hangs':>7}{'comp.err':>9}{'rejected':>10}"
          f"{'seconds':>9}{'/s':>8}")


def _line(name: str, s: dict) -> str:
    return (f"{name:<14}{s['inputs']:>9}{s['crashes']:>9}{s['hangs']:>7}{s.get('component_errors', 0):>9}"
            f"{s['rejected']:>10}{s['seconds']:>9}{s['per_second']:>8}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=100_000, help="generated inputs per entry point (default 100000)")
    ap.add_argument("--budget", type=float, default=float("inf"), help="seconds per entry point at most")
    ap.add_argument("--hang", type=float, default=20.0, help="an input running longer than this is a hang")
    ap.add_argument("--stop-at", default="", help="UTC time HH:MM: the entry point then running stops there and its "
                    "count is written (a deadline for a long run)")
    ap.add_argument("--seed", type=int, default=0, help="base seed of the generated inputs (default 0)")
    ap.add_argument("--only", default="", help="comma-separated entry points: " + ",".join(ENTRY_POINTS))
    ap.add_argument("--fresh", action="store_true", help="start fuzz.json afresh instead of merging into it")
    ap.add_argument("--show", action="store_true", help="print the merged fuzz.json as a table and exit")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "fuzz.json"
    if args.show:
        data = json.loads(path.read_text(encoding="utf-8"))
        print(HEADER)
        for name in ENTRY_POINTS:
            if name in data["results"]:
                print(_line(name, data["results"][name]))
        print(f"total: {data['total_inputs']} inputs, {data['total_crashes_or_hangs']} crashes or hangs")
        return
    unknown = [x for x in args.only.split(",") if x and x not in ENTRY_POINTS]
    if unknown:
        ap.error(f"unknown entry point(s) {', '.join(unknown)}; choose from {', '.join(ENTRY_POINTS)}")
    stop_at = float("inf")
    if args.stop_at:
        import datetime as dt
        now = dt.datetime.now(dt.timezone.utc)
        h, m = (int(x) for x in args.stop_at.split(":"))
        t = now.replace(hour=h, minute=m, second=0, microsecond=0)
        stop_at = (t if t > now else t + dt.timedelta(days=1)).timestamp()
    from marsad.config import load_config

    cfg = load_config(env={k: v for k, v in os.environ.items() if k.startswith("MARSAD_")})
    targets = Targets(cfg)
    names = [x for x in args.only.split(",") if x] or list(ENTRY_POINTS)
    if args.fresh:
        path.unlink(missing_ok=True)
    results = {}
    print(HEADER, flush=True)
    for name in names:
        s = fuzz(name, args.n, args.budget, args.hang, targets, args.seed, stop_at)
        results[name] = s
        print(_line(name, s), flush=True)
        _merge(path, args.n, name, s)
    total = sum(s["inputs"] for s in results.values())
    bad = sum(s["crashes"] + s["hangs"] for s in results.values())
    print(f"total: {total} inputs, {bad} crashes or hangs" + (f" (see {OUT / 'fuzz_crashes'})" if bad else "")
          + f"; merged into {path}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
