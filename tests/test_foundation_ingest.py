"""Ingest: good inputs of every kind, bad inputs becoming stored rejections, duplicates, idempotence.

Everything runs against a real SQLite store, through the library and through the real CLI.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.model import RawItem, Rejection
from marsad.run.ingest import ingest_sources
from marsad.store import schema

from conftest import FIXTURES, ROOT

GOOD = FIXTURES / "ingest"


# -- helpers ---------------------------------------------------------------------------------------

def warc_bytes(pages: list[tuple[str, str]], *, gz: bool = True) -> bytes:
    """A WARC with one response record per (url, html), written with warcio."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    info = w.create_warcinfo_record("fixture.warc", {"software": "marsad tests"})
    w.write_record(info)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                            http_headers=headers))
    return buf.getvalue()


def article(n: int, topic: str = "water") -> str:
    return (f"<html><head><title>Fixture article {n}</title></head><body><article><h1>Fixture article {n}</h1>"
            f"<p>Report number {n}: the district council in Hit met on Monday to discuss the {topic} supply. "
            f"Members said {n * 3} villages were affected and that repairs would take {n + 2} weeks. "
            "The mayor promised to ask the ministry for more money and more engineers, and residents said they "
            "would wait and see. This page is a fixture written for marsad's tests.</p></article></body></html>")


def long_text(seed: int, words: int = 160) -> str:
    rnd = random.Random(seed)
    vocab = ("the council farmers river bridge market road village school clinic water wheat dates truck "
             "police mayor week month district province said would could report meeting budget repair").split()
    return " ".join(rnd.choice(vocab) for _ in range(words)) + "."


def run_cli(*args: str, cwd: Path, env_extra: dict | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "marsad.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


def count(store, table) -> int:
    from sqlalchemy import func, select

    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture
def bad_dir(tmp_path) -> Path:
    """A folder with one good file of each kind and one bad file for every bad-input reason."""
    d = tmp_path / "in"
    d.mkdir()
    for name in ("good.html", "good.txt", "good.jsonl", "feed.rss", "feed.atom"):
        shutil.copy(GOOD / name, d / name)
    (d / "good.warc.gz").write_bytes(warc_bytes([("https://fixture.example/w/1", article(1)),
                                                 ("https://fixture.example/w/2", article(2, "electricity"))]))
    # binary
    (d / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (d / "nul.txt").write_bytes(b"text with \x00\x00 NUL bytes \x00 inside" * 10)
    # empty pages
    (d / "empty.html").write_bytes(b"")
    (d / "blank.html").write_text("<html><head><title>t</title></head><body>  </body></html>", encoding="utf-8")
    # undecodable bytes
    rnd = random.Random(7)
    (d / "garbled.txt").write_bytes(bytes(rnd.randrange(128, 256) for _ in range(3000)))
    # malformed HTML
    (d / "broken.html").write_text("</p></div></body>", encoding="utf-8")
    # malformed XML feed (truncated)
    (d / "broken.rss").write_text((GOOD / "feed.rss").read_text(encoding="utf-8")[:700], encoding="utf-8")
    # malformed JSON lines: one good line, two bad JSON lines, one line without text
    (d / "mixed.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": long_text(1, 60)}) + "\n"
        + '{"id": "bad-1", "text": "unterminated\n'
        + "[1, 2, 3]\n"
        + json.dumps({"id": "notext-1", "title": "no body"}) + "\n", encoding="utf-8")
    # over the size limit (the CLI run passes --max-bytes 20000)
    (d / "huge.txt").write_text(long_text(3, 5000), encoding="utf-8")
    # truncated gzip: html.gz, jsonl.gz, warc.gz
    (d / "page.html.gz").write_bytes(gzip.compress(article(5).encode())[:-30])
    (d / "lines.jsonl.gz").write_bytes(gzip.compress((GOOD / "good.jsonl").read_bytes())[:120])
    (d / "cut.warc.gz").write_bytes(warc_bytes([("https://fixture.example/c/1", article(6)),
                                                ("https://fixture.example/c/2", article(7))])[:-200])
    # not a type marsad ingests
    (d / "notes.pdf").write_bytes(b"%PDF-1.4 fixture")
    # a README inside a folder describes the corpus and is skipped
    (d / "README.md").write_text("# about this folder\n", encoding="utf-8")
    return d


EXPECTED_REJECTIONS = {
    "binary": 2, "empty": 2, "undecodable": 1, "malformed_html": 1, "malformed_xml": 1, "malformed_json": 2,
    "missing_field": 1, "too_large": 1, "truncated_gzip": 3, "unsupported_type": 1,
}
# good.html, good.txt, 3 x good.jsonl, 2 rss + 1 atom entries, 2 WARC records, mixed.jsonl's good line,
# cut.warc.gz's complete first record
EXPECTED_STORED = 1 + 1 + 3 + 3 + 2 + 1 + 1


# -- bad input through the real CLI ------------------------------------------------------------------

def test_cli_bad_input_each_rejected_with_its_reason_and_batch_goes_on(bad_dir, tmp_path):
    db = tmp_path / "cli.sqlite"
    r = run_cli("--db", f"sqlite:///{db}", "ingest", str(bad_dir), "--max-bytes", "20000", "--no-extract",
                "--json", cwd=tmp_path)
    assert r.returncode == 1, r.stderr  # something was rejected
    summary = json.loads(r.stdout.strip().splitlines()[-1])
    assert summary["rejected_by_reason"] == EXPECTED_REJECTIONS
    assert summary["stored"] == EXPECTED_STORED
    assert summary["duplicates"] == 0

    # every rejection is stored with its reason, and listed by `marsad rejections`
    r2 = run_cli("--db", f"sqlite:///{db}", "rejections", "--format", "json", cwd=tmp_path)
    assert r2.returncode == 0, r2.stderr
    rows = json.loads(r2.stdout)
    by_code: dict[str, list[str]] = {}
    for row in rows:
        by_code.setdefault(row["code"], []).append(Path(row["locator"].split("#")[0]).name)
    assert {k: len(v) for k, v in by_code.items()} == EXPECTED_REJECTIONS
    assert sorted(by_code["binary"]) == ["nul.txt", "picture.html"]
    assert sorted(by_code["empty"]) == ["blank.html", "empty.html"]
    assert by_code["undecodable"] == ["garbled.txt"]
    assert by_code["malformed_html"] == ["broken.html"]
    assert by_code["malformed_xml"] == ["broken.rss"]
    assert by_code["too_large"] == ["huge.txt"]
    assert sorted(by_code["truncated_gzip"]) == ["cut.warc.gz", "lines.jsonl.gz", "page.html.gz"]
    assert by_code["unsupported_type"] == ["notes.pdf"]
    assert all(row["message"] for row in rows)
    assert {row["input_id"] for row in rows if row["code"] == "missing_field"} == {"notext-1"}

    # the reason filter and the status command agree
    r3 = run_cli("--db", f"sqlite:///{db}", "rejections", "--reason", "truncated_gzip", "--format", "json", cwd=tmp_path)
    assert len(json.loads(r3.stdout)) == 3
    st = json.loads(run_cli("--db", f"sqlite:///{db}", "status", "--format", "json", cwd=tmp_path).stdout)
    assert st["rejections_by_reason"] == EXPECTED_REJECTIONS
    assert st["documents"] == EXPECTED_STORED

    # running it again stores nothing twice, rejects nothing twice, and still says something is rejected
    r4 = run_cli("--db", f"sqlite:///{db}", "ingest", str(bad_dir), "--max-bytes", "20000", "--no-extract",
                 "--json", cwd=tmp_path)
    assert r4.returncode == 1
    again = json.loads(r4.stdout.strip().splitlines()[-1])
    assert again["stored"] == 0 and again["unchanged"] == EXPECTED_STORED
    st2 = json.loads(run_cli("--db", f"sqlite:///{db}", "status", "--format", "json", cwd=tmp_path).stdout)
    assert st2["documents"] == EXPECTED_STORED and st2["rejections"] == sum(EXPECTED_REJECTIONS.values())


def test_cli_exit_0_when_nothing_rejected_and_summary_text(tmp_path):
    r = run_cli("--db", f"sqlite:///{tmp_path / 'ok.sqlite'}", "ingest", str(GOOD / "good.html"),
                str(GOOD / "good.jsonl"), "--no-extract", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "stored:           4" in r.stdout
    assert "rejected:         0" in r.stdout


def test_cli_missing_path_is_a_rejection_not_a_crash(tmp_path):
    r = run_cli("--db", f"sqlite:///{tmp_path / 'm.sqlite'}", "ingest", str(tmp_path / "nope.html"),
                str(GOOD / "good.txt"), "--no-extract", "--json", cwd=tmp_path)
    assert r.returncode == 1
    s = json.loads(r.stdout.strip().splitlines()[-1])
    assert s["stored"] == 1 and s["rejected_by_reason"] == {"unreadable": 1}


def test_cli_ingest_without_paths_is_a_usage_error(tmp_path):
    res = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 'u.sqlite'}", "ingest"])
    assert res.exit_code == 2
    assert "at least one PATH" in res.output


# -- the same through the library ----------------------------------------------------------------------

def test_library_bad_input(bad_dir, store, cfg):
    from dataclasses import replace

    s = ingest_sources(store, replace(cfg, max_bytes=20_000), paths=[bad_dir], progress=False, extract=False)
    assert dict(s.rejected) == EXPECTED_REJECTIONS
    assert s.stored == EXPECTED_STORED
    assert count(store, schema.rejections) == sum(EXPECTED_REJECTIONS.values())
    assert count(store, schema.documents) == EXPECTED_STORED


def test_good_formats_and_metadata(store, cfg):
    s = ingest_sources(store, cfg, paths=[GOOD], progress=False, extract=False)
    assert s.rejected_total == 0 and s.stored == 8
    docs = {d["title"]: d for d in store.iter_documents()}
    html = docs["Market fire in Saqlawiya destroys twenty shops"]
    assert html["published"] == "2020-07-11" and html["site"] == "Fixture Gazette" and html["language"] == "en"
    assert "twenty shops" in html["text"]
    assert "Privacy" not in html["text"] and "Contact" not in html["text"]  # boilerplate removed
    j = docs["Library opens in Ramadi"]  # a JSONL line with html
    assert j["published"] == "2020-08-02" and j["url"] == "https://fixture.example/a/2"
    assert "<p>" not in j["text"]
    rss = docs["Schools reopen in Rutba after the holidays"]
    assert rss["published"] == "2020-09-06" and rss["url"] == "https://fixture.example/rss/1"
    atom = docs["Date palm festival held in Hit"]
    assert atom["published"] == "2020-09-09"
    plain = [d for d in docs.values() if "wheat harvest" in d["text"]]
    assert len(plain) == 1 and plain[0]["language"] == "en"


def test_warc_records_are_documents(tmp_path, store, cfg):
    p = tmp_path / "crawl.warc"
    p.write_bytes(warc_bytes([("https://fixture.example/w/1", article(1)), ("https://fixture.example/w/2", article(2))],
                             gz=False))
    s = ingest_sources(store, cfg, paths=[p], progress=False, extract=False)
    assert s.stored == 2 and s.rejected_total == 0
    urls = sorted(d["url"] for d in store.iter_documents())
    assert urls == ["https://fixture.example/w/1", "https://fixture.example/w/2"]


def test_truncated_warc_keeps_complete_records(tmp_path):
    from marsad.ingest.sources import read_warc

    full = warc_bytes([(f"https://fixture.example/t/{i}", article(i)) for i in range(4)])
    p = tmp_path / "t.warc.gz"
    p.write_bytes(full[: len(full) * 2 // 3])
    items = list(read_warc(p, max_bytes=10**7))
    good = [i for i in items if isinstance(i, RawItem)]
    bad = [i for i in items if isinstance(i, Rejection)]
    assert 1 <= len(good) < 4
    assert [b.code for b in bad] == ["truncated_gzip"]
    # a file that is not a WARC at all
    g = tmp_path / "g.warc"
    g.write_text("this is not a warc file\n" * 5)
    assert [(type(i).__name__, i.code) for i in read_warc(g, max_bytes=10**7)] == [("Rejection", "malformed_warc")]


# -- idempotence and duplicates --------------------------------------------------------------------------

def test_reingest_is_idempotent(store, cfg):
    first = ingest_sources(store, cfg, paths=[GOOD], progress=False, extract=False)
    n_docs, n_src = count(store, schema.documents), count(store, schema.sources)
    second = ingest_sources(store, cfg, paths=[GOOD], progress=False, extract=False)
    assert first.stored == 8 and second.stored == 0 and second.unchanged == 8 and second.duplicates == 0
    assert count(store, schema.documents) == n_docs and count(store, schema.sources) == n_src
    assert count(store, schema.document_links) == 0


def test_exact_duplicate_is_stored_as_a_link(tmp_path, store, cfg):
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "a.html").write_text(article(1), encoding="utf-8")
    (tmp_path / "copy-of-a.html").write_text(article(1), encoding="utf-8")
    s = ingest_sources(store, cfg, paths=[tmp_path / "a.html", tmp_path / "copy-of-a.html"], progress=False,
                       extract=False)
    assert (s.stored, s.duplicates) == (1, 1)
    assert count(store, schema.documents) == 1
    from sqlalchemy import select

    with store.engine.connect() as conn:
        links = [dict(r._mapping) for r in conn.execute(select(schema.document_links))]
    doc = next(store.iter_documents())
    assert len(links) == 1 and links[0]["doc_id"] == doc["id"] and links[0]["kind"] == "duplicate"
    assert links[0]["locator"].endswith("copy-of-a.html")
    # again: the link is not added twice
    s2 = ingest_sources(store, cfg, paths=[tmp_path], progress=False, extract=False)
    assert s2.duplicates == 0 and s2.unchanged == 2
    assert count(store, schema.document_links) == 1
    assert store.status()["duplicates"] == 1


def test_near_duplicate_is_detected(tmp_path, store, cfg):
    d = tmp_path / "in"
    d.mkdir()
    base = long_text(11, 200)
    words = base.split()
    words[100] = "zeppelin"  # one word changed
    (d / "one.txt").write_text(base, encoding="utf-8")
    (d / "other.txt").write_text(long_text(99, 200), encoding="utf-8")
    (d / "two.txt").write_text(" ".join(words), encoding="utf-8")
    s = ingest_sources(store, cfg, paths=[d], progress=False, extract=False)
    assert (s.stored, s.near_duplicates, s.duplicates) == (2, 1, 0)
    docs = {Path(d["locator"]).name: d for d in (store.get_document(x["id"])
                                                 for x in store.iter_documents(include_near_duplicates=True))}
    assert docs["two.txt"]["near_duplicate_of"] == docs["one.txt"]["id"]
    assert docs["two.txt"]["similarity"] >= cfg.near_duplicate_threshold
    assert docs["other.txt"]["near_duplicate_of"] is None
    # the index is rebuilt from the store: a new run still finds the near-duplicate
    words[150] = "submarine"
    (d / "three.txt").write_text(" ".join(words), encoding="utf-8")
    s2 = ingest_sources(store, cfg, paths=[d / "three.txt"], progress=False, extract=False)
    assert s2.near_duplicates == 1
    assert store.status()["near_duplicates"] == 2


def test_demo_corpus_ingests_cleanly(tmp_path, cfg, store):
    """The bundled demo: all stored, the one exact duplicate linked, nothing rejected, dates everywhere."""
    from marsad.run.demo import demo_corpus_dir

    s = ingest_sources(store, cfg, paths=[demo_corpus_dir()], progress=False, extract=False)
    assert s.rejected_total == 0
    assert s.duplicates == 1
    assert s.stored + s.near_duplicates >= 14
    docs = list(store.iter_documents(include_near_duplicates=True))
    assert all(d["language"] == "en" for d in docs)
    assert not any("demo corpus" in d["text"].lower() for d in docs)  # the README is not a document
    html_docs = [d for d in docs if d["site"]]
    assert len(html_docs) >= 5 and all(d["published"] for d in html_docs)


def test_near_duplicate_recall_one_word_changed():
    """A one-word edit of a 200-word text (Jaccard ~0.95) must be found every time, not by LSH luck."""
    from marsad.ingest.dedup import NearDuplicateIndex

    found = 0
    for seed in range(30):
        idx = NearDuplicateIndex(0.85, 64)
        base = long_text(1000 + seed, 200)
        words = base.split()
        words[seed * 5 % 200] = "zeppelin"
        idx.add("orig", idx.minhash(base))
        idx.add("unrelated", idx.minhash(long_text(5000 + seed, 200)))
        hit = idx.query(idx.minhash(" ".join(words)))
        found += hit is not None and hit[0] == "orig"
    assert found == 30


def test_minhash_roundtrip_through_bytes():
    from marsad.ingest.dedup import NearDuplicateIndex

    idx = NearDuplicateIndex(0.85, 64)
    m = idx.minhash(long_text(3, 100))
    back = idx.from_bytes(idx.to_bytes(m))
    assert back is not None and back.jaccard(m) == 1.0
    assert idx.from_bytes(b"\x00" * 8) is None  # wrong length (another num_perm): ignored, not a crash


def test_stored_signature_compares_like_a_minhash():
    from marsad.ingest.dedup import NearDuplicateIndex

    idx = NearDuplicateIndex(0.85, 64)
    a, b = idx.minhash(long_text(3, 100)), idx.minhash(long_text(3, 100) + " " + long_text(4, 20))
    sa, sb = idx.from_bytes(idx.to_bytes(a)), idx.from_bytes(idx.to_bytes(b))
    assert 0.0 < a.jaccard(b) < 1.0
    assert sa.jaccard(sb) == a.jaccard(b)          # the writer's estimate is datasketch's
    assert idx.band_keys(sa) == idx.band_keys(a)  # and so are its band keys


def test_gzipped_inputs_and_gzip_bomb(tmp_path, store, cfg):
    from dataclasses import replace

    d = tmp_path / "gz"
    d.mkdir()
    (d / "page.html.gz").write_bytes(gzip.compress((GOOD / "good.html").read_bytes()))
    (d / "lines.jsonl.gz").write_bytes(gzip.compress((GOOD / "good.jsonl").read_bytes()))
    (d / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 200_000))       # small file, too large inflated
    (d / "latin.jsonl").write_bytes(b'{"id": "x", "text": "caf\xe9 \xe9t\xe9"}\n')  # JSON Lines must be UTF-8
    (d / "notgzip.html.gz").write_bytes(b"<html>not compressed at all</html>")
    s = ingest_sources(store, replace(cfg, max_bytes=100_000), paths=[d], progress=False, extract=False)
    assert s.stored == 4
    assert dict(s.rejected) == {"too_large": 1, "undecodable": 1, "truncated_gzip": 1}
    plain = ingest_sources(store, cfg, paths=[GOOD / "good.html"], progress=False, extract=False)
    assert plain.duplicates == 1  # the same page, gzipped or not, is one document


def test_jsonl_lines_split_on_newline_only(tmp_path, store, cfg):
    """JSON allows U+2028/U+2029 unescaped inside strings: they must not split a record."""
    recs = [{"id": "u1", "text": "First paragraph about the market in Hit.\u2028Second line\u2029 third, "
                                 "a record written for marsad's tests."},
            {"id": "u2", "text": "Another record\x85 with a NEL character, written for marsad's tests."}]
    p = tmp_path / "u.jsonl"
    p.write_text("\r\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\r\n", encoding="utf-8")
    s = ingest_sources(store, cfg, paths=[p], progress=False, extract=False)
    assert s.rejected_total == 0 and s.stored == 2


def test_empty_files_of_every_kind_are_rejected_as_empty(tmp_path, store, cfg):
    d = tmp_path / "e"
    d.mkdir()
    for name in ("a.html", "b.txt", "c.jsonl", "d.rss", "e.atom", "f.html.gz"):
        (d / name).write_bytes(gzip.compress(b"\n \n") if name.endswith(".gz") else b"\n \n")
    s = ingest_sources(store, cfg, paths=[d], progress=False, extract=False)
    assert dict(s.rejected) == {"empty": 6}


def test_known_banding_is_datasketchs_and_other_settings_ask_it():
    from datasketch import MinHashLSH

    from marsad.ingest.dedup import KNOWN_BANDING, LSH_WEIGHTS, NearDuplicateIndex, banding

    for (t, perm), (b, r) in KNOWN_BANDING.items():
        lsh = MinHashLSH(threshold=t, num_perm=perm, weights=LSH_WEIGHTS)
        assert (lsh.b, lsh.r) == (b, r)
    other = MinHashLSH(threshold=0.7, num_perm=128, weights=LSH_WEIGHTS)
    assert banding(0.7, 128) == (other.b, other.r)
    idx = NearDuplicateIndex(0.7, 128)
    assert idx._lsh is None                                 # the store path never builds the in-memory index
    assert f"b={other.b} r={other.r}" in idx.params and len(idx.band_keys(idx.minhash(long_text(1, 50)))) == other.b
    assert (idx.lsh.b, idx.lsh.r) == (other.b, other.r)
