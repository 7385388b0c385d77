"""No input makes ingest raise: mangled and random files of every kind become items or rejections with a
known reason code (property-based, with hypothesis; a bounded number of examples to stay fast)."""
from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.errors import REASONS, InputError
from marsad.ingest.clean import clean_item
from marsad.ingest.sources import iter_items
from marsad.model import RawItem, Rejection

from conftest import FIXTURES

GOOD = FIXTURES / "ingest"
SEEDS = {
    ".html": (GOOD / "good.html").read_bytes(),
    ".txt": (GOOD / "good.txt").read_bytes(),
    ".jsonl": (GOOD / "good.jsonl").read_bytes(),
    ".rss": (GOOD / "feed.rss").read_bytes(),
    ".atom": (GOOD / "feed.atom").read_bytes(),
}


def _warc() -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://fixture.example/", "response",
                                        payload=io.BytesIO(SEEDS[".html"]), http_headers=headers))
    return buf.getvalue()


SEEDS[".warc.gz"] = _warc()
SEEDS[".html.gz"] = gzip.compress(SEEDS[".html"])


@st.composite
def mangled(draw):
    ext = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[ext])
    how = draw(st.sampled_from(["truncate", "flip", "insert", "random"]))
    if how == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif how == "flip":
        for _ in range(draw(st.integers(1, 20))):
            i = draw(st.integers(0, len(data) - 1))
            data[i] = draw(st.integers(0, 255))
    elif how == "insert":
        i = draw(st.integers(0, len(data)))
        data[i:i] = draw(st.binary(min_size=1, max_size=200))
    else:
        data = bytearray(draw(st.binary(max_size=2000)))
    return ext, bytes(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled())
def test_mangled_inputs_never_raise(case):
    ext, data = case
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"input{ext}"
        p.write_bytes(data)
        for item in iter_items([p], max_bytes=1_000_000):
            if isinstance(item, Rejection):
                assert item.code in REASONS, item
                continue
            assert isinstance(item, RawItem)
            try:
                doc = clean_item(item)
            except InputError as e:
                assert e.code in REASONS, e
            else:
                assert doc.text and doc.id.startswith("doc_")


# -- the harness of bench/fuzz.py (issue 14, item 4): counts what it claims to count ---------------------
def _fuzz_module(tmp_path, monkeypatch):
    import importlib.util
    import sys

    monkeypatch.setenv("MARSAD_BENCH_OUT", str(tmp_path))
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("marsad_test_fuzz", root / "bench" / "fuzz.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["marsad_test_fuzz"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_fuzz_harness_counts_inputs_crashes_and_hangs(tmp_path, monkeypatch):
    fz = _fuzz_module(tmp_path, monkeypatch)
    from marsad.config import load_config
    from marsad.errors import InputError

    targets = fz.Targets(load_config(env={}))
    for name in ("jsonl", "feed", "warc", "html"):
        s = fz.fuzz(name, 40, 1e9, 20.0, targets)
        assert s["inputs"] == 40 and s["crashes"] == 0 and s["hangs"] == 0, (name, s)
    calls = []

    def boom(x):   # every third input a crash, every other one a MarsadError (a rejection, not a crash)
        calls.append(x)
        if len(calls) % 3 == 0:
            raise KeyError("a bug")
        if len(calls) % 3 == 1:
            raise InputError("bad input", code="malformed_json")

    monkeypatch.setitem(fz.ENTRY_POINTS, "boom", (lambda t: boom, fz.ENTRY_POINTS["jsonl"][1]))
    s = fz.fuzz("boom", 30, 1e9, 20.0, targets)
    assert s["inputs"] == 30 and s["crashes"] == 10 and s["rejected"] == 10
    assert "KeyError" in (tmp_path / "fuzz_crashes" / "boom.txt").read_text(encoding="utf-8")


def test_fuzz_inputs_are_short_and_reproducible(tmp_path, monkeypatch):
    fz = _fuzz_module(tmp_path, monkeypatch)
    seen = {0: [], 1: []}
    for run in (0, 1):
        monkeypatch.setitem(fz.ENTRY_POINTS, "probe", (lambda t, run=run: seen[run].append,
                                                       fz.ENTRY_POINTS["html"][1]))
        fz.fuzz("probe", 50, 1e9, 20.0, None, base_seed=7)
    assert seen[0] == seen[1]                             # a fixed seed: the same inputs again
    sizes = sorted(len(x) for x in seen[0])
    assert sizes[-1] <= 8 * fz.MAX_CHARS          # HTML trees stop at 2 x MAX_CHARS characters, 4 bytes each at most
    assert sizes[len(sizes) // 2] <= fz.MAX_CHARS  # most are a few KB
    assert len(set(seen[0])) > 25


def test_fuzz_results_merge_per_entry_point(tmp_path, monkeypatch):
    fz = _fuzz_module(tmp_path, monkeypatch)
    p = tmp_path / "fuzz.json"
    one = {"inputs": 5, "crashes": 0, "hangs": 0, "rejected": 1, "seconds": 1.0, "per_second": 5.0}
    fz._merge(p, 5, "html", one)
    data = fz._merge(p, 5, "jsonl", {**one, "crashes": 2})
    assert set(data["results"]) == {"html", "jsonl"}
    assert data["total_inputs"] == 10 and data["total_crashes_or_hangs"] == 2
