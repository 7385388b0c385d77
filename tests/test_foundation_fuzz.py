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
