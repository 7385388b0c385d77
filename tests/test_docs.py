"""The docs are complete (datasette style): these tests read the live code, so a new command, option,
reason code, configuration key or table fails here until it is documented.

Conventions they check:
- docs/cli.md: one ``## marsad <command path>`` heading per command and group (``## marsad`` for the
  global options); each section names every long option of its command (``--db``, both halves of
  ``--x/--no-x``) and every argument (its metavar, e.g. ``PATHS``).
- docs/errors.md: every reason code in ``marsad.errors.REASONS`` and every ``MarsadError`` code, in a
  backticked form; the one JSON error shape, as JSON code blocks.
- docs/configuration.md: every ``Config`` key with its ``MARSAD_*`` environment variable.
- docs/store.md: every table of the schema and every numbered migration.
"""
from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import click
import pytest

from marsad.cli import cli
from marsad.config import Config
from marsad.errors import REASONS, ErrorInfo, MarsadError

DOCS = Path(__file__).resolve().parent.parent / "docs"
HEADING = re.compile(r"^##\s+`?(marsad(?:\s+[\w-]+)*)`?\s*$", re.M)


def _read(name: str) -> str:
    path = DOCS / name
    assert path.is_file(), f"docs/{name} is missing"
    return path.read_text(encoding="utf-8")


# -- docs/cli.md ----------------------------------------------------------------------------------------

def _commands(group: click.Group = cli, prefix: tuple[str, ...] = ()):
    yield prefix, group
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))
        else:
            yield prefix + (name,), cmd


def _sections(text: str) -> dict[str, str]:
    """'marsad ingest' -> the text of its section(s), up to the next level-2 heading."""
    out: dict[str, str] = {}
    marks = list(HEADING.finditer(text))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        nxt = text.find("\n## ", m.end())
        if nxt != -1 and nxt < end:
            end = nxt
        key = " ".join(m.group(1).split())
        out[key] = out.get(key, "") + text[m.end():end]
    return out


def _required_words(cmd: click.Command) -> list[str]:
    words = []
    for p in cmd.params:
        if isinstance(p, click.Option):
            if p.hidden:
                continue
            names = [o for o in p.opts + p.secondary_opts if o.startswith("--")]
            if not names:  # only short flags: require the first one
                names = p.opts[:1]
            words += [n for n in names if n not in ("--help",)]
        elif isinstance(p, click.Argument):
            words.append(p.human_readable_name)  # e.g. PATHS, CSV_PATH
    return words


def test_cli_md_documents_every_command_and_option():
    sections = _sections(_read("cli.md"))
    problems = []
    for path, cmd in _commands():
        key = " ".join(("marsad",) + path)
        if cmd.hidden:
            continue
        if key not in sections:
            problems.append(f"no '## {key}' section")
            continue
        body = sections[key]
        for word in _required_words(cmd):
            if not re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", body):
                problems.append(f"'## {key}' does not mention {word}")
    assert not problems, "docs/cli.md is incomplete:\n  " + "\n  ".join(problems)


def test_cli_md_has_no_stale_commands():
    live = {" ".join(("marsad",) + path) for path, _cmd in _commands()}
    stale = sorted(set(_sections(_read("cli.md"))) - live)
    assert not stale, f"docs/cli.md documents commands that do not exist: {stale}"


def test_cli_md_lists_global_options_and_exit_codes():
    root = _sections(_read("cli.md"))["marsad"]
    for word in ("--db", "--config", "--gazetteer", "--version", "--help", "MARSAD_", "marsad.toml"):
        assert word in root
    assert re.search(r"exit", root, re.I)


# -- docs/errors.md -------------------------------------------------------------------------------------

def _error_classes(cls=MarsadError):
    yield cls
    for sub in cls.__subclasses__():
        yield from _error_classes(sub)


def test_errors_md_documents_every_reason_code():
    text = _read("errors.md")
    missing = [code for code in REASONS if f"`{code}`" not in text]
    assert not missing, f"docs/errors.md does not document these reason codes: {missing}"


def test_errors_md_documents_every_error_class_code():
    text = _read("errors.md")
    missing = sorted({c.code for c in _error_classes()} - {c for c in re.findall(r"`([a-z_]+)`", text)})
    assert not missing, f"docs/errors.md does not document these error codes: {missing}"


def test_errors_md_shows_the_one_json_error_shape():
    text = _read("errors.md")
    blocks = re.findall(r"```json\n(.*?)```", text, re.S)
    assert blocks, "docs/errors.md has no ```json example"
    shapes = []
    for b in blocks:  # one JSON document, or JSON Lines
        try:
            shapes.append(json.loads(b))
        except json.JSONDecodeError:
            shapes += [json.loads(line) for line in b.splitlines() if line.strip()]
    real = ErrorInfo.from_exc(MarsadError("m", code="binary", remedy="r")).as_json()
    errors = [s.get("error", s) for s in shapes]
    assert any(set(e) == set(real) for e in errors), "no example has the shape {code, message, remedy}"
    for e in errors:
        assert {"code", "message"} <= set(e) <= {"code", "message", "remedy"}, e
        assert e["code"] in REASONS or e["code"] in {c.code for c in _error_classes()}, e["code"]


# -- docs/configuration.md --------------------------------------------------------------------------------

def test_configuration_md_documents_every_key_with_its_env_var():
    text = _read("configuration.md")
    problems = []
    for f in dataclasses.fields(Config):
        if f"`{f.name}`" not in text:
            problems.append(f"key `{f.name}`")
        if f"MARSAD_{f.name.upper()}" not in text:
            problems.append(f"MARSAD_{f.name.upper()}")
    assert not problems, "docs/configuration.md does not document: " + ", ".join(problems)


def test_configuration_md_has_no_stale_keys():
    text = _read("configuration.md")
    keys = {f.name for f in dataclasses.fields(Config)}
    documented = set(re.findall(r"^\|\s*`([a-z_0-9]+)`", text, re.M))
    assert documented, "docs/configuration.md has no key table (| `key` | ...)"
    assert documented <= keys, f"documented but not in Config: {sorted(documented - keys)}"


def test_configuration_md_example_toml_is_valid():
    import tomllib

    blocks = re.findall(r"```toml\n(.*?)```", _read("configuration.md"), re.S)
    assert blocks
    for b in blocks:
        tomllib.loads(b)


@pytest.fixture
def example_toml(tmp_path):
    blocks = re.findall(r"```toml\n(.*?)```", _read("configuration.md"), re.S)
    p = tmp_path / "marsad.toml"
    p.write_text(blocks[0], encoding="utf-8")
    return p


def test_configuration_md_example_loads(example_toml, tmp_path):
    from marsad.config import load_config

    load_config(example_toml, env={}, cwd=tmp_path)  # raises ConfigError on an unknown key or a bad value


# -- docs/store.md --------------------------------------------------------------------------------------

def test_store_md_documents_every_table_and_migration():
    from marsad.store import migrations, schema

    text = _read("store.md")
    missing = [t for t in schema.metadata.tables if f"`{t}`" not in text]
    assert not missing, f"docs/store.md does not document these tables: {missing}"
    for version, _name, _fn in migrations.MIGRATIONS:
        assert re.search(rf"^\|\s*{version}\s*\|", text, re.M), f"docs/store.md does not list migration {version}"


# -- README ---------------------------------------------------------------------------------------------

def test_readme_starts_with_the_two_commands():
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```\w*\n(.*?)```", readme, re.S)
    assert first_block, "README.md has no code block"
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines() if line.split("#")[0].strip()]
    assert commands == ["make demo", "make test"], commands


def test_docs_links_resolve():
    """Relative links between the docs (and to other files) point at files that exist."""
    broken = []
    for md in sorted(DOCS.glob("*.md")):
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", md.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            if not (md.parent / target).exists():
                broken.append(f"{md.name} -> {target}")
    assert not broken, broken
