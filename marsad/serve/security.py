"""Untrusted text stays inert: a strict Content-Security-Policy and companion headers on every response,
and a URL scheme allowlist (http, https) for every link the API hands out.

The policy admits scripts, styles, images and fetches from this origin only, no inline script, no
plugins, no framing; with ``tiles_url`` set, images may also come from that one tile origin.
"""
from __future__ import annotations

from urllib.parse import urlsplit

SAFE_SCHEMES = ("http", "https")


def safe_url(url: str | None) -> str | None:
    """``url`` if its scheme is http or https and it names a host, else None (javascript:, data:, ...)."""
    if not url or not isinstance(url, str):
        return None
    u = url.strip()
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc or any(c in u for c in "\x00\r\n\t "):
        return None
    return u


def tile_origin(tiles_url: str) -> str | None:
    """The origin (scheme://host[:port]) of a tile URL template, or None."""
    if not tiles_url:
        return None
    parts = urlsplit(tiles_url.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"))
    if parts.scheme not in SAFE_SCHEMES or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def content_security_policy(tiles_url: str = "") -> str:
    img = "'self' data:"
    origin = tile_origin(tiles_url)
    if origin:
        img += " " + origin
    return ("default-src 'none'; script-src 'self'; style-src 'self'; img-src " + img + "; connect-src 'self'; "
            "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'")


def security_headers(tiles_url: str = "") -> dict[str, str]:
    """The CSP and its companion headers, as every response carries them."""
    return {"content-security-policy": content_security_policy(tiles_url), "x-content-type-options": "nosniff",
            "referrer-policy": "no-referrer", "x-frame-options": "DENY", "cross-origin-opener-policy": "same-origin"}


class SecurityHeaders:
    """ASGI middleware: the CSP and companion headers on every HTTP response."""

    def __init__(self, app, tiles_url: str = ""):
        self.app = app
        self.headers = [(k.encode(), v.encode()) for k, v in security_headers(tiles_url).items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + self.headers
            await send(message)

        return await self.app(scope, receive, send_with_headers)
