"""The batch contract, through `marsad clean` (real process and CliRunner) and run_batch itself."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from click.testing import CliRunner

from marsad.cli import cli
from marsad.errors import InputError
from marsad.run.batch import run_batch

from conftest import FIXTURES

HTML = (FIXTURES / "ingest" / "good.html").read_text(encoding="utf-8")

LINES = [
    json.dumps({"id": "a", "html": HTML, "url": "https://fixture.example/a"}),
    '{"id": "b", "html": "<html><body><p>unterminated',                      # malformed JSON
    json.dumps({"id": 3, "html": "<html><body></body></html>"}),            # empty page
    "[1, 2]",                                                                # not an object
    json.dumps({"id": "d", "url": "https://fixture.example/d"}),            # no html
    json.dumps({"id": "e", "html": "<p>" + "The well in the village of Zankura was repaired on Monday, "
                "residents said, after two months without water. " * 3 + "</p>"}),
    json.dumps({"id": "f", "html": "</p></div></body>"}),                    # malformed HTML
]
EXPECTED = [("a", None), (None, "malformed_json"), (3, "empty"), (None, "malformed_json"), ("d", "missing_field"),
            ("e", None), ("f", "malformed_html")]


def _check(out_lines: list[str]) -> None:
    assert len(out_lines) == len(LINES)  # one output per input line, in order
    outs = [json.loads(x) for x in out_lines]
    assert [(o["id"], o["error"]["code"] if "error" in o else None) for o in outs] == EXPECTED
    for o in outs:
        if "error" in o:
            assert set(o) == {"id", "error"}
            assert {"code", "message"} <= set(o["error"]) <= {"code", "message", "remedy"}
            assert o["error"]["message"]
        else:
            assert {"id", "text", "title", "published", "language"} <= set(o)
    a = outs[0]
    assert a["title"] == "Market fire in Saqlawiya destroys twenty shops"
    assert a["published"] == "2020-07-11" and a["language"] == "en"
    assert "twenty shops" in a["text"] and "Privacy" not in a["text"]
    assert outs[5]["published"] is None and outs[5]["language"] == "en"


def test_clean_real_process_file_and_stdin(tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "clean", "--input", str(inp)], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr  # some lines failed, not all
    _check(r.stdout.splitlines())
    assert "cleaning" not in r.stderr  # no progress bar when stderr is not a terminal
    r2 = subprocess.run([sys.executable, "-m", "marsad.cli", "clean", "--input", "-"], cwd=tmp_path, env=env,
                        input=inp.read_text(encoding="utf-8"), capture_output=True, text=True, timeout=120)
    assert r2.returncode == 0 and r2.stdout == r.stdout


def test_clean_exit_1_only_when_every_line_failed():
    runner = CliRunner()
    res = runner.invoke(cli, ["clean", "--input", "-"], input="not json\n" + json.dumps({"id": 1}) + "\n")
    assert res.exit_code == 1
    assert [json.loads(x)["error"]["code"] for x in res.stdout.splitlines()] == ["malformed_json", "missing_field"]
    ok = runner.invoke(cli, ["clean", "--input", "-"], input=LINES[5] + "\n")
    assert ok.exit_code == 0
    empty = runner.invoke(cli, ["clean", "--input", "-"], input="")
    assert empty.exit_code == 0 and empty.stdout == ""


def test_clean_missing_input_file_is_an_error_exit_2(tmp_path):
    res = CliRunner().invoke(cli, ["clean", "--input", str(tmp_path / "nope.jsonl")])
    assert res.exit_code == 2
    assert "Error [unreadable]" in res.output and "Remedy:" in res.output
    res2 = CliRunner().invoke(cli, ["clean"])
    assert res2.exit_code == 2 and "--input" in res2.output


def test_run_batch_with_a_mapper_keeps_order_and_errors_in_place():
    def fn(rec):
        if rec.get("boom"):
            raise RuntimeError("component bug")
        if "text" not in rec:
            raise InputError("no text", code="missing_field")
        return {"n": len(rec["text"])}

    lines = [json.dumps({"id": i, "text": "x" * i}) for i in range(1, 1200)]
    lines[10] = "{broken"
    lines[600] = json.dumps({"id": 601, "boom": True})
    lines[900] = json.dumps({"id": 901})
    src = io.StringIO("\n".join(lines) + "\n\n")
    out = io.StringIO()
    calls = []

    def mapper(recs):
        recs = list(recs)
        calls.append(len(recs))
        from marsad.run.batch import process_one
        return [process_one(r, fn) for r in reversed(recs)][::-1]

    res = run_batch(src, out, fn, progress=False, mapper=mapper)
    outs = [json.loads(x) for x in out.getvalue().splitlines()]
    assert len(outs) == len(lines) == res.lines and res.failed == 3 and res.exit_code == 0
    assert outs[10] == {"id": None, "error": {"code": "malformed_json", "message": outs[10]["error"]["message"]}}
    assert outs[600]["id"] == 601 and outs[600]["error"]["code"] == "component_failed"
    assert "RuntimeError" in outs[600]["error"]["message"]
    assert outs[900]["error"]["code"] == "missing_field"
    assert all(o["id"] == i + 1 and o["n"] == i + 1 for i, o in enumerate(outs) if "error" not in o)
    assert sum(calls) == len(lines) - 1 and len(calls) >= 2  # chunked through the mapper
