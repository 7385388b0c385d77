"""kill -9 during an ingest: running it again loses nothing and stores nothing twice.

A real ``marsad ingest`` process is started on a folder of generated documents, SIGKILLed mid-run
(once documents have been committed, and before it finishes), then run again to completion.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_HTML = 150
N_TXT = 100
N_DUP = 10        # exact copies of some of the pages above, under other names
N_BAD = 6         # binary files: one rejection each
BAD_JSONL = 3     # malformed lines in one JSONL file (with 5 good lines)
GOOD_JSONL = 5


def _page(i: int) -> str:
    return (f"<html><head><title>Generated report {i}</title></head><body><nav>Home | News | Sport</nav><article>"
            f"<h1>Generated report {i}</h1><p>Report {i}: officials in district {i % 17} said on Monday that "
            f"{i * 7 % 101} families had received help after the floods, and that {i % 13 + 2} schools would "
            f"reopen within {i % 5 + 1} weeks. The report carries the serial number {i:05d} so that every "
            "generated page is different.</p></article><footer>Generated for marsad's kill -9 test.</footer>"
            "</body></html>")


def _make_corpus(d: Path) -> int:
    d.mkdir()
    for i in range(N_HTML):
        (d / f"page{i:04d}.html").write_text(_page(i), encoding="utf-8")
    for i in range(N_TXT):
        (d / f"note{i:04d}.txt").write_text(
            f"Note {i:05d}. The water committee of village {i % 23} met on day {i % 28 + 1} and agreed on "
            f"{i % 9 + 1} repairs; it will meet again in {i % 4 + 2} weeks. Generated for marsad's tests.",
            encoding="utf-8")
    for i in range(N_DUP):
        (d / f"zz-copy{i:02d}.html").write_text(_page(i * 3), encoding="utf-8")
    for i in range(N_BAD):
        (d / f"bad{i}.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4 + bytes([i]))
    lines = [json.dumps({"id": f"j{i}", "text": f"JSON line document {i:05d} about the harvest in district {i}; "
                                                f"generated for marsad's tests."}) for i in range(GOOD_JSONL)]
    lines += ['{"id": "broken1", "text": ', "[]", "not json at all"]
    (d / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return N_HTML + N_TXT + GOOD_JSONL  # distinct documents


def _counts(db: Path) -> tuple[int, int, int]:
    if not db.exists():
        return 0, 0, 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            docs = con.execute("select count(*) from documents").fetchone()[0]
            links = con.execute("select count(*) from document_links").fetchone()[0]
            rej = con.execute("select count(*) from rejections").fetchone()[0]
        finally:
            con.close()
        return docs, links, rej
    except sqlite3.Error:  # the tables are not created yet
        return 0, 0, 0


def _cmd(db: Path, corpus: Path) -> list[str]:
    return [sys.executable, "-m", "marsad.cli", "--db", f"sqlite:///{db}", "ingest", str(corpus), "--no-extract",
            "--no-progress", "--json"]


def _env() -> dict:
    return {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_9_then_rerun_loses_nothing_and_stores_nothing_twice(tmp_path):
    corpus = tmp_path / "corpus"
    distinct = _make_corpus(corpus)
    db = tmp_path / "kill.sqlite"

    proc = subprocess.Popen(_cmd(db, corpus), cwd=tmp_path, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    killed_at = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        docs, _, _ = _counts(db)
        if docs >= 40:
            os.kill(proc.pid, signal.SIGKILL)
            killed_at = docs
            break
        time.sleep(0.05)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()
    assert killed_at is not None, "the ingest finished (or stalled) before it could be killed mid-run"
    assert proc.returncode == -signal.SIGKILL
    after_kill, _, _ = _counts(db)
    assert 40 <= after_kill < distinct, "the kill did not land mid-run"

    # run it again, to completion
    r = subprocess.run(_cmd(db, corpus), cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=300)
    assert r.returncode == 1, r.stderr  # the binary files and bad lines are rejected
    summary = json.loads(r.stdout.strip().splitlines()[-1])
    assert summary["unchanged"] >= after_kill - 1  # what the killed run stored is recognised, not re-stored

    docs, links, rej = _counts(db)
    assert docs == distinct                      # nothing lost
    assert links == N_DUP                        # each exact duplicate linked once
    assert rej == N_BAD + BAD_JSONL              # rejections not duplicated

    con = sqlite3.connect(db)
    try:
        assert con.execute("select count(distinct id) from documents").fetchone()[0] == distinct
        assert con.execute("select count(distinct locator) from documents").fetchone()[0] == distinct
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()

    # and a third run changes nothing at all
    r3 = subprocess.run(_cmd(db, corpus), cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=300)
    s3 = json.loads(r3.stdout.strip().splitlines()[-1])
    assert s3["stored"] == 0 and s3["duplicates"] == 0 and s3["unchanged"] == distinct + N_DUP
    assert _counts(db) == (docs, links, rej)
