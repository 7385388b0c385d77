"""Request body limit (config key ``max_request_bytes``): a larger body is refused with 413 and the one
error shape, before the route sees it; a body without Content-Length is counted as it streams in."""
from __future__ import annotations

import json


class BodyLimit:
    """Pure ASGI middleware (no buffering of accepted bodies)."""

    def __init__(self, app, *, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def _refuse(self, send, size: int | None) -> None:
        what = f"{size:,} bytes" if size is not None else "more bytes"
        body = json.dumps({"error": {"code": "too_large",
                                     "message": f"the request body is {what}, over the limit of {self.max_bytes:,}",
                                     "remedy": "Send a smaller body, or raise max_request_bytes "
                                               "(MARSAD_MAX_REQUEST_BYTES)."}}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = None
        for k, v in scope.get("headers") or ():
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    declared = None
        if declared is not None and declared > self.max_bytes:
            return await self._refuse(send, declared)
        seen = 0

        async def limited():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body") or b"")
                if seen > self.max_bytes:
                    raise _TooLarge()
            return msg

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await self._refuse(send, None)


class _TooLarge(Exception):
    pass


