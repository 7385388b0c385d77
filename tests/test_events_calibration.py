"""Event confidence calibration (issue 9, item 6): the hand-set default, an isotonic map fitted on the
user's labelled data by `marsad calibrate`, and the `calibration` key that applies it in assembly."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.config import load_config
from marsad.errors import ConfigError
from marsad.extract import confidence
from marsad.run.pipeline import Pipeline


def test_default_map_is_monotone_and_bounded():
    xs = [i / 20 for i in range(21)]
    ys = [confidence.default(x) for x in xs]
    assert ys == sorted(ys) and 0.0 < ys[0] and ys[-1] < 1.0
    assert confidence.default(-1) == ys[0] and confidence.default(2) == ys[-1]


def test_isotonic_fit_is_monotone_and_learns_the_rate():
    # confidences of 0.9 right a quarter of the time, 0.3 never: an over-confident rule
    pairs = [(0.9, i % 4 == 0) for i in range(40)] + [(0.3, False)] * 20
    cal = confidence.fit(pairs)
    assert cal(0.9) == pytest.approx(0.25, abs=0.01) and cal(0.3) == 0.0
    assert all(a <= b for a, b in zip(cal.y, cal.y[1:]))
    assert confidence.ece([(cal(c), ok) for c, ok in pairs]) < confidence.ece(pairs)


def test_pairs_for_reports_and_single_event_gold():
    gold = [{"id": "r1", "events": [{"event_type": "Battles", "event_date": "2023-05-01", "admin1": "Kirvan"}]},
            {"id": "s1", "sub_event_type": "Attack"}, {"id": "s2", "sub_event_type": None}]
    pred = [{"id": "r1", "events": [
                {"sub_event_type": "Armed clash", "event_date": "2023-05-02", "admin1": "Kirvan", "confidence": 0.8},
                {"sub_event_type": "Armed clash", "event_date": "2023-05-02", "admin1": "Kirvan", "confidence": 0.7},
                {"sub_event_type": "Attack", "event_date": "2023-05-01", "admin1": "Kirvan", "confidence": 0.6}]},
            {"id": "s1", "events": [{"sub_event_type": "Attack", "confidence": 0.5},
                                    {"sub_event_type": "Arrests", "confidence": 0.4}]},
            {"id": "s2", "events": [{"sub_event_type": "Arrests", "confidence": 0.3}]},
            {"id": "unknown", "events": [{"sub_event_type": "Attack", "confidence": 0.9}]}]
    assert confidence.pairs(pred, gold) == [(0.8, True), (0.7, False), (0.6, False), (0.5, True), (0.3, False)]


def test_calibrate_command_writes_a_map_that_extract_applies(tmp_path):
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps({"id": f"d{i}", "sub_event_type": "Attack"}) + "\n" for i in range(30)))
    pred.write_text("".join(json.dumps({"id": f"d{i}", "events": [
        {"sub_event_type": "Attack" if i % 3 == 0 else "Arrests", "confidence": 0.9}]}) + "\n" for i in range(30)))
    out = tmp_path / "calib.json"
    res = CliRunner().invoke(cli, ["calibrate", "--pred", str(pred), "--gold", str(gold), "--output", str(out)])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["events"] == 30 and summary["right"] == 10
    cal = confidence.Calibration.load(out)
    assert cal(0.9) == pytest.approx(1 / 3, abs=0.01)
    # the `calibration` key: extract applies the fitted map on top of the hand-set one
    text = "Gunmen shot dead two farmers in the village of Dorvash on Monday, police said."
    rec = {"id": "x", "text": text, "published": "2023-05-10"}
    plain = Pipeline.from_config(load_config(env={})).process_record(rec)["events"][0]
    fitted = Pipeline.from_config(load_config(env={"MARSAD_CALIBRATION": str(out)})).process_record(rec)["events"][0]
    assert fitted["confidence"] == cal(plain["confidence"]) != plain["confidence"]
    assert fitted["versions"]["calibration"] == cal.tag


def test_a_bad_calibration_file_is_a_config_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"x": [0.5, 0.2], "y": [0.1, 0.2]}))
    for path in (bad, tmp_path / "absent.json"):
        with pytest.raises(ConfigError) as e:
            Pipeline.from_config(load_config(env={"MARSAD_CALIBRATION": str(path)}))
        assert e.value.remedy


def test_one_map_per_document_regime(tmp_path):
    from marsad.extract import events
    short = "Gunmen shot dead two farmers in Dorvash on Monday."
    long = " ".join(["Gunmen shot dead two farmers in Dorvash on Monday."] + ["The governor spoke to the press."] * 5)
    assert events.regime(short) == "excerpt" and events.regime(long) == "report"
    docs = [{"id": f"s{i}", "text": short} for i in range(40)] + [{"id": f"r{i}", "text": long} for i in range(40)]
    gold = [{"id": d["id"], "sub_event_type": "Attack"} for d in docs]
    # excerpts right every time, reports right one time in four, at the same default confidence
    pred = [{"id": d["id"], "events": [{"sub_event_type": "Attack" if d["id"][0] == "s" or int(d["id"][1:]) % 4 == 0
                                        else "Arrests", "confidence": 0.8}]} for d in docs]
    paths = {}
    for name, rows in (("docs", docs), ("gold", gold), ("pred", pred)):
        paths[name] = tmp_path / f"{name}.jsonl"
        paths[name].write_text("".join(json.dumps(r) + "\n" for r in rows))
    s = confidence.calibrate_files(paths["pred"], paths["gold"], tmp_path / "c.json", docs=paths["docs"])
    assert s["regime_maps"] == ["excerpt", "report"] and s["ece_after_in_sample"] < 0.01
    cal = confidence.Calibration.load(tmp_path / "c.json")
    assert cal(0.8, "excerpt") == 1.0 and cal(0.8, "report") == 0.25 and cal(0.8) == pytest.approx(0.625, abs=0.01)
