"""Write the small regression corpus of nasty inputs in tests/fixtures/nasty/ (issue 14). The big ones
(10 MB single lines, gzip bombs) are generated at test time by tests/test_harden_nasty.py, never committed.

    .venv/bin/python bench/nasty.py
"""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "nasty"
SENTENCE = "A roadside bomb killed two soldiers near the fictional town of Qarat on Monday, officials said."


def files() -> dict[str, bytes]:
    f: dict[str, bytes] = {}
    f["deep_nesting.html"] = ("<html><body>" + "<div>" * 20000 + f"<p>{SENTENCE}</p>" + "</div>" * 20000
                              + "</body></html>").encode()
    f["deep_nesting_unclosed.html"] = ("<html><body>" + "<span><b><i>" * 8000 + SENTENCE).encode()
    f["huge_attribute.html"] = (f'<html><body><p title="{"x" * 300_000}" data-a=\'{"&quot;" * 20000}\'>'
                                f"{SENTENCE}</p></body></html>").encode()
    f["nul_bytes.html"] = f"<html><body><p>{SENTENCE}</p>\x00\x00<p>after NUL</p></body></html>".encode()
    f["nul_bytes.txt"] = (SENTENCE + "\x00" * 3 + SENTENCE).encode()
    f["nul_in_json.jsonl"] = (json.dumps({"id": "n1", "text": SENTENCE + "\u0000" + SENTENCE}) + "\n").encode()
    f["mixed_encodings.txt"] = (("The caf\u00e9 near the square was closed. " * 4).encode("utf-8")
                                + ("The caf\u00e9 reopened on Friday. " * 4).encode("latin-1"))
    f["latin1_only.txt"] = ("The caf\u00e9 near the square reopened on Friday, the owner said. " * 6).encode("latin-1")
    f["utf16_bom.txt"] = ("\ufeff" + SENTENCE * 3).encode("utf-16-le")
    f["bidi_controls.txt"] = ("\u202eGunmen attacked\u202c a checkpoint near \u2067Qarat\u2069 on Monday \u200f"
                              "\u061c\u200e, police said.\n" + "\u202a\u202b\u202d" * 200 + SENTENCE).encode()
    f["bidi_controls.jsonl"] = (json.dumps({"id": "b1", "text": "\u202e" * 500 + SENTENCE,
                                            "title": "\u2066\u2067\u2068"}) + "\n").encode()
    f["lone_surrogate.jsonl"] = b'{"id": "s1", "text": "A bomb \\ud800 exploded \\udfff in Qarat on Monday."}\n'
    f["deep_json.jsonl"] = (b'{"id": "d1", "text": "x", "extra": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n"
                            + b"[" * 200_000 + b"\n")
    f["control_chars.txt"] = ("".join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)) * 3 + SENTENCE).encode()
    f["entities.html"] = ("<html><body><p>" + "&#0;&#xD800;&#x110000;&#99999999999;&amp;&lt;" * 500 + SENTENCE
                          + "</p></body></html>").encode()
    f["billion_laughs.rss"] = ("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">"""
                               + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                                         for i in range(1, 10))
                               + """]><rss version="2.0"><channel><title>t</title><item><title>&lol9;</title>"""
                               + f"<description>{SENTENCE}</description></item></channel></rss>").encode()
    f["external_entity.rss"] = ("""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"""
                                """<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title>"""
                                f"<description>{SENTENCE}</description></item></channel></rss>").encode()
    f["nul_in_encoding.rss"] = (b'<?xml version="1.0" encoding="utf-8\x00"?><rss version="2.0"><channel><title>t'
                                b"</title><item><description>" + SENTENCE.encode() + b"</description></item></channel></rss>")
    f["truncated.atom"] = (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
                           f"<entry><title>a</title><content>{SENTENCE}").encode()
    f["not_a_warc.warc"] = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999\r\n\r\nshort"
    f["garbage.warc.gz"] = gzip.compress(b"\xff" * 1000)[:-8]
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://qarat.example/\r\n"
                b"Content-Type: text/html\r\nContent-Length: -5\r\n\r\n<p>negative length</p>\r\n\r\n")
    f["negative_length.warc.gz"] = buf.getvalue()
    return f


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in files().items():
        (OUT / name).write_bytes(data)
    total = sum(len(d) for d in files().values())
    print(f"wrote {len(files())} files, {total / 1e6:.1f} MB, to {OUT}")


if __name__ == "__main__":
    main()
