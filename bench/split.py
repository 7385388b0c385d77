"""The one tune/check split of every dev set (issue 9): fixed seed, by document, stratified where the set
has labels. Rules are written against the *tune* half only; bench prints both halves and the README
reports the *check* half.

    .venv/bin/python bench/split.py                    # print the sizes of both halves of every dev set
    .venv/bin/python bench/split.py events/case2021    # write bench/out/split/<set>.{tune,check}.{docs,gold}.jsonl

The split is a pure function of the document ids, the stratum of each document and SEED, so it is the same
on every machine and never changes while the dev set does not. Nothing of the dev texts is stored in the
project: only the rule that splits them.
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import OUT, dev, require_shared  # noqa: E402

SEED = 20261201
HALVES = ("tune", "check")


def _stratum_case2021(gold: dict) -> str:
    return str(gold.get("label"))


def _stratum_causal(gold: dict) -> str:
    return str(bool(gold.get("causal")))


def _stratum_reports(gold: dict) -> str:
    return "events" if gold.get("events") else "no-events"


def _stratum_gtd(gold: dict) -> str:
    return str(gold.get("sub_event_type"))


def _stratum_author(gold: dict) -> str:
    return str(gold["id"]).split("-")[0]


def _stratum_country(gold: dict) -> str:
    return str(gold.get("country"))


# dev set -> stratum of a gold line (None: not stratified)
STRATA: dict[str, Callable[[dict], str] | None] = {
    "events/case2021": _stratum_case2021,
    "events/gtd_drone": _stratum_gtd,
    "events/muc4_dev": None,
    "claims/cnc_causal_dev": _stratum_causal,
    "claims/polnear_dev": None,
    "geo/lgl": None,
    "geo/gwn": None,
    "geo/idrisi_ar_train": None,
    "boiler/readability": None,
    "stories/ecbplus_dev": None,
    "reports/conflictnews_dev": _stratum_reports,
    "authored/reports": _stratum_reports,
    "blind/reports": _stratum_reports,
    "blind2/reports": _stratum_reports,
    "blind3/reports": _stratum_reports,
    "blind4/reports": _stratum_reports,
    "blind5/reports": _stratum_reports,
    "notes/acled_style": _stratum_country,
    "news/quotes": _stratum_author,
}

# sets whose documents belong to groups that must stay in one half (ECB+ topics: a story never straddles)
GROUP_KEY: dict[str, str] = {"stories/ecbplus_dev": "topic"}


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def assign(ids: Iterable[str], strata: dict[str, str] | None = None, seed: int = SEED) -> dict[str, str]:
    """id -> 'tune' | 'check'. Within each stratum the ids are sorted, shuffled with `seed`, and dealt
    alternately, so each stratum is split as evenly as it can be (an odd one gives tune the extra)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[(strata or {}).get(i, "")].append(i)
    out: dict[str, str] = {}
    offset = 0
    for name in sorted(groups):
        members = sorted(groups[name])
        rng = random.Random(int(hashlib.sha256(f"{seed}:{name}".encode()).hexdigest()[:16], 16))
        rng.shuffle(members)
        for k, i in enumerate(members):
            out[i] = HALVES[(k + offset) % 2]
        offset += len(members) % 2  # alternate who gets the odd document of each stratum
    return out


def halves(name: str, seed: int = SEED) -> dict[str, str]:
    """The split of one dev set ('events/case2021'): id -> 'tune' | 'check'."""
    _, gold_path = dev(name)
    gold = _read(gold_path)
    key = GROUP_KEY.get(name)
    if key:  # split whole groups, then give each document its group's half
        group_of = {g["id"]: str(g.get(key)) for g in gold}
        gh = assign(sorted(set(group_of.values())), None, seed)
        return {i: gh[group_of[i]] for i in group_of}
    fn = STRATA.get(name)
    strata = {g["id"]: fn(g) for g in gold} if fn else None
    return assign([g["id"] for g in gold], strata, seed)


def write_half(name: str, half: str, out_dir: Path | None = None) -> tuple[Path, Path]:
    """Write the docs and gold lines of one half of a dev set; return (docs, gold) paths."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    side = halves(name)
    out_dir = out_dir or OUT / "split"
    out_dir.mkdir(parents=True, exist_ok=True)
    docs_path, gold_path = dev(name)
    stem = name.replace("/", "_")
    paths = []
    for src, kind in ((docs_path, "docs"), (gold_path, "gold")):
        dst = out_dir / f"{stem}.{half}.{kind}.jsonl"
        with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as g:
            for line in f:
                if line.strip() and side.get(json.loads(line)["id"]) == half:
                    g.write(line)
        paths.append(dst)
    return paths[0], paths[1]


def score_halves(name: str, scorer: str, pred: Path) -> dict[str, dict]:
    """Score a prediction file made on the WHOLE dev set, half by half: the gold and the predicted lines of
    each half are written apart and given to the official scorer. -> {"tune": summary, "check": summary}."""
    from bench.common import official_score

    side = halves(name)
    out: dict[str, dict] = {}
    stem = name.replace("/", "_")
    for half in HALVES:
        _, gold = write_half(name, half)
        sub = OUT / "split" / f"{stem}.{half}.{pred.stem}.pred.jsonl"
        with open(pred, encoding="utf-8") as f, open(sub, "w", encoding="utf-8") as g:
            for line in f:
                if line.strip() and side.get(json.loads(line).get("id")) == half:
                    g.write(line)
        out[half] = official_score(scorer, gold, sub)
    return out


def main(argv: list[str]) -> int:
    names = argv or list(STRATA)
    if any(n.split("/")[0] not in ("authored", "blind", "blind2", "blind3", "blind4", "blind5", "notes", "news") for n in names):
        require_shared()
    for name in names:
        if name not in STRATA:
            print(f"split: unknown dev set {name!r}; known: {', '.join(STRATA)}", file=sys.stderr)
            return 2
        docs, _ = dev(name)
        if not docs.exists() or not docs.stat().st_size:
            print(f"{name:28s} absent")
            continue
        side = halves(name)
        n = {h: sum(1 for v in side.values() if v == h) for h in HALVES}
        if argv:
            for h in HALVES:
                write_half(name, h)
        print(f"{name:28s} tune {n['tune']:5d}  check {n['check']:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
