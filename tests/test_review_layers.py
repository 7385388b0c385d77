"""The store imports no stage: every import in marsad/store/*.py names the model, errors, config, the
store itself or outside libraries, never ingest/annotate/extract/geocode/fuse/analyze/serve/run/cli."""
from __future__ import annotations

import ast
from pathlib import Path

STAGES = ("ingest", "annotate", "extract", "geocode", "fuse", "analyze", "serve", "run", "cli", "cli_util")
STORE = Path(__file__).resolve().parent.parent / "marsad" / "store"


def _imported(path: Path) -> list[str]:
    """Absolute module names imported by the file (relative imports resolved against marsad.store)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = ["marsad", "store"][: max(0, 2 - (node.level - 1))] if node.level else []
            mod = ".".join(base + ([node.module] if node.module else []))
            out.append(mod)
            if node.module is None:     # from .. import fuse
                out += [f"{mod}.{a.name}" for a in node.names]
    return out


def _stage_imports(path: Path) -> list[str]:
    return [m for m in _imported(path) if m.split(".")[:2] in (["marsad", s] for s in STAGES)]


def test_the_store_imports_no_stage():
    files = sorted(STORE.glob("*.py"))
    assert len(files) >= 5
    bad = {p.name: _stage_imports(p) for p in files if _stage_imports(p)}
    assert bad == {}


def test_the_check_sees_a_stage_import(tmp_path):
    p = tmp_path / "x.py"
    p.write_text("from ..fuse.events import Fuser\nfrom .. import extract\nimport marsad.run.fuse\nfrom . import schema\n")
    assert _stage_imports(p) == ["marsad.fuse.events", "marsad.extract", "marsad.run.fuse"]
