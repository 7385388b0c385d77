"""Offline by default, proved: the whole pipeline and the API run with sockets blocked and nothing tries to
connect; URL fetching refuses private, loopback and link-local addresses, after redirects too, and under DNS
rebinding it connects to the address it checked (an injected resolver and network backend, never the network)."""
from __future__ import annotations

import json
import socket

import httpcore
import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.errors import FetchError
from marsad.ingest.sources import Fetcher, check_public
from marsad.model import RawItem, Rejection

from conftest import FIXTURES


@pytest.fixture
def no_network(monkeypatch):
    """Every attempt to resolve a name or open a connection is recorded, and fails."""
    attempts: list[str] = []

    def refuse(what):
        def f(*a, **k):
            attempts.append(f"{what}{a[1:] if what == 'connect' else a[:1]}")
            raise OSError(f"test: the network is blocked ({what})")
        return f

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return attempts


def test_the_whole_pipeline_and_the_api_run_with_sockets_blocked(tmp_path, no_network):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Qalat Dizah, March 2, 2020 - A roadside bomb killed two soldiers near Hit in Anbar "
                             "province on Monday, police said. \"We heard a loud blast,\" a resident said.\n",
                             encoding="utf-8")
    (d / "b.html").write_bytes((FIXTURES / "ingest" / "good.html").read_bytes())
    (d / "c.jsonl").write_text(json.dumps({"id": "j1", "published": "2020-03-03", "text":
                               "Gunmen attacked a checkpoint in Ramadi on Tuesday, killing a policeman, "
                               "officials said."}) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'off.sqlite'}"
    r = CliRunner()
    ing = r.invoke(cli, ["ingest", str(d), "--json", "--db", db])
    assert ing.exit_code in (0, 1), ing.output
    assert json.loads(ing.output.strip().splitlines()[-1])["stored"] >= 2
    for args in (["fuse"], ["events", "--format", "json"], ["status"], ["rejections"],
                 ["export", "--format", "geojson"], ["drivers", "--format", "json"]):
        res = r.invoke(cli, [*args, "--db", db])
        assert res.exit_code == 0, (args, res.output)
    line = json.dumps({"id": 1, "text": "A car bomb exploded in Ramadi on Monday.", "published": "2020-03-02"})
    for cmd in ("clean", "geoparse", "extract", "stories"):
        res = r.invoke(cli, [cmd, "--input", "-"], input=line.replace('"text"', '"html"') + "\n"
                       if cmd == "clean" else line + "\n")
        assert res.exit_code == 0, (cmd, res.output)
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from marsad.config import load_config
    from marsad.serve.app import create_app

    client = TestClient(create_app(load_config(env={}, overrides={"db": db}, cwd=tmp_path)))
    for path in ("/api/events", "/api/status", "/", "/healthz"):
        assert client.get(path).status_code == 200, path
    assert no_network == []


# -- URL fetching: the address checked is the address used ----------------------------------------------------
class FakeStream:
    """An httpcore network stream answering one canned HTTP/1.1 response."""

    def __init__(self, response: bytes):
        self.response = response

    def read(self, max_bytes, timeout=None):
        out, self.response = self.response[:max_bytes], self.response[max_bytes:]
        return out

    def write(self, buffer, timeout=None):
        pass

    def close(self):
        pass

    def start_tls(self, *a, **k):
        return self

    def get_extra_info(self, info):
        return None


class FakeBackend:
    """Records each connection (the host asked for) and answers with ``pages[ip]``."""

    def __init__(self, pages: dict[str, bytes]):
        self.pages = pages
        self.connects: list[str] = []

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.connects.append(host)
        if host not in self.pages:
            raise httpcore.ConnectError(f"nothing at {host}")
        return FakeStream(self.pages[host])

    def sleep(self, seconds):
        pass


def _http(body: str, status: str = "200 OK", extra: str = "") -> bytes:
    b = body.encode()
    return (f"HTTP/1.1 {status}\r\nContent-Type: text/html\r\nContent-Length: {len(b)}\r\n{extra}"
            "Connection: close\r\n\r\n").encode() + b


PAGE = ("<html><body><article><p>The council of the fictional town of Qarat approved the budget on "
        "Thursday, members said; this page was written for marsad's tests.</p></article></body></html>")


def _fetcher(resolver, backend) -> Fetcher:
    return Fetcher(user_agent="t", timeout=5, max_bytes=100_000, resolver=resolver, network_backend=backend)


def test_dns_rebinding_connects_to_the_checked_address():
    answers = {"news.example": [["93.184.215.14"], ["127.0.0.1"]]}
    asked: list[str] = []

    def rebinding(host):   # public when checked, loopback afterwards
        asked.append(host)
        seq = answers[host]
        return seq[0] if len(asked) == 1 else seq[1]

    backend = FakeBackend({"93.184.215.14": _http(PAGE), "127.0.0.1": _http("<p>internal admin page</p>")})
    f = _fetcher(rebinding, backend)
    item = f.fetch_page("http://news.example/a")
    assert isinstance(item, RawItem) and b"Qarat" in item.body
    assert backend.connects == ["93.184.215.14"] and asked == ["news.example"]


def test_a_redirect_to_a_private_address_is_refused_before_connecting():
    resolver = {"news.example": ["93.184.215.14"], "inside.example": ["10.0.0.7"]}.__getitem__
    backend = FakeBackend({"93.184.215.14": _http("", "302 Found", "Location: http://inside.example/secret\r\n"),
                           "10.0.0.7": _http("<p>secret</p>")})
    item = _fetcher(resolver, backend).fetch_page("http://news.example/go")
    assert isinstance(item, Rejection) and item.code == "private_address"
    assert backend.connects == ["93.184.215.14"]


def test_a_host_never_checked_is_never_connected():
    from marsad.ingest.sources import PinnedBackend

    with pytest.raises(httpcore.ConnectError):
        PinnedBackend(FakeBackend({})).connect_tcp("unchecked.example", 80)


@pytest.mark.parametrize("url,addr", [
    ("http://metadata.example/latest", "169.254.169.254"),   # link-local: cloud metadata
    ("http://mapped.example/", "::ffff:127.0.0.1"),          # IPv4-mapped loopback
    ("http://zero.example/", "0.0.0.0"),
    ("http://cgnat.example/", "100.64.0.1"),                 # shared address space, not global
    ("http://v6local.example/", "fe80::1"),
    ("http://2130706433/", "127.0.0.1"),                     # a decimal IPv4 the resolver turns into loopback
    ("http://[::1]/", None),
    ("http://127.1/", "127.0.0.1"),
])
def test_non_public_addresses_are_refused(url, addr):
    with pytest.raises(FetchError) as e:
        check_public(url, allow_private=False, resolver=lambda h: [addr])
    assert e.value.code == "private_address"


def test_a_malformed_url_is_a_fetch_error_not_a_crash():
    for url in ("http://news.example:notaport/", "http://[::1/"):
        with pytest.raises(FetchError):
            check_public(url, allow_private=False, resolver=lambda h: ["93.184.215.14"])


SITECUSTOMIZE = '''
import ipaddress, os, socket
_LOG = os.environ["MARSAD_TEST_NET_LOG"]
open(_LOG + ".active", "w").close()   # proves the blocker was loaded in the server process
def _note(what):
    with open(_LOG, "a") as f:
        f.write(what + "\\n")
def _numeric(host):
    try:
        ipaddress.ip_address(str(host).split("%")[0])
        return True
    except ValueError:
        return host is None
_real_getaddrinfo = socket.getaddrinfo
def getaddrinfo(host, *a, **k):
    if _numeric(host):          # binding the listening socket resolves its numeric address only
        return _real_getaddrinfo(host, *a, **k)
    _note(f"getaddrinfo {host!r}")
    raise OSError("test: the network is blocked")
def connect(self, address):
    _note(f"connect {address!r}")
    raise OSError("test: the network is blocked")
socket.getaddrinfo = getaddrinfo
socket.socket.connect = connect
socket.socket.connect_ex = connect
'''


def test_marsad_serve_runs_with_outgoing_sockets_blocked(tmp_path):
    """`marsad serve` itself, in a process whose outgoing connections and name lookups are refused (a
    sitecustomize): it serves the API and the dashboard, and tries to connect to nothing."""
    import os
    import subprocess
    import sys
    import time

    import httpx

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "net.log"
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env.update({"PYTHONPATH": str(tmp_path / "site"), "MARSAD_TEST_NET_LOG": str(log)})
    p = subprocess.Popen([sys.executable, "-m", "marsad.cli", "--db", f"sqlite:///{tmp_path / 'srv.sqlite'}", "serve",
                          "--port", str(port)], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.HTTPError:
                if p.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(p.stderr.read().decode()[-2000:])
                time.sleep(0.2)
        assert r.status_code == 200
        for path in ("/api/status", "/api/events", "/"):
            assert httpx.get(f"http://127.0.0.1:{port}{path}", timeout=10).status_code == 200, path
    finally:
        p.terminate()
        p.wait(timeout=30)
        p.stdout.close()
        p.stderr.close()
    assert (tmp_path / "net.log.active").exists()
    assert not log.exists() or log.read_text() == ""
