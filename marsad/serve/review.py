"""The review routes of `marsad serve`: analysts' decisions (write, editor token), an event's history and the
review queue (read: open on loopback, the token elsewhere). Thin over ``run/review.py``.

- Tokens come from a file (``editor_token_file``: config, ``MARSAD_EDITOR_TOKEN_FILE`` or ``marsad serve
  --editor-token-file``), one ``NAME:TOKEN`` line each; the name is the reviewer the log records. The
  reviewer is never taken from the request body. Tokens are compared in constant time and never printed.
- ``Authorization: Bearer TOKEN``: without it a write answers 401 ``unauthorized``, with a wrong one 403
  ``forbidden``; more than ``review_writes_per_minute`` writes from one client answer 429 ``rate_limited``.
- The time of a decision is this face's clock (UTC), never the pipeline's.
"""
from __future__ import annotations

import hmac
import threading
import time
from collections import defaultdict, deque
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from fastapi import Body, FastAPI, Query, Request

from ..config import Config
from ..errors import AuthError, ConfigError, ForbiddenError, RateLimitError, UsageError
from ..store import Store

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def load_tokens(path: str) -> dict[str, str]:
    """token -> reviewer name, from a file of ``NAME:TOKEN`` lines (``#`` comments, blank lines ignored)."""
    if not path:
        return {}
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read the editor token file {path}: {e.strerror}",
                          remedy="Give --editor-token-file a readable file of NAME:TOKEN lines.") from None
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, token = line.partition(":")
        if not sep or not name.strip() or len(token.strip()) < 16:
            raise ConfigError(f"{path}, line {n}: not NAME:TOKEN with a token of at least 16 characters",
                              remedy="Write one NAME:TOKEN line per editor, e.g. amal:<a long random string>.")
        out[token.strip()] = name.strip()
    return out


class RateLimit:
    """At most ``per_minute`` events per key in any 60 seconds (a sliding window)."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.per_minute, self.clock = per_minute, clock
        self.seen: dict[str, deque] = defaultdict(deque)
        self.lock = threading.Lock()

    def hit(self, key: str) -> None:
        now = self.clock()
        with self.lock:
            q = self.seen[key]
            while q and now - q[0] >= 60.0:
                q.popleft()
            if len(q) >= self.per_minute:
                raise RateLimitError(f"more than {self.per_minute} decisions in a minute from this client")
            q.append(now)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def add_review_routes(app: FastAPI, st: Callable[[], Store], cfg: Config) -> None:
    tokens = load_tokens(cfg.editor_token_file)
    limit = RateLimit(cfg.review_writes_per_minute)
    write_lock = threading.Lock()
    app.state.review_rate_limit = limit

    def editor(request: Request) -> str:
        """The reviewer named by the request's token (401 without one, 403 with a wrong one)."""
        auth = request.headers.get("authorization") or ""
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthError("this route needs an editor token")
        token = token.strip()
        name = None
        for known, who in tokens.items():
            if hmac.compare_digest(known.encode(), token.encode()):
                name = who
        if name is None:
            raise ForbiddenError("the token is not an editor's")
        return name

    def reader(request: Request) -> None:
        host = request.client.host if request.client else ""
        if host not in LOOPBACK:
            editor(request)

    @app.post("/api/events/{event_id}/decisions", summary="Record an analyst's decision (editor token)")
    def api_decide(event_id: str, request: Request, body: dict = Body(...)):
        from ..run.review import history, record

        who = editor(request)
        limit.hit(request.client.host if request.client else "?")
        action = body.get("action")
        if not isinstance(action, str):
            raise UsageError('action: give one of "confirm", "edit", "reject", "merge", "split"')
        fields = body.get("fields")
        if fields is not None and not isinstance(fields, dict):
            raise UsageError("fields: an object of field name to value")
        others = body.get("with") or []
        if isinstance(others, str):
            others = [others]
        if not isinstance(others, list) or not all(isinstance(o, str) for o in others):
            raise UsageError("with: an event id or a list of event ids")
        reason = body.get("reason")
        if reason is not None and (not isinstance(reason, str) or len(reason) > 2000):
            raise UsageError("reason: text of at most 2000 characters")
        with write_lock:
            entry, _counts = record(st(), action, event_id, at=_now(), reviewer=who, fields=fields,
                                    others=others, reason=reason)
            hist = history(st(), entry.anchors[0])
        from ..store.review import entry_dict

        return {"entry": entry_dict(entry), "event": hist}

    @app.get("/api/events/{event_id}/history", summary="An event's review state and every decision about it")
    def api_history(event_id: str, request: Request):
        from ..run.review import history

        reader(request)
        return history(st(), event_id)

    @app.get("/api/review/queue", summary="The review queue: low confidence, changed since review, disagreement")
    def api_queue(request: Request, limit_: int = Query(100, alias="limit", ge=1, le=1000)):
        from ..store.review import queue

        reader(request)
        return {"queue": queue(st(), limit_)}
