"""`marsad serve --workers N`: a positive count, and N processes that answer on one port."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import httpx
from click.testing import CliRunner

from marsad.cli import cli
from marsad.config import Config
from marsad.serve.app import CONFIG_ENV, create_from_env, settings_json


def test_workers_zero_is_a_usage_error(tmp_path):
    res = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 'x.sqlite'}", "serve", "--workers", "0"])
    assert res.exit_code == 2, res.output
    assert "--workers" in res.output


def test_worker_settings_travel_resolved_through_the_environment(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'w.sqlite'}"
    cfg = Config(db=url, tiles_url="https://tiles.example/{z}/{x}/{y}.png", review_writes_per_minute=7)
    sent = json.loads(settings_json(cfg))
    assert sent["db"] == url and sent["gazetteer"]          # defaults resolved in the parent
    monkeypatch.setenv(CONFIG_ENV, settings_json(cfg))
    app = create_from_env()
    try:
        assert app.state.cfg.tiles_url == cfg.tiles_url and app.state.cfg.review_writes_per_minute == 7
        assert app.state.cfg.db == url
    finally:
        app.state.store.close()


def test_served_with_two_workers_answers_healthz(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = f"sqlite:///{tmp_path / 'two.sqlite'}"
    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "--db", db, "serve", "--port", str(port),
                             "--workers", "2"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)
    try:
        r, deadline = None, time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert r is not None, f"no answer on port {port}: {proc.stdout.read() if proc.poll() is not None else ''}"
        assert r.status_code == 200 and r.json() == {"status": "ok"}
    finally:
        import os
        import signal

        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        proc.stdout.close()
