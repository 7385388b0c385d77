"""marsad.ingest.clean: the public API, bad input (each with its rejection code, never a crash), the
`marsad clean` batch contract through the real CLI, and determinism."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.ingest.clean import (Cleaned, clean_html, clean_item, clean_record, decode_body, detect_language,
                                 iso_date, looks_binary, normalize_text)
from marsad.model import RawItem

FIX = Path(__file__).resolve().parent / "fixtures" / "clean"

PAGE = """<html lang="en"><head><title>Road reopened after flood | Example Gazette</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="article"><h1>Road reopened after flood</h1>
<p>The coastal road between the two fishing towns reopened on Monday after a week of repairs to the
section that was washed away by floods, the highways agency said in a statement.</p>
<p>Engineers rebuilt about eighty metres of the embankment and added two new drainage channels under
the road so that water can pass during the next storm season.</p>
<p>Buses will return to their normal timetable on Wednesday, the agency said.</p></div>
<footer>Example Gazette, all rights reserved</footer></body></html>"""


def _code(fn, *args, **kw) -> str:
    with pytest.raises(InputError) as ei:
        fn(*args, **kw)
    return ei.value.code


# -- clean_html ---------------------------------------------------------------------------------------

def test_clean_html_returns_text_and_metadata():
    c = clean_html(PAGE, url="https://gazette.example/road")
    assert isinstance(c, Cleaned)
    assert c.text.startswith("The coastal road between the two fishing towns")
    assert "Buses will return" in c.text
    assert "all rights reserved" not in c.text and "Home" not in c.text
    assert c.title == "Road reopened after flood"          # the site name is trimmed from <title>
    assert c.published is None                             # no date on the page: None, never today
    assert c.declared_language == "en"
    assert c.extractor.startswith(("readability-lxml-", "trafilatura-"))


@pytest.mark.parametrize("html,code", [
    ("", "empty"),
    ("   \n\t ", "empty"),
    ("<html><head><title>t</title></head><body>  </body></html>", "empty"),
    ("<html><body><script>var a = 1;</script><style>p{}</style></body></html>", "empty"),
    ("<p>... !! --</p>", "empty"),
    ("</p></div></body>", "malformed_html"),
    ("<!-- only a comment -->", "malformed_html"),
    ("<p>text\x00with NUL</p>", "binary"),
])
def test_clean_html_bad_input_codes(html, code):
    assert _code(clean_html, html) == code


def test_clean_html_odd_but_usable_markup():
    c = clean_html("<div><p>Unclosed paragraph about a <b>market fire in the old town<p>Second paragraph "
                   "where firefighters arrived quickly</div></span></table>")
    assert "market fire" in c.text and "firefighters arrived" in c.text
    assert clean_html("just a line of plain words").text == "just a line of plain words"


def test_clean_html_is_deterministic():
    a = [clean_html((FIX / f"{s}.html").read_text(encoding="utf-8")) for s in ("news-sidebar", "split-body")]
    b = [clean_html((FIX / f"{s}.html").read_text(encoding="utf-8")) for s in ("news-sidebar", "split-body")]
    assert a == b


# -- clean_item ---------------------------------------------------------------------------------------

def test_clean_item_html_bytes_and_text():
    doc = clean_item(RawItem(locator="x.html", kind="html", body=PAGE.encode("utf-8"), is_html=True,
                             url="https://gazette.example/road", published="2020-02-03T10:00:00Z"))
    assert doc.published == "2020-02-03"            # the input's date wins
    assert doc.language == "en" and doc.url == "https://gazette.example/road"
    assert doc.id and len(doc.id) >= 16
    txt = clean_item(RawItem(locator="x.txt", kind="text", body="  A short plain report about a storm that hit "
                                                                "the harbour.\n\n\n\nSecond line.  "))
    assert txt.text == "A short plain report about a storm that hit the harbour.\n\nSecond line."
    assert txt.extractor == "plain-text"


@pytest.mark.parametrize("body,code", [
    (None, "empty"),
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
    (b"some text \x00\x00 with NUL bytes" * 5, "binary"),
    (bytes((i * 37 + 131) % 128 + 128 for i in range(3000)), "undecodable"),
])
def test_clean_item_bad_bytes(body, code):
    assert _code(clean_item, RawItem(locator="bad", kind="html", body=body, is_html=True)) == code


def test_declared_charset_is_used():
    html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 owners said the caf\xe9 ' \
           'closed early because of the protest in the square outside.</p></body></html>'
    doc = clean_item(RawItem(locator="c.html", kind="html", body=html.encode("cp1252"), is_html=True))
    assert "Café owners" in doc.text


# -- clean_record (the batch contract) ---------------------------------------------------------------

def test_clean_record_contract_fields():
    out = clean_record({"id": "a", "html": PAGE, "url": "https://gazette.example/road"})
    assert set(out) >= {"text", "title", "published", "language"}
    assert out["language"] == "en" and out["published"] is None and out["title"] == "Road reopened after flood"


def test_clean_record_missing_html():
    assert _code(clean_record, {"id": "a"}) == "missing_field"
    assert _code(clean_record, {"id": "a", "html": 3}) == "missing_field"


def test_cli_clean_batch_contract(tmp_path):
    lines = [
        json.dumps({"id": "good", "html": PAGE, "url": "https://gazette.example/road"}),
        json.dumps({"id": "empty", "html": "<html><body> </body></html>"}),
        "{not json",
        json.dumps({"id": "nohtml"}),
        json.dumps({"id": "fr", "html": (FIX / "french-report.html").read_text(encoding="utf-8")}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "clean", "--input", str(src)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""                               # no progress output when stderr is not a terminal
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["good", "empty", None, "nohtml", "fr"]
    assert out[0]["text"].startswith("The coastal road") and out[0]["language"] == "en"
    assert out[1]["error"]["code"] == "empty"
    assert out[2]["error"]["code"] == "malformed_json"
    assert out[3]["error"]["code"] == "missing_field"
    assert out[4]["language"] == "fr" and out[4]["published"] == "2020-08-21"


# -- helpers ------------------------------------------------------------------------------------------

def test_normalize_text():
    assert normalize_text("  a\u00a0\u00a0b \r\n\r\n\r\n c\x07d  ") == "a b\n\nc" + "d"
    assert normalize_text("e\u0301") == "\u00e9"                # NFC


def test_iso_date():
    assert iso_date("2020-05-03T10:00:00+03:00") == "2020-05-03"
    assert iso_date("3 May 2020") == "2020-05-03"
    assert iso_date("2020-13-45") is None and iso_date("not a date") is None and iso_date(None) is None


def test_detect_language():
    en = ("The committee met on Tuesday to discuss the repairs to the bridge, and agreed to publish a report "
          "before the end of the month so that residents can comment on the plans.")
    de = ("Der Ausschuss traf sich am Dienstag, um die Reparaturen an der Brücke zu besprechen, und beschloss, "
          "vor Ende des Monats einen Bericht zu veröffentlichen.")
    assert detect_language(en) == "en"
    assert detect_language(de) == "de"
    assert detect_language("ok") is None                    # too short to tell
    assert detect_language("ok", declared="fr-FR") == "fr"  # the page's declaration stands in
    assert detect_language(de, declared="en") == "de"       # a clear vote beats a wrong declaration


def test_decode_body_and_looks_binary():
    assert decode_body("already text") == "already text"
    assert decode_body("\ufeffbom".encode("utf-8")) == "bom"
    assert decode_body("r\xe9sum\xe9 des faits".encode("latin-1"), declared="latin-1") == "résumé des faits"
    assert looks_binary(b"%PDF-1.4 ...") and not looks_binary(b"<html><body>hi</body></html>")
    assert _code(decode_body, b"abc\x00def") == "binary"


def test_mangled_pages_never_crash():
    """Truncated, spliced and tag-soup pages give a Cleaned or an InputError, nothing else."""
    import random

    rnd = random.Random(11)
    pages = [p.read_text(encoding="utf-8") for p in sorted(FIX.glob("*.html"))]
    bits = ["<", ">", "</", "<div", "<p>", "</table>", "<!--", "-->", "<![CDATA[", "]]>", "&", "&#x0;", "&#99999999;",
            "<script>", "</script>", "\"", "'", "<?xml?>", "<html lang='??'>", "\u202e", "\ud7ff", "<br/>", "word"]
    samples = []
    for _ in range(25):
        page = rnd.choice(pages)
        a, b = sorted(rnd.randrange(len(page)) for _ in range(2))
        samples += [page[:a], page[a:], page[:a] + page[b:], page[:a] + "".join(rnd.choices(bits, k=20)) + page[a:]]
    samples += ["".join(rnd.choices(bits, k=rnd.randint(1, 60))) for _ in range(40)]
    for s in samples:
        try:
            c = clean_html(s)
        except InputError as e:
            assert e.code in ("empty", "malformed_html", "binary"), e.code
        else:
            assert c.text.strip()


def test_lone_surrogates_do_not_cut_the_text():
    c = clean_html("<p>Some words about the attack \ud800 on the town market yesterday morning.</p>")
    assert c.text.endswith("on the town market yesterday morning.")
