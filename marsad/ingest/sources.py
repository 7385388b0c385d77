"""Sources: files, folders, JSON Lines, RSS/Atom feeds, WARC archives and (only when asked) HTTP.

Each source yields ``RawItem``s or ``Rejection``s, never raises for a bad document: one bad input
becomes one stored rejection and the batch goes on.
"""
from __future__ import annotations

import gzip
import ipaddress
import json
import os
import socket
import zlib
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

from ..errors import FetchError, InputError
from ..model import RawItem, Rejection

HTML_EXT = {".html", ".htm", ".xhtml"}
TEXT_EXT = {".txt", ".text", ".md"}
JSONL_EXT = {".jsonl", ".ndjson"}
FEED_EXT = {".rss", ".atom", ".xml"}
WARC_EXT = {".warc"}
ALL_EXT = HTML_EXT | TEXT_EXT | JSONL_EXT | FEED_EXT | WARC_EXT
# Inside a folder, files that describe the corpus rather than belong to it (hidden files are skipped
# too). Named explicitly on the command line, they are ingested like any other file.
FOLDER_SKIP_NAMES = {"readme", "readme.md", "readme.txt", "license", "license.txt", "license.md"}

Item = RawItem | Rejection


def _kind_for(path: Path) -> tuple[str | None, bool]:
    """(kind, gzipped) from the file name."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    ext = os.path.splitext(name)[1]
    if ext in HTML_EXT:
        return "html", gz
    if ext in TEXT_EXT:
        return "text", gz
    if ext in JSONL_EXT:
        return "jsonl", gz
    if ext in FEED_EXT:
        return "feed", gz
    if ext in WARC_EXT:
        return "warc", gz
    return None, gz


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Rejection]:
    """Files and folders (recursively, sorted) -> files marsad can read, or rejections."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for sub in sorted(x for x in path.rglob("*") if x.is_file()):
                if sub.name.startswith(".") or sub.name.lower() in FOLDER_SKIP_NAMES:
                    continue
                kind, _ = _kind_for(sub)
                if kind is None:
                    yield Rejection(str(sub), "unsupported_type", f"not a type marsad ingests: {sub.suffix or sub.name}")
                else:
                    yield sub
        elif path.is_file():
            yield path
        else:
            yield Rejection(str(path), "unreadable", "no such file or folder")


def _read_bytes(path: Path, gz: bool, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"the file is {size:,} bytes, over the limit of {max_bytes:,}", code="too_large")
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror or e}", code="unreadable") from None
    if gz:
        data = gunzip(data, max_bytes)
    return data


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip with a size cap; truncated streams raise InputError(truncated_gzip)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, max_bytes + 1)
    except zlib.error as e:
        raise InputError(f"not a valid gzip stream: {e}", code="truncated_gzip") from None
    if len(out) > max_bytes:
        raise InputError(f"decompressed size is over the limit of {max_bytes:,} bytes", code="too_large")
    if not d.eof:
        raise InputError("the gzip stream ends early (truncated)", code="truncated_gzip")
    return out


def read_path(path: Path, *, max_bytes: int, max_line_bytes: int | None = None) -> Iterator[Item]:
    """One file -> its items (several for JSONL, feeds and WARC)."""
    kind, gz = _kind_for(path)
    loc = str(path)
    if kind is None:
        yield Rejection(loc, "unsupported_type", f"not a type marsad ingests: {path.suffix or path.name}")
        return
    if kind == "warc":
        yield from read_warc(path, max_bytes=max_bytes)
        return
    try:
        data = _read_bytes(path, gz, max_bytes)
    except InputError as e:
        yield Rejection(loc, e.code, e.message)
        return
    if not data.strip():
        yield Rejection(loc, "empty", "the file is empty")
        return
    if kind == "jsonl":
        yield from read_jsonl_bytes(data, loc, max_bytes=max_bytes, max_line_bytes=max_line_bytes)
    elif kind == "feed":
        yield from read_feed_bytes(data, loc)
    else:
        yield RawItem(locator=loc, kind=kind, body=data, is_html=(kind == "html"))


def read_jsonl_bytes(data: bytes, loc: str, *, max_bytes: int, max_line_bytes: int | None = None) -> Iterator[Item]:
    """One item or rejection per non-blank line. Each line is decoded on its own (UTF-8), so one line that
    is not UTF-8 is one `undecodable` rejection and the others go on; a line over ``max_line_bytes`` is
    `line_too_long`."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    # Split on "\n" only: str.splitlines() would also split on U+2028/U+2029 and other separators that
    # JSON allows unescaped inside strings.
    for n, raw in enumerate(data.split(b"\n"), 1):
        raw = raw.rstrip(b"\r")
        if not raw.strip():
            continue
        iloc = f"{loc}#line={n}"
        if max_line_bytes is not None and len(raw) > max_line_bytes:
            yield Rejection(iloc, "line_too_long", f"line {n}: {len(raw):,} bytes, over the limit of {max_line_bytes:,}")
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield Rejection(iloc, "undecodable", f"line {n}: not UTF-8 (byte {e.start + 1}: {e.reason}); "
                            "JSON Lines must be UTF-8")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield Rejection(iloc, "malformed_json", f"line {n}: {e.msg} at column {e.colno}")
            continue
        except RecursionError:
            yield Rejection(iloc, "malformed_json", f"line {n}: JSON nested too deeply")
            continue
        if not isinstance(rec, dict):
            yield Rejection(iloc, "malformed_json", f"line {n}: expected a JSON object")
            continue
        yield record_to_item(rec, iloc)


def record_to_item(rec: dict, loc: str) -> Item:
    """A JSON object with id, text or html, url, published, title -> RawItem (or a rejection)."""
    rid = rec.get("id")
    rid = None if rid is None else str(rid)
    html, text = rec.get("html"), rec.get("text")
    if isinstance(html, str) and html.strip():
        body, is_html = html, True
    elif isinstance(text, str) and text.strip():
        body, is_html = text, False
    else:
        return Rejection(loc, "empty" if (html is not None or text is not None) else "missing_field",
                         'the record needs a non-empty "text" or "html" string', input_id=rid)
    def s(k):
        v = rec.get(k)
        return v if isinstance(v, str) and v.strip() else None
    return RawItem(locator=loc, kind="jsonl", body=body, is_html=is_html, input_id=rid, url=s("url"),
                   title=s("title"), published=s("published"), author=s("author"))


def read_feed_bytes(data: bytes, loc: str) -> Iterator[Item]:
    import feedparser

    from feedparser.exceptions import ThingsNobodyCaresAboutButMe

    try:
        parsed = feedparser.parse(data)
    except (ValueError, TypeError, LookupError, RecursionError) as e:   # e.g. a NUL in the encoding declaration
        yield Rejection(loc, "malformed_xml", f"not a readable RSS/Atom feed: {type(e).__name__}: {e}"[:500])
        return
    entries = parsed.get("entries") or []
    why = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if why is not None and not isinstance(why, ThingsNobodyCaresAboutButMe):
        # Not well-formed XML (a truncated download, say): feedparser's loose parser may still return
        # entries, the last one cut short. Reject the file rather than store half an article.
        yield Rejection(loc, "malformed_xml", f"not a well-formed RSS/Atom feed: {why}"[:500])
        return
    if not entries:
        if parsed.get("version"):
            yield Rejection(loc, "empty", "the feed has no entries")
        else:
            yield Rejection(loc, "malformed_xml", "not an RSS or Atom feed")
        return
    for n, e in enumerate(entries, 1):
        eloc = f"{loc}#entry={n}"
        content = None
        if e.get("content"):
            content = max((c.get("value") or "" for c in e["content"]), key=len)
        content = content or e.get("summary") or ""
        published = None
        for key in ("published_parsed", "updated_parsed"):
            t = e.get(key)
            if t:
                published = f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
                break
        if not content.strip():
            yield Rejection(eloc, "empty", "the feed entry has no content", input_id=e.get("id"))
            continue
        yield RawItem(locator=eloc, kind="feed", body=content, is_html=True, input_id=e.get("id"),
                      url=e.get("link"), title=e.get("title"), published=published, author=e.get("author"))


def gzip_members(f, chunk_size: int = 1 << 16) -> tuple[set[int], bool]:
    """Scan a (multi-member) gzip stream: (start offsets of the complete members, whole stream complete?).

    Output is discarded as it is produced, so memory stays bounded. A stream that is not gzip at all, or
    that ends inside a member, is incomplete.
    """
    complete: set[int] = set()
    offset = 0           # compressed offset of the next byte fed to the decompressor
    member_start = 0
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    fed = False          # has the current member received any bytes?
    while True:
        buf = f.read(chunk_size)
        if not buf:
            break
        while buf:
            try:
                d.decompress(buf, 1 << 20)
                while d.unconsumed_tail and not d.eof:
                    d.decompress(d.unconsumed_tail, 1 << 20)
            except zlib.error:
                return complete, False
            fed = True
            if d.eof:
                used = len(buf) - len(d.unused_data)
                offset += used
                complete.add(member_start)
                member_start = offset
                buf = d.unused_data
                d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                fed = False
                # trailing zero padding after the last member is tolerated
                if buf and not buf.strip(b"\x00"):
                    offset += len(buf)
                    buf = b""
            else:
                offset += len(buf)
                buf = b""
    return complete, not fed


def read_warc(path: Path, *, max_bytes: int) -> Iterator[Item]:
    """WARC records (response/resource, HTML or plain text) -> items.

    A truncated ``.warc.gz`` yields its complete records, then one ``truncated_gzip`` rejection for the
    record cut short; a file with no readable WARC record is ``malformed_warc``.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    loc = str(path)
    n = 0
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(2)
            f.seek(0)
            gz = head == b"\x1f\x8b"
            complete_starts, whole = gzip_members(f) if gz else (set(), True)
            f.seek(0)
            it = ArchiveIterator(f)
            for rec in it:
                n += 1
                rloc = f"{loc}#record={n}"
                start = it.offset
                if not (rec.format or "").startswith("warc"):
                    yield Rejection(rloc, "malformed_warc", f"not a WARC record (read as {rec.format or 'unknown'})")
                    return
                if gz and not whole and start not in complete_starts:
                    yield Rejection(rloc, "truncated_gzip", "the WARC gzip stream ends early, inside this record")
                    return
                declared = rec.rec_headers.get_header("Content-Length")
                if not gz and declared and declared.isdigit() and start + int(declared) > size:
                    yield Rejection(rloc, "malformed_warc", "the WARC record is cut short (file truncated?)")
                    return
                if rec.rec_type not in ("response", "resource"):
                    continue
                uri = rec.rec_headers.get_header("WARC-Target-URI")
                ctype = ""
                if rec.http_headers is not None:
                    ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                else:
                    ctype = (rec.rec_headers.get_header("Content-Type") or "").lower()
                if ctype and "html" not in ctype and "text/plain" not in ctype:
                    continue
                body = rec.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield Rejection(rloc, "too_large", f"record over the limit of {max_bytes:,} bytes")
                    continue
                if not body.strip():
                    yield Rejection(rloc, "empty", "the WARC record has no payload")
                    continue
                yield RawItem(locator=rloc, kind="warc", body=body, is_html="text/plain" not in ctype, url=uri)
            if gz and not whole:
                yield Rejection(f"{loc}#record={n + 1}", "truncated_gzip", "the WARC gzip stream ends early")
            elif n == 0:
                yield Rejection(loc, "malformed_warc", "no WARC record found in the file")
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        yield Rejection(f"{loc}#record={n + 1}", "truncated_gzip", f"the WARC stream ends early: {e}")
    except ArchiveLoadFailed as e:
        yield Rejection(f"{loc}#record={n + 1}", "malformed_warc", str(e)[:500])
    except (AttributeError, KeyError, TypeError, ValueError, IndexError) as e:  # warcio on a broken record
        yield Rejection(f"{loc}#record={n + 1}", "malformed_warc", f"unreadable WARC record: {type(e).__name__}: {e}"[:500])
    except OSError as e:
        yield Rejection(loc, "unreadable", str(e))


def iter_items(paths: Iterable[str | os.PathLike], *, max_bytes: int,
               max_line_bytes: int | None = None) -> Iterator[Item]:
    for p in expand_paths(paths):
        if isinstance(p, Rejection):
            yield p
        else:
            yield from read_path(p, max_bytes=max_bytes, max_line_bytes=max_line_bytes)


# -- HTTP: only when asked ------------------------------------------------------------------

Resolver = Callable[[str], list[str]]


def _system_resolver(host: str) -> list[str]:
    try:
        return sorted({ai[4][0] for ai in socket.getaddrinfo(host, None)})
    except socket.gaierror as e:
        raise FetchError(f"cannot resolve {host}: {e}") from None


def check_public(url: str, *, allow_private: bool, resolver: Resolver | None = None) -> list[str]:
    """The addresses ``url``'s host resolves to, once; FetchError(private_address) when any of them is
    loopback, private, link-local or otherwise not public (unless ``allow_private``). The caller connects
    to these checked addresses only (``Fetcher``), so a second, different DNS answer (rebinding) is never used."""
    try:
        parts = urlsplit(url)
    except ValueError as e:
        raise FetchError(f"not a valid URL: {url[:200]!r} ({e})") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {parts.scheme or 'none'}:", code="fetch_failed")
    try:
        host = parts.hostname
        parts.port  # noqa: B018 - a bad port raises ValueError here
    except ValueError as e:
        raise FetchError(f"not a valid URL: {url[:200]!r} ({e})") from None
    if not host:
        raise FetchError(f"no host in URL {url!r}")
    try:
        addrs = [str(ipaddress.ip_address(host))]
    except ValueError:
        addrs = list((resolver or _system_resolver)(host))
    if not addrs:
        raise FetchError(f"cannot resolve {host}")
    if allow_private:
        return addrs
    for a in addrs:
        try:
            ip = ipaddress.ip_address(a.split("%")[0])
        except ValueError:
            raise FetchError(f"{host} resolves to {a!r}, not an IP address") from None
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if (ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_multicast
                or ip.is_unspecified or not ip.is_global):
            raise FetchError(f"{url} resolves to the non-public address {ip}", code="private_address",
                             remedy="Pass --allow-private to fetch from loopback or private networks.")
    return addrs


class PinnedBackend:
    """An httpcore network backend that connects only to the address checked for each host (``pins``): the
    DNS answer that was checked is the one used, whatever the resolver says later."""

    def __init__(self, inner=None):
        import httpcore

        self.inner = inner or httpcore.SyncBackend()
        self.pins: dict[str, str] = {}

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        import httpcore

        ip = self.pins.get(str(host).lower().strip("[]"))
        if ip is None:
            raise httpcore.ConnectError(f"{host} was not checked before connecting")
        return self.inner.connect_tcp(ip, port, timeout=timeout, local_address=local_address,
                                      socket_options=socket_options)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        import httpcore

        raise httpcore.ConnectError("marsad never connects to a unix socket")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class Fetcher:
    """HTTP fetches with timeouts, a size limit and a User-Agent. ``transport`` is injectable for tests."""

    def __init__(self, *, user_agent: str, timeout: float, max_bytes: int, allow_private: bool = False,
                 transport=None, resolver: Resolver | None = None, network_backend=None):
        import httpx

        self.max_bytes = max_bytes
        self.allow_private = allow_private
        self.resolver = resolver
        self.backend = None
        if transport is None:
            # connect to the checked address only (DNS rebinding); no proxy from the environment either
            self.backend = PinnedBackend(network_backend)
            transport = httpx.HTTPTransport()
            transport._pool._network_backend = self.backend  # httpcore's pool: its one network backend
        self.client = httpx.Client(headers={"User-Agent": user_agent}, timeout=timeout, transport=transport,
                                   follow_redirects=False, trust_env=False)

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, *, _hops: int = 0) -> tuple[bytes, str, str]:
        """-> (body, content_type, final_url). Follows up to 5 redirects, checking each target."""
        import httpx

        addrs = check_public(url, allow_private=self.allow_private, resolver=self.resolver)
        if self.backend is not None:
            self.backend.pins[(urlsplit(url).hostname or "").lower()] = addrs[0]
        try:
            with self.client.stream("GET", url) as r:
                if r.is_redirect and "location" in r.headers:
                    if _hops >= 5:
                        raise FetchError(f"too many redirects from {url}")
                    return self.get(str(r.url.join(r.headers["location"])), _hops=_hops + 1)
                if r.status_code >= 400:
                    raise FetchError(f"{url}: HTTP {r.status_code}")
                declared = int(r.headers.get("content-length") or 0)
                if declared > self.max_bytes:
                    raise FetchError(f"{url}: {declared:,} bytes is over the limit", code="too_large")
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"{url}: response over {self.max_bytes:,} bytes", code="too_large")
                    chunks.append(chunk)
                return b"".join(chunks), r.headers.get("content-type", ""), str(r.url)
        except httpx.TimeoutException as e:
            raise FetchError(f"{url}: {type(e).__name__}: {e}", code="timeout",
                             remedy="The server did not answer in time; retry, or raise fetch_timeout.") from None
        except httpx.HTTPError as e:
            raise FetchError(f"{url}: {type(e).__name__}: {e}") from None

    def fetch_page(self, url: str) -> Item:
        try:
            body, ctype, final = self.get(url)
        except FetchError as e:
            return Rejection(url, e.code, e.message)
        is_html = "html" in ctype.lower() or body.lstrip()[:15].lower().startswith((b"<!doctype", b"<html"))
        return RawItem(locator=url, kind="html" if is_html else "text", body=body, is_html=is_html, url=final)

    def fetch_feed(self, url: str) -> Iterator[Item]:
        try:
            body, _ctype, _final = self.get(url)
        except FetchError as e:
            yield Rejection(url, e.code, e.message)
            return
        for item in read_feed_bytes(body, url):
            # Feeds often carry only a summary: fetch the article page when the entry is short.
            if isinstance(item, RawItem) and item.url and len(item.body or "") < 500:
                page = self.fetch_page(item.url)
                if isinstance(page, RawItem):
                    yield RawItem(locator=item.url, kind="html", body=page.body, is_html=page.is_html,
                                  input_id=item.input_id, url=item.url, title=item.title,
                                  published=item.published, author=item.author)
                    continue
            yield item
