"""Issue 14: each input that used to be taken silently, and each failure that used to be swallowed, now
fails loudly with a code and a remedy. Every test here failed on the behaviour before the fix."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.model import CleanDocument, Event, Evidence, Extraction


def run(*args, env=None, input=None):
    return CliRunner().invoke(cli, list(args), env=env, input=input)


def _db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'h.sqlite'}"


def _store_with_events(tmp_path: Path, n: int = 3) -> str:
    from marsad.store import open_store

    url = _db(tmp_path)
    with open_store(url) as st:
        for i in range(n):
            doc = CleanDocument(id=f"doc_{i:024d}", text=f"Report {i} of a bombing in Hit.", title=None,
                                published="2020-03-0%d" % (i + 1))
            st.add_document(doc)
            ev = Event(id=f"evt_{i:016d}", doc_id=doc.id, event_date="2020-03-0%d" % (i + 1), time_precision=1,
                       event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                       actor1="Unidentified Armed Group (Iraq)", actor2="Civilians (Iraq)", country="Iraq",
                       country_code="IQ", admin1="Anbar", location="Hit", latitude=33.64, longitude=42.83,
                       geo_precision=1, fatalities=i, confidence=0.8, evidence=(Evidence("event", 0, 10),))
            st.write_extraction(Extraction(doc_id=doc.id, events=(ev,)))
    return url


# -- inputs taken silently ------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["events", "--since", "banana"],
    ["events", "--until", "2020-13-45"],
    ["export", "--format", "geojson", "--since", "banana"],
    ["drivers", "--since", "yesterday-ish"],
])
def test_a_bad_date_is_a_usage_error_naming_the_value(tmp_path, args):
    res = run("--db", _db(tmp_path), *args)
    assert res.exit_code == 2, res.output
    bad = args[args.index("--since") + 1] if "--since" in args else args[args.index("--until") + 1]
    assert bad in res.output and "YYYY" in res.output


@pytest.mark.parametrize("args,value", [
    (["extract", "--workers", "-3", "--input", "-"], "-3"),
    (["rejections", "--limit", "-1"], "-1"),
    (["events", "--limit", "0"], "0"),
    (["stories", "--threshold", "-1", "--input", "-"], "-1"),
    (["stories", "--threshold", "1.5", "--input", "-"], "1.5"),
    (["stories", "--window-days", "-2", "--input", "-"], "-2"),
    (["fuse", "--window-days", "-1"], "-1"),
    (["drivers", "--quotes", "-1"], "-1"),
])
def test_a_bad_number_is_a_usage_error_naming_the_value(tmp_path, args, value):
    res = run("--db", _db(tmp_path), *args, input="")
    assert res.exit_code == 2, res.output
    assert value in res.output


def test_decide_on_unknown_ids_is_an_error(tmp_path):
    url = _store_with_events(tmp_path, 2)
    res = run("--db", url, "decide", "merge", "evt_nope1", "evt_nope2")
    assert res.exit_code == 2, res.output
    assert "evt_nope1" in res.output and "recorded" not in res.output
    ok = run("--db", url, "decide", "merge", f"evt_{0:016d}", f"evt_{1:016d}")
    assert ok.exit_code == 0, ok.output


def test_global_options_after_the_command_name(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Gunmen attacked a checkpoint near Hit on Monday, police said.\n", encoding="utf-8")
    url = _db(tmp_path)
    res = run("ingest", str(d), "--no-extract", "--db", url)
    assert res.exit_code == 0, res.output
    st = run("status", "--format", "json", "--db", url)
    assert st.exit_code == 0, st.output
    assert json.loads(st.output)["documents"] == 1


def test_an_unparsable_published_is_a_stored_rejection(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Gunmen attacked a checkpoint near Hit, police said.",
                             "published": "the day after the storm"}) + "\n"
                 + json.dumps({"id": "b", "text": "A roadside bomb hit a patrol near Rutba, officials said.",
                               "published": "2020-03-02"}) + "\n", encoding="utf-8")
    url = _db(tmp_path)
    res = run("--db", url, "ingest", "--no-extract", "--json", str(f))
    assert res.exit_code == 1, res.output
    summary = json.loads(res.output)
    assert summary["stored"] == 1 and summary["rejected_by_reason"] == {"bad_published": 1}
    rej = json.loads(run("--db", url, "rejections", "--format", "json").output)
    assert rej[0]["code"] == "bad_published" and rej[0]["input_id"] == "a"


def test_an_unparsable_published_in_extract_is_an_error_line(tmp_path):
    line = json.dumps({"id": "a", "text": "Nothing happened.", "published": "not a date at all"})
    res = run("extract", "--no-quotes", "--no-claims", "--input", "-", input=line + "\n")
    out = json.loads(res.output.strip().splitlines()[-1])
    assert out["error"]["code"] == "bad_published"


def test_mixed_encodings_in_a_file_are_undecodable(tmp_path):
    # the same word written in UTF-8 and in Latin-1 within one file: no single encoding reads it
    body = ("The caf\u00e9 near the square was closed, the owner said. " * 5).encode("utf-8") + \
           ("The caf\u00e9 reopened on Friday. " * 5).encode("latin-1")
    (tmp_path / "mixed.txt").write_bytes(body)
    url = _db(tmp_path)
    res = run("--db", url, "ingest", "--no-extract", "--json", str(tmp_path / "mixed.txt"))
    assert json.loads(res.output)["rejected_by_reason"] == {"undecodable": 1}, res.output


def test_a_batch_line_that_is_not_utf8_is_an_undecodable_error_line(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_bytes(b'{"id": "a", "text": "caf\xe9 closed"}\n{"id": "b", "text": "all fine"}\n')
    res = run("clean", "--input", str(f))
    lines = [json.loads(x) for x in res.output.strip().splitlines()]
    assert lines[0]["error"]["code"] == "undecodable"
    assert lines[1]["id"] == "b" and "error" not in lines[1]
    assert "\ufffd" not in res.output


def test_one_bad_line_in_an_ingested_jsonl_file_does_not_reject_the_others(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_bytes(b'{"id": "a", "text": "caf\xe9 closed near the square today"}\n'
                  b'{"id": "b", "text": "The market reopened on Friday, traders said."}\n')
    res = run("--db", _db(tmp_path), "ingest", "--no-extract", "--json", str(f))
    s = json.loads(res.output)
    assert s["stored"] == 1 and s["rejected_by_reason"] == {"undecodable": 1}


def test_table_output_fits_an_80_column_terminal(tmp_path):
    url = _store_with_events(tmp_path)
    res = run("--db", url, "events", "--mentions", env={"COLUMNS": "80"})
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.output.splitlines() if not ln.startswith("columns not shown")]
    assert all(len(ln) <= 80 for ln in lines), res.output
    header = next(ln for ln in lines if "event_date" in ln)
    # the columns shown are whole, not squeezed into fragments
    shown = re.findall(r"[a-z_0-9]+", header)
    assert "event_date" in shown and len(shown) < 10
    assert "not shown" in res.output  # says which columns were left out, and how to choose


def test_columns_option_chooses_the_columns(tmp_path):
    url = _store_with_events(tmp_path)
    res = run("--db", url, "events", "--mentions", "--columns", "event_date,fatalities", env={"COLUMNS": "120"})
    assert res.exit_code == 0, res.output
    header = next(ln for ln in res.output.splitlines() if "event_date" in ln)
    assert re.findall(r"[a-z_0-9]+", header) == ["event_date", "fatalities"]
    bad = run("--db", url, "events", "--mentions", "--columns", "event_date,nonsense")
    assert bad.exit_code == 2 and "nonsense" in bad.output


# -- failures swallowed ---------------------------------------------------------------------------------

def test_a_component_failure_is_counted_stored_and_listed(tmp_path, monkeypatch):
    import marsad.extract.claims as claims_mod

    def boom(*a, **k):
        raise RuntimeError("claims exploded")

    monkeypatch.setattr(claims_mod, "extract_claims", boom)
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("A roadside bomb killed two soldiers near Hit on Monday, police said.\n",
                             encoding="utf-8")
    url = _db(tmp_path)
    res = run("--db", url, "ingest", "--json", str(d))
    s = json.loads(res.output)
    assert s["stored"] == 1
    assert s["component_errors"] == {"claims": 1}, s
    st = json.loads(run("--db", url, "status", "--format", "json").output)
    assert st["component_errors"] == {"claims": 1}
    rows = json.loads(run("--db", url, "rejections", "--reason", "component_failed", "--format", "json").output)
    assert len(rows) == 1 and "claims exploded" in rows[0]["message"]


@pytest.mark.parametrize("kind", ["missing", "corrupt"])
def test_a_missing_or_corrupt_gazetteer_stops_ingest_at_once(tmp_path, kind):
    gaz = tmp_path / "gaz.sqlite"
    if kind == "corrupt":
        gaz.write_bytes(os.urandom(4096))
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("A roadside bomb killed two soldiers near Hit on Monday.\n", encoding="utf-8")
    url = _db(tmp_path)
    res = run("--db", url, "--gazetteer", str(gaz), "ingest", str(d))
    assert res.exit_code == 2, res.output
    assert "marsad gazetteer build" in res.output
    from marsad.store import open_store
    with open_store(url) as st:
        assert st.status()["documents"] == 0  # stopped before storing anything


def test_geoparse_with_a_missing_gazetteer_stops_at_once(tmp_path):
    res = run("--gazetteer", str(tmp_path / "none.sqlite"), "geoparse", "--input", "-",
              input='{"id": 1, "text": "Hit"}\n')
    assert res.exit_code == 2 and "marsad gazetteer build" in res.output


def test_safe_url_never_returns_a_password():
    from marsad.store import safe_url

    for url in ("postgresql://analyst:s3cr3tpw@db.example.org/marsad",
                "postgresql://analyst:s3cr3tpw@[not-an-ip/marsad",
                "postgresql://analyst:s3cr3tpw@db.example.org:notaport/marsad",
                "http://analyst:s3cr3tpw@%zz/"):
        assert "s3cr3tpw" not in safe_url(url), url


_BUILTIN = {"ValueError", "TypeError", "KeyError", "RuntimeError", "Exception", "LookupError", "IndexError"}


def _escaping_builtin_raises(tree) -> list[int]:
    """Lines that raise a built-in exception which no enclosing try of the same function catches."""
    import ast

    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Raise) or node.exc is None:
            continue
        exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
        name = getattr(exc, "id", None)
        if name not in _BUILTIN:
            continue
        caught, cur = False, node
        while cur in parents and not isinstance(cur, (ast.FunctionDef, ast.AsyncFunctionDef)):
            up = parents[cur]
            if isinstance(up, ast.Try) and cur in up.body:
                for h in up.handlers:
                    types = h.type.elts if isinstance(h.type, ast.Tuple) else [h.type]
                    if h.type is None or any(getattr(t, "id", None) in (name, "Exception") for t in types):
                        caught = True
            cur = up
        if not caught:
            out.append(node.lineno)
    return out


def test_every_library_error_is_in_the_tree():
    """No bare ValueError & co. escapes a library function: errors are MarsadErrors with a code. A raise caught
    by the same function, or marked `# internal:` (caught by its caller in the module), is control flow."""
    import ast

    root = Path(__file__).resolve().parent.parent / "marsad"
    found = []
    for p in root.rglob("*.py"):
        src = p.read_text(encoding="utf-8")
        lines = src.splitlines()
        found += [f"{p.relative_to(root)}:{n}" for n in _escaping_builtin_raises(ast.parse(src))
                  if "# internal:" not in lines[n - 1]]
    assert found == []
