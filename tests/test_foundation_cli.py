"""The CLI surface: --help on every command (walking the live command tree), --version, status, demo."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from marsad import __version__
from marsad.cli import cli

from conftest import FIXTURES


def command_paths(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [prefix]
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if isinstance(cmd, click.Group):
            out += command_paths(cmd, prefix + (name,))
        else:
            out.append(prefix + (name,))
    return out


def test_the_core_commands_exist():
    names = {p[0] for p in command_paths() if p}
    assert {"ingest", "clean", "status", "rejections", "demo"} <= names


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "marsad")
def test_help_on_every_command(path):
    for flag in ("--help", "-h"):
        res = CliRunner().invoke(cli, [*path, flag])
        assert res.exit_code == 0, res.output
        assert "Usage:" in res.output and "Show this message and exit." in res.output
    cmd = cli
    for p in path:
        cmd = cmd.get_command(click.Context(cmd), p)
    assert (cmd.help or cmd.short_help or "").strip(), f"`marsad {' '.join(path)}` has no help text"


def test_version():
    res = CliRunner().invoke(cli, ["--version"])
    assert res.exit_code == 0 and res.output.strip() == f"marsad, version {__version__}"
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and __version__ in r.stdout


def test_console_script_installed():
    exe = os.path.join(os.path.dirname(sys.executable), "marsad")
    if not os.path.exists(exe):
        pytest.skip(f"no console script beside {sys.executable} (not an installed venv)")
    r = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and __version__ in r.stdout


def test_unknown_command_is_a_usage_error():
    res = CliRunner().invoke(cli, ["frobnicate"])
    assert res.exit_code == 2 and "No such command" in res.output


def test_status_json_and_table(tmp_path):
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    runner = CliRunner()
    empty = json.loads(runner.invoke(cli, ["--db", db, "status", "--format", "json"]).output)
    for key in ("store", "schema_version", "documents", "unique_documents", "duplicates", "near_duplicates",
                "rejections", "rejections_by_reason", "events", "places", "claims", "quotes"):
        assert key in empty, key
    assert empty["documents"] == 0 and empty["rejections_by_reason"] == {} and empty["schema_version"] >= 2

    d = tmp_path / "in"
    d.mkdir()
    for name in ("good.html", "good.jsonl"):
        (d / name).write_bytes((FIXTURES / "ingest" / name).read_bytes())
    (d / "again.html").write_bytes((FIXTURES / "ingest" / "good.html").read_bytes())
    (d / "empty.txt").write_text("   \n")
    res = runner.invoke(cli, ["--db", db, "ingest", str(d), "--no-extract", "--no-progress"])
    assert res.exit_code == 1, res.output
    assert "duplicates:       1" in res.output and "empty" in res.output

    st = json.loads(runner.invoke(cli, ["--db", db, "status", "--format", "json"]).output)
    assert (st["documents"], st["unique_documents"], st["duplicates"], st["rejections"]) == (4, 4, 1, 1)
    assert st["rejections_by_reason"] == {"empty": 1}
    table = runner.invoke(cli, ["--db", db, "status"])
    assert table.exit_code == 0
    assert "documents:        4" in table.output and "duplicates:       1" in table.output
    assert "empty" in table.output

    csv_out = runner.invoke(cli, ["--db", db, "rejections", "--format", "csv"]).output.splitlines()
    assert csv_out[0] == "code,locator,input_id,message" and csv_out[1].startswith("empty,")


def test_demo_prints_a_summary(tmp_path):
    db = tmp_path / "demo.sqlite"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "--db", f"sqlite:///{db}", "demo"], cwd=tmp_path,
                       env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "duplicates 1" in r.stdout and "rejected 0" in r.stdout
    assert "Roadside bomb kills two soldiers east of Ramadi" in r.stdout
    assert db.exists()
