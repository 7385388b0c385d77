"""Supply chain: every third-party package that marsad imports is declared in pyproject.toml, every declared
package is used (imported by marsad or bench, or named below with why it is needed without an import), and
the lock files pin every package exactly, with hashes, and pin pip and setuptools too."""
from __future__ import annotations

import ast
import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# declared and needed, though no marsad module imports them by name
USED_WITHOUT_IMPORT = {
    "psycopg": "SQLAlchemy loads it for postgresql:// URLs",
    "httptools": "uvicorn's fast HTTP parser for `marsad serve`",
    "dask": "run/dask.py imports dask.distributed through the distributed package; dask[distributed] pins both",
    "psutil": "bench/scale.py and bench/bench_serve.py measure memory with it",
}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imports(folder: Path) -> set[str]:
    mods = set()
    for p in folder.rglob("*.py"):
        for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(n, ast.Import):
                mods.update(a.name.split(".")[0] for a in n.names)
            elif isinstance(n, ast.ImportFrom) and n.level == 0 and n.module:
                mods.add(n.module.split(".")[0])
    return {m for m in mods if m not in sys.stdlib_module_names and m not in ("marsad", "bench", "conftest")}


def _declared() -> set[str]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    return {_norm(re.split(r"[<>=\[ ;!~]", d)[0]) for d in deps}


def _dists(modules: set[str]) -> dict[str, set[str]]:
    pd = md.packages_distributions()
    return {m: {_norm(d) for d in pd.get(m, [])} for m in modules}


def test_every_imported_package_is_declared():
    declared = _declared()
    missing = {m: d for m, d in _dists(_imports(ROOT / "marsad")).items() if not d & declared}
    assert not missing, f"imported by marsad/ but not declared in pyproject.toml: {missing}"


def test_every_declared_package_is_used():
    used = set().union(*_dists(_imports(ROOT / "marsad") | _imports(ROOT / "bench")).values())
    unused = sorted(_declared() - used - set(USED_WITHOUT_IMPORT))
    assert not unused, f"declared in pyproject.toml but never imported: {unused}"


def _lock_entries(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def test_every_lock_line_is_pinned_exactly_with_a_hash():
    locks = sorted(ROOT.glob("requirements*.lock"))
    assert {p.name for p in locks} >= {"requirements.lock", "requirements-dev.lock", "requirements-models.lock",
                                       "requirements-tools.lock"}
    for p in locks:
        for ln in _lock_entries(p):
            assert re.match(r"^[A-Za-z0-9][A-Za-z0-9._\-\[\]]*==[^\s]+ ", ln + " "), (p.name, ln)
            assert re.search(r"--hash=sha256:[0-9a-f]{64}", ln), (p.name, ln)
    tools = {_norm(ln.split("==")[0]) for ln in _lock_entries(ROOT / "requirements-tools.lock")}
    assert {"pip", "setuptools"} <= tools


def test_make_install_requires_hashes_and_no_build_isolation():
    mk = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [ln for ln in mk.splitlines() if "pip install" in ln]
    assert installs and all("--require-hashes" in ln or "-e ." in ln for ln in installs), installs
    assert any("--no-build-isolation -e ." in ln for ln in installs)
    assert "install -q -U pip" not in mk
