"""A command line that behaves like one: an example in every --help, global options anywhere, a date that is
not a date refused by every command that takes one, documented exit statuses (3 for a bug), quiet when piped."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.cli_util import DateParam, choose_columns, hoist_global_options


def command_paths(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [prefix]
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        out += command_paths(cmd, prefix + (name,)) if isinstance(cmd, click.Group) else [prefix + (name,)]
    return out


def _command(path):
    cmd = cli
    for name in path:
        cmd = cmd.get_command(click.Context(cmd), name)
    return cmd


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "marsad")
def test_every_help_shows_an_example_and_the_global_options(path):
    res = CliRunner().invoke(cli, [*path, "--help"])
    assert res.exit_code == 0, res.output
    assert "Example:" in res.output
    example = res.output.split("Example:", 1)[1].strip().splitlines()[0]
    assert example.startswith("marsad ") or example.startswith("echo ")
    assert "before or after the command name" in res.output


DATED = [p for p in command_paths() if p and not isinstance(_command(p), click.Group)
         and any("--since" in o.opts for o in _command(p).params if isinstance(o, click.Option))]


@pytest.mark.parametrize("path", DATED, ids=" ".join)
def test_every_since_option_refuses_a_date_that_is_not_one(path, tmp_path):
    res = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 'd.sqlite'}", *path, "--since", "banana"])
    assert res.exit_code == 2, res.output
    assert "banana" in res.output


def test_the_date_type():
    since, until = DateParam(), DateParam(end=True)
    assert since.convert("2020", None, None) == "2020-01-01"
    assert until.convert("2020", None, None) == "2020-12-31"
    assert until.convert("2020-02", None, None) == "2020-02-29"
    assert since.convert("2021-02-28", None, None) == "2021-02-28"
    for bad in ("banana", "2021-02-29", "2020-13", "20-01-01", "2020-01-01T00:00", ""):
        with pytest.raises(click.BadParameter):
            since.convert(bad, None, None)


def test_hoisting_global_options():
    assert hoist_global_options(["ingest", "d", "--db", "u"]) == ["--db", "u", "ingest", "d"]
    assert hoist_global_options(["ingest", "--db=u", "d"]) == ["--db=u", "ingest", "d"]
    assert hoist_global_options(["gazetteer", "info", "--gazetteer", "g"]) == ["--gazetteer", "g", "gazetteer", "info"]
    assert hoist_global_options(["clean", "--", "--db", "x"]) == ["clean", "--", "--db", "x"]


@pytest.mark.parametrize("where", ["before", "after"])
def test_gazetteer_option_before_or_after_a_subgroup_command(tmp_path, where):
    gaz = str(tmp_path / "none.sqlite")
    args = ["--gazetteer", gaz, "gazetteer", "info"] if where == "before" else ["gazetteer", "info", "--gazetteer", gaz]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 2 and "none.sqlite" in res.output


def test_an_unexpected_exception_is_exit_3_without_a_traceback(tmp_path, monkeypatch):
    import marsad.store as store_mod

    def broken(self):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(store_mod.Store, "status", broken)
    res = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 'x.sqlite'}", "status"])
    assert res.exit_code == 3, res.output
    assert "Error [internal]" in res.output and "Traceback" not in res.output


def test_piped_output_has_no_progress_bar(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(3):
        (d / f"{i}.txt").write_text(f"Report {i}: the market in Qalat reopened on Monday, traders said.\n")
    res = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 'p.sqlite'}", "ingest", "--no-extract",
                                   "--json", str(d)])
    assert res.exit_code == 0
    json.loads(res.output)  # nothing but the summary: no spinner, no bar, no escape codes
    assert "\x1b[" not in res.output


def test_choose_columns_fits_the_width_in_order_of_importance():
    rows = [{"a": "x" * 10, "b": "y" * 40, "c": "z"}]
    shown, hidden = choose_columns(rows, ["a", "b", "c"], None, 30)
    assert shown == ["a", "c"] and hidden == ["b"]
    assert choose_columns(rows, ["a", "b", "c"], ["c", "a"], 10) == (["c", "a"], [])
    with pytest.raises(click.BadParameter):
        choose_columns(rows, ["a", "b"], ["nope"], 80)
