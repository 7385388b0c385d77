"""Configuration layers: defaults < marsad.toml < MARSAD_* environment variables < flags."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from marsad.config import Config, default_db_url, load_config
from marsad.errors import ConfigError


def test_defaults(tmp_path):
    cfg = load_config(env={}, cwd=tmp_path)
    assert cfg == Config()
    assert cfg.db_url == default_db_url()


def test_default_db_is_under_xdg_data_home(tmp_path):
    assert default_db_url({"XDG_DATA_HOME": str(tmp_path)}) == f"sqlite:///{tmp_path}/marsad/marsad.sqlite"
    assert default_db_url({"HOME": "/nonexistent"}).endswith("/marsad/marsad.sqlite")


def test_layers_in_order(tmp_path):
    (tmp_path / "marsad.toml").write_text(
        '[marsad]\nmax_bytes = 1000\nnear_duplicate_threshold = 0.9\nuser_agent = "from-toml"\nworkers = 3\n',
        encoding="utf-8")
    toml_only = load_config(env={}, cwd=tmp_path)
    assert (toml_only.max_bytes, toml_only.near_duplicate_threshold, toml_only.user_agent, toml_only.workers) == \
        (1000, 0.9, "from-toml", 3)
    assert toml_only.minhash_perm == Config().minhash_perm  # untouched keys keep their defaults

    env = {"MARSAD_MAX_BYTES": "2000", "MARSAD_USER_AGENT": "from-env", "MARSAD_ALLOW_PRIVATE": "yes"}
    with_env = load_config(env=env, cwd=tmp_path)
    assert (with_env.max_bytes, with_env.user_agent, with_env.workers, with_env.allow_private) == \
        (2000, "from-env", 3, True)

    flags = load_config(env=env, cwd=tmp_path, overrides={"max_bytes": 3000, "user_agent": None, "allow_private": False})
    assert (flags.max_bytes, flags.user_agent, flags.allow_private) == (3000, "from-env", False)  # None = not given


def test_top_level_keys_dashes_and_explicit_path(tmp_path):
    p = tmp_path / "other.toml"
    p.write_text('max-bytes = 4096\nfetch_timeout = 2.5\n[some_other_tool]\nx = 1\n', encoding="utf-8")
    cfg = load_config(p, env={}, cwd=tmp_path)
    assert cfg.max_bytes == 4096 and cfg.fetch_timeout == 2.5
    assert load_config(env={"MARSAD_CONFIG": str(p)}, cwd=tmp_path).max_bytes == 4096


@pytest.mark.parametrize("kwargs, fragment", [
    ({"env": {"MARSAD_MAX_BYTES": "lots"}}, "max_bytes"),
    ({"env": {"MARSAD_ALLOW_PRIVATE": "maybe"}}, "allow_private"),
    ({"env": {"MARSAD_NEAR_DUPLICATE_THRESHOLD": "1.5"}}, "near_duplicate_threshold"),
    ({"env": {"MARSAD_WORKERS": "0"}}, "workers"),
    ({"env": {}, "overrides": {"max_bytes": -1}}, "max_bytes"),
    ({"env": {}, "overrides": {"fetch_timeout": 0}}, "fetch_timeout"),
    ({"env": {}, "overrides": {"no_such_key": 1}}, "no_such_key"),
])
def test_bad_values_are_config_errors_with_a_remedy(tmp_path, kwargs, fragment):
    with pytest.raises(ConfigError) as e:
        load_config(cwd=tmp_path, **kwargs)
    assert fragment in e.value.message
    assert e.value.code == "config" and e.value.remedy


def test_bad_files(tmp_path):
    with pytest.raises(ConfigError) as e:
        load_config(tmp_path / "missing.toml", env={}, cwd=tmp_path)
    assert "not found" in e.value.message and e.value.remedy
    (tmp_path / "marsad.toml").write_text("max_bytes = = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(env={}, cwd=tmp_path)
    assert "invalid TOML" in e.value.message
    (tmp_path / "marsad.toml").write_text("[marsad]\ncolour = 'blue'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(env={}, cwd=tmp_path)
    assert "colour" in e.value.message and "max_bytes" in e.value.remedy  # the remedy lists the known keys


def test_every_key_has_an_env_var(tmp_path):
    samples = {"str": "x", "int": "7", "float": "0.5", "bool": "true"}
    valid = {"minhash_perm": "32", "engine": "dask", "scheduler": "tcp://127.0.0.1:8786",
             "tiles_url": "https://tiles.example/{z}/{x}/{y}.png"}    # keys whose values are checked
    for f in fields(Config):
        value = valid.get(f.name, samples[f.type])
        cfg = load_config(env={"MARSAD_" + f.name.upper(): value}, cwd=tmp_path)
        assert str(getattr(cfg, f.name)).lower() in {value, str(float(value)) if f.type == "float" else value}


# -- through the real CLI -------------------------------------------------------------------------------

def _cli(args, cwd: Path, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env["XDG_DATA_HOME"] = str(cwd / "xdg")
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "marsad.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_cli_db_layers(tmp_path):
    def store_of(r):
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)["store"]

    # default: the documented place under XDG_DATA_HOME
    assert store_of(_cli(["status", "--format", "json"], tmp_path)) == f"sqlite:///{tmp_path}/xdg/marsad/marsad.sqlite"
    (tmp_path / "marsad.toml").write_text(f'[marsad]\ndb = "sqlite:///{tmp_path}/toml.sqlite"\n', encoding="utf-8")
    assert store_of(_cli(["status", "--format", "json"], tmp_path)).endswith("/toml.sqlite")
    env = {"MARSAD_DB": f"sqlite:///{tmp_path}/env.sqlite"}
    assert store_of(_cli(["status", "--format", "json"], tmp_path, env)).endswith("/env.sqlite")
    assert store_of(_cli(["--db", f"sqlite:///{tmp_path}/flag.sqlite", "status", "--format", "json"], tmp_path,
                         env)).endswith("/flag.sqlite")


def test_cli_config_error_is_one_line_with_remedy_and_exit_2(tmp_path):
    r = _cli(["--config", str(tmp_path / "nope.toml"), "status"], tmp_path)
    assert r.returncode == 2
    assert r.stderr.startswith("Error [config]: configuration file not found")
    assert "Remedy:" in r.stderr and "Traceback" not in r.stderr
    r2 = _cli(["status"], tmp_path, {"MARSAD_MAX_BYTES": "-3"})
    assert r2.returncode == 2 and "Error [config]" in r2.stderr and "Remedy:" in r2.stderr


def test_cli_bad_db_url_is_a_store_error(tmp_path):
    r = _cli(["--db", "nosuchdb://x", "status"], tmp_path)
    assert r.returncode == 2 and r.stderr.startswith("Error [store]") and "Remedy:" in r.stderr
