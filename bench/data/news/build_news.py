#!/usr/bin/env python3
"""Build the news/quotes set: fictional general-news articles in a Canadian daily's style, rich in quotes,
each quote's speaker resolved to a full name (the Canadian news set's convention), for `bench_quotes.py`.

The texts are in <author>/*.txt, one article per file: a headline, a blank line, then the body. Every quote's
content is marked inline as <q who="Full Name">...</q> (direct: the quotation marks included; indirect: the
reported clause only). This script strips the marks, checks them and writes <author>.docs.jsonl and
<author>.gold.jsonl beside itself, in the quote scorer's gold shape:

    {"id", "quotes": [{"start", "end", "direct", "speaker_reference"}]}

Run: python3 bench/data/news/build_news.py        (rerun after editing a text; the jsonl files are committed)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAG = re.compile(r'<q who="([^"<>]+)">|</q>')
QUOTE_MARKS = "\"“”"
COORDINATED = re.compile(r"\s*,?\s*(?:and|but|or)\s+(?:also\s+)?(?:that\s+)?", re.IGNORECASE)


def parse(raw: str, where: str) -> tuple[str, list[dict]]:
    """Markup -> (plain text, gold quotes). Raises ValueError on unbalanced, nested or empty marks."""
    out, quotes, pos, open_at, who = [], [], 0, None, None
    length = 0
    for m in TAG.finditer(raw):
        piece = raw[pos:m.start()]
        out.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(1) is not None:
            if open_at is not None:
                raise ValueError(f"{where}: nested <q> at {m.start()}")
            open_at, who = length, m.group(1).strip()
            if not who:
                raise ValueError(f"{where}: empty who at {m.start()}")
        else:
            if open_at is None:
                raise ValueError(f"{where}: </q> without <q> at {m.start()}")
            if length <= open_at:
                raise ValueError(f"{where}: empty quote at {m.start()}")
            quotes.append({"start": open_at, "end": length, "who": who})
            open_at = None
    if open_at is not None:
        raise ValueError(f"{where}: <q> never closed")
    out.append(raw[pos:])
    text = "".join(out)
    if "<q" in text or "</q" in text:
        raise ValueError(f"{where}: a malformed mark is left in the text")
    gold: list[dict] = []
    for q in quotes:
        s, e = q["start"], q["end"]
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        span = text[s:e]
        direct = any(c in span for c in QUOTE_MARKS)
        prev = gold[-1] if gold else None
        # (the first clause may hold a phrase in quotation marks: 'said she was "proud" and that ...')
        if prev is not None and not direct and text[prev["start"]] not in QUOTE_MARKS and \
                prev["speaker_reference"] == q["who"] and \
                COORDINATED.fullmatch(text[prev["end"]:s]):
            # "said A and that B": one report of two coordinated clauses, as the reports guide has it (one record,
            # its two clauses as fragments)
            prev.setdefault("fragments", [[prev["start"], prev["end"]]]).append([s, e])
            prev["end"] = e
            prev["direct"] = prev["direct"] or direct
            continue
        gold.append({"start": s, "end": e, "direct": direct, "speaker_reference": q["who"]})
    return text, gold


def build(author_dir: Path) -> tuple[int, int]:
    docs, golds = [], []
    for path in sorted(author_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8").replace("\r\n", "\n").strip() + "\n"
        text, quotes = parse(raw, str(path))
        did = f"{author_dir.name}-{path.stem}"
        docs.append({"id": did, "text": text})
        golds.append({"id": did, "quotes": quotes})
    for kind, rows in (("docs", docs), ("gold", golds)):
        with open(HERE / f"{author_dir.name}.{kind}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(docs), sum(len(g["quotes"]) for g in golds)


def main() -> int:
    for d in sorted(p for p in HERE.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        n, q = build(d)
        print(f"{d.name}: {n} articles, {q} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
