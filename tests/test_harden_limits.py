"""Limits: each has a default and a config key, and exceeding one is a clear rejection (or error line),
never a hang and never a silent truncation. Before, text was cut at one million characters without a word."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.config import Config, load_config
from marsad.ingest.limits import check_text, count_sentences
from marsad.errors import InputError


def run(*args, env=None, input=None):
    return CliRunner().invoke(cli, list(args), env=env, input=input)


def _ingest(tmp_path, files: dict, env: dict, *extra):
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    for name, body in files.items():
        (d / name).write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    res = run("--db", f"sqlite:///{tmp_path / 'l.sqlite'}", "ingest", "--no-extract", "--json", *extra, str(d),
              env=env)
    return json.loads(res.output.strip().splitlines()[-1]), res


def test_every_limit_has_a_default_and_a_key():
    cfg = Config()
    for key in ("max_bytes", "max_chars", "max_sentences", "max_events", "max_line_bytes", "max_request_bytes",
                "doc_timeout"):
        assert getattr(cfg, key) > 0
        assert getattr(load_config(env={f"MARSAD_{key.upper()}": "7"}), key) == 7


def test_a_text_over_max_chars_is_rejected_not_cut(tmp_path):
    body = "Residents of Qalat said the market reopened on Monday after the storm. " * 20
    s, res = _ingest(tmp_path, {"long.txt": body, "short.txt": "The market reopened on Monday, traders said."},
                     {"MARSAD_MAX_CHARS": "500"})
    assert s["stored"] == 1 and s["rejected_by_reason"] == {"too_long": 1}, res.output
    assert res.exit_code == 1


def test_too_many_sentences_is_rejected(tmp_path):
    body = "\n".join(f"Line {i} of a long table." for i in range(300))
    s, res = _ingest(tmp_path, {"table.txt": body}, {"MARSAD_MAX_SENTENCES": "100"})
    assert s["rejected_by_reason"] == {"too_many_sentences": 1}, res.output


def test_count_sentences():
    assert count_sentences("One. Two! Three? \"Four.\" Five") == 5
    assert count_sentences("") == 0
    with pytest.raises(InputError) as e:
        check_text("a. " * 50, max_chars=1000, max_sentences=10)
    assert e.value.code == "too_many_sentences"


def test_a_jsonl_line_over_max_line_bytes_is_rejected_and_the_rest_goes_on(tmp_path):
    lines = [json.dumps({"id": "big", "text": "word " * 400}),
             json.dumps({"id": "ok", "text": "The market reopened on Monday, traders said."})]
    s, res = _ingest(tmp_path, {"docs.jsonl": "\n".join(lines) + "\n"}, {"MARSAD_MAX_LINE_BYTES": "1000"})
    assert s["stored"] == 1 and s["rejected_by_reason"] == {"line_too_long": 1}, res.output


def test_a_batch_line_over_max_line_bytes_is_an_error_line():
    lines = json.dumps({"id": "big", "html": "<p>" + "word " * 400 + "</p>"}) + "\n" + \
        json.dumps({"id": "ok", "html": "<p>The market reopened on Monday.</p>"}) + "\n"
    res = run("clean", "--input", "-", input=lines, env={"MARSAD_MAX_LINE_BYTES": "1000"})
    out = [json.loads(x) for x in res.output.strip().splitlines()]
    assert out[0]["error"]["code"] == "line_too_long" and "error" not in out[1]


def test_a_document_past_doc_timeout_is_rejected(tmp_path):
    page = "<html><body>" + "".join(f"<div><p>Paragraph {i} about the market.</p></div>" for i in range(4000)) + \
        "</body></html>"
    s, res = _ingest(tmp_path, {"slow.html": page}, {"MARSAD_DOC_TIMEOUT": "0.001"})
    assert s["rejected_by_reason"] == {"timeout": 1}, res.output


def test_too_many_events_is_an_error(tmp_path):
    from marsad.run.pipeline import Pipeline

    text = ("Gunmen shot dead a policeman in Hit on Monday. A car bomb exploded in Ramadi on Tuesday, killing five "
            "people. Hundreds of protesters rallied in Basra on Wednesday. Militants abducted two engineers in "
            "Mosul on Thursday. An air strike killed four fighters near Tikrit on Friday.")
    cfg = load_config(env={"MARSAD_MAX_EVENTS": "2"})
    p = Pipeline.from_config(cfg, quotes=False, claims=False)
    with pytest.raises(InputError) as e:
        p.process_record({"id": 1, "text": text, "published": "2020-03-02"})
    assert e.value.code == "too_many_events"


def test_extract_rejects_a_text_over_max_chars_instead_of_cutting_it():
    line = json.dumps({"id": "a", "text": "A bomb exploded in Hit on Monday. " * 40})
    res = run("extract", "--no-quotes", "--no-claims", "--input", "-", input=line + "\n",
              env={"MARSAD_MAX_CHARS": "200"})
    assert json.loads(res.output.strip().splitlines()[-1])["error"]["code"] == "too_long"


def test_a_request_body_over_max_request_bytes_is_refused(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from marsad.serve.app import create_app

    cfg = load_config(env={}, overrides={"db": f"sqlite:///{tmp_path / 's.sqlite'}", "max_request_bytes": 100})
    client = TestClient(create_app(cfg))
    r = client.post("/api/events", content=b"x" * 1000)
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    assert client.get("/healthz").status_code == 200
