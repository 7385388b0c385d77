"""The regression corpus of nasty inputs (tests/fixtures/nasty/, written by bench/nasty.py) and the big ones
generated here (10 MB single lines, gzip bombs in WARCs): each becomes a stored document or a rejection
with a known reason, in bounded time and memory; nothing crashes, hangs or is silently cut."""
from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.errors import REASONS
from marsad.ingest.clean import clean_item
from marsad.ingest.limits import check_text
from marsad.ingest.sources import iter_items
from marsad.model import RawItem, Rejection

from conftest import FIXTURES

NASTY = FIXTURES / "nasty"
MB = 1 << 20


def _outcomes(path: Path, max_bytes: int = 20_000_000) -> list[str]:
    out = []
    for item in iter_items([path], max_bytes=max_bytes, max_line_bytes=40_000_000):
        if isinstance(item, Rejection):
            out.append(item.code)
            continue
        assert isinstance(item, RawItem)
        try:
            doc = clean_item(item)
            check_text(doc.text, max_chars=1_000_000, max_sentences=20_000)   # what the ingest runner does
        except Exception as e:   # only InputError, with a known reason, is allowed
            code = getattr(e, "code", None)
            assert code in REASONS, f"{path.name}: {type(e).__name__}: {e}"
            out.append(code)
            continue
        assert doc.text and "\x00" not in doc.text
        out.append("stored")
    return out


@pytest.mark.parametrize("path", sorted(NASTY.iterdir()), ids=lambda p: p.name)
def test_each_nasty_file_is_stored_or_rejected_with_a_reason(path):
    t0 = time.monotonic()
    out = _outcomes(path)
    assert out and all(o == "stored" or o in REASONS for o in out), out
    assert time.monotonic() - t0 < 30


def test_what_the_nasty_files_become():
    got = {p.name: _outcomes(p) for p in sorted(NASTY.iterdir())}
    assert got["mixed_encodings.txt"] == ["undecodable"]
    assert got["latin1_only.txt"] == ["stored"]
    assert got["utf16_bom.txt"] == ["stored"]
    assert got["nul_bytes.txt"] == ["binary"]
    assert got["truncated.atom"] == ["malformed_xml"]
    assert got["garbage.warc.gz"] in (["truncated_gzip"], ["malformed_warc"])
    assert got["deep_nesting.html"] == ["malformed_html"]      # never half a page
    assert got["deep_nesting_unclosed.html"] == ["malformed_html"]
    assert got["bidi_controls.txt"] == ["stored"]
    assert "malformed_json" in got["deep_json.jsonl"]


def test_entities_are_never_expanded_from_outside():
    out = [i for i in iter_items([NASTY / "external_entity.rss"], max_bytes=1_000_000) if isinstance(i, RawItem)]
    assert all("root:" not in (i.title or "") and "root:" not in str(i.body) for i in out)


def test_the_nasty_corpus_through_the_cli(tmp_path):
    res = CliRunner().invoke(cli, ["ingest", str(NASTY), "--json", "--no-extract",
                                   "--db", f"sqlite:///{tmp_path / 'n.sqlite'}"])
    assert res.exit_code == 1, res.output
    s = json.loads(next(ln for ln in res.output.splitlines() if ln.startswith("{")))
    assert s["stored"] + s["near_duplicates"] + s["duplicates"] >= 6 and set(s["rejected_by_reason"]) <= set(REASONS)


# -- generated at test time: never committed ------------------------------------------------------------------
def test_a_10_mb_single_line_is_rejected_as_too_long_not_cut(tmp_path):
    (tmp_path / "one_line.txt").write_text("Qarat " * (10 * MB // 6), encoding="utf-8")
    (tmp_path / "one_line.jsonl").write_text(json.dumps({"id": "big", "text": "Qarat " * (10 * MB // 6)}) + "\n",
                                             encoding="utf-8")
    t0 = time.monotonic()
    for name in ("one_line.txt", "one_line.jsonl"):
        assert _outcomes(tmp_path / name) == ["too_long"], name
    assert time.monotonic() - t0 < 60


def test_a_10_mb_html_line_is_a_rejection(tmp_path):
    (tmp_path / "one_line.html").write_text("<html><body><p>" + "Qarat market " * (10 * MB // 13) + "</p></body></html>",
                                            encoding="utf-8")
    assert _outcomes(tmp_path / "one_line.html") == ["too_long"]


def _bomb_warc(path: Path, payload_mb: int) -> None:
    head = (b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://qarat.example/bomb\r\n"
            b"Content-Type: text/html\r\nContent-Length: " + str(payload_mb * MB).encode() + b"\r\n\r\n")
    zeros = b"\x00" * MB
    with gzip.open(path, "wb", compresslevel=9) as g:
        g.write(head)
        for _ in range(payload_mb):
            g.write(zeros)
        g.write(b"\r\n\r\n")


def test_a_gzip_bomb_in_a_warc_is_too_large_in_bounded_memory(tmp_path):
    import resource

    p = tmp_path / "bomb.warc.gz"
    _bomb_warc(p, 200)
    assert p.stat().st_size < 1 * MB          # 200 MB of payload in a few hundred kB
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert _outcomes(p, max_bytes=20_000_000) == ["too_large"]
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 150, grown_mb


def test_a_gzip_bomb_html_is_too_large(tmp_path):
    p = tmp_path / "bomb.html.gz"
    with gzip.open(p, "wb") as g:
        for _ in range(100):
            g.write(b" " * MB)
    assert _outcomes(p, max_bytes=20_000_000) == ["too_large"]
