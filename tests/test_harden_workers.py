"""A worker process that dies (kill -9, the OOM killer) never hangs `extract --workers`: the records it held
are retried once, alone, and the one that kills its worker again becomes a `worker_died` error line.
A record that runs past the per-document time limit is a `timeout` error line."""
from __future__ import annotations

import io
import json
import os
import signal
import time
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.run.batch import deadline, pool_map, process_one, run_batch

_STATE: dict = {}


def _init(marker_dir: str) -> None:
    _STATE["dir"] = marker_dir


def _echo(rec: dict) -> dict:
    if rec.get("die") == "always":
        os.kill(os.getpid(), signal.SIGKILL)
    if rec.get("die") == "once":
        marker = Path(_STATE["dir"]) / f"died-{rec['id']}"
        if not marker.exists():
            marker.write_text("x")
            os.kill(os.getpid(), signal.SIGKILL)
    return {"n": rec["n"] * 2}


def _work(rec: dict) -> dict:
    return process_one(rec, _echo)


def _lines(recs) -> io.BytesIO:
    return io.BytesIO("".join(json.dumps(r) + "\n" for r in recs).encode())


def test_a_killed_worker_fails_its_record_and_the_others_are_retried(tmp_path):
    recs = [{"id": f"r{i}", "n": i} for i in range(12)]
    # the record that dies once comes first: it is tried in the shared pool before the one that always
    # kills its worker can break that pool (a record first tried in the lone retry gets no second try)
    recs[2]["die"] = "once"
    recs[9]["die"] = "always"
    mapper = pool_map(2, _init, (str(tmp_path),), _work)
    out = io.StringIO()
    t0 = time.monotonic()
    try:
        res = run_batch(_lines(recs), out, None, mapper=mapper)
    finally:
        mapper.close()
    assert time.monotonic() - t0 < 60
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in recs]          # one line per input, in order
    assert rows[9]["error"]["code"] == "worker_died"
    assert rows[2] == {"id": "r2", "n": 4}                               # died once, retried, done
    assert all(rows[i] == {"id": f"r{i}", "n": 2 * i} for i in range(12) if i not in (2, 9))
    assert (res.lines, res.ok, res.failed) == (12, 11, 1)
    assert mapper.died == 1


def test_the_pool_goes_on_after_a_death(tmp_path):
    mapper = pool_map(2, _init, (str(tmp_path),), _work)
    try:
        first = mapper([{"id": "a", "n": 1, "die": "always"}, {"id": "b", "n": 2}])
        second = mapper([{"id": "c", "n": 3}])
    finally:
        mapper.close()
    assert first[0]["error"]["code"] == "worker_died" and first[1] == {"id": "b", "n": 4}
    assert second == [{"id": "c", "n": 6}]


def _slow(rec: dict) -> dict:
    while True:   # a runaway component
        pass


def test_a_record_past_the_time_limit_is_a_timeout_error_line():
    out = process_one({"id": "x"}, _slow, timeout=0.2)
    assert out["id"] == "x" and out["error"]["code"] == "timeout"


def test_deadline_restores_the_previous_handler():
    before = signal.getsignal(signal.SIGALRM)
    with deadline(5):
        pass
    assert signal.getsignal(signal.SIGALRM) is before
    with pytest.raises(InputError) as e:
        with deadline(0.1):
            time.sleep(2)
    assert e.value.code == "timeout"
