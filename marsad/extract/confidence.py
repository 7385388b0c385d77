"""Event confidence as a probability of being right (issue 9, item 6).

The rule score of an event (trigger strength, lowered for later, actor-less or place-less events) goes
through a monotone map to a confidence. The map shipped is hand-set (``DEFAULT_POINTS``; no weights fitted
on dev data ship with marsad). A user with labelled data fits their own with ``fit`` (isotonic regression,
scikit-learn), writes it with ``save`` (``marsad calibrate``) and points the ``calibration`` configuration
key at the file: assembly then applies ``Calibration.load(path)`` on top of the hand-set map.

Calibration file (JSON): ``{"kind": "isotonic", "input": "default_confidence", "x": [...], "y": [...],
"n": N, "field": "...", "version": "confidence-1"}`` - ``x`` ascending default confidences, ``y`` the
probabilities (non-decreasing); values between knots are interpolated, outside them clamped.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable

from ..errors import ConfigError, InputError
from . import taxonomy

VERSION = "confidence-1"

# (rule score, probability): set by hand, monotone, from the reliability tables bench/bench_events.py prints
DEFAULT_POINTS = ((0.0, 0.05), (0.3, 0.25), (0.45, 0.42), (0.55, 0.66), (0.6, 0.72), (0.75, 0.77), (0.9, 0.88),
                  (1.0, 0.95))


def _interp(points, x: float) -> float:
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if x <= x1:
            return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def default(raw: float) -> float:
    """The shipped hand-set map: rule score in [0, 1] -> confidence."""
    return round(_interp(DEFAULT_POINTS, max(0.0, min(1.0, raw))), 3)


@dataclass(frozen=True)
class Calibration:
    """A fitted map from the default confidence to a probability; optionally one map per document regime
    ("report": a lead and a body; "excerpt": a few sentences, extract.events.regime), used when the
    event's regime has one, else the map of all events."""
    x: tuple[float, ...]
    y: tuple[float, ...]
    n: int = 0
    field: str = ""
    maps: tuple = ()     # ((regime, x, y, n), ...)

    @property
    def tag(self) -> str:
        """A content id of the map, recorded in each event's component versions."""
        import hashlib
        return f"isotonic-{hashlib.sha256(json.dumps([self.x, self.y, self.maps]).encode()).hexdigest()[:12]}"

    def __call__(self, conf: float, regime: str | None = None) -> float:
        x, y = self.x, self.y
        for name, mx, my, _n in self.maps:
            if name == regime:
                x, y = mx, my
        if not x:
            return conf
        return round(_interp(tuple(zip(x, y)), conf), 3)

    def to_dict(self) -> dict:
        d = {"kind": "isotonic", "input": "default_confidence", "x": list(self.x), "y": list(self.y),
             "n": self.n, "field": self.field, "version": VERSION}
        if self.maps:
            d["maps"] = {name: {"x": list(mx), "y": list(my), "n": n} for name, mx, my, n in self.maps}
        return d

    @classmethod
    def load(cls, path: str | Path) -> "Calibration":
        """Read a calibration file; a missing or malformed one is a ``ConfigError`` with its remedy."""
        remedy = "Write it with `marsad calibrate --pred P.jsonl --gold G.jsonl --output FILE`, or unset `calibration`."
        try:
            d = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"calibration file not found: {path}", remedy=remedy) from None
        except (OSError, ValueError) as e:
            raise ConfigError(f"calibration file {path} is not JSON ({e})", remedy=remedy) from None
        def valid(m) -> bool:
            x, y = m.get("x") if isinstance(m, dict) else None, m.get("y") if isinstance(m, dict) else None
            return (isinstance(x, list) and isinstance(y, list) and len(x) == len(y) and len(x) >= 1
                    and all(isinstance(v, (int, float)) for v in x + y)
                    and all(a <= b for a, b in zip(x, x[1:])) and all(a <= b + 1e-9 for a, b in zip(y, y[1:]))
                    and all(0.0 <= v <= 1.0 for v in y))
        maps = d.get("maps") if isinstance(d, dict) else None
        if not valid(d) or not (maps is None or (isinstance(maps, dict) and all(valid(m) for m in maps.values()))):
            raise ConfigError(f"calibration file {path} needs ascending 'x' and non-decreasing 'y' in [0, 1] of equal length",
                              remedy=remedy)
        fl = lambda xs: tuple(float(v) for v in xs)
        return cls(fl(d["x"]), fl(d["y"]), int(d.get("n") or 0), str(d.get("field") or ""),
                   tuple((k, fl(m["x"]), fl(m["y"]), int(m.get("n") or 0)) for k, m in sorted((maps or {}).items())))


MIN_REGIME_EVENTS = 30   # a regime with fewer scored events gets no map of its own


def fit(pairs: Iterable[tuple[float, bool]], field: str = "", regimes: Iterable[str] | None = None) -> Calibration:
    """Isotonic regression of right/wrong on the default confidence (scikit-learn); with ``regimes`` (one
    per pair), also one map per regime that has at least MIN_REGIME_EVENTS events."""
    ps = [(float(c), bool(ok)) for c, ok in pairs]
    base = _fit1(ps, field)
    if regimes is None:
        return base
    rs = list(regimes)
    maps = []
    for name in sorted(set(rs)):
        sub = [p for p, r in zip(ps, rs) if r == name]
        if len(sub) >= MIN_REGIME_EVENTS:
            m = _fit1(sub, field)
            maps.append((name, m.x, m.y, m.n))
    return Calibration(base.x, base.y, base.n, field, tuple(maps))


def _fit1(ps: list[tuple[float, bool]], field: str) -> Calibration:
    if len(ps) < 2:
        raise InputError("calibration needs at least two scored events", code="too_few_events",
                         remedy="Give predictions and gold labels for more documents.")
    from sklearn.isotonic import IsotonicRegression
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
    xs = [c for c, _ in ps]
    iso.fit(xs, [1.0 if ok else 0.0 for _, ok in ps])
    kx = [float(v) for v in iso.X_thresholds_]
    ky = [round(float(v), 4) for v in iso.y_thresholds_]
    return Calibration(tuple(kx), tuple(ky), len(ps), field)


def save(cal: Calibration, path: str | Path) -> None:
    Path(path).write_text(json.dumps(cal.to_dict(), indent=1) + "\n", encoding="utf-8")


# -- right or wrong: predictions against gold labels ---------------------------------------------------------
def _family(e: dict) -> str | None:
    if e.get("event_type") in taxonomy.EVENT_TYPES:
        return e["event_type"]
    try:
        return taxonomy.event_type_of(e.get("sub_event_type")) if e.get("sub_event_type") else None
    except Exception:
        return None


def _day(x) -> date | None:
    try:
        return date.fromisoformat(str(x)[:10]) if x else None
    except ValueError:
        return None


def _same_event(g: dict, p: dict) -> bool:
    """One event in a report: same event type, dates within two days, same admin1 when both name one."""
    if _family(g) is None or _family(g) != _family(p):
        return False
    gd, pd = _day(g.get("event_date")), _day(p.get("event_date"))
    if gd is None or pd is None or abs((gd - pd).days) > 2:
        return False
    ga, pa = (g.get("admin1") or "").strip().lower(), (p.get("admin1") or "").strip().lower()
    return not (ga and pa) or ga == pa or ga in pa or pa in ga


def pairs(pred: Iterable[dict], gold: Iterable[dict], field: str = "sub_event_type",
          regimes: dict[str, str] | None = None, out_regimes: list[str] | None = None) -> list[tuple[float, bool]]:
    """(confidence, right) per scored event. Gold lines with an ``events`` list (full reports): every
    predicted event, right when it pairs one to one with a gold event (``_same_event``). Gold lines of one
    event (``field`` at top level, null for "no event"): the document's most confident event, right when
    its ``field`` equals the gold's."""
    g = {r["id"]: r for r in gold if isinstance(r, dict) and "id" in r}
    out: list[tuple[float, bool]] = []
    for r in pred:
        if not isinstance(r, dict) or r.get("id") not in g:
            continue
        evs = [e for e in (r.get("events") or []) if isinstance(e, dict)]
        gl = g[r["id"]]
        if isinstance(gl.get("events"), list):
            free = list(gl["events"])
            for e in sorted(evs, key=lambda e: -float(e.get("confidence") or 0)):
                hit = next((x for x in free if _same_event(x, e)), None)
                if hit is not None:
                    free.remove(hit)
                out.append((float(e.get("confidence") or 0), hit is not None))
                if out_regimes is not None:
                    out_regimes.append((regimes or {}).get(r["id"], ""))
        elif evs:
            e = max(evs, key=lambda e: float(e.get("confidence") or 0))
            out.append((float(e.get("confidence") or 0), (e.get(field) or None) == (gl.get(field) or None)))
            if out_regimes is not None:
                out_regimes.append((regimes or {}).get(r["id"], ""))
    return out


def ece(ps: list[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error over equal-width bins."""
    if not ps:
        return 0.0
    err = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inb = [(c, ok) for c, ok in ps if (lo <= c < hi) or (b == bins - 1 and c >= 1.0)]
        if inb:
            err += len(inb) / len(ps) * abs(sum(c for c, _ in inb) / len(inb) - sum(ok for _, ok in inb) / len(inb))
    return err


def _read_jsonl(path: str | Path, what: str) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    except OSError as e:
        raise InputError(f"cannot read {what} {path}: {e.strerror}", code="unreadable",
                         remedy=f"Give the {what} as a JSON Lines file.") from None
    except ValueError as e:
        raise InputError(f"{what} {path} is not JSON Lines ({e})", code="bad_json",
                         remedy=f"Give the {what} as a JSON Lines file, one object a line.") from None


def doc_regimes(docs: Iterable[dict]) -> dict[str, str]:
    """id -> 'report' | 'excerpt' for input documents ({"id","text"})."""
    from .events import regime
    return {str(d["id"]): regime(d.get("text") or "") for d in docs if isinstance(d, dict) and "id" in d}


def calibrate_files(pred: str | Path, gold: str | Path, output: str | Path, field: str = "sub_event_type",
                    docs: str | Path | None = None) -> dict:
    """Fit a calibration from ``marsad extract`` output (made without a calibration file) and gold labels
    (with ``docs``, the input documents, also one map per document regime); write it to ``output``; return
    a summary: events scored, ECE before and after (in sample)."""
    regimes = doc_regimes(_read_jsonl(docs, "documents")) if docs else None
    rs: list[str] = []
    ps = pairs(_read_jsonl(pred, "predictions"), _read_jsonl(gold, "gold labels"), field, regimes, rs)
    cal = fit(ps, field, rs if regimes is not None else None)
    save(cal, output)
    after = [(cal(c, r or None), ok) for (c, ok), r in zip(ps, rs)]
    return {"output": str(output), "events": len(ps), "right": sum(ok for _, ok in ps),
            "ece_before": round(ece(ps), 4), "ece_after_in_sample": round(ece(after), 4),
            "knots": len(cal.x), "regime_maps": [m[0] for m in cal.maps], "tag": cal.tag}
