"""Run every bench script in turn (`make bench`). Each prints its own figures; this prints them in order.

Usage: .venv/bin/python bench/run_all.py [NAME ...]   e.g. `clean geo` for bench_clean.py and bench_geo.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        wanted = {f"bench_{a.removeprefix('bench_').removesuffix('.py')}.py" for a in argv}
        scripts = [s for s in scripts if s.name in wanted]
    failed = []
    for s in scripts:
        print(f"\n=== {s.name} ===", flush=True)
        if subprocess.run([sys.executable, str(s)]).returncode != 0:
            failed.append(s.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
