"""Add (or refresh) a sha256 --hash for every pinned package of the lock files, so that `make install` runs
pip with --require-hashes (issue 14: supply chain).

    .venv/bin/python tools/lock.py requirements.lock requirements-dev.lock requirements-tools.lock

Each `name==version` line is downloaded once with this machine's pip (no dependencies: the lock files are
complete) into a temporary folder, and the archive's sha256 is written beside it. Comment lines are kept;
lines that already carry a hash (requirements-models.lock) are left alone unless --refresh.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

PIN = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)==([^\s;\\]+)")


def _entries(path: Path) -> list[tuple[str, str | None, str]]:
    """(line or comment, name==version, raw) for each logical line (continuations joined)."""
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        m = PIN.match(line)
        out.append((line, f"{m.group(1)}=={m.group(2)}" if m else None, line))
    return out


def _archive_name(f: Path) -> str:
    n = f.name
    if n.endswith(".whl"):
        return canonicalize_name(parse_wheel_filename(n)[0])
    return canonicalize_name(parse_sdist_filename(n)[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--refresh", action="store_true", help="recompute hashes already present")
    args = ap.parse_args()
    todo: dict[str, str] = {}
    plans = {}
    for path in args.files:
        ents = _entries(path)
        plans[path] = ents
        for line, pin, _ in ents:
            if pin and (args.refresh or "--hash=" not in line):
                todo[canonicalize_name(pin.split("==")[0].split("[")[0])] = pin
    hashes: dict[str, str] = {}
    if todo:
        with tempfile.TemporaryDirectory() as d:
            req = Path(d) / "req.txt"
            req.write_text("\n".join(todo.values()) + "\n", encoding="utf-8")
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", d, "-r", str(req)],
                           check=True)
            for f in Path(d).iterdir():
                if f.name == "req.txt":
                    continue
                hashes[_archive_name(f)] = hashlib.sha256(f.read_bytes()).hexdigest()
    missing = sorted(set(todo) - set(hashes))
    if missing:
        sys.exit(f"no archive downloaded for: {', '.join(missing)}")
    for path, ents in plans.items():
        lines = []
        for line, pin, _ in ents:
            if pin is None or ("--hash=" in line and not args.refresh):
                lines.append(line)
                continue
            key = canonicalize_name(pin.split("==")[0].split("[")[0])
            lines.append(f"{pin} \\\n    --hash=sha256:{hashes[key]}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path}: {sum(1 for _, p, _ in ents if p)} pinned packages, hashed")


if __name__ == "__main__":
    main()
