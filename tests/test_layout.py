"""The data flow is visible in the layout and the imports obey it: a stage imports the model and the stages
upstream of it, never the store, the runners or the faces; the store imports no stage."""
from __future__ import annotations

import ast
from pathlib import Path

import marsad

PKG = Path(marsad.__file__).resolve().parent
FLOW = ["ingest", "annotate", "extract", "geocode", "fuse", "store", "analyze", "serve", "run"]
STAGES = FLOW[:5]
FACES = {"cli", "serve", "run"}


def _imports(path: Path, root: Path = PKG) -> set[str]:
    """The marsad rooms a module imports (top level or inside functions)."""
    rel = path.relative_to(root).parts
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] != "marsad":
                    continue
                parts = parts[1:]
            else:
                base = list(rel[:-1])[: len(rel) - node.level]
                parts = base + (node.module.split(".") if node.module else [])
            if parts:
                out.add(parts[0])
            elif node.level:  # "from .. import model"
                out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.Import):
            for a in node.names:
                p = a.name.split(".")
                if p[0] == "marsad" and len(p) > 1:
                    out.add(p[1])
    return out


def _modules(room: str):
    return sorted((PKG / room).rglob("*.py"))


def test_every_room_of_the_flow_exists():
    for room in FLOW:
        assert (PKG / room / "__init__.py").is_file(), room
    for f in ("model.py", "config.py", "errors.py", "cli.py"):
        assert (PKG / f).is_file(), f


def test_stages_import_only_upstream_stages():
    bad = []
    for i, room in enumerate(STAGES):
        allowed_rooms = set(STAGES[: i + 1])
        for path in _modules(room):
            for used in _imports(path):
                if used in FLOW and used not in allowed_rooms or used in FACES:
                    bad.append(f"{path.relative_to(PKG)} imports {used}")
    assert not bad, "\n".join(bad)


def test_the_store_imports_no_stage():
    bad = [f"{p.relative_to(PKG)} imports {u}" for p in _modules("store") for u in _imports(p)
           if u in STAGES or u in FACES or u == "analyze"]
    assert not bad, "\n".join(bad)


def test_analysis_never_imports_the_faces():
    bad = [f"{p.relative_to(PKG)} imports {u}" for p in _modules("analyze") for u in _imports(p)
           if u in FACES]
    assert not bad, "\n".join(bad)


def test_the_import_reader_sees_relative_and_absolute_imports(tmp_path):
    # the checker itself: a module of extract/ importing the store in the three spellings
    (tmp_path / "extract").mkdir()
    probe = tmp_path / "extract" / "probe.py"
    probe.write_text("from ..store import x\nfrom marsad.run import y\nimport marsad.serve.app\n"
                     "def f():\n    from .. import model\n", encoding="utf-8")
    assert _imports(probe, tmp_path) == {"store", "run", "serve", "model"}
