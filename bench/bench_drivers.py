"""Bench for the driver of a cause (issue 10): the cue lexicons (extract/drivers.py), the learned classifier
(extract/driver_model.py, trained on marsad/data/drivers_examples.tsv) and the two together as
`marsad extract` runs them (cues first; the classifier only for a cause no cue reads), on
bench/data/drivers_heldout.tsv: cause phrases written by the project apart from the training examples and
never trained on. On full reports the driver is measured by bench/bench_reports.py (driver_acc, check halves).

    .venv/bin/python bench/bench_drivers.py

Printed: accuracy over all held-out phrases (a phrase of category 'none' is right when no driver is given),
accuracy on the phrases with a category, and the share of 'none' phrases given a driver.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import table  # noqa: E402

HELDOUT = Path(__file__).resolve().parent / "data" / "drivers_heldout.tsv"


def read(path: Path = HELDOUT) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cat, _, phrase = line.partition("\t")
            rows.append((cat, phrase))
    return rows


def main() -> None:
    from marsad.extract import driver_model, drivers
    rows = read()
    t = time.perf_counter()
    driver_model.predict("warm-up")
    train_s = time.perf_counter() - t
    readers = {"cues": lambda p: drivers.classify(p, learned=False),
               "classifier": lambda p: driver_model.predict(p)[0],
               "both (default)": lambda p: drivers.classify(p)}
    out = [("held-out phrases", f"{len(rows)} ({sum(c != 'none' for c, _ in rows)} with a category)"),
           ("classifier training, seconds", f"{train_s:.2f}")]
    for name, read_one in readers.items():
        c = Counter()
        for cat, phrase in rows:
            got = read_one(phrase) or "none"
            c["ok"] += got == cat
            if cat == "none":
                c["none"] += 1
                c["given"] += got != "none"
            else:
                c["cat"] += 1
                c["cat_ok"] += got == cat
        out.append((f"{name}: accuracy / on categories / none given a driver",
                    f"{c['ok'] / len(rows):.3f} / {c['cat_ok'] / max(1, c['cat']):.3f} / "
                    f"{c['given'] / max(1, c['none']):.3f}"))
    print(table(out))


if __name__ == "__main__":
    main()
